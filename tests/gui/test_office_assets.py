"""Extras → PowerPoint-Vorlage…, Logopaket…, E-Mail-Signatur… (#22): each dialog builds its file
from the office profile in the background, asks before replacing a file, never writes over an
input and says in German what it wrote or why not."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pptx
import pytest
from lxml import etree
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetkit.gui import i18n
from assetkit.gui.app import create_app, create_window
from assetkit.gui.main_window import MainWindow
from assetkit.gui.office_assets import (
    LogoPackageDialog,
    OfficeAssetDialog,
    PptxDialog,
    SignatureDialog,
)
from assetkit.office import OfficeProfile

pytestmark = pytest.mark.gui
POTX_CT = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
PPTX_CT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
OFFICE = OfficeProfile(name="Jobcenter Musterkreis", street="Musterstraße 1", postal_code="12345",
                       city="Musterstadt", phone="01234 5678-0", email="info@jobcenter-musterkreis.de",
                       web="www.jobcenter-musterkreis.de")


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    create_app()
    w = create_window("de", ask_recovery=False)
    w.doc.set_office(OFFICE)
    yield w
    w.doc.history.mark_clean()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def saved(qtbot, dialog: OfficeAssetDialog) -> str:
    """Wait for the worker; the status line it left."""
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and "Erstelle" not in dialog.status.text(),
                    timeout=60_000)
    return dialog.status.text()


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """When the replace question opens: note its text and press ``button_text``."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.windowTitle()}|{box.text()}|{box.defaultButton().text()}")
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, answer)


def test_the_extras_menu_opens_the_three_dialogs(qtbot, window: MainWindow) -> None:
    w = window
    texts = [a.text() for a in w.extras_menu.actions() if not a.isSeparator()]
    for text in ("&Word-Vorlagen…", "&PowerPoint-Vorlage…", "&Logopaket…", "&E-Mail-Signatur…"):
        assert text in texts
    for action, kind, title in ((w.act_pptx, PptxDialog, "PowerPoint-Vorlage"),
                                (w.act_logos, LogoPackageDialog, "Logopaket"),
                                (w.act_signature, SignatureDialog, "E-Mail-Signatur")):
        action.trigger()
        dialog = w.office_asset
        assert isinstance(dialog, kind)
        assert dialog.isVisible()
        assert dialog.windowTitle() == title
        assert "Jobcenter Musterkreis" in dialog.office_text.text()
        dialog.close()


