"""Small templates built in tmp_path, so each check has a document that triggers it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from assetkit.templates import Template, load_template

PETROL = "#005A6E"

Builder = Callable[..., Template]


def svg_doc(width: float, height: float, body: str, unit: str = "") -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}{unit}" '
            f'height="{height}{unit}" viewBox="0 0 {width} {height}">{body}</svg>')


@pytest.fixture
def make(tmp_path: Path) -> Builder:
    """make(body_svg, manifest_tail, page=...) → a loaded template."""
    counter = iter(range(1000))

    def build(body: str, fields: str, *, unit: str = "px", width: float = 400,
              height: float = 300, page_extra: str = "") -> Template:
        folder = tmp_path / f"t{next(counter)}"
        folder.mkdir()
        category = "social" if unit == "px" else "print"
        manifest = (f'[template]\nid = "probe"\nname = "Probe"\ncategory = "{category}"\n\n'
                    f'[page]\nunit = "{unit}"\nwidth = {width}\nheight = {height}\n{page_extra}\n'
                    f'{fields}')
        (folder / "template.toml").write_text(manifest, "utf-8")
        (folder / "template.svg").write_text(
            svg_doc(width, height, body, "mm" if unit == "mm" else ""), "utf-8")
        return load_template(folder)

    return build


@pytest.fixture
def photo(tmp_path: Path) -> Callable[..., Path]:
    """photo(w, h, colour) → a JPEG file."""
    def build(w: int, h: int, colour: tuple[int, int, int] = (120, 90, 60)) -> Path:
        path = tmp_path / f"photo-{w}x{h}-{colour[0]}-{colour[1]}-{colour[2]}.jpg"
        Image.new("RGB", (w, h), colour).save(path, quality=90)
        return path
    return build

