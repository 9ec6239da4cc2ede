"""A note's schedule: every entry it causes, as plain values.

The second step of the plugin (parse → schedule → entries). A pure function
of the note's terms, its events, the share's closing prices and the horizon:
no Beancount types, no today's date. Coupon interest is kept exact
(integers over a known denominator, :class:`fractions.Fraction` after an
event), the unamortized discount to 60 significant digits, and only what is
posted is rounded, half up, to the cent.

How one month's interest is computed, in order:

1. :meth:`_Note.accrue_to` walks the days not yet computed, one piece at a
   time, split at every compounding date (the callers split at accrual
   points, payment dates, adjustments and extensions). Simple and periodic
   interest counts whole day-count units (:func:`daycount.dcf_units`);
   between two changes of balance or rate the exact interest is k x units,
   k = balance x rate / unit. At a compounding date the interest joins the
   balance as an integer over k's denominator, not reduced: a gcd every
   month on numbers hundreds of digits long was most of a monthly note's
   cost.
   Daily compounding adds each piece's exact growth
   (:meth:`_Note.daily_interest`).
2. For a note carried at amortized cost, each piece also moves the
   unamortized discount U by effective interest - coupon interest
   (:func:`amortize`, with the effective rate of :mod:`.amortization`).
3. :meth:`_Note.post_accrual` posts round_half_up(exact unpaid interest)
   minus what is already posted and unpaid (:meth:`Exact.cents`), and moves
   the discount account to round_half_up(U).
"""

from __future__ import annotations

import bisect
import datetime
import decimal
import functools
import math
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from decimal import ROUND_HALF_UP
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING
from typing import Any
from typing import Final
from typing import Literal
from typing import NamedTuple
from typing import assert_never

from plugins.convertible_note.amortization import Piece
from plugins.convertible_note.amortization import amortize
from plugins.convertible_note.amortization import daily_powers
from plugins.convertible_note.amortization import project_pieces
from plugins.convertible_note.amortization import solve_effective_rate
from plugins.convertible_note.amortization import to_decimal
from plugins.convertible_note.daycount import UNIT_DENOMINATOR
from plugins.convertible_note.daycount import anniversaries
from plugins.convertible_note.daycount import dcf_units
from plugins.convertible_note.daycount import is_month_end
from plugins.convertible_note.daycount import month_end
from plugins.convertible_note.daycount import month_ends
from plugins.convertible_note.errors import NoteError
from plugins.convertible_note.terms import COMPOUNDING_MONTHS
from plugins.convertible_note.terms import LOWEST_AVERAGED
from plugins.convertible_note.terms import PAYMENT_MONTHS
from plugins.convertible_note.terms import Adjust
from plugins.convertible_note.terms import Convert
from plugins.convertible_note.terms import Event
from plugins.convertible_note.terms import Extend
from plugins.convertible_note.terms import MarketPrice
from plugins.convertible_note.terms import Meta
from plugins.convertible_note.terms import NoteTerms
from plugins.convertible_note.terms import Policy
from plugins.convertible_note.terms import Repay
from plugins.convertible_note.terms import Settle
from plugins.convertible_note.terms import SettleMethod

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Enough digits that no amount below MAX_AMOUNT, with a century of interest,
#: is ever rounded by Decimal arithmetic.
EXACT_CONTEXT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)

CENT = Decimal("0.01")
ONE_DAY = datetime.timedelta(days=1)

#: What a generated entry is: its ``note-event`` metadata.
RowKind = Literal[
    "issue",
    "accrual",
    "conversion",
    "settlement",
    "reclassification",
    "payment",
    "repayment",
]
ISSUE: Final = "issue"
ACCRUAL: Final = "accrual"
CONVERSION: Final = "conversion"
SETTLEMENT: Final = "settlement"
RECLASSIFICATION: Final = "reclassification"
PAYMENT: Final = "payment"
REPAYMENT: Final = "repayment"

Classification = Literal["current", "non-current"]
CURRENT: Final = "current"
NONCURRENT: Final = "non-current"

#: Daily compounding keeps the balance and the interest in units of 10^-40;
#: the growth factor (1 + r/Y)^n itself is computed exactly.
_DAILY_DENOMINATOR = 10**40

_ZERO = Fraction(0)

#: How a closing price series is given: (date, price) in date order, one per
#: date.
ClosingPrices = tuple[tuple[datetime.date, Decimal], ...]


