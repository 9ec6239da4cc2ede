"""``books``: check, schedule, materialize, close and serve the books.

Every command takes ``--ledger PATH`` (default ``ledger/main.beancount``, or
``$BOOKS_LEDGER``). Problems a controller can act on are printed as one clear
message and exit non-zero; none shows a traceback.
"""

from __future__ import annotations

import copy
import datetime
import io
import shutil
import sys
import textwrap
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import TypeVar

import beangulp
import beangulp.extract
import beangulp.identify
import click

from importers.bank import StatementError
from importers.bank import parse_statement
from importers.config import importers
from importers.filing import InputError
from importers.filing import draft_note
from importers.filing import read_filing
from importers.filing import render_draft
from plugins.books import checks
from plugins.books.close import close_period
from plugins.books.export import WORKBOOK_GL_ROWS
from plugins.books.export import export_package
from plugins.books.ledger import Books
from plugins.books.ledger import BooksError
from plugins.books.ledger import atomic_write
from plugins.books.ledger import format_errors
from plugins.books.ledger import load_books
from plugins.books.ledger import resolve_ledger
from plugins.books.materialize import materialize_text
from plugins.books.schedule_table import schedule_lines
from plugins.books.schedule_table import to_csv
from plugins.books.schedule_table import to_json
from plugins.books.schedule_table import to_table
from plugins.convertible_note import is_generated
from plugins.convertible_note.register import TotalBy
from plugins.convertible_note.register import share_movements
from plugins.convertible_note.register import share_register
from plugins.convertible_note.register import share_totals

LEDGER_OPTION = click.option(
    "--ledger",
    "ledger",
    type=str,
    default=None,
    help="The ledger file (default: $BOOKS_LEDGER or ledger/main.beancount).",
)


FC = TypeVar("FC", bound=Callable[..., Any])

#: Dates on the command line are ISO dates, as in the ledger.
DATE = click.DateTime(formats=["%Y-%m-%d"])


def out_option(*, required: bool, directory: bool, help: str) -> Callable[[FC], FC]:
    """``-o/--out``: one spelling for every command that writes."""
    return click.option(
        "-o",
        "--out",
        "out",
        required=required,
        default=None,
        type=click.Path(file_okay=not directory, dir_okay=directory, path_type=Path),
        help=help,
    )


#: ``-o/--out`` of the commands that write text, to standard output by default.
TEXT_OUT_OPTION = out_option(
    required=False,
    directory=False,
    help="Write to this file (atomically) instead of standard output.",
)


FORCE_OPTION: Callable[[FC], FC] = click.option(
    "--force", is_flag=True, help="Replace what --out names if it exists."
)


