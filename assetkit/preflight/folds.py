"""Rule ``print.fold``: nothing that must be read sits on a fold of a folded leaflet.

In:  a composition whose page declares folds (``[page] folds``, page units from the left trim
     of that side).
Out: an error per text (its ink), logo or QR code that crosses a fold line or comes closer to
     it than :data:`FOLD_MARGIN_MM`: the paper creases there, and a fold is never exactly where
     it was meant to be (a folding machine is about 1 mm off, the paper's thickness adds more).
     :func:`panel_safe_zones` gives the same margin as geometry: each panel's safe zone, which
     the app's preview frames.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from assetkit.compose import Composition
from assetkit.errors import number_de
from assetkit.preflight.findings import Finding
from assetkit.templates.model import Page, Rect

CODE = "print.fold"
FOLD_MARGIN_MM = 4.0


def fold_findings(c: Composition) -> Iterator[Finding]:
    folds = c.page.folds
    if not folds or c.page.unit != "mm":
        return
    for de, en, box, field, _text in readable_boxes(c):
        for fold in folds:
            if box.x - FOLD_MARGIN_MM < fold < box.right + FOLD_MARGIN_MM:
                where_de = "liegt auf dem Falz" if box.x < fold < box.right else \
                    f"liegt näher als {number_de(FOLD_MARGIN_MM, 'mm')} am Falz"
                yield Finding(
                    CODE, "error",
                    f"{de} {where_de} bei {number_de(fold, 'mm')} und würde geknickt; "
                    "den Text kürzen oder weiter in die Mitte der Seite setzen.",
                    f"{en} sits on or closer than {FOLD_MARGIN_MM:g} mm to the fold at "
                    f"{fold:g} mm and would be creased; shorten it or move it into the panel.",
                    1, (box.x, box.y, box.width, box.height), field, c.page.unit)
                break


def panel_safe_zones(page: Page) -> list[Rect]:
    """The safe zone of each panel of a folded mm page, left to right: the page's safe margin
    (``[page] safe``) at the trim and :data:`FOLD_MARGIN_MM` at each fold, the place where text
    is clear of the knife and of the creases. An unfolded page (or a px page, which the rule
    does not judge) has its one safe zone, or none."""
    safe = page.safe
    if safe is None:
        return []
    if not page.folds or page.unit != "mm":
        return [safe]
    lefts = [safe.x, *(fold + FOLD_MARGIN_MM for fold in page.folds)]
    rights = [*(fold - FOLD_MARGIN_MM for fold in page.folds), safe.right]
    return [Rect(left, safe.y, right - left, safe.height)
            for left, right in zip(lefts, rights, strict=True)]


class Readable(NamedTuple):
    """Something on the page that must be read, named for a finding's sentence."""

    de: str                  # „Der Text „Kontakt““, „Das Logo“, „Der QR-Code“
    en: str
    box: Rect                # a text's ink, a logo's or QR code's box (page units)
    field: str | None        # the text field (a QR code: the field it holds); None for a logo
    text: bool               # a text (can be shortened), not a logo or a code


def readable_boxes(c: Composition) -> Iterator[Readable]:
    """Every text by its ink, every logo and QR code by its box: what the page-geometry rules
    (folds, a stand's foot) keep off the places where the page cannot be read."""
    for fid, layout in c.text_layouts.items():
        ink = layout.ink_bounds
        if ink.width > 0:
            f = c.template.text_field(fid)
            de, en = (f.label.de, f.label.en) if f else (fid, fid)
            yield Readable(f"Der Text „{de}“", f"The text “{en}”",
                           Rect(ink.x, ink.y, ink.width, ink.height), fid, True)
    for logo in c.logos:
        yield Readable("Das Logo", "The logo", logo.box, None, False)
    for qr in c.qr_codes:
        yield Readable("Der QR-Code", "The QR code", qr.box, qr.field, False)
