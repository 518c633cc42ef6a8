"""The open event in the window: its file, the event as last stored, and undo and redo for every edit.

Every edit is a function of the event file that stores the change and returns the event as now saved
(``app.services``); the session runs it as a ``QUndoCommand`` that remembers the event before and after, so
undo and redo put a whole snapshot back in one transaction (``edits.restore``). Nothing is ever held
unsaved: an edit is in the file when ``edit`` returns.

The file's work runs in a worker thread (``jobs.wait_for``) while the window keeps painting. An edit writes
only the rows it changes and returns the event without reading it again, so it is shown at once; the
figures every page shows (the summary, the unmet requests with their reasons, ``reports.derive``) are then
worked out in the background on a large event, and ``derived`` says when they are there (``unmet()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain import Event, UnmetRequest
from app.errors import ConflictError, MeetGridError
from app.services import desks, edits, reports
from app.services.event_files import EventFile, open_event
from app.ui.jobs import Computation, failure_message, give_way, small_event, wait_for

Change = Callable[[EventFile], Event]
DayChange = Callable[[EventFile, Event], Event]
"""A small change of the day's record (a check-in): given the file and the event as last stored, it writes a
few rows and returns the event as now stored without reading it back."""

UNDO_LIMIT = 50
"""Edits that can be undone; each keeps two snapshots of the event."""


class EventSession(QObject):
    """The open event, shared by every page of the window."""

    changed = Signal(object)  # Event | None: after opening, closing and every edit, undo or redo
    failed = Signal(str, str)  # title, message: an edit could not be stored; nothing changed
    busy_changed = Signal(bool)  # planning started (True) or ended: pages offer no edits meanwhile
    day_changed = Signal(object)  # Event: the desk's record of the day changed (check-in, absence, undo)
    derived = Signal(
        object
    )  # Event: the current event's figures are worked out (after an edit, a moment later)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._file: EventFile | None = None
        self._event: Event | None = None
        self._unmet: tuple[UnmetRequest, ...] = ()
        self._busy = False
        self._working = False
        self._derived_for: Event | None = None
        self._deriving: Computation[tuple[UnmetRequest, ...]] = Computation(
            self.tr("Work out the figures"),
            small_event,
            self,
        )
        self._deriving.ready.connect(self._on_derived)
        self._deriving.failed.connect(
            lambda message: self.failed.emit(self.tr("Cannot work out the figures"), message)
        )

    @property
    def busy(self) -> bool:
        """True while the timetable is being planned: edits wait until it has finished."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @property
    def current(self) -> Event | None:
        """The event as last stored (QObject's own ``event`` is Qt's event handler)."""
        return self._event

    def unmet(self) -> tuple[UnmetRequest, ...]:
        """The current event's requests without a meeting, with reasons (none before it is planned, and
        none yet while they are worked out after an edit: ``derived`` says when they are there)."""
        return self._unmet

    def is_derived(self) -> bool:
        """True when the current event's figures are worked out (``derived`` was emitted for it)."""
        event = self._event
        return event is None or self._derived_for is event

    def shutdown(self) -> None:
        """Wait for the figures under way, so no thread outlives the window."""
        self._deriving.shutdown()

    def is_working(self) -> bool:
        """True while the event file is being read or written (the window takes no clicks meanwhile)."""
        return self._working

    @property
    def event_file(self) -> EventFile | None:
        return self._file

    @property
    def path(self) -> Path | None:
        return self._file.path if self._file is not None else None

    def open(self, path: Path | str) -> Event:
        """Open an event file (or a server's event, by URL) in place of the current one; raises
        MeetGridError or OSError, leaving the current event open, when it cannot be read."""

        def read() -> tuple[EventFile, Event, tuple[UnmetRequest, ...]]:
            event_file = open_event(path)
            try:
                event = event_file.load()
                return event_file, event, _unmet_of(event)
            except BaseException:
                event_file.close()
                raise

        if self._working:
            raise MeetGridError("MeetGrid is still saving the last change; try again in a moment.")
        self._working = True
        try:
            event_file, event, unmet = wait_for(read, "MeetGrid: open the event")
        finally:
            self._working = False
        self.close(emit=False)
        self._file = event_file
        self._event = event
        self._unmet = unmet
        self._derived_for = event
        self.changed.emit(event)
        return event

    def close(self, *, emit: bool = True) -> None:
        self.undo_stack.clear()
        if self._file is not None:
            self._file.close()
        self._file = None
        self._event = None
        self._unmet = ()
        self._derived_for = None
        self._deriving.forget()
        if emit:
            self.changed.emit(None)

    def can_edit(self) -> bool:
        """True when an event is open and no planning or file work is under way."""
        return self._file is not None and self._event is not None and not self._busy and not self._working

    def edit(self, text: str, change: Change, *, whole: bool = False) -> bool:
        """Store an edit as an undoable step; False (and ``failed`` emitted) when it could not be stored.
        A refused edit leaves the undo and redo history as it was. ``whole``: a change of the whole
        timetable (a plan), shown with its figures worked out, not before them."""
        before = self._event
        if not self.can_edit() or before is None:
            return False
        after = self._apply(text, change, whole)
        if after is None:
            return False
        self.undo_stack.push(_Edit(self, text, before, after))
        return True

    def undo(self) -> bool:
        """Take back the last edit; refused (False) while planning or while a change is being written,
        since a plan under way was made for the event as it is."""
        if not self.can_edit() or not self.undo_stack.canUndo():
            return False
        self.undo_stack.undo()
        return True

    def redo(self) -> bool:
        if not self.can_edit() or not self.undo_stack.canRedo():
            return False
        self.undo_stack.redo()
        return True

    def _apply(self, text: str, change: Change, whole: bool = False) -> Event | None:
        event_file = self._file
        assert event_file is not None

        def store() -> tuple[Event, tuple[UnmetRequest, ...] | None]:
            event = change(event_file)
            return event, _unmet_of(event) if whole else None

        self._deriving.interrupt()  # the figures of the event about to be replaced: no longer wanted
        give_way()  # background work waits while the edit is stored and shown
        self._working = True
        try:
            event, unmet = wait_for(store, f"MeetGrid: {text}")
        except Exception as exc:  # the organiser gets a sentence; a fault in MeetGrid is logged as well
            self._working = False
            if isinstance(exc, ConflictError):
                self.reload()  # another desk's change: shown at once, so that the organiser sees why
            self._deriving.resume()  # the event shown stays: its figures, if still wanted
            title = self.tr("Cannot {what}").replace("{what}", text[:1].lower() + text[1:])
            message = failure_message(text, exc)
            self.failed.emit(title, message[:1].upper() + message[1:])
            return None
        finally:
            self._working = False
        self._event = event
        if unmet is not None:  # worked out with the change: shown with its figures
            self._deriving.forget()
            self._unmet, self._derived_for = unmet, event
            self.changed.emit(event)
            self.derived.emit(event)
            return event
        self._unmet = ()
        self.changed.emit(event)
        give_way()  # and repainted
        self._deriving.request(event, lambda: _unmet_of(event))  # on a large event once the edit is shown
        return event

    def _on_derived(self) -> None:
        event = self._event
        unmet = self._deriving.value(event)
        if event is None or unmet is None:
            return  # worked out for an event since replaced; the newest one is under way
        self._unmet, self._derived_for = unmet, event
        self.derived.emit(event)

    def reload(self) -> None:
        """Read the event as stored now (after another desk changed it); keeps the old one if that fails."""
        event_file = self._file
        if event_file is None:
            return
        try:
            event, unmet = wait_for(lambda: _loaded(event_file), "MeetGrid: read the event again")
        except Exception:  # the failure being reported says enough; the pages keep what they show
            return
        self._deriving.forget()  # worked out with the reading
        self._event = event
        self._unmet = unmet
        self._derived_for = event
        self.changed.emit(event)

    def other_desks_job(self) -> Callable[[], Refreshed | None] | None:
        """For a worker thread: another desk's changes read into the event shown (``Refreshed``), or None
        when there are none; show them with ``show_refreshed`` on the GUI thread. None (no job) when no
        event is open. Raises ``EventFileError`` when the server cannot be reached."""
        event_file, shown, unmet = self._file, self._event, self._unmet
        if event_file is None or shown is None:
            return None

        def read() -> Refreshed | None:
            count = event_file.changes()
            if count is None or count == event_file.known_changes:
                return None
            found = event_file.refresh(shown)
            if found is None:
                return None
            event, count = found
            day_only = set(desks.parts_changed(shown, event)) <= {"day"}
            return Refreshed(shown, event, count, unmet if day_only else _unmet_of(event), day_only)

        return read

    def show_refreshed(self, refreshed: Refreshed) -> bool:
        """Show what ``other_desks_job`` read, unless the event shown changed meanwhile (an edit here: the
        next look reads the other desks' changes again). True when shown."""
        event_file = self._file
        if event_file is None or self._event is not refreshed.shown or self.is_working():
            return False
        event_file.known_changes = refreshed.count
        self._event, self._unmet = refreshed.event, refreshed.unmet
        self._derived_for = refreshed.event
        if refreshed.day_only:
            self.day_changed.emit(refreshed.event)
        else:
            self.changed.emit(refreshed.event)
        return True

    def record(self, text: str, change: DayChange, reverse: DayChange) -> bool:
        """Store a change of the day's record as an undoable step, on this thread, without the whole-event
        work of ``edit``: a check-in at the desk writes one row in milliseconds, while the file and the
        figures of the timetable, which it leaves alone, stay as they are. ``reverse`` undoes ``change``;
        ``day_changed`` (not ``changed``) tells the pages. False (and ``failed``) when it could not be
        stored."""
        if not self.can_edit():
            return False
        if not self._record(text, change):
            return False
        self.undo_stack.push(_DayEdit(self, text, change, reverse))
        return True

    def _record(self, text: str, change: DayChange) -> bool:
        event_file, before = self._file, self._event
        assert event_file is not None and before is not None
        give_way()
        try:
            after = change(event_file, before)
        except Exception as exc:  # as in _apply: a sentence for the organiser, a fault logged
            title = self.tr("Cannot {what}").replace("{what}", text[:1].lower() + text[1:])
            message = failure_message(text, exc)
            self.failed.emit(title, message[:1].upper() + message[1:])
            return False
        if self._derived_for is before:
            self._derived_for = after  # the figures of the timetable are those of the event before
        self._event = after
        self.day_changed.emit(after)
        return True


