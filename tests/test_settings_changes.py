"""Changing the event settings of a planned event: which meetings go, the backup copy kept first."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import factories as f

from app.domain import Break, Event, Interpreter, Meeting
from app.services import edits, event_setup
from app.storage import EventFile
from app.storage.event_file import backups_of
from tests.factories import uncoded


def planned(tmp_path: Path) -> tuple[EventFile, Event]:
    return f.planned_day(tmp_path / "day.meetgrid")


def ids(meetings: tuple[Meeting, ...]) -> set[int]:
    return {m.id for m in meetings}


def test_settings_that_keep_every_slot_and_table_drop_nothing(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        wider = dataclasses.replace(s, days=(dataclasses.replace(s.days[0], end=time(17)),), table_count=5)
        assert event_setup.dropped_meetings(event, wider) == ()
        renamed = dataclasses.replace(s, name="Another name", venue="Elsewhere", max_meetings=3)
        assert event_setup.dropped_meetings(event, renamed) == ()
        # Longer meetings keep 13:00 but move the second slot: only the meeting at 13:25 goes.
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, meeting_minutes=30))) == {3}


def test_fewer_tables_or_a_break_drop_the_meetings_there(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, table_count=1))) == {2}
        lunch = dataclasses.replace(s.days[0], breaks=(Break(time(13, 20), time(13, 40), "Coffee"),))
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, days=(lunch,)))) == {3}
        later = dataclasses.replace(s.days[0], start=time(14))
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, days=(later,)))) == {1, 2, 3}


def test_the_meetings_said_to_go_are_those_the_file_loses(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        changed = dataclasses.replace(s, meeting_minutes=30, table_count=1)
        going = event_setup.dropped_meetings(event, changed)
        stored = event_setup.change_settings(event_file, changed)
        assert ids(stored.meetings) == ids(event.meetings) - ids(going) == {1}
        assert stored.settings.meeting_minutes == 30


def test_a_backup_is_kept_before_settings_remove_meetings(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        event_setup.change_settings(event_file, dataclasses.replace(event.settings, name="Renamed"))
        assert backups_of(event_file.path) == [], "nothing removed, no copy"
        event_setup.change_settings(event_file, dataclasses.replace(event.settings, table_count=1))
        (copy,) = backups_of(event_file.path)
        assert copy.name.endswith(" before settings.meetgrid")
    with EventFile.open(copy) as kept:
        assert ids(kept.load().meetings) == {1, 2, 3}, "the copy holds the event as it was"


def test_registrations_edited_with_the_settings_are_stored_together(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        interpreter = Interpreter(1, "Mei Lin", ("Chinese", "Norwegian"), time(13), time(15))
        registrations = dataclasses.replace(
            edits.registrations_of(event), apart=((2, 6),), interpreters=(interpreter,)
        )
        stored = event_setup.change_settings(
            event_file, dataclasses.replace(event.settings, across_groups_only=True), registrations
        )
        assert stored.settings.across_groups_only
        assert stored.apart == ((2, 6),)
        assert uncoded(stored.interpreters) == (interpreter,)
        assert stored.meetings == event.meetings
        back = edits.restore(event_file, event)
        assert not back.settings.across_groups_only and back.apart == () and back.interpreters == ()


def test_tables_too_few_for_the_host_group_are_named() -> None:
    event = f.delegation_day()  # four hosts, two tables
    hosts = dataclasses.replace(event.settings, host_group="Host")
    (problem,) = event_setup.table_problems(event, hosts)
    assert "the 4 organisations of group 'Host' each keep a table, but only 2 tables" in problem
    assert event_setup.table_problems(event, dataclasses.replace(hosts, table_count=4)) == ()
    assert event_setup.table_problems(event, event.settings) == ()
