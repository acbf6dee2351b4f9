"""Accessibility findings: a photo without alternative text (an error for the accessible PDF, a
warning for social images), and the tagging rules `check FILE.pdf` applies to accessible PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content, ImageChoice
from assetkit.preflight import check_pdf
from assetkit.preflight.judge import check_content
from assetkit.templates import load_catalogue

CATALOGUE = load_catalogue()
ALT = "Eine Beraterin erklärt einem Besucher am Empfang den Weg"


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("a11y") / "empfang.jpg"
    Image.new("RGB", (2400, 1600), (90, 140, 170)).save(path, quality=90)
    return path


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory, photo: Path) -> bytes:
    out = tmp_path_factory.mktemp("a11y-pdf") / "flyer.pdf"
    assert main(["render", "flyer-a5-veranstaltung", "--preset", "web-barrierefrei",
                 "--image", f"photo={photo}", "--alt", f"photo={ALT}", "--out", str(out)]) == 0
    return out.read_bytes()


def _codes(findings: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {f.code: f.severity for f in findings}


def test_the_accessible_pdf_refuses_a_photo_without_alternative_text(
        photo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "flyer.pdf"
    assert main(["render", "flyer-a5-veranstaltung", "--preset", "web-barrierefrei",
                 "--image", f"photo={photo}", "--out", str(out)]) == 2
    assert "Alternativtext" in capsys.readouterr().err
    assert not out.exists()
    # The same page for the print shop needs none: it is not read by screen readers.
    assert main(["render", "flyer-a5-veranstaltung", "--preset", "druckerei",
                 "--image", f"photo={photo}", "--out", str(out)]) == 0


def test_a_social_image_without_alternative_text_is_a_warning(photo: Path) -> None:
    post = CATALOGUE.get("post-4x5-veranstaltung")
    images = {"photo": ImageChoice(photo)}
    findings, _ = check_content(post, Content(images=images), load_brand(), fmt="png")
    assert _codes(findings).get("accessibility.alt_missing") == "warning"
    findings, _ = check_content(post, Content(images=images, alt_texts={"photo": ALT}),
                                load_brand(), fmt="png")
    assert "accessibility.alt_missing" not in _codes(findings)


def test_a_tagged_export_passes_the_accessibility_rules(tagged: bytes) -> None:
    codes = _codes(check_pdf(tagged, preset="web-barrierefrei"))
    assert not [c for c in codes if c.startswith("accessibility.")]


def test_an_untagged_pdf_is_refused_for_the_web(tmp_path: Path) -> None:
    out = tmp_path / "buero.pdf"
    assert main(["render", "flyer-a5-veranstaltung", "--preset", "buero", "--out", str(out)]) == 0
    assert _codes(check_pdf(out, preset="web-barrierefrei"))["accessibility.untagged"] == "error"
    assert "accessibility.untagged" not in _codes(check_pdf(out, preset="buero"))


def _tampered(data: bytes, change: object) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)  # type: ignore[operator]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _drop_alt(pdf: pikepdf.Pdf) -> None:
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if node.get("/S") == "/Figure" and "/Alt" in node:
            del node.Alt
            return
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            stack += [k for k in kids if isinstance(k, pikepdf.Dictionary)]


def _unmarked_rect(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].contents_add(pdf.make_stream(b"0 0 10 10 re f\n"), prepend=False)


@pytest.mark.parametrize(("code", "change"), [
    ("accessibility.language_missing", lambda pdf: pdf.Root.__delitem__("/Lang")),
    ("accessibility.title_missing", lambda pdf: pdf.Root.__delitem__("/ViewerPreferences")),
    ("accessibility.alt_missing", _drop_alt),
    ("accessibility.untagged_content", _unmarked_rect),
])
def test_each_tagging_rule_fires(tagged: bytes, code: str, change: object) -> None:
    findings = check_pdf(_tampered(tagged, change), preset="web-barrierefrei")
    assert _codes(findings).get(code) == "error"
    # A file that claims PDF/UA is held to the rules even without the preset.
    assert code in _codes(check_pdf(_tampered(tagged, change)))


def test_an_unedited_suggestion_is_a_hint(photo: Path) -> None:
    from assetkit.compose.alt import alt_suggestion

    flyer = CATALOGUE.get("flyer-a5-veranstaltung")
    suggestion = alt_suggestion(flyer, "photo", {})
    findings, _ = check_content(flyer, Content(images={"photo": ImageChoice(photo)},
                                               alt_texts={"photo": suggestion}),
                                load_brand(), preset="web-barrierefrei")
    codes = _codes(findings)
    assert codes.get("accessibility.alt_suggested") == "info"
    assert "accessibility.alt_missing" not in codes
