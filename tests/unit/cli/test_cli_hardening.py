"""Issue 16, as a user meets it on the command line: inputs are never overwritten, an unusable
office logo is a finding, ``check`` reads what render reads, and every message is German."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from PIL import Image

from assetkit.cli.main import main
from assetkit.errors import count_de, number_de, os_error_message, user_message

LETTER = "briefbogen-a4"          # the template with a slot for the office's own logo


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def office(folder: Path, logo: str) -> Path:
    path = folder / "dienststelle.toml"
    path.write_text(f'[office]\nname = "Jobcenter Teststadt"\nlogo = "{logo}"\n', "utf-8")
    return path


def png(path: Path, size: tuple[int, int] = (300, 300)) -> Path:
    Image.new("RGB", size, (180, 20, 20)).save(path)
    return path


# -- 1. every file a command reads is an input --------------------------------------------------
def test_render_never_overwrites_the_office_logo(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    logo = png(tmp_path / "wappen.png")
    before = logo.read_bytes()
    code, _, err = run(["render", LETTER, "--office", str(office(tmp_path, "wappen.png")),
                        "--out", str(logo)], capsys)
    assert code == 2
    assert "Eingabedatei" in err
    assert logo.read_bytes() == before


def test_render_never_overwrites_the_office_profile_or_the_template(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assetkit.templates import find_template

    profile = office(tmp_path, "wappen.png")
    png(tmp_path / "wappen.png")
    before = profile.read_bytes()
    code, _, err = run(["render", LETTER, "--office", str(profile), "--out", str(profile)],
                       capsys)
    assert code == 2
    assert profile.read_bytes() == before
    svg = find_template("post-4x5-veranstaltung").svg_path
    before = svg.read_bytes()
    code, _, err = run(["render", "post-4x5-veranstaltung", "--out", str(svg)], capsys)
    assert code == 2
    assert "Eingabedatei" in err
    assert svg.read_bytes() == before


def test_word_template_never_overwrites_the_office_logo(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    logo = tmp_path / "wappen.docx"           # a suffix word-template accepts
    logo.write_bytes(b"not really a logo")
    code, _, err = run(["word-template", "--office", str(office(tmp_path, "wappen.docx")),
                        "--out", str(logo)], capsys)
    assert code == 2
    assert "Eingabedatei" in err
    assert logo.read_bytes() == b"not really a logo"


def test_the_shared_rule_names_template_photos_office_logo_and_brand(tmp_path: Path) -> None:
    from assetkit.brand import load_brand
    from assetkit.compose import Content, ImageChoice
    from assetkit.compose.inputs import input_files
    from assetkit.office import load_office
    from assetkit.templates import find_template

    template = find_template(LETTER)
    profile = office(tmp_path, "wappen.png")
    photo = png(tmp_path / "foto.png")
    brand = load_brand()
    found = input_files(template, Content(images={"photo": ImageChoice(photo)}),
                        load_office(profile), brand, extra=[profile, None])
    assert profile in found
    assert photo in found
    assert (tmp_path / "wappen.png").resolve() in found
    assert template.svg_path in found
    assert brand.logo().path in found


# -- 4. an unusable office logo is a finding ----------------------------------------------------
def _unusable_logos(folder: Path) -> dict[str, str]:
    truncated = png(folder / "abgeschnitten.png")
    truncated.write_bytes(truncated.read_bytes()[:200])
    (folder / "kein-bild.png").write_text("Das ist Text.", "utf-8")
    (folder / "feindlich.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<script>alert(1)</script></svg>', "utf-8")
    return {"fehlt.png": "fehlt.png", "abgeschnitten.png": "abgeschnitten.png",
            "kein-bild.png": "kein-bild.png", "feindlich.svg": "feindlich.svg"}


@pytest.mark.parametrize("logo", ["fehlt.png", "abgeschnitten.png", "kein-bild.png",
                                  "feindlich.svg"])
def test_unusable_office_logo_refuses_the_print_export(
        logo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _unusable_logos(tmp_path)
    out = tmp_path / "brief.pdf"
    code, _, err = run(["render", LETTER, "--office", str(office(tmp_path, logo)),
                        "--out", str(out), "--preset", "druckerei"], capsys)
    assert code == 2
    assert logo in err
    assert "Logo der Dienststelle" in err
    assert not out.exists()


def test_unusable_office_logo_is_an_error_in_check(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", LETTER, "--office", str(office(tmp_path, "fehlt.png"))], capsys)
    assert code == 2
    assert "office.logo_unusable" in out
    assert "FEHLER" in out
    assert "Keine Befunde" not in out


def test_huge_office_logo_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    # A PNG declaring 40000 × 40000 pixels: refused from its header, nothing decoded.
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", 40000, 40000, 8, 2, 0, 0, 0)
    (tmp_path / "riesig.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                                          + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                                          + chunk(b"IEND", b""))
    code, out, _ = run(["check", LETTER, "--office", str(office(tmp_path, "riesig.png"))],
                       capsys)
    assert code == 2
    assert "office.logo_unusable" in out


def test_batch_counts_a_row_with_an_unusable_office_logo_as_failed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "daten.csv"
    data.write_text("Betreff\nIhr Antrag\n", "utf-8")
    code, out, err = run(["batch", str(data), "--template", LETTER, "--format", "pdf",
                          "--office", str(office(tmp_path, "fehlt.png")),
                          "--out", str(tmp_path / "aus"), "--jobs", "1"], capsys)
    assert code != 0
    assert "fehlt.png" in out + err
    assert not list((tmp_path / "aus").glob("*.pdf"))


def test_a_good_office_logo_gives_no_finding(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    png(tmp_path / "wappen.png")
    _, out, _ = run(["check", LETTER, "--office", str(office(tmp_path, "wappen.png"))], capsys)
    assert "office.logo_unusable" not in out


# -- 5. check reads what render reads -----------------------------------------------------------
def test_check_refuses_a_truncated_image_naming_file_and_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = png(tmp_path / "post.png", (1080, 1350))
    image.write_bytes(image.read_bytes()[: image.stat().st_size // 2])
    code, _, err = run(["check", str(image)], capsys)
    assert code == 2
    assert "post.png" in err
    assert "unvollständig" in err


def test_check_reads_tiff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "scan.tiff"
    Image.new("RGB", (200, 100)).save(image)
    code, out, err = run(["check", str(image)], capsys)
    assert code == 0, err
    assert "Vorlage" not in err


@pytest.mark.parametrize("name", ["antrag.docx", "logo.svg", "nicht-da.svg"])
def test_check_of_an_unsupported_file_says_so(name: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    if name != "nicht-da.svg":
        (tmp_path / name).write_bytes(b"x")
    code, _, err = run(["check", str(tmp_path / name)], capsys)
    assert code == 2
    assert "gibt es nicht" not in err          # not „Die Vorlage … gibt es nicht“
    assert "nicht prüfen" in err
    assert Path(name).suffix in err


def test_check_of_an_unreadable_image_names_file_and_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "kein-bild.png"
    image.write_text("Text statt Bild", "utf-8")
    code, _, err = run(["check", str(image)], capsys)
    assert code == 2
    assert "kein-bild.png" in err
    assert "kein Bild" in err


# -- 7. German system messages, numbers and plurals -------------------------------------------
@pytest.mark.parametrize(("number", "phrase"), [
    (errno.EEXIST, "schon vorhanden"), (errno.ENOSPC, "Datenträger ist voll"),
    (errno.EACCES, "keine Berechtigung"), (errno.ENOENT, "existiert nicht"),
    (errno.EROFS, "schreibgeschützt")])
def test_system_errors_are_german_sentences(number: int, phrase: str) -> None:
    import os

    exc = OSError(number, os.strerror(number), "/daten/flyer.pdf")
    text = os_error_message(exc, writing=True)
    assert phrase in text
    assert os.strerror(number) not in text
    assert text.startswith("/daten/flyer.pdf kann nicht geschrieben werden")
    assert user_message(exc) == os_error_message(exc)


def test_an_oserror_reaching_the_cli_is_one_german_sentence(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import assetkit.cli.cmd_templates as cmd

    def full(_args: object) -> int:
        raise FileExistsError(errno.EEXIST, "File exists", "/tmp/aus")

    monkeypatch.setattr(cmd, "run_templates", full)
    code, _, err = run(["templates"], capsys)
    assert code == 2
    assert "File exists" not in err
    assert "Interner Fehler" not in err
    assert err == "Fehler: /tmp/aus kann nicht gelesen werden: eine Datei oder ein Ordner mit " \
                  "diesem Namen ist schon vorhanden.\n"


def test_numbers_have_a_decimal_comma_and_a_unit() -> None:
    assert number_de(12.5, "mm") == "12,5 mm"
    assert number_de(35.0, "mm") == "35 mm"
    assert number_de(179.96, "px") == "180 px"
    assert count_de(1, "Datei", "Dateien") == "1 Datei"
    assert count_de(0, "Datei", "Dateien") == "0 Dateien"


def test_check_summary_has_real_plurals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = png(tmp_path / "bild.png")
    _, out, _ = run(["check", str(image)], capsys)
    assert "1 Hinweis." in out
    assert "0 Warnungen" in out
    assert "(en)" not in out
    assert "(e)" not in out


def test_no_bracketed_plurals_in_messages() -> None:
    """„Datei(en)“, „Seite(n)“, „Befund(e)“: every count says its word in the right number."""
    root = Path(__file__).resolve().parents[3] / "assetkit"
    bracket = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\((?:en|n|e)\)")
    found = [f"{p.relative_to(root)}:{i}" for p in root.rglob("*.py")
             for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if bracket.search(line) and "tr(" not in line]
    # Qt strings (tr) keep their source text; the German translation gives the right number
    # (tests/gui).
    assert found == []


def test_batch_into_a_file_instead_of_a_folder_says_why_in_german(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "daten.csv"
    data.write_text("Überschrift\nJobmesse\n", "utf-8")
    blocked = tmp_path / "aus"
    blocked.write_text("eine Datei, kein Ordner", "utf-8")
    code, _, err = run(["batch", str(data), "--template", "post-4x5-veranstaltung",
                        "--out", str(blocked / "unterordner"), "--jobs", "1"], capsys)
    assert code == 2
    assert "Not a directory" not in err
    assert "ein Teil des Pfads ist kein Ordner" in err
