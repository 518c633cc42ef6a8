"""The Requests page as a whole: its place in the window, what it says without an event, and the outcomes of a
large event computed off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.requests.wishes import delegation_event, rows

from app.ui import jobs
from app.ui.main_window import MainWindow
from app.ui.requests.page import RequestsPage
from app.ui.session import EventSession


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


def test_reasons_of_a_large_event_come_from_a_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "INLINE_BELOW", 0)
    path = delegation_event(tmp_path, planned=True)
    assert window.open_event(path)
    with qtbot.waitSignal(window.requests_page.outcomes_ready, timeout=30_000):
        window.show_page("requests")
        window.requests_page.choose(1)
    assert rows(window.requests_page.wishes_model)[1][-1].startswith("not met: ")
