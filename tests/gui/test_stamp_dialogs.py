"""„Logo aufbringen…“ and „Word-Vorlagen…“ offscreen: preview shows the logo where chosen,
changing the position re-previews, stamping writes copies and leaves inputs alone, dropping a
PDF on the main window opens the dialog, the Word template reopens in python-docx."""

from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from assetkit.gui import i18n
from assetkit.gui.app import create_app, create_window
from assetkit.gui.main_window import MainWindow
from assetkit.gui.stamp_dialog import StampDialog
from assetkit.gui.word_dialog import WordDialog
from assetkit.office import OfficeProfile

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "stamp"))
from stamp_samples import letter_pages, make_pdf, save  # noqa: E402

pytestmark = pytest.mark.gui
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    """Two A4 pages of text inside 25 mm margins: every corner is blank paper."""
    folder = tmp_path / "eingang"
    folder.mkdir()
    return save(make_pdf(letter_pages(2)), folder / "antrag.pdf")


@pytest.fixture
def dialog(qtbot, letter: Path) -> Iterator[StampDialog]:
    d = StampDialog([letter])
    d.show()
    yield d
    d.close()
    d.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def original(path: Path, index: int, width: int) -> Image.Image:
    """The page without any logo, rendered independently of assetkit at the preview's width."""
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[index]
    image = page.render(scale=width / page.get_width()).to_pil().convert("RGB")
    pdf.close()
    return image


def changed(preview: Image.Image, page: Image.Image, corner: str) -> float:
    """Share of pixels that differ clearly in a corner region (a fifth high, two fifths wide)."""
    w, h = min(preview.width, page.width), min(preview.height, page.height)
    top = 0 if corner.startswith("top") else h - h // 5
    left = w - w * 2 // 5 if corner.endswith("right") else 0
    box = (left, top, left + w * 2 // 5, top + h // 5)
    diff = ImageChops.difference(preview.crop(box), page.crop(box))
    strong = Image.eval(diff.convert("L"), lambda v: 255 if v > 40 else 0)
    hist = strong.histogram()
    return hist[255] / (box[2] - box[0]) / (box[3] - box[1])


def wait_preview(qtbot, d: StampDialog, position: str, index: int = 0) -> Image.Image:
    def ready() -> bool:
        o = d.outcome
        return (o is not None and not d.previewer.busy and o.image is not None
                and o.request.options.position == position and o.request.index == index)

    qtbot.waitUntil(ready, timeout=20_000)
    assert d.outcome is not None
    assert d.outcome.image is not None
    return to_pil(d.outcome.image)


def test_preview_shows_the_logo_in_the_chosen_corner(qtbot, dialog: StampDialog,
                                                     letter: Path) -> None:
    d = dialog
    d.position.setCurrentIndex(d.position.findData("top-right"))
    shown = wait_preview(qtbot, d, "top-right")
    page = original(letter, 0, shown.width)
    assert changed(shown, page, "top-right") > 0.02          # the logo is there …
    assert changed(shown, page, "bottom-left") == 0.0         # … and nowhere else
    assert "2 von 2" in d.note.text()

    d.position.setCurrentIndex(d.position.findData("bottom-left"))
    moved = wait_preview(qtbot, d, "bottom-left")
    assert changed(moved, page, "bottom-left") > 0.02
    assert changed(moved, page, "top-right") == 0.0

    d.page.setValue(2)                                         # page selector: second page
    second = wait_preview(qtbot, d, "bottom-left", index=1)
    assert changed(second, original(letter, 1, second.width), "bottom-left") > 0.02


def test_stamp_all_writes_copies_and_reports_per_file(qtbot, dialog: StampDialog, letter: Path,
                                                      tmp_path: Path) -> None:
    d = dialog
    broken = letter.with_name("kaputt.pdf")
    broken.write_bytes(b"%PDF-1.7\nkein PDF")
    before = {p: digest(p) for p in (letter, broken)}
    d.add_paths([broken])
    out = tmp_path / "ausgabe"
    d.out.setText(str(out))
    qtbot.mouseClick(d.stamp_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.report is not None, timeout=30_000)

    stamped = out / "antrag_kampagne.pdf"
    assert stamped.is_file()
    assert len(pdfium.PdfDocument(str(stamped))) == 2
    assert {p: digest(p) for p in before} == before             # originals untouched
    rows = {d.results.topLevelItem(i).text(0): d.results.topLevelItem(i)
            for i in range(d.results.topLevelItemCount())}
    assert rows["antrag.pdf"].text(1) == "gestempelt"
    assert rows["kaputt.pdf"].text(1) == "fehlgeschlagen"
    assert rows["kaputt.pdf"].text(2)                          # with a reason
    assert "Originale sind unverändert" in d.status.text()
    assert d.open_folder.isVisible()
    assert d.output_folder() == out
    assert d.stamp_button.isEnabled()


def test_cancel_skips_the_files_not_yet_stamped(qtbot, dialog: StampDialog, letter: Path) -> None:
    d = dialog
    more = [save(make_pdf(letter_pages(1)), letter.with_name(f"brief{i}.pdf")) for i in range(3)]
    d.add_paths(more)
    qtbot.mouseClick(d.stamp_button, Qt.MouseButton.LeftButton)
    assert d.cancel_button.isVisible()
    assert not d.stamp_button.isEnabled()                      # no second run while one runs
    qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.report is not None, timeout=30_000)
    last = d.results.topLevelItem(d.results.topLevelItemCount() - 1)
    assert last.text(0) == "brief2.pdf"
    assert last.text(1) == "übersprungen"
    assert "abgebrochen" in last.text(2)
    assert not letter.with_name("brief2_kampagne.pdf").exists()
    assert not d.cancel_button.isVisible()


