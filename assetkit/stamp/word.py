"""Word documents in the stamp workflow: ``assetkit stamp FORM.docx`` dispatches here.

Adapts :func:`assetkit.word.stamp.stamp_docx` (the Word package, a layer below) to the stamp
package's :class:`Stamper` so one
command and one batch report cover PDFs, images and Word forms. Word has no fixed pages, so
there is no page preview and page ranges other than all/first are refused with a sentence.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from assetkit.errors import AssetkitError
from assetkit.stamp.dispatch import Stamper
from assetkit.stamp.model import DocumentPlan, FileReport, StampError, StampOptions, Status
from assetkit.word.stamp import stamp_docx


def _pages(options: StampOptions) -> str:
    selection = options.pages
    if selection.first == 1 and selection.last is None:
        return "all"
    if selection.first == 1 and selection.last == 1:
        return "first"
    raise StampError("Bei Word-Dokumenten gibt es keine festen Seiten; bitte „--pages all“ "
                     "oder „--pages first“ wählen.")


def stamp_word(path: Path, output: Path, options: StampOptions,
               inputs: tuple[Path, ...] = ()) -> FileReport:
    if any(output.exists() and output.resolve() == Path(i).resolve() for i in (path, *inputs)):
        raise StampError(f"Die Ausgabe {output} würde eine Eingabedatei überschreiben.")
    try:
        result = stamp_docx(path, output, position=options.position, pages=_pages(options),
                            variant=options.variant or "color", size_mm=options.size_mm)
    except StampError:
        raise
    except AssetkitError as exc:
        raise StampError(exc.message) from None
    count = result.headers_stamped
    summary = f"Logo in {count} {'Kopfzeile' if count == 1 else 'Kopfzeilen'}"
    return FileReport(path, Status.STAMPED, output, summary, tuple(result.notes))


def _no_plan(path: Path, options: StampOptions) -> DocumentPlan:
    raise StampError("Für Word-Dokumente gibt es keine Seitenvorschau; sie werden direkt "
                     "gestempelt.")


def _no_preview(plan: DocumentPlan, index: int, max_px: int) -> Image.Image:
    raise StampError("Für Word-Dokumente gibt es keine Seitenvorschau.")


def _no_apply(plan: DocumentPlan, output: Path, inputs: tuple[Path, ...]) -> FileReport:
    raise StampError("Word-Dokumente werden direkt gestempelt.")


STAMPER = Stamper("word", _no_plan, _no_preview, _no_apply, stamp_word)
