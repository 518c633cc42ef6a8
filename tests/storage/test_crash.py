"""A real MeetGrid process killed with SIGKILL in the middle of a write, a solve, an export, a creation, a
re-import or an upgrade loses nothing saved before, and never leaves a half-written file as the only copy.

The child process (crash_child.py) prints a marker when it is in the middle of its job and then waits; it is
killed only after the marker, so no test depends on timing. The timer is a failsafe for a child that hangs.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest

from app.storage import SCHEMA_VERSION, EventFile, repository
from app.storage.event_file import backups_of

ROOT = Path(__file__).parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
_spec = importlib.util.spec_from_file_location("crash_child", CHILD)
assert _spec is not None and _spec.loader is not None
crash_child = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash_child)
FIRST_RELEASE = ROOT / "tests" / "data" / "event-format-1.meetgrid"
FAILSAFE_SECONDS = 300


class Child:
    """A MeetGrid process doing one job of crash_child.py."""

    def __init__(self, job: str, path: Path) -> None:
        paths = [str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), job, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)},
        )
        self._failsafe = threading.Timer(FAILSAFE_SECONDS, self.process.kill)
        self._failsafe.start()

    def wait_for(self, marker: str) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != marker:
            self.process.kill()
            _, errors = self.process.communicate()
            pytest.fail(f"expected {marker!r} from the child, got {line!r}; its errors:\n{errors}")

    def go_on(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.kill()
        self.process.communicate()
        self._failsafe.cancel()
        assert self.process.returncode == (-signal.SIGKILL if os.name == "posix" else 1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()
        self._failsafe.cancel()


@pytest.fixture
def child() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for one in started:
        one.stop()


def start(children: list[Child], job: str, path: Path) -> Child:
    one = Child(job, path)
    children.append(one)
    return one


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def dump_of(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def planned_by_hand(path: Path) -> None:
    with f.event_file(path, f.delegation_day()) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, crash_child.COMMITTED, crash_child.COMMITTED_RUN)


def assert_intact_with_committed_meetings(path: Path) -> None:
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    with EventFile.open(path) as event_file:
        event = event_file.load()
    assert event.meetings == crash_child.COMMITTED
    assert event.last_run == crash_child.COMMITTED_RUN
    assert event.organisations == f.delegation_day().organisations


def test_a_kill_in_the_middle_of_a_write_keeps_what_was_committed(tmp_path: Path, child: list[Child]) -> None:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    writer = start(child, "write", path)
    writer.wait_for("committed")
    committed_wal = wal_size(path)
    writer.go_on()
    writer.wait_for("writing")
    # The uncommitted rows are on disk, not only in memory, when the kill comes.
    assert wal_size(path) > committed_wal + 1_000_000
    writer.kill()
    assert_intact_with_committed_meetings(path)
    assert query(path, "SELECT count(*) FROM solver_run") == [(1,)]


def test_a_kill_during_a_solve_keeps_the_meetings_saved(tmp_path: Path, child: list[Child]) -> None:
    path = tmp_path / "day.meetgrid"
    planned_by_hand(path)
    solver = start(child, "solve", path)
    solver.wait_for("solving")
    solver.kill()
    assert_intact_with_committed_meetings(path)


def test_a_kill_while_saving_a_plan_keeps_the_meetings_and_a_copy(tmp_path: Path, child: list[Child]) -> None:
    path = tmp_path / "day.meetgrid"
    planned_by_hand(path)
    solver = start(child, "save", path)
    solver.wait_for("saving")
    solver.kill()
    assert_intact_with_committed_meetings(path)
    (copy,) = backups_of(path)
    assert copy.name.endswith(" before planning.meetgrid")
    assert_intact_with_committed_meetings(copy)


def test_a_kill_during_an_export_keeps_the_event(tmp_path: Path, child: list[Child]) -> None:
    path = tmp_path / "day.meetgrid"
    planned_by_hand(path)
    exporter = start(child, "export", path)
    exporter.wait_for("exporting")
    exporter.kill()
    out = tmp_path / "out"
    assert not (out / "schedule.json").exists(), "an export is put in place whole, or not at all"
    assert not list((out / "agendas").glob("*.pdf"))
    assert_intact_with_committed_meetings(path)
    left = sorted(p.name for p in out.rglob(".*.tmp"))
    assert len(left) == 5, left
    crash_child.finished_export(path)
    assert not list(out.rglob(".*.tmp")), "the next export removes what the killed one left"
    assert len(list((out / "agendas").glob("*.pdf"))) == 7


def test_a_kill_while_creating_leaves_no_half_event_and_the_next_try_works(
    tmp_path: Path, child: list[Child]
) -> None:
    path = tmp_path / "day.meetgrid"
    creator = start(child, "create", path)
    creator.wait_for("creating")
    creator.kill()
    assert not path.exists()
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers and all(name.startswith(".day.meetgrid.") for name in leftovers)
    with f.event_file(path, f.delegation_day()) as event_file:
        assert len(event_file.load().organisations) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.meetgrid"]


def test_a_kill_during_a_reimport_keeps_the_event_and_a_copy(tmp_path: Path, child: list[Child]) -> None:
    path = tmp_path / "day.meetgrid"
    planned_by_hand(path)
    importer = start(child, "reimport", path)
    importer.wait_for("importing")
    importer.kill()
    assert_intact_with_committed_meetings(path)
    (copy,) = backups_of(path)
    assert copy.name.endswith(" before import.meetgrid")
    assert_intact_with_committed_meetings(copy)


def test_a_kill_during_an_upgrade_leaves_the_old_file_to_upgrade_again(
    tmp_path: Path, child: list[Child]
) -> None:
    path = tmp_path / "day.meetgrid"
    shutil.copyfile(FIRST_RELEASE, path)
    before = dump_of(path)
    upgrader = start(child, "upgrade", path)
    upgrader.wait_for("upgrading")
    upgrader.kill()
    assert dump_of(path) == before
    assert query(path, "PRAGMA user_version") == [(1,)]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    (copy,) = backups_of(path)
    assert dump_of(copy) == before
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == 3
    assert query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
