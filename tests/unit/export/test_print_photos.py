"""Print photos prepared in the background: started before the page is composed, shared with
the composer (decoded once), replaced when the composition placed them differently."""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from printpdf_helpers import images, make_photo

from assetkit.brand import load_brand
from assetkit.compose import ComposeOptions, Content, ImageChoice
from assetkit.compose import photos as placed_photos
from assetkit.export.formats import ExportRequest, export
from assetkit.export.presets import resolve_preset
from assetkit.export.print_photos import start_photos
from assetkit.templates import load_catalogue

TEMPLATE = "flyer-a4-veranstaltung"


@pytest.fixture
def fresh_cache() -> None:
    placed_photos.limit_photo_cache(80_000_000)     # empty caches, same budget


def _photo_sizes(pdf_bytes: bytes) -> list[tuple[int, int]]:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return [(int(i.Width), int(i.Height)) for i in images(pdf)
                if i.get("/Filter") == "/DCTDecode"]


def test_two_threads_asking_for_one_placement_decode_the_photo_once(
        tmp_path: Path, fresh_cache: None) -> None:
    photo = make_photo(tmp_path / "foto.jpg")
    template = load_catalogue().get(TEMPLATE)
    field = template.image_fields[0]
    options = ComposeOptions(image_format="none")
    results: list[object] = []
    start = threading.Barrier(3)

    def ask() -> None:
        start.wait()
        results.append(placed_photos.placed_photo(field, ImageChoice(photo), 11.8, options))

    misses = placed_photos.PHOTO_CACHE.stats.misses
    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 3
    assert all(r is results[0] for r in results)
    assert placed_photos.PHOTO_CACHE.stats.misses == misses + 1


def test_print_export_started_early_decodes_once_and_embeds_the_job_photo(
        tmp_path: Path, fresh_cache: None) -> None:
    photo = make_photo(tmp_path / "foto.jpg")
    template = load_catalogue().get(TEMPLATE)
    content = Content(images={"photo": ImageChoice(photo)})
    preset = resolve_preset("druckerei")
    misses = placed_photos.PHOTO_CACHE.stats.misses
    job = start_photos(template, content, preset, bands=1)
    data, composition = export(template, content, load_brand(), None,
                               ExportRequest("pdf", preset=preset), job)
    # One decode: the composer waited for the job's placement or found it done.
    assert placed_photos.PHOTO_CACHE.stats.misses == misses + 1
    placed = composition.images["photo"].placement.image
    assert _photo_sizes(data) == [placed.size]


def test_a_job_for_other_content_is_not_used(tmp_path: Path, fresh_cache: None) -> None:
    # The composition decides: a job started for a different photo (or crop) is ignored and
    # the composition's own photo is prepared.
    wide = make_photo(tmp_path / "wide.jpg", (2480, 1600))
    upright = make_photo(tmp_path / "upright.jpg", (1200, 1800), seed=2)
    template = load_catalogue().get(TEMPLATE)
    preset = resolve_preset("druckerei")
    job = start_photos(template, Content(images={"photo": ImageChoice(wide)}), preset)
    content = Content(images={"photo": ImageChoice(upright, zoom=1.5)})
    data, composition = export(template, content, load_brand(), None,
                               ExportRequest("pdf", preset=preset), job)
    assert _photo_sizes(data) == [composition.images["photo"].placement.image.size]
    assert composition.images["photo"].source_name == "upright.jpg"


def test_switch_interval_is_restored_after_the_job(tmp_path: Path, fresh_cache: None) -> None:
    before = sys.getswitchinterval()
    photo = make_photo(tmp_path / "foto.jpg", (600, 400))
    template = load_catalogue().get(TEMPLATE)
    job = start_photos(template, Content(images={"photo": ImageChoice(photo)}),
                       resolve_preset("druckerei"))
    job.prepared([])
    assert sys.getswitchinterval() == pytest.approx(before)


def test_a_missing_profile_is_reported_before_any_work(tmp_path: Path) -> None:
    from dataclasses import replace

    from assetkit.errors import ResourceError

    preset = replace(resolve_preset("druckerei"), output_profile=tmp_path / "fehlt.icc")
    template = load_catalogue().get(TEMPLATE)
    with pytest.raises(ResourceError, match="fehlt"):
        start_photos(template, Content(), preset)


def test_two_bands_give_the_same_jpeg_as_one(tmp_path: Path) -> None:
    # Every step is per pixel, so converting the halves on two threads must leave no seam.
    from assetkit.export.cmyk import CmykConverter
    from assetkit.export.print_photos import PrintPhoto, prepare_photo

    preset = resolve_preset("druckerei")
    converter = CmykConverter(None, preset.output_profile, preset.max_ink)
    with Image.open(make_photo(tmp_path / "foto.jpg", (1400, 900))) as im:
        photo = PrintPhoto("photo", (3, 2), im.convert("RGB"), (0, 0, 140, 90), (140, 90))
    one = prepare_photo(photo, preset, converter, bands=1)
    two = prepare_photo(photo, preset, converter, bands=2)
    assert one.size == two.size == (1400, 900)
    assert one.data == two.data


def test_a_cmyk_pdf_whose_photo_came_out_rgb_is_refused(
        tmp_path: Path, fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # The colour check runs before the photos are ready, without them; the photos are checked
    # as they are written.
    from assetkit.errors import RenderError
    from assetkit.export import print_photos

    real = print_photos.prepare_photo

    def rgb_photo(photo, preset, converter, bands=None):  # type: ignore[no-untyped-def]
        return real(photo, preset, None, bands)

    monkeypatch.setattr(print_photos, "prepare_photo", rgb_photo)
    photo = make_photo(tmp_path / "foto.jpg", (900, 600))
    template = load_catalogue().get(TEMPLATE)
    content = Content(images={"photo": ImageChoice(photo)})
    preset = resolve_preset("druckerei")
    job = start_photos(template, content, preset, bands=1)
    with pytest.raises(RenderError, match="RGB-Farben"):
        export(template, content, load_brand(), None, ExportRequest("pdf", preset=preset), job)
