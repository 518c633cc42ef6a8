"""Work off the GUI thread. One mechanism runs every job of the window in a worker thread, a
``_CallThread`` that runs a function and keeps its value or its exception, and two ways to have it back:

- ``JobRunner`` delivers the result or the failure on the GUI thread later (import, export, preview,
  planning, the timetable's check); what the job reports meanwhile (``JobRunner.report``) arrives there as
  ``progress``. ``Computation`` keeps the newest value worked out that way for an event.
- ``wait_for`` returns it: the event file's work (open, every edit, undo, redo), for which the GUI thread
  waits, painting but taking no input, until the change is stored, since an undoable edit must be in the
  file when it returns.

A job is a plain function of no arguments that returns a value; it must not touch widgets or an ORM
session.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from shiboken6 import isValid

from app import pacing
from app.domain import Event
from app.errors import MeetGridError, write_crash_log

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()
_alive: set[QThread] = set()
"""Worker threads started and not yet joined on the GUI thread: held here so that Python never frees one
still running (Qt aborts the whole program when a running QThread is deleted), whatever became of the page
that started it."""


def track(thread: QThread) -> None:
    """Remember a worker thread, so tests can check that none is left running."""
    _threads.add(thread)


def running_threads() -> list[QThread]:
    """Worker threads (planning, import, export) still running."""
    return [thread for thread in _threads if isValid(thread) and thread.isRunning()]


def failure_message(what: str, exc: BaseException) -> str:
    """The organiser's sentence for a job that raised: MeetGrid's own errors as they are, faults logged."""
    if isinstance(exc, MeetGridError | OSError):
        return str(exc)
    log = write_crash_log(exc)
    return (
        f"{what} stopped because of an internal problem ({type(exc).__name__}). Nothing saved was changed. "
        f"Details for a bug report are in {log}."
    )


T = TypeVar("T")

INLINE_BELOW = 200
"""Organisations from which what the window works out for an event (its figures, reasons, suggestions, the
agendas changed since printed) is worked out off the GUI thread. Measured on the benchmark brokerage
(benchmarks/suggestions.py, 2 shared cores): 200 organisations take 35 ms for either, 300 take 55 ms, 1,000
take about 0.6 s for the suggestions and 0.3 s for the reasons."""


def small_event(event: Event) -> bool:
    """Whether what the window works out for ``event`` is quick enough for the GUI thread."""
    return len(event.organisations) < INLINE_BELOW


WAIT_CURSOR_MS = 150
"""A job that takes longer than this shows the wait cursor."""


class _CallThread(QThread):
    """Runs one job in a thread of its own and keeps its value, or the exception it raised."""

    def __init__(self, job: Callable[[], Any], name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.job = job
        self.value: Any = None
        self.error: BaseException | None = None
        track(self)
        # Queued: runs on the GUI thread (where this object lives) once run() has returned.
        self.finished.connect(self._joined, Qt.ConnectionType.QueuedConnection)

    def start(self, *args: Any, **kwargs: Any) -> None:
        _alive.add(self)
        super().start(*args, **kwargs)

    def _joined(self) -> None:
        self.wait()  # a moment: run() has returned
        _alive.discard(self)

    def run(self) -> None:
        try:
            self.value = self.job()
        except BaseException as exc:  # handed to the GUI thread, which raises or reports it there
            self.error = exc


def wait_for(job: Callable[[], T], what: str = "MeetGrid") -> T:
    """Run ``job`` in a worker thread and return its value (or raise its exception) when it is done.

    Meanwhile the GUI thread keeps painting and running timers but takes no clicks or keys (they are
    delivered afterwards), so the window never freezes and nothing can start a second edit halfway
    through the first. Used for the event file's work (open, every edit, undo, redo), which takes a
    second or more on an event of a thousand organisations.
    """
    thread = _CallThread(job, what)
    loop = QEventLoop()
    thread.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    cursor = QTimer()
    cursor.setSingleShot(True)
    cursor.setInterval(WAIT_CURSOR_MS)
    cursor.timeout.connect(lambda: QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor)))
    thread.start()
    cursor.start()
    try:
        if not thread.wait(5):  # most jobs end at once, without a nested event loop
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.wait()
    finally:
        if not cursor.isActive():
            QGuiApplication.restoreOverrideCursor()
        cursor.stop()
    if thread.error is not None:
        raise thread.error
    return thread.value  # type: ignore[no-any-return]


class JobRunner(QObject):
    """Runs one job at a time in a worker thread and reports back in the GUI thread."""

    started = Signal(str)  # what is being done, for the status bar
    finished = Signal()  # after done or failed has been called
    progress = Signal(object)  # what the job reported (``report``), in the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _CallThread | None = None
        self._what = ""
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[str], None] | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(
        self,
        what: str,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> bool:
        """Start ``job``; False (and nothing started) while another job is still running."""
        if self._thread is not None:
            return False
        thread = _CallThread(job, f"MeetGrid: {what}")
        # Queued: QThread.finished is emitted in the worker thread, after everything the job reported.
        thread.finished.connect(partial(self._on_finished, thread), Qt.ConnectionType.QueuedConnection)
        self._thread, self._what = thread, what
        self._done, self._failed = done, failed
        thread.start()
        self.started.emit(what)
        return True

    def report(self, value: object) -> None:
        """Called by the job, in its worker thread: ``progress`` carries ``value`` to the GUI thread (queued,
        so it arrives before the job's result)."""
        self.progress.emit(value)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the running job's thread (when the window closes); True when nothing is left running."""
        thread = self._thread
        if thread is None:
            return True
        stopped = thread.wait(timeout_ms)
        if stopped:
            self._release()
        return stopped

    def _on_finished(self, thread: _CallThread) -> None:
        what, done, failed = self._what, self._done, self._failed
        if thread is not self._thread:
            return  # released already (the window closed while it ran)
        thread.wait()  # a moment: run() has returned
        self._release()
        if thread.error is None:
            if done is not None:
                done(thread.value)
        elif failed is not None:
            failed(failure_message(what, thread.error))
        self.finished.emit()

    def _release(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None
        self._done = self._failed = None


START_AFTER_MS = 60
"""How long a background computation waits before it starts: time for the window to show what asked for it
(an edit, a page), since a worker thread running Python holds up each of the GUI thread's calls into Python
(the interpreter lock), and a view's refresh makes thousands of them."""


GIVE_WAY_MS = 150
"""How long background computations wait at their checkpoints (``pacing``) after the organiser acts: the
edit or the page is stored, shown and repainted meanwhile without them competing for the interpreter."""


def give_way() -> None:
    """The organiser is acting: background computations wait at their next checkpoint (``GIVE_WAY_MS``)."""
    pacing.give_way(GIVE_WAY_MS)


SUPERSEDED = object()
"""What a ``paced`` job returns when it stopped because it was no longer wanted (``pacing.Stale``)."""


def paced(job: Callable[[], T], stale: Callable[[], bool]) -> Callable[[], T | object]:
    """``job`` as background work (``pacing``): it waits at its checkpoints while the organiser acts, and
    returns ``SUPERSEDED`` from the first one at which ``stale()`` is true."""

    def run() -> T | object:
        try:
            with pacing.background(stale):
                return job()
        except pacing.Stale:
            return SUPERSEDED

    return run


class Computation(QObject, Generic[T]):
    """A value worked out from the event: in the GUI thread when ``inline(event)`` says the event is small,
    else by a JobRunner, as background work (``pacing``): it waits while the organiser acts, and stops at
    its next checkpoint when another event is wanted instead or ``interrupt`` is called. A value for an
    event since replaced is dropped, and the newest event wanted is computed next."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, what: str, inline: Callable[[Event], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._inline = inline
        self.runner = JobRunner(self)
        self._for: tuple[Event, object] | None = None
        self._value: T | None = None
        self._wanted: tuple[Event, Callable[[], T], object] | None = None
        self._generation = 0
        """Changed whenever the work under way is no longer wanted as it stands."""
        self._held = False
        """Interrupted: nothing starts until ``request`` or ``resume``."""
        self._starting = QTimer(self)
        self._starting.setSingleShot(True)
        self._starting.setInterval(START_AFTER_MS)
        self._starting.timeout.connect(self._start_wanted)

    def inline(self, event: Event) -> bool:
        """Whether the value for ``event`` is worked out at once, on the GUI thread (a small event)."""
        return self._inline(event)

    def value(self, event: Event | None, key: object = None) -> T | None:
        """The value for this event (and key), when it is there."""
        if self._for is not None and event is self._for[0] and key == self._for[1]:
            return self._value
        return None

    def request(self, event: Event, job: Callable[[], T], key: object = None) -> None:
        """Have the value for ``event`` worked out, unless it is there or under way."""
        held, self._held = self._held, False
        if self.value(event, key) is not None:
            return
        wanted = self._wanted
        if wanted is not None and wanted[0] is event and wanted[2] == key:
            if held and not self.is_running():
                self._starting.start()  # interrupted, and wanted all the same
            return
        self._wanted = (event, job, key)
        self._generation += 1
        if self._inline(event):
            try:
                value = job()
            except Exception as exc:
                self._failed(failure_message(self._what, exc))
            else:
                self._store(event, key, value)
        elif not self.runner.is_running() and not self._starting.isActive():
            self._starting.start()  # once the window has shown what asked for it (START_AFTER_MS)

    def forget(self) -> None:
        """Drop the value and any wish for one (the event was closed)."""
        self._for, self._value, self._wanted = None, None, None
        self._generation += 1

    def interrupt(self) -> None:
        """Stop the work under way at its next checkpoint (the event it is for is about to change), and start
        nothing until the next ``request`` (the new event) or ``resume`` (the change was refused: the same
        event, worked out afresh ``START_AFTER_MS`` later)."""
        self._generation += 1
        self._held = True

    def resume(self) -> None:
        """After ``interrupt``: work out what is still wanted."""
        self._held = False
        if self._wanted is not None and not self.is_running():
            self._starting.start()

    def is_running(self) -> bool:
        return self.runner.is_running() or self._starting.isActive()

    def shutdown(self) -> None:
        self._starting.stop()
        self._wanted = None
        self.runner.wait()

    def _start_wanted(self) -> None:
        if self._wanted is not None and not self._held and not self.runner.is_running():
            self._start()

    def _start(self) -> None:
        assert self._wanted is not None
        event, job, key = self._wanted
        generation = self._generation
        self.runner.start(
            self._what,
            paced(job, lambda: self._generation != generation),
            lambda value: self._finished(event, key, value),
            self._failed,
        )

    def _finished(self, event: Event, key: object, value: object) -> None:
        wanted = self._wanted
        if value is SUPERSEDED:
            if wanted is not None and not self._held:
                self._starting.start()  # what is wanted now, once the window has shown it
        elif wanted is not None and wanted[0] is event and wanted[2] == key:
            self._store(event, key, value)  # type: ignore[arg-type]
        elif wanted is not None and not self._held:
            self._start()

    def _failed(self, message: str) -> None:
        self._wanted = None
        self.failed.emit(message)

    def _store(self, event: Event, key: object, value: T) -> None:
        self._wanted = None
        self._for, self._value = (event, key), value
        self.ready.emit()
