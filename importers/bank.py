"""Bank statements: the company's business-account CSV export.

The export has a short preamble of ``key,value`` lines, a blank line, then
one row per booking::

    Account Number,023-456789-838
    Account Name,APTORUM GROUP LIMITED
    Currency,USD
    Statement Period,01/12/2022,31/12/2022
    Opening Balance,"1,025,418.17"

    Date,Value Date,Description,Debit,Credit,Balance,Reference
    16/12/2022,16/12/2022,NOTE PROCEEDS,,"3,000,000.00","3,000,000.00",FT22350

Dates are DD/MM/YYYY; Debit and Credit are positive amounts, one per row;
Balance is the running balance after the row. Each row becomes a
transaction with one, explicit, posting on the bank account (a person adds
the other leg); the closing balance becomes a ``balance`` assertion on the
day after the last row. Rows already in the books (within three days, same
account and amount), such as the note proceeds the convertible-note plugin
generates, are marked as duplicates and printed commented out.

A malformed file (empty, binary, not UTF-8, a missing column, an amount
that is not a number, a running balance that does not follow) raises
:class:`StatementError` naming the file and the line; nothing is extracted.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from typing import TYPE_CHECKING

import beangulp
from beancount.core import data
from beancount.core.amount import Amount

from importers.text import DocumentError
from importers.text import read_document

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Sequence

COLUMNS = (
    "Date",
    "Value Date",
    "Description",
    "Debit",
    "Credit",
    "Balance",
    "Reference",
)
PREAMBLE_KEYS = ("Account Number", "Currency")
DUPLICATE_WINDOW = datetime.timedelta(days=3)


class StatementError(ValueError):
    """A statement that cannot be read, with the file and line at fault."""


@dataclass(frozen=True)
class Row:
    line: int
    date: datetime.date
    value_date: datetime.date
    description: str
    amount: Decimal
    balance: Decimal
    reference: str


@dataclass(frozen=True)
class Statement:
    path: str
    account_number: str
    currency: str
    opening_balance: Decimal | None
    rows: tuple[Row, ...]


def _date(text: str, path: str, line: int, column: str) -> datetime.date:
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    if match is None:
        raise StatementError(
            f"{path}:{line}: {column} {text!r} is not a date as DD/MM/YYYY"
        )
    day, month, year = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise StatementError(f"{path}:{line}: {column} {text!r}: {error}") from error


def _amount(text: str, path: str, line: int, column: str) -> Decimal | None:
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+(?:\.\d{1,2})?", cleaned):
        raise StatementError(
            f"{path}:{line}: {column} {text!r} is not an amount such as 1,234.56"
        )
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the pattern guards it
        raise StatementError(f"{path}:{line}: {column} {text!r}") from error


def read_text(path: str) -> str:
    """The file's text, refusing empty, binary and non-UTF-8 files."""
    try:
        return read_document(path, "a CSV statement")
    except DocumentError as error:
        raise StatementError(str(error)) from error


def _csv_lines(path: str) -> list[list[str]]:
    text = read_text(path)
    reader = csv.reader(io.StringIO(text))
    try:
        return list(reader)
    except csv.Error as error:
        raise StatementError(
            f"{path}:{reader.line_num}: not a valid CSV line: {error}"
        ) from error


def _preamble(path: str, lines: list[list[str]]) -> tuple[dict[str, list[str]], int]:
    """The ``key,value`` lines before the header, and the header's index."""
    preamble: dict[str, list[str]] = {}
    for index, cells in enumerate(lines):
        if cells and cells[0].strip() == COLUMNS[0]:
            for key in PREAMBLE_KEYS:
                if not preamble.get(key):
                    raise StatementError(f"{path}:1: the preamble has no '{key}' line")
            return preamble, index
        if cells and cells[0].strip():
            preamble[cells[0].strip()] = [cell.strip() for cell in cells[1:]]
    raise StatementError(
        f"{path}:1: no header row starting with '{COLUMNS[0]}' "
        f"(expected columns: {', '.join(COLUMNS)})"
    )


def _positions(path: str, header: list[str], line: int) -> dict[str, int]:
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise StatementError(
            f"{path}:{line}: missing column(s) {', '.join(missing)} in the header"
        )
    return {column: header.index(column) for column in COLUMNS}


def _row(
    path: str,
    line: int,
    cells: Sequence[str],
    position: dict[str, int],
    previous: Decimal | None,
) -> Row:
    """One statement row, its amount checked against the running balance."""

    def cell(column: str) -> str:
        return cells[position[column]]

    debit = _amount(cell("Debit"), path, line, "Debit")
    credit = _amount(cell("Credit"), path, line, "Credit")
    if (debit is None) == (credit is None):
        raise StatementError(f"{path}:{line}: give exactly one of Debit and Credit")
    balance = _amount(cell("Balance"), path, line, "Balance")
    if balance is None:
        raise StatementError(f"{path}:{line}: the Balance is empty")
    amount = credit if credit is not None else -debit  # type: ignore[operator]
    if previous is not None and previous + amount != balance:
        raise StatementError(
            f"{path}:{line}: running balance {balance} does not follow from "
            f"{previous} and {amount:+}"
        )
    return Row(
        line=line,
        date=_date(cell("Date"), path, line, "Date"),
        value_date=_date(cell("Value Date"), path, line, "Value Date"),
        description=" ".join(cell("Description").split()),
        amount=amount,
        balance=balance,
        reference=cell("Reference").strip(),
    )


