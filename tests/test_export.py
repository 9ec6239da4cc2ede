"""``books export``: the auditor's package for a period.

Every package is written into pytest's ``tmp_path``. The books' exports (the
main books and each scenario ledger, one fiscal year at a time) are made once
per module and shared by the tests that read them.

Expected numbers never come from the export itself. They are either worked
out by hand from the language reference (plugins/convertible_note/README.md) and the
ledger text (the arithmetic is in the
comment next to them), or recomputed in the test from the ledger with
Beancount's loader or bean-query, or from the package's own text files with
``Decimal`` (each journal balances, GL activity equals the Trial Balance
movement, ...).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import stat
import subprocess
import types
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from beancount import loader
from beancount.core import convert
from beancount.core import data
from beanquery import query as bean_query
from click.testing import CliRunner

from plugins.books import export as export_module
from plugins.books.cli import main
from plugins.books.export import ads
from plugins.books.export import export_package
from plugins.books.export import verify
from plugins.books.export.schedules import ROLLFORWARD_FIELDS
from plugins.books.ledger import load_books
from plugins.convertible_note import schedules_from_ledger
from tests.conftest import ACME_PLUGIN
from tests.conftest import acme_books
from tests.conftest import line_of
from tests.conftest import round_half_up
from tests.conftest import run_books
from tests.conftest import tree
from tests.conftest import write_file

if TYPE_CHECKING:
    from click.testing import Result
    from openpyxl.worksheet.worksheet import Worksheet

    from plugins.convertible_note.schedule import Schedule

ROOT = Path(__file__).resolve().parents[1]
LEDGER_DIR = ROOT / "tests" / "data" / "books"
MAIN = LEDGER_DIR / "main.beancount"
SCENARIOS = LEDGER_DIR / "scenarios"
CONVERT = SCENARIOS / "convert-partial-then-rest.beancount"
SETTLE_CASH = SCENARIOS / "settle-cash.beancount"
SETTLE_MIXED = SCENARIOS / "settle-mixed.beancount"
SETTLE_SHARES = SCENARIOS / "settle-shares.beancount"
EXTEND = SCENARIOS / "extend-then-settle.beancount"

NOTE_ID = "APM-2022-AENCO"
ISSUE = datetime.date(2022, 12, 16)
PRINCIPAL_ACCOUNT = "Liabilities:Current:ConvertibleNotes:Aenco"
NONCURRENT_ACCOUNT = "Liabilities:NonCurrent:ConvertibleNotes:Aenco"
INTEREST_ACCOUNT = "Liabilities:Current:AccruedInterest:Aenco"
DEFICIT = "Equity:AccumulatedDeficit"
# 2022.beancount, the opening entry of 1 January 2022:
#   Equity:AccumulatedDeficit   67754754.00 USD
OPENING_DEFICIT = Decimal("67754754.00")

GL_HEADER = (
    "Journal_ID|Journal_ID_Line_Number|JE_Header_Description|JE_Line_Description"
    "|Source|Effective_Date|Entered_Date|Entered_By|Fiscal_Year|Period"
    "|GL_Account_Number|Amount|Amount_Credit_Debit_Indicator|Amount_Currency"
    "|Manual_Entry_Flag|Amount_Signed|Source_Location|Related_Party_Flag|Note_ID"
)
TB_HEADER = (
    "GL_Account_Number|GL_Account_Name|Amount_Beginning|Amount_Ending"
    "|Amount_Currency|Balance_As_Of_Date"
)
COA_HEADER = "GL_Account_Number|GL_Account_Name|Account_Type|FS_Caption"

CHECK_NAMES = (
    "Each journal balances",
    "GL activity per account equals Trial Balance ending - beginning",
    "Trial Balance sums to zero",
    "Debt roll-forward ties to the Trial Balance",
    "Interest recalculation reproduces every posted accrual",
    "Each recalculated accrual names the journal that posts it",
    "Interest re-performed piece by piece from the recalculation's columns",
    "Conversions add up and each names the journal that posts it",
)
(
    JOURNALS,
    ACTIVITY,
    TB_ZERO,
    ROLLFORWARD,
    RECALCULATION,
    CROSS_REFERENCES,
    REPERFORMED,
    CONVERSIONS_ADD_UP,
) = CHECK_NAMES

SHEETS = (
    "Checks",
    "GL_Detail",
    "Trial_Balance",
    "Chart_Of_Accounts",
    "Source_Listing",
    "Debt_Rollforward",
    "Interest_Recalculation",
    "Conversions",
    "Related_Party",
)

# Every fiscal year each ledger covers. The main books stop on 30 June 2023,
# their interim period end.
YEAR_EXPORTS = [
    (MAIN, "2022-01-01", "2022-12-31"),
    (MAIN, "2023-01-01", "2023-06-30"),
    *[
        (ledger, f"{year}-01-01", f"{year}-12-31")
        for ledger in (CONVERT, SETTLE_CASH, SETTLE_MIXED, SETTLE_SHARES)
        for year in (2022, 2023)
    ],
    *[(EXTEND, f"{year}-01-01", f"{year}-12-31") for year in (2022, 2023, 2024)],
    # Settled on 2025-06-16: the books cover 2025 to the end of June.
    (EXTEND, "2025-01-01", "2025-06-30"),
]


def D(text: str) -> Decimal:
    return Decimal(text)


# --------------------------------------------------------------------------
# Running the command
# --------------------------------------------------------------------------


def invoke(*args: str) -> Result:
    """``books ARGS`` in-process."""
    return CliRunner().invoke(main, list(args))


def export(ledger: Path, start: str, end: str, out: Path, *extra: str) -> Result:
    return invoke(
        "export",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(out),
        "--ledger",
        str(ledger),
        *extra,
    )


# --------------------------------------------------------------------------
# Reading a package
# --------------------------------------------------------------------------


def stamp(start: str, end: str) -> str:
    return f"{start.replace('-', '')}_{end.replace('-', '')}"


def read_ads(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("|")
    rows = []
    for line in lines[1:]:
        cells = line.split("|")
        assert len(cells) == len(header), line
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def entry_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The accrual entries of Interest_Recalculation.csv (not its pieces)."""
    return [row for row in rows if row["row_type"] == "entry"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@dataclasses.dataclass(frozen=True)
class Package:
    path: Path
    ledger: Path
    start: str
    end: str
    result: Result

    @property
    def gl_path(self) -> Path:
        return self.path / "ads" / f"GL_Detail_{stamp(self.start, self.end)}.txt"

    @property
    def tb_path(self) -> Path:
        return self.path / "ads" / f"Trial_Balance_{stamp(self.start, self.end)}.txt"

    def gl(self) -> list[dict[str, str]]:
        return read_ads(self.gl_path)

    def tb(self) -> dict[str, dict[str, str]]:
        """Trial Balance rows by account name (the books are all USD)."""
        rows = read_ads(self.tb_path)
        assert {row["Amount_Currency"] for row in rows} <= {"USD"}
        return {row["GL_Account_Name"]: row for row in rows}

    def schedule(self, name: str) -> list[dict[str, str]]:
        return read_csv(self.path / "schedules" / name)

    def checks(self) -> list[dict[str, str]]:
        return read_csv(self.path / "checks.csv")

    def files(self) -> dict[str, bytes]:
        return {
            path.relative_to(self.path).as_posix(): path.read_bytes()
            for path in sorted(self.path.rglob("*"))
            if path.is_file()
        }


class Packages:
    """Each (ledger, period) exported once per module."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: dict[tuple[Path, str, str], Package] = {}

    def get(self, ledger: Path, start: str, end: str) -> Package:
        key = (ledger, start, end)
        if key not in self._made:
            out = self.root / f"{ledger.stem}_{stamp(start, end)}"
            result = export(ledger, start, end, out)
            self._made[key] = Package(out, ledger, start, end, result)
        return self._made[key]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return Packages(tmp_path_factory.mktemp("packages"))


def gl_by_journal(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    journals: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        journals[row["Journal_ID"]].append(row)
    return journals


def source_line(ledger: Path, location: str) -> tuple[Path, int, str]:
    """The file, line number and text a ``Source_Location`` points at.

    Locations are relative to the deepest folder holding all of the ledger's
    files: ledger/ for the main books and the scenarios (which include
    ../2022.beancount and so on); MANIFEST.json's "ledger" is the ledger's
    own path relative to it.
    """
    name, _, number = location.rpartition(":")
    root = LEDGER_DIR if ledger.resolve().is_relative_to(LEDGER_DIR) else ledger.parent
    path = Path(name) if Path(name).is_absolute() else root / name
    lineno = int(number)
    text = path.read_text(encoding="utf-8").splitlines()[lineno - 1]
    return path.resolve(), lineno, text


# --------------------------------------------------------------------------
# Independent figures from the ledger (Beancount's loader and bean-query)
# --------------------------------------------------------------------------


@functools.cache
def loaded(ledger: Path) -> tuple[list[data.Directive], dict[str, object]]:
    loader.initialize(use_cache=False)
    entries, errors, options = loader.load_file(str(ledger))
    assert not errors, errors
    return entries, options


def posting_sums(
    ledger: Path, first: datetime.date | None, last: datetime.date
) -> dict[str, Decimal]:
    """Sum of every posting per account dated in [first, last] (USD only)."""
    entries, _ = loaded(ledger)
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        if not isinstance(entry, data.Transaction):
            continue
        if entry.date > last or (first is not None and entry.date < first):
            continue
        for posting in entry.postings:
            # Beancount's convert module is untyped; get_weight gives an Amount.
            weight = convert.get_weight(posting)  # type: ignore[no-untyped-call]
            assert weight.currency == "USD"
            sums[posting.account] += weight.number
    return sums


def is_income_statement(account: str) -> bool:
    return account.startswith(("Income:", "Expenses:"))


def expected_balances(
    ledger: Path, start: datetime.date, end: datetime.date
) -> dict[str, tuple[Decimal, Decimal]]:
    """(beginning, ending) per account under the year-end-close convention
    of ads.py's docstring, from the ledger's postings: income and expense
    accounts count their own fiscal year only, and earlier years sit in the
    previous-earnings account."""
    day = datetime.timedelta(days=1)
    before = posting_sums(ledger, None, start - day)
    through = posting_sums(ledger, None, end)
    start_year = datetime.date(start.year, 1, 1)
    end_year = datetime.date(end.year, 1, 1)
    this_year_before = posting_sums(ledger, start_year, start - day)
    this_year_through = posting_sums(ledger, end_year, end)

    def closed_before(year_start: datetime.date) -> Decimal:
        """Income and expenses of every fiscal year before ``year_start``."""
        earlier = posting_sums(ledger, None, year_start - day)
        return sum(
            (amount for name, amount in earlier.items() if is_income_statement(name)),
            Decimal(0),
        )

    result = {}
    for account in set(before) | set(through) | {DEFICIT}:
        if is_income_statement(account):
            beginning = this_year_before.get(account, Decimal(0))
            ending = this_year_through.get(account, Decimal(0))
        else:
            beginning = before.get(account, Decimal(0))
            ending = through.get(account, Decimal(0))
            if account == DEFICIT:
                beginning += closed_before(start_year)
                ending += closed_before(end_year)
        result[account] = (beginning, ending)
    return result


def net_result(ledger: Path, year: int) -> Decimal:
    """The year's income and expenses, by bean-query (a loss is positive)."""
    entries, options = loaded(ledger)
    _types, rows = bean_query.run_query(
        entries,
        options,
        "SELECT sum(number) AS total WHERE account ~ '^(Income|Expenses):' "
        f"AND year = {year}",
    )
    return Decimal(rows[0][0])


def accrual_entries(
    ledger: Path, start: datetime.date, end: datetime.date
) -> list[data.Transaction]:
    entries, _ = loaded(ledger)
    return [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction)
        and entry.meta.get("note-event") == "accrual"
        and start <= entry.date <= end
    ]


