"""The Check-in page: one field that takes a scanned badge (the scanner types the code and Enter), a code
typed by hand or a few letters of a name in either script; Enter checks the first (or chosen) person in and
shows their next meeting in large type. Absences, late arrivals and walk-ins are taken here too, and the
counts per organisation follow every change at once.

A check-in goes through ``EventSession.record``: one attendance row written on the GUI thread in a few
milliseconds, the page's tables updated in place rather than rebuilt, and undone like any other edit. The
clock is ``now``, which tests replace with a fixed time.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import datetime, time

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain import Event, Organisation, Participant
from app.services import event_day
from app.ui.checkin.models import CountsModel, PeopleModel
from app.ui.checkin.walk_in import WalkIn, WalkInForm
from app.ui.session import EventSession
from app.ui.widgets import heading

RECOUNT_MS = 60_000
"""How often the counts are worked out again as the clock moves on."""

LARGE = 2.0
"""The next meeting's size, against the window's font: readable across the desk."""


class CheckInPage(QWidget):
    """The desk on the day."""

    def __init__(
        self,
        session: EventSession,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.now = now
        self._event: Event | None = None
        self._last: Participant | None = None  # the person last checked in
        self._undo_index = -1  # the undo stack's index right after that check-in
        self._searched = ""
        self.people = PeopleModel(self)
        self.counts = CountsModel(self)
        self._build()
        session.day_changed.connect(self._on_day_changed)
        # Someone absent from 15:00 counts as absent from then: the counts follow the clock too.
        self._recount = QTimer(self)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.recount)
        self._recount.start()
        session.undo_stack.indexChanged.connect(self._update_undo)
        self.set_event(session.current)

    # -- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("checkin-search")
        self.search.setAccessibleName(self.tr("Find a person to check in"))
        self.search.setPlaceholderText(
            self.tr("Scan a badge, or type a check-in code or a few letters of a name")
        )
        self.search.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.search.setFont(font)
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self.check_in_chosen)

        self.results = QTableView()
        self.results.setModel(self.people)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _one_line_rows(self.results)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.activated.connect(lambda index: self.check_in_row(index.row()))
        self.results.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.check_in_button = QPushButton(self.tr("&Check in"))
        self.check_in_button.clicked.connect(self.check_in_chosen)
        self.absent_day_button = QPushButton(self.tr("&Absent for the day"))
        self.absent_day_button.clicked.connect(
            lambda: self.mark_absent(whole_organisation=False, for_the_day=True)
        )
        self.org_absent_day_button = QPushButton(self.tr("&Whole organisation absent for the day"))
        self.org_absent_day_button.clicked.connect(
            lambda: self.mark_absent(whole_organisation=True, for_the_day=True)
        )
        self.from_time = QTimeEdit()
        self.from_time.setDisplayFormat("HH:mm")
        self.absent_from_button = QPushButton(self.tr("Absen&t from then"))
        self.absent_from_button.clicked.connect(
            lambda: self.mark_absent(whole_organisation=False, for_the_day=False)
        )
        self.org_absent_from_button = QPushButton(self.tr("&Organisation absent from then"))
        self.org_absent_from_button.clicked.connect(
            lambda: self.mark_absent(whole_organisation=True, for_the_day=False)
        )
        self.late_button = QPushButton(self.tr("&Late: expected from then"))
        self.late_button.clicked.connect(self.mark_late)

        actions = QGridLayout()
        actions.addWidget(self.check_in_button, 0, 0)
        actions.addWidget(self.absent_day_button, 0, 1)
        actions.addWidget(self.org_absent_day_button, 0, 2)
        from_label = QLabel(self.tr("From"))
        from_label.setBuddy(self.from_time)
        times = QHBoxLayout()
        times.addWidget(from_label)
        times.addWidget(self.from_time, 1)
        actions.addLayout(times, 1, 0)
        actions.addWidget(self.absent_from_button, 1, 1)
        actions.addWidget(self.org_absent_from_button, 1, 2)
        actions.addWidget(self.late_button, 2, 1)

        self.confirmation = QLabel()
        self.confirmation.setObjectName("checkin-confirmation")
        self.confirmation.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirmation, 1)
        confirm.addWidget(self.undo_button)

        self.next_meeting = QLabel()
        self.next_meeting.setObjectName("checkin-next-meeting")
        self.next_meeting.setTextFormat(Qt.TextFormat.RichText)
        self.next_meeting.setWordWrap(True)
        self.next_meeting.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_meeting.setMargin(self.fontMetrics().height() // 2)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * LARGE)
        self.next_meeting.setFont(big)
        self.next_meeting.hide()

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading(self.tr("Check-in"), self, scale=1.4))
        column.addWidget(self.search)
        column.addWidget(self.results, 1)
        column.addLayout(actions)
        column.addLayout(confirm)
        column.addWidget(self.next_meeting)

        self.total_label = QLabel()
        self.total_label.setObjectName("checkin-total")
        self.counts_view = QTableView()
        self.counts_view.setAccessibleName(self.tr("Arrivals per organisation"))
        self.counts_view.setModel(self.counts)
        _one_line_rows(self.counts_view)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.counts_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: fitted to their contents, 1,000 rows would be measured again at every check-in.
        digits = self.fontMetrics().horizontalAdvance("00000")
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Fixed)
            title = str(self.counts.headerData(section, Qt.Orientation.Horizontal))
            header.resizeSection(
                section, max(digits, self.fontMetrics().horizontalAdvance(title)) + digits // 2
            )
        self.walk_in_button = QPushButton(self.tr("&Register a walk-in…"))
        self.walk_in_button.clicked.connect(self.walk_in)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(heading(self.tr("Attendance"), self, scale=1.2))
        side.addWidget(self.total_label)
        side.addWidget(self.counts_view, 1)
        side.addWidget(self.walk_in_button)

        # In a scroll area, so that the desk's buttons do not make the whole window wider than it may be.
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, which it scrolls into view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # scaled to the page: three fifths for the search, two for the counts
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.search)

    # -- the event --------------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show a newly opened or edited event (the window calls this; a check-in takes a lighter path)."""
        if event is self._event and event is not None:
            return
        self._event = event
        at = self.now()
        if event is not None:
            event_day.find_people(event, "")  # builds the search index now, not at the first key
        self.counts.show(event, at)
        self._search(self.search.text())
        self._show_total()
        self.from_time.setTime(QTime(at.hour, at.minute))
        self.setEnabled(event is not None)
        if self._last is not None and (event is None or self._last.id not in event.participant_by_id):
            self._forget_last()
        self._update_buttons()

    def _on_day_changed(self, event: Event) -> None:
        shown = self._event
        if (
            shown is None
            or event.participants is not shown.participants
            or event.organisations is not shown.organisations
        ):
            # The page shows an older event than the one the day's record changed in (it was out of
            # sight while other changes came): shown afresh.
            self.set_event(event)
            return
        before = shown.attendance_by_participant
        now = event.attendance_by_participant
        changed = {pid for pid in before.keys() | now.keys() if before.get(pid) != now.get(pid)}
        people = event.participant_by_id
        self._event = event
        at = self.now()
        self.people.update(event, at)
        self.counts.update(event, {people[pid].organisation_id for pid in changed if pid in people}, at)
        self._show_total()
        last = self._last
        if last is not None and event.attendance_of(last.id).arrived_at is None:
            self.confirmation.setText(self.tr("Check-in of {name} undone").replace("{name}", _name(last)))
            self.next_meeting.hide()
        self._update_undo()

    def recount(self) -> None:
        if self._event is not None:
            at = self.now()
            self.counts.show(self._event, at)
            self.people.update(self._event, at)
            self._show_total()

    def _show_total(self) -> None:
        if self._event is None:
            self.total_label.clear()
            return
        total = self.counts.counts(None)
        self.total_label.setText(
            self.tr("{arrived} · {expected} · {absent} of {people}")
            .replace("{arrived}", self.tr("%n arrived", "", total.arrived))
            .replace("{expected}", self.tr("%n expected", "", total.expected))
            .replace("{absent}", self.tr("%n absent", "", total.absent))
            .replace("{people}", self.tr("%n people", "", total.people))
        )

    # -- searching --------------------------------------------------------------------------------------

    def _on_text(self, text: str) -> None:
        self._search(text)

    def _search(self, text: str) -> None:
        self._searched = text
        found = event_day.find_people(self._event, text) if self._event is not None and text.strip() else []
        self.people.show(self._event, found, self.now())
        if found:
            self.results.selectRow(0)
        self._update_buttons()

    def chosen(self) -> Participant | None:
        """The person the buttons act on: the chosen result (the first by default), else the one last
        checked in."""
        row = self.results.currentIndex().row() if self.results.currentIndex().isValid() else 0
        return self.people.person(row) or self._last

    # -- the desk's actions -----------------------------------------------------------------------------

    def check_in_chosen(self) -> bool:
        """Enter or the button: check in the chosen person (after a scan, the code's owner)."""
        text = self.search.text()
        if text != self._searched:
            self._search(text)  # the whole code, however fast the scanner typed it
        person = self.people.person(
            self.results.currentIndex().row() if self.results.currentIndex().isValid() else 0
        )
        if person is None:
            if text.strip():
                self.confirmation.setText(
                    self.tr("Nobody has the code or name “{text}”").replace(
                        "{text}", html.escape(text.strip())
                    )
                )
                self.search.selectAll()
            return False
        return self.check_in(person)

    def check_in_row(self, row: int) -> bool:
        person = self.people.person(row)
        return person is not None and self.check_in(person)

    def check_in(self, person: Participant) -> bool:
        """Mark the person arrived now and show their next meeting; a second scan only shows it again."""
        event = self._event
        if event is None:
            return False
        at = self.now()
        before = event.attendance_of(person.id)
        name = _name(person)
        if (
            before.arrived_at is not None
            and event_day.state_of(event, person.id, at) == event_day.State.ARRIVED
        ):
            self.confirmation.setText(
                self.tr("{name} checked in already at {time}")
                .replace("{name}", name)
                .replace("{time}", f"{before.arrived_at:%H:%M}")
            )
            self._done_with(person, event, at, undoable=False)
            return True
        if not self._session.can_edit():
            self.confirmation.setText(
                self.tr(
                    "{name} is not checked in yet: MeetGrid is busy planning or saving; try again in a moment"
                ).replace("{name}", name)
            )
            return False
        text = self.tr("Check in {name}").replace("{name}", name)
        if not self._record(text, [person.id], lambda f, e: event_day.check_in(f, person.id, at, e)):
            return False
        self._undo_index = self._session.undo_stack.index()
        self.confirmation.setText(
            self.tr("✓ {name} ({organisation}) checked in at {time}")
            .replace("{name}", name)
            .replace("{organisation}", _organisation(event, person))
            .replace("{time}", f"{at:%H:%M}")
        )
        assert self._event is not None
        self._done_with(person, self._event, at, undoable=True)
        return True

    def _done_with(self, person: Participant, event: Event, at: datetime, *, undoable: bool) -> None:
        self._last = person
        if not undoable:
            self._undo_index = -1
        self._show_next_meeting(event, person, at)
        self.search.clear()
        self.search.setFocus()
        self._update_undo()
        self._update_buttons()

    def _record(self, text: str, person_ids: Iterable[int], change: Callable[..., Event]) -> bool:
        event = self._event
        assert event is not None
        before = [event.attendance_of(pid) for pid in person_ids]
        return self._session.record(text, change, lambda f, e: event_day.set_attendance(f, before, e))

    def undo_last(self) -> None:
        """The Undo button beside the confirmation: take back the check-in just made."""
        if self._session.undo_stack.index() == self._undo_index:
            self._session.undo()
        self.search.setFocus()

    def mark_absent(self, *, whole_organisation: bool, for_the_day: bool) -> bool:
        """Mark the chosen person, or their whole organisation, absent for the day or from the time set."""
        event, person = self._event, self.chosen()
        if event is None or person is None:
            return False
        at = self.now()
        start = event_day.day_start(event, at) if for_the_day else self._from(event, at)
        if whole_organisation:
            ids = [p.id for p in event.participants_by_organisation.get(person.organisation_id, ())]
            who = _organisation(event, person)
        else:
            ids, who = [person.id], _name(person)
        if for_the_day:
            text = self.tr("Mark {who} absent for the day").replace("{who}", who)
        else:
            text = (
                self.tr("Mark {who} absent from {time}")
                .replace("{who}", who)
                .replace("{time}", f"{start:%H:%M}")
            )
        if not self._record(text, ids, lambda f, e: event_day.mark_absent(f, ids, start, e)):
            return False
        self.confirmation.setText(text)
        self._undo_index = -1
        self._update_undo()
        return True

    def mark_late(self) -> bool:
        """Mark the chosen person as a late arrival, expected from the time set."""
        event, person = self._event, self.chosen()
        if event is None or person is None:
            return False
        expected = self._from(event, self.now())
        text = (
            self.tr("Expect {who} from {time}")
            .replace("{who}", _name(person))
            .replace("{time}", f"{expected:%H:%M}")
        )
        if not self._record(text, [person.id], lambda f, e: event_day.mark_late(f, person.id, expected, e)):
            return False
        self.confirmation.setText(text)
        self._undo_index = -1
        self._update_undo()
        return True

    def _from(self, event: Event, at: datetime) -> datetime:
        chosen = self.from_time.time()
        return event_day.at_time(event, time(chosen.hour(), chosen.minute()), at)

    def ask_walk_in(self, event: Event, at: datetime) -> WalkIn | None:
        """Open the walk-in form; its values, or None when cancelled (tests replace this)."""
        form = WalkInForm(event, at, self)
        return form.values() if form.exec() == QDialog.DialogCode.Accepted else None

    def walk_in(self) -> bool:
        """Register a walk-in through the form, then show its people ready to be checked in."""
        event = self._event
        if event is None or not self._session.can_edit():
            return False
        values = self.ask_walk_in(event, self.now())
        if values is None:
            return False
        organisation = Organisation(0, values.organisation or "?", country=values.country, group=values.group)
        people = [Participant(0, 0, name) for name in values.people]
        text = self.tr("Register the walk-in {organisation}").replace("{organisation}", values.organisation)
        stored = self._session.edit(
            text, lambda f: event_day.register_walk_in(f, organisation, people, values.wishes)
        )
        if not stored:
            return False
        self.set_event(self._session.current)
        self.search.setText(values.organisation)
        self.confirmation.setText(
            self.tr("Registered {organisation} with %n people; check them in below", "", len(people)).replace(
                "{organisation}", values.organisation
            )
        )
        return True

    # -- showing ----------------------------------------------------------------------------------------

    def _show_next_meeting(self, event: Event, person: Participant, at: datetime) -> None:
        coming = event_day.next_meeting(event, person.id, at)
        if coming is None:
            self.next_meeting.setText(html.escape(self.tr("No more meetings today")))
            self.next_meeting.show()
            return
        when = f"{coming.start:%H:%M}–{coming.end:%H:%M}"
        title = self.tr("Meeting now, since {time}") if coming.running else self.tr("Next meeting {time}")
        lines = [
            f"<b>{html.escape(title.replace('{time}', when))}</b>",
            f"<b>{html.escape(coming.table)}</b>",
            html.escape(
                self.tr("with {partner}").replace("{partner}", " ".join(n for n in coming.partner.names if n))
            ),
        ]
        if coming.partner_people:
            lines.append(html.escape(", ".join(_name(p) for p in coming.partner_people)))
        if coming.interpreter is not None:
            lines.append(
                html.escape(self.tr("interpreter {name}").replace("{name}", coming.interpreter.name))
            )
        self.next_meeting.setText("<br>".join(lines))
        self.next_meeting.show()

    def next_meeting_text(self) -> str:
        """The next meeting as shown, in plain text (for tests and the status bar)."""
        doc = self.next_meeting.text().replace("<br>", "\n")
        return html.unescape("".join(_strip_tags(doc)))

    def _forget_last(self) -> None:
        self._last = None
        self._undo_index = -1
        self.confirmation.clear()
        self.next_meeting.hide()

    def _update_undo(self, *_: object) -> None:
        if not isValid(self._session.undo_stack):
            return  # the window is closing
        self.undo_button.setVisible(
            self._undo_index >= 0 and self._session.undo_stack.index() == self._undo_index
        )

    def _update_buttons(self) -> None:
        has_person = self._event is not None and self.chosen() is not None
        for button in (
            self.absent_day_button,
            self.org_absent_day_button,
            self.absent_from_button,
            self.org_absent_from_button,
            self.late_button,
        ):
            button.setEnabled(has_person)
        self.check_in_button.setEnabled(self.people.rowCount() > 0)


def _one_line_rows(view: QTableView) -> None:
    """Rows of one line, of one height: quick to lay out however many there are."""
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(
        view.fontMetrics().height() + view.fontMetrics().height() // 2
    )


def _name(person: Participant) -> str:
    return " ".join(n for n in person.names if n)


def _organisation(event: Event, person: Participant) -> str:
    org = event.organisation_by_id.get(person.organisation_id)
    return org.name if org is not None else ""


def _strip_tags(text: str) -> Iterable[str]:
    inside = False
    for char in text:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            yield char
