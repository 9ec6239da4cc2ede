"""A note's schedule: every entry it causes, as plain values.

The second step of the plugin (parse → schedule → entries). A pure function
of the note's terms, its events and the horizon: no Beancount types, no
today's date. Interest is kept exact (:class:`fractions.Fraction`) and only
what is posted is rounded, half up, to the cent.

How one month's interest is computed, in order:

1. :meth:`_Note.accrue_to` walks the days not yet computed, split at every
   compounding date. Simple and periodic interest counts whole day-count
   units (:func:`daycount.dcf_units`); between two changes of balance or rate
   the exact interest is k x units, k = balance x rate / unit. Daily
   compounding adds each piece's exact growth (:meth:`_Note.daily_interest`).
2. :meth:`_Note.post_accrual` posts round_half_up(exact unpaid interest) minus
   what is already posted and unpaid (:meth:`Exact.cents`).
"""

from __future__ import annotations

import datetime
import functools
import math
from dataclasses import dataclass
from dataclasses import field
from decimal import ROUND_HALF_UP
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING
from typing import Any
from typing import NamedTuple

from plugins.convertible_note.daycount import ACT_ACT
from plugins.convertible_note.daycount import UNIT_DENOMINATOR
from plugins.convertible_note.daycount import add_months
from plugins.convertible_note.daycount import days_in_basis
from plugins.convertible_note.daycount import dcf_units
from plugins.convertible_note.daycount import is_month_end
from plugins.convertible_note.daycount import month_end
from plugins.convertible_note.daycount import month_ends
from plugins.convertible_note.daycount import year_pieces
from plugins.convertible_note.errors import NoteError
from plugins.convertible_note.terms import Adjust
from plugins.convertible_note.terms import Convert
from plugins.convertible_note.terms import Event
from plugins.convertible_note.terms import Extend
from plugins.convertible_note.terms import Meta
from plugins.convertible_note.terms import NoteTerms
from plugins.convertible_note.terms import Settle

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Sequence

CENT = Decimal("0.01")
ONE_DAY = datetime.timedelta(days=1)

ISSUE = "issue"
ACCRUAL = "accrual"
CONVERSION = "conversion"
SETTLEMENT = "settlement"
RECLASSIFICATION = "reclassification"

CURRENT = "current"
NONCURRENT = "non-current"

#: Months between compounding dates.
_COMPOUNDING_MONTHS = {"monthly": 1, "quarterly": 3, "annually": 12}

#: Daily compounding keeps the balance and the interest in units of 10^-40;
#: the growth factor (1 + r/Y)^n itself is computed exactly.
_DAILY_DENOMINATOR = 10**40


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


def floor_shares(value: Decimal, price: Decimal) -> int:
    """Whole shares that ``value`` buys at ``price`` (exact: no division error)."""
    return math.floor(Fraction(value) / Fraction(price))


def one_year_after(date: datetime.date) -> datetime.date:
    """The same day a year later; for a month-end, that month's end a year later."""
    if is_month_end(date):
        return month_end(date.year + 1, date.month)
    return datetime.date(date.year + 1, date.month, date.day)


def classify(date: datetime.date, maturity: datetime.date) -> str:
    """Current when the note matures within 12 months of ``date``."""
    return CURRENT if maturity <= one_year_after(date) else NONCURRENT


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
    def issue(cls, value: Decimal, price: Decimal, par: Decimal) -> Shares:
        shares = floor_shares(value, price)
        share_value = round_cents(shares * price)
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


