"""The organisations page: find an organisation quickly, correct its registration and its people, add a late
registration or take someone out.

The organisations are ``OrganisationsModel`` rows seen through ``OrganisationsFilter`` (search and filters);
the people of the selected organisation are a ``ParticipantsModel`` below. Both are edited in place. Every
change is one undoable ``EventSession.edit`` of a function in ``app.services.edits``; the page holds no rules.

Over 400 lines because the list, its filters, the people and the registration dialogs are one workflow.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event, Organisation, Participant
from app.services import edits
from app.services.importing import folded, split_list
from app.ui.models.organisations import NONE_GIVEN, OrganisationsFilter, OrganisationsModel, ParticipantsModel
from app.ui.models.rows import org_label
from app.ui.session import EventSession
from app.ui.widgets import ROWS_MEASURED, empty_state, heading

Index = QModelIndex | QPersistentModelIndex

_NOT_YET = object()
"""The columns are fitted to no event yet."""

# -- dialogs --------------------------------------------------------------------------------------------

Registration = tuple[Organisation, tuple[Participant, ...]]
"""A late registration as typed: the organisation and its people, their ids still to be given."""


class _PersonFields:
    """The fields of one person, shared by the registration and the new-person dialogs."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.name = QLineEdit()
        self.local_name = QLineEdit()
        self.title = QLineEdit()
        self.email = QLineEdit()
        self.languages = QLineEdit()
        self.local_name.setPlaceholderText(parent.tr("e.g. 王海涛, if written in another script"))
        self.local_name.setToolTip(parent.tr("Printed beside the name on badges and agendas"))
        self.title.setPlaceholderText(parent.tr("e.g. Head of sales"))
        self.languages.setPlaceholderText(parent.tr("e.g. English, Norwegian"))
        form.addRow(parent.tr("Name"), self.name)
        form.addRow(parent.tr("Name in own script"), self.local_name)
        form.addRow(parent.tr("Title"), self.title)
        form.addRow(parent.tr("Email"), self.email)
        form.addRow(parent.tr("Languages"), self.languages)

    def participant(self) -> Participant:
        return Participant(
            0,
            0,
            " ".join(self.name.text().split()),
            " ".join(self.title.text().split()),
            self.email.text().strip(),
            split_list(self.languages.text()),
            local_name=" ".join(self.local_name.text().split()),
        )


def _ok_when_filled(buttons: QDialogButtonBox, fields: Sequence[QLineEdit]) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check() -> None:
        ok.setEnabled(all(field.text().strip() for field in fields))

    for field in fields:
        field.textChanged.connect(check)
    check()


def _editable_combo(values: Iterable[str], placeholder: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(values))
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(placeholder)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


