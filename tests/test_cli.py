"""The ``books`` command line: check, schedule, materialize, close and serve.

Every test works on its own small ledger written into pytest's ``tmp_path``.
Most run the commands in-process through click's ``CliRunner``; each command
also runs at least once as the installed ``books`` script. Expected numbers
are worked out by hand from the language reference (plugins/convertible_note/README.md)
in the comments next
to them, never taken from the tool's output.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import re
import shutil
import socket
import subprocess
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest
from beancount.core import data
from click.testing import CliRunner

from plugins.books import close as close_module
from plugins.books.cli import main
from tests.conftest import ACME_OPENS
from tests.conftest import acme_note
from tests.conftest import acme_opens
from tests.conftest import bean_check
from tests.conftest import free_port
from tests.conftest import http
from tests.conftest import line_of
from tests.conftest import load_ledger
from tests.conftest import lock_balances
from tests.conftest import number
from tests.conftest import run_books
from tests.conftest import running_balances
from tests.conftest import serve_books
from tests.conftest import stop
from tests.conftest import tree
from tests.conftest import write_file

if TYPE_CHECKING:
    from click.testing import Result

DATA = Path(__file__).resolve().parent / "data" / "cli"
EVENTS_LEDGER = DATA / "notes-with-events.beancount"
PLUGIN_LINE = 'plugin "plugins.convertible_note"'
SERVER_START_SECONDS = 30

# --------------------------------------------------------------------------
# The books of these tests
# --------------------------------------------------------------------------

# ACME-2023: 1,000,000.00 USD at 5 % simple interest, ACT/365, issued
# 2023-01-10 (the spec's section 2 definition with other names). The last
# hand-written entry is 2023-03-31, so month-end accruals run up to that day.
Q1_NOTE = acme_note(
    par_value="0.10 USD", day_count='"ACT/365"', cash_account="Assets:Bank:Operating"
)
# The Acme accounts but the bank fees' and the retained earnings'.
Q1_OPENS = acme_opens(
    account
    for account in ACME_OPENS
    if account not in {"Expenses:Bank:Fees", "Equity:RetainedEarnings"}
)
Q1_LEDGER = f"""\
option "operating_currency" "USD"
plugin "plugins.convertible_note"

{Q1_OPENS}
2023-01-02 * "Owner" "Opening balance"
  Assets:Bank:Operating      50000.00 USD
  Equity:Opening

{Q1_NOTE}
2023-02-15 * "Paper Co" "Stationery"
  Expenses:Office              120.00 USD
  Assets:Bank:Operating

2023-03-31 * "Bank" "Bank fee"
  Expenses:Office               15.00 USD
  Assets:Bank:Operating
"""

# The same books carried to the year end: one more bank fee on 2023-12-31,
# which makes 2023-12-31 the last accrual date.
YEAR_LEDGER = (
    Q1_LEDGER
    + """
2023-12-31 * "Bank" "Year-end bank fee"
  Expenses:Office               25.00 USD
  Assets:Bank:Operating
"""
)

# Balances at the end of 2023 of YEAR_LEDGER, by hand:
#   Assets:Bank:Operating      50,000.00 - 120.00 - 15.00 - 25.00 = 49,840.00
#   Expenses:Office            120.00 + 15.00 + 25.00             =    160.00
#   Equity:Opening                                                = -50,000.00
#   Assets:Bank:Restricted     issue of the note                  = 1,000,000.00
#   Liabilities:...:ConvertibleNotes:Acme                         = -1,000,000.00
#   interest: 2023-01-10 .. 2023-12-31 inclusive = 365 - 9 = 356 days;
#     cumulative rounding, so the entries add up to the rounded total
#     1,000,000 x 0.05 x 356/365 = 17,800,000/365 = 48,767.1232... -> 48,767.12
#   Equity:ShareCapital, Equity:SharePremium: no postings         =      0
YEAR_END_BALANCES = {
    "Assets:Bank:Operating": Decimal("49840.00"),
    "Assets:Bank:Restricted": Decimal("1000000.00"),
    "Equity:Opening": Decimal("-50000.00"),
    "Equity:ShareCapital": Decimal("0"),
    "Equity:SharePremium": Decimal("0"),
    "Expenses:Finance:Interest": Decimal("48767.12"),
    "Expenses:Office": Decimal("160.00"),
    "Liabilities:Current:AccruedInterest:Acme": Decimal("-48767.12"),
    "Liabilities:Current:ConvertibleNotes:Acme": Decimal("-1000000.00"),
}

# Balances at the end of 2023-06-30 of YEAR_LEDGER, by hand:
#   Assets:Bank:Operating      50,000.00 - 120.00 - 15.00 = 49,865.00
#   Expenses:Office            120.00 + 15.00             =    135.00
#   interest: 2023-01-10 .. 2023-06-30 = 22+28+31+30+31+30 = 172 days;
#     1,000,000 x 0.05 x 172/365 = 8,600,000/365 = 23,561.6438... -> 23,561.64
HALF_YEAR_BALANCES = {
    **YEAR_END_BALANCES,
    "Assets:Bank:Operating": Decimal("49865.00"),
    "Expenses:Finance:Interest": Decimal("23561.64"),
    "Expenses:Office": Decimal("135.00"),
    "Liabilities:Current:AccruedInterest:Acme": Decimal("-23561.64"),
}


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def write(directory: Path, text: str, name: str = "main.beancount") -> Path:
    return write_file(directory / name, text)


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run ``books ARGS`` in-process."""
    return CliRunner().invoke(main, list(args), env=env)


