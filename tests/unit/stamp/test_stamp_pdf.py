"""Stamping PDFs: logo upright in the requested corner, nothing else broken, clear errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from pikepdf.form import Form
from stamp_pixels import find_logo, is_blank, render
from stamp_samples import A4, PageSpec, add_form, body_text, letter_pages, make_pdf, save

from assetkit.stamp import (
    PageSelection,
    PasswordRequiredError,
    StampError,
    StampOptions,
    Status,
    apply,
    plan_file,
    preview,
)
from assetkit.stamp.pdf import stamp_pdf

LANDSCAPE = (A4[1], A4[0])


def _mixed(tmp_path: Path) -> Path:
    """Blank pages of every kind real files have, so a corner logo has room everywhere."""
    pages = [
        PageSpec(texts=[(200, 400, "Seite eins")]),
        PageSpec(rotate=90, texts=[(200, 400, "Seite zwei")]),
        PageSpec(rotate=180, texts=[(200, 400, "Seite drei")]),
        PageSpec(rotate=270, texts=[(200, 400, "Seite vier")]),
        PageSpec(size=LANDSCAPE, texts=[(300, 300, "Seite fünf quer")]),
        PageSpec(crop=(60, 80, 480, 720), texts=[(200, 400, "Seite sechs")]),
        PageSpec(size=(297.64, 419.53), rotate=90, crop=(20, 20, 280, 400),
                 texts=[(60, 200, "Seite sieben A6")]),
    ]
    return save(make_pdf(pages), tmp_path / "gemischt.pdf")


def _boxes(path: Path) -> list[tuple]:
    with pikepdf.open(path) as pdf:
        return [(tuple(float(v) for v in p.mediabox), tuple(float(v) for v in p.cropbox),
                 int(p.obj.get("/Rotate", 0))) for p in pdf.pages]


@pytest.mark.parametrize("position", ["top-right", "bottom-left"])
def test_logo_upright_in_requested_corner_on_every_page_kind(tmp_path, unchanged, position):
    src = _mixed(tmp_path)
    unchanged.append(src)
    out = tmp_path / "out.pdf"
    report = stamp_pdf(src, out, StampOptions(position=position, variant="color"))
    assert report.status is Status.STAMPED
    for i in range(7):
        found = find_logo(render(src, i), render(out, i))
        assert found is not None, f"page {i + 1}: no logo"
        assert found.upright, f"page {i + 1}: logo not upright ({found.box})"
        assert found.corner == position.replace("bottom-left", "bottom-left"), (
            f"page {i + 1}: logo at {found.corner}")
    assert _boxes(out) == _boxes(src)


def test_logo_keeps_margin_and_requested_width(tmp_path):
    src = save(make_pdf([PageSpec()]), tmp_path / "leer.pdf")
    out = tmp_path / "out.pdf"
    stamp_pdf(src, out, StampOptions(position="top-right", size_mm=50, variant="color"))
    dpi = 100
    found = find_logo(render(src, 0, dpi), render(out, 0, dpi))
    assert found is not None
    px_per_mm = dpi / 25.4
    width_mm = (found.box[2] - found.box[0]) / px_per_mm
    assert 48 <= width_mm <= 51
    right_gap_mm = (found.size[0] - found.box[2]) / px_per_mm
    # 6 mm margin + clear space (a quarter of the logo's height, 50 mm / 3.22 ≈ 15.5 mm).
    assert 8 <= right_gap_mm <= 12


def test_text_fields_links_and_metadata_survive(tmp_path, unchanged):
    pdf = make_pdf([PageSpec(texts=body_text(words="Antrag auf Leistungen")), PageSpec()])
    add_form(pdf)
    pdf.docinfo["/Title"] = "Antrag Bürgergeld"
    src = save(pdf, tmp_path / "formular.pdf")
    unchanged.append(src)
    out = tmp_path / "formular_kampagne.pdf"
    report = stamp_pdf(src, out, StampOptions(position="auto"))
    assert report.status is Status.STAMPED

    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Antrag auf Leistungen Zeile 0" in text
    assert "Antrag auf Leistungen Zeile 30" in text

    with pikepdf.open(out, allow_overwriting_input=True) as result:
        assert str(result.docinfo["/Title"]) == "Antrag Bürgergeld"
        fields = result.Root.AcroForm.Fields
        assert [str(f.T) for f in fields] == ["Name", "Einverstanden"]
        annots = result.pages[0].obj.Annots
        assert [str(a.Subtype) for a in annots] == ["/Widget", "/Widget", "/Link"]
        assert all("/AP" in a for a in annots[:2])
        assert str(annots[2].A.URI) == "https://www.kommunale-jobcenter.de"
        # Still fillable: set both fields and save.
        form = Form(result)
        form["Name"].value = "Erika Mustermann"
        form["Einverstanden"].checked = True
        result.save(tmp_path / "ausgefuellt.pdf")
    with pikepdf.open(tmp_path / "ausgefuellt.pdf") as filled:
        assert str(filled.Root.AcroForm.Fields[0].V) == "Erika Mustermann"
        assert pikepdf.Name.Yes == filled.Root.AcroForm.Fields[1].V


def test_auto_covers_no_content_and_skips_full_pages(tmp_path, unchanged):
    full = PageSpec(texts=[(x, y, "Voll") for x in range(0, 600, 28) for y in range(0, 850, 12)])
    letter = PageSpec(texts=body_text())
    # Letterhead in the top right: auto must move to another free corner.
    head = PageSpec(texts=[(380, 800, "Jobcenter Musterkreis"), (380, 786, "Musterstraße 1")]
                    + body_text()[4:])
    src = save(make_pdf([letter, full, head]), tmp_path / "brief.pdf")
    unchanged.append(src)
    out = tmp_path / "out.pdf"
    report = stamp_pdf(src, out, StampOptions(position="auto", variant="color"))
    assert report.status is Status.STAMPED
    assert any("Seite 2 übersprungen: kein freier Platz" in n for n in report.notes)
    for i in (0, 2):
        before, after = render(src, i), render(out, i)
        found = find_logo(before, after)
        assert found is not None
        assert found.upright
        x0, y0, x1, y1 = found.box
        pad = 8                       # the clear space around the logo was free as well
        assert is_blank(before, (max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))
    assert find_logo(render(src, 1), render(out, 1)) is None
    assert find_logo(render(src, 2), render(out, 2)).corner != "top-right"


def test_auto_shrinks_to_fit_but_never_below_minimum(tmp_path):
    # Full-width text from 32 mm below the top edge down to 14 mm above the bottom: only a
    # smaller logo than the requested 60 mm fits into the top band, and nothing fits below.
    top = A4[1] - 32 * 72 / 25.4
    lines = [(20, y, "Inhalt " * 20) for y in range(40, int(top), 12)]
    src = save(make_pdf([PageSpec(texts=lines)]), tmp_path / "eng.pdf")
    plan = plan_file(src, StampOptions(position="auto", size_mm=60))
    placement = plan.pages[0].placement
    assert placement is not None
    assert placement.position == "top-right"
    width_mm = placement.logo.width * 25.4 / 72
    assert 35 <= width_mm <= 52.5
    assert placement.clear.bottom * 25.4 / 72 < 30      # above the first line of text

    squeezed = [(20, y, "Inhalt " * 20) for y in range(20, int(A4[1] - 12 * 72 / 25.4), 12)]
    src2 = save(make_pdf([PageSpec(texts=squeezed)]), tmp_path / "voll.pdf")
    page = plan_file(src2, StampOptions(position="auto")).pages[0]
    assert page.placement is None
    assert page.reason == "kein freier Platz für das Logo in Mindestgröße"


def test_rule_position_over_content_is_reported(tmp_path):
    src = save(make_pdf(letter_pages(1)), tmp_path / "brief.pdf")
    report = stamp_pdf(src, tmp_path / "o.pdf", StampOptions(position="top-left"))
    assert report.status is Status.STAMPED
    assert "Seite 1: Logo überdeckt Inhalt" in report.notes


def test_page_selection_and_missing_range(tmp_path):
    src = save(make_pdf([PageSpec() for _ in range(4)]), tmp_path / "vier.pdf")
    out = tmp_path / "o.pdf"
    stamp_pdf(src, out, StampOptions(pages=PageSelection.parse("2-3")))
    stamped = [find_logo(render(src, i, 40), render(out, i, 40)) is not None for i in range(4)]
    assert stamped == [False, True, True, False]
    report = stamp_pdf(src, tmp_path / "o2.pdf", StampOptions(pages=PageSelection.parse("7-9")))
    assert report.status is Status.SKIPPED
    assert "gibt es nicht" in report.message
    assert "4 Seiten" in report.message
    assert not (tmp_path / "o2.pdf").exists()


def test_dark_page_gets_white_logo(tmp_path):
    src = save(make_pdf([PageSpec(fills=[(0, 0, A4[0], A4[1], 0.1)])]), tmp_path / "dunkel.pdf")
    plan = plan_file(src, StampOptions(position="top-right"))
    assert plan.pages[0].placement.variant == "white"


def test_plan_preview_apply_for_the_gui(tmp_path):
    src = save(make_pdf([PageSpec(), PageSpec(rotate=90)]), tmp_path / "zwei.pdf")
    plan = plan_file(src, StampOptions(position="top-right", variant="color"))
    image = preview(plan, 1, max_px=600)
    assert max(image.size) == pytest.approx(600, abs=2)
    assert image.width > image.height               # rotated page shown as the reader sees it
    found = find_logo(render(src, 1, 72 * 600 / A4[1]), image)
    assert found is not None
    assert found.upright
    assert found.corner == "top-right"
    # Adjust (as the GUI would): no logo on page 2, then apply.
    from dataclasses import replace
    plan = plan.with_page(replace(plan.pages[1], placement=None, reason="vom Nutzer entfernt"))
    report = apply(plan, tmp_path / "zwei_kampagne.pdf")
    assert report.status is Status.STAMPED
    assert report.message == "1 Seite gestempelt"


def test_encrypted_pdf_needs_password(tmp_path, unchanged):
    src = save(make_pdf([PageSpec()]), tmp_path / "geheim.pdf",
               encryption=pikepdf.Encryption(user="jc2024", owner="amt", R=6))
    unchanged.append(src)
    with pytest.raises(PasswordRequiredError, match="verschlüsselt; bitte das Passwort"):
        stamp_pdf(src, tmp_path / "o.pdf", StampOptions())
    with pytest.raises(PasswordRequiredError, match="Passwort für „geheim.pdf“ ist falsch"):
        stamp_pdf(src, tmp_path / "o.pdf", StampOptions(password="falsch"))
    report = stamp_pdf(src, tmp_path / "o.pdf", StampOptions(password="jc2024"))
    assert report.status is Status.STAMPED
    with pikepdf.open(tmp_path / "o.pdf", password="jc2024") as out:
        assert out.is_encrypted
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(tmp_path / "o.pdf")


def test_garbage_and_truncated_pdfs_give_clear_errors(tmp_path, unchanged):
    garbage = tmp_path / "kaputt.pdf"
    garbage.write_bytes(b"Das ist kein PDF, sondern Text.\n" * 20)
    unchanged.append(garbage)
    with pytest.raises(StampError, match="„kaputt.pdf“ ist keine PDF-Datei"):
        stamp_pdf(garbage, tmp_path / "o.pdf", StampOptions())

    whole = save(make_pdf(letter_pages(3)), tmp_path / "ganz.pdf").read_bytes()
    header_only = tmp_path / "abgeschnitten.pdf"
    header_only.write_bytes(whole[:40])
    with pytest.raises(StampError, match="beschädigt|keine Seiten"):
        stamp_pdf(header_only, tmp_path / "o.pdf", StampOptions())

    # Cut off the cross-reference table: qpdf rebuilds it, and the report says so.
    no_xref = tmp_path / "ohne_xref.pdf"
    no_xref.write_bytes(whole[: whole.rfind(b"xref")])
    unchanged.append(no_xref)
    report = stamp_pdf(no_xref, tmp_path / "repariert.pdf", StampOptions())
    assert report.status is Status.STAMPED
    assert "Datei war beschädigt und wurde repariert" in report.notes


def test_pdfa_claim_removed_and_said(tmp_path):
    pdf = make_pdf([PageSpec()])
    with pdf.open_metadata() as meta:
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
        meta["dc:title"] = "Merkblatt"
    src = save(pdf, tmp_path / "archiv.pdf")
    out = tmp_path / "o.pdf"
    report = stamp_pdf(src, out, StampOptions())
    assert any(n.startswith("PDF/A-2B-Kennung entfernt") for n in report.notes)
    with pikepdf.open(out) as result:
        meta = result.open_metadata()
        assert meta.pdfa_status == ""
        assert meta["dc:title"] == "Merkblatt"


def test_size_below_minimum_is_refused(tmp_path):
    src = save(make_pdf([PageSpec()]), tmp_path / "a.pdf")
    with pytest.raises(StampError, match="unter der Mindestbreite von 35 mm"):
        plan_file(src, StampOptions(size_mm=20))


def test_logo_is_vector(tmp_path):
    src = save(make_pdf([PageSpec()]), tmp_path / "a.pdf")
    out = tmp_path / "o.pdf"
    stamp_pdf(src, out, StampOptions())
    with pikepdf.open(out) as pdf:
        assert list(pdf.pages[0].get_images()) == []
        xobjects = pdf.pages[0].Resources.XObject
        assert any(str(xobjects[k].Subtype) == "/Form" for k in xobjects)


def test_inherited_rotation_and_resources(tmp_path):
    """Some producers put /Rotate and /Resources on the page tree instead of each page."""
    pdf = make_pdf([PageSpec(texts=[(200, 400, "Geerbte Ressourcen")]) for _ in range(2)])
    pdf.Root.Pages.Resources = pdf.pages[0].obj.Resources
    pdf.Root.Pages.Rotate = 90
    for page in pdf.pages:
        del page.obj["/Resources"]
    src = save(pdf, tmp_path / "geerbt.pdf")
    out = tmp_path / "o.pdf"
    stamp_pdf(src, out, StampOptions(position="top-right", variant="color"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("Geerbte Ressourcen") == 2
    for i in range(2):
        before, after = render(src, i), render(out, i)
        assert before.width > before.height
        found = find_logo(before, after)
        assert found is not None
        assert found.upright
        assert found.corner == "top-right"


def test_planning_from_several_threads_at_once_is_safe(tmp_path):
    # PDFium is not thread-safe; the stamp dialog plans previews while "stamp all" runs.
    # Unserialised, this crashed the process within a few rounds.
    import threading

    source = save(make_pdf(letter_pages(6)), tmp_path / "brief.pdf")
    errors: list[BaseException] = []

    def plan_repeatedly() -> None:
        try:
            for _ in range(4):
                plan = plan_file(source, StampOptions(position="auto"))
                assert plan.page_count == 6
        except BaseException as exc:  # noqa: BLE001 -- reported below
            errors.append(exc)

    threads = [threading.Thread(target=plan_repeatedly) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
