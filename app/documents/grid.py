"""The master grid: the whole timetable on A3 landscape, slots down and tables across, for the wall and the
desk.

Every name is set at 7 pt or larger, so that it can be read at arm's length. When the tables do not fit
one page at that size, they are spread over several pages side by side (tables 1–14, 15–28, ...), and the
slots of a day over several pages when they do not fit one page's height; every page says which tables and
which times it shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import (
    ACCENT,
    LEADING,
    MUTED,
    PAUSE,
    RULE,
    ZEBRA,
    draw_fitted,
    draw_text,
    fit_text,
    long_date,
    register_fonts,
)
from app.documents.timetable_text import Pause, Timetable, interpreting, pauses_of, slots_by_day, span
from app.domain import Event, Meeting, Slot, Table
from app.files import replaced_atomically

WIDTH, HEIGHT = landscape(A3)
MARGIN = 12 * mm
TIME_COLUMN = 17 * mm
MIN_COLUMN = 27 * mm
MAX_COLUMN = 60 * mm
SMALLEST = 7.0
"""No text on the grid is set smaller: the wall copy is read at arm's length."""
NAME_SIZE = 8.5
PAD = 1.2 * mm
HEAD_TOP = HEIGHT - MARGIN
GRID_TOP = HEIGHT - MARGIN - 16 * mm
COLUMN_HEAD = 9 * mm
GRID_BOTTOM = MARGIN + 9 * mm
BAND = 6 * mm
NEEDED = colors.HexColor("#9C2A00")


def org_text(event: Event, org_id: int) -> str:
    latin, local = event.organisation_by_id[org_id].names
    return " ".join(name for name in (latin, local) if name)


@dataclass(frozen=True)
class Geometry:
    """The cell size shared by every page, so the pages of a day line up when taped side by side."""

    column: float
    per_page: int
    name_height: float
    interpreter_line: bool

    @property
    def row(self) -> float:
        extra = SMALLEST * 1.25 + PAD if self.interpreter_line else 0.0
        return float(2 * PAD + 2 * self.name_height + 2 * mm + extra)


