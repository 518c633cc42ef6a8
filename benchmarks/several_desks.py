"""Three desks on one event on a PostgreSQL server at once: check-ins and meeting changes. Prints a table.

    .venv/bin/python benchmarks/several_desks.py [--organisations N] [--desks N] [--moves N]
        [--time-limit S] [--busy]

The event: the 1,000-organisation event of paper.py (1,500 people), planned in ``--time-limit`` seconds,
stored in a file and shared to a PostgreSQL server started for the run (as the tests start one,
``tests/postgres.py``). Then ``--desks`` processes at once, each with its own connection: every person is
checked in by one of them (each desk keeps its snapshot of the event, as the window's Check-in page does),
and ``--moves`` meetings in all are moved to a free place (each move an edit of the window's Timetable
page: checked against the desk's snapshot, only the moved meeting written, refused when another desk
changed it or filled the place first). At the end: how long it took, whether every
check-in and every move is on the server, and whether the timetable still keeps every rule.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from paper import busy, stored_large_event
from postgres import fresh_database, running_server

from app.domain import Event
from app.errors import ConflictError
from app.services import edits, event_day, reports
from app.services.event_files import open_event, share_event

OPENING = datetime(2026, 10, 6, 8, 30)


def _free_places(event: Event) -> list[tuple[int, int]]:
    taken = {(m.slot_id, m.table_id) for m in event.meetings}
    return [(s.id, t.id) for s in event.slots for t in event.tables if (s.id, t.id) not in taken]


def desk(url: str, number: int, desks: int, moves: int, results: multiprocessing.Queue[object]) -> None:
    """One desk: its share of the check-ins with a snapshot, then its share of the moves. A move refused
    because another desk changed the event first is made again on the event as it now is, as an organiser
    would; a meeting with no free place it could go to is left for another."""
    started = time.monotonic()
    checked: list[int] = []
    moved: dict[int, tuple[int, int]] = {}
    made = refused = conflicts = 0
    with open_event(url) as event_file:
        event = event_file.load()
        mine = [p.id for p in event.participants if p.id % desks == number]
        for i, person in enumerate(mine):
            event = event_day.check_in(event_file, person, OPENING + timedelta(seconds=i), event)
            checked.append(person)
        rng = random.Random(number)
        while made < moves and made + refused + conflicts < 3 * moves:
            # The desk's own snapshot, as the window keeps it; the meetings of this desk only.
            meeting = rng.choice([m for m in event.meetings if m.id % desks == number and not m.locked])
            free = _free_places(event)
            # A free place where the move breaks no rule (the window's live check), else the next one.
            for slot_id, table_id in rng.sample(free, k=min(40, len(free))):
                after = edits.moved(event, meeting.id, slot_id, table_id)
                if edits.new_problems(event, after):
                    continue
                try:
                    event = edits.change_meetings(event_file, after, before=event)
                    moved[meeting.id] = (slot_id, table_id)
                    made += 1
                except ConflictError:
                    conflicts += 1
                    # What the other desks changed, read as the window reads it (the changed parts only).
                    found = event_file.refresh(event)
                    if found is not None:
                        event, event_file.known_changes = found
                break
            else:
                refused += 1
    results.put((number, time.monotonic() - started, checked, made, moved, refused, conflicts))


def reading_other_desks(url: str) -> None:
    """How long a desk takes to show another desk's check-in and move: the changed parts read, against
    the event read whole."""
    with open_event(url) as one, open_event(url) as two:
        started = time.monotonic()
        shown = two.load()
        whole = time.monotonic() - started
        seen = one.load()
        person = seen.participants[0].id
        seen = event_day.check_in(one, person, OPENING + timedelta(hours=1), seen)
        started = time.monotonic()
        found = two.refresh(shown)
        check_in = time.monotonic() - started
        assert found is not None and found[0].attendance_of(person).arrived_at == OPENING + timedelta(hours=1)
        shown, two.known_changes = found
        meeting = next(m for m in seen.meetings if not m.locked)
        slot_id, table_id = _free_places(seen)[0]
        edits.change_meetings(one, edits.moved(seen, meeting.id, slot_id, table_id), before=seen)
        started = time.monotonic()
        found = two.refresh(shown)
        move = time.monotonic() - started
        assert found is not None
    print(
        f"another desk's change shown: a check-in read in {check_in * 1000:.0f} ms, a move in "
        f"{move * 1000:.0f} ms (the event read whole: {whole * 1000:.0f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--moves", type=int, default=300, help="meeting moves in all")
    parser.add_argument("--time-limit", type=float, default=20)
    parser.add_argument("--busy", action="store_true", help="another process burns one core meanwhile")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("another process burns one core while the desks work" if args.busy else "otherwise quiet")
    with tempfile.TemporaryDirectory() as scratch, running_server() as server:
        path = Path(scratch) / "large.meetgrid"
        planned_at = time.monotonic()
        event, _ = stored_large_event(path, args.organisations, args.time_limit)
        print(
            f"event: {len(event.organisations)} organisations, {len(event.participants)} people, "
            f"{len(event.meetings)} meetings (planned and stored in {time.monotonic() - planned_at:.1f} s)"
        )
        database = fresh_database(server)
        shared_at = time.monotonic()
        where = share_event(path, database + "?event=brokerage")
        print(f"shared to the server in {time.monotonic() - shared_at:.2f} s")
        url = str(where)
        context = multiprocessing.get_context("spawn")
        results: multiprocessing.Queue[object] = context.Queue()
        per_desk = args.moves // args.desks
        workers = [
            context.Process(target=desk, args=(url, n, args.desks, per_desk, results))
            for n in range(args.desks)
        ]
        with busy(args.busy):
            started = time.monotonic()
            for worker in workers:
                worker.start()
            done = [results.get() for _ in workers]
            for worker in workers:
                worker.join()
            elapsed = time.monotonic() - started
        with open_event(url) as event_file:
            final = event_file.load()
            problems = reports.timetable_problems(final)
        header = ("desk", "seconds", "check-ins", "moves", "no free place", "refused, redone")
        print("{:>4} {:>8} {:>10} {:>6} {:>14} {:>8}".format(*header))
        checked_all: list[int] = []
        moved_all: dict[int, tuple[int, int]] = {}
        made_all = 0
        for number, seconds, checked, made, moved, refused, conflicts in sorted(done):  # type: ignore[misc]
            row = (number + 1, f"{seconds:.1f}", len(checked), made, refused, conflicts)
            print("{:>4} {:>8} {:>10} {:>6} {:>14} {:>8}".format(*row))
            checked_all += checked
            moved_all.update(moved)
            made_all += made
        arrived = {a.participant_id for a in final.attendance if a.arrived_at is not None}
        place = {m.id: (m.slot_id, m.table_id) for m in final.meetings}
        kept = sum(1 for mid, where_to in moved_all.items() if place.get(mid) == where_to)
        print(f"all desks: {elapsed:.1f} s")
        print(f"check-ins on the server: {len(arrived & set(checked_all))} of {len(checked_all)}")
        print(
            f"moves made: {made_all}; the meetings moved are where their last move put them: {kept} of "
            f"{len(moved_all)}"
        )
        print(f"timetable problems: {len(problems)}" + (f" (first: {problems[0]})" if problems else ""))
        reading_other_desks(url)


if __name__ == "__main__":
    main()
