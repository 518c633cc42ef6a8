"""Qt models of the import wizard over an ``Examination``: the sheets, a sheet's first rows under the field
each column is read as, the findings, the names matched approximately and one row of a sheet.

They translate the examination into rows and cells; what the organiser picks in a cell is passed on as a
signal (the wizard reads the file again with it), never applied by the model itself.

Over 400 lines because the wizard's six models share the labels of roles, fields and findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.errors import Finding, Severity, column_letter
from app.services.importing import (
    ADDED,
    CHANGED,
    COLUMN_LABELS,
    FIELDS,
    KEPT,
    REMOVED,
    ROLES,
    CellValue,
    Change,
    ColumnUse,
    NameMatch,
    Sheet,
    SheetReading,
    clean,
)
from app.ui.models.rows import Index, RowsModel

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's choices for the combo box that edits it: a list of (value, label)."""

PREVIEW_ROWS = 10
"""Rows of a sheet shown under its header on the column page."""

ERROR_COLOUR = "#B00020"
WARNING_COLOUR = "#8A5A00"
NOT_READ = "ignore"
"""The value of the choice that leaves a column or a sheet unread."""


def sheet_label(name: str | None) -> str:
    return name if name is not None else QApplication.translate("import", "CSV file")


def role_label(role: str) -> str:
    return {
        "organisations": QApplication.translate("import", "Organisations"),
        "participants": QApplication.translate("import", "Participants (one row a person)"),
        "requests": QApplication.translate("import", "Requests (one row a wish)"),
        "interpreters": QApplication.translate("import", "Interpreters"),
    }.get(role, QApplication.translate("import", "Not read"))


def field_label(spec: str) -> str:
    """'email 2' -> 'Email 2', 'organisation' -> 'Organisation', 'ignore' or '' -> 'Not read'."""
    field, _, number = spec.partition(" ")
    if not field or field == NOT_READ or field not in COLUMN_LABELS:
        return QApplication.translate("import", "Not read")
    return COLUMN_LABELS[field] + (f" {number}" if number else "")


def severity_label(severity: str) -> str:
    return {
        Severity.ERROR: QApplication.translate("import", "Error"),
        Severity.WARNING: QApplication.translate("import", "Warning"),
        Severity.INFO: QApplication.translate("import", "Note"),
    }.get(severity, severity)


def _shown(value: CellValue) -> str:
    text = clean(value)
    return text if len(text) <= 80 else text[:79] + "…"


# -- sheets ---------------------------------------------------------------------------------------------


class SheetsModel(RowsModel[SheetReading]):
    """One row a sheet: what it is read as (editable where there is a choice), its header row and size."""

    role_chosen = Signal(str, str)  # sheet key ('' for a CSV file), role or 'ignore'
    ROLE_COLUMN = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SheetReading, ...] = ()
        self._recognised: dict[str | None, int] = {}

    def set_readings(self, readings: Sequence[SheetReading], columns: Sequence[ColumnUse]) -> None:
        self.beginResetModel()
        self._rows = tuple(readings)
        self._recognised = {}
        for use in columns:
            if use.field:
                self._recognised[use.sheet] = self._recognised.get(use.sheet, 0) + 1
        self.endResetModel()

    def reading_at(self, row: int) -> SheetReading | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Sheet"),
            self.tr("Read as"),
            self.tr("Header in row"),
            self.tr("Rows below it"),
            self.tr("Columns recognised"),
            self.tr("Note"),
        )

    def choices(self, reading: SheetReading) -> list[tuple[str, str]]:
        roles = [r for r in ROLES if r in reading.choices or r == reading.role]
        return [*((r, role_label(r)) for r in roles), (NOT_READ, role_label(""))]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        reading = self.reading_at(index.row()) if index.isValid() else None
        if reading is not None and index.column() == self.ROLE_COLUMN and (reading.choices or reading.role):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reading = self.reading_at(index.row()) if index.isValid() else None
        if reading is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(reading, column)
        if role == Qt.ItemDataRole.EditRole and column == self.ROLE_COLUMN:
            return reading.role or NOT_READ
        if role == CHOICES_ROLE and column == self.ROLE_COLUMN:
            return self.choices(reading)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ROLE_COLUMN:
            return self.tr("What MeetGrid reads this sheet as; choose another where the sheet allows it")
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not reading.role:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, reading: SheetReading, column: int) -> str:
        if column == 0:
            return sheet_label(reading.name)
        if column == 1:
            return role_label(reading.role)
        if column == 2:
            return str(reading.header_row) if reading.header_row is not None else "—"
        if column == 3:
            return str(reading.rows)
        if column == 4:
            return str(self._recognised.get(reading.name, 0)) if reading.role else ""
        if reading.given:
            return self.tr("as you chose") + (f" ({reading.note})" if reading.note and reading.role else "")
        if reading.role and reading.recognised == reading.role:
            return self.tr("recognised by its columns")
        return reading.note

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        reading = self.reading_at(index.row()) if index.isValid() else None
        if reading is None or role != Qt.ItemDataRole.EditRole or index.column() != self.ROLE_COLUMN:
            return False
        chosen = str(value)
        if chosen == (reading.role or NOT_READ):
            return False
        self.role_chosen.emit(reading.key, chosen)
        return True


