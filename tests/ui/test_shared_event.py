"""The window on an event on a PostgreSQL server: opened by its URL, changed there, refused clearly."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import factories as f
import pytest
from dialog_answers import Answers
from pytestqt.qtbot import QtBot

from app.domain import MeetingRequest
from app.domain.wishes import with_requests
from app.errors import EventFileError
from app.services import edits, event_day
from app.storage import EventFile
from app.storage.server import fetch, open_event, parse_event_url, share
from app.ui.main_window import MainWindow


def shared_day(tmp_path: Path, server_url: str, name: str = "day") -> str:
    """The planned delegation day shared to the test server as ``name``; its URL."""
    f.planned_day(tmp_path / "day.meetgrid")[0].close()
    url = f"{server_url}?event={name}"
    share(tmp_path / "day.meetgrid", parse_event_url(url))
    return url


def opened(window: MainWindow, answers: Answers, url: str) -> str:
    """``url`` opened with File ▸ Open shared event."""
    answers.server_url = url
    window.open_shared_action.trigger()
    return url


def test_a_shared_event_opens_from_the_file_menu_and_its_edits_are_stored_on_the_server(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path, server_url: str
) -> None:
    url = shared_day(tmp_path, server_url, "delegation")
    assert "Open &shared event…" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    answers.server_url = url
    window.open_shared_action.trigger()
    assert answers.errors == []
    event = window.session.current
    assert event is not None and len(event.meetings) == 3
    assert window.windowTitle().endswith("— delegation on 127.0.0.1 — MeetGrid")
    assert window.session.edit("Rename", lambda ef: edits.change_organisation(ef, 1, "name", "Weihai Port"))
    back = fetch(parse_event_url(url), tmp_path / "back.meetgrid")
    with EventFile.open(back) as file:
        assert file.load().organisation_by_id[1].name == "Weihai Port"
    assert window.session.undo()
    with EventFile.open(fetch(parse_event_url(url), tmp_path / "undone.meetgrid")) as file:
        assert file.load().organisation_by_id[1].name != "Weihai Port"


def test_an_address_that_is_not_a_server_or_a_server_away_is_a_plain_message(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.server_url = "venue-laptop/b2b"
    window.open_shared_action.trigger()
    assert answers.errors[-1] == (
        "Cannot open the event",
        "A shared event's address starts with postgresql+psycopg:// — venue-laptop/b2b does not.",
    )
    answers.server_url = "postgresql+psycopg://desk@127.0.0.1:9/b2b?event=day"
    window.open_shared_action.trigger()
    title, message = answers.errors[-1]
    assert title == "Cannot open the event" and "cannot be reached" in message
    assert window.session.current is None


def test_a_move_refused_because_another_desk_moved_it_first_shows_their_timetable(
    window: MainWindow, answers: Answers, tmp_path: Path, server_url: str
) -> None:
    url = opened(window, answers, shared_day(tmp_path, server_url))
    # Another desk moves 3–6 to 14:15 at table 2 meanwhile.
    with open_event(parse_event_url(url)) as desk:
        seen = desk.load()
        edits.change_meetings(desk, edits.moved(seen, 3, slot_id=3, table_id=2), before=seen)
    assert not window.timetable_page.move_meeting(3, slot_id=4, table_id=1)
    title, message = answers.errors[-1]
    assert title == "Cannot move a meeting"
    assert "was changed at another desk a moment ago: it is now at" in message
    current = window.session.current
    assert current is not None
    assert {m.id: (m.slot_id, m.table_id) for m in current.meetings}[3] == (3, 2), "their move is shown"
    assert window.timetable_page.move_meeting(3, slot_id=4, table_id=1), "and a move from there is stored"


def test_another_desks_changes_are_shown_within_two_seconds(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path, server_url: str
) -> None:
    url = opened(window, answers, shared_day(tmp_path, server_url))
    # The window's own change is not taken for another desk's.
    assert window.timetable_page.move_meeting(2, slot_id=4, table_id=2)
    with open_event(parse_event_url(url)) as desk:
        seen = desk.load()
        edits.change_meetings(desk, edits.moved(seen, 3, slot_id=3, table_id=2), before=seen)
        edits.change_organisation(desk, 1, "name", "Weihai Port Group", seen=seen.organisation_by_id[1])

    def shown() -> bool:
        current = window.session.current
        assert current is not None
        places = {m.id: (m.slot_id, m.table_id) for m in current.meetings}
        return (
            places[3] == (3, 2)
            and places[2] == (4, 2)
            and current.organisation_by_id[1].name.startswith("Weihai")
        )

    qtbot.waitUntil(shown, timeout=2500)
    assert window.statusBar().currentMessage() == "Another desk's changes are shown."


def test_a_server_that_stops_answering_is_said_on_the_status_line_and_tried_again(
    window: MainWindow,
    answers: Answers,
    qtbot: QtBot,
    tmp_path: Path,
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened(window, answers, shared_day(tmp_path, server_url))
    event_file = window.session.event_file
    assert event_file is not None
    shown = window.session.current

    def unreachable() -> int:
        raise EventFileError("cannot be reached (connection refused)")

    monkeypatch.setattr(event_file, "changes", unreachable)
    qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=2500)
    assert window.session.current is shown, "what it shows is kept"
    monkeypatch.undo()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "The server answers again.", timeout=2500)


def test_a_plan_for_an_event_another_desk_changed_while_it_was_computed_is_not_saved(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path, server_url: str
) -> None:
    url = opened(window, answers, shared_day(tmp_path, server_url))
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        assert window.plan()
        # Another desk adds a wish while the plan is computed (its result reaches the window only later).
        with open_event(parse_event_url(url)) as desk:
            seen = desk.load()
            wished = with_requests(edits.registrations_of(seen), [MeetingRequest(7, 3)])
            edits.change_registrations(desk, wished, seen)
    title, message = answers.errors[-1]
    assert title == "Cannot plan the timetable"
    assert message.startswith(
        "The wishes of Energía Levante S.L. were changed at another desk while this plan was computed. The "
        "plan was not saved"
    )
    current = window.session.current
    assert current is not None and MeetingRequest(7, 3) in current.requests, "their wish is shown"
    assert {m.id for m in current.meetings} == {1, 2, 3}, "the timetable is as it was"
    assert current.last_run is None


def test_another_desks_check_in_is_shown_as_a_change_of_the_day_only(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path, server_url: str
) -> None:
    url = opened(window, answers, shared_day(tmp_path, server_url))
    shown = window.session.current
    assert shown is not None
    whole: list[object] = []
    window.session.changed.connect(whole.append)
    with open_event(parse_event_url(url)) as desk:
        event_day.check_in(desk, 5, datetime(2026, 6, 9, 12, 40), desk.load())

    def arrived() -> bool:
        current = window.session.current
        return current is not None and current.attendance_of(5).arrived_at is not None

    with qtbot.waitSignal(window.session.day_changed, timeout=2500):
        qtbot.waitUntil(arrived, timeout=2500)
    current = window.session.current
    assert current is not None and current.organisations is shown.organisations, "the rest was not read"
    assert whole == [], "the pages were told of the day's record only"
