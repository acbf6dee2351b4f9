"""Office bindings of text fields: ``office.<key>`` or a pattern of several keys — and the event
place a page takes from the office profile while nobody typed one.

A pattern such as ``{office.name} · {office.street} · {office.city_line}`` builds one line from
several profile values (the return address above a letter's address field). Parts whose values
are empty are dropped together with their separator, and lines that end up empty disappear, so
an office that has no fax number gets no dangling „Fax“ line.
"""

from __future__ import annotations

import re

from assetkit.office import OfficeProfile
from assetkit.templates.model import TextField

# Fields for where an event takes place: without a typed value they show the office's address
# (a template's sample place looks like a real address and must not reach print).
PLACE_FIELDS = ("place",)
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
    """What the office profile puts in field ``f`` while the user typed nothing: its binding,
    or for an event's place the office's address; None when the profile does not fill it."""
    if office is None:
        return None
    if f.bind:
        return bound_value(f.bind, office)
    if f.id in PLACE_FIELDS:
        return office_place(office) or None
    return None
