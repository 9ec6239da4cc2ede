"""What the Convertible notes page shows, as plain frozen values.

Everything here is a pure function of schedules and dates, so it is tested
without Fava; the extension only wires it to the page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any
from typing import assert_never

from plugins.books.schedule_table import ScheduleLine
from plugins.books.schedule_table import schedule_lines
from plugins.convertible_note.entries import effective_rate_text
from plugins.convertible_note.register import share_register
from plugins.convertible_note.register import shares_issued
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import build_schedule
from plugins.convertible_note.terms import MAX_AMOUNT
from plugins.convertible_note.terms import Adjust
from plugins.convertible_note.terms import Convert
from plugins.convertible_note.terms import Extend
from plugins.convertible_note.terms import Money
from plugins.convertible_note.terms import Repay
from plugins.convertible_note.terms import Settle

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from plugins.convertible_note.errors import NoteError
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


@dataclass(frozen=True)
class NoteView:
    terms: NoteTerms
    term_history: tuple[TermChange, ...]
    status: Status
    lines: tuple[ScheduleLine, ...]
    events: tuple[EventLine, ...]
    chart: tuple[ChartPoint, ...]


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
            changes = [
                f"{name} {value}"
                for name, value in (
                    ("conversion price", event.conversion_price),
                    ("par value", event.par_value),
                    ("rate", event.rate),
                    ("conversion discount", event.conversion_discount),
                    ("conversion price floor", event.price_floor),
                )
                if value is not None
            ]
            return "adjust", ", ".join(changes)
        case _:
            assert_never(event)


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
            for what, value in (
                ("conversion price", event.conversion_price),
                ("par value", event.par_value),
                ("rate", event.rate),
                ("conversion discount", event.conversion_discount),
                ("conversion price floor", event.price_floor),
            ):
                if value is not None:
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
        shares_issued=shares_issued(register, as_of).get(
            terms.share_class or "(unnamed class)", 0
        ),
    )


def chart_points(schedule: Schedule) -> tuple[ChartPoint, ...]:
    return tuple(
        ChartPoint(row.date, row.outstanding, row.accrued_posted)
        for row in schedule.rows
    )


def note_view(schedule: Schedule, as_of: datetime.date) -> NoteView:
    return NoteView(
        terms=schedule.terms,
        term_history=term_history(schedule),
        status=status_on(schedule, as_of),
        lines=tuple(schedule_lines(schedule)),
        events=event_lines(schedule),
        chart=chart_points(schedule),
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


def chart_svg(
    points: tuple[ChartPoint, ...], width: int = 720, height: int = 240
) -> str:
    """A step chart: principal on the left scale, accrued interest on the
    right one (they differ by orders of magnitude)."""
    if not points:
        return ""
    left, right, top, bottom = 90, 90, 20, 40
    first, last = points[0].date, points[-1].date
    span = max((last - first).days, 1)
    base = height - bottom

    def peak(values: list[Decimal]) -> Decimal:
        highest = max(values)
        return highest if highest > 0 else Decimal(1)

    principal_peak = peak([point.principal for point in points])
    interest_peak = peak([point.accrued_interest for point in points])

    def x(date: datetime.date) -> float:
        return left + (width - left - right) * (date - first).days / span

    def path(values: list[tuple[datetime.date, Decimal]], scale: Decimal) -> str:
        def y(value: Decimal) -> float:
            return top + (base - top) * float(1 - value / scale)

        parts = []
        previous: Decimal | None = None
        for date, value in values:
            if previous is not None:
                parts.append(f"L{x(date):.1f},{y(previous):.1f}")
            move = "M" if previous is None else "L"
            parts.append(f"{move}{x(date):.1f},{y(value):.1f}")
            previous = value
        return " ".join(parts)

    principal = path([(p.date, p.principal) for p in points], principal_peak)
    interest = path([(p.date, p.accrued_interest) for p in points], interest_peak)
    blue, red = "#3465a4", "#cc0000"
    axis_right = width - right
    return "".join(
        [
            f'<svg class="note-chart" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" '
            f'aria-label="Principal and accrued interest over time">',
            f'<line x1="{left}" y1="{base}" x2="{axis_right}" y2="{base}" '
            f'stroke="#888"/>',
            f'<line x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="{blue}"/>',
            f'<line x1="{axis_right}" y1="{top}" x2="{axis_right}" y2="{base}" '
            f'stroke="{red}"/>',
            f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="11" '
            f'fill="{blue}">{principal_peak:,.0f}</text>',
            f'<text x="{axis_right + 6}" y="{top + 4}" font-size="11" '
            f'fill="{red}">{interest_peak:,.0f}</text>',
            f'<text x="{left - 6}" y="{base}" text-anchor="end" '
            f'font-size="11">0</text>',
            f'<text x="{axis_right + 6}" y="{base}" font-size="11">0</text>',
            f'<text x="{left}" y="{height - 20}" font-size="11">{first}</text>',
            f'<text x="{axis_right}" y="{height - 20}" text-anchor="end" '
            f'font-size="11">{last}</text>',
            f'<path d="{principal}" fill="none" stroke="{blue}" stroke-width="2"/>',
            f'<path d="{interest}" fill="none" stroke="{red}" stroke-width="2"/>',
            f'<text x="{left + 8}" y="{height - 4}" font-size="11" fill="{blue}">'
            f"principal (left scale)</text>",
            f'<text x="{left + 170}" y="{height - 4}" font-size="11" fill="{red}">'
            f"accrued interest (right scale)</text></svg>",
        ]
    )
