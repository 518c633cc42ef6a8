"""``feedback.xlsx``: the blank workbook in which organisers (or the organisations themselves) note what came
of each planned meeting, to be read back with ``app.reading.feedback``.

One row per meeting of the timetable, keyed by the pair of organisations (``M4-17``): the key stays the same
when a re-plan moves the meeting to another time or table, so a sheet handed out in the morning still reads.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain import Event, Meeting, Pair
from app.files import replaced_atomically

FEEDBACK_SHEET = "Feedback"
INSTRUCTIONS_SHEET = "Instructions"

COLUMNS: tuple[tuple[str, int], ...] = (
    ("Meeting key", 11),
    ("Day", 11),
    ("Time", 8),
    ("Table", 12),
    ("Organisation A", 34),
    ("Organisation B", 34),
    ("Held (yes/no)", 13),
    ("Who was missing", 26),
    ("Follow-up wanted (yes/no)", 15),
    ("Rating (1-5)", 11),
    ("Note", 44),
)
"""The feedback sheet's columns and widths; the reader knows these titles (and their Norwegian and Spanish
wordings) from ``app/reading/feedback.toml``."""

FIRST_TO_FILL = 7
"""The first column the organiser fills (Held); those before it say which meeting the row is."""

INSTRUCTIONS = (
    "How to fill in this workbook",
    "",
    "The sheet 'Feedback' has one row for each meeting of the timetable. Fill in the coloured columns:",
    "  Held: yes or no (ja/nei and sí/no are understood as well).",
    "  Who was missing: for a meeting not held, the organisation (or person) that did not come, or 'both'.",
    "  Follow-up wanted: yes when the two organisations want to meet or do business again.",
    "  Rating: 1 (poor) to 5 (excellent), how useful the meeting was.",
    "  Note: anything the funder or the organiser should know.",
    "",
    "Leave a cell empty when you do not know; an empty cell changes nothing already recorded.",
    "Do not change the meeting key in column A: it tells MeetGrid which meeting the row is about,",
    "even when the meeting was moved to another time or table. Rows may be sorted or filtered freely.",
    "",
    "When done, read it back with: meetgrid outcomes EVENT.meetgrid feedback.xlsx",
    "(or Outcomes > Import feedback in the MeetGrid window).",
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_FILL_FILL = PatternFill("solid", fgColor="FFF4D6")
_TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
_TOP = Alignment(vertical="top", wrap_text=True)


def meeting_key(pair: Pair) -> str:
    """The key of a pair's meeting in the feedback workbook: stable across re-plans."""
    a, b = pair
    return f"M{a}-{b}"


def _ordered(event: Event) -> list[Meeting]:
    slots, tables = event.slot_by_id, event.table_by_id
    return sorted(event.meetings, key=lambda m: (slots[m.slot_id].start, tables[m.table_id].name, m.id))


def _label(event: Event, org_id: int) -> str:
    org = event.organisation_by_id[org_id]
    return f"{org.name} ({org.local_name})" if org.local_name else org.name


def write_feedback_xlsx(event: Event, path: Path) -> Path:
    """Write the blank feedback workbook of ``event`` (instructions first, then one row per meeting)."""
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    instructions.title = INSTRUCTIONS_SHEET
    instructions.append([f"{event.settings.name}: feedback on the meetings"])
    instructions["A1"].font = _TITLE_FONT
    for line in INSTRUCTIONS:
        instructions.append([line])
    instructions["A2"].font = Font(bold=True)
    instructions.column_dimensions["A"].width = 110

    sheet = workbook.create_sheet(FEEDBACK_SHEET)
    sheet.append([title for title, _ in COLUMNS])
    for index, (_, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _TOP
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[1].height = 30
    slots, tables = event.slot_by_id, event.table_by_id
    meetings = _ordered(event)
    for meeting in meetings:
        slot = slots[meeting.slot_id]
        a, b = meeting.organisation_ids
        sheet.append(
            [
                meeting_key(meeting.organisation_ids),
                f"{slot.start:%Y-%m-%d}",
                f"{slot.start:%H:%M}",
                tables[meeting.table_id].name,
                _label(event, a),
                _label(event, b),
            ]
        )
    last = len(meetings) + 1
    if meetings:
        for column in range(FIRST_TO_FILL, len(COLUMNS) + 1):
            for row in range(2, last + 1):
                sheet.cell(row=row, column=column).fill = _FILL_FILL
        _validations(sheet, last)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    workbook.active = 1
    workbook.properties.title = f"{event.settings.name}: feedback"
    workbook.properties.creator = "MeetGrid"
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)
    return path


def _validations(sheet: Worksheet, last: int) -> None:
    """Drop-down lists for the yes/no columns and a whole number 1-5 for the rating; other words are still
    accepted by Excel's 'warning' style, since the reader understands ja/nei and sí/no too."""
    yes_no = DataValidation(
        type="list",
        formula1='"yes,no"',
        allow_blank=True,
        errorStyle="warning",
        errorTitle="Yes or no",
        error="Type yes or no (ja/nei, sí/no are understood too).",
    )
    rating = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="5",
        allow_blank=True,
        errorTitle="Rating",
        error="A rating is a whole number from 1 (poor) to 5 (excellent).",
        promptTitle="Rating",
        prompt="1 (poor) to 5 (excellent)",
    )
    rating.showInputMessage = True
    held, follow_up, rated = (
        get_column_letter(c) for c in (FIRST_TO_FILL, FIRST_TO_FILL + 2, FIRST_TO_FILL + 3)
    )
    yes_no.add(f"{held}2:{held}{last}")
    yes_no.add(f"{follow_up}2:{follow_up}{last}")
    rating.add(f"{rated}2:{rated}{last}")
    sheet.add_data_validation(yes_no)
    sheet.add_data_validation(rating)
