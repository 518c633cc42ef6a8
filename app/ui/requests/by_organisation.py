"""The *By organisation* tab of the Requests page: the organisations on the left (searchable), on the right
the chosen one's wishes (to add, remove or reprioritise) and who wished to meet it.

Over 400 lines because the tab's list, its two tables and the edits of wishes (add, remove, priority) are one
workflow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QStringListModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    DEFAULT_PRIORITY,
    Event,
    MeetingRequest,
    Priority,
    Registrations,
)
from app.domain.interests import folded
from app.domain.wishes import (
    OrganisationWishes,
    with_pair_agreed,
    with_priority,
    with_requests,
    without_request,
)
from app.services import edits
from app.ui.models.requests import (
    ID_ROLE,
    OrganisationFilter,
    OrganisationListModel,
    PriorityDelegate,
    RequestsModel,
    priority_name,
)
from app.ui.models.rows import org_label
from app.ui.requests.base import RequestsBase


class ByOrganisationTab(RequestsBase):
    def _build_by_organisation(self) -> QWidget:
        em = self.fontMetrics().height()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations, groups, countries, interests"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.organisation_model = OrganisationListModel(self)
        self.organisation_filter = OrganisationFilter(self)
        self.organisation_filter.setSourceModel(self.organisation_model)
        self.organisation_view = self._table(self.organisation_filter)
        self.organisation_view.setAccessibleName(self.tr("Organisations"))
        self.organisation_view.setSortingEnabled(True)
        self.organisation_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.organisation_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the headings, not measured over the rows: fitting them to a thousand organisations' rows
        # again at every change held the window up. The organiser can still widen them.
        metrics = self.organisation_view.fontMetrics()
        for column, sample in ((1, "M" * 8), (2, "0000"), (3, "0000")):
            heading = str(self.organisation_model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in (heading, sample)) + em)
        self.search.textChanged.connect(self.organisation_filter.set_text)
        self.organisation_view.selectionModel().currentRowChanged.connect(self._on_organisation_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.organisation_view, 1)
        left.setMinimumWidth(em * 12)

        self.organisation_heading = self._heading(scale=1.3)
        self.organisation_heading.setWordWrap(True)
        self.organisation_details = QLabel()
        self.organisation_details.setWordWrap(True)
        self.organisation_details.setTextFormat(Qt.TextFormat.PlainText)

        self.wishes_heading = self._heading()
        self.wishes_model = RequestsModel(
            (
                RequestsModel.TO,
                RequestsModel.PRIORITY,
                RequestsModel.SESSION,
                RequestsModel.MUTUAL,
                RequestsModel.AGREED,
                RequestsModel.OUTCOME,
            ),
            {RequestsModel.TO: self.tr("Organisation")},
            self,
        )
        self.wishes_model.priority_requested.connect(self._on_priority_requested)
        self.wishes_model.agreed_requested.connect(self.set_agreed)
        self.wishes_view = self._table(self.wishes_model)
        self.wishes_view.setAccessibleName(self.tr("Wishes to meet"))
        self.wishes_view.setItemDelegateForColumn(
            self.wishes_model.column_of(RequestsModel.PRIORITY), PriorityDelegate(self.wishes_view)
        )
        self.wishes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.wishes_view.doubleClicked.connect(self._on_request_double_clicked)
        self.wishes_view.setToolTip(
            self.tr("Double-click a priority to change it, a name to see that organisation's own wishes")
        )
        self.remove_action = QAction(self.tr("Remove wish"), self.wishes_view)
        self.remove_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._on_remove)
        self.wishes_view.addAction(self.remove_action)
        self.wishes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.wishes_view.selectionModel().selectionChanged.connect(self._update_wish_controls)
        self.wishes_hint = self._hint()

        self.chosen_priority = self._priority_combo()
        self.chosen_priority.setToolTip(self.tr("Priority of the selected wish"))
        self.chosen_priority.activated.connect(self._on_chosen_priority)
        self.remove_button = QPushButton(self.tr("&Remove wish"))
        self.remove_button.clicked.connect(self._on_remove)
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("Selected wish:")))
        chosen.addWidget(self.chosen_priority)
        chosen.addWidget(self.remove_button)
        chosen.addStretch(1)

        self.add_picker = QComboBox()
        self.add_picker.setEditable(True)
        self.add_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_picker.setMaxVisibleItems(15)
        self.add_picker.setMinimumContentsLength(14)
        self.add_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_names = QStringListModel(self)
        self.add_picker.setModel(self.add_names)
        completer = QCompleter(self.add_names, self.add_picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_picker.setCompleter(completer)
        line_edit = self.add_picker.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type an organisation's name"))
        line_edit.returnPressed.connect(self._on_add)
        self.add_priority = self._priority_combo()
        self.add_button = QPushButton(self.tr("&Add wish"))
        self.add_button.clicked.connect(self._on_add)
        self.add_feedback = QLabel()
        self.add_feedback.setWordWrap(True)
        add = QHBoxLayout()
        add.addWidget(self.add_picker, 1)
        add.addWidget(self.add_priority)
        add.addWidget(self.add_button)

        self.wished_by_heading = self._heading()
        self.wished_by_model = RequestsModel(
            (
                RequestsModel.FROM,
                RequestsModel.PRIORITY,
                RequestsModel.SESSION,
                RequestsModel.MUTUAL,
                RequestsModel.AGREED,
                RequestsModel.OUTCOME,
            ),
            {RequestsModel.FROM: self.tr("Organisation")},
            self,
        )
        self.wished_by_view = self._table(self.wished_by_model)
        self.wished_by_view.setAccessibleName(self.tr("Wished for by"))
        self.wished_by_view.doubleClicked.connect(self._on_request_double_clicked)
        self.wished_by_view.setToolTip(self.tr("Double-click an organisation to see its own wishes"))
        self.wished_by_hint = self._hint()

        wishes = QWidget()
        wishes_layout = QVBoxLayout(wishes)
        wishes_layout.setContentsMargins(0, 0, 0, 0)
        wishes_layout.addWidget(self.wishes_heading)
        wishes_layout.addWidget(self.wishes_view, 1)
        wishes_layout.addWidget(self.wishes_hint)
        wishes_layout.addLayout(chosen)
        wishes_layout.addWidget(QLabel(self.tr("Add a wish to meet:")))
        wishes_layout.addLayout(add)
        wishes_layout.addWidget(self.add_feedback)
        wished_by = QWidget()
        wished_by_layout = QVBoxLayout(wished_by)
        wished_by_layout.setContentsMargins(0, 0, 0, 0)
        wished_by_layout.addWidget(self.wished_by_heading)
        wished_by_layout.addWidget(self.wished_by_view, 1)
        wished_by_layout.addWidget(self.wished_by_hint)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(wishes)
        lists.addWidget(wished_by)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        lists.setChildrenCollapsible(False)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(em // 2, 0, 0, 0)
        detail_layout.addWidget(self.organisation_heading)
        detail_layout.addWidget(self.organisation_details)
        detail_layout.addWidget(lists, 1)
        self.choose_label = QLabel(self.tr("Choose an organisation on the left to see and edit its wishes."))
        self.choose_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_label.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.choose_label)
        self.detail_stack.addWidget(detail)
        self.detail_page = detail

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([em * 28, em * 40])
        self.by_organisation_splitter = splitter
        return splitter

    def _set_picker(self, event: Event) -> None:
        labels: list[str] = []
        self._ids_by_label = {}
        for org in event.organisations:
            label = org_label(org)
            if label.casefold() in self._ids_by_label:
                label = f"{label} #{org.id}"
            self._ids_by_label[label.casefold()] = org.id
            labels.append(label)
        # A name typed without its local name is found too, when no other organisation has it.
        names: dict[str, list[int]] = {}
        for org in event.organisations:
            names.setdefault(org.name.casefold(), []).append(org.id)
        for name, ids in names.items():
            if len(ids) == 1:
                self._ids_by_label.setdefault(name, ids[0])
        text = self.add_picker.currentText()
        self.add_names.setStringList(labels)
        self.add_picker.setEditText(text)

    def choose(self, org_id: int) -> None:
        """Show one organisation's wishes, as a click in the list does; a search that hides it is cleared."""
        if self.organisation_model.row_of(org_id) is None:
            return
        if not self._select_in_list(org_id):
            self.search.clear()
            self._select_in_list(org_id)
        self._show_org(org_id)

    def chosen(self) -> int | None:
        return self._org_id

    def _select_in_list(self, org_id: int | None) -> bool:
        view = self.organisation_view
        row = self.organisation_model.row_of(org_id) if org_id is not None else None
        if row is None:
            view.clearSelection()
            return False
        index = self.organisation_filter.mapFromSource(self.organisation_model.index(row, 0))
        if not index.isValid():
            return False
        selection = view.selectionModel()
        if selection.currentIndex() == index and selection.isRowSelected(index.row(), QModelIndex()):
            return True  # chosen already (the list was updated in place): nothing to select or scroll to
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_organisation_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            org_id = current.data(ID_ROLE)
            if isinstance(org_id, int) and org_id != self._org_id:
                self._show_org(org_id)

    def _show_org(self, org_id: int | None) -> None:
        event = self._event
        self._org_id = org_id
        self.add_feedback.clear()
        if event is None or org_id is None:
            self.wishes_model.set_requests(None, (), None)
            self.wished_by_model.set_requests(None, (), None)
            self.detail_stack.setCurrentWidget(self.choose_label)
            self._update_editing()
            return
        org = event.organisation_by_id[org_id]
        wishes = self._wishes.get(org_id, OrganisationWishes())
        self.organisation_heading.setText(org_label(org))
        details = [x for x in (org.group, org.country) if x]
        if org.interests:
            details.append(self.tr("interests: ") + ", ".join(org.interests))
        self.organisation_details.setText(" · ".join(details))
        self.organisation_details.setVisible(bool(details))
        outcomes = self._outcomes()
        kept = self._selected_wish()
        self.wishes_model.set_requests(event, wishes.made, outcomes)
        self.wished_by_model.set_requests(event, wishes.received, outcomes)
        if kept is not None and kept.requester_id == org_id:  # the wish just edited stays selected
            row = next((i for i, r in enumerate(wishes.made) if r.requested_id == kept.requested_id), None)
            if row is not None:
                self.wishes_view.setCurrentIndex(self.wishes_model.index(row, 0))
        self.wishes_heading.setText(self.tr("Wishes to meet ({n})").replace("{n}", str(len(wishes.made))))
        self.wished_by_heading.setText(
            self.tr("Wished for by ({n})").replace("{n}", str(len(wishes.received)))
        )
        self.wishes_hint.setText(
            self.tr("{name} has no wishes yet: add one below.").replace("{name}", org.name)
        )
        self.wishes_hint.setVisible(not wishes.made)
        self.wished_by_hint.setText(
            self.tr("Nobody has asked to meet {name} yet.").replace("{name}", org.name)
        )
        self.wished_by_hint.setVisible(not wishes.received)
        for view in (self.wishes_view, self.wished_by_view):
            view.resizeColumnsToContents()
        self.detail_stack.setCurrentWidget(self.detail_page)
        self._update_editing()

    @Slot(QModelIndex)
    def _on_request_double_clicked(self, index: QModelIndex) -> None:
        model = index.model()
        if not isinstance(model, RequestsModel):
            return
        column = model.column_of(RequestsModel.PRIORITY)
        if index.column() == column and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return  # the priority is being edited
        org_id = index.data(ID_ROLE)
        if isinstance(org_id, int):
            self.choose(org_id)

    def _selected_wish(self) -> MeetingRequest | None:
        rows = self.wishes_view.selectionModel().selectedRows()
        return self.wishes_model.request_at(rows[0].row()) if rows else None

    @Slot()
    def _update_wish_controls(self) -> None:
        wish = self._selected_wish()
        if wish is not None:
            self.chosen_priority.setCurrentIndex(self.chosen_priority.findData(int(wish.priority)))
        self._update_editing()

    @Slot()
    def _update_editing(self) -> None:
        can_edit = self._event is not None and not self.session.busy
        has_org = can_edit and self._org_id is not None
        has_wish = has_org and self._selected_wish() is not None
        self.wishes_model.set_editable(has_org)
        for widget in (self.add_picker, self.add_priority, self.add_button):
            widget.setEnabled(has_org)
        self.chosen_priority.setEnabled(has_wish)
        self.remove_button.setEnabled(has_wish)
        self.remove_action.setEnabled(has_wish)
        checked = len(self.suggestions_model.checked())
        self.accept_button.setEnabled(can_edit and checked > 0)
        accept = self.tr("A&ccept {n} selected").replace("{n}", str(checked))
        self.accept_button.setText(accept if checked else self.tr("A&ccept selected"))
        has_rows = self.suggestions_model.rowCount() > 0
        self.select_all_button.setEnabled(can_edit and has_rows)
        self.select_none_button.setEnabled(can_edit and checked > 0)
        if self.session.busy:
            self.add_button.setToolTip(self.tr("Wishes can be edited again when planning has finished"))
        else:
            self.add_button.setToolTip("")

    def find_organisation(self, text: str) -> int | None:
        """The organisation a typed or chosen name means, if exactly one: its label, name or local name,
        or a part of them that only one organisation has (case and accents aside)."""
        exact = self._ids_by_label.get(" ".join(text.split()).casefold())
        if exact is not None or self._event is None:
            return exact
        wanted = folded(text).strip()
        if not wanted:
            return None
        orgs = self._event.organisations
        for whole in (True, False):
            hits = {
                org.id
                for org in orgs
                for name in (org.name, org.local_name)
                if name and (folded(name) == wanted if whole else wanted in folded(name))
            }
            if len(hits) == 1:
                return hits.pop()
            if hits:
                return None
        return None

    def organisations_matching(self, text: str) -> list[str]:
        """The names of the organisations whose name or local name holds ``text`` (for 'several match')."""
        wanted = folded(text).strip()
        if not wanted or self._event is None:
            return []
        return [
            org.name
            for org in self._event.organisations
            if any(name and wanted in folded(name) for name in (org.name, org.local_name))
        ]

    @Slot()
    def _on_add(self) -> None:
        org_id = self.find_organisation(self.add_picker.currentText())
        priority = Priority(int(self.add_priority.currentData()))
        if org_id is None:
            typed = self.add_picker.currentText().strip()
            several = self.organisations_matching(typed)
            if not typed:
                text = self.tr("Type or choose the organisation to meet.")
            elif len(several) > 1:
                text = (
                    self.tr("Several organisations match '{name}': {names}; type more of the name.")
                    .replace("{name}", typed)
                    .replace("{names}", ", ".join(several[:4]) + (", …" if len(several) > 4 else ""))
                )
            else:
                text = self.tr("No organisation is called '{name}'; choose one from the list.").replace(
                    "{name}", typed
                )
            self.add_feedback.setText(text)
            return
        if self.add_wish(org_id, priority):
            self.add_picker.setEditText("")

    def add_wish(self, requested: int, priority: Priority = DEFAULT_PRIORITY) -> bool:
        """The chosen organisation wishes to meet ``requested``: stored as an undoable edit."""
        event, requester = self._event, self._org_id
        if event is None or requester is None or self.session.busy:
            return False
        names = event.organisation_by_id
        if requested == requester:
            self.add_feedback.setText(self.tr("An organisation cannot wish to meet itself."))
            return False
        made = self._wishes.get(requester, OrganisationWishes()).made
        existing = next((r for r in made if r.requested_id == requested), None)
        if existing is not None:
            self.add_feedback.setText(
                self.tr("{a} already wishes to meet {b} ({priority}); change its priority above.")
                .replace("{a}", names[requester].name)
                .replace("{b}", names[requested].name)
                .replace("{priority}", priority_name(existing.priority))
            )
            return False
        registrations = with_requests(
            edits.registrations_of(event), [MeetingRequest(requester, requested, priority)]
        )
        text = (
            self.tr("Add wish: {a} to meet {b}")
            .replace("{a}", names[requester].name)
            .replace("{b}", names[requested].name)
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations, event))

    @Slot()
    def _on_remove(self) -> None:
        wish = self._selected_wish()
        if wish is not None:
            self.remove_wish(wish.requester_id, wish.requested_id)

    def remove_wish(self, requester: int, requested: int) -> bool:
        """Remove one organisation's wish to meet another, as an undoable edit."""
        event = self._event
        if event is None or self.session.busy:
            return False
        registrations = without_request(edits.registrations_of(event), requester, requested)
        names = event.organisation_by_id
        text = (
            self.tr("Remove wish: {a} to meet {b}")
            .replace("{a}", names[requester].name)
            .replace("{b}", names[requested].name)
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations, event))

    @Slot(int)
    def _on_chosen_priority(self, index: int) -> None:
        wish = self._selected_wish()
        if wish is not None:
            priority = Priority(int(self.chosen_priority.itemData(index)))
            self.set_priority(wish.requester_id, wish.requested_id, priority)

    @Slot(int, int, int)
    def _on_priority_requested(self, requester: int, requested: int, priority: int) -> None:
        self.set_priority(requester, requested, Priority(priority))

    @Slot(int, int, bool)
    def set_agreed(self, requester: int, requested: int, agreed: bool) -> bool:
        """Mark one wish as a meeting both sides agreed to (or take that back), as an undoable edit."""
        text = (
            self.tr("Mark the meeting of {a} and {b} as agreed")
            if agreed
            else self.tr("Make the meeting of {a} and {b} a wish again")
        )
        return self._edit_wish(
            requester, requested, text, lambda r: with_pair_agreed(r, requester, requested, agreed)
        )

    def set_priority(self, requester: int, requested: int, priority: Priority) -> bool:
        """Change how much one wish matters, as an undoable edit."""
        text = self.tr("Make {a}'s wish to meet {b} '{priority}'").replace(
            "{priority}", priority_name(priority)
        )
        return self._edit_wish(
            requester, requested, text, lambda r: with_priority(r, requester, requested, priority)
        )

    def _edit_wish(
        self,
        requester: int,
        requested: int,
        text: str,
        change: Callable[[Registrations], Registrations],
    ) -> bool:
        """One wish changed by ``change``, stored as an undoable edit named ``text`` ({a} and {b} are the
        two organisations); False while busy or when the wish is gone."""
        event = self._event
        if event is None or self.session.busy:
            return False
        try:
            registrations = change(edits.registrations_of(event))
        except KeyError:
            return False
        names = event.organisation_by_id
        text = text.replace("{a}", names[requester].name).replace("{b}", names[requested].name)
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations, event))
