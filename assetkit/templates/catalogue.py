"""The catalogue: every template folder below ``resources/templates/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assetkit.errors import TemplateNotFoundError
from assetkit.resources import resources_dir
from assetkit.templates.loader import _ID, MANIFEST, load_template
from assetkit.templates.model import Template

CATEGORY_ORDER = {"print": 0, "social": 1, "office": 2}


@dataclass(frozen=True)
class Catalogue:
    templates: tuple[Template, ...]

    def get(self, template_id: str) -> Template:
        for t in self.templates:
            if t.id == template_id:
                return t
        raise TemplateNotFoundError(template_id, self.ids())

    def ids(self) -> list[str]:
        return [t.id for t in self.templates]

    def family(self, family: str) -> list[Template]:
        return [t for t in self.templates if t.family == family]

    def by_category(self, category: str) -> list[Template]:
        return [t for t in self.templates if t.category == category]


def load_catalogue(root: Path | None = None) -> Catalogue:
    return _load(root or resources_dir() / "templates")


def find_template(template_id: str, root: Path | None = None) -> Template:
    """The template with this id, like ``load_catalogue(root).get(template_id)``.

    A command that needs one template reads only the folder named like its id (every bundled
    template has one) instead of all of them (20 ms of each ``assetkit render``); the whole
    catalogue is read only for other folder names and for an unknown id's error message.
    """
    root = root or resources_dir() / "templates"
    folder = root / template_id
    if _ID.match(template_id) and (folder / MANIFEST).is_file():
        template = load_template(folder)
        if template.id == template_id:
            return template
    return load_catalogue(root).get(template_id)


@cache
def _load(root: Path) -> Catalogue:
    folders = sorted(p.parent for p in root.glob(f"*/{MANIFEST}"))
    templates = sorted((load_template(f) for f in folders),
                       key=lambda t: (CATEGORY_ORDER.get(t.category, 9), t.family, t.id))
    return Catalogue(tuple(templates))
