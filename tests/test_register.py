"""The share register: shares issued per note and per class, by date."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from decimal import Decimal
from typing import TYPE_CHECKING

from beancount import loader
from click.testing import CliRunner

from plugins.books.cli import main
from plugins.convertible_note import schedules_from_ledger
from plugins.convertible_note.register import share_movements
from plugins.convertible_note.register import share_register
from plugins.convertible_note.register import share_totals

if TYPE_CHECKING:
    from pathlib import Path

OPENS = "\n".join(
    f"2023-01-01 open {account}"
    for account in (
        "Assets:Bank",
        "Liabilities:Notes",
        "Liabilities:Interest",
        "Expenses:Interest",
        "Equity:ClassA",
        "Equity:ClassB",
        "Equity:Premium",
    )
)


def note(note_id: str, share_class: str, capital: str, principal: str) -> str:
    return f"""
2023-01-01 custom "convertible-note" "{note_id}"
  holder: "Holder {note_id}"
  principal: {principal} USD
  rate: 0
  maturity: 2025-01-01
  conversion-price: 2.00 USD
  par-value: 0.10 USD
  share-class: "{share_class}"
  proceeds-account: Assets:Bank
  principal-account: Liabilities:Notes
  interest-account: Liabilities:Interest
  expense-account: Expenses:Interest
  share-capital-account: {capital}
  premium-account: Equity:Premium
"""


# Rate 0 keeps the arithmetic to the conversions themselves:
#   A converts 1,000.00 on 2023-03-01: floor(1,000 / 2.00) = 500 shares;
#     then the remaining 3,001.00 on 2023-09-01: floor(3,001 / 2) = 1,500
#     shares and 1.00 cash in lieu;
#   B (Class B) converts 500.01 on 2023-06-01: 250 shares, 0.01 in cash.
LEDGER = f"""
plugin "plugins.convertible_note"
{OPENS}
{note("A", "Class A", "Equity:ClassA", "4001.00")}
{note("B", "Class B", "Equity:ClassB", "1000.00")}
2023-03-01 custom "convertible-note-convert" "A" 1000.00 USD
2023-06-01 custom "convertible-note-convert" "B" 500.01 USD
2023-09-01 custom "convertible-note-convert" "A" 3001.00 USD
2024-12-31 custom "convertible-note-settle" "B" "cash"
"""


def test_register_lists_every_issue_in_date_order() -> None:
    entries, errors, options = loader.load_string(LEDGER)
    assert errors == []
    schedules, _ = schedules_from_ledger(entries, options)
    register = share_register(schedules)
    assert [(i.date, i.note_id, i.share_class, i.shares) for i in register] == [
        (datetime.date(2023, 3, 1), "A", "Class A", 500),
        (datetime.date(2023, 6, 1), "B", "Class B", 250),
        (datetime.date(2023, 9, 1), "A", "Class A", 1500),
    ]
    # 1,500 shares x 2.00 = 3,000.00 share value; x 0.10 par = 150.00 share
    # capital; premium 3,000.00 - 150.00 = 2,850.00; cash 3,001 - 3,000 = 1.00.
    last = register[-1]
    assert (last.share_capital, last.premium, last.cash_in_lieu) == (
        Decimal("150.00"),
        Decimal("2850.00"),
        Decimal("1.00"),
    )
    assert share_totals(register) == {"Class A": 2000, "Class B": 250}
    assert share_totals(register, datetime.date(2023, 6, 30)) == {
        "Class A": 500,
        "Class B": 250,
    }
    assert share_totals(register, by="note_id") == {"A": 2000, "B": 250}


def test_books_shares_prints_the_register_and_totals(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    ledger.write_text(LEDGER, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["shares", "--ledger", str(ledger), "--through", "2023-08-31"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["Date", "Note"]
    assert "2023-09-01" not in result.output
    assert "total for class Class A: 500 shares" in lines
    assert "total for class Class B: 250 shares" in lines
    assert "total for note B: 250 shares" in lines


def test_books_shares_fits_the_terminal(tmp_path: Path) -> None:
    """At 80 columns the register leaves out its column of zeros (no cash
    in lieu) and whatever else does not fit; --wide shows every column."""
    ledger = tmp_path / "books.beancount"
    ledger.write_text(LEDGER, encoding="utf-8")
    narrow = CliRunner().invoke(
        main, ["shares", "--ledger", str(ledger)], env={"COLUMNS": "80"}
    )
    assert narrow.exit_code == 0, narrow.output
    assert max(len(line) for line in narrow.output.splitlines()) <= 80
    header = narrow.output.splitlines()[0]
    assert "Shares" in header
    assert "Cash in lieu" not in header
    wide = CliRunner().invoke(
        main, ["shares", "--wide", "--ledger", str(ledger)], env={"COLUMNS": "80"}
    )
    assert wide.exit_code == 0, wide.output
    assert wide.output.splitlines()[0].split("  ")[-1].strip() == "Cash in lieu"


def test_books_shares_runs_as_the_installed_script(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    ledger.write_text(LEDGER, encoding="utf-8")
    script = shutil.which("books")
    assert script is not None, "the books script is installed by pip install -e ."
    result = subprocess.run(
        [script, "shares", "--ledger", str(ledger)],
        env={**os.environ, "BEANCOUNT_DISABLE_LOAD_CACHE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # All of A's shares (500 + 1,500) and B's 250.
    assert "total for class Class A: 2,000 shares" in result.stdout.splitlines()
    assert "total for class Class B: 250 shares" in result.stdout.splitlines()


SHARE_DIRECTIVES = """
2023-01-01 custom "share-issue" "Class A" 1000
  reason: "in issue at the start"
2023-01-01 custom "share-issue" "Class B" 400
2023-05-01 custom "share-conversion" "Class B" "Class A" 150
"""


def test_outstanding_counts_directives_and_conversions() -> None:
    # Class A: 1,000 + 500 (A's first conversion, 2023-03-01) + 150 from
    # Class B on 2023-05-01 = 1,650 at 2023-06-30; Class B: 400 + 250 (B's
    # conversion, 2023-06-01) - 150 = 500.
    entries, errors, options = loader.load_string(LEDGER + SHARE_DIRECTIVES)
    assert errors == []
    schedules, _ = schedules_from_ledger(entries, options)
    movements, problems = share_movements(entries, schedules)
    assert problems == []
    assert share_totals(movements, datetime.date(2023, 6, 30)) == {
        "Class A": 1650,
        "Class B": 500,
    }
    assert share_totals(movements, datetime.date(2023, 1, 1)) == {
        "Class A": 1000,
        "Class B": 400,
    }
    # per note, the directives' shares (no note) are left out: A's 500 by
    # 2023-06-30 and B's 250, as in the register
    assert share_totals(movements, datetime.date(2023, 6, 30), by="note_id") == {
        "A": 500,
        "B": 250,
    }


def test_a_malformed_share_directive_is_a_located_error(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    text = LEDGER + '2023-02-01 custom "share-issue" "Class A" 10.5\n'
    ledger.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--ledger", str(ledger)])
    assert result.exit_code == 1
    line = text.splitlines().index('2023-02-01 custom "share-issue" "Class A" 10.5') + 1
    assert f"{ledger}:{line}: share-issue: expected a class and a whole number" in (
        result.stderr
    )
