"""Face detection and the crop chosen around faces, on a real public-domain portrait.

The portrait is scikit-image's ``data.astronaut()`` (NASA, Eileen Collins; public domain), a
test-only dependency. Her face, read off the picture by eye, spans about 33–55 % of the width and
12–35 % of the height; her hair reaches up to about 6 %.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixtures_images import portrait_jpeg
from PIL import Image
from skimage import data

from assetkit.geometry import Rect
from assetkit.images.faces import detect_faces, faces_in_image, head_of
from assetkit.images.placement import cover_crop
from assetkit.images.samples import KINDS, sample_photo
from assetkit.images.subject import Cover, covered_faces, cut_faces, subject_focal

FACE = Rect(0.33, 0.12, 0.22, 0.23)     # where her face is (fractions of the photo)
HAIR_TOP, CHIN = 0.06, 0.33


@pytest.fixture(scope="module")
def portrait(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return portrait_jpeg(tmp_path_factory.mktemp("faces") / "astronaut.jpg", 1024)


def test_finds_the_astronauts_face_where_it_is(portrait: Path) -> None:
    faces = detect_faces(portrait)
    assert len(faces) == 1
    face = faces[0]
    cx, cy = face.x + face.width / 2, face.y + face.height / 2
    assert FACE.x < cx < FACE.right
    assert FACE.y < cy < FACE.bottom
    assert 0.12 < face.width < 0.26
    head = head_of(face)
    assert head.y < 0.08
    assert head.bottom > CHIN - 0.01


def test_a_face_in_profile_is_found() -> None:
    # scikit-image's cameraman (public domain) looks to the right, his face sideways: the
    # frontal cascade misses it, the mirrored profile cascade finds it at his head (by eye:
    # 33–55 % of the width, 18–40 % of the height).
    faces = faces_in_image(Image.fromarray(data.camera()))
    assert len(faces) == 1
    face = faces[0]
    cx, cy = face.x + face.width / 2, face.y + face.height / 2
    assert 0.33 < cx < 0.55
    assert 0.18 < cy < 0.40


def test_photos_without_people_have_no_faces() -> None:
    for picture in (data.coffee(), data.rocket(), data.chelsea(), data.brick(), data.grass(),
                    data.hubble_deep_field()):
        assert faces_in_image(Image.fromarray(picture)) == ()
    for name in KINDS:
        assert faces_in_image(sample_photo(name, (1200, 800))) == ()


def test_a_path_with_umlauts_works(portrait: Path, tmp_path: Path) -> None:
    # Windows installs under the user's name; OpenCV's own file reading fails on such paths.
    folder = tmp_path / "Jürgen Müller" / "Fotos"
    folder.mkdir(parents=True)
    copy = folder / "Beratung Ärztin.jpg"
    shutil.copy(portrait, copy)
    assert len(detect_faces(copy)) == 1


def test_an_unreadable_file_has_no_faces(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.jpg"
    broken.write_bytes(b"\xff\xd8\xff not a jpeg")
    assert detect_faces(broken) == ()
    assert detect_faces(tmp_path / "fehlt.jpg") == ()


def test_a_wide_box_keeps_the_whole_head(portrait: Path) -> None:
    faces = detect_faces(portrait)
    size = (1024, 1024)
    box = (1080.0, 420.0)                # the portrait strip of post-1x1-erfolgsgeschichte
    template_focal = (0.5, 0.3)
    plain = cover_crop(size, *box, template_focal)
    assert plain[1] / 1024 > HAIR_TOP    # the template's own focal point cuts her hair
    focal = subject_focal(size, faces, box, 1.0, [], template_focal)
    left, top, right, bottom = cover_crop(size, *box, focal)
    assert top / 1024 <= HAIR_TOP - 0.02
    assert bottom / 1024 >= CHIN + 0.02
    assert cut_faces(faces, size, (left, top, right, bottom)) == 0


def test_without_faces_the_template_focal_stays() -> None:
    assert subject_focal((1000, 800), (), (100.0, 40.0), 1.0, [], (0.5, 0.4)) == (0.5, 0.4)


def test_a_crop_low_in_the_photo_cuts_the_face(portrait: Path) -> None:
    faces = detect_faces(portrait)
    crop = cover_crop((1024, 1024), 1080.0, 420.0, (0.5, 0.55))
    assert cut_faces(faces, (1024, 1024), crop) == 1


def test_the_face_keeps_clear_of_a_panel_over_the_photo(portrait: Path) -> None:
    faces = detect_faces(portrait)
    size = (1024, 1024)
    box = (1000.0, 1000.0)
    # Zoomed in twice, the crop can move both ways; a panel covers the box's left half.
    panel = [Cover(Rect(0.0, 0.0, 500.0, 1000.0), "„Überschrift“")]
    centred = cover_crop(size, *box, (0.45, 0.25), 2.0)
    assert covered_faces(faces, size, centred, box, panel) == ["„Überschrift“"]
    focal = subject_focal(size, faces, box, 2.0, panel, (0.45, 0.25))
    crop = cover_crop(size, *box, focal, 2.0)
    assert covered_faces(faces, size, crop, box, panel) == []
    assert cut_faces(faces, size, crop) == 0


def test_faces_are_stored_for_the_next_process(portrait: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from assetkit.images import faces as module

    copy = tmp_path / "portrait.jpg"
    shutil.copy(portrait, copy)
    found = detect_faces(copy)
    assert len(found) == 1
    module._cache.clear()                       # a new process: nothing in memory

    def no_opencv(_image: object) -> tuple:
        raise AssertionError("detection ran again")

    monkeypatch.setattr(module, "faces_in_image", no_opencv)
    assert detect_faces(copy) == found
    # An edited file is a new version: found afresh, never the old answer.
    module._cache.clear()
    Image.new("RGB", (800, 600), (200, 200, 200)).save(copy)
    monkeypatch.undo()
    assert detect_faces(copy) == ()


def test_without_opencv_the_crop_falls_back_instead_of_failing(
        portrait: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assetkit.images import faces as module

    copy = tmp_path / "ohne-opencv.jpg"
    shutil.copy(portrait, copy)

    def broken(_name: str) -> None:
        raise RuntimeError("OpenCV could not read haarcascade_profileface.xml")

    monkeypatch.setattr(module, "_classifier", broken)
    assert detect_faces(copy) == ()
    monkeypatch.undo()
    module._cache.clear()
    assert len(detect_faces(copy)) == 1        # nothing wrong was stored for next time