def parse_statement(path: str) -> Statement:
    """Read and check a whole statement; every row or none."""
    lines = _csv_lines(path)
    preamble, header_index = _preamble(path, lines)
    header = [cell.strip() for cell in lines[header_index]]
    header_line = header_index + 1
    position = _positions(path, header, header_line)
    opening_cells = preamble.get("Opening Balance")
    opening = (
        _amount(opening_cells[0], path, 1, "Opening Balance") if opening_cells else None
    )
    rows: list[Row] = []
    previous = opening
    for index in range(header_index + 1, len(lines)):
        cells = lines[index]
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < len(header):
            raise StatementError(
                f"{path}:{index + 1}: {len(cells)} fields, the header has {len(header)}"
            )
        row = _row(path, index + 1, cells, position, previous)
        previous = row.balance
        rows.append(row)
    if not rows:
        raise StatementError(f"{path}:{header_line}: the statement has no rows")
    return Statement(
        path=path,
        account_number=preamble["Account Number"][0],
        currency=preamble["Currency"][0],
        opening_balance=opening,
        rows=tuple(rows),
    )


def is_duplicate(
    entry: data.Transaction, existing: data.Transaction, account: str
) -> bool:
    """Same account and amount within three days."""
    if abs(entry.date - existing.date) > DUPLICATE_WINDOW:
        return False
    mine = {
        (posting.account, posting.units.number, posting.units.currency)
        for posting in entry.postings
        if posting.account == account and posting.units is not None
    }
    theirs = {
        (posting.account, posting.units.number, posting.units.currency)
        for posting in existing.postings
        if posting.account == account and posting.units is not None
    }
    return bool(mine & theirs)


class Importer(beangulp.Importer):  # type: ignore[misc]
    """The business-account CSV export, for the accounts it is told about."""

    def __init__(self, accounts: Mapping[str, str]) -> None:
        """``accounts`` maps the bank's account number to the ledger account."""
        self.accounts = dict(accounts)

    @property
    def name(self) -> str:
        return "importers.bank.Importer"

    def _header(self, filepath: str) -> dict[str, str]:
        try:
            with open(filepath, encoding="utf-8-sig") as file:
                head = file.read(4096)
        except (OSError, UnicodeDecodeError):
            return {}
        found = {}
        for cells in csv.reader(io.StringIO(head)):
            if cells and cells[0].strip() in PREAMBLE_KEYS and len(cells) > 1:
                found[cells[0].strip()] = cells[1].strip()
        return found

    def identify(self, filepath: str) -> bool:
        if not filepath.lower().endswith(".csv"):
            return False
        return self._header(filepath).get("Account Number") in self.accounts

    def account(self, filepath: str) -> str:
        return self.accounts[self._header(filepath)["Account Number"]]

    def date(self, filepath: str) -> datetime.date | None:
        return parse_statement(filepath).rows[-1].date

    def filename(self, filepath: str) -> str | None:
        statement = parse_statement(filepath)
        first, last = statement.rows[0].date, statement.rows[-1].date
        return f"statement-{first:%Y%m%d}-{last:%Y%m%d}.csv"

    def extract(self, filepath: str, existing: data.Entries) -> list[data.Directive]:
        statement = parse_statement(filepath)
        account = self.accounts.get(statement.account_number)
        if account is None:
            raise StatementError(
                f"{filepath}:1: account number {statement.account_number} is not "
                f"configured for an importer"
            )
        entries: list[data.Directive] = []
        for row in statement.rows:
            values: dict[str, object] = {}
            if row.reference:
                values["bank-reference"] = row.reference
            if row.value_date != row.date:
                values["value-date"] = row.value_date
            meta = data.new_metadata(filepath, row.line, values)
            posting = data.Posting(
                account,
                Amount(row.amount, statement.currency),
                None,
                None,
                None,
                None,
            )
            entries.append(
                data.Transaction(
                    meta,
                    row.date,
                    "!",
                    None,
                    row.description,
                    data.EMPTY_SET,
                    data.EMPTY_SET,
                    [posting],
                )
            )
        last = statement.rows[-1]
        entries.append(
            data.Balance(
                data.new_metadata(filepath, last.line),
                last.date + datetime.timedelta(days=1),
                account,
                Amount(last.balance, statement.currency),
                None,
                None,
            )
        )
        return entries

    def deduplicate(self, entries: data.Entries, existing: data.Entries) -> None:
        """Mark rows the books already hold (hand-written or generated)."""
        if not entries:
            return
        first = min(entry.date for entry in entries) - DUPLICATE_WINDOW
        last = max(entry.date for entry in entries) + DUPLICATE_WINDOW
        candidates = [
            entry
            for entry in existing
            if isinstance(entry, data.Transaction) and first <= entry.date <= last
        ]
        taken: set[int] = set()
        for index, entry in enumerate(entries):
            if not isinstance(entry, data.Transaction):
                continue
            account = entry.postings[0].account
            for other in candidates:
                if id(other) in taken or other is entry:
                    continue
                if is_duplicate(entry, other, account):
                    taken.add(id(other))
                    meta = dict(entry.meta)
                    # beangulp prints it commented out, naming the original.
                    meta["__duplicate__"] = other
                    entries[index] = entry._replace(meta=meta)
                    break
