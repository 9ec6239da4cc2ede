"""Faults while writing: interrupted writes, a full disk, an unwritable folder,
and Fava reloading a ledger file that is being rewritten.

What the README promises and these tests hold the commands to:

- ``books export`` writes into a temporary folder beside DIR and renames it
  into place: an export that fails at any point leaves a previous package at
  DIR byte for byte, and no temporary folder behind.
- ``books close``, ``books materialize --out`` and ``books ingest extract -o``
  write through a temporary file renamed into place: a failed write leaves
  the previous file (and, for ``close``, the ledger) byte for byte, and no
  temporary file behind.
- A problem is one ``books:`` message naming it, exit status 1, never a
  traceback.

Interruptions are simulated in-process with ``monkeypatch``: a writer that
raises part-way (Ctrl-C, i.e. ``KeyboardInterrupt``, or ``OSError(ENOSPC)``
for a full disk), a rename that fails. Tests run as root on CI, where
``chmod`` does not stop a write: an unwritable folder is then a path below a
regular file.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest
from click.testing import CliRunner

from plugins.books import export as export_module
from plugins.books import ledger as ledger_module
from plugins.books.cli import main
from plugins.books.export import ads
from plugins.books.export import workbook as workbook_module
from tests.conftest import acme_books
from tests.conftest import free_port
from tests.conftest import http
from tests.conftest import serve_books
from tests.conftest import stop
from tests.conftest import tree
from tests.conftest import write_file

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterator

    from click.testing import Result

ROOT = Path(__file__).resolve().parents[1]
BOOKS = ROOT / "tests" / "data" / "books"
STATEMENT = ROOT / "tests" / "data" / "bank" / "operating-2022-12.csv"
WAIT_SECONDS = 30
ENOSPC_MESSAGE = "books: No space left on device"

# ACME-2023: 1,000,000.00 USD at 5 %, ACT/365, issued 2023-01-10. The last
# hand-written entry is 2023-03-31, so the plugin accrues the month-ends of
# January to March: 14 GL lines (3 hand-written entries of 2 postings, the
# issue and 3 accruals of 2 postings) for the export of 2023-01-01..03-31.
SMALL_LEDGER = acme_books("Faulty Books Ltd")
# A correction after the first lock (re-locking it is what --force is for),
# so the new lock's text differs from the old one.
CORRECTION = """
2023-03-31 * "Stationer" "Late invoice for February"
  Expenses:Office               40.00 USD
  Assets:Bank:Operating
