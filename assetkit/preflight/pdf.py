"""Checks on an exported PDF (ours or from elsewhere): a useful subset of a print-shop preflight.

In:  PDF bytes or a path, optionally a print preset.
Out: findings with boxes in PDF points measured from the page's top-left corner (y down).

Checked: TrimBox and bleed, embedded fonts, colour spaces of content streams and images against
the preset, effective image resolution from the transformation in force at each ``Do``, the
PDF/X output intent, and total area coverage of CMYK colours and images.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from assetkit.preflight.accessibility import pdf_findings, wants_accessible
from assetkit.preflight.findings import Finding, Severity, de_number
from assetkit.preflight.ink import image_max_ink
from assetkit.preflight.targets import (
    BLEED_MM,
    PPI_ERROR,
    PPI_WARNING,
    PreflightError,
    PrintTarget,
    SocialPlatform,
    resolve_target,
)

PT_PER_MM = 72 / 25.4
MAX_DEPTH = 8                  # nested forms/patterns followed; deeper ones are hostile or absurd
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def check_pdf(source: bytes | str | Path, *, preset: object = None) -> list[Finding]:
    """Every PDF check for every page of ``source``."""
    target = resolve_target(preset)
    if isinstance(target, SocialPlatform):
        raise PreflightError(f"Ein PDF kann nicht gegen die Plattform {target.name} geprüft "
                             "werden; ein Druckprofil angeben oder keins.")
    pdf = _open(source)
    with pdf:
        findings: list[Finding] = []
        findings += _output_intent(pdf, target)
        for number, page in enumerate(pdf.pages, start=1):
            findings += _page_boxes(page, number, target)
            scan = _Scan(page, target)
            scan.run()
            findings += scan.findings(number)
        findings += pdf_findings(pdf, accessible=wants_accessible(target))
        return findings


def _open(source: bytes | str | Path) -> pikepdf.Pdf:
    name = "Das PDF" if isinstance(source, bytes) else f"Die Datei {source}"
    try:
        if isinstance(source, bytes):
            return pikepdf.open(io.BytesIO(source))
        return pikepdf.open(Path(source))
    except pikepdf.PasswordError:
        raise PreflightError(f"{name} ist verschlüsselt und kann nicht geprüft werden.") from None
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        raise PreflightError(f"{name} ist kein lesbares PDF ({exc}).") from None


def _finding(code: str, severity: Severity, de: str, en: str, page: int,
             box: tuple[float, float, float, float] | None = None) -> Finding:
    return Finding(code, severity, de, en, page, box, None, "pt")


# ---------------------------------------------------------------- document level

def _claims_pdfx(pdf: pikepdf.Pdf) -> bool:
    if "/GTS_PDFXVersion" in pdf.docinfo:
        return True
    try:
        meta = pdf.Root.get("/Metadata")
        return meta is not None and b"GTS_PDFXVersion" in meta.read_bytes()
    except pikepdf.PdfError:
        return False


def _output_intent(pdf: pikepdf.Pdf, target: PrintTarget | None) -> Iterator[Finding]:
    needed = target.pdfx if target is not None else _claims_pdfx(pdf)
    if not needed:
        return
    intents = pdf.Root.get("/OutputIntents")
    ok = isinstance(intents, pikepdf.Array) and any(
        isinstance(i, pikepdf.Dictionary) and i.get("/S") == "/GTS_PDFX"
        and "/DestOutputProfile" in i for i in intents)
    if not ok:
        yield _finding(
            "pdf.output_intent", "error",
            "Das PDF hat keinen PDF/X-Output-Intent (Ausgabebedingung mit ICC-Profil, z. B. "
            "FOGRA39); mit einem PDF/X-Druckprofil neu exportieren.",
            "The PDF has no PDF/X output intent (output condition with an ICC profile, e.g. "
            "FOGRA39); export again with a PDF/X print preset.", 1)


# ---------------------------------------------------------------- page boxes

def _box(page: pikepdf.Page, name: str) -> tuple[float, float, float, float] | None:
    value = page.obj.get(name)
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _page_boxes(page: pikepdf.Page, number: int, target: PrintTarget | None) -> Iterator[Finding]:
    required = target.bleed_mm if target is not None else BLEED_MM
    if required <= 0:
        return
    severity: Severity = "error" if target is not None else "warning"
    media = _box(page, "/MediaBox") or tuple(float(v) for v in page.mediabox)  # type: ignore[assignment]
    trim = _box(page, "/TrimBox")
    if trim is None:
        yield _finding(
            "pdf.trim_box", severity,
            f"Seite {number} hat keine TrimBox (Endformat); die Druckerei kann Beschnitt und "
            "Endformat nicht erkennen. Mit einem Druckprofil exportieren.",
            f"Page {number} has no TrimBox (finished size); the print shop cannot tell trim "
            "from bleed. Export with a print preset.", number)
        return
    bleed = _box(page, "/BleedBox") or _box(page, "/CropBox") or media
    sides = (trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
    smallest = min(sides) / PT_PER_MM
    if smallest + 0.05 < required:
        x0, top = media[0], media[3]
        yield _finding(
            "pdf.bleed", severity,
            f"Seite {number} hat nur {de_number(max(0.0, smallest))} mm Beschnittzugabe, nötig sind "
            f"{required:g} mm rundum; mit Beschnitt exportieren.",
            f"Page {number} has only {max(0.0, smallest):.1f} mm bleed, {required:g} mm are "
            "needed on every side; export with bleed.", number,
            (trim[0] - x0, top - trim[3], trim[2] - trim[0], trim[3] - trim[1]))


# ---------------------------------------------------------------- content

def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (apply m, then n), as PDF concatenates ``cm`` onto the CTM."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _matrix(value: object) -> Matrix:
    try:
        nums = [float(v) for v in value]  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return IDENTITY
    return tuple(nums) if len(nums) == 6 else IDENTITY  # type: ignore[return-value]


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    fill: str = "gray"
    stroke: str = "gray"


@dataclass
class _Scan:
    page: pikepdf.Page
    target: PrintTarget | None
    colour_uses: dict[str, list[tuple[float, float, float, float] | None]] = field(default_factory=dict)
    max_ink: float = 0.0
    ink_box: tuple[float, float, float, float] | None = None
    images: list[tuple[str, float, tuple[float, float, float, float]]] = field(default_factory=list)
    fonts: dict[str, str] = field(default_factory=dict)      # name → problem
    _seen_fonts: set[tuple[int, int]] = field(default_factory=set)
    _image_ink: dict[tuple[int, int], float] = field(default_factory=dict)

    def run(self) -> None:
        media = _box(self.page, "/MediaBox") or (0.0, 0.0, 612.0, 792.0)
        self.origin = (media[0], media[3])
        try:
            instructions = pikepdf.parse_content_stream(self.page)
        except pikepdf.PdfError as exc:
            raise PreflightError(f"Der Inhalt einer Seite ist beschädigt ({exc}).") from None
        self._walk(instructions, self.page.obj.get("/Resources"), IDENTITY, 0)

    # -- walking

    def _walk(self, instructions: list, resources: object, ctm: Matrix, depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        if isinstance(resources, pikepdf.Dictionary):
            self._fonts(resources)
        stack: list[_State] = []
        state = _State(ctm=ctm)
        for operands, operator in instructions:
            op = str(operator)
            if op == "q":
                stack.append(_State(state.ctm, state.fill, state.stroke))
            elif op == "Q":
                if stack:
                    state = stack.pop()
            elif op == "cm" and len(operands) == 6:
                state.ctm = _mul(_matrix(operands), state.ctm)
            elif op in ("rg", "RG"):
                self._use("rgb", None)
                self._set(state, op.islower(), "rgb")
            elif op in ("k", "K"):
                self._use("cmyk", None)
                self._set(state, op.islower(), "cmyk")
                self._ink(sum(float(v) for v in operands) * 100, None)
            elif op in ("g", "G"):
                self._set(state, op.islower(), "gray")
            elif op in ("cs", "CS") and operands:
                kind = _colour_space(operands[0], resources)
                self._set(state, op == "cs", kind)
                self._use(kind, None)
            elif op in ("sc", "scn", "SC", "SCN"):
                kind = state.fill if op.islower() else state.stroke
                nums = [float(v) for v in operands if isinstance(v, int | float) or _is_num(v)]
                if kind in ("cmyk", "icc-cmyk") and len(nums) == 4:
                    self._ink(sum(nums) * 100, None)
            elif op == "Do" and operands:
                self._do(operands[0], resources, state.ctm, depth)
            elif op == "INLINE IMAGE" and operands:
                self._inline(operands[0], resources, state.ctm)
            elif op == "sh" and operands:
                self._shading(operands[0], resources)
        if isinstance(resources, pikepdf.Dictionary):
            self._patterns(resources, depth)

    @staticmethod
    def _set(state: _State, fill: bool, kind: str) -> None:
        if fill:
            state.fill = kind
        else:
            state.stroke = kind

    def _use(self, kind: str, box: tuple[float, float, float, float] | None) -> None:
        self.colour_uses.setdefault(kind, []).append(box)

    def _ink(self, total: float, box: tuple[float, float, float, float] | None) -> None:
        if total > self.max_ink:
            self.max_ink, self.ink_box = total, box

    def _page_box(self, ctm: Matrix) -> tuple[float, float, float, float]:
        corners = [(x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5])
                   for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        ox, top = self.origin
        return min(xs) - ox, top - max(ys), max(xs) - min(xs), max(ys) - min(ys)

    def _do(self, name: object, resources: object, ctm: Matrix, depth: int) -> None:
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        obj = xobjects.get(str(name)) if isinstance(xobjects, pikepdf.Dictionary) else None
        if not isinstance(obj, pikepdf.Stream):
            return
        subtype = obj.get("/Subtype")
        if subtype == "/Image":
            self._image(obj, resources, ctm)
        elif subtype == "/Form":
            try:
                inner = pikepdf.parse_content_stream(obj)
            except pikepdf.PdfError:
                return
            form_ctm = _mul(_matrix(obj.get("/Matrix", IDENTITY)), ctm)
            self._walk(inner, obj.get("/Resources", resources), form_ctm, depth + 1)

    def _image(self, obj: pikepdf.Stream, resources: object, ctm: Matrix) -> None:
        if obj.get("/ImageMask", False):
            return
        box = self._page_box(ctm)
        kind = _colour_space(obj.get("/ColorSpace", pikepdf.Name.DeviceGray), resources)
        self._use(kind, box)
        width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
        drawn_w = math.hypot(ctm[0], ctm[1]) / 72
        drawn_h = math.hypot(ctm[2], ctm[3]) / 72
        if width and height and drawn_w * 72 >= 3 and drawn_h * 72 >= 3:
            ppi = min(width / drawn_w, height / drawn_h)
            self.images.append((str(obj.objgen), ppi, box))
        if kind in ("cmyk", "icc-cmyk"):
            self._ink(self._image_max_ink(obj), box)

    def _image_max_ink(self, obj: pikepdf.Stream) -> float:
        key = obj.objgen
        if key not in self._image_ink:
            self._image_ink[key] = image_max_ink(obj)
        return self._image_ink[key]

    def _inline(self, inline: object, resources: object, ctm: Matrix) -> None:
        try:
            obj = inline.obj  # type: ignore[attr-defined]
            kind = _colour_space(obj.get("/CS", obj.get("/ColorSpace", pikepdf.Name.DeviceGray)),
                                 resources)
        except (AttributeError, pikepdf.PdfError):
            return
        self._use(kind, self._page_box(ctm))

    def _shading(self, name: object, resources: object) -> None:
        shadings = resources.get("/Shading") if isinstance(resources, pikepdf.Dictionary) else None
        obj = shadings.get(str(name)) if isinstance(shadings, pikepdf.Dictionary) else None
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            self._use(_colour_space(obj.get("/ColorSpace"), resources), None)

    def _patterns(self, resources: pikepdf.Dictionary, depth: int) -> None:
        patterns = resources.get("/Pattern")
        if not isinstance(patterns, pikepdf.Dictionary):
            return
        for _, pattern in patterns.items():
            if isinstance(pattern, pikepdf.Stream) and pattern.get("/PatternType") == 1:
                try:
                    inner = pikepdf.parse_content_stream(pattern)
                except pikepdf.PdfError:
                    continue
                self._walk(inner, pattern.get("/Resources"), _matrix(pattern.get("/Matrix", IDENTITY)),
                           depth + 1)
            elif isinstance(pattern, pikepdf.Dictionary) and "/Shading" in pattern:
                shading = pattern.Shading
                self._use(_colour_space(shading.get("/ColorSpace"), resources), None)

    def _fonts(self, resources: pikepdf.Dictionary) -> None:
        fonts = resources.get("/Font")
        if not isinstance(fonts, pikepdf.Dictionary):
            return
        for _, font in fonts.items():
            if not isinstance(font, pikepdf.Dictionary) or font.objgen in self._seen_fonts:
                continue
            if font.objgen != (0, 0):
                self._seen_fonts.add(font.objgen)
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            subtype = font.get("/Subtype")
            if subtype == "/Type3":
                continue                    # glyphs drawn as PDF paths: nothing to embed
            descriptor_owner: pikepdf.Object = font
            if subtype == "/Type0":
                descendants = font.get("/DescendantFonts")
                if isinstance(descendants, pikepdf.Array) and len(descendants):
                    descriptor_owner = descendants[0]
            descriptor = descriptor_owner.get("/FontDescriptor")
            embedded = isinstance(descriptor, pikepdf.Dictionary) and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            if not embedded:
                self.fonts[name] = "missing"

    # -- results

    def findings(self, number: int) -> Iterator[Finding]:
        for name in sorted(self.fonts):
            yield _finding(
                "pdf.font_not_embedded", "error",
                f"Die Schrift „{name}“ auf Seite {number} ist nicht eingebettet; die Druckerei "
                "ersetzt sie womöglich. Beim Export Schriften einbetten oder in Pfade umwandeln.",
                f"The font “{name}” on page {number} is not embedded; the print shop may "
                "substitute it. Embed fonts or convert text to outlines when exporting.", number)
        yield from self._colour_findings(number)
        error_ppi = self.target.ppi_error if self.target else PPI_ERROR
        warn_ppi = self.target.ppi_warning if self.target else PPI_WARNING
        for _, ppi, box in self.images:
            if ppi < error_ppi:
                yield _finding(
                    "pdf.low_resolution", "error",
                    f"Ein Bild auf Seite {number} hat nur {ppi:.0f} ppi; für den Druck sind "
                    f"mindestens {error_ppi:.0f} ppi nötig (besser 300).",
                    f"An image on page {number} has only {ppi:.0f} ppi; print needs at least "
                    f"{error_ppi:.0f} ppi (300 is best).", number, box)
            elif ppi < warn_ppi:
                yield _finding(
                    "pdf.marginal_resolution", "warning",
                    f"Ein Bild auf Seite {number} hat {ppi:.0f} ppi; ab {warn_ppi:.0f} ppi wird es "
                    "im Druck scharf (300 ideal).",
                    f"An image on page {number} has {ppi:.0f} ppi; it prints sharp from "
                    f"{warn_ppi:.0f} ppi (300 ideal).", number, box)
        limit = self.target.max_ink if self.target else 300.0
        if self.max_ink > limit + 0.5:
            yield _finding(
                "pdf.ink_coverage", "error",
                f"Auf Seite {number} liegen bis zu {self.max_ink:.0f} % Farbe übereinander, "
                f"erlaubt sind {limit:.0f} %; mit dem Druckprofil neu exportieren (die Farben "
                "werden dann begrenzt).",
                f"Page {number} has up to {self.max_ink:.0f} % total ink, {limit:.0f} % are "
                "allowed; export again with the print preset, which limits the ink.",
                number, self.ink_box)

    def _colour_findings(self, number: int) -> Iterator[Finding]:
        target = self.target
        for kind in ("rgb", "icc-rgb"):
            uses = self.colour_uses.get(kind)
            if not uses:
                continue
            boxes = [b for b in uses if b is not None]
            box = _union(boxes) if boxes and len(boxes) == len(uses) else None
            device = kind == "rgb"
            label = "DeviceRGB" if device else "ICC-basiertes RGB"
            label_en = "DeviceRGB" if device else "ICC-based RGB"
            severity: Severity
            if target is None:
                severity = "info"
                why_de = "die Druckerei rechnet sie in CMYK um, Farben können sich ändern"
                why_en = "the print shop converts them to CMYK and colours may shift"
            elif target.color == "cmyk":
                severity = "error" if device else "warning"
                why_de = f"das Profil „{target.name or target.id}“ verlangt CMYK"
                why_en = f"the preset “{target.name or target.id}” requires CMYK"
            elif target.pdfx and device:
                severity = "error"
                why_de = "PDF/X-4 erlaubt geräteabhängiges RGB nur mit passendem Output Intent"
                why_en = "PDF/X-4 allows device RGB only with a matching output intent"
            else:
                continue
            yield _finding(
                "pdf.color_space", severity,
                f"Seite {number} enthält {label}-Farben ({len(uses)}×); {why_de}.",
                f"Page {number} uses {label_en} colours ({len(uses)}×); {why_en}.", number, box)


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


def _is_num(value: object) -> bool:
    try:
        float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return not isinstance(value, pikepdf.Name)


def _colour_space(value: object, resources: object, depth: int = 0) -> str:
    """rgb, cmyk, gray, icc-rgb, icc-cmyk, icc-gray, pattern, spot or other."""
    if depth > 4 or value is None:
        return "other"
    if isinstance(value, pikepdf.Name):
        direct = {"/DeviceRGB": "rgb", "/DeviceCMYK": "cmyk", "/DeviceGray": "gray",
                  "/CalRGB": "icc-rgb", "/CalGray": "icc-gray", "/Lab": "icc-rgb",
                  "/Pattern": "pattern", "/RGB": "rgb", "/CMYK": "cmyk", "/G": "gray"}
        if str(value) in direct:
            return direct[str(value)]
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        if isinstance(spaces, pikepdf.Dictionary) and value in spaces:
            return _colour_space(spaces[value], resources, depth + 1)
        return "other"
    if isinstance(value, pikepdf.Array) and len(value):
        family = str(value[0])
        if family == "/ICCBased" and len(value) > 1:
            n = int(value[1].get("/N", 3))
            return {1: "icc-gray", 3: "icc-rgb", 4: "icc-cmyk"}.get(n, "other")
        if family in ("/Indexed", "/I") and len(value) > 1:
            return _colour_space(value[1], resources, depth + 1)
        if family in ("/Separation", "/DeviceN"):
            return "spot"
        if family == "/Pattern":
            return "pattern"
        return _colour_space(value[0], resources, depth + 1)
    return "other"
