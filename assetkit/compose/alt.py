"""Alternative texts for image fields: what the app suggests before the user writes one.

A suggestion is a start, not an answer: it names the photo's purpose from the page's own
words (the headline, or the person a success story quotes), and the user describes what the
photo shows. Exports for the web (tagged PDF, social images) carry the user's text.
"""

from __future__ import annotations

from collections.abc import Mapping

from assetkit.templates.model import Template


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
