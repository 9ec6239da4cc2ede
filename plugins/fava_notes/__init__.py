"""Fava extension: a "Convertible notes" page.

Declare it in the ledger (the config, if any, is a Python literal)::

    2022-01-01 custom "fava-extension" "plugins.fava_notes"

For each note the page shows its terms as they stood over time, its status at
the end of the period selected in Fava's time filter, the schedule (the rows
of ``books schedule``), the events, a chart, links to the note's entries in
the journal, and a what-if conversion. The numbers come from
:mod:`plugins.fava_notes.views`; this class only wires them to Fava.
"""

from __future__ import annotations

import datetime
import io
import tempfile
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import Literal

from beancount.core import data
from fava.beans.funcs import hash_entry
from fava.context import g
from fava.core.charts import DateAndBalance
from fava.core.inventory import SimpleCounterInventory
from fava.ext import FavaExtensionBase
from fava.ext import extension_endpoint
from fava.internal_api import BalancesChart
from fava.template_filters import replace_numbers
from flask import current_app
from flask import jsonify
from flask import request
from flask import send_file

from plugins.books.export import export_package
from plugins.books.ledger import Books
from plugins.books.ledger import BooksError
from plugins.convertible_note import schedules_from_ledger
from plugins.fava_notes.views import Ending
from plugins.fava_notes.views import EventLine
from plugins.fava_notes.views import MarketQuote
from plugins.fava_notes.views import NextPayment
from plugins.fava_notes.views import NoteView
from plugins.fava_notes.views import OverviewLine
from plugins.fava_notes.views import Total
from plugins.fava_notes.views import WhatIf
from plugins.fava_notes.views import conversion_quote
from plugins.fava_notes.views import ending
from plugins.fava_notes.views import error_lines
from plugins.fava_notes.views import market_quote
from plugins.fava_notes.views import next_payment
from plugins.fava_notes.views import note_view
from plugins.fava_notes.views import overview
from plugins.fava_notes.views import what_if

if TYPE_CHECKING:
    from collections.abc import Sequence

    from flask.wrappers import Response

    from plugins.convertible_note.errors import NoteError
    from plugins.convertible_note.schedule import Schedule


@dataclass(frozen=True)
class EventsChartPoint:
    """A dot of Fava's "scatterplot" chart (its journal's events chart)."""

    date: datetime.date
    type: str
    description: str


@dataclass(frozen=True)
class EventsChart:
    """Fava's events chart: one row of dots per kind of event."""

    label: str
    data: Sequence[EventsChartPoint]
    type: Literal["scatterplot"] = "scatterplot"


