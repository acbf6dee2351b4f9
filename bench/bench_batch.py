"""Batch speed and memory (issue #8): 104 offices × (5 social formats + 1 A4 print PDF) = 624 files.

Target: ≤ 90 s on 2 cores, memory flat. Generates 104 fictitious offices („Jobcenter Landkreis …“,
example.org addresses) and a few sample photos (rows share them the way offices share campaign
photos), writes the office list as an Excel-style CSV (cp1252, „;“), runs ``plan_batch`` +
``run_batch`` with 2 worker processes, and prints wall time, CPU time, rate and the peak resident
memory of the worker processes over the run (sampled from /proc) — first and second half apart,
so "flat" is visible. Then a resumed run (everything already finished) for the skip speed.

    python -m bench bench_batch            # or: python bench/bench_batch.py --rows 20 --jobs 2
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from assetkit.batch import BatchOptions, Progress, plan_batch, run_batch
from assetkit.batch.plan import Output
from assetkit.images.samples import KINDS, sample_photo
from assetkit.templates import load_catalogue

TARGET_S = 90.0
SOCIAL_OUTPUTS = 5
PHOTOS = 8
NAMES = ("Altmark", "Bördeland", "Elbaue", "Harzvorland", "Heideland", "Hügelland", "Marschland",
         "Moorgrund", "Nordwald", "Oderbruch", "Ostheide", "Rhönblick", "Saaletal", "Seenplatte",
         "Spreewald", "Südheide", "Talgrund", "Vogelsberg", "Waldeck", "Weserbergland",
         "Westerwald", "Wiesengrund", "Zollernalb", "Auental", "Buchenhain", "Eichenfeld")
EVENTS = ("Tag der offenen Tür", "Aktionswoche: Wir sind für Sie da", "Unternehmerfrühstück",
          "Jobmesse im Landratsamt", "Erfolgsgeschichten aus der Region")


def offices_csv(folder: Path, rows: int) -> Path:
    photos = folder / "bilder"
    photos.mkdir()
    for i in range(PHOTOS):
        sample_photo(KINDS[i % len(KINDS)], size=(2400, 1600), seed=i).save(
            photos / f"foto{i + 1}.jpg", quality=88)
    lines = ["Kurzname;Dienststelle;Straße;PLZ;Ort;Telefon;E-Mail;Internet;Überschrift;Datum;"
             "Foto"]
    for i in range(rows):
        name = NAMES[i % len(NAMES)] + (f" {i // len(NAMES) + 1}" if i >= len(NAMES) else "")
        slug = name.lower().replace(" ", "-").replace("ö", "oe").replace("ü", "ue") \
            .replace("ä", "ae")
        lines.append(";".join([
            f"Jobcenter {name}", f"Kommunales Jobcenter Landkreis {name}",
            f"Am Markt {i % 40 + 1}", f"{10000 + i * 857 % 89999:05d}", f"Kreisstadt {name}",
            f"0{3000 + i} {100 + i}-0", f"info@jobcenter-{slug}.example.org",
            f"www.jobcenter-{slug}.example.org", EVENTS[i % len(EVENTS)],
            f"{(i % 28) + 1}. September, 10–16 Uhr", f"bilder\\foto{i % PHOTOS + 1}.jpg"]))
    path = folder / "dienststellen.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def children_rss_kb() -> dict[int, int]:
    """Resident memory (KB) of this process's child processes, from /proc (Linux)."""
    me = os.getpid()
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(fields.get("PPid", "0").strip() or 0) == me and "VmRSS" in fields:
            out[int(entry)] = int(fields["VmRSS"].split()[0])
    return out


