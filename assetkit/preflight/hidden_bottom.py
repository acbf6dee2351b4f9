"""Rule ``print.hidden_bottom``: nothing that must be read sits where a stand's foot hides it.

In:  a composition whose page declares a hidden strip at the bottom (``[page] hidden_bottom``,
     page units up from the bottom trim: a roll-up's cassette).
Out: an error per text (its ink), logo or QR code that reaches into the strip. The strip is
     printed, so a background or a photo may run through it; what is written there is not seen.
"""

from __future__ import annotations

from collections.abc import Iterator

from assetkit.compose import Composition
from assetkit.errors import number_de
from assetkit.preflight.findings import Finding
from assetkit.preflight.folds import readable_boxes

CODE = "print.hidden_bottom"


def hidden_bottom_findings(c: Composition) -> Iterator[Finding]:
    zone = c.page.hidden_zone
    if zone is None or c.page.unit != "mm":
        return
    depth_de = number_de(c.page.hidden_bottom, "mm")
    for de, en, box, field, text in readable_boxes(c):
        if box.bottom > zone.y:
            fix_de, fix_en = (("den Text kürzen oder sein Feld höher setzen",
                               "shorten it or move its field up") if text
                              else ("es in der Vorlage höher setzen", "move it up in the template"))
            yield Finding(
                CODE, "error",
                f"{de} reicht in die unteren {depth_de}, die der Fuß des Aufstellers verdeckt; "
                f"{fix_de}.",
                f"{en} reaches into the bottom {c.page.hidden_bottom:g} mm that the stand's "
                f"foot hides; {fix_en}.",
                1, (box.x, box.y, box.width, box.height), field, c.page.unit)
