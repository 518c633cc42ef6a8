"""Background work that gives way to the organiser: it waits at its checkpoints while the organiser acts,
stops there when no longer wanted, and runs straight through everywhere else."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest

from app import pacing
from app.services import reports


@pytest.fixture(autouse=True)
def _nobody_acting() -> Iterator[None]:
    pacing._yield_until = 0.0
    yield
    pacing._yield_until = 0.0


def test_outside_background_work_a_checkpoint_never_waits() -> None:
    pacing.give_way(60_000)
    started = time.monotonic()
    pacing.checkpoint()
    assert time.monotonic() - started < 1
    assert pacing.giving_way()


def test_background_work_waits_at_its_checkpoint_while_the_organiser_acts() -> None:
    passed: list[float] = []

    def work() -> None:
        with pacing.background():
            pacing.checkpoint()
            passed.append(time.monotonic())

    pacing.give_way(60_000)
    worker = threading.Thread(target=work)
    worker.start()
    worker.join(0.3)
    assert worker.is_alive() and not passed  # waiting, not working
    pacing._yield_until = 0.0  # the organiser stopped
    worker.join(5)
    assert passed and not worker.is_alive()


def test_the_wait_ends_by_itself_at_the_deadline() -> None:
    with pacing.background():
        pacing.give_way(200)
        started = time.monotonic()
        pacing.checkpoint()
        waited = time.monotonic() - started
    assert 0.15 < waited < 5


def test_work_no_longer_wanted_stops_at_its_next_checkpoint_and_leaves_no_half_figures() -> None:
    event = dataclasses.replace(f.delegation_day())  # an object no other test has worked out
    asked: list[int] = []

    def stale() -> bool:
        asked.append(1)
        return len(asked) > 3  # wanted for three steps, then replaced

    with pytest.raises(pacing.Stale), pacing.background(stale):
        reports.derive(event)
    assert len(asked) == 4
    reports.derive(event)  # afterwards, as anywhere else, in one go
    assert reports.summarise(event) is reports.summarise(event)
    assert reports.summarise(event).requests == len(event.requests)


def test_the_figures_of_a_planned_event_pass_many_checkpoints(tmp_path: Path) -> None:
    """Every part of the figures gives way, not only the start: a checkpoint between each step."""
    file, event = f.planned_day(tmp_path / "day.meetgrid")
    file.close()
    steps: list[int] = []
    with pacing.background(lambda: bool(steps.append(1))):
        reports.derive(event)
    assert len(steps) >= 10
    assert reports.unmet_requests(event) is reports.unmet_requests(event)


def test_a_thread_that_needs_what_background_work_holds_has_it_finished_at_once() -> None:
    """The window asks for a figure that a background thread, waiting at a checkpoint while the organiser
    acts, is working out: the background thread goes on at once, and the window has it without waiting for
    the organiser to stop."""
    event = dataclasses.replace(f.delegation_day())
    inside = threading.Event()

    def stale() -> bool:
        inside.set()  # at its first checkpoint, holding what it works out
        return False

    def work() -> None:
        with pacing.background(stale):
            reports.summarise(event)  # its first checkpoint comes once it holds the summary's lock

    pacing.give_way(20_000)
    worker = threading.Thread(target=work)
    worker.start()
    assert inside.wait(5)
    started = time.monotonic()
    summary = reports.summarise(event)  # the window's thread, needing it now
    assert time.monotonic() - started < 10
    assert summary.requests == len(event.requests)
    worker.join(10)
    assert not worker.is_alive()
    assert not pacing.giving_way()
