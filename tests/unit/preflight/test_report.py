"""JSON output against docs/preflight-schema.json, codes documented, raster checks, the CLI."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from assetkit.cli.main import main
from assetkit.export.raster import to_png
from assetkit.preflight import CODES, Finding, check_image_file, exit_code, report

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = json.loads((ROOT / "docs" / "preflight-schema.json").read_text("utf-8"))
TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
         "null": type(None)}


def validate(value: object, schema: dict, where: str = "$") -> None:
    """The subset of JSON Schema our schema uses (type, const, enum, required, properties,
    additionalProperties, items, minimum, minLength, pattern)."""
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r}"
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any(isinstance(value, TYPES[k]) and not (k in ("integer", "number")
                   and isinstance(value, bool)) for k in kinds), f"{where}: {value!r} not {kinds}"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{where}: {key} missing"
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), f"{where}: extra {set(value) - set(props)}"
        for key, sub in props.items():
            if key in value:
                validate(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{where}[{i}]")
    if isinstance(value, int | float) and not isinstance(value, bool) and "minimum" in schema:
        assert value >= schema["minimum"], where
    if isinstance(value, str):
        assert len(value) >= schema.get("minLength", 0), where
        if "pattern" in schema:
            assert re.search(schema["pattern"], value), f"{where}: {value!r}"


def test_schema_validator_rejects_what_the_schema_forbids() -> None:
    good = report([Finding("logo.missing", "error", "a", "b", 1, (0, 0, 1, 1), None, "px")], "x")
    validate(good, SCHEMA)
    bad = json.loads(json.dumps(good))
    bad["findings"][0]["severity"] = "fatal"
    with pytest.raises(AssertionError):
        validate(bad, SCHEMA)


def test_every_code_matches_the_schema_and_is_documented() -> None:
    doc = (ROOT / "docs" / "preflight.md").read_text("utf-8")
    pattern = SCHEMA["properties"]["findings"]["items"]["properties"]["code"]["pattern"]
    for code in CODES:
        assert re.search(pattern, code)
        assert f"`{code}`" in doc, f"{code} is not documented in docs/preflight.md"


def test_unknown_code_or_severity_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unregistered"):
        Finding("logo.gone", "error", "a", "b")
    with pytest.raises(ValueError, match="severity"):
        Finding("logo.missing", "info", "a", "b")


def test_exit_codes() -> None:
    warning = Finding("text.orphan", "warning", "a", "b")
    error = Finding("logo.missing", "error", "a", "b")
    assert exit_code([]) == 0
    assert exit_code([warning]) == 0
    assert exit_code([warning], strict=True) == 1
    assert exit_code([warning, error], strict=True) == 2


# ------------------------------------------------------------------------------ raster files

def _encoded(image: Image.Image, fmt: str = "PNG", **kwargs: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **kwargs)
    return out.getvalue()


def test_exported_png_is_srgb_and_sized_for_instagram() -> None:
    data = to_png(Image.new("RGBA", (1080, 566), (0, 90, 110, 255)))
    assert check_image_file(data, preset="instagram") == []
    found = {f.code: f for f in check_image_file(data, preset="linkedin")}
    assert "1080×566" in found["social.pixel_size"].message_de


def test_colour_profile_checks() -> None:
    cmyk = _encoded(Image.new("CMYK", (100, 100), (0, 0, 0, 255)), "JPEG")
    assert {f.code: f.severity for f in check_image_file(cmyk)} == {"social.color_profile": "error"}
    lab_profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    tagged = _encoded(Image.new("RGB", (100, 100)), "PNG", icc_profile=lab_profile)
    assert check_image_file(tagged)[0].severity == "error"
    untagged = _encoded(Image.new("RGB", (100, 100)))
    assert [(f.code, f.severity) for f in check_image_file(untagged)] == [
        ("social.color_profile", "info")]


def test_file_size_over_the_platform_limit() -> None:
    noise = Image.effect_noise((2000, 1500), 120).convert("RGB")
    data = _encoded(noise, "PNG", compress_level=0)   # ~9 MB: above X's 5 MB, below Instagram's 8
    assert len(data) > 8_000_000
    found = {f.code for f in check_image_file(data, preset="x")}
    assert "social.file_size" in found
    small = _encoded(Image.new("RGB", (1600, 900)))
    assert "social.file_size" not in {f.code for f in check_image_file(small, preset="x")}


# ------------------------------------------------------------------------------ CLI

def test_cli_template_json_validates(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "post-4x5-veranstaltung", "--preset", "instagram", "--json"])
    out = json.loads(capsys.readouterr().out)
    validate(out, SCHEMA)
    assert out["source"] == "post-4x5-veranstaltung"
    assert code == exit_code([Finding(f["code"], f["severity"], "a", "b")
                              for f in out["findings"]])


def test_cli_strict_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A character the brand font lacks would be left out: an error.
    snowman = ["check", "story-veranstaltung", "--set", "headline=Vor Ort ☃"]
    assert main(snowman) == 2
    assert "text.missing_glyphs" in capsys.readouterr().out
    # A photo smaller than its field is upscaled: a warning, exit 1 only with --strict.
    small = tmp_path / "klein.png"
    Image.new("RGB", (300, 200), (40, 90, 120)).save(small)
    upscaled = ["check", "story-veranstaltung", "--image", f"photo={small}"]
    assert main(upscaled) == 0
    assert "image.upscaled" in capsys.readouterr().out
    assert main([*upscaled, "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", "story-veranstaltung", "--set", "headline="]) == 2
    assert "text.missing" in capsys.readouterr().out


def test_cli_pdf_and_image_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "flyer-a4-veranstaltung", "-o", str(tmp_path / "f.pdf")]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "f.pdf"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    validate(out, SCHEMA)
    assert {f["code"] for f in out["findings"]} >= {"pdf.trim_box", "pdf.color_space"}
    assert all(f["unit"] == "pt" for f in out["findings"])
    png = tmp_path / "p.png"
    png.write_bytes(to_png(Image.new("RGB", (1080, 1080))))
    assert main(["check", str(png), "--preset", "instagram"]) == 0
    assert "Keine Befunde" in capsys.readouterr().out


def test_cli_bad_input_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "fehlt.pdf")]) == 2
    assert capsys.readouterr().err.startswith("Fehler: Die Datei")
    broken = tmp_path / "kaputt.pdf"
    broken.write_bytes(b"kein pdf")
    assert main(["check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "kein lesbares PDF" in err
    assert "Traceback" not in err
    assert main(["check", "post-4x5-veranstaltung", "--preset", "gibtsnicht"]) == 2
    assert "gibt es nicht" in capsys.readouterr().err


def test_print_exports_pass_their_own_preset_and_office_pdfs_fail_the_shop(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop, office = tmp_path / "shop.pdf", tmp_path / "office.pdf"
    assert main(["render", "flyer-a4-veranstaltung", "-o", str(shop), "--preset", "druckerei"]) == 0
    assert main(["render", "flyer-a4-veranstaltung", "-o", str(office), "--preset", "buero"]) == 0
    capsys.readouterr()
    assert main(["check", str(shop), "--preset", "druckerei", "--strict"]) == 0
    assert "Keine Befunde" in capsys.readouterr().out
    assert main(["check", str(office), "--preset", "druckerei", "--json"]) == 2
    found = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert found == {"pdf.color_space", "pdf.output_intent", "pdf.bleed"}
