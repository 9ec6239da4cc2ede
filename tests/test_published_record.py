"""Aptorum's books (ledger/main.beancount) reproduce the published record.

Every expected number below is typed from the published statements (the
source is named beside each table), never taken from the books. A caption's
amount is the sum of the accounts whose ``open`` directive carries that
caption: balance-sheet lines at the end of the day, income-statement lines
as the movement over the period. Assets are debit-positive, liabilities and
equity credit-positive, expenses debit-positive and income credit-positive;
published figures are whole dollars, so the books agree to within USD 1.00.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import NamedTuple

import pytest
from beancount.core import data
from click.testing import CliRunner

from plugins.books.cli import main
from plugins.convertible_note import schedules_from_ledger
from plugins.convertible_note.register import share_movements
from plugins.convertible_note.register import share_totals
from tests.conftest import ROOT
from tests.conftest import bean_check
from tests.conftest import load_ledger
from tests.conftest import note_transactions
from tests.deal_terms import leg

if TYPE_CHECKING:
    from pathlib import Path

    from beancount.core.data import Directive

BOOKS = ROOT / "ledger" / "main.beancount"
D = Decimal
ONE_DOLLAR = D("1.00")

#: The captions of the fact sheet (its section 3), balance sheet and
#: statement of operations.
CAPTIONS = {
    "Cash", "Restricted cash", "Accounts receivable", "Inventories",
    "Marketable securities, at fair value", "Amounts due from related parties",
    "Due from brokers", "Loan receivable from a related party",
    "Other receivables and prepayments", "Property, plant and equipment, net",
    "Operating lease right-of-use assets", "Long-term investments",
    "Intangible assets, net", "Long-term deposits",
    "Amounts due to related parties", "Accounts payable and accrued expenses",
    "Operating lease liabilities, current", "Operating lease liabilities, non-current",
    "Finance lease liabilities, current", "Finance lease liabilities, non-current",
    "Convertible notes to a related party",
    "Convertible notes to a related party, non-current",
    "Class A Ordinary Shares", "Class B Ordinary Shares", "Additional paid-in capital",
    "Accumulated other comprehensive loss", "Accumulated deficit",
    "Non-controlling interests",
    "Healthcare services income", "Cost of healthcare services",
    "Research and development expenses", "General and administrative fees",
    "Legal and professional fees", "Other operating income (expenses)",
    "Loss on investments in marketable securities, net",
    "Unrealized gain from fair value change of the long-term investments, net",
    "Impairment loss of long-term investment", "Interest expense, net",
    "Government subsidies", "Sundry income", "Loss on disposal of subsidiaries",
}  # fmt: skip


class Books(NamedTuple):
    entries: list[Directive]
    captions: dict[str, str]
    options: dict[str, object]


@pytest.fixture(scope="module")
def books() -> Books:
    from beancount import loader  # noqa: PLC0415

    entries, errors, options = loader.load_file(str(BOOKS))
    assert errors == []
    captions = {
        entry.account: str(entry.meta["caption"])
        for entry in entries
        if isinstance(entry, data.Open) and "caption" in entry.meta
    }
    return Books(entries, captions, options)


def movement(
    books: Books, start: datetime.date, end: datetime.date
) -> dict[str, Decimal]:
    """Each caption's debits less credits over ``[start, end]``."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for entry in books.entries:
        if isinstance(entry, data.Transaction) and start <= entry.date <= end:
            for posting in entry.postings:
                caption = books.captions.get(posting.account)
                assert caption is not None, posting.account
                assert posting.units is not None and posting.units.number is not None
                totals[caption] += posting.units.number
    return totals


def balances(books: Books, on: datetime.date) -> dict[str, Decimal]:
    return movement(books, datetime.date(2000, 1, 1), on)


def root_total(books: Books, on: datetime.date, *roots: str) -> Decimal:
    total = D(0)
    for entry in books.entries:
        if isinstance(entry, data.Transaction) and entry.date <= on:
            for posting in entry.postings:
                if posting.account.split(":")[0] in roots:
                    assert posting.units is not None and posting.units.number
                    total += posting.units.number
    return total


def close_to(value: Decimal, published: int) -> bool:
    return abs(value - published) <= ONE_DOLLAR


