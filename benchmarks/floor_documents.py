"""Time the floor documents (table signs and run sheets, interpreters' run sheets, the master grid) on the
1,000-organisation brokerage event of ``generated_events.py``.

    PYTHONPATH=. .venv/bin/python benchmarks/floor_documents.py [--organisations N]

The timetable is dealt out greedily (wishes by priority, slot by slot), not planned, so that the benchmark
measures the documents only; a quarter of the organisations speak only Chinese and eight interpreters
take what they can of the meetings that need one. Prints a table: document, pages, seconds (wall clock
and processor).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from generated_events import brokerage

from app.documents.catalogue import KINDS, PrintOptions
from app.documents.pdf import register_fonts
from app.domain import Event, Interpreter, Meeting, share_a_language


def with_timetable(event: Event) -> Event:
    """The event with languages, interpreters and a greedily dealt timetable."""
    orgs = tuple(
        dataclasses.replace(o, languages=("Chinese",) if o.id % 4 == 0 else ("English", "Norwegian"))
        for o in event.organisations
    )
    interpreters = tuple(Interpreter(i, f"Interpreter {i}", ("Chinese", "English")) for i in range(1, 9))
    event = dataclasses.replace(event, organisations=orgs, interpreters=interpreters)
    people: dict[int, list[int]] = {}
    for person in event.participants:
        people.setdefault(person.organisation_id, []).append(person.id)
    wishes = sorted(event.requests, key=lambda r: r.priority)
    met: set[tuple[int, int]] = set()
    meetings: list[Meeting] = []
    for slot in event.slots:
        busy: set[int] = set()
        free_interpreters = list(interpreters)
        tables = iter(event.tables)
        for wish in wishes:
            pair = tuple(sorted((wish.requester_id, wish.requested_id)))
            if pair in met or busy & set(pair):
                continue
            table = next(tables, None)
            if table is None:
                break
            a, b = (event.organisation_by_id[o] for o in pair)
            helper = None
            if not share_a_language(a.languages, b.languages) and free_interpreters:
                helper = free_interpreters.pop()
            met.add(pair)  # type: ignore[arg-type]
            busy.update(pair)
            meetings.append(
                Meeting(
                    len(meetings) + 1,
                    slot.id,
                    table.id,
                    (pair[0], pair[1]),
                    tuple(people.get(pair[0], ()) + people.get(pair[1], ())),
                    interpreter_id=helper.id if helper else None,
                )
            )
    return dataclasses.replace(event, meetings=tuple(meetings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    event = with_timetable(brokerage(organisations=args.organisations, requests=6 * args.organisations))
    print(
        f"{len(event.organisations)} organisations, {len(event.tables)} tables, {len(event.slots)} slots, "
        f"{len(event.meetings)} meetings ({time.perf_counter() - started:.1f} s to deal them out); "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    register_fonts()  # once per process, as in the export; not counted against the first document
    print(f"{'document':<12} {'pages':>6} {'seconds':>8} {'cpu s':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name in ("signs", "runsheets", "grid"):
            kind = KINDS[name]
            path = Path(folder) / kind.filename
            started, cpu = time.perf_counter(), time.process_time()
            kind.write(event, path, PrintOptions())
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            pdf = pdfium.PdfDocument(path)
            pages = len(pdf)
            pdf.close()
            print(f"{name:<12} {pages:>6} {seconds:>8.2f} {cpu:>8.2f}")


if __name__ == "__main__":
    main()
