"""The filing importer: a filing's plain text in, a draft note definition out.

Each filing under ``tests/data/filings/`` is pure filing text; what a careful
reader takes from it is written here, field by field, next to the sentence
that says it. ``seed-6k-aptorum.txt`` is the Form 6-K of 16 December 2022 (and
its press release) on the Aenco note of the language reference
(plugins/convertible_note/README.md); the others are
made-up filings, each with a different mix of terms:

- ``8k-helios-senior-note-oid.txt``: an original issue discount ($5,500,000
  face for $5,000,000), so the principal is left to a person; 30/360.
- ``pr-jade-harbour-chairman-zero-coupon.txt``: HK$, no interest, issued to
  the chairman, maturity two years after issue, a later dateline date.
- ``6k-silverpeak-largest-shareholder-quarterly.txt``: compounded quarterly,
  18 months from 31 August 2023 (February 2025 has no 31st: 2025-02-28).
- ``8k-corvane-variable-price-vwap.txt``: a VWAP formula for the conversion
  price, compounded daily on ACT/360, a default rate, an unaffiliated holder.
- ``8k-pinecrest-three-investors.txt``: three holders, amounts per holder;
  interest *payable* quarterly (not compounded).
- ``pr-norvalis-eur-ceo-entity.txt``: day-month-year dates, euros, simple
  interest on a 365-day year, "nominal value" for par, a CEO's company.
- ``6k-kestrel-due-year-no-par.txt``: a maturity given as a year only and
  no par value anywhere in the text.

A term the text does not state, or states only as a formula, has no value and
a reason (``todo``); a value always comes with the sentence it came from.
"""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from beancount import loader
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from importers.filing import draft_note
from importers.filing import render_draft
from importers.filing.values import dates_in
from importers.filing.values import published_on
from importers.filing.values import sentences
from tests.conftest import REQUIRED_TERMS

FILINGS = Path(__file__).resolve().parent / "data" / "filings"
PLUGIN_LINE = 'plugin "plugins.convertible_note"'
FIELDS = (
    "date",
    "holder",
    "principal",
    "purchase-price",
    "rate",
    "maturity",
    "conversion-price",
    "par-value",
    "share-class",
    "day-count",
    "compounding",
    "related-party",
)
# A quote is a sentence, not the whole filing (the seed's longest sentence
# is about 330 characters).
MAX_QUOTE_CHARS = 800


def normalise(text: str) -> str:
    """Runs of whitespace (line breaks of the filing included) as one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Expect:
    """What a careful reader takes from the filing for one field.

    ``values``: the acceptable ledger texts (``None``: no value, a person must
    complete it). ``phrases``: the quote contains one of them (case-insensitive)
    whenever the field has a value, or when ``mentioned`` (the text speaks of
    the term but gives no usable value). ``absent``: nothing in the text
    mentions the term, so the quote is empty. ``choose``: a value drafted
    with a TODO, as one of two the language cannot hold together.
    """

    values: tuple[str | None, ...]
    phrases: tuple[str, ...] = ()
    mentioned: bool = False
    choose: bool = False
    absent: bool = False
    #: The key does not apply to this note (a purchase price equal to the
    #: principal, the language's default): no value, no todo, not written.
    applies: bool = True


def value(text: str, *phrases: str) -> Expect:
    return Expect((text,), phrases)


def one_of(texts: tuple[str | None, ...], *phrases: str) -> Expect:
    return Expect(texts, phrases)


def choose(text: str, *phrases: str) -> Expect:
    """A value read right that a person must still choose (a fixed price
    that the text makes the lower of it and a market formula)."""
    return Expect((text,), phrases, choose=True)


def todo(*phrases: str) -> Expect:
    """No value; the quote must carry the sentence that mentions the term."""
    return Expect((None,), phrases, mentioned=True)


UNSTATED = Expect((None,))
NOT_IN_TEXT = Expect((None,), absent=True)

CASES: dict[str, dict[str, Expect]] = {
    "seed-6k-aptorum.txt": {
        # "On December 16, 2022, the transaction contemplated by the Agreement
        # closed ..."
        "date": value("2022-12-16", "December 16, 2022"),
        # "... with Aenco Technologies Ltd ("Note holder"), ... indirectly
        # 34.56% effectively owned by our non-executive director and major
        # shareholder"
        "holder": value('"Aenco Technologies Ltd"', "Aenco Technologies"),
        "principal": value("3000000.00 USD", "3,000,000", "$3 million"),
        "rate": value("0.07", "7%"),
        # "a maturity date of 12 months": 2022-12-16 + 12 months.
        "maturity": value("2023-12-16", "12 months", "December 2023"),
        "conversion-price": value("1.20 USD", "$1.20"),
        "par-value": value("1.00 USD", "$1.00"),
        "share-class": value('"Class A Ordinary"', "Class A Ordinary"),
        "related-party": value("TRUE", "director", "shareholder"),
        "day-count": UNSTATED,
        "compounding": UNSTATED,
    },
    "8k-helios-senior-note-oid.txt": {
        # Agreement on March 12; "On March 14, 2024 (the "Closing Date"), the
        # Company issued to the Investor ..."
        "date": value("2024-03-14", "March 14, 2024"),
        "holder": value('"Lakeshore Capital Partners LP"', "Lakeshore Capital"),
        # "$5,500,000 for a purchase price of $5,000,000": the face amount is
        # the principal; the price paid is the purchase price (an original
        # issue discount of $500,000, amortized by the plugin).
        "principal": value("5500000.00 USD", "$5,500,000"),
        "purchase-price": value("5000000.00 USD", "$5,000,000"),
        # 10 % as a fraction: 0.10 or 0.1 are the same number.
        "rate": one_of(("0.10", "0.1"), "10%"),
        "maturity": value("2025-09-14", "September 14, 2025"),
        "conversion-price": value("2.50 USD", "$2.50"),
        "par-value": value("0.0001 USD", "$0.0001"),
        "share-class": value('"Common"', "common stock"),
        "day-count": value('"30/360"', "twelve 30-day months"),
        "compounding": UNSTATED,
        "related-party": UNSTATED,
    },
    "pr-jade-harbour-chairman-zero-coupon.txt": {
        # The dateline is April 8; "The Note was issued on April 3, 2024."
        "date": value("2024-04-03", "April 3, 2024"),
        "holder": value('"Leung Wing Kei"', "Leung Wing Kei"),
        # HK$, not the US$ equivalent in brackets.
        "principal": value("20000000.00 HKD", "HK$20,000,000"),
        # "The Note bears no interest"; the headline says "Zero-Coupon" (13.3 %
        # and 6.2 % are not rates).
        "rate": value("0", "no interest", "zero-coupon"),
        # "two years after its date of issue": 2024-04-03 + 24 months.
        "maturity": value("2026-04-03", "two years"),
        "conversion-price": value("0.85 HKD", "HK$0.85"),
        "par-value": value("0.01 HKD", "HK$0.01"),
        "share-class": value('"Ordinary"', "ordinary shares"),
        "related-party": value("TRUE", "Chairman"),
        "day-count": UNSTATED,
        "compounding": UNSTATED,
    },
    "6k-silverpeak-largest-shareholder-quarterly.txt": {
        "date": value("2023-08-31", "August 31, 2023"),
        "holder": value('"Golden Crest Holdings Limited"', "Golden Crest"),
        "principal": value("1500000.00 USD", "US$1,500,000"),
        # 41.2 % is a shareholding, 8 % the rate.
        "rate": value("0.08", "8%"),
        # 2023-08-31 + 18 months = 2025-02-31, which February lacks: its last
        # day, 2025-02-28 (2025 is not a leap year).
        "maturity": value("2025-02-28", "18 months"),
        "conversion-price": value("0.40 USD", "US$0.40"),
        "par-value": value("0.001 USD", "US$0.001"),
        "share-class": value('"Class A Ordinary"', "Class A Ordinary"),
        "compounding": value('"quarterly"', "compounded quarterly"),
        # "Golden Crest ..., the Company's largest shareholder"; the heading
        # says "to Principal Shareholder".
        "related-party": value("TRUE", "largest shareholder", "principal shareholder"),
        "day-count": UNSTATED,
    },
    "8k-corvane-variable-price-vwap.txt": {
        "date": value("2024-06-05", "June 5, 2024"),
        "holder": value('"Northbridge Opportunity Fund LP"', "Northbridge"),
        "principal": value("1500000.00 USD", "$1,500,000"),
        # 12 %; the 18 % default rate is not the note's rate.
        "rate": value("0.12", "12%"),
        # "twelve (12) months after the Issue Date": 2024-06-05 + 12 months.
        "maturity": value("2025-06-05", "(12) months"),
        # "the lower of $1.00 and 80% of the lowest VWAP ...": the fixed
        # leg, drafted with a TODO to keep it or the formula.
        "conversion-price": choose("1.00 USD", "80% of the lowest VWAP"),
        "par-value": value("0.001 USD", "$0.001"),
        "share-class": value('"Common"', "common stock"),
        "day-count": value('"ACT/360"', "actual number of days"),
        "compounding": value('"daily"', "compounded daily"),
        # "an unaffiliated institutional investor": not related. No value, or
        # FALSE taken from that sentence; never TRUE.
        "related-party": one_of((None, "FALSE"), "unaffiliated"),
    },
    "8k-pinecrest-three-investors.txt": {
        "date": value("2024-01-22", "January 22, 2024"),
        # Three holders with $1,000,000, $600,000 and $400,000, sold at once:
        # one issue, booked as one note of their total unless a person splits
        # it; the holders are a person's to name.
        "holder": todo("Ridgeway Partners LLC"),
        "principal": value("2000000.00 USD", "2,000,000"),
        "rate": value("0.06", "6%"),
        "maturity": value("2026-01-22", "January 22, 2026"),
        "conversion-price": value("0.75 USD", "$0.75"),
        "par-value": value("0.01 USD", "$0.01"),
        "share-class": value('"Common"', "common stock"),
        "day-count": UNSTATED,
        # "payable quarterly in arrears": paid, not compounded.
        "compounding": UNSTATED,
        "related-party": UNSTATED,
    },
    "pr-norvalis-eur-ceo-entity.txt": {
        # Dateline 16 March 2023; "on 14 March 2023 it issued a convertible
        # note".
        "date": value("2023-03-14", "14 March 2023"),
        # The name is broken across two lines in the text.
        "holder": value('"Vireo Beteiligungs GmbH"', "Vireo Beteiligungs GmbH"),
        "principal": value("4000000.00 EUR", "€4,000,000"),
        "rate": value("0.05", "5%"),
        "maturity": value("2026-03-14", "14 March 2026"),
        "conversion-price": value("3.00 EUR", "€3.00"),
        # "with a nominal value of €0.10 each": nominal value is par value.
        "par-value": value("0.10 EUR", "€0.10"),
        "share-class": value('"Ordinary"', "ordinary shares"),
        "day-count": value('"ACT/365"', "365-day year"),
        "compounding": value('"none"', "simple interest"),
        "related-party": value("TRUE", "Chief Executive Officer"),
    },
    "6k-kestrel-due-year-no-par.txt": {
        "date": value("2023-11-20", "November 20, 2023"),
        "holder": value('"Tamarind Growth Fund SPC"', "Tamarind Growth Fund SPC"),
        "principal": value("10000000.00 USD", "US$10,000,000", "US$10 Million"),
        "rate": value("0.045", "4.5%"),
        # "The Note will mature in 2027": a year, not a date. (The "second
        # anniversary" is a redemption right, not the maturity.)
        "maturity": todo("2027"),
        "conversion-price": value("5.10 USD", "US$5.10"),
        # No par or nominal value anywhere in the filing.
        "par-value": NOT_IN_TEXT,
        "share-class": value('"Ordinary"', "Ordinary Share"),
        "day-count": UNSTATED,
        # "payable semi-annually in arrears": paid, not compounded.
        "compounding": UNSTATED,
        "related-party": UNSTATED,
    },
}


# A purchase price equal to the principal is the language's default: only
# the OID filing states another.
for _fields in CASES.values():
    _fields.setdefault("purchase-price", Expect((None,), absent=True, applies=False))


def read_filing(name: str) -> str:
    return (FILINGS / name).read_text(encoding="utf-8")


def field_cases() -> list[tuple[str, str]]:
    return [(name, key) for name, fields in CASES.items() for key in fields]


@pytest.fixture(scope="module")
def drafts() -> dict[str, Any]:
    return {name: draft_note(read_filing(name)) for name in CASES}


def test_every_filing_has_every_field_expected() -> None:
    for name, fields in CASES.items():
        assert set(fields) == set(FIELDS), name
        text = read_filing(name)
        assert 20 <= len(text.splitlines()) <= 100, name
        # The phrases the expectations rely on are really in the filing.
        for key, expect in fields.items():
            if expect.phrases:
                assert any(
                    phrase.lower() in normalise(text).lower()
                    for phrase in expect.phrases
                ), (name, key)


def test_draft_has_all_fields(drafts: dict[str, Any]) -> None:
    for name, draft in drafts.items():
        assert set(FIELDS) <= set(draft.fields), name


@pytest.mark.parametrize(("name", "key"), field_cases())
def test_field(drafts: dict[str, Any], name: str, key: str) -> None:
    expect = CASES[name][key]
    field = drafts[name].fields[key]
    text = normalise(read_filing(name))
    quote = normalise(field.quote)

    assert field.value in expect.values, (
        f"{name} {key}: got {field.value!r}, expected one of {expect.values!r};"
        f" quote {field.quote!r}"
    )
    # Whatever the quote, it is the filing's own words.
    assert quote in text, f"{name} {key}: quote not in the text: {field.quote!r}"
    assert len(quote) <= MAX_QUOTE_CHARS, f"{name} {key}: quote is not a sentence"

    if not expect.applies:
        assert field.todo is None, (name, key, field.todo)
    elif field.value is None:
        assert isinstance(field.todo, str) and field.todo.strip(), (
            f"{name} {key}: no value, so a todo must say what to complete;"
            f" got {field.todo!r}"
        )
    else:
        assert (field.todo is not None) == expect.choose, (name, key, field.todo)
        assert quote, f"{name} {key}: a value without a quote"

    if field.value is not None or expect.mentioned:
        assert any(p.lower() in quote.lower() for p in expect.phrases), (
            f"{name} {key}: quote {field.quote!r} lacks {expect.phrases!r}"
        )
    if expect.absent:
        assert field.quote == "", f"{name} {key}: {field.quote!r}"


# --------------------------------------------------------------------------
# Maturities written as a period after the issue date
# --------------------------------------------------------------------------

PERIOD_TEMPLATE = (
    "On {issued}, Example Holdings Limited (the \u201cCompany\u201d) issued a "
    "convertible note in the principal amount of US$1,000,000 to Example "
    "Capital Ltd. The note bears interest at 6% per annum and matures {period}. "
    "It is convertible into Ordinary Shares, par value US$0.01 per share, at a "
    "conversion price of US$2.00 per share."
)


@pytest.mark.parametrize(
    ("issued", "period", "maturity"),
    [
        # Same day N months later; a day the month lacks becomes its last.
        ("August 31, 2023", "18 months after the issue date", "2025-02-28"),
        ("February 29, 2024", "12 months after the issue date", "2025-02-28"),
        ("February 29, 2024", "two years after the issue date", "2026-02-28"),
        ("January 31, 2024", "one month after the issue date", "2024-02-29"),
        ("May 31, 2023", "six months after the issue date", "2023-11-30"),
        ("16 December 2022", "three years from the issue date", "2025-12-16"),
        ("March 15, 2023", "on December 31, 2025", "2025-12-31"),
    ],
)
def test_maturity_from_period(issued: str, period: str, maturity: str) -> None:
    text = PERIOD_TEMPLATE.format(issued=issued, period=period)
    draft = draft_note(text)
    issue_date = draft.fields["date"]
    assert issue_date.value == str(_parse_any(issued)), issue_date
    assert draft.fields["maturity"].value == maturity, draft.fields["maturity"]
    assert period in normalise(draft.fields["maturity"].quote)


#: Earlier notes the text says are gone, then the note.
_GONE_NOTES = (
    "In April 2004, we issued an aggregate principal amount of $200 million of "
    "2.5% convertible senior notes, referred to as the 2004 Notes. The 2004 "
    "Notes matured and were repaid in full on April 15, 2011. In June 2007, we "
    "issued notes with an aggregate principal amount of $575 million, which are "
    "due June 15, 2014, referred to as the 2007 Notes. The 2007 Notes bear "
    "interest at 3.0% per year."
)


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        # a dollar the words after it name
        (
            "The Company issued a note for $500,000 Canadian Dollars ($380,411 "
            "US Dollars) to Example Capital Ltd. (the \u201cHolder\u201d).",
            "principal",
            "500000.00 CAD",
        ),
        # the discount is a percentage: the next amount is a fee
        (
            "The Company sold a note for the principal amount of $222,500. "
            "The Company received net proceeds of $200,000, which included "
            "deductions for a 10% original issue discount, $2,000 for legal fees "
            "and $500 as a due diligence fee.",
            "issue-costs",
            "2500.00 USD",
        ),
        # a floating rate with a minimum is no fixed rate
        (
            "The note bears interest at the prime rate plus 4.0%, with a minimum "
            "rate of 8.5% per annum.",
            "rate",
            None,
        ),
        # the price the note was issued with, not the adjusted one
        (
            "The note may convert at the conversion price then in effect "
            "(initially $0.12 per share, subject to adjustment). On November 8, "
            "2019, the conversion price was adjusted to $0.07 per share.",
            "conversion-price",
            "0.12 USD",
        ),
        # only an extended maturity: not the note's own
        (
            "On May 1, 2020, the note was modified to extend the maturity date "
            "to March 31, 2023.",
            "maturity",
            None,
        ),
        # a percentage in words alone
        (
            "The note is convertible at a price per share equal to sixty-five "
            "percent of the average of the lowest two trading prices for the "
            "twenty trading days prior to the conversion date.",
            "conversion-discount",
            "0.35",
        ),
        # days not called trading days: read, and flagged (see below)
        (
            "The conversion price shall be 80% of the lowest volume weighted "
            "average price during the prior 10 days.",
            "conversion-lookback",
            "10",
        ),
        # the amount a defined term names as the convertible note
        (
            "The Company borrowed a term loan of $15 million (the \u201cTerm "
            "Note\u201d) and a senior secured loan of $10 million (the "
            "\u201cDeerfield Convertible Note\u201d).",
            "principal",
            "10000000.00 USD",
        ),
        # a maturity at the anniversary of the issue date
        (
            "On February 5, 2023 (the \u201cIssuance Date\u201d), the Company "
            "issued a promissory note. The maturity date of the note is the "
            "12-month anniversary of the Issuance Date.",
            "maturity",
            "2024-02-05",
        ),
        # interest due with the principal at the maturity, in the words of
        # a note's face or of a filing; not "when due ... or upon acceleration"
        (
            "The Note bears interest at a rate of 25% per annum and matures on "
            "June 26, 2024, on which the principal balance and accrued but "
            "unpaid interest under the Note shall be due and payable.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The Company promises to pay to the order of Example Investors, LP "
            "the principal sum of Fifteen Thousand Dollars ($15,000.00) together "
            "with all accrued but unpaid interest thereon, if any, on the "
            "Maturity Date.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The interest shall be due on the first to occur of (i) the Maturity "
            "Date, (ii) upon repayment of the Note in full.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The note bears interest at 8% and has a term of one year when "
            "payment of principal and interest is due.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The Company promises to pay to Example Capital LP the principal "
            "sum of $8,000,000.00 on September 30, 2016 together with all "
            "accrued but unpaid interest thereon, if any, when due, whether "
            "upon the Maturity Date or upon acceleration or otherwise.",
            "interest-payment",
            None,
        ),
        # a news item's short scale; a financing's threshold is no principal
        (
            "The Company issued an 8% convertible note of $200K to the "
            "Reporting Person. In the event the Issuer conducts a qualified "
            "debt financing in the aggregate amount of $20 million, the Note "
            "may be exchanged.",
            "principal",
            "200000.00 USD",
        ),
        # the notes given in exchange are neither the principal nor a price
        (
            "The Company has issued to the holder $500 million worth of new "
            "2.00 percent convertible senior notes due 2030 in exchange for "
            "$183.7 million worth of the holder's 2027 notes, $201.0 million in "
            "2028 notes, and approximately $138 million in cash.",
            "principal",
            "500000000.00 USD",
        ),
        (
            "The Company has issued to the holder $500 million worth of new "
            "2.00 percent convertible senior notes due 2030 in exchange for "
            "$183.7 million worth of the holder's 2027 notes.",
            "purchase-price",
            None,
        ),
        # the quotient of a settlement is no conversion price
        (
            "The note was convertible at $.50 per share. The shareholder agreed "
            "to convert the note into 236,498 shares of common stock resulting "
            "in a conversion price of $1.21 per share.",
            "conversion-price",
            "0.50 USD",
        ),
        # an effective rate is an accounting rate
        (
            "The convertible note bore interest at a rate of 10% per annum. The "
            "modification resulted in a new effective annual interest rate of "
            "9.15%.",
            "rate",
            "0.1",
        ),
        # a preferred series with a hyphen; the preferred's own conversion
        # into common stock is another security's
        (
            "The Note is convertible into shares of Series D-1 Convertible "
            "Preferred Stock, par value $0.001 per share, at a price per share "
            "equal to $2.862; each share of Series D-1 Preferred Stock is "
            "convertible into 10 shares of the Issuer's common stock.",
            "share-class",
            '"Series D-1 Convertible Preferred"',
        ),
        (
            "The Note is convertible into shares of Series D-1 Convertible "
            "Preferred Stock, par value $0.001 per share, at a price per share "
            "equal to $2.862.",
            "conversion-price",
            "2.862 USD",
        ),
        # the holder: a role defined with its assigns; a fund's domicile; a
        # person, not their office; a short name before the note
        (
            "This Debenture is issued to Trafalgar Capital Specialized "
            "Investment Fund, Luxembourg (together with its permitted "
            "successors and assigns, the \u201cHolder\u201d) pursuant to a "
            "purchase agreement.",
            "holder",
            '"Trafalgar Capital Specialized Investment Fund, Luxembourg"',
        ),
        (
            "The Company promises to pay to Lycos Management, a BVI limited "
            "liability company having its principal place of business at OMC "
            "Chambers, Road Town, Tortola, British Virgin Islands (the "
            "\u201cHolder\u201d), the principal sum of USD 1,000,000.",
            "holder",
            '"Lycos Management"',
        ),
        (
            "On February 21, 2017, the Company issued a convertible promissory "
            "note in favor of Eric A. Wachter, the Company\u2019s Chief "
            "Technology Officer (\u201cLender\u201d).",
            "holder",
            '"Eric A. Wachter"',
        ),
        (
            "On December 29, 2023, the Company issued and sold to Yorkville the "
            "Convertible Debenture in the principal amount of USD50 million.",
            "holder",
            '"Yorkville"',
        ),
        (
            "On March 11, 2020, the Company entered into a Facility Agreement "
            "with Deerfield Partners, L.P. (together with its affiliates, "
            "\u201cDeerfield\u201d). On March 11, 2020, we issued a $60.0 "
            "million convertible note to Deerfield, which was convertible at "
            "$4.10.",
            "holder",
            '"Deerfield Partners, L.P."',
        ),
        # no interest unless a default: a zero rate
        (
            "Interest shall not accrue on the outstanding principal balance of "
            "the Promissory Note unless and until there is an event of default, "
            "upon the occurrence of which, interest shall accrue at a rate of "
            "15% per year.",
            "rate",
            "0",
        ),
        (
            "The Convertible Debenture bears interest at an annual rate of 4%, "
            "payable in cash at maturity.",
            "interest-payment",
            '"maturity"',
        ),
        # an equity line's agreement does not date the note's sale
        (
            "On March 8, 2023, we issued and sold a convertible promissory note "
            "in a private placement to Yorkville under the Standby Equity "
            "Purchase Agreement dated as of January 24, 2023 between us and "
            "Yorkville.",
            "date",
            "2023-03-08",
        ),
        # costs the proceeds are net of were withheld
        (
            "On October 7, 2016, we issued a convertible note in the principal "
            "amount of $80,750. We received a total amount of $73,250, net of "
            "debt issuance costs of $7,500.",
            "issue-costs",
            "7500.00 USD",
        ),
        # a face's amount: in words too long for the window, after a note's
        # number, or on its own line above the title
        (
            "FOR VALUE RECEIVED, the Obligor promises to pay to the Holder the "
            "principal sum of Five Million Six Hundred Twenty Five Thousand "
            "Dollars ($5,625,000), together with accrued but unpaid interest.",
            "principal",
            "5625000.00 USD",
        ),
        (
            "No. 1 US$1,500,000 This 10.0% Secured Convertible Debenture is "
            "issued by Example Ventures, Inc.",
            "principal",
            "1500000.00 USD",
        ),
        (
            "Original Issue Date: August 9, 2006\n$500,000.00\n"
            "9% SECURED CONVERTIBLE DEBENTURE DUE FEBRUARY 8, 2008\n",
            "principal",
            "500000.00 USD",
        ),
        (
            "1. A Senior Secured Convertible Note with a principal amount equal "
            "to $5,000,000, due on January 1, 2008.",
            "principal",
            "5000000.00 USD",
        ),
        # rates: far from "interest", as a title, in a fraction glyph, paid in
        # cash; not a range nor a one-time charge
        (
            "Interest shall accrue on the outstanding principal balance hereof "
            "at an annual rate equal to twelve percent (12%).",
            "rate",
            "0.12",
        ),
        (
            "The Company agreed to issue and sell 7% senior amortizing "
            "convertible notes due 2017 (the Senior Amortizing Convertible "
            "Notes).",
            "rate",
            "0.07",
        ),
        (
            "Our convertible subordinated 3.25% notes due September 28, 2012 "
            "are unsecured.",
            "rate",
            "0.0325",
        ),
        (
            "The Debenture bears interest at the rate of seven percent and "
            "one-quarter (7 \u00bc %) per annum.",
            "rate",
            "0.0725",
        ),
        (
            "Investors will receive 12% interest in cash one year from the "
            "closing of the Notes.",
            "rate",
            "0.12",
        ),
        (
            "Each convertible note carries a guaranteed interest rate between "
            "5% and 10%.",
            "rate",
            None,
        ),
        (
            "If we do not repay the Note on or before 90 days, the Note will "
            "bear a one-time interest charge of 12% on the Principal.",
            "rate",
            None,
        ),
        # the dollar of a Canadian exchange's bulletin; a code after "$"
        (
            "TSX Venture Exchange has accepted for filing the documentation "
            "with respect to a Non-Brokered Private Placement of convertible "
            "debentures.\n\nConvertible Debentures: $2,000,000 principal amount.",
            "principal",
            "2000000.00 CAD",
        ),
        (
            "In March 2015, the outstanding balance was refinanced by a "
            "$526,272 AUD convertible note.",
            "principal",
            "526272.00 AUD",
        ),
        # a range of rates, a rate raised on a default
        (
            "The notes had interest rates varying from 6% to 15% per annum.",
            "rate",
            None,
        ),
        (
            "The Convertible Note bears interest at the rate of 18% per annum. "
            "The interest rate increased from 18% per annum to 22% per annum "
            "due to the loan default.",
            "rate",
            "0.18",
        ),
        # an initial price "for the bonds"; a rating agency is no holder
        (
            "The bonds are convertible into shares. The initial conversion "
            "price for the bonds is set at RMB 13.33 per share.",
            "conversion-price",
            "13.33 CNY",
        ),
        (
            "The company issued convertible bonds. The bonds have received a "
            "credit rating of AAA from Example Credit Rating Co., Ltd.",
            "holder",
            None,
        ),
        # notes the text says are gone are not this one
        (
            _GONE_NOTES,
            "principal",
            "575000000.00 USD",
        ),
        (
            _GONE_NOTES,
            "maturity",
            "2014-06-15",
        ),
        (
            "During the quarter we repaid the aggregate $220.0 million "
            "principal amount of our March 2018 convertible senior notes at "
            "maturity on March 15, 2023.",
            "maturity",
            None,
        ),
        # a contingent-conversion trigger is no market price; a repurchase
        # price is no purchase price; a valuation's input is no price
        (
            "The notes are convertible if the average trading price per $1,000 "
            "principal amount of the notes is less than or equal to 97% of the "
            "average conversion value of the notes.",
            "conversion-discount",
            None,
        ),
        (
            "In 2011 we repurchased $62.0 million in face amount of these notes. "
            "The purchase price for these notes totaled $59.3 million "
            "(including accrued interest).",
            "purchase-price",
            None,
        ),
        (
            "The Company revalued the derivative using the Black-Scholes option "
            "pricing model with the following assumptions: (i) dividend yield "
            "of 0%; (ii) per share conversion price of $0.00912.",
            "conversion-price",
            None,
        ),
        # an amount converted is no principal
        (
            "On May 6, 2016 the note holder elected to convert $7,500 in "
            "principal into 30,000 shares of common stock.",
            "principal",
            None,
        ),
        # the class a legend says the note converts into
        (
            "THE SALE OF THE PREFERRED STOCK INTO WHICH THIS SECURED PROMISSORY "
            "NOTE CAN BE CONVERTED OR THE COMMON STOCK RECEIVED AS INTEREST "
            "PAYMENTS MAY NOT BE SOLD.",
            "share-class",
            '"Preferred"',
        ),
        # a person's name without "Mr."; a title stays; "The" of a firm
        (
            "In connection with the appointment of Mr. Timothy Honeycutt "
            '("Lender") to the board, Borrower issues this convertible note.',
            "holder",
            '"Timothy Honeycutt"',
        ),
        (
            "The Company invites Dr Charlie In (Lender) to participate in a "
            "converting loan.",
            "holder",
            '"Dr Charlie In"',
        ),
        (
            "FOR VALUE RECEIVED, the Maker promises to pay to the order of The "
            "Loev Law Firm, PC, , whose address is 6300 West Loop South "
            '("Payee"), the principal sum of Ten Thousand Dollars ($10,000).',
            "holder",
            '"The Loev Law Firm, PC"',
        ),
        # a refinanced note's principal, and its day
        (
            "On February 8, 2011, the Company refinanced its $300,000 note "
            "payable with Jack Petersen. The replacement note bears interest at "
            "6.0% per year and is convertible at $1.30 per share.",
            "principal",
            "300000.00 USD",
        ),
        (
            "On February 8, 2011, the Company refinanced its $300,000 note "
            "payable with Jack Petersen. The replacement note bears interest at "
            "6.0% per year and is convertible at $1.30 per share.",
            "date",
            "2011-02-08",
        ),
        # a note from a director is a related party's
        (
            "In December 2011, the Company issued a 90-day convertible note "
            "payable to borrow $100,000 from a director, now the chairman of "
            "the Board.",
            "related-party",
            "TRUE",
        ),
        # the former holder who assigns a note is not its holder
        (
            "On October 18, 2022, the Company entered into the Assignment of "
            "Promissory Note with Example Venture Fund, L.P. and Silverback "
            "Capital Corporation (\u201cSCC\u201d). Pursuant to the "
            "assignment, the Company issued an Amended and Restated Convertible "
            "Note in the principal amount of $400,000.00 to SCC.",
            "holder",
            '"Silverback Capital Corporation"',
        ),
        # more wordings of a principal, and amounts that are none
        (
            (
                "In February 2021, the Company issued a total of $26 million in "
                "convertible debentures."
            ),
            "principal",
            "26000000.00 USD",
        ),
        (
            (
                "During the first nine months of 2017, the Company issued a total of "
                "$370,800 in convertible notes as follows:"
            ),
            "principal",
            None,
        ),
        (
            (
                "The Company issued convertible promissory notes (\u201c2016 "
                "Convertible Notes\u201d) in an aggregate principal amount of $1.9 "
                "million."
            ),
            "principal",
            "1900000.00 USD",
        ),
        (
            (
                "The Company's Chief Technology Officer invested $101,000 via a one "
                "year convertible note bearing interest at 10%."
            ),
            "principal",
            "101000.00 USD",
        ),
        (
            (
                "The Company entered into a convertible promissory note payable to an "
                "institutional investor (\u201cinvestor\u201d) for $42,500."
            ),
            "principal",
            "42500.00 USD",
        ),
        (
            (
                "On May 18, 2010, the Company entered into a convertible loan "
                "agreement. The Company received $50,000 which bears interest at 10% "
                "per annum."
            ),
            "principal",
            "50000.00 USD",
        ),
        (
            (
                "The Company had a note payable to private investors, which was "
                "exchanged for a convertible note in the principal amount of "
                "$2,079,686."
            ),
            "principal",
            "2079686.00 USD",
        ),
        (
            (
                "During 2009 and 2010, the Company issued 10% Convertible Notes due "
                "June 30, 2017 totaling $9.5 million."
            ),
            "principal",
            "9500000.00 USD",
        ),
        (
            (
                "Under the terms of the NPA, the Company will issue to Asher "
                "convertible notes of $37,100."
            ),
            "principal",
            "37100.00 USD",
        ),
        (
            (
                "During the year, the Company received proceeds on convertible "
                "notes of $466,000."
            ),
            "principal",
            None,
        ),
        (
            (
                "On December 1, 2018, the Company issued a convertible grid note "
                "payable to a third party for $13,500."
            ),
            "principal",
            None,
        ),
        (
            (
                "The shareholders assigned their loan amounted to $350,000 to the "
                "lender, and the loan is convertible."
            ),
            "principal",
            "350000.00 USD",
        ),
        (
            (
                "Upon execution of this letter the Lender agrees to advance USD "
                "$100,000 to the Company as a converting loan."
            ),
            "principal",
            "100000.00 USD",
        ),
        (
            (
                "In February 2011, the Company issued the 2018 Convertible Notes "
                "at par ($230 million)."
            ),
            "principal",
            "230000000.00 USD",
        ),
        (
            (
                "Registration No. 333-150027 $200,000,000\n3% Convertible Senior "
                "Subordinated Notes due 2038\n"
            ),
            "principal",
            "200000000.00 USD",
        ),
        # an issue date labelled, or stated after the notes' name
        (
            "3. Closing date and issue date for the Bonds: September 21, 2010 "
            "(London time)",
            "date",
            "2010-09-21",
        ),
        (
            'On October 24, 2019 (the "Date of Issuance") the Company issued a '
            "convertible note to Example Fund LLC.",
            "date",
            "2019-10-24",
        ),
        (
            "Note Principal Amount: $3,600,000 Date of Note: January 15, 2024 "
            "FOR VALUE RECEIVED, the Company promises to pay.",
            "date",
            "2024-01-15",
        ),
        ("The Maturity Date of the Note is August 28, 2009.", "date", None),
        (
            "On November 30, 2015, the Company's Chief Technology Officer "
            "invested $101,000 via a one year convertible note.",
            "date",
            "2015-11-30",
        ),
        (
            "The Company sold $84,500 in aggregate principal amount of 10% Senior "
            "Secured Convertible Notes (the \u201cConvertible Notes\u201d) on "
            "October 1, 2010.",
            "date",
            "2010-10-01",
        ),
        (
            "A holder of \u00a3100,000 of convertible loan notes issued by "
            "Diaceutics on 15 October 2018 has elected to convert them.",
            "date",
            "2018-10-15",
        ),
        # more maturities: a due date, a doubled quote, a term from-to, a
        # label without an article, two notes' one date; not a range
        (
            "The loan is convertible. The loan\u2019s due date for full "
            "repayment is December 31, 2014.",
            "maturity",
            "2014-12-31",
        ),
        (
            "The Company promises to pay to the order of the Holder by December "
            "31, 2009 (the \u201cMaturity Date\u201d\u201d) the principal sum.",
            "maturity",
            "2009-12-31",
        ),
        (
            "The bonds have a maturity period of six years, from December 10, "
            "2020, to December 9, 2026.",
            "maturity",
            "2026-12-09",
        ),
        ("The maturity date of bonds is April 25, 2022.", "maturity", "2022-04-25"),
        (
            "The maturity date of the Notes and the Investor Note is April 16, 2018.",
            "maturity",
            "2018-04-16",
        ),
        (
            "The convertible notes bear interest at a rate of 4% per annum and "
            "have maturity dates from July 7, 2017 to November 16, 2018.",
            "maturity",
            None,
        ),
        # more rates: numbers in words, adjectives before "interest", money
        # in a title, a zero stated rate; not a rate raised later, nor a
        # discount, nor "no interest for the first 90 days"
        (
            "The principal and unpaid interest, at a per annum interest rate of "
            "eight (8%) percent, is due on or before July 27, 2013.",
            "rate",
            "0.08",
        ),
        (
            "The Company promises to pay the principal sum, together with an "
            "annual simple interest of seven and one-half percent (7.5%).",
            "rate",
            "0.075",
        ),
        (
            "The Company agrees to pay interest on the outstanding balance at the "
            "rate of nine and a half percent (9.5%) per annum.",
            "rate",
            "0.095",
        ),
        (
            "Borrower shall pay interest from the date of this Convertible "
            "Promissory Note on the principal amount outstanding from time to "
            "time at a rate per annum equal to Twenty-One percent (21%).",
            "rate",
            "0.21",
        ),
        ("Twelve Month Fixed Rate (12%) Convertible Loan", "rate", "0.12"),
        (
            "The convertible note payable carries a 6% cumulative interest rate.",
            "rate",
            "0.06",
        ),
        (
            "The Company entered into a one year 8% $100,000 Convertible Note "
            "with Example Funding, LLC.",
            "rate",
            "0.08",
        ),
        (
            "Each debenture provides for a discount of $12,500 upon issuance and "
            "a zero percent stated interest rate.",
            "rate",
            "0",
        ),
        (
            "Interest accrues on the outstanding principal balance of the "
            "Debentures at an annual rate of 8%, which will increase to an "
            "annual rate of 18% upon an event of default.",
            "rate",
            "0.08",
        ),
        (
            "The Exchange Note bears interest at the rate of 15% per year. It "
            "converts by dividing the principal and unpaid interest thereon by "
            "the lowest VWAP of the Common Stock, discounted at a rate of 25%.",
            "rate",
            "0.15",
        ),
        (
            "The note bears an original issuance discount of 9.1% and no "
            "interest for the first 90 days.",
            "rate",
            None,
        ),
        # more fixed conversion prices; not an offering's price per
        # debenture, a range, or the price as it stands after adjustments
        (
            "Holders may convert their Notes into shares of common stock of the "
            "Company at an exercise price of $2.00 per share.",
            "conversion-price",
            "2.00 USD",
        ),
        (
            "The Note converts at a fixed rate of $1.08 into common stock unless "
            "there is a default.",
            "conversion-price",
            "1.08 USD",
        ),
        (
            "4. Conversion Option. At the Lender's option, said note shall be "
            "convertible into $0.06 per common share.",
            "conversion-price",
            "0.06 USD",
        ),
        (
            "2. Conversion Price. The Conversion Price as defined in Section "
            "2.1(b) of the Note is $0.0025, subject to further adjustment.",
            "conversion-price",
            "0.0025 USD",
        ),
        (
            "The Notes are convertible into shares of the Company's common stock "
            "at an initial price per share of $2.44.",
            "conversion-price",
            "2.44 USD",
        ),
        (
            "The notes are (i) convertible at any time prior to maturity at "
            "$1.50 per share of the Company's common stock and (ii) issued with "
            "warrants.",
            "conversion-price",
            "1.50 USD",
        ),
        (
            "The bonds are convertible at a price of Rs 305.57 a share.",
            "conversion-price",
            "305.57 INR",
        ),
        (
            "The Company closed its offering of $15-million aggregate principal "
            "amount of convertible unsecured subordinated debentures at a price "
            "of $1,000 per debenture.",
            "conversion-price",
            None,
        ),
        (
            "Each note carries the right to convert at a fixed price of US $0.06 "
            "to US $0.08 per share.",
            "conversion-price",
            None,
        ),
        (
            "The outstanding amount as at June 30, 2022 was $2,075,151, which can "
            "be converted into 12,206,768 ordinary shares at an exercise price of "
            "$0.17 per share.",
            "conversion-price",
            None,
        ),
        # more holders: a funder, a payee, an investor named after its role,
        # a short name after "issuance of ... to", a registered holder
        (
            "On November 10, 2011 Asher Enterprises Inc. funded a promissory "
            "note executed by the Company in the total amount of $63,000.",
            "holder",
            '"Asher Enterprises Inc."',
        ),
        (
            "On January 2, 2019, the Company executed an 12% convertible "
            "promissory note payable to Power Up Lending, LLC in the principal "
            "amount of $43,000.",
            "holder",
            '"Power Up Lending, LLC"',
        ),
        (
            "The Company entered into a purchase agreement with respect to the "
            "sale and issuance to institutional investor Osher Capital Partners "
            "LLC of $385,000 of convertible debentures.",
            "holder",
            '"Osher Capital Partners LLC"',
        ),
        (
            "The investor, Atlas Special Opportunities, LLC, has received 967 "
            "Convertible Bonds.",
            "holder",
            '"Atlas Special Opportunities, LLC"',
        ),
        (
            "The Company has entered into a convertible loan agreement with "
            "returning investor CHA Healthcare Singapore Pte. Ltd pursuant to "
            "which it will receive a convertible loan.",
            "holder",
            '"CHA Healthcare Singapore Pte. Ltd"',
        ),
        (
            "The company has secured a convertible loan with a principal sum of "
            "S$1 million from existing investor Teo Soon Seng.",
            "holder",
            '"Teo Soon Seng"',
        ),
        (
            "The purchase was paid through the issuance of a convertible "
            "promissory note in the amount of $4,000,000 to GBT, and of shares.",
            "holder",
            '"GBT"',
        ),
        (
            "1. A Senior Secured Convertible Note with a principal amount equal "
            "to $5,000,000 registered in the name of CAMOFI, due on January 1, "
            "2008.",
            "holder",
            '"CAMOFI"',
        ),
        (
            "During 2013, the Company received proceeds of $125,000 under a "
            "convertible note payable agreement with JMJ Capital.",
            "holder",
            '"JMJ Capital"',
        ),
        # dates that are not the note's issue
        (
            "Supplement no. 1 to prospectus dated June 22, 2007. It covers "
            "resales of our 1.625% Convertible Senior Notes.",
            "date",
            None,
        ),
        (
            "Maximum amount of interest that can accrue assuming all Notes "
            "aggregating $2,000,000 were issued on March 3, 2006.",
            "date",
            None,
        ),
        (
            "On January 31, 2022, the Company reported that it entered into an "
            "Unsecured Convertible Note Purchase Agreement and issued a note.",
            "date",
            None,
        ),
        (
            "On February 7, 2017 the Company entered into a Placement Agency "
            "Agreement with Example Brothers, Inc. and issued 8% subordinated "
            "convertible notes.",
            "date",
            None,
        ),
        (
            "Amended Note 1 amends and restates outstanding debt securities "
            "issued by the Company on May 31, 2006, and is convertible.",
            "date",
            None,
        ),
        (
            "On 24 January 2011, the Company issued 67,500,000 units valued at "
            "$6,750,000 to settle a portion of the convertible note.",
            "date",
            None,
        ),
        (
            "The 5% secured convertible notes issued on September 26, 2014, "
            "September 26, 2015, December 28, 2015 and August 9, 2016 were "
            "amended.",
            "date",
            None,
        ),
        # the price of one conversion is no term, unless done at the note's
        # terms; "three (3) lowest" is no reference the language holds; a
        # face value each is per unit
        (
            "On July 20, 2017, the holder of the Note elected to convert the "
            "principal balance of $200,000 into 266,667 shares of common stock "
            "at $0.75 per share.",
            "conversion-price",
            None,
        ),
        (
            "On November 23, 2009, a holder of a 2007 Note elected to convert "
            "the note into 57,663 shares of our common stock, at a conversion "
            "rate of $0.70 per share in accordance with the terms of the note.",
            "conversion-price",
            "0.70 USD",
        ),
        (
            "The conversion price will be equal to 58% of the average of the "
            "three (3) lowest closing bid prices in the 10 trading days prior "
            "to conversion.",
            "conversion-reference",
            None,
        ),
        ("(a)Each Note will have a face value of $0.02;", "principal", None),
        # more interest payments
        (
            "The Convertible Notes pay interest at a rate of 7.95% per year "
            "semi-annually in arrears on May 1 and November 1 of each year.",
            "interest-payment",
            '"semiannually"',
        ),
        (
            "The Company can elect to pay semi-annual interest on the Notes with "
            "notes containing the same terms as the Notes.",
            "interest-payment",
            '"semiannually"',
        ),
        (
            "Interest will be payable either in cash on the maturity date or "
            "upon conversion of the note into shares.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The convertible loan, together with interest at 12% per year, was "
            "payable on May 10, 2017.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The company will repay the loan including the interest in cash in "
            "one lump sum, on the date falling one year after the closing.",
            "interest-payment",
            '"maturity"',
        ),
        # costs deducted from the proceeds are issue costs; net proceeds after
        # expenses are none
        (
            "The Company issued a $1,150,000,000 convertible note. The net "
            "proceeds were $1,126.7 million after deducting the discounts and "
            "offering expenses of $23.3 million.",
            "issue-costs",
            "23300000.00 USD",
        ),
        (
            "The Company issued $1,800,000 of convertible debentures. The "
            "Company received net cash proceeds of approximately $1,478,000 "
            "after payment of fees and expenses of approximately $322,000.",
            "issue-costs",
            "322000.00 USD",
        ),
        (
            "In 2010, the Company issued $600.0 million in aggregate principal "
            "amount of its 4% convertible senior notes for net proceeds "
            "following underwriting expenses of approximately $582.0 million.",
            "issue-costs",
            None,
        ),
        # market formulas: an N-day average, a daily average, a discounted
        # price; a price fixed once from a formula is none
        (
            "The conversion price is 80% of the 20-day average closing sales "
            "price on the date conversion is elected.",
            "conversion-discount",
            "0.2",
        ),
        (
            "The notes were convertible at a price per share equal to 80% of the "
            "daily average of the Company's bid and ask price for the thirty "
            "days prior to the date that the holder delivered notice.",
            "conversion-reference",
            '"average"',
        ),
        (
            "The note allows for the conversion of debt into shares of common "
            "stock at a 25% discounted price of the 5 day average closing bid "
            "price prior to the day of execution.",
            "conversion-discount",
            "0.25",
        ),
        (
            "The rate of conversion for these notes is calculated as the average "
            "of the lowest three trading prices during the ten days immediately "
            "preceding such conversion, discounted by 49%.",
            "conversion-reference",
            None,
        ),
        (
            "The fixed conversion price in effect was set at 90% of the 20-day "
            "VWAP of our common stock on February 5, 2014, or $0.30753 per share.",
            "conversion-discount",
            None,
        ),
        # more floors
        (
            "The holders may convert the notes into common stock at a variable "
            "price of 80% of the market price but no less than $0.65 per share.",
            "conversion-price-floor",
            "0.65 USD",
        ),
        (
            "The Note holder may convert his Note at ninety percent (90%) of the "
            "average closing price ten (10) days prior to conversion. The "
            "conversion price is subject to a floor of one dollar ($1 USD) per "
            "share.",
            "conversion-price-floor",
            "1 USD",
        ),
        (
            "The Note is convertible into shares of common stock at a conversion "
            "price equal to the 30-day volume-weighted average price of the "
            "common stock, provided that such conversion price is at least "
            "$0.095 per share.",
            "conversion-price-floor",
            "0.095 USD",
        ),
        # more related parties
        (
            "In October, 2009, the Company issued a convertible promissory note "
            "with a principal amount of $73,500 to its majority shareholder.",
            "related-party",
            "TRUE",
        ),
        (
            "NOTE 9 - CONVERTIBLE NOTES PAYABLE FROM RELATED PARTIES\n\nThe "
            "Company issued a $526,272 convertible note.",
            "related-party",
            "TRUE",
        ),
        (
            "On October 8, 2015, the Company issued a convertible note to "
            "Advanomics Corporation (a related party) for a patent.",
            "related-party",
            "TRUE",
        ),
        (
            "The Company issued a $10.0 million senior unsecured convertible note "
            "(the \u201cJuly 29th Note\u201d) to a related party affiliated "
            "with a member of our board of directors.",
            "related-party",
            "TRUE",
        ),
        # a class written in the singular ("ADS")
        (
            "The notes bear no interest and may be converted, at the election of "
            "the holder, into ADS of the Company at a conversion price of $5.00.",
            "share-class",
            '"ADS"',
        ),
        (
            "The initial conversion rate of the Notes is 106.2756 of the "
            "Company's ADS per US$1,000 principal amount of Notes.",
            "share-class",
            '"ADS"',
        ),
        # the investor of a private placement
        (
            "The Company announced a non-brokered private placement of unsecured "
            "convertible debentures, for aggregate gross proceeds of "
            "USD$15,000,000 with U.S. Global Investors, Inc.",
            "holder",
            '"U.S. Global Investors, Inc."',
        ),
        # more prices paid
        (
            "The Company issued a $3,060,000 principal amount senior secured "
            "convertible note. At closing, a total of $2,550,000 was funded.",
            "purchase-price",
            "2550000.00 USD",
        ),
        (
            "On August 17, 2015, the Company received $45,000 from a third party "
            "investor against a $50,000 Convertible Promissory Note.",
            "purchase-price",
            "45000.00 USD",
        ),
        (
            "The Company issued a convertible note in the principal amount of "
            "$290,000. We were provided $261,000 upon the Note's execution.",
            "purchase-price",
            "261000.00 USD",
        ),
        (
            "The Company issued a $1,111,111 convertible note to the Holder. The "
            "Company collected $1,000,000 in cash from the Holder.",
            "purchase-price",
            "1000000.00 USD",
        ),
        # a maturity as the second leg of "the earlier of"
        (
            "The note matures on the earlier of (i) the date on which the "
            "Company liquidates and winds-up its affairs, or (ii) June 30, 2015.",
            "maturity",
            "2015-06-30",
        ),
        # no single holder: a security's name, the first of several names, two
        # holders under one role, a nominee in trust for another
        (
            "THIS ORIGINAL ISSUE DISCOUNT SECURED CONVERTIBLE DEBENTURE is one of "
            "a series of duly authorized and validly issued Original Issue "
            "Discount Secured Convertible Debentures of Beyond Commerce, Inc., "
            "having its principal place of business in Las Vegas.",
            "holder",
            None,
        ),
        (
            "On August 15, 2023, the Company entered into a note purchase "
            "agreement with Greybrook Health Inc., MHP II and MHP II Cayman "
            "whereby the Company issued subordinated convertible notes.",
            "holder",
            None,
        ),
        (
            "Convertible notes payable dated December 11, 2014, with Redwood "
            'Management, LLC and Dominion Capital, LLC (the "Holder") in the '
            "aggregate principal amount of $1,000,000.",
            "holder",
            None,
        ),
        (
            "The Corporation hereby promises to pay to RBC Capital Markets in "
            'trust for Epic Limited Partnership (the "Holder") the sum of '
            "$150,000.",
            "holder",
            None,
        ),
        # "a 30% discount to market price" names no reference
        (
            "The note may be converted into common stock at a 30% discount to "
            "market price.",
            "conversion-reference",
            None,
        ),
        # a class named for a trigger, an anti-dilution clause or interest
        # paid in shares is not what the note converts into
        (
            "The Company may redeem the notes for cash if the last reported sale "
            "price per share of the Company's common stock equals or exceeds "
            "130% of the conversion price of the Notes.",
            "share-class",
            None,
        ),
        (
            "The note is convertible at a fixed price of $20.00 per share, subject "
            "to adjustment if the Company issues shares of its common stock or "
            "other securities convertible into or exchangeable for shares of its "
            "common stock below the current conversion price of $20.00.",
            "share-class",
            None,
        ),
        (
            "Payment of interest on this Debenture shall be in cash or, at the "
            "option of the Holder, in shares of Common Stock of the Company valued "
            "at the then applicable Conversion Price.",
            "share-class",
            None,
        ),
        (
            "Interest is payable either in cash or an equivalent value of common "
            "shares of the Company based on the Conversion Price.",
            "share-class",
            None,
        ),
        # a currency named in words after the amount, capitalised; a unit's
        # denomination is not the principal
        (
            "The Company issued Notes with an aggregate principal amount of "
            "30,779,000 New Israeli Shekels (\u201cNIS\u201d). The Notes were issued "
            "at 94% of their nominal value, or NIS 940 per unit (each unit "
            "comprised of NIS 1,000 principal amount).",
            "principal",
            "30779000.00 ILS",
        ),
        (
            "The Notes bear interest at 8%. The principal is repayable in one "
            "installment on December 31, 2017.",
            "maturity",
            "2017-12-31",
        ),
        # a trust deed's date and its amendments' are not the issue's
        (
            "On June 6, 2011, the Company issued Series B convertible notes "
            "pursuant to a Trust Deed, dated April 13, 2011 (as amend on May 11, "
            "2011 and May 26, 2011), with Ziv Haft Trusts Company Ltd.",
            "date",
            "2011-06-06",
        ),
        # interest paid in two named months a year
        (
            "The Note bears interest at 9% per annum, payable in cash at the end "
            "of June and December annually.",
            "interest-payment",
            '"semiannually"',
        ),
        # the holder of the convertible note, not of another debt
        (
            "During 2016, Dolphin Films entered into a promissory note with DE LLC "
            "(the \u201cDE LLC Note\u201d) in the principal amount of $1,009,624. On "
            "August 12, 2019, the Company entered into the Exchange Agreement "
            "whereby Leslee Dart, a Director of the Company agreed to take a "
            "convertible note instead of cash in exchange for 15,239 Put Rights.",
            "holder",
            '"Leslee Dart"',
        ),
        # a rate after a trigger event; a part of the debt
        (
            "Upon the occurrence of a Trigger Event, the Outstanding Balance of "
            "this Note shall accrue simple interest at the rate of 18.00% per "
            "annum from and after the date of the occurrence of the Trigger Event.",
            "rate",
            None,
        ),
        (
            "Existing obligations were replaced by an amended and restated "
            "convertible debenture in the amount of $33,308,023 (the \u201cA&R "
            "Debenture\u201d). As of September 30, 2015, a total of $16,048,939 "
            "in principal from the convertible debt noted above is convertible "
            "into the common stock of the Company.",
            "principal",
            "33308023.00 USD",
        ),
        # net proceeds after a long list of deductions are no fee; a
        # dateline names the issuer, no holder
        (
            "Spirit today announced it has priced its offering of $440,000,000 "
            "aggregate principal amount of 1.00% convertible senior notes due "
            "2026. The net proceeds to Spirit from the Convertible Notes Offering, "
            "after deducting underwriting discounts and other offering expenses, "
            "are expected to be approximately $428.3 million.",
            "issue-costs",
            None,
        ),
        (
            "SAN FRANCISCO - Sunrun Inc .\n\nSunrun has announced the pricing of "
            "$475 million in 4.00% convertible senior notes due in 2030.",
            "holder",
            None,
        ),
        # the investor of a preferred-stock agreement is not the note's holder
        (
            "On December 16, 2020, the Company entered into an Amendment to "
            "Securities Purchase Agreement with Dye Capital Cann Holdings II, LLC "
            "(the \u201cInvestor\u201d) to change the number of shares of the "
            "Company's Series A preferred stock. In addition, the Company entered "
            "into a Secured Convertible Note Purchase Agreement with Dye Capital "
            "& Company, LLC (\u201cDye Capital\u201d) and issued and sold to Dye "
            "Capital a Convertible Note in the principal amount of $5,000,000.",
            "holder",
            '"Dye Capital & Company, LLC"',
        ),
        # the face value of the convertible debt, not an advance under a
        # credit line; a discount amount is no principal
        (
            "The face value of the convertible debt is $575,000 with a purchase "
            "price of $517,500. In August 2019, Investors Fiduciary, LLC loaned "
            "$75,000 to the Company under the existing credit line.",
            "principal",
            "575000.00 USD",
        ),
        (
            "The Atalaya Note was issued at 7.5% discount on principal amounting "
            "to $632,596 and bears an interest of 8%.",
            "principal",
            None,
        ),
        # interest charged or expensed is neither a fee nor the principal
        (
            "From the $54,250 in proceeds received, $4,250 was deducted to pay for "
            "legal and due diligence fees. A one-time interest charge of $7,757 "
            "was added upon the issuance of the note in the amount of $59,675.",
            "issue-costs",
            "4250.00 USD",
        ),
        (
            "In November 2017, the Company issued US$900 million in aggregate "
            "principal amount of 1.25% convertible senior notes. The net proceeds "
            "were US$879.3 million, net of issuance cost of US$20.7 million. The "
            "2022 Notes related interest expenses were US$15.4 million.",
            "issue-costs",
            "20700000.00 USD",
        ),
        # a prepayment's window is no maturity; "no later than"
        (
            "The Note bears interest at a rate of 9% per annum and is due and "
            "payable no later than July 26, 2023. The Company may prepay the Note, "
            "subject to a penalty if the Note is prepaid on or before January 22, "
            "2023.",
            "maturity",
            "2023-07-26",
        ),
        # classes in a conversion rate: ADSs, and a numbered class
        (
            "The initial conversion rate of the Notes is 15.0462 American "
            "depositary shares (\u201cADSs\u201d), each currently representing one "
            "ordinary share of the Company, per US$1,000 principal amount.",
            "share-class",
            '"American Depositary Shares"',
        ),
        (
            "The initial conversion rate for the notes is 5.9735 shares of Class 2 "
            "common stock per US$1,000 principal amount of notes.",
            "share-class",
            '"Class 2 Common"',
        ),
        # "or any future permitted holder of this Promissory Note"
        (
            "VistaGen Therapeutics, Inc. hereby promises to pay to the order of "
            "Platinum Long Term Growth VII, LLC, a Delaware limited liability "
            "company, or any future permitted holder of this Promissory Note (the "
            "\u201cHolder\u201d), the sum of $500,000.",
            "holder",
            '"Platinum Long Term Growth VII, LLC"',
        ),
        # a person's assignee; a legal form in German
        (
            "FOR VALUE RECEIVED, Cuentas Inc. promises to pay to Arie Ghershony or "
            "his assignee (the \u201cHolder\u201d), the principal sum of $250,000.00.",
            "holder",
            '"Arie Ghershony"',
        ),
        (
            "FOR VALUE RECEIVED, DALRADA FINANCIAL CORP. hereby promises to pay to "
            "ALPHA CAPITAL AKTIENGESELLSCHAFT, Pradafant 7, 9490 Furstentums, "
            'Vaduz, Lichtenstein Fax: 000-00-00000000, (the "Holder") or order, '
            "the sum of $492,426.",
            "holder",
            '"ALPHA CAPITAL AKTIENGESELLSCHAFT"',
        ),
        # "was sold to X for $Y": the price paid
        (
            "The Company closed a private placement of a 6% convertible debenture "
            "with a principal amount of $1,100,000. The Debenture was sold to Peak "
            "One Investments (the \u201cPurchaser\u201d) for $1,000,000, reflecting "
            "a 10% original issue discount.",
            "purchase-price",
            "1000000.00 USD",
        ),
        # the holder's address is no part of its name
        (
            "FOR VALUE RECEIVED, NaturalNano, Inc. promises to pay to the order "
            "of Longview Special Finance, Inc., Lindstrassse 6, 6341 Baar "
            "Switzerland (the \u201cHolder\u201d), the sum of $25,500.",
            "holder",
            '"Longview Special Finance, Inc."',
        ),
        (
            "The Company hereby promises to pay to LAURUS MASTER FUND, LTD., c/o "
            "Ironshore Corporate Services Ltd., P.O. Box 1234 G.T., Grand Cayman, "
            'Cayman Islands (the "Holder") the sum of $2,000,000.',
            "holder",
            '"LAURUS MASTER FUND, LTD."',
        ),
        # interest paid with the principal; a condition's 90 days is no term
        (
            "Nine Investments loaned the Company $1,500,000. The Company received "
            "the funds on June 4, 2014 (the \u201cClosing Date\u201d). Interest is "
            "payable, along with the principal on or before December 31, 2014 "
            "subject to acceleration if a grant is not approved within 90 days "
            "after the loan proceeds are advanced.",
            "maturity",
            "2014-12-31",
        ),
        (
            "Interest is calculated at 8% per annum and is payable, along with the "
            "principal on or before December 31, 2014.",
            "interest-payment",
            '"maturity"',
        ),
        # "8% semiannually": per half-year or per year, a person decides
        (
            "Interest is calculated at 8% semiannually and is payable at maturity.",
            "rate",
            None,
        ),
        # a fee paid to the investor, not the payment after it
        (
            "The Company issued a note in the principal amount of $1,105,500. "
            "The total amount funded at closing will be $1,000,000, representing "
            "the Maturity Amount less an original issue discount of $100,500.00 "
            "and the payment of $5,000 to the Investor to cover its fees, with "
            "payment consisting of $250,000 advanced at closing.",
            "issue-costs",
            "5000.00 USD",
        ),
        # the year's own length
        (
            "Interest shall be computed on the basis of a 365-day year (or "
            "366-day year, as appropriate) applied to actual days elapsed.",
            "day-count",
            '"ACT/ACT"',
        ),
        # interest only after a default: no stated rate but zero
        (
            "Interest shall only begin to accrue upon the occurrence of an Event "
            "of Default at a simple interest rate equal to fifteen percent (15%) "
            "per annum.",
            "rate",
            "0",
        ),
        # "on <date>, the Company issued" inside a sentence
        (
            "In consideration of the Investors' funding under the SPA, on June "
            "27, 2024, the Company issued and sold to each Investor a Senior "
            "Secured Convertible Promissory Note.",
            "date",
            "2024-06-27",
        ),
        # the payee, not the note it may pass to
        (
            "FOR VALUE RECEIVED, Vivos, Inc. hereby promises to pay to the order "
            "of General Ventures LLC or any permitted holder of this Convertible "
            "Promissory Note (the \u201cPayee\u201d) the principal sum of $100,000.",
            "holder",
            '"General Ventures LLC"',
        ),
        # the face under the title
        (
            "CONVERTIBLE PROMISSORY NOTE\n\n$25,000.00 FEBRUARY 1, 2008\n\n1. "
            "Promise to Repay. Theater Xtreme promises to pay the Holder with "
            "interest at 21% per annum.",
            "principal",
            "25000.00 USD",
        ),
        # "¥" is the yuan in a Chinese note, the yen otherwise
        (
            "12% CONVERTIBLE PROMISSORY NOTE\n\n\u00a55,000,000.00 China (Jiangsu) "
            "Pilot Free Trade Zone",
            "principal",
            "5000000.00 CNY",
        ),
        (
            "The Company issued a convertible note in the principal amount of "
            "\u00a5100,000,000 to a Tokyo investor.",
            "principal",
            "100000000.00 JPY",
        ),
        # a related party among several holders, the board acting, an officer
        # giving the holder shares: the note's holder is not shown related
        (
            "Effective November 7, 2013, the Company entered into two Secured "
            "Convertible Promissory Notes with two investors, one a related "
            "party, in the aggregate amount of $15,000.",
            "related-party",
            None,
        ),
        (
            "The holders of the Notes are Healthcare Royalty Partners III, L.P., "
            "which holds $75.0 million, and three related party investors, KKR "
            "Biosimilar L.P., which holds $20.0 million, MX II Associates LLC, "
            "which holds $4.0 million, and KMG Capital Partners, LLC.",
            "related-party",
            None,
        ),
        (
            "In accordance with the authority granted to the Directors at the "
            "Annual General Meeting, 233,508 new Ordinary Shares will be issued "
            "to the Noteholder.",
            "related-party",
            None,
        ),
        (
            "In connection with the issuance of the Note, our Chairman Richard "
            "Carey has agreed to transfer 4,000,000 shares of our common stock "
            "held by him to the investor.",
            "related-party",
            None,
        ),
        (
            "The Company issued a convertible note of $50,000 to its Chairman, "
            "Richard Carey.",
            "related-party",
            "TRUE",
        ),
        # one insider among several investors; an officer quoted, guaranteeing,
        # signing, or holding office elsewhere; a former officer
        (
            "On August 6, 2015, the Company entered into a securities purchase "
            "agreement with several accredited investors, including one director "
            "of the Company, to sell $600,000 of Senior Convertible Notes.",
            "related-party",
            None,
        ),
        (
            "The Company issued Senior Convertible Notes of $750,000 to "
            "institutional investors and one director.",
            "related-party",
            None,
        ),
        (
            "The notes were sold to five individuals. The individuals included the "
            "Company's Chief Executive Officer, another director and an accredited "
            "investor.",
            "related-party",
            None,
        ),
        # (a guard: insiders as a group stay related)
        (
            "In February 2019, we sold convertible promissory notes to management, "
            "the Company's Board of Directors and accredited investors including "
            "Essetifin S.p.A., our largest stockholder.",
            "related-party",
            "TRUE",
        ),
        (
            "Acme closed a $5 million convertible note with Beta Fund LP (the "
            "\u201cLender\u201d). \u201cOur investor base supports us,\u201d "
            "stated Dr. Henry Ji, Chairman and CEO.",
            "related-party",
            None,
        ),
        (
            "The Company issued a convertible note of $400,000 to the Holder. The "
            "Convertible Note is guaranteed personally by the Company's Executive "
            "Chairman.",
            "related-party",
            None,
        ),
        (
            "All advances to the Company under this Note shall be signed by an "
            "authorized officer of the Company and paid to the Holder.",
            "related-party",
            None,
        ),
        (
            "CLSS Holdings, LLC, a company owned by Craig Sizer, a former member of "
            "the Board and Chief Executive Officer of the Company, is the holder of "
            "the notes.",
            "related-party",
            None,
        ),
        (
            "The note financing was led by Laird Cagan, Managing Director of Cagan "
            "Capital Partners LLC, and joined by other lenders.",
            "related-party",
            None,
        ),
        # a class defined for a warrant, shares issued as a fee, a trading
        # volume, other securities: not what the note converts into
        (
            "The Company sold $1,544,443 of 8% Original Issue Discount Senior "
            "Convertible Debenture due September 2014 and a common stock purchase "
            "warrant to purchase 38,611,073 shares of common stock of the Company "
            "(the \u201cCommon Stock\u201d).",
            "share-class",
            None,
        ),
        (
            "We issued JMJ Financial an $800,000 convertible promissory note and "
            "19,231 restricted shares of our common stock as a $50,000 origination "
            "fee for the note.",
            "share-class",
            None,
        ),
        (
            "The rate rises on a decline in the 10-day trailing average daily "
            "dollar volume of the common shares in the Company's primary market, "
            "or a failure to deliver Conversion Shares.",
            "share-class",
            None,
        ),
        (
            "A maximum of 9,634,700 shares of the Company's common stock may be "
            "issued upon conversion of the Convertible Notes.",
            "share-class",
            '"Common"',
        ),
        # a Canadian exchange's bulletin as a news service rewrites it: Canadian
        # dollars, "$5.7-million", cents, "listed shares"
        (
            "Financing type: non-brokered private placement\nOffering: "
            "$5.7-million principal amount of convertible debenture, convertible "
            "into 3,166,667 listed shares\nConversion price: $1.80 per listed share",
            "principal",
            "5700000.00 CAD",
        ),
        (
            "Financing type: non-brokered private placement\nOffering: $3,808,269.26 "
            "principal amount of convertible debenture, convertible into a maximum "
            "of 20,043,522 listed shares\nConversion price: 35 cents per listed "
            "share",
            "conversion-price",
            "0.35 CAD",
        ),
        (
            "Financing type: non-brokered private placement\nOffering: $3,808,269.26 "
            "principal amount of convertible debenture, convertible into a maximum "
            "of 20,043,522 listed shares",
            "share-class",
            '"Listed"',
        ),
        (
            "Grenville Strategic Royalty (GRC-V) has closed its offering of "
            "$15-million aggregate principal amount of convertible unsecured "
            "subordinated debentures.",
            "principal",
            "15000000.00 CAD",
        ),
        # "a discount of 39% of the Market Price" is the discount
        (
            "The Holder may convert the outstanding unpaid principal amount of the "
            "Note into restricted shares of Common Stock of the Company at a "
            "discount of 39% of the Market Price.",
            "conversion-discount",
            "0.39",
        ),
        # the company paying in shares is no conversion
        (
            "The LP Convertible Note's principal amount is $250. In addition, the "
            "Company has the right to satisfy the payment of the principal amount of "
            "the LP Convertible Note through the issuance of the Company's ordinary "
            "shares at a 20% discount to the 20 trading day VWAP preceding the "
            "maturity date.",
            "conversion-discount",
            None,
        ),
        # "$0.00 1", a misprint, is no par value
        (
            "The Note converts into shares of common stock, par value $0.00 1 per "
            "share.",
            "par-value",
            None,
        ),
        # rates: a maturity "or upon default, whichever is earlier" is no default
        # rate; a rate after maturity, an implied rate and interest-free advances
        # are not the note's; "without interest thereon" is zero
        (
            "The notes matures on October 14, 2014, or upon default, whichever is "
            "earlier and bear interest at an annual rate of 10%.",
            "rate",
            "0.1",
        ),
        (
            "The notes bear interest at an annual rate of five percent (5%) from "
            "date of issuance. The notes matured in January 2020 and continue to "
            "accrue interest at an annual rate of eight percent (8%) in arrears "
            "until settlement.",
            "rate",
            "0.05",
        ),
        (
            "The Nordmin Note will mature on December 18, 2021 and has an implied "
            "interest rate of 5% per annum.",
            "rate",
            None,
        ),
        (
            "Each note bears an interest rate of 7.50 percent per annum. Salon has "
            "received unsecured, interest-free cash advances totaling $3,370 from "
            "its Chairman.",
            "rate",
            "0.075",
        ),
        (
            "FOR VALUE RECEIVED, the Company promises to pay to the order of HUNTER "
            "BURROUGHS (the \u201cHolder\u201d) the principal amount of $2,500,000, "
            "without interest thereon.",
            "rate",
            "0",
        ),
        (
            "SELF-AMORTIZATION PROMISSORY NOTE FOR VALUE RECEIVED, the Company "
            "promises to pay interest on the unpaid Principal Amount hereof at the "
            "rate of twelve percent (12%) (the \u201cInterest Rate\u201d) per annum.",
            "rate",
            "0.12",
        ),
        # holders: a short name then the role; the issuer is not the holder
        (
            "This Note is issued this 31st day of March 2014 by XG Sciences, Inc. "
            "(\u201cXGS\u201d), a Michigan corporation, and XG Sciences IP, LLC, a "
            "Michigan limited liability company (collectively, the "
            "\u201cBorrower\u201d), to Aspen Advanced Opportunity Fund, LP, a "
            "Delaware limited partnership (\u201cAspen\u201d or the "
            "\u201cHolder\u201d) pursuant to that certain Purchase Agreement, "
            "dated March 18, 2013.",
            "holder",
            '"Aspen Advanced Opportunity Fund, LP"',
        ),
        (
            "This Note is issued this 31st day of March 2014 by XG Sciences, Inc. to "
            "the Holder pursuant to that certain Purchase Agreement, dated March 18, "
            "2013.",
            "date",
            "2014-03-31",
        ),
        (
            "During 2018, the Vystar issued a contingently convertible note payable "
            "to a shareholder. The note is convertible at Vystar\u2019s option.",
            "holder",
            None,
        ),
        # amounts: a note's face above the issuer's name and the title; the
        # remaining note; notes issued for expenses are no fee
        (
            "No. 18 $900,000.00\nXG SCIENCES, INC.\nSecured Convertible Promissory "
            "Note\nDue March 18, 2018",
            "principal",
            "900000.00 USD",
        ),
        (
            "The remaining note of $19,500 is in default at December 31, 2023.",
            "principal",
            None,
        ),
        (
            "The note's principal amount is $19,500. "
            "During the year ended December 31, 2018, the Vystar issued shareholder "
            "contingently convertible notes payable, some of which were for contract "
            "work performed by other entities in lieu of compensation and expense "
            "reimbursement, totaling approximately $338,000.",
            "issue-costs",
            None,
        ),
        # a note's own date, however its face or its text states it
        (
            "This CONVERTIBLE REDEEMABLE DEBENTURE (the \u201cDebenture\u201d) is "
            "issued, dated and effective as of December 19, 2014 (the \u201cEffective "
            "Date\u201d), by Acme Inc. to Foo LLC.",
            "date",
            "2014-12-19",
        ),
        ("DATED this 3rd day of June, 2011.", "date", "2011-06-03"),
        ("Dated 9th February 2024", "date", "2024-02-09"),
        (
            "Dated December 11, 2007 to the Preliminary Prospectus of Yingli Green "
            "Energy Holding Company Limited",
            "date",
            None,
        ),
        ("Date of Note: | March 29, 2019 |", "date", "2019-03-29"),
        (
            "Dated as of: April 26, 2024 | Purchase Price: $ 1,000,000",
            "date",
            "2024-04-26",
        ),
        (
            "The note bears interest at 12.0% per annum, accruing from December 1, "
            "2011, the date of initial issuance.",
            "date",
            "2011-12-01",
        ),
        (
            "WHEREAS, on June 24, 2009, the Borrower issued to the Lender a "
            "convertible promissory note.",
            "date",
            "2009-06-24",
        ),
        (
            "As previously disclosed, on July 12, 2016, the Company closed a private "
            "placement of convertible debentures.",
            "date",
            "2016-07-12",
        ),
        (
            "On July 2, 2014, (the \u201cClosing Date\u201d), the Registrant sold a "
            "Series C debenture to a director.",
            "date",
            "2014-07-02",
        ),
        (
            'At the first closing, on February 6, 2024 (the "Initial Closing"), an '
            "aggregate of $4,650,000 of notes was sold.",
            "date",
            "2024-02-06",
        ),
        (
            "This Debenture was issued by the Company as of August 15, 2012 (the "
            "\u201cIssuance Date).",
            "date",
            "2012-08-15",
        ),
        (
            "The first note in the amount of $220,000 was issued to the Investor on "
            "February 12, 2024.",
            "date",
            "2024-02-12",
        ),
        # a news release of a company listed in Canada only writes Canadian dollars
        (
            "TORONTO, Sept. 13, 2023 /CNW/ -- (TSXV:SEV) (OTCQB:SPVNF) Spectra7 "
            "Microsystems Inc. announced that it closed the sale of 9% convertible "
            "debentures at a conversion price of $0.65 per share.",
            "conversion-price",
            "0.65 CAD",
        ),
        (
            "VANCOUVER (TSX:NDM)(NYSE American:NAK) Northern Dynasty Minerals Ltd. "
            "issued notes convertible at a conversion price of $0.3557 per share.",
            "conversion-price",
            "0.3557 USD",
        ),
        # an officer quoted is no related holder; a CEO's part of an offering is
        # neither the issue's principal nor the issue's relation
        (
            "The Company closed the second tranche of its 14% debentures with Acme "
            "Capital Ltd. (the \u201cInvestor\u201d). \u201cWe are thrilled,\u201d "
            "said Bonnie Tomei, Chief Financial Officer.",
            "related-party",
            None,
        ),
        (
            "PyroGenesis has closed its brokered private placement of 3,030 "
            "convertible debenture units. In connection with the Offering, P. Peter "
            "Pascali, President, CEO, and Director subscribed for C$2,000,000 of "
            "Convertible Debenture Units.",
            "principal",
            None,
        ),
        (
            "The note is convertible at the option of the Investor into our Class A "
            "voting common stock at a fixed conversion price of $4.00 per share.",
            "share-class",
            '"Class A Voting Common"',
        ),
        # holders: a person defined by a nickname; a redacted name; a custodian
        # for a beneficiary
        (
            "This DEBT CONVERSION AGREEMENT, dated as of January 11, 2012, by and "
            "between TELVUE CORPORATION, a Delaware corporation (the "
            "\u201cCompany\u201d) and H.F. LENFEST, an individual resident of the "
            "Commonwealth of Pennsylvania (\u201cLenfest\u201d). The Company issued "
            "a convertible note to Lenfest.",
            "holder",
            '"H.F. LENFEST"',
        ),
        (
            "This Note is issued by Titan Holdings, Inc. to Xxxxx Xxxxxxx (the "
            "\u201cHolder\u201d).",
            "holder",
            None,
        ),
        (
            "This amendment amends that certain Convertible Promissory Note given by "
            "US Nuclear Corp (\u201cBorrower\u201d) in favor of Digital Trust FBO "
            "Michael G. Hastings Traditional IRA (\u201cLender\u201d).",
            "holder",
            '"Digital Trust FBO Michael G. Hastings Traditional IRA"',
        ),
        # fees that include the discount are not issue costs; the legal fees are
        (
            "The Company completed a private placement of a Senior Note with an "
            "initial principal amount of $230,000. The purchase price for the Senior "
            "Note was $230,000, less $21,900 in fees, which consisted of an 10% "
            "\u201coriginal issue discount\u201d of $18,400 and $3,500 for the "
            "Investor\u2019s legal fees.",
            "issue-costs",
            "3500.00 USD",
        ),
        # a part of the note funded is no price paid
        (
            "On December 1, 2023, Visiox issued SRIRAMA Associates, LLC a secured "
            "convertible promissory note in the principal amount of $2,000,000, of "
            "which $500,000 was funded on December 5, 2023 and $500,000 was funded "
            "on December 27, 2023.",
            "purchase-price",
            None,
        ),
        # the note an amendment amends, dated in the amendment's sentence
        (
            "On March 13, 2019, the Company and Iliad Research and Trading, L.P. "
            "(the \u201cLender\u201d) amended the September 28, 2018 Secured "
            "Convertible Promissory Note (the \u201cConvertible Note\u201d) issued to "
            "the Lender.",
            "date",
            "2018-09-28",
        ),
        # preferred stock's conversion price is not the note's
        (
            "The Company issued a secured convertible note to Iliad. Each right "
            "entitled the holder to purchase one share of Series B Convertible "
            "Preferred Stock, immediately convertible into common stock at an "
            "assumed conversion price of $0.20.",
            "conversion-price",
            None,
        ),
        # "a 12% (per annum) coupon"; no interest only from a later day on
        (
            "The Note will have a 12% (per annum) coupon attached which shall be "
            "paid monthly up to the three month anniversary. Upon the three month "
            "anniversary the note will bear no interest unless the Company is in "
            "default.",
            "rate",
            "0.12",
        ),
        # a director named in the agreement's parties; shares issued to someone
        # name no holder
        (
            "On January 3, 2017, the Company issued 500,000 shares of its common "
            "stock to Shenzhen Bayi Consulting Co. Ltd. On November 10, 2017, the "
            "Company and Ms. Liu Shu Juan, a director of the Company, entered into a "
            "convertible loan agreement for a line of credit of $1,000,000.",
            "holder",
            '"Liu Shu Juan"',
        ),
        # two trustees for a trust: a person names the holder
        (
            "For Value Received, the Borrowers hereby promise to pay to the order of "
            "Lester E. Taylor, Jr. and Diane M. Taylor, Trustees of The Taylor Family "
            "Trust dated March 3, 1994, or its assigns and successors-in-interest "
            "(\u201cHolder\u201d), the principal sum of $545,000.",
            "holder",
            None,
        ),
        # two names for the class
        (
            "The Lender has the right to convert all the promissory note into "
            "ordinary shares of common stock of MOXC at the price of USD 1.00 per "
            "share.",
            "share-class",
            None,
        ),
        # maturities: a label after the date with a word first, "Maturity Date"
        # means, "payable, along with any and all accrued interest, on", "payable
        # together with principal on", "the payment of the principal amount ...
        # on", a title's "Due On or Before" (which is no issue date)
        (
            "The EMA Note obligates RespireRx to pay by October 30, 2021 (the "
            "\u201cEMA Maturity Date\u201d) the principal amount.",
            "maturity",
            "2021-10-30",
        ),
        (
            "For purposes of this Note, \u201cMaturity Date\u201d means December 7, "
            "2014.",
            "maturity",
            "2014-12-07",
        ),
        (
            "The Convertible Note is payable, along with any and all accrued "
            "interest, on December 23, 2015.",
            "maturity",
            "2015-12-23",
        ),
        (
            "The Notes bear interest at 12% per year, payable together with "
            "principal on January 2, 2019.",
            "maturity",
            "2019-01-02",
        ),
        (
            "The Auctus Note provides for the payment of the principal amount, "
            "together with interest at the rate of 12% per annum, on April 7, 2020.",
            "maturity",
            "2020-04-07",
        ),
        (
            "10.75 % CONVERTIBLE SECURED SUBORDINATED PROMISSORY NOTE Due On or "
            "Before September 30, 2019 Sonic Foundry, Inc., for value received, "
            "hereby promises to pay to the order of Mark Burish the principal amount "
            "of $500,000 on or before September 30, 2019 (the \u201cMaturity "
            "Date\u201d).",
            "date",
            None,
        ),
        # interest payments: "on a semi-annual basis", "shall be made quarterly",
        # "on the earlier of the Notes' conversion ... or the maturity date", with
        # the principal "on the one-year anniversary"
        (
            "The debentures mature on May 25, 2018 and accrue interest at the rate "
            "of 6% per annum payable on a semi-annual basis.",
            "interest-payment",
            '"semiannually"',
        ),
        (
            "Payments of accrued interest shall be made quarterly commencing March "
            "31, 2020, and continuing on each such calendar quarter thereafter "
            "through the Maturity Date.",
            "interest-payment",
            '"quarterly"',
        ),
        (
            "Interest on the Notes is payable on the earlier of the Notes' "
            "conversion to common stock or the maturity date.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "Unless the Note is converted, the principal amount of the Note, and "
            "accrued interest at the rate of 8% per annum, are payable on the "
            "one-year anniversary of the issuance of the Note.",
            "interest-payment",
            '"maturity"',
        ),
        # amounts: a label "Principal Amount of Note:"; an interest payment's
        # amount; a list of amounts borrowed; a series' number is no count of
        # notes, and the earlier notes named "Initial" compete with the later
        (
            "Date of Note: January 7, 2021\n\nPrincipal Amount of Note: $500,000\n\n"
            "For value received, Digital Locations, Inc. promises to pay to Baryalai "
            "Azmi the principal amount set forth above. Accrued and unpaid interest "
            "of the Note shall be payable to the Holder on December 31 of each year "
            "in the amount of $1,950.00 until the Maturity Date.",
            "principal",
            "500000.00 USD",
        ),
        (
            "During the year ended December 31, 2023, the Company borrowed $284,760 "
            "and $256,760 from a third party totaling $541,520.",
            "principal",
            None,
        ),
        (
            "As previously disclosed, on October 28, 2022, the Company issued certain "
            "3% Senior Convertible Notes in the aggregate original principal amount "
            'of $34.5 million (the "Initial Convertible Notes"). On December 3, '
            "2024, the Company issued certain 3% Series B-2 Senior Convertible Notes "
            'in the aggregate original principal amount of $4.1 million (the "2024 '
            'Additional Notes").',
            "principal",
            None,
        ),
        # holders: a generational suffix; several under a plural role; two joined
        # by "and"; the issuer in a holder's release; a short name after "or"
        (
            "Navidea Biopharmaceuticals, Inc. promises to pay to the order of John K. "
            "Scott, Jr., or his registered assigns (the \u201cLender\u201d), the "
            "principal amount of $700,000.",
            "holder",
            '"John K. Scott, Jr."',
        ),
        (
            "The Company closed the two convertible loan agreements with Ianco "
            "Holdings Ltd. and Matco Holdings Ltd. (collectively, the "
            "\u201cLenders\u201d).",
            "holder",
            None,
        ),
        (
            "Mitsui announces that it has entered into a subscription agreement with "
            "NMG whereby it has agreed to purchase an unsecured convertible note in "
            'the aggregate principal amount of US$25,000,000 (the "Note") of NMG.',
            "holder",
            None,
        ),
        (
            "The shares are offered by the selling stockholder, Magna Equities II, "
            "LLC, a New York limited liability company, or Magna. They are issuable "
            "upon conversion of a senior convertible note in the principal amount of "
            "$110,000, or the First Convertible Note, that we issued to Magna on "
            "October 1, 2015, pursuant to a Securities Purchase Agreement with Magna.",
            "holder",
            '"Magna Equities II, LLC"',
        ),
        # dates: a form's placeholder year; a note signed and funded on two days
        ("No. 001 Issuance Date: February 12, 0000", "date", None),
        (
            "The EMA SPA and the EMA Note were signed on August 25, 2015 and the EMA "
            "Note was funded on September 1, 2015.",
            "date",
            None,
        ),
        # a fraction whose space is lost is no rate of 8%
        (
            "The outstanding principal amount of the Loans bear interest at a rate "
            "of 123/8% per annum, compounding monthly.",
            "rate",
            None,
        ),
        # a due date named with the note's amount competes with the title's
        (
            "Convertible Promissory Note due November 30, 2019\n\nThe reporting "
            "person holds a Convertible Promissory Note in the total amount of "
            "US$10,000,000 due June 30, 2020, earning interest at a rate of 12%.",
            "maturity",
            None,
        ),
        # both classes after "into": the one the holder converts into first
        (
            "The unsecured notes were convertible into shares of the Company\u2019s "
            "common stock at the holder\u2019s option or automatically into shares "
            "of preferred stock, upon achievement of defined conditions.",
            "share-class",
            '"Common"',
        ),
        # holders: a second role after the role; endorsees, an order, "or
        # holder" and "as Lender" after the name; a name after "the"
        (
            "FOR VALUE RECEIVED, Location Based Technologies, Inc. hereby promises "
            "to pay to the order of Greggory Haugen its endorsees, successors and "
            "assigns (the \u201cHolder\u201d or \u201cLender\u201d), the "
            "principal sum of $216,000.",
            "holder",
            '"Greggory Haugen"',
        ),
        (
            "Digital Descriptor Systems, Inc. promises to pay to: Rudy Hallenbeck "
            "or to his order, (together with any assignee, jointly or severally, "
            'the "Holder" or "Lender") the principal sum of $100,000.',
            "holder",
            '"Rudy Hallenbeck"',
        ),
        (
            "The Company promises to pay to the order of the ANTHONY M. FRANK, or "
            "holder (collectively, the \u201cHolder\u201d), the sum of $50,000.",
            "holder",
            '"ANTHONY M. FRANK"',
        ),
        (
            "Jackson Rivers Company promises to pay to VANTAGE POINT CONSULTING and "
            'or assignee (the "Holder") the sum of $25,000.',
            "holder",
            '"VANTAGE POINT CONSULTING"',
        ),
        (
            "This Allonge is made by Intellect Neurosciences, Inc. in favor of Alpha "
            'Capital Anstalt, as Lender ("Lender") to the note of $100,000.',
            "holder",
            '"Alpha Capital Anstalt"',
        ),
        # principals: the note given for a warrant; an amount received under a
        # note; proceeds that are the face value; "in the sum of"; a title with
        # commas; amounts "respectively" issued are several notes
        (
            "On July 18, 2014, the Company entered into an Exchange Agreement with "
            "Tonaquint, Inc. pursuant to which the Company exchanged a previously "
            "issued warrant for a Convertible Promissory Note in the principal "
            "amount of $115,000 (the \u201cNote\u201d).",
            "principal",
            "115000.00 USD",
        ),
        (
            "On October 25, 2017 the Company received $100,000 from Paul Beckman, "
            "a director of the Company, under a convertible promissory note.",
            "principal",
            "100000.00 USD",
        ),
        (
            "The Company completed the offering on June 17, 2009, and received "
            "aggregate proceeds of $3,472,000, representing the face value of the "
            "Senior Notes.",
            "principal",
            "3472000.00 USD",
        ),
        (
            "During February 2015, the Company issued a secured convertible "
            "promissory note in the sum of $600,000 to Masateru Higashida.",
            "principal",
            "600000.00 USD",
        ),
        (
            "On May 7, 2014, the Company sold a $3,296,703 12%, three-year, Secured "
            "Convertible Promissory Note (the \u201cNote\u201d) to Rackwise Funding "
            "II, LLC.",
            "principal",
            "3296703.00 USD",
        ),
        (
            "In the first quarter of 2016 and for the year ended December 31, 2015, "
            "the Company issued a total of $2,500 and $245,000, respectively, in "
            "promissory notes payable.",
            "principal",
            None,
        ),
        # issue dates: a note entered into (not an amended one, nor an
        # agreement, nor a clause about the note); an amount received under a
        # note (not "in exchange for" one)
        (
            "On February 13, 2019, the Company entered into convertible debenture "
            "whereby it received $200,000.",
            "date",
            "2019-02-13",
        ),
        (
            "Effective November 7, 2013, the Company entered into two Secured "
            "Convertible Promissory Notes with two investors, in the aggregate "
            "amount of $15,000.",
            "date",
            "2013-11-07",
        ),
        (
            "On September 1, 2018, the Company entered into two Amended and Restated "
            "12% Convertible Promissory Notes for one year with no consideration.",
            "date",
            None,
        ),
        (
            "On May 9, 2013, the Company entered into a securities purchase "
            "agreement for the sale of a 10% convertible promissory note entered "
            "into for the extinguishment of a previous note.",
            "date",
            None,
        ),
        (
            "On December 17, 2019, the Company entered into a securities purchase "
            "agreement and convertible note with Auctus.",
            "date",
            "2019-12-17",
        ),
        (
            "On September 28, 2020, ZK entered into Convertible Debenture agreements "
            "with certain unaffiliated investors.",
            "date",
            None,
        ),
        (
            "On October 25, 2017 the Company received $100,000 from Paul Beckman, "
            "a director of the Company, under a convertible promissory note.",
            "date",
            "2017-10-25",
        ),
        (
            "On February 24, 2012, the Company received $62,500 from one accredited "
            "investor in exchange for a one year original issue discount note in the "
            "amount of $68,750.",
            "date",
            None,
        ),
        # maturities: a bond's term until a date; "(in either case, the
        # “Maturity Date”)"
        (
            "The convertible bond has a term until December 31, 2020 and a fixed "
            "conversion price of EUR 56 per new share.",
            "maturity",
            "2020-12-31",
        ),
        (
            "The Borrower promises to pay the principal sum of $500,000.00 on the "
            "earlier to occur of (i) the closing of an equity investment in the "
            "Borrower or December 31, 2009 (in either case, the \u201cMaturity "
            "Date\u201d).",
            "maturity",
            "2009-12-31",
        ),
        # rates: "APR simple interest", "compound interest", no coupon, no
        # interest rate (not "no stated interest rate, an implied rate")
        (
            "On January 1, 2020, the Company issued a note in the face amount of "
            "$103,586 bearing 5.25% APR simple interest.",
            "rate",
            "0.0525",
        ),
        (
            "The Company agreed to the issuance of convertible promissory notes with "
            "6% compound interest in the aggregate principal amount of $9,000,000.",
            "rate",
            "0.06",
        ),
        (
            "There is no coupon attaching to the Loan Notes and the term is 24 months.",
            "rate",
            "0",
        ),
        (
            "This debenture has no interest rate and the Company imputed an "
            "effective interest rate of 5.25%.",
            "rate",
            "0",
        ),
        (
            "The Nordmin Note will mature on December 18, 2021 and has no stated "
            "interest rate, an implied interest rate of 5% per annum.",
            "rate",
            None,
        ),
        # holders: "(Holdings)" inside a name; a person with a short name
        # after "with" a note
        (
            "In October 2015, the Company issued a convertible promissory note (the "
            "\u201cNote\u201d) to China Ping An Insurance Overseas (Holdings) Limited "
            "(\u201cPAOH\u201d), a subsidiary of Ping An Group, in an aggregate "
            "principal amount of USD1,953.8 million.",
            "holder",
            '"China Ping An Insurance Overseas (Holdings) Limited"',
        ),
        (
            "On November 21, 2013, the Company entered into an unsecured convertible "
            "note (\u201cNote\u201d) with Jerry Treppel (\u201cTreppel\u201d), "
            "Elite\u2019s Chairman of the Board, in the amount of $600,000.",
            "holder",
            '"Jerry Treppel"',
        ),
        # another company's class, after a merger
        (
            "Assuming the merger between the Company and Vapor closes, the Notes "
            "will be convertible into Vapor common stock at $1.00 per share.",
            "share-class",
            '"Vapor Common"',
        ),
        # the price a market formula watches names the class converted into
        (
            "The note will be convertible at a rate of 85% of the closing bid "
            "price of the company's common stock for the trading day immediately "
            "preceding the conversion.",
            "share-class",
            '"Common"',
        ),
        # the principal of a note issued long ago, not the amount now converted
        (
            "iAnthus said it exercised its right to convert its C$2,671,487 of 8% "
            "unsecured convertible debentures due Feb. 28, 2019 into stock. The "
            "company originally issued C$20 million of the convertibles on Feb. "
            "28, 2017.",
            "principal",
            "20000000.00 CAD",
        ),
        (
            "iAnthus said it exercised its right to convert its C$2,671,487 of 8% "
            "unsecured convertible debentures due Feb. 28, 2019 into stock. The "
            "company originally issued C$20 million of the convertibles on Feb. "
            "28, 2017.",
            "date",
            "2017-02-28",
        ),
        # a note given as a down payment; debt assumed; an acquisition's price
        (
            "The Letter Agreement calls for a purchase price of $30,000,000 for all "
            "of the shares of RGN, of which we have paid $500,000 through the "
            "delivery of a promissory note (the \u201cNote\u201d).",
            "principal",
            "500000.00 USD",
        ),
        (
            "The Letter Agreement calls for a purchase price of $30,000,000 for all "
            "of the shares of RGN, of which we have paid $500,000 through the "
            "delivery of a promissory note (the \u201cNote\u201d).",
            "purchase-price",
            None,
        ),  # (a guard: the acquisition's price, stated before the note)
        (
            "Endonovo will be acquiring RGN for an aggregate purchase price of "
            "$30,000,000, consisting of the Note and the assumption by us of $8.5 "
            "million in senior secured notes.",
            "principal",
            None,
        ),
        (
            "Endonovo will be acquiring RGN for an aggregate purchase price of "
            "$30,000,000, consisting of the Note and the assumption by us of $8.5 "
            "million in senior secured notes.",
            "purchase-price",
            None,
        ),
        # (a guard: the notes' own purchase price stays)
        (
            "The June 2018 Notes, in an aggregate principal amount of $1,217,293, "
            "were acquired for a cash purchase price of $1,034,699.",
            "purchase-price",
            "1034699.00 USD",
        ),
        # shares issued to a party are no note's holder
        (
            "The Company issued 2,263,514 commitment shares of its common stock to "
            "Bellridge Capital, LLP pursuant to the Note Securities Purchase "
            "Agreement.",
            "holder",
            None,
        ),
        # two people holding together; a person called by title, named before
        (
            "FOR VALUE RECEIVED, GEE GROUP, INC. promises to pay to Enoch S. "
            "Timothy and Dorothy Timothy (collectively, \u201cPayee\u201d) the "
            "principal sum of $1,000,000.",
            "holder",
            '"Enoch S. Timothy and Dorothy Timothy"',
        ),
        (
            "Robert V. LaPenta, Sr., the Company's Chairman, has funded the "
            "Company. On March 22, 2019, the Company issued to Mr. LaPenta a new "
            "promissory note (the \u201cNote\u201d) with an aggregate principal "
            "amount of $2.0 million.",
            "holder",
            '"Robert V. LaPenta, Sr."',
        ),
        # a new note for an additional loan; a note disclosed before yields
        (
            "As previously disclosed, the Company has issued a consolidated note, "
            "dated as of November 21, 2018, to Mr. LaPenta. On March 22, 2019, Mr. "
            "LaPenta loaned the Company an additional $2.0 million, and the Company "
            "issued to Mr. LaPenta a new promissory note (the \u201cNote\u201d).",
            "date",
            "2019-03-22",
        ),
        # the year's own length; "bi-annual" is twice a year; monthly payments
        # of accrued interest
        (
            "Interest is calculated on the basis of a year of 365 or 366 days, as "
            "applicable, and charged for the actual number of days elapsed.",
            "day-count",
            '"ACT/ACT"',
        ),
        (
            "The Company issued a convertible promissory note accruing 12% interest "
            "per annum with bi-annual interest payments.",
            "interest-payment",
            '"semiannually"',
        ),
        (
            "The Loan bears interest at 4.00% per annum. The Loan provides for "
            "monthly payments of accrued interest only during the first year.",
            "interest-payment",
            '"monthly"',
        ),
        # the sum borrowed; a first interest payment's day is no maturity, the
        # term from the issue date is
        (
            "On April 1, 2019, the Company completed a lending transaction with "
            "Robert Ferguson (the \u201cLender\u201d), whereby the Company borrowed "
            "from the Lender the sum of $2,500,000 to the terms of a Loan and "
            "Security Purchase Agreement and promissory note (the \u201cLoan\u201d).",
            "principal",
            "2500000.00 USD",
        ),
        (
            "On April 1, 2019, the Company issued a promissory note with a term of "
            "two years with interest payable at 4.00% per annum, with the first "
            "interest payment due May 1, 2019.",
            "maturity",
            "2021-04-01",
        ),
        # earlier press releases' dates; a price per debenture
        (
            "The company extends its placement of convertible debentures (see press "
            "releases dated April 11, 2024, and May 13, 2024). On May 10, 2024, the "
            "company issued an aggregate of US$941,000 principal amount debentures.",
            "date",
            "2024-05-10",
        ),
        (
            "On May 10, 2024, the company issued an aggregate of US$941,000 "
            "principal amount debentures with an issue price of US$1,000 principal "
            "amount per debenture.",
            "principal",
            "941000.00 USD",
        ),
        # an investment in the form of a note, effective as of a day
        (
            "Effective as of October 27, 2017, the Registrant entered into a Note "
            "Purchase Agreement with Teewinot Life Sciences Corporation "
            "(\u201cTeewinot\u201d) pursuant to which Teewinot invested US$250,000 in "
            "the Registrant in the form of a 12% Senior Convertible Note.",
            "principal",
            "250000.00 USD",
        ),
        (
            "Effective as of October 27, 2017, the Registrant entered into a Note "
            "Purchase Agreement with Teewinot Life Sciences Corporation "
            "(\u201cTeewinot\u201d) pursuant to which Teewinot invested US$250,000 in "
            "the Registrant in the form of a 12% Senior Convertible Note.",
            "date",
            "2017-10-27",
        ),
        # a role whose quote holds a comma; a rate the note defines
        (
            "ATHENA BITCOIN, INC. promises to pay to the order of MICHAEL "
            "KOMARANSKY or his assigns (the \u201cNoteholder,\u201d and together "
            "with the Borrowers, the \u201cParties\u201d), the principal amount of "
            "$500,000.00.",
            "holder",
            '"MICHAEL KOMARANSKY"',
        ),
        (
            "SECURED PROMISSORY NOTE\n\nApplicable Rate\u201d means the rate equal to "
            "six percent (6.0%).",
            "rate",
            "0.06",
        ),
        # a form's blank filled in; a sum in words without "dollars"
        (
            "12.5% CONVERTIBLE NOTE\n\nCN - _____ Dated:_April 25, 2014___\n\nFOR "
            "VALUE RECEIVED, BULLFROG GOLD CORP. promises to pay to the order of "
            "NPX Metals Inc. the sum of two hundred twenty thousand ($220,000).",
            "date",
            "2014-04-25",
        ),
        (
            "FOR VALUE RECEIVED, BULLFROG GOLD CORP. promises to pay to the order of "
            "NPX Metals Inc. the sum of two hundred twenty thousand ($220,000).",
            "principal",
            "220000.00 USD",
        ),
        # a part the notes include
        (
            "On December 21, 2021, Danimer Scientific, Inc. issued $240,000,000 "
            "principal amount of its 3.250% Convertible Senior Notes due 2026. The "
            "Notes issued on December 21, 2021 include $40,000,000 principal amount "
            "of Notes issued pursuant to the full exercise of the initial "
            "purchasers' option.",
            "principal",
            "240000000.00 USD",
        ),
        # a debt's rank and kind after its rate, which a convertible note's
        # rate outranks
        (
            "On December 23, 2015, the Company issued USD $3,000,000 of our "
            "two-year 11% Senior Debentures (the \u201cDebentures\u201d).",
            "rate",
            "0.11",
        ),
        (
            "Spirit priced 1.00% convertible senior notes due 2026. Spirit will use "
            "the proceeds to redeem its 8.00% Senior Secured Notes.",
            "rate",
            "0.01",
        ),  # (a guard)
        # a person in whose favour the note is made
        (
            "Promissory Note from Boomer Naturals, Inc. in the amount of $60,000 in "
            "favor of Debra Ziemann dated July 1, 2019",
            "holder",
            '"Debra Ziemann"',
        ),
        # a margin over another rate; a rate after maturity; the note's own
        # rate beside it
        (
            "Amounts outstanding under the January Note bear interest at a rate "
            "equal to five percent (5.00%) per annum in excess of the non-default "
            "rate of interest in effect under the Credit Agreement.",
            "rate",
            None,
        ),
        (
            "These notes bear interest at the rate of 12% per annum to the Maturity "
            "Date and 24% per annum on any remaining balance thereafter.",
            "rate",
            "0.12",
        ),
        # principal and interest due on a day, a payer between
        (
            "Payment of principal and accrued interest under the January Note is "
            "due and payable by FlexShopper, LLC on April 30, 2020.",
            "maturity",
            "2020-04-30",
        ),
        (
            "Payment of principal and accrued interest under the January Note is "
            "due and payable by FlexShopper, LLC on April 30, 2020.",
            "interest-payment",
            '"maturity"',
        ),
        # permitted assigns; a note that accrues no interest
        (
            "Kidpik Corp. promises to pay to the order of Ezra Dabah or permitted "
            "assigns (the \u201cHolder\u201d), the principal sum of $500,000.",
            "holder",
            '"Ezra Dabah"',
        ),
        (
            "Kidpik Corp. issued a promissory note of $500,000. This Note shall not "
            "accrue interest.",
            "rate",
            "0",
        ),
        # the reference and its days before the percentage
        (
            "The Note is convertible at the average of the two lowest closing bid "
            "prices during the ten (10) prior trading days from which a notice of "
            "conversion is received by the Company multiplied by sixty-five percent "
            "(65%).",
            "conversion-reference",
            '"average-2-lowest"',
        ),
        (
            "The Note is convertible at the average of the two lowest closing bid "
            "prices during the ten (10) prior trading days from which a notice of "
            "conversion is received by the Company multiplied by sixty-five percent "
            "(65%).",
            "conversion-lookback",
            "10",
        ),
        # a person's residence before the role; principal and interest paid in
        # full together
        (
            "MTBC promises to pay to Mahmud Haq, an individual residing at 10 "
            "Beekman Road, Franklin Park, New Jersey 08823 (\u201cPayee\u201d), the "
            "sum of One Million and 00/100 Dollars ($1,000,000.00).",
            "holder",
            '"Mahmud Haq"',
        ),
        (
            "The note bears interest at 7% per annum. Payment of principal and "
            "interest shall be made in full upon the earlier of either: (a) the "
            "expiration of twenty-four (24) months, or (b) a Change of Control.",
            "interest-payment",
            '"maturity"',
        ),
        # "and No Cents"; interest payable when the principal falls due
        (
            "Nephros, Inc. promises to pay to the order of LAMBDA INVESTORS LLC (the "
            "\u201cLender\u201d) the principal sum of ONE MILLION FIVE HUNDRED "
            "THOUSAND DOLLARS And No Cents ($1,500,000) on or before May 12, 2014.",
            "principal",
            "1500000.00 USD",
        ),
        (
            "Interest at the rate of 12% per annum is payable at the time the "
            "principal amount hereof shall have become due and payable.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "Pharmos completed a placement of its 10% convertible debentures. The "
            "conversion price is fixed equal to $0.70 per share.",
            "conversion-price",
            "0.70 USD",
        ),
        # director nominees to come are no relation
        (
            "The company issued a convertible note to BLH. In connection with the "
            "issuance of the BLH Note, the company has agreed to recommend two "
            "director nominees of BLH for election to the board of directors.",
            "related-party",
            None,
        ),
        # an investor named after its kind; a fixed leg beside a formula
        (
            "WEBUY GLOBAL LTD entered into a securities purchase agreement with an "
            "accredited investor Lind Global Fund II LP to issue a Senior Secured "
            "Convertible Note.",
            "holder",
            '"Lind Global Fund II LP"',
        ),
        (
            "The Investor may convert the Note to Company's Class A ordinary shares "
            "at $0.213, or 150% of the VWAP of the Class A ordinary shares on the "
            "trading day preceding the Note issuance.",
            "conversion-price",
            "0.213 USD",
        ),
        # a loan agreed with a lender; a price in pence
        (
            "Tower Resources plc has agreed an unsecured fixed-price convertible "
            'bridge loan (the "Bridge Loan") of \u00a3500,000 with Prime Resources '
            'Limited ("PR"), convertible into ordinary shares at a fixed '
            "conversion price of 0.05588 pence per share.",
            "holder",
            '"Prime Resources Limited"',
        ),
        (
            "Tower Resources plc has agreed an unsecured fixed-price convertible "
            'bridge loan (the "Bridge Loan") of \u00a3500,000 with Prime Resources '
            'Limited ("PR"), convertible into ordinary shares at a fixed '
            "conversion price of 0.05588 pence per share.",
            "conversion-price",
            "0.0005588 GBP",
        ),
        # an amount advanced on a day; the term's end
        (
            "The Loan terms are summarised as follows: \u00a35.5 million advanced to "
            "the Company on 16 August 2019. The Loan has 0% interest and is payable "
            "at the term end of 16 August 2021.",
            "principal",
            "5500000.00 GBP",
        ),
        (
            "The Loan terms are summarised as follows: \u00a35.5 million advanced to "
            "the Company on 16 August 2019. The Loan has 0% interest and is payable "
            "at the term end of 16 August 2021.",
            "date",
            "2019-08-16",
        ),
        (
            "The Loan terms are summarised as follows: \u00a35.5 million advanced to "
            "the Company on 16 August 2019. The Loan has 0% interest and is payable "
            "at the term end of 16 August 2021.",
            "maturity",
            "2021-08-16",
        ),
        # "Euro" before the amount; a term before the bonds, not their number
        (
            'Greenberry S.A. ("Greenberry") has subscribed for 5 year '
            "non-amortising secured bonds with an aggregate par value of Euro 28.8 "
            'million (the "Bonds").',
            "principal",
            "28800000.00 EUR",
        ),
        (
            'Greenberry S.A. ("Greenberry") has subscribed for 5 year '
            "non-amortising secured bonds with an aggregate par value of Euro 28.8 "
            'million (the "Bonds").',
            "holder",
            '"Greenberry S.A."',
        ),
        (
            "Euromedica issued a convertible bond loan in the amount of EUR 60.1 "
            "million. Out of the "
            "above Bonds, its subsidiary will acquire Bonds amounting to euro 60 "
            "million.",
            "principal",
            "60100000.00 EUR",
        ),  # (a guard: the part, now read as money)
        # the bracket's close before "principal amount"; a calendar monthly basis
        (
            "The Company entered into a Loan Agreement with Alset International "
            "Limited for an unsecured loan of Five Hundred Thousand U.S. Dollars and "
            "No Cents (USD$500,000.00) principal amount to the Company.",
            "principal",
            "500000.00 USD",
        ),
        (
            "Principal accrues simple interest at 8% per annum. Interest accrued on "
            "Principal shall be paid on the last business day on a calendar monthly "
            "basis.",
            "interest-payment",
            '"monthly"',
        ),
        # a part assigned; a loan the company made; the note an amended one
        # restates; an offering's least size; amounts "respectively"
        (
            "The Company issued a convertible note of $500,000 to its former CEO. "
            "In 2013, the note holder assigned $228,133 of his outstanding "
            "convertible note to Magna Group, LLC.",
            "principal",
            "500000.00 USD",
        ),
        (
            "Trenchant closed its offering of Series B debentures. Trenchant also "
            "made a loan in the principal amount of C$1.5 million to ABO "
            "Investments.",
            "principal",
            None,
        ),
        (
            "The A&R Note amends and restates that certain promissory note dated "
            "July 23, 2020 for a principal amount of $23,831,553.98 (the "
            "\u201cOriginal Note\u201d).",
            "principal",
            None,
        ),
        (
            "ZION OIL & GAS, INC. is offering to sell our 12% Convertible Senior "
            "Bonds in a minimum aggregate amount of $2,500,000 up to a maximum "
            "amount of $12,000,000.",
            "principal",
            None,
        ),
        (
            "On December 29, 2009 and February 3, 2010, the Company issued "
            "convertible debentures in the amount of $371,362 and $70,000, "
            "respectively, payable to Fountainhead.",
            "principal",
            None,
        ),
        # a bulletin's date; a valuation's day
        (
            "Further to the TSX Venture Exchange bulletin dated March 25, 2024, the "
            "exchange has accepted for filing the following replacement debenture.",
            "date",
            None,
        ),
        (
            "On October 14, 2011, the Company determined a fair value of $504,907 "
            "for the conversion option liability for the first installment of "
            "convertible notes issued using the Black Scholes Option Pricing Model.",
            "date",
            None,
        ),
        # a warrant's term is no maturity; a price "that was"
        (
            "On July 2, 2021, the Company issued Labrys a Promissory Note. The Note "
            "had a term of one (1) year. Labrys was issued a warrant granting the "
            "holder the right to purchase 5,000,000 shares at an exercise price of "
            "$0.02 for a term of 5-years.",
            "maturity",
            "2022-07-02",
        ),
        (
            "The Note was convertible at the option of the holder at the Conversion "
            "Price that was $0.015 per share.",
            "conversion-price",
            "0.015 USD",
        ),
        # principal and interest paid together, however the note is named
        (
            "The entire principal amount of this Note, together with accrued but "
            "unpaid interest, shall be due and payable on December 20, 2024.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "The Borrower agrees to pay the unpaid principal balance of this Note "
            "and all accrued and unpaid interest on the date that is the earlier of "
            "(i) one (1) year from the Issue Date, or (ii) a financing.",
            "interest-payment",
            '"maturity"',
        ),
        (
            "Interest will be payable on the earlier of: (a) the Maturity Date, or "
            "(b) the date of conversion in full of the Outstanding Amount.",
            "interest-payment",
            '"maturity"',
        ),
        # an outside date after a term or an event
        (
            "The Note is to be repaid in one payment on the 18th month anniversary "
            "of the Issuance Date, or July 16, 2026.",
            "maturity",
            "2026-07-16",
        ),
        (
            "The Note bears interest at the rate of 12% due at maturity which is "
            "twelve months from the issue date of the Note or May 10, 2023.",
            "maturity",
            "2023-05-10",
        ),
        (
            "Maturity Date: Closing of debt financing, or May 31, 2023, whichever "
            "comes first.",
            "maturity",
            "2023-05-31",
        ),
        (
            "The Debentures have a term with the principal amount being due to be "
            "repaid in full by the Company on January 31, 2026.",
            "maturity",
            "2026-01-31",
        ),
        (
            "The funds provided under the Promissory Note are intended to provide "
            "short-term bridge funding until September 15, 2023 (the \u201cDue "
            "Date\u201d).",
            "maturity",
            "2023-09-15",
        ),
        # a one-time charge, a rate after an extension, a PIK rate and a rate on
        # an election are no rate
        (
            "The note carries a one-time interest of 19% on the date of issuance "
            "and an annual rate of 22% thereafter.",
            "rate",
            None,
        ),
        (
            "The note bears interest at 12% per annum. In the event that the "
            "maturity date is extended, the note will bear interest at 15% per "
            "annum.",
            "rate",
            "0.12",
        ),
        (
            "The promissory note bears cash interest at the rate of 8.5% per annum "
            "with an additional PIK of 3.5% per annum.",
            "rate",
            "0.085",
        ),
        (
            "The Debentures bear interest at 8.00% per annum. The Company may pay "
            "an interest rate of 12% per annum in the event that the Company makes "
            "a Paid In Kind election.",
            "rate",
            "0.08",
        ),
        (
            "Borrower will pay interest on the Loans at a yearly rate of twelve "
            "percent (12%).",
            "rate",
            "0.12",
        ),
        # a label with its value a paragraph below
        (
            "Exchangeable Debentures\n\nInterest Rate:\n\n8.00% per annum\n\n",
            "rate",
            "0.08",
        ),
        # the closing's day; a filing's date
        (
            "Pursuant to these agreements, upon the Closing on December 8, 2021, "
            "the Company issued an aggregate of $87,500,000 in principal amount of "
            "PIPE Convertible Notes.",
            "date",
            "2021-12-08",
        ),
        (
            "Lucid Diagnostics Inc. recently disclosed in an 8-K SEC filing dated "
            "November 8, 2024, that it will redeem its Senior Convertible Note.",
            "date",
            None,
        ),
        (
            "The 2024 Convertible Notes carry interest at 9%. Interest payments "
            "quarterly in cash or shares.",
            "interest-payment",
            '"quarterly"',
        ),
        # the issuer's defined name; a simple rate; actual days over a year of
        # 360 or 365 days; 365/366; non-compounded
        (
            "ERBA Diagnostics, Inc. (\u201cMaker\u201d) promises to pay to the order "
            "of Erba Diagnostics Mannheim GmbH, which is the majority stockholder "
            "of Maker (\u201cHolder\u201d), the principal sum of $1,000,000.",
            "related-party",
            "TRUE",
        ),
        (
            "Interest shall be calculated at the simple rate of three and one-half "
            "percent (3.5%) per annum.",
            "compounding",
            '"none"',
        ),
        (
            "Interest shall be calculated on the basis of a year of three hundred "
            "sixty (360) days for the actual number of days elapsed.",
            "day-count",
            '"ACT/360"',
        ),
        (
            "Interest will be calculated on the basis of a year of 365 days for the "
            "actual number of days elapsed.",
            "day-count",
            '"ACT/365"',
        ),
        (
            "The note bears interest at eight percent (8.0%) per annum "
            "(non-compounded) calculated on a 365/366 day year, as applicable.",
            "day-count",
            '"ACT/ACT"',
        ),
        (
            "The note bears interest at eight percent (8.0%) per annum "
            "(non-compounded) calculated on a 365/366 day year, as applicable.",
            "compounding",
            '"none"',
        ),
        # a facility's most
        (
            "ERBA promises to pay to the order of the Holder the principal sum of "
            "Eight Million United States dollars (U.S.$8,000,000.00) or so much "
            "thereof as may be loaned by Holder to Maker.",
            "principal",
            None,
        ),
        # "Conversion Units"; a fee paid in shares
        (
            "At the creditor's option the note is convertible into \u201cConversion "
            "Units.\n\u201d Each Conversion Unit consists of one share of common "
            "stock of Hawker and one warrant to purchase one-half share of common "
            "stock of Hawker.",
            "share-class",
            None,
        ),
        (
            "The company issued a 12% note of $1,000,000 and 1,800,000 shares of "
            "common stock issued to the investor as commitment fee shares in "
            "respect of a $450,000 commitment fee.",
            "issue-costs",
            None,
        ),
        # a face dated by a label; a name after "pay to the order of"; a legal
        # form alone is no name; "finalized ... with"
        (
            "US$1,505,192.55 Date: September 30, 2019\n\nTOWER ONE WIRELESS "
            '("Borrower") hereby promises to pay to the order of Hugo Ochoa '
            '("Lender") the principal amount of each loan.',
            "date",
            "2019-09-30",
        ),
        (
            "3D PRINTING DEV. promises to PAY TO THE ORDER OF 3DFLOR OPPORTUNITY, "
            'LP, a Delaware limited partnership (\u201cLender"), the sum of '
            "$24,000,000.",
            "holder",
            '"3DFLOR OPPORTUNITY, LP"',
        ),
        (
            "During 2009, the Company issued a convertible note payable to a "
            "Corporation (Holder) with a principal amount of $500,000.",
            "holder",
            None,
        ),
        (
            "On February 2, 2015, Puget Technologies, Inc finalized a Convertible "
            "Debenture with Macallan Partners, LLC in the amount of $50,000.",
            "holder",
            '"Macallan Partners, LLC"',
        ),
        # a dollar named by a code after it; a fund's name is no office
        (
            "Colibri has agreed to issue a convertible debenture in the amount of "
            "$1 million CDN bearing an annual interest rate of 2.5%.",
            "principal",
            "1000000.00 CAD",
        ),
        (
            "BioSyntech sold 12% convertible debentures to its investors. PV III "
            "CEO Fund, LP and Highland Crusader Offshore Partners, LP are the "
            "investors.",
            "related-party",
            None,
        ),
        # "Accordingly, on <date> the Company issued"; a rate after it
        (
            "Accordingly, on March 27, 2014 the Company issued the 2014 Debenture, "
            "which is for a one year term maturing March 26, 2015, with 8% interest "
            "payable semi-annually.",
            "date",
            "2014-03-27",
        ),
        (
            "Accordingly, on March 27, 2014 the Company issued the 2014 Debenture, "
            "which is for a one year term maturing March 26, 2015, with 8% interest "
            "payable semi-annually.",
            "rate",
            "0.08",
        ),
        (
            "The discount is being amortized over the term of the note. "
            "Accordingly, the annual interest rate is 20%.",
            "rate",
            None,
        ),  # (a guard: an accounting rate stays none)
        # ", which is" before a conversion price; the British "per cent."
        (
            "The notes are identical in every respect, save for the conversion "
            "price, which is 70 pence per Ordinary Share.",
            "conversion-price",
            "0.7 GBP",
        ),
        (
            "The Convertible Notes have an 8 per cent. coupon per annum, paid "
            "quarterly in arrears and redeem at par on 30 March 2021.",
            "interest-payment",
            '"quarterly"',
        ),
        (
            "The Convertible Notes have an 8 per cent. coupon per annum, paid "
            "quarterly in arrears and redeem at par on 30 March 2021.",
            "rate",
            "0.08",
        ),
        # insiders buying a part of an offering
        (
            "Sea Limited priced US$575 million of 2.25% convertible senior notes. "
            "An entity affiliated with Tencent Holdings Limited, one of the "
            "Company's principal shareholders, and an entity affiliated with one of "
            "the Company's directors are expected to purchase up to US$50.0 million "
            "and up to US$30.0 million, respectively, principal amount of the Notes "
            "in the offering on the same terms as other investors.",
            "related-party",
            None,
        ),
        # shares without a class, a class only in the price's unit; the
        # depositary shares after "cash"
        (
            "Each Debenture was convertible into shares of the Company at a "
            "conversion price of $3.03 per common share.",
            "share-class",
            None,
        ),
        (
            "The notes will be convertible into cash, American depositary shares "
            '("ADSs") representing Suntech\'s ordinary shares, or a combination '
            "of cash and ADSs.",
            "share-class",
            '"American Depositary Shares"',
        ),
        # "mil" is a million
        (
            "The company issued convertible notes of US$850 mil in principal amount.",
            "principal",
            "850000000.00 USD",
        ),
        # an amount converted with "an aggregate of" is no principal
        (
            "On June 6, 2018, certain holders converted an aggregate of $295,000 of "
            "their convertible notes into 236,000 shares of common stock.",
            "principal",
            None,
        ),
        # the first payment's frequency, then the note's own
        (
            "The debentures bear interest at 8.0% per annum, payable annually in "
            "arrears on December 30, 2018 and thereafter semi-annually on the last "
            "day of June and December in each year.",
            "interest-payment",
            '"semiannually"',
        ),
        # the price of a debenture unit is no conversion price (guard: a price
        # "per Debenture Share" is one)
        (
            "Supreme Pharmaceuticals Inc. (TSXV:FIRE) announced that it entered "
            "into an agreement with Canaccord Genuity Corp. (TSX:CF), as lead "
            "underwriter, in which the underwriters have agreed to purchase, on a "
            "bought deal, private placement basis, $30,000,000 CAD aggregate "
            "principal amount of convertible debenture units at a price of $1,000 "
            "per convertible debenture unit.",
            "conversion-price",
            None,
        ),
        (
            "The Debentures are convertible at a conversion rate of 140.8451 per "
            "Debenture Share per $1,000 principal amount of Debentures, which is "
            "equal to a conversion price of $7.10 per Debenture Share.",
            "conversion-price",
            "7.10 USD",
        ),
        # "some" is a rough amount; a note issued "to raise" an amount
        (
            "Syrah will raise some A$111.6-million though a convertible note and "
            "an entitlement offer.",
            "principal",
            None,
        ),
        (
            "Syrah agreed with AustralianSuper to issue a five-year unsecured "
            "convertible note in order to raise an initial A$55.8-million.",
            "principal",
            "55800000.00 AUD",
        ),
        # a yield is no coupon
        (
            "The firm will issue convertible bonds at a conversion price of 11,936 "
            "won and maturity interest rate of 2 percent.",
            "rate",
            None,
        ),
        # a financing that triggers a term is no price paid
        (
            "The loan of $350,000 may be converted at the date the Company raises "
            "gross proceeds of $5,000,000 through private placements.",
            "purchase-price",
            None,
        ),
        # a price for a note and shares together
        (
            "For an aggregate purchase price of $400,000, the Buyer purchased (a) "
            "a Convertible Promissory Note in the principal amount of $200,000 and "
            "(b) 350,000 restricted shares of the Company's common stock.",
            "purchase-price",
            None,
        ),
        # a minority is no related party; an office's address is no officer
        (
            "The Debentures of $1,201,000 are held by third parties and by "
            "non-controlling shareholders.",
            "related-party",
            None,
        ),
        (
            'PERIPHERAL CONNECTIONS, INC. (the "Corporation"), having its chief '
            "executive office at 100 Main Street, promises to pay to the order of "
            'M.I. MANEK INC. (the "Lender") the principal amount of $200,000.00.',
            "related-party",
            None,
        ),
        # a closing to come is no issue date
        (
            "The Company agreed to issue $200.0 million of 1.50% notes due 2029. "
            "The exchange and issuances are expected to close on or about November "
            '21, 2024 (the "Closing Date").',
            "date",
            None,
        ),
        # one of two rates, by tenor
        (
            "The convertible notes of $50M will mature in 12 months or 15 months, "
            "bearing interest at the rates of 10% or 11% p.a.",
            "rate",
            None,
        ),
        # a yearly fee and its total over a term are no issue costs
        (
            "The Company issued a convertible loan note of \u00a31,500,000 with a "
            "commitment fee equal to \u00a3100,000 per annum, being a total "
            "commitment fee of \u00a3300,000 for the full term of the facility.",
            "issue-costs",
            None,
        ),
        # the Korean press: won, "bln", "pct"; bonds "worth" an amount
        (
            "HYUNDAI IBT to issue fifth convertible bonds worth 3 bln won. Annual "
            "coupon of 1.0 pct; conversion at 6,245 won per share.",
            "principal",
            "3000000000.00 KRW",
        ),
        (
            "HYUNDAI IBT to issue fifth convertible bonds worth 3 bln won. Annual "
            "coupon of 1.0 pct; conversion at 6,245 won per share.",
            "rate",
            "0.01",
        ),
        # interest at a rate payable on the day the note calls its maturity
        (
            "Axcess promises to pay the principal amount of $150,000.00, plus "
            "simple interest at the rate of Five percent (5.00%) per annum "
            '(365-day year basis) payable on December 31, 2007 (the "Maturity '
            'Date").',
            "interest-payment",
            '"maturity"',
        ),
        # "twice yearly"; "on the last day of" four months
        (
            "Interest on the principal amount outstanding shall be payable twice "
            "yearly on the 31st day of January and the 31st day of July in each "
            "and every year.",
            "interest-payment",
            '"semiannually"',
        ),
        (
            "This series of convertible debentures bear interest at 2% quarterly "
            "payable on the last day of March, June, September, and December.",
            "interest-payment",
            '"quarterly"',
        ),
        # a price in words, its digits, then its unit; a price "of debt to 1
        # share"
        (
            "The Lender may convert the outstanding principal balance of this "
            "Debenture into Class A Common Shares at a conversion price equal to "
            "ten ($0.10) cents per share.",
            "conversion-price",
            "0.10 USD",
        ),
        (
            "Any portion of the note may be converted into common stock at the "
            "discretion of the holder on the basis of $0.055 of debt to 1 share.",
            "conversion-price",
            "0.055 USD",
        ),
        # a price after a default is no conversion price
        (
            "The debentures can be converted by the holder into common units of "
            "the company at a conversion price of CAD$0.44 per Unit. In the event "
            "of a default, the Conversion Price shall be reduced to CAD$0.05 per "
            "Unit.",
            "conversion-price",
            "0.44 CAD",
        ),
        # the British and Hong Kong par: "shares of 1.5p each"
        (
            "BGF Investments LP has exercised its right to convert \u00a31,000,000 "
            "of its \u00a32,500,000 Loan Note Instrument into new ordinary shares "
            "of 1.5p each in the Company.",
            "par-value",
            "0.015 GBP",
        ),
        # the holder converting part of its note, and the note's face
        (
            "BGF Investments LP has exercised its right to convert \u00a31,000,000 "
            "of its \u00a32,500,000 Loan Note Instrument into new ordinary shares "
            "of 1.5p each in the Company.",
            "holder",
            '"BGF Investments LP"',
        ),
        (
            "BGF Investments LP has exercised its right to convert \u00a31,000,000 "
            "of its \u00a32,500,000 Loan Note Instrument into new ordinary shares "
            "of 1.5p each in the Company.",
            "principal",
            "2500000.00 GBP",
        ),
        # the notes issued under an indenture of that day
        (
            "The Notes were issued pursuant to an Indenture, dated June 12, 2020 "
            '(the "Indenture"), between the Company and Wilmington Trust, as '
            "trustee.",
            "date",
            "2020-06-12",
        ),
        # a maker's payment "on the earlier of"
        (
            "An amount equal to two hundred percent (200%) of the outstanding "
            "principal balance of this Note shall be payable by the Maker on the "
            "earlier of: (i) September 30, 2023 or (ii) the date on which Maker "
            "consummates an initial business combination.",
            "maturity",
            "2023-09-30",
        ),
        # a closing "of the sale of the Debenture"
        (
            "The closing of the sale of the Debenture occurred on August 3, 2020.",
            "date",
            "2020-08-03",
        ),
        # a price per debenture, a denomination and each note's face are no
        # principal
        (
            "Harvest has closed the first tranche of its 7% unsecured convertible "
            "debentures, at a price of US$1,000 per Convertible Debenture (the "
            "\u201cIssue Price\u201d).",
            "principal",
            None,
        ),
        (
            "A holder of Convertible Notes may convert notes, at its option, in "
            "integral multiples of US$100,000 principal amount at any time prior to "
            "the maturity date.",
            "principal",
            None,
        ),
        (
            "The notes have a face value of AUD 0.25, will be issued at par, and "
            "has a fixed conversion price of AUD 0.25.",
            "principal",
            None,
        ),
        # a term sheet: the amount offered, not the share's last price; the
        # issuer's estimated expenses are no issue costs (guard)
        (
            "Last reported sale price of RMBS common stock: $14.85 (June 23, 2009)\n"
            "5% Convertible Senior Notes due 2014\n"
            "Aggregate principal amount offered: $150 million",
            "principal",
            "150000000.00 USD",
        ),
        (
            "Aggregate principal amount offered: $150 million\n"
            "Issue price: 100% of the principal amount of the notes\n"
            "Underwriting discount and commissions: 2.50% per note/ $3.75 million "
            "total\n"
            "Estimated offering expenses: $5,000,000",
            "issue-costs",
            None,
        ),
        # two lenders in one sentence
        (
            "The directors negotiated the renewal of the \u00a31.0 million loan from "
            'Burnbrae Limited ("Burnbrae Loan"), and the renewal of the \u00a31.25 '
            'million convertible loan note from Jim Mellon ("Mellon Loan").',
            "holder",
            None,
        ),
        # a yearless day nearest the publication, a few days after it
        (
            "Published on 7/27/2022 in the Prospect News Convertibles Daily.\n"
            "Voltalia SA priced a \u20ac50 million add-on to its 1% green bonds.\n"
            "Settlement date:July 29",
            "date",
            "2022-07-29",
        ),
        # "AU$"; a conversion "share price"
        (
            "It announced that it has successfully priced its AU$250 million "
            "convertible notes due in 2026.",
            "principal",
            "250000000.00 AUD",
        ),
        (
            "These notes will be convertible into normal Webjet shares with an "
            "initial conversion share price of A$6.35.",
            "conversion-price",
            "6.35 AUD",
        ),
        # a denomination in the singular
        (
            "Umicore announces the placement of convertible bonds for an aggregate "
            "principal amount of \u20ac500 million. The Bonds will have a "
            "denomination of \u20ac100,000 in principal amount and integral "
            "multiples thereof.",
            "principal",
            "500000000.00 EUR",
        ),
        # a note financing's amount; a price far after "convertible"
        (
            "On July 3, 2015, we completed a $3 million Bridge Note financing with "
            "OJSC Pharmsynthez.",
            "principal",
            "3000000.00 USD",
        ),
        (
            "The Note, dated July 1, 2015, is convertible, in whole or in part, into "
            "shares of our common stock at the option of Pharmsynthez at a price of "
            "$0.15.",
            "conversion-price",
            "0.15 USD",
        ),
        # (guard: a price per unit of debentures named by letters)
        (
            "Eguana closed its offering by issuing 1,215 unsecured convertible "
            'debenture units (each, a "CD Unit") at a price of $1,000 per CD Unit '
            "for gross proceeds of $1.215 Million.",
            "conversion-price",
            None,
        ),
        # a warrant's exercise term is no maturity
        (
            "On October 2, 2019, the Company issued a promissory note for "
            "$410,000. The warrants are fully vested as of the date on the note "
            "with an exercise term of three (3) years.",
            "maturity",
            None,
        ),
        # a commitment fee the holder earns is no issue cost
        (
            "The Company sold (i) a promissory note in the principal amount of "
            "$600,000; and (ii) a guaranteed commitment fee in the amount of "
            "$150,000 for six months to be paid in stock or cash.",
            "issue-costs",
            None,
        ),
        # one of two parties; the issuer named by its shares
        (
            "HATTEN Land said it has entered into a convertible loan agreement with "
            "Haitong International Financial Products (Singapore) and Tan June Teng "
            "Colin, under which Haitong has agreed to extend a convertible loan of "
            "US$20 million.",
            "holder",
            None,
        ),
        (
            'Resource Capital Fund V L.P. ("RCF") entered into an amendment to its '
            'US$15 million convertible loan facility (the "Convertible Loan") with '
            'Noront Resources Ltd. ("Noront"). RCF could acquire approximately 99 '
            "million Common Shares, representing approximately 24% of Noront's "
            "outstanding Common Shares.",
            "holder",
            None,
        ),
        # each holder's part, named in brackets
        (
            "Principal Amount: GBP500,000 (Tenstar Trading Limited)\n"
            "AUD1,250,000 (DGR Global Limited)",
            "principal",
            None,
        ),
        # Canada NewsWire's dateline asks which dollar
        (
            "MONTREAL, Nov. 4 /CNW Telbec/ - Sentient Executive GP III Limited "
            "announces that it has acquired control over 2,128,750 units of "
            "Norsemont Mining Inc.\nThe December 2008 Note matures on December 19, "
            "2011 and the principal amount thereof as well as accrued interest are "
            "convertible into fully paid and non-assessable Common Shares at a "
            "conversion price of $1.70 per Common Share.",
            "conversion-price",
            None,
        ),
        # one holder's part of an issue, and a part broken down
        (
            "C$2,000,000 of the convertible debentures was acquired by Pine "
            "Holdings Ltd., a company controlled by a director.",
            "principal",
            None,
        ),
        (
            "Of the $90,000 Convertible Debentures, $30,000 is owed to a Director "
            "of the Company.",
            "principal",
            None,
        ),
        # interest at the end of each period of months
        (
            "Interest on this Note shall be payable in arrears on the last day of "
            "each three-month period.",
            "interest-payment",
            '"quarterly"',
        ),
        # an accounting rate, however far from its words
        (
            "The effective interest rate on the convertible notes is approximately "
            "9.15% per annum.",
            "rate",
            None,
        ),
        # a repayment date; a term that ends on a date
        ("The repayment date of the Loan is 30 June 2016.", "maturity", "2016-06-30"),
        (
            "The Debentures will have a 3 year term ending March 31, 2026.",
            "maturity",
            "2026-03-31",
        ),
        # "per cent." then the notes' rank
        (
            "The Company has issued £200,000 12 per cent. secured loan notes.",
            "rate",
            "0.12",
        ),
        # a price as the principal one share takes
        (
            "Each holder may convert its Note into shares of the Company's common "
            "stock at a ratio of one share of common stock for each $1.50 of "
            "principal amount of the Note.",
            "conversion-price",
            "1.50 USD",
        ),
        (
            "Each $2.40 of the principal amount will be convertible into one common "
            "share of the Company.",
            "conversion-price",
            "2.40 USD",
        ),
        # the holder named as the investor, an offering's, the notes' holder
        (
            "The Company sold a $500,000 convertible note. Nexus Growth LLC is the "
            "investor.",
            "holder",
            '"Nexus Growth LLC"',
        ),
        (
            "The Company closed the $10.0-million unsecured convertible note "
            "offering to Harbour Credit Fund LP.",
            "holder",
            '"Harbour Credit Fund LP"',
        ),
        (
            "The Company extended the maturity of the $1,000,000 principal amount "
            'of secured convertible debentures ("Debentures") held by Cedar '
            "Capital Advisors Inc.",
            "holder",
            '"Cedar Capital Advisors Inc."',
        ),
        # a subsidiary named after its owner's possessive
        (
            "Pursuant to a subscription agreement with Crest Mining Limited's "
            '("Crest") Chilean subsidiary Crest Mining Chile S.A. ("Crest Chile"), '
            "the Company issued a convertible debenture in the principal amount of "
            "$1,000,000.",
            "holder",
            '"Crest Mining Chile S.A."',
        ),
        # units counted: no class of shares
        (
            "The convertible debenture is convertible into 2,000,000 Units at a "
            "conversion price of $0.50 per Unit. Each Unit consists of one common "
            "share and one warrant. Terms of the Debenture also limit conversion "
            "to 19.9% of the Company's common shares outstanding.",
            "share-class",
            None,
        ),
        # a table's heading then the next row's issue date
        (
            "5. Convertible Debentures\n"
            "Date of issuance | Principal June 30, 2017 | Principal March 31, 2017 "
            "| Interest | Maturity\n"
            "March 1, 2016(1) | $ - | $ 50,000 | 8% per annum | March 1, 2017\n"
            "April 4, 2016(2) | $ 60,000 | $ 60,000 | 10% per annum | April 4, 2017",
            "maturity",
            None,
        ),
        # a maturity defined after an acceleration clause, or "hereinafter"
        (
            "CONVERTIBLE PROMISSORY NOTE\n$300,000\nDated May 5, 2006\n"
            "Unless converted earlier as provided herein, the entire principal "
            "amount of this Note and all accrued and unpaid interest shall be "
            "payable in full on May 5, 2007 or earlier if accelerated in accordance "
            "with Section 1(b) of this Note (the \u201cMaturity Date\u201d).",
            "maturity",
            "2007-05-05",
        ),
        (
            "The loan will be available for 12 months, i.e., from May 1, 2015 to "
            "May 1, 2016 (hereinafter: the \u201cRepayment Date\u201d).",
            "maturity",
            "2016-05-01",
        ),
        # net proceeds after costs (a guard: costs "were" name a fee elsewhere)
        (
            "The net proceeds to the Company after the initial purchaser discount "
            "and issuance costs were approximately $96,500.",
            "issue-costs",
            None,
        ),
        # a release announcing the closing as done: its date
        (
            "TORONTO, March 5, 2020 (GLOBE NEWSWIRE) -- Acme Capital Corp. is "
            "pleased to announce that it has closed its previously announced public "
            "offering of $20,000,000 aggregate principal amount of 6.00% convertible "
            "unsecured debentures.",
            "date",
            "2020-03-05",
        ),
        # the country before the dollar sign, and a table's label cell
        (
            "PROMISSORY NOTE\nPrincipal Amount: U.S. $3,900,000.00 Effective Date: "
            "November 01, 2023\nSubject to the terms hereof, the Company promises "
            "to pay.",
            "principal",
            "3900000.00 USD",
        ),
        (
            "Subscriber: | Delta SARL\nLoan Amount: | US$ 1,100,000\nShort Term "
            "Note Term: | The term of the loan will be six months.",
            "principal",
            "1100000.00 USD",
        ),
        # "MM" for million
        (
            "The Company issued a $2.5MM convertible note to Acme Fund LLC.",
            "principal",
            "2500000.00 USD",
        ),
        # the US dollar named only as "USD $" on one amount, beside bare ones in
        # a Canadian placement's words: which dollar
        (
            "Hemo has closed its $2,500,000 convertible debenture financing for "
            "debenture units priced at $1,000 per unit. USD $1.5MM will be "
            "invested in a demand loan to a US company.",
            "principal",
            None,
        ),
        # the price defined as issued, then amended and converted at: a person
        # decides
        (
            "The Debentures were originally convertible into common shares of the "
            "Company at $1.20 per share (\u201cthe Conversion Price\u201d). The "
            "Conversion Price was later amended to $1.00 per share. During the "
            "year, the Company issued an aggregate of 6,162 shares of common stock "
            "based on a conversion price of $1.00 per share pursuant to the "
            "conversion of $6,162 in outstanding principal.",
            "conversion-price",
            None,
        ),
        # a maturity beside the extended one it may become
        (
            "The Convertible Notes bear no interest with a maturity date due in "
            "December 31, 2019 (with an extended maturity date on June 30, 2020 in "
            "the circumstances this Registration Statement is not yet effective).",
            "maturity",
            None,
        ),
        # the company named by its shareholder
        (
            "The lender, ILC (Tlou's largest shareholder), supports the Company. An "
            "entity related to ILC has entered into an unsecured loan agreement "
            "(the 'New Loan') with Tlou for a new A$1 million unsecured loan to the "
            "Company.",
            "holder",
            None,
        ),
        # a heading's amount the text calls a limit
        (
            "£1.5m Convertible Loan Note Agreement\n"
            "The Company has entered into a convertible loan note facility with "
            'Pantheon Office Limited (the "Lender") to raise up to £1.5 million. '
            "The Company will draw down £1 million immediately.",
            "principal",
            None,
        ),
        # a note that expires a term after its issue
        (
            "On February 26, 2018, the Company issued a secured convertible "
            "promissory note for gross proceeds of $500,000. The note bears "
            "interest at a rate of 15% per annum and expires one year from "
            "issuance.",
            "maturity",
            "2019-02-26",
        ),
        # due for redemption
        (
            "A convertible loan note was entered into on 27 January 2023 with Blue "
            "Gold International Limited in the nominal amount of £2,400,000 which "
            "is due for redemption on 30 November 2024.",
            "maturity",
            "2024-11-30",
        ),
        # the total after an addition
        (
            "Immediately after giving effect to the issuance of the Additional "
            "Notes, the Company has $362,500,000 aggregate principal amount of its "
            "0.50% Convertible Senior Notes due 2024 outstanding.",
            "principal",
            None,
        ),
        # a full stop for the comma in a date
        (
            "The holders of its $1 billion of 6.5% convertible senior notes due "
            "Nov. 15. 2016 may convert their notes.",
            "maturity",
            "2016-11-15",
        ),
        # a class defined by a short name
        (
            "The initial conversion rate will be 120.3695 shares of Zynga's Class "
            "A common stock (\u201ccommon stock\u201d) per $1,000 principal amount of "
            "notes. The notes will be convertible into cash, shares of Zynga's "
            "common stock or a combination of cash and shares of Zynga's common "
            "stock, at Zynga's election.",
            "share-class",
            '"Class A Common"',
        ),
        # units, however counted, are no class of shares (units of common stock
        # are its shares: a guard)
        (
            "The Sponsor may elect to convert the principal amount of the Note into "
            "that number of units (the \u201cConversion Units\u201d) equal to the "
            "principal divided by $10.00, as adjusted for any split of the Common "
            "Stock.",
            "share-class",
            None,
        ),
        (
            "Offering: $1,173,000 principal amount of convertible debentures, "
            "convertible into common share units of the company (Each unit "
            "consists of one common share of the company and one share purchase "
            "warrant.)",
            "share-class",
            None,
        ),
        (
            "The holder may convert the principal amount of the Note into units of "
            "common stock of the Company at $0.50 per share.",
            "share-class",
            '"Common"',
        ),
        # a 365-day year, 366 in a leap year
        (
            "The Debentures will bear interest at a rate of 7.5% per annum "
            "(calculated on the basis of a 365-day year; 366 days in a leap year).",
            "day-count",
            '"ACT/ACT"',
        ),
        # a term's start, defined as the maturity with the term
        (
            "This Note is due eighteen (18) months from May 10, 2013 (the "
            "\u201cMaturity Date\u201d).",
            "maturity",
            "2014-11-10",
        ),
        # a rate only if the note is not repaid
        (
            "Interest shall not accrue during the Drawdown Period. Interest, "
            "calculated at 20% per annum, shall accrue monthly only if the "
            "Commitment is not repaid by the Maturity Date.",
            "rate",
            None,
        ),
        # a year's issues together
        (
            "During the year ended December 31, 2016, the Corporation issued "
            "$973,611 of its convertible promissory notes for cash.",
            "principal",
            None,
        ),
        # an amount the loan was changed to later
        (
            "Effective August 31, 2016, the Company increased the amount of the "
            "unsecured loan to $197,358.",
            "principal",
            None,
        ),
        # a year of 365 days, or 366 in a leap year
        (
            "Interest is computed on the basis of a year of 365 days, or 366 days in "
            "the case of a leap year.",
            "day-count",
            '"ACT/ACT"',
        ),
        # each note's face
        (
            "650,000 convertible notes have been provided to the company with a face "
            "value of $1.00 each.",
            "principal",
            None,
        ),
        # the buyer of notes under a transfer agreement holds no note yet
        (
            "A.B. Aterra Resources Ltd. has entered into a note transfer agreement "
            "with Inflection Management Corp. Ltd., pursuant to which Aterra has "
            "agreed to sell Inflection $1,164,662.67 principal amount of convertible "
            "promissory notes issued by Silver Bear Resources Inc.",
            "holder",
            None,
        ),
        # the company's own subsidiary is no holder
        (
            'On May 8, 2020, Acme Corporation (the "Company"), through its wholly '
            'owned subsidiary Ranor, Inc. ("Ranor"), issued a promissory note (the '
            '"Note") evidencing an unsecured loan in the amount of $1,317,100 made '
            "to Ranor under the Paycheck Protection Program.",
            "holder",
            None,
        ),
        # notes issued one by one, in sentences of their own
        (
            "In November 2022, the Company issued a convertible promissory note in "
            "the principal of $135,000 to the Company's CEO. In February 2024, the "
            "Company issued a convertible promissory note in the amount of $187,852 "
            "to 10 N Newnan, LLC, a company owned by the CEO.",
            "principal",
            None,
        ),
        # "to the order of the" a firm
        (
            "Axcess International, Inc. hereby promises to pay to the order of the "
            'Amphion Innovations plc ("Amphion") the principal amount of $150,000.',
            "holder",
            '"Amphion Innovations plc"',
        ),
    ],
)
def test_role_of_a_value(sentence: str, key: str, value: str | None) -> None:
    field = draft_note(sentence).fields[key]
    assert field.value == value, field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Identical notes to several holders: each one's principal and price are the
        # note's; the total is not.
        (
            "On June 27, 2024, the Company entered into an SPA with two "
            'institutional investors (the "Investors"). Each Investor provided '
            "financing of $360,000 to the Company (net of a 10% original issuance "
            "discount) for an aggregate gross proceeds in the amount of $720,000. "
            "On June 27, 2024, the Company issued and sold to each Investor a 10% "
            "Original Issue Discount Convertible Promissory Note in the aggregate "
            "principal amount of $400,000.",
            {
                "principal": "400000.00 USD",
                "purchase-price": "360000.00 USD",
                "holder": None,
            },
        ),
        # Notes sold to several holders at once are one issue: its principal is their
        # total; an earlier closing and the offering's size are not this issue's.
        (
            "On September 16, 2024, the Company entered into a Note Purchase "
            'Agreement with certain accredited investors ("Lenders") pursuant to '
            "which the Company issued the Lenders convertible promissory notes with "
            "an aggregate principal balance of $500,000. The Notes Documents provide "
            "for subsequent closings for an aggregate offering size of $3.0 million "
            "in principal balance. The Company previously issued $350,000 of the "
            "Notes.",
            {"principal": "500000.00 USD", "holder": None},
        ),
        # Several holders at several times, each one's amount beside their total, or
        # an amount given roughly: a person decides.
        (
            "In February 2019, we sold a series of convertible promissory notes to "
            "management and accredited investors. The sale of the notes resulted in "
            "gross proceeds to the Company of $1,300,000 over two closings. The 2019 "
            "Notes bear interest at a rate of 5% per annum.",
            {"principal": None, "purchase-price": None, "rate": "0.05"},
        ),
        (
            "During October 2009, the Company issued to each of four individuals "
            "$50,000 principal amount of subordinated convertible promissory notes "
            '(the "October 2009 Notes") aggregating $200,000.',
            {"principal": None},
        ),
        (
            "On October 19, 2022, the Company issued its 2022 Notes to the "
            "Purchaser with a principal balance of approximately $5.4 million.",
            {"principal": None, "date": "2022-10-19"},
        ),
        # One of several notes' amounts; a price per $1,000 of principal; expenses
        # named after the proceeds they come out of are not a fee.
        (
            "On March 1, 2016 and March 3, 2016, the Company closed on a private "
            "placement and received $612,500 by issuing $660,000 and $13,750 "
            "unsecured convertible notes to two investors.",
            {"principal": None},
        ),
        (
            "On August 6, 2015, the Company is selling to the Purchaser $600,000 "
            "principal amount of Senior Convertible Notes. The Notes carry an original "
            "issue discount of 15% so that the gross amount of proceeds to the Company "
            "(before expenses) is $510,000. The Company has accepted for purchase all "
            "of the 2006 Notes for a purchase price of $1,000 in cash per $1,000 "
            "principal amount.",
            {"principal": "600000.00 USD", "issue-costs": None},
        ),
        # A note's face with its date above the title and each definition on a line of
        # its own.
        (
            "NLS-1 Pharma AG\n\n18 January 2019\n\nConvertible Promissory Note\n\n"
            "Subject to the terms and conditions of this convertible promissory note "
            "(the \u201cNote\u201d),\n\nMagnetic Rock Investment AG, a Swiss stock "
            "corporation with its registered office at Weinbergstrasse 72, CH-8703 "
            "Erlenbach, Switzerland\n\n(the \u201cLender\u201d),\n\nhereby undertakes "
            "to grant to\n\nNLS-1 Pharma AG\n\n(the \u201cBorrower\u201d),\n\nthe "
            "principal sum of\n\nCHF 550,000.00\n\n(the \u201cPrincipal "
            "Amount\u201d),\n\ntogether with interest at 10.0% p.a. thereon.\n",
            {
                "date": "2019-01-18",
                "holder": '"Magnetic Rock Investment AG"',
                "principal": "550000.00 CHF",
            },
        ),
        # The loan redeemed is not the note; "at an issue price of S$2.81 per Ordinary
        # Shares" is the conversion price, not the price paid; "no interest paid for the
        # year" is no zero rate.
        (
            "There is no repayment and no interest paid for the financial year "
            "ended December 31, 2023. The Agreement give rise to Ryde Tech to "
            "redeem the convertible loan of S$1.95 million on the listing date. "
            "The convertible loan of S$3.25 million will give rise to the third "
            "parties' rights to the conversion into Class A Ordinary Shares of the "
            "Company, at an issue price of S$2.81 per Ordinary Shares.",
            {
                "principal": "3250000.00 SGD",
                "conversion-price": "2.81 SGD",
                "purchase-price": None,
                "rate": None,
            },
        ),
        # An amendment dates the note it amends, defines its holder in a longer
        # parenthesis, and states the conversion rate in shares of a class.
        (
            "This Amendment No. 2 to Convertible Promissory Note (the "
            "\u201cAmendment\u201d) is made as of October 30, 2017 by and between "
            "Sequans Communications S.A. (the \u201cCompany\u201d) and Manatuck "
            "Hill Scout Fund, LP, a Delaware limited partnership (the "
            "\u201cPurchaser\u201d and together with the Company, the "
            "\u201cParties\u201d) and is made with reference to the Convertible "
            "Promissory Note issued as of May 5, 2016 (the \u201cNote\u201d), under "
            "that certain Convertible Note Agreement, dated as of April 27, 2016, "
            "between the Company and the several purchasers party thereto, "
            "including the Purchaser. The initial Conversion Rate shall be "
            "444.4444 Ordinary Shares per US$1,000 Accreted Principal Amount.",
            {
                "date": "2016-05-05",
                "holder": '"Manatuck Hill Scout Fund, LP"',
                "share-class": '"Ordinary"',
            },
        ),
        (
            "Northwest Biotherapeutics, Inc. announced today that, on April 27, "
            "2007, it received a $100,000 loan from Toucan Partners, L.L.C. The "
            "loan was made pursuant to a convertible promissory note which accrues "
            "interest at 10% per year and matures on June 30, 2007.",
            {
                "date": "2007-04-27",
                "principal": "100000.00 USD",
            },
        ),
        # Other notes first, then a "Convertible Note" heading: its section is the note.
        (
            "NOTE 6 \u2013 NOTES PAYABLE\n\nThe Company has a 30-year unsecured note "
            "payable with the U.S. Small Business Administration at 3.75% per annum, "
            "due each year through the maturity date of July 1, 2050.\n\n"
            "Convertible Note\n\nOn July 10, 2024, the Company closed a private "
            "placement offering consisting of a 6% convertible debenture with a "
            "principal amount of $1,100,000.\n",
            {
                "rate": "0.06",
                "maturity": None,
            },
        ),
        # A demand note under its heading, then a convertible note under its own: the
        # second is the note; the holder's full name is defined in the first section; a
        # demand note's ten days are no term.
        (
            "Promissory Note\nOn December 11, 2011, Jonway entered into a Promissory "
            "Note with Jonway Group Co. Ltd. (\u201cJonway Group\u201d) pursuant to "
            "which Jonway borrowed $3,000,000 to be repaid on demand, at 8% per "
            "annum. All unpaid principal and interest are due and payable within "
            "ten (10) calendar days following demand by Jonway Group.\n"
            "Down Payment Convertible Note\nOn December 11, 2011, ZAP entered into a "
            "Down Payment Convertible Note with Jonway Group pursuant to which ZAP "
            "borrowed $3,000,000. The unpaid principal amount of the note bears "
            "interest at a rate per annum equal to 8%. ZAP will repay the unpaid "
            "principal, together with any then unpaid and accrued interest, on or "
            "before December 31, 2012.\n",
            {
                "holder": '"Jonway Group Co. Ltd."',
                "maturity": "2012-12-31",
                "interest-payment": '"maturity"',
            },
        ),
        # A conversion price labelled with a long parenthesis, a principal in words
        # without "dollars", "lawful currency of Canada", a holder in capitals with a
        # residence.
        (
            "Issue Date: September 25, 2017\n"
            "Conversion Price (subject to adjustment as contemplated herein): $0.40 "
            "per Conversion Share\nUNSECURED CONVERTIBLE DEBENTURE\n"
            'FOR VALUE RECEIVED, GREENPOWER MOTOR COMPANY INC. (the "Company") '
            "promises to pay to MALCOLM CLAY, of ***, or its registered assigns (the "
            '"Holder"), the principal sum of ONE HUNDRED AND FIFTY THOUSAND '
            '($150,000) in lawful currency of Canada (the "Principal Amount") on or '
            "before the date that is four (4) years after the Issue Date (the "
            '"Maturity Date").\n',
            {
                "holder": '"MALCOLM CLAY"',
                "principal": "150000.00 CAD",
                "conversion-price": "0.40 CAD",
                "maturity": "2021-09-25",
            },
        ),
        # "X purchased from the Company a note" on a date; another agreement's date is
        # no issue date; "less than $3.00" in a condition is no floor.
        (
            "On October 1, 2021, FirstFire Global Opportunities Fund, LLC purchased "
            'from Digital Brands Group, Inc. (the "Company") a senior secured '
            'convertible note (the "Note") - the Note was issued further an Amended '
            "and Restated Securities Purchase Agreement, which amended the "
            "Securities Purchase Agreement between Company and Oasis Capital dated "
            "August 27, 2021. The Note is due and payable 18 months from the date of "
            "issuance. The Note is convertible at 90% of the average of the two "
            "lowest VWAPs during the five consecutive trading day period preceding "
            "the notice of conversion. If the Conversion Price set forth in any "
            "conversion notice is less than $3.00 per share, the Company may elect "
            "to pay the conversion amount in cash.",
            {
                "date": "2021-10-01",
                "maturity": "2023-04-01",
                "conversion-price-floor": None,
            },
        ),
        (
            "On February 2, 2012 Sionix received funding for a 9.875% Convertible "
            "Promissory Note issued as of January 19, 2012 in the principal amount "
            "of $65,000 maturing on January 19, 2013.",
            {"date": "2012-01-19", "principal": "65000.00 USD", "rate": "0.09875"},
        ),
        (
            "The deal is expected to consist of 22,000 units at C$1,000 apiece.\n\n"
            "Issuer:ConjuChem Biotechnologies Inc.\n"
            "Issue:Units of C$1,000 principal amount of convertible debentures and "
            "warrants\nAmount:C$22 million\nSettlement is expected on Dec. 13.",
            {"principal": "22000000.00 CAD", "date": None},
        ),
        (
            "Mynaric raised new debt totaling EUR 7.5 million via convertible bond "
            "and loan. The convertible bond has a term until December 31, 2020.",
            {"principal": None},
        ),
        (
            "On July 7, 2020 Pala syndicated an aggregate principal amount of "
            "US$13,400,000 of the Convertible Loan to Castlelake. Pala received cash "
            "consideration in the amount of US$12,472,600 (equivalent to "
            "C$16,891,642) from Castlelake in connection with the Transaction.",
            {"principal": None, "purchase-price": None},
        ),
        (
            "The Company recently eliminated over $2.3 million of secured convertible "
            "notes pursuant to an agreement by which the notes were converted into "
            "942,432 shares of common stock. The amendment provides that the senior "
            "secured note will be convertible into shares of common stock at $2.00 "
            "per share, and eliminates its obligation to pay down the current "
            "principal amount of $6.5 million by December 31, 2019. The Company "
            "received $2.5 million in 5.00% unsecured convertible notes (the "
            "\u201cCalm Note\u201d) due May 31, 2022. The Calm Note will be "
            "convertible at Calm\u2019s option into shares of Series E Preferred "
            "Stock at a conversion price equal to $3.10 per share.",
            {"principal": "2500000.00 USD", "share-class": None},
        ),
        (
            "ASX RELEASE 25 September 2015. Following announcement on 15 September "
            "2015 of entry into a convertible note agreement with Albion Capital "
            "Partners, the Company has drawn down a $500,000 first advance, and "
            "issued to Albion: 10 convertible notes each with a face value of "
            "$50,000; and 10,000,000 unquoted options with a right to acquire one "
            "ordinary share in the Company at an exercise price of $0.05 per share.",
            {"date": None, "conversion-price": None},
        ),
        (
            "HOLDER: SEAGEL INVESTMENT CORP. (the \u201cCREDITOR\u201d)\n\n"
            "PRINCIPAL AMOUNT: CDN $50,000",
            {"holder": '"SEAGEL INVESTMENT CORP."'},
        ),
        (
            "ObsEva SA has entered into a Senior Secured Convertible Note financing "
            "agreement with JGB (Cayman) Port Ellen Ltd for gross proceeds of "
            "$28,575,000.",
            {"holder": '"JGB (Cayman) Port Ellen Ltd"'},
        ),
        (
            "1. HK$200,000,000 at an annual interest rate of 1.25% (above 6 months "
            "HIBOR), convertible loan.",
            {"rate": None},
        ),
        (
            "THE SECURITIES EVIDENCED BY THIS NOTE HAVE NOT BEEN REGISTERED, AND NO "
            "INTEREST MAY BE SOLD UNLESS REGISTERED. Cardium promises to pay the "
            "principal sum of $500,000.",
            {"rate": None},
        ),
        (
            "The Company borrowed $750,000 from the Authority. Upon maturity, by "
            "acceleration or otherwise, the Company shall pay a loan participation "
            "fee of $101,250, which is accounted for as a loan premium.",
            {"issue-costs": None},
        ),
        (
            "The convertible loan notes are convertible at 0.5 pence per share. The "
            "Conversion Price represents a discount of 60.0 per cent. to the "
            "closing mid-market price of 1.25 pence on 24 October 2013.",
            {"conversion-discount": None},
        ),
        (
            "On October 13, 2021, Greenidge Generation Holdings Inc. completed the "
            "previously announced offering of $55,200,000, in the aggregate, of the "
            "Company\u2019s 8.50% Senior Notes due 2026 (the \u201cNotes\u201d), which "
            "amount includes the exercise by the underwriters of their option to "
            "purchase an additional $5,200,000 aggregate principal amount of Notes. "
            "The Company received net proceeds after discounts and commissions, but "
            "before expenses and payment of the structuring fee, of approximately "
            "$53,268,000.",
            {"principal": "55200000.00 USD", "issue-costs": None},
        ),
        (
            "On June 3, 2019, the Company issued a convertible promissory note to "
            "Auctus Fund, LLC in the principal amount of $112,250. "
            "At the time of the disbursement the Company received $97,250 net cash "
            "proceeds, as there was a deduction from proceeds to the Company of "
            "$2,750 for legal fees related to the issuance of the promissory note "
            "and a deduction of $10,000 as prepaid interest to the lender.",
            {"issue-costs": "2750.00 USD"},
        ),
        (
            "On April 11, 2017, the Company entered into a Securities Purchase "
            "Agreement with Lincoln Park Capital Fund, LLC (\u201cLPC\u201d), pursuant "
            "to which the Company issued to LPC a 12% Senior Secured Original Issue "
            "Discount Convertible Debenture in the principal amount of $1.0 million. "
            "The principal amount of the Debenture is convertible into shares of the "
            "Company\u2019s common stock at LPC\u2019s option.",
            {"holder": '"Lincoln Park Capital Fund, LLC"'},
        ),
        (
            "This Note provides for the proceeds to us of approximately $135,000 and "
            "provides for an original issue discount of $22,217 or 12%, resulting in "
            "a principal obligation of $172,217. Monthly payments on the Note shall "
            "be paid in ten (10) payments each in the amount of $19,288.30. The first "
            "such payment is due April 16, 2023.",
            {"principal": "172217.00 USD", "maturity": None},
        ),
        (
            'For Value Received, Starlab Space LLC ("Borrower") hereby promises to '
            "pay to the order of Helios Holdings XXI a series of Helios Holdings "
            "Master LLC, a Delaware limited liability company with its address at "
            '216 Ashworth Street ("Lender"), the principal sum of $1,000,000.',
            {"holder": '"Helios Holdings XXI a series of Helios Holdings Master LLC"'},
        ),
        (
            "Interest on the unpaid principal balance of the Notes accrues at 9% per "
            "annum which may be converted into shares or payable in arrears on a "
            "semi-annual basis on January 1st and July 1st until the note reaches "
            "maturity. Subject to the conversion of the Notes, any accrued interest "
            "outstanding is payable in full on the maturity date of the Notes.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "During the year ended December 31, 2021, the Company entered into "
            "multiple Convertible Promissory Note agreements with unaffiliated "
            "investors for an aggregate amount of $38,893,733.",
            {"principal": None},
        ),
        (
            "Sproutly Canada has secured a private loan of $1 million from Infusion "
            "Biosciences. The loan is evidenced by a secured convertible debenture "
            "convertible into units of the company at a conversion price of $0.19 "
            "per Unit.",
            {"principal": None, "conversion-price": None},
        ),
        (
            "Tidewater closed its offering of C$100 million aggregate principal "
            "amount of 8.00% convertible unsecured subordinated debentures. They "
            "are convertible at the holder's option into common shares at a "
            "conversion price of $0.78.",
            {"principal": "100000000.00 CAD", "conversion-price": None},
        ),
        (
            "The Debentures were offered pursuant to a prospectus supplement dated "
            "February 12, 2025 to the Company's final short form base shelf "
            "prospectus. The Company issued $100,000,000 aggregate principal amount "
            "of 6.00% convertible debentures.",
            {"date": None},
        ),
        (
            "Leo Motors Inc. (OTCPK:LEOM) announced that it has entered into a "
            "securities purchase agreement for private placement of 2 convertible "
            "debentures at a price of $179,527.50 per debenture, with a total of "
            "$395,000 principal amount for gross proceeds of $359,055 on May 18, "
            "2016. The debentures will be issued at discount of "
            "9.1%, resulting into two tranches of principal amount of $197,500 and "
            "proceeds of $179,527.50, each.",
            {"principal": None, "purchase-price": None},
        ),
        (
            "The Reporting Person had the option to convert the Original Note into "
            "shares of the Issuer's common stock at a conversion price of $5.00 per "
            "share. The Amended Note extends the maturity to January 31, 2025, and "
            "resets the conversion price to the 10 day volume weighted average price "
            "immediately preceding the date of the Amended Note, plus a 25% "
            "conversion premium, or $1.66.",
            {"conversion-price": None},
        ),
        (
            "Singapore Airlines has used $249.9 mil out of the $850 mil raised from "
            "the issue of its convertible bonds. The initial conversion price was "
            "at $5.743 for each new share, over the last closing price of the "
            "shares quoted on the SGX-ST.",
            {"principal": None, "conversion-price": "5.743 SGD"},
        ),
        (
            "Ventripoint will seek approval of TSX Venture Exchange to extend its "
            "placement. The debentures are convertible at a conversion price of "
            "$0.25 per common share.",
            {"conversion-price": None},
        ),
        (
            "Neovasc Inc. (NASDAQ: NVCN) (TSX: NVCN) issued a convertible note with "
            "a principal amount of $13,000,000, convertible at a conversion price "
            "of $1.00 per share.",
            {"principal": "13000000.00 USD", "conversion-price": "1.00 USD"},
        ),
        (
            "Wildflower Marijuana Inc. has received subscriptions for a convertible "
            "debenture financing in the amount of $2.0-million. The debentures are "
            "convertible at a conversion price of 85 cents per unit.",
            {"conversion-price": None},
        ),
        (
            "BioExx Specialty Proteins of Saskatchewan issued convertible "
            "debentures convertible into units at a conversion price of $0.10 per "
            "unit.",
            {"conversion-price": None},
        ),
        (
            "Enthusiast Properties issued convertible debenture units for gross "
            "proceeds of $9,000,000. Each Debenture was convertible at a conversion "
            "price of $3.03 per common share.",
            {"conversion-price": None},
        ),
        (
            "In June 2015, Crede loaned the company $250,000.\nIn April 2015, we "
            "received gross proceeds of $2.0 million for the sale of approximately "
            "$2.12 million principal amount of 12% Original Issue Discount "
            "Convertible Debentures due January 18, 2016.",
            {"principal": None},
        ),
        (
            "Promissory Note #2\nOn March 19, 2012, the Company received $30,000 "
            "cash from the issuance of a convertible promissory note in the amount "
            "of $30,000.\nPromissory Note #5\nOn October 30, 2012, the Company "
            "received funding pursuant to a convertible promissory note in the "
            "amount of $12,000.",
            {"date": None},
        ),
        # (guard: the funding's day competes with the agreement's)
        (
            "On July 19, 2011 the Company received $2,000,000 from the sale of a "
            "convertible debenture in accordance with a convertible debenture "
            "purchase agreement (\u201cAgreement\u201d) executed on July 18, 2011.",
            {"date": None},
        ),
        (
            "VibroPower will issue a $1.5 million convertible bond to Interra. The "
            "conversion shares will be issued at 90% of the weighted average "
            "trading price in the last 30 market days.",
            {"principal": "1500000.00 SGD"},
        ),
        (
            "(a) The Company has borrowed $250,000 against a renewal payment, in "
            "exchange for $200,000 in cash.\n(b) On February 13, 2020, the Company "
            "issued a note in the principal amount of $125,000 (including a 5% "
            "OID).",
            {"principal": "125000.00 USD", "purchase-price": None},
        ),
        # (guard: shares sold for cash are no note's price)
        (
            "Effective December 8, 2017, we issued an unsecured convertible note in "
            "the principal amount of $185,000. We issued 52,500 shares of Series A "
            "Preferred Stock on July 7, 2017 for cash proceeds of $50,000, and "
            "262,500 shares on July 28, 2017 for cash proceeds of $250,000.",
            {"principal": "185000.00 USD", "purchase-price": None},
        ),
        (
            "AXCESS INTERNATIONAL, INC.\nConvertible Note\n$150,000\nDecember 17, "
            "2007\nAxcess hereby promises to pay to the order of the Amphion "
            "Innovations plc the principal amount of $150,000.",
            {"date": "2007-12-17"},
        ),
        (
            "Exhibit 4.8\nCONVERTIBLE PROMISSORY NOTE\nUS$1,300,000.00 | 13 April "
            "2011 |\nAll references in this Note to monies are to U.S. Dollars",
            {"date": "2011-04-13"},
        ),
        (
            "On December 27, 2019 the Company restructured its cumulative borrowing "
            "with its senior secured lender, Knight Therapeutics, Inc. "
            "(\u2018Knight\u2019), into a note for the principal amount of "
            "$6,309,823 and a debenture of $3,483,851.\nOn October 11, 2017 the "
            "Company issued a promissory note (\u201cNote\u201d) with an "
            "individual investor in the amount of $750,000.",
            {"principal": "750000.00 USD"},
        ),
        # A first close beside a second: the first close's notes, issued to the
        # investors; the second close's are a later tranche.
        (
            "On March 1, 2019, the Company completed the first close of its private "
            "offering, pursuant to which the Company issued to those investors "
            "$800,000 worth of 10% convertible promissory notes. On April 2, 2019, "
            "the Company completed the second close and issued $150,000 worth of "
            "10% convertible promissory notes.",
            {"principal": "800000.00 USD", "rate": "0.1"},
        ),
        # Loans applied to loan notes, then more notes: the running total.
        (
            "The Company has applied secured loans of £100,000 to the Loan Notes. "
            "In addition the Company has issued a further £25,000 of Loan Notes "
            "taking the total number of Loan Notes outstanding to £125,000.",
            {"principal": "125000.00 GBP"},
        ),
        # A preferred stock's conversion under its own heading is not the note's.
        (
            "SUBSEQUENT EVENTS\n"
            "Amendment to Series B Convertible Preferred Stock\n"
            "On May 2, 2018, the Company amended the conversion price of its "
            "Series B Preferred Stock. As amended, the conversion price is equal to "
            "60% of the lowest closing bid price of our common stock for the ten "
            "consecutive trading day period prior to the conversion date.\n"
            "Offering of Convertible Notes\n"
            "On May 3, 2018, the Company sold and issued $220,000 principal amount "
            "of its 8% Convertible Promissory Notes to an investor in exchange for "
            "$200,000 of gross proceeds.",
            {
                "principal": "220000.00 USD",
                "purchase-price": "200000.00 USD",
                "conversion-discount": None,
                "conversion-lookback": None,
            },
        ),
        # The only notes the text names, which it opens with, later repaid: still
        # the notes it is about; proceeds before expenses are the price.
        (
            "NOTE 7 - JUNE 2023 NOTES\n"
            "On June 1, 2023, the Company issued Senior Notes with an aggregate "
            "principal amount of $1,200,000 due June 1, 2024 (the \u201cJune 2023 "
            "Notes\u201d) for proceeds before expenses of $1,000,000 (issuance costs "
            "were $80,000). The June 2023 Notes were fully repaid on September 1, "
            "2023.",
            {
                "principal": "1200000.00 USD",
                "maturity": "2024-06-01",
                "purchase-price": "1000000.00 USD",
                "issue-costs": "80000.00 USD",
            },
        ),
        # A fund's short name with its number, defined for the full name.
        (
            "The Company announced its term sheet with Harbor Capital Partners II "
            "LP (\u201cHarbor Fund II\u201d) and Harbor Capital Partners III LP "
            "(\u201cHarbor Fund III\u201d), pursuant to which Harbor Fund II and "
            "Harbor Fund III have loaned the Company an aggregate amount of "
            "$1,000,000.\n"
            "On closing, the Company issued a promissory note to Harbor Fund II "
            '(the "Note") for a principal amount of $400,000.',
            {"holder": '"Harbor Capital Partners II LP"'},
        ),
        # A note's face: a due date and the date it is dated.
        (
            "CREDIT LOAN NOTE\n"
            "$2,300,000.00 Due Date: October 31, 2019 Dated: April 30, 2015 FOR "
            'VALUE RECEIVED, the undersigned ("Borrower") promises to pay to the '
            "order of Lakeside Bank the principal sum of $2,300,000.00.",
            {"date": "2015-04-30", "maturity": "2019-10-31"},
        ),
        # Money borrowed in the form of a note, on a date.
        (
            "On March 3, 2012 the Company borrowed $80,000 from an unrelated third "
            "party entity in the form of a convertible note. The note bears "
            "interest at 6% per annum.",
            {"date": "2012-03-03", "principal": "80000.00 USD"},
        ),
        # Two classes at the holder's choice.
        (
            "The Note may be convertible into ordinary shares or American "
            "depositary shares (\u201cADSs\u201d) of the Company at the option of "
            "the Investor.",
            {"share-class": None},
        ),
        # Two notes: one at a fixed price, the other at a market price.
        (
            "On May 2, 2022, the Company issued a promissory note in the amount of "
            "$500,000, convertible into shares of common stock at a conversion "
            "price of $2.10 per share, bearing interest at 8% per annum.\n"
            "On June 9, 2024, the Company issued a promissory note in the amount "
            "of $60,000, convertible into shares of common stock at seventy "
            "percent (70%) of the lowest trading price during the fifteen (15) "
            "consecutive trading days preceding the conversion date.",
            {
                "conversion-price": None,
                "conversion-discount": None,
                "conversion-lookback": None,
            },
        ),
        # A purchase agreement "for the sale of" a note, and its closing.
        (
            "On March 2, 2013, the Company entered into a Securities Purchase "
            "Agreement with Example Partners, Inc. (\u201cExample\u201d), for the "
            "sale of a 9% convertible note in the principal amount of $40,000. The "
            "financing closed on April 4, 2013.",
            {"date": None},
        ),
        # A public body as the holder; a short name the full one begins.
        (
            "ACME CORP., for value received, hereby promises to pay to South Ohio "
            "Jobs Development Finance Trust Board (the \u201cHolder\u201d) the sum "
            "of $150,000.00.",
            {"holder": '"South Ohio Jobs Development Finance Trust Board"'},
        ),
        (
            "On January 5, 2018, the Company borrowed $900,000 from KLM Partners "
            "(\u201cKLM\u201d) to buy equipment (\u201cLoan Note\u201d). On June 1, "
            "2018, the Company and KLM entered into a modification of the Loan "
            "Note.",
            {"holder": '"KLM Partners"'},
        ),
        # Notes issued over a year: their total, beside a note of its own.
        (
            "In March 2012, the Company issued two notes payable to unrelated "
            "parties totaling $50,000.\n"
            "From June 2012 through April 2013, the Company issued notes payable "
            "to unrelated parties in the amount of $300,000.",
            {"principal": None},
        ),
        # Relations that are not the holder's: a guarantor, a borrower from
        # the company, another note's holder, other notes' holders.
        (
            "The Company issued 10% senior notes of $2,000,000 to Harbor Fund LP "
            "(the \u201cHolder\u201d). The notes are secured by a personal "
            "guaranty by John Smith, our Chairman. The Company is in default of "
            "certain covenants due to the advances to a senior officer of "
            "$20,000.",
            {"related-party": None},
        ),
        (
            "On December 31, 2016 the holder of the 24% related party note "
            "payable converted the note into warrants.\n"
            "On March 14, 2017 the Company issued a convertible promissory note in "
            "the amount of $25,000, bearing interest of 5% per annum.\n"
            "Between July 21, and October 31, 2016 two directors were issued "
            "convertible promissory notes totaling $16,706.",
            {"related-party": None, "principal": "25000.00 USD"},
        ),
        # Ranges of rates and discounts belong to several notes; their usual
        # term is no maturity.
        (
            "On January 23, 2015, the Company borrowed $45,000 from Jane Roe, as "
            "evidenced by a promissory note. The note is payable on demand and "
            "bears interest at a rate of 5% per annum.\n"
            "The Company also issued other convertible notes. These notes are "
            "generally due one year after the date of issuance, bear interest at "
            "rates of 1% to 12% per annum, and are convertible into shares of "
            "common stock at 57% to 61% of the market price during the 10 to 30 "
            "days prior to conversion.",
            {
                "holder": '"Jane Roe"',
                "rate": "0.05",
                "maturity": None,
                "conversion-discount": None,
            },
        ),
        # Parts of a note at different prices.
        (
            "The Company entered into a $2.0 million convertible note payable "
            "with Granite Real Estate LLC. $1,600,000 of the note was to be "
            "converted at $3.00 per share and $400,000 of the note was to be "
            "converted at $0.375 per share. The conversion price of $0.375 was "
            "less than the fair value of the shares.",
            {"conversion-price": None, "holder": '"Granite Real Estate LLC"'},
        ),
        # Interest due with the principal on or before a date; a final
        # payment of several (a guard); a prepayment penalty.
        (
            "The Company issued a convertible promissory note in the amount of "
            "$25,000 with principal and interest due and payable on or before "
            "January 1, 2019, bearing interest of 5% per annum.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "Interest at 8% per annum is payable monthly. If not sooner paid, a "
            "final payment of all unpaid principal and accrued interest shall be "
            "due and payable on or before the Maturity Date.",
            {"interest-payment": '"monthly"'},
        ),
        (
            "On June 5, 2012, the Company issued an 8% convertible note in the "
            "principal amount of $60,000. The Company paid an earlier note in "
            "full, including interest and a 40% prepayment penalty.",
            {"rate": "0.08"},
        ),
        # A note's sum "or so much thereof as" the holder demands; a sum in
        # words in "Dollars U.S.".
        (
            "$300,000.00 October 1, 2007 Acme Inc. (the \u201cCompany\u201d) for "
            "value received promises to pay on demand to the order of Jane Roe "
            "(the \u201cholder\u201d), the principal sum of $300,000.00, or so much "
            "thereof as the holder demands in writing.",
            {"principal": "300000.00 USD"},
        ),
        (
            "FOR VALUE RECEIVED, Acme Inc. promises to pay to the order of "
            "Harbor Fund LP the principal sum of One Million Six hundred Thousand "
            "Dollars U.S. ($1,600,000), or so much thereof as may be outstanding "
            "from time to time.",
            {"principal": "1600000.00 USD"},
        ),
        # Cents in a text that names no dollar.
        (
            "The bonds were convertible over 36 months from issue, conversion "
            "price set at 14 cents. The bond agreement was for a subscription of "
            "R10 million.",
            {"conversion-price": None},
        ),
        # An instrument constituted for more than the notes issued under it.
        (
            "The Company has constituted a \u00a32 million convertible loan note "
            '("Loan Note") of which \u00a30.5 million loan notes are intended to be '
            "issued as part of this fundraising. The loan notes bear no interest.",
            {"principal": "500000.00 GBP"},
        ),
        # A stock exchange is no exchange of notes; notes bought back are no
        # issue.
        (
            "Acme Limited, listed on the Australian Securities Exchange (ASX), has "
            "priced zero coupon US$500 million worth of senior unsecured "
            "convertible notes due 2026. Acme has also conducted a partial buyback "
            "of US$194.5 million of its convertible notes due 2023.",
            {"principal": "500000000.00 USD"},
        ),
        # A trustee for a trust.
        (
            "FOR VALUE RECEIVED, the Company promises to pay to JOHN ROE, TRUSTEE "
            "THE JOHN ROE REVOCABLE TRUST or its registered assigns (the "
            "\u201cHolder\u201d), the Principal Amount of $1,000,000.",
            {"holder": '"JOHN ROE, TRUSTEE THE JOHN ROE REVOCABLE TRUST"'},
        ),
        # A cap per series.
        (
            "The company shall issue convertible bonds in four series, each with a "
            "maximum nominal value of EUR 25 million.",
            {"principal": None},
        ),
        # A discount to the company's own sales of shares, then a fixed price.
        (
            "The Notes are convertible into shares of our common stock at a "
            "conversion price equal to 80% of the lowest price per share that we "
            "sell shares of our common stock during the term of the Notes, or, if "
            "we sell no shares, at a conversion price of $1.00 per share.",
            {"conversion-discount": None, "conversion-price": "1.00 USD"},
        ),
        # Proceeds that buy back other notes, at their own rate.
        (
            "Acme Inc. priced $300 million of 3.25% convertible senior notes due "
            "2030. Proceeds will be used to repurchase $241 million of the "
            "company's 1.5% convertible senior notes due 2025.",
            {"rate": "0.0325"},
        ),
        # No interest on a condition; and the zero, then a default's rate (a
        # guard).
        (
            "Interest shall accrue on this Note at a rate equal to fifteen "
            "percent (15%) per annum; provided, however, that no interest shall "
            "accrue if this Note is converted under its terms prior to March 24, "
            "2022.",
            {"rate": "0.15"},
        ),
        (
            "The Company issued 10% convertible debentures of $15,000 each. "
            "Provided that the debentures are paid in full on or before the "
            "maturity date, no interest shall accrue on the unpaid balance.",
            {"rate": "0.1"},
        ),
        (
            "The Promissory Note in the principal amount $903,927 bears no interest "
            "provided that any amount due under this Note which is not paid when "
            "due shall bear interest at six percent (6%) per annum.",
            {"rate": "0"},
        ),
        # Debentures bought at a price each.
        (
            "The underwriters agreed to buy 15,000 convertible unsecured "
            "debentures at C$1,000 each. They will be convertible into shares at "
            "C$1.20 per share.",
            {"conversion-price": "1.20 CAD"},
        ),
        # A fee the face includes is no issue cost.
        (
            "The Company issued a secured convertible promissory note to Harbor "
            "Fund LP in the principal amount of $1,045,000. The principal sum of "
            "the Note reflects the amount invested, plus a 2.25% original issue "
            "discount and a $10,000 reimbursement of Lender's legal fees.",
            {"issue-costs": None},
        ),
        # Australian writing: "50c per share"; "AUD $" beside bare amounts: the
        # bare "$" is the Australian dollar where the text names no US dollar.
        (
            "Acme Digital Ltd will place $4 million in unsecured convertible "
            "notes. Conversion pricing is 50c per share.",
            {"principal": "4000000.00 AUD"},
        ),
        (
            "The parent entity issued $2,500,000 of convertible notes on 16 May "
            "2012. The investor may convert, in aggregate, AUD $1,500,000 of the "
            "face value.",
            {"principal": "2500000.00 AUD"},
        ),
        # A table's row and a footnote's items about other debt.
        (
            "Related party loans - unsecured (ii) 2,115,210 -\n"
            "(i) The parent entity issued convertible notes on 16 May 2012. The "
            "notes do not bear interest.\n"
            "(ii) Loan is interest bearing at 10% per annum and repayable on or "
            "before 31 December 2012.",
            {"maturity": None, "related-party": None},
        ),
        # A share's nominal value apiece; a funding facility.
        (
            "The company may not issue shares at a price below their nominal "
            "value of 1 pence apiece. It has issued a 6% loan note to an "
            "investor.",
            {"principal": None},
        ),
        (
            "Acme PLC announces a \u00a3500,000 unsecured convertible loan note "
            'funding facility (the "Facility") with an investment firm.',
            {"principal": None},
        ),
        # A placement and its settlement on another day.
        (
            "The placement of the Bonds was completed on 8 March 2013, while "
            "their settlement took place on 15 March 2013.",
            {"date": None},
        ),
        # A commitment, then the day a part was lent.
        (
            "On February 26, 2017, Harbor Holdings, Ltd, which is owned and "
            "controlled by Mr. Pei, agreed to loan up to $20,000,000 to the "
            "Company, of which $8,000,000 was loaned on February 28, 2017, under "
            "a 5% convertible promissory note.",
            {"date": "2017-02-28"},
        ),
        # A bare class beside the specific one.
        (
            "The notes will have an initial conversion rate of 94.0071 shares of "
            "common stock per $1,000 principal amount of notes. Upon conversion, "
            "the notes may be settled in shares of Class A common stock, cash or "
            "a combination of cash and shares of Class A common stock.",
            {"share-class": '"Class A Common"'},
        ),
        # An amended rate; the maker defined as the buyer; an indenture's date.
        (
            "The Senior Bridge Notes bear interest at 12% per year. Effective "
            "July 2016, the maturity date was extended and allowed for an "
            "interest rate increase from 12% to 16% effective March 14, 2016.",
            {"rate": None},
        ),
        (
            'FOR VALUE RECEIVED, ACME GROUP INC., a Virginia corporation ("Buyer"), '
            "promises to pay to the order of HARBOR HOLDINGS, LLC and BAY "
            'HOLDINGS, LLC (collectively, "Sellers") the principal sum of $400,000.',
            {"holder": None},
        ),
        (
            "The Company will be in default of the terms of the indenture entered "
            "into between Acme and Harbor Trust Company (the \u201cTrustee\u201d) "
            "dated December 20, 2017 (the \u201cIndenture\u201d) governing its 9% "
            "debentures.",
            {"date": None},
        ),
        # A defined term names the principal; a loan agreement's amount.
        (
            "On June 3, 2014, the Company executed a series of agreements with "
            "Harbor Capital in order to secure a $250,000 loan (the \u201cHarbor "
            "Loan\u201d).",
            {"principal": "250000.00 USD"},
        ),
        (
            "The Company has entered into a Convertible Loan Agreement for GBP "
            '95,000 (the "Loan"), arranged by Harbor Financial Limited.',
            {"principal": "95000.00 GBP"},
        ),
        # "original aggregate", "of aggregate principal amount".
        (
            "The Company issued $20.0 million in original aggregate principal "
            "amount of Convertible Promissory Notes to the purchasers.",
            {"principal": "20000000.00 USD"},
        ),
        (
            "Acme Inc. said that it has priced $1.25 billion of aggregate "
            "principal amount of 0% convertible senior notes due 2026.",
            {"principal": "1250000000.00 USD"},
        ),
        # A convertible loan's amount; an amount increased later.
        (
            "Harbor Holdings will act as guarantor for a NOK 200 million "
            "convertible loan to Acme.",
            {"principal": "200000000.00 NOK"},
        ),
        (
            "Harbor provided the Company with a loan in the principal amount of "
            "$750,000 (the \u201cHarbor Loan\u201d). In 2020 the parties agreed to "
            "increase the principal amount outstanding under the Original Harbor "
            "Note from $750,000 to $1,400,000 (the \u201cHarbor Note\u201d).",
            {"principal": "750000.00 USD"},
        ),  # (a guard: the increase, read as principal by the defined term)
        # A currency code before a spaced "$"; a sum's cents in words.
        (
            "On March 14, 2013, the Company issued a $97,456 (CAD $100,000) 6% "
            "convertible bridge loan with a director.",
            {"principal": None},
        ),  # (a guard: the US dollar figure, read as principal by the convertible loan)
        (
            "Acme promises to pay the principal sum of Twenty Five Thousand and "
            '00/100 U.S. Dollars ($25,000.00) (the "Principal").',
            {"principal": "25000.00 USD"},
        ),
        # What remains after a conversion; a penalty per week.
        (
            "Following this latest conversion, a total of \u00a3162,500 principal "
            "amount remains outstanding under the Convertible Loan.",
            {"principal": None},
        ),
        (
            "Loan Amount (Principal): $100,000\n"
            "Penalty after GP - Principal: $2,000/week, starts on Day 1 post-GP.",
            {"principal": "100000.00 USD"},
        ),  # (a guard: the penalty, read as principal by the label)
        # A fee the lender is paid at maturity.
        (
            "The Company issued a $250,000 convertible note to Harbor. On the "
            "maturity date, Acme further agreed to pay to Harbor a loan fee of "
            "$25,000.",
            {"issue-costs": None},
        ),
        # Quebec's civil law: the dollar may be Canadian.
        (
            "On March 18, 2020, the Company closed a $903,000 non-brokered "
            "secured convertible loan, secured by a deed of hypothec.",
            {"principal": None},
        ),  # (a guard: the bare dollar, read as principal by the convertible loan)
        # A bare dollar repeating the marked one.
        (
            "On 14 March 2011, the Trust issued a convertible bond with a notional "
            "amount of S$59.7 million. The bond is convertible into Units at a "
            "conversion price of $2.10. Based on the conversion price of $2.10 "
            "and the issue value of $59.7 million, 28,428,571 units may be "
            "issued.",
            {"principal": "59700000.00 SGD", "conversion-price": "2.10 SGD"},
        ),
        # A note that does not convert; one conversion's price.
        (
            "On May 1, 2021, the Company issued a 12% promissory note of "
            "$500,000. The Note is not convertible into shares of the "
            "Company\u2019s common stock.",
            {"share-class": None},
        ),
        (
            "Harbor converted \u00a3100,000 of the bond. The company will "
            "accordingly issue just over 96.5mln new shares at a conversion "
            "price of 0.1036p.",
            {"conversion-price": None},
        ),
        # Holders: "signed ... with", "with the subscriber", "agreed with",
        # "(hereinafter “Creditor”)".
        (
            "Acme Holdings (BABY) has signed a convertible security funding "
            "agreement with Harbor Global Fund II LP.",
            {"holder": '"Harbor Global Fund II LP"'},
        ),
        (
            "On April 1, 2025, the Company entered into a convertible bond "
            "subscription agreement with the subscriber Harbor P2 Limited.",
            {"holder": '"Harbor P2 Limited"'},
        ),
        (
            "Acme is pleased to announce that the Company has agreed with Harbor "
            "Absolute Return Strategies LP to increase the amount of the "
            "convertible loan note.",
            {"holder": '"Harbor Absolute Return Strategies LP"'},
        ),
        (
            "This Loan Conversion Agreement is entered into by and between Acme "
            "International, Inc., a Delaware company (hereinafter the "
            "\u201cCompany\u201d) and Harbor eDevelopment Limited, a Singapore "
            "company (hereinafter \u201cCreditor\u201d).",
            {"holder": '"Harbor eDevelopment Limited"'},
        ),
        # An officer quoted on the holder's support.
        (
            "Acme Inc. has signed a letter agreement with Harbor Investments "
            'Limited ("Harbor") for a $14,000,000 convertible debenture. John '
            'Smith CEO, commented; "We are very pleased by the support of '
            'Harbor."',
            {"related-party": None},
        ),  # (a guard: the quote, read as a relation by the new holder verb)
        # A note given for funding; a fundraising by an issue of notes.
        (
            "The Company received $8 million in funding from Harbor in exchange "
            "for a Senior Secured Convertible Promissory Note in the amount of "
            "$9,600,000 (the \u201cNote\u201d).",
            {"principal": "9600000.00 USD"},
        ),
        (
            "Acme is pleased to announce that it has completed a fundraising of "
            '\u00a31,000,000 (the "Fundraising") by the issue of convertible loan '
            "notes.",
            {"principal": "1000000.00 GBP"},
        ),
        # A new loan's amount; a holder's illustration.
        (
            "Acme (ASX:ACM) secured a AU$1.2 million loan with sophisticated and "
            "professional investors.",
            {"principal": "1200000.00 AUD"},
        ),
        (
            "Thus, a holder of a $100,000 Note would receive 105,263 shares of "
            "common stock.",
            {"principal": None},
        ),  # (a guard)
        # A face defined though given roughly; a headline's translation.
        (
            "The Investor purchased a secured promissory note (the "
            "\u201cNote\u201d) in the aggregate principal amount totaling "
            "approximately $5,443,333.33 (the \u201cPrincipal Amount\u201d).",
            {"principal": "5443333.33 USD"},
        ),
        (
            "Acme Receives a $530,000 Bridge Loan from Harbor\n\n"
            "Acme Ltd. has obtained a loan of NIS 2 million (approximately "
            "US$530,000) from Harbor Golan.",
            {"principal": "2000000.00 ILS"},
        ),  # (a guard: the headline, read as principal by the new loan)
        # Interest paid "bi-annually", on dates a label lists, with the
        # principal amounts.
        (
            "The Notes carry interest of 12% per annum payable bi-annually.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "Interest Payment Dates: June 15 and December 15.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "Any unpaid principal amounts and accrued interest under the "
            "Promissory Notes will be payable in full on September 30, 2023.",
            {"interest-payment": '"maturity"'},
        ),
        # Issue dates: a spaced label, a loan made, a loan received, a note
        # entered into.
        (
            "On January 20, 2015 (the \u201c Issuance Date \u201d), Acme "
            "Corporation (the \u201c Company \u201d) entered into a Convertible "
            "Debt Purchase Agreement with Harbor, LLC.",
            {"date": "2015-01-20"},
        ),
        (
            "WHEREAS, on or about December 28, 2014, Creditor did loan to the "
            "Company the sum of $5,250,553.92 Singapore Dollars.",
            {"date": "2014-12-28", "principal": "5250553.92 SGD"},
        ),
        (
            "On October 26, 2012, the Company received a loan totaling $30,000 "
            "from an unrelated party. The note bears interest at 10% per annum.",
            {"date": "2012-10-26"},
        ),
        (
            "On September 1, 2016, the Company entered into, an convertible "
            "promissory note with Harbor Ventures, L.P.",
            {"date": "2016-09-01"},
        ),
        # Lookbacks: a "five-day" average, "in five days prior".
        (
            "Harbor will be able to convert at a conversion price equal to 85 per "
            "cent of the five-day volume weighted average price of the shares.",
            {"conversion-lookback": "5"},
        ),
        (
            "The note is convertible into the Company\u2019s common stock at 40% "
            "discount to the lowest trading price in five days prior to date of "
            "notice of conversion.",
            {"conversion-lookback": "5"},
        ),
        # A bank's credit facility; a role before the holder's name; an
        # officer quoted with an initial.
        (
            "The Company's obligations under the promissory note held by Mr. "
            "Smith are subordinated to the obligations under our credit facility "
            "with Harbor Bank.",
            {"holder": None},
        ),
        (
            "On March 9, 2023 the Company entered into a subscription agreement "
            "with the Sponsor and Harbor Multi-Strategy Master Fund (the "
            "\u201cInvestor\u201d), pursuant to which the Investor agreed to fund "
            "a $300,000 note.",
            {"holder": '"Harbor Multi-Strategy Master Fund"'},
        ),
        (
            "Acme Inc. issued secured convertible notes to Harbor Capital LLC. "
            '"This financing was supported by the current noteholders," stated '
            "Michael T. Smith, CEO of Acme.",
            {"related-party": None},
        ),
        # Shares bought back; the interest's own conversion.
        (
            "Acme used approximately $75.0 million of the net proceeds from the "
            "offering of the Notes to repurchase 727,379 shares of Acme\u2019s "
            "common stock, and to pay the cost of the convertible note hedge "
            "transactions.",
            {"share-class": None},
        ),
        (
            "Accrued and unpaid interest on the principal amount is also "
            "convertible, in whole or in part, into Common Shares at the option "
            "of the lenders at a conversion price equal to the volume weighted "
            "average trading price of the Common Shares for the five trading days "
            "immediately preceding the conversion.",
            {"conversion-lookback": None, "conversion-reference": None},
        ),
        # A floating rate with a floor; a commission's base.
        (
            "The Convertible Loan will become due and payable, together with "
            "accrued interest at the rate of one-month LIBOR (to the extent in "
            "excess of 1.10%) plus 9.50% per annum.",
            {"rate": None},
        ),
        (
            "Acme issued HK$300m of 1% convertible bonds. The placing commission "
            "on the initial $300m issue is only 1%.",
            {"issue-costs": None},
        ),
        # The underwriters' option exercised beside the base amount.
        (
            "Cineplex greenshoe exercised, lifts convertibles to C$107.5 million\n\n"
            "The underwriters exercised their C$7.5 million over-allotment option "
            "in full. The company priced the original C$100 million of "
            "convertible debentures on Oct. 16.",
            {"principal": None},
        ),
        (
            "The notes are part of an over-allotment option exercised by the "
            "Company in connection with the offering. On January 4, 2021, the "
            "Company issued convertible notes in the principal amount of "
            "$1,660,000.",
            {"principal": "1660000.00 USD"},
        ),  # (a guard: the note is the option, read as one exercised)
        # A reference rate fixed at issue.
        (
            "The notes bear interest at the three month LIBOR rate (London "
            "Interbank Offered Rate) on the date of issuance which was 2%.",
            {"rate": "0.02"},
        ),
        # Holders: a participant, "(Pty)", a notes agreement, a person a note
        # is payable to, an agreement for the purchase of notes.
        (
            "Acme issued convertible notes for gross proceeds of $250,000,000. The "
            "transaction includes participation from Harbor Energy Solution, Ltd.",
            {"holder": '"Harbor Energy Solution, Ltd."'},
        ),
        (
            "Acme Metals Corp has entered into a non-binding term sheet with "
            "Harbor Africa Trading (Pty) Ltd for a $1 million convertible loan.",
            {"holder": '"Harbor Africa Trading (Pty) Ltd"'},
        ),
        (
            "Acme AG extends EUR 5.0 million Convertible Notes agreement with "
            "Harbor Investment Company Cyprus Limited.",
            {"holder": '"Harbor Investment Company Cyprus Limited"'},
        ),
        (
            "We currently have outstanding promissory notes payable to Gerard J. "
            "Smith, a director and Chief Technical Officer of the Company.",
            {"holder": '"Gerard J. Smith"'},
        ),
        (
            "Acme signed a definitive agreement with L1 Energy for the purchase "
            "of $50m of newly issued Convertible Notes.",
            {"holder": '"L1 Energy"'},
        ),
        (
            "The transaction will include participation from Harbor Investment & "
            "Securities Co., Ltd. (KOSE:A005940), Bay Securities Co., Ltd. and "
            "Cove Securities Co., Ltd. for KRW 6,300,000,000 each.",
            {"holder": None},
        ),  # (a guard: several participants, read as one)
        # Principals: an agreement with a bracket, issued "for", a face value
        # in brackets, a loan made to the company.
        (
            "On January 12, 2011, the Company entered into a Convertible "
            "Promissory Note Agreement (the \u201cNote Agreement\u201d) with Harbor "
            "for $2,000,000 cash.",
            {"principal": "2000000.00 USD"},
        ),
        (
            "The 7% Convertible Debentures were issued in August 2016 for US$65m.",
            {"principal": "65000000.00 USD"},
        ),
        (
            "On April 10, 2006, the Company issued 8% Convertible Debentures with "
            "a principal (\u201cface\u201d) value of $2,500,000 to Harbor Fund LP.",
            {"principal": "2500000.00 USD"},
        ),
        (
            "Harbor has committed to make a convertible loan to Acme of \u20ac550,000 "
            "in mid-September.",
            {"principal": "550000.00 EUR"},
        ),
        # Interest with the principal: at maturity, on a maturity date.
        (
            "The note bears interest at a rate of 10% per annum, calculated "
            "monthly and initially payable on February 22, 2023, being the "
            "maturity date of the note.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "The unpaid portion of the Principal Amount shall bear six percent (6%) "
            "simple interest, payable until such time as all accrued interest and "
            "the Principal Amount is paid in full on the Outside Maturity Date.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "All amounts outstanding under this Note (including unpaid principal "
            "indebtedness, interest accrued thereon, and all other amounts accrued "
            "and payable hereunder) shall be due and payable on or before August "
            "31, 2021 (the \u201cMaturity Date\u201d).",
            {"interest-payment": '"maturity"'},
        ),
        (
            "No repayment of principal or interest was due until maturity, which "
            "occurs 12 months after issuance of the convertible loan notes.",
            {"interest-payment": '"maturity"'},
        ),
        # The issuer's own name before its class.
        (
            "Harbor Law has advised Acme Properties New Zealand (Acme) on its "
            "offer of NZ$150 million of subordinated convertible notes. At the end "
            "of their four-year term, the Notes convert into Acme ordinary shares.",
            {"share-class": '"Ordinary"'},
        ),
        # A rate raised by an amendment competes with the first one.
        (
            "The Note accrued interest at the rate of 3% per annum. In March 2009, "
            "the Company and the holder agreed to extend the maturity date to "
            "September 16, 2009 and increase the interest rate to 10%.",
            {"rate": None},
        ),
        # Interest added to a part of the loan is no principal.
        (
            "The loan of $542,004.94 is contributed from the following notes: the "
            "balance owed to ADP Management, along with applicable interest "
            "amounting to $190,509.73 as of the date hereof.",
            {"principal": "542004.94 USD"},
        ),
        # A note's face: its title, a date label, then the amount alone.
        (
            "SENIOR CONVERTIBLE NOTE\nDate: July 9, 2003\n$300,000.00\nWHEREAS "
            "the Borrower is raising funds.",
            {"principal": "300000.00 USD"},
        ),
        (
            "Original Issue Date: March 31, 2006 $6,051,250.00\nOriginal "
            "Conversion Price (subject to adjustment herein): $1.345\nAMENDED AND "
            "RESTATED SENIOR SECURED CONVERTIBLE NOTE DUE JANUARY 1, 2010\nWHEREAS, "
            "the Company sold to Holder a Senior Secured Note due January 1, 2008 "
            "in the original aggregate principal amount of $5,000,000 (the "
            "\u201cOriginal Note\u201d);",
            {"principal": "6051250.00 USD"},
        ),
        # A bank's floating-rate loan beside the note: not the note's maturity.
        (
            "The subsidiary obtained a secured loan with Deutsche Bank. This loan "
            "carries interest of EURIBOR plus 1.25% per annum and is payable on "
            "January 1, 2020. On November 15, 2017, the Company issued a note "
            "payable for $2,300,000. This note carries interest of 8% and is due "
            "after 18 months.",
            {"maturity": "2019-05-15"},
        ),
        # A payment that reduces another loan's principal is no principal.
        (
            "Cherokee will provide the Company with a loan in the amount of "
            "$200,000. The Company utilized the net proceeds to pay a portion of "
            "the $75,000 principal reduction payment under the Company's Mortgage "
            "Loan with Cherokee.",
            {"principal": "200000.00 USD"},
        ),
        # The rate of notes the buyers already hold; interest charged in advance.
        (
            "We agreed to issue and sell $67.5 million in aggregate principal "
            "amount of a new series of variable rate convertible senior secured "
            "notes due December 15, 2025 to holders of our 6.25% convertible "
            "senior notes due June 15, 2026.",
            {"rate": None},
        ),
        (
            "The Maker promises to pay the principal sum of $150,000.00 together "
            "with interest thereon in advance in the amount of fifteen percent "
            "(15%) simple interest (the \u201cRate\u201d).",
            {"rate": None},
        ),
        # A preferred stock's par value.
        (
            "The holders agreed to exchange their notes for new secured "
            "convertible notes of the Company and 248,755 shares of newly-created "
            "convertible preferred stock of the Company, par value $0.0001 per "
            "share.",
            {"par-value": None},
        ),
        # Common stock bought back for cash names no class.
        (
            "The notes are convertible into cash, shares or both. Tandem expects "
            "to use the net proceeds to repurchase about $30.0 million of common "
            "stock in privately negotiated transactions concurrently with the "
            "conversion price setting.",
            {"share-class": None},
        ),
        # A cent in the singular, as euro amounts are written.
        (
            "PetroNeft said it has agreed a new convertible loan facility of $1.3 "
            "million, at 8 per cent above the USD Libor. Lenders can elect at "
            "any time to convert up to 65 per cent of the outstanding loan to "
            "shares at a conversion price of 1.547 cent.",
            {"conversion-price": None},
        ),
        # A margin over a dollar reference rate.
        (
            "With an interest rate of 8 per cent above the USD Libor, the loan "
            "facility will be used for general corporate purposes.",
            {"rate": None},
        ),
        # Convertible into preferred stock or into common stock.
        (
            "The notes are convertible into series F convertible preferred stock "
            "at $15.00 per preferred or into common stock at $0.15 per share.",
            {"share-class": None},
        ),
        # The instrument is not its holder.
        (
            "The debentures are convertible at the option of the holder of a "
            "Convertible Debenture (\u201cDebenture Holder\u201d) at any time.",
            {"holder": None},
        ),
        # The day of a subscription deed, with tranches later.
        (
            "The Convertible Loan Notes were subscribed in three tranches of "
            "US$500,000 each and were issued pursuant to a subscription deed "
            "dated 21 January 2020.",
            {"date": None},
        ),
        # The first of several repayments is no maturity.
        (
            "The first capital repayment of one-third of the outstanding loans is "
            "due to be repaid on 30 September 2023.",
            {"maturity": None},
        ),
        # The whole issue after the option's notes.
        (
            "On September 8, 2025, we commenced a private offering of $575.0 "
            "million in aggregate principal amount of 0.00% convertible senior "
            "notes due 2028, or the Initial 2028 Notes. On September 10, 2025, the "
            "initial purchasers exercised their option to purchase an additional "
            "$86.3 million in aggregate principal amount of our 0.00% Convertible "
            "Senior Notes due 2028, bringing the total aggregate principal amount "
            "of the 2028 Notes issued and outstanding to $661.3 million.",
            {"principal": "661300000.00 USD"},
        ),
        # A threshold is no price paid.
        (
            "The Company issued a Promissory Note in the aggregate principal "
            "amount of $600,000. Upon each financing pursuant to which the Company "
            "issues and sells securities for an amount of gross proceeds equal to "
            "or greater than $500,000, the Company shall prepay the Note.",
            {"purchase-price": None},
        ),
        # A Canadian dateline's province; not a company's seat.
        (
            "CALGARY, AB \u2013 CanadaBis Capital Inc. closed the final tranche of "
            "its 11% unsecured convertible debentures, convertible at a Conversion "
            "Price equal to $0.10 per Common Share.",
            {"conversion-price": None},
        ),
        # (a guard: a company's seat is no dateline)
        (
            "Lexaria Corp. settled a $45,000 first tranche of a private placement "
            "of 10% convertible debentures. Vancouver, B.C.-based Lexaria is a "
            "food science company.",
            {"principal": "45000.00 USD"},
        ),
        # A name before "the Company's" office, with no comma.
        (
            "On July 11, 2019, the Company entered into a $50,000 unsecured "
            "subordinated promissory note agreement with Richard A. Kaplan the "
            "Company\u2019s Chief Executive Officer.",
            {"holder": '"Richard A. Kaplan"'},
        ),
        # One issue's debentures counted, and a concurrent placement beside.
        (
            "The Company issued 112,500 Debentures in the aggregate principal "
            "amount of NIS 61.9 million. The Company also effected a concurrent "
            "private placement to the underwriter of Debentures in the aggregate "
            "principal amount of NIS 500,000.",
            {"principal": "61900000.00 ILS"},
        ),
        # A price far below the principal: a figure missing its unit.
        (
            "The Company issued Debentures in the aggregate principal amount of "
            "NIS 61.9 million. The gross proceeds to the Company were NIS 59.87.",
            {"purchase-price": None},
        ),
        # An exchange offer: the old bonds accepted, the new ones issued.
        (
            "Western Areas NL accepted A$103 million principal amount of bonds in "
            "the exchange offer for its A$208.5 million 8% convertible bonds. "
            "Western Areas planned to accept A$100 million to A$110 million of the "
            "existing convertibles. The amount of new convertibles to be issued is "
            "A$110.2 million.",
            {"principal": "110200000.00 AUD"},
        ),
        # A fee for extending the note is no issue cost.
        (
            "The Company issued a convertible note of $10,000,000. The Company "
            "also agreed to pay an extension fee equivalent to 1% of the total "
            "principal amount and accrued interest outstanding on the Notes (the "
            "\u201cExtension Fee\u201d), being U.S.$105,685.62.",
            {"issue-costs": None},
        ),
        # The first interest payment is no maturity.
        (
            "Interest is payable semi-annually on December 31 and June 30 in each "
            "year (with the first interest payment due and payable on December "
            "31, 2009).",
            {"maturity": None},
        ),
        # An earlier note's day; the note itself called the original.
        (
            "The security derives from an original promissory note dated June 2, 2014.",
            {"date": None},
        ),
        # (a guard: the note itself, called the original, keeps its day)
        (
            "The additional funds have the same terms as the original note dated "
            "July 13, 2016.",
            {"date": "2016-07-13"},
        ),
        # The size before an upsizing.
        # (a guard: "2,750,000 ADSs" is no count of notes any more)
        (
            "The Company priced the offering of US$130.0 million in aggregate "
            "principal amount of convertible senior notes due 2019 (the "
            "\u201cNotes\u201d). The ADS Offering was upsized from 2,750,000 ADSs "
            "and the Notes Offering was upsized from an aggregate principal amount "
            "of US$100.0 million.",
            {"principal": "130000000.00 USD"},
        ),
        # A note's face: a default's rate, the note replaced, a default's grace,
        # the last payment, a name with a particle.
        (
            "PROMISSORY NOTE\n$414,135.75\nDecember 31, 2005\nFOR VALUE RECEIVED, "
            "the undersigned promises to pay to the order of Guus van Kesteren, "
            "its successors or assigns, the principal sum of $414,135.75, together "
            "with interest at the rate of nine percent (9.00%) per annum; the "
            "balance of the principal sum, together with accrued interest, shall "
            "be paid no later than April 1, 2008. This Promissory Note hereby "
            "replaces the promissory note previously issued to the Payee: that "
            "certain note in the principal amount of $364,758.38 dated June 30, "
            "2004. If such default shall continue for a period of 15 days, then "
            "the entire principal sum shall become due and payable. While in "
            "default, amounts outstanding under this Promissory Note shall bear "
            "interest at the rate of twelve percent (12%) per annum.",
            {
                "date": "2005-12-31",
                "holder": '"Guus van Kesteren"',
                "rate": "0.09",
                "maturity": "2008-04-01",
            },
        ),
        # "In an aggregate principal amount"; one buyer's part of the issue.
        (
            "In February 2014, the Company issued $70.7 million in an aggregate "
            "principal amount of 8.50% senior unsecured convertible notes due 2019 "
            '(the "Convertible Notes"). Two directors are affiliated with '
            "Bulldog Investors, LLC, who purchased $9.2 million of the Convertible "
            "Notes.",
            {"principal": "70700000.00 USD"},
        ),
        # Proceeds of more notes sold later are no price paid.
        (
            "The Company issued $80.0 million of 12% Convertible Notes. In "
            "September 2024, the Company received an additional $15.0 million in "
            "gross proceeds from issuing additional Convertible Notes to additional "
            "investors.",
            {"purchase-price": None},
        ),
        # A 360-day year of twelve 30-day months, written out.
        (
            "Interest at 6.0% per annum is computed on the basis of a year of 360 "
            "days comprised of twelve 30 day months.",
            {"day-count": '"30/360"'},
        ),
        # A note issued in substitution for another keeps its own date.
        (
            "DATED: JANUARY 8, 2014 $260,000.00 FOR VALUE RECEIVED, the Borrower "
            "promises to pay to the order of TODD R. HACKETT the principal sum of "
            "$260,000.00. This promissory note is being issued in substitution for "
            "the Promissory Note issued on September 30, 2013 in the amount of "
            "$250,000.",
            {"date": "2014-01-08"},
        ),
        # A loan note's final redemption date; shares of a fraction of a penny.
        (
            "The directors have raised \u00a3100,000 through the issue of "
            "convertible loan notes. The Notes are unsecured with the final "
            "redemption date being 25th May 2012. Unless converted into ordinary "
            "shares of 0.01 pence, the Company shall redeem the Notes in full on "
            "25th May 2012.",
            {
                "principal": "100000.00 GBP",
                "maturity": "2012-05-25",
                "par-value": "0.0001 GBP",
            },
        ),
        # A rate that steps down on a condition later.
        (
            "The Notes bear interest at a rate of 8% per annum, which will scale "
            "down to 5% per annum following the listing of the Company on the "
            "NASDAQ.",
            {"rate": "0.08"},
        ),
        # A revolving loan facility beside the note: its lender is no holder.
        (
            "The Company entered into a loan agreement with Aqtiq Solutions "
            "Sdn Bhd, a third party, pursuant to which Aqtiq Solutions Sdn "
            "Bhd provided the Company with a revolving loan facility to "
            "borrow up to RM 3,000,000 bearing interest at 3.5% per annum, "
            "which is payable on demand. On June 30, 2021, the Company issued "
            "a 12% Redeemable Senior Note in the principal amount of $65,000 "
            "to Yong Kim Fong, a Malaysian citizen (the \u201cFong "
            "Note\u201d).",
            {"holder": '"Yong Kim Fong"', "principal": "65000.00 USD"},
        ),
        # Short-term borrowings in an item of their own: their due day is no
        # maturity.
        (
            "(i) The short-term borrowings of RMB5,900 had a fixed annual "
            "interest rate of 4.35% and is due on September 30, 2022. (ii) On "
            "May 31, 2021, the Company issued a convertible note in the "
            "principal amount of RMB4,479 to Ascent Investor Relations Inc. "
            "for public relations services rendered. The convertible note was "
            "originally due in one year.",
            {"maturity": "2022-05-31", "date": "2021-05-31"},
        ),
        # A further issue of the notes beside the first: a person decides.
        (
            "On 30 June 2015 the Company announced a fund raising of GBP3.75 "
            "million by way of the issue of convertible loan notes (the "
            "\u201cLoan Notes\u201d). The Company today told DirectorsTalk "
            "that it has issued a further GBP262,000 of Loan Notes to "
            "existing investors in the Company.",
            {"principal": None, "related-party": None},
        ),
        # A news site's name is no director.
        (
            "The Company today told DirectorsTalk that it has issued a "
            "further GBP262,000 of Loan Notes with B Warrants attached to "
            "existing investors in the Company.",
            {"related-party": None},
        ),
        # A rate increased on a day competes with the first.
        (
            "The loan notes had a conversion price of approximately "
            "\u00a30.371 per share and a 10% interest rate per annum, which "
            "increased to 12% per annum on April 30, 2020.",
            {"rate": None},
        ),
        # An officer of a named company quoted, who holds no note.
        (
            "Chaarat Gold extended the maturity of its secured convertible "
            "loan notes to October 31, 2022. Chris Eger, CEO of Chaarat, "
            "said: \u201cChaarat had good discussions with the note holders "
            "and is grateful for their support.\u201d Akiba Leisman, Chief "
            "Executive Officer of Mako states that, \u201cWexford has been an "
            "extremely supportive shareholder.\u201d",
            {"related-party": None},
        ),
        # A conversion requested at the price its formula gave: no fixed price,
        # no face.
        (
            "BBS received a request on November 29, 2024, from Riverfort "
            'Global Opportunities PCC Ltd ("Riverfort") to convert a '
            "proportion of EUR 60,000 of the convertible notes into Company "
            "shares at a conversion price of EUR 0.06111 per share. The "
            "Conversion price according to the terms and conditions is "
            "\u201c90% of the lowest volume weighted average price of a "
            "trading day during ten trading days before the applicable "
            "subscription notice\u201c.",
            {"principal": None, "conversion-price": None, "conversion-discount": "0.1"},
        ),
        # Notes of a nominal value converted into shares of a par value each.
        (
            "The Company announces that holders of convertible loan notes "
            'issued by the Company (the "CLNs") have elected to convert '
            "CLNs with a nominal value of \u00a3650,545 into new ordinary "
            "shares of 0.01p each in the capital of the Company. Accordingly, "
            "65,054,500 new Ordinary shares will be issued to the CLN holder "
            "in accordance with the terms of the CLNs at a conversion price "
            "of 1p.",
            {
                "principal": None,
                "conversion-price": "0.01 GBP",
                "par-value": "0.0001 GBP",
            },
        ),
        # Shares named after the company the text defines as the Company.
        (
            "Goodfood Market Corp. (\u201cGoodfood\u201d or the "
            "\u201cCompany\u201d) has closed its offering of $30,000,000 "
            "aggregate principal amount of 5.75% convertible unsecured "
            "subordinated debentures of the Company (the "
            "\u201cDebentures\u201d). The Debentures will be convertible at "
            "the holder\u2019s option into Goodfood common shares (the "
            "\u201cCommon Shares\u201d) at a conversion price of $4.70 per "
            "Common Share.",
            {"share-class": '"Common"'},
        ),
        # Shares counted as converted, and another note's shares: no class.
        (
            "The Sponsor issued an unsecured promissory note to the Company "
            "for up to $300,000. The number of Founder Shares will equal, on "
            "an as-converted basis, approximately 20% of the Company\u2019s "
            "issued and outstanding shares of common stock. Glowpoint issued "
            "warrants to purchase 4,772,820 shares of common stock (33% of "
            "the shares of common stock issuable upon conversion of the "
            "Existing Notes).",
            {"share-class": None},
        ),
        # The Israeli form: debentures' par value is their face, not a share's.
        (
            "In June 2018, the Company issued NIS 135,000,000 par value of "
            "debentures (Series E) with a par value of NIS 1 each, with the "
            "following main terms:",
            {"principal": "135000000.00 ILS", "par-value": None},
        ),
        # A funding deadline is no issue date.
        (
            "On November 9, 2025, the Company entered into a Convertible Loan "
            "Agreement with an individual investor (the \u201cLender\u201d), "
            "with the funding of (i) $187,500 of the Loan Principal to take "
            "place no later than November 10, 2025 (the \u201cFirst "
            "Closing\u201d).",
            {"date": None},
        ),
        # An example's prices, and interest as a flat amount over the term.
        (
            "1. The note is convertible into the Borrower\u2019s common stock "
            "at a 50% discount to the initial public offering price of MMI "
            "stock. For example, if the initial public offering price is "
            "$6.00 per share then the conversion price per share will be "
            "$3.00. 2. 10% interest with a term of 6 months if not converted. "
            "If not converted into common stock after 6 months, then the note "
            "plus the 10% interest amount will be repaid in full.",
            {"conversion-price": None, "rate": None},
        ),
        # The size before an upsizing.
        (
            "2U today announced the pricing of $330 million aggregate "
            "principal amount of 2.25% convertible senior notes due 2025 (the "
            '"notes"). The size of the offering was increased from the '
            "previously announced $300 million aggregate principal amount of "
            "notes.",
            {"principal": "330000000.00 USD"},
        ),
        # Interest payments made semi-annually.
        (
            "The Notes carry interest at 7% per annum. Interest will accrue "
            "from the date of issue of the Notes and interest payments will "
            "be made semi-annually in arrears.",
            {"interest-payment": '"semiannually"'},
        ),
        # One holder's part of a larger offering, beside another note.
        (
            "Effective December 14, 2017, the Company advanced to Kutcho $16 "
            "million (Cdn$20 million) and received the Kutcho Convertible "
            "Note. Effective December 24, 2019, the Company advanced $10 "
            "million to Gold X as part of a $20 million 10% secured "
            "convertible debenture private placement offering completed by "
            "Gold X.",
            {"principal": None},
        ),
        # A lender's release: the other party is the issuer.
        (
            'Beedie Investments Ltd. ("Beedie") has entered into a second '
            "amended and restated convertible loan agreement with Metalla "
            'Royalty & Streaming Ltd. ("Metalla"). Interest is convertible '
            "at the market price, and unpaid fees shall not be convertible "
            "into common shares of Metalla.",
            {"holder": None},
        ),
        # A class the terms name, before the class of conversions that happened.
        (
            "The last day in every month that convertible bonds have been "
            "converted to common shares, Eniro is obligated to announce the "
            "new number of outstanding shares. The convertibles may be "
            "converted to ordinary shares in the Company.",
            {"share-class": '"Ordinary"'},
        ),
        # Two funds, each described by its manager: several holders.
        (
            "The transaction will include participation from Advance "
            "Opportunities Fund, a fund managed by Advance Capital Partners "
            "Asset Management Private Limited and Advance Opportunities Fund "
            "I, a fund managed by ZICO Asset Management Pte. Ltd. The "
            "Convertible Notes comprise one tranche with an aggregate nominal "
            "value of HKD 200,000,000.",
            {"holder": None},
        ),
        # A conversion price reset on given days is no market formula.
        (
            "Maturity: Oct. 19, 2009. Conversion price: \u00a51,009. "
            "Conversion price reset: To 95% of 30-day average stock price on "
            "Oct. 9, 2005 and Oct. 9, 2007.",
            {
                "conversion-price": "1009 JPY",
                "conversion-discount": None,
                "conversion-reference": None,
            },
        ),
        # The board's view is no relation to the holder.
        (
            "The Company issued HK$46 million of 4% convertible bonds to the "
            "subscriber. The Directors consider that the issue of the "
            "Convertible Bonds is an appropriate means of raising additional "
            "capital for the Company since it will not have an immediate "
            "dilution effect on the shareholding of the existing "
            "Shareholders.",
            {"related-party": None},
        ),
        # Another company's shares bought with a note: no class the note converts into.
        (
            "RCI New York purchased all of the shares of common stock of "
            "Peregrine for a total purchase price of $7,625,000, payable "
            "$2,500,000 in cash at closing and $5,125,000 payable in a "
            "secured convertible promissory note bearing simple interest at "
            "the rate of 4.0% per annum.",
            {"share-class": None, "principal": "5125000.00 USD"},
        ),
        # A principal increased later by an allonge: a person decides.
        (
            "This Allonge is attached to that certain Convertible Promissory "
            "Note (the \u201cNote\u201d) dated April 14, 2009, in the "
            "original principal amount of One Million Dollars ($1,000,000) "
            "made by Onstream Media Corporation to the order of Rockridge "
            "Capital Holdings, LLC and amended by an Allonge dated September "
            "11, 2009 which among other things increased the Principal Amount "
            "under the Note to Two Million Dollars ($2,000,000).",
            {"principal": None},
        ),
        # A drawdown of a convertible facility: the facility or the amount drawn.
        (
            "Zenith has entered into a US$6,000,000 unsecured convertible "
            'loan facility (the "Facility") with a consortium of '
            "institutional lenders. The Facility includes an initial "
            'immediate advance of US$2,000,000 (the "Drawdown").',
            {"principal": None},
        ),
        # A later assignment's day is no issue date.
        (
            "On December 2, 2011, the Company agreed to the assignment of "
            "$500,000 in principal amount of an outstanding note, which "
            "represents a portion of the note the Company issued to the "
            "original debt holder.",
            {"date": None},
        ),
        # A name with a slash between two words.
        (
            "FOR VALUE RECEIVED, Calpian, Inc., a Texas corporation (the "
            "\u201cCompany\u201d), hereby promises to pay Hall "
            "Phoenix/Inwood, Ltd. (the \u201cLender\u201d), the principal sum "
            "of Two Million Dollars ($2,000,000.00).",
            {"holder": '"Hall Phoenix/Inwood, Ltd."', "principal": "2000000.00 USD"},
        ),
        # An existing note restructured, with no new one: its face.
        (
            "EQTEC has made a partial repayment of \u00a3378,882 on its "
            'Secured Loan Facility ("SLF"), which comprises a five-year '
            "term loan of \u00a31,000,000 at 15% per annum fixed rate of "
            "interest. Separately, the Company had also reached agreement to "
            "further restructure its existing 7.5% \u00a32,000,000 "
            'Convertible Secured Loan Note ("CSLN") with Altair Group '
            'Investment Limited ("Altair").',
            {"principal": "2000000.00 GBP"},
        ),
        # Interest on other liabilities, and a note given for fees.
        (
            "The Company had agreed to pay interest of 8% on certain accrued "
            "liabilities aggregating $410,500. In November 2012 the Company "
            "entered into an agreement with its law firm to issue the firm a "
            "3% note payable in satisfaction of $212,400 in fees.",
            {"rate": "0.03", "issue-costs": None},
        ),
        # An ASX term table: its dollar and its day/month dates ask.
        (
            "Lender: Realtek Semiconductor Corporation (Realtek). "
            "Subscription: 2,500,000 convertible notes each with a face value "
            "of $1.00. Issued under the Company\u2019s Listing Rule 7.1 "
            "placement capacity. Maturity Date: 07/09/2024. Conversion Price: "
            "$0.16.",
            {"maturity": None, "conversion-price": "0.16 AUD"},
        ),
        # Bonds of a face each, aggregating to the issue.
        (
            "The Company had issued 1,500 convertible bonds of $100,000 each "
            "aggregating to $150 million. The conversion price for the bonds "
            "is $7.37 a share.",
            {"principal": "150000000.00 USD"},
        ),
        # An amount raised "over": a rough figure.
        (
            "Rolta India raised over Rs 600 crore through a convertible bond issue.",
            {"principal": None},
        ),
        # The holders' nominees on the board.
        (
            "The company has issued 5.7% secured bonds due 2017 to its "
            "bondholders. Mr. Surjeet Singh has joined its board as an "
            "additional Director, being a nominee of the new bond holders.",
            {"related-party": None},
        ),
        # Two holders, each with a short name.
        (
            "On November 21, 2006, the Company issued two unsecured "
            "convertible promissory notes to Frost National Bank FBO "
            "Renaissance US Growth Investment Trust PLC (\u201cRUSGIT\u201d) "
            "and Frost National Bank FBO US Special Opportunities Trust PLC "
            "(\u201cUSSO\u201d) in exchange for an aggregate $750,000 cash "
            "investment.",
            {"holder": None},
        ),
        # (a guard: one holder, then its short name, is not two)
        (
            "The Company entered into a Securities Purchase Agreement with "
            'Acme Lending, LLC ("Acme"), and Acme purchased a convertible '
            "promissory note from the Company in the aggregate principal "
            "amount of $54,250.",
            {"holder": '"Acme Lending, LLC"'},
        ),
        # A follow-on note's day is no issue date of the note.
        (
            "On 18 November 2019, the Company and Lind executed a Follow-on "
            "Convertible Note for proceeds of A$350,000 (before costs) for "
            "convertible notes with a face value of $420,000.",
            {"date": None},
        ),
        # A loan note instrument's day: the notes are drawn under it later.
        (
            "The \u00a33.5 million principal of Loan Notes have been "
            "constituted and created pursuant to a loan note instrument dated "
            "7 March 2018 executed by the Company.",
            {"date": None},
        ),
        # A resolution's day is no issue date.
        (
            "The Company has 12% loan notes in issue. After consultation, a "
            "written special resolution dated 3 October 2023 was proposed to "
            "and received 75% support from the noteholders.",
            {"date": None},
        ),
        # An advance, then its note executed days later: a person decides.
        (
            "On June 26, 2008, Berg & Berg Enterprises, LLC advanced to the "
            "Company $2,500,000 as a loan. In connection therewith, on July "
            "2, 2008, the Company executed a promissory note in aggregate "
            "principal amount of $2,500,000 in favor of Berg & Berg.",
            {"date": None},
        ),
        # An earlier further loan beside the notes' balance.
        (
            "The Company has granted C4 loan notes of GBP10,000 denomination, "
            'which sets the loan balance at GBP2.5 million (the "Loan '
            'Notes"). In December 2014, the Company obtained a further loan '
            "of GBP200,000 from Shard.",
            {"principal": "2500000.00 GBP"},
        ),
        # the new notes' coupon, raised from the old one; the old notes' rate
        # and maturity are the exchange offer's
        (
            "Chicago, Oct. 31 - Tri-S Security Corp. once more delayed the "
            "deadline in the exchange offer for its 10% convertible "
            "promissory notes due Oct. 14, 2008. Instead, it amended the "
            "new convertible promissory notes on offer, raising the coupon "
            "to 14% from 10%, shortening the term to two years from three "
            "years.",
            {"rate": "0.14", "maturity": None},
        ),
        # the new note replaced this one later: a person writes the note booked
        (
            "At June 30, 2016, the Company had outstanding a convertible "
            "note payable in the aggregate principal amount of $950,000. On "
            "March 20, 2017, this note was exchanged for a new promissory "
            "note in the aggregate principal amount of $1,056,875.",
            {"principal": None},
        ),
        # a conversion's amount is no principal
        (
            "During the six months ended June 30, 2024, two of the Note "
            "bearers elected to convert their Note balances in an aggregate "
            "amount of $400,000 into the Company's Class A ordinary shares "
            "at the conversion price of $0.4063.",
            {"principal": None},
        ),
        # a note converted in full is gone; the notes issued after it are the text's
        (
            "On May 14, 2024, the Company entered into an Amendment and "
            "Notice of Conversion of Note with Palladium, pursuant to which "
            "that certain Secured Convertible Note, dated March 1, 2022, "
            "issued to Palladium in the principal amount of $240,135, was "
            "amended to allow for immediate conversion of the 2022 "
            "Palladium Note and which, simultaneously, converted the 2022 "
            "Palladium Note in full in exchange for 278,587 shares of "
            "common stock, representing the conversion of the principal "
            "amount of $240,135, plus accrued and unpaid interest of "
            "$38,452. On March 2024, the Company issued two unsecured "
            "original issue discount promissory notes in the aggregate "
            "principal amount of $343,500.",
            {"principal": "343500.00 USD"},
        ),
        # an investment made through notes is their principal; a holding's
        # threshold is no rate
        (
            "The $150m investment comes via secured exchangeable notes. The "
            "notes will have a term of three years. Wyloo will also have "
            "the right to appoint a nominee director and retain that "
            "nominee while its equity interest in Hastings remains at 12.5% "
            "or more.",
            {"principal": "150000000.00 USD", "rate": None},
        ),
        # the person the notes are placed with; an open offer's basis names no
        # class the notes convert into
        (
            "The Board of GAN is pleased to announce it has raised \u00a32 "
            "million by way of a conditional Placing and Open Offer of 9% "
            "Convertible Unsecured Loan Notes 2022. The Company has "
            "conditionally placed all of the Convertible Notes with Sir "
            "Michael Smurfit. The Company is providing all Qualifying "
            "Shareholders with the opportunity to subscribe for the "
            "Convertible Notes, on the basis of one Convertible Note for "
            "every thirty-five Existing Ordinary Shares.",
            {"holder": '"Sir Michael Smurfit"', "share-class": None},
        ),
        # a note that does not convert has no par value to write; the
        # warrants' shares have one
        (
            "Smith will loan to the Company an amount not to exceed "
            "$715,000 in return for one or more secured promissory notes "
            "and accompanying unregistered common stock purchase warrants. "
            "Each Note shall be accompanied by an unregistered warrant to "
            "purchase shares of the Company's common stock, par value "
            "$0.001 per share.",
            {"par-value": None},
        ),
        # the investor's legal fees paid from the price are issue costs
        (
            "On August 6, 2012, the Company entered into a securities "
            "purchase agreement with Asher Enterprises Inc. pursuant to "
            "which Asher purchased from the Company an 8% convertible note "
            "in the principal amount of $63,000. The Company received net "
            "proceeds of $60,000 from the sale of the Note (and $3,000 was "
            "used to pay the investor's legal fees).",
            {"principal": "63000.00 USD", "issue-costs": "3000.00 USD"},
        ),
        # money raised in convertible debt is its principal; the issuer's
        # chief executive quoted is no holder
        (
            "LONDON (ShareCast) - Toople said it was on the lookout for "
            "acquisitions after raising \u00a3300,000 in convertible debt. "
            "Andy Hollingworth, Toople's chief executive, said: \"This "
            'funding shows strong support from existing shareholders."',
            {"principal": "300000.00 GBP", "related-party": None},
        ),
        # a closing the wire's release says happened today; insiders' part is
        # neither the principal nor the holder's relation
        (
            "New York, New York--(Newsfile Corp. - November 12, 2021) - UGE "
            "International Ltd. is pleased to announce that it closed today "
            "an offering of 6.5% convertible debentures. The Company issued "
            "Debentures in the aggregate principal amount of $2,000,000. "
            "Certain directors and officers subscribed for a total of "
            "$46,000 in principal amount of the Debentures.",
            {
                "date": "2021-11-12",
                "principal": "2000000.00 USD",
                "related-party": None,
            },
        ),
        # the new debentures that settled the historical ones, whose maturity
        # is theirs; a price per unit
        (
            "The Company reports that the 10% Senior Unsecured Convertible "
            "Debentures with a maturity date of December 31, 2023 (the "
            '"Historical Debentures") have now been settled through the '
            "issuance of $2,423,000 New Debentures and cash payment of "
            "$41,000 to ineligible holders. The New Debenture is "
            "convertible into units at a price of $0.05 per unit.",
            {
                "principal": "2423000.00 USD",
                "maturity": None,
                "conversion-price": "0.05 USD",
            },
        ),
        # a first initial is part of the holder's name
        (
            "FOR VALUE RECEIVED, SANUWAVE Health, Inc., a Nevada "
            'corporation (the "Company"), hereby promises to pay to the '
            'order of A. Michael Stolarski (the "Holder") the principal '
            "sum of $223,511.26.",
            {"holder": '"A. Michael Stolarski"'},
        ),
        # the notes retired are not the ones issued
        (
            "3D Systems Announces Issuance of $92 Million of Convertible "
            "Senior Secured Notes due 2030 and Retirement of $180 Million "
            "of Existing Convertible Senior Notes due 2026",
            {"principal": "92000000.00 USD"},
        ),
        # the option's amount is part of the issue, not the issue
        (
            "On April 26, 2019, Guess?, Inc. completed its previously "
            "announced offering of $300.0 million aggregate principal "
            "amount of its 2.00% Convertible Senior Notes due 2024, "
            "including the exercise on April 24, 2019 by the initial "
            "purchaser of its option to purchase $25.0 million aggregate "
            "principal amount of the Notes to cover over-allotments.",
            {"principal": "300000000.00 USD"},
        ),
        # each bond's denomination is no principal
        (
            "In April 2024, the Company offered \u20ac100.0 million of "
            'senior unsecured convertible bonds due 2029 (the "New '
            'Bonds"). The New Bonds have a principal amount of '
            "\u20ac100,000 each.",
            {"principal": "100000000.00 EUR"},
        ),
        # the parts of the coupon paid in cash and in shares are not the rate
        (
            "The Debentures carry a 9.0% coupon and are convertible into "
            "common shares. Two-thirds of the Interest (equal to 6% per "
            "annum) is payable in cash. One-third of the Interest (equal to "
            "3% per annum) is payable in common shares.",
            {"rate": "0.09"},
        ),
        # the rate of an optional extension is no rate the note bears
        (
            "VioQuest raised gross proceeds through the issuance of 8% "
            "senior convertible promissory notes. The Notes mature in 12 "
            "months, but VioQuest has the option to extend the maturity for "
            "an additional year at an interest rate of 12%.",
            {"rate": "0.08"},
        ),
        # the issuer and its investor are not several holders; a term sheet's amount
        (
            "Des Moines, Dec. 12 - WorldHeart Corp. closed a $5 million "
            "private placement of convertible secured debt with investor "
            "Abiomed, Inc. The two companies also entered into a two-year "
            "marketing agreement. Issuer:WorldHeart Corp.\n"
            "Issue:Convertible secured debt\n"
            "Amount:$5 million\n"
            "Investor:Abiomed, Inc.",
            {"holder": '"Abiomed, Inc."', "principal": "5000000.00 USD"},
        ),
        # a term sheet's amount ranks below the sentence that prices the issue
        # (a guard: the term sheet's line was no candidate before)
        (
            "New York, Sept. 21 - Hitachi Ltd. priced \u00a5100 billion of "
            "five-year euroyen zero-coupon convertible bonds in two parts.\n"
            "Issuer:Hitachi Ltd.\n"
            "Amount:\u00a550 billion\n"
            "Maturity:2009",
            {"principal": "100000000000.00 JPY"},
        ),
        # a rate written "3-percent"; the issuer's other bonds and an earlier
        # sale are no term
        (
            "Gome Electrical Appliances Holdings Ltd sold 2.05 billion yuan "
            "of convertible bonds to help refinance debt. The five-year, "
            "3-percent notes were priced to yield 4.14 percent and can be "
            "converted into shares at HK$2.838, a 29-percent premium to "
            "Tuesday's closing price. Gome has 4.6 billion yuan of "
            "zero-coupon convertible bonds due May 2014 that bondholders "
            "can ask the company to redeem. The company raised 1.59 billion "
            "yuan in June from a sale of 5-percent convertible notes.",
            {
                "rate": "0.03",
                "principal": "2050000000.00 CNY",
                "conversion-price": "2.838 HKD",
            },
        ),
        # what is outstanding of notes being restructured is no principal
        (
            "The Company is pleased to announce a restructuring of all of "
            "the Company's outstanding convertible Loan Notes, amounting to "
            "\u00a33.54 million which were due to mature on 31 October "
            "2011.",
            {"principal": None},
        ),
        # the note the holder gave the company has its own term
        (
            "On March 26, 2019, the Company issued a secured convertible "
            "promissory note to Iliad Research and Trading, L.P. in the "
            "principal amount of $1,070,000. The purchase price for the "
            "Note was paid by the Purchaser through an initial cash payment "
            "of $500,000 and the issuance of an Investor note to the "
            "Company with a one-year term and an interest rate of 8%.",
            {"maturity": None},
        ),
        # no interest during an extension is no zero rate for the note
        (
            "The loan bears interest at 12% per annum until November 12, "
            "2014. The maturity date may be extended to December 15, 2014. "
            "For greater certainty, no interest shall accrue or be payable "
            "during the extension period.",
            {"rate": "0.12"},
        ),
        # the issuer's chairman quoted is no holder's relation
        (
            "Petra Diamonds Limited announces that it has entered into a "
            "US$20 million unsecured, interest bearing convertible loan "
            "agreement with BHP Development Finance Proprietary Limited. "
            "Adonis Pouroulis, Petra's Chairman, comments: \"Our "
            'relationship with BHP is a strong one."',
            {"related-party": None},
        ),
        # a price assumed to count shares is no term
        (
            "The Convertible Promissory Note bears interest at 2.5% per "
            "annum. Assuming a conversion price of $8.2909 per share (which "
            "is the maximum conversion price at which the Convertible "
            "Promissory Note is convertible by its terms), the Convertible "
            "Promissory Note will automatically convert into 1,809,212 "
            "shares.",
            {"conversion-price": None},
        ),
        # bonds priced at par to yield a rate bear that coupon
        (
            "New York, Feb. 18 \u2013 Outokumpu Oyj priced \u20ac215 "
            "million of five-year senior unsecured convertible bonds at par "
            "to yield 3.25% with an initial conversion premium of 30%.",
            {"rate": "0.0325", "principal": "215000000.00 EUR"},
        ),
        # the existing bonds' rate and the amount accepted for repurchase are
        # theirs; an exchange price
        (
            "Petropavlovsk PLC placed USD125 million of convertible bonds. "
            "The new convertible bonds due in 2024 were sold with a coupon "
            "of 8.25%. The bonds can be converted into Petropavlovsk shares "
            "at an initial exchange price of USD0.1350, a premium of 22.5% "
            "on the stock's closing price. In a concurrent buyback, "
            "Petropavlovsk offered USD1,080 per USD1,000 of existing USD100 "
            "million 9.00% convertible bonds due in 2020. It said Thursday "
            "it received interest for this for USD78 million in principal, "
            "meaning 78% of the total and accepted all of these bonds for "
            "repurchase.",
            {
                "rate": "0.0825",
                "principal": "125000000.00 USD",
                "conversion-price": "0.1350 USD",
            },
        ),
        # the loan notes' own par value is no share's
        (
            "It is now proposed that new convertible secured loan notes of "
            "\u00a31.00 par value each in the aggregate principal amount of "
            "\u00a33.4 million will be created, convertible into ordinary "
            "shares of 1p each at 2p per share.",
            {"par-value": "0.01 GBP"},
        ),
        # a sum in words after the holder's definition
        (
            "Green Hygienics Holdings Inc. (\u201cMaker\u201c) hereby "
            "promises to pay to the order of Primordia, LLC "
            "(\u201cHolder\u201d) Four Hundred Six Thousand One Hundred "
            "Thirty-Seven Dollars ($406,137.00) with interest at the rate "
            "of four and 75/100th percent (4.75%) per annum.",
            {"principal": "406137.00 USD", "holder": '"Primordia, LLC"'},
        ),
        # a person in capitals, with a title
        (
            "This PROMISSORY NOTE (this \u201cNote\u201d) is made as of "
            "July 6, 2016 between MEDIZONE INTERNATIONAL, INC., a Nevada "
            "corporation (\u201cMaker\u201d) and DR. MICHAEL SHANNON "
            "(\u201cHolder\u201d).",
            {"holder": '"DR. MICHAEL SHANNON"'},
        ),
        # what the sum is owed for, then its definition
        (
            "WHEREAS, Maker owes Holder One Hundred Eleven Thousand One "
            "Hundred Nine Dollars ($111,109.00) in accrued and unpaid wages "
            "(the \u201cPrincipal Amount\u201d).",
            {"principal": "111109.00 USD"},
        ),
        # the agent at the address is not the holder
        (
            "FOR VALUE RECEIVED, CREATIVE VISTAS, INC., an Arizona "
            'corporation (the "BORROWER"), promises to pay to LAURUS '
            "MASTER FUND, LTD., M&C Corporate Services Limited, P.O. Box "
            "309 GT, Ugland House, South Church Street, George Town, Grand "
            'Cayman, Cayman Islands (the "HOLDER") or its registered '
            "assigns, the sum of One Million Dollars ($1,000,000) on "
            "September 30, 2007.",
            {"holder": '"LAURUS MASTER FUND, LTD."'},
        ),
        # the note's default clauses are not its rate's
        (
            "The Convertible Note contains customary events of default, "
            "bears interest at an annual rate of 12.0% (or 16.0% upon the "
            "occurrence and during the continuance of an event of default "
            "under the Convertible Note).",
            {"rate": "0.12"},
        ),
        # the price a premium gives is the note's own
        (
            "The bonds come with a 30% conversion premium, resulting in a "
            "conversion price of EUR 15.73.",
            {"conversion-price": "15.73 EUR"},
        ),
        # an equivalent in brackets before the words; an aim to raise is no price
        (
            "Nordex SE said it has placed EUR 333 million (USD 365.0m) "
            "worth of new unsubordinated, unsecured green convertible "
            "bonds. Nordex launched the offering a day earlier, originally "
            "seeking to raise EUR 350 million in gross proceeds.",
            {"principal": "333000000.00 EUR", "purchase-price": None},
        ),
        # a controller the text does not call an insider
        (
            "The Company entered into a Convertible Facility Agreement with "
            "TDR Enterprises Ltd (a company controlled by Tom Richardson) "
            '(the "Lender") to access up to \u00a3200,000.',
            {"related-party": None},
        ),
        # (a guard: a company controlled by a shareholder with influence is related)
        (
            "On August 10, 2020, the Group issued a convertible loan of "
            "US$4,000,000 to a company controlled by a shareholder with "
            "significant influence over the Company which had a term of 12 "
            "months.",
            {"related-party": "TRUE"},
        ),
        # an amount held for an illustration is no principal
        (
            "If the Company shall issue any Common Stock, the conversion "
            "privileges of this Note shall be equitably adjusted such that, "
            "upon conversion, the holder of $100,000 in principal amount of "
            "Notes shall receive Common Stock representing ___% of the "
            "then-outstanding Common Stock.",
            {"principal": None},
        ),
        # a rate long after the word interest, past a bracket
        (
            "The Borrower promises to pay to the order of Dan Thompson II "
            "LLC (the \u201cHolder\u201d) the principal sum of "
            "$3,000,000.00, together with interest thereon accruing on and "
            "from the date hereof until the entire Principal Amount is paid "
            "(or converted, as provided in Section 2 hereof), at an annual "
            "rate equal to 9.0% (the \u201cBase Rate\u201d).",
            {"rate": "0.09"},
        ),
        # the holder's description without its article
        (
            "This Convertible Promissory Note is made by Debut Broadcasting "
            'Corporation, Inc., a Nevada corporation (the "Maker") for '
            "the benefit of River Falls Financial Services, LLC, Kentucky "
            "limited liability company (\u201cHolder\u201d).",
            {"holder": '"River Falls Financial Services, LLC"'},
        ),
        # a rate per thirty days is no annual rate
        (
            "This Note shall bear interest at the rate of ten percent (10%) "
            "per thirty-day period from the date of this Note until paid.",
            {"rate": None},
        ),
        # two first names before a shared surname
        (
            "FOR VALUE RECEIVED, Noble Roman's, Inc, an Indiana corporation "
            "(the \u201cDebtor\u201d), hereby promises to pay to Paul and "
            "Jenny Mobley (the \u201cHolder\u201d) the principal sum of One "
            "Hundred Thousand and 00/100 Dollars ($100,000.00).",
            {"holder": '"Paul and Jenny Mobley"'},
        ),
        # the cost of shares bought back with the proceeds
        (
            "On January 17, 2017, MagnaChip Semiconductor S.A. closed the "
            "Exchangeable Notes Offering of $86,250 thousand aggregate "
            "principal amount of 5.0% Exchangeable Notes. The Company used "
            "a portion of the net proceeds from the issuance to repurchase "
            "1,795,444 shares of common stock under its stock repurchase "
            "program at an aggregate cost of $11,401 thousand. The Company "
            "incurred debt issuance costs of $5,902 thousand related to the "
            "issuance of the Exchangeable Notes.",
            {"issue-costs": None},
        ),
        # a figure in thousands beside a table in thousands; a repurchase is no issue
        (
            "Borrowings as of December 31, 2020 and 2019 are as follows (in "
            "thousands):\n"
            "On January 17, 2017, MagnaChip Semiconductor S.A. closed the "
            "Exchangeable Notes Offering of $86,250 thousand aggregate "
            "principal amount of 5.0% Exchangeable Notes. In February 2019, "
            "the Company repurchased a principal amount equal to $920 "
            "thousand of the Exchangeable Notes in the open market.",
            {"principal": "86250000.00 USD"},
        ),
        # a right to appoint a director is no relation yet
        (
            'Piedmont Lithium Limited (the "Subscriber") subscribed for '
            "the Tranche A convertible note. For so long as the Subscriber "
            "holds voting power of at least 9% in the Issuer, the "
            "Subscriber will have the right to appoint one person as a "
            "non-executive director of the Issuer.",
            {"related-party": None},
        ),
        # an officer quoted is no holder's relation
        (
            "TUI AG has placed EUR 487 million of convertible bonds. "
            "Sebastian Ebel, CEO of TUI Group: \u201cThe successful "
            "placement of the convertible bonds shows that investors trust "
            "our strategy.\u201d",
            {"related-party": None},
        ),
        # a valuation that gives a stake is no price per share
        (
            "All or part of outstanding principle and interest may be "
            "converted into such amount of equity interest of E-surer that "
            "represents a percentage of equity ownership obtained by "
            "dividing the aggregate outstanding principal and unpaid "
            "accrued interest on the date of conversion, by RMB "
            "100,000,000.",
            {"conversion-price": None},
        ),
        # the new notes in an exchange, the old notes' rate, a price given roughly
        (
            "Xeris Biopharma Holdings, Inc. entered into separate privately "
            "negotiated exchange agreements on Sept. 26 with some holders "
            "of the subsidiary\u2019s outstanding 5% convertible senior "
            "notes due 2025. Xeris Biopharma will exchange $31,975,000 "
            "aggregate principal amount of the existing notes for "
            "$33,574,000 aggregate principal amount of new 8% convertible "
            "senior notes due July 15, 2028. The initial conversion rate "
            "for the new notes is 326.7974 shares of Xeris common stock per "
            "$1,000 principal amount of notes, equivalent to an initial "
            "conversion price of roughly $3.06 per share.",
            {
                "principal": "33574000.00 USD",
                "rate": "0.08",
                "conversion-price": "3.06 USD",
            },
        ),
        # an effective price of conversion
        (
            "The Loan Notes are convertible into 8 million ordinary shares "
            "in the Company ('Ordinary Shares') at the effective price of "
            "12.5p, being a premium of 26.6 per cent. over the share price "
            "at close of business on 26 February 2009.",
            {"conversion-price": "0.125 GBP"},
        ),
        # funds affiliated with a manager are several holders
        (
            "Madison Technologies Inc. announced that it has entered into a "
            "securities purchase agreement with funds affiliated with Arena "
            "Investors, LP for a private placement of convertible notes for "
            "gross proceeds of $15 million.",
            {"holder": None},
        ),
        # a short name defined without quotes, read in full
        (
            "On May 29, 2009, Interleukin Genetics, Inc. elected to draw "
            "down $1.0 million under our existing convertible credit "
            "facility with Pyxis Innovations Inc. (Pyxis), an affiliate of "
            "Alticor Inc., and issued a convertible promissory note to "
            "Pyxis in that amount.",
            {"holder": '"Pyxis Innovations Inc."'},
        ),
        # a role's word is no holder's name: the name it defines is
        (
            "THIS CONVERSION AGREEMENT, dated as of July 20, 2023, is made "
            "between MIRA Pharmaceuticals, Inc., a Florida corporation (the "
            "\u201cCompany\u201d), and the Bay Shore Trust "
            "(\u201cPayee\u201d, and, collectively with the Company, the "
            "\u201cParties\u201d). WHEREAS, the Company is a party to a "
            "Promissory Note and Loan Agreement with Payee (the "
            "\u201cNote\u201d).",
            {"holder": '"Bay Shore Trust"'},
        ),
        # notes issued on a day; a loan taken to pay their interest is another debt
        (
            "The company, which issued $55 million of the notes on March "
            "26, 2008, said that it has until May 1 to make the interest "
            "payment. For that payment, the company used $1.1 million "
            "received from escrow funds and a $1.15 million loan it "
            "received from Evergreen Clean Energy, LLC to make the interest "
            "payment on the 8% notes.",
            {"principal": "55000000.00 USD"},
        ),
        # a prospectus's fee table is no fee withheld
        (
            "Title of Each Class of Securities to be Registered | Amount to "
            "be Registered | Proposed Maximum Offering Price Per Unit | "
            "Proposed Maximum Aggregate Offering Price | Amount of "
            "Registration Fee |\n"
            "Convertible Senior Notes due 2014 | $138,000,000(1)(2) | 100% "
            "| $138,000,000(1)(2) | $7,700.40(3) |\n"
            "We are offering $120,000,000 principal amount of our 4.375% "
            "Convertible Senior Notes due 2014.",
            {"issue-costs": None, "principal": "120000000.00 USD"},
        ),
        # (a guard: a heading's words before the full name are not the holder's)
        (
            "Notes Payable - Related Party Hankey Capital LLC (Hankey "
            "Capital) holds certain convertible notes of the Company. On "
            "October 24, 2014, the Company issued a convertible promissory "
            "note in the amount of $7,000,000 to Hankey Capital.",
            {"holder": '"Hankey Capital LLC"'},
        ),
        # a part converted later is no issue
        (
            "The Company originally issued the 2.45% Convertible Note on "
            "March 16, 2010, in the amount of $1.25 million. As a result of "
            "the successful completion of the IPO in January 2013, $625,000 "
            "in principal amount, plus accrued interest thereon, of the "
            "2.45% Convertible Note converted into 66,913 shares of the "
            "Company's common stock.",
            {"principal": "1250000.00 USD"},
        ),
        # each note's face is no issue's principal
        (
            "The Company has issued 200 convertible notes to Lanstead "
            "Capital LP. Conversion Ratio: 16,461 shares per Note "
            "calculated by dividing the A$1,000 Face Value per Note by the "
            "Conversion Price.",
            {"principal": None},
        ),
        # a conversion price set at a price of
        (
            "The Company proposes to raise approximately \u00a30.7 million "
            "through the issue of \u00a3125,000 of convertible loan notes "
            "and 8,331,429 new ordinary shares of 6 pence each to be issued "
            "at 7 pence per share. Conversion price is set at price of 9 "
            "pence;",
            {"conversion-price": "0.09 GBP"},
        ),
        # thousands grouped by spaces
        (
            "Kore raises $530 000 through convertible loan note issue.",
            {"principal": "530000.00 USD"},
        ),
        # an advance's day on a form is no issue date
        (
            "CONVERTIBLE PROMISSORY NOTE\n"
            "Purchaser:\n"
            "Issuance Date:\n"
            "Initial Advance:\n"
            "on February 21, 2012\n"
            "Final Advance:\n"
            "on April 21, 2012\n"
            "Total Principal:\n"
            "For value received, Vertical Health Solutions, Inc. hereby "
            "promises to pay the Purchaser the principal sum of the then "
            "outstanding aggregate amount of all Advances.",
            {"date": None},
        ),
        # loan notes each of a nominal value in aggregate
        (
            "The placing will comprise the subscription of 300,000 "
            "convertible Loan Notes each having nominal value of £1, being "
            "in aggregate £300,000, for a period of 3 years.",
            {"principal": "300000.00 GBP", "par-value": None},
        ),
        # an investment by way of an issue of notes
        (
            "Northgate plc, a leading search firm, is pleased to announce "
            "additional investment of £250,000 by way of issue and "
            'subscription of Convertible Loan Notes ("Loan Notes").',
            {"principal": "250000.00 GBP"},
        ),
        # each holders part of one issue
        (
            "Brightwater plc announces the issue of £300,000 of "
            "convertible loan notes. Alpha Limited and Beta Holdings "
            "Limited, both substantial shareholders of the Company, have "
            "each agreed to subscribe for £150,000 of the loan notes to be "
            "issued on 3rd June 2021.",
            {"principal": "300000.00 GBP", "related-party": "TRUE"},
        ),
        # the remaining notes bear no interest
        (
            "The Company issued convertible notes during the year. Two of "
            "the notes bear interest at rates ranging from % to % per "
            "annum; the remaining notes were issued at a discount and bear "
            "no interest.",
            {"rate": None},
        ),
        # an interest payments due day is no maturity
        (
            "The Company will pay $20,000 of accrued interest on its "
            "convertible debentures by issuing shares for the interest "
            "payment (the “Interest Payment”) due June 30, 2023.",
            {"maturity": None},
        ),
        # a balance interest accrued on
        (
            "The Company will settle $20,000 in interest accrued on the "
            "$800,000 of Convertible Debentures by issuing common shares.",
            {"principal": None},
        ),
        # another note to come
        (
            "The Company will issue Ridgeway Fund another Note in the "
            "amount of $45,000 once the registration statement is filed. "
            "The note bears interest at 8% and is convertible at $0.10 per "
            "share.",
            {"principal": None},
        ),
        # a business combinations closing date
        (
            "The convertible notes may be subscribed during the period "
            "beginning on the closing date of the business combination, "
            "which occurred on March 3, 2022 (the “Closing Date”), and "
            "ending twelve months later.",
            {"date": None},
        ),
        # a notes face labels side by side
        (
            "Note No. 4 | Original Principal Amount: $2,000,000 Original "
            "Issue Discount: 8% | Issuance Date: March 2, 2021 | FOR VALUE "
            "RECEIVED, the Company promises to pay the Holder. This Note "
            "is convertible into common stock.",
            {"principal": "2000000.00 USD", "date": "2021-03-02"},
        ),
        # a discount notes title under its date
        (
            "Original Issue Date: June 1, 2021\n"
            "$555,555.56\n"
            "10% ORIGINAL ISSUE DISCOUNT SENIOR SECURED NOTE\n"
            "Due June 1, 2022\n"
            "This Note shall be convertible into shares of common stock.",
            {"principal": "555555.56 USD"},
        ),
        # interest paid per annum quarterly
        (
            "Before any conversion, the Company must pay daily accrued "
            "interest at a rate of 12% per annum quarterly on the last day "
            "of March, June, September and December.",
            {"interest-payment": '"quarterly"'},
        ),
        # a letters date above has today issued
        (
            "14 March 2019\n\n"
            "Dear Sirs\n\n"
            "CONVERTIBLE NOTES\n\n"
            "Oakline Ltd announces that the Company has today issued "
            "500,000 convertible notes to Jane Roe.",
            {"date": "2019-03-14"},
        ),
        # a subscription amount is the price paid
        (
            "The Investor purchased from the Company for an aggregate of "
            "$900,000 in subscription amount, a convertible debenture in "
            "the principal amount of $1,000,000.",
            {"purchase-price": "900000.00 USD", "principal": "1000000.00 USD"},
        ),
        # the maturity date shall be
        (
            "This Note is convertible into common stock. (a) Payment of "
            "Principal. The “Maturity Date” shall be June 30, 2021.",
            {"maturity": "2021-06-30"},
        ),
        # a warrants shares are no class
        (
            "The Company will issue 100,000 convertible loan notes to the "
            "Lenders, raising £100,000, with a 12% coupon.\n"
            "● 12,500,000 warrants will be issued to the Lenders (the "
            '"Warrants"). Each Warrant will have an exercise price of 1.5p '
            "and be convertible into one Ordinary Share. The Warrants will "
            "expire after three years.",
            {"share-class": None},
        ),
        # a price that supersedes the formula
        (
            "The conversion price of 2p has been agreed between the holder "
            "and the Company and supersedes the conversion formula in the "
            "loan note instrument.",
            {"conversion-price": None},
        ),
        # a holder by and between the company and
        (
            "On March 2, 2023, the Company entered into a Securities "
            "Purchase Agreement (the “Harbor SPA”) by and between the "
            "Company and Harbor Crest Funding LLC (“Harbor Crest”), under "
            "which the Company sold a convertible note of $75,000.",
            {"holder": '"Harbor Crest Funding LLC"'},
        ),
        # a holder and the company entered into
        (
            "On June 5, 2022, Westbay Holdings Corp. (the “Company”) and "
            "Linden Park Partners LLC (“Linden”) entered into a "
            "convertible note subscription agreement. Linden is an "
            "affiliate of Mark Oduya, a director of the Company.",
            {"holder": '"Linden Park Partners LLC"', "related-party": "TRUE"},
        ),
        # thousands grouped by apostrophes
        (
            "The Company issued a convertible loan with a face amount of "
            "CHF 1\u2019250\u2019000 to Alpine Partners AG.",
            {"principal": "1250000.00 CHF"},
        ),
        # a fixed price at a discount to a stated price
        (
            "The Loan Notes will be convertible into Ordinary Shares at "
            "0.3p per share, a discount of 10 per cent. to the closing mid "
            "price of 0.33p per share on 4 May 2018.",
            {"conversion-price": "0.003 GBP", "conversion-discount": None},
        ),
        # a floor on the conversion price
        (
            "The note is convertible into shares of our common stock at a "
            "40% discount to our lowest bid price over the preceding 10 "
            "days with a floor on the conversion price of $0.0001.",
            {
                "conversion-price": None,
                "conversion-price-floor": "0.0001 USD",
                "conversion-discount": "0.4",
            },
        ),
        # a derivative liability is no principal
        (
            "The conversion feature of these convertible notes was "
            "recorded as a derivative liability in the amount of $55,000 "
            "with a related debt discount of $55,000.",
            {"principal": None},
        ),
        # a balance owed is no principal
        (
            "At the closing of the offering, total principal of $9,100 and "
            "total accrued interest of $1,200 was owed on the convertible "
            "notes.",
            {"principal": None},
        ),
        # a fixed leg before whichever is lower
        (
            "The Holder may convert this Note into Common Stock at a "
            "thirty percent (30%) discount to the market price of the "
            "Common Stock or $.25 per share, whichever is lower.",
            {"conversion-price": "0.25 USD", "conversion-discount": "0.3"},
        ),
        # the sign and the word percent
        (
            "Redfern is pleased to announce a $5m convertible 2 year, 9.5% "
            "percent note.",
            {"rate": "0.095"},
        ),
        # a lender repaid in full is no holder
        (
            "The funding is a secured convertible loan provided by "
            "Rivergate Capital. The Company will apply part of the loan to "
            "repay in full the outstanding loan from Harbour Point Pte Ltd "
            '("HP"), which carried a higher rate.',
            {"holder": None},
        ),
        # an existing notes extended amount
        (
            "On May 2, 2022, the Company entered into an agreement with an "
            "investor, pursuant to which the Company extended the maturity "
            "of its existing Convertible Debentures, dated March 1, 2021, "
            "in the total amount of $900,000, and entered into a new "
            "Convertible Debenture payable to the investor, in the gross "
            "amount of $235,294 (resulting in a net amount of $200,000).",
            {"principal": "235294.00 USD"},
        ),
        # an initial face amount
        (
            "The Note was purchased for, and has an initial face amount "
            "of, $250,000. The Note is convertible into common stock.",
            {"principal": "250000.00 USD"},
        ),
        # a member of the board is related
        (
            "On March 3, 2022, the Company entered into a Securities "
            "Purchase Agreement with Jane Roe, a member of our Board of "
            "Directors (the “Purchaser”), pursuant to which the Company "
            "agreed to sell a convertible promissory note.",
            {"related-party": "TRUE"},
        ),
        # an issuance that occurred on
        (
            "A further issuance of $500,000 convertible notes occurred on "
            "4 March 2022 with an aggregate principal value of $500,000.",
            {"date": "2022-03-04"},
        ),
        # prime plus a margin
        (
            "The Principal Loan Amount bears interest at prime plus 3% per "
            "annum and is convertible into ordinary shares.",
            {"rate": None},
        ),
        # an officer quoted with the companys name
        (
            "Acme Inc. has closed a $10 million tranche of convertible "
            'notes in a private placement with Ridgeline Capital. "We are '
            "excited to work closely with Ridgeline to create value for "
            "all our stakeholders,\" said Maria Lopez, Acme's Chairman & "
            "Co-Founder.",
            {"related-party": None},
        ),
        # monthly payments of principal
        (
            "Convertible notes\n"
            "Payment: Monthly payments of principal of US$50,000 plus "
            "interest due.",
            {"principal": None},
        ),
        # a class letter in quotes
        (
            "The principal amount of the Notes will be convertible into "
            "Class “B” Common Shares in the capital of the Company at "
            "CDN$0.05 per share.",
            {"share-class": '"Class “B” Common"'},
        ),
        # a nominal value each
        (
            "The Convertible Notes shall have a nominal value of €5,000 "
            "each for a subscription price per Note equal to 98% of their "
            "par value.",
            {"principal": None},
        ),
        # an issue price is no fee
        (
            "- continue to improve its internal systems, controls and "
            "compliance.\n\n"
            "Highlights:\n\n"
            "· £2.4 million (before expenses) to be raised at an Issue "
            "Price of 0.6p via:\n\n"
            "the conditional subscription for £150,000 of Convertible Loan "
            "Notes by Ridgeway",
            {"issue-costs": None},
        ),
        # a conversion rates numerator
        (
            "The Debentures are convertible at a conversion rate equal to "
            "$1,000 principal amount of debentures divided by the "
            "conversion price, which is a 20% discount to the offering "
            "price.",
            {"principal": None, "conversion-price": None},
        ),
        # a short name and a role after the
        (
            "This Convertible Loan Agreement is made and entered into by "
            "and between Harbor Rail Ltd., a company incorporated under "
            "the laws of the State of Israel (the “HRL” or “Lender”), and "
            "Quantum Ltd. (the “Company”).",
            {"holder": '"Harbor Rail Ltd."'},
        ),
        # a stray bracket after the holder
        (
            "The funding is in the form of a secured convertible loan "
            '("Loan") provided to the Company by Northwind Mobile Ltd.) '
            '("Lender"), an international group.',
            {"holder": '"Northwind Mobile Ltd."'},
        ),
        # an issue date label closed a line later
        (
            "AMENDED AND RESTATED CONVERTIBLE NOTE\n"
            "$2,000,000.00\n"
            "March 3, 2012 (the “Issue Date”\n"
            "Amended and Restated as of June 1, 2015)\n"
            "Pittsburgh, Pennsylvania",
            {"date": "2012-03-03"},
        ),
        # a registration number and a ticker after the holder
        (
            "This Convertible Loan Agreement is made and entered into by "
            "and between Orchard Signal Ltd., No 512345678 (Nasdaq: ORSG), "
            "a company incorporated and registered under the laws of the "
            "State of Israel, with an office address of 4 Hamada St., "
            "Rehovot, Israel (the “OSL” or “Lender”), and Delta Mobility "
            "Ltd. (the “Company”).",
            {"holder": '"Orchard Signal Ltd."'},
        ),
        # an address then the makers promise
        (
            'For value received, Basalt Mining, Ltd. (the "Borrower"), a '
            "company incorporated under the laws of the State of Nevada, "
            "with an address at 100 Main Street, Reno, Nevada, promises to "
            'pay Cobalt Ridge Inc. (the "Note Holder"), a company existing '
            "under the laws of Ontario, the principal sum of U.S.$250,000 "
            'on or before June 30, 2014 (the "Maturity Date").',
            {"holder": '"Cobalt Ridge Inc."'},
        ),
        # other debt under its own heading after the note
        (
            "5. 6.5% CONVERTIBLE DEBENTURES\n"
            "Debentures held by an officer totaling $30,000 are "
            "outstanding at June 30, 2015. The if-converted value of the "
            "Debentures approximates $41,000.\n"
            "Premium Finance Agreement\n"
            "During October 2014, the Company entered into a Premium "
            "Finance Note Payable for $12,400 to finance insurance "
            "premiums. The maturity date of the note is August 1, 2015 and "
            "the interest rate is 9.9%. The Company makes monthly payments "
            "of principal and interest of $1,310.",
            {
                "rate": "0.065",
                "principal": None,
                "maturity": None,
                "interest-payment": None,
            },
        ),
        # a report day before the agreement
        (
            "As previously reported on March 14, 2018, Heron Energy "
            "Corporation (the “Company”) entered into a loan agreement "
            "with Quarry Equity Partners I, LP (“QEP”) on March 9, 2018, "
            "to which QEP loaned $300,000 to the Company. Such loan is "
            "evidenced by a secured convertible promissory note (the "
            "“Note”) issued by the Company to QEP on March 9, 2018.",
            {"date": "2018-03-09"},
        ),
        # the companys short name before its class
        (
            "MARLOW GROUP HOLDINGS LIMITED\n"
            "(“Marlow”, or “the Company”)\n"
            "The Loan will be converted into Marlow ordinary shares, "
            "subject to regulatory approvals.",
            {"share-class": '"Ordinary"'},
        ),
        # a minimum conversion price that a later price may lower
        (
            "The lender may elect to convert the subordinated loans to "
            "convertible notes. The minimum conversion price has now been "
            "set at the lesser of A$0.07 per share and the price of any "
            "subsequent equity issued as part of a recapitalisation.",
            {"conversion-price": None},
        ),
        # a placement memorandums date
        (
            "SECURED CONVERTIBLE PROMISSORY NOTE\n"
            "$______  ___________, 2014\n"
            "This Note is one of a series of notes issued pursuant to the "
            "Company\u2019s Confidential Private Placement Memorandum dated "
            "March 3, 2014.",
            {"date": None},
        ),
        # a subscription someone intends to make
        (
            "Norland Media plc today announces that it has secured "
            "additional funding of £0.5 million (before costs) through the "
            "issue of a new tranche of convertible loan notes to the "
            "Company's largest shareholders. In addition, Jane Doe intends "
            "to subscribe for £0.05 million of Convertible Loan Notes.",
            {"principal": None},
        ),
        # the cash net of a discount and costs
        (
            "On May 2, 2019, the Company issued a Senior Convertible Note "
            "with an original principal amount of $300,000 less an "
            "original issue discount of $30,000 and transaction costs of "
            "$6,000 bearing a 8% annual interest rate for $264,000 in cash.",
            {
                "principal": "300000.00 USD",
                "purchase-price": "270000.00 USD",
                "issue-costs": "6000.00 USD",
            },
        ),
        # the older note a new one amends
        (
            "On June 30, 2009, Delta Telecom Corp. entered into an amended "
            "8% secured convertible debenture in the amount of $2,400,000 "
            "(the “Debenture”) with Granite Partners, LP. The Debenture "
            "amended the 8% convertible debenture in the principal amount "
            "of $2,500,000 dated April 1, 2008 issued by Delta to Granite.",
            {"principal": "2400000.00 USD", "date": None},
        ),
        # a formula for principal paid in stock
        (
            "The conversion price was lowered to $0.20 from $0.25, and if "
            "the company chooses to make principal payments in stock, the "
            "price will be equal to the lower of $0.20 or 90% of the "
            "average of the two lowest daily volume weighted average "
            "prices for the five trading days following the payment date.",
            {"conversion-discount": None, "conversion-lookback": None},
        ),
        # issued in principal of an amount on a day
        (
            "The debentures were issued in principal of $12.5 million on "
            "June 6, 2006. The debentures are due in three years.",
            {"date": "2006-06-06", "maturity": "2009-06-06"},
        ),
        # a fixed price set from a past window
        (
            "The notes have a conversion price of A$0.08 (being a 20% "
            "discount to the average five-day VWAP ending 6 May 2024, "
            "namely A$0.10).",
            {"conversion-price": "0.08 AUD", "conversion-discount": None},
        ),
        # an interim loan until the note
        (
            "Bart Holdings Pty Limited indicated its intention to "
            "subscribe to a secured Convertible Note for $1.0 million. In "
            "the interim Bart Holdings has entered into an unsecured loan "
            "agreement with the Company whereby it will provide a $1.0M "
            "unsecured loan to the Company at 11% p.a. interest.",
            {"rate": None},
        ),
        # a listing is not the class
        (
            "THIS NOTE is one of a series of 8% Convertible Notes of "
            'Orbis, Inc., a Wyoming corporation (the "Company"), the '
            "common stock of which trades on the OTC Markets under the "
            "symbol “ORBS”.",
            {"share-class": None},
        ),
        # an agent for listed lenders
        (
            "FOR VALUE RECEIVED, the undersigned promises to pay to the "
            "order of CEDAR LENDING, L.P., a Nevada limited partnership "
            "(“Cedar” or the “Agent”), on its own behalf and as agent for "
            "those persons listed on Schedule 1 attached hereto "
            "(collectively, the “Lenders”), the principal sum of "
            "$900,000.00.",
            {"holder": None},
        ),
        # a per annum rate equal to percent
        (
            "For value received, the undersigned promises to pay to the "
            "order of Elm Partners II, LLC the sum of $400,000.00 with "
            "interest thereon at a per annum rate equal to 11 percent. "
            "Interest shall be computed on the basis of a year of 360 "
            "days, consisting of 12 months of 30 days each.",
            {"rate": "0.11", "day-count": '"30/360"'},
        ),
        # a promise to pay on or before a day
        (
            "For value received, on or before June 4, 2005, the "
            "undersigned (the “Borrower”) promises to pay to the order of "
            "Elm Partners II, LLC the sum of $400,000.00. Accrued interest "
            "on this Note shall be payable together with all principal "
            "hereon at maturity.",
            {"maturity": "2005-06-04", "interest-payment": '"maturity"'},
        ),
        # successors and representatives in the role
        (
            "This Convertible Note is made by and among Harbor Systems, "
            "Inc. (the “Company”), and Lind Partners Fund III LP, a "
            "Delaware limited partnership (together with its successors "
            "and representatives, the “Holder”).",
            {"holder": '"Lind Partners Fund III LP"'},
        ),
        # made as of under the title
        (
            "CONVERTIBLE DEBENTURE\n"
            "OF\n"
            "CALYX, INC.\n"
            "$1,000,000\n"
            "Made as of May 8, 2008\n"
            "Calyx, Inc. hereby promises to pay to Ridge Corp. (the "
            "“Holder”) on May 8, 2010 the principal sum of $1,000,000.",
            {"date": "2008-05-08"},
        ),
        # an amendments own day and an earlier amendments
        (
            "THIS SECOND AMENDMENT TO SENIOR CONVERTIBLE PROMISSORY NOTE "
            "(this “Amendment”), is dated as of March 1, 2024, by and "
            "among Kettle Systems, Inc. (the “Maker”) and Ridge Fund LP "
            "(the “Holder”).\n"
            "WHEREAS, Maker is party to that certain Senior Convertible "
            "Promissory Note, dated as of May 2, 2023, in the original "
            "principal amount of $900,000, made in favor of Holder (as "
            "amended by that certain First Amendment to Senior Convertible "
            "Promissory Note, dated as of September 5, 2023, the “Note”).",
            {"date": "2023-05-02"},
        ),
        # a bare dollar with its us equivalent
        (
            "Boreal Corp. (TSX:BRL) announces the closing of a $3.0 "
            "million (US$2.2 million) financing. The Financing consists of "
            "an unsecured convertible debenture in the principal amount of "
            "$3,000,000, convertible at a conversion price equal to $0.40 "
            "per Common Share.",
            {"principal": "3000000.00 CAD", "conversion-price": "0.40 CAD"},
        ),
        # namibian dollars
        (
            "In terms of the Agreement, the Fund will lend the Company NAD "
            "100 000 000 (“Loan”). The Loan will be converted into "
            "ordinary shares.",
            {"principal": "100000000.00 NAD"},
        ),
        # a units principal in a list
        (
            "The Company announced its intention to offer up to 2,000 "
            "Units at the issue price of US$1,000 per Unit for gross "
            "proceeds of up to US$2.0 million, with each Unit being "
            "comprised of: (i) US$1,000 principal amount of 10% senior "
            "secured convertible debentures of the Company which will be "
            "convertible into common shares at a conversion price of "
            "US$0.25 per Common Share; and (ii) 2,000 common share "
            "purchase warrants.",
            {"principal": None},
        ),
        # a warrant exercise price amended
        (
            "The Convertible Debentures are convertible into common shares "
            "at a conversion price of US$0.25 per Common Share. The "
            "proposed amendments are as follows: - The number of Warrants "
            "included in a Unit will be increased; and - The Warrant "
            "Exercise Price will be amended to US$0.18 per Common Share.",
            {"conversion-price": "0.25 USD"},
        ),
        # the offerings book runner
        (
            "Pinecone Wellness Inc. (CSE: PINE) announces that it has "
            "entered into an engagement agreement with Maple Securities "
            "Inc. (“Maple”), to act as sole book runner on a best efforts "
            "brokered private placement offering of 8% unsecured "
            "convertible debenture units at a price of $1,000 per unit.",
            {"holder": None},
        ),
        # a list item of notes totalling
        (
            "The funding comprises:-\n"
            "· 3 year convertible loan notes totalling GBP 420,000 "
            "(US$530,000), at a 5% per annum interest rate and conversion "
            'price of GBP 0.02 issued by the Company ("Convertible Loans").',
            {"principal": "420000.00 GBP"},
        ),
        # a tsx venture ticker
        (
            "TORONTO, May 2, 2018 /CNW/ - Northleaf Corp. (TSX "
            "VENTURE:NLF) announced the closing of its private placement "
            "of convertible debentures in the principal amount of "
            "$5,000,000, convertible at a conversion price of $1.20 per "
            "share.",
            {"principal": "5000000.00 CAD", "conversion-price": "1.20 CAD"},
        ),
        # a right to elect a director
        (
            "The Convertible Note is convertible into shares of the "
            "Company\u2019s Series A Preferred Stock (“Series A Shares”) at the "
            "rate of $0.10 per share. Except for the right to elect one "
            "director, the Series A Shares have the same voting rights as "
            "Common Stockholders and are convertible into Common Stock at "
            "a conversion price of $0.10 per share.",
            {"related-party": None, "share-class": '"Series A Preferred"'},
        ),
        # a subscription by an individual
        (
            "The Company has raised £300,000 through a subscription for "
            "£250,000 of convertible loan notes and 800,000 ordinary "
            "shares by an individual, Mr Peter Lane (together, the "
            '"Subscription"). The Loan Notes carry an interest coupon of '
            "6% per annum payable on 31 March and 30 September.",
            {"holder": '"Peter Lane"', "interest-payment": '"semiannually"'},
        ),
        # two instalments a month apart
        (
            "The convertible loan notes bear interest at 10%. It said the "
            "principal amount, plus any accrued interest, would be "
            "repayable in two equal payments on 1 August and 1 September "
            "this year.",
            {"interest-payment": None},
        ),
        # a sale under an earlier agreement
        (
            'On May 9, 2024, Aster Bio, Inc. (the "Company") issued and '
            "sold to an accredited investor, in a private placement, a "
            'senior secured convertible note (the "Note") in the principal '
            "amount of $125,000, for a purchase price of $100,000, "
            "pursuant to a previously disclosed securities purchase "
            "agreement, dated December 1, 2023.",
            {"date": "2024-05-09"},
        ),
        # notes still to be issued
        (
            "On July 1, 2024, the Company entered into separately "
            "negotiated agreements for the exchange of approximately "
            "$300.0 million in aggregate principal amount of 2.50% "
            "Convertible Senior Notes due 2026 (the “Existing Convertible "
            "Notes”) for approximately $200.0 million in aggregate "
            "principal amount of newly issued Convertible Senior Secured "
            "Notes due 2030, to be issued pursuant to an indenture.",
            {"date": None, "rate": None},
        ),
        # an exchange for newly issued notes
        (
            "On May 30, 2013, we exchanged $20,000,000 aggregate principal "
            "amount of our outstanding 3.00% Convertible Senior Notes due "
            "2014 for $20,000,000 aggregate principal amount of newly "
            "issued 5.00% Convertible Senior Notes due 2016 (the “notes”).",
            {"date": "2013-05-30"},
        ),
        # a share subscribers controller
        (
            "The Company entered into a convertible note purchase "
            "agreement with an investor (the “Note Purchase Agreement”) "
            "and a share subscription agreement with QR Holdings Ltd, a "
            "company controlled by Mr. Li Wen, the chairman of the Company "
            "(the “Share Subscription Agreement”). The Noteholder has "
            "elected to convert the Note into an aggregate of 12,345,678 "
            "Class A ordinary shares of the Company at a conversion price "
            "of US$1.20 per share.",
            {
                "holder": None,
                "related-party": None,
                "share-class": '"Class A Ordinary"',
            },
        ),
        # redeemed unless converted before
        (
            "On March 1, 2021, the Company closed an offering of "
            "US$5,000,000 in aggregate principal amount of its Zero Coupon "
            "Convertible Bonds due 2026 (the “Bonds”). Unless previously "
            "redeemed, converted or repurchased and canceled, the Bonds "
            "will be redeemed on March 1, 2026 at 104% of their principal "
            "amount.",
            {"maturity": "2026-03-01"},
        ),
        # a supplemental instruments day
        (
            "Loan Note Instrument Constituting up to 2,000,000 8 per cent. "
            "Convertible Unsecured Loan Notes 2016 (as amended and "
            "restated pursuant to a supplemental instrument dated 3 March "
            "2015) Fenwick Oil plc",
            {"date": None},
        ),
        # principal with any then unpaid interest
        (
            "Unless converted pursuant to Section 2, the unpaid principal "
            "amount, together with any then unpaid accrued interest shall "
            'be due and payable on May 3, 2017 (the "Maturity Date").',
            {"interest-payment": '"maturity"'},
        ),
        # a date above the makers name and title
        (
            "No. CSN2001-X U.S. $[ ]\n"
            "April 2, 2001\n"
            "VERDANT INC.\n"
            "FORM OF 6% CONVERTIBLE SUBORDINATED NOTE\n"
            "DUE APRIL 1, 2006\n"
            "FOR VALUE RECEIVED, Verdant Inc. promises to pay to "
            "___________ the principal sum of Dollars ($_________).",
            {"date": "2001-04-02"},
        ),
        # notes settled for shares before
        (
            "In fiscal 2020 the Company issued several convertible notes. "
            "During fiscal year 2021, all of these notes were settled for "
            "shares of common stock. On March 1, 2022 the Company issued a "
            "note of $50,000 convertible at a fixed price of $0.004 per "
            "share.",
            {"share-class": None},
        ),
        # an anti dilution clause and equivalents
        (
            "The conversion price of the May 2016 Bridge Notes and the "
            "exercise price of the May 2016 Warrants is $1.50 per share, "
            "subject to adjustment, including for issuances of common "
            "stock and common stock equivalents below the then current "
            "conversion or exercise price.",
            {"share-class": None},
        ),
        # no ability to convert
        (
            "The loan carries interest at 8% per annum. There is no early "
            "re-payment penalty or ability to convert into ordinary shares "
            "of the Company.",
            {"share-class": None},
        ),
        # a concurrent share offering
        (
            "The company priced $200 million of convertible senior notes. "
            "Concurrently with the convertible notes offering, the company "
            "has priced an upsized secondary offering of 12,500,000 shares "
            "of common stock.",
            {"share-class": None},
        ),
        # a change of control redemption trigger
        (
            "Under the agreement, Kestrel Securities Group (Singapore) "
            "will subscribe to S$4 million worth of convertible bonds from "
            "the company. One of the principal terms of the bonds is that "
            "the subscriber has the option of early redemption in the "
            "event that Tan Wei Ming ceases to be the chief executive of "
            "the company, or when permitted holders cease to collectively "
            "be the controlling shareholder.",
            {"related-party": None},
        ),
        # a wire briefs issuer
        (
            "BRIEF-Lumen intends to increase its EUR 15 mln 4 pct "
            "convertible bond\n\n"
            "Mar 3 (Reuters) - Lumen AG :\n\n"
            "* Intends to increase its 15 million euros 4 pct convertible "
            "bond issued in Nov. 2016",
            {"holder": None},
        ),
        # interest payable in stock at a discount
        (
            "Expiration Date: June 30, 2012\n"
            "Interest Rate: 10%, payable in arrears in cash or stock (at a "
            "15% discount to market price, calculated as a 5 day trailing "
            "VWAP)\n"
            "Conversion: The principal amount of the Note is convertible "
            "into Common Stock at a price of $.02 per share.",
            {"conversion-discount": None, "conversion-lookback": None},
        ),
        # a rate per annum with a defined term
        (
            "Interest Rate. Interest payable on this Note shall accrue at "
            'a rate per annum (the "Interest Rate") of nine percent (9%). '
            "Interest on the Principal Amount shall be simple interest.",
            {"rate": "0.09"},
        ),
        # the registered holder hereof
        (
            "FOR VALUE RECEIVED, the Company promises to pay to HENRY "
            'CALDWELL, the registered holder hereof (the "Holder"), the '
            "principal sum of Fifty Thousand Dollars (US $50,000) and to "
            "pay interest at the rate of 4% per annum, payable yearly, in "
            "cash, in arrears beginning on June 1, 2021.",
            {"holder": '"HENRY CALDWELL"', "interest-payment": '"annually"'},
        ),
        # a conversion premium beside the coupon
        (
            "LONDON, June 2 (Reuters) - Halder AG priced its 1.5 billion "
            "euro convertible bond with a 1.25 percent coupon and a 40% "
            "conversion premium, the bookrunners said on Thursday.",
            {"rate": "0.0125"},
        ),
        # a two digit year
        (
            "Pursuant to the Convertible Promissory Note entered into as "
            "of 9/14/12, by and among Larch Systems, LLC and certain "
            "investors, Birch Capital, LLC has purchased a Convertible "
            "Promissory Note in the original principal amount of $40,000.",
            {"date": "2012-09-14"},
        ),
        # an australian text names no us dollar
        (
            "Quokka Minerals Limited (ASX: QKM) has raised $2 million "
            "through the issue of convertible notes to sophisticated "
            "investors. The notes convert at 5c per share and bear "
            "interest at 10% per annum.",
            {"principal": "2000000.00 AUD"},
        ),
        # a bare amount with its aud equivalent
        (
            "On March 1, 2016, Kookaburra Trade Limited, an Australian "
            "subsidiary of the Company, borrowed $370,000 (AUD$500,000) "
            "from an unrelated party, and issued a twelve month "
            "convertible promissory note with no interest. The note is "
            "convertible at $0.074 per share (AUD$0.10) and the conversion "
            "is at 5c per share under Australian rules.",
            {"principal": None},
        ),
        # each note has a face value
        (
            "VN LIMITED (Proposed ASX code: VNL)\n"
            "The Offer: $0.5m to $0.9m (max) in Secured Convertible Notes.\n"
            "To secure working capital prior to proposed listing on the "
            "ASX via the issue of convertible notes; each Convertible Note "
            "has a face value of $1,000. Conversion at 20c per share.",
            {"principal": None},
        ),
        # an offering upsized from one amount to another
        (
            "Kestrel Labs, Inc. today announced that it has priced its "
            "underwritten public offering of 0.50% convertible senior "
            'notes due 2028 (the "Notes") and upsized the offering from '
            "$400 million to $450 million aggregate principal amount.",
            {"principal": "450000000.00 USD"},
        ),
        # notes of one dollar each
        (
            "Wombat Bio to Receive $2 million from the Issue of "
            "Convertible Notes\n"
            "• Company has subscriptions for a total of $2 million (before "
            "costs) in $1 convertible notes at 4c per share",
            {"principal": None},
        ),
        # a first tranches face value
        (
            "Under the terms, Emu Tech will issue convertible notes with a "
            "first tranche face value of $2,222,222 (to be split into two "
            "separate closings). The notes convert at 3c per share.",
            {"principal": None},
        ),
        # an australian companys dollar
        (
            "Wyloo Metals invested in Australian rare earths developer "
            "Hastings. The $150m investment comes via secured exchangeable "
            "notes.",
            {"principal": "150000000.00 AUD"},
        ),
        # one bare dollar among marked ones
        (
            "Convertible notes on issue have a principal value of "
            "A$500,000. Key terms: Maturity date of 30 June 2023. "
            "Conversion price $0.005 per share. Principal value of "
            "A$500,000.",
            {"conversion-price": "0.005 AUD"},
        ),
        # a thirty day month and a 360 day year
        (
            "Interest shall accrue at ten percent (10%) per annum. Such "
            "interest shall be calculated on the basis of a 30 day month "
            "and a 360 day year.",
            {"day-count": '"30/360"'},
        ),
        # twelve thirty day months and a 360 day year
        (
            "Interest is payable quarterly. Any partial interest period "
            "shall be calculated on the basis of twelve 30-day months and "
            "a 360-day year.",
            {"day-count": '"30/360"'},
        ),
        # a 365 366 day year on actual days
        (
            "Interest on the unpaid principal balance of this Note shall "
            "accrue at the rate of 10% per annum (computed on the basis of "
            "a 365-366 day year (as applicable) based on actual days "
            "elapsed).",
            {"day-count": '"ACT/ACT"'},
        ),
        # principal and interest due a year from execution
        (
            "The convertible promissory notes are unsecured and bear "
            "interest at 3.25% per annum with all principal and accrued "
            "interest due and payable one year from the dates of execution "
            "of the Notes.",
            {"interest-payment": '"maturity"'},
        ),
        # principal and interest due nine months from execution
        (
            "On April 4, 2011, the Company executed a convertible "
            "promissory note in the amount of $50,000. The principal and "
            "accrued interest on the note, at 8% per annum, is due nine "
            "months from date of execution.",
            {"interest-payment": '"maturity"'},
        ),
        # interest only on the nth day of each month
        (
            "The Note bears interest at Twelve Percent (12.00%) per annum. "
            "Interest Payments. Commencing on September 19, 2021 and on "
            "the 19th day of each month thereafter until the Maturity "
            "Date, accrued and unpaid interest only shall be due and "
            "payable.",
            {"interest-payment": '"monthly"'},
        ),
        # interest payable on the 15th day of each quarter
        (
            "The Debenture bears interest at 9% per annum, payable in cash "
            "on the 15th day of each calendar quarter.",
            {"interest-payment": '"quarterly"'},
        ),
        # bears interest at a rate upon maturity
        (
            "On March 27, 2017, the Company entered into a convertible "
            "advance with Crown Bridge Partners LLC. Borrowings under the "
            "line bear interest at 8% upon maturity and include a 10% "
            "issue discount.",
            {"interest-payment": '"maturity"'},
        ),
        # notes of a series with their own maturities
        (
            "In March 2020, we delivered a series of convertible "
            "redeemable promissory notes (the “Notes”) evidencing loans "
            "with an aggregate principal amount of $448,333.33 made to us. "
            "The Notes bear interest at a rate of 7.0% per annum and will "
            "mature on March 13, 2021 and March 19, 2021, respectively. "
            "The Notes contain an original issue discount of $33,000 and "
            "$18,833.33, respectively.",
            {"principal": None},
        ),
        # notes issued on two days in an aggregate
        (
            "On August 27 and September 9, 2025, the Company issued "
            "unsecured Convertible Promissory Notes (the “Notes”) in the "
            "aggregate principal amount of $0.7 million. The Notes were "
            "issued at a purchase price of $0.6 million and did not bear "
            "stated interest.",
            {"principal": None, "rate": "0"},
        ),
        # fully paid shares of the preferred stock and its par
        (
            "On July 27, 2020, the Company issued a secured convertible "
            "promissory Note to an accredited investor. Upon the closing "
            "of a Qualified Financing, the outstanding principal and all "
            "accrued but unpaid interest thereon shall convert into fully "
            "paid and nonassessable shares of the preferred stock, par "
            "value $0.001 per share, of the Company.",
            {"share-class": '"Preferred"', "par-value": "0.001 USD"},
        ),
        # a class only warrants initially purchase
        (
            "On January 10, 2025, the Company entered into a Securities "
            "Purchase Agreement with certain institutional investors to "
            "deliver certain Senior Convertible Notes in the aggregate "
            "original principal amount of $1,281,250, and certain warrants "
            "to initially purchase an aggregate of 2,292,040 of the "
            "Company\u2019s Class A ordinary shares with a nominal value of "
            "$0.0001.",
            {"share-class": None},
        ),
        # a prior notes day is not the new ones
        (
            "As previously disclosed, on November 14, 2022, Auddia Inc. "
            "entered into a Secured Bridge Note (“Prior Note”) financing "
            "with one accredited investor who is a significant existing "
            "stockholder of the Company. On April 17, 2023, we entered "
            "into an additional Secured Bridge Note (“New Note”) financing "
            "with the same accredited investor. The principal amount of "
            "the New Note is $825,000. The New Note has a 10% interest "
            "rate and matures on July 31, 2023. If the New Note remains "
            "outstanding as of July 31, 2023, the Company has the option "
            "to extend the maturity date of the New Note to November 30, "
            "2023.",
            {"date": None, "related-party": "TRUE", "maturity": "2023-07-31"},
        ),
        # a prior notes agreement day
        (
            "On July 16, 2024, the Company entered into an Amended and "
            "Restated Note Purchase Agreement with Rafael Holdings, Inc., "
            'a Delaware corporation ("Rafael"), the holder of '
            "approximately 31.5% of the Company's outstanding common "
            "stock, pursuant to which the Company issued and sold a "
            "convertible promissory note in the principal amount of "
            '$2,000,000.00 (the "Note") to Rafael. The Agreement amends '
            "and restates the Note Purchase Agreement, dated June 11, "
            "2024, by and between the Company and Rafael, pursuant to "
            "which the Company issued and sold another convertible "
            "promissory note in the principal amount of $2,000,000.00 (the "
            '"Prior Note") to Rafael.',
            {"date": "2024-07-16", "related-party": "TRUE"},
        ),
        # installments of principal each in an amount
        (
            "On January 7, 2026, the Company issued a senior convertible "
            "promissory note to GS Capital Partners, LLC in the principal "
            "amount of $228,000, which includes an original issue discount "
            "of $20,000, resulting in a purchase price of $208,000. The "
            "Company is required to make six installment payments of "
            "principal, each in the amount of $43,320, beginning on the "
            "180th day following the issuance date.",
            {"principal": "228000.00 USD", "purchase-price": "208000.00 USD"},
        ),
        # a loan from a person who is a substantial shareholder
        (
            "Resources Prima Group said that it has obtained a convertible "
            "loan of S$2 million from Ang Liang Kim, a substantial "
            "shareholder of the company.",
            {"holder": '"Ang Liang Kim"', "related-party": "TRUE"},
        ),
        # shares at a price apiece
        (
            "The convertible bonds carry a 4.5% per annum interest rate. "
            "The bonds are convertible into a maximum of 148 million new "
            "shares at HK$0.25 apiece.",
            {"conversion-price": "0.25 HKD"},
        ),
        # a rate nominal annual compounded monthly
        (
            "The Loan bore interest at 11.5% (NACM), with 30% of monthly "
            "accrued interest being paid monthly in arrears and the "
            "remainder being capitalised.",
            {"compounding": '"monthly"'},
        ),
        # a discount that explains a stated price
        (
            "The Consortium was granted an option to convert the Loan "
            "Outstandings into Purple Group shares at a price per share of "
            "22.87 cents, which represented a 10% discount to the 30 day "
            "weighted average traded price of Purple Group shares for the "
            "30 business days preceding 28 August 2018.",
            {"conversion-discount": None, "conversion-lookback": None},
        ),
        # a conversion rate beside a warrant
        (
            "In February 2021, the Company issued convertible debt (the "
            "“Notes”) to the Noteholders. The Notes contain a conversion "
            "feature permitting the Noteholders to convert the Notes into "
            "Common Shares of the Company at a conversion rate of the "
            "lesser of (i) C$1.25 (approximately US$1.01) per Common Share "
            "or (ii) a 20% discount to the issue price of any Common "
            "Shares issued in a Qualified Financing and for each "
            "Conversion Share received, receive a warrant to purchase "
            "one-half of a Common Share.",
            {"conversion-price": "1.25 CAD"},
        ),
        # a sum in dollars and cents and padded quotes
        (
            "FOR VALUE RECEIVED, WellQuest Medical & Wellness Corporation, "
            "an Oklahoma corporation (the “ Borrower ”), promises to pay "
            "to Regent Private Capital LLC (the “ Holder ”) or its "
            "registered assigns, the sum of Four Hundred Forty Three "
            "Thousand One Hundred Twenty Three Dollars and Twenty Eight "
            "Cents ($443,123.28), together with any accrued and unpaid "
            "interest hereon, on April 1, 2012 (the “ Maturity Date ”) if "
            "not sooner paid.",
            {"principal": "443123.28 USD", "maturity": "2012-04-01"},
        ),
        # interest payments only made quarterly
        (
            "The Maker promises to pay the principal sum of Two Million "
            "Thirty Thousand Dollars ($2,030,000), together with simple "
            "interest at the rate of 8.00% per annum. Unless provided "
            "otherwise herein, interest payments only shall be made "
            "quarterly beginning September 30, 2019.",
            {"interest-payment": '"quarterly"'},
        ),
        # principal payable at maturity together with interest
        (
            "The Company promises to pay to the order of the Holder the "
            "principal sum stated above together with simple interest "
            "thereon at the annual rate of eight percent (8%). 1.1 Subject "
            "to the right of the Holder to convert, the principal amount "
            "of this Note shall be payable in full on the Maturity Date, "
            "together with all interest accrued and unpaid thereon.",
            {"interest-payment": '"maturity"'},
        ),
        # a face date before the amount under the title
        (
            "SENIOR SECURED CONVERTIBLE PROMISSORY NOTE\n"
            "June 28, 2018 $500,000\n"
            "Section 1. Indebtedness.\n"
            "FOR VALUE RECEIVED, MIDWEST HOLDING INC., a Nebraska "
            "corporation (the “Company”), promises to pay to the order of "
            "XENITH HOLDINGS LLC, a Delaware limited liability company "
            "(the “Holder”), the principal amount of FIVE HUNDRED THOUSAND "
            "DOLLARS ($500,000). This Note is issued pursuant to that "
            "certain Note Purchase Agreement dated as of May 9, 2018, by "
            "and between the Company and the Holder.",
            {"date": "2018-06-28"},
        ),
        # a day warrants were issued
        (
            "On June 5, 2024, the Company entered into securities purchase "
            "agreements with Mast Hill Fund L.P. for the issuance of 13.0% "
            "senior secured promissory notes in the aggregate principal "
            "amount of $2,845,000 convertible into shares of the Company\u2019s "
            "common stock. On June 5, 2024, the Company issued (i) a "
            "warrant to purchase 66,667 shares of common stock with an "
            "exercise price of $9.75 exercisable until June 5, 2029, and "
            "(ii) 26,800 shares of common stock as a commitment fee for "
            "the purchase of the note.",
            {"date": None},
        ),
        # an amount label on a debentures face
        (
            "DEBENTURE\n"
            "ISSUANCE DATE December 31, 2002\n"
            "CONVERTIBLE DEBENTURE DUE December 31, 2007\n"
            "AMOUNT $5,000,000.00\n"
            "This Secured Debenture is issued by WinWin Acquisition Corp., "
            'a Delaware corporation (the "Company").',
            {"principal": "5000000.00 USD"},
        ),
        # a note with one of our directors named after
        (
            "On January 1, 2014, we memorialized certain short-term "
            "liabilities with one of our directors, Charlie Davis, into a "
            "formal promissory note. This note accrues interest at a rate "
            "of 7.0%.",
            {"holder": '"Charlie Davis"', "related-party": "TRUE"},
        ),
        # a headings notes and warrants then effective
        (
            "UNSECURED CONVERTIBLE PROMISSORY NOTES AND WARRANTS Effective "
            "July 27, 2011 the Company completed an offering of $5,000,000 "
            "of its convertible notes and warrants to acquire 4,000,000 "
            "shares of the Company\u2019s common stock.",
            {"date": "2011-07-27"},
        ),
        # funding in exchange for the issuance of notes
        (
            "On September 29, 2015, the Company received funding from "
            "existing investors, Biotechnology Value Fund, L.P. and other "
            "affiliates of BVF Partners, L.P., in exchange for issuance of "
            'convertible promissory notes (the "Notes").',
            {"date": "2015-09-29"},
        ),
        # a note converted in full before the next
        (
            "On August 22, 2013, the Company entered into a $50,000 "
            "Convertible Loan Agreement with an un-related party. The Loan "
            "shall bear interest at the rate of Eight Percent (8%) per "
            "annum and matured on March 26, 2020. On July 31, 2021, the "
            "Note holder converted this note in full into 3,822,659 shares "
            "of common stock. On October 20, 2017, the Company executed a "
            "convertible promissory note for $25,000 with a third party. "
            "The note accrues interest at 6%, matures in two years and is "
            "convertible into shares of common stock.",
            {"maturity": "2019-10-20", "rate": "0.06"},
        ),
        # balance days of two years as columns
        (
            "7. Short-Term Convertible Notes\n"
            "Interest rate Maturity date December 31, 2016 December 31, "
            "2015\n"
            "JMJ Financial 10.0% November 13, 2016 $ - $ -\n"
            "The Company entered into a Securities Purchase Agreement with "
            "JMJ Financial on April 13, 2016, in terms of the agreement "
            "the Company borrowed $200,000 in terms of an unsecured "
            "convertible promissory note. The principal amount due under "
            "the promissory note was $220,000, inclusive of an Original "
            "Issue discount.",
            {"maturity": None, "principal": None},
        ),
        # a sum the holder demanded on a default
        (
            "On June 25, 2013 the company entered into a Promissory Note "
            "agreement. The note was for a sum of $47,500, carries "
            "interest rate of 8% and is due on March 28, 2014. On November "
            "20, 2013, the Company defaulted on this Note. As a result of "
            "this default the Note became immediately due and the "
            "principal amount of $71,250 was demanded by the holder of the "
            "Note, Asher Enterprises, Inc.",
            {"principal": "47500.00 USD", "holder": '"Asher Enterprises, Inc."'},
        ),
        # a name in capitals and in its own case
        (
            "Labrys Fund, LP\n"
            "On February 2, 2017, The Company entered into a Securities "
            "Purchase Agreement with LABRYS FUND LP, in terms of the "
            "agreement the Company borrowed $110,000 in terms of an "
            "unsecured convertible promissory note with a maturity date of "
            "August 2, 2017.",
            {"holder": '"Labrys Fund, LP"'},
        ),
        # an amounts equivalent in us dollars
        (
            "TORONTO, ON -- Medifocus, Inc. (TSX VENTURE: MFS) announced "
            "today the closing of the second tranche of $2 million of its "
            "previously announced $6 million convertible debenture "
            "financing. Each Unit consists of a $10,000 redeemable "
            "promissory note, which are convertible into Common Shares at "
            "a conversion price of $0.25 per Common Share. The Notes may "
            "be redeemed if the price of the Common Shares exceeds $0.50 "
            "(or its equivalent in U.S. dollars) for at least 20 "
            "consecutive trading days.",
            {"conversion-price": "0.25 CAD", "principal": None},
        ),
        # a term tables line without its label
        (
            "The key terms of the convertible note are as follows:\n"
            "LandOcean Energy Services Co., Ltd\n"
            "3 years\n"
            "8% per annum, payable annually in arrears\n"
            "Conversion Price:\n"
            "0.88p per share\n"
            "In addition to the convertible note, LandOcean will continue "
            "to provide the Company with financing for work undertaken in "
            "Trinidad (principally with a 2 year repayment term and 10% "
            "annual interest charge).",
            {"rate": "0.08", "interest-payment": '"annually"'},
        ),
        # a term loans exit fee
        (
            "During October 2024, the Company issued $150,000 in unsecured "
            "convertible promissory notes to private investors. As part of "
            "this arrangement, the Company issued 600,000 warrants to the "
            "term lender and agreed to increase the term loan exit fee to "
            "$1.425 million at the end of its 5-year term.",
            {"issue-costs": None},
        ),
        # a plain note a new convertible one replaced
        (
            "On December 18, 2015, the Company issued a six-month "
            "unsecured promissory note in the principal sum of $265,000 in "
            "favor of St. George Investments, LLC. The Note went into "
            "default when the Company failed to make payment on the due "
            "date. Consequently, on July 8, 2016, the Company entered into "
            "an Exchange Agreement with St. George Investments, LLC, to "
            "replace the original Promissory Note with a new Convertible "
            "Promissory Note (“Note”).",
            {"principal": None, "maturity": None, "date": None},
        ),
        # a dividends growth is no rate
        (
            "The five year bonds carry a yield to maturity of 3.57% and "
            "have a conversion premium of 35%. Kerry has the right to "
            "increase its dividend payouts by 25% a year without "
            "compensating the bond holders.",
            {"rate": None},
        ),
        # shares named after the issuer the text opens with
        (
            "Bushveld Minerals has satisfied the conditions required to "
            "drawdown the unsecured Convertible Loan Notes of US$35 "
            "million, to be subscribed by Orion Mine Finance. The Company "
            "has given notice to Orion to draw-down on the full amount. "
            "The Notes are convertible by the holder into Bushveld "
            "ordinary shares of 1 pence each in the Company at a price "
            "equal to 17 pence.",
            {"share-class": '"Ordinary"'},
        ),
        # a rate only if not paid when due
        (
            "On January 10, 2025, the Company issued a promissory note in "
            "the principal amount of $121,900. The Note incurred a "
            "one-time interest charge of 14%, applied on the date of "
            "issuance to the principal amount; provided, however, that the "
            "Note will also bear interest at a rate of 22% per annum if "
            "any amount thereunder is not paid when due.",
            {"rate": None},
        ),
        # a one time interest charge at a rate
        (
            "On October 1, 2025, the Company issued a promissory note in "
            "the principal amount of $2,200,000. The Company will pay a "
            "one-time interest charge on the principal amount of the Note "
            "at a rate of 5% when such amounts become due and payable, "
            "whether at maturity or upon acceleration.",
            {"rate": None},
        ),
        # due and payable including accrued interest on a day
        (
            "On February 5, 2018, the Company issued the 2018 Notes in the "
            "aggregate principal amount of $6.0 million. The 2018 Notes "
            "bore interest at a rate of 15.0% per annum, were unsecured "
            "and were due and payable, including accrued interest, on "
            "August 8, 2019. All principal and accrued and unpaid interest "
            "under the 2018 Notes was automatically convertible into a "
            "number of shares of the Company\u2019s preferred stock issued in "
            "such a financing.",
            {"maturity": "2019-08-08", "share-class": '"Preferred"'},
        ),
        # a holder that holds most of the share capital
        (
            "This Convertible Loan Agreement is entered into by Quantum "
            "Transportation Ltd. (the “Company”) and Rail Vision Ltd. (the "
            "“Lender”). Whereas, the Parties signed that certain "
            "Securities Exchange Agreement so that following the closing "
            "thereof the Lender holds, directly, 51% of the outstanding "
            "share capital of the Company.",
            {"related-party": "TRUE"},
        ),
        # a loan from a related party of the company
        (
            "Sproutly Canada has secured a private loan of $1 million from "
            "Infusion Biosciences, a related party of the company. The "
            "loan is evidenced by a secured convertible debenture.",
            {"related-party": "TRUE"},
        ),
        # placees who are insiders
        (
            "The Company is pleased to announce a non-brokered private "
            "placement of unsecured convertible debentures bearing "
            "interest at 8% per annum. The Company notes that all of the "
            "placees are insiders of the Company.",
            {"related-party": "TRUE"},
        ),
        # an affiliate of an insider
        (
            "LexaGene Holdings, Inc. announces that it has entered into a "
            "secured convertible note agreement with Meridian LGH Holdings "
            "2, LLC (“Meridian”), an affiliate of an insider of the "
            "Company, in the aggregate principal amount of USD$1,600,000.",
            {"related-party": "TRUE"},
        ),
        # investors and insiders as a group
        (
            "The Company is pleased to announce a proposed private "
            "placement to certain institutional investors and insiders of "
            "the Company of 2,838 units, each consisting of a 9% "
            "convertible debenture.",
            {"related-party": None},
        ),
        # a person named with two offices
        (
            "On January 2, 2024, the Company entered into an invoice "
            "financing arrangement pursuant to a note purchase agreement "
            "with Anthony Scott, President, and Chief Executive Officer of "
            "the Company (“Scott”), according to which Scott purchased "
            "from the Company a promissory note in the aggregate principal "
            "amount of $1.1 million.",
            {"holder": '"Anthony Scott"', "related-party": "TRUE"},
        ),
        # a conversion rates equivalent strike price
        (
            "Photronics announces the private exchange of $57.5 million of "
            "its convertible notes due 2019. The 2019 Notes will mature on "
            "April 1, 2019 and retain the same conversion rate (96.3879 "
            "shares of common stock per $1,000, equivalent to a strike "
            "price of approximately $10.37 per share of common stock) as "
            "the 2016 Notes.",
            {"conversion-price": "10.37 USD"},
        ),
        # due and payable with accrued interest thereon on a day
        (
            "The Debentures bear interest at 10% per annum, computed on "
            "the basis of a 360-day year and twelve 30-day months, and are "
            "due and payable with accrued interest thereon on September "
            "24, 2026 (“Maturity Date”).",
            {"interest-payment": '"maturity"'},
        ),
        # interest paid every month
        (
            "The interest rate for the note is 12% per annum with "
            "non-compounding interest to be paid every month.",
            {"interest-payment": '"monthly"'},
        ),
        # interest payable semi annually written apart
        (
            "Debenture Financing [CA$15,000,000] 12% interest payable semi "
            "annually in cash or shares.",
            {"interest-payment": '"semiannually"'},
        ),
        # interest paid by the company comma quarterly
        (
            "The Notes bear simple interest at twelve and a half percent "
            "(12.5%), accrued for twelve months, and with the accrued "
            "interest to be added to the principal, and then interest will "
            "be paid by the Company, quarterly in arrears.",
            {"interest-payment": '"quarterly"'},
        ),
        # a zero coupons yield paid semi annually
        (
            "HKR International has raised HK$1.41 billion from a five-year "
            "convertible bond. Issued at par, with a zero coupon, the "
            "bonds have a yield to maturity or put of 5.15%, paid semi "
            "annually.",
            {"interest-payment": None},
        ),
        # rand amount written with an r
        (
            "On 31 August 2018, Purple Group, a company listed on the JSE, "
            "entered into a Loan Agreement under which the Consortium "
            "advanced a loan of R25 million (the “Loan Amount”) to Purple "
            "Group.",
            {"principal": "25000000.00 ZAR"},
        ),
        # rand billions written bn
        (
            "Royal Bafokeng Platinum Limited, listed on the JSE, issued "
            "R1.2bn of unsecured, convertible bonds due in 2022.",
            {"principal": "1200000000.00 ZAR"},
        ),
        # rand conversion price written with an r beside rand merchant bank
        (
            "RMB assisted the company on the JSE. The bonds are "
            "convertible into ordinary shares at an initial conversion "
            "price of R42.9438, representing a premium of 30%.",
            {"conversion-price": "42.9438 ZAR"},
        ),
        # cents in a south african text are rand cents
        (
            "The loan may be converted into shares at a price per share of "
            "22.87 cents, a 10% discount to the 30 day weighted average "
            "traded price on the JSE.",
            {"conversion-price": "0.2287 ZAR"},
        ),
        # an r amount outside south africa is no amount
        (
            "The Company issued a convertible note in the principal amount "
            "of $500,000 under Schedule R2 1,000,000 of the agreement.",
            {"principal": "500000.00 USD"},
        ),
        # interest payment due days from funding is no maturity
        (
            "On July 20, 2004, the Company issued a $2.0 million "
            "convertible promissory note to HFS with the principal balance "
            "being due 36 months from the date of funding, with an annual "
            "interest rate of 12 percent. The Company is required to pay "
            "36 monthly-accrued interest-only payments on the principal "
            "balance of the Note, with the initial interest payment due 30 "
            "days from funding.",
            {"maturity": "2007-07-20", "interest-payment": '"monthly"'},
        ),
        # a 365 or if applicable a 366 day year
        (
            "The note bears interest at 12% per annum. The interest shall "
            "be computed for the actual number of days elapsed in a year "
            "consisting of a 365 or, if applicable, a 366 day year.",
            {"day-count": '"ACT/ACT"'},
        ),
        # shall mature unless extended by the holder on a day
        (
            "On May 16, 2008, the Company issued and sold a secured "
            "convertible debenture to YA Global Investments, L.P. in the "
            "principal amount of $500,000. The Debenture shall mature, "
            "unless extended by the holder in accordance with the terms of "
            "the Debenture, on May 16, 2010 (Maturity Date).",
            {"maturity": "2010-05-16"},
        ),
        # the day of the older debenture this one is carved from
        (
            "THIS DEBENTURE of Green Sky, Ltd., in an aggregate principal "
            "face amount of One Hundred Thousand Dollars (U.S. $100,000), "
            "which Debenture is being delivered as a result of the "
            "assignment of a portion of the Company\u2019s April 30, 2008 "
            "debenture in the face amount of $3,000,000 issued to "
            "Diversified Holdings, I, Inc FOR VALUE RECEIVED, the Company "
            "promises to pay to Desert Vista Capital LLC the sum of One "
            "Hundred Thousand Dollars (U.S. $100,000) on or before April "
            "30, 2018, and to pay interest at the rate of 8% per annum.",
            {"date": None},
        ),
        # promises to pay to the holder the sum of far after the promise
        (
            "FOR VALUE RECEIVED, GREEN SKY, INC., a Utah corporation "
            '(hereinafter called the "Borrower"), hereby promises to pay '
            "to the order of ASHER ENTERPRISES, INC., a Delaware "
            'corporation, or registered assigns (the "Holder") the sum of '
            "$22,500.00 together with any interest as set forth herein, on "
            'September 12, 2012 (the "Maturity Date").',
            {"principal": "22500.00 USD"},
        ),
        # a brokered placements agent is no holder
        (
            "Aurora Pines Inc. (CSE:APN) has completed the brokered "
            "private placement of 10.0% unsecured convertible debentures "
            "of the Company with Canaccord Genuity Corp. for gross "
            "proceeds of $15 million.",
            {"holder": None},
        ),
        # warrants with respect to an amount of principal
        (
            "The number of bonus warrants to be issued upon conversion of "
            "the Series B convertible bonds has been reduced to 25,000 "
            "warrants with respect to S$50,000 in principal amount of its "
            "Series B convertible bonds.",
            {"principal": None},
        ),
        # a heading over notes and related party notes
        (
            "NOTE 4 - CONVERTIBLE NOTES PAYABLE AND CONVERTIBLE NOTES "
            "PAYABLE RELATED PARTIES, NET OF DISCOUNTS\n"
            "On August 15, 2012, the Company executed a convertible "
            "promissory note with Coventry Capital, LLC (“Coventry "
            "Capital”) for $30,000. The note bears interest at the rate of "
            "10% per annum.",
            {"related-party": None},
        ),
        # rates ranging up to a percent
        (
            "In August 2014 the Company issued a series of convertible "
            "notes with various interest rates ranging up to 10% per annum.",
            {"rate": None},
        ),
        # convertible at a discount with no reference
        (
            "On January 16, 2015, the Company executed a convertible "
            "promissory note for $69,000 with KBM Worldwide, Inc. The note "
            "bears interest at 8% per annum. The note is convertible at a "
            "42% discount any time during the period beginning 180 days "
            "following the date of the note.",
            {"conversion-discount": "0.42"},
        ),
        # the closing of the transaction was held on a day
        (
            "On August 13, 2010, the Company entered into an Agreement to "
            "issue and sell a secured convertible debenture to YA Global "
            "Investments, L.P. (the “Buyer”) in the principal amount "
            "$550,000 (the “Debenture”). The closing of the transaction "
            "was held on August 13, 2010.",
            {"date": "2010-08-13"},
        ),
        # a conversion rate multiplied by the market price is no coupon
        (
            "On July 31, 2012, the Company issued a convertible promissory "
            "note in the amount of $42,500. The note is due on May 2, 2013 "
            "and bears interest at 8% per annum. The loan and any accrued "
            "interest can then be converted into shares of the Company\u2019s "
            "common stock at a rate of 55% multiplied by the market price, "
            "which is the average of the lowest three (3) trading prices.",
            {"rate": "0.08"},
        ),
        # the lower of a financings price or a fixed price
        (
            "The convertible promissory notes accrue interest at the rate "
            "of 14%. The conversion price will be the lower of 80% of the "
            "per share purchase price paid for by the new investors in the "
            "subsequent financing, or $0.50 per share.",
            {"conversion-price": "0.50 USD"},
        ),
        # a note outstanding with a holder
        (
            "The Company had a Convertible Note outstanding with Alpha "
            "Capital Anstalt (“Alpha”) which was due January 8, 2025 (the "
            "“Note”). The Note accrued interest at 12% per annum.",
            {"holder": '"Alpha Capital Anstalt"'},
        ),
        # the average of days prior to the conversion
        (
            "The note has a term of six (6) months with an interest rate "
            "of 10% and is convertible to common shares at a 25% discount "
            "of the average of 30 days prior to the conversion date.",
            {"conversion-lookback": "30"},
        ),
        # simple and unpaid interest
        (
            "FOR VALUE RECEIVED, HYBRID SKY, INC. hereby promises to pay "
            "to the Holder the sum of $100,000, with simple and unpaid "
            'interest thereon, on March 31, 2007 (the "Maturity Date").',
            {"compounding": '"none"'},
        ),
        # on the maturity date the company pays principal plus accrued interest
        (
            "(a) On December 2, 2008 (the “Maturity Date”), the Company "
            "shall pay to the Holder an amount equal to the Principal plus "
            "accrued Interest thereon in cash. Interest on this Note shall "
            "accrue at the rate of 8% per annum.",
            {"interest-payment": '"maturity"'},
        ),
        # debentures which expire on a day
        (
            "In total, the company issued 20.6M debentures at a price of "
            "C$1.00 per debenture. The debentures, which expire on 19 "
            "October 2028, bear interest at a rate of 12% per annum which "
            "will be paid monthly.",
            {"maturity": "2028-10-19"},
        ),
        # a total face value beside the initial tranche
        (
            "12% CONVERTIBLE PROMISSORY NOTE\n"
            "Issuance Date: December 14, 2016\n"
            "Total Face Value of Note: $110,000\n"
            "Initial Consideration: $30,000\n"
            "Initial Original Issue Discount: $3,000\n"
            "Initial Principal Sum Due: $33,000\n"
            "This Note is a duly authorized Convertible Promissory Note of "
            "Star Uranium Corp. designated as the Company\u2019s 12% "
            "Convertible Promissory Note in the principal amount of "
            "$110,000 (the “Note”).",
            {"principal": "110000.00 USD"},
        ),
        # issuing a note to a described firm
        (
            "The miner said it has raised USD330,000 after issuing the new "
            "loan note to German private equity firm Deutsche Balaton AG. "
            "The note matures on August 7, 2017 with interest at 6%.",
            {"holder": '"Deutsche Balaton AG"'},
        ),
        # a headline issues a debenture to its holder
        (
            "Orezone Gold Corporation issues Amended Convertible Debenture "
            "to Resource Capital Fund VII L.P.\n"
            "The debenture bears interest at 8% per annum.",
            {"holder": '"Resource Capital Fund VII L.P."'},
        ),
        # a role closed by two single quotes
        (
            "FOR VALUE RECEIVED, the Company promises to pay David "
            "Stoccardo (the \"Holder''), the principal sum of One Hundred "
            "Thousand Dollars ($100,000), with interest at 8% per annum.",
            {"holder": '"David Stoccardo"'},
        ),
        # a heading names the note with its holder
        (
            "Convertible Note with EMA Financial, LLC On July 30, 2020, "
            "the Company received $68,250 in return for a fixed rate "
            "convertible note with a face amount of $75,000.",
            {"holder": '"EMA Financial, LLC"'},
        ),
        # the issuer and its holder entered into
        (
            "On July 30, 2020, RespireRx and EMA Financial, LLC (“EMA”) "
            "entered into a Securities Purchase Agreement by which EMA "
            "provided a sum of $68,250 in return for a fixed rate "
            "convertible note with a face amount of $75,000.",
            {"holder": '"EMA Financial, LLC"'},
        ),
        # a british private placing with its holder
        (
            "Tri-Star has completed a private placing of £4.0 million "
            'secured convertible bonds due June 2018 ("Convertible Bonds") '
            'with Odey European Inc ("Odey").',
            {"holder": '"Odey European Inc"'},
        ),
        # a note payable to its holder
        (
            "On April 1, 2008, the Company entered into a senior secured "
            "note in the principal amount of $1,000,000 (the “Additional "
            "Note”) payable to The Longview Fund, L.P. (“Longview”).",
            {"holder": '"The Longview Fund, L.P."'},
        ),
        # an agreement between the holder and the issuer
        (
            "The Company issued a note of $32,500 with an interest rate of "
            "8% per annum pursuant to the terms of a Securities Purchase "
            "Agreement between Asher Enterprises, Inc. (“Asher”), a "
            "Delaware corporation, and Blue Water.",
            {"holder": '"Asher Enterprises, Inc."'},
        ),
        # the issuers name before its class beside a misprinted quote
        (
            "TORONTO — Halo Labs Inc. (“Halo” or the “Company“) (NEO: "
            "HALO) intends to complete a private placement of convertible "
            "debentures of the Company. The Convertible Debentures will be "
            "convertible, at the option of the holder, into Halo common "
            "shares (“Common Shares”) at a conversion price equal to "
            "C$0.20 per Common Share.",
            {"share-class": '"Common"'},
        ),
        # a price equivalent to pence beside a trigger price
        (
            "The Bond is convertible into fully paid ordinary shares of "
            "the Company at a conversion price equivalent to 40 pence per "
            "Ordinary Share. The Company has the right to elect conversion "
            "of the Bond if the share price trades at 80 pence per "
            "Ordinary Share for five consecutive trading days.",
            {"conversion-price": "0.4 GBP"},
        ),
        # a chairman quoted is no related holder
        (
            "The investors have entered into definitive transaction "
            "documents to subscribe for US$10 million of convertible "
            "notes. “We welcome the commitment of the investors,” Mayur "
            "chairman Richard Pegum said.",
            {"related-party": None},
        ),
        # the lower of after a comma and a condition below a price
        (
            "* Convertible into ordinary shares in the Company at a "
            "conversion price of, the lower of, £1.10 or a 20% discount to "
            "the mid-market share price at the time of conversion; * If "
            "the mid-market price is below £1.10 the Company has the "
            "option to cancel the Lenders' conversion rights.",
            {"conversion-price": "1.10 GBP", "conversion-price-floor": None},
        ),
        # the older note a debt is evidenced by
        (
            "THIS NOTE IS ISSUED TO THE HOLDER PURSUANT TO THE ASSIGNMENT "
            "AND ASSUMPTION AGREEMENT, WHEREBY THE HOLDER ACQUIRED A "
            "PORTION ($27,500) OF DEBT DUE BY THE ISSUER TO ICG USA, LLC "
            "EVIDENCED BY A CERTAIN CONVERTIBLE PROMISSORY NOTE ISSUED ON "
            "FEBRUARY 16, 2012 IN THE ORIGINAL PRINCIPAL AMOUNT OF "
            '$200,000 (THE "ICG NOTE").',
            {"date": None, "principal": None},
        ),
        # a price per ads beside the price per share
        (
            "IFC may at its option convert the IFC C Loan into Class A "
            "Ordinary Shares at the conversion price of $300 per ADS ($150 "
            "per ordinary share).",
            {"conversion-price": "150 USD"},
        ),
        # a face amount under an effective date
        (
            "BY ACCEPTING THIS OBLIGATION, THE HOLDER REPRESENTS THAT IT "
            "IS NOT A UNITED STATES PERSON.\n\n"
            "CONVERTIBLE PROMISSORY NOTE\n\n"
            "Issuance Date: As of June 30, 2017\n\n"
            "Effective Date: As of April 26, 2018\n\n"
            "$1,750,000.00\n",
            {"principal": "1750000.00 USD"},
        ),
        # a face amount above its date
        (
            "US $292,229.83\n"
            "DATED: September 30th, 2007\n"
            "1. PAYMENT.\n"
            "All amounts of principal and interest under this Convertible "
            "Promissory Note (“Note”) shall be due and payable as follows.",
            {"principal": "292229.83 USD"},
        ),
        # a rate if approval is not obtained
        (
            "The notes will initially bear interest at a rate of 10 "
            "percent per annum. If shareholder approval is not obtained "
            "prior to the 135th day after closing of the sale of the "
            "notes, the notes will bear interest at 20 percent per annum "
            "until after shareholder approval is obtained.",
            {"rate": "0.1"},
        ),
        # a debentures denomination is no conversion price
        (
            "The convertible debentures were sold on an instalment basis "
            "at a price of C$1,000 principal amount of debenture, of which "
            "33% was received on closing. The debentures are convertible "
            "into common shares.",
            {"conversion-price": None},
        ),
        # the issue of loan notes to a holder
        (
            "Deltex Medical announces that it has raised £1m by the issue "
            "of Loan Notes to Noble AIM VCT plc, a venture capital trust. "
            "The Loan Notes carry interest at 10% per annum.",
            {"holder": '"Noble AIM VCT plc"'},
        ),
        # with its main investor
        (
            "Today the company announced the conclusion of two financing "
            "events, both with its main investor Alpha Capital Anstalt. "
            "The first financing is an extension of its convertible term "
            "note.",
            {"holder": '"Alpha Capital Anstalt"'},
        ),
        # with an unaffiliated third party
        (
            "On June 1, 2008, the Company entered into a Securities "
            "Purchase Agreement with an unaffiliated third party, "
            'Whalehaven Capital Fund Limited ("Whalehaven"), relating to a '
            "private placement of 8% convertible debentures.",
            {"holder": '"Whalehaven Capital Fund Limited"'},
        ),
        # with investor and no article
        (
            "On May 1, 2008, the Company entered into a secured "
            "convertible note with investor Rockridge Capital Holdings, "
            "LLC in the principal amount of $750,000.",
            {"holder": '"Rockridge Capital Holdings, LLC"'},
        ),
        # a cayman limited duration company
        (
            "The Company entered into a Securities Purchase Agreement "
            "dated as of March 31, 2006, with CAMOFI Master LDC or its "
            "registered assigns (the “Holder”), for a senior secured "
            "convertible note.",
            {"holder": '"CAMOFI Master LDC"'},
        ),
        # terms have been agreed with a holder
        (
            "The funds were raised via an issue of secured convertible "
            "notes. Terms have been agreed with Molton Holdings Ltd., a "
            "major Otto shareholder, who will subscribe for US$8 million "
            "of notes.",
            {"holder": '"Molton Holdings Ltd."'},
        ),
        # a note issued with its holder
        (
            "On December 30, 2011, the Company issued a convertible bridge "
            "note in the amount of $50,000 with Ascend Acquisition Corp. "
            "The note bears interest at prime plus 5%.",
            {"holder": '"Ascend Acquisition Corp."'},
        ),
        # an amount of note to its holder
        (
            "On October 12, 2023, the maturity date of a $1,500,000 "
            "Subordinated Convertible Promissory Note to Clarex Limited "
            "(“Clarex”) was extended.",
            {"holder": '"Clarex Limited"'},
        ),
        # a face amount and date then a section number
        (
            "ALENTUS CORPORATION\n"
            "SUBORDINATE CONVERTIBLE PROMISSORY NOTE\n"
            "$666,095.00 September 2, 2010 1.\n"
            "FOR VALUE RECEIVED, the undersigned ALENTUS CORPORATION (the "
            "“Company”) promises to pay to the Holder the principal sum of "
            "$666,095.00.",
            {"date": "2010-09-02"},
        ),
        # a face amount and date above the title
        (
            "Exhibit 10.02\n\n"
            "Neither this Note nor the securities issuable on conversion "
            "hereof have been registered under the Securities Act of 1933, "
            'as amended (the "Securities Act"), or under any state '
            "securities laws. These securities are subject to restrictions "
            "on trans- ferability and resale and may not be transferred, "
            "sold, offered for sale, pledged, or hypothecated in the "
            "absence of a registration statement in effect with respect to "
            "these securities under the Securities Act securities laws or "
            "an opinion of counsel reasonably satisfactory to or "
            "applicable state the Company that any proposed compliance "
            "with the Securities Act and any applicable transfer or resale "
            "is in state securities laws.\n\n"
            "$223,713.97 February 1, 2003\n\n"
            "PROMISSORY NOTE\n\n"
            "DO NOT DESTROY THIS NOTE.\n\n"
            "When paid, this Note must be surrendered for cancellation.\n\n"
            "FOR VALUE RECEIVED, the undersigned promises to pay the "
            "principal sum of $223,713.97.",
            {"date": "2003-02-01"},
        ),
        # the date of issuance being a day
        (
            "The Company issued convertible notes in an aggregate "
            "principal amount of US$15 million (the “Notes”). The Notes "
            "have a term of 10 years from the date of issuance, being "
            "December 18, 2023, and bear interest at a rate of 2.0% per "
            "annum.",
            {"date": "2023-12-18", "maturity": "2033-12-18"},
        ),
        # a signature blocks executed and delivered as of
        (
            "The Debenture bears interest at 10% per annum. IN WITNESS "
            "WHEREOF, the Debtor and the Holder have executed and "
            "delivered this Debenture as of September 17, 2018.",
            {"date": "2018-09-17"},
        ),
        # the first coupons rate beside a range
        (
            "Pyramid Petroleum Inc. said it will sell C$15 million of "
            "convertible debentures. They have a coupon ranging between 8% "
            "and 40%, paid quarterly based on an index of oil and gas "
            "prices; the first coupon payment will have an interest rate "
            "of 12%.",
            {"rate": None},
        ),
        # a placement agents fee is no issue cost
        (
            "On October 15, 2021, the Company issued and sold to the "
            "Investor a 10% Original Issue Discount Senior Convertible "
            "Promissory Note in the principal amount of $825,000. The "
            "Company received net proceeds of $680,000, which is net of "
            "original issue discounts of $75,000, placement fees of "
            "$60,000, and legal fees of $10,000.",
            {"issue-costs": "10000.00 USD"},
        ),
        # received less the investors fees in exchange for the issuance
        (
            "On October 15, 2021, C-Bond Systems, Inc. entered into a "
            "Securities Purchase Agreement with Mercer Street Global "
            "Opportunity Fund, LLC, pursuant to which the Company received "
            "$750,000 (less $10,000 of Investor\u2019s fees) in exchange for "
            "the issuance of a 10% Original Issue Discount Senior "
            "Convertible Promissory Note in the principal amount of "
            "$825,000.",
            {"purchase-price": "750000.00 USD", "issue-costs": "10000.00 USD"},
        ),
        # promises to pay on the first anniversary of the issuance
        (
            "CONVERTIBLE PROMISSORY NOTE\n\n"
            "$75,000.00 November 14, 2000\n\n"
            "FOR VALUE RECEIVED, Worldnet Resource Group, Inc. hereby "
            "promises to pay to Longs Peak Investment LLC the principal "
            "sum of SEVENTY-FIVE THOUSAND DOLLARS ($75,000.00) on the "
            "first anniversary of the issuance of this note, at a rate of "
            "8% per annum.",
            {"maturity": "2001-11-14"},
        ),
        # a board resolutions date above the face
        (
            "WORLDBID CORPORATION 10% CONVERTIBLE NOTE DUE APRIL 30, 2008 "
            "(BEING ONE OF A SERIES OF CONVERTIBLE NOTES APPROVED BY "
            "RESOLUTION OF THE DIRECTORS OF THE COMPANY DATED JANUARY 25, "
            "2006, AND SUBJECT TO THE TERMS AND CONDITIONS THEREOF.) FOR "
            "VALUE RECEIVED, WORLDBID CORPORATION promises to pay to the "
            "holder the principal sum of $50,000.",
            {"date": None, "related-party": None},
        ),
        # a fixed price described against a days closing price
        (
            "The notes mature in one year and may be converted into common "
            "shares at $5.00 per share, which is a 52.15% discount to the "
            "Jan. 13 closing share price of $10.45.",
            {"conversion-discount": None, "conversion-price": "5.00 USD"},
        ),
        # notes that convert into the issuers own class a
        (
            "Hightimes Holding Corp. today announced the exercise of "
            "warrants and the conversion of outstanding notes into its "
            "Class A common stock. The former stockholders of Trans High "
            "Corp. have agreed to immediately convert approximately $25.6 "
            "million of convertible 12% Hightimes notes into shares of "
            "common stock at $11.00 per share.",
            {"share-class": '"Class A Common"', "conversion-price": None},
        ),
        # an investor with no existing connection
        (
            "KTL Global has agreed to issue S$5.35 million in five-year, "
            "zero-coupon convertible bonds to a Chinese investment firm. "
            "The investor, Zhong Jian Wu Lian (Beijing) Company, does not "
            "currently have any existing connection, including business "
            "relationships, with the company, its directors and "
            "substantial shareholders.",
            {"related-party": None},
        ),
        # a price that represents an initial conversion discount
        (
            "The bonds may be converted after the first year into new KTL "
            "shares at an initial conversion price of S$0.03963 per share. "
            "The conversion price represents an initial conversion "
            "discount of 17.4 per cent to KTL's volume-weighted average "
            "price of S$0.048 on March 1.",
            {"conversion-discount": None, "conversion-price": "0.03963 SGD"},
        ),
        # principal and interest repayable a year from issuance
        (
            "The convertible loans bear interest at 8% per annum. "
            "Principal and accrued interest is repayable one year from the "
            "date of issuance.",
            {"interest-payment": '"maturity"'},
        ),
        # interest payable comma on an annual basis
        (
            "The Convertible Loan is unsecured and interest is payable, on "
            "an annual basis, at LIBOR plus 2% per annum.",
            {"interest-payment": '"annually"'},
        ),
        # a german texts half yearly interest
        (
            "Die Wandelanleihen werden mit einem Festzinssatz von 0,75 % "
            "pro Jahr verzinst. Die Zinsen sind halbjährlich nachträglich "
            "zahlbar.",
            {"interest-payment": '"semiannually"'},
        ),
        # a default rate then a new clause with the maturity
        (
            "The interest rate under the convertible promissory note is 8% "
            "per year or 24% upon an event of default, and the principal "
            "and all accrued but unpaid interest are due on December 2, "
            "2023.",
            {"interest-payment": '"maturity"'},
        ),
        # the company shall pay all interest on the maturity date
        (
            "The Note bears interest at ten percent (10%) per annum on the "
            "unpaid principal balance. The Company shall pay all Interest "
            "on the Maturity Date.",
            {"interest-payment": '"maturity"'},
        ),
        # pay accrued but unpaid interest on or before the maturity date
        (
            "The Obligor promises to (i) pay the principal sum on or "
            "before June 15, 2020 (the “Maturity Date”), and (ii) pay "
            "accrued but unpaid interest on the principal sum of $50,000 "
            "on or before the Maturity Date at the rate of 8% per annum.",
            {"interest-payment": '"maturity"'},
        ),
        # promises to pay on or before a day
        (
            "FOR VALUE RECEIVED, Findex.com, Inc. hereby promises to pay "
            "to the order of W. Sam Chandoha, an individual, having his "
            "principal place of business located at 333 East 79th Street, "
            "New York, NY 10021 (the “Holder”) on or before September 20, "
            "2006, the principal sum of $100,000.",
            {"maturity": "2006-09-20"},
        ),
        # promises to pay on or before the earlier of a day
        (
            "FOR VALUE RECEIVED, Dial Corp. promises to pay to the order "
            "of the Holder, or registered assigns, the principal sum of "
            "Five Thousand Dollars ($5,000), on or before the earlier of "
            "(a) February 4, 2001 or (b) the Corporation's consummation of "
            "a financing.",
            {"maturity": "2001-02-04"},
        ),
        # a maturity date established to be the earlier of
        (
            "As approved by the required majority of the CLA holders, the "
            "maturity date of the CLA was established to be the earlier of "
            "(i) January 1, 2023, (ii) event of default.",
            {"maturity": "2023-01-01"},
        ),
        # a plural role word is no holder
        (
            "This Note is issued as part of a series of notes designated "
            'by the Note Series above (collectively, the "Notes") and will '
            "be issued in a series of multiple closings to Investors. The "
            "Notes bear simple interest at 5% per annum.",
            {"holder": None},
        ),
        # a conversion price of about
        (
            "The notes have an initial conversion rate of 134.5682 class A "
            "shares per US$1,000 principal amount of notes. This is "
            "equivalent to an initial conversion price of about US$7.43 "
            "per share, a 37.5% premium.",
            {"conversion-price": "7.43 USD"},
        ),
        # the conversion price of the convertibles is
        (
            "The stock closed at $30.89 on May 4. The initial conversion "
            "price of the convertibles is $19.22 per share of common stock.",
            {"conversion-price": "19.22 USD"},
        ),
        # convertible at the rate of after the word conversion
        (
            "This promissory note shall be convertible into shares of the "
            "Borrower\u2019s common stock at the option of the Holder, in whole "
            "or in part at any time (subject to the limitations on "
            "conversion hereinafter set forth), at the rate of $0.82 per "
            "share (the “Conversion Entitlement”).",
            {"conversion-price": "0.82 USD"},
        ),
        # loan notes issued totalling
        (
            "Inspirit Energy is pleased to announce it has issued "
            'convertible loan notes ("CLNs") totalling £845,000. The CLNs '
            "carry interest at 10% per annum.",
            {"principal": "845000.00 GBP"},
        ),
        # a note agreement for total principal borrowings
        (
            "On March 5, 2015, the Company entered into a convertible note "
            "agreement for total principal borrowings of JPY 200,000,000 "
            "($1,620,000 at July 31, 2015).",
            {"principal": "200000000.00 JPY"},
        ),
        # the aggregate amount of the loan being
        (
            "“Conversion Amount” means the aggregate amount of the Loan, "
            "being S$200,000; the Loan bears interest at 5% per annum.",
            {"principal": "200000.00 SGD"},
        ),
        # a headline prices exchangeable bonds
        (
            "Straits Trading prices S$370 million secured exchangeable bonds at 3.25%",
            {"principal": "370000000.00 SGD"},
        ),
        # a state owned companys name
        (
            "The Company has entered into a convertible bridge loan "
            "agreement with Public Investment Corporation (SOC) Limited "
            '("the PIC") dated 3 December 2013 for US$20 million.',
            {"holder": '"Public Investment Corporation (SOC) Limited"'},
        ),
        # a delaware vehicles name
        (
            'On June 26, 2020, Nutanix, Inc. (the "Company") entered into '
            'an investment agreement (the "Investment Agreement") with '
            'BCPE Nucleon (DE) SPV, LP ("Bain") relating to the issuance '
            "and sale of $750 million of 2.50% convertible senior notes.",
            {"holder": '"BCPE Nucleon (DE) SPV, LP"'},
        ),
        # a rate up to a maximum
        (
            "The Notes bear initial interest at 3% per annum, which will "
            "be increased each year, as specified in the Notes up to a "
            "maximum of 12% per annum, payable quarterly.",
            {"rate": "0.03"},
        ),
        # an original interest rate label
        (
            "Replacement debenture: Interest rate: 9 per cent per annum. "
            "Original interest rate: 8 per cent per annum.",
            {"rate": "0.09"},
        ),
        # a maximum rate formerly and now
        (
            "The Amended Convertible Debentures bear interest at a base "
            "rate that steps up each month. The maximum interest rate, "
            "which was formerly 12% per annum compounded quarterly, is now "
            "adjusted to a maximum of 10% per annum compounded quarterly.",
            {"rate": None},
        ),
        # a rate if the company fails to pay
        (
            "The loan of $13,500 bears interest at 15% per annum. If the "
            "Company fails to make payment, interest accrues at a rate of "
            "18% per annum on the outstanding balance plus accrued "
            "interest.",
            {"rate": "0.15"},
        ),
        # the company issued the related party a debenture
        (
            "As a part of the price consideration, the Company issued the "
            "related party a convertible debenture in the principal amount "
            "of $250,000, which shall be due on December 31, 2013, with "
            "interest at 8% per year.",
            {"related-party": "TRUE"},
        ),
        # the related party is entitled to convert
        (
            "The Company issued a convertible debenture of $250,000 at 8% "
            "per year. The related party is entitled to convert the "
            "accrued interest and principal of the convertible debentures "
            "into common stock.",
            {"related-party": "TRUE"},
        ),
        # entered into a note defined to an organisation
        (
            "On March 3, 2019, we entered into a convertible promissory "
            "note (the “March 2019 Note”) to Harbor Crest Capital, LLC "
            "(“Harbor”) for a principal sum of $80,000, bearing interest "
            "at 10% per annum.",
            {"holder": '"Harbor Crest Capital, LLC"'},
        ),
        # a note and warrants issued to one holder
        (
            "On May 2, 2021, the Company issued a convertible note in the "
            "principal amount of $500,000 (the “Grey Note”) and 200,000 "
            "warrants (the “Grey Warrants”) to Greyfield Partners Ltd. "
            "(“Greyfield”).",
            {"holder": '"Greyfield Partners Ltd."'},
        ),
        # promises to pay to a name below
        (
            "FOR VALUE RECEIVED, Norland Devices Inc., a Nevada "
            "corporation, promises to pay to:\n\n"
            "Blueline Ventures Ltd.\n\n"
            "the principal sum of US$ 400,000 on June 30, 2012.",
            {"holder": '"Blueline Ventures Ltd."'},
        ),
        # the investors own note is not the debenture
        (
            "The Company sold a $500,000 debenture (“Debenture”) to "
            "Redwood Partners Inc., which paid $100,000 in cash and issued "
            "to the Company a $400,000 promissory note (“Investor Note”). "
            "The Debenture bears interest at 7% per annum and is due on "
            "June 30, 2012. The Investor Note bears interest at 8% per "
            "annum and is due on July 31, 2012.",
            {"rate": "0.07", "maturity": "2012-06-30"},
        ),
        # the first issuance under an up to agreement
        (
            "The agreement provided for the sale by the Company of up to "
            "$5 million of 8% convertible debentures, with the initial "
            "issuance of a $2 million debenture (“Debenture”) to the "
            "investor.",
            {"principal": "2000000.00 USD"},
        ),
        # announced the closing on a day of a financing
        (
            "Acme Energy Corp. today announced the closing on March 3, "
            "2009 of a financing transaction in which the Company issued a "
            "$750,000 8% convertible debenture to Brightwater Fund LLC.",
            {"date": "2009-03-03"},
        ),
        # a six month rate and its annual rate
        (
            "6 MONTH 10% CONVERTIBLE DEBENTURE. Interest on this Debenture "
            "is payable at a 10% six month rate (20% annual rate) and is "
            "payable upon payment of principal whether at maturity or "
            "otherwise.",
            {"rate": "0.2", "interest-payment": '"maturity"'},
        ),
        # one debenture part of a total issue
        (
            "This Debenture is designated as its 9% Convertible Debenture "
            "in the aggregate principal amount of One Hundred Thousand "
            "Dollars ($100,000) and is part of a total issue of an "
            "aggregate of $400,000 principal amount of debentures.",
            {"principal": "100000.00 USD"},
        ),
        # a public body as lender
        (
            "This Amendment is entered into as of March 1, 2012 by "
            'Brightline Devices, LLC as maker ("Maker") and the Ohio '
            'Valley Development Authority as lender ("Authority").',
            {"holder": '"Ohio Valley Development Authority"'},
        ),
        # a balance after a payment is no principal
        (
            "Maker issued a Secured Convertible Promissory Note, dated May "
            "1, 2010, in the original principal amount of $300,000. After "
            "such payment is made, the outstanding principal amount of the "
            "Original Note will be $280,000.",
            {"principal": "300000.00 USD"},
        ),
        # a term sheets quantum and initial conversion price at issue
        (
            "Issue date 12 Mar 2018\n"
            "Quantum US$150,000,000\n"
            "Interest 6.00% per annum, payable semi-annually in arrears\n"
            "Initial conversion price at issue US$1.2500\n"
            "Maturity 12 March 2023\n",
            {"principal": "150000000.00 USD", "conversion-price": "1.2500 USD"},
        ),
        # raised today through an issue of a loan note
        (
            "For immediate release\n"
            "14 May 2023\n"
            "Northgate PLC\n"
            "The Company has today raised funding of £200,000 through an "
            "issue of a convertible unsecured loan note.",
            {"date": "2023-05-14"},
        ),
        # bonds issued by a subsidiary on a day
        (
            "The £200 million Convertible Bonds were issued by Stonegate "
            "(Jersey) Limited, a wholly-owned subsidiary of Stonegate plc "
            "incorporated in Jersey, on 9 May 2014.",
            {"date": "2014-05-09"},
        ),
        # a farm in agreement names no holder
        (
            "Fenwick Gold Ltd holds a A$2.0 million secured convertible "
            "note in Quarry Metals. This year, Quarry Metals entered into "
            "a farm-in agreement with Dalton Minerals Ltd to drill on five "
            "sites.",
            {"holder": None},
        ),
        # the investor also provides a loan
        (
            "The company arranged an 8% convertible senior notes placement "
            "with Beacon Health Partners. The investor also will provide a "
            "$15 million 8% loan due March 31, 2021. The notes are due on "
            "June 1, 2020.",
            {"principal": None, "maturity": "2020-06-01"},
        ),
        # outstanding facilities comprising loan notes
        (
            "The Company has agreed terms to capitalise its only "
            "outstanding debt facilities, comprising the £200,000 of "
            "unsecured convertible loan notes announced in 2022, which "
            "carry an interest rate of 12%.",
            {"principal": None, "rate": "0.12"},
        ),
        # an insiders participation in a placement
        (
            "The Company closed a private placement of 900 units, each a "
            "$1,000 convertible note. Participation of an Insider in the "
            "Private Placement is considered a related party transaction "
            "under the rules that protect minority holders.",
            {"related-party": None},
        ),
        # cash received net of fees is no price
        (
            "In May 2022, the Company issued a 12-month Senior Secured "
            "Note with a face amount of $800,000. The Company received "
            "$640,000 in cash, net of the OID of $100,000 and legal fees "
            "in the amount of $60,000.",
            {"purchase-price": None, "issue-costs": "60000.00 USD"},
        ),
        # one note and a second note compete
        (
            "The Company holds two convertible notes receivable from "
            "Brightpath, Inc. One $30,000 principal face amount note "
            "matures on May 1, 2021. A second $45,000 principal face "
            "amount note matures on June 30, 2021.",
            {"principal": None},
        ),
        # a limited partnerships number
        (
            "FOR VALUE RECEIVED, Delta Grow, Inc. promises to pay to Reyes "
            "Family Limited PT III (the “Purchaser”), the principal sum of "
            "$200,000 on or before March 1, 2021.",
            {"holder": '"Reyes Family Limited PT III"'},
        ),
        # an exhibits title dates the note
        (
            "March 4, 2018 Note issued to Reyes Family Limited PT III\n\n"
            "Exhibit 10.12\n\n"
            "EXHIBIT C: THE NOTE\n\n"
            "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF "
            "1933.\n\n"
            "FOR VALUE RECEIVED, Delta Grow, Inc. promises to pay to Reyes "
            "Family Limited PT III (the “Purchaser”), the principal sum of "
            "$200,000 on or before March 1, 2021.",
            {"date": "2018-03-04"},
        ),
        # an existing notes rate is not the new notes
        (
            "On May 2, 2014, the Company issued convertible notes. The "
            "principal amount of $12,500 advanced under each Note was "
            "applied to pay in full an existing convertible promissory "
            "note issued by the Company to each Noteholder on May 1, 2013, "
            "in the principal amount of $10,000 and bearing interest at "
            "the rate of 12.0% per annum.",
            {"rate": None},
        ),
        # prime plus a margin is no fixed rate
        (
            "Interest shall accrue on the unpaid principal amount of this "
            "Note at a rate of prime interest rate plus three percent (3%) "
            "per annum (the “Interest Rate”).",
            {"rate": None},
        ),
        # a rate after a base rate margin
        (
            "The loan carries interest for a period of 3 months at the "
            "rate of 6% per annum above the base rate of Lloyds Bank plc, "
            "and thereafter at 11% per annum. The loan is convertible into "
            "ordinary shares.",
            {"rate": None},
        ),
        # a holder located at an address
        (
            "FOR VALUE RECEIVED, Solaris Energy, Inc. promises to pay to "
            "the order of Pelican Holdings Ltd, located at Harbour House, "
            "Main Street, Road Town VG1110 British Virgin Islands (the "
            '"Holder"), the principal sum of $40,000.00.',
            {"holder": '"Pelican Holdings Ltd"'},
        ),
        # a note issue to an investment fund
        (
            "Eastcoal has secured A$5 million in funding through a "
            "convertible note issue to investment fund Harbour Global "
            "Opportunity Fund.",
            {"holder": '"Harbour Global Opportunity Fund"'},
        ),
        # the initial purchasers representative is no holder
        (
            "On May 1, 2019, the Company entered into a purchase agreement "
            "with Morgan Partners Inc., as representative of the several "
            "initial purchasers named therein, to issue and sell $90 "
            "million aggregate principal amount of its 2.00% Convertible "
            "Senior Notes due 2024.",
            {"holder": None},
        ),
        # officers also subscribed for the bonds
        (
            "The company signed a subscription agreement to issue S$5 "
            "million in bonds. The bonds bear interest of 6 per cent per "
            "annum. Members of the management team, including its chairman "
            "and its chief executive, also subscribed for the bonds.",
            {"related-party": None},
        ),
        # an amount of outstanding debentures amended
        (
            "Northway Holdings Ltd. said it amended the C$5 million of "
            "outstanding 8% convertible debentures due June 30, 2012, "
            "lowering the coupon to 2%.",
            {"principal": None},
        ),
        # a dollar equivalent of yen bonds
        (
            "Sakura Engineering prices yen convertible bonds\n"
            "Issuer:Sakura Engineering Ltd.\n"
            "Amount:$80 million equivalent denominated in Japanese yen\n"
            "Maturity:2012\n"
            "Coupon:zero\n"
            "Conversion price:Rs 1,200.50\n",
            {"principal": None},
        ),
        # an amount converted is no principal
        (
            "The shares were issued at an adjusted conversion price of "
            "S$0.12, following the conversion of convertible bonds with an "
            "aggregate principal amount of S$300,000.",
            {"principal": None},
        ),
        # a conversion notices price
        (
            "The Company has now received a conversion notice in respect "
            "of an additional £0.5 million, at a conversion price of 1.10 "
            "pence per share, and will issue 45,454,545 new ordinary "
            "shares to the investor.",
            {"conversion-price": None},
        ),
        # a facilitys announcement is no issue date
        (
            "Westbrook Convertible Notes\n"
            "On 12 March 2020 Westbrook Minerals Limited (Company) "
            "announced a $5 million funding facility with Harbour "
            "Investment LLC. The Company has elected to draw down on this "
            "facility and following this notice will issue 1,000 "
            "convertible notes (each with a face value of $1,000) "
            "(Convertible Notes) to Harbour Investment LLC.\n"
            "Effect of the issue of the Convertible Note on the Company\n"
            "The Convertible Notes were issued under a convertible "
            "security agreement (Agreement) with Harbour Investment LLC "
            "(Harbour) announced to ASX on 12 March 2020 under which "
            "Harbour will subscribe for convertible securities issued by "
            "the Company with a total face value of up to A$5 million.\n",
            {"date": None},
        ),
        # rates written in a row compete
        (
            "On March 2, 2012, the Company sent a redemption notice to the "
            "holder of the 5.0%/7.0%/9.0% Senior Secured Convertible Notes "
            "due 2020.",
            {"rate": None},
        ),
        # parties releasing their officers and directors
        (
            "This Agreement is made by Harbor Partners, LLC (the "
            '"Investor") on behalf of itself and its officers, directors, '
            "employees and agents, and Delta Grow, Inc. on behalf of "
            "itself and its officers, directors, employees. The Investor "
            "holds a 10% convertible debenture of $100,000.",
            {"related-party": None},
        ),
        # a term sheets labels without colons
        (
            "Convertible Bond 2015/2020\n\n"
            "Key Terms\n\n"
            "Principal Amount\n"
            "Euro 1,000 per Note, aggregate Principal Amount of up to EUR "
            "10 million\n"
            "Issue Date\n"
            "12 March, 2015\n"
            "Coupon\n"
            "5.00 % per annum\n",
            {"date": "2015-03-12", "rate": "0.05"},
        ),
        # a sum in words and no cents
        (
            "FOR VALUE RECEIVED, Westpoint Corp. promises to pay to the "
            "order of Ridge Lending, LLC (“Holder”) the principal sum of "
            "TWENTY THOUSAND AND NO/00 ($20,000) DOLLARS plus interest of "
            "twelve percent (12%) per annum.",
            {"principal": "20000.00 USD"},
        ),
        # dated as of beside a promise
        (
            "PROMISSORY NOTE\n"
            "Principal Amount: $400,000 | Dated as of March 2, 2022 | "
            "Bluefin Acquisition Corp., a Cayman Islands company (the "
            "“Maker”), promises to pay to the order of Bluefin Sponsor LLC "
            "the principal sum of $400,000.",
            {"date": "2022-03-02"},
        ),
        # a date and the notes number under its title
        (
            "This Note has not been registered under the Securities Act of "
            "1933.\n"
            "HARBOR PETROLEUM LTD.\n"
            "FORM OF\n"
            "12.0% CONVERTIBLE PROMISSORY NOTE\n"
            "March 3, 2015 Note No. 2015-A-2\n"
            "$5,000,000 For value received, Harbor Petroleum Ltd. promises "
            "to pay to the holder the principal sum of $5,000,000.\n",
            {"date": "2015-03-03"},
        ),
        # on a day the company signed a note
        (
            "On May 9, 2012, the Company signed a $30,000 convertible "
            "promissory note with a third party. The note bears interest "
            "at 8% per annum.",
            {"date": "2012-05-09"},
        ),
        # a month alone on its line
        (
            "CONVERTIBLE\n"
            "SECURED PROMISSORY NOTE\n"
            "$150,000\n"
            "March\n"
            "4, 2008\n"
            "FOR\n"
            "VALUE RECEIVED,\n"
            "ACME HOLDINGS, INC., a Nevada corporation (“Maker”), promises "
            "to pay to the\n"
            "order of Ridgeline Capital, LLC (“Holder”) the principal sum "
            "of One Hundred Fifty Thousand Dollars\n"
            "($150,000).\n",
            {"date": "2008-03-04"},
        ),
        # a face line above the promise
        (
            "Note No. 2\n\n"
            "$2,000,000.00    May 4, 2021\n\n"
            "The undersigned (“Borrower”) promises to pay to the order of "
            "RIVERBEND GROWTH FUND, L.P. (“Lender”) the principal sum of "
            "Two Million Dollars ($2,000,000.00).\n",
            {"date": "2021-05-04"},
        ),
        # signing a note purchase agreement is no issue
        (
            "On April 30, 2019 the Company signed a Note and Warrant "
            "Purchase Agreement under which the Company could issue up to "
            "$10 million of convertible promissory notes.",
            {"date": None},
        ),
        # a note totaling an amount
        (
            "On June 1, 2021, Orbital Tech, Inc. (the “Company”) and "
            "Crestline Opportunities Fund LLC (“Holder”) entered into a "
            "Convertible Promissory Note totaling $850,000 (“Note 1”).",
            {"principal": "850000.00 USD"},
        ),
        # dollars and no hundredths in words
        (
            "FOR VALUE RECEIVED, the undersigned promises to pay to the "
            "order of BELMONT HOLDING SA (“Payee”) in lawful money of the "
            "United States the principal amount of NINE HUNDRED THOUSAND "
            "DOLLARS AND NO/100S ($900,000.00), together with simple "
            "interest on the unpaid principal.",
            {"principal": "900000.00 USD"},
        ),
        # a note promising to pay a named holder an amount
        (
            "On March 1, 2024, the Issuer entered into a Convertible "
            'Promissory Note (the "March Note") promising to pay Granite '
            'International Inc., a Delaware corporation ("Granite"), '
            "$300,000.00. All amounts due under the March Note mature on "
            "March 1, 2025.",
            {"principal": "300000.00 USD"},
        ),
        # a registered holder or permitted transferees
        (
            "FOR VALUE RECEIVED, HARBOR ENERGY CORPORATION, a Delaware "
            "corporation (the “Company”), promises to pay to Mark T. "
            "Ellison or his Permitted Transferee(s) (the “Registered "
            "Holder”), the principal amount of Ninety Thousand Dollars "
            "($90,000).",
            {"holder": '"Mark T. Ellison"'},
        ),
        # loan notes that expire on a day
        (
            "The Company has issued unsecured convertible loan notes for a "
            'total of £50,000 (the "CLNs"). The CLNs have an annual coupon '
            "of 8%, expire on 5 June 2021 and are convertible into "
            "ordinary shares at 0.5 pence per share.",
            {"maturity": "2021-06-05"},
        ),
        # bonds redeemed at their nominal amount on a day
        (
            "Harbour AG has completed the issuance of convertible bonds "
            "with a total volume of 300 million euros. Unless previously "
            "converted, repaid or repurchased and cancelled, the "
            "convertible bonds will be redeemed at their nominal amount on "
            "12 May 2030.",
            {"maturity": "2030-05-12"},
        ),
        # notes due and payable unless converted on a day
        (
            "The Convertible Notes bear interest at 6% per annum. The "
            "Convertible Notes are due and payable, unless earlier "
            "converted into common stock as discussed below, on March 1, "
            "2028.",
            {"maturity": "2028-03-01"},
        ),
        # the initial conversion price being
        (
            "Harbour Holdings has agreed an issue of US$50 million in "
            "convertible bonds. The initial conversion price being HK$2.00 "
            "per share represents a premium of about 15 per cent to the "
            "last closing price.",
            {"conversion-price": "2.00 HKD"},
        ),
        # a conversion premium or its price
        (
            "The five year bonds carry a yield to maturity of 3.25% and "
            "have a conversion premium of 30% or HK$18.20.",
            {"conversion-price": "18.20 HKD"},
        ),
        # the sum and its interest at a rate on one day
        (
            "FOR VALUE RECEIVED, Harbour Devices Inc., a Delaware "
            'corporation (the "Borrower"), hereby promises to pay to Larch '
            'Capital Ltd. (the "Holder") or order, without demand, the sum '
            "of One Hundred Thousand Dollars ($100,000.00), with simple "
            "interest accruing at the annual rate of nine percent (9%), on "
            'June ___, 2009 (the "Maturity Date").',
            {"interest-payment": '"maturity"'},
        ),
        # a 365 365 interest basis
        (
            "FOR VALUE RECEIVED, Harbour Devices Inc. promises to pay to "
            "Larch Capital Ltd. the principal amount of Fifty Thousand "
            "Dollars ($50,000.00) plus interest at a rate of eight percent "
            "(8%) per year. Interest on this note shall be computed on a "
            "365/365 simple interest basis.",
            {"day-count": '"ACT/365"'},
        ),
        # a face amount beside the place it is made
        (
            "HARBOUR WIDGETS, INC.\nSERIES B 7% CONVERTIBLE PROMISSORY NOTE\n"
            "$250,000.00 BOSTON, MASSACHUSETTS\nMARCH 3, 2005\n\n1. Promise "
            "to Pay. FOR VALUE RECEIVED, HARBOUR WIDGETS, INC., a Nevada "
            'corporation (the "Company") promises to pay to the order of '
            'Larch Partners LLC (the "Holder") the principal amount of Two '
            "Hundred Fifty Thousand Dollars ($250,000.00).",
            {"date": "2005-03-03"},
        ),
        # a principal sum label
        (
            "Principal Sum: $750,000\nHolder: LARCH FUND LTD.\n\nSECURED "
            'CONVERTIBLE NOTE (the "Note")\nHARBOUR SYSTEMS, LTD.\n\n'
            "HARBOUR SYSTEMS, LTD. hereby promises to pay the Principal Sum "
            "to the order of Holder.",
            {"principal": "750000.00 USD"},
        ),
        # a maturity date which is the first to occur
        (
            "HARBOUR SYSTEMS, LTD. hereby promises to pay the Principal Sum "
            'to the order of Holder on the date (the "Maturity Date") '
            "which is the first to occur of (i) March 9, 2003 or (ii) the "
            "date on which Holder gives an Acceleration Declaration.",
            {"maturity": "2003-03-09"},
        ),
        # a date and the town under the title
        (
            "CONVERTIBLE PROMISSORY NOTE AGREEMENT\nApril 2, 2007 Spokane, "
            'Washington\nHARBOUR OPTICS, INC. ("Undersigned") hereby '
            "promises to pay upon demand to the order of the Holder the sums "
            "set forth on the attached schedule, with interest at the rate "
            "of ten percent (10%) per annum.",
            {"date": "2007-04-02"},
        ),
        # bonds directed to a nordic company
        (
            "1. Convertible Bonds 2022/1 and 2022/2 directed to Larch Oy "
            "Ab\n\nHarbour Group Plc and Larch Oy Ab have signed agreements "
            "on the Convertible Bonds.\n\nConvertible Bond 2022/1\n\n  • The "
            "amount of Convertible Bond 2022/1 is EUR 400,000.\n  • An "
            "annual interest of 5 per cent is paid on the principal of "
            "Convertible Bond 2022/1.",
            {"holder": '"Larch Oy Ab"', "principal": "400000.00 EUR"},
        ),
        # an option from a recently closed offering
        (
            "Harbour Energy Ltd Announces Exercise and Closing of US$15 "
            "Million Over-Allotment Option from its US$100 Million "
            "Convertible Senior Notes Offering\nHarbour Energy Ltd announced "
            "today the closing of the sale of an additional US$15 million of "
            'convertible senior notes due 2019 (the "option notes"), '
            "following the exercise in full by the initial purchasers of "
            "their over-allotment option granted in connection with "
            "Harbour's recently-closed offering of US$100 million of "
            "convertible senior notes due 2019.",
            {"principal": "15000000.00 USD"},
        ),
        # a bare dollar repeating a headlines amount
        (
            "Harbour Mining Ltd. Announces C$40 Million Bought Deal Offering "
            "of 6.00% Convertible Debentures\nTORONTO, Ontario, May 3, 2021 "
            "-- Harbour Mining Ltd. is pleased to announce that the "
            "underwriters have agreed to purchase $40,000,000 aggregate "
            "principal amount of convertible unsecured subordinated "
            "debentures. The Debentures will be convertible into common "
            "shares of the Company at a conversion price of $12.50 per share.",
            {"principal": "40000000.00 CAD", "conversion-price": "12.50 CAD"},
        ),
        # a listings exchange and ticker
        (
            "Harbour Technik AG (SIX Swiss Exchange: HRBR) announces the "
            "successful placement of CHF 80 million senior unsecured "
            "convertible bonds due 2021.",
            {"principal": "80000000.00 CHF"},
        ),
        # a coupon set at a rate
        (
            "Harbour Technik AG announces the successful placement of its "
            "convertible bonds due 2021. The coupon of the Convertible Bonds "
            "has been set at 3.5%.",
            {"rate": "0.035"},
        ),
        # a rate with a fraction before the notes
        (
            "On May 1, 2018 the Company issued US$15 million of 5 3/4% "
            'Convertible Senior Notes (the "Notes").',
            {"principal": "15000000.00 USD"},
        ),
        # a release in canadian dollars
        (
            "All figures are in Canadian dollars except where noted.\n"
            "Harbour Metals Ltd. is pleased to announce that it has sold $25 "
            "million principal amount of convertible unsecured subordinated "
            "debentures. The conversion price of the Debentures is C$0.55.",
            {"principal": "25000000.00 CAD"},
        ),
        # a settlement expected on the issue date
        (
            "Harbour SA has successfully completed today an issuance of "
            "bonds convertible into new shares, for a nominal amount of "
            "€150,000,000. The settlement and delivery of the bonds is "
            "expected to take place on May 5th 2022 (the “Issue Date”).",
            {"date": None},
        ),
        # an early redemption of debentures
        (
            "Harbour Media announces early redemption of C$30 million "
            "convertible debentures\nHarbour announced today that it has "
            "delivered formal notice to redeem all of its 7.00% convertible "
            "unsecured subordinated debentures. Currently, there are C$30 "
            "million principal amount of Debentures outstanding.",
            {"principal": None},
        ),
        # bonds that bear no coupon
        (
            "The CBs will not bear any coupon and have a maturity date of "
            "five years after issuance. The CBs are convertible into "
            "ordinary shares of Harbour.",
            {"rate": "0"},
        ),
        # convertibles that accrue no interest
        (
            "Each convertible has a nominal value of EUR 10,000. The "
            "convertibles accrue no interest, and the maturity date of the "
            "loan is 18 months from the date of registration.",
            {"rate": "0"},
        ),
        # interest payments to be made quarterly
        (
            "Harbour Corporation announced today that it has sold a $5 "
            "million secured convertible note to a single institutional "
            "investor. The note bears annual interest of 9%. Interest "
            "payments are to be made quarterly beginning October 2009.",
            {"interest-payment": '"quarterly"'},
        ),
        # a conversion price between a cap and a floor
        (
            "The note holders have the right to convert principal and "
            "accrued interest into shares of Common Stock at 80% of the "
            "average closing price of the Common Stock for the ten trading "
            "days before the conversion. The conversion price shall not be "
            "greater than $0.30 or less than $0.05.",
            {"conversion-price-floor": "0.05 USD"},
        ),
        # money raised from related parties
        (
            "In 2012, the Company raised, from two related parties, $500,000 "
            "through bridge financing, which is being refinanced into a "
            "Secured Promissory Note to the investors which will bear "
            "interest at 10% per annum.",
            {"related-party": "TRUE"},
        ),
        # a discount in relation to the market price
        (
            "Larch & Partners S.A. has committed to subscribe for "
            "convertibles. The convertible notes may be converted into "
            "shares at a 6% discount in relation to the market price of "
            "Harbour's share price at the time of the conversion.",
            {"conversion-discount": "0.06"},
        ),
        # a coupon beside an original issue discount in a title
        (
            "Harbour, Inc.\n\n9% Senior Secured Original Issue 15% Discount "
            "Convertible Promissory Note\n\nFOR VALUE RECEIVED, Harbour, "
            "Inc. hereby promises to pay to the order of the Holder the "
            "principal sum of $[ ].",
            {"rate": "0.09"},
        ),
        # shares for debt closed and notes originally issued
        (
            "CALGARY, AB, April 22, 2021 /CNW/ - Harbour Logic Inc. (the "
            '"Corporation") announces that it has closed certain of its '
            "previously announced shares for debt transactions and its "
            "previously announced private placement.\nThe holders of an "
            "aggregate of $100,000 principal amount of secured, convertible "
            'promissory notes (the "Notes") elected to convert the '
            "principal owing under such notes into units of the "
            "Corporation.\nThe Notes were originally issued by the "
            "Corporation on July 9, 2020, were due July 9, 2022 and bore "
            "interest at a rate of 20% per annum.",
            {"date": "2020-07-09"},
        ),
        # other notes also priced
        (
            "MIAMI, May 5, 2020 (GLOBE NEWSWIRE) -- Harbour Cruises Ltd. "
            "announced today that it has priced $500 million aggregate "
            "principal amount of its 5.00% exchangeable senior notes due "
            "2025. Harbour also priced $400 million aggregate principal "
            "amount of its 11.50% senior secured notes due 2025 (the "
            "“Secured Notes”).",
            {"principal": "500000000.00 USD", "rate": "0.05"},
        ),
        # an initial exchange price
        (
            "The Exchangeable Notes will be exchangeable at the holder\u2019s "
            "option into ordinary shares of Harbour. The initial exchange "
            "rate per $1,000 principal amount of Exchangeable Notes is "
            "50.0000 ordinary shares, which is equivalent to an initial "
            "exchange price of approximately $20.00 per ordinary share.",
            {"conversion-price": "20.00 USD"},
        ),
        # an exchange done is no price of the note
        (
            "The notes are convertible into common stock at a conversion "
            "price of $5.00 per share. During the quarter, other unsecured "
            "notes with a carrying amount of $97,796 were exchanged for "
            "147,525 shares of the Company\u2019s common stock at a weighted "
            "average exchange price of $1.10.",
            {"conversion-price": "5.00 USD"},
        ),
        # notes that bear no regular interest
        (
            "Harbour Interactive, Inc. today announced the pricing of $1.0 "
            "billion aggregate principal amount of convertible senior notes "
            "due 2026. The notes will not bear regular interest, and the "
            "principal amounts of the notes will not accrete.",
            {"rate": "0"},
        ),
        # debentures that incur no interest
        (
            "Harbour Corp. has closed a non-brokered private placement of "
            "secured convertible debentures. The debentures will mature on "
            "May 26, 2026, and will not incur interest except in the event "
            "of default.",
            {"rate": "0"},
        ),
        # a debenture the proceeds repay
        (
            "On December 15, 2021, Harbour Holdings Ltd. entered into a "
            "securities purchase agreement relating to the purchase and sale "
            "of a senior convertible note for gross proceeds of US$2,000,000 "
            "with Larch Global Partners, LP. The proceeds are intended to be "
            "used for the repayment of a certain convertible debenture in "
            "the principal amount of $400,000.",
            {"principal": None},
        ),
        # the issuers option names no holder
        (
            "Harbour Inc. has closed the second portion of the "
            "previously-announced private placement. The Series B Debenture "
            "will become convertible at Harbour's option at a price of $1.17 "
            "per share if the Company obtains a lease.",
            {"holder": None},
        ),
        # a maturity beside the face amount
        (
            "HARBOUR WIDGETS, INC.\nSERIES B 7% CONVERTIBLE PROMISSORY NOTE\n"
            "$250,000.00 DUE MARCH 3, 2007\n\n1. Promise to Pay. FOR VALUE "
            "RECEIVED, HARBOUR WIDGETS, INC. promises to pay to the order of "
            "Larch Partners LLC the principal amount of Two Hundred Fifty "
            "Thousand Dollars ($250,000.00).",
            {"date": None, "maturity": "2007-03-03"},
        ),
        # a market cap is not the principal
        (
            "Tidewell Therapeutics (Nasdaq: TDWL) today announced the sale "
            "of $60 million of 4.5% exchangeable senior notes due in 2029 to "
            "Quarry Lane Fund LP. Tidewell's current market cap is $500 "
            "million with the convertible notes reflecting a market cap of "
            "over $800 million.",
            {"principal": "60000000.00 USD"},
        ),
        # new notes of a proposed restructuring are not issued
        (
            "Under the proposed restructuring, the existing $200 million of "
            "5% convertibles due 2026 will be exchanged for 50,000,000 "
            "ordinary shares and $41.5 million principal amount of new 3% "
            "convertible notes due 2031.",
            {"principal": None},
        ),
        # adss issuable upon conversion are the class
        (
            "$150,000,000 Aggregate Principal Amount of 1.75% Convertible "
            "Senior Notes due 2027 and American Depositary Shares "
            "Representing Ordinary Shares Issuable Upon Conversion of the "
            "Notes",
            {"share-class": '"American Depositary Shares"'},
        ),
        # a credit line with a maximum is drawn
        (
            "The lender grants the Company a terminable, interest bearing "
            "loan in the maximum amount of CHF 8,000,000. Once the entire "
            "amount of CHF 6,000,000 has been drawn down, the lender may "
            "convert its entire loan of CHF 6,000,000 into a 15% holding of "
            "the capital of the Company. The interest rate is 6% per annum.",
            {"principal": None},
        ),
        # a class still negotiated is not the notes
        (
            "The loan bears interest at 6% per annum and the lender may "
            "convert it into a 15% holding of the capital of the Company. "
            "The major contemplated change is that the lender will convert "
            "its receivable into preferred shares of the Company.",
            {"share-class": None},
        ),
        # the part insiders subscribed is not the issue
        (
            "Larchmont Mining Inc. is pleased to announce that it has "
            "completed $8,500,000 of unsecured convertible debentures "
            "bearing interest at 9% per annum. Insiders subscribed an "
            "aggregate of $6,200,000 principal amount of unsecured "
            "convertible debentures.",
            {"principal": "8500000.00 USD"},
        ),
        # directors supporting an offering are not holders
        (
            "Fernbrook Gold Corp. will issue 2% senior unsecured convertible "
            "notes to Marlow Capital LLC. All of the directors and officers "
            "of the Company have agreed to support the Offering at a meeting "
            "of shareholders.",
            {"related-party": None},
        ),
        # an offering to certain existing shareholders has several holders
        (
            "Fernbrook Gold Corp. has entered into a letter of intent with "
            'Marlow Capital LLC ("Marlow"), pursuant to which Fernbrook '
            "will conduct an offering of 2% senior unsecured convertible "
            'notes (the "Notes") to Marlow. Concurrently, Fernbrook will '
            "complete an offering of Notes to certain of the Company's "
            "existing shareholders.",
            {"holder": None},
        ),
        # the whole issue after its parts
        (
            "Quillon Media Corporation is pleased to announce the closing of "
            "its offering of US$20.0 million aggregate principal amount of "
            "convertible unsecured subordinated debentures due June 30, "
            "2016. The Underwriters will receive U.S.$600,000 principal "
            "amount of Debentures as partial payment for their fee. In total "
            "an aggregate of U.S.$20,600,000 principal amount of Debentures "
            "were issued by the Corporation.",
            {"principal": "20600000.00 USD"},
        ),
        # compounding on a monthly basis
        (
            "The note bears interest at the rate of 7% per annum calculated "
            "and compounding on a monthly basis.",
            {"compounding": '"monthly"'},
        ),
        # a release that announces that on a date
        (
            "DENVER, CO / ACCESSWIRE / April 2, 2019 / Hollis Creek, LLC "
            '(the "Lender") of 12 Main Street, Denver, Colorado, announces '
            "that, on March 3, 2019, the Lender completed the initial "
            'drawdown in the principal amount of US$2,000,000 (the "Initial '
            'Loan Amount") under the US$5,000,000 revolving credit facility '
            "to Bayfield Corp.",
            {"date": "2019-03-03"},
        ),
        # a trust company that is trustee is no holder
        (
            "Norwell Holdings Inc. announces that it has received a Demand "
            "for Payment from Granite Trust Company Ltd. The Company "
            "disagrees with the Trustee's position. The Company has $20M in "
            "7% unsecured convertible debentures outstanding, maturing on "
            "May 1, 2023.",
            {"holder": None},
        ),
        # a defaults acceleration is no maturity
        (
            "On May 2, 2020, the Company received notice from the Trustee "
            "that the missed interest payment constitutes an Event of "
            "Default and accordingly, the outstanding $21,000,000 of the "
            "unsecured convertible debentures were due and payable by May "
            "20, 2020. The Company has $20M in 7% unsecured convertible "
            "debentures outstanding, maturing on May 1, 2023.",
            {"maturity": "2023-05-01"},
        ),
        # the quarterly interest payment due
        (
            "The Company announced that it would not make the quarterly "
            "interest payment due to Debenture Holders on June 30, 2020. The "
            "Company has $20M in 7% unsecured convertible debentures "
            "outstanding.",
            {"interest-payment": '"quarterly"'},
        ),
        # convert into shares for a price per share
        (
            "Each Debt Unit consists of a convertible promissory note and "
            "warrants. The holder may convert the Notes into Common Shares "
            "for CDN $0.25 per Common Share at any time prior to two years "
            "from the date of issuance.",
            {"conversion-price": "0.25 CAD"},
        ),
        # a repurchase on a date is not the issue
        (
            "Corvel Solar Co., Ltd. today announced that it repurchased on "
            "May 1, 2012 an aggregate principal amount of $180,500,000 of "
            "its 4% convertible notes. On May 1, 2009, Corvel Solar issued "
            "an aggregate principal amount of $250,000,000 of 4% convertible "
            "senior notes due 2014.",
            {"principal": "250000000.00 USD"},
        ),
        # a wait before conversion is no term
        (
            "On March 3, 2012, the Company issued a convertible note to "
            "Elmstead Partners LLC in the principal amount of $40,000 "
            "bearing interest at 8% per annum. After 180 days from the note "
            "date, the lender is entitled to convert the principal and "
            "accrued interest into common stock of the Company.",
            {"maturity": None},
        ),
        # various debentures total is not the note
        (
            "During the year ended December 31, 2016, the Company issued "
            "various convertible debentures in the total amount of $412,300. "
            "The debentures bear simple interest at 10% per annum.",
            {"principal": None},
        ),
        # a numbered bond totalling
        (
            "Korvala Oyj has resolved to issue a Convertible Bond 1/2022 "
            "totalling EUR 2,150,000 to Helmi Capital Oy. An annual interest "
            "of eight percent shall be accrued to the capital of the bond.",
            {"principal": "2150000.00 EUR"},
        ),
        # a convertible bond of an amount
        (
            "Brightfell has reached an agreement with Norvik on all dealings "
            "between the companies, including the convertible bond of SEK "
            "120 million that Brightfell issued to Norvik.",
            {"principal": "120000000.00 SEK"},
        ),
        # of which an amount is a convertible loan
        (
            "Tessera Photonics AB has entered into a loan agreement with "
            "Halden Kapital for financing up to SEK60m, of which SEK20m is a "
            "convertible loan.",
            {"principal": "20000000.00 SEK"},
        ),
        # a fee for amendments is no purchase price
        (
            "Brightfell issued a convertible bond in the principal amount of "
            "SEK 120 million to Norvik. The company has agreed with Norvik "
            "on amended convertible bond terms. The surcharge in exchange "
            "for these amendments is estimated at SEK 90 million.",
            {"purchase-price": None},
        ),
        # a price in a code after the number
        (
            "The loan is convertible into shares of the company at a fixed "
            "conversion price of 9.61 SEK per share.",
            {"conversion-price": "9.61 SEK"},
        ),
        # a loans nominal value of one unit
        (
            "Arvika Energy AB's convertible loan has a nominal value of SEK "
            "1. The loan has an annual interest rate of 12% and is "
            "convertible into shares of the company.",
            {"principal": None, "par-value": None},
        ),
        # a maturity in a table cell
        (
            "Convertible Bond [Member]\nInterest percentage | 6.00%\n"
            "Maturity date | Mar. 19, 2028",
            {"maturity": "2028-03-19"},
        ),
        # a column title with a date is no maturity
        (
            "Convertible Notes [Member]\nIssue Date | Maturity Date | March "
            "31, 2021 Principal Balance | Rate\nInterest percentage | 6.00%\n"
            "Maturity date | Mar. 19, 2028",
            {"maturity": "2028-03-19"},
        ),
        # a shareholder agreed to provide the loan
        (
            "Harlow Minerals Limited has agreed to enter into an AUD 500,000 "
            "convertible loan. The Company's largest shareholder, Redgum "
            "Holdings Pty Ltd, has agreed to provide the above loan.",
            {"holder": '"Redgum Holdings Pty Ltd"'},
        ),
        # cents written as c in an aud text
        (
            "Harlow Minerals Limited has agreed to enter into an AUD 500,000 "
            "convertible loan. The loan can be converted to shares at 2.5c "
            "per share at the lender's request.",
            {"conversion-price": "0.025 AUD"},
        ),
        # a loan that does not accrue any interests
        (
            "Norrtek AS has entered into a convertible loan agreement with "
            "Fjell Invest AS for NOK 10 million. The Loan does not accrue "
            "any interests and the loan falls due 15 March 2025.",
            {"rate": "0"},
        ),
        # interest payable half yearly
        (
            "Quoted Convertible Notes\n- Issue Price: $1.00 per Note\n- "
            "Interest Rate: 9% per annum, payable half yearly in arrears",
            {"interest-payment": '"semiannually"'},
        ),
        # a day first date past the twelfth
        (
            "Quoted Convertible Notes\n- Interest Rate: 9% per annum\n- "
            "Maturity Date: 28/10/2023",
            {"maturity": "2023-10-28"},
        ),
        # a loan period that expires on a date
        (
            "Korvala Oyj has resolved to issue a Convertible Bond 1/2022 "
            "totalling EUR 2,150,000. The loan period shall commence on the "
            "payment date and expire on 30 June 2024 on which date the "
            "Convertible Bond 1/2022 shall be repayable in its entirety.",
            {"maturity": "2024-06-30"},
        ),
        # two fees withheld are the costs
        (
            "In March 2018, pursuant to a securities purchase agreement and "
            "a one year convertible promissory note for $53,000 the Company "
            "received $50,000. In addition, the Company is required to pay "
            "$2,000 of the lender's legal fees and $1,000 of due diligence "
            "fees which were withheld from the funds provided.",
            {"issue-costs": "3000.00 USD"},
        ),
        # an option increasing the total issue
        (
            "Kestrel Steel Limited announces that the terms for its USD 40 "
            "million foreign currency convertible bonds due 2012 have been "
            "fixed. Due to strong investor demand, the over-allotment option "
            "of US$ 8 million has been fully exercised, increasing the total "
            "issue amount to US$ 48 million.",
            {"principal": "48000000.00 USD"},
        ),
        # a conversion price set to an amount
        (
            "Kestrel Steel Limited announces the terms of its foreign "
            "currency convertible bonds due 2012: Initial conversion price "
            "has been set to INR 210 per share.",
            {"conversion-price": "210 INR"},
        ),
        # bonds redeemed at a percentage of par on a date
        (
            "Kestrel Steel Limited announces the terms of its USD 40 million "
            "foreign currency convertible bonds. The bonds will be redeemed "
            "at 135.5% of par on or about 20 May 2012.",
            {"maturity": "2012-05-20"},
        ),
        # a coupon rate that stands at zero
        (
            "Hanbit Soft announced that it will issue convertible bonds "
            "worth 20 billion won. The coupon rate and maturity interest "
            "rate both stand at 0 percent, and the maturity date is Sept. "
            "30, 2021.",
            {"rate": "0"},
        ),
        # billions written bn after a code
        (
            "The company issued EUR 1.2bn of 1.5% convertible bonds due 2027.",
            {"principal": "1200000000.00 EUR"},
        ),
        # yen written as a word before the amount
        (
            "Harumi Electric Co., Ltd. has issued Yen 30,000,000,000 Zero "
            "Coupon Convertible Bonds due 2015 to Nobara Securities Co., Ltd.",
            {"principal": "30000000000.00 JPY"},
        ),
        # notes the company only may issue later
        (
            "On March 3, 2021, Corvane Labs, Inc. entered into a Convertible "
            "Debt Purchase Agreement with Halden Peak Partners, LLC for the "
            "issuance of up to $900,000 of convertible debentures. On that "
            "date, the Company issued to Halden Peak a Debenture in the "
            "principal amount of $330,000 (which includes $30,000 in "
            "original issue discount) for $300,000 in cash. The Company may "
            "issue to Halden Peak an additional $570,000 in Debentures, "
            "consisting of three additional convertible debentures, each in "
            "the principal amount of $190,000.",
            {"principal": "330000.00 USD", "purchase-price": "300000.00 USD"},
        ),
        # bare dollars beside a canadian mark in a canadian listed release
        (
            "TORONTO, March 4, 2020 -- Brindle Peak Minerals Inc. (CSE: BPM) "
            "is pleased to announce a private placement of convertible "
            "debentures for gross proceeds of CDN$1,500,000. The debentures "
            "bear interest at 9% per annum and are convertible into common "
            "shares at a price of $0.35 per common share.",
            {"conversion-price": "0.35 CAD"},
        ),
        # a maximum conversion price is a cap not the price
        (
            "The Notes are convertible at the option of the holder at a 15% "
            "discount to the market price of the Company's common shares at "
            "the time of conversion, subject to a minimum conversion price "
            "of US$0.10 and a maximum conversion price of US$0.40.",
            {
                "conversion-price": None,
                "conversion-discount": "0.15",
                "conversion-price-floor": "0.10 USD",
            },
        ),
        # ordinary shares or adrs the holders choice
        (
            "The investors may elect to convert the notes issued into fully "
            "paid ordinary shares or ADRs (American Depositary Receipts) of "
            "Tallow Biotech at the conversion price of USD12.40 per ADR. The "
            "notes carry a coupon of 6% per annum.",
            {"share-class": None, "rate": "0.06"},
        ),
        # a manager writes for the fund it manages
        (
            "On March 2, 2015, Halvard Mining Limited received notice from "
            "Corbel Advisors, LLC, as manager of the Southern Crest "
            "Opportunity Fund LP (SCOF), under the Convertible Security "
            "Agreement. SCOF provided a loan to the Company of A$500,000, to "
            "be exchanged for a convertible security with a face value of "
            "A$500,000.",
            {"holder": '"Southern Crest Opportunity Fund LP"'},
        ),
        # the new note an exchange gives
        (
            "On June 8, 2018, Orrin Marine Inc. entered into an exchange "
            "agreement with a holder of $512,300 principal amount of its "
            "senior notes due 2022, pursuant to which the holder agreed to "
            "exchange those notes for a $350,000 principal amount "
            'convertible note (the "New Note").',
            {"principal": "350000.00 USD"},
        ),
        # a dollar amount with its own code in brackets
        (
            "FOR VALUE RECEIVED, Pellham Systems, Inc. hereby promises to "
            "pay to the order of Granary Capital Partners, L.P. (the "
            '"Holder") the principal amount of $215,500 (USD) on or prior '
            'to March 9, 2019 (the "Maturity Date").',
            {"principal": "215500.00 USD"},
        ),
        # a closing quote that opens a defined term
        (
            "FOR VALUE RECEIVED, Pellham Systems, Inc. hereby promises to "
            "pay to the order of Granary Capital Partners, L.P. (the "
            "”Holder”) the principal amount of $215,500 on or prior to March "
            "9, 2019 (the ”Maturity Date”).",
            {"maturity": "2019-03-09"},
        ),
        # lenders the note names together
        (
            "FOR VALUE RECEIVED, Birchway Foods Inc. promises to pay to "
            "Harrow Lane, LLC, Tesh Capital, Inc., and Mary Okafor, an "
            'individual (each a "Lender Party" and, together, the '
            '"Lender"), the principal sum of Two Hundred Thousand Dollars '
            "($200,000), together with interest at 10% per annum.",
            {"holder": None, "principal": "200000.00 USD"},
        ),
        # the amount of the convertible note was
        (
            "In May 2013, we issued an unsecured promissory note to a "
            'supplier in the amount of $30,000 (the "May 2013 Note") '
            "bearing interest at 9% per annum. In addition, a second note "
            "payable, to the same supplier, in the amount of $12,000 was "
            "also folded into the May 2013 Note. The Company entered into a "
            "loan agreement evidenced by a convertible secured promissory "
            "note with Quarry Materials, Inc. The amount of the convertible "
            "secured promissory note was $180,000. The note is convertible "
            "into common stock at $0.40 per share.",
            {"principal": "180000.00 USD"},
        ),
        # the holder after the notes terms
        (
            "On April 2, 2024, the Company issued a convertible promissory "
            "note with a face amount of $2,165,000, with a $2,000,000 "
            "initial purchase price and a $150,000 original issue discount, "
            'to Larchmont Yield Partners LLC ("Larchmont"). The note bears '
            "interest at a rate of 9% per annum.",
            {
                "holder": '"Larchmont Yield Partners LLC"',
                "principal": "2165000.00 USD",
                "purchase-price": "2000000.00 USD",
            },
        ),
        # a conversion price amended later is not the notes
        (
            "On March 3, 2009, Brantley Optics Inc. issued a convertible "
            "promissory note in the principal amount of $120,000 to Fenwick "
            "Partners LLC. The note was convertible into shares of the "
            "Company's common stock at $0.25 per share. In June 2010, the "
            "conversion price was amended to provide a fixed conversion "
            "price of $0.002 per share.",
            {"conversion-price": None},
        ),
        # several lenders each with its amount
        (
            "On May 4, 2012, the Company entered into a loan agreement with "
            "certain existing third-party lenders and a new lender. Under "
            "the loan agreement, the existing lenders received amended and "
            "restated secured convertible promissory notes in the aggregate "
            "principal amounts of $310,000 and $145,500, respectively, and "
            "the new lender received a convertible promissory note in the "
            "aggregate principal amount of $90,000.",
            {"principal": None},
        ),
        # days of an average written n day average
        (
            "Each note is convertible into shares of the Company's common "
            "stock at sixty-five percent (65%) of the five day average of "
            "the closing bid price of the Company's common stock immediately "
            "prior to conversion.",
            {
                "conversion-discount": "0.35",
                "conversion-lookback": "5",
                "conversion-reference": '"average"',
            },
        ),
        # other notes under a heading of their own
        (
            "Note 6. Notes Payable\nHalcyon Convertible Note Payable\nOur "
            'note payable agreement with Halcyon Advisors, LLC ("Halcyon") '
            "carries an interest rate of 9% compounded annually. At the "
            "election of Halcyon, the note payable is convertible at any "
            "time into shares of our common stock at $2.50 per share.\nOther "
            "Convertible Notes Payable\nIn March 2012, accounts payable due "
            "to Pell & Orr LLP, a related party, were assigned to Marrow "
            "Capital, Inc., and we entered into a convertible promissory "
            "note in aggregate principal amount of $40,000, convertible into "
            "shares of our common stock at $0.20 per share, which was dated "
            "March 1, 2012. The note is due March 1, 2013.",
            {
                "date": None,
                "maturity": None,
                "related-party": None,
                "rate": "0.09",
                "conversion-price": "2.50 USD",
            },
        ),
        # a person the company entered into a loan with
        (
            "On May 3, 2022, Tessaro Biologics Inc. (the “Company”) and "
            "Daniel K. Morrow, Chairman of our Board of Directors, entered "
            "into a debt financing arrangement whereby Mr. Morrow loaned "
            "$5,000,000 to the Company. In consideration for the loan, the "
            "Company issued a convertible promissory note in the principal "
            "amount of five million dollars.",
            {"holder": '"Daniel K. Morrow"'},
        ),
        # "In" for "On" before a day
        (
            "In March 12, 2021, the Company issued a convertible promissory "
            "note in the amount of $96,500 to Harlow Quay, LLC, an entity "
            "owned by the Company's President.",
            {"date": "2021-03-12", "principal": "96500.00 USD"},
        ),
        # convertible debt issued on a day with no comma after it
        (
            "On October 4, 2016 the Company issued $180,000 of convertible "
            "debt to Pellworth Partners, L.P. The debt bears interest at 9% "
            "per annum.",
            {"date": "2016-10-04", "rate": "0.09"},
        ),
        # the note an amendment amends, issued on a day
        (
            "Brightmoor Minerals announces that it has amended the terms of "
            "its 10% secured convertible note (the “Note”) issued to an "
            "arm's length lender (the “Lender”) on August 9, 2022.",
            {"date": "2022-08-09", "rate": "0.1"},
        ),
        # not the note another is exchanged for or follows, issued on a day
        (
            "On May 2, 2019, the Company issued a 6% Convertible Note to "
            "Kestle Fund, L.P. in exchange for the Bridge Note originally "
            "issued on January 15, 2019 by the Company to the holder. The "
            "Additional Notes form a single series with the Company's "
            "outstanding 6% Convertible Notes due 2022 issued on March 1, "
            "2017.",
            {"date": "2019-05-02"},
        ),
        # a face value totaling an amount
        (
            "On June 2, 2014, the Company issued a convertible note with a "
            "face value totaling $35,000.",
            {"principal": "35000.00 USD", "date": "2014-06-02"},
        ),
        # outstanding notes one holder bought from another are not the notes
        # issued beside them
        (
            "On May 9, 2019, Harrow Lane purchased from Teller Master Fund, "
            "L.P. $12 million aggregate principal amount of the Company's "
            "outstanding convertible notes. As part of the transaction, the "
            "Company issued to Harrow Lane an additional $6.5 million "
            "aggregate principal amount of convertible notes.",
            {"principal": "6500000.00 USD"},
        ),
        # a rate in words with its digits in brackets, then "percent"
        (
            "This Note shall bear interest of Twelve (12) percent per annum.",
            {"rate": "0.12"},
        ),
        # a numbered section's heading, its date on the same line
        (
            "4. Maturity Date. June 30, 2025 unless sooner converted or prepaid.",
            {"maturity": "2025-06-30"},
        ),
        # interest-only payments required every quarter, the rest at maturity
        (
            "The Note bears interest at 9% per annum. Interest only payments "
            "shall be required on a quarterly basis, starting June 30, 2023. "
            "Any outstanding principal and interest is due on the Maturity "
            "Date.",
            {"interest-payment": '"quarterly"'},
        ),
        # the price interest is paid at in stock is not the note's, unless
        # the text defines it as the note's
        (
            "The Note bears interest at 8% per annum. Interest shall be "
            "payable at the option of the Borrower in cash or in common stock "
            "issued at a conversion price of $1.75 per share.",
            {"conversion-price": None},
        ),
        (
            "The Debentures bear interest at 10%. Interest will be paid in "
            "cash or Shares based on a conversion price of $3.10 (the "
            "“Conversion Price”). A holder may convert the principal into "
            "Shares at the Conversion Price.",
            {"conversion-price": "3.10 USD"},
        ),
        # a bare dollar amount with a Canadian dollar amount in brackets is
        # not in Canadian dollars
        (
            "On March 3, 1998, the Company issued convertible debentures in "
            "the aggregate principal amount of $73.0 million (CDN $100.0 "
            "million), convertible at a conversion price of CDN $9.10 per "
            "share, being 109.89 shares per CDN $1,000 principal amount. The "
            "Company may pay the principal in shares, for each $1,000 "
            "principal amount.",
            {"principal": None},
        ),
        # the series a debenture is one of is not its principal
        (
            "The Company promises to pay Jonas Ek the sum of $50,000 on June "
            "30, 2016. This Debenture is one of a series of Debentures in the "
            "aggregate principal amount of $500,000.",
            {"principal": "50000.00 USD"},
        ),
        # a date's year after a blank line
        (
            "The Company promises to pay the Holder $80,000 with interest at "
            "the annual rate of six percent (6%) on March 31,\n\n"
            "2017 (the “Maturity Date”), if not sooner paid.",
            {"maturity": "2017-03-31"},
        ),
        # a table of several notes: a date under a label for each
        (
            "The following table summarizes the key terms of the convertible "
            "notes:\n"
            "|2027 Notes |2029 Notes\n"
            "|Issuance date |March 2, 2022 |May 4, 2024\n"
            "|Maturity date |March 1, 2027 |May 1, 2029\n",
            {"date": None, "maturity": None},
        ),
        # a rate if the note is not paid at maturity is a default rate
        (
            "The unpaid principal shall bear interest at the rate of 6 percent "
            "(6%) per annum. If this Note is not paid in full at Maturity, the "
            "foregoing interest rate shall be increased to ten (10) percent "
            "per annum.",
            {"rate": "0.06"},
        ),
        # the agent of a bought deal is no holder
        (
            "The Company has entered into an agreement with Harbour Ridge "
            "Securities Ltd. as lead agent on behalf of a syndicate of "
            "underwriters under which the underwriters have agreed to purchase "
            "40,000 convertible debentures at a price of $1,000 per debenture.",
            {"holder": None},
        ),
        # a rate with a zero after its point is not a zero rate
        (
            "The notes will carry a 4.0% interest rate, payable semi-annually.",
            {"rate": "0.04"},
        ),
        # a premium on top of the rate is no rate
        (
            "The bonds will bear interest at an annual rate of 6.5% per annum. "
            "This annual rate will be increased by a non-conversion premium "
            "equal to an additional interest of 0.2%.",
            {"rate": "0.065"},
        ),
        # the rate the note defines as its Interest Rate, beside a title's
        (
            "Form of 9% Convertible Promissory Note dated May 2, 2019 issued "
            "by the Company in favor of Lenmark Fund LP.\n\n"
            "FOR VALUE RECEIVED, the Company promises to pay to the order of "
            "Lenmark Fund LP (“Holder”) the principal sum of $150,000.00, "
            "together with simple interest at a rate equal to 11.0% per annum "
            "(the “Interest Rate”).",
            {"rate": "0.11"},
        ),
        # an XBRL member label is no note's face title
        (
            "|Interest expense\n|12,400\n|$ 31,770\n"
            "|Promissory Note With Third Party Dated March 3, 2016 [Member]\n"
            "|Notes payable interest rate\n|8.00%\n",
            {"principal": None},
        ),
        # a term sheet's denomination
        (
            "Principal Amount: 300 million Euro\n"
            'Denomination: 100,000 Euro ("Principal Amount")\n'
            "Coupon: 0.5 % p.a.\n",
            {"principal": "300000000.00 EUR"},
        ),
        # the first part of the notes is not the notes
        (
            "Brightwell Foods reduces conversion price on first $200,000 in "
            "convertible notes held by Carrow\n\n"
            "Brightwell Foods Inc. has lowered the conversion price on the "
            "first $200,000 of $2.5 million in secured convertible notes held "
            "by Carrow Master Fund, Ltd.",
            {"principal": "2500000.00 USD"},
        ),
        # the notes, issued on a day
        (
            "The notes, issued on June 14, 2007, bear interest at 9% and are "
            "due in 2010.",
            {"date": "2007-06-14"},
        ),
        # a term after the note's issuance
        (
            "On April 3, 2022, we issued a convertible promissory note to one "
            "of our directors, which is due one year after the date of note "
            "issuance.",
            {"maturity": "2023-04-03"},
        ),
        # a two-year maturity
        (
            "On June 9, 2020, the Company issued an unsecured convertible "
            "promissory note with a two-year maturity (the “2020 Note”) to an "
            "investor.",
            {"maturity": "2022-06-09"},
        ),
        # a maturity date defined as the earliest of a day or an event
        (
            "The Notes bear interest at 10% per annum until the maturity date "
            "which is defined as the earliest of June 30, 2016, or the closing "
            "of any subsequent financing.",
            {"maturity": "2016-06-30"},
        ),
        # a holder whose name holds "and", described after it
        (
            'FOR VALUE RECEIVED, Norland Energy, Inc. ("Maker") hereby '
            "promises to pay to the order of Corvo Oil and Gas Partners, Ltd., "
            'a Bahamas corporation ("Payee"), the principal sum of $400,000.',
            {"holder": '"Corvo Oil and Gas Partners, Ltd."'},
        ),
        # the buyer of a business who makes the note is not its holder
        (
            "THIS AGREEMENT is made by and between Harlan Clinics of Ohio, LLC "
            '(the "Buyer") and Westfield Family Dentistry, PLLC '
            '("Seller"). On the Closing Date, Buyer shall deliver to Seller '
            "a convertible promissory note in the principal sum of $900,000.00 "
            "made by Harlan Clinics of Ohio, LLC.",
            {"holder": None},
        ),
        # shares issued on a day for an older note; money received on a day
        # for a new one
        (
            "On March 2, 2016, Delmar Holdings Corp. issued 900,000 shares of "
            "common stock to T.R. Capital as payment for $20,000 in principal "
            "and $5,000 in accrued interest on an existing promissory note. On "
            "March 9, 2016, we received $60,000 from an unaffiliated third "
            "party in exchange for a promissory note that has an interest rate "
            "of 10% and is due on March 8, 2017.",
            {"date": "2016-03-09", "principal": None},
        ),
        # the buyer is the sentence's subject, with no legal form; a term's
        # anniversary in cardinal words
        (
            "Harrow Partners also, as part of the settlement, on March 3, 2021 "
            "purchased from us a convertible promissory note in the amount of "
            "$400,000 (the “Note”). The Note bears interest at 2% per annum "
            "and will mature on the two-year anniversary of its issuance.",
            {
                "holder": '"Harrow Partners"',
                "date": "2021-03-03",
                "maturity": "2023-03-03",
            },
        ),
        # a subscriber named with its domicile; the conversion price of the
        # bonds it already holds is not the new bonds' price
        (
            "On May 5, 2024, the company entered into a subscription agreement "
            "with the subscriber Pinecrest Capital Investment (Singapore), "
            "which agreed to subscribe for Convertible Bonds with a principal "
            "amount of 4 million USD. The initial conversion price is 0.80 HKD "
            "per share. The subscriber is the holder of existing Convertible "
            "Bonds with an unpaid principal amount of 2 million USD, which can "
            "be converted into 19.5 million shares at the conversion price of "
            "0.95 HKD per share.",
            {
                "holder": '"Pinecrest Capital Investment (Singapore)"',
                "conversion-price": "0.80 HKD",
            },
        ),
        # instalments that begin some months after issue set no maturity
        (
            "On March 1, 2024, the Company issued Brightwater Fund II, LP a "
            "secured convertible note in the principal amount of $1,200,000. "
            "Beginning with the date that is four months from the issuance "
            "date of the Note and on each monthly anniversary thereafter, the "
            "Company shall pay the holder $100,000, until the outstanding "
            "principal amount of the Note has been paid in full prior to or on "
            "the Maturity Date.",
            {"maturity": None, "date": "2024-03-01"},
        ),
        # the whole issue after the initial purchasers' option, named
        # together with the purchasers
        (
            "On May 2, 2021, Harbor Logic, Inc. entered into a purchase "
            "agreement with Alder Securities LLC, Birch Capital Markets LLC "
            "and Cedar & Co. LLC (collectively, the Initial Purchasers), to "
            "issue $200 million in aggregate principal amount of 1.25% "
            "Convertible Senior Notes due 2027. The Initial Purchasers "
            "exercised their option in full on May 3, 2021, and a total of "
            "$230 million in aggregate principal amount of Notes were issued "
            "on May 6, 2021.",
            {"principal": "230000000.00 USD", "holder": None},
        ),
        # a price in pence with a thousands separator, "at the time of
        # issue"; bonds "redeemable on" a day; a coupon paid half-yearly
        (
            "Northgate Trust issued £60 million of Convertible Bonds in March "
            "2012. The Bonds will pay the coupon semi-annually in arrears. The "
            "Bonds are redeemable on 30 March 2019. The conversion price at "
            "the time of issue was 1,240p.",
            {
                "maturity": "2019-03-30",
                "conversion-price": "12.4 GBP",
                "interest-payment": '"semiannually"',
            },
        ),
        # a rival's issue in a news report; a price "into ... ordinary
        # shares had been set at"
        (
            "Westbury Estates has confirmed that its £250m of new unsecured "
            "convertible bonds will pay interest of 2%. The initial "
            "conversion price into Westbury ordinary shares had been set at "
            "512.5p. In June last year, rival REIT Kestrel Land launched £150m "
            "of five-year convertible bonds.",
            {"principal": "250000000.00 GBP", "conversion-price": "5.125 GBP"},
        ),
        # a bond loan issued by the company, named with its short names; a
        # redemption date beside the issue date
        (
            "Reference is made to the subordinated convertible bond loan "
            'issued by Nordvik ASA ("Nordvik" or the "Company") on 9 May '
            "2018. The bonds were issued paying a coupon of 4% per annum and "
            "with a redemption date of 9 May 2023.",
            {"date": "2018-05-09", "maturity": "2023-05-09"},
        ),
        # a loan made available on a day; an Italian lender agreed with
        (
            "Medora plc announces that it has agreed with Lucca Pharma SpA to "
            "extend the term of the £2.5 million convertible loan made "
            "available to the Company on 14 June 2013.",
            {"date": "2013-06-14", "holder": '"Lucca Pharma SpA"'},
        ),
        # the series the debenture is one of, described at length
        (
            "THIS DEBENTURE is one of a series of duly authorized issued "
            "debentures of Harlow Systems, Inc., a Nevada corporation, "
            "designated as its 8% Convertible Debentures, due June 30, 2003 "
            '(the "Debentures"), in an aggregate principal amount of '
            "$3,000,000. FOR VALUE RECEIVED, the Company promises to pay to "
            'Ridge Partners Ltd., or registered assigns (the "Holder"), the '
            "principal sum of Seven Hundred Fifty Thousand Dollars ($750,000).",
            {"principal": "750000.00 USD"},
        ),
        # a sum in words, its digits, then "Dollars" and its definition
        (
            "Ashcroft Mining Corp. promises to pay to the order of Vela, Inc. "
            '(the "Holder") Two Hundred Thousand ($200,000) Dollars (the '
            '"Principal Amount").',
            {"principal": "200000.00 USD"},
        ),
        # a face's date on a line of its own above the maker's name, the
        # title run into the promise; not the purchase agreement's date
        (
            "THIS DEBENTURE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF "
            "1933, AS AMENDED.\n"
            "$2,000,000.\n"
            "March 4, 2008\n"
            "TALLIS BIOSCIENCES, INC.\n"
            "8% CONVERTIBLE SUBORDINATED DEBENTURE DUE MARCH 31, 2011\n"
            "FOR VALUE RECEIVED, Tallis Biosciences, Inc. hereby promises to "
            "pay to the order of Arden Investments, LLC the principal amount "
            "of two million dollars ($2,000,000). This Debenture is issued "
            "pursuant to a securities purchase agreement (the “Agreement”) "
            "dated March 3, 2008.",
            {"date": "2008-03-04"},
        ),
        # a typewriter's quotes around the maturity; interest paid from a
        # first date and quarterly thereafter; the price a definition gives
        (
            "FOR VALUE RECEIVED, Corvex Corp. hereby promises to pay to Lumen "
            "Partners, LLC (the \"Holder') the sum of Fifty Thousand Dollars "
            "($50,000.00), on June 5, 2004 (the `Maturity Date'). Interest "
            "shall accrue at the annual rate of ten percent (10%) and be "
            "payable in arrears commencing March 31, 2003 and quarterly "
            "thereafter. “Conversion Price” shall mean $.05 per share of "
            "Common Stock.",
            {
                "maturity": "2004-06-05",
                "interest-payment": '"quarterly"',
                "conversion-price": "0.05 USD",
            },
        ),
        # a related-party transaction written with a hyphen; a shareholder
        # that agreed to provide the loan notes
        (
            "Shareholder Tamworth Holdings Ltd has agreed to provide the "
            "secured loan note facility. As the lender owns 21% of the "
            "company, the loan is treated as a related-party transaction.",
            {"holder": '"Tamworth Holdings Ltd"', "related-party": "TRUE"},
        ),
        # a deadline defined as a closing date is no issue; the holder
        # subscribing on a day is
        (
            "An equity raise is required to close by June 30, 2021 (“Closing "
            "Date”). On April 2, 2020, Ortolan Capital Ltd subscribed for "
            "$400,000 of secured convertible loan notes.",
            {"date": "2020-04-02"},
        ),
        # a price of the notes after their amount and a comma
        (
            "Pelham Group, Inc. announced the pricing of $250 million, 2.75% "
            "convertible senior notes due 2028.",
            {"principal": "250000000.00 USD"},
        ),
        # some holders' part of an offering is not the issue's amount
        (
            "Velora plc has announced the pricing of $200 million of senior "
            "unsecured convertible bonds due 2031. Two founders, who own 30% of "
            "the shares, participated (via their respective holding companies) "
            "in the Offering through a subscription of $15m in aggregate "
            "principal amount of the Bonds.",
            {"principal": "200000000.00 USD"},
        ),
        # a coupon "per cent." before "per annum coupon"; the price paid as
        # gross cash proceeds
        (
            "The Company proposes an offering of convertible bonds of £40 "
            "million in aggregate principal amount with an issue price of 95 "
            "per cent. of the principal amount (resulting in gross cash "
            "proceeds of £38m), with 7.25 per cent. per annum coupon.",
            {"rate": "0.0725", "purchase-price": "38000000.00 GBP"},
        ),
        # a price in a named dollar's cents; a lev in a term sheet
        (
            "The loan is convertible into common shares at a price of 37.5 "
            "Canadian cents per conversion share.",
            {"conversion-price": "0.375 CAD"},
        ),
        (
            "The bonds of Balkan Holding AD are convertible at a conversion "
            "price of BGN 1.50 per share.",
            {"conversion-price": "1.50 BGN"},
        ),
        # a holder's resale: the transfer's amount and day are not the
        # note's, nor is the issuer "purchased by" its holders
        (
            "F1 This filing reflects a syndication of a small portion of the "
            "$800 million in aggregate of 1.5% Convertible Senior Notes due "
            '2027 of Ardent Inc. (the "Issuer") purchased by Keel Partners, '
            "L.P. on May 3, 2022, which syndication was completed on May 20, "
            "2022 through the transfer of $30 million of Convertible Notes to "
            "an unaffiliated third party. Each holder may convert any portion "
            "if the portion to be converted is $1,000 principal amount or an "
            "integral multiple thereof.",
            {"holder": '"Keel Partners, L.P."', "principal": None, "date": None},
        ),
        # a role defined with "his"; a promise "unconditionally" to pay
        (
            "This Debenture is issued by Corlan Mining Corp. (the “Company”), "
            "to Pierre Lavoie (together with his permitted successors and "
            "assigns, the “Holder”) located at 12 Rue Laval, Quebec.",
            {"holder": '"Pierre Lavoie"'},
        ),
        (
            "FOR VALUE RECEIVED, the undersigned, BRAXTON LABS, INC. (the "
            "“Borrower”), promises unconditionally to pay to the order of "
            "Helen Morrow, her successors or assigns (the “Lender”) the "
            "principal amount of $90,000. The Borrower shall pay accrued and "
            "unpaid interest on the Maturity Date.",
            {"holder": '"Helen Morrow"', "interest-payment": '"maturity"'},
        ),
        # interest "plus ... on the Maturity Date"; a price as the divisor
        # "(y)"; the par written before the class
        (
            "FOR VALUE RECEIVED, Calder, Inc. hereby promises to pay to the "
            'order of Owen T. Blake (the "Payee"), the principal amount of '
            "Fifty Thousand Dollars ($50,000) plus interest thereon as set "
            "forth herein, on the Maturity Date. This Note shall be "
            "convertible into shares of the Company's $0.001 common stock. The "
            "number of shares issuable upon a conversion equals the quotient "
            "obtained by dividing (x) the amount of this Note to be converted "
            "by (y) $0.25.",
            {
                "interest-payment": '"maturity"',
                "conversion-price": "0.25 USD",
                "par-value": "0.001 USD",
            },
        ),
        # each unit's note beside the notes issued over two months: a person
        # decides
        (
            "Each unit consisted of a convertible note in the principal amount "
            "of $25,000 accruing simple interest at 5% per annum. During March "
            "and April 2012, $750,000 of Convertible Notes were issued to "
            "investors.",
            {"principal": None},
        ),
        # a note the company holds
        (
            "CONVERTIBLE NOTES RECEIVABLE - AFFILIATE\n"
            "On March 2, 2023, the Company entered into a subscription "
            "agreement with Fjord Marine ASA, (Fjord) a public limited company "
            "incorporated in Norway. The Company purchased a convertible note "
            "of Fjord for a subscription amount of $2 million.",
            {"holder": None},
        ),
        # an address that names its keeper
        (
            "FOR VALUE RECEIVED, Ostara Corp. hereby promises to pay to the "
            "order of Stichting Vermogen Ostara, with an address at Dune "
            "Capital N.V., Lange Voorhout 5, 2514 The Hague, The Netherlands, "
            "(together with his successors and permitted assigns, the "
            "“Holder”), the principal amount of €100,000.",
            {"holder": '"Stichting Vermogen Ostara"'},
        ),
        # a launch's day is not the issue's; the day the issue was completed
        (
            "On May 4, 2022, Helvetia One launched, and on May 11, 2022, "
            "successfully completed the issuance of CHF 300 million senior "
            "convertible bonds due 2027.",
            {"date": "2022-05-11"},
        ),
        # some holders' notes amounting to a part; a price the varied terms
        # give is a change, not the note's price
        (
            "Loan Notes have been issued to Carrick Nominees Limited and Tay "
            "Nominees Limited. The Company has agreed to vary the terms of the "
            "Loan Notes issued to Tay, amounting to £120,000 in aggregate, such "
            "that they will convert into ordinary shares in the Company at a "
            "price of 2 pence per share.",
            {"principal": None, "conversion-price": None},
        ),
        # "Old" in an issuer's name is no older notes
        (
            "Old Harbor Provisions, Inc. has announced the pricing of its "
            "offering of $250.0 million aggregate principal amount of 2.5% "
            "convertible senior notes due 2031.",
            {"principal": "250000000.00 USD"},
        ),
        # the price as a percentage of principal; a plain bond placed beside
        (
            "Rhenus AG placed a convertible bond with a total principal amount "
            "of EUR 400 million. At the same time, Rhenus AG placed a senior "
            "bond with a total principal amount of EUR 300 million. The coupon "
            "was set at 0.25 percent annually. The issue price amounts to "
            "100.5 percent of the principal amount. The initial conversion "
            "price was fixed at around EUR 41.20.",
            {
                "principal": "400000000.00 EUR",
                "purchase-price": "402000000.00 EUR",
                "rate": "0.0025",
                "conversion-price": "41.20 EUR",
            },
        ),
        # an investment in another company's notes
        (
            "Investment in Convertible Notes\n"
            "On July 19, 2019, the Company entered into an agreement to purchase "
            "up to $20.0 million in convertible notes bearing interest at 4% per "
            "annum from Silver Arcade, Inc. (“Silver Arcade”). On July 30, 2020, "
            "the Company and Silver Arcade entered into an amendment to the "
            "original agreement to purchase convertible notes from Silver "
            "Arcade.",
            {"holder": None},
        ),
        # a subscriber described at length, two addresses long
        (
            "THIS AGREEMENT is made on the 2nd day of June 2017 BETWEEN: (1) "
            'KOWLOON TECH HOLDINGS LIMITED (the "Issuer"); and (2) JADE '
            "HARBOUR INVESTMENTS LIMITED, a company incorporated in the "
            "British Virgin Islands with limited liability whose registered "
            "office is at Unit 8, 3/F, Qwomar Trading Complex, Blackburne "
            "Road, Port Purcell, Road Town, Tortola, British Virgin Islands "
            "and whose principal place of business in Hong Kong is at Room "
            "1802, 18/F, Star House, 3 Salisbury Road, Tsim Sha Tsui, Kowloon, "
            'Hong Kong (the "Subscriber").',
            {"holder": '"JADE HARBOUR INVESTMENTS LIMITED"'},
        ),
        # a trust named with its date
        (
            "For value received, Ridgeline Energy LP promises to pay to Mary "
            "K. Hollis Family Trust dated March 2, 2012 (the “Holder”), the "
            "principal sum of $300,000.",
            {"holder": '"Mary K. Hollis Family Trust dated March 2, 2012"'},
        ),
        # a price set by prices before the notes were signed is no market
        # formula
        (
            "The Convertible Notes are convertible into shares of common stock "
            "based on a price per share equal to the average closing price of "
            "such common stock for the five trading days immediately prior to "
            "the execution of and entry into the Convertible Notes.",
            {"conversion-lookback": None, "conversion-reference": None},
        ),
        # a year in a name's brackets; a returning investor's participation
        (
            "This Convertible Loan Agreement is entered into as of June 5, 2025 "
            "by and among Karmel Foods Ltd. (the “Company”) and R.T.S. "
            "Holdings (2009) Ltd. (“Lender”).",
            {"holder": '"R.T.S. Holdings (2009) Ltd."'},
        ),
        (
            "Aero Link Inc. entered into a security purchase agreement of a "
            "mandatory convertible security on March 1, 2024. The transaction "
            "included participation from returning investor, Delta Yield Fund "
            "LLC SCS, a fund managed by Delta Markets.",
            {"holder": '"Delta Yield Fund LLC SCS"'},
        ),
        # the creditor the maker acknowledges itself indebted to, whom the
        # promise then names by its role
        (
            'FOR VALUE RECEIVED, CERRO PLATA LIMITED (the "Company"), a '
            "company having its address for service as stated above, HEREBY "
            "ACKNOWLEDGES ITSELF INDEBTED TO ANDES RESOURCES INC. (the "
            '"Lender"), a company incorporated under the laws of Nevada, AND '
            "THE COMPANY PROMISES TO PAY TO THE LENDER the sum of FIVE HUNDRED "
            "THOUSAND DOLLARS ($500,000 U.S.).",
            {"holder": '"ANDES RESOURCES INC."'},
        ),
        # notes bought back in the same release are not the new issue
        (
            "Zentrix Announces Pricing of $250 Million Convertible Senior Notes "
            "Offering and Repurchase of Approximately $180 Million Aggregate "
            "Principal Amount of Convertible Senior Notes due 2025\n\n"
            "Zentrix (NASDAQ: ZTX) announced today the pricing of $250 million "
            "aggregate principal amount of convertible senior notes due 2029 (the "
            "“Notes”) in a private placement.",
            {"principal": "250000000.00 USD"},
        ),
        # an Indian issuer's equity shares, a price in rupees after "Rs."
        (
            "The Bonds will be convertible into equity shares having face value "
            "of Re. 1 each of the Company. The initial conversion price in "
            "respect of such optional conversion by the investor is Rs. 42 per "
            "Equity share.",
            {"share-class": '"Equity"', "conversion-price": "42 INR"},
        ),
        # a coupon's frequency in brackets
        (
            "The bonds were issued in the principal amount of USD 40,000,000. "
            "The bonds have a 2% coupon (payable on a semi-annual basis).",
            {"interest-payment": '"semiannually"'},
        ),
        # the frequency right after the rate, in percent words
        (
            "Harbor Bank, for value received, promises to pay to the registered "
            "holder the sum of $100,000 on June 1, 2012, and to pay interest at "
            "the rate of 8 percent per annum semiannually on the 1st day of June "
            "and December of each year.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "Harbor Lane Inc. promises to pay to the Holder the principal sum of "
            "$500,000 on the Maturity Date, and to pay interest which shall "
            "accrue beginning the date hereof, quarterly in arrears, on the last "
            "day of each month of March, June, September and December.",
            {"interest-payment": '"quarterly"'},
        ),
        # an indenture's date is no note's issue date
        (
            "PELICAN THERAPEUTICS, INC.\n\nAND\n\nFIRST CITY TRUST COMPANY\n\n"
            "as Trustee\n\nINDENTURE\n\nDated as of March 3, 2006\n\n"
            "7% Convertible Senior Notes due 2011\n",
            {"date": None},
        ),
        # a REIT's trust units: the bare dollar may be the Canadian one
        (
            "The Debentures are convertible at the holder's option into trust "
            "units of the REIT at a conversion price of $14.50 per Unit.",
            {"conversion-price": None},
        ),
        # a face wrapped a word or two a line
        (
            "FOR\nVALUE RECEIVED,\nDelta Ridge Corporation, a Nevada corporation "
            '(hereinafter called the "Borrower"),\nhereby promises to pay to '
            'Crescent Fund, Ltd. (the "Holder")\nthe\nsum of Three\nHundred '
            "Thousand Dollars ($300,000) with\nsimple interest accruing at the "
            "annual rate of eight\npercent (8%),\non June\n30, 2008 (the "
            '"Maturity Date").',
            {"principal": "300000.00 USD", "maturity": "2008-06-30"},
        ),
        (
            "|\nUS\n$____________\n|\nMarch 2, 2010\nORBITAL\nSYSTEMS, INC.\n12%\n"
            "SENIOR SECURED CONVERTIBLE PROMISSORY NOTE\nDue\nMarch 2, 2011\n"
            "FOR VALUE\nRECEIVED, Orbital Systems, Inc., a Delaware corporation "
            "(the “Company”), hereby promises to pay to ________ (“Holder”) the "
            "principal sum of ________ on the Maturity Date.",
            {"date": "2010-03-02", "maturity": "2011-03-02"},
        ),
        (
            "CONVERTIBLE PROMISSORY NOTE\n\n"
            "         Date  June 1, 2003              Maturity Date: March 1, 2004\n\n"
            "         Lender:                                   Borrower:\n\n\n"
            "Northgate Capital S.A.                    Bayfield Technologies, Inc.\n"
            "12 Rue Haute                 300 Main Street\n\n\n"
            "         FOR VALUE RECEIVED, the undersigned Borrower unconditionally "
            "promises\nto pay to the order of Lender, its successors and assigns, "
            "without setoff, at\nits offices indicated at the beginning of this "
            "Convertible Note, the principal amount of $250,000.",
            {"date": "2003-06-01", "maturity": "2004-03-01"},
        ),
        # a news report's bare price
        (
            "Lotus Textile Holdings Ltd. priced HK$2.5 billion of 1% convertible "
            "bonds due 2020 at par, according to a press release. The bonds will "
            "initially be convertible at HK$21.40.",
            {"conversion-price": "21.40 HKD"},
        ),
        # the face amount, then what was paid for it
        (
            "The initial tranche closed on the execution date with a $550,000 "
            "face\u2011amount note issued for $500,000.",
            {"principal": "550000.00 USD", "purchase-price": "500000.00 USD"},
        ),
        # a prospectus's cover
        (
            "PROSPECTUS Hanami Corporation ¥80,000,000,000 Zero Coupon "
            "Convertible Bonds due 2019 OFFER PRICE: 101.5 PER CENT. The Bonds "
            "will be issued in registered form in the denomination of ¥10,000,000 "
            "each with a Stock Acquisition Right exercisable into shares of "
            "common stock of the Company at an initial Conversion Price (as "
            "defined in the terms and conditions of the Bonds, the "
            "“Conditions”), subject to adjustment in certain events as set out "
            "herein, of ¥1,200 per Share. Unless previously redeemed or "
            "purchased and cancelled, the Bonds will be redeemed at 100 per "
            "cent. of their principal amount on March 29, 2019.",
            {
                "purchase-price": "81200000000.00 JPY",
                "conversion-price": "1200 JPY",
                "maturity": "2019-03-29",
            },
        ),
        # interest owed, cleared through a new convertible note
        (
            "In addition, $150,000 of outstanding interest will be cleared "
            "through a 12-month convertible note at an interest rate of 10%, "
            "which can be converted into common shares at $0.04 per share.",
            {"principal": "150000.00 USD"},
        ),
        # a partners' firm, a comma between its names
        (
            "FOR VALUE RECEIVED, Tessa Labs Inc., a Delaware corporation, (the "
            "“Company”), hereby promises to pay to Brown, Hartley & Co. or "
            "registered assigns (“Holder”) the amount set out above as the "
            "Principal.",
            {"holder": '"Brown, Hartley & Co."'},
        ),
        # notes that convert into preferred stock, whose own price is no note's
        (
            "The notes bear interest at 15% and are automatically convertible "
            "into series F preferred stock upon a qualifying investment. The new "
            "preferreds have a conversion price of $0.05.",
            {"conversion-price": None, "share-class": '"Series F Preferred"'},
        ),
        (
            "The new debenture bears interest at 10% per year and is convertible "
            "into common stock at $0.55 per share. The preferreds are convertible "
            "at the greater of 70% of the market price of the stock and $0.25.",
            {"conversion-price": "0.55 USD", "conversion-discount": None},
        ),
        # a sentence run into the next, its space lost
        (
            "The new debenture bears interest at 10% per year. It is convertible "
            "into common stock at $0.55 per share.Oakmont also received a warrant "
            "for 3,272,273 shares from the Company.",
            {"conversion-price": "0.55 USD"},
        ),
        # an agreement disclosed before the note was issued
        (
            "On December 12, 2023, the Company, through its predecessor, issued "
            "a Senior Secured Convertible Note with an aggregate principal amount "
            "equal to $5,000,000 to Harbor SPV LLC (the “December Note”), "
            "pursuant to the previously disclosed Stock Purchase Agreement dated "
            "October 6, 2023.",
            {"date": "2023-12-12"},
        ),
        # the buyer as subject; existing notes it also bought
        (
            "Oakmont Trust bought the debenture, which has a principal amount of "
            "$18 million. In connection with the deal, Oakmont also bought $9.9 "
            "million principal amount of existing senior secured convertible "
            "notes from other noteholders for $7,425,001 in cash.",
            {"holder": '"Oakmont Trust"', "principal": "18000000.00 USD"},
        ),
        # a rate with a hyphenated fraction
        (
            "The Notes have a term of five years and accrue interest at the rate "
            "of 12-1/2% per year.",
            {"rate": "0.125"},
        ),
        # interest rolled up to the end
        (
            "The notes carry interest at 8% per annum, calculated monthly and "
            "rolled up with the payment at the end of the term.",
            {"interest-payment": '"maturity"'},
        ),
        # the lender of a refinancing agreement; the largest shareholder's
        # financing
        (
            "Bluefin Group Limited has announced a significant refinancing "
            "agreement with Harbour Street Partners LP. The deal includes a "
            "drawdown through the issuance of new secured convertible notes.",
            {"holder": '"Harbour Street Partners LP"'},
        ),
        (
            "Cascade Shows, Inc. announced that it has executed an agreement to "
            "receive $8.0 million in financing from its largest shareholder, "
            'Ridgeway Master Fund, Ltd. ("Ridgeway"). Ridgeway has agreed to '
            "acquire unsecured convertible promissory notes from Cascade in the "
            "aggregate principal amount of $8.0 million.",
            {"holder": '"Ridgeway Master Fund, Ltd."', "related-party": "TRUE"},
        ),
        # dollars named with their country
        (
            "FOR VALUE RECEIVED, KESTREL, INC., a Nevada corporation (the "
            "“Company”), promises to pay to HOLLOW MASTER FUND, LTD. (the "
            "“Holder”) the sum of Two Million Dollars of the United States of "
            "America (US$2,000,000), together with any accrued and unpaid "
            "interest hereon.",
            {"principal": "2000000.00 USD"},
        ),
        # a currency word joined to the amount before it, a year after it
        (
            "MADRID Oct 8 Spanish software company Marlin has sold a 250 "
            "million-euro 2018 convertible bond at a conversion price of 14.29 "
            "euros, the company said on Tuesday.",
            {"principal": "250000000.00 EUR", "conversion-price": "14.29 EUR"},
        ),
        # a name with a capital inside a word
        (
            "FiberLab, Inc., a Delaware corporation, for value received, hereby "
            "promises to pay RemoteData Partners or its successors or assignees "
            '("Lender") the principal sum of $1,000,000.',
            {"holder": '"RemoteData Partners"'},
        ),
        # a release's title lines; its chairman quoted
        (
            "Kestrel\nMotors, Corp. Completes $10 Million Private\nPlacement\n"
            "JINHUA, CHINA—January 21, 2010\n- Kestrel Motors, Corp.\n"
            "(NASDAQ:KSTM) a leading exporter of vehicles, today announced it has "
            "raised $10,000,000 through\nthe issuance of senior convertible notes "
            "to two U.S. institutional\ninvestors.\nMr.\nXiaoming Hu, Chairman and "
            "CEO of Kestrel, stated, “I am pleased that Kestrel has attracted "
            "significant U.S. investor support.”",
            {"holder": None, "related-party": None},
        ),
        # dollars named before the figure; a semi-annual coupon
        (
            "Mumbai, Mar 3 Kaveri Infra has tied-up with a London bank today for "
            "the issuance of foreign currency convertible bonds (FCCBs) for US "
            "dollars 80 million. Under the agreement, the bonds will have a "
            "tenure of five years and a semi-annual coupon of 4.65 per cent.",
            {"principal": "80000000.00 USD", "interest-payment": '"semiannually"'},
        ),
        # a term sheet as a list of dashed items
        (
            "Sagar Telecom Ltd has announced that the Company has completed an "
            "offering of Foreign Currency Convertible Bonds, on the following "
            "terms:\n- Instrument: 5,000 Foreign Currency Convertible Bonds each "
            "of US$ 1,00,000\n- Amount: US$ 500 Million\n- Tenor: 5 years and 1 "
            "day\n- Coupon: 0 % Coupon\n",
            {"principal": "500000000.00 USD"},
        ),
        # an offering upsized
        (
            "Altai Oil is pleased to announce that the offering of Convertible "
            'Bonds due 2012 (the "Bonds") has been upsized from the initial '
            "offer size of US$40m to a final offer size of US$50m.",
            {"principal": "50000000.00 USD"},
        ),
        # a conversion premium beside a zero coupon is no rate
        (
            "Zurich, May 4 - Alpenwerk AG sold CHF300 million of five-year "
            "convertible bonds at par with a 0% coupon and 25% initial conversion "
            "premium.",
            {"rate": "0"},
        ),
        # notes redeemed early with the proceeds are not the new issue
        (
            "New Issue: Borealis Semiconductor prices $500 million of five-year "
            "convertibles\n\nThe $500 million of five-year bonds pay a coupon of "
            "1.5% and priced at par.\n\nThe sale is being done in connection with "
            "the early redemption of the company's $400 million 1% convertible "
            "notes due 2021.\n",
            {"principal": "500000000.00 USD", "rate": "0.015"},
        ),
        # a tranche as the subject, its price in points of par
        (
            "The $300 million of 0% five-year paper was issued at 98.5 for a "
            "yield to maturity of 0.3%.",
            {"principal": "300000000.00 USD", "purchase-price": "295500000.00 USD"},
        ),
        # a bond desk's term sheet: a bare price, and price talk as a range
        (
            "Issuer:Rheinkraft AG\nIssue:Convertible senior bonds\nAmount:EUR500 "
            "million\nCoupon:0%\nPrice:99.5\nPrice talk:Issue price of 99.5-100\n",
            {"principal": "500000000.00 EUR", "purchase-price": "497500000.00 EUR"},
        ),
        # a German term sheet's coupon, abbreviated day count and decimal comma
        (
            "Issue size: € 100,000,000\nKupon: 3.25 % p.a. (act/act) payable "
            "annually in arrears\nIssue date: March 2, 2012\n",
            {
                "rate": "0.0325",
                "interest-payment": '"annually"',
                "day-count": '"ACT/ACT"',
            },
        ),
        (
            "Wandelanleihe der Nordhafen AG\nVolumen EUR 150 Mio.\nKupon 1,25 % p.a.\n",
            {"rate": "0.0125"},
        ),
        # "per cent." ending a sentence; a coupon's sentence naming a yield
        (
            "They carry a coupon of 2.5 per cent, payable semi-annually, which "
            "gives a yield of 3.1 per cent. The conversion price is HK$8.",
            {"interest-payment": '"semiannually"', "conversion-price": "8 HKD"},
        ),
        # an issue's size as the bonds' worth
        (
            "Harbour Properties plans to sell five-year Hong Kong-dollar "
            "denominated convertible bonds worth HK$2 billion.",
            {"principal": "2000000000.00 HKD"},
        ),
        (
            "Deccan Textiles issues FCCB worth USD 75 mn",
            {"principal": "75000000.00 USD"},
        ),
        # the pricing of a bond
        (
            "Nordfjord ASA today announces the pricing of its USD\n500,000,000, "
            "5-year bond exchangeable for up to 50,000,000 ordinary shares of "
            "Fjellkraft ASA\n",
            {"principal": "500000000.00 USD"},
        ),
        # two debentures issued the same day, one to an officer, one to a company
        (
            "On May 2, 2024, the Company issued a convertible debenture in the "
            "principal amount of CAD $250,000 to Mr. John Alan Smith, the "
            "Company's Chief Executive Officer, in settlement of unpaid fees.\n"
            "On May 2, 2024, the Company issued a convertible debenture to Harbor "
            "Lane Holdings Limited (\u201cHarbor\u201d), a non-arm's length party to "
            "the Company, in the aggregate amount of CAD $900,000.\n",
            {"principal": None, "holder": None},
        ),
        # an officer with a middle name, written with "Mr." and a curly apostrophe
        (
            "On May 2, 2024, the Company issued a convertible debenture in the "
            "principal amount of $250,000 to Mr. John Alan Smith, the Company\u2019s "
            "Chief Executive Officer.",
            {"holder": '"John Alan Smith"', "related-party": "TRUE"},
        ),
        # a hold before conversion is no term
        (
            "On March 3, 2025, the Company issued a convertible debenture in the "
            "principal amount of $100,000 to Granite Bay Capital LLC. The debenture "
            "matures one year from issuance and is convertible, at the holder's "
            "option, following four (4) months and one (1) day from issuance, at a "
            "conversion price of $0.10.",
            {"maturity": "2026-03-03"},
        ),
        # the greater of a trailing average and an exchange's minimum
        (
            "The debenture is convertible at a conversion price equal to the "
            "greater of: (i) the 10-day trailing volume-weighted average trading "
            "price of the Company's common shares as of the conversion date, and "
            "(ii) the minimum conversion price permitted by the exchange.",
            {"conversion-lookback": "10", "conversion-reference": '"average"'},
        ),
        # a price that steps up
        (
            "The Debentures shall be convertible into common shares at a "
            "conversion price of $0.05 per share in the first year and $0.10 per "
            "share thereafter.",
            {"conversion-price": None},
        ),
        # a closing's size in the notes' defined name, in Canadian dollars
        (
            "The Company has closed a non-brokered private placement of unsecured "
            'convertible debentures (each, a "Debenture"). The closing was '
            "comprised of an aggregate of Cdn.$750,000 of Debentures.",
            {"principal": "750000.00 CAD"},
        ),
        # a financing of convertible securities with a fund
        (
            "Back on May 6, 2024, Silverpeak announced a financing of unsecured "
            "convertible securities with Northgate Opportunity Fund 4, LP, managed "
            "by Northgate GP, LLC.",
            {"holder": '"Northgate Opportunity Fund 4, LP"'},
        ),
        # notes issued "today", the day in brackets; a rate "pa"
        (
            "Tranche 2 - comprising 900,000 Convertible Notes is now complete with "
            "the Tranche 2 Convertible Notes having being issued today (3 March "
            "2022). The Convertible Notes have a two year term and a 9.5% pa "
            "interest rate.",
            {"date": "2022-03-03", "rate": "0.095", "maturity": "2024-03-03"},
        ),
        # a figure that names its scale, in a text of thousands
        (
            "(Amounts in thousands)\nConvertible notes due 2021 | $ 240,113\n"
            "In May 2014, the Company completed an offering of $250 million "
            "aggregate principal amount of 1.5% convertible senior notes due 2021.",
            {"principal": "250000000.00 USD"},
        ),
        # the total if the underwriters' option is exercised
        (
            "Aggregate Principal Amount Offered: $200,000,000 aggregate principal "
            "amount of Notes (or $230,000,000 aggregate principal amount if the "
            "underwriters\u2019 over-allotment option to purchase up to an additional "
            "$30,000,000 principal amount of Notes is exercised in full).",
            {"principal": "200000000.00 USD"},
        ),
        # the rate of notes invited back
        (
            "Altmark N.V. reported certain terms of the new convertible bonds due "
            "2028 and results of the invitation to sell the outstanding 1.25% "
            "convertible notes due 2023. The New Bonds will be issued at 100% of "
            "their principal amount and will bear no interest.",
            {"rate": "0"},
        ),
        # a listing on "The Stock Exchange" is no exchange of notes
        (
            'On March 7, 2023, Harbourline, Limited ("HL"), a subsidiary of '
            'Harbourline Group, Inc. (the "Registrant") with its ordinary shares '
            'listed on The Stock Exchange of Hong Kong Limited (the "HKSE"), '
            'completed its offering (the "Offering") of US$400 million 3.50% '
            'convertible bonds due 2029 (the "Bonds").',
            {"principal": "400000000.00 USD"},
        ),
        # a note given for proceeds
        (
            "On May 27, 2016, the Company received net proceeds of $85,000 in "
            "exchange for a 10% interest bearing; unsecured convertible promissory "
            'note with a face value of $95,000 ("Fourth Cedar Note"), which '
            "matures on February 27, 2017.",
            {"principal": "95000.00 USD"},
        ),
        # a term sheet's table cells
        (
            "Borrower: | Northfield Petroleum Corporation |\nLender: | Kestrel "
            "Holdings Limited |\nPrincipal Amount: | $500,000 |\n",
            {"holder": '"Kestrel Holdings Limited"'},
        ),
        # the role in words before its definition
        (
            "HUI is pleased to announce that it has entered into a convertible "
            'loan facility (the "Convertible Loan Facility") with Maria Lindqvist '
            'as lender (the "Lender") in respect of an advance of EUR 400,000 '
            '(the "Advance").',
            {"holder": '"Maria Lindqvist"'},
        ),
        # a note the company would issue to an investment group named "PT ..."
        (
            "Timor Minerals on Monday announced that it would issue a convertible "
            "note worth A$4-million, with a zero percent interest to "
            "Indonesia-based diversified investment group PT Sinar Makmur Abadi "
            "(PT SMA).",
            {"holder": '"PT Sinar Makmur Abadi"', "principal": "4000000.00 AUD"},
        ),
        # a financing's price, not the market's; other securities' class
        (
            "At any time prior to the maturity date the holder can elect to "
            "convert all amounts into shares of the Company's common stock. Also "
            "in the event that the Company issues and sells shares of its "
            "preferred shares or securities convertible into the Company's "
            'preferred shares in a "Qualified Financing" of at least $300,000, '
            "then the outstanding principal balance of this Note shall "
            "automatically convert at 85% of the lowest price per share paid by "
            "any Investor.",
            {"share-class": '"Common"', "conversion-discount": None},
        ),
        # an offering of FCCBs; an option that could be exercised
        (
            "Kaveri Systems Ltd has priced its foreign currency convertible bonds "
            "(FCCB) offering of \u20ac 40 million convertible over a five year period.",
            {"principal": "40000000.00 EUR"},
        ),
        (
            "Harbour Land is expected to use the proceeds from its five-year "
            "HK$2 billion convertible bond issue to buy land. The issue could raise "
            "up to HK$2.3 billion with full exercise of option.",
            {"principal": "2000000000.00 HKD"},
        ),
        # a facility's limit
        (
            "Orbital Radio secured a financing facility for up to $30 million. "
            "Drawdowns under the facility will take the form of subordinated "
            "convertible notes.\nIssue:Subordinated convertible financing facility\n"
            "Amount:$30 million\n",
            {"principal": None},
        ),
        # the holders' words, not notes: "existing stockholders"
        (
            "The Company had entered into an agreement with existing stockholders "
            "in May 2014 for an aggregate principal amount of $2,000,000 of senior "
            "secured convertible notes and warrants.",
            {"principal": "2000000.00 USD"},
        ),
        # the first interest day is no maturity
        (
            "The notes bore interest at the rate of 9.0% per annum. Interest was "
            "first payable on October 1, 2014 and was payable on the first trading "
            "day of each month thereafter. The notes were to mature on May 1, 2017 "
            "unless redeemed prior to that date.",
            {"maturity": "2017-05-01"},
        ),
        # an anniversary of the notes' date; a rate during extensions
        (
            "On April 2, 2019, we issued $5.0 million in aggregate principal amount "
            "of convertible notes. Interest accrued at a rate of 4.0% per year. The "
            "principal amount of the Notes was due and payable in full on the fifth "
            "anniversary of the date of the Notes. The Company had the right to "
            "extend the maturity date for up to six months, with interest accruing "
            "at a rate of 12% during any such extension periods.",
            {"maturity": "2024-04-02", "rate": "0.04"},
        ),
        # a sum in words with its cents in digits
        (
            "FOR VALUE RECEIVED, Redfern Labs Inc., a Nevada corporation (the "
            "\u201cCompany\u201d), hereby promises to pay to the order of ORCHID "
            "HILL LLC, the principal amount of Four Hundred Twelve Thousand, "
            "Hundred Nine Dollars and 45 Cents ($412,109.45) on June 30, 2021.",
            {"principal": "412109.45 USD", "maturity": "2021-06-30"},
        ),
        # a sum in words, then the lawful money it is paid in
        (
            'Harlow Tech Corp. promises to pay to Mary Quint (the "Holder") on '
            'March 3, 2004 (the "Maturity Date") the principal sum of ONE '
            "HUNDRED AND TWENTY THOUSAND DOLLARS in the lawful money of the United "
            "States of America (U.S.$120,000.00), together with interest.",
            {"principal": "120000.00 USD", "maturity": "2004-03-03"},
        ),
        # each loan note's principal when issued; a loan's total amount
        (
            "The principal amount of each Loan Note when issued shall be GBP50,000. "
            "The Loan Notes are convertible at 4p per ordinary share.",
            {"principal": "50000.00 GBP"},
        ),
        (
            "Total Amount of Loan. The total amount of the loan is USD 450,000.00, "
            "in the form of an unsecured convertible subordinated loan.",
            {"principal": "450000.00 USD"},
        ),
        # debt securities; a largest institutional shareholder
        (
            "On May 9, 2007, the Registrant closed the sale of $3.75 million of "
            "subordinated convertible debt securities (\u201cConvertible "
            "Notes\u201d) to its largest institutional shareholder. The Convertible "
            "Notes bear interest at an annual rate of 7%.",
            {"principal": "3750000.00 USD", "related-party": "TRUE", "rate": "0.07"},
        ),
        # other securities' holders waive a right
        (
            "On March 1, 2003, Pellan Corp. issued a 9% Convertible Secured "
            "Promissory Note (the \u201cNote\u201d) in the principal amount of "
            "$220,000 to an institutional investor. It also obtained a consent and "
            "waiver from the holders of its 6% Convertible Debentures Due 2005 (the "
            '"2005 Debentures") issued in 2001.',
            {"rate": "0.09"},
        ),
        # payments of interest on a monthly basis; twelve months of thirty days
        (
            "The Company shall make payments of interest only on the then "
            "outstanding principal amount to Payee on a monthly basis, commencing "
            "May 1, 2003. Interest shall be computed on the basis of a year "
            "consisting of twelve months of thirty days each.",
            {"interest-payment": '"monthly"', "day-count": '"30/360"'},
        ),
        # a face's effective date and its anniversary
        (
            "$45,000.00 | Austin, Texas |\nEffective Date: March 2, 2002 |\n"
            "CONVERTIBLE PROMISSORY NOTE FOR VALUE RECEIVED, the undersigned, "
            "KESTREL MEDIA, INC., promises to pay to OAKLEIGH FINANCE LIMITED "
            "(Lender) the aggregate sum of Forty-Five Thousand Dollars ($45,000.00) "
            "bearing simple interest at 7.0% per year. All principal and accrued "
            "interest will be due and payable in a single lump sum on the one year "
            "anniversary date of the Effective Date set forth above.",
            {"maturity": "2003-03-02", "interest-payment": '"maturity"'},
        ),
        # certain holders of older debentures; a new maturity date
        (
            "Bramble Brands Inc. has completed its recapitalization with certain "
            "holders of the 8% secured convertible debentures issued in 2018. The "
            "new secured debentures bear interest at 12% per annum. Interest on the "
            "new secured debentures is payable in cash on the new maturity date.",
            {"rate": "0.12", "interest-payment": '"maturity"'},
        ),
        # a wire's "(U.S.)" after the amount; "to borrow ... from"
        (
            "Quarry Resources arranges $12-million (U.S.) loan. Quarry Resources "
            "intends to borrow $12-million (U.S.) from Aster Fertilizer Holding LLC "
            "in the form of convertible unsecured subordinated debt, subject to "
            "approval from the TSX Venture Exchange. The debt would be evidenced by "
            "a promissory note in the principal amount of $12-million (U.S.). The "
            "note would convert into shares if the company raises $5-million or "
            "more in cash.",
            {
                "principal": "12000000.00 USD",
                "holder": '"Aster Fertilizer Holding LLC"',
            },
        ),
        # interest payable in arrears on the maturity date
        (
            "The Debentures will bear interest at a rate of 6% per annum from the "
            "date of issue, payable in arrears on the maturity date of the "
            "Debentures, which will be June 30, 2024 (the \u201cMaturity "
            "Date\u201d).",
            {"interest-payment": '"maturity"', "maturity": "2024-06-30"},
        ),
        # an agreement with one lender and with another
        (
            "Tarn Holdings Corp. announces that today it has entered into a secured "
            "convertible loan agreement with Peter Lowe, a director of the Company, "
            "and with Anna Fisk, a significant shareholder of the Company (the "
            '"Loan Agreement"). The loan bears interest at 10% per annum.',
            {"holder": None},
        ),
        # a term sheet cut into cells, each on its own line
        (
            "New Notes - Summary of Terms\n|Principal Amount\n|\n$40,000,000\n|\n"
            "Interest\n|\n2.5% per annum, payable semiannually on June 15 and "
            "December 15 of each year |\nRanking\n|\nSenior to the Company\u2019s "
            "4.25% Convertible Subordinated Notes due 2026.\n|\nConversion Price\n|"
            "\n$2.40\n|\nFinal Maturity Date\n|\nNovember 15, 2025\n|",
            {
                "principal": "40000000.00 USD",
                "rate": "0.025",
                "conversion-price": "2.40 USD",
                "maturity": "2025-11-15",
            },
        ),
        # a row of several series' prices is no one price
        (
            "Convertible debentures\nSeries | 1A | 2A | 3A\n"
            "Conversion price per share | $ 3.10 | $ 5.00 | $ 6.25\n"
            "Maturity | 2014 | 2016 | 2019",
            {"conversion-price": None},
        ),
        # a numbered company after "the investor,"
        (
            "On May 2, 2016, the Company issued its Secured Convertible Promissory "
            "Note in the principal amount of $310,000.00 to the investor, 1098765 "
            "BC Ltd (the \u201cNote\u201d).",
            {"holder": '"1098765 BC Ltd"', "principal": "310000.00 USD"},
        ),
        # a total issuance amount; bonds issued on a day
        (
            "The company publicly issued 6000000 convertible corporate bonds on "
            "March 3, 2020, with a face value of 100 yuan each and a total issuance "
            "amount of 600000000 yuan.",
            {"principal": "600000000.00 CNY", "date": "2020-03-03"},
        ),
        # a fund's number and its form; shares, a note and a warrant
        (
            "On March 4, 2016, the Company closed a private placement. The Company "
            "issued Lantern Opportunity Fund III, LLC (\u201cLantern III\u201d) (i) "
            "200,000 shares of the Company\u2019s common stock, (ii) a 10% Senior "
            "Secured Convertible Note (the \u201cNote\u201d) in the aggregate "
            "principal amount of $2,000,000 and (iii) a warrant.",
            {"holder": '"Lantern Opportunity Fund III, LLC"'},
        ),
        # a name with "and" in it, after "by and between"
        (
            "This First Amendment to Convertible Promissory Note is made as of May "
            "1, 2014, by and between Pike Research and Lending, LP, a Delaware "
            "limited partnership (\u201cHolder\u201d), and Corvid Mining, Inc., a "
            "Delaware corporation (\u201cCompany\u201d).",
            {"holder": '"Pike Research and Lending, LP"'},
        ),
        # a rate in nominal, then the price it equates to
        (
            "The Company converted all of the Notes into ordinary share capital of "
            "the Company at the rate of 20 pence nominal of ordinary share capital "
            "of the Company for every \u00a31 nominal of the Notes. This equates to "
            "a price per ordinary share of 5p per share.",
            {"conversion-price": "0.05 GBP"},
        ),
        # a holder's release: the counterparty's shares
        (
            "Birchmount Industries Inc. announces that it has entered an agreement "
            "with Heron Mining Corp. for a private placement of $2 million in "
            "principal amount of convertible debentures. Each $1,000 principal "
            "amount of the Debentures will be convertible at the option of the "
            "holder into 10,000 common shares of Heron.",
            {"holder": None},
        ),
        # investors holding older notes exchange them for new ones
        (
            "On March 2, 2021, the Company and two investors holding approximately "
            "$9.5 million of the principal amount of the Company\u2019s 2.75% "
            "Convertible Senior Notes due 2022 entered into an Exchange Agreement "
            "providing for the exchange of the existing notes for new 6.00% "
            "Convertible Senior Notes due 2025 (the \u201cNew Notes\u201d).",
            {"rate": "0.06"},
        ),
        # a hold period's end; a condition on any insider holder
        (
            "Larch Copper Corp. has closed the second tranche of its convertible "
            "debenture financing. The Debentures bear interest at 12% per annum. "
            "The holder may elect to be repaid in kind, provided that any Debenture "
            "held by an insider of the Company requires prior stock exchange "
            "approval. All securities issued pursuant to the second tranche are "
            "subject to a four-month hold period expiring on December 1, 2021.",
            {"date": None, "related-party": None},
        ),
        # a lender of shares to hedge the bonds
        (
            "Tamsin Software raised $120 million from a convertible bond with a 3% "
            "coupon. Redleaf Holdings, a company controlled by the Tamsin chairman, "
            "provided 90 million shares as a hedge facility for investors.",
            {"related-party": None},
        ),
        # placing shares to the chairman; loan notes issued and announced
        (
            "The Board is pleased to announce a proposed fundraise of \u00a3300,000 "
            "through the issue of 150,000,000 new ordinary shares in the Company "
            '("Placing Shares") to John Marsh, the Company\'s Executive Chairman. '
            "The Placing Price represents a premium to the conversion price of "
            "0.1p for the \u00a31.0 million of convertible unsecured loan notes "
            '("CULs") issued and announced on 12 March 2021.',
            {"holder": None, "related-party": None, "date": "2021-03-12"},
        ),
        # an officer quoted, the office first
        (
            "The Company has varied the conversion price of the Bonds issued to "
            'Grey Growth Fund. Executive Chairman, Tom Baird, said: "Grey has been '
            'highly supportive of our strategy."',
            {"related-party": None},
        ),
        # a release issued by the holder with respect to the issuer
        (
            'This news release is issued by Kaito & Co., Ltd ("Kaito") pursuant to '
            "the early warning requirements of National Instrument 62-104 with "
            'respect to Silverline Graphite Inc. ("SGI"). Kaito has agreed to '
            "purchase an unsecured convertible note of SGI. The note is convertible "
            "into units, each of one common share of SGI and one warrant.",
            {"holder": None},
        ),
        # a price that steps up at each anniversary, or after a day
        (
            "The Notes carry interest of 9% per annum and are convertible into "
            "ordinary shares in the Company at a conversion price of 80p per "
            "Ordinary Share at any time on or after the first anniversary of their "
            "issue and at 100p per Ordinary Share at any time on or after the "
            "second anniversary of their issue.",
            {"conversion-price": None, "rate": "0.09"},
        ),
        # interest payable at loan maturity
        (
            "The Loan bears interest at an annual gross interest rate of 7%, "
            "payable at loan maturity.",
            {"interest-payment": '"maturity"', "rate": "0.07"},
        ),
        # loans from directors
        (
            "The Company's working capital has been supported in part by loans "
            "from directors and management. These loans are convertible into "
            "equity at 8p per share.",
            {"related-party": "TRUE"},
        ),
        # an amount of notes issued by the company on a day
        (
            "The Company has received a notice of conversion of all of its "
            "Convertible Loan Notes. \u00a3250,000 Notes were issued by the Company "
            "on 3 August 2021 and accrue interest at 8 per cent. per annum.",
            {"principal": "250000.00 GBP", "date": "2021-08-03"},
        ),
        # a bare "$" before a Canadian dollar amount in brackets; a stated rate
        (
            "On March 2, 2021, the Company entered into the Subscription Agreement "
            "with Maple Ridge Investments, Inc., providing for the issuance of a "
            "$40.0 million (C$50.0 million) convertible debenture. The debenture "
            "is denominated in Canadian Dollars. The debenture will accrue interest "
            "at a stated annualized rate of 6% until its conversion.",
            {"principal": None, "rate": "0.06"},
        ),
        # an issue in two tranches due in different years
        (
            "Osaka Dyes Co., Ltd. priced \u00a580 billion of zero-coupon convertible "
            "bonds in tranches due 2027 and 2029, according to an offering "
            "document. Both tranches are sized at \u00a540 billion.",
            {"principal": None},
        ),
        # an amendment restating the note's principal section
        (
            "WHEREAS, Payee made a loan to Maker in the original principal amount "
            "of five hundred thousand dollars ($500,000) as evidenced by the Note.\n\n"
            "1. Modifications to the Note.\n\n"
            "A. Section 1 of the Note shall be amended to read as follows:\n\n"
            "Principal. Subject to the terms and conditions herein, the principal "
            "balance of this Note of $1,200,000 (the \u201cPrincipal Amount\u201d) "
            "shall be due and payable on June 30, 2025.",
            {"principal": None},
        ),
        # a face's "THE DATE OF THIS NOTE IS:" and a term in days from it
        (
            "THE DATE OF THIS NOTE IS: May 6, 2003 BRISTLE ENERGY, INC. $20,000.00 "
            "Convertible Promissory Note BRISTLE ENERGY, INC., a Nevada corporation "
            '(the "Company" or "Maker"), and wholly-owned subsidiary of Teal '
            'Holdings, Ltd., a Nevada corporation ("Teal"), for value received, '
            'hereby promises to pay to the order of JOHN PERKINS (the "Holder") '
            "the principal amount of Twenty Thousand Dollars ($20,000), with simple "
            "interest at the rate of ten percent (10%) per annum. The principal "
            "balance of this Note shall mature, together with any unpaid and "
            "accrued interest, being due and payable, sixty (60) days from the date "
            "of this Note.",
            {"date": "2003-05-06", "maturity": "2003-07-05"},
        ),
        # the maximum aggregate principal amount of an offering
        (
            "WHEREAS, the Company shall sell to the Purchasers convertible "
            "promissory notes of the Company in the maximum aggregate principal "
            "amount of US$10,000,000 in exchange for the consideration set forth "
            "opposite each Purchaser's name.",
            {"principal": None},
        ),
        # a later tranche's text names the first tranche's day
        (
            "Tamarack Green Inc. has completed a second tranche of $0.8 million in "
            "its private placement of secured convertible debentures. Including "
            "the initial tranche of $400,000 completed on May 3rd 2018, the "
            "principal outstanding on the Debentures is now $1,200,000. The "
            "Debentures bear interest at a rate of 12% per annum, which will be "
            "payable, together with the principal, on the maturity date of May 3, "
            "2020.",
            {"date": None, "interest-payment": '"maturity"'},
        ),
        # "convertibles" as the noun after an amount
        (
            "New Issue: Berna Systems prices CHF 200 million convertibles to yield "
            "1.5%, up 30%",
            {"principal": "200000000.00 CHF"},
        ),
        # guaranteed, unrated bonds
        (
            "Skylark plc has announced the successful pricing of its \u00a3250.0 "
            "million offering of guaranteed senior unsecured unrated convertible "
            "bonds due 2027.",
            {"principal": "250000000.00 GBP"},
        ),
        # a financing agreement with the holder
        (
            "Granite Peak Gold, Inc. has consummated a US$2.0 million convertible "
            "promissory note as part of the financing agreement with Boise Valley "
            'Mining Company, LLC an Idaho limited liability company ("BVM").',
            {"holder": '"Boise Valley Mining Company, LLC"'},
        ),
        # the issue of a number of notes to the holder
        (
            "The Company has raised $2.5 million through the issue of 2,500,000 "
            'Convertible Loan Notes of $1 each (the "CLN") to Moon Ridge Partners '
            'Corporation ("MRPC").',
            {"holder": '"Moon Ridge Partners Corporation"'},
        ),
        # the buyer's own release, after its dateline
        (
            "Harbor Capital LLC To Acquire Securities of Pinecrest Energy Inc.\n"
            'BOSTON--(Marketwire - May 4, 2012) - Harbor Capital LLC ("Harbor") '
            "will acquire, pursuant to a non-brokered private placement, "
            "transferable convertible promissory notes of Pinecrest Energy Inc. in "
            "the aggregate principal amount of US$1,500,000.",
            {"holder": '"Harbor Capital LLC"'},
        ),
        # a subsidiary that will acquire part of an issue names no holder
        (
            "The Company will issue EUR 100 million of convertible bonds. Out of the "
            "above Bonds, the Company's Luxembourg incorporated subsidiary, Delta "
            "Finance No. 2 S.A. will acquire Bonds amounting to euro 40 million.",
            {"holder": None},
        ),
        # a loan agreement's recital: the amount the company agreed to borrow
        (
            "(A) The Lender has agreed to lend to the Company and the Company has "
            "agreed to borrow an amount of \u00a3800,000 (Eight Hundred Thousand "
            "Pounds Sterling) subject to the terms of this Agreement.",
            {"principal": "800000.00 GBP"},
        ),
        # a capital M after a space is millions
        (
            "The Company issued convertible bonds in a total nominal amount of "
            "SEK 45 M to Fjordvik Invest AB, with fixed interest of 7 percent.",
            {"principal": "45000000.00 SEK", "rate": "0.07"},
        ),
        # a rate used to measure a fair value is not the coupon
        (
            "The Company issued a 6% convertible note of EUR 500,000. An "
            "interest rate of 9.5 per cent was used to measure the debt at "
            "fair value.",
            {"rate": "0.06"},
        ),
        # each note's face value is no principal
        (
            "The convertible notes will be issued with a face value of $1.00, "
            "accruing interest at 9% per annum.",
            {"principal": None, "rate": "0.09"},
        ),
        # the parts of a total are not the principal
        (
            "On May 1, 2025, the Company issued $200.0 million aggregate "
            "principal amount of its 6.00% Convertible Senior Notes due 2029 "
            "consisting of (a) approximately $150.0 million principal amount "
            "of notes issued in exchange for older notes, and (b) "
            "approximately $50.0 million principal amount of notes for cash.",
            {"principal": "200000000.00 USD"},
        ),
        # a rate over a Nordic reference is no fixed rate; a directed issue's
        # subscriber
        (
            "Nordvik Metals AB has announced a directed issue of convertibles "
            "amounting to SEK 6.0 million to Skagen Capital III A/S. The notes "
            "accrue an annual interest of 9% plus STIBOR 3M, payable quarterly.",
            {"holder": '"Skagen Capital III A/S"', "rate": None},
        ),
        # the price of notes bought back is not the new notes' principal
        (
            "On June 2, 2025, we exchanged $90.0 million aggregate principal "
            "amount of 2026 Notes for $75.0 million aggregate principal amount "
            "of newly issued 8.00% Convertible Senior Notes due 2030, and "
            "repurchased $40.0 million aggregate principal amount of 2026 Notes "
            "for $39.5 million in cash.",
            {"principal": "75000000.00 USD"},
        ),
        # a count of notes and each one's face: no principal of A$1.00
        (
            "Empire Equity and/or its nominees will invest in 7.5 million "
            'unsecured convertible promissory notes ("Notes") with a face '
            "value of A$1.00 at a discounted issue price of A$0.6667 per Note.",
            {"principal": None},
        ),
        # prices on days chosen within a window look back over the window
        (
            "The Company issued £200,000 of convertible loan notes to Darwin "
            "Strategic Limited, convertible at 94% of the volume-weighted "
            "average prices of the Shares on three trading days (selected at "
            "the discretion of Darwin) during the 20 trading days preceding "
            "the date of conversion.",
            {"conversion-lookback": "20", "conversion-discount": "0.06"},
        ),
        # the party a note is sold to, over a heading's other name for it
        (
            "Convertible Promissory Note with Carebourn Capital LLC\n\n"
            "On July 8, 2019, we sold Carebourn LP, a Delaware limited "
            "partnership (“Carebourn”) a convertible promissory note in the "
            "principal amount of $922,646 (the “Note”).",
            {"holder": '"Carebourn LP"', "principal": "922646.00 USD"},
        ),
        # a trust's date, capitalised, is part of its name
        (
            'FOR VALUE RECEIVED, SaaSMAX, Inc. (the "Company") promises to '
            "pay to Jeffrey E. Fink and Shana P. Fink Family Trust Dated "
            'October 23, 2012 (the "Holder") the principal amount of '
            "Twenty-Five Thousand Dollars ($25,000.00).",
            {
                "holder": '"Jeffrey E. Fink and Shana P. Fink Family Trust '
                'Dated October 23, 2012"',
                "principal": "25000.00 USD",
            },
        ),
        # finance raised by the issue of loan notes is their principal
        (
            "The Company has raised £1,434,000 of finance by way of the issue "
            "of convertible unsecured loan notes (the “Loan Notes”).",
            {"principal": "1434000.00 GBP"},
        ),
        (
            "Of the total amount raised, £150,000 is being raised via the "
            'issuance of new convertible loan notes (the "Loan Notes").',
            {"principal": "150000.00 GBP"},
        ),
        # funding from a person by way of a convertible loan note; the par
        # value of the new shares, not of the shares before a reorganisation
        (
            "The Company received new funding of £200,000 from Mr Trevor "
            "Brown by way of an unsecured convertible loan note instrument. "
            "Each Existing Ordinary Share of 25p has been sub-divided into "
            "one Ordinary Share of 0.1 pence and one Deferred Share of 24.9 "
            "pence. The notes convert into New Ordinary Shares at 6.0 pence. "
            "The New Ordinary Shares of 0.1p each will be admitted to AIM.",
            {
                "principal": "200000.00 GBP",
                "holder": '"Trevor Brown"',
                "par-value": "0.001 GBP",
            },
        ),
        # advances converted into a note are its principal
        (
            "On July 1, 2014, the Company entered into an agreement with a "
            "related party to convert $226,785 advances to a convertible "
            "promissory note. The note carries a fixed convertible price of "
            "$0.01 and interest rate of 5%.",
            {
                "principal": "226785.00 USD",
                "conversion-price": "0.01 USD",
                "rate": "0.05",
            },
        ),
        # a paragraph about a loan that never converts is other debt
        (
            "On July 22, 2010, investors loaned the Company an aggregate of "
            "$260,000 on three-year Series C Convertible Notes with an "
            "interest rate of 14%.\n\n"
            "On January 14, 2011, a stockholder loaned $6,000 (unsecured) to "
            "the Company with a due date of June 30, 2011. The loan carries "
            "interest at the rate of 12% per annum.",
            {"rate": "0.14", "date": "2010-07-22", "maturity": "2013-07-22"},
        ),
        # one participant named at the end of its sentence
        (
            "Chigo Holding Limited announced a private placement of 7% "
            "convertible bonds for gross proceeds of HKD 232,554,000. The "
            "transaction will include participation from new investor, Chance "
            "Talent Management Limited. The bonds will carry a fixed interest "
            "rate of 7% per annum.",
            {"holder": '"Chance Talent Management Limited"', "rate": "0.07"},
        ),
        # a person named as the individual investor
        (
            "Ephraim Resources Ltd announced a private placement of 50,000 "
            "convertible notes for gross proceeds of AUD 50,000 with "
            "individual investor Lam Gim Hua on October 31, 2018.",
            {"holder": '"Lam Gim Hua"'},
        ),
        # a trust's date is no issue date
        (
            "$25,000 San Diego, California\nJanuary 23, 2013\n\nFOR VALUE "
            'RECEIVED, SaaSMAX, Inc. (the "Company") promises to pay to '
            "Jeffrey E. Fink and Shana P. Fink Family Trust Dated October 23, "
            '2012 (the "Holder") the principal amount of Twenty-Five '
            "Thousand Dollars ($25,000.00).",
            {"date": "2013-01-23"},
        ),
        # the nominal value raised through bonds of a face each
        (
            "Nyxoah SA completed the issuance of its first tranche of "
            "convertible bonds on December 18 2025, raising €22.5 million in "
            "nominal value through 225 bonds with a €100,000 face amount each.",
            {"principal": "22500000.00 EUR"},
        ),
        # the programme a tranche is part of is not the tranche's principal
        (
            "Negma Group Investment Ltd has subscribed for the first tranche "
            "of the EUR21.0 million convertible bond cum warrant of PMI.",
            {"principal": None},
        ),
        # a numbered line of a Taiwan announcement
        (
            "Announcement of the boards resolution to issue the 6th unsecured "
            "convertible corporate bond\n"
            "3.Whether to adopt shelf registration(Yes/No):No\n"
            "4.Total amount issued:NT$1,000,000,000\n"
            "5.Face value per bond:NT$100,000\n"
            "8.Coupon rate:0%",
            {"principal": "1000000000.00 TWD", "rate": "0"},
        ),
        # an exchange's approval names the Canadian dollar; shares issued on
        # a conversion do not date the debentures
        (
            "Convertible debentures in the aggregate principal amount of $5 "
            "million were issued to Olymbec on July 12, 2021, convertible "
            "into common shares of the company at a price of $0.18 per common "
            "share. On February 9, 2023, the company issued shares from "
            "treasury in relation to the conversion, subject to TSX-V "
            "approval.",
            {
                "principal": "5000000.00 CAD",
                "conversion-price": "0.18 CAD",
                "date": "2021-07-12",
            },
        ),
        # a price the sentence ends with, called an exercise price
        (
            "On May 21, 2010 the Company issued a $100,000 convertible note. "
            "Each note is convertible into common stock at an exercise price "
            "of $.39.",
            {"conversion-price": "0.39 USD"},
        ),
        # older notes whose last part was converted are gone
        (
            "Convertible notes payable bear interest of 6% annually. The notes "
            "have a conversion price of $.0025. On February 29, 2012, the "
            "final $3,750 of convertible notes and accrued interest were "
            "converted into 1,529,036 common shares. On September 14, 2012, "
            "the Company issued an unsecured $65,000 convertible note payable "
            "which bears interest at 12% per anum. The note is convertible "
            "into the Company's common stock at the fixed rate of $1.00 per "
            "principal value.",
            {"conversion-price": "1.00 USD", "rate": "0.12"},
        ),
        # related parties holding a part of an issue make it no related-party
        # note by itself (a person writes it in that holder's definition)
        (
            "On July 22, 2010, investors loaned the Company an aggregate of "
            "$260,000 on three-year Series C Convertible Notes with an "
            "interest rate of 14%, of which $15,000 was a related party.",
            {"related-party": None, "rate": "0.14"},
        ),
        (
            "Sprintex Ltd has secured A$3,121,000 by way of an issue of "
            "convertible notes subscribed for by the directors of the company "
            "to the value of A$300,000, and two substantial shareholders to the "
            "value of A$600,000, with the remainder picked up by sophisticated "
            "and professional investors.",
            {"related-party": None},
        ),
        # the sole investor in a financing, named after it
        (
            "The Company announced a private placement of an unsecured "
            "convertible note with a maturity value of $2,100,000. At the "
            "option of the sole investor in the Financing, Reef Capital Inc. "
            '("Reef"), the Note is convertible into units of the Company.',
            {"holder": '"Reef Capital Inc."'},
        ),
        # a lender described before its name
        (
            "Oxurion NV announced a private placement of convertible bonds for "
            "gross proceeds of EUR 20.8 million. The transaction included "
            "participation from new current lender Atlas Special "
            "Opportunities LLC.",
            {"holder": '"Atlas Special Opportunities LLC"'},
        ),
        # a price with a decimal comma, in thousands grouped by spaces
        (
            "The subscription has now been completed and amounts to SEK 171 "
            "400 000 at a conversion price of SEK 232,10 per share.",
            {"principal": "171400000.00 SEK", "conversion-price": "232.10 SEK"},
        ),
        # millions in the code's own prefix, a price with four decimals
        (
            "TECO 2030 ASA has today secured 70.6 MNOK in a secured convertible "
            "loan. The convertible loan has a term of 3 years, an interest of 8 % "
            "p.a. and can be converted at a conversion rate of 5,0868 NOK. We are "
            "excited to close the first tranche of the convertible bond for an "
            "amount of 70.6 MNOK.",
            {"principal": "70600000.00 NOK", "conversion-price": "5.0868 NOK"},
        ),
        # the bond's value and its coupon rate, each as a sentence's subject
        (
            "The bond has a value of EUR 4.05 million and a five-year maturity. "
            "The fixed coupon rate of the bond is 6.5%.",
            {"principal": "4050000.00 EUR", "rate": "0.065"},
        ),
        # a count of bonds, then their total
        (
            "The Offering comprises of 900 Bonds with issuance price of 5,000 "
            "euros, total of 4,500,000 euros. The Bonds carry an annual interest "
            "rate of 6% and the term of the Bonds is two years.",
            {"principal": "4500000.00 EUR"},
        ),
        # the article inside the role's quotes, a Norwegian company's form
        (
            "CellCura ASA raises a convertible loan of NOK 12,055,190 (the "
            '"Loan"). The Loan may be subscribed by Dag Dvergsten AS ("the '
            'Lender").',
            {"holder": '"Dag Dvergsten AS"'},
        ),
        # a loan that does not carry interest
        (
            "Through the issue, SEK 15.6 million will be raised by the Company. "
            "The convertible loan does not carry interest.",
            {"rate": "0"},
        ),
        # the day a general meeting adopted a programme
        (
            "Subscription to the 2019 Convertible Debenture Program for Key "
            "Staff Completed\nOn 15 May 2019, the annual general meeting adopted "
            "a convertible debenture program for key staff. The subscription "
            "has now been completed and amounts to SEK 171 400 000.",
            {"date": None},
        ),
        # the borrower's parent company is no relation of the lender's
        (
            "This Supplemental Loan Agreement is dated as of March 18, 2021, by "
            "and among Mr. Yat-Gai Au (the \u201cLender\u201d) and Regencell "
            "Bioscience Limited (\u201cthe Borrower\u201d). WHEREAS, the Lender "
            "agreed to make the Loan available to the Borrower according to the "
            "needs of the Borrower and its subsidiaries or parent company. The "
            "Lender shall waive US$3.25 million of the Outstanding Loan upon the "
            "receipt of a promissory note issued by the Company in the principal "
            "amount of US$3.25 million.",
            {"related-party": None},
        ),
        # a note converted into shares before the text turns to the next one
        (
            "On October 9, 2017, the Company entered into a Note Purchase "
            "Agreement with Chong Ou Holdings Group Company Limited, a BVI "
            "company (the \u201cInvestor\u201d) pursuant to which the Investor "
            "purchased a note for $670,000, bearing two percent (2%) interest per "
            "annum. Accordingly, on January 8, 2018, the Note was converted into "
            "200,100 shares of common stock. On May 2, 2018, pursuant to a "
            "securities purchase agreement, the Company closed a private "
            "placement of securities with Iliad Research and Trading, L.P. (the "
            "\u201cInvestor\u201d) pursuant to which the Investor purchased a "
            "Convertible Promissory Note in the original principal amount of "
            "$900,000. The Iliad Note bears interest at 10% per annum.",
            {
                "date": "2018-05-02",
                "holder": '"Iliad Research and Trading, L.P."',
                "rate": "0.1",
            },
        ),
        # the lender's release, its loan agreed without "has"
        (
            'Beedie Investments Limited (the "Beedie") has entered into an '
            "amendment to the credit agreement dated July 28, 2022 with Integra "
            'Resources Corp. ("Integra") pursuant to which Beedie agreed to '
            'loan up to US$20 million (the "Loan Facility") to Integra.',
            {"holder": '"Beedie Investments Limited"'},
        ),
        # the price of preferred shares bought beside the note
        (
            "On April 3, 2020, the Company and Acquisition 2 LP entered into a "
            "Series B Preferred Stock Purchase Agreement pursuant to which "
            "Acquisition 2 LP purchased additional shares of Series B Preferred "
            "Stock for an aggregate purchase price of $10.0 million. On May 8, "
            "2020, the Company and 2020 LP entered into a Note Purchase Agreement "
            "pursuant to which 2020 LP purchased an unsecured convertible "
            "promissory note with an annual interest rate of 8.0% and in an "
            "aggregate principal amount of $15.0 million.",
            {"purchase-price": None, "principal": "15000000.00 USD"},
        ),
        # the holder after the company's defined name, an apostrophe in its
        # own
        (
            "On April 9, 2022, Contango ORE, Inc. (the \u201cCompany\u201d) and "
            "Queen\u2019s Road Capital Investment Ltd. (\u201cQRC\u201d), entered "
            "into an Investment Agreement pursuant to which the Company agreed to "
            "issue a $20,000,000 unsecured convertible debenture to QRC.",
            {"holder": '"Queen\u2019s Road Capital Investment Ltd."'},
        ),
        # a term sheet's rate after its discount on the same line
        (
            "Convertible Promissory Notes\n\nMaturity Date: August 01, 2021 "
            "Valuation Cap: $7,500,000.00\n\nDiscount Rate: 20.0% Annual "
            "Interest Rate: 6.0%",
            {"rate": "0.06"},
        ),
        # notes issued "in exchange for" their face, and an amount warrants
        # are counted from
        (
            "On January 11, 2022, the Company entered into a financing "
            "arrangement with a lender in which the Company issued a convertible "
            "promissory note in exchange for an aggregate principal amount of "
            "$20.1 million. The warrants to purchase common stock were issued to "
            "the lender for a variable number of shares based on the principal "
            "amount of $20.9 million.",
            {"principal": "20100000.00 USD", "purchase-price": None},
        ),
        # an Australian proprietary company's bare dollars, and a certificate
        # reissued to a transferee
        (
            "The obligation is said to arise under a convertible note "
            'subscription deed entered into by CXI and Malzo Pty Ltd ("Malzo") '
            "on 27 April 2018. CXI issued a fresh loan note certificate, "
            "pursuant to the Deed, to Mr De Lorenzo on 8 February 2023. Malzo "
            "advanced $100,000 to CXI in or around 26 April 2018, and was issued "
            "with a convertible note certificate on that day.",
            {"principal": "100000.00 AUD", "date": None},
        ),
        # an Australian Business Number, and other debt that bears no interest
        (
            "ABN 39 010 568 804\nAt balance date the Company had secured advances "
            "under a contract with Inmarsat PLC. Advances are secured by a charge "
            "over the Intellectual Property developed under the agreement, are "
            "non-interest bearing and are repaid as a percentage of product sale "
            "proceeds. The Company issued secured convertible notes with a face "
            "value of $650,000, an interest rate of 8% and a conversion price of "
            "$0.12.",
            {"principal": "650000.00 AUD", "rate": "0.08"},
        ),
        # an Australian company's note under New York's business days: a
        # person says which dollar
        (
            "Flyhalf Acquisition Company Pty Ltd, a proprietary company limited "
            "by shares organized and existing under the laws of Australia (the "
            "\u201cMaker\u201d), hereby promises to pay to the order of Adam James "
            "Gilchrist (the \u201cHolder\u201d), the principal sum of $22,500,000. "
            "\u201cBusiness Day\u201d means any day on which banks in New York "
            "or Sydney are open.",
            {"principal": None},
        ),
        # a maturation date, and a loan to a borrower named before the amount
        (
            "On May 24, 2016, Adar Bays loaned GeneSYS $35,000. The Note "
            "provided for a per annum interest rate of 8%, and a maturation date "
            "of May 24, 2017. Adar Bays could exercise its option starting 180 "
            "days after the note was issued.",
            {"principal": "35000.00 USD", "maturity": "2017-05-24"},
        ),
        # a wait before conversion is no term
        (
            "On May 24, 2016, the Company issued a note with eight percent "
            "interest that would mature in one year. The holder could exercise "
            "its option starting 180 days after the note was issued.",
            {"maturity": "2017-05-24"},
        ),
        # a balance at a reporting date is no issue
        (
            "At 30 June 2014 secured convertible notes with a face value of "
            "$1,675,000 were outstanding on the following terms: secured by a "
            "second ranking charge, interest rate 8%.",
            {"principal": None},
        ),
        # each Indian debenture's face value, then an issue "upto" a total
        (
            "The Board has approved the issue of upto 21,000 fully paid-up "
            'Compulsorily Convertible Debentures ("CCDs") of face value Rs 1 '
            "lakh per CCD, aggregating to upto Rs 210 crore, on a preferential "
            "basis.",
            {"principal": None},
        ),
        # a debentures issuance of an amount
        (
            "Caxias do Sul - Lupatech S.A. announced today the conclusion of the "
            "convertible debentures issuance of R$320 million.",
            {"principal": "320000000.00 BRL"},
        ),
        # the rupiah's sign with its full stop
        (
            "The bonds are convertible into shares at an initial conversion "
            "price of Rp. 737 per share.",
            {"conversion-price": "737 IDR"},
        ),
        # a day between full stops, day first
        (
            "Type\nConvertible Bond\n\nMaturity Date\n22.01.2029\n\nSale Type\n"
            "Private Placement",
            {"maturity": "2029-01-22"},
        ),
        # a price "now" and the one it was reduced from, both later prices;
        # the bonds issued by a bank on a day
        (
            "Mebuki Financial Group, Inc. notified holders that it lowered the "
            "conversion price of its $300 million of zero-coupon convertible "
            "bonds due 2019. The conversion price is now $5.03, reduced from "
            "$5.07, retroactively from April 1. The convertibles were issued by "
            "Joyo Bank, Ltd. on April 24, 2014 and succeeded to by Mebuki "
            "Financial.",
            {"conversion-price": None, "date": "2014-04-24"},
        ),
        # a term sheet's dash after its label, a note's amount as a label,
        # and its principal as a sentence's subject
        (
            "The key terms of the Loan Note are as follows:\n· Type of "
            "financing instrument - unsecured convertible loan note.\n· "
            "Principal amount - $210,000.\n· Interest coupon - 4% per annum.",
            {"principal": "210000.00 USD"},
        ),
        (
            "CONVERTIBLE SECURED NOTE TERMS AND CONDITIONS JULY 3, 2007 Note "
            "Amount: | US$ 500,000.00 | Borrower: | Gulf Western Petroleum",
            {"principal": "500000.00 USD"},
        ),
        (
            "The note was issued to the placement agent for the financings. The "
            "principal of the note is $240,135, which bears interest at 8%.",
            {"principal": "240135.00 USD"},
        ),
        # a person named by a title, the note issued to them, or the purchase
        # agreed with them
        (
            "On January 24, 2011, we issued a $2,000,000 face value secured "
            "convertible note, due January 24, 2012, to Dr. Richard Merkin (the "
            "\u201cMerkin Note\u201d) for net proceeds of $2,000,000.",
            {"holder": '"Dr. Richard Merkin"'},
        ),
        (
            "On November 13, 2019, we entered into a Securities Purchase "
            "Agreement (the \u201cSPA\u201d) with Mr. Whitmore pursuant to which he "
            "agreed to purchase a Convertible Note in the principal amount of "
            "$500,000.",
            {"holder": '"Mr. Whitmore"'},
        ),
        # a face given roughly, when no other amount competes; not old notes'
        (
            "The Company issued approximately $48.1 million aggregate principal "
            "amount of its 8.0% Senior Secured Convertible PIK Toggle Notes due "
            "2026 (the \u201cConvertible Notes\u201d) thereunder.",
            {"principal": "48100000.00 USD"},
        ),
        (
            "The New Convertible Notes Class B were issued in an aggregate amount "
            "of approximately $1,372,840,000.",
            {"principal": "1372840000.00 USD"},
        ),
        (
            "On June 17, 2014, the Company issued a notice of redemption for all "
            "of its 3.75% Convertible Senior Notes due 2016 that remain "
            "outstanding (approximately $28.8 million aggregate principal amount).",
            {"principal": None},
        ),
        (
            "The issuer will exchange about $96.2 million principal amount of the "
            "2023 notes for an aggregate principal amount of new 6% exchangeable "
            "senior notes due April 1, 2027.",
            {"principal": None},
        ),
        # a news brief's bullets, one about the old notes
        (
            "Exide technologies announces refinancing transactions * Entered into "
            "PSA with investors, holders of outstanding 7% second lien senior "
            "secured convertible pik notes due 2025 * Pursuant to psa, certain "
            "investors purchased $80.0 million in principal amount of 7.25% second "
            "lien senior secured convertible pik notes due 2025",
            {"rate": "0.0725"},
        ),
        # a sentence run into the next after a year; a replacement note to
        # another holder than the old note's
        (
            "On May 21, 2013, the Company issued a 2% convertible note to China "
            "Direct Investments, Inc. (\u201cCDI\u201d) for a principal amount of "
            "$87,800. On January 30, 2014, the Company, CDI and JSJ Investments, "
            "Inc. (\u201cJSJ\u201d) entered into an assignment agreement, in which "
            "JSJ purchased the convertible note dated on May 21, 2013.The Company "
            "issued a 12% replacement convertible note to JSJ (the \u201cJSJ "
            "Replacement Note\u201d) with the principal amount of $87,800.",
            {"holder": None},
        ),
        # funds a manager manages; old notes given in exchange are no price;
        # the issue dated apart from the agreement
        (
            "On May 8, 2018, we entered into a Notes Exchange Agreement, or the "
            "Notes Exchange Agreement, with funds managed by Baupost pursuant to "
            "which, on May 9, 2018, we issued $164.746 million of Convertible "
            "Senior Notes due 2021, or the New Notes, to Baupost in exchange for "
            "(a) our outstanding $125 million Convertible Senior Notes due 2020, "
            "or the Existing Notes, and (b) an additional investment of $10 "
            "million in cash.",
            {"holder": None, "purchase-price": None, "date": "2018-05-09"},
        ),
        # the rate of the notes given up, in a headline and a sentence
        (
            "Avado to swap $96.2 million 4.5% notes due 2023 for 6% notes due 2027",
            {"rate": "0.06"},
        ),
        (
            "Acme entered into privately negotiated agreements with certain "
            "institutional holders of an aggregate of approximately $47 million in "
            "face value of its 2.625 percent senior convertible debentures due 2024 "
            "to exchange the debentures held by such holders for a like face "
            "amount of newly issued 10.125 percent senior convertible debentures, "
            "due 2014.",
            {"rate": "0.10125"},
        ),
        # S&P Capital IQ summaries: the placement's size, the coupon beside the
        # yield, a share's face value, preferred shares sold beside the bonds
        (
            "Carelabs Co., Ltd. (KOSDAQ:A263700) announced a private placement of "
            "round 4 non-guaranteed private convertible bonds with bearer interest "
            "for gross proceeds of KRW 20,000,000,000 on October 28, 2020. The bonds "
            "will carry both interest coupon and yield to maturity of 1%.",
            {"principal": "20000000000.00 KRW", "rate": "0.01"},
        ),
        (
            "Daeho Al Co.,Ltd. announced a private placement of series 16 coupon "
            "unregistered non-guaranteed private convertible bonds for gross "
            "proceeds of KRW 3,000,000,000 on November 20, 2020. The bonds bear a "
            "coupon rate and interest rate to maturity of 2% and 3% respectively, "
            "and the bonds will mature on November 27, 2023.",
            {"rate": "0.02"},
        ),
        (
            "Oscotec Inc. announced a private placement of 12th series bearer zero "
            "coupon non-guaranteed private convertible bonds for gross proceeds of "
            "KRW 5,500,000,000 and 833,333 registered convertible preferred shares "
            "at an issue price of KRW 19,800 per share. The bonds are convertible "
            "at a fixed conversion price of KRW 22,850. The shares have face value "
            "of KRW 500.",
            {"principal": "5500000000.00 KRW", "conversion-price": "22850 KRW"},
        ),
        # the ringgit's sign
        (
            "Interest will be payable every six months, and the convertible bonds "
            "will have a conversion price of RM0.3025 per share.",
            {"conversion-price": "0.3025 MYR"},
        ),
        # a floor as the second leg of "the greater of"
        (
            "The conversion price per common share of the Debenture shall be an "
            "amount equal to the greater of: (i) the volume weighted average "
            "trading price of the common shares during the 10 trading days prior "
            "to the date of conversion multiplied by 90%; or (ii) $0.25.",
            {"conversion-price-floor": "0.25 USD"},
        ),
        # a Korean brief's "conversion rate of bonds to common shares at"; a
        # price given as theoretical is no price
        (
            "BRIEF-HYUNDAI IBT to issue fifth convertible bonds worth 3 bln won\n"
            "* Says it to issue the fifth unregistered/unsecured private "
            "convertible bonds\n* A 100 pct conversion rate of bonds to common "
            "shares at 6,245 won per share",
            {"conversion-price": "6245 KRW"},
        ),
        (
            "The issue of 200 OCEANEs could give rise to the creation of 798,276 "
            "new shares of the company on the basis of a price theoretical "
            "conversion rate of 1.2527 euros, or 100% of the lowest "
            "volume-weighted average daily price of the ordinary share over the 15 "
            "consecutive trading days immediately preceding the drawing.",
            {"conversion-price": None},
        ),
        # a lender's own release: the lender its headline names (not an
        # issuer's release naming its lender after "with")
        (
            "Resource Capital Fund V L.P. Announces $6 Million Convertible Loan "
            "Facility with Forbes & Manhattan Coal Corp.\n\nResource Capital Fund "
            'V L.P. ("RCF V") reports that on September 4, 2013, RCF and Forbes & '
            'Manhattan Coal Corp. ("Forbes Coal") entered into a loan agreement '
            "for a secured US$6,000,000 convertible loan facility. The loan is "
            "convertible into common shares of Forbes Coal at a price of C$0.36 per "
            "Common Share.",
            {"holder": '"Resource Capital Fund V L.P."'},
        ),
        (
            "Acme Music & Entertainment, Inc. Announces Closing of Convertible "
            "Debenture with Leaddog Capital L. P.\n\nAcme Music & Entertainment, "
            'Inc. ("Acme") today announced the closing of a $179,300 convertible '
            "debenture, convertible into Acme Common Stock.",
            {"holder": None},
        ),
        # a fund's name after its sponsor's capitals; a French company in
        # words, one of two holders
        (
            "The note was issued pursuant to a subscription agreement entered "
            "into by and among the Company and CMTF Private Equity One (the "
            "\u201cSubscriber\u201d) on April 28, 2009.",
            {"holder": '"CMTF Private Equity One"'},
        ),
        (
            "Acme Diamond Corp. announced it will raise up to C$6 million in a "
            "non-brokered private placement of five-year unsecured convertible "
            "notes with Cencan Societe Anonyme and Firebird Global Master Fund Ltd.",
            {"holder": None},
        ),
        # a fundraising's ceiling beside the same amount in a headline; a
        # draw's minimum; each bond's face
        (
            "New Issue: Acme plans to sell C$6 million of convertible notes\n\n"
            "Acme Diamond Corp. announced it will raise up to C$6 million in a "
            "non-brokered private placement of five-year unsecured convertible "
            "notes.",
            {"principal": None},
        ),
        (
            "The company will have a right to request advances of the convertible "
            "debentures, with a minimum advance of CAD 500,000.",
            {"principal": None},
        ),
        (
            "Feb 5 (Reuters) - Acme Sa:\n\n* LAUNCHES ISSUE OF CONVERTIBLE BONDS "
            "(ORNANE)\n\n* ANNUAL COUPON FOR THE BONDS AT 3.75 PERCENT\n\n* FACE "
            "VALUE OF THE BONDS AT EUR 4.85 EACH",
            {"principal": None, "rate": "0.0375"},
        ),
        # S&P Capital IQ: a placement's size by the bond; a Korean brief's
        # proceeds; a zero in other words; one tranche's proceeds
        (
            "SDC Investimentos, SGPS, SA announced that a private placement of 185 "
            "convertible bonds at \u20ac100,000 per bond for gross proceeds of "
            "\u20ac18,500,000 on April 30, 2015. The bonds carry no rate of "
            "interest.",
            {"principal": "18500000.00 EUR", "rate": "0"},
        ),
        (
            "Nov 30 Jico Co Ltd :\n\n* Says it will issue 25th unregistered and "
            "unsecured private convertible bonds, to raise 10 billion won in "
            "proceeds for operations",
            {"principal": "10000000000.00 KRW"},
        ),
        (
            "The converting securities shall be unsecured, convertible into new "
            "ordinary shares and not bear any interest.",
            {"rate": "0"},
        ),
        (
            "* Board proposes to issue a convertible loan\n* Company will not pay "
            "interest during 5 year loan period",
            {"rate": "0"},
        ),
        (
            "Acme Gold Limited announced a private placement of 14,000 convertible "
            "notes at a par price of AUD 100 per note for gross proceeds of AUD "
            "1,400,000. On the same date, the company issued 10,755 notes for "
            "proceeds of AUD 1,075,500 in its first tranche.",
            {"principal": "1400000.00 AUD", "purchase-price": None},
        ),
        # a maturity in other words: redeemed at par on, not converted will be
        # redeemed on, a redemption date of, on or about, must be repaid on,
        # required to be paid in full on, will mature, unless ..., on (not a
        # repayment done: "was repaid in full on")
        (
            "If not previously converted, redeemed or purchased and cancelled, the "
            "convertible Bonds will be redeemed at par on 6 August 2029.",
            {"maturity": "2029-08-06"},
        ),
        (
            "Any convertible notes not converted will be redeemed on 6 November "
            "2025 at the principal amount together with interest.",
            {"maturity": "2025-11-06"},
        ),
        (
            "Christopher Johnson has agreed to lend the Company up to \u00a3200,000 "
            'by way of a convertible loan note ("CLN"). The CLN has a redemption '
            "date of 30 November 2022.",
            {"maturity": "2022-11-30"},
        ),
        (
            "The convertible bonds, which will mature on or about Nov 30, 2024, "
            "will bear interest of 1.75 per cent.",
            {"maturity": "2024-11-30"},
        ),
        (
            "The KBM Note bears interest at the rate of 8% per annum. All interest "
            "and principal must be repaid on April 28, 2015.",
            {"maturity": "2015-04-28"},
        ),
        (
            "The convertible loan is required to be paid in full on February 15, "
            "2020 unless paid off earlier.",
            {"maturity": "2020-02-15"},
        ),
        (
            "The 2010 Notes will mature, unless earlier repurchased, redeemed or "
            "converted in accordance with their terms, on November 1, 2030.",
            {"maturity": "2030-11-01"},
        ),
        (
            "The convertible note bears interest at 10%. This convertible note was "
            "repaid in full on July 7, 2014.",
            {"maturity": None},
        ),
        # a holder after "loan notes (the "Notes") with", not the bank of a
        # working capital facility; a lender announcing its loan "with" the
        # issuer; another party that "may convert the note"; a brief's issuer
        # on its dateline; a non-convertible note's amount
        (
            "The loan note facility includes the entering into of unsecured loan "
            'notes (the "Notes") with Yellow Dragon Holdings Limited ("Yellow '
            'Dragon"), a private, strategic investor. The Notes will be unsecured '
            "and rank in subordination to AfriTin's existing working capital "
            "facility with Nedbank Namibia.",
            {"holder": '"Yellow Dragon Holdings Limited"'},
        ),
        (
            "Aurora Minerals Limited (Aurora, Company; ASX: ARM) is today pleased "
            "to announce that it has entered into an A$3 million secured "
            "convertible Loan Agreement with Golden Rim Resources Limited (Golden "
            "Rim; ASX: GMR). Golden Rim may repay the loan by the issue of ordinary "
            "fully paid shares in Golden Rim (Shares).",
            {"holder": '"Aurora Minerals Limited"'},
        ),
        (
            "Redfund Capital this morning announced its entry into a promissory "
            "note with Cannaki Beverage Inc., a Las Vegas, Nevada-based "
            "manufacturer. Redfund and Cannaki signed the two-year term "
            "convertible secured promissory note on March 27th 2019 for "
            "$1,000,000. Redfund may convert the note at any time during the term.",
            {"holder": None},
        ),
        (
            "BRIEF-China Putian Food updates on issue of convertible bond\n\nSept "
            "28 (Reuters) - China Putian Food Holding Ltd\n\n* Subscription "
            "agreement in respect of subscription for and issue of (i) convertible "
            "bond in principal amount of hk$150 million\n\n* Subscription "
            "agreement in respect of subscription for and issue of he "
            "non-convertible note in principal amount of hk$110 million due 2018",
            {"holder": None, "principal": "150000000.00 HKD"},
        ),
        # a rate in other words: a UK loan stock's or notes' title, an annual
        # interest charge, a loan borrowed at a rate, a rate of interest, a
        # term sheet's dash
        (
            "Acme Focus plc 24 October 2024 2.25 per cent. Convertible Unsecured "
            "Loan Stock 2025",
            {"rate": "0.0225"},
        ),
        (
            "The Group issued \u00a35 million of 9 per cent 2013 CLNs during 2012 "
            "and 2013, convertible at 4p.",
            {"rate": "0.09"},
        ),
        (
            "Summary terms of the Convertible Loan: * The Convertible Loan is "
            "repayable on 18 March 2015; * Annual interest rate charge of 10 per "
            "cent.; * Convertible into ordinary shares",
            {"rate": "0.1"},
        ),
        (
            "On April 1, 2021, DIA borrowed $150,000 in Convertible Notes from "
            "Knightsgate Ventures II, LP, a third-party lender at a rate of 8%.",
            {"rate": "0.08"},
        ),
        (
            "The convertible note carries an 8% rate of interest and is "
            "convertible into common stock.",
            {"rate": "0.08"},
        ),
        (
            "Terms of the convertible bonds: - Issue amount EUR 5 million; - "
            "Interest - 8.00 % (eight percent) on an annual basis",
            {"rate": "0.08"},
        ),
        # a price per the issuer's ticker's share; the price "for the FCCBs"
        (
            "The notes will mature after a period of 3 years at a coupon rate of "
            "12% per annum and are convertible at A$0.03 per ZYL share.",
            {"conversion-price": "0.03 AUD"},
        ),
        (
            "The conversion price for the FCCBs is Rs 737.40 a share, at 50 per "
            "cent premium over the closing price.",
            {"conversion-price": "737.40 INR"},
        ),
        # a lookback written "with a 20 day look back"
        (
            "The notes are convertible into shares of common stock at a 45% "
            "discount to the lowest closing bid price with a 20 day look back.",
            {"conversion-discount": "0.45", "conversion-lookback": "20"},
        ),
        # the day named the maturity beside it
        (
            "On June 30, 2011, the maturity date of the note, the holder "
            "converted the entire $500,000 principal amount of the note into "
            "2,500,000 shares of common stock.",
            {"maturity": "2011-06-30"},
        ),
        # one conversion done is no price of the note
        (
            "On March 29, 2012, Asher Enterprises, Inc. purchased a convertible "
            "note for $15,120. On April 2, 2012, the Company converted the "
            "$10,000 convertible note into 5,263,158 common shares at $.0019 "
            "per share.",
            {"conversion-price": None},
        ),
        # nor is a price a later amendment set
        (
            "On August 5, 2010, the Company entered into an amendment agreement "
            "with the debenture holder whereby the debenture shall be "
            "convertible at a fixed conversion price $0.005 per share.",
            {"conversion-price": None},
        ),
        # one price written twice, with and without its cents
        (
            "- Conversion price €2 per share\n"
            "The bonds can be converted into ordinary shares of the Company "
            "with the conversion price being €2.00, subject to adjustment.",
            {"conversion-price": "2.00 EUR"},
        ),
        # a premium over a price is no discount, and a clause may stand
        # between the price's name and its figure
        (
            "The conversion price of the convertible bonds, which have "
            "denominations of € 100,000, has been set at EUR 17.43, "
            "representing a premium of 25% of the volume weighted average "
            "price of the shares.",
            {"conversion-price": "17.43 EUR", "conversion-discount": None},
        ),
        # a price adjusted from one figure to another: the first is the
        # note's, the second later wherever it stands
        (
            "The initial price for the conversion of the Bonds into Ordinary "
            "Shares of the Issuer was EUR 12.93. The initial conversion price "
            "for the Bonds has been adjusted downwards from €12.93 to €12.6631 "
            "per ordinary share. At the conversion price of €12.6631, the "
            "Convertible Bonds will be convertible into 7,896,960 Ordinary "
            "Shares.",
            {"conversion-price": "12.93 EUR"},
        ),
        # a part converted is not the issue's amount; a numbered fund's name
        # with no legal form; a par written "nominally ... each"
        (
            "The Company has today issued 2,142,856 new shares of nominally "
            "DKK 0.0375 each by conversion of debt in the total amount of DKK "
            "150,000. The Company has issued a total of 378 convertible debt "
            "instruments, equal to an aggregate amount of DKK 18,900,000, and "
            "8,190,000 warrants to Nordic Growth Opportunities 2 (the "
            "“Investor”).",
            {
                "principal": "18900000.00 DKK",
                "holder": '"Nordic Growth Opportunities 2"',
                "par-value": "0.0375 DKK",
            },
        ),
        (
            "The Company has issued convertible notes to Nordic Growth Fund 2 "
            "(the “Investor”).",
            {"holder": '"Nordic Growth Fund 2"'},
        ),
        # bonds placed to a holder
        (
            "Kiadis announces the placement of €5 million of secured "
            "convertible bonds to Kreos Capital V (UK) Limited (“Kreos”).",
            {"holder": '"Kreos Capital V (UK) Limited"', "principal": "5000000.00 EUR"},
        ),
        # a term that runs until a day
        (
            "The Management Board today decided to issue unsecured convertible "
            "bonds in a total nominal amount of up to approximately EUR 14.5 "
            "million and with a term that runs until 29 March 2023.",
            {"maturity": "2023-03-29"},
        ),
        # the issuer's own name before its class, where it is listed
        (
            "EXTON, Pa., Aug. 09, 2016 (GLOBE NEWSWIRE) -- Fibrocell Science, "
            "Inc. (NASDAQ:FCSC) today announced a financing. "
            "Interest may be paid at the option of the Company. Fibrocell will "
            "issue 10-year Notes that are convertible into Fibrocell common "
            "stock at a conversion price of $1.13625 per share.",
            {"share-class": '"Common"', "conversion-price": "1.13625 USD"},
        ),
        # another document's date is not the note's
        (
            "In connection with the issuance of the Convertible Debentures, "
            "the Company's subsidiaries entered into a Subsidiary Guarantee, "
            "dated as of December 20, 2018, for the benefit of the Investors.",
            {"date": None},
        ),
        # a zero rate in words
        (
            "The Notes have an aggregate principal amount of $1,752,000 with an "
            "aggregate original issuance discount of $438,000 and zero annual "
            "interest rate.",
            {"rate": "0", "principal": "1752000.00 USD"},
        ),
        # a price's name, an aside, then its figure; a price set for the
        # issuer's bonds
        (
            "The initial conversion price, being the price at which a holder of "
            "convertible bonds may exercise the stock acquisition rights, is "
            "¥2,820 for each share of common stock of the company.",
            {"conversion-price": "2820 JPY"},
        ),
        (
            "Taiwan Mobile Co., Ltd. set the conversion price for its new third "
            "issue domestic convertible bonds at NT$116.1.",
            {"conversion-price": "116.1 TWD"},
        ),
        # a zero coupon's yield is no rate
        (
            "Lupin Ltd has priced an accelerated zero coupon $100-million "
            "foreign currency convertible bonds (FCCB) offering. The yield to "
            "maturity (YTM) of the bonds is set at 6.05 per cent per annum.",
            {"rate": "0"},
        ),
        # the rate if the note is unpaid after its maturity is a default's
        (
            "The convertible note is due and payable on January 27, 2021 and "
            "bears interest at a rate of twelve (12%) percent per annum prior "
            "to the maturity date, and eighteen (18%) per annum if unpaid "
            "following the maturity date.",
            {"rate": "0.12"},
        ),
        # older bonds the new ones refinance
        (
            "Hynix said it sold 5-year bonds worth $500 million abroad that "
            "could be converted into its shares. Hynix had said it would sell "
            "the bonds to refinance $583 million in convertible bonds issued "
            "in 2007.",
            {"principal": "500000000.00 USD"},
        ),
        # a debt agreement's amount, and its price beside warrants
        (
            "The Company entered into a convertible debt agreement with Mill "
            "City Ventures for $500,000. Terms of this transaction include "
            "annual interest rate of 12%, the option to convert debt into "
            "equity at $0.36 per share, and 1,600,000 warrants.",
            {"principal": "500000.00 USD", "conversion-price": "0.36 USD"},
        ),
        # the lender named in a sentence of its own
        (
            "On September 8, 2017, the Company entered into a convertible "
            "promissory note in the amount of $222,750. The lender was Eagle "
            "Equities, LLC. The notes have a maturity of September 8, 2018.",
            {"holder": '"Eagle Equities, LLC"'},
        ),
        # a note made effective as of a day
        (
            "This Convertible Note (the “Note”) is made effective as of 07 "
            "October 2024 by and between the Company and the Holder.",
            {"date": "2024-10-07"},
        ),
        # two people and their assigns hold the note together
        (
            "For value received the Company promises to pay to John E. Kingma "
            "and Tamara J. Kingma or their permitted assigns (the “Holder”) the "
            "principal sum of $227,500.",
            {"holder": None, "principal": "227500.00 USD"},
        ),
        # a US filer's dollar, beside its Australian subsidiary
        (
            "On November 13, 2007, PetroHunter completed the sale of Series A "
            "8.5% Convertible Debentures in the aggregate principal amount of "
            "$6,956,387. Repayment of the Debentures is secured by "
            "PetroHunter's shares of its Australian subsidiary. The holders "
            "may purchase shares of common stock.",
            {"principal": None},
        ),
        # a face an amendment raised
        (
            "On March 22, 2010, the Company borrowed $40,000 from non-related "
            "third parties bearing interest at 5% per annum. On January 12, "
            "2011, the Company amended this note to create a conversion "
            "feature and increased the face amount to $41,500.",
            {"principal": None},
        ),
        # a loan an amendment made convertible, beside the note
        (
            "On August 14, 2013, Mr. Bryant loaned the Company $417,762. On "
            "September 6, 2013, Mr. Bryant loaned the Company $130,000, "
            "convertible into shares of common stock at $0.50 per share. At "
            "the same time, the Company entered into an amendment to its loan "
            "agreement with Mr. Bryant dated August 14, 2013, in the original "
            "principal amount of $417,762, to provide that it is convertible.",
            {"principal": None},
        ),
        # a bond's par value; a part of the bonds; a licence's fee
        (
            "Of the convertible bonds issued, an aggregate principal of $24.0 "
            "million were issued to related parties. This license amendment "
            "required an upfront fee of $7.0 million payable to Hanmi. In lieu "
            "of the payment, the Company issued a convertible bond to Hanmi "
            "with a par value of $7.0 million.",
            {"principal": "7000000.00 USD", "issue-costs": None},
        ),
        # debentures "of the Company", due a day, issued on another
        (
            "The debt was payable in respect of 3.5% senior secured convertible "
            "debentures of the Company due November 11, 2024 (the “Maturity "
            "Date”) originally issued to the Debenture Holders on November 11, "
            "2021.",
            {"date": "2021-11-11"},
        ),
        # a price in rupees after the figure
        (
            "The bonds are convertible at the initial conversion price of "
            "103.005 rupees per equity share of the company.",
            {"conversion-price": "103.005 INR"},
        ),
        # one figure for the coupon and the yield
        (
            "The bonds carry a coupon rate and interest rate to maturity of "
            "2.1%, and will mature on October 16, 2030.",
            {"rate": "0.021"},
        ),
        # an FCCB issue "worth" an amount, in US dollars
        (
            "Core Projects has launched a foreign currency convertible bonds "
            "(FCCBs) issue worth $60 million. The FCCBs have a coupon rate of "
            "7 per cent per anum.",
            {"principal": "60000000.00 USD", "rate": "0.07"},
        ),
        # a price at the holder's discretion, beside warrant coverage
        (
            "Any open balance is convertible at the Investor's discretion into "
            "shares of the Company's common stock at $0.03 per share with "
            "warrant coverage at the same price.",
            {"conversion-price": "0.03 USD"},
        ),
        # the amount of bonds redeemed
        (
            "The company said it has redeemed the final tranche of its "
            "convertible bonds amounting to $44.22 million.",
            {"principal": None},
        ),
        # one price for the notes and the warrants
        (
            "The conversion price of the April 2015 Bridge Notes and the "
            "exercise price of the April 2015 Warrants is $2.00 per share, "
            "subject to adjustment.",
            {"conversion-price": "2.00 USD"},
        ),
        # a price with its article dropped
        (
            "The Convertible Note A is convertible by the holder at any time "
            "into shares of the Company's common stock at price of $1.00 per "
            "share.",
            {"conversion-price": "1.00 USD"},
        ),
        # an aside between a price's name and its figure
        (
            "The notes are convertible into shares of UpHealth common stock at "
            "a conversion price, subject to the occurrence of certain corporate "
            "events, of $1.75 per share.",
            {"conversion-price": "1.75 USD"},
        ),
        # a price "applicable to converting"
        (
            "Conversion price applicable to converting the CN to EX1 shares is "
            "$0.008 (0.8 cents).",
            {"conversion-price": "0.008 USD"},
        ),
        # a price per a class named in words
        (
            "The notes have a conversion price per Subordinate Voting Share of "
            "the Company equal to US$3.29 per share.",
            {"conversion-price": "3.29 USD"},
        ),
        # a per share price; a strike price; the issue price
        (
            "The 2018 Notes are convertible into the Company's common stock at "
            "a per share price of $0.90 at any time.",
            {"conversion-price": "0.90 USD"},
        ),
        (
            "The note holders might opt to convert the outstanding principal "
            "amount into common shares of Bioceres at a strike price of $18 "
            "per share.",
            {"conversion-price": "18 USD"},
        ),
        (
            "The loan allowed the lender the option to convert the loan into "
            "shares of the subsidiary of the Company at the issue price of "
            "$0.942 per share.",
            {"conversion-price": "0.942 USD"},
        ),
        # a rate per $1,000, then the price it gives
        (
            "They convert into 124.0695 shares per $1,000 principal amount, a "
            "price of $8.06 per share.",
            {"conversion-price": "8.06 USD"},
        ),
        # a price in rupiah after the figure
        (
            "The bonds will be converted to as much as 56 percent of the "
            "enlarged capital at 200 rupiah per share.",
            {"conversion-price": "200 IDR"},
        ),
        # borrowings a note agreement provided for
        (
            "On December 1, 2019, the Company entered into a convertible note "
            "payable agreement with Mont-Saic Investments LLC which provided "
            "for borrowings of $1,700,000 bearing interest at a rate of 12.6% "
            "per annum.",
            {"principal": "1700000.00 USD"},
        ),
        # bonds "aggregating to" an amount
        (
            "MIPL proposes to subscribe to convertible bonds due in 2017, "
            "aggregating to $19 million on the terms set out therein.",
            {"principal": "19000000.00 USD"},
        ),
        # a title's amount before "Equity Linked Bonds"
        (
            "The Board approved the placement of an Equity Linked Bond, "
            'referred to as "€300,000,000 1.25 per cent. Equity Linked Bonds '
            'due 2018", maturing on 8 March 2018.',
            {"principal": "300000000.00 EUR"},
        ),
        # an amount raised "after issuing" a note
        (
            "The miner said it has raised USD330,000 after issuing the new "
            "loan note to German private equity firm Deutsche Balaton.",
            {"principal": "330000.00 USD"},
        ),
        # principal and interest due on a day: the principal named first
        (
            "The unpaid principal amount and all accrued and unpaid interest "
            "shall be due and payable on November 9, 2020.",
            {"maturity": "2020-11-09"},
        ),
        # notes not converted redeemed on a day
        (
            "If not converted, the Loan Notes will be redeemed by the Company "
            "on 31 December 2011, or earlier with the agreement of the holders.",
            {"maturity": "2011-12-31"},
        ),
        (
            "If the notes have not been converted, they will be redeemed on 3 "
            "October 2020 at par.",
            {"maturity": "2020-10-03"},
        ),
        # "due on or around"; "mature on the <day>"; "set for"
        (
            "The Company issued unsecured convertible bonds with an aggregate "
            "principal amount of EUR 500 million due on or around 6 August "
            "2025.",
            {"maturity": "2025-08-06"},
        ),
        (
            "The closing of the sale of the Debenture occurred on August 3, "
            "2020. The Debenture will mature on the August 3, 2021.",
            {"maturity": "2021-08-03"},
        ),
        (
            "The maturity date for the notes is set for September 30, 2025.",
            {"maturity": "2025-09-30"},
        ),
        # a note face's registered holder inside a longer line
        (
            "Original Issue Date: August 2, 2017 Registered Holder of this "
            "Secured Convertible Promissory Note: Frost Nevada Investments Trust "
            "Principal Amount: $500,000",
            {"holder": '"Frost Nevada Investments Trust"'},
        ),
        # the day an issue was refinanced, or a letter's, is no issue date
        (
            "On June 30, 2015 this issuance was refinanced with the secured "
            "borrowings discussed in Note 8.",
            {"date": None},
        ),
        (
            "In a letter dated February 11, 2015, the FRB granted the Company "
            "permission to extend the note at the same terms.",
            {"date": None},
        ),
        # a holder's trade name; a name in lower case before a capital
        (
            "FOR VALUE RECEIVED, ACME CORPORATION (the \u201cCompany\u201d) "
            "promises to pay to the order of Hensley & Company, dba Hensley "
            "Beverage Company (the \u201cHolder\u201d) the principal sum of "
            "$3,000,000.",
            {"holder": '"Hensley & Company, dba Hensley Beverage Company"'},
        ),
        (
            "For value received, Unreal Estate Inc., a Delaware corporation "
            "(the \u201cCompany\u201d), promises to pay to the order of reAlpha "
            "Tech Corp. (the \u201cHolder\u201d) the principal amount of "
            "$60,000.",
            {"holder": '"reAlpha Tech Corp."'},
        ),
        # a partner is no holder; the investing arm named in brackets is
        (
            "The Company entered into a strategic relationship with "
            'Caterpillar Inc ("Caterpillar"), which involved Caterpillar\'s '
            "venture capital division (Caterpillar Venture Capital Inc.) "
            "investing \u00a35 million into the Company by means of senior "
            "secured Convertible Loan Notes.",
            {"holder": '"Caterpillar Venture Capital Inc."'},
        ),
        (
            "The Company entered into a strategic relationship with "
            "Caterpillar Inc to develop drivetrains, and issued convertible "
            "loan notes.",
            {"holder": None},
        ),
        # an insider's pledge, or the board's authority, is no related party
        (
            "Major League Football, Inc. sold a 10% convertible promissory "
            "note to SBI Investments LLC. Also, Michael Queen, a company "
            "director and executive officer, executed an insider pledge "
            "agreement to secure the obligations of the company under the "
            "note and the purchase agreement with SBI.",
            {"related-party": None},
        ),
        (
            "Caterpillar Venture Capital Inc. invested in the Company by means "
            "of Convertible Loan Notes. The Company is required to convene a "
            "general meeting of shareholders in order to pass resolutions "
            "conferring on the Directors the authority to issue new ordinary "
            "shares if the holder elects to exercise its conversion rights.",
            {"related-party": None},
        ),
        # the existing bonds' balance, named before its figure
        (
            "Air Berlin Finance B.V. intends to invite holders of its existing "
            "6.00% guaranteed convertible bonds due 6 March 2019 with an "
            "outstanding principal amount of 140 million euros to exchange "
            "such bonds for new guaranteed convertible bonds.",
            {"principal": None},
        ),
        # the new note's face after "in exchange for a"
        (
            "On June 3, 2011, the Company issued, in exchange for a debenture "
            "of Pet Airways, Inc., a $350,000 principal amount convertible "
            "debenture. The old debenture was exchanged in exchange for a "
            "$350,000 principal amount convertible debenture with a "
            "conversion price of $0.50 per share.",
            {"principal": "350000.00 USD"},
        ),
        # a rate paid in kind is an option beside the cash coupon
        (
            "The debentures are convertible into common shares at USD 10.00 "
            "per share, carry an 8% cash coupon, and the company may pay "
            'interest in the form of additional "pay-in-kind" debentures '
            "at a rate of 10%.",
            {"rate": "0.08"},
        ),
        # a Canadian release that marks its US amounts "(U.S.)": its cents
        # are Canadian
        (
            "2015-04-27 17:30 ET - News Release. Inca One Gold Corp. has "
            "closed the first tranche of its convertible loan for gross "
            "proceeds of $600,000 (U.S.). The "
            "loan will be convertible into common shares at a conversion "
            "price of 25 cents.",
            {"conversion-price": "0.25 CAD"},
        ),
        # a principal an amendment increases, read from its later figure
        (
            "The Amended and Restated Promissory Note increases the "
            "outstanding principal amount of the convertible note from "
            "$6,250,000 to an aggregate amount of $10,250,000.",
            {"principal": None},
        ),
        # a note not convertible converted away; a debenture "for" its face
        (
            "SoMedia entered into an agreement with Difference Capital "
            "Financial Inc. to restructure amounts owing under a convertible "
            'debenture (the "Debenture") for $600,000 dated December 13, '
            "2012 and convert a $360,000 promissory note dated November 1, "
            "2013 into Units of the Company.",
            {"principal": "600000.00 USD"},
        ),
        # a maturity extended until a day, alone, is none
        (
            "Difference has agreed to extend the maturity date of the "
            'convertible debenture until July 17, 2016 (the "Maturity '
            'Date").',
            {"maturity": None},
        ),
        # "U.S. $" names the US dollar
        (
            "U.S. $400,000 GLOBAL PAYMENT TECHNOLOGIES, INC. CONVERTIBLE "
            "PROMISSORY NOTE. The Company promises to pay to Exfair Pty. "
            "Ltd., an Australian company, the principal amount of Four "
            "Hundred Thousand Dollars (U.S. $400,000).",
            {"principal": "400000.00 USD"},
        ),
        # a note "with" a holder whose legal form has a stop, "for" its face
        (
            "The Company issued a convertible promissory note (\u201cPromissory "
            "Note\u201d) with Red Cat Holdings, Inc. for $2.0 million.",
            {"principal": "2000000.00 USD"},
        ),
        # a principal amount and gross proceeds stated as one
        (
            "The Company issued 10% convertible debentures having an "
            "aggregate principal amount and gross proceeds of $1,059,710 CAD.",
            {"principal": "1059710.00 CAD"},
        ),
        # exchangeable debentures' price
        (
            "The secured debentures are exchangeable into common shares of "
            "the Company at a price of $0.05 per share.",
            {"conversion-price": "0.05 USD"},
        ),
        # holders: "payable by the Company to"; a Dutch "BV" with a
        # convertible facility; the lender described after its name; a
        # finance provider described before it; "or order"; a broker is none
        (
            "The Company entered into an amendment of that certain "
            "subordinated convertible promissory note, dated as of November "
            "25, 2019, payable by the Company to SG Broadcasting LLC, a "
            "Delaware limited liability company.",
            {"holder": '"SG Broadcasting LLC"'},
        ),
        (
            "The existing convertible revolving credit facility with Mercuria "
            "Energy Netherlands BV, part of the Mercuria Group, increased to "
            "$235 million.",
            {"holder": '"Mercuria Energy Netherlands BV"'},
        ),
        (
            "Cadiz Inc. has reached agreement with LC Capital Master Fund, "
            "Ltd., the Company\u2019s existing lender (\u201cLender\u201d), for "
            "an additional $10 million convertible working capital facility.",
            {"holder": '"LC Capital Master Fund, Ltd."'},
        ),
        (
            "The company has executed an unsecured convertible loan agreement "
            "of US$1.1 million with independent, third-party Israeli finance "
            "provider, Telefox Ltd.",
            {"holder": '"Telefox Ltd."'},
        ),
        (
            "TARA MINERALS CORP. (the \u201cCompany\u201d), for value received, "
            "hereby promises to pay Tara Gold Resources Corp., or order, (the "
            '"Holder\u201d) the principal sum of $1,695,000.',
            {"holder": '"Tara Gold Resources Corp."'},
        ),
        (
            "Aurora Cannabis Inc. has completed the brokered private placement "
            "of 10% unsecured convertible debentures of the Company with "
            "Canaccord Genuity Corp. for gross proceeds of $15 million.",
            {"holder": None},
        ),
        # issue dates: "dated effective"; an initial closing "which occurred
        # on"; notes "which were issued today" in a dated release; an
        # agreement's or an amendment's "dated effective" day is none
        (
            "This Debenture, dated effective October 23, 2019 is issued by "
            "Global Warming Solutions, Inc. to Overwatch Partners, Inc.",
            {"date": "2019-10-23"},
        ),
        (
            "At the initial closing, which occurred on November 30, 2012, the "
            "Company issued an aggregate of $2.8 million in aggregate "
            "principal amount of Notes.",
            {"date": "2012-11-30"},
        ),
        (
            "TORONTO, ONTARIO--(Marketwire - Dec. 18, 2008) - The exchangeable "
            "secured debentures are issuable in two separate tranches - $5 "
            "million 9% debentures which were issued today and $3 million 15% "
            "debentures which are issuable at a subsequent date.",
            {"date": "2008-12-18"},
        ),
        (
            "The Principal has been advanced by the Investor pursuant to the "
            "Debenture Purchase Agreement dated effective February 21, 2020.",
            {"date": None},
        ),
        # maturities: either leg of "the earlier of"; "repayable, if not
        # previously converted, on"; "with expiry on"
        (
            "The Fong Note bears interest at 12.00% per annum and is due on "
            "the earlier of (x) the date on which our common stock is listed "
            "on Nasdaq and (y) July 1, 2024.",
            {"maturity": "2024-07-01"},
        ),
        (
            "The Loan will bear interest at a rate of 12% per annum until the "
            "maturity date, being the earlier of: (i) November 25, 2018; and "
            "(ii) the date upon which the Company completes a financing.",
            {"maturity": "2018-11-25"},
        ),
        (
            "The Company promises to pay to the order of HWH Lending LLC (the "
            '"Holder") on the earliest to occur of (the "Maturity Date") '
            "(i) December 31, 2012, (ii) an Event of Default or (iii) a "
            "Change of Control.",
            {"maturity": "2012-12-31"},
        ),
        (
            "The Notes are repayable, if not previously converted, on 31 March "
            "2021 and bear a coupon at the rate of 10%.",
            {"maturity": "2021-03-31"},
        ),
        (
            "The Convertible Note has a face value of A$1.0 million, with "
            "expiry on 31 December 2023, and an interest rate of 8%.",
            {"maturity": "2023-12-31"},
        ),
        # holders: "selling" a note to; a sponsor's member, a fund described
        # before its name; a registration number; a role in single quotes;
        # "promising to pay"; "with its sponsor,"; "proceeds of ... from";
        # a numbered heading with a dash
        (
            "Ecotality Inc. will raise $5 million by selling a three-year "
            "5.05% unsecured convertible note to ABB Technology Ventures Ltd.",
            {"holder": '"ABB Technology Ventures Ltd."'},
        ),
        (
            "The blank check company has entered into a material definitive "
            "agreement by issuing a promissory note to its sponsor's member, "
            "Marblegate Special Opportunities Master Fund, L.P.",
            {"holder": '"Marblegate Special Opportunities Master Fund, L.P."'},
        ),
        (
            "Fil-Estate said it signed an agreement on the convertible bonds "
            "with a professional British Virgin Islands-registered fund Lim "
            "Asia Special Situation Master Fund Ltd.",
            {"holder": '"Lim Asia Special Situation Master Fund Ltd."'},
        ),
        (
            'At the request of Wize Pharma Ltd. (the "Company"), Rimon Gold '
            'Assets Ltd. co. no. 514819424 (the "Lender") hereby agrees to '
            "lend the Company a convertible loan.",
            {"holder": '"Rimon Gold Assets Ltd."'},
        ),
        (
            "Empyrean Energy Plc has obtained interim financing by way of a "
            "convertible loan facility of \u00a32,500,000 with Apnea Holdings "
            "Pty Ltd ('Lender').",
            {"holder": '"Apnea Holdings Pty Ltd"'},
        ),
        (
            "On March 18, 2024, the Issuer entered into a Convertible "
            'Promissory Note (the "March Note") promising to pay HWH '
            "International Inc., a Delaware corporation, $250,000.00.",
            {"holder": '"HWH International Inc."'},
        ),
        (
            "The blank check company has entered into a convertible "
            "promissory note with its sponsor, CO2 Energy Transition, LLC.",
            {"holder": '"CO2 Energy Transition, LLC"'},
        ),
        (
            "The company completed a private placement of convertible "
            "securities for gross proceeds of AUD 1,000,000 from Bergen Global "
            "Opportunity Fund II LLC, a fund managed by Bergen Asset "
            "Management, LLC.",
            {"holder": '"Bergen Global Opportunity Fund II LLC"'},
        ),
        (
            "(1) Convertible Secured Promissory Note \u2013 Duma Holdings, LLC "
            "On July 16, 2015, the Company issued a convertible note.",
            {"holder": '"Duma Holdings, LLC"'},
        ),
        # prices: shares each note converts into, then their price; "a
        # deemed price of"; "a value equal"; "per Rusoro share"
        (
            "Each Debenture shall be convertible into 1,111 common shares of "
            "the Company at C$0.90.",
            {"conversion-price": "0.90 CAD"},
        ),
        (
            "The loans are unsecured and convertible for a period of one year "
            "into shares of the Company's Class A common stock at a deemed "
            "price of $0.15 per share.",
            {"conversion-price": "0.15 USD"},
        ),
        (
            "The holder may convert principal plus accrued interest of the "
            "convertible note into common stock in the Company at a value "
            "equal $0.50 per share.",
            {"conversion-price": "0.50 USD"},
        ),
        (
            "The loan is exchangeable into shares of Rusoro at C$1.25 per "
            "Rusoro share.",
            {"conversion-price": "1.25 CAD"},
        ),
        (
            "Liquid also converted US$255,000 of accounts payable into "
            "113,334 common shares at a deemed price of $2.25 per share.",
            {"conversion-price": None},
        ),
        # a rate that rises on an event of default named beyond forty
        # characters; the rate of a debt the proceeds repay
        (
            "The Revolving Note in the amount of $1,300,000 is convertible and "
            "bears interest at the minimum rate of 12% per annum, increasing "
            "to 22% per annum upon the occurrence of an Event of Default.",
            {"rate": "0.12"},
        ),
        (
            "The convertible debentures will bear interest, which is paid "
            "quarterly in cash at the annual rate of 8%. The proceeds of the "
            "financing will reportedly be utilised to repay the currently "
            "outstanding loan held by Sprott Resource Lending Partnership in "
            "the principal amount of US$3 million, which currently bears "
            "interest at 12% compounded monthly.",
            {"rate": "0.08"},
        ),
        # a new maturity beside the one it replaced: the two compete; a new
        # maturity alone is the note's
        (
            "The convertible loan from Acme Limited, amounting to \u00a32.5 "
            "million, now has a new maturity date of 31 July 2013 (previously "
            "31 July 2011).",
            {"maturity": None},
        ),
        (
            "As a result of the amendments, the convertible note now has an "
            "annual interest rate of 12% and has a new maturity date of "
            "December 2, 2012.",
            {"maturity": "2012-12-02"},
        ),
        # a fund's words in brackets, a fund's form after its number, a
        # segregated portfolio after its company
        (
            "On December 30, 2015, the Company entered into a loan agreement "
            "with Kreos Capital V (Expert Fund) Limited (\u201cKreos\u201d). "
            "The Company issued a secured convertible promissory note of "
            "$3,000,000 to Kreos.",
            {"holder": '"Kreos Capital V (Expert Fund) Limited"'},
        ),
        (
            "The Company secured ~A$11.0million in funding from institutional "
            "investors (Subscribers), of which ~A$2.8 million was raised "
            "through the issue of 2,806,159 Senior Convertible Notes to "
            "Pegasus Growth Capital Fund I.\n"
            "Item | Matter | Particulars\n"
            "3. | Investor: | Pegasus Growth Capital Fund I, LP.\n",
            {"holder": '"Pegasus Growth Capital Fund I, LP"'},
        ),
        (
            "The company entered into a subscription agreement for convertible "
            "bonds. The transaction will include participation from Cithara "
            "Global Multi-Strategy SPC \u2013 CMB Chung Wai Greater China Alpha "
            "Strategy SP.",
            {
                "holder": '"Cithara Global Multi-Strategy SPC \u2013 CMB Chung '
                'Wai Greater China Alpha Strategy SP"'
            },
        ),
        # figures a purchase's own arithmetic shows are thousands
        (
            "The investment included a purchase of 837,521 shares of Common "
            "stock at a price per share in NIS equal to $ 0.597 ($ 500 in "
            "total) and a convertible note in the principal amount of $2,000, "
            "bearing interest at 10% per year.",
            {"principal": None, "rate": "0.1"},
        ),
        # new money beside old notes surrendered for the new ones
        (
            "The Company received new financing in the amount of $625,000 "
            "from accredited investors. In exchange for the new $625,000 of "
            "funds, the investors surrendered promissory notes totaling "
            "$4,580,000 for a series of three year convertible promissory "
            "notes.",
            {"principal": None, "purchase-price": None},
        ),
        # a credit line not called convertible beside a convertible note
        (
            "On December 30, 2015, Acme Capital Limited extended a line of "
            "credit to the Company in the amount of $20.0 million. On June 9, "
            "2017, part of the loan became subject to a secured convertible "
            "promissory note issued by the Company to Acme Capital Limited.",
            {"principal": None},
        ),
        # the notes' face: "a convertible loan (the "Loan") of", "funded by
        # the issue of", notes given as an acquisition's consideration
        (
            "Akobo Minerals AB today announced that it has issued an "
            'unsecured convertible loan (the "Loan") of NOK 34.4 million from '
            "existing investors.",
            {"principal": "34400000.00 NOK"},
        ),
        (
            "The acquisition is to be funded by the issue of \u00a32,000,000 "
            'Unsecured Convertible Loan Notes ("the Loan Notes").',
            {"principal": "2000000.00 GBP"},
        ),
        (
            "The purchase consideration is comprised of $15.5 million in cash "
            "and borrowings under the Company's existing credit facility, as "
            "well as the issuance to the seller of $14.5 million of convertible "
            "notes.",
            {"principal": "14500000.00 USD"},
        ),
        # holders: a loan from a shareholder named after its role; an
        # agreement between the company and a fund; a Gulf company's form; a
        # stray dot before a form
        (
            "The company has secured an additional convertible loan of US $6 "
            "million from its controlling shareholder ZCI Limited (ZCI).",
            {"holder": '"ZCI Limited"'},
        ),
        (
            "The Convertible Loan Notes are issued pursuant to a Loan Note "
            "Investment Agreement entered into on 12 July 2006 between the "
            "Company and RAB Special Situations (Master) Fund Limited "
            '("RAB").',
            {"holder": '"RAB Special Situations (Master) Fund Limited"'},
        ),
        (
            "This Loan Agreement is dated as of June 5, 2018 and is between "
            "HANA INVESTMENTS CO. WLL, a company existing under the laws of "
            "Bahrain (\u201cLender\u201d) and ACME CORP. (\u201cBorrower\u201d). "
            "Lender agrees to loan to Borrower the amount of $50,000,000.",
            {"holder": '"HANA INVESTMENTS CO. WLL"'},
        ),
        (
            "A Convertible Security Funding Agreement has been executed with "
            "Lind Asset Management XII. LLC, an entity managed by The Lind "
            "Partners.",
            {"holder": '"Lind Asset Management XII. LLC"'},
        ),
        # a company held by a person is no note held by that person
        (
            "Irata LLC has committed to subscribe for all of the convertible "
            "bonds. Irata (Atari backwards) is held by Wade Rosen, chairman of "
            "Atari.",
            {"holder": None},
        ),
        # a renewal's fee is no cost of the issue; a unit's debenture no
        # principal
        (
            "The convertible loan of \u00a32.5 million was amended. The "
            "Company has agreed to pay the lender a renewal fee of \u00a350,000.",
            {"issue-costs": None},
        ),
        (
            "The Company announces a brokered private placement of unsecured "
            "convertible debenture units, each Unit comprising a C$1,000 "
            "convertible debenture and one-half warrant.",
            {"principal": None},
        ),
        # interest paid at the end: "at the end of the term", "at the time of
        # redemption or conversion"
        (
            "The two-year convertible debenture carries a 4% annual interest "
            "rate, payable at the end of the term.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "Interest on the Loan Notes is capitalised and payable at the time "
            "of redemption or conversion.",
            {"interest-payment": '"maturity"'},
        ),
        # a weekday before the issue date; not a publication's label
        (
            "The convertible notes were issued on Friday, May 23, 2025, to Acme "
            "Limited.",
            {"date": "2025-05-23"},
        ),
        (
            "Date: Tuesday 20 Dec 2022\n\nThe Company has agreed a convertible "
            "loan note with Acme Limited.",
            {"date": None},
        ),
        # a par value in words; a price paid in another currency
        (
            "The loan is convertible into 8,264,463 new ordinary shares of one "
            "pence each in the Company.",
            {"par-value": "0.01 GBP"},
        ),
        (
            "The Company purchased a convertible note in the principal amount "
            "of $2,000,000, convertible into shares of common stock with a "
            "conversion price per share in NIS equal to $0.716.",
            {"conversion-price": "0.716 USD"},
        ),
        # a release of a company listed in Canada only marks its US amounts
        # and leaves its own bare
        (
            "Ascot Resources Ltd. (TSX: AOT | OTCQX: AOTVF) has entered into a "
            "US$14M subordinated convertible credit facility. All or a portion "
            "of the US$14M can be converted into Ascot common shares at a price "
            "of $0.72.",
            {"conversion-price": "0.72 CAD"},
        ),
        # the lender of a loan the proceeds repay is no holder
        (
            "The Company has entered into an interim convertible financing "
            "facility of up to US$15 million with Olisol Petroleum Limited "
            "(OPL). OPL will advance up to US$15 million to be used to repay "
            "the US$5 million term loan from Nostrum Oil & Gas PLC and the "
            "convertible debenture from AGR Energy Limited.",
            {"holder": '"Olisol Petroleum Limited"'},
        ),
        # the announcer invests in the party named by a loan note
        (
            "In July 2021, the Company announced a proposed investment of "
            "\u00a33 million in Ardgowan by way of a Convertible Loan Note "
            "Agreement with Ardgowan Distillery Company Limited "
            '("Ardgowan").',
            {"holder": None},
        ),
        # another issue's day on like terms is not this note's
        (
            "On March 24, 2008, the Company sold a $2.5 million convertible "
            "promissory note to its chairman. The company sold $5.5 million of "
            "convertible promissory notes with similar terms on March 19, 2008.",
            {"date": "2008-03-24"},
        ),
        # interest paid with the principal, in other words: "not be due and
        # payable until the Maturity Date", "payable on the repayment date",
        # "paid in cash or shares at maturity", "added to the principal ...
        # at the Maturity Date", "payable on redemption or conversion",
        # "rolled up ... at the end of the 2-year term"; not "payable upon
        # redemption" alone
        (
            "Interest shall accrue on this Note at 8% per annum, but shall not "
            "be due and payable until the Maturity Date.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "Interest is payable on drawn down funds under the convertible "
            "loan at a rate of 9% per annum, accruing daily and payable on the "
            "repayment date.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "The Debentures bear interest at the rate of 6%, accrued and "
            "compounded annually, which interest will be paid in cash or "
            "shares at maturity or redemption.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "The convertible note bears interest at 6% per annum. Interest "
            "shall accrue and be added to the principal amount of the Note at "
            "the Maturity Date.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "Interest coupon - 4% per annum, accrued monthly, payable on "
            "redemption or conversion of the loan note.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "The CLNs bear interest at a rate of 12.5% per annum, which will "
            "be rolled up and satisfied by the issue of Ordinary Shares at the "
            "end of the 2-year term.",
            {"interest-payment": '"maturity"'},
        ),
        (
            "The convertible notes bear interest at 8% per annum. Accrued "
            "interest is payable upon redemption.",
            {"interest-payment": None},
        ),
        # a lender that advanced to the company; a largest shareholder
        # named before the terms agreed with it; a financing by way of
        # convertible debentures
        (
            "On June 26, 2008, Berg & Berg Enterprises, LLC (\u201cBerg & "
            "Berg\u201d) advanced to the Company two million five hundred "
            "thousand dollars ($2,500,000) under an 8% convertible promissory "
            "note.",
            {"holder": '"Berg & Berg Enterprises, LLC"'},
        ),
        (
            "Target Energy Limited is pleased to advise that it has agreed "
            "terms with its largest shareholder, Wyllie Group Pty Ltd, to raise "
            "A$3.0m by issuance of secured Convertible Notes.",
            {"holder": '"Wyllie Group Pty Ltd"'},
        ),
        (
            "Atlantic Gold Corporation (TSX-V:AGB) is pleased to announce a "
            "non-brokered financing of $13 million by way of issuance of "
            "convertible debentures.",
            {"principal": "13000000.00 CAD"},
        ),
        # a rate a default raises the note's to, the default named past the
        # law's maximum; a stake held; a redemption premium; a price in
        # percent of par (but interest "at 12.5% of face amount" is a rate)
        (
            "The maturity date of the convertible note is September 30, 2015, "
            "and the annual rate of interest is seven percent (7%), which "
            "increases to twenty-four percent (24%) per annum, or the maximum "
            "rate permitted under any applicable law, in the event of default.",
            {"rate": "0.07"},
        ),
        (
            "The convertible bonds carry an annual interest rate of 1.0%. The "
            "group remains the company's controlling shareholder, holding a "
            "22.89% interest.",
            {"rate": "0.01"},
        ),
        (
            "The zero-coupon convertible bonds will have a maturity of 12 "
            "months and may be redeemed at a premium of 12 per cent per annum.",
            {"rate": "0"},
        ),
        (
            "The convertible loan notes are zero-coupon/interest free but are "
            "issued at 92% of Par Value.",
            {"rate": "0"},
        ),
        (
            "Convertible promissory note; interest at 12.5% of face amount, "
            "payable quarterly.",
            {"rate": "0.125"},
        ),
        # a maturity the company "may" extend: the option's day is none
        (
            "The maturity date of the convertible Debentures is September 30, "
            "2013, but may be extended at the sole discretion of the Company to "
            "December 31, 2013.",
            {"maturity": "2013-09-30"},
        ),
        # a person the note promises to pay, the role after the name; a trust
        # that holds the note; a person who "has agreed to lend the Company";
        # not a name a bracket continues
        (
            "FOR VALUE RECEIVED, Spicy Pickle Franchising, Inc., a Colorado "
            "corporation (the \u201cCompany\u201c), promises to pay to Raymond J. "
            "BonAnno, (\u201cHolder\u201c), or his registered assigns, the "
            "principal sum of $307,656 under this convertible note.",
            {"holder": '"Raymond J. BonAnno"'},
        ),
        (
            "FOR VALUE RECEIVED, MX MINING, INC., a Wyoming corporation, "
            "hereby promises to pay Carl Slyde, Pihtikatu 6a 9 Lahti 15500 "
            "Finland, (the Holder) or its registered assigns the principal of "
            "this convertible debenture.",
            {"holder": '"Carl Slyde"'},
        ),
        (
            "(2) The Convertible Promissory Note is held by the Ferrari Living "
            "Trust, of which the Reporting Person is the trustee.",
            {"holder": '"Ferrari Living Trust"'},
        ),
        (
            "Trafalgar announces that Christopher Johnson has agreed to lend "
            "the Company up to \u00a3200,000, by way of a convertible loan note.",
            {"holder": '"Christopher Johnson"'},
        ),
        (
            "FOR VALUE RECEIVED, Chalone Wine Group, Ltd. promises to pay to "
            "Les Domaines Baron de Rothschild (Lafite) the principal sum of "
            "this convertible note.",
            {"holder": None},
        ),
        # a headline's conversion ("converts $1.66 million in convertible
        # notes") is no note's face; the units sold are
        (
            "Dragon International converts $1.66 million in convertible notes. "
            "The notes were first issued as part of a unit offering on May 9, "
            "2005.",
            {"principal": None},
        ),
        # a "nominal total" is the issue's; two convertibles' nominal amounts
        # beside it compete with it, not replace it
        (
            "The Board has decided to raise convertible loans with a nominal "
            "total of SEK 23 million through a directed issue of convertibles "
            "to Formue Nord Fokus A/S.",
            {"principal": "23000000.00 SEK"},
        ),
        # the initial price of a bond whose price was later re-fixed down: the
        # later figure is the later price wherever it appears
        (
            "NSN's 21st series CB worth 1 billion KRW has been requested for "
            "conversion. The conversion price per share is 1,010 KRW, amounting "
            "to a total of 990,098 shares. The 21st series CB was issued on "
            "September 28, 2020, with a total value of 5.01 billion KRW. The "
            "initial conversion price of this CB was 1,210 KRW. However, as "
            "NSN's stock price declined, the conversion price was re-fixed "
            "(adjusted) down to 1,010 KRW.",
            {"conversion-price": "1210 KRW"},
        ),
        # a company based in an Australian city means the Australian dollar
        (
            "Perth-based HarvestRoad Ltd has issued a secured convertible note "
            "of $1,120,000 with a 10% per annum coupon. The note is convertible "
            "at $0.07 per share.",
            {"principal": "1120000.00 AUD", "conversion-price": "0.07 AUD"},
        ),
        # an aim to raise is no note's face
        (
            "The company aims to raise $1.1 million through a convertible notes "
            "issue to help fund this new venture.",
            {"principal": None},
        ),
        # each note's face after its count and price; an expected closing day
        (
            "HeraMED Limited announced a private placement of 2,392,047 "
            "Unlisted Convertible Notes at a price of AUD 1 and a face value of "
            "AUD 1 for the gross proceeds of AUD 2,392,047. The transaction is "
            "expected to be closed on October 25, 2021.",
            {"principal": None, "date": None},
        ),
        # a note's own price against its par; a currency's rate of exchange
        (
            "The Convertible Loan Notes are issuable at a price of \u00a322,500 "
            "(representing a discount of 10% to par value) and are convertible "
            "into new ordinary shares of 0.1 pence each in the Company.",
            {"conversion-price": None},
        ),
        (
            "The FCCBs carry a 6.5 percent coupon. At a conversion rate of INR "
            "85.3 per USD, the bond issuance translates to approximately "
            "\u20b9 85.3 crore.",
            {"conversion-price": None},
        ),
        # a margin over a reference rate written with its dollar mark
        (
            "The FCCBs carry a coupon rate of 3.5% plus three months $ Libor "
            "having a maturity of 5 years and 1 day.",
            {"rate": None},
        ),
        # a debt the new notes settle is not their face
        (
            "Pearl Energy entered into an agreement with its Chief Executive "
            "Officer Steven Chan for the issue of convertible loan notes, and "
            "the settlement of its outstanding loan of USD1.28 million to him.",
            {"principal": None},
        ),
        # a discount to a stated day's closing price sets a fixed price
        (
            "The note is convertible into common shares at an initial "
            "conversion price of $0.75 per share. The conversion price is a "
            "17.58% discount to the Sept. 23 closing share price of $0.91.",
            {"conversion-price": "0.75 USD", "conversion-discount": None},
        ),
        # a holder the company issued a note to with the office first
        (
            "On December 28, 2006, the Company issued its President and CEO, "
            "Thomas Scozzafava, a Convertible Debenture due December 28, 2008 "
            "with a face amount of $250,000.",
            {"holder": '"Thomas Scozzafava"', "related-party": "TRUE"},
        ),
        # a zero coupon said as "carries no coupon"; a yield and a coupon
        # stated as one; two Korean rates stated as one
        (
            "The bond carries no coupon and will mature on May 29, 2023.",
            {"rate": "0"},
        ),
        (
            "The bonds will mature on November 27, 2022 and have a yield to "
            "maturity and coupon rate of 5%.",
            {"rate": "0.05"},
        ),
        (
            "The bonds will carry surface interest rate and interest rate both "
            "of 8%. The bonds will mature on April 17, 2023.",
            {"rate": "0.08"},
        ),
        # interest paid on a basis on each interest payment date
        (
            "The coupon rate has been fixed at 4.2 percent per annum on the "
            "outstanding unconverted amount of FCCBs, on a semi-annual basis on "
            "each interest payment date.",
            {"interest-payment": '"semiannually"'},
        ),
        # an institution the press names with "the"; one named by its
        # capitals; one after "subscription agreement ... with new investor"
        (
            "Himatsingka Seide Ltd. announced that its board has approved "
            "issuance of Foreign Currency Convertible Bonds (FCCBs) to the "
            "International Finance Corporation (IFC) to raise $12.5 million.",
            {"holder": '"International Finance Corporation"'},
        ),
        (
            "DaeChang Steel Co., Ltd. announced a private placement of "
            "convertible bonds for gross proceeds of KRW 3,300,000,000. The "
            "transaction included participation from new investor POSCO.",
            {"holder": '"POSCO"'},
        ),
        (
            "China First Chemical Holdings Limited announced that it has "
            "entered into subscription agreement for a private placement of "
            "guaranteed convertible bonds with new investor, Chance Talent "
            "Management Limited for gross proceeds of $15,000,000.",
            {"holder": '"Chance Talent Management Limited"'},
        ),
        # a price "would be" the conversion price; a price per new share
        (
            "Ceramic Fuel Cells reported that the issue price of the new "
            "ordinary shares and the conversion price for the loan notes would "
            "be 2.14p per share.",
            {"conversion-price": "0.0214 GBP"},
        ),
        (
            "BV Tech will provide the Company with a unsecured loan of "
            "\u20ac950,000, which is convertible into new ordinary shares of 1.8 "
            "pence each in the Company at 8 pence per new Ordinary Share.",
            {"conversion-price": "0.08 GBP"},
        ),
        # money raised "by way of" convertible bonds; bonds "(FCCBs) worth"
        (
            "Monnet Ispat Ltd has decided to raise $60 million by way of foreign "
            "currency convertible bonds (FCCBs).",
            {"principal": "60000000.00 USD"},
        ),
        (
            "Kellton Tech Solutions has announced the issuance of Foreign "
            "Currency Convertible Bonds (FCCBs) worth USD 10 million.",
            {"principal": "10000000.00 USD"},
        ),
        # a tranche's amount is no issue's face
        (
            "OEL Holdings said it plans to issue up to S$40 million in "
            "redeemable zero-coupon convertible bonds. The bonds will be issued "
            "in 20 separate successive tranches, each tranche having an "
            "aggregate principal amount of S$2 million.",
            {"principal": None},
        ),
        # the subscriber a text marks as such, not the issuer it marks
        (
            "SUMMIT ASCENT announces that on April 16, 2025, SA Investments (a "
            "wholly-owned subsidiary of the company) (as subscriber) entered "
            "into a subscription agreement with Suntrust (a non-wholly-owned "
            "subsidiary of LET) (as issuer), whereby Suntrust conditionally "
            "agrees to issue convertible bonds.",
            {"holder": '"SA Investments"'},
        ),
        # a rule a price was set by ("not less than 90% of the market
        # price") is no market formula
        (
            "The debentures will be convertible into 99,630,078 shares at a "
            "price of not less than 90% of the market price.",
            {"conversion-discount": None},
        ),
        # what is left after the costs is no cost
        (
            "TXO has issued \u00a3961,200 of 10% convertible loan notes. "
            "Following the issue of the Loan Notes, TXO has received a gross "
            "amount of \u00a3925,000 in cash (net amount after costs of "
            "\u00a3900,500).",
            {"issue-costs": None},
        ),
        # another deal's closing day; another debt the proceeds repay
        (
            "The convertible debt holders extended the completion date for the "
            "reverse merger to the closing date of April 15, 2011.",
            {"date": None},
        ),
        (
            "The company will issue 4% convertible bonds. HK$57 million will be "
            "used for the repayment of convertible bonds due June 6, 2019, "
            "which have not been repaid.",
            {"maturity": None},
        ),
        # holders: a person after "the company's" office; a fund the company
        # plans to issue bonds to; a bank it has approval to issue notes to;
        # the only subscriber admitted, which also underwrites
        (
            "Karrie International Holdings Limited announced the proposed "
            "issuance of HK$150,000,000 unlisted convertible bonds to Ho Cheuk "
            "Fai, the company's executive director, chairman and controlling "
            "shareholder.",
            {"holder": '"Ho Cheuk Fai"', "related-party": "TRUE"},
        ),
        (
            "OEL Holdings said it plans to issue up to S$40 million in "
            "redeemable zero-coupon convertible bonds to Pacific Alliance Asia "
            "Opportunity Fund.",
            {"holder": '"Pacific Alliance Asia Opportunity Fund"'},
        ),
        (
            "Phoenix Petroleum Philippines Inc. has secured shareholder "
            "approval to issue P500 million worth of corporate notes to BDO "
            "Unibank Inc.",
            {"holder": '"BDO Unibank Inc."'},
        ),
        (
            "The subscription rights of the Company's existing shareholders "
            "have been excluded. Only MP Beteiligungs-GmbH was admitted to "
            "subscribe for and underwrite the convertible bonds.",
            {"holder": '"MP Beteiligungs-GmbH"'},
        ),
        # a maturity "due for repayment at the nominal amount on" a day
        (
            "The convertible bonds bear interest at a rate of 6.52% p.a. They "
            "are due for repayment at the nominal amount on 5 September 2026 "
            "unless they have been converted or repaid before.",
            {"maturity": "2026-09-05"},
        ),
        # a conversion "subject to the approval of the TSX Venture Exchange":
        # a company listed in Canada, its dollar Canadian
        (
            "Subject to the approval of the TSX Venture Exchange, Invictus may "
            "convert the Convertible Debt into common shares of GTEC at a price "
            "of $1.50 per Common Share.",
            {"conversion-price": "1.50 CAD"},
        ),
        # a firm's name that starts with its capitals, before its role
        (
            "The Company has closed the first tranche of its secured convertible "
            "note facility (the \u201cFacility\u201d) with ATW Partners (the "
            "\u201cInvestor\u201d) pursuant to which it has issued convertible "
            "notes.",
            {"holder": '"ATW Partners"'},
        ),
        # money raised by the issue of a count of loan notes, or of CLNs
        (
            "The Company is pleased to announce that it has raised GBP1,800,000 "
            "(before expenses) by way of the issue of 1,800,000 convertible "
            "redeemable unsecured loan notes.",
            {"principal": "1800000.00 GBP"},
        ),
        (
            "To support the clinical trial, the company has raised \u00a3620,000 "
            "through the issuance of CLNs at a fixed conversion price of "
            "\u00a35.30 per share.",
            {"principal": "620000.00 GBP"},
        ),
        # a bond issued on a day "with a total value of"
        (
            "The 21st series CB was issued on September 28, 2020, with a total "
            "value of 5.01 billion KRW.",
            {"principal": "5010000000.00 KRW"},
        ),
        # loan stocks: their nominal value, their rate in their name
        (
            "Southern Steel Bhd has fixed the conversion price of its five-year "
            "5% redeemable convertible unsecured loan stocks (RCULS) at RM1.05 "
            "each. Southern Steel is undertaking a rights issue which entails an "
            "issuance of RM209.7 million nominal value of RCULS.",
            {"principal": "209700000.00 MYR", "rate": "0.05"},
        ),
        # a part of the notes is no rate; an accounting average's rate is not
        # the note's; nor a rate on what is unpaid at maturity
        (
            "Surna Inc. Converts Approximately 60% of Convertible Promissory "
            "Notes. The notes bear interest at 10% per annum.",
            {"rate": "0.1"},
        ),
        (
            "The notes bear interest at 6% per annum.\n"
            "Debt, weighted average interest rate | 55.00%",
            {"rate": "0.06"},
        ),
        (
            "Interest shall accrue on this Note between the Issue Date and the "
            "Maturity Date at the rate of 8% per annum, simple interest. Any "
            "amounts not paid on or before the Maturity Date shall remain due "
            "and payable in full and shall accrue interest at six percent (6%) "
            "per annum, simple interest, until paid.",
            {"rate": "0.08"},
        ),
        # holders: a Russian joint-stock company, its form first; one the
        # company plans to issue "convertibles" to; a cornerstone investor
        (
            "On July 3, 2015, we completed a $3 million Bridge Note financing "
            "with OJSC Pharmsynthez.",
            {"holder": '"OJSC Pharmsynthez"'},
        ),
        (
            "As part of the increase to the offering, the company plans to issue "
            "$16 million of the $25 million additional convertibles to "
            "Meadowstream Ltd., a wholly owned subsidiary of the company's "
            "largest shareholder.",
            {"holder": '"Meadowstream Ltd."'},
        ),
        (
            "Prairie Mining Limited has announced that it has finalised terms "
            "for the previously announced additional investment from its "
            "cornerstone investor CD Capital Natural Resources Fund III LP (CD "
            "Capital), by way of convertible loan notes.",
            {"holder": '"CD Capital Natural Resources Fund III LP"'},
        ),
        # thousands grouped by spaces before a clause's comma
        (
            "The Company issued a convertible note in the principal amount of "
            "EUR 870 000, in addition to the shares issued to the lender.",
            {"principal": "870000.00 EUR"},
        ),
        # each note's face "with an initial face value of"
        (
            "The aggregate principal amount of the Convertible Notes is "
            "$250,000,000 divided into 250,000,000 Convertible Notes each with "
            "an initial face value of $1.",
            {"principal": "250000000.00 USD"},
        ),
        # the Canadian press's "CA$"; a price "for each unit"
        (
            "The debentures are convertible into Delta 9 shares at CA$0.35 per share.",
            {"conversion-price": "0.35 CAD"},
        ),
        (
            "The bonds are issued in denominations of S$250,000 each. The "
            "initial conversion price for each unit is S$2.189.",
            {"conversion-price": "2.189 SGD"},
        ),
        # interest paid to investors semi-annually; in regular monthly
        # installments; on the last business day of each quarter (not when
        # paid in kind)
        (
            "The Notes, which were issued on September 18, 2013, will pay "
            "interest to investors semi-annually at a rate of 7% per annum.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "The Secured Note accrues interest at 5.0% per annum, payable in "
            "regular monthly installments of $3,125, due on or before the same "
            "day of each month.",
            {"interest-payment": '"monthly"'},
        ),
        (
            "Interest will be payable on December 31, 2007 and on the last "
            "business day of each calendar quarter thereafter and on the "
            "Maturity Date.",
            {"interest-payment": '"quarterly"'},
        ),
        (
            "Interest is payable in kind in arrears on the last business day of "
            "each calendar quarter of each year after the original issuance "
            "date.",
            {"interest-payment": None},
        ),
        # related parties: the holder of a stated part of the common shares;
        # a member of the registrant's board; one of the largest
        # institutional investors; a member of the board of a named company
        (
            "OER has entered into a convertible loan agreement with Oando Plc, "
            "the holder of 94.6 percent of the common shares of the company, "
            "for a loan of up to $1.2 billion.",
            {"related-party": "TRUE"},
        ),
        (
            "On March 3, 2014, the Company issued a convertible debenture to "
            "Gene Gorbachev, a member of the Registrant's Board of Directors.",
            {"related-party": "TRUE"},
        ),
        (
            "The Company sold a senior secured note to Platinum Long Term "
            "Growth, one of the Company's largest institutional investors.",
            {"related-party": "TRUE"},
        ),
        (
            "The holder, Richard Smith, has been since October 2007 a member of "
            "the Board of Directors of Vista International Technologies, Inc. "
            "and loaned the Company $100,000 under a convertible note.",
            {"related-party": "TRUE"},
        ),
        # a maturity in the issue's sentence is no issue date
        (
            "On May 18, 2016, the Company issued a convertible promissory note "
            "(\u201cConvertible Note\u201d) pursuant to which the Company received "
            "$50,000 from CaiE due on November 17, 2017.",
            {"date": "2016-05-18"},
        ),
        # a seat on another company's board is no relation to this one
        (
            "The holder, Richard Smith, is a member of the board of directors of "
            "another public company and loaned the Company $100,000 under a "
            "convertible note.",
            {"related-party": None},
        ),
        # a day "due for repayment" without the amount repaid: another loan's
        (
            "Kuat Oraziman, a director of the Company, has made available a "
            "loan of US $3 million to allow the repayment of a US $3 million "
            "convertible loan due to Arawak Energy. The loan is interest free "
            "and due for repayment on July 1, 2010.",
            {"maturity": None},
        ),
        # another issue's day: the sentence opens with "Another convertible"
        (
            "Invalda AB has issued convertible 25 million litas (\u20ac 7.24 "
            "million) par value bonds on December 1st, 2008. These bonds were "
            "acquired by RB finansai UAB. Another convertible 7.44 million litas "
            "(\u20ac 2.15 million) par value bond issue was issued on January "
            "30th, 2010 which was sold to DIM Investment UAB.",
            {"date": "2008-12-01"},
        ),
        # loans turned into shares are not the convertible's principal
        (
            "Says to capitalise its loans amounting to 58.6 million euros "
            "($64.46 million) by issuing new shares of 0.30 euros per share. "
            "Says to issue convertible to shares 10-year bond loan with interest "
            "rate of 1 percent.",
            {"principal": None, "rate": "0.01"},
        ),
        # the rate of notes renewed later is not the notes' rate
        (
            "Instead they have been provided with an option to renew the "
            "capital notes at a lower interest rate for five more years. The new "
            "interest rate for investors who renew the notes will be 6% a year. "
            "The rate for the renewed notes had been set at 6% to remain "
            "competitive.",
            {"rate": None},
        ),
        # each note's face after the notes' count is no principal
        (
            "INMNZS agreed to issue 250 million 10 year NZ$1.00 convertible "
            "notes ('Notes') to Equity Partners Media & Communications Limited.",
            {"principal": None},
        ),
        # an amount in another currency is no holder
        (
            "On May 13, 2022, the Company issued convertible notes due in 12 "
            "months following the issuance (the \u201cNote\u201d) with aggregate "
            "principal of US$10,000 "
            "(equivalent to RMB67,871) to one investor, which is a related party.",
            {"holder": None, "date": "2022-05-13"},
        ),
        # (a name that begins with capitals and a digit is still a name)
        (
            "The company has entered into a convertible promissory note with its "
            "sponsor, CO2 Energy Transition, LLC, according to an 8-K filing.",
            {"holder": '"CO2 Energy Transition, LLC"'},
        ),
        # a conversion's day is no issue date
        (
            "The five-year senior convertible notes were issued in February 2008 "
            "with an original total principal amount of $35 million. On March 1, "
            "2011, upon the conversion of $6.4 million of the principal amount of "
            "the convertible notes, 907,708 common shares were issued at a "
            "conversion price of $7.0822 per share.",
            {"date": None},
        ),
        # the global coordinator a subscription agreement is with is no holder
        (
            "The Company has entered into the Subscription Agreement with DBS "
            "Bank Ltd., the sole global coordinator, and DBS Bank Ltd. and UBS, "
            "the Joint Lead Managers, for Convertible Bonds in an aggregate "
            "principal amount of RMB1.0 billion.",
            {"holder": None},
        ),
        # a minimum conversion price that "was set at" a price is no price
        (
            "The three-year convertible bond matures on Sept. 25, 2017. The "
            "minimum conversion price was set at 11.9 euros per share and the "
            "maximum price at 14.5775 euros.",
            {"conversion-price": None, "maturity": "2017-09-25"},
        ),
        # the notes' own issue price is no conversion price
        (
            "The issue comprises 16M unsecured convertible notes issued at 60c "
            "each. They can be converted into ordinary shares at the ratio of "
            "one for one at any interest payment date.",
            {"conversion-price": None},
        ),
        # a cash rate or a higher one paid in kind: no one rate
        (
            "On 7 October 2014, NWR NV issued EUR 150,000,000 4.00 per cent./8.00 "
            "per cent. PIK Mandatory Convertible Notes due 2020.",
            {"rate": None},
        ),
        # the outstanding bonds a concurrent repurchase buys back: neither their
        # amount nor their rate (nor "euros 3.375" an amount)
        (
            "Said on Thursday that it priced its convertible bonds due 2021. "
            "Bonds nominal value is 100,000 euros each for total nominal value of "
            "200 million euros and coupon of 0.875 percent per year. Announced "
            "results of the concurrent repurchase of its outstanding 225,000,000 "
            "euros 3.375 percent convertible bonds due 2018.",
            {"principal": "200000000.00 EUR", "rate": "0.00875"},
        ),
        # "a principal loan amount of"
        (
            "On March 1, 2018, the Company entered into a convertible loan "
            "agreement with GTRIMG Ltd. (the \u201cLender\u201d), in a principal "
            "loan amount of US $1,000,000 which was provided at the closing of "
            "the CLA.",
            {"principal": "1000000.00 USD"},
        ),
        # a class letter after the words: "Common Shares A"
        (
            "On 12 January 2022, the Group issued convertible note for an amount "
            "of $20 million to a PIPE investor as pre-funded subscription. The "
            "convertible note shall be exchanged for a number of new Swvl\u2019s "
            "Common Shares A at an exchange price of $9.10 per share.",
            {"share-class": '"Class A Common"'},
        ),
        # the agent whose office is the holder's address ("c/o")
        (
            "FOR VALUE RECEIVED, B.O.S. BETTER ON-LINE SOLUTIONS LTD. (the "
            "\u201cBorrower\u201d), hereby promises to pay to LAURUS MASTER FUND, "
            "LTD. a Cayman Islands company c/o Ironshore Corporate Services Ltd., "
            "P.O. Box 1234 G.T., Queensgate House, South Church Street, Grand "
            "Cayman, Cayman Islands, Fax: 000-000-0000 (the \u201cHolder\u201d) or "
            "its registered assigns, the sum of One Million and Five Hundred "
            "Thousand United States Dollars ($1,500,000).",
            {"holder": '"LAURUS MASTER FUND, LTD."', "principal": "1500000.00 USD"},
        ),
        # the notes an issue refinances: neither their maturity nor an issue date
        (
            "Other Noteworthy Matters | - The Notes are being issued to refinance "
            "exchangeable notes issued in May 2004 that are due to mature on May "
            "27, 2009.",
            {"date": None, "maturity": None},
        ),
        # an offering memorandum's day is no issue date
        (
            "Neoma Africa Fund intends to convert its $10million unsecured "
            "convertible loan stock into ordinary shares as contemplated under "
            "the loan stock agreement and the placement memorandum issued by the "
            "Company on December 29, 2009.",
            {"date": None},
        ),
        # a floating rate's floor is no rate
        (
            "The debentures bear regular interest at an annual rate equal to "
            "3-month LIBOR, reset quarterly, minus 0.25%; provided that such rate "
            "will never be less than 0% per annum.",
            {"rate": None},
        ),
        # a coupon range marketed is no rate
        (
            "The Bonds will be marketed with a coupon of 2.125 - 2.625% per annum "
            "payable semi-annually in arrears.",
            {"rate": None},
        ),
        # rates stepping up year by year: no one rate
        (
            "Coupon: 0.8% initially, stepping up to 1% in year two, to 1.2% in "
            "year three and to 2.6% in year six",
            {"rate": None},
        ),
        # global depositary receipts, each representing an ordinary share
        (
            "Severstal is pleased to announce the closing of USD 475 million "
            "principal amount of senior unsecured convertible bonds due 24 "
            'September 2017 (the "Bonds") which are convertible into Global '
            'Depositary Receipts ("GDRs") listed on the London Stock Exchange, '
            "each representing one ordinary share of Severstal.",
            {"share-class": '"GDRs"'},
        ),
        # the terms' class ("the option to convert the bonds into") before the
        # class of a conversion that happened
        (
            "As of 30 June 2022, USD 13 million worth of bonds have been "
            "converted into ordinary shares of the Company. The bondholders had "
            "the option to convert the bonds into equity shares of the Company at "
            "any time following the issue date.",
            {"share-class": '"Equity"'},
        ),
        # "Rs." in a Sri Lankan text is the Sri Lankan rupee (an Indian one's
        # stays the Indian rupee)
        (
            "Shares arising from conversion will be listed in the Colombo Stock "
            "Exchange. Conversion price is Rs. 4.50 per share.",
            {"conversion-price": "4.50 LKR"},
        ),
        (
            "The bonds are convertible into equity shares listed on the BSE at a "
            "conversion price of Rs. 120 per share.",
            {"conversion-price": "120 INR"},
        ),
        # other debt's instalments after "while"
        (
            "The company would also enjoy a better cash flow as bond interest "
            "would be paid once in every six months while bank loans are paid "
            "back in monthly installments.",
            {"interest-payment": None},
        ),
        # a credit facility's maturity
        (
            "Proceeds from this transaction will be used primarily to repay a "
            "portion of Jovian's existing $15 million credit facility with Edco "
            'Capital Corporation ("Edco"), a corporation controlled by Jovian '
            "insider N. Murray Edwards, which comes due on April 1, 2011.",
            {"maturity": None},
        ),
        # a dividend's payment day
        (
            "On July 24, 2011, the Company's Board of Directors declared a "
            "quarterly cash dividend of $0.17 per share payable on August 25, "
            "2011 to Class A and Class B common stockholders of record as of "
            "August 11, 2011.",
            {"maturity": None},
        ),
        # a fee per share is no issue cost
        (
            "We are offering $50,000,000 aggregate principal amount of 5.25% "
            "Convertible Senior Notes due 2021. Underwriting discounts and "
            "commissions | $0.0603 | $3,000,000",
            {"issue-costs": None},
        ),
        # each debenture's face after their count is no principal
        (
            "The board of directors of the company allotted 42,69,984 "
            "compulsorily convertible debentures with face value of Rs 1,000 to "
            "DVI Fund (Mauritius) Ltd.",
            {"principal": None},
        ),
        # neither the bonds converted nor the remainder redeemed is the issue
        (
            "Within the change of control window, the holders of Convertible "
            "Bonds converted Convertible Bonds with a nominal value of EUR "
            "197,800,000 into 7,616,849 bearer shares of the Company. The Issuer "
            "hereby announces to redeem the remaining outstanding Convertible "
            "Bonds against cash in the principal amount of EUR 2,200,000 at par.",
            {"principal": None},
        ),
        # a bond's nominal value is no share's par value
        (
            "Conversion right One Convertible Bond 2018 (nominal value EUR 4.12) "
            "entitles to convert into 1.2410 IMMOFINANZ shares.",
            {"par-value": None},
        ),
        # a period's charges for interest and fees are no issue costs
        (
            "The Company issued a $500,000 convertible promissory note. The "
            "Company\u2019s charges for interest, fees and accretion totalling "
            "$162,927 for the six months ended June 30, 2011 includes an expense "
            "of $85,608 in respect of accretion of this debt discount.",
            {"issue-costs": None},
        ),
        # a maturity "which mature on" a day is no issue date
        (
            "On February 19, 2013, the Company issued $5,305,540 of convertible "
            "debentures (of which $4,140,000 were to related parties) which "
            "mature on February 19, 2014 (the \u201cMaturity Date\u201d) and bear "
            "interest at 15% per annum.",
            {"date": "2013-02-19", "maturity": "2014-02-19"},
        ),
        # "closed the issue of its FCCBs ... on" a day; a term of two units
        # ("5 years and 1 day") left to a person
        (
            "The company has successfully closed the issue of its FCCBs "
            "aggregating $50 million on June 30, 2011 with Credit Suisse "
            "(Singapore) as the sole book runner to the issue. The FCCBs carry a "
            "coupon rate of 3.5% having a maturity of 5 years and 1 day.",
            {"date": "2011-06-30", "maturity": None},
        ),
        # a note payable "issued" a day, without "on"
        (
            "12% convertible note payable issued October 25, 2012, principal and "
            "interest due January 1, 2014.",
            {"date": "2012-10-25"},
        ),
        # (not options' last day after the notes "issued to" investors)
        (
            "Each investor will also receive 200 options for each note issued to "
            "them, exercisable at AUD 0.2 per share on or before June 30, 2021. "
            "The notes will mature on March 31, 2021.",
            {"date": None, "maturity": "2021-03-31"},
        ),
        # "from the date of issue, this being" a day: the issue date, and the
        # maturity the term gives
        (
            "The term of the Convertible Loan Notes is 18 months from the date of "
            "issue, this being 23 October 2013.",
            {"date": "2013-10-23", "maturity": "2015-04-23"},
        ),
        # a coupon beside the investors' "yield-to-maturity", hyphenated
        (
            "SMIC will pay a coupon rate of 1.625 percent on the bonds while "
            "investors' yield-to-maturity or expected gain for the lifetime of the "
            "bond is 2.875 percent per annum.",
            {"rate": "0.01625"},
        ),
        # a coupon that steps down after two years: no one rate
        (
            "The notes bear interest at the rate of 11% per annum for the first two "
            "years and then at the rate of 8% per annum thereafter.",
            {"rate": None},
        ),
        # the interest "payable on" or "to be paid on" the note "is" a rate
        (
            "A further $5 million will be raised by way of a capital convertible note "
            "to Cullen Investments. Interest payable on the unsecured note is 11.75% "
            "to be capitalised and paid out at maturity.",
            {
                "rate": "0.1175",
                "principal": "5000000.00 USD",
                "interest-payment": '"maturity"',
            },
        ),
        (
            "The annual fixed interest to be paid on the principal of the convertible "
            "capital notes is 5.75 per cent and the maturity is five years.",
            {"rate": "0.0575"},
        ),
        # dollar bonds of a Vietnamese issuer listed in Singapore; each bond's
        # denomination; the class after the company's name
        (
            "Novaland Investment Group JSC (NVL) has issued to foreign investors $300 "
            "million in international convertible bonds, to be listed on Singapore "
            "Stock Exchange (SGX). Subject to terms, these bonds are convertible into "
            "common Novaland shares. The conversion price is VND135,700 per share. "
            "The denomination of each bond is $200,000 in principal amount.",
            {"principal": "300000000.00 USD", "share-class": '"Common"'},
        ),
        # bonds the proceeds retire are not the note
        (
            "The company will issue P1.2 billion worth of convertible bonds, which "
            "can be converted into common stocks. FLI said the proceeds of the "
            "convertible bonds were used to partly pay and retire $100 million in "
            "company-guaranteed convertible bonds issued in 1996.",
            {"principal": None, "share-class": '"Common"'},
        ),
        # a comma before a fund's number
        (
            "FOR VALUE RECEIVED, Union Dental Holdings, Inc., a Florida corporation "
            '(the "Company"), hereby promises to pay DUTCHESS PRIVATE EQUITIES FUND, '
            'II, LP ("Holder") by August 17, 2010 (the "Maturity Date"), the principal '
            "amount of Six Hundred Thousand Dollars ($600,000) U.S.",
            {"holder": '"DUTCHESS PRIVATE EQUITIES FUND, II, LP"'},
        ),
        # a face's date under its amount's line; the purchase agreement's date
        # further from "dated as of"
        (
            "CONVERTIBLE SUBORDINATED DEBENTURE\n$215,000.000 MARINA DEL REY, "
            "CALIFORNIA\nFEBRUARY 2, 2000\nCinemaNow, Inc., a California corporation "
            '(the "Company"), for value received hereby promises to pay to the order '
            "of Trimark Pictures, Inc., a California corporation, the sum of Two "
            "Hundred Fifteen Thousand Dollars ($215,000) on June 30, 2001. This "
            "Debenture is issued in connection with the Securities Purchase Agreement "
            "between the Company, the Holder and others dated as of January 6, 2000.",
            {"date": "2000-02-02"},
        ),
        # interest paid within days of each quarter's end
        (
            "The Company promises to pay the principal amount of $150,000, together "
            "with any accrued and unpaid interest on the Principal Amount under this "
            'convertible promissory note (this "Note") at the per annum rate of 10% '
            "(calculated on the basis of a 365 day year), compounded daily and payable "
            "within five (5) days of the end of each calendar quarter.",
            {"interest-payment": '"quarterly"'},
        ),
        # the notes the new one repays; a holder by the short name given it
        (
            "Clever Leaves today announces the closing of a $25.0 million financing "
            "from Catalina LP (\u201cSunStream\u201d), an affiliate of SunStream "
            "Bancorp Inc., and the repayment of the outstanding principal amount of "
            "the secured convertible notes due March 30, 2022. Clever Leaves issued a "
            "secured convertible note (the \u201cConvertible Note\u201d) to SunStream "
            "with an interest rate of 5.0% per annum and a three-year maturity.",
            {"holder": '"Catalina LP"', "maturity": None},
        ),
        # funds under one role
        (
            'On April 12, 2022, ChargePoint Holdings, Inc. (the "Company") completed '
            "its previously announced sale to funds managed or advised by Antara "
            'Capital LP (collectively, the "Purchaser") of $300.0 million aggregate '
            "principal amount of the Company's Convertible Senior Notes due 2027.",
            {"holder": None},
        ),
        # a Vietnamese board's plan: its total value, a share's par in dong
        (
            "- Bond type: convertible bond, convertible bond into shares\n"
            "- Par value: USD100,000/bond\n- Total value: USD300,000,000\n"
            "- Stock type: common share\n- Par value: VND10,000/share",
            {"principal": "300000000.00 USD", "par-value": "10000 VND"},
        ),
        (
            "- Bond type: convertible unsecured bond, no warrants\n"
            "- Total offering value: VND900 billion\n- Interest rate: 5%/year",
            {"principal": "900000000000.00 VND"},
        ),
        # a price with no space after "approximately"
        (
            "The initial conversion rate is 6.0118 ADSs per $1,000 principal amount "
            "of notes, which represents an initial conversion price of "
            "approximately$166.34/ADS.",
            {"conversion-price": "166.34 USD"},
        ),
        # raised "by way of" a convertible loan
        (
            "ILX Group plc announces it has entered into an agreement with Praxis "
            'Trustees Limited ("Praxis Trustees") to raise GBP400,000 by way of a five '
            "year convertible loan.",
            {"principal": "400000.00 GBP"},
        ),
        # interest due "on the notes maturity date"
        (
            "The Convertible Notes were issued at par and bear interest at a rate of "
            "8% per annum, compounded annually. Interest is due on the notes maturity "
            "date and payable in cash.",
            {"interest-payment": '"maturity"'},
        ),
        # a term list's "due date for redemption"
        (
            'The terms for their US$ 80 million bonds due 2012 ("Bonds") have been '
            "fixed as follows:\n- the Bonds will be zero coupon per cent,\n- due date "
            "for redemption is July 26, 2012;",
            {"maturity": "2012-07-26"},
        ),
        # the part the underwriters' option added
        (
            "On August 21, 2020, Cinemark Holdings, Inc. completed the offering of "
            "$460 million aggregate principal amount of its 4.50% Convertible Senior "
            "Notes due 2025, of which an aggregate principal amount of $60 million of "
            "Notes was issued pursuant to the exercise by the initial purchasers of "
            "the Notes of their option to purchase additional Notes.",
            {"principal": "460000000.00 USD"},
        ),
        # the original note exchanged for the new one
        (
            "On July 30, 2009, Image Entertainment, Inc. entered into a Second "
            "Amendment and Exchange Agreement with the holder of Image's 7.875% "
            "senior convertible note due 2011 (the \u201cOriginal Note\u201d) in the "
            "principal amount of $13 million, pursuant to which Image exchanged the "
            "Original Note solely for an 8.875% amended restated senior convertible "
            "note in the principal amount of $15,700,792.60.",
            {"principal": "15700792.60 USD", "rate": "0.08875"},
        ),
        # a space after the bracket of a rate in words
        (
            "The Company agreed to issue and sell to the Investors $3.5 million of "
            "eleven percent ( 11%) secured convertible notes.",
            {"rate": "0.11"},
        ),
        # a plain bond in an issuer's list of its bonds is not the convertible
        (
            "The first ever bond issued by Implenia, worth CHF 200 million and with "
            "a coupon of 3.125%, fell due on 12 May 2016. On 21 March 2016 a CHF 125 "
            "million bond with annual interest rate of 1.000% and a term of ten "
            "years was issued to partially refinance the first bond. CHF 175 million "
            "paid up on 30 June 2015, subordinated convertible bond, coupon "
            "(cash-effective) 0.500%, term 2015-2022. The conversion price is CHF "
            "75.06 and the bond is convertible into 2.33 million registered shares "
            "of Implenia Ltd.",
            {
                "principal": "175000000.00 CHF",
                "maturity": None,
                "share-class": '"Registered"',
            },
        ),
        # a bond's "volume"; ordinary bearer shares
        (
            "ENCAVIS AG has successfully placed perpetual subordinated bonds with a "
            "volume of EUR 250 million with the right to convert into ordinary "
            "bearer shares in the Company.",
            {"principal": "250000000.00 EUR", "share-class": '"Ordinary Bearer"'},
        ),
        # a company listed in New Zealand only; a holder that "has agreed to
        # subscribe to" the note
        (
            "WasteCo Group Limited (NZX: WCO) has entered into a $9m conditional "
            "agreement to acquire Civic Waste Limited, contributing approximately NZD "
            "$20 million in revenue. Empire Waste Technology Limited, an investment "
            "vehicle of Simon and Paula Herbert, has agreed to subscribe to a $15 "
            "million convertible note issued by WasteCo. The Notes provide Empire "
            "with the option to convert the Notes into equity at $0.02 per share.",
            {
                "principal": "15000000.00 NZD",
                "conversion-price": "0.02 NZD",
                "holder": '"Empire Waste Technology Limited"',
            },
        ),
        # each unit's debenture is not the issue
        (
            "Estrella International Energy Services Ltd. said it completed a "
            "private placement of subscription receipts. The deal raised C$15 "
            "million through agent Canaccord Genuity Corp. Each subscription receipt "
            "converts into a unit of a C$100,000 12% convertible subordinated "
            "unsecured debenture due Dec. 31, 2015 and one warrant for 12,500 "
            "common shares.",
            {"principal": None},
        ),
        # interest paid on two days a year, and "pay 2.0% interest
        # semi-annually"
        (
            "We are offering $110,000,000 aggregate principal amount of our 5.00% "
            "Convertible Senior Notes. We will pay interest on the notes on February "
            "15 and August 15 of each year, beginning on February 15, 2011.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "The Notes pay 2.0% interest semi-annually in arrears on May 1 and "
            "November 1 of each year.",
            {"interest-payment": '"semiannually"'},
        ),
        # a term sheet's rows, "|" between label and value
        (
            "Securities Offered | 6.50% Convertible Senior Notes due 2013.\n"
            "Aggregate Principal Amount Offered | $150,000,000\n"
            "Maturity Date | August 15, 2013.\n"
            "Interest Payment Dates | Each February 15 and August 15, beginning on "
            "February 15, 2009.",
            {
                "principal": "150000000.00 USD",
                "maturity": "2013-08-15",
                "interest-payment": '"semiannually"',
            },
        ),
        # a conversion price's label with two brackets
        (
            "Securities: 1.00% Senior Convertible Debentures due 2027\n"
            "Conversion price (approximately) (subject to adjustment): $28.20 per "
            "share",
            {"conversion-price": "28.20 USD"},
        ),
        # the debentures a new issue redeems, and notes refinanced before
        # their maturity
        (
            "AHIP announced today the completion of its offering of US$50 million "
            "aggregate principal amount of 6.00% convertible unsecured subordinated "
            "debentures due on December 31, 2026. AHIP intends to use the net "
            "proceeds to fund the intended redemption of all of the Company's "
            "outstanding convertible unsecured subordinated debentures due on June "
            "30, 2022.",
            {"maturity": "2026-12-31"},
        ),
        (
            "Further to the success of the offering of its OCEANE due November 1, "
            '2015 of approximately €80 million (the "Bonds"), the Company has set '
            "the final terms. The purpose of the offering is to extend the maturity "
            "of the Company's debt, by refinancing some of its OCEANE 2010 before "
            "their maturity date of November 1, 2010.",
            {"maturity": "2015-11-01"},
        ),
        # a news report's "said late Monday" is no late payment
        (
            "The Toronto company said late Monday it will issue 6.5 per cent "
            "convertible unsecured subordinated debentures due June 30, 2012.",
            {"rate": "0.065"},
        ),
        # the issue proceeds stated beside the issue price's percentage
        (
            "The aggregate principal amount will be €195.6 million. The Bonds will "
            "mature in 5 years and will be issued at 92.8% of the principal amount. "
            "The issue proceeds will amount to €181.5 million.",
            {"purchase-price": "181500000.00 EUR"},
        ),
        # each note's face "of $1,000 principal value"
        (
            "Gannett Co. is issuing $1 billion of 30 year senior convertible notes. "
            "Initially, each note, of $1,000 principal value, will be convertible "
            "into 10.853 shares of Gannett common stock at a conversion price of "
            "$92.14 per share.",
            {"principal": "1000000000.00 USD"},
        ),
        # a clean-up call's remaining balance; the original issue size
        (
            "LG Display Co., Ltd. issued a clean-up call for the remaining "
            "outstanding $20.8 million of its 1.5% convertible bonds due 2024. The "
            "original issue size was $687.8 million.",
            {"principal": "687800000.00 USD"},
        ),
        # a fund's number written "No.4"
        (
            "The US dollar-nominated bonds are non-secured and will be issued to "
            "Rhinos Vietnam Convertible Bond Private Investment Fund No.4 under "
            "South Korea-based Rhinos Asset Management Co. Ltd in a private "
            "placement.",
            {
                "holder": (
                    '"Rhinos Vietnam Convertible Bond Private Investment Fund No.4"'
                )
            },
        ),
        # interest "in every six months"
        (
            "The minimum value is $100,000 per bond with a coupon rate of 1 per cent "
            "per year for a five-year maturity and interest payment in every six "
            "months.",
            {"interest-payment": '"semiannually"'},
        ),
        # interest quarterly in arrears or at an earlier conversion or maturity
        (
            "FOR VALUE RECEIVED, INTERIORS, INC. hereby promises to pay to BALMORE "
            'FUNDS S.A. (the "Holder") the sum of $375,000.00, with simple interest '
            'accruing at the annual rate of 6%, on March 19, 2000 (the "Maturity '
            'Date"). 1.3 Interest Rate. At the earliest of each Conversion Date (as '
            "hereinafter defined), quarterly in arrears, commencing July 1, 1998, or "
            "the Maturity Date, accelerated or otherwise, the Borrower shall pay "
            "interest to the Holder at the annual rate of 6% per annum.",
            {"interest-payment": '"quarterly"'},
        ),
        # a note redeemed and two others "due for repayment" and "due": no one
        # maturity
        (
            "Arcona Property Fund N.V. has redeemed its Tranche II 2015 convertible "
            "bond, due for repayment on 20 February 2018, in full. One bond, in the "
            "sum of EUR 1.07 million, falls due for repayment on 1 December 2019, "
            "and the second, in the sum of EUR 3.5 million, falls due on 31 October "
            "2021.",
            {"maturity": None},
        ),
        # the holder in apposition
        (
            'China Unicom Limited announced that SK Telecom Company Limited ("SKT"), '
            "the holder of the Convertible Bonds, served the Conversion Notice on "
            "the Company on 20 August 2007.",
            {"holder": '"SK Telecom Company Limited"'},
        ),
        # debentures a company intends to redeem; holders of the outstanding
        # bonds
        (
            "Reebok International Ltd. sold $300 million of 20-year convertible "
            "senior notes at par to yield 2.0%. Reebok intends to redeem its $250 "
            "million of 4.25% convertible debentures due 2021.",
            {"principal": "300000000.00 USD", "rate": "0.02"},
        ),
        (
            "NV Bekaert SA priced €380 million of five-year convertible bonds with a "
            "0% coupon. Concurrently, eligible holders of the outstanding €300 "
            "million 0.75% convertible bonds due 2018 accepted the company's offer "
            "to repurchase the bonds.",
            {"rate": "0"},
        ),
        # a bank named as trustee is no holder
        (
            "In connection with closing of the sale of the Notes, on April 9, 2021, "
            'the Company entered into an indenture (the "Indenture") with '
            "Wilmington Trust, National Association, as trustee (the "
            '"Trustee"), pursuant to which the Company issued $86.25 million '
            "aggregate principal amount of Notes.",
            {"holder": None},
        ),
        # debentures previously sold beside the new ones
        (
            "Zenith Electronics Corporation has agreed to sell to an institutional "
            "investor $12 million principal amount of 8.5% Senior Subordinated "
            "Convertible Debentures due January 18, 2001. The $12 million principal "
            "amount of Debentures sold is in addition to $55 million principal "
            "amount of similar convertible debentures previously sold by the "
            "Company.",
            {"principal": "12000000.00 USD"},
        ),
        # raised "through placement of" debentures
        (
            "Network18 Media raised Rs 300 crore last June through placement of "
            "secured optionally fully convertible debentures to five promoter "
            "group entities.",
            {"principal": "3000000000.00 INR"},
        ),
        # interest payable on two days, further from "interest"; a price "for
        # each $1,000 ... is initially"
        (
            "We will pay cash interest at an annual rate of 3.00% of the principal "
            "amount of the notes, from the issue date through maturity, payable on "
            "May 15 and November 15 of each year. The conversion price for each "
            "$1,000 aggregate principal amount of notes is initially $20.43 per "
            "share of our class A common stock.",
            {"interest-payment": '"semiannually"', "conversion-price": "20.43 USD"},
        ),
        # contingent interest is no coupon
        (
            "The Debentures will pay interest at a rate of 5.0% per annum plus, "
            "under certain circumstances beginning in 2013, contingent interest of "
            "0.50% per annum based on the average trading price of the Debentures.",
            {"rate": "0.05"},
        ),
        # a Hong Kong connected transaction; "Completion took place on" a day
        (
            "CONNECTED TRANSACTION IN RELATION TO SUBSCRIPTION OF CONVERTIBLE BONDS "
            "UNDER SPECIFIC MANDATE - PHASE 1 COMPLETION\n\nThe Board is pleased to "
            "announce that Phase 1 Completion took place on 17 December 2019, "
            "pursuant to which the Convertible Bonds in the principal amount of "
            "HK$200,000,000 have been allotted and issued by the Company to the "
            "Subscriber.",
            {"date": "2019-12-17", "related-party": "TRUE"},
        ),
        # each bond's face "issued at par with a face value of"
        (
            "Taiwan Cement Corp. priced a $420 million offering of its first "
            "unsecured foreign currency convertible bonds. The zero-coupon bonds due "
            "Oct. 24, 2028 will be issued at par with a face value of $200,000.",
            {"principal": "420000000.00 USD"},
        ),
        # the total after a greenshoe, "bringing" or "lifting" it
        (
            "The initial purchasers of FirstEnergy Corp.'s 4% convertible senior "
            "notes due May 1, 2026 exercised their $200 million over-allotment "
            "option in full, bringing the total issue size to $1.5 billion. "
            "FirstEnergy priced an upsized $1.3 billion of three-year convertible "
            "notes.",
            {"principal": "1500000000.00 USD"},
        ),
        (
            "Underwriters for Limelight Networks Inc.'s five-year convertible notes "
            "fully exercised their $15 million greenshoe, lifting the total deal "
            "size to $125 million. The company priced an upsized $110 million of "
            "the convertibles with a coupon of 3.5%.",
            {"principal": "125000000.00 USD"},
        ),
        # the debenture a new one settles: its date and due date
        (
            "DOT VN, INC. hereby promises to pay to the order of VISION OPPORTUNITY "
            "MASTER FUND the principle sum of $570,999.85. The Debenture is issued "
            "in settlement of the $500,000.00 Convertible Debenture, No. D-001, "
            "between Company and Holder dated January 31, 2007 and due January 31, "
            "2009.",
            {"date": None, "maturity": None},
        ),
        # an option exercised "in connection with the exercise by the initial
        # purchasers of their over-allotment option": the base is no whole
        # issue
        (
            "James River Coal Company announced today the closing of its "
            "previously disclosed offering of $150 million principal amount of "
            "4.50% convertible senior notes due 2015, and an additional $22.50 "
            "million principal amount of Notes in connection with the exercise by "
            "the initial purchasers of their over-allotment option.",
            {"principal": None},
        ),
        # notes exchanged away, and a call's "coupon make-whole"
        (
            "Headwaters Incorporated Announces The Exchange Of $49.8 Million Of "
            "2014 Convertible Notes For 8.75% Convertible Senior Subordinated Notes "
            "Maturing February 2016\n\nHEADWATERS INCORPORATED (NYSE: HW), a building "
            "products company, today announced completion of a privately "
            "negotiated exchange of its 2.50% Convertible Senior Subordinated Notes "
            "due 2014 with a face value of $49.8 million.",
            {"rate": "0.0875"},
        ),
        (
            "the 5.75% Junior Subordinated Convertible Debentures due 2029 offered "
            "in exchange for up to $122,549,019 aggregate principal amount of its "
            "outstanding 4.875% Senior Notes due 2009.",
            {"rate": "0.0575"},
        ),
        (
            "Terremark Worldwide Inc. has sold $75 million of five-year convertible "
            "senior notes with a 9.0% coupon. Call:Non-callable for 3 years, then "
            "with 200% trigger and 50% coupon make-whole",
            {"rate": "0.09"},
        ),
        # the press's "convertibles"
        (
            "Triumph Group, Inc. completed a previously announced $201.25 million "
            "offering of 2.625% convertibles.",
            {"rate": "0.02625"},
        ),
        # loan notes with "no interest attached"
        (
            "The convertible loan notes are convertible at 5p each and have no "
            "interest attached.",
            {"rate": "0"},
        ),
        # interest payable "at the rate of 2.0% per annum on" two days; a
        # coupon "paid twice a year"
        (
            "Interest on the debentures will be payable at the rate of 2.0% per "
            "annum on June 15 and December 15 of each year.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "The company said the notes will have a fixed coupon rate of 2.75%, "
            "paid twice a year for a 5-year period.",
            {"interest-payment": '"semiannually"'},
        ),
        # a private placement of notes named at length; notes a company
        # repurchases "for ... in cash"
        (
            "Southern Company said Monday it has priced a private placement of $1.3 "
            "billion of its series 2024A 4.5% convertible senior notes due June 15, "
            "2027. Initial purchasers have been granted a 13-day option to buy up to "
            "an additional $200 million of the notes.",
            {"principal": "1300000000.00 USD"},
        ),
        (
            "DigitalOcean today announced the closing of its offering of $625 "
            "million aggregate principal amount of 0.00% convertible senior notes "
            "due 2030. DigitalOcean expects to use the net proceeds to repurchase "
            "for approximately $1,131.3 million in cash approximately $1,187.7 "
            "million aggregate principal amount of its 0.00% convertible senior "
            "notes due 2026.",
            {"principal": "625000000.00 USD"},
        ),
        # an exchange offer for old "convertibles"; another convertible the
        # issuer "already has"
        (
            "Tri-S revises again extends exchange offer for 10% convertibles\n\n"
            "Instead, it amended the new convertible promissory notes on offer, "
            "raising the coupon to 14% from 10%.",
            {"rate": "0.14"},
        ),
        (
            "WPP Group plc priced £450 million of convertible bonds. WPP already has "
            "a convertible outstanding, the $270 million of 3% convertibles due 2005 "
            "it assumed when it acquired Young & Rubicam.\nCoupon:2%",
            {"rate": "0.02"},
        ),
        # the press's "offering of" convertibles; notes "priced ... at" an
        # amount
        (
            "Triumph Group, Inc. completed a previously announced $201.25 million "
            "offering of 2.625% convertibles, according to an 8-K filing.",
            {"principal": "201250000.00 USD"},
        ),
        (
            "Taiwan Cement Corp. priced a $420 million offering of its first "
            "unsecured foreign currency convertible bonds, according to a notice.",
            {"principal": "420000000.00 USD"},
        ),
        (
            "According to a statement to the ASX, the energy company has priced its "
            "senior unsecured convertible notes at $200 million.",
            {"principal": "200000000.00 AUD"},
        ),
        # (not two tranches: "five- and seven-year")
        (
            "STMicroelectronics priced a $1.5 billion offering of five- and "
            "seven-year senior convertible bonds on Thursday.",
            {"principal": None},
        ),
        # a fund's Luxembourg form after a comma; a note's effective day
        # under its title and maker
        (
            "SECURED CONVERTIBLE REDEEMABLE DEBENTURE\n"
            "NEW MEDIA LOTTERY SERVICES, INC.\n"
            "Effective July 20, 2009\n"
            "This Secured Convertible Redeemable Debenture (this “Debenture”) is "
            "issued by New Media Lottery Services, Inc., a Delaware corporation "
            "(the “Company”), to Trafalgar Capital Specialized Investment Fund, FIS "
            "(together with its permitted successors and assigns, the “Holder”) in "
            "the amount of Three-Hundred Thousand United States Dollars "
            "(US$300,000) as follows:",
            {
                "holder": '"Trafalgar Capital Specialized Investment Fund, FIS"',
                "date": "2009-07-20",
            },
        ),
        # the face's date beside its amount, the maker's name between it and
        # the title; interest "from time to time quarterly in arrears"
        (
            "EXHIBIT 4.9\n\n"
            "THE RIGHTS OF THE HOLDER HEREOF ARE SUBJECT TO THE TERMS OF THE "
            "SUBORDINATION AGREEMENT DATED AS OF APRIL 27, 2001.\n\n"
            "$2,000,000 April 27, 2001\n\n"
            "CANNONDALE CORPORATION\n\n"
            "8% CONVERTIBLE SUBORDINATED DEBENTURE DUE JUNE 28, 2005\n\n"
            "THIS CONVERTIBLE SUBORDINATED DEBENTURE is issued by Cannondale "
            'Corporation (the "Company")\n\n'
            "FOR VALUE RECEIVED, the Company promises to pay to Joseph S. "
            'Montgomery ("Holder") the principal sum of Two Million Dollars '
            "($2,000,000.00) and to pay interest on the principal sum outstanding "
            "from time to time quarterly in arrears at the rate of 8% per annum "
            "accruing from the date of initial issuance.",
            {"date": "2001-04-27", "interest-payment": '"quarterly"'},
        ),
        # bare cents in a text that names the US cent elsewhere; interest on
        # "March 31 and Sept 30 of each calendar year"
        (
            "The loan notes are convertible into 95.5 million new ordinary shares "
            "in Addvalue\u2019s capital or at the conversion price of 1.3 cents per "
            "share. Each share will also have 95.5 million free detachable "
            "warrants with each warrant carrying the right to subscribe for one new "
            "share at an exercise price of 1.3 cents per warrant share.\n\n"
            "The notes bear interest at the rate of 9.0% per annum on its "
            "outstanding principal amount from the issue date. The interest is "
            "payable in cash on March 31 and Sept 30 of each calendar year with "
            "the first payment occurring on March 31, 2024.\n\n"
            "According to Addvalue, the company expects to raise $1.1 million in "
            "net proceeds of the convertible loan notes.\n\n"
            "Had the loan notes been converted into shares as at April 1, 2022, "
            "Addvalue\u2019s net tangible assets (NTA) per share would have been a "
            "negative 0.04 US cents.",
            {"conversion-price": None, "interest-payment": '"semiannually"'},
        ),
        # a fund and its manager, two parties; a maturity date that "stands
        # at" a day
        (
            "CATALIST-listed Annica Holdings on Wednesday said it has entered into "
            "an agreement with Premier Equity Fund Sub Fund F and fund manager "
            "Value Capital Asset Management to extend the redemption date for its "
            "convertible bonds until March 31, 2019.\n\n"
            "The conversion period for the bonds will not be extended and shall "
            "remain as Dec 24, 2018 as the maturity date stands at Dec 30, 2018, "
            "Annica said.",
            {"holder": None, "maturity": "2018-12-30"},
        ),
        # a sub-fund's letter is part of its name
        (
            "The Company issued a convertible bond to Premier Equity Fund Sub Fund "
            "F on 1 March 2017.",
            {"holder": '"Premier Equity Fund Sub Fund F"'},
        ),
        # the first of participants each named with their amount
        (
            "The transaction will include participation from Hyundai Season I "
            "Mezzanine Private Security Investment Trust, a fund managed by Hyundai "
            "Asset Management Co., Ltd. for KRW 10,000,000,000, Pine Asia Asset "
            "Management Inc. for KRW 5,000,000,000, and Synergy Partners Co., Ltd. "
            "for KRW 8,000,000,000.",
            {"holder": None},
        ),
        # an officer quoted after "Speaking on the occasion" is no holder; the
        # day bonds "will be redeemed at 145.058 per cent at par on"
        (
            "Strides Arcolab Ltd has announced that the terms for their US $ 100 "
            "million bonds due 2012 have been fixed as follows:\n"
            "the Bonds will be redeemed at 145.058 per cent at par on June 27, "
            "2012.\n"
            "Speaking on the occasion, Arun Kumar, Vice Chairman and Managing "
            'Director, stated "We are delighted that this issue has generated '
            "strong demand and was over subscribed, reflecting a high level of "
            "confidence at the investors in the Company's strategy\".",
            {"related-party": None, "maturity": "2012-06-27"},
        ),
        # a change in the largest shareholder is no holder's relation
        (
            "22.7 Billion Won in CBs Awaiting Conversion\n"
            "Stock Dilution Inevitable... All Eyes on Largest Shareholder's Next "
            "Move\n"
            "With the change in the largest shareholder of KOSDAQ-listed Corpus "
            "Korea, attention is turning to whether the convertible bonds (CB) "
            "issued last year will be converted into shares.\n\n"
            "Corpus Korea issued its 4th round of unsecured private CBs worth 26 "
            "billion won on May 22 last year.",
            {"related-party": None},
        ),
        # bonds worth an amount in won: "private CBs", "exchangeable bonds
        # (EB)", a wire's "500 mln won"
        (
            "Corpus Korea issued its 4th round of unsecured private CBs worth 26 "
            "billion won on May 22 last year.",
            {"principal": "26000000000.00 KRW"},
        ),
        (
            "HD Korea Shipbuilding & Offshore Engineering has decided to issue the "
            "first tranche of exchangeable bonds (EB) worth 600 billion won.",
            {"principal": "600000000000.00 KRW"},
        ),
        (
            "BRIEF-Haengnam China to issue convertible bonds worth 500 mln won\n"
            "* Says it will issue the sixth unregistered/unsecured private "
            "convertible bonds, raising 500 mln won in proceeds",
            {"principal": "500000000.00 KRW"},
        ),
        # a Korean issuer's decision on bonds, its rows labelled with their
        # units
        (
            "Kakao Corp.\n"
            "Decision on Issuance of Exchangeable Bonds\n"
            "1. Type of bonds Series No. 13 Type Foreign currency denominated "
            "unguaranteed senior exchangeable bonds\n"
            "2. Total face value of bonds (or electronically registered bonds) "
            "(KRW) 285,039,000,000\n"
            "2-1 (Overseas issuance of convertible bonds) Total face value of bonds "
            "(or electronically registered bonds) (currency unit) 205,804,332 USD : "
            "US Dollar\n"
            "Basic exchange rate, etc. 1385.00\n"
            "4. Interest rate Coupon rate (%) 2.5\n"
            "Yield to maturity (%) 2.5\n"
            "5. Maturity date of bonds 2029-04-29\n"
            "6. Method of interest payment Interest payments occur every six months "
            "starting from the date of issuance\n"
            "9. Details of exchange Exchange ratio (%) 100\n"
            "Exchange price (KRW/share) 61,965",
            {
                "principal": "205804332.00 USD",
                "rate": "0.025",
                "interest-payment": '"semiannually"',
                "conversion-price": "61965 KRW",
            },
        ),
        # a 6-K's amounts after the word "Won"
        (
            "Disposal of Treasury Stock\n"
            "A. Purpose of disposal\n"
            "1. Issuance of exchangeable bonds\n"
            "*Details of issuance of exchangeable bonds\n"
            "- Issuance amount : Won 344,409,633,900\n"
            "- Exchange price per share : Won 40,743\n"
            "B. Estimated aggregate disposal price\n"
            "1. Issuance of exchangeable bonds : Won 344,409,623,946",
            {"principal": "344409633900.00 KRW", "conversion-price": "40743 KRW"},
        ),
        # a holder's stake in listed debentures is no issue's face
        (
            "Amaya also owns $3,850,000 aggregate principal amount of 5.0% "
            "unsecured subordinate convertible debentures of the Issuer maturing on "
            "December 31, 2018 (TSX: IT.DB), which are convertible at the option of "
            "the holder into common shares of the Issuer.",
            {"principal": None},
        ),
        # notes convertible solely into cash name no class
        (
            "The notes will be convertible at the option of the holders only in "
            "certain circumstances and solely into cash. The notes will not be "
            "convertible into AMRI's common stock or any other security under any "
            "circumstances. The conversion rate for the notes will initially be "
            "63.9844 shares of AMRI's common stock per $1,000 principal amount of "
            "notes, which is equivalent to an initial conversion price of "
            "approximately $15.63 per share of AMRI's common stock.",
            {"share-class": None},
        ),
        # an issuer bid for common shares beside debentures redeemed
        (
            "Amaya to redeem its outstanding convertible debentures - Amaya to "
            "initiate a normal course issuer bid for its common shares\n"
            "MONTREAL, Jan. 8, 2013 /CNW Telbec/ - Amaya Gaming Group Inc. "
            "announced today that its board of directors has approved the "
            "redemption of Amaya's outstanding 10.5% convertible unsecured "
            "subordinated debentures due April 30, 2014.",
            {"share-class": None},
        ),
        # the base beside the option's notes, exercised "in full"
        (
            "CINCINNATI, July 16 /PRNewswire-FirstCall/ -- Kendle International "
            "Inc. today announced the closing of its underwritten public offering "
            "of $175,000,000 aggregate principal amount of 3.375% Convertible "
            "Senior Notes due 2012 as well as the closing of an additional "
            "$25,000,000 aggregate principal amount of notes in connection with the "
            "underwriter's exercise in full of its over-allotment option.",
            {"principal": None},
        ),
        # bonds allotted on a day, "(FCCBs)" between; the total of two
        # tranches, each with its own amount
        (
            "Aurobindo Pharma Ltd has issued and allotted USD 200 million Foreign "
            "Currency Convertible Bonds (FCCBs) on May 16, 2006 in two Tranches. "
            "Tranche A consists of USD 150 Million and Tranche B consists of USD 50 "
            "Million.",
            {"date": "2006-05-16", "principal": None},
        ),
        # the option's part of the issue, in a headline or "including" it
        (
            "PHARMACEUTICAL RESOURCES ANNOUNCES EXERCISE OF $40 MILLION OPTION TO "
            "PURCHASE SENIOR SUBORDINATED CONVERTIBLE NOTES SPRING VALLEY, N.Y., "
            "SEPTEMBER 29, 2003 -- Pharmaceutical Resources, Inc. (NYSE: PRX) "
            "announced today that the initial purchasers of PRX's 2.875% Senior "
            "Subordinated Convertible Notes have exercised their option to "
            "purchase an additional $40 million principal amount of such notes. As "
            "a result, the final aggregate principal amount of the notes is $200 "
            "million.",
            {"principal": "200000000.00 USD"},
        ),
        (
            "i3 Verticals, Inc. announced today that i3 Verticals, LLC (the "
            "“Issuer”), a subsidiary of the Company, has closed its offering of "
            "$138 million aggregate principal amount of 1.00% Exchangeable Senior "
            "Notes due 2025 (the “Exchangeable Notes”), including the full "
            "exercise of the $18 million aggregate principal amount of Exchangeable "
            "Notes pursuant to the initial purchasers\u2019 right to purchase "
            "additional Exchangeable Notes.",
            {"principal": "138000000.00 USD"},
        ),
        # debentures "subscribed for by" a person
        (
            "As previously disclosed, the Debentures issued in connection with the "
            "Existing Offering were subscribed for by Telfer Hanson, the Chair of "
            "the Board and a Director of the Company.",
            {"holder": '"Telfer Hanson"'},
        ),
        # the holder who converts the notes, after "announced" or a headline
        (
            "Singapore, 30 November 2011 - Biosensors International Group, Ltd. "
            "(“Biosensors”, “Company”, Bloomberg: BIG SP) today announced "
            "Wellford Capital Limited, a wholly-owned subsidiary of Weigao "
            "International Medical Co. Limited, which is in turn a wholly-owned "
            "subsidiary of Shandong Weigao Group Medical Polymer Company Limited "
            "(“Shandong Weigao”) has fully exercised its rights in converting the "
            "US$120 million principal amount of 4% convertible notes due 2014 held "
            "in Biosensors.",
            {"holder": '"Wellford Capital Limited"'},
        ),
        (
            "EGS Beteiligungen AG exercises right to convert bond and increases its "
            "shareholding in Siegfried to 6.2% registered shares\n"
            "EGS Beteiligungen AG exercised its right to convert one of the "
            "convertible bonds issued in December 2020 with a coupon of 0.650% and "
            "a nominal value of CHF 40m into shares.",
            {"holder": '"EGS Beteiligungen AG"'},
        ),
        # an imputed rate beside the stated one
        (
            "The Note had a 0.0% stated interest rate and no warrants were issued. "
            "The Company applied imputed interest on this convertible note using an "
            "interest rate of 1.75% and discounted the note accordingly.",
            {"rate": "0"},
        ),
        # the one investor a transaction "will involve"
        (
            "Lotte Tour Development Co., Ltd. announced a private placement of "
            "convertible bonds for gross proceeds of KRW 63,000,000,000. The "
            "transaction will involve participation from new investor CCG "
            "Investment Asia Limited.",
            {"holder": '"CCG Investment Asia Limited"'},
        ),
        # a coupon rate "on a semi-annual basis"; a coupon payable on two days
        (
            "The CB will bear coupon rate of 2.5% on a semi-annual basis and with "
            "initial conversion price of S$0.8896/share.",
            {"interest-payment": '"semiannually"'},
        ),
        (
            "The convertible loan had a three-year term and a 5% annual coupon, "
            "payable in arrears on 30 June and 31 December, with the first "
            "instalment due to be paid on at the end of June 2021.",
            {"interest-payment": '"semiannually"'},
        ),
        # the day a first period's interest is due is no maturity
        (
            "(b) PAYMENTS. Interest for the period from the date hereof through "
            "December 13, 2002 shall be due and payable on December 14, 2002. "
            "Thereafter, interest shall be payable monthly on the first day of each "
            "calendar month until payment in full of this Note beginning on January "
            "1, 2003. The entire outstanding principal balance hereof, together "
            "with all accrued but unpaid interest thereon and all other sums due "
            "hereunder, shall be due and payable in full on November 15, 2004.",
            {"maturity": "2004-11-15"},
        ),
        # an officer quoted after a colon is no holder's relation
        (
            "EGS Beteiligungen AG exercised its right to convert one of the "
            "convertible bonds issued in December 2020 with a coupon of 0.650% and "
            "a nominal value of CHF 40m into shares.\n"
            "Siegfried\u2019s CEO ad interim Reto Suter: “This conversion "
            "significantly increases the shareholding of EGS Beteiligungen AG and "
            "demonstrates its trust in Siegfried.”",
            {"holder": '"EGS Beteiligungen AG"', "related-party": None},
        ),
        # each bond's face in apposition, beside a term table's amount
        (
            "As reported Nov. 20, the unsecured convertible bonds, with a face "
            "value of ¥1 million, carry a coupon of 1%.\n\n"
            "Issuer:ORIX Corp.\n"
            "Issue:Convertible unsecured bonds\n"
            "Amount:¥150 billion\n"
            "Coupon:1%",
            {"principal": "150000000000.00 JPY"},
        ),
        # each bond's face after their count, beside two series' total
        (
            "During the year the company issued (i) 12000, Zero Coupon Series A "
            "Unsecured Foreign Currency Convertible Bonds (\u2018Series A "
            "Bonds\u2019) of the face value of US $ 1000; and (ii) 8,000, 0.5% per "
            "annum Series B Unsecured Foreign Currency Convertible Bonds "
            "(\u2018Series B Bonds\u2019) of the face value of US $ 1000 aggregating "
            "to USD 20,000,000.",
            {"principal": None},
        ),
        # what is outstanding at maturity and redeemed is no issue's face
        (
            "Reference is made to the announcements of the Company in relation to "
            "the issuance of HK$3,875,000,000 1.00 per cent. guaranteed convertible "
            'bonds due 2015 (the "Convertible Bonds").\n'
            "Pursuant to the terms and conditions of the Convertible Bonds, the "
            'Issuer has redeemed at maturity on 29 July 2015 (the "Maturity '
            'Date") all outstanding Convertible Bonds in full at the redemption '
            "price equal to its aggregate principal amount of HK$1,206,500,000 "
            "multiplied by 105.231 per cent.",
            {"principal": "3875000000.00 HKD"},
        ),
        # older bonds the issuer will repurchase: neither their amount nor
        # their rate
        (
            "Particulars of the Bonds\n\n"
            "1. Aggregate Principal Amount: ¥30,000,000,000\n"
            "2. Interest Rate: 0.25% per annum on the outstanding principal amount "
            "of the Bonds\n\n"
            "Sosei has determined that it will repurchase ¥15,750,000,000 in "
            "aggregate principal amount of the outstanding ¥16,000,000,000 0.5% "
            "Convertible Bonds due 2025 (ISIN: XS2198851219), which will be "
            "cancelled by Sosei after the repurchase.",
            {"principal": "30000000000.00 JPY", "rate": "0.0025"},
        ),
        # Australian depositary interests as the class
        (
            "Subject to the receipt of any required shareholder approval, the "
            "entire outstanding principal balance under the Note and all unpaid "
            "accrued interest thereon is convertible into CHESS Depositary "
            "Interests (CDIs), each representing 1/50th of a share of common stock "
            "of the Company.",
            {"share-class": '"CHESS Depositary Interests"'},
        ),
        # equity shares or GDSs; "into either" one of several securities
        (
            "The bonds (notes) carry a coupon rate of 0.5 per cent p.a. and will be "
            "redeemable at par at the end of 5 years, if not converted into equity "
            "shares or GDSs during this period.",
            {"share-class": None},
        ),
        (
            "The zero coupon CARS will be convertible, at the option of the "
            "company, into either qualifying securities (which may be in the form "
            "of depositary receipts with restricted rights of withdrawal) or "
            "ordinary shares or American depositary shares.",
            {"share-class": None},
        ),
        # capped calls "to offset economic dilution" name no class of the notes
        (
            "Bitfarms Ltd. announced the pricing of $500 million of 1.375% "
            "convertible senior notes due 2031. Either net proceeds from this "
            "offering or cash on hand to be used to purchase cash-settled capped "
            "calls to offset economic dilution up to a cap of 125% premium to the "
            "last reported sale price of Bitfarms' common shares on Nasdaq on the "
            "date of pricing.",
            {"share-class": None},
        ),
        # a price "now" or "new", adjusted from another: both later prices
        (
            "Gunma Bank, Ltd. reduced the conversion price for its $200 million of "
            "zero-coupon convertible bonds due 2019.\n\n"
            "The conversion price is now $6.451, retroactive from April 1, adjusted "
            "from $6.477.",
            {"conversion-price": None},
        ),
        (
            "Oita Bank, Ltd. announced an adjustment to the conversion price on its "
            "$100 million zero-coupon convertible bonds due 2019.\n\n"
            "The new conversion price will be $41.49, adjusted from $4.158, "
            "effective Oct. 1.",
            {"conversion-price": None},
        ),
        # cents written "c" in an ASX company's text
        (
            "DigitalX Ltd (ASX: DCC) today announced it has secured up to AUD $1m "
            "in financing from Ironside Capital via the issue of converting "
            "notes.\n"
            "Conversion Price 5c\n"
            "Conversion Period May convert at any time at 5c per share\n"
            "Corporate Advisory Fee US$30,000",
            {"conversion-price": None},
        ),
        # a one-word name the text writes in full elsewhere (the source's
        # spelling kept)
        (
            "LONDON (Alliance News) - Oilex Ltd on Thursday said trading has been "
            "suspended in its Australian-listed shares whilst it evalauates "
            "documents it has recieved from Zeta Resources Ltd containing "
            "information about allegations made against the company.\n"
            "On Wednesday, Oilex said Zeta had accused the company of failing to "
            '"disclose material information" prior to Zeta investing in the '
            "company in July.\n"
            "Under an agreement between the companies, Zeta was to subscribe for "
            "AUD4.2 million of 20-year, zero-coupon unsecured convertible loan "
            "notes, convertible into Oilex shares at Zeta's option at any time.",
            {"holder": '"Zeta Resources Ltd"'},
        ),
        # the amount a restructuring converts is no issue's face
        (
            "In consideration of the Senior Lenders entering into the Fifth "
            "Amending Agreement, the Company has agreed to: (i) obtain the approval "
            'of holders ("Debentureholders") of the 9.00% convertible unsecured '
            'subordinated debentures due May 31, 2017 (the "Debentures") for the '
            'conversion (the "Debenture Conversion") of the CAD$23,725,000 '
            "aggregate principal amount of Debentures into an aggregate of "
            "approximately 33.2 million common shares in the capital of the "
            "Company.",
            {"principal": None},
        ),
        # a headline's rounded figure read as the exact one; FCCBs "issued ...
        # aggregating" an amount; older bonds the proceeds redeem
        (
            "Gati re-issues FCCBs worth $22 mn to Goldman Sachs\n\n"
            "The company has issued zero coupon FCCBs aggregating USD 22,182,000 "
            "to Goldman Sachs International with a yield to maturity of 5.76 per "
            "cent per annum compounding semi-annually, having a maturity of 5 "
            "years, Gati informed bourses in a statement.\n\n"
            "The new FCCBs are proposed to be listed on the Singapore Stock "
            "Exchange and the proceeds from the issue would be utilised towards "
            "redemption of the outstanding portion of the USD 20 million foreign "
            "currency convertible bonds raised in 2006.",
            {"principal": "22182000.00 USD"},
        ),
        # "an annual interest payable of 5%"
        (
            "The Debenture has a term of twelve months and an annual interest "
            "payable of 5%.",
            {"rate": "0.05"},
        ),
        # a yield the bonds were marketed at is no coupon
        (
            "The zero-coupon bonds have a five-year maturity. The bonds were "
            "marketed to investors at a yield of 7.875% per annum calculated on a "
            "semi-annual basis.",
            {"rate": "0"},
        ),
        # a coupon "payable in US dollars quarterly in arrears"
        (
            "The Loan will continue to carry a 6% coupon payable in US dollars "
            "quarterly in arrears.",
            {"interest-payment": '"quarterly"'},
        ),
        # a class by its letter alone; a registered ordinary share
        (
            "The debentures will be convertible at the holder\u2019s option into "
            "Class A shares of Boralex at a conversion price of $19.60 per share, "
            "representing a conversion rate of 51.02 Common Shares per $1,000 "
            "principal amount of Debentures.",
            {"share-class": '"Class A"'},
        ),
        (
            "The bonds were to comprise up to 7.75 million new individual "
            "convertible bonds, each convertible into a registered ordinary share "
            "(non-par) with a calculated proportional participation of €1.00 per "
            "non-par share in the company\u2019s share capital.",
            {"share-class": '"Registered Ordinary"'},
        ),
        # the board's view of the terms is no holder's relation
        (
            "Television Broadcasts will subscribe for a US$78 million convertible "
            "bond issued by SMI Holdings.\n"
            "\u201cAccordingly, the directors, including the independent "
            "non-executive directors, consider that the terms of each of the "
            "transaction documents are fair and reasonable and the convertible "
            "bond subscription is in the interests of the company and shareholders "
            "as a whole.\u201d",
            {"related-party": None},
        ),
        # the investor that agrees with the issuer to invest in its note
        (
            "Queen's Road Capital Investment Ltd. has entered into an agreement with "
            "Gold Royalty Corp., whereby the company will invest $30-million (U.S.) "
            "in a Gold Royalty convertible debenture.",
            {"holder": '"Queen\'s Road Capital Investment Ltd."'},
        ),
        (
            "Deutsche Bank has entered into a `subscription agreement' with Sical "
            "Logistics Ltd (formerly, the logistics division of South India "
            "Corporation (Agencies) Ltd ) for investing $ 75 million in the foreign "
            "currency convertible bond issue of Sical Logistics.",
            {"holder": '"Deutsche Bank"'},
        ),
        # a power purchase agreement names a customer, not a holder
        (
            "Western Wind Energy Corp. has issued a Cdn. $330,000 8% convertible "
            "note.\n"
            "Windridge is the Company's first wind energy producing asset and "
            "provides the Company with immediate cash flow for the balance of the "
            "30-year power purchase agreement with Southern California Edison.",
            {"holder": None},
        ),
        # debentures an issuer will redeem: the amount outstanding
        (
            "Pittsburgh, Nov. 16 - First Regional Bancorp Inc. will redeem all its "
            "$14.95 million outstanding 6% convertible subordinated debentures due "
            "2023 on Dec. 16 at par plus accrued interest, according to a company "
            "news release.",
            {"principal": None},
        ),
        # a floating rate over SOFR spelled out, with a maximum
        (
            "Loans drawn under the credit facility bear interest at a floating rate "
            "(U.S. secured overnight financing rate as published by the New York "
            "Federal Reserve plus 7 per cent), with a maximum interest rate of 12.5 "
            "per cent, with interest payments capitalized into the principal amount "
            "and due at the maturity date. At the discretion of the lender, loaned "
            "amounts plus accrued interest are convertible into common shares.",
            {"rate": None},
        ),
        # a "current conversion price of approximately" a figure
        (
            "Subject to certain limitations, the notes are convertible into shares "
            "of our Class A common stock at a current conversion rate of 62.431 "
            "shares for each $1,000 principal amount of notes, which is equal to a "
            "current conversion price of approximately $16.0176 per share.",
            {"conversion-price": None},
        ),
        # the rest of an offering "widely allocated": several holders
        (
            "Greenstar Canada Investment Limited Partnership, an affiliate of "
            "Constellation Brands, Inc., purchased C$200 million in Initial Notes "
            "in the offering and the remainder of the offering was widely allocated "
            "to institutions, primarily in the United States, Europe, as well as "
            "Canada.",
            {"holder": None},
        ),
        # each unit's debenture; each debenture's face at redemption
        (
            "MONCTON, NB, Oct. 2, 2018 /CNW/ - Organigram Holdings Inc. (TSX "
            "VENTURE: OGI): This press release is being disseminated in connection "
            "with the acquisition of securities of Eviana Health Corporation "
            '("Eviana" or the "Company") by Organigram Holdings Inc. (the '
            '"Acquiror")\n\n'
            "The Acquiror announced on October 2, 2018 that it had acquired 5,000 "
            'debenture units (the "Debenture Units") consisting of: (i) $1,000 '
            "principal amount of senior unsecured convertible debentures of Eviana "
            '(the "Debentures"); and (ii) one half of one common share purchase '
            "warrant.",
            {"principal": None},
        ),
        (
            "Holders of the Debentures are entitled to receive payment of $1,054.64 "
            "upon the surrender of each Debenture, representing the $1,000 "
            "principal amount, a $40 redemption premium and interest of $14.64 for "
            "the period from June 1, 1992, through Aug. 2, 1992.",
            {"principal": None},
        ),
        # how a fixed price was set once is no market formula
        (
            "The Debentures are convertible into shares of Class A Common Stock at "
            "a conversion price of $9.75 per share. The initial conversion price "
            "was determined based on the average closing prices of the Class A "
            "Common Stock during the 20 trading days prior to June 26, 1998, less "
            "$.50 and rounded down to the nearest quarter dollar.",
            {"conversion-lookback": None, "conversion-reference": None},
        ),
        # a headline's amount that rounds a bracketed translation
        (
            "CJ CGV to offer $269 mn convertible subordinate bonds to bolster "
            "finance\n\n"
            "South Korea\u2019s leading multiplex cinema chain CJ CGV is issuing 300 "
            "billion won ($268.8 million) in convertible subordinated bonds to "
            "bolster its financial health.",
            {"principal": "300000000000.00 KRW"},
        ),
        # the rate of notes the guarantors already guarantee
        (
            "The convertible notes will pay interest semi-annually at a rate of 4% "
            "and will mature on June 15, 2014, unless earlier repurchased or "
            "converted. The convertible notes will be guaranteed by the MasTec "
            "subsidiaries that guarantee MasTec's 7.625% senior notes due 2017.",
            {"rate": "0.04"},
        ),
        # an issue "placed", the exchange's name and ticker before it
        (
            "Vienna, February 23, 2011 - Intercell AG (Vienna Stock Exchange, ICLL) "
            '("Intercell" or the "Company") today announced that it '
            "successfully placed EUR 33.0m of Senior Unsecured Convertible Notes "
            '(the "Notes") in a private placement transaction, which was '
            "increased due to investor demand.",
            {"principal": "33000000.00 EUR"},
        ),
        # the euro sign an ISO 8859-15 text shows as "¤" when read as ISO
        # 8859-1
        (
            "On 2 March 2009 the Company issued ¤2,000,000 of 8% convertible "
            "bonds to Alpha Invest SA.",
            {"principal": "2000000.00 EUR"},
        ),
        # a bond's nominal "per Bond" is no share's par
        (
            'THEOLIA (the "Company") launched today an offering of bonds (the '
            '"Bonds") convertible into and/or exchangeable for new or existing '
            "shares of THEOLIA due January 1, 2014 for a total amount of €215 "
            "million (after exercise of the Issuer's increase option), nominal "
            "value €20.80 per Bond.",
            {"par-value": None},
        ),
        # "common stock" beside "new B shares": a person picks the class
        (
            "Assuming full conversion of the convertible debt into common stock, "
            "the number of new B shares in Bluefish will increase by 8 000 000 and "
            "the share capital will increase by SEK 1 600 000.",
            {"share-class": None},
        ),
        # interest payable "on each annual anniversary of this Note"
        (
            "1.1 Interest Rate. The outstanding principal balance of this Note "
            "shall accrue interest at the annual rate of five percent (5%), with "
            "such accrued and unpaid interest payable on each annual anniversary of "
            "this Note until this Note is paid in full.\n"
            "The outstanding principal balance of the Note, together with accrued "
            "and unpaid interest thereon, shall be payable in full on the Maturity "
            "Date, unless previously converted into common stock.",
            {"interest-payment": '"annually"'},
        ),
        # a rate per ounce of silver is no price per share
        (
            "The Debenture shall bear interest at a rate of twelve (12%) percent "
            "per annum, payable annually in arrears. Additionally, at the election "
            "of the Holders, the Debenture will be convertible into common shares "
            "of the Company at C$0.20 cents per share in accordance with the "
            "policies of the TSX-V, or, conditional upon notification by the "
            "Corporation of silver production, the Debenture holder may elect to "
            "convert the Debenture principal and accrued interest into ounces of "
            "silver at a conversion rate of US$17.50 an ounce.",
            {"conversion-price": "0.20 CAD"},
        ),
        # notes "issued effective" a day, their term from it
        (
            "The convertible notes were issued effective November 20, 2015, have a "
            "maturity date of three years, and accrue interest at 10% per annum.",
            {"date": "2015-11-20", "maturity": "2018-11-20"},
        ),
        # debentures "we issued in our June 12, 2006, financing"
        (
            "The $8.0 million principal amount of our 8% convertible debentures we "
            "issued in our June 12, 2006, financing is subject to mandatory monthly "
            "redemption at the rate of 1/12 of the original principal amount.",
            {"date": "2006-06-12"},
        ),
        # the rate of older convertibles that will remain outstanding
        (
            "New Issue: AmTrust places $76 million 30-year 2.75% convertibles at "
            "90, up 30%\n\n"
            "After the transactions, $68.1 million of the 5.5% convertibles will "
            "remain outstanding.",
            {"rate": "0.0275"},
        ),
        # a note "issued ... totaling" an amount, beside another note's "for
        # the amount of": a person decides which note
        (
            "On September 24, 2009, the Company issued a note totaling $38,000 to "
            "a shareholder/director, unsecured and bearing an interest rate of "
            "7.5% per annum.\n"
            "One of our board members owns 40% of an entity that entered into a "
            "5-year, 7.5% interest, convertible note agreement with the Company "
            "for the amount of $71,454 in May 2010.",
            {"principal": None},
        ),
        # shareholders who bought shares are no holders of the bonds
        (
            "D Medical Industries Ltd. has raised NIS 10.5 million in a private "
            "placement of bonds among four investors, whose identity it declined "
            "to disclose.\n"
            "D Medical's share has risen 62% since the beginning of June, while "
            "the company's controlling shareholders, CEO Many Mor and Zeev "
            "Bronfield, increased their holdings in it.",
            {"related-party": None},
        ),
        # "up to" a number of shares is no facility's limit
        (
            "This Prospectus Supplement relates to the offer and resale by the "
            "selling stockholder of up to an aggregate of 4,081,672 shares of "
            "common stock, par value $0.0005 per share, consisting of 4,081,672 "
            "shares issuable upon conversion of the convertible note (the "
            "\u201cNote\u201d), in the principal amount of $3,272,966 issued "
            "pursuant to the securities purchase agreement, dated July 29, 2025.",
            {"principal": "3272966.00 USD"},
        ),
        # the agreement's day, "whereby it issued" the note
        (
            "The Company today announced that it had entered into a securities "
            "purchase agreement (the \u201cPurchase Agreement\u201d) on August 16, "
            "2024 with Arena Investors LP (\u201cArena\u201d) whereby it issued a "
            "convertible promissory note and warrant.",
            {"date": "2024-08-16"},
        ),
        # debenture units sold times each unit's debenture face
        (
            "MiMedia Holdings Inc. (TSXV: MIM) announced today that it has "
            "completed a closing of its offering of 10% unsecured convertible "
            "debenture units. Pursuant to the Offering, the Company has issued and "
            "sold 3,400 Debenture Units for aggregate gross proceeds to the "
            "Company of C$3,400,000.\n"
            "Each Debenture Unit consists of: (i) one C$1,000 principal amount "
            "unsecured convertible debenture of the Company; and (ii) 1,000 "
            "subordinate voting share purchase warrants of the Company.",
            {"principal": "3400000.00 CAD"},
        ),
        # but not units offered "up to" a count
        (
            "The Company is offering up to 5,000 debenture units. Each Debenture "
            "Unit consists of one C$1,000 principal amount unsecured convertible "
            "debenture and 500 warrants.",
            {"principal": None},
        ),
        # the class of the note's terms, not of earlier loans "converted into"
        (
            "In December 2016, the principals and the related accrued interests "
            "of the two loans were converted into Series D1 convertible "
            "redeemable preferred shares of Particle at a conversion price of "
            "US$0.876847 per share.\n"
            "The Company has the right to convert, at the Company's option, all "
            "or a portion of the August 2016 Loan (including principal and "
            "interests) into Series D1 preferred shares to be issued by Particle "
            "on or before maturity date at a conversion price of US$1.071803 per "
            "share.",
            {"share-class": '"Series D1 Preferred"'},
        ),
        # what is left to issue is no principal
        (
            "The Company has offered and issued the convertible debentures No. "
            "7/2022 in the amount of THB 20 million to AO Fund on June 20, 2022. "
            "In addition, the Company has the remaining amount for the issuance "
            "and offering of convertible debentures of THB 1,240 million.",
            {"principal": "20000000.00 THB"},
        ),
        # a shareholder the text lends from is a related party
        (
            "On June 26, 2008, the Company issued an 8% promissory note to Berg & "
            "Berg Enterprises, LLC in the principal amount of $2,500,000.\n"
            "The managing member of Berg & Berg is Carl E. Berg, who is the "
            "Chairman of the Company's Board of Directors and the principal "
            "stockholder of the Company.",
            {"related-party": "TRUE"},
        ),
        # a Mexican bank's legal form, with its group and trust division
        (
            "FOR VALUE RECEIVED, Covalto Ltd. (the \u201cCompany\u201d), promises "
            "to pay to the order of Banco Actinver, S.A. Instituci\u00f3n de Banca "
            "M\u00faltiple, Grupo Financiero Actinver, Divisi\u00f3n Fiduciaria, "
            "acting solely as trustee (the \u201cHolder\u201d), the principal sum "
            "of $30,000,000.",
            {
                "holder": '"Banco Actinver, S.A. Instituci\u00f3n de Banca '
                'M\u00faltiple, Grupo Financiero Actinver, Divisi\u00f3n Fiduciaria"'
            },
        ),
        # a domicile in brackets inside a name
        (
            "The board has agreed to extend the maturity date of the US$10-million "
            "non-voting convertible promissory note, which was issued on December "
            "9, 2020 to RBC Trust (Trinidad & Tobago) Limited.",
            {"holder": '"RBC Trust (Trinidad & Tobago) Limited"', "date": "2020-12-09"},
        ),
        # the Gulf press's dirhams
        (
            "Aabar Investments PJSC plans to sell Dh7.35 billion in convertible "
            "bonds to the International Petroleum Investment Company. The bonds "
            "will be converted at Dh2.5 a share.",
            {"principal": "7350000000.00 AED", "conversion-price": "2.5 AED"},
        ),
        # the price at issue, before the one it adjusted to
        (
            "ADCB issued Dh4.8 billion of mandatory convertible bonds in 2008. At "
            "issue, the bonds had a conversion price of 7.35 dirhams but the price "
            "automatically adjusted to 6.11 dirhams.",
            {"conversion-price": "7.35 AED"},
        ),
        # a Hong Kong connected transaction on extending convertible bonds
        (
            "CONNECTED TRANSACTION IN RELATION TO EXTENSION OF MATURITY DATE OF "
            "HK$100,000,000 CONVERTIBLE BONDS DUE 28 FEBRUARY 2020\n"
            "As at the date of this announcement, Yicko Securities Limited is a "
            "wholly-owned subsidiary of the Company.",
            {"related-party": "TRUE"},
        ),
        # a price "equivalent to" a share of the lowest VWAP is the formula's
        (
            "Negma has requested conversion of five (5) convertible bonds issued "
            "on 3 January 2023, corresponding to SEK 125,000 of the convertible "
            "loan.\n"
            "The conversion price per share is SEK 1.19, equivalent to 92% of the "
            "lowest closing volume weighted average share price (VWAP) of the 10 "
            "consecutive trading days preceding the issuance of conversion request "
            "by Negma.",
            {
                "principal": None,
                "conversion-price": None,
                "conversion-discount": "0.08",
                "conversion-lookback": "10",
            },
        ),
        # zero-coupon preference shares are no zero coupon of the debentures
        (
            "The company raised Rs 459 crore through optionally convertible "
            "debentures and also issued zero-coupon optionally convertible "
            "redeemable preference shares to a lender.",
            {"rate": None},
        ),
        # a loan that "bore no interest"
        (
            "During September 2015 the Company entered into a loan agreement with "
            "YBI pursuant to which YBI advanced an amount of US$10 million to the "
            "Company. The Loan bore no interest and would become convertible to "
            "equity.",
            {"rate": "0"},
        ),
        # the directors' authority to issue shares is no related party
        (
            "AngloGold Ashanti announced the pricing of an offering of US$650mn "
            "convertible bonds due 2014. AngloGold Ashanti shareholders will be "
            "requested to grant specific authority for the directors to issue "
            "ordinary shares pursuant to the conversion rights which will attach "
            "to the bonds.",
            {"related-party": None},
        ),
        # a year's income "closed" a day is no issue
        (
            "The company issued a convertible promissory note on December 9, 2020 "
            "to RBC Trust (Trinidad & Tobago) Limited. Net comprehensive income "
            "closed December 31, 2022 at US$823,520.",
            {"date": "2020-12-09"},
        ),
        # "BD1" in a name is no amount in Bahraini dinars
        (
            "On May 5, 2020, the Company issued a convertible promissory note in "
            "the principal amount of $500,000 to BD1 Investment Holding, LLC.",
            {"principal": "500000.00 USD", "holder": '"BD1 Investment Holding, LLC"'},
        ),
        # a month a debt sentence starts "from" names no lender
        (
            "In March 2021, the Company's controlling shareholder bought shares "
            "on the market.\n"
            "Interest on the convertible note accrues from March 1, 2021 at 8% per "
            "annum.",
            {"related-party": None},
        ),
        # a legal form in capitals, a space inside it kept a space
        (
            "FOR VALUE RECEIVED, COVALTO LTD. (the \u201cCompany\u201d), promises to "
            "pay to the order of BANCO ACTINVER, S.A. INSTITUCI\u00d3N DE BANCA "
            "M\u00daLTIPLE, GRUPO FINANCIERO ACTINVER, DIVISI\u00d3N FIDUCIARIA, "
            "acting solely as trustee (the \u201cHolder\u201d), the principal sum "
            "of $30,000,000.",
            {
                "holder": '"BANCO ACTINVER, S.A. INSTITUCI\u00d3N DE BANCA '
                'M\u00daLTIPLE, GRUPO FINANCIERO ACTINVER, DIVISI\u00d3N FIDUCIARIA"'
            },
        ),
        # the subject before the day: "The Company, on <date>, issued"
        (
            "The Company, on December 14, 2017, issued $135.0 million aggregate "
            "principal amount of 3.00% convertible senior notes due 2022.",
            {"date": "2017-12-14"},
        ),
        # a Philippine text's peso written "P"
        (
            "MANILA, Philippines - Marcventures Holdings Inc. has completed a "
            "P100 million convertible loan with 13 lenders. The lenders shall "
            "have the option to convert all or a portion of the loan into shares "
            "at P2.20 per share.",
            {"principal": "100000000.00 PHP", "conversion-price": "2.20 PHP"},
        ),
        # a Philippine text's "$20-million" is no Canadian dollar
        (
            "MANILA, Philippines - Atlas Consolidated Mining issued a $10-million "
            "convertible note to Banco de Oro Unibank Inc.",
            {"principal": "10000000.00 USD"},
        ),
        # trillions, and an issue's total size
        (
            "The CBs were issued in October 2024 with a total size of KRW 4 "
            "trillion and a conversion price set at KRW 218,000 per share.",
            {"principal": "4000000000000.00 KRW"},
        ),
        # a board's plan as a list of labelled lines, no bullets
        (
            "Bond type: convertible and unsecured bond\n"
            "Investor: KIS Securities & Investment Com Ltd\n"
            "Agent for registration and payment: Viet Capital Securities Joint "
            "Stock Company (VCSC)\n"
            "Issue value: VND234,000,000,000\n"
            "Interest rate: 7%/year\n"
            "Convertible price: VND29,228/share\n",
            {"principal": "234000000000.00 VND", "conversion-price": "29228 VND"},
        ),
        # the coupon and the yield set at one figure
        (
            "Both the coupon rate and yield-to-maturity on the CBs were set at 0%, "
            "underscoring that the investment was driven by expectations of "
            "share price appreciation.",
            {"rate": "0"},
        ),
        # the coupon and the maturity interest rate, respectively
        (
            "In 2022, NIBEC issued CBs worth 25 billion KRW. The coupon and "
            "maturity interest rates were 0% and 3%, respectively.",
            {"rate": "0"},
        ),
        # the time of issuance on a day
        (
            "At the time of issuance on October 17, 2024, HYBE shares closed at "
            "KRW 192,100. The bonds carry a five-year maturity.",
            {"date": "2024-10-17"},
        ),
        # sold in a private transaction on a day
        (
            "Midway Games Inc. sold $75,000,000 aggregate principal amount of its "
            "7.125% Convertible Senior Notes due 2026 in a private transaction on "
            "May 30, 2006.",
            {"date": "2006-05-30"},
        ),
        # shares' gross proceeds beside the bonds' are no price paid for them
        (
            "Biocore Co., Ltd. announced a private placement of Series 1 "
            "Convertible Bonds for the gross proceeds of KRW 21,000,000,000 and "
            "1,541,850 registered convertible redeemable preferred shares at a "
            "price of KRW 13,620 per share for gross proceeds of KRW "
            "20,999,997,000.",
            {"principal": "21000000000.00 KRW", "purchase-price": None},
        ),
        # a use of the proceeds is no fee
        (
            "In 2022, NIBEC issued CBs worth 25 billion KRW. Of the total, 5 "
            "billion KRW was intended for operating funds such as preclinical "
            "and clinical expenses for new drug development, and 20 billion KRW "
            "was allocated for debt repayment.",
            {"issue-costs": None},
        ),
        # a term sheet's holder with its short name unquoted
        (
            "Convertible Note\n"
            "Lender: Realtek Semiconductor Corporation (Realtek)\n"
            "Amount: $2.5 million\n",
            {"holder": '"Realtek Semiconductor Corporation"'},
        ),
        # shares swapped at the conversion price: a conversion done
        (
            "Pancake House, Inc. has issued shares to two creditors through the "
            "conversion of convertible notes. The shares were swapped at the "
            "conversion price of $4.485030 per common share.",
            {"conversion-price": None},
        ),
        # the rate of the old notes offered in exchange, and a rate's cash and
        # in-kind parts
        (
            "Forum Energy Technologies Inc. issued $315.49 million of new 9% "
            "convertible senior secured notes due Aug. 4, 2025 in connection with "
            "its exchange offer. As previously reported, the company offered to "
            "exchange any and all of its outstanding $328.1 million of 6.25% "
            "senior notes due 2021 for the new convertibles. At the election of "
            "the company, interest may be paid by paying 9% per year entirely in "
            "cash or by paying 6.25% per year in cash and 2.75% per year by "
            "increasing the principal amount of the outstanding convertibles.",
            {"rate": "0.09"},
        ),
        # the announcer is no holder; what each old note is exchanged for is
        # no principal
        (
            "ION Geophysical Corp. announced an amendment to the restructuring "
            "support agreement for its 9 1/8% senior secured second-priority "
            "notes. Under the agreement, all existing notes would be exchangeable "
            "for $150 cash, $850 of consideration for new 8% second-lien "
            "convertible notes due Dec. 15, 2025 and $35 of additional cash, the "
            "convertible notes or common stock at ION's option.",
            {"holder": None, "principal": None},
        ),
        # a press item's "has priced a $90 million ... convertible bond"
        (
            "Powerchip Semiconductor Corp. has priced a US $90 million, "
            "five-year, zero-coupon overseas convertible bond.",
            {"principal": "90000000.00 USD"},
        ),
        # a fixed price set against one day's close is no formula
        (
            "The conversion price is set at NT$14.61, a discount of 4.5% to the "
            "stock's closing price on Thursday, June 19.",
            {"conversion-price": "14.61 TWD", "conversion-discount": None},
        ),
        # a sponsor's note converting into warrants at a price per warrant
        (
            "The SPAC issued an unsecured convertible promissory note for $1 "
            "million to Pala Investments Limited. Pala may opt to convert the "
            "balance and interest into warrants to purchase the SPAC's Class A "
            "shares at $1 per warrant.",
            {"conversion-price": "1 USD"},
        ),
        # bonds issued earlier and a plan's total are not this issue's face
        (
            "FECON will issue convertible bonds worth VND32.5 billion to the "
            "fund. This issuance is a part of a plan, which was approved in the "
            "FECON shareholder meeting in 2014 and 2015, to issue convertible "
            "bonds worth VND500 billion to increase the company's capital. FECON "
            "earlier issued bonds worth VND195.6 billion for the Japan Southeast "
            "Asia Growth Fund LP.",
            {"principal": "32500000000.00 VND"},
        ),
        # each note's $1,000 paid in cash is no principal; a price before its
        # name
        (
            "Kerzner International Limited today announced that it has priced "
            "$200 million of Convertible Senior Subordinated Notes Due 2024. The "
            "$58.24 conversion price represents a 33% premium over the closing "
            "price of the Company's Ordinary Shares. In general, upon conversion "
            "of a convertible note, the holder of such note will receive cash "
            "equal to the $1,000 principal amount of the note and Ordinary Shares "
            "for the note's conversion value in excess of such principal amount.",
            {"principal": "200000000.00 USD", "conversion-price": "58.24 USD"},
        ),
        # a concurrent offering's notes that do not convert
        (
            "Expedia Group, Inc. today announced that it has priced its private "
            "offering (the \u201cSenior Notes Offering\u201d) of $1 billion "
            "aggregate principal amount of unsecured 2.950% Senior Notes due 2031 "
            '(the "Senior Notes") and its private offering (the \u201cConvertible '
            "Notes Offering\u201d) of $900 million, which was increased from the "
            "previously announced offering size, aggregate principal amount of "
            "convertible unsecured 0% Senior Notes due 2026 (the \u201cConvertible "
            "Notes\u201d).",
            {"principal": "900000000.00 USD", "rate": "0"},
        ),
        # notes "valued at" an amount; a rate "a-year"
        (
            "AES announced yesterday that it had issued convertible loan notes "
            "valued at \u20ac6 million to shareholders. The notes are repayable in "
            "five years and carry a 9 per cent a-year compound interest charge.",
            {"principal": "6000000.00 EUR", "rate": "0.09"},
        ),
        # raised from the sale of convertible bonds
        (
            "Sound Global has raised Rmb680 million ($100 million) from the sale "
            "of convertible bonds.",
            {"principal": "680000000.00 CNY"},
        ),
        # a New Zealand company's dollar; the note issued to a holder for an
        # amount
        (
            "The New Zealand Wine Company Limited has today issued the Convertible "
            "Note to Foley Family Wines Holdings, New Zealand Limited (Foley "
            "Holdings) for $11.8 million. On conversion of the Convertible Note, "
            "8,512,266 shares could be issued to Foley Holdings at a price of "
            "$1.386 per share.",
            {"principal": "11800000.00 NZD", "conversion-price": "1.386 NZD"},
        ),
        # an accretion's rate; new notes' face after "in exchange for its
        # issuance of"
        (
            "School Specialty has entered into exchange agreements under which it "
            "will retire $100 million in aggregate principal of its outstanding "
            "3.75% Convertible Subordinated Debentures due 2026 in exchange for "
            "its issuance of $100 million in aggregate principal of new 3.75% "
            "Convertible Subordinated Debentures due 2026. The New Debentures will "
            "pay interest semi-annually at a rate of 3.75% per year and their "
            "principal will accrete at a rate of 3.9755% per year.",
            {"principal": "100000000.00 USD", "rate": "0.0375"},
        ),
        # other notes' issue price and the notes the proceeds redeem
        (
            "The 10.375% senior secured notes due July 2016 were issued at 90.588% "
            "of par. In May 2008 we issued $158.0 million of 8.5% convertible "
            "notes due May 2015. Proceeds from the issuance of these notes were "
            "used to fund the redemption of our 6.125% notes due December 2008.",
            {"rate": "0.085", "purchase-price": None},
        ),
        # old bonds repurchased or refinanced are not the new bonds' maturity
        (
            "VEOLIA SUCCESSFULLY PLACES OCEANES DUE 2025 AND CONCURRENTLY "
            "REPURCHASED ITS OUTSTANDING OCEANES DUE 15 MARCH 2021. Veolia has "
            "successfully placed today bonds convertible into new shares due "
            "January 1, 2025. The net proceeds will be used for the refinancing "
            "of the outstanding OCEANEs due March 15, 2021.",
            {"maturity": "2025-01-01"},
        ),
        # an acquisition's purchase price
        (
            "Metalico will issue 7% senior convertible notes in the aggregate "
            "principal amount of $100 million. The total purchase price for the "
            "acquisition is $76 million.",
            {"principal": "100000000.00 USD", "purchase-price": None},
        ),
        # the rate of the old notes an exchange offer takes in
        (
            "TranSwitch Corporation announced the terms of its new 5.45% "
            "Convertible Plus Cash Notes due September 30, 2007. On August 27, "
            "2003, TranSwitch commenced an offer to exchange up to $94.1 million "
            "aggregate principal amount of its new convertible Plus Cash Notes "
            "for up to $114.1 million aggregate principal amount of its currently "
            "outstanding 4\u00bd% Convertible Notes due 2005.",
            {"rate": "0.0545"},
        ),
        # a copy that lost the space in "Class A"
        (
            "The Notes may be converted at an initial conversion rate of 12.1630 "
            "shares of ClassA Common Stock of DISH Network (ClassA Common Stock) "
            "per $1,000 principal amount of Notes.",
            {"share-class": '"Class A Common"'},
        ),
        # a share's face value is no note's; bonds "aggregating" an amount
        (
            "Apollo Hospitals had issued 1,500 unsecured foreign currency "
            "convertible bonds (of $10,000 each), aggregating $15 million, to "
            "IFC, in June 2009. IFC had an option to convert the FCCBs into "
            "equity shares at a price of Rs 605 a share of face value Rs 10 each.",
            {"principal": "15000000.00 USD"},
        ),
        # a news page's date line is no issue date
        (
            "Sinochem Hong Kong Holdings Issued HK$1.3 billion CB\n\n"
            "Date:2006-08-02 Source:Sinochem Group\n\n"
            "Sinochem Hong Kong Holdings signed a subscription contract to issue "
            "convertible bonds.\n",
            {"date": None},
        ),
        # each bond's principal amount "with a principal amount of ... each"
        (
            "Sogefi S.p.A. announces the completion of the placement of \u20ac100 "
            "million equity-linked bonds due 2021. The Bonds, with a principal "
            "amount of EUR 100,000 each, will be issued at par.",
            {"principal": "100000000.00 EUR"},
        ),
        # a rate paid in kind instead of cash
        (
            "The Convertible Notes will accrue interest at a rate of 9.00% per "
            "annum payable semi-annually in cash. Additionally, FiberTower may "
            "elect to pay interest-in-kind (PIK) in the third and fourth years at "
            "a rate of 11.00% in lieu of cash interest payments.",
            {"rate": "0.09"},
        ),
        # a rate a loan changes to on an event
        (
            "The loan has a five year term with an interest rate initially of 6% "
            "per year. If the conversion right is not approved at the meeting, "
            "the interest rate on the loan will be changed from 6% per year to "
            "12% per year.",
            {"rate": "0.06"},
        ),
        # earlier bonds the new ones resemble
        (
            "Glaston Corporation will issue convertible bonds. The terms and "
            "conditions of the Bonds to be issued now are similar to the "
            "convertible bonds issued on 16 June 2009.",
            {"date": None},
        ),
        # a bond's own price apiece is no conversion price
        (
            "TV-Loonland closed its offering of 5% convertible bonds. The company "
            "sold 2,019,504 convertible bonds at \u20ac1.00 apiece.",
            {"conversion-price": None},
        ),
        # a government-backed loan beside the notes
        (
            "In 2019, Legacy Canoo issued 12% secured convertible notes. On July "
            "7, 2020, Legacy Canoo entered into a promissory note for loan "
            "proceeds under the Paycheck Protection Program.",
            {"date": None},
        ),
        # the offering's aggregate principal amount stated after it
        (
            "Cheniere Energy Inc. has priced an offering of Cheniere's 4.25% "
            "Convertible Senior Notes due 2045. The aggregate principal amount of "
            "the offering was US$625 million.",
            {"principal": "625000000.00 USD"},
        ),
        # "priced its ... notes offering of" an amount
        (
            "AGCO said Tuesday that it priced its senior subordinated notes "
            "offering of $175 million. The notes will be convertible based on an "
            "initial conversion rate of 24.5525 shares of AGCO's common stock per "
            "$1,000 principal amount of notes.",
            {"principal": "175000000.00 USD"},
        ),
        # notes priced concurrently that do not convert
        (
            "Terex Corp. priced $172.5 million of 4% convertible senior "
            "subordinated notes due 2015. The company concurrently priced $300 "
            "million of senior notes due 2016 with a coupon of 10.875%.",
            {"rate": "0.04"},
        ),
        # a prevailing (adjusted) conversion price
        (
            "Angang Steel's zero-coupon convertible bonds due 2023 are putable "
            "on May 25. The bonds are convertible into H shares at the prevailing "
            "conversion price of HK$6.61 per share.",
            {"conversion-price": None},
        ),
        # the lender by its letters: signs the loan, may convert it
        (
            "Ahli United Bank received a request from the International Finance "
            "Corporation (IFC) to convert subordinated debt to shares in the "
            "bank. Ahli United Bank and IFC signed a $200 million subordinated "
            "loan and conversion option agreement in November 2006.",
            {"holder": '"International Finance Corporation"'},
        ),
        (
            "The board approved agreements among The City Bank Ltd and "
            "International Finance Corporation\u2019s (IFC). Conversion Option: IFC "
            "may convert all or portion of the outstanding principal balance of "
            "the loan into common shares of the borrower.",
            {"holder": '"International Finance Corporation"'},
        ),
        # the issuer converting into its own stock is no holder
        (
            "Consolidated Delivery & Logistics, Inc. (CDL) issued a 7% "
            "subordinated convertible note. CDL may convert all or any part of "
            "the Note into fully paid shares of CDL's stock at a conversion price "
            "of $6 per share.",
            {"holder": None},
        ),
        # a share class with its form after it: "common registered shares"
        (
            "Piraeus Bank subscribed to Tranche A bonds of the Convertible Bond "
            "Loan issued by MIG. Piraeus Bank has committed to convert bonds worth "
            "at least \u20ac90,000,000 into common registered shares of the "
            "Company at a conversion price of \u20ac0.54 per share. Upon "
            "conversion of bonds into common registered shares of the Company, "
            "Piraeus Bank will hold a 17.7% stake in MIG.",
            {"share-class": '"Common Registered"'},
        ),
        # a term table's rows after a bar: the issue size, the coupon dates
        (
            "Issuer | Amadeus IT Group, S.A.\nIssue size | Eur 750,000,000\n"
            "Coupon dates | Semi annually\nCoupon | 1.5% (Annual)\n"
            "Early redemption | at any time, if the parity value in respect of a "
            "Bond in the principal amount of \u20ac100,000 exceeds \u20ac130,000.",
            {"principal": "750000000.00 EUR", "interest-payment": '"semiannually"'},
        ),
        (
            "Convertible bond 2020/2026\nIssue Size | 150m EUR\n"
            "Maturity | 15.01.2026 (approx. 5.3 years)\nCoupon | 0.75% p.a.\n"
            "Interest due dates | annually in arrear on 15 January in each year",
            {
                "principal": "150000000.00 EUR",
                "maturity": "2026-01-15",
                "interest-payment": '"annually"',
            },
        ),
        # the day holders use their right is no issue date
        (
            "ATTICA HOLDINGS S.A. announces that on December 7, 2018 the "
            "bondholders (investment funds) of the exchangeable bond loan of "
            "Blue Star Ferries Maritime S.A. (\u201cBlue Star\u201d) exercised their "
            "right to exchange the bonds issued by Blue Star on 5.9.2014 to bonds "
            "issued by Attica Group, convertible to new shares of Attica Group.",
            {"date": None},
        ),
        # bonds "covering an amount of"
        (
            "Piraeus Bank subscribed to 251,835,900 Tranche A bonds of the "
            "Convertible Bond Loan (\u201cCBL\u201d) issued by MIG, covering an amount "
            "of \u20ac251,835,900.",
            {"principal": "251835900.00 EUR"},
        ),
        # a debt with a right to conversion; its annual interest; interest due
        # with the principal on the due date
        (
            "The company has agreed on a debt of EUR 10 million with a right to "
            "conversion with the Finnish Industry Investment Ltd. The annual "
            "interest of the debt is 10%. Interests will fall due on the due date "
            "together with the principal (PIK).",
            {
                "principal": "10000000.00 EUR",
                "rate": "0.1",
                "interest-payment": '"maturity"',
            },
        ),
        # a news service's closing done on the day
        (
            "infinitii ai inc. announced that it has completed a private "
            "placement and issued unsecured convertible debenture for gross "
            "proceeds of CAD 520,000 on February 10, 2023.",
            {"date": "2023-02-10"},
        ),
        # a Korean brief's bonds "for gross proceeds of"
        (
            "T-Robotics.Co.,Ltd. (KOSDAQ:A117730) announced that it will issue "
            "Series 4 Unregistered nonguaranteed private convertible bonds for "
            "gross proceeds of KRW 5,000,000,000 on June 10, 2021.",
            {"principal": "5000000000.00 KRW"},
        ),
        # "The FCCBs amount to"
        (
            "The FCCBs amount to $100 million. The bonds have a tenure of five "
            "years and one day, carry an interest of 2 per cent per annum payable "
            "in arrears semi-annually.",
            {"principal": "100000000.00 USD"},
        ),
        # a bond desk's "conversion price on the issue"
        (
            "Service Corp. International will call its 6.75% convertible "
            "subordinated notes due 2008. The conversion price on the issue is "
            "$6.92, and Service Corp. shares closed Thursday at $7.24.",
            {"conversion-price": "6.92 USD"},
        ),
        # an ICULS issue's nominal value, not each holder's entitlement
        (
            "RIGHTS ISSUE OF RM177,341,650 NOMINAL VALUE OF 2% 10-YEAR "
            'IRREDEEMABLE CONVERTIBLE UNSECURED LOAN STOCKS ("ICULS") ON THE '
            "BASIS OF RM0.525 NOMINAL VALUE OF ICULS (OR EQUIVALENT TO 3.5 ICULS) "
            "FOR EVERY ONE (1) ORDINARY SHARE OF RM1.00 EACH HELD",
            {"principal": "177341650.00 MYR"},
        ),
        # bonds (FCCBs) "for" an amount; not a share's face value
        (
            "Aban Loyd Chiles Offshore has launched and priced an offering of "
            "five-year, zero coupon, yen-denominated foreign currency convertible "
            "bonds (FCCBs) for yen 9.30 billion. The conversion price will be "
            "subject to a floor Rs 1,000 per equity share with a face value Rs 2 "
            "each.",
            {"principal": "9300000000.00 JPY"},
        ),
        # lakhs grouped by two; a press note's date is no issue date
        (
            "Great Offshore Ltd has informed BSE that the Company had issued USD "
            "4,20,00,000, 7.25% unsecured Foreign Currency Convertible Bonds "
            "(\u201cFCCBs\u201d) on October 05, 2007 due for maturity on 2012. The "
            "Central Government vide press note dated February 15, 2010 permits "
            "revision in the conversion price of outstanding FCCBs.",
            {"principal": "42000000.00 USD", "date": "2007-10-05"},
        ),
        # a dirham price in fils; a rate per bond
        (
            "Type of Conversion: Mandatory\nConversion Price: AED 33,33 UAE Fils "
            "per share\nInterest Rate Per Bond: 0% (zero percent)",
            {"conversion-price": "0.3333 AED", "rate": "0"},
        ),
        # listed on both sides of the Tasman: the dollar is unsure
        (
            "The offer to noteholders will be priced at $1.1716, being the face "
            "value of the notes. The convertible notes convert to ordinary shares "
            "at 55 cents per share. Evergreen is a public company listed on the "
            "New Zealand Stock Exchange and the Australian Stock Exchange.",
            {"conversion-price": None},
        ),
        # notes the proceeds repurchase
        (
            "Helix announced today it has priced an offering of $125 million "
            "principal amount of 4.125% Convertible Senior Notes due 2023. Helix "
            "intends to use the net proceeds from the offering to repurchase all "
            "of its currently outstanding $60.115 million principal amount of "
            "3.25% Convertible Senior Notes due 2032.",
            {"principal": "125000000.00 USD"},
        ),
        # each debenture's face after the issue's
        (
            "The Corporation proposes to issue and sell $50,000,000 of unsecured "
            "subordinated convertible debentures with a face value of $1,000 "
            "principal amount per Firm Debenture.",
            {"principal": "50000000.00 USD"},
        ),
        # shares lent to hedge; another company's officer; no change in the
        # major shareholder
        (
            "The Company issued USD 250 million of 5% convertible bonds due "
            "2028. The Company's major shareholder, Drew Holdings (the "
            "\u201cShareholder\u201d and together with the Company, the "
            "\u201cLenders\u201d) have entered stock lending arrangements with DNB "
            "Markets.",
            {"related-party": None},
        ),
        (
            "XingHe entered into a subscription agreement with Advance "
            "Opportunities Fund for the proposed 1% convertible notes. Advance "
            "Opportunities Fund is controlled by Tan Choon Wee, the chief "
            "executive officer and director of Singapore-based Advance Capital "
            "Partners Asset Management Pvt Ltd. XingHe does not expect a change in "
            "its major shareholder as the fund will not hold more than 15%.",
            {"related-party": None},
        ),
        # the directors beside other investors: one of several holders
        (
            "It is proposed that the Loan Stock will be offered for subscription "
            "to the Directors of the Company and certain other private investors.",
            {"related-party": None},
        ),
        # a conversion rate's price, unnamed
        (
            "The initial conversion rate is 17.7494 of Snap Class A common stock "
            "per $1,000 principal amount of notes (equivalent to ~$56.34/share).",
            {"conversion-price": "56.34 USD"},
        ),
        # the shares' gross proceeds beside the bonds'
        (
            "Senko Co., Ltd announced a private placement of 578,035 redeemable "
            "convertible preferred shares at a price of KRW 21,625 for the gross "
            "proceeds of KRW 12,500,006,875 and round 1 non-guaranteed private "
            "equity convertible bonds for KRW 12,500,000,000 on March 31, 2021.",
            {"principal": "12500000000.00 KRW", "purchase-price": None},
        ),
        # notes offered beside these that do not convert; the next notes the
        # proceeds refinance
        (
            "Xerox announced today the pricing of $350,000,000 aggregate "
            "principal amount of 3.75% Convertible Senior Notes due 2030. The "
            "Company intends to use the net proceeds, together with the net "
            "proceeds from the concurrent offering of 8.875% Senior Notes due "
            "2029, to refinance all of its outstanding 3.800% Senior Notes due "
            "2024 and a portion of its 5.000% Senior Notes due 2025.",
            {"rate": "0.0375"},
        ),
        # the old bonds a notice also calls in
        (
            "BAA plc announces that it has launched an issue of GBP425 million "
            "2.625 per cent Senior Unsecured Convertible Bonds due 19 August "
            "2009. BAA has also given notice today that all of the outstanding "
            "4.875 per cent. Convertible Bonds due 2004 of BAA will be redeemed.",
            {"rate": "0.02625"},
        ),
        # notes convertible "under certain circumstances into"
        (
            "KKR and GS Capital will purchase $400 million of 1.25% senior notes "
            "convertible under certain circumstances into Harman common stock.",
            {"principal": "400000000.00 USD"},
        ),
        # a bond "exchangeable into", an "exchangeable by"
        (
            "Hutchison Whampoa launches another $2.5 billion bond exchangeable "
            "into its holdings of Vodafone.",
            {"principal": "2500000000.00 USD"},
        ),
        (
            "HSBC completed a HK$2.33 billion ($300 million) exchangeable by "
            "Shanghai Industrial Investment Treasury into red chip Shanghai "
            "Industrial Holdings.",
            {"principal": "2330000000.00 HKD"},
        ),
        # a price in yen written after the figure
        (
            "Determination of Terms of Issue of Euro Yen Zero Coupon Convertible "
            "Bonds due 2009\n(1) Conversion Price 587 yen",
            {"conversion-price": "587 JPY"},
        ),
        # "The maturity is two years, until"
        (
            "SK Innovation will issue zero-coupon private convertible bonds. The "
            "issuance size is 600 billion won. The maturity is two years, until "
            "Oct. 31, 2027.",
            {"maturity": "2027-10-31"},
        ),
        # into "new Class C shares"
        (
            "Summary Terms of the Offering: - Securities: Directed issue of bonds "
            "convertible into new Class C shares - Issue size: \u20ac450 million",
            {"share-class": '"Class C"'},
        ),
        # the dong's "VN\u0110"; the Omani rial's "RO"
        (
            "The bonds were set with a conversion price of VN\u011038,500 per share.",
            {"conversion-price": "38500 VND"},
        ),
        (
            "Al Omaniya Financial Services announced that its RO10mn compulsorily "
            "convertible bond issue has been oversubscribed.",
            {"principal": "10000000.00 OMR"},
        ),
        # an issue size "circa": no principal
        (
            "Wendel launches an issue of circa \u20ac750 million of bonds exchangeable "
            "into Bureau Veritas shares.",
            {"principal": None},
        ),
        # the exchange a company announces to is no holder
        (
            "27th June 2011, the Multi Finance Limited Announced to Colombo Stock "
            "Exchange, the Board of Directors Resolve convert the existing debt "
            "into voting ordinary shares at the price of Rs.30.00.",
            {"holder": None},
        ),
        # notes the proceeds replace
        (
            "The Notes will bear interest at the rate of 4% per annum. Ciena "
            "intends to use approximately $243.8 million of the net proceeds of "
            "this offering to replace its existing contractual obligation to "
            "issue 6% senior convertible notes.",
            {"rate": "0.04"},
        ),
        # shares per $1,000 "of principal, or a price of approximately"
        (
            "The notes will be convertible at an initial rate of 42.6257 shares "
            "of common stock per $1,000 of principal, or a price of approximately "
            "$23.46 per share.",
            {"conversion-price": "23.46 USD"},
        ),
        # interest "payable in cash on a semi-annual basis"
        (
            "The debentures mature on December 24, 2028, and bear an annual "
            "interest rate of 12%, payable in cash on a semi-annual basis.",
            {"interest-payment": '"semiannually"'},
        ),
        # a class's own word is no company's name
        (
            "The Board of Directors resolved to convert the existing debt into "
            "voting ordinary shares at the price of Rs.30.00 per share.",
            {"share-class": '"Voting Ordinary"'},
        ),
        # a defined price before the next item of a list is no price paid
        (
            "The Fundraising Amount was raised by way of a £805,000 subscription "
            "for 161,000,000 new ordinary shares of 0.1p at 0.50p per Subscription "
            "Share (the “Subscription Price”) and issue of £250,000 of convertible "
            "loan notes with a conversion price of 0.75p.",
            {"principal": "250000.00 GBP"},
        ),
        # "there is no interest charge"; another series' charge only if not
        # redeemed by then
        (
            "A loan notes are convertible at 3p a share and there is no interest "
            "charge. B loan notes have a five year term and if they are not "
            "redeemed by then an annual interest charge of 8.75% is payable.",
            {"rate": "0"},
        ),
        # the naira in a Nigerian text, its kobo, and the principal before a
        # rate in words
        (
            "Crusader Nigeria Plc has postponed its offer of 1.2 billion ordinary "
            "shares of 50 kobo each. The company's N4 billion, 12 per cent "
            "unsecured convertible debenture stock is being offered at par.",
            {"principal": "4000000000.00 NGN", "par-value": "0.5 NGN"},
        ),
        # the sentence that converts the debenture names the class, not
        # another's "equity shares"
        (
            "The convertible debenture is a safer option as investors lost "
            "their appetite for equity shares in the market. It also guarantees "
            "conversion of the convertible debenture into the company's ordinary "
            "shares at "
            "N7.35 per share.",
            {"share-class": '"Ordinary"'},
        ),
        # both notes of the guarantors' list are other notes
        (
            "The Notes will be guaranteed by the subsidiaries that guarantee its "
            "existing 9.250% Senior Notes due 2030 and 9.000% Senior Notes due "
            "2031, and will accrue interest payable semiannually at a rate of "
            "1.75% per year.",
            {"rate": "0.0175"},
        ),
        # a conversion at the note's fixed price states that price
        (
            "The notes were converted into 1,371,069 new ordinary shares at a "
            "fixed conversion price of CHF10.18 per share.",
            {"conversion-price": "10.18 CHF"},
        ),
        # bonds that "can convert at" a price, a premium after it
        (
            "Each €100,000 convertible bond will last seven years, paying two per "
            "cent interest and can convert at €54.99, a 30 per cent premium over "
            "the reference share price of €42.30.",
            {"conversion-price": "54.99 EUR"},
        ),
        # a Chinese issuer's H shares
        (
            "The Bonds are, in the circumstances set out in the Terms and "
            "Conditions, convertible into H Shares at HK$39.04 per H Share.",
            {"share-class": '"H"'},
        ),
        # a news service's term list with no space after its colons
        (
            "Issuer:Acme Landesbank AG\n"
            "Bookrunners:UBS Investment Bank and Acme Landesbank (Schweiz) AG\n"
            "Amount:CHF 270 million\n"
            "Coupon:1.65%",
            {"principal": "270000000.00 CHF"},
        ),
        # an offering's final size
        (
            "Acme AG announces the pricing of its offering of convertible bonds "
            "due 2014. The final size of the offering is EUR110 million.",
            {"principal": "110000000.00 EUR"},
        ),
        # an issue amount increased to its final size
        (
            "Acme Holding AG completes the placement of the convertible bonds and "
            "increases the issue amount to CHF 25 million due to strong demand.",
            {"principal": "25000000.00 CHF"},
        ),
        # the indenture signed as the notes were issued
        (
            "On August 24, 2018, in connection with the issuance of $800 million "
            "aggregate principal amount of its 2.00% Convertible Senior Notes due "
            "2028 (the “Notes”), Acme, Inc., a Delaware corporation (the "
            "“Company”), entered into an indenture (the “Indenture”) with respect "
            "to the Notes.",
            {"date": "2018-08-24"},
        ),
        # a maturity that is also the mandatory conversion date
        (
            "Aggregate principal amount: US$292,445,150\n"
            "Maturity / mandatory conversion date: June 15, 2012",
            {"maturity": "2012-06-15"},
        ),
        # a regulator's commission is no fee
        (
            "Acme Closes On $250 Million Convertible Loan From United Airlines\n"
            "Acme has announced in a filing with the US Securities & Exchange "
            "Commission (SEC) that it has closed on a $250 Million senior secured "
            "convertible loan agreement.",
            {"principal": "250000000.00 USD", "issue-costs": None},
        ),
        # the proceeds with an option, and a hedge's cost, are no fees
        (
            "Acme priced $125m of 5.875% convertible senior notes due 2033. Acme "
            "estimated net proceeds of $120.2m after fees and expenses, rising to "
            "around $144.4m if the overallotment option was exercised. It expected "
            "to use the proceeds to fund capped call transactions at an estimated "
            "cost of $12m.",
            {"issue-costs": None},
        ),
        # a list's dash after the label; a takeover's lower price is no term
        (
            "Conversion Price \u2013 $4.6217 per ADS, representing a 35% premium. "
            "Following the occurrence of a change of control of Acme, the "
            "conversion price will be reduced to $4.1595.",
            {"conversion-price": "4.6217 USD"},
        ),
        # the issuer's short name before its class, a price in US cents
        (
            "The debt will be convertible at the option of the holder into ETI "
            "ordinary shares at an exercise price of 6 US cents during the "
            "conversion period of 19 October 2019 to 13 October 2022.",
            {"conversion-price": "0.06 USD"},
        ),
        # the notes and who took them up
        (
            "The second tranche consisting of USD 140 million convertible notes "
            "was fully subscribed to by Qatar National Bank (QNB), also an "
            "institutional shareholder.",
            {"holder": '"Qatar National Bank"'},
        ),
        # a term list's investor and its part of the issue
        (
            "Amount:$1 million\n"
            "Coupon:12%\n"
            "Investor:Rockridge Capital Holdings, LLC (for $750,000)\n"
            "Settlement date:April 16 (for $750,000)",
            {"holder": '"Rockridge Capital Holdings, LLC"'},
        ),
        # a term list's amount that several closings make up
        (
            "Issue:Series B secured convertible redeemable debentures\n"
            "Amount:C$1 million\n"
            "Coupon:10%\n"
            "Settlement dates:April 21 (for C$545,000), May 20 (for C$158,000)",
            {"principal": None},
        ),
        # a Canadian company's note payable in US currency
        (
            "PRINCIPAL AMOUNT: $500,000 ACME INC. a corporation existing under "
            "the laws of Canada, for value received, hereby promises to pay to "
            "Bartholemew International Investments, (the registered Holder "
            "hereof) the principal sum of FIVE HUNDRED THOUSAND DOLLARS "
            "($500,000.00) on September 1, 2001, in such coin or currency of the "
            "United States of America as at the time of payment shall be legal "
            "tender.",
            {
                "principal": "500000.00 USD",
                "holder": '"Bartholemew International Investments"',
            },
        ),
        # a rate payable only from a default
        (
            "The Company promises to pay interest thereon from the date hereof at "
            "the rate of fourteen percent (14%) payable from the date of any "
            "default by the Company.",
            {"rate": None},
        ),
        # a face's date after its amount in US dollars
        (
            "CONVERTIBLE GRID PROMISSORY NOTE\nUSD$750,000.00\n"
            "DATE: SEPTEMBER 2, 2010\n1. Promise to Pay\n"
            "FOR VALUE RECEIVED Acme Corp. promises to pay.",
            {"date": "2010-09-02"},
        ),
        # a day count with spaces around its hyphen
        (
            "Any funds drawn down will convert into shares at a price equal to a "
            "15% discount to the 10 - day volume weighted average price of the "
            "Company's shares.",
            {"conversion-lookback": "10"},
        ),
        # a circular's date is no issue date
        (
            "Acme invited holders of its 5% unsecured convertible debentures to "
            "offer them for redemption, pursuant to the Circular under which "
            "these Debentures were issued dated 17 January 2017.",
            {"date": None},
        ),
        # shares still to be issued on conversion
        (
            "It is expected that the new Ordinary Shares arising on conversion of "
            "the Loan Stock will be issued by the Company on 19 December 2000.",
            {"date": None},
        ),
        # other notes the proceeds buy back, a few words after the verb
        (
            "Acme announced the pricing of $525.0 million aggregate principal "
            "amount of 0.875% convertible senior notes due 2024. Acme expects to "
            "use the remaining proceeds of the offering to repurchase, in "
            "separate, privately negotiated transactions, approximately $340.2 "
            "million in principal amount of Acme's 1.00% Convertible Senior Notes "
            "due 2035.",
            {"principal": "525000000.00 USD"},
        ),
        # the base deal beside the whole issue with the option
        (
            "Acme today announced the closing of its offering of $920 million "
            "aggregate principal amount of 0.25% convertible senior notes due "
            "2024. The offering represented $800 million aggregate principal "
            "amount of Notes plus the full exercise of the initial purchasers' "
            "option to purchase up to an additional $120 million aggregate "
            "principal amount of Notes.",
            {"principal": "920000000.00 USD"},
        ),
        # the size an offering opened at before it was upsized
        (
            "Acme today announced the pricing of its $275.0 million aggregate "
            "principal amount of 3.00% convertible senior notes due in 2013. The "
            "offering commenced on June 12, 2008 at 4,708,500 shares of common "
            "stock and $225.0 million aggregate principal amount of notes.",
            {"principal": "275000000.00 USD"},
        ),
        # older debentures whose terms were changed; a price's yearly step
        (
            "The new debentures are convertible at $0.34 USD per share during "
            "the first and second year, increasing in price by 10% per year the "
            "third through fifth years. The re-negotiated debentures in the "
            "amount of US$ 782,000 are convertible into shares at US$ 0.34 per "
            "share. Interest on both new and renegotiated debentures will be "
            "calculated at 12% per annum.",
            {"principal": None, "rate": "0.12"},
        ),
        # "Depository", as some write the depositary's name
        (
            "The notes will be convertible into American Depository Shares "
            "representing ordinary shares of Acme stock.",
            {"share-class": '"American Depository Shares"'},
        ),
        # a coupon beside a guaranteed yield; the interest of a buyback
        (
            "At that time, the fund fully acquired a convertible bond worth 100 "
            "billion won. The conversion price was set at 46,777 won, with a "
            "coupon rate and guaranteed yield of 0%. It received 20 billion won "
            "at the beginning of the year and agreed to receive guaranteed "
            "interest of 7.33% on the remaining 80 billion won.",
            {"rate": "0"},
        ),
        # the underwriting agreement's date, its representatives far after it
        (
            'On May 17, 2007, Acme Solutions, Inc. (the "Company") completed an '
            "offering of $175 million aggregate principal amount of its 3.75% "
            'Convertible Senior Notes due 2027 (the "Notes") pursuant to a '
            'purchase agreement, dated May 10, 2007 (the "Purchase Agreement"), '
            "by and among the Company, Acme Operating Company and Bear, Stearns & "
            "Co. Inc. and Banc of America Securities LLC, as representatives (the "
            '"Representatives") of the several initial purchasers named therein.',
            {"date": "2007-05-17"},
        ),
        # the part of an issue called; a regular semiannual payment
        (
            "Acme calls $36 million of 0.375% convertible debentures due 2022. "
            "They originally were issued in principal amount of $450 million. "
            "Acme will pay its regular semiannual interest payment of $1.875 for "
            "each $1,000 principal amount of debentures on Nov. 15.",
            {"principal": "450000000.00 USD", "interest-payment": '"semiannually"'},
        ),
        # a scale in capitals before the currency word
        (
            "Acme has resolved to issue Euro Yen Zero Coupon Guaranteed "
            'Convertible Bonds due 2009 (the "Convertible Bonds"), of 100 '
            "Billion Yen in aggregate principal amount.",
            {"principal": "100000000000.00 JPY"},
        ),
        # bonds "worth a total of"
        (
            "Acme announced that it has decided to issue the 84th series of "
            "unsecured private convertible bonds (CB) worth a total of 10 billion "
            "KRW.",
            {"principal": "10000000000.00 KRW"},
        ),
        # "at an initial rate of" a price per H share
        (
            "The gold miner plans to issue zero-coupon bonds that convert into "
            "shares of the company at an initial rate of HK$17.83 per H share.",
            {"conversion-price": "17.83 HKD"},
        ),
        # an agreement among parties, dated: not the notes' issue
        (
            "The Notes are being sold pursuant to a securities purchase "
            "agreement, or the Securities Purchase Agreement, among us and the "
            "investors in the Notes, dated as of May 15, 2025, as amended, "
            "pursuant to which we may issue such Notes.",
            {"date": None},
        ),
        # a premium in a term list before the rate
        (
            "Convertible into 8.1 million ordinary shares of Acme, conversion "
            "premium: 20% Interest rate: 1.00% p.a.",
            {"rate": "0.01"},
        ),
        # other bonds bought back beside the new ones; each new bond's
        # nominal amount
        (
            "Offering of EUR 250 million Convertible Bonds due 2019\n"
            "Concurrent Open Market Repurchase in respect of EUR 100 million in "
            "aggregate principal amount of Acme's EUR 230 million 2.875% "
            "Convertible Bonds due 2016\n"
            "The New Bonds shall be issued at par in a nominal amount of EUR "
            "100,000 per New Bond and pay a fixed coupon of 1% per annum.",
            {"principal": "250000000.00 EUR", "rate": "0.01"},
        ),
        # the new notes' face as the first item of what is given in exchange
        (
            "On November 29, 2016, the Company entered into a Securities Exchange "
            "Agreement with certain holders to which the Company exchanged with the "
            "Holders $1,500,000 of Original Notes in exchange for: (i) an aggregate "
            "principal amount of $1,500,000 of new secured subordinated promissory "
            "notes (the Exchange Notes) and (ii) warrants.",
            {"principal": "1500000.00 USD", "purchase-price": None},
        ),
        # a facility converted into the new debentures, and its date
        (
            "The Company will convert the unsecured interest-bearing debt facility "
            "with Acme Fund, in the aggregate principal amount of US$3,000,000, "
            "dated April 29, 2014 and due on December 31, 2014, along with interest "
            "of US$55,065 thereon into 9.0% senior unsecured convertible debentures "
            "of the Company in the principal amount of US$3,055,065.",
            {"principal": "3055065.00 USD", "date": None},
        ),
        # a short name for several parties
        (
            "The Company has signed a debenture purchase agreement with its major "
            "shareholder, Acme Executive GP IV, Limited for the General Partner of "
            'Acme Resources Fund IV, L.P. (collectively, "Acme"). The Company '
            "will issue to Acme 9.0% convertible debentures in the principal "
            "amount of US$3,000,000.",
            {"holder": None},
        ),
        # a bare dollar the arithmetic of a placement names
        (
            "Acme has today issued 11,442,641 shares at an issue price of $0.20 "
            "per share to raise NZD$2.28 million. The Loan can be converted into "
            "shares in Acme at a conversion price of $0.20 per share.",
            {"conversion-price": "0.20 NZD"},
        ),
        # a loan beside the loan notes subscribed for
        (
            "Mr Smith has agreed to provide an interest-free Short Term Loan of "
            "\u00a350,000 to the Company. Mr Smith has also agreed to make available "
            "a further \u00a388,000 by way of the subscription for Convertible Loan "
            "Notes in the Company.",
            {"principal": "88000.00 GBP", "rate": None},
        ),
        # the company's own subsidiary as a share purchase's purchaser
        (
            "The Company entered into a share purchase agreement with 1393631 B.C. "
            "Unlimited Liability Company, a British Columbia ULC and indirect "
            'wholly owned subsidiary of the Company (the "Purchaser"), and the '
            "sellers, in exchange for the issuance by the Company to the sellers "
            "of 12% convertible senior secured notes.",
            {"holder": None},
        ),
        # the option's proceeds inside the issue
        (
            "The REIT announced the issue of $46.0 million aggregate principal "
            "amount of 5.10% convertible unsecured subordinated debentures, "
            "including gross proceeds of $6.0 million from the exercise of the "
            "over-allotment option in full.",
            {"principal": "46000000.00 USD", "purchase-price": None},
        ),
        # a stake the conversion gives
        (
            "Acme subscribed for a US$500,000 convertible loan note, expected to "
            "give Acme an approximate interest of 2.3% In Beta Meats on conversion.",
            {"rate": None},
        ),
        # a hypothec's amount
        (
            "The Company issued 12% PIPE Convertible Notes. The PIPE Convertible "
            "Notes are secured by a hypothec in the amount of US$60,000,000 over "
            "the universality of the Company's movable assets.",
            {"principal": None},
        ),
        # a term sheet's date under its title
        (
            "Pricing Term Sheet\n"
            "dated October 15, 2013\n"
            "Acme Capital Corp.\n"
            "Offering of 6.00% Convertible Senior Unsecured Notes due 2018",
            {"date": None},
        ),
        # notes a notice redeems; the outstanding amount of those called
        (
            "Acme Energy Corp. plans to redeem $35 million of its 4.5% "
            "convertible senior notes due 2035, the company announced.",
            {"principal": None, "rate": "0.045"},
        ),
        (
            "Acme issued a redemption notice to redeem $33,530,000 of the "
            "$44,705,000 aggregate principal amount of its 6.00% convertible "
            "unsecured subordinated debentures due June 30, 2017 (the "
            '"Debentures") outstanding, on December 23, 2015.',
            {"principal": None},
        ),
        # a trust's units, their price, and the maturity of debentures the
        # proceeds redeem
        (
            "Acme Retail REIT closed its offering of $47,250,000 aggregate "
            "principal amount of 5.10% convertible unsecured subordinated "
            "debentures due March 31, 2023. The Debentures are convertible, at "
            "the option of the holder, into trust units of the REIT at C$5.65 per "
            "trust unit. Acme intends to use the net proceeds from the Offering "
            "to fund the redemption of its 5.75% convertible unsecured "
            "subordinated debentures which mature on December 31, 2018.",
            {
                "conversion-price": "5.65 CAD",
                "share-class": '"Trust Units"',
                "maturity": "2023-03-31",
            },
        ),
        (
            "The Debentures will be convertible at the holder's option into units "
            'of Acme (the "Units") at a conversion price of C$20.50 per Unit.',
            {"share-class": '"Units"'},
        ),
        # one buyer's part of an offering
        (
            "Acme REIT completed its offering of C$175 million aggregate principal "
            "amount of 4.50% convertible unsecured subordinated debentures. As "
            "part of the transaction, Acme Corporation purchased $50 million "
            "aggregate principal amount of the Debentures.",
            {"principal": "175000000.00 CAD", "holder": None},
        ),
        # the issue an option brings to its total
        (
            "Acme REIT announced the full exercise of the C$4.5 million "
            "over-allotment option, bringing the overall issue amount of its 6% "
            "convertible unsecured subordinated debentures to C$34.5 million.",
            {"principal": "34500000.00 CAD"},
        ),
        # a trigger price, and the face set against what is left of it
        (
            "Acme will convert all outstanding debentures into common shares at a "
            "conversion price of $25.00 per share. This right was triggered by "
            "the price of our common shares remaining at or above the mandatory "
            "conversion price of $32.50. As of March 31, 2009, the principal "
            "amount remaining outstanding of the original $95.0 million worth of "
            "the debentures was $79.0 million.",
            {"conversion-price": "25.00 USD", "principal": "95000000.00 USD"},
        ),
        # an investor's part beside another
        (
            "The company issued a 55 million dirham convertible bond, which pays "
            "an 8 percent coupon. An asset manager has also invested 1.2 million "
            "dirhams in the convertible bond alongside the private bank.",
            {"principal": "55000000.00 AED"},
        ),
        # notes announced before, beside these
        (
            "Acme today announced a commitment by Beta Finance to subscribe for "
            "A$30 million in convertible notes. Together with the A$70 million in "
            "convertible notes and the NZ$45 million bank facility announced on 19 "
            "December 2006, Acme now has A$140 million of committed funding.",
            {"principal": "30000000.00 AUD"},
        ),
        # an officer quoted, the quote first
        (
            "Acme entered into a backstop agreement for the issue of 5.5% "
            "convertible notes with Beta Credit LLC.\n\n\u201cWe worked with Acme and "
            "our long-time partners at Beta to secure this facility,\u201d said "
            "Gamma chief executive officer John Smith.",
            {"related-party": None},
        ),
        # a consultant paid with a note; interest accrued; a valuation's excess
        (
            "On April 21, 2015 the Company entered into a consultancy agreement "
            "with Acme & Company. In exchange for these consultancy services the "
            "Company agreed to pay Acme & Company $400,000 payable by the "
            "issuance of a convertible note at a rate of 4% per annum. For the "
            "year ended December 31, 2015 the Company accrued interest in the "
            "amount of $11,197. The Company calculated fair value of the "
            "convertible note at $2,400,000 as prepaid expenses and the excess "
            "value of $2,000,000 over the value of note was credited to "
            "additional paid in capital.",
            {"principal": "400000.00 USD", "issue-costs": None},
        ),
        # the notes' own issue day inside a later event's sentence
        (
            "On October 19, 2005, Acme Investments Ltd., holder of $10 million "
            "principal amount of the Company's outstanding 8.0% Senior Secured "
            'Convertible Notes due 2008, issued on May 19, 2005 (the "Notes"), '
            "delivered to the Company a letter asserting an event of default.",
            {"date": "2005-05-19"},
        ),
        # a term sheet's expected settlement dated in full
        (
            "Acme, Inc.\n"
            "Offering of $125,000,000 aggregate principal amount of 2.75% "
            "Convertible Senior Notes due 2019\n"
            "Trade Date: May 29, 2014.\n"
            "Settlement Date: June 3, 2014.",
            {"date": None, "principal": "125000000.00 USD"},
        ),
        # the maturity of debt the proceeds refinance
        (
            "Acme issued new convertible loan notes for an amount of EUR 500,000 "
            "at a conversion price of EUR 0.65. The Board used the net proceeds "
            "to refinance existing Convertible Debt in principal due on 1 "
            "February 2023.",
            {"maturity": None},
        ),
        # a registration fee table's fee
        (
            "CALCULATION OF REGISTRATION FEE\n"
            "Proposed\nMaximum\nAmount of\nAggregate\nRegistration\n"
            "Title of each class of securities offered Offering Price(1) Fee(2)\n"
            "3.50% Convertible Notes due 2012 $ 230,000,000 $ 12,834\n"
            "(1) The 3.50% Convertible Notes have a maximum offering price of "
            "100%.\n"
            "Acme Corporation\n"
            "$200,000,000\n"
            "3.50% Convertible Notes due 2012\n"
            "We are offering $200 million aggregate principal amount of notes.",
            {"principal": "200000000.00 USD"},
        ),
        # a placement of the company's notes named at length
        (
            "On March 21, 2007, the Company entered into a Securities Purchase "
            "Agreement with certain buyers, for the private placement of "
            "$25,750,000 of the Company's 6.25% Convertible Senior Subordinated "
            'Secured Notes due 2027 (the "Notes") to such Buyers.',
            {"principal": "25750000.00 USD", "rate": "0.0625"},
        ),
        # notes beside shares in one offering
        (
            "Acme announced the pricing of its offerings of (a) 375,000 shares of "
            "its common stock at a public offering price of $210.00 per share for "
            "gross proceeds of approximately $78.8 million and (b) $150 million "
            "aggregate principal amount of its 1.375% convertible senior notes "
            "due 2025.",
            {"principal": "150000000.00 USD"},
        ),
        # a prospectus cover's amount above a fractional rate
        (
            "Prospectus\n"
            "$95,000,000\n"
            "3 3/4% Senior Subordinated Convertible Notes due 2024 and\n"
            "Shares of Common Stock issuable upon conversion of the Notes",
            {"principal": "95000000.00 USD"},
        ),
        # an exchange's approval received; notes that matured, replaced
        (
            "Acme Potash Corp. has received approval of the TSX Venture Exchange "
            "for the issuance of its convertible debentures in the aggregate "
            "principal amount of $7.7-million. The convertible debentures are "
            "being issued in replacement of previously outstanding convertible "
            "debentures in the aggregate principal amount of $7-million plus "
            "accrued interest of $700,000, which matured on Jan. 14, 2016. The "
            "convertible debentures bear interest at the rate of 7.5 per cent per "
            "annum and will mature on Sept. 1, 2017.",
            {"principal": "7700000.00 CAD", "maturity": "2017-09-01"},
        ),
        # a class letter before lower-case words
        (
            "The notes are convertible into the company's A ordinary shares at "
            "$14.6875 per share.",
            {"share-class": '"A Ordinary"'},
        ),
        # a discounted price, and a formula only a default brings
        (
            "Acme Plc has issued $122.5 million in convertible notes due 2020 to "
            "yield 0% at a discounted offering price of $100 million. Holders may "
            "force redemption in the event of a default. The alternate conversion "
            "price in such an event is the lower of either the current conversion "
            "price or 80% of the lowest stock price on any 5 trading days prior "
            "to the notice of conversion.",
            {
                "principal": "122500000.00 USD",
                "purchase-price": "100000000.00 USD",
                "conversion-discount": None,
                "conversion-lookback": None,
            },
        ),
        # a trading-price condition for converting
        (
            "Holders may surrender their 1.0% convertible notes for conversion "
            "during the ten consecutive trading-day period following any five "
            "consecutive trading-day period in which the trading price for the "
            "notes was less than 97% of the closing sale price of our common "
            "stock on such date multiplied by the then current conversion rate.",
            {"conversion-discount": None},
        ),
        # a rights offering's entitlement
        (
            "Acme Bank received approval to issue convertible capital securities. "
            "The bank will offer \u20ac11 principal amount of convertibles for every "
            "10 shares held.",
            {"principal": None},
        ),
        # a total, then each holder's part
        (
            "A total of $22.4-million (U.S.) of convertible notes, with "
            "$16-million (U.S.) of convertible notes issued to Acme LP, "
            "$4-million (U.S.) of convertible notes issued to Beta Property Ltd. "
            "and $2.4-million (U.S.) of convertible notes issued to Gamma "
            "Partners LLC.",
            {"principal": "22400000.00 USD", "holder": None},
        ),
        # the part one leg of an offer placed
        (
            "Valid applications under the Open Offer were received for \u00a315.8 "
            "million nominal of CULS and were satisfied in full. Accordingly, "
            "\u00a350 million nominal of CULS was issued.",
            {"principal": "50000000.00 GBP"},
        ),
        # an initial principal amount; bonds named after the amount
        (
            "Acme today announced that it has priced its private offering of $200 "
            "million in aggregate initial principal amount of 0.00% green "
            "exchangeable senior notes due 2025.",
            {"principal": "200000000.00 USD"},
        ),
        (
            "Acme is pleased to announce the successful placement of its EUR 1.1 "
            "billion bonds convertible and/or exchangeable into new and/or "
            "existing shares due April 1, 2014.",
            {"principal": "1100000000.00 EUR"},
        ),
        # net proceeds after deduction of commissions
        (
            "Acme will issue HK$1.4 billion 7% convertible bonds. The estimated "
            "net proceeds from the issue of the Convertible Bonds, after "
            "deduction of commissions and expenses, would be approximately "
            "HK$1.379 billion.",
            {"issue-costs": None},
        ),
        # a majority shareholder lending stock to hedge funds
        (
            "Acme Resources has sold $100 million of five-year convertible bonds. "
            "The deal was well-received by outright investors and hedge funds, "
            "which welcomed the fact that the majority shareholder was making "
            "stock available for borrowing.",
            {"related-party": None},
        ),
        # a short name the text writes in full with "Plc"
        (
            "Acme Copper Limited has reached an agreement with Origo Partners Plc "
            "to renegotiate its note. The replacement note is convertible at "
            "Origo\u2019s election.",
            {"holder": '"Origo Partners Plc"'},
        ),
        # a headline's amount rounded harder than the body's
        (
            "Acme Group to issue US$3m convertible bonds to buy stake in hotels\n\n"
            "Acme Group plans to acquire a 15 per cent interest in Strand Hotel "
            "by issuing US$3.19 million in convertible bonds.",
            {"principal": "3190000.00 USD"},
        ),
        # a price a premium defined elsewhere is added to
        (
            "The Loan is convertible at the option of the Lender into common "
            "shares of Acme at a conversion price per share of C$0.1995 plus the "
            "applicable Conversion Premium.",
            {"conversion-price": None},
        ),
        # a price per conversion share
        (
            "The Holder shall have the right to convert the Principal Amount "
            "into ordinary shares (such ordinary shares to be received by the "
            "Holder upon conversion, the “Voluntary Conversion Shares”) of the "
            "Company, par value $0.0001 (the “Ordinary Shares”), at a rate of "
            "$20.00 per Voluntary Conversion Share.",
            {"conversion-price": "20.00 USD"},
        ),
        # a floating rate over LIBOR after "per cent."
        (
            "The Company will issue £91,000 of convertible unsecured loan stock. "
            "The Loan Stock will carry interest of 1.5 per cent. over three "
            "month LIBOR payable quarterly in arrears.",
            {"rate": None},
        ),
        # loan stock in nominal amount
        (
            "The remaining 50 per cent. will be satisfied by the issue of "
            "£91,000 in nominal amount of convertible unsecured loan stock "
            "('Loan Stock').",
            {"principal": "91000.00 GBP"},
        ),
        # an agreement to borrow with a note
        (
            "On August 8, 2022, the Company entered into an agreement to borrow "
            "$176,000 in conjunction with an unsecured convertible promissory "
            "note from an investor.",
            {"principal": "176000.00 USD"},
        ),
        # an advance with a comma before the amount
        (
            "On July 15, 2022, the lender under the convertible note purchase "
            "agreement has advanced to the Company, $100,000 on the same terms.",
            {"principal": "100000.00 USD"},
        ),
        # interest that continues at a rate
        (
            "The Company borrowed under its convertible note agreement. The "
            "annual interest on the loan continues to be nine percent (9%).",
            {"rate": "0.09"},
        ),
        # the pula, by its code and by its letter
        (
            "The company issued the BWP 50 000 000 convertible bond in the local "
            "Botswana capital market on 3 September, 2007. Investors may convert "
            "10% of the bond to ordinary shares at a conversion price of P1.83.",
            {
                "principal": "50000000.00 BWP",
                "date": "2007-09-03",
                "conversion-price": "1.83 BWP",
            },
        ),
        # a semi-annual fixed-rate coupon
        (
            "Acme has issued a convertible bond. The bond pays a semi-annual "
            "fixed rate coupon of 13.20%.",
            {"interest-payment": '"semiannually"'},
        ),
        # the first part of a funding, provided by an issue of notes
        (
            "The first £425,000, which has been received by the Company, has "
            "been provided via the issue of loan notes, convertible into "
            "ordinary shares of the Company at £0.011 per share.",
            {"principal": "425000.00 GBP"},
        ),
        # a syndicated loan's signatory
        (
            "The syndicated convertible loan agreement with Aleph Finance Ltd "
            'for up to $3.25 million (the "Convertible Loan") is unsecured, '
            "convertible at any time at the option of the individual lenders.",
            {"holder": None},
        ),
        # a valuation cap's ratio beside a discount
        (
            "The Note Value will be converted into Qualified Securities at a "
            "price equal to the per share price paid in the Qualified Financing "
            "multiplied by the lesser of (i) eighty percent (80%) and (ii) $4.0 "
            "million divided by the pre-money valuation. The Investor may "
            "convert the Note Value into common stock at a price per share of "
            "$10.00.",
            {"conversion-price": "10.00 USD"},
        ),
        # an exchange's two amounts after a city's dateline
        (
            "New York, Nov. 16 - Acme Corp. said it exchanged $14.425 million of "
            "its existing 5% convertible subordinated notes due May 15, 2006 for "
            "$16.580 million of 5% convertible senior subordinated notes due May "
            "15, 2011.",
            {"principal": "16580000.00 USD"},
        ),
        # notes a tender offer buys back
        (
            "Acme announced the results of its offer to repurchase up to $50 "
            "million of its convertible bonds. The company set the clearing "
            "price at 80% and accepted for purchase $47.5 million principal "
            "amount of bonds.",
            {"principal": None},
        ),
        # the proceeds net of expenses
        (
            "Acme priced $1 billion of 0% convertible senior notes. Acme "
            "estimates the proceeds (net of expenses) to be approximately "
            "$982.1 million.",
            {"issue-costs": None},
        ),
        # the announcer named in a regulatory announcement's first line
        (
            "Acme PLC 9 November 2001 Acme plc early redemption of £110 million "
            "convertible bonds. During the period, Acme plc purchased £45.4 "
            "million of the bonds for cancellation.",
            {"holder": None},
        ),
        # shareholders beside the creditors in a restructuring
        (
            "Acme has reached agreement with a majority of its creditors, "
            "including holders of approximately 50% of the aggregate principal "
            "amount of the Convertible Bonds, as well as its largest "
            "Shareholders, to address its funding needs.",
            {"related-party": None},
        ),
        # an offering's size raised before issue
        (
            "Strong demand prompted the managers to raise the size of the "
            "convertible bond from US$200 million to US$215.8 million, with a coupon "
            "of 3.75 per cent.",
            {"principal": "215800000.00 USD"},
        ),
        # an impairment charge
        (
            "Acme issued to the Company a convertible debenture in the original "
            "principal amount of $3,000,000. The Company determined that the "
            "investment was fully impaired and as such recorded a charge of "
            "$3,000,000.",
            {"issue-costs": None},
        ),
        # a debt table's related-party row
        (
            "Satellite launch vendor financing 7.77% - 11.62% 17,063 6,000 Loans "
            "from related parties 12.23% - 12.57% — 93,034. In July 2025, the "
            "Company issued $185.0 million principal amount of Convertible Notes "
            "in a private offering.",
            {"related-party": None},
        ),
        # a note to each of two holders
        (
            "On August 27, 2024, the Company issued a convertible promissory "
            'note (each a "Note") to each of Poilasne Inc., an entity '
            "affiliated with Gregory Poilasne, the Chief Executive Officer and a "
            "director of the Company, and DMKT Ventures Corp., an entity "
            "affiliated with David Robson, the Chief Financial Officer of the "
            'Company (collectively, the "Holders").',
            {"holder": None},
        ),
        # a redemption's day
        (
            "Acme redeemed $590,622,000 of its convertibles. The redemption "
            "accounts for 99.1% of the outstanding convertibles as of Jan. 22, "
            "2024, will be consummated on Jan. 22, 2024 at par.",
            {"date": None},
        ),
        # the price the notes were issued with, beside an adjusted one
        (
            "The maximum number of shares issuable upon full conversion of the "
            "outstanding bonds is 702,765, based on a conversion price of "
            "HK$59.33 per share. The convertibles were issued in 2021 at a "
            "conversion price of HK$60.",
            {"conversion-price": "60 HKD"},
        ),
        # a concurrent repurchase from buyers of the notes
        (
            "Acme's convertible note offering has been upsized to US$1.5 billion "
            "from US$1.25 billion. Acme plans to repurchase Class A ordinary "
            "shares worth about US$273.5 million from certain purchasers of the "
            "notes.",
            {"principal": "1500000000.00 USD"},
        ),
        # "at the price of" after "are convertible"
        (
            "The Debentures are convertible at the option of the investors at "
            "any time into shares of common stock, par value $0.01 per share, of "
            "the Company at the price of $3.46 per share.",
            {"conversion-price": "3.46 USD"},
        ),
        # each bond's nominal value
        (
            "Acme priced €650 million convertible bonds with a coupon of 0%, an "
            "offer price of €190.11, or 107.75% of their nominal value of "
            "€176.44.",
            {"principal": "650000000.00 EUR"},
        ),
        # ADSs delivered on conversion
        (
            "Acme announced an offering of convertible senior notes. Upon "
            "conversion, the Company will pay or deliver, as the case may be, "
            "cash, ADSs, or a combination of cash and ADSs, at the Company's "
            "election.",
            {"share-class": '"ADSs"'},
        ),
        # principal and interest due at the earlier to occur of two days
        (
            "Acme promises to pay to the Holder the principal amount. All unpaid "
            "principal, together with any then accrued but unpaid interest, "
            "shall be due and payable on the earlier to occur of (i) December "
            "31, 2013, and (ii) the occurrence of an Event of Default.",
            {"interest-payment": '"maturity"'},
        ),
        # a text that says its amounts are in US dollars
        (
            "All amounts are in United States dollars unless otherwise "
            "indicated. Vancouver, BC - Acme Gold Corp. (TSX-V: ACM) is pleased "
            "to announce that Beta Fund has agreed to purchase $130 million in "
            "convertible notes from Acme Gold.",
            {"principal": "130000000.00 USD"},
        ),
        # a relation only conversion would bring
        (
            "Beta Fund has agreed to purchase US$130 million in convertible notes "
            "from Acme Gold. Assuming full conversion of the notes, Beta Fund "
            "would become the single largest shareholder.",
            {"related-party": None},
        ),
        # the issuer the notes are bought from is no lender
        (
            "Beta Fund has agreed to purchase US$130 million in convertible notes "
            "(the “Notes”) from Acme Gold. Ross Beaty, Chairman of Acme Gold, "
            "currently is the single largest shareholder in Acme controlling 14% "
            "of the shares.",
            {"related-party": None},
        ),
        # a convertible, the noun
        (
            "Acme Electronics, through its bookrunner, priced a $300 million "
            "convertible after Asian markets closed on Friday.",
            {"principal": "300000000.00 USD"},
        ),
        # the issue size an exercised option raises
        (
            "Acme said the underwriters of its 6% convertible bonds exercised "
            "their $50 million over-allotment option in full, raising the issue "
            "size to US$500 million. The company priced US$450 million of the "
            "convertibles on Wednesday.",
            {"principal": "500000000.00 USD"},
        ),
        # a total deal size after an upsize option
        (
            "The zero-coupon CB was launched at a base size of US$250 million, "
            "but good demand allowed Acme to exercise the US$50 million upsize "
            "option at pricing, resulting in a total deal size of US$300 "
            "million.",
            {"principal": "300000000.00 USD"},
        ),
        # money raised through the bond offering, in a text about convertibles
        (
            "Acme said the conversion price of its overseas convertible bonds is "
            "set at NT$300 a share. The company has raised US$700 million through "
            "the corporate bond offering.",
            {"principal": "700000000.00 USD"},
        ),
        # a definition of the kind of instrument
        (
            "Acme has redeemed its zero coupon convertible bonds. Zero coupon "
            "convertible bonds are debt instruments that pay no interest and can "
            "be converted into common stock of the issuer at a certain price. "
            "The bonds were convertible into equity shares at a premium of 60 per "
            "cent.",
            {"share-class": '"Equity"'},
        ),
        # a trustee named before its full name
        (
            "On June 6, 2022, Acme entered into an Indenture with U.S. Bank Trust "
            "Company, National Association, as trustee, relating to the issuance "
            "of its 2.25% convertible notes.",
            {"holder": None},
        ),
        # notes convertible into solely cash
        (
            "Acme priced $300 million of its Cash Convertible Senior Notes. The "
            "notes will be convertible at the option of the holders into solely "
            "cash. The conversion rate will initially be 58.1869 shares of "
            "Acme\u2019s common stock per $1,000 principal amount of notes.",
            {"share-class": None},
        ),
        # a redemption trigger's price over trading days
        (
            "Acme priced $400 million of convertible senior notes. The notes will "
            "be redeemable if the last reported sale price of Acme\u2019s common stock "
            "for at least 20 trading days in any 30 trading day period has been "
            "at least 130% of the conversion price.",
            {"share-class": None},
        ),
        # an issue dated beside its purchase agreement's date
        (
            "WHEREAS, on October 24, 2025, the Company issued a Convertible Note "
            'with an original principal amount of $95,000 (the "Note") to the '
            "Holder pursuant to a Securities Purchase Agreement dated September "
            "19, 2025.",
            {"date": "2025-10-24"},
        ),
        # a reset the issuer may make
        (
            "New Issue: Acme prices $320 million 0% convertibles. Conversion "
            "price: NT$100.86 (Adjustable at issuer's option to 92.3% of market "
            "price).",
            {"conversion-discount": None},
        ),
        # a US company's release listed in Canada only
        (
            "SALINAS, Calif., Aug. 19, 2022 (GLOBE NEWSWIRE) -- Acme Farms Inc. "
            "(CSE: ACME) has issued an aggregate of $4.2 million of senior "
            "secured convertible debentures.",
            {"principal": "4200000.00 USD"},
        ),
        # a coupon with its payments
        (
            "Acme priced US$345 million of convertible senior notes. The notes "
            "carry a cash interest coupon of 4.25% per annum, with semi-annual "
            "payments starting on 15 March 2026.",
            {"interest-payment": '"semiannually"'},
        ),
        # the semi-annual interest the company will pay
        (
            "Acme issued 2.875% convertible senior notes due 2033. On February 1, "
            "2020, the Company will pay the semi-annual interest due on the Notes "
            "to Holders of record.",
            {"interest-payment": '"semiannually"'},
        ),
        # the notes an exchange offer takes, beside the new ones
        (
            "Acme said its exchange offer for up to C$300 million of its 6% "
            "convertible unsecured subordinated debentures due Dec. 15, 2006 is "
            "oversubscribed. The new convertibles will carry a 7% coupon, mature "
            "on Dec. 15, 2013 and be convertible at a price of C$7.00 per share.",
            {"rate": "0.07", "maturity": "2013-12-15"},
        ),
        # the notes an issue reopens
        (
            "Acme entered into subscription agreements for a private placement of "
            "$300.0 million aggregate principal amount of 3.500% convertible "
            "senior notes due 2026. The notes issuance is a reopening of Acme\u2019s "
            "$220 million aggregate principal amount of 3.500% convertible senior "
            "notes due 2026 (the “existing notes”).",
            {"principal": "300000000.00 USD"},
        ),
        # the series a tap joins, defined as the original bonds
        (
            "In connection with the tap issue of non-dilutive cash-settled "
            "convertible bonds for a principal amount of EUR 75 million (the "
            "“New Bonds”), fully fungible and to form a single series with the "
            "EUR 375 million convertible bonds due January 2021 (the “Original "
            "Bonds” and together with the New Bonds, the “Bonds”), Acme S.A. "
            "notifies the holders.",
            {"principal": "75000000.00 EUR"},
        ),
        # an offering and its option closed together, on the release's day
        (
            "DENVER, CO, November 23, 2010: Acme Energy announced today that the "
            "initial purchasers of its 3.25% convertible senior notes exercised "
            "in full their over-allotment option. The Company also announced "
            "that the closing of the $115,000,000 notes offering and the "
            "over-allotment option took place simultaneously today.",
            {"principal": "115000000.00 USD", "date": "2010-11-23"},
        ),
        # a term sheet's fee row, per note and in total
        (
            "Securities Offered: 2.625% Convertible Senior Notes due 2023 "
            "Offering Size: $275,000,000 aggregate principal amount. Per Note "
            "Total. Public offering price $1,000.00 $275,000,000.00 Underwriting "
            "discounts and commissions $26.25 $7,218,750.00",
            {"issue-costs": "7218750.00 USD"},
        ),
        # figures in millions, by a conversion rate's arithmetic
        (
            "In January 2002, we sold convertible subordinated debentures having "
            "an aggregate principal amount of $402. The debentures will be "
            "convertible into shares of our common stock at a conversion rate of "
            "14.4927 shares per $0.001 principal amount of debentures, "
            "equivalent to an initial conversion price of $69.00 per share.",
            {"principal": None},
        ),
        # the price the issuer redeems a note for
        (
            "Acme issued a US$190 million 5% mandatory convertible note due 2005 "
            "to Telstra on June 28, 2002. The Company and Telstra "
            "have agreed on May 26, 2005 that the Company will redeem the Telstra "
            "Note upon its scheduled maturity on June 30, 2005 for "
            "US$58,386,346.06 in cash, which is a 5% discount to the outstanding "
            "principal amount and accrued interest as at June 30, 2005 of "
            "US$61,459,311.64.",
            {"purchase-price": None},
        ),
        # older notes the proceeds retire, listed after "and"
        (
            "Acme priced $350 million of 4.75% Convertible Senior Notes due "
            "2015. Acme intends to use the net proceeds to repurchase or retire "
            "outstanding debt, including its existing 3½% Convertible Senior "
            "Notes due 2011 and 3½% Convertible Subordinated Notes due 2011.",
            {"rate": "0.0475"},
        ),
        # an em-dash dateline over a closing today and its option's base
        (
            "THE WOODLANDS, TX \u2014 October 4, 2010 \u2014 Acme Resources, Inc. "
            "(the \u201cCompany\u201d) today announced that in connection with its "
            "previously announced registered public offering of "
            "$150,000,000 aggregate principal amount of 4.00% Convertible "
            "Senior Notes due 2017 (the \u201cNotes\u201d), the underwriters "
            "exercised in full its over-allotment option and purchased an "
            "additional $22,500,000 aggregate principal amount of Notes. "
            "The Company also announced that the closing of the "
            "$172,500,000 Notes offering and the over-allotment option took "
            "place simultaneously today. Holders may convert their Notes at "
            "any time prior to the close of business on the business day "
            "immediately preceding the October 1, 2017 maturity date.",
            {
                "date": "2010-10-04",
                "principal": "172500000.00 USD",
                "maturity": "2017-10-01",
            },
        ),
        # an upsize's increase beside the size
        (
            "Acme Inc. today announced the upsize and pricing of "
            "$625,000,000 aggregate principal amount of its 2.50% "
            "Convertible Senior Notes due 2026 in a private offering, "
            "representing an increase of $25,000,000 aggregate principal "
            "amount from the previously announced proposed offering size.",
            {"principal": "625000000.00 USD"},
        ),
        # a headline's billion in Bln and older notes repurchased
        (
            "Acme Therapeutics Prices $1 Bln Convertible Senior "
            "Notes\n\n(RTTNews) - Acme Therapeutics, Inc. on Wednesday "
            "announced the pricing of $980 million of convertible senior "
            "notes that will mature on September 15, 2027.\n\nThe company "
            "intends to use $110.7 million of the net proceeds to pay the "
            "cost of the capped call transactions, and approximately $248.3 "
            "million to repurchase around $150.6 million of its 1.50 "
            "percent convertible senior notes due 2024.",
            {"principal": "980000000.00 USD"},
        ),
        # the rate of older notes the proceeds repurchase
        (
            "Acme Labs has priced its offering of $500M of 0.625% "
            "convertible senior unsecured notes due June 15, 2025 in a "
            "private placement. The company intends to use ~$310M of the "
            "net proceeds to repay in full all amounts outstanding under "
            "its existing credit facility and the remainder, along with "
            "cash on hand, to repurchase a portion of Acme Labs' "
            "outstanding 1.375% convertible senior notes due 2022.",
            {"rate": "0.00625"},
        ),
        # tender offers the proceeds fund and their purchase price
        (
            "BAAR, Switzerland, June 2, 2016 /PRNewswire/ -- Acme "
            "International plc announced today the pricing of $1.1 billion "
            "aggregate principal amount of exchangeable senior notes due "
            '2021 (the "Notes"). The Notes will pay interest at a rate of '
            "5.875% per year and were priced at par. The Company intends to "
            "use the proceeds from the Offering to fund its recently "
            "announced tender offers to purchase for cash certain of its "
            "6.35% senior notes due 2017, 6.00% senior notes due 2018 and "
            "9.625% senior notes due 2019. The Company also announces that "
            "it has increased the maximum aggregate purchase price for the "
            "Tender Offers from $1.0 billion to $1.1 billion.",
            {"rate": "0.05875", "purchase-price": None},
        ),
        # a headline's pricing of an offering of bonds
        (
            "Acme Announces Pricing of US$2 Billion Offering of Zero Coupon "
            "Exchangeable Bonds\n\nThe Bonds will not bear regular interest. "
            "The Bonds will mature on March 12, 2032.",
            {"principal": "2000000000.00 USD"},
        ),
        # a closing under the purchase agreement which occurred on
        (
            "On July 20, 2022, Acme Group Limited (the \u201cCompany\u201d) entered "
            "into a Securities Purchase Agreement (the \u201cPurchase "
            "Agreement\u201d) with certain accredited investors. At the closing "
            "under the Purchase Agreement, which occurred on July 20, 2022, "
            "the Company issued to the investors senior secured convertible "
            "promissory notes in the aggregate principal amount of "
            "$61,215,000.",
            {"date": "2022-07-20"},
        ),
        # an aggregate face amount being yen
        (
            "Acme Holdings Corporation announces that at the meeting of "
            "Board of Directors held on June 7, 2023, we resolved to issue "
            "the euro-yen denominated convertible bonds with stock "
            "acquisition rights due in 2028 with the aggregate face amount "
            "being 25 billion yen.",
            {"principal": "25000000000.00 JPY"},
        ),
        # the part holders put
        (
            "Acme Holdings Ltd. said that holders of $125.66 million of its "
            "zero-coupon convertible bonds due 2014 exercised their put "
            "option on Aug. 6. The company previously purchased $5.19 "
            "million, or 3.84%, of the original $135 million principal "
            "amount.",
            {"principal": "135000000.00 USD"},
        ),
        # an offering price as a percentage of principal
        (
            "Acme Power Inc. today announced the pricing of $375.0 million "
            "aggregate principal amount of 6.75% Convertible Senior Notes "
            "due 2033 (the \u201cnotes\u201d). The offering price of the notes is 95% "
            "of the principal amount of notes.",
            {"purchase-price": "356250000.00 USD"},
        ),
        # payment days without on and a share price's equivalent
        (
            "Acme Energy Co. sold $150 million of 1.5% five-year senior "
            "convertible notes at par. Interest will be payable Jan. 1 and "
            "July 1. The initial conversion rate is 24.6914 shares per each "
            "$1,000 of notes, or the equivalent to an initial share price "
            "of $40.50.",
            {"interest-payment": '"semiannually"', "conversion-price": "40.50 USD"},
        ),
        # a mandatory convertible's minimum price
        (
            "Acme Energy AG announces the successful placement of "
            "subordinated mandatory convertible notes with an aggregate "
            "principal amount of EUR 960 million (the \u201cNotes\u201d). The Notes "
            "will have a coupon of 5.625 per cent per annum. The minimum "
            "conversion price has been initially set to EUR 13.22, being "
            "the placement price per Share determined in the Concurrent "
            "Offering.",
            {"conversion-price": None},
        ),
        # a buyback's total purchase price
        (
            "Acme Co. Ltd.'s board of directors resolved on Feb. 8 to "
            "repurchase \u00a527.69 billion of its \u00a535 billion zero-coupon "
            "convertible bonds due 2025. The bonds will be redeemed on Feb. "
            "28 for a total purchase price of \u00a527,413,000,000.",
            {"purchase-price": None},
        ),
        # a dividend per common stock
        (
            "The Company announces that we have adjusted the conversion "
            "prices of euro-yen denominated convertible bonds with stock "
            "acquisition rights due in 2028. We have adjusted the "
            "conversion prices in accordance with the clause to adjust the "
            "conversion prices as the proposal to pay dividend of surplus "
            "at 50 yen per common stock was approved.",
            {"share-class": None},
        ),
        # a price as of a later day and prices conversions used
        (
            "As of March 31, 2025, the Company has a Convertible Note "
            "outstanding with Alpha Capital Anstalt (\u201cAlpha\u201d). The Note "
            "accrues interest at 12% per annum. As of March 31, 2025, the "
            "Note is convertible into shares of Common Stock at a "
            "conversion ratio of $1.10, subject to adjustment pursuant to "
            "dilutive protection terms included in the Note. During the "
            "three months ended March 31, 2025 and 2024, Alpha converted "
            "$770,000 and $100,000 of outstanding principal into shares of "
            "Common Stock at a conversion rate of $1.10 and $62.50, "
            "respectively.",
            {"conversion-price": None},
        ),
        # the redemption of all of what is left
        (
            "New York, Aug. 14 - Acme Corp. announced the redemption of all "
            "C$229 million of its 5% convertible subordinated debentures "
            "due Oct. 1, 2013. The Saskatoon, Sask. uranium supplier "
            "originally sold C$200 million of the convertibles on Sept. 9, "
            "2003.",
            {"principal": "200000000.00 CAD"},
        ),
        # the issuer a major shareholder in another company
        (
            "Acme Venture, an environmental solutions provider and a major "
            "shareholder in the country\u2019s largest cement producer, raised "
            "HK$3.925 billion from a five-year convertible bond sale on "
            "Wednesday.",
            {"related-party": None},
        ),
        # notes the new ones retire, which matured on
        (
            "On June 1, 2015, Acme issued a 10% convertible note of "
            "$500,000 to retire the 8% convertible debentures, which "
            "matured on March 1, 2015.",
            {"maturity": None},
        ),
        # a holder's stake in the issuer by per cent
        (
            "Acme Investments PJSC plans to sell Dh7.35 billion in "
            "convertible bonds to the International Petroleum Investment "
            "Company, or IPIC. IPIC, the Abu Dhabi government-owned energy "
            "investor, owns a 71 per cent stake in Acme.",
            {"related-party": "TRUE"},
        ),
        # a ticker before its Canadian exchange and a bare price
        (
            "HALIFAX, May 28 /CNW/ - Acme Resources Inc. (ACM.TSX) "
            "announced today that it has completed a US$5 million debt "
            "financing with two major shareholders, 2190776 Ontario Inc. "
            'and Conus Partners Inc. (the "Lenders") consisting of senior '
            'unsecured convertible promissory notes ("Notes"). The Notes '
            "bear interest at the rate of 10% per annum, calculated and "
            "compounded quarterly, with interest payable in cash by "
            "capitalizing it and adding it to the principal of the "
            "outstanding Notes at the Maturity Date. The Notes will be "
            "convertible into common shares of Acme at a conversion price "
            "of $0.3602.",
            {
                "principal": "5000000.00 USD",
                "interest-payment": '"maturity"',
                "conversion-price": "0.3602 CAD",
            },
        ),
        # a Prospect News item's bare dollars beside a marked C$
        (
            "Published on 5/28/2009 in the Prospect News PIPE Daily.\n\nNew "
            "Issue: Acme Resources places $5 million 10% convertible "
            "promissory notes\n\nTacoma, Wash., May 28 - Acme Resources Inc. "
            "said it issued $5 million of 10% senior unsecured convertible "
            "promissory notes due May 28, 2010 to shareholders in a private "
            "placement. The notes will be convertible into common shares at "
            "a conversion price of C$0.3602.",
            {"principal": "5000000.00 USD"},
        ),
        # a capital raise from the placement of convertible debentures
        (
            "Acme Metals has nailed down a US$20 million capital raise from "
            "the private placement of 8.5 per cent unsecured convertible "
            "debentures to Queen\u2019s Road Capital Investment.",
            {"principal": "20000000.00 USD"},
        ),
        # a sum whose words and figures differ
        (
            "US $2,000,000.00\n\nFOR VALUE RECEIVED, Acme Pictures International "
            "Inc. promises "
            "to pay to the order of Discover Growth Fund, LLC the aggregate "
            "principal face amount of Two Million Dollars (U.S. "
            "$1,750,000.00) on February 04, 2023 (\u201cMaturity Date\u201d). This "
            "Note shall contain a $250,000.00 original issue discount such "
            "that the purchase price shall be $1,750,000.00.",
            {"principal": None, "purchase-price": "1750000.00 USD"},
        ),
        # plain notes offered beside convertible ones
        (
            "Acme Corporation is offering $5,355,999,854 Aggregate "
            "Principal Amount of 10.75% Senior Secured Notes due 2029 (the "
            "\u201cNew Senior Secured Notes\u201d) and $29,999,993 Aggregate "
            "Principal Amount of 3.875% Convertible Senior Secured Notes "
            "due 2030 (the \u201cAcme Convertible Notes\u201d). The New Senior "
            "Secured Notes will mature on November 30, 2029 and will accrue "
            "interest at a rate of 10.75% per annum. Interest on the New "
            "Senior Secured Notes will be payable semi-annually on May 30 "
            "and November 30 of each year.",
            {
                "principal": "29999993.00 USD",
                "rate": "0.03875",
                "maturity": None,
                "interest-payment": None,
            },
        ),
        # a semi-annual cash interest coupon
        (
            "The Convertible Notes are being offered and sold at their "
            "stated principal amount and will have a semi-annual cash "
            "interest coupon of 4.5% per annum.",
            {"interest-payment": '"semiannually"'},
        ),
        # a coupon compared with other debt's
        (
            "Acme has closed its offering of 5.25% convertible senior notes "
            "due 2030 (the \u201cNotes\u201d). In addition, the Notes are unsecured, "
            "while carrying a coupon of 5.25%, which is 4.50% lower than "
            "the 9.75% coupon paid on the outstanding senior secured debt "
            "of $40 million.",
            {"rate": "0.0525"},
        ),
        # an officer quoted after said
        (
            "Acme has closed the private offering of $1.15 billion in "
            "aggregate principal amount of its 4.25% convertible senior "
            'notes due 2015. "The closing of this transaction is another '
            "milestone for our Company. We believe this capital raise was "
            'achieved to the benefit of all of our stakeholders," said Acme '
            "Mirage chairman and CEO Jim Murren.",
            {"related-party": None},
        ),
        # notes an officer bought in the open market
        (
            "Acme Communications Group Inc. repurchased $20 million of its "
            "1% convertible senior notes due 2027 for $9.9 million in cash "
            "in September. On Sept. 17, David Schaeffer, chairman and chief "
            "executive officer of the company, purchased $3 million of the "
            "convertibles for $1.38 million in cash in open-market "
            "transactions.",
            {"principal": None, "purchase-price": None},
        ),
        # a list's items, the note and a plain one
        (
            "Under the binding HOA, BPL will receive:\n\na. $500,000 "
            "cash;\n\nc. $1,000,000 three-year Convertible Note (CN), "
            "interest of 6% per annum payable in arrears, convertible with "
            "a $0.20 conversion price, and with COB having an option for "
            "early payout; and\n\nd. $3,000,000 five-year Promissory Note "
            "(PN), interest free for years 1, 2 and 3, and interest of 6% "
            "per annum for years 4 and 5, payable in arrears.",
            {
                "principal": "1000000.00 USD",
                "rate": "0.06",
                "conversion-price": "0.20 USD",
            },
        ),
        # a holder resident of a country, in the alternative
        (
            "FOR VALUE RECEIVED, Acme Food Technologies, Inc, a Delaware "
            "corporation (\u201cMaker\u201d) promises to pay MUKESH or NIHAR "
            "PARIPATYADAR, an individual and resident of the United "
            "Kingdom, (\u201cHolder\u201d) the sum of One Million Three Hundred "
            "Thousand Dollars ($ 1,300,000). Principal may be converted "
            "into shares of Common Stock at the initial conversion price of "
            "Two Dollars and Twenty Five Cents ($2.25) per share.",
            {
                "holder": None,
                "conversion-price": "2.25 USD",
                "principal": "1300000.00 USD",
            },
        ),
        # a convertible instrument issued to a fund
        (
            "The Company issued a US$400,000 unsecured convertible "
            "instrument to Bergen Global Opportunity Fund, LP on April 10, "
            "2014.",
            {"principal": "400000.00 USD"},
        ),
        # a rate in words beside garbled figures
        (
            "The unpaid principal under this Promissory Note shall bear "
            "interest at a rate of ten percent (l0%) per annum payable in "
            "arrears.",
            {"rate": "0.1"},
        ),
        # the coupon of a note that does not convert
        (
            "Acme announces that it has received $16.5M of debt financing "
            "from an institutional Investor. $5.5M of the financing is "
            "convertible at $3/share and matures in three years and the "
            "balance of $11.5M is in the form of a senior secured "
            "non-convertible note that pays a coupon of 7.5% per annum and "
            "matures in 18 months.",
            {"rate": None},
        ),
        # notes issued today under an RNS announcement's date
        (
            "Further Investment of US$7 million by Vision Blue\n\nSource: "
            "RNS\nRNS Number : 2351D\nAcme-Alloy Resources Limited\n28 June "
            "2021\n\nAcme-Alloy Resources Limited is pleased to announce that "
            "the Company has today received notice of further investment of "
            "US$7 million by Vision Blue Resources Limited ('Vision Blue'), "
            "comprising US$4.2 million by way of the issue of convertible "
            "loan notes ('CLN') to Vision Blue which have today been "
            "issued.",
            {"date": "2021-06-28"},
        ),
        # two notes described alike, one maturity a term
        (
            "On March 28, 2016 the Company entered into a transaction with "
            "Tangiers Global, LLC. In exchange for $90,000 cash net of "
            "fees, the Company issued a convertible promissory note in the "
            "amount of $100,000. The Note had a maturity date of six (6) "
            "months from the date of issue and interest at 10% per "
            "annum.\n\nOn April 4, 2016 the Company entered into a "
            "transaction with Tangiers Global, LLC. In exchange for $25,000 "
            "cash net of fees, The Company issued a convertible promissory "
            "note in the amount of $25,000. The Note had a maturity date of "
            "April 4, 2017 and an interest at 10% per annum.",
            {"maturity": None},
        ),
        # an original noteholder and the one it transferred to
        (
            "WHEREAS Acme Therapeutix, Inc. (the \u201cCompany\u201d) issued a Senior "
            "Subordinated Convertible Note, dated March 1, 2019 (the "
            "\u201cNote\u201d), to Cap 1 LLC (the \u201cOriginal Noteholder\u201d); "
            "WHEREAS the "
            "Original Noteholder transferred all rights and interests in "
            "the Note pursuant to that certain Transfer, Assignment, and "
            "Waiver Agreement, dated as of September 2, 2022 by and between "
            "the Original Noteholder and Cap 1 Nu LLC (the \u201cNoteholder\u201d).",
            {"holder": None},
        ),
        # a base offering and an option's additional notes
        (
            "On December 8, 2023, Acme Medical Systems, Inc. closed an "
            "offering of $747.5 million aggregate principal amount of its "
            "3.00% Convertible Senior Notes due 2029 (the \u201cNotes\u201d). The "
            "Notes offering was comprised of (i) a base offering of $650.0 "
            "million in aggregate principal amount of Notes and (ii) an "
            "additional $97.5 million in aggregate principal amount of "
            "Notes purchased by the initial purchasers in the offering "
            "pursuant to full exercise of their option to purchase "
            "additional Notes.",
            {"principal": "747500000.00 USD"},
        ),
        # a conversion rate that will be, and its approximate price
        (
            "The initial conversion rate will be 36.3636 shares of Class C "
            "common stock per $1,000 principle amount of notes, or an "
            "approximate price of $27.50 per Class C common share.",
            {"conversion-price": "27.50 USD"},
        ),
        # a quarterly principal and interest payment
        (
            "The Company has elected to make the quarterly principal and "
            "interest payment of US$2.72 million on its unsecured "
            "convertible bonds through the issuance of new ordinary shares.",
            {"interest-payment": '"quarterly"'},
        ),
        # two initials before a holder's name
        (
            "FOR VALUE RECEIVED, Acme Lighting Corporation promises to pay "
            'to J. R. Simplot Company (the "Holder") the principal sum of '
            "$500,000.",
            {"holder": '"J. R. Simplot Company"'},
        ),
        # the size at issue beside what is left
        (
            "2.125% convertible bond 2009-2014\n\nAmount CHF 199.95 million "
            "(originally CHF 200.0 million)\n\nIssue price 100%",
            {"principal": "200000000.00 CHF"},
        ),
        # older bonds the proceeds repurchase, due on a day
        (
            "Proceeds will be used to refinance the group's debt, including "
            "all or part being used to repurchase its 4.75% Oceane "
            "convertible bonds due Jan. 1, 2011, of which about \u20ac1.022 "
            "billion is outstanding.",
            {"maturity": None},
        ),
        # a rate before a term in years with a decimal
        (
            "Underwriters for Acme's offering of 5% 5.5-year convertible "
            "bonds exercised their over-allotment option in full.",
            {"rate": "0.05"},
        ),
        # the issue's size after an option, in words of size
        (
            "Underwriters for Acme's offering of 4% convertible bonds in "
            "the Oceane structure exercised their over-allotment option in "
            "full for \u20ac22.6 million more of the bonds, increasing the size "
            "of the issue to \u20ac212.6 million, the company announced in a "
            "press release.",
            {"principal": "212600000.00 EUR"},
        ),
        # a price named after it, per share
        (
            "Acme issued a 344 million euro convertible note paying a 2% "
            "coupon. The holder stands to gain if shares recover to 2018 "
            "levels \u2013 the last time they traded above the 46.54 euro per "
            "share conversion price.",
            {"conversion-price": "46.54 EUR"},
        ),
        # the price at which the bonds convert into shares
        (
            "The conversion price at which the Bonds will be convertible "
            "into new and / or existing ordinary shares of ACME will be "
            "\u20ac63,02 per Share, implying a premium of 32.5% over the "
            "reference price.",
            {"conversion-price": "63.02 EUR"},
        ),
        # settlement and delivery that took place on a day
        (
            "Acme has completed an offering of bonds convertible into new "
            'or existing shares ("OCEANE") due 1 January 2018. Settlement '
            "and delivery of as well as admission to trading of the bonds "
            "on the regulated market of NYSE Euronext in Paris took place "
            "on 18 September 2012.",
            {"date": "2012-09-18"},
        ),
        # a French convertible's name
        (
            "The Group announces the successful placement of a \u20ac500 million "
            "Ornane (Net share settled bonds convertible into new shares "
            "and/or exchangeable for existing shares) due January 1st, "
            "2022.",
            {"principal": "500000000.00 EUR"},
        ),
        # a par value per OCEANE beside the issue
        (
            "Acme has placed \u20ac700 million of OCEANEs due 2025. The OCEANEs "
            "have a par value of \u20ac30.41 per OCEANE.",
            {"principal": "700000000.00 EUR"},
        ),
        # a Canadian ticker in square brackets
        (
            "Acme Mines Corp. [ACM-TSX] will invest $15 million in Borealis "
            "Uranium Corp. [BOR-TSXV]. The debentures will carry a 9.0% "
            "coupon and will be convertible into common shares of Borealis "
            "at a conversion price of 56 cents per share.",
            {"conversion-price": "0.56 CAD"},
        ),
        # a Canadian ticker with the exchange first
        (
            "Vancouver, BC, Canada, September 20, 2022 \u2013 Acme Technologies "
            "Inc. (TSXV-ACT) (OTCQB-ACTTF) (the \u201cCompany\u201d) advises that it "
            "was declared in default of its debenture with Borealis "
            "Limited. On July 21, 2021, the Company and Borealis completed "
            "a financing transaction whereby Borealis invested $4 million "
            "with the Company through the acquisition of $2 million of "
            "equity securities and $2 million in convertible debentures "
            "(the \u201cDebentures\u201d).",
            {"principal": "2000000.00 CAD"},
        ),
        # the issuer's officer welcoming the holder's investment
        (
            "Acme Mines Corp. will invest in Borealis Uranium Corp. through "
            "an unsecured convertible debenture. The debentures will be "
            "convertible at Acme's option into common shares of Borealis at "
            "a conversion price of $0.56 per share. Borealis CEO Dev "
            "Randhawa welcomed Acme's strategic investment.",
            {"related-party": None},
        ),
        # an add-on with the same terms as the bonds it joins
        (
            "Acme has placed an add-on of \u20ac50 million to its 1% Oceanes due "
            "2025. The add-on will be fully fungible and carry the same "
            "terms as the \u20ac200 million 1% Oceanes due 2025 initially priced "
            "in January 2021.",
            {"principal": "50000000.00 EUR"},
        ),
        # a report's certifications by its officers
        (
            "This Form 10-Q/A includes new certifications by the Company\u2019s "
            "principal executive officer and principal financial officer as "
            "required by Rule 12b-15. On June 4, 2018, the Company entered "
            "into a securities purchase agreement with certain "
            "institutional investors for the sale by the Company of "
            "$10,000,000 of 8% senior secured convertible notes due "
            "September 4, 2019.",
            {"related-party": None},
        ),
        # an agreement and, under it, a sale, on one day
        (
            'On July 12, 2024, Acme Corp. (the "Company", ""Registrant", '
            'we", "us", "our") entered into a Securities Purchase Agreement '
            '("SPA") with certain accredited investors (the "Investors"), '
            "and, pursuant to the SPA, sold to the Investors a new series "
            'of senior secured convertible notes (the "Convertible Notes") '
            "with an aggregate original principal amount of $1,155,000 and "
            "an initial conversion price of $1.43 per share, and Series A "
            'warrants (the "Series A Warrants") to acquire up to an '
            "aggregate amount of 4,846,158 additional shares of the "
            'Company\'s common stock (collectively, the "Warrants" and '
            'together with the Notes, the "Notes Offering").',
            {"date": "2024-07-12"},
        ),
        # a rate in hyphenated words
        (
            "The terms for the placement of convertible debentures are as "
            "follows:\n\n\u2022 12-per-cent coupon per annum;",
            {"rate": "0.12"},
        ),
        # a term list's line: convertible at a price into shares
        (
            "ACME ANNOUNCES A C$3,000,000 CONVERTIBLE DEBENTURE PRIVATE "
            "PLACEMENT (TSXV:ACM)\n\nThe terms for the placement are as "
            "follows:\n\n\u2022 Convertible at 15 cents into common shares;",
            {"conversion-price": "0.15 CAD"},
        ),
        # a role whose closing quote is lost
        (
            "This Securities Purchase Agreement is made as of August 21, "
            "2017 by and between Acme Medsystems Inc, a Nevada corporation "
            "(the \u201cCompany\u201d), and Borealis Capital LLC, a Delaware limited "
            "liability company (the \u201cPurchaser). The Purchaser will "
            "purchase a senior secured convertible note in the principal "
            "amount of $1,120,000.",
            {"holder": '"Borealis Capital LLC"'},
        ),
        # an agent named after an arrangement with it
        (
            "Acme has completed a first closing of the private placement of "
            "8% unsecured convertible debentures. Furthermore, Acme has "
            'entered into an arrangement with North Square Oak Ltd. ("NSO") '
            "to act as corporate financial adviser and as agent to offer "
            'the Debentures ("NSO" or the "Agent") by way of private '
            "placement.",
            {"holder": None},
        ),
        # a trust's units named by its capitals
        (
            "The bonds are unsecured and convertible into new CMT units at "
            "a conversion price of S$2.2692 per unit.",
            {"share-class": '"Units"'},
        ),
        # a listed note's distributions paid on a basis
        (
            "These securities are structured as redeemable, unsecured, "
            "convertible notes. Distributions are non-discretionary, fixed "
            "rate, paid on a semi-annual basis in arrears until redeemed.",
            {"interest-payment": '"semiannually"'},
        ),
        # a conversion's day beside the day the debenture was issued
        (
            "On March 3, 2021, Acme Limited acquired 1,923,076 Common "
            "Shares pursuant to the forced conversion of an unsecured "
            "convertible debenture issued on December 31, 2019 in the "
            "principal amount of $1,000,000 (the \u201cDebenture\u201d).",
            {"date": "2019-12-31"},
        ),
        # a peso amount beside notes that do not convert
        (
            "Acme, S.A.B. de C.V. (BMV: ACME), a Mexican telecommunications "
            "company, today announced the closing of its exchange offers. "
            "In settlement of the Exchange Offers, the Company issued today "
            "$248,653,000 principal amount of its Senior Secured Notes due "
            "2020 and Ps. 283,533,200 (or $22,189,690, converted into U.S. "
            "dollars at an exchange rate of 12.7777 Mexican Pesos per U.S. "
            "dollar), principal amount of its Peso-denominated Senior "
            "Secured Convertible Dollar-indexed Notes due 2020.",
            {"principal": "283533200.00 MXN"},
        ),
        # a site's date in brackets under the title, and notes issued today
        (
            "Acme Announces Closing of Exchange Offers [January 31, "
            "2013]\n\nIn settlement of the Exchange Offers, the Company "
            "issued today $24,000,000 principal amount of its Convertible "
            "Notes due 2020.",
            {"date": "2013-01-31"},
        ),
        # an amount said again of an issue in two tranches
        (
            "Acme to issue $90 million convertible debentures\n\nPittsburgh, "
            "March 16 - Acme, SAB de CV's shareholders have approved the "
            "issuance of $90 million of series A subordinated convertible "
            "debentures in two tranches through a private placement.",
            {"principal": None},
        ),
        # a rate's increase beside the rate
        (
            "The first tranche of the convertible loan bears interest at a "
            "rate of 15 per cent per annum. The 1 per cent interest rate "
            "increase will be in effect until the convertible loan has been "
            "repaid in full.",
            {"rate": "0.15"},
        ),
        # a discount to a later financing's price, capped against the market
        (
            "If conversion occurs in connection with an equity financing, "
            "the debenture holders will receive a 10-per-cent discount to "
            "the equity financing price not to exceed a discount of more "
            "than 25 per cent from the VWAP (where the company's shares "
            "trade at 50 cents or less and 20 per cent discount from VWAP "
            "if above 50 cents).",
            {"conversion-discount": None},
        ),
        # a yield the bonds will give
        (
            "The convertible bond has a face value of VND1 million and will "
            "yield 8 per cent per annum.",
            {"rate": None},
        ),
        # a yield an additional amount results in, beside the coupon
        (
            "The Acme CB bears cash interest on the outstanding principal "
            "amount of the bond at the rate of 6.0% per annum. On maturity "
            "the holder receives the principal amount of a bond plus an "
            "additional amount necessary to result in a yield of 16.75% per "
            "annum.",
            {"rate": "0.06"},
        ),
        # a holder's sale of part of its bonds for a consideration
        (
            "Acme Land Limited has entered into an agreement with third "
            "party investors to divest 51% of its VND 500 billion "
            "(approximately S$29.4 million) convertible bonds (the Bonds) "
            "issued by Borealis Investment Corporation, for a consideration "
            "of VND393 billion (approximately S$23.2 million).",
            {"purchase-price": None},
        ),
        # a day after up to, not a limit
        (
            "DATE: September 30th, 2012 FOR VALUE RECEIVED up to September "
            "30, 2012, the Debtor hereby acknowledges itself indebted to, "
            "and promises to pay to the Creditor, the principal sum of "
            "Forty Nine Thousand Dollars (CDN$49,000.00) (the \u201cPrincipal\u201d) "
            "under this convertible note.",
            {"principal": "49000.00 CAD"},
        ),
        # the closed issue of bonds aggregating an amount
        (
            '"The company has successfully closed the issue of its FCCBs '
            "aggregating $50 million on June 30, 2011 with Credit Suisse as "
            'the sole book runner to the issue," the company said.',
            {"principal": "50000000.00 USD"},
        ),
        # existing shares the bonds deliver, not existing bonds
        (
            "Acme launches an offering of bonds exchangeable into existing "
            "ordinary shares of Borealis due 2022 for a nominal amount of "
            "500 million euros.",
            {"principal": "500000000.00 EUR"},
        ),
        # a value per bond, or their total
        (
            "On January 11, 2011, the Company issued nine (9) Mandatory "
            "Convertible Bond Series I with a nominal value of Rp "
            "100,000,000,000 per bond or totaling to Rp 900,000,000,000.",
            {"principal": "900000000000.00 IDR"},
        ),
        # older notes the issuer agreed to repurchase
        (
            "Acme has announced the pricing of USD287.5 million of 3.375% "
            "convertible senior notes due 2018. In addition, Acme has "
            "agreed to repurchase approximately USD109.1 million of its "
            "outstanding 9% convertible senior notes due 2038 from a "
            "limited number of holders.",
            {"rate": "0.03375"},
        ),
        # older notes paid at maturity with the proceeds
        (
            "Acme said that it has priced $1.25 billion of aggregate "
            "principal amount of 0% convertible senior notes due 2026. Acme "
            "expects to use the remaining proceeds to pay any amounts due "
            "upon conversion or at maturity of its 1.00% Convertible Senior "
            "Notes due 2021.",
            {"rate": "0"},
        ),
        # contingent interest beside the coupon
        (
            "The convertible notes will pay interest semi-annually in "
            "arrears at an annual rate of 3.00% and, under certain "
            "circumstances beginning 2012, contingent interest for "
            "specified periods at an annual rate of 0.25% based on the "
            "trading price of the notes.",
            {"rate": "0.03"},
        ),
        # a note issued, its amount, then its day
        (
            "The Company issued an unsecured convertible promissory note "
            "(the \u201cMay 2014 Note\u201d), in the amount of $500,000 on May 2, "
            "2014, the effective date.",
            {"date": "2014-05-02"},
        ),
        # a note purchased under an agreement on a day
        (
            "The convertible Note was purchased by the Investor from us "
            "pursuant to a securities purchase agreement on March 13, 2023.",
            {"date": "2023-03-13"},
        ),
        # notes issued under an agreement entered into on a day
        (
            "The 10% Convertible Senior Subordinated Notes Due June 1, 2016 "
            "were issued pursuant to a Convertible Notes Purchase Agreement "
            "we entered into on June 3, 2011 with selected accredited "
            "investors.",
            {"date": "2011-06-03"},
        ),
        # bonds that mature at par on a day
        (
            "The zero-coupon convertible bonds will be issued at 102.5% of "
            "par and will mature at par on March 29, 2011.",
            {"maturity": "2011-03-29"},
        ),
        # the maturity date at issue
        (
            "The maturity date at issue was November 1, 2017, at which time "
            "the principal of the convertible note was due.",
            {"maturity": "2017-11-01"},
        ),
        # a role after the holder's assigns
        (
            "FOR VALUE RECEIVED, Acme, Inc., a Nevada corporation (the "
            "\u201cCompany\u201d), hereby unconditionally promises to pay to Yun Wang "
            "(together with its registered assigns, the \u201cHolder\u201d) on the "
            "Maturity Date the principal amount of this convertible note.",
            {"holder": '"Yun Wang"'},
        ),
        # a holder's name in capitals with its suffix
        (
            "This convertible Debenture is issued by ACME OF GOLF, INC., a "
            'Nevada corporation (the "Company), to JIM D. TILTON, JR. '
            "(together with its permitted successors and assigns, the "
            '"Holder").',
            {"holder": '"JIM D. TILTON, JR."'},
        ),
        # initials run together before a surname
        (
            "The Senior Subordinated Convertible Note dated as of February "
            "18, 2003 issued by Acme Corporation, a Pennsylvania "
            "corporation (the \u201cCompany\u201d), to H.F. Lenfest (the "
            "\u201cLender\u201d), "
            "in the original principal amount of $10,000,000.",
            {"holder": '"H.F. Lenfest"'},
        ),
        # a holder's town, province and country
        (
            'For value received, ACME BRANDS, INC. (the "Company"), hereby '
            "promises to pay to the order of Borealis Ingredients Inc., of "
            "Oakville, Ontario Canada (together with its successors and "
            'assigns, the "Holder"), the principal amount of this '
            "convertible note.",
            {"holder": '"Borealis Ingredients Inc."'},
        ),
        # one (1) share for every amount of principal
        (
            "Conversion Ratio: one (1) share of common stock for every "
            "$0.35 of principal of the convertible debenture.",
            {"conversion-price": "0.35 USD"},
        ),
        # notes convertible on the basis of a price per share
        (
            "The Company will issue Convertible Notes with a face value of "
            "$1,351,000 (convertible on the basis of $0.003 per share).",
            {"conversion-price": "0.003 USD"},
        ),
        # a price after a term's heading and a full stop
        (
            "Conversion Price. $0.027 per share, representing the 30-day "
            "VWAP as of the Issue Date of the convertible note.",
            {"conversion-price": "0.027 USD"},
        ),
        # a price after the issuer's legal form
        (
            "The notes bear interest at a rate of 7.5% payable at maturity "
            "and are convertible at the seller's option into common shares "
            "of Acme Interactive, Inc. at $1.42 per share.",
            {"conversion-price": "1.42 USD"},
        ),
        # a price defined on any date
        (
            "\u201cConversion Price\u201d means, on any date, $6.80 per Common Share, "
            "as adjusted under this convertible note.",
            {"conversion-price": "6.80 USD"},
        ),
        # the price of the shares the bonds convert into
        (
            "The conversion price of the shares that the Bonds may be "
            "converted into is EUR 1.30.",
            {"conversion-price": "1.30 EUR"},
        ),
    ],
    ids=[
        "each-of-several-holders-amounts-are-the-note",
        "one-issue-to-several-holders-is-their-total",
        "several-holders-over-two-closings",
        "each-holders-amount-beside-their-total",
        "an-amount-given-roughly",
        "one-of-several-notes-amounts",
        "a-price-per-1000-and-expenses-before-proceeds",
        "a-note-face-set-line-by-line",
        "a-loan-redeemed-beside-one-converted-at-an-issue-price",
        "an-amendment-names-the-note-it-amends",
        "a-loan-received-on-a-date",
        "the-convertible-note-section-of-a-debt-note",
        "a-convertible-note-after-a-demand-note",
        "a-canadian-debenture-face",
        "a-note-purchased-from-the-company",
        "a-note-issued-as-of-a-date-before-its-funding",
        "units-of-a-principal-and-a-settlement-still-expected",
        "a-total-of-a-bond-and-a-loan",
        "a-part-syndicated-and-a-third-partys-price",
        "two-notes-two-classes-and-a-current-balance",
        "an-earlier-announcement-and-options-price",
        "a-labelled-holder-with-its-defined-term",
        "a-domicile-in-brackets-in-a-name",
        "a-floating-rates-margin",
        "a-legends-interest-in-the-note",
        "a-fee-paid-at-maturity",
        "a-fixed-price-against-one-days-price",
        "an-offering-in-the-aggregate-its-option-and-net-proceeds",
        "a-fee-deducted-after-net-proceeds",
        "a-short-name-whose-letters-end-like-a-legal-form",
        "a-principal-obligation-instalments-and-a-first-payment",
        "a-series-of-a-limited-liability-company",
        "interest-payable-in-arrears-on-a-basis",
        "multiple-note-agreements",
        "a-bare-dollar-in-a-text-about-canada",
        "a-bare-dollar-beside-a-canadian-one",
        "a-prospectus-supplements-date",
        "a-price-beside-an-undecided-principal",
        "a-conversion-price-reset-by-a-formula",
        "a-bare-dollar-in-a-text-about-singapore-is-its-own",
        "a-bare-dollar-beside-a-canadian-listing",
        "a-canadian-listing-beside-a-us-one",
        "the-canadian-press-million",
        "a-canadian-province",
        "a-canadian-placements-words",
        "a-face-given-roughly-beside-another-loan",
        "cash-received-from-two-notes-issues",
        "funded-a-day-after-the-agreement",
        "the-singapore-listing-rules-market-days",
        "a-price-above-the-principal-from-another-item",
        "shares-sold-for-cash-beside-a-note",
        "a-note-face-title-amount-and-date",
        "a-note-face-amount-and-date-on-one-line",
        "a-restructured-borrowing-beside-the-note",
        "a-first-close-beside-a-second",
        "loans-applied-then-a-running-total",
        "a-preferred-stocks-section",
        "the-only-named-notes-later-repaid",
        "a-funds-numbered-short-name",
        "a-due-date-beside-the-date-dated",
        "borrowed-in-the-form-of-a-note",
        "ordinary-shares-or-adss",
        "two-notes-a-fixed-price-and-a-market-price",
        "an-agreement-for-the-sale-of-a-note-and-its-closing",
        "a-public-body-holder",
        "a-short-name-the-full-name-begins",
        "notes-issued-over-a-year",
        "a-guarantor-and-a-borrower-from-the-company",
        "another-notes-related-holders",
        "ranges-of-rates-and-discounts",
        "parts-of-a-note-at-different-prices",
        "interest-due-with-principal-on-or-before",
        "a-final-payment-of-several",
        "a-prepayment-penalty",
        "so-much-as-the-holder-demands",
        "a-sum-in-dollars-us",
        "cents-in-a-text-naming-no-dollar",
        "an-instrument-constituted-for-more",
        "a-stock-exchange-and-a-buyback",
        "a-trustee-for-a-trust",
        "a-cap-per-series",
        "a-discount-to-the-companys-own-sales",
        "proceeds-buying-back-other-notes",
        "no-interest-if-converted-early",
        "no-interest-if-paid-on-time",
        "no-interest-then-a-defaults-rate",
        "debentures-bought-at-a-price-each",
        "a-fee-the-face-includes",
        "australian-cents",
        "aud-dollars-beside-bare-ones",
        "other-debts-rows-and-items",
        "a-nominal-value-apiece",
        "a-funding-facility",
        "a-placement-and-its-settlement",
        "a-commitment-then-a-loan",
        "a-bare-class-beside-the-specific-one",
        "an-amended-rate",
        "the-maker-defined-as-buyer",
        "an-indentures-date",
        "a-defined-loans-amount",
        "a-loan-agreements-amount",
        "original-aggregate-principal",
        "of-aggregate-principal",
        "a-convertible-loans-amount",
        "an-amount-increased-later",
        "a-code-before-a-spaced-dollar",
        "cents-of-a-sum-in-words",
        "what-remains-after-a-conversion",
        "a-penalty-per-week",
        "a-loan-fee-on-the-maturity-date",
        "a-deed-of-hypothec",
        "a-bare-dollar-repeating-the-marked",
        "a-note-that-does-not-convert",
        "one-conversions-price",
        "signed-an-agreement-with",
        "with-the-subscriber",
        "agreed-with-the-holder",
        "hereinafter-creditor",
        "an-officer-quoted-on-the-holder",
        "a-note-given-for-funding",
        "a-fundraising-by-an-issue-of-notes",
        "a-new-loans-amount",
        "a-holders-illustration",
        "a-rough-face-defined",
        "a-headlines-translation",
        "interest-bi-annually",
        "interest-payment-dates-label",
        "principal-amounts-and-interest",
        "a-spaced-issuance-date-label",
        "a-loan-made-on-or-about",
        "a-loan-received",
        "a-note-entered-into",
        "a-five-day-average",
        "in-five-days-prior",
        "a-banks-credit-facility",
        "a-role-before-the-holders-name",
        "an-officer-quoted-with-an-initial",
        "shares-bought-back",
        "the-interests-own-conversion",
        "a-floating-rate-with-a-floor",
        "a-commissions-base",
        "an-option-exercised-beside-the-base",
        "the-note-part-of-an-option",
        "a-reference-rate-fixed-at-issue",
        "one-participant",
        "a-pty-ltd",
        "a-notes-agreement-with",
        "a-person-a-note-is-payable-to",
        "an-agreement-for-the-purchase-of-notes",
        "several-participants",
        "an-agreement-with-a-bracket",
        "issued-for",
        "a-face-value-in-brackets",
        "a-loan-made-to-the-company",
        "interest-payable-on-the-maturity-date",
        "interest-paid-in-full-on-the-maturity-date",
        "all-amounts-outstanding-due",
        "no-repayment-until-maturity",
        "the-issuers-own-name-before-its-class",
        "a-rate-raised-by-an-amendment",
        "interest-added-to-a-part-of-the-loan",
        "a-face-title-date-label-amount",
        "a-face-issue-date-label-and-amount",
        "a-banks-floating-rate-loan-beside",
        "another-loans-principal-reduction",
        "the-buyers-existing-notes-rate",
        "interest-charged-in-advance",
        "a-preferred-stocks-par-value",
        "common-stock-bought-back-for-cash",
        "a-cent-in-the-singular",
        "a-margin-over-usd-libor",
        "preferred-or-common-stock",
        "the-instrument-is-no-holder",
        "a-subscription-deeds-day",
        "the-first-of-several-repayments",
        "the-whole-issue-after-the-option",
        "a-threshold-is-no-price",
        "a-canadian-datelines-province",
        "a-canadian-companys-seat",
        "a-name-before-the-companys-office",
        "one-issues-debentures-counted",
        "a-price-far-below-the-principal",
        "an-exchange-offers-old-and-new-bonds",
        "an-extension-fee",
        "the-first-interest-payment-due-and-payable",
        "an-earlier-notes-day",
        "the-note-called-the-original",
        "the-size-before-an-upsizing",
        "a-note-face-replacing-another",
        "in-an-aggregate-principal-amount",
        "proceeds-of-more-notes-later",
        "a-360-day-year-written-out",
        "a-note-issued-in-substitution",
        "a-loan-notes-final-redemption-date",
        "a-rate-stepping-down-later",
        "a-revolving-facility-beside-the-note",
        "short-term-borrowings-beside-the-note",
        "a-further-issue-of-the-notes",
        "a-news-sites-name",
        "a-rate-increased-on-a-day",
        "an-officer-of-a-named-company-quoted",
        "a-conversion-requested-at-a-formulas-price",
        "notes-of-a-nominal-value-converted",
        "shares-named-after-the-company",
        "shares-on-an-as-converted-basis-and-other-notes-shares",
        "debentures-par-value",
        "a-funding-deadline",
        "an-example-and-a-flat-interest-amount",
        "an-offering-upsized-from",
        "interest-payments-made-semi-annually",
        "a-holders-part-of-an-offering",
        "a-lenders-release-names-the-issuer",
        "a-class-the-terms-name-before-a-past-conversions",
        "two-funds-each-described",
        "a-conversion-price-reset-on-given-days",
        "the-boards-view",
        "another-companys-shares-bought-with-a-note",
        "a-principal-increased-by-an-allonge",
        "a-drawdown-of-a-convertible-facility",
        "a-later-assignment-of-part-of-a-note",
        "a-name-with-a-slash",
        "an-existing-note-restructured",
        "interest-on-other-liabilities-and-a-note-for-fees",
        "an-asx-term-table",
        "bonds-of-a-face-each-aggregating",
        "raised-over-an-amount",
        "the-holders-nominees-on-the-board",
        "two-holders-each-with-a-short-name",
        "one-holder-then-its-short-name",
        "a-follow-on-note",
        "a-loan-note-instruments-day",
        "a-resolutions-day",
        "an-advance-then-its-note-executed",
        "a-further-loan-before-the-notes",
        "a-coupon-raised-in-an-exchange-offer",
        "a-note-exchanged-later-for-a-new-one",
        "note-balances-converted",
        "another-note-converted-in-full",
        "an-equity-interest-and-an-investment-via-notes",
        "an-open-offers-basis-and-a-placing-with",
        "a-note-that-never-converts-and-its-warrants-par",
        "fees-paid-from-the-proceeds",
        "a-chief-executive-quoted-and-money-raised-in-debt",
        "insiders-subscribing-a-part-closed-today",
        "debentures-settled-by-new-ones",
        "an-initial-before-a-name",
        "notes-retired-beside-the-issue",
        "an-option-to-purchase-included",
        "each-bonds-principal-amount",
        "a-part-of-the-coupon",
        "an-option-to-extend-at-a-higher-rate",
        "the-two-companies-and-a-term-sheets-amount",
        "a-term-sheets-tranche-below-the-priced-issue",
        "a-hyphened-percent-beside-the-issuers-other-bonds",
        "outstanding-notes-amounting-to",
        "an-investor-notes-term",
        "no-interest-during-an-extension",
        "a-chairman-comments",
        "a-price-assumed-for-an-illustration",
        "a-yield-at-par",
        "existing-bonds-bought-back-and-an-exchange-price",
        "loan-notes-of-a-par-value-each",
        "promises-to-pay-the-words-after-the-holder",
        "a-holder-in-capitals-with-a-title",
        "wages-owed-defined-as-the-principal",
        "an-agent-after-the-holders-legal-form",
        "events-of-default-beside-the-rate",
        "a-premiums-conversion-price",
        "an-aim-to-raise-and-an-equivalent-before-worth-of",
        "a-controller-not-said-to-be-an-insider",
        "controlled-by-a-shareholder-is-related",
        "the-holder-of-an-amount-illustrates",
        "a-rate-named-far-after-interest",
        "a-holder-described-without-an-article",
        "a-rate-per-thirty-day-period",
        "a-couple-sharing-a-surname",
        "shares-bought-back-are-no-issue-cost",
        "a-figure-that-names-its-own-scale",
        "the-right-to-appoint-a-director-is-no-relation",
        "an-officer-quoted-after-a-colon",
        "a-valuation-that-gives-a-stake",
        "new-notes-for-existing-notes-and-roughly-a-price",
        "an-effective-conversion-price",
        "funds-affiliated-with-are-several-holders",
        "a-short-name-defined-without-quotes",
        "a-role-word-is-no-name",
        "issued-of-the-notes-beside-a-loan-for-interest",
        "a-fee-tables-columns",
        "a-headings-words-before-a-short-names-full-name",
        "a-part-converted-is-no-issue",
        "a-face-value-per-note-is-a-unit",
        "a-conversion-price-set-at-price-of",
        "thousands-grouped-by-spaces",
        "an-advances-day-on-a-form-is-no-issue-date",
        "loan-notes-each-of-a-nominal-value-in-aggregate",
        "an-investment-by-way-of-an-issue-of-notes",
        "each-holders-part-of-one-issue",
        "the-remaining-notes-bear-no-interest",
        "an-interest-payments-due-day-is-no-maturity",
        "a-balance-interest-accrued-on",
        "another-note-to-come",
        "a-business-combinations-closing-date",
        "a-notes-face-labels-side-by-side",
        "a-discount-notes-title-under-its-date",
        "interest-paid-per-annum-quarterly",
        "a-letters-date-above-has-today-issued",
        "a-subscription-amount-is-the-price-paid",
        "the-maturity-date-shall-be",
        "a-warrants-shares-are-no-class",
        "a-price-that-supersedes-the-formula",
        "a-holder-by-and-between-the-company-and",
        "a-holder-and-the-company-entered-into",
        "thousands-grouped-by-apostrophes",
        "a-fixed-price-at-a-discount-to-a-stated-price",
        "a-floor-on-the-conversion-price",
        "a-derivative-liability-is-no-principal",
        "a-balance-owed-is-no-principal",
        "a-fixed-leg-before-whichever-is-lower",
        "the-sign-and-the-word-percent",
        "a-lender-repaid-in-full-is-no-holder",
        "an-existing-notes-extended-amount",
        "an-initial-face-amount",
        "a-member-of-the-board-is-related",
        "an-issuance-that-occurred-on",
        "prime-plus-a-margin",
        "an-officer-quoted-with-the-companys-name",
        "monthly-payments-of-principal",
        "a-class-letter-in-quotes",
        "a-nominal-value-each",
        "an-issue-price-is-no-fee",
        "a-conversion-rates-numerator",
        "a-short-name-and-a-role-after-the",
        "a-stray-bracket-after-the-holder",
        "an-issue-date-label-closed-a-line-later",
        "a-registration-number-and-a-ticker-after-the-holder",
        "an-address-then-the-makers-promise",
        "other-debt-under-its-own-heading-after-the-note",
        "a-report-day-before-the-agreement",
        "the-companys-short-name-before-its-class",
        "a-minimum-conversion-price-that-a-later-price-may-lower",
        "a-placement-memorandums-date",
        "a-subscription-someone-intends-to-make",
        "the-cash-net-of-a-discount-and-costs",
        "the-older-note-a-new-one-amends",
        "a-formula-for-principal-paid-in-stock",
        "issued-in-principal-of-an-amount-on-a-day",
        "a-fixed-price-set-from-a-past-window",
        "an-interim-loan-until-the-note",
        "a-listing-is-not-the-class",
        "an-agent-for-listed-lenders",
        "a-per-annum-rate-equal-to-percent",
        "a-promise-to-pay-on-or-before-a-day",
        "successors-and-representatives-in-the-role",
        "made-as-of-under-the-title",
        "an-amendments-own-day-and-an-earlier-amendments",
        "a-bare-dollar-with-its-us-equivalent",
        "namibian-dollars",
        "a-units-principal-in-a-list",
        "a-warrant-exercise-price-amended",
        "the-offerings-book-runner",
        "a-list-item-of-notes-totalling",
        "a-tsx-venture-ticker",
        "a-right-to-elect-a-director",
        "a-subscription-by-an-individual",
        "two-instalments-a-month-apart",
        "a-sale-under-an-earlier-agreement",
        "notes-still-to-be-issued",
        "an-exchange-for-newly-issued-notes",
        "a-share-subscribers-controller",
        "redeemed-unless-converted-before",
        "a-supplemental-instruments-day",
        "principal-with-any-then-unpaid-interest",
        "a-date-above-the-makers-name-and-title",
        "notes-settled-for-shares-before",
        "an-anti-dilution-clause-and-equivalents",
        "no-ability-to-convert",
        "a-concurrent-share-offering",
        "a-change-of-control-redemption-trigger",
        "a-wire-briefs-issuer",
        "interest-payable-in-stock-at-a-discount",
        "a-rate-per-annum-with-a-defined-term",
        "the-registered-holder-hereof",
        "a-conversion-premium-beside-the-coupon",
        "a-two-digit-year",
        "an-australian-text-names-no-us-dollar",
        "a-bare-amount-with-its-aud-equivalent",
        "each-note-has-a-face-value",
        "an-offering-upsized-from-one-amount-to-another",
        "notes-of-one-dollar-each",
        "a-first-tranches-face-value",
        "an-australian-companys-dollar",
        "one-bare-dollar-among-marked-ones",
        "a-thirty-day-month-and-a-360-day-year",
        "twelve-thirty-day-months-and-a-360-day-year",
        "a-365-366-day-year-on-actual-days",
        "principal-and-interest-due-a-year-from-execution",
        "principal-and-interest-due-nine-months-from-execution",
        "interest-only-on-the-nth-day-of-each-month",
        "interest-payable-on-the-15th-day-of-each-quarter",
        "bears-interest-at-a-rate-upon-maturity",
        "notes-of-a-series-with-their-own-maturities",
        "notes-issued-on-two-days-in-an-aggregate",
        "fully-paid-shares-of-the-preferred-stock-and-its-par",
        "a-class-only-warrants-initially-purchase",
        "a-prior-notes-day-is-not-the-new-ones",
        "a-prior-notes-agreement-day",
        "installments-of-principal-each-in-an-amount",
        "a-loan-from-a-person-who-is-a-substantial-shareholder",
        "shares-at-a-price-apiece",
        "a-rate-nominal-annual-compounded-monthly",
        "a-discount-that-explains-a-stated-price",
        "a-conversion-rate-beside-a-warrant",
        "a-sum-in-dollars-and-cents-and-padded-quotes",
        "interest-payments-only-made-quarterly",
        "principal-payable-at-maturity-together-with-interest",
        "a-face-date-before-the-amount-under-the-title",
        "a-day-warrants-were-issued",
        "an-amount-label-on-a-debentures-face",
        "a-note-with-one-of-our-directors-named-after",
        "a-headings-notes-and-warrants-then-effective",
        "funding-in-exchange-for-the-issuance-of-notes",
        "a-note-converted-in-full-before-the-next",
        "balance-days-of-two-years-as-columns",
        "a-sum-the-holder-demanded-on-a-default",
        "a-name-in-capitals-and-in-its-own-case",
        "an-amounts-equivalent-in-us-dollars",
        "a-term-tables-line-without-its-label",
        "a-term-loans-exit-fee",
        "a-plain-note-a-new-convertible-one-replaced",
        "a-dividends-growth-is-no-rate",
        "shares-named-after-the-issuer-the-text-opens-with",
        "a-rate-only-if-not-paid-when-due",
        "a-one-time-interest-charge-at-a-rate",
        "due-and-payable-including-accrued-interest-on-a-day",
        "a-holder-that-holds-most-of-the-share-capital",
        "a-loan-from-a-related-party-of-the-company",
        "placees-who-are-insiders",
        "an-affiliate-of-an-insider",
        "investors-and-insiders-as-a-group",
        "a-person-named-with-two-offices",
        "a-conversion-rates-equivalent-strike-price",
        "due-and-payable-with-accrued-interest-thereon-on-a-day",
        "interest-paid-every-month",
        "interest-payable-semi-annually-written-apart",
        "interest-paid-by-the-company-comma-quarterly",
        "a-zero-coupons-yield-paid-semi-annually",
        "rand-amount-written-with-an-r",
        "rand-billions-written-bn",
        "rand-conversion-price-written-with-an-r-beside-rand-merchant-bank",
        "cents-in-a-south-african-text-are-rand-cents",
        "an-r-amount-outside-south-africa-is-no-amount",
        "interest-payment-due-days-from-funding-is-no-maturity",
        "a-365-or-if-applicable-a-366-day-year",
        "shall-mature-unless-extended-by-the-holder-on-a-day",
        "the-day-of-the-older-debenture-this-one-is-carved-from",
        "promises-to-pay-to-the-holder-the-sum-of-far-after-the-promise",
        "a-brokered-placements-agent-is-no-holder",
        "warrants-with-respect-to-an-amount-of-principal",
        "a-heading-over-notes-and-related-party-notes",
        "rates-ranging-up-to-a-percent",
        "convertible-at-a-discount-with-no-reference",
        "the-closing-of-the-transaction-was-held-on-a-day",
        "a-conversion-rate-multiplied-by-the-market-price-is-no-coupon",
        "the-lower-of-a-financings-price-or-a-fixed-price",
        "a-note-outstanding-with-a-holder",
        "the-average-of-days-prior-to-the-conversion",
        "simple-and-unpaid-interest",
        "on-the-maturity-date-the-company-pays-principal-plus-accrued-interest",
        "debentures-which-expire-on-a-day",
        "a-total-face-value-beside-the-initial-tranche",
        "issuing-a-note-to-a-described-firm",
        "a-headline-issues-a-debenture-to-its-holder",
        "a-role-closed-by-two-single-quotes",
        "a-heading-names-the-note-with-its-holder",
        "the-issuer-and-its-holder-entered-into",
        "a-british-private-placing-with-its-holder",
        "a-note-payable-to-its-holder",
        "an-agreement-between-the-holder-and-the-issuer",
        "the-issuers-name-before-its-class-beside-a-misprinted-quote",
        "a-price-equivalent-to-pence-beside-a-trigger-price",
        "a-chairman-quoted-is-no-related-holder",
        "the-lower-of-after-a-comma-and-a-condition-below-a-price",
        "the-older-note-a-debt-is-evidenced-by",
        "a-price-per-ads-beside-the-price-per-share",
        "a-face-amount-under-an-effective-date",
        "a-face-amount-above-its-date",
        "a-rate-if-approval-is-not-obtained",
        "a-debentures-denomination-is-no-conversion-price",
        "the-issue-of-loan-notes-to-a-holder",
        "with-its-main-investor",
        "with-an-unaffiliated-third-party",
        "with-investor-and-no-article",
        "a-cayman-limited-duration-company",
        "terms-have-been-agreed-with-a-holder",
        "a-note-issued-with-its-holder",
        "an-amount-of-note-to-its-holder",
        "a-face-amount-and-date-then-a-section-number",
        "a-face-amount-and-date-above-the-title",
        "the-date-of-issuance-being-a-day",
        "a-signature-blocks-executed-and-delivered-as-of",
        "the-first-coupons-rate-beside-a-range",
        "a-placement-agents-fee-is-no-issue-cost",
        "received-less-the-investors-fees-in-exchange-for-the-issuance",
        "promises-to-pay-on-the-first-anniversary-of-the-issuance",
        "a-board-resolutions-date-above-the-face",
        "a-fixed-price-described-against-a-days-closing-price",
        "notes-that-convert-into-the-issuers-own-class-a",
        "an-investor-with-no-existing-connection",
        "a-price-that-represents-an-initial-conversion-discount",
        "principal-and-interest-repayable-a-year-from-issuance",
        "interest-payable-comma-on-an-annual-basis",
        "a-german-texts-half-yearly-interest",
        "a-default-rate-then-a-new-clause-with-the-maturity",
        "the-company-shall-pay-all-interest-on-the-maturity-date",
        "pay-accrued-but-unpaid-interest-on-or-before-the-maturity-date",
        "promises-to-pay-on-or-before-a-day",
        "promises-to-pay-on-or-before-the-earlier-of-a-day",
        "a-maturity-date-established-to-be-the-earlier-of",
        "a-plural-role-word-is-no-holder",
        "a-conversion-price-of-about",
        "the-conversion-price-of-the-convertibles-is",
        "convertible-at-the-rate-of-after-the-word-conversion",
        "loan-notes-issued-totalling",
        "a-note-agreement-for-total-principal-borrowings",
        "the-aggregate-amount-of-the-loan-being",
        "a-headline-prices-exchangeable-bonds",
        "a-state-owned-companys-name",
        "a-delaware-vehicles-name",
        "a-rate-up-to-a-maximum",
        "an-original-interest-rate-label",
        "a-maximum-rate-formerly-and-now",
        "a-rate-if-the-company-fails-to-pay",
        "the-company-issued-the-related-party-a-debenture",
        "the-related-party-is-entitled-to-convert",
        "entered-into-a-note-defined-to-an-organisation",
        "a-note-and-warrants-issued-to-one-holder",
        "promises-to-pay-to-a-name-below",
        "the-investors-own-note-is-not-the-debenture",
        "the-first-issuance-under-an-up-to-agreement",
        "announced-the-closing-on-a-day-of-a-financing",
        "a-six-month-rate-and-its-annual-rate",
        "one-debenture-part-of-a-total-issue",
        "a-public-body-as-lender",
        "a-balance-after-a-payment-is-no-principal",
        "a-term-sheets-quantum-and-initial-conversion-price-at-issue",
        "raised-today-through-an-issue-of-a-loan-note",
        "bonds-issued-by-a-subsidiary-on-a-day",
        "a-farm-in-agreement-names-no-holder",
        "the-investor-also-provides-a-loan",
        "outstanding-facilities-comprising-loan-notes",
        "an-insiders-participation-in-a-placement",
        "cash-received-net-of-fees-is-no-price",
        "one-note-and-a-second-note-compete",
        "a-limited-partnerships-number",
        "an-exhibits-title-dates-the-note",
        "an-existing-notes-rate-is-not-the-new-notes",
        "prime-plus-a-margin-is-no-fixed-rate",
        "a-rate-after-a-base-rate-margin",
        "a-holder-located-at-an-address",
        "a-note-issue-to-an-investment-fund",
        "the-initial-purchasers-representative-is-no-holder",
        "officers-also-subscribed-for-the-bonds",
        "an-amount-of-outstanding-debentures-amended",
        "a-dollar-equivalent-of-yen-bonds",
        "an-amount-converted-is-no-principal",
        "a-conversion-notices-price",
        "a-facilitys-announcement-is-no-issue-date",
        "rates-written-in-a-row-compete",
        "parties-releasing-their-officers-and-directors",
        "a-term-sheets-labels-without-colons",
        "a-sum-in-words-and-no-cents",
        "dated-as-of-beside-a-promise",
        "a-date-and-the-notes-number-under-its-title",
        "on-a-day-the-company-signed-a-note",
        "a-month-alone-on-its-line",
        "a-face-line-above-the-promise",
        "signing-a-note-purchase-agreement-is-no-issue",
        "a-note-totaling-an-amount",
        "dollars-and-no-hundredths-in-words",
        "a-note-promising-to-pay-a-named-holder-an-amount",
        "a-registered-holder-or-permitted-transferees",
        "loan-notes-that-expire-on-a-day",
        "bonds-redeemed-at-their-nominal-amount-on-a-day",
        "notes-due-and-payable-unless-converted-on-a-day",
        "the-initial-conversion-price-being",
        "a-conversion-premium-or-its-price",
        "the-sum-and-its-interest-at-a-rate-on-one-day",
        "a-365-365-interest-basis",
        "a-face-amount-beside-the-place-it-is-made",
        "a-principal-sum-label",
        "a-maturity-date-which-is-the-first-to-occur",
        "a-date-and-the-town-under-the-title",
        "bonds-directed-to-a-nordic-company",
        "an-option-from-a-recently-closed-offering",
        "a-bare-dollar-repeating-a-headlines-amount",
        "a-listings-exchange-and-ticker",
        "a-coupon-set-at-a-rate",
        "a-rate-with-a-fraction-before-the-notes",
        "a-release-in-canadian-dollars",
        "a-settlement-expected-on-the-issue-date",
        "an-early-redemption-of-debentures",
        "bonds-that-bear-no-coupon",
        "convertibles-that-accrue-no-interest",
        "interest-payments-to-be-made-quarterly",
        "a-conversion-price-between-a-cap-and-a-floor",
        "money-raised-from-related-parties",
        "a-discount-in-relation-to-the-market-price",
        "a-coupon-beside-an-original-issue-discount-in-a-title",
        "shares-for-debt-closed-and-notes-originally-issued",
        "other-notes-also-priced",
        "an-initial-exchange-price",
        "an-exchange-done-is-no-price-of-the-note",
        "notes-that-bear-no-regular-interest",
        "debentures-that-incur-no-interest",
        "a-debenture-the-proceeds-repay",
        "the-issuers-option-names-no-holder",
        "a-maturity-beside-the-face-amount",
        "a-market-cap-is-not-the-principal",
        "new-notes-of-a-proposed-restructuring-are-not-issued",
        "adss-issuable-upon-conversion-are-the-class",
        "a-credit-line-with-a-maximum-is-drawn",
        "a-class-still-negotiated-is-not-the-notes",
        "the-part-insiders-subscribed-is-not-the-issue",
        "directors-supporting-an-offering-are-not-holders",
        "an-offering-to-certain-existing-shareholders-has-several-holders",
        "the-whole-issue-after-its-parts",
        "compounding-on-a-monthly-basis",
        "a-release-that-announces-that-on-a-date",
        "a-trust-company-that-is-trustee-is-no-holder",
        "a-defaults-acceleration-is-no-maturity",
        "the-quarterly-interest-payment-due",
        "convert-into-shares-for-a-price-per-share",
        "a-repurchase-on-a-date-is-not-the-issue",
        "a-wait-before-conversion-is-no-term",
        "various-debentures-total-is-not-the-note",
        "a-numbered-bond-totalling",
        "a-convertible-bond-of-an-amount",
        "of-which-an-amount-is-a-convertible-loan",
        "a-fee-for-amendments-is-no-purchase-price",
        "a-price-in-a-code-after-the-number",
        "a-loans-nominal-value-of-one-unit",
        "a-maturity-in-a-table-cell",
        "a-column-title-with-a-date-is-no-maturity",
        "a-shareholder-agreed-to-provide-the-loan",
        "cents-written-as-c-in-an-aud-text",
        "a-loan-that-does-not-accrue-any-interests",
        "interest-payable-half-yearly",
        "a-day-first-date-past-the-twelfth",
        "a-loan-period-that-expires-on-a-date",
        "two-fees-withheld-are-the-costs",
        "an-option-increasing-the-total-issue",
        "a-conversion-price-set-to-an-amount",
        "bonds-redeemed-at-a-percentage-of-par-on-a-date",
        "a-coupon-rate-that-stands-at-zero",
        "billions-written-bn-after-a-code",
        "yen-written-as-a-word-before-the-amount",
        "notes-the-company-only-may-issue-later",
        "bare-dollars-beside-a-canadian-mark-in-a-canadian-listed-release",
        "a-maximum-conversion-price-is-a-cap-not-the-price",
        "ordinary-shares-or-adrs-the-holders-choice",
        "a-manager-writes-for-the-fund-it-manages",
        "the-new-note-an-exchange-gives",
        "a-dollar-amount-with-its-own-code-in-brackets",
        "a-closing-quote-that-opens-a-defined-term",
        "lenders-the-note-names-together",
        "the-amount-of-the-convertible-note-was",
        "the-holder-after-the-notes-terms",
        "a-conversion-price-amended-later-is-not-the-notes",
        "several-lenders-each-with-its-amount",
        "days-of-an-average-written-n-day-average",
        "other-notes-under-a-heading-of-their-own",
        "a-person-the-company-entered-into-a-loan-with",
        "in-for-on-before-a-day",
        "convertible-debt-issued-on-a-day-without-a-comma",
        "the-note-an-amendment-amends-issued-on-a-day",
        "not-the-exchanged-or-outstanding-notes-issued-on-a-day",
        "a-face-value-totaling",
        "outstanding-notes-bought-from-another-holder",
        "a-worded-rate-its-digits-in-brackets-then-percent",
        "a-numbered-sections-heading-and-its-date",
        "interest-only-payments-required-quarterly",
        "a-price-interest-is-paid-at-in-stock",
        "a-price-interest-is-paid-at-defined-as-the-notes",
        "a-bare-dollar-beside-a-canadian-dollar-in-brackets",
        "the-series-a-debenture-is-one-of",
        "a-dates-year-after-a-blank-line",
        "a-table-of-several-notes-dates",
        "a-rate-if-not-paid-at-maturity",
        "the-agent-of-a-bought-deal-is-no-holder",
        "a-rate-with-a-zero-after-its-point",
        "a-premium-on-top-of-the-rate",
        "the-rate-the-note-defines-beside-a-titles",
        "an-xbrl-member-label-is-no-face-title",
        "a-term-sheets-denomination",
        "the-first-part-of-the-notes",
        "the-notes-comma-issued-on-a-day",
        "a-term-after-the-date-of-note-issuance",
        "a-two-year-maturity",
        "a-maturity-date-defined-as-the-earliest-of",
        "a-holder-whose-name-holds-and-described-after-it",
        "the-buyer-of-a-business-who-makes-the-note",
        "shares-for-an-older-note-and-money-for-a-new-one",
        "the-buyer-as-the-subject-and-a-two-year-anniversary",
        "a-subscriber-with-its-domicile-beside-its-existing-bonds",
        "instalments-beginning-months-after-issue-are-no-maturity",
        "the-whole-issue-after-the-option-named-with-its-purchasers",
        "pence-with-a-thousands-separator-and-bonds-redeemable-on-a-day",
        "a-rivals-issue-and-a-price-into-ordinary-shares",
        "a-bond-loan-issued-by-the-company-with-a-redemption-date",
        "a-loan-made-available-on-a-day-by-an-italian-lender",
        "the-series-described-at-length",
        "a-sum-in-words-its-digits-then-dollars",
        "a-face-date-above-the-makers-name-not-the-agreements",
        "typewriter-quotes-quarterly-thereafter-and-a-defined-price",
        "a-hyphenated-related-party-and-a-shareholder-lender",
        "a-deadline-called-closing-date-and-a-holders-subscription",
        "a-price-of-notes-after-their-amount-and-a-comma",
        "some-holders-part-of-an-offering",
        "a-per-cent-coupon-and-gross-cash-proceeds",
        "a-price-in-canadian-cents",
        "a-price-in-leva",
        "a-holders-resale-and-a-denomination",
        "a-role-defined-with-his",
        "a-promise-unconditionally-to-pay-and-interest-at-maturity",
        "interest-plus-at-maturity-a-divisor-price-and-par-before-class",
        "each-units-note-beside-notes-issued-over-months",
        "a-note-the-company-holds",
        "an-address-that-names-its-keeper",
        "a-launch-day-is-not-the-issue-day",
        "some-holders-notes-and-a-varied-price",
        "old-in-an-issuers-name",
        "a-price-as-a-percentage-and-a-plain-bond-beside",
        "an-investment-in-another-companys-notes",
        "a-subscriber-described-at-length",
        "a-trust-named-with-its-date",
        "a-price-set-before-the-notes-were-signed",
        "a-year-in-a-names-brackets",
        "a-returning-investors-participation",
        "the-creditor-the-maker-acknowledges-itself-indebted-to",
        "a-repurchase-of-approximately-is-not-the-issue",
        "equity-shares-and-a-price-in-rupees",
        "a-coupon-payable-on-a-semi-annual-basis",
        "interest-at-a-rate-in-percent-words-then-its-frequency",
        "interest-that-accrues-then-quarterly-in-arrears",
        "an-indentures-date-is-no-issue-date",
        "trust-units-leave-the-dollar-unsure",
        "a-face-wrapped-a-word-or-two-a-line",
        "a-face-date-a-few-short-lines-above",
        "a-faces-date-label-without-its-colon",
        "bonds-initially-convertible-at-a-price",
        "a-face-amount-note-issued-for-less",
        "a-prospectus-cover-offer-price-and-redemption",
        "interest-owed-cleared-through-a-new-note",
        "a-partners-firm-with-a-comma-between-its-names",
        "notes-into-preferred-whose-own-price-is-not-the-notes",
        "the-preferreds-formula-is-not-the-debentures",
        "a-sentence-whose-following-space-was-lost",
        "issued-under-a-previously-disclosed-agreement",
        "the-buyer-of-the-debenture-and-existing-notes-it-bought",
        "a-rate-with-a-hyphenated-fraction",
        "interest-rolled-up-to-the-end-of-the-term",
        "the-lender-of-a-refinancing-agreement",
        "financing-from-its-largest-shareholder",
        "dollars-of-the-united-states-of-america",
        "a-million-euro-bond-and-its-year",
        "a-name-with-a-capital-inside-a-word",
        "a-release-whose-chairman-and-ceo-is-quoted",
        "dollars-named-before-the-figure-and-a-semi-annual-coupon",
        "a-term-sheet-of-dashed-items",
        "an-offering-upsized-to-its-final-size",
        "an-initial-conversion-premium-is-no-rate",
        "notes-redeemed-early-are-not-the-new-issue",
        "a-tranche-issued-at-a-price-in-points",
        "a-term-sheets-bare-price-in-points",
        "a-kupon-with-its-day-count-abbreviated",
        "a-rate-with-a-decimal-comma",
        "per-cent-ends-a-sentence-and-a-coupon-beside-a-yield",
        "convertible-bonds-worth-an-amount",
        "an-fccb-worth-an-amount-in-mn",
        "the-pricing-of-its-bond",
        "two-debentures-to-an-officer-and-a-company-compete",
        "an-officer-with-a-middle-name-after-mr",
        "a-hold-before-conversion-is-no-term",
        "the-greater-of-a-trailing-average-and-a-minimum",
        "a-price-that-steps-up-competes",
        "a-closing-comprised-of-debentures-in-cdn-dollars",
        "a-financing-of-convertible-securities-with-a-fund",
        "notes-issued-today-and-a-rate-pa",
        "a-figure-in-millions-in-a-text-of-thousands",
        "the-total-if-the-option-is-exercised",
        "the-rate-of-notes-invited-back",
        "a-listing-on-the-stock-exchange-is-no-exchange",
        "a-note-given-in-exchange-for-proceeds",
        "a-lender-in-a-tables-cells",
        "a-lender-named-as-lender-before-the-definition",
        "a-note-to-an-indonesian-company",
        "a-qualified-financings-price-and-other-securities-class",
        "an-fccb-offering-of-an-amount",
        "an-option-that-could-be-exercised",
        "a-facilitys-limit-is-no-principal",
        "existing-stockholders-are-no-existing-notes",
        "the-first-interest-day-is-no-maturity",
        "an-anniversary-of-the-notes-date-and-an-extensions-rate",
        "a-sum-in-words-with-its-cents-in-digits",
        "a-sum-in-words-in-the-lawful-money-of-the-united-states",
        "each-loan-notes-principal-when-issued",
        "the-total-amount-of-the-loan-is",
        "convertible-debt-securities-to-the-largest-institutional-shareholder",
        "a-waiver-from-the-holders-of-its-older-debentures",
        "payments-of-interest-on-a-monthly-basis-and-months-of-thirty-days",
        "a-lump-sum-on-the-anniversary-of-the-effective-date-set-forth-above",
        "certain-holders-of-older-debentures-and-the-new-maturity-date",
        "a-wires-us-after-the-amount-and-to-borrow-from",
        "interest-payable-in-arrears-on-the-maturity-date",
        "an-agreement-with-one-lender-and-with-another",
        "a-term-sheet-cut-into-cells-each-on-its-own-line",
        "a-row-of-several-series-prices-is-no-one-price",
        "a-numbered-company-after-the-investor",
        "a-total-issuance-amount-and-bonds-issued-on-a-day",
        "a-funds-number-and-its-form-issued-shares-a-note-and-a-warrant",
        "a-name-with-and-in-it-after-by-and-between",
        "a-rate-in-nominal-then-the-price-it-equates-to",
        "a-holders-release-names-the-issuer-after-agreement-with",
        "investors-holding-older-notes-exchange-them-for-new-ones",
        "a-hold-periods-end-and-a-condition-on-any-insider-holder",
        "a-lender-of-shares-to-hedge-the-bonds",
        "placing-shares-to-the-chairman-and-loan-notes-issued-and-announced",
        "an-officer-quoted-the-office-first",
        "a-release-issued-by-the-holder-with-respect-to-the-issuer",
        "a-price-that-steps-up-at-each-anniversary",
        "interest-payable-at-loan-maturity",
        "loans-from-directors",
        "an-amount-of-notes-issued-by-the-company-on-a-day",
        "a-bare-dollar-before-a-canadian-dollar-amount-in-brackets",
        "an-issue-in-tranches-due-in-different-years",
        "an-amendment-restating-the-notes-principal-section",
        "the-date-of-this-note-is-and-a-term-in-days",
        "the-maximum-aggregate-principal-amount-of-an-offering",
        "a-later-tranches-text-names-the-first-tranches-day",
        "an-amount-of-convertibles",
        "an-offering-of-guaranteed-unrated-convertible-bonds",
        "a-financing-agreement-with-the-holder",
        "the-issue-of-a-number-of-notes-to-the-holder",
        "the-buyers-own-release-after-its-dateline",
        "a-subsidiary-acquiring-part-of-an-issue-names-no-holder",
        "the-amount-the-company-agreed-to-borrow",
        "a-capital-m-after-a-space-is-millions",
        "a-rate-used-to-measure-a-fair-value",
        "each-notes-face-value-is-no-principal",
        "the-parts-of-a-total-are-not-the-principal",
        "a-rate-over-stibor-and-a-directed-issues-subscriber",
        "the-price-of-notes-bought-back",
        "a-count-of-notes-and-each-ones-face",
        "days-chosen-within-a-window",
        "the-party-sold-the-note-over-a-heading",
        "a-trusts-capitalised-date",
        "finance-raised-by-the-issue-of-loan-notes",
        "an-amount-being-raised-via-loan-notes",
        "funding-from-a-person-by-way-of-a-loan-note",
        "advances-converted-into-a-note",
        "a-loan-that-never-converts-is-other-debt",
        "one-participant-at-the-end-of-its-sentence",
        "a-person-named-as-the-individual-investor",
        "a-trusts-date-is-no-issue-date",
        "the-nominal-value-raised-through-bonds",
        "the-programme-a-tranche-is-part-of",
        "a-numbered-line-of-a-taiwan-announcement",
        "an-exchanges-approval-names-the-dollar",
        "a-price-the-sentence-ends-with",
        "older-notes-whose-last-part-was-converted",
        "a-part-of-the-issue-held-by-a-related-party",
        "directors-and-others-with-the-remainder",
        "the-sole-investor-in-a-financing",
        "a-lender-described-before-its-name",
        "a-decimal-comma-and-thousands-grouped-by-spaces",
        "millions-in-the-codes-own-prefix",
        "the-bonds-value-and-its-coupon-rate",
        "a-count-of-bonds-then-their-total",
        "the-article-inside-the-roles-quotes",
        "a-loan-that-does-not-carry-interest",
        "the-day-a-general-meeting-adopted-a-programme",
        "the-borrowers-parent-company",
        "a-note-converted-into-shares-before-the-next",
        "the-lenders-release-its-loan-agreed",
        "the-price-of-preferred-shares-bought-beside-the-note",
        "the-holder-after-the-companys-defined-name",
        "a-term-sheets-rate-after-its-discount",
        "notes-issued-in-exchange-for-their-face",
        "an-australian-proprietary-companys-dollars",
        "an-australian-business-number-and-other-debt",
        "an-australian-note-under-new-yorks-days",
        "a-maturation-date-and-a-loan-to-a-named-borrower",
        "an-option-starting-days-after-issue",
        "a-balance-at-a-reporting-date",
        "each-indian-debentures-face-value",
        "a-debentures-issuance-of-an-amount",
        "the-rupiahs-sign-with-its-full-stop",
        "a-day-between-full-stops",
        "a-price-now-and-the-one-before",
        "a-term-sheets-dash-after-its-label",
        "a-notes-amount-as-a-label",
        "the-principal-of-the-note-is",
        "a-note-issued-to-a-person-by-title",
        "a-purchase-agreed-with-a-person-by-title",
        "a-face-given-roughly-alone",
        "notes-issued-in-an-amount-given-roughly",
        "old-notes-outstanding-given-roughly",
        "old-notes-exchanged-given-roughly",
        "a-brief-bullets-old-notes-rate",
        "a-replacement-note-to-another-holder",
        "funds-a-manager-manages-and-an-exchange",
        "a-swap-of-old-notes-for-new",
        "holders-of-old-notes-face-value-exchanged",
        "an-sp-summarys-bonds-with-bearer-interest",
        "an-sp-summarys-coupon-and-yield-respectively",
        "an-sp-summarys-preferred-shares-and-a-shares-face",
        "the-ringgits-sign",
        "a-floor-as-the-second-leg-of-the-greater",
        "a-korean-briefs-conversion-rate-of-bonds",
        "a-theoretical-conversion-rate-is-no-price",
        "a-lenders-release-names-the-lender-in-its-headline",
        "an-issuers-release-names-its-lender-after-with",
        "a-funds-name-after-its-sponsors-capitals",
        "a-french-company-in-words-one-of-two-holders",
        "a-fundraisings-ceiling-beside-a-headline",
        "a-draws-minimum-is-no-principal",
        "each-bonds-face-and-a-coupon-for-the-bonds",
        "an-sp-summarys-size-by-the-bond-and-no-rate-of-interest",
        "a-korean-briefs-proceeds-to-raise",
        "not-bear-any-interest",
        "no-interest-during-the-loan-period",
        "one-tranches-proceeds-are-no-price",
        "redeemed-at-par-on",
        "not-converted-will-be-redeemed-on",
        "a-redemption-date-of",
        "mature-on-or-about",
        "must-be-repaid-on",
        "required-to-be-paid-in-full-on",
        "will-mature-unless-with-commas-on",
        "a-repayment-done-is-no-maturity",
        "loan-notes-with-a-holder-not-a-banks-facility",
        "a-lender-announces-its-loan-with-the-issuer",
        "another-party-may-convert-the-note",
        "a-briefs-issuer-on-its-dateline-and-a-non-convertible-note",
        "a-uk-loan-stocks-title-rate",
        "a-uk-clns-title-rate",
        "an-annual-interest-rate-charge",
        "borrowed-at-a-rate-of",
        "a-rate-of-interest",
        "a-term-sheets-dash-interest",
        "a-price-per-the-tickers-share",
        "a-price-for-the-fccbs",
        "a-day-look-back",
        "the-day-named-the-maturity-beside-it",
        "one-conversion-done-is-no-price",
        "a-price-a-later-amendment-set",
        "one-price-with-and-without-cents",
        "a-premium-is-no-discount-and-an-aside-before-the-price",
        "a-price-adjusted-from-one-figure-to-another",
        "a-part-converted-a-numbered-fund-and-a-par-nominally",
        "a-fund-numbered-in-digits",
        "bonds-placed-to-a-holder",
        "a-term-that-runs-until-a-day",
        "the-issuers-own-name-before-its-class",
        "a-guarantees-date-is-not-the-notes",
        "a-zero-annual-interest-rate",
        "a-price-an-aside-then-its-figure",
        "a-price-set-for-its-bonds",
        "a-zero-coupons-yield-is-no-rate",
        "the-rate-if-unpaid-after-maturity",
        "older-bonds-the-new-ones-refinance",
        "a-debt-agreements-amount-and-its-price-beside-warrants",
        "the-lender-in-a-sentence-of-its-own",
        "a-note-made-effective-as-of-a-day",
        "two-people-and-their-assigns",
        "a-us-filers-dollar-beside-an-australian-subsidiary",
        "a-face-an-amendment-raised",
        "a-loan-an-amendment-made-convertible",
        "a-bonds-par-value-a-part-and-a-licence-fee",
        "debentures-of-the-company-due-a-day-issued-on-another",
        "a-price-in-rupees",
        "one-figure-for-coupon-and-yield",
        "an-fccb-issue-worth-an-amount",
        "a-price-at-the-holders-discretion-beside-warrants",
        "the-amount-of-bonds-redeemed",
        "one-price-for-notes-and-warrants",
        "a-price-with-its-article-dropped",
        "an-aside-between-a-prices-name-and-figure",
        "a-price-applicable-to-converting",
        "a-price-per-a-class-in-words",
        "a-per-share-price",
        "a-strike-price",
        "the-issue-price",
        "a-rate-per-1000-then-its-price",
        "a-price-in-rupiah",
        "borrowings-a-note-agreement-provided-for",
        "bonds-aggregating-to-an-amount",
        "a-titles-amount-before-equity-linked-bonds",
        "an-amount-raised-after-issuing-a-note",
        "principal-and-interest-due-on-a-day",
        "loan-notes-not-converted-redeemed-by-the-company",
        "notes-not-converted-they-will-be-redeemed",
        "due-on-or-around",
        "mature-on-the-day",
        "a-maturity-set-for",
        "a-registered-holder-inside-a-line",
        "an-issuance-refinanced-on-a-day",
        "a-letter-dated",
        "a-holder-dba-a-trade-name",
        "a-name-in-lower-case-before-a-capital",
        "an-investing-arm-in-brackets",
        "a-strategic-relationship-with-a-partner",
        "an-insiders-pledge-agreement",
        "the-directors-authority-to-issue-shares",
        "existing-bonds-outstanding-principal-amount",
        "in-exchange-for-a-face-principal-amount",
        "a-pay-in-kind-option-beside-a-cash-coupon",
        "cents-in-a-release-marking-us-amounts",
        "a-principal-increased-from-to",
        "a-promissory-note-converted-away",
        "a-maturity-extended-until-a-day",
        "us-dollar-marked-u-s-space-dollar",
        "a-note-with-a-holder-inc-for-its-face",
        "principal-amount-and-gross-proceeds-of",
        "exchangeable-into-shares-at-a-price",
        "a-note-payable-by-the-company-to",
        "a-convertible-facility-with-a-bv",
        "an-organisation-the-companys-existing-lender",
        "a-finance-provider-named-after-its-description",
        "a-holder-or-order",
        "a-brokered-placement-with-its-broker",
        "a-debenture-dated-effective",
        "an-initial-closing-which-occurred-on",
        "debentures-which-were-issued-today",
        "an-agreement-dated-effective",
        "due-on-the-earlier-of-x-and-y-a-date",
        "being-the-earlier-of-i-a-date",
        "the-earliest-to-occur-of-the-maturity-date-i",
        "repayable-if-not-previously-converted-on",
        "a-convertible-note-with-expiry-on",
        "selling-a-note-to",
        "to-its-sponsors-member",
        "with-a-professional-fund-named-after",
        "a-lender-with-its-registration-number",
        "a-lender-in-single-quotes",
        "a-note-promising-to-pay",
        "a-note-with-its-sponsor",
        "proceeds-of-convertible-securities-from",
        "a-numbered-heading-note-dash-holder",
        "convertible-into-n-shares-at-a-price",
        "at-a-deemed-price-of",
        "at-a-value-equal",
        "per-issuer-named-share",
        "a-payable-converted-at-a-deemed-price",
        "a-rate-increasing-upon-an-event-of-default",
        "the-rate-of-a-loan-the-proceeds-repay",
        "a-new-maturity-beside-the-one-it-replaced",
        "a-new-maturity-alone",
        "a-funds-words-in-brackets",
        "a-funds-form-after-its-number",
        "a-segregated-portfolio-after-its-company",
        "thousands-by-a-purchases-arithmetic",
        "new-money-beside-notes-surrendered",
        "a-credit-line-beside-a-convertible-note",
        "a-convertible-loan-defined-then-its-amount",
        "funded-by-the-issue-of-notes",
        "notes-as-an-acquisitions-consideration",
        "a-loan-from-its-controlling-shareholder",
        "an-agreement-between-the-company-and-a-fund",
        "a-gulf-companys-form",
        "a-stray-dot-before-a-legal-form",
        "a-company-held-by-a-person",
        "a-renewal-fee",
        "a-units-debenture",
        "interest-at-the-end-of-the-term",
        "interest-at-redemption-or-conversion",
        "a-weekday-before-the-issue-date",
        "a-publications-dated-label",
        "a-par-value-in-words",
        "a-price-per-share-in-another-currency",
        "us-amounts-marked-in-a-canadian-release",
        "the-lender-of-a-loan-repaid",
        "an-investment-in-the-party-named",
        "another-issue-on-similar-terms",
        "interest-not-payable-until-the-maturity-date",
        "interest-payable-on-the-repayment-date",
        "interest-paid-in-cash-or-shares-at-maturity",
        "interest-added-to-principal-at-maturity",
        "interest-payable-on-redemption-or-conversion",
        "interest-rolled-up-to-the-end-of-a-term",
        "interest-payable-upon-redemption-alone",
        "a-lender-that-advanced-to-the-company",
        "terms-agreed-with-its-largest-shareholder",
        "a-financing-by-way-of-convertible-debentures",
        "a-default-rate-past-the-laws-maximum",
        "a-stake-held-is-no-rate",
        "a-redemption-premium-is-no-rate",
        "a-price-in-percent-of-par-is-no-rate",
        "interest-in-percent-of-face",
        "a-maturity-the-company-may-extend",
        "a-person-promised-payment-role-after",
        "a-person-promised-payment-address-between",
        "a-trust-that-holds-the-note",
        "a-person-who-agreed-to-lend",
        "a-name-a-bracket-continues",
        "a-headline-conversion-is-no-face",
        "a-nominal-total",
        "an-initial-price-later-refixed-down",
        "an-australian-city-based-company-dollar",
        "an-aim-to-raise-is-no-face",
        "a-face-per-note-after-count-and-price",
        "a-note-price-against-par",
        "a-currency-rate-is-no-price",
        "a-margin-over-libor-with-dollar-mark",
        "an-outstanding-loan-settled",
        "a-discount-to-a-stated-close",
        "issued-its-officer-a-debenture",
        "a-bond-carries-no-coupon",
        "a-yield-and-coupon-rate-as-one",
        "two-korean-rates-as-one",
        "a-semiannual-basis-on-each-payment-date",
        "an-institution-named-with-the",
        "a-company-known-by-its-capitals",
        "a-subscription-agreement-with-new-investor",
        "a-conversion-price-would-be",
        "a-price-per-new-ordinary-share",
        "raised-by-way-of-convertible-bonds",
        "fccbs-worth",
        "a-tranche-amount-is-no-face",
        "the-marked-subscriber-not-the-issuer",
        "a-price-not-less-than-market",
        "a-net-amount-after-costs",
        "a-merger-closing-day",
        "debt-the-proceeds-repay-its-due-day",
        "a-person-after-the-companys-office",
        "a-fund-the-company-plans-to-issue-to",
        "a-bank-approved-to-issue-notes-to",
        "the-only-subscriber-admitted",
        "due-for-repayment-at-nominal-on",
        "subject-to-tsxv-approval-canadian-dollar",
        "a-firm-name-starting-with-capitals",
        "raised-by-the-issue-of-a-count-of-loan-notes",
        "raised-through-the-issuance-of-clns",
        "issued-on-a-day-with-a-total-value",
        "loan-stocks-nominal-value-and-rate",
        "a-part-of-the-notes-is-no-rate",
        "a-weighted-average-rate-is-not-the-notes",
        "a-rate-on-amounts-unpaid-at-maturity",
        "a-russian-joint-stock-company",
        "convertibles-a-company-plans-to-issue",
        "a-cornerstone-investor",
        "thousands-grouped-by-spaces-before-a-comma",
        "each-with-an-initial-face-value",
        "the-canadian-press-ca-dollar",
        "a-price-for-each-unit",
        "interest-paid-to-investors-semiannually",
        "interest-in-regular-monthly-installments",
        "interest-on-the-last-day-of-each-quarter",
        "interest-in-kind-each-quarter-guard",
        "a-holder-of-a-part-of-the-common-shares",
        "a-member-of-the-registrants-board",
        "one-of-the-largest-institutional-investors",
        "a-member-of-a-named-companys-board",
        "a-maturity-in-the-issues-sentence",
        "a-seat-on-another-companys-board",
        "due-for-repayment-without-the-amount",
        "another-convertible-issues-day",
        "loans-capitalised-into-shares",
        "the-rate-of-renewed-notes",
        "each-notes-face-after-their-count",
        "an-amount-in-another-currency-is-no-holder",
        "a-name-with-capitals-and-a-digit",
        "a-conversions-day-is-no-issue-date",
        "a-global-coordinator-is-no-holder",
        "a-minimum-price-that-was-set-at",
        "the-notes-own-issue-price",
        "a-cash-or-in-kind-rate",
        "bonds-a-concurrent-repurchase-buys-back",
        "a-principal-loan-amount",
        "a-class-letter-after-the-words",
        "an-agent-care-of-the-holder",
        "the-notes-an-issue-refinances",
        "an-offering-memorandums-day",
        "a-floating-rates-floor",
        "a-coupon-range-marketed",
        "rates-stepping-up",
        "global-depositary-receipts",
        "the-terms-class-before-a-conversions",
        "a-sri-lankan-rupee",
        "an-indian-rupee-stays",
        "other-debts-instalments-after-while",
        "a-credit-facilitys-maturity",
        "a-dividends-payment-day",
        "a-fee-per-share",
        "each-debentures-face-after-their-count",
        "bonds-converted-and-the-remainder-redeemed",
        "a-bonds-nominal-value-is-no-par",
        "a-periods-charges-for-interest-and-fees",
        "which-mature-on-is-no-issue-date",
        "closed-the-issue-of-its-fccbs-on",
        "a-note-payable-issued-a-day",
        "options-last-day-after-notes-issued-to",
        "from-the-date-of-issue-this-being",
        "coupon-beside-hyphenated-yield-to-maturity",
        "coupon-stepping-down-then-at-the-rate-of",
        "interest-payable-on-the-note-is",
        "interest-to-be-paid-on-the-principal-is",
        "dollar-bonds-listed-in-singapore-class-after-name",
        "bonds-the-proceeds-retire",
        "comma-before-a-funds-number",
        "face-date-under-the-amount-line",
        "paid-within-days-of-each-quarters-end",
        "repaid-notes-due-and-a-short-named-holder",
        "funds-under-one-role-collectively",
        "a-board-plans-total-value-and-par-in-dong",
        "a-board-plans-total-offering-value",
        "approximately-without-space-before-dollar",
        "raised-by-way-of-a-convertible-loan",
        "interest-due-on-the-notes-maturity-date",
        "due-date-for-redemption",
        "the-part-the-option-added-of-which",
        "the-original-note-exchanged-for-a-new-one",
        "space-after-a-rate-bracket",
        "a-plain-bond-in-the-issuers-list",
        "a-bonds-volume-and-ordinary-bearer-shares",
        "listed-in-new-zealand-and-agreed-to-subscribe",
        "each-units-debenture-is-not-the-issue",
        "pay-interest-on-two-days-a-year",
        "pay-a-rate-of-interest-semi-annually",
        "a-term-sheets-rows-with-bars",
        "a-conversion-price-label-with-two-brackets",
        "the-debentures-a-new-issue-redeems",
        "notes-refinanced-before-their-maturity",
        "said-late-monday-is-no-late-payment",
        "issue-proceeds-beside-the-issue-price",
        "each-note-of-1000-principal-value",
        "a-clean-up-calls-remaining-balance",
        "a-funds-number-written-no",
        "interest-in-every-six-months",
        "quarterly-in-arrears-or-at-conversion",
        "a-redeemed-note-and-two-others-due",
        "the-holder-in-apposition",
        "debentures-a-company-intends-to-redeem",
        "holders-of-the-outstanding-bonds",
        "a-bank-named-as-trustee",
        "debentures-previously-sold-beside-new",
        "raised-through-placement-of-debentures",
        "interest-payable-further-and-a-price-for-each-1000",
        "contingent-interest-is-no-coupon",
        "a-connected-transaction-and-completion-took-place",
        "each-bonds-face-issued-at-par-with",
        "the-total-a-greenshoe-brings",
        "the-total-a-greenshoe-lifts",
        "the-debenture-a-new-one-settles",
        "the-exercise-by-the-initial-purchasers",
        "notes-exchanged-away",
        "notes-outstanding-offered-in-exchange",
        "a-calls-coupon-make-whole",
        "the-press-convertibles",
        "no-interest-attached",
        "payable-at-a-rate-on-two-days",
        "a-coupon-paid-twice-a-year",
        "a-private-placement-of-notes-named-at-length",
        "notes-repurchased-for-cash",
        "an-exchange-offer-for-old-convertibles",
        "another-convertible-already-outstanding",
        "an-offering-of-convertibles",
        "an-offering-of-convertible-bonds",
        "notes-priced-at-an-amount",
        "an-offering-of-two-tranches",
        "a-funds-luxembourg-form-and-an-effective-day",
        "a-faces-day-beside-its-amount-above-the-maker",
        "bare-cents-beside-us-cents-and-sept",
        "a-fund-and-its-manager-and-a-maturity-that-stands-at",
        "a-sub-funds-letter",
        "participants-each-with-their-amount",
        "an-officer-speaking-on-the-occasion-and-redeemed-at-on",
        "a-change-in-the-largest-shareholder",
        "private-cbs-worth-won",
        "exchangeable-bonds-eb-worth-won",
        "a-wires-mln-won",
        "a-korean-decision-on-bonds",
        "a-six-ks-won-before-the-figure",
        "a-holders-stake-it-owns",
        "notes-convertible-solely-into-cash",
        "an-issuer-bid-for-common-shares",
        "an-underwriters-exercise-in-full",
        "fccbs-allotted-on-a-day-in-two-tranches",
        "an-option-in-a-headline",
        "including-the-full-exercise-of-the-options-part",
        "debentures-subscribed-for-by-a-person",
        "the-holder-who-converts-after-announced",
        "the-holder-who-converts-after-a-headline",
        "an-imputed-rate-beside-the-stated-one",
        "participation-a-transaction-will-involve",
        "a-coupon-rate-on-a-semi-annual-basis",
        "an-annual-coupon-payable-on-two-days",
        "a-first-periods-interest-day",
        "an-officer-quoted-after-a-colon",
        "each-bonds-face-in-apposition",
        "each-bonds-face-after-their-count",
        "bonds-outstanding-at-maturity-redeemed",
        "older-bonds-the-issuer-will-repurchase",
        "chess-depositary-interests",
        "equity-shares-or-gdss",
        "into-either-of-several-securities",
        "capped-calls-to-offset-economic-dilution",
        "a-price-now-adjusted-after-a-clause",
        "a-new-price-that-will-be",
        "cents-written-c-in-an-asx-text",
        "a-one-word-name-written-in-full-elsewhere",
        "the-amount-a-restructuring-converts",
        "a-headlines-rounded-figure-and-fccbs-issued-aggregating",
        "an-annual-interest-payable-of",
        "a-yield-bonds-were-marketed-at",
        "a-coupon-payable-in-us-dollars-quarterly",
        "a-class-by-its-letter-alone",
        "a-registered-ordinary-share",
        "the-boards-view-of-the-terms",
        "the-investor-that-agrees-to-invest",
        "a-bank-that-agrees-to-invest",
        "a-power-purchase-agreement",
        "debentures-an-issuer-will-redeem",
        "a-floating-rate-over-sofr-spelled-out",
        "a-current-conversion-price-of-approximately",
        "the-remainder-widely-allocated",
        "each-units-debenture-consisting-of",
        "each-debenture-representing-the-face",
        "how-a-fixed-price-was-set",
        "a-headline-rounding-a-translation",
        "notes-the-guarantors-already-guarantee",
        "an-issue-placed-after-an-exchanges-ticker",
        "a-euro-sign-read-in-the-wrong-encoding",
        "a-bonds-nominal-per-bond",
        "common-stock-beside-new-b-shares",
        "interest-on-each-annual-anniversary",
        "a-rate-per-ounce-of-silver",
        "notes-issued-effective-a-day",
        "debentures-we-issued-in-our-financing",
        "older-convertibles-that-will-remain-outstanding",
        "a note issued totaling beside another note's amount",
        "shareholders buying shares are no holders",
        "up to a number of shares is no limit",
        "agreement on a day whereby it issued",
        "debenture units times each unit's face",
        "debenture units offered up to a count",
        "the terms' class, not earlier loans' converted",
        "the amount left to issue is no principal",
        "a shareholder the text lends from is related",
        "a Mexican bank's legal form",
        "a domicile in brackets inside a name",
        "the Gulf press's dirhams",
        "the price at issue before its adjustment",
        "a connected transaction on extending bonds",
        "a price equivalent to a share of the VWAP",
        "zero-coupon preference shares",
        "a loan that bore no interest",
        "the directors' authority to issue shares",
        "a year's income closed a day",
        "BD1 in a name is no amount",
        "a month names no lender",
        "a legal form in capitals with spaces",
        "the subject before the issue day",
        "a Philippine text's peso written P",
        "a Philippine text's dollar is the US dollar",
        "trillions and an issue's total size",
        "a plan's labelled lines without bullets",
        "the coupon and the yield set at one figure",
        "the coupon and the maturity rate respectively",
        "the time of issuance on a day",
        "sold in a private transaction on a day",
        "shares' gross proceeds beside the bonds'",
        "a use of the proceeds is no fee",
        "a term sheet's holder with an unquoted short name",
        "shares swapped at the conversion price",
        "old notes' rate and a rate's cash and in-kind parts",
        "the announcer and an exchange's consideration",
        "has priced a bond of an amount",
        "a fixed price set against one day's close",
        "a note converting into warrants",
        "earlier bonds and a plan's total",
        "each note's thousand in cash and a price before its name",
        "a concurrent offering's notes that do not convert",
        "notes valued at an amount and a rate a-year",
        "raised from the sale of convertible bonds",
        "a New Zealand company's dollar",
        "an accretion's rate and new notes' face in an exchange",
        "other notes' issue price and the notes redeemed",
        "old bonds repurchased or refinanced",
        "an acquisition's purchase price",
        "the rate of the old notes an exchange takes in",
        "a copy that lost the space in Class A",
        "a share's face value and bonds aggregating an amount",
        "a news page's date line",
        "each bond's principal amount with each",
        "a rate paid in kind instead of cash",
        "a rate a loan changes to on an event",
        "earlier bonds the new ones resemble",
        "a bond's own price apiece",
        "a government-backed loan beside the notes",
        "the offering's aggregate principal amount after it",
        "priced its notes offering of an amount",
        "notes priced concurrently that do not convert",
        "a prevailing conversion price",
        "the lender by its letters signs the loan",
        "the lender by its letters may convert",
        "the issuer converting into its own stock",
        "common registered shares",
        "table rows: issue size, coupon dates",
        "table rows: short scale, maturity, interest dates",
        "holders exercising: no issue date",
        "bonds covering an amount",
        "a debt with a right to conversion",
        "completed and issued on the day",
        "will issue bonds for gross proceeds",
        "the FCCBs amount to",
        "conversion price on the issue",
        "ICULS nominal, not entitlement",
        "bonds (FCCBs) for yen",
        "lakhs; a press note's date",
        "dirham fils; rate per bond",
        "New Zealand and Australian listings",
        "notes the proceeds repurchase",
        "each debenture's face per",
        "stock lending: no relation",
        "another company's officer",
        "directors and other investors",
        "a conversion rate's price",
        "shares' proceeds beside bonds'",
        "concurrent offering; next notes refinanced",
        "old bonds also called in",
        "notes convertible under circumstances",
        "a bond exchangeable into",
        "an exchangeable by",
        "a price in yen after the figure",
        "maturity is two years, until",
        "into new Class C shares",
        "the dong's VND sign",
        "the Omani rial's RO",
        "an issue size circa",
        "the exchange announced to is no holder",
        "notes the proceeds replace",
        "shares per $1,000 of principal, a price",
        "interest in cash on a semi-annual basis",
        "voting ordinary shares",
        "a defined subscription price before the next item",
        "there is no interest charge",
        "naira and kobo in a Nigerian text",
        "conversion of the convertible debenture into",
        "both notes the guarantors guarantee",
        "converted at a fixed conversion price",
        "bonds that can convert at a price",
        "H Shares",
        "a term list without spaces after colons",
        "the final size of the offering",
        "increases the issue amount to",
        "in connection with the issuance, an indenture",
        "maturity / mandatory conversion date",
        "a regulator's commission",
        "net proceeds rising to and a capped call cost",
        "a conversion price after a dash",
        "an exercise price in US cents",
        "notes fully subscribed to by",
        "an investor's part of the issue",
        "an amount several closings make up",
        "coin or currency of the United States",
        "a rate payable from the date of any default",
        "a face's date after its amount in USD$",
        "a 10 - day lookback",
        "the circular under which debentures were issued",
        "shares still to be issued on conversion",
        "to repurchase, in separate transactions, approximately",
        "the base deal plus the full exercise of the option",
        "the offering commenced at a smaller size",
        "re-negotiated debentures and a price's yearly step",
        "American Depository Shares",
        "a coupon rate and guaranteed yield of 0%",
        "a purchase agreement's date before its representatives",
        "a call of part of the issue and a regular semiannual payment",
        "100 Billion Yen",
        "bonds worth a total of",
        "an initial rate per H share",
        "an agreement among us and the investors, dated as of",
        "a conversion premium before the interest rate",
        "a repurchase in respect of other bonds and per New Bond",
        "new notes' face as the first item given in exchange",
        "a debt facility converted into the new debentures",
        "a short name for several parties together",
        "a bare dollar a placement's arithmetic names",
        "a short-term loan beside loan notes subscribed for",
        "the company's own subsidiary as purchaser",
        "the option's gross proceeds inside the issue",
        "a stake the conversion gives",
        "a hypothec's amount",
        "a term sheet's date under its title",
        "notes a notice redeems",
        "the outstanding amount of debentures called",
        "a trust's units and debentures the proceeds redeem",
        "a REIT's units by its name",
        "one buyer's part of an offering",
        "the overall issue amount an option brings",
        "a trigger price and the original face",
        "an investor's part alongside another",
        "notes announced before, together with these",
        "an officer quoted, the quote first",
        "a consultant paid with a note, interest accrued, a valuation's excess",
        "the notes' issue day inside a later event's sentence",
        "a term sheet's settlement dated in full",
        "the maturity of debt the proceeds refinance",
        "a registration fee table's fee",
        "a placement of the company's notes named at length",
        "notes beside shares in one offering",
        "a prospectus cover above a fractional rate",
        "an exchange's approval received, notes that matured",
        "a class letter before lower-case words",
        "a discounted price and a default's formula",
        "a trading-price condition for converting",
        "a rights offering's entitlement",
        "a total, then each holder's part",
        "the part one leg of an offer placed",
        "an initial principal amount",
        "bonds named after the amount",
        "net proceeds after deduction of commissions",
        "a majority shareholder lending stock",
        "a short name written in full with Plc",
        "a headline's amount rounded harder",
        "a price plus a conversion premium",
        "a price per conversion share",
        "a rate over LIBOR after per cent.",
        "loan stock in nominal amount",
        "an agreement to borrow with a note",
        "an advance with a comma before the amount",
        "interest that continues at a rate",
        "the pula by its code and its letter",
        "a semi-annual fixed-rate coupon",
        "the first part provided by an issue of notes",
        "a syndicated loan's signatory",
        "a valuation cap's ratio",
        "an exchange's two amounts after a dateline",
        "notes a tender offer buys back",
        "the proceeds net of expenses",
        "the announcer in an announcement's first line",
        "shareholders beside the creditors",
        "an offering's size raised before issue",
        "an impairment charge",
        "a debt table's related-party row",
        "a note to each of two holders",
        "a redemption's day",
        "the price the notes were issued with",
        "a concurrent repurchase from note buyers",
        "at the price of after are convertible",
        "each bond's nominal value",
        "ADSs delivered on conversion",
        "due at the earlier to occur of two days",
        "amounts said to be in US dollars",
        "a relation only conversion would bring",
        "the issuer the notes are bought from",
        "a convertible, the noun",
        "the issue size an exercised option raises",
        "a total deal size after an upsize option",
        "money raised through the bond offering",
        "a definition of the kind of instrument",
        "a trustee named before its full name",
        "notes convertible into solely cash",
        "a redemption trigger's price over days",
        "an issue dated beside its agreement's date",
        "a reset the issuer may make",
        "a US company's release listed in Canada",
        "a coupon with its payments",
        "the semi-annual interest the company pays",
        "the notes an exchange offer takes",
        "the notes an issue reopens",
        "the series a tap joins",
        "an offering and its option closed together",
        "a term sheet's fee row per note and in total",
        "figures in millions by a conversion rate",
        "the price the issuer redeems a note for",
        "older notes the proceeds retire after and",
        "an em-dash dateline over a closing today and its option's base",
        "an upsize's increase beside the size",
        "a headline's billion in Bln and older notes repurchased",
        "the rate of older notes the proceeds repurchase",
        "tender offers the proceeds fund and their purchase price",
        "a headline's pricing of an offering of bonds",
        "a closing under the purchase agreement which occurred on",
        "an aggregate face amount being yen",
        "the part holders put",
        "an offering price as a percentage of principal",
        "payment days without on and a share price's equivalent",
        "a mandatory convertible's minimum price",
        "a buyback's total purchase price",
        "a dividend per common stock",
        "a price as of a later day and prices conversions used",
        "the redemption of all of what is left",
        "the issuer a major shareholder in another company",
        "notes the new ones retire, which matured on",
        "a holder's stake in the issuer by per cent",
        "a ticker before its Canadian exchange and a bare price",
        "a Prospect News item's bare dollars beside a marked C$",
        "a capital raise from the placement of convertible debentures",
        "a sum whose words and figures differ",
        "plain notes offered beside convertible ones",
        "a semi-annual cash interest coupon",
        "a coupon compared with other debt's",
        "an officer quoted after said",
        "notes an officer bought in the open market",
        "a list's items, the note and a plain one",
        "a holder resident of a country, in the alternative",
        "a convertible instrument issued to a fund",
        "a rate in words beside garbled figures",
        "the coupon of a note that does not convert",
        "notes issued today under an RNS announcement's date",
        "two notes described alike, one maturity a term",
        "an original noteholder and the one it transferred to",
        "a base offering and an option's additional notes",
        "a conversion rate that will be, and its approximate price",
        "a quarterly principal and interest payment",
        "two initials before a holder's name",
        "the size at issue beside what is left",
        "older bonds the proceeds repurchase, due on a day",
        "a rate before a term in years with a decimal",
        "the issue's size after an option, in words of size",
        "a price named after it, per share",
        "the price at which the bonds convert into shares",
        "settlement and delivery that took place on a day",
        "a French convertible's name",
        "a par value per OCEANE beside the issue",
        "a Canadian ticker in square brackets",
        "a Canadian ticker with the exchange first",
        "the issuer's officer welcoming the holder's investment",
        "an add-on with the same terms as the bonds it joins",
        "a report's certifications by its officers",
        "an agreement and, under it, a sale, on one day",
        "a rate in hyphenated words",
        "a term list's line: convertible at a price into shares",
        "a role whose closing quote is lost",
        "an agent named after an arrangement with it",
        "a trust's units named by its capitals",
        "a listed note's distributions paid on a basis",
        "a conversion's day beside the day the debenture was issued",
        "a peso amount beside notes that do not convert",
        "a site's date in brackets under the title, and notes issued today",
        "an amount said again of an issue in two tranches",
        "a rate's increase beside the rate",
        "a discount to a later financing's price, capped against the market",
        "a yield the bonds will give",
        "a yield an additional amount results in, beside the coupon",
        "a holder's sale of part of its bonds for a consideration",
        "a day after up to, not a limit",
        "the closed issue of bonds aggregating an amount",
        "existing shares the bonds deliver, not existing bonds",
        "a value per bond, or their total",
        "older notes the issuer agreed to repurchase",
        "older notes paid at maturity with the proceeds",
        "contingent interest beside the coupon",
        "a note issued, its amount, then its day",
        "a note purchased under an agreement on a day",
        "notes issued under an agreement entered into on a day",
        "bonds that mature at par on a day",
        "the maturity date at issue",
        "a role after the holder's assigns",
        "a holder's name in capitals with its suffix",
        "initials run together before a surname",
        "a holder's town, province and country",
        "one (1) share for every amount of principal",
        "notes convertible on the basis of a price per share",
        "a price after a term's heading and a full stop",
        "a price after the issuer's legal form",
        "a price defined on any date",
        "the price of the shares the bonds convert into",
    ],
)
def test_a_passage_reads(text: str, expected: dict[str, str | None]) -> None:
    """Several keys of one passage, each read as a person reads it."""
    fields = draft_note(text).fields
    assert {key: fields[key].value for key in expected} == expected


def test_days_not_called_trading_days_are_flagged() -> None:
    field = draft_note(
        "The conversion price shall be 80% of the lowest volume weighted "
        "average price during the prior 10 days."
    ).fields["conversion-lookback"]
    assert field.value == "10"
    assert field.todo is not None and "trading days" in field.todo


def test_a_price_that_is_the_reference_itself_asks_for_the_discount() -> None:
    fields = draft_note(
        "The Notes are convertible into shares of common stock at a conversion "
        "price equal to the 30-day volume-weighted average price of the common "
        "stock."
    ).fields
    assert (
        fields["conversion-lookback"].value,
        fields["conversion-reference"].value,
    ) == (
        "30",
        '"average"',
    )
    discount = fields["conversion-discount"]
    assert discount.value is None
    assert discount.todo is not None and "conversion-discount: 0" in discount.todo


@pytest.mark.parametrize(
    ("text", "key", "why"),
    [
        # a term beyond the calendar once raised ValueError
        (
            "On March 3, 2020 the Company entered into a 9999 year convertible "
            "note of $5,000.",
            "maturity",
            "beyond the calendar",
        ),
        (
            "The notes are convertible into units, where each unit consists of "
            "one share of common stock and a warrant to purchase one share.",
            "share-class",
            "units",
        ),
        # an agreement signed on one day, effective on another
        (
            "On March 25, 2011, the company executed a master convertible note "
            "agreement, effective April 1, 2011. The note bears interest at 5%.",
            "date",
            "competing values",
        ),
        # several notes: a labelled price does not pick one
        (
            "Secured convertible notes issued on April 1, 2016 bear interest at "
            "5% per annum and are due on July 1, 2019; they are convertible at "
            "a conversion price of $10 per share. On April 5, 2018, the Company "
            "entered into convertible promissory notes that bear interest at "
            "4.25% per annum, are due on April 5, 2021, and are convertible "
            "into shares of common stock at a rate of $1 per share.",
            "conversion-price",
            "competing values",
        ),
        # "an extension of the maturity date to": a later maturity competes
        (
            "The Exchange Note had a maturity date of September 30, 2013. The "
            "Amended Note provides for an extension of the maturity date to "
            "September 30, 2014.",
            "maturity",
            "competing values",
        ),
        # a floor under a fixed price's adjustments
        (
            "The Notes are convertible into shares of Common Stock at a "
            "conversion price of $0.39525 per share, subject to certain "
            "adjustments, provided that the Conversion Price shall not be "
            'reduced below $0.12 (the "Floor Price").',
            "conversion-price-floor",
            "adjust event",
        ),
        # the heading and the promise (in words, then figures) disagree
        (
            "CONVERTIBLE PROMISSORY NOTE\n\nNovember 22, 2011\n\n$400,004.00\n\n"
            "FOR VALUE RECEIVED, the undersigned corporation promises to pay to "
            "G3 Connect, LLC (the \u201cLender\u201d) the principal sum of Four "
            "Hundred Four Thousand Dollars ($404,004) and interest at the annual "
            "rate of six percent (6%).",
            "principal",
            "competing values",
        ),
        # two notes "previously reported" on two dates
        (
            "As previously reported, on March 17, 2025, Vivakor, Inc. (the "
            '"Company"), issued a junior secured convertible promissory note to '
            "J.J. Astor & Co. As previously reported, on August 12, 2025, the "
            "Company issued a convertible promissory note to a non-affiliated "
            "accredited investor.",
            "date",
            "competing values",
        ),
        # an amendment's new maturity competes with the note's
        (
            "The Lender amends that certain 3% Promissory Note due August 15, "
            "2012, in the principal amount of $375,000. Amendment to Maturity "
            "Date. The Maturity Date, as defined under the Note, shall be August "
            "15, 2013.",
            "maturity",
            "competing values",
        ),
        # part of the interest paid twice a year, the rest at maturity
        (
            "The Note matures on December 31, 2025 and bears interest at 9% per "
            "annum, a portion of which is payable in cash at the end of June and "
            "December annually and the rest due on the Maturity Date.",
            "interest-payment",
            "competing values",
        ),
        # the face under the title and the promise disagree
        (
            "6% Convertible Promissory Note\n\nU.S. $50,000 Issuance Date: "
            "November 30, 2020\n\nFOR VALUE RECEIVED, Vivos, Inc. hereby promises "
            "to pay to the order of General Ventures LLC the principal sum of "
            "$100,000, with interest at six percent (6%) per annum.",
            "principal",
            "competing values",
        ),
        # a limit said of the note, with no amount issued or drawn: filings
        # book either
        (
            "On June 22, 2023, we issued a convertible promissory note to our "
            "New Sponsor with a principal amount up to $1.5 million (the "
            "\u201cConvertible Note\u201d).",
            "principal",
            "holds up to 1500000.00 USD",
        ),
        (
            "The Company issued a 10% unsecured convertible promissory note (the "
            "\u201cNote\u201d) to Tangiers Investment Group, LLC for a principal "
            "sum of up to $110,000.",
            "principal",
            "holds up to 110000.00 USD",
        ),
        # an extension in a sentence of its own beside the term's maturity
        (
            "On February 21, 2019, the Company received a convertible loan "
            "from a third party, with a two-year term, in the principal "
            "amount of $550,000, which bears 10% annual interest rate. On "
            "December 10, 2023, the Loan agreement as extended until June 30, "
            "2024.",
            "maturity",
            "competing values",
        ),
        (
            "Launched yesterday (1 February), the two tranches, convertible "
            "into ordinary shares, will consist of an aggregate principle "
            "amount of \u20ac600m, upsized from \u20ac500m, due August 2025, "
            "and an additional "
            "aggregate principle amount of \u20ac500m, due February 2028. "
            "The initial conversion price will be set at \u20ac135.58 and "
            "\u20ac144.93.",
            "principal",
            "competing values",
        ),
        (
            "Just Eat Takeaway.com has placed a two-tranche convertible bonds "
            "offer. The initial conversion price will be set at \u20ac135.58 "
            "and \u20ac144.93.",
            "conversion-price",
            "competing values",
        ),
        (
            "Abtech Holdings, Inc. said it completed a $3 million private "
            "placement of 7.5% secured notes. Of the notes, $600,000 will "
            "mature in two years, with the remaining notes maturing in one "
            "year.\n"
            "Issue:Secured notes\n"
            "Amount:$3 million\n"
            "Coupon:7.5%",
            "principal",
            "parts have terms of their own",
        ),
        (
            "It amended the new convertible promissory notes on offer, "
            "cutting the conversion price to $1.75 per share from $3.30 per "
            "share.",
            "conversion-price",
            "only a later, changed conversion price",
        ),
        (
            "The Company announces a restructuring of its convertible Loan "
            "Notes which were due to mature on 31 October 2011. The Company "
            "will convert \u00a31.77 million of the Loan Notes into new "
            "Ordinary Shares and extend the term in respect of the "
            "remaining \u00a31.77 million of the Loan Notes to 31 October "
            "2013.",
            "maturity",
            "competing values",
        ),
        (
            "$1.2M OF $2.2M CREDIT FACILITY CONVERTED TO COMMON STOCK AT "
            "$5.00 PER SHARE\n"
            "\n"
            "HANCOCK JAFFE LABORATORIES, INC.\n"
            "\n"
            "CONVERTIBLE PROMISSORY NOTE",
            "conversion-price",
            "only a later, changed conversion price",
        ),
        (
            "Amur Minerals Corporation has secured a fixed-term loan note "
            "from Plena Global Opportunities. The loan note will provide "
            "Amur with up to \u00a31.5mln and consists of three advances. "
            "The initial advance of \u00a3500,000 is likely to be received "
            "by the company on 13 March 2020.",
            "principal",
            "competing values",
        ),
        (
            "Lithium Australia has secured an A$18.27-million convertible "
            "note facility from Arena Investors. The unsecured notes have a "
            "face value of A$21-million and would be issued at a discount "
            "of 13%.",
            "principal",
            "competing values",
        ),
        (
            "Principal Amount: $8.55 million\n"
            "\n"
            "Protalix BioTherapeutics, Inc., a Delaware corporation, "
            "promises to pay to Cede & Co. or registered assigns the "
            "principal amount of eight million five hundred and fifty five "
            "thousand dollars on February 15, 2022.",
            "principal",
            "competing values",
        ),
        (
            "Rentech Inc. said it has closed a private placement for $1 "
            "million in convertible promissory notes. The company sold an "
            "$875,000 note to David Zimel and a $125,000 note to Michael "
            "Ray.",
            "principal",
            "competing values",
        ),
        (
            "Pennpetro is pleased to announce that it has agreed to enter "
            "into a Convertible Loan Note Facility with GEM Global Yield "
            'LLC SCS ("GEM") for a total of \u00a31,000,000 ("CLNF"). '
            "Upon Closing, the Company will be able to draw down "
            '\u00a3150,000 ("Initial Tranche") by issuing GEM Convertible '
            "Loan Notes.",
            "principal",
            "competing values",
        ),
        (
            "As previously disclosed, on October 26, 2022, the Company "
            "completed the sale of $200.0 million in aggregate principal "
            "amount of the Company's 6.00% / 9.00% Convertible Senior PIK "
            'Toggle Notes due 2027 (the "Notes"). On December 26, 2022, '
            "the Company received notices that the Exercising Purchasers "
            "had elected to exercise their respective options to purchase "
            "an aggregate additional $12,307,000.00 of Notes (the "
            '"Additional Notes").',
            "principal",
            "competing values",
        ),
        (
            "On April 4, 2011 and May 27, 2011, the Company executed "
            "convertible promissory notes with the same terms to the same "
            "unrelated party in the amounts of $50,000 and $30,000, "
            "respectively. During late 2009 and 2010, the Company executed "
            "a total of $205,000 in convertible promissory notes with the "
            "same lender and with similar terms.",
            "principal",
            "competing values",
        ),
        (
            "On November 24, 2017, the Company entered into a Securities "
            "Purchase Agreement with two accredited investors pursuant to "
            "which the Company sold an aggregate principal amount of "
            '$1,000, of its 8% convertible notes ("Nov 2017 Notes") due '
            "on November 24, 2019. On January 31, 2018, the Company entered "
            "into a Securities Purchase Agreement with OPKO Health, Inc. "
            '(the "Purchaser"), a related party, pursuant to which the '
            "Company borrowed $1,000 from the Purchaser in exchange for "
            'issuing the Purchaser an 8% Convertible Note (the "Note") '
            "due January 31, 2020.",
            "date",
            "competing values",
        ),
        (
            "6. CONVERTIBLE NOTES\n"
            "a) As of June 30, 2012, one $33,885 convertible note is "
            "outstanding which is payable to a related party. The note "
            "bears interest at 5% annum, is unsecured and due on demand.\n"
            "b) As of June 30, 2012, the Company has convertible notes (the "
            '"Notes") in the principal amount of $534,260. The Notes bear '
            "interest at an annual rate of prime plus 2.75% per year, "
            "payable in arrears on the first day of each month. The Notes "
            "are due and payable on December 31, 2012.",
            "principal",
            "each in an item of its own",
        ),
        (
            "On July 30, 2024, the Company issued to the Investor an "
            "unsecured promissory note dated July 30, 2024 in the original "
            "principal amount of $5,355,000. The Note bears interest at a "
            "rate of 7.0% per year and has a term of twelve (12) months "
            "after the purchase price of the Note is delivered by the "
            'Investor (the "Purchase Price Date").',
            "maturity",
            "purchase price is paid",
        ),
        (
            "On December 18, 2023, the Company issued an unsecured "
            "convertible debenture to Franco-Nevada for cash proceeds of "
            "$25,000,000. The Debenture matures on the earlier of five "
            "years or the completion of project financing of at least "
            "US$200,000,000. Franco-Nevada has the option to convert the "
            "Debenture into common shares at a conversion price of $7.70 "
            "per common share. The volume weighted average trading price of "
            "the common shares on the TSX must exceed 135% of the "
            "conversion price.",
            "conversion-price",
            "may mean the Canadian dollar",
        ),
        (
            "The Notes have a 6 year term and carry a coupon of 0% per "
            "annum for the initial 3 years and 5% thereafter.",
            "rate",
            "competing values",
        ),
        (
            "Earlier today the Company announced that it has raised "
            "\u00a3358,500 of working capital through, among other things, "
            "the issue of \u00a338,000 zero coupon convertible loan notes "
            "2021. The Company has now agreed with directors and senior "
            "managers to issue a further \u00a3109,987 nominal of the Notes "
            "for cash of \u00a318,132 and in payment of the balance of "
            "arrears of remuneration.",
            "principal",
            "competing values",
        ),
        (
            "Paladin buys back $11M (U.S.) in 6% convertible bonds. Paladin "
            "Energy Ltd. has repurchased a principal amount of $11-million "
            "(U.S.) of its outstanding $254-million (U.S.) 6.00-per-cent "
            "convertible bonds due 2017.",
            "principal",
            "balance outstanding",
        ),
        (
            "Charbone has agreed to amend its secured convertible "
            "debentures issued in the private placement of an aggregate "
            "principal amount of $1.2 million CAD of 14% secured "
            "convertible debentures. The convertible balance, including "
            "unpaid interests, moves from $1.2 million CAD to $1.345 "
            "million CAD.",
            "principal",
            "changed later",
        ),
        (
            "The Debentures bear interest at 14% per annum. Under the "
            "amendment, the Debentures see an annual rate decrease dropping "
            "from 14% to 12%, payable monthly.",
            "rate",
            "competing values",
        ),
        (
            "Prior to the amendment, the Debentures were convertible into "
            "common shares at a conversion price per share of $0.40 CAD. "
            "The conversion price of the Debentures moves from $0.40 per "
            "Debenture Share to $0.10 CAD per Debenture Share.",
            "conversion-price",
            "competing values",
        ),
        (
            "In both November 2012 and April 2013, we issued convertible "
            "promissory notes to such preferred stockholders in the amount "
            "of $5,000,000 for an aggregate of $10,000,000.",
            "principal",
            "competing values",
        ),
        (
            "On February 26, 2016, the Company issued a promissory note to "
            "Bayshore Capital Advisors, LLC, an affiliate of a 10% major "
            "stockholder of the Company, for $25,000 at an interest rate of "
            "6% per annum.\n"
            "On August 31, 2017, the Company issued a note in the amount of "
            "$197,096 to A. Scott Dockter, Chief Executive Officer and a "
            "director of the Company. The note bears interest at 6% and is "
            "due upon demand.",
            "holder",
            "several days to several holders",
        ),
        (
            "The Note holder may, at any time prior to maturity, convert "
            "any unpaid principal and accrued interest into Series B "
            "Preferred Stock of the Company at $5.00 per share, or into "
            "Common Stock at $5.00 per share. If the Note is converted into "
            "Common Stock, the holder would receive a warrant to purchase "
            "additional common shares.",
            "share-class",
            "either of two classes",
        ),
        (
            "$250,000\n"
            "FOR VALUE RECEIVED, Oakline Inc. promises to pay to Beta "
            "Capital, LLC (the “Holder”) the sum of up to TWO HUNDRED "
            "FIFTY THOUSAND Dollars ($250,000), with interest at 8% per "
            "annum. This Note is convertible into common stock.",
            "principal",
            "the note holds up to",
        ),
        (
            "On May 1, 2022, June 2, 2022 and July 5, 2022, the Company "
            "issued to the Lender a convertible promissory note (the "
            "“Lender Note”) in the principal amount of $50,000, $40,000 "
            "and $30,000, respectively.",
            "principal",
            "each note's own amount",
        ),
        (
            "Oakline issued $500,000 of 8% convertible debentures on May "
            "3, 2021. A director of the Company is a holder of Convertible "
            "Debentures.",
            "related-party",
            "one of several holders",
        ),
        (
            "The Company has agreed to issue £175,000 of convertible loan "
            "notes pursuant to subscriptions with a Director of the "
            "Company and certain existing and new investors.",
            "related-party",
            "one of several holders",
        ),
        (
            "Instead of a fixed interest of £20,000, a fixed sum of "
            "interest of 6 per cent. of the gross amount of the draw is "
            "payable on the convertible loan.",
            "rate",
            "flat amount",
        ),
        (
            "Total face Amount:\n"
            "CHF 500'000\n"
            "EUR 480\u2019000\n"
            "The convertible loan bears 5% interest.",
            "principal",
            "several currencies",
        ),
        (
            "On 1 March 2021, the Company issued 2,000,000 convertible "
            "notes with an aggregate principal value of $2,000,000. A "
            "further issuance of $500,000 convertible notes occurred on 4 "
            "May 2022 with an aggregate principal value of $500,000.",
            "date",
            "competing values",
        ),
        (
            "The Company entered into convertible loan agreements with "
            "three individuals, of which one is an officer of the Company "
            "(the “Lenders”), for an aggregate amount of $90,000.",
            "related-party",
            "one of several holders",
        ),
        (
            "CONVERTIBLE PROMISSORY NOTE\n"
            "$200,000 Date of Issuance: May 4, 2003\n"
            "For value received, Vireo Technologies, Inc. promises to pay "
            'to Medix Solutions, LLC (the "Lender"), the principal sum of '
            "$200,000, or such lesser amount as shall have been advanced "
            "hereunder from time to time.",
            "principal",
            "the note holds up to",
        ),
        (
            "SECURED CONVERTIBLE PROMISSORY NOTE\n"
            "$ 800,000.00    June 2, 2009\n"
            "FOR VALUE RECEIVED, the undersigned promises to pay to the "
            "order of Birch Lending, L.P. the principal sum of Eight "
            "Hundred Thousand and No/100 Dollars ($800,000.00) or, if "
            "greater or less, the aggregate principal amount of all "
            "advances made to Borrower.",
            "principal",
            "the note holds up to",
        ),
        (
            "On July 20, 2004, the Company entered into a Letter Agreement "
            "with HFS Minorplanet Funding LLC and other accredited "
            "investors which it represents (“HFS”). On July 20, 2004, the "
            "Company issued a $2.0 million convertible promissory note to "
            "HFS.",
            "holder",
            "several holders",
        ),
        (
            "The Note bears interest at a rate of 6% per annum. On the "
            "Maturity Date, the investor will receive, at the option of "
            "the investor, either (a) cash equal to the principal amount "
            "of the Note, or (b) shares of common stock or Series C "
            "Convertible Preferred Stock of the Company, at a price per "
            "share of $5.90.",
            "share-class",
            "either of two classes",
        ),
        (
            "Decibel Green Company Inc. DB DBCCF, a premium producer, "
            "announced the cash repayment of its 9.5% convertible "
            "debentures, which were subject to a conversion price of $0.45 "
            "per common share.",
            "conversion-price",
            "Canadian dollar",
        ),
        (
            "10. Convertible debentures\n"
            "| Series 1A | Series 2A | Series 3 | Total\n"
            "Interest rate | 7.50% | 6.35% | 7.00%\n"
            "Conversion price per share | $ 4.08 | $ 6.00 | $ 4.20",
            "rate",
            "competing values",
        ),
        (
            "On October 3, 2018, the Company issued to Firstfire a Senior "
            "Convertible Promissory Note in the aggregate principal amount "
            "of $300,000. The Company received net proceeds of $243,900 "
            "after a $24,000 original note discount and $32,100 of "
            "financing costs.",
            "purchase-price",
            "original issue discount of 24000.00 USD",
        ),
        (
            "Nicola Mining Inc. has completed its private placement of an "
            "aggregate principal amount of $250,000 of secured convertible "
            "debentures. An insider of the Company acquired a Debenture in "
            "the amount of $20,000 which constituted a “related party "
            "transaction” within the meaning of Multilateral Instrument "
            "61-101 Protection of Minority Security Holders in Special "
            "Transactions.",
            "related-party",
            "one of several holders",
        ),
        (
            "KSE announced that it has entered into a purchase agreement "
            "with Oversea-Chinese Banking Corporation Ltd (OCBC) and TAEL "
            "One Partners Ltd (TAEL One) for the proposed issue of new "
            "convertible bonds. KSE will issue S$45m in principal amount "
            "of new convertible bonds.",
            "holder",
            "several holders",
        ),
        (
            "6. Convertible Notes Payable\n\n"
            "To fund its operations, the Company entered into the "
            "following Convertible Notes during the period ended September "
            "30, 2024:\n\n"
            "Issuance Date Original Issuance Amount Maturity Date Interest "
            "Rate Fair Value as of September 30, 2024\n"
            "Note 1 3/4/2024 $ 1,000,000 3/6/2027 SOFR + 2 % $ 1,050,000\n"
            "Note 2 4/26/2024 500,000 3/6/2027 SOFR + 2 % 520,000\n"
            "Note 3 5/17/2024 250,000 3/6/2027 SOFR + 2 % 262,000\n"
            "$ 1,750,000 $ 1,832,000\n",
            "principal",
            "lists several notes",
        ),
    ],
    ids=[
        "term-beyond-the-calendar",
        "units",
        "effective-date",
        "several-notes",
        "extension-of-the-maturity",
        "floor-under-a-fixed-price",
        "heading-and-promise-disagree",
        "two-notes-previously-reported",
        "amended-maturity",
        "part-paid-part-at-maturity",
        "face-and-promise-disagree",
        "a-note-of-up-to",
        "a-principal-sum-of-up-to",
        "an-extension-in-a-sentence-of-its-own",
        "two-tranches-each-with-its-amount-and-price-principal",
        "two-tranches-each-with-its-amount-and-price-conversion-price",
        "an-issue-in-parts-with-their-own-terms",
        "a-conversion-price-cut-on-offer",
        "an-extension-of-the-remaining-notes",
        "a-stamp-of-a-conversion",
        "a-first-advance-under-a-note-of-up-to",
        "an-issues-face-beside-its-price",
        "a-rounded-face-beside-the-words",
        "each-holders-note-beside-their-total",
        "a-first-drawdown-under-a-facility-total",
        "a-sale-disclosed-before-and-additional-notes",
        "notes-in-the-amounts-of-respectively",
        "two-notes-each-issued-and-due-on-its-own-day",
        "notes-in-lettered-items",
        "a-term-after-the-purchase-price-is-paid",
        "a-bare-dollar-beside-us-dollars-on-the-tsx",
        "a-coupon-that-steps-up",
        "a-further-issue-after-an-earlier-one-today",
        "a-balance-outstanding",
        "an-amendment-moves-the-balance",
        "an-amendment-drops-the-rate",
        "an-amendment-moves-the-conversion-price",
        "each-closings-notes-beside-their-aggregate",
        "notes-issued-on-two-days-to-two-holders",
        "either-of-two-classes",
        "a-note-that-promises-up-to-its-face",
        "one-note-in-several-amounts-respectively",
        "an-insider-is-a-holder-of-the-debentures",
        "a-director-and-certain-investors",
        "a-fixed-sum-of-interest",
        "an-amount-listed-in-other-currencies",
        "a-further-issuance-on-another-day",
        "one-of-three-lenders-an-officer",
        "a-face-or-such-lesser-amount-as-advanced",
        "a-face-or-if-greater-or-less-the-advances",
        "one-holder-and-the-other-investors-it-represents",
        "shares-of-common-stock-or-a-series-of-preferred",
        "a-foreign-issuers-over-the-counter-ticker",
        "a-tables-rate-row-for-several-series",
        "an-original-note-discount",
        "an-insider-acquired-one-of-the-debentures",
        "an-agreement-with-two-holders-for-the-issue",
        "a-table-of-numbered-notes",
    ],
)
def test_a_person_decides(text: str, key: str, why: str) -> None:
    field = draft_note(text).fields[key]
    assert field.value is None
    assert field.todo is not None and why in field.todo


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the year of the publication, or the year before when the day
        # would come after it
        (
            "Published on 5/27/2016 in the Daily.\n\nIt closed on May 24.",
            "2016-05-27",
            ["2016-05-27", "2016-05-24"],
        ),
        (
            "Published on 1/5/2016 in the Daily.\n\nIt closed on Dec. 30.",
            "2016-01-05",
            ["2016-01-05", "2015-12-30"],
        ),
        (
            "NEW YORK, March 3, 2021 /PRNewswire/ -- It closed on March 1.",
            "2021-03-03",
            ["2021-03-03", "2021-03-01"],
        ),
        (
            "Date of Report (Date of earliest event reported): June 2, 2014\n"
            "On May 30 the note was issued.",
            "2014-06-02",
            ["2014-06-02", "2014-05-30"],
        ),
        # no publication date: a date without a year is not read; a year
        # alone, a percentage or a range is no day; "12/16/2022" is month
        # first, and "13/01/2023", with no thirteenth month, day first
        ("It closed on May 24. It matures in May 2017.", None, []),
        (
            "Published on 5/27/2016.\n\nIn May 2017, 5 percent; June 3-5.",
            "2016-05-27",
            ["2016-05-27"],
        ),
        (
            "The note dated 12/16/2022 is due 13/01/2023.",
            None,
            ["2022-12-16", "2023-01-13"],
        ),
    ],
    ids=[
        "same-year",
        "year-before",
        "dateline",
        "date-of-report",
        "no-date",
        "not-days",
        "numeric",
    ],
)
def test_dates_without_a_year(
    text: str, published: str | None, dates: list[str]
) -> None:
    on = published_on(text)
    assert (on.isoformat() if on else None) == published
    found = [d.date.isoformat() for s in sentences(text) for d in dates_in(s, on)]
    assert found == dates


def test_a_news_item_dates_its_note() -> None:
    """A news item of May 27, 2016 says "on May 24": the note's issue."""
    text = (
        "Published on 5/27/2016 in the Prospect News PIPE Daily.\n\n"
        "Knoxville, Tenn., May 27 \u2013 MyDx, Inc. settled a private placement of "
        "a $275,000 convertible promissory note with Vista Capital Investments, "
        "LLC on May 24, according to an 8-K filed Friday."
    )
    assert draft_note(text).fields["date"].value == "2016-05-24"


def test_bullets_end_their_sentence() -> None:
    """A news summary's bullets are sentences of their own."""
    text = (
        "Key Points - The company has issued bonds totaling RMB 3.8 billion "
        "[2][3] - The initial conversion price is RMB 13.33 per share [4] "
        "\u25cf The bonds are not secured"
    )
    assert sentences(text) == [
        "Key Points - The company has issued bonds totaling RMB 3.8 billion [2][3]",
        "The initial conversion price is RMB 13.33 per share [4]",
        "The bonds are not secured",
    ]


def test_short_lines_end_their_paragraph() -> None:
    """A table row of a financial statement's details page is read alone:
    the amount on the next row is not the conversion price's."""
    text = (
        "Conversion price (in dollars per shares) $ 1.00\n"
        "Principal amount | $ $ 275,000\n"
    )
    assert sentences(text) == [
        "Conversion price (in dollars per shares) $ 1.00",
        "Principal amount | $ $ 275,000",
    ]
    assert draft_note(text).fields["principal"].value != "1.00 USD"


def _parse_any(text: str) -> datetime.date:
    for form in ("%B %d, %Y", "%d %B %Y"):
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise AssertionError(text)


# --------------------------------------------------------------------------
# The rendered draft
# --------------------------------------------------------------------------


def comment_text(rendered: str) -> str:
    """All comment text of a Beancount file, ``;`` markers removed."""
    parts = []
    for line in rendered.splitlines():
        if ";" in line:
            parts.append(line.split(";", 1)[1])
    return normalise(" ".join(parts))


@pytest.mark.parametrize("name", list(CASES))
def test_render_draft(drafts: dict[str, Any], name: str) -> None:
    draft = drafts[name]
    rendered = render_draft(draft, source=name)
    lines = rendered.splitlines()

    assert 'custom "convertible-note"' in rendered, rendered
    assert re.search(r"^\s*; TODO", rendered, re.M), rendered
    assert name in rendered, "the draft names its source"

    comments = comment_text(rendered).lower()
    for key, expect in CASES[name].items():
        field = draft.fields[key]
        if key == "date":
            if field.value is not None:
                assert re.search(
                    rf'^{field.value} custom "convertible-note"', rendered, re.M
                ), rendered
        elif field.value is not None:
            pattern = rf"^\s+{re.escape(key)}:\s+{re.escape(field.value)}\s*(;.*)?$"
            assert any(re.match(pattern, line) for line in lines), (key, rendered)
        if field.value is not None:
            # The sentence it came from is quoted in a comment.
            assert any(p.lower() in comments for p in expect.phrases), (key, rendered)


@pytest.mark.parametrize("name", list(CASES))
def test_render_draft_marks_what_is_missing(drafts: dict[str, Any], name: str) -> None:
    """Every term without a value has a TODO comment naming its key."""
    draft = drafts[name]
    lines = render_draft(draft, source=name).splitlines()
    missing = [
        key
        for key in FIELDS
        if draft.fields[key].value is None and draft.fields[key].todo is not None
    ]
    for key in missing:
        assert any("TODO" in line and key in line for line in lines), key
    # a key that does not apply to the note (no todo, no value) is not written
    for key in FIELDS:
        field = draft.fields[key]
        if field.value is None and field.todo is None:
            assert not any(f" {key}:" in line for line in lines), key


@pytest.mark.parametrize("name", list(CASES))
def test_rendered_draft_fails_until_completed(
    drafts: dict[str, Any], name: str
) -> None:
    rendered = render_draft(drafts[name], source=name)
    head = "" if PLUGIN_LINE in rendered else PLUGIN_LINE + "\n\n"
    text = 'option "operating_currency" "USD"\n' + head + rendered
    _entries, errors, _options = loader.load_string(text)
    assert errors, "an incomplete draft must not pass bean-check"
    for error in errors:
        assert "Traceback" not in str(error.message), error.message


# --------------------------------------------------------------------------
# books draft-note
# --------------------------------------------------------------------------


def run_draft_note(path: Path) -> subprocess.CompletedProcess[str]:
    script = shutil.which("books")
    assert script is not None, "the books script is not on PATH"
    return subprocess.run(
        [script, "draft-note", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_draft_note_prints_the_directive() -> None:
    result = run_draft_note(FILINGS / "seed-6k-aptorum.txt")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert re.search(r'^2022-12-16 custom "convertible-note"', out, re.M), out
    assert re.search(r'^\s+holder:\s+"Aenco Technologies Ltd"', out, re.M), out
    assert re.search(r"^\s+principal:\s+3000000\.00 USD", out, re.M), out
    assert re.search(r"^\s+rate:\s+0\.07\b", out, re.M), out
    assert re.search(r"^\s*; TODO", out, re.M), out


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("empty.txt", b""),
        ("scan.pdf", b"%PDF-1.7\n\x00\x01\x02\x03 convertible note\x00\xff\xfe\n"),
        (
            "latin1.txt",
            "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale souscrit une obligation "
            "convertible de \u00a31,000,000 \u00e0 5% par an.\n".encode("latin-1"),
        ),
    ],
)
def test_cli_draft_note_rejects_unreadable_files(
    tmp_path: Path, filename: str, content: bytes
) -> None:
    path = tmp_path / filename
    path.write_bytes(content)
    result = run_draft_note(path)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert filename in output, output
    assert "Traceback" not in output, output


def test_cli_draft_note_missing_file(tmp_path: Path) -> None:
    result = run_draft_note(tmp_path / "no-such-filing.txt")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "no-such-filing.txt" in output, output
    assert "Traceback" not in output, output


# --------------------------------------------------------------------------
# Any text at all
# --------------------------------------------------------------------------

FRAGMENTS = (
    "convertible note",
    "convertible promissory note",
    " in the principal amount of ",
    "$",
    "US$",
    "HK$",
    "\u20ac",
    "\u00a3",
    "3,000,000",
    "1.20",
    "0.0001",
    "7%",
    " per annum",
    "bears no interest",
    "compounded daily",
    "simple interest",
    "360-day year comprised of twelve 30-day months",
    "actual number of days elapsed over a 360-day year",
    "365-day year",
    "par value ",
    "nominal value of ",
    "conversion price of ",
    "80% of the lowest VWAP",
    "matures on ",
    "maturity date of 12 months",
    "two years after the issue date",
    "18 months",
    "December 16, 2022",
    "31 August 2023",
    "February 30, 2023",
    "On ",
    " issued ",
    " to ",
    "Aenco Technologies Ltd",
    "(the \u201cHolder\u201d)",
    "major shareholder",
    "Chairman",
    "Class A Ordinary Shares",
    "common stock",
    ". ",
    "\n",
    "  ",
)


# Terms without which no definition can be written: when one has no value, a
# person must always be told why. (The per-filing tests above also hold the
# optional terms to this.)
REQUIRED = ("date", *REQUIRED_TERMS)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)),
        max_size=40,
    ).map("".join)
)
def test_any_text_never_raises_nor_invents(text: str) -> None:
    draft = draft_note(text)
    normal = normalise(text)
    for key in FIELDS:
        field = draft.fields[key]
        quote = normalise(field.quote)
        assert quote in normal, (key, field.quote)
        if field.value is not None:
            assert quote, (key, field.value)
            assert field.todo is None, (key, field.todo)
        elif key in REQUIRED:
            assert isinstance(field.todo, str), (key, field.todo)
            assert field.todo.strip(), key
