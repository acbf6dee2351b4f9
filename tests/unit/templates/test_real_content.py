"""Every template with real offices' content: long names and addresses, 60–80-character
headlines, real paragraphs (tests/data/real_content). Text is never cut silently, office data
is never dropped, sizes stay above the legibility floor, and `render` and `check` agree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Composition, Content, compose
from assetkit.compose.pages import compose_pages
from assetkit.preflight.composition import legibility_floor
from assetkit.preflight.judge import check_content, errors
from assetkit.templates import Template, load_catalogue

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from realcontent import Case, cases, content_for  # noqa: E402

CATALOGUE = load_catalogue()
BRAND = load_brand()
IDS = CATALOGUE.ids()
CASES = list(cases(limit=2))          # 2 headlines × every profile


def test_the_cases_are_real_content() -> None:
    assert len({c.profile for c in CASES}) >= 6
    assert max(len(c.headline) for c in CASES) >= 70
    assert max(len(c.office.name) for c in CASES) >= 70


@pytest.mark.parametrize("tid", IDS)
def test_no_text_is_cut_silently_and_no_office_part_is_dropped(tid: str) -> None:
    for case in CASES:
        for comp in _pages(CATALOGUE.get(tid), case):
            _no_cut_no_drop(tid, comp, case)


def _pages(template: Template, case: Case) -> tuple[Composition, ...]:
    """Every side of a two-sided piece; the page itself otherwise."""
    content = content_for(template, case)
    if template.sides:
        return compose_pages(template, content, BRAND, case.office)
    return (compose(template, content, BRAND, case.office),)


def _no_cut_no_drop(tid: str, comp: Composition, case: Case) -> None:
    template = comp.template
    for fid, layout in comp.text_layouts.items():
        f = template.text_field(fid)
        assert f is not None
        # Auto-fit never goes below the template's floor, nor below the legibility floor of
        # the field's role; what does not fit is reported.
        assert layout.size >= template.page.type_to_page(f.size_min) - 1e-6
        floor, unit = legibility_floor(f, template.page)
        assert layout.size >= template.page.type_to_page(floor) - 1e-6, (tid, fid, unit)
        if layout.overflow:
            assert any(n.code == "text.overflow" and n.field == fid for n in comp.notes)
        refused = any(n.field == fid and n.code == "text.word_split" for n in comp.notes)
        if f.bind and not layout.overflow and not refused:
            # Compared without spaces: addresses may break after „/ . @“.
            shown = "".join(layout.text.split())
            for part in _bound_parts(f.bind, case):
                assert "".join(part.split()) in shown, (tid, fid, part, layout.text)


@pytest.mark.parametrize("tid", IDS)
def test_every_size_range_keeps_the_legibility_floor(tid: str) -> None:
    """Print: body and event information 9 pt, contact data 7.5 pt; social: every text but
    display type 28 px at 1080 px width. Auto-fit can never set a field smaller."""
    template = CATALOGUE.get(tid)
    below = []
    # A letter's follow-on page and the other sides of a card too.
    for page in (*template.pages(), template.continuation):
        for f in page.text_fields if page else ():
            floor, unit = legibility_floor(f, page.page)
            if f.size_min < floor - 1e-6:
                below.append(f"{page.id}/{f.id} ({f.role}): {f.size_min:g} < {floor:.1f} {unit}")
    assert below == []


def _bound_parts(bind: str, case: Case) -> list[str]:
    o = case.office
    keys = {"office.street": o.street, "office.city_line": o.city_line,
            "office.postal_code": o.postal_code, "office.city": o.city,
            "office.phone": o.phone, "office.email": o.email, "office.web": o.web}
    return [v for k, v in keys.items() if k in bind and v]


def test_most_real_content_exports_clean() -> None:
    """A ratchet on the share of real cases every template exports clean (measured with
    tools/sweep_real_content.py); it may only go up."""
    clean = total = 0
    for template in CATALOGUE.templates:
        for case in list(cases(limit=2, with_bodies=False))[::2]:
            total += 1
            clean += all(not comp.overflowing() and not any(
                n.code in ("text.word_split", "text.missing_glyphs") for n in comp.notes)
                for comp in _pages(template, case))
    assert clean / total >= 0.95, f"{clean}/{total} clean"


@pytest.mark.parametrize("tid", ["post-4x5-veranstaltung", "flyer-a5-veranstaltung",
                                 "link-veranstaltung"])
def test_render_refuses_exactly_what_check_calls_an_error(
        tid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = CATALOGUE.get(tid)
    for case in CASES[:4]:
        content = content_for(template, case)
        office = tmp_path / "office.toml"
        office.write_text(_toml(case), encoding="utf-8")
        args = [arg for k, v in content.texts.items() for arg in ("--set", f"{k}={v}")]
        out = tmp_path / "out.png"
        out.unlink(missing_ok=True)
        check = main(["check", tid, *args, "--office", str(office)])
        render = main(["render", tid, *args, "--office", str(office), "--out", str(out)])
        capsys.readouterr()
        findings, _ = check_content(template, content, BRAND, case.office)
        assert (check == 2) == bool(errors(findings))
        assert render == check, (tid, case.name)
        assert out.exists() == (render == 0)


def _toml(case: Case) -> str:
    o = case.office
    rows = [f'{k} = "{getattr(o, k)}"' for k in
            ("short_name", "name", "street", "postal_code", "city", "phone", "fax", "email",
             "web", "opening_hours") if getattr(o, k)]
    return "[office]\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("tid", IDS)
def test_sample_content_is_clean_under_strict(tid: str) -> None:
    """`assetkit check TEMPLATE --strict` with the template's own sample copy: no error, no
    warning (hints about sample text are expected: it is sample text)."""
    template = CATALOGUE.get(tid)
    findings, _ = check_content(template, Content(), BRAND)
    assert [f.code for f in findings if f.severity in ("error", "warning")] == []


def _decorations(template: Template) -> list[tuple[float, float, float, float]]:
    """Boxes of the small drawn shapes (dots, bars, accent rules) that text must never cover."""
    from lxml import etree

    root = etree.parse(str(template.svg_path)).getroot()
    page = template.page.width * template.page.height
    boxes = []
    for el in root.iter("{*}circle", "{*}rect"):
        if "slot" in (el.get("class") or "") or el.get("fill") in (None, "none"):
            continue
        if el.tag.endswith("circle"):
            r = float(el.get("r", 0))
            box = (float(el.get("cx", 0)) - r, float(el.get("cy", 0)) - r, 2 * r, 2 * r)
        else:
            box = tuple(float(el.get(k, 0)) for k in ("x", "y", "width", "height"))  # type: ignore[assignment]
        if box[2] * box[3] < 0.02 * page:
            boxes.append(box)
    return boxes


@pytest.mark.parametrize("tid", IDS)
def test_decorations_never_collide_with_text(tid: str) -> None:
    template = CATALOGUE.get(tid)
    shapes = _decorations(template)
    moved = {e for flow in template.flows for e in (*flow.move, *flow.stretch)}
    for case in CASES[::4]:
        comp = compose(template, content_for(template, case), BRAND, case.office)
        for fid, layout in comp.text_layouts.items():
            ink = layout.ink_bounds
            for x, y, w, h in shapes:
                if moved:       # flows move their decorations; compare the drawn design only
                    continue
                apart = (ink.right <= x or x + w <= ink.x or ink.bottom <= y or y + h <= ink.y)
                assert apart, f"{tid}: „{fid}“ runs into a drawn shape at {x:g}/{y:g}"
