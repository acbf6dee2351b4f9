"""Safe parsing of SVG files that come from disk: templates, logos, local office logos.

Rejects what can hurt: DTDs and entities (XXE, billion laughs), external or file:// references,
scripts and foreign objects, and documents so large or so self-referencing (`use` bombs) that
rendering them would hang. Returns an lxml tree the composer may edit.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from assetkit.errors import SvgError

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_BYTES = 20_000_000
MAX_ELEMENTS = 50_000
MAX_USE = 500
MAX_USE_DEPTH = 4

_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "object", "embed", "audio", "video"}
_URL_IN_CSS = re.compile(r"url\(\s*['\"]?\s*(?!#)([^)'\"]*)", re.IGNORECASE)
_IMPORT_IN_CSS = re.compile(r"@import", re.IGNORECASE)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_svg(data: bytes, name: str) -> etree._ElementTree:
    """Parse and check an SVG; `name` is used in error messages (file name)."""
    if len(data) > MAX_BYTES:
        raise SvgError(f"Die SVG-Datei „{name}“ ist zu groß (über 20 MB).")
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise SvgError(
            f"Die SVG-Datei „{name}“ enthält eine DOCTYPE- oder ENTITY-Deklaration; "
            "aus Sicherheitsgründen wird sie nicht geöffnet."
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SvgError(f"Die SVG-Datei „{name}“ ist kein gültiges XML ({exc.msg}).") from None
    if _local(root.tag) != "svg":
        raise SvgError(f"Die Datei „{name}“ ist keine SVG-Grafik.")
    check_tree(root, name)
    return etree.ElementTree(root)


def load_svg(path: Path) -> etree._ElementTree:
    try:
        data = path.read_bytes()
    except OSError:
        raise SvgError(f"Die SVG-Datei „{path}“ kann nicht gelesen werden.") from None
    return parse_svg(data, path.name)


def check_tree(root: etree._Element, name: str) -> None:
    """Remove scripting, refuse external references, bound size and `use` nesting."""
    count = 0
    ids: dict[str, etree._Element] = {}
    uses: list[etree._Element] = []
    for el in root.iter():
        count += 1
        if count > MAX_ELEMENTS:
            raise SvgError(f"Die SVG-Datei „{name}“ hat zu viele Elemente (über {MAX_ELEMENTS}).")
        tag = _local(el.tag)
        if not tag:
            continue
        if tag in _FORBIDDEN_TAGS:
            raise SvgError(f"Die SVG-Datei „{name}“ enthält „{tag}“; das ist nicht erlaubt.")
        for attr in list(el.attrib):
            local = etree.QName(attr).localname
            if local.startswith("on"):
                del el.attrib[attr]
                continue
            value = el.attrib[attr]
            if local == "href":
                _check_href(value, name)
            elif local == "style" or "url(" in value:
                _check_css(value, name)
        if tag == "style" and el.text:
            _check_css(el.text, name)
        if tag == "use":
            uses.append(el)
        el_id = el.get("id")
        if el_id:
            ids[el_id] = el
    if len(uses) > MAX_USE:
        raise SvgError(f"Die SVG-Datei „{name}“ verwendet zu viele <use>-Verweise.")
    _check_use_depth(uses, ids, name)


def _check_href(value: str, name: str) -> None:
    v = value.strip()
    if v.startswith("#") or v.lower().startswith("data:"):
        return
    raise SvgError(
        f"Die SVG-Datei „{name}“ verweist auf eine externe Quelle ({v[:60]}); "
        "erlaubt sind nur eingebettete Inhalte."
    )


def _check_css(text: str, name: str) -> None:
    if _IMPORT_IN_CSS.search(text):
        raise SvgError(f"Die SVG-Datei „{name}“ lädt externe Stile (@import).")
    for match in _URL_IN_CSS.finditer(text):
        target = match.group(1).strip()
        if target and not target.lower().startswith("data:"):
            raise SvgError(
                f"Die SVG-Datei „{name}“ verweist auf eine externe Quelle ({target[:60]})."
            )


def _check_use_depth(uses: list[etree._Element], ids: dict[str, etree._Element],
                     name: str) -> None:
    """A `use` that points at groups of `use`s that point at … multiplies work exponentially."""
    memo: dict[int, int] = {}

    def depth(el: etree._Element, seen: frozenset[int]) -> int:
        key = id(el)
        if key in memo:
            return memo[key]
        if key in seen:
            raise SvgError(f"Die SVG-Datei „{name}“ enthält einen zirkulären <use>-Verweis.")
        best = 0
        for sub in el.iter():
            if _local(sub.tag) != "use":
                continue
            href = sub.get("href") or sub.get(f"{{{XLINK_NS}}}href") or ""
            target = ids.get(href.lstrip("#"))
            if target is not None:
                best = max(best, 1 + depth(target, seen | {key}))
        memo[key] = best
        return best

    for use in uses:
        if depth(use, frozenset()) > MAX_USE_DEPTH:
            raise SvgError(f"Die SVG-Datei „{name}“ verschachtelt <use>-Verweise zu tief.")
