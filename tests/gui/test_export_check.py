"""The export dialog asks the one judge for the chosen target: the same findings as the
„Prüfung“ panel, an error refuses the export until „Trotzdem exportieren“; the field panel's
character budget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from test_app import type_into, wait_rendered
from test_check_batch import codes, wait_checked

from assetkit.gui.export_dialog import ExportDialog
from assetkit.gui.main_window import MainWindow
from assetkit.project import SetText

pytestmark = pytest.mark.gui
FLYER = "flyer-a4-veranstaltung"
LONG = "Unternehmerfrühstück " * 12
# Own copy instead of the template's sample place and office: nothing left to hint at.
CLEAN = {"headline": "Tag der Ausbildung",
         "place": "Jobcenter Lippe, Wittekindstraße 2, 32758 Detmold",
         "office": "Jobcenter Lippe",
         "contact": "Telefon 05231 6180-0 · info@jobcenter-lippe.de"}


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "team.jpg"                      # 3000 px over A4 width: > 300 ppi
    Image.new("RGB", (3000, 2200), (40, 70, 110)).save(path, quality=90)
    return path


def flyer(w: MainWindow, photo: Path, **texts: str) -> None:
    w.switch_template(w.catalogue.get(FLYER))
    for fid, text in {**CLEAN, **texts}.items():
        w.execute(SetText(fid, text))
    assert w.set_photo_from_path("photo", str(photo))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_dialog(qtbot, w: MainWindow, out: Path, preset: str | None) -> ExportDialog:
    dialog = w.export_dialog()
    dialog.folder.setText(str(out))
    dialog.preset.setCurrentIndex(dialog.preset.findData(preset))
    qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
    return dialog


def test_clean_print_design_lists_no_finding_for_the_print_shop(qtbot, window: MainWindow,
                                                                photo: Path, out: Path) -> None:
    w = window
    flyer(w, photo)
    wait_checked(qtbot, w, lambda f: True)
    assert w.findings.findings == ()                  # the panel: „Keine Befunde“
    dialog = open_dialog(qtbot, w, out, "druckerei")
    try:
        assert dialog.fmt() == "pdf"
        assert dialog.check.list.count() == 0
        assert dialog.findings == []
        assert "Keine Befunde" in dialog.check.summary.text()
        assert not dialog.force_button.isVisible()
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
        assert [p.suffix for p in out.iterdir()] == [".pdf"]
    finally:
        dialog.close()


def test_overflowing_headline_is_listed_and_refused_unless_forced(qtbot, window: MainWindow,
                                                                  photo: Path, out: Path) -> None:
    w = window
    flyer(w, photo, headline=LONG)
    wait_checked(qtbot, w, lambda f: "text.overflow" in codes(f))
    dialog = open_dialog(qtbot, w, out, "druckerei")
    try:
        # The dialog lists what the panel lists, for the same page.
        assert codes(f.finding for f in dialog.findings) == codes(w.findings.findings)
        overflow = [c.finding for c in dialog.findings if c.finding.code == "text.overflow"]
        assert [f.field for f in overflow] == ["headline"]
        assert overflow[0].severity == "error"
        listed = [dialog.check.list.item(i).text() for i in range(dialog.check.list.count())]
        assert any("passt nicht" in t for t in listed)
        assert dialog.force_button.isVisible()

        dialog.start()
        dialog.wait()
        assert list(out.iterdir()) == []
        assert "nichts gespeichert" in dialog.status.text()
        assert not dialog.written

        dialog.force_button.click()                   # „Trotzdem exportieren“
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
        assert [p.suffix for p in out.iterdir()] == [".pdf"]
        assert "Trotz 1 Fehler der Prüfung exportiert" in dialog.status.text()
    finally:
        dialog.close()


def test_changing_the_preset_judges_again(qtbot, window: MainWindow, photo: Path,
                                          out: Path) -> None:
    w = window
    flyer(w, photo)
    dialog = open_dialog(qtbot, w, out, "druckerei")
    try:
        first = dialog.findings
        dialog.preset.setCurrentIndex(dialog.preset.findData(None))
        assert not dialog.checked                     # the list is for the old target
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        assert dialog.findings == first == []
    finally:
        dialog.close()


def test_budget_line_counts_down_and_turns_red_when_too_long(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    line = w.panel.budgets["headline"]
    type_into(qtbot, w, "headline", "Jobmesse")
    qtbot.waitUntil(lambda: w.panel._budget_values.get("headline") == "Jobmesse", timeout=5_000)
    room = line.property("budget")
    assert room > 20
    assert line.text() == f"noch etwa {room} Zeichen"
    type_into(qtbot, w, "headline", LONG)
    wait_rendered(qtbot, w, lambda r: r.composition.texts["headline"].startswith("UNTERNEHMER")
                  or r.composition.texts["headline"].startswith("Unternehmer"))
    qtbot.waitUntil(lambda: (line.property("budget") or 0) < 0, timeout=5_000)
    assert line.text() == f"{-line.property('budget')} Zeichen zu lang"
    assert "c62828" in line.styleSheet()
    assert w.panel.hints["headline"].isVisible() or line.isVisible()
