"""The Check-in page as the desk uses it: a scan and Enter, undo, the counts, absences, late arrivals and
the walk-in form, on the delegation day with a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from desk_day import OPENING, desk_day
from PySide6.QtCore import Qt, QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services import event_day
from app.services.event_day import Counts
from app.ui.checkin.page import CheckInPage
from app.ui.checkin.walk_in import WalkIn, WalkInForm
from app.ui.session import EventSession


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(OPENING - timedelta(minutes=15))


@pytest.fixture
def session(tmp_path: Path) -> Iterator[EventSession]:
    file, _ = desk_day(tmp_path / "day.meetgrid")
    file.close()
    opened = EventSession()
    opened.open(tmp_path / "day.meetgrid")
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, session: EventSession, clock: Clock) -> CheckInPage:
    widget = CheckInPage(session, now=clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scan(qtbot: QtBot, page: CheckInPage, text: str) -> None:
    """What a USB scanner does: type the code, then Enter."""
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def stored(session: EventSession) -> event_day.Event:
    assert session.event_file is not None
    return session.event_file.load()


def test_a_scan_and_enter_checks_in_and_shows_the_next_meeting_large(
    qtbot: QtBot, page: CheckInPage, session: EventSession, clock: Clock, qtmodeltester: ModelTester
) -> None:
    assert page.search.hasFocus() or page.focusProxy() is page.search
    code = session.current.participant_by_id[1].code  # type: ignore[union-attr]
    scan(qtbot, page, code.lower()[:3] + "-" + code[3:].lower())
    assert stored(session).attendance_of(1).arrived_at == clock.at
    assert session.current == stored(session)
    assert "Wang Haitao 王海涛 (Qingdao Harbour Engineering) checked in at 12:45" in page.confirmation.text()
    shown = page.next_meeting_text()
    assert "Next meeting 13:00–13:20" in shown and "Table 1" in shown
    assert "with Sørvest Havn AS" in shown and "Bjørn Økland" in shown and "刘梅 Liu Mei" in shown
    assert page.next_meeting.font().pointSizeF() >= 2 * page.font().pointSizeF()
    assert page.search.text() == "" and page.undo_button.isVisible()
    qtmodeltester.check(page.people)
    qtmodeltester.check(page.counts)


def test_a_name_in_either_script_and_enter_checks_in_the_first(
    qtbot: QtBot, page: CheckInPage, session: EventSession
) -> None:
    page.search.insert("王")  # QtTest types ASCII keys only; an input method gives the character
    assert [page.people.data(page.people.index(r, 0)) for r in range(page.people.rowCount())] == [
        "Wang Haitao",
        "Wang Jing",
    ]
    assert page.people.data(page.people.index(1, 1)) == "王静"
    assert page.people.data(page.people.index(1, 3)) == "expected"
    page.results.selectRow(1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert stored(session).attendance_of(3).arrived_at is not None
    assert stored(session).attendance_of(1).arrived_at is None
    qtbot.keyClicks(page.search, "wang")
    assert page.people.data(page.people.index(1, 3)) == "arrived 12:45"


def test_an_unknown_code_changes_nothing(qtbot: QtBot, page: CheckInPage, session: EventSession) -> None:
    before = stored(session)
    scan(qtbot, page, "QQQQQQ")
    assert "Nobody has the code or name" in page.confirmation.text()
    assert stored(session) == before


def test_a_second_scan_shows_the_meeting_again_and_planning_holds_check_ins(
    qtbot: QtBot, page: CheckInPage, session: EventSession, clock: Clock
) -> None:
    code = session.current.participant_by_id[5].code  # type: ignore[union-attr]
    scan(qtbot, page, code)
    clock.at += timedelta(minutes=3)
    scan(qtbot, page, code)
    assert "Bjørn Økland checked in already at 12:45" in page.confirmation.text()
    assert stored(session).attendance_of(5).arrived_at == OPENING - timedelta(minutes=15)
    assert "Next meeting 13:00–13:20" in page.next_meeting_text() and not page.undo_button.isVisible()
    session.set_busy(True)
    scan(qtbot, page, "li na")
    assert "Li Na 李娜 is not checked in yet: MeetGrid is busy" in page.confirmation.text()
    assert stored(session).attendance_of(2).arrived_at is None
    session.set_busy(False)


def test_undo_by_the_button_and_by_edit_undo(qtbot: QtBot, page: CheckInPage, session: EventSession) -> None:
    scan(qtbot, page, session.current.participant_by_id[5].code)  # type: ignore[union-attr]
    assert page.counts.counts(None).arrived == 1
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert stored(session).attendance == () and session.current.attendance == ()  # type: ignore[union-attr]
    assert "Check-in of Bjørn Økland undone" in page.confirmation.text()
    assert page.counts.counts(None).arrived == 0 and not page.undo_button.isVisible()
    assert session.redo() and stored(session).attendance_of(5).arrived_at is not None
    assert page.counts.counts(None).arrived == 1
    assert session.undo() and stored(session).attendance == ()


def test_counts_per_organisation_and_in_total_follow_at_once(
    qtbot: QtBot, page: CheckInPage, session: EventSession
) -> None:
    assert page.counts.counts(None) == Counts(expected=8)
    assert "0 arrived · 8 expected · 0 absent of 8 people" in page.total_label.text()
    scan(qtbot, page, "li na")
    assert page.counts.counts(1) == Counts(arrived=1, expected=1)
    assert page.counts.counts(None) == Counts(arrived=1, expected=7)
    assert "1 arrived · 7 expected" in page.total_label.text()


def test_a_whole_organisation_absent_for_the_day_and_from_a_time(
    qtbot: QtBot, page: CheckInPage, session: EventSession, clock: Clock
) -> None:
    qtbot.keyClicks(page.search, "qingdao")
    qtbot.mouseClick(page.org_absent_day_button, Qt.MouseButton.LeftButton)
    event = stored(session)
    assert {event.attendance_of(p).absent_from for p in (1, 2)} == {OPENING}
    assert page.counts.counts(1) == Counts(absent=2)
    assert page.people.data(page.people.index(0, 3)) == "absent"
    assert session.undo() and stored(session).attendance == ()
    assert page.counts.counts(1) == Counts(expected=2)
    page.search.clear()
    qtbot.keyClicks(page.search, "Bjorn")
    page.from_time.setTime(QTime(14, 30))
    qtbot.mouseClick(page.absent_from_button, Qt.MouseButton.LeftButton)
    assert stored(session).attendance_of(5).absent_from == datetime(2026, 6, 9, 14, 30)
    assert page.people.data(page.people.index(0, 3)) == "expected, absent from 14:30"
    clock.at = datetime(2026, 6, 9, 14, 40)
    page.recount()  # as the page's timer does every minute
    assert page.counts.counts(4) == Counts(absent=1)
    assert page.people.data(page.people.index(0, 3)) == "absent"


def test_a_late_arrival(qtbot: QtBot, page: CheckInPage, session: EventSession) -> None:
    qtbot.keyClicks(page.search, "kare")
    page.from_time.setTime(QTime(14, 30))
    qtbot.mouseClick(page.late_button, Qt.MouseButton.LeftButton)
    assert stored(session).attendance_of(7).expected_from == datetime(2026, 6, 9, 14, 30)
    assert page.people.data(page.people.index(0, 3)) == "expected from 14:30"
    assert page.confirmation.text() == "Expect Kåre Sæther from 14:30"


def test_the_walk_in_form_registers_and_offers_its_people(
    qtbot: QtBot, page: CheckInPage, session: EventSession, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = session.current
    assert event is not None
    session.record(
        "absent",
        lambda f, e: event_day.mark_organisation_absent(f, 7, OPENING, e),
        lambda f, e: event_day.set_attendance(f, [], e),
    )
    form = WalkInForm(session.current, clock.at)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    offered = [form.wishes.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.wishes.count())]
    assert "Energía Levante S.L." not in offered and "Jinan Smart Works" in offered
    assert not form.buttons.buttons()[0].isEnabled()
    qtbot.keyClicks(form.organisation, "Stavanger Subsea AS")
    qtbot.keyClicks(form.country, "Norway")
    form.group.setCurrentText("Host")
    form.people.setPlainText("Ola Nordmann\n\n  Kari Nordmann ")
    form.check_wish("Jinan Smart Works")
    form.filter.setText("yantai")
    assert [form.wishes.item(r).isHidden() for r in range(form.wishes.count())].count(False) == 1
    values = form.values()
    assert values == WalkIn(
        "Stavanger Subsea AS", "Norway", "Host", ("Ola Nordmann", "Kari Nordmann"), ("Jinan Smart Works",)
    )
    monkeypatch.setattr(page, "ask_walk_in", lambda event, at: values)
    assert page.walk_in()
    after = stored(session)
    org = after.organisations[-1]
    assert (org.name, org.walk_in, org.country, org.group) == ("Stavanger Subsea AS", True, "Norway", "Host")
    assert any(r.requester_id == org.id and r.requested_id == 2 for r in after.requests)
    assert page.people.rowCount() == 2 and page.counts.counts(org.id) == Counts(expected=2)
    first = page.people.person(0)
    assert first is not None and first.walk_in
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert stored(session).attendance_of(first.id).arrived_at == clock.at
    assert page.counts.counts(org.id).arrived == 1
    assert session.undo() and session.undo()
    assert len(stored(session).organisations) == len(event.organisations)


def test_the_page_in_the_window(window: object) -> None:
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    keys = window.page_keys()
    assert keys.index("statistics") < keys.index("checkin") < keys.index("outcomes") < keys.index("print")
    assert isinstance(window.page("checkin"), CheckInPage)
