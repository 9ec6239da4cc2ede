"""Invariants of amortized cost and interest payments, over random notes.

For any note sold at a discount or premium or with issue costs, with any
coupon, day count, compounding and payment frequency, settled at maturity:

- the discount account is exactly zero after the maturity;
- total interest expense = total coupon posted + the discount at issue;
- every generated entry balances;
- no payment ever pays more than the interest posted and unpaid;
- the effective rate brings the carrying amount to the principal.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction

from beancount.core import data
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from tests.conftest import add_months
from tests.conftest import load
from tests.conftest import number
from tests.deal_terms import deal_ledger
from tests.deal_terms import deal_note
from tests.deal_terms import effective_rate
from tests.deal_terms import month_piece_ends
from tests.deal_terms import postings_to
from tests.deal_terms import twelve_places

DISCOUNT = "Liabilities:NoteDiscount"
INTEREST = "Liabilities:Interest"
EXPENSE = "Expenses:Interest"


@st.composite
def deal_notes(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A ledger with one note settled in cash at maturity, and its U at issue."""
    principal = Decimal(draw(st.integers(100_000, 1_000_000_000))).scaleb(-2)
    # Purchase price from 70 % to 110 % of principal, issue costs to 5 %.
    price = (principal * draw(st.integers(70_000, 110_000)) / 100_000).quantize(
        Decimal("0.01")
    )
    costs = (price * draw(st.integers(0, 5_000)) / 100_000).quantize(Decimal("0.01"))
    rate = Decimal(draw(st.integers(0, 200))).scaleb(-3)
    issue = datetime.date(2020, 1, 1) + datetime.timedelta(
        days=draw(st.integers(0, 5 * 365))
    )
    maturity = add_months(issue, draw(st.integers(1, 36))) + datetime.timedelta(
        days=draw(st.integers(0, 27))
    )
    day_count = draw(st.sampled_from(["ACT/365", "ACT/360", "30/360", "ACT/ACT"]))
    compounding = draw(
        st.sampled_from(["none", "daily", "monthly", "quarterly", "annually"])
    )
    payment = draw(
        st.sampled_from(
            ["maturity", "monthly", "quarterly", "semiannually", "annually"]
        )
    )
    text = deal_ledger(
        deal_note(
            issue.isoformat(),
            principal=f"{principal} USD",
            purchase_price=f"{price} USD",
            issue_costs=f"{costs} USD",
            rate=str(rate),
            maturity=maturity.isoformat(),
            day_count=f'"{day_count}"',
            compounding=f'"{compounding}"',
            interest_payment=f'"{payment}"',
        ),
        f'{maturity} custom "convertible-note-settle" "N" "cash"\n',
    )
    return text, principal - price + costs


@given(deal_notes())
def test_amortized_cost_invariants(note: tuple[str, Decimal]) -> None:
    text, discount_at_issue = note
    entries, errors = load(text)
    assert errors == [], errors
    generated = [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction) and "note-event" in entry.meta
    ]
    # Every generated entry balances, to the cent, by itself.
    for entry in generated:
        total = sum(
            (number(posting) for posting in entry.postings),
            Decimal(0),
        )
        assert total == 0, entry
    # The discount account is exactly zero once the note has matured.
    assert sum(postings_to(entries, DISCOUNT)) == 0
    # Expense = coupon + discount: accruals credit interest with the coupon
    # and the discount account with the amortization, and debit expense.
    coupon = -sum(postings_to(entries, INTEREST, "accrual"))
    assert sum(postings_to(entries, EXPENSE)) == coupon + discount_at_issue
    # A payment never pays more than what is posted and unpaid.
    balance: dict[str, Decimal] = defaultdict(Decimal)
    for entry in generated:
        if entry.meta["note-event"] == "payment":
            paid = next(number(p) for p in entry.postings if p.account == INTEREST)
            assert 0 < paid <= -balance[INTEREST], entry
        for posting in entry.postings:
            assert posting.units is not None and posting.units.number is not None
            balance[posting.account] += posting.units.number
    # Everything owed is settled: no interest is left.
    assert balance[INTEREST] == 0


@st.composite
def simple_notes(draw: st.DrawFn) -> tuple[str, Fraction, Fraction, list[Fraction]]:
    """A note with simple interest on an actual-day basis, sold at a discount
    or premium, with any payment frequency; and the inputs of its effective
    rate: carrying amount, coupon rate and the day-count fraction of each
    piece (split at month-ends and payment dates)."""
    principal = draw(st.integers(10_000, 10_000_000))
    price = principal * draw(st.integers(80, 105)) // 100
    rate = Fraction(draw(st.integers(0, 150)), 1000)
    issue = datetime.date(2021, 1, 1) + datetime.timedelta(
        days=draw(st.integers(0, 900))
    )
    maturity = add_months(issue, draw(st.integers(2, 30)))
    basis, year = draw(st.sampled_from([("ACT/365", 365), ("ACT/360", 360)]))
    payment, months = draw(
        st.sampled_from([("maturity", 0), ("monthly", 1), ("quarterly", 3)])
    )
    if price == principal:
        price -= 1
    ends = set(month_piece_ends(issue, maturity))
    count = 1
    while months and (date := add_months(issue, months * count)) < maturity:
        ends.add(date)
        count += 1
    cuts = sorted(ends)
    fractions = [
        Fraction((end - start).days, year)
        for start, end in zip([issue, *cuts[:-1]], cuts, strict=True)
    ]
    text = deal_ledger(
        deal_note(
            issue.isoformat(),
            principal=f"{principal}.00 USD",
            purchase_price=f"{price}.00 USD",
            rate=str(Decimal(rate.numerator) / rate.denominator),
            maturity=maturity.isoformat(),
            day_count=f'"{basis}"',
            interest_payment=f'"{payment}"',
        ),
        through=issue.isoformat(),
    )
    return text, Fraction(price), rate, fractions


@settings(max_examples=60)
@given(simple_notes())
def test_effective_rate_matches_an_independent_solution(
    note: tuple[str, Fraction, Fraction, list[Fraction]],
) -> None:
    """e solves C_N = P for C' = C (1 + e f) - P r f over the pieces, found
    here by exact bisection (tests/deal_terms.py), to 12 decimal places."""
    text, carrying, rate, fractions = note
    entries, errors = load(text)
    assert errors == [], errors
    issue = next(
        entry
        for entry in entries
        if isinstance(entry, data.Transaction)
        and entry.meta.get("note-event") == "issue"
    )
    principal = -sum(
        (number(p) for p in issue.postings if p.account == "Liabilities:Notes"),
        Decimal(0),
    )
    expected = effective_rate(carrying, fractions, rate, Fraction(principal))
    assert issue.meta["effective-rate"] == twelve_places(expected)
