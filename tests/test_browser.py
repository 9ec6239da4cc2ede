"""The books in Fava, end to end, in a real headless Chromium.

A real ``books serve`` process serves the illustrative books of
``tests/data/books/main.beancount``; Debian's
Chromium (``/usr/bin/chromium``, never a downloaded browser) is driven with
Playwright. The tests read what a person sees: Fava's balance sheet for 2022,
the Convertible notes page, the what-if form and the note's journal. A
full-page screenshot of every step goes to ``tests/artifacts/``.

Expected numbers are worked out by hand from the language reference
(plugins/convertible_note/README.md);
see tests/test_fava.py for the day-count table:

- accrued at 2022-12-31: 3,000,000 x 0.07 x 16/365 = 9,205.479... -> 9,205.48
- what-if, 1,200,000.00 on 2023-06-30: exact accrued before that day
  3,000,000 x 0.07 x 196/365 = 112,767.1232...; A = round(x 0.4) = 45,106.85;
  V = 1,245,106.85; shares = floor(V / 12.00) = 103,758; S = 1,245,096.00;
  cash in lieu 10.85; share capital round(103,758 x 0.00001) = 1.04;
  premium 1,245,094.96.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Protocol
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from playwright.sync_api import sync_playwright

from tests.conftest import BOOKS_NOTE_DATES
from tests.conftest import NOTE_ID
from tests.conftest import free_port
from tests.conftest import serve_books
from tests.conftest import stop

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Mapping

    from playwright.sync_api import Browser
    from playwright.sync_api import Locator
    from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_CHROMIUM = (
    f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
    "Install it with `apt-get install chromium` (as root; .ci/run does this), "
    "then run the tests again."
)
SERVER_START_SECONDS = 30
WIDTH = 1280
HEIGHT = 800

NOTE_ACCOUNT = "Liabilities:Current:ConvertibleNotes:Aenco"
INTEREST_ACCOUNT = "Liabilities:Current:AccruedInterest:Aenco"


# -- the server and the browser ------------------------------------------------


def _wait_for_fava(process: subprocess.Popen[bytes], base: str, log: Path) -> str:
    """Poll ``base/`` until Fava answers; the ledger's slug from the redirect."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"books serve exited with {process.returncode}:\n{log.read_text()}"
            )
        try:
            with urllib.request.urlopen(f"{base}/", timeout=2) as response:
                path = str(urlsplit(response.geturl()).path)
                return path.strip("/").split("/")[0]
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(
        f"Fava did not answer on {base} within {SERVER_START_SECONDS} s:\n"
        f"{log.read_text()}"
    )


def _serve(ledger: str, log: Path) -> Iterator[str]:
    """``books serve`` of ``ledger`` on a free port: the URL of its ledger."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as output:
        process = serve_books(ledger, port, output, cwd=ROOT)
    try:
        slug = _wait_for_fava(process, base, log)
        yield f"{base}/{slug}"
    finally:
        stop(process)


@pytest.fixture(scope="module")
def fava(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The illustrative books of tests/data/books, served."""
    log = tmp_path_factory.mktemp("fava") / "serve.log"
    yield from _serve("tests/data/books/main.beancount", log)


@pytest.fixture(scope="module")
def real_books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Aptorum's books (ledger/main.beancount), served as the README's first
    command serves them."""
    log = tmp_path_factory.mktemp("fava-books") / "serve.log"
    yield from _serve("ledger/main.beancount", log)


def _install_chromium() -> None:
    """Install Debian's Chromium when the tests run as root on Debian, so the
    README's test command works on a fresh machine (as .ci/run does)."""
    apt = shutil.which("apt-get")
    if CHROMIUM.exists() or apt is None or os.geteuid() != 0:
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in ([apt, "update", "-qq"], [apt, "install", "-y", "-qq", "chromium"]):
        subprocess.run(command, env=env, capture_output=True, check=False, timeout=900)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser | None]:
    """Debian's Chromium, headless; None when it is not installed."""
    _install_chromium()
    if not CHROMIUM.exists():
        yield None
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


class OpenPage(Protocol):
    """Opens a page of that size at ``url``."""

    def __call__(self, url: str, width: int = ..., height: int = ...) -> Page: ...


