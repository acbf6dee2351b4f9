"""Does a brand-kit folder work? Checked with assetkit's own loaders, not with a separate schema.

The brand file, every logo, every font and every template are loaded exactly as the application
will load them, and every template is composed once with its sample copy, so a template that
names a colour or font role the brand lacks fails here and not in an office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assetkit.brand.loader import load_brand
from assetkit.brandkit.errors import BrandKitError
from assetkit.compose import Content, compose
from assetkit.errors import AssetkitError
from assetkit.templates import load_catalogue
from assetkit.text import load_font

_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")


@dataclass(frozen=True)
class KitContents:
    version: str
    name: str
    templates: tuple[str, ...]


def validate_kit(root: Path, label: str) -> KitContents:
    """Load everything below ``root``; ``label`` names the kit in messages instead of a temp path."""
    try:
        return _validate(root)
    except AssetkitError as exc:
        message = exc.message.replace(str(root) + "/", "").replace(str(root) + "\\", "")
        message = message.replace(str(root), label)
        raise BrandKitError(f"{label}: {message}") from None


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _validate(root: Path) -> KitContents:
    brand = load_brand(root / "brand.toml")
    if not _VERSION.match(brand.version):
        raise BrandKitError("„campaign.version“ in brand.toml muss eine Versionsnummer wie 1.2.0 "
                            "sein.")
    for role, font in brand.fonts.items():
        _inside(root, font, f"fonts.{role}")
        load_font(font)
    for logo in brand.logos.values():
        _inside(root, logo.path, f"logo.layouts.{logo.layout}.{logo.variant}")
    catalogue = load_catalogue(root / "templates")
    if not catalogue.templates:
        raise BrandKitError("Das Markenpaket enthält keine Vorlage.")
    ids = catalogue.ids()
    if len(set(ids)) != len(ids):
        raise BrandKitError("Zwei Vorlagen haben dieselbe ID.")
    for template in catalogue.templates:
        _inside(root, template.svg_path, f"Vorlage {template.id}: template.svg")
        compose(template, Content(), brand)
    return KitContents(brand.version, brand.title or brand.name, tuple(ids))


def _inside(root: Path, path: Path, what: str) -> None:
    # A manifest may name files by relative path; none may point out of the kit.
    if not path.resolve().is_relative_to(root.resolve()):
        raise BrandKitError(f"{what} zeigt auf eine Datei außerhalb des Markenpakets.")
