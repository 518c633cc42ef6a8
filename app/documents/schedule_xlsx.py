"""``schedule.xlsx``: the timetable for people who live in Excel: the summary with its warnings first, then
the meetings by time, by organisation and by table, and the unmet requests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain import Event, Meeting, Organisation, UnmetRequest
from app.domain.outcome import Outcome, interpreting_languages
from app.files import replaced_atomically

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")
_WARNING_FILL = PatternFill("solid", fgColor="FFE066")
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)


def _time(event: Event, meeting: Meeting) -> tuple[str, str, str]:
    slot = event.slot_by_id[meeting.slot_id]
    return f"{slot.start:%Y-%m-%d}", f"{slot.start:%H:%M}", f"{slot.end:%H:%M}"


def _label(org: Organisation) -> str:
    return f"{org.name} ({org.local_name})" if org.local_name else org.name


def _people(event: Event, meeting: Meeting, org_id: int) -> str:
    return ", ".join(
        event.participant_by_id[pid].name
        for pid in meeting.participant_ids
        if event.participant_by_id[pid].organisation_id == org_id
    )


def _interpreter(event: Event, meeting: Meeting) -> str:
    interpreter = event.interpreter_by_id.get(meeting.interpreter_id) if meeting.interpreter_id else None
    return interpreter.name if interpreter else ""


def _needs_interpreting(event: Event, meeting: Meeting) -> str:
    languages = interpreting_languages(event, meeting)
    return "–".join(languages) if languages else ""


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    sheet.append(list(titles))
    for index, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}1"


def _by_time(event: Event, sheet: Worksheet) -> None:
    _header(
        sheet,
        [
            "Date",
            "Start",
            "End",
            "Table",
            "Organisation",
            "Partner",
            "Attending",
            "Interpreter",
            "Mutual",
            "Agreed",
            "Locked",
            "Needs interpreting",
        ],
        [12, 8, 8, 12, 36, 36, 50, 24, 8, 8, 8, 22],
    )
    for m in event.meetings:
        a, b = (event.organisation_by_id[o] for o in m.organisation_ids)
        attending = "; ".join(filter(None, (_people(event, m, a.id), _people(event, m, b.id))))
        sheet.append(
            [
                *_time(event, m),
                event.table_by_id[m.table_id].name,
                _label(a),
                _label(b),
                attending,
                _interpreter(event, m),
                "yes" if event.is_mutual(m.organisation_ids) else "no",
                "yes" if m.organisation_ids in event.agreed_pairs else "no",
                "yes" if m.locked else "no",
                _needs_interpreting(event, m),
            ]
        )


def _by_organisation(event: Event, sheet: Worksheet) -> None:
    _header(
        sheet,
        [
            "Organisation",
            "Group",
            "Date",
            "Start",
            "End",
            "Table",
            "Partner",
            "Partner country",
            "Attending",
            "Interpreter",
            "Needs interpreting",
        ],
        [36, 12, 12, 8, 8, 12, 36, 16, 40, 24, 22],
    )
    for org in sorted(event.organisations, key=lambda o: (o.group, o.name.casefold())):
        meetings = event.meetings_of(org.id)
        if not meetings:
            sheet.append([_label(org), org.group, "", "", "", "", "(no meetings)", "", ""])
        for m in meetings:
            partner = event.partner_of(m, org.id)
            sheet.append(
                [
                    _label(org),
                    org.group,
                    *_time(event, m),
                    event.table_by_id[m.table_id].name,
                    _label(partner),
                    partner.country,
                    _people(event, m, org.id),
                    _interpreter(event, m),
                    _needs_interpreting(event, m),
                ]
            )


def _by_table(event: Event, sheet: Worksheet) -> None:
    titles = ["Date", "Start", "End", *(t.name for t in event.tables)]
    _header(sheet, titles, [12, 8, 8, *([30] * len(event.tables))])
    at = {(m.slot_id, m.table_id): m for m in event.meetings}
    for slot in event.slots:
        row: list[str] = [f"{slot.start:%Y-%m-%d}", f"{slot.start:%H:%M}", f"{slot.end:%H:%M}"]
        for table in event.tables:
            m = at.get((slot.id, table.id))
            if m is None:
                row.append("")
            else:
                a, b = (event.organisation_by_id[o].name for o in m.organisation_ids)
                row.append(f"{a}\n{b}")
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=4):
        for cell in cells:
            cell.alignment = _WRAP


def _unmet(event: Event, unmet: Sequence[UnmetRequest], sheet: Worksheet) -> None:
    _header(sheet, ["Organisation", "Partner", "Mutual", "Reason", "Detail"], [36, 36, 8, 20, 70])
    for u in unmet:
        a, b = (event.organisation_by_id[o] for o in u.organisation_ids)
        mutual = "yes" if event.is_mutual(u.organisation_ids) else "no"
        sheet.append([_label(a), _label(b), mutual, u.reason, u.detail])


_SUMMARY_COLUMNS = (28, 14, 90)
_SUMMARY_WIDTH = sum(_SUMMARY_COLUMNS) - 10
"""Characters of bold text a line of the summary's merged cells holds, with a margin."""


def _summary(event: Event, outcome: Outcome, sheet: Worksheet) -> None:
    """The warnings on yellow, the summary's figures, the unmet requests by reason with what to do, and the
    interpreting to book."""
    for column, width in zip("ABC", _SUMMARY_COLUMNS, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.append([event.settings.name])
    sheet["A1"].font = _TITLE_FONT
    sheet.append([])

    def heading(*titles: str) -> None:
        sheet.append(list(titles))
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL

    heading("Warnings", "", "")
    for warning in outcome.warnings:
        sheet.append([warning])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell = sheet.cell(row=row, column=1)
        cell.fill, cell.font, cell.alignment = _WARNING_FILL, _BOLD, _WRAP
        # Excel does not grow a merged cell to its wrapped text: make room for a long warning's lines.
        sheet.row_dimensions[row].height = 15 * (1 + len(warning) // _SUMMARY_WIDTH)
    if not outcome.warnings:
        sheet.append(["none"])
    sheet.append([])
    heading("Summary", "", "")
    for line in outcome.lines:
        if line.startswith(" "):  # the reasons and languages, in the tables below
            continue
        label, _, value = line.partition(":")
        sheet.append([label.strip(), value.strip()])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    if outcome.unmet_by_reason:
        sheet.append([])
        heading("Unmet requests by reason", "Requests", "What to do")
        for count in outcome.unmet_by_reason:
            sheet.append([count.reason, count.requests, count.advice])
    if outcome.interpreting:
        sheet.append([])
        heading("Interpreting needed between", "Meetings", "At most at the same time")
        for need in outcome.interpreting:
            sheet.append(["–".join(need.languages), need.meetings, need.most_at_once])


def write_schedule_xlsx(
    event: Event, unmet: Sequence[UnmetRequest], path: Path, outcome: Outcome | None = None
) -> None:
    """Write the workbook with sheets Summary, By time, By organisation, By table and Unmet requests
    (atomically). ``outcome``: the summary's lines, warnings and unmet requests by reason."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Summary"
    _summary(event, outcome or Outcome(), first)
    _by_time(event, workbook.create_sheet("By time"))
    _by_organisation(event, workbook.create_sheet("By organisation"))
    _by_table(event, workbook.create_sheet("By table"))
    _unmet(event, unmet, workbook.create_sheet("Unmet requests"))
    workbook.properties.title = event.settings.name
    workbook.properties.creator = "MeetGrid"
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)
