"""What the table run sheets and the interpreters' run sheets share: the words for a meeting (who, which
people, which interpreter), the day's pauses, and a sheet of rows drawn straight on the canvas.

The rows are laid out by hand rather than as platypus tables: a large event has thousands of rows, and
drawing them directly keeps the whole export within a minute while every text still fits its cell
(``fit_text`` cuts what would not).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.documents.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_CJK,
    LEADING,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    FittedText,
    NumberedCanvas,
    draw_text,
    fit_text,
    long_date,
    register_fonts,
    script_runs,
)
from app.domain import Event, Meeting, OrgId, Slot, SlotId, TableId
from app.domain.outcome import interpreting_languages

# -- words ----------------------------------------------------------------------------------------------


def span(start: datetime, end: datetime) -> str:
    """'13:00–13:20'."""
    return f"{start:%H:%M}–{end:%H:%M}"


def people_at(event: Event, meeting: Meeting, org_id: OrgId) -> str:
    """The organisation's people at the meeting, each with the name in their own script where registered."""
    names = []
    for pid in meeting.participant_ids:
        person = event.participant_by_id.get(pid)
        if person is not None and person.organisation_id == org_id:
            names.append(f"{person.name} ({person.local_name})" if person.local_name else person.name)
    return ", ".join(names)


def interpreting(event: Event, meeting: Meeting) -> tuple[str, bool]:
    """('Interpreter: Name', False), ('Interpreting needed (Chinese–Norwegian)', True) or ('', False)."""
    if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
        return f"Interpreter: {event.interpreter_by_id[meeting.interpreter_id].name}", False
    languages = interpreting_languages(event, meeting)
    if languages is not None:
        return f"Interpreting needed ({languages[0]}–{languages[1]})", True
    return "", False


@dataclass(frozen=True)
class Pause:
    """A break or plenary of one day."""

    start: datetime
    end: datetime
    label: str

    @property
    def text(self) -> str:
        return f"{span(self.start, self.end)}  {self.label}"


def pauses_of(event: Event, day: date) -> list[Pause]:
    """The day's breaks and plenaries in time order."""
    for event_day in event.settings.days:
        if event_day.date == day:
            return sorted(
                (
                    Pause(datetime.combine(day, b.start), datetime.combine(day, b.end), b.label)
                    for b in event_day.breaks
                ),
                key=lambda p: p.start,
            )
    return []


def slots_by_day(event: Event) -> dict[date, list[Slot]]:
    """The event's slots per day, both in time order."""
    days: dict[date, list[Slot]] = defaultdict(list)
    for slot in sorted(event.slots, key=lambda s: s.start):
        days[slot.start.date()].append(slot)
    return dict(sorted(days.items()))


def day_title(day: date) -> str:
    return long_date(day)


@dataclass(frozen=True)
class Timetable:
    """The meetings indexed the ways the floor documents look them up, built once per document."""

    at: Mapping[tuple[SlotId, TableId], Meeting]
    by_table: Mapping[TableId, tuple[Meeting, ...]]

    @classmethod
    def of(cls, event: Event, meetings: Iterable[Meeting] | None = None) -> Timetable:
        chosen = event.meetings if meetings is None else tuple(meetings)
        at = {(m.slot_id, m.table_id): m for m in chosen}
        by_table: dict[TableId, list[Meeting]] = defaultdict(list)
        for m in chosen:
            by_table[m.table_id].append(m)
        return cls(at, {table: tuple(ms) for table, ms in by_table.items()})


def host_of_table(event: Event, table_id: TableId) -> OrgId | None:
    """The host who sits at the table all day: the organisation whose own table it is (named on the
    organisation, or dealt to the host group as the planner deals them). On shared tables nobody is: an
    organisation that happens to stay at one table for a while is not named on its sign."""
    for org, table in own_tables(event).items():
        if table == table_id:
            return org
    return None