def test_word_form_is_listed_with_a_note_instead_of_a_preview(qtbot, dialog: StampDialog,
                                                              tmp_path: Path) -> None:
    form = tmp_path / "formular.docx"
    document = docx.Document()
    document.add_paragraph("Antrag")
    document.save(form)
    dialog.add_paths([form])
    assert dialog.current_file() == form
    assert "keine Seitenvorschau" in dialog.page_view.text()


def make_window() -> MainWindow:
    create_app()
    window = create_window("de", ask_recovery=False)
    window.show()
    return window


def close(window: MainWindow) -> None:
    window.doc.history.mark_clean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def drop(target, paths: list[Path]) -> QDropEvent:
    """A drag-and-drop of files onto ``target``, delivered the way Qt delivers real ones."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = target.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


def test_dropping_a_pdf_on_the_window_opens_the_stamp_dialog(qtbot, letter: Path,
                                                             tmp_path: Path) -> None:
    w = make_window()
    try:
        w.switch_template(w.catalogue.get("post-4x5-veranstaltung"))   # has a photo field
        drop(w.preview.viewport(), [letter])
        assert w.stamp is not None
        assert w.stamp.isVisible()
        assert w.stamp.inputs() == [letter]
        assert "photo" not in w.doc.state.images                        # not taken as a photo
        photo = tmp_path / "team.jpg"
        Image.new("RGB", (1600, 1200), (30, 120, 200)).save(photo)
        drop(w.preview.viewport(), [photo])                             # photos still go in
        assert w.doc.state.images["photo"].source == photo
        assert w.stamp.inputs() == [letter]
        w.stamp.close()
    finally:
        close(w)


def test_word_templates_dialog_writes_a_dotx_python_docx_reopens(qtbot, tmp_path: Path) -> None:
    w = make_window()
    try:
        w.doc.set_office(None)
        dialog = w.word_dialog()
        assert not dialog.save_button.isEnabled()                       # empty profile: hint
        assert "Dienststellenprofil ist noch leer" in dialog.office_text.text()
        w.doc.set_office(OfficeProfile(name="Jobcenter Musterkreis", street="Musterstraße 1",
                                       postal_code="12345", city="Musterstadt"))
        assert dialog.save_button.isEnabled()
        assert "Musterkreis" in dialog.office_text.text()
        dialog.form.setChecked(True)
        target = tmp_path / "vorlagen" / "Formular"
        target.parent.mkdir()
        dialog.save_to(target)
        qtbot.waitUntil(lambda: dialog.written is not None or "nicht" in dialog.status.text(),
                        timeout=20_000)
        assert dialog.written == target.with_name("Formular.dotx")
        assert dialog.open_folder.isVisible()
        data = dialog.written.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            types = z.read("[Content_Types].xml").decode()
            assert TEMPLATE_CT in types
            # python-docx only opens documents; the same package as a document must load.
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as out:
                for item in z.infolist():
                    body = z.read(item)
                    if item.filename == "[Content_Types].xml":
                        body = types.replace(TEMPLATE_CT, DOCUMENT_CT).encode()
                    out.writestr(item, body)
        reopened = docx.Document(io.BytesIO(buffer.getvalue()))
        assert "Musterkreis" in reopened.sections[0].header._element.xml
        dialog.close()
    finally:
        close(w)


def test_dialogs_speak_english_when_chosen(qtbot) -> None:
    app = create_app()
    i18n.install(app, "en")
    try:
        stamp = StampDialog()
        word = WordDialog(None)
        assert stamp.windowTitle() == "Apply logo"
        assert stamp.stamp_button.text() == "Stamp all"
        assert stamp.position.itemText(1) == "Top right"
        assert word.letter.text() == "&Letter template (DIN 5008)"
        assert "office profile is still empty" in word.office_text.text()
        stamp.deleteLater()
        word.deleteLater()
    finally:
        i18n.install(app, "de")
