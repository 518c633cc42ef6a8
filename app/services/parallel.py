"""Many documents written at once on every core: a thousand agendas, the badges, the signs.

The export of a large event is a few hundred independent files. Written one after another they take about
a minute on a 2-core laptop; here they are shared out between worker processes (spawned, never forked,
so that a window's threads are not copied), each of which receives the event once and then only the
names of the writers to call. A small export runs in this process: starting a worker costs a second.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any

from app.domain import Event

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Job:
    """One file to write: ``writer`` ('module:function') called as ``writer(event, *args)``."""

    writer: str
    args: tuple[Any, ...]
    weight: int = 1
    """How much of the work it is, in agendas (the badges of a thousand people weigh more than one)."""


PROCESSES_FROM = 60
"""Below this much work, the jobs run in this process: a worker's start would cost more than it saves."""

_event: Event | None = None


def _call(event: Event, job: Job) -> None:
    module, function = job.writer.split(":")
    getattr(importlib.import_module(module), function)(event, *job.args)


def _receive(event: Event) -> None:
    global _event  # the worker process's one event, sent once rather than with every job
    _event = event


def _run_chunk(jobs: Sequence[Job]) -> int:
    assert _event is not None, "a worker runs jobs only after it received the event"
    for job in jobs:
        _call(_event, job)
    return sum(job.weight for job in jobs)


def workers_for(total_weight: int) -> int:
    """How many processes to use: one per core (at most 4, the paper is not worth more), or none."""
    if total_weight < PROCESSES_FROM:
        return 0
    return max(0, min(4, os.cpu_count() or 1))


def run_jobs(event: Event, jobs: Sequence[Job], progress: Progress | None = None) -> None:
    """Run every job, in worker processes when the work is large enough; raises the first job's error
    (the others are not waited for) so that the caller can throw away what was written."""
    total = sum(job.weight for job in jobs)
    done = 0

    def report() -> None:
        if progress is not None:
            progress(done, total)

    report()
    workers = workers_for(total)
    if workers <= 1:
        for job in jobs:
            _call(event, job)
            done += job.weight
            report()
        return
    chunks = _chunks(jobs, workers * 8)
    with ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_receive, initargs=(event,)
    ) as pool:
        pending: set[Future[int]] = {pool.submit(_run_chunk, chunk) for chunk in chunks}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    done += future.result()
                report()
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _chunks(jobs: Sequence[Job], count: int) -> list[list[Job]]:
    """About ``count`` lists of jobs of about equal weight, the heaviest jobs first so that none is last."""
    ordered = sorted(jobs, key=lambda job: -job.weight)
    share = max(1, sum(job.weight for job in jobs) // count)
    chunks: list[list[Job]] = []
    current: list[Job] = []
    weight = 0
    for job in ordered:
        current.append(job)
        weight += job.weight
        if weight >= share:
            chunks.append(current)
            current, weight = [], 0
    if current:
        chunks.append(current)
    return chunks
