"""The *Interpreters* tab of the Event setup page: the interpreters, their languages and hours."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import (
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Interpreter,
    Interpreting,
)
from app.services.importing import parse_periods, split_list
from app.ui.models.setup import (
    PROBLEM_COLOUR,
    InterpretersModel,
)
from app.ui.setup.base import SetupBase
from app.ui.time_grid import (
    TIME_FORMAT,
    qtime,
    to_time,
)


class InterpretersTab(SetupBase):
    def _build_interpreters_tab(self) -> QWidget:
        self.interpreters_model = InterpretersModel(self)
        self.interpreters_view = self._view(self.interpreters_model, editable=False)
        self.interpreters_view.setAccessibleName(self.tr("Interpreters"))
        self.interpreters_view.doubleClicked.connect(lambda index: self.edit_interpreter(index.row()))
        self.interpreters_model.edited.connect(self._draft_changed)
        self.add_interpreter_button = QPushButton(self.tr("&Add an interpreter…"))
        self.add_interpreter_button.clicked.connect(self.add_interpreter)
        self.edit_interpreter_button = QPushButton(self.tr("&Change…"))
        self.edit_interpreter_button.clicked.connect(
            lambda: self.edit_interpreter(self._current_row(self.interpreters_view))
        )
        self.remove_interpreter_button = QPushButton(self.tr("&Remove"))
        self.remove_interpreter_button.clicked.connect(self.remove_interpreters)
        self.interpreting = QComboBox()
        self.interpreting.addItem(
            self.tr("Preferred: such meetings go ahead; interpreters are named where they are free"),
            Interpreting.PREFERRED.value,
        )
        self.interpreting.addItem(
            self.tr("Required: such a meeting takes place only with an interpreter"),
            Interpreting.REQUIRED.value,
        )
        self.interpreting.setAccessibleName(self.tr("Meetings without a shared language"))
        self.interpreting.currentIndexChanged.connect(self._draft_changed)
        rule = QFormLayout()
        rule.addRow(self.tr("Meetings without a shared language"), self.interpreting)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Organisations that share no language need someone who speaks a language of each: an "
                    "interpreter listed here (one meeting at a time), or one of their own people who speaks "
                    "both. Without interpreters listed, such meetings are planned and marked as needing "
                    "interpreting, so you see how many to book."
                )
            )
        )
        layout.addLayout(rule)
        layout.addWidget(self.interpreters_view, 1)
        layout.addLayout(
            self._buttons(
                self.add_interpreter_button, self.edit_interpreter_button, self.remove_interpreter_button
            )
        )
        return tab

    def _new_interpreter_id(self) -> int:
        stored = self._event.interpreters if self._event else ()
        return max((i.id for i in (*stored, *self.interpreters_model.rows())), default=0) + 1

    @Slot()
    def add_interpreter(self) -> bool:
        interpreter = self.ask_interpreter(None, self._new_interpreter_id())
        if interpreter is None:
            return False
        row = self.interpreters_model.append(interpreter)
        self.interpreters_view.setCurrentIndex(self.interpreters_model.index(row, 0))
        return True

    def edit_interpreter(self, row: int) -> bool:
        existing = self.interpreters_model.row_at(row)
        if existing is None or self._session.busy:
            return False
        interpreter = self.ask_interpreter(existing, existing.id)
        if interpreter is None or interpreter == existing:
            return False
        self.interpreters_model.replace(row, interpreter)
        return True

    @Slot()
    def remove_interpreters(self) -> None:
        self.interpreters_model.remove_rows(self._selected_rows(self.interpreters_view))

    def ask_interpreter(self, interpreter: Interpreter | None, new_id: int) -> Interpreter | None:
        dialog = InterpreterDialog(interpreter, new_id, self)
        return dialog.interpreter() if dialog.exec() else None


class InterpreterDialog(QDialog):
    """Name, languages and hours of one interpreter, checked before the dialog closes."""

    def __init__(self, interpreter: Interpreter | None, new_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interpreter") if interpreter else self.tr("New interpreter"))
        self._original = interpreter
        self._id = interpreter.id if interpreter else new_id
        self._result: Interpreter | None = None
        self.name = QLineEdit(interpreter.name if interpreter else "")
        self.languages = QLineEdit(", ".join(interpreter.languages) if interpreter else "")
        self.languages.setPlaceholderText(self.tr("e.g. Chinese, Norwegian, English"))
        self.has_from = QCheckBox(self.tr("Fr&om"))
        self.has_until = QCheckBox(self.tr("&Until"))
        self.from_time = QTimeEdit(
            qtime(interpreter.available_from if interpreter and interpreter.available_from else time(9))
        )
        self.until_time = QTimeEdit(
            qtime(interpreter.available_until if interpreter and interpreter.available_until else time(17))
        )
        for check, edit, value in (
            (self.has_from, self.from_time, interpreter.available_from if interpreter else None),
            (self.has_until, self.until_time, interpreter.available_until if interpreter else None),
        ):
            edit.setDisplayFormat(TIME_FORMAT)
            check.toggled.connect(edit.setEnabled)
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
        hours = QHBoxLayout()
        for widget in (self.has_from, self.from_time, self.has_until, self.until_time):
            hours.addWidget(widget)
        hours.addStretch(1)
        self.away = QLineEdit(", ".join(str(p) for p in interpreter.away) if interpreter else "")
        self.away.setPlaceholderText(self.tr("e.g. 12:00-12:45, 15:15-15:45"))
        self.away.setToolTip(self.tr("Times of every day when the interpreter is not there"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Available"), hours)
        form.addRow(self.tr("Away"), self.away)
        note = QLabel(self.tr("Leave both times unticked when the interpreter is there all day."))
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def interpreter(self) -> Interpreter | None:
        """The interpreter as entered, once accepted."""
        return self._result

    def accept(self) -> None:
        start = to_time(self.from_time.time()) if self.has_from.isChecked() else None
        end = to_time(self.until_time.time()) if self.has_until.isChecked() else None
        if start is not None and end is not None and start >= end:
            self.problem.setText(self.tr("The interpreter must be there until after they arrive."))
            return
        away, wrong = parse_periods(self.away.text())
        if wrong:
            self.problem.setText(
                self.tr(
                    "'{part}' is not a span of time; write it like 12:00-12:45, several separated by commas."
                ).replace("{part}", wrong[0])
            )
            return
        try:
            self._result = Interpreter(
                self._id,
                " ".join(self.name.text().split()),
                split_list(self.languages.text()),
                start,
                end,
                away,
            )
        except ValueError as exc:
            text = str(exc)
            self.problem.setText(text[:1].upper() + text[1:] + ".")
            return
        super().accept()
