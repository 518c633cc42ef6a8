"""The board window driven by a fake clock: the countdown, the change of round, the chime, the pages of a
round with many tables, a re-plan seen at once, and closing."""

from __future__ import annotations

import dataclasses
import sys
import wave
from datetime import datetime, time, timedelta
from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting, Organisation
from app.services import edits
from app.services.board import Phase
from app.ui.board import chime
from app.ui.board.follow import FileFollower
from app.ui.board.window import PAGE_SECONDS, BoardWindow
from app.ui.main_window import MainWindow


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime.combine(f.DAY, time(hour, minute, second))


def day() -> Event:
    """The delegation day, 13:00-15:00 in rounds of 20 minutes every 25: two meetings in the first round,
    one in the second."""
    event = f.delegation_day()
    meetings = (Meeting(1, 1, 1, (1, 4)), Meeting(2, 1, 2, (2, 5)), Meeting(3, 2, 1, (3, 6)))
    return dataclasses.replace(event, meetings=meetings)


def busy_round(tables: int) -> Event:
    """``tables`` meetings in the first round, one at each table."""
    orgs = tuple(
        Organisation(i, f"Organisation {i}", group="Guest" if i % 2 else "Host")
        for i in range(1, 2 * tables + 1)
    )
    meetings = tuple(Meeting(t, 1, t, (2 * t - 1, 2 * t)) for t in range(1, tables + 1))
    return f.event(orgs, meetings=meetings, event_settings=f.settings(tables=tables))


