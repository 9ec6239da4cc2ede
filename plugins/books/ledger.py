"""Loading the books and writing files safely: shared by every command."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from beancount import loader
from beancount.ops import validation
from beancount.parser import printer

from plugins.convertible_note import schedules_from_ledger
from plugins.convertible_note.daycount import month_end
from plugins.convertible_note.terms import is_note_directive

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterator
    from collections.abc import Sequence

    from beancount.core import data

    from plugins.convertible_note.errors import NoteError
    from plugins.convertible_note.schedule import Schedule

DEFAULT_LEDGER = "ledger/main.beancount"
PLUGIN = "plugins.convertible_note"


class BooksError(Exception):
    """A problem a controller can act on; the CLI prints it without a traceback."""


@dataclass(frozen=True)
class Books:
    """A loaded ledger: its entries, errors and options."""

    path: Path
    entries: list[data.Directive]
    errors: list[Any]
    options: dict[str, Any]

    def schedules(
        self, record_pieces: bool = False
    ) -> tuple[list[Schedule], list[NoteError]]:
        return schedules_from_ledger(self.entries, self.options, record_pieces)

    def covered(self) -> tuple[datetime.date, datetime.date] | None:
        """The period the books cover: from their first entry to the end of
        the month of their last (the notes accrue month by month, so a month
        with entries is a month on the books). None: no entry."""
        if not self.entries:
            return None
        dates = [entry.date for entry in self.entries]
        last = max(dates)
        return min(dates), month_end(last.year, last.month)

    def require_covered(self, start: datetime.date, end: datetime.date) -> None:
        """Refuse a period the books do not cover: one that ends after the end
        of the month of their last entry, or before their first entry."""
        covered = self.covered()
        if covered is None:
            raise BooksError(f"{self.path} has no entries")
        first, last = covered
        if end > last:
            latest = max(entry.date for entry in self.entries)
            raise BooksError(
                f"the books cover the period to {last} (their last entry is on "
                f"{latest}): a period to {end} is not covered"
            )
        if end < first:
            raise BooksError(
                f"the books begin on {first}: a period to {end} is before them"
            )
        if start > end:
            raise BooksError(f"the period starts on {start}, after its end {end}")


def resolve_ledger(path: str | None) -> Path:
    """The ledger path: the argument, else $BOOKS_LEDGER, else the default."""
    chosen = Path(path or os.environ.get("BOOKS_LEDGER") or DEFAULT_LEDGER)
    if not chosen.is_file():
        raise BooksError(f"ledger file not found: {chosen}")
    return chosen.resolve()


def load_books(path: Path, hardcore: bool = False) -> Books:
    """Load the ledger without Beancount's pickle cache, as ``bean-check -C``."""
    # The cache ignores plugin changes; a stale load would hide errors.
    loader.initialize(use_cache=False)
    entries, errors, options = loader.load_file(
        str(path),
        extra_validations=validation.HARDCORE_VALIDATIONS if hardcore else None,
    )
    return Books(path, entries, list(errors), options)


def format_errors(errors: Sequence[Any]) -> str:
    """Errors as bean-check prints them: ``file:line: message`` and context."""
    # beancount's printer is untyped; it returns str.
    return "".join(
        printer.format_error(error) + "\n"  # type: ignore[no-untyped-call]
        for error in errors
    )


def has_note_directives(entries: Sequence[data.Directive]) -> bool:
    return any(is_note_directive(entry) for entry in entries)


def ensure_directory(path: Path) -> None:
    """Create ``path`` and its parents, or say which part is not a folder."""
    for part in [path, *path.parents]:
        if part.exists() and not part.is_dir():
            what = "it" if part == path else str(part)
            raise BooksError(f"{path}: Not a directory ({what} is a file)")
    path.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[Any]:
    """Write ``path`` through a temporary file renamed into place.

    If the body raises, the old file is left as it was and the temporary file
    is removed.
    """
    ensure_directory(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
