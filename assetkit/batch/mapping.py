"""Which column feeds which template field, and how one row becomes content and an office profile.

Columns match fields by id or by label (German or English), ignoring case, spacing and a trailing
``:`` or ``*``; ``--map FIELD=COLUMN`` overrides. Office columns (``office.phone`` or the German
labels an office list uses: Telefon, E-Mail, PLZ …) fill an office profile per row, which office
fields of the templates show. A column that already feeds a template field is not also read as an
office column (the event's „Ort“ is not the office's city), unless it is named ``office.<key>``.
Fields bound to the office profile take a column by label only when no office key claims it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from assetkit.batch.data import DataRow
from assetkit.batch.errors import BatchError
from assetkit.compose import Content, ImageChoice
from assetkit.office import MAX_VALUE_CHARS, OFFICE_KEYS, OfficeProfile
from assetkit.templates import Template

MAX_CELL_CHARS = 5000   # beyond this a cell is a paste accident, and laying it out takes long

OFFICE_LABELS: dict[str, tuple[str, ...]] = {
    "short_name": ("kurzname", "kurzbezeichnung", "dienststelle kurz", "short name"),
    "name": ("dienststelle", "name der dienststelle", "jobcenter", "office", "office name"),
    "street": ("straße", "strasse", "straße und hausnummer", "anschrift", "adresse", "street"),
    "postal_code": ("plz", "postleitzahl", "postal code", "zip"),
    "city": ("ort", "stadt", "city"),
    "phone": ("telefon", "tel", "tel.", "telefonnummer", "phone"),
    "fax": ("fax", "telefax"),
    "email": ("e-mail", "email", "mail", "e-mail-adresse"),
    "web": ("web", "internet", "website", "webseite", "homepage", "internetseite"),
    "opening_hours": ("öffnungszeiten", "opening hours"),
    "bank": ("bank", "kreditinstitut"),
    "iban": ("iban",),
    "bic": ("bic",),
    "logo": ("logo", "wappen", "eigenes logo"),
}


def norm(name: str) -> str:
    """Compare column names and labels ignoring case, spacing and a trailing ``:``/``*``."""
    return " ".join(name.casefold().split()).rstrip(":* ").strip()


@dataclass(frozen=True)
class TemplateMapping:
    template: str
    texts: tuple[tuple[str, str], ...]      # (field id, column)
    images: tuple[tuple[str, str], ...]     # (field id, column)
    defaults: tuple[str, ...]               # text fields without a column: keep sample copy
    alts: tuple[tuple[str, str], ...] = ()  # (image field id, column of its alternative text)


@dataclass(frozen=True)
class FieldMapping:
    templates: tuple[TemplateMapping, ...]
    office: tuple[tuple[str, str], ...]     # (office key, column)
    unknown: tuple[str, ...]                # columns nothing reads

    def for_template(self, template_id: str) -> TemplateMapping:
        return next(m for m in self.templates if m.template == template_id)

    def used_columns(self) -> set[str]:
        used = {c for _k, c in self.office}
        for m in self.templates:
            used.update(c for _f, c in m.texts)
            used.update(c for _f, c in m.images)
            used.update(c for _f, c in m.alts)
        return used


def parse_map_options(items: Iterable[str]) -> dict[str, str]:
    """``["headline=Titel", ...]`` → {"headline": "Titel"}."""
    result: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise BatchError(f"--map erwartet FELD=SPALTE, nicht „{item}“.")
        result[field.strip()] = column.strip()
    return result


def build_mapping(columns: Iterable[str], templates: Iterable[Template],
                  explicit: Mapping[str, str] | None = None,
                  also_used: Iterable[str] = ()) -> FieldMapping:
    columns = tuple(columns)
    templates = tuple(templates)
    by_norm = {norm(c): c for c in columns}
    explicit_cols = {field: _column(by_norm, col, field) for field, col in (explicit or {}).items()}
    known_fields = {f for t in templates for f in t.field_ids()}
    known_fields |= {f"{fi.id}.alt" for t in templates for fi in t.image_fields}
    for field in explicit_cols:
        if field not in known_fields and not _office_key(field):
            raise BatchError(f"--map: Das Feld „{field}“ gibt es in den gewählten Vorlagen nicht "
                             f"(Felder: {', '.join(sorted(known_fields))}; "
                             "Dienststelle: office.name, office.phone …).")

    # Fields of their own first; then office columns; then fields bound to the office profile,
    # which take a column by label only if no office key claims it (a „Dienststelle“ column is
    # the office's name, and every template shows it the way its office field is bound).
    texts: dict[str, list[tuple[str, str]]] = {t.id: [] for t in templates}
    images: dict[str, list[tuple[str, str]]] = {t.id: [] for t in templates}
    alts: dict[str, list[tuple[str, str]]] = {t.id: [] for t in templates}
    for t in templates:
        for f in t.all_text_fields():
            if not f.is_office:
                col = explicit_cols.get(f.id) or _match(by_norm, f.id, f.label.de, f.label.en)
                if col:
                    texts[t.id].append((f.id, col))
        for fi in t.all_image_fields():
            col = explicit_cols.get(fi.id) or _match(by_norm, fi.id, fi.label.de, fi.label.en)
            if col:
                images[t.id].append((fi.id, col))
            # „photo.alt“, „Foto Alternativtext“ or, for a template with one photo, „Alternativtext“
            names = [f"{fi.id}.alt", f"{fi.id}_alt", f"{fi.label.de} Alternativtext",
                     f"{fi.label.en} alt text", *(["Alternativtext", "Alt-Text", "alt text"]
                                                  if len(t.all_image_fields()) == 1 else [])]
            col = explicit_cols.get(f"{fi.id}.alt") or _match(by_norm, *names)
            if col:
                alts[t.id].append((fi.id, col))
    field_cols = {c for t in templates
                  for _f, c in (*texts[t.id], *images[t.id], *alts[t.id])}

    office: list[tuple[str, str]] = []
    for key in OFFICE_KEYS:
        col = explicit_cols.get(f"office.{key}") or by_norm.get(f"office.{key}")
        if col is None:
            col = next((by_norm[a] for a in (key, *OFFICE_LABELS.get(key, ()))
                        if a in by_norm and by_norm[a] not in field_cols), None)
        if col:
            office.append((key, col))
    office_cols = {c for _k, c in office}

    mappings = []
    for t in templates:
        for f in t.all_text_fields():
            if f.is_office:
                col = explicit_cols.get(f.id) or _match(by_norm, f.id) or next(
                    (c for c in (_match(by_norm, f.label.de), _match(by_norm, f.label.en))
                     if c and c not in office_cols), None)
                if col:
                    texts[t.id].append((f.id, col))
        order = {f.id: i for i, f in enumerate(t.all_text_fields())}
        mapped = {fid for fid, _c in texts[t.id]}
        defaults = tuple(f.id for f in t.all_text_fields()
                         if f.id not in mapped and not f.is_office)
        mappings.append(TemplateMapping(t.id, tuple(sorted(texts[t.id], key=lambda p: order[p[0]])),
                                        tuple(images[t.id]), defaults, tuple(alts[t.id])))
    field_cols |= {c for m in mappings for _f, c in m.texts}

    used = field_cols | office_cols | {_column(by_norm, c, "") for c in also_used
                                                   if norm(c) in by_norm}
    unknown = tuple(c for c in columns if c not in used)
    return FieldMapping(tuple(mappings), tuple(office), unknown)


def _office_key(field: str) -> bool:
    return field.startswith("office.") and field.removeprefix("office.") in OFFICE_KEYS


def _column(by_norm: Mapping[str, str], column: str, field: str) -> str:
    found = by_norm.get(norm(column))
    if found is None:
        raise BatchError(f"--map {field}=…: Die Spalte „{column}“ gibt es in der Datendatei nicht "
                         f"(Spalten: {', '.join(by_norm.values())}).")
    return found


def _match(by_norm: Mapping[str, str], *names: str) -> str | None:
    return next((by_norm[norm(n)] for n in names if norm(n) in by_norm), None)


@dataclass(frozen=True)
class RowContent:
    """What one row puts into one template, or why it cannot."""

    content: Content
    problems: tuple[str, ...]    # row errors (missing photo, cell too long)
    inputs: tuple[Path, ...]     # files the row reads; outputs must never overwrite them


def row_office(row: DataRow, mapping: FieldMapping, base: OfficeProfile | None,
               base_dir: Path) -> tuple[OfficeProfile | None, tuple[str, ...]]:
    """The row's office profile: ``base`` with the row's non-empty office cells on top."""
    if not mapping.office:
        return base, ()
    values: dict[str, object] = {}
    problems: list[str] = []
    for key, col in mapping.office:
        cell = row.values.get(col, "")
        if not cell:
            continue
        if key == "logo":
            path = resolve_path(cell, base_dir)
            if not path.is_file():
                problems.append(f"Das Logo „{cell}“ (Spalte „{col}“) gibt es nicht.")
                continue
            values[key] = path
        elif len(cell) > MAX_VALUE_CHARS:
            problems.append(f"„office.{key}“ (Spalte „{col}“) ist {len(cell)} Zeichen lang; "
                            f"erlaubt sind höchstens {MAX_VALUE_CHARS}.")
        else:
            values[key] = " ".join(cell.split())
    if not values:
        return base, tuple(problems)
    profile = replace(base or OfficeProfile(), **values)  # type: ignore[arg-type]
    if profile.name and not profile.short_name:
        # Fields bound to the short name (social formats) show the name rather than nothing.
        profile = replace(profile, short_name=profile.name)
    return profile, tuple(problems)


def row_content(row: DataRow, tm: TemplateMapping, template: Template,
                base_dir: Path) -> RowContent:
    texts: dict[str, str] = {}
    images: dict[str, ImageChoice] = {}
    problems: list[str] = []
    inputs: list[Path] = []
    for field_id, col in tm.texts:
        f = template.text_field(field_id)
        cell = row.values.get(col, "")
        if len(cell) > MAX_CELL_CHARS:
            label = f.label.de if f else field_id
            problems.append(f"Der Text für „{label}“ (Spalte „{col}“) ist mit {len(cell)} "
                            f"Zeichen zu lang (höchstens {MAX_CELL_CHARS}).")
            continue
        if not cell and f is not None and f.is_office:
            continue     # an empty cell lets the office profile fill the field
        texts[field_id] = cell
    for field_id, col in tm.images:
        cell = row.values.get(col, "")
        if not cell:
            continue     # the template's placeholder; compose reports it if the photo is required
        fi = template.image_field(field_id)
        path = resolve_path(cell, base_dir)
        if not path.is_file():
            label = fi.label.de if fi else field_id
            problems.append(f"Das Foto „{cell}“ für „{label}“ gibt es nicht.")
            continue
        images[field_id] = ImageChoice(path)
        inputs.append(path)
    alt_texts = {field_id: " ".join(row.values.get(col, "").split()) for field_id, col in tm.alts
                 if row.values.get(col, "").strip()}
    for field_id, text in alt_texts.items():
        if len(text) > MAX_CELL_CHARS:
            problems.append(f"Der Alternativtext für „{field_id}“ ist mit {len(text)} Zeichen zu "
                            f"lang (höchstens {MAX_CELL_CHARS}).")
    return RowContent(Content(texts=texts, images=images, alt_texts=alt_texts),
                      tuple(problems), tuple(inputs))


def resolve_path(cell: str, base_dir: Path) -> Path:
    """A path from a cell: relative to the data file; Windows separators work everywhere."""
    text = cell.strip().strip('"').strip()
    if os.sep == "/":
        text = text.replace("\\", "/")
    path = Path(text).expanduser()
    return path if path.is_absolute() else base_dir / path
