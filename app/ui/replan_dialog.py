"""The window's "Re-plan the rest of the day…": ask the time and the moves allowed, re-plan in a worker
thread, show what would be cancelled, added and moved and why, and store it only when the organiser agrees.
It is one edit of the session, so Undo takes it back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event
from app.services import replanning, reprinting
from app.ui.jobs import JobRunner
from app.ui.session import EventSession

Clock = Callable[[], datetime]


class ReplanRequestDialog(QDialog):
    """The time to re-plan at (now, by default) and how many later meetings may move."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-plan the rest of the day"))
        self.when = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.moves = QSpinBox()
        self.moves.setRange(0, 500)
        self.moves.setToolTip(
            self.tr(
                "0: no meeting that stays moves. More: up to this many later meetings may move to meet "
                "more wishes"
            )
        )
        explain = QLabel(
            self.tr(
                "Meetings that have started stay as they are. Meetings with a side absent are cancelled, "
                "unless a free colleague can take the place; the tables freed go to wishes not met yet, "
                "walk-ins included."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Re-plan from"), self.when)
        form.addRow(self.tr("Meetings that may move"), self.moves)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Work out the changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> tuple[datetime, int]:
        chosen = self.when.dateTime()
        day, clock = chosen.date(), chosen.time()
        when = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return when, self.moves.value()

    @classmethod
    def ask(cls, now: datetime, parent: QWidget | None = None) -> tuple[datetime, int] | None:
        """The organiser's time and moves allowed, or None when they cancel."""
        dialog = cls(now, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChangesDialog(QDialog):
    """What a re-plan would change, by kind, each with its reason; Apply stores it."""

    def __init__(self, event: Event, result: replanning.Replan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        changes = result.changes
        self.setWindowTitle(self.tr("Changes of the re-plan"))
        self.resize(720, 480)
        quality = (
            self.tr("No better fill of the freed tables exists.")
            if result.proven_best
            else self.tr("The best fill found in the time.")
        )
        summary = QLabel(
            self.tr("From {now}: {cancelled}, {added}, {moved}, {unchanged}. ")
            .replace("{now}", f"{changes.now:%H:%M}")
            .replace("{cancelled}", self.tr("%n cancelled", "", len(changes.cancelled)))
            .replace("{added}", self.tr("%n added", "", len(changes.added)))
            .replace("{moved}", self.tr("%n changed", "", len(changes.moved)))
            .replace("{unchanged}", self.tr("%n unchanged", "", changes.unchanged))
            + quality
        )
        summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        headings = {
            "Cancelled": self.tr("Cancelled"),
            "Added": self.tr("Added"),
            "Moved": self.tr("Moved"),
            "Kept with other people": self.tr("Kept with other people"),
        }
        for heading, lines in replanning.change_lines(event, changes):
            if not lines:
                continue
            top = QTreeWidgetItem([f"{headings.get(heading, heading)} ({len(lines)})"])
            top.addChildren([QTreeWidgetItem([line]) for line in lines])
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply the changes"))
        self.apply_button.setEnabled(not changes.empty)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if changes.empty:
            layout.addWidget(QLabel(self.tr("Nothing needs to change.")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    @classmethod
    def confirm(cls, event: Event, result: replanning.Replan, parent: QWidget | None = None) -> bool:
        """True when the organiser applies the changes."""
        return cls(event, result, parent).exec() == QDialog.DialogCode.Accepted


class Replanner(QObject):
    """The "Re-plan the rest of the day…" action and its flow. ``clock``, ``ask`` and ``confirm`` are plain
    callables that tests replace."""

    finished = Signal(bool)  # True when a re-plan was stored
    failed = Signal(str, str)  # title, message
    sheet_written = Signal(str)  # the change sheet's path

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.clock: Clock = datetime.now
        self.ask: Callable[[datetime, QWidget | None], tuple[datetime, int] | None] = ReplanRequestDialog.ask
        self.confirm: Callable[[Event, replanning.Replan, QWidget | None], bool] = ChangesDialog.confirm
        self.ask_sheet_path: Callable[[QWidget | None], Path | None] = ask_sheet_path
        self.runner = JobRunner(self)
        self.action = QAction(self.tr("Re-plan the rest of the &day…"), self)
        self.action.setToolTip(
            self.tr(
                "Cancel what absences stop, fill the tables freed from wishes not met, and move nothing else"
            )
        )
        self.action.triggered.connect(self.start)
        session.changed.connect(self._update)
        session.busy_changed.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        event = self.session.current
        self.action.setEnabled(
            event is not None
            and bool(event.meetings)
            and not self.session.busy
            and not self.runner.is_running()
        )

    def start(self) -> bool:
        """Ask, then compute in a worker thread; False when nothing was started."""
        event = self.session.current
        if event is None or not self.session.can_edit() or self.runner.is_running():
            return False
        answer = self.ask(self.clock(), self.window)
        if answer is None:
            return False
        now, moves = answer
        started = self.runner.start(
            "re-plan the rest of the day",
            lambda: replanning.compute(event, now, moves),
            lambda result: self._computed(event, result),
            lambda message: self._failed(message),
        )
        self._update()
        return started

    def _computed(self, event: Event, result: replanning.Replan) -> None:
        self._update()
        if result.problems:
            self._failed(
                self.tr("The re-plan breaks a rule, so nothing was stored: ") + "; ".join(result.problems)
            )
            return
        if self.session.current is not event:
            self._failed(self.tr("The event changed while the re-plan was worked out; re-plan again."))
            return
        if result.changes.empty or not self.confirm(event, result, self.window):
            self.finished.emit(False)
            return
        stored = self.session.edit(
            self.tr("Re-plan the rest of the day"),
            lambda event_file: replanning.apply_replan(event_file, result.meetings, result.changes),
            whole=True,
        )
        if stored:
            self._offer_sheet(result)
        self.finished.emit(stored)

    def _offer_sheet(self, result: replanning.Replan) -> None:
        """The desk's change sheet (per organisation, old → new), saved where the organiser says."""
        path = self.ask_sheet_path(self.window)
        current = self.session.current
        if path is None or current is None:
            return
        self.runner.start(
            "write the change sheet",
            lambda: reprinting.print_change_sheet(current, result.changes, path),
            lambda written: self.sheet_written.emit(str(written)),
            lambda message: self.failed.emit(self.tr("Cannot write the change sheet"), message),
        )

    def _failed(self, message: str) -> None:
        self._update()
        self.failed.emit(self.tr("Cannot re-plan the day"), message)
        self.finished.emit(False)

    def shutdown(self) -> None:
        self.runner.wait()


def ask_sheet_path(parent: QWidget | None) -> Path | None:
    """Where to save the change sheet of the re-plan just applied; None: not now."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReplanDialog", "Save the change sheet for the desk (Cancel: not now)"),
        "changes.pdf",
        QCoreApplication.translate("ReplanDialog", "PDF (*.pdf)"),
    )
    return Path(path) if path else None
