"""Times the paper after a change on a large event: every agenda's fingerprint, the agendas changed since
the last export (what the Print page counts), recording a printing, and the change sheet of a re-plan that
cancels, adds and moves meetings all over the day. Prints a table.

    .venv/bin/python benchmarks/reprinting.py [--organisations N] [--time-limit S]

The event: the large event of paper.py (1,000 organisations, 1,500 people, two days), planned in
``--time-limit`` seconds and stored in an event file.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from app.domain import Registrations
from app.domain.changes import Cancelled, Changes, Moved
from app.scheduler import SolveOptions
from app.services import edits, planning, reprinting
from app.storage import EventFile

sys.path.insert(0, str(Path(__file__).parent))
from paper import large_event


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--time-limit", type=float, default=10)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="meetgrid-reprinting-"))
    generated = large_event(args.organisations)
    path = folder / "large.meetgrid"
    registrations = Registrations(
        generated.organisations,
        generated.participants,
        generated.requests,
        interpreters=generated.interpreters,
    )
    rows: list[tuple[str, float]] = []

    def timed(what: str, action: object) -> object:
        started = time.perf_counter()
        result = action() if callable(action) else None
        rows.append((what, time.perf_counter() - started))
        return result

    with EventFile.create(path, generated.settings, registrations, replace=True) as event_file:
        event, result = planning.solve_event(event_file, SolveOptions(time_limit=args.time_limit))
        print(
            f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python "
            f"{platform.python_version()}"
        )
        print(
            f"event: {len(event.organisations)} organisations, {len(event.participants)} people, "
            f"{len(event.slots)} slots, {len(event.meetings)} meetings ({result.status})"
        )
        timed("every agenda's fingerprint", lambda: reprinting.agenda_digests(event))
        timed("record every agenda printed", lambda: reprinting.record_agendas_printed(event_file, event))
        meetings = list(event.meetings)
        gone, moving = meetings[::40], meetings[1::40]
        free = {(s.id, t.id) for s in event.slots for t in event.tables} - {
            (m.slot_id, m.table_id) for m in meetings
        }
        after = []
        for meeting, (slot, table) in zip(moving, sorted(free), strict=False):
            after.append(dataclasses.replace(meeting, slot_id=slot, table_id=table))
        moved_ids = {m.id for m in after}
        changed_event = edits.change_meetings(
            event_file,
            [m for m in meetings if m not in gone and m.id not in moved_ids] + after,
        )
        found = timed(
            "agendas changed (Print page count)",
            lambda: reprinting.changed_agendas(event_file, changed_event),
        )
        rows.append((f"  changed: {len(found)} of {len(event.organisations)}", 0.0))  # type: ignore[arg-type]
        changes = Changes(
            now=event.slots[0].start + timedelta(hours=1),
            cancelled=tuple(Cancelled(m, "a side is absent") for m in gone),
            moved=tuple(Moved(before, now) for before, now in zip(moving, after, strict=False)),
            unchanged=len(meetings) - len(gone) - len(after),
        )
        timed(
            f"change sheet ({len(changes.cancelled)} cancelled, {len(changes.moved)} moved)",
            lambda: reprinting.print_change_sheet(changed_event, changes, folder / "changes.pdf"),
        )
        timed(
            "print the changed agendas",
            lambda: reprinting.print_changed_agendas(event_file, folder / "changed.pdf"),
        )
    print()
    print(f"| {'what':44} | {'seconds':>8} |")
    print(f"|{'-' * 46}|{'-' * 10}|")
    for what, seconds in rows:
        print(f"| {what:44} | {seconds:8.2f} |")


if __name__ == "__main__":
    main()
