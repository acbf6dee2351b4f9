"""Compose: template + content + brand (+ office profile) → one self-contained SVG.

Text fields are laid out by ``assetkit.text`` and drawn as glyph outlines; photos are cropped
and resampled by ``assetkit.images`` and embedded as data URLs; the logo is inlined as vector
artwork. The result needs nothing but itself to render, on any machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import segno
from lxml import etree

from assetkit.brand import Brand, LogoVariant
from assetkit.compose import svgtools
from assetkit.compose.balance import balance_layout
from assetkit.compose.binding import profile_value
from assetkit.compose.covers import covers_over, text_shapes
from assetkit.compose.model import (
    ComposeOptions,
    Composition,
    Content,
    ImageChoice,
    Note,
    PlacedImage,
    PlacedLogo,
    PlacedQr,
    View,
)
from assetkit.compose.photos import photo_focal, placed_photo
from assetkit.errors import FieldError, ImageError, SvgError, number_de
from assetkit.images import load_image, to_data_uri
from assetkit.images.subject import Cover
from assetkit.office import OfficeProfile
from assetkit.svgsafe import load_svg, parse_svg
from assetkit.templates.model import (
    ImageField,
    LogoSlot,
    Page,
    QrSlot,
    Rect,
    Template,
    TextField,
)
from assetkit.text import (
    Box,
    FitSpec,
    TextLayout,
    TextStyle,
    layout_text,
    layout_to_svg,
    load_font,
)
from assetkit.text.nobreak import link_target
from assetkit.text.svg import marker_color, marker_to_svg
from assetkit.text.typography import german_typography

SCREEN_PX_PER_MM = 150 / 25.4
QUIET_ZONE = 4          # modules of white around a QR code (ISO/IEC 18004)


def compose(template: Template, content: Content, brand: Brand,
            office: OfficeProfile | None = None,
            options: ComposeOptions | None = None) -> Composition:
    """Bind ``content`` into ``template``; raises FieldError for undeclared fields."""
    options = options or ComposeOptions()
    _check_fields(template, content)
    content = side_content(template, content)
    root = _template_tree(template.svg_path)
    by_id = {node.get("id"): node for node in root.iter() if isinstance(node.tag, str) and node.get("id")}
    order = list(by_id)     # drawing order, before slots are replaced
    page = template.page
    bleed = min(options.bleed, page.bleed)
    view = View(-bleed, -bleed, page.width + 2 * bleed, page.height + 2 * bleed)
    _set_view(root, view, page.unit)
    notes: list[Note] = []

    texts: dict[str, str] = {}
    layouts: dict[str, TextLayout] = {}
    fills: dict[str, str] = {}
    markers: dict[str, str] = {}
    values = {f.id: _text_value(f, content, office) for f in template.text_fields}
    flowed = _flow(template, values, brand)
    drawn_texts: list[tuple[TextField, etree._Element]] = []
    for f in template.text_fields:
        value = values[f.id]
        texts[f.id] = value
        node = by_id[f.element]
        drawn = f
        f = flowed.fields.get(f.id, f)
        if f.id not in flowed.fields and flowed.moves.get(f.element):
            # A field outside the flow that travels with it (the office name beside the logo).
            f = replace(f, box=replace(f.box, y=f.box.y + flowed.moves[f.element]))
        if not value.strip():
            if f.required:
                notes.append(Note("text.missing",
                                  f"Das Pflichtfeld „{f.label.de}“ ist leer.", f.id, f.box))
            svgtools.replace(node, [])
            continue
        # A flow already laid out the fields it left where they were drawn.
        layouts[f.id] = (flowed.layouts.get(f.id) if f is drawn else None) or _layout(f, value, brand, page)
        drawn_texts.append((f, node))
    _same_size(drawn_texts, layouts, values, brand, page)
    for f, node in drawn_texts:
        layout = layouts[f.id]
        notes.extend(_text_notes(f, layout))
        fills[f.id] = brand.color(f.color).hex
        if options.text == "pdf":
            markers[f.id] = marker_color(len(markers))
            markup = marker_to_svg(layout, markers[f.id])
        else:
            markup = layout_to_svg(layout, fill=fills[f.id])
        elements = svgtools.fragment(markup)
        for element in elements:
            element.set("data-field", f.id)     # preflight and the GUI find a field's ink by this
        svgtools.replace(node, elements)

    px_per_unit = options.px_per_unit or (1.0 if page.unit == "px" else SCREEN_PX_PER_MM)
    images: dict[str, PlacedImage] = {}
    slots = {f.element for f in template.text_fields} | {s.element for s in template.logos}
    for element_id, dy in flowed.moves.items():
        node = by_id.get(element_id)
        if node is not None and dy and element_id not in slots:
            node.set("transform", f"translate(0 {dy:g}) {node.get('transform', '')}".strip())
    for element_id, grow in flowed.stretches.items():
        node = by_id.get(element_id)
        if node is not None and node.tag.endswith("rect") and grow:
            y, h = float(node.get("y", "0")), float(node.get("height", "0"))
            if grow < 0:        # the stack grows upwards: the top edge rises
                node.set("y", f"{y + grow:g}")
            node.set("height", f"{h + abs(grow):g}")
    # What is drawn over photos: worked out only when the page has a photo to place.
    shapes = _drawn_shapes(template, drawn_texts, layouts, flowed.moves, office, values) \
        if any(f.id in content.images for f in template.image_fields) else {}
    for image_field in template.image_fields:
        node = by_id[image_field.element]
        image_field = flowed.images.get(image_field.id, image_field)
        choice = content.images.get(image_field.id)
        if choice is None:
            if image_field.required:
                notes.append(Note("image.missing",
                                  f"Für „{image_field.label.de}“ ist noch kein Foto gewählt.",
                                  image_field.id, image_field.box))
            placeholder = _placeholder(image_field, brand) if options.placeholders else []
            svgtools.replace(node, placeholder)
            continue
        covers = covers_over(order, image_field.element, image_field.box, shapes, by_id)
        placed, elements, image_notes = _image(image_field, choice, px_per_unit, options,
                                               template, covers)
        images[image_field.id] = placed
        notes.extend(image_notes)
        svgtools.replace(node, elements)

    logos: list[PlacedLogo] = []
    for i, slot in enumerate(template.logos):
        if flowed.moves.get(slot.element):
            slot = replace(slot, box=replace(slot.box, y=slot.box.y + flowed.moves[slot.element]))
        placed_logo, elements, logo_notes = _logo(slot, brand, template, i)
        logos.append(placed_logo)
        notes.extend(logo_notes)
        svgtools.replace(by_id[slot.element], elements)

    if template.office_logo is not None:
        slot_node = by_id[template.office_logo.element]
        elements = []
        if office is not None and office.logo is not None:
            try:
                elements = _office_logo(office.logo, template.office_logo.box,
                                        template.office_logo.align)
            except (SvgError, ImageError) as exc:
                # Left out of the page, and said so: preflight judges it (office.logo_unusable).
                notes.append(Note("office.logo_unusable",
                                  f"{exc.message.rstrip('.')}; das Logo der Dienststelle "
                                  "fehlt deshalb auf der Seite.", None,
                                  template.office_logo.box, str(office.logo)))
        svgtools.replace(slot_node, elements)

    qr_codes = []
    for qr in template.qr_codes:
        placed_qr, elements = _qr(qr, values.get(qr.field, ""), brand)
        if placed_qr is not None:
            qr_codes.append(placed_qr)
        svgtools.replace(by_id[qr.element], elements)

    svg = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return Composition(template=template, svg=svg, view=view, texts=texts, text_layouts=layouts,
                       images=images, logos=tuple(logos), notes=tuple(notes),
                       text_fills=fills, text_markers=markers,
                       alt_texts={k: v for k, v in content.alt_texts.items() if v.strip()},
                       qr_codes=tuple(qr_codes),
                       spoken={f.id: _text_value(replace(f, uppercase=False), content, office)
                               for f in template.text_fields if f.uppercase})


@dataclass(frozen=True)
class _Flowed:
    fields: dict[str, TextField]        # text fields whose box or line count changed
    moves: dict[str, float]             # locked element id → vertical shift
    stretches: dict[str, float]         # locked <rect> id → growth at the stack's free edge
    images: dict[str, ImageField]       # image fields that gave way
    layouts: dict[str, TextLayout]      # layouts of flow fields that stay in their drawn box


def _flow(template: Template, values: dict[str, str], brand: Brand) -> _Flowed:
    """Let the template's flows give way: fields that overflow grow by whole lines (up to
    their ``grow_lines``). The room comes first from fields of the same flow that leave part of
    their box empty (a two-line headline in a three-line box), then from the flow's ``grow``:
    the stack extends towards its free edge, the locked elements named by the flow move along
    and photos give up the room. Nothing changes for text that fits its boxes, so sample copy
    keeps the drawn design exactly."""
    result = _Flowed({}, {}, {}, {}, {})
    page = template.page
    for flow in template.flows:
        fields = [f for fid in flow.fields if (f := template.text_field(fid)) is not None]
        own = {f.id: _layout(f, values[f.id], brand, page)
               for f in fields if values[f.id].strip()}
        result.layouts.update(own)
        if not any(lay.overflow for lay in own.values()):
            continue
        # Room the fields leave empty: part of a box, or the whole box of an empty field.
        slack = {f.id: (f.box.height if f.id not in own
                        else max(0.0, f.box.height - _used_height(own[f.id])))
                 for f in fields if f.id not in own or not own[f.id].overflow}
        # Last, text that fits may set smaller within its own size range (never below it).
        give = {}
        for f in fields:
            lay = own.get(f.id)
            if lay is None or lay.overflow or f.size_min >= f.size_max:
                continue
            smallest = replace(f, size_max=f.size_min)
            at_min = _layout(smallest, values[f.id], brand, page)
            if not at_min.overflow:
                give[f.id] = max(0.0, f.box.height - slack[f.id] - _used_height(at_min))
        budget = flow.grow + sum(slack.values()) + sum(give.values())
        height = {f.id: f.box.height for f in fields}
        changed: dict[str, TextField] = {}
        growth = 0.0
        # When several fields need a line more, each takes only what its lines need at its
        # smallest size; a field alone may fill its drawn box at a larger size.
        alone = sum(1 for lay in own.values() if lay.overflow) == 1
        for f in fields:
            lay = own.get(f.id)
            if lay is None or not lay.overflow or f.grow_lines <= 0 or f.max_lines is None:
                continue
            for extra in range(1, f.grow_lines + 1):
                lines = f.max_lines + extra
                tall = _block_height(f, lines, brand, page, values[f.id])
                if alone:
                    tall = max(f.box.height, tall)
                if tall - f.box.height > budget - growth + 1e-9:
                    break
                candidate = replace(f, max_lines=lines, box=replace(f.box, height=tall))
                grown = _layout(candidate, values[f.id], brand, page)
                if not grown.overflow:
                    # A grown field keeps only the room its lines take: a headline in a
                    # line more at a smaller size may need less than its drawn box.
                    height[f.id] = min(tall, _used_height(grown))
                    growth += height[f.id] - f.box.height
                    changed[f.id] = candidate
                    break
        if not changed:
            continue
        donors = {f.id: f for f in fields}
        # Empty room in the other boxes first; beyond the flow's own room, the fields that
        # may set smaller give the rest.
        extend = max(0.0, growth - _take(slack, max(0.0, growth), height, changed, donors))
        extend -= _take(give, max(0.0, extend - flow.grow), height, changed, donors)
        # Restack from the anchored end, keeping the drawn gaps between the boxes.
        order = fields if flow.anchor == "top" else list(reversed(fields))
        edge = order[0].box.y if flow.anchor == "top" else order[0].box.bottom
        for n, f in enumerate(order):
            if n:
                prev = order[n - 1]
                gap = (f.box.y - prev.box.bottom if flow.anchor == "top"
                       else prev.box.y - f.box.bottom)
                edge += gap if flow.anchor == "top" else -gap
            y = edge if flow.anchor == "top" else edge - height[f.id]
            base = changed.get(f.id, f)
            if abs(y - f.box.y) > 1e-9 or abs(height[f.id] - f.box.height) > 1e-9:
                result.fields[f.id] = replace(base, box=replace(base.box, y=y,
                                                                height=height[f.id]))
                result.layouts.pop(f.id, None)
            edge = y + height[f.id] if flow.anchor == "top" else y
        sign = 1.0 if flow.anchor == "top" else -1.0
        for element in flow.move:
            result.moves[element] = result.moves.get(element, 0.0) + sign * extend
        follows = dict(flow.follow)
        for element in flow.stretch:
            grow = sign * extend
            if element in follows:      # a card around some fields follows the outermost one
                f = donors[follows[element]]
                moved = result.fields.get(f.id, f).box
                grow = moved.y - f.box.y if flow.anchor == "bottom" else moved.bottom - f.box.bottom
            result.stretches[element] = result.stretches.get(element, 0.0) + grow
        for image_id in flow.shrink:
            im = result.images.get(image_id) or template.image_field(image_id)
            assert im is not None
            b = im.box
            box = (replace(b, height=max(1.0, b.height - extend)) if flow.anchor == "bottom"
                   else replace(b, y=b.y + extend, height=max(1.0, b.height - extend)))
            result.images[image_id] = replace(im, box=box)
    return result


def _take(rooms: dict[str, float], amount: float, height: dict[str, float],
          changed: dict[str, TextField], fields: dict[str, TextField]) -> float:
    """Shrink the boxes in ``rooms`` (the biggest room first) by up to ``amount`` in all;
    returns how much they gave."""
    taken = 0.0
    for fid, room in sorted(rooms.items(), key=lambda kv: -kv[1]):
        part = min(room, amount - taken)
        if part <= 0:
            break
        height[fid] -= part
        taken += part
        changed[fid] = fields[fid]
    return taken


def _block_height(f: TextField, lines: int, brand: Brand, page: Page, value: str = "") -> float:
    """Height of ``lines`` lines of ``f`` at its smallest size, with the paragraph space
    after each of ``value``'s typed line breaks that can fall among them."""
    font = load_font(brand.font(f.font))
    size = page.type_to_page(f.size_min)
    breaks = min(lines - 1, value.rstrip().count("\n")) if f.paragraph_space else 0
    return ((font.top - font.descender) * size / font.upem
            + (lines - 1 + breaks * f.paragraph_space) * size * f.line_height)


