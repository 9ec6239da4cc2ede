"""The supporting schedules of the audit package, from the notes' schedules."""

from __future__ import annotations

import datetime
import decimal
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import fields
from decimal import ROUND_HALF_UP
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import assert_never

from plugins.books.export.ads import NoteJournal
from plugins.books.export.ads import postings_key
from plugins.books.schedule_table import exact
from plugins.books.schedule_table import exact_decimal
from plugins.convertible_note.daycount import days_in_basis
from plugins.convertible_note.daycount import year_fraction
from plugins.convertible_note.entries import effective_rate_text
from plugins.convertible_note.entries import render_row
from plugins.convertible_note.schedule import ACCRUAL
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import EXACT_CONTEXT
from plugins.convertible_note.schedule import NONCURRENT
from plugins.convertible_note.schedule import SETTLEMENT

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Sequence

    from plugins.convertible_note.schedule import InterestPiece
    from plugins.convertible_note.schedule import Row
    from plugins.convertible_note.schedule import Schedule
    from plugins.convertible_note.terms import NoteTerms

ZERO = Decimal(0)

ROLLFORWARD_FIELDS = (
    "note",
    "holder",
    "related_party",
    "currency",
    "opening_principal",
    "principal_issued",
    "principal_converted",
    "principal_settled",
    "principal_repaid",
    "closing_principal",
    "closing_principal_current",
    "closing_principal_noncurrent",
    "opening_interest",
    "interest_accrued",
    "interest_converted",
    "interest_settled",
    "interest_paid",
    "closing_interest",
    "opening_discount",
    "discount_issued",
    "discount_amortized",
    "discount_to_equity",
    "discount_extinguished",
    "closing_discount",
    "closing_carrying_amount",
    "extinguishment_loss",
    "shares_issued",
    "cash_paid",
    "equity_issued",
)

RECALCULATION_FIELDS = (
    "note",
    "row_type",
    "entry_date",
    "piece_start",
    "piece_end",
    "period_start",
    "period_end",
    "days",
    "day_count",
    "day_count_fraction",
    "compounding",
    "rate",
    "interest_bearing_balance",
    "growth_factor",
    "interest_exact",
    "effective_rate",
    "carrying_balance",
    "effective_interest_exact",
    "amortization_exact",
    "cumulative_interest_exact",
    "accrued_unpaid_exact",
    "accrued_posted_before",
    "interest_posted",
    "unamortized_discount_exact",
    "discount_posted_before",
    "amortization_posted",
    "amount_posted",
    "journal_id",
)
#: Row types of Interest_Recalculation.csv.
PIECE = "piece"
ENTRY = "entry"

#: Places of the exact values a piece row shows (enough to re-perform each
#: piece far below a cent), and of its growth factor and effective rate.
GROWTH_PLACES = Decimal("1e-30")
RATE_PLACES = Decimal("1e-30")

CONVERSION_FIELDS = (
    "date",
    "note",
    "event",
    "principal",
    "interest",
    "discount_released",
    "share_capital",
    "premium",
    "cash_paid",
    "shares",
    "conversion_price",
    "par_value",
    "journal_id",
)

RELATED_PARTY_FIELDS = (
    "related_party",
    "relationship",
    "note",
    "currency",
    "principal_at_period_end",
    "accrued_interest_at_period_end",
    "principal_issued",
    "interest_accrued",
    "principal_converted",
    "interest_converted",
    "principal_settled",
    "interest_settled",
    "cash_paid",
    "shares_issued",
)


def _state_before(schedule: Schedule, date: datetime.date) -> Row | None:
    rows = [row for row in schedule.rows if row.date < date]
    return rows[-1] if rows else None


