"""The panel on the left of the Print page: the document (``documents``), then every organisation's or one
organisation's, searchable, and the export of everything for the day below it."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event
from app.errors import MeetGridError
from app.services import reprinting
from app.ui.jobs import wait_for
from app.ui.models.print import AgendaChoicesModel
from app.ui.print.base import capitalised, signals_blocked
from app.ui.print.documents import DocumentsPanel


class ChooserPanel(DocumentsPanel):
    def _build_chooser(self) -> QWidget:
        self.all_button = QRadioButton()
        self.one_button = QRadioButton()
        self.changed_button = QRadioButton()
        self.one_button.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.all_button)
        choice.addButton(self.one_button)
        choice.addButton(self.changed_button)
        self.all_button.toggled.connect(self._on_all_toggled)
        self.changed_button.toggled.connect(self._on_changed_toggled)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.choices = AgendaChoicesModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.choices)
        self.filtered.setFilterRole(AgendaChoicesModel.SEARCH_ROLE)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._choose_first_match)

        self.organisation_list = QListView()
        self.organisation_list.setModel(self.filtered)
        self.organisation_list.setUniformItemSizes(True)
        self.organisation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisation_list.setAccessibleName(self.tr("Organisations"))
        self.organisation_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.organisation_list.clicked.connect(self._on_clicked)
        self.no_match = QLabel(self.tr("No organisation matches the search."))
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)

        self.export_button = QPushButton(self.tr("E&xport everything…"))
        self.export_button.setToolTip(
            self.tr(
                "Every agenda as its own PDF, the badges, signs, run sheets and master grid, calendar files, "
                "schedule.json and schedule.xlsx, into a folder you choose"
            )
        )
        self.export_button.clicked.connect(self.export_dialog)
        explain = QLabel(
            self.tr(
                "Writes every agenda as its own PDF (in a folder <i>agendas</i>), the badges, table signs, "
                "interpreter run sheets and master grid, a calendar file per organisation (in a folder "
                "<i>calendar</i>), and the timetable as an Excel workbook and as schedule.json into a folder "
                "you choose."
            )
        )
        explain.setWordWrap(True)
        self.export_progress = QProgressBar()
        self.export_progress.setTextVisible(False)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_progress.setVisible(False)
        self.export_status.setVisible(False)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.whose_box = QWidget()
        whose = QVBoxLayout(self.whose_box)
        whose.setContentsMargins(0, 0, 0, 0)
        whose.addWidget(self._heading(self.tr("For")))
        whose.addWidget(self.all_button)
        whose.addWidget(self.changed_button)
        whose.addWidget(self.one_button)
        whose.addWidget(self.search)
        whose.addWidget(self.organisation_list, 1)
        whose.addWidget(self.no_match)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_documents())
        layout.addWidget(self.whose_box, 1)
        layout.addStretch(0)
        layout.addWidget(line)
        layout.addWidget(self._heading(self.tr("Export for the day")))
        layout.addWidget(explain)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_progress)
        layout.addWidget(self.export_status)
        em = self.fontMetrics().height()
        panel.setMinimumWidth(em * 11)
        panel.setMaximumWidth(em * 30)
        self.chooser_panel = panel
        self._update_whose()
        return panel

    def _update_whose(self) -> None:
        """The choice of organisation, worded for the document chosen; hidden for a document of the whole
        event (the run sheets, the grid, the alignment sheet)."""
        kind = self._kind
        self.whose_box.setVisible(kind.per_organisation)
        if kind.name == "agendas":
            self.all_button.setText(self.tr("&All agendas in one document"))
            self.all_button.setToolTip(
                self.tr("Every organisation's agenda, each on its own pages, to print in one go")
            )
            self.one_button.setText(self.tr("&One organisation's agenda"))
            self.changed_button.setText(
                self.tr("&Changed since last printed ({n})").replace("{n}", str(len(self._changed)))
            )
            self.changed_button.setToolTip(
                self.tr(
                    "Only the agendas whose content changed since they were last printed, saved or exported, "
                    "and those never printed: to reprint after a change of the timetable"
                )
            )
        else:
            self.all_button.setText(self.tr("Every organisation"))
            self.all_button.setToolTip(
                self.tr("The whole document, for every organisation, to print in one go")
            )
            self.one_button.setText(self.tr("One organisation only"))
            if self.changed_button.isChecked():
                self.all_button.setChecked(True)
        recorded = self._session is not None and self._session.event_file is not None
        self.changed_button.setVisible(kind.name == reprinting.AGENDAS and recorded)

    def _size_chooser(self, event: Event) -> None:
        """Once, wide enough for most names; the organiser's own width is kept after that."""
        self._sized = True
        metrics = self.organisation_list.fontMetrics()
        em = metrics.height()
        longest = max((metrics.horizontalAdvance(org.name) for org in event.organisations), default=0)
        width = round(min(max(longest + em * 2.5, em * 14), em * 24))
        total = sum(self.content.sizes()) or self.width()
        self.content.setSizes([width, max(total - width, em * 20)])

    def choice(self) -> int | None:
        """The organisation whose document is chosen, or None for every organisation's in one document."""
        return self._choice

    def choose(self, org_id: int | None) -> None:
        """Preview one organisation's agenda, or with None all agendas in one document."""
        if org_id is None:
            self.all_button.setChecked(True)
            return
        self._choice = org_id
        self.one_button.setChecked(True)
        self._select_in_list(org_id)
        self._request_preview()

    def _select_in_list(self, org_id: int | None) -> None:
        row = self.choices.row_of(org_id) if org_id is not None else None
        selection = self.organisation_list.selectionModel()
        if row is None:
            selection.clear()
            return
        index = self.filtered.mapFromSource(self.choices.index(row))
        if index.isValid():
            with signals_blocked(selection):
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.organisation_list.scrollTo(index)
        else:
            selection.clear()

    @Slot(bool)
    def _on_all_toggled(self, everything: bool) -> None:
        if not everything and self.changed_button.isChecked():
            return  # the changed agendas were chosen instead: their own slot shows them
        if everything:
            self._choice = None
            # The list keeps its place, but no organisation looks chosen.
            self.organisation_list.selectionModel().clearSelection()
        else:
            current = self.organisation_list.currentIndex()
            if current.isValid():
                self._choice = int(current.data(AgendaChoicesModel.ORG_ID_ROLE))
            elif self._event is not None and self._event.organisations:
                self._choice = self._event.organisations[0].id
                self._select_in_list(self._choice)
        self._request_preview()

    @Slot(bool)
    def _on_changed_toggled(self, chosen: bool) -> None:
        if chosen:
            self._choice = None
            self.organisation_list.selectionModel().clearSelection()
            self._request_preview()
        elif self.one_button.isChecked():
            self._on_all_toggled(False)

    def changed_agendas(self) -> tuple[int, ...]:
        """The organisations whose agenda changed since it was last printed, as last counted."""
        return self._changed

    def _count_changed(self) -> None:
        """Count the agendas changed since last printed, from the records in the event file: at once on a
        small event, in the background on a large one (a thousand agendas take a quarter of a second)."""
        session, event = self._session, self._event
        self._changed = ()
        self._count_round += 1  # what was printed may have changed since, for the same event
        if session is None or session.event_file is None or event is None:
            self._update_whose()
            return
        event_file = session.event_file

        def count() -> tuple[int, ...]:
            try:
                return tuple(reprinting.changed_agendas(event_file, event))
            except MeetGridError:
                return tuple(org.id for org in event.organisations)  # unknown: all may have

        if not self._counting.inline(event):
            self._update_whose()  # none counted yet
        self._counting.request(event, count, self._count_round)

    def _on_counted(self) -> None:
        event = self._event
        counted = self._counting.value(event, self._count_round)
        if event is None or counted is None:
            return  # counted for an event since replaced, or before something more was printed
        self._changed = counted
        self._update_whose()
        if self.changed_button.isChecked() and not self._counting.inline(event):
            self._request_preview()  # the changed agendas are known now

    def _record_printed(self) -> None:
        """Remember the agendas of the document shown as printed (after a whole printing or a save), so that
        only those that change afterwards count as changed."""
        shown, source, session = self._shown, self._shown_source, self._session
        if shown is None or source is None or shown.kind != reprinting.AGENDAS or session is None:
            return
        event, path = source
        if session.event_file is None or session.path != path:
            return  # the event shown is no longer the one open
        whose = shown.changed if shown.choice is None else [shown.choice]
        event_file = session.event_file
        try:  # a second or so for a thousand agendas: in a worker, the window painting meanwhile
            wait_for(
                lambda: reprinting.record_agendas_printed(event_file, event, whose),
                "MeetGrid: note the agendas printed",
            )
        except MeetGridError as exc:
            self.show_error(self.tr("Cannot note what was printed"), capitalised(str(exc)))
        self._count_changed()
        if self.changed_button.isChecked():
            self._request_preview()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.choose(int(current.data(AgendaChoicesModel.ORG_ID_ROLE)))

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(int(index.data(AgendaChoicesModel.ORG_ID_ROLE)))

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.filtered.setFilterFixedString(text.strip())
        self.no_match.setVisible(self.filtered.rowCount() == 0 and bool(self.choices.rowCount()))
        if self._choice is not None:
            self._select_in_list(self._choice)

    @Slot()
    def _choose_first_match(self) -> None:
        if self.filtered.rowCount():
            first = self.filtered.index(0, 0)
            self.choose(int(first.data(AgendaChoicesModel.ORG_ID_ROLE)))
            self.organisation_list.setFocus()
