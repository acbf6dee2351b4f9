"""The files an export reads: the one rule every surface uses so that no output replaces an input.

In:  what is composed (template, content, office profile, brand kit) and any further file a
     surface reads itself (the office profile's TOML file, a data file, the document stamped).
Out: the paths to hand to ``assetkit.fileio.write_atomic(path, data, inputs=...)``, which
     refuses to write over any of them (also through links).

``render``, ``stamp``, ``batch``, ``word-template`` and the desktop app's export ask this one
function, so a file they read — the office profile's own logo included — is never overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assetkit.brand import Brand
    from assetkit.compose.model import Content
    from assetkit.office import OfficeProfile
    from assetkit.templates import Template


def input_files(template: Template | None = None, content: Content | None = None,
                office: OfficeProfile | None = None, brand: Brand | None = None, *,
                extra: Iterable[Path | None] = ()) -> tuple[Path, ...]:
    """Every file reading ``template`` with ``content``, ``office`` and ``brand`` touches, plus
    ``extra`` (None entries are skipped); each once, in a stable order."""
    found: list[Path] = [Path(p) for p in extra if p is not None]
    seen_templates: set[int] = set()
    while template is not None and id(template) not in seen_templates:
        seen_templates.add(id(template))
        found += [template.svg_path, *sorted(template.folder.glob("*.toml"))]
        template = template.continuation
    if content is not None:
        found += [choice.source for choice in content.images.values()]
    if office is not None and office.logo is not None:
        found.append(office.logo)
    if brand is not None:
        found.append(brand.root / "brand.toml")
        found += [logo.path for logo in brand.logos.values()]
        found += list(brand.fonts.values())
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(Path(path).expanduser(), None)
    return tuple(unique)
