"""Find the faces in a photo, offline, so that a default crop keeps them whole.

In:  a photo file.
Out: the faces found, each as a box in fractions of the upright photo (0–1 of its width and
     height), largest first; an empty tuple when there are none or the photo cannot be read
     (loading errors are reported where the photo is placed, not here).

Detection uses the Haar cascades for frontal faces and faces in profile that OpenCV ships
(``cv2.data``); no model is downloaded. The photo is decoded reduced and scaled to
:data:`DETECT_PX` on its long side first, so a 24-megapixel file costs about as much as a
screen-sized one and the original and its preview proxy give the same faces. Results are kept
per file version (path, mtime, size) in memory and in the user's cache folder (``faces/``), so
the next process asks neither OpenCV nor the photo.

The cascade is read from memory: OpenCV's own file reading fails on paths with non-ASCII
characters on Windows (an installation under „C:\\Users\\Jürgen\\…“).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assetkit.errors import ImageError
from assetkit.geometry import Rect
from assetkit.images.loading import load_image
from assetkit.userdirs import derived_data

if TYPE_CHECKING:
    from PIL import Image

DETECT_PX = 640          # long side of the image the detector sees
# Faces smaller than this share of the photo's short side are background people, not the
# subject a crop has to keep (and the cascade's false hits are mostly tiny).
MIN_FACE_SHARE = 0.05
MIN_FACE_PX = 24         # the cascade's own window
CASCADE = "haarcascade_frontalface_alt2.xml"   # fewer false hits than the default cascade
PROFILE_CASCADE = "haarcascade_profileface.xml"  # faces turned sideways (a counselling talk)
CASCADES = (CASCADE, PROFILE_CASCADE)
# Between the window sizes tried: 1.15 finds the same faces in the test portraits as 1.1 at
# two thirds of the time. Faces in profile are looked for only from 8 % of the short side and
# in coarser steps: the two profile passes (photo and mirror image) then cost about as much as
# the frontal one, not three times as much (bench/bench_faces.py).
SCALE_STEP = 1.15
PROFILE_SCALE_STEP = 1.2
PROFILE_MIN_SHARE = 0.08
SAME_FACE = 0.3          # overlap (intersection over union) of two hits on one face
_CACHE_SIZE = 64
FORMAT = 2               # of the stored results; raise it when detection changes


# A face: its box in fractions of the upright photo (left, top, width, height).
Face = Rect


def head_of(face: Face) -> Rect:
    """The whole head around a detected face: the cascade's box runs from the brows to the
    mouth, so hair and forehead above and the chin below are added."""
    return Rect(face.x - 0.12 * face.width, face.y - 0.45 * face.height,
                face.width * 1.24, face.height * 1.65)


_lock = threading.Lock()
_detect_lock = threading.Lock()     # one classifier, not safe for two threads at once
_cache: OrderedDict[tuple[str, int, int], tuple[Face, ...]] = OrderedDict()
_pending: dict[tuple[str, int, int], Future[tuple[Face, ...]]] = {}
_cascades: dict[str, Any] = {}


def detect_faces(source: Path) -> tuple[Face, ...]:
    """The faces in ``source`` (fractions of the upright photo), largest first."""
    try:
        st = source.stat()
        key = (str(source.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        return ()
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        pending = _pending.get(key)
        mine = pending is None
        if pending is None:
            pending = _pending[key] = Future()
    if not mine:
        return pending.result()     # another thread is looking at this photo right now
    faces: tuple[Face, ...] = ()
    try:
        faces = _stored(key, lambda: faces_in_image(
            load_image(source, min_size=(DETECT_PX // 2, DETECT_PX // 2)).image))
    except ImageError:
        pass                        # placing the photo reports it in a clear sentence
    except (ImportError, OSError, RuntimeError):
        # OpenCV or a cascade missing from a broken installation: the crop falls back to the
        # template's focal point, as without faces (the installers' smoke tests catch this).
        pass
    finally:
        with _lock:
            _cache[key] = faces
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
            _pending.pop(key, None)
        pending.set_result(faces)
    return faces


def _stored(key: tuple[str, int, int], find: Callable[[], tuple[Face, ...]]) -> tuple[Face, ...]:
    """The faces of this file version from the user's cache folder, found once: a command-line
    export in a fresh process then needs neither OpenCV nor the photo's decode for them (about
    0.2 s). The key names the file version and everything detection depends on."""
    found: list[tuple[Face, ...]] = []

    def build() -> bytes:
        found.append(find())
        return json.dumps([[f.x, f.y, f.width, f.height] for f in found[0]]).encode()

    settings = (FORMAT, CASCADES, DETECT_PX, SCALE_STEP, MIN_FACE_SHARE, MIN_FACE_PX,
                PROFILE_SCALE_STEP, PROFILE_MIN_SHARE)
    raw = derived_data("faces", "faces", f"{settings}|{key}", build)
    if found:
        return found[0]
    try:
        return tuple(Face(*map(float, box)) for box in json.loads(raw))
    except (ValueError, TypeError):
        return find()


def faces_in_image(image: Image.Image) -> tuple[Face, ...]:
    """The faces in a decoded photo (fractions of its size), largest first: frontal faces, and
    faces in profile looking either way (the profile cascade knows one direction; the mirrored
    photo gives the other). A profile hit where a frontal face was found is the same face."""
    import cv2
    import numpy as np

    gray = image.convert("L")
    gray.thumbnail((DETECT_PX, DETECT_PX))
    w, h = gray.size
    pixels = cv2.equalizeHist(np.asarray(gray))
    least = max(MIN_FACE_PX, round(MIN_FACE_SHARE * min(w, h)))
    if least > min(w, h):
        return ()
    frontal, profile = _classifier(CASCADE), _classifier(PROFILE_CASCADE)
    mirrored = np.ascontiguousarray(pixels[:, ::-1])
    side = max(least, round(PROFILE_MIN_SHARE * min(w, h)))
    with _detect_lock:
        found = [tuple(b) for b in _detect(frontal, pixels, least, SCALE_STEP)]
        sideways = [tuple(b) for b in _detect(profile, pixels, side, PROFILE_SCALE_STEP)]
        sideways += [(w - x - bw, y, bw, bh)
                     for x, y, bw, bh in _detect(profile, mirrored, side, PROFILE_SCALE_STEP)]
    for box in sideways:
        if all(_iou(box, kept) < SAME_FACE for kept in found):
            found.append(box)
    faces = [Face(float(x) / w, float(y) / h, float(bw) / w, float(bh) / h)
             for x, y, bw, bh in found]
    faces.sort(key=lambda f: f.width * f.height, reverse=True)
    return tuple(faces)


def _detect(cascade: Any, pixels: Any, least: int, step: float) -> Any:
    return cascade.detectMultiScale(pixels, scaleFactor=step, minNeighbors=5,
                                    minSize=(least, least))


def _iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    ra, rb = Rect(*map(float, a)), Rect(*map(float, b))
    both = ra.overlap(rb)
    return both / (ra.area + rb.area - both) if both else 0.0


def _classifier(name: str) -> Any:
    with _lock:
        if name not in _cascades:
            import cv2

            # cv2.data is a submodule mypy's stubs do not know.
            data = getattr(getattr(cv2, "data", None), "haarcascades", None) \
                or Path(cv2.__file__).parent / "data"
            xml = (Path(data) / name).read_text(encoding="utf-8")
            storage = cv2.FileStorage(xml, cv2.FILE_STORAGE_READ | cv2.FILE_STORAGE_MEMORY)
            cascade = cv2.CascadeClassifier()
            if not cascade.read(storage.getFirstTopLevelNode()):
                raise RuntimeError(f"OpenCV could not read {name}")
            _cascades[name] = cascade
        return _cascades[name]