# --------------------------------------------------------------------------
# Every fiscal year of every ledger: exit 0, all checks PASS, and the files
# agree with the ledger and with themselves.
# --------------------------------------------------------------------------


def assert_ads_format(package: Package) -> None:
    """Headers, encoding, dates, debit/credit indicator and signs."""
    gl_bytes = package.gl_path.read_bytes()
    tb_bytes = package.tb_path.read_bytes()
    coa_bytes = (package.path / "ads" / "Chart_Of_Accounts.txt").read_bytes()
    for raw in (gl_bytes, tb_bytes, coa_bytes):
        assert not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 without BOM"
        raw.decode("utf-8")
    assert gl_bytes.decode("utf-8").splitlines()[0] == GL_HEADER
    assert tb_bytes.decode("utf-8").splitlines()[0] == TB_HEADER
    assert coa_bytes.decode("utf-8").splitlines()[0] == COA_HEADER
    start = datetime.date.fromisoformat(package.start)
    end = datetime.date.fromisoformat(package.end)
    for row in package.gl():
        effective = datetime.datetime.strptime(row["Effective_Date"], "%Y%m%d").date()
        assert re.fullmatch(r"\d{8}", row["Effective_Date"])
        assert start <= effective <= end, row
        assert row["Entered_Date"] == "" or re.fullmatch(r"\d{8}", row["Entered_Date"])
        assert row["Fiscal_Year"] == str(effective.year)
        assert row["Period"] == str(effective.month)
        amount, signed = D(row["Amount"]), D(row["Amount_Signed"])
        assert amount >= 0, row
        assert re.fullmatch(r"\d+\.\d{2,}", row["Amount"]), row
        indicator = row["Amount_Credit_Debit_Indicator"]
        assert indicator in ("D", "C")
        assert signed == (amount if indicator == "D" else -amount), row
        assert row["Amount_Currency"] == "USD"
        assert row["Manual_Entry_Flag"] in ("Y", "N")
        assert row["Related_Party_Flag"] in ("Y", "N")
    for row in read_ads(package.tb_path):
        assert row["Balance_As_Of_Date"] == package.end.replace("-", "")


@pytest.mark.parametrize(
    ("ledger", "start", "end"),
    YEAR_EXPORTS,
    ids=[f"{ledger.stem}-{start[:4]}" for ledger, start, _ in YEAR_EXPORTS],
)
def test_every_fiscal_year_exports_with_every_check_passing(
    packages: Packages, ledger: Path, start: str, end: str
) -> None:
    package = packages.get(ledger, start, end)
    result = package.result
    assert result.exit_code == 0, result.output
    for name in CHECK_NAMES:
        assert f"PASS  {name}" in result.output
    assert "FAIL" not in result.output

    checks = package.checks()
    assert [row["check"] for row in checks] == list(CHECK_NAMES)
    assert all(row["status"] == "PASS" for row in checks), checks
    assert set(checks[0]) == {"check", "status", "items_checked", "detail"}

    first = datetime.date.fromisoformat(start)
    last = datetime.date.fromisoformat(end)
    assert_ads_format(package)
    gl = package.gl()
    journals = gl_by_journal(gl)
    tb = package.tb()

    # Each journal balances, its lines numbered 1..n.
    for journal, lines in journals.items():
        assert sum(D(line["Amount_Signed"]) for line in lines) == 0, journal
        numbers = [int(line["Journal_ID_Line_Number"]) for line in lines]
        assert numbers == list(range(1, len(lines) + 1)), journal

    # GL activity per account equals the Trial Balance's ending - beginning.
    activity: dict[str, Decimal] = defaultdict(Decimal)
    for row in gl:
        activity[row["GL_Account_Number"]] += D(row["Amount_Signed"])
    by_number = {row["GL_Account_Number"]: row for row in tb.values()}
    assert set(activity) <= set(by_number)
    for number, row in by_number.items():
        movement = D(row["Amount_Ending"]) - D(row["Amount_Beginning"])
        assert activity.get(number, Decimal(0)) == movement, row

    # The Trial Balance sums to zero at both ends.
    assert sum(D(row["Amount_Beginning"]) for row in tb.values()) == 0
    assert sum(D(row["Amount_Ending"]) for row in tb.values()) == 0

    # Beginning and ending balances equal the ledger's own postings, under
    # the year-end-close convention.
    expected = expected_balances(ledger, first, last)
    assert set(tb) <= set(expected)
    for account, (opening, closing) in expected.items():
        if opening == 0 and closing == 0:
            assert account not in tb or (
                D(tb[account]["Amount_Beginning"]) == 0
                and D(tb[account]["Amount_Ending"]) == 0
            )
            continue
        assert D(tb[account]["Amount_Beginning"]) == opening, account
        assert D(tb[account]["Amount_Ending"]) == closing, account

    # Items checked, counted from the files and the ledger.
    counts = {row["check"]: int(row["items_checked"]) for row in checks}
    assert counts[JOURNALS] == len(journals)
    assert counts[ACTIVITY] == len(tb)
    assert counts[TB_ZERO] == 1  # one currency
    assert counts[ROLLFORWARD] == 1  # one note
    assert counts[RECALCULATION] == len(accrual_entries(ledger, first, last))

    # The roll-forward adds up and ties to the note's accounts.
    (rollforward,) = package.schedule("Debt_Rollforward.csv")
    assert tuple(rollforward) == ROLLFORWARD_FIELDS
    money = {key: D(value) for key, value in rollforward.items() if "." in value}
    assert (
        money["opening_principal"]
        + money["principal_issued"]
        - money["principal_converted"]
        - money["principal_settled"]
        == money["closing_principal"]
    )
    assert (
        money["opening_interest"]
        + money["interest_accrued"]
        - money["interest_converted"]
        - money["interest_settled"]
        == money["closing_interest"]
    )

    def ending(account: str) -> Decimal:
        return D(tb[account]["Amount_Ending"]) if account in tb else Decimal(0)

    def beginning(account: str) -> Decimal:
        return D(tb[account]["Amount_Beginning"]) if account in tb else Decimal(0)

    assert money["closing_principal_current"] == -ending(PRINCIPAL_ACCOUNT)
    assert money["closing_principal_noncurrent"] == -ending(NONCURRENT_ACCOUNT)
    assert money["closing_interest"] == -ending(INTEREST_ACCOUNT)
    assert money["opening_principal"] == -(
        beginning(PRINCIPAL_ACCOUNT) + beginning(NONCURRENT_ACCOUNT)
    )
    assert money["opening_interest"] == -beginning(INTEREST_ACCOUNT)

    # Each recalculation row reproduces its posted amount, and its journal is
    # in the GL with that amount.
    for row in entry_rows(package.schedule("Interest_Recalculation.csv")):
        unpaid = D(row["accrued_unpaid_exact"])
        posted = round_half_up(Fraction(unpaid)) - D(row["accrued_posted_before"])
        assert posted == D(row["amount_posted"]), row
        lines = journals[row["journal_id"]]
        assert sorted(D(line["Amount_Signed"]) for line in lines) == [-posted, posted]


# --------------------------------------------------------------------------
# Hand-worked roll-forwards and conversions of the scenarios
# --------------------------------------------------------------------------