# -- PowerPoint ----------------------------------------------------------------------------------
def test_the_powerpoint_dialog_writes_a_template_powerpoint_opens(qtbot, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    dialog = window.pptx_dialog()
    try:
        assert dialog.suggested_name() == "Praesentation_jobcenter-musterkreis.potx"
        assert dialog.save_to(tmp_path / "Kampagne")               # the suffix is added
        status = saved(qtbot, dialog)
        target = tmp_path / "Kampagne.potx"
        assert dialog.written == [target]
        assert status.startswith(f"Gespeichert: {target}")
        assert "6 Layouts" in status
        assert dialog.open_folder.isVisible()
        with zipfile.ZipFile(target) as z:
            types = z.read("[Content_Types].xml").decode()
        assert POTX_CT in types
        # python-pptx opens presentations: the same package as a .pptx must load.
        buffer = io.BytesIO()
        with zipfile.ZipFile(target) as z, zipfile.ZipFile(buffer, "w") as out:
            for item in z.infolist():
                body = z.read(item)
                if item.filename == "[Content_Types].xml":
                    body = types.replace(POTX_CT, PPTX_CT).encode()
                out.writestr(item, body)
        deck = pptx.Presentation(io.BytesIO(buffer.getvalue()))
        assert len(deck.slides) == 6
        assert "Titelfolie" in [layout.name for layout in deck.slide_layouts]

        # A presentation without the example slides.
        dialog.pptx.setChecked(True)
        dialog.samples.setChecked(False)
        assert dialog.save_to(tmp_path / "Leer.pptx")
        saved(qtbot, dialog)
        assert len(pptx.Presentation(tmp_path / "Leer.pptx").slides) == 0
    finally:
        dialog.close()


def test_without_an_office_name_the_dialog_says_so_and_saves_nothing(qtbot, window: MainWindow,
                                                                     tmp_path: Path) -> None:
    window.doc.set_office(None)
    dialog = window.pptx_dialog()
    try:
        assert not dialog.save_button.isEnabled()
        assert "Dienststellenprofil ist noch leer" in dialog.office_text.text()
        assert not dialog.save_to(tmp_path / "Vorlage.potx")
        assert not (tmp_path / "Vorlage.potx").exists()
        window.doc.set_office(OFFICE)                  # saved in the profile dialog meanwhile
        assert dialog.save_button.isEnabled()
        assert "Musterkreis" in dialog.office_text.text()
    finally:
        dialog.close()


def test_the_dialog_asks_before_replacing_and_cancel_keeps_the_file(qtbot, window: MainWindow,
                                                                    tmp_path: Path) -> None:
    dialog = window.pptx_dialog()
    try:
        target = tmp_path / "Vorlage.potx"
        target.write_bytes(b"meine alte Vorlage")
        seen: list[str] = []
        answer_next_box("Abbrechen", seen)
        assert not dialog.save_to(target)
        assert seen == ["Datei ersetzen?|„Vorlage.potx“ gibt es schon. Ersetzen?|Abbrechen"]
        assert target.read_bytes() == b"meine alte Vorlage"
        assert "unverändert" in dialog.status.text()

        answer_next_box("Ersetzen", seen)
        assert dialog.save_to(target)
        saved(qtbot, dialog)
        assert zipfile.is_zipfile(target)
    finally:
        dialog.close()


# -- logo package --------------------------------------------------------------------------------
def test_the_logo_package_needs_no_office_and_holds_every_variant(qtbot, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    window.doc.set_office(None)
    dialog = window.logo_package_dialog()
    try:
        assert dialog.save_button.isEnabled()
        assert "nur die Kampagnenlogos" in dialog.office_text.text()
        assert dialog.save_to(tmp_path / "logos.zip")
        status = saved(qtbot, dialog)
        assert status.startswith(f"Gespeichert: {tmp_path / 'logos.zip'}")
        with zipfile.ZipFile(tmp_path / "logos.zip") as z:
            names = z.namelist()
        assert any(n.endswith("Logo-Richtlinien.pdf") for n in names)
        assert any(n.endswith("favicon/favicon.ico") for n in names)
        assert any("druck-pdf-cmyk/" in n for n in names)
        assert not any("co-branding/" in n for n in names)
        assert f"({len([n for n in names if not n.endswith('/')])} Dateien)" in status
    finally:
        dialog.close()


def test_the_logo_package_adds_the_co_branding_with_the_offices_logo(qtbot, window: MainWindow,
                                                                     tmp_path: Path) -> None:
    logo = tmp_path / "wappen.png"
    Image.new("RGB", (200, 240), (160, 20, 30)).save(logo)
    window.doc.set_office(OfficeProfile(name="Jobcenter Musterkreis", logo=logo))
    dialog = window.logo_package_dialog()
    try:
        assert "wappen.png" in dialog.office_text.text()
        assert dialog.save_to(tmp_path / "logos")
        status = saved(qtbot, dialog)
        assert "Mit Co-Branding-Logo." in status
        with zipfile.ZipFile(tmp_path / "logos.zip") as z:
            assert any("co-branding/" in n for n in z.namelist())
    finally:
        dialog.close()


# -- e-mail signature ----------------------------------------------------------------------------
def test_the_signature_dialog_writes_the_html_and_its_banner(qtbot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    dialog = window.signature_dialog()
    try:
        dialog.name.setText("Erika Mustermann")
        dialog.role.setText("Arbeitgeberservice")
        assert dialog.suggested_name() == "Signatur_erika-mustermann.html"
        assert dialog.save_to(tmp_path / "signatur.html")
        status = saved(qtbot, dialog)
        html, banner = tmp_path / "signatur.html", tmp_path / "signatur-banner.png"
        assert "signatur-banner.png" in status
        assert "im Browser öffnen" in status
        with Image.open(banner) as image:
            assert image.size == (600, 120)
        root = etree.fromstring(html.read_bytes())                  # well-formed
        text = "".join(root.itertext())
        for words in ("Erika Mustermann", "Arbeitgeberservice", "Jobcenter Musterkreis",
                      "info@jobcenter-musterkreis.de"):
            assert words in text
        hrefs = [a.get("href") for a in root.iter("{*}a", "a")]
        assert "mailto:info@jobcenter-musterkreis.de" in hrefs
        sources = [i.get("src") for i in root.iter("{*}img", "img")]
        assert sources == ["signatur-banner.png"]
    finally:
        dialog.close()


def test_the_signature_asks_about_the_banner_too(qtbot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    banner = tmp_path / "signatur-banner.png"
    banner.write_bytes(b"altes Banner")
    dialog = window.signature_dialog()
    try:
        seen: list[str] = []
        answer_next_box("Abbrechen", seen)
        assert not dialog.save_to(tmp_path / "signatur.html")
        assert "„signatur-banner.png“" in seen[0]
        assert banner.read_bytes() == b"altes Banner"
        assert not (tmp_path / "signatur.html").exists()
    finally:
        dialog.close()


def test_the_signature_never_writes_over_the_offices_logo(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    logo = tmp_path / "mail-banner.png"           # the office's logo, where the banner would go
    Image.new("RGB", (200, 240), (160, 20, 30)).save(logo)
    before = logo.read_bytes()
    window.doc.set_office(OfficeProfile(name="Jobcenter Musterkreis", logo=logo))
    dialog = window.signature_dialog()
    try:
        seen: list[str] = []
        answer_next_box("Ersetzen", seen)
        assert dialog.save_to(tmp_path / "mail.html")
        status = saved(qtbot, dialog)
        assert status.startswith("Nicht gespeichert: ")
        assert "Eingabedatei" in status
        assert logo.read_bytes() == before
        assert not (tmp_path / "mail.html").exists()
    finally:
        dialog.close()


def test_a_plain_http_banner_address_is_refused_in_german(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    dialog = window.signature_dialog()
    try:
        dialog.banner_url.setText("http://www.jobcenter-musterkreis.de/banner.png")
        assert dialog.save_to(tmp_path / "signatur.html")
        status = saved(qtbot, dialog)
        assert status.startswith("Nicht gespeichert: ")
        assert "https://" in status
        assert not (tmp_path / "signatur.html").exists()
        assert not dialog.open_folder.isVisible()
    finally:
        dialog.close()


def test_the_dialogs_speak_english_when_chosen(qtbot) -> None:
    app = create_app()
    i18n.install(app, "en")
    try:
        dialogs = [PptxDialog(None), LogoPackageDialog(None), SignatureDialog(OFFICE)]
        titles = [d.windowTitle() for d in dialogs]
        assert titles == ["PowerPoint template", "Logo package", "E-mail signature"]
        assert "office profile is still empty" in dialogs[0].office_text.text()
        assert dialogs[0].save_button.text() == "&Save as…"
        assert dialogs[1].office_text.text() == "Without an office profile: the campaign logos only."
        for d in dialogs:
            d.deleteLater()
    finally:
        i18n.install(app, "de")
