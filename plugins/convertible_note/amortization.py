"""Amortized cost: the effective-interest method for a discount or premium.

A note sold below its principal, above it, or with issue costs is carried at
principal - U, where U is the unamortized discount (negative for a premium).
Over each piece ``[a, b)`` of the schedule, with B the interest-bearing
balance at its start and c the exact coupon interest of the piece::

    effective interest = e x (B - U) x DCF(a, b)            (simple, periodic)
                       = (B - U) x ((1 + e/Y)^n - 1)         (daily)
    U after the piece  = U - (effective interest - c)

The effective rate e is the rate that brings U to exactly zero at the
maturity when the note runs its course with no event. U at the maturity
falls as e rises, so e is unique; it is found by Newton's method, kept inside
a bracket that shrinks every step, in Decimal arithmetic at 60 significant
digits (no float anywhere), and is good to far more than 25 of them.

Everything here is a pure function of Decimals and dates.
"""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import NamedTuple

from plugins.convertible_note.daycount import ACT_ACT
from plugins.convertible_note.daycount import anniversaries
from plugins.convertible_note.daycount import days_in_basis
from plugins.convertible_note.daycount import month_ends
from plugins.convertible_note.daycount import year_fraction
from plugins.convertible_note.daycount import year_pieces
from plugins.convertible_note.terms import COMPOUNDING_MONTHS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from fractions import Fraction

    from plugins.convertible_note.daycount import DayCount
    from plugins.convertible_note.terms import Compounding

#: Newton stops when a step moves e by less than this.
TOLERANCE = Decimal("1e-45")
#: A safety net: Newton inside a bracket converges in well under 100 steps.
MAX_STEPS = 400

ONE_DAY = datetime.timedelta(days=1)


class Piece(NamedTuple):
    """One piece ``[a, b)`` of the interest computation."""

    #: The interest-bearing balance B at the piece's start.
    balance: Decimal
    #: The exact coupon interest of the piece.
    coupon: Decimal
    #: DCF(a, b), for simple and periodic interest (unused with ``powers``).
    dcf: Decimal
    #: Daily compounding: the (n, Y) of each calendar-year part; else empty.
    powers: tuple[tuple[int, int], ...]


def to_decimal(value: Fraction) -> Decimal:
    """An exact fraction as a Decimal in the current context."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def _growth(rate: Decimal, piece: Piece) -> tuple[Decimal, Decimal]:
    """g(e) and g'(e): the piece's effective interest per unit of carrying
    amount, and its derivative in e."""
    if not piece.powers:
        return rate * piece.dcf, piece.dcf
    factor = Decimal(1)
    slope = Decimal(0)
    for days, year_days in piece.powers:
        factor *= (1 + rate / year_days) ** days
        # d/de ln (1 + e/Y)^n = n / (Y + e)
        slope += Decimal(days) / (year_days + rate)
    return factor - 1, factor * slope


def amortize(rate: Decimal, discount: Decimal, piece: Piece) -> Decimal:
    """U after ``piece`` at the effective rate ``rate``."""
    growth, _ = _growth(rate, piece)
    effective = growth * (piece.balance - discount)
    return discount - (effective - piece.coupon)


def discount_at_end(
    rate: Decimal, discount: Decimal, pieces: Sequence[Piece]
) -> tuple[Decimal, Decimal]:
    """U after every piece at ``rate``, and its derivative in ``rate``."""
    slope = Decimal(0)
    # Daily compounding's pieces repeat their (n, Y) parts month after month;
    # each power is computed once per rate (the same Decimal operations).
    growths: dict[tuple[tuple[int, int], ...], tuple[Decimal, Decimal]] = {}
    for piece in pieces:
        if piece.powers:
            known = growths.get(piece.powers)
            if known is None:
                known = growths[piece.powers] = _growth(rate, piece)
            growth, growth_slope = known
        else:
            growth, growth_slope = _growth(rate, piece)
        carrying = piece.balance - discount
        slope = slope - (growth_slope * carrying - growth * slope)
        discount = discount - (growth * carrying - piece.coupon)
    return discount, slope


def solve_effective_rate(
    discount: Decimal, pieces: Sequence[Piece], guess: Decimal
) -> Decimal:
    """The rate e that brings ``discount`` to zero over ``pieces``.

    Newton's method from ``guess`` (the stated rate), falling back to
    bisection whenever a step would leave the bracket [low, high] known to
    hold the root. With no discount, or no piece left, e is the guess.
    """
    if not discount or not pieces:
        return guess
    low: Decimal | None = None  # U(low) > 0
    high: Decimal | None = None  # U(high) < 0
    # Start from the first-order estimate: the discount spread evenly over
    # the remaining time, on the carrying amount.
    years = sum((_years(piece) for piece in pieces), Decimal(0))
    carrying = pieces[0].balance - discount
    rate = guess + discount / (carrying * years) if carrying > 0 and years else guess
    for _ in range(MAX_STEPS):
        value, slope = discount_at_end(rate, discount, pieces)
        if value == 0:
            return rate
        if value > 0:
            low = rate
        else:
            high = rate
        candidate = rate - value / slope if slope else None
        if candidate is not None and abs(candidate - rate) <= TOLERANCE:
            return candidate
        if candidate is None or not _inside(candidate, low, high):
            candidate = _fallback(low, high)
        rate = candidate
    return rate


def _years(piece: Piece) -> Decimal:
    """The piece's length in years: DCF, or n / Y summed over its parts."""
    if not piece.powers:
        return piece.dcf
    return sum(
        (Decimal(days) / year_days for days, year_days in piece.powers), Decimal(0)
    )


