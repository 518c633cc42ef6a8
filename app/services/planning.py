"""Planning the timetable: solve a frozen event (safe in a worker thread) and store the result.

The faces reach the scheduler only through this module; it hands on the values they pass and show
(``SolveOptions``, ``SolveProgress``, ``SolveResult``, ``Cancellation``).
"""

from __future__ import annotations

from typing import Any

from app.domain import Event
from app.scheduler import Cancellation as Cancellation
from app.scheduler import SolveOptions as SolveOptions
from app.scheduler import SolveProgress as SolveProgress
from app.scheduler import SolveResult as SolveResult
from app.scheduler import build_instance, solve
from app.scheduler.solve import ProgressCallback as ProgressCallback
from app.services import desks
from app.storage import EventFile, repository


def plan(
    event: Event,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> SolveResult:
    """Compute the timetable of a loaded event. Pure: safe to run in a worker thread."""
    return solve(build_instance(event), options, progress, cancellation)


def save_plan(event_file: EventFile, result: SolveResult, planned_on: Event | None = None) -> Event:
    """Store a solve's meetings (when it found any) and its run; returns the event as now saved.

    Meetings about to be replaced are first kept in a backup copy. A solve without a schedule leaves the
    existing meetings untouched and records only the run. With ``planned_on`` (the event the plan was
    computed on), a plan for an event whose setup, registrations or locked meetings another desk changed
    meanwhile is refused (``ConflictError``): the organiser plans again.
    """
    if result.has_schedule:
        with event_file.transaction() as session:
            replacing = repository.has_meetings(session)
        if replacing:
            event_file.backup("planning")
    with event_file.transaction() as session:
        if result.has_schedule:
            if planned_on is not None:
                _check_planned_on(event_file, session, planned_on)
            repository.save_schedule(session, result.meetings, result.solver_run())
        else:
            repository.record_run(session, result.solver_run())
    return event_file.load()


def _check_planned_on(event_file: EventFile, session: Any, planned_on: Event) -> None:
    desks.check_unchanged(
        event_file,
        session,
        planned_on,
        ["settings", "registrations", "locked"],
        when="while this plan was computed",
        then="The plan was not saved and the timetable is as it was; plan again to take the change into "
        "account.",
    )


def solve_event(
    event_file: EventFile,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> tuple[Event, SolveResult]:
    """Load, plan and save in one go, as the command line does."""
    event = event_file.load()
    result = plan(event, options, progress, cancellation)
    return save_plan(event_file, result, event), result
