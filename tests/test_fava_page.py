"""The Convertible notes page with several notes, through Flask's client.

``tests/data/fava/portfolio.beancount`` holds five notes; its last entry is
on 2024-03-31, so the page shows them at the end of that day. Every expected
figure is worked out by hand below (ACT/365 throughout, "exact" meaning
before rounding half up to the cent):

- N-OVERDUE, USD 1,000,000 at 6 %, issued 2023-01-01, matured 2023-12-31
  unsettled. It keeps accruing while outstanding (accrual stops only at a
  settlement, full conversion or repayment): 2023-01-01 to 2024-04-01 is
  456 days, 60,000 x 456/365 = 74,958.904... -> 74,958.90. Overdue by
  2023-12-31 -> 2024-03-31 = 91 days.
- N-CONVERTED, USD 500,000 at 5 %, converted in full on 2023-06-30:
  180 days, 25,000 x 180/365 = 12,328.767... -> 12,328.77; V = 512,328.77
  at 0.50: floor(1,024,657.54) = 1,024,657 shares, S = 512,328.50, cash in
  lieu 0.27.
- N-HKD, HKD 800,000 at 4 %, coupons every quarter (the 1st of March, June,
  September and December). The 2024-03-01 payment leaves nothing unpaid;
  to 2024-04-01 is 31 days: 32,000 x 31/365 = 2,717.808... -> 2,717.81.
  The next payment, 2024-06-01, pays 92 days: 32,000 x 92/365 =
  8,065.753... -> 8,065.75. Non-current: 2026-02-28 is more than 12 months
  after 2024-03-31.
- N-DISCOUNT, USD 1,000,000 sold for 950,000 on 2024-01-01, no coupon,
  maturing 2025-01-01 (due within 12 months of 2024-03-31). Its effective
  rate and unamortized discount are recomputed below by bisection
  (tests/deal_terms.py), not read from the plugin.
- N-MARKET, USD 200,000 at 8 %, converts at 75 % of the lowest of the five
  closing prices before the conversion day (floor 0.50). The five closes
  before 2024-04-01 are 1.10, 1.05, 0.98, 1.02, 1.04: 0.75 x 0.98 = 0.735.
  Accrued to 2024-04-01, 91 days: 16,000 x 91/365 = 3,989.041... -> 3,989.04.

Totals in USD: principal 1,000,000 + 1,000,000 + 200,000 = 2,200,000.00;
accrued interest 74,958.90 + 3,989.04 = 78,947.94.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest
from bs4 import BeautifulSoup
from bs4 import Tag

from tests.conftest import fava_app
from tests.deal_terms import cents
from tests.deal_terms import effective_rate
from tests.deal_terms import month_piece_fractions
from tests.deal_terms import simple_carrying_at_end
from tests.deal_terms import twelve_places
from tests.test_fava import client_for
from tests.test_fava import get_page
from tests.test_fava import table_rows

if TYPE_CHECKING:
    from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parent.parent
PORTFOLIO = ROOT / "tests" / "data" / "fava" / "portfolio.beancount"
MAIN = ROOT / "tests" / "data" / "books" / "main.beancount"
D = Decimal
#: 100,000 of N-MARKET's principal converted on 2024-03-29 (hand-worked below).
MARKET_WHAT_IF = (
    "?what_if_note=N-MARKET&what_if_date=2024-03-29&what_if_amount=100000.00"
)


@pytest.fixture(scope="module")
def portfolio() -> tuple[FlaskClient, str]:
    return client_for(PORTFOLIO)


def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def section(page: str, note_id: str) -> Tag:
    found = soup(page).select_one(f"section#note-{note_id}")
    assert found is not None, note_id
    return found


def note_section(portfolio: tuple[FlaskClient, str], note_id: str) -> Tag:
    """The section of ``note_id`` on the portfolio's page."""
    client, slug = portfolio
    return section(get_page(client, slug), note_id)


def what_if_answer(page: str) -> Tag:
    """The what-if answer of N-MARKET, the market-priced note."""
    found = soup(page).select_one("#what-if-answer-N-MARKET")
    assert found is not None
    return found


def text_of(scope: Tag, css: str) -> str:
    found = scope.select(css)
    assert len(found) == 1, (css, found)
    return found[0].get_text(" ", strip=True)