def _used_height(layout: TextLayout) -> float:
    """How tall the laid-out block is, from the box top to below the last line's descender."""
    if not layout.lines:
        return 0.0
    font = load_font(layout.style.font)
    depth = -font.descender * layout.size / font.upem
    top = layout.lines[0].baseline - layout.box.y
    if layout.style.valign != "top":
        top = font.top * layout.size / font.upem
    return top + (layout.lines[-1].baseline - layout.lines[0].baseline) + depth


def side_content(side: Template, content: Content) -> Content:
    """The part of ``content`` that one side shows (a content fills every side)."""
    texts = {f.id for f in side.text_fields}
    images = {f.id for f in side.image_fields}
    return Content(texts={k: v for k, v in content.texts.items() if k in texts},
                   images={k: v for k, v in content.images.items() if k in images},
                   alt_texts={k: v for k, v in content.alt_texts.items() if k in images})


def _check_fields(template: Template, content: Content) -> None:
    text_ids = {f.id for f in template.all_text_fields()}
    image_ids = {f.id for f in template.all_image_fields()}
    for key in content.texts:
        if key not in text_ids:
            hint = "ein Bildfeld" if key in image_ids else "kein Textfeld dieser Vorlage"
            raise FieldError(f"„{key}“ ist {hint} (Textfelder: {', '.join(sorted(text_ids))}).")
    for key in (*content.images, *content.alt_texts):
        if key not in image_ids:
            known = ", ".join(sorted(image_ids)) or "keine"
            raise FieldError(f"„{key}“ ist kein Bildfeld dieser Vorlage (Bildfelder: {known}).")


