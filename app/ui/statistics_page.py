"""The statistics page: how well the saved timetable serves the organisations, at a glance.

It shows what ``reports.statistics`` counts: the headline figures, how many organisations hold how many
meetings, who holds none, and the same figures by group and by country.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event
from app.services import reports
from app.services.reports import Breakdown, EventStatistics
from app.ui.charts import BarChart
from app.ui.models.rows import RowsModel
from app.ui.widgets import empty_state, heading

Index = QModelIndex | QPersistentModelIndex

NUMBER_COLUMNS = range(1, 7)


class BreakdownModel(RowsModel[Breakdown]):
    """One row per group (or country) with its organisations, meetings and requests met."""

    def __init__(self, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heading = heading
        self._rows: tuple[Breakdown, ...] = ()

    def set_rows(self, rows: Sequence[Breakdown]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Breakdown, ...]:
        return self._rows

    def headers(self) -> tuple[str, ...]:
        return (
            self._heading,
            self.tr("Organisations"),
            self.tr("Meetings"),
            self.tr("Meetings each"),
            self.tr("Requests met"),
            self.tr("Mutual requests met"),
            self.tr("Without a meeting"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.name or self.tr("(none given)"),
                row.organisations,
                row.meetings,
                f"{row.meetings_per_organisation:.1f}",
                self.share(row.requests_met, row.requests),
                self.share(row.mutual_pairs_met, row.mutual_pairs),
                row.without_meetings,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self.tr("Pairs that asked to meet each other, with at least one organisation from here")
        return None

    def share(self, part: int, whole: int) -> str:
        """'7 of 10 (70 %)', or '–' when nothing was asked."""
        if not whole:
            return "–"
        text = self.tr("{part} of {whole} ({percent} %)")
        return (
            text.replace("{part}", str(part))
            .replace("{whole}", str(whole))
            .replace("{percent}", f"{100 * part / whole:.0f}")
        )


class StatisticsPage(QWidget):
    """The statistics of one event; ``set_event(None)`` or an event not planned yet shows what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statistics: EventStatistics | None = None

        self.empty_label, empty = empty_state(self)

        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(self.fontMetrics().height() * 2)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        for column, key in enumerate(("requests", "mutual", "without", "gaps", "changes")):
            value, caption = QLabel(), QLabel()
            value.setFont(big)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            figures.addWidget(value, 0, column)
            figures.addWidget(caption, 1, column)
            figures.setColumnStretch(column, 1)
            self.figure_labels[key] = (value, caption)

        self.histogram = BarChart()

        self.without_list = QListWidget()
        self.without_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.without_list.setAccessibleName(self.tr("Organisations without a meeting"))
        without = QWidget()
        without_layout = QVBoxLayout(without)
        without_layout.setContentsMargins(0, 0, 0, 0)
        without_layout.addWidget(self._heading(self.tr("Organisations without a meeting")))
        without_layout.addWidget(self.without_list, 1)
        self.without_panel = without

        self.groups_model = BreakdownModel(self.tr("Group"), self)
        self.countries_model = BreakdownModel(self.tr("Country"), self)
        self.groups_view = self._table(self.groups_model)
        self.countries_view = self._table(self.countries_model)
        self.groups_view.setAccessibleName(self.tr("By group"))
        self.countries_view.setAccessibleName(self.tr("By country"))

        # The charts and tables share the width; the list of those left out keeps its own column.
        figures_column = QSplitter(Qt.Orientation.Vertical)
        figures_column.addWidget(self.histogram)
        figures_column.addWidget(self._titled(self.tr("By group"), self.groups_view))
        figures_column.addWidget(self._titled(self.tr("By country"), self.countries_view))
        figures_column.setStretchFactor(0, 3)
        figures_column.setStretchFactor(1, 1)
        figures_column.setStretchFactor(2, 1)
        figures_column.setChildrenCollapsible(False)
        parts = QSplitter(Qt.Orientation.Horizontal)
        parts.addWidget(figures_column)
        parts.addWidget(without)
        parts.setStretchFactor(0, 4)
        parts.setStretchFactor(1, 1)
        parts.setChildrenCollapsible(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(figures)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(parts, 1)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.empty_page = empty
        self.stack.addWidget(content)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_event(None)

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

    def _titled(self, title: str, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(title))
        layout.addWidget(view, 1)
        return box

    def _table(self, model: BreakdownModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the statistics of the event as saved, or what to do when there is nothing to count yet."""
        if event is None:
            self._show_empty(
                self.tr("No event open"),
                self.tr(
                    "Open an event or import registrations, then plan the timetable: this page will show "
                    "how many meetings each organisation gets and which requests are met."
                ),
            )
            return
        statistics = reports.statistics(event)
        if not statistics.planned:
            self._show_empty(
                self.tr("No timetable yet"),
                self.tr(
                    "Plan the timetable of {event} to see how many meetings each organisation gets, which "
                    "requests are met, and the idle gaps and table changes of the day."
                ).replace("{event}", f"<i>{html.escape(event.settings.name)}</i>"),
            )
            return
        self._statistics = statistics
        self._show(statistics)
        self.stack.setCurrentWidget(self.content)

    def statistics(self) -> EventStatistics | None:
        """The figures shown; None while the page says what to do instead."""
        return self._statistics

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def _show_empty(self, title: str, text: str) -> None:
        self._statistics = None
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.histogram.set_bars([], [])
        self.groups_model.set_rows(())
        self.countries_model.set_rows(())
        self.without_list.clear()
        self.stack.setCurrentWidget(self.empty_page)

    def _show(self, stats: EventStatistics) -> None:
        share = self.groups_model.share

        def figure(key: str, value: str, caption: str) -> None:
            value_label, caption_label = self.figure_labels[key]
            value_label.setText(value)
            caption_label.setText(caption)

        figure(
            "requests",
            share(stats.requests_met, stats.requests),
            self.tr("requests met, of %n meetings in all", "", stats.meetings),
        )
        figure("mutual", share(stats.mutual_pairs_met, stats.mutual_pairs), self.tr("mutual requests met"))
        figure(
            "without",
            str(len(stats.without_meetings)),
            self.tr("organisations without a meeting, of {n}").replace("{n}", str(stats.organisations)),
        )
        most = stats.figures.most_idle_gaps
        figure(
            "gaps",
            str(stats.figures.idle_gaps),
            self.tr("idle gaps, at most {n} for one organisation").replace("{n}", str(most))
            if most
            else self.tr("idle gaps"),
        )
        figure("changes", str(stats.figures.table_changes), self.tr("table changes"))

        self.histogram.set_bars(
            [str(count) for count in range(len(stats.histogram))],
            list(stats.histogram),
            self.tr("Organisations by number of meetings"),
            x_title=self.tr("meetings held"),
            y_title=self.tr("organisations"),
        )
        self.without_list.clear()
        self.without_list.addItems(list(stats.without_meetings))
        for row, name in enumerate(stats.without_meetings):
            self.without_list.item(row).setToolTip(name)
        # Wide enough for the names, but the charts keep most of the page.
        metrics = self.without_list.fontMetrics()
        longest = max((metrics.horizontalAdvance(name) for name in stats.without_meetings), default=0)
        em = metrics.height()
        self.without_list.setMinimumWidth(round(min(longest + em * 2.5, em * 22)))
        self.without_list.setVisible(bool(stats.without_meetings))
        # With nobody left out the headline says so, and the charts take the whole width.
        self.without_panel.setVisible(bool(stats.without_meetings))
        self.groups_model.set_rows(stats.by_group)
        self.countries_model.set_rows(stats.by_country)
        for view in (self.groups_view, self.countries_view):
            self._fit_rows(view)

    @staticmethod
    def _fit_rows(view: QTableView) -> None:
        """Tall enough for the first few rows, so a small window does not squeeze a table to its header."""
        rows = min(view.model().rowCount(), 4)
        height = view.horizontalHeader().sizeHint().height()
        height += rows * view.verticalHeader().defaultSectionSize()
        height += view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth()
        view.setMinimumHeight(height)
