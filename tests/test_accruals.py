"""Issue and accrual entries (contract sections 1, 2, 4 and 5).

Every expected amount is derived here from the contract: by hand (tables in
comments, re-derived from the day counts with exact fractions), by closed
forms, or with QuantLib day counts.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
import QuantLib as ql
from beancount.core import convert
from beancount.core import data
from beancount.core.amount import Amount
from beancount.parser import printer
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from tests.conftest import LOADED_FILENAME
from tests.conftest import NOTE_ID
from tests.conftest import act_act_isda
from tests.conftest import add_months
from tests.conftest import last_day
from tests.conftest import ledger
from tests.conftest import line_of
from tests.conftest import load
from tests.conftest import note_definition
from tests.conftest import note_transactions
from tests.conftest import number
from tests.conftest import round_half_up
from tests.conftest import settle

if TYPE_CHECKING:
    from collections.abc import Sequence

D = datetime.date
ONE_DAY = datetime.timedelta(days=1)
CURRENT = "Liabilities:Current:ConvertibleNotes:Aenco"
NONCURRENT = "Liabilities:NonCurrent:ConvertibleNotes:Aenco"
PROCEEDS = "Assets:Bank:Restricted"
EXPENSE = "Expenses:Finance:Interest:ConvertibleNotes"
INTEREST = "Liabilities:Current:AccruedInterest:Aenco"

# The definition of section 2 of the contract (tests/conftest.py).
AENCO = note_definition()
AENCO_LEDGER = ledger(AENCO, settle("2023-12-16"))
AENCO_LINE = line_of(AENCO_LEDGER, 'custom "convertible-note" ')
SETTLE_LINE = line_of(AENCO_LEDGER, "convertible-note-settle")

# Aenco: 3,000,000.00 USD at 7 % simple, ACT/365, issued 2022-12-16 (accrues
# from and including that day), settled in cash on 2023-12-16 (accrues up to
# but excluding that day).  Interest per day = 3,000,000 x 0.07 / 365
# = 575.342465...  Each entry posts round_half_up(cumulative exact, 0.01)
# minus what was posted before.
#
#   entry date  covers        days  cum.  cumulative exact     rounded      entry
#   2022-12-31  12-16..12-31    16    16        9,205.4795    9,205.48   9,205.48
#   2023-01-31  01-01..01-31    31    47       27,041.0959   27,041.10  17,835.62
#   2023-02-28  02-01..02-28    28    75       43,150.6849   43,150.68  16,109.58
#   2023-03-31  03-01..03-31    31   106       60,986.3014   60,986.30  17,835.62
#   2023-04-30  04-01..04-30    30   136       78,246.5753   78,246.58  17,260.28
#   2023-05-31  05-01..05-31    31   167       96,082.1918   96,082.19  17,835.61
#   2023-06-30  06-01..06-30    30   197      113,342.4658  113,342.47  17,260.28
#   2023-07-31  07-01..07-31    31   228      131,178.0822  131,178.08  17,835.61
#   2023-08-31  08-01..08-31    31   259      149,013.6986  149,013.70  17,835.62
#   2023-09-30  09-01..09-30    30   289      166,273.9726  166,273.97  17,260.27
#   2023-10-31  10-01..10-31    31   320      184,109.5890  184,109.59  17,835.62
#   2023-11-30  11-01..11-30    30   350      201,369.8630  201,369.86  17,260.27
#   2023-12-16  12-01..12-15    15   365      210,000.0000  210,000.00   8,630.14
#                                                          total  210,000.00
#
# The last row is the settle event's accrual: the horizon (no through=) is the
# last month-end on or before the latest entry (2023-12-16), i.e. 2023-11-30.
AENCO_SETTLE = D(2023, 12, 16)
AENCO_ENTRIES = {
    "2022-12-31": "9205.48",
    "2023-01-31": "17835.62",
    "2023-02-28": "16109.58",
    "2023-03-31": "17835.62",
    "2023-04-30": "17260.28",
    "2023-05-31": "17835.61",
    "2023-06-30": "17260.28",
    "2023-07-31": "17835.61",
    "2023-08-31": "17835.62",
    "2023-09-30": "17260.27",
    "2023-10-31": "17835.62",
    "2023-11-30": "17260.27",
    "2023-12-16": "8630.14",
}

# (entry date, period-start, period-end, days, entry amount)
Row = tuple[datetime.date, datetime.date, datetime.date, int, str]


def schedule_rows(
    issue: str, entries: dict[str, str], settle: datetime.date | None = None
) -> list[Row]:
    """A hand table's entries with the periods they cover.

    The first period starts on the issue date, each later one the day after
    the previous period ends; a month-end entry's period ends on its date, the
    settle event's the day before it.
    """
    rows = []
    start = D.fromisoformat(issue)
    for text, amount in entries.items():
        date = D.fromisoformat(text)
        end = date - ONE_DAY if date == settle else date
        rows.append((date, start, end, (end - start).days + 1, amount))
        start = end + ONE_DAY
    return rows


AENCO_SCHEDULE = schedule_rows("2022-12-16", AENCO_ENTRIES, AENCO_SETTLE)
# 3,000,000 x 0.07 x 16/365 = 9,205.479... -> 9,205.48
FIRST_ACCRUAL: Row = (D(2022, 12, 31), D(2022, 12, 16), D(2022, 12, 31), 16, "9205.48")


def cumulative_entries(
    principal: Fraction, rate: Fraction, fractions: list[Fraction]
) -> list[Decimal]:
    """Entries posted under cumulative rounding, from per-period DCFs."""
    exact = Fraction(0)
    posted = Decimal(0)
    entries = []
    for fraction in fractions:
        exact += principal * rate * fraction
        entries.append(round_half_up(exact) - posted)
        posted += entries[-1]
    return entries


def assert_accrual(
    txn: data.Transaction,
    row: Row,
    lineno: int,
    note_id: str = NOTE_ID,
    currency: str = "USD",
) -> None:
    date, start, end, days, amount = row
    assert txn.date == date
    assert txn.flag == "*"
    assert txn.links == frozenset({note_id})
    assert txn.meta["note"] == note_id
    assert txn.meta["note-event"] == "accrual"
    assert txn.meta["days"] == days
    assert txn.meta["period-start"] == start
    assert txn.meta["period-end"] == end
    assert txn.meta["filename"] == LOADED_FILENAME
    assert txn.meta["lineno"] == lineno
    assert len(txn.postings) == 2
    postings = {(posting.account, posting.units) for posting in txn.postings}
    assert postings == {
        (EXPENSE, Amount(Decimal(amount), currency)),
        (INTEREST, Amount(-Decimal(amount), currency)),
    }


def assert_schedule(
    accruals: Sequence[data.Transaction],
    rows: Sequence[Row],
    lineno: int,
    note_id: str = NOTE_ID,
) -> None:
    """The accruals are the rows' entries, in order, all from ``lineno``."""
    assert [txn.date for txn in accruals] == [row[0] for row in rows]
    for txn, row in zip(accruals, rows, strict=True):
        assert_accrual(txn, row, lineno, note_id)


