"""The event setup page: everything about the event except the registrations, with the meeting slots shown
as the organiser types.

The page edits a draft. Nothing is stored until Apply, which stores the settings
(``event_setup.change_settings``) and the pairs kept apart and the interpreters
(``edits.change_registrations``) as one undoable step; Revert puts the draft back as stored. Settings
that would remove meetings of the timetable are applied only once the organiser has agreed.

Over 400 lines because the draft as a whole (built from every tab, compared with the event, applied or
reverted in one step) lives here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    DEFAULT_TIERS,
    Event,
    EventSettings,
    Interpreter,
    Interpreting,
    OrgId,
    Pair,
    pair_of,
)
from app.errors import InputError
from app.services import edits, event_setup
from app.ui.models.setup import (
    PROBLEM_COLOUR,
    DayDraft,
    TableDraft,
    normal,
)
from app.ui.session import EventSession
from app.ui.setup.badges import BadgesTab
from app.ui.setup.base import BREAK_BACKGROUND, BREAK_FOREGROUND
from app.ui.setup.days import DaysTab
from app.ui.setup.event import EventTab
from app.ui.setup.interpreters import InterpretersTab
from app.ui.setup.preview import PreviewPanel
from app.ui.setup.tables import TablesTab
from app.ui.setup.who import WhoTab
from app.ui.time_grid import (
    checked_settings,
)
from app.ui.widgets import empty_state

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


# -- the draft ------------------------------------------------------------------------------------------


# -- models ---------------------------------------------------------------------------------------------


# -- the interpreter dialog -----------------------------------------------------------------------------


# -- the page -------------------------------------------------------------------------------------------


class SetupPage(EventTab, DaysTab, TablesTab, WhoTab, InterpretersTab, BadgesTab, PreviewPanel):
    """The setup of the open event as a draft, its meeting slots, and Apply and Revert."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._event: Event | None = None
        self._loading = False
        self._names: dict[OrgId, str] = {}
        self._org_ids: dict[str, OrgId] = {}
        self._problem = ""

        self.empty_label, empty = empty_state(self)
        self.empty_label.setText(
            "<h2>"
            + self.tr("No event open")
            + "</h2><p>"
            + self.tr(
                "Open an event or import registrations: this page sets the days, the meeting times, the "
                "tables, who may meet whom and the interpreters."
            )
            + "</p>"
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_event_tab(), self.tr("Event"))
        self.tabs.addTab(self._build_days_tab(), self.tr("Days and times"))
        self.tabs.addTab(self._build_tables_tab(), self.tr("Tables"))
        self.tabs.addTab(self._build_who_tab(), self.tr("Who meets whom"))
        self.tabs.addTab(self._build_interpreters_tab(), self.tr("Interpreters"))
        self.tabs.addTab(self._build_badges_tab(), self.tr("Badges"))
        self.tabs.setCurrentIndex(1)

        parts = QSplitter(Qt.Orientation.Horizontal)
        parts.addWidget(self.tabs)
        parts.addWidget(self._build_preview())
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        parts.setChildrenCollapsible(False)
        self.splitter = parts

        self.busy_label = QLabel(
            self.tr("The timetable is being planned: the setup can be changed once planning has finished.")
        )
        self.busy_label.setWordWrap(True)
        self.busy_label.setStyleSheet(
            f"background: {BREAK_BACKGROUND}; color: {BREAK_FOREGROUND}; padding: 4px"
        )
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Put everything back as it is stored"))
        self.revert_button.clicked.connect(self.revert)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(self.tr("Store the changes; Undo takes them back"))
        self.apply_button.clicked.connect(self.apply)
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.apply_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.busy_label)
        # A narrow window scrolls the page rather than squeezing the tables and the preview.
        scroll = QScrollArea()
        scroll.setWidget(parts)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, which it scrolls into view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(bar)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.empty_page = empty
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        session.busy_changed.connect(self._on_busy)
        self.set_event(None)

    # -- building ---------------------------------------------------------------------------------------

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the setup of the event as stored. Changes not applied yet stay, unless the stored setup itself
        changed meanwhile (an undo): then the draft starts again from what is stored."""
        if event is self._event and event is not None:
            return
        previous = self._event
        had_changes = previous is not None and self._differs_from(previous)
        self._event = event
        if event is None:
            self.stack.setCurrentWidget(self.empty_page)
            return
        self._show_organisations(event)
        self._show_badges()  # the groups may have changed on the Organisations page
        setup_changed = previous is None or _setup(previous) != _setup(event)
        discarded = had_changes and setup_changed and self._differs_from(event)
        if setup_changed or not had_changes:
            self._load(event)
        self.stack.setCurrentWidget(self.content)
        self._draft_changed()
        if discarded:
            self.state_label.setText(
                self.tr("The stored setup changed (undo or redo), so the changes not applied were put aside.")
            )

    def stored_event(self) -> Event | None:
        """The event as stored that the draft starts from."""
        return self._event

    def _load(self, event: Event) -> None:
        """Fill the draft from the stored event."""
        self._loading = True
        s = event.settings
        self.name_edit.setText(s.name)
        self.venue_edit.setText(s.venue)
        self.time_zone.setEditText(s.time_zone)
        self.max_meetings.setValue(s.max_meetings or 0)
        self.min_meetings.setValue(s.min_meetings or 0)
        self.max_in_a_row.setValue(s.max_in_a_row or 0)
        self.meeting_minutes.setValue(s.meeting_minutes)
        self.pause_minutes.setValue(s.pause_minutes)
        self.days_model.set_rows(DayDraft.of(day) for day in sorted(s.days, key=lambda d: d.date))
        self.days_view.setCurrentIndex(self.days_model.index(0, 0))
        self._on_day_chosen(self.days_model.index(0, 0))
        self.table_count.setValue(s.table_count)
        self.seats_per_table.setValue(s.seats_per_table)
        self.tables_model.set_rows(TableDraft(name, seats) for name, seats in s.custom_tables)
        (self.named_tables if s.custom_tables else self.same_tables).setChecked(True)
        self._on_table_kind()
        self.host_group.setCurrentIndex(max(self.host_group.findData(s.host_group), 0))
        self.across_groups.setChecked(s.across_groups_only)
        self.interpreting.setCurrentIndex(max(self.interpreting.findData(s.interpreting.value), 0))
        self.apart_model.set_rows(sorted(pair_of(*pair) for pair in event.apart))
        self.interpreters_model.set_rows(event.interpreters)
        self.apart_note.clear()
        self._load_badges(s.badge_colours, s.logo)
        self._loading = False

    # -- the draft --------------------------------------------------------------------------------------

    def draft_grid(self) -> tuple[EventSettings | None, str]:
        """The days and the meeting and pause lengths as entered, or what is wrong with them."""
        base = self._event

        def grid() -> EventSettings:
            days = tuple(day.day() for day in sorted(self.days_model.rows(), key=lambda d: d.date))
            return EventSettings(
                name=base.settings.name if base else "",
                days=days,
                meeting_minutes=self.meeting_minutes.value(),
                pause_minutes=self.pause_minutes.value(),
            )

        if not self.days_model.rowCount():
            return None, self.tr("The event needs at least one day; add one.")
        return checked_settings(grid)

    def draft_settings(self) -> tuple[EventSettings | None, str]:
        """The settings as entered, or None and what is wrong with them."""
        base = self._event
        if base is None:
            return None, ""
        grid, problem = self.draft_grid()
        if grid is None:
            return None, problem
        name = " ".join(self.name_edit.text().split())
        if not name:
            return None, self.tr("The event needs a name.")
        named = self.named_tables.isChecked()
        tables = tuple((t.name, t.seats) for t in self.tables_model.rows()) if named else ()
        if named and not tables:
            return None, self.tr("Add at least one table, or choose identical tables.")
        try:
            time_zone = event_setup.check_time_zone(self.time_zone.currentText())
            colours = self.draft_badge_colours()
        except InputError as exc:
            return None, exc.message[:1].upper() + exc.message[1:] + "."
        return checked_settings(
            lambda: dataclasses.replace(
                base.settings,
                name=name,
                venue=" ".join(self.venue_edit.text().split()),
                days=grid.days,
                meeting_minutes=grid.meeting_minutes,
                pause_minutes=grid.pause_minutes,
                table_count=self.table_count.value(),
                seats_per_table=self.seats_per_table.value(),
                custom_tables=tables,
                host_group=str(self.host_group.currentData() or ""),
                across_groups_only=self.across_groups.isChecked(),
                interpreting=Interpreting(self.interpreting.currentData()),
                max_meetings=self.max_meetings.value() or None,
                min_meetings=self.min_meetings.value() or None,
                max_in_a_row=self.max_in_a_row.value() or None,
                time_zone=time_zone,
                badge_colours=colours,
                logo=self.draft_logo(),
            )
        )

    def draft_apart(self) -> tuple[Pair, ...]:
        return tuple(sorted(self.apart_model.rows()))

    def draft_interpreters(self) -> tuple[Interpreter, ...]:
        return tuple(self.interpreters_model.rows())

    def _differs_from(self, event: Event) -> bool:
        settings, _ = self.draft_settings() if self._event is not None else (None, "")
        if settings is None or normal(settings) != normal(event.settings):
            return True
        return set(self.draft_apart()) != set(event.apart) or self.draft_interpreters() != event.interpreters

    def has_changes(self) -> bool:
        """The draft differs from the event as stored."""
        return self._event is not None and self._differs_from(self._event)

    def problem(self) -> str:
        """What keeps the draft from being applied ('' when nothing does)."""
        return self._problem

    @Slot()
    def _draft_changed(self) -> None:
        if self._loading or self._event is None:
            return
        grid, grid_problem = self.draft_grid()
        settings, problem = self.draft_settings()
        self._problem = problem
        self._show_preview(grid, grid_problem)
        self._update_state(settings)

    def _update_state(self, settings: EventSettings | None) -> None:
        event = self._event
        busy = self._session.busy
        changed = self.has_changes()
        for tab in range(self.tabs.count()):  # the tabs can still be looked through
            widget = self.tabs.widget(tab)
            if widget is not None:
                widget.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.apply_button.setEnabled(event is not None and not busy and changed and settings is not None)
        self.revert_button.setEnabled(event is not None and not busy and changed)
        self.remove_day_button.setEnabled(self.days_model.rowCount() > 1)
        self.add_break_button.setEnabled(self.breaks_model.day() is not None)
        self.remove_break_button.setEnabled(self.breaks_model.rowCount() > 0)
        self.remove_table_button.setEnabled(self.tables_model.rowCount() > 1)
        self.remove_apart_button.setEnabled(self.apart_model.rowCount() > 0)
        self.edit_interpreter_button.setEnabled(self.interpreters_model.rowCount() > 0)
        self.remove_interpreter_button.setEnabled(self.interpreters_model.rowCount() > 0)
        tables = event_setup.table_problems(event, settings) if event is not None and settings else ()
        self.tables_note.setText(
            self.tr("Planning cannot work with these tables: ") + "; ".join(tables) + "." if tables else ""
        )
        self.tables_note.setVisible(bool(tables))
        named = self.named_tables.isChecked()
        self.named_tables_box.setVisible(named)
        self.table_count.setEnabled(not named)
        self.seats_per_table.setEnabled(not named)
        if self._problem:
            self.state_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
            self.state_label.setText(self.tr("Cannot apply yet: ") + self._problem)
            return
        self.state_label.setStyleSheet("")
        if not changed:
            self.state_label.setText(self.tr("Everything here is as stored in the event."))
            return
        text = self.tr("Changes not applied yet.")
        if tables:
            text += " " + self.tr("The tables need a look (see Tables).")
        if event is not None and settings is not None and event.meetings:
            dropped = len(event_setup.dropped_meetings(event, settings))
            if dropped:
                text += " " + (
                    self.tr(
                        "Applying removes {n} of the %n meetings of the timetable.", "", len(event.meetings)
                    ).replace("{n}", str(dropped))
                )
        self.state_label.setText(text)

    @Slot(bool)
    def _on_busy(self, _busy: bool) -> None:
        if self._event is not None:
            settings, _ = self.draft_settings()
            self._update_state(settings)

    # -- editing ----------------------------------------------------------------------------------------

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_drop_meetings(self, dropped: int, total: int) -> bool:
        """Whether to apply settings that remove ``dropped`` of the ``total`` meetings."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove meetings?"))
        box.setText(
            self.tr("The new settings remove {n} of the %n meetings of the timetable.", "", total).replace(
                "{n}", str(dropped)
            )
        )
        box.setInformativeText(
            self.tr(
                "Their times or tables no longer exist. A copy of the event as it is now is kept in its "
                "backups folder, and Undo brings them back. Plan again to fill the new slots."
            )
        )
        remove = box.addButton(
            self.tr("Apply and remove %n meetings", "", dropped),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(self.tr("Keep the meetings"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    # -- apply and revert -------------------------------------------------------------------------------

    @Slot()
    def apply(self) -> bool:
        """Store the draft as one undoable step; False when nothing was stored."""
        event = self._event
        if event is None or self._session.busy:
            return False
        settings, _ = self.draft_settings()
        if settings is None:
            return False
        apart, interpreters = self.draft_apart(), self.draft_interpreters()
        settings_changed = normal(settings) != normal(event.settings)
        registrations_changed = set(apart) != set(event.apart) or interpreters != event.interpreters
        if not settings_changed and not registrations_changed:
            return False
        registrations = (
            dataclasses.replace(edits.registrations_of(event), apart=apart, interpreters=interpreters)
            if registrations_changed
            else None
        )
        dropped = event_setup.dropped_meetings(event, settings) if settings_changed else ()
        if dropped and not self.ask_drop_meetings(len(dropped), len(event.meetings)):
            return False
        change: Callable[[Any], Event]
        if settings_changed:
            change = lambda event_file: event_setup.change_settings(  # noqa: E731
                event_file, settings, registrations, before=event
            )
        else:
            assert registrations is not None
            stored = registrations
            change = lambda event_file: edits.change_registrations(event_file, stored, event)  # noqa: E731
        if not self._session.edit(self.tr("Change the event setup"), change):
            return False
        self.set_event(self._session.current)
        text = self.tr("Applied; Undo takes the change back.")
        event_file = self._session.event_file
        if dropped and event_file is not None:
            text = self.tr(
                "Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo "
                "brings them back.",
                "",
                len(dropped),
            ).replace("{folder}", event_file.backups_location().name)
        self.state_label.setText(text)
        return True

    @Slot()
    def revert(self) -> None:
        """Put the draft back as stored."""
        if self._event is not None:
            self._load(self._event)
            self._draft_changed()


def _setup(event: Event) -> tuple[EventSettings, frozenset[Pair], tuple[Interpreter, ...]]:
    """What the page edits of an event (the order of what matters most is the Plan page's)."""
    settings = dataclasses.replace(normal(event.settings), tiers=DEFAULT_TIERS)
    return settings, frozenset(event.apart), event.interpreters
