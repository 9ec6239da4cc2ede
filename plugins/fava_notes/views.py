"""What the Convertible notes page shows, as plain frozen values.

Everything here is a pure function of schedules and dates, so it is tested
without Fava; the extension only wires it to the page.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any
from typing import Literal
from typing import assert_never

from plugins.books.schedule_table import ScheduleLine
from plugins.books.schedule_table import schedule_lines
from plugins.convertible_note.daycount import add_months
from plugins.convertible_note.entries import effective_rate_text
from plugins.convertible_note.register import UNNAMED_CLASS
from plugins.convertible_note.register import share_register
from plugins.convertible_note.register import share_totals
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import build_schedule
from plugins.convertible_note.schedule import decimal_price
from plugins.convertible_note.schedule import market_price
from plugins.convertible_note.schedule import one_year_after
from plugins.convertible_note.terms import MAX_AMOUNT
from plugins.convertible_note.terms import PAYMENT_MONTHS
from plugins.convertible_note.terms import Adjust
from plugins.convertible_note.terms import Convert
from plugins.convertible_note.terms import Extend
from plugins.convertible_note.terms import Money
from plugins.convertible_note.terms import Repay
from plugins.convertible_note.terms import Settle

if TYPE_CHECKING:
    from collections.abc import Mapping

    from plugins.convertible_note.errors import NoteError
    from plugins.convertible_note.schedule import Row
    from plugins.convertible_note.schedule import Schedule
    from plugins.convertible_note.terms import Event
    from plugins.convertible_note.terms import NoteTerms


@dataclass(frozen=True)
class TermChange:
    """A term as it stood from a date on (the definition, or an event)."""

    date: datetime.date
    what: str
    value: str


@dataclass(frozen=True)
class EventLine:
    """One event of the note, with the error it raised, if any."""

    date: datetime.date
    kind: str
    detail: str
    location: str
    error: str | None
    #: (filename, lineno) of the event's directive.
    where: tuple[str, int] = ("", 0)


@dataclass(frozen=True)
class Status:
    """The note at the end of a day."""

    as_of: datetime.date
    issued: bool
    closed: bool
    outstanding: Decimal
    accrued_interest: Decimal
    unamortized_discount: Decimal
    carrying_amount: Decimal
    effective_rate: Decimal
    classification: str
    maturity: datetime.date
    days_to_maturity: int
    #: None for a price set by the market.
    conversion_price: Decimal | None
    par_value: Decimal
    shares_issued: int


@dataclass(frozen=True)
class ChartPoint:
    date: datetime.date
    principal: Decimal
    accrued_interest: Decimal
    carrying_amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class NoteView:
    terms: NoteTerms
    term_history: tuple[TermChange, ...]
    status: Status
    lines: tuple[ScheduleLine, ...]
    events: tuple[EventLine, ...]
    chart: tuple[ChartPoint, ...]
    marks: tuple[ChartMark, ...]
    schedule: Schedule


@dataclass(frozen=True)
class WhatIf:
    """A conversion that did not happen, computed as if it had."""

    note_id: str
    date: datetime.date
    principal: Decimal
    currency: str
    error: str | None = None
    interest: Decimal = Decimal(0)
    value_converted: Decimal = Decimal(0)
    conversion_price: Decimal = Decimal(0)
    par_value: Decimal = Decimal(0)
    shares: int = 0
    share_value: Decimal = Decimal(0)
    share_capital: Decimal = Decimal(0)
    premium: Decimal = Decimal(0)
    cash_in_lieu: Decimal = Decimal(0)
    interest_in_cash: Decimal = Decimal(0)


def _location(event: Event) -> str:
    """The event's file (its name only: the page shows no machine path)
    and line."""
    filename = os.path.basename(str(event.source.get("filename", "")))
    return f"{filename}:{event.source.get('lineno', '')}"


def _describe(event: Event) -> tuple[str, str]:
    match event:
        case Extend():
            return "extend", f"maturity to {event.new_maturity}"
        case Convert():
            return "convert", _money_text(event.principal)
        case Settle():
            cash = f", cash {event.cash.number:,.2f}" if event.cash is not None else ""
            return "settle", f"{event.method}{cash}"
        case Repay():
            return "repay", (
                f"{_money_text(event.principal)} for {_money_text(event.price)}"
            )
        case Adjust():
            changes = [f"{name} {value}" for name, value in _adjusted(event)]
            return "adjust", ", ".join(changes)
        case _:
            assert_never(event)


def _adjusted(event: Adjust) -> list[tuple[str, Money | Decimal]]:
    """The terms an adjust event changes, named as people read them."""
    return [
        (name, value)
        for name, value in (
            ("conversion price", event.conversion_price),
            ("par value", event.par_value),
            ("rate", event.rate),
            ("conversion discount", event.conversion_discount),
            ("conversion price floor", event.price_floor),
        )
        if value is not None
    ]


def _money_text(money: Money) -> str:
    return f"{money.number:,.2f} {money.currency}"


def _where(source: Mapping[str, Any]) -> tuple[str, int]:
    """A directive's location: how an error is matched to its event."""
    return str(source.get("filename", "")), int(source.get("lineno", 0))


