"""Preflight: brand and print checks on composed documents and exported files → findings.

``check_composition`` looks at a composition (logo, text, photos, print and social rules),
``check_pdf`` at any PDF (page boxes, fonts, colour spaces, image resolution, output intent,
ink coverage), ``check_image_file`` at an exported PNG/JPEG for a social platform.
"""

from assetkit.preflight.composition import check_composition
from assetkit.preflight.findings import CODES, SCHEMA_ID, Finding, exit_code, report, sort_findings
from assetkit.preflight.pdf import check_pdf
from assetkit.preflight.raster import check_image_file
from assetkit.preflight.targets import (
    PLATFORMS,
    PreflightError,
    PrintTarget,
    SocialPlatform,
    resolve_target,
)

__all__ = ["CODES", "PLATFORMS", "SCHEMA_ID", "Finding", "PreflightError", "PrintTarget",
           "SocialPlatform", "check_composition", "check_image_file", "check_pdf", "exit_code",
           "report", "resolve_target", "sort_findings"]
