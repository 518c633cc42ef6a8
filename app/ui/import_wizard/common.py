"""What the steps of the import wizard share: the step numbers, file filters, and helpers that build their
tables and show that a file is being read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.event_files import EVENT_SUFFIX
from app.services.importing import ImportResult
from app.ui.models.import_ import (
    CHOICES_ROLE,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


Index = QModelIndex | QPersistentModelIndex


WORKBOOK_FILTER = "Registrations (*.xlsx *.xlsm *.csv)"


EVENT_FILTER = f"MeetGrid events (*{EVENT_SUFFIX})"


WRAPPED_FINDINGS = 300
"""Up to this many findings, each row is as high as its wrapped message."""


FILE, SHEETS, COLUMNS, CHECK, NAMES, DETAILS, CHANGES = range(7)
"""The wizard's pages, in order; a new event ends with DETAILS, an update with CHANGES."""


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control; the arrows move between cells
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportCounts(QObject):
    """The words for what a workbook holds (its own translation context, so that plural forms are found)."""

    def counts(self, result: ImportResult) -> str:
        reg = result.registrations
        parts = [
            self.tr("%n organisations", "", len(reg.organisations)),
            self.tr("%n participants", "", len(reg.participants)),
            self.tr("%n requests", "", len(reg.requests)),
        ]
        if reg.interpreters:
            parts.append(self.tr("%n interpreters", "", len(reg.interpreters)))
        return self.tr(", ", "between the parts of a list").join(parts)


def _counts(result: ImportResult) -> str:
    return ImportCounts().counts(result)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the choices its model offers (``CHOICES_ROLE``); a pick is passed to
    the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _row, box=combo: self.commitData.emit(box))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _columns(view: QTableView, *, stretch: int, fixed: dict[int, int] | None = None) -> None:
    """Columns sized to their contents whenever shown, one stretched, some of a fixed width in characters
    (those holding combo boxes); rows as high as a combo box."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    chars = view.fontMetrics().averageCharWidth()
    for column in range(view.model().columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif fixed and column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, fixed[column] * chars)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if fixed:
        view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)


def _open_editors(view: QTableView, column: int | None = None, row: int | None = None) -> None:
    """Show the combo boxes of a column (or a row) all the time, so the choice is seen without a click."""
    model = view.model()
    cells = (
        [(r, column) for r in range(model.rowCount())]
        if column is not None
        else [(row or 0, c) for c in range(model.columnCount())]
    )
    for r, c in cells:
        index = model.index(r, c)
        if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            view.openPersistentEditor(index)


class _Busy(QWidget):
    """A busy bar and what is being done, shown while the workbook is read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.label = QLabel(self.tr("Reading the workbook…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)


class _Page(QWizardPage):
    """A step of the wizard: its content above, the busy bar below; it cannot be left while reading."""

    def __init__(self, owner: ImportWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(title)
        self.setSubTitle(subtitle)
        outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.busy = _Busy()
        outer.addWidget(self.busy)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.owner.is_reading() and self.ready()

    def validatePage(self) -> bool:
        return self.isComplete()  # also when driven without the buttons

    def ready(self) -> bool:
        return True

    def refresh(self) -> None:
        """The examination changed: show it."""

    @staticmethod
    def note(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label