# The note: 3,000,000.00 USD at 7 %, ACT/365, simple, issued 2022-12-16, so a
# full day's interest is 210,000 / 365 and the cumulative interest after n
# days is 210,000 * n / 365, posted rounded half up (the reference, "Interest").
#   n at 2022-12-31 = 16:            9,205.4795 -> 9,205.48
#   n at 2023-12-16 (maturity) = 365: 210,000.00
#   n at 2023-12-31 = 381:          219,205.4795 -> 219,205.48
#   n at 2024-12-31 = 381 + 366 = 747: 429,780.8219 -> 429,780.82
#   n at 2025-06-16 = 747 + 151 + 15 = 913 (Jan-May 2025, then Jun 1-15; the
#   settlement day itself does not accrue): 525,287.6712 -> 525,287.67
ROLLFORWARDS = {
    # settle-mixed, 2023: everything owed on 2023-12-16 is
    # 3,000,000.00 + 210,000.00 = 3,210,000.00; 1,000,000.00 in cash, the
    # rest 2,210,000.00 in shares at 12.00: floor(184,166.67) = 184,166
    # shares worth 184,166 * 12 = 2,209,992.00; the fraction
    # 2,210,000.00 - 2,209,992.00 = 8.00 in cash: cash 1,000,008.00.
    (SETTLE_MIXED, 2023): {
        "opening_principal": "3000000.00",
        "principal_issued": "0.00",
        "principal_converted": "0.00",
        "principal_settled": "3000000.00",
        "closing_principal": "0.00",
        "closing_principal_current": "0.00",
        "closing_principal_noncurrent": "0.00",
        "opening_interest": "9205.48",
        "interest_accrued": "200794.52",  # 210,000.00 - 9,205.48
        "interest_converted": "0.00",
        "interest_settled": "210000.00",
        "closing_interest": "0.00",
        "shares_issued": "184166",
        "cash_paid": "1000008.00",
        "equity_issued": "2209992.00",
    },
    # settle-cash, 2023: 3,210,000.00 in cash.
    (SETTLE_CASH, 2023): {
        "principal_settled": "3000000.00",
        "interest_accrued": "200794.52",
        "interest_settled": "210000.00",
        "closing_principal": "0.00",
        "closing_interest": "0.00",
        "shares_issued": "0",
        "cash_paid": "3210000.00",
        "equity_issued": "0.00",
    },
    # settle-shares, 2023: 3,210,000.00 / 12.00 = 267,500 shares exactly.
    (SETTLE_SHARES, 2023): {
        "principal_settled": "3000000.00",
        "interest_settled": "210000.00",
        "shares_issued": "267500",
        "cash_paid": "0.00",
        "equity_issued": "3210000.00",
    },
    # 2022 of any scenario: issued on 2022-12-16, 16 days accrued.
    (SETTLE_CASH, 2022): {
        "opening_principal": "0.00",
        "principal_issued": "3000000.00",
        "closing_principal": "3000000.00",
        "closing_principal_current": "3000000.00",  # matures within 12 months
        "closing_principal_noncurrent": "0.00",
        "opening_interest": "0.00",
        "interest_accrued": "9205.48",
        "closing_interest": "9205.48",
    },
    # extend-then-settle: extended on 2023-12-08 to 2025-06-16, so at
    # 2023-12-31 (maturity after 2024-12-31) the principal is non-current.
    (EXTEND, 2023): {
        "opening_interest": "9205.48",
        "interest_accrued": "210000.00",  # 219,205.48 - 9,205.48
        "closing_interest": "219205.48",
        "closing_principal": "3000000.00",
        "closing_principal_current": "0.00",
        "closing_principal_noncurrent": "3000000.00",
    },
    # 2024: back to current at 2024-06-30 (maturity <= 2025-06-30).
    (EXTEND, 2024): {
        "opening_principal": "3000000.00",
        "opening_interest": "219205.48",
        "interest_accrued": "210575.34",  # 429,780.82 - 219,205.48 (366 days)
        "closing_interest": "429780.82",
        "closing_principal_current": "3000000.00",
        "closing_principal_noncurrent": "0.00",
    },
    # 2025: repaid in cash on 2025-06-16: 3,000,000.00 + 525,287.67.
    (EXTEND, 2025): {
        "opening_interest": "429780.82",
        "interest_accrued": "95506.85",  # 525,287.67 - 429,780.82
        "interest_settled": "525287.67",
        "principal_settled": "3000000.00",
        "closing_principal": "0.00",
        "closing_interest": "0.00",
        "cash_paid": "3525287.67",
        "shares_issued": "0",
    },
    # convert-partial-then-rest, 2023 (conversions worked out below):
    # interest posted up to 2023-09-15 is 157,068.49 (273 days), less the
    # 62,827.40 converted leaves 94,241.09; at 2023-12-15 the posted total is
    # 125,654.79, so 31,413.70 more was accrued. In 2023:
    # (157,068.49 - 9,205.48) + 31,413.70 = 179,276.71 accrued and
    # 62,827.40 + 125,654.79 = 188,482.19 converted.
    (CONVERT, 2023): {
        "opening_principal": "3000000.00",
        "principal_converted": "3000000.00",
        "principal_settled": "0.00",
        "closing_principal": "0.00",
        "opening_interest": "9205.48",
        "interest_accrued": "179276.71",
        "interest_converted": "188482.19",
        "interest_settled": "0.00",
        "closing_interest": "0.00",
        "shares_issued": "265706",  # 105,235 + 160,471
        "cash_paid": "10.19",  # 7.40 + 2.79 cash in lieu
        "equity_issued": "3188472.00",  # 1,262,820.00 + 1,925,652.00
    },
}


@pytest.mark.parametrize(
    ("ledger", "year"),
    list(ROLLFORWARDS),
    ids=[f"{ledger.stem}-{year}" for ledger, year in ROLLFORWARDS],
)
def test_debt_rollforward_by_hand(packages: Packages, ledger: Path, year: int) -> None:
    # extend-then-settle ends with the settlement of 2025-06-16.
    end = "06-30" if (ledger, year) == (EXTEND, 2025) else "12-31"
    package = packages.get(ledger, f"{year}-01-01", f"{year}-{end}")
    (row,) = package.schedule("Debt_Rollforward.csv")
    assert row["note"] == NOTE_ID
    assert row["holder"] == "Aenco Technologies Ltd"
    assert row["related_party"] == "Y"
    assert row["currency"] == "USD"
    for column, value in ROLLFORWARDS[(ledger, year)].items():
        assert row[column] == value, column


# convert-partial-then-rest (the reference, "Generated entries"; interest-on-conversion
# "shares";
# conversion price 12.00 and par 0.00001 after the 2023 adjust events):
#
# 2023-09-15, convert 1,200,000.00 of 3,000,000.00: 273 days accrued,
#   exact 210,000 * 273 / 365 = 157,068.4932;
#   A = round(157,068.4932 * 1.2 / 3) = round(62,827.3973) = 62,827.40;
#   V = 1,262,827.40; shares floor(105,235.62) = 105,235;
#   S = 105,235 * 12 = 1,262,820.00; capital round(1.05235) = 1.05;
#   premium 1,262,818.95; cash in lieu 7.40.
# 2023-12-15, convert the remaining 1,800,000.00: exact interest is
#   157,068.4932 * 0.6 + 1,800,000 * 0.07 * 91 / 365
#   = 94,241.0959 + 31,413.6986 = 125,654.7945 -> A = 125,654.79;
#   V = 1,925,654.79; shares floor(160,471.23) = 160,471;
#   S = 1,925,652.00; capital round(1.60471) = 1.60; premium 1,925,650.40;
#   cash in lieu 2.79.
# settle-mixed 2023-12-16: V = 2,210,000.00; 184,166 shares, S = 2,209,992.00;
#   capital round(1.84166) = 1.84; premium 2,209,990.16; cash in lieu 8.00.
# settle-shares 2023-12-16: V = 3,210,000.00; 267,500 shares; capital
#   round(2.675) = 2.68 (half up); premium 3,209,997.32; no fraction.
CONVERSIONS = {
    CONVERT: [
        {
            "date": "2023-09-15",
            "event": "conversion",
            "principal": "1200000.00",
            "interest": "62827.40",
            "conversion_price": "12.00",
            "par_value": "0.00001",
            "shares": "105235",
            "share_capital": "1.05",
            "premium": "1262818.95",
            "discount_released": "0.00",
            "cash_paid": "7.40",  # cash in lieu
        },
        {
            "date": "2023-12-15",
            "event": "conversion",
            "principal": "1800000.00",
            "interest": "125654.79",
            "conversion_price": "12.00",
            "par_value": "0.00001",
            "shares": "160471",
            "share_capital": "1.60",
            "premium": "1925650.40",
            "discount_released": "0.00",
            "cash_paid": "2.79",  # cash in lieu
        },
    ],
    SETTLE_MIXED: [
        {
            "date": "2023-12-16",
            "event": "settlement",
            "principal": "3000000.00",
            "interest": "210000.00",
            "shares": "184166",
            "share_capital": "1.84",
            "premium": "2209990.16",
            "discount_released": "0.00",
            # 1,000,000.00 in cash and 8.00 in lieu of a fraction: with the
            # shares, 1.84 + 2,209,990.16 + 1,000,008.00 = 3,210,000.00.
            "cash_paid": "1000008.00",
        }
    ],
    SETTLE_SHARES: [
        {
            "date": "2023-12-16",
            "event": "settlement",
            "principal": "3000000.00",
            "interest": "210000.00",
            "shares": "267500",
            "share_capital": "2.68",
            "premium": "3209997.32",
            "discount_released": "0.00",
            "cash_paid": "0.00",
        }
    ],
}


@pytest.mark.parametrize("ledger", list(CONVERSIONS), ids=lambda path: path.stem)
def test_conversions_by_hand(packages: Packages, ledger: Path) -> None:
    package = packages.get(ledger, "2023-01-01", "2023-12-31")
    rows = package.schedule("Conversions.csv")
    assert len(rows) == len(CONVERSIONS[ledger])
    journals = gl_by_journal(package.gl())
    for row, expected in zip(rows, CONVERSIONS[ledger], strict=True):
        assert row["note"] == NOTE_ID
        for column, value in expected.items():
            assert row[column] == value, column
        # The GL journal of the event carries the same figures.
        lines = journals[row["journal_id"]]
        assert {line["Source"] for line in lines} == {"CN"}
        signed: dict[str, Decimal] = defaultdict(Decimal)
        for line in lines:
            signed[line["GL_Account_Number"]] += D(line["Amount_Signed"])
        assert signed["2030"] == D(expected["principal"])  # Dr principal
        assert signed["2050"] == D(expected["interest"])  # Dr interest
        assert signed["3010"] == -D(expected["share_capital"])
        assert signed["3030"] == -D(expected["premium"])


