"""Real content for templates: long office profiles, 60–80-character headlines, real paragraphs.

``cases()`` pairs every profile with headlines and body copy and fills each template's fields the
way an office would (the event place is the office's own address, a success story names a person
with a double name). Used by the real-content tests and by ``tools/sweep_real_content.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assetkit.compose import Content
from assetkit.office import OfficeProfile, load_office
from assetkit.templates.model import Template

DATA = Path(__file__).parent / "data" / "real_content"


def profiles() -> list[tuple[str, OfficeProfile]]:
    return [(p.stem, load_office(p)) for p in sorted(DATA.glob("*.toml"))]


def headlines() -> list[str]:
    return [line.strip() for line in (DATA / "headlines.txt").read_text("utf-8").splitlines()
            if line.strip()]


def bodies() -> list[str]:
    text = (DATA / "bodies.txt").read_text("utf-8")
    return [p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Case:
    profile: str
    office: OfficeProfile
    headline: str
    body: str

    @property
    def name(self) -> str:
        return f"{self.profile}/{self.headline[:24]}"


def cases(limit: int | None = None, with_bodies: bool = True) -> Iterator[Case]:
    """Every profile × headline (each with a real body paragraph unless ``with_bodies`` is
    false: then the template's own body copy stays), or ``limit`` headlines per profile."""
    hs, bs = headlines(), bodies()
    for n, (name, office) in enumerate(profiles()):
        picked = hs if limit is None else [hs[(n * 3 + k) % len(hs)] for k in range(limit)]
        for k, headline in enumerate(picked):
            yield Case(name, office, headline, bs[(n + k) % len(bs)] if with_bodies else "")


def content_for(template: Template, case: Case) -> Content:
    """What an office types into ``template`` for ``case``; office-bound fields come from the
    profile."""
    o = case.office
    values = {
        "headline": case.headline,
        "quote": "„" + case.headline + "“",
        "body": case.body,
        "intro": case.body,
        "date": "Donnerstag, 27. August 2026",
        "time": "9:30 bis 16:00 Uhr",
        "place": f"{o.display_name}, {o.street}, {o.city_line}",
        "name": "Anna-Lena Schmidt-Özdemir",
        "figure_1": "1,5 Millionen",
        "figure": "1,5 Millionen",
        "label": "Menschen werden von den Kommunalen Jobcentern auf ihrem Weg in Arbeit und "
                 "Ausbildung unterstützt",
        "role": "Umschulung zur Kauffrau für Büromanagement, heute bei der Kreisverwaltung",
    }
    if not case.body:
        del values["body"], values["intro"]
    ids = {f.id for f in template.all_text_fields()}   # every side of a two-sided piece
    return Content(texts={k: v for k, v in values.items() if k in ids})
