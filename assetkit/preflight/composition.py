"""Checks on a composed document: brand rules (logo, text, photos), print and social rules.

In:  a :class:`~assetkit.compose.Composition`, optionally a target (social platform or print
     preset) and the already rendered pixels (the GUI preview has them).
Out: a list of :class:`Finding` with boxes in page units.

Conditions the composer already noted (overflow, missing fields, low resolution, small logo) are
turned into findings here rather than measured twice; everything that needs pixels is measured
on renderings of the composition itself, so the checks see exactly what is exported.
"""

from __future__ import annotations

from collections.abc import Iterator

from PIL import Image

from assetkit.brand import Brand, load_brand
from assetkit.compose.model import Composition, Note
from assetkit.preflight import pixels
from assetkit.preflight.findings import Finding, Severity, de_number
from assetkit.preflight.targets import (
    BLEED_MM,
    PPI_ERROR,
    PPI_WARNING,
    PrintTarget,
    SocialPlatform,
    resolve_target,
)
from assetkit.render import encode_png
from assetkit.templates.model import MM_PER_PT, Page, Rect, Role, TextField
from assetkit.text import TextLayout, load_font

PRINT_DPI = 100                  # enough to see 1 mm; an A4 page renders in ~0.1 s
SOCIAL_CHECK_PX = 960            # social pages are judged at most this large (contrast, clear space)
TRIM_MARGIN_MM = 3.0
# Legibility floors. Print, by the field's role (pt): body copy and event information 9,
# contact data 7.5, fine print (return address, sources, kickers) 6. Social: every text but
# display type 28 px on a 1080 px wide image, scaled with the width.
MIN_PRINT_PT: dict[Role, float] = {"display": 6.0, "body": 9.0, "event": 9.0, "contact": 7.5,
                                   "fine": 6.0}
MIN_SOCIAL_PX_AT_1080 = 28.0
AA_NORMAL, AA_LARGE, LOGO_MIN_CONTRAST = 4.5, 3.0, 3.0
BUSY_SHARE = 0.03                # share of clear-space pixels that may differ from its colour

Box = tuple[float, float, float, float]


def check_composition(composition: Composition, *, preset: object = None,
                      rendered: Image.Image | None = None,
                      brand: Brand | None = None) -> list[Finding]:
    """Every check that applies to ``composition``; ``preset`` is a platform or print preset."""
    brand = brand or load_brand()
    target = resolve_target(preset)
    ctx = _Context(composition, brand, rendered)
    findings = list(_from_notes(composition))
    findings += _logo_checks(ctx)
    findings += _text_checks(ctx)
    findings += _image_checks(ctx, target if isinstance(target, PrintTarget) else None)
    if composition.page.unit == "mm" or isinstance(target, PrintTarget):
        findings += _print_checks(ctx, target if isinstance(target, PrintTarget) else None)
    if composition.page.unit == "px":
        findings += _social_checks(ctx, target if isinstance(target, SocialPlatform) else None)
    return findings


class _Context:
    """The composition plus lazily made renderings (full, without text and logos)."""

    def __init__(self, composition: Composition, brand: Brand,
                 rendered: Image.Image | None) -> None:
        self.c = composition
        self.brand = brand
        self.unit = composition.page.unit
        self._full = rendered
        self._background: pixels.Raster | None = None

    @property
    def size(self) -> tuple[int, int]:
        if self._full is not None:
            return self._full.size
        return self.c.pixel_size(PRINT_DPI)

    @property
    def check_size(self) -> tuple[int, int]:
        """Size of the renderings the pixel checks sample: 100 dpi for print, a social page
        scaled to at most SOCIAL_CHECK_PX (contrast and calm areas need no more)."""
        if self.unit == "mm":
            return self.c.pixel_size(PRINT_DPI)
        w, h = self.c.pixel_size()
        scale = min(1.0, SOCIAL_CHECK_PX / max(w, h, 1))
        return max(1, round(w * scale)), max(1, round(h * scale))

    @property
    def full(self) -> Image.Image:
        if self._full is None:
            self._full = pixels.render_view(self.c.svg, self.size)
        return self._full

    @property
    def background(self) -> pixels.Raster:
        if self._background is None:
            image = pixels.render_view(pixels.background_svg(self.c), self.check_size)
            self._background = pixels.Raster(self.c, pixels.flatten(image))
        return self._background

    def finding(self, code: str, severity: Severity, de: str, en: str,
                box: Rect | Box | None = None, field: str | None = None) -> Finding:
        if isinstance(box, Rect):
            box = (box.x, box.y, box.width, box.height)
        return Finding(code, severity, de, en, 1, box, field, self.unit)

    def label(self, field_id: str) -> tuple[str, str]:
        f = self.c.template.text_field(field_id) or self.c.template.image_field(field_id)
        if f is None:
            return field_id, field_id
        return f.label.de, f.label.en


