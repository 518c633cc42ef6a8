"""Reading an organiser's spreadsheet safely: .xlsx/.xlsm workbooks and CSV files become plain rows.

Workbooks are ZIP archives of XML parts, so a hostile or broken file can claim to inflate to gigabytes or
carry XML entity tricks. Every workbook is checked before it is parsed (size, part count, compression
ratio, document type declarations), parsed with defusedxml, read as cached values (formulas are never
evaluated, macros never run) and cut off at a documented number of rows and columns.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl

from app.errors import InputError, Location

CellValue = str | int | float | bool | datetime | date | time | None

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest registration file accepted (50 MB); real registration workbooks are well under 5 MB."""
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
"""Largest total size a workbook's parts may inflate to (300 MB)."""
MAX_COMPRESSION_RATIO = 200
"""Largest inflation factor of one part bigger than 1 MB; ordinary sheets compress 5 to 30 times."""
MAX_PARTS = 5_000
"""Most parts (files) inside one workbook."""
MAX_ROWS = 100_000
"""Most rows read from one sheet or CSV file."""
MAX_COLUMNS = 200
"""Columns beyond this are not read."""

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
SUPPORTED = "an Excel workbook (.xlsx, .xlsm) or a CSV file"

_SMALL_PART = 1024 * 1024
_PROLOG_BYTES = 4096

if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a declared dependency
    raise ImportError("MeetGrid reads workbooks only through defusedxml; install defusedxml")


@dataclass(frozen=True, slots=True)
class Sheet:
    """The rows of one sheet (or of a CSV file, whose sheet name is None); ``rows[0]`` is row 1."""

    name: str | None
    rows: tuple[tuple[CellValue, ...], ...]

    def location(self, file: Path, row: int | None = None, column: int | None = None, **kw: Any) -> Location:
        return Location(file=str(file), sheet=self.name, row=row, column=column, **kw)


def read_sheets(path: Path) -> list[Sheet]:
    """All sheets of a workbook, or the one table of a CSV file, as rows of cell values.

    Raises InputError naming the file when it is missing, of another kind, damaged or too large.
    """
    where = Location(file=str(path))
    if not path.exists():
        raise InputError("does not exist; check the file name and folder", where)
    if path.is_dir():
        raise InputError(f"is a folder; choose {SUPPORTED}", where)
    size = path.stat().st_size
    if size == 0:
        raise InputError("is empty (0 bytes); export the registrations again", where)
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"is {size / 1024 / 1024:.0f} MB, more than the {MAX_FILE_BYTES // 1024 // 1024} MB MeetGrid "
            "reads; remove unrelated sheets or pictures and try again",
            where,
        )
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path)]
    with path.open("rb") as stream:
        head = stream.read(8)
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            "is in the old Excel 97-2003 format (.xls); open it in Excel or LibreOffice and save it as .xlsx",
            where,
        )
    if suffix == ".ods":
        raise InputError("is an OpenDocument spreadsheet; save it as .xlsx and import that", where)
    if not head.startswith(b"PK"):
        if suffix in WORKBOOK_SUFFIXES:
            raise InputError(
                f"is not an Excel workbook although it is named {suffix}; open it and save it as .xlsx", where
            )
        raise InputError(f"is not {SUPPORTED}", where)
    return _read_workbook(path)


# -- workbooks ------------------------------------------------------------------------------------------