def _refuse_overwrite(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise BooksError(f"{out} exists; pass --force to replace it")


def _progress() -> Callable[[str], None]:
    """Progress for a person at a terminal, on standard error; nothing when
    the output goes to a file or a pipe."""
    if not sys.stderr.isatty():
        return lambda _message: None
    return lambda message: click.echo(f"... {message}", err=True)


class BooksGroup(click.Group):
    """Turns BooksError into a message and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BooksError as error:
            click.echo(f"books: {error}", err=True)
            ctx.exit(1)
        except OSError as error:
            # A full disk, a read-only directory, a file that vanished.
            where = f": {error.filename}" if error.filename else ""
            click.echo(f"books: {error.strerror or error}{where}", err=True)
            ctx.exit(1)


@click.group(cls=BooksGroup)
@click.version_option(package_name="aptorum-books")
def main() -> None:
    """Books as code for convertible notes, on Beancount."""


def _load(ledger: str | None, hardcore: bool = False) -> Books:
    return load_books(resolve_ledger(ledger), hardcore=hardcore)


def _require_clean(books: Books) -> None:
    if books.errors:
        raise BooksError(
            f"{books.path} has errors (run `books check`):\n"
            + format_errors(books.errors)
        )


@main.command()
@LEDGER_OPTION
def check(ledger: str | None) -> None:
    """bean-check without the cache, plus the project's own checks.

    Prints a one-line summary on success; errors go to standard error."""
    books = _load(ledger, hardcore=True)
    errors = [*books.errors, *checks.project_errors(books)]
    if errors:
        click.echo(format_errors(errors), nl=False, err=True)
        click.echo(f"{len(errors)} error(s) in {books.path}", err=True)
        sys.exit(1)
    schedules, _ = books.schedules()
    generated = sum(1 for entry in books.entries if is_generated(entry))
    click.echo(
        f"ok: {len(books.entries)} entries, {len(schedules)} notes, "
        f"{generated} generated entries"
    )


@main.command()
@click.argument("note_id")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--wide",
    is_flag=True,
    help="Every column, however wide (the table otherwise fits the terminal).",
)
@LEDGER_OPTION
def schedule(note_id: str, output_format: str, wide: bool, ledger: str | None) -> None:
    """The full schedule of NOTE_ID: one row per generated entry.

    The table fits the terminal: it leaves out columns with nothing to show,
    then the least useful; --wide shows them all, and csv and json always
    carry every column."""
    books = _load(ledger)
    _require_clean(books)
    schedules, _ = books.schedules()
    by_id = {item.terms.note_id: item for item in schedules}
    if note_id not in by_id:
        known = ", ".join(sorted(by_id)) or "none"
        raise BooksError(f"unknown note id {note_id!r}; the books define: {known}")
    lines = schedule_lines(by_id[note_id])
    if output_format == "csv":
        click.echo(to_csv(lines), nl=False)
    elif output_format == "json":
        click.echo(to_json(note_id, lines), nl=False)
    else:
        width = None if wide else shutil.get_terminal_size().columns
        click.echo(to_table(lines, width), nl=False)


#: The share register's columns: title, left-aligned, and the order in
#: which a narrow terminal drops them (None: always kept).
_REGISTER_COLUMNS: tuple[tuple[str, bool, int | None], ...] = (
    ("Date", True, None),
    ("Note", True, None),
    ("Class", True, None),
    ("Event", True, 5),
    ("Shares", False, None),
    ("Price", False, 3),
    ("Par", False, 2),
    ("Share capital", False, 6),
    ("Premium", False, 4),
    ("Cash in lieu", False, 1),
)


def _register_table(rows: Sequence[tuple[str, ...]], width: int | None) -> list[str]:
    """The register as aligned lines at most ``width`` wide (None: every
    column): a column of zeros is left out, then the least useful ones."""
    keep = list(range(len(_REGISTER_COLUMNS)))
    if width is not None:
        keep = [
            index
            for index in keep
            if _REGISTER_COLUMNS[index][2] is None
            or any(row[index].strip("0.,") for row in rows)
        ]

    def size(index: int) -> int:
        title = _REGISTER_COLUMNS[index][0]
        return max(len(title), *(len(row[index]) for row in rows))

    drops = sorted(
        (rank, index)
        for index, (_, _, rank) in enumerate(_REGISTER_COLUMNS)
        if rank is not None
    )
    for _, index in drops:
        if width is None or sum(size(i) + 2 for i in keep) - 2 <= width:
            break
        if index in keep:
            keep.remove(index)
    widths = {index: size(index) for index in keep}
    header = tuple(title for title, _, _ in _REGISTER_COLUMNS)
    lines = []
    for row in [
        header,
        tuple("-" * widths.get(i, 0) for i in range(len(header))),
        *rows,
    ]:
        cells = [
            row[i].ljust(widths[i])
            if _REGISTER_COLUMNS[i][1]
            else row[i].rjust(widths[i])
            for i in keep
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


@main.command()
@click.option(
    "--through",
    type=DATE,
    default=None,
    help="Only shares issued on or before this date.",
)
@click.option(
    "--wide",
    is_flag=True,
    help="Every column, however wide (the table otherwise fits the terminal).",
)
@LEDGER_OPTION
def shares(through: datetime.datetime | None, wide: bool, ledger: str | None) -> None:
    """The share register: every share the notes issued, the other
    movements (share-issue and share-conversion directives) and the shares
    outstanding per class.

    The table fits the terminal: it leaves out columns of zeros, then the
    least useful; --wide shows them all."""
    books = _load(ledger)
    _require_clean(books)
    schedules, _ = books.schedules()
    end = through.date() if through is not None else None
    register = [
        issue for issue in share_register(schedules) if end is None or issue.date <= end
    ]
    rows = [
        (
            str(issue.date),
            issue.note_id,
            issue.share_class,
            issue.event,
            f"{issue.shares:,}",
            f"{issue.conversion_price}",
            f"{issue.par_value}",
            f"{issue.share_capital:,.2f}",
            f"{issue.premium:,.2f}",
            f"{issue.cash_in_lieu:,.2f}",
        )
        for issue in register
    ]
    width = None if wide else shutil.get_terminal_size().columns
    for line in _register_table(rows, width):
        click.echo(line)
    click.echo("")
    totals: tuple[tuple[str, TotalBy], ...] = (
        ("class", "share_class"),
        ("note", "note_id"),
    )
    for label, key in totals:
        for name, count in share_totals(register, end, by=key).items():
            click.echo(f"total for {label} {name}: {count:,} shares")
    movements, errors = share_movements(books.entries, schedules)
    if errors:
        raise BooksError(format_errors(errors).rstrip())
    other = [
        movement
        for movement in movements
        if movement.note_id is None and (end is None or movement.date <= end)
    ]
    if other:
        click.echo("")
        click.echo("other movements:")
        for movement in other:
            line = (
                f"  {movement.date}  {movement.share_class}  {movement.event}  "
                f"{movement.shares:+,}  {movement.reason}".rstrip()
            )
            if width is None:
                click.echo(line)
                continue
            for part in textwrap.wrap(line, width=width, subsequent_indent=" " * 14):
                click.echo(part)
    as_of = end or max((movement.date for movement in movements), default=None)
    if as_of is not None:
        click.echo("")
        for name, count in share_totals(movements, end).items():
            click.echo(f"outstanding on {as_of}, {name}: {count:,} shares")


@main.command()
@TEXT_OUT_OPTION
@FORCE_OPTION
@LEDGER_OPTION
def materialize(out: Path | None, force: bool, ledger: str | None) -> None:
    """Every generated entry as plain Beancount text."""
    if out is not None:
        _refuse_overwrite(out, force)
    books = _load(ledger)
    _require_clean(books)
    text = materialize_text(books)
    if out is None:
        click.echo(text, nl=False)
        return
    with atomic_write(out) as file:
        file.write(text)
    click.echo(f"wrote {out}", err=True)


@main.command()
@click.argument("year", type=int, required=False)
@click.option(
    "--through",
    type=DATE,
    default=None,
    help="Close the period ending on this date instead of a fiscal year.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing lock.")
@LEDGER_OPTION
def close(
    year: int | None,
    through: datetime.datetime | None,
    force: bool,
    ledger: str | None,
) -> None:
    """Lock a period (YEAR, or --through DATE) with balance assertions."""
    if (year is None) == (through is None):
        raise click.UsageError("give either YEAR or --through DATE")
    if year is not None:
        end = datetime.date(year, 12, 31)
    else:
        assert through is not None
        end = through.date()
    say = _progress()
    say("loading the books")
    books = _load(ledger)
    target = close_period(books, end, year, force, progress=say)
    click.echo(f"locked the period through {end}: {target}")


@main.command()
@click.option(
    "--from", "start", required=True, type=DATE, help="First day of the period."
)
@click.option("--to", "end", required=True, type=DATE, help="Last day of the period.")
@out_option(required=True, directory=True, help="The package directory to write.")
@click.option("--entity", default=None, help="Entity name (default: the title).")
@FORCE_OPTION
@click.option(
    "--workbook-gl-rows",
    type=click.IntRange(min=0),
    default=WORKBOOK_GL_ROWS,
    show_default=True,
    help="At most this many GL lines in the workbook (the ADS file has all).",
)
@LEDGER_OPTION
def export(
    start: datetime.datetime,
    end: datetime.datetime,
    out: Path,
    entity: str | None,
    force: bool,
    workbook_gl_rows: int,
    ledger: str | None,
) -> None:
    """The audit package for a period: ADS files, schedules, workbook, checks."""
    say = _progress()
    say("loading the books")
    books = _load(ledger)
    result = export_package(
        books,
        start.date(),
        end.date(),
        out,
        entity,
        force,
        workbook_gl_rows,
        progress=say,
    )
    for check in result.checks:
        status = "PASS" if check.passed else "FAIL"
        click.echo(f"{status}  {check.name}: {check.detail}")
    click.echo(f"wrote {result.path} ({result.gl_lines} GL lines)")
    if result.failed:
        names = ", ".join(check.name for check in result.failed)
        raise BooksError(f"check failed: {names}")


@main.group()
@click.pass_context
def ingest(ctx: click.Context) -> None:
    """beangulp's identify, extract and archive with the project's importers."""
    ctx.obj = beangulp.Ingest(importers())


_BEANGULP = beangulp.Ingest([]).cli.commands


def _destination_required(command: click.Command) -> click.Command:
    """beangulp's archive, with -o/--destination required: without it the
    documents would be moved beside the running script."""
    command = copy.copy(command)
    command.params = [copy.copy(param) for param in command.params]
    for param in command.params:
        if param.name == "destination":
            param.required = True
    return command


ingest.add_command(_BEANGULP["identify"])
ingest.add_command(_destination_required(_BEANGULP["archive"]))


@ingest.command("extract")
@click.argument("src", nargs=-1, required=True, type=click.Path(exists=True))
@TEXT_OUT_OPTION
@FORCE_OPTION
@LEDGER_OPTION
@click.pass_obj
def ingest_extract(
    ingest_obj: beangulp.Ingest,
    src: tuple[str, ...],
    out: Path | None,
    force: bool,
    ledger: str | None,
) -> None:
    """Extract entries from SRC files, marking those the books already hold.

    The books (--ledger) must load without errors: deduplicating against a
    broken ledger would miss entries.
    """
    if out is not None:
        _refuse_overwrite(out, force)
    books = _load(ledger)
    if books.errors:
        raise BooksError(
            f"{books.path} has errors; fix them before importing (duplicates "
            f"cannot be found reliably):\n" + format_errors(books.errors)
        )
    existing = list(books.entries)
    extracted = []
    named = {str(Path(source).resolve()) for source in src if Path(source).is_file()}
    for filename in walk_files(src):
        importer = beangulp.identify.identify(ingest_obj.importers, filename)
        if importer is None:
            if filename in named:
                # A file the user named must be read, or say why it cannot.
                raise BooksError(unrecognised(filename))
            click.echo(f"skipped (no importer): {filename}", err=True)
            continue
        try:
            entries = beangulp.extract.extract_from_file(importer, filename, existing)
        except (StatementError, InputError) as error:
            raise BooksError(str(error)) from error
        extracted.append((filename, entries, importer.account(filename), importer))
    beangulp.extract.sort_extracted_entries(extracted)
    for _filename, entries, _account, importer in extracted:
        importer.deduplicate(entries, existing)
        existing.extend(entries)
    text = io.StringIO()
    beangulp.extract.print_extracted_entries(extracted, text)
    if out is None:
        click.echo(text.getvalue(), nl=False)
        return
    with atomic_write(out) as file:
        file.write(text.getvalue())
    click.echo(f"wrote {out}", err=True)


def unrecognised(filename: str) -> str:
    """Why no importer takes a file: the reader's own located message."""
    try:
        if filename.lower().endswith(".csv"):
            statement = parse_statement(filename)
            return (
                f"{filename}:1: account number {statement.account_number} is not "
                f"configured (importers/config.py, BANK_ACCOUNTS)"
            )
        if filename.lower().endswith(".txt"):
            read_filing(filename)
    except (StatementError, InputError) as error:
        return str(error)
    return f"{filename}: no importer recognises this file"


def walk_files(sources: tuple[str, ...]) -> list[str]:
    """The files named, and the files under the directories named, sorted."""
    files: list[str] = []
    for source in sources:
        path = Path(source).resolve()
        if path.is_dir():
            files.extend(
                str(item) for item in sorted(path.rglob("*")) if item.is_file()
            )
        else:
            files.append(str(path))
    return files


@main.command("draft-note")
@click.argument("filing", type=str)
def draft_note_command(filing: str) -> None:
    """Draft a convertible-note definition from a filing's plain text."""
    try:
        text = read_filing(filing)
    except InputError as error:
        raise BooksError(str(error)) from error
    click.echo(render_draft(draft_note(text), Path(filing).name), nl=False)


@main.command()
@click.option("--read-only", is_flag=True, help="Refuse every change (auditors).")
@click.option("--port", type=int, default=5000, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; only change it on a trusted network.",
)
@LEDGER_OPTION
def serve(read_only: bool, port: int, host: str, ledger: str | None) -> None:
    """Fava for the books on 127.0.0.1."""
    # Fava is only needed to serve: keep the other commands quick to start.
    from cheroot.wsgi import Server  # noqa: PLC0415
    from fava.application import create_app  # noqa: PLC0415

    path = resolve_ledger(ledger)
    app = create_app([str(path)], read_only=read_only)
    mode = " (read-only)" if read_only else ""
    click.echo(f"Fava{mode} on http://{host}:{port}/ for {path}")
    server = Server((host, port), app)
    try:
        server.start()
    except KeyboardInterrupt:
        server.stop()
    except OSError as error:
        raise BooksError(f"cannot listen on {host}:{port}: {error}") from error