def own_tables(event: Event) -> dict[OrgId, TableId]:
    """Organisations' own tables as the planner resolves them (``app.scheduler.instance.own_tables``):
    by name or number first, then the host group's organisations on the spare tables in order. Names
    that do not resolve are left out; the planner reports them."""
    by_name = {t.name.strip().casefold(): t.id for t in event.tables}
    by_name.update({str(t.id): t.id for t in event.tables})
    tables: dict[OrgId, TableId] = {}
    for org in event.organisations:
        wanted = org.table.strip().casefold()
        if not wanted:
            continue
        table = by_name.get(wanted) or by_name.get(wanted.removeprefix("table").strip())
        if table is not None and table not in tables.values():
            tables[org.id] = table
    group = event.settings.host_group.strip().casefold()
    if group:
        hosts = [o for o in event.organisations if o.group.strip().casefold() == group and o.id not in tables]
        spare = [t for t in event.tables if t.id not in tables.values()]
        if len(hosts) <= len(spare):
            tables.update((org.id, table.id) for org, table in zip(hosts, spare, strict=False))
    return tables


# -- text that fits, fast ---------------------------------------------------------------------------------


def fit_cached(
    text: str,
    width: float,
    height: float,
    largest: float,
    smallest: float = 6,
    max_lines: int = 2,
    bold: bool = False,
) -> FittedText:
    """``fit_text`` with the sizes given in order, as the floor documents call it (it remembers)."""
    return fit_text(text, width, height, largest=largest, smallest=smallest, max_lines=max_lines, bold=bold)


@lru_cache(maxsize=65536)
def _runs(text: str, size: float, bold: bool) -> tuple[tuple[tuple[str, str, float], ...], float]:
    """The line's runs as (font, characters, width) and its whole width, as ``draw_text`` sets them."""
    runs = tuple(
        (font, run, float(pdfmetrics.stringWidth(run, font, size)))
        for cjk, run in script_runs(text)
        for font in (FONT_CJK if cjk else (FONT_BOLD if bold else FONT),)
    )
    return runs, sum(width for _, _, width in runs)


def draw_lines(
    canvas: Canvas,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """``draw_fitted``, with each line's fonts and widths remembered: the same names fill many cells."""
    baseline = top - fitted.size * 0.8
    for line in fitted.lines:
        runs, line_width = _runs(line, fitted.size, bold)
        left = x + {"left": 0.0, "centre": (width - line_width) / 2, "right": width - line_width}[align]
        for font, run, run_width in runs:
            canvas.setFont(font, fitted.size)
            canvas.drawString(left, baseline, run)
            left += run_width
        baseline -= fitted.size * LEADING


# -- a sheet of rows ------------------------------------------------------------------------------------


class SheetCanvas(NumberedCanvas):
    """The numbered A4 canvas, with pages that carry no header and footer (a tent card) and a running
    title on the pages that continue a part."""

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, event=event, **kwargs)
        self.bare = False
        self.running = ""

    def showPage(self) -> None:  # reportlab calls it by this name
        super().showPage()
        self.bare = False

    def _decorate(self, number: int, page_label: str) -> None:
        if self.bare:
            return
        super()._decorate(number, page_label)
        if number > 1 and self.running:
            self.setFillColor(MUTED)
            draw_text(
                self, MARGIN, PAGE_HEIGHT - MARGIN - 4 * mm, f"{self.running} (continued)", 9, bold=True
            )


@dataclass(frozen=True)
class Line:
    """One piece of text in a cell, wrapped to the cell's width."""

    text: str
    size: float = 9
    bold: bool = False
    colour: Any = colors.black


PAD = 1.6 * mm
_CONTENT_TOP = PAGE_HEIGHT - MARGIN - 8 * mm
_CONTENT_BOTTOM = MARGIN


