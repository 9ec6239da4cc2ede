"""The audit package re-performs: every piece of the interest computation of
any note (compounding, daily, at amortized cost, with payments) is checked
from the recalculation's own columns, and every schedule row names the GL
journal that posts its amounts, also when events fall on month-ends.

Expected figures are the ledger's hand-checkable facts (the note's terms);
the check under test (plugins/books/export/reperform.py) computes its own day
counts and never reads the plugin's numbers."""

from __future__ import annotations

import csv
import datetime
import tempfile
from collections import defaultdict
from decimal import Decimal
from decimal import localcontext
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from plugins.books.cli import main
from plugins.books.export import reperform
from tests.conftest import add_months
from tests.deal_terms import deal_ledger
from tests.deal_terms import deal_note

D = Decimal


def export(ledger: Path, out: Path, start: str, end: str) -> int:
    result = CliRunner().invoke(
        main,
        [
            *("export", "--from", start, "--to", end),
            *("-o", str(out), "--force", "--ledger", str(ledger)),
        ],
    )
    return result.exit_code


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def checks(out: Path) -> dict[str, str]:
    return {row["check"]: row["status"] for row in read_csv(out / "checks.csv")}


def typed(row: dict[str, str]) -> dict[str, object]:
    """A CSV row as the export wrote it: dates, Decimals, None for blank."""
    values: dict[str, object] = {}
    for name, text in row.items():
        if text == "":
            values[name] = None
        elif name in ("entry_date", "piece_start", "piece_end"):
            values[name] = datetime.date.fromisoformat(text)
        elif name in ("note", "row_type", "day_count", "compounding", "journal_id"):
            values[name] = text
        else:
            try:
                values[name] = D(text)
            except ArithmeticError:
                values[name] = text
    return values


NOTES = (
    # A monthly-compounding note, a daily one on 30/360 and a discount note
    # with quarterly coupons: each kind of piece the computation has.
    deal_note(
        "2024-01-15",
        "MONTHLY",
        rate="0.09",
        compounding='"monthly"',
        maturity="2025-06-15",
        discount_account=None,
    ),
    deal_note(
        "2024-02-28",
        "DAILY",
        rate="0.07",
        compounding='"daily"',
        day_count='"30/360"',
        maturity="2025-06-28",
        discount_account=None,
    ),
    deal_note(
        note_id="OID",
        rate="0.06",
        purchase_price="960000.00 USD",
        issue_costs="15000.00 USD",
        interest_payment='"quarterly"',
        maturity="2025-03-31",
    ),
)


