"""The Convertible notes page in Fava, through Flask's test client.

The ledgers are the illustrative books of ``tests/data/books/`` (the Aenco
note outstanding at 30 June 2023, and its five outcome scenarios), Aptorum's
books (``ledger/main.beancount``), the deal-shape examples and two small
fixtures under ``tests/data/fava/``. Every expected
number is worked out by hand from the language reference
(plugins/convertible_note/README.md), with the
arithmetic in a comment; none is copied from the extension's output.

Facts of the Aenco note used throughout (tests/data/books/convertible-notes.beancount):
principal 3,000,000.00 USD, rate 0.07, ACT/365, simple interest, issued
2022-12-16, maturity 2023-12-16, interest on conversion paid in shares;
conversion price 12.00 and par 10.00 from 2023-01-23, par 0.00001 from
2023-03-01. The main books end on 2023-06-30.

Day counts from the issue date (interest accrues from and including
2022-12-16), one year's interest being 3,000,000 x 0.07 = 210,000:

    month-end    days  cumulative exact = 210,000 x days / 365   rounded
    2022-12-31     16    3,360,000 / 365 =   9,205.4794520...      9,205.48
    2023-01-31     47    9,870,000 / 365 =  27,041.0958904...     27,041.10
    2023-02-28     75   15,750,000 / 365 =  43,150.6849315...     43,150.68
    2023-03-31    106   22,260,000 / 365 =  60,986.3013698...     60,986.30
    2023-04-30    136   28,560,000 / 365 =  78,246.5753424...     78,246.58
    2023-05-31    167   35,070,000 / 365 =  96,082.1917808...     96,082.19
    2023-06-30    197   41,370,000 / 365 = 113,342.4657534...    113,342.47

Each accrual entry posts the rounded cumulative total minus what was posted
before (section 4, cumulative rounding).
"""

from __future__ import annotations

import datetime
import hashlib
import html
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import BOOKS_NOTE_DATES
from tests.conftest import NOTE_ID
from tests.conftest import fava_app
from tests.conftest import line_of
from tests.conftest import load_ledger
from tests.deal_terms import postings_to

if TYPE_CHECKING:
    from collections.abc import Mapping

    from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "books"
MAIN = FIXTURE / "main.beancount"
SCENARIOS = sorted((FIXTURE / "scenarios").glob("*.beancount"))
EXAMPLES = sorted(
    path
    for path in (ROOT / "ledger" / "examples").glob("*.beancount")
    if path.name != "accounts.beancount"
)
DATA = ROOT / "tests" / "data" / "fava"
SMALL = DATA / "small-note.beancount"
RATE_ERROR = DATA / "rate-as-percent.beancount"

PAGE = "extension/ConvertibleNotes/"
WHAT_IF = "extension/ConvertibleNotes/what_if"
SCHEDULE = "extension/ConvertibleNotes/schedule"

NOTE_ACCOUNT = "Liabilities:Current:ConvertibleNotes:Aenco"
NONCURRENT_ACCOUNT = "Liabilities:NonCurrent:ConvertibleNotes:Aenco"
INTEREST_ACCOUNT = "Liabilities:Current:AccruedInterest:Aenco"

D = Decimal


# -- helpers ---------------------------------------------------------------


def client_for(path: Path, *, read_only: bool = False) -> tuple[FlaskClient, str]:
    """A test client on one ledger, and the ledger's slug (from ``/``)."""
    app = fava_app([path], read_only=read_only)
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 302, response.status_code
    slug = urlsplit(response.headers["Location"]).path.strip("/").split("/")[0]
    assert slug, response.headers["Location"]
    return client, slug


def get_page(client: FlaskClient, slug: str, query: str = "") -> str:
    response = client.get(f"/{slug}/{PAGE}{query}")
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def cell(page: str, css_class: str) -> str:
    """The text of the one ``<td>`` (or ``<strong>``, ``<p>``) with that class."""
    soup = BeautifulSoup(page, "html.parser")
    found = soup.select(f"td.{css_class}, p.{css_class}, strong.{css_class}")
    assert len(found) == 1, (css_class, found)
    return found[0].get_text().strip()


def assert_cells(page: str, expected: Mapping[str, str]) -> None:
    """Each of the cells named by class reads as expected."""
    assert {name: cell(page, name) for name in expected} == expected


