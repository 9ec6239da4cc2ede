"""The share register: every share the notes issued, by note, class and date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any

from beancount.core import data

from plugins.convertible_note.errors import NoteError
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import SETTLEMENT

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from collections.abc import Mapping

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


#: Directives for the shares that do not come from a note: an issue (or the
#: shares in issue when the books start) and a conversion between classes.
SHARE_ISSUE = "share-issue"
SHARE_CONVERSION = "share-conversion"


@dataclass(frozen=True)
class ShareMovement:
    """A change in the shares of one class: positive issued, negative gone."""

    date: datetime.date
    share_class: str
    shares: int
    event: str
    note_id: str | None
    reason: str
    source: Mapping[str, Any]


def _whole(value: object) -> int | None:
    if isinstance(value, Decimal) and value == value.to_integral_value() and value > 0:
        return int(value)
    return None


def _directive_movements(
    entry: data.Custom, errors: list[NoteError]
) -> list[ShareMovement]:
    values = [value.value for value in entry.values or ()]
    reason = str(entry.meta.get("reason", ""))
    if entry.type == SHARE_ISSUE:
        shares = _whole(values[1]) if len(values) == 2 else None
        if shares is None or not isinstance(values[0], str):
            errors.append(
                NoteError(
                    entry.meta,
                    f"{SHARE_ISSUE}: expected a class and a whole number of shares: "
                    f'custom "{SHARE_ISSUE}" "Class A Ordinary" 1000',
                    entry,
                )
            )
            return []
        return [
            ShareMovement(
                entry.date, values[0], shares, "issue", None, reason, entry.meta
            )
        ]
    shares = _whole(values[2]) if len(values) == 3 else None
    if shares is None or not all(isinstance(value, str) for value in values[:2]):
        errors.append(
            NoteError(
                entry.meta,
                f"{SHARE_CONVERSION}: expected the class converted, the class "
                f'issued and a whole number: custom "{SHARE_CONVERSION}" '
                f'"Class B Ordinary" "Class A Ordinary" 1000',
                entry,
            )
        )
        return []
    return [
        ShareMovement(
            entry.date, values[0], -shares, "conversion out", None, reason, entry.meta
        ),
        ShareMovement(
            entry.date, values[1], shares, "conversion in", None, reason, entry.meta
        ),
    ]


def share_movements(
    entries: Iterable[data.Directive], schedules: Iterable[Schedule]
) -> tuple[list[ShareMovement], list[NoteError]]:
    """Every change in the shares in issue: the notes' conversions and
    settlements in shares, and the ``share-issue`` and ``share-conversion``
    directives; in date order (ledger order within a date)."""
    errors: list[NoteError] = []
    movements = [
        ShareMovement(
            issue.date,
            issue.share_class,
            issue.shares,
            issue.event,
            issue.note_id,
            "",
            issue.source,
        )
        for issue in share_register(schedules)
    ]
    for entry in entries:
        if isinstance(entry, data.Custom) and entry.type in (
            SHARE_ISSUE,
            SHARE_CONVERSION,
        ):
            movements.extend(_directive_movements(entry, errors))
    movements.sort(key=lambda movement: movement.date)
    return movements, errors


def shares_outstanding(
    movements: Iterable[ShareMovement], through: datetime.date | None = None
) -> dict[str, int]:
    """Shares in issue per class at the end of ``through`` (None: all)."""
    totals: Counter[str] = Counter()
    for movement in movements:
        if through is None or movement.date <= through:
            totals[movement.share_class] += movement.shares
    return dict(sorted(totals.items()))
