"""Shared helpers for the convertible-note tests.

Ledgers are written as text in the tests, with the real ``plugin`` line, and
loaded with ``beancount.loader.load_string``.  Expected numbers are worked out
here from the language reference (plugins/convertible_note/README.md), never from the
plugin's code.
"""

from __future__ import annotations

import calendar
import datetime
import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import IO
from typing import TYPE_CHECKING

import pytest
from beancount import loader
from beancount.core import data
from beancount.parser import parser
from fava.application import create_app
from hypothesis import HealthCheck
from hypothesis import settings

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Iterator
    from collections.abc import Mapping

    from flask import Flask

ROOT = Path(__file__).resolve().parents[1]

PLUGIN = 'plugin "plugins.convertible_note"'
NOTE_ID = "APM-2022-AENCO"
ISSUE_DATE = "2022-12-16"
LOADED_FILENAME = "<string>"

# The definition of section 2 of the contract, key by key, in its order.
# Values are ledger text.
AENCO_FIELDS: dict[str, str] = {
    "holder": '"Aenco Technologies Ltd"',
    "principal": "3000000.00 USD",
    "rate": "0.07",
    "maturity": "2023-12-16",
    "conversion-price": "1.20 USD",
    "par-value": "1.00 USD",
    "day-count": '"ACT/365"',
    "compounding": '"none"',
    "interest-on-conversion": '"shares"',
    "related-party": "TRUE",
    "share-class": '"Class A Ordinary"',
    "proceeds-account": "Assets:Bank:Restricted",
    "principal-account": "Liabilities:Current:ConvertibleNotes:Aenco",
    "noncurrent-account": "Liabilities:NonCurrent:ConvertibleNotes:Aenco",
    "interest-account": "Liabilities:Current:AccruedInterest:Aenco",
    "expense-account": "Expenses:Finance:Interest:ConvertibleNotes",
    "share-capital-account": "Equity:ShareCapital:ClassA",
    "premium-account": "Equity:SharePremium",
    "cash-account": "Assets:Bank:Operating",
}

#: The keys every definition must carry (the language reference): the note's
#: terms, then the accounts it posts to.
REQUIRED_TERMS = (
    "holder",
    "principal",
    "rate",
    "maturity",
    "conversion-price",
    "par-value",
)
REQUIRED_ACCOUNTS = (
    "proceeds-account",
    "principal-account",
    "interest-account",
    "expense-account",
    "share-capital-account",
    "premium-account",
)

ACCOUNTS = (
    "Assets:Bank:Restricted",
    "Assets:Bank:Operating",
    "Liabilities:Current:ConvertibleNotes:Aenco",
    "Liabilities:NonCurrent:ConvertibleNotes:Aenco",
    "Liabilities:Current:AccruedInterest:Aenco",
    "Expenses:Finance:Interest:ConvertibleNotes",
    "Expenses:Bank:Fees",
    "Equity:ShareCapital:ClassA",
    "Equity:SharePremium",
)


@pytest.fixture(autouse=True, scope="session")
def no_load_cache() -> Iterator[None]:
    """No test reads or writes Beancount's pickle cache beside a ledger
    (subprocesses get BEANCOUNT_DISABLE_LOAD_CACHE from their helpers)."""
    loader.initialize(use_cache=False)
    yield
    loader.initialize(use_cache=os.getenv("BEANCOUNT_DISABLE_LOAD_CACHE") is None)


def definition_text(
    first_line: str, base: Mapping[str, str], overrides: Mapping[str, str | None]
) -> str:
    """A definition: ``first_line``, then the keys of ``base`` with
    ``overrides`` (``_`` in a name stands for ``-``, None removes the key, an
    unknown name adds it)."""
    fields = dict(base)
    for name, value in overrides.items():
        key = name.replace("_", "-")
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    lines = [first_line, *(f"  {key}: {value}" for key, value in fields.items())]
    return "\n".join(lines) + "\n"