def test_every_kind_of_piece_re_performs(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    ledger.write_text(
        deal_ledger(
            *NOTES,
            '2024-06-30 custom "convertible-note-convert" "MONTHLY" 250000.00 USD\n',
            '2024-09-30 custom "convertible-note-repay" "OID" 200000.00 USD\n'
            "  price: 205000.00 USD\n",
            through="2024-12-31",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "package"
    assert export(ledger, out, "2024-01-01", "2024-12-31") == 0
    assert set(checks(out).values()) == {"PASS"}
    rows = read_csv(out / "schedules" / "Interest_Recalculation.csv")
    pieces = [row for row in rows if row["row_type"] == "piece"]
    by_note: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in pieces:
        by_note[row["note"]].append(row)
    # Daily compounding shows its growth factor; the others do not.
    assert all(row["growth_factor"] for row in by_note["DAILY"])
    assert not any(row["growth_factor"] for row in by_note["MONTHLY"])
    # The discount note shows its effective rate, carrying balance and
    # amortization on every piece before its maturity.
    assert all(
        row["effective_rate"] and row["carrying_balance"] and row["amortization_exact"]
        for row in by_note["OID"]
    )
    # Monthly compounding: the balance grows at each anniversary (the 15th):
    # a month at 9 %, 1,000,000 x 0.09 x 31/365 = 7,643.835616... joins it.
    balances = [D(row["interest_bearing_balance"]) for row in by_note["MONTHLY"]]
    assert balances[0] == balances[1] == D("1000000.0000000000")
    assert balances[2] == D("1007643.8356164384")
    # Pieces split at the anniversaries and at month-ends: 2024-01-15..31,
    # then 2024-02-01..14, 2024-02-15..29, ...
    assert [
        (row["piece_start"], row["piece_end"]) for row in by_note["MONTHLY"][:3]
    ] == [
        ("2024-01-15", "2024-01-31"),
        ("2024-02-01", "2024-02-14"),
        ("2024-02-15", "2024-02-29"),
    ]
    # 30/360 counts 2024-02-28..29 as 3 days (to 1 March: 30 + 1 - 28);
    # growth (1 + 0.07/360)^3.
    first = by_note["DAILY"][0]
    assert (first["piece_start"], first["piece_end"], first["days"]) == (
        "2024-02-28",
        "2024-02-29",
        "3",
    )
    with localcontext() as context:
        context.prec = 60
        expected = ((1 + D("0.07") / 360) ** 3).quantize(D("1e-30"))
    assert D(first["growth_factor"]) == expected


def test_a_tampered_row_does_not_re_perform(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    ledger.write_text(deal_ledger(*NOTES, through="2024-12-31"), encoding="utf-8")
    out = tmp_path / "package"
    assert export(ledger, out, "2024-01-01", "2024-12-31") == 0
    rows = [
        typed(row) for row in read_csv(out / "schedules" / "Interest_Recalculation.csv")
    ]
    assert reperform.problems(rows) == []
    # One cent more interest in one piece, or a fraction of another basis.
    piece = next(i for i, row in enumerate(rows) if row["row_type"] == "piece")
    tampered = dict(rows[piece])
    tampered["interest_exact"] = D(str(tampered["interest_exact"])) + D("0.01")
    found = reperform.problems([*rows[:piece], tampered, *rows[piece + 1 :]])
    assert any("interest re-performed" in problem for problem in found)
    # The entry that follows no longer adds up to its pieces either.
    assert any("add up to" in problem for problem in found) or piece == 0
    other = dict(rows[piece])
    other["day_count"] = "ACT/360" if other["day_count"] != "ACT/360" else "ACT/365"
    found = reperform.problems([*rows[:piece], other, *rows[piece + 1 :]])
    assert any("day-count fraction" in problem for problem in found)


@st.composite
def month_end_books(draw: st.DrawFn) -> str:
    """A note with conversions and repayments on month-ends (two accruals
    on one day) and, sometimes, a discount and coupons."""
    issue = datetime.date(2024, 1, 1) + datetime.timedelta(
        days=draw(st.integers(0, 60))
    )
    maturity = add_months(issue, 24)
    fields: dict[str, str | None] = {
        "rate": str(D(draw(st.integers(1, 150))).scaleb(-3)),
        "maturity": maturity.isoformat(),
        "compounding": draw(st.sampled_from(['"none"', '"daily"', '"monthly"'])),
        "interest_payment": draw(st.sampled_from(['"maturity"', '"quarterly"'])),
    }
    if draw(st.booleans()):
        fields["purchase_price"] = "970000.00 USD"
    else:
        fields["discount_account"] = None
    events = []
    for month in sorted(draw(st.sets(st.integers(2, 10), min_size=1, max_size=3))):
        day = add_months(datetime.date(issue.year, issue.month, 1), month + 1)
        day -= datetime.timedelta(days=1)  # a month-end
        kind = draw(st.sampled_from(["convert", "repay"]))
        events.append(f'{day} custom "convertible-note-{kind}" "N" 100000.00 USD\n')
    return deal_ledger(
        deal_note(issue.isoformat(), **fields), *events, through="2024-12-31"
    )


@settings(max_examples=25, deadline=None)
@given(month_end_books())
def test_month_end_events_tie_to_their_journals(
    tmp_path_factory: object, text: str
) -> None:
    from pathlib import Path  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        ledger = Path(folder) / "books.beancount"
        ledger.write_text(text, encoding="utf-8")
        out = Path(folder) / "package"
        assert export(ledger, out, "2024-01-01", "2024-12-31") == 0
        assert set(checks(out).values()) == {"PASS"}, checks(out)


@settings(max_examples=25, deadline=None)
@given(
    last=st.dates(datetime.date(2023, 1, 15), datetime.date(2024, 12, 31)),
    after=st.integers(1, 800),
)
def test_an_export_never_passes_on_books_that_end_before_its_period(
    last: datetime.date, after: int
) -> None:
    """Books whose last entry is ``last`` cover the period to the end of its
    month; any period ending later is refused, whatever its start."""
    month_end = add_months(datetime.date(last.year, last.month, 1), 1)
    month_end -= datetime.timedelta(days=1)
    end = month_end + datetime.timedelta(days=after)
    text = deal_ledger(
        deal_note("2023-01-02", maturity="2030-01-02", discount_account=None),
        f'{last} * "Bank" "Fee"\n  Assets:Bank  -1.00 USD\n  Equity:Capital\n',
    )
    with tempfile.TemporaryDirectory() as folder:
        ledger = Path(folder) / "books.beancount"
        ledger.write_text(text, encoding="utf-8")
        out = Path(folder) / "package"
        for start in (datetime.date(2023, 1, 1), end.replace(day=1)):
            assert export(ledger, out, start.isoformat(), end.isoformat()) == 1
            assert not out.exists()
        # The period the books do cover exports.
        assert export(ledger, out, "2023-01-01", month_end.isoformat()) == 0
