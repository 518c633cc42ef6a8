"""Planning off the GUI thread: a worker in a ``QThread``, owned by a controller that lives in the GUI thread.

The worker gets a frozen ``Event`` (never an ORM session) and calls ``planning.plan``; progress from the
solver's own threads reaches the controller as queued signals, so widgets are only touched in the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.domain import Event
from app.services import planning
from app.services.planning import Cancellation, SolveOptions, SolveProgress, SolveResult
from app.ui.jobs import end_thread, failure_message, release, track


class _Worker(QObject):
    progress = Signal(object)  # SolveProgress
    finished = Signal(object)  # SolveResult
    failed = Signal(str)

    def __init__(self, event: Event, options: SolveOptions, cancellation: Cancellation) -> None:
        super().__init__()
        self._event = event
        self._options = options
        self._cancellation = cancellation

    @Slot()
    def run(self) -> None:
        try:
            result = planning.plan(self._event, self._options, self.progress.emit, self._cancellation)
        except Exception as exc:  # MeetGrid's own errors as they are; a fault as a sentence, logged
            self.failed.emit(failure_message("Planning", exc))
        else:
            self.finished.emit(result)


class SolveController(QObject):
    """Starts, cancels and waits for one planning run at a time."""

    progress = Signal(object)  # SolveProgress, in the GUI thread
    finished = Signal(object)  # SolveResult, in the GUI thread
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancellation: Cancellation | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, event: Event, options: SolveOptions) -> None:
        if self._thread is not None:
            raise RuntimeError("a planning run is already going on")
        self._cancellation = Cancellation()
        thread = QThread()
        thread.setObjectName("MeetGrid planning")
        worker = _Worker(event, options, self._cancellation)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        track(thread)
        thread.start()

    def cancel(self) -> None:
        """Ask the solver to stop; it finishes with the best timetable found so far."""
        if self._cancellation is not None:
            self._cancellation.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread (when the window closes); True when nothing is left running."""
        self.cancel()
        thread = self._thread
        if thread is None:
            return True
        thread.quit()
        stopped = thread.wait(timeout_ms)
        if stopped:
            self._release()
        return stopped

    @Slot(object)
    def _on_progress(self, progress: SolveProgress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, result: SolveResult) -> None:
        self._stop_thread()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.failed.emit(message)

    def _stop_thread(self) -> None:
        end_thread(self._thread)
        self._release()

    def _release(self) -> None:
        release(self._thread, self._worker)
        self._thread = self._worker = None
        self._cancellation = None