def by_id(page: str, element_id: str) -> str:
    """The text of the element with that id."""
    found = BeautifulSoup(page, "html.parser").find_all(id=element_id)
    assert len(found) == 1, (element_id, found)
    return found[0].get_text().strip()


def table_rows(page: str, css_class: str) -> list[tuple[str, ...]]:
    """The body rows of ``<table class=css_class>``, cells as text."""
    table = BeautifulSoup(page, "html.parser").select_one(f"table.{css_class}")
    assert table is not None, css_class
    body = table.tbody
    assert body is not None, css_class
    return [
        tuple(cell.get_text().strip() for cell in row.find_all("td"))
        for row in body.find_all("tr")
    ]


def find_account(tree: dict[str, object], name: str) -> dict[str, object]:
    """A node of Fava's serialised account tree, by full account name."""
    if tree["account"] == name:
        return tree
    for child in tree["children"]:  # type: ignore[attr-defined]
        if name == child["account"] or name.startswith(f"{child['account']}:"):
            return find_account(child, name)
    raise AssertionError(f"{name} not in the tree")


def usd(node: dict[str, object]) -> Decimal:
    """The account's own USD balance, as Fava's JSON API sends it."""
    balance: dict[str, float] = node["balance"]  # type: ignore[assignment]
    return D(str(balance.get("USD", 0))).quantize(D("0.01"))


@pytest.fixture(scope="module")
def main() -> tuple[FlaskClient, str]:
    return client_for(MAIN)


# -- the page answers for every ledger ---------------------------------------


@pytest.mark.parametrize(
    "path", [MAIN, *SCENARIOS], ids=lambda path: path.name.removesuffix(".beancount")
)
def test_page_answers_for_every_ledger(path: Path) -> None:
    client, slug = client_for(path)

    page = get_page(client, slug)

    assert f'<section class="note" id="note-{NOTE_ID}"' in page
    assert "note-errors" not in page


@pytest.mark.parametrize(
    "path", EXAMPLES, ids=lambda path: path.name.removesuffix(".beancount")
)
def test_page_answers_for_every_example(path: Path) -> None:
    client, slug = client_for(path)
    soup = BeautifulSoup(get_page(client, slug), "html.parser")
    notes = soup.select("section.note")
    assert len(notes) == 1
    assert str(notes[0]["data-note"]).startswith("EX-")
    assert soup.select(".note-errors") == []


def test_there_are_five_scenarios() -> None:
    # Guards the parametrisation above against a moved directory.
    assert [path.name for path in SCENARIOS] == [
        "convert-partial-then-rest.beancount",
        "extend-then-settle.beancount",
        "settle-cash.beancount",
        "settle-mixed.beancount",
        "settle-shares.beancount",
    ]


# -- status ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "as_of", "terms", "cells"),
    [
        pytest.param(
            "?time=2022",
            "2022-12-31",
            # the terms before the 2023 adjustments
            "1.20 / 1.00",
            {
                "outstanding": "3,000,000.00",
                # 2022-12-16 .. 2022-12-31 inclusive = 16 days:
                # 3,000,000 x 0.07 x 16/365 = 9,205.479... -> 9,205.48
                "accrued": "9,205.48",
                # 3,000,000.00 + 9,205.48
                "carrying": "3,009,205.48",
                # maturity 2023-12-16 <= 2022-12-31 + 12 months: current
                "classification": "current",
                "maturity": "2023-12-16",
                # 2022-12-31 -> 2023-12-16: 365 - 15 = 350 days
                "days-to-maturity": "350",
                "shares-issued": "0",
            },
            id="end-of-2022",
        ),
        pytest.param(
            # no time filter: the books' last day
            "",
            "2023-06-30",
            # both 2023 adjustments are in force on 2023-06-30
            "12.00 / 0.00001",
            {
                "outstanding": "3,000,000.00",
                # 2022-12-16 .. 2023-06-30 inclusive:
                # 16 + 31 + 28 + 31 + 30 + 31 + 30 = 197 days;
                # 3,000,000 x 0.07 x 197/365 = 113,342.4657... -> 113,342.47
                "accrued": "113,342.47",
                "carrying": "3,113,342.47",
                "classification": "current",
                # 2023-06-30 -> 2023-12-16: 31 + 31 + 30 + 31 + 30 + 16 = 169 days
                "days-to-maturity": "169",
            },
            id="end-of-the-books",
        ),
    ],
)
def test_status(
    main: tuple[FlaskClient, str],
    query: str,
    as_of: str,
    terms: str,
    cells: dict[str, str],
) -> None:
    client, slug = main

    page = get_page(client, slug, query)

    assert by_id(page, "as-of") == as_of
    assert_cells(page, cells)
    assert f'<td class="num">{terms}</td>' in page