@pytest.fixture
def open_page(chromium: Browser | None) -> Iterator[OpenPage]:
    """Opens fresh pages of a size at a URL, closed after the test; the test
    fails (not skips) when Chromium is missing."""
    pages: list[Page] = []

    def open_at(url: str, width: int = WIDTH, height: int = HEIGHT) -> Page:
        if chromium is None:
            pytest.fail(MISSING_CHROMIUM)
        page = chromium.new_page(viewport={"width": width, "height": height})
        page.set_default_timeout(15_000)
        page.goto(url)
        pages.append(page)
        return page

    yield open_at
    for page in pages:
        page.close()


def expect_texts(scope: Locator, texts: Mapping[str, str]) -> None:
    """Each element found by a selector inside ``scope`` shows its text."""
    for selector, text in texts.items():
        expect(scope.locator(selector)).to_have_text(text)


def ask_what_if(page: Page, form: Locator, date: str, amount: str) -> None:
    """Fill in the what-if form and send it, as a person does."""
    form.locator('input[name="what_if_date"]').fill(date)
    form.locator('input[name="what_if_amount"]').fill(amount)
    with page.expect_navigation():
        form.locator('button[type="submit"]').click()


def screenshot(page: Page, name: str) -> None:
    """A full-page PNG in tests/artifacts/.

    Fava scrolls its report inside ``<article>``, so a full-page shot of the
    window would cut it: the window is first made as tall as the report.
    """
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": WIDTH, "height": HEIGHT}
    height = page.evaluate(
        """() => {
            const article = document.querySelector("article");
            if (!article) return document.documentElement.scrollHeight;
            const top = article.getBoundingClientRect().top;
            return Math.ceil(top + article.scrollHeight);
        }"""
    )
    page.set_viewport_size(
        {"width": size["width"], "height": max(size["height"], int(height))}
    )
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    page.set_viewport_size(size)


def tree_row(page: Page, account: str) -> tuple[str, list[str]]:
    """The balance a person reads on an account's row of Fava's tree, and
    the accounts the row is nested under (outermost first)."""
    name = page.locator(f'span[data-account-name="{account}"]')
    expect(name).to_have_count(1)
    row = page.locator(f'p:has(> span[data-account-name="{account}"])')
    amount = row.locator("span.num").first.inner_text().strip()
    parents: list[str] = name.evaluate(
        """(span) => {
            const names = [];
            let item = span.closest("li").parentElement.closest("li");
            while (item) {
                const own = item.querySelector(":scope > p > span[data-account-name]");
                if (own) names.unshift(own.dataset.accountName);
                item = item.parentElement.closest("li");
            }
            return names;
        }"""
    )
    return amount, parents


# -- the steps -------------------------------------------------------------------


def test_first_screen_is_the_published_balance_sheet(
    open_page: OpenPage, real_books: str
) -> None:
    """The README's first command opens Fava on the balance sheet at 31 Dec
    2022; its totals and cash are those of the published statements (press
    release of 21 Dec 2023: total assets 20,867,371 and cash 1,882,545;
    total liabilities 13,034,066 and total equity 7,833,305 [AI])."""
    page = open_page(real_books.rsplit("/", 1)[0] + "/")
    expect(page.locator('span[data-account-name="Assets"]').first).to_be_visible()
    assert "/balance_sheet/" in page.url
    assert "time=2022" in page.url
    screenshot(page, "0-first-screen-published-balance-sheet")
    assert tree_row(page, "Assets")[0] == "20,867,371.00"
    assert tree_row(page, "Liabilities")[0] == "13,034,066.00"
    assert tree_row(page, "Equity")[0] == "7,833,305.00"
    assert tree_row(page, "Assets:Bank:Operating")[0] == "1,882,545.00"


def test_balance_sheet_for_2022_shows_the_note(open_page: OpenPage, fava: str) -> None:
    page = open_page(f"{fava}/balance_sheet/?time=2022")

    expect(page.locator(f'span[data-account-name="{NOTE_ACCOUNT}"]')).to_be_visible()
    screenshot(page, "1-balance-sheet-2022")

    # Liabilities shown positive (invert-income-liabilities-equity), en_US
    # thousands separators (the ledger's Fava locale).
    principal, principal_parents = tree_row(page, NOTE_ACCOUNT)
    interest, interest_parents = tree_row(page, INTEREST_ACCOUNT)
    assert principal == "3,000,000.00"
    # 3,000,000 x 0.07 x 16/365 = 9,205.479... -> 9,205.48
    assert interest == "9,205.48"
    # a person finds the note under Liabilities, Current
    assert principal_parents == [
        "Liabilities",
        "Liabilities:Current",
        "Liabilities:Current:ConvertibleNotes",
    ]
    assert interest_parents == [
        "Liabilities",
        "Liabilities:Current",
        "Liabilities:Current:AccruedInterest",
    ]


