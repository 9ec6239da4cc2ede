"""Properties of the note plugin over random notes and random legal events.

Each example is a complete ledger written as text, with the real ``plugin``
line, loaded with ``beancount.loader``: a random note (every day count,
compounding mode and interest-on-conversion policy, with and without a
non-current account, principal 0.01 to 10^9, rate 0 to 0.3, issue dates on
the 29th to 31st and on 29 February, terms from one month to a hundred years,
conversion prices from 0.0001 to 10^6 with par <= price) and a random *legal*
sequence of events: conversions below the outstanding principal, adjustments,
extensions dated on or before the maturity in force to a later date, and
usually a final settlement (any method; a mixed settlement pays at most the
outstanding principal in cash, so never more than is owed) or a conversion of
everything outstanding. Every expectation comes from the language reference
(plugins/convertible_note/README.md), never from the
plugin's code.

The number of examples comes from the Hypothesis profile chosen with the
environment variable ``HYPOTHESIS_PROFILE`` (registered in ``conftest.py``):
``ci`` (the default: bounded and derandomized, so CI is deterministic and the
two property files run in well under a minute) or ``long`` (2000 examples a
test, random)::

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py tests/test_fuzz.py

Add ``--hypothesis-show-statistics`` to see how many examples each test ran.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import itertools
import math
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from decimal import localcontext
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING
from typing import TypedDict

from beancount import loader
from beancount.core import data
from beancount.core.amount import Amount
from beancount.parser import printer
from hypothesis import event as label
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from tests.chart import CAPITAL
from tests.chart import CASH
from tests.chart import CURRENT
from tests.chart import EXPENSE
from tests.chart import FEES
from tests.chart import INTEREST
from tests.chart import NONCURRENT
from tests.chart import NOTE_ACCOUNTS
from tests.chart import PREMIUM
from tests.chart import definition
from tests.conftest import number

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Sequence


NOTE = "CN-PROP-1"
USD = "USD"
ACCOUNTS = NOTE_ACCOUNTS
OPEN_DATE = "1990-01-01"
PLUGIN = 'plugin "plugins.convertible_note"'

DAY_COUNTS = ("ACT/365", "ACT/360", "30/360", "ACT/ACT")
COMPOUNDINGS = ("none", "daily", "monthly", "quarterly", "annually")
POLICIES = ("shares", "cash", "forfeit")
ONE_DAY = datetime.timedelta(days=1)

#: Prices and par values are drawn in units of 10^-8 of a currency unit.
PRICE_PLACES = 8
MIN_PRICE_UNITS = 10**4  # 0.0001
MAX_PRICE_UNITS = 10**14  # 1,000,000


def scaled(fraction: float) -> int:
    """A share of the profile's example budget (some tests load 3-5 ledgers)."""
    return max(5, int(settings().max_examples * fraction))


def text_of(number: Decimal) -> str:
    """A Decimal as ledger text: plain digits, never an exponent."""
    return format(number.normalize(), "f") if number else "0"


def cents(units: int) -> Decimal:
    return Decimal(units).scaleb(-2)


def price_of(units: int) -> Decimal:
    return Decimal(units).scaleb(-PRICE_PLACES)


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def is_month_end(date: datetime.date) -> bool:
    return date == month_end(date.year, date.month)


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Same day ``months`` later; a day that month lacks becomes its last."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(start.day, last))


def one_year_after(date: datetime.date) -> datetime.date:
    """the reference, "Current and non-current": the same day a year later; a month-
    end's month-end."""
    if is_month_end(date):
        return month_end(date.year + 1, date.month)
    return datetime.date(date.year + 1, date.month, date.day)


def rhu(value: Fraction) -> Fraction:
    """round_half_up to the cent of a non-negative exact value."""
    assert value >= 0
    return Fraction(math.floor(value * 100 + Fraction(1, 2)), 100)


# --------------------------------------------------------------------------
# The random ledgers.


class State(TypedDict):
    """The note just before an event applies."""

    outstanding: Decimal
    price_in_force: Decimal
    par_in_force: Decimal


