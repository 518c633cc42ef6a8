"""Storing a re-plan: the timetable and its changes in one transaction, the changes read back for the
change sheet while the timetable is the one they led to, undo taking both back, and the
``meetgrid.changes/1`` JSON."""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path

import factories as f
import pytest

from app.documents.changes_json import FORMAT, changes_document, changes_from_document
from app.documents.schedule_json import schedule_document
from app.domain import Attendance
from app.scheduler import build_instance, validate
from app.services import edits, replanning
from app.storage import EventFile, repository

NOW = datetime.combine(f.DAY, time(13, 10))


@pytest.fixture
def day_file(tmp_path: Path) -> EventFile:
    """The planned delegation day with Ryfylke Vind AS (organisation 6, person 7) not coming."""
    event_file, _ = f.planned_day(tmp_path / "day.meetgrid")
    with event_file.transaction() as session:
        repository.write_attendance(session, [Attendance(7, absent_from=datetime.combine(f.DAY, time(13)))])
    return event_file


def test_the_changes_say_what_and_why(day_file: EventFile) -> None:
    event = day_file.load()
    meetings, changes = replanning.replan(event, NOW)
    assert [(c.meeting.id, c.reason) for c in changes.cancelled] == [
        (3, "Ryfylke Vind AS is absent from 13:00")
    ]
    assert changes.added
    assert changes.moved == ()
    assert changes.unchanged == 2
    assert {m.id for m in meetings} >= {1, 2}
    assert validate(build_instance(event), meetings) == []
    lines = dict(replanning.change_lines(event, changes))
    assert lines["Cancelled"] == [
        "13:25 Table 1  Yantai Offshore Tech – Ryfylke Vind AS: Ryfylke Vind AS is absent from 13:00"
    ]


def test_applying_stores_the_timetable_and_its_changes(day_file: EventFile) -> None:
    with day_file:
        assert replanning.last_changes(day_file) is None
        meetings, changes = replanning.replan(day_file.load(), NOW)
        stored = replanning.apply_replan(day_file, meetings, changes)
        assert sorted(stored.meetings, key=lambda m: m.id) == sorted(meetings, key=lambda m: m.id)
        assert replanning.last_changes(day_file) == changes
        assert stored.attendance == (Attendance(7, absent_from=datetime.combine(f.DAY, time(13))),)


def test_undo_takes_the_re_plan_and_its_changes_back(day_file: EventFile) -> None:
    with day_file:
        before = day_file.load()
        meetings, changes = replanning.replan(before, NOW)
        replanning.apply_replan(day_file, meetings, changes)
        restored = edits.restore(day_file, before)
        assert restored.meetings == before.meetings
        assert replanning.last_changes(day_file) is None


def test_an_edit_after_the_re_plan_retires_its_changes(day_file: EventFile) -> None:
    with day_file:
        meetings, changes = replanning.replan(day_file.load(), NOW)
        event = replanning.apply_replan(day_file, meetings, changes)
        edits.change_meetings(day_file, event.meetings[1:])
        assert replanning.last_changes(day_file) is None


def test_the_json_has_the_promised_form_and_reads_back(day_file: EventFile, tmp_path: Path) -> None:
    with day_file:
        event = day_file.load()
    _, changes = replanning.replan(event, NOW)
    path = replanning.write_json(event, changes, tmp_path / "changes.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"format", "now", "cancelled", "added", "moved", "unchanged", "seconds"}
    assert data["format"] == FORMAT
    assert data["now"] == "2026-06-09T13:10"
    assert data["cancelled"][0]["reason"] == "Ryfylke Vind AS is absent from 13:00"
    assert data["cancelled"][0]["organisations"] == [3, 6]
    assert data["unchanged"] == 2
    schedule_meeting = set(schedule_document(event, [])["meetings"][0])
    for meeting in data["added"] + data["cancelled"]:
        assert schedule_meeting <= set(meeting)
    assert changes_from_document(data) == changes
    assert changes_document(event, changes) == data


def test_a_document_of_another_kind_is_refused() -> None:
    with pytest.raises(ValueError, match=r"meetgrid\.changes/1"):
        changes_from_document({"format": "meetgrid.schedule/1"})
    with pytest.raises(ValueError, match="incomplete"):
        changes_from_document({"format": FORMAT, "now": "2026-06-09T13:10"})


def test_negative_moves_are_refused(day_file: EventFile) -> None:
    with day_file, pytest.raises(ValueError, match="negative"):
        replanning.compute(day_file.load(), NOW, allow_moves=-1)
