"""Word files that would unpack to absurd sizes are refused before a part is unpacked."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docx_samples import sample_form

from assetkit.cli.main import main
from assetkit.word import WordError, stamp_docx


def with_padding(form: Path, out: Path, size: int) -> Path:
    """``form`` plus a media entry of ``size`` zero bytes (packs about 1000:1)."""
    with zipfile.ZipFile(form) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=1) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("word/media/leer.bin", "w", force_zip64=True) as handle:
            chunk = bytes(1 << 20)
            for _ in range(size >> 20):
                handle.write(chunk)
    return out


def test_a_docx_unpacking_to_hundreds_of_mb_is_refused_fast(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    bomb = with_padding(sample_form(tmp_path / "form.docx"), tmp_path / "bombe.docx", 210 << 20)
    assert bomb.stat().st_size < 2_000_000
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(WordError, match="bombe.docx“.* wäre entpackt größer als 200 MB"):
        stamp_docx(bomb, tmp_path / "out.docx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - start < 2
    assert peak < 20_000_000               # the file itself, not its unpacked parts
    # stamp reports each file and ends with 1 when one failed
    assert main(["stamp", str(bomb), "--out", str(tmp_path / "out2.docx")]) != 0
    out = capsys.readouterr()
    assert "200 MB" in out.out + out.err
    assert "Interner Fehler" not in out.out + out.err


def test_a_form_with_a_normal_picture_still_stamps(tmp_path: Path) -> None:
    form = with_padding(sample_form(tmp_path / "form.docx"), tmp_path / "bild.docx", 5 << 20)
    result = stamp_docx(form, tmp_path / "out.docx")
    assert result.headers_stamped >= 1