@dataclass(frozen=True)
class Movements:
    """A note's movements in a period and its balances at both ends.

    Principal, interest and discount each roll forward: opening + additions
    - reductions = closing."""

    opening_principal: Decimal
    opening_interest: Decimal
    opening_discount: Decimal
    principal_issued: Decimal
    principal_converted: Decimal
    principal_settled: Decimal
    principal_repaid: Decimal
    interest_accrued: Decimal
    interest_converted: Decimal
    interest_settled: Decimal
    interest_paid: Decimal
    discount_issued: Decimal
    discount_amortized: Decimal
    discount_to_equity: Decimal
    discount_extinguished: Decimal
    extinguishment_loss: Decimal
    closing_principal: Decimal
    closing_current: Decimal
    closing_noncurrent: Decimal
    closing_interest: Decimal
    closing_discount: Decimal
    shares_issued: int
    cash_paid: Decimal
    equity_issued: Decimal


#: The amounts of Movements that the rows of the period add up to: every field
#: but the balances at both ends and the shares issued.
FLOWS = tuple(
    field.name
    for field in fields(Movements)
    if not field.name.startswith(("opening_", "closing_"))
    and field.name != "shares_issued"
)


def _row_movements(row: Row) -> dict[str, Decimal]:
    """What one row adds to each movement, by Movements field name."""
    match row.kind:
        case "issue":
            return {
                "principal_issued": row.amount,
                "discount_issued": row.discount_posted,
            }
        case "accrual":
            return {
                "interest_accrued": row.amount,
                "discount_amortized": row.amortization,
            }
        case "payment":
            return {"interest_paid": row.amount, "cash_paid": row.cash_total}
        case "repayment":
            return {
                "principal_repaid": row.principal_paid,
                "interest_paid": row.interest_paid,
                "discount_extinguished": row.discount_released,
                "extinguishment_loss": row.extinguishment,
                "cash_paid": row.cash_total,
            }
        case "conversion":
            return {
                "principal_converted": row.principal_paid,
                "interest_converted": row.interest_paid,
                "discount_to_equity": row.discount_released,
                "cash_paid": row.cash_total,
                "equity_issued": row.shares.share_capital
                + row.shares.premium
                + row.interest_forfeited
                - row.discount_released,
            }
        case "settlement":
            return {
                "principal_settled": row.principal_paid,
                "interest_settled": row.interest_paid,
                "discount_extinguished": row.discount_released,
                "extinguishment_loss": row.extinguishment,
                "cash_paid": row.cash_total,
                "equity_issued": row.shares.share_capital
                + row.shares.premium
                + row.interest_forfeited,
            }
        case "reclassification":
            return {}
        case _:
            assert_never(row.kind)


def movements(
    schedule: Schedule, start: datetime.date, end: datetime.date
) -> Movements:
    opening = _state_before(schedule, start)
    closing = _state_before(schedule, end + datetime.timedelta(days=1))
    values: dict[str, Decimal] = defaultdict(Decimal)
    shares = 0
    for row in schedule.rows:
        if not start <= row.date <= end:
            continue
        for name, amount in _row_movements(row).items():
            values[name] += amount
        shares += row.shares.shares
    principal = closing.outstanding if closing else ZERO
    noncurrent = principal if closing and closing.classification == NONCURRENT else ZERO
    return Movements(
        opening_principal=opening.outstanding if opening else ZERO,
        opening_interest=opening.accrued_posted if opening else ZERO,
        opening_discount=opening.discount_posted if opening else ZERO,
        closing_principal=principal,
        closing_current=principal - noncurrent,
        closing_noncurrent=noncurrent,
        closing_interest=closing.accrued_posted if closing else ZERO,
        closing_discount=closing.discount_posted if closing else ZERO,
        shares_issued=shares,
        **{name: values[name] for name in FLOWS},
    )


