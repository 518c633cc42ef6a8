"""The day views of the Timetable page: one organisation's, one table's or one interpreter's day, chosen from
a list, and the grid's meetings followed into them."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.rows import org_label
from app.ui.models.timetable import (
    DayModel,
)
from app.ui.timetable.base import TimetableBase
from app.ui.timetable.grid import DayLineDelegate


class DayViews(TimetableBase):
    def _chooser(self, *, searchable: bool) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(48 if searchable else 24)
        box.setMaxVisibleItems(20)
        if searchable:  # a thousand organisations: type part of a name
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = box.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line = box.lineEdit()
            if line is not None:  # a long name shows its beginning, not its end
                box.currentIndexChanged.connect(lambda _row: line.setCursorPosition(0))
        return box

    def _day_view(self, model: DayModel, *, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(DayLineDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        metrics = view.fontMetrics()
        view.setIconSize(QSize(metrics.height(), metrics.height()))
        view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + metrics.height() // 2)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(lambda index: self._jump_from(model, index))

        def fit() -> None:
            hidden = model.hidden_columns()
            for column in range(model.columnCount()):
                view.setColumnHidden(column, column in hidden)
            view.clearSpans()
            for row in model.break_rows():  # a break's name across the row
                view.setSpan(row, 1, 1, model.columnCount() - 1)

        model.modelReset.connect(fit)
        return view

    def _day_tab(self, label: str, box: QComboBox, view: QTableView) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(label)
        caption.setBuddy(box)
        row.addWidget(caption)
        row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return tab

    @Slot(int)
    def _on_view_chosen(self, view: int) -> None:
        self._refresh_view(view)

    def _refresh_view(self, view: int) -> None:
        """Bring one organisation's, table's or interpreter's day up to date; the others wait till shown."""
        event = self._event
        if view not in self._stale_views or event is None:
            return
        self._stale_views.discard(view)
        box, model, _view = self._days[view]
        if view == self.ORGANISATION:
            ordered = sorted(event.organisations, key=lambda o: (o.name.casefold(), o.id))
            choices = [(org_label(o), o.id) for o in ordered]
        elif view == self.TABLE:
            choices = [(t.name, t.id) for t in event.tables]
        else:
            choices = [(i.name, i.id) for i in event.interpreters]
        chosen = box.currentData()
        present = [(box.itemText(row), box.itemData(row)) for row in range(box.count())]
        if present != choices:
            box.blockSignals(True)
            box.clear()
            for text, subject in choices:
                box.addItem(text, subject)
            row = box.findData(chosen) if chosen is not None else -1
            box.setCurrentIndex(max(row, 0) if choices else -1)
            box.blockSignals(False)
        model.show(event, box.currentData())

    def current_view(self) -> int:
        return self.views.currentIndex()

    def show_view(self, view: int) -> None:
        """Show all tables (``GRID``) or one organisation's, table's or interpreter's day."""
        self.views.setCurrentIndex(view)

    def _show_day(self, view: int, subject: int) -> bool:
        self.show_view(view)
        box = self._days[view][0]
        row = box.findData(subject)
        if row < 0:
            return False
        box.setCurrentIndex(row)
        return True

    def show_organisation(self, org_id: int) -> bool:
        return self._show_day(self.ORGANISATION, org_id)

    def show_table(self, table_id: int) -> bool:
        return self._show_day(self.TABLE, table_id)

    def show_interpreter(self, interpreter_id: int) -> bool:
        return self._show_day(self.INTERPRETER, interpreter_id)

    def _jump_from(self, model: DayModel, index: QModelIndex) -> None:
        meeting = model.meeting_at(index.row())
        if meeting is not None:
            self.show_meeting(meeting.id)

    def show_meeting(self, meeting_id: int) -> bool:
        """Show the meeting in the grid of all tables, selected."""
        index = self.timetable_model.index_of(meeting_id)
        if not index.isValid():
            return False
        self.show_view(self.GRID)
        self.timetable_view.setCurrentIndex(index)
        self.timetable_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.timetable_view.setFocus()
        return True