def _inside(rate: Decimal, low: Decimal | None, high: Decimal | None) -> bool:
    return (low is None or rate > low) and (high is None or rate < high)


def _fallback(low: Decimal | None, high: Decimal | None) -> Decimal:
    """Bisect a known bracket, or widen the search on the open side."""
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return low + max(Decimal(1), abs(low))
    assert high is not None
    return high - max(Decimal(1), abs(high))


def _anniversaries(
    issue_date: datetime.date, months: int | None, maturity: datetime.date
) -> set[datetime.date]:
    """The issue date's anniversaries every ``months`` months before the
    maturity (none when ``months`` is None)."""
    return set(
        itertools.takewhile(
            lambda date: date < maturity, anniversaries(issue_date, months)
        )
    )


def project_pieces(
    *,
    start: datetime.date,
    maturity: datetime.date,
    principal: Decimal,
    balance: Decimal,
    pending: Decimal,
    rate: Decimal,
    basis: DayCount,
    compounding: Compounding,
    issue_date: datetime.date,
    payment_months: int | None,
) -> list[Piece]:
    """The pieces of a note that runs from ``start`` to its maturity with no
    event: split at every month-end, compounding date and payment date.

    ``balance`` is the interest-bearing balance on ``start`` and ``pending``
    the periodic interest since the last compounding date, not yet in it.
    After a payment date the balance is the principal again.
    """
    step = COMPOUNDING_MONTHS.get(compounding)
    compounding_dates = _anniversaries(issue_date, step, maturity)
    payment_dates = _anniversaries(issue_date, payment_months, maturity)
    month_starts = {end + ONE_DAY for end in month_ends(start, maturity)}
    ends = sorted(
        date
        for date in month_starts | compounding_dates | payment_dates
        if start < date < maturity
    )
    pieces: list[Piece] = []
    cursor = start
    for end in [*ends, maturity]:
        if compounding == "daily":
            powers = daily_powers(basis, cursor, end)
            growth, _ = _growth(rate, Piece(balance, Decimal(0), Decimal(0), powers))
            coupon = balance * growth
            pieces.append(Piece(balance, coupon, Decimal(0), powers))
            balance += coupon
        else:
            dcf = to_decimal(year_fraction(basis, cursor, end))
            coupon = balance * rate * dcf
            pieces.append(Piece(balance, coupon, dcf, ()))
            pending += coupon
            if end in compounding_dates:
                balance += pending
                pending = Decimal(0)
        if end in payment_dates:
            balance = principal
            pending = Decimal(0)
        cursor = end
    return pieces


def daily_powers(
    basis: DayCount, start: datetime.date, end: datetime.date
) -> tuple[tuple[int, int], ...]:
    """Daily compounding's (n, Y) parts of ``[start, end)``: n = DCF x Y, and
    for ACT/ACT one part per calendar year with Y = 365 or 366."""
    if basis == ACT_ACT:
        return tuple(year_pieces(start, end))
    year_days = 365 if basis == "ACT/365" else 360
    return ((days_in_basis(basis, start, end), year_days),)
