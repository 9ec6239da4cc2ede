"""``books export``: the audit package for a period.

Layout of the package (see the README for every column)::

    ads/GL_Detail_<from>_<to>.txt         ADS general-ledger detail
    ads/Trial_Balance_<from>_<to>.txt     ADS trial balance
    ads/Chart_Of_Accounts.txt             ADS chart of accounts
    ads/Source_Listing.txt                ADS source codes
    schedules/Debt_Rollforward.csv        one row per note
    schedules/Interest_Recalculation.csv  one row per accrual entry
    schedules/Conversions.csv             conversions and settlements
    schedules/Related_Party.csv           related parties' balances and movements
    workbook.xlsx                         all of the above, plus Checks
    checks.csv                            every check, PASS or FAIL
    MANIFEST.json, SHA256SUMS             hashes of sources and outputs

Everything is written into a temporary directory beside the target and
renamed into place at the end, so an interrupted export leaves the previous
package as it was. Two exports of the same books are byte-identical.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from beancount.core import data
from beancount.parser import options as options_lib

from plugins.books.export import ads
from plugins.books.export import schedules as tables
from plugins.books.export.accounts import GitBlame
from plugins.books.export.accounts import chart_of_accounts
from plugins.books.export.verify import Check
from plugins.books.export.verify import run_checks
from plugins.books.export.workbook import Workbook
from plugins.books.ledger import BooksError
from plugins.books.ledger import ensure_directory
from plugins.books.ledger import format_errors
from plugins.books.schedule_table import decimal_text

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterator
    from collections.abc import Sequence

    from plugins.books.ledger import Books

RELATED_PARTY = "related-party"
#: GL lines the workbook's GL_Detail sheet holds at most (Excel's limit is
#: 1,048,576 rows).
WORKBOOK_GL_ROWS = 100_000


#: How often a long export says how far it is.
PROGRESS_LINES = 100_000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    checks: tuple[Check, ...]
    gl_lines: int

    @property
    def failed(self) -> list[Check]:
        return [check for check in self.checks if not check.passed]


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row])


def _write_ads(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(ads.ads_line(headers))
        for row in rows:
            file.write(ads.ads_line(row))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _relationships(entries: Sequence[data.Directive]) -> dict[str, str]:
    """``custom "related-party" "NAME"`` with ``relationship:`` metadata."""
    found = {}
    for entry in entries:
        if (
            isinstance(entry, data.Custom)
            and entry.type == RELATED_PARTY
            and entry.values
        ):
            found[str(entry.values[0].value)] = str(entry.meta.get("relationship", ""))
    return found


@contextlib.contextmanager
def _staging(out: Path, force: bool) -> Iterator[Path]:
    """A temporary directory renamed to ``out`` when the body succeeds."""
    if out.exists() and not force:
        raise BooksError(f"{out} already exists; use --force to replace it")
    ensure_directory(out.parent)
    # os.mkdir, unlike mkdtemp (0700), gives the folder the permissions the
    # umask allows, as for any folder the user makes (0755 under 022).
    staging = out.parent / f".{out.name}.{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        yield staging
        if out.exists():
            # Move the previous package aside (a rename needs no space), put
            # the new one in place, and put the old one back if that fails.
            holder = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            try:
                os.replace(out, holder / out.name)
            except BaseException:
                holder.rmdir()
                raise
            try:
                os.replace(staging, out)
            except BaseException:
                os.replace(holder / out.name, out)
                holder.rmdir()
                raise
            shutil.rmtree(holder)
        else:
            os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def export_package(
    books: Books,
    start: datetime.date,
    end: datetime.date,
    out: Path,
    entity: str | None = None,
    force: bool = False,
    workbook_gl_rows: int = WORKBOOK_GL_ROWS,
    progress: Callable[[str], None] | None = None,
) -> ExportResult:
    """Write the audit package for ``[start, end]`` (both days included).

    The workbook's GL_Detail sheet holds at most ``workbook_gl_rows`` lines
    (a spreadsheet is no tool for a million-line ledger, and writing one
    costs more than the rest of the export); the ADS file always holds all.
    ``progress`` is told what is being done (the CLI shows it on a terminal).
    """
    say = progress or (lambda _message: None)
    if start > end:
        raise BooksError(f"the period starts on {start}, after its end {end}")
    if books.errors:
        raise BooksError(
            f"{books.path} has errors; fix them before exporting:\n"
            + format_errors(books.errors)
        )
    books.require_covered(start, end)
    options = books.options
    entity_name = entity or str(options.get("title") or books.path.stem)
    chart = chart_of_accounts(books.entries, options)
    schedules, _ = books.schedules(record_pieces=True)
    root = source_root(books)
    previous_earnings = options_lib.get_previous_accounts(options)[0]  # type: ignore[no-untyped-call]
    context = ads.GLContext(
        start=start,
        end=end,
        chart=chart,
        previous_earnings=str(previous_earnings),
        generated_at=note_directive_locations(books.entries),
        related_notes=frozenset(
            schedule.terms.note_id
            for schedule in schedules
            if schedule.terms.related_party
        ),
        root=root,
        blame=GitBlame(root),
    )
    stamp = f"{ads.ads_date(start)}_{ads.ads_date(end)}"
    with _staging(out, force) as staging:
        book = Workbook(staging / "workbook.xlsx", end)
        checks_sheet = book.sheet("Checks", Check.FIELDS)
        gl_sheet = book.sheet("GL_Detail", ads.GL_FIELDS)
        gl_path = staging / "ads" / f"GL_Detail_{stamp}.txt"
        gl_path.parent.mkdir(parents=True)
        with gl_path.open("w", encoding="utf-8", newline="") as gl_file:
            gl_file.write(ads.ads_line(ads.GL_FIELDS))

            written = 0

            def write(row: tuple[object, ...]) -> None:
                nonlocal written
                gl_file.write(ads.ads_line(row))
                if gl_sheet.row < workbook_gl_rows:
                    gl_sheet.write(row)
                written += 1
                if written % PROGRESS_LINES == 0:
                    say(f"GL detail: {written:,} lines")

            say("GL detail")
            sums = ads.stream_gl(books.entries, context, write)
        if sums.lines > workbook_gl_rows:
            gl_sheet.write(
                (
                    f"Truncated: this sheet shows the first {workbook_gl_rows:,} of "
                    f"{sums.lines:,} lines; the complete GL detail is "
                    f"ads/{gl_path.name}",
                )
            )

        say("trial balance and schedules")
        trial_balance = ads.trial_balance(sums, context)
        tb_rows = [ads.tb_row(line) for line in trial_balance]
        related = _relationships(books.entries)
        recalculation = tables.recalculation_rows(
            schedules, start, end, sums.journal_ids
        )
        conversions = tables.conversion_rows(schedules, start, end, sums.journal_ids)
        outputs: list[tuple[str, str, Sequence[str], list[tuple[object, ...]]]] = [
            ("ads", f"Trial_Balance_{stamp}.txt", ads.TB_FIELDS, tb_rows),
            ("ads", "Chart_Of_Accounts.txt", ads.COA_FIELDS, ads.coa_rows(chart)),
            ("ads", "Source_Listing.txt", ads.SOURCE_FIELDS, ads.source_rows()),
            (
                "schedules",
                "Debt_Rollforward.csv",
                tables.ROLLFORWARD_FIELDS,
                tables.rollforward_rows(schedules, start, end),
            ),
            (
                "schedules",
                "Interest_Recalculation.csv",
                tables.RECALCULATION_FIELDS,
                recalculation,
            ),
            (
                "schedules",
                "Conversions.csv",
                tables.CONVERSION_FIELDS,
                conversions,
            ),
            (
                "schedules",
                "Related_Party.csv",
                tables.RELATED_PARTY_FIELDS,
                tables.related_party_rows(schedules, start, end, related),
            ),
        ]
        for folder, name, headers, rows in outputs:
            target = staging / folder / name
            if folder == "ads":
                _write_ads(target, headers, rows)
            else:
                _write_csv(target, headers, rows)
            sheet = book.sheet(
                name.rsplit(".", 1)[0].removesuffix(f"_{stamp}"), headers
            )
            for row in rows:
                sheet.write(row)

        say("checks and workbook")
        checks = run_checks(
            sums, trial_balance, schedules, start, end, recalculation, conversions
        )
        check_rows = [check.row() for check in checks]
        _write_csv(staging / "checks.csv", Check.FIELDS, check_rows)
        for row in check_rows:
            checks_sheet.write(row)
        book.write_cover(
            cover_lines(books, start, end, entity_name, checks, root),
            f"Audit package: {entity_name}",
        )
        book.close()
        _write_manifest(staging, books, start, end, entity_name)
    return ExportResult(out, tuple(checks), sums.lines)


def books_commit(root: Path) -> str:
    """The git commit the books are at, marked when files differ from it."""

    def git(*args: str) -> str:
        # git from PATH with a fixed argument list and no shell.
        result = subprocess.run(  # noqa: S603
            ["git", *args],  # noqa: S607
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "HEAD")
    if not commit:
        return "not in git"
    changed = git("status", "--porcelain", "--untracked-files=no", "--", ".")
    return f"{commit} (with uncommitted changes)" if changed else commit


def cover_lines(
    books: Books,
    start: datetime.date,
    end: datetime.date,
    entity: str,
    checks: Sequence[Check],
    root: Path,
) -> list[tuple[str, str]]:
    """What the workbook's cover says: whose books, which period, from what,
    made by which version, and whether every check passed."""
    failed = [check.name for check in checks if not check.passed]
    summary = (
        f"all {len(checks)} checks pass"
        if not failed
        else f"{len(failed)} of {len(checks)} checks FAIL: " + "; ".join(failed)
    )
    lines = [
        ("Entity", entity),
        ("Period", f"{start} to {end}"),
        ("Books", str(books.path.relative_to(root))),
        ("Source (git commit)", books_commit(root)),
        ("Made by", f"books export, aptorum-books {package_version()}"),
        ("Checks", summary),
    ]
    title = str(books.options.get("title") or "")
    if "SCENARIO" in title.upper():
        lines.insert(0, ("Status", "SCENARIO, not reported"))
    return lines


def package_version() -> str:
    try:
        return importlib.metadata.version("aptorum-books")
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def source_root(books: Books) -> Path:
    """The folder every source file is named relative to: the deepest folder
    holding all the ledger's files, so the package names no machine path."""
    files = [str(Path(name).resolve()) for name in books.options.get("include", [])]
    files.append(str(books.path.resolve()))
    return Path(os.path.commonpath([str(Path(name).parent) for name in files]))


