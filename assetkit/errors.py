"""Typed errors of the core.

Every error carries one clear German sentence for the user (``str(error)``) plus the data a
caller may need. The CLI prints that sentence and exits non-zero; the GUI shows it in a dialog.
Nothing here may leak a traceback to a user.
"""

from __future__ import annotations

from pathlib import Path


class AssetkitError(Exception):
    """Base of all errors a user can cause. ``str(e)`` is one sentence in German."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceError(AssetkitError):
    """A bundled resource (brand kit, font, profile) is missing or unreadable."""


class BrandError(AssetkitError):
    """The brand file is malformed."""


class ManifestError(AssetkitError):
    """A template manifest is malformed. Names the file and the key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        super().__init__(f"Vorlage {path}: Schlüssel „{key}“ – {problem}")
        self.path = Path(path)
        self.key = key
        self.problem = problem


class TemplateNotFoundError(AssetkitError):
    def __init__(self, template_id: str, known: list[str]) -> None:
        hint = f" Verfügbar: {', '.join(known)}." if known else ""
        super().__init__(f"Die Vorlage „{template_id}“ gibt es nicht.{hint}")
        self.template_id = template_id


class FieldError(AssetkitError):
    """Content names a field the template does not have, or has the wrong kind of value."""


class SvgError(AssetkitError):
    """An SVG file (template or logo) is malformed, hostile or too complex."""


class FontError(AssetkitError):
    """A font file is missing or cannot be read."""


class ImageError(AssetkitError):
    """A photo cannot be read: unknown format, truncated, empty or too large."""


class OfficeProfileError(AssetkitError):
    """The office profile file is malformed."""


class RenderError(AssetkitError):
    """Rendering failed (for example a resource limit was reached)."""


class OutputError(AssetkitError):
    """An output file cannot be written (permissions, full disk, would overwrite an input)."""
