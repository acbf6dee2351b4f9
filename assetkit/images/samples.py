"""Procedurally generated placeholder photos for demos, tests and benchmarks.

We have no stock photography and write our own assets, so these are abstract "photos": soft
gradient light, out-of-focus bokeh, and simple stylised silhouettes (people, an office, a city at
dusk). Deterministic for a given ``seed``; pure Pillow, no files read.

    sample_photo("portrait", size=(1600, 2000), seed=3) -> PIL.Image (RGB)
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Literal

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Kind = Literal["team", "office", "portrait", "city"]
KINDS: tuple[Kind, ...] = ("team", "office", "portrait", "city")
RGB = tuple[int, int, int]


def _hex(value: str) -> RGB:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _lut(stops: Sequence[tuple[float, str]]) -> list[int]:
    """A 256-entry RGB palette interpolated between (position 0..1, colour) stops."""
    cols = [(pos, _hex(c)) for pos, c in stops]
    palette: list[int] = []
    for i in range(256):
        t = i / 255
        for (p0, c0), (p1, c1) in zip(cols, cols[1:], strict=False):
            if p0 <= t <= p1:
                palette.extend(_mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 0))
                break
        else:
            palette.extend(cols[-1][1] if t > cols[-1][0] else cols[0][1])
    return palette


def _vertical_gradient(size: tuple[int, int], stops: Sequence[tuple[float, str]]) -> Image.Image:
    ramp = Image.linear_gradient("L").resize((8, size[1]), Image.Resampling.BILINEAR)
    ramp = ramp.resize(size, Image.Resampling.NEAREST)
    indexed = ramp.convert("P")
    indexed.putpalette(_lut(stops))
    return indexed.convert("RGB")


def _falloff(v: int) -> int:
    # radial_gradient stores 255/181 per unit of distance/128: 181 marks the inscribed circle.
    t = v / 181
    return 0 if t >= 1 else round(255 * (1 - t * t) ** 2)


def _soft_spot(size: tuple[int, int], centre: tuple[float, float], radius: float) -> Image.Image:
    """An ``L`` mask: 255 at ``centre`` fading smoothly to exactly 0 at ``radius``."""
    spot = Image.radial_gradient("L").point(_falloff)
    d = max(2, round(radius * 2))
    spot = spot.resize((d, d), Image.Resampling.BILINEAR)
    mask = Image.new("L", size, 0)
    mask.paste(spot, (round(centre[0] - d / 2), round(centre[1] - d / 2)))
    return mask


def _light(base: Image.Image, mask: Image.Image, colour: RGB, strength: float) -> Image.Image:
    """Screen-blend a coloured light through ``mask`` (0..255) at ``strength`` (0..1)."""
    layer = Image.new("RGB", base.size, colour)
    lit = ImageChops.screen(base, layer)
    return Image.composite(lit, base, mask.point(lambda v: round(v * strength)))


def _shade(base: Image.Image, mask: Image.Image, colour: RGB, strength: float) -> Image.Image:
    layer = Image.new("RGB", base.size, colour)
    shaded = ImageChops.multiply(base, layer)
    return Image.composite(shaded, base, mask.point(lambda v: round(v * strength)))


def _bokeh(
    img: Image.Image,
    rng: random.Random,
    colours: Sequence[str],
    count: int,
    region: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0),
    radius: tuple[float, float] = (0.02, 0.07),
    blur: float = 0.006,
    strength: float = 0.55,
) -> Image.Image:
    """Out-of-focus highlights: discs with a slightly brighter rim, drawn small and blurred."""
    w, h = img.size
    scale = 4  # draw at quarter size: blurred anyway, and much faster
    sw, sh = max(1, w // scale), max(1, h // scale)
    layer = Image.new("RGB", (sw, sh), (0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = region
    for _ in range(count):
        r = rng.uniform(*radius) * min(sw, sh)
        cx = rng.uniform(x0, x1) * sw
        cy = rng.uniform(y0, y1) * sh
        base = _hex(rng.choice(colours))
        level = rng.uniform(0.6, 1.0)
        fill = tuple(round(c * level * 0.7) for c in base)
        rim = tuple(round(c * level) for c in base)
        draw.ellipse(
            (cx - r, cy - r, cx + r, cy + r), fill=fill, outline=rim, width=max(1, round(r * 0.12))
        )
    layer = layer.filter(ImageFilter.GaussianBlur(max(1.0, blur * min(sw, sh))))
    layer = layer.resize((w, h), Image.Resampling.BICUBIC)
    return Image.blend(img, ImageChops.screen(img, layer), strength)


def _grain(img: Image.Image, rng: random.Random, sigma: float = 3.0) -> Image.Image:
    """Fine film grain: hides gradient banding and makes flat areas read as photographic.

    A 256 px tile of seeded noise, repeated: deterministic, and invisible as a pattern at this
    amplitude.
    """
    tile = Image.frombytes("L", (256, 256), rng.randbytes(256 * 256))
    k = sigma / 74.0  # uniform bytes have a standard deviation of about 74
    tile = tile.point(lambda v: round(128 + (v - 128) * k))
    noise = Image.new("L", img.size)
    for y in range(0, img.size[1], 256):
        for x in range(0, img.size[0], 256):
            noise.paste(tile, (x, y))
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


def _vignette(img: Image.Image, strength: float = 0.35) -> Image.Image:
    w, h = img.size
    ring = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    ring = ring.point(lambda v: min(255, max(0, round((v - 110) * 1.6))))
    return _shade(img, ring, (40, 30, 40), strength)


def _person_mask(
    size: tuple[int, int], cx: float, head_y: float, head_r: float, build: float = 1.0
) -> Image.Image:
    """Head-and-shoulders silhouette (``L``, 255 inside), anti-aliased by supersampling."""
    ss = 2
    w, h = size
    mask = Image.new("L", (w * ss, h * ss), 0)
    draw = ImageDraw.Draw(mask)
    r = head_r * ss
    x = cx * ss
    y = head_y * ss
    # hair/head: a slightly taller-than-wide ellipse, a little fuller at the crown
    draw.ellipse((x - r * 0.82, y - r * 1.05, x + r * 0.82, y + r * 1.08), fill=255)
    # neck, widening towards the shoulders
    draw.polygon(
        [
            (x - r * 0.36, y + r * 0.7),
            (x + r * 0.36, y + r * 0.7),
            (x + r * 0.55, y + r * 1.75),
            (x - r * 0.55, y + r * 1.75),
        ],
        fill=255,
    )
    # sloping, rounded shoulders: a wide ellipse, with the torso continuing below the frame
    sw = r * 2.6 * build
    top = y + r * 1.45
    draw.ellipse((x - sw, top, x + sw, top + r * 2.6), fill=255)
    draw.rectangle((x - sw, top + r * 1.3, x + sw, h * ss), fill=255)
    return mask.resize(size, Image.Resampling.LANCZOS)


def _paint_person(
    img: Image.Image,
    mask: Image.Image,
    body: RGB,
    rim: RGB,
    light_from: int,
    blur: float,
) -> Image.Image:
    """Fill a silhouette with a soft vertical body gradient and a rim light on one side."""
    if blur > 0:
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    w, h = img.size
    shade = _vertical_gradient(
        (w, h),
        [
            (0.0, "#{:02x}{:02x}{:02x}".format(*_mix(body, rim, 0.18))),
            (1.0, "#{:02x}{:02x}{:02x}".format(*_mix(body, (0, 0, 0), 0.35))),
        ],
    )
    out = Image.composite(shade, img, mask)
    shift = max(2, round(min(w, h) * 0.006))
    moved = ImageChops.offset(mask, -light_from * shift, shift // 2)
    edge = ImageChops.subtract(mask, moved).filter(ImageFilter.GaussianBlur(shift * 0.8))
    return _light(out, edge, rim, 0.85)


def _portrait(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    img = _vertical_gradient(size, [(0.0, "#f6d6b3"), (0.45, "#e9a77f"), (1.0, "#b65f46")])
    img = _light(
        img, _soft_spot(size, (w * 0.22, h * 0.18), max(w, h) * 0.55), _hex("#fff1d6"), 0.8
    )
    img = _bokeh(
        img,
        rng,
        ["#ffe2b8", "#ffc98a", "#f7b27a", "#fff4e0"],
        26,
        region=(0.0, 0.0, 1.0, 0.7),
        radius=(0.03, 0.09),
        strength=0.5,
    )
    m = min(w, h)
    cx = w * rng.uniform(0.56, 0.64)
    head_r = m * 0.15
    # head centre at about a third of the height, as in a real headshot (templates crop with
    # a focal point near 0.3)
    mask = _person_mask(size, cx, h * 0.34, head_r)
    img = _paint_person(img, mask, _hex("#4a2f2c"), _hex("#ffd9ae"), light_from=-1, blur=m * 0.002)
    return _vignette(img, 0.3)


def _team(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    img = _vertical_gradient(size, [(0.0, "#eef1ea"), (0.55, "#c9d8cf"), (1.0, "#7f9c97")])
    img = _light(img, _soft_spot(size, (w * 0.78, h * 0.12), max(w, h) * 0.6), _hex("#fffbe8"), 0.9)
    img = _bokeh(
        img,
        rng,
        ["#ffffff", "#f4efd9", "#d9ebe3", "#ffe9c7"],
        30,
        region=(0.0, 0.0, 1.0, 0.55),
        radius=(0.02, 0.07),
        strength=0.45,
    )
    m = min(w, h)
    palette = ["#2f4858", "#5b3f56", "#33635c", "#6b4f3a", "#3e4a6b"]
    rng.shuffle(palette)
    n = rng.choice((4, 5))
    # back row first (smaller, softer), then front row
    people = []
    for i in range(n):
        back = i % 2 == 1
        head_r = m * (0.085 if back else 0.11) * rng.uniform(0.92, 1.08)
        cx = w * (0.12 + 0.76 * i / (n - 1)) + rng.uniform(-0.03, 0.03) * w
        head_y = h * (0.40 if back else 0.50) + rng.uniform(-0.03, 0.03) * h
        people.append((back, cx, head_y, head_r, palette[i % len(palette)]))
    for back, cx, head_y, head_r, colour in sorted(people, key=lambda p: not p[0]):
        mask = _person_mask(size, cx, head_y, head_r, build=rng.uniform(0.9, 1.1))
        img = _paint_person(
            img,
            mask,
            _mix(_hex(colour), _hex("#c9d8cf"), 0.35 if back else 0.0),
            _hex("#fff6e0"),
            light_from=1,
            blur=m * (0.006 if back else 0.0015),
        )
    return _vignette(img, 0.25)


def _office(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    img = _vertical_gradient(size, [(0.0, "#dfe6ea"), (0.6, "#c4cfd4"), (1.0, "#a7b2b6")])
    # a tall window, its panes glowing and softly out of focus
    win = Image.new("L", size, 0)
    draw = ImageDraw.Draw(win)
    wx0, wx1 = w * rng.uniform(0.05, 0.15), w * rng.uniform(0.48, 0.58)
    wy0, wy1 = h * 0.06, h * 0.62
    cols, rows = 3, 2
    gap = min(w, h) * 0.018
    for c in range(cols):
        for r in range(rows):
            x0 = wx0 + (wx1 - wx0) * c / cols + gap / 2
            x1 = wx0 + (wx1 - wx0) * (c + 1) / cols - gap / 2
            y0 = wy0 + (wy1 - wy0) * r / rows + gap / 2
            y1 = wy0 + (wy1 - wy0) * (r + 1) / rows - gap / 2
            draw.rectangle((x0, y0, x1, y1), fill=255)
    win = win.filter(ImageFilter.GaussianBlur(min(w, h) * 0.012))
    img = _light(img, win, _hex("#fffdf4"), 0.95)
    img = _light(
        img, _soft_spot(size, ((wx0 + wx1) / 2, h * 0.4), max(w, h) * 0.5), _hex("#fff6e3"), 0.5
    )
    img = _bokeh(
        img,
        rng,
        ["#ffffff", "#e8f3ff", "#fff3da"],
        14,
        region=(0.6, 0.05, 1.0, 0.55),
        radius=(0.02, 0.06),
        strength=0.4,
    )
    soft = min(w, h) * 0.004
    # desk: a warm wooden plane across the bottom
    desk = Image.new("L", size, 0)
    ImageDraw.Draw(desk).polygon([(0, h * 0.74), (w, h * 0.70), (w, h), (0, h)], fill=255)
    desk_tone = _vertical_gradient(size, [(0.0, "#b98a62"), (0.7, "#a3744f"), (1.0, "#6e4a33")])
    img = Image.composite(desk_tone, img, desk.filter(ImageFilter.GaussianBlur(soft)))
    # monitor (back view of a screen on a stand) and a mug
    obj = Image.new("L", size, 0)
    d = ImageDraw.Draw(obj)
    mx = w * rng.uniform(0.62, 0.7)
    d.rounded_rectangle(
        (mx - w * 0.14, h * 0.38, mx + w * 0.14, h * 0.64), radius=round(w * 0.008), fill=255
    )
    d.rectangle((mx - w * 0.012, h * 0.63, mx + w * 0.012, h * 0.71), fill=255)
    d.ellipse((mx - w * 0.06, h * 0.695, mx + w * 0.06, h * 0.725), fill=255)
    cup_x = w * 0.36
    d.rounded_rectangle(
        (cup_x, h * 0.66, cup_x + w * 0.04, h * 0.755), radius=round(w * 0.006), fill=255
    )
    img = _paint_person(img, obj, _hex("#2d3438"), _hex("#f5f1e6"), light_from=-1, blur=soft)
    # a plant in the corner: leaves as rotated ellipses above a terracotta pot
    plant = Image.new("L", size, 0)
    px, py = w * 0.9, h * 0.72
    leaf_w, leaf_h = round(w * 0.022), round(h * 0.2)
    # the leaf fills the upper half of its canvas, so rotating about the centre pivots at its base
    leaf = Image.new("L", (leaf_h * 2, leaf_h * 2), 0)
    ImageDraw.Draw(leaf).ellipse((leaf_h - leaf_w, 0, leaf_h + leaf_w, leaf_h), fill=255)
    for _ in range(13):
        angle = rng.uniform(-65, 65)
        lf = leaf.rotate(angle, resample=Image.Resampling.BICUBIC)
        opacity = rng.uniform(0.7, 1.0)  # leaves overlap in different shades
        lf = lf.point([round(v * opacity) for v in range(256)])
        base_x = px + rng.uniform(-0.01, 0.01) * w
        plant.paste(lf, (round(base_x - leaf_h), round(py - leaf_h)), lf)
    greens = _vertical_gradient(size, [(0.0, "#6f9a6a"), (0.7, "#2f5a3c"), (1.0, "#2f5a3c")])
    img = Image.composite(greens, img, plant.filter(ImageFilter.GaussianBlur(soft * 1.5)))
    pot = Image.new("L", size, 0)
    ImageDraw.Draw(pot).polygon(
        [
            (px - w * 0.045, py),
            (px + w * 0.045, py),
            (px + w * 0.035, py + h * 0.13),
            (px - w * 0.035, py + h * 0.13),
        ],
        fill=255,
    )
    img = _paint_person(img, pot, _hex("#b5654a"), _hex("#f7d9c4"), light_from=-1, blur=soft)
    return _vignette(img, 0.2)


def _city(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    img = _vertical_gradient(
        size,
        [
            (0.0, "#1c2a4d"),
            (0.35, "#4b3f72"),
            (0.62, "#d9786a"),
            (0.75, "#f6b57a"),
            (1.0, "#f6b57a"),
        ],
    )
    img = _light(
        img,
        _soft_spot(size, (w * rng.uniform(0.3, 0.7), h * 0.72), max(w, h) * 0.45),
        _hex("#ffd08a"),
        0.7,
    )
    horizon = h * 0.74
    # two layers of skyline: far (hazy, lighter) and near (dark)
    for layer, (tone, top_range, blur) in enumerate(
        ((_hex("#6a5a86"), (0.35, 0.62), 0.004), (_hex("#1b1e33"), (0.22, 0.55), 0.0025))
    ):
        mask = Image.new("L", size, 0)
        d = ImageDraw.Draw(mask)
        lights: list[tuple[float, float, float, float]] = []
        x = -w * 0.02
        while x < w:
            bw = w * rng.uniform(0.04, 0.1)
            top = h * rng.uniform(*top_range)
            d.rectangle((x, top, x + bw, h), fill=255)
            if rng.random() < 0.25:
                d.rectangle(
                    (x + bw * 0.45, top - h * 0.06, x + bw * 0.55, top), fill=255
                )  # antenna
            if layer == 1:
                lights.append((x, top, x + bw, h))
            x += bw * rng.uniform(0.8, 0.97)  # overlap: no slits of sky
        img = Image.composite(
            Image.new("RGB", size, tone),
            img,
            mask.filter(ImageFilter.GaussianBlur(min(w, h) * blur)),
        )
        if layer == 1:
            win = Image.new("L", size, 0)
            wd = ImageDraw.Draw(win)
            cell = min(w, h) * 0.02
            for x0, top, x1, bottom in lights:
                yy = top + cell
                while yy < bottom - cell:
                    xx = x0 + cell * 0.6
                    while xx < x1 - cell:
                        if rng.random() < 0.22:
                            wd.rectangle(
                                (xx, yy, xx + cell * 0.55, yy + cell * 0.7),
                                fill=rng.randint(140, 255),
                            )
                        xx += cell
                    yy += cell * 1.3
            img = _light(
                img, win.filter(ImageFilter.GaussianBlur(cell * 0.15)), _hex("#ffcf7d"), 0.9
            )
    # street lights in the foreground, far out of focus
    img = _bokeh(
        img,
        rng,
        ["#ffb347", "#ffd27f", "#ff8c5a", "#fff0c2"],
        38,
        region=(0.0, horizon / h, 1.0, 1.0),
        radius=(0.03, 0.08),
        strength=0.8,
    )
    return _vignette(img, 0.35)


_MAKERS = {"portrait": _portrait, "team": _team, "office": _office, "city": _city}


def sample_photo(
    kind: Kind = "portrait", size: tuple[int, int] = (2480, 1600), seed: int = 0
) -> Image.Image:
    """A placeholder photo (mode ``RGB``) of ``kind``; the same ``seed`` gives the same picture."""
    if kind not in _MAKERS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if size[0] < 16 or size[1] < 16:
        raise ValueError(f"size must be at least 16 × 16, got {size}")
    rng = random.Random(f"{kind}:{seed}")
    img = _MAKERS[kind](size, rng)
    return _grain(img, rng, sigma=2.5)
