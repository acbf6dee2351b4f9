"""Character budget of a text field: about how many characters still fit, or how many to cut.

In:  a template, a text field's id, the text typed so far (and the project's other texts and
     office profile, which decide how much room a flow leaves the field).
Out: an int; positive: about that many more characters fit at the field's smallest allowed
     size, negative: cutting that many characters from the end makes the text fit, 0: full.

"Fits" is what the composer decides: the text lays out in its box within its line limit at the
smallest size of its range, in the box its flow gives it. Characters to add are counted in
typical German copy (:data:`SAMPLE`), so the figure is an estimate ("noch etwa 23 Zeichen");
characters to cut are counted exactly from the end of what was typed.

The desktop app asks on every keystroke, so each answer lays the field out about a dozen times
at most (a galloping then a binary search), a few milliseconds in all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from assetkit.compose.composer import _flow, _layout, _text_value
from assetkit.compose.model import Content
from assetkit.errors import FieldError

if TYPE_CHECKING:
    from assetkit.brand import Brand
    from assetkit.office import OfficeProfile
    from assetkit.templates import Template
    from assetkit.templates.model import TextField

# Average German copy: word lengths, capitals and umlauts as in the campaign's texts.
SAMPLE = ("Beratung und Vermittlung im Jobcenter vor Ort für Menschen, die eine neue Arbeit "
          "suchen, mit Terminen am Vormittag und Gesprächen über Weiterbildung. ")
MAX_BUDGET = 3000          # beyond this a field is as good as unlimited


def char_budget(template: Template, field_id: str, text: str, brand: Brand,
                office: OfficeProfile | None = None, *,
                texts: Mapping[str, str] | None = None) -> int:
    """About how many more characters fit in ``field_id`` after ``text`` (negative: how many
    to cut from its end). ``texts`` are the project's other texts (field id → value); they
    matter where fields share a flow."""
    # The side that shows the field (a card's back, a leaflet's inside).
    side = next((s for s in template.pages() if s.text_field(field_id) is not None), template)
    template = side
    f = template.text_field(field_id)
    if f is None:
        raise FieldError(f"„{field_id}“ ist kein Textfeld der Vorlage „{template.id}“.")
    fits = _fits(template, f, dict(texts or {}), brand, office)
    if fits(text):
        return _largest(lambda k: fits(text + _sample(k)), MAX_BUDGET)
    # The smallest cut that fits: at most the whole text (an empty field always fits).
    return -_smallest(lambda m: fits(text[:len(text) - m]), len(text))


def _sample(k: int) -> str:
    repeats = k // len(SAMPLE) + 1
    return (SAMPLE * repeats)[:k]


def _fits(template: Template, f: TextField, texts: dict[str, str], brand: Brand,
          office: OfficeProfile | None) -> Callable[[str], bool]:
    page = template.page
    # Balancing only moves line breaks of text that fits; it never decides whether text fits.
    smallest = replace(f, size_max=f.size_min, balance=False)
    grown = _grown(template, f, texts, brand, office)

    def fits(raw: str) -> bool:
        value = _text_value(f, Content({f.id: raw}), office)
        if not value.strip() or not _layout(smallest, value, brand, page).overflow:
            return True
        return grown is not None and not _layout(grown, value, brand, page).overflow

    return fits


def _grown(template: Template, f: TextField, texts: dict[str, str], brand: Brand,
           office: OfficeProfile | None) -> TextField | None:
    """The field as its flow lets it grow at most (more lines, a taller box), at its smallest
    size; None when it cannot grow. Text that overflows its own box gets the first growth it
    fits in, so it fits at all exactly when it fits the largest growth there is room for."""
    flow = next((fl for fl in template.flows if f.id in fl.fields), None)
    if flow is None or f.grow_lines <= 0 or f.max_lines is None:
        return None
    values = {g.id: _text_value(g, Content(texts), office) for g in template.text_fields
              if g.id in flow.fields}
    alone = replace(template, flows=(flow,))
    best = None
    for extra in range(1, f.grow_lines + 1):
        # Exactly max_lines + extra short lines: the composer grants this growth or none.
        lines = f.max_lines + extra
        probe = "\n".join(["N"] * lines)
        flowed = _flow(alone, {**values, f.id: probe}, brand).fields.get(f.id)
        if flowed is None or (flowed.max_lines or 0) < lines:
            break
        best = replace(flowed, size_max=f.size_min, balance=False)
    return best


def _largest(ok: Callable[[int], bool], limit: int) -> int:
    """The largest k in [0, limit] with ok(k), given ok(0); galloping, then bisecting."""
    good, step = 0, 8
    while True:
        probe = min(limit, good + step)
        if not ok(probe):
            # "noch etwa 1200 Zeichen" needs no exact count: within 2 % of it is enough.
            return _boundary(ok, good, probe, good // 50)
        good = probe
        if good >= limit:
            return limit
        step *= 2


def _smallest(ok: Callable[[int], bool], limit: int) -> int:
    """The smallest m in [1, limit] with ok(m), given ok(limit) and not ok(0)."""
    bad, step = 0, 1
    # Most overflows are a few characters: gallop from the end instead of halving the text.
    while step < limit:
        if ok(step):
            return _boundary(ok, step, bad)
        bad = step
        step *= 2
    return _boundary(ok, limit, bad)


def _boundary(ok: Callable[[int], bool], good: int, bad: int, slack: int = 0) -> int:
    """Narrow ``good`` (ok) towards ``bad`` (not ok) until they are ``slack`` (at least 1)
    apart; returns the good end."""
    while abs(bad - good) > max(1, slack):
        mid = (good + bad) // 2
        if ok(mid):
            good = mid
        else:
            bad = mid
    return good