@functools.lru_cache(maxsize=4096)
def _growth(rate: Fraction, pieces: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """(1 + r/Y1)^n1 x (1 + r/Y2)^n2 ... - 1, as (numerator, denominator).

    Months repeat, so a note computes each power once."""
    factor = Fraction(1)
    for days, year_days in pieces:
        factor *= (1 + rate / year_days) ** days
    growth = factor - 1
    return growth.numerator, growth.denominator


def cents_of_ratio(numerator: int, denominator: int) -> Decimal:
    """round_half_up(numerator / denominator, 0.01), away from zero on a tie,
    in integers: floor(|x| * 100 + 1/2) = (200 |n| + d) // 2d."""
    whole = (200 * abs(numerator) + denominator) // (2 * denominator)
    result = Decimal(whole).scaleb(-2)
    return -result if numerator < 0 else result


def round_cents(value: Fraction | Decimal) -> Decimal:
    """Round half up (away from zero on a tie) to the cent, exactly."""
    if isinstance(value, Decimal):
        return value.quantize(CENT, rounding=ROUND_HALF_UP)
    return cents_of_ratio(value.numerator, value.denominator)


def floor_shares(value: Decimal, price: Decimal | Fraction) -> int:
    """Whole shares that ``value`` buys at ``price`` (exact: no division error)."""
    return math.floor(Fraction(value) / Fraction(price))


def one_year_after(date: datetime.date) -> datetime.date:
    """The same day a year later; for a month-end, that month's end a year later."""
    if is_month_end(date):
        return month_end(date.year + 1, date.month)
    return datetime.date(date.year + 1, date.month, date.day)


def classify(date: datetime.date, maturity: datetime.date) -> Classification:
    """Current when the note matures within 12 months of ``date``.

    Principal is current on D when maturity <= D + 12 months. At a month-end
    D this is the month comparison (D.year, D.month) >= (maturity.year - 1,
    maturity.month), which the schedule uses for speed.
    """
    return CURRENT if maturity <= one_year_after(date) else NONCURRENT


def classify_month_end(date: datetime.date, maturity: datetime.date) -> Classification:
    """:func:`classify` for a month-end ``date``, by comparing months."""
    current = (date.year, date.month) >= (maturity.year - 1, maturity.month)
    return CURRENT if current else NONCURRENT


def decimal_price(price: Fraction | Decimal) -> Decimal:
    """A price as a Decimal: exact when it terminates, else to 28 digits."""
    if isinstance(price, Decimal):
        return price
    denominator = price.denominator
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    if denominator == 1:
        with decimal.localcontext(EXACT_CONTEXT):
            return (Decimal(price.numerator) / Decimal(price.denominator)).normalize()
    with decimal.localcontext(decimal.Context(prec=28)):
        return Decimal(price.numerator) / Decimal(price.denominator)


@dataclass(frozen=True)
class Shares:
    """Shares issued for a value V: at the conversion price, cash for the rest."""

    value: Decimal
    shares: int
    share_value: Decimal
    share_capital: Decimal
    premium: Decimal
    cash_in_lieu: Decimal

    @classmethod
    def issue(cls, value: Decimal, price: Decimal | Fraction, par: Decimal) -> Shares:
        shares = floor_shares(value, price)
        share_value = round_cents(shares * Fraction(price))
        share_capital = round_cents(shares * par)
        return cls(
            value=value,
            shares=shares,
            share_value=share_value,
            share_capital=share_capital,
            premium=share_value - share_capital,
            cash_in_lieu=value - share_value,
        )


NO_SHARES = Shares(Decimal(0), 0, Decimal(0), Decimal(0), Decimal(0), Decimal(0))


class Exact(NamedTuple):
    """An exact value kept as ``base + numerator / denominator``.

    The schedule adds up interest as whole day-count units times a constant
    (balance * rate / unit) between changes, so most months need no Fraction
    at all; the value is only made a Fraction when someone reads it. (A
    NamedTuple, like ``Row``: the schedule makes several per entry.)
    """

    base: Fraction
    numerator: int
    denominator: int

    @property
    def value(self) -> Fraction:
        if not self.numerator:
            return self.base
        return self.base + Fraction(self.numerator, self.denominator)

    def cents(self) -> Decimal:
        """round_half_up(value, 0.01), in integer arithmetic."""
        base = self.base
        if not base:
            return cents_of_ratio(self.numerator, self.denominator)
        return cents_of_ratio(
            base.numerator * self.denominator + self.numerator * base.denominator,
            base.denominator * self.denominator,
        )


class Row(NamedTuple):
    """One generated entry with the note's state right after it.

    ``period_start`` and ``period_end`` bound the days an accrual covers as a
    half-open interval ``[period_start, period_end)``. (A NamedTuple: a
    schedule makes one per entry, and a tuple is four times quicker to build
    than a frozen dataclass.)
    """

    kind: RowKind
    date: datetime.date
    source: Meta
    # The state after this row.
    outstanding: Decimal
    accrued_posted: Decimal
    accrued: Exact
    removed: Fraction
    bearing: Exact
    rate: Decimal
    #: None for a market-priced note, except on the rows that issue shares.
    conversion_price: Decimal | None
    par_value: Decimal
    maturity: datetime.date
    classification: Classification
    principal_account: str
    #: The effective rate in force (the stated rate for a note at par).
    effective_rate: Decimal
    #: The exact unamortized discount U (negative: a premium).
    discount: Decimal
    #: The discount account's posted balance, round_half_up(U) after accruals.
    discount_posted: Decimal
    # issue / accrual / payment: the interest amount posted or paid;
    # reclassification: the principal moved.
    amount: Decimal = Decimal(0)
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
    days: int = 0
    # accrual: the discount amortized into expense (credited to the discount
    # account); expense = amount + amortization.
    amortization: Decimal = Decimal(0)
    # issue: what the company received (purchase price - issue costs).
    proceeds: Decimal = Decimal(0)
    # conversion / settlement / repayment
    method: SettleMethod | Policy | None = None
    principal_paid: Decimal = Decimal(0)
    interest_paid: Decimal = Decimal(0)
    interest_in_cash: Decimal = Decimal(0)
    interest_forfeited: Decimal = Decimal(0)
    cash_paid: Decimal = Decimal(0)
    shares: Shares = NO_SHARES
    # conversion / repayment: the discount attributable to the principal
    # (B); settlement: the posted discount written off (R).
    discount_released: Decimal = Decimal(0)
    # repayment: loss (positive) or gain (negative) on extinguishment;
    # settlement: the discount written off.
    extinguishment: Decimal = Decimal(0)
    # reclassification: the account the principal left.
    from_account: str | None = None

    @property
    def cash_total(self) -> Decimal:
        """All cash the company pays in this row."""
        return self.cash_paid + self.interest_in_cash + self.shares.cash_in_lieu

    @property
    def interest_bearing(self) -> Fraction:
        """The exact balance interest is computed on."""
        return self.bearing.value

    @property
    def accrued_exact(self) -> Fraction:
        """Exact interest accrued and not yet paid or converted."""
        return self.accrued.value

    @property
    def interest_total(self) -> Fraction:
        """Exact interest accrued since issue, paid or not."""
        return self.accrued.value + self.removed

    @property
    def last_day(self) -> datetime.date | None:
        """The last day an accrual covers (``period_end`` is exclusive)."""
        return self.period_end - ONE_DAY if self.period_end is not None else None

    @property
    def expense(self) -> Decimal:
        """Interest expense posted by an accrual: coupon plus amortization."""
        return self.amount + self.amortization

    @property
    def carrying_amount(self) -> Decimal:
        """Principal - unamortized discount + accrued interest, as posted."""
        return self.outstanding - self.discount_posted + self.accrued_posted


class InterestPiece(NamedTuple):
    """One piece ``[start, end)`` of the interest computation, as computed:
    what an auditor needs to re-perform it."""

    start: datetime.date
    end: datetime.date
    rate: Decimal
    #: The interest-bearing balance at the start of the piece.
    balance: Exact
    #: The exact coupon interest of the piece.
    interest: Exact
    #: Daily compounding: (1 + r/Y)^n - 1 over the piece, as (num, den).
    growth: tuple[int, int] | None
    #: A note at amortized cost: e, B - U at the start, and U's fall over
    #: the piece (the amortization). ``effective_rate`` is None for the piece
    #: that reaches the maturity, which amortizes whatever remains.
    effective_rate: Decimal | None = None
    carrying: Decimal | None = None
    amortization: Decimal | None = None


@dataclass(frozen=True)
class Schedule:
    """Every row a note causes, in posting order, and the problems found."""

    terms: NoteTerms
    rows: tuple[Row, ...]
    errors: tuple[NoteError, ...]
    closed_on: datetime.date | None
    # The inputs, kept so a what-if can run the same schedule with one more
    # event.
    events: tuple[Event, ...]
    horizon: datetime.date
    latest: datetime.date
    closing_prices: ClosingPrices = ()
    #: Every piece of the interest computation (only when asked for).
    pieces: tuple[InterestPiece, ...] = ()


def market_price(
    market: MarketPrice, prices: ClosingPrices, date: datetime.date
) -> tuple[Fraction | None, int]:
    """The conversion price the market sets for ``date``, and how many prices
    were found.

    The closing prices are the ``lookback`` latest dated strictly before
    ``date``; the price is max(floor, (1 - discount) x reference), exact.
    None when fewer than ``lookback`` prices precede ``date``.
    """
    end = bisect.bisect_left(prices, date, key=lambda pair: pair[0])
    window = [
        Fraction(price) for _, price in prices[max(0, end - market.lookback) : end]
    ]
    if len(window) < market.lookback:
        return None, end
    if market.reference == "lowest":
        reference = min(window)
    else:
        # the mean of all of them, or of the N lowest
        low = sorted(window)[: LOWEST_AVERAGED.get(market.reference, len(window))]
        reference = sum(low, Fraction(0)) / len(low)
    price = (1 - Fraction(market.discount)) * reference
    return max(Fraction(market.floor), price), end


@dataclass
class _Note:
    """The running state of one note while its schedule is built."""

    terms: NoteTerms
    closing_prices: ClosingPrices = ()
    rows: list[Row] = field(default_factory=list)
    errors: list[NoteError] = field(default_factory=list)
    #: Record every piece (the audit export asks; the plugin does not).
    record: bool = False
    pieces: list[InterestPiece] = field(default_factory=list)

    def __post_init__(self) -> None:
        terms = self.terms
        self.outstanding = terms.principal
        # Exact interest-bearing balance: principal plus compounded interest,
        # as balance_num / balance_den (not reduced: see compound).
        principal = Fraction(terms.principal)
        self.balance_num = principal.numerator
        self.balance_den = principal.denominator
        # Daily compounding: the balance in units of 10^-40 (an integer).
        self.balance40 = int(terms.principal * 100) * _DAILY_DENOMINATOR // 100
        # Exact interest since the last compounding date, not yet in balance:
        # pending + pending_num / k_den.
        self.pending = Fraction(0)
        self.pending_num = 0
        # Exact unpaid interest = fold + (carry + k_num * units) / k_den:
        # interest kept as a Fraction after an event, interest counted since
        # then over k_den, and whole day-count units since the last change
        # times k = balance * rate / unit (as k_num / k_den).
        self.fold = Fraction(0)
        self.carry = 0
        self.units = 0
        self.k_den = 1
        self.unit = UNIT_DENOMINATOR[terms.day_count]
        self.accrued_posted = Decimal(0)
        # Exact interest taken out of accrued_exact by conversions, payments
        # and settlement: accrued_exact + removed is all interest since issue.
        self.removed = Fraction(0)
        self.rate = terms.rate
        self.rate_fraction = Fraction(terms.rate)
        self.periodic = terms.compounding in COMPOUNDING_MONTHS
        self.daily = terms.compounding == "daily"
        self.set_k()
        self.price: Decimal | None = terms.conversion_price
        self.market = terms.market
        self.par = terms.par_value
        self.maturity = terms.maturity
        self.maturity_source: Meta = terms.source
        # Interest is computed for [issue, cursor).
        self.cursor = terms.issue_date
        # The next accrual entry covers [posted_through, ...).
        self.posted_through = terms.issue_date
        self.closed_on: datetime.date | None = None
        # A plain iterator over dates: a generator of a method would hold
        # the note in a reference cycle, freed only by the cyclic collector.
        self.compounding_dates = anniversaries(
            terms.issue_date, COMPOUNDING_MONTHS.get(terms.compounding)
        )
        self.next_compounding = next(self.compounding_dates, None)
        self.classification = self._classify(terms.issue_date)
        self.account = self._account_for(self.classification)
        # Amortized cost (section 8): U exact, its posted balance, and e.
        self.discount = terms.discount_at_issue
        self.discount_posted = terms.discount_at_issue
        self.effective_rate = terms.rate
        if self.discount:
            self.effective_rate = self.solve(terms.issue_date)

    # -- interest ---------------------------------------------------------

    def set_k(self) -> None:
        """k = balance * rate / unit, the interest of one day-count unit
        (daily compounding counts its interest in units of 10^-40).

        ``carry`` and ``pending_num`` are over k_den: a change of k other than
        :meth:`compound` comes after :meth:`exact_fold`."""
        if self.daily:
            self.k_num, self.k_den = 1, _DAILY_DENOMINATOR
            return
        rate = self.rate_fraction
        self.k_num = self.balance_num * rate.numerator
        self.k_den = self.balance_den * rate.denominator * self.unit
        # B for the effective interest of the next pieces (amortized cost),
        # made when a piece first needs it.
        self.balance_decimal: Decimal | None = None

    def fold_units(self) -> None:
        """Count the units since the last change as interest over k_den."""
        if self.units:
            interest = self.k_num * self.units
            self.carry += interest
            if self.periodic:
                self.pending_num += interest
            self.units = 0

    def exact_fold(self) -> None:
        """Move the interest counted over k_den into the exact fractions
        (before an event reads or scales them)."""
        self.fold_units()
        if self.carry:
            self.fold += Fraction(self.carry, self.k_den)
            self.carry = 0
        if self.pending_num:
            self.pending += Fraction(self.pending_num, self.k_den)
            self.pending_num = 0

    @property
    def balance(self) -> Fraction:
        """The exact interest-bearing balance (simple and periodic interest)."""
        return Fraction(self.balance_num, self.balance_den)

    @balance.setter
    def balance(self, value: Fraction) -> None:
        self.balance_num, self.balance_den = value.numerator, value.denominator

    def balance_to_decimal(self) -> Decimal:
        """The balance as a Decimal in the current context."""
        return Decimal(self.balance_num) / Decimal(self.balance_den)

    @property
    def accrued(self) -> Exact:
        """The exact interest accrued and not yet paid or converted."""
        return Exact(self.fold, self.carry + self.k_num * self.units, self.k_den)

    def daily_interest(self, pieces: tuple[tuple[int, int], ...]) -> int:
        """Interest on a piece compounded daily, in units of 10^-40 (half up):
        the balance grows by (1 + r/Y)^n, n = DCF x Y."""
        numerator, denominator = _growth(self.rate_fraction, pieces)
        return (2 * self.balance40 * numerator + denominator) // (2 * denominator)

    @property
    def bearing(self) -> Exact:
        if self.daily:
            return Exact(Fraction(0), self.balance40, _DAILY_DENOMINATOR)
        return Exact(_ZERO, self.balance_num, self.balance_den)

    def accrue_to(self, date: datetime.date) -> None:
        """Compute the exact interest of ``[cursor, date)``, split at every
        compounding date; each piece also amortizes the discount."""
        basis = self.terms.day_count
        while self.cursor < date:
            start = self.cursor
            end = date
            if self.next_compounding is not None and self.next_compounding < end:
                end = self.next_compounding
            recorded: tuple[Exact, Exact, tuple[int, int] | None] | None = None
            if self.daily:
                powers = daily_powers(basis, start, end)
                bearing = self.balance40
                interest = self.daily_interest(powers)
                self.balance40 += interest
                self.units += interest
                piece = None
                if self.discount or self.record:
                    piece = Piece(
                        Decimal(bearing).scaleb(-40),
                        Decimal(interest).scaleb(-40),
                        Decimal(0),
                        powers,
                    )
                if self.record:
                    recorded = (
                        Exact(Fraction(0), bearing, _DAILY_DENOMINATOR),
                        Exact(Fraction(0), interest, _DAILY_DENOMINATOR),
                        _growth(self.rate_fraction, powers),
                    )
            else:
                units = dcf_units(basis, start, end)
                self.units += units
                piece = None
                if self.discount or self.record:
                    if self.balance_decimal is None:
                        self.balance_decimal = self.balance_to_decimal()
                    piece = Piece(
                        self.balance_decimal,
                        Decimal(self.k_num * units) / self.k_den,
                        Decimal(units) / self.unit,
                        (),
                    )
                if self.record:
                    recorded = (
                        Exact(_ZERO, self.balance_num, self.balance_den),
                        Exact(_ZERO, self.k_num * units, self.k_den),
                        None,
                    )
            before = self.discount
            if self.discount and piece is not None:
                self.amortize(piece, end)
            if recorded is not None:
                balance, coupon, growth = recorded
                self.pieces.append(
                    InterestPiece(
                        start,
                        end,
                        self.rate,
                        balance,
                        coupon,
                        growth,
                        self.effective_rate if before and end < self.maturity else None,
                        piece.balance - before if before and piece else None,
                        before - self.discount if before else None,
                    )
                )
            self.cursor = end
            if end == self.next_compounding:
                self.compound()
                self.next_compounding = next(self.compounding_dates, None)

    def compound(self) -> None:
        """A compounding date: the pending interest joins the balance."""
        self.fold_units()
        if self.pending:
            # After an event the pending interest is partly a Fraction.
            self.exact_fold()
            self.balance += self.pending
            self.pending = Fraction(0)
            self.set_k()
            return
        # Integers only, nothing reduced: pending_num is over k_den, which is
        # balance_den x step (step = the rate's denominator x the unit); the
        # new balance is over k_den, and the new k_den is k_den x step, so the
        # interest counted over the old one is scaled by step.
        step = self.k_den // self.balance_den
        self.balance_num = self.balance_num * step + self.pending_num
        self.balance_den = self.k_den
        self.pending_num = 0
        self.carry *= step
        self.set_k()

    def amortize(self, piece: Piece, end: datetime.date) -> None:
        """U after one piece ending on ``end``: zero from the maturity on."""
        if end >= self.maturity:
            self.discount = Decimal(0)
        else:
            self.discount = amortize(self.effective_rate, self.discount, piece)

    def solve(self, start: datetime.date) -> Decimal:
        """The effective rate that brings U, as it stands on ``start``, to
        zero at the maturity with no further event."""
        self.exact_fold()
        if self.daily:
            balance = Decimal(self.balance40).scaleb(-40)
        else:
            balance = self.balance_to_decimal()
        pieces = project_pieces(
            start=start,
            maturity=self.maturity,
            principal=self.outstanding,
            balance=balance,
            pending=to_decimal(self.pending),
            rate=self.rate,
            basis=self.terms.day_count,
            compounding=self.terms.compounding,
            issue_date=self.terms.issue_date,
            payment_months=PAYMENT_MONTHS.get(self.terms.interest_payment),
        )
        return solve_effective_rate(self.discount, pieces, self.rate)

    def post_accrual(
        self, date: datetime.date, entry_date: datetime.date, source: Meta
    ) -> None:
        """Accrue up to ``date`` (exclusive) and post what is due, dated
        ``entry_date``: the interest and the amortization of the discount."""
        self.accrue_to(date)
        amount = self.accrued.cents() - self.accrued_posted
        amortization = (
            self.discount_posted - round_cents(self.discount)
            if self.discount_posted or self.discount
            else self.discount_posted
        )
        if amount == 0 and amortization == 0:
            return
        self.accrued_posted += amount
        self.discount_posted -= amortization
        start = self.posted_through
        self.posted_through = date
        self.add_row(
            ACCRUAL,
            entry_date,
            source,
            amount=amount,
            amortization=amortization,
            period_start=start,
            period_end=date,
            days=(date - start).days,
        )

    def reset_interest(self) -> None:
        """After interest is paid: no exact interest is left unpaid and the
        interest-bearing balance is the outstanding principal again."""
        self.exact_fold()
        self.removed += self.fold
        self.fold = Fraction(0)
        self.balance = Fraction(self.outstanding)
        self.balance40 = int(self.outstanding * 100) * _DAILY_DENOMINATOR // 100
        self.pending = Fraction(0)
        self.set_k()

    def pay_interest(self, date: datetime.date) -> None:
        """An interest payment date: accrue to it, then pay what is posted."""
        if date >= self.maturity:
            return
        source = self.terms.source
        self.post_accrual(date, date, source)
        paid = self.accrued_posted
        self.accrued_posted = Decimal(0)
        self.reset_interest()
        if paid:
            self.add_row(
                PAYMENT,
                date,
                source,
                amount=paid,
                interest_paid=paid,
                interest_in_cash=paid,
            )

    # -- classification ---------------------------------------------------

    def _classify(self, date: datetime.date) -> Classification:
        if self.terms.accounts.noncurrent is None:
            return CURRENT
        return classify(date, self.maturity)

    def _account_for(self, classification: Classification) -> str:
        accounts = self.terms.accounts
        if classification == NONCURRENT and accounts.noncurrent is not None:
            return accounts.noncurrent
        return accounts.principal

    def reclassify(self, month_end: datetime.date) -> None:
        """Move the principal when its classification changed at a month-end."""
        if self.terms.accounts.noncurrent is None:
            return
        classification = classify_month_end(month_end, self.maturity)
        if classification == self.classification:
            return
        from_account = self.account
        self.classification = classification
        self.account = self._account_for(classification)
        self.add_row(
            RECLASSIFICATION,
            month_end,
            self.maturity_source,
            amount=self.outstanding,
            from_account=from_account,
        )

    # -- rows ---------------------------------------------------------------

    def add_row(
        self,
        kind: RowKind,
        date: datetime.date,
        source: Meta,
        principal_account: str | None = None,
        conversion_price: Decimal | None = None,
        **details: Any,
    ) -> None:
        """Record a row with the current state and the row's own details."""
        self.rows.append(
            Row(
                kind,
                date,
                source,
                self.outstanding,
                self.accrued_posted,
                self.accrued,
                self.removed,
                self.bearing,
                self.rate,
                conversion_price if conversion_price is not None else self.price,
                self.par,
                self.maturity,
                self.classification,
                principal_account or self.account,
                self.effective_rate,
                self.discount,
                self.discount_posted,
                **details,
            )
        )

    def error(self, source: Meta, message: str) -> None:
        self.errors.append(NoteError(source, message, None))

    # -- events -------------------------------------------------------------

    def apply(self, event: Event) -> None:
        """Apply one event, or report why it cannot be applied."""
        where = f"note {self.terms.note_id}"
        if event.date < self.terms.issue_date:
            self.error(
                event.source,
                f"{where}: event dated {event.date} is before the issue date "
                f"{self.terms.issue_date}",
            )
            return
        if self.closed_on is not None:
            self.error(
                event.source,
                f"{where}: event dated {event.date} comes after the note closed "
                f"on {self.closed_on}",
            )
            return
        match event:
            case Extend():
                self.extend(event, where)
            case Convert():
                self.convert(event, where)
            case Adjust():
                self.adjust(event, where)
            case Settle():
                self.settle(event, where)
            case Repay():
                self.repay(event, where)
            case _:
                assert_never(event)

    def _allowed(self, ok: bool, source: Meta, message: str) -> bool:
        """``ok``, after reporting ``message`` at ``source`` when it is not."""
        if not ok:
            self.error(source, message)
        return ok

    def _currency_ok(self, source: Meta, what: str, currency: str, where: str) -> bool:
        return self._allowed(
            currency == self.terms.currency,
            source,
            f"{where}: {what} is in {currency} but the note is in "
            f"{self.terms.currency}",
        )

    def extend(self, event: Extend, where: str) -> None:
        if event.date > self.maturity:
            self.error(
                event.source,
                f"{where}: extension dated {event.date} is after the maturity "
                f"{self.maturity}; extend on or before it",
            )
            return
        if event.new_maturity <= self.maturity:
            self.error(
                event.source,
                f"{where}: the new maturity {event.new_maturity} must be later "
                f"than the current maturity {self.maturity}",
            )
            return
        if self.discount:
            # A modification: U as it stands reaches zero at the new maturity.
            self.accrue_to(event.date)
            self.maturity = event.new_maturity
            self.effective_rate = self.solve(event.date)
        self.maturity = event.new_maturity
        self.maturity_source = event.source

    def _adjust_market(self, event: Adjust, where: str) -> MarketPrice | bool | None:
        """The market terms after ``event``; False after reporting a problem."""
        market = self.market
        if event.conversion_discount is None and event.price_floor is None:
            return market
        if market is None:
            self.error(
                event.source,
                f"{where}: conversion-discount and conversion-price-floor apply "
                f"to a note whose price is set by the market; this note has a "
                f"fixed conversion-price",
            )
            return False
        if event.price_floor is not None:
            if not self._currency_ok(
                event.source,
                "conversion-price-floor",
                event.price_floor.currency,
                where,
            ):
                return False
            market = replace(market, floor=event.price_floor.number)
        if event.conversion_discount is not None:
            market = replace(market, discount=event.conversion_discount)
        return market

    def adjust(self, event: Adjust, where: str) -> None:
        price = self.price
        par = self.par
        if event.conversion_price is not None:
            if self.market is not None:
                self.error(
                    event.source,
                    f"{where}: the conversion price is set by the market; adjust "
                    f"conversion-discount or conversion-price-floor instead",
                )
                return
            if not self._currency_ok(
                event.source, "conversion-price", event.conversion_price.currency, where
            ):
                return
            price = event.conversion_price.number
        if event.par_value is not None:
            if not self._currency_ok(
                event.source, "par-value", event.par_value.currency, where
            ):
                return
            par = event.par_value.number
        if price is not None and par > price:
            self.error(
                event.source,
                f"{where}: par-value {par} would be above the conversion-price {price}",
            )
            return
        market = self._adjust_market(event, where)
        if market is False:
            return
        # The days before the adjustment accrue on the old terms.
        self.accrue_to(event.date)
        self.price = price
        self.par = par
        self.market = market if isinstance(market, MarketPrice) else None
        if event.rate is not None:
            self.exact_fold()
            self.rate = event.rate
            self.rate_fraction = Fraction(event.rate)
            self.set_k()
            # A rate reset re-solves e: U as it stands reaches zero at the
            # maturity (the stated rate itself when there is no discount).
            self.effective_rate = (
                self.solve(event.date) if self.discount else event.rate
            )

    def conversion_price_on(
        self, date: datetime.date, source: Meta, where: str
    ) -> Fraction | Decimal | None:
        """The price shares are issued at on ``date``; None after an error."""
        if self.market is None:
            assert self.price is not None
            return self.price
        price, found = market_price(self.market, self.closing_prices, date)
        if price is None:
            self.error(
                source,
                f"{where}: the conversion price on {date} needs "
                f"{self.market.lookback} closing prices of "
                f"{self.market.commodity} in {self.terms.currency} dated before "
                f"it; found {found}",
            )
        return price

    def take(self, date: datetime.date, principal: Decimal) -> tuple[Decimal, Decimal]:
        """Remove ``principal`` of the outstanding P (a conversion or a
        repayment): the interest A and the discount B attributable to it.

        The exact accrued interest falls by exact x c / P and its posted
        balance by A; U falls by U x c / P and its posted balance by B; the
        interest-bearing balance scales by (P - c) / P."""
        outstanding = self.outstanding
        share = Fraction(principal) / Fraction(outstanding)
        self.exact_fold()
        interest_exact = self.fold * share
        interest = round_cents(interest_exact)
        self.fold -= interest_exact
        self.removed += interest_exact
        self.accrued_posted -= interest
        released_exact = self.discount * principal / outstanding
        released = round_cents(released_exact)
        self.discount -= released_exact
        self.discount_posted -= released
        self.balance *= 1 - share
        self.pending *= 1 - share
        # Half up, in units of 10^-40 (cents are integers here).
        kept, whole = int((outstanding - principal) * 100), int(outstanding * 100)
        self.balance40 = (2 * self.balance40 * kept + whole) // (2 * whole)
        self.set_k()
        self.outstanding -= principal
        if self.outstanding == 0:
            self.closed_on = date
        return interest, released

    def _principal_ok(
        self, source: Meta, what: str, money_number: Decimal, where: str
    ) -> bool:
        return self._allowed(
            money_number <= self.outstanding,
            source,
            f"{where}: cannot {what} {money_number} {self.terms.currency}, only "
            f"{self.outstanding} {self.terms.currency} is outstanding",
        )

    def convert(self, event: Convert, where: str) -> None:
        if not self._currency_ok(
            event.source, "the amount converted", event.principal.currency, where
        ):
            return
        converted = event.principal.number
        if not self._principal_ok(event.source, "convert", converted, where):
            return
        price = self.conversion_price_on(event.date, event.source, where)
        if price is None:
            return
        self.post_accrual(event.date, event.date, event.source)
        account = self.account
        interest, released = self.take(event.date, converted)
        policy = self.terms.interest_on_conversion
        value = converted + interest if policy == "shares" else converted
        self.add_row(
            CONVERSION,
            event.date,
            event.source,
            principal_account=account,
            conversion_price=decimal_price(price),
            method=policy,
            principal_paid=converted,
            interest_paid=interest,
            interest_in_cash=interest if policy == "cash" else Decimal(0),
            interest_forfeited=interest if policy == "forfeit" else Decimal(0),
            shares=Shares.issue(value, price, self.par),
            discount_released=released,
        )

    def repay(self, event: Repay, where: str) -> None:
        for what, money in (
            ("the amount repaid", event.principal),
            ("price", event.price),
        ):
            if not self._currency_ok(event.source, what, money.currency, where):
                return
        repaid = event.principal.number
        if not self._principal_ok(event.source, "repay", repaid, where):
            return
        self.post_accrual(event.date, event.date, event.source)
        account = self.account
        interest, released = self.take(event.date, repaid)
        price = event.price.number
        self.add_row(
            REPAYMENT,
            event.date,
            event.source,
            principal_account=account,
            principal_paid=repaid,
            interest_paid=interest,
            interest_in_cash=interest,
            cash_paid=price,
            discount_released=released,
            extinguishment=price - (repaid - released),
        )

    def settle(self, event: Settle, where: str) -> None:
        if event.cash is not None and not self._currency_ok(
            event.source, "cash", event.cash.currency, where
        ):
            return
        self.post_accrual(event.date, event.date, event.source)
        owed = self.outstanding + self.accrued_posted
        cash = self._settlement_cash(event, owed, where)
        if cash is None:
            return
        price: Fraction | Decimal | None = self.price
        if owed - cash > 0:
            price = self.conversion_price_on(event.date, event.source, where)
            if price is None:
                return
        principal, interest = self.outstanding, self.accrued_posted
        written_off = self.discount_posted
        self.outstanding = Decimal(0)
        self.accrued_posted = Decimal(0)
        self.reset_interest()
        self.discount = Decimal(0)
        self.discount_posted = Decimal(0)
        self.closed_on = event.date
        self.add_row(
            SETTLEMENT,
            event.date,
            event.source,
            conversion_price=decimal_price(price) if price is not None else None,
            method=event.method,
            principal_paid=principal,
            interest_paid=interest,
            cash_paid=cash,
            shares=(
                Shares.issue(owed - cash, price, self.par)
                if owed - cash > 0 and price is not None
                else NO_SHARES
            ),
            discount_released=written_off,
            extinguishment=written_off,
        )

    def _settlement_cash(
        self, event: Settle, owed: Decimal, where: str
    ) -> Decimal | None:
        """The cash part of a settlement of ``owed``; None after an error."""
        match event.method:
            case "cash":
                return owed
            case "shares":
                return Decimal(0)
            case "mixed":
                assert event.cash is not None
                cash = event.cash.number
                if cash > owed:
                    self.error(
                        event.source,
                        f"{where}: cash {cash} {self.terms.currency} is more than "
                        f"the {owed} {self.terms.currency} owed (principal "
                        f"{self.outstanding} + interest {self.accrued_posted})",
                    )
                    return None
                return cash
            case _:
                assert_never(event.method)

    # -- month-ends -----------------------------------------------------------

    def month_end(self, date: datetime.date) -> None:
        """The month-end accrual covering up to and including ``date``."""
        self.post_accrual(date + ONE_DAY, date, self.terms.source)
        if self.outstanding > 0:
            self.reclassify(date)

    def check_maturity(self, latest: datetime.date) -> None:
        """A note past maturity must have been settled, converted or extended."""
        end = self.closed_on if self.closed_on is not None else latest
        if end > self.maturity:
            self.error(
                self.terms.source,
                f"note {self.terms.note_id} matured on {self.maturity} with no "
                f"settlement, full conversion or extension on or before that date",
            )


def build_schedule(
    terms: NoteTerms,
    events: Sequence[Event],
    horizon: datetime.date,
    latest: datetime.date,
    closing_prices: ClosingPrices = (),
    record_pieces: bool = False,
) -> Schedule:
    """Every row the note causes.

    Args:
      terms: the note's definition.
      events: its events, in ledger order (same-day events apply in this order).
      horizon: month-end accruals and interest payments run up to and
        including this date.
      latest: the latest date of any entry in the ledger (for the maturity check).
      closing_prices: the share's closing prices in the note's currency, for a
        conversion price set by the market.
      record_pieces: keep every piece of the interest computation.
    """
    with decimal.localcontext(EXACT_CONTEXT):
        note = _Note(terms, closing_prices, record=record_pieces)
        note.add_row(
            ISSUE,
            terms.issue_date,
            terms.source,
            amount=terms.principal,
            proceeds=terms.proceeds,
        )
        ordered = sorted(enumerate(events), key=lambda pair: (pair[1].date, pair[0]))
        pending = [event for _, event in ordered]
        index = _run_timeline(note, pending, horizon)
        for event in pending[index:]:
            note.apply(event)
        note.check_maturity(latest)
    return Schedule(
        terms=terms,
        rows=tuple(note.rows),
        errors=tuple(note.errors),
        closed_on=note.closed_on,
        events=tuple(events),
        horizon=horizon,
        latest=latest,
        closing_prices=closing_prices,
        pieces=tuple(note.pieces),
    )


def _run_timeline(note: _Note, events: list[Event], horizon: datetime.date) -> int:
    """Payment dates, events and month-ends in date order until the note
    closes; on one date: the payment, then the events, then the month-end.
    Returns how many events were applied."""
    ends = iter(month_ends(note.terms.issue_date, horizon))
    payments = anniversaries(
        note.terms.issue_date, PAYMENT_MONTHS.get(note.terms.interest_payment)
    )
    next_end = next(ends, None)
    next_pay = next(payments, None)
    index = 0
    while note.closed_on is None:
        if next_pay is not None and next_pay > horizon:
            next_pay = None
        event_date = events[index].date if index < len(events) else None
        if (
            next_pay is not None
            and (event_date is None or next_pay <= event_date)
            and (next_end is None or next_pay <= next_end)
        ):
            note.pay_interest(next_pay)
            next_pay = next(payments, None)
        elif event_date is not None and (next_end is None or event_date <= next_end):
            note.apply(events[index])
            index += 1
        elif next_end is not None:
            note.month_end(next_end)
            next_end = next(ends, None)
        else:
            break
    return index
