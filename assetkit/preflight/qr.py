"""QR codes: big enough to scan, and not left empty.

Print: the code (without its quiet zone) at least 15 mm wide and its modules at least 0.4 mm —
a phone camera at reading distance needs both; screens: modules of at least 3 px. A QR slot
whose field is empty draws nothing, which the template's design did not mean: a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

from assetkit.compose import Composition
from assetkit.errors import number_de
from assetkit.preflight.findings import Finding

MIN_PRINT_MM = 15.0
MIN_MODULE_MM = 0.4
MIN_MODULE_PX = 3.0


def qr_findings(c: Composition) -> Iterator[Finding]:
    placed = {q.field: q for q in c.qr_codes}
    for slot in c.template.qr_codes:
        f = c.template.text_field(slot.field)
        label_de = f.label.de if f else slot.field
        label_en = f.label.en if f else slot.field
        box = (slot.box.x, slot.box.y, slot.box.width, slot.box.height)
        qr = placed.get(slot.field)
        if qr is None:
            yield Finding("qr.missing", "warning",
                          f"Der QR-Code bleibt leer, weil „{label_de}“ leer ist; eine "
                          "Webadresse eintragen oder das Dienststellenprofil ausfüllen.",
                          f"The QR code stays empty because “{label_en}” is empty.",
                          1, box, slot.field, c.page.unit)
            continue
        if c.page.unit == "mm":
            small = qr.box.width < MIN_PRINT_MM - 1e-6 or qr.module < MIN_MODULE_MM - 1e-6
            size_de = f"{number_de(qr.box.width, 'mm')} breit, Module {number_de(qr.module, 'mm', 2)}"
            need_de = (f"mindestens {number_de(MIN_PRINT_MM, 'mm')} und Module ab "
                       f"{number_de(MIN_MODULE_MM, 'mm', 2)}")
        else:
            small = qr.module < MIN_MODULE_PX - 1e-6
            size_de = f"Module {number_de(qr.module, 'px')}"
            need_de = f"Module ab {number_de(MIN_MODULE_PX, 'px')}"
        if small:
            yield Finding("qr.too_small", "error",
                          f"Der QR-Code für „{label_de}“ ist zu klein zum Scannen ({size_de}; "
                          f"nötig: {need_de}); die Adresse kürzen oder ein größeres Format "
                          "wählen.",
                          f"The QR code for “{label_en}” is too small to scan; shorten the "
                          "address or choose a larger format.",
                          1, (qr.box.x, qr.box.y, qr.box.width, qr.box.height), slot.field,
                          c.page.unit)
