"""The *Suggested pairs* tab of the Requests page: pairs that share interests but have not asked to meet
(``suggestions.suggest_pairs``), to accept as requests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.wishes import (
    with_requests,
)
from app.services import edits, suggestions
from app.services.suggestions import Suggestion
from app.ui.models.requests import (
    SuggestionsModel,
)
from app.ui.requests.base import RequestsBase


class SuggestionsTab(RequestsBase):
    def _build_suggestions(self) -> QWidget:
        self.suggestions_hint = self._hint()
        self.suggestions_hint.setText(
            self.tr(
                "Pairs that share interests but have not asked to meet, and that the planner would let "
                "meet. Tick those worth a meeting and accept them: each becomes a request of normal "
                "priority from the organisation that has asked for fewer meetings."
            )
        )
        self.per_organisation = QSpinBox()
        self.per_organisation.setRange(1, 20)
        self.per_organisation.setAccessibleName(self.tr("Suggestions per organisation"))
        self.per_organisation.setValue(suggestions.SUGGESTIONS_PER_ORGANISATION)
        self.per_organisation.setToolTip(self.tr("So that nobody is offered too many new meetings at once"))
        self.per_organisation.valueChanged.connect(self._refresh_suggestions)
        limit = QHBoxLayout()
        limit.addWidget(QLabel(self.tr("At most")))
        limit.addWidget(self.per_organisation)
        limit.addWidget(QLabel(self.tr("suggestions per organisation")))
        limit.addStretch(1)

        self.suggestions_model = SuggestionsModel(self)
        self.suggestions_model.checks_changed.connect(self._update_editing)
        self.suggestions_view = self._table(self.suggestions_model)
        self.suggestions_view.setAccessibleName(self.tr("Suggested requests"))
        header = self.suggestions_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.suggestions_message = QLabel()
        self.suggestions_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggestions_message.setWordWrap(True)
        self.suggestions_stack = QStackedWidget()
        self.suggestions_stack.addWidget(self.suggestions_view)
        self.suggestions_stack.addWidget(self.suggestions_message)

        self.select_all_button = QPushButton(self.tr("&Select all"))
        self.select_all_button.clicked.connect(lambda: self.suggestions_model.set_all(True))
        self.select_none_button = QPushButton(self.tr("Select &none"))
        self.select_none_button.clicked.connect(lambda: self.suggestions_model.set_all(False))
        self.accept_button = QPushButton(self.tr("&Accept selected"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self._on_accept)
        self.suggestions_status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.select_none_button)
        buttons.addWidget(self.suggestions_status, 1)
        buttons.addWidget(self.accept_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.suggestions_hint)
        layout.addLayout(limit)
        layout.addWidget(self.suggestions_stack, 1)
        layout.addLayout(buttons)
        return page

    def _refresh_suggestions(self) -> None:
        event = self._event
        if event is None:
            return
        per_organisation = self.per_organisation.value()
        known = self._suggestions.value(event, per_organisation)
        if known is not None:
            if self.suggestions_model.shown_event() is not event:
                self._on_suggestions()
            return
        self._suggestions.request(
            event,
            lambda: suggestions.suggest_pairs(event, per_organisation=per_organisation),
            per_organisation,
        )
        if self._suggestions.value(event, per_organisation) is None:
            self.suggestions_message.setText(self.tr("Looking for pairs with shared interests…"))
            self.suggestions_stack.setCurrentWidget(self.suggestions_message)
            self.suggestions_status.clear()

    @Slot()
    def _on_suggestions(self) -> None:
        event = self._event
        suggestions = self._suggestions.value(event, self.per_organisation.value())
        if event is None or suggestions is None:
            return
        self.suggestions_model.set_suggestions(event, suggestions)
        if suggestions:
            self.suggestions_stack.setCurrentWidget(self.suggestions_view)
            self.suggestions_status.setText(self.tr("%n pairs to suggest", "", len(suggestions)))
        else:
            with_interests = sum(1 for o in event.organisations if o.interests)
            self.suggestions_message.setText(
                self.tr(
                    "No organisation has given its interests, so there is nothing to compare. Add interests "
                    "on the Organisations page (or in the registration workbook) to get suggestions."
                )
                if with_interests < 2
                else self.tr(
                    "No new pairs to suggest: every pair that shares an interest has already asked to meet, "
                    "meets already, or may not meet under the event's rules."
                )
            )
            self.suggestions_stack.setCurrentWidget(self.suggestions_message)
            self.suggestions_status.clear()
        self._update_editing()
        self.suggestions_ready.emit()

    @Slot(str)
    def _on_suggestions_failed(self, message: str) -> None:
        self.suggestions_message.setText(self.tr("Could not look for pairs: ") + message)
        self.suggestions_stack.setCurrentWidget(self.suggestions_message)

    @Slot()
    def _on_accept(self) -> None:
        self.accept_suggestions(self.suggestions_model.checked())

    def accept_suggestions(self, suggestions: Sequence[Suggestion]) -> bool:
        """Add the suggestions as requests of normal priority, in one undoable edit."""
        event = self._event
        if event is None or not suggestions or self.session.busy:
            return False
        registrations = with_requests(edits.registrations_of(event), [s.request() for s in suggestions])
        text = (
            self.tr("Add a suggested request")
            if len(suggestions) == 1
            else self.tr("Add %n suggested requests", "", len(suggestions))
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations, event))
