"""The statistics page shows what ``reports.statistics`` counts, or says what to do first."""

from __future__ import annotations

import dataclasses

import factories as f
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting, Organisation
from app.services import reports
from app.ui.statistics_page import BreakdownModel, StatisticsPage

# The delegation day with organisation 7 left out, two idle gaps and one table change (see
# tests/test_statistics.py for the figures worked out by hand).
TIMETABLE = (
    Meeting(1, slot_id=1, table_id=1, organisation_ids=(1, 4), participant_ids=(1, 5)),
    Meeting(2, slot_id=1, table_id=2, organisation_ids=(2, 5), participant_ids=(3, 6)),
    Meeting(3, slot_id=2, table_id=1, organisation_ids=(3, 6), participant_ids=(4, 7)),
    Meeting(4, slot_id=3, table_id=1, organisation_ids=(1, 5), participant_ids=(2, 6)),
)


def planned() -> Event:
    return dataclasses.replace(f.delegation_day(), meetings=TIMETABLE)


def page_for(qtbot: QtBot, event: Event | None) -> StatisticsPage:
    page = StatisticsPage()
    qtbot.addWidget(page)
    page.set_event(event)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def figure(page: StatisticsPage, key: str) -> tuple[str, str]:
    value, caption = page.figure_labels[key]
    return value.text(), caption.text()


def cells(model: BreakdownModel) -> list[list[object]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_without_an_event_the_page_says_what_to_do(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = page_for(qtbot, None)
    assert page.is_empty() and page.statistics() is None
    assert "No event open" in page.empty_label.text()
    assert "import registrations" in page.empty_label.text()
    assert page.histogram.labels() == ()
    for model in (page.groups_model, page.countries_model):
        qtmodeltester.check(model)
        assert model.rowCount() == 0
    assert not page.grab().isNull()


def test_an_event_not_planned_yet_asks_for_a_plan(qtbot: QtBot) -> None:
    event = f.delegation_day()
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, name="R&D <day>"))
    page = page_for(qtbot, event)
    assert page.is_empty()
    assert "No timetable yet" in page.empty_label.text()
    assert "R&amp;D &lt;day&gt;" in page.empty_label.text(), "the event's name is shown as text"


def test_the_headline_figures_match_the_statistics(qtbot: QtBot) -> None:
    page = page_for(qtbot, planned())
    stats = reports.statistics(planned())
    assert not page.is_empty()
    assert page.statistics() == stats
    assert figure(page, "requests") == ("7 of 10 (70 %)", "requests met, of 4 meetings in all")
    assert figure(page, "mutual") == ("3 of 3 (100 %)", "mutual requests met")
    assert figure(page, "without") == ("1", "organisations without a meeting, of 7")
    assert figure(page, "gaps") == ("2", "idle gaps, at most 1 for one organisation")
    assert figure(page, "changes") == ("1", "table changes")
    assert not page.grab().isNull()


def test_the_histogram_counts_organisations_by_meetings(qtbot: QtBot) -> None:
    page = page_for(qtbot, planned())
    chart = page.histogram
    assert chart.labels() == ("0", "1", "2")
    assert chart.values() == (1, 4, 2)
    assert chart.title() == "Organisations by number of meetings"
    assert chart.isVisible() and len(chart.bar_rects()) == 3
    image = chart.grab()
    assert image.width() >= chart.width() and image.height() >= chart.height()


def test_organisations_without_a_meeting_are_listed(qtbot: QtBot) -> None:
    page = page_for(qtbot, planned())
    names = [page.without_list.item(row).text() for row in range(page.without_list.count())]
    assert names == ["Energía Levante S.L."]
    assert page.without_panel.isVisible()


def test_when_everyone_meets_the_list_makes_room(qtbot: QtBot) -> None:
    meetings = (
        *TIMETABLE,
        Meeting(5, slot_id=4, table_id=1, organisation_ids=(1, 7), participant_ids=(1, 8)),
    )
    page = page_for(qtbot, dataclasses.replace(planned(), meetings=meetings))
    assert page.without_list.count() == 0
    assert not page.without_panel.isVisible()
    assert figure(page, "without")[0] == "0"


def test_tables_by_group_and_by_country(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    event = planned()
    unnamed = Organisation(8, "Stavanger Kommune", group="Host")
    page = page_for(qtbot, dataclasses.replace(event, organisations=(*event.organisations, unnamed)))
    groups, countries = page.groups_model, page.countries_model
    qtmodeltester.check(groups)
    qtmodeltester.check(countries)
    assert groups.headerData(0, Qt.Orientation.Horizontal) == "Group"
    assert countries.headerData(0, Qt.Orientation.Horizontal) == "Country"
    assert [groups.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 7)] == [
        "Organisations",
        "Meetings",
        "Meetings each",
        "Requests met",
        "Mutual requests met",
        "Without a meeting",
    ]
    assert cells(groups) == [
        ["Delegation", 3, 4, "1.3", "4 of 6 (67 %)", "3 of 3 (100 %)", 0],
        ["Host", 5, 4, "0.8", "3 of 4 (75 %)", "3 of 3 (100 %)", 2],
    ]
    assert cells(countries) == [
        ["China", 3, 4, "1.3", "4 of 6 (67 %)", "3 of 3 (100 %)", 0],
        ["Norway", 3, 4, "1.3", "3 of 3 (100 %)", "3 of 3 (100 %)", 0],
        ["Spain", 1, 0, "0.0", "0 of 1 (0 %)", "–", 1],
        ["(none given)", 1, 0, "0.0", "–", "–", 1],
    ]
    assert groups.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.groups_view.model() is groups and page.countries_view.model() is countries


def test_closing_the_event_empties_the_page(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = page_for(qtbot, planned())
    page.set_event(None)
    assert page.is_empty() and page.statistics() is None
    assert page.without_list.count() == 0 and page.histogram.values() == ()
    qtmodeltester.check(page.groups_model)
    assert page.groups_model.rowCount() == page.countries_model.rowCount() == 0
