"""The chooser of the Print page: every agenda or one organisation's, searchable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui.print.agendas import show, texts

from app.ui.print.page import PrintPage


def test_switching_organisation_changes_the_document(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    first = page.preview_path()
    row = page.filtered.index(3, 0)
    assert row.data() == "Sørvest Havn AS"
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.organisation_list.setCurrentIndex(row)
    assert page.choice() == 4
    assert page.title_label.text().startswith("Agenda of Sørvest Havn AS")
    path = page.preview_path()
    assert path is not None and path != first
    assert first is not None and not first.exists(), "the previous preview file is removed"
    assert "Sørvest Havn AS" in texts(path)[0]


def test_all_agendas_in_one_document(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.all_button.setChecked(True)
    assert page.choice() is None
    assert page.document.pageCount() == 7
    assert page.title_label.text() == "All 7 agendas · 7 pages"
    assert not page.organisation_list.selectionModel().hasSelection()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.one_button.setChecked(True)
    assert page.choice() == 1 and page.document.pageCount() == 1


def test_the_search_filters_the_organisations(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)

    def listed() -> list[str]:
        return [page.filtered.index(row, 0).data() for row in range(page.filtered.rowCount())]

    page.search.setText("norway")
    assert listed() == ["Sørvest Havn AS", "Nordsjø Automasjon AS", "Ryfylke Vind AS"]
    page.search.setText("济南")
    assert listed() == ["Jinan Smart Works"]
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.search.returnPressed.emit()
    assert page.choice() == 2
    page.search.setText("nobody by this name")
    assert listed() == [] and page.no_match.isVisibleTo(page)
    page.search.clear()
    assert len(listed()) == 7 and not page.no_match.isVisibleTo(page)
    assert page.organisation_list.currentIndex().data() == "Jinan Smart Works"
