"""What the desk records on the day (attendance, walk-ins, outcomes, what was printed) is kept in the event
file, survives an import of the registrations and is put back by undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import factories as f
import pytest

from app.domain import Attendance, Event, MeetingResult, Outcome
from app.services import edits
from app.storage import EventFile, repository

NINE = datetime(2026, 6, 9, 9, 0)
Store = Callable[[Path, Event], EventFile]
"""The ``store`` fixture: an event file, then the same on a PostgreSQL server."""


def test_attendance_and_outcomes_survive_a_round_trip_and_undo(tmp_path: Path, store: Store) -> None:
    with store(tmp_path / "day.meetgrid", f.delegation_day()) as event_file:
        before = event_file.load()
        arrived = Attendance(1, arrived_at=NINE)
        late = Attendance(2, expected_from=datetime(2026, 6, 9, 14, 30))
        held = Outcome((4, 1), MeetingResult.HELD, follow_up=True, rating=5, note="a second visit in May")
        with event_file.transaction() as session:
            repository.write_attendance(session, [arrived, late])
            repository.write_outcomes(session, [held])
        loaded = event_file.load()
        assert loaded.attendance == (arrived, late)
        assert loaded.outcome_by_pair[(1, 4)] == held
        assert loaded.attendance_of(3) == Attendance(3), "nobody recorded: nothing known"
        with event_file.transaction() as session:
            repository.write_attendance(session, [Attendance(2)])
        assert event_file.load().attendance == (arrived,), "an empty entry removes the person's record"
        back = edits.restore(event_file, before)
        assert back.attendance == () and back.outcomes == ()


def test_the_days_records_stay_when_registrations_are_updated(tmp_path: Path, store: Store) -> None:
    with store(tmp_path / "day.meetgrid", f.delegation_day()) as event_file:
        with event_file.transaction() as session:
            repository.write_attendance(session, [Attendance(1, arrived_at=NINE)])
            repository.record_printed(session, "agendas", {1: "abc", 2: "def"}, NINE)
        edits.change_participant(event_file, 1, "title", "Harbour master")
        assert event_file.load().attendance == (Attendance(1, arrived_at=NINE),)
        with event_file.transaction() as session:
            assert repository.read_printed(session, "agendas") == {1: ("abc", NINE), 2: ("def", NINE)}
            assert repository.read_printed(session, "badges") == {}


def test_walk_ins_are_marked_as_such(tmp_path: Path, store: Store) -> None:
    day = f.delegation_day()
    late = dataclasses.replace(day.organisations[-1], walk_in=True)
    day = dataclasses.replace(day, organisations=(*day.organisations[:-1], late))
    with store(tmp_path / "day.meetgrid", day) as event_file:
        loaded = event_file.load()
    assert [o.walk_in for o in loaded.organisations] == [o.id == late.id for o in day.organisations]


def test_a_rating_is_from_one_to_five() -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        Outcome((1, 2), MeetingResult.HELD, rating=6)


def test_presence_follows_what_the_desk_knows() -> None:
    start, end = datetime(2026, 6, 9, 14, 0), datetime(2026, 6, 9, 14, 20)
    assert Attendance(1).present(start, end)
    assert not Attendance(1, absent_from=datetime(2026, 6, 9, 14, 10)).present(start, end)
    assert Attendance(1, absent_from=end).present(start, end), "leaving at the end of the meeting is fine"
    assert not Attendance(1, expected_from=datetime(2026, 6, 9, 14, 30)).present(start, end)
    early = Attendance(1, arrived_at=datetime(2026, 6, 9, 13, 50), expected_from=datetime(2026, 6, 9, 14, 30))
    assert early.present(start, end), "a late arrival who came early after all"
