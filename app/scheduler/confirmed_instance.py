"""Confirmed-mode values: agreed meetings to place, the timetable found, and a validator without a solver."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    fixed: tuple[SlotIndex | None, ...] = ()
    """Where known, per meeting, the slot it is fixed to (None: not fixed); already kept in its slots.
    Only used to name the rules in a conflict."""
    forbidden: tuple[frozenset[SlotIndex], ...] = ()
    """Where known, per participant, the slots it may not use; already kept out of its meetings' slots.
    Only used to name the rules in a conflict."""

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
    capped: tuple[ParticipantId, ...] = ()
    """For CORE: the participants whose fairness cap (at most d breaks each) is among the rules."""


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


def _slot_list(slots: Sequence[SlotIndex], slot: Callable[[SlotIndex], str]) -> str:
    """Slots in order, a run of three or more written from its first to its last."""
    runs: list[list[SlotIndex]] = []
    for s in sorted(slots):
        if runs and s == runs[-1][-1] + 1:
            runs[-1].append(s)
        else:
            runs.append([s])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{slot(run[0])} to {slot(run[-1])}")
        else:
            parts.extend(slot(s) for s in run)
    return ", ".join(parts)


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe_conflict(
    conflict: ConfirmedConflict,
    instance: ConfirmedInstance,
    participant: Callable[[ParticipantId], str] = lambda p: f"participant {p + 1}",
    slot: Callable[[SlotIndex], str] = lambda s: f"slot {s + 1}",
) -> str:
    """One plain sentence that says why the meetings and rules of ``conflict`` cannot all hold."""

    def meeting(m: int) -> str:
        a, b = instance.meetings[m].participants
        return f"the meeting of {participant(a)} and {participant(b)}"

    kind, meetings, slots = conflict.kind, conflict.meetings, conflict.slots
    if kind == ConflictKind.SLOTS and conflict.available == 0 and len(meetings) == 1:
        return f"{meeting(meetings[0])} has no slot it may use"
    if kind == ConflictKind.SLOTS:
        who = participant(conflict.participants[0])
        count = f"{conflict.needed} agreed meetings"
        room = f"{conflict.available} slot{'s' if conflict.available != 1 else ''}"
        if conflict.needed == len(instance.meetings_of[conflict.participants[0]]):
            text = f"{who} has {count} but can meet in only {room}"
        else:
            text = f"{who} has {count} that can only be in {room}"
        text += f" ({_slot_list(slots, slot)})" if slots else ""
        if conflict.precedences:
            text += ", counting the meetings that must come before or after others"
        return text
    if kind == ConflictKind.ORDER and not slots:
        chain = " before ".join(meeting(m) for m in [*meetings, meetings[0]])
        return f"the meetings must come in a circle, which no timetable allows: {chain}"
    if kind == ConflictKind.ORDER:
        chain = ", then ".join(meeting(m) for m in meetings)
        return (
            f"{len(meetings)} meetings must come one after another ({chain}) but fit only in "
            f"{_slot_list(slots, slot)}"
        )
    tables = f"{instance.table_count} table{'s' if instance.table_count != 1 else ''}"
    if kind == ConflictKind.TABLES:
        many = len(slots) > 1
        return (
            f"{_slot_list(slots, slot)} {'hold' if many else 'holds'} at most {conflict.available} meetings "
            f"at {tables}, but {conflict.needed} agreed meetings can only use {'them' if many else 'it'}"
        )
    if kind == ConflictKind.FAIRNESS:
        who = participant(conflict.participants[0])
        allowed = conflict.available
        return f"{who} needs at least {conflict.needed} breaks; fairness allows at most {allowed} each"
    rules = []
    for m in meetings:
        fixed = instance.fixed[m] if m < len(instance.fixed) else None
        where = slot(fixed) if fixed is not None else _slot_list(sorted(instance.meetings[m].slots), slot)
        rules.append(f"{meeting(m)} only in {where}")
    for p in conflict.participants:
        gone = instance.forbidden[p] if p < len(instance.forbidden) else frozenset()
        rules.append(f"{participant(p)} not in {_slot_list(sorted(gone), slot)}")
    rules.extend(f"{meeting(a)} before {meeting(b)}" for a, b in conflict.precedences)
    rules.extend(f"at most {instance.fairness} breaks for {participant(p)}" for p in conflict.capped)
    if slots:
        rules.append(f"{tables} in {_slot_list(slots, slot)}")
    if not rules:
        return "the agreed meetings cannot all be placed"
    return "these rules cannot all hold together: " + "; ".join(rules)


@dataclass(frozen=True)
class Relabelled:
    """An instance renumbered into a canonical order, and the way back (see ``relabel``)."""

    instance: ConfirmedInstance
    lower: tuple[int, ...]
    """The participants' own lower bounds, renumbered alike."""
    meeting_order: tuple[int, ...]
    """Per renumbered meeting, its index in the instance as given."""

    def slots_back(self, slots: Sequence[SlotIndex]) -> tuple[SlotIndex, ...]:
        """A timetable of the renumbered instance as one of the instance as given."""
        if not slots:
            return ()
        back = [0] * len(slots)
        for new, old in enumerate(self.meeting_order):
            back[old] = slots[new]
        return tuple(back)


def relabel(instance: ConfirmedInstance, lower: Sequence[int]) -> Relabelled:
    """The instance with participants numbered busiest first and meetings by their participants.

    SAT solvers are sensitive to the order of variables: the same event, with its participants and meetings
    numbered in another order, took one solver 1.4 s or more than 25 s for the same proof. A canonical order
    that follows the event's structure (who has the most meetings, then whose partners do) makes the time a
    property of the event, not of the order its rows came in.
    """
    meetings_of = instance.meetings_of
    count = [len(mine) for mine in meetings_of]
    partners: list[tuple[int, ...]] = []
    for p, mine in enumerate(meetings_of):
        others = (q for m in mine for q in instance.meetings[m].participants if q != p)
        partners.append(tuple(sorted(-count[q] for q in others)))
    order = sorted(
        range(instance.participant_count),
        key=lambda p: (
            -count[p],
            min((len(instance.meetings[m].slots) for m in meetings_of[p]), default=0),
            partners[p],
            p,
        ),
    )
    people = [0] * instance.participant_count
    for new, old in enumerate(order):
        people[old] = new
    meetings = []
    for old, meeting in enumerate(instance.meetings):
        a, b = (people[p] for p in meeting.participants)
        meetings.append((min(a, b), max(a, b), tuple(sorted(meeting.slots)), old))
    meetings.sort()
    meeting_order = tuple(old for *_, old in meetings)
    new_index = {old: new for new, old in enumerate(meeting_order)}
    renumbered = ConfirmedInstance(
        slot_count=instance.slot_count,
        table_count=instance.table_count,
        participant_count=instance.participant_count,
        meetings=tuple(ConfirmedMeeting((a, b), frozenset(slots)) for a, b, slots, _ in meetings),
        precedences=tuple(sorted((new_index[e], new_index[later]) for e, later in instance.precedences)),
        fairness=instance.fairness,
        fixed=tuple(instance.fixed[old] for old in meeting_order) if instance.fixed else (),
        forbidden=tuple(instance.forbidden[old] for old in order) if instance.forbidden else (),
    )
    return Relabelled(renumbered, tuple(lower[old] for old in order), meeting_order)
