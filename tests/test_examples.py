"""The deal-shape example ledgers (ledger/examples/): each passes bean-check,
materializes into text that gives the same balances without the plugin, and
locks its discount account with the rest when a period is closed.

Numbers asserted here are worked out by hand in the comments."""

from __future__ import annotations

import datetime
import shutil
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from plugins.books.cli import main
from tests.conftest import ROOT
from tests.conftest import bean_check
from tests.conftest import load_ledger
from tests.conftest import lock_balances
from tests.conftest import note_transactions
from tests.conftest import running_balances
from tests.deal_terms import leg

if TYPE_CHECKING:
    from pathlib import Path

EXAMPLES = ROOT / "ledger" / "examples"
SHAPES = sorted(
    path.name
    for path in EXAMPLES.glob("*.beancount")
    if path.name != "accounts.beancount"
)
PLUGIN_LINE = 'plugin "plugins.convertible_note"\n'


def copy_examples(tmp_path: Path) -> Path:
    target = tmp_path / "examples"
    shutil.copytree(EXAMPLES, target)
    return target


def test_there_is_one_example_per_deal_shape() -> None:
    assert SHAPES == [
        "issue-costs-quarterly-coupons.beancount",
        "issued-for-loans.beancount",
        "market-priced-conversion.beancount",
        "original-issue-discount.beancount",
        "repayment-at-a-premium.beancount",
    ]
    for name in SHAPES:
        assert "ILLUSTRATION" in (EXAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("name", SHAPES)
def test_example_passes_bean_check(name: str) -> None:
    result = bean_check(EXAMPLES / name)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", SHAPES)
def test_example_materializes_to_the_same_balances(tmp_path: Path, name: str) -> None:
    folder = copy_examples(tmp_path)
    ledger = folder / name
    result = CliRunner().invoke(
        main,
        ["materialize", "-o", str(folder / "gen.beancount"), "--ledger", str(ledger)],
    )
    assert result.exit_code == 0, result.output
    text = ledger.read_text(encoding="utf-8")
    assert text.count(PLUGIN_LINE) == 1
    plain = folder / "plain.beancount"
    plain.write_text(
        text.replace(PLUGIN_LINE, "") + 'include "gen.beancount"\n', encoding="utf-8"
    )
    with_plugin, errors = load_ledger(ledger)
    without, plain_errors = load_ledger(plain)
    assert errors == [] and plain_errors == []
    dates = sorted({entry.date for entry in with_plugin})
    assert running_balances(without, dates) == running_balances(with_plugin, dates)
    assert note_transactions(without) != []


def test_close_locks_the_discount_account(tmp_path: Path) -> None:
    # original-issue-discount: 2,000,000 sold for 1,840,000 on 2024-02-15,
    # zero coupon, due 2025-08-15. At 2024-12-31 some of the 160,000 is
    # amortized; the lock asserts the discount account's exact balance.
    folder = copy_examples(tmp_path)
    ledger = folder / "original-issue-discount.beancount"
    result = CliRunner().invoke(main, ["close", "2024", "--ledger", str(ledger)])
    assert result.exit_code == 0, result.output
    _, balances = lock_balances(folder / "closed" / "2024.beancount")
    entries, errors = load_ledger(ledger)
    assert errors == []
    amortized = sum(
        -leg(entry, "Liabilities:Current:NoteDiscount")
        for entry in note_transactions(entries, "accrual")
        if entry.date <= datetime.date(2024, 12, 31)
    )
    assert Decimal(0) < amortized < Decimal("160000.00")
    assert balances["Liabilities:Current:NoteDiscount"] == Decimal("160000.00") - (
        amortized
    )
    # The lock holds: the books still pass bean-check with it included.
    checked = bean_check(ledger)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_loan_note_debits_the_loan_and_converts_at_once() -> None:
    # 750,000 / 0.90 = 833,333.33: 833,333 shares worth 749,999.70; par
    # 0.0001: 83.33 of capital; 0.30 in cash for the fraction. Issued and
    # converted the same day: no interest.
    entries, errors = load_ledger(EXAMPLES / "issued-for-loans.beancount")
    assert errors == []
    (issue,) = note_transactions(entries, "issue")
    assert leg(issue, "Liabilities:Current:ShareholderLoan") == Decimal("750000.00")
    (conversion,) = note_transactions(entries, "conversion")
    assert conversion.meta["shares"] == Decimal(833333)
    assert leg(conversion, "Equity:ShareCapital") == Decimal("-83.33")
    assert leg(conversion, "Equity:SharePremium") == Decimal("-749916.37")
    assert leg(conversion, "Assets:Bank:Operating") == Decimal("-0.30")
    assert note_transactions(entries, "accrual") == []
