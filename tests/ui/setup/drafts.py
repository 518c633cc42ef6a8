"""What the Event setup page's tests share: the planned delegation day, the event as stored, and a shown
page."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import factories as f
from pytestqt.qtbot import QtBot

from app.domain import Event, Interpreter, Meeting
from app.services import edits
from app.storage import EventFile
from app.ui.session import EventSession
from app.ui.setup.page import SetupPage

MEI_LIN = Interpreter(1, "Mei Lin", ("Chinese", "Norwegian"), time(13), time(15))


def planned_file(tmp_path: Path) -> Path:
    """The delegation day (13:00-15:00, 20 + 5 minutes, two tables) with three meetings and an interpreter:
    1–4 and 2–5 at 13:00, 3–6 at 13:25."""
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        event = edits.change_meetings(
            event_file,
            (
                Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
                Meeting(2, 1, 2, (2, 5), (3, 6)),
                Meeting(3, 2, 1, (3, 6), (4, 7)),
            ),
        )
        registrations = dataclasses.replace(edits.registrations_of(event), interpreters=(MEI_LIN,))
        edits.change_registrations(event_file, registrations)
    return path


def stored(path: Path) -> Event:
    """The event as another program would read it from the file now."""
    with EventFile.open(path) as event_file:
        return event_file.load()


def page_for(qtbot: QtBot, session: EventSession, path: Path | None) -> SetupPage:
    page = SetupPage(session)
    qtbot.addWidget(page)
    if path is not None:
        session.open(path)
    page.set_event(session.current)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page