# -- a sheet's first rows under its header ----------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """A sheet's first rows below its header; the first row says what each column is read as (editable)."""

    field_chosen = Signal(str, str)  # header as written, field as a mapping takes it ('email 2', 'ignore')

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sheet: Sheet | None = None
        self._reading: SheetReading | None = None
        self._uses: dict[int, ColumnUse] = {}
        self._texts: dict[int, str] = {}
        self._rows: list[tuple[int, tuple[CellValue, ...]]] = []
        self._width = 0
        self._numbered: list[str] = []

    def set_sheet(self, sheet: Sheet, reading: SheetReading, columns: Sequence[ColumnUse]) -> None:
        self.beginResetModel()
        self._sheet, self._reading = sheet, reading
        header_row = reading.header_row or 0
        self._uses = {
            use.column - 1: use for use in columns if use.sheet == sheet.name and use.row == header_row
        }
        header = sheet.rows[header_row - 1] if 0 < header_row <= len(sheet.rows) else ()
        self._texts = {i: clean(v) for i, v in enumerate(header) if clean(v)}
        self._rows = []
        for number in range(header_row + 1, len(sheet.rows) + 1):
            row = sheet.rows[number - 1]
            if any(clean(v) for v in row):
                self._rows.append((number, row))
            if len(self._rows) == PREVIEW_ROWS:
                break
        self._width = max([len(header), *(len(row) for _, row in self._rows)], default=0)
        # Numbered fields already in this sheet ('name 2', 'email 2') are offered to every column.
        self._numbered = sorted(
            {use.spec for use in self._uses.values() if use.field and use.number is not None},
            key=lambda spec: (int(spec.rpartition(" ")[2]), spec),
        )
        self.endResetModel()

    @property
    def reading(self) -> SheetReading | None:
        return self._reading

    def use_of(self, column: int) -> ColumnUse | None:
        """What the column (0-based) is read as, if it has a header."""
        return self._uses.get(column)

    def header_of(self, column: int) -> str:
        return self._texts.get(column, "")

    def sheet_rows(self) -> list[int]:
        """The sheet's row numbers shown below the first row."""
        return [number for number, _ in self._rows]

    def choices(self, column: int) -> list[tuple[str, str]]:
        use = self._uses.get(column)
        current = [use.spec] if use is not None and use.field and use.spec not in FIELDS else []
        specs = [*FIELDS, *(s for s in self._numbered if s not in current), *current]
        return [(NOT_READ, field_label(NOT_READ)), *((spec, field_label(spec)) for spec in specs)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._sheet is None else 1 + len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < self._width:
                text = self._texts.get(section, "")
                return f"{column_letter(section + 1)}  {text}" if text else column_letter(section + 1)
            if orientation == Qt.Orientation.Vertical and 0 <= section <= len(self._rows):
                return self.tr("Read as") if section == 0 else str(self._rows[section - 1][0])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._texts.get(section) or None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and section > 0:
            return self.tr("Row {n} of the sheet").replace("{n}", str(self._rows[section - 1][0]))
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.row() == 0 and index.column() in self._texts:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._sheet is None:
            return None
        row, column = index.row(), index.column()
        use = self._uses.get(column)
        if row == 0:
            return self._field_data(column, use, role)
        cells = self._rows[row - 1][1] if row - 1 < len(self._rows) else ()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = cells[column] if column < len(cells) else None
            return _shown(value) if role == Qt.ItemDataRole.DisplayRole else clean(value)
        if role == Qt.ItemDataRole.ForegroundRole and (use is None or not use.field):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _field_data(self, column: int, use: ColumnUse | None, role: int) -> Any:
        if column not in self._texts:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        spec = use.spec if use is not None and use.field else NOT_READ
        if role == Qt.ItemDataRole.DisplayRole:
            return field_label(spec)
        if role == Qt.ItemDataRole.EditRole:
            return spec
        if role == CHOICES_ROLE:
            return self.choices(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if use is not None and use.note:
                return self.tr("Not read: {why}").replace("{why}", use.note)
            if use is not None and use.given:
                return self.tr("Read as you chose")
            return self.tr("What MeetGrid reads from this column; choose another field to correct it")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        header = self._texts.get(index.column())
        if not header:
            return False
        spec = str(value) or NOT_READ
        if spec == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.field_chosen.emit(header, spec)
        return True


# -- findings -------------------------------------------------------------------------------------------


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsModel(RowsModel[Finding]):
    """Every finding of the import, errors first, with its sheet, row and column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._rows = sorted(findings, key=lambda f: _SEVERITY_ORDER.get(f.severity, 3))
        self.endResetModel()

    def finding_at(self, row: int) -> Finding | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("What"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding_at(index.row()) if index.isValid() else None
        if finding is None:
            return None
        column = index.column()
        where = finding.location
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return severity_label(finding.severity)
            if column == 1:
                if where is None or (where.sheet is None and where.row is None):
                    return ""
                return sheet_label(where.sheet)
            if column == 2:
                return str(where.row) if where is not None and where.row is not None else ""
            if column == 3:
                if where is None or where.column is None:
                    return ""
                name = f" ({where.column_name})" if where.column_name else ""
                return column_letter(where.column) + name
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = {
                Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            }.get(finding.severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            colour = {Severity.ERROR: ERROR_COLOUR, Severity.WARNING: WARNING_COLOUR}.get(finding.severity)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and finding.severity == Severity.ERROR:
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- names matched approximately --------------------------------------------------------------------------


class MatchesModel(RowsModel[NameMatch]):
    """The names typed in lists that matched an organisation only approximately: accepted (checked) or left
    out, and which organisation they are read as (editable among the candidates)."""

    answered = Signal(str, str)  # name as typed, organisation it means ('' to leave it out)
    READ_AS = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[NameMatch, ...] = ()

    def set_matches(self, matches: Sequence[NameMatch]) -> None:
        self.beginResetModel()
        self._rows = tuple(matches)
        self.endResetModel()

    def match_at(self, row: int) -> NameMatch | None:
        return self.row_at(row)

    @staticmethod
    def proposal(match: NameMatch) -> str:
        """The organisation the name is read as when accepted: the one applied, else the best candidate."""
        return match.applied or (match.candidates[0][0] if match.candidates else "")

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Typed"),
            self.tr("Read as"),
            self.tr("Alike"),
            self.tr("First typed at"),
            self.tr("Times"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.isValid() and index.column() == self.READ_AS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        column = index.column()
        proposal = self.proposal(match)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if match.applied else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return match.typed
            if column == 1:
                return proposal
            if column == 2:
                score = dict(match.candidates).get(proposal)
                return f"{score:.0f} %" if score is not None else ""
            if column == 3:
                where = match.where
                parts = [sheet_label(where.sheet) if where.sheet or where.row else ""]
                parts += [self.tr("row {n}").replace("{n}", str(where.row))] if where.row else []
                if where.column is not None:
                    parts.append(self.tr("column {c}").replace("{c}", column_letter(where.column)))
                return ", ".join(p for p in parts if p)
            return str(match.times)
        if role == Qt.ItemDataRole.EditRole and column == self.READ_AS:
            return proposal
        if role == CHOICES_ROLE and column == self.READ_AS:
            return [(name, f"{name}  ({score:.0f} %)") for name, score in match.candidates]
        if role == Qt.ItemDataRole.ForegroundRole and not match.applied and column in (1, 2):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            accept = Qt.CheckState(value) == Qt.CheckState.Checked
            if accept == bool(match.applied):
                return False
            self.answered.emit(match.typed, self.proposal(match) if accept else "")
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.READ_AS:
            chosen = str(value)
            if chosen == match.applied or chosen not in dict(match.candidates):
                return False
            self.answered.emit(match.typed, chosen)
            return True
        return False


# -- one row of a sheet -----------------------------------------------------------------------------------


class RowModel(RowsModel[tuple[int, str, str]]):
    """The cells of one row of a sheet, one a line, with the header of their column; one column marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []
        self._marked: int | None = None

    def set_row(self, sheet: Sheet, row: int, header_row: int | None, marked: int | None) -> None:
        """``row``, ``header_row`` and ``marked`` (a column) are 1-based, as in the sheet."""
        self.beginResetModel()
        cells = sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else ()
        header = sheet.rows[header_row - 1] if header_row and 0 < header_row <= len(sheet.rows) else ()
        width = max(len(cells), len(header), marked or 0)
        self._rows = [
            (
                column,
                clean(header[column - 1]) if column <= len(header) else "",
                clean(cells[column - 1]) if column <= len(cells) else "",
            )
            for column in range(1, width + 1)
        ]
        self._marked = marked
        self.endResetModel()

    def marked_row(self) -> int | None:
        """The line of the marked column, if any."""
        return next((i for i, cell in enumerate(self._rows) if cell[0] == self._marked), None)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Column"), self.tr("Heading"), self.tr("Value"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column, header, value = self._rows[index.row()]
        marked = column == self._marked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (column_letter(column), header, value)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QApplication.palette().brush(QPalette.ColorRole.Highlight)
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QApplication.palette().brush(QPalette.ColorRole.HighlightedText)
        if role == Qt.ItemDataRole.FontRole and marked:
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- the differences of an update -------------------------------------------------------------------------

_KINDS = ("organisation", "participant", "request", "interpreter", "rule")
_ACTIONS = (ADDED, CHANGED, REMOVED, KEPT)


class ChangesModel(QAbstractItemModel):
    """The changes an updated workbook makes, grouped by what they are about (organisations, participants,
    requests, interpreters, rules): a line a group with its counts, under it a line a change, old → new."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Change]]] = []

    def set_changes(self, changes: Sequence[Change]) -> None:
        self.beginResetModel()
        kinds = sorted({c.kind for c in changes}, key=lambda k: (*_KINDS, k).index(k))
        self._groups = [(kind, [c for c in changes if c.kind == kind]) for kind in kinds]
        self.endResetModel()

    def change_at(self, index: Index) -> Change | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        changes = self._groups[index.internalId() - 1][1]
        return changes[index.row()] if 0 <= index.row() < len(changes) else None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Change"), self.tr("Old → new"))

    def kind_label(self, kind: str) -> str:
        return {
            "organisation": self.tr("Organisations"),
            "participant": self.tr("Participants"),
            "request": self.tr("Requests"),
            "interpreter": self.tr("Interpreters"),
            "rule": self.tr("Rules"),
        }.get(kind, kind)

    def action_label(self, action: str) -> str:
        return {
            ADDED: self.tr("added"),
            CHANGED: self.tr("changed"),
            REMOVED: self.tr("removed"),
            KEPT: self.tr("kept"),
        }.get(action, action)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.change_at(index)
        if change is None:  # a group
            kind, changes = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                counts = Counter(c.action for c in changes)
                actions = sorted(counts, key=lambda a: (*_ACTIONS, a).index(a))
                shown = ", ".join(f"{counts[a]} {self.action_label(a)}" for a in actions)
                return f"{self.kind_label(kind)}: {shown}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return f"{self.action_label(change.action)}: {change.name}"
            return "\n".join(change.fields) if change.fields else change.detail  # a field a line
        if role == Qt.ItemDataRole.TextAlignmentRole:  # the name beside the first of several lines
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and change.action == KEPT:
            return QBrush(QColor(WARNING_COLOUR))
        return None
