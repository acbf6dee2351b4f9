"""Office bindings of text fields: ``office.<key>`` or a pattern of several keys.

A pattern such as ``{office.name} · {office.street} · {office.city_line}`` builds one line from
several profile values (the return address above a letter's address field). Parts whose values
are empty are dropped together with their separator, and lines that end up empty disappear, so
an office that has no fax number gets no dangling „Fax“ line.
"""

from __future__ import annotations

import re

from assetkit.office import OfficeProfile

_PLACEHOLDER = re.compile(r"\{office\.([a-z_]+)\}")
_SEPARATOR = " · "


def bound_value(bind: str, office: OfficeProfile) -> str:
    """The text of binding ``bind`` for ``office``."""
    if "{" not in bind:
        return office.value(bind.removeprefix("office."))
    lines = []
    for line in bind.split("\n"):
        had_keys = bool(_PLACEHOLDER.search(line))
        parts = [_fill(part, office) for part in line.split(_SEPARATOR)]
        kept = [p for p in parts if p is not None and p.strip()]
        if kept or not had_keys:
            lines.append(_SEPARATOR.join(kept) if had_keys else line)
    return "\n".join(lines).strip("\n")


def _fill(part: str, office: OfficeProfile) -> str | None:
    """``part`` with its placeholders filled; None when it has placeholders and all are empty."""
    keys = _PLACEHOLDER.findall(part)
    values = {k: office.value(k) for k in keys}
    if keys and not any(v.strip() for v in values.values()):
        return None
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], part)
