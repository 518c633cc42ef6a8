"""The *Across groups* tab of the Requests page: the matrix of requests from group to group, its cells and
their colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.requests.wishes import delegation_event, opened, refreshed, rows, stored

from app.domain.wishes import request_matrix
from app.ui.main_window import MainWindow
from app.ui.models.requests import contrast, legible_text


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


def test_cell_text_is_legible_on_any_colour() -> None:
    steps = [i / 8 for i in range(9)]
    for red in steps:
        for green in steps:
            for blue in steps:
                background = QColor.fromRgbF(red, green, blue)
                assert contrast(legible_text(background), background) >= 4.5
