"""The master grid: the whole timetable on A3 landscape, slots down and tables across, for the wall and the
desk.

Every name is set at 7 pt or larger, so that it can be read at arm's length. When the tables do not fit
one page at that size, they are spread over several pages side by side (tables 1–14, 15–28, ...), and the
slots of a day over several pages when they do not fit one page's height; every page says which tables and
which times it shows.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
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
    draw_text,
    long_date,
    one_line,
    register_fonts,
    text_width,
)
from app.documents.timetable_text import (
    Pause,
    Timetable,
    draw_lines,
    fit_cached,
    host_of_table,
    interpreting,
    pauses_of,
    slots_by_day,
    span,
)
from app.domain import Event, Meeting, OrgId, Slot, Table, TableId
from app.files import replaced_atomically

WIDTH, HEIGHT = landscape(A3)
MARGIN = 12 * mm
TIME_COLUMN = 17 * mm
MIN_COLUMN = 31 * mm
MAX_COLUMN = 60 * mm
SMALLEST = 7.0
"""No text on the grid is set smaller: the wall copy is read at arm's length."""
NAME_SIZE = 8.0
HELPER_SIZE = 7.5
PAD = 1.2 * mm
HEAD_TOP = HEIGHT - MARGIN
GRID_TOP = HEIGHT - MARGIN - 16 * mm
HOST_HEAD = 16 * mm
GRID_BOTTOM = MARGIN + 9 * mm
BAND = 6 * mm
NEEDED = colors.HexColor("#9C2A00")


def _box(lines: int, size: float) -> float:
    """The height of ``lines`` lines of text at ``size``."""
    return size * (1 + LEADING * (lines - 1)) if lines else 0.0


def _lines(texts: Iterable[str], width: float, size: float, cap: int) -> int:
    """The most lines any of ``texts`` takes at ``size`` (bold, the wider), up to ``cap``."""
    most = 0
    for text in texts:
        if text:
            lines = len(
                fit_cached(text, width, 1e6, largest=size, smallest=size, max_lines=cap, bold=True).lines
            )
            most = max(most, lines)
            if most >= cap:
                break
    return most


def helper_text(event: Event, meeting: Meeting) -> tuple[str, bool]:
    """The cell's last line: '↔ ' and the interpreter, or '◆ ' and the languages when interpreting is needed
    (the legend at the foot of each page says which is which)."""
    if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
        return f"↔ {event.interpreter_by_id[meeting.interpreter_id].name}", False
    words, needed = interpreting(event, meeting)
    if needed:
        return "◆ " + words.removeprefix("Interpreting needed (").removesuffix(")"), True
    return "", False


@dataclass(frozen=True)
class Geometry:
    """The cell size shared by every page, so the pages of a day line up when taped side by side: as tall
    as the longest name needs at the usual size (up to three lines; longer ones shrink, never below 7 pt)."""

    column: float
    per_page: int
    latin: float
    local: float
    helper: float
    head: float = 9 * mm
    """The column heading: the table's name, and its host's under it where a host sits there all day."""

    @property
    def side(self) -> float:
        return self.latin + (self.local + 0.6 * mm if self.local else 0.0)

    @property
    def row(self) -> float:
        return float(2 * PAD + 2 * self.side + 2.4 * mm + (self.helper + PAD if self.helper else 0.0))


