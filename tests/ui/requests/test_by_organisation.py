"""The *By organisation* tab of the Requests page: an organisation's wishes (added, removed, reprioritised,
stored and undone), who wished to meet it, and whether each was met."""

from __future__ import annotations

from pathlib import Path

import factories as f
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.requests.wishes import delegation_event, opened, refreshed, rows, stored

from app.domain import MeetingRequest, Priority
from app.services import reports
from app.ui.main_window import MainWindow
from app.ui.models.requests import RequestsModel
from app.ui.reasons import ReasonWords


def test_wishes_and_who_wished_for_the_organisation_are_listed(
    window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = opened(window, delegation_event(tmp_path))
    assert page.chosen() is None and page.detail_stack.currentWidget() is page.choose_label
    page.choose(1)
    assert page.organisation_heading.text() == "Qingdao Harbour Engineering (青岛港湾工程)"
    assert "Delegation · China" in page.organisation_details.text()
    assert rows(page.wishes_model) == [
        ["Sørvest Havn AS", "must meet", "", "⇄ mutual", "", "not planned yet"],
        ["Nordsjø Automasjon AS", "would like", "", "", "", "not planned yet"],
    ]
    assert rows(page.wished_by_model) == [
        ["Sørvest Havn AS", "would like", "", "⇄ mutual", "", "not planned yet"],
        ["Energía Levante S.L.", "if time allows", "", "", "", "not planned yet"],
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
    assert unmet == "not met: " + ReasonWords().reason(reasons[(1, 5)].reason)
    outcome = page.wishes_model.index(1, page.wishes_model.column_of(RequestsModel.OUTCOME))
    assert outcome.data(Qt.ItemDataRole.ToolTipRole) == reasons[(1, 5)].detail or reasons[(1, 5)].reason
    assert outcome.data(Qt.ItemDataRole.ForegroundRole) is not None


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


def test_a_wish_is_marked_agreed_with_its_check_box_and_undone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    model = page.wishes_model
    agreed = model.index(1, model.column_of(RequestsModel.AGREED))  # 1 -> Nordsjø Automasjon AS (5)
    assert model.flags(agreed) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(agreed, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(agreed, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    refreshed(qtbot, window)
    assert MeetingRequest(1, 5, agreed=True) in stored(path).requests
    assert rows(model)[1][model.column_of(RequestsModel.AGREED)] == "agreed"
    window.undo_action.trigger()
    refreshed(qtbot, window)
    assert stored(path).requests == f.delegation_day().requests
    assert model.data(agreed, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_unticking_a_mutual_pair_from_either_side_takes_the_agreement_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = delegation_event(tmp_path)
    page = opened(window, path)
    page.choose(1)
    model = page.wishes_model
    column = model.column_of(RequestsModel.AGREED)
    assert model.setData(model.index(0, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    refreshed(qtbot, window)
    assert MeetingRequest(1, 4, Priority.MUST_MEET, agreed=True) in stored(path).requests
    page.choose(4)  # Sørvest Havn's own wish to meet Qingdao: the same pair, so ticked
    back = model.index(0, column)
    assert model.data(back, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(back, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    refreshed(qtbot, window)
    assert not any(r.agreed for r in stored(path).requests)
    assert model.data(model.index(0, column), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