class RegistrationDialog(QDialog):
    """An organisation that registered after the import, and its first person."""

    def __init__(
        self, groups: Sequence[str], countries: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a late registration"))
        self.name = QLineEdit()
        self.local_name = QLineEdit()
        self.local_name.setPlaceholderText(self.tr("the name in its own language, if another"))
        self.group = _editable_combo(groups, self.tr("e.g. Host"))
        self.country = _editable_combo(countries, self.tr("e.g. Norway"))
        self.interests = QLineEdit()
        self.interests.setPlaceholderText(self.tr("e.g. ports, offshore wind"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. English, Norwegian"))
        organisation = QFormLayout()
        organisation.addRow(self.tr("Organisation"), self.name)
        organisation.addRow(self.tr("Local name"), self.local_name)
        organisation.addRow(self.tr("Group"), self.group)
        organisation.addRow(self.tr("Country"), self.country)
        organisation.addRow(self.tr("Interests"), self.interests)
        organisation.addRow(self.tr("Languages"), self.languages)
        person = QFormLayout()
        self.person = _PersonFields(person, self)
        self.person.languages.setPlaceholderText(self.tr("if they differ from the organisation's"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        _ok_when_filled(buttons, (self.name, self.person.name))
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Organisation"), self))
        layout.addLayout(organisation)
        layout.addWidget(heading(self.tr("First person"), self))
        layout.addLayout(person)
        note = QLabel(self.tr("Add its meeting requests, then plan the timetable again to give it meetings."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def registration(self) -> Registration:
        organisation = Organisation(
            0,
            " ".join(self.name.text().split()) or "?",
            " ".join(self.local_name.text().split()),
            " ".join(self.group.currentText().split()),
            " ".join(self.country.currentText().split()),
            split_list(self.interests.text()),
            split_list(self.languages.text()),
        )
        return organisation, (self.person.participant(),)


class PersonDialog(QDialog):
    """One more person for an organisation."""

    def __init__(self, organisation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person to {name}").replace("{name}", organisation))
        form = QFormLayout()
        self.person = _PersonFields(form, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        _ok_when_filled(buttons, (self.person.name,))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)


def _choices(values: Iterable[str]) -> list[tuple[str, str]]:
    """Distinct values as (shown, folded key), in alphabetical order; the first spelling is shown."""
    seen: dict[str, str] = {}
    for value in values:
        text = " ".join(value.split())
        key = folded(text)
        if text and key not in seen:
            seen[key] = text
    return sorted(((text, key) for key, text in seen.items()), key=lambda item: (item[1], item[0]))


# -- the page -------------------------------------------------------------------------------------------


class OrganisationsPage(QWidget):
    """Organisations and participants of the open event, searched, filtered and edited in place."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._selected: int | None = None
        """The organisation the organiser chose, kept through refreshes and filters."""
        self._selected_person: int | None = None
        self._removing: tuple[int, int] | None = None
        """(organisation id, table row) of an organisation being removed: its successor is chosen then."""
        self._sized_for: object = _NOT_YET

        self.model = OrganisationsModel(self)
        self.proxy = OrganisationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.people_model = ParticipantsModel(self)
        self.model.edit_requested.connect(self.edit_organisation)
        self.people_model.edit_requested.connect(self.edit_participant)
        session.busy_changed.connect(self._update_state)

        em = self.fontMetrics().averageCharWidth()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, countries, interests, people…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setMinimumWidth(em * 16)
        self.search.textChanged.connect(self._filter_changed)
        self.group_filter = self._filter_combo(self.tr("Group"))
        self.country_filter = self._filter_combo(self.tr("Country"))
        self.interest_filter = self._filter_combo(self.tr("Interest"))
        self.without_meetings = QCheckBox(self.tr("&No meetings yet"))
        self.without_meetings.setToolTip(self.tr("Only the organisations that hold no meeting"))
        self.without_meetings.toggled.connect(self._filter_changed)
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.group_filter, self.country_filter, self.interest_filter):
            filters.addWidget(combo, 1)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Organisations shown"))
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_button = QPushButton(self.tr("&Add a late registration…"))
        self.add_button.setToolTip(
            self.tr("An organisation that registered after the import, and its people")
        )
        self.add_button.clicked.connect(self.add_late_registration)
        self.remove_button = QPushButton(self.tr("&Remove organisation…"))
        self.remove_button.clicked.connect(self.remove_organisation)
        # Two rows, so that the page still fits a small window.
        actions = QHBoxLayout()
        actions.addWidget(self.without_meetings)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)

        self.view = self._table(self.proxy)
        self.view.setSortingEnabled(True)
        # Registration order until a header is clicked.
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.setAccessibleName(self.tr("Organisations"))
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.proxy.modelReset.connect(self._on_rows_changed)
        self.proxy.layoutChanged.connect(self._scroll_to_selected)

        self.people_heading = heading("", self)
        self.people_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.add_person_button = QPushButton(self.tr("A&dd person…"))
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button = QPushButton(self.tr("Re&move person…"))
        self.remove_person_button.clicked.connect(self.remove_person)
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.people_heading, 1)
        people_bar.addWidget(self.add_person_button)
        people_bar.addWidget(self.remove_person_button)
        self.people_view = self._table(self.people_model)
        self.people_view.setAccessibleName(self.tr("People of the selected organisation"))
        people_header = self.people_view.horizontalHeader()
        people_header.setStretchLastSection(False)
        for column, chars in enumerate((30, 20, 26, 36)):
            title = str(self.people_model.headerData(column, Qt.Orientation.Horizontal))
            header_width = people_header.fontMetrics().horizontalAdvance(title) + em * 4
            self.people_view.setColumnWidth(column, max(em * chars, header_width))
        people_header.setSectionResizeMode(ParticipantsModel.LANGUAGES, QHeaderView.ResizeMode.Stretch)
        for column in (ParticipantsModel.MEETINGS, ParticipantsModel.CODE):
            people_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The check-in code is read, never typed: Ctrl+C (or the context menu) copies the cell chosen.
        self.copy_action = QAction(self.tr("Copy"), self.people_view)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_person_cell)
        self.people_view.addAction(self.copy_action)
        self.people_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.people_view.selectionModel().selectionChanged.connect(self._on_person_selection)
        self.people_model.modelReset.connect(self._reselect_person)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(people_bar)
        bottom_layout.addWidget(self.people_view, 1)
        self.busy_label = QLabel(self.tr("Planning in progress: changes wait until it has finished."))
        bottom_layout.addWidget(self.busy_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(splitter)
        self.content = content

        self.empty_label, empty = empty_state(self)
        self.empty_label.setText(
            "<h2>{title}</h2><p>{text}</p>".replace("{title}", html.escape(self.tr("No event open"))).replace(
                "{text}",
                html.escape(
                    self.tr(
                        "Open an event or import registrations: this page lists the organisations and their "
                        "people, to search, correct, and add late registrations."
                    )
                ),
            )
        )
        self.empty_page = empty

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_event(None)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("{name} filter").replace("{name}", name))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    @Slot()
    def _filter_changed(self) -> None:
        """Apply the search and filters as they now stand, in one pass over the rows."""
        chosen = self._selected
        if self.view.selectionModel().hasSelection():
            # Else the view would choose a neighbour when the organisation chosen is filtered out.
            self.view.selectionModel().clear()
        self._selected = chosen
        self.proxy.set_search(self.search.text())
        self.proxy.set_group(self.group_filter.currentData())
        self.proxy.set_country(self.country_filter.currentData())
        self.proxy.set_interest(self.interest_filter.currentData())
        self.proxy.set_without_meetings(self.without_meetings.isChecked())
        self._on_rows_changed()

    def _table(self, model: QAbstractTableModel | QSortFilterProxyModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setMinimumSectionSize(1)
        view.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        view.horizontalHeader().setHighlightSections(False)
        return view

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the organisations of the event as saved, or what to do when no event is open."""
        if self.model.current_event() is not event:
            self.model.set_event(event)
        if event is None:
            self._selected = self._selected_person = None
            self._sized_for = _NOT_YET
            self.people_model.set_people(None, None)
            self.stack.setCurrentWidget(self.empty_page)
            self._update_state()
            return
        self._fill_filter(self.group_filter, self.tr("All groups"), [o.group for o in event.organisations])
        self._fill_filter(
            self.country_filter, self.tr("All countries"), [o.country for o in event.organisations]
        )
        self._fill_filter(
            self.interest_filter,
            self.tr("All interests"),
            [i for o in event.organisations for i in o.interests],
            none_given=False,
        )
        self._show_people()
        if self._sized_for is not self.session.event_file:
            # Fitted once per event opened, so columns do not jump while the organiser edits.
            self._sized_for = self.session.event_file
            self._fit_columns()
        self.stack.setCurrentWidget(self.content)
        self._update_state()

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def _fill_filter(
        self, combo: QComboBox, everything: str, values: list[str], *, none_given: bool = True
    ) -> None:
        """The event's values to choose from; the current choice is kept while it is still there."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, key in _choices(values):
            combo.addItem(text, key)
        if none_given and any(not v.strip() for v in values):
            combo.addItem(self.tr("(none given)"), NONE_GIVEN)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if found < 0:  # the value chosen is gone: show everything again
            self._filter_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its heading or the widest of the first rows (``ROWS_MEASURED``), within
        reason: measured here from the texts, not by the view, which asks every role of every cell."""
        view, model = self.view, self.view.model()
        metrics = view.fontMetrics()
        padding = metrics.height()
        widest = self.fontMetrics().averageCharWidth() * 45
        rows = min(model.rowCount(), ROWS_MEASURED)
        display = Qt.ItemDataRole.DisplayRole
        header = view.horizontalHeader()
        for column in range(model.columnCount() - 1):
            texts = [str(model.index(row, column).data(display) or "") for row in range(rows)]
            cells = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            view.setColumnWidth(column, min(max(cells, header.sectionSizeHint(column)), widest))

    @Slot()
    def clear_filters(self) -> None:
        """Show every organisation again."""
        self.search.clear()
        for combo in (self.group_filter, self.country_filter, self.interest_filter):
            combo.setCurrentIndex(0)
        self.without_meetings.setChecked(False)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.is_filtered():
            text = self.tr("Showing {shown} of %n organisations", "", total).replace("{shown}", str(shown))
        else:
            text = self.tr("%n organisations", "", total)
        self.count_label.setText(text)
        self.clear_button.setEnabled(self.proxy.is_filtered())

    # -- selection ----------------------------------------------------------------------------------------

    def selected_organisation(self) -> Organisation | None:
        """The organisation selected in the table, if it is shown."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.organisation_at(self.proxy.mapToSource(rows[0]).row())

    def selected_participant(self) -> Participant | None:
        rows = self.people_view.selectionModel().selectedRows()
        return self.people_model.participant_at(rows[0].row()) if rows else None

    def select_organisation(self, org_id: int) -> bool:
        """Select an organisation and show its people; False when it is not in the table as filtered."""
        self._selected = org_id
        row = next(
            (
                r
                for r in range(self.model.rowCount())
                if (o := self.model.organisation_at(r)) and o.id == org_id
            ),
            None,
        )
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    @Slot()
    def _on_selection(self) -> None:
        org = self.selected_organisation()
        if org is not None:
            self._selected = org.id
        self._show_people()

    @Slot()
    def _on_rows_changed(self) -> None:
        """After a refresh or a change of filter: keep the organisation chosen selected when it is shown."""
        self._update_count()
        if self._selected is None or self.selected_organisation() is not None:
            self._show_people()
            return
        event = self.model.current_event()
        removing = self._removing
        if removing is not None and event is not None and removing[0] not in event.organisation_by_id:
            # Removed: the organisation that took its place in the table is chosen instead.
            self._removing = self._selected = None
            index = self.proxy.index(min(removing[1], self.proxy.rowCount() - 1), 0)
            org = self.model.organisation_at(self.proxy.mapToSource(index).row())
            if org is not None:
                self.select_organisation(org.id)
        else:
            self.select_organisation(self._selected)
        self._show_people()

    @Slot()
    def _scroll_to_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.view.scrollTo(rows[0])

    def _show_people(self) -> None:
        org = self.selected_organisation()
        event = self.model.current_event()
        if org is None or event is None:
            self.people_heading.setText(self.tr("Select an organisation to see its people"))
            self.people_model.set_people(None, None)
        else:
            self.people_heading.setText(self.tr("People of {name}").replace("{name}", org_label(org)))
            self.people_model.set_people(event, org.id)
        self._update_state()

    @Slot()
    def _on_person_selection(self) -> None:
        person = self.selected_participant()
        if person is not None:
            self._selected_person = person.id
        self._update_state()

    @Slot()
    def _reselect_person(self) -> None:
        row = self.people_model.row_of(self._selected_person) if self._selected_person is not None else None
        if row is not None:
            self.people_view.selectRow(row)

    @Slot()
    def _update_state(self) -> None:
        event = self.session.current
        editable = event is not None and not self.session.busy
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for view in (self.view, self.people_view):
            view.setEditTriggers(triggers)
        chosen = self.selected_organisation() is not None
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and chosen)
        self.add_person_button.setEnabled(editable and chosen)
        self.remove_person_button.setEnabled(editable and self.selected_participant() is not None)
        self.busy_label.setVisible(event is not None and self.session.busy)

    def _people(self, n: int) -> str:
        return self.tr("its %n people", "", n)

    def _meetings(self, n: int) -> str:
        return self.tr("its %n meetings", "", n)

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_registration(self, groups: Sequence[str], countries: Sequence[str]) -> Registration | None:
        dialog = RegistrationDialog(groups, countries, self)
        return dialog.registration() if dialog.exec() else None

    def ask_person(self, organisation: str) -> Participant | None:
        dialog = PersonDialog(organisation, self)
        return dialog.person.participant() if dialog.exec() else None

    def ask_confirm(self, title: str, question: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, self)
        confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is confirm

    # -- edits ------------------------------------------------------------------------------------------

    def _can_edit(self) -> Event | None:
        return None if self.session.busy else self.session.current

    @Slot(int, str, str)
    def edit_organisation(self, org_id: int, field: str, text: str) -> bool:
        """Store an organisation's field as the organiser typed it, as an undoable step."""
        event = self._can_edit()
        if event is None or org_id not in event.organisation_by_id:
            return False
        label = self.tr("Change {field} of {name}").replace("{field}", field.replace("_", " "))
        seen = event.organisation_by_id[org_id]
        return self.session.edit(
            label.replace("{name}", event.organisation_by_id[org_id].name),
            lambda ef: edits.change_organisation(ef, org_id, field, text, seen=seen, before=event),
        )

    @Slot(int, str, str)
    def edit_participant(self, participant_id: int, field: str, text: str) -> bool:
        """Store a person's field as the organiser typed it, as an undoable step."""
        event = self._can_edit()
        if event is None or participant_id not in event.participant_by_id:
            return False
        label = self.tr("Change {field} of {name}").replace("{field}", self.people_model.field_label(field))
        self._selected_person = participant_id
        seen = event.participant_by_id[participant_id]
        return self.session.edit(
            label.replace("{name}", event.participant_by_id[participant_id].name),
            lambda ef: edits.change_participant(ef, participant_id, field, text, seen=seen, before=event),
        )

    @Slot()
    def copy_person_cell(self) -> str:
        """Put the text of the person's cell chosen (a check-in code, a name) on the clipboard."""
        index = self.people_view.currentIndex()
        value = index.data() if index.isValid() else None
        text = "" if value is None else str(value)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    @Slot()
    def add_late_registration(self) -> bool:
        """Ask for an organisation and its first person, store them, and select the organisation."""
        event = self._can_edit()
        if event is None:
            return False
        groups = [text for text, _ in _choices(o.group for o in event.organisations)]
        countries = [text for text, _ in _choices(o.country for o in event.organisations)]
        registration = self.ask_registration(groups, countries)
        if registration is None:
            return False
        organisation, people = registration
        before = set(event.organisation_by_id)
        text = self.tr("Register {name}").replace("{name}", " ".join(organisation.name.split()))
        if not self.session.edit(text, lambda ef: edits.add_registration(ef, organisation, people, event)):
            return False
        after = self.session.current
        added = [o.id for o in after.organisations if o.id not in before] if after is not None else []
        if added:
            # The table shows it once the stored event comes back, and selects it then.
            self.clear_filters()
            self._selected, self._selected_person = added[0], None
        return True

    @Slot()
    def remove_organisation(self) -> bool:
        """Take the selected organisation out of the event, once the organiser has confirmed it."""
        event = self._can_edit()
        org = self.selected_organisation()
        if event is None or org is None:
            return False
        meetings = edits.meetings_of(event, organisation=org.id)
        people = len(event.participants_by_organisation.get(org.id, ()))
        question = self.tr("Remove {name} from the event?").replace("{name}", org.name)
        gone = [self._people(people)] if people else []
        if meetings:
            gone.append(self._meetings(meetings))
        if gone:
            what = self.tr("This also removes {what}.").replace("{what}", self.tr(" and ").join(gone))
            question += "\n\n" + what
        if not meetings:
            question += (" " if gone else "\n\n") + self.tr("It holds no meetings.")
        question += " " + self.tr("Edit ▸ Undo brings it all back.")
        if not self.ask_confirm(self.tr("Remove an organisation"), question, self.tr("Remove")):
            return False
        rows = self.view.selectionModel().selectedRows()
        self._removing = (org.id, rows[0].row() if rows else 0)
        org_id = org.id
        return self.session.edit(
            self.tr("Remove {name}").replace("{name}", org.name),
            lambda ef: edits.remove_organisation(ef, org_id, event),
        )

    @Slot()
    def add_person(self) -> bool:
        """Ask for one more person of the selected organisation and store them."""
        event = self._can_edit()
        org = self.selected_organisation()
        if event is None or org is None:
            return False
        person = self.ask_person(org.name)
        if person is None:
            return False
        before = set(event.participant_by_id)
        org_id = org.id
        text = self.tr("Add {person} to {name}").replace("{person}", person.name).replace("{name}", org.name)
        if not self.session.edit(text, lambda ef: edits.add_participant(ef, org_id, person, event)):
            return False
        after = self.session.current
        added = [p.id for p in after.participants if p.id not in before] if after is not None else []
        self._selected_person = added[0] if added else None
        return True

    @Slot()
    def remove_person(self) -> bool:
        """Take the selected person out of the event; when they are on meetings, only once confirmed."""
        event = self._can_edit()
        person = self.selected_participant()
        if event is None or person is None:
            return False
        meetings = edits.meetings_of(event, participant=person.id)
        if meetings:
            question = self.tr(
                "{person} is on %n meetings. They stay in the timetable, without {person}.", "", meetings
            )
            question = question.replace("{person}", person.name)
            title = self.tr("Remove {person}?").replace("{person}", person.name)
            if not self.ask_confirm(title, question, self.tr("Remove")):
                return False
        self._selected_person = None
        person_id = person.id
        return self.session.edit(
            self.tr("Remove {person}").replace("{person}", person.name),
            lambda ef: edits.remove_participant(ef, person_id, event),
        )
