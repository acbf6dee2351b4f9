"""The e-mail signature as a mail program and a reader get it: a 600×120 banner under 50 KB,
an HTML document that parses strictly (well-formed, HTML5 doctype, German, UTF-8), the office's
contact data as text with mailto:/https:/tel: links, the banner with size and alternative
text, and everything the office typed escaped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.office import OfficeProfile, sample_office
from assetkit.office.profile import dumps_office
from assetkit.signature import BANNER_MAX_BYTES, SignatureError, SignatureOptions, build_signature

X = "{http://www.w3.org/1999/xhtml}"


def _tree(html: str) -> etree._Element:
    assert html.startswith("<!DOCTYPE html>\n")
    return etree.fromstring(html.encode("utf-8"))          # strict: raises on any error


def test_banner_size_weight_and_colours() -> None:
    sig = build_signature(sample_office())
    assert len(sig.banner_png) <= BANNER_MAX_BYTES
    im = Image.open(io.BytesIO(sig.banner_png)).convert("RGB")
    assert im.size == (600, 120)
    assert im.getpixel((300, 4)) == load_brand().color("petrol").rgb


def test_html_is_valid_and_carries_the_contact_as_text_and_links() -> None:
    office = sample_office()
    sig = build_signature(office, SignatureOptions(name="Erika Mustermann",
                                                   role="Arbeitgeberservice"))
    root = _tree(sig.html)
    assert root.get("lang") == "de"
    assert root.find(f"{X}head/{X}meta").get("charset") == "utf-8"
    assert root.find(f"{X}head/{X}title").text
    text = " ".join("".join(root.find(f"{X}body").itertext()).split())
    for value in ("Erika Mustermann", "Arbeitgeberservice", office.name, office.street,
                  office.city_line, office.phone, office.email, office.web,
                  office.opening_hours):
        assert value in text, value
    hrefs = {a.get("href") for a in root.iter(f"{X}a")}
    assert f"mailto:{office.email}" in hrefs
    assert f"https://{office.web}" in hrefs
    assert "tel:0123456780" in hrefs
    assert all(h.startswith(("mailto:", "https:", "tel:")) for h in hrefs)
    (img,) = root.iter(f"{X}img")
    assert (img.get("src"), img.get("width"), img.get("height")) == (
        "signatur-banner.png", "600", "120")
    assert "Ihr Kommunales Jobcenter" in img.get("alt")
    assert not list(root.iter(f"{X}script"))


def test_office_text_is_escaped_and_banner_url_used() -> None:
    office = OfficeProfile(name='Jobcenter "A" & <B>', email="a@b.example", web="https://b.example")
    sig = build_signature(office, SignatureOptions(banner_src="https://b.example/banner.png"))
    root = _tree(sig.html)
    assert 'Jobcenter "A" & <B>' in "".join(root.itertext())
    assert next(root.iter(f"{X}img")).get("src") == "https://b.example/banner.png"
    with pytest.raises(SignatureError, match="https"):
        build_signature(office, SignatureOptions(banner_src="http://b.example/banner.png"))


def test_too_long_message_and_missing_name_are_refused() -> None:
    with pytest.raises(SignatureError, match="zu lang"):
        build_signature(sample_office(), SignatureOptions(message="Sehr lange Botschaft " * 10))
    with pytest.raises(SignatureError, match="fehlt der Name"):
        build_signature(OfficeProfile(city="Musterstadt"))


def test_cli_writes_html_and_banner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "dienststelle.toml"
    profile.write_text(dumps_office(sample_office()), "utf-8")
    out = tmp_path / "signatur.html"
    assert main(["email-signature", "--office", str(profile), "--out", str(out),
                 "--name", "Erika Mustermann", "--botschaft", "Jobmesse am 12. März"]) == 0
    banner = tmp_path / "signatur-banner.png"
    assert banner.stat().st_size <= BANNER_MAX_BYTES
    assert 'src="signatur-banner.png"' in out.read_text("utf-8")
    assert "geschrieben" in capsys.readouterr().out
    assert main(["email-signature", "--office", str(profile), "--out",
                 str(tmp_path / "s.txt")]) == 2
    assert main(["email-signature", "--office", str(profile), "--out", str(out),
                 "--botschaft", "Sehr lange Botschaft " * 10]) == 2
    err = capsys.readouterr().err
    assert err.count("Fehler: ") == 2
    assert "Traceback" not in err
