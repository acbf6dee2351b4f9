"""Documents of more than one page: the sides of a printed piece (front and back of a card),
and a letter whose text goes on on follow-on pages.

In:  a template with a ``continuation`` (the DIN 5008 letterhead's Folgeseite), content, brand,
     office profile and compose options.
Out: the compositions of every page. Page 1 is the template as ``compose`` makes it, except
     that the field named by ``template.continues`` may run over: the lines it cannot hold
     continue on follow-on pages, in the same size, with a running head (office and the
     letter's date), the page number („Seite 2 von 3“) and the sender line at the foot.

Only PDF output has pages; PNG, JPEG and SVG are one page, and there the overflow stays an
overflow (``preflight.judge.check_content`` judges by the output format).
"""

from __future__ import annotations

from dataclasses import replace

from assetkit.brand import Brand
from assetkit.compose.composer import compose, side_content
from assetkit.compose.model import ComposeOptions, Composition, Content, Note
from assetkit.office import OfficeProfile
from assetkit.templates.model import Template

MAX_PAGES = 30      # a letter, not a book: beyond this the rest is reported as overflow


def compose_pages(template: Template, content: Content, brand: Brand,
                  office: OfficeProfile | None = None,
                  options: ComposeOptions | None = None) -> tuple[Composition, ...]:
    """Every page of ``content`` in ``template``: each of its sides, or one page and the
    follow-on pages its text runs over to."""
    if template.sides:
        return tuple(compose(side, side_content(side, content), brand, office, options)
                     for side in template.pages())
    first = compose(template, content, brand, office, options)
    follow, fid = template.continuation, template.continues
    if follow is None or fid is None or not _runs_over(first, fid):
        return (first,)
    rests: list[str] = []
    rest = _rest(first, fid)
    while rest and len(rests) < MAX_PAGES - 1:
        rests.append(rest)
        page = compose(follow, Content(texts={fid: rest}), brand, None, options)
        rest = _rest(page, fid) if _runs_over(page, fid) else ""
    total = len(rests) + 1
    head = _running_head(first, office)
    pages = [_continued(first, fid, total)]
    for number, text in enumerate(rests, start=2):
        texts = {fid: text, "running_head": head, "page_number": f"Seite {number} von {total}",
                 "footer": first.texts.get("sender", "")}
        known = {f.id for f in follow.text_fields}
        page = compose(follow, Content(texts={k: v for k, v in texts.items() if k in known}),
                       brand, None, options)
        pages.append(_continued(page, fid, total) if number < total else page)
    return tuple(pages)


def _runs_over(page: Composition, fid: str) -> bool:
    layout = page.text_layouts.get(fid)
    return layout is not None and layout.overflow


def _rest(page: Composition, fid: str) -> str:
    return page.text_layouts[fid].hidden_text.lstrip("\n")


def _continued(page: Composition, fid: str, total: int) -> Composition:
    """``page`` with its overflow of ``fid`` turned into the fact that it continues."""
    notes = [n for n in page.notes if not (n.code == "text.overflow" and n.field == fid)]
    label = page.template.text_field(fid)
    name = label.label.de if label else fid
    notes.append(Note("text.continued",
                      f"Der Text in „{name}“ geht auf der nächsten Seite weiter "
                      f"({total} Seiten).", fid, None, str(total)))
    return replace(page, notes=tuple(notes))


def _running_head(first: Composition, office: OfficeProfile | None) -> str:
    name = office.display_name if office is not None and office.display_name else \
        first.texts.get("office", "")
    date = first.texts.get("date", "").strip()
    return f"{name} · Schreiben vom {date}" if date else name
