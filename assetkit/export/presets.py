"""Print-shop presets as data: what a finished PDF must look like for one kind of printer.

A preset is a small TOML file (``resources/presets/<id>.toml``, or any file a user names with
``--preset path/to/file.toml``) with one ``[preset]`` table. It fixes bleed, crop marks, colour
mode, PDF standard, output profile and photo resolution; :mod:`assetkit.export.print_pdf`
carries it out. Unknown keys and wrong values are refused with one sentence naming the key.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from assetkit.errors import AssetkitError
from assetkit.resources import resource
from assetkit.safeload import read_toml

# The print rules' defaults, in this one place (the judge in assetkit.preflight reads them from
# here); a preset file may set its own bleed.
BLEED_MM = 3.0          # artwork running off the trim must reach this far into the bleed
PPI_ERROR = 150.0       # below this a photo prints visibly soft: an error
PPI_WARNING = 250.0     # below this: marginal (300 is ideal)

Standard = Literal["PDF/X-4", "PDF"]
ColorMode = Literal["cmyk", "rgb"]


class PresetError(AssetkitError):
    """A preset is unknown or its file is malformed."""


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    description: str = ""
    standard: Standard = "PDF/X-4"
    color: ColorMode = "cmyk"
    output_profile: Path | None = None      # resolved path of the output-intent ICC profile
    output_condition: str = "FOGRA39"
    output_condition_info: str = "Coated FOGRA39 (ISO 12647-2:2004)"
    bleed_mm: float = BLEED_MM
    crop_marks: bool = True
    mark_offset_mm: float = 3.0             # from the trim; never less than the bleed
    mark_length_mm: float = 5.0
    mark_weight_pt: float = 0.25
    image_ppi: float = 300.0
    jpeg_quality: int = 85
    max_ink: float = 300.0                  # total area coverage in percent (CMYK only)
    overprint_black: bool = False           # 100 % K text overprints (CMYK only)
    accessible: bool = False                # tagged PDF (PDF/UA-1): structure, alt texts, language
    source: Path | None = None

    @property
    def is_pdfx(self) -> bool:
        return self.standard == "PDF/X-4"

    @property
    def marks_offset(self) -> float:
        """Where the marks start, in mm from the trim: outside the bleed, whatever the file says."""
        return max(self.mark_offset_mm, self.bleed_mm)


# key → (type check, allowed range or values, German description of what is expected)
_NUMBERS = {
    "bleed_mm": (0.0, 20.0),
    "mark_offset_mm": (0.0, 20.0),
    "mark_length_mm": (1.0, 30.0),
    "mark_weight_pt": (0.05, 2.0),
    "image_ppi": (72.0, 1200.0),
    "jpeg_quality": (30, 100),
    "max_ink": (150.0, 400.0),
}
_CHOICES = {"standard": ("PDF/X-4", "PDF"), "color": ("cmyk", "rgb")}
MAX_PRESET_BYTES = 100_000      # a real preset is under 1 KB; see docs/limits.md
_TEXTS = ("name", "description", "output_profile", "output_condition", "output_condition_info")
_KEYS = {f.name for f in fields(Preset)} - {"id", "source"}


def format_bleed(preset_bleed_mm: float, drawn_bleed_mm: float) -> float:
    """The bleed an export with a preset gives one format: the preset's; but a format drawn
    with more than the standard bleed (the roll-up's 5 mm, as large-format printers ask) keeps
    its own wherever the preset has bleed at all. A preset without bleed stays without."""
    if 0 < preset_bleed_mm < drawn_bleed_mm and drawn_bleed_mm > BLEED_MM:
        return drawn_bleed_mm
    return preset_bleed_mm


def presets_dir() -> Path:
    return resource("presets")


def list_presets() -> list[Preset]:
    """The bundled presets, sorted by id."""
    folder = presets_dir()
    if not folder.is_dir():
        return []
    return [load_preset_file(p) for p in sorted(folder.glob("*.toml"))]


def resolve_preset(name_or_path: str) -> Preset:
    """A bundled preset by id (``druckerei``) or a preset file by path (``shop.toml``)."""
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() == ".toml" or candidate.is_file():
        if not candidate.is_file():
            raise PresetError(f"Die Profildatei {candidate} gibt es nicht.")
        return load_preset_file(candidate)
    bundled = presets_dir() / f"{name_or_path}.toml"
    if bundled.is_file():
        return load_preset_file(bundled)
    known = ", ".join(p.id for p in list_presets()) or "keine"
    raise PresetError(f"Das Exportprofil „{name_or_path}“ gibt es nicht (vorhanden: {known}).")


def load_preset_file(path: Path) -> Preset:
    data = read_toml(path, what=f"Die Profildatei {path}", error=PresetError,
                     max_bytes=MAX_PRESET_BYTES)
    table = data.get("preset")
    if not isinstance(table, dict) or set(data) != {"preset"}:
        raise PresetError(f"Die Profildatei {path} braucht genau eine Tabelle [preset].")
    return _preset(path, table)


def _preset(path: Path, table: dict[str, Any]) -> Preset:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise PresetError(f"Profil {path.name}: unbekannter Schlüssel „{unknown[0]}“ "
                          f"(erlaubt: {', '.join(sorted(_KEYS))}).")
    if "name" not in table:
        raise PresetError(f"Profil {path.name}: der Schlüssel „name“ fehlt.")
    values: dict[str, Any] = {}
    for key, value in table.items():
        values[key] = _checked(path, key, value)
    profile = values.pop("output_profile", None)
    preset = Preset(id=path.stem, source=path, **values)
    if preset.is_pdfx or preset.color == "cmyk":
        if profile is None:
            raise PresetError(f"Profil {path.name}: für {preset.standard} in "
                              f"{preset.color.upper()} fehlt „output_profile“.")
        preset = _with_profile(preset, path, profile)
    return preset


def _checked(path: Path, key: str, value: Any) -> Any:
    where = f"Profil {path.name}: „{key}“"
    if key in _NUMBERS:
        low, high = _NUMBERS[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise PresetError(f"{where} muss eine Zahl sein.")
        if not low <= value <= high:
            raise PresetError(f"{where} muss zwischen {low:g} und {high:g} liegen.")
        return int(value) if key == "jpeg_quality" else float(value)
    if key in _CHOICES:
        if value not in _CHOICES[key]:
            raise PresetError(f"{where} muss einer dieser Werte sein: "
                              f"{', '.join(_CHOICES[key])}.")
        return value
    if key in ("crop_marks", "overprint_black", "accessible"):
        if not isinstance(value, bool):
            raise PresetError(f"{where} muss true oder false sein.")
        return value
    if key in _TEXTS and not isinstance(value, str):
        raise PresetError(f"{where} muss ein Text sein.")
    return value


def _with_profile(preset: Preset, path: Path, profile: str) -> Preset:
    from dataclasses import replace

    # A shop's own preset may bring its own profile next to it; bundled ones name ours.
    for folder in (path.parent, resource("color")):
        candidate = (folder / profile).resolve()
        if candidate.is_file():
            return replace(preset, output_profile=candidate)
    # Keep the name: the finisher reports the missing file when it is actually needed.
    return replace(preset, output_profile=resource("color") / profile)
