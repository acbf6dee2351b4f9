"""Planning a batch: data file + templates (+ presets) + options → a BatchPlan, and its jobs.

``plan_batch`` reads the header, maps columns to fields, counts the rows (streaming) and maps the
first rows for a preview; it renders nothing. ``iter_tasks`` streams the rows again and yields one
:class:`RowTask` per row with a :class:`JobSpec` per output (template × preset), each with its
final, unique, Windows-safe file name and a key that changes whenever the output would change
(used by resume). With ``single_pdf`` the plan also names the one PDF that joins every row's PDF
(refused unless the batch makes exactly one PDF per row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path

from assetkit import __version__
from assetkit.batch.data import DataRow, DataSource, count_rows, iter_rows, open_data
from assetkit.batch.errors import BatchError
from assetkit.batch.mapping import FieldMapping, build_mapping, row_content, row_office
from assetkit.batch.naming import DEFAULT_PATTERN, NamePattern, UniqueNames, sanitize
from assetkit.compose import Content
from assetkit.compose.inputs import input_files
from assetkit.export.formats import Format
from assetkit.export.presets import Preset, resolve_preset
from assetkit.office import OfficeProfile
from assetkit.templates import Catalogue, Template, load_catalogue

REPORT_CSV = "serienproduktion-bericht.csv"
REPORT_JSON = "serienproduktion-bericht.json"
JOURNAL = ".serienproduktion-fertig.jsonl"
ZIP_NAME = "serienproduktion.zip"
SINGLE_PDF = "serienproduktion.pdf"       # the single PDF's name when none is given
SUFFIX = {"png": ".png", "jpeg": ".jpg", "pdf": ".pdf", "svg": ".svg"}
FORMAT_NAMES: dict[str, Format] = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg", "pdf": "pdf",
                                   "svg": "svg"}


@dataclass(frozen=True)
class BatchOptions:
    templates: tuple[str, ...]
    out_dir: Path | None = None             # default: „<data>_ausgabe“ beside the data file
    presets: tuple[str, ...] = ()           # print presets (id or .toml), for mm-page templates
    fmt: str | None = None                  # png/jpg/pdf/svg; None: png social, pdf print
    name_pattern: str = DEFAULT_PATTERN
    mapping: Mapping[str, str] = field(default_factory=dict)   # field id → column
    office: OfficeProfile | None = None     # base profile under the row's office columns
    jobs: int | None = None                 # worker processes; None: all cores
    strict: bool = False                    # warnings refuse a row's file too
    force: bool = False                     # write files although the check finds errors
    resume: bool = False                    # skip outputs a previous run finished
    make_zip: bool = False
    # Also every row's PDF in one file, in row order: a bare name goes into the output folder,
    # a path with a folder is taken as it is.
    single_pdf: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    jpeg_quality: int = 90
    dpi: float | None = None
    preview_rows: int = 3


@dataclass(frozen=True)
class Output:
    """One file per row: a template, optionally with a print preset, in a format."""

    template: str
    preset: str | None
    fmt: Format


@dataclass(frozen=True)
class JobSpec:
    row: int
    template: str
    preset: str | None
    fmt: Format
    name: str                      # file name inside the output folder
    key: str                       # hash of everything the output depends on
    content: Content
    office: OfficeProfile | None
    inputs: tuple[Path, ...]       # files this job reads (never overwritten)


@dataclass(frozen=True)
class RowTask:
    row: int
    jobs: tuple[JobSpec, ...]
    problems: tuple[str, ...]      # when not empty, the row's outputs fail with these reasons


@dataclass(frozen=True)
class PreviewRow:
    """A data row mapped onto the templates, for the GUI to compose and show before running."""

    row: int
    values: Mapping[str, str]                 # column → cell
    office: OfficeProfile | None
    contents: Mapping[str, Content]           # template id → content
    files: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class BatchPlan:
    source: DataSource
    options: BatchOptions
    out_dir: Path
    outputs: tuple[Output, ...]
    mapping: FieldMapping
    pattern: NamePattern
    row_count: int
    preview: tuple[PreviewRow, ...]
    notes: tuple[str, ...]                    # things the user should know before running
    presets: Mapping[str, Preset] = field(default_factory=dict)   # preset id → preset
    single_pdf: Path | None = None            # where the single PDF goes, if asked for

    @property
    def total_jobs(self) -> int:
        return self.row_count * len(self.outputs)

    def templates(self) -> list[Template]:
        catalogue = load_catalogue()
        return [catalogue.get(t) for t in dict.fromkeys(o.template for o in self.outputs)]


def plan_batch(data_file: Path, options: BatchOptions) -> BatchPlan:
    """Check everything that can be checked before rendering; raises BatchError/DataFileError."""
    if not options.templates:
        raise BatchError("Bitte mindestens eine Vorlage angeben (--template).")
    catalogue = load_catalogue()
    templates = [catalogue.get(t) for t in dict.fromkeys(options.templates)]
    fmt = _format(options.fmt)
    presets = {p.id: p for p in (resolve_preset(name) for name in options.presets)}
    if presets and fmt not in (None, "pdf"):
        raise BatchError("Druckvorgaben (--preset) gibt es nur für PDF; bitte ohne --format "
                         "oder mit --format pdf aufrufen.")
    if options.single_pdf is not None and fmt not in (None, "pdf"):
        raise BatchError("Ein Gesamt-PDF (--ein-pdf) gibt es nur im Format PDF; bitte ohne "
                         "--format oder mit --format pdf aufrufen.")
    if options.jobs is not None and options.jobs < 1:
        raise BatchError("--jobs muss mindestens 1 sein.")
    if not 1 <= options.jpeg_quality <= 100:
        raise BatchError("Die JPEG-Qualität muss zwischen 1 und 100 liegen.")

    source = open_data(Path(data_file), encoding=options.encoding, delimiter=options.delimiter,
                       sheet=options.sheet)
    pattern = NamePattern.parse(options.name_pattern, source.columns)
    mapping = build_mapping(source.columns, templates, options.mapping,
                            also_used=pattern.columns.values())
    if not mapping.office and not any(m.texts or m.images for m in mapping.templates):
        fields = sorted({f"{f.id} ({f.label.de})" for t in templates for f in t.all_text_fields()}
                        | {f"{f.id} ({f.label.de})" for t in templates for f in t.image_fields})
        raise BatchError(
            f"Keine Spalte von {source.path.name} passt zu einem Feld der Vorlage "
            f"(Spalten: {', '.join(source.columns)}; Felder: {', '.join(fields)}). "
            "Spalten wie ein Feld benennen oder --map FELD=SPALTE angeben."
        )

    outputs: list[Output] = []
    for t in templates:
        t_fmt: Format = fmt or ("png" if t.page.unit == "px" else "pdf")
        ids: tuple[str | None, ...] = (tuple(presets) or (None,)) if t.page.unit == "mm" \
            else (None,)
        outputs.extend(Output(t.id, p, "pdf" if p else t_fmt) for p in ids)
    need = []
    if len(templates) > 1:
        need.append("template")
    if len(presets) > 1:
        need.append("preset")
    pattern = pattern.with_tokens(*need)

    out_dir = Path(options.out_dir) if options.out_dir else \
        source.path.parent / f"{source.path.stem}_ausgabe"
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir} ist eine Datei, kein Ordner.")
    single_pdf = _single_pdf(options.single_pdf, out_dir, outputs, catalogue) \
        if options.single_pdf is not None else None

    row_count = count_rows(source)
    if row_count == 0:
        raise BatchError(f"{source.path.name} enthält keine Datenzeilen unter der Kopfzeile.")

    notes = []
    if mapping.unknown:
        notes.append("Diese Spalten passen zu keinem Feld und werden nicht verwendet: "
                     + ", ".join(f"„{c}“" for c in mapping.unknown) + ".")
    for m in mapping.templates:
        if m.defaults:
            notes.append(f"{m.template}: ohne Spalte behalten den Mustertext: "
                         + ", ".join(m.defaults) + ".")
    plan = BatchPlan(source, options, out_dir, tuple(outputs), mapping, pattern, row_count, (),
                     tuple(notes), presets, single_pdf)
    preview = tuple(_preview(task, row) for task, row in
                    islice(_tasks_with_rows(plan), options.preview_rows))
    return replace(plan, preview=preview)


def _format(name: str | None) -> Format | None:
    if name is None:
        return None
    fmt = FORMAT_NAMES.get(name.lower().lstrip("."))
    if fmt is None:
        raise BatchError(f"Das Format „{name}“ gibt es nicht; möglich sind png, jpg, pdf und svg.")
    return fmt


def _single_pdf(name: Path, out_dir: Path, outputs: list[Output],
                catalogue: Catalogue) -> Path:
    """Where the single PDF goes; refuses what cannot make one sensible file for a print shop."""
    other = next((o for o in outputs if o.fmt != "pdf"), None)
    if other is not None:       # a social template without --format: PNG
        raise BatchError(
            f"Ein Gesamt-PDF (--ein-pdf) gibt es nur im Format PDF; „"
            f"{catalogue.get(other.template).name.de}“ wird als "
            f"{other.fmt.upper().replace('JPEG', 'JPG')} erzeugt (mit --format pdf ergibt jede "
            "Zeile ein PDF).")
    if len(outputs) > 1:
        raise BatchError("Ein Gesamt-PDF (--ein-pdf) fasst eine Vorlage in einer Druckvorgabe "
                         "zusammen; bitte nur eine Vorlage und höchstens eine Druckvorgabe "
                         "wählen.")
    if name.suffix.lower() != ".pdf":
        raise BatchError(f"Der Name des Gesamt-PDFs muss auf .pdf enden, nicht „{name}“.")
    if name.name == str(name):         # a bare name: into the output folder, safe for Windows
        return out_dir / (sanitize(name.stem) + name.suffix.lower())
    if name.is_dir():
        raise BatchError(f"{name} ist ein Ordner; für das Gesamt-PDF bitte einen Dateinamen "
                         "angeben.")
    if not name.parent.is_dir():
        raise BatchError(f"Den Ordner {name.parent} für das Gesamt-PDF gibt es nicht.")
    return name


def iter_tasks(plan: BatchPlan) -> Iterator[RowTask]:
    """One task per data row, streamed; names are unique across the whole run."""
    for task, _row in _tasks_with_rows(plan):
        yield task


def _tasks_with_rows(plan: BatchPlan) -> Iterator[tuple[RowTask, DataRow]]:
    catalogue = load_catalogue()
    templates = {o.template: catalogue.get(o.template) for o in plan.outputs}
    base_dir = plan.source.path.parent
    # The single PDF's name is kept free wherever it goes: no row's file takes it (nor its
    # place in the ZIP).
    single = (plan.single_pdf.name,) if plan.single_pdf is not None else ()
    names = UniqueNames(reserved=(REPORT_CSV, REPORT_JSON, JOURNAL, ZIP_NAME, *single))
    for row in iter_rows(plan.source):
        office, problems = row_office(row, plan.mapping, plan.options.office, base_dir)
        row_problems = list(problems)
        if row.extra:
            sep = {"\t": "Tabulator"}.get(plan.source.delimiter or "", plan.source.delimiter)
            row_problems.append(
                f"Die Zeile hat mehr Zellen als die Kopfzeile Spalten; steht das Trennzeichen "
                f"„{sep}“ ohne Anführungszeichen im Text?" if plan.source.kind == "csv" else
                "Die Zeile hat Werte in Spalten ohne Überschrift.")
        contents = {}
        for tid, t in templates.items():
            rc = row_content(row, plan.mapping.for_template(tid), t, base_dir)
            contents[tid] = rc
            row_problems.extend(p for p in rc.problems if p not in row_problems)
        jobs = []
        for out in plan.outputs:
            rc = contents[out.template]
            tokens = {
                "office": _office_token(office, rc.content, templates[out.template]),
                "template": out.template,
                "row": str(row.number),
                "preset": out.preset or "",
                "format": SUFFIX[out.fmt].lstrip("."),
            }
            name = names.take(plan.pattern.render(tokens, row.values), SUFFIX[out.fmt])
            inputs = input_files(templates[out.template], rc.content, office,
                                 extra=(plan.source.path, *rc.inputs))
            jobs.append(JobSpec(row.number, out.template, out.preset, out.fmt, name,
                                _job_key(out, templates[out.template], rc.content, office,
                                         plan.options, plan.presets.get(out.preset or "")),
                                rc.content, office, inputs))
        yield RowTask(row.number, tuple(jobs), tuple(row_problems)), row


def _office_token(office: OfficeProfile | None, content: Content, template: Template) -> str:
    if office is not None and office.display_name:
        return office.display_name
    for f in template.all_text_fields():
        if f.is_office and f.bind in ("office.short_name", "office.name") and \
                content.texts.get(f.id):
            return content.texts[f.id]
    return ""


def _job_key(out: Output, template: Template, content: Content, office: OfficeProfile | None,
             options: BatchOptions, preset: Preset | None) -> str:
    images = {}
    for fid, choice in sorted(content.images.items()):
        try:
            st = choice.source.stat()
            images[fid] = [str(choice.source), st.st_mtime_ns, st.st_size]
        except OSError:
            images[fid] = [str(choice.source)]
    office_data = {k: str(v) for k, v in asdict(office).items()} if office else None
    blob = json.dumps([__version__, template.id, template.version, repr(preset), out.fmt,
                       dict(sorted(content.texts.items())), images, office_data,
                       options.jpeg_quality, options.dpi], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _preview(task: RowTask, row: DataRow) -> PreviewRow:
    contents = {j.template: j.content for j in task.jobs}
    office = task.jobs[0].office if task.jobs else None
    return PreviewRow(task.row, dict(row.values), office, contents,
                      tuple(j.name for j in task.jobs), task.problems)
