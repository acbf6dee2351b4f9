"""PDF checks on small PDFs built with pikepdf: each check fires on one and not on the other."""

from __future__ import annotations

import io
import zlib

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from assetkit.preflight import Finding, PreflightError, PrintTarget, check_pdf, resolve_target

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
CMYK_SHOP = PrintTarget("shop", "Druckerei", color="cmyk", pdfx=True, bleed_mm=3)
RGB_OFFICE = PrintTarget("office", "Büro", color="rgb", pdfx=False, bleed_mm=0)


def make_pdf(content: bytes = b"0 0 0 1 k 10 10 50 50 re f", *, bleed_mm: float | None = 3,
             trim: bool = True, images: dict[str, pikepdf.Stream] | None = None,
             font: str | None = None, intent: bool = False, build=None) -> bytes:  # type: ignore[no-untyped-def]
    pdf = pikepdf.new()
    b = (bleed_mm or 0) * MM
    media = [0, 0, A6[0] + 2 * b, A6[1] + 2 * b]
    resources = Dictionary()
    page = Dictionary(Type=Name.Page, MediaBox=Array(media), Resources=resources)
    if trim:
        page.TrimBox = Array([b, b, A6[0] + b, A6[1] + b])
        if bleed_mm is not None:
            page.BleedBox = Array(media)
    pdf.pages.append(pikepdf.Page(page))
    page = pdf.pages[0].obj
    page.Contents = pdf.make_stream(content)
    if images:
        page.Resources.XObject = Dictionary({f"/{k}": pdf.make_indirect(v(pdf)) if callable(v)
                                             else v for k, v in images.items()})
    if font == "helvetica":
        page.Resources.Font = Dictionary(F1=Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                       BaseFont=Name.Helvetica))
    if intent:
        profile = pdf.make_stream(b"\0" * 128, N=4)
        pdf.Root.OutputIntents = Array([Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFX,
                                                   OutputConditionIdentifier="FOGRA39",
                                                   DestOutputProfile=profile)])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image(w: int, h: int, cs: str = "/DeviceCMYK", fill: bytes = b"\x00\x00\x00\xff"):  # type: ignore[no-untyped-def]
    def build(pdf: pikepdf.Pdf) -> pikepdf.Stream:
        n = 4 if cs == "/DeviceCMYK" else 3
        data = (fill[:n] * (w * h))
        return pdf.make_stream(zlib.compress(data), Type=Name.XObject, Subtype=Name.Image,
                               Width=w, Height=h, ColorSpace=Name(cs), BitsPerComponent=8,
                               Filter=Name.FlateDecode)
    return build


def codes(findings: list[Finding]) -> dict[str, Finding]:
    return {f.code: f for f in findings}


def test_clean_print_pdf() -> None:
    assert check_pdf(make_pdf(intent=True), preset=CMYK_SHOP) == []


def test_trim_box_missing_is_an_error_for_print_and_a_warning_otherwise() -> None:
    data = make_pdf(trim=False)
    assert codes(check_pdf(data, preset=CMYK_SHOP))["pdf.trim_box"].severity == "error"
    assert codes(check_pdf(data))["pdf.trim_box"].severity == "warning"
    assert "pdf.trim_box" not in codes(check_pdf(data, preset=RGB_OFFICE))


def test_bleed_too_small() -> None:
    f = codes(check_pdf(make_pdf(bleed_mm=1, intent=True), preset=CMYK_SHOP))["pdf.bleed"]
    assert "nur 1 mm" in f.message_de
    assert f.box is not None
    assert f.box[2] == pytest.approx(105 * MM, abs=0.01)


def test_font_not_embedded_versus_our_own_pdf() -> None:
    data = make_pdf(b"BT /F1 12 Tf 20 20 Td (Hallo) Tj ET", font="helvetica", intent=True)
    f = codes(check_pdf(data, preset=CMYK_SHOP))["pdf.font_not_embedded"]
    assert "Helvetica" in f.message_de


def test_our_rendered_pdf_has_embedded_fonts() -> None:
    from assetkit.brand import load_brand
    from assetkit.compose import Content, compose
    from assetkit.render import render_pdf
    from assetkit.templates import load_catalogue

    composition = compose(load_catalogue().get("flyer-a4-veranstaltung"), Content(), load_brand())
    found = codes(check_pdf(render_pdf(composition)))
    assert "pdf.font_not_embedded" not in found
    assert found["pdf.color_space"].severity == "info"     # cairo writes DeviceRGB


