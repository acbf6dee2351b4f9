"""Social images carry their alternative text: in the file (XMP dc:description and IPTC
AltTextAccessibility, PNG and JPEG) and beside it (NAME.alt.txt, to paste on the platform)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from assetkit.cli.main import main
from assetkit.export.altmeta import DC, IPTC, RDF

ALT = "Eine Beraterin zeigt einer jungen Frau eine Ausbildungsbroschüre"


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("alt") / "beratung.jpg"
    Image.new("RGB", (1600, 1200), (120, 160, 140)).save(path, quality=90)
    return path


def _xmp_alt(path: Path) -> tuple[str, str]:
    """(IPTC AltTextAccessibility, dc:description) read back from the file's XMP."""
    image = Image.open(path)
    raw = image.info.get("XML:com.adobe.xmp") or image.info.get("xmp")
    assert raw, f"no XMP in {path.name}"
    root = etree.fromstring(raw.encode() if isinstance(raw, str) else raw)
    iptc = root.find(f".//{{{IPTC}}}AltTextAccessibility/{{{RDF}}}Alt/{{{RDF}}}li")
    dc = root.find(f".//{{{DC}}}description/{{{RDF}}}Alt/{{{RDF}}}li")
    assert iptc is not None
    assert dc is not None
    return iptc.text or "", dc.text or ""


@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_a_post_carries_its_alternative_text_in_and_beside_the_file(
        photo: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"beitrag.{suffix}"
    assert main(["render", "post-4x5-veranstaltung", "--image", f"photo={photo}",
                 "--alt", f"photo={ALT}", "--set", "headline=Ausbildungsbörse 2027",
                 "--out", str(out)]) == 0
    iptc, dc = _xmp_alt(out)
    assert iptc == dc
    # The text in the picture first (a screen reader cannot read it), then the photo.
    assert iptc.index("Ausbildungsbörse 2027") < iptc.index(f"Foto: {ALT}")
    assert iptc.startswith("Aktionswoche der Kommunalen Jobcenter.")    # not in capitals
    beside = (tmp_path / "beitrag.alt.txt").read_text("utf-8").strip()
    assert beside == iptc


def test_batch_reads_alternative_texts_from_a_column(photo: Path, tmp_path: Path) -> None:
    data = tmp_path / "beitraege.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Überschrift", "Foto", "Alternativtext"])
        writer.writerow(["Jobmesse im Mai", str(photo), ALT])
        writer.writerow(["Tag der offenen Tür", str(photo), "Das Foyer mit Infoständen"])
    out = tmp_path / "out"
    assert main(["batch", str(data), "--template", "post-4x5-veranstaltung", "--out", str(out)]) == 0
    texts = sorted(p.read_text("utf-8") for p in out.glob("*.alt.txt"))
    assert len(texts) == 2
    assert any(f"Foto: {ALT}." in t and "Jobmesse im Mai" in t for t in texts)
    assert any("Foto: Das Foyer mit Infoständen." in t for t in texts)
