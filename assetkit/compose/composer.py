"""Compose: template + content + brand (+ office profile) → one self-contained SVG.

Text fields are laid out by ``assetkit.text`` and drawn as glyph outlines; photos are cropped
and resampled by ``assetkit.images`` and embedded as data URLs; the logo is inlined as vector
artwork. The result needs nothing but itself to render, on any machine.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from lxml import etree

from assetkit.brand import Brand, LogoVariant
from assetkit.compose import svgtools
from assetkit.compose.balance import balance_layout
from assetkit.compose.binding import bound_value
from assetkit.compose.model import (
    ComposeOptions,
    Composition,
    Content,
    ImageChoice,
    Note,
    PlacedImage,
    PlacedLogo,
    View,
)
from assetkit.compose.photos import placed_photo
from assetkit.errors import FieldError, ImageError, SvgError
from assetkit.images import load_image, to_data_uri
from assetkit.office import OfficeProfile
from assetkit.svgsafe import load_svg, parse_svg
from assetkit.templates.model import ImageField, LogoSlot, Page, Rect, Template, TextField
from assetkit.text import Box, FitSpec, TextLayout, TextStyle, layout_text, layout_to_svg
from assetkit.text.svg import marker_color, marker_to_svg
from assetkit.text.typography import german_typography

SCREEN_PX_PER_MM = 150 / 25.4


def compose(template: Template, content: Content, brand: Brand,
            office: OfficeProfile | None = None,
            options: ComposeOptions | None = None) -> Composition:
    """Bind ``content`` into ``template``; raises FieldError for undeclared fields."""
    options = options or ComposeOptions()
    _check_fields(template, content)
    root = _template_tree(template.svg_path)
    by_id = {node.get("id"): node for node in root.iter() if isinstance(node.tag, str) and node.get("id")}
    page = template.page
    bleed = page.bleed if options.bleed else 0.0
    view = View(-bleed, -bleed, page.width + 2 * bleed, page.height + 2 * bleed)
    _set_view(root, view, page.unit)
    notes: list[Note] = []

    texts: dict[str, str] = {}
    layouts: dict[str, TextLayout] = {}
    fills: dict[str, str] = {}
    markers: dict[str, str] = {}
    for f in template.text_fields:
        value = _text_value(f, content, office)
        texts[f.id] = value
        node = by_id[f.element]
        if not value.strip():
            if f.required:
                notes.append(Note("text.missing",
                                  f"Das Pflichtfeld „{f.label.de}“ ist leer.", f.id, f.box))
            svgtools.replace(node, [])
            continue
        layout = _layout(f, value, brand, page)
        layouts[f.id] = layout
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
    for image_field in template.image_fields:
        node = by_id[image_field.element]
        choice = content.images.get(image_field.id)
        if choice is None:
            if image_field.required:
                notes.append(Note("image.missing",
                                  f"Für „{image_field.label.de}“ ist noch kein Foto gewählt.",
                                  image_field.id, image_field.box))
            placeholder = _placeholder(image_field, brand) if options.placeholders else []
            svgtools.replace(node, placeholder)
            continue
        placed, elements, image_notes = _image(image_field, choice, px_per_unit, options, template)
        images[image_field.id] = placed
        notes.extend(image_notes)
        svgtools.replace(node, elements)

    logos: list[PlacedLogo] = []
    for i, slot in enumerate(template.logos):
        placed_logo, elements, logo_notes = _logo(slot, brand, template, i)
        logos.append(placed_logo)
        notes.extend(logo_notes)
        svgtools.replace(by_id[slot.element], elements)

    if template.office_logo is not None:
        slot_node = by_id[template.office_logo.element]
        elements = []
        if office is not None and office.logo is not None:
            elements = _office_logo(office.logo, template.office_logo.box, template.office_logo.align)
        svgtools.replace(slot_node, elements)

    svg = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return Composition(template=template, svg=svg, view=view, texts=texts, text_layouts=layouts,
                       images=images, logos=tuple(logos), notes=tuple(notes),
                       text_fills=fills, text_markers=markers)


def _check_fields(template: Template, content: Content) -> None:
    text_ids = {f.id for f in template.text_fields}
    image_ids = {f.id for f in template.image_fields}
    for key in content.texts:
        if key not in text_ids:
            hint = "ein Bildfeld" if key in image_ids else "kein Textfeld dieser Vorlage"
            raise FieldError(f"„{key}“ ist {hint} (Textfelder: {', '.join(sorted(text_ids))}).")
    for key in content.images:
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
    elif f.bind and office is not None:
        value = bound_value(f.bind, office)
    else:
        value = f.default
    value = german_typography(value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.upper() if f.uppercase else value


def _layout(f: TextField, value: str, brand: Brand, page: Page) -> TextLayout:
    style = TextStyle(
        font=brand.font(f.font),
        size=page.type_to_page(f.size_max),
        line_height=f.line_height,
        tracking=f.tracking,
        align=f.align,
        valign=f.valign,
        hyphenate=f.hyphenate,
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


def _image(f: ImageField, choice: ImageChoice, px_per_unit: float, options: ComposeOptions,
           template: Template) -> tuple[PlacedImage, list[etree._Element], list[Note]]:
    b = f.box
    placed = placed_photo(f, choice, px_per_unit, options)
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
    return PlacedImage(f.id, b, placement, placed.source_name, ppi), elements, []


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
                          f"Das Logo ist {w:.1f} breit, die Mindestbreite ist {minimum:g} "
                          f"{template.page.unit}.", None, Rect(x, y, w, h)))
    source = parse_svg(logo.svg, logo.path.name).getroot()
    nested = svgtools.embed_svg(source, f"logo{index}-", x, y, w, h)
    nested.set("id", slot.element)
    return PlacedLogo(slot.element, Rect(x, y, w, h), slot.layout, slot.variant, minimum), [nested], notes


def _office_logo(path: Path, box: Rect, align: str) -> list[etree._Element]:
    if path.suffix.lower() == ".svg":
        try:
            tree = load_svg(path)
        except SvgError:
            return []
        return [svgtools.embed_svg(tree.getroot(), "office-", box.x, box.y, box.width, box.height)]
    try:
        loaded = load_image(path)
    except ImageError:
        return []
    img = loaded.image
    scale = min(box.width / img.width, box.height / img.height)
    w, h = img.width * scale, img.height * scale
    x = box.x + {"left": 0.0, "center": (box.width - w) / 2, "right": box.width - w}.get(align, 0.0)
    return [svgtools.el("image", x=x, y=box.y + (box.height - h) / 2, width=w, height=h,
                        href=to_data_uri(img, fmt="png"), preserveAspectRatio="none")]
