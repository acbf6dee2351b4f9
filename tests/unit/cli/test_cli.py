"""The command line as a user meets it: exit codes, one-sentence errors, files written."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from assetkit.cli.main import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_lists_ids_categories_and_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["templates"], capsys)
    assert code == 0
    assert "flyer-a4-veranstaltung" in out
    assert "210×297 mm" in out
    assert "1080×1350 px" in out


def test_fields_lists_kinds_labels_and_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["fields", "flyer-a4-veranstaltung"], capsys)
    assert code == 0
    assert "headline" in out
    assert "Überschrift" in out
    assert "Tag der offenen Tür" in out
    assert "Bild" in out
    assert "office.name" in out


def test_render_png_with_text_and_photo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo = tmp_path / "foto.png"
    Image.new("RGB", (2000, 1400), (30, 90, 160)).save(photo)
    out_file = tmp_path / "post.png"
    code, out, err = run(["render", "post-4x5-veranstaltung", "--out", str(out_file),
                          "--set", "headline=Unternehmerfrühstück", "--image", f"photo={photo}",
                          "--focal", "photo=0.5,0.2"], capsys)
    assert code == 0, err
    assert Image.open(out_file).size == (1080, 1350)
    assert "geschrieben" in out


def test_render_jpeg_and_svg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["render", "story-veranstaltung", "--out", str(tmp_path / "s.jpg")], capsys)
    assert code == 0, err
    image = Image.open(tmp_path / "s.jpg")
    assert image.format == "JPEG"
    assert image.size == (1080, 1920)
    assert image.mode == "RGB"
    code, _, _ = run(["render", "story-veranstaltung", "--out", str(tmp_path / "s.svg")], capsys)
    assert code == 0
    assert (tmp_path / "s.svg").read_bytes().lstrip().startswith(b"<?xml")


def test_text_that_does_not_fit_refuses_the_export_unless_forced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = "Informationsveranstaltung zur öffentlich geförderten Beschäftigung " * 8
    out = tmp_path / "p.png"
    args = ["render", "post-4x5-veranstaltung", "--out", str(out), "--set", f"headline={long}"]
    code, _, err = run(args, capsys)
    assert code == 2
    assert "Fehler: Der Text in „Überschrift“ passt nicht" in err
    assert "nicht geschrieben" in err
    assert not out.exists()
    code, _, err = run([*args, "--force"], capsys)
    assert code == 0
    assert "mit --force geschrieben" in err
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["render", "gibt-es-nicht", "--out", "x.png"], "gibt es nicht"),
        (["render", "post-4x5-veranstaltung", "--out", "x.gif"], "Dateiformat"),
        (["render", "post-4x5-veranstaltung", "--out", "x.png", "--set", "farbe=rot"], "kein Textfeld"),
        (["render", "post-4x5-veranstaltung", "--out", "x.png", "--set", "ohne-gleich"], "FELD=WERT"),
        (["render", "post-4x5-veranstaltung", "--out", "x.png", "--image", "photo=/nicht/da.jpg"],
         "gibt es nicht"),
        (["render", "post-4x5-veranstaltung", "--out", "x.png", "--office", "/nicht/da.toml"],
         "gibt es nicht"),
        (["render", "post-4x5-veranstaltung", "--out", "x.png", "--focal", "photo=2,2"],
         "zwischen 0 und 1"),
        (["fields", "nix"], "gibt es nicht"),
    ],
)
def test_bad_input_gives_one_sentence_and_exit_2(args: list[str], fragment: str,
                                                  capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(args, capsys)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())       # nothing half-written


def test_broken_photo_and_refusal_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kaputt.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    code, _, err = run(["render", "post-4x5-veranstaltung", "--out", str(tmp_path / "o.png"),
                        "--image", f"photo={broken}"], capsys)
    assert code == 2
    assert "kaputt.png" in err
    photo = tmp_path / "foto.png"
    Image.new("RGB", (1200, 900), (1, 2, 3)).save(photo)
    before = photo.read_bytes()
    code, _, err = run(["render", "post-4x5-veranstaltung", "--out", str(photo),
                        "--image", f"photo={photo}"], capsys)
    assert code == 2
    assert "Eingabedatei" in err
    assert photo.read_bytes() == before


def test_python_dash_m_entry_point_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assetkit", "render", "nope", "--out", "x.png"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Fehler: ")
    assert "Traceback" not in result.stderr
    version = subprocess.run([sys.executable, "-m", "assetkit", "--version"], capture_output=True,
                             text=True)
    assert version.returncode == 0
    assert version.stdout.startswith("assetkit ")


def test_pdf_output_is_a_vector_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["render", "flyer-a4-veranstaltung", "--out", str(tmp_path / "f.pdf"),
                        "--set", "headline=Aktionswoche"], capsys)
    assert code == 0, err
    data = (tmp_path / "f.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert io.BytesIO(data).getbuffer().nbytes < 2_000_000


def test_print_export_with_errors_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "flyer.pdf"
    code, _, err = run(["render", "flyer-a4-veranstaltung", "--out", str(out_file), "--preset",
                        "druckerei", "--set", "headline="], capsys)
    assert code == 2
    assert "Pflichtfeld" in err
    assert "--force" in err
    assert not out_file.exists()
    code, _, err = run(["render", "flyer-a4-veranstaltung", "--out", str(out_file), "--preset",
                        "druckerei", "--set", "headline=", "--force"], capsys)
    assert code == 0
    assert out_file.read_bytes().startswith(b"%PDF")
    assert "Pflichtfeld" in err


def test_gui_without_a_screen_is_one_sentence(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(["gui"], capsys)
    assert code == 2
    assert "kein Bildschirm" in err
    assert "Traceback" not in err


def test_command_leaves_at_once_with_its_output_flushed_into_a_pipe(tmp_path: Path) -> None:
    # The command exits without tearing the interpreter down: what it printed (to pipes,
    # which Python buffers) must still arrive, and its exit code too.
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (900, 600), (0, 90, 110)).save(photo)
    result = subprocess.run([sys.executable, "-m", "assetkit", "render", "post-4x5-veranstaltung",
                             "--image", f"photo={photo}", "--out", "post.png"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("post.png geschrieben (")
    assert Image.open(tmp_path / "post.png").size == (1080, 1350)
    warned = subprocess.run([sys.executable, "-m", "assetkit", "render", "post-4x5-veranstaltung",
                             "--image", "photo=fehlt.jpg", "--out", "post2.png"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert warned.returncode != 0
    assert "fehlt.jpg" in warned.stderr
    assert "Traceback" not in warned.stderr