def test_convert_partial_conversion_journal_by_hand(packages: Packages) -> None:
    """The 2023-09-15 conversion, line by line (figures worked out above)."""
    package = packages.get(CONVERT, "2023-01-01", "2023-12-31")
    (row,) = [
        r for r in package.schedule("Conversions.csv") if r["date"] == "2023-09-15"
    ]
    lines = gl_by_journal(package.gl())[row["journal_id"]]
    assert sorted(
        (line["GL_Account_Number"], line["Amount_Signed"]) for line in lines
    ) == [
        ("1010", "-7.40"),  # cash in lieu of the fraction
        ("2030", "1200000.00"),
        ("2050", "62827.40"),
        ("3010", "-1.05"),
        ("3030", "-1262818.95"),
    ]
    assert all(line["Effective_Date"] == "20230915" for line in lines)


# --------------------------------------------------------------------------
# Interest recalculation
# --------------------------------------------------------------------------


def test_interest_recalculation_of_2023_by_closed_form(packages: Packages) -> None:
    """settle-cash 2023: month-ends January to November, then the accrual of
    the settlement date. Cumulative days from 2022-12-16, both ends counted
    for a month-end: 2023-01-31 -> 47, 2023-02-28 -> 75, ..., 2023-11-30 ->
    350; the settlement accrual covers the days before 2023-12-16 -> 365."""
    package = packages.get(SETTLE_CASH, "2023-01-01", "2023-12-31")
    rows = entry_rows(package.schedule("Interest_Recalculation.csv"))
    month_ends = [
        datetime.date(2023, month + 1, 1) - datetime.timedelta(days=1)
        for month in range(1, 12)
    ]
    expected = [((day - ISSUE).days + 1, day) for day in month_ends]
    expected.append((365, datetime.date(2023, 12, 16)))
    posted_before = round_half_up(Fraction(210000 * 16, 365))
    assert posted_before == D("9205.48")
    assert [row["entry_date"] for row in rows] == [d.isoformat() for _, d in expected]
    for row, (days, _day) in zip(rows, expected, strict=True):
        cumulative = round_half_up(Fraction(210000 * days, 365))
        assert D(row["accrued_posted_before"]) == posted_before
        assert D(row["amount_posted"]) == cumulative - posted_before, row
        assert row["note"] == NOTE_ID
        assert row["day_count"] == "ACT/365"
        assert row["compounding"] == "none"
        assert D(row["rate"]) == D("0.07")
        assert D(row["interest_bearing_balance"]) == D("3000000")
        posted_before = cumulative
    # The whole life posts the rounded contract total, 210,000.00.
    assert posted_before == D("210000.00")

    # By hand:
    # January: 210,000 * 47 / 365 = 27,041.0959 -> 27,041.10 - 9,205.48
    january, february = rows[0], rows[1]
    assert january["amount_posted"] == "17835.62"
    assert (january["period_start"], january["period_end"], january["days"]) == (
        "2023-01-01",
        "2023-01-31",
        "31",
    )
    # February: 210,000 * 75 / 365 = 43,150.6849 -> 43,150.68 - 27,041.10
    assert february["amount_posted"] == "16109.58"
    assert february["days"] == "28"
    # The settlement date: days 2023-12-01..15; 350 days at 2023-11-30 give
    # 201,369.8630 -> 201,369.86, and 210,000.00 - 201,369.86 = 8,630.14.
    last = rows[-1]
    assert last["amount_posted"] == "8630.14"
    assert (last["period_start"], last["period_end"], last["days"]) == (
        "2023-12-01",
        "2023-12-15",
        "15",
    )


def test_main_books_interest_for_two_months_by_hand(packages: Packages) -> None:
    package = packages.get(MAIN, "2023-01-01", "2023-06-30")
    rows = {
        row["entry_date"]: row
        for row in entry_rows(package.schedule("Interest_Recalculation.csv"))
    }
    assert sorted(rows) == [
        "2023-01-31",
        "2023-02-28",
        "2023-03-31",
        "2023-04-30",
        "2023-05-31",
        "2023-06-30",
    ]
    # 3,000,000 * 0.07 * 47 / 365 = 27,041.0959 (Dec 16 - Jan 31)
    assert rows["2023-01-31"]["cumulative_interest_exact"].startswith("27041.0958")
    assert rows["2023-01-31"]["amount_posted"] == "17835.62"
    # 3,000,000 * 0.07 * 106 / 365 = 60,986.3014 -> 60,986.30 - 43,150.68
    assert rows["2023-03-31"]["accrued_posted_before"] == "43150.68"
    assert rows["2023-03-31"]["amount_posted"] == "17835.62"
    # 3,000,000 * 0.07 * 197 / 365 = 113,342.4658 -> 113,342.47 - 96,082.19
    # (167 days: 96,082.1918 -> 96,082.19)
    assert rows["2023-06-30"]["accrued_posted_before"] == "96082.19"
    assert rows["2023-06-30"]["amount_posted"] == "17260.28"


# --------------------------------------------------------------------------
# Year-end close
# --------------------------------------------------------------------------


def test_year_end_close_inside_the_period(packages: Packages) -> None:
    package = packages.get(MAIN, "2022-07-01", "2023-06-30")
    assert package.result.exit_code == 0, package.result.output
    journals = gl_by_journal(package.gl())
    assert [j for j in journals if j.startswith("YE-")] == ["YE-CLOSE-2022"]
    close = journals["YE-CLOSE-2022"]
    assert {line["Effective_Date"] for line in close} == {"20230101"}
    assert {line["Source"] for line in close} == {"YE"}
    assert {line["Manual_Entry_Flag"] for line in close} == {"N"}

    chart = {
        row["GL_Account_Number"]: row["GL_Account_Name"]
        for row in read_ads(package.path / "ads" / "Chart_Of_Accounts.txt")
    }
    closed = {
        chart[line["GL_Account_Number"]]: D(line["Amount_Signed"]) for line in close
    }
    year_2022 = posting_sums(
        MAIN, datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)
    )
    expected = {
        account: -balance
        for account, balance in year_2022.items()
        if is_income_statement(account) and balance
    }
    loss = net_result(MAIN, 2022)
    expected[DEFICIT] = loss
    assert closed == expected
    # The note's 16 days of 2022: 210,000 * 16 / 365 = 9,205.48 closed out.
    assert closed["Expenses:Finance:Interest:ConvertibleNotes"] == D("-9205.48")

    tb = package.tb()
    assert D(tb[DEFICIT]["Amount_Beginning"]) == OPENING_DEFICIT
    assert D(tb[DEFICIT]["Amount_Ending"]) == OPENING_DEFICIT + loss


def test_fiscal_year_begins_after_the_close(packages: Packages) -> None:
    package = packages.get(MAIN, "2023-01-01", "2023-06-30")
    tb = package.tb()
    loss_2022 = net_result(MAIN, 2022)
    assert loss_2022 > 0
    assert D(tb[DEFICIT]["Amount_Beginning"]) == OPENING_DEFICIT + loss_2022
    income_statement = [name for name in tb if is_income_statement(name)]
    assert income_statement
    for name in income_statement:
        assert tb[name]["Amount_Beginning"] == "0.00", name
    # Balances already start after the close: no closing journal in 2023.
    assert not [row for row in package.gl() if row["Source"] == "YE"]


def test_previous_earnings_default_account_is_an_equity_account(
    tmp_path: Path,
) -> None:
    """Without ``option "account_previous_earnings"``, Beancount names the
    account Equity:Earnings:Previous (options.get_previous_accounts joins the
    leaf to the equity root); the close must not post to a root-less
    ``Earnings:Previous`` that is in no chart and no financial statement."""
    ledger = tmp_path / "books.beancount"
    ledger.write_text(
        """\
option "operating_currency" "USD"

2022-01-01 open Assets:Bank      USD
2022-01-01 open Equity:Opening   USD
2022-01-01 open Expenses:Office  USD

2022-01-02 * "Owner" "Opening balance"
  Assets:Bank       1000.00 USD
  Equity:Opening

2022-10-05 * "Stationer" "Paper"
  Expenses:Office     40.00 USD
  Assets:Bank

2023-06-05 * "Stationer" "Ink"
  Expenses:Office     15.00 USD
  Assets:Bank
""",
        encoding="utf-8",
    )
    out = tmp_path / "package"
    result = export(ledger, "2022-07-01", "2023-06-30", out)
    assert result.exit_code == 0, result.output
    close = [
        row
        for row in read_ads(out / "ads" / "GL_Detail_20220701_20230630.txt")
        if row["Source"] == "YE"
    ]
    # Expenses:Office's 40.00 of 2022 is closed to the previous earnings.
    accounts = {row["GL_Account_Number"]: row["Amount_Signed"] for row in close}
    assert accounts == {
        "Expenses:Office": "-40.00",
        "Equity:Earnings:Previous": "40.00",
    }


# --------------------------------------------------------------------------
# Journal ids, sources and flags
# --------------------------------------------------------------------------


def test_journal_ids_are_the_same_in_overlapping_periods(packages: Packages) -> None:
    year = packages.get(MAIN, "2022-01-01", "2022-12-31")
    straddle = packages.get(MAIN, "2022-07-01", "2023-06-30")

    def second_half_2022(package: Package) -> list[dict[str, str]]:
        return [
            row
            for row in package.gl()
            if "20220701" <= row["Effective_Date"] <= "20221231"
        ]

    first, second = second_half_2022(year), second_half_2022(straddle)
    assert len(first) > 100
    # Every line of the overlap, its Journal_ID included, is the same.
    assert first == second
    # Ids are unique per journal: a journal's lines are one run of rows.
    for package in (year, straddle):
        ids = [row["Journal_ID"] for row in package.gl()]
        runs = [
            key for index, key in enumerate(ids) if index == 0 or ids[index - 1] != key
        ]
        assert len(runs) == len(set(runs))


