"""The logo package: every logo variant for web, office and print, favicons and the guidelines,
as one ZIP for an office's web team, print shop and colleagues.

In:  the Brand (and an OfficeProfile whose ``logo`` adds the co-branded lock-up).
Out: :class:`LogoPackage` — the ZIP bytes and a list of its files with their pixel sizes and
     colour spaces (what ``LIESMICH.txt`` in the ZIP says too).

Contents (``<l>`` horizontal|gestapelt, ``<v>`` farbig|schwarz|weiss):
- ``web-svg/logo-<l>-<v>.svg`` — vector for websites, with clear space;
- ``web-png/logo-<l>-<v>@1x|2x|3x.png`` — transparent, with clear space; 1× shows the logo
  300 px (horizontal) or 200 px (stacked) wide, 2× and 3× exactly twice and three times the
  canvas of 1×;
- ``druck-pdf-cmyk/…-cmyk.pdf`` — vector, DeviceCMYK with the palette's defined values
  (FOGRA39, ``brand.toml``), for print shops; ``buero-pdf-rgb/…-rgb.pdf`` — vector, sRGB values,
  for Word, PowerPoint and office printers;
- ``favicon/favicon.ico`` (16, 32, 48 px), ``favicon/apple-touch-icon.png`` (180 px, opaque),
  ``favicon/favicon.svg``;
- ``Logo-Richtlinien.pdf`` (one A4 page from ``brand.toml``) and ``LIESMICH.txt``;
- with an office logo: ``co-branding/`` — the lock-up as SVG, PNG 1×/2×/3× and both PDFs.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime

import pikepdf
from lxml import etree
from PIL import Image

from assetkit.brand import Brand
from assetkit.errors import RenderError
from assetkit.export.cmyk import CmykConverter
from assetkit.export.pdfcolor import ColorRewriter, device_rgb_left
from assetkit.export.presets import resolve_preset
from assetkit.logopack.artwork import Artwork, favicon_symbol, lockup, with_clear_space
from assetkit.logopack.guidelines import guidelines_pdf
from assetkit.office import OfficeProfile
from assetkit.render import cairo_pdf, encode_png, render_svg_image

LAYOUTS = {"horizontal": "horizontal", "stacked": "gestapelt"}
VARIANTS = {"color": "farbig", "black": "schwarz", "white": "weiss"}
PNG_1X_LOGO_WIDTH = {"horizontal": 300, "stacked": 200}     # px, the logo without clear space
PDF_LOGO_WIDTH_MM = {"horizontal": 60.0, "stacked": 40.0}
SCALES = (1, 2, 3)
ICO_SIZES = (16, 32, 48)
TOUCH_ICON = 180
PRINT_PRESET = "druckerei"            # its FOGRA39 profile and ink limit make the CMYK PDFs


@dataclass(frozen=True)
class PackFile:
    name: str
    kind: str                          # svg | png | pdf | ico | txt
    size: tuple[int, int] | None       # pixels (ico: the largest image); None for vectors
    color: str                         # RGBA | RGB | CMYK | "" (text)


@dataclass(frozen=True)
class LogoPackage:
    data: bytes
    files: tuple[PackFile, ...]


def build_logo_package(brand: Brand, office: OfficeProfile | None = None,
                       now: datetime | None = None) -> LogoPackage:
    """Every file of the package; LogoPackError when the office's own logo is unusable."""
    return _Packer(brand, now or datetime.now()).build(office)


