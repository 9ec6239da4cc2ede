"""Generate every entry a convertible note causes from one definition.

Load it in the ledger, optionally with a horizon for month-end accruals::

    plugin "plugins.convertible_note"
    plugin "plugins.convertible_note" "through=2024-06-30"

Before, the ledger holds the note's definition (and its events)::

    2022-12-16 custom "convertible-note" "APM-2022-AENCO"
      holder: "Aenco Technologies Ltd"
      principal: 3000000.00 USD
      rate: 0.07
      maturity: 2023-12-16
      conversion-price: 1.20 USD
      par-value: 1.00 USD
      proceeds-account: Assets:Bank:Restricted
      principal-account: Liabilities:Current:ConvertibleNotes:Aenco
      interest-account: Liabilities:Current:AccruedInterest:Aenco
      expense-account: Expenses:Finance:Interest:ConvertibleNotes
      share-capital-account: Equity:ShareCapital:ClassA
      premium-account: Equity:SharePremium

After, the plugin has added the issue and every accrual::

    2022-12-16 * "Aenco Technologies Ltd" "Issue of ..." ^APM-2022-AENCO
      note: "APM-2022-AENCO"
      note-event: "issue"
      effective-rate: 0.070000000000
      Assets:Bank:Restricted                       3000000.00 USD
      Liabilities:Current:ConvertibleNotes:Aenco  -3000000.00 USD

    2022-12-31 * "Aenco Technologies Ltd" "Interest on ..." ^APM-2022-AENCO
      note: "APM-2022-AENCO"
      note-event: "accrual"
      days: 16
      period-start: 2022-12-16
      period-end: 2022-12-31
      Expenses:Finance:Interest:ConvertibleNotes     9205.48 USD
      Liabilities:Current:AccruedInterest:Aenco     -9205.48 USD

The language and the arithmetic are documented for users in this package's
README.md (keys, events, entries, errors, and the exact rounding).
The plugin reads in three steps, each a module: ``terms`` parses directives
into frozen values, ``schedule`` computes every row as plain numbers, and
``entries`` renders rows as transactions. Every problem is returned as a
:class:`NoteError` located at the directive at fault.
"""

from __future__ import annotations

import datetime
import decimal
import gc
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from beancount.core import data

from plugins.convertible_note.daycount import month_end
from plugins.convertible_note.entries import render_schedule
from plugins.convertible_note.errors import NoteError
from plugins.convertible_note.schedule import EXACT_CONTEXT
from plugins.convertible_note.schedule import ClosingPrices
from plugins.convertible_note.schedule import Schedule
from plugins.convertible_note.schedule import build_schedule
from plugins.convertible_note.terms import DEFINITION
from plugins.convertible_note.terms import Event
from plugins.convertible_note.terms import NoteTerms
from plugins.convertible_note.terms import account_roots
from plugins.convertible_note.terms import is_note_directive
from plugins.convertible_note.terms import parse_definition
from plugins.convertible_note.terms import parse_event

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Mapping
    from collections.abc import Sequence
    from decimal import Decimal

__all__ = [
    "NoteError",
    "convertible_note",
    "is_generated",
    "load_schedules",
    "schedules_from_ledger",
]

__plugins__ = ("convertible_note",)

_CONFIG = re.compile(r"\s*through\s*=\s*(\d{4}-\d{2}-\d{2})\s*")


@dataclass(frozen=True)
class Config:
    """The plugin's configuration string, parsed."""

    through: datetime.date | None = None


def parse_config(config: str | None) -> Config:
    """Parse ``"through=YYYY-MM-DD"`` (or nothing); raise ValueError otherwise."""
    if config is None or not config.strip():
        return Config()
    match = _CONFIG.fullmatch(config)
    if match is None:
        raise ValueError(
            f'unknown configuration "{config}"; the only option is "through=YYYY-MM-DD"'
        )
    return Config(through=datetime.date.fromisoformat(match.group(1)))


def horizon_for(entries: Sequence[data.Directive]) -> datetime.date | None:
    """The last month-end on or before the latest entry's date."""
    if not entries:
        return None
    latest = max(entry.date for entry in entries)
    end = month_end(latest.year, latest.month)
    if end == latest:
        return end
    return datetime.date(latest.year, latest.month, 1) - datetime.timedelta(days=1)


def is_generated(entry: data.Directive) -> bool:
    """An entry this plugin made: a transaction with ``note`` and
    ``note-event`` metadata."""
    return (
        isinstance(entry, data.Transaction)
        and "note-event" in entry.meta
        and "note" in entry.meta
    )


def load_schedules(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None = None,
    record_pieces: bool = False,
) -> tuple[list[Schedule], list[NoteError]]:
    """Parse every note and its events and compute their schedules.

    This is the plugin without the rendering: the CLI and Fava use it. With
    ``record_pieces`` each schedule keeps every piece of its interest
    computation (for the audit export).
    """
    errors: list[NoteError] = []
    with decimal.localcontext(EXACT_CONTEXT):
        schedules = list(
            iter_schedules(entries, options_map, config, errors, record_pieces)
        )
    return schedules, errors


