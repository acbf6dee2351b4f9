"""„Logo-Richtlinien“: one A4 page generated from ``brand.toml`` — clear space, minimum sizes,
colour variants, do's and don'ts, and every palette colour in HEX, RGB and CMYK.

In:  the Brand. Out: PDF bytes (vector; text is real text in embedded Inter, set through the
marker mechanism of :mod:`assetkit.text.pdf_layer`, so the values can be copied).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf
from lxml import etree

from assetkit.brand import Brand, LogoVariant
from assetkit.compose.svgtools import embed_svg
from assetkit.render import cairo_pdf
from assetkit.svgsafe import parse_svg
from assetkit.text import Box, TextStyle, layout_text
from assetkit.text.pdf_layer import PdfText, set_text
from assetkit.text.svg import marker_to_svg

PAGE_W, PAGE_H = 210.0, 297.0
M = 15.0
PT = 25.4 / 72
RIGHT_COL = 110.0


def _de(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@dataclass
class _Sheet:
    brand: Brand
    parts: list[str] = field(default_factory=list)
    texts: list[PdfText] = field(default_factory=list)

    def text(self, text: str, x: float, y: float, w: float, size_pt: float, role: str = "body",
             color: str = "schwarz", align: str = "left", line_height: float = 1.3) -> float:
        """Set ``text`` with its top at ``y``; returns the y below its last line."""
        style = TextStyle(self.brand.font(role), size_pt * PT, line_height=line_height,
                          align=align, hyphenate=False)  # type: ignore[arg-type]
        lines = len(layout_text(text, style, Box(x, y, w, 1000)).lines)
        height = lines * size_pt * PT * line_height
        # a line's box is its line height; display type reaches a little beyond it
        lay = layout_text(text, style, Box(x, y, w, height + size_pt * PT * 0.5))
        assert len(lay.lines) == lines, text
        marker = f"#fe{len(self.texts) + 1:04x}"
        self.parts.append(marker_to_svg(lay, marker))
        self.texts.append(PdfText(f"t{len(self.texts)}", lay, self.brand.color(color).hex, marker))
        return y + height

    def rect(self, x: float, y: float, w: float, h: float, color: str, extra: str = "") -> None:
        self.parts.append(f'<rect x="{x:.3f}" y="{y:.3f}" width="{w:.3f}" height="{h:.3f}" '
                          f'fill="{self.brand.color(color).hex}" {extra}/>')

    def logo(self, logo: LogoVariant, x: float, y: float, width: float,
             transform: str = "") -> float:
        """Draw ``logo`` ``width`` mm wide; returns its height."""
        height = width / logo.aspect
        nested = embed_svg(parse_svg(logo.svg, str(logo.path)).getroot(),
                           f"l{len(self.parts)}-", x, y, width, height)
        svg = etree.tostring(nested).decode()
        self.parts.append(f'<g transform="{transform}">{svg}</g>' if transform else svg)
        return height

    def heading(self, text: str, y: float) -> float:
        self.rect(M, y + 1.2, 8, 1.2, "sonnengelb", 'rx="0.6"')
        return self.text(text.upper(), M + 11, y, 150, 9, "emphasis", "petrol") + 3


def guidelines_pdf(brand: Brand) -> bytes:
    s = _Sheet(brand)
    white = brand.color("weiss").hex
    s.parts.append(f'<rect width="{PAGE_W}" height="{PAGE_H}" fill="{white}"/>')
    # header
    s.rect(0, 0, PAGE_W, 40, "petrol")
    s.logo(brand.logo("white", "horizontal"), M, 12, 52)
    s.text("Logo-Richtlinien", 82, 11, 113, 24, "headline", "weiss", line_height=1.1)
    s.text(f"{brand.title} · Version {brand.version}", 82, 24, 113, 9, "body", "weiss")

    horizontal, stacked = brand.logo("color", "horizontal"), brand.logo("color", "stacked")
    clear = horizontal.clear_space
    # 1 clear space
    y = s.heading("Schutzzone", 48)
    w = 62.0
    h = w / horizontal.aspect
    c = clear * h
    lx, ly = M + 8, y + c + 2
    s.rect(lx - c, ly - c, w + 2 * c, h + 2 * c, "mint", 'fill-opacity="0.35"')
    s.logo(horizontal, lx, ly, w)
    for cx, cy in ((lx - c, ly - c), (lx + w, ly - c), (lx - c, ly + h), (lx + w, ly + h)):
        s.rect(cx, cy, c, c, "mint")
    s.text("x", lx - c, ly - c + c * 0.15, c, 7, "emphasis", "nachtblau", align="center")
    s.text(f"Rund um das Logo bleibt eine Schutzzone frei: x = {_de(clear)} × Logohöhe auf "
           "jeder Seite. Darin stehen keine Texte, Bilder, Kanten oder Falzlinien. Alle "
           "Dateien dieses Pakets enthalten die Schutzzone schon.",
           RIGHT_COL, y, PAGE_W - M - RIGHT_COL, 9)
    # 2 minimum sizes
    y = s.heading("Mindestgrößen", ly + h + c + 8)
    hmin = horizontal.min_width_mm
    hh = s.logo(horizontal, M, y + 1, hmin)
    sh = s.logo(stacked, M + hmin + 14, y + 1, stacked.min_width_mm)
    below = y + 1 + max(hh, sh) + 2
    s.text(f"{_de(hmin)} mm", M, below, hmin, 7, "emphasis", "nachtblau")
    s.text(f"{_de(stacked.min_width_mm)} mm", M + hmin + 14, below, 30, 7, "emphasis", "nachtblau")
    s.text(f"Horizontal: mindestens {_de(hmin)} mm breit im Druck, "
           f"{_de(horizontal.min_width_px)} px am Bildschirm.\n"
           f"Gestapelt: mindestens {_de(stacked.min_width_mm)} mm breit im Druck, "
           f"{_de(stacked.min_width_px)} px am Bildschirm.\nKleiner wird die Zeile "
           "„Stark. Sozial. Vor Ort.“ unleserlich.", RIGHT_COL, y, PAGE_W - M - RIGHT_COL, 9)
    # 3 variants
    y = s.heading("Farbvarianten", below + 10)
    tile_w, tile_h, gap = 56.0, 26.0, 6.0
    variants = (("color", "weiss", "Farbig – auf Weiß und hellen Flächen"),
                ("black", "weiss", "Schwarz – wenn nur eine Farbe gedruckt wird"),
                ("white", "petrol", "Weiß – auf Petrol, Nachtblau und Fotos mit Farbband"))
    for n, (variant, ground, label) in enumerate(variants):
        x = M + n * (tile_w + gap)
        s.rect(x, y, tile_w, tile_h, ground,
               f'stroke="{brand.color("schwarz").hex}" stroke-width="0.2"' if ground == "weiss" else "")
        s.logo(brand.logo(variant, "horizontal"), x + 8, y + (tile_h - 40 / horizontal.aspect) / 2, 40)
        s.text(label, x, y + tile_h + 2, tile_w, 7.5)
    # 4 don'ts
    y = s.heading("Bitte nicht", y + tile_h + 12)
    tile_w, tile_h, gap = 41.0, 22.0, 5.67
    donts = ("Nicht verzerren", "Nicht drehen", "Farbig nicht auf Petrol",
             "Nicht auf Flächen ohne Kontrast")
    lw = 30.0
    lh = lw / horizontal.aspect
    for n, label in enumerate(donts):
        x = M + n * (tile_w + gap)
        cx, cy = x + (tile_w - lw) / 2, y + (tile_h - lh) / 2
        ground = {2: "petrol", 3: "sand"}.get(n, "weiss")
        s.rect(x, y, tile_w, tile_h, ground,
               f'stroke="{brand.color("schwarz").hex}" stroke-width="0.2"' if ground == "weiss" else "")
        if n == 0:
            s.logo(horizontal, cx, cy, lw, f"translate({cx + lw / 2} {cy + lh / 2}) scale(1.25 0.7) "
                                            f"translate({-cx - lw / 2} {-cy - lh / 2})")
        elif n == 1:
            s.logo(horizontal, cx, cy, lw, f"rotate(-12 {cx + lw / 2} {cy + lh / 2})")
        elif n == 2:
            s.logo(horizontal, cx, cy, lw)
        else:
            s.logo(brand.logo("white", "horizontal"), cx, cy, lw)
        _cross(s, x + tile_w - 5.5, y + 1.5)
        s.text(label, x, y + tile_h + 2, tile_w, 7.5)
    s.text("Immer: die Originaldateien dieses Pakets verwenden, Schutzzone und Mindestgröße "
           "einhalten, auf dunklen Flächen und Fotos die weiße Variante nehmen. Das Logo nicht "
           "nachbauen, umfärben, mit Effekten versehen oder beschneiden.",
           M, y + tile_h + 10, PAGE_W - 2 * M, 8)
    # 5 colour values
    y = s.heading("Farbwerte", y + tile_h + 24)
    colours = list(brand.colors.values())
    col_w = (PAGE_W - 2 * M - (len(colours) - 1) * 2.5) / len(colours)
    for n, colour in enumerate(colours):
        x = M + n * (col_w + 2.5)
        s.rect(x, y, col_w, 12, colour.name,
               f'stroke="{brand.color("schwarz").hex}" stroke-width="0.2"')
        r, g, b = colour.rgb
        cmyk = " ".join(_de(v) for v in colour.cmyk)
        ty = s.text(colour.label_de, x, y + 14, col_w, 7.5, "emphasis", "nachtblau")
        s.text(f"HEX {colour.hex}\nRGB {r} {g} {b}\nCMYK {cmyk}", x, ty + 0.5, col_w, 6.5,
               line_height=1.35)
    s.text(f"CMYK nach FOGRA39 (gestrichenes Papier); Fließtext im Druck nur Schwarz (100 % K). "
           f"Schrift: Inter. Erstellt aus brand.toml, Version {brand.version}.",
           M, PAGE_H - M - 4, PAGE_W - 2 * M, 7)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W}mm" height="{PAGE_H}mm" '
           f'viewBox="0 0 {PAGE_W} {PAGE_H}">{"".join(s.parts)}</svg>').encode()
    with pikepdf.open(io.BytesIO(cairo_pdf(svg))) as pdf:
        set_text(pdf, pdf.pages[0], s.texts)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = f"Logo-Richtlinien – {brand.title}"
            meta["dc:language"] = {"de-DE"}
        pdf.Root.Lang = pikepdf.String("de-DE")
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, deterministic_id=True)
    return out.getvalue()


def _cross(s: _Sheet, x: float, y: float) -> None:
    """The „wrong“ mark: a night-blue disc with a white ×."""
    night, white = s.brand.color("nachtblau").hex, s.brand.color("weiss").hex
    s.parts.append(f'<circle cx="{x + 2}" cy="{y + 2}" r="2.2" fill="{night}"/>'
                   f'<path d="M{x + 1} {y + 1}L{x + 3} {y + 3}M{x + 3} {y + 1}L{x + 1} {y + 3}" '
                   f'stroke="{white}" stroke-width="0.5" stroke-linecap="round"/>')
