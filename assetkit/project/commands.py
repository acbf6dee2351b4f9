"""Commands: the only way a surface (GUI, tests, scripts) changes a project.

Each command is a frozen value with ``apply(state) -> state``. A :class:`History` runs them and
keeps the states before and after, which makes undo/redo exact. ``merge_key``: consecutive
commands with the same key (keystrokes in one field, one photo drag) form one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from assetkit.project.model import Photo, ProjectState


class Command(Protocol):
    kind: str                 # "text", "alt", "photo", "crop", "template": names the undo step

    @property
    def merge_key(self) -> str | None: ...

    @property
    def target(self) -> str: ...

    def apply(self, state: ProjectState) -> ProjectState: ...


@dataclass(frozen=True)
class SetText:
    field_id: str
    text: str
    kind: str = "text"

    @property
    def merge_key(self) -> str:
        return f"text:{self.field_id}"

    @property
    def target(self) -> str:
        return self.field_id

    def apply(self, state: ProjectState) -> ProjectState:
        return state.with_text(self.field_id, self.text)


@dataclass(frozen=True)
class SetAltText:
    """The alternative text of an image field (what the photo shows, for screen readers)."""

    field_id: str
    text: str
    kind: str = "alt"

    @property
    def merge_key(self) -> str:
        return f"alt:{self.field_id}"

    @property
    def target(self) -> str:
        return self.field_id

    def apply(self, state: ProjectState) -> ProjectState:
        return state.with_alt_text(self.field_id, self.text)


@dataclass(frozen=True)
class SetPhoto:
    """Choose a photo for a field (cropping starts at the field's default focal point)."""

    field_id: str
    photo: Photo
    kind: str = "photo"
    merge_key: None = None

    @property
    def target(self) -> str:
        return self.field_id

    def apply(self, state: ProjectState) -> ProjectState:
        return state.with_photo(self.field_id, self.photo)


@dataclass(frozen=True)
class RemovePhoto:
    field_id: str
    kind: str = "photo"
    merge_key: None = None

    @property
    def target(self) -> str:
        return self.field_id

    def apply(self, state: ProjectState) -> ProjectState:
        return state.with_photo(self.field_id, None)


@dataclass(frozen=True)
class SetCrop:
    """Move the focal point and/or zoom of a placed photo (clamped to valid values)."""

    field_id: str
    focal: tuple[float, float] | None
    zoom: float
    kind: str = "crop"

    @property
    def merge_key(self) -> str:
        return f"crop:{self.field_id}"

    @property
    def target(self) -> str:
        return self.field_id

    def apply(self, state: ProjectState) -> ProjectState:
        photo = state.images.get(self.field_id)
        if photo is None:
            return state
        focal = None
        if self.focal is not None:
            focal = (min(1.0, max(0.0, float(self.focal[0]))),
                     min(1.0, max(0.0, float(self.focal[1]))))
        zoom = min(MAX_ZOOM, max(1.0, float(self.zoom)))
        return state.with_photo(self.field_id, replace(photo, focal=focal, zoom=zoom))


@dataclass(frozen=True)
class SwitchTemplate:
    """Use another template; texts and photos stay keyed by field id (shared within a family)."""

    template_id: str
    template_version: int
    kind: str = "template"
    merge_key: None = None

    @property
    def target(self) -> str:
        return self.template_id

    def apply(self, state: ProjectState) -> ProjectState:
        return replace(state, template_id=self.template_id, template_version=self.template_version)


MAX_ZOOM = 5.0