def _rect_box(r: Rect) -> Box:
    return r.x, r.y, r.width, r.height


def _ink(layout: TextLayout) -> Rect:
    b = layout.ink_bounds
    return Rect(b.x, b.y, b.width, b.height)


# ---------------------------------------------------------------- notes of the composer

# The composer's and finisher's facts, and how bad each is. Resolution and upscaling are facts of
# the placed photos, judged in _image_checks against the target's thresholds.
_NOTE_SEVERITY: dict[str, Severity] = {
    "text.overflow": "error", "text.missing": "error", "text.missing_glyphs": "error",
    "text.word_split": "error", "image.missing": "error", "logo.too_small": "error",
    "print.photo_missing": "error", "print.bleed_short": "warning"}


def _from_notes(c: Composition) -> Iterator[Finding]:
    for note in c.notes:
        severity = _NOTE_SEVERITY.get(note.code)
        if severity is None:
            continue
        de, en = _note_texts(c, note)
        box = _rect_box(note.region) if note.region else None
        yield Finding(note.code, severity, de, en, 1, box, note.field, c.page.unit)


def _note_texts(c: Composition, note: Note) -> tuple[str, str]:
    f = None
    if note.field:
        f = c.template.text_field(note.field) or c.template.image_field(note.field)
    en_label = f.label.en if f else (note.field or "")
    if note.code == "text.overflow":
        return (f"{note.message} Text kürzen.",
                f"The text in “{en_label}” does not fit its field; shorten it.")
    if note.code == "text.word_split":
        return (note.message, f"A word in “{en_label}” is wider than its field and is split "
                              "mid-word; shorten it or use a shorter word.")
    if note.code == "text.missing":
        return note.message, f"The required field “{en_label}” is empty."
    if note.code == "text.missing_glyphs":
        return note.message, (f"The font has no glyphs for some characters in “{en_label}”; "
                              f"they would be left out: {note.detail}")
    if note.code == "image.missing":
        return (f"{note.message} Bitte ein Foto einsetzen.",
                f"No photo chosen for “{en_label}” yet.")
    if note.code == "print.photo_missing":
        return note.message, "A photo could not be embedded as JPEG."
    if note.code == "print.bleed_short":
        return note.message, "The template has less bleed than the export profile asks for."
    return (f"{note.message} Das Logo nicht verkleinern; ein größeres Format wählen.",
            "The logo is below its minimum width; choose a larger format.")


# ---------------------------------------------------------------- logo

def _logo_checks(ctx: _Context) -> Iterator[Finding]:
    c = ctx.c
    if not c.logos:
        yield ctx.finding("logo.missing", "error",
                          "Das Kampagnenlogo fehlt; diese Vorlage hat keinen Logo-Platz.",
                          "The campaign logo is missing; this template has no logo slot.",
                          c.page.trim)
        return
    for logo in c.logos:
        if logo.box.width <= 0 or logo.box.height <= 0:
            yield ctx.finding("logo.missing", "error", "Das Kampagnenlogo ist nicht sichtbar.",
                              "The campaign logo is not visible.", logo.box, logo.element)
            continue
        yield from _clear_space(ctx, logo.element, logo.box, logo.layout, logo.variant)
        yield from _logo_contrast(ctx, logo.element, logo.box, logo.variant)


