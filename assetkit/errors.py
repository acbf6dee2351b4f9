"""Typed errors of the core.

Every error carries one clear German sentence for the user (``str(error)``) plus the data a
caller may need. The CLI prints that sentence and exits non-zero; the GUI shows it in a dialog.
Nothing here may leak a traceback to a user.
"""

from __future__ import annotations

import errno
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


# -- system errors in German -------------------------------------------------------------------
# The operating system's own texts („File exists“, „No space left on device“) are English and
# differ between systems; users read one of these reasons instead. Windows sets ``winerror``.
_ERRNO_REASONS: dict[int, str] = {
    errno.ENOENT: "die Datei oder der Ordner existiert nicht",
    errno.EEXIST: "eine Datei oder ein Ordner mit diesem Namen ist schon vorhanden",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EISDIR: "das ist ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.ENAMETOOLONG: "der Name ist zu lang",
    errno.ENOTEMPTY: "der Ordner ist nicht leer",
    errno.EBUSY: "die Datei wird gerade von einem anderen Programm benutzt",
    errno.EMFILE: "es sind zu viele Dateien gleichzeitig geöffnet",
    errno.ENFILE: "es sind zu viele Dateien gleichzeitig geöffnet",
    errno.EIO: "der Datenträger meldet einen Lesefehler oder Schreibfehler",
    errno.ELOOP: "der Pfad enthält eine Schleife aus Verknüpfungen",
    errno.EXDEV: "Ziel und Quelle liegen auf verschiedenen Laufwerken",
    errno.EINVAL: "der Name ist ungültig",
    errno.ENOMEM: "der Arbeitsspeicher reicht nicht aus",
    errno.EFBIG: "die Datei ist zu groß",
}
for _name, _reason in (("EDQUOT", "das Speicherkontingent ist ausgeschöpft"),
                       ("ETXTBSY", "die Datei wird gerade von einem anderen Programm benutzt"),
                       ("ETIMEDOUT", "das Netzlaufwerk antwortet nicht"),
                       ("EHOSTDOWN", "das Netzlaufwerk ist nicht erreichbar")):
    if hasattr(errno, _name):
        _ERRNO_REASONS[getattr(errno, _name)] = _reason
_WINERROR_REASONS = {32: "die Datei ist in einem anderen Programm geöffnet",
                     33: "die Datei ist in einem anderen Programm geöffnet",
                     112: "der Datenträger ist voll"}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, as a German phrase (lower case, no full stop)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR_REASONS:
        return _WINERROR_REASONS[winerror]
    if exc.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return "keine Berechtigung"
    if isinstance(exc, FileNotFoundError):
        return _ERRNO_REASONS[errno.ENOENT]
    if isinstance(exc, FileExistsError):
        return _ERRNO_REASONS[errno.EEXIST]
    return f"Systemfehler {exc.errno}" if exc.errno else "Systemfehler"


def os_error_message(exc: OSError, path: Path | str | None = None, *, writing: bool = False) -> str:
    """One German sentence for a failed file operation: which file, what failed and why."""
    target = path if path is not None else (exc.filename or None)
    subject = f"{target}" if target is not None else "Die Datei"
    verb = "geschrieben" if writing else "gelesen"
    return f"{subject} kann nicht {verb} werden: {os_reason(exc)}."


def user_message(exc: BaseException) -> str:
    """The sentence a user sees for any error: ours as they are, system errors in German, the
    rest as an internal error to report (without a traceback)."""
    if isinstance(exc, AssetkitError):
        return exc.message
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, MemoryError):
        return "Der Arbeitsspeicher reicht für diese Aufgabe nicht aus."
    if isinstance(exc, RecursionError):
        return "Die Datei ist zu tief verschachtelt und kann nicht gelesen werden."
    return (f"Interner Fehler ({type(exc).__name__}); bitte melden Sie diesen Fehler.")


# -- numbers and counts in German sentences ----------------------------------------------------
def count_de(n: int, singular: str, plural: str) -> str:
    """„1 Datei“, „3 Dateien“, „0 Dateien“: a count with the word in the right number."""
    return f"{n} {singular if n == 1 else plural}"


def number_de(value: float, unit: str = "", decimals: int = 1) -> str:
    """„12,5 mm“: a decimal comma, trailing zeros dropped (12 mm, not 12,0 mm), the unit
    after a space."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    text = text.replace(".", ",")
    return f"{text} {unit}" if unit else text