def note_definition(
    date: str | None = ISSUE_DATE,
    note_id: str | None = NOTE_ID,
    *,
    id_text: str | None = None,
    **overrides: str | None,
) -> str:
    """The Aenco definition with some keys changed.

    Keyword names use ``_`` for ``-`` (``day_count='"ACT/360"'``); a value is
    ledger text, ``None`` removes the key, an unknown name adds a key.
    ``id_text`` replaces the quoted id with raw text (``""`` for no id).
    """
    if id_text is None:
        id_text = f' "{note_id}"'
    first_line = f'{date or ISSUE_DATE} custom "convertible-note"{id_text}'
    return definition_text(first_line, AENCO_FIELDS, overrides)


def settle(date: str, note_id: str = NOTE_ID, kind: str = "cash") -> str:
    return f'{date} custom "convertible-note-settle" "{note_id}" "{kind}"\n'


def ledger(
    *body: str,
    through: str | None = None,
    open_date: str = "2022-01-01",
) -> str:
    """A complete ledger: plugin line, Open directives, then ``body``."""
    plugin = PLUGIN if through is None else f'{PLUGIN} "through={through}"'
    opens = "".join(f"{open_date} open {account}\n" for account in ACCOUNTS)
    return "\n".join([plugin, "", opens, *body])


def load(text: str) -> tuple[list[data.Directive], list[data.BeancountError]]:
    entries, errors, _options = loader.load_string(text)
    return entries, errors


def number(posting: data.Posting) -> Decimal:
    """A posting's number (every generated posting has one)."""
    assert posting.units is not None and posting.units.number is not None
    return posting.units.number


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line containing needle."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in ledger")


def note_transactions(
    entries: Iterable[data.Directive],
    event: str | None = None,
    note_id: str | None = None,
) -> list[data.Transaction]:
    """Generated transactions (those with ``note-event``), in entry order."""
    return [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction)
        and "note-event" in entry.meta
        and (event is None or entry.meta["note-event"] == event)
        and (note_id is None or entry.meta.get("note") == note_id)
    ]


def round_half_up(value: Fraction) -> Decimal:
    """An exact rational rounded half up (away from zero) to the cent."""
    cents = abs(value) * 100
    whole = int(cents + Fraction(1, 2))  # floor, cents >= 0
    if value < 0:
        whole = -whole
    return Decimal(whole).scaleb(-2)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Same day ``months`` later; a day that month lacks becomes its last."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(start.day, last_day(year, month)))


def act_act_isda(start: datetime.date, end: datetime.date) -> Fraction:
    """ACT/ACT ISDA: days in each calendar year over that year's length."""
    total = Fraction(0)
    cursor = start
    while cursor < end:
        next_year = datetime.date(cursor.year + 1, 1, 1)
        piece_end = min(end, next_year)
        length = 366 if calendar.isleap(cursor.year) else 365
        total += Fraction((piece_end - cursor).days, length)
        cursor = piece_end
    return total


def assert_located(errors: Iterable[data.BeancountError], lineno: int) -> None:
    """Every error points at ``lineno`` of the loaded text; no traceback."""
    for error in errors:
        assert "Traceback" not in error.message, error.message
        assert error.source["filename"] == LOADED_FILENAME, error
        assert error.source["lineno"] == lineno, error


# -- Commands run as subprocesses ----------------------------------------------


def subprocess_env() -> dict[str, str]:
    """The environment for a command the tests run: without Beancount's load
    cache, with this checkout first on PYTHONPATH, and without a
    BOOKS_LEDGER the caller may have set."""
    env = dict(os.environ, BEANCOUNT_DISABLE_LOAD_CACHE="1")
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(ROOT), env.get("PYTHONPATH", "")) if part
    )
    env.pop("BOOKS_LEDGER", None)
    return env


