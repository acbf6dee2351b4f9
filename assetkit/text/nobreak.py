"""German no-break rules: which spaces between words must not become line breaks, and how
e-mail addresses and URLs may be broken.

Input is one paragraph as a list of words (the text between breaking spaces, as typed);
:func:`glued` says for each space between two words whether it is *glue*: the line breaker
keeps both words on one line (it only gives way when the pair is wider than a line of its
own). The characters stay as typed — the glue lives in the breaker, not in the text — so a
PDF still copies out with ordinary spaces.

Glue, as German typesetting has it (Duden, DIN 5008):

* number + unit: „1,5 Millionen“, „16 Uhr“, „50 %“, „20 km“, „30 Minuten“ (also „Mio. Euro“);
* dates: „27. August“, „August 2026“, „27. 8. 2026“ („Mittwoch, 28. August“ keeps
  „28. August“ together, the weekday may stand alone);
* street + house number: the number stays with the word before it („Okenstraße 3“,
  „Am Wall-Süd 14–16“, „Raiffeisenstraße 6a“, „Friedrich-Ebert-Straße 2 a“);
* postcode + town: „35043 Marburg-Cappel“;
* „Landkreis X“, „Kreis X“, „Dr. X“, „Nr. 5“, „S. 5“, „§ 16“, „SGB II“;
* parts of an address: „Haus B“, „Zimmer 118“, „2. Obergeschoss“;
* abbreviations and initials: „z. B.“, „d. h.“, „u. a.“, „i. d. R.“, „J. Schmidt“;
* a spaced dash stays with the word before it („Jobcenter –“ may end a line, „–“ never
  starts one).

:func:`link_breaks` finds e-mail addresses and URLs (``@`` with a dot after it; ``www.``,
``http(s)://``; ``domain.tld/path``; a bare ``domain.de``): they are never hyphenated nor
broken at their own hyphens, only after „/“, „.“ or „@“.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_TRAILING = ",;:!?)]»«“”\"’'"       # punctuation that may follow a word without a space
_DASHES = frozenset("\u2013\u2014")

UNITS = frozenset((
    "Uhr", "Mio.", "Mrd.", "Tsd.", "Million", "Millionen", "Milliarde", "Milliarden",
    "Prozent", "%", "‰", "€", "Euro", "EUR", "km", "m", "cm", "mm", "m²", "km²", "qm", "ha",
    "kg", "g", "t", "Std.", "Min.",
    # Durations: „alle 30 Minuten“, „2 Jahre“ (a programme line, a success story's figures).
    "Sekunde", "Sekunden", "Minute", "Minuten", "Stunde", "Stunden", "Tag", "Tage", "Tagen",
    "Woche", "Wochen", "Monat", "Monate", "Monaten", "Jahr", "Jahre", "Jahren", "min", "h",
))
_CURRENCIES = frozenset(("€", "Euro", "EUR"))
_LARGE = frozenset(("Mio.", "Mrd.", "Tsd.", "Million", "Millionen", "Milliarde", "Milliarden"))
MONTHS = frozenset((
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember",
    "Jan.", "Feb.", "Febr.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Okt.",
    "Nov.", "Dez.",
))
#: Words a number after them belongs to („Nr. 5“, „§ 16“).
BEFORE_NUMBER = frozenset((
    "Nr.", "S.", "§", "§§", "Abs.", "Art.", "Kap.", "Bd.", "Str.", "Tel.", "Fax", "Zi.",
    "Raum", "Seite", "Haus", "Gebäude", "Zimmer", "Eingang", "Aufgang", "Block", "Trakt",
))
#: Storeys after an ordinal („2. Obergeschoss“, „3. OG“, „1. Stock“).
STOREYS = frozenset((
    "Obergeschoss", "Obergeschoß", "OG", "Untergeschoss", "UG", "Stock", "Stockwerk", "Etage",
))
_DISTRICT = frozenset(("Landkreis", "Landkreises", "Kreis", "Kreises"))
_TITLES = frozenset(("Dr.", "Prof.", "Hr.", "Fr."))
_STREET_SUFFIXES = (
    "straße", "strasse", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "wall",
    "markt", "steig", "stieg", "pfad", "chaussee", "berg", "hof", "tor", "graben", "garten",
    "feld", "höhe", "kamp", "brücke", "park", "anger", "aue", "grund", "wiese", "winkel",
    "zeile", "promenade", "kai", "lände", "rain", "bogen", "eck", "steg", "gärten", "wald",
)
#: Words that open a street name („Am Wall-Süd 14“, „Zur Aue 3“).
_STREET_OPENERS = frozenset((
    "Am", "An", "Im", "In", "Auf", "Zum", "Zur", "Unter", "Hinter", "Vor", "Alte", "Alter",
    "Neue", "Neuer", "Große", "Großer", "Kleine", "Kleiner", "Obere", "Untere", "der", "den",
))

_NUMBER = re.compile(r"[(„»‚]?[-+−±~≈]?\d(?:[\d.,:\u2013\u2010-]*\d)?")
_DAY = re.compile(r"\d{1,2}\.")
_DAY_OR_YEAR = re.compile(r"\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}")
_YEAR = re.compile(r"\d{4}")
_HOUSE = re.compile(r"\d{1,4}[a-zA-Z]?(?:[\u2013/-]\d{1,4}[a-zA-Z]?)?")
_HOUSE_LETTER = re.compile(r"[a-hA-H]")
_POSTCODE = re.compile(r"\d{5}")
_ROMAN = re.compile(r"[IVX]{1,5}")
#: Abbreviations written with spaces; each neighbouring pair of parts is glued.
ABBREVIATIONS = (
    "z. B.", "d. h.", "u. a.", "o. ä.", "o. Ä.", "u. ä.", "u. Ä.", "v. a.", "z. T.", "u. U.",
    "i. d. R.", "i. A.", "i. V.", "m. E.", "s. o.", "s. u.", "u. v. m.", "u. Ä. m.",
    "a. M.", "a. d.", "z. Hd.", "z. Zt.", "z. Z.", "o. g.", "u. g.", "n. V.", "k. A.",
)
_ABBREVIATION_PAIRS = frozenset(
    pair for abbreviation in ABBREVIATIONS
    for pair in zip(abbreviation.split(), abbreviation.split()[1:], strict=False)
)
_INITIAL = re.compile(r"[^\W\d_]\.")

_URL_START = re.compile(r"[(„»‚<]?(?:https?://|www\.)", re.IGNORECASE)
_PATH_URL = re.compile(r"[(„»‚<]?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/")
_BARE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|info)", re.IGNORECASE)
_LINK_BREAK_AFTER = frozenset("/.@")
_LINK_PUNCTUATION = ",;:!?()[]»«„“”\"'"


def _core(word: str) -> str:
    """The word without punctuation that may follow it („Uhr,“ → „Uhr“)."""
    return word.rstrip(_TRAILING)


def _is_unit(word: str) -> bool:
    core = _core(word)
    return core in UNITS or core.rstrip(".") in UNITS


def _ends_open(word: str) -> bool:
    """True when nothing after ``word`` closes a phrase (no comma, colon, bracket …)."""
    return bool(word) and word[-1] not in _TRAILING


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _is_street(word: str, before: str) -> bool:
    """„Okenstraße“, „Am Wall-Süd“, „Marktplatz“, „Zur Aue“: a street name's last word."""
    if not (word[-1:].isalpha() and _capitalized(word)):
        return False
    if before in _STREET_OPENERS:
        return True
    return any(part.lower().endswith(_STREET_SUFFIXES) for part in word.split("-"))


