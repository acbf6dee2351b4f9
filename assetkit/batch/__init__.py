"""Data merge: one content per data row (CSV or Excel) into every chosen format, in parallel.

Qt-free. The CLI (``assetkit batch``) and the GUI's „Serienproduktion…“ dialog use the same two
calls::

    plan = plan_batch(Path("termine.csv"), BatchOptions(templates=("post-4x5-veranstaltung",)))
    plan.preview          # the first rows mapped onto the templates, file names, problems
    report = run_batch(plan, progress=callback, cancel=threading.Event())

Modules: ``data`` (read CSV/XLSX), ``mapping`` (columns → fields, office profile per row),
``naming`` (safe unique file names), ``plan`` (options, plan, jobs), ``worker`` (render in worker
processes), ``run`` (pool, progress, cancel), ``journal`` (resume), ``single_pdf`` (every row's
PDF in one file), ``report``, ``archive`` (ZIP).
"""

from assetkit.batch.data import DataRow, DataSource, iter_rows, open_data
from assetkit.batch.errors import BatchError, DataFileError
from assetkit.batch.naming import DEFAULT_PATTERN, sanitize
from assetkit.batch.plan import (
    SINGLE_PDF,
    BatchOptions,
    BatchPlan,
    Output,
    PreviewRow,
    plan_batch,
)
from assetkit.batch.run import BatchReport, Progress, run_batch
from assetkit.batch.single_pdf import SinglePdf
from assetkit.batch.worker import JobResult

__all__ = ["DEFAULT_PATTERN", "SINGLE_PDF", "BatchError", "BatchOptions", "BatchPlan",
           "BatchReport", "DataFileError", "DataRow", "DataSource", "JobResult", "Output",
           "PreviewRow", "Progress", "SinglePdf", "iter_rows", "open_data", "plan_batch",
           "run_batch", "sanitize"]
