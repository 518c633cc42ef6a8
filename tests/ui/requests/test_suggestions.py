"""The *Suggested pairs* tab of the Requests page: pairs that share interests, accepted as requests."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.requests.wishes import interests_event, opened, refreshed, stored

from app.domain import MeetingRequest, Priority
from app.ui import jobs
from app.ui.main_window import MainWindow


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
    assert page.accept_button.isEnabled() and page.accept_button.text() == "A&ccept 2 selected"
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
    monkeypatch.setattr(jobs, "INLINE_BELOW", 0)
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
