"""Stamping print PDFs: PDF/X stays valid PDF/X (logo in the brand's CMYK) or stops claiming it,
the logo keeps its margin from the trim, older files get the version transparency needs, and
every stamped PDF passes pdfcpu's strict validation."""

from __future__ import annotations

import sys
from pathlib import Path

import pikepdf
import pytest
from stamp_samples import A4, PageSpec, add_form, body_text, make_pdf, save

from assetkit.brand import load_brand
from assetkit.compose import Content
from assetkit.export.formats import ExportRequest, export
from assetkit.export.presets import resolve_preset
from assetkit.resources import resource
from assetkit.stamp import StampError, StampOptions, Status, apply, plan_file
from assetkit.stamp.pdf import stamp_pdf
from assetkit.templates import load_catalogue

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdfcpu_validator import assert_valid  # noqa: E402 -- a helper of the print tests

MM = 72 / 25.4
PETROL = (1.0, 0.2, 0.1, 0.5)


def print_pdf(path: Path, preset: str = "druckerei") -> Path:
    content = Content(texts={"headline": "Tag der offenen Tür"})
    data, _ = export(load_catalogue().get("flyer-a4-veranstaltung"), content, load_brand(), None,
                     ExportRequest(fmt="pdf", preset=resolve_preset(preset)))
    path.write_bytes(data)
    return path


def stamped(source: Path, out: Path, **options: object) -> tuple[pikepdf.Pdf, tuple[str, ...]]:
    report = stamp_pdf(source, out, StampOptions(**options))  # type: ignore[arg-type]
    assert report.status is Status.STAMPED, report.message
    return pikepdf.open(out), report.notes