def _clear_space(ctx: _Context, element: str, box: Rect, layout: str,
                 variant: str) -> Iterator[Finding]:
    c = ctx.c
    clear = ctx.brand.logo(variant, layout).clear_space * box.height
    ring = Rect(box.x - clear, box.y - clear, box.width + 2 * clear, box.height + 2 * clear)
    intruders: list[tuple[str, str, Rect]] = []
    for fid, layout_ in c.text_layouts.items():
        ink = _ink(layout_)
        if ink.width > 0 and ring.intersects(ink):
            de, en = ctx.label(fid)
            intruders.append((f"der Text „{de}“", f"the text “{en}”", ink))
    trim = c.page.trim
    ring_in = Rect(max(ring.x, trim.x), max(ring.y, trim.y),
                   min(ring.right, trim.right) - max(ring.x, trim.x),
                   min(ring.bottom, trim.bottom) - max(ring.y, trim.y))
    for fid, placed in c.images.items():
        # A photo under the whole clear space is the logo's background (judged by its pixels
        # below); a photo edge running through the clear space is content crowding the logo.
        if ring.intersects(placed.box) and not placed.box.contains(ring_in):
            de, en = ctx.label(fid)
            intruders.append((f"das Foto „{de}“", f"the photo “{en}”", placed.box))
    for other in c.logos:
        if other.element != element and ring.intersects(other.box):
            intruders.append(("ein weiteres Logo", "another logo", other.box))
    for de, en, _ in intruders:
        yield ctx.finding(
            "logo.clear_space", "error",
            f"In der Schutzzone des Logos ({de_number(clear)} {ctx.unit} rundum) liegt {de}; "
            "Abstand vergrößern oder Inhalt kürzen.",
            f"The logo's clear space ({clear:.1f} {ctx.unit} around it) contains {en}; "
            "move it away or shorten the content.", ring, element)
    if intruders:
        return
    # Other artwork (shapes, edges, busy backgrounds) shows as colour changes in the ring.
    samples = [px for px, inside in _ring_samples(ctx.background, ring_in, box) if not inside]
    if len(samples) < 16:
        return
    reference = sorted(samples, key=pixels.luminance)[len(samples) // 2]
    differing = sum(1 for px in samples
                    if max(abs(a - b) for a, b in zip(px, reference, strict=False)) > 40)
    share = differing / len(samples)
    if share > BUSY_SHARE:
        yield ctx.finding(
            "logo.busy_background", "warning",
            f"Die Schutzzone des Logos ist nicht frei ({share:.0%} der Fläche weichen von der "
            "Hintergrundfarbe ab); das Logo braucht eine ruhige Fläche.",
            f"The logo's clear space is not free ({share:.0%} of it differs from the background "
            "colour); the logo needs a calm area.", ring, element)


def _ring_samples(raster: pixels.Raster, ring: Rect,
                  inner: Rect) -> Iterator[tuple[pixels.RGB, bool]]:
    box = raster.pixel_box(ring.x, ring.y, ring.width, ring.height)
    if box is None:
        return
    step = max(1, int(max(box[2] - box[0], box[3] - box[1]) / 160))
    access = raster.image.load()      # pixel access: several times quicker than getpixel
    for py in range(box[1], box[3], step):
        for px in range(box[0], box[2], step):
            x = raster.view.x + (px + 0.5) / raster.sx
            y = raster.view.y + (py + 0.5) / raster.sy
            inside = inner.x <= x <= inner.right and inner.y <= y <= inner.bottom
            yield access[px, py], inside  # type: ignore[index,misc]


def _logo_contrast(ctx: _Context, element: str, box: Rect, variant: str) -> Iterator[Finding]:
    bg = ctx.background
    pbox = bg.pixel_box(box.x, box.y, box.width, box.height)
    svg = pixels.element_svg(ctx.c, element, _rect_box(box))
    if pbox is None or svg is None:
        return
    w, h = pbox[2] - pbox[0], pbox[3] - pbox[1]
    scale = max(1.0, 200 / max(w, h)) if max(w, h) < 200 else 1.0
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    logo = pixels.render_view(svg, size)
    behind = bg.image.crop(pbox).resize(size, Image.Resampling.NEAREST)
    ratios = []
    step = max(1, int((size[0] * size[1]) ** 0.5 / 120))
    logo_px, behind_px = logo.load(), behind.load()
    for y in range(0, size[1], step):
        for x in range(0, size[0], step):
            r, g, b, a = logo_px[x, y]  # type: ignore[index,misc]
            if a >= 200:
                ratios.append(pixels.contrast((r, g, b), behind_px[x, y]))  # type: ignore[index,arg-type]
    if not ratios:
        return
    measured = pixels.percentile(ratios, 0.5)
    if measured >= LOGO_MIN_CONTRAST:
        return
    back = pixels.pixels_of(behind)
    dark = pixels.percentile([pixels.luminance(p) for p in back], 0.5) < 0.18
    better = ctx.brand.dark_background_variant if dark else "color"
    if better == variant:
        better = "black" if dark else "color"
    names = {"color": ("farbig", "colour"), "white": ("weiß", "white"), "black": ("schwarz", "black")}
    now_de, now_en = names.get(variant, (variant, variant))
    new_de, new_en = names.get(better, (better, better))
    yield ctx.finding(
        "logo.contrast", "error",
        f"Das Logo ({now_de}) hebt sich kaum vom Hintergrund ab (Kontrast {de_number(measured)}:1, "
        f"nötig {LOGO_MIN_CONTRAST:g}:1); die Variante „{new_de}“ verwenden oder den "
        "Hintergrund ändern.",
        f"The logo ({now_en}) barely stands out from its background (contrast "
        f"{measured:.1f}:1, needs {LOGO_MIN_CONTRAST:g}:1); use the {new_en} variant or change "
        "the background.", box, element)


# ---------------------------------------------------------------- text

def _text_checks(ctx: _Context) -> Iterator[Finding]:
    for fid, layout in ctx.c.text_layouts.items():
        f = ctx.c.template.text_field(fid)
        if f is None or not layout.lines:
            continue
        yield from _too_small(ctx, f, layout.size)
        yield from _text_contrast(ctx, f, layout)
        yield from _orphan(ctx, f, layout)


def _type_size(ctx: _Context, size: float) -> float:
    """A page-unit size in the manifest's type unit (pt or px)."""
    return size / MM_PER_PT if ctx.unit == "mm" else size


def legibility_floor(f: TextField, page: Page) -> tuple[float, str]:
    """The smallest size (in the manifest's type unit, and that unit) at which the field's text
    is still easy to read."""
    if page.unit == "mm":
        return MIN_PRINT_PT[f.role], "pt"
    if f.role == "display":
        return 0.0, "px"
    return MIN_SOCIAL_PX_AT_1080 * page.width / 1080, "px"


def _too_small(ctx: _Context, f: TextField, size: float) -> Iterator[Finding]:
    shown = _type_size(ctx, size)
    floor, unit = legibility_floor(f, ctx.c.page)
    if shown < floor - 1e-6:
        yield ctx.finding(
            "text.too_small", "warning",
            f"„{f.label.de}“ ist nur {de_number(shown)} {unit} groß; unter {de_number(floor)} {unit} ist der "
            "Text schwer lesbar.",
            f"“{f.label.en}” is only {shown:.1f} {unit}; below {floor:g} {unit} it is hard to "
            "read.", f.box, f.id)


def _is_bold(path: object) -> bool:
    os2 = load_font(path).ttfont.get("OS/2")  # type: ignore[arg-type]
    return bool(os2 is not None and getattr(os2, "usWeightClass", 400) >= 700)


def _large_text(ctx: _Context, f: TextField, size: float) -> bool:
    shown = _type_size(ctx, size)
    bold = _is_bold(ctx.brand.font(f.font))
    if ctx.unit == "mm":
        return shown >= 18 or (bold and shown >= 14)
    return shown >= 24 or (bold and shown >= 14 * 4 / 3)


def _text_contrast(ctx: _Context, f: TextField, layout: TextLayout) -> Iterator[Finding]:
    ink = _ink(layout)
    if ink.width <= 0 or ink.height <= 0:
        return
    samples = ctx.background.sample(ink.x, ink.y, ink.width, ink.height)
    if not samples:
        return
    colour = pixels.hex_rgb(ctx.brand.color(f.color).hex)
    # The worst tenth of the background decides: a bright patch in a photo makes those words
    # unreadable even when the average is fine.
    measured = pixels.percentile([pixels.contrast(colour, px) for px in samples], 0.1)
    large = _large_text(ctx, f, layout.size)
    needed = AA_LARGE if large else AA_NORMAL
    if measured + 1e-9 < needed:
        kind_de, kind_en = ("große Schrift", "large text") if large else ("Text", "text")
        yield ctx.finding(
            "text.contrast", "error",
            f"„{f.label.de}“ hat zu wenig Kontrast zum Hintergrund ({de_number(measured)}:1, nötig "
            f"{de_number(needed)}:1 für {kind_de}); ein ruhigeres oder dunkleres/helleres Foto bzw. einen "
            "anderen Bildausschnitt wählen.",
            f"“{f.label.en}” has too little contrast with what is behind it ({measured:.1f}:1, "
            f"{kind_en} needs {needed:g}:1); choose another photo or crop.",
            ink, f.id)


def _is_headline(f: TextField) -> bool:
    return f.id == "headline" or f.font == "headline"


def _orphan(ctx: _Context, f: TextField, layout: TextLayout) -> Iterator[Finding]:
    lines = layout.lines
    if not _is_headline(f) or len(lines) < 2:
        return
    last = lines[-1]
    words = last.text.split()
    widest = max(line.width for line in lines)
    if len(words) == 1 and not last.hyphenated and (len(words[0]) <= 5 or last.width < widest / 4):
        yield ctx.finding(
            "text.orphan", "warning",
            f"In „{f.label.de}“ steht „{words[0]}“ allein in der letzten Zeile; mit einem "
            "Zeilenumbruch (Umschalt+Enter) oder anderer Formulierung ausgleichen.",
            f"In “{f.label.en}” the word “{words[0]}” stands alone on the last line; balance "
            "the lines with a line break or rephrase.",
            (last.x, last.baseline - layout.size, last.width, layout.size * 1.2),
            f.id)


# ---------------------------------------------------------------- photos

def _image_checks(ctx: _Context, target: PrintTarget | None = None) -> Iterator[Finding]:
    error_ppi = target.ppi_error if target else PPI_ERROR
    warn_ppi = target.ppi_warning if target else PPI_WARNING
    # A large format seen from metres (the roll-up) names the resolution it needs: from there
    # on the photo is sharp at its viewing distance, neither an error nor marginal.
    min_ppi = ctx.c.template.page.min_ppi
    if min_ppi is not None:
        error_ppi, warn_ppi = min(error_ppi, min_ppi), min(warn_ppi, min_ppi)
    # „besser 300“ holds for what is read close up; a large format names its own need.
    best_de, best_en = (" (besser 300)", " (300 is best)") if min_ppi is None else \
        (" (das Format wird aus der Entfernung betrachtet; mehr braucht es nicht)",
         " (the format is seen from a distance; it needs no more)")
    for fid, placed in ctx.c.images.items():
        de, en = ctx.label(fid)
        if ctx.unit == "mm":
            ppi = placed.effective_ppi or 0.0
            if ppi < error_ppi:
                yield ctx.finding(
                    "image.low_resolution", "error",
                    f"Das Foto in „{de}“ hat bei dieser Größe nur {ppi:.0f} ppi; für den Druck "
                    f"sind mindestens {error_ppi:.0f} ppi nötig{best_de}. Ein größeres Foto "
                    "wählen oder den Ausschnitt vergrößern.",
                    f"The photo in “{en}” has only {ppi:.0f} ppi at this size; print needs at "
                    f"least {error_ppi:.0f} ppi{best_en}. Use a larger photo.",
                    placed.box, fid)
            elif ppi < warn_ppi:
                yield ctx.finding(
                    "image.marginal_resolution", "warning",
                    f"Das Foto in „{de}“ hat bei dieser Größe {ppi:.0f} ppi; ab {warn_ppi:.0f} "
                    "ppi wird es im Druck scharf (300 ideal).",
                    f"The photo in “{en}” has {ppi:.0f} ppi at this size; it prints sharp from "
                    f"{warn_ppi:.0f} ppi (300 ideal).", placed.box, fid)
        elif placed.placement.upscale_needed:
            used = placed.placement.source_px_used
            yield ctx.finding(
                "image.upscaled", "warning",
                f"Das Foto in „{de}“ hat nur {used[0]}×{used[1]} Pixel für ein Feld von "
                f"{placed.box.width:.0f}×{placed.box.height:.0f} px und wird vergrößert; es "
                "wirkt unscharf. Ein größeres Foto wählen.",
                f"The photo in “{en}” has only {used[0]}×{used[1]} pixels for a "
                f"{placed.box.width:.0f}×{placed.box.height:.0f} px field and is upscaled; it "
                "will look blurred.", placed.box, fid)


# ---------------------------------------------------------------- print

def _important(ctx: _Context) -> Iterator[tuple[str, str, Rect, str]]:
    """What must never be cut or covered: drawn text (its ink) and the logos."""
    for fid, layout in ctx.c.text_layouts.items():
        ink = _ink(layout)
        if ink.width > 0:
            de, en = ctx.label(fid)
            yield f"Der Text „{de}“", f"The text “{en}”", ink, fid
    for logo in ctx.c.logos:
        yield "Das Logo", "The logo", logo.box, logo.element


def _print_checks(ctx: _Context, target: PrintTarget | None) -> Iterator[Finding]:
    c = ctx.c
    if c.page.unit != "mm":
        return
    safe = c.page.trim.inset(TRIM_MARGIN_MM)
    for de, en, box, fid in _important(ctx):
        if not safe.contains(box):
            yield ctx.finding(
                "print.trim_margin", "error",
                f"{de} liegt näher als {TRIM_MARGIN_MM:g} mm am Endformat und kann beim "
                "Schneiden angeschnitten werden; weiter nach innen setzen.",
                f"{en} is closer than {TRIM_MARGIN_MM:g} mm to the trim and may be cut off; "
                "move it inwards.", box, fid)
    bleed = target.bleed_mm if target else BLEED_MM
    if bleed > 0:
        yield from _bleed(ctx, bleed)


def _bleed(ctx: _Context, bleed: float) -> Iterator[Finding]:
    """Artwork touching the trim must run on to the outer edge of the bleed."""
    c = ctx.c
    page = c.page
    dpm = PRINT_DPI / 25.4
    view = (-bleed, -bleed, page.width + 2 * bleed, page.height + 2 * bleed)
    # Text and logos sit inside the trim; the shapes that run off it are what counts here.
    svg = pixels.with_view(pixels.background_svg(c), *view, unit="mm")
    size = (max(1, round(view[2] * dpm)), max(1, round(view[3] * dpm)))
    image = pixels.render_view(svg, size)
    access = image.load()
    sx, sy = size[0] / view[2], size[1] / view[3]

    def px(x: float, y: float) -> tuple[int, ...]:
        ix = min(size[0] - 1, max(0, int((x + bleed) * sx)))
        iy = min(size[1] - 1, max(0, int((y + bleed) * sy)))
        return access[ix, iy]  # type: ignore[index,return-value]

    inside, outside = 0.3, bleed - 0.3     # mm from the trim
    step = 1 / dpm
    edges = {
        "top": ("oben", lambda t: (t, inside), lambda t: (t, -outside), page.width),
        "bottom": ("unten", lambda t: (t, page.height - inside),
                   lambda t: (t, page.height + outside), page.width),
        "left": ("links", lambda t: (inside, t), lambda t: (-outside, t), page.height),
        "right": ("rechts", lambda t: (page.width - inside, t),
                  lambda t: (page.width + outside, t), page.height),
    }
    for name, (de, at_trim, at_bleed, length) in edges.items():
        n = max(1, int(length / step))
        positions = [(i + 0.5) * length / n for i in range(n)]
        gaps = [not pixels.is_paper(px(*at_trim(t))) and pixels.is_paper(px(*at_bleed(t)))
                for t in positions]
        for start, end in pixels.runs(gaps):
            a, b = positions[start] - step / 2, positions[end - 1] + step / 2
            if b - a < 1.0:     # a hairline or anti-aliasing, not artwork
                continue
            box: Box = {"top": (a, -bleed, b - a, bleed),
                        "bottom": (a, page.height, b - a, bleed),
                        "left": (-bleed, a, bleed, b - a),
                        "right": (page.width, a, bleed, b - a)}[name]
            yield ctx.finding(
                "print.bleed", "error",
                f"Eine Fläche berührt den Rand {de} ({a:.0f}–{b:.0f} mm), reicht aber nicht "
                f"{bleed:g} mm in den Beschnitt; nach dem Schneiden kann ein weißer Blitzer "
                "bleiben. Die Fläche in der Vorlage bis in den Beschnitt ziehen.",
                f"Artwork touches the {name} edge ({a:.0f}–{b:.0f} mm) but does not extend "
                f"{bleed:g} mm into the bleed; a white sliver may remain after cutting. Extend "
                "it into the bleed in the template.", box)


# ---------------------------------------------------------------- social

def _social_checks(ctx: _Context, platform: SocialPlatform | None) -> Iterator[Finding]:
    c = ctx.c
    zone = c.page.safe
    if zone is not None:
        for de, en, box, fid in _important(ctx):
            if not zone.contains(box, tolerance=0.5):
                yield ctx.finding(
                    "social.safe_zone", "warning",
                    f"{de} ragt aus dem sicheren Bereich; dort können ihn Bedienelemente der "
                    "Plattform verdecken.",
                    f"{en} extends beyond the safe zone, where the platform's controls may "
                    "cover it.", box, fid)
    if platform is None:
        return
    w, h = round(c.page.width), round(c.page.height)
    if platform.sizes is not None and (w, h) not in platform.sizes:
        yield ctx.finding(
            "social.pixel_size", "error",
            f"{w}×{h} px passt nicht zu {platform.name} (üblich: {platform.size_text()}); "
            "eine Vorlage im passenden Format wählen.",
            f"{w}×{h} px does not fit {platform.name} (expected: {platform.size_text()}); choose "
            "a template in a matching format.", c.page.trim)
    data = encode_png(ctx.full)
    if len(data) > platform.max_bytes:
        yield ctx.finding(
            "social.file_size", "error",
            f"Als PNG ist die Datei {len(data) / 1e6:.1f} MB groß; {platform.name} nimmt höchstens "
            f"{platform.max_bytes / 1e6:g} MB an. Als JPEG exportieren.",
            f"As PNG the file is {len(data) / 1e6:.1f} MB; {platform.name} accepts at most "
            f"{platform.max_bytes / 1e6:g} MB. Export as JPEG.", c.page.trim)
