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


class Sheet:
    """One worksheet (or a run of them, when the rows exceed Excel's limit)."""

    def __init__(self, book: Workbook, name: str, headers: Sequence[str]) -> None:
        self.book = book
        self.name = name
        self.headers = tuple(headers)
        self.part = 0
        self.row = 0
        self.worksheet: Any = None
        self._start_part()

    def _start_part(self) -> None:
        self.part += 1
        title = self.name if self.part == 1 else f"{self.name}_{self.part}"
        worksheet = self.book.workbook.add_worksheet(title[:31])
        for column, header in enumerate(self.headers):
            width = min(max(len(header) + 2, 12), 48)
            worksheet.set_column(column, column, width)
        worksheet.freeze_panes(1, 0)
        worksheet.write_row(0, 0, self.headers, self.book.header)
        self.worksheet = worksheet
        self.row = 0

    def write(self, values: Sequence[object]) -> None:
        if self.row >= MAX_ROWS:
            self._start_part()
        self.row += 1
        for column, value in enumerate(values):
            self.book.write_cell(
                self.worksheet, self.row, column, value, self.headers[column]
            )


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
        self.money = self.workbook.add_format({"num_format": "#,##0.00;-#,##0.00"})
        self.precise = self.workbook.add_format({"num_format": "#,##0.0000000000"})
        self.integer = self.workbook.add_format({"num_format": "0"})
        self.count = self.workbook.add_format({"num_format": "#,##0"})
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd"})

    def sheet(self, name: str, headers: Sequence[str]) -> Sheet:
        return Sheet(self, name, headers)

    def write_cell(
        self, worksheet: Any, row: int, column: int, value: object, header: str
    ) -> None:
        if isinstance(value, bool) or value is None:
            worksheet.write_string(row, column, "" if value is None else str(value))
        elif isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            places = -exponent if isinstance(exponent, int) else 0
            style = self.money if places <= 2 else self.precise
            worksheet.write_number(row, column, float(value), style)
        elif isinstance(value, int):
            # Share counts read with separators; years and line numbers not.
            style = self.count if "shares" in header.lower() else self.integer
            worksheet.write_number(row, column, value, style)
        elif isinstance(value, datetime.date):
            stamp = datetime.datetime(value.year, value.month, value.day)
            worksheet.write_datetime(row, column, stamp, self.date)
        else:
            worksheet.write_string(row, column, str(value))

    def close(self) -> None:
        self.workbook.close()
