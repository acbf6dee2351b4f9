"""The banner and the HTML together, from the ``email-banner`` template and the office profile.

In:  an OfficeProfile, SignatureOptions, the Brand. Out: :class:`Signature` — HTML text and the
banner PNG (at most :data:`BANNER_MAX_BYTES`; reduced to a 64-colour palette when a long
message makes the full-colour file larger, which flat brand colours never need to lose).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from assetkit.brand import Brand, load_brand
from assetkit.compose import Content
from assetkit.export.formats import export
from assetkit.export.request import ExportRequest
from assetkit.office import OfficeProfile
from assetkit.signature.html import SignatureError, SignatureOptions, signature_html
from assetkit.templates import load_catalogue

TEMPLATE = "email-banner"
BANNER_MAX_BYTES = 50 * 1024


@dataclass(frozen=True)
class Signature:
    html: str
    banner_png: bytes
    banner_alt: str


def build_signature(office: OfficeProfile, options: SignatureOptions | None = None,
                    brand: Brand | None = None) -> Signature:
    options = options or SignatureOptions()
    brand = brand or load_brand()
    if not (office.name or office.short_name):
        raise SignatureError("Im Dienststellenprofil fehlt der Name der Dienststelle; ohne ihn "
                             "lässt sich keine Signatur erstellen.")
    if options.banner_src.startswith("http://"):
        raise SignatureError("Das Banner muss über https:// eingebunden werden; viele "
                             "E-Mail-Programme blockieren Bilder über http://.")
    template = load_catalogue().get(TEMPLATE)
    texts = {"headline": options.message} if options.message else {}
    png, composition = export(template, Content(texts=texts), brand, office,
                              ExportRequest("png"))
    if composition.overflowing():
        raise SignatureError("Die Botschaft ist zu lang für das Signaturbanner (600×120 px, "
                             "höchstens drei Zeilen); bitte kürzen.")
    png = _small_enough(png)
    headline = " ".join(line.text for line in composition.text_layouts["headline"].lines)
    alt = f"Kampagnenbanner „{brand.title}“: {headline}"
    return Signature(signature_html(office, brand, options, alt), png, alt)


def _small_enough(png: bytes) -> bytes:
    if len(png) <= BANNER_MAX_BYTES:
        return png
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=64)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    if out.tell() > BANNER_MAX_BYTES:        # pragma: no cover - flat colours compress well
        raise SignatureError("Das Signaturbanner wird größer als 50 KB und wurde nicht "
                             "gespeichert.")
    return out.getvalue()
