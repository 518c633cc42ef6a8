"""What several services share: figures worked out once per stored event (``per_event``) and the
scheduling instance of an event (``instance_of``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from app.domain import Event
from app.scheduler import Instance, build_instance

R = TypeVar("R")

REMEMBERED = 4
"""Events whose derived figures are kept (the one shown, the one before it for undo, and two more)."""


def per_event(compute: Callable[[Event], R]) -> Callable[[Event], R]:
    """Work out ``compute(event)`` once for the same event object. Events are frozen, so the answer cannot
    change; the window computes the figures of a stored event in a worker thread and its pages then ask
    for them on the GUI thread without waiting (a large event takes up to a second)."""
    remembered: list[tuple[Event, R]] = []

    @functools.wraps(compute)
    def once(event: Event) -> R:
        for known, value in tuple(remembered):
            if known is event:
                return value
        value = compute(event)
        remembered[:] = [(event, value), *remembered[: REMEMBERED - 1]]
        return value

    return once


@per_event
def instance_of(event: Event) -> Instance:
    """The scheduling instance of an event (the unmet requests, the summary and the statistics share it)."""
    return build_instance(event)