@dataclass(frozen=True)
class Event:
    """One legal event, with the note's terms in force when it applies."""

    kind: str  # convert, adjust, extend, settle
    date: datetime.date
    amount: Decimal | None = None  # convert: principal; settle mixed: cash
    method: str | None = None  # settle
    new_maturity: datetime.date | None = None  # extend
    price: Decimal | None = None  # adjust
    par: Decimal | None = None  # adjust
    rate: Decimal | None = None  # adjust
    # The state just before the event applies.
    outstanding: Decimal = Decimal(0)
    price_in_force: Decimal = Decimal(0)
    par_in_force: Decimal = Decimal(0)

    def text(self) -> str:
        head = f'{self.date} custom "convertible-note-{self.kind}" "{NOTE}"'
        if self.kind == "convert":
            assert self.amount is not None
            return f"{head} {self.amount} {USD}\n"
        if self.kind == "extend":
            return f"{head} {self.new_maturity}\n"
        if self.kind == "settle":
            text = f'{head} "{self.method}"\n'
            if self.method == "mixed":
                text += f"  cash: {self.amount} {USD}\n"
            return text
        lines = [head]
        if self.price is not None:
            lines.append(f"  conversion-price: {text_of(self.price)} {USD}")
        if self.par is not None:
            lines.append(f"  par-value: {text_of(self.par)} {USD}")
        if self.rate is not None:
            lines.append(f"  rate: {text_of(self.rate)}")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    issue: datetime.date
    principal: Decimal
    rate: Decimal
    maturity: datetime.date
    price: Decimal
    par: Decimal
    day_count: str
    compounding: str
    policy: str
    noncurrent: bool
    events: tuple[Event, ...]
    # Dates of ordinary (hand-written) transactions.
    ordinary: tuple[datetime.date, ...]
    closed_on: datetime.date | None = field(default=None)

    def opens_text(self) -> str:
        return "".join(f"{OPEN_DATE} open {account}\n" for account in (*ACCOUNTS, FEES))

    def definition_text(self) -> str:
        return definition(
            note_id=NOTE,
            issue=str(self.issue),
            principal=str(self.principal),
            rate=text_of(self.rate),
            maturity=str(self.maturity),
            price=text_of(self.price),
            par=text_of(self.par),
            policy=self.policy,
            compounding=self.compounding,
            day_count=self.day_count,
            noncurrent=self.noncurrent,
            holder="Property Holder Ltd",
        )

    def events_text(self) -> str:
        return "\n".join(event.text() for event in self.events)

    def ordinary_text(self) -> str:
        return "\n".join(
            f'{date} * "Bank" "Charges"\n  {FEES}  1.00 {USD}\n  {CASH}  -1.00 {USD}\n'
            for date in self.ordinary
        )

    def pieces(self) -> dict[str, str]:
        """The ledger's parts, each of which may live in a file of its own."""
        return {
            "opens": self.opens_text(),
            "definition": self.definition_text(),
            "events": self.events_text(),
            "ordinary": self.ordinary_text(),
        }

    def text(self) -> str:
        return "\n".join([PLUGIN, "", *self.pieces().values()])

    @property
    def latest(self) -> datetime.date:
        """The latest date of any entry of the ledger (before the plugin)."""
        return max([self.issue, *(e.date for e in self.events), *self.ordinary])

    @property
    def horizon(self) -> datetime.date:
        """the reference, "Interest": the last month-end on or before the latest
        entry."""
        latest = self.latest
        if is_month_end(latest):
            return latest
        return latest.replace(day=1) - ONE_DAY


def days_after(
    draw: st.DrawFn, start: datetime.date, end: datetime.date
) -> datetime.date:
    """A date in [start, end], more often near start (months rather than
    decades of accruals keep a load quick)."""
    span = (end - start).days
    offset = draw(st.integers(0, 62) | st.integers(0, max(span, 0)))
    return start + datetime.timedelta(days=min(offset, span))


@st.composite
def issue_dates(draw: st.DrawFn) -> datetime.date:
    year = draw(st.integers(2000, 2040))
    month = draw(st.integers(1, 12))
    last = calendar.monthrange(year, month)[1]
    kind = draw(st.sampled_from(("any", "late", "feb29")))
    if kind == "feb29":
        leap = draw(st.sampled_from([y for y in range(2000, 2041) if y % 4 == 0]))
        return datetime.date(leap, 2, 29)
    if kind == "late":  # the 29th to the 31st, or the month's last day
        return datetime.date(year, month, draw(st.integers(min(29, last), last)))
    return datetime.date(year, month, draw(st.integers(1, last)))