def run_command(
    command: list[str], cwd: Path, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` to its end, its output captured as text."""
    return subprocess.run(
        command,
        env=subprocess_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def bean_check(path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``bean-check -C`` on a file, without the on-disk load cache."""
    return run_command(["bean-check", "-C", str(path)], ROOT, timeout=60)


def books_script() -> str:
    """The installed ``books`` script."""
    script = shutil.which("books")
    if script is None:
        pytest.fail("the `books` command is missing: run `pip install -e .[test]`")
    return script


def run_books(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed ``books`` script, as a user runs it."""
    return run_command([books_script(), *args], cwd)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve_books(
    ledger: Path | str, port: int, output: IO[bytes] | int, *extra: str, cwd: Path
) -> subprocess.Popen[bytes]:
    """``books serve`` of ``ledger`` on ``port``, its output to ``output``."""
    return subprocess.Popen(
        [books_script(), "serve", "--port", str(port), "--ledger", str(ledger), *extra],
        cwd=cwd,
        env=subprocess_env(),
        stdout=output,
        stderr=subprocess.STDOUT,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process``, killing it if it does not end within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


#: Talks to the local servers directly, whatever proxy the environment sets.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http(
    url: str, method: str = "GET", body: bytes | None = None
) -> tuple[int, str, str]:
    """Status, final URL (redirects followed) and text of a request."""
    request = urllib.request.Request(url, data=body, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.geturl(), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, url, error.read().decode(errors="replace")


def fava_app(paths: list[Path], *, load: bool = True, **options: bool) -> Flask:
    """Fava's app on ``paths``, watching its files by polling: a test run
    creates many apps, and each file-system watcher would hold an inotify
    instance until the process ends (the machine allows 128)."""
    return create_app(
        [str(path) for path in paths], load=load, poll_watcher=True, **options
    )


def write_file(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` (its folders made); the resolved path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path.resolve()


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) below ``folder``, hidden
    ones included: a leftover temporary file or folder shows here."""
    if not folder.exists():
        return {}
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        if path.is_file()
        else None
        for path in sorted(folder.rglob("*"))
    }


def load_ledger(path: Path) -> tuple[list[data.Directive], list[data.BeancountError]]:
    loader.initialize(use_cache=False)
    entries, errors, _ = loader.load_file(str(path))
    return entries, errors


def lock_balances(path: Path) -> tuple[set[datetime.date], dict[str, Decimal]]:
    """The dates and the ``account -> USD number`` of a lock file's assertions."""
    entries, errors, _ = parser.parse_file(str(path))
    assert not errors, errors
    balances = [entry for entry in entries if isinstance(entry, data.Balance)]
    assert len(balances) == len(entries), "a lock holds only balance assertions"
    assert {entry.amount.currency for entry in balances} == {"USD"}
    numbers = {
        entry.account: entry.amount.number
        for entry in balances
        if entry.amount.number is not None
    }
    assert len(numbers) == len(balances), "one assertion per account"
    return {entry.date for entry in balances}, numbers


def running_balances(
    entries: list[data.Directive], dates: list[datetime.date]
) -> dict[datetime.date, dict[tuple[str, str], Decimal]]:
    """Balance of every (account, currency) at the end of each of ``dates``."""
    postings = sorted(
        (entry.date, posting.account, posting.units.currency, number(posting))
        for entry in entries
        if isinstance(entry, data.Transaction)
        for posting in entry.postings
        if posting.units is not None
    )
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    result = {}
    index = 0
    for date in sorted(dates):
        while index < len(postings) and postings[index][0] <= date:
            _, account, currency, amount = postings[index]
            totals[(account, currency)] += amount
            index += 1
        result[date] = {key: value for key, value in totals.items() if value != 0}
    return result


# -- The illustrative books (tests/data/books/main.beancount) ---------------------

#: The dates of the entries linked to the Aenco note in the illustrative books:
#: 1 issue + 7 month-end accruals (generated) + the hand-written release of
#: proceeds on 2023-02-22 (tests/data/books/2023.beancount).
BOOKS_NOTE_DATES = [
    "2022-12-16",
    "2022-12-31",
    "2023-01-31",
    "2023-02-22",
    "2023-02-28",
    "2023-03-31",
    "2023-04-30",
    "2023-05-31",
    "2023-06-30",
]


