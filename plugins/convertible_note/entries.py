"""Render a schedule as Beancount transactions.

The third step of the plugin (parse → schedule → entries). Each row becomes
one balanced transaction with flag ``*``, the link ``^ID``, metadata ``note``
and ``note-event``, and ``filename``/``lineno`` of the directive that caused
it. Zero-amount postings are left out.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import assert_never

from beancount.core import data
from beancount.core.amount import Amount

from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import Row
from plugins.convertible_note.schedule import Schedule

#: The effective rate in the issue entry's metadata is rounded to this.
EFFECTIVE_RATE_PLACES = Decimal("1e-12")

if TYPE_CHECKING:
    from plugins.convertible_note.terms import NoteTerms


def _money(number: Decimal, currency: str) -> str:
    return f"{number:,.2f} {currency}"


class _Renderer:
    """Builds the transactions of one note."""

    def __init__(self, terms: NoteTerms) -> None:
        self.terms = terms
        # One links set for all the note's entries (it is immutable).
        self.links = frozenset({terms.note_id})

    def meta(self, row: Row, extra: dict[str, object]) -> data.Meta:
        source = row.source
        return {
            "filename": source["filename"],
            "lineno": source["lineno"],
            "note": self.terms.note_id,
            "note-event": row.kind,
            **extra,
        }

    def transaction(
        self,
        row: Row,
        narration: str,
        legs: list[tuple[str, Decimal]],
        extra: dict[str, object] | None = None,
    ) -> data.Transaction:
        filename, lineno = row.source["filename"], row.source["lineno"]
        currency = self.terms.currency
        postings = [
            data.Posting(
                account,
                Amount(number, currency),
                None,
                None,
                None,
                {"filename": filename, "lineno": lineno},
            )
            for account, number in legs
            if number
        ]
        return data.Transaction(
            self.meta(row, extra or {}),
            row.date,
            "*",
            self.terms.holder,
            narration,
            data.EMPTY_SET,
            self.links,
            postings,
        )

    def render(self, row: Row) -> data.Transaction:
        terms, accounts = self.terms, self.terms.accounts
        note_id, currency = terms.note_id, terms.currency
        match row.kind:
            case "issue":
                return self.transaction(
                    row,
                    f"Issue of convertible note {note_id}: "
                    f"{_money(row.amount, currency)} principal",
                    [
                        (accounts.proceeds, row.proceeds),
                        (self.discount_account, row.discount_posted),
                        (row.principal_account, -row.amount),
                    ],
                    {"effective-rate": effective_rate_text(row.effective_rate)},
                )
            case "accrual":
                return self.render_accrual(row)
            case "payment":
                return self.transaction(
                    row,
                    f"Interest paid on {note_id}: {_money(row.amount, currency)}",
                    [(accounts.interest, row.amount), (accounts.cash, -row.amount)],
                )
            case "reclassification":
                assert row.from_account is not None
                return self.transaction(
                    row,
                    f"Reclassify {note_id} principal as {row.classification} "
                    f"(maturity {row.maturity})",
                    [
                        (row.from_account, row.amount),
                        (row.principal_account, -row.amount),
                    ],
                )
            case "repayment":
                return self.render_repayment(row)
            case "conversion" | "settlement":
                return self.render_shares(row)
            case _:
                assert_never(row.kind)

    @property
    def discount_account(self) -> str:
        """Where the unamortized discount is carried (only a note with a
        discount, a premium or issue costs posts to it)."""
        return self.terms.accounts.discount or self.terms.accounts.principal

    def render_accrual(self, row: Row) -> data.Transaction:
        """Interest for a period, and the discount it amortizes."""
        accounts = self.terms.accounts
        assert row.period_start is not None and row.period_end is not None
        last_day = row.last_day
        return self.transaction(
            row,
            f"Interest on {self.terms.note_id}, {row.period_start} to {last_day} "
            f"({row.days} days)",
            [
                (accounts.expense, row.amount + row.amortization),
                (accounts.interest, -row.amount),
                (self.discount_account, -row.amortization),
            ],
            {
                "days": Decimal(row.days),
                "period-start": row.period_start,
                "period-end": last_day,
            },
        )

    def render_repayment(self, row: Row) -> data.Transaction:
        """Principal repaid for a price, with its interest and discount."""
        accounts, currency = self.terms.accounts, self.terms.currency
        return self.transaction(
            row,
            f"Repayment of {_money(row.principal_paid, currency)} of "
            f"{self.terms.note_id} for {_money(row.cash_paid, currency)}",
            [
                (row.principal_account, row.principal_paid),
                (accounts.interest, row.interest_paid),
                (accounts.cash, -(row.cash_paid + row.interest_in_cash)),
                (self.discount_account, -row.discount_released),
                (accounts.extinguishment, row.extinguishment),
            ],
        )

    def render_shares(self, row: Row) -> data.Transaction:
        """A conversion or a settlement: the debt out, shares and cash in."""
        accounts, currency = self.terms.accounts, self.terms.currency
        shares = row.shares
        legs = [
            (row.principal_account, row.principal_paid),
            (accounts.interest, row.interest_paid),
            (accounts.share_capital, -shares.share_capital),
            (accounts.cash, -row.cash_total),
        ]
        if row.kind == CONVERSION:
            # The converted principal's discount goes to equity with it.
            legs[3:3] = [
                (
                    accounts.premium,
                    -(shares.premium + row.interest_forfeited - row.discount_released),
                ),
                (self.discount_account, -row.discount_released),
            ]
        else:
            # What is left of the discount at settlement is written off.
            legs[3:3] = [
                (accounts.premium, -(shares.premium + row.interest_forfeited)),
                (accounts.extinguishment, row.extinguishment),
                (self.discount_account, -row.discount_released),
            ]
        share_class = f" {self.terms.share_class}" if self.terms.share_class else ""
        price = row.conversion_price
        what = f"{shares.shares:,}{share_class} shares at {price}"
        if row.kind == CONVERSION:
            narration = (
                f"Conversion of {_money(row.principal_paid, currency)} of "
                f"{self.terms.note_id} into {what}"
            )
        else:
            narration = (
                f"Settlement of {self.terms.note_id} in {row.method}: "
                f"{_money(row.principal_paid + row.interest_paid, currency)} owed"
            )
            if shares.shares:
                narration += f", {what}"
        extra: dict[str, object] = {"shares": Decimal(shares.shares)}
        if price is not None:
            extra["conversion-price"] = Amount(price, currency)
        return self.transaction(row, narration, legs, extra)


def effective_rate_text(rate: Decimal) -> Decimal:
    """The effective rate as posted in metadata: 12 decimal places, half up."""
    return rate.quantize(EFFECTIVE_RATE_PLACES, rounding=ROUND_HALF_UP)


def render_row(terms: NoteTerms, row: Row) -> data.Transaction:
    """The transaction the plugin makes for one row of a note's schedule."""
    return _Renderer(terms).render(row)


def render_schedule(schedule: Schedule) -> list[data.Transaction]:
    """The transactions of one note's schedule, in schedule order."""
    renderer = _Renderer(schedule.terms)
    return [renderer.render(row) for row in schedule.rows]