class _Packer:
    def __init__(self, brand: Brand, now: datetime) -> None:
        self.brand = brand
        self.now = now
        self.files: list[tuple[PackFile, bytes]] = []
        preset = resolve_preset(PRINT_PRESET)
        assert preset.output_profile is not None
        self.converter = CmykConverter(brand, preset.output_profile, preset.max_ink)

    def build(self, office: OfficeProfile | None) -> LogoPackage:
        for layout, layout_name in LAYOUTS.items():
            for variant, variant_name in VARIANTS.items():
                art = with_clear_space(self.brand.logo(variant, layout), self.brand.title)
                self._formats(f"logo-{layout_name}-{variant_name}", art,
                              PNG_1X_LOGO_WIDTH[layout], PDF_LOGO_WIDTH_MM[layout],
                              web="web-svg", png="web-png", cmyk="druck-pdf-cmyk",
                              rgb="buero-pdf-rgb")
        if office is not None and office.logo is not None:
            art = lockup(self.brand, office.logo)
            scale = PNG_1X_LOGO_WIDTH["horizontal"] / self.brand.logo("color", "horizontal").width
            self._formats("logo-co-branding-farbig", art, round(art.logo_width * scale),
                          PDF_LOGO_WIDTH_MM["horizontal"] * art.logo_width
                          / self.brand.logo("color", "horizontal").width,
                          web="co-branding", png="co-branding", cmyk="co-branding",
                          rgb="co-branding")
        self._favicons()
        self._add(PackFile("Logo-Richtlinien.pdf", "pdf", None, "RGB"), guidelines_pdf(self.brand))
        readme = readme_text(self.brand, [f for f, _ in self.files])
        self._add(PackFile("LIESMICH.txt", "txt", None, ""), readme.encode("utf-8"))
        return LogoPackage(self._zip(), tuple(f for f, _ in self.files))

    # ---- formats ---------------------------------------------------------------------------
    def _formats(self, stem: str, art: Artwork, logo_px: int, logo_mm: float, *, web: str,
                 png: str, cmyk: str, rgb: str) -> None:
        self._add(PackFile(f"{web}/{stem}.svg", "svg", None, "RGB"), art.svg)
        scale = logo_px / art.logo_width
        base = (round(art.width * scale), round(art.height * scale))
        for k in SCALES:
            size = (base[0] * k, base[1] * k)
            image = render_svg_image(art.svg, *size)
            self._add(PackFile(f"{png}/{stem}@{k}x.png", "png", size, "RGBA"), encode_png(image))
        mm = logo_mm / art.logo_width
        pdf_svg = _sized(art.svg, art.width * mm, art.height * mm)
        rgb_pdf = cairo_pdf(pdf_svg)
        self._add(PackFile(f"{rgb}/{stem}-rgb.pdf", "pdf", None, "RGB"),
                  self._finish_pdf(rgb_pdf, stem, cmyk=False))
        self._add(PackFile(f"{cmyk}/{stem}-cmyk.pdf", "pdf", None, "CMYK"),
                  self._finish_pdf(rgb_pdf, stem, cmyk=True))

    def _finish_pdf(self, data: bytes, stem: str, *, cmyk: bool) -> bytes:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if cmyk:
                ColorRewriter(pdf, "cmyk", self.converter).page(pdf.pages[0])
                left = device_rgb_left(pdf)
                if left:
                    raise RenderError(f"Im CMYK-Logo {stem} sind noch RGB-Farben übrig "
                                      f"({', '.join(left[:3])}); es wurde nicht gespeichert.")
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:title"] = f"{self.brand.title} – {stem}"
                meta["xmp:CreateDate"] = self.now.isoformat(timespec="seconds")
            out = io.BytesIO()
            pdf.save(out, compress_streams=True, deterministic_id=True)
        return out.getvalue()

    def _favicons(self) -> None:
        icon = favicon_symbol(self.brand)
        self._add(PackFile("favicon/favicon.svg", "svg", None, "RGB"), icon.svg)
        images = [render_svg_image(icon.svg, s, s) for s in ICO_SIZES]
        buffer = io.BytesIO()
        images[-1].save(buffer, "ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=images[:-1])
        self._add(PackFile("favicon/favicon.ico", "ico", (ICO_SIZES[-1],) * 2, "RGBA"),
                  buffer.getvalue())
        touch = favicon_symbol(self.brand, background=self.brand.color("weiss").hex, padding=0.1)
        image = render_svg_image(touch.svg, TOUCH_ICON, TOUCH_ICON)
        opaque = Image.new("RGB", image.size, self.brand.color("weiss").hex)
        opaque.paste(image, mask=image.getchannel("A"))
        self._add(PackFile("favicon/apple-touch-icon.png", "png", (TOUCH_ICON,) * 2, "RGB"),
                  encode_png(opaque))

    # ---- the zip ---------------------------------------------------------------------------
    def _add(self, info: PackFile, data: bytes) -> None:
        self.files.append((info, data))

    def _zip(self) -> bytes:
        out = io.BytesIO()
        stamp = self.now.timetuple()[:6]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in self.files:
                entry = zipfile.ZipInfo(f"logos/{info.name}", date_time=stamp)  # type: ignore[arg-type]
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                z.writestr(entry, data)
        return out.getvalue()


def _sized(svg: bytes, width_mm: float, height_mm: float) -> bytes:
    """``svg`` with a physical size, so cairo's PDF page is the logo's size in millimetres."""
    root = etree.fromstring(svg)
    root.set("width", f"{width_mm:.3f}mm")
    root.set("height", f"{height_mm:.3f}mm")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def readme_text(brand: Brand, files: list[PackFile]) -> str:
    """``LIESMICH.txt``: what each folder is for, every file with its size, the favicon HTML."""
    lines = [f"Logopaket – {brand.title}", "",
             "Alle Logos mit Schutzzone (ein Viertel der Logohöhe auf jeder Seite). Logos nicht",
             "verzerren, drehen, umfärben oder beschneiden; Regeln: Logo-Richtlinien.pdf.", "",
             "web-svg/         Vektor für Websites (SVG)",
             "web-png/         PNG mit transparentem Hintergrund, 1×/2×/3× für normale und",
             "                 hochauflösende Bildschirme",
             "buero-pdf-rgb/   Vektor-PDF in RGB für Word, PowerPoint und Bürodrucker",
             "druck-pdf-cmyk/  Vektor-PDF in CMYK (FOGRA39, Werte aus brand.toml) für Druckereien",
             "favicon/         favicon.ico (16/32/48 px), apple-touch-icon.png (180 px), favicon.svg",
             "", "Einbinden der Favicons in den <head> der Website:",
             '  <link rel="icon" href="/favicon.ico" sizes="48x48">',
             '  <link rel="icon" href="/favicon.svg" type="image/svg+xml">',
             '  <link rel="apple-touch-icon" href="/apple-touch-icon.png">', "",
             "Dateien:"]
    for f in files:
        size = f" {f.size[0]}×{f.size[1]} px" if f.size else ""
        colour = f" {f.color}" if f.color else ""
        lines.append(f"  {f.name}{size}{colour}")
    return "\n".join(lines) + "\n"
