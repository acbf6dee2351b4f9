"""Rewrite the colours of a cairo PDF: DeviceRGB → DeviceCMYK (true CMYK) or → ICC-based sRGB.

cairo writes every colour as DeviceRGB: ``rg``/``RG`` operators, ``cs``/``sc``/``scn`` with RGB
colour spaces, shadings, images and transparency groups. A print shop's RIP would convert those
with some generic formula. Here each content stream is parsed with pikepdf
(``parse_content_stream`` / ``unparse_content_stream``), colour operators are replaced, and the
resources they use (forms, patterns, shadings, images, soft masks, groups) are converted too.
Soft masks stay DeviceGray: inside a luminosity mask RGB becomes grey, never CMYK.

:func:`device_rgb_left` is the safety net the finisher runs afterwards: a CMYK or PDF/X file
with DeviceRGB anywhere is refused rather than delivered.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Literal

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator
from PIL import Image

from assetkit.errors import RenderError
from assetkit.export.cmyk import CmykConverter

Target = Literal["cmyk", "rgb"]
RGB_NAMES = ("/DeviceRGB", "/RGB", "/CalRGB")
SRGB_NAME = Name("/AkSRGB")
Ops = list[tuple[list[object], Operator] | pikepdf.ContentStreamInstruction]
_COLOR_OPERATORS = frozenset(("rg", "RG", "cs", "CS", "sc", "scn", "SC", "SCN", "sh"))


class ColorRewriter:
    """Converts one PDF in place. ``srgb`` is the ICCBased sRGB colour space (target "rgb")."""

    def __init__(self, pdf: pikepdf.Pdf, target: Target, converter: CmykConverter | None,
                 srgb: Array | None = None) -> None:
        if target == "cmyk" and converter is None:
            raise ValueError("CMYK needs a converter")
        if target == "rgb" and srgb is None:
            raise ValueError("RGB needs an sRGB colour space")
        self.pdf = pdf
        self.target = target
        self.converter = converter
        self.srgb = srgb
        self._done: set[tuple[tuple[int, int], bool]] = set()
        self.skip_images: set[tuple[int, int]] = set()   # photos the finisher already converted

    # -- pages and forms ----------------------------------------------------------------
    def page(self, page: pikepdf.Page) -> None:
        resources = page.obj.get("/Resources")
        if resources is None:
            resources = page.obj.Resources = Dictionary()
        self._group(page.obj, mask=False)
        ops = self._ops(pikepdf.parse_content_stream(page), resources, mask=False)
        page.obj.Contents = self.pdf.make_stream(pikepdf.unparse_content_stream(ops))
        self._resources(resources, mask=False)

    def _form(self, form: pikepdf.Object, inherited: Dictionary, mask: bool) -> None:
        if self._seen(form, mask):
            return
        resources = form.get("/Resources", inherited)
        self._group(form, mask)
        ops = self._ops(pikepdf.parse_content_stream(form), resources, mask)
        form.write(pikepdf.unparse_content_stream(ops))
        self._resources(resources, mask)

    def _seen(self, obj: pikepdf.Object, mask: bool) -> bool:
        if not obj.is_indirect:
            return False
        key = (obj.objgen, mask)
        if key in self._done:
            return True
        self._done.add(key)
        return False

    def _group(self, owner: pikepdf.Object, mask: bool) -> None:
        group = owner.get("/Group")
        if isinstance(group, Dictionary) and _is_rgb(group.get("/CS")):
            group.CS = self._space(mask)

    def _space(self, mask: bool) -> pikepdf.Object:
        if mask:
            return Name.DeviceGray
        return Name.DeviceCMYK if self.target == "cmyk" else self.srgb  # type: ignore[return-value]

    # -- content streams ----------------------------------------------------------------
    def _ops(self, ops: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage],
             resources: Dictionary, mask: bool) -> Ops:
        out: Ops = []
        rgb_fill = rgb_stroke = False
        spaces = resources.get("/ColorSpace", Dictionary())
        for instruction in ops:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                out.append(self._inline_image(instruction, resources, mask))
                continue
            op = instruction.operator
            name = str(op)
            if name not in _COLOR_OPERATORS:
                # Most instructions are path drawing: keep the parsed instruction itself,
                # which pikepdf unparses ~20 times faster than (operands, operator) tuples.
                out.append(instruction)
                continue
            operands = list(instruction.operands)
            if name in ("rg", "RG"):
                out.extend(self._color(name == "rg", operands, mask, set_space=True))
            elif name in ("cs", "CS"):
                is_rgb = _is_rgb(operands[0]) or _is_rgb(spaces.get(str(operands[0])))
                if name == "cs":
                    rgb_fill = is_rgb
                else:
                    rgb_stroke = is_rgb
                if is_rgb:
                    out.append(([self._space_operand(mask)], op))
                else:
                    out.append((operands, op))
            elif name in ("sc", "scn", "SC", "SCN") and (rgb_fill if name.islower()
                                                        else rgb_stroke):
                numbers, rest = operands[:3], operands[3:]
                if len(numbers) == 3 and all(isinstance(v, (int, float, pikepdf.Object))
                                             for v in numbers):
                    values = self._values(numbers, mask)
                    out.append(([*values, *rest], op))
                else:
                    out.append((operands, op))
            elif name == "sh":
                shading = resources.get("/Shading", Dictionary()).get(str(operands[0]))
                if shading is not None:
                    self._shading(shading, mask)
                out.append((operands, op))
            else:
                out.append(instruction)
        return out

    def _space_operand(self, mask: bool) -> pikepdf.Object:
        if mask:
            return Name.DeviceGray
        return Name.DeviceCMYK if self.target == "cmyk" else SRGB_NAME

    def _values(self, rgb: list[object], mask: bool) -> list[float]:
        r, g, b = (float(v) for v in rgb)  # type: ignore[arg-type]
        if mask:
            return [round(0.3 * r + 0.59 * g + 0.11 * b, 6)]
        if self.target == "cmyk":
            assert self.converter is not None
            return list(self.converter.vector(r, g, b))
        return [r, g, b]

    def _color(self, fill: bool, rgb: list[object], mask: bool, set_space: bool) -> Ops:
        values = self._values(rgb, mask)
        if mask:
            return [(values, Operator("g" if fill else "G"))]  # type: ignore[list-item]
        if self.target == "cmyk":
            return [(values, Operator("k" if fill else "K"))]  # type: ignore[list-item]
        cs, sc = ("cs", "sc") if fill else ("CS", "SC")
        return [([SRGB_NAME], Operator(cs)), (values, Operator(sc))]  # type: ignore[list-item]

    def _inline_image(self, inline: pikepdf.ContentStreamInlineImage, resources: Dictionary,
                      mask: bool) -> tuple[list[object], Operator]:
        image = inline.iimage
        if not _is_rgb(image.obj.get("/ColorSpace", image.obj.get("/CS"))):
            return (list(inline.operands), inline.operator)
        # An inline image cannot change colour space in place; draw it as an XObject instead.
        pil = image.as_pil_image().convert("RGB")
        xobject = self._image_stream(pil, mask)
        xobjects = resources.get("/XObject")
        if xobjects is None:
            xobjects = resources.XObject = Dictionary()
        index = len(xobjects)
        while f"/AkInline{index}" in xobjects:
            index += 1
        xobjects[f"/AkInline{index}"] = xobject
        return ([Name(f"/AkInline{index}")], Operator("Do"))

    # -- resources ----------------------------------------------------------------------
    def _resources(self, resources: Dictionary, mask: bool) -> None:
        for name, space in list(resources.get("/ColorSpace", Dictionary()).items()):
            if _is_rgb(space):
                resources.ColorSpace[name] = self._space(mask)
            elif isinstance(space, Array) and len(space) > 1 and _is_rgb(space[1]):
                if str(space[0]) == "/Pattern":
                    space[1] = self._space(mask)
                else:
                    raise RenderError("Die Grafik enthält einen Farbraum, der sich nicht in "
                                      "Druckfarben umwandeln lässt.")
        if self.target == "rgb" and not mask:
            spaces = resources.get("/ColorSpace")
            if spaces is None:
                spaces = resources.ColorSpace = Dictionary()
            spaces[SRGB_NAME] = self.srgb
        for xobject in resources.get("/XObject", Dictionary()).values():
            subtype = xobject.get("/Subtype")
            if subtype == Name.Form:
                self._form(xobject, resources, mask)
            elif subtype == Name.Image:
                self._image(xobject, mask)
        for pattern in resources.get("/Pattern", Dictionary()).values():
            if pattern.get("/PatternType") == 2:
                self._shading(pattern.Shading, mask)
            elif pattern.get("/PatternType") == 1:
                self._form(pattern, resources, mask)
        for shading in resources.get("/Shading", Dictionary()).values():
            self._shading(shading, mask)
        for state in resources.get("/ExtGState", Dictionary()).values():
            smask = state.get("/SMask")
            if isinstance(smask, Dictionary):
                luminosity = smask.get("/S") == Name.Luminosity
                if "/BC" in smask and luminosity:
                    smask.BC = Array(self._values(list(smask.BC), True))
                if "/G" in smask:
                    self._form(smask.G, resources, mask or luminosity)

    def _shading(self, shading: pikepdf.Object, mask: bool) -> None:
        if self._seen(shading, mask) or not _is_rgb(shading.get("/ColorSpace")):
            return
        if shading.get("/ShadingType", 0) > 3:
            raise RenderError("Die Grafik enthält einen Gitterverlauf; der lässt sich nicht "
                              "in Druckfarben umwandeln.")
        shading.ColorSpace = self._space(mask)
        if "/Background" in shading:
            shading.Background = Array(self._values(list(shading.Background), mask))
        function = shading.get("/Function")
        if isinstance(function, Array):
            raise RenderError("Die Grafik enthält einen Verlauf mit getrennten Farbkanälen; der "
                              "lässt sich nicht in Druckfarben umwandeln.")
        if function is not None and (self.target == "cmyk" or mask):
            self._function(function, mask)

    def _function(self, function: pikepdf.Object, mask: bool) -> None:
        if self._seen(function, mask):
            return
        kind = function.get("/FunctionType")
        if kind == 2:
            function.C0 = Array(self._values(list(function.get("/C0", [0, 0, 0])), mask))
            function.C1 = Array(self._values(list(function.get("/C1", [1, 1, 1])), mask))
            if "/Range" in function:
                del function.Range
        elif kind == 3:
            for sub in function.Functions:
                self._function(sub, mask)
        else:
            raise RenderError("Die Grafik enthält einen Verlauf, der sich nicht in Druckfarben "
                              "umwandeln lässt.")

    def _image(self, image: pikepdf.Object, mask: bool) -> None:
        if image.is_indirect and image.objgen in self.skip_images:
            return
        if self._seen(image, mask) or not _image_is_rgb(image):
            return
        if self.target == "rgb" and not mask and _is_rgb(image.get("/ColorSpace")):
            image.ColorSpace = self.srgb
            return
        pil = pikepdf.PdfImage(image).as_pil_image()
        smask = image.get("/SMask")
        fresh = self._image_stream(pil.convert("RGB"), mask)
        image.write(fresh.read_raw_bytes(), filter=Name.FlateDecode)
        for key in ("/DecodeParms", "/Decode", "/Mask"):
            if key in image:
                del image[key]
        image.ColorSpace = fresh.ColorSpace
        image.BitsPerComponent = 8
        if smask is not None:
            image.SMask = smask

    def _image_stream(self, pil: Image.Image, mask: bool) -> pikepdf.Stream:
        if mask:
            converted, space = pil.convert("L"), Name.DeviceGray
        elif self.target == "cmyk":
            assert self.converter is not None
            converted, space = self.converter.image(pil), Name.DeviceCMYK
        else:
            converted, space = pil, self.srgb
        stream = pikepdf.Stream(self.pdf, zlib.compress(converted.tobytes(), 6))
        stream.Type, stream.Subtype = Name.XObject, Name.Image
        stream.Width, stream.Height = converted.width, converted.height
        stream.ColorSpace, stream.BitsPerComponent = space, 8
        stream.Filter = Name.FlateDecode
        return self.pdf.make_indirect(stream)


def _is_rgb(space: object) -> bool:
    if isinstance(space, Name):
        return str(space) in RGB_NAMES
    return isinstance(space, Array) and len(space) > 0 and str(space[0]) == "/CalRGB"


def _image_is_rgb(image: pikepdf.Object) -> bool:
    space = image.get("/ColorSpace")
    if _is_rgb(space):
        return True
    return (isinstance(space, Array) and len(space) > 1 and str(space[0]) == "/Indexed"
            and _is_rgb(space[1]))


def device_rgb_left(pdf: pikepdf.Pdf,
                    skip: frozenset[tuple[int, int]] = frozenset()) -> list[str]:
    """Where DeviceRGB is still used: object numbers and content-stream operators. ``skip``:
    objects not to look at (yet), see :func:`uses_device_rgb`."""
    found: list[str] = []
    for obj in pdf.objects:
        # (pdf.objects also yields numbers and other scalars, which have no objgen)
        if getattr(obj, "objgen", None) not in skip and _walk_has_rgb(obj, depth=0):
            found.append(f"Objekt {obj.objgen[0]}")
    streams: list[tuple[str, Callable[[], list[object]]]] = []
    for i, page in enumerate(pdf.pages):
        streams.append((f"Seite {i + 1}", lambda p=page: pikepdf.parse_content_stream(p)))
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == Name.Form:
            streams.append((f"Form {obj.objgen[0]}",
                            lambda o=obj: pikepdf.parse_content_stream(o)))
    for where, parse in streams:
        for instruction in parse():
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                if _is_rgb(instruction.iimage.obj.get("/ColorSpace")):
                    found.append(f"{where}: Inline-Bild")
                continue
            op = str(instruction.operator)  # type: ignore[attr-defined]
            if op in ("rg", "RG") or (op in ("cs", "CS")
                                      and _is_rgb(instruction.operands[0])):  # type: ignore[attr-defined]
                found.append(f"{where}: {op}")
    return found


def uses_device_rgb(obj: pikepdf.Object) -> bool:
    """Whether ``obj`` itself (not what it refers to) names DeviceRGB or CalRGB."""
    return _walk_has_rgb(obj, depth=0)


def _walk_has_rgb(obj: object, depth: int) -> bool:
    if depth > 12:
        return False
    if isinstance(obj, Name):
        return str(obj) in ("/DeviceRGB", "/CalRGB")
    if isinstance(obj, pikepdf.Stream):
        return any(_walk_has_rgb(v, depth + 1) for k, v in obj.stream_dict.items()
                   if not _is_reference(v))
    if isinstance(obj, Dictionary):
        return any(_walk_has_rgb(v, depth + 1) for v in obj.values() if not _is_reference(v))
    if isinstance(obj, Array):
        return any(_walk_has_rgb(v, depth + 1) for v in obj if not _is_reference(v))
    return False


def _is_reference(value: object) -> bool:
    # Indirect objects are visited on their own in device_rgb_left; don't walk into them twice.
    return isinstance(value, pikepdf.Object) and value.is_indirect