def issue_postings(
    account: str = CURRENT, currency: str = "USD"
) -> set[tuple[str, Amount]]:
    """The issue entry's postings: the proceeds in, the principal owed."""
    return {
        (PROCEEDS, Amount(Decimal("3000000.00"), currency)),
        (account, Amount(Decimal("-3000000.00"), currency)),
    }


def accrual_amounts(
    entries: Sequence[data.Directive], note_id: str = NOTE_ID
) -> list[Decimal]:
    return [
        number(txn.postings[0]).copy_abs()
        for txn in note_transactions(entries, "accrual", note_id)
    ]


# --------------------------------------------------------------------------
# The Aenco note, entry by entry.


def test_hand_table_follows_from_day_counts() -> None:
    days = [row[3] for row in AENCO_SCHEDULE]
    assert days == [16, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 15]
    assert sum(days) == 365
    fractions = [Fraction(row_days, 365) for row_days in days]
    derived = cumulative_entries(Fraction(3_000_000), Fraction(7, 100), fractions)
    assert derived == [Decimal(amount) for *_, amount in AENCO_SCHEDULE]
    assert sum(derived) == Decimal("210000.00")


def test_aenco_ledger_has_no_errors() -> None:
    _entries, errors = load(AENCO_LEDGER)
    assert errors == []