def _glue(a: str, b: str, before: str) -> bool:
    """Whether the space between ``a`` and ``b`` must not break (``before`` precedes ``a``)."""
    if b in _DASHES:
        return True
    if not _ends_open(a):
        return False
    if _NUMBER.fullmatch(a) and _is_unit(b):
        return True
    if a in _LARGE and _core(b) in _CURRENCIES:
        return True
    if _DAY.fullmatch(a) and (_core(b) in MONTHS or _DAY_OR_YEAR.fullmatch(_core(b))):
        return True
    if a in MONTHS and _YEAR.fullmatch(_core(b)):
        return True
    if a in BEFORE_NUMBER and (b[:1].isdigit() or _HOUSE_LETTER.fullmatch(_core(b))):
        return True         # „Nr. 5“, „Zimmer 118“, „Haus B“
    if _DAY.fullmatch(a) and _core(b) in STOREYS:
        return True         # „2. Obergeschoss“
    if _is_street(a, before) and _HOUSE.fullmatch(_core(b).rstrip(".")):
        return True         # street + house number
    if (_HOUSE.fullmatch(a) and _HOUSE_LETTER.fullmatch(_core(b).rstrip("."))
            and before[-1:].isalpha()):
        return True         # „Straße 2 a“
    if _POSTCODE.fullmatch(a) and _capitalized(b):
        return True
    if (a in _DISTRICT or a in _TITLES) and _capitalized(b):
        return True
    if a == "SGB" and _ROMAN.fullmatch(_core(b)):
        return True
    if (a[:1].lower() + a[1:], _core(b)) in _ABBREVIATION_PAIRS:
        return True         # „z. B.“, „u. a.“
    return bool(_INITIAL.fullmatch(a) and _capitalized(a) and _capitalized(b)
                and _core(b).isalpha())


def glued(words: Sequence[str]) -> list[bool]:
    """For each space between ``words[i]`` and ``words[i + 1]``: True when it must not break."""
    return list(_glued(tuple(words)))


@lru_cache(maxsize=1024)
def _glued(words: tuple[str, ...]) -> tuple[bool, ...]:
    # Cached: fitting lays the same paragraph out again and again.
    return tuple(_glue(words[i], words[i + 1], words[i - 1] if i else "")
                 for i in range(len(words) - 1))


def is_link(word: str) -> bool:
    """True for an e-mail address or a URL."""
    core = _core(word)
    at = core.find("@")
    if at > 0 and "." in core[at + 1:-1]:
        return True
    return bool(_URL_START.match(core) or _PATH_URL.match(core)
                or _BARE_DOMAIN.fullmatch(core))


def link_breaks(word: str) -> tuple[int, ...]:
    """Where the link ``word`` may break: after „/“, „.“ and „@“, not inside „//“, not
    before the top-level domain at its end and not before the punctuation that follows it."""
    end = len(_core(word))
    return tuple(i + 1 for i, ch in enumerate(word[:end - 1])
                 if ch in _LINK_BREAK_AFTER and word[i + 1] != "/"
                 and not (ch == "." and word[i + 1:end].isalpha()))   # never „example.|de“


def link_target(word: str) -> str | None:
    """Where an e-mail address or web address written in the text leads; None for words."""
    core = word.strip(_LINK_PUNCTUATION)
    if not core or not is_link(core):
        return None
    if "@" in core and "/" not in core:
        return "mailto:" + core
    return core if core.lower().startswith(("http://", "https://")) else "https://" + core
