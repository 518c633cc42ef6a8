"""The organisations of an event, their participants, and the filter of the Organisations page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain import Event, Organisation, Participant
from app.services import edits
from app.services.importing import folded
from app.ui.models.rows import EventTableModel, Index, RowsModel, org_label


class OrganisationsModel(EventTableModel):
    # Marked for translation; translated where shown (RowsModel.headerData).
    HEADERS = (
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Organisation")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Local name")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Group")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Country")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "People")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Meetings")),
        str(QT_TRANSLATE_NOOP("OrganisationsModel", "Interests")),
    )
    EDITABLE: ClassVar[Mapping[int, str]] = {
        0: "name",
        1: "local_name",
        2: "group",
        3: "country",
        6: "interests",
    }
    """Columns the organiser may edit in place, and the field of ``Organisation`` each shows."""

    edit_requested = Signal(int, str, str)  # organisation id, field, text as typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Organisation, int, int]] = []

    def organisation_at(self, row: int) -> Organisation | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Passes the organiser's edit on; the model changes when the stored event comes back."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        org = self.organisation_at(index.row())
        if org is None:
            return False
        text = " ".join(str(value).split())
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(org.id, self.EDITABLE[index.column()], text)
        return True

    def set_event(self, event: Event | None) -> None:
        """Show ``event``: the rows that changed are updated in place when the organisations are the same
        ones in the same order (an edit), so a large event is not laid out and sorted again."""
        old = self._event
        if (
            old is None
            or event is None
            or [o.id for o in old.organisations] != [o.id for o in event.organisations]
        ):
            super().set_event(event)
            return
        rows = self._rows_of(event)
        changed = [row for row, (was, now) in enumerate(zip(self._rows, rows, strict=True)) if was != now]
        self._event, self._rows = event, rows
        last = len(self.HEADERS) - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _rebuild(self) -> None:
        self._rows = self._rows_of(self._event) if self._event is not None else []

    @staticmethod
    def _rows_of(event: Event) -> list[tuple[Organisation, int, int]]:
        meetings: dict[int, int] = {}
        for meeting in event.meetings:
            for org in meeting.organisation_ids:
                meetings[org] = meetings.get(org, 0) + 1
        return [
            (org, len(event.participants_by_organisation.get(org.id, ())), meetings.get(org.id, 0))
            for org in event.organisations
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org, people, meetings = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (
                org.name,
                org.local_name,
                org.group,
                org.country,
                people,
                meetings,
                ", ".join(org.interests),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and meetings == 0 and self._event:
            return QBrush(QColor("#B00020"))
        if role == Qt.ItemDataRole.ToolTipRole and self._event is not None:
            names = [p.name for p in self._event.participants_by_organisation.get(org.id, ())]
            return "\n".join([org_label(org), *names])
        return None


class OrganisationsFilter(QSortFilterProxyModel):
    """The organisations that hold every word of the search and the chosen group, country and interest.

    What each row is searched for is folded once per event (``edits.search_texts``), so a keystroke only
    compares prepared strings.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self._words: tuple[str, ...] = ()
        self._group: str | None = None
        self._country: str | None = None
        self._interest: str | None = None
        self._without_meetings = False
        self._keys_of: Event | None = None
        self._texts: list[str] = []
        self._groups: list[str] = []
        self._countries: list[str] = []
        self._interests: list[frozenset[str]] = []
        self._meetings: list[int] = []
        self._sort_keys: dict[int, list[tuple[bool, int, str, str]]] = {}

    def organisations(self) -> OrganisationsModel:
        source = self.sourceModel()
        assert isinstance(source, OrganisationsModel)
        return source

    def _prepare(self) -> None:
        """Fold what is searched, once for each event the source model shows."""
        event = self.organisations().current_event()
        if event is self._keys_of:
            return
        self._keys_of = event
        self._sort_keys = {}
        organisations = event.organisations if event is not None else ()
        texts = edits.search_texts(event) if event is not None else {}
        held: dict[int, int] = {}
        for meeting in event.meetings if event is not None else ():
            for org in meeting.organisation_ids:
                held[org] = held.get(org, 0) + 1
        self._texts = [texts[o.id] for o in organisations]
        self._groups = [folded(o.group.strip()) for o in organisations]
        self._countries = [folded(o.country.strip()) for o in organisations]
        self._interests = [frozenset(folded(i) for i in o.interests) for o in organisations]
        self._meetings = [held.get(o.id, 0) for o in organisations]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        self._prepare()
        if not 0 <= source_row < len(self._texts):
            return True
        if self._without_meetings and self._meetings[source_row]:
            return False
        if self._group is not None and self._groups[source_row] != self._group:
            return False
        if self._country is not None and self._countries[source_row] != self._country:
            return False
        if self._interest is not None and self._interest not in self._interests[source_row]:
            return False
        text = self._texts[source_row]
        return all(word in text for word in self._words)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        """Compares prepared keys: one call per comparison, not two ``data`` calls, keeps sorting a large
        event quick. Text sorts without case or accents, empty cells last."""
        keys = self._keys_for(source_left.column())
        return keys[source_left.row()] < keys[source_right.row()]

    def _keys_for(self, column: int) -> list[tuple[bool, int, str, str]]:
        self._prepare()
        keys = self._sort_keys.get(column)
        if keys is None:
            source = self.organisations()
            keys = []
            for row in range(source.rowCount()):
                value = source.index(row, column).data()
                if isinstance(value, int):
                    keys.append((False, value, "", ""))
                else:
                    text = str(value or "")
                    keys.append((not text, 0, folded(text), text))
            self._sort_keys[column] = keys
        return keys

    def _change(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Show the organisations holding every word typed, ignoring case and accents."""
        self._change("_words", tuple(folded(text).split()))

    def set_group(self, group: str | None) -> None:
        """Only this group (as ``folded``, or ``NONE_GIVEN``); None: every group."""
        self._change("_group", "" if group == NONE_GIVEN else group)

    def set_country(self, country: str | None) -> None:
        self._change("_country", "" if country == NONE_GIVEN else country)

    def set_interest(self, interest: str | None) -> None:
        self._change("_interest", interest)

    def set_without_meetings(self, only: bool) -> None:
        """Only the organisations that hold no meeting (yet)."""
        self._change("_without_meetings", only)

    def is_filtered(self) -> bool:
        return bool(
            self._words
            or self._without_meetings
            or self._group is not None
            or self._country is not None
            or self._interest is not None
        )


class ParticipantsModel(RowsModel[tuple[Participant, int]]):
    """The people of one organisation, editable in place like the organisations."""

    EDITABLE: ClassVar[dict[int, str]] = {0: "name", 1: "local_name", 2: "title", 3: "email", 4: "languages"}
    """Columns the organiser may edit in place, and the field of ``Participant`` each shows."""
    LANGUAGES = 4
    MEETINGS = 5
    CODE = 6
    """The check-in code: given by the event file, read and copied (Ctrl+C), never typed."""

    edit_requested = Signal(int, str, str)  # participant id, field, text as typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Participant, int]] = []
        self._event: Event | None = None
        self._organisation: int | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Name in own script"),
            self.tr("Title"),
            self.tr("Email"),
            self.tr("Languages"),
            self.tr("Meetings"),
            self.tr("Check-in code"),
        )

    def field_label(self, field: str) -> str:
        """The organiser's word for a field of ``EDITABLE`` (for the Undo menu)."""
        column = next((c for c, name in self.EDITABLE.items() if name == field), None)
        return self.headers()[column].casefold() if column is not None else field.replace("_", " ")

    def set_people(self, event: Event | None, org_id: int | None) -> None:
        """Show the people of organisation ``org_id`` (none for None) and how many meetings each is in."""
        if event is self._event and org_id == self._organisation:
            return
        self.beginResetModel()
        self._event = event
        self._organisation = org_id
        self._rows = []
        if event is not None and org_id is not None:
            people = event.participants_by_organisation.get(org_id, ())
            ids = {p.id for p in people}
            meetings = dict.fromkeys(ids, 0)
            for meeting in event.meetings:
                if org_id in meeting.organisation_ids:
                    for pid in meeting.participant_ids:
                        if pid in ids:
                            meetings[pid] += 1
            self._rows = [(p, meetings[p.id]) for p in people]
        self.endResetModel()

    def organisation(self) -> int | None:
        return self._organisation

    def participant_at(self, row: int) -> Participant | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: int) -> int | None:
        return next((row for row, (p, _) in enumerate(self._rows) if p.id == participant_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, meetings = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (
                person.name,
                person.local_name,
                person.title,
                person.email,
                ", ".join(person.languages),
                meetings,
                person.code,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEETINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CODE and person.code:
            return self.tr("The check-in code on the badge and agenda; Ctrl+C copies it")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Passes the organiser's edit on; the model changes when the stored event comes back."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        person = self.participant_at(index.row())
        if person is None:
            return False
        text = " ".join(str(value).split())
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(person.id, self.EDITABLE[index.column()], text)
        return True


NONE_GIVEN = "\x00none"
"""Filter value for organisations that gave no group or country (no typed text can be this)."""
