"""Hostile and broken SVG files get a clear SvgError, never a hang, network access or file read."""

import time

import pytest

from assetkit.errors import SvgError
from assetkit.svgsafe import parse_svg

OK = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>'


def test_plain_svg_parses() -> None:
    root = parse_svg(OK, "ok.svg").getroot()
    assert root.get("viewBox") == "0 0 10 10"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
         b'<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>', "DOCTYPE"),
        (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
         b'<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>', "DOCTYPE"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
         b'<image xlink:href="file:///etc/passwd" width="1" height="1"/></svg>', "externe Quelle"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://example.org/x.png"/></svg>',
         "externe Quelle"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(http://evil/x)"/></svg>',
         "externe Quelle"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(http://x/y.css);</style></svg>',
         "@import"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "script"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect', "kein gültiges XML"),
        (b'<html><body/></html>', "keine SVG"),
        (b'', "kein gültiges XML"),
    ],
)
def test_hostile_or_broken_svg_is_refused(data: bytes, fragment: str) -> None:
    with pytest.raises(SvgError, match=fragment):
        parse_svg(data, "feind.svg")


def test_use_bomb_is_refused_quickly() -> None:
    # Each level references the previous one ten times: 10^9 rectangles if rendered naively.
    levels = ['<rect id="l0" width="1" height="1"/>']
    for i in range(1, 10):
        uses = "".join(f'<use href="#l{i - 1}"/>' for _ in range(10))
        levels.append(f'<g id="l{i}">{uses}</g>')
    data = ('<svg xmlns="http://www.w3.org/2000/svg"><defs>' + "".join(levels)
            + '</defs><use href="#l9"/></svg>').encode()
    start = time.perf_counter()
    with pytest.raises(SvgError, match="use"):
        parse_svg(data, "bombe.svg")
    assert time.perf_counter() - start < 2


def test_circular_use_is_refused() -> None:
    data = (b'<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><use href="#b"/></g>'
            b'<g id="b"><use href="#a"/></g></svg>')
    with pytest.raises(SvgError, match="zirkul"):
        parse_svg(data, "kreis.svg")


def test_event_handlers_are_removed() -> None:
    root = parse_svg(b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><rect onclick="y()"/></svg>',
                     "h.svg").getroot()
    assert root.get("onload") is None
    assert all(el.get("onclick") is None for el in root.iter())


def test_internal_references_and_data_urls_are_allowed() -> None:
    data = (b'<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>'
            b'<rect fill="url(#g)"/><image href="data:image/png;base64,AAAA"/></svg>')
    parse_svg(data, "ok.svg")
