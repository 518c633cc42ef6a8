"""The post-event report and the feedback workbook on the 1,000-organisation brokerage event.

    PYTHONPATH=. .venv/bin/python benchmarks/outcomes_report.py [--out DIR]

The generated event (``generated_events.brokerage``) is given groups, countries and interests, a timetable
placed greedily from its requests (no solver: the report only counts meetings), attendance and outcomes drawn
with a fixed seed. Prints the time to work out the figures, write report.pdf and report.xlsx, write the blank
feedback workbook and read it back filled in.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import tempfile
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.documents.feedback_xlsx import write_feedback_xlsx
from app.documents.report_figures import report_figures
from app.documents.report_pdf import write_report_pdf
from app.documents.report_xlsx import write_report_xlsx
from app.domain import Attendance, Event, Meeting, MeetingResult, Outcome
from app.reading.feedback import read_feedback
from benchmarks.generated_events import brokerage

GROUPS = ("Buyer", "Supplier", "Investor", "Research", "Public body")
COUNTRIES = ("Norway", "Spain", "China", "Germany", "Sweden", "Denmark", "France", "Poland", "Chile", "Kenya")
INTERESTS = ("energy", "ports", "aquaculture", "software", "offshore wind", "hydrogen", "tourism", "textiles")


def day_event(seed: int = 1) -> Event:
    """The brokerage event with a greedy timetable, attendance and outcomes."""
    rng = random.Random(seed)
    event = brokerage(seed)
    orgs = tuple(
        dataclasses.replace(
            o,
            group=rng.choice(GROUPS),
            country=rng.choice(COUNTRIES),
            interests=tuple(rng.sample(INTERESTS, rng.randint(1, 3))),
            walk_in=rng.random() < 0.02,
        )
        for o in event.organisations
    )
    busy: dict[int, set[int]] = defaultdict(set)
    tables_used: dict[int, int] = defaultdict(int)
    meetings: list[Meeting] = []
    placed: set[tuple[int, int]] = set()
    for request in event.requests:
        pair = tuple(sorted((request.requester_id, request.requested_id)))
        if pair in placed:
            continue
        for slot in event.slots:
            taken = slot.id in busy[pair[0]] or slot.id in busy[pair[1]]
            if taken or tables_used[slot.id] >= len(event.tables):
                continue
            tables_used[slot.id] += 1
            busy[pair[0]].add(slot.id)
            busy[pair[1]].add(slot.id)
            meetings.append(Meeting(len(meetings) + 1, slot.id, tables_used[slot.id], (pair[0], pair[1])))
            placed.add((pair[0], pair[1]))
            break
    start = event.slots[0].start - timedelta(minutes=30)
    attendance = tuple(
        Attendance(p.id, arrived_at=start) if rng.random() < 0.9 else Attendance(p.id, absent_from=start)
        for p in event.participants
        if rng.random() < 0.95
    )
    outcomes = []
    for meeting in meetings:
        draw = rng.random()
        if draw < 0.15:
            continue
        held = draw < 0.85
        outcomes.append(
            Outcome(
                meeting.organisation_ids,
                MeetingResult.HELD if held else MeetingResult.NOT_HELD,
                follow_up=held and rng.random() < 0.4,
                rating=rng.choice((2, 3, 3, 4, 4, 4, 5, 5)) if held and rng.random() < 0.7 else None,
            )
        )
    return dataclasses.replace(
        event, organisations=orgs, meetings=tuple(meetings), attendance=attendance, outcomes=tuple(outcomes)
    )


def timed(label: str, job: object) -> object:
    began = time.perf_counter()
    result = job()  # type: ignore[operator]
    print(f"| {label:<40} | {time.perf_counter() - began:8.2f} s |")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temporary folder)")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="meetgrid-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    event = day_event()
    print(
        f"{len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.meetings)} meetings, {len(event.outcomes)} outcomes; load {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores"
    )
    print("| step                                     |     time |")
    print("|------------------------------------------|----------|")
    timed("report figures", lambda: report_figures(event))
    timed("report.pdf", lambda: write_report_pdf(event, folder / "report.pdf"))
    timed("report.xlsx", lambda: write_report_xlsx(event, folder / "report.xlsx"))
    feedback = folder / "feedback.xlsx"
    timed("blank feedback.xlsx", lambda: write_feedback_xlsx(event, feedback))
    workbook = load_workbook(feedback)
    sheet = workbook["Feedback"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 7, ("ja", "sí", "no", "yes")[row % 4])
        sheet.cell(row, 10, 1 + row % 5)
    workbook.save(feedback)
    reading = timed("read the filled feedback", lambda: read_feedback(feedback, event))
    print(f"feedback rows read: {len(reading.rows)}, skipped: {len(reading.skipped)}")  # type: ignore[attr-defined]
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