prices = st.integers(MIN_PRICE_UNITS, MAX_PRICE_UNITS) | st.sampled_from(
    [MIN_PRICE_UNITS, MAX_PRICE_UNITS, 10**8, 125 * 10**5]
)
rates = st.integers(0, 3000).map(lambda n: Decimal(n).scaleb(-4)) | st.integers(
    0, 300_000
).map(lambda n: Decimal(n).scaleb(-6))


@st.composite
def cases(
    draw: st.DrawFn, *, distinct_days: bool = False, must_close: bool = False
) -> Case:
    """A random note and a random legal sequence of its events.

    ``distinct_days``: no two events on one day (nor on the issue date), so
    their order does not depend on the order of the files.
    """
    day_count = draw(st.sampled_from(DAY_COUNTS))
    compounding = draw(st.sampled_from(COMPOUNDINGS))
    policy = draw(st.sampled_from(POLICIES))
    noncurrent = draw(st.booleans())
    issue = draw(issue_dates())
    months = draw(st.integers(1, 36) | st.integers(1, 1200))
    maturity = add_months(issue, months) + datetime.timedelta(
        days=draw(st.integers(0, 27))
    )
    principal_cents = draw(
        st.integers(1, 10**4) | st.integers(1, 10**11) | st.just(10**11)
    )
    rate = draw(rates)
    price_units = draw(prices)
    par_units = draw(st.integers(0, price_units) | st.sampled_from([0, price_units]))

    initial_price, initial_par = price_of(price_units), price_of(par_units)
    outstanding = principal_cents
    current_maturity = maturity
    events: list[Event] = []
    last = issue
    gap = ONE_DAY if distinct_days else datetime.timedelta(0)
    # Room for the closing event one day after the last other event.
    reserve = ONE_DAY if distinct_days else datetime.timedelta(0)
    for _ in range(draw(st.integers(0, 5))):
        earliest = last + gap
        latest = current_maturity - reserve
        if earliest > latest:
            break
        kinds = ["adjust", "extend"] + (["convert"] if outstanding > 1 else [])
        kind = draw(st.sampled_from(kinds))
        date = days_after(draw, earliest, latest)
        state: State = {
            "outstanding": cents(outstanding),
            "price_in_force": price_of(price_units),
            "par_in_force": price_of(par_units),
        }
        if kind == "convert":
            amount = draw(st.integers(1, outstanding - 1))
            outstanding -= amount
            events.append(Event("convert", date, amount=cents(amount), **state))
        elif kind == "extend":
            new = current_maturity + datetime.timedelta(days=draw(st.integers(1, 1100)))
            current_maturity = new
            events.append(Event("extend", date, new_maturity=new, **state))
        else:
            changes = draw(
                st.sets(st.sampled_from(("price", "par", "rate")), min_size=1)
            )
            new_price = new_par = new_rate = None
            if "price" in changes:
                low = par_units if "par" not in changes else MIN_PRICE_UNITS
                price_units = draw(
                    st.integers(max(low, MIN_PRICE_UNITS), MAX_PRICE_UNITS)
                )
                new_price = price_of(price_units)
            if "par" in changes:
                par_units = draw(
                    st.integers(0, price_units) | st.sampled_from([0, price_units])
                )
                new_par = price_of(par_units)
            if "rate" in changes:
                new_rate = draw(rates)
            events.append(
                Event(
                    "adjust",
                    date,
                    price=new_price,
                    par=new_par,
                    rate=new_rate,
                    **state,
                )
            )
        last = date

    endings = ["cash", "shares", "mixed", "convert-all"]
    if not must_close:
        endings.append("open")
    ending = draw(st.sampled_from(endings))
    closed_on = None
    earliest = last + gap
    if ending != "open" and earliest <= current_maturity:
        date = days_after(draw, earliest, current_maturity)
        state = State(
            outstanding=cents(outstanding),
            price_in_force=price_of(price_units),
            par_in_force=price_of(par_units),
        )
        if ending == "convert-all":
            events.append(Event("convert", date, amount=cents(outstanding), **state))
        else:
            cash = None
            if ending == "mixed":
                # At most the outstanding principal: never above what is owed.
                cash = cents(
                    draw(
                        st.integers(0, outstanding) | st.sampled_from([0, outstanding])
                    )
                )
            events.append(Event("settle", date, amount=cash, method=ending, **state))
        closed_on = date
        last = date
    assert not must_close or closed_on is not None

    # Ordinary entries: one on the issue date, one later (it sets the horizon:
    # after the closing, or on or before the maturity of an open note).
    tail_end = (
        closed_on + datetime.timedelta(days=400)
        if closed_on is not None
        else current_maturity
    )
    ordinary = (issue, days_after(draw, last, tail_end))
    return Case(
        issue=issue,
        principal=cents(principal_cents),
        rate=rate,
        maturity=maturity,
        price=initial_price,
        par=initial_par,
        day_count=day_count,
        compounding=compounding,
        policy=policy,
        noncurrent=noncurrent,
        events=tuple(events),
        ordinary=ordinary,
        closed_on=closed_on,
    )


