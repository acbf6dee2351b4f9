"""Template manifests: model, loading with validation, and the catalogue."""

from assetkit.templates.catalogue import Catalogue, find_template, load_catalogue
from assetkit.templates.loader import load_template
from assetkit.templates.model import (
    ImageField,
    Label,
    LogoSlot,
    OfficeLogoSlot,
    Page,
    Rect,
    Template,
    TextField,
)

__all__ = ["Catalogue", "ImageField", "Label", "LogoSlot", "OfficeLogoSlot", "Page", "Rect",
           "Template", "TextField", "find_template", "load_catalogue", "load_template"]
