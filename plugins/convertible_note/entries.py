"""Render a schedule as Beancount transactions.

The third step of the plugin (parse → schedule → entries). Each row becomes
one balanced transaction with flag ``*``, the link ``^ID``, metadata ``note``
and ``note-event``, and ``filename``/``lineno`` of the directive that caused
it. Zero-amount postings are left out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from beancount.core import data
from beancount.core.amount import Amount

from plugins.convertible_note.schedule import ACCRUAL
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import ISSUE
from plugins.convertible_note.schedule import ONE_DAY
from plugins.convertible_note.schedule import RECLASSIFICATION
from plugins.convertible_note.schedule import SETTLEMENT
from plugins.convertible_note.schedule import Row
from plugins.convertible_note.schedule import Schedule

if TYPE_CHECKING:
    from plugins.convertible_note.terms import NoteTerms


def _money(number: Decimal, currency: str) -> str:
    return f"{number:,.2f} {currency}"


class _Renderer:
    """Builds the transactions of one note."""

    def __init__(self, terms: NoteTerms) -> None:
        self.terms = terms

    def meta(self, row: Row, extra: dict[str, object]) -> data.Meta:
        values: dict[str, object] = {
            "note": self.terms.note_id,
            "note-event": row.kind,
        }
        values.update(extra)
        return data.new_metadata(row.source["filename"], row.source["lineno"], values)

    def posting(self, row: Row, account: str, number: Decimal) -> data.Posting:
        meta = data.new_metadata(row.source["filename"], row.source["lineno"])
        return data.Posting(
            account, Amount(number, self.terms.currency), None, None, None, meta
        )

    def transaction(
        self,
        row: Row,
        narration: str,
        legs: list[tuple[str, Decimal]],
        extra: dict[str, object] | None = None,
    ) -> data.Transaction:
        postings = [
            self.posting(row, account, number) for account, number in legs if number
        ]
        return data.Transaction(
            self.meta(row, extra or {}),
            row.date,
            "*",
            self.terms.holder,
            narration,
            data.EMPTY_SET,
            frozenset({self.terms.note_id}),
            postings,
        )

    def render(self, row: Row) -> data.Transaction:
        terms, accounts = self.terms, self.terms.accounts
        note_id, currency = terms.note_id, terms.currency
        if row.kind == ISSUE:
            return self.transaction(
                row,
                f"Issue of convertible note {note_id}: "
                f"{_money(row.amount, currency)} principal",
                [
                    (accounts.proceeds, row.amount),
                    (row.principal_account, -row.amount),
                ],
            )
        if row.kind == ACCRUAL:
            assert row.period_start is not None and row.period_end is not None
            last_day = row.period_end - ONE_DAY
            return self.transaction(
                row,
                f"Interest on {note_id}, {row.period_start} to {last_day} "
                f"({row.days} days)",
                [(accounts.expense, row.amount), (accounts.interest, -row.amount)],
                {
                    "days": Decimal(row.days),
                    "period-start": row.period_start,
                    "period-end": last_day,
                },
            )
        if row.kind == RECLASSIFICATION:
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
        return self.render_shares(row)

    def render_shares(self, row: Row) -> data.Transaction:
        """A conversion or a settlement: the debt out, shares and cash in."""
        accounts, currency = self.terms.accounts, self.terms.currency
        shares = row.shares
        legs = [
            (row.principal_account, row.principal_paid),
            (accounts.interest, row.interest_paid),
            (accounts.share_capital, -shares.share_capital),
            (accounts.premium, -(shares.premium + row.interest_forfeited)),
            (accounts.cash, -row.cash_total),
        ]
        share_class = f" {self.terms.share_class}" if self.terms.share_class else ""
        what = f"{shares.shares:,}{share_class} shares at {row.conversion_price}"
        if row.kind == CONVERSION:
            narration = (
                f"Conversion of {_money(row.principal_paid, currency)} of "
                f"{self.terms.note_id} into {what}"
            )
        else:
            assert row.kind == SETTLEMENT
            narration = (
                f"Settlement of {self.terms.note_id} in {row.method}: "
                f"{_money(row.principal_paid + row.interest_paid, currency)} owed"
            )
            if shares.shares:
                narration += f", {what}"
        return self.transaction(
            row,
            narration,
            legs,
            {
                "shares": Decimal(shares.shares),
                "conversion-price": Amount(row.conversion_price, currency),
            },
        )


def render_schedule(schedule: Schedule) -> list[data.Transaction]:
    """The transactions of one note's schedule, in schedule order."""
    renderer = _Renderer(schedule.terms)
    return [renderer.render(row) for row in schedule.rows]
