"""``report.xlsx``: the post-event report for people who work on in Excel: the key figures and attendance, the
meetings by group, country and interest with charts, the ratings, the follow-ups and every meeting's outcome.

The figures come from ``report_figures``, as in the PDF (``report_pdf``), so both always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.documents.report_figures import MeetingLine, ReportFigures, Tally, report_figures
from app.domain import Event, MeetingResult, Outcome
from app.files import replaced_atomically

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
_BOLD = Font(bold=True)
_COLOURS = ("2E7D4F", "C0504D", "C9D1DA")
"""Held, not held, unknown: as in the PDF."""

RESULT_WORDS = {MeetingResult.HELD: "held", MeetingResult.NOT_HELD: "not held", MeetingResult.UNKNOWN: ""}


def _header(sheet: Worksheet, row: int, titles: Sequence[str], widths: Sequence[int] = ()) -> None:
    for index, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=index, value=title)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def write_report_xlsx(event: Event, path: Path, figures: ReportFigures | None = None) -> Path:
    """Write the post-event report of ``event`` as a workbook; the whole file or none."""
    figures = figures or report_figures(event)
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    _summary(summary, event, figures)
    for title, tallies in (
        ("By group", figures.by_group),
        ("By country", figures.by_country),
        ("By interest", figures.by_interest),
    ):
        _breakdown(workbook.create_sheet(title), title, tallies)
    _ratings(workbook.create_sheet("Ratings"), figures)
    _lines(workbook.create_sheet("Follow-ups"), figures.follow_ups)
    _meetings(workbook.create_sheet("Meetings"), event)
    workbook.properties.title = f"{event.settings.name}: report on the day"
    workbook.properties.creator = "MeetGrid"
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)
    return path


def _summary(sheet: Worksheet, event: Event, figures: ReportFigures) -> None:
    sheet.title = "Summary"
    sheet["A1"] = f"{event.settings.name}: report on the day"
    sheet["A1"].font = _TITLE_FONT
    sheet["A2"] = ", ".join(f"{day.date:%Y-%m-%d}" for day in event.settings.days) + (
        f" · {event.settings.venue}" if event.settings.venue else ""
    )
    a, m = figures.attendance, figures.meetings
    _header(
        sheet, 4, ["Attendance", "Registered", "Came", "Did not come", "Not recorded", "Of them walk-ins"]
    )
    sheet.append(
        [
            "Organisations",
            a.organisations,
            a.organisations_arrived,
            a.organisations_absent,
            a.organisations_unrecorded,
            a.walk_in_organisations,
        ]
    )
    sheet.append(
        ["People", a.people, a.people_arrived, a.people_absent, a.people_unrecorded, a.walk_in_people]
    )
    _header(sheet, 8, ["Meetings", "Planned", "Held", "Not held", "Unknown", "Follow-ups wanted"])
    sheet.append(["All meetings", m.planned, m.held, m.not_held, m.unknown, m.follow_ups])
    _header(sheet, 11, ["Ratings", "Rated", "Average (1-5)"])
    average = figures.average_rating
    sheet.append(["All meetings", figures.rated, round(average, 2) if average is not None else None])
    if figures.walk_ins:
        sheet.cell(row=14, column=1, value="Walk-in organisations").font = _BOLD
        sheet.cell(row=14, column=2, value=", ".join(figures.walk_ins))
    sheet.cell(row=16, column=1, value="A planned meeting with no outcome recorded counts as unknown.")
    for column, width in zip("ABCDEF", (24, 12, 12, 14, 14, 18), strict=True):
        sheet.column_dimensions[column].width = width


def _breakdown(sheet: Worksheet, title: str, tallies: Sequence[Tally]) -> None:
    label = title.removeprefix("By ").capitalize()
    _header(
        sheet, 1, [label, "Planned", "Held", "Not held", "Unknown", "Follow-ups"], (36, 10, 10, 10, 10, 12)
    )
    for tally in tallies:
        sheet.append(
            [tally.label, tally.planned, tally.held, tally.not_held, tally.unknown, tally.follow_ups]
        )
    sheet.freeze_panes = "A2"
    if not tallies:
        return
    shown = min(len(tallies), 15)
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = f"Meetings {title.lower()}"
    chart.y_axis.title = "Meetings"
    chart.add_data(
        Reference(sheet, min_col=3, max_col=5, min_row=1, max_row=shown + 1), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=shown + 1))
    chart.x_axis.scaling.orientation = "maxMin"  # the largest on top, as in the table
    for series, colour in zip(chart.series, _COLOURS, strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.height, chart.width = max(7.5, 0.6 * shown + 3), 18
    sheet.add_chart(chart, "H2")


def _ratings(sheet: Worksheet, figures: ReportFigures) -> None:
    _header(sheet, 1, ["Rating", "Meetings"], (14, 12))
    for rating, count in enumerate(figures.ratings, start=1):
        sheet.append([rating, count])
    sheet.cell(row=8, column=1, value="Average").font = _BOLD
    average = figures.average_rating
    sheet.cell(row=8, column=2, value=round(average, 2) if average is not None else None)
    chart = BarChart()
    chart.type = "col"
    chart.title = "Meetings by rating (1 poor - 5 excellent)"
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=6), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=6))
    chart.series[0].graphicalProperties.solidFill = "1F4E79"
    sheet.add_chart(chart, "D2")


def _lines(sheet: Worksheet, lines: Sequence[MeetingLine]) -> None:
    _header(
        sheet,
        1,
        ["Day", "Time", "Table", "Organisation", "Organisation", "Rating", "Note"],
        (11, 7, 12, 34, 34, 8, 50),
    )
    for line in lines:
        sheet.append(
            [
                f"{line.start:%Y-%m-%d}",
                f"{line.start:%H:%M}",
                line.table,
                line.first,
                line.second,
                line.outcome.rating,
                line.outcome.note,
            ]
        )
    sheet.freeze_panes = "A2"


def _meetings(sheet: Worksheet, event: Event) -> None:
    """Every planned meeting with what came of it: the raw data behind the figures."""
    titles = [
        "Day",
        "Time",
        "Table",
        "Organisation",
        "Organisation",
        "Result",
        "Who was missing",
        "Follow-up",
        "Rating",
        "Note",
    ]
    _header(sheet, 1, titles, (11, 7, 12, 34, 34, 10, 22, 10, 8, 50))
    outcomes, orgs = event.outcome_by_pair, event.organisation_by_id
    slots, tables = event.slot_by_id, event.table_by_id
    for meeting in sorted(event.meetings, key=lambda m: (slots[m.slot_id].start, tables[m.table_id].name)):
        start = slots[meeting.slot_id].start
        outcome = outcomes.get(meeting.organisation_ids, Outcome(meeting.organisation_ids))
        a, b = meeting.organisation_ids
        sheet.append(
            [
                f"{start:%Y-%m-%d}",
                f"{start:%H:%M}",
                tables[meeting.table_id].name,
                orgs[a].name,
                orgs[b].name,
                RESULT_WORDS[outcome.result] or "unknown",
                outcome.missing,
                "yes" if outcome.follow_up else "",
                outcome.rating,
                outcome.note,
            ]
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:J{max(len(event.meetings) + 1, 1)}"
