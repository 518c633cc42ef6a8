"""Reading an organiser's spreadsheet safely: .xlsx/.xlsm workbooks and CSV files become plain rows.

Workbooks are ZIP archives of XML parts, so a hostile or broken file can claim to inflate to gigabytes or
carry XML entity tricks. Every workbook is checked before it is parsed (size, part count, compression
ratio, document type declarations, filled rows per sheet), parsed with defusedxml, read as cached values
(formulas are never evaluated, macros never run) and cut off at a documented number of columns. Merged
cells are unmerged: the value of a merged range is copied to each of its cells, and the ranges are kept
so that the import can report them.

Over 400 lines because reading .xlsx files and CSV in every encoding and separator safely, within the limits
that keep a hostile file from exhausting memory, is one job.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO

import openpyxl
from defusedxml import ElementTree

from app.errors import InputError, Location, column_letter

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
MAX_MERGED_CELLS = 200_000
"""Most cells of one sheet filled by unmerging merged ranges; larger ranges are left as Excel saved them."""

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
SUPPORTED = "an Excel workbook (.xlsx, .xlsm) or a CSV file"

_SMALL_PART = 1024 * 1024
_PROLOG_BYTES = 4096

if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a declared dependency
    raise ImportError("MeetGrid reads workbooks only through defusedxml; install defusedxml")


@dataclass(frozen=True, slots=True)
class MergedRange:
    """A range of merged cells (1-based, inclusive) and whether its value was copied to each cell."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int
    copied: bool = True

    @property
    def ref(self) -> str:
        first = f"{column_letter(self.first_column)}{self.first_row}"
        return f"{first}:{column_letter(self.last_column)}{self.last_row}"


@dataclass(frozen=True, slots=True)
class Sheet:
    """The rows of one sheet (or of a CSV file, whose sheet name is None); ``rows[0]`` is row 1."""

    name: str | None
    rows: tuple[tuple[CellValue, ...], ...]
    merged: tuple[MergedRange, ...] = ()

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


def _check_archive(path: Path) -> dict[str, _Survey]:
    """Refuse damaged archives, zip bombs, XML with document type declarations and sheets with too many
    rows, before any XML is parsed; returns what each sheet's survey found, by sheet name."""
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
            return _survey_sheets(archive, names, path)
    except InputError:
        raise
    except PermissionError:
        raise InputError("cannot be read (permission denied); check who may open it", where) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, ElementTree.ParseError) as exc:
        raise InputError(
            f"is damaged and cannot be opened as a workbook ({exc}); export or save it again", where
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            f"uses a ZIP feature MeetGrid cannot read ({exc}); save it again as .xlsx", where
        ) from None


# Byte patterns, not XML parsing: they count rows and find merged ranges before the parser runs, within the
# inflate limits already checked. An optional namespace prefix ("x:row") is allowed.
_TOKEN = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:(row)[\s>/]|(?:v|is)[\s>]|mergeCell\b[^>]{0,200}?\bref=\"([^\"]{1,40})\")"
)
_CHUNK = 1 << 20
_OVERLAP = 512
_CELL = re.compile(r"([A-Za-z]{1,3})(\d{1,7})")


@dataclass
class _Survey:
    filled_rows: int = 0
    merges: list[str] = field(default_factory=list)


def _survey_sheets(archive: zipfile.ZipFile, names: set[str], path: Path) -> dict[str, _Survey]:
    surveys: dict[str, _Survey] = {}
    for title, part in _sheet_parts(archive, names):
        survey = _survey(archive, part)
        if survey.filled_rows > MAX_ROWS:
            raise InputError(
                f"has more than {MAX_ROWS:,} filled rows ({survey.filled_rows:,}), the most MeetGrid "
                "imports; split it into several files",
                Location(file=str(path), sheet=title),
            )
        surveys[title] = survey
    return surveys


