"""„Serienproduktion…“: the checkbox that also joins every row's PDF into one file for the print
shop — offered for one print format only, named in the plan, and its result shown after the run."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from assetkit.batch import SINGLE_PDF
from assetkit.gui.batch_dialog import BatchDialog
from assetkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
CARD = "visitenkarte"


def staff(path: Path, names: list[str]) -> Path:
    lines = ["Name;Funktion;Telefon"] + [f"{n};Fallmanagerin;0781 805-2{i:02d}"
                                         for i, n in enumerate(names)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def dialog_for(w: MainWindow, template: str) -> BatchDialog:
    w.switch_template(w.catalogue.get(template))
    dialog = w.batch_dialog()
    dialog.jobs = 1                     # in-process: no worker start-up in tests
    return dialog


def test_one_pdf_for_the_print_shop_with_every_persons_card_in_order(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = dialog_for(window, CARD)
    assert dialog.single_pdf.isEnabled()               # one print format: the card
    assert not dialog.single_pdf.isChecked()           # off unless asked for
    dialog.load(staff(tmp_path / "team.csv", ["Sandra Meier", "", "Petra Schulz"]))
    assert dialog.plan is not None, dialog.status.text()
    assert dialog.plan.single_pdf is None
    dialog.single_pdf.setChecked(True)
    assert dialog.plan is not None
    assert dialog.plan.single_pdf == dialog.plan.out_dir / SINGLE_PDF
    assert f"und alle in einem PDF: {SINGLE_PDF}" in dialog.status.text()

    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    single = dialog.report.single_pdf
    assert single is not None
    assert single.written
    with pikepdf.open(single.path) as pdf:
        assert len(pdf.pages) == 4                     # two people × front and back
    assert "alle in einem PDF mit 4 Seiten" in dialog.status.text()
    assert "1 Zeile fehlgeschlagen" in dialog.status.text()
    lines = dialog.results.toPlainText().splitlines()
    assert lines[0] == f"Gesamt-PDF {SINGLE_PDF}: 4 Seiten aus Zeilen 2, 4; ohne Zeile 3 " \
                       "(siehe Fehler)."
    assert any(line.startswith("Zeile 3 · visitenkarte: Das Pflichtfeld „Name“") for line in lines)
    dialog.close()


def test_the_checkbox_is_offered_for_one_print_format_only(qtbot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    dialog = dialog_for(window, "post-4x5-veranstaltung")
    assert not dialog.single_pdf.isEnabled()           # social formats are PNG: no single PDF
    dialog.single_pdf.setChecked(True)
    assert dialog.options().single_pdf is None
    dialog.close()

    dialog = dialog_for(window, "flyer-a4-veranstaltung")
    assert dialog.single_pdf.isEnabled()
    dialog.single_pdf.setChecked(True)
    others = [box for tid, box in dialog.template_boxes.items() if tid != "flyer-a4-veranstaltung"]
    if others:                                          # two formats: not one file
        others[0].setChecked(True)
        assert not dialog.single_pdf.isEnabled()
        assert dialog.options().single_pdf is None
        others[0].setChecked(False)
    assert dialog.single_pdf.isEnabled()
    assert dialog.options().single_pdf == Path(SINGLE_PDF)
    dialog.close()
