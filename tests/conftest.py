"""Suite-wide fixtures. Every test runs with the network blocked: assetkit never goes online."""

from __future__ import annotations

import os
import socket
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A brand kit, settings or caches a developer has in ~/.local/share, ~/.config or ~/.cache must
# not change what the tests see: every run gets its own empty per-user folder.
os.environ["ASSETKIT_USER_DIR"] = tempfile.mkdtemp(prefix="assetkit-test-user-")


class NetworkBlockedError(RuntimeError):
    pass


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise NetworkBlockedError("assetkit tried to use the network")


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Allows local socketpairs (asyncio/Qt use them) but never an internet connection."""

    def connect(self, address: object) -> None:  # type: ignore[override]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _blocked()
        super().connect(address)  # type: ignore[arg-type]

    def connect_ex(self, address: object) -> int:  # type: ignore[override]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _blocked()
        return super().connect_ex(address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> object:
    mp = pytest.MonkeyPatch()
    mp.setattr(socket, "socket", _GuardedSocket)
    mp.setattr(socket, "create_connection", _blocked)
    mp.setattr(socket, "getaddrinfo", _blocked)
    yield
    mp.undo()