def logo_forms(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [xo for name, xo in pdf.pages[0].Resources.XObject.items()
            if str(name).startswith("/AkLogo")]


def colour_ops(form: pikepdf.Stream) -> list[tuple[str, tuple[float, ...]]]:
    return [(str(i.operator), tuple(round(float(v), 4) for v in i.operands))
            for i in pikepdf.parse_content_stream(form)
            if str(i.operator) in ("rg", "RG", "k", "K", "g", "G")]


def mentions_device_rgb(obj: object, depth: int = 0, seen: set | None = None) -> bool:  # type: ignore[type-arg]
    """DeviceRGB anywhere below ``obj``, indirect objects included (each visited once)."""
    seen = set() if seen is None else seen
    if depth > 40:
        return False
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        if obj.objgen in seen:
            return False
        seen.add(obj.objgen)
    if isinstance(obj, pikepdf.Name):
        return str(obj) == "/DeviceRGB"
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        return any(mentions_device_rgb(v, depth + 1, seen) for k, v in obj.items()
                   if k != "/Parent")
    if isinstance(obj, pikepdf.Array):
        return any(mentions_device_rgb(v, depth + 1, seen) for v in obj)
    return False


@pytest.fixture(scope="module")
def druckerei_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return print_pdf(tmp_path_factory.mktemp("print") / "flyer-druckerei.pdf")


def test_pdfx_with_cmyk_intent_stays_pdfx_with_the_logo_in_brand_cmyk(
        druckerei_pdf: Path, tmp_path: Path) -> None:
    with pikepdf.open(druckerei_pdf) as before:
        meta = before.open_metadata()
        document_id, instance_id = meta["xmpMM:DocumentID"], meta["xmpMM:InstanceID"]
        mod_date = str(before.docinfo["/ModDate"])
    pdf, notes = stamped(druckerei_pdf, tmp_path / "out.pdf", position="top-right",
                         variant="color")
    with pdf:
        assert any("PDF/X-4 bleibt erhalten" in n for n in notes)
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4"
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["xmpMM:DocumentID"] == document_id          # the same document ...
        assert meta["xmpMM:InstanceID"] != instance_id          # ... in a new version
        assert str(pdf.docinfo["/ModDate"]) >= mod_date
        assert meta["xmp:ModifyDate"]
        assert pdf.pdf_version >= "1.6"
        (form,) = logo_forms(pdf)
        ops = colour_ops(form)
        assert {op for op, _ in ops} <= {"k", "K"}
        assert ("k", PETROL) in ops
        assert form.Group.CS == "/DeviceCMYK"
        # Nothing in the whole file is DeviceRGB (the export had none, the stamp adds none).
        assert not mentions_device_rgb(pdf.Root)


def test_black_logo_on_pdfx_is_k_only(druckerei_pdf: Path, tmp_path: Path) -> None:
    pdf, _ = stamped(druckerei_pdf, tmp_path / "out.pdf", position="top-right",
                     variant="black")
    with pdf:
        ops = colour_ops(logo_forms(pdf)[0])
        assert ops
        assert all(values[:3] == (0.0, 0.0, 0.0) for _, values in ops), ops
        assert ("k", (0.0, 0.0, 0.0, 1.0)) in ops


def rgb_intent_pdfx(source: Path, out: Path) -> Path:
    """A file that claims PDF/X with an RGB output intent (sRGB, N 3)."""
    with pikepdf.open(source) as pdf:
        profile = pikepdf.Stream(pdf, resource("color", "sRGB-argyll.icc").read_bytes())
        profile.N = 3
        pdf.Root.OutputIntents[0].DestOutputProfile = profile
        pdf.save(out)
    return out


def test_pdfx_without_cmyk_intent_loses_the_claim_and_says_so(
        druckerei_pdf: Path, tmp_path: Path) -> None:
    source = rgb_intent_pdfx(druckerei_pdf, tmp_path / "rgb-intent.pdf")
    pdf, notes = stamped(source, tmp_path / "out.pdf", position="top-right", variant="color")
    with pdf:
        assert any("PDF/X-4-Kennung entfernt" in n for n in notes), notes
        assert "/GTS_PDFXVersion" not in pdf.docinfo
        assert "pdfxid:GTS_PDFXVersion" not in pdf.open_metadata()
        assert "/OutputIntents" in pdf.Root                      # content and profile stay


def test_margin_is_measured_from_the_trim_box(druckerei_pdf: Path, tmp_path: Path) -> None:
    with pikepdf.open(druckerei_pdf) as pdf:
        media = [float(v) for v in pdf.pages[0].obj.MediaBox]
        trim = [float(v) for v in pdf.pages[0].obj.TrimBox]
    # Visual coordinates: from the MediaBox's top-left corner, y down.
    trim_right = trim[2] - media[0]
    trim_top = media[3] - trim[3]
    plan = plan_file(druckerei_pdf, StampOptions(position="top-right"))
    clear = plan.pages[0].placement.clear  # type: ignore[union-attr]
    assert clear.right == pytest.approx(trim_right - 6 * MM, abs=0.01)
    assert clear.y == pytest.approx(trim_top + 6 * MM, abs=0.01)
    # Before, 6 mm from the MediaBox edge put the logo in the 3 mm bleed and cut zone.
    assert clear.right < trim_right


def test_pdf_1_3_gets_the_version_transparency_needs(tmp_path: Path) -> None:
    source = save(make_pdf([PageSpec(texts=body_text(words="Alt"))]), tmp_path / "alt.pdf",
                  force_version="1.3")
    with pikepdf.open(source) as pdf:
        assert pdf.pdf_version == "1.3"
    pdf, _ = stamped(source, tmp_path / "out.pdf", position="top-right")
    with pdf:
        assert pdf.pdf_version >= "1.4"
        assert logo_forms(pdf)[0].Group.S == "/Transparency"


@pytest.mark.parametrize("box", [[0, 0, 0, 0], [0, 0, 595, 0]])
def test_page_without_area_fails_with_one_sentence(tmp_path: Path, box: list[int]) -> None:
    pdf = make_pdf([PageSpec()])
    pdf.pages[0].obj.MediaBox = pikepdf.Array(box)
    source = save(pdf, tmp_path / "leer.pdf")
    with pytest.raises(StampError) as caught:
        plan_file(source, StampOptions())
    message = str(caught.value)
    assert message == "Seite 1 von „leer.pdf“ hat keine Fläche " \
        f"({box[2]:g} × {box[3]:g} pt) und kann nicht gestempelt werden."


def test_every_stamped_pdf_passes_pdfcpu_strict(druckerei_pdf: Path, tmp_path: Path) -> None:
    # Print exports of every preset, a PDF/X with RGB intent, a 1.3 letter, a form, rotated
    # and cropped pages: each stamped, all outputs validated by one pdfcpu process.
    sources = [druckerei_pdf, rgb_intent_pdfx(druckerei_pdf, tmp_path / "rgb-intent.pdf")]
    sources += [print_pdf(tmp_path / f"flyer-{p}.pdf", p)
                for p in ("druckerei-ohne-marken", "digitaldruck", "buero")]
    sources.append(save(make_pdf([PageSpec(texts=body_text(words="Alt"))]),
                        tmp_path / "alt.pdf", force_version="1.3"))
    form = make_pdf([PageSpec(texts=[(72, 700, "Antrag")])])
    add_form(form)
    sources.append(save(form, tmp_path / "formular.pdf"))
    sources.append(save(make_pdf([PageSpec(rotate=90, texts=[(200, 400, "quer")]),
                                  PageSpec(size=(A4[1], A4[0]), crop=(30, 30, 800, 560))]),
                        tmp_path / "gemischt.pdf"))
    outputs = []
    for source in sources:
        for variant in ("color", "black", "white"):
            out = tmp_path / f"{source.stem}-{variant}_kampagne.pdf"
            report = apply(plan_file(source, StampOptions(position="top-right", variant=variant)),
                           out)
            assert report.status is Status.STAMPED, (source, report.message)
            outputs.append(out)
    assert_valid(outputs)
    for out in outputs:
        with pikepdf.open(out) as pdf:
            claims = "/GTS_PDFXVersion" in pdf.docinfo
            if claims:
                assert not mentions_device_rgb(pdf.Root), out.name
            assert pdf.pdf_version >= "1.4", out.name

