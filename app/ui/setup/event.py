"""The *Event* tab of the Event setup page: the event's name, venue and the venue's time zone, how many
meetings an organisation has, and the host group that keeps its tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import event_setup
from app.ui.setup.base import SetupBase


class EventTab(SetupBase):
    def _build_event_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Event name"))
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("e.g. Innovation Park, Stavanger"))
        for edit in (self.name_edit, self.venue_edit):
            edit.textChanged.connect(self._draft_changed)
        self.time_zone = self._time_zone_box()
        self.max_meetings = self._spin(0, 999, self.tr(" meetings"), self.tr("No limit"))
        self.max_meetings.setToolTip(
            self.tr("An organisation's own limit, from its registration, comes first")
        )
        self.min_meetings = self._spin(0, 999, self.tr(" meetings"), self.tr("No minimum"))
        self.min_meetings.setToolTip(
            self.tr("Every organisation with wishes gets at least this many meetings, or all it asked for")
        )
        self.max_in_a_row = self._spin(0, 99, self.tr(" meetings in a row"), self.tr("No pause needed"))
        self.max_in_a_row.setToolTip(
            self.tr("After this many meetings in a row, a participant gets at least one slot's pause")
        )
        form = QFormLayout()
        form.addRow(self.tr("Event name"), self.name_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Time zone"), self.time_zone)
        limits = QGroupBox(self.tr("Meetings per organisation"))
        limits_form = QFormLayout(limits)
        limits_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        limits_form.addRow(self.tr("At most"), self.max_meetings)
        limits_form.addRow(self.tr("At least"), self.min_meetings)
        limits_form.addRow(self.tr("A pause after"), self.max_in_a_row)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(limits)
        layout.addWidget(
            self._hint(
                self.tr(
                    "What the timetable aims for first (fairness, requests, compact days) is chosen on the "
                    "Plan page."
                )
            )
        )
        layout.addStretch(1)
        return tab

    def _time_zone_box(self) -> QComboBox:
        """An editable list of the IANA zones; left empty, calendar files use this computer's own zone."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("")
        box.addItems(list(event_setup.time_zone_names()))
        box.setMaxVisibleItems(20)
        own = event_setup.local_time_zone()
        line = box.lineEdit()
        assert line is not None  # an editable box has its line edit
        line.setPlaceholderText(self.tr("{zone} (this computer's)").replace("{zone}", own))
        line.setClearButtonEnabled(True)
        completer = QCompleter(list(event_setup.time_zone_names()), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.setAccessibleName(self.tr("Time zone of the venue"))
        box.setToolTip(
            self.tr(
                "Calendar files give the meeting times in this zone, so that they show right on every "
                "phone; leave it empty for this computer's own ({zone})"
            ).replace("{zone}", own)
        )
        box.editTextChanged.connect(self._draft_changed)
        return box

    def _fill_host_groups(self, groups: list[str], chosen: str) -> None:
        loading, self._loading = self._loading, True
        self.host_group.clear()
        self.host_group.addItem(self.tr("None: tables are shared"), "")
        if chosen and chosen not in groups:
            groups = [*groups, chosen]
        for group in groups:
            self.host_group.addItem(
                self.tr("Every organisation of “{group}”").replace("{group}", group), group
            )
        self.host_group.setCurrentIndex(max(self.host_group.findData(chosen), 0))
        self._loading = loading