def books_ok(ledger: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed ``books`` script run on ``ledger`` from its folder; it
    must succeed."""
    process = run_books(*args, "--ledger", str(ledger), cwd=ledger.parent)
    assert process.returncode == 0, process.stderr
    return process


def assert_clean_failure(stderr: str, *needles: str) -> None:
    """A message a controller can act on: ``books: ...``, no traceback."""
    assert stderr.startswith("books: "), stderr
    assert "Traceback" not in stderr, stderr
    for needle in needles:
        assert needle in stderr, stderr


# --------------------------------------------------------------------------
# books check
# --------------------------------------------------------------------------


def test_check_clean_ledger_says_ok_in_one_line(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)
    # Q1_LEDGER: 13 directives of its own (options are not entries), one note,
    # and the plugin's issue and three month-end accruals.
    entries, errors = load_ledger(ledger)
    assert errors == []
    summary = f"ok: {len(entries)} entries, 1 notes, 4 generated entries\n"

    result = invoke("check", "--ledger", str(ledger))
    assert result.exit_code == 0, result.output
    assert result.stdout == summary
    assert result.stderr == ""

    process = books_ok(ledger, "check")
    assert process.stdout == summary
    assert process.stderr == ""


def test_check_reads_books_ledger_and_the_default_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = write(tmp_path / "elsewhere", Q1_LEDGER)
    result = invoke("check", env={"BOOKS_LEDGER": str(ledger)})
    assert result.exit_code == 0, result.output

    # The default ledger has an error the other one lacks: an unopened account.
    default = write(
        tmp_path / "project" / "ledger",
        Q1_LEDGER.replace("  Equity:Opening\n", "  Equity:X\n"),
    )
    monkeypatch.chdir(tmp_path / "project")
    monkeypatch.delenv("BOOKS_LEDGER", raising=False)
    result = invoke("check")
    # Equity:X was never opened: the default ledger/main.beancount was read.
    assert result.exit_code == 1
    assert f"{default}:" in result.stderr
    assert "Equity:X" in result.stderr


def test_check_broken_transaction(tmp_path: Path) -> None:
    text = Q1_LEDGER.replace(
        "  Expenses:Office              120.00 USD\n  Assets:Bank:Operating\n",
        "  Expenses:Office              120.00 USD\n"
        "  Assets:Bank:Operating       -100.00 USD\n",
    )
    ledger = write(tmp_path, text)
    line = line_of(text, '"Stationery"')

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 1
    # 120.00 - 100.00: 20.00 USD left over.
    assert f"{ledger}:{line}: Transaction does not balance" in result.stderr
    assert "20.00 USD" in result.stderr
    assert "Traceback" not in result.output

    process = run_books("check", "--ledger", str(ledger), cwd=tmp_path)
    assert process.returncode == 1
    assert f"{ledger}:{line}:" in process.stderr


def test_check_bad_note_definition(tmp_path: Path) -> None:
    # 5 % written as 5: the spec asks for "write 7 % as 0.07".
    text = Q1_LEDGER.replace("rate: 0.05", "rate: 5")
    ledger = write(tmp_path, text)
    line = line_of(text, 'custom "convertible-note" "ACME-2023"')

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 1
    assert re.search(rf"^{re.escape(str(ledger))}:{line}: .*rate", result.stderr, re.M)
    assert "0.07" in result.stderr
    assert "Traceback" not in result.output


def test_check_note_without_plugin(tmp_path: Path) -> None:
    # Without the plugin line the note's directives are silently ignored by
    # Beancount; the project's check must say so.
    text = Q1_LEDGER.replace(PLUGIN_LINE + "\n", "")
    ledger = write(tmp_path, text)
    line = line_of(text, 'custom "convertible-note" "ACME-2023"')

    assert bean_check(ledger).returncode == 0  # Beancount alone sees nothing
    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 1
    assert f"{ledger}:{line}:" in result.stderr
    assert PLUGIN_LINE in result.stderr


def test_check_lock_file_not_included(tmp_path: Path) -> None:
    ledger = write(tmp_path, YEAR_LEDGER)
    write(tmp_path / "closed", "; a lock nobody included\n", "2022.beancount")

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 1
    assert f"{ledger}:" in result.stderr
    assert 'include "closed/2022.beancount"' in result.stderr

    # Once included, the same lock is part of the books and check is clean.
    ledger.write_text(YEAR_LEDGER + 'include "closed/2022.beancount"\n')
    result = invoke("check", "--ledger", str(ledger))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["schedule", "ACME-2023"],
        ["materialize"],
        ["close", "2023"],
        ["serve"],
    ],
    ids=lambda args: args[0],
)
def test_missing_ledger_is_a_clear_message(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nowhere" / "main.beancount"

    result = invoke(*args, "--ledger", str(missing))

    assert result.exit_code == 1
    assert_clean_failure(result.stderr, str(missing))
    assert isinstance(result.exception, SystemExit)  # not an uncaught error


def test_missing_ledger_as_a_subprocess(tmp_path: Path) -> None:
    missing = tmp_path / "main.beancount"
    process = run_books("check", "--ledger", str(missing), cwd=tmp_path)
    assert process.returncode == 1
    assert_clean_failure(process.stderr, "not found", str(missing))
    assert process.stdout == ""


@pytest.mark.parametrize(
    "args",
    [["schedule", "ACME-2023"], ["materialize"], ["close", "2023"]],
    ids=lambda args: args[0],
)
def test_ledger_with_errors_is_refused(tmp_path: Path, args: list[str]) -> None:
    text = Q1_LEDGER.replace("rate: 0.05", "rate: 5")
    ledger = write(tmp_path, text)
    line = line_of(text, 'custom "convertible-note" "ACME-2023"')

    result = invoke(*args, "--ledger", str(ledger))

    assert result.exit_code == 1
    assert_clean_failure(result.stderr, f"{ledger}:{line}:")
    assert result.stdout == ""
    assert not (tmp_path / "closed").exists()
    assert ledger.read_text() == text


# --------------------------------------------------------------------------
# books schedule
# --------------------------------------------------------------------------

#: The CSV header, in order.
COLUMNS = [
    "date", "event", "period_start", "period_end", "days", "day_count_fraction", "rate",
    "effective_rate", "interest_bearing_balance", "cumulative_interest_exact",
    "amount_posted", "amortization", "interest_paid", "principal_repaid",
    "outstanding_principal", "unamortized_discount", "accrued_interest",
    "carrying_amount", "classification", "shares", "conversion_price", "cash_paid",
]  # fmt: skip
INTEGER_COLUMNS = {"days", "shares"}
TEXT_COLUMNS = {"date", "event", "period_start", "period_end", "classification"}

# ACME-2023 to 2023-03-31. Interest per day = 1,000,000 x 0.05 / 365; periods
# shown inclusive; DCF and exact values to ten places, half up.
#
#   entry       covers          days  cum.  cumulative exact    rounded    entry
#   2023-01-31  01-10..01-31      22    22   1,100,000/365       3,013.70  3,013.70
#                                            = 3,013.6986301370 (3013.698630136986...)
#   2023-02-28  02-01..02-28      28    50   2,500,000/365       6,849.32  3,835.62
#                                            = 6,849.3150684932 (6849.315068493150...)
#   2023-03-31  03-01..03-31      31    81   4,050,000/365      11,095.89  4,246.57
#                                            = 11,095.8904109589 (11095.890410958904...)
#
#   DCF: 22/365 = 0.0602739726(027...), 28/365 = 0.0767123287(671...) -> ...288,
#        31/365 = 0.0849315068(493...)
Q1_COMMON = {
    "rate": Decimal("0.05"),
    "interest_bearing_balance": Decimal("1000000"),
    "outstanding_principal": Decimal("1000000.00"),
    "classification": "current",  # no noncurrent-account: all current
    "shares": None,
    "conversion_price": Decimal("2.00"),
    "cash_paid": Decimal("0"),
}
Q1_ROWS: list[dict[str, object]] = [
    {
        **Q1_COMMON,
        "date": "2023-01-10",
        "event": "issue",
        "period_start": None,
        "period_end": None,
        "days": None,
        "day_count_fraction": None,
        "cumulative_interest_exact": Decimal("0"),
        "amount_posted": Decimal("1000000.00"),
        "accrued_interest": Decimal("0"),
    },
    {
        **Q1_COMMON,
        "date": "2023-01-31",
        "event": "accrual",
        "period_start": "2023-01-10",
        "period_end": "2023-01-31",
        "days": 22,
        "day_count_fraction": Decimal("0.0602739726"),
        "cumulative_interest_exact": Decimal("3013.6986301370"),
        "amount_posted": Decimal("3013.70"),
        "accrued_interest": Decimal("3013.70"),
    },
    {
        **Q1_COMMON,
        "date": "2023-02-28",
        "event": "accrual",
        "period_start": "2023-02-01",
        "period_end": "2023-02-28",
        "days": 28,
        "day_count_fraction": Decimal("0.0767123288"),
        "cumulative_interest_exact": Decimal("6849.3150684932"),
        "amount_posted": Decimal("3835.62"),
        "accrued_interest": Decimal("6849.32"),
    },
    {
        **Q1_COMMON,
        "date": "2023-03-31",
        "event": "accrual",
        "period_start": "2023-03-01",
        "period_end": "2023-03-31",
        "days": 31,
        "day_count_fraction": Decimal("0.0849315068"),
        "cumulative_interest_exact": Decimal("11095.8904109589"),
        "amount_posted": Decimal("4246.57"),
        "accrued_interest": Decimal("11095.89"),
    },
]


def assert_row(actual: dict[str, Any], expected: dict[str, object]) -> None:
    """Compare one schedule row; numbers as Decimals, empty cells as None."""
    for column, want in expected.items():
        got = actual[column]
        if got == "":
            got = None
        if want is None:
            assert got is None, (column, got)
        elif isinstance(want, Decimal):
            assert isinstance(got, str), (column, got)
            assert Decimal(got) == want, (actual["date"], column, got, want)
        elif isinstance(want, int):
            assert int(got) == want, (actual["date"], column, got, want)
        else:
            assert got == want, (actual["date"], column, got, want)


def test_schedule_csv(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)

    result = invoke("schedule", "ACME-2023", "--format", "csv", "--ledger", str(ledger))

    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames == COLUMNS
    rows = list(reader)
    assert len(rows) == len(Q1_ROWS)
    for row, expected in zip(rows, Q1_ROWS, strict=True):
        assert_row(row, expected)
    # The entries add up to the rounded total of 81 days: 11,095.89.
    posted = sum(Decimal(row["amount_posted"]) for row in rows[1:])
    assert posted == Decimal("11095.89")


def test_schedule_json_numbers_are_strings(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)

    result = invoke(
        "schedule", "ACME-2023", "--format", "json", "--ledger", str(ledger)
    )

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["note"] == "ACME-2023"
    rows = document["rows"]
    assert len(rows) == len(Q1_ROWS)
    for row, expected in zip(rows, Q1_ROWS, strict=True):
        assert list(row) == COLUMNS
        for column, value in row.items():
            # Never a float: decimals travel as strings, counts as integers.
            assert not isinstance(value, float), (column, value)
            if value is not None and column not in INTEGER_COLUMNS:
                assert isinstance(value, str), (column, value)
        assert_row(row, expected)


def test_schedule_table_fits_the_terminal(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)

    result = invoke(
        "schedule", "ACME-2023", "--ledger", str(ledger), env={"COLUMNS": "80"}
    )

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # Titles stand on two lines above the rule.
    assert set(lines[2]) == {"-", " "}
    header = " ".join(" ".join(line.split()) for line in lines[:2])
    # The essentials are there; a par note's empty discount columns are not.
    for title in ("Date", "Event", "Amount", "posted", "Outstanding", "principal"):
        assert title in header
    assert "Amortization" not in header
    assert "Unamortized discount" not in header
    # 4,246.57 posted for March (worked out below, in Q1_ROWS).
    assert "4,246.57" in lines[-1]


def test_schedule_table_is_aligned(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)

    result = invoke("schedule", "ACME-2023", "--wide", "--ledger", str(ledger))

    assert result.exit_code == 0, result.output
    header, rule, *body = result.stdout.splitlines()
    spans = [match.span() for match in re.finditer(r"-+", rule)]
    assert len(spans) == len(COLUMNS)
    assert len(body) == len(Q1_ROWS)
    cells: list[list[str]] = []
    for line in [header, *body]:
        assert len(line) <= len(rule), line
        padded = line.ljust(len(rule))
        # Between two columns there is only blank space on every line.
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert padded[end:start].strip() == "", line
        row = []
        for column, (start, end) in zip(COLUMNS, spans, strict=True):
            cell = padded[start:end]
            if cell.strip() and line is not header:
                # Text starts at the column's left edge, numbers end at its right.
                if column in TEXT_COLUMNS:
                    assert not cell[0].isspace(), (column, line)
                else:
                    assert not cell[-1].isspace(), (column, line)
            row.append(cell.strip())
        cells.append(row)
    titles, *rows = cells
    assert titles[0] == "Date"
    assert titles[COLUMNS.index("amount_posted")] == "Amount posted"
    table = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    # The same hand-worked numbers, written for people (thousands separators).
    assert [row["date"] for row in table] == [
        "2023-01-10",
        "2023-01-31",
        "2023-02-28",
        "2023-03-31",
    ]
    assert [row["days"] for row in table] == ["", "22", "28", "31"]
    assert [row["amount_posted"] for row in table] == [
        "1,000,000.00",
        "3,013.70",
        "3,835.62",
        "4,246.57",
    ]
    assert [row["accrued_interest"] for row in table] == [
        "0.00",
        "3,013.70",
        "6,849.32",
        "11,095.89",
    ]
    assert {row["outstanding_principal"] for row in table} == {"1,000,000.00"}
    assert table[1]["period_start"] == "2023-01-10"
    assert table[1]["period_end"] == "2023-01-31"


def test_schedule_unknown_note_id(tmp_path: Path) -> None:
    ledger = write(tmp_path, Q1_LEDGER)

    result = invoke("schedule", "ACME-2024", "--ledger", str(ledger))

    assert result.exit_code == 1
    assert_clean_failure(result.stderr, "ACME-2024", "ACME-2023")
    assert result.stdout == ""


# ACME-2023 of notes-with-events.beancount, by hand. 1,000,000 at 5 % ACT/365
# from 2023-01-10; 400,000 converted on 2023-04-20; settled "mixed" with
# 100,000 cash on 2023-08-15; conversion price 3.00, par 0.10, interest on
# conversion in shares; maturity 2024-06-30.
#
# 2023-04-20, accrual first: 2023-01-10..04-19 = 22+28+31+19 = 100 days,
#   exact 5,000,000/365 = 13,698.6301... -> 13,698.63, posted so far
#   11,095.89 (see Q1), entry 2,602.74.
# Conversion of c = 400,000 of P = 1,000,000 (c/P = 2/5):
#   A = round(13,698.6301... x 2/5) = round(5,479.4520...) = 5,479.45
#   posted interest left 13,698.63 - 5,479.45 = 8,219.18
#   V = 400,000 + 5,479.45 = 405,479.45; shares = floor(V / 3.00)
#     = floor(135,159.816...) = 135,159; S = 405,477.00;
#   cash in lieu = 405,479.45 - 405,477.00 = 2.45; outstanding 600,000.00.
# Then 600,000 accrues 30,000/365 a day; exact interest left after the
# conversion is 3/5 x 5,000,000/365 = 3,000,000/365:
#   04-30  11 days  3,330,000/365 =  9,123.2876... ->  9,123.29, entry   904.11
#   05-31  31 days  4,260,000/365 = 11,671.2328... -> 11,671.23, entry 2,547.94
#   06-30  30 days  5,160,000/365 = 14,136.9863... -> 14,136.99, entry 2,465.76
#   07-31  31 days  6,090,000/365 = 16,684.9315... -> 16,684.93, entry 2,547.94
#   08-15  14 days  6,510,000/365 = 17,835.6164... -> 17,835.62, entry 1,150.69
# Classification: maturity 2024-06-30 <= D + 12 months first for
#   D = 2023-06-30 (2024-06-30); on 2023-05-31 it is 2024-05-31 < maturity.
#   So non-current at issue, reclassified (600,000.00) on 2023-06-30.
# Settlement on 2023-08-15: T = 600,000 + 17,835.62 = 617,835.62; mixed with
#   cash 100,000: V = 517,835.62; shares = floor(172,611.87...) = 172,611;
#   S = 517,833.00; cash in lieu 2.62; cash paid 100,000 + 2.62 = 100,002.62.
ACME_EVENT_ROWS: dict[tuple[str, str], dict[str, object]] = {
    ("2023-01-10", "issue"): {
        "amount_posted": Decimal("1000000.00"),
        "classification": "non-current",
    },
    ("2023-04-20", "accrual"): {
        "period_start": "2023-04-01",
        "period_end": "2023-04-19",
        "days": 19,
        "amount_posted": Decimal("2602.74"),
        "accrued_interest": Decimal("13698.63"),
        "outstanding_principal": Decimal("1000000.00"),
    },
    ("2023-04-20", "conversion"): {
        "amount_posted": Decimal("405479.45"),  # c + A
        "shares": 135159,
        "cash_paid": Decimal("2.45"),
        "outstanding_principal": Decimal("600000.00"),
        "accrued_interest": Decimal("8219.18"),
        "interest_bearing_balance": Decimal("600000"),
        "classification": "non-current",
    },
    ("2023-04-30", "accrual"): {
        "period_start": "2023-04-20",
        "days": 11,
        "amount_posted": Decimal("904.11"),
        "accrued_interest": Decimal("9123.29"),
    },
    ("2023-05-31", "accrual"): {
        "days": 31,
        "amount_posted": Decimal("2547.94"),
        "accrued_interest": Decimal("11671.23"),
        "classification": "non-current",
    },
    ("2023-06-30", "accrual"): {
        "days": 30,
        "amount_posted": Decimal("2465.76"),
        "accrued_interest": Decimal("14136.99"),
    },
    ("2023-06-30", "reclassification"): {
        "amount_posted": Decimal("600000.00"),
        "classification": "current",
    },
    ("2023-07-31", "accrual"): {
        "days": 31,
        "amount_posted": Decimal("2547.94"),
        "accrued_interest": Decimal("16684.93"),
        "classification": "current",
    },
    ("2023-08-15", "accrual"): {
        "period_start": "2023-08-01",
        "period_end": "2023-08-14",
        "days": 14,
        "amount_posted": Decimal("1150.69"),
        "accrued_interest": Decimal("17835.62"),
    },
    ("2023-08-15", "settlement"): {
        "amount_posted": Decimal("617835.62"),  # principal + interest paid
        "shares": 172611,
        "cash_paid": Decimal("100002.62"),
        "outstanding_principal": Decimal("0"),
        "accrued_interest": Decimal("0"),
    },
}


def test_schedule_of_a_note_with_events_as_a_subprocess(tmp_path: Path) -> None:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)

    process = books_ok(ledger, "schedule", "ACME-2023", "--format", "csv")

    rows = list(csv.DictReader(io.StringIO(process.stdout)))
    keyed = {(row["date"], row["event"]): row for row in rows}
    assert len(keyed) == len(rows)
    # Issue, 2023-01..03 month-ends, then the rows above: nothing after the
    # settlement closes the note, though the ledger runs to 2023-10-31.
    assert set(keyed) == {
        ("2023-01-31", "accrual"),
        ("2023-02-28", "accrual"),
        ("2023-03-31", "accrual"),
        *ACME_EVENT_ROWS,
    }
    for key, expected in ACME_EVENT_ROWS.items():
        assert_row(keyed[key], expected)
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)
    # On an event date the accrual comes first (spec section 5).
    events = [row["event"] for row in rows]
    assert events.index("conversion") == events.index("accrual", 4) + 1
    assert events[-2:] == ["accrual", "settlement"]


# --------------------------------------------------------------------------
# books materialize
# --------------------------------------------------------------------------


def generated(entries: list[data.Directive]) -> Counter[tuple[object, ...]]:
    """The note's transactions, comparable across loads (no filename/lineno)."""
    return Counter(
        (
            entry.date,
            entry.flag,
            frozenset(entry.links),
            entry.meta.get("note"),
            entry.meta.get("note-event"),
            tuple(
                sorted(
                    (p.account, number(p), p.units.currency)
                    for p in entry.postings
                    if p.units is not None
                )
            ),
        )
        for entry in entries
        if isinstance(entry, data.Transaction) and "note-event" in entry.meta
    )


def test_materialized_books_balance_like_the_plugin(tmp_path: Path) -> None:
    text = EVENTS_LEDGER.read_text(encoding="utf-8")
    with_plugin = write(tmp_path, text)
    assert text.count(PLUGIN_LINE + "\n") == 1

    process = books_ok(with_plugin, "materialize", "--out", "gen.beancount")
    assert process.stdout == ""
    gen = tmp_path / "gen.beancount"
    assert gen.is_file()

    # The same books without the plugin: its entries come from the file.
    plain = write(
        tmp_path,
        text.replace(PLUGIN_LINE + "\n", "") + '\ninclude "gen.beancount"\n',
        "plain.beancount",
    )
    entries_plugin, errors_plugin = load_ledger(with_plugin)
    entries_plain, errors_plain = load_ledger(plain)
    assert errors_plugin == []
    assert errors_plain == []

    kinds = {key[4] for key in generated(entries_plugin)}
    assert kinds == {"issue", "accrual", "conversion", "settlement", "reclassification"}
    assert generated(entries_plain) == generated(entries_plugin)

    dates = sorted({entry.date for entry in [*entries_plugin, *entries_plain]})
    expected = running_balances(entries_plugin, dates)
    actual = running_balances(entries_plain, dates)
    for date in dates:
        assert actual[date] == expected[date], date
    # Sanity: the comparison covers the note's accounts, e.g. ACME's accrued
    # interest is paid off by the settlement (17,835.62 posted, all paid).
    acme_interest = ("Liabilities:Current:AccruedInterest:Acme", "USD")
    assert expected[dates[0]] == {}
    assert any(acme_interest in balances for balances in expected.values())
    assert acme_interest not in expected[dates[-1]]


def test_materialize_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)
    out = tmp_path / "gen.beancount"
    out.write_text("; kept\n", encoding="utf-8")

    refused = invoke("materialize", "-o", str(out), "--ledger", str(ledger))
    assert refused.exit_code == 1
    assert refused.stderr == f"books: {out} exists; pass --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "; kept\n"

    forced = invoke("materialize", "-o", str(out), "--force", "--ledger", str(ledger))
    assert forced.exit_code == 0, forced.output
    assert "note-event" in out.read_text(encoding="utf-8")