# --------------------------------------------------------------------------
# Reading the loaded ledger.


def describe(case: Case) -> None:
    """Label the example for --hypothesis-show-statistics."""
    kinds = [event.kind for event in case.events]
    last = case.events[-1] if case.closed_on is not None else None
    ending = "open"
    if last is not None:
        ending = f"settle {last.method}" if last.kind == "settle" else "convert all"
    label(f"ending: {ending}")
    label(f"compounding: {case.compounding}")
    label(f"day count: {case.day_count}")
    label(f"events before the ending: {len(kinds) - (last is not None)}")
    for kind in sorted(set(kinds)):
        label(f"has {kind}")
    years = (case.maturity - case.issue).days // 365
    label("term: over 10 years" if years > 10 else "term: 10 years or less")


def load_text(text: str) -> list[data.Directive]:
    """Load a ledger that must load without errors (bean-check passes)."""
    entries, errors, _options = loader.load_string(text)
    assert errors == [], [error.message for error in errors]
    return entries


def generated(entries: Iterable[data.Directive]) -> list[data.Transaction]:
    return [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction) and "note-event" in entry.meta
    ]


def postings(txn: data.Transaction) -> dict[str, Decimal]:
    """Account -> amount (postings to one account are combined)."""
    amounts: dict[str, Decimal] = defaultdict(Decimal)
    with localcontext() as context:
        context.prec = 200
        for posting in txn.postings:
            assert posting.units is not None and posting.units.currency == USD, txn
            amounts[posting.account] += number(posting)
    return dict(amounts)


def assert_balances(txn: data.Transaction) -> None:
    """Every posting is in a currency, and they sum to exactly zero in each
    (no tolerance: a high-precision context, so nothing is rounded away)."""
    residual: dict[str, Decimal] = defaultdict(Decimal)
    with localcontext() as context:
        context.prec = 200
        for posting in txn.postings:
            assert posting.units is not None and posting.units.number is not None
            assert posting.cost is None and posting.price is None
            residual[posting.units.currency] += posting.units.number
    assert all(value == 0 for value in residual.values()), (
        printer.format_entry(txn),
        dict(residual),
    )


def end_of_day_balances(
    entries: Sequence[data.Directive], accounts: Sequence[str]
) -> list[tuple[datetime.date, dict[str, Decimal]]]:
    """The balances of ``accounts`` at the end of every day with an entry."""
    running = dict.fromkeys(accounts, Decimal(0))
    days = []
    for date, group in itertools.groupby(entries, key=lambda entry: entry.date):
        for entry in group:
            if isinstance(entry, data.Transaction):
                for posting in entry.postings:
                    if posting.account in running:
                        running[posting.account] += number(posting)
        days.append((date, dict(running)))
    return days


def balances_on(
    daily: Sequence[tuple[datetime.date, dict[str, Decimal]]], date: datetime.date
) -> dict[str, Decimal]:
    """The balances at the end of ``date`` (the last day with an entry on or
    before it)."""
    index = bisect.bisect_right([day for day, _ in daily], date)
    assert index > 0, date
    return daily[index - 1][1]


def next_month_end(date: datetime.date) -> datetime.date:
    if date.month == 12:
        return month_end(date.year + 1, 1)
    return month_end(date.year, date.month + 1)


def final_balance(entries: Iterable[data.Directive], account: str) -> Decimal:
    return sum(
        (
            number(posting)
            for entry in entries
            if isinstance(entry, data.Transaction)
            for posting in entry.postings
            if posting.account == account
        ),
        Decimal(0),
    )


def line_of(text: str, needle: str) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


# --------------------------------------------------------------------------
# The properties.


@given(case=cases())
def test_ledger_loads_without_errors_and_every_entry_balances(case: Case) -> None:
    # bean-check's checks are the loader's: no errors at all.
    describe(case)
    entries = load_text(case.text())
    txns = generated(entries)
    assert txns[0].meta["note-event"] == "issue"
    for txn in txns:
        assert txn.flag == "*"
        assert txn.links == frozenset({NOTE})
        assert txn.meta["note"] == NOTE
        assert_balances(txn)
    # The hand-written entries balance too (nothing rewrote them).
    for entry in entries:
        if isinstance(entry, data.Transaction):
            assert_balances(entry)