def _sheet_parts(archive: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, part path) of each worksheet, from the workbook part and its relationships."""
    rels_name = "xl/_rels/workbook.xml.rels"
    if rels_name not in names:
        return []
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"), forbid_dtd=True)
    rels = ElementTree.fromstring(archive.read(rels_name), forbid_dtd=True)
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
        targets[rel.get("Id")] = target
    parts = []
    for element in workbook.iter():
        if element.tag.rpartition("}")[2] != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.rpartition("}")[2] == "id"), None)
        target = targets.get(rel_id)
        if target in names and element.get("name"):
            parts.append((str(element.get("name")), str(target)))
    return parts


def _survey(archive: zipfile.ZipFile, part: str) -> _Survey:
    """Filled rows and merged ranges of one worksheet part, read as bytes in chunks."""
    survey = _Survey()
    in_row = filled = False
    tail = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            limit = len(data) if not chunk else len(data) - _OVERLAP
            resume = 0
            for match in _TOKEN.finditer(data):
                if match.start() >= limit:
                    break
                resume = match.end()
                row, ref = match.group(1, 2)
                if row:
                    survey.filled_rows += filled
                    in_row, filled = True, False
                elif ref is not None:
                    survey.merges.append(ref.decode("ascii", "replace"))
                elif in_row:
                    filled = True
            if not chunk:
                break
            tail = data[max(limit, resume) :]
    survey.filled_rows += filled
    return survey


def _merged_range(ref: str) -> MergedRange | None:
    first, _, last = ref.partition(":")
    corners = [_CELL.fullmatch(first), _CELL.fullmatch(last or first)]
    if corners[0] is None or corners[1] is None:
        return None
    (c1, r1), (c2, r2) = ((_column_number(m.group(1)), int(m.group(2))) for m in corners if m)
    return MergedRange(min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _unmerge(
    rows: tuple[tuple[CellValue, ...], ...], refs: list[str]
) -> tuple[tuple[tuple[CellValue, ...], ...], tuple[MergedRange, ...]]:
    """Copies each merged range's value (its top-left cell) to every cell of the range."""
    table = [list(row) for row in rows]
    budget = MAX_MERGED_CELLS
    ranges = []
    for ref in refs:
        merged = _merged_range(ref)
        if merged is None or merged.first_row > len(table) or merged.first_column > MAX_COLUMNS:
            continue
        top = table[merged.first_row - 1]
        value = top[merged.first_column - 1] if merged.first_column <= len(top) else None
        if value is None:
            continue
        last_row = min(merged.last_row, len(table))
        last_column = min(merged.last_column, MAX_COLUMNS)
        size = (last_row - merged.first_row + 1) * (last_column - merged.first_column + 1)
        if size <= 1:
            continue
        if size > budget:
            ranges.append(MergedRange(merged.first_row, merged.first_column, last_row, last_column, False))
            continue
        budget -= size
        for number in range(merged.first_row, last_row + 1):
            row = table[number - 1]
            if len(row) < last_column:
                row.extend([None] * (last_column - len(row)))
            for column in range(merged.first_column, last_column + 1):
                row[column - 1] = value
        ranges.append(MergedRange(merged.first_row, merged.first_column, last_row, last_column))
    if not ranges:
        return rows, ()
    return tuple(tuple(row) for row in table), tuple(ranges)


def _read_workbook(path: Path) -> list[Sheet]:
    surveys = _check_archive(path)
    # MeetGrid owns the file handle, so that a workbook openpyxl fails on is still closed.
    with path.open("rb") as stream:
        return _parse_workbook(stream, path, surveys)


def _parse_workbook(stream: BinaryIO, path: Path, surveys: dict[str, _Survey]) -> list[Sheet]:
    where = Location(file=str(path))
    try:
        workbook = openpyxl.load_workbook(
            stream, read_only=True, data_only=True, keep_vba=False, keep_links=False
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
            survey = surveys.get(worksheet.title)
            merged: tuple[MergedRange, ...] = ()
            if survey is not None and survey.merges:
                rows, merged = _unmerge(rows, survey.merges)
            sheets.append(Sheet(worksheet.title, rows, merged))
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
    width = 0  # the widest row so far; read-only sheets pad every row to MAX_COLUMNS
    for row in rows:
        row = row[:MAX_COLUMNS]
        rest = row[width:]
        if rest.count(None) != len(rest):  # counted in C: cheap even for 200 padded columns
            width = len(row)
        end = min(width, len(row))
        while end and row[end - 1] is None:
            end -= 1
        values = tuple(v if v is None or type(v) is str else _cell(v) for v in row[:end])
        kept.append(values)
        if end:
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
        return raw.decode("utf-16", errors="replace")
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
    filled = sum(1 for line in text.splitlines() if line.strip(' \t,;"'))
    if filled > MAX_ROWS:
        raise InputError(
            f"has more than {MAX_ROWS:,} filled rows ({filled:,}), the most MeetGrid imports; split it into "
            "several files",
            where,
        )
    delimiter = _delimiter("\n".join(first_lines))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = _bounded_rows((tuple(_csv_value(v) for v in row) for row in reader), path, None)
    except csv.Error as exc:
        raise InputError(f"is not a well-formed CSV file ({exc}); export it again", where) from None
    return Sheet(None, rows)


def _delimiter(sample: str) -> str:
    """The separator that splits the first lines most regularly into the most columns.

    Counting separators alone is misled by a title with a comma above a ';' table, or commas inside wish
    lists; a candidate that leaves cells holding nothing but another separator (tabs typed around values
    in a comma-separated file) is wrong whatever its regularity.
    """
    best, best_score = ",", (0, 0)
    for candidate in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=candidate))
        except csv.Error:
            continue
        widths = [len(row) for row in rows if len(row) > 1]
        if not widths:
            continue
        usual = Counter(widths).most_common(1)[0][0]
        stray = sum(1 for row in rows for value in row if value.strip() and not value.strip(" \t,;"))
        score = (-stray, sum(1 for width in widths if width == usual) * (usual - 1))
        if best_score == (0, 0) or score > best_score:
            best, best_score = candidate, score
    return best


def _csv_value(text: str) -> CellValue:
    stripped = text.strip()
    return stripped or None