@pytest.mark.parametrize(("target", "severity"), [(CMYK_SHOP, "error"), (None, "info"),
                                                  (RGB_OFFICE, None)])
def test_device_rgb_against_the_preset(target: PrintTarget | None, severity: str | None) -> None:
    data = make_pdf(b"1 0 0 rg 10 10 50 50 re f", intent=True)
    found = codes(check_pdf(data, preset=target))
    assert (found["pdf.color_space"].severity if "pdf.color_space" in found else None) == severity


def test_rgb_image_in_cmyk_preset_names_its_box() -> None:
    data = make_pdf(b"q 100 0 0 50 20 30 cm /Im0 Do Q", images={"Im0": image(600, 300, "/DeviceRGB",
                                                                              b"\x10\x20\x30")},
                    intent=True)
    f = codes(check_pdf(data, preset=CMYK_SHOP))["pdf.color_space"]
    assert f.box is not None
    page_h = A6[1] + 6 * MM
    assert f.box == pytest.approx((20, page_h - 80, 100, 50), abs=0.01)


@pytest.mark.parametrize(("pixels", "code"), [(100, "pdf.low_resolution"),
                                              (200, "pdf.marginal_resolution"), (300, None)])
def test_image_resolution_from_the_ctm(pixels: int, code: str | None) -> None:
    # Drawn 36 pt × form matrix 4 × page scale 0.5 = 72 pt: one inch, so ppi == pixels.
    form_content = b"q 36 0 0 36 0 0 cm /Im0 Do Q"

    def form(pdf: pikepdf.Pdf) -> pikepdf.Stream:
        resources = Dictionary(XObject=Dictionary(Im0=pdf.make_indirect(image(pixels, pixels)(pdf))))
        return pdf.make_stream(form_content, Type=Name.XObject, Subtype=Name.Form,
                               BBox=Array([0, 0, 36, 36]), Matrix=Array([4, 0, 0, 4, 0, 0]),
                               Resources=resources)

    data = make_pdf(b"q 0.5 0 0 0.5 10 10 cm /Fm0 Do Q", images={"Fm0": form}, intent=True)
    found = {f.code for f in check_pdf(data, preset=CMYK_SHOP)}
    assert {c for c in found if "resolution" in c} == ({code} if code else set())


def test_output_intent_required_for_pdfx() -> None:
    assert "pdf.output_intent" in codes(check_pdf(make_pdf(), preset=CMYK_SHOP))
    assert "pdf.output_intent" not in codes(check_pdf(make_pdf(), preset=RGB_OFFICE))


def test_total_ink_of_vector_colours_and_images() -> None:
    heavy = make_pdf(b"1 1 1 1 k 10 10 50 50 re f", intent=True)
    f = codes(check_pdf(heavy, preset=CMYK_SHOP))["pdf.ink_coverage"]
    assert "400 %" in f.message_de
    rich_black = make_pdf(b"0.6 0.5 0.4 1 k 10 10 50 50 re f", intent=True)   # 250 %
    assert "pdf.ink_coverage" not in codes(check_pdf(rich_black, preset=CMYK_SHOP))
    photo = make_pdf(b"q 100 0 0 100 20 20 cm /Im0 Do Q",
                     images={"Im0": image(400, 400, fill=b"\xff\xff\xff\x80")}, intent=True)
    f = codes(check_pdf(photo, preset=CMYK_SHOP))["pdf.ink_coverage"]
    assert f.box is not None


def test_broken_and_encrypted_pdfs_give_one_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PreflightError, match="kein lesbares PDF"):
        check_pdf(b"%PDF-1.4 nonsense")
    pdf = pikepdf.open(io.BytesIO(make_pdf()))
    path = tmp_path / "locked.pdf"
    pdf.save(path, encryption=pikepdf.Encryption(user="geheim", owner="geheim"))
    with pytest.raises(PreflightError, match="verschlüsselt"):
        check_pdf(path)


def test_export_presets_are_adapted() -> None:
    from types import SimpleNamespace

    preset = SimpleNamespace(id="digitaldruck", name="Digitaldruck", color="rgb", is_pdfx=True,
                             bleed_mm=3.0, max_ink=300.0)
    target = resolve_target(preset)
    assert target == PrintTarget("digitaldruck", "Digitaldruck", "rgb", True, 3.0, 300.0)
    data = make_pdf(b"1 0 0 rg 10 10 50 50 re f", intent=True)
    assert codes(check_pdf(data, preset=preset))["pdf.color_space"].severity == "error"
