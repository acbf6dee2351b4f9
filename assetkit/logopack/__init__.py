"""The logo package: every campaign logo variant for web, office and print shops, favicons,
the one-page „Logo-Richtlinien“ and, with an office's own logo, a co-branded lock-up.

``build_logo_package(brand, office) -> LogoPackage`` returns the ZIP bytes and its file list;
writing is the caller's step. No PySide6, no network.
"""

from assetkit.logopack.errors import LogoPackError
from assetkit.logopack.package import LogoPackage, PackFile, build_logo_package

__all__ = ["LogoPackError", "LogoPackage", "PackFile", "build_logo_package"]