def test_sources_flags_and_locations(packages: Packages) -> None:
    package = packages.get(MAIN, "2022-07-01", "2023-06-30")
    gl = package.gl()
    definition = LEDGER_DIR / "convertible-notes.beancount"
    definition_line = line_of(
        definition.read_text(encoding="utf-8"), f'custom "convertible-note" "{NOTE_ID}"'
    )
    generated = [row for row in gl if row["Source"] == "CN"]
    manual = [row for row in gl if row["Source"] == "GJ"]
    assert {row["Source"] for row in gl} == {"CN", "GJ", "YE"}

    # The note's entries in the period: the issue on 2022-12-16 and the
    # accruals at each month-end from December 2022 to June 2023.
    assert sorted({row["Effective_Date"] for row in generated}) == [
        "20221216",
        "20221231",
        "20230131",
        "20230228",
        "20230331",
        "20230430",
        "20230531",
        "20230630",
    ]
    for row in generated:
        assert row["Manual_Entry_Flag"] == "N"
        assert row["Related_Party_Flag"] == "Y"
        assert row["Note_ID"] == NOTE_ID
        path, lineno, _text = source_line(MAIN, row["Source_Location"])
        assert (path, lineno) == (definition.resolve(), definition_line), row

    for row in manual:
        assert row["Manual_Entry_Flag"] == "Y"
        assert row["Related_Party_Flag"] == "N"
        assert row["Note_ID"] == ""
        _path, _lineno, text = source_line(MAIN, row["Source_Location"])
        effective = row["Effective_Date"]
        directive_date = f"{effective[:4]}-{effective[4:6]}-{effective[6:]}"
        assert text.startswith(f"{directive_date} *"), (row, text)

    # One GJ journal per hand-written transaction of the period.
    entries, _ = loaded(MAIN)
    hand_written = [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction)
        and "note-event" not in entry.meta
        and datetime.date(2022, 7, 1) <= entry.date <= datetime.date(2023, 6, 30)
    ]
    assert len({row["Journal_ID"] for row in manual}) == len(hand_written)


def test_generated_entries_point_at_their_event(packages: Packages) -> None:
    package = packages.get(CONVERT, "2023-01-01", "2023-12-31")
    text = CONVERT.read_text(encoding="utf-8")
    for row in package.schedule("Conversions.csv"):
        lines = [r for r in package.gl() if r["Journal_ID"] == row["journal_id"]]
        needle = f'{row["date"]} custom "convertible-note-convert"'
        for line in lines:
            path, lineno, _ = source_line(CONVERT, line["Source_Location"])
            assert (path, lineno) == (CONVERT.resolve(), line_of(text, needle))


def test_related_party_schedule(packages: Packages) -> None:
    package = packages.get(MAIN, "2023-01-01", "2023-06-30")
    (row,) = package.schedule("Related_Party.csv")
    assert row["related_party"] == "Aenco Technologies Ltd"
    assert row["relationship"].startswith("Indirectly 34.56% effectively owned")
    assert row["note"] == NOTE_ID
    # 3,000,000 * 0.07 * 197 / 365 = 113,342.47 accrued at 2023-06-30.
    assert row["principal_at_period_end"] == "3000000.00"
    assert row["accrued_interest_at_period_end"] == "113342.47"
    # 113,342.47 - 9,205.48 accrued in H1 2023.
    assert row["interest_accrued"] == "104136.99"


# --------------------------------------------------------------------------
# Byte identity
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ledger", "start", "end"),
    [(MAIN, "2022-07-01", "2023-06-30"), (CONVERT, "2023-01-01", "2023-12-31")],
    ids=["main-straddle", "convert-2023"],
)
def test_two_exports_are_byte_identical(
    packages: Packages, tmp_path: Path, ledger: Path, start: str, end: str
) -> None:
    first = packages.get(ledger, start, end)
    result = export(ledger, start, end, tmp_path / "again")
    assert result.exit_code == 0, result.output
    again = Package(tmp_path / "again", ledger, start, end, result)
    first_files, again_files = first.files(), again.files()
    assert sorted(first_files) == sorted(again_files)
    assert "workbook.xlsx" in first_files
    for name, content in first_files.items():
        assert again_files[name] == content, name