def note_directive_locations(
    entries: Sequence[data.Directive],
) -> frozenset[tuple[str, int]]:
    """Where the note directives are: a generated entry points at one of them
    (a hand-written transaction cannot share a directive's line)."""
    return frozenset(
        (str(entry.meta.get("filename")), int(entry.meta.get("lineno", 0)))
        for entry in entries
        if isinstance(entry, data.Custom) and entry.type.startswith("convertible-note")
    )


def _write_manifest(
    staging: Path,
    books: Books,
    start: datetime.date,
    end: datetime.date,
    entity: str,
) -> None:
    root = source_root(books)
    sources = []
    for name in sorted(books.options.get("include", [])):
        path = Path(name)
        try:
            relative = path.relative_to(root).as_posix()
        except ValueError:
            relative = path.as_posix()
        sources.append({"path": relative, "sha256": _sha256(path)})
    outputs = [
        {"path": path.relative_to(staging).as_posix(), "sha256": _sha256(path)}
        for path in sorted(staging.rglob("*"))
        if path.is_file()
    ]
    manifest: dict[str, Any] = {
        "entity": entity,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "ledger": books.path.resolve().relative_to(root).as_posix(),
        "tool": "aptorum-books",
        "tool_version": importlib.metadata.version("aptorum-books"),
        "sources": sources,
        "outputs": outputs,
    }
    (staging / "MANIFEST.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    lines = [
        f"{_sha256(path)}  {path.relative_to(staging).as_posix()}\n"
        for path in sorted(staging.rglob("*"))
        if path.is_file() and path.name != "SHA256SUMS"
    ]
    (staging / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")
