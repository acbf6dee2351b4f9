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
from assetkit.templates import Page, load_catalogue
from assetkit.text import load_font

_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")
# Page sizes no campaign template reaches (the largest print format is A0, 841 × 1189 mm; social
# images are at most 1920 px a side), yet every preview and export of a larger page would cost
# gigabytes. See docs/limits.md.
MAX_PAGE_MM = 2000.0
MAX_PAGE_PX = 10_000.0
MAX_PAGE_PIXELS = 40_000_000


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
        _check_page(template.id, template.page)
        compose(template, Content(), brand)
    return KitContents(brand.version, brand.title or brand.name, tuple(ids))


def _check_page(template_id: str, page: Page) -> None:
    side = MAX_PAGE_PX if page.unit == "px" else MAX_PAGE_MM
    too_many = page.unit == "px" and page.width * page.height > MAX_PAGE_PIXELS
    if not (0 < page.width <= side and 0 < page.height <= side) or too_many:
        limit = (f"höchstens {_num(side)} px je Seite und {MAX_PAGE_PIXELS // 1_000_000} "
                 "Megapixel" if page.unit == "px" else f"höchstens {_num(side)} mm je Seite")
        raise BrandKitError(f"Vorlage {template_id}: die Seite ist {_num(page.width)} × "
                            f"{_num(page.height)} {page.unit} groß; erlaubt sind {limit}.")


def _num(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _inside(root: Path, path: Path, what: str) -> None:
    # A manifest may name files by relative path; none may point out of the kit.
    if not path.resolve().is_relative_to(root.resolve()):
        raise BrandKitError(f"{what} zeigt auf eine Datei außerhalb des Markenpakets.")
