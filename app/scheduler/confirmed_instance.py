"""Confirmed-mode values: agreed meetings to place, the timetable found, and a validator without a solver."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import pairwise

ParticipantId = int
SlotIndex = int


@dataclass(frozen=True, slots=True)
class ConfirmedMeeting:
    participants: tuple[ParticipantId, ParticipantId]
    slots: frozenset[SlotIndex]
    """Slots the meeting may use: its session, without either participant's forbidden slots."""


@dataclass(frozen=True)
class ConfirmedInstance:
    slot_count: int
    table_count: int
    participant_count: int
    meetings: tuple[ConfirmedMeeting, ...]
    precedences: tuple[tuple[int, int], ...] = ()
    """(earlier, later) meeting indexes: the first must end before the second starts."""
    fairness: int | None = 2
    """Most breaks of any participant minus fewest, at most this; None for no fairness rule."""

    @cached_property
    def meetings_of(self) -> tuple[tuple[int, ...], ...]:
        mine: list[list[int]] = [[] for _ in range(self.participant_count)]
        for index, meeting in enumerate(self.meetings):
            for p in meeting.participants:
                mine[p].append(index)
        return tuple(tuple(m) for m in mine)


@dataclass(frozen=True)
class ConfirmedProgress:
    elapsed: float
    bound: int
    """No timetable has fewer breaks than this (proven)."""
    step: str


class ConflictKind(StrEnum):
    """Why agreed meetings and rules cannot all hold together."""

    SLOTS = "slots"
    """A participant's meetings need more distinct slots than the slots they may use together."""
    TABLES = "tables"
    """Meetings that can only use some slots outnumber the tables in those slots."""
    ORDER = "order"
    """Meetings that must come one before another (a chain or a cycle) do not fit in their slots."""
    FAIRNESS = "fairness"
    """A participant must have more breaks than the fairness rule allows anyone."""
    CORE = "core"
    """A set found by the SAT solver (an unsatisfiable core, shrunk): these rules cannot all hold."""


@dataclass(frozen=True, slots=True)
class ConfirmedConflict:
    """A small set of agreed meetings and rules that cannot all hold together: why there is no timetable.

    Indexes are the instance's own (participants, meetings, slots), so that a face can put names on them.
    """

    kind: ConflictKind
    participants: tuple[ParticipantId, ...] = ()
    meetings: tuple[int, ...] = ()
    """The meetings involved, by index into ``ConfirmedInstance.meetings``."""
    slots: tuple[SlotIndex, ...] = ()
    """The slots the meetings involved may use (for SLOTS, TABLES, ORDER)."""
    precedences: tuple[tuple[int, int], ...] = ()
    """The (earlier, later) rules involved."""
    needed: int = 0
    """What the rules need: meetings (SLOTS, TABLES, ORDER), breaks (FAIRNESS)."""
    available: int = 0
    """What there is: slots (SLOTS, ORDER), table-slots (TABLES), the breaks allowed (FAIRNESS)."""


@dataclass(frozen=True)
class ConfirmedResult:
    status: str  # OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, CANCELLED
    slots: tuple[SlotIndex, ...]
    """The slot of each meeting, in the instance's order; empty without a timetable."""
    breaks: int | None
    bound: int
    seconds: float
    steps: tuple[str, ...] = field(default=())
    conflicts: tuple[ConfirmedConflict, ...] = field(default=())
    """With INFEASIBLE: why, as small sets of meetings and rules that cannot all hold together."""


def count_breaks(instance: ConfirmedInstance, slots: Sequence[SlotIndex]) -> list[int]:
    """Breaks per participant in a timetable: idle runs between two of its meetings."""
    result = []
    for meetings in instance.meetings_of:
        used = sorted(slots[m] for m in meetings)
        result.append(sum(1 for a, b in pairwise(used) if b > a + 1))
    return result


def validate_confirmed(instance: ConfirmedInstance, slots: Sequence[SlotIndex]) -> list[str]:
    """Every hard rule re-checked without a solver; an empty list means the timetable is valid."""
    problems = []
    if len(slots) != len(instance.meetings):
        return [f"{len(slots)} slots for {len(instance.meetings)} meetings"]
    for index, (meeting, slot) in enumerate(zip(instance.meetings, slots, strict=True)):
        if slot not in meeting.slots:
            problems.append(f"meeting {index} at slot {slot}, which it may not use")
    for slot in range(instance.slot_count):
        held = [m for m, s in enumerate(slots) if s == slot]
        if len(held) > instance.table_count:
            problems.append(f"slot {slot} holds {len(held)} meetings for {instance.table_count} tables")
    for p, meetings in enumerate(instance.meetings_of):
        used = [slots[m] for m in meetings]
        if len(set(used)) != len(used):
            problems.append(f"participant {p} is in two meetings at once")
    for earlier, later in instance.precedences:
        if slots[earlier] >= slots[later]:
            problems.append(f"meeting {earlier} must come before meeting {later}")
    breaks = count_breaks(instance, slots)
    if instance.fairness is not None and breaks and max(breaks) - min(breaks) > instance.fairness:
        problems.append(
            f"breaks range from {min(breaks)} to {max(breaks)}, more than {instance.fairness} apart"
        )
    return problems
