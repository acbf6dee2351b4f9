"""What the page shows for a project: the typed texts, the office profile, suggestions.

The project keeps only what the user typed (:class:`~assetkit.project.ProjectState`). Fields
the user left empty show what the office profile gives them (bindings, an event's place:
:func:`assetkit.compose.binding.profile_value`, which the composer applies on every surface),
else the template's sample copy. Before composing, the app gives every image field without an
alternative text the suggestion the field panel shows
(:func:`assetkit.compose.alt.alt_suggestion`).
"""

from __future__ import annotations

from dataclasses import replace

from assetkit.compose import Content
from assetkit.compose.alt import alt_suggestion
from assetkit.compose.binding import profile_value
from assetkit.office import OfficeProfile
from assetkit.project import ProjectState
from assetkit.templates import Template, TextField


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
    return replace(content, alt_texts=alt_texts(template, state, office))
