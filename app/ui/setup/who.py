"""The *Who meets whom* tab of the Event setup page: pairs of organisations kept apart."""

from __future__ import annotations

from PySide6.QtCore import (
    QStringListModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Event,
    OrgId,
    pair_of,
)
from app.ui.models.rows import org_label
from app.ui.models.setup import (
    ApartModel,
    hm,
)
from app.ui.setup.base import SetupBase


class WhoTab(SetupBase):
    def _build_who_tab(self) -> QWidget:
        self.across_groups = QCheckBox(self.tr("&Only meetings between organisations of different groups"))
        self.across_groups.setToolTip(self.tr("For example the delegation meets the hosts, not itself"))
        self.across_groups.toggled.connect(self._draft_changed)

        self.apart_model = ApartModel(self)
        self.apart_view = self._view(self.apart_model, editable=False)
        self.apart_view.setAccessibleName(self.tr("Pairs kept apart"))
        self.apart_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.apart_model.edited.connect(self._draft_changed)
        self.organisation_names = QStringListModel(self)
        self.first_org = self._org_picker(self.tr("First organisation"))
        self.second_org = self._org_picker(self.tr("Second organisation"))
        self.keep_apart_button = QPushButton(self.tr("&Keep apart"))
        self.keep_apart_button.clicked.connect(self.add_apart_pair)
        self.second_org.returnPressed.connect(self.add_apart_pair)
        self.remove_apart_button = QPushButton(self.tr("&Let them meet again"))
        self.remove_apart_button.clicked.connect(self.remove_apart_pairs)
        self.apart_note = QLabel()
        self.apart_note.setWordWrap(True)
        pickers = QHBoxLayout()
        pickers.addWidget(self.first_org, 1)
        pickers.addWidget(QLabel(self.tr("and")))
        pickers.addWidget(self.second_org, 1)
        pickers.addWidget(self.keep_apart_button)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.across_groups)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self._heading(self.tr("Pairs kept apart")))
        layout.addWidget(
            self._hint(self.tr("These organisations never meet each other (competitors, a known dispute)."))
        )
        layout.addWidget(self.apart_view, 1)
        layout.addLayout(self._buttons(self.remove_apart_button))
        layout.addLayout(pickers)
        layout.addWidget(self.apart_note)
        return tab

    def _org_picker(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        completer = QCompleter(self.organisation_names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def _show_organisations(self, event: Event) -> None:
        self._names = {org.id: org_label(org) for org in event.organisations}
        self._org_ids = {}
        for org in event.organisations:
            for text in (org_label(org), org.name):
                self._org_ids.setdefault(text.casefold(), org.id)
        self.organisation_names.setStringList(sorted(self._names.values(), key=str.casefold))
        self.apart_model.set_names(self._names)
        groups = sorted({o.group.strip() for o in event.organisations if o.group.strip()}, key=str.casefold)
        self._fill_host_groups(groups, self.host_group.currentData() or event.settings.host_group)

    def _organisation_named(self, text: str) -> OrgId | None:
        return self._org_ids.get(" ".join(text.split()).casefold())

    @Slot()
    def add_apart_pair(self) -> bool:
        """Keep the two organisations typed in the pickers apart (in the draft)."""
        first = self._organisation_named(self.first_org.text())
        second = self._organisation_named(self.second_org.text())
        if first is None or second is None:
            missing = self.first_org.text() if first is None else self.second_org.text()
            self.apart_note.setText(
                self.tr(
                    "No organisation is called “{name}”; type part of a name and choose from the list."
                ).replace("{name}", missing.strip())
                if missing.strip()
                else self.tr("Choose two organisations: type part of a name and pick it from the list.")
            )
            return False
        if first == second:
            self.apart_note.setText(self.tr("Choose two different organisations."))
            return False
        pair = pair_of(first, second)
        names = f"{self._names[pair[0]]} – {self._names[pair[1]]}"
        if pair in self.apart_model.rows():
            self.apart_note.setText(self.tr("{pair} are kept apart already.").replace("{pair}", names))
            return False
        row = self.apart_model.append(pair)
        self.apart_view.setCurrentIndex(self.apart_model.index(row, 0))
        self.first_org.clear()
        self.second_org.clear()
        note = self.tr("{pair} will never meet once you apply.").replace("{pair}", names)
        event = self._event
        meeting = next((m for m in event.meetings if m.organisation_ids == pair), None) if event else None
        if event is not None and meeting is not None:
            start = event.slot_by_id[meeting.slot_id].start
            note += " " + self.tr(
                "They meet at {time} in the current timetable; plan again to take that meeting out."
            ).replace("{time}", hm(start))
        self.apart_note.setText(note)
        self.first_org.setFocus()
        return True

    @Slot()
    def remove_apart_pairs(self) -> None:
        self.apart_model.remove_rows(self._selected_rows(self.apart_view))
        self.apart_note.clear()
