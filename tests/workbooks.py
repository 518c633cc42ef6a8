"""Small registration workbooks written on the fly, for the import tests of the core and of the window."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook of the given sheets, each a list of rows."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def fuzzy_form(path: Path, wishes: str) -> Path:
    """A form export whose first person wishes to meet ``wishes``, typed as they like: 'Equinr' is
    confidently 'Equinor Energy AS', 'Alpa' may be 'Alpha Ltd' or 'Alfa Ltd'."""
    target = path / "fuzzy.xlsx" if path.is_dir() else path
    return write_book(
        target,
        {
            "Form": [
                ["Name", "Company", "Companies to meet"],
                ["Ann", "Sørvest Havn AS", wishes],
                ["Bo", "Equinor Energy AS", None],
                ["Cy", "Nordic Ports Group", None],
                ["Di", "Nordic Ports Logistics AS", None],
                ["Ed", "Alpha Ltd", None],
                ["Fi", "Alfa Ltd", None],
            ]
        },
    )
