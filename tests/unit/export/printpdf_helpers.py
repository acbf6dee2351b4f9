"""Helpers for the print-PDF tests: generated photos and independent PDF inspection."""

from __future__ import annotations

import random
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFilter


def make_photo(path: Path, size: tuple[int, int] = (2480, 1600), mode: str = "RGB",
               seed: int = 1) -> Path:
    """A photo-like JPEG: soft gradients, blurred shapes, a little grain (compresses like one)."""
    w, h = size
    rng = random.Random(seed)
    base = Image.merge("RGB", (Image.linear_gradient("L").resize((w, h)),
                               Image.linear_gradient("L").rotate(90).resize((w, h)),
                               Image.new("L", (w, h), 110)))
    draw = ImageDraw.Draw(base)
    for _ in range(60):
        x, y, s = rng.randrange(w), rng.randrange(h), rng.randrange(w // 40, w // 6)
        draw.ellipse([x, y, x + s, y + s], fill=tuple(rng.randrange(256) for _ in range(3)))
    base = base.filter(ImageFilter.GaussianBlur(max(1, w // 400)))
    grain = Image.effect_noise((w, h), 18).convert("RGB")
    photo = Image.blend(base, grain, 0.06)
    if mode == "CMYK":
        photo = photo.convert("CMYK")
    photo.save(path, "JPEG", quality=90)
    return path


def content_ops(owner: object) -> list[tuple[list[object], str]]:
    return [(list(i.operands), str(i.operator)) for i in pikepdf.parse_content_stream(owner)
            if not isinstance(i, pikepdf.ContentStreamInlineImage)]


def all_content_streams(pdf: pikepdf.Pdf) -> list[object]:
    """The page and every form XObject / tiling pattern: everything that draws."""
    owners: list[object] = list(pdf.pages)
    owners += [o for o in pdf.objects if isinstance(o, pikepdf.Stream)
               and (o.get("/Subtype") == "/Form" or o.get("/PatternType") == 1)]
    return owners


def images(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"]


def mentions(obj: object, name: str, depth: int = 0) -> bool:
    """Whether ``name`` occurs anywhere in a direct object tree (indirect ones checked apart)."""
    if depth > 12:
        return False
    if isinstance(obj, pikepdf.Name):
        return str(obj) == name
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        return any(mentions(v, name, depth + 1) for v in obj.values()
                   if not (isinstance(v, pikepdf.Object) and v.is_indirect))
    if isinstance(obj, pikepdf.Array):
        return any(mentions(v, name, depth + 1) for v in obj
                   if not (isinstance(v, pikepdf.Object) and v.is_indirect))
    return False


def placed_sizes(page: pikepdf.Page) -> dict[str, tuple[float, float]]:
    """XObject name → drawn (width, height) in pt, following q/Q/cm of the page content."""
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    sizes = {}
    for operands, op in content_ops(page):
        if op == "q":
            stack.append(ctm[:])
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                   c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]]
        elif op == "Do":
            sizes[str(operands[0])] = (abs(ctm[0]) + abs(ctm[2]), abs(ctm[1]) + abs(ctm[3]))
    return sizes
