"""Event files: round trips, safety checks and refusals with clear messages."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, time
from pathlib import Path

import factories as f
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain import (
    Break,
    DaySession,
    Event,
    Interpreter,
    Meeting,
    MeetingRequest,
    Organisation,
    Participant,
    Period,
    Precedence,
    Priority,
    Registrations,
    SolverRun,
    Tier,
)
from app.errors import EventFileError
from app.storage import SCHEMA_VERSION, EventFile, repository
from app.storage.event_file import backups_of
from app.storage.schema import ParticipantRow
from tests.factories import uncoded


def registrations_of(event: Event) -> Registrations:
    return Registrations(event.organisations, event.participants, event.requests)


def test_an_event_survives_a_round_trip(tmp_path: Path) -> None:
    original = f.delegation_day()
    with f.event_file(tmp_path / "day.meetgrid", original) as event_file:
        loaded = event_file.load()
    assert loaded.settings == original.settings
    assert loaded.organisations == original.organisations
    assert uncoded(loaded.participants) == original.participants
    assert loaded.requests == original.requests
    assert loaded.slots == original.slots
    assert loaded.tables == original.tables
    assert loaded.meetings == ()
    assert loaded.last_run is None


def test_the_organisers_rules_survive_a_round_trip(tmp_path: Path) -> None:
    orgs = (
        Organisation(1, "Eager", min_meetings=2, away=(Period(time(14), time(14, 30)),)),
        *f.organisations(3)[1:],
    )
    people = (
        Participant(1, 1, "Away at first", away=(Period(time(13), time(13, 30)),)),
        Participant(2, 2, "B"),
    )
    wishes = (MeetingRequest(1, 2, Priority.MUST_MEET, DaySession.MORNING), MeetingRequest(1, 3))
    settings = dataclasses.replace(
        f.settings(min_meetings=1, max_in_a_row=3),
        host_group="Host",
        tiers=(Tier.REQUESTS, Tier.IDLE_GAPS),
    )
    helper = Interpreter(
        1, "刘梅 Liu Mei", ("Chinese", "Norwegian"), time(13), time(16), (Period(time(14), time(14, 15)),)
    )
    rules = Registrations(
        orgs,
        people,
        wishes,
        apart=((2, 3),),
        precedences=(Precedence((1, 3), (1, 2)),),
        interpreters=(helper,),
    )
    path = tmp_path / "rules.meetgrid"
    EventFile.create(path, settings, rules).close()
    with EventFile.open(path) as event_file:
        loaded = event_file.load()
    assert loaded.settings == settings
    assert loaded.organisations == orgs
    assert uncoded(loaded.participants) == people
    assert loaded.requests == wishes
    assert loaded.apart == ((2, 3),)
    assert loaded.precedences == (Precedence((1, 3), (1, 2)),)
    assert uncoded(loaded.interpreters) == (helper,)
    meeting = Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=1)
    with EventFile.open(path) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, (meeting,), None)
    with EventFile.open(path) as event_file:
        assert event_file.load().meetings == (meeting,)


def test_meetings_and_the_solver_run_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    meetings = (Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True), Meeting(2, 3, 2, (2, 5), (3, 6)))
    run = SolverRun("OPTIMAL", 42.0, 42.0, 0.25, datetime(2026, 6, 9, 12, 0))
    with f.event_file(path, f.delegation_day()) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, meetings, run)
    with EventFile.open(path) as reopened:
        loaded = reopened.load()
    assert loaded.meetings == meetings
    assert loaded.last_run == run


def test_settings_are_kept_with_breaks(tmp_path: Path) -> None:
    settings = f.settings(breaks=[Break(time(14), time(14, 30), "Coffee")], max_meetings=5)
    event = f.event(f.organisations(2), event_settings=settings)
    with f.event_file(tmp_path / "e.meetgrid", event) as event_file:
        loaded = event_file.load()
    assert loaded.settings == settings
    assert all(not (s.start.time() < time(14, 30) and s.end.time() > time(14)) for s in loaded.slots)


def test_the_file_uses_wal_foreign_keys_and_a_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "e.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        assert event_file.meta()["schema_version"] == str(SCHEMA_VERSION)
        with pytest.raises(IntegrityError), event_file.transaction() as session:
            session.add(ParticipantRow(id=99, organisation_id=999, name="Nobody"))
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_an_existing_file_is_not_overwritten_by_accident(tmp_path: Path) -> None:
    path = tmp_path / "e.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    with pytest.raises(EventFileError, match="already exists"):
        f.event_file(path, f.event(f.organisations(2)))
    with EventFile.open(path) as event_file:
        assert len(event_file.load().organisations) == 7


def test_replacing_keeps_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "e.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    smaller = f.event(f.organisations(2))
    with EventFile.create(path, smaller.settings, registrations_of(smaller), replace=True) as event_file:
        assert len(event_file.load().organisations) == 2
    (copy,) = backups_of(path)
    assert copy.parent.name == "e backups"
    assert copy.name.endswith(" before import.meetgrid")
    with EventFile.open(copy) as backup:
        assert len(backup.load().organisations) == 7


def test_a_failed_creation_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "e.meetgrid"
    broken = Registrations(f.organisations(1), (Participant(1, 42, "Belongs to no organisation"),), ())
    with pytest.raises(IntegrityError):
        EventFile.create(path, f.settings(), broken)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(EventFileError) as caught:
        EventFile.open(tmp_path / "nowhere.meetgrid")
    assert "nowhere.meetgrid: does not exist" in str(caught.value)


def test_a_text_file_is_not_an_event_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.meetgrid"
    path.write_text("shopping list")
    with pytest.raises(EventFileError, match=r"notes\.meetgrid: is not a MeetGrid event file"):
        EventFile.open(path)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.meetgrid"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(EventFileError, match="a database but not a MeetGrid event file"):
        EventFile.open(path)


def test_a_file_from_a_newer_meetgrid_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(EventFileError, match="saved by a newer MeetGrid"):
        EventFile.open(path)


def test_updating_registrations_keeps_the_meetings_of_those_who_stay(tmp_path: Path) -> None:
    event = f.delegation_day()
    helper = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"))
    registrations = dataclasses.replace(registrations_of(event), interpreters=(helper,))
    path = tmp_path / "e.meetgrid"
    EventFile.create(path, event.settings, registrations).close()
    meetings = (Meeting(1, 1, 1, (1, 4), (1, 5), interpreter_id=1), Meeting(2, 2, 1, (3, 7), (4, 8)))
    with EventFile.open(path) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, meetings, None)
    # Organisation 7 leaves; a newcomer takes the next ids; Liu Mei's details change.
    newcomer = Organisation(8, "Weihai Marine")
    updated = dataclasses.replace(
        registrations,
        organisations=(*(o for o in registrations.organisations if o.id != 7), newcomer),
        participants=(
            *(p for p in registrations.participants if p.organisation_id != 7),
            Participant(9, 8, "Sun Li"),
        ),
        requests=tuple(r for r in registrations.requests if 7 not in (r.requester_id, r.requested_id)),
        interpreters=(dataclasses.replace(helper, languages=("Chinese", "Norwegian", "English")),),
    )
    with EventFile.open(path) as event_file, event_file.transaction() as session:
        repository.update_registrations(session, updated)
    with EventFile.open(path) as event_file:
        loaded = event_file.load()
    assert loaded.meetings == (meetings[0],), "the meeting of the organisation that left goes with it"
    assert loaded.interpreters[0].languages == ("Chinese", "Norwegian", "English")
    assert {o.id for o in loaded.organisations} == {1, 2, 3, 4, 5, 6, 8}
    assert [p.name for p in loaded.participants if p.id == 9] == ["Sun Li"]


def test_a_file_damaged_inside_says_where_the_copies_are(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DROP TABLE meeting_request")
    connection.commit()
    connection.close()
    with EventFile.open(path) as event_file, pytest.raises(EventFileError) as caught:
        event_file.load()
    assert "day.meetgrid: is damaged" in str(caught.value)
    assert "'day backups'" in str(caught.value)


def test_the_notes_undone_with_the_event_are_those_the_workflow_writes() -> None:
    from app.services import importing
    from app.storage.repository import PLANNED, UNDONE_WITH_THE_EVENT

    assert set(UNDONE_WITH_THE_EVENT) == {importing.IMPORTED, importing.MAPPING, importing.NAMES, PLANNED}
