"""The requests page: who wishes to meet whom, by organisation and across groups, and pairs worth suggesting.

Three tabs. *By organisation*: the organisations on the left (searchable); on the right the chosen one's
wishes (to add, remove or reprioritise) and who wished to meet it. *Across groups*: a matrix of requests
from group to group (or country), each cell with how many were met; a click lists them. *Suggested pairs*:
pairs that share interests but have not asked to meet (``suggestions.suggest_pairs``), to accept as requests.

Every edit is one undoable ``session.edit`` storing new registrations with ``edits.change_registrations``.
What takes long on a large event (the reasons of unmet requests, the suggestions) is computed only when
shown, and off the GUI thread from ``jobs.INLINE_BELOW`` organisations on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Slot,
)
from PySide6.QtWidgets import (
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Event,
    UnmetRequest,
)
from app.domain.wishes import (
    OrganisationWishes,
    wishes_by_organisation,
)
from app.services import reports
from app.services.suggestions import Suggestion
from app.ui.jobs import Computation, small_event
from app.ui.models.requests import (
    planned,
)
from app.ui.requests.by_organisation import ByOrganisationTab
from app.ui.requests.matrix import MatrixTab
from app.ui.requests.suggestions import SuggestionsTab
from app.ui.session import EventSession
from app.ui.widgets import empty_state

Index = QModelIndex | QPersistentModelIndex


# -- what became of each request ------------------------------------------------------------------------


# -- models ---------------------------------------------------------------------------------------------


# -- the page -------------------------------------------------------------------------------------------


class RequestsPage(ByOrganisationTab, MatrixTab, SuggestionsTab):
    """Who wishes to meet whom in the open event; the organiser adds, removes and reprioritises wishes."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._event: Event | None = None
        self._wishes: dict[int, OrganisationWishes] = {}
        self._org_id: int | None = None
        self._matrix_stale = True
        self._ids_by_label: dict[str, int] = {}
        self._reasons: Computation[tuple[UnmetRequest, ...]] = Computation(
            self.tr("Reasons"), small_event, self
        )
        self._reasons.ready.connect(self._on_reasons)
        self._suggestions: Computation[list[Suggestion]] = Computation(
            self.tr("Suggestions"), small_event, self
        )
        self._suggestions.ready.connect(self._on_suggestions)
        self._suggestions.failed.connect(self._on_suggestions_failed)

        self.empty_label, self.empty_page = empty_state(self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_by_organisation(), self.tr("By organisation"))
        self.tabs.addTab(self._build_matrix(), self.tr("Across groups"))
        self.tabs.addTab(self._build_suggestions(), self.tr("Suggested pairs"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        session.busy_changed.connect(self._update_editing)
        self.set_event(None)

    # -- building ---------------------------------------------------------------------------------------

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the event as saved; heavy parts (matrix, suggestions, reasons) wait until they are seen."""
        previous, self._event = self._event, event
        self._matrix_stale = True
        if event is None or not event.organisations:
            self._reasons.forget()
            self._suggestions.forget()
            self._wishes = {}
            self.organisation_model.set_event(None, {})
            self.add_names.setStringList([])
            self._show_org(None)
            self.matrix_model.set_matrix(None, False, self._base())
            self.cell_model.set_requests(None, (), None)
            self.suggestions_model.set_suggestions(None, ())
            if event is None:
                self._show_empty(
                    self.tr("No event open"),
                    self.tr(
                        "Open an event or import registrations: this page shows who wishes to meet whom, "
                        "lets you add, remove and reprioritise wishes, and suggests pairs who share "
                        "interests."
                    ),
                )
            else:
                self._show_empty(
                    self.tr("No organisations yet"),
                    self.tr(
                        "{event} has no organisations. Import the registrations, or add organisations, "
                        "then come back to see and edit their wishes."
                    ).replace("{event}", f"<i>{html.escape(event.settings.name)}</i>"),
                )
            return
        self.stack.setCurrentWidget(self.tabs)
        same_organisations = previous is not None and previous.organisations is event.organisations
        self._wishes = wishes_by_organisation(event)
        self.organisation_model.set_event(event, self._wishes)
        if not same_organisations:  # a change of wishes keeps the names to choose from
            self._set_picker(event)
        org_id = self._org_id if self._org_id in event.organisation_by_id else None
        self._show_org(org_id)
        self._select_in_list(org_id)
        if planned(event):
            self._reasons.request(event, lambda: reports.unmet_requests(event))
        self._refresh_visible_tab()
        self._update_editing()

    def shown_event(self) -> Event | None:
        """The event shown (QWidget's own ``event`` is Qt's event handler)."""
        return self._event

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def shutdown(self) -> None:
        """Wait for background work before the window closes."""
        self._reasons.shutdown()
        self._suggestions.shutdown()

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.stack.setCurrentWidget(self.empty_page)

    @Slot()
    def _on_reasons(self) -> None:
        outcomes = self._outcomes()
        for model in (self.wishes_model, self.wished_by_model, self.cell_model):
            if model.shown_event() is self._event:
                model.set_outcomes(outcomes)
        self.outcomes_ready.emit()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self._refresh_visible_tab()

    def _refresh_visible_tab(self) -> None:
        if self._event is None:
            return
        tab = self.tabs.currentIndex()
        if tab == self.ACROSS_GROUPS and self._matrix_stale:
            self._refresh_matrix()
        elif tab == self.SUGGESTIONS:
            self._refresh_suggestions()

    # -- by organisation --------------------------------------------------------------------------------

    # -- across groups ----------------------------------------------------------------------------------

    # -- suggestions ------------------------------------------------------------------------------------
