"""The longest time the window's GUI thread is blocked while an organiser works on the large brokerage event.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_stall.py [--time-limit S] [--busy]
        [--event brokerage|delegation]

A timer in the GUI thread ticks every 5 ms; the longest gap between two ticks, less the 5 ms, is the
longest stall (what an organiser feels as a frozen window). Measured, in the real window, for: opening the
event (1,000 organisations, 6,000 requests, 2 x 16 slots, 150 tables), showing every page, planning it
(progress, chart, saving the timetable), showing every page with the timetable, importing the same
registrations from a workbook into a new event, and the edits an organiser makes by hand (a meeting moved,
swapped, locked; an organisation's and a person's field; a wish added, one removed), each with its undo,
timed from the key press to the view repainted with it. The targets: no stall over 100 ms, every edit shown
within 200 ms. Prints a
table; the figures go into docs/performance.md. ``--trace FILE`` writes the stack of every thread to FILE
whenever the GUI thread is late by more than the target, to find what held it up. ``--busy`` keeps a second
process burning one core meanwhile (an organiser's laptop with something else running). ``--event
delegation`` does all of it on the delegation day (26 organisations) instead, for comparison.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import platform
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from generated_events import brokerage, delegation
from import_speed import write_book
from paper import busy
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from app.domain import Event, Meeting
from app.services import edits
from app.storage import EventFile
from app.ui.app import application
from app.ui.import_wizard import ImportWizard
from app.ui.main_window import MainWindow

TICK_MS = 5
TARGET_MS = 100
EDIT_TARGET_MS = 200
"""From the key press to the edit stored and shown."""


class StallMeter:
    """Records the longest gap between ticks of a GUI-thread timer, phase by phase."""

    def __init__(self, trace: TextIO | None = None) -> None:
        self._trace = trace
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._worst = 0.0
        self._shown_ms: float | None = None
        self.rows: list[tuple[str, float, float, float | None]] = []

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
        self._shown_ms = None
        started = time.perf_counter()
        yield
        settle(100)  # queued refreshes and repaints belong to the phase
        self._tick()
        self._timer.stop()
        if self._trace is not None:
            faulthandler.cancel_dump_traceback_later()
            print(f"--- end of phase: {name}", file=self._trace, flush=True)
        stall_ms = max(0.0, 1000 * self._worst - TICK_MS)
        self.rows.append((name, time.perf_counter() - started, stall_ms, self._shown_ms))

    def shown(self, ms: float) -> None:
        """An edit of this phase was stored and shown ``ms`` after the key press."""
        self._shown_ms = ms


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


EVENTS: dict[str, Callable[[], Event]] = {"brokerage": brokerage, "delegation": delegation}


def event_file(folder: Path, name: str) -> tuple[Path, Event]:
    event = EVENTS[name]()
    path = folder / f"{name}.meetgrid"
    EventFile.create(path, event.settings, edits.registrations_of(event)).close()
    return path, event


def registrations_workbook(folder: Path, event: Event) -> Path:
    """The event's registrations as a MeetGrid template workbook."""
    names = {org.id: org.name for org in event.organisations}
    target = folder / "registrations.xlsx"
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


def timed_edit(meter: StallMeter, name: str, act: Callable[[], object], shown: Callable[[], bool]) -> None:
    """One edit as the organiser makes it (``act``, what the key press or the drop does), timed until
    ``shown`` holds and the window has repainted."""
    with meter.phase(name):
        started = time.perf_counter()
        if act() is False:
            raise SystemExit(f"{name}: refused")
        while not shown():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() - started > 120:
                raise SystemExit(f"{name}: not shown after 120 s")
        for _ in range(2):  # the repaint the change asked for
            QCoreApplication.processEvents()
        meter.shown((time.perf_counter() - started) * 1000)