def test_ingest_archive_needs_a_destination(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    result = invoke("ingest", "archive", str(inbox))
    assert result.exit_code == 2
    assert "Missing option '--destination' / '-o'" in result.stderr


def test_materialize_to_stdout_is_the_same_text(tmp_path: Path) -> None:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)
    out = tmp_path / "gen.beancount"

    to_file = invoke("materialize", "--out", str(out), "--ledger", str(ledger))
    to_stdout = invoke("materialize", "--ledger", str(ledger))

    assert to_file.exit_code == 0, to_file.output
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_stdout.stdout == out.read_text(encoding="utf-8")


@pytest.mark.parametrize("failure", ["render", "fsync"])
def test_materialize_out_is_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)
    out = tmp_path / "gen.beancount"
    out.write_text("; the previous generation\n", encoding="utf-8")
    before = tree(tmp_path)

    def fail(*_: object) -> str:
        raise OSError(28, "No space left on device")

    if failure == "render":
        # The command looks the function up in its own module.
        monkeypatch.setattr("plugins.books.cli.materialize_text", fail)
    else:
        # The new text is in the temporary file when the disk gives up.
        monkeypatch.setattr("plugins.books.ledger.os.fsync", fail)

    result = invoke("materialize", "--out", str(out), "--ledger", str(ledger))

    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "; the previous generation\n"
    assert tree(tmp_path) == before  # no temporary file left behind