def test_books_pass_bean_check() -> None:
    result = bean_check(BOOKS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_account_carries_a_published_caption(books: Books) -> None:
    opens = [entry for entry in books.entries if isinstance(entry, data.Open)]
    for entry in opens:
        assert entry.meta.get("caption") in CAPTIONS, entry.account
        assert entry.meta.get("caption-assumed", False) in (True, False)


# -- Balance sheets (assets debit-positive) ------------------------------------

#: 31 Dec 2022 and 30 Jun 2023: press release of 21 Dec 2023 (ex 99.3 to 6-K
#: 0001213900-23-098240), condensed consolidated balance sheets [P].
#: The two columns of that balance sheet: caption: (31 Dec 2022, 30 Jun 2023).
ASSETS_P_ON = (datetime.date(2022, 12, 31), datetime.date(2023, 6, 30))
ASSETS_P = {
    "Cash": (1882545, 340306),
    "Restricted cash": (3130335, 130335),
    "Accounts receivable": (174426, 66396),
    "Inventories": (27722, 0),
    "Marketable securities, at fair value": (102481, 0),
    "Amounts due from related parties": (129677, 95768),
    "Due from brokers": (652, 93792),
    "Loan receivable from a related party": (875956, 422800),
    "Other receivables and prepayments": (744008, 748594),
    "Property, plant and equipment, net": (2825059, 2190146),
    "Operating lease right-of-use assets": (347000, 311639),
    "Long-term investments": (9744958, 9744958),
    "Intangible assets, net": (752705, 166566),
    "Long-term deposits": (129847, 100741),
}
#: 31 Dec 2023 and 30 Jun 2024: press release of 20 Dec 2024, copy [S];
#: 31 Dec 2024 and 30 Jun 2025: 6-K 0001213900-25-096129, copy [S].
#: caption: (31 Dec 2023, 30 Jun 2024, 31 Dec 2024, 30 Jun 2025). A 0 is a line
#: the later layouts no longer show (nil); None, a line the copy does not give.
ASSETS_S_ON = (
    datetime.date(2023, 12, 31),
    datetime.date(2024, 6, 30),
    datetime.date(2024, 12, 31),
    datetime.date(2025, 6, 30),
)
ASSETS_S = {
    "Cash": (2005351, 783085, 874238, 2756894),
    "Accounts receivable": (47709, 21800, 0, None),
    "Amounts due from related parties": (961, 3595, None, None),
    "Other receivables and prepayments": (422071, 725616, None, None),
    "Property, plant and equipment, net": (1663926, 0, None, None),
    "Operating lease right-of-use assets": (182057, 0, None, None),
    "Restricted cash": (0, None, None, None),
    "Due from brokers": (0, None, None, None),
    "Loan receivable from a related party": (0, None, None, None),
    "Long-term investments": (None, 16098846, None, None),
}


@pytest.mark.parametrize(
    ("on", "caption", "published"),
    [
        *(
            (on, caption, amount)
            for caption, column in ASSETS_P.items()
            for on, amount in zip(ASSETS_P_ON, column, strict=True)
        ),
        *(
            (on, caption, amount)
            for caption, column in ASSETS_S.items()
            for on, amount in zip(ASSETS_S_ON, column, strict=True)
            if amount is not None
        ),
    ],
)
def test_published_asset_line(
    books: Books, on: datetime.date, caption: str, published: int
) -> None:
    assert close_to(balances(books, on).get(caption, D(0)), published)


def test_long_term_investments_at_31_december_2023_are_16_1_million(
    books: Books,
) -> None:
    # "approximately 16.1 million" (press release of 20 Dec 2024, copy).
    value = balances(books, datetime.date(2023, 12, 31))["Long-term investments"]
    assert D("16050000") <= value < D("16150000")


@pytest.mark.parametrize(
    ("on", "caption", "published"),
    [
        # 6-K Oct 2025, Note 11, copy [S]: Aeneas 79,180 + Ian Huen 464 / 520.
        (datetime.date(2024, 12, 31), "Amounts due to related parties", 79644),
        (datetime.date(2025, 6, 30), "Amounts due to related parties", 79700),
    ],
)
def test_published_liability_line(
    books: Books, on: datetime.date, caption: str, published: int
) -> None:
    assert close_to(-balances(books, on)[caption], published)


@pytest.mark.parametrize(
    ("on", "assets", "liabilities", "equity"),
    [
        # Total assets: the [P] lines foot to 20,867,371 and 14,412,041 [P];
        # liabilities [AI] (FY2022 20-F and H1 2023 summaries); equity:
        # 7,833,305 (Nasdaq notice, copy [S]) and 14,412,041 - 1,632,564 [D].
        (datetime.date(2022, 12, 31), 20867371, 13034066, 7833305),
        (datetime.date(2023, 6, 30), 14412041, 1632564, 12779477),
    ],
)
def test_published_totals(
    books: Books, on: datetime.date, assets: int, liabilities: int, equity: int
) -> None:
    assert close_to(root_total(books, on, "Assets"), assets)
    assert close_to(-root_total(books, on, "Liabilities"), liabilities)
    assert close_to(-root_total(books, on, "Equity", "Income", "Expenses"), equity)


def test_total_equity_at_31_december_2023(books: Books) -> None:
    # FY2023 20-F summary [AI]: total equity 15,383,353.
    on = datetime.date(2023, 12, 31)
    assert close_to(-root_total(books, on, "Equity", "Income", "Expenses"), 15383353)


@pytest.mark.parametrize(
    ("on", "apic", "deficit", "nci"),
    [
        # APIC and the deficit [AI]; NCI = total equity - attributable [D].
        (datetime.date(2022, 12, 31), 45308080, -65337075, -7878789),
        (datetime.date(2023, 12, 31), 93018528, -68161722, -9462883),
    ],
)
def test_published_equity_lines(
    books: Books, on: datetime.date, apic: int, deficit: int, nci: int
) -> None:
    lines = balances(books, on)
    assert close_to(-lines["Additional paid-in capital"], apic)
    assert close_to(-lines["Non-controlling interests"], nci)
    # The deficit attributable to the shareholders: the account (where prior
    # years close and the non-controlling share of each year's loss leaves)
    # plus the results not yet closed, as Beancount keeps them.
    results = root_total(books, on, "Income", "Expenses")
    assert close_to(-(lines["Accumulated deficit"] + results), deficit)


# -- Statements of operations (expenses positive, income negative) -------------

#: 6-K 0001213900-25-097467 (R4) for FY2022 to FY2024 [P] (FY2022 also 20-F
#: 0001213900-23-033525, R4).
FISCAL = {
    2022: {
        "Healthcare services income": -1295889,
        "Cost of healthcare services": 1215824,
        "Research and development expenses": 9219595,
        "General and administrative fees": 5220405,
        "Legal and professional fees": 2888140,
        "Other operating income (expenses)": 261038,
        "Loss on investments in marketable securities, net": 134134,
        "Unrealized gain from fair value change of the long-term investments, net":
            -6108872,
        "Impairment loss of long-term investment": 520821,
        "Interest expense, net": -146588,
        "Government subsidies": -335499,
        "Sundry income": -48007,
    },
    2023: {
        "Healthcare services income": -431378,
        "Cost of healthcare services": 420812,
        "Research and development expenses": 5198329,
        "General and administrative fees": 1930637,
        "Legal and professional fees": 2538161,
        "Other operating income (expenses)": 1067690,
        "Loss on investments in marketable securities, net": 9266,
        "Unrealized gain from fair value change of the long-term investments, net":
            -6431088,
        "Impairment loss of long-term investment": 77200,
        "Interest expense, net": 121145,
        "Government subsidies": -123015,
        "Sundry income": -36784,
    },
    2024: {
        "Research and development expenses": 2195161,
        "General and administrative fees": 669486,
        "Legal and professional fees": 803285,
        "Other operating income (expenses)": 272609,
        "Impairment loss of long-term investment": 1000000,
        "Interest expense, net": 146924,
        "Loss on disposal of subsidiaries": -703,
        "Government subsidies": -928461,
        "Sundry income": -564,
    },
}  # fmt: skip
NET_LOSS = {2022: 11525102, 2023: 4340975, 2024: 4157737}
#: Half years, 6-K 0001213900-25-097467 (R4) [P].
HALF_YEARS = {
    2024: {
        "Research and development expenses": 2038923,
        "General and administrative fees": 326187,
        "Legal and professional fees": 366164,
        "Other operating income (expenses)": 137233,
        "Interest expense, net": 68462,
        "Loss on disposal of subsidiaries": 4271,
        "Sundry income": -282353,
    },
    2025: {
        "Research and development expenses": 19375,
        "General and administrative fees": 187422,
        "Legal and professional fees": 418881,
        "Other operating income (expenses)": -222912,
        "Interest expense, net": 46529,
    },
}
HALF_YEAR_NET_LOSS = {2023: 6604789, 2024: 2658887, 2025: 449295}


def periods() -> list[tuple[datetime.date, datetime.date, dict[str, int]]]:
    """Each published period (fiscal years, then half years) and its lines."""
    years = [
        (datetime.date(year, 1, 1), datetime.date(year, 12, 31), lines)
        for year, lines in FISCAL.items()
    ]
    halves = [
        (datetime.date(year, 1, 1), datetime.date(year, 6, 30), lines)
        for year, lines in HALF_YEARS.items()
    ]
    return years + halves


def results(books: Books, start: datetime.date, end: datetime.date) -> Decimal:
    """The net loss of ``[start, end]``: the movement of Income and Expenses."""
    before = start - datetime.timedelta(days=1)
    return root_total(books, end, "Income", "Expenses") - root_total(
        books, before, "Income", "Expenses"
    )


@pytest.mark.parametrize(
    ("start", "end", "caption", "published"),
    [
        (start, end, caption, amount)
        for start, end, lines in periods()
        for caption, amount in lines.items()
    ],
)
def test_published_income_statement_line(
    books: Books, start: datetime.date, end: datetime.date, caption: str, published: int
) -> None:
    assert close_to(movement(books, start, end).get(caption, D(0)), published)


@pytest.mark.parametrize(
    ("start", "end", "published"),
    [
        *(
            (datetime.date(year, 1, 1), datetime.date(year, 12, 31), loss)
            for year, loss in NET_LOSS.items()
        ),
        # H1 2023 from the H1 2023 summary [AI]; H1 2024 and H1 2025 [P].
        *(
            (datetime.date(year, 1, 1), datetime.date(year, 6, 30), loss)
            for year, loss in HALF_YEAR_NET_LOSS.items()
        ),
    ],
)
def test_published_net_loss(
    books: Books, start: datetime.date, end: datetime.date, published: int
) -> None:
    assert close_to(results(books, start, end), published)


@pytest.mark.parametrize(("year", "lines"), sorted(FISCAL.items()))
def test_the_published_lines_are_the_whole_income_statement(
    books: Books, year: int, lines: dict[str, int]
) -> None:
    # Every income-statement caption of the books is in the published table.
    moved = movement(books, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    statement = {
        caption
        for account, caption in books.captions.items()
        if account.split(":")[0] in ("Income", "Expenses")
    }
    assert {caption for caption in moved if caption in statement} <= set(lines)


def test_other_comprehensive_income_stays_out_of_the_net_loss(books: Books) -> None:
    # FY2022: net loss 11,525,102, comprehensive loss 11,489,276: the 35,826
    # of translation differences moves equity without touching Income or
    # Expenses.
    caption = "Accumulated other comprehensive loss"
    opening = balances(books, datetime.date(2022, 1, 1))[caption]
    closing = balances(books, datetime.date(2022, 12, 31))[caption]
    assert closing - opening == D("-35826")
    translation = [
        entry
        for entry in books.entries
        if isinstance(entry, data.Transaction)
        and any(books.captions[p.account] == caption for p in entry.postings)
        and entry.date.year == 2022
        and entry.date.month == 12
    ]
    for entry in translation:
        for posting in entry.postings:
            assert posting.account.split(":")[0] not in ("Income", "Expenses")


# -- Shares and notes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "class_a", "class_b"),
    [
        # FY2022 20-F cover (restated), FY2023 20-F cover; 6-K/A Nov 2023.
        (datetime.date(2022, 12, 31), 1326953, 2243776),
        (datetime.date(2023, 11, 10), 2937921, 2243776),
        (datetime.date(2023, 12, 31), 2937921, 2243776),
        # H1 2024: + 289,401 options, + 446,842 from Class B (6-K Oct 2025,
        # Note 14, copy): 1,796,934 Class B left.
        (datetime.date(2024, 6, 30), 2937921 + 289401 + 446842, 1796934),
    ],
)
def test_share_counts(
    books: Books, on: datetime.date, class_a: int, class_b: int
) -> None:
    schedules, _ = schedules_from_ledger(books.entries, books.options)
    movements, errors = share_movements(books.entries, schedules)
    assert errors == []
    assert share_totals(movements, on) == {
        "Class A Ordinary": class_a,
        "Class B Ordinary": class_b,
    }


def test_note_conversions_issue_the_published_shares(books: Books) -> None:
    conversions = {
        entry.meta["note"]: entry
        for entry in note_transactions(books.entries, "conversion")
    }
    # Aenco: 3,000,000 / 12.00 = 250,000 (FY2022 20-F, Note 16).
    assert conversions["APM-2022-AENCO"].meta["shares"] == D(250000)
    # June 2023: 3,000,000 / 3.00 = 1,000,000, on the issue date.
    june = conversions["APM-2023-06"]
    assert june.meta["shares"] == D(1000000)
    assert june.date == datetime.date(2023, 6, 28)
    # Its proceeds settled a loan: the issue debits the loan account.
    (issue,) = note_transactions(books.entries, "issue", "APM-2023-06")
    assert leg(issue, "Liabilities:Current:Loans") == D("3000000.00")
    assert note_transactions(books.entries, "accrual", "APM-2023-06") == []


def test_aenco_accruals_by_hand(books: Books) -> None:
    # 3,000,000 x 7 % / 365 a day from 16 Dec 2022 (ACT/365, assumed):
    #   to 31 Dec: 16 days  9,205.479 -> 9,205.48
    #   to 31 Jan: 47 days 27,041.096 -> 27,041.10, posts 17,835.62
    #   to 28 Feb: 75 days 43,150.685 -> 43,150.68, posts 16,109.58
    #   to 30 Mar (conversion 31 Mar): 105 days 60,410.959 -> 60,410.96,
    #   posts 17,260.28
    accruals = note_transactions(books.entries, "accrual", "APM-2022-AENCO")
    assert [(entry.date, leg(entry, "Expenses:Finance:Interest:ConvertibleNotes"))
            for entry in accruals] == [
        (datetime.date(2022, 12, 31), D("9205.48")),
        (datetime.date(2023, 1, 31), D("17835.62")),
        (datetime.date(2023, 2, 28), D("16109.58")),
        (datetime.date(2023, 3, 31), D("17260.28")),
    ]  # fmt: skip
    # Waived on conversion (assumed): the 60,410.96 goes to equity.
    (conversion,) = note_transactions(books.entries, "conversion", "APM-2022-AENCO")
    assert leg(conversion, "Liabilities:Current:AccruedInterest:Aenco") == D("60410.96")
    # 250,000 x 0.00001 par = 2.50 of share capital.
    assert leg(conversion, "Equity:ShareCapital:ClassA") == D("-2.50")


def test_jurchen_accruals_classification_and_extension(books: Books) -> None:
    note = "APM-2023-JURCHEN"
    accruals = note_transactions(books.entries, "accrual", note)
    by_date = {entry.date: entry for entry in accruals}
    # 3,000,000 x 6 % / 365 a day from 11 Sep 2023 (ACT/365, assumed):
    # 20 days to 30 Sep: 9,863.013 -> 9,863.01; 112 days to 31 Dec:
    # 55,232.877 -> 55,232.88, so 2023 posts 55,232.88 in all.
    interest = "Liabilities:Current:AccruedInterest:Jurchen"
    assert leg(by_date[datetime.date(2023, 9, 30)], interest) == D("-9863.01")
    in_2023 = sum(
        -leg(entry, interest) for entry in accruals if entry.date.year == 2023
    )
    assert in_2023 == D("55232.88")
    # Non-current at 31 Dec 2023 and 30 Jun 2024, as published.
    for on in (datetime.date(2023, 12, 31), datetime.date(2024, 6, 30)):
        lines = balances(books, on)
        assert lines["Convertible notes to a related party, non-current"] == D(
            "-3000000.00"
        )
    # Extended on 11 Sep 2025 to 10 Sep 2026 (Ex 10.46): still outstanding
    # and accruing at 30 Sep 2025, with no maturity error.
    schedules, errors = schedules_from_ledger(books.entries, books.options)
    assert errors == []
    jurchen = next(item for item in schedules if item.terms.note_id == note)
    assert jurchen.rows[-1].maturity == datetime.date(2026, 9, 10)
    assert jurchen.rows[-1].outstanding == D("3000000.00")
    assert jurchen.closed_on is None


def test_par_value_history(books: Books) -> None:
    # 1.00, then 10.00 from 23 Jan 2023 (the consolidation), then 0.00001.
    adjusts = [
        entry
        for entry in books.entries
        if isinstance(entry, data.Custom) and entry.type == "convertible-note-adjust"
    ]
    pars = [(entry.date, entry.meta["par-value"].number) for entry in adjusts]
    assert pars[0] == (datetime.date(2023, 1, 23), D("10.00"))
    assert pars[1][0] >= datetime.date(2023, 2, 21)
    assert pars[1][1] == D("0.00001")


def test_the_first_screen_is_the_balance_sheet_of_2022() -> None:
    entries, errors = load_ledger(BOOKS)
    assert errors == []
    options = {
        entry.values[0].value: entry.values[1].value
        for entry in entries
        if isinstance(entry, data.Custom) and entry.type == "fava-option"
    }
    assert options["default-page"] == "balance_sheet/?time=2022"


CURRENT_ASSETS = (
    "Cash", "Restricted cash", "Accounts receivable", "Inventories",
    "Marketable securities, at fair value", "Amounts due from related parties",
    "Due from brokers", "Loan receivable from a related party",
    "Other receivables and prepayments",
)  # fmt: skip


@pytest.mark.parametrize(
    ("on", "published"),
    [
        # Total current assets: 7,067,802 and 1,897,991 [P] (press release of
        # 21 Dec 2023); 2,476,092 and 1,534,096 [S] (press release of 20 Dec
        # 2024, copy).
        (datetime.date(2022, 12, 31), 7067802),
        (datetime.date(2023, 6, 30), 1897991),
        (datetime.date(2023, 12, 31), 2476092),
        (datetime.date(2024, 6, 30), 1534096),
    ],
)
def test_total_current_assets(books: Books, on: datetime.date, published: int) -> None:
    lines = balances(books, on)
    total = sum((lines.get(caption, D(0)) for caption in CURRENT_ASSETS), D(0))
    assert close_to(total, published)


@pytest.mark.parametrize(
    ("year", "to_nci", "comprehensive_loss"),
    [
        # 20-F FY2022 (R4) and 6-K 0001213900-25-097467 (R4) [P]: net loss
        # attributable to non-controlling interests 1,725,542 and 1,516,328;
        # comprehensive loss 11,489,276 and 4,385,405.
        (2022, 1725542, 11489276),
        (2023, 1516328, 4385405),
    ],
)
def test_loss_attributable_and_comprehensive_loss(
    books: Books, year: int, to_nci: int, comprehensive_loss: int
) -> None:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    attribution = [
        entry
        for entry in books.entries
        if isinstance(entry, data.Transaction)
        and start <= entry.date <= end
        and "attributable to non-controlling interests" in (entry.narration or "")
    ]
    assert len(attribution) == 1
    assert close_to(leg(attribution[0], "Equity:NonControllingInterests"), to_nci)
    # Net loss less translation gains (OCI, straight to equity).
    oci = sum(
        (
            -leg(entry, "Equity:AccumulatedOCI")
            - leg(entry, "Equity:NonControllingInterests")
            for entry in books.entries
            if isinstance(entry, data.Transaction)
            and start <= entry.date <= end
            and "Exchange differences" in (entry.narration or "")
        ),
        D(0),
    )
    assert close_to(results(books, start, end) - oci, comprehensive_loss)
    # FY2022 net loss attributable to Aptorum: 11,525,102 - 1,725,542 =
    # 9,799,560 [P].
    if year == 2022:
        assert close_to(results(books, start, end) - to_nci, 9799560)


def test_export_names_each_accounts_published_caption(tmp_path: Path) -> None:
    out = tmp_path / "FY2023"
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "-o",
            str(out),
            "--ledger",
            str(BOOKS),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = (out / "ads" / "Chart_Of_Accounts.txt").read_text(encoding="utf-8")
    rows = [line.split("|") for line in lines.splitlines()[1:]]
    caption = {row[1]: row[3] for row in rows}
    assert caption["Assets:Bank:Operating"] == "Cash"
    assert caption["Equity:SharePremium"] == "Additional paid-in capital"
    assert (
        caption["Liabilities:NonCurrent:ConvertibleNotes:Jurchen"]
        == "Convertible notes to a related party, non-current"
    )
