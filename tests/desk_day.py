"""The delegation day as the check-in desk meets it: names in two scripts, a planned timetable, codes."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import factories as f

from app.domain import Event, Interpreter, Meeting
from app.services import edits
from app.storage import EventFile

OPENING = datetime(2026, 6, 9, 13, 0)
"""The day's start (13:00 on the factories' day)."""

NAMES = {
    1: "王海涛 Wang Haitao",
    2: "李娜 Li Na",
    3: "王静 Wang Jing",
    5: "Bjørn Økland",
}


def desk_day(path: Path) -> tuple[EventFile, Event]:
    """The delegation day with people 1-3 in Chinese and Latin letters, stored with check-in codes and three
    meetings: 1–4 (people 1, 2, 5) and 2–5 (3, 6) at 13:00, 3–6 (4, 7) at 13:25 at table 1, with
    interpreter 1 on 1–4. The file is open: close it, or use it in a ``with``."""
    day = f.delegation_day()
    people = tuple(dataclasses.replace(p, name=NAMES.get(p.id, p.name)) for p in day.participants)
    day = f.interpreted(
        dataclasses.replace(day, participants=people), Interpreter(1, "刘梅 Liu Mei", ("Chinese", "English"))
    )
    file = f.event_file(path, day)
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 2, 5), interpreter_id=1),
        Meeting(2, 1, 2, (2, 5), (3, 6)),
        Meeting(3, 2, 1, (3, 6), (4, 7)),
    )
    return file, edits.change_meetings(file, meetings)
