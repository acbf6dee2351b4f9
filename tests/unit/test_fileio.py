import errno
import os
from pathlib import Path

import pytest

from assetkit.errors import OutputError
from assetkit.fileio import write_atomic


def test_writes_and_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]   # no temp files left


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"original")
    with pytest.raises(OutputError, match="Eingabedatei"):
        write_atomic(photo, b"x", inputs=[photo])
    link = tmp_path / "link.jpg"
    link.symlink_to(photo)
    with pytest.raises(OutputError, match="Eingabedatei"):
        write_atomic(link, b"x", inputs=[photo])
    assert photo.read_bytes() == b"original"


def test_missing_folder_and_read_only_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="existiert nicht"):
        write_atomic(tmp_path / "nope" / "a.png", b"x")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user that ignores permissions (root)")
        with pytest.raises(OutputError, match="Schreibrechte"):
            write_atomic(locked / "a.png", b"x")
    finally:
        locked.chmod(0o700)


def test_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "projekt.akp"
    write_atomic(target, b"old work")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match="Datenträger ist voll"):
        write_atomic(target, b"new work")
    assert target.read_bytes() == b"old work"
    assert [p.name for p in tmp_path.iterdir()] == ["projekt.akp"]


def test_written_files_are_readable_like_any_saved_file(tmp_path: Path) -> None:
    target = tmp_path / "flyer.pdf"
    old = os.umask(0o022)
    try:
        write_atomic(target, b"%PDF")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644
