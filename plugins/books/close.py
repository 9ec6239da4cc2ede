"""Lock a period: balance assertions for every account at its end.

``books close 2022`` writes ``closed/2022.beancount`` next to the ledger with
a ``balance`` assertion, dated the day after the period, for every open
account and currency (zero balances included), and includes that file from
the ledger. From then on any change that alters a closed balance fails
bean-check with Beancount's own message, which names the account, the
expected and the accumulated amounts and the difference. The assertions have
zero tolerance (``~ 0``): one cent is a change.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from beancount.core import account as account_lib
from beancount.core import data

from plugins.books.ledger import BooksError
from plugins.books.ledger import atomic_write
from plugins.books.ledger import ensure_directory
from plugins.books.ledger import format_errors
from plugins.books.ledger import load_books
from plugins.convertible_note import convertible_note
from plugins.convertible_note import is_generated
from plugins.convertible_note import plugin_config

if TYPE_CHECKING:
    from collections.abc import Callable

    from plugins.books.ledger import Books

CLOSED_DIR = "closed"


def period_name(through: datetime.date, year: int | None) -> str:
    """``2022`` for a fiscal year, else the closing date."""
    return str(year) if year is not None else through.isoformat()


def books_after_lock(books: Books, through: datetime.date) -> list[data.Directive]:
    """The entries as they will be once the lock is part of the books.

    The lock's assertions are dated the day after the period, which can move
    the plugin's accrual horizon (the last month-end on or before the latest
    entry) up to the period's end: a closed period is accrued in full. So the
    plugin is run again with an entry on that day, and the balances asserted
    are those the locked books will have.
    """
    generated = {id(entry) for entry in books.entries if is_generated(entry)}
    sentinel = data.Custom(
        data.new_metadata("<books close>", 0),
        through + datetime.timedelta(days=1),
        "books-close",
        [],
    )
    entries = [entry for entry in books.entries if id(entry) not in generated]
    entries.append(sentinel)
    entries.sort(key=data.entry_sortkey)
    result, _ = convertible_note(entries, books.options, plugin_config(books.options))
    return sorted(
        (entry for entry in result if entry is not sentinel), key=data.entry_sortkey
    )


def _own_balances(
    entries: list[data.Directive], through: datetime.date
) -> tuple[dict[tuple[str, str], Decimal], dict[str, data.Open], set[str]]:
    """Each account's own postings summed to ``through``, and the accounts
    opened and closed by then."""
    own: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    opened: dict[str, data.Open] = {}
    closed: set[str] = set()
    for entry in entries:
        if entry.date > through:
            break
        if isinstance(entry, data.Open):
            opened[entry.account] = entry
        elif isinstance(entry, data.Close):
            closed.add(entry.account)
        elif isinstance(entry, data.Transaction):
            for posting in entry.postings:
                units = posting.units
                if units is not None and units.number is not None:
                    own[(posting.account, units.currency)] += units.number
    return own, opened, closed


def closing_balances(
    entries: list[data.Directive], through: datetime.date
) -> dict[tuple[str, str], Decimal]:
    """Balance of every open account and currency at the end of ``through``.

    Like Beancount's balance check, an account's balance includes its
    sub-accounts' postings.
    """
    own, opened, closed = _own_balances(entries, through)
    balances: dict[tuple[str, str], Decimal] = {}
    for (name, currency), number in own.items():
        # The account itself and every open parent carry the posting.
        for account in account_lib.parents(name):
            if account in opened and account not in closed:
                key = (account, currency)
                balances[key] = balances.get(key, Decimal(0)) + number
    for account, open_entry in opened.items():
        if account not in closed:
            for currency in open_entry.currencies or ():
                balances.setdefault((account, currency), Decimal(0))
    return dict(sorted(balances.items()))


def closing_text(
    balances: dict[tuple[str, str], Decimal], through: datetime.date, ledger: str
) -> str:
    date = through + datetime.timedelta(days=1)
    lines = [
        f"; Closed period: balances at the end of {through}, from {ledger}.",
        "; Written by `books close`: do not edit. Any change to the books that",
        "; alters one of these balances fails bean-check and `books check`.",
        "",
    ]
    width = max((len(account) for account, _ in balances), default=0)
    for (account, currency), number in balances.items():
        # "~ 0": no tolerance, a one-cent change fails the assertion.
        lines.append(f"{date} balance {account.ljust(width)}  {number} ~ 0 {currency}")
    return "\n".join(lines) + "\n"


def include_line(relative: str) -> str:
    return f'include "{relative}"'


def close_period(
    books: Books,
    through: datetime.date,
    year: int | None,
    force: bool,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write the lock file and include it from the ledger; return its path.

    With ``force``, the failing assertions of the lock being replaced do not
    stop it: re-locking after a deliberate correction is what it is for.
    """
    relative = f"{CLOSED_DIR}/{period_name(through, year)}.beancount"
    target = books.path.parent / relative
    if target.exists() and not force:
        raise BooksError(
            f"{target} already exists: the period is locked. "
            f"Use --force to write it again from the current books."
        )
    replaced = str(target.resolve())
    errors = [
        error
        for error in books.errors
        if not (force and error.source and error.source.get("filename") == replaced)
    ]
    if errors:
        raise BooksError(
            "the books have errors; fix them before closing a period:\n"
            + format_errors(errors)
        )
    books.require_covered(through, through)
    say = progress or (lambda _message: None)
    say("closing balances")
    balances = closing_balances(books_after_lock(books, through), through)
    ledger_text = books.path.read_text(encoding="utf-8")
    include = re.compile(r'^\s*include\s+"' + re.escape(relative) + r'"', re.MULTILINE)
    included = include.search(ledger_text)
    lock_text = closing_text(balances, through, books.path.name)
    say("checking the books with the lock in place")
    _check_with_lock(books, ledger_text, include, lock_text)
    made_dir = not target.parent.exists()
    ensure_directory(target.parent)
    # Keep the previous lock under a second name (a hard link: no copy, no
    # space needed) so it can be put back by a rename if anything fails.
    backup = target.with_name(f".{target.name}.previous")
    backup.unlink(missing_ok=True)
    if target.exists():
        os.link(target, backup)
    try:
        with atomic_write(target) as file:
            file.write(lock_text)
        if not included:
            with atomic_write(books.path) as file:
                separator = "" if ledger_text.endswith("\n") else "\n"
                file.write(
                    f"{ledger_text}{separator}\n; Locked period, see `books close`.\n"
                    f"{include_line(relative)}\n"
                )
    except BaseException:
        # Leave the books as they were: the old lock, or no lock at all.
        if backup.exists():
            if target.exists() and os.path.samefile(backup, target):
                # The new lock was never put in place: rename() would do
                # nothing with two links to one file, so drop the spare name.
                backup.unlink()
            else:
                os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)
            if made_dir:
                target.parent.rmdir()
        raise
    backup.unlink(missing_ok=True)
    return target