def event_lines(schedule: Schedule) -> tuple[EventLine, ...]:
    errors: dict[tuple[str, int], str] = {}
    for error in schedule.errors:
        errors.setdefault(_where(error.source), error.message)
    lines = []
    for event in sorted(schedule.events, key=lambda event: event.date):
        kind, detail = _describe(event)
        lines.append(
            EventLine(
                event.date,
                kind,
                detail,
                _location(event),
                errors.get(_where(event.source)),
                _where(event.source),
            )
        )
    return tuple(lines)


def _applied(schedule: Schedule) -> list[Event]:
    """The events that took effect (those that raised no error)."""
    failed = {_where(error.source) for error in schedule.errors}
    return [event for event in schedule.events if _where(event.source) not in failed]


def _price_text(terms: NoteTerms) -> str:
    if terms.conversion_price is not None:
        return f"{terms.conversion_price} {terms.currency}"
    market = terms.market
    assert market is not None
    return (
        f"market: {market.reference} of {market.lookback} closing prices of "
        f"{market.commodity}, less {market.discount}, floor {market.floor}"
    )


def term_history(schedule: Schedule) -> tuple[TermChange, ...]:
    terms = schedule.terms
    money = terms.currency
    history = [
        TermChange(terms.issue_date, "maturity", str(terms.maturity)),
        TermChange(terms.issue_date, "conversion price", _price_text(terms)),
        TermChange(terms.issue_date, "par value", f"{terms.par_value} {money}"),
        TermChange(terms.issue_date, "rate", str(terms.rate)),
    ]
    for event in sorted(_applied(schedule), key=lambda event: event.date):
        if isinstance(event, Extend):
            history.append(TermChange(event.date, "maturity", str(event.new_maturity)))
        elif isinstance(event, Adjust):
            for what, value in _adjusted(event):
                history.append(TermChange(event.date, what, str(value)))
    return tuple(history)


@dataclass(frozen=True)
class _Terms:
    """The terms in force on a date: the definition and the events before."""

    maturity: datetime.date
    conversion_price: Decimal | None
    par_value: Decimal


def _terms_on(schedule: Schedule, as_of: datetime.date) -> _Terms:
    terms = schedule.terms
    maturity, price, par = terms.maturity, terms.conversion_price, terms.par_value
    for event in sorted(_applied(schedule), key=lambda event: event.date):
        if event.date > as_of:
            break
        if isinstance(event, Extend):
            maturity = event.new_maturity
        elif isinstance(event, Adjust):
            if event.conversion_price is not None:
                price = event.conversion_price.number
            if event.par_value is not None:
                par = event.par_value.number
    return _Terms(maturity, price, par)