class ConvertibleNotes(FavaExtensionBase):
    """The Convertible notes page."""

    report_title = "Convertible notes"
    has_js_module = True

    def after_load_file(self) -> None:
        self._loaded: tuple[list[Schedule], list[NoteError]] | None = None
        self._hashes: dict[tuple[str, int], str] | None = None

    def _schedules(self) -> tuple[list[Schedule], list[NoteError]]:
        loaded = getattr(self, "_loaded", None)
        if loaded is None:
            # Fava's protocol types describe Beancount's own entries.
            entries: list[Any] = list(self.ledger.all_entries)
            loaded = schedules_from_ledger(entries, dict(self.ledger.options))
            self._loaded = loaded
        return loaded

    # -- for the template ----------------------------------------------------

    def last_date(self) -> datetime.date:
        """The date of the books' last entry."""
        entries = self.ledger.all_entries
        return entries[-1].date if entries else datetime.date.min

    def has_time_filter(self) -> bool:
        filtered = getattr(g, "filtered", None)
        return getattr(filtered, "date_range", None) is not None

    def as_of(self) -> datetime.date:
        """The last day of Fava's time filter, else the books' last date."""
        filtered = getattr(g, "filtered", None)
        date_range = getattr(filtered, "date_range", None)
        if date_range is not None:
            return date_range.end_inclusive  # type: ignore[no-any-return]
        return self.last_date()

    def fava_filters(self) -> dict[str, str]:
        """Fava's filters in the request, kept when the what-if form is sent."""
        names = ("time", "account", "filter", "conversion", "interval")
        return {name: request.args[name] for name in names if request.args.get(name)}

    def plain(self, value: Decimal | None) -> str:
        """A decimal without exponent notation (0E-10 → 0.0000000000)."""
        return "" if value is None else format(value, "f")

    def exact(self, value: Decimal | None) -> str:
        """An exact amount in full, with thousands separators
        (9,205.4794520548): every decimal place an auditor re-performs."""
        return "" if value is None else format(value, ",f")

    def notes(self) -> list[NoteView]:
        schedules, _ = self._schedules()
        as_of = self.as_of()
        return [note_view(schedule, as_of) for schedule in schedules]

    def errors(self) -> list[str]:
        _, errors = self._schedules()
        return error_lines(errors)

    def chart_data(self, view: NoteView) -> list[BalancesChart | EventsChart]:
        """Fava's own charts: a line chart of the principal, the accrued
        interest and the carrying amount after each of the note's entries,
        and a chart of the events that changed the note (issue,
        conversions, payments, repayments, settlement, extensions)."""
        series = [
            DateAndBalance(
                point.date,
                SimpleCounterInventory(
                    {
                        "Principal": point.principal,
                        "Accrued interest": point.accrued_interest,
                        "Carrying amount": point.carrying_amount,
                    }
                ),
            )
            for point in view.chart
        ]
        hide = replace_numbers if current_app.config.get("INCOGNITO") else str
        marks = [
            EventsChartPoint(mark.date, mark.kind, hide(mark.description) or "")
            for mark in view.marks
        ]
        label = f"{view.terms.note_id} ({view.terms.currency})"
        return [
            BalancesChart(label, series),
            EventsChart(f"{view.terms.note_id}: events", marks),
        ]

    def overview(self) -> tuple[list[OverviewLine], list[Total]]:
        schedules, _ = self._schedules()
        return overview(schedules, self.as_of())

    def ending(self, view: NoteView) -> Ending | None:
        return ending(view.schedule, self.as_of())

    def next_payment(self, view: NoteView) -> NextPayment | None:
        return next_payment(view.schedule, self.as_of())

    def market_quote(self, view: NoteView) -> MarketQuote | None:
        return market_quote(view.schedule, self.as_of())

    def conversion_quote(
        self, view: NoteView, day: datetime.date
    ) -> MarketQuote | None:
        return conversion_quote(view.schedule, day)

    def entry_hash(self, event: EventLine) -> str:
        """Fava's hash of the event's directive, for its context link."""
        hashes = getattr(self, "_hashes", None)
        if hashes is None:
            hashes = {
                (str(entry.meta.get("filename")), int(str(entry.meta.get("lineno")))): (
                    hash_entry(entry)
                )
                for entry in self.ledger.all_entries
                if isinstance(entry, data.Custom)
            }
            self._hashes = hashes
        return str(hashes.get(event.where, ""))

    def what_if_from_request(self) -> WhatIf | None:
        """The what-if the form asked for, if it was submitted."""
        args = request.args
        if "what_if_note" not in args:
            return None
        return self._what_if(
            args.get("what_if_note", ""),
            args.get("what_if_date", ""),
            args.get("what_if_amount", ""),
        )

    def journal_filter(self, view: NoteView) -> str:
        return f"^{view.terms.note_id}"

    # -- endpoints -----------------------------------------------------------

    # Fava types this decorator with a TypeVar mypy cannot bind to a subclass.
    @extension_endpoint("what_if")  # type: ignore[arg-type,untyped-decorator,misc,unused-ignore]
    def what_if_endpoint(self) -> Response:
        """GET ?note=ID&date=YYYY-MM-DD&amount=1200000.00 → the conversion."""
        result = self._what_if(
            request.args.get("note", ""),
            request.args.get("date", ""),
            request.args.get("amount", ""),
        )
        status = 400 if result.error else 200
        response = jsonify(_json(result))
        response.status_code = status
        return response

    @extension_endpoint("schedule")  # type: ignore[arg-type,untyped-decorator,misc,unused-ignore]
    def schedule_endpoint(self) -> Response:
        """GET ?note=ID → the note's schedule rows."""
        note_id = request.args.get("note", "")
        for view in self.notes():
            if view.terms.note_id == note_id:
                rows = [_json(line) for line in view.lines]
                return jsonify({"note": note_id, "rows": rows})
        response = jsonify({"error": f"unknown note id {note_id!r}"})
        response.status_code = 404
        return response

    @extension_endpoint("audit_package")  # type: ignore[arg-type,untyped-decorator,misc,unused-ignore]
    def audit_package_endpoint(self) -> Response:
        """GET ?from=YYYY-MM-DD&to=YYYY-MM-DD → the audit package as a zip
        (what ``books export`` writes), built from the books Fava has loaded."""
        try:
            start = datetime.date.fromisoformat(request.args.get("from", ""))
            end = datetime.date.fromisoformat(request.args.get("to", ""))
        except ValueError:
            return _error(
                "Enter both dates of the period (from and to) as YYYY-MM-DD.", 400
            )
        entries: list[Any] = list(self.ledger.all_entries)
        books = Books(
            Path(self.ledger.beancount_file_path),
            entries,
            list(self.ledger.load_errors),
            dict(self.ledger.options),
        )
        with tempfile.TemporaryDirectory(prefix="audit-package-") as folder:
            out = Path(folder) / "package"
            try:
                export_package(books, start, end, out)
            except BooksError as error:
                return _error(str(error), 400)
            archive = zip_folder(out, f"audit-{start}-{end}")
        return send_file(
            io.BytesIO(archive),
            mimetype="application/zip",
            as_attachment=True,
            download_name=f"audit-{start}-{end}.zip",
        )

    def package_period(self) -> tuple[datetime.date, datetime.date]:
        """The period the download form suggests: the time filter, else the
        fiscal year of the books' last entry."""
        filtered = getattr(g, "filtered", None)
        date_range = getattr(filtered, "date_range", None)
        if date_range is not None:
            return date_range.begin, date_range.end_inclusive
        last = self.last_date()
        return datetime.date(last.year, 1, 1), last

    def _what_if(self, note_id: str, date_text: str, amount_text: str) -> WhatIf:
        schedules, _ = self._schedules()
        by_id = {schedule.terms.note_id: schedule for schedule in schedules}
        schedule = by_id.get(note_id)
        try:
            date = datetime.date.fromisoformat(date_text)
        except ValueError:
            date = None
        try:
            amount = Decimal(amount_text.replace(",", "").strip())
        except InvalidOperation:
            amount = None
        currency = schedule.terms.currency if schedule else ""
        if schedule is None:
            message = f"unknown note id {note_id!r}"
        elif date is None:
            message = f"enter a date as YYYY-MM-DD, got {date_text!r}"
        elif amount is None or not amount.is_finite():
            message = f"enter an amount such as 1200000.00, got {amount_text!r}"
        else:
            return what_if(schedule, date, amount)
        return WhatIf(note_id, date or datetime.date.min, Decimal(0), currency, message)


def _error(message: str, status: int) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    return response


def zip_folder(folder: Path, root: str) -> bytes:
    """The folder's files as a zip, byte-stable: sorted names, fixed times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = f"{root}/{path.relative_to(folder).as_posix()}"
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _json(record: Any) -> dict[str, Any]:
    """A frozen record as JSON: decimals as strings, dates ISO."""
    out: dict[str, Any] = {}
    for name, value in vars(record).items():
        if isinstance(value, Decimal):
            out[name] = format(value, "f")
        elif isinstance(value, datetime.date):
            out[name] = value.isoformat()
        else:
            out[name] = value
    return out