def test_materialize_out_into_a_file_is_a_clear_message(tmp_path: Path) -> None:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)
    # "main.beancount/gen.beancount": the parent is a file, not a directory.
    out = ledger / "gen.beancount"

    process = run_books(
        "materialize", "--out", str(out), "--ledger", str(ledger), cwd=tmp_path
    )

    assert process.returncode != 0
    assert_clean_failure(process.stderr)


# --------------------------------------------------------------------------
# books close
# --------------------------------------------------------------------------


def test_close_year_writes_assertions_and_include(tmp_path: Path) -> None:
    ledger = write(tmp_path, YEAR_LEDGER)

    books_ok(ledger, "close", "2023")

    lock = tmp_path / "closed" / "2023.beancount"
    dates, balances = lock_balances(lock)
    assert {str(date) for date in dates} == {"2024-01-01"}  # the day after
    assert balances == YEAR_END_BALANCES  # every open account, zero included
    # The ledger is what it was, plus the include at its end.
    after = ledger.read_text(encoding="utf-8")
    assert after.startswith(YEAR_LEDGER)
    assert re.fullmatch(
        r'\n(;[^\n]*\n)*include "closed/2023\.beancount"\n', after[len(YEAR_LEDGER) :]
    )

    assert invoke("check", "--ledger", str(ledger)).exit_code == 0
    checked = bean_check(ledger)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def close_year(tmp_path: Path, text: str = YEAR_LEDGER) -> tuple[Path, Path]:
    ledger = write(tmp_path, text)
    result = invoke("close", "2023", "--ledger", str(ledger))
    assert result.exit_code == 0, result.output
    return ledger, tmp_path / "closed" / "2023.beancount"


