"""What the Requests page's tests share: the delegation day (planned or not), an event with interests, the
event as stored, the page opened in the window, and a table's rows as text."""

from __future__ import annotations

from pathlib import Path

import factories as f
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting, MeetingRequest, Organisation
from app.services import edits
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.models.requests import RequestsModel
from app.ui.requests.page import RequestsPage

# The delegation day (two tables) with 1–4 and 2–5 at 13:00, 3–6 and 2–7 at 13:25: 1's wish to meet 5 is
# not met.
TIMETABLE = (
    Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
    Meeting(2, 1, 2, (2, 5), (3, 6)),
    Meeting(3, 2, 1, (3, 6), (4, 7)),
    Meeting(4, 2, 2, (2, 7), (3, 8)),
)


def delegation_event(tmp_path: Path, *, planned: bool = False) -> Path:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        if planned:
            edits.change_meetings(event_file, TIMETABLE)
    return path


def interests_event(tmp_path: Path) -> Path:
    """Four organisations: 1 shares ports with 2 and hydrogen with 3; 4 shares nothing."""
    orgs = (
        Organisation(1, "Sørvest Havn AS", interests=("ports", "hydrogen")),
        Organisation(2, "Haugaland Logistikk AS", interests=("Ports",)),
        Organisation(3, "Hafrsfjord Hydrogen AS", interests=("green hydrogen",)),
        Organisation(4, "Sandnes Bru og Tunnel AS", interests=("tunnels",)),
    )
    path = tmp_path / "interests.meetgrid"
    f.event_file(path, f.event(orgs, wishes=[MeetingRequest(4, 1)])).close()
    return path


def stored(path: Path) -> Event:
    with EventFile.open(path) as event_file:
        return event_file.load()


def opened(window: MainWindow, path: Path) -> RequestsPage:
    assert window.open_event(path)
    window.show_page("requests")
    page = window.requests_page
    assert window.current_page() == "requests" and not page.is_empty()
    return page


def refreshed(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the queued refresh after an edit, undo or redo to reach the page."""
    qtbot.waitUntil(lambda: window.requests_page.shown_event() is window.session.current)


def rows(model: RequestsModel) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
