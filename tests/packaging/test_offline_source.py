"""Offline by construction: no assetkit module imports a network client (checked in the source).

tests/packaging/test_bundle.py checks the same in the built bundle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import assetkit

# Modules that open connections. assetkit works offline; nothing may even import them.
NETWORK_MODULES = ("urllib.request", "http.client", "http.server", "socket", "ssl", "ftplib",
                   "smtplib", "xmlrpc", "requests", "urllib3", "httpx", "aiohttp",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")


def network_imports(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found += [n for n in names if any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES)]
    return found


def test_detector_finds_the_usual_spellings() -> None:
    source = "import urllib.request\nfrom http import client\nfrom PySide6 import QtNetwork\n"
    assert network_imports(ast.parse(source)) == ["urllib.request", "http.client",
                                                  "PySide6.QtNetwork"]


def test_no_assetkit_module_imports_a_network_client() -> None:
    root = Path(assetkit.__file__).parent
    offenders = {}
    for path in sorted(root.rglob("*.py")):
        hits = network_imports(ast.parse(path.read_text("utf-8"), str(path)))
        if hits:
            offenders[str(path.relative_to(root))] = hits
    assert offenders == {}