def close_and_change(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    """The books closed through 2023, then ``old`` changed to ``new`` in them:
    the ledger and the lock."""
    ledger, lock = close_year(tmp_path)
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace(old, new), encoding="utf-8")
    return ledger, lock


def assert_lock_broken(ledger: Path, lock: Path, *patterns: str) -> None:
    """``books check`` and bean-check both fail at the lock, with messages
    matching every pattern."""
    result = invoke("check", "--ledger", str(ledger))
    checked = bean_check(ledger)
    for output in (result.stderr, checked.stdout + checked.stderr):
        assert f"{lock}:" in output
        for pattern in patterns:
            assert re.search(pattern, output), (pattern, output)
    assert result.exit_code == 1
    assert checked.returncode == 1


@pytest.mark.parametrize(
    ("old", "new", "patterns"),
    [
        # Stationery 120.00 -> 170.00: 50.00 more expense, 50.00 less in the bank.
        pytest.param(
            "120.00 USD",
            "170.00 USD",
            [
                r"'Assets:Bank:Operating'.*\(50\.00 too little\)",
                r"'Expenses:Office'.*\(50\.00 too much\)",
            ],
            id="amount",
        ),
        # At 6 %: 1,000,000 x 0.06 x 356/365 = 21,360,000/365 = 58,520.5479...
        # -> 58,520.55; locked 48,767.12; difference 9,753.43.
        pytest.param(
            "rate: 0.05",
            "rate: 0.06",
            [
                r"'Expenses:Finance:Interest'.*\(9753\.43 too much\)",
                r"'Liabilities:Current:AccruedInterest:Acme'.*\(9753\.43 too little\)",
            ],
            id="note-rate",
        ),
    ],
)
def test_close_detects_a_change(
    tmp_path: Path, old: str, new: str, patterns: list[str]
) -> None:
    ledger, lock = close_and_change(tmp_path, old, new)

    assert_lock_broken(ledger, lock, *patterns)


