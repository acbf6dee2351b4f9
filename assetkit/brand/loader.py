"""Read ``brand.toml`` and the logo files it names into a :class:`Brand`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from assetkit.brand.model import Brand, BrandColor, LogoVariant
from assetkit.errors import BrandError
from assetkit.resources import resources_dir
from assetkit.safeload import read_toml
from assetkit.svgsafe import parse_svg

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LENGTH = re.compile(r"^\s*([0-9.]+)")


def load_brand(path: Path | None = None) -> Brand:
    """Load the brand kit; ``path`` defaults to ``resources/brand.toml``."""
    return _load(path or resources_dir() / "brand.toml")


@cache
def _load(path: Path) -> Brand:
    data = read_toml(path, what=f"Die Markendatei {path}", error=BrandError)
    root = path.parent
    campaign = _table(data, "campaign", path)
    colors = {name: _color(name, spec, path) for name, spec in _table(data, "colors", path).items()}
    fonts = {}
    for role, rel in _table(data, "fonts", path).items():
        font_path = root / "fonts" / str(rel)
        if not font_path.is_file():
            raise BrandError(f"{path}: Schrift für „fonts.{role}“ fehlt ({font_path}).")
        fonts[role] = font_path
    logo_spec = _table(data, "logo", path)
    clear = _number(logo_spec, "clear_space", 0.25, "logo", path)
    logos: dict[tuple[str, str], LogoVariant] = {}
    for layout, spec in _table(logo_spec, "layouts", path).items():
        for variant in ("color", "black", "white"):
            if variant not in spec:
                raise BrandError(f"{path}: „logo.layouts.{layout}.{variant}“ fehlt.")
            logos[(layout, variant)] = _logo(root, layout, variant, spec, clear, path)
    return Brand(
        name=str(campaign.get("name", "")),
        claim=str(campaign.get("claim", "")),
        title=str(campaign.get("title", "")),
        version=str(campaign.get("version", "0")),
        root=root,
        colors=colors,
        fonts=fonts,
        logos=logos,
        dark_background_variant=str(logo_spec.get("dark_background_variant", "white")),
    )


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise BrandError(f"{path}: Abschnitt „{key}“ fehlt.")
    return value


def _color(name: str, spec: Any, path: Path) -> BrandColor:
    if not isinstance(spec, dict):
        raise BrandError(f"{path}: „colors.{name}“ muss eine Tabelle sein.")
    hex_value = str(spec.get("hex", ""))
    if not _HEX.match(hex_value):
        raise BrandError(f"{path}: „colors.{name}.hex“ muss die Form #RRGGBB haben.")
    cmyk = spec.get("cmyk")
    if (not isinstance(cmyk, list) or len(cmyk) != 4
            or not all(isinstance(v, int | float) and 0 <= v <= 100 for v in cmyk)):
        raise BrandError(f"{path}: „colors.{name}.cmyk“ braucht vier Werte von 0 bis 100.")
    label = spec.get("label", {})
    if not isinstance(label, dict) or not all(isinstance(v, str) for v in label.values()):
        raise BrandError(f"{path}: „colors.{name}.label“ muss eine Tabelle wie "
                         '{ de = "Petrol", en = "Petrol" } sein.')
    return BrandColor(
        name=name,
        label_de=str(label.get("de", name)),
        label_en=str(label.get("en", name)),
        hex=hex_value.upper(),
        cmyk=(float(cmyk[0]), float(cmyk[1]), float(cmyk[2]), float(cmyk[3])),
        use=str(spec.get("use", "")),
    )


def _logo(root: Path, layout: str, variant: str, spec: dict[str, Any], clear: float,
          path: Path) -> LogoVariant:
    file = root / str(spec[variant])
    try:
        svg = file.read_bytes()
    except OSError:
        raise BrandError(f"{path}: Logodatei {file} fehlt.") from None
    tree = parse_svg(svg, file.name)
    width, height = svg_size(tree.getroot(), file.name)
    return LogoVariant(
        layout=layout, variant=variant, path=file, svg=svg, width=width, height=height,
        clear_space=clear,
        min_width_mm=_number(spec, "min_width_mm", 30, f"logo.layouts.{layout}", path),
        min_width_px=_number(spec, "min_width_px", 150, f"logo.layouts.{layout}", path),
    )


def _number(table: dict[str, Any], key: str, default: float, where: str, path: Path) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise BrandError(f"{path}: „{where}.{key}“ muss eine Zahl ab 0 sein.")
    return float(value)


def svg_size(root: Any, name: str) -> tuple[float, float]:
    """Intrinsic size of an SVG in user units, from viewBox or width/height."""
    view_box = root.get("viewBox")
    if view_box:
        parts = view_box.replace(",", " ").split()
        if len(parts) == 4:
            w, h = float(parts[2]), float(parts[3])
            if w > 0 and h > 0:
                return w, h
    w_match = _LENGTH.match(root.get("width", ""))
    h_match = _LENGTH.match(root.get("height", ""))
    if w_match and h_match and float(w_match.group(1)) > 0 and float(h_match.group(1)) > 0:
        return float(w_match.group(1)), float(h_match.group(1))
    raise BrandError(f"Die SVG-Datei „{name}“ hat keine Größe (viewBox oder width/height).")
