"""The Outcomes page: what came of each meeting (held or not and who was missing, follow-up, a rating of 1
to 5, a note), typed in at the desk or read from a feedback workbook, and the post-event report.

Every change is stored through the session as an undoable step (``outcomes.record_outcome``,
``outcomes.import_feedback``); the model only shows the event and turns a typed cell into an ``Outcome``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event, Meeting, MeetingResult, Outcome, Pair
from app.services import outcomes
from app.ui.jobs import failure_message, wait_for
from app.ui.session import EventSession
from app.ui.widgets import ROWS_MEASURED, heading

AnyIndex = QModelIndex | QPersistentModelIndex
Store = Callable[[Outcome], Event | None]

TIME, TABLE, FIRST, SECOND, HELD, MISSING, FOLLOW_UP, RATING, NOTE = range(9)
EDITABLE = (HELD, MISSING, FOLLOW_UP, RATING, NOTE)


class OutcomesModel(QAbstractTableModel):
    """The timetable's meetings with their outcomes; an edit is handed to ``store`` as the pair's new
    outcome (the page stores it through the session, and the model shows the event as stored)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._event: Event | None = None
        self._meetings: list[Meeting] = []
        self._titles = (
            self.tr("Time"),
            self.tr("Table"),
            self.tr("Organisation"),
            self.tr("Organisation"),
            self.tr("Held"),
            self.tr("Who was missing"),
            self.tr("Follow-up"),
            self.tr("Rating"),
            self.tr("Note"),
        )
        self._results = {
            MeetingResult.UNKNOWN: "",
            MeetingResult.HELD: self.tr("held"),
            MeetingResult.NOT_HELD: self.tr("not held"),
        }

    def result_words(self) -> dict[MeetingResult, str]:
        return dict(self._results)

    def set_event(self, event: Event | None) -> None:
        self.beginResetModel()
        self._event = event
        if event is None:
            self._meetings = []
        else:
            slots, tables = event.slot_by_id, event.table_by_id
            self._meetings = sorted(
                event.meetings, key=lambda m: (slots[m.slot_id].start, tables[m.table_id].name, m.id)
            )
        self.endResetModel()

    def pair_at(self, row: int) -> Pair:
        return self._meetings[row].organisation_ids

    def outcome_at(self, row: int) -> Outcome:
        assert self._event is not None
        pair = self.pair_at(row)
        return self._event.outcome_by_pair.get(pair, Outcome(pair))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt's own default
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FOLLOW_UP:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._event is None or not 0 <= index.row() < len(self._meetings):
            return None
        meeting, column = self._meetings[index.row()], index.column()
        if column == FOLLOW_UP:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (
                    Qt.CheckState.Checked
                    if self.outcome_at(index.row()).follow_up
                    else Qt.CheckState.Unchecked
                )
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None  # asked for each role of each cell measured or painted: answered before any work
        event = self._event
        a, b = meeting.organisation_ids
        if column == TIME:
            return f"{event.slot_by_id[meeting.slot_id].start:%H:%M}"
        if column == TABLE:
            return event.table_by_id[meeting.table_id].name
        if column == FIRST:
            return event.organisation_by_id[a].name
        if column == SECOND:
            return event.organisation_by_id[b].name
        outcome = self.outcome_at(index.row())
        values = {
            HELD: self._results[outcome.result],
            MISSING: outcome.missing,
            RATING: "" if outcome.rating is None else str(outcome.rating),
            NOTE: outcome.note,
        }
        return values.get(column)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._event is None or index.column() not in EDITABLE:
            return False
        before = self.outcome_at(index.row())
        after = self._edited(before, index.column(), value, role)
        if after is None or after == before:
            return False
        stored = self._store(after)
        if stored is None:
            return False
        # The event as now stored, at once: the next edit (before the window's refresh) builds on it.
        self._event = stored
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def _edited(self, outcome: Outcome, column: int, value: Any, role: int) -> Outcome | None:
        pair = outcome.organisation_ids
        fields = {
            "result": outcome.result,
            "missing": outcome.missing,
            "follow_up": outcome.follow_up,
            "rating": outcome.rating,
            "note": outcome.note,
        }
        if column == FOLLOW_UP:
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            fields["follow_up"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == HELD:
            by_word = {word: result for result, word in self._results.items()}
            if str(value) not in by_word:
                return None
            fields["result"] = by_word[str(value)]
        elif column == RATING:
            text = str(value or "").strip()
            if text and text not in {"1", "2", "3", "4", "5"}:
                return None
            fields["rating"] = int(text) if text else None
        elif column == MISSING:
            fields["missing"] = " ".join(str(value or "").split())
        else:
            fields["note"] = str(value or "").strip()
        return Outcome(pair, **fields)  # type: ignore[arg-type]


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed words (held / not held, a rating) instead of free typing."""

    def __init__(self, choices: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(self._choices)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class OutcomesPage(QWidget):
    """The meetings and what came of them, the feedback workbook, and the report."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OutcomesModel(self.store)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Outcomes of the meetings"))
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.view.setItemDelegateForColumn(
            HELD, _ChoiceDelegate(list(self.model.result_words().values()), self)
        )
        self.view.setItemDelegateForColumn(RATING, _ChoiceDelegate(["", "1", "2", "3", "4", "5"], self))
        self.summary = QLabel()
        self.blank_button = QPushButton(self.tr("&Write blank feedback workbook…"))
        self.import_button = QPushButton(self.tr("&Import feedback…"))
        self.report_button = QPushButton(self.tr("Wri&te the report…"))
        self.blank_button.clicked.connect(self.write_blank)
        self.import_button.clicked.connect(self.import_feedback)
        self.report_button.clicked.connect(self.write_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.blank_button, self.import_button, self.report_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Outcomes"), self, scale=1.3))
        explain = QLabel(
            self.tr(
                "What came of each meeting: double-click a cell to record it, or hand out the feedback "
                "workbook and import it when filled in. Undo takes back any change."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.set_event(session.current)

    def set_event(self, event: Event | None) -> None:
        fit = self.model.rowCount() == 0  # fitted to the first meetings shown, then kept as the organiser set
        self.model.set_event(event)
        if fit:
            self.view.resizeColumnsToContents()
        has_meetings = event is not None and bool(event.meetings)
        for button in (self.blank_button, self.import_button, self.report_button):
            button.setEnabled(has_meetings)
        if event is None:
            self.summary.setText("")
            return
        figures = outcomes.meetings_tally(event)
        self.summary.setText(
            self.tr(
                "{planned} meetings: {held} held, {not_held} not held, {unknown} unknown; {follow} follow-ups"
            )
            .replace("{planned}", str(figures.planned))
            .replace("{held}", str(figures.held))
            .replace("{not_held}", str(figures.not_held))
            .replace("{unknown}", str(figures.unknown))
            .replace("{follow}", str(figures.follow_ups))
        )

    # -- asking (replaced in tests) -------------------------------------------------------------------------

    def ask_save_path(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("Excel workbook (*.xlsx)"))
        return Path(path) if path else None

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import feedback"), "", self.tr("Excel workbook (*.xlsx)")
        )
        return Path(path) if path else None

    def ask_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Write the report to"))
        return Path(path) if path else None

    def tell(self, title: str, message: str, *, problem: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
        QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self).exec()

    # -- actions --------------------------------------------------------------------------------------------

    def store(self, outcome: Outcome) -> Event | None:
        """Store one meeting's outcome as an undoable step; the event as now stored, or None if refused."""
        event = self.session.current
        if event is None or self.session.busy:
            return None
        a, b = (event.organisation_by_id[o].name for o in outcome.organisation_ids)
        text = self.tr("Record the outcome of {a} – {b}").replace("{a}", a).replace("{b}", b)
        stored = self.session.edit(
            text,
            lambda ef: outcomes.record_outcome(
                ef,
                outcome.organisation_ids,
                result=outcome.result,
                missing=outcome.missing,
                follow_up=outcome.follow_up,
                rating=outcome.rating,
                note=outcome.note,
            ),
        )
        return self.session.current if stored else None

    @Slot()
    def write_blank(self) -> Path | None:
        event = self.session.current
        if event is None:
            return None
        path = self.ask_save_path(self.tr("Write the feedback workbook"), "feedback.xlsx")
        if path is None:
            return None
        try:
            written = wait_for(
                lambda: outcomes.write_blank_feedback(event, path), "MeetGrid: feedback workbook"
            )
        except Exception as exc:  # the organiser gets a sentence; a fault in MeetGrid is logged as well
            self.tell(
                self.tr("Cannot write the feedback workbook"), failure_message("write", exc), problem=True
            )
            return None
        self.tell(self.tr("Feedback workbook"), self.tr("Wrote {path}").replace("{path}", str(written)))
        return written

    @Slot()
    def import_feedback(self, path: Path | None = None) -> bool:
        path = path or self.ask_open_path()
        if path is None or not self.session.can_edit():
            return False
        done: list[outcomes.FeedbackImport] = []

        def read(event_file: Any) -> Event:
            done.append(outcomes.import_feedback(event_file, path))
            return done[-1].event

        if not self.session.edit(self.tr("Import feedback from {name}").replace("{name}", path.name), read):
            return False
        reading = done[-1].reading
        lines = [
            self.tr("Rows with answers: {rows}; left empty: {empty}; outcomes changed: {changed}.")
            .replace("{rows}", str(len(reading.rows)))
            .replace("{empty}", str(reading.empty))
            .replace("{changed}", str(len(done[-1].changed)))
        ]
        if reading.skipped:
            lines.append(self.tr("Not read:"))
            lines += [
                str(finding.location or "") + ": " + finding.message for finding in reading.skipped[:20]
            ]
        self.tell(self.tr("Feedback imported"), "\n".join(lines), problem=bool(reading.skipped))
        return True

    @Slot()
    def write_report(self, folder: Path | None = None) -> outcomes.ReportFiles | None:
        event = self.session.current
        folder = folder or self.ask_folder()
        if event is None or folder is None:
            return None
        try:
            files = wait_for(lambda: outcomes.write_report(event, folder), "MeetGrid: the report")
        except Exception as exc:  # the organiser gets a sentence; a fault in MeetGrid is logged as well
            self.tell(
                self.tr("Cannot write the report"), failure_message("write the report", exc), problem=True
            )
            return None
        self.tell(
            self.tr("Report written"),
            self.tr("Wrote {pdf} and {xlsx}")
            .replace("{pdf}", str(files.pdf))
            .replace("{xlsx}", str(files.xlsx)),
        )
        return files
