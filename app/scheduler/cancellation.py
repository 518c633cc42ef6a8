"""Stopping a search from another thread: the window's Cancel, the time limit of a face."""

from __future__ import annotations

import threading

from ortools.sat.python import cp_model


class Cancellation:
    """Lets another thread stop a running solve; the best schedule found so far is kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._solver: cp_model.CpSolver | None = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._solver is not None:
                self._solver.stop_search()

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def _attach(self, solver: cp_model.CpSolver | None) -> None:
        with self._lock:
            self._solver = solver
            if solver is not None and self._cancelled:
                solver.stop_search()