class RowSheet:
    """Rows under a repeated header on numbered A4 pages: a new page, with the header again, whenever the
    next row does not fit."""

    def __init__(self, canvas: SheetCanvas, columns: Sequence[tuple[str, float]]) -> None:
        self.canvas = canvas
        self.columns = list(columns)
        self.width = sum(width for _, width in columns)
        self.y = _CONTENT_TOP
        self.fresh = True
        self.drawn = False

    def _new_page(self) -> None:
        if self.drawn:
            self.canvas.showPage()
        self.y = _CONTENT_TOP
        self.fresh = True
        self.drawn = True

    def begin(self, title: Sequence[Line], running: str) -> None:
        """Start a part (one table, one interpreter) on a page of its own, numbered on its own."""
        self._new_page()
        self.canvas.start_agenda()
        self.canvas.running = running
        self.text(title)
        self.y -= 2 * mm
        self.header()

    def note(self, lines: Sequence[Line]) -> None:
        """A page of its own with only these lines (nothing to list)."""
        self._new_page()
        self.canvas.start_agenda()
        self.canvas.running = ""
        self.text(lines)

    def text(self, lines: Sequence[Line]) -> None:
        """Lines across the whole width (a title, a note)."""
        for line in lines:
            fitted = fit_cached(
                line.text, self.width, 3 * line.size * 1.2, largest=line.size, max_lines=3, bold=line.bold
            )
            if self.y - fitted.height - 1.5 * mm < _CONTENT_BOTTOM:
                self._new_page()
            self.canvas.setFillColor(line.colour)
            draw_lines(self.canvas, fitted, MARGIN, self.y, self.width, bold=line.bold)
            self.y -= fitted.height + 1.5 * mm
        self.fresh = False

    def header(self) -> None:
        height = 6.5 * mm
        canvas = self.canvas
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN, self.y - height, self.width, height, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        x = MARGIN
        for title, width in self.columns:
            draw_text(canvas, x + PAD, self.y - height + 2.2 * mm, title, 8.5, bold=True)
            x += width
        self.y -= height
        self.fresh = False

    def _layout(self, lines: Sequence[Line], width: float) -> list[tuple[Line, Any]]:
        return [
            (
                line,
                fit_cached(line.text, width - 2 * PAD, 1e6, line.size, line.size, 8, line.bold),
            )
            for line in lines
            if line.text
        ]

    def row(self, cells: Sequence[Sequence[Line]], fill: Any = None) -> None:
        """A row of cells, one per column; a cell of several lines stacks them."""
        laid = [self._layout(cell, width) for cell, (_, width) in zip(cells, self.columns, strict=True)]
        heights = [sum(f.height for _, f in cell) + 1.2 * mm * max(0, len(cell) - 1) for cell in laid]
        self._place(max(heights, default=0) + 2 * PAD, fill)
        x = MARGIN
        for cell, (_, width) in zip(laid, self.columns, strict=True):
            self._draw_cell(cell, x, width)
            x += width
        self.y -= max(heights, default=0) + 2 * PAD
        self._rule()

    def band(self, lines: Sequence[Line], fill: Any) -> None:
        """A row across all columns: a break, a plenary, a day's heading."""
        laid = self._layout(lines, self.width)
        height = sum(f.height for _, f in laid) + 1.2 * mm * max(0, len(laid) - 1) + 2 * PAD
        self._place(height, fill)
        self._draw_cell(laid, MARGIN, self.width)
        self.y -= height
        self._rule()

    def _place(self, height: float, fill: Any) -> None:
        if self.y - height < _CONTENT_BOTTOM:
            self._new_page()
            self.header()
        if fill is not None:
            self.canvas.setFillColor(fill)
            self.canvas.rect(MARGIN, self.y - height, self.width, height, stroke=0, fill=1)

    def _draw_cell(self, cell: Sequence[tuple[Line, Any]], x: float, width: float) -> None:
        top = self.y - PAD
        for line, fitted in cell:
            self.canvas.setFillColor(line.colour)
            draw_lines(self.canvas, fitted, x + PAD, top, width - 2 * PAD, bold=line.bold)
            top -= fitted.height + 1.2 * mm

    def _rule(self) -> None:
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN, self.y, MARGIN + self.width, self.y)

    def finish(self) -> None:
        if self.drawn:
            self.canvas.showPage()


def new_canvas(event: Event, path: Path, title: str) -> SheetCanvas:
    """A numbered A4 canvas for ``path`` (a temporary file the caller puts in place)."""
    register_fonts()
    canvas = SheetCanvas(str(path), pagesize=A4, event=event, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("MeetGrid")
    canvas.setSubject(event.settings.name)
    canvas.setCreator("MeetGrid")
    return canvas


USABLE = PAGE_WIDTH - 2 * MARGIN
"""The width between the margins of an A4 portrait page."""
