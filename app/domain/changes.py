"""What a re-plan on the day changed: the meetings cancelled, added and moved, and why.

Made by the re-planning (``app.scheduler`` through ``app.services``), stored as the event's last changes,
printed as the desk's change sheet and written as ``meetgrid.changes/1`` JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.model import Meeting, OrgId


@dataclass(frozen=True, slots=True)
class Cancelled:
    meeting: Meeting
    reason: str
    """For people: 'Weihai Coastal is absent from 10:00', 'Kari Nilsen left at 14:30'."""


@dataclass(frozen=True, slots=True)
class Moved:
    before: Meeting
    after: Meeting
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Changes:
    """The difference between the timetable before a re-plan at ``now`` and after it."""

    now: datetime
    cancelled: tuple[Cancelled, ...] = ()
    added: tuple[Meeting, ...] = ()
    moved: tuple[Moved, ...] = ()
    unchanged: int = 0
    seconds: float = 0.0

    @property
    def empty(self) -> bool:
        return not (self.cancelled or self.added or self.moved)

    def organisations(self) -> frozenset[OrgId]:
        """Every organisation whose day changed (its agenda needs reprinting)."""
        meetings = [c.meeting for c in self.cancelled] + list(self.added)
        meetings += [m for move in self.moved for m in (move.before, move.after)]
        return frozenset(org for meeting in meetings for org in meeting.organisation_ids)