def _check_archive(path: Path) -> None:
    """Refuse damaged archives, zip bombs and XML with document type declarations before parsing."""
    where = Location(file=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise InputError(f"has {len(parts)} parts, more than a workbook ever needs", where)
            names = {p.filename for p in parts}
            if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
                raise InputError(f"is a ZIP archive but not an Excel workbook; choose {SUPPORTED}", where)
            if "xl/workbook.bin" in names:
                raise InputError("is a binary workbook (.xlsb); save it as .xlsx and import that", where)
            total = sum(p.file_size for p in parts)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise InputError(
                    f"would inflate to {total / 1024 / 1024:.0f} MB, more than the "
                    f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB limit; it is damaged or not a "
                    "registration workbook",
                    where,
                )
            for part in parts:
                if part.file_size > _SMALL_PART and part.file_size > MAX_COMPRESSION_RATIO * max(
                    part.compress_size, 1
                ):
                    raise InputError(
                        f"part '{part.filename}' inflates {part.file_size // max(part.compress_size, 1)} "
                        "times, far more than any spreadsheet; the file is refused as unsafe",
                        where,
                    )
                if part.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(part) as stream:
                        prolog = stream.read(_PROLOG_BYTES)
                    if b"<!DOCTYPE" in prolog.upper() or b"<\x00!\x00D\x00O\x00C\x00" in prolog:
                        raise InputError(
                            f"part '{part.filename}' declares a document type (XML entities), which Excel "
                            "never writes; the file is refused as unsafe",
                            where,
                        )
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise InputError(
            f"is damaged and cannot be opened as a workbook ({exc}); export or save it again", where
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            f"uses a ZIP feature MeetGrid cannot read ({exc}); save it again as .xlsx", where
        ) from None


def _read_workbook(path: Path) -> list[Sheet]:
    _check_archive(path)
    where = Location(file=str(path))
    try:
        workbook = openpyxl.load_workbook(
            path, read_only=True, data_only=True, keep_vba=False, keep_links=False
        )
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged parts
        raise InputError(
            f"could not be read as an Excel workbook ({type(exc).__name__}: {exc}); "
            "open it in Excel or LibreOffice, save it as .xlsx and try again",
            where,
        ) from None
    try:
        sheets = []
        for worksheet in workbook.worksheets:
            rows = _bounded_rows(
                worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), path, worksheet.title
            )
            sheets.append(Sheet(worksheet.title, rows))
        return sheets
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"has a damaged sheet ({type(exc).__name__}: {exc}); open it in Excel or LibreOffice, save it "
            "as .xlsx and try again",
            where,
        ) from None
    finally:
        workbook.close()


def _bounded_rows(
    rows: Iterator[tuple[Any, ...]], path: Path, sheet: str | None
) -> tuple[tuple[CellValue, ...], ...]:
    kept: list[tuple[CellValue, ...]] = []
    last_filled = 0
    for row in rows:
        values = [_cell(v) for v in row[:MAX_COLUMNS]]
        while values and values[-1] is None:  # read-only sheets pad every row to the widest one
            values.pop()
        kept.append(tuple(values))
        if any(v is not None for v in values):
            last_filled = len(kept)
            if last_filled > MAX_ROWS:
                raise InputError(
                    f"has more than {MAX_ROWS:,} filled rows, the most MeetGrid imports; split it into "
                    "several files",
                    Location(file=str(path), sheet=sheet),
                )
        elif len(kept) - last_filled > MAX_ROWS:
            break  # a long tail of formatted but empty rows
    return tuple(kept[:last_filled])


def _cell(value: Any) -> CellValue:
    if value is None or isinstance(value, str | int | float | bool | datetime | date | time):
        return value
    return str(value)  # durations and other rarities are kept as text


# -- CSV ------------------------------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> Sheet:
    where = Location(file=str(path))
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("is not a text (CSV) file; choose " + SUPPORTED, where)
    text = _decode(raw)
    first_lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not first_lines:
        raise InputError("has no rows; export the registrations again", where)
    sample = "\n".join(first_lines)
    delimiter = max((";", ",", "\t"), key=sample.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = _bounded_rows((tuple(_csv_value(v) for v in row) for row in reader), path, None)
    except csv.Error as exc:
        raise InputError(f"is not a well-formed CSV file ({exc}); export it again", where) from None
    return Sheet(None, rows)


def _csv_value(text: str) -> CellValue:
    stripped = text.strip()
    return stripped or None
