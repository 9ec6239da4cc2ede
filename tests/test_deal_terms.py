"""Deal terms: discount and issue costs at amortized cost, interest payments,
repayments, market-priced conversions and proceeds in kind.

Every expected number is worked out in the comments, by hand, in closed form,
or with the exact-rational bisection of tests/deal_terms.py; none comes from
the plugin's code.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from decimal import localcontext
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from beancount import loader

from plugins.convertible_note import load_schedules
from tests.conftest import load
from tests.conftest import note_transactions
from tests.deal_terms import assert_legs
from tests.deal_terms import cents
from tests.deal_terms import deal_ledger
from tests.deal_terms import deal_note
from tests.deal_terms import effective_rate
from tests.deal_terms import leg
from tests.deal_terms import month_piece_ends
from tests.deal_terms import month_piece_fractions
from tests.deal_terms import postings_to
from tests.deal_terms import twelve_places

if TYPE_CHECKING:
    from beancount.core import data

D = Decimal
BANK = "Assets:Bank"
NOTES = "Liabilities:Notes"
DISCOUNT = "Liabilities:NoteDiscount"
INTEREST = "Liabilities:Interest"
EXPENSE = "Expenses:Interest"
LOSS = "Expenses:Extinguishment"
CAPITAL = "Equity:Capital"
PREMIUM = "Equity:Premium"


def loaded(text: str) -> list[data.Directive]:
    entries, errors = load(text)
    assert errors == [], errors
    return entries


def only(entries: list[data.Directive], event: str) -> data.Transaction:
    found = note_transactions(entries, event)
    assert len(found) == 1, found
    return found[0]


def dcf_365(start: datetime.date, end: datetime.date) -> Fraction:
    return Fraction((end - start).days, 365)


#: The monthly pieces of a note issued 2024-01-01 maturing 2025-01-01, ACT/365.
YEAR_2024 = month_piece_fractions(datetime.date(2024, 1, 1), datetime.date(2025, 1, 1))


# -- Original issue discount ---------------------------------------------------


def one_piece_note(**overrides: str | None) -> str:
    """Issued 2024-03-01 for 990,000.00, maturing 2024-03-31: one piece."""
    return deal_note(
        "2024-03-01", purchase_price="990000.00 USD", maturity="2024-03-31", **overrides
    )


def test_one_piece_discount_has_its_closed_form_rate() -> None:
    # Issued 2024-03-01, matures 2024-03-31: one piece of 30 days. With no
    # coupon, C0 (1 + e x 30/365) = P, so e = (P / C0 - 1) x 365 / 30
    # = (1,000,000 / 990,000 - 1) x 365 / 30 = (1/99)(73/6) = 73/594
    # = 0.122895622895 622... -> 0.122895622896.
    text = deal_ledger(
        one_piece_note(),
        '2024-03-31 custom "convertible-note-settle" "N" "cash"\n',
    )
    entries = loaded(text)
    issue = only(entries, "issue")
    assert issue.meta["effective-rate"] == D("0.122895622896")
    assert_legs(issue, {BANK: "990000.00", DISCOUNT: "10000.00", NOTES: "-1000000.00"})
    # The accrual on the maturity date amortizes everything that is left.
    accrual = only(entries, "accrual")
    assert accrual.date == datetime.date(2024, 3, 31)
    assert_legs(accrual, {EXPENSE: "10000.00", DISCOUNT: "-10000.00", INTEREST: "0"})
    settlement = only(entries, "settlement")
    assert_legs(settlement, {BANK: "-1000000.00", DISCOUNT: "0"})
    assert sum(postings_to(entries, DISCOUNT)) == 0


def zero_coupon_rate() -> Fraction:
    # 950,000 grows to 1,000,000 over 2024 by C' = C (1 + e x days / 365),
    # one factor per month (2024 is a leap year: 366 days in all).
    return effective_rate(Fraction(950000), YEAR_2024)


def test_zero_coupon_discount_amortizes_by_the_interest_method() -> None:
    text = deal_ledger(
        deal_note(purchase_price="950000.00 USD"),
        '2025-01-01 custom "convertible-note-settle" "N" "cash"\n',
    )
    entries = loaded(text)
    rate = zero_coupon_rate()
    assert only(entries, "issue").meta["effective-rate"] == twelve_places(rate)
    assert twelve_places(rate) == D("0.051262679244")
    accruals = note_transactions(entries, "accrual")
    # One per month-end; December's piece ends on the maturity, where U is
    # zero, so it amortizes what is left and the maturity has nothing more.
    assert [entry.date.month for entry in accruals] == list(range(1, 13))
    issue, maturity = datetime.date(2024, 1, 1), datetime.date(2025, 1, 1)
    ends = month_piece_ends(issue, maturity)
    carrying = Fraction(950000)
    posted = D("50000.00")
    for entry, start, end in zip(accruals, [issue, *ends[:-1]], ends, strict=True):
        carrying *= 1 + rate * dcf_365(start, end)
        remaining = D(0) if end == maturity else cents(1000000 - carrying)
        assert leg(entry, DISCOUNT) == remaining - posted, entry.date
        assert leg(entry, EXPENSE) == posted - remaining, entry.date
        posted = remaining
    # January by hand: 950,000 x e x 31/365 = 4,136.13.
    assert leg(accruals[0], EXPENSE) == D("4136.13")
    assert sum(postings_to(entries, DISCOUNT)) == 0
    assert sum(postings_to(entries, EXPENSE)) == D("50000.00")


def test_issue_costs_are_deducted_from_the_carrying_amount() -> None:
    # purchase-price = principal, issue-costs 30,000: the company receives
    # 970,000 and U = 1,000,000 - 1,000,000 + 30,000 = 30,000.
    text = deal_ledger(deal_note(issue_costs="30000.00 USD"), through="2024-01-31")
    entries = loaded(text)
    issue = only(entries, "issue")
    assert_legs(issue, {BANK: "970000.00", DISCOUNT: "30000.00", NOTES: "-1000000.00"})
    # The same rate as a zero-coupon note sold for 970,000.
    rate = effective_rate(Fraction(970000), YEAR_2024)
    assert issue.meta["effective-rate"] == twelve_places(rate)
    # January: 970,000 x e x 31/365.
    january = only(entries, "accrual")
    assert leg(january, EXPENSE) == cents(970000 * rate * Fraction(31, 365))


def test_par_note_without_costs_has_no_amortization() -> None:
    text = deal_ledger(
        deal_note(rate="0.08", discount_account=None), through="2024-03-31"
    )
    entries = loaded(text)
    issue = only(entries, "issue")
    assert issue.meta["effective-rate"] == D("0.080000000000")
    assert [posting.account for posting in issue.postings] == [BANK, NOTES]
    for entry in note_transactions(entries, "accrual"):
        assert {posting.account for posting in entry.postings} == {EXPENSE, INTEREST}
        assert leg(entry, EXPENSE) == -leg(entry, INTEREST)
    # January: 1,000,000 x 0.08 x 31/365 = 6,794.520547... -> 6,794.52.
    assert leg(note_transactions(entries, "accrual")[0], EXPENSE) == D("6794.52")


def test_premium_expense_falls_below_the_coupon() -> None:
    # Sold for 1,020,000 with a 10 % coupon: U = -20,000 (a premium, credit
    # balance) and the expense of every month is the coupon less amortization.
    text = deal_ledger(
        deal_note(rate="0.10", purchase_price="1020000.00 USD"),
        '2025-01-01 custom "convertible-note-settle" "N" "cash"\n',
    )
    entries = loaded(text)
    issue = only(entries, "issue")
    assert_legs(issue, {BANK: "1020000.00", DISCOUNT: "-20000.00"})
    rate = effective_rate(Fraction(1020000), YEAR_2024, Fraction(1, 10))
    assert rate < Fraction(1, 10)
    assert issue.meta["effective-rate"] == twelve_places(rate)
    for entry in note_transactions(entries, "accrual"):
        coupon = -leg(entry, INTEREST)
        assert leg(entry, EXPENSE) < coupon, entry.date
        assert leg(entry, DISCOUNT) > 0, entry.date  # the premium is released
    # Total expense = total coupon - premium: 1,000,000 x 10 % x 366/365
    # = 100,273.97 of coupon, less 20,000.
    assert sum(postings_to(entries, EXPENSE)) == D("100273.97") - D("20000.00")
    assert sum(postings_to(entries, DISCOUNT)) == 0


def test_daily_compounding_discount_rate_in_closed_form() -> None:
    # With daily compounding the carrying amount B - U grows by (1 + e/365)
    # a day and B by (1 + r/365), and U is zero at maturity, so
    # C0 (1 + e/365)^N = P (1 + r/365)^N, N = 366 days of 2024:
    # e = 365 ((1 + r/365) (P / C0)^(1/N) - 1).
    text = deal_ledger(
        deal_note(rate="0.05", compounding='"daily"', purchase_price="960000.00 USD"),
        through="2024-01-31",
    )
    entries = loaded(text)
    with localcontext() as context:
        context.prec = 50
        root = (D(1000000) / D(960000)) ** (D(1) / D(366))
        expected = 365 * ((1 + D("0.05") / 365) * root - 1)
    assert only(entries, "issue").meta["effective-rate"] == expected.quantize(
        D("1e-12")
    )


# -- Interest payments ---------------------------------------------------------


def test_quarterly_coupons_are_paid_in_cash() -> None:
    # 1,000,000 at 8 % ACT/365 from 2024-01-15, paid on 04-15, 07-15, 10-15.
    # To 2024-04-15 (91 days): 1,000,000 x 0.08 x 91/365 = 19,945.205... ->
    # 19,945.21, posted as 3,726.03 (17 days to Jan 31: 3,726.027),
    # 6,356.16 (46 days: 10,082.19), 6,794.52 (77 days: 16,876.71) and on
    # 04-15 the 14 days of April: 19,945.21 - 16,876.71 = 3,068.50.
    text = deal_ledger(
        deal_note(
            "2024-01-15",
            rate="0.08",
            maturity="2025-01-15",
            interest_payment='"quarterly"',
            discount_account=None,
        ),
        through="2024-05-31",
    )
    entries = loaded(text)
    accruals = note_transactions(entries, "accrual")
    assert [(entry.date, -leg(entry, INTEREST)) for entry in accruals[:4]] == [
        (datetime.date(2024, 1, 31), D("3726.03")),
        (datetime.date(2024, 2, 29), D("6356.16")),
        (datetime.date(2024, 3, 31), D("6794.52")),
        (datetime.date(2024, 4, 15), D("3068.50")),
    ]
    payment = only(entries, "payment")
    assert payment.date == datetime.date(2024, 4, 15)
    assert_legs(payment, {INTEREST: "19945.21", BANK: "-19945.21"})
    # After the payment the period restarts: April 15 to 30 is 16 days,
    # 80,000 x 16/365 = 3,506.849 -> 3,506.85; May 31 days: 3,506.85 +
    # 6,794.52 = 10,301.37 (47 days: 10,301.369...).
    assert accruals[4].date == datetime.date(2024, 4, 30)
    assert -leg(accruals[4], INTEREST) == D("3506.85")
    assert accruals[4].meta["period-start"] == datetime.date(2024, 4, 15)
    assert -leg(accruals[5], INTEREST) == D("6794.52")


def test_payment_comes_before_a_same_day_conversion() -> None:
    # Monthly payments on the 1st; a conversion of half on 2024-03-01. The
    # payment on 03-01 pays February's 29 days (1,000,000 x 12 % x 29/365 =
    # 9,534.246... -> 9,534.25) and leaves no interest for the conversion.
    text = deal_ledger(
        deal_note(
            rate="0.12",
            interest_payment='"monthly"',
            discount_account=None,
        ),
        '2024-03-01 custom "convertible-note-convert" "N" 500000.00 USD\n',
        through="2024-03-31",
    )
    entries = loaded(text)
    payments = note_transactions(entries, "payment")
    assert [(entry.date, leg(entry, INTEREST)) for entry in payments] == [
        (datetime.date(2024, 2, 1), D("10191.78")),  # 31 days: 10,191.780...
        (datetime.date(2024, 3, 1), D("9534.25")),
    ]
    conversion = only(entries, "conversion")
    assert leg(conversion, INTEREST) == 0
    # 500,000 / 2.00 = 250,000 shares; par 0.01: 2,500.00 of capital.
    assert conversion.meta["shares"] == D(250000)
    assert_legs(conversion, {CAPITAL: "-2500.00", PREMIUM: "-497500.00"})


# -- Repayments ---------------------------------------------------------------


def test_repayment_at_a_premium_books_a_loss() -> None:
    # 1,000,000 at 10 %, repay 400,000 for 420,000 on 2024-03-01. Interest to
    # then: 1,000,000 x 0.10 x 60/365 = 16,438.356...; attributable to 40 %:
    # 6,575.342... -> 6,575.34, paid in cash. No discount: G = 420,000 -
    # 400,000 = 20,000 loss.
    text = deal_ledger(
        deal_note(
            rate="0.10",
            discount_account=None,
            extinguishment_account="Expenses:Extinguishment",
        ),
        '2024-03-01 custom "convertible-note-repay" "N" 400000.00 USD\n'
        "  price: 420000.00 USD\n",
        through="2024-03-31",
    )
    entries = loaded(text)
    repayment = only(entries, "repayment")
    assert_legs(
        repayment,
        {NOTES: "400000.00", INTEREST: "6575.34", BANK: "-426575.34", LOSS: "20000.00"},
    )
    # March on the remaining 600,000: 60,000 x 31/365 = 5,095.89; the exact
    # accrued left after the repayment is 16,438.356 x 0.6 = 9,863.013...
    # against 9,863.02 posted (16,438.36 - 6,575.34), so March posts
    # round(9,863.0137 + 5,095.8904) - 9,863.02 = 14,958.90 - 9,863.02.
    march = note_transactions(entries, "accrual")[-1]
    assert march.date == datetime.date(2024, 3, 31)
    assert -leg(march, INTEREST) == D("14958.90") - D("9863.02")


def test_repayment_of_a_discount_note_releases_its_share_of_the_discount() -> None:
    # The one-piece note of the closed-form test, repaid in half on its 11th
    # day (2024-03-11, 10 days) for 497,000. e = 73/594; with no coupon
    # U' = U - e (P - U) x 10/365:
    # U = 10,000 - (73/594)(990,000)(10/365) = 10,000 - 3,333.333... =
    # 6,666.666...; the accrual amortizes 10,000 - 6,666.67 = 3,333.33.
    # B = round(6,666.666 / 2) = 3,333.33; G = 497,000 - (500,000 - 3,333.33)
    # = 333.33 loss.
    text = deal_ledger(
        one_piece_note(),
        '2024-03-11 custom "convertible-note-repay" "N" 500000.00 USD\n'
        "  price: 497000.00 USD\n",
        through="2024-03-31",
    )
    entries = loaded(text)
    accrual = note_transactions(entries, "accrual")[0]
    assert accrual.date == datetime.date(2024, 3, 11)
    assert leg(accrual, EXPENSE) == D("3333.33")
    repayment = only(entries, "repayment")
    assert_legs(
        repayment,
        {
            NOTES: "500000.00",
            DISCOUNT: "-3333.33",
            BANK: "-497000.00",
            EXPENSE: "333.33",  # default: expense-account
        },
    )


def test_early_settlement_writes_off_the_remaining_discount() -> None:
    # Same note settled in cash on 2024-03-11: after the accrual (3,333.33
    # amortized) 6,666.67 of discount is left and written off as a loss.
    text = deal_ledger(
        one_piece_note(extinguishment_account="Expenses:Extinguishment"),
        '2024-03-11 custom "convertible-note-settle" "N" "cash"\n',
    )
    entries = loaded(text)
    settlement = only(entries, "settlement")
    assert_legs(
        settlement, {DISCOUNT: "-6666.67", LOSS: "6666.67", BANK: "-1000000.00"}
    )
    assert sum(postings_to(entries, DISCOUNT)) == 0


def test_conversion_moves_the_discount_to_equity() -> None:
    # Same note, 400,000 converted on 2024-03-11 at 2.00: 200,000 shares,
    # capital 2,000.00, share value 400,000.00. U = 6,666.666...: B =
    # round(6,666.666 x 0.4) = 2,666.67 leaves the discount account and the
    # premium is lower by it: 398,000.00 - 2,666.67 = 395,333.33.
    text = deal_ledger(
        one_piece_note(),
        '2024-03-11 custom "convertible-note-convert" "N" 400000.00 USD\n',
        through="2024-03-10",
    )
    conversion = only(loaded(text), "conversion")
    assert_legs(
        conversion,
        {
            NOTES: "400000.00",
            DISCOUNT: "-2666.67",
            CAPITAL: "-2000.00",
            PREMIUM: "-395333.33",
        },
    )


# -- Market-priced conversion -------------------------------------------------

PRICES = """\
2024-03-01 price SHR 0.50 USD
2024-03-04 price SHR 0.45 USD
2024-03-05 price SHR 0.48 USD
2024-03-06 price SHR 0.60 USD
2024-03-06 price SHR 0.52 USD
2024-03-07 price SHR 0.10 USD
"""


def market_note(**overrides: str | None) -> str:
    fields: dict[str, str | None] = {
        "conversion_price": None,
        "conversion_discount": "0.39",
        "conversion_lookback": "3",
        "share_commodity": '"SHR"',
        "par_value": "0.001 USD",
        "discount_account": None,
    }
    fields.update(overrides)
    return deal_note(**fields)


@pytest.mark.parametrize(
    ("terms", "price", "shares", "legs"),
    [
        # The 3 closes before 2024-03-07: 0.45 (03-04), 0.48 (03-05) and 0.52
        # (03-06: the later directive of that day replaces 0.60); the close of
        # the conversion day itself (0.10) is not used. 61 % of 0.45 = 0.2745.
        # 100,000 / 0.2745 = 364,298.7...: 364,298 shares worth 99,999.801 ->
        # 99,999.80; capital 364.298 -> 364.30; premium 99,635.50; cash in lieu
        # 0.20.
        pytest.param(
            {},
            "0.2745",
            364298,
            {CAPITAL: "-364.30", PREMIUM: "-99635.50", BANK: "-0.20"},
            id="lowest-recent-close",
        ),
        # Average of 0.45, 0.48, 0.52 = 0.4833...; 61 % = 0.294833... below the
        # floor 0.30, so the price is 0.30: 333,333 shares worth 99,999.90.
        pytest.param(
            {"conversion_reference": '"average"', "conversion_price_floor": "0.30 USD"},
            "0.30",
            333333,
            {BANK: "-0.10"},
            id="floor-and-average",
        ),
        # (0.45 + 0.48) / 2 = 0.465; 61 % = 0.28365: 100,000 / 0.28365 =
        # 352,547.15...: 352,547 shares worth 98,713.16 + 1,286.79655 =
        # 99,999.95655 -> 99,999.96, and 0.04 in cash.
        pytest.param(
            {"conversion_reference": '"average-2-lowest"'},
            "0.28365",
            352547,
            {BANK: "-0.04"},
            id="average-of-two-lowest",
        ),
    ],
)
def test_market_conversion(
    terms: dict[str, str], price: str, shares: int, legs: dict[str, str]
) -> None:
    text = deal_ledger(
        "2024-01-01 commodity SHR\n",
        PRICES,
        market_note(**terms),
        '2024-03-07 custom "convertible-note-convert" "N" 100000.00 USD\n',
        through="2024-02-29",
    )
    conversion = only(loaded(text), "conversion")
    assert conversion.meta["conversion-price"].number == D(price)
    assert conversion.meta["shares"] == D(shares)
    assert_legs(conversion, legs)


def test_market_conversion_on_the_mean_of_the_three_lowest() -> None:
    # The 4 closes before 2024-03-07: 0.50, 0.45, 0.48 and 0.52; the three
    # lowest average (0.45 + 0.48 + 0.50) / 3 = 1.43 / 3; 61 % of it is
    # 0.8723 / 3 = 0.290766...: 300,000 / 0.8723 = 343,918.38...: 343,918
    # shares worth 343,918 x 0.8723 / 3 = 99,999.890... -> 99,999.89, and 0.11
    # in cash; capital 343.918 -> 343.92, premium 99,999.89 - 343.92.
    text = deal_ledger(
        "2024-01-01 commodity SHR\n",
        PRICES,
        market_note(conversion_lookback="4", conversion_reference='"average-3-lowest"'),
        '2024-03-07 custom "convertible-note-convert" "N" 100000.00 USD\n',
        through="2024-02-29",
    )
    conversion = only(loaded(text), "conversion")
    price = conversion.meta["conversion-price"].number
    assert abs(price - D("0.8723") / 3) < D("1e-20")
    assert conversion.meta["shares"] == D(343918)
    assert_legs(conversion, {CAPITAL: "-343.92", PREMIUM: "-99655.97", BANK: "-0.11"})


# -- Proceeds in kind -----------------------------------------------------------


def test_note_issued_for_a_loan_debits_the_loan() -> None:
    text = deal_ledger(
        '2024-01-01 * "Loan from the holder"\n'
        "  Assets:Bank                1000000.00 USD\n"
        "  Liabilities:Loans:Holder  -1000000.00 USD\n",
        deal_note(
            "2024-06-01",
            proceeds_account="Liabilities:Loans:Holder",
            discount_account=None,
            cash_account="Assets:Bank",
        ),
        '2024-06-01 custom "convertible-note-convert" "N" 1000000.00 USD\n',
    )
    entries = loaded(text)
    issue = only(entries, "issue")
    assert leg(issue, "Liabilities:Loans:Holder") == D("1000000.00")
    assert leg(issue, NOTES) == D("-1000000.00")
    # Converted the same day: no interest, 500,000 shares at 2.00.
    conversion = only(entries, "conversion")
    assert conversion.meta["shares"] == D(500000)
    assert note_transactions(entries, "accrual") == []


# -- Extensions and rate resets re-solve the rate --------------------------------


def test_extension_re_solves_the_effective_rate() -> None:
    # The one-piece note (e = 73/594) is extended on 2024-03-11 to
    # 2024-04-30. U on 03-11 is 6,666.666... (carrying 993,333.333...);
    # from there the pieces are [03-11, 04-01) of 21 days and [04-01, 04-30)
    # of 29 days, and C (1 + e' 21/365)(1 + e' 29/365) = 1,000,000.
    text = deal_ledger(
        one_piece_note(),
        '2024-03-11 custom "convertible-note-extend" "N" 2024-04-30\n',
        '2024-04-30 custom "convertible-note-settle" "N" "cash"\n',
    )
    entries, errors, options = loader.load_string(text)
    assert errors == []
    carrying = Fraction(990000) * (1 + Fraction(73, 594) * Fraction(10, 365))
    rate = effective_rate(carrying, [Fraction(21, 365), Fraction(29, 365)])
    schedules, _ = load_schedules(entries, options)
    rates = {row.date: row.effective_rate for row in schedules[0].rows}
    assert twelve_places(Fraction(rates[datetime.date(2024, 3, 31)])) == (
        twelve_places(rate)
    )
    assert sum(postings_to(entries, DISCOUNT)) == 0
    # An extension is no accrual point: March 31 posts all of March, from
    # the 10,000 posted at issue to round(U) after the 21 days at e'.
    march = next(
        entry
        for entry in note_transactions(entries, "accrual")
        if entry.date == datetime.date(2024, 3, 31)
    )
    after_march = carrying * (1 + rate * Fraction(21, 365))
    assert leg(march, EXPENSE) == D("10000.00") - cents(1000000 - after_march)
    assert leg(march, EXPENSE) == D("6128.77")
