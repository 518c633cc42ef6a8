"""The walk-in form: an organisation (or people of one registered already) that turns up at the desk,
its people and the organisations present it wishes to meet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event
from app.services import event_day


@dataclass(frozen=True, slots=True)
class WalkIn:
    """What the form was filled in with, as plain values."""

    organisation: str
    country: str
    group: str
    people: tuple[str, ...]
    wishes: tuple[str, ...]
    """Names of organisations of the event."""


class WalkInForm(QDialog):
    """Register a walk-in: the organisation's name, country and group, its people (one a line), and the
    organisations present it wishes to meet (those not wholly absent, at the time the form opens)."""

    def __init__(self, event: Event, at: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(
            self.tr("The organisation's name (a registered one adds people to it)")
        )
        self.country = QLineEdit()
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(sorted({o.group for o in event.organisations if o.group}))
        self.group.setCurrentText("")
        self.people = QPlainTextEdit()
        self.people.setPlaceholderText(self.tr("One person a line"))
        self.people.setTabChangesFocus(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the organisations present"))
        self.filter.setClearButtonEnabled(True)
        self.wishes = QListWidget()
        per_org, _ = event_day.attendance_counts(event, at)
        for org in sorted(event.organisations, key=lambda o: o.name.casefold()):
            counts = per_org[org.id]
            if counts.people and not counts.arrived + counts.expected:
                continue  # wholly absent
            item = QListWidgetItem(" ".join(n for n in org.names if n))
            item.setData(Qt.ItemDataRole.UserRole, org.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.wishes.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("People"), self.people)
        form.addRow(self.tr("Wishes to meet"), self.filter)
        form.addRow("", self.wishes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.organisation.textChanged.connect(self._check)
        self.people.textChanged.connect(self._check)
        self._check()

    def values(self) -> WalkIn:
        wishes = tuple(
            str(self.wishes.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.wishes.count())
            if self.wishes.item(row).checkState() == Qt.CheckState.Checked
        )
        return WalkIn(
            self.organisation.text().strip(),
            self.country.text().strip(),
            self.group.currentText().strip(),
            tuple(line.strip() for line in self.people.toPlainText().splitlines() if line.strip()),
            wishes,
        )

    def check_wish(self, name: str) -> None:
        """Tick the organisation called ``name`` (as a click on it does)."""
        for row in range(self.wishes.count()):
            item = self.wishes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(name)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.wishes.count()):
            item = self.wishes.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check(self) -> None:
        values = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(values.organisation) and bool(values.people))