def test_aenco_issue_entry() -> None:
    entries, _errors = load(AENCO_LEDGER)
    [issue] = note_transactions(entries, "issue")
    assert issue.date == D(2022, 12, 16)
    assert issue.flag == "*"
    assert issue.links == frozenset({NOTE_ID})
    assert issue.meta["note"] == NOTE_ID
    assert issue.meta["filename"] == LOADED_FILENAME
    assert issue.meta["lineno"] == AENCO_LINE
    # Maturity 2023-12-16 <= 2022-12-16 + 12 months: current from the start.
    assert len(issue.postings) == 2
    assert {(p.account, p.units) for p in issue.postings} == issue_postings()


def test_aenco_accruals_entry_by_entry() -> None:
    entries, _errors = load(AENCO_LEDGER)
    *month_ends, at_settle = note_transactions(entries, "accrual")
    # Month-end accruals point at the definition, the event-date accrual
    # at the settle directive.
    assert_schedule(month_ends, AENCO_SCHEDULE[:-1], AENCO_LINE)
    assert_accrual(at_settle, AENCO_SCHEDULE[-1], SETTLE_LINE)
    assert AENCO_SCHEDULE[-1][0] == AENCO_SETTLE


def test_accrual_metadata_types() -> None:
    # `days` is a whole number of calendar days, as a Decimal with no
    # fraction (Beancount's metadata numbers are Decimals, so the entries
    # print and parse back unchanged); the period bounds are dates.
    entries, _errors = load(AENCO_LEDGER)
    for txn in note_transactions(entries, "accrual"):
        days = txn.meta["days"]
        assert type(days) is Decimal, txn.meta
        assert days == days.to_integral_value(), txn.meta
        assert type(txn.meta["period-start"]) is datetime.date, txn.meta
        assert type(txn.meta["period-end"]) is datetime.date, txn.meta


def test_aenco_first_accrual_is_16_days_of_interest() -> None:
    entries, _errors = load(AENCO_LEDGER)
    first = note_transactions(entries, "accrual")[0]
    assert_accrual(first, FIRST_ACCRUAL, AENCO_LINE)
    assert AENCO_SCHEDULE[0] == FIRST_ACCRUAL


def test_aenco_accruals_sum_to_a_year_of_interest() -> None:
    entries, _errors = load(AENCO_LEDGER)
    accruals = note_transactions(entries, "accrual")
    assert sum(accrual_amounts(entries)) == Decimal("210000.00")
    assert sum(txn.meta["days"] for txn in accruals) == 365
    # Nothing accrues once the note is settled, and the principal never
    # leaves current liabilities, so there is nothing to reclassify.
    assert all(txn.date <= D(2023, 12, 16) for txn in note_transactions(entries))
    assert note_transactions(entries, "reclassification") == []


def test_note_currency_comes_from_the_principal() -> None:
    text = ledger(
        note_definition(
            principal="3000000.00 EUR",
            conversion_price="1.20 EUR",
            par_value="1.00 EUR",
        ),
        through="2022-12-31",
    )
    entries, errors = load(text)
    assert errors == []
    [issue] = note_transactions(entries, "issue")
    assert {(p.account, p.units) for p in issue.postings} == issue_postings(
        currency="EUR"
    )
    [accrual] = note_transactions(entries, "accrual")
    lineno = line_of(text, 'custom "convertible-note" ')
    assert_accrual(accrual, FIRST_ACCRUAL, lineno, currency="EUR")