@dataclass(frozen=True)
class Refreshed:
    """Other desks' changes read into the event ``shown``: the event now, and the count of changes it is
    up to; ``day_only`` when only the day's record changed (check-ins elsewhere)."""

    shown: Event
    event: Event
    count: int
    unmet: tuple[UnmetRequest, ...]
    day_only: bool


def _loaded(event_file: EventFile) -> tuple[Event, tuple[UnmetRequest, ...]]:
    event = event_file.load()
    return event, _unmet_of(event)


def _unmet_of(event: Event) -> tuple[UnmetRequest, ...]:
    reports.derive(event)  # the pages' figures, worked out here rather than on the GUI thread
    return reports.unmet_requests(event) if event.meetings else ()


class _Edit(QUndoCommand):
    """An edit already stored: undo writes the event as it was before, redo as it was after."""

    def __init__(self, session: EventSession, text: str, before: Event, after: Event) -> None:
        super().__init__(text)
        self._session = session
        self._before = before
        self._after = after
        self._stored = True  # push() calls redo() at once; the edit is in the file already

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        after = self._after
        before = self._before
        shown = self._session.current
        self._session._apply(self.text(), lambda event_file: edits.restore(event_file, after, before, shown))

    def undo(self) -> None:
        before, after = self._before, self._after
        shown = self._session.current
        self._session._apply(self.text(), lambda event_file: edits.restore(event_file, before, after, shown))


class _DayEdit(QUndoCommand):
    """A change of the day's record already stored: undo and redo write only the rows it changed."""

    def __init__(self, session: EventSession, text: str, change: DayChange, reverse: DayChange) -> None:
        super().__init__(text)
        self._session = session
        self._change = change
        self._reverse = reverse
        self._stored = True

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self._session._record(self.text(), self._change)

    def undo(self) -> None:
        self._session._record(self.text(), self._reverse)