def board(
    qtbot: QtBot, event: Event | None, clock: FakeClock, size: tuple[int, int] = (1280, 720)
) -> BoardWindow:
    window = BoardWindow(event, clock=clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.tick()
    return window


def test_the_countdown_goes_down_with_the_clock(qtbot: QtBot) -> None:
    clock = FakeClock(at(13, 5))
    shown = board(qtbot, day(), clock)
    assert shown.timer.isActive()
    assert shown.clock_text() == "13:05"
    assert shown.countdown_text() == "15:00"
    for expected in ("14:59", "14:58", "14:57"):
        clock.advance(1)
        shown.tick()
        assert shown.countdown_text() == expected
    assert shown.headline()[1] == "Round 1 of 5 · 13:00–13:20"


def test_the_next_round_switches_at_the_change_of_round(qtbot: QtBot) -> None:
    clock = FakeClock(at(13, 19, 59))
    shown = board(qtbot, day(), clock)
    next_round = shown.shown_round()
    assert next_round is not None and next_round.start == at(13, 25)
    assert [m.table for m in shown.visible_meetings()] == ["Table 1"]
    clock.advance(1)  # 13:20: the first round is over, people change tables
    shown.tick()
    assert shown.state is not None and shown.state.phase is Phase.CHANGEOVER
    assert shown.headline()[0] == "Change tables"
    assert shown.countdown_text() == "05:00"
    clock.moment = at(13, 25)
    shown.tick()
    assert shown.state is not None and shown.state.running is not None
    assert shown.state.running.start == at(13, 25)
    following = shown.shown_round()
    assert following is not None and following.start == at(13, 50)
    assert shown.visible_meetings() == ()  # nobody meets in the third round


def test_the_chime_sounds_once_per_change_when_on(qtbot: QtBot) -> None:
    clock = FakeClock(at(13, 19, 50))
    shown = board(qtbot, day(), clock)
    rung: list[datetime] = []
    shown.chime = lambda: rung.append(clock.now())
    assert not shown.chime_on  # off until the organiser turns it on
    shown.chime_action.trigger()
    assert shown.chime_on and shown.chime_action.isChecked()
    for _ in range(6 * 60 + 20):  # 13:19:50 to 13:26:10, a tick a second
        clock.advance(1)
        shown.tick()
    assert rung == [at(13, 20), at(13, 25)]  # the end of the first round and the start of the second
    shown.chime_action.trigger()
    clock.moment = at(13, 45)
    shown.tick()
    assert rung == [at(13, 20), at(13, 25)]


def test_no_chime_for_a_reload_or_when_off(qtbot: QtBot) -> None:
    clock = FakeClock(at(13, 19, 59))
    shown = board(qtbot, day(), clock)
    rung: list[int] = []
    shown.chime = lambda: rung.append(1)
    clock.advance(2)
    shown.tick()
    assert rung == []
    shown.toggle_chime()
    shown.set_event(day())  # the same round after a reload: nothing changed for the hall
    assert rung == []


def test_many_tables_are_shown_a_page_at_a_time(qtbot: QtBot) -> None:
    clock = FakeClock(at(12, 50))
    shown = board(qtbot, busy_round(30), clock)
    pages = shown.pages()
    assert pages > 1
    seen: list[str] = []
    for page in range(pages):
        assert shown.page == page
        meetings = shown.visible_meetings()
        assert meetings
        seen += [m.table for m in meetings]
        clock.advance(PAGE_SECONDS)
        shown.tick()
    assert seen == [f"Table {t}" for t in range(1, 31)]  # every table once, in order
    assert shown.page == 0  # and round again


def test_a_larger_screen_needs_fewer_pages(qtbot: QtBot) -> None:
    clock = FakeClock(at(12, 50))
    small = board(qtbot, busy_round(30), clock, (960, 540))
    large = board(qtbot, busy_round(30), clock, (1920, 1080))
    assert small.pages() >= large.pages()
    assert len(large.visible_meetings()) >= len(small.visible_meetings())


def test_short_names_take_two_columns(qtbot: QtBot) -> None:
    orgs = tuple(Organisation(i, f"Org {i}") for i in range(1, 25))
    meetings = tuple(Meeting(t, 1, t, (2 * t - 1, 2 * t)) for t in range(1, 13))
    event = f.event(orgs, meetings=meetings, event_settings=f.settings(tables=12))
    shown = board(qtbot, event, FakeClock(at(12, 50)), (1920, 1080))
    assert shown.pages() == 1
    assert len(shown.visible_meetings()) == 12


def test_the_day_over_and_no_event(qtbot: QtBot) -> None:
    clock = FakeClock(at(16, 0))
    shown = board(qtbot, day(), clock)
    assert shown.headline()[0] == "The day is over"
    assert shown.countdown_text() == ""
    assert shown.shown_round() is None
    empty = board(qtbot, None, clock)
    assert empty.headline()[1] == "No timetable yet"
    assert empty.visible_meetings() == ()


def test_the_board_is_drawn(qtbot: QtBot) -> None:
    shown = board(qtbot, busy_round(12), FakeClock(at(13, 5)), (1920, 1080))
    picture = shown.grab().toImage()
    assert (picture.width(), picture.height()) == (1920, 1080)
    background = picture.pixelColor(5, 5)
    # The clock's digits stand out from the background at the top right.
    clock_area = [picture.pixelColor(x, 80) for x in range(1500, 1860, 4)]
    assert any(colour != background for colour in clock_area)


def test_escape_leaves_full_screen_then_closes(qtbot: QtBot) -> None:
    shown = board(qtbot, day(), FakeClock(at(13, 5)))
    shown.showFullScreen()
    assert shown.isFullScreen()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isFullScreen()
    assert shown.isVisible()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_the_main_window_opens_the_board_and_a_replan_shows_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.board_action.isEnabled()  # no event, no board
    event_file, _ = f.planned_day(tmp_path / "day.meetgrid")
    event_file.close()
    assert window.open_event(tmp_path / "day.meetgrid")
    assert window.board_action.isEnabled()
    monkeypatch.setattr(BoardWindow, "showFullScreen", BoardWindow.show)  # keep the test's screen usable
    window.board_action.trigger()
    shown = window.board
    assert shown is not None and shown.isVisible()
    shown.clock = FakeClock(at(12, 55))
    shown.tick()
    assert [m.table for m in shown.visible_meetings()] == ["Table 1", "Table 2"]
    current = window.session.current
    assert current is not None
    kept = tuple(m for m in current.meetings if m.table_id != 2)
    assert window.session.edit("Cancel a meeting", lambda ef: edits.change_meetings(ef, kept))
    qtbot.waitUntil(lambda: [m.table for m in shown.visible_meetings()] == ["Table 1"])
    window.board_action.trigger()  # a second time: the same board, brought to the front
    assert window.board is shown


def test_the_board_of_the_command_line_follows_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    event_file, planned = f.planned_day(path)
    shown = board(qtbot, planned, FakeClock(at(12, 55)))
    follower = FileFollower(shown, path)
    assert not follower.check()  # nothing changed
    kept = tuple(m for m in planned.meetings if m.table_id != 2)
    with event_file:
        edits.change_meetings(event_file, kept)
    assert follower.check()
    assert [m.table for m in shown.visible_meetings()] == ["Table 1"]
    assert not follower.check()


def test_the_last_round_lists_its_own_tables(qtbot: QtBot) -> None:
    event = day()
    last = event.slots[-1]
    event = dataclasses.replace(event, meetings=(*event.meetings, Meeting(9, last.id, 2, (1, 7))))
    shown = board(qtbot, event, FakeClock(last.start + timedelta(minutes=3)))
    assert shown.shows_running()
    assert [m.table for m in shown.visible_meetings()] == ["Table 2"]


def test_the_pointer_is_hidden_only_in_full_screen(qtbot: QtBot) -> None:
    shown = board(qtbot, day(), FakeClock(at(13, 5)))
    shown.showFullScreen()
    assert shown.cursor().shape() == Qt.CursorShape.BlankCursor
    shown.showNormal()
    assert shown.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_without_qt_multimedia_the_chime_is_the_system_bell(monkeypatch: pytest.MonkeyPatch) -> None:
    rung: list[int] = []
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as on a system without its libraries
    monkeypatch.setattr(chime.QApplication, "beep", lambda: rung.append(1))
    chime.play_chime()
    assert rung == [1]


def test_the_chime_sound(tmp_path: Path) -> None:
    path = chime.chime_wave(tmp_path / "chime.wav")
    with wave.open(str(path)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
    assert seconds == pytest.approx(sum(length for _, length in chime.NOTES), abs=0.01)