def test_two_notes_have_separate_schedules() -> None:
    # A second note of 1,000,000.00 on the same terms: 16 days of December
    # are 1,000,000 x 0.07 x 16/365 = 3,068.4932 -> 3,068.49; January adds
    # 31 days: cumulative 47 days = 9,013.6986 -> 9,013.70, entry 5,945.21.
    text = ledger(
        AENCO,
        note_definition(note_id="APM-2022-B", principal="1000000.00 USD"),
        through="2023-01-31",
    )
    entries, errors = load(text)
    assert errors == []
    first_line = line_of(text, 'custom "convertible-note" ', 1)
    second_line = line_of(text, 'custom "convertible-note" ', 2)
    for note_id, lineno, amounts in [
        (NOTE_ID, first_line, ["9205.48", "17835.62"]),
        ("APM-2022-B", second_line, ["3068.49", "5945.21"]),
    ]:
        rows = schedule_rows(
            "2022-12-16", dict(zip(["2022-12-31", "2023-01-31"], amounts, strict=True))
        )
        assert [row[3] for row in rows] == [16, 31]
        accruals = note_transactions(entries, "accrual", note_id)
        assert_schedule(accruals, rows, lineno, note_id)


# --------------------------------------------------------------------------
# The horizon.

ENDS_2023_03_15 = [
    '2023-03-15 * "Bank" "Monthly fee"\n'
    "  Expenses:Bank:Fees        25.00 USD\n"
    "  Assets:Bank:Operating    -25.00 USD\n",
    '2023-03-15 note Assets:Bank:Operating "Statement received"\n',
]


@pytest.mark.parametrize("last_entry", ENDS_2023_03_15, ids=["txn", "note"])
def test_horizon_is_last_month_end_before_latest_entry(last_entry: str) -> None:
    entries, errors = load(ledger(AENCO, last_entry))
    assert errors == []
    accruals = note_transactions(entries, "accrual")
    # Latest entry 2023-03-15 -> horizon 2023-02-28.
    assert [txn.date for txn in accruals] == [
        D(2022, 12, 31),
        D(2023, 1, 31),
        D(2023, 2, 28),
    ]
    assert accrual_amounts(entries) == [
        Decimal("9205.48"),
        Decimal("17835.62"),
        Decimal("16109.58"),
    ]


@pytest.mark.parametrize(
    ("through", "last_accrual"),
    [
        ("2023-06-30", D(2023, 6, 30)),  # later than the last entry
        ("2023-03-15", D(2023, 2, 28)),  # mid-month: month-ends up to it
        ("2023-01-31", D(2023, 1, 31)),  # earlier than the last entry
    ],
)
def test_through_sets_the_horizon(through: str, last_accrual: datetime.date) -> None:
    entries, errors = load(ledger(AENCO, ENDS_2023_03_15[0], through=through))
    assert errors == []
    expected = [row for row in AENCO_SCHEDULE if row[0] <= last_accrual]
    assert_schedule(note_transactions(entries, "accrual"), expected, AENCO_LINE)


def test_through_before_issue_gives_only_the_issue_entry() -> None:
    entries, errors = load(ledger(AENCO, ENDS_2023_03_15[0], through="2022-11-30"))
    assert errors == []
    generated = note_transactions(entries)
    assert [txn.meta["note-event"] for txn in generated] == ["issue"]
    assert generated[0].date == D(2022, 12, 16)


# --------------------------------------------------------------------------
# Other day-count bases, worked by hand (3,000,000.00 USD at 7 %, so
# 210,000 per year-fraction unit).