@lru_cache(maxsize=64)
def _parsed_template(path: Path, mtime_ns: int) -> etree._Element:
    return load_svg(path).getroot()


def _template_tree(path: Path) -> etree._Element:
    import copy

    return copy.deepcopy(_parsed_template(path, os.stat(path).st_mtime_ns))


def _set_view(root: etree._Element, view: View, unit: str) -> None:
    suffix = "mm" if unit == "mm" else ""
    root.set("width", f"{view.width:g}{suffix}")
    root.set("height", f"{view.height:g}{suffix}")
    root.set("viewBox", f"{view.x:g} {view.y:g} {view.width:g} {view.height:g}")


def _text_value(f: TextField, content: Content, office: OfficeProfile | None) -> str:
    if f.id in content.texts:
        value = content.texts[f.id]
    else:
        from_profile = profile_value(f, office)
        value = f.default if from_profile is None else from_profile
    value = german_typography(value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.upper() if f.uppercase else value


def _same_size(placed: list[tuple[TextField, etree._Element]], layouts: dict[str, TextLayout],
               values: dict[str, str], brand: Brand, page: Page) -> None:
    """Fields of one ``size_group`` (an information block, a footer's columns) are set in one
    size: the smallest any of them needs (never below a field's own range). A field that does
    not fit keeps its own layout."""
    groups: dict[str, list[TextField]] = {}
    for f, _ in placed:
        if f.size_group:
            groups.setdefault(f.size_group, []).append(f)
    for members in groups.values():
        fitting = [f for f in members if not layouts[f.id].overflow]
        if len(fitting) < 2:
            continue
        size = min(layouts[f.id].size for f in fitting) / page.type_to_page(1.0)
        for f in fitting:
            target = max(size, f.size_min)          # never below the field's own range
            if page.type_to_page(target) < layouts[f.id].size - 1e-9:
                layouts[f.id] = _layout(replace(f, size_max=target), values[f.id], brand, page)


def _layout(f: TextField, value: str, brand: Brand, page: Page) -> TextLayout:
    style = TextStyle(
        font=brand.font(f.font),
        size=page.type_to_page(f.size_max),
        line_height=f.line_height,
        tracking=f.tracking,
        align=f.align,
        valign=f.valign,
        hyphenate=f.hyphenate,
        hang=f.hang,
        paragraph_space=f.paragraph_space,
    )
    # Short fields (headlines, dates) rather shrink a little than break a word.
    short = f.max_lines is not None and f.max_lines <= 3
    fit = FitSpec(min_size=page.type_to_page(f.size_min), max_size=page.type_to_page(f.size_max),
                  max_lines=f.max_lines, avoid_hyphenation=short)
    box = Box(f.box.x, f.box.y, f.box.width, f.box.height)
    layout = layout_text(value, style, box, fit)
    if f.balance:
        layout = balance_layout(value, style, box, layout, f.max_lines)
    return layout


def _text_notes(f: TextField, layout: TextLayout) -> list[Note]:
    notes = []
    if layout.overflow:
        hidden = layout.hidden_text.strip()
        shown = (hidden[:40] + "…") if len(hidden) > 40 else hidden
        notes.append(Note("text.overflow",
                          f"Der Text in „{f.label.de}“ passt nicht in sein Feld; "
                          f"nicht angezeigt: „{shown}“.", f.id, f.box, hidden))
    if layout.forced_breaks:
        cut = next((line.text for line in layout.lines), "")
        notes.append(Note("text.word_split",
                          f"Ein Wort in „{f.label.de}“ ist breiter als das Feld und wird mitten "
                          "im Wort getrennt; kürzer formulieren.", f.id, f.box, cut))
    if layout.missing_chars:
        chars = " ".join(sorted(layout.missing_chars))[:40]
        notes.append(Note("text.missing_glyphs",
                          f"Die Schrift hat für diese Zeichen in „{f.label.de}“ keine Glyphen; "
                          f"sie werden weggelassen: {chars}", f.id, f.box, chars))
    return notes


def _placeholder(f: ImageField, brand: Brand) -> list[etree._Element]:
    color = brand.color(f.placeholder).hex if f.placeholder in brand.colors else "#CCCCCC"
    b = f.box
    return [svgtools.el("rect", x=b.x, y=b.y, width=b.width, height=b.height, fill=color,
                        rx=f.corner_radius or None, id=f"placeholder-{f.id}")]


def _drawn_shapes(template: Template, drawn: list[tuple[TextField, etree._Element]],
                  layouts: dict[str, TextLayout], moves: dict[str, float],
                  office: OfficeProfile | None,
                  values: dict[str, str]) -> dict[str, tuple[str, list[Rect]]]:
    """Element id → name and drawn rectangles of every text, logo and QR code on the page."""
    shapes = {f.element: (f"„{f.label.de}“", text_shapes(layouts[f.id])) for f, _ in drawn}
    for slot in template.logos:
        dy = moves.get(slot.element, 0.0)
        shapes[slot.element] = ("das Logo", [replace(slot.box, y=slot.box.y + dy)])
    for qr in template.qr_codes:
        if values.get(qr.field, "").strip():
            shapes[qr.element] = ("den QR-Code", [qr.box])
    own = template.office_logo
    if own is not None:
        shapes[own.element] = ("das Logo der Dienststelle",
                               [own.box] if office is not None and office.logo else [])
    return shapes


def _image(f: ImageField, choice: ImageChoice, px_per_unit: float, options: ComposeOptions,
           template: Template,
           covers: tuple[Cover, ...] = ()) -> tuple[PlacedImage, list[etree._Element], list[Note]]:
    b = f.box
    focal, faces = photo_focal(f, choice, covers)
    placed = placed_photo(f, replace(choice, focal=focal), px_per_unit, options)
    placement = placed.placement
    dx, dy, dw, dh = placement.draw_box
    node = svgtools.el("image", x=b.x + dx, y=b.y + dy, width=dw, height=dh,
                       preserveAspectRatio="none", href=placed.uri or None)
    elements: list[etree._Element] = [node]
    if f.corner_radius:
        clip_id = f"clip-{f.id}"
        clip = svgtools.el("clipPath", id=clip_id)
        clip.append(svgtools.el("rect", x=b.x, y=b.y, width=b.width, height=b.height,
                                rx=f.corner_radius))
        node.set("clip-path", f"url(#{clip_id})")
        elements.insert(0, clip)
    # Effective ppi and upscaling are facts of the placement (PlacedImage); preflight judges them.
    ppi = placement.effective_ppi(b.width) if template.page.unit == "mm" else None
    return PlacedImage(f.id, b, placement, placed.source_name, ppi, focal,
                       choice.focal is None, faces, covers), elements, []


def _logo(slot: LogoSlot, brand: Brand, template: Template,
          index: int) -> tuple[PlacedLogo, list[etree._Element], list[Note]]:
    logo: LogoVariant = brand.logo(slot.variant, slot.layout)
    b = slot.box
    scale = min(b.width / logo.width, b.height / logo.height)
    w, h = logo.width * scale, logo.height * scale
    x = b.x + {"left": 0.0, "center": (b.width - w) / 2, "right": b.width - w}[slot.align]
    y = b.y + {"top": 0.0, "middle": (b.height - h) / 2, "bottom": b.height - h}[slot.valign]
    minimum = slot.min_width or (logo.min_width_mm if template.page.unit == "mm" else logo.min_width_px)
    notes = []
    if w < minimum - 1e-6:
        notes.append(Note("logo.too_small",
                          f"Das Logo ist {number_de(w, template.page.unit)} breit, die "
                          f"Mindestbreite ist {number_de(minimum, template.page.unit)}.", None,
                          Rect(x, y, w, h)))
    source = parse_svg(logo.svg, logo.path.name).getroot()
    nested = svgtools.embed_svg(source, f"logo{index}-", x, y, w, h)
    nested.set("id", slot.element)
    return PlacedLogo(slot.element, Rect(x, y, w, h), slot.layout, slot.variant, minimum), [nested], notes


def _qr(slot: QrSlot, value: str, brand: Brand) -> tuple[PlacedQr | None, list[etree._Element]]:
    """The QR code of ``value`` as vector modules on white, with its quiet zone of four modules,
    centred in the slot; nothing for an empty value (preflight says so)."""
    text = " ".join(value.split())
    if not text:
        return None, []
    target = link_target(text) or text
    code = segno.make(target, error="m", micro=False)
    n = len(code.matrix)
    module = min(slot.box.width, slot.box.height) / (n + 2 * QUIET_ZONE)
    side = module * (n + 2 * QUIET_ZONE)
    x0 = slot.box.x + (slot.box.width - side) / 2
    y0 = slot.box.y + (slot.box.height - side) / 2
    runs = []
    for row, cells in enumerate(code.matrix):
        col = 0
        while col < n:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            runs.append(f"M{start} {row}h{col - start}v1h{start - col}z")
    inner = x0 + QUIET_ZONE * module, y0 + QUIET_ZONE * module
    group = svgtools.el("g", id=slot.element)
    group.append(svgtools.el("rect", x=f"{x0:.4f}", y=f"{y0:.4f}", width=f"{side:.4f}",
                             height=f"{side:.4f}", fill=brand.color("weiss").hex))
    group.append(svgtools.el("path", d="".join(runs), fill=brand.color(slot.color).hex,
                             transform=f"translate({inner[0]:.4f} {inner[1]:.4f}) "
                                       f"scale({module:.6f})"))
    placed = PlacedQr(slot.field, Rect(inner[0], inner[1], n * module, n * module), module, n,
                      target)
    return placed, [group]


def _office_logo(path: Path, box: Rect, align: str) -> list[etree._Element]:
    """The office's own logo in its slot; SvgError or ImageError when it cannot be used."""
    if path.suffix.lower() == ".svg":
        tree = load_svg(path)
        return [svgtools.embed_svg(tree.getroot(), "office-", box.x, box.y, box.width, box.height)]
    img = load_image(path).image
    scale = min(box.width / img.width, box.height / img.height)
    w, h = img.width * scale, img.height * scale
    x = box.x + {"left": 0.0, "center": (box.width - w) / 2, "right": box.width - w}.get(align, 0.0)
    return [svgtools.el("image", x=x, y=box.y + (box.height - h) / 2, width=w, height=h,
                        href=to_data_uri(img, fmt="png"), preserveAspectRatio="none")]
