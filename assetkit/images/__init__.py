"""Photo handling: safe loading (EXIF orientation, ICC → sRGB), placement and encoding.

Public API::

    img = load_image(path_or_bytes)                       # LoadedImage, or ImageLoadError
    p = place_image(img, box_w, box_h, fit="cover", focal=(fx, fy), zoom=1.0, target_px=(w, h))
    uri = to_data_uri(p.image, "jpeg")

Modules: ``loading`` (decode and validate), ``color`` (ICC/CMYK → sRGB), ``placement`` (crop,
resample), ``encoding`` (data URIs), ``cache`` (LRU of decoded photos), ``samples`` (generated
placeholder photos).
"""

from assetkit.images.cache import ImageCache
from assetkit.images.encoding import encode_image, to_data_uri
from assetkit.images.loading import (
    ALLOWED_FORMATS,
    DEFAULT_MAX_PIXELS,
    ImageInfo,
    ImageLoadError,
    LoadedImage,
    load_image,
    open_image,
    read_image_info,
)
from assetkit.images.placement import Placement, cover_crop, place_image, required_source_size

__all__ = [
    "ALLOWED_FORMATS",
    "DEFAULT_MAX_PIXELS",
    "ImageCache",
    "ImageInfo",
    "ImageLoadError",
    "LoadedImage",
    "Placement",
    "cover_crop",
    "encode_image",
    "load_image",
    "open_image",
    "place_image",
    "read_image_info",
    "required_source_size",
    "to_data_uri",
]
