"""Preflight in the desktop app (findings panel, highlight) and the
„Serienproduktion…“ dialog (data file, mapping, thumbnails, run, cancel)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app import close, make_window, type_into

from assetkit.gui.batch_dialog import BatchDialog
from assetkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
SOCIAL = "post-4x5-veranstaltung"
FLYER = "flyer-a4-veranstaltung"
LONG = "Unternehmerfrühstück " * 12


def wait_checked(qtbot, w: MainWindow, predicate) -> None:
    """Until the findings on screen belong to the preview on screen and satisfy ``predicate``."""
    qtbot.waitUntil(lambda: w.last_result is not None and not w.renderer.busy
                    and not w.checker.busy and w.checker.shown_generation == w.last_result.generation
                    and predicate(w.findings.findings), timeout=30_000)


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def test_overflowing_headline_is_a_finding_that_highlights_and_clears(qtbot, window: MainWindow) -> None:
    w = window
    wait_checked(qtbot, w, lambda f: True)
    assert "text.overflow" not in codes(w.findings.findings)
    type_into(qtbot, w, "headline", LONG)
    wait_checked(qtbot, w, lambda f: "text.overflow" in codes(f))
    row = next(i for i, f in enumerate(w.findings.findings) if f.code == "text.overflow")
    item = w.findings.list.item(row)
    assert item.icon().isNull() is False
    assert "passt nicht" in item.text()
    assert w.findings_dock.windowTitle().startswith("Prüfung (")

    w.findings.pick(row)
    finding = w.findings.findings[row]
    box = w.preview.highlight
    assert box is not None
    assert (box.x(), box.y(), box.width(), box.height()) == pytest.approx(finding.box)
    headline = w.doc.template.text_field("headline").box
    assert box.intersects(type(box)(headline.x, headline.y, headline.width, headline.height))
    assert w.panel.editors["headline"].hasFocus()
    # The error region is marked on the preview too.
    assert any(f.code == "text.overflow" for f in w.preview.findings)

    type_into(qtbot, w, "headline", "Tag der offenen Tür")
    wait_checked(qtbot, w, lambda f: "text.overflow" not in codes(f))
    assert w.preview.highlight is None          # the picked finding is gone, so is its frame


def write_csv(path: Path, rows: int) -> Path:
    lines = ["Überschrift;Datum;Ort"]
    lines += [f"Aktionstag Nr. {i} in Köln-Süd;{i}. März;Jobcenter Straße {i}" for i in range(1, rows + 1)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def make_dialog(w: MainWindow, qtbot) -> BatchDialog:
    dialog = w.batch_dialog()
    dialog.jobs = 1                     # in-process: no worker start-up in tests
    return dialog


def test_batch_dialog_cp1252_csv_mapping_preview_and_run(qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    assert w.act_batch.isEnabled()
    w.switch_template(w.catalogue.get(SOCIAL))
    dialog = make_dialog(w, qtbot)
    data = write_csv(tmp_path / "termine.csv", 3)
    dialog.template_boxes["story-veranstaltung"].setChecked(True)
    dialog.load(data)
    assert dialog.plan is not None, dialog.status.text()
    assert "cp1252" in dialog.detected.text()
    assert "Semikolon" in dialog.detected.text()
    assert dialog.mapping_combos["headline"].currentText() == "Überschrift"
    assert dialog.mapping_combos["date"].currentText() == "Datum"
    assert dialog.previews.count() == 3
    qtbot.waitUntil(lambda: len(dialog.thumbs) == 3, timeout=30_000)
    thumb = dialog.thumbs[(2, SOCIAL)]
    assert max(thumb.width(), thumb.height()) == pytest.approx(200, abs=2)
    assert not dialog.previews.item(0).icon().isNull()

    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    out = dialog.plan.out_dir
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert len(pngs) == 6
    assert dialog.report.count("ok") + dialog.report.count("warning") == 6
    assert "6 Dateien erstellt" in dialog.status.text() or "6 Datei(en) erstellt" in dialog.status.text()
    assert dialog.open_folder.isVisible()
    dialog.close()


def test_batch_cancel_leaves_finished_files(qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    w.switch_template(w.catalogue.get(SOCIAL))
    dialog = make_dialog(w, qtbot)
    dialog.load(write_csv(tmp_path / "viele.csv", 40))
    assert dialog.plan is not None
    assert dialog.plan.total_jobs == 40
    dialog._signals.progress.connect(lambda _p: dialog.cancel())
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    report = dialog.report
    assert report.cancelled
    made = [r for r in report.results if r.status in ("ok", "warning")]
    assert 0 < len(made) < 40
    for r in made:
        path = report.out_dir / r.file
        assert path.stat().st_size == r.size
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(report.out_dir.glob("*.tmp*"))
    assert "abgebrochen" in dialog.status.text()
    dialog.close()


def test_findings_in_english(qtbot) -> None:
    w = make_window(qtbot, "en")
    try:
        type_into(qtbot, w, "headline", LONG)
        wait_checked(qtbot, w, lambda f: "text.overflow" in codes(f))
        texts = [w.findings.list.item(i).text() for i in range(w.findings.list.count())]
        assert any("does not fit" in t for t in texts)
        assert "error" in w.findings.summary.text()
        assert w.findings_dock.windowTitle().startswith("Check (")
    finally:
        close(w)
        close(make_window(qtbot, "de"))        # back to German for other tests
