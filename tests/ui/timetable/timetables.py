"""What the Timetable page's tests share: the delegation day with coffee and its meetings, the event stored
and read back, the page opened on a file, a day view's rows as text, and a wait for the queued refresh."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import factories as f
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Break, Event, Interpreter, Meeting, build_slots
from app.services import edits
from app.storage import EventFile
from app.ui.models.timetable import (
    AgendaModel,
    InterpreterDayModel,
    TableDayModel,
)
from app.ui.session import EventSession
from app.ui.timetable.page import TimetablePage

COFFEE = Break(time(13, 45), time(14), "Coffee")


# The delegation day on two tables with coffee at 13:45: slots 13:00, 13:25, 14:00 and 14:25.
MEETINGS = (
    Meeting(1, 1, 1, (1, 4), (1, 5)),  # Qingdao – Sørvest
    Meeting(2, 1, 2, (2, 5), (3, 6)),  # Jinan – Nordsjø
    Meeting(3, 2, 1, (3, 6), (4, 7), interpreter_id=1),  # Yantai – Ryfylke, with Liu Mei
    Meeting(4, 2, 2, (2, 7), (3, 8)),  # Jinan – Energía
)


def day(*, cap_qingdao: bool = False) -> Event:
    """Yantai speaks Chinese and Ryfylke Norwegian; with ``cap_qingdao`` Qingdao holds one meeting at most
    and Yantai is kept apart from Sørvest, so unmet requests have two reasons."""
    event = f.delegation_day()
    settings = f.settings(tables=2, breaks=(COFFEE,))
    languages = {3: ("Chinese",), 6: ("Norwegian",)}
    orgs = tuple(
        dataclasses.replace(
            o,
            languages=languages.get(o.id, ()),
            max_meetings=1 if cap_qingdao and o.id == 1 else None,
        )
        for o in event.organisations
    )
    return dataclasses.replace(
        event,
        settings=settings,
        organisations=orgs,
        slots=build_slots(settings),
        apart=((3, 4),) if cap_qingdao else (),
        interpreters=(Interpreter(1, "Liu Mei", ("Chinese", "Norwegian", "English")),),
    )


def stored_event(path: Path, event: Event, meetings: tuple[Meeting, ...] = MEETINGS) -> Path:
    with EventFile.create(path, event.settings, edits.registrations_of(event)) as event_file:
        if meetings:
            edits.change_meetings(event_file, meetings)
    return path


def stored(path: Path) -> Event:
    with EventFile.open(path) as event_file:
        return event_file.load()


class Opened:
    def __init__(self, session: EventSession, page: TimetablePage, path: Path) -> None:
        self.session, self.page, self.path = session, page, path


def open_page(qtbot: QtBot, path: Path) -> Iterator[Opened]:
    session = EventSession()
    session.open(path)
    page = TimetablePage(session)
    qtbot.addWidget(page)
    # As the window does: queued, so a model is reset only after the drop that changed it has returned.
    session.changed.connect(page.set_event, Qt.ConnectionType.QueuedConnection)
    page.resize(1280, 800)
    page.show()
    page.set_event(session.current)
    yield Opened(session, page, path)
    page.shutdown()
    session.close(emit=False)


def rows(model: AgendaModel | TableDayModel | InterpreterDayModel) -> list[list[str]]:
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def settle(qtbot: QtBot) -> None:
    """Let the queued refresh after an edit reach the page."""
    qtbot.wait(50)