"""
PERIOD = ("--from", "2023-01-01", "--to", "2023-03-31")
GL_LINES_BEFORE_FAILURE = 5


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def invoke(*args: str) -> Result:
    """``books ARGS`` in-process."""
    return CliRunner().invoke(main, list(args))


def write_ledger(folder: Path, text: str = SMALL_LEDGER) -> Path:
    return write_file(folder / "books.beancount", text)


def assert_clean_failure(result: Result, *needles: str) -> None:
    """Exit 1 with one ``books:`` message and no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert "Traceback" not in result.output, result.output
    assert result.stderr.startswith("books: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def full_disk() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


class OsAsSeenBy:
    """The ``os`` module as one module of the project sees it, with some of
    its functions replaced; other modules keep the real ``os``."""

    def __init__(self, **replaced: Callable[..., Any]) -> None:
        self._replaced = replaced

    def __getattr__(self, name: str) -> Any:
        if name in self._replaced:
            return self._replaced[name]
        return getattr(os, name)


class HalfWrites:
    """A file that stores half of the text it is given, then fails."""

    def __init__(self, file: Any, error: BaseException) -> None:
        self._file = file
        self._error = error

    def write(self, text: Any) -> int:
        self._file.write(text[: len(text) // 2])
        self._file.flush()
        raise self._error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)

    def __enter__(self) -> HalfWrites:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()


def replace_failing(
    error: BaseException, first: int = 1, last: int | None = None
) -> Callable[..., None]:
    """``os.replace`` whose calls ``first`` to ``last`` (1-based, both
    included; ``None``: every call from ``first`` on) raise ``error``."""
    calls = itertools.count(1)

    def replace(source: Any, target: Any) -> None:
        call = next(calls)
        if call >= first and (last is None or call <= last):
            raise error
        os.replace(source, target)

    return replace


# Ways the atomic write of ``books close``, ``materialize --out`` and
# ``ingest extract -o`` can fail (plugins/books/ledger.py, atomic_write).


def _half_write(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        def fdopen(*args: Any, **kwargs: Any) -> HalfWrites:
            return HalfWrites(os.fdopen(*args, **kwargs), error)

        monkeypatch.setattr(ledger_module, "os", OsAsSeenBy(fdopen=fdopen))

    return install


def _failing_rename(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        replace = replace_failing(error)
        monkeypatch.setattr(ledger_module, "os", OsAsSeenBy(replace=replace))

    return install


def _failing_fsync(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        def fsync(_fd: int) -> None:
            raise error

        monkeypatch.setattr(ledger_module, "os", OsAsSeenBy(fsync=fsync))

    return install


ATOMIC_FAILURES = {
    "ctrl-c-mid-write": _half_write(KeyboardInterrupt()),
    "full-disk-mid-write": _half_write(full_disk()),
    "full-disk-at-fsync": _failing_fsync(full_disk()),
    "full-disk-at-rename": _failing_rename(full_disk()),
}


# Setting up each command that writes one file, with a previous output in
# place. Each returns the arguments of the command that will fail.


def _setup_materialize(tmp_path: Path) -> list[str]:
    ledger = write_ledger(tmp_path / "books")
    out = tmp_path / "out" / "generated.beancount"
    first = invoke("materialize", "--out", str(out), "--ledger", str(ledger))
    assert first.exit_code == 0, first.output
    # The books change, so the new text differs from the previous one.
    ledger.write_text(SMALL_LEDGER + CORRECTION, encoding="utf-8")
    return ["materialize", "--out", str(out), "--force", "--ledger", str(ledger)]


def _setup_extract(tmp_path: Path) -> list[str]:
    out = tmp_path / "out" / "new.beancount"
    out.parent.mkdir()
    out.write_text("; the previous extraction\n", encoding="utf-8")
    ledger = str(BOOKS / "main.beancount")
    return [
        "ingest",
        "extract",
        "-o",
        str(out),
        "--force",
        "--ledger",
        ledger,
        str(STATEMENT),
    ]


def _setup_close(tmp_path: Path) -> list[str]:
    ledger = write_ledger(tmp_path / "books")
    first = invoke("close", "--through", "2023-03-31", "--ledger", str(ledger))
    assert first.exit_code == 0, first.output
    assert (ledger.parent / "closed" / "2023-03-31.beancount").is_file()
    ledger.write_text(ledger.read_text(encoding="utf-8") + CORRECTION, encoding="utf-8")
    return ["close", "--through", "2023-03-31", "--force", "--ledger", str(ledger)]


ONE_FILE_COMMANDS = {
    "materialize": _setup_materialize,
    "ingest-extract": _setup_extract,
    "close": _setup_close,
}


# --------------------------------------------------------------------------
# books export: an interrupted export keeps the previous package
# --------------------------------------------------------------------------


def export(ledger: Path, out: Path, *extra: str) -> Result:
    return invoke("export", *PERIOD, "--out", str(out), "--ledger", str(ledger), *extra)


def _at_gl_line(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    """The GL detail is being streamed when the failure comes."""

    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        real = ads.ads_line
        calls = itertools.count(1)

        def ads_line(values: Any) -> str:
            if next(calls) > GL_LINES_BEFORE_FAILURE:
                raise error
            return real(values)

        monkeypatch.setattr(ads, "ads_line", ads_line)

    return install


def _at_rollforward(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    """The workbook's roll-forward rows are being computed."""

    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        def rollforward_rows(*_args: object) -> None:
            raise error

        monkeypatch.setattr(export_module.tables, "rollforward_rows", rollforward_rows)

    return install


def _at_workbook_close(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        def close(_self: object) -> None:
            raise error

        monkeypatch.setattr(workbook_module.Workbook, "close", close)

    return install


def _at_manifest(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
    """Half a MANIFEST.json is written, then the failure."""

    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        def write_manifest(staging: Path, *_args: object) -> None:
            (staging / "MANIFEST.json").write_text('{\n  "entity": ', "utf-8")
            raise error

        monkeypatch.setattr(export_module, "_write_manifest", write_manifest)

    return install


def _at_rename(call: int) -> Callable[[BaseException], Any]:
    """The n-th ``os.replace`` of the export fails. With a previous package,
    the first moves it aside and the second moves the new one into place."""

    def failure(error: BaseException) -> Callable[[pytest.MonkeyPatch], None]:
        def install(monkeypatch: pytest.MonkeyPatch) -> None:
            replace = replace_failing(error, call, call)
            monkeypatch.setattr(export_module, "os", OsAsSeenBy(replace=replace))

        return install

    return failure


EXPORT_POINTS = {
    "gl-line": _at_gl_line,
    "rollforward": _at_rollforward,
    "workbook-close": _at_workbook_close,
    "manifest": _at_manifest,
    "rename-previous-aside": _at_rename(1),
    "rename-new-into-place": _at_rename(2),
}
ERRORS: dict[str, Callable[[], BaseException]] = {
    "ctrl-c": KeyboardInterrupt,
    "full-disk": full_disk,
}


@pytest.mark.parametrize("error", sorted(ERRORS))
@pytest.mark.parametrize("point", list(EXPORT_POINTS))
def test_interrupted_export_keeps_the_previous_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str, error: str
) -> None:
    ledger = write_ledger(tmp_path / "books")
    parent = tmp_path / "audit"
    out = parent / "FY2023Q1"
    first = export(ledger, out)
    assert first.exit_code == 0, first.output
    # The books change, so a completed second export would differ.
    ledger.write_text(SMALL_LEDGER + CORRECTION, encoding="utf-8")
    before = tree(parent)
    assert "FY2023Q1/checks.csv" in before

    EXPORT_POINTS[point](ERRORS[error]())(monkeypatch)
    result = export(ledger, out, "--force")

    assert result.exit_code == 1, result.output
    if error == "full-disk":
        assert_clean_failure(result, ENOSPC_MESSAGE)
    # The previous package byte for byte, and no temporary folder beside it.
    assert tree(parent) == before


@pytest.mark.parametrize("point", list(EXPORT_POINTS)[:4])
def test_interrupted_first_export_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    ledger = write_ledger(tmp_path / "books")
    parent = tmp_path / "audit"
    parent.mkdir()
    EXPORT_POINTS[point](full_disk())(monkeypatch)

    result = export(ledger, parent / "FY2023Q1")

    assert_clean_failure(result, ENOSPC_MESSAGE)
    assert tree(parent) == {}


# --------------------------------------------------------------------------
# close, materialize --out, ingest extract -o: an interrupted write keeps the
# previous file (and the ledger)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("failure", list(ATOMIC_FAILURES))
@pytest.mark.parametrize("command", list(ONE_FILE_COMMANDS))
def test_interrupted_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, failure: str
) -> None:
    """For ``close``: a first lock exists and is included; ``close --force``
    after a correction rewrites it and fails while writing. The old lock and
    the ledger stay as they were."""
    args = ONE_FILE_COMMANDS[command](tmp_path)
    before = tree(tmp_path)

    ATOMIC_FAILURES[failure](monkeypatch)
    result = invoke(*args)

    assert result.exit_code == 1, result.output
    if failure.startswith("full-disk"):
        assert_clean_failure(result, ENOSPC_MESSAGE)
    assert tree(tmp_path) == before


@pytest.mark.parametrize("failure", ["ctrl-c", "full-disk"])
def test_close_relock_failing_at_the_include_keeps_the_old_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """A lock whose include was removed by hand: ``close --force`` writes the
    new lock, then adds the include to the ledger, and that write fails. The
    old lock must come back. On a full disk every write from the ledger's on
    fails (the new lock took the last free blocks), so putting the old lock
    back by writing it again cannot work either."""
    ledger = write_ledger(tmp_path / "books")
    first = invoke("close", "--through", "2023-03-31", "--ledger", str(ledger))
    assert first.exit_code == 0, first.output
    ledger.write_text(SMALL_LEDGER + CORRECTION, encoding="utf-8")  # no include
    before = tree(tmp_path)
    assert before["books/closed/2023-03-31.beancount"]

    # The lock's rename (the first) succeeds; Ctrl-C stops the ledger's, a
    # full disk every later one.
    if failure == "ctrl-c":
        replace = replace_failing(KeyboardInterrupt(), 2, 2)
    else:
        replace = replace_failing(full_disk(), 2)
    monkeypatch.setattr(ledger_module, "os", OsAsSeenBy(replace=replace))
    result = invoke(
        "close", "--through", "2023-03-31", "--force", "--ledger", str(ledger)
    )

    assert result.exit_code == 1, result.output
    if failure == "full-disk":
        assert_clean_failure(result, ENOSPC_MESSAGE)
    assert tree(tmp_path) == before


# --------------------------------------------------------------------------
# A full disk: a clear message, the previous output intact
# --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["export", *ONE_FILE_COMMANDS])
def test_full_disk_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """The disk is full when the output is renamed into place (rename(2)
    answers ENOSPC when the folder needs a new block)."""
    if command == "export":
        ledger = write_ledger(tmp_path / "books")
        out = tmp_path / "audit" / "FY2023Q1"
        assert export(ledger, out).exit_code == 0
        args = ["export", *PERIOD, "--out", str(out), "--ledger", str(ledger)]
        args.append("--force")
        module: object = export_module
    else:
        args = ONE_FILE_COMMANDS[command](tmp_path)
        module = ledger_module
    before = tree(tmp_path)

    replace = replace_failing(full_disk(), 1, 1)
    monkeypatch.setattr(module, "os", OsAsSeenBy(replace=replace))
    result = invoke(*args)

    assert_clean_failure(result, ENOSPC_MESSAGE)
    assert tree(tmp_path) == before


# --------------------------------------------------------------------------
# An output folder that cannot be written
# --------------------------------------------------------------------------


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder nothing can be created in, and the words the message should
    use. As root ``chmod`` stops nothing, so the folder is then a path below a
    regular file (``mkdir`` fails with ENOTDIR)."""
    if os.geteuid() == 0:
        blocker = tmp_path / "a-file"
        blocker.write_text("a regular file, not a folder\n", encoding="utf-8")
        yield blocker / "folder", "Not a directory"
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "previous.txt").write_text("previous output\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        yield folder, "Permission denied"
    finally:
        folder.chmod(0o755)


def _command_writing_into(folder: Path, command: str, tmp_path: Path) -> list[str]:
    """The arguments of ``command`` writing its output into ``folder``."""
    if command == "ingest-extract":
        out = str(folder / "new.beancount")
        ledger = str(BOOKS / "main.beancount")
        return ["ingest", "extract", "-o", out, "--ledger", ledger, str(STATEMENT)]
    ledger = str(write_ledger(tmp_path / "books"))
    if command == "export":
        out = str(folder / "FY2023Q1")
        return ["export", *PERIOD, "--out", out, "--ledger", ledger]
    out = str(folder / "generated.beancount")
    return ["materialize", "--out", out, "--ledger", ledger]


@pytest.mark.parametrize("command", ["export", "materialize", "ingest-extract"])
def test_unwritable_output_folder_is_a_clear_message(
    tmp_path: Path, unwritable: tuple[Path, str], command: str
) -> None:
    folder, problem = unwritable
    args = _command_writing_into(folder, command, tmp_path)
    before = tree(tmp_path)

    result = invoke(*args)

    assert_clean_failure(result, problem)
    # The message names where: the folder, or the file to be written in it.
    assert str(folder) in result.stderr, result.stderr
    assert tree(tmp_path) == before


@pytest.mark.parametrize("command", ["export", "materialize", "ingest-extract"])
def test_output_inside_a_regular_file_says_it_is_not_a_folder(
    tmp_path: Path, command: str
) -> None:
    """``--out notes.txt/package`` where ``notes.txt`` is a file: the message
    should say that ``notes.txt`` is not a directory."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a regular file\n", encoding="utf-8")
    args = _command_writing_into(blocker, command, tmp_path)
    before = tree(tmp_path)

    result = invoke(*args)

    assert_clean_failure(result, str(blocker))
    assert "not a directory" in result.stderr.lower(), result.stderr
    assert tree(tmp_path) == before


def test_close_with_closed_being_a_file_is_a_clear_message(tmp_path: Path) -> None:
    """``closed`` next to the ledger is a regular file: the lock cannot be
    written; the message should say ``closed`` is not a directory."""
    ledger = write_ledger(tmp_path / "books")
    blocker = ledger.parent / "closed"
    blocker.write_text("not the lock folder\n", encoding="utf-8")
    before = tree(tmp_path)

    result = invoke("close", "--through", "2023-03-31", "--ledger", str(ledger))

    assert_clean_failure(result, str(blocker))
    assert "not a directory" in result.stderr.lower(), result.stderr
    assert tree(tmp_path) == before


# --------------------------------------------------------------------------
# Fava reloading while a ledger file is being rewritten
# --------------------------------------------------------------------------

PAGE = "extension/ConvertibleNotes/"
# ledger/main.beancount at its last entry, 2023-06-30 (tests/test_fava.py
# works them out): 3,000,000 x 0.07 x 197 / 365 = 113,342.4657... -> 113,342.47
FULL_ACCRUED = "113,342.47"
FULL_OUTSTANDING = "3,000,000.00"
FULL_AS_OF = "2023-06-30"


def _figures(page: str) -> dict[str, list[str]]:
    """The Convertible notes page's status figures, as a user reads them."""
    return {
        name: re.findall(pattern, page)
        for name, pattern in {
            "as-of": r'id="as-of">([^<]*)<',
            "outstanding": r'class="num outstanding">([^<]*)<',
            "accrued": r'class="num accrued">([^<]*)<',
            "no-notes": r'id="(no-notes)"',
            "note-errors": r'id="(note-errors)"',
        }.items()
    }


def _last_date_in(folder: Path) -> str:
    """The latest directive date written in the ledger files (as text)."""
    dates = re.findall(
        r"^(\d{4}-\d{2}-\d{2})\s",
        "\n".join(
            path.read_bytes().decode("utf-8", errors="replace")
            for path in folder.glob("*.beancount")
        ),
        flags=re.MULTILINE,
    )
    return str(max(dates))


class Server:
    """``books serve`` on a copy of the books, as a subprocess."""

    def __init__(self, ledger: Path, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        with log.open("wb") as output:
            self.process = serve_books(ledger, self.port, output, cwd=ledger.parent)

    def alive(self) -> bool:
        return self.process.poll() is None

    def assert_alive(self) -> None:
        assert self.alive(), (
            f"books serve exited with {self.process.returncode}:\n"
            + self.log.read_text(errors="replace")
        )

    def slug(self) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            self.assert_alive()
            try:
                status, final, _ = http(self.base + "/")
            except OSError:
                time.sleep(0.2)
                continue
            assert status == 200, status
            return final[len(self.base) :].strip("/").split("/")[0]
        pytest.fail(f"books serve did not answer within {WAIT_SECONDS} s")

    def page_until(
        self, url: str, done: Callable[[int, str], bool], what: str
    ) -> tuple[int, str]:
        """Request ``url`` until ``done(status, body)``, for 30 s at most."""
        deadline = time.monotonic() + WAIT_SECONDS
        status, body = 0, ""
        while time.monotonic() < deadline:
            self.assert_alive()
            status, _, body = http(url)
            if done(status, body):
                return status, body
            time.sleep(0.3)
        pytest.fail(
            f"{what}: not within {WAIT_SECONDS} s; last answer {status}, "
            f"figures {_figures(body)}"
        )

    def stop(self) -> None:
        stop(self.process)


def _full_figures(status: int, body: str) -> bool:
    figures = _figures(body)
    return (
        status == 200
        and figures["accrued"] == [FULL_ACCRUED]
        and figures["outstanding"] == [FULL_OUTSTANDING]
        and figures["as-of"] == [FULL_AS_OF]
    )


@pytest.mark.slow
@pytest.mark.parametrize("rewritten", ["2023.beancount", "convertible-notes.beancount"])
def test_fava_reloads_a_half_written_ledger_file_and_recovers(
    tmp_path: Path, rewritten: str
) -> None:
    """Fava (``books serve``) on a copy of the main books; an included file is
    cut to half its bytes, as an editor or a sync tool writing it in place
    would leave it for a moment, then written back in full.

    What a user of the Convertible notes page sees at each step:

    1. Before: 200, status at 2023-06-30, outstanding principal
       3,000,000.00, accrued interest 113,342.47.
    2. ``2023.beancount`` cut in half (it now ends in the middle of the
       2023-03-20 "Cayman counsel" entry, whose second posting has lost its
       amount, which Beancount fills in as a balancing posting): Fava
       reloads on the next request and answers 200 with the figures of the
       partial books: status at 2023-03-20, outstanding 3,000,000.00, accrued
       interest 43,150.68 (the accrual posted at 2023-02-28). Nothing on the
       page, and no error in Fava (``/api/errors`` is empty), says the books
       are incomplete: the figures look plausible and are wrong.
       ``convertible-notes.beancount`` cut in half (the first half is the
       commented filing extract, so the note's definition is gone): 200,
       "No convertible note is defined in these books."; Fava's error count
       shows two errors, the 3,000,000.00 and 1,200,000.00 balance
       assertions on Assets:Bank:Restricted in 2023.beancount, which no
       longer hold without the note's proceeds.
    3. The server keeps running throughout (no crash, no restart needed).
    4. After the file is written back in full: the next request reloads and
       the page shows 2023-06-30, 3,000,000.00 and 113,342.47 again.
    """
    books = tmp_path / "ledger"
    shutil.copytree(BOOKS, books, ignore=shutil.ignore_patterns("scenarios"))
    target = books / rewritten
    full = target.read_bytes()
    server = Server(books / "main.beancount", tmp_path / "serve.log")
    try:
        slug = server.slug()
        page = f"{server.base}/{slug}/{PAGE}"
        server.page_until(page, _full_figures, "the full books")

        # Cut in place, as a non-atomic writer does.
        with target.open("r+b") as file:
            file.truncate(len(full) // 2)

        def reloaded(status: int, body: str) -> bool:
            return status != 200 or not _full_figures(status, body)

        status, body = server.page_until(page, reloaded, "reload of the cut file")
        server.assert_alive()
        # An answer, not a dropped connection: the page, or Fava's error page.
        assert status == 200 or status >= 500, status
        figures = _figures(body)
        errors = http(f"{server.base}/{slug}/api/errors")
        assert errors[0] == 200, errors
        if rewritten == "2023.beancount":
            # The page shows the partial books as of their last entry.
            assert status == 200
            assert figures["as-of"] == [_last_date_in(books)], figures
            assert figures["outstanding"] == [FULL_OUTSTANDING], figures
            assert figures["accrued"] != [FULL_ACCRUED], figures
        else:
            assert status == 200
            assert figures["no-notes"] == ["no-notes"], figures
            # Fava's error count: the restricted account's balance assertions
            # no longer hold without the note's proceeds.
            assert "Assets:Bank:Restricted" in errors[2], errors[2]

        target.write_bytes(full)
        server.page_until(page, _full_figures, "reload of the restored file")
        server.assert_alive()
    finally:
        server.stop()
    assert "Traceback" not in server.log.read_text(errors="replace")