def test_close_detects_a_one_cent_change(tmp_path: Path) -> None:
    # A lock must catch any change to a closed balance, however small.
    # Stationery 120.00 -> 120.01: Operating 49,839.99 against the locked
    # 49,840.00. (A balance written with two decimals and no explicit "~"
    # tolerance is checked to within 2 x 0.5 x 0.01 = 0.01 by Beancount.)
    ledger, _ = close_and_change(tmp_path, "120.00 USD", "120.01 USD")

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 1, "a 0.01 change to a closed period went unnoticed"
    assert "'Assets:Bank:Operating'" in result.stderr
    assert "'Expenses:Office'" in result.stderr


def test_close_twice_needs_force(tmp_path: Path) -> None:
    ledger, lock = close_year(tmp_path)
    locked = lock.read_bytes()
    ledger_bytes = ledger.read_bytes()

    again = invoke("close", "2023", "--ledger", str(ledger))

    assert again.exit_code == 1
    assert_clean_failure(again.stderr, "--force", str(lock))
    assert lock.read_bytes() == locked
    assert ledger.read_bytes() == ledger_bytes

    # A comment added by hand changes no balance; --force writes the lock
    # again from the books, and the include is not repeated.
    lock.write_bytes(locked + b"; touched by hand\n")
    forced = invoke("close", "2023", "--force", "--ledger", str(ledger))

    assert forced.exit_code == 0, forced.output
    assert lock.read_bytes() == locked
    assert ledger.read_bytes() == ledger_bytes
    assert invoke("check", "--ledger", str(ledger)).exit_code == 0