def status_on(schedule: Schedule, as_of: datetime.date) -> Status:
    """The note at the end of ``as_of``, from the rows dated on or before it."""
    terms = schedule.terms
    rows = [row for row in schedule.rows if row.date <= as_of]
    last = rows[-1] if rows else None
    in_force = _terms_on(schedule, as_of)
    closed = schedule.closed_on is not None and schedule.closed_on <= as_of
    register = share_register([schedule])
    return Status(
        as_of=as_of,
        issued=last is not None,
        closed=closed,
        outstanding=last.outstanding if last else Decimal(0),
        accrued_interest=last.accrued_posted if last else Decimal(0),
        unamortized_discount=last.discount_posted if last else Decimal(0),
        carrying_amount=last.carrying_amount if last else Decimal(0),
        effective_rate=effective_rate_text(last.effective_rate if last else terms.rate),
        # Where the books hold the principal: reclassification happens at
        # month-ends, so this is the classification of the last entry.
        classification="closed" if closed else (last.classification if last else ""),
        maturity=in_force.maturity,
        days_to_maturity=(in_force.maturity - as_of).days,
        conversion_price=in_force.conversion_price,
        par_value=in_force.par_value,
        shares_issued=share_totals(register, as_of).get(
            terms.share_class or UNNAMED_CLASS, 0
        ),
    )


def chart_points(schedule: Schedule) -> tuple[ChartPoint, ...]:
    return tuple(
        ChartPoint(row.date, row.outstanding, row.accrued_posted, row.carrying_amount)
        for row in schedule.rows
    )


@dataclass(frozen=True)
class ChartMark:
    """A dot on the events chart: what changed the note, and when."""

    date: datetime.date
    kind: str
    description: str


def _row_mark(row: Row, currency: str) -> str | None:
    """What a schedule row did to the note, in words (None: not marked)."""
    match row.kind:
        case "issue":
            return f"Issued: principal {row.outstanding:,.2f} {currency}"
        case "conversion":
            return (
                f"Converted into {row.shares.shares:,} shares;"
                f" principal left {row.outstanding:,.2f} {currency}"
            )
        case "payment":
            return f"Interest paid: {row.amount:,.2f} {currency}"
        case "repayment":
            return (
                f"Repaid: principal {row.principal_paid:,.2f} {currency};"
                f" principal left {row.outstanding:,.2f} {currency}"
            )
        case "settlement":
            return (
                f"Settled ({row.method}): {row.shares.shares:,} shares,"
                f" cash {row.cash_total:,.2f} {currency}"
            )
        case "accrual" | "reclassification":
            return None
        case _:
            assert_never(row.kind)


def chart_marks(schedule: Schedule) -> tuple[ChartMark, ...]:
    """Issue, conversions, payments, repayments, settlement and extensions."""
    currency = schedule.terms.currency
    marks = [
        ChartMark(row.date, row.kind, text)
        for row in schedule.rows
        if (text := _row_mark(row, currency)) is not None
    ]
    marks.extend(
        ChartMark(event.date, "extension", f"Maturity extended to {event.new_maturity}")
        for event in _applied(schedule)
        if isinstance(event, Extend)
    )
    return tuple(sorted(marks, key=lambda mark: (mark.date, mark.kind)))


def note_view(schedule: Schedule, as_of: datetime.date) -> NoteView:
    return NoteView(
        terms=schedule.terms,
        term_history=term_history(schedule),
        status=status_on(schedule, as_of),
        lines=tuple(schedule_lines(schedule)),
        events=event_lines(schedule),
        chart=chart_points(schedule),
        marks=chart_marks(schedule),
        schedule=schedule,
    )


WHAT_IF_SOURCE = {"filename": "<what-if>", "lineno": 0}


