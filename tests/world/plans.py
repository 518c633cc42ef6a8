"""A corpus day planned as the corpus test plans it: the day's own hours and tables, 5 s, two workers."""

from __future__ import annotations

from pathlib import Path

from app.domain import Event
from app.reading.results import ImportResult
from app.scheduler import SolveOptions, SolveResult
from app.services import event_setup, importing, planning

from .events import WorldEvent


def plan_day(path: Path, world: WorldEvent, imported: ImportResult) -> tuple[Event, SolveResult]:
    """Create the event at ``path`` from an import of ``world`` and plan it: the event saved, the solve."""
    settings = event_setup.make_settings(
        world.title,
        day=world.day,
        start=world.start,
        end=world.end,
        breaks=[],
        meeting_minutes=world.meeting_minutes,
        pause_minutes=world.pause_minutes,
        tables=world.tables,
        venue=world.venue,
    )
    with importing.create_event(path, settings, imported) as event_file:
        return planning.solve_event(event_file, SolveOptions(time_limit=5, workers=2))
