"""The project state: a frozen value of everything the user chose for one template."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from assetkit.compose import Content, ImageChoice
from assetkit.templates import Template


def _frozen(mapping: Mapping[str, object] | None) -> Mapping[str, object]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Photo:
    """A photo chosen for an image field and how it is cropped (focal point, zoom ≥ 1)."""

    source: Path
    focal: tuple[float, float] | None = None
    zoom: float = 1.0

    def choice(self) -> ImageChoice:
        return ImageChoice(self.source, self.focal, self.zoom)


@dataclass(frozen=True, eq=False)
class ProjectState:
    """Template plus content. ``texts`` holds only what the user typed; other fields show their
    default (or the office profile). Texts of fields the current template lacks are kept, so
    switching to another format and back loses nothing."""

    template_id: str
    template_version: int = 1
    texts: Mapping[str, str] = field(default_factory=dict)
    images: Mapping[str, Photo] = field(default_factory=dict)
    # Image field id → the alternative text the user wrote (kept across formats like texts).
    alt_texts: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", _frozen(self.texts))
        object.__setattr__(self, "images", _frozen(self.images))
        object.__setattr__(self, "alt_texts", _frozen(self.alt_texts))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProjectState):
            return NotImplemented
        return (self.template_id == other.template_id
                and self.template_version == other.template_version
                and dict(self.texts) == dict(other.texts)
                and dict(self.images) == dict(other.images)
                and dict(self.alt_texts) == dict(other.alt_texts))

    def __hash__(self) -> int:
        return hash((self.template_id, self.template_version, tuple(sorted(self.texts.items())),
                     tuple(sorted(self.images.items())), tuple(sorted(self.alt_texts.items()))))

    def with_text(self, field_id: str, text: str) -> ProjectState:
        return replace(self, texts={**self.texts, field_id: text})

    def with_alt_text(self, field_id: str, text: str) -> ProjectState:
        return replace(self, alt_texts={**self.alt_texts, field_id: text})

    def with_photo(self, field_id: str, photo: Photo | None) -> ProjectState:
        images = dict(self.images)
        if photo is None:
            images.pop(field_id, None)
        else:
            images[field_id] = photo
        return replace(self, images=images)

    def content(self, template: Template) -> Content:
        """The compose input for ``template``: only the fields it declares."""
        text_ids = {f.id for f in template.all_text_fields()}
        image_ids = {f.id for f in template.all_image_fields()}
        return Content(
            texts={k: v for k, v in self.texts.items() if k in text_ids},
            images={k: p.choice() for k, p in self.images.items() if k in image_ids},
            alt_texts={k: v for k, v in self.alt_texts.items() if k in image_ids},
        )


def new_project(template: Template) -> ProjectState:
    return ProjectState(template.id, template.version)
