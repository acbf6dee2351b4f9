"""Turn ``--set``, ``--image``, ``--alt``, ``--focal``, ``--zoom`` and ``--office`` options into
values."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from assetkit.errors import FieldError

if TYPE_CHECKING:
    from assetkit.brand import Brand
    from assetkit.compose import Content
    from assetkit.office import OfficeProfile
    from assetkit.templates import Template


def add_content_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--set", action="append", default=[], metavar="FELD=TEXT",
                   help="Text eines Feldes setzen (mehrfach möglich; \\n für Zeilenumbruch)")
    p.add_argument("--image", action="append", default=[], metavar="FELD=DATEI",
                   help="Foto für ein Bildfeld")
    p.add_argument("--alt", action="append", default=[], metavar="FELD=TEXT",
                   help="Alternativtext eines Bildfeldes: was das Foto zeigt (für Screenreader "
                        "und die Alternativtext-Felder der Plattformen)")
    p.add_argument("--focal", action="append", default=[], metavar="FELD=X,Y",
                   help="Bildmittelpunkt 0–1 (z. B. photo=0.5,0.3)")
    p.add_argument("--zoom", action="append", default=[], metavar="FELD=FAKTOR",
                   help="Bildausschnitt vergrößern (1 = ganz gefüllt)")
    p.add_argument("--office", type=Path, metavar="PROFIL.toml", help="Dienststellenprofil")


def _pairs(values: list[str], option: str) -> dict[str, str]:
    result = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise FieldError(f"{option} erwartet FELD=WERT, nicht „{item}“.")
        result[key.strip()] = value
    return result


def content_from_args(args: argparse.Namespace) -> Content:
    from assetkit.compose import Content, ImageChoice

    texts = {k: v.replace("\\n", "\n") for k, v in _pairs(args.set, "--set").items()}
    focals = {}
    for key, value in _pairs(args.focal, "--focal").items():
        try:
            fx, fy = (float(v) for v in value.split(","))
        except ValueError:
            raise FieldError(f"--focal {key}= erwartet zwei Zahlen wie 0.5,0.3.") from None
        if not (0 <= fx <= 1 and 0 <= fy <= 1):
            raise FieldError(f"--focal {key}= braucht Werte zwischen 0 und 1.")
        focals[key] = (fx, fy)
    zooms = {}
    for key, value in _pairs(args.zoom, "--zoom").items():
        try:
            zooms[key] = float(value)
        except ValueError:
            raise FieldError(f"--zoom {key}= erwartet eine Zahl.") from None
        if not 1 <= zooms[key] <= 10:
            raise FieldError(f"--zoom {key}= muss zwischen 1 und 10 liegen.")
    images = {}
    for key, value in _pairs(args.image, "--image").items():
        path = Path(value).expanduser()
        if not path.is_file():
            raise FieldError(f"Das Foto {path} für „{key}“ gibt es nicht.")
        images[key] = ImageChoice(path, focals.get(key), zooms.get(key, 1.0))
    for key in set(focals) | set(zooms):
        if key not in images:
            raise FieldError(f"--focal/--zoom für „{key}“ braucht auch --image {key}=DATEI.")
    alt_texts = _pairs(args.alt, "--alt")
    return Content(texts=texts, images=images, alt_texts=alt_texts)


def office_from_args(args: argparse.Namespace) -> OfficeProfile | None:
    from assetkit.office import load_office

    return load_office(args.office) if args.office else None


def photo_paths(args: argparse.Namespace) -> list[Path]:
    """The photo files of ``--image`` (unchecked)."""
    return [Path(v.partition("=")[2]).expanduser() for v in getattr(args, "image", [])]


def input_paths(args: argparse.Namespace, template: Template | None = None,
                office: OfficeProfile | None = None, brand: Brand | None = None) -> tuple[Path, ...]:
    """Every file the command reads (photos, office profile and its logo, template, brand kit):
    the shared rule of :func:`assetkit.compose.inputs.input_files`; no output may replace one."""
    from assetkit.compose.inputs import input_files

    return input_files(template, None, office, brand,
                       extra=[*photo_paths(args), getattr(args, "office", None)])