def rollforward_rows(
    schedules: Sequence[Schedule], start: datetime.date, end: datetime.date
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for schedule in schedules:
        terms = schedule.terms
        moved = movements(schedule, start, end)
        rows.append(
            (
                terms.note_id,
                terms.holder,
                "Y" if terms.related_party else "N",
                terms.currency,
                moved.opening_principal,
                moved.principal_issued,
                moved.principal_converted,
                moved.principal_settled,
                moved.principal_repaid,
                moved.closing_principal,
                moved.closing_current,
                moved.closing_noncurrent,
                moved.opening_interest,
                moved.interest_accrued,
                moved.interest_converted,
                moved.interest_settled,
                moved.interest_paid,
                moved.closing_interest,
                moved.opening_discount,
                moved.discount_issued,
                moved.discount_amortized,
                moved.discount_to_equity,
                moved.discount_extinguished,
                moved.closing_discount,
                moved.closing_principal
                - moved.closing_discount
                + moved.closing_interest,
                moved.extinguishment_loss,
                moved.shares_issued,
                moved.cash_paid,
                moved.equity_issued,
            )
        )
    return rows


class JournalMatcher:
    """Names, for a schedule row, the GL journal that posts exactly that
    row's amounts: matched on what it posts, never on position."""

    def __init__(
        self, journals: Mapping[tuple[str, str, datetime.date], list[NoteJournal]]
    ) -> None:
        self.journals = journals
        self.used: set[str] = set()

    def find(self, terms: NoteTerms, row: Row) -> str:
        entry = render_row(terms, row)
        wanted = postings_key(
            (posting.account, posting.units.number)
            for posting in entry.postings
            if posting.units is not None and posting.units.number is not None
        )
        for journal in self.journals.get((terms.note_id, row.kind, row.date), []):
            if journal.journal_id not in self.used and journal.postings == wanted:
                self.used.add(journal.journal_id)
                return journal.journal_id
        return ""


def _places(value: Decimal, places: Decimal) -> Decimal:
    with decimal.localcontext(EXACT_CONTEXT):
        return value.quantize(places, rounding=ROUND_HALF_UP)


def _piece_row(terms: NoteTerms, piece: InterestPiece) -> tuple[object, ...]:
    """One piece: its days, fraction, balance and interest, as computed."""
    growth = None
    if piece.growth is not None:
        numerator, denominator = piece.growth
        with decimal.localcontext(EXACT_CONTEXT):
            factor = 1 + Decimal(numerator) / Decimal(denominator)
        growth = _places(factor, GROWTH_PLACES)
    interest = exact(piece.interest.value)
    amortization = (
        exact_decimal(piece.amortization) if piece.amortization is not None else None
    )
    return (
        terms.note_id,
        PIECE,
        None,
        piece.start,
        piece.end - datetime.timedelta(days=1),
        None,
        None,
        days_in_basis(terms.day_count, piece.start, piece.end),
        terms.day_count,
        exact(year_fraction(terms.day_count, piece.start, piece.end)),
        terms.compounding,
        piece.rate,
        exact(piece.balance.value),
        growth,
        interest,
        _places(piece.effective_rate, RATE_PLACES)
        if piece.effective_rate is not None
        else None,
        exact_decimal(piece.carrying) if piece.carrying is not None else None,
        interest + amortization if amortization is not None else None,
        amortization,
        *(None,) * 8,
        None,
    )


def _entry_row(terms: NoteTerms, row: Row, journal: str) -> tuple[object, ...]:
    """One accrual entry: how its interest and amortization are posted."""
    assert row.period_start is not None and row.period_end is not None
    return (
        terms.note_id,
        ENTRY,
        row.date,
        None,
        None,
        row.period_start,
        row.last_day,
        row.days,
        terms.day_count,
        exact(year_fraction(terms.day_count, row.period_start, row.period_end)),
        terms.compounding,
        row.rate,
        exact(row.interest_bearing),
        None,
        None,
        effective_rate_text(row.effective_rate),
        None,
        None,
        None,
        exact(row.interest_total),
        exact(row.accrued_exact),
        row.accrued_posted - row.amount,
        row.amount,
        exact_decimal(row.discount),
        row.discount_posted + row.amortization,
        row.amortization,
        row.expense,
        journal,
    )


def recalculation_rows(
    schedules: Sequence[Schedule],
    start: datetime.date,
    end: datetime.date,
    journal_ids: Mapping[tuple[str, str, datetime.date], list[NoteJournal]],
) -> list[tuple[object, ...]]:
    """The interest computation of the period, re-performable from the rows
    alone: one ``piece`` row per piece of the computation (between accrual
    points, compounding dates, payment dates, adjustments and extensions)
    within the accrual entries of the period, each followed, where an entry
    posts, by the ``entry`` row of that accrual:

        interest_posted = round_half_up(accrued_unpaid_exact, 0.01)
                          - accrued_posted_before
        amortization_posted = discount_posted_before
                              - round_half_up(unamortized_discount_exact, 0.01)
        amount_posted = interest_posted + amortization_posted (the expense)
    """
    rows: list[tuple[object, ...]] = []
    matcher = JournalMatcher(journal_ids)
    for schedule in schedules:
        terms = schedule.terms
        entries = [
            row
            for row in schedule.rows
            if row.kind == ACCRUAL and start <= row.date <= end
        ]
        if not entries:
            continue
        first = entries[0].period_start
        assert first is not None
        pieces = iter(piece for piece in schedule.pieces if piece.start >= first)
        piece = next(pieces, None)
        for row in entries:
            assert row.period_end is not None
            while piece is not None and piece.end <= row.period_end:
                rows.append(_piece_row(terms, piece))
                piece = next(pieces, None)
            rows.append(_entry_row(terms, row, matcher.find(terms, row)))
    return rows


def conversion_rows(
    schedules: Sequence[Schedule],
    start: datetime.date,
    end: datetime.date,
    journal_ids: Mapping[tuple[str, str, datetime.date], list[NoteJournal]],
) -> list[tuple[object, ...]]:
    """Every conversion, and every settlement that issues shares, in the
    period. Each row adds up: principal + interest = discount_released +
    share_capital + premium + cash_paid (the premium as credited: the share
    value above par, less the discount converted, plus forfeited interest)."""
    rows: list[tuple[object, ...]] = []
    matcher = JournalMatcher(journal_ids)
    for schedule in schedules:
        terms = schedule.terms
        for row in schedule.rows:
            if not start <= row.date <= end:
                continue
            if row.kind != CONVERSION and not (
                row.kind == SETTLEMENT and row.shares.shares
            ):
                continue
            # The discount converted goes to equity; a settlement writes it
            # off to the extinguishment account instead.
            released = row.discount_released if row.kind == CONVERSION else ZERO
            rows.append(
                (
                    row.date,
                    terms.note_id,
                    row.kind,
                    row.principal_paid,
                    row.interest_paid,
                    released,
                    row.shares.share_capital,
                    row.shares.premium + row.interest_forfeited - released,
                    row.cash_total,
                    row.shares.shares,
                    row.conversion_price,
                    row.par_value,
                    matcher.find(terms, row),
                )
            )
    return sorted(rows, key=lambda row: (str(row[0]), str(row[1])))


def related_party_rows(
    schedules: Sequence[Schedule],
    start: datetime.date,
    end: datetime.date,
    relationships: Mapping[str, str],
) -> list[tuple[object, ...]]:
    """Balances at the period end and movements in it, per related party."""
    rows: list[tuple[object, ...]] = []
    for schedule in schedules:
        terms = schedule.terms
        if not terms.related_party:
            continue
        moved = movements(schedule, start, end)
        rows.append(
            (
                terms.holder,
                relationships.get(terms.holder, ""),
                terms.note_id,
                terms.currency,
                moved.closing_principal,
                moved.closing_interest,
                moved.principal_issued,
                moved.interest_accrued,
                moved.principal_converted,
                moved.interest_converted,
                moved.principal_settled,
                moved.interest_settled,
                moved.cash_paid,
                moved.shares_issued,
            )
        )
    return sorted(rows, key=lambda row: (str(row[0]), str(row[2])))