def self_hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def pick_templates() -> tuple[list[Output], str]:
    """An A4 print template with a photo and the social formats of its family (the event family:
    the bench data are events), as "one content to every format" would pick them."""
    catalogue = load_catalogue()
    a4 = [t for t in catalogue.by_category("print")
          if t.page.unit == "mm" and (t.page.width, t.page.height) == (210, 297)]
    a4.sort(key=lambda t: (not t.image_fields, t.family != "veranstaltung", t.id))
    if not a4:
        raise SystemExit("Der Katalog hat keine A4-Druckvorlage.")
    social = [t for t in catalogue.by_category("social") if t.family == a4[0].family] or \
        catalogue.by_category("social")
    if not social:
        raise SystemExit("Der Katalog hat keine Social-Media-Vorlage.")
    outputs = []
    for i in range(SOCIAL_OUTPUTS):
        # Fewer than five social templates: cycle them, as JPEG the second time round.
        template = social[i % len(social)]
        fmt = "png" if i < len(social) else "jpeg"
        outputs.append(Output(template.id, None, fmt))  # type: ignore[arg-type]
    outputs.append(Output(a4[0].id, None, "pdf"))
    used = ", ".join(f"{o.template} ({o.fmt.upper()})" for o in outputs)
    note = "" if len(social) >= SOCIAL_OUTPUTS else \
        f" — nur {len(social)} Social-Media-Vorlagen im Katalog, daher mehrfach (PNG und JPG)"
    return outputs, used + note


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=104)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Ausgaben in diesen Ordner statt temporär")
    args = parser.parse_args(argv if argv is not None else [])
    outputs, used = pick_templates()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        data = offices_csv(folder, args.rows)
        out_dir = args.keep or folder / "ausgabe"
        start_plan = time.perf_counter()
        plan = plan_batch(data, BatchOptions(templates=tuple(dict.fromkeys(
            o.template for o in outputs)), out_dir=out_dir, jobs=args.jobs, preview_rows=0))
        plan = dataclasses.replace(plan, outputs=tuple(outputs))
        plan_s = time.perf_counter() - start_plan
        print(f"Vorlagen: {used}")
        print(f"Daten: {plan.row_count} Dienststellen ({plan.source.describe()}), "
              f"{PHOTOS} Fotos 2400×1600; {plan.total_jobs} Dateien, {args.jobs} Prozesse; "
              f"Last vorher {os.getloadavg()[0]:.1f}")

        samples: list[tuple[float, int, int]] = []     # (share done, total RSS KB, max worker)

        def progress(p: Progress) -> None:
            rss = children_rss_kb()
            if rss:
                samples.append((p.done / max(1, p.total), sum(rss.values()), max(rss.values())))

        usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = run_batch(plan, progress=progress)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (usage.ru_utime - usage_before.ru_utime) + (usage.ru_stime - usage_before.ru_stime)
        made = report.count("ok") + report.count("warning")
        verdict = "OK" if report.elapsed <= TARGET_S else "ÜBER ZIEL"
        print(f"Planen (Kopf, Zuordnung, Zeilen zählen): {plan_s * 1000:.0f} ms")
        print(f"Lauf: {made} Dateien in {report.elapsed:.1f} s = {made / report.elapsed:.1f} "
              f"Dateien/s (Ziel ≤ {TARGET_S:.0f} s) {verdict}; Fehler {report.count('error')}, "
              f"mit Hinweis {report.count('warning')}")
        print(f"CPU der Arbeitsprozesse: {cpu:.1f} s = {cpu / max(1, made) * 1000:.0f} ms je Datei")
        by_template: dict[str, list[float]] = {}
        for r in report.results:
            by_template.setdefault(f"{r.template} {r.fmt}", []).append(r.seconds)
        for key, secs in by_template.items():
            print(f"  {key:<40} {sum(secs) / len(secs) * 1000:6.0f} ms je Datei (Wandzeit)")
        if samples:
            first = [s for s in samples if s[0] <= 0.5] or samples
            second = [s for s in samples if s[0] > 0.5] or samples
            print(f"Speicher der Arbeitsprozesse (RSS, Summe / größter): erste Hälfte max "
                  f"{max(s[1] for s in first) / 1024:.0f} / {max(s[2] for s in first) / 1024:.0f} "
                  f"MB, zweite Hälfte max {max(s[1] for s in second) / 1024:.0f} / "
                  f"{max(s[2] for s in second) / 1024:.0f} MB")
        print(f"Spitzen-RSS: größter Arbeitsprozess {usage.ru_maxrss / 1024:.0f} MB "
              f"(getrusage), Hauptprozess {self_hwm_kb() / 1024:.0f} MB (VmHWM)")
        size = sum((out_dir / r.file).stat().st_size for r in report.results
                   if r.status in ("ok", "warning"))
        print(f"Ausgabe: {size / 1e6:.1f} MB")

        resumed = run_batch(dataclasses.replace(
            plan, options=dataclasses.replace(plan.options, resume=True)))
        print(f"Fortsetzen ohne offene Arbeit: {resumed.count('skipped')} übersprungen in "
              f"{resumed.elapsed:.1f} s (Größe und SHA-256 jeder Datei geprüft)")


if __name__ == "__main__":
    main(sys.argv[1:])
