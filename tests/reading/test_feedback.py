"""The blank feedback workbook (one row a meeting, drop-down lists, instructions first) and reading it back
filled in English, Norwegian or Spanish, with every odd cell named by row and column."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from openpyxl import Workbook, load_workbook

from app.documents.feedback_xlsx import write_feedback_xlsx
from app.domain import Event, MeetingResult
from app.errors import InputError
from app.reading.feedback import FeedbackRow, read_feedback


@pytest.fixture
def event(tmp_path: Path) -> Event:
    event_file, event = f.planned_day(tmp_path / "day.meetgrid")
    event_file.close()
    return event


def blank(event: Event, tmp_path: Path) -> Path:
    return write_feedback_xlsx(event, tmp_path / "feedback.xlsx")


def fill(path: Path, rows: dict[str, dict[int, object]]) -> None:
    """Type answers into the rows of these meeting keys (column number -> value)."""
    workbook = load_workbook(path)
    sheet = workbook["Feedback"]
    for row in range(2, sheet.max_row + 1):
        for column, value in rows.get(str(sheet.cell(row, 1).value), {}).items():
            sheet.cell(row, column, value)
    workbook.save(path)


def test_the_blank_workbook_has_instructions_first_and_a_row_per_meeting_with_lists(
    event: Event, tmp_path: Path
) -> None:
    workbook = load_workbook(blank(event, tmp_path))
    assert workbook.sheetnames == ["Instructions", "Feedback"]
    assert "How to fill in" in str(workbook["Instructions"]["A2"].value)
    sheet = workbook["Feedback"]
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["Meeting key", "Day", "Time", "Table", "Organisation A", "Organisation B"]
    assert header[6:] == [
        "Held (yes/no)",
        "Who was missing",
        "Follow-up wanted (yes/no)",
        "Rating (1-5)",
        "Note",
    ]
    rows = [[cell.value for cell in row[:6]] for row in sheet.iter_rows(min_row=2)]
    assert rows == [
        [
            "M1-4",
            "2026-06-09",
            "13:00",
            "Table 1",
            "Qingdao Harbour Engineering (青岛港湾工程)",
            "Sørvest Havn AS",
        ],
        ["M2-5", "2026-06-09", "13:00", "Table 2", "Jinan Smart Works (济南智造)", "Nordsjø Automasjon AS"],
        ["M3-6", "2026-06-09", "13:25", "Table 1", "Yantai Offshore Tech (烟台海工科技)", "Ryfylke Vind AS"],
    ]
    assert all(cell.value is None for row in sheet.iter_rows(min_row=2) for cell in row[6:])
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert validations["G2:G4 I2:I4"].type == "list"
    assert validations["G2:G4 I2:I4"].formula1 == '"yes,no"'
    rating = validations["J2:J4"]
    assert (rating.type, rating.operator, rating.formula1, rating.formula2) == ("whole", "between", "1", "5")


def test_norwegian_and_spanish_answers_are_read(event: Event, tmp_path: Path) -> None:
    path = blank(event, tmp_path)
    fill(
        path,
        {
            "M1-4": {7: "Ja", 9: "ja", 10: 5, 11: "Besøk i mai"},
            "M2-5": {7: "sí", 9: "No", 10: "4"},
            "M3-6": {7: "nei", 8: "yantai offshore tech"},
        },
    )
    reading = read_feedback(path, event)
    assert reading.skipped == ()
    assert reading.rows == (
        FeedbackRow(2, (1, 4), MeetingResult.HELD, None, True, 5, "Besøk i mai"),
        FeedbackRow(3, (2, 5), MeetingResult.HELD, None, False, 4, None),
        FeedbackRow(4, (3, 6), MeetingResult.NOT_HELD, "Yantai Offshore Tech", None, None, None),
    )


def test_odd_values_and_unknown_meetings_are_reported_with_row_and_column(
    event: Event, tmp_path: Path
) -> None:
    path = blank(event, tmp_path)
    fill(path, {"M1-4": {7: "maybe", 10: 7}, "M2-5": {9: "x", 10: "4/5"}})
    workbook = load_workbook(path)
    sheet = workbook["Feedback"]
    sheet.append(["M9-99", "", "", "", "", "", "yes"])  # a key of no meeting
    sheet.append(["", "", "", "", "Unknown Ltd", "Sørvest Havn AS", "yes"])
    sheet.append(["", "", "", "", "Sorvest Havn AS", "Qingdao Harbour Engineering", "no"])  # same as row 2
    workbook.save(path)

    reading = read_feedback(path, event)
    assert reading.rows == (FeedbackRow(3, (2, 5), None, None, True, 4, None),)
    found = [(w.location.row, w.location.column, w.message) for w in reading.skipped if w.location]
    assert found == [
        (2, 7, "'maybe' is neither yes nor no; cell not read"),
        (2, 10, "'7' is not a rating from 1 to 5; cell not read"),
        (5, None, "the meeting key 'M9-99' is no meeting of this event's timetable; row not read"),
        (6, None, "no organisation of the event is called 'Unknown Ltd'; row not read"),
        (7, None, "the same meeting as row 2; row not read"),
    ]
    assert "feedback.xlsx, sheet 'Feedback', row 2, column G (Held (yes/no))" in str(reading.skipped[0])
    assert reading.empty == 1  # the row of M3-6: nothing filled in


def test_rows_are_matched_by_names_where_the_key_is_gone(event: Event, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Organización A", "Organización B", "Celebrada", "Seguimiento", "Valoración"])
    sheet.append(["Ryfylke Vind AS", "烟台海工科技", "SÍ", "si", "3"])
    sheet.append(["", "", "", "", ""])
    path = tmp_path / "hand made.xlsx"
    workbook.save(path)
    reading = read_feedback(path, event)
    assert reading.skipped == ()
    assert reading.rows == (FeedbackRow(2, (3, 6), MeetingResult.HELD, None, True, 3, None),)


def test_a_workbook_that_is_not_feedback_is_refused(event: Event, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Organisation", "Country"])
    sheet.append(["Sørvest Havn AS", "Norway"])
    path = tmp_path / "registrations.xlsx"
    workbook.save(path)
    with pytest.raises(InputError, match="not a MeetGrid feedback workbook"):
        read_feedback(path, event)

    keys_only = Workbook()
    sheet = keys_only.active
    assert sheet is not None
    sheet.append(["Meeting key", "Organisation A", "Organisation B"])  # which meeting, but no answers
    sheet.append(["M1-4", "Qingdao Harbour Engineering", "Sørvest Havn AS"])
    keys_only.save(path)
    with pytest.raises(InputError, match="not a MeetGrid feedback workbook"):
        read_feedback(path, event)