def what_if(schedule: Schedule, date: datetime.date, principal: Decimal) -> WhatIf:
    """Shares, share capital, premium and cash if the holder converted
    ``principal`` on ``date`` (after that day's recorded events)."""
    terms = schedule.terms
    base = WhatIf(terms.note_id, date, principal, terms.currency)
    # Above 10^15 is no note's principal (and beyond Decimal's cent precision).
    if not (0 < principal < MAX_AMOUNT) or principal != principal.quantize(
        Decimal("0.01")
    ):
        return _replace_error(
            base, "enter an amount above zero and below 10^15, in whole cents"
        )
    source = dict(WHAT_IF_SOURCE)
    event = Convert(terms.note_id, date, Money(principal, terms.currency), source)
    # The conversion's date counts as an entry of the books: converting a note
    # that has matured unsettled is refused as the plugin would refuse it.
    trial = build_schedule(
        terms,
        [*schedule.events, event],
        schedule.horizon,
        max(schedule.latest, date),
        schedule.closing_prices,
    )
    # An error at the what-if conversion, or one the books did not have.
    known = {(_where(error.source), error.message) for error in schedule.errors}
    for error in trial.errors:
        if _where(error.source) == _where(source) or (
            (_where(error.source), error.message) not in known
        ):
            return _replace_error(base, error.message)
    row = next(
        row
        for row in trial.rows
        if row.kind == CONVERSION and _where(row.source) == _where(source)
    )
    shares = row.shares
    return WhatIf(
        note_id=terms.note_id,
        date=date,
        principal=principal,
        currency=terms.currency,
        interest=row.interest_paid,
        value_converted=shares.value,
        conversion_price=row.conversion_price or Decimal(0),
        par_value=row.par_value,
        shares=shares.shares,
        share_value=shares.share_value,
        share_capital=shares.share_capital,
        premium=shares.premium,
        cash_in_lieu=shares.cash_in_lieu,
        interest_in_cash=row.interest_in_cash,
    )


def _replace_error(base: WhatIf, message: str) -> WhatIf:
    return WhatIf(base.note_id, base.date, base.principal, base.currency, error=message)


def error_lines(errors: list[NoteError]) -> list[str]:
    return [
        f"{error.source.get('filename', '')}:{error.source.get('lineno', '')}: "
        f"{error.message}"
        for error in errors
    ]


#: How a note stands at a date, for the overview's badge.
Badge = Literal[
    "not yet issued", "outstanding", "due within 12 months", "overdue",
    "converted", "settled", "repaid",
]  # fmt: skip


@dataclass(frozen=True)
class Ending:
    """How a closed note ended."""

    date: datetime.date
    event: str
    shares: int
    cash_paid: Decimal


@dataclass(frozen=True)
class OverviewLine:
    """One note in the overview, at the end of the time filter."""

    note_id: str
    holder: str
    currency: str
    outstanding: Decimal
    accrued_interest: Decimal
    unamortized_discount: Decimal
    carrying_amount: Decimal
    classification: str
    maturity: datetime.date
    badge: Badge
    related_party: bool


@dataclass(frozen=True)
class Total:
    """The overview's totals for one currency."""

    currency: str
    outstanding: Decimal
    accrued_interest: Decimal
    unamortized_discount: Decimal
    carrying_amount: Decimal


def ending(schedule: Schedule, as_of: datetime.date) -> Ending | None:
    """How the note ended, if it closed on or before ``as_of``."""
    closed = schedule.closed_on
    if closed is None or closed > as_of:
        return None
    rows = [
        row
        for row in schedule.rows
        if row.date == closed and row.kind in ("conversion", "settlement", "repayment")
    ]
    last = rows[-1]
    shares = sum(row.shares.shares for row in schedule.rows if row.date <= as_of)
    return Ending(closed, last.kind, shares, last.cash_total)