DAY_COUNT_CASES = {
    # ACT/360, issued 2022-12-16: 210,000 / 360 = 583.3333... per day.
    #   2022-12-31  16 days  cum  16 ->  9,333.3333 ->  9,333.33   9,333.33
    #   2023-01-31  31 days  cum  47 -> 27,416.6667 -> 27,416.67  18,083.34
    #   2023-02-28  28 days  cum  75 -> 43,750.0000 -> 43,750.00  16,333.33
    #   2023-03-31  31 days  cum 106 -> 61,833.3333 -> 61,833.33  18,083.33
    "ACT/360": (
        "2022-12-16",
        {
            "2022-12-31": "9333.33",
            "2023-01-31": "18083.34",
            "2023-02-28": "16333.33",
            "2023-03-31": "18083.33",
        },
    ),
    # 30/360 bond basis, issued 2022-12-16; period [a, b) with b the day after
    # the month-end:
    #   [2022-12-16, 2023-01-01): 360*1 + 30*(1-12) + (1-16) = 15 -> 8,750.00
    #   [2023-01-01, 2023-02-01): 30                            -> 17,500.00
    #   [2023-02-01, 2023-03-01): 30 (28 calendar days)         -> 17,500.00
    #   [2023-03-01, 2023-04-01): 30                            -> 17,500.00
    "30/360": (
        "2022-12-16",
        {
            "2022-12-31": "8750.00",
            "2023-01-31": "17500.00",
            "2023-02-28": "17500.00",
            "2023-03-31": "17500.00",
        },
    ),
    # 30/360 issued on a 31st: [2023-01-31, 2023-02-01): D1 31 -> 30,
    # 30*1 + (1-30) = 1 -> 583.33; then 30 a month:
    #   cum 31/360 -> 18,083.3333 -> 18,083.33, entry 17,500.00
    #   cum 61/360 -> 35,583.3333 -> 35,583.33, entry 17,500.00
    "30/360 from the 31st": (
        "2023-01-31",
        {
            "2023-01-31": "583.33",
            "2023-02-28": "17500.00",
            "2023-03-31": "17500.00",
        },
    ),
    # ACT/ACT ISDA, issued 2023-12-16, across a leap year:
    #   2023-12-31  16/365              cum  9,205.4795 ->  9,205.48   9,205.48
    #   2024-01-31  + 31/366            cum 26,992.3647 -> 26,992.36  17,786.88
    #   2024-02-29  + 29/366            cum 43,631.7090 -> 43,631.71  16,639.35
    #   2024-03-31  + 31/366            cum 61,418.5942 -> 61,418.59  17,786.88
    "ACT/ACT": (
        "2023-12-16",
        {
            "2023-12-31": "9205.48",
            "2024-01-31": "17786.88",
            "2024-02-29": "16639.35",
            "2024-03-31": "17786.88",
        },
    ),
}
# The year fractions the hand tables above work with, period by period.
DAY_COUNT_FRACTIONS = {
    "ACT/360": [Fraction(days, 360) for days in (16, 31, 28, 31)],
    "30/360": [Fraction(days, 360) for days in (15, 30, 30, 30)],
    "30/360 from the 31st": [Fraction(days, 360) for days in (1, 30, 30)],
    "ACT/ACT": [Fraction(16, 365), *(Fraction(days, 366) for days in (31, 29, 31))],
}


def note_schedule(
    issue: str, entries: dict[str, str], **terms: str
) -> tuple[list[Row], str]:
    """A hand table's rows, and the ledger of the Aenco note with ``terms``
    issued on ``issue``, accrued up to the table's last entry."""
    rows = schedule_rows(issue, entries)
    definition = note_definition(date=issue, maturity="2025-06-30", **terms)
    return rows, ledger(definition, through=rows[-1][0].isoformat())


def assert_hand_schedule(rows: list[Row], text: str) -> None:
    entries, errors = load(text)
    assert errors == []
    lineno = line_of(text, 'custom "convertible-note" ')
    assert_schedule(note_transactions(entries, "accrual"), rows, lineno)


@pytest.mark.parametrize("case", sorted(DAY_COUNT_CASES))
def test_day_count_bases_by_hand(case: str) -> None:
    basis = case.split(maxsplit=1)[0]
    rows, text = note_schedule(*DAY_COUNT_CASES[case], day_count=f'"{basis}"')
    # The hand fractions are QuantLib's, and the hand table follows from them.
    fractions = DAY_COUNT_FRACTIONS[case]
    assert fractions == [
        exact_dcf(basis, start, end + ONE_DAY) for _, start, end, *_ in rows
    ]
    derived = cumulative_entries(Fraction(3_000_000), Fraction(7, 100), fractions)
    assert derived == [Decimal(row[4]) for row in rows]
    assert_hand_schedule(rows, text)


# --------------------------------------------------------------------------
# Compounding, worked by hand (3,000,000.00 USD at 7 %).

