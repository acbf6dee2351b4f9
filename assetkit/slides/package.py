"""Finishing the saved package: the template content type and the file's preview picture.

python-pptx writes presentations only (``presentation.main+xml``); a ``.potx`` differs in that
one content type, which PowerPoint checks („Die Datei ist beschädigt“ otherwise). The preview
(``docProps/thumbnail.jpeg``, shown by Explorer and Finder) would be python-pptx's own; it
becomes the title slide's colours with the white logo.
"""

from __future__ import annotations

import io
import zipfile

from PIL import Image

from assetkit.brand import Brand
from assetkit.render import render_svg_image

PRESENTATION_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
THUMBNAIL = "docProps/thumbnail.jpeg"
THUMB_SIZE = (256, 144)


def finish_package(data: bytes, brand: Brand, *, potx: bool) -> bytes:
    """Rewrite the zip with the template content type (``potx``) and the campaign preview."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml" and potx:
                body = body.replace(PRESENTATION_MAIN.encode(), TEMPLATE_MAIN.encode())
            elif info.filename == THUMBNAIL:
                body = thumbnail(brand)
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def thumbnail(brand: Brand) -> bytes:
    w, h = THUMB_SIZE
    logo = brand.logo("white", "horizontal")
    lw = 120.0
    lh = lw / logo.aspect
    inner = logo.svg.decode("utf-8")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
           f'<rect width="{w}" height="{h}" fill="{brand.color("petrol").hex}"/>'
           f'<rect y="{h - 20}" width="{w}" height="20" fill="{brand.color("nachtblau").hex}"/>'
           f'<svg x="{(w - lw) / 2}" y="{(h - 20 - lh) / 2}" width="{lw}" height="{lh}" '
           f'viewBox="0 0 {logo.width} {logo.height}">{_inner(inner)}</svg></svg>')
    image = render_svg_image(svg.encode("utf-8"), w, h)
    rgb = Image.new("RGB", image.size, brand.color("petrol").hex)
    rgb.paste(image, mask=image.getchannel("A"))
    buffer = io.BytesIO()
    rgb.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def _inner(svg: str) -> str:
    """The children of an SVG document's root element (the logo drawn inside another SVG)."""
    start = svg.index(">", svg.index("<svg")) + 1
    return svg[start:svg.rindex("</svg>")]
