"""Issue #21, subject-aware crops in the app: a portrait placed in a wide photo field shows the
whole head at once, the focal-point marker sits where assetkit put it, and a click that cuts the
face off brings the warning into the findings panel.

The portrait is scikit-image's public-domain ``data.astronaut()`` (hair from about 6 % of the
height, chin at about 33 %).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_images import portrait_jpeg
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_app import pick, wait_rendered
from test_check_batch import codes, wait_checked

from assetkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
STRIP = "post-1x1-erfolgsgeschichte"       # a 1080 × 420 px strip for a portrait


@pytest.fixture
def portrait(tmp_path: Path) -> Path:
    return portrait_jpeg(tmp_path / "Porträt.jpg", 1400, quality=90)


def test_a_portrait_shows_the_whole_head_and_a_cut_is_a_warning(qtbot, window: MainWindow,
                                                                portrait: Path) -> None:
    w = window
    pick(qtbot, w, STRIP)
    assert w.set_photo_from_path("photo_portrait", str(portrait))
    wait_rendered(qtbot, w, lambda r: "photo_portrait" in r.crops)
    _left, top, _right, bottom = w.last_result.crops["photo_portrait"]
    assert top < 0.06
    assert bottom > 0.33
    wait_checked(qtbot, w, lambda f: True)
    assert "image.face_cut" not in codes(w.findings.findings)

    # The marker shows the focal point assetkit chose: between her hair and her chin.
    view = w.preview
    point = view.focal_point("photo_portrait")
    frame = view.photo_frame("photo_portrait")
    fy = (point.y() - frame.y()) / frame.height()
    assert 0.1 < fy < 0.3

    # A click low in the photo moves the crop down to her shoulders: the face is cut.
    box = w.doc.template.image_field("photo_portrait").box
    low = view.mapFromScene(box.x + box.width * 0.5, box.y + box.height * 0.98)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=low)
    qtbot.waitUntil(lambda: w.doc.state.images["photo_portrait"].focal is not None)
    wait_checked(qtbot, w, lambda f: "image.face_cut" in codes(f))
    finding = next(f for f in w.findings.findings if f.code == "image.face_cut")
    assert finding.severity == "warning"
    assert "angeschnitten" in finding.message_de
    box = w.panel.photo_widgets["photo_portrait"]
    assert box.crop_info.text() == "Bildausschnitt von Ihnen gesetzt."

    # „Automatisch“ gives the choice back to assetkit: whole head, no warning, one undo step.
    assert box.auto_crop.isEnabled()
    qtbot.mouseClick(box.auto_crop, Qt.MouseButton.LeftButton)
    assert w.doc.state.images["photo_portrait"].focal is None
    assert not box.auto_crop.isEnabled()
    wait_checked(qtbot, w, lambda f: "image.face_cut" not in codes(f))
    assert w.last_result.crops["photo_portrait"][1] < 0.06
    assert box.crop_info.text() == "Bildausschnitt automatisch um 1 Gesicht gewählt."
    w.act_undo.trigger()
    assert w.doc.state.images["photo_portrait"].focal is not None


def test_a_photo_without_faces_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, STRIP)
    plain = tmp_path / "Himmel.jpg"
    Image.new("RGB", (1200, 800), (90, 150, 210)).save(plain, quality=90)
    assert w.set_photo_from_path("photo_portrait", str(plain))
    wait_rendered(qtbot, w, lambda r: "photo_portrait" in r.crops)
    box = w.panel.photo_widgets["photo_portrait"]
    assert box.crop_info.text() == "Bildausschnitt automatisch (keine Gesichter erkannt)."
