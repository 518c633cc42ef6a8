"""Outcomes entered at the desk: stored per pair, taken back by undo, refused for what cannot be; a feedback
workbook read over them keeps what its empty cells do not say."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from openpyxl import load_workbook

from app.domain import MeetingResult, Outcome
from app.errors import InputError
from app.services import edits, outcomes


def test_an_outcome_entered_at_the_desk_is_stored_and_undone(tmp_path: Path) -> None:
    event_file, before = f.planned_day(tmp_path / "day.meetgrid")
    with event_file:
        after = outcomes.record_outcome(
            event_file, (4, 1), result=MeetingResult.HELD, follow_up=True, rating=4, note=" Harbour visit "
        )
        stored = event_file.load().outcome_by_pair[(1, 4)]
        assert stored == Outcome((1, 4), MeetingResult.HELD, "", True, 4, "Harbour visit")
        assert after.outcome_by_pair[(1, 4)] == stored

        again = outcomes.record_outcome(
            event_file, (1, 4), result=MeetingResult.NOT_HELD, missing="Sørvest Havn AS"
        )
        assert again.outcome_by_pair[(1, 4)] == Outcome((1, 4), MeetingResult.NOT_HELD, "Sørvest Havn AS")

        undone = edits.restore(event_file, after)
        assert undone.outcome_by_pair[(1, 4)] == stored
        assert edits.restore(event_file, before).outcomes == ()
        assert event_file.load().outcomes == ()


def test_an_outcome_for_no_meeting_or_an_odd_rating_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    event_file, _ = f.planned_day(tmp_path / "day.meetgrid")
    with event_file:
        with pytest.raises(InputError, match="no meeting"):
            outcomes.record_outcome(event_file, (1, 7), result=MeetingResult.HELD)
        with pytest.raises(InputError, match="from 1"):
            outcomes.record_outcome(event_file, (1, 4), rating=6)
        assert event_file.load().outcomes == ()


def test_feedback_read_over_desk_outcomes_keeps_what_its_empty_cells_leave(tmp_path: Path) -> None:
    event_file, event = f.planned_day(tmp_path / "day.meetgrid")
    with event_file:
        outcomes.record_outcome(event_file, (1, 4), result=MeetingResult.HELD, rating=3, note="From the desk")
        blank = outcomes.write_blank_feedback(event, tmp_path / "feedback.xlsx")
        workbook = load_workbook(blank)
        sheet = workbook["Feedback"]
        for row in range(2, sheet.max_row + 1):
            key = sheet.cell(row, 1).value
            if key == "M1-4":
                sheet.cell(row, 9, "ja")  # follow-up; held, rating and note left empty
            if key == "M3-6":
                sheet.cell(row, 7, "nei")
                sheet.cell(row, 8, "begge")
        workbook.save(blank)

        done = outcomes.import_feedback(event_file, blank)
        assert done.reading.skipped == ()
        stored = event_file.load().outcome_by_pair
        assert stored[(1, 4)] == Outcome((1, 4), MeetingResult.HELD, "", True, 3, "From the desk")
        assert stored[(3, 6)] == Outcome((3, 6), MeetingResult.NOT_HELD, "both")
        assert (2, 5) not in stored
        assert {o.organisation_ids for o in done.changed} == {(1, 4), (3, 6)}

        # Read again: nothing new to store.
        assert outcomes.import_feedback(event_file, blank).changed == ()


def test_a_file_that_is_not_a_feedback_workbook_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    event_file, event = f.planned_day(tmp_path / "day.meetgrid")
    with event_file:
        report = outcomes.write_report(event, tmp_path / "report")
        with pytest.raises(InputError, match="not a MeetGrid feedback workbook"):
            outcomes.import_feedback(event_file, report.xlsx)
        assert event_file.load().outcomes == ()


def test_the_blank_feedback_needs_a_timetable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no meetings"):
        outcomes.write_blank_feedback(f.delegation_day(), tmp_path / "feedback.xlsx")