def test_notes_page_status_and_what_if_form(open_page: OpenPage, fava: str) -> None:
    page = open_page(f"{fava}/extension/ConvertibleNotes/?time=2022")

    section = page.locator(f"#note-{NOTE_ID}")
    expect(section.locator("td.outstanding")).to_have_text("3,000,000.00")
    screenshot(page, "2-notes-2022")

    expect(page.locator("#as-of")).to_have_text("2022-12-31")
    expect_texts(
        section,
        {
            "td.accrued": "9,205.48",
            # 3,000,000.00 + 9,205.48
            "td.carrying": "3,009,205.48",
            "td.classification": "current",
            # 2022-12-31 -> 2023-12-16
            "td.days-to-maturity": "350",
        },
    )

    form = section.locator("form.what-if")
    ask_what_if(page, form, "2023-06-30", "1200000.00")
    result = section.locator("table.what-if-result")
    expect(result).to_be_visible()
    screenshot(page, "3-what-if")

    query = parse_qs(urlsplit(page.url).query)
    assert query["what_if_date"] == ["2023-06-30"]
    assert query["what_if_amount"] == ["1200000.00"]
    expect_texts(
        result,
        {
            "td.wi-interest": "45,106.85",
            "td.wi-value": "1,245,106.85",
            "td.wi-shares": "103,758",
            "td.wi-share-capital": "1.04",
            "td.wi-premium": "1,245,094.96",
            "td.wi-cash": "10.85",
        },
    )


def test_what_if_form_keeps_the_time_filter(open_page: OpenPage, fava: str) -> None:
    # A person looking at the status at the end of 2022 asks a what-if: the
    # page must answer it without dropping the period they selected in Fava's
    # time filter (the status above the form is "at the end of the period
    # selected in the time filter").
    page = open_page(f"{fava}/extension/ConvertibleNotes/?time=2022")
    form = page.locator(f"#note-{NOTE_ID} form.what-if")

    ask_what_if(page, form, "2023-06-30", "1200000.00")
    expect(page.locator("td.wi-shares")).to_have_text("103,758")
    screenshot(page, "5-what-if-time-filter")

    assert parse_qs(urlsplit(page.url).query).get("time") == ["2022"], page.url
    expect(page.locator("#as-of")).to_have_text("2022-12-31")


def test_journal_link_shows_the_notes_entries(open_page: OpenPage, fava: str) -> None:
    page = open_page(f"{fava}/extension/ConvertibleNotes/")

    with page.expect_navigation():
        page.locator(f"#note-{NOTE_ID} a.journal-link").click()
    entries = page.locator("ol.journal > li.transaction")
    # 1 issue + 7 month-end accruals, generated, + the hand-written release of
    # proceeds on 2023-02-22 (ledger/2023.beancount)
    expect(entries).to_have_count(9)
    screenshot(page, "4-journal")

    href = urlsplit(page.url)
    assert href.path.endswith("/journal/")
    assert parse_qs(href.query)["filter"] == [f"^{NOTE_ID}"]
    expect(page.get_by_placeholder("Filter by tag, payee, …")).to_have_value(
        f"^{NOTE_ID}"
    )
    dates = entries.locator(":scope > p > span.datecell").all_inner_texts()
    assert sorted(date.strip() for date in dates) == BOOKS_NOTE_DATES
    links = entries.locator(":scope > p span.link").all_inner_texts()
    assert [link.strip() for link in links] == [f"^{NOTE_ID}"] * 9
    events = entries.locator(
        ':scope > p span.metadata-indicator[title^="note-event:"]'
    ).evaluate_all("spans => spans.map(span => span.title)")
    assert sorted(events) == ["note-event: accrual"] * 7 + ["note-event: issue"]


# -- the notes page at two screen sizes -----------------------------------------

