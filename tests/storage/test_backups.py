"""Backup copies before every re-import and every solve that replaces meetings, and how many are kept."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import factories as f
import pytest

from app.domain import Event, Meeting, Registrations, SolverRun
from app.errors import EventFileError
from app.scheduler import SolveResult
from app.services import planning
from app.storage import EventFile, repository
from app.storage.event_file import BACKUPS_KEPT, backups_folder, backups_of

FIRST_RELEASE = Path(__file__).parents[1] / "data" / "event-format-1.meetgrid"


def run(seconds: float) -> SolverRun:
    return SolverRun("OPTIMAL", 1.0, 1.0, seconds, datetime(2026, 6, 9, 12, 0))


def last_run_seconds(path: Path) -> float:
    with EventFile.open(path) as event_file:
        last = event_file.load().last_run
    assert last is not None
    return last.seconds


def registrations_of(event: Event) -> Registrations:
    return Registrations(event.organisations, event.participants, event.requests)


@pytest.fixture(scope="module")
def solved_day() -> SolveResult:
    return f.solved(f.delegation_day())


def test_planning_over_meetings_keeps_a_copy_of_them(tmp_path: Path, solved_day: SolveResult) -> None:
    path = tmp_path / "day.meetgrid"
    hand_made = (Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True),)
    with f.event_file(path, f.delegation_day()) as event_file:
        with event_file.transaction() as session:
            repository.save_schedule(session, hand_made, run(0.5))
        saved = planning.save_plan(event_file, solved_day)
    assert saved.meetings == solved_day.meetings
    (copy,) = backups_of(path)
    assert copy.name.endswith(" before planning.meetgrid")
    with EventFile.open(copy) as backup:
        assert backup.load().meetings == hand_made


def test_the_first_plan_replaces_nothing_and_needs_no_copy(tmp_path: Path, solved_day: SolveResult) -> None:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        planning.save_plan(event_file, solved_day)
    assert backups_of(path) == []
    assert not backups_folder(path).exists()


def test_a_plan_without_a_timetable_changes_no_meeting_and_needs_no_copy(
    tmp_path: Path, solved_day: SolveResult
) -> None:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        planning.save_plan(event_file, solved_day)
        unknown = SolveResult(
            status="UNKNOWN", meetings=(), unmet=(), objective=None, bound=None, seconds=1.0
        )
        saved = planning.save_plan(event_file, unknown)
    assert saved.meetings == solved_day.meetings
    assert backups_of(path) == []


def test_no_copy_no_change(tmp_path: Path, solved_day: SolveResult) -> None:
    path = tmp_path / "day.meetgrid"
    hand_made = (Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True),)
    with f.event_file(path, f.delegation_day()) as event_file:
        with event_file.transaction() as session:
            repository.save_schedule(session, hand_made, None)
        backups_folder(path).write_text("a file where the backups folder would go")
        with pytest.raises(EventFileError) as caught:
            planning.save_plan(event_file, solved_day)
        assert event_file.load().meetings == hand_made
    assert str(caught.value).startswith("day.meetgrid: cannot keep a backup copy in ")
    assert "nothing was changed" in str(caught.value)


def test_the_newest_copies_are_kept_and_the_upgrade_copy_always(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    shutil.copyfile(FIRST_RELEASE, path)
    with EventFile.open(path) as event_file:
        upgrade_copy = event_file.upgrade_backup
        for second in range(1, BACKUPS_KEPT + 3):
            with event_file.transaction() as session:
                repository.record_run(session, run(second))
            event_file.backup("planning")
    copies = backups_of(path)
    assert copies[0] == upgrade_copy
    assert [last_run_seconds(copy) for copy in copies[1:]] == [3, 4, 5, 6, 7]
    assert len(list(backups_folder(path).iterdir())) == BACKUPS_KEPT + 1


def test_every_reimport_keeps_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    day = f.delegation_day()
    f.event_file(path, day).close()
    for count in (2, 3):
        smaller = f.event(f.organisations(count))
        EventFile.create(path, smaller.settings, registrations_of(smaller), replace=True).close()
    sizes = []
    for copy in backups_of(path):
        assert copy.name.endswith(" before import.meetgrid")
        with EventFile.open(copy) as backup:
            sizes.append(len(backup.load().organisations))
    assert sizes == [len(day.organisations), 2]


def test_copies_of_one_event_leave_other_files_alone(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    folder = backups_folder(path)
    folder.mkdir()
    theirs = [
        folder / "notes.txt",
        folder / "day 2020-01-01 10.00.00 before lunch.meetgrid",
        folder / ".day 2020-01-01 10.00.00 before planning.meetgrid",
        folder / ".draft.tmp",
    ]
    for other in theirs:
        other.write_text("the organiser's own")
    unfinished_copy = [
        folder / ".day 2020-01-01 10.00.00 before planning.meetgrid.tmp",
        folder / ".day 2020-01-01 10.00.00 before planning.meetgrid.tmp-journal",
    ]
    for half in unfinished_copy:
        half.write_text("half a copy")
    with EventFile.open(path) as event_file:
        for _ in range(BACKUPS_KEPT + 1):
            event_file.backup("import")
    assert len(backups_of(path)) == BACKUPS_KEPT
    assert all(other.read_text() == "the organiser's own" for other in theirs)
    assert not any(half.exists() for half in unfinished_copy)
