"""Benchmark: the note plugin and the export against their baselines.

    python -m tests.benchmark.run                   # the full run (about 30 min)
    python -m tests.benchmark.run --notes 100,1000 --export-postings 0 --runs 3

Synthetic books (tests/benchmark/synthetic.py): N notes with five-year
lives, every day count and compounding mode, conversions, extensions,
adjustments and settlements, plus ordinary transactions. Measured side by
side in one run, each timing the median of ``--runs`` runs (min and max
shown), each load in a fresh process:

(a) loading the books with the plugin / loading the same books with the
    generated entries materialized as text and no plugin (target <= 0.70);
    beside it the floor: the same load with ``tests.benchmark.floor_plugin``
    in place of the note plugin (one bare transaction per month end of each
    note, no arithmetic), the best ratio any plugin appending about as many
    entries can reach on these books;
(b) the plugin function / constructing the same number of Transaction
    objects with postings and metadata (target <= 3), the construction timed
    both as Beancount runs a plugin (garbage collector on) and with the
    collector paused, as the plugin itself runs;
(c) the plugin's time per generated entry from 100 to 10,000 notes (flat);
    (a) to (c) run for the plain sample and for a "deal terms" sample where
    every third note has a discount, issue costs and coupon payments;
(d) ``books export`` of one year with >= 1,000,000 postings / ``bean-query
    -f csv`` dumping the same postings (target <= 1.5), and the export's
    peak memory / loading the ledger alone (target <= 1.2).

The table is printed and written to ``--out`` (Markdown).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.benchmark.synthetic import header
from tests.benchmark.synthetic import write_books

ROOT = Path(__file__).resolve().parents[2]
#: Each child: no load cache, the project importable, and compiled bytecode
#: cached (in the work folder, see ``main``) as a normal installation caches
#: it, so that no load pays for compiling the plugin's source again.
ENV = {
    **{
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONDONTWRITEBYTECODE"
    },
    "BEANCOUNT_DISABLE_LOAD_CACHE": "1",
    "PYTHONPATH": str(ROOT),
}


@dataclass(frozen=True)
class Timing:
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def cell(self) -> str:
        return f"{self.median:.2f} s ({min(self.runs):.2f}-{max(self.runs):.2f})"


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh process, its output captured."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env=ENV,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def run_child(code: str) -> tuple[float, int]:
    """Run Python code in a fresh process; it prints its own elapsed seconds.
    Returns (seconds, peak RSS in KiB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = python(code)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return float(result.stdout.strip().splitlines()[-1]), max(peak, before)


def measure_command(command: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a command, via a small Python wrapper
    so the peak is the command's own."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"subprocess.run({command!r}, check=True, stdout=subprocess.DEVNULL)\n"
        "elapsed = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(elapsed, peak)\n"
    )
    elapsed, peak = python(code).stdout.split()
    return float(elapsed), int(peak)


LOAD = """
import time
from beancount import loader
loader.initialize(use_cache=False)
start = time.perf_counter()
entries, errors, _ = loader.load_file({path!r})
elapsed = time.perf_counter() - start
assert not errors, errors[:3]
print(elapsed)
"""

FLOOR_COUNT = """
from beancount import loader
from beancount.core import data
loader.initialize(use_cache=False)
entries, errors, _ = loader.load_file({path!r})
assert not errors, errors[:3]
print(sum(1 for entry in entries if isinstance(entry, data.Transaction)
          and "note" in entry.meta))
"""

PLUGIN_AND_BARE = """
import datetime, gc, time
from decimal import Decimal
from beancount import loader
from beancount.core import data
from beancount.core.amount import Amount
from plugins.convertible_note import convertible_note
loader.initialize(use_cache=False)
entries, errors, options = loader.load_file({path!r})
assert not errors, errors[:3]
start = time.perf_counter()
result, errors = convertible_note(entries, options)
plugin = time.perf_counter() - start
assert not errors, errors[:3]
generated = len(result) - len(entries)
del result
gc.collect()


def bare():
    made = []
    date = datetime.date(2022, 1, 31)
    for index in range(generated):
        meta = data.new_metadata("/books/body.beancount", 100, {{
            "note": "N00001", "note-event": "accrual", "days": Decimal(31),
            "period-start": date, "period-end": date}})
        number = Decimal("1234.56")
        source = "/books/body.beancount"
        postings = [
            data.Posting("Expenses:Finance:Interest", Amount(number, "USD"),
                         None, None, None, data.new_metadata(source, 100)),
            data.Posting("Liabilities:Current:AccruedInterest", Amount(-number, "USD"),
                         None, None, None, data.new_metadata(source, 100)),
        ]
        made.append(data.Transaction(meta, date, "*", "Holder", "Interest on N00001",
                                     data.EMPTY_SET, frozenset({{"N00001"}}), postings))
    return made


start = time.perf_counter()
made = bare()
collected = time.perf_counter() - start
del made
gc.collect()
gc.disable()
start = time.perf_counter()
made = bare()
paused = time.perf_counter() - start
gc.enable()
print(generated, plugin, collected, paused)
"""


def materialize(books: Path, directory: Path) -> Path:
    """The same books without the plugin: header, body and generated text."""
    code = (
        "from pathlib import Path\n"
        "from plugins.books.ledger import load_books\n"
        "from plugins.books.materialize import materialize_text\n"
        f"books = load_books(Path({str(books)!r}))\n"
        "assert not books.errors, books.errors[:3]\n"
        f"Path({str(directory / 'generated.beancount')!r}).write_text("
        "materialize_text(books), encoding='utf-8')\n"
        "print(0)\n"
    )
    run_child(code)
    plain = directory / "plain.beancount"
    plain.write_text(
        header(False) + 'include "body.beancount"\ninclude "generated.beancount"\n',
        encoding="utf-8",
    )
    return plain


@dataclass(frozen=True)
class Loads:
    """(a): the books loaded with the plugin, materialized, and with the
    floor plugin (which appends ``floor_generated`` entries)."""

    plugin: Timing
    materialized: Timing
    floor: Timing
    floor_generated: int


@dataclass(frozen=True)
class NotesResult:
    variant: str
    notes: int
    generated: int
    loads: Loads
    plugin: Timing
    bare: Timing
    bare_paused: Timing


@dataclass(frozen=True)
class ExportResult:
    postings: int
    export: Timing
    query: Timing
    export_peak_mib: float
    load_peak_mib: float


def timings(code: str, runs: int) -> Timing:
    return Timing(tuple(run_child(code)[0] for _ in range(runs)))


def bench_notes(
    notes: int, ordinary: int, runs: int, work: Path, variant: str
) -> NotesResult:
    directory = work / f"notes-{notes}-{variant}"
    books, _body = write_books(directory, notes, ordinary, deal=variant == "deal")
    plain = materialize(books, directory)
    # (compiles and caches the bytecode before the timed loads)
    python("import plugins.convertible_note, tests.benchmark.floor_plugin")
    with_plugin = timings(LOAD.format(path=str(books)), runs)
    without = timings(LOAD.format(path=str(plain)), runs)
    floor = directory / "floor.beancount"
    floor.write_text(
        header(False) + 'plugin "tests.benchmark.floor_plugin"\n'
        'include "body.beancount"\n',
        encoding="utf-8",
    )
    with_floor = timings(LOAD.format(path=str(floor)), runs)
    floor_generated = int(python(FLOOR_COUNT.format(path=str(floor))).stdout)
    plugin_runs, bare_runs, paused_runs = [], [], []
    generated = 0
    raw = directory / "raw.beancount"
    raw.write_text(header(False) + 'include "body.beancount"\n', encoding="utf-8")
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", PLUGIN_AND_BARE.format(path=str(raw))],
            env=ENV,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        count, plugin, bare, paused = result.stdout.split()
        generated = int(count)
        plugin_runs.append(float(plugin))
        bare_runs.append(float(bare))
        paused_runs.append(float(paused))
    loads = Loads(with_plugin, without, with_floor, floor_generated)
    timed = [Timing(tuple(runs)) for runs in (plugin_runs, bare_runs, paused_runs)]
    return NotesResult(variant, notes, generated, loads, *timed)


def bench_export(postings: int, runs: int, work: Path) -> ExportResult:
    """A year with at least ``postings`` postings: notes plus ordinary activity."""
    directory = work / "export"
    # 2,000 notes give about 2,000 x 12 accruals x 2 postings in 2023; the
    # rest is ordinary activity (two postings each), all of it in 2023.
    notes = 2000
    ordinary = max(postings // 2 - notes * 12, 0)
    books, _ = write_books(directory, notes, ordinary, ordinary_year=2023)
    start, end = "2023-01-01", "2023-12-31"
    query = (
        "SELECT date, account, number, currency "
        f"WHERE date >= {start} AND date <= {end}"
    )
    export_runs, query_runs, load_peaks, export_peaks, lines = [], [], [], [], 0
    for index in range(runs):
        out = directory / f"package-{index}"
        command = ["books", "export", "--ledger", str(books), "--from", start]
        command += ["--to", end, "--out", str(out), "--force"]
        elapsed, peak = measure_command(command)
        export_runs.append(elapsed)
        export_peaks.append(peak)
        gl = next((out / "ads").glob("GL_Detail_*.txt"))
        with gl.open("rb") as file:
            lines = sum(1 for _ in file) - 1
        dump = str(directory / "query.csv")
        elapsed, _peak = measure_command(
            ["bean-query", "-f", "csv", "-o", dump, str(books), query]
        )
        query_runs.append(elapsed)
        _seconds, peak = measure_command(
            [sys.executable, "-c", LOAD.format(path=str(books))]
        )
        load_peaks.append(peak)
    return ExportResult(
        postings=lines,
        export=Timing(tuple(export_runs)),
        query=Timing(tuple(query_runs)),
        export_peak_mib=statistics.median(export_peaks) / 1024,
        load_peak_mib=statistics.median(load_peaks) / 1024,
    )


def verdict(value: float, target: float) -> str:
    return f"{value:.2f} ({'meets' if value <= target else 'MISSES'})"


def report(rows: list[NotesResult], export: ExportResult | None) -> str:
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}"
    )
    lines = [
        f"# Benchmark ({datetime.date.today()}, {machine})",
        "",
        "| sample | notes | generated entries | (a) load with plugin "
        "| (a) load materialized | (a) ratio <= 0.70 "
        "| (a) floor: entries, load | (a) floor ratio | (b) plugin "
        "| (b) bare Transactions | (b) ratio <= 3 "
        "| (b) bare, GC paused | (b) ratio to it | (c) plugin us/entry |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    per_entry: dict[str, list[float]] = {}
    for row in rows:
        loads = row.loads
        load_ratio = loads.plugin.median / loads.materialized.median
        plugin_ratio = row.plugin.median / row.bare.median
        strict_ratio = row.plugin.median / row.bare_paused.median
        micro = row.plugin.median / row.generated * 1e6
        per_entry.setdefault(row.variant, []).append(micro)
        cells = [
            row.variant,
            f"{row.notes:,}",
            f"{row.generated:,}",
            loads.plugin.cell(),
            loads.materialized.cell(),
            verdict(load_ratio, 0.70),
            f"{loads.floor_generated:,}, {loads.floor.cell()}",
            f"{loads.floor.median / loads.materialized.median:.2f}",
            row.plugin.cell(),
            row.bare.cell(),
            verdict(plugin_ratio, 3.0),
            row.bare_paused.cell(),
            verdict(strict_ratio, 3.0),
            f"{micro:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    for variant, micro_values in per_entry.items():
        if len(micro_values) > 1:
            lines += [
                "",
                f"(c) scaling, {variant}: plugin time per entry at the largest size "
                f"/ the smallest = {micro_values[-1] / micro_values[0]:.2f} "
                "(flat is about 1).",
            ]
    if export:
        time_ratio = export.export.median / export.query.median
        memory_ratio = export.export_peak_mib / export.load_peak_mib
        peaks = (export.export_peak_mib, export.load_peak_mib)
        cells = [
            f"{export.postings:,}",
            *(timing.cell() for timing in (export.export, export.query)),
            verdict(time_ratio, 1.5),
            *(f"{peak:.0f} MiB" for peak in peaks),
            verdict(memory_ratio, 1.2),
        ]
        lines += [
            "",
            "| (d) GL postings in the year | books export | bean-query -f csv "
            "| time ratio <= 1.5 | export peak | load-only peak "
            "| memory ratio <= 1.2 |",
            "|---|---|---|---|---|---|---|",
            "| " + " | ".join(cells) + " |",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", default="100,1000,10000")
    parser.add_argument("--ordinary", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export-postings", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("benchmark-results.md"))
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--samples",
        default="plain,deal",
        help="plain: the notes as issued at par; deal: every third note with a "
        "discount, issue costs and coupon payments",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="books-benchmark-"))
    ENV["PYTHONPYCACHEPREFIX"] = str(work.resolve() / "pycache")
    rows = []
    for variant in [value for value in args.samples.split(",") if value]:
        for notes in [int(value) for value in args.notes.split(",") if value]:
            print(f"{variant} notes={notes} ...", file=sys.stderr, flush=True)
            rows.append(bench_notes(notes, args.ordinary, args.runs, work, variant))
    export = None
    if args.export_postings:
        print("export ...", file=sys.stderr, flush=True)
        export = bench_export(args.export_postings, args.runs, work)
    text = report(rows, export)
    print(text)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