# -- The small "Acme" books ------------------------------------------------------
#
# ACME-2023: 1,000,000.00 USD at 5 % simple interest (ACT/365 by default),
# issued 2023-01-10, maturing 2024-01-10, and three hand-written entries to
# 2023-03-31: an opening balance, office supplies of 120.00 and account fees
# of 15.00. Month-end accruals run to 2023-03-31.

ACME_PLUGIN = 'plugin "plugins.convertible_note"'
ACME_OPENS = (
    "Assets:Bank:Operating",
    "Assets:Bank:Restricted",
    "Liabilities:Current:ConvertibleNotes:Acme",
    "Liabilities:Current:AccruedInterest:Acme",
    "Expenses:Finance:Interest",
    "Expenses:Office",
    "Expenses:Bank:Fees",
    "Equity:ShareCapital",
    "Equity:SharePremium",
    "Equity:RetainedEarnings",
    "Equity:Opening",
)
ACME_FIELDS: dict[str, str] = {
    "holder": '"Acme Ltd"',
    "principal": "1000000.00 USD",
    "rate": "0.05",
    "maturity": "2024-01-10",
    "conversion-price": "2.00 USD",
    "par-value": "0.01 USD",
    "proceeds-account": "Assets:Bank:Restricted",
    "principal-account": "Liabilities:Current:ConvertibleNotes:Acme",
    "interest-account": "Liabilities:Current:AccruedInterest:Acme",
    "expense-account": "Expenses:Finance:Interest",
    "share-capital-account": "Equity:ShareCapital",
    "premium-account": "Equity:SharePremium",
}


def acme_opens(accounts: Iterable[str] = ACME_OPENS) -> str:
    """Open directives of the Acme books, aligned as people write them."""
    return "".join(f"2023-01-01 open {account:<43} USD\n" for account in accounts)


def acme_note(**overrides: str | None) -> str:
    """The ACME-2023 definition with some keys changed (see ``note_definition``)."""
    first_line = '2023-01-10 custom "convertible-note" "ACME-2023"'
    return definition_text(first_line, ACME_FIELDS, overrides)


ACME_NOTE = acme_note()


def acme_books(
    title: str | None = "Small Books Ltd", *, options: bool = True, fees: bool = True
) -> str:
    """The Acme books: with their options and plugin line (``options``), or
    only the directives (a file that another includes); with or without the
    account fees of 2023-03-31."""
    header = ""
    if options:
        header = (
            (f'option "title" "{title}"\n' if title else "")
            + 'option "operating_currency" "USD"\n'
            + 'option "account_previous_earnings" "Equity:RetainedEarnings"\n'
            + f"{ACME_PLUGIN}\n\n"
        )
    opens = acme_opens()
    body = (
        '\n2023-01-02 * "Owner" "Opening balance"\n'
        "  Assets:Bank:Operating      50000.00 USD\n"
        "  Equity:Opening\n\n"
        f"{ACME_NOTE}\n"
        '2023-02-15 * "Stationer" "Office supplies"\n'
        "  Expenses:Office              120.00 USD\n"
        "  Assets:Bank:Operating\n"
    )
    if fees:
        body += (
            '\n2023-03-31 * "Bank" "Account fees"\n'
            "  Expenses:Bank:Fees            15.00 USD\n"
            "  Assets:Bank:Operating\n"
        )
    return header + opens + body


# -- Hypothesis profiles ------------------------------------------------------
#
# HYPOTHESIS_PROFILE selects one (default "ci"). "ci" is bounded and
# derandomized, so a CI run is deterministic and tests/test_properties.py and
# tests/test_fuzz.py together take well under a minute; "long" explores far
# more, with fresh random examples each run:
#
#   HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py tests/test_fuzz.py
#
# Tests that set max_examples themselves keep their own count.
_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
