"""What several services share: figures worked out once per stored event (``per_event``) and the
scheduling instance of an event (``instance_of``)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from app import pacing
from app.domain import Event, Meeting
from app.scheduler import Instance, build_instance

R = TypeVar("R")

REMEMBERED = 4
"""Events whose derived figures are kept (the one shown, the one before it for undo, and two more)."""


def per_event(compute: Callable[[Event], R]) -> Callable[[Event], R]:
    """Work out ``compute(event)`` once for the same event object. Events are frozen, so the answer cannot
    change; the window computes the figures of a stored event in a worker thread and its pages then ask
    for them on the GUI thread without waiting (a large event takes up to a second)."""
    remembered: list[tuple[Event, R]] = []
    working = threading.Lock()  # a second thread asking meanwhile waits for the answer, not works it out

    def known(event: Event) -> tuple[R] | None:
        for seen, value in tuple(remembered):
            if seen is event:
                return (value,)
        return None

    @functools.wraps(compute)
    def once(event: Event) -> R:
        found = known(event)
        if found is not None:
            return found[0]
        with _holding(working):
            found = known(event)
            if found is not None:
                return found[0]
            value = compute(event)
            remembered[:] = [(event, value), *remembered[: REMEMBERED - 1]]
            return value

    return once


@contextmanager
def _holding(lock: threading.Lock) -> Iterator[None]:
    """Hold ``lock``; should another thread hold it, one working in the background that may be waiting at a
    checkpoint, have it finish now (``pacing.needed_now``) rather than once the organiser stops acting."""
    if not lock.acquire(blocking=False):
        pacing.needed_now()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


_instances: list[tuple[tuple[object, ...], frozenset[Meeting], Instance]] = []
_building = threading.Lock()


def instance_of(event: Event) -> Instance:
    """The scheduling instance of an event (the unmet requests, the summary and the statistics share it).

    Built once for the same registrations, setup and locked meetings: an event after a move or a check-in
    shares those parts with the event before it (``dataclasses.replace``), so its instance is the same
    one, not built again (most of a second on a large event)."""
    inputs = _instance_inputs(event)
    locked = frozenset(m for m in event.meetings if m.locked)

    def known() -> Instance | None:
        for seen, seen_locked, instance in tuple(_instances):
            if seen_locked == locked and all(a is b for a, b in zip(seen, inputs, strict=True)):
                return instance
        return None

    found = known()
    if found is not None:
        return found
    with _holding(_building):  # built once, should two threads want it at the same time
        found = known()
        if found is not None:
            return found
        instance = build_instance(event)
        _instances[:] = [(inputs, locked, instance), *_instances[: REMEMBERED - 1]]
        return instance


def _instance_inputs(event: Event) -> tuple[object, ...]:
    """Everything of an event its instance is built from but its meetings (of which only the locked)."""
    return (
        event.settings,
        event.organisations,
        event.participants,
        event.requests,
        event.slots,
        event.tables,
        event.apart,
        event.precedences,
        event.interpreters,
    )
