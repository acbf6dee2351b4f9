"""Rule ``office.logo_unusable``: the office profile names a logo the page cannot show.

In:  a composition whose composer left the office's own logo out (note ``office.logo_unusable``:
     the file is missing, truncated, no image, a refused SVG, or too large).
Out: one finding per such page: an error on print and office pages (mm), so print exports are
     refused like any other error unless forced; a warning on screen pages (px).
"""

from __future__ import annotations

from collections.abc import Iterator

from assetkit.compose import Composition
from assetkit.preflight.findings import Finding

CODE = "office.logo_unusable"


def office_logo_findings(c: Composition) -> Iterator[Finding]:
    for note in c.notes:
        if note.code != CODE:
            continue
        r = note.region
        box = (r.x, r.y, r.width, r.height) if r is not None else None
        yield Finding(
            CODE, "error" if c.page.unit == "mm" else "warning",
            f"{note.message} Im Dienststellenprofil ein lesbares Logo (SVG, PNG oder JPEG) "
            "wählen oder den Eintrag entfernen.",
            f"The office logo {note.detail} cannot be used and is left out; choose a readable "
            "logo (SVG, PNG or JPEG) in the office profile or remove the entry.",
            1, box, None, c.page.unit)