def timed_edits(window: MainWindow, meter: StallMeter) -> None:
    """Each edit an organiser makes by hand on the planned event, and its undo, on the page it is made on:
    a meeting moved to a free table, swapped with another, locked; an organisation's and a person's field
    changed; a wish added and one removed."""
    session = window.session

    def current() -> Event:
        assert session.current is not None
        return session.current

    def undo(name: str, shown: Callable[[], bool]) -> None:
        timed_edit(meter, f"{name}: undo", window.undo_action.trigger, shown)

    timetable = window.timetable_page
    window.show_page("timetable")
    settle(200)
    event = current()
    model = timetable.timetable_model

    def at(meeting_id: int, slot_id: int, table_id: int) -> bool:
        now = current()
        if model.current_event() is not now:
            return False
        meeting = next((m for m in now.meetings if m.id == meeting_id), None)
        return meeting is not None and (meeting.slot_id, meeting.table_id) == (slot_id, table_id)

    by_slot: dict[int, list[Meeting]] = {}
    for meeting in event.meetings:
        by_slot.setdefault(meeting.slot_id, []).append(meeting)
    slot_id, here = min(
        (item for item in by_slot.items() if len(item[1]) >= 2), key=lambda item: len(item[1])
    )
    taken = {m.table_id for m in here}
    free = next(t.id for t in event.tables if t.id not in taken)
    moving, other = here[0], here[1]
    timed_edit(
        meter,
        "move a meeting to a free table",
        lambda: timetable.move_meeting(moving.id, slot_id, free),
        lambda: at(moving.id, slot_id, free),
    )
    undo("move a meeting", lambda: at(moving.id, slot_id, moving.table_id))
    timed_edit(
        meter,
        "swap two meetings",
        lambda: timetable.move_meeting(moving.id, slot_id, other.table_id),
        lambda: at(moving.id, slot_id, other.table_id) and at(other.id, slot_id, moving.table_id),
    )
    undo("swap two meetings", lambda: at(moving.id, slot_id, moving.table_id))

    def locked(meeting_id: int) -> bool:
        now = current()
        return model.current_event() is now and any(m.id == meeting_id and m.locked for m in now.meetings)

    view = timetable.timetable_view
    view.setFocus()
    view.setCurrentIndex(model.index_of(moving.id))
    timed_edit(meter, "lock a meeting", timetable.toggle_lock, lambda: locked(moving.id))
    undo("lock a meeting", lambda: model.current_event() is current() and not locked(moving.id))

    organisations = window.organisations_page
    window.show_page("organisations")
    settle(200)
    org = event.organisations[0]

    def country_is(text: str) -> bool:
        now = current()
        return organisations.model.current_event() is now and now.organisation_by_id[org.id].country == text

    timed_edit(
        meter,
        "change an organisation's country",
        lambda: organisations.edit_organisation(org.id, "country", "Sweden"),
        lambda: country_is("Sweden"),
    )
    undo("change an organisation's country", lambda: country_is(org.country))
    person = event.participants_by_organisation[org.id][0]

    def title_is(text: str) -> bool:
        now = current()
        return organisations.model.current_event() is now and now.participant_by_id[person.id].title == text

    timed_edit(
        meter,
        "change a person's title",
        lambda: organisations.edit_participant(person.id, "title", "Head of sales"),
        lambda: title_is("Head of sales"),
    )
    undo("change a person's title", lambda: title_is(person.title))

    requests = window.requests_page
    window.show_page("requests")
    settle(200)
    requests.choose(org.id)
    settle(200)
    wished = {r.requested_id for r in event.requests if r.requester_id == org.id}
    new = next(o.id for o in event.organisations if o.id != org.id and o.id not in wished)

    def wishes(requested: int) -> bool:
        now = current()
        return requests.shown_event() is now and any(
            r.requester_id == org.id and r.requested_id == requested for r in now.requests
        )

    timed_edit(meter, "add a wish", lambda: requests.add_wish(new), lambda: wishes(new))
    undo("add a wish", lambda: requests.shown_event() is current() and not wishes(new))
    old = next(r.requested_id for r in event.requests if r.requester_id == org.id)
    timed_edit(
        meter,
        "remove a wish",
        lambda: requests.remove_wish(org.id, old),
        lambda: requests.shown_event() is current() and not wishes(old),
    )
    undo("remove a wish", lambda: wishes(old))


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


def run(
    time_limit: int, trace: TextIO | None = None, name: str = "brokerage"
) -> list[tuple[str, float, float, float | None]]:
    application()
    meter = StallMeter(trace)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path, event = event_file(folder, name)
        workbook = registrations_workbook(folder, event)
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
        timed_edits(window, meter)
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
    parser.add_argument("--event", choices=sorted(EVENTS), default="brokerage", help="the event worked on")
    args = parser.parse_args()
    with busy(args.busy):
        if args.trace:
            with args.trace.open("w") as trace:
                rows = run(args.time_limit, trace, args.event)
        else:
            rows = run(args.time_limit, name=args.event)
    print(f"MeetGrid window, {args.event} event; {platform.python_version()}, {os.cpu_count()} cores", end="")
    print("; another process burns one core" if args.busy else "; otherwise quiet")
    print(f"{'phase':<44} {'took s':>8} {'longest stall ms':>17} {'edit shown ms':>14}")
    for name, seconds, stall, shown in rows:
        flags = [] if stall <= TARGET_MS else ["stall over target"]
        if shown is not None and shown > EDIT_TARGET_MS:
            flags.append("edit slower than target")
        edit = "" if shown is None else f"{shown:.0f}"
        note = "  " + ", ".join(flags) if flags else ""
        print(f"{name:<44} {seconds:>8.2f} {stall:>17.0f} {edit:>14}{note}")
    print(f"{'worst':<44} {'':>8} {max(row[2] for row in rows):>17.0f}", end="")
    print(f" {max((row[3] for row in rows if row[3] is not None), default=0):>14.0f}")


if __name__ == "__main__":
    main()