@given(case=cases())
def test_accrued_interest_is_never_a_debit(case: Case) -> None:
    # The interest-account is credit-normal: its balance (a Beancount number,
    # credit negative) is <= 0 at the end of every day. A single accrual may
    # be negative after a conversion's rounding, never the balance.
    describe(case)
    entries = load_text(case.text())
    for date, balances in end_of_day_balances(entries, [INTEREST]):
        assert balances[INTEREST] <= 0, (date, balances[INTEREST])


@given(case=cases(must_close=True))
def test_closed_note_pays_out_exactly_the_interest_expensed(case: Case) -> None:
    # Over the life of a closed note, the interest expensed is exactly the
    # interest taken out of the interest account by the conversions and the
    # settlement (converted into shares, paid in cash, forfeited to premium,
    # settled), and the note's liability accounts end at zero.
    describe(case)
    entries = load_text(case.text())
    txns = generated(entries)
    expensed = sum((postings(t).get(EXPENSE, Decimal(0)) for t in txns), Decimal(0))
    accruals = sum(
        (
            postings(t).get(INTEREST, Decimal(0))
            for t in txns
            if t.meta["note-event"] == "accrual"
        ),
        Decimal(0),
    )
    paid_out = Decimal(0)
    for txn in txns:
        if txn.meta["note-event"] in ("conversion", "settlement"):
            interest = postings(txn).get(INTEREST, Decimal(0))
            assert interest >= 0, printer.format_entry(txn)  # always a debit
            paid_out += interest
        else:
            assert txn.meta["note-event"] == "accrual" or INTEREST not in postings(txn)
    assert expensed == -accruals
    assert expensed == paid_out
    assert final_balance(entries, INTEREST) == 0
    assert final_balance(entries, CURRENT) == 0
    assert final_balance(entries, NONCURRENT) == 0
    assert max(t.date for t in txns) == case.closed_on


@given(case=cases())
def test_principal_is_never_in_both_accounts(case: Case) -> None:
    describe(case)
    entries = load_text(case.text())
    daily = end_of_day_balances(entries, [CURRENT, NONCURRENT])
    for date, balances in daily:
        assert balances[CURRENT] == 0 or balances[NONCURRENT] == 0, (date, balances)
    if not case.noncurrent:
        assert all(balances[NONCURRENT] == 0 for _, balances in daily)
        return

    # Where it is: the issue goes to the account its classification says, and
    # at each month-end up to the horizon the outstanding principal is in the
    # account of the classification on that day (the reference, "Current and non-
    # current").
    issue = next(t for t in generated(entries) if t.meta["note-event"] == "issue")
    at_issue = CURRENT if case.maturity <= one_year_after(case.issue) else NONCURRENT
    assert postings(issue)[at_issue] == -case.principal
    month = month_end(case.issue.year, case.issue.month)
    while month <= case.horizon:
        if case.closed_on is not None and case.closed_on <= month:
            break
        maturity = case.maturity
        outstanding = case.principal
        for event in case.events:
            if event.date > month:
                break
            if event.kind == "extend":
                assert event.new_maturity is not None
                maturity = event.new_maturity
            elif event.kind == "convert":
                assert event.amount is not None
                outstanding -= event.amount
        expected = CURRENT if maturity <= one_year_after(month) else NONCURRENT
        other = NONCURRENT if expected == CURRENT else CURRENT
        balances = balances_on(daily, month)
        assert balances[expected] == -outstanding, (month, maturity, balances)
        assert balances[other] == 0, (month, maturity, balances)
        month = next_month_end(month)


def rendered(entries: Iterable[data.Directive]) -> list[str]:
    """The generated entries as text (metadata but not filename/lineno), sorted."""
    return sorted(printer.format_entry(txn) for txn in generated(entries))


