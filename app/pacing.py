"""Background work that gives way to the organiser.

Python runs one thread at a time (the interpreter lock). While a worker thread works out figures in Python,
every call the window makes into Python (each cell a view paints asks one) waits its turn, so an edit that
takes 60 ms alone takes 300 ms beside a busy worker. Long work in the background therefore calls
``checkpoint()`` between small steps: while the organiser is acting (``give_way``, called by the window on
each edit and key press), a background thread waits there instead of competing, and work that is no longer
wanted (the event it was for has been replaced) stops there with ``Stale``.

Only threads that run inside ``background(...)`` ever wait or stop: the same functions called on the GUI
thread, on the command line or by a job the window waits for, run straight through. A wait is bounded by
the deadline ``give_way`` sets, so it cannot hold up a thread that needs what the waiting one is holding for
longer than that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_yield_until = 0.0
"""``time.monotonic()`` until which background threads wait at their checkpoints."""

_local = threading.local()


class Stale(Exception):
    """The work under way is no longer wanted (raised by ``checkpoint`` in a background thread)."""


def give_way(ms: float) -> None:
    """Have background threads wait at their next checkpoint until ``ms`` from now (or later, if an earlier
    call asked for longer)."""
    global _yield_until
    _yield_until = max(_yield_until, time.monotonic() + ms / 1000)


def needed_now() -> None:
    """A thread that must wait for what a background thread is working out (a lock it holds) ends the
    giving way at once, so that the work is finished rather than left waiting for the deadline. A background
    thread waiting for another leaves the giving way as it is."""
    global _yield_until
    if getattr(_local, "stale", None) is None:
        _yield_until = 0.0


def giving_way() -> bool:
    """True while background threads are asked to wait."""
    return time.monotonic() < _yield_until


@contextmanager
def background(stale: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """Run the body as background work: its checkpoints wait while the organiser is acting, and raise
    ``Stale`` once ``stale()`` is true."""
    before = getattr(_local, "stale", None)
    _local.stale = stale
    try:
        yield
    finally:
        _local.stale = before


def checkpoint() -> None:
    """Between two small steps of long work: in a background thread, wait while the organiser is acting,
    and stop (``Stale``) when the work is no longer wanted. Costs a lookup elsewhere."""
    stale = getattr(_local, "stale", None)
    if stale is None:
        return
    while True:
        if stale():
            raise Stale
        left = _yield_until - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.05))