COMPOUNDING_CASES = {
    # Daily, ACT/365, issued 2022-12-16: cumulative = P((1 + 0.07/365)^n - 1)
    #   2022-12-31  n=16   9,218.7321 ->  9,218.73   entry  9,218.73
    #   2023-01-31  n=47  27,160.7169 -> 27,160.72   entry 17,941.99
    #   2023-02-28  n=75  43,458.3113 -> 43,458.31   entry 16,297.59
    #   2023-03-31  n=106 61,604.4442 -> 61,604.44   entry 18,146.13
    "daily ACT/365": (
        "2022-12-16",
        {
            "2022-12-31": "9218.73",
            "2023-01-31": "17941.99",
            "2023-02-28": "16297.59",
            "2023-03-31": "18146.13",
        },
    ),
    # Quarterly, ACT/360, issued 2022-12-16; first compounding 2023-03-16
    # after 16+31+28+15 = 90 days: balance 3,000,000 x (1 + 0.07 x 90/360)
    # = 3,052,500.00.  Up to then simple: 16, 47, 75 days -> 9,333.33,
    # 27,416.67, 43,750.00 cumulative.  March 31: 52,500.00 + 3,052,500 x
    # 0.07 x 16/360 (Mar 16-31) = 61,996.6667 -> 61,996.67, entry 18,246.67.
    "quarterly ACT/360": (
        "2022-12-16",
        {
            "2022-12-31": "9333.33",
            "2023-01-31": "18083.34",
            "2023-02-28": "16333.33",
            "2023-03-31": "18246.67",
        },
    ),
    # Monthly, ACT/365, issued 2023-01-31: compounding on 2023-02-28,
    # 2023-03-31, 2023-04-30 (issue + k months, clamped, not 28th after
    # February).  Balances: B1 = P(1 + r 28/365) = 3,016,109.5890,
    # B2 = B1(1 + r 31/365) = 3,034,040.9803, B3 = B2(1 + r 30/365).
    #   2023-01-31  P r 1/365                 =    575.3425 -> entry    575.34
    #   2023-02-28  B1 (1 + r 1/365) - P      = 16,688.0210 -> entry 16,112.68
    #   2023-03-31  B2 (1 + r 1/365) - P      = 34,622.8512 -> entry 17,934.83
    #   2023-04-30  B3 (1 + r 1/365) - P      = 52,082.3251 -> entry 17,459.48
    "monthly ACT/365": (
        "2023-01-31",
        {
            "2023-01-31": "575.34",
            "2023-02-28": "16112.68",
            "2023-03-31": "17934.83",
            "2023-04-30": "17459.48",
        },
    ),
}


@pytest.mark.parametrize("case", sorted(COMPOUNDING_CASES))
def test_compounding_by_hand(case: str) -> None:
    compounding, basis = case.split()
    rows, text = note_schedule(
        *COMPOUNDING_CASES[case],
        day_count=f'"{basis}"',
        compounding=f'"{compounding}"',
    )
    assert_hand_schedule(rows, text)


# --------------------------------------------------------------------------
# Current or non-current at issue: current when maturity <= issue + 12 months
# (for a month-end issue date, the last day of that month a year later).


@pytest.mark.parametrize(
    ("issue", "maturity", "noncurrent", "account"),
    [
        ("2022-12-16", "2023-12-16", True, CURRENT),
        ("2022-12-16", "2023-12-17", True, NONCURRENT),
        ("2022-12-16", "2025-12-16", False, CURRENT),
        ("2023-02-28", "2024-02-29", True, CURRENT),
        ("2023-02-28", "2024-03-01", True, NONCURRENT),
        ("2024-02-29", "2025-02-28", True, CURRENT),
        ("2024-02-29", "2025-03-01", True, NONCURRENT),
    ],
)
def test_issue_entry_account(
    issue: str, maturity: str, noncurrent: bool, account: str
) -> None:
    definition = note_definition(
        date=issue,
        maturity=maturity,
        noncurrent_account=None if not noncurrent else NONCURRENT,
    )
    text = ledger(definition)
    entries, errors = load(text)
    assert errors == []
    [txn] = note_transactions(entries, "issue")
    assert txn.date == D.fromisoformat(issue)
    assert txn.meta["lineno"] == line_of(text, 'custom "convertible-note" ')
    assert {(p.account, p.units) for p in txn.postings} == issue_postings(account)


