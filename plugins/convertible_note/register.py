"""The share register: every share the notes issued, by note, class and date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import SETTLEMENT

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from collections.abc import Mapping
    from decimal import Decimal

    from plugins.convertible_note.schedule import Schedule

#: The class name used when a note does not say which shares it converts into.
UNNAMED_CLASS = "(unnamed class)"


@dataclass(frozen=True)
class ShareIssue:
    """Shares issued on one conversion or settlement."""

    date: datetime.date
    note_id: str
    share_class: str
    event: str
    shares: int
    conversion_price: Decimal
    par_value: Decimal
    value_converted: Decimal
    share_capital: Decimal
    premium: Decimal
    cash_in_lieu: Decimal
    currency: str
    source: Mapping[str, Any]


def share_register(schedules: Iterable[Schedule]) -> list[ShareIssue]:
    """Every issue of shares, ordered by date, then note id, then ledger order."""
    issues = []
    for schedule in schedules:
        terms = schedule.terms
        for row in schedule.rows:
            if row.kind not in (CONVERSION, SETTLEMENT) or not row.shares.shares:
                continue
            # A row that issues shares always names the price it used.
            assert row.conversion_price is not None
            issues.append(
                ShareIssue(
                    date=row.date,
                    note_id=terms.note_id,
                    share_class=terms.share_class or UNNAMED_CLASS,
                    event=row.kind,
                    shares=row.shares.shares,
                    conversion_price=row.conversion_price,
                    par_value=row.par_value,
                    value_converted=row.shares.value,
                    share_capital=row.shares.share_capital,
                    premium=row.shares.premium,
                    cash_in_lieu=row.shares.cash_in_lieu,
                    currency=terms.currency,
                    source=row.source,
                )
            )
    return sorted(issues, key=lambda issue: (issue.date, issue.note_id))


def shares_issued(
    register: Iterable[ShareIssue],
    through: datetime.date | None = None,
    by: str = "share_class",
) -> dict[str, int]:
    """Shares issued up to and including ``through``, summed per class or note.

    ``by`` is ``"share_class"`` or ``"note_id"``.
    """
    totals: Counter[str] = Counter()
    for issue in register:
        if through is None or issue.date <= through:
            totals[getattr(issue, by)] += issue.shares
    return dict(sorted(totals.items()))
