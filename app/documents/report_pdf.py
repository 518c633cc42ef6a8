"""``report.pdf``: the post-event report an agency hands its funder: who came, how many of the planned
meetings were held (overall, by group, country and interest), the follow-ups wanted and how the meetings
were rated, with charts.

The figures come from ``report_figures``, which the workbook (``report_xlsx``) shares, so both always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_CJK,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    RULE,
    ZEBRA,
    build_document,
    document_styles,
    event_dates,
    markup,
    paragraph_style,
    script_runs,
)
from app.documents.report_figures import MeetingLine, ReportFigures, Tally, report_figures
from app.domain import Event

HELD = colors.HexColor("#2E7D4F")
NOT_HELD = colors.HexColor("#C0504D")
UNKNOWN = colors.HexColor("#C9D1DA")
CHART_ROWS = 12
"""Rows a breakdown's chart shows (the largest); the table below it lists them all."""
SHORT_TABLE = 15
"""A breakdown with at most this many rows is kept on one page with its chart."""
LISTED = 40
"""Meetings a listing (follow-ups, not held) shows in the PDF, the earliest; the workbook has them all."""
LABEL_CHARS = 30
USABLE = PAGE_WIDTH - 2 * MARGIN


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _short(text: str, chars: int = LABEL_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def write_report_pdf(event: Event, path: Path, figures: ReportFigures | None = None) -> Path:
    """Write the post-event report of ``event`` as a PDF; the whole file or none."""
    figures = figures or report_figures(event)
    styles = document_styles()
    story: list[Any] = [
        Paragraph(markup("Report on the day"), styles["title"]),
        Paragraph(markup(event.settings.name), styles["local"]),
        Paragraph(
            markup(" · ".join(part for part in (event_dates(event), event.settings.venue) if part)),
            styles["meta"],
        ),
        _key_figures(figures),
        Spacer(1, 4 * mm),
        *_attendance(figures),
        *_meetings(figures),
        *_breakdown("By group", figures.by_group, "group"),
        *_breakdown("By country", figures.by_country, "country"),
        *_breakdown("By interest", figures.by_interest, "interest"),
        *_ratings(figures),
        *_listing(
            "Follow-ups wanted",
            figures.follow_ups,
            "No meeting has a follow-up recorded yet.",
            ("Rating", lambda line: str(line.outcome.rating or "")),
        ),
        *_listing(
            "Meetings not held",
            figures.not_held,
            "No meeting is recorded as not held.",
            ("Who was missing", lambda line: line.outcome.missing),
        ),
    ]
    return build_document(event, path, f"{event.settings.name}: report on the day", story)


# -- the parts --------------------------------------------------------------------------------------------


def _key_figures(figures: ReportFigures) -> Table:
    """The five numbers a funder looks for first, as tiles across the page."""
    attendance, meetings = figures.attendance, figures.meetings
    average = figures.average_rating
    tiles = [
        (f"{attendance.organisations_arrived:,}", f"of {attendance.organisations:,} organisations came"),
        (f"{attendance.people_arrived:,}", f"of {attendance.people:,} people came"),
        (
            f"{meetings.held:,}",
            f"of {meetings.planned:,} meetings held ({_percent(meetings.held, meetings.planned)})",
        ),
        (f"{meetings.follow_ups:,}", "follow-ups wanted"),
        (f"{average:.1f}" if average is not None else "–", f"average rating, 1–5 ({figures.rated:,} rated)"),
    ]
    number = ParagraphStyle(
        "tile_number", parent=paragraph_style("n", 17, bold=True, color=ACCENT), alignment=TA_CENTER
    )
    caption = ParagraphStyle("tile_caption", parent=paragraph_style("c", 8, color=MUTED), alignment=TA_CENTER)
    cells = [
        [Paragraph(markup(v), number), Spacer(1, 1.5 * mm), Paragraph(markup(t), caption)] for v, t in tiles
    ]
    table = Table([cells], colWidths=[USABLE / len(tiles)] * len(tiles))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


@cache
def _head_style() -> ParagraphStyle:
    return paragraph_style("report_head", 8, bold=True, color=colors.white)


def _table(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    styles = document_styles()
    body = [
        [Paragraph(markup(str(cell)), _head_style() if index == 0 else styles["cell"]) for cell in row]
        for index, row in enumerate(rows)
    ]
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    style += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _attendance(figures: ReportFigures) -> list[Any]:
    styles = document_styles()
    a = figures.attendance
    rows: list[list[Any]] = [
        ["", "Registered", "Came", "Did not come", "Not recorded", "Of them walk-ins"],
        [
            "Organisations",
            a.organisations,
            a.organisations_arrived,
            a.organisations_absent,
            a.organisations_unrecorded,
            a.walk_in_organisations,
        ],
        ["People", a.people, a.people_arrived, a.people_absent, a.people_unrecorded, a.walk_in_people],
    ]
    first = 38 * mm
    parts: list[Any] = [
        Paragraph(markup("Attendance"), styles["heading"]),
        _table(rows, [first, *[(USABLE - first) / 5] * 5]),
        Spacer(1, 1.5 * mm),
        Paragraph(
            markup(
                "An organisation came when at least one of its people checked in; it did not come when all "
                "its people were marked absent. Walk-ins registered at the desk on the day and are counted "
                "in the registered figures."
            ),
            styles["cell_small"],
        ),
    ]
    if figures.walk_ins:
        parts.append(
            Paragraph(markup("Walk-in organisations: " + ", ".join(figures.walk_ins)), styles["body"])
        )
    return parts


def _meetings(figures: ReportFigures) -> list[Any]:
    styles = document_styles()
    m = figures.meetings
    rows: list[list[Any]] = [
        ["Meetings planned", "Held", "Not held", "Unknown", "Follow-ups wanted"],
        [
            m.planned,
            f"{m.held} ({_percent(m.held, m.planned)})",
            f"{m.not_held} ({_percent(m.not_held, m.planned)})",
            f"{m.unknown} ({_percent(m.unknown, m.planned)})",
            m.follow_ups,
        ],
    ]
    return [
        Paragraph(markup("Meetings held against planned"), styles["heading"]),
        _table(rows, [USABLE / 5] * 5),
        Spacer(1, 1.5 * mm),
        Paragraph(
            markup(
                "Held and not held as recorded at the desk or in the feedback workbook; a planned meeting "
                "with nothing recorded counts as unknown."
            ),
            styles["cell_small"],
        ),
    ]


def _breakdown(title: str, tallies: Sequence[Tally], what: str) -> list[Any]:
    if not tallies:
        return []
    styles = document_styles()
    rows: list[list[Any]] = [
        [title[3:].capitalize(), "Planned", "Held", "Not held", "Unknown", "Held %", "Follow-ups"]
    ]
    rows += [
        [
            t.label,
            t.planned,
            t.held,
            t.not_held,
            t.unknown,
            f"{100 * t.held_share:.0f} %" if t.held_share is not None else "–",
            t.follow_ups,
        ]
        for t in tallies
    ]
    first = 40 * mm
    note = Paragraph(
        markup(f"A meeting counts once for each {what} taking part in it."), styles["cell_small"]
    )
    heading = Paragraph(markup(title), styles["heading"])
    table = _table(rows, [first, *[(USABLE - first) / 6] * 6])
    chart = [_stacked_bars(tallies[:CHART_ROWS]), Spacer(1, 2 * mm)]
    if len(tallies) <= SHORT_TABLE:
        return [KeepTogether([heading, *chart, table, Spacer(1, 1.5 * mm), note])]
    return [KeepTogether([heading, *chart]), table, Spacer(1, 1.5 * mm), note]


def _stacked_bars(tallies: Sequence[Tally]) -> Drawing:
    """Held, not held and unknown meetings per row, as horizontal stacked bars, largest on top."""
    bar = 5.5 * mm
    legend_room, label_room = 10 * mm, 52 * mm
    height = len(tallies) * bar * 1.45 + legend_room + 8 * mm
    drawing = Drawing(USABLE, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 6 * mm
    chart.width, chart.height = USABLE - label_room - 6 * mm, height - legend_room - 8 * mm
    rows = list(reversed(tallies))
    chart.data = [[t.held for t in rows], [t.not_held for t in rows], [t.unknown for t in rows]]
    chart.categoryAxis.categoryNames = [_short(t.label) for t in rows]
    chart.categoryAxis.style = "stacked"
    # One font for all the labels: the Chinese font (which has Latin letters too) when any label needs it.
    needs_cjk = any(cjk for t in rows for cjk, _ in script_runs(t.label))
    chart.categoryAxis.labels.fontName = FONT_CJK if needs_cjk else FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = ZEBRA
    most = max((t.planned for t in tallies), default=0)
    chart.valueAxis.valueMax = max(most, 1)
    chart.valueAxis.valueStep = _step(most)
    chart.barSpacing = 0
    chart.groupSpacing = bar * 0.45
    for index, colour in enumerate((HELD, NOT_HELD, UNKNOWN)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(label_room, height - 4 * mm))
    return drawing


def _legend(x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = FONT, 8
    legend.dx = legend.dy = 7
    legend.deltax = 60
    legend.colorNamePairs = [(HELD, "Held"), (NOT_HELD, "Not held"), (UNKNOWN, "Unknown")]
    return legend


def _step(most: int) -> int:
    """A round step for a value axis that reaches ``most``, about five grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if most / step <= 6:
            return step
    return 10_000


def _ratings(figures: ReportFigures) -> list[Any]:
    styles = document_styles()
    average = figures.average_rating
    sentence = (
        f"{figures.rated:,} {'meeting was' if figures.rated == 1 else 'meetings were'} rated, on average "
        f"{average:.1f} of 5 (1 poor, 5 excellent)."
        if average is not None
        else "No meeting has been rated yet."
    )
    parts: list[Any] = [
        Paragraph(markup("Ratings"), styles["heading"]),
        Paragraph(markup(sentence), styles["body"]),
    ]
    if figures.rated:
        parts.append(_rating_bars(figures.ratings))
    return [KeepTogether(parts)]


def _rating_bars(ratings: Sequence[int]) -> Drawing:
    drawing = Drawing(USABLE, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 20 * mm, 10 * mm
    chart.width, chart.height = 110 * mm, 38 * mm
    chart.data = [list(ratings)]
    chart.categoryAxis.categoryNames = ["1 poor", "2", "3", "4", "5 excellent"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(ratings), 1)
    chart.valueAxis.valueStep = _step(max(ratings))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = ZEBRA
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(
        String(chart.x, 2 * mm, "Meetings by rating", fontName=FONT_BOLD, fontSize=8, fillColor=MUTED)
    )
    return drawing


def _listing(title: str, lines: Sequence[MeetingLine], empty: str, extra: tuple[str, Any]) -> list[Any]:
    styles = document_styles()
    if not lines:
        return [Paragraph(markup(title), styles["heading"]), Paragraph(markup(empty), styles["empty"])]
    heading, value = extra
    shown, rest = lines[:LISTED], len(lines) - LISTED
    rows: list[list[Any]] = [["When", "Table", "Organisation", "Organisation", heading, "Note"]]
    when = "%H:%M" if len({line.start.date() for line in lines}) == 1 else "%d %b %H:%M"
    rows += [
        [f"{line.start:{when}}", line.table, line.first, line.second, value(line), line.outcome.note]
        for line in shown
    ]
    widths = [26 * mm, 20 * mm, 38 * mm, 38 * mm, 24 * mm]
    heading = Paragraph(markup(f"{title} ({len(lines):,})"), styles["heading"])
    table = _table(rows, [*widths, USABLE - sum(widths)])
    more = (
        [
            Spacer(1, 1.5 * mm),
            Paragraph(markup(f"… and {rest:,} more: every meeting is in report.xlsx."), styles["body"]),
        ]
        if rest > 0
        else []
    )
    if len(shown) <= SHORT_TABLE:
        return [KeepTogether([heading, table, *more])]
    return [CondPageBreak(50 * mm), heading, table, *more]