# --------------------------------------------------------------------------
# Properties over random notes.

QUANTLIB = {
    "ACT/365": ql.Actual365Fixed(),
    "ACT/360": ql.Actual360(),
    "30/360": ql.Thirty360(ql.Thirty360.BondBasis),
}
YEAR = {"ACT/365": 365, "ACT/360": 360, "30/360": 360}


def exact_dcf(basis: str, start: datetime.date, end: datetime.date) -> Fraction:
    if basis == "ACT/ACT":
        return act_act_isda(start, end)
    days = QUANTLIB[basis].dayCount(
        ql.Date(start.day, start.month, start.year),
        ql.Date(end.day, end.month, end.year),
    )
    return Fraction(days, YEAR[basis])


COMPOUNDING_MONTHS = {"monthly": 1, "quarterly": 3, "annually": 12}


def expected_total(case: Case) -> Decimal:
    """Closed-form interest over [issue, settle), rounded half up."""
    principal = Fraction(case.principal)
    rate = Fraction(case.rate)
    if case.compounding == "none":
        exact = principal * rate * exact_dcf(case.day_count, case.issue, case.settle)
    elif case.compounding == "daily":
        days = (case.settle - case.issue).days
        year = YEAR[case.day_count]
        exact = principal * (1 + rate / year) ** days - principal
    else:
        step = COMPOUNDING_MONTHS[case.compounding]
        balance = principal
        start = case.issue
        k = 1
        while start < case.settle:
            # Anniversaries are computed from the issue date each time.
            anniversary = add_months(case.issue, k * step)
            stop = min(anniversary, case.settle)
            balance *= 1 + rate * exact_dcf(case.day_count, start, stop)
            start = stop
            k += 1
        exact = balance - principal
    return round_half_up(exact)


@dataclasses.dataclass(frozen=True)
class Case:
    issue: datetime.date
    settle: datetime.date
    maturity: datetime.date
    principal: Decimal
    rate: Decimal
    day_count: str
    compounding: str
    through: datetime.date | None = None

    def text(self) -> str:
        definition = note_definition(
            date=self.issue.isoformat(),
            principal=f"{self.principal:.2f} USD",
            rate=f"{self.rate:.4f}",
            maturity=self.maturity.isoformat(),
            day_count=f'"{self.day_count}"',
            compounding=f'"{self.compounding}"',
        )
        return ledger(
            definition,
            settle(self.settle.isoformat()),
            through=None if self.through is None else self.through.isoformat(),
            open_date="1999-01-01",
        )


@st.composite
def cases(
    draw: st.DrawFn,
    day_counts: tuple[str, ...] = ("ACT/365", "ACT/360", "30/360", "ACT/ACT"),
    compoundings: tuple[str, ...] = ("none",),
    max_months: int = 30,
) -> Case:
    day_count = draw(st.sampled_from(day_counts))
    compounding = draw(st.sampled_from(compoundings))
    year = draw(st.integers(2000, 2040))
    month = draw(st.integers(1, 12))
    max_day = 28 if day_count == "30/360" else last_day(year, month)
    # Month-end issue dates (29th-31st) test the clamping of anniversaries.
    issue_day = st.integers(1, max_day) | st.integers(max_day - 2, max_day)
    issue = D(year, month, draw(issue_day))
    months_later = draw(st.integers(1, max_months))
    settle_month = add_months(issue.replace(day=1), months_later)
    settle_date = settle_month.replace(day=draw(st.integers(1, 28)))
    maturity = settle_date + datetime.timedelta(days=draw(st.integers(0, 400)))
    # Large principals make small differences in the schedule visible.
    cents = st.integers(1, 10**11) | st.integers(10**10, 10**11)
    principal = Decimal(draw(cents)).scaleb(-2)
    rate = Decimal(draw(st.integers(0, 3000))).scaleb(-4)
    return Case(issue, settle_date, maturity, principal, rate, day_count, compounding)


