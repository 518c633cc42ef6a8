"""Planning off the GUI thread: a ``JobRunner`` owned by a controller that lives in the GUI thread.

The job gets a frozen ``Event`` (never an ORM session) and calls ``planning.plan``; progress from the
solver's own threads reaches the controller through ``JobRunner.report`` as queued signals, so widgets are
only touched in the GUI thread. The controller adds what planning has beyond other jobs: cancellation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.domain import Event
from app.services import planning
from app.services.planning import Cancellation, SolveOptions, SolveProgress, SolveResult
from app.ui.jobs import JobRunner


class SolveController(QObject):
    """Starts, cancels and waits for one planning run at a time."""

    progress = Signal(object)  # SolveProgress, in the GUI thread
    finished = Signal(object)  # SolveResult, in the GUI thread
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner(self)
        self._runner.progress.connect(self._on_progress)
        self._cancellation: Cancellation | None = None
        self.planned_on: Event | None = None
        """The event the last planning run started on, which its plan is saved against."""

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, event: Event, options: SolveOptions) -> None:
        if self._runner.is_running():
            raise RuntimeError("a planning run is already going on")
        cancellation = self._cancellation = Cancellation()
        self.planned_on = event
        report = self._runner.report

        def plan() -> SolveResult:
            return planning.plan(event, options, report, cancellation)

        self._runner.start("Planning", plan, self._on_finished, self._on_failed)

    def cancel(self) -> None:
        """Ask the solver to stop; it finishes with the best timetable found so far."""
        if self._cancellation is not None:
            self._cancellation.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread (when the window closes); True when nothing is left running."""
        self.cancel()
        stopped = self._runner.wait(timeout_ms)
        if stopped:
            self._cancellation = None
        return stopped

    @Slot(object)
    def _on_progress(self, progress: SolveProgress) -> None:
        self.progress.emit(progress)

    def _on_finished(self, result: object) -> None:
        self._cancellation = None
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._cancellation = None
        self.failed.emit(message)
