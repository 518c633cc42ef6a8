"""Times every document of the paper on a large event: badges, agendas, signs, run sheets, the grid,
calendar files, and the whole export. Prints a table.

    .venv/bin/python benchmarks/paper.py [--organisations N] [--time-limit S] [--busy] [--keep FOLDER]

The event: the 1,000-organisation brokerage event of generated_events.py (1,500 people, 6,000 requests,
150 tables, two days), with a third of its people registered in Chinese and Latin letters, groups
(Delegation / Host), three interpreters, and a timetable planned in ``--time-limit`` seconds, stored in an
event file (which gives every person a check-in code). ``--busy`` runs a second process that burns one core
while measuring, as an organiser's laptop busy with other work would. Targets (issue 13): every badge in
≤ 10 s, every document of the export in ≤ 60 s, on a 2-core laptop.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain import Event, Interpreter, Registrations
from app.scheduler import SolveOptions, SolveResult
from app.services import exporting, planning, printing
from app.storage import EventFile

sys.path.insert(0, str(Path(__file__).parent))
from generated_events import brokerage

SURNAMES = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Zhao", "赵")]
GIVEN = [("Haitao", "海涛"), ("Jing", "静"), ("Wei", "伟"), ("Xiaoming", "晓明"), ("Hong", "红")]


def large_event(organisations: int) -> Event:
    """The brokerage event with names, groups and interpreters as a delegation day has them."""
    rng = random.Random(13)
    event = brokerage(organisations=organisations, requests=6 * organisations)
    orgs = tuple(
        dataclasses.replace(o, group="Delegation" if o.id % 3 == 0 else "Host") for o in event.organisations
    )
    people = []
    for person in event.participants:
        if person.organisation_id % 3 == 0:
            (surname, family), (given, own) = rng.choice(SURNAMES), rng.choice(GIVEN)
            person = dataclasses.replace(person, name=f"{family}{own} {surname} {given}")
        people.append(person)
    interpreters = (
        Interpreter(1, "刘梅 Liu Mei", ("Chinese", "English")),
        Interpreter(2, "Kari Nilsen", ("Norwegian", "Chinese")),
        Interpreter(3, "Ana García", ("Spanish", "Chinese", "English")),
    )
    return dataclasses.replace(
        event, organisations=orgs, participants=tuple(people), interpreters=interpreters
    )


def stored_large_event(path: Path, organisations: int, time_limit: float) -> tuple[Event, SolveResult]:
    """``large_event`` stored at ``path`` (which gives everyone a check-in code) and planned."""
    generated = large_event(organisations)
    registrations = Registrations(
        generated.organisations,
        generated.participants,
        generated.requests,
        interpreters=generated.interpreters,
    )
    with EventFile.create(path, generated.settings, registrations, replace=True) as event_file:
        return planning.solve_event(event_file, SolveOptions(time_limit=time_limit))


def _burn() -> None:
    while True:
        pass


@contextmanager
def busy(on: bool) -> Iterator[None]:
    """With ``on``, a second process burns one core for as long as the block runs."""
    if not on:
        yield
        return
    burner = multiprocessing.get_context("spawn").Process(target=_burn, daemon=True)
    burner.start()
    try:
        yield
    finally:
        burner.terminate()
        burner.join()


def timed(what: str, rows: list[tuple[str, float, str]], action: object) -> object:
    started = time.perf_counter()
    result = action() if callable(action) else None
    rows.append((what, time.perf_counter() - started, ""))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--time-limit", type=float, default=10)
    parser.add_argument("--busy", action="store_true", help="burn one core in a second process meanwhile")
    parser.add_argument("--keep", type=Path, help="write the documents into this folder and keep them")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="meetgrid-paper-"))
    folder.mkdir(parents=True, exist_ok=True)
    event, result = stored_large_event(folder / "large.meetgrid", args.organisations, args.time_limit)
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{'one core busy' if args.busy else 'no other load'}"
    )
    print(
        f"event: {len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.interpreters)} interpreters, {len(event.tables)} tables, {len(event.slots)} slots, "
        f"{len(event.meetings)} meetings ({result.status})"
    )
    rows: list[tuple[str, float, str]] = []
    with busy(args.busy):
        for kind in printing.document_kinds():
            target = folder / kind.filename
            timed(
                f"{kind.name} ({kind.filename})",
                rows,
                lambda k=kind, t=target: printing.print_document(event, k.name, t),
            )
        timed("whole export (run/export)", rows, lambda: exporting.export_event(event, folder / "export"))
        export = folder / "export"
        files = [p for p in export.rglob("*") if p.is_file()]
        rows.append((f"  files: {len(files)}, {sum(p.stat().st_size for p in files) / 1e6:.0f} MB", 0.0, ""))
    print()
    print(f"| {'document':38} | {'seconds':>8} | {'size':>9} |")
    print(f"|{'-' * 40}|{'-' * 10}|{'-' * 11}|")
    for what, seconds, _ in rows:
        name = what.split("(")[-1].rstrip(")") if "(" in what else ""
        size = (folder / name).stat().st_size if name and (folder / name).is_file() else 0
        shown = f"{size / 1e6:.1f} MB" if size else ""
        print(f"| {what:38} | {seconds:8.2f} | {shown:>9} |")
    if not args.keep:
        print(f"\n(documents written into {folder}; pass --keep FOLDER to keep them)")


if __name__ == "__main__":
    main()
