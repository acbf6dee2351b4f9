"""Office profile: a small TOML file an office fills once and shares with colleagues.

    [office]
    short_name = "KoBa Musterkreis"
    name = "Kommunale Beschäftigungsagentur Musterkreis"
    street = "Musterstraße 12"
    postal_code = "12345"
    city = "Musterstadt"
    phone = "01234 567-0"
    email = "info@jobcenter-musterkreis.example"
    web = "www.jobcenter-musterkreis.example"
    logo = "wappen.svg"        # optional local logo, relative to this file
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from assetkit.errors import OfficeProfileError
from assetkit.safeload import read_toml

OFFICE_KEYS = ("short_name", "name", "street", "postal_code", "city", "phone", "fax", "email",
               "web", "opening_hours", "bank", "iban", "bic", "logo")
# Limits no real office reaches (the longest official name has about 120 characters); they keep
# a pasted novel from costing seconds and gigabytes in every layout. See docs/limits.md.
MAX_VALUE_CHARS = 1000
MAX_PROFILE_BYTES = 100_000


@dataclass(frozen=True)
class OfficeProfile:
    short_name: str = ""
    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    web: str = ""
    opening_hours: str = ""
    bank: str = ""
    iban: str = ""
    bic: str = ""
    logo: Path | None = None

    def value(self, key: str) -> str:
        """Value of an office binding such as ``name`` or the derived ``address``."""
        if key == "address":
            return "\n".join(p for p in (self.street, self.city_line) if p)
        if key == "address_line":
            return ", ".join(p for p in (self.street, self.city_line) if p)
        if key == "city_line":
            return self.city_line
        if key == "short_name":
            return self.display_name
        if key == "contact_line":
            parts = [f"Telefon {self.phone}" if self.phone else "", self.email, self.web]
            return " · ".join(p for p in parts if p)
        if key == "contact":
            parts = [f"Telefon {self.phone}" if self.phone else "", self.email, self.web]
            return "\n".join(p for p in parts if p)
        if key not in OFFICE_KEYS or key == "logo":
            raise OfficeProfileError(f"Das Feld „office.{key}“ gibt es im Dienststellenprofil nicht.")
        return str(getattr(self, key))

    @property
    def city_line(self) -> str:
        return " ".join(p for p in (self.postal_code, self.city) if p)

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


def load_office(path: Path) -> OfficeProfile:
    data = read_toml(path, what=f"Das Dienststellenprofil {path}", error=OfficeProfileError,
                     max_bytes=MAX_PROFILE_BYTES)
    table = data.get("office")
    if not isinstance(table, dict):
        raise OfficeProfileError(f"Im Dienststellenprofil {path} fehlt der Abschnitt [office].")
    unknown = sorted(set(table) - set(OFFICE_KEYS))
    if unknown:
        raise OfficeProfileError(
            f"Das Dienststellenprofil {path} enthält unbekannte Felder: {', '.join(unknown)}."
        )
    values: dict[str, object] = {}
    for key, value in table.items():
        if not isinstance(value, str):
            raise OfficeProfileError(f"Im Dienststellenprofil {path} muss „{key}“ Text sein.")
        check_value_length(key, value, f"Im Dienststellenprofil {path}")
        values[key] = value.strip()
    logo = values.pop("logo", None)
    logo_path = (path.parent / str(logo)).resolve() if logo else None
    return OfficeProfile(**values, logo=logo_path)  # type: ignore[arg-type]


def check_value_length(key: str, value: str, where: str = "Im Dienststellenprofil") -> None:
    """Refuse a value longer than :data:`MAX_VALUE_CHARS` with a sentence naming the field."""
    if len(value) > MAX_VALUE_CHARS:
        raise OfficeProfileError(f"{where} ist „{key}“ {len(value):,} Zeichen lang; erlaubt sind "
                                 f"höchstens {MAX_VALUE_CHARS:,}.".replace(",", "."))


def dumps_office(profile: OfficeProfile) -> str:
    lines = ["[office]"]
    for f in fields(profile):
        value = getattr(profile, f.name)
        if f.name == "logo":
            if value:
                lines.append(f"logo = {_toml_str(str(value))}")
            continue
        if value:
            lines.append(f"{f.name} = {_toml_str(value)}")
    return "\n".join(lines) + "\n"


def save_office(profile: OfficeProfile, path: Path) -> None:
    from assetkit.fileio import write_atomic

    write_atomic(path, dumps_office(profile).encode("utf-8"))


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def sample_office() -> OfficeProfile:
    """A clearly fictitious office for demos and tests (no real contact data)."""
    return OfficeProfile(
        short_name="Jobcenter Musterkreis",
        name="Kommunales Jobcenter Landkreis Musterkreis",
        street="Am Marktplatz 1",
        postal_code="12345",
        city="Musterstadt",
        phone="01234 5678-0",
        email="info@jobcenter-musterkreis.example",
        web="www.jobcenter-musterkreis.example",
        opening_hours="Mo–Fr 8–12 Uhr, Do 14–18 Uhr",
        bank="Sparkasse Musterstadt",
        iban="DE00 1234 5678 9012 3456 78",
        bic="MUSTDEXXXXX",
    )


__all__ = ["OfficeProfile", "asdict"]