def geometry(event: Event, tables: int) -> Geometry:
    usable = WIDTH - 2 * MARGIN - TIME_COLUMN
    fit = max(1, int(usable // MIN_COLUMN))
    pages = math.ceil(tables / fit) if tables else 1
    per_page = max(1, math.ceil(tables / pages))
    column = min(MAX_COLUMN, usable / per_page)
    # Names as tall as the longest needs at the usual size, up to three lines; longer ones shrink.
    text_width = column - 2 * PAD
    lines = 1
    seen: set[int] = set()
    for meeting in event.meetings:
        for org in meeting.organisation_ids:
            if org in seen:
                continue
            seen.add(org)
            fitted = fit_text(
                org_text(event, org), text_width, 1e6, largest=NAME_SIZE, smallest=NAME_SIZE, max_lines=3
            )
            lines = max(lines, len(fitted.lines))
            if lines == 3:
                break
        if lines == 3:
            break
    name_height = NAME_SIZE * (1 + LEADING * (lines - 1))
    helped = any(m.interpreter_id is not None or event.needs_interpreting(m) for m in event.meetings)
    return Geometry(column, per_page, name_height, helped)


@dataclass(frozen=True)
class GridPage:
    day: date
    items: tuple[Slot | Pause, ...]
    tables: tuple[Table, ...]
    first_column: int
    """The position (from 1) of the page's first table among all the tables."""


def _height(item: Slot | Pause, shape: Geometry) -> float:
    return shape.row if isinstance(item, Slot) else BAND


def _row_chunks(items: Sequence[Slot | Pause], shape: Geometry) -> list[list[Slot | Pause]]:
    """The day's rows in as few pages as hold them, shared out evenly over those pages."""
    room = GRID_TOP - COLUMN_HEAD - GRID_BOTTOM
    pages = 1
    used = 0.0
    for item in items:
        if used + _height(item, shape) > room and used > 0:
            pages += 1
            used = 0.0
        used += _height(item, shape)
    total = sum(_height(item, shape) for item in items)
    while True:
        target = total / pages
        chunks: list[list[Slot | Pause]] = [[]]
        used = 0.0
        for item in items:
            step = _height(item, shape)
            if chunks[-1] and (used + step / 2 > target * len(chunks) and len(chunks) < pages):
                chunks.append([])
            chunks[-1].append(item)
            used += step
        if all(sum(_height(i, shape) for i in chunk) <= room for chunk in chunks):
            # A pause does not open or close a page when a slot can take its place.
            return [chunk for chunk in chunks if chunk]
        pages += 1


def plan_pages(event: Event, shape: Geometry) -> list[GridPage]:
    tables = list(event.tables)
    column_chunks = [tables[i : i + shape.per_page] for i in range(0, len(tables), shape.per_page)] or [[]]
    pages = []
    for day, slots in slots_by_day(event).items():
        items: list[Slot | Pause] = []
        pauses = pauses_of(event, day)
        for slot in slots:
            while pauses and pauses[0].start < slot.start:
                items.append(pauses.pop(0))
            items.append(slot)
        for rows in _row_chunks(items, shape):
            for index, columns in enumerate(column_chunks):
                pages.append(GridPage(day, tuple(rows), tuple(columns), index * shape.per_page + 1))
    return pages


def _tables_label(page: GridPage, count: int) -> str:
    first, last = page.first_column, page.first_column + len(page.tables) - 1
    if not page.tables:
        return "No tables"
    if page.tables[0].name == f"Table {first}" and page.tables[-1].name == f"Table {last}":
        return f"Tables {first}–{last} of {count}"
    return f"{page.tables[0].name} – {page.tables[-1].name} (tables {first}–{last} of {count})"


def _times_label(page: GridPage) -> str:
    starts = [item.start for item in page.items]
    ends = [item.end for item in page.items]
    return span(min(starts), max(ends)) if starts else ""


def _furniture(canvas: Canvas, event: Event, page: GridPage, number: int, total: int) -> None:
    canvas.setFillColor(ACCENT)
    name = fit_text(event.settings.name, WIDTH / 2, 14, largest=14, smallest=SMALLEST, max_lines=1, bold=True)
    draw_fitted(canvas, name, MARGIN, HEAD_TOP, WIDTH / 2, bold=True)
    canvas.setFillColor(colors.black)
    draw_text(canvas, WIDTH - MARGIN, HEAD_TOP - 11, f"Page {number} of {total}", 11, bold=True, right=True)
    canvas.setFillColor(MUTED)
    where = " · ".join(
        part
        for part in (
            "Master grid",
            long_date(page.day),
            _tables_label(page, len(event.tables)),
            _times_label(page),
            event.settings.venue,
        )
        if part
    )
    draw_text(canvas, MARGIN, HEAD_TOP - 11 * mm, where, 10.5)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, GRID_TOP + 2 * mm, WIDTH - MARGIN, GRID_TOP + 2 * mm)
    canvas.setFillColor(MUTED)
    draw_text(
        canvas,
        MARGIN,
        MARGIN,
        "Each cell: the two organisations meeting there, then the interpreter.  "
        "◆ Interpreting needed: no interpreter named for sides that share no language.",
        8,
    )
    draw_text(canvas, WIDTH - MARGIN, MARGIN, f"MeetGrid · {event.settings.name}", 8, right=True)


def _column_heads(canvas: Canvas, page: GridPage, shape: Geometry) -> None:
    top = GRID_TOP
    canvas.setFillColor(ACCENT)
    width = TIME_COLUMN + shape.column * len(page.tables)
    canvas.rect(MARGIN, top - COLUMN_HEAD, width, COLUMN_HEAD, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    draw_text(canvas, MARGIN + PAD, top - COLUMN_HEAD / 2 - 3, "Time", 9, bold=True)
    x = MARGIN + TIME_COLUMN
    for table in page.tables:
        fitted = fit_text(
            table.name,
            shape.column - 2 * PAD,
            COLUMN_HEAD - 2 * PAD,
            largest=11,
            smallest=SMALLEST,
            bold=True,
        )
        draw_fitted(
            canvas,
            fitted,
            x + PAD,
            top - (COLUMN_HEAD - fitted.height) / 2,
            shape.column - 2 * PAD,
            bold=True,
            align="centre",
        )
        x += shape.column


def _cell(canvas: Canvas, event: Event, meeting: Meeting, x: float, top: float, shape: Geometry) -> None:
    width = shape.column - 2 * PAD
    y = top - PAD
    first, second = meeting.organisation_ids
    for index, org in enumerate((first, second)):
        fitted = fit_text(
            org_text(event, org), width, shape.name_height, largest=NAME_SIZE, smallest=SMALLEST, max_lines=3
        )
        canvas.setFillColor(colors.black)
        draw_fitted(canvas, fitted, x + PAD, y, width, bold=index == 0)
        y -= shape.name_height
        if index == 0:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(x + PAD, y - 1 * mm, x + PAD + width / 3, y - 1 * mm)
            y -= 2 * mm
    words, needed = interpreting(event, meeting)
    if words:
        text = "◆ " + words.removeprefix("Interpreting needed (").removesuffix(")") if needed else words
        fitted = fit_text(
            text, width, SMALLEST * 1.25, largest=7.5, smallest=SMALLEST, max_lines=1, bold=needed
        )
        canvas.setFillColor(NEEDED if needed else MUTED)
        draw_fitted(canvas, fitted, x + PAD, y - PAD, width, bold=needed)


def _draw_page(canvas: Canvas, event: Event, timetable: Timetable, page: GridPage, shape: Geometry) -> None:
    _column_heads(canvas, page, shape)
    top = GRID_TOP - COLUMN_HEAD
    width = TIME_COLUMN + shape.column * len(page.tables)
    for row, item in enumerate(page.items):
        if isinstance(item, Pause):
            canvas.setFillColor(PAUSE)
            canvas.rect(MARGIN, top - BAND, width, BAND, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            draw_text(canvas, MARGIN + PAD, top - BAND + 2 * mm, item.text, 9, bold=True)
            top -= BAND
            continue
        if row % 2:
            canvas.setFillColor(ZEBRA)
            canvas.rect(MARGIN, top - shape.row, width, shape.row, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        draw_text(canvas, MARGIN + PAD, top - PAD - 8, f"{item.start:%H:%M}", 9.5, bold=True)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN + PAD, top - PAD - 18, f"–{item.end:%H:%M}", 8)
        x = MARGIN + TIME_COLUMN
        for table in page.tables:
            meeting = timetable.at.get((item.id, table.id))
            if meeting is not None:
                _cell(canvas, event, meeting, x, top, shape)
            x += shape.column
        top -= shape.row
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top, MARGIN + width, top)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    x = MARGIN + TIME_COLUMN
    for _ in range(len(page.tables) + 1):
        canvas.line(x, GRID_TOP - COLUMN_HEAD, x, top)
        x += shape.column


def write_grid(event: Event, path: Path, options: PrintOptions, progress: Progress | None = None) -> Path:
    """The master grid of every table and slot, day by day (``options.only`` does not apply: the grid is
    the whole floor)."""
    register_fonts()
    timetable = Timetable.of(event)
    shape = geometry(event, len(event.tables))
    pages = plan_pages(event, shape)
    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(WIDTH, HEIGHT), pageCompression=1)
        canvas.setTitle(f"Master grid: {event.settings.name}")
        canvas.setAuthor("MeetGrid")
        canvas.setSubject(event.settings.name)
        canvas.setCreator("MeetGrid")
        for number, page in enumerate(pages, start=1):
            if progress is not None:
                progress(number - 1, len(pages))
            _furniture(canvas, event, page, number, len(pages))
            _draw_page(canvas, event, timetable, page, shape)
            canvas.showPage()
        canvas.save()
    if progress is not None:
        progress(len(pages), len(pages))
    return path
