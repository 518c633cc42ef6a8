"""A MeetGrid process for test_crash.py to kill: ``python crash_child.py JOB EVENT_FILE``.

It prints a marker line when it is in the middle of its job, then waits on its standard input for the
SIGKILL; should the input end instead, it leaves at once without finishing, as a crash would.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import factories
from sqlalchemy import insert

from app.documents import agenda_pdf
from app.domain import Meeting, Organisation, Participant, Registrations, SolverRun
from app.scheduler import SolveOptions
from app.services import exporting, planning
from app.storage import EventFile, repository
from app.storage.schema import SolverRunRow

COMMITTED = (Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True), Meeting(2, 3, 2, (2, 5), (3, 6)))
COMMITTED_RUN = SolverRun("FEASIBLE", 7.0, 9.0, 1.5, datetime(2026, 6, 9, 12, 0))


def halt(marker: str) -> None:
    """Say where we are, then wait to be killed."""
    print(marker, flush=True)
    sys.stdin.readline()
    os._exit(3)


def halting_after(function: Callable[..., Any], marker: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        function(*args, **kwargs)
        session = args[0]
        session.flush()
        halt(marker)

    return wrapper


def commit_then_write(path: Path) -> None:
    with EventFile.open(path) as event_file:
        with event_file.transaction() as session:
            repository.save_schedule(session, COMMITTED, COMMITTED_RUN)
        print("committed", flush=True)
        sys.stdin.readline()
        with event_file.transaction() as session:
            repository.save_schedule(session, (), None)
            # Far more than SQLite's page cache holds, so uncommitted pages reach the WAL file on disk.
            rows = [
                {"status": "UNKNOWN", "seconds": float(i), "finished_at": datetime(2026, 6, 9)}
                for i in range(200_000)
            ]
            session.execute(insert(SolverRunRow), rows)
            session.flush()
            halt("writing")


def solve(path: Path) -> None:
    with EventFile.open(path) as event_file:
        planning.solve_event(
            event_file, SolveOptions(time_limit=60, workers=1), lambda _progress: halt("solving")
        )


def save_solved(path: Path) -> None:
    repository.save_schedule = halting_after(repository.save_schedule, "saving")
    with EventFile.open(path) as event_file:
        planning.solve_event(event_file, SolveOptions(time_limit=60, workers=1))


def export(path: Path) -> None:
    write_agenda = agenda_pdf.write_agenda

    def halting_agenda(event: Any, org_id: int, target: Path) -> Path:
        written = write_agenda(event, org_id, target)
        if org_id == event.organisations[2].id:
            halt("exporting")
        return written

    agenda_pdf.write_agenda = halting_agenda  # the export calls the writer by its name in the module
    with EventFile.open(path) as event_file:
        event = event_file.load()
    exporting.export_event(event, path.parent / "out")


def finished_export(path: Path) -> None:
    """The same export again, not killed (the test calls it in its own process)."""
    with EventFile.open(path) as event_file:
        event = event_file.load()
    exporting.export_event(event, path.parent / "out")


def create(path: Path) -> None:
    repository.write_registrations = halting_after(repository.write_registrations, "creating")
    day = factories.delegation_day()
    EventFile.create(path, day.settings, Registrations(day.organisations, day.participants, day.requests))


def reimport(path: Path) -> None:
    repository.write_registrations = halting_after(repository.write_registrations, "importing")
    with EventFile.open(path) as event_file:
        settings = event_file.load().settings
    newcomers = Registrations((Organisation(1, "Newcomer AS"),), (Participant(1, 1, "Kari"),), ())
    EventFile.create(path, settings, newcomers, replace=True)


class _HaltOnUpgrade(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if "upgraded to file format" in record.getMessage():
            halt("upgrading")


def upgrade(path: Path) -> None:
    logger = logging.getLogger("app.storage.event_file")
    logger.setLevel(logging.INFO)
    logger.addHandler(_HaltOnUpgrade())
    EventFile.open(path)


JOBS = {
    "write": commit_then_write,
    "solve": solve,
    "save": save_solved,
    "export": export,
    "create": create,
    "reimport": reimport,
    "upgrade": upgrade,
}

if __name__ == "__main__":
    job, event_path = sys.argv[1], Path(sys.argv[2])
    JOBS[job](event_path)
    print("finished", flush=True)
