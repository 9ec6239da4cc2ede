"""The package's workbook, written with XlsxWriter row by row.

XlsxWriter's constant-memory mode streams each sheet to disk, and a fixed
creation date makes two exports of the same books byte-identical. Cells hold
Excel numbers (IEEE doubles, as every spreadsheet does); the text files of
the package keep the exact decimals.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any

import xlsxwriter

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

#: Excel's limit, less the header row.
MAX_ROWS = 1_048_575
#: Column widths follow the content, up to this many characters.
MAX_WIDTH = 60
#: ADS columns that hold YYYYMMDD dates: dates in the workbook.
ADS_DATES = frozenset({"Effective_Date", "Entered_Date", "Balance_As_Of_Date"})


class Sheet:
    """One worksheet (or a run of them, when the rows exceed Excel's limit)."""

    def __init__(self, book: Workbook, name: str, headers: Sequence[str]) -> None:
        self.book = book
        self.name = name
        self.headers = tuple(headers)
        self.part = 0
        self.row = 0
        self.worksheet: Any = None
        self.widths: list[int] = []
        self._start_part()
        book.sheets.append(self)

    def _start_part(self) -> None:
        if self.worksheet is not None:
            self.finish()
        self.part += 1
        title = self.name if self.part == 1 else f"{self.name}_{self.part}"
        worksheet = self.book.workbook.add_worksheet(title[:31])
        worksheet.freeze_panes(1, 0)
        worksheet.write_row(0, 0, self.headers, self.book.header)
        self.worksheet = worksheet
        self.widths = [len(header) for header in self.headers]
        self.row = 0

    def write(self, values: Sequence[object]) -> None:
        if self.row >= MAX_ROWS:
            self._start_part()
        self.row += 1
        for column, value in enumerate(values):
            header = self.headers[column] if column < len(self.headers) else ""
            shown = self.book.write_cell(
                self.worksheet, self.row, column, value, header
            )
            if column < len(self.widths):
                self.widths[column] = max(self.widths[column], len(shown))

    def finish(self) -> None:
        """Widths that fit the content, filters, and a landscape page one
        page wide with the header row repeated."""
        worksheet = self.worksheet
        for column, width in enumerate(self.widths):
            worksheet.set_column(column, column, min(width + 2, MAX_WIDTH))
        if self.headers:
            worksheet.autofilter(0, 0, self.row, len(self.headers) - 1)
        worksheet.set_landscape()
        worksheet.set_paper(9)  # A4
        worksheet.fit_to_pages(1, 0)
        worksheet.repeat_rows(0)


class Workbook:
    def __init__(self, path: Path, created: datetime.date) -> None:
        self.workbook = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_numbers": False}
        )
        stamp = datetime.datetime(created.year, created.month, created.day)
        self.workbook.set_properties(
            {"created": stamp, "title": "Audit package", "author": "books export"}
        )
        self.header = self.workbook.add_format(
            {"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True}
        )
        self.sheets: list[Sheet] = []
        # The cover comes first; it is written last, when the checks are known.
        self.cover = self.workbook.add_worksheet("Cover")
        self.title = self.workbook.add_format({"bold": True, "font_size": 14})
        self.label = self.workbook.add_format({"bold": True})
        self.passed = self.workbook.add_format(
            {"bg_color": "#C6EFCE", "font_color": "#006100"}
        )
        self.failed = self.workbook.add_format(
            {"bg_color": "#FFC7CE", "font_color": "#9C0006", "bold": True}
        )
        # Accounting format: thousands separators, negatives in brackets.
        self.money = self.workbook.add_format({"num_format": "#,##0.00_);(#,##0.00)"})
        self.precise = self.workbook.add_format({"num_format": "#,##0.0000000000"})
        self.integer = self.workbook.add_format({"num_format": "0"})
        self.count = self.workbook.add_format({"num_format": "#,##0"})
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str, headers: Sequence[str]) -> Sheet:
        return Sheet(self, name, headers)

    def write_cell(
        self, worksheet: Any, row: int, column: int, value: object, header: str
    ) -> str:
        """Write one cell; return it as a person reads it (for the width)."""
        if isinstance(value, str) and header in ADS_DATES and len(value) == 8:
            value = _ads_date(value)
        if isinstance(value, bool) or value is None:
            text = "" if value is None else str(value)
            worksheet.write_string(row, column, text)
            return text
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            places = -exponent if isinstance(exponent, int) else 0
            style = self.money if places <= 2 else self.precise
            worksheet.write_number(row, column, float(value), style)
            return f"{value:,.2f}" if places <= 2 else f"{value:,.10f}"
        if isinstance(value, int):
            # Share counts read with separators; years and line numbers not.
            style = self.count if "shares" in header.lower() else self.integer
            worksheet.write_number(row, column, value, style)
            return f"{value:,}"
        if isinstance(value, datetime.date):
            stamp = datetime.datetime(value.year, value.month, value.day)
            worksheet.write_datetime(row, column, stamp, self.date)
            return "2000-01-01"
        text = str(value)
        status = {"PASS": self.passed, "FAIL": self.failed}.get(text)
        if header == "status" and status is not None:
            worksheet.write_string(row, column, text, status)
        else:
            worksheet.write_string(row, column, text)
        return text

    def write_cover(self, lines: Sequence[tuple[str, str]], heading: str) -> None:
        """The cover sheet: a heading, then label and value per line."""
        cover = self.cover
        cover.write_string(0, 0, heading, self.title)
        for row, (label, value) in enumerate(lines, start=2):
            cover.write_string(row, 0, label, self.label)
            cover.write_string(row, 1, value)
        cover.set_column(0, 0, 24)
        cover.set_column(1, 1, min(max(len(value) for _, value in lines) + 2, 100))
        cover.set_landscape()
        cover.fit_to_pages(1, 1)

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.finish()
        self.workbook.close()


def _ads_date(text: str) -> datetime.date | str:
    """An ADS date (YYYYMMDD) as a date; any other text as it is."""
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return text