def check_schedule(case: Case) -> None:
    """The accruals sum to the closed-form total, and their periods lie in
    [issue, settle), in order, without overlap."""
    text = case.text()
    entries, errors = load(text)
    assert errors == []
    assert sum(accrual_amounts(entries)) == expected_total(case)
    definition_line = line_of(text, 'custom "convertible-note" ')
    settle_line = line_of(text, "convertible-note-settle")
    accruals = note_transactions(entries, "accrual")
    previous_end = case.issue - ONE_DAY
    for txn in accruals:
        start, end = txn.meta["period-start"], txn.meta["period-end"]
        assert previous_end < start <= end < case.settle
        assert txn.meta["days"] == (end - start).days + 1
        if txn.date == case.settle:  # the settle event's accrual
            assert end == case.settle - ONE_DAY
            assert txn.meta["lineno"] == settle_line
        else:  # a month-end accrual
            assert txn.date == end
            assert end.day == last_day(end.year, end.month)
            assert txn.meta["lineno"] == definition_line
        assert number(txn.postings[0]).copy_abs() > 0
        previous_end = end
    # When every day earns at least a cent, no period is skipped: the periods
    # tile [issue, settle) exactly.
    if case.rate > 0 and case.principal * case.rate >= Decimal("3.66"):
        assert accruals[0].meta["period-start"] == case.issue
        assert accruals[-1].meta["period-end"] == case.settle - ONE_DAY
        total_days = sum(txn.meta["days"] for txn in accruals)
        assert total_days == (case.settle - case.issue).days


@settings(max_examples=80, deadline=None)
@given(case=cases())
def test_simple_interest_sums_to_rounded_total(case: Case) -> None:
    check_schedule(case)


@settings(max_examples=80, deadline=None)
@given(
    case=cases(
        day_counts=("ACT/365", "ACT/360"),
        compoundings=("daily", "monthly", "quarterly", "annually"),
        max_months=40,
    )
)
def test_compound_interest_sums_to_closed_form(case: Case) -> None:
    check_schedule(case)


@settings(max_examples=60, deadline=None)
@given(
    case=cases(compoundings=("none",))
    | cases(
        day_counts=("ACT/365", "ACT/360"),
        compoundings=("daily", "monthly", "quarterly", "annually"),
    ),
    shift=st.integers(-120, 1200),
)
def test_total_does_not_depend_on_the_horizon(case: Case, shift: int) -> None:
    # Events are processed whatever the horizon, and the settle event's
    # accrual covers every day not yet accrued.
    through = case.issue + datetime.timedelta(days=shift)
    moved = dataclasses.replace(case, through=through)
    entries, errors = load(moved.text())
    assert errors == []
    assert sum(accrual_amounts(entries)) == expected_total(case)
    assert all(txn.date <= case.settle for txn in note_transactions(entries))


@settings(max_examples=60, deadline=None)
@given(case=cases(compoundings=("none", "daily", "monthly", "quarterly", "annually")))
def test_every_generated_transaction_balances(case: Case) -> None:
    entries, errors = load(case.text())
    assert errors == []
    generated = note_transactions(entries)
    assert [txn.meta["note-event"] for txn in generated[:1]] == ["issue"]
    for txn in generated:
        assert txn.flag == "*"
        assert txn.links == frozenset({NOTE_ID})
        assert txn.meta["note"] == NOTE_ID
        assert txn.meta["note-event"] in {
            "issue",
            "accrual",
            "conversion",
            "settlement",
            "reclassification",
        }
        residual: dict[str, Decimal] = defaultdict(Decimal)
        for posting in txn.postings:
            # Beancount's convert module is untyped; get_weight gives an Amount.
            weight = convert.get_weight(posting)  # type: ignore[no-untyped-call]
            residual[weight.currency] += weight.number
        assert all(value == 0 for value in residual.values()), txn


@settings(max_examples=40, deadline=None)
@given(case=cases(compoundings=("none", "daily", "monthly", "quarterly", "annually")))
def test_loading_twice_gives_identical_entries(case: Case) -> None:
    text = case.text()
    first, _ = load(text)
    second, _ = load(text)

    def render(entries: Sequence[data.Directive]) -> list[tuple[str, object]]:
        return [(printer.format_entry(e), e.meta.get("lineno")) for e in entries]

    assert render(first) == render(second)