def test_close_force_relocks_after_a_correction(tmp_path: Path) -> None:
    # An audit adjustment to a closed year: the controller changes the books
    # on purpose and locks the year again with --force.
    ledger, lock = close_and_change(tmp_path, "120.00 USD", "170.00 USD")

    forced = invoke("close", "2023", "--force", "--ledger", str(ledger))

    assert forced.exit_code == 0, forced.output
    _, balances = lock_balances(lock)
    # 50.00 more expense, 50.00 less in the bank than YEAR_END_BALANCES.
    assert balances == {
        **YEAR_END_BALANCES,
        "Assets:Bank:Operating": Decimal("49790.00"),
        "Expenses:Office": Decimal("210.00"),
    }
    assert invoke("check", "--ledger", str(ledger)).exit_code == 0


def test_close_through_a_date(tmp_path: Path) -> None:
    ledger = write(tmp_path, YEAR_LEDGER)

    result = invoke("close", "--through", "2023-06-30", "--ledger", str(ledger))

    assert result.exit_code == 0, result.output
    lock = tmp_path / "closed" / "2023-06-30.beancount"
    dates, balances = lock_balances(lock)
    assert {str(date) for date in dates} == {"2023-07-01"}
    assert balances == HALF_YEAR_BALANCES
    assert ledger.read_text(encoding="utf-8").endswith(
        'include "closed/2023-06-30.beancount"\n'
    )
    assert invoke("check", "--ledger", str(ledger)).exit_code == 0


def test_close_needs_a_year_or_a_date(tmp_path: Path) -> None:
    ledger = write(tmp_path, YEAR_LEDGER)
    for args in ([], ["2023", "--through", "2023-06-30"]):
        result = invoke("close", *args, "--ledger", str(ledger))
        assert result.exit_code == 2
        assert "YEAR" in result.stderr
        assert "Traceback" not in result.output
    assert not (tmp_path / "closed").exists()


def test_close_year_whose_last_entry_is_before_the_year_end(tmp_path: Path) -> None:
    # The last hand-written entry of 2023 is on 2023-12-28. Closing the year
    # and checking the books right away must pass.
    # Before the lock, the horizon is the last month-end on or before
    # 2023-12-28, i.e. 2023-11-30: interest for 2023-01-10..11-30 = 325 days,
    # 50,000 x 325/365 = 44,520.5479... -> 44,520.55. Once the lock (dated
    # 2024-01-01) is included, the horizon becomes 2023-12-31 and December
    # accrues: 356 days -> 48,767.12, i.e. 4,246.57 more than locked.
    text = YEAR_LEDGER.replace("2023-12-31 *", "2023-12-28 *")
    ledger, _ = close_year(tmp_path, text)

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 0, result.stdout


def test_close_with_a_parent_account_that_has_postings(tmp_path: Path) -> None:
    # Beancount's balance assertion on Assets:Cash includes its sub-accounts:
    # at the year end Assets:Cash holds 1,000.00 + 200.00 = 1,200.00.
    text = """\
option "operating_currency" "USD"

2023-01-01 open Assets:Cash         USD
2023-01-01 open Assets:Cash:Petty   USD
2023-01-01 open Equity:Opening      USD

2023-01-02 * "Opening balance"
  Assets:Cash          1000.00 USD
  Assets:Cash:Petty     200.00 USD
  Equity:Opening

2023-12-31 * "Year-end count"
  Assets:Cash:Petty       0.00 USD
  Equity:Opening          0.00 USD
"""
    ledger, _ = close_year(tmp_path, text)

    result = invoke("check", "--ledger", str(ledger))

    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("existing_lock", [False, True])
def test_close_failed_include_leaves_books_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing_lock: bool
) -> None:
    ledger = write(tmp_path, YEAR_LEDGER)
    closed = tmp_path / "closed"
    if existing_lock:
        # A lock whose include was removed by hand: --force writes it again,
        # then has to add the include.
        write(closed, "; an earlier lock\n", "2023.beancount")
    before_ledger = ledger.read_bytes()
    before_closed = tree(closed)

    real_atomic_write = close_module.atomic_write  # type: ignore[attr-defined]

    def failing_atomic_write(path: Path, mode: str = "w") -> Any:
        if Path(path).resolve() == ledger:
            raise OSError(28, "No space left on device")
        return real_atomic_write(path, mode)

    monkeypatch.setattr(close_module, "atomic_write", failing_atomic_write)

    result = invoke("close", "2023", "--force", "--ledger", str(ledger))

    assert result.exit_code != 0
    assert ledger.read_bytes() == before_ledger
    assert tree(closed) == before_closed
    assert {name for name, data in tree(tmp_path).items() if data is not None} == {
        "main.beancount",
        *(f"closed/{name}" for name in before_closed),
    }


# --------------------------------------------------------------------------
# books serve
# --------------------------------------------------------------------------


