"""Where imported brand kits live and which one is active.

Layout below the user data folder (:func:`assetkit.userdirs.data_dir`)::

    brandkit/state.json        {"current": "<kit folder>"|"bundled", "previous": ...|null}
    brandkit/kits/<kit folder>/  brand.toml, logos/, templates/, fonts/, manifest.json

Every installed kit gets its own folder name, so caches keyed by file path never mix two kits.
A ground-floor module (only ``assetkit.userdirs`` and the bounded JSON reader of
``assetkit.safeload``, no loaders): ``assetkit.resources`` asks it
for the active kit on every render, ``assetkit.brandkit`` installs kits and records the state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assetkit.errors import AssetkitError
from assetkit.safeload import read_json
from assetkit.userdirs import data_dir

BUNDLED = "bundled"
STATE_FILE = "state.json"


@dataclass(frozen=True)
class State:
    current: str = BUNDLED             # folder name below kits/, or BUNDLED
    previous: str | None = None        # what restore_kit() switches back to; None: nothing


def store_dir() -> Path:
    return data_dir() / "brandkit"


def kits_dir() -> Path:
    return store_dir() / "kits"


def read_state() -> State:
    """The recorded state; a missing or unreadable state file means the bundled kit."""
    try:
        data = read_json(store_dir() / STATE_FILE, what="state.json", error=AssetkitError)
    except AssetkitError:
        return State()
    if not isinstance(data, dict):
        return State()
    current = data.get("current")
    previous = data.get("previous")
    return State(
        current=current if isinstance(current, str) and _valid_name(current) else BUNDLED,
        previous=previous if isinstance(previous, str) and _valid_name(previous) else None,
    )


def state_json(state: State) -> bytes:
    return json.dumps({"current": state.current, "previous": state.previous}, indent=2).encode()


def kit_folder(name: str) -> Path | None:
    """The folder of an installed kit, or None for the bundled kit or a kit that is gone."""
    if name == BUNDLED:
        return None
    folder = kits_dir() / name
    return folder if (folder / "brand.toml").is_file() else None


def active_kit_dir() -> Path | None:
    """The imported kit in use, or None when the bundled kit is in use."""
    return kit_folder(read_state().current)


def _valid_name(value: str) -> bool:
    # Only plain folder names: a hand-edited state file must not point anywhere else.
    return value == BUNDLED or (value.startswith("kit-") and "/" not in value
                                and "\\" not in value and ".." not in value)