@dataclass(frozen=True, slots=True)
class Exact:
    """An exact value kept as ``base + numerator / denominator``.

    The schedule adds up interest as whole day-count units times a constant
    (balance * rate / unit) between changes, so most months need no Fraction
    at all; the value is only made a Fraction when someone reads it.
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

    kind: str
    date: datetime.date
    source: Meta
    # The state after this row.
    outstanding: Decimal
    accrued_posted: Decimal
    accrued: Exact
    removed: Fraction
    bearing: Exact
    rate: Decimal
    conversion_price: Decimal
    par_value: Decimal
    maturity: datetime.date
    classification: str
    principal_account: str
    # issue / accrual: the amount posted; reclassification: the amount moved.
    amount: Decimal = Decimal(0)
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
    days: int = 0
    # conversion / settlement
    method: str | None = None
    principal_paid: Decimal = Decimal(0)
    interest_paid: Decimal = Decimal(0)
    interest_in_cash: Decimal = Decimal(0)
    interest_forfeited: Decimal = Decimal(0)
    cash_paid: Decimal = Decimal(0)
    shares: Shares = NO_SHARES
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


@dataclass
class _Note:
    """The running state of one note while its schedule is built."""

    terms: NoteTerms
    rows: list[Row] = field(default_factory=list)
    errors: list[NoteError] = field(default_factory=list)

    def __post_init__(self) -> None:
        terms = self.terms
        self.outstanding = terms.principal
        # Exact interest-bearing balance: principal plus compounded interest.
        self.balance = Fraction(terms.principal)
        # Daily compounding: the balance in units of 10^-40 (an integer).
        self.balance40 = int(terms.principal * 100) * _DAILY_DENOMINATOR // 100
        # Exact interest since the last compounding date, not yet in balance.
        self.pending = Fraction(0)
        # Exact unpaid interest = fold + k * units: interest folded into a
        # Fraction at each change, plus whole day-count units since then times
        # k = balance * rate / unit (as k_num / k_den).
        self.fold = Fraction(0)
        self.units = 0
        self.unit = UNIT_DENOMINATOR[terms.day_count]
        self.accrued_posted = Decimal(0)
        # Exact interest taken out of accrued_exact by conversions and
        # settlement: accrued_exact + removed is all interest since issue.
        self.removed = Fraction(0)
        self.rate = terms.rate
        self.rate_fraction = Fraction(terms.rate)
        self.periodic = terms.compounding in _COMPOUNDING_MONTHS
        self.daily = terms.compounding == "daily"
        self.set_k()
        self.price = terms.conversion_price
        self.par = terms.par_value
        self.maturity = terms.maturity
        self.maturity_source: Meta = terms.source
        # Interest is computed for [issue, cursor).
        self.cursor = terms.issue_date
        # The next accrual entry covers [posted_through, ...).
        self.posted_through = terms.issue_date
        self.closed_on: datetime.date | None = None
        self.compounding_dates = self._compounding_dates()
        self.next_compounding = next(self.compounding_dates, None)
        self.classification = self._classify(terms.issue_date)
        self.account = self._account_for(self.classification)

    # -- interest ---------------------------------------------------------

    def _compounding_dates(self) -> Iterator[datetime.date]:
        step = _COMPOUNDING_MONTHS.get(self.terms.compounding)
        if step is None:
            return
        count = 1
        while True:
            yield add_months(self.terms.issue_date, step * count)
            count += 1

    def set_k(self) -> None:
        """k = balance * rate / unit, the interest of one day-count unit
        (daily compounding counts its interest in units of 10^-40)."""
        if self.daily:
            self.k_num, self.k_den = 1, _DAILY_DENOMINATOR
            return
        balance, rate = self.balance, self.rate_fraction
        self.k_num = balance.numerator * rate.numerator
        self.k_den = balance.denominator * rate.denominator * self.unit

    def fold_units(self) -> None:
        """Turn the units counted since the last change into exact interest."""
        if self.units:
            interest = Fraction(self.k_num * self.units, self.k_den)
            self.fold += interest
            if self.periodic:
                self.pending += interest
            self.units = 0

    @property
    def accrued(self) -> Exact:
        return Exact(self.fold, self.k_num * self.units, self.k_den)

    def daily_interest(self, start: datetime.date, end: datetime.date) -> int:
        """Interest on ``[start, end)`` compounded daily, in units of 10^-40
        (half up): the balance grows by (1 + r/Y)^n, n = DCF x Y."""
        basis = self.terms.day_count
        if basis == ACT_ACT:
            pieces = tuple(year_pieces(start, end))
        else:
            year_days = 365 if basis == "ACT/365" else 360
            pieces = ((days_in_basis(basis, start, end), year_days),)
        numerator, denominator = _growth(self.rate_fraction, pieces)
        return (2 * self.balance40 * numerator + denominator) // (2 * denominator)

    @property
    def bearing(self) -> Exact:
        if self.daily:
            return Exact(Fraction(0), self.balance40, _DAILY_DENOMINATOR)
        return Exact(self.balance, 0, 1)

    def accrue_to(self, date: datetime.date) -> None:
        """Compute the exact interest of ``[cursor, date)``, split at every
        compounding date."""
        basis = self.terms.day_count
        while self.cursor < date:
            end = date
            if self.next_compounding is not None and self.next_compounding < end:
                end = self.next_compounding
            if self.daily:
                interest = self.daily_interest(self.cursor, end)
                self.balance40 += interest
                self.units += interest
            else:
                self.units += dcf_units(basis, self.cursor, end)
            self.cursor = end
            if end == self.next_compounding:
                self.fold_units()
                self.balance += self.pending
                self.pending = Fraction(0)
                self.set_k()
                self.next_compounding = next(self.compounding_dates, None)

    def post_accrual(
        self, date: datetime.date, entry_date: datetime.date, source: Meta
    ) -> None:
        """Accrue up to ``date`` (exclusive) and post what is due, dated
        ``entry_date``."""
        self.accrue_to(date)
        amount = self.accrued.cents() - self.accrued_posted
        if amount == 0:
            return
        self.accrued_posted += amount
        start = self.posted_through
        self.posted_through = date
        self.add_row(
            ACCRUAL,
            entry_date,
            source,
            amount=amount,
            period_start=start,
            period_end=date,
            days=(date - start).days,
        )

    # -- classification ---------------------------------------------------

    def _classify(self, date: datetime.date) -> str:
        if self.terms.accounts.noncurrent is None:
            return CURRENT
        return classify(date, self.maturity)

    def _account_for(self, classification: str) -> str:
        accounts = self.terms.accounts
        if classification == NONCURRENT and accounts.noncurrent is not None:
            return accounts.noncurrent
        return accounts.principal

    def reclassify(self, month_end: datetime.date) -> None:
        """At a month-end D, the note is current when its maturity falls in
        or before D's month a year later: (D.year, D.month) >= (maturity.year
        - 1, maturity.month). A tuple comparison, not date arithmetic."""
        if self.terms.accounts.noncurrent is None:
            return
        maturity = self.maturity
        current = (month_end.year, month_end.month) >= (
            maturity.year - 1,
            maturity.month,
        )
        classification = CURRENT if current else NONCURRENT
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
        kind: str,
        date: datetime.date,
        source: Meta,
        principal_account: str | None = None,
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
                Exact(self.fold, self.k_num * self.units, self.k_den),
                self.removed,
                self.bearing,
                self.rate,
                self.price,
                self.par,
                self.maturity,
                self.classification,
                principal_account or self.account,
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
        if isinstance(event, Extend):
            self.extend(event, where)
        elif isinstance(event, Convert):
            self.convert(event, where)
        elif isinstance(event, Adjust):
            self.adjust(event, where)
        else:
            self.settle(event, where)

    def _currency_ok(self, source: Meta, what: str, currency: str, where: str) -> bool:
        if currency == self.terms.currency:
            return True
        self.error(
            source,
            f"{where}: {what} is in {currency} but the note is in "
            f"{self.terms.currency}",
        )
        return False

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
        self.maturity = event.new_maturity
        self.maturity_source = event.source

    def adjust(self, event: Adjust, where: str) -> None:
        price = self.price
        par = self.par
        if event.conversion_price is not None:
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
        if par > price:
            self.error(
                event.source,
                f"{where}: par-value {par} would be above the conversion-price {price}",
            )
            return
        # The days before the adjustment accrue on the old terms.
        self.accrue_to(event.date)
        self.price = price
        self.par = par
        if event.rate is not None:
            self.fold_units()
            self.rate = event.rate
            self.rate_fraction = Fraction(event.rate)
            self.set_k()

    def convert(self, event: Convert, where: str) -> None:
        if not self._currency_ok(
            event.source, "the amount converted", event.principal.currency, where
        ):
            return
        converted = event.principal.number
        if converted > self.outstanding:
            self.error(
                event.source,
                f"{where}: cannot convert {converted} {self.terms.currency}, only "
                f"{self.outstanding} {self.terms.currency} is outstanding",
            )
            return
        self.post_accrual(event.date, event.date, event.source)
        principal = self.outstanding
        share = Fraction(converted) / Fraction(principal)
        self.fold_units()
        interest_exact = self.fold * share
        interest = round_cents(interest_exact)
        self.fold -= interest_exact
        self.removed += interest_exact
        self.accrued_posted -= interest
        self.balance *= 1 - share
        self.pending *= 1 - share
        # Half up, in units of 10^-40 (cents are integers here).
        kept, whole = int((principal - converted) * 100), int(principal * 100)
        self.balance40 = (2 * self.balance40 * kept + whole) // (2 * whole)
        self.set_k()
        self.outstanding -= converted

        policy = self.terms.interest_on_conversion
        value = converted + interest if policy == "shares" else converted
        account = self.account
        if self.outstanding == 0:
            self.closed_on = event.date
        self.add_row(
            CONVERSION,
            event.date,
            event.source,
            principal_account=account,
            method=policy,
            principal_paid=converted,
            interest_paid=interest,
            interest_in_cash=interest if policy == "cash" else Decimal(0),
            interest_forfeited=interest if policy == "forfeit" else Decimal(0),
            shares=Shares.issue(value, self.price, self.par),
        )

    def settle(self, event: Settle, where: str) -> None:
        if event.cash is not None and not self._currency_ok(
            event.source, "cash", event.cash.currency, where
        ):
            return
        self.post_accrual(event.date, event.date, event.source)
        owed = self.outstanding + self.accrued_posted
        if event.method == "cash":
            cash = owed
        elif event.method == "shares":
            cash = Decimal(0)
        else:
            assert event.cash is not None
            cash = event.cash.number
            if cash > owed:
                self.error(
                    event.source,
                    f"{where}: cash {cash} {self.terms.currency} is more than the "
                    f"{owed} {self.terms.currency} owed (principal "
                    f"{self.outstanding} + interest {self.accrued_posted})",
                )
                return
        principal, interest = self.outstanding, self.accrued_posted
        self.outstanding = Decimal(0)
        self.accrued_posted = Decimal(0)
        self.fold_units()
        self.removed += self.fold
        self.fold = Fraction(0)
        self.balance = Fraction(0)
        self.balance40 = 0
        self.pending = Fraction(0)
        self.set_k()
        self.closed_on = event.date
        self.add_row(
            SETTLEMENT,
            event.date,
            event.source,
            method=event.method,
            principal_paid=principal,
            interest_paid=interest,
            cash_paid=cash,
            shares=(
                Shares.issue(owed - cash, self.price, self.par)
                if owed - cash > 0
                else NO_SHARES
            ),
        )

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
) -> Schedule:
    """Every row the note causes.

    Args:
      terms: the note's definition.
      events: its events, in ledger order (same-day events apply in this order).
      horizon: month-end accruals run up to and including this date.
      latest: the latest date of any entry in the ledger (for the maturity check).
    """
    note = _Note(terms)
    note.add_row(ISSUE, terms.issue_date, terms.source, amount=terms.principal)
    ordered = sorted(enumerate(events), key=lambda pair: (pair[1].date, pair[0]))
    pending = [event for _, event in ordered]
    ends = month_ends(terms.issue_date, horizon)
    index = 0
    for end in ends:
        while index < len(pending) and pending[index].date <= end:
            note.apply(pending[index])
            index += 1
        if note.closed_on is not None:
            break
        note.month_end(end)
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
    )