SCREENS = [(1366, 768), (1920, 1080)]
#: Run a test once on each screen of SCREENS.
EACH_SCREEN = pytest.mark.parametrize(
    ("width", "height"), SCREENS, ids=["1366x768", "1920x1080"]
)


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Five notes at once (tests/data/fava/portfolio.beancount), served."""
    log = tmp_path_factory.mktemp("fava-portfolio") / "serve.log"
    yield from _serve("tests/data/fava/portfolio.beancount", log)


@pytest.fixture
def notes_page(open_page: OpenPage, portfolio: str, width: int, height: int) -> Page:
    """The five notes' Convertible notes page, on the test's screen."""
    return open_page(f"{portfolio}/extension/ConvertibleNotes/", width, height)


def horizontal_overflow(page: Page) -> dict[str, int]:
    """How far the page, and Fava's scrolling report area, are wider than
    the window (0: no horizontal scroll bar)."""
    overflow: dict[str, int] = page.evaluate(
        """() => {
            const root = document.documentElement;
            const article = document.querySelector("article");
            return {
                page: root.scrollWidth - root.clientWidth,
                article: article ? article.scrollWidth - article.clientWidth : 0,
            };
        }"""
    )
    return overflow


def in_viewport(page: Page, selector: str) -> bool:
    """Whether the element is wholly inside the window as it is scrolled."""
    inside: bool = page.locator(selector).evaluate(
        """(element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.left >= 0
                && box.bottom <= window.innerHeight
                && box.right <= window.innerWidth;
        }"""
    )
    return inside


@EACH_SCREEN
def test_overview_fits_the_screen_and_reads(
    notes_page: Page, width: int, height: int
) -> None:
    overview = notes_page.locator("table.overview")
    expect(overview).to_be_visible()
    # Fava's line chart has drawn its lines
    expect(
        notes_page.locator("#note-N-HKD .chart-wrapper svg path").first
    ).to_be_attached()
    screenshot(notes_page, f"6-notes-overview-{width}x{height}")

    assert horizontal_overflow(notes_page) == {"page": 0, "article": 0}
    # the overview is on the first screen, above every note's detail
    assert in_viewport(notes_page, "table.overview tbody tr[data-note='N-OVERDUE']")
    overdue = overview.locator("tr[data-note='N-OVERDUE']")
    expect(overdue.locator("span.badge")).to_have_text("overdue")
    expect(overdue.locator("td").nth(3)).to_have_text("1,000,000.00 USD")
    # (hand-worked in tests/test_fava_page.py)
    expect(overview.locator("tfoot tr[data-currency='USD'] td").nth(1)).to_have_text(
        "78,947.94"
    )
    # the overdue row stands out: a coloured background
    colours = overdue.locator("td").first.evaluate(
        "(cell) => getComputedStyle(cell).backgroundColor"
    )
    assert colours not in ("rgba(0, 0, 0, 0)", "transparent"), colours
    # the schedule scrolls inside its own box, not the page
    schedule_box = notes_page.locator("#note-N-DISCOUNT div.scroll:has(table.schedule)")
    scrolls = schedule_box.evaluate("(box) => getComputedStyle(box).overflowX")
    assert scrolls == "auto"


@EACH_SCREEN
def test_the_chart_has_a_legend_and_ticks(
    notes_page: Page, width: int, height: int
) -> None:
    note = notes_page.locator("#note-N-HKD")
    chart = note.locator(".chart-wrapper svg").first
    expect(chart).to_be_visible()
    note.scroll_into_view_if_needed()
    chart.scroll_into_view_if_needed()
    screenshot(notes_page, f"7-notes-chart-{width}x{height}")

    legend = note.locator("svelte-component").first.inner_text()
    for name in ("Principal", "Accrued interest", "Carrying amount"):
        assert name in legend, legend
    # Fava's "At Cost" and "Monthly" choices would change nothing here
    assert "At Cost" not in legend and "Monthly" not in legend, legend
    combos = note.locator("svelte-component").first.locator("button[role=combobox]")
    assert combos.count() == 2  # Fava still renders them, hidden
    for index in range(combos.count()):
        expect(combos.nth(index)).to_be_hidden()
    ticks = chart.locator("g.tick text").all_text_contents()
    # a tick per period on the time axis, amounts on the other
    assert len(ticks) >= 8, ticks
    assert any("800" in tick for tick in ticks), ticks
    # the chart fits the page
    box = chart.bounding_box()
    assert box is not None and box["width"] <= width

    # The events chart marks the issue and the four coupon payments (hand-
    # worked in tests/test_fava_page.py), a row of dots per kind.
    note.get_by_text("N-HKD: events").click()
    events = note.locator(".chart-wrapper svg").first
    expect(events.locator("circle")).to_have_count(5)
    rows = events.locator("g.tick text").all_text_contents()
    assert {"issue", "payment"} <= set(rows), rows
    note.locator("svelte-component").first.screenshot(
        path=ARTIFACTS / f"7-notes-events-chart-{width}x{height}.png"
    )


@EACH_SCREEN
def test_what_if_answer_is_in_view_after_compute(
    notes_page: Page, width: int, height: int
) -> None:
    form = notes_page.locator("#note-N-MARKET form.what-if")
    form.scroll_into_view_if_needed()
    ask_what_if(notes_page, form, "2024-03-29", "100000.00")
    result = notes_page.locator("#what-if-answer-N-MARKET table.what-if-result")
    expect(result).to_be_visible()
    # the page settles where the answer is (no jump to the top)
    notes_page.wait_for_function(
        """() => {
            const box = document.querySelector("#what-if-answer-N-MARKET")
                .getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
        }""",
        timeout=5_000,
    )
    screenshot_in_view(notes_page, f"8-what-if-in-view-{width}x{height}")

    assert in_viewport(notes_page, "#what-if-answer-N-MARKET")
    # beside the form: the same band of the page
    form_box = notes_page.locator("#note-N-MARKET form.what-if").bounding_box()
    answer_box = notes_page.locator("#what-if-answer-N-MARKET").bounding_box()
    assert form_box is not None and answer_box is not None
    assert answer_box["x"] > form_box["x"] + form_box["width"] - 1
    # hand-worked in tests/test_fava_page.py
    expect(result.locator("td.wi-shares")).to_have_text("138,678")
    expect(result.locator("td.wi-price")).to_have_text("0.735 / 0.0001")
    assert horizontal_overflow(notes_page) == {"page": 0, "article": 0}


def screenshot_in_view(page: Page, name: str) -> None:
    """The window as the person sees it (not the whole page)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png")


