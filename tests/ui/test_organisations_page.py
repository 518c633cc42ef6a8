"""The organisations page: search and filters, edits in place of organisations and people, late
registrations, removals, all stored at once and undoable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factories as f
import pytest
from dialog_answers import Answers
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting, Organisation, Participant
from app.services import edits
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.organisations_page import OrganisationsPage, PersonDialog, RegistrationDialog
from app.ui.session import EventSession
from tests.factories import uncoded

TROMSO = Organisation(8, "Tromsø Sjømat AS", "", "Host", "Norway", ("seafood", "Ports"))


def day_with_tromso() -> Event:
    """The delegation day (seven organisations) and a seafood company from Tromsø with one person."""
    day = f.delegation_day()
    return dataclasses.replace(
        day,
        organisations=(*day.organisations, TROMSO),
        participants=(*day.participants, Participant(9, 8, "Ørjan Tromsøy")),
    )


def event_path(tmp_path: Path, meetings: tuple[Meeting, ...] = ()) -> Path:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, day_with_tromso()) as event_file:
        if meetings:
            edits.change_meetings(event_file, meetings)
    return path


# 1–4 and 2–5 at 13:00, 3–6 at 13:25: Energía Levante (7) and Tromsø (8) have no meeting.
MEETINGS = (
    Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
    Meeting(2, 1, 2, (2, 5), (3, 6)),
    Meeting(3, 2, 1, (3, 6), (4, 7)),
)


def stored(path: Path) -> Event:
    with EventFile.open(path) as event_file:
        return event_file.load()


def shown(page: OrganisationsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def opened(window: MainWindow, path: Path) -> OrganisationsPage:
    assert window.open_event(path)
    QCoreApplication.processEvents()  # the window's own refresh after opening, queued
    window.show_page("organisations")
    page = window.organisations_page
    assert window.stack.currentWidget() is page and not page.is_empty()
    return page


def refreshed(qtbot: QtBot, page: OrganisationsPage, action: Callable[[], Any]) -> Any:
    """Do ``action`` and wait until the page shows the event as stored after it (the rows that changed are
    updated in place, so there may be no reset to wait for)."""
    result = action()
    qtbot.waitUntil(lambda: page.model.current_event() is page.session.current, timeout=5000)
    QCoreApplication.processEvents()
    return result


def test_without_an_event_the_page_says_what_to_do(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = OrganisationsPage(EventSession())
    qtbot.addWidget(page)
    page.show()
    assert page.is_empty()
    assert "No event open" in page.empty_label.text() and "import registrations" in page.empty_label.text()
    assert not page.add_button.isEnabled() and not page.add_late_registration()
    for model in (page.model, page.proxy, page.people_model):
        qtmodeltester.check(model)
        assert model.rowCount() == 0


def test_the_models_pass_qt_checks_with_an_event(
    window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = opened(window, event_path(tmp_path, MEETINGS))
    assert page.select_organisation(1)
    assert page.people_model.rowCount() == 2
    assert page.people_model.headerData(4, Qt.Orientation.Horizontal) == "Languages"
    assert [page.people_model.index(0, c).data() for c in (0, 5)] == ["王伟", 1]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.people_model)
    qtmodeltester.check(page.proxy)
    page.search.setText("as")
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.proxy)
    assert page.selected_organisation() is None, "Qingdao is filtered out: nobody else is chosen for it"
    assert page.people_model.rowCount() == 0
    page.search.clear()
    assert page.selected_organisation() == page.model.organisation_at(0), "and chosen again when shown"


def test_the_search_ignores_case_and_accents_and_looks_at_people_too(
    window: MainWindow, tmp_path: Path
) -> None:
    page = opened(window, event_path(tmp_path))
    assert page.count_label.text() == "8 organisations"
    page.search.setText("tromso")
    assert shown(page) == ["Tromsø Sjømat AS"]
    assert page.count_label.text() == "Showing 1 of 8 organisations"
    page.search.setText("SORVEST")
    assert shown(page) == ["Sørvest Havn AS"]
    page.search.setText("ase naerland")  # a person of Nordsjø Automasjon
    assert shown(page) == ["Nordsjø Automasjon AS"]
    page.search.setText("Íñigo")
    assert shown(page) == ["Energía Levante S.L."]
    page.search.setText("青岛")  # a local name
    assert shown(page) == ["Qingdao Harbour Engineering"]
    page.search.setText("china ports")  # every word, anywhere: country and interest
    assert shown(page) == ["Qingdao Harbour Engineering"]
    page.search.setText("nothing like it")
    assert shown(page) == [] and page.count_label.text() == "Showing 0 of 8 organisations"
    assert page.clear_button.isEnabled()
    page.clear_filters()
    assert len(shown(page)) == 8 and not page.clear_button.isEnabled()


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} is not offered"
    combo.setCurrentIndex(index)


def test_each_filter_and_the_filters_together(window: MainWindow, tmp_path: Path) -> None:
    page = opened(window, event_path(tmp_path))
    groups = [page.group_filter.itemText(i) for i in range(page.group_filter.count())]
    assert groups == ["All groups", "Delegation", "Host"]
    interests = [page.interest_filter.itemText(i) for i in range(page.interest_filter.count())]
    assert interests[0] == "All interests" and interests.count("ports") == 1, "one entry whatever the case"
    choose(page.group_filter, "Host")
    assert len(shown(page)) == 5
    choose(page.country_filter, "Norway")
    assert shown(page) == ["Sørvest Havn AS", "Nordsjø Automasjon AS", "Ryfylke Vind AS", "Tromsø Sjømat AS"]
    choose(page.interest_filter, "ports")
    assert shown(page) == ["Sørvest Havn AS", "Tromsø Sjømat AS"]
    assert page.count_label.text() == "Showing 2 of 8 organisations"
    choose(page.group_filter, "All groups")
    choose(page.country_filter, "Spain")
    assert shown(page) == []
    choose(page.interest_filter, "All interests")
    assert shown(page) == ["Energía Levante S.L."]
    page.clear_filters()
    assert len(shown(page)) == 8


def test_sorting_by_a_column_header(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    page = opened(window, event_path(tmp_path, MEETINGS))
    header = page.view.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(5) + header.sectionSize(5) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    meetings = [page.proxy.index(row, 5).data() for row in range(page.proxy.rowCount())]
    assert meetings == sorted(meetings) and meetings[0] == 0
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(page)[-3:] == ["Sørvest Havn AS", "Tromsø Sjømat AS", "Yantai Offshore Tech"], "ø as o"
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, 1).data() and not page.proxy.index(7, 1).data(), "no local name: last"


def test_no_meetings_yet_shows_who_the_plan_left_out(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = event_path(tmp_path)
    page = opened(window, path)
    page.without_meetings.setChecked(True)
    assert len(shown(page)) == 8, "before a plan nobody has meetings"
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        assert window.plan()
    window.show_page("organisations")
    event = stored(path)
    assert event.meetings
    held = {org for m in event.meetings for org in m.organisation_ids}
    assert shown(page) == [o.name for o in event.organisations if o.id not in held]
    assert "Tromsø Sjømat AS" in shown(page), "it asked for no meeting"
    assert page.without_meetings.isChecked()


def test_an_organisation_edited_in_place_is_stored_and_undone(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    page.search.setText("sorvest")
    assert page.select_organisation(4)
    cell = page.proxy.index(0, 3)
    assert page.proxy.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert refreshed(qtbot, page, lambda: page.proxy.setData(cell, "  Norge "))
    assert stored(path).organisation_by_id[4].country == "Norge"
    assert page.proxy.index(0, 3).data() == "Norge"
    assert page.selected_organisation() == stored(path).organisation_by_id[4], "still selected"
    assert window.undo_action.text() == "&Undo Change country of Sørvest Havn AS"
    refreshed(qtbot, page, window.undo_action.trigger)
    assert stored(path).organisation_by_id[4].country == "Norway"
    assert page.proxy.index(0, 3).data() == "Norway"
    assert len(stored(path).meetings) == 3, "edits never touch the timetable"


def test_a_person_edited_in_place_is_stored_and_undone(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    assert page.select_organisation(1)
    people = page.people_model
    assert [people.index(r, 0).data() for r in range(people.rowCount())] == ["王伟", "李娜"]
    assert page.people_view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert refreshed(qtbot, page, lambda: people.setData(people.index(1, 2), "Chief engineer"))
    refreshed(qtbot, page, lambda: people.setData(people.index(1, 4), "Chinese; English"))
    assert stored(path).participant_by_id[2].title == "Chief engineer"
    assert stored(path).participant_by_id[2].languages == ("Chinese", "English")
    assert people.index(1, 2).data() == "Chief engineer" and people.index(1, 4).data() == "Chinese, English"
    assert page.selected_participant() == stored(path).participant_by_id[2]
    refreshed(qtbot, page, window.undo_action.trigger)
    refreshed(qtbot, page, window.undo_action.trigger)
    assert uncoded([stored(path).participant_by_id[2]]) == (Participant(2, 1, "李娜"),)
    assert people.index(1, 2).data() == ""


def test_a_name_in_own_script_is_shown_edited_and_undone(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    assert page.select_organisation(8)
    people = page.people_model
    assert people.headerData(1, Qt.Orientation.Horizontal) == "Name in own script"
    assert people.flags(people.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert refreshed(qtbot, page, lambda: people.setData(people.index(0, 1), "  王海涛 "))
    assert stored(path).participant_by_id[9].local_name == "王海涛"
    assert people.index(0, 1).data() == "王海涛" and people.index(0, 0).data() == "Ørjan Tromsøy"
    assert window.undo_action.text() == "&Undo Change name in own script of Ørjan Tromsøy"
    refreshed(qtbot, page, window.undo_action.trigger)
    assert stored(path).participant_by_id[9].local_name == ""
    assert people.index(0, 1).data() == ""
    refreshed(qtbot, page, window.redo_action.trigger)
    assert people.index(0, 1).data() == "王海涛"


def test_the_check_in_code_is_shown_read_only_and_copied(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    assert page.select_organisation(1)
    people = page.people_model
    codes = [p.code for p in stored(path).participants_by_organisation[1]]
    assert all(codes) and len(set(codes)) == 2
    assert people.headerData(people.CODE, Qt.Orientation.Horizontal) == "Check-in code"
    assert [people.index(r, people.CODE).data() for r in range(2)] == codes
    code = people.index(1, people.CODE)
    assert not people.flags(code) & Qt.ItemFlag.ItemIsEditable
    assert people.flags(code) & Qt.ItemFlag.ItemIsSelectable
    assert not people.setData(code, "XXXX")
    page.people_view.setCurrentIndex(code)
    page.people_view.setFocus()
    page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == codes[1]
    assert page.copy_action in page.people_view.actions()
    assert stored(path).participant_by_id[2].code == codes[1], "nothing was stored"


def test_an_empty_person_name_is_refused(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    path = event_path(tmp_path)
    page = opened(window, path)
    page.select_organisation(2)
    assert page.people_model.setData(page.people_model.index(0, 0), "  ")
    qtbot.waitUntil(lambda: bool(answers.errors))
    assert "needs a name" in answers.errors[-1][1]
    assert stored(path).participant_by_id[3].name == "张强"


LATE = (
    Organisation(0, "Bodø Hydrogen AS", "", "Host", "Norway", ("hydrogen",), ("Norwegian", "English")),
    (Participant(0, 0, "Siri Håland", "CEO", "siri@bodo-h2.example"),),
)


def test_a_late_registration_is_stored_selected_and_undone(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    offered: list[tuple[list[str], list[str]]] = []
    monkeypatch.setattr(
        page, "ask_registration", lambda groups, countries: offered.append((groups, countries)) or LATE
    )
    page.search.setText("qingdao")  # hides the new organisation: the filters are cleared to show it
    assert refreshed(qtbot, page, page.add_late_registration)
    assert offered == [(["Delegation", "Host"], ["China", "Norway", "Spain"])]
    event = stored(path)
    new = event.organisations[-1]
    assert (new.id, new.name, new.languages) == (9, "Bodø Hydrogen AS", ("Norwegian", "English"))
    assert uncoded(event.participants_by_organisation[9]) == (
        Participant(10, 9, "Siri Håland", "CEO", "siri@bodo-h2.example"),
    )
    assert len(event.meetings) == 3
    assert page.selected_organisation() == new
    assert page.search.text() == "" and len(shown(page)) == 9
    assert page.people_model.index(0, 0).data() == "Siri Håland"
    assert window.undo_action.text() == "&Undo Register Bodø Hydrogen AS"
    refreshed(qtbot, page, window.undo_action.trigger)
    assert 9 not in stored(path).organisation_by_id and len(shown(page)) == 8
    assert page.selected_organisation() is None


def test_a_late_registration_of_a_name_already_there_says_so(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    path = event_path(tmp_path)
    page = opened(window, path)
    twin = (dataclasses.replace(LATE[0], name="Sorvest Havn"), LATE[1])
    monkeypatch.setattr(page, "ask_registration", lambda groups, countries: twin)
    assert not page.add_late_registration()
    assert answers.errors[-1] == (
        "Cannot register Sorvest Havn",
        "Sørvest Havn AS is already registered; add the people to it instead",
    )
    assert len(stored(path).organisations) == 8 and not window.undo_action.isEnabled()


def test_removing_an_organisation_asks_first_and_says_what_goes_with_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = event_path(tmp_path, MEETINGS)
    before = stored(path)
    page = opened(window, path)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        page, "ask_confirm", lambda title, question, action: asked.append(question) or answer[0]
    )
    assert page.select_organisation(1)  # Qingdao: two people, one meeting
    assert not page.remove_organisation()
    assert "Remove Qingdao Harbour Engineering from the event?" in asked[-1]
    assert "This also removes its 2 people and its one meeting." in asked[-1]
    assert len(stored(path).organisations) == 8, "nothing happens without a yes"
    answer[0] = True
    assert refreshed(qtbot, page, page.remove_organisation)
    event = stored(path)
    assert 1 not in event.organisation_by_id and [m.id for m in event.meetings] == [2, 3]
    assert all(1 not in (r.requester_id, r.requested_id) for r in event.requests)
    assert page.selected_organisation() == event.organisation_by_id[2], "the next one is selected"
    page.select_organisation(8)
    assert refreshed(qtbot, page, page.remove_organisation)
    assert "This also removes its one person. It holds no meetings." in asked[-1]
    refreshed(qtbot, page, window.undo_action.trigger)
    refreshed(qtbot, page, window.undo_action.trigger)
    assert stored(path) == before, "undo brings back the organisations, people, requests and meetings"
    assert len(shown(page)) == 8


def test_people_are_added_and_removed_and_their_meetings_stay(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = event_path(tmp_path, MEETINGS)
    page = opened(window, path)
    asked: list[str] = []
    monkeypatch.setattr(
        page, "ask_person", lambda organisation: Participant(0, 0, "Kari Nordmann", "Engineer")
    )
    monkeypatch.setattr(page, "ask_confirm", lambda title, question, action: asked.append(question) or True)
    page.select_organisation(4)
    assert not page.remove_person_button.isEnabled(), "nobody chosen yet"
    assert refreshed(qtbot, page, page.add_person)
    assert uncoded(stored(path).participants_by_organisation[4][-1:]) == (
        Participant(10, 4, "Kari Nordmann", "Engineer"),
    )
    assert page.selected_participant() == stored(path).participant_by_id[10], "the new person is chosen"
    assert refreshed(qtbot, page, page.remove_person)
    assert asked == [], "someone on no meeting goes without asking"
    page.people_view.selectRow(0)  # Bjørn Økland, in the meeting with Qingdao
    assert refreshed(qtbot, page, page.remove_person)
    assert asked == ["Bjørn Økland is on 1 meeting. It stays in the timetable, without Bjørn Økland."]
    meeting = next(m for m in stored(path).meetings if m.id == 1)
    assert meeting.participant_ids == (1, 2), "the meeting stays, without him"
    assert page.people_model.rowCount() == 0
    refreshed(qtbot, page, window.undo_action.trigger)
    assert next(m for m in stored(path).meetings if m.id == 1).participant_ids == (1, 2, 5)
    assert page.people_model.index(0, 0).data() == "Bjørn Økland"


def test_nothing_is_edited_while_planning(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = event_path(tmp_path)
    page = opened(window, path)
    page.select_organisation(1)
    asked: list[object] = []
    monkeypatch.setattr(page, "ask_registration", lambda groups, countries: asked.append(groups) or LATE)
    window.session.set_busy(True)
    assert page.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.people_view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for button in (page.add_button, page.remove_button, page.add_person_button):
        assert not button.isEnabled()
    assert page.busy_label.isVisible()
    assert not page.add_late_registration() and asked == []
    assert not window.edit_organisation(1, "name", "Renamed")
    window.session.set_busy(False)
    assert page.add_button.isEnabled() and page.remove_button.isEnabled()
    assert not page.busy_label.isVisible()
    assert stored(path).organisation_by_id[1].name == "Qingdao Harbour Engineering"


def test_the_registration_dialog_gives_the_organisation_and_its_person(qtbot: QtBot) -> None:
    dialog = RegistrationDialog(["Delegation", "Host"], ["China", "Norway"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("  Bodø   Hydrogen AS ")
    assert not ok.isEnabled(), "the first person needs a name too"
    dialog.person.name.setText("Siri Håland")
    assert ok.isEnabled()
    dialog.group.setCurrentText("Host")
    dialog.country.setCurrentText("Norway")
    dialog.interests.setText("hydrogen; ports")
    dialog.languages.setText("Norwegian, English")
    dialog.person.title.setText("CEO")
    dialog.person.email.setText(" siri@bodo-h2.example ")
    organisation, people = dialog.registration()
    assert organisation == Organisation(
        0, "Bodø Hydrogen AS", "", "Host", "Norway", ("hydrogen", "ports"), ("Norwegian", "English")
    )
    assert people == (Participant(0, 0, "Siri Håland", "CEO", "siri@bodo-h2.example"),)


def test_a_person_added_by_hand_may_have_a_name_in_own_script(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PersonDialog("Qingdao Harbour Engineering")
    qtbot.addWidget(dialog)
    dialog.person.name.setText("Wang  Haitao")
    dialog.person.local_name.setText(" 王海涛 ")
    typed = dialog.person.participant()
    assert (typed.name, typed.local_name) == ("Wang Haitao", "王海涛")
    path = event_path(tmp_path)
    page = opened(window, path)
    monkeypatch.setattr(page, "ask_person", lambda organisation: typed)
    page.select_organisation(1)
    assert refreshed(qtbot, page, page.add_person)
    added = stored(path).participants_by_organisation[1][-1]
    assert (added.name, added.local_name) == ("Wang Haitao", "王海涛") and added.code
    row = page.people_model.row_of(added.id)
    assert row is not None and page.people_model.index(row, 1).data() == "王海涛"
    assert page.people_model.index(row, page.people_model.CODE).data() == added.code
