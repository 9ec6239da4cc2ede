"""The share register: every share the notes issued, by note, class and date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any
from typing import Literal

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


#: Directives for the shares that do not come from a note: an issue (or the
#: shares in issue when the books start) and a conversion between classes.
SHARE_ISSUE = "share-issue"
SHARE_CONVERSION = "share-conversion"


@dataclass(frozen=True)
class ShareMovement:
    """A change in the shares of one class: positive issued, negative gone.

    ``note_id`` is the note whose conversion or settlement issued them (None
    for a ``share-issue`` or ``share-conversion`` directive); ``reason`` is
    the directive's own (empty for a note's).
    """

    date: datetime.date
    share_class: str
    shares: int
    event: str
    note_id: str | None
    reason: str
    source: Mapping[str, Any]


@dataclass(frozen=True)
class ShareIssue(ShareMovement):
    """Shares issued on one conversion or settlement of a note, with the
    price and the split of the value between capital and premium."""

    note_id: str
    conversion_price: Decimal
    par_value: Decimal
    value_converted: Decimal
    share_capital: Decimal
    premium: Decimal
    cash_in_lieu: Decimal
    currency: str


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
                    share_class=terms.share_class or UNNAMED_CLASS,
                    shares=row.shares.shares,
                    event=row.kind,
                    note_id=terms.note_id,
                    reason="",
                    source=row.source,
                    conversion_price=row.conversion_price,
                    par_value=row.par_value,
                    value_converted=row.shares.value,
                    share_capital=row.shares.share_capital,
                    premium=row.shares.premium,
                    cash_in_lieu=row.shares.cash_in_lieu,
                    currency=terms.currency,
                )
            )
    return sorted(issues, key=lambda issue: (issue.date, issue.note_id))


#: What a total of shares is per: a class, or the note that issued them.
TotalBy = Literal["share_class", "note_id"]


def share_totals(
    movements: Iterable[ShareMovement],
    through: datetime.date | None = None,
    by: TotalBy = "share_class",
) -> dict[str, int]:
    """Shares up to and including ``through`` (None: all), summed per class or
    per note (movements of no note left out): of a share register, the shares
    issued; of every movement, the shares in issue."""
    totals: Counter[str] = Counter()
    for movement in movements:
        key = movement.share_class if by == "share_class" else movement.note_id
        if key is not None and (through is None or movement.date <= through):
            totals[key] += movement.shares
    return dict(sorted(totals.items()))


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
    movements: list[ShareMovement] = list(share_register(schedules))
    for entry in entries:
        if isinstance(entry, data.Custom) and entry.type in (
            SHARE_ISSUE,
            SHARE_CONVERSION,
        ):
            movements.extend(_directive_movements(entry, errors))
    movements.sort(key=lambda movement: movement.date)
    return movements, errors
