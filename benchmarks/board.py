"""Times the board on a large event: what it shows (``board_at``) and one tick of the window with its
painting at 1920×1080 (rounds kept between ticks, as the window does), at every minute of the day. Prints
a table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/board.py

The event: the 1,000-organisation brokerage event of ``generated_events`` over two days with 150 tables,
every table taken in every round (4,800 meetings; who meets whom is drawn at random, the board does not
care). The board ticks once a second: a tick well under 100 ms leaves the countdown smooth.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import random
import statistics
import time
from datetime import datetime, timedelta

from generated_events import brokerage

from app.domain import Event, Meeting
from app.services.board import Rounds, board_at
from app.ui.app import application
from app.ui.board.window import BoardWindow


def full_event() -> Event:
    event = brokerage()
    rng = random.Random(1)
    ids = [o.id for o in event.organisations]
    meetings = []
    for slot in event.slots:
        chosen = rng.sample(ids, 2 * len(event.tables))
        for number, table in enumerate(event.tables):
            meetings.append(
                Meeting(len(meetings) + 1, slot.id, table.id, (chosen[2 * number], chosen[2 * number + 1]))
            )
    return dataclasses.replace(event, meetings=tuple(meetings))


class _Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def main() -> None:
    event = full_event()
    first = min(s.start for s in event.slots).replace(hour=8, minute=30)
    moments = [first + timedelta(minutes=m) for m in range(9 * 60)]
    states, warm = [], []
    rounds = Rounds(event)
    for moment in moments:
        started = time.perf_counter()
        board_at(event, moment)
        states.append(time.perf_counter() - started)
        started = time.perf_counter()
        board_at(event, moment, rounds)
        warm.append(time.perf_counter() - started)
    app = application()
    board = BoardWindow(event, clock=_Clock(moments[0]))
    board.resize(1920, 1080)
    board.show()
    app.processEvents()
    ticks = []
    for moment in moments:
        board.clock = _Clock(moment)
        started = time.perf_counter()
        board.tick()
        board.repaint()
        ticks.append(time.perf_counter() - started)
    board.close()
    sizes = f"{len(event.organisations)} organisations, {len(event.meetings)} meetings"
    print(f"{sizes}, {len(event.tables)} tables")
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'':28}{'median ms':>10}{'max ms':>10}")
    rows = (
        ("board_at, rounds afresh", states),
        ("board_at, rounds kept", warm),
        ("tick and paint, 1920×1080", ticks),
    )
    for name, times in rows:
        print(f"{name:28}{statistics.median(times) * 1000:10.1f}{max(times) * 1000:10.1f}")


if __name__ == "__main__":
    main()