@dataclass
class _Directives:
    """The note directives of a ledger and the prices a market price needs."""

    notes: dict[str, NoteTerms]
    events: dict[str, list[Event]]
    failed_ids: set[str]
    prices: dict[tuple[str, str], dict[datetime.date, Decimal]]


def _read_directives(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    errors: list[NoteError],
) -> _Directives:
    """Parse every definition and event; collect every price directive."""
    roots = account_roots(options_map)
    found = _Directives({}, defaultdict(list), set(), defaultdict(dict))
    notes = found.notes
    for entry in entries:
        if isinstance(entry, data.Price):
            if entry.amount.number is not None:
                key = (entry.currency, entry.amount.currency)
                found.prices[key][entry.date] = entry.amount.number
            continue
        if not is_note_directive(entry):
            continue
        assert isinstance(entry, data.Custom)
        if entry.type != DEFINITION:
            event = parse_event(entry, errors)
            if event is not None:
                found.events[event.note_id].append(event)
            continue
        terms = parse_definition(entry, roots, errors)
        if terms is None:
            note_id = _first_value(entry)
            if note_id is not None:
                found.failed_ids.add(note_id)
        elif terms.note_id in notes:
            first = notes[terms.note_id].source
            errors.append(
                NoteError(
                    entry.meta,
                    f"note {terms.note_id} is already defined at "
                    f"{first['filename']}:{first['lineno']}",
                    entry,
                )
            )
        else:
            notes[terms.note_id] = terms
    return found


def _closing_prices(found: _Directives, terms: NoteTerms) -> ClosingPrices:
    """The share's closing prices in the note's currency, in date order."""
    if terms.market is None:
        return ()
    by_date = found.prices.get((terms.market.commodity, terms.currency), {})
    return tuple(sorted(by_date.items()))


def iter_schedules(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None,
    errors: list[NoteError],
    record_pieces: bool = False,
) -> Iterator[Schedule]:
    """Each note's schedule in turn, every problem appended to ``errors``.

    One at a time, so the plugin renders a schedule and lets it go before
    computing the next.
    """
    try:
        settings = parse_config(config)
    except ValueError as exc:
        source = {"filename": options_map.get("filename", "<plugin>"), "lineno": 0}
        errors.append(NoteError(source, f"plugins.convertible_note: {exc}", None))
        return

    found = _read_directives(entries, options_map, errors)
    for note_id, note_events in sorted(found.events.items()):
        if note_id in found.notes or note_id in found.failed_ids:
            continue
        for event in note_events:
            errors.append(
                NoteError(
                    event.source,
                    f"unknown note id {note_id}: no convertible-note directive "
                    f"defines it",
                    None,
                )
            )

    horizon = settings.through or horizon_for(entries)
    latest = max((entry.date for entry in entries), default=None)
    for note_id, terms in found.notes.items():
        assert horizon is not None and latest is not None
        schedule = build_schedule(
            terms,
            found.events.get(note_id, []),
            horizon,
            latest,
            _closing_prices(found, terms),
            record_pieces,
        )
        errors.extend(schedule.errors)
        yield schedule


def plugin_config(options_map: Mapping[str, Any]) -> str | None:
    """The configuration string the ledger gives this plugin, if any."""
    for name, config in options_map.get("plugin", ()):
        if name == __name__:
            return str(config) if config is not None else None
    return None


def schedules_from_ledger(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    record_pieces: bool = False,
) -> tuple[list[Schedule], list[NoteError]]:
    """The schedules of a ledger loaded with the plugin, as the plugin saw them.

    The generated entries never move the horizon (none is dated after the
    latest hand-written entry), so recomputing from loaded entries gives the
    same schedules.
    """
    return load_schedules(
        entries, options_map, plugin_config(options_map), record_pieces
    )


def _first_value(entry: data.Custom) -> str | None:
    if entry.values and isinstance(entry.values[0].value, str):
        return str(entry.values[0].value)
    return None


def convertible_note(
    entries: list[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None = None,
) -> tuple[list[data.Directive], list[NoteError]]:
    """The plugin: the ledger's entries plus every entry its notes cause.

    The generated entries are appended; Beancount's loader sorts the entries
    after every plugin, so a caller outside the loader sorts them itself.
    """
    # The plugin allocates many small objects that all stay alive; Python's
    # cyclic garbage collector would scan the whole loaded ledger again and
    # again meanwhile. Nothing here makes reference cycles, so collection
    # waits until the plugin is done, and is then restored as it was.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    errors: list[NoteError] = []
    try:
        generated: list[data.Directive] = []
        with decimal.localcontext(EXACT_CONTEXT):
            for schedule in iter_schedules(entries, options_map, config, errors):
                generated.extend(render_schedule(schedule))
        if not generated:
            return entries, errors
        return [*entries, *generated], errors
    finally:
        if gc_was_enabled:
            gc.enable()
