"""The requests page: wishes by organisation (edited, stored, undone), the matrix across groups, and
suggested pairs accepted as requests."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting, MeetingRequest, Organisation, Priority
from app.domain.wishes import request_matrix
from app.services import edits, reports
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.models.requests import RequestsModel, contrast, legible_text
from app.ui.requests import base as requests_page
from app.ui.requests.page import RequestsPage
from app.ui.session import EventSession

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


def test_the_page_comes_after_organisations(window: MainWindow) -> None:
    keys = window.page_keys()
    assert keys.index("requests") == keys.index("organisations") + 1
    assert window.page("requests") is window.requests_page


def test_without_an_event_the_page_says_what_to_do(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = RequestsPage(EventSession())
    qtbot.addWidget(page)
    assert page.is_empty()
    assert "No event open" in page.empty_label.text()
    for model in (
        page.organisation_model,
        page.organisation_filter,
        page.wishes_model,
        page.wished_by_model,
        page.matrix_model,
        page.cell_model,
        page.suggestions_model,
    ):
        qtmodeltester.check(model)
        assert model.rowCount() == 0
    page.set_event(f.event([]))
    assert page.is_empty() and "No organisations yet" in page.empty_label.text()


def test_wishes_and_who_wished_for_the_organisation_are_listed(
    window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = opened(window, delegation_event(tmp_path))
    assert page.chosen() is None and page.detail_stack.currentWidget() is page.choose_label
    page.choose(1)
    assert page.organisation_heading.text() == "Qingdao Harbour Engineering (青岛港湾工程)"
    assert "Delegation · China" in page.organisation_details.text()
    assert rows(page.wishes_model) == [
        ["Sørvest Havn AS", "must meet", "", "⇄ mutual", "not planned yet"],
        ["Nordsjø Automasjon AS", "would like", "", "", "not planned yet"],
    ]
    assert rows(page.wished_by_model) == [
        ["Sørvest Havn AS", "would like", "", "⇄ mutual", "not planned yet"],
        ["Energía Levante S.L.", "if time allows", "", "", "not planned yet"],
    ]
    assert page.wishes_heading.text() == "Wishes to meet (2)"
    assert page.wished_by_heading.text() == "Wished for by (2)"
    assert page.wishes_hint.isHidden() and page.wished_by_hint.isHidden()

    page.choose(7)
    assert [r[0] for r in rows(page.wished_by_model)] == ["Jinan Smart Works"]
    # Double-clicking a name shows that organisation's own wishes.
    page.choose(1)
    page.wished_by_view.doubleClicked.emit(page.wished_by_model.index(1, 0))
    assert page.chosen() == 7

    for model in (page.organisation_model, page.organisation_filter, page.wishes_model, page.wished_by_model):
        qtmodeltester.check(model)
    model = page.organisation_model
    assert [model.index(0, c).data() for c in range(4)] == ["Qingdao Harbour Engineering", "Delegation", 2, 2]


def test_the_search_ignores_case_and_accents(window: MainWindow, tmp_path: Path) -> None:
    page = opened(window, delegation_event(tmp_path))
    listed = page.organisation_filter

    def names() -> list[str]:
        return [listed.index(row, 0).data() for row in range(listed.rowCount())]

    page.search.setText("sorvest")
    assert names() == ["Sørvest Havn AS"]
    page.search.setText("host  NORWAY")
    assert names() == ["Sørvest Havn AS", "Nordsjø Automasjon AS", "Ryfylke Vind AS"]
    page.search.setText("offshore")
    assert names() == ["Yantai Offshore Tech", "Ryfylke Vind AS"], "interests are searched too"
    page.choose(1)  # hidden by the search: the search is cleared to show it
    assert page.search.text() == "" and listed.rowCount() == 7
    assert page.organisation_view.currentIndex().data() == "Qingdao Harbour Engineering"


def test_a_wish_added_is_stored_undone_and_redone(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    completer = page.add_picker.completer()
    completer.setCompletionPrefix("vind")
    assert completer.currentCompletion() == "Ryfylke Vind AS", "names are completed from any part"
    page.add_picker.setEditText("  ryfylke vind AS ")
    page.add_priority.setCurrentIndex(page.add_priority.findData(int(Priority.MUST_MEET)))
    page.add_button.click()
    refreshed(qtbot, window)
    assert MeetingRequest(1, 6, Priority.MUST_MEET) in stored(path).requests
    assert len(stored(path).requests) == 11
    assert rows(page.wishes_model)[-1][:2] == ["Ryfylke Vind AS", "must meet"]
    assert page.add_picker.currentText() == ""
    assert page.chosen() == 1, "the organisation stays chosen after the edit"
    undo = window.session.undo_stack
    assert undo.undoText() == "Add wish: Qingdao Harbour Engineering to meet Ryfylke Vind AS"

    window.undo_action.trigger()
    refreshed(qtbot, window)
    assert len(stored(path).requests) == 10
    assert page.wishes_model.rowCount() == 2
    window.redo_action.trigger()
    refreshed(qtbot, window)
    assert MeetingRequest(1, 6, Priority.MUST_MEET) in stored(path).requests


def test_a_wish_that_cannot_be_added_says_why(window: MainWindow, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    page.add_picker.setEditText("Nobody Ltd")
    page.add_button.click()
    assert "No organisation is called 'Nobody Ltd'" in page.add_feedback.text()
    page.add_picker.setEditText("Sørvest Havn AS")
    page.add_button.click()
    assert "already wishes to meet Sørvest Havn AS (must meet)" in page.add_feedback.text()
    page.add_picker.setEditText("Qingdao Harbour Engineering (青岛港湾工程)")
    page.add_button.click()
    assert "cannot wish to meet itself" in page.add_feedback.text()
    assert stored(path).requests == f.delegation_day().requests
    assert not window.undo_action.isEnabled()


def test_a_wish_is_removed_and_reprioritised_in_the_file_and_undone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    view, model = page.wishes_view, page.wishes_model
    assert not page.remove_button.isEnabled(), "nothing selected yet"
    view.setCurrentIndex(model.index(1, 0))  # 1 -> Nordsjø Automasjon AS (5)
    assert page.remove_button.isEnabled() and page.chosen_priority.currentData() == int(Priority.WOULD_LIKE)

    # In place, as the priority column's drop-down does.
    priority = model.index(1, model.column_of(RequestsModel.PRIORITY))
    assert model.flags(priority) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(priority, int(Priority.IF_TIME_ALLOWS))
    refreshed(qtbot, window)
    assert MeetingRequest(1, 5, Priority.IF_TIME_ALLOWS) in stored(path).requests
    assert stored(path).requests[2] == MeetingRequest(1, 5, Priority.IF_TIME_ALLOWS), "kept in its place"
    assert rows(model)[1][1] == "if time allows"
    assert page.wishes_view.currentIndex().row() == 1, "the wish edited stays selected"

    # With the drop-down for the selected wish.
    view.setCurrentIndex(model.index(0, 0))
    page.chosen_priority.activated.emit(page.chosen_priority.findData(int(Priority.WOULD_LIKE)))
    refreshed(qtbot, window)
    assert MeetingRequest(1, 4, Priority.WOULD_LIKE) in stored(path).requests

    view.setCurrentIndex(model.index(1, 0))
    page.remove_button.click()
    refreshed(qtbot, window)
    assert not any((r.requester_id, r.requested_id) == (1, 5) for r in stored(path).requests)
    assert [r[0] for r in rows(model)] == ["Sørvest Havn AS"]
    assert MeetingRequest(4, 1) in stored(path).requests, "the other way round stays"

    for _ in range(3):
        window.undo_action.trigger()
        refreshed(qtbot, window)
    assert stored(path).requests == f.delegation_day().requests
    assert rows(model)[1][:2] == ["Nordsjø Automasjon AS", "would like"]


def test_no_edits_while_planning(window: MainWindow, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    page.wishes_view.setCurrentIndex(page.wishes_model.index(0, 0))
    window.session.set_busy(True)
    assert not page.add_button.isEnabled() and not page.add_picker.isEnabled()
    assert not page.remove_button.isEnabled() and not page.chosen_priority.isEnabled()
    assert not page.remove_action.isEnabled()
    priority = page.wishes_model.index(0, page.wishes_model.column_of(RequestsModel.PRIORITY))
    assert not page.wishes_model.flags(priority) & Qt.ItemFlag.ItemIsEditable
    assert not page.add_wish(6)
    assert not page.remove_wish(1, 4)
    assert not page.set_priority(1, 4, Priority.IF_TIME_ALLOWS)
    assert stored(path).requests == f.delegation_day().requests
    window.session.set_busy(False)
    assert page.add_button.isEnabled() and page.remove_button.isEnabled()


def test_met_requests_show_when_and_unmet_ones_why(window: MainWindow, tmp_path: Path) -> None:
    page = opened(window, delegation_event(tmp_path, planned=True))
    page.choose(1)
    met, unmet = (row[-1] for row in rows(page.wishes_model))
    assert met == "met 13:00, Table 1"
    reasons = {u.organisation_ids: u for u in reports.unmet_requests(stored(tmp_path / "day.meetgrid"))}
    assert unmet == "not met: " + reasons[(1, 5)].reason
    outcome = page.wishes_model.index(1, page.wishes_model.column_of(RequestsModel.OUTCOME))
    assert outcome.data(Qt.ItemDataRole.ToolTipRole) == reasons[(1, 5)].detail or reasons[(1, 5)].reason
    assert outcome.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_reasons_of_a_large_event_come_from_a_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(requests_page, "INLINE_BELOW", 0)
    path = delegation_event(tmp_path, planned=True)
    assert window.open_event(path)
    with qtbot.waitSignal(window.requests_page.outcomes_ready, timeout=30_000):
        window.show_page("requests")
        window.requests_page.choose(1)
    assert rows(window.requests_page.wishes_model)[1][-1].startswith("not met: ")


def test_the_matrix_counts_the_requests_and_lists_a_cell(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = delegation_event(tmp_path, planned=True)
    page = opened(window, path)
    page.tabs.setCurrentIndex(page.ACROSS_GROUPS)
    model = page.matrix_model
    event = stored(path)
    expected = request_matrix(event)
    assert model.rowCount() == model.columnCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Delegation", "Host"]
    counts = [[expected.count(r, c) for c in range(2)] for r in range(2)]
    assert sum(map(sum, counts)) == len(event.requests) == 10
    assert [[model.index(r, c).data() for c in range(2)] for r in range(2)] == [
        ["–", "6 · 4 met"],
        ["4 · 3 met", "–"],
    ]
    for r in range(2):
        for c in range(2):
            index = model.index(r, c)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if background is not None:
                text = index.data(Qt.ItemDataRole.ForegroundRole)
                assert contrast(text.color(), background.color()) >= 4.5, "cell text is legible"
    deeper = model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color()
    lighter = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert deeper.lightnessF() < lighter.lightnessF(), "more requests, deeper colour"

    page.matrix_view.clicked.emit(model.index(1, 0))
    assert page.cell_heading.text() == "4 requests from Host to Delegation"
    assert sorted((r[0], r[1]) for r in rows(page.cell_model)) == sorted(
        (event.organisation_by_id[r.requester_id].name, event.organisation_by_id[r.requested_id].name)
        for r in expected.requests(1, 0)
    )
    qtmodeltester.check(model)
    qtmodeltester.check(page.cell_model)

    page.matrix_rows.setCurrentIndex(page.matrix_rows.findData("country"))
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["China", "Norway", "Spain"]
    assert [model.index(2, c).data() for c in range(2)] == ["1 · 0 met", "–"]
    assert page.cell_model.rowCount() == 0, "a new matrix, no cell chosen"
    qtmodeltester.check(model)

    # An edit elsewhere on the page shows in the matrix.
    page.tabs.setCurrentIndex(page.BY_ORGANISATION)
    page.choose(7)
    assert page.add_wish(6)
    refreshed(qtbot, window)
    page.tabs.setCurrentIndex(page.ACROSS_GROUPS)
    assert model.index(2, 1).data() == "1 · 0 met"


def test_suggested_pairs_are_accepted_as_requests_in_one_undoable_edit(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = interests_event(tmp_path)
    page = opened(window, path)
    page.tabs.setCurrentIndex(page.SUGGESTIONS)
    model = page.suggestions_model
    assert [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())] == [
        ["Sørvest Havn AS", "Haugaland Logistikk AS", "ports", "1"],
        ["Sørvest Havn AS", "Hafrsfjord Hydrogen AS", "hydrogen ~ green hydrogen", "1"],
    ]
    qtmodeltester.check(model)
    assert not page.accept_button.isEnabled()
    page.select_all_button.click()
    assert page.accept_button.isEnabled() and page.accept_button.text() == "Accept 2 selected"
    qtmodeltester.check(model)
    page.accept_button.click()
    refreshed(qtbot, window)
    requests = stored(path).requests
    assert MeetingRequest(1, 2, Priority.WOULD_LIKE) in requests
    assert MeetingRequest(1, 3, Priority.WOULD_LIKE) in requests
    assert len(requests) == 3
    assert window.session.undo_stack.undoText() == "Add 2 suggested requests"
    assert model.rowCount() == 0
    assert "No new pairs to suggest" in page.suggestions_message.text()

    window.undo_action.trigger()
    refreshed(qtbot, window)
    assert stored(path).requests == (MeetingRequest(4, 1),)
    assert model.rowCount() == 2, "the suggestions are back"
    model.setData(model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert [s.pair for s in model.checked()] == [(1, 3)]
    page.accept_button.click()
    refreshed(qtbot, window)
    assert stored(path).requests == (MeetingRequest(4, 1), MeetingRequest(1, 3))


def test_suggestions_of_a_large_event_come_from_a_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(requests_page, "INLINE_BELOW", 0)
    page = opened(window, interests_event(tmp_path))
    with qtbot.waitSignal(page.suggestions_ready, timeout=30_000):
        page.tabs.setCurrentIndex(page.SUGGESTIONS)
        assert "Looking for pairs" in page.suggestions_message.text()
    assert page.suggestions_model.rowCount() == 2
    with qtbot.waitSignal(page.suggestions_ready, timeout=30_000):
        page.per_organisation.setValue(1)
    assert page.suggestions_model.rowCount() == 1


def test_without_interests_the_suggestions_say_what_to_do(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "plain.meetgrid"
    f.event_file(path, f.event(f.organisations(3))).close()
    page = opened(window, path)
    page.choose(1)
    assert page.wishes_hint.text() == "Org 1 has no wishes yet: add one below."
    assert page.wished_by_hint.text() == "Nobody has asked to meet Org 1 yet."
    assert not page.wishes_hint.isHidden() and not page.wished_by_hint.isHidden()
    page.tabs.setCurrentIndex(page.SUGGESTIONS)
    assert page.suggestions_stack.currentWidget() is page.suggestions_message
    assert "nothing to compare" in page.suggestions_message.text()
    page.tabs.setCurrentIndex(page.ACROSS_GROUPS)
    assert "No requests yet" in page.matrix_empty.text()
    assert page.matrix_stack.currentWidget() is page.matrix_empty


def test_cell_text_is_legible_on_any_colour() -> None:
    steps = [i / 8 for i in range(9)]
    for red in steps:
        for green in steps:
            for blue in steps:
                background = QColor.fromRgbF(red, green, blue)
                assert contrast(legible_text(background), background) >= 4.5


def test_a_wish_is_found_by_part_of_a_name_or_the_local_name(window: MainWindow, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(4)
    assert page.find_organisation("济南智造") == 2, "the local name"
    assert page.find_organisation("yantai") == 3, "a part only one organisation has, case aside"
    assert page.find_organisation("nordsjo") == 5, "accents aside"
    page.add_picker.setEditText("AS")
    page.add_button.click()
    assert "Several organisations match 'AS'" in page.add_feedback.text()
    page.add_picker.setEditText("Ryfylke")
    page.add_button.click()
    assert MeetingRequest(4, 6) in stored(path).requests