def _check_with_lock(
    books: Books, ledger_text: str, include: re.Pattern[str], lock_text: str
) -> None:
    """Load the books as they will be with the lock in place, from temporary
    files beside the ledger, and refuse a lock that would make them fail.
    Nothing of the books is written."""
    folder = books.path.parent
    lock = tempfile.NamedTemporaryFile(  # noqa: SIM115 -- removed in finally
        "w", suffix=".beancount", prefix=".lock-check.", dir=folder, delete=False
    )
    trial = tempfile.NamedTemporaryFile(  # noqa: SIM115 -- removed in finally
        "w", suffix=".beancount", prefix=".books-check.", dir=folder, delete=False
    )
    try:
        with lock:
            lock.write(lock_text)
        name = Path(lock.name).name
        text = include.sub(lambda _: f'include "{name}"', ledger_text)
        if text == ledger_text:
            text = f'{ledger_text}\ninclude "{name}"\n'
        with trial:
            trial.write(text)
        checked = load_books(Path(trial.name))
    finally:
        Path(lock.name).unlink(missing_ok=True)
        Path(trial.name).unlink(missing_ok=True)
    if checked.errors:
        raise BooksError(
            "the lock would make the books fail, so it was not written:\n"
            + format_errors(checked.errors).replace(lock.name, "the new lock")
        )