def discount_note_figures() -> tuple[Decimal, Decimal]:
    """N-DISCOUNT's effective rate (12 places) and unamortized discount at
    2024-03-31, recomputed: 950,000 grows to 1,000,000 over 2024 by
    C' = C (1 + e x days/365), one factor per month; after January, February
    and March U = 1,000,000 - C, rounded to the cent."""
    fractions = month_piece_fractions(
        datetime.date(2024, 1, 1), datetime.date(2025, 1, 1)
    )
    rate = effective_rate(Fraction(950000), fractions)
    carrying = simple_carrying_at_end(
        rate, Fraction(950000), Fraction(1000000), Fraction(0), fractions[:3]
    )
    return twelve_places(rate), cents(1000000 - carrying)


# -- the overview ------------------------------------------------------------


def test_the_overview_shows_every_note_at_a_glance(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    page = get_page(client, slug)
    _, discount = discount_note_figures()
    assert discount == D("37806.70")

    rows = table_rows(page, "overview")

    assert rows == [
        # note, holder, status, principal, accrued, discount, carrying,
        # classification, maturity, related party
        (
            "N-OVERDUE", "Overdue Holder Ltd (fictional)", "overdue",
            "1,000,000.00 USD", "74,958.90", "0.00", "1,074,958.90",
            "current", "2023-12-31", "yes",
        ),
        (
            "N-CONVERTED", "Converted Holder Ltd (fictional)", "converted",
            "0.00 USD", "0.00", "0.00", "0.00", "closed", "2025-12-31", "",
        ),
        (
            "N-HKD", "Harbour Holder Ltd (fictional)", "outstanding",
            "800,000.00 HKD", "2,717.81", "0.00", "802,717.81",
            "non-current", "2026-02-28", "",
        ),
        (
            "N-DISCOUNT", "Discount Holder Ltd (fictional)",
            "due within 12 months", "1,000,000.00 USD", "0.00",
            f"{discount:,}", f"{D(1000000) - discount:,}",
            "current", "2025-01-01", "",
        ),
        (
            "N-MARKET", "Market Holder Fund (fictional)", "outstanding",
            "200,000.00 USD", "3,989.04", "0.00", "203,989.04",
            "current", "2026-01-01", "",
        ),
    ]  # fmt: skip


def test_the_overview_totals_each_currency(portfolio: tuple[FlaskClient, str]) -> None:
    client, slug = portfolio
    _, discount = discount_note_figures()

    totals = [
        tuple(cell.get_text(" ", strip=True) for cell in row.select("th, td"))
        for row in soup(get_page(client, slug)).select("table.overview tfoot tr")
    ]

    # USD carrying: 1,074,958.90 + 0 + (1,000,000 - U) + 203,989.04
    usd_carrying = D("1074958.90") + D(1000000) - discount + D("203989.04")
    assert totals == [
        ("Total HKD", "800,000.00 HKD", "2,717.81", "0.00", "802,717.81", ""),
        (
            "Total USD", "2,200,000.00 USD", "78,947.94", f"{discount:,}",
            f"{usd_carrying:,}", "",
        ),
    ]  # fmt: skip


def test_overdue_and_due_soon_notes_stand_out(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    page = soup(get_page(client, slug))

    classes = {
        str(row["data-note"]): row.get("class")
        for row in page.select("table.overview tbody tr")
    }
    assert classes["N-OVERDUE"] == ["overdue"]
    assert classes["N-DISCOUNT"] == ["due-within-12-months"]
    assert classes["N-HKD"] == ["outstanding"]
    badge = page.select_one('tr[data-note="N-OVERDUE"] span.badge')
    assert badge is not None and badge.get("class") == ["badge", "badge-overdue"]


def test_each_overview_row_leads_to_its_note(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    page = soup(get_page(client, slug))

    links = [str(a["href"]) for a in page.select("table.overview tbody a")]

    assert links == [
        "#note-N-OVERDUE",
        "#note-N-CONVERTED",
        "#note-N-HKD",
        "#note-N-DISCOUNT",
        "#note-N-MARKET",
    ]
    for link in links:
        assert page.select_one(f"section{link}") is not None, link


def test_the_overview_follows_the_time_filter(
    portfolio: tuple[FlaskClient, str],
) -> None:
    # At the end of 2023 N-CONVERTED is closed, N-OVERDUE matures that day
    # (due, not yet overdue), N-DISCOUNT is not issued. N-OVERDUE is still
    # outstanding on its maturity day, so the month-end accrual covers it:
    # 2023-01-01 -> 2024-01-01, 365 days: 60,000 x 365/365 = 60,000.00.
    client, slug = portfolio
    rows = {
        row[0]: row
        for row in table_rows(get_page(client, slug, "?time=2023"), "overview")
    }

    assert rows["N-OVERDUE"][2:5] == (
        "due within 12 months",
        "1,000,000.00 USD",
        "60,000.00",
    )
    assert rows["N-CONVERTED"][2] == "converted"
    assert rows["N-DISCOUNT"][2] == "not yet issued"


# -- each note ---------------------------------------------------------------


def test_a_closed_note_says_how_it_ended_and_offers_no_what_if(
    portfolio: tuple[FlaskClient, str],
) -> None:
    note = note_section(portfolio, "N-CONVERTED")

    assert text_of(note, "p.ending") == (
        "Closed on 2023-06-30 by its conversion: 1,024,657 shares issued, "
        "0.27 USD paid in cash."
    )
    assert note.select("td.days-to-maturity") == []
    assert note.select("form.what-if") == []


def test_an_overdue_note_is_flagged_in_its_status(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    note = section(get_page(client, slug), "N-OVERDUE")

    assert text_of(note, "td.days-to-maturity") == "-91 overdue"
    assert note.select("td.days-to-maturity span.badge-overdue")
    # the plugin's error is on the page, with its file and line
    errors = text_of(soup(get_page(client, slug)), "#note-errors")
    assert "portfolio.beancount:30: note N-OVERDUE matured on 2023-12-31" in errors


def test_a_discount_note_shows_rate_discount_and_carrying_amount(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    rate, discount = discount_note_figures()
    note = section(get_page(client, slug), "N-DISCOUNT")

    assert D(text_of(note, "td.effective-rate")) == rate == D("0.051262679244")
    assert text_of(note, "table.status td.discount") == f"{discount:,}"
    assert text_of(note, "table.status td.carrying") == f"{D(1000000) - discount:,}"
    assert text_of(note, "dd.purchase-price") == "950,000.00 USD"
    # the schedule shows the amortization and the unamortized discount
    header = [th.get_text(strip=True) for th in note.select("table.schedule th")]
    assert "Amortization" in header and "Unamortized discount" in header


def test_a_coupon_note_shows_its_next_payment(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio

    note = section(get_page(client, slug), "N-HKD")
    assert text_of(note, "td.next-payment") == (
        "2024-06-01: 8,065.75 (projected: after the books' last entry)"
    )
    # Within the books: at the end of 2023 the next payment, 2024-03-01, is
    # booked: 2023-12-01 -> 2024-03-01 is 91 days, 32,000 x 91/365 =
    # 7,978.082... -> 7,978.08.
    note = section(get_page(client, slug, "?time=2023"), "N-HKD")
    assert text_of(note, "td.next-payment") == "2024-03-01: 7,978.08"


def test_a_market_priced_note_shows_the_price_the_latest_closes_give(
    portfolio: tuple[FlaskClient, str],
) -> None:
    note = note_section(portfolio, "N-MARKET")

    assert text_of(note, "td.market-price") == "0.735"
    assert text_of(note, "td.market-prices") == (
        "2024-03-22: 1.10; 2024-03-25: 1.05; 2024-03-26: 0.98; "
        "2024-03-27: 1.02; 2024-03-28: 1.04"
    )


def test_a_market_priced_what_if_uses_and_shows_the_prices(
    portfolio: tuple[FlaskClient, str],
) -> None:
    # 100,000 converted on 2024-03-29 of 200,000: exact interest to that day,
    # 88 days, 16,000 x 88/365 = 3,857.534...; A = round(x 1/2) = 1,928.77;
    # V = 101,928.77 at 0.735 (the same five closes):
    # floor(138,678.6...) = 138,678 shares; S = 101,928.33; cash 0.44;
    # share capital round(13.8678) = 13.87; premium 101,914.46.
    client, slug = portfolio
    page = get_page(client, slug, MARKET_WHAT_IF)
    answer = what_if_answer(page)

    assert text_of(answer, "td.wi-price") == "0.735 / 0.0001"
    assert text_of(answer, "td.wi-prices") == (
        "2024-03-22: 1.10 2024-03-25: 1.05 2024-03-26: 0.98 "
        "2024-03-27: 1.02 2024-03-28: 1.04"
    )
    assert text_of(answer, "td.wi-interest") == "1,928.77"
    assert text_of(answer, "td.wi-shares") == "138,678"
    assert text_of(answer, "td.wi-share-capital") == "13.87"
    assert text_of(answer, "td.wi-premium") == "101,914.46"
    assert text_of(answer, "td.wi-cash") == "0.44"


@pytest.mark.parametrize(
    ("query", "words"),
    [
        (
            "what_if_date=2024-03-29&what_if_amount=300000.00",
            ["200000.00", "outstanding"],
        ),
        ("what_if_date=2024-02-30&what_if_amount=100.00", ["YYYY-MM-DD", "2024-02-30"]),
        ("what_if_date=2024-03-29&what_if_amount=lots", ["amount", "lots"]),
        ("what_if_date=2024-03-29&what_if_amount=0.001", ["whole cents"]),
        # fewer than five closing prices before 2024-03-25
        ("what_if_date=2024-03-25&what_if_amount=100.00", ["closing prices"]),
    ],
    ids=[
        "above-outstanding",
        "no-such-day",
        "not-a-number",
        "below-a-cent",
        "no-prices",
    ],
)
def test_what_if_errors_are_said_in_plain_words_beside_the_form(
    portfolio: tuple[FlaskClient, str], query: str, words: list[str]
) -> None:
    client, slug = portfolio
    page = get_page(client, slug, f"?what_if_note=N-MARKET&{query}")
    answer = what_if_answer(page)

    message = text_of(answer, "p.what-if-error")
    assert message.startswith("Not computed:"), message
    for word in words:
        assert word in message, (word, message)
    assert answer.select("table.what-if-result") == []
    # no traceback, no option names, no Python reprs of objects
    assert "Traceback" not in message and "--" not in message


def test_the_what_if_answer_is_beside_its_form(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    page = get_page(client, slug, MARKET_WHAT_IF)
    form = soup(page).select_one("section#note-N-MARKET form.what-if")
    assert form is not None
    # the form's target is the answer, which sits next to it
    assert form["action"] == "#what-if-answer-N-MARKET"
    assert form.parent is not None and "side-by-side" in (
        form.parent.get("class") or []
    )
    answer = form.find_next_sibling("div")
    assert answer is not None and answer.get("id") == "what-if-answer-N-MARKET"


# -- the chart -----------------------------------------------------------------


def chart_json(note: Tag) -> list[dict[str, Any]]:
    script = note.select_one('svelte-component[type="charts"] script')
    assert script is not None
    charts: list[dict[str, Any]] = json.loads(script.get_text())
    return charts


def test_the_chart_uses_favas_line_chart_and_marks_the_events(
    portfolio: tuple[FlaskClient, str],
) -> None:
    charts = chart_json(note_section(portfolio, "N-CONVERTED"))

    assert [chart["type"] for chart in charts] == ["balances", "scatterplot"]
    balances, events = charts
    assert balances["label"] == "N-CONVERTED (USD)"
    first, *_, last = balances["data"]
    # the issue: principal 500,000, nothing accrued; after the conversion
    # everything is zero
    assert first["date"] == "2023-01-01"
    assert first["balance"] == {
        "Principal": 500000.0,
        "Accrued interest": 0.0,
        "Carrying amount": 500000.0,
    }
    assert last["date"] == "2023-06-30"
    assert set(last["balance"].values()) == {0.0}
    assert events["data"] == [
        {
            "date": "2023-01-01",
            "type": "issue",
            "description": "Issued: principal 500,000.00 USD",
        },
        {
            "date": "2023-06-30",
            "type": "conversion",
            "description": "Converted into 1,024,657 shares; principal left 0.00 USD",
        },
    ]


def test_the_events_chart_marks_coupon_payments(
    portfolio: tuple[FlaskClient, str],
) -> None:
    charts = chart_json(note_section(portfolio, "N-HKD"))

    payments = [
        (point["date"], point["description"])
        for point in charts[1]["data"]
        if point["type"] == "payment"
    ]
    # 2023-03-01 -> 2023-06-01: 92 days, 32,000 x 92/365 = 8,065.75;
    # -> 2023-09-01: 92 days, 8,065.75; -> 2023-12-01: 91 days, 7,978.08;
    # -> 2024-03-01: 91 days, 7,978.08.
    assert payments == [
        ("2023-06-01", "Interest paid: 8,065.75 HKD"),
        ("2023-09-01", "Interest paid: 8,065.75 HKD"),
        ("2023-12-01", "Interest paid: 7,978.08 HKD"),
        ("2024-03-01", "Interest paid: 7,978.08 HKD"),
    ]


# -- incognito -----------------------------------------------------------------

FIGURE = re.compile(r"\d[\d,]*\.\d{2}")


def visible_text(page: str) -> str:
    """What a person reads: the page without its scripts and styles."""
    document = soup(page)
    for hidden in document.select("script, style"):
        hidden.decompose()
    return document.get_text(" ", strip=True)


def test_incognito_hides_every_figure_on_the_page() -> None:
    app = fava_app([PORTFOLIO], incognito=True)
    client = app.test_client()
    slug = client.get("/").headers["Location"].strip("/").split("/")[0]
    page = get_page(client, slug, MARKET_WHAT_IF)

    text = visible_text(page)
    # Amounts in cents are all hidden: the overview, status, schedule and
    # what-if. (Dates stay, as in the rest of Fava.)
    assert FIGURE.findall(text) == [], FIGURE.findall(text)[:5]
    assert "X,XXX,XXX.XX USD" in text  # N-OVERDUE's principal
    assert "XXX,XXX" in text_of(soup(page), "td.wi-shares")
    note = section(page, "N-CONVERTED")
    assert text_of(note, "p.ending") == (
        "Closed on 2023-06-30 by its conversion: X,XXX,XXX shares issued, "
        "X.XX USD paid in cash."
    )
    # the events chart's tooltips are text: hidden too (Fava's own chart
    # formatting hides the line chart's numbers)
    descriptions = [point["description"] for point in chart_json(note)[1]["data"]]
    assert descriptions == [
        "Issued: principal XXX,XXX.XX USD",
        "Converted into X,XXX,XXX shares; principal left X.XX USD",
    ]


def test_without_incognito_the_same_figures_show(
    portfolio: tuple[FlaskClient, str],
) -> None:
    # The counterpart of the test above: the pattern does find the figures.
    client, slug = portfolio
    text = visible_text(get_page(client, slug))

    assert "1,000,000.00 USD" in text
    assert len(FIGURE.findall(text)) > 100


# -- the audit package ---------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (
            "from=2023-01-01&to=2023-12-31",
            "the books cover the period to 2023-06-30 (their last entry is on "
            "2023-06-30): a period to 2023-12-31 is not covered",
        ),
        (
            "from=2021-01-01&to=2021-12-31",
            "the books begin on 2022-01-01: a period to 2021-12-31 is before them",
        ),
        (
            "from=2023-01-01&to=2022-12-31",
            "the period starts on 2023-01-01, after its end 2022-12-31",
        ),
        (
            "from=&to=2022-12-31",
            "Enter both dates of the period (from and to) as YYYY-MM-DD.",
        ),
    ],
    ids=["after-the-books", "before-the-books", "reversed", "missing-date"],
)
def test_the_download_refuses_a_period_the_books_do_not_cover(
    period: str, message: str
) -> None:
    client, slug = client_for(MAIN)

    response = client.get(f"/{slug}/extension/ConvertibleNotes/audit_package?{period}")

    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert response.json == {"error": message}


def test_the_download_form_reads_as_a_sentence(
    portfolio: tuple[FlaskClient, str],
) -> None:
    client, slug = portfolio
    form = soup(get_page(client, slug)).select_one("form.audit-package")
    assert form is not None

    assert " ".join(form.get_text(" ", strip=True).split()) == (
        "Audit package (ADS files, schedules, workbook and checks) for the "
        "period from to Download .zip"
    )
    assert form.select_one(".audit-status[role=status]") is not None


def test_the_page_loads_its_script_module(portfolio: tuple[FlaskClient, str]) -> None:
    # The download's feedback comes from plugins/fava_notes/ConvertibleNotes.js,
    # which Fava serves for the extension.
    client, slug = portfolio

    response = client.get(f"/{slug}/extension_js_module/ConvertibleNotes.js")

    assert response.status_code == 200
    script = response.get_data(as_text=True)
    assert "onExtensionPageLoad" in script
    assert "Building the audit package" in script