def geometry(event: Event, tables: int, hosted: bool = False) -> Geometry:
    usable = WIDTH - 2 * MARGIN - TIME_COLUMN
    fit = max(1, int(usable // MIN_COLUMN))
    pages = math.ceil(tables / fit) if tables else 1
    per_page = max(1, math.ceil(tables / pages))
    column = min(MAX_COLUMN, usable / per_page)
    width = column - 2 * PAD
    meeting_orgs = {org for meeting in event.meetings for org in meeting.organisation_ids}
    names = [event.organisation_by_id[org].names for org in sorted(meeting_orgs)]
    latin = _lines({latin for latin, _ in names}, width, NAME_SIZE, 3)
    local = _lines({local for _, local in names}, width, NAME_SIZE, 2)
    helpers = _lines({helper_text(event, m)[0] for m in event.meetings}, width, HELPER_SIZE, 2)
    return Geometry(
        column,
        per_page,
        _box(latin, NAME_SIZE),
        _box(local, NAME_SIZE),
        _box(helpers, HELPER_SIZE),
        HOST_HEAD if hosted else 9 * mm,
    )


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
    room = GRID_TOP - shape.head - GRID_BOTTOM
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
    # The tables shared out evenly: 150 tables at most 12 a page make 13 pages of 11 or 12, not a last
    # page of 6.
    count = max(1, math.ceil(len(tables) / shape.per_page))
    size, extra = divmod(len(tables), count)
    starts = [i * size + min(i, extra) for i in range(count + 1)]
    column_chunks = [(first, tables[first:end]) for first, end in itertools.pairwise(starts)]
    pages = []
    for day, slots in slots_by_day(event).items():
        items: list[Slot | Pause] = []
        pauses = pauses_of(event, day)
        for slot in slots:
            while pauses and pauses[0].start < slot.start:
                items.append(pauses.pop(0))
            items.append(slot)
        for rows in _row_chunks(items, shape):
            for first, columns in column_chunks:
                pages.append(GridPage(day, tuple(rows), tuple(columns), first + 1))
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
    name = fit_cached(
        event.settings.name, WIDTH / 2, 14, largest=14, smallest=SMALLEST, max_lines=1, bold=True
    )
    draw_lines(canvas, name, MARGIN, HEAD_TOP, WIDTH / 2, bold=True)
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
    placed = one_line(where, WIDTH - 2 * MARGIN, 10.5)
    draw_text(canvas, MARGIN, HEAD_TOP - 11 * mm, placed.lines[0], placed.size)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, GRID_TOP + 2 * mm, WIDTH - MARGIN, GRID_TOP + 2 * mm)
    canvas.setFillColor(MUTED)
    legend = (
        "Each cell: the two organisations meeting at the table.   ↔ Their interpreter.   "
        "◆ Interpreting needed: the sides share no language and no interpreter is named."
    )
    usable = WIDTH - 2 * MARGIN
    draw_text(canvas, MARGIN, MARGIN, legend, 8)
    maker = one_line(f"MeetGrid · {event.settings.name}", usable - text_width(legend, 8) - 8 * mm, 8)
    draw_text(canvas, WIDTH - MARGIN, MARGIN, maker.lines[0], maker.size, right=True)


def _column_heads(
    canvas: Canvas, event: Event, page: GridPage, shape: Geometry, hosts: Mapping[TableId, OrgId]
) -> None:
    top = GRID_TOP
    head = shape.head
    canvas.setFillColor(ACCENT)
    width = TIME_COLUMN + shape.column * len(page.tables)
    canvas.rect(MARGIN, top - head, width, head, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    draw_text(canvas, MARGIN + PAD, top - PAD - 8.8 if hosts else top - head / 2 - 3, "Time", 9, bold=True)
    x = MARGIN + TIME_COLUMN
    inner = shape.column - 2 * PAD
    for table in page.tables:
        name = fit_cached(table.name, inner, 9 * mm - 2 * PAD, largest=11, smallest=SMALLEST, bold=True)
        host = hosts.get(table.id)
        if not hosts:
            draw_lines(
                canvas, name, x + PAD, top - (head - name.height) / 2, inner, bold=True, align="centre"
            )
            x += shape.column
            continue
        draw_lines(canvas, name, x + PAD, top - PAD, inner, bold=True, align="centre")
        if host is not None:
            below = top - PAD - name.height - 0.8 * mm
            latin, local = event.organisation_by_id[host].names
            fitted = fit_cached(
                latin or local, inner, below - (top - head) - PAD, largest=8, smallest=SMALLEST
            )
            draw_lines(canvas, fitted, x + PAD, below, inner, align="centre")
        x += shape.column


def _cell(canvas: Canvas, event: Event, meeting: Meeting, x: float, top: float, shape: Geometry) -> None:
    width = shape.column - 2 * PAD
    y = top - PAD
    canvas.setFillColor(colors.black)
    for index, org in enumerate(meeting.organisation_ids):
        latin, local = event.organisation_by_id[org].names
        bold = index == 0
        below = y
        if latin:
            fitted = fit_cached(
                latin, width, shape.latin, largest=NAME_SIZE, smallest=SMALLEST, max_lines=3, bold=bold
            )
            draw_lines(canvas, fitted, x + PAD, y, width, bold=bold)
            below = y - fitted.height - 0.6 * mm
        if local and shape.local:
            # Right under the Latin name: the side's box holds both at their tallest.
            room = shape.side - (y - below)
            fitted = fit_cached(local, width, room, largest=NAME_SIZE, smallest=SMALLEST, max_lines=2)
            draw_lines(canvas, fitted, x + PAD, below, width)
        y -= shape.side
        if index == 0:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(x + PAD, y - 1.2 * mm, x + PAD + width / 3, y - 1.2 * mm)
            y -= 2.4 * mm
    text, needed = helper_text(event, meeting)
    if text and shape.helper:
        fitted = fit_cached(
            text, width, shape.helper, largest=HELPER_SIZE, smallest=SMALLEST, max_lines=2, bold=needed
        )
        canvas.setFillColor(NEEDED if needed else MUTED)
        draw_lines(canvas, fitted, x + PAD, y - PAD, width, bold=needed)


def _draw_page(
    canvas: Canvas,
    event: Event,
    timetable: Timetable,
    page: GridPage,
    shape: Geometry,
    hosts: Mapping[TableId, OrgId],
) -> None:
    _column_heads(canvas, event, page, shape, hosts)
    top = GRID_TOP - shape.head
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
        canvas.line(x, GRID_TOP - shape.head, x, top)
        x += shape.column


def write_grid(event: Event, path: Path, options: PrintOptions, progress: Progress | None = None) -> Path:
    """The master grid of every table and slot, day by day (``options.only`` does not apply: the grid is
    the whole floor)."""
    register_fonts()
    timetable = Timetable.of(event)
    hosts = {table.id: host for table in event.tables if (host := host_of_table(event, table.id)) is not None}
    shape = geometry(event, len(event.tables), hosted=bool(hosts))
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
            _draw_page(canvas, event, timetable, page, shape, hosts)
            canvas.showPage()
        canvas.save()
    if progress is not None:
        progress(len(pages), len(pages))
    return path
