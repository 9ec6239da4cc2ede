"""A floor for the benchmark's load ratio (a): a plugin that does no interest
arithmetic at all.

For each ``convertible-note`` directive it builds one bare accrual-shaped
``Transaction`` per month end of the note's life (issue to maturity, no later
than the books' horizon): two postings of a constant amount, with the
metadata the note plugin writes, the collector paused as the note plugin
pauses it. Loading the books with this plugin in place of the note plugin
costs what any plugin that appends about as many entries must cost (parsing,
booking, validation and collection of the rest of the load); its ratio to
the materialized load is the best (a) can be on these books.

    plugin "tests.benchmark.floor_plugin"
"""

from __future__ import annotations

import datetime
import gc
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any

from beancount.core import data
from beancount.core.amount import Amount

if TYPE_CHECKING:
    from collections.abc import Mapping

__plugins__ = ("floor",)

#: The day the benchmark's books end (``synthetic.write_books``).
HORIZON = datetime.date(2026, 12, 31)
AMOUNT = Decimal("1234.56")
DEBIT = "Expenses:Finance:Interest"
CREDIT = "Liabilities:Current:AccruedInterest"


def _month_end(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def _accruals(entry: data.Custom) -> list[data.Transaction]:
    note_id = str(entry.values[0].value)
    maturity = entry.meta["maturity"]
    last = min(maturity, HORIZON)
    filename, lineno = entry.meta["filename"], entry.meta["lineno"]
    links = frozenset({note_id})
    made = []
    year, month = entry.date.year, entry.date.month
    date = _month_end(year, month)
    while date <= last:
        meta = {
            "filename": filename,
            "lineno": lineno,
            "note": note_id,
            "note-event": "accrual",
            "days": Decimal(date.day),
            "period-start": date.replace(day=1),
            "period-end": date,
        }
        postings = [
            data.Posting(
                account,
                Amount(number, "USD"),
                None,
                None,
                None,
                {"filename": filename, "lineno": lineno},
            )
            for account, number in ((DEBIT, AMOUNT), (CREDIT, -AMOUNT))
        ]
        made.append(
            data.Transaction(
                meta,
                date,
                "*",
                "Holder",
                f"Interest on {note_id}",
                data.EMPTY_SET,
                links,
                postings,
            )
        )
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        date = _month_end(year, month)
    return made


def floor(
    entries: list[data.Directive], options_map: Mapping[str, Any]
) -> tuple[list[data.Directive], list[Any]]:
    """The entries plus one bare transaction per month end of each note."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        made: list[data.Directive] = []
        for entry in entries:
            if isinstance(entry, data.Custom) and entry.type == "convertible-note":
                made.extend(_accruals(entry))
        return [*entries, *made], []
    finally:
        if gc_was_enabled:
            gc.enable()
