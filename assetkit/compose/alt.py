"""Alternative texts for image fields: what the app suggests before the user writes one.

A suggestion is a start, not an answer: it names the photo's purpose from the page's own
words (the headline, or the person a success story quotes), and the user describes what the
photo shows. Exports for the web (tagged PDF, social images) carry the user's text.
"""

from __future__ import annotations

from collections.abc import Mapping

from assetkit.compose.model import Composition
from assetkit.templates.model import Template

LOGO_ALT = "Logo der Kampagne Kommunale Jobcenter – Stark. Sozial. Vor Ort."


def alt_suggestion(template: Template, field_id: str, texts: Mapping[str, str]) -> str:
    """A first alternative text for ``field_id``, from the page's texts (``texts``: field id →
    text as filled in, defaults where empty)."""
    def text(fid: str) -> str:
        f = template.text_field(fid)
        value = texts.get(fid) or (f.default if f is not None else "")
        return " ".join(value.split()).strip("„“\"")

    image = template.image_field(field_id)
    portrait = image is not None and "portrait" in image.id
    if portrait and text("name"):
        return f"Porträt von {text('name')}"
    for fid in ("headline", "quote", "label", "subline"):
        if text(fid):
            return f"Foto zum Thema: {text(fid)}"
    return "Foto"


def image_alt_text(c: Composition) -> str:
    """The alternative text of a whole exported image (a social post): its texts in reading
    order — a screen reader cannot read text inside a picture — then what each photo shows,
    as the user described it. Empty fields are left out."""
    parts = []
    for f in c.template.text_fields:
        text = " ".join(c.spoken.get(f.id, c.texts.get(f.id, "")).split())
        if text:
            parts.append(text if text[-1] in ".!?…“\"" else text + ".")
    for field_id in c.images:
        alt = " ".join(c.alt_texts.get(field_id, "").split())
        if alt:
            parts.append(f"Foto: {alt}" + ("" if alt[-1] in ".!?" else "."))
    if c.logos:
        parts.append(LOGO_ALT)
    return " ".join(parts)