def badge(schedule: Schedule, status: Status) -> Badge:
    """Overdue and due-soon notes stand out; a closed note says how it ended."""
    end = ending(schedule, status.as_of)
    if end is not None:
        match end.event:
            case "conversion":
                return "converted"
            case "repayment":
                return "repaid"
            case _:
                return "settled"
    if not status.issued:
        return "not yet issued"
    if status.as_of > status.maturity:
        return "overdue"
    if status.maturity <= one_year_after(status.as_of):
        return "due within 12 months"
    return "outstanding"


def overview(
    schedules: list[Schedule], as_of: datetime.date
) -> tuple[list[OverviewLine], list[Total]]:
    """Every note at a glance, and the totals per currency."""
    lines = []
    for schedule in schedules:
        status = status_on(schedule, as_of)
        lines.append(
            OverviewLine(
                note_id=schedule.terms.note_id,
                holder=schedule.terms.holder,
                currency=schedule.terms.currency,
                outstanding=status.outstanding,
                accrued_interest=status.accrued_interest,
                unamortized_discount=status.unamortized_discount,
                carrying_amount=status.carrying_amount,
                classification=status.classification,
                maturity=status.maturity,
                badge=badge(schedule, status),
                related_party=schedule.terms.related_party,
            )
        )
    totals = []
    for currency in sorted({line.currency for line in lines}):
        mine = [line for line in lines if line.currency == currency]
        totals.append(
            Total(
                currency,
                sum((line.outstanding for line in mine), Decimal(0)),
                sum((line.accrued_interest for line in mine), Decimal(0)),
                sum((line.unamortized_discount for line in mine), Decimal(0)),
                sum((line.carrying_amount for line in mine), Decimal(0)),
            )
        )
    return lines, totals


@dataclass(frozen=True)
class NextPayment:
    date: datetime.date
    amount: Decimal
    #: True when the payment is after the books' horizon: the amount is what
    #: the note's terms and recorded events give, not yet an entry.
    projected: bool = False


def next_payment(schedule: Schedule, as_of: datetime.date) -> NextPayment | None:
    """The next coupon payment after ``as_of``, for a note that pays coupons
    (None at or after the maturity, which pays the rest with the principal)."""
    months = PAYMENT_MONTHS.get(schedule.terms.interest_payment)
    if months is None or ending(schedule, as_of) is not None:
        return None
    for row in schedule.rows:
        if row.kind == "payment" and row.date > as_of:
            return NextPayment(row.date, row.amount)
    status = status_on(schedule, as_of)
    count = 1
    while (date := add_months(schedule.terms.issue_date, months * count)) <= as_of:
        count += 1
    if date >= status.maturity:
        return None
    # Beyond the horizon: the schedule carried on to that day.
    projected = build_schedule(
        schedule.terms,
        schedule.events,
        date,
        max(schedule.latest, date),
        schedule.closing_prices,
    )
    for row in projected.rows:
        if row.kind == "payment" and row.date == date:
            return NextPayment(date, row.amount, projected=True)
    return None


@dataclass(frozen=True)
class MarketQuote:
    """The conversion price the latest closing prices give."""

    price: Decimal | None
    prices: tuple[tuple[datetime.date, Decimal], ...]
    lookback: int


def market_quote(schedule: Schedule, as_of: datetime.date) -> MarketQuote | None:
    """For a market-priced note: the price a conversion the day after
    ``as_of`` would use, and the closing prices it looks at."""
    return conversion_quote(schedule, as_of + datetime.timedelta(days=1))


def conversion_quote(schedule: Schedule, day: datetime.date) -> MarketQuote | None:
    """For a market-priced note: the price a conversion on ``day`` uses,
    and the closing prices it looks at (None for a fixed-price note)."""
    market = schedule.terms.market
    if market is None:
        return None
    price, found = market_price(market, schedule.closing_prices, day)
    window = tuple(schedule.closing_prices[max(0, found - market.lookback) : found])
    return MarketQuote(
        decimal_price(price) if price is not None else None, window, market.lookback
    )