@settings(max_examples=scaled(0.5))
@given(case=cases(distinct_days=True), data=st.data())
def test_generated_entries_do_not_depend_on_file_order(
    case: Case, data: st.DataObject
) -> None:
    # Same-day events apply in file order by contract, so no two events share
    # a day here; then the order of the files and of the includes is free.
    describe(case)
    reference = rendered(load_text(case.text()))
    pieces = list(case.pieces().values())
    order = data.draw(st.permutations(pieces), label="piece order")
    count = data.draw(st.integers(2, len(pieces)), label="files")
    cuts = sorted(
        data.draw(
            st.lists(
                st.integers(1, len(pieces) - 1),
                min_size=count - 1,
                max_size=count - 1,
                unique=True,
            ),
            label="cuts",
        )
    )
    bounds = list(zip([0, *cuts], [*cuts, len(pieces)], strict=True))
    parts = ["\n".join(order[start:end]) for start, end in bounds]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "sub").mkdir()
        names = [f"sub/part-{index}.beancount" for index in range(len(parts))]
        for name, part in zip(names, parts, strict=True):
            (root / name).write_text(part, encoding="utf-8")
        for attempt in range(2):
            includes = data.draw(st.permutations(names), label="include order")
            # Sometimes one file is included from another rather than from main.
            nested = data.draw(st.booleans(), label="nested include")
            main_includes = list(includes)
            if nested:
                inner = main_includes.pop()
                host = root / main_includes[0]
                text = host.read_text(encoding="utf-8")
                host.write_text(
                    f'include "{Path(inner).name}"\n{text}', encoding="utf-8"
                )
            main = root / f"main-{attempt}.beancount"
            main.write_text(
                "\n".join([PLUGIN, *(f'include "{name}"' for name in main_includes)])
                + "\n",
                encoding="utf-8",
            )
            entries, errors, _options = loader.load_file(str(main))
            assert errors == [], [error.message for error in errors]
            assert rendered(entries) == reference
            if nested:  # undo for the next attempt
                host.write_text(text, encoding="utf-8")


@given(case=cases())
def test_conversions_and_settlements_follow_the_share_arithmetic(case: Case) -> None:
    # the reference, "Generated entries": shares = floor(V / price), S = rhu(shares x
    # price), share
    # capital = rhu(shares x par), premium = S - capital, cash in lieu = V - S;
    # the converted interest A goes into V (shares), into cash (cash) or to
    # premium (forfeit). Checked with exact fractions, posting by posting.
    describe(case)
    text = case.text()
    entries = load_text(text)
    txns = generated(entries)
    event_lines = [
        number
        for number, line in enumerate(text.splitlines(), 1)
        if 'custom "convertible-note-' in line
    ]
    assert len(event_lines) == len(case.events)
    for event, line in zip(case.events, event_lines, strict=True):
        if event.kind not in ("convert", "settle"):
            continue
        (txn,) = [
            t
            for t in txns
            if t.meta["lineno"] == line
            and t.meta["note-event"] in ("conversion", "settlement")
        ]
        posted = {k: Fraction(v) for k, v in postings(txn).items() if v}
        assert not (CURRENT in posted and NONCURRENT in posted), posted
        principal_paid = posted.pop(CURRENT, 0) + posted.pop(NONCURRENT, 0)
        interest = posted.get(INTEREST, Fraction(0))
        assert interest >= 0
        price = Fraction(event.price_in_force)
        par = Fraction(event.par_in_force)
        cash_part = Fraction(0)
        forfeited = in_cash = Fraction(0)
        if event.kind == "convert":
            assert txn.meta["note-event"] == "conversion"
            assert event.amount is not None
            assert principal_paid == event.amount
            value = principal_paid + (interest if case.policy == "shares" else 0)
            forfeited = interest if case.policy == "forfeit" else Fraction(0)
            in_cash = interest if case.policy == "cash" else Fraction(0)
        else:
            assert txn.meta["note-event"] == "settlement"
            assert principal_paid == event.outstanding
            owed = principal_paid + interest
            if event.method == "cash":
                cash_part = owed
            elif event.method == "mixed":
                assert event.amount is not None
                cash_part = Fraction(event.amount)
            value = owed - cash_part
        shares = math.floor(value / price) if value > 0 else 0
        share_value = rhu(shares * price)
        capital = rhu(shares * par)
        expected = {
            INTEREST: interest,
            CAPITAL: -capital,
            PREMIUM: -(share_value - capital + forfeited),
            CASH: -(cash_part + in_cash + value - share_value),
        }
        assert posted == {k: v for k, v in expected.items() if v}, (
            printer.format_entry(txn),
            event,
        )
        assert txn.meta["shares"] == shares
        assert txn.meta["conversion-price"] == Amount(event.price_in_force, USD)
