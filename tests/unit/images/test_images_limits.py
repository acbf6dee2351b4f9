"""Pillow's own limits never reach the user raw: oversized PNG chunks are one sentence, and its
DecompressionBombWarning (with a site-packages path) never leaks from any command."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import Image

from assetkit.cli.main import main
from assetkit.images import ImageLoadError, load_image, open_image, read_image_info


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with(kind: bytes, payload: bytes) -> bytes:
    """A small valid PNG with one extra chunk right after IHDR."""
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (10, 120, 90)).save(buffer, "PNG")
    png = buffer.getvalue()
    head = 8 + 25                       # signature + IHDR chunk
    return png[:head] + _chunk(kind, payload) + png[head:]


BOMBS = {
    "text": png_with(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * 20_000_000)),
    "icc": png_with(b"iCCP", b"icc\x00\x00" + zlib.compress(bytes(20_000_000))),
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_an_oversized_text_or_colour_profile_chunk_is_one_sentence(tmp_path: Path, kind: str,
                                                                   capsys: pytest.CaptureFixture[str]
                                                                   ) -> None:
    path = tmp_path / f"{kind}.png"
    path.write_bytes(BOMBS[kind])
    assert path.stat().st_size < 100_000
    for read in (load_image, read_image_info):
        with pytest.raises(ImageLoadError) as caught:
            read(path)
        assert caught.value.reason == "oversized_chunk"
        assert str(caught.value) == (f"Das Bild „{kind}.png“ enthält einen übergroßen Text- oder "
                                     "Farbprofil-Block und wird nicht gelesen.")
    code = main(["render", "post-4x5-veranstaltung", "--out", str(tmp_path / "aus.png"),
                 "--image", f"photo={path}"])
    err = capsys.readouterr().err
    assert code == 2
    assert "übergroßen Text- oder Farbprofil-Block" in err
    assert "MAX_TEXT_CHUNK" not in err
    # Stamping opens images through images.open_image: the same sentence, no Pillow text.
    assert main(["stamp", str(path), "--out", str(tmp_path / "gestempelt.png")]) != 0
    out = capsys.readouterr()
    assert "übergroßen Text- oder Farbprofil-Block" in out.out + out.err
    assert "MAX_TEXT_CHUNK" not in out.out + out.err


@pytest.fixture
def low_pillow_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow warns from 1 MP on (its default is 89 MP): the same code path, 100 times cheaper."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)


def _photo(tmp_path: Path, size: tuple[int, int]) -> Path:
    path = tmp_path / "gross.png"
    Image.new("RGB", size, (200, 120, 40)).save(path)
    return path


def test_open_image_within_our_limit_warns_nothing(tmp_path: Path, low_pillow_limit: None) -> None:
    data = _photo(tmp_path, (1500, 1000)).read_bytes()        # 1.5 MP: over Pillow's warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        image = open_image(data, name="gross.png")
    assert image.size == (1500, 1000)


def test_open_image_over_our_limit_is_a_sentence(tmp_path: Path) -> None:
    data = _photo(tmp_path, (300, 200)).read_bytes()
    with pytest.raises(ImageLoadError, match=r"„gross.png“ ist mit 300 × 200 Pixeln zu groß "
                                             r"\(höchstens 0,05 Megapixel\)"):
        open_image(data, name="gross.png", max_pixels=50_000)


@pytest.mark.parametrize("command", ["check", "stamp"])
def test_no_command_lets_pillows_warning_through(tmp_path: Path, low_pillow_limit: None,
                                                 capsys: pytest.CaptureFixture[str],
                                                 command: str) -> None:
    path = _photo(tmp_path, (1500, 1000))
    argv = [command, str(path)] + (["--out", str(tmp_path / "aus.png")] if command == "stamp"
                                   else [])
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # a warning would now be an internal error
        code = main(argv)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "DecompressionBomb" not in out.out + out.err
    assert "site-packages" not in out.out + out.err
