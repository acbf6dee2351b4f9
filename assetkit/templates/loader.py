"""Load and validate template folders (``template.toml`` + SVG) into :class:`Template` values.

Every problem raises :class:`ManifestError` naming the file and the key, so a template author
can fix it without reading code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

from lxml import etree

from assetkit.errors import ManifestError, SvgError
from assetkit.safeload import read_toml
from assetkit.svgsafe import load_svg
from assetkit.templates.model import (
    HANGS,
    QR_COLORS,
    ROLES,
    Flow,
    Hang,
    ImageField,
    Label,
    LogoSlot,
    OfficeLogoSlot,
    Page,
    QrSlot,
    Rect,
    Template,
    TextField,
    infer_role,
)

MANIFEST = "template.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_IDENTITY = re.compile(r"^\s*(translate\(\s*0(\s*[, ]\s*0)?\s*\))?\s*$")
T = TypeVar("T")

_TOP_KEYS = {"template", "page", "text", "image", "logo", "office_logo", "sample", "flow", "qr"}
_TEMPLATE_KEYS = {"id", "name", "description", "category", "family", "version", "svg", "tags",
                  "locked", "continuation", "continues", "reading_order", "sides"}
_PAGE_KEYS = {"unit", "width", "height", "bleed", "safe", "safe_zone", "folds", "min_ppi",
              "hidden_bottom"}
_TEXT_KEYS = {"id", "label", "element", "default", "font", "size", "line_height", "max_lines",
              "align", "valign", "color", "hyphenate", "balance", "tracking", "uppercase", "multiline",
              "required", "kind", "choices", "bind", "help", "grow_lines", "role",
              "size_group", "hang", "paragraph_space"}
_FLOW_KEYS = {"fields", "anchor", "grow", "move", "stretch", "shrink"}
_IMAGE_KEYS = {"id", "label", "element", "fit", "focal", "required", "placeholder",
               "corner_radius"}
_LOGO_KEYS = {"element", "layout", "variant", "align", "valign", "min_width"}
_OFFICE_LOGO_KEYS = {"element", "align"}
_QR_KEYS = {"element", "field", "color"}


class _Ctx:
    """Carries the manifest path so every error can name it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> ManifestError:
        return ManifestError(self.path, key, problem)

    def keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(f"{where}.{key}" if where else key, "ist unbekannt")

    def get(self, table: dict[str, Any], key: str, kind: type[T] | tuple[type, ...],
            where: str, default: Any = ...) -> Any:
        if key not in table:
            if default is ...:
                raise self.fail(f"{where}.{key}", "fehlt")
            return default
        value = table[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(f"{where}.{key}", "muss eine Zahl sein")
        if not isinstance(value, kind):
            names = {str: "Text", int: "eine ganze Zahl", float: "eine Zahl", bool: "true/false",
                     list: "eine Liste", dict: "eine Tabelle"}
            want = names.get(kind, "eine Zahl") if isinstance(kind, type) else "eine Zahl"
            raise self.fail(f"{where}.{key}", f"muss {want} sein")
        return value

    def choice(self, table: dict[str, Any], key: str, options: tuple[str, ...], where: str,
               default: str) -> str:
        value = self.get(table, key, str, where, default)
        if value not in options:
            raise self.fail(f"{where}.{key}", f"muss einer dieser Werte sein: {', '.join(options)}")
        return str(value)

    def label(self, table: dict[str, Any], key: str, where: str, default: str | None = None) -> Label:
        value = table.get(key)
        if value is None:
            if default is None:
                raise self.fail(f"{where}.{key}", "fehlt")
            return Label(default, default)
        if isinstance(value, str):
            return Label(value, value)
        if isinstance(value, dict) and isinstance(value.get("de"), str):
            return Label(value["de"], str(value.get("en", value["de"])))
        raise self.fail(f"{where}.{key}", "braucht Text oder {{ de = …, en = … }}")


def load_template(folder: Path, manifest: str = MANIFEST) -> Template:
    """Load one template folder (or its continuation page's ``manifest``); raises
    ManifestError or SvgError with a clear sentence."""
    path = folder / manifest
    ctx = _Ctx(path)
    data = read_toml(path, what="die Datei",
                     error=lambda problem: ManifestError(path, "template.toml", problem))
    ctx.keys(data, _TOP_KEYS, "")

    meta = ctx.get(data, "template", dict, "", ...)
    ctx.keys(meta, _TEMPLATE_KEYS, "template")
    template_id = ctx.get(meta, "id", str, "template")
    if not _ID.match(template_id):
        raise ctx.fail("template.id", "nur Kleinbuchstaben, Ziffern, - und _")
    category = ctx.choice(meta, "category", ("print", "social", "office"), "template", "print")
    svg_name = ctx.get(meta, "svg", str, "template", "template.svg")
    svg_path = folder / svg_name
    if not svg_path.is_file():
        raise ctx.fail("template.svg", f"die Datei {svg_name} fehlt")
    try:
        svg_tree = load_svg(svg_path)
    except SvgError as exc:
        raise ctx.fail("template.svg", exc.message) from None
    rects = _SlotFinder(svg_tree.getroot(), ctx)

    page = _page(ctx, ctx.get(data, "page", dict, ""))
    page = _folds(ctx, data["page"], page)
    texts = tuple(_text(ctx, spec, i, rects, page)
                  for i, spec in enumerate(_array(ctx, data, "text")))
    images = tuple(_image(ctx, spec, i, rects) for i, spec in enumerate(_array(ctx, data, "image")))
    logos = tuple(_logo(ctx, spec, i, rects) for i, spec in enumerate(_array(ctx, data, "logo")))
    office_logo = None
    if "office_logo" in data:
        spec = ctx.get(data, "office_logo", dict, "")
        ctx.keys(spec, _OFFICE_LOGO_KEYS, "office_logo")
        element = ctx.get(spec, "element", str, "office_logo")
        office_logo = OfficeLogoSlot(
            element=element, box=rects.rect(element, "office_logo.element"),
            align=ctx.choice(spec, "align", ("left", "center", "right"), "office_logo", "right"),  # type: ignore[arg-type]
        )
    qr_codes = tuple(_qr(ctx, spec, i, rects, texts) for i, spec in enumerate(_array(ctx, data, "qr")))
    ids = [f.id for f in texts] + [f.id for f in images]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ctx.fail("text/image.id", f"doppelt vergeben: {', '.join(sorted(duplicates))}")
    locked = ctx.get(meta, "locked", list, "template", [])
    for name in locked:
        if not isinstance(name, str) or rects.find(name) is None:
            raise ctx.fail("template.locked", f"das Element „{name}“ gibt es im SVG nicht")
    sample = ctx.get(data, "sample", dict, "", {})
    for key, value in sample.items():
        if key not in ids or not isinstance(value, str):
            raise ctx.fail(f"sample.{key}", "muss Text für ein vorhandenes Textfeld sein")
    tags = ctx.get(meta, "tags", list, "template", [])
    flows = tuple(_flow(ctx, spec, i, texts, images, rects)
                  for i, spec in enumerate(_array(ctx, data, "flow")))
    reading_order = ctx.get(meta, "reading_order", list, "template", [])
    if any(item not in {*ids, "logo"} for item in reading_order):
        raise ctx.fail("template.reading_order", "nennt Felder der Vorlage oder „logo“")
    continuation, continues = None, None
    if "continuation" in meta:
        name = ctx.get(meta, "continuation", str, "template")
        if manifest != MANIFEST or "/" in name or "\\" in name or name == MANIFEST:
            raise ctx.fail("template.continuation", "muss eine weitere .toml-Datei im Ordner sein")
        continuation = load_template(folder, name)
        continues = ctx.get(meta, "continues", str, "template")
        if continues not in {f.id for f in texts} or continuation.text_field(continues) is None:
            raise ctx.fail("template.continues",
                           "muss ein Textfeld der Vorlage und ihrer Folgeseite sein")
    sides = []
    for name in ctx.get(meta, "sides", list, "template", []):
        if manifest != MANIFEST or not isinstance(name, str) or "/" in name or "\\" in name \
                or name == MANIFEST:
            raise ctx.fail("template.sides", "nennt weitere .toml-Dateien im Ordner")
        side = load_template(folder, name)
        if side.sides or side.continuation is not None:
            raise ctx.fail("template.sides", f"die Seite {name} hat selbst weitere Seiten")
        if (side.page.unit, side.page.width, side.page.height) != \
                (page.unit, page.width, page.height):
            raise ctx.fail("template.sides", f"die Seite {name} hat ein anderes Format")
        sides.append(side)
    if sides and continuation is not None:
        raise ctx.fail("template.sides", "eine Vorlage hat Seiten oder Folgeseiten, nicht beides")
    return Template(
        id=template_id,
        name=ctx.label(meta, "name", "template"),
        description=ctx.label(meta, "description", "template", ""),
        category=category,  # type: ignore[arg-type]
        family=ctx.get(meta, "family", str, "template", template_id),
        version=ctx.get(meta, "version", int, "template", 1),
        folder=folder,
        svg_path=svg_path,
        page=page,
        text_fields=texts,
        image_fields=images,
        logos=logos,
        office_logo=office_logo,
        locked=tuple(locked),
        tags=tuple(str(t) for t in tags),
        sample=dict(sample),
        flows=flows,
        continuation=continuation,
        continues=continues,
        reading_order=tuple(str(item) for item in reading_order),
        qr_codes=qr_codes,
        sides=tuple(sides),
    )


def _qr(ctx: _Ctx, spec: dict[str, Any], index: int, rects: _SlotFinder,
        texts: tuple[TextField, ...]) -> QrSlot:
    where = f"qr[{index}]"
    ctx.keys(spec, _QR_KEYS, where)
    element = ctx.get(spec, "element", str, where)
    field = ctx.get(spec, "field", str, where)
    if field not in {f.id for f in texts}:
        raise ctx.fail(f"{where}.field", "braucht die Id eines Textfeldes (der Inhalt des Codes)")
    return QrSlot(element=element, box=rects.rect(element, f"{where}.element"), field=field,
                  color=ctx.choice(spec, "color", QR_COLORS, where, "nachtblau"))


def _flow(ctx: _Ctx, spec: dict[str, Any], index: int, texts: tuple[TextField, ...],
          images: tuple[ImageField, ...], rects: _SlotFinder) -> Flow:
    where = f"flow[{index}]"
    ctx.keys(spec, _FLOW_KEYS, where)
    text_ids = {f.id for f in texts}
    fields = ctx.get(spec, "fields", list, where)
    if not fields or any(f not in text_ids for f in fields):
        raise ctx.fail(f"{where}.fields", "braucht Ids vorhandener Textfelder")
    move = ctx.get(spec, "move", list, where, [])
    for name in move:
        if not isinstance(name, str) or rects.find(name) is None:
            raise ctx.fail(f"{where}.move", f"das Element „{name}“ gibt es im SVG nicht")
    stretch = ctx.get(spec, "stretch", list, where, [])
    for name in stretch:
        if not isinstance(name, str) or rects.find(name) is None:
            raise ctx.fail(f"{where}.stretch", f"das Element „{name}“ gibt es im SVG nicht")
    anchor = ctx.choice(spec, "anchor", ("top", "bottom"), where, "bottom")
    follow = []
    for name in stretch:
        card = rects.rect(name, f"{where}.stretch")
        inside = [f for f in texts if f.id in fields and _inside(f.box, card)]
        if inside:
            outer = (min(inside, key=lambda f: f.box.y) if anchor == "bottom"
                     else max(inside, key=lambda f: f.box.bottom))
            follow.append((name, outer.id))
    shrink = ctx.get(spec, "shrink", list, where, [])
    if any(s not in {f.id for f in images} for s in shrink):
        raise ctx.fail(f"{where}.shrink", "braucht Ids vorhandener Bildfelder")
    return Flow(fields=tuple(fields), anchor=anchor,  # type: ignore[arg-type]
                grow=_number(ctx, spec, "grow", where, 0.0),
                move=tuple(move), stretch=tuple(stretch), shrink=tuple(shrink),
                follow=tuple(follow))


def _inside(box: Rect, outer: Rect, tolerance: float = 1e-6) -> bool:
    return (outer.x - tolerance <= box.x and box.right <= outer.right + tolerance
            and outer.y - tolerance <= box.y and box.bottom <= outer.bottom + tolerance)


def _array(ctx: _Ctx, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ctx.fail(key, f"muss eine Liste von Tabellen sein ([[{key}]])")
    return value


def _number(ctx: _Ctx, table: dict[str, Any], key: str, where: str, default: Any = ...,
            positive: bool = False) -> Any:
    value = ctx.get(table, key, (int, float), where, default)
    if value is None:
        return value
    if positive and value <= 0:
        raise ctx.fail(f"{where}.{key}", "muss größer als 0 sein")
    return float(value)


def _page(ctx: _Ctx, spec: dict[str, Any]) -> Page:
    ctx.keys(spec, _PAGE_KEYS, "page")
    unit = ctx.choice(spec, "unit", ("mm", "px"), "page", "mm")
    width = _number(ctx, spec, "width", "page", positive=True)
    height = _number(ctx, spec, "height", "page", positive=True)
    bleed = _number(ctx, spec, "bleed", "page", 0.0)
    if bleed < 0 or bleed > min(width, height) / 4:
        raise ctx.fail("page.bleed", "liegt außerhalb des sinnvollen Bereichs")
    safe: Rect | None = None
    if "safe" in spec:
        margin = _number(ctx, spec, "safe", "page")
        if margin < 0 or 2 * margin >= min(width, height):
            raise ctx.fail("page.safe", "der Sicherheitsabstand ist zu groß")
        safe = Rect(0, 0, width, height).inset(margin)
    if "safe_zone" in spec:
        zone = ctx.get(spec, "safe_zone", list, "page")
        if len(zone) != 4 or not all(isinstance(v, int | float) for v in zone):
            raise ctx.fail("page.safe_zone", "braucht [x, y, Breite, Höhe]")
        safe = Rect(*(float(v) for v in zone))
        if not Rect(0, 0, width, height).contains(safe):
            raise ctx.fail("page.safe_zone", "liegt nicht innerhalb der Seite")
    min_ppi = _number(ctx, spec, "min_ppi", "page", None, positive=True)
    if min_ppi is not None and (unit != "mm" or not 50 <= min_ppi <= 300):
        raise ctx.fail("page.min_ppi", "gilt nur für mm-Seiten und liegt zwischen 50 und 300")
    hidden = _number(ctx, spec, "hidden_bottom", "page", 0.0)
    if hidden and unit != "mm":
        raise ctx.fail("page.hidden_bottom", "gilt nur für Druckvorlagen in mm (der Fuß eines "
                       "Aufstellers verdeckt den unteren Rand des Drucks)")
    if not 0 <= hidden < height / 2:
        raise ctx.fail("page.hidden_bottom", "braucht die Höhe des verdeckten Streifens in mm ab "
                       "der Unterkante des Endformats, nicht negativ und unter der halben "
                       "Seitenhöhe")
    return Page(unit=unit, width=width, height=height, bleed=bleed, safe=safe,  # type: ignore[arg-type]
                min_ppi=min_ppi, hidden_bottom=hidden)


def _folds(ctx: _Ctx, spec: dict[str, Any], page: Page) -> Page:
    """``[page] folds = [97, 197]``: fold positions from the left trim, ascending, inside the
    page and at least 10 units apart."""
    folds = ctx.get(spec, "folds", list, "page", [])
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in folds):
        raise ctx.fail("page.folds", "braucht Zahlen (Falzpositionen vom linken Rand)")
    edges = [0.0, *folds, page.width]
    if any(b - a < 10 for a, b in zip(edges, edges[1:], strict=False)):
        raise ctx.fail("page.folds", "muss aufsteigend innerhalb der Seitenbreite liegen")
    return replace(page, folds=tuple(float(v) for v in folds)) if folds else page


def _text(ctx: _Ctx, spec: dict[str, Any], index: int, rects: _SlotFinder, page: Page) -> TextField:
    where = f"text[{index}]"
    ctx.keys(spec, _TEXT_KEYS, where)
    field_id = ctx.get(spec, "id", str, where)
    if not _ID.match(field_id):
        raise ctx.fail(f"{where}.id", "nur Kleinbuchstaben, Ziffern, - und _")
    where = f"text.{field_id}"
    element = ctx.get(spec, "element", str, where, field_id)
    size = ctx.get(spec, "size", (list, int, float), where)
    if isinstance(size, list):
        if len(size) != 2 or not all(isinstance(v, int | float) and v > 0 for v in size):
            raise ctx.fail(f"{where}.size", "braucht [kleinste, größte] Schriftgröße")
        size_min, size_max = float(min(size)), float(max(size))
    else:
        if size <= 0:
            raise ctx.fail(f"{where}.size", "muss größer als 0 sein")
        size_min = size_max = float(size)
    max_lines = ctx.get(spec, "max_lines", int, where, None)
    if max_lines is not None and max_lines < 1:
        raise ctx.fail(f"{where}.max_lines", "muss mindestens 1 sein")
    bind = ctx.get(spec, "bind", str, where, None)
    if bind is not None and not _valid_bind(bind):
        raise ctx.fail(f"{where}.bind", "braucht „office.<feld>“ oder Text mit „{office.<feld>}“")
    choices = ctx.get(spec, "choices", list, where, [])
    kind = ctx.choice(spec, "kind", ("text", "date", "time", "choice"), where, "text")
    role = ctx.choice(spec, "role", ROLES, where, infer_role(field_id, kind, bind))
    align = ctx.choice(spec, "align", ("left", "center", "right"), where, "left")
    hang = _hang(ctx, spec, where, align)
    return TextField(
        id=field_id,
        label=ctx.label(spec, "label", where),
        element=element,
        box=rects.rect(element, f"{where}.element"),
        default=ctx.get(spec, "default", str, where, ""),
        font=ctx.get(spec, "font", str, where, "body"),
        size_min=size_min,
        size_max=size_max,
        line_height=_number(ctx, spec, "line_height", where, 1.2, positive=True),
        max_lines=max_lines,
        align=align,  # type: ignore[arg-type]
        valign=ctx.choice(spec, "valign", ("top", "middle", "bottom"), where, "top"),  # type: ignore[arg-type]
        color=ctx.get(spec, "color", str, where, "schwarz"),
        hyphenate=ctx.get(spec, "hyphenate", bool, where, True),
        balance=ctx.get(spec, "balance", bool, where, False),
        tracking=_number(ctx, spec, "tracking", where, 0.0),
        uppercase=ctx.get(spec, "uppercase", bool, where, False),
        multiline=ctx.get(spec, "multiline", bool, where, False),
        required=ctx.get(spec, "required", bool, where, False),
        kind=kind,  # type: ignore[arg-type]
        choices=tuple(str(c) for c in choices),
        bind=bind,
        help=ctx.label(spec, "help", where, "") if "help" in spec else None,
        grow_lines=ctx.get(spec, "grow_lines", int, where, 0),
        role=role,  # type: ignore[arg-type]
        size_group=ctx.get(spec, "size_group", str, where, "") or None,
        hang=hang,
        paragraph_space=_paragraph_space(ctx, spec, where),
    )


#: The most ``paragraph_space`` a manifest may ask for, in lines: a larger gap reads as an
#: empty line, and an empty line is better typed.
MAX_PARAGRAPH_SPACE = 2.0


def _paragraph_space(ctx: _Ctx, spec: dict[str, Any], where: str) -> float:
    """``paragraph_space``: space after a paragraph (a typed line break), in lines."""
    value = _number(ctx, spec, "paragraph_space", where, 0.0)
    if not 0 <= value <= MAX_PARAGRAPH_SPACE:
        raise ctx.fail(f"{where}.paragraph_space",
                       f"muss zwischen 0 und {MAX_PARAGRAPH_SPACE:g} liegen: der Abstand nach "
                       "einem Absatz (einer getippten neuen Zeile) in Zeilen, als Vielfaches "
                       f"der Zeilenhöhe, z. B. 0.4 – nicht {value:g}")
    return float(value)


def _hang(ctx: _Ctx, spec: dict[str, Any], where: str, align: str) -> Hang:
    """``hang``: a programme's hanging indent; left-aligned text only."""
    hang = ctx.get(spec, "hang", str, where, "none")
    if hang not in HANGS:
        raise ctx.fail(f"{where}.hang", "muss „time“ (Programmpunkte in einer Spalte nach der "
                       "breitesten Uhrzeit), „time-own“ (jeder Punkt nach seiner eigenen "
                       f"Uhrzeit) oder „none“ sein, nicht „{hang}“")
    if hang != "none" and align != "left":
        raise ctx.fail(f"{where}.hang", "geht nur mit align = \"left\": die Uhrzeiten stehen "
                       "links, die Programmpunkte in einer Spalte daneben")
    return cast("Hang", hang)       # one of HANGS, checked above


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_OFFICE_KEY = re.compile(r"^office\.[a-z_]+$")


def _valid_bind(bind: str) -> bool:
    """``office.name``, or a pattern such as ``{office.name} · {office.address_line}``."""
    if "{" not in bind and "}" not in bind:
        return bool(_OFFICE_KEY.match(bind))
    keys = _PLACEHOLDER.findall(bind)
    rest = _PLACEHOLDER.sub("", bind)
    return bool(keys) and all(_OFFICE_KEY.match(k) for k in keys) and "{" not in rest \
        and "}" not in rest


def _image(ctx: _Ctx, spec: dict[str, Any], index: int, rects: _SlotFinder) -> ImageField:
    where = f"image[{index}]"
    ctx.keys(spec, _IMAGE_KEYS, where)
    field_id = ctx.get(spec, "id", str, where)
    if not _ID.match(field_id):
        raise ctx.fail(f"{where}.id", "nur Kleinbuchstaben, Ziffern, - und _")
    where = f"image.{field_id}"
    element = ctx.get(spec, "element", str, where, field_id)
    focal = ctx.get(spec, "focal", list, where, [0.5, 0.5])
    if len(focal) != 2 or not all(isinstance(v, int | float) and 0 <= v <= 1 for v in focal):
        raise ctx.fail(f"{where}.focal", "braucht [x, y] zwischen 0 und 1")
    return ImageField(
        id=field_id,
        label=ctx.label(spec, "label", where),
        element=element,
        box=rects.rect(element, f"{where}.element"),
        fit=ctx.choice(spec, "fit", ("cover", "contain"), where, "cover"),  # type: ignore[arg-type]
        focal=(float(focal[0]), float(focal[1])),
        required=ctx.get(spec, "required", bool, where, False),
        placeholder=ctx.get(spec, "placeholder", str, where, "mint"),
        corner_radius=_number(ctx, spec, "corner_radius", where, 0.0),
    )


def _logo(ctx: _Ctx, spec: dict[str, Any], index: int, rects: _SlotFinder) -> LogoSlot:
    where = f"logo[{index}]"
    ctx.keys(spec, _LOGO_KEYS, where)
    element = ctx.get(spec, "element", str, where, "logo")
    return LogoSlot(
        element=element,
        box=rects.rect(element, f"{where}.element"),
        layout=ctx.choice(spec, "layout", ("horizontal", "stacked"), where, "horizontal"),
        variant=ctx.choice(spec, "variant", ("color", "black", "white"), where, "color"),
        align=ctx.choice(spec, "align", ("left", "center", "right"), where, "left"),  # type: ignore[arg-type]
        valign=ctx.choice(spec, "valign", ("top", "middle", "bottom"), where, "top"),  # type: ignore[arg-type]
        min_width=_number(ctx, spec, "min_width", where, None),
    )


class _SlotFinder:
    """Finds slot rectangles by id and reads their untransformed geometry."""

    def __init__(self, root: etree._Element, ctx: _Ctx) -> None:
        self.root = root
        self.ctx = ctx
        self.by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}

    def find(self, element_id: str) -> etree._Element | None:
        return self.by_id.get(element_id)

    def rect(self, element_id: str, key: str) -> Rect:
        el = self.find(element_id)
        if el is None:
            raise self.ctx.fail(key, f"das SVG-Element „{element_id}“ gibt es nicht")
        if etree.QName(el.tag).localname != "rect":
            raise self.ctx.fail(key, f"„{element_id}“ muss ein <rect> sein")
        node: etree._Element | None = el
        while node is not None:
            if not _IDENTITY.match(node.get("transform", "")):
                raise self.ctx.fail(key, f"„{element_id}“ oder eine Gruppe darüber ist transformiert")
            node = node.getparent()
        values = []
        for attr in ("x", "y", "width", "height"):
            raw = el.get(attr, "0")
            try:
                values.append(float(raw))
            except ValueError:
                raise self.ctx.fail(key, f"„{element_id}“ hat kein gültiges {attr}") from None
        if values[2] <= 0 or values[3] <= 0:
            raise self.ctx.fail(key, f"„{element_id}“ hat keine Fläche")
        return Rect(*values)
