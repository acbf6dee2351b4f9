"""The brand kit: campaign name and claim, palette, font roles, logo variants."""

from assetkit.brand.loader import load_brand
from assetkit.brand.model import Brand, BrandColor, LogoVariant

__all__ = ["Brand", "BrandColor", "LogoVariant", "load_brand"]