def test_package_does_not_depend_on_where_the_books_are_checked_out(
    tmp_path: Path,
) -> None:
    """The same books in two checkouts give the same package: no absolute
    path of the exporting machine in Source_Location or MANIFEST.json."""
    for name in ("a", "b"):
        shutil.copytree(LEDGER_DIR, tmp_path / name / "ledger")
    packages = []
    for name in ("a", "b"):
        ledger = tmp_path / name / "ledger" / "scenarios" / SETTLE_MIXED.name
        out = tmp_path / f"package-{name}"
        result = export(ledger, "2023-01-01", "2023-12-31", out)
        assert result.exit_code == 0, result.output
        packages.append(Package(out, ledger, "2023-01-01", "2023-12-31", result))
    first, second = packages
    absolute = sorted(
        {
            row["Source_Location"].rpartition(":")[0]
            for row in first.gl()
            if row["Source_Location"].startswith("/")
        }
    )
    assert absolute == [], f"absolute Source_Location paths: {absolute}"
    manifest = json.loads((first.path / "MANIFEST.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in manifest["sources"] if s["path"].startswith("/")] == []
    assert first.files() == second.files()


# --------------------------------------------------------------------------
# Workbook
# --------------------------------------------------------------------------

MONEY_COLUMNS = {
    "GL_Detail": ("Amount", "Amount_Signed"),
    "Trial_Balance": ("Amount_Beginning", "Amount_Ending"),
    "Debt_Rollforward": (
        "opening_principal",
        "principal_converted",
        "closing_principal",
        "opening_interest",
        "interest_accrued",
        "interest_converted",
        "closing_interest",
        "cash_paid",
        "equity_issued",
    ),
    "Interest_Recalculation": ("accrued_posted_before", "amount_posted"),
    "Conversions": ("principal", "interest", "premium", "cash_paid"),
}


def header_index(sheet: Worksheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def first_data_row(sheet: Worksheet, index: dict[str, int]) -> int:
    """The first row of a sheet with data: in Interest_Recalculation, the
    first entry row (its piece rows leave the entry columns blank)."""
    if "row_type" not in index:
        return 2
    return next(
        row
        for row in range(2, sheet.max_row + 1)
        if sheet.cell(row, index["row_type"]).value == "entry"
    )


def test_workbook_reads_back(packages: Packages) -> None:
    package = packages.get(CONVERT, "2023-01-01", "2023-12-31")
    book = openpyxl.load_workbook(package.path / "workbook.xlsx")
    assert set(SHEETS) <= set(book.sheetnames)
    for name in SHEETS:
        assert book[name].freeze_panes == "A2", name

    gl_text = package.gl_path.read_text(encoding="utf-8").splitlines()
    gl_sheet = book["GL_Detail"]
    # Data rows: the sheet's rows after its header, the file's after its own.
    assert gl_sheet.max_row - 1 == len(gl_text) - 1
    assert tuple(cell.value for cell in gl_sheet[1]) == tuple(GL_HEADER.split("|"))

    for name, columns in MONEY_COLUMNS.items():
        sheet = book[name]
        index = header_index(sheet)
        assert sheet.max_row >= 2, name
        row = first_data_row(sheet, index)
        for column in columns:
            cell = sheet.cell(row=row, column=index[column])
            assert isinstance(cell.value, int | float), (name, column)
            assert "#,##0.00" in cell.number_format, (name, column, cell.number_format)

    # A few values equal the text files'.
    gl = package.gl()
    index = header_index(gl_sheet)
    for row_number in (2, len(gl) + 1):
        text_row = gl[row_number - 2]
        assert (
            gl_sheet.cell(row_number, index["Journal_ID"]).value
            == text_row["Journal_ID"]
        )
        assert gl_sheet.cell(row_number, index["Amount_Signed"]).value == pytest.approx(
            float(text_row["Amount_Signed"]), abs=0.001
        )
    tb_sheet = book["Trial_Balance"]
    tb_index = header_index(tb_sheet)
    tb_rows = read_ads(package.tb_path)
    assert tb_sheet.max_row - 1 == len(tb_rows)
    for row_number, text_row in enumerate(tb_rows, start=2):
        assert (
            tb_sheet.cell(row_number, tb_index["GL_Account_Name"]).value
            == text_row["GL_Account_Name"]
        )
        assert tb_sheet.cell(
            row_number, tb_index["Amount_Ending"]
        ).value == pytest.approx(float(text_row["Amount_Ending"]), abs=0.001)
    conversions = book["Conversions"]
    conv_index = header_index(conversions)
    assert conversions.cell(2, conv_index["shares"]).value == 105235
    assert conversions.cell(3, conv_index["premium"]).value == pytest.approx(1925650.40)
    checks = book["Checks"]
    assert [
        (checks.cell(row, 1).value, checks.cell(row, 2).value)
        for row in range(2, checks.max_row + 1)
    ] == [(name, "PASS") for name in CHECK_NAMES]


def test_workbook_fiscal_year_is_not_shown_with_a_thousands_separator(
    packages: Packages,
) -> None:
    """A year is not a quantity: 2023 must not display as "2,023"."""
    package = packages.get(CONVERT, "2023-01-01", "2023-12-31")
    sheet = openpyxl.load_workbook(package.path / "workbook.xlsx")["GL_Detail"]
    cell = sheet.cell(2, header_index(sheet)["Fiscal_Year"])
    assert cell.value in (2023, "2023")
    assert "," not in cell.number_format, cell.number_format


def test_workbook_exact_money_columns_have_thousands_separators(
    packages: Packages,
) -> None:
    """The recalculation's exact amounts are money too (3,000,000.0000000000,
    not 3000000.0000000000)."""
    package = packages.get(CONVERT, "2023-01-01", "2023-12-31")
    sheet = openpyxl.load_workbook(package.path / "workbook.xlsx")[
        "Interest_Recalculation"
    ]
    index = header_index(sheet)
    row = first_data_row(sheet, index)
    for column in (
        "interest_bearing_balance",
        "cumulative_interest_exact",
        "accrued_unpaid_exact",
    ):
        cell = sheet.cell(row, index[column])
        assert "#,##0" in cell.number_format, (column, cell.number_format)


# --------------------------------------------------------------------------
# MANIFEST.json and SHA256SUMS
# --------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_manifest_and_checksums(packages: Packages) -> None:
    package = packages.get(MAIN, "2023-01-01", "2023-06-30")
    files = {
        path.relative_to(package.path).as_posix(): path
        for path in package.path.rglob("*")
        if path.is_file()
    }
    assert set(files) == {
        "MANIFEST.json",
        "SHA256SUMS",
        "checks.csv",
        "workbook.xlsx",
        "ads/GL_Detail_20230101_20230630.txt",
        "ads/Trial_Balance_20230101_20230630.txt",
        "ads/Chart_Of_Accounts.txt",
        "ads/Source_Listing.txt",
        "schedules/Debt_Rollforward.csv",
        "schedules/Interest_Recalculation.csv",
        "schedules/Conversions.csv",
        "schedules/Related_Party.csv",
    }
    manifest = json.loads(files["MANIFEST.json"].read_text(encoding="utf-8"))
    outputs = {item["path"]: item["sha256"] for item in manifest["outputs"]}
    assert set(outputs) == set(files) - {"MANIFEST.json", "SHA256SUMS"}
    for name, digest in outputs.items():
        assert digest == sha256(files[name]), name

    sums = {}
    for line in files["SHA256SUMS"].read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        sums[name] = digest
    assert set(sums) == set(files) - {"SHA256SUMS"}
    for name, digest in sums.items():
        assert digest == sha256(files[name]), name

    sources = {}
    for item in manifest["sources"]:
        path = Path(item["path"])
        resolved = (path if path.is_absolute() else MAIN.parent / path).resolve()
        sources[resolved] = item["sha256"]
    expected_sources = {
        (LEDGER_DIR / name).resolve()
        for name in (
            "main.beancount",
            "accounts.beancount",
            "2022.beancount",
            "2023.beancount",
            "convertible-notes.beancount",
        )
    }
    assert set(sources) == expected_sources
    for path, digest in sources.items():
        assert digest == sha256(path), path

    assert manifest["tool_version"] == importlib.metadata.version("aptorum-books")
    assert manifest["period"] == {"from": "2023-01-01", "to": "2023-06-30"}
    assert manifest["entity"] == "Illustrative books (test fixture)"  # option "title"
    assert manifest["ledger"] == "main.beancount"


# --------------------------------------------------------------------------
# Small books for the failure cases
# --------------------------------------------------------------------------

# ACME-2023: 1,000,000.00 USD at 5 %, ACT/365, issued 2023-01-10; the last
# hand-written entry is 2023-03-31, so the accruals run to that day.
# A day's interest is 50,000 / 365; cumulative days 22 (Jan 10-31), 50, 81.
#   2023-01-31: 50,000 * 22 / 365 = 3,013.6986 -> 3,013.70
#   2023-02-28: 50,000 * 50 / 365 = 6,849.3151 -> 6,849.32 - 3,013.70 = 3,835.62
#   2023-03-31: 50,000 * 81 / 365 = 11,095.8904 -> 11,095.89 - 6,849.32 = 4,246.57
SMALL_ACCRUALS = {
    datetime.date(2023, 1, 31): D("3013.70"),
    datetime.date(2023, 2, 28): D("3835.62"),
    datetime.date(2023, 3, 31): D("4246.57"),
}
SMALL_INTEREST = D("11095.89")
SMALL_PLUGIN = ACME_PLUGIN
SMALL_LEDGER = acme_books("Small Books Ltd")


def write_books(directory: Path, text: str = SMALL_LEDGER, name: str = "books") -> Path:
    return write_file(directory / f"{name}.beancount", text)


def export_small(ledger: Path, out: Path, *extra: str) -> Result:
    return export(ledger, "2023-01-01", "2023-03-31", out, *extra)


def statuses(out: Path) -> dict[str, str]:
    return {row["check"]: row["status"] for row in read_csv(out / "checks.csv")}


def assert_fails(result: Result, out: Path, *failing: str) -> None:
    """Exit non-zero, the failing checks named, and marked FAIL in checks.csv."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "books: check failed: " in result.stderr
    for name in CHECK_NAMES:
        status = "FAIL" if name in failing else "PASS"
        assert f"{status}  {name}" in result.stdout, (name, result.output)
        assert (name in result.stderr) == (name in failing), (name, result.stderr)
    assert statuses(out) == {
        name: "FAIL" if name in failing else "PASS" for name in CHECK_NAMES
    }


def test_small_books_pass(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert result.exit_code == 0, result.output
    assert set(statuses(out).values()) == {"PASS"}
    recalculation = entry_rows(
        read_csv(out / "schedules" / "Interest_Recalculation.csv")
    )
    assert {
        datetime.date.fromisoformat(row["entry_date"]): D(row["amount_posted"])
        for row in recalculation
    } == SMALL_ACCRUALS
    tb = {
        row["GL_Account_Name"]: row
        for row in read_ads(out / "ads" / "Trial_Balance_20230101_20230331.txt")
    }
    assert (
        D(tb["Liabilities:Current:AccruedInterest:Acme"]["Amount_Ending"])
        == -SMALL_INTEREST
    )


# Each check fails, first fed crafted inputs directly ...

AS_OF = datetime.date(2023, 3, 31)


def tb_line(name: str, beginning: str, ending: str) -> ads.TrialBalanceLine:
    return ads.TrialBalanceLine(name, name, D(beginning), D(ending), "USD", AS_OF)


def test_verify_journals_balance() -> None:
    sums = ads.LedgerSums(journals=2, lines=4)
    assert verify.journals_balance(sums).passed
    sums.unbalanced.append("JE-0001")
    check = verify.journals_balance(sums)
    assert check.row()[:3] == (JOURNALS, "FAIL", 2)
    assert "JE-0001 does not balance" in check.detail


def test_verify_activity_matches() -> None:
    sums = ads.LedgerSums()
    sums.activity[("Assets:Bank", "USD")] = D("10.00")
    sums.activity[("Equity:Opening", "USD")] = D("-10.00")
    lines = [
        tb_line("Assets:Bank", "0.00", "10.00"),
        tb_line("Equity:Opening", "0", "-10.00"),
    ]
    assert verify.activity_matches(sums, lines).passed
    lines[0] = tb_line("Assets:Bank", "0.00", "10.01")
    check = verify.activity_matches(sums, lines)
    assert check.row()[:3] == (ACTIVITY, "FAIL", 2)
    assert "Assets:Bank USD" in check.detail
    assert "Equity:Opening" not in check.detail


def test_verify_trial_balance_zero() -> None:
    lines = [
        tb_line("Assets:Bank", "5.00", "10.00"),
        tb_line("Equity:Opening", "-5.00", "-10.00"),
    ]
    assert verify.trial_balance_zero(lines).passed
    lines.append(tb_line("Expenses:Office", "0.00", "0.01"))
    check = verify.trial_balance_zero(lines)
    assert check.row()[:2] == (TB_ZERO, "FAIL")
    assert "USD" in check.detail


def small_schedules() -> list[Schedule]:
    entries, errors, options = loader.load_string(SMALL_LEDGER)
    assert not errors
    schedules, note_errors = schedules_from_ledger(entries, options)
    assert not note_errors
    return schedules


def test_verify_rollforward_ties() -> None:
    schedules = small_schedules()
    start, end = datetime.date(2023, 1, 1), AS_OF
    lines = [
        tb_line("Liabilities:Current:ConvertibleNotes:Acme", "0", "-1000000.00"),
        tb_line("Liabilities:Current:AccruedInterest:Acme", "0", f"-{SMALL_INTEREST}"),
    ]
    assert verify.rollforward_ties(schedules, lines, start, end).passed
    lines[1] = tb_line("Liabilities:Current:AccruedInterest:Acme", "0", "-11095.90")
    check = verify.rollforward_ties(schedules, lines, start, end)
    assert check.row()[:3] == (ROLLFORWARD, "FAIL", 1)
    assert "Liabilities:Current:AccruedInterest:Acme" in check.detail


def test_verify_recalculation_reproduces() -> None:
    schedules = small_schedules()
    start, end = datetime.date(2023, 1, 1), AS_OF
    sums = ads.LedgerSums()
    accounts = schedules[0].terms.accounts
    for date, amount in SMALL_ACCRUALS.items():
        sums.accruals[("ACME-2023", date, accounts.expense)] = amount
        sums.accruals[("ACME-2023", date, accounts.interest)] = -amount
    check = verify.recalculation_reproduces(sums, schedules, start, end)
    assert check.passed, check.detail
    assert check.checked == 3
    sums.accruals[("ACME-2023", datetime.date(2023, 2, 28), accounts.expense)] = D(
        "3835.63"
    )
    check = verify.recalculation_reproduces(sums, schedules, start, end)
    assert check.row()[:2] == (RECALCULATION, "FAIL")
    assert "ACME-2023 2023-02-28" in check.detail


# ... then through `books export`.


def test_unbalanced_journal_fails_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal cannot be unbalanced in a valid ledger: the export's view of
    one posting is shifted by a cent."""
    real = convert.get_weight

    def shifted(posting: data.Posting) -> object:
        weight = real(posting)  # type: ignore[no-untyped-call]
        if posting.account == "Expenses:Office":
            return weight._replace(number=weight.number + D("0.01"))
        return weight

    monkeypatch.setattr(ads, "convert", types.SimpleNamespace(get_weight=shifted))
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    result = export_small(ledger, out)
    # The GL itself is out by a cent, so the Trial Balance is too.
    assert_fails(result, out, JOURNALS, TB_ZERO)
    gl = read_ads(out / "ads" / "GL_Detail_20230101_20230331.txt")
    (journal,) = {
        row["Journal_ID"] for row in gl if row["GL_Account_Number"] == "Expenses:Office"
    }
    assert f"{journal} does not balance" in result.stdout


def shift_trial_balance(
    monkeypatch: pytest.MonkeyPatch, changes: dict[str, tuple[str, str]]
) -> None:
    """Move some Trial Balance lines by (beginning, ending) amounts."""
    real = ads.trial_balance

    def shifted(
        sums: ads.LedgerSums, context: ads.GLContext
    ) -> list[ads.TrialBalanceLine]:
        lines = real(sums, context)
        out = []
        for line in lines:
            begin, end = changes.get(line.name, ("0", "0"))
            out.append(
                dataclasses.replace(
                    line,
                    beginning=line.beginning + D(begin),
                    ending=line.ending + D(end),
                )
            )
        return out

    monkeypatch.setattr(ads, "trial_balance", shifted)


def test_activity_mismatch_fails_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cent moved between two endings: the TB still sums to zero.
    shift_trial_balance(
        monkeypatch,
        {"Assets:Bank:Operating": ("0", "0.01"), "Expenses:Office": ("0", "-0.01")},
    )
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert_fails(result, out, ACTIVITY)
    assert "Assets:Bank:Operating USD" in result.stdout


def test_trial_balance_not_zero_fails_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both ends of one account up a cent: its movement is unchanged.
    shift_trial_balance(monkeypatch, {"Assets:Bank:Operating": ("0.01", "0.01")})
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert_fails(result, out, TB_ZERO)


def test_hand_written_interest_breaks_the_rollforward(tmp_path: Path) -> None:
    text = (
        SMALL_LEDGER
        + """
2023-03-31 * "Controller" "Interest keyed by hand"
  Expenses:Finance:Interest                   100.00 USD
  Liabilities:Current:AccruedInterest:Acme   -100.00 USD
"""
    )
    ledger = write_books(tmp_path / "books", text)
    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert_fails(result, out, ROLLFORWARD)
    # Roll-forward 11,095.89; Trial Balance 11,095.89 + 100.00 = 11,195.89.
    assert "Liabilities:Current:AccruedInterest:Acme" in result.stdout
    assert "11195.89" in result.stdout


HAND_WRITTEN_ACCRUAL = """
2023-03-31 * "Controller" "Interest correction keyed by hand"
  note: "ACME-2023"
  note-event: "accrual"
  Expenses:Finance:Interest                     0.01 USD
  Liabilities:Current:AccruedInterest:Acme     -0.01 USD
"""


def test_hand_written_accrual_fails_the_recalculation(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books", SMALL_LEDGER + HAND_WRITTEN_ACCRUAL)
    out = tmp_path / "package"
    result = export_small(ledger, out)
    # The interest account is a cent above the schedule, too.
    assert_fails(result, out, ROLLFORWARD, RECALCULATION)
    # Ledger 4,246.57 + 0.01 for 2023-03-31; recalculated 4,246.57.
    assert (
        "ACME-2023 2023-03-31 Expenses:Finance:Interest: ledger accrual 4246.58, "
        "recalculated 4246.57"
    ) in result.stdout
    assert (
        "ACME-2023 2023-03-31 Liabilities:Current:AccruedInterest:Acme: ledger "
        "accrual -4246.58, recalculated -4246.57"
    ) in result.stdout


def test_hand_written_entry_with_note_metadata_is_still_manual(tmp_path: Path) -> None:
    """Manual_Entry_Flag must not be settable by writing metadata: the entry
    above is typed in a ledger file, so it is a manual (GJ) entry."""
    text = SMALL_LEDGER + HAND_WRITTEN_ACCRUAL
    ledger = write_books(tmp_path / "books", text)
    out = tmp_path / "package"
    export_small(ledger, out)
    location = f"books.beancount:{line_of(text, 'Interest correction keyed by hand')}"
    rows = [
        row
        for row in read_ads(out / "ads" / "GL_Detail_20230101_20230331.txt")
        if row["Source_Location"] == location
    ]
    assert len(rows) == 2
    for row in rows:
        assert (row["Source"], row["Manual_Entry_Flag"]) == ("GJ", "Y"), row


def test_materialized_books_with_an_edited_accrual_fail_the_recalculation(
    tmp_path: Path,
) -> None:
    """Books loaded without the plugin, from `books materialize` output: the
    schedules still come from the note's directives, so a cent edited in a
    materialized accrual is caught."""
    books = tmp_path / "books"
    ledger = write_books(books, name="with-plugin")
    generated = books / "generated.beancount"
    result = invoke("materialize", "--out", str(generated), "--ledger", str(ledger))
    assert result.exit_code == 0, result.output
    without_plugin = SMALL_LEDGER.replace(SMALL_PLUGIN, 'include "generated.beancount"')
    assert SMALL_PLUGIN not in without_plugin

    plain = write_books(books, without_plugin, name="materialized")
    out = tmp_path / "plain"
    result = export_small(plain, out)
    assert result.exit_code == 0, result.output
    assert set(statuses(out).values()) == {"PASS"}

    # The January accrual, 3,013.70, keyed as 3,013.71 on both lines.
    text = generated.read_text(encoding="utf-8")
    assert text.count(" 3013.70 USD") == 1 and text.count("-3013.70 USD") == 1
    generated.write_text(
        text.replace(" 3013.70 USD", " 3013.71 USD").replace(
            "-3013.70 USD", "-3013.71 USD"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "edited"
    result = export_small(plain, out)
    # The journal no longer posts the schedule's amounts, so no row names it.
    assert_fails(result, out, ROLLFORWARD, RECALCULATION, CROSS_REFERENCES)
    assert (
        "ACME-2023 2023-01-31 Expenses:Finance:Interest: ledger accrual 3013.71, "
        "recalculated 3013.70"
    ) in result.stdout


# --------------------------------------------------------------------------
# Atomicity
# --------------------------------------------------------------------------


def test_existing_directory_is_refused_without_force(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books")
    parent = tmp_path / "out"
    out = parent / "package"
    out.mkdir(parents=True)
    (out / "keep.txt").write_text("previous content\n", encoding="utf-8")
    result = export_small(ledger, out)
    assert result.exit_code == 1
    assert result.stderr.startswith("books: ")
    assert "--force" in result.stderr
    assert tree(out) == {"keep.txt": b"previous content\n"}
    assert sorted(p.name for p in parent.iterdir()) == ["package"]

    result = export_small(ledger, out, "--force")
    assert result.exit_code == 0, result.output
    assert "keep.txt" not in tree(out)
    assert (out / "checks.csv").is_file()
    assert sorted(p.name for p in parent.iterdir()) == ["package"]


def test_force_replaces_a_previous_package(tmp_path: Path) -> None:
    books = tmp_path / "books"
    ledger = write_books(books)
    parent = tmp_path / "out"
    out = parent / "package"
    assert export_small(ledger, out).exit_code == 0
    # The books change; the package is replaced by the new one.
    write_books(books, SMALL_LEDGER.replace("120.00 USD", "125.00 USD"))
    result = export_small(ledger, out, "--force")
    assert result.exit_code == 0, result.output
    gl = (out / "ads" / "GL_Detail_20230101_20230331.txt").read_text(encoding="utf-8")
    assert "|125.00|D|" in gl and "|120.00|" not in gl
    assert sorted(p.name for p in parent.iterdir()) == ["package"]


def test_failure_with_an_unexpected_error_leaves_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(export_module.tables, "conversion_rows", crash)
    ledger = write_books(tmp_path / "books")
    parent = tmp_path / "out"
    parent.mkdir()
    result = export_small(ledger, parent / "package")
    assert isinstance(result.exception, RuntimeError)
    assert list(parent.iterdir()) == []


# --------------------------------------------------------------------------
# Refusals
# --------------------------------------------------------------------------

BROKEN = {
    "unbalanced": SMALL_LEDGER
    + """
2023-03-15 * "Stationer" "Does not balance"
  Expenses:Office               10.00 USD
  Assets:Bank:Operating         -9.00 USD
""",
    "note-error": SMALL_LEDGER.replace("rate: 0.05", "rate: 5"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_ledger_with_errors_is_refused(tmp_path: Path, case: str) -> None:
    ledger = write_books(tmp_path / "books", BROKEN[case])
    out = tmp_path / "package"
    completed = run_books(
        "export",
        "--from",
        "2023-01-01",
        "--to",
        "2023-03-31",
        "--out",
        str(out),
        "--ledger",
        str(ledger),
        cwd=tmp_path,
    )
    assert completed.returncode == 1
    assert completed.stderr.startswith("books: ")
    assert "has errors" in completed.stderr
    assert "books.beancount:" in completed.stderr  # file:line of the error
    assert "Traceback" not in completed.stderr + completed.stdout
    assert not out.exists()


def test_period_backwards_is_refused(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    result = export(ledger, "2023-03-31", "2023-01-01", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("books: ")
    assert not out.exists()


def test_entity_option(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books")
    out = tmp_path / "package"
    assert (
        export_small(ledger, out, "--entity", "Small Books (Audit copy)").exit_code == 0
    )
    manifest = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["entity"] == "Small Books (Audit copy)"
    assert manifest["period"] == {"from": "2023-01-01", "to": "2023-03-31"}


# --------------------------------------------------------------------------
# Entered_By / Entered_Date from git
# --------------------------------------------------------------------------


def git(repo: Path, *args: str, author: str = "", date: str = "") -> None:
    env = dict(os.environ)
    env["GIT_CONFIG_GLOBAL"] = os.devnull
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    if date:
        env["GIT_AUTHOR_DATE"] = date
        env["GIT_COMMITTER_DATE"] = date
    identity = []
    if author:
        identity = ["-c", f"user.name={author}", "-c", "user.email=books@example.com"]
    subprocess.run(
        ["git", *identity, *args], cwd=repo, env=env, check=True, capture_output=True
    )


def test_entered_by_and_date_come_from_git(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    ledger = write_books(repo)
    git(repo, "init", "-q")
    git(repo, "add", ledger.name)
    git(
        repo,
        "commit",
        "-q",
        "-m",
        "Books",
        author="Jane Controller",
        date="2024-03-05T12:00:00+00:00",
    )
    # A later change to one posting of one transaction, by someone else.
    ledger.write_text(
        SMALL_LEDGER.replace(
            "Expenses:Office              120.00 USD",
            "Expenses:Office              125.00 USD",
        ),
        encoding="utf-8",
    )
    git(
        repo,
        "commit",
        "-q",
        "-a",
        "-m",
        "Fix",
        author="Bob Bookkeeper",
        date="2024-04-10T12:00:00+00:00",
    )

    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert result.exit_code == 0, result.output
    gl = read_ads(out / "ads" / "GL_Detail_20230101_20230331.txt")
    assert gl
    office = [
        row
        for row in gl
        if row["JE_Header_Description"] == "Stationer - Office supplies"
    ]
    assert len(office) == 2
    for row in gl:
        expected = (
            ("Bob Bookkeeper", "20240410")
            if row in office
            else ("Jane Controller", "20240305")
        )
        assert (row["Entered_By"], row["Entered_Date"]) == expected, row
    assert {row["Source"] for row in gl} == {"GJ", "CN"}

    # The same books outside any repository: nobody is known.
    elsewhere = write_books(tmp_path / "plain")
    out = tmp_path / "package-plain"
    assert export_small(elsewhere, out).exit_code == 0
    for row in read_ads(out / "ads" / "GL_Detail_20230101_20230331.txt"):
        assert (row["Entered_By"], row["Entered_Date"]) == ("", ""), row


def test_workbook_gl_sheet_is_capped_and_says_where_the_rest_is(
    tmp_path: Path,
) -> None:
    out = tmp_path / "package"
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--ledger",
            str(MAIN),
            "--from",
            "2022-12-01",
            "--to",
            "2022-12-31",
            "--out",
            str(out),
            "--workbook-gl-rows",
            "10",
        ],
    )
    assert result.exit_code == 0, result.output
    (gl_file,) = (out / "ads").glob("GL_Detail_*.txt")
    lines = gl_file.read_text(encoding="utf-8").splitlines()
    # December 2022 has more than ten GL lines (the note's issue and accrual
    # alone are four), and the ADS file keeps every one of them.
    assert len(lines) - 1 > 10
    sheet = openpyxl.load_workbook(out / "workbook.xlsx", read_only=True)["GL_Detail"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 10 + 1
    assert rows[1][0] == lines[1].split("|")[0]
    note = str(rows[-1][0])
    assert note.startswith("Truncated: this sheet shows the first 10 of ")
    assert f"{len(lines) - 1:,} lines" in note
    assert note.endswith(gl_file.name)


# -- Cross-references match on what a journal posts, never on position ------------


def test_month_end_conversion_rows_name_their_own_journals(tmp_path: Path) -> None:
    """A conversion on a month-end gives two accruals dated that day: the
    event's (covering the days before it) and the month-end's (the day
    itself). Each recalculation row must name the journal that posts its own
    amount, and the conversion row the conversion's journal.

    ACME-2023, 1,000,000.00 at 5 % ACT/365 from 2023-01-10; half converted
    on 2023-03-31. To 2023-03-30 (80 days): 10,958.904... -> 10,958.90,
    posted 3,013.70 + 3,835.62 + 4,109.58 (March 1-30). The conversion takes
    half: 5,479.452... -> 5,479.45. The month-end's one day on 500,000:
    68.493...; exact left 5,479.452 + 68.493 = 5,547.945 -> 5,547.95 less
    the 5,479.45 still posted: 68.50."""
    text = acme_books() + (
        '\n2023-03-31 custom "convertible-note-convert" "ACME-2023" 500000.00 USD\n'
    )
    ledger = write_books(tmp_path / "books", text)
    out = tmp_path / "package"
    result = export(ledger, "2023-01-01", "2023-03-31", out)
    assert result.exit_code == 0, result.output
    gl = read_ads(next((out / "ads").glob("GL_Detail_*.txt")))
    posted: dict[str, Decimal] = defaultdict(Decimal)
    for line in gl:
        if line["GL_Account_Number"] == "Liabilities:Current:AccruedInterest:Acme":
            posted[line["Journal_ID"]] -= D(line["Amount_Signed"])
    rows = [
        row
        for row in read_csv(out / "schedules" / "Interest_Recalculation.csv")
        if row["entry_date"] == "2023-03-31"
    ]
    assert sorted(row["amount_posted"] for row in rows) == ["4109.58", "68.50"]
    for row in rows:
        assert posted[row["journal_id"]] == D(row["amount_posted"]), row
    assert len({row["journal_id"] for row in rows}) == 2
    (conversion,) = read_csv(out / "schedules" / "Conversions.csv")
    # The conversion debits the interest it takes: 5,479.45.
    assert posted[conversion["journal_id"]] == D("-5479.45")
    assert statuses(out) == dict.fromkeys(CHECK_NAMES, "PASS")


@pytest.mark.parametrize("narration", ["Fees | bank", "Fees\\nbank"])
def test_a_value_the_ads_file_cannot_carry_is_refused(
    tmp_path: Path, narration: str
) -> None:
    """A pipe or a line break inside a value would split the ADS record
    (Beancount reads the escape \\n in a string as a line break): refused,
    with the entry's location, never altered (a pipe was once written as /)."""
    text = acme_books().replace('"Account fees"', f'"{narration}"')
    ledger = write_books(tmp_path / "books", text)
    out = tmp_path / "package"
    result = export_small(ledger, out)
    assert result.exit_code == 1
    line = line_of(text, narration)
    assert f"{ledger}:{line}: 'Bank - Fees" in result.stderr
    assert "holds a pipe or a line break" in result.stderr
    assert not out.exists()


def test_the_package_gets_the_usual_permissions(tmp_path: Path) -> None:
    """Under umask 022 the package folder is 0755 and its files 0644, so a
    colleague can open them (it was once 0700)."""
    ledger = write_books(tmp_path / "books", acme_books())
    out = tmp_path / "package"
    previous = os.umask(0o022)
    try:
        result = export_small(ledger, out)
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    for path in out.rglob("*"):
        expected = 0o755 if path.is_dir() else 0o644
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_the_workbook_reads_like_a_report(tmp_path: Path) -> None:
    """A cover first; every sheet with a frozen header, filters, widths that
    fit its content, dates as dates, and a landscape page one page wide;
    PASS and FAIL coloured."""
    ledger = write_books(tmp_path / "books", acme_books())
    out = tmp_path / "package"
    assert export_small(ledger, out).exit_code == 0
    book = openpyxl.load_workbook(out / "workbook.xlsx")
    assert book.sheetnames[0] == "Cover"
    cover = {
        row[0].value: row[1].value
        for row in book["Cover"].iter_rows(min_row=3)
        if row[0].value
    }
    assert cover["Entity"] == "Small Books Ltd"
    assert cover["Period"] == "2023-01-01 to 2023-03-31"
    assert cover["Checks"] == f"all {len(CHECK_NAMES)} checks pass"
    assert cover["Books"] == "books.beancount"
    assert "aptorum-books" in cover["Made by"]
    assert "Status" not in cover
    for name in book.sheetnames[1:]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref, name
        assert sheet.page_setup.orientation == "landscape", name
        # Fit to one page wide (1 is the file format's default, left out)
        # and as many pages tall as it takes (0).
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.page_setup.fitToWidth in (None, 1), name
        assert sheet.page_setup.fitToHeight == 0, name
    gl = book["GL_Detail"]
    headers = [cell.value for cell in gl[1]]
    account = headers.index("GL_Account_Number") + 1
    longest = max(len(str(row[account - 1].value)) for row in gl.iter_rows(min_row=2))
    letter = gl.cell(1, account).column_letter
    # "Liabilities:Current:ConvertibleNotes:Acme" (41) fits, not cut to 12.
    assert longest == len("Liabilities:Current:ConvertibleNotes:Acme")
    assert gl.column_dimensions[letter].width >= longest
    effective = headers.index("Effective_Date")
    assert isinstance(gl.cell(2, effective + 1).value, datetime.datetime)
    checks = book["Checks"]
    status = [cell.value for cell in checks[1]].index("status") + 1
    assert checks.cell(2, status).value == "PASS"
    assert checks.cell(2, status).fill.fgColor.rgb.endswith("C6EFCE")


def test_a_scenario_package_says_so_on_its_cover(packages: Packages) -> None:
    package = packages.get(SETTLE_CASH, "2023-01-01", "2023-12-31")
    book = openpyxl.load_workbook(package.path / "workbook.xlsx")
    cover = {
        row[0].value: row[1].value
        for row in book["Cover"].iter_rows(min_row=3)
        if row[0].value
    }
    assert cover["Status"] == "SCENARIO, not reported"


def test_export_tells_its_progress(tmp_path: Path) -> None:
    """What the CLI shows on a terminal while a long export runs."""
    ledger = write_books(tmp_path / "books", acme_books())
    said: list[str] = []
    export_package(
        load_books(ledger),
        datetime.date(2023, 1, 1),
        datetime.date(2023, 3, 31),
        tmp_path / "package",
        progress=said.append,
    )
    assert said == ["GL detail", "trial balance and schedules", "checks and workbook"]


def test_export_says_nothing_on_a_pipe(tmp_path: Path) -> None:
    ledger = write_books(tmp_path / "books", acme_books())
    result = export_small(ledger, tmp_path / "package")
    assert result.exit_code == 0
    assert "..." not in result.stderr