def test_status_before_the_issue_date(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    page = get_page(client, slug, "?time=2022-11")

    assert by_id(page, "as-of") == "2022-11-30"
    assert cell(page, "status") == "Not yet issued on 2022-11-30."


def test_term_history_shows_the_adjustments(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    rows = table_rows(get_page(client, slug), "term-history")

    history = [(date, what, value.split(" ")[0]) for date, what, value in rows]
    assert ("2022-12-16", "conversion price", "1.20") in history
    assert ("2022-12-16", "par value", "1.00") in history
    assert ("2022-12-16", "maturity", "2023-12-16") in history
    assert ("2023-01-23", "conversion price", "12.00") in history
    assert ("2023-01-23", "par value", "10.00") in history
    assert ("2023-03-01", "par value", "0.00001") in history
    # in date order
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


# -- schedule ----------------------------------------------------------------


def test_schedule_table_has_one_issue_and_seven_accruals(
    main: tuple[FlaskClient, str],
) -> None:
    client, slug = main

    page = get_page(client, slug)

    # issue on 2022-12-16, then one accrual per month-end Dec 2022 .. Jun 2023
    soup = BeautifulSoup(page, "html.parser")
    assert len(soup.select("table.schedule tr.row-issue")) == 1
    assert len(soup.select("table.schedule tr.row-accrual")) == 7
    assert len(table_rows(page, "schedule")) == 8


def test_schedule_table_shows_plain_decimals(main: tuple[FlaskClient, str]) -> None:
    # Every number a person reads in the schedule is written out in full:
    # the issue row's cumulative exact interest is zero, not "0E-10".
    client, slug = main

    rows = table_rows(get_page(client, slug), "schedule")

    cells = [text for row in rows for text in row]
    assert not [text for text in cells if "E-" in text or "E+" in text], rows[0]
    # the issue row (columns: date, event, period, days, rate, exact, ...)
    assert rows[0][:2] == ("2022-12-16", "issue")
    assert D(rows[0][5]) == 0
    # the 2022-12-31 row: 210,000 x 16/365 to ten places
    assert rows[1][5] == "9,205.4794520548"


def test_schedule_endpoint(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    response = client.get(f"/{slug}/{SCHEDULE}?note={NOTE_ID}")

    assert response.status_code == 200
    body = response.get_json()
    assert body["note"] == NOTE_ID
    rows = body["rows"]
    assert [(row["date"], row["event"]) for row in rows] == [
        ("2022-12-16", "issue"),
        ("2022-12-31", "accrual"),
        ("2023-01-31", "accrual"),
        ("2023-02-28", "accrual"),
        ("2023-03-31", "accrual"),
        ("2023-04-30", "accrual"),
        ("2023-05-31", "accrual"),
        ("2023-06-30", "accrual"),
    ]
    # numbers travel as strings, never as floats
    for row in rows:
        for name in ("amount_posted", "outstanding_principal", "accrued_interest"):
            assert isinstance(row[name], str), (name, row[name])
    # amount posted = rounded cumulative total minus the previous one
    # (module docstring table):
    #   9,205.48 - 0         =  9,205.48
    #  27,041.10 - 9,205.48  = 17,835.62
    #  43,150.68 - 27,041.10 = 16,109.58
    #  60,986.30 - 43,150.68 = 17,835.62
    #  78,246.58 - 60,986.30 = 17,260.28
    #  96,082.19 - 78,246.58 = 17,835.61
    # 113,342.47 - 96,082.19 = 17,260.28
    assert [D(row["amount_posted"]) for row in rows] == [
        D("3000000.00"),
        D("9205.48"),
        D("17835.62"),
        D("16109.58"),
        D("17835.62"),
        D("17260.28"),
        D("17835.61"),
        D("17260.28"),
    ]
    assert [row["days"] for row in rows[1:]] == [16, 31, 28, 31, 30, 31, 30]
    assert [D(row["accrued_interest"]) for row in rows[1:]] == [
        D("9205.48"),
        D("27041.10"),
        D("43150.68"),
        D("60986.30"),
        D("78246.58"),
        D("96082.19"),
        D("113342.47"),
    ]
    assert {D(row["outstanding_principal"]) for row in rows} == {D("3000000.00")}
    # 210,000 x 16/365 to ten places
    assert rows[1]["cumulative_interest_exact"] == "9205.4794520548"


def test_schedule_endpoint_unknown_note(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    response = client.get(f"/{slug}/{SCHEDULE}?note=APM-1999-NOBODY")

    assert response.status_code == 404
    assert "APM-1999-NOBODY" in response.get_json()["error"]


# -- Fava's own balance sheet ------------------------------------------------


def test_balance_sheet_api_at_the_end_of_2022(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    response = client.get(f"/{slug}/api/balance_sheet?time=2022")

    assert response.status_code == 200
    data = response.get_json()["data"]
    assert data["date_range"] == {"begin": "2022-01-01", "end": "2023-01-01"}
    liabilities = next(
        tree for tree in data["trees"] if tree["account"] == "Liabilities"
    )
    # The JSON API sends Beancount's signs (liabilities are credits); Fava's
    # client inverts them for display (invert-income-liabilities-equity).
    assert usd(find_account(liabilities, NOTE_ACCOUNT)) == D("-3000000.00")
    # 3,000,000 x 0.07 x 16/365 = 9,205.479... -> 9,205.48
    assert usd(find_account(liabilities, INTEREST_ACCOUNT)) == D("-9205.48")
    # maturity within 12 months of issue: nothing is non-current
    assert usd(find_account(liabilities, NONCURRENT_ACCOUNT)) == D("0.00")


# -- what-if -----------------------------------------------------------------

# Conversion of 1,200,000.00 on 2023-06-30 (contract section 5):
#   exact accrued before 2023-06-30 (2022-12-16 .. 2023-06-29, 196 days)
#     = 3,000,000 x 0.07 x 196/365 = 41,160,000/365 = 112,767.1232876...
#   A = round_half_up(112,767.1232876... x 1,200,000/3,000,000)
#     = round_half_up(45,106.8493150...) = 45,106.85
#   V = 1,200,000.00 + 45,106.85 = 1,245,106.85
#   price 12.00 (from 2023-01-23), par 0.00001 (from 2023-03-01)
#   shares = floor(1,245,106.85 / 12) = floor(103,758.9041...) = 103,758
#   S = 103,758 x 12 = 1,245,096.00
#   share capital = round_half_up(103,758 x 0.00001 = 1.03758) = 1.04
#   premium = 1,245,096.00 - 1.04 = 1,245,094.96
#   cash in lieu = 1,245,106.85 - 1,245,096.00 = 10.85
WHAT_IF_1_2M = {
    "note_id": NOTE_ID,
    "date": "2023-06-30",
    "principal": "1200000.00",
    "currency": "USD",
    "error": None,
    "interest": "45106.85",
    "value_converted": "1245106.85",
    "conversion_price": "12.00",
    "par_value": "0.00001",
    "shares": 103758,
    "share_value": "1245096.00",
    "share_capital": "1.04",
    "premium": "1245094.96",
    "cash_in_lieu": "10.85",
}


def what_if(
    client: FlaskClient, slug: str, *, note: str = NOTE_ID, date: str, amount: str
) -> tuple[int, dict[str, object]]:
    response = client.get(
        f"/{slug}/{WHAT_IF}",
        query_string={"note": note, "date": date, "amount": amount},
    )
    return response.status_code, response.get_json()


def decimals(result: Mapping[str, object]) -> dict[str, Any]:
    """Numbers as Decimals, so 45106.85 and 45106.850 compare equal."""
    return {
        name: D(value)
        if isinstance(value, str) and re.fullmatch(r"-?\d+\.?\d*", value)
        else value
        for name, value in result.items()
    }


def assert_numbers(result: Mapping[str, object], expected: Mapping[str, str]) -> None:
    """The what-if's numbers named in ``expected``, compared as Decimals."""
    got = decimals(result)
    assert {name: got[name] for name in expected} == {
        name: D(text) for name, text in expected.items()
    }


def test_what_if_endpoint(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    status, result = what_if(client, slug, date="2023-06-30", amount="1200000.00")

    assert status == 200
    # every number is a string (JSON floats would lose cents)
    assert all(
        isinstance(result[name], str)
        for name in ("interest", "value_converted", "share_capital", "premium")
    )
    got = decimals(result)
    for name, expected in decimals(WHAT_IF_1_2M).items():
        assert got[name] == expected, (name, got[name], expected)
    # shares x price + cash in lieu = value converted; capital + premium = S
    assert got["shares"] * D("12.00") + got["cash_in_lieu"] == got["value_converted"]
    assert got["share_capital"] + got["premium"] == got["share_value"]


@pytest.mark.parametrize(
    ("date", "amount", "numbers"),
    [
        # c = P: A = round_half_up(112,767.1232876...) = 112,767.12
        # V = 3,112,767.12; shares = floor(3,112,767.12 / 12 = 259,397.26) = 259,397
        # S = 259,397 x 12 = 3,112,764.00; cash in lieu = 3.12
        # share capital = round_half_up(2.59397) = 2.59; premium = 3,112,761.41
        pytest.param(
            "2023-06-30",
            "3000000.00",
            {
                "interest": "112767.12",
                "value_converted": "3112767.12",
                "shares": "259397",
                "share_value": "3112764.00",
                "share_capital": "2.59",
                "premium": "3112761.41",
                "cash_in_lieu": "3.12",
            },
            id="all-outstanding-principal",
        ),
        # 2022-12-16 .. 2023-12-15 = 365 days: exact = 210,000 x 365/365 = 210,000
        # A = 210,000 x 0.4 = 84,000.00; V = 1,284,000.00 = 107,000 x 12, no cash
        # share capital = round_half_up(107,000 x 0.00001 = 1.07) = 1.07
        pytest.param(
            "2023-12-16",
            "1200000.00",
            {
                "interest": "84000.00",
                "shares": "107000",
                "cash_in_lieu": "0.00",
                "share_capital": "1.07",
                "premium": "1283998.93",
            },
            id="on-the-maturity-date",
        ),
    ],
)
def test_what_if_by_hand(
    main: tuple[FlaskClient, str], date: str, amount: str, numbers: dict[str, str]
) -> None:
    client, slug = main

    status, result = what_if(client, slug, date=date, amount=amount)

    assert status == 200
    assert_numbers(result, numbers)


def test_what_if_accepts_thousands_separators(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    status, result = what_if(client, slug, date="2023-06-30", amount="1,200,000.00")

    assert status == 200
    assert result["shares"] == 103758


@pytest.mark.parametrize(
    ("note", "date", "amount", "words"),
    [
        # 3,000,000.00 is outstanding on 2023-06-30
        (NOTE_ID, "2023-06-30", "3000000.01", ["3000000.00", "outstanding"]),
        ("APM-1999-NOBODY", "2023-06-30", "1200000.00", ["APM-1999-NOBODY"]),
        (NOTE_ID, "2023-02-30", "1200000.00", ["2023-02-30"]),
        (NOTE_ID, "30/06/2023", "1200000.00", ["30/06/2023"]),
        (NOTE_ID, "", "1200000.00", ["date"]),
        (NOTE_ID, "2023-06-30", "twelve", ["twelve"]),
        (NOTE_ID, "2023-06-30", "", ["amount"]),
        (NOTE_ID, "2023-06-30", "NaN", ["NaN"]),
        (NOTE_ID, "2023-06-30", "-100.00", ["above zero"]),
        (NOTE_ID, "2023-06-30", "0", ["above zero"]),
        (NOTE_ID, "2023-06-30", "100.001", ["cents"]),
        # the note was issued on 2022-12-16
        (NOTE_ID, "2022-12-01", "100.00", ["2022-12-16"]),
    ],
    ids=[
        "above-outstanding",
        "unknown-note",
        "no-such-day",
        "not-iso-date",
        "no-date",
        "not-a-number",
        "no-amount",
        "nan",
        "negative",
        "zero",
        "fraction-of-a-cent",
        "before-issue",
    ],
)
def test_what_if_errors(
    main: tuple[FlaskClient, str],
    note: str,
    date: str,
    amount: str,
    words: list[str],
) -> None:
    client, slug = main

    status, result = what_if(client, slug, note=note, date=date, amount=amount)

    assert status == 400
    message = result["error"]
    assert isinstance(message, str) and message
    for word in words:
        assert word in message, (word, message)
    assert result["shares"] == 0


def test_what_if_huge_amount_is_an_error_not_a_crash(
    main: tuple[FlaskClient, str],
) -> None:
    # 1e400 parses as a Decimal but cannot be quantized to cents under the
    # default 28-digit context: it must still be a 400 with a message (the
    # amount is above the outstanding principal), never a 500 traceback.
    client, slug = main

    response = client.get(
        f"/{slug}/{WHAT_IF}",
        query_string={"note": NOTE_ID, "date": "2023-06-30", "amount": "1e400"},
    )

    assert response.status_code == 400, response.status_code
    assert response.get_json()["error"]


def test_what_if_after_maturity_is_refused(main: tuple[FlaskClient, str]) -> None:
    # Maturity is 2023-12-16 and nothing extends, settles or fully converts the
    # note on or before it. A ledger holding this conversion on 2024-01-15 is
    # an error (contract section 7: "a note whose maturity has passed ...
    # with no settlement, full conversion or extension on or before it"), so
    # the what-if must not price it as if it were possible.
    client, slug = main

    status, result = what_if(client, slug, date="2024-01-15", amount="1200000.00")

    assert status == 400, result
    assert "2023-12-16" in str(result["error"])


def what_if_page(client: FlaskClient, slug: str, amount: str) -> str:
    """The page with the what-if form sent for ``amount`` on 2023-06-30."""
    query = f"?what_if_note={NOTE_ID}&what_if_date=2023-06-30&what_if_amount={amount}"
    return get_page(client, slug, query)


def test_what_if_through_the_form(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    page = what_if_page(client, slug, "1200000.00")

    # the numbers of WHAT_IF_1_2M, as a person reads them
    assert_cells(
        page,
        {
            "wi-interest": "45,106.85",
            "wi-value": "1,245,106.85",
            "wi-shares": "103,758",
            "wi-share-capital": "1.04",
            "wi-premium": "1,245,094.96",
            "wi-cash": "10.85",
        },
    )
    # the form keeps what was asked
    form = BeautifulSoup(page, "html.parser")
    date_input = form.select_one('input[name="what_if_date"]')
    amount_input = form.select_one('input[name="what_if_amount"]')
    assert date_input is not None and date_input["value"] == "2023-06-30"
    assert amount_input is not None and amount_input["value"] == "1200000.00"


def test_what_if_form_shows_the_error(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    page = what_if_page(client, slug, "9999999.00")

    message = cell(page, "what-if-error")
    assert "3000000.00" in message
    assert message.startswith("Not computed:")
    assert BeautifulSoup(page, "html.parser").select("table.what-if-result") == []


# -- journal link --------------------------------------------------------------


def test_journal_link_filters_by_the_note_link(main: tuple[FlaskClient, str]) -> None:
    client, slug = main
    page = get_page(client, slug)

    links = BeautifulSoup(page, "html.parser").select("a.journal-link")

    assert len(links) == 1
    href = urlsplit(str(links[0]["href"]))
    assert href.path == f"/{slug}/journal/"
    assert parse_qs(href.query)["filter"] == [f"^{NOTE_ID}"]
    assert client.get(f"{href.path}?{href.query}").status_code == 200


def test_journal_filtered_by_the_note_link(main: tuple[FlaskClient, str]) -> None:
    client, slug = main

    response = client.get(
        f"/{slug}/api/journal", query_string={"filter": f"^{NOTE_ID}"}
    )

    # the release of proceeds is the one ^APM-2022-AENCO in the main books' files
    assert response.status_code == 200
    entries = response.get_json()["data"]
    assert [entry["date"] for entry in entries] == BOOKS_NOTE_DATES
    assert all(NOTE_ID in entry["links"] for entry in entries)


# -- errors --------------------------------------------------------------------


def test_note_error_is_shown_with_file_and_line() -> None:
    client, slug = client_for(RATE_ERROR)

    page = html.unescape(get_page(client, slug))

    lineno = line_of(RATE_ERROR.read_text(), 'custom "convertible-note"')
    assert 'id="note-errors"' in page
    assert f"{RATE_ERROR}:{lineno}:" in page
    # contract section 7: say "write 7 % as 0.07"
    assert "0.07" in page
    assert 'id="no-notes"' in page
    assert "Traceback" not in page


# -- scenarios -----------------------------------------------------------------


def closed(shares: str) -> dict[str, str]:
    """The status cells of a note that is settled or fully converted."""
    return {
        "outstanding": "0.00",
        "accrued": "0.00",
        "carrying": "0.00",
        "classification": "closed",
        "shares-issued": shares,
    }


def test_scenario_convert_partial_then_rest() -> None:
    client, slug = client_for(
        FIXTURE / "scenarios" / "convert-partial-then-rest.beancount"
    )

    page = get_page(client, slug)

    # 2023-09-15, convert 1,200,000 of 3,000,000:
    #   days 2022-12-16 .. 2023-09-14 = 197 (to 06-30) + 31 + 31 + 14 = 273
    #   exact = 210,000 x 273/365 = 57,330,000/365 = 157,068.4931506...
    #   A = round_half_up(157,068.4931506... x 0.4 = 62,827.3972602...) = 62,827.40
    #   V = 1,262,827.40; shares = floor(105,235.616...) = 105,235
    #   S = 1,262,820.00; cash in lieu = 7.40
    #   exact left = 157,068.4931506... x 0.6 = 34,398,000/365
    # 2023-12-15, convert the remaining 1,800,000:
    #   days 2023-09-15 .. 2023-12-14 = 16 + 31 + 30 + 14 = 91
    #   exact += 1,800,000 x 0.07 x 91/365 = 11,466,000/365 = 31,413.6986...
    #   exact = 45,864,000/365 = 125,654.7945205...
    #   A = round_half_up(125,654.7945205... x 1,800,000/1,800,000) = 125,654.79
    #   V = 1,925,654.79; shares = floor(160,471.2325) = 160,471
    #   S = 1,925,652.00; cash in lieu = 2.79
    # shares issued: 105,235 + 160,471 = 265,706
    assert by_id(page, "as-of") == "2023-12-15"
    assert_cells(page, closed(shares="265,706"))

    response = client.get(f"/{slug}/{SCHEDULE}?note={NOTE_ID}")
    rows = response.get_json()["rows"]
    conversions = [row for row in rows if row["event"] == "conversion"]
    assert [row["date"] for row in conversions] == ["2023-09-15", "2023-12-15"]
    assert [row["shares"] for row in conversions] == [105235, 160471]
    assert [D(row["cash_paid"]) for row in conversions] == [D("7.40"), D("2.79")]
    assert [D(row["outstanding_principal"]) for row in conversions] == [
        D("1800000.00"),
        D("0.00"),
    ]
    # 1 issue; accruals at the month-ends Dec 2022 .. Aug 2023 (9), on
    # 2023-09-15 (the event), at Sep, Oct, Nov 2023 month-ends (3) and on
    # 2023-12-15; 2 conversions. Horizon: 2023-11-30, the last month-end on
    # or before the last entry (2023-12-15).
    assert [row["event"] for row in rows].count("accrual") == 9 + 1 + 3 + 1
    assert len(rows) == 1 + 14 + 2


#: scenario -> (the books' last day, shares issued in all)
SCENARIO_ENDS = {
    # see test_scenario_convert_partial_then_rest
    "convert-partial-then-rest": ("2023-12-15", "265,706"),
    # paid in cash: no shares
    "extend-then-settle": ("2025-06-16", "0"),
    "settle-cash": ("2023-12-16", "0"),
    # owed on 2023-12-16: 3,000,000 + 210,000 x 365/365 = 3,210,000.00;
    # in shares 3,210,000 - 1,000,000 cash = 2,210,000;
    # floor(2,210,000 / 12 = 184,166.67) = 184,166
    "settle-mixed": ("2023-12-16", "184,166"),
    # 3,210,000 / 12 = 267,500 exactly
    "settle-shares": ("2023-12-16", "267,500"),
}


@pytest.mark.parametrize("name", sorted(SCENARIO_ENDS))
def test_every_scenario_ends_closed(name: str) -> None:
    as_of, shares = SCENARIO_ENDS[name]
    client, slug = client_for(FIXTURE / "scenarios" / f"{name}.beancount")

    page = get_page(client, slug)

    assert by_id(page, "as-of") == as_of
    assert_cells(page, closed(shares))


# -- read-only -----------------------------------------------------------------


def _put_source(client: FlaskClient, slug: str, path: Path) -> int:
    """PUT a changed ledger through Fava's editor API; the status code."""
    source = path.read_text()
    response = client.put(
        f"/{slug}/api/source",
        json={
            "file_path": str(path),
            "source": source + "\n; edited through Fava\n",
            "sha256sum": hashlib.sha256(source.encode()).hexdigest(),
        },
    )
    return response.status_code


def test_read_only_refuses_edits(tmp_path: Path) -> None:
    ledger = tmp_path / "small-note.beancount"
    shutil.copy(SMALL, ledger)
    before = ledger.read_bytes()
    client, slug = client_for(ledger, read_only=True)

    status = _put_source(client, slug, ledger)

    assert status == 401
    assert ledger.read_bytes() == before
    page = get_page(client, slug)
    assert f'id="note-{NOTE_ID}"' in page
    # reading still works: the editor's GET and the what-if
    assert client.get(f"/{slug}/api/source").status_code == 200
    what_if_status, _ = what_if(client, slug, date="2023-01-31", amount="100.00")
    assert what_if_status == 200


def test_the_same_edit_is_accepted_when_not_read_only(tmp_path: Path) -> None:
    # The control for the test above: the request itself is well formed.
    ledger = tmp_path / "small-note.beancount"
    shutil.copy(SMALL, ledger)
    client, slug = client_for(ledger)

    status = _put_source(client, slug, ledger)

    assert status == 200
    assert ledger.read_text().endswith("; edited through Fava\n")


# -- a note carried at amortized cost -----------------------------------------


def test_page_shows_the_discount_of_a_note_at_amortized_cost() -> None:
    """ledger/examples/original-issue-discount.beancount: 2,000,000 sold for
    1,840,000; at the end of 2024 the status shows what is left of the
    160,000 discount (the discount account's balance in the loaded books),
    the carrying amount 2,000,000 - that, and the effective rate of the
    issue entry; the schedule has an amortization column."""
    path = ROOT / "ledger" / "examples" / "original-issue-discount.beancount"
    entries, errors = load_ledger(path)
    assert errors == []
    left = sum(
        number
        for entry in entries
        if entry.date <= datetime.date(2024, 12, 31)
        for number in postings_to([entry], "Liabilities:Current:NoteDiscount")
    )
    assert D(0) < left < D("160000.00")
    client, slug = client_for(path)
    soup = BeautifulSoup(get_page(client, slug, "?time=2024"), "html.parser")
    status = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in soup.select("table.status tr")
        if row.th is not None and row.td is not None
    }
    assert status["Unamortized discount"] == f"{left:,.2f}"
    assert status["Carrying amount"] == f"{D('2000000.00') - left:,.2f}"
    issue = next(entry for entry in entries if entry.meta.get("note-event") == "issue")
    assert status["Effective rate"] == str(issue.meta["effective-rate"])
    headers = [th.get_text(strip=True) for th in soup.select("table.schedule th")]
    assert "Amortization" in headers
    assert "Unamortized discount" in headers


# -- Aptorum's books ----------------------------------------------------------


def test_page_for_the_real_books_lists_the_three_notes() -> None:
    """ledger/main.beancount: the Aenco, June 2023 and Jurchen notes, no
    errors; at the end of 2023 the Jurchen note is non-current and 3,000,000
    is outstanding (its 112 days of 6 % to 31 Dec: 55,232.88 accrued)."""
    client, slug = client_for(ROOT / "ledger" / "main.beancount")
    soup = BeautifulSoup(get_page(client, slug, "?time=2023"), "html.parser")
    notes = [section["data-note"] for section in soup.select("section.note")]
    assert sorted(notes) == ["APM-2022-AENCO", "APM-2023-06", "APM-2023-JURCHEN"]
    assert soup.select(".note-errors") == []
    jurchen = soup.select_one('section.note[data-note="APM-2023-JURCHEN"]')
    assert jurchen is not None
    status = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in jurchen.select("table.status tr")
        if row.th is not None and row.td is not None
    }
    assert status["Outstanding principal"] == "3,000,000.00"
    assert status["Accrued interest"] == "55,232.88"
    assert status["Classification"] == "non-current"
