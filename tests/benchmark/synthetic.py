"""Synthetic books for the benchmark: many notes and ordinary activity.

Deterministic (a seeded random generator): the same arguments always write
the same ledger.
"""

from __future__ import annotations

import datetime
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

BASES = ("ACT/365", "ACT/360", "30/360", "ACT/ACT")
COMPOUNDING = ("none", "daily", "monthly", "quarterly", "annually")
POLICIES = ("shares", "cash", "forfeit")
START = datetime.date(2020, 1, 1)

ACCOUNTS = (
    "Assets:Bank:Operating",
    "Assets:Bank:Proceeds",
    "Liabilities:Current:Notes",
    "Liabilities:NonCurrent:Notes",
    "Liabilities:Current:NoteDiscount",
    "Liabilities:Current:AccruedInterest",
    "Expenses:Finance:Interest",
    "Equity:ShareCapital",
    "Equity:SharePremium",
    "Equity:Opening",
    "Expenses:Operations",
    "Income:Sales",
)


def header(plugin: bool) -> str:
    lines = ['option "operating_currency" "USD"']
    if plugin:
        lines.append('plugin "plugins.convertible_note"')
    lines += [f"2020-01-01 open {account} USD" for account in ACCOUNTS]
    return "\n".join(lines) + "\n\n"


PAYMENTS = ("quarterly", "semiannually", "monthly", "annually")


def deal_terms(index: int, principal: int) -> list[str]:
    """Discount, issue costs and coupon payments (every third note of a
    deal-terms sample): sold at 96 to 99, 1 % of costs, coupons in cash."""
    price = principal * (96 + index % 4) // 100
    costs = principal // 100
    return [
        f"  purchase-price: {price / 100:.2f} USD",
        f"  issue-costs: {costs / 100:.2f} USD",
        "  discount-account: Liabilities:Current:NoteDiscount",
        f'  interest-payment: "{PAYMENTS[index // 3 % 4]}"',
    ]


def note_text(index: int, rng: random.Random, deal: bool = False) -> str:
    issue = START + datetime.timedelta(days=rng.randrange(0, 365))
    maturity = (
        issue.replace(year=issue.year + 5)
        if not (issue.month == 2 and issue.day == 29)
        else datetime.date(issue.year + 5, 2, 28)
    )
    principal = rng.randrange(100_000, 50_000_000) * 100
    price = f"{rng.randrange(50, 2000) / 100:.2f}"
    note_id = f"N{index:05d}"
    lines = [
        f'{issue} custom "convertible-note" "{note_id}"',
        f'  holder: "Holder {index}"',
        f"  principal: {principal / 100:.2f} USD",
        f"  rate: {rng.randrange(0, 1500) / 10000}",
        f"  maturity: {maturity}",
        f"  conversion-price: {price} USD",
        "  par-value: 0.01 USD",
        f'  day-count: "{BASES[index % 4]}"',
        f'  compounding: "{COMPOUNDING[index % 5]}"',
        f'  interest-on-conversion: "{POLICIES[index % 3]}"',
        "  proceeds-account: Assets:Bank:Proceeds",
        "  principal-account: Liabilities:Current:Notes",
        "  noncurrent-account: Liabilities:NonCurrent:Notes",
        "  interest-account: Liabilities:Current:AccruedInterest",
        "  expense-account: Expenses:Finance:Interest",
        "  share-capital-account: Equity:ShareCapital",
        "  premium-account: Equity:SharePremium",
        "  cash-account: Assets:Bank:Operating",
    ]
    if deal and index % 3 == 0:
        lines += deal_terms(index, principal)
    lines.append("")
    outstanding = principal
    kind = index % 10
    if kind in (1, 2, 3):
        # A partial conversion in year 2.
        date = issue + datetime.timedelta(days=400 + rng.randrange(0, 200))
        amount = outstanding // 4
        outstanding -= amount
        lines.append(
            f'{date} custom "convertible-note-convert" "{note_id}" '
            f"{amount / 100:.2f} USD"
        )
    if kind == 7:
        lines.append(
            f'{issue + datetime.timedelta(days=500)} custom "convertible-note-adjust" '
            f'"{note_id}"\n  conversion-price: {float(price) / 2:.4f} USD'
        )
    if kind == 4:
        extended = maturity + datetime.timedelta(days=365)
        lines.append(
            f"{maturity - datetime.timedelta(days=30)} custom "
            f'"convertible-note-extend" "{note_id}" {extended}'
        )
        maturity = extended
    if kind in (5, 6):
        # Settled early, in cash or in shares.
        date = issue + datetime.timedelta(days=900 + rng.randrange(0, 300))
        method = ("cash", "shares")[kind - 5]
    else:
        # Every other note is settled at maturity: the books run past it.
        date = maturity
        method = ("cash", "shares", "mixed")[index % 3]
    extra = f"\n  cash: {outstanding / 200:.2f} USD" if method == "mixed" else ""
    lines.append(
        f'{date} custom "convertible-note-settle" "{note_id}" "{method}"{extra}'
    )
    return "\n".join(lines) + "\n"


def ordinary_text(
    count: int, rng: random.Random, first: datetime.date = START, days: int = 6 * 365
) -> str:
    """``count`` sales and costs on random days of ``[first, first + days)``."""
    out = []
    for index in range(count):
        date = first + datetime.timedelta(days=rng.randrange(0, days))
        amount = rng.randrange(100, 10_000_000) / 100
        if index % 2:
            out.append(
                f'{date} * "Supplier {index % 97}" "Operating cost {index}"\n'
                f"  Expenses:Operations  {amount:.2f} USD\n"
                f"  Assets:Bank:Operating  -{amount:.2f} USD\n"
            )
        else:
            out.append(
                f'{date} * "Customer {index % 89}" "Sale {index}"\n'
                f"  Assets:Bank:Operating  {amount:.2f} USD\n"
                f"  Income:Sales  -{amount:.2f} USD\n"
            )
    return "\n".join(out)


def write_books(
    directory: Path,
    notes: int,
    ordinary: int,
    seed: int = 7,
    ordinary_year: int | None = None,
    deal: bool = False,
) -> tuple[Path, Path]:
    """Write ``books.beancount`` (with the plugin) and the parts it includes.

    With ``deal``, every third note has a discount, issue costs and coupon
    payments (the effective-interest method at work).

    Returns the ledger with the plugin and the common body file (notes and
    ordinary activity) that a plugin-less ledger can include too.
    """
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    body = directory / "body.beancount"
    with body.open("w", encoding="utf-8") as file:
        if ordinary_year is None:
            file.write(ordinary_text(ordinary, rng))
        else:
            first = datetime.date(ordinary_year, 1, 1)
            file.write(ordinary_text(ordinary, rng, first, 365))
        file.write("\n")
        for index in range(notes):
            file.write(note_text(index, rng, deal))
            file.write("\n")
        # The books end on the same day whatever the sample, so the horizon
        # is the same: 2026-12-31.
        file.write('2026-12-31 custom "benchmark-end" "end"\n')
    books = directory / "books.beancount"
    books.write_text(header(True) + 'include "body.beancount"\n', encoding="utf-8")
    return books, body