STATUS_LOG = """() => {
    window.statuses = [];
    const status = document.querySelector("form.audit-package .audit-status");
    new MutationObserver(() => window.statuses.push(status.textContent))
        .observe(status, { childList: true, characterData: true, subtree: true });
}"""


def test_download_says_what_it_does(open_page: OpenPage, fava: str) -> None:
    page = open_page(f"{fava}/extension/ConvertibleNotes/?time=2022", 1366, 768)
    form = page.locator("form.audit-package")
    status = form.locator(".audit-status")
    page.evaluate(STATUS_LOG)

    with page.expect_download() as download_info:
        form.locator('button[type="submit"]').click()
    download = download_info.value
    expect(status).to_have_text("Saved audit-2022-01-01-2022-12-31.zip.")
    screenshot_in_view(page, "9-download-saved")

    assert download.suggested_filename == "audit-2022-01-01-2022-12-31.zip"
    statuses = page.evaluate("() => window.statuses")
    assert statuses[0] == "Building the audit package… this can take a few seconds."
    assert statuses[-1] == "Saved audit-2022-01-01-2022-12-31.zip."
    # the page did not navigate away
    assert "/extension/ConvertibleNotes/" in page.url

    # A period the books do not cover (they end on 2023-06-30): refused, in
    # the words `books export` uses, on the page.
    form.locator('input[name="to"]').fill("2023-12-31")
    form.locator('button[type="submit"]').click()
    expect(status).to_have_text(
        "Not built: the books cover the period to 2023-06-30 (their last entry "
        "is on 2023-06-30): a period to 2023-12-31 is not covered"
    )
    screenshot_in_view(page, "10-download-refused")


def test_an_event_links_to_its_entry_in_fava(open_page: OpenPage, fava: str) -> None:
    page = open_page(f"{fava}/extension/ConvertibleNotes/", 1366, 768)

    page.locator(f"#note-{NOTE_ID} a.event-link").first.click()

    # Fava's entry overlay, with the directive's source and its location
    overlay = page.get_by_role("dialog")
    expect(overlay).to_be_visible()
    expect(overlay).to_contain_text(
        '2023-01-23 custom "convertible-note-adjust" "APM-2022-AENCO"'
    )
    expect(overlay).to_contain_text("convertible-notes.beancount:115")
    screenshot_in_view(page, "11-event-context")
