"""The longest time the window's GUI thread is blocked while an organiser works on the large brokerage event.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_stall.py [--time-limit S] [--busy]

A timer in the GUI thread ticks every 5 ms; the longest gap between two ticks, less the 5 ms, is the
longest stall (what an organiser feels as a frozen window). Measured, in the real window, for: opening the
event (1,000 organisations, 6,000 requests, 2 x 16 slots, 150 tables), showing every page, planning it
(progress, chart, saving the timetable), showing every page with the timetable, importing the same
registrations from a workbook into a new event, and an edit with its undo. The target is 100 ms. Prints a
table; the figures go into docs/performance.md. ``--trace FILE`` writes the stack of every thread to FILE
whenever the GUI thread is late by more than the target, to find what held it up. ``--busy`` keeps a second
process burning one core meanwhile (an organiser's laptop with something else running).
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from generated_events import brokerage
from import_speed import write_book
from paper import busy
from PySide6.QtCore import QEventLoop, QTimer

from app.domain import Event
from app.services import edits
from app.storage import EventFile
from app.ui.app import application
from app.ui.import_wizard import ImportWizard
from app.ui.main_window import MainWindow

TICK_MS = 5
TARGET_MS = 100


class StallMeter:
    """Records the longest gap between ticks of a GUI-thread timer, phase by phase."""

    def __init__(self, trace: TextIO | None = None) -> None:
        self._trace = trace
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._worst = 0.0
        self.rows: list[tuple[str, float, float]] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self._worst = max(self._worst, now - self._last)
        self._last = now
        if self._trace is not None:  # every thread's stack, should the next tick come late
            faulthandler.cancel_dump_traceback_later()
            faulthandler.dump_traceback_later(TARGET_MS / 1000, file=self._trace)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        settle(50)
        self._timer.start()
        self._last = time.perf_counter()
        self._worst = 0.0
        started = time.perf_counter()
        yield
        settle(100)  # queued refreshes and repaints belong to the phase
        self._tick()
        self._timer.stop()
        if self._trace is not None:
            faulthandler.cancel_dump_traceback_later()
            print(f"--- end of phase: {name}", file=self._trace, flush=True)
        stall_ms = max(0.0, 1000 * self._worst - TICK_MS)
        self.rows.append((name, time.perf_counter() - started, stall_ms))


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def brokerage_file(folder: Path) -> tuple[Path, Event]:
    event = brokerage()
    path = folder / "brokerage.meetgrid"
    EventFile.create(path, event.settings, edits.registrations_of(event)).close()
    return path, event


def brokerage_workbook(folder: Path, event: Event) -> Path:
    """The brokerage registrations as a MeetGrid template workbook."""
    names = {org.id: org.name for org in event.organisations}
    target = folder / "brokerage.xlsx"
    write_book(
        target,
        {
            "Organisations": [
                ["Organisation", "Country"],
                *([org.name, "Norway"] for org in event.organisations),
            ],
            "Participants": [
                ["Name", "Organisation"],
                *([p.name, names[p.organisation_id]] for p in event.participants),
            ],
            "Requests": [
                ["Requester", "Requested", "Priority"],
                *([names[r.requester_id], names[r.requested_id], int(r.priority)] for r in event.requests),
            ],
        },
    )
    return target


def every_page(window: MainWindow, meter: StallMeter, when: str) -> None:
    for key in window.page_keys():
        with meter.phase(f"show page '{key}' {when}"):
            window.show_page(key)


def import_workbook(window: MainWindow, meter: StallMeter, workbook: Path, target: Path) -> None:
    """The import wizard, as an organiser goes through it: read the workbook, step through the pages, create
    the new event and open it."""
    wizards: list[ImportWizard] = []

    def show(wizard: ImportWizard) -> bool:
        wizards.append(wizard)
        wizard.show()
        return False

    window.run_import = show  # type: ignore[method-assign]
    window.show_page("import")
    with meter.phase("import: read the workbook"):
        window.new_event_from_workbook(workbook)
        wizard = wizards[0]
        while wizard.is_reading():
            wait_for(wizard.examined, 120_000)
    with meter.phase("import: step to the last page"):
        while wizard.currentId() != wizard.last_page:
            here = wizard.currentId()
            wizard.next()
            settle(50)
            if wizard.currentId() == here:
                raise SystemExit(f"the import wizard stopped on page {here}")
    assert wizard.details_page is not None
    wizard.details_page.target.setText(str(target))
    opened: list[bool] = []
    window.event_opened.connect(lambda: opened.append(True))
    with meter.phase("import: create the event and open it"):
        wizard.accept()
        if not opened:
            wait_for(window.event_opened, 120_000)


def run(time_limit: int, trace: TextIO | None = None) -> list[tuple[str, float, float]]:
    application()
    meter = StallMeter(trace)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path, event = brokerage_file(folder)
        workbook = brokerage_workbook(folder, event)
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        with meter.phase("open the event"):
            window.open_event(path)
        every_page(window, meter, "(not planned)")
        window.plan_page.time_limit.setValue(time_limit)
        window.show_page("plan")
        with meter.phase(f"plan ({time_limit} s limit) and save"):
            window.plan()
            wait_for(window.plan_finished, 1000 * (time_limit + 120))
        every_page(window, meter, "(planned)")
        with meter.phase("edit an organisation, then undo"):
            window.edit_organisation(event.organisations[0].id, "country", "Sweden")
            settle(50)
            window.undo_action.trigger()
        import_workbook(window, meter, workbook, folder / "imported.meetgrid")
        window.close()
    return meter.rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=int, default=30)
    parser.add_argument(
        "--trace", type=Path, metavar="FILE", help="write every stack to FILE at each stall over target"
    )
    parser.add_argument("--busy", action="store_true", help="a second process burns one core meanwhile")
    args = parser.parse_args()
    with busy(args.busy):
        if args.trace:
            with args.trace.open("w") as trace:
                rows = run(args.time_limit, trace)
        else:
            rows = run(args.time_limit)
    print(f"MeetGrid window, brokerage event; {platform.python_version()}, {os.cpu_count()} cores", end="")
    print("; another process burns one core" if args.busy else "; otherwise quiet")
    print(f"{'phase':<44} {'took s':>8} {'longest stall ms':>17}")
    for name, seconds, stall in rows:
        flag = "" if stall <= TARGET_MS else "  over target"
        print(f"{name:<44} {seconds:>8.2f} {stall:>17.0f}{flag}")
    print(f"{'worst':<44} {'':>8} {max(s for _, _, s in rows):>17.0f}")


if __name__ == "__main__":
    main()
