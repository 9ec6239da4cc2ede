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

The language and the arithmetic are those of NOTE-SPEC.md (see the README).
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
from plugins.convertible_note.schedule import Schedule
from plugins.convertible_note.schedule import build_schedule
from plugins.convertible_note.terms import DEFINITION
from plugins.convertible_note.terms import AccountRoots
from plugins.convertible_note.terms import Event
from plugins.convertible_note.terms import NoteTerms
from plugins.convertible_note.terms import parse_definition
from plugins.convertible_note.terms import parse_event

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Mapping
    from collections.abc import Sequence

__all__ = [
    "NoteError",
    "convertible_note",
    "load_schedules",
    "schedules_from_ledger",
]

__plugins__ = ("convertible_note",)

#: Enough digits that no amount below MAX_AMOUNT, with a century of interest,
#: is ever rounded by Decimal arithmetic.
EXACT_CONTEXT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)

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


def is_note_directive(entry: data.Directive) -> bool:
    return isinstance(entry, data.Custom) and (
        entry.type == DEFINITION or entry.type.startswith(DEFINITION + "-")
    )


def load_schedules(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None = None,
) -> tuple[list[Schedule], list[NoteError]]:
    """Parse every note and its events and compute their schedules.

    This is the plugin without the rendering: the CLI and Fava use it.
    """
    errors: list[NoteError] = []
    with decimal.localcontext(EXACT_CONTEXT):
        schedules = list(iter_schedules(entries, options_map, config, errors))
    return schedules, errors


def iter_schedules(
    entries: Sequence[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None,
    errors: list[NoteError],
) -> Iterator[Schedule]:
    """Each note's schedule in turn, every problem appended to ``errors``.

    One at a time, so the plugin renders a schedule and lets it go before
    computing the next. Run it in :data:`EXACT_CONTEXT`.
    """
    try:
        settings = parse_config(config)
    except ValueError as exc:
        source = {"filename": options_map.get("filename", "<plugin>"), "lineno": 0}
        errors.append(NoteError(source, f"plugins.convertible_note: {exc}", None))
        return

    roots = AccountRoots.from_options(options_map)
    notes: dict[str, NoteTerms] = {}
    failed_ids: set[str] = set()
    events: dict[str, list[Event]] = defaultdict(list)
    for entry in entries:
        if not is_note_directive(entry):
            continue
        assert isinstance(entry, data.Custom)
        if entry.type == DEFINITION:
            terms = parse_definition(entry, roots, errors)
            note_id = _first_value(entry)
            if terms is None:
                if note_id is not None:
                    failed_ids.add(note_id)
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
        else:
            event = parse_event(entry, errors)
            if event is not None:
                events[event.note_id].append(event)

    for note_id, note_events in sorted(events.items()):
        if note_id in notes or note_id in failed_ids:
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
    for note_id, terms in notes.items():
        assert horizon is not None and latest is not None
        schedule = build_schedule(terms, events.get(note_id, []), horizon, latest)
        errors.extend(schedule.errors)
        yield schedule


def plugin_config(options_map: Mapping[str, Any]) -> str | None:
    """The configuration string the ledger gives this plugin, if any."""
    for name, config in options_map.get("plugin", ()):
        if name == __name__:
            return str(config) if config is not None else None
    return None


def schedules_from_ledger(
    entries: Sequence[data.Directive], options_map: Mapping[str, Any]
) -> tuple[list[Schedule], list[NoteError]]:
    """The schedules of a ledger loaded with the plugin, as the plugin saw them.

    The generated entries never move the horizon (none is dated after the
    latest hand-written entry), so recomputing from loaded entries gives the
    same schedules.
    """
    return load_schedules(entries, options_map, plugin_config(options_map))


def _first_value(entry: data.Custom) -> str | None:
    if entry.values and isinstance(entry.values[0].value, str):
        return str(entry.values[0].value)
    return None


def merge_entries(
    entries: list[data.Directive], generated: list[data.Directive]
) -> list[data.Directive]:
    """``sorted([*entries, *generated], key=data.entry_sortkey)``, in one pass.

    The loader hands plugins sorted entries; merging the sorted generated
    entries into them compares dates, and full sort keys only on equal dates.
    Input out of date order falls back to a full sort.
    """
    sortkey = data.entry_sortkey
    generated = sorted(generated, key=sortkey)
    merged: list[data.Directive] = []
    append = merged.append
    index, count = 0, len(generated)
    previous: datetime.date | None = None
    for entry in entries:
        date = entry.date
        if previous is not None and date < previous:
            return sorted([*entries, *generated], key=sortkey)
        previous = date
        while index < count and generated[index].date < date:
            append(generated[index])
            index += 1
        if index < count and generated[index].date == date:
            key = sortkey(entry)
            while (
                index < count
                and generated[index].date == date
                and sortkey(generated[index]) < key
            ):
                append(generated[index])
                index += 1
        append(entry)
    merged.extend(generated[index:])
    return merged


def convertible_note(
    entries: list[data.Directive],
    options_map: Mapping[str, Any],
    config: str | None = None,
) -> tuple[list[data.Directive], list[NoteError]]:
    """The plugin: the ledger's entries plus every entry its notes cause."""
    # The plugin allocates many small objects that all stay alive; Python's
    # cyclic garbage collector would scan the whole loaded ledger again and
    # again meanwhile (half the plugin's time on large books). Nothing here
    # makes reference cycles, so collection waits until the plugin is done.
    paused = gc.isenabled()
    gc.disable()
    errors: list[NoteError] = []
    try:
        generated: list[data.Directive] = []
        # Decimal sums of cents stay exact whatever Beancount's context says.
        with decimal.localcontext(EXACT_CONTEXT):
            for schedule in iter_schedules(entries, options_map, config, errors):
                generated.extend(render_schedule(schedule))
        if not generated:
            return entries, errors
        return merge_entries(entries, generated), errors
    finally:
        if paused:
            gc.enable()
