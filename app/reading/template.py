"""``meetgrid template``: a blank registration workbook that organisers hand out or fill in themselves."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_ROWS = 500
"""Rows prepared with input checks below each header."""

# (header, width, note shown when the organiser points at the header cell)
ORGANISATION_COLUMNS = (
    ("Organisation", 34, "Required and unique: the name printed on agendas and badges."),
    ("Local name", 24, "The name in the organisation's own script, e.g. Chinese. Optional."),
    ("Group", 14, "Which side the organisation is on, e.g. Delegation or Host."),
    ("Country", 14, "Country of the organisation."),
    ("Interests", 40, "Sectors or topics, separated by ; or , (e.g. ports; offshore wind)."),
    ("Languages", 20, "Languages its people speak, separated by ; or , (e.g. English; Chinese)."),
    ("Available from", 15, "Earliest meeting start, e.g. 13:30. Empty: from the first meeting."),
    ("Available until", 15, "Latest meeting end, e.g. 16:00. Empty: until the last meeting."),
    ("Max meetings", 14, "Most meetings for this organisation. Empty: no limit."),
    ("Min meetings", 14, "Fewest meetings it must have; planning says so when that is impossible. Optional."),
    ("Not available", 22, "Times the whole organisation is away, e.g. 14:00-14:30; 15:30-16:00. Optional."),
    ("Do not meet", 34, "Organisations it must never be scheduled with, separated by ; . Optional."),
    ("Own table", 14, "A table it keeps all day (e.g. Table 3); the others come to it. Optional."),
)
PARTICIPANT_COLUMNS = (
    ("Name", 28, "Required: the person's name in Latin letters, as it should be printed."),
    (
        "Name in own script",
        20,
        "The person's name in their own script, e.g. 王海涛 for Wang Haitao: printed beside the name on "
        "badges and agendas, so that guests and hosts can read it. Optional.",
    ),
    ("Organisation", 34, "Required: exactly or nearly as written on the Organisations sheet."),
    ("Title", 26, "Job title. Optional."),
    ("Email", 30, "Optional."),
    ("Languages", 20, "Languages this person speaks, separated by ; or ,. Optional."),
    ("Not available", 22, "Times this person is away, e.g. 14:00-14:30. Colleagues meet in their place."),
)
INTERPRETER_COLUMNS = (
    ("Name", 28, "The interpreter's name, printed on the meetings they interpret."),
    ("Languages", 28, "The languages they work between, separated by ; (e.g. Chinese; Norwegian)."),
    ("Available from", 15, "Earliest meeting start, e.g. 13:30. Empty: from the first meeting."),
    ("Available until", 15, "Latest meeting end, e.g. 16:00. Empty: until the last meeting."),
    ("Not available", 22, "Times they are away, e.g. 14:00-14:30. Optional."),
)
REQUEST_COLUMNS = (
    ("Requester", 34, "The organisation that asks for the meeting."),
    ("Requested", 34, "The organisation it would like to meet."),
    ("Priority", 12, "1 = must meet, 2 = would like (default), 3 = if time allows."),
    ("Session", 12, "morning or afternoon when the meeting must be in that part of the day. Optional."),
    ("After meeting", 34, "An organisation the requester must meet before this meeting. Optional."),
    ("Agreed", 10, "yes when both sides already agreed to the meeting: it must take place. Optional."),
)

INSTRUCTIONS = (
    "MeetGrid registration workbook",
    "",
    "Fill in one row per organisation on 'Organisations', one row per person on 'Participants' and one row "
    "per meeting wish on 'Requests'.",
    "Point at a column title to see what belongs in it. Only the organisation name is required.",
    "Names in another script (Chinese, Cyrillic, ...) go in 'Local name' for an organisation and in",
    "'Name in own script' for a person: badges and agendas print them beside the name in Latin letters.",
    "Wishes go one way: when both organisations ask for each other, MeetGrid schedules that meeting first.",
    "Priorities: 1 = must meet, 2 = would like (the default when empty), 3 = if time allows.",
    "Agreed: yes where both sides already agreed to the meeting (on a platform): it must take place.",
    "Times are written like 13:30, spans like 14:00-14:30. Lists are separated by ; or ,.",
    "Morning means meetings starting before 12:00, afternoon those starting at 12:00 or later.",
    "Interpreters: when the two sides of a meeting share no language (from Languages), MeetGrid names an",
    "interpreter from the 'Interpreters' sheet who speaks both, one meeting at a time.",
    "",
    "When the workbook is complete, import it with: meetgrid run registrations.xlsx --out results",
    "or in the MeetGrid window with File > New event from workbook.",
)


def _sheet(workbook: Workbook, title: str, columns: tuple[tuple[str, int, str], ...]) -> Worksheet:
    sheet = workbook.create_sheet(title)
    sheet.append([header for header, _, _ in columns])
    for index, (_, width, note) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        cell.comment = Comment(note, "MeetGrid", width=260, height=80)
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"
    return sheet


def write_template(path: Path) -> None:
    """Write the blank template: instructions, Organisations, Participants, Requests and Interpreters."""
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = "Instructions"
    for line in INSTRUCTIONS:
        instructions.append([line])
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 110

    organisations = _sheet(workbook, "Organisations", ORGANISATION_COLUMNS)
    meetings = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        showErrorMessage=True,
        errorTitle="Max meetings",
        error="Enter a whole number of meetings, or leave the cell empty for no limit.",
    )
    organisations.add_data_validation(meetings)
    meetings.add(f"I2:J{_ROWS + 1}")

    _sheet(workbook, "Participants", PARTICIPANT_COLUMNS)

    requests = _sheet(workbook, "Requests", REQUEST_COLUMNS)
    priority = DataValidation(
        type="list",
        formula1='"1,2,3"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Priority",
        error="Use 1 (must meet), 2 (would like) or 3 (if time allows).",
    )
    requests.add_data_validation(priority)
    priority.add(f"C2:C{_ROWS + 1}")
    session = DataValidation(
        type="list",
        formula1='"morning,afternoon"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Session",
        error="Use morning or afternoon, or leave the cell empty for any time.",
    )
    requests.add_data_validation(session)
    session.add(f"D2:D{_ROWS + 1}")
    agreed = DataValidation(
        type="list",
        formula1='"yes,no"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Agreed",
        error="Use yes where both sides agreed to the meeting, or leave the cell empty for a wish.",
    )
    requests.add_data_validation(agreed)
    agreed.add(f"F2:F{_ROWS + 1}")

    _sheet(workbook, "Interpreters", INTERPRETER_COLUMNS)
    workbook.save(path)