def other_addresses() -> set[str]:
    """Addresses of this machine other than 127.0.0.1."""
    # On Linux all of 127.0.0.0/8 is the loopback interface: a server bound to
    # 0.0.0.0 answers on 127.0.0.2, one bound to 127.0.0.1 does not.
    addresses = {"127.0.0.2"}
    with contextlib.suppress(OSError):
        addresses.add(socket.gethostbyname(socket.gethostname()))
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe,
        contextlib.suppress(OSError),
    ):
        probe.connect(("192.0.2.1", 9))  # no packet is sent
        addresses.add(probe.getsockname()[0])
    return addresses - {"127.0.0.1", "0.0.0.0"}


def start_server(
    tmp_path: Path, *extra: str
) -> tuple[subprocess.Popen[bytes], str, Path]:
    ledger = tmp_path / "main.beancount"
    shutil.copy(EVENTS_LEDGER, ledger)
    port = free_port()
    server = serve_books(ledger, port, subprocess.DEVNULL, *extra, cwd=tmp_path)
    return server, f"http://127.0.0.1:{port}", ledger


def wait_for(server: subprocess.Popen[bytes], base: str) -> str:
    """Poll ``base/`` until Fava answers; return the ledger's slug."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        assert server.poll() is None, "books serve exited"
        try:
            status, final, _ = http(base + "/")
        except OSError:
            time.sleep(0.2)
            continue
        assert status == 200, status
        # "/" redirects to "/<slug>/<report>/".
        path = final[len(base) :]
        slug = path.strip("/").split("/")[0]
        assert slug, final
        return slug
    pytest.fail(f"books serve did not answer within {SERVER_START_SECONDS} s")


def test_serve_balance_sheet_on_loopback_only(tmp_path: Path) -> None:
    server, base, _ = start_server(tmp_path)
    try:
        slug = wait_for(server, base)
        assert http(f"{base}/{slug}/balance_sheet/")[0] == 200
        port = int(base.rsplit(":", 1)[1])
        for address in other_addresses():
            # Refused (or unreachable): nothing listens there.
            with pytest.raises((ConnectionRefusedError, TimeoutError)):
                socket.create_connection((address, port), timeout=3).close()
        # Writable: a malformed save is rejected as a bad request, not as
        # unauthorised (that is the read-only case below).
        status, _, _ = http(f"{base}/{slug}/api/source", "PUT", b"{}")
        assert status != 401
    finally:
        stop(server)


def test_serve_read_only_refuses_saving_the_source(tmp_path: Path) -> None:
    server, base, ledger = start_server(tmp_path, "--read-only")
    before = ledger.read_bytes()
    try:
        slug = wait_for(server, base)
        assert http(f"{base}/{slug}/balance_sheet/")[0] == 200
        body = json.dumps(
            {
                "file_path": str(ledger),
                "source": before.decode() + "\n; changed through Fava\n",
                "sha256sum": "0" * 64,
            }
        ).encode()
        status, _, _ = http(f"{base}/{slug}/api/source", "PUT", body)
        assert status == 401
    finally:
        stop(server)
    assert ledger.read_bytes() == before


# --------------------------------------------------------------------------
# Periods the books do not cover, and locks that would break the books
# --------------------------------------------------------------------------

FIXTURE_BOOKS = Path(__file__).resolve().parent / "data" / "books"


def copy_fixture_books(tmp_path: Path) -> Path:
    """The illustrative books (last entry 2023-06-30), without scenarios."""
    books = tmp_path / "books"
    shutil.copytree(FIXTURE_BOOKS, books, ignore=shutil.ignore_patterns("scenarios"))
    return books / "main.beancount"


@pytest.mark.parametrize(
    "args",
    [
        # Books to 2023-06-30: the year 2023 would accrue past the maturity.
        ["close", "2023"],
        ["close", "2030"],
        ["export", "--from", "2024-01-01", "--to", "2024-12-31", "-o", "out"],
        ["export", "--from", "2019-01-01", "--to", "2019-12-31", "-o", "out"],
    ],
    ids=["close-2023", "close-2030", "export-2024", "export-2019"],
)
def test_a_period_the_books_do_not_cover_is_refused(
    tmp_path: Path, args: list[str]
) -> None:
    ledger = copy_fixture_books(tmp_path)
    before = tree(ledger.parent)
    args = [str(tmp_path / "out") if arg == "out" else arg for arg in args]

    result = invoke(*args, "--ledger", str(ledger))

    assert result.exit_code == 1, result.output
    if args[1] == "--from" and args[2] == "2019-01-01":
        assert "the books begin on 2022-01-01" in result.stderr
    else:
        # The last entry is on 2023-06-30: the books cover June 2023.
        assert "the books cover the period to 2023-06-30" in result.stderr
    assert tree(ledger.parent) == before
    assert not (tmp_path / "out").exists()


def test_a_lock_that_would_break_the_books_is_not_written(tmp_path: Path) -> None:
    # The note matures on 2023-12-31 and the last entry is 2023-12-28: the
    # books pass. A lock of 2023 is dated 2024-01-01, after the maturity, and
    # the note has no settlement: with it, the books would fail.
    text = YEAR_LEDGER.replace("2023-12-31 *", "2023-12-28 *").replace(
        "maturity: 2024-01-10", "maturity: 2023-12-31"
    )
    ledger = write(tmp_path, text)
    assert invoke("check", "--ledger", str(ledger)).exit_code == 0
    before = tree(tmp_path)

    result = invoke("close", "2023", "--ledger", str(ledger))

    assert result.exit_code == 1
    assert "the lock would make the books fail, so it was not written" in (
        result.stderr
    )
    assert "matured on 2023-12-31" in result.stderr
    assert tree(tmp_path) == before
