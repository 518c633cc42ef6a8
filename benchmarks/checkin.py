"""Times the check-in desk on the large event: finding a person and marking them arrived, through the
service and through the Check-in page of the window (from the key press to the repainted page). Prints a
table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/checkin.py [--organisations N] [--time-limit S]
        [--people N] [--busy] [--screenshot FILE.png]

The event: the 1,000-organisation event of paper.py (1,500 people, a third with names in Chinese and Latin
letters, check-in codes), planned in ``--time-limit`` seconds and stored in an event file. The target
(issue 14): found and marked arrived with the time in under 100 ms on a 1,500-person event; a search in
well under 10 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).parent))
from paper import busy, stored_large_event

from app.domain import Event
from app.services import event_day
from app.storage import EventFile
from app.ui.app import application
from app.ui.checkin.page import CheckInPage
from app.ui.main_window import MainWindow

Row = tuple[str, list[float]]


def measure(what: str, rows: list[Row], samples: list[Callable[[], object]]) -> None:
    times = []
    for sample in samples:
        started = time.perf_counter()
        sample()
        times.append(time.perf_counter() - started)
    rows.append((what, times))


def name_prefix(event: Event, person_id: int) -> str:
    """What a desk types for a name: the first letters of two words ('wang hai'), or of the one word."""
    latin, local = event.participant_by_id[person_id].names
    words = latin.split() or [local]
    return " ".join(word[:3] for word in words[:2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--time-limit", type=float, default=10)
    parser.add_argument("--people", type=int, default=100, help="check-ins to time each way")
    parser.add_argument("--busy", action="store_true", help="burn one core in a second process meanwhile")
    parser.add_argument("--screenshot", type=Path, help="save the Check-in page after the check-ins")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="meetgrid-checkin-"))
    path = folder / "large.meetgrid"
    event, result = stored_large_event(path, args.organisations, args.time_limit)
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}; {'one core busy' if args.busy else 'no other load'}"
    )
    print(
        f"event: {len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.meetings)} meetings ({result.status})"
    )
    rng = random.Random(14)
    chosen = rng.sample([p.id for p in event.participants], 3 * args.people)
    by_service, by_name, by_page = (
        chosen[: args.people],
        chosen[args.people : 2 * args.people],
        chosen[2 * args.people :],
    )
    first_slot = min(s.start for s in event.slots)
    at = first_slot - timedelta(minutes=30)
    rows: list[Row] = []
    with busy(args.busy), EventFile.open(path) as event_file:
        event = event_file.load()
        measure("build the search index (once per registrations)", rows, [lambda: event_day._Index(event)])
        codes = [event.participant_by_id[pid].code.lower() for pid in by_service]
        measure("find by code", rows, [lambda c=c: event_day.find_people(event, c) for c in codes])
        names = [name_prefix(event, pid) for pid in by_name]
        measure(
            "find by name prefix ('wan hai')",
            rows,
            [lambda n=n: event_day.find_people(event, n) for n in names],
        )
        state = {"event": event}

        def service_check_in(code: str) -> None:
            person = event_day.find_people(state["event"], code)[0]
            state["event"] = event_day.check_in(event_file, person.id, at, state["event"])
            event_day.next_meeting(state["event"], person.id, at)

        measure(
            "find + check in + next meeting (service)", rows, [lambda c=c: service_check_in(c) for c in codes]
        )
        measure(
            "attendance counts (all organisations)",
            rows,
            [lambda: event_day.attendance_counts(state["event"], at)] * 20,
        )
        measure(
            "check in, reading the event back (for comparison)",
            rows,
            [lambda p=p: event_day.check_in(event_file, p, at) for p in by_name[:5]],
        )

    app = application()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_event(path)
    window.show_page("checkin")
    page = window.page("checkin")
    assert isinstance(page, CheckInPage)
    page.now = lambda: datetime.combine(at.date(), at.time())
    app.processEvents()

    def page_check_in(code: str) -> None:
        QTest.keyClicks(page.search, code)
        QTest.keyClick(page.search, Qt.Key.Key_Return)
        window.repaint()  # paints now, as the screen would show it

    with busy(args.busy):
        page_codes = [window.session.current.participant_by_id[pid].code for pid in by_page]  # type: ignore[union-attr]
        measure(
            "scan + Enter to repainted page (window)",
            rows,
            [lambda c=c: page_check_in(c) for c in page_codes],
        )
        measure(
            "Undo button to repainted page (window)",
            rows,
            [lambda: (page.undo_button.click(), window.repaint())],
        )
    if args.screenshot is not None:
        page.grab().save(str(args.screenshot))
    window.close()

    print()
    print(f"| {'what':52} | {'n':>4} | {'median ms':>9} | {'max ms':>8} |")
    print(f"|{'-' * 54}|{'-' * 6}|{'-' * 11}|{'-' * 10}|")
    for what, times in rows:
        median, most = statistics.median(times) * 1000, max(times) * 1000
        print(f"| {what:52} | {len(times):4} | {median:9.2f} | {most:8.2f} |")


if __name__ == "__main__":
    main()
