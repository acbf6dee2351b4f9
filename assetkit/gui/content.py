"""What the page shows for a project: the typed texts, the office profile, suggestions.

The project keeps only what the user typed (:class:`~assetkit.project.ProjectState`). The app
adds two things before composing, the same for preview, check and export: an event's place
comes from the office profile while the user has typed none (the template's sample place looks
like a real address), and every image field without an alternative text gets the suggestion
the field panel shows (:func:`assetkit.compose.alt.alt_suggestion`).
"""

from __future__ import annotations

from dataclasses import replace

from assetkit.compose import Content
from assetkit.compose.alt import alt_suggestion
from assetkit.compose.binding import bound_value
from assetkit.office import OfficeProfile
from assetkit.project import ProjectState
from assetkit.templates import Template, TextField

PLACE_FIELDS = ("place",)


def office_place(office: OfficeProfile | None) -> str:
    """„Jobcenter Lippe, Wittekindstraße 2, 32758 Detmold“, or "" without an address."""
    if office is None:
        return ""
    address = office.value("address_line")
    if not address:
        return ""
    name = office.value("short_name")
    return f"{name}, {address}" if name else address


def profile_value(f: TextField, office: OfficeProfile | None) -> str | None:
    """The field's value from the office profile, or None when the profile does not fill it."""
    if office is None:
        return None
    if f.bind:
        return bound_value(f.bind, office)
    if f.id in PLACE_FIELDS:
        return office_place(office) or None
    return None


def shown_text(f: TextField, state: ProjectState, office: OfficeProfile | None) -> str:
    """The text the page shows in field ``f``: typed, else from the profile, else the sample."""
    if f.id in state.texts:
        return state.texts[f.id]
    value = profile_value(f, office)
    return f.default if value is None else value


def alt_texts(template: Template, state: ProjectState, office: OfficeProfile | None) -> dict[str, str]:
    """Every image field's alternative text: the user's, else the suggestion."""
    texts = {f.id: shown_text(f, state, office) for f in template.all_text_fields()}
    return {f.id: state.alt_texts.get(f.id, alt_suggestion(template, f.id, texts))
            for f in template.all_image_fields()}


def page_content(template: Template, state: ProjectState, office: OfficeProfile | None) -> Content:
    """The compose input for ``template``: the project's content plus profile and suggestions."""
    content = state.content(template)
    texts = dict(content.texts)
    for f in template.all_text_fields():
        if f.id in PLACE_FIELDS and f.id not in texts:
            place = office_place(office)
            if place:
                texts[f.id] = place
    return replace(content, texts=texts, alt_texts=alt_texts(template, state, office))
