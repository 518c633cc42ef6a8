"""Agreed meetings: meetings both sides agreed to before the day, each of which must take place.

Before any search, counting finds most days on which they cannot all take place, and says why in the
organiser's words (``agreed_conflicts``): a meeting whose two sides are never there at once, an organisation
with more agreed meetings than it can hold, more agreed meetings in some hours than tables. When counting
finds nothing, ``place_agreed`` asks CP-SAT for any timetable that holds them all, with the other demands
of the organiser, as the start of the search; when there is none, the demands that cannot hold together
are named, shrunk to a small set.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ortools.sat.python import cp_model

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.rules import OrganiserRules, hard_rules
from app.scheduler.solver import new_solver
from app.scheduler.variables import ScheduleVars

Plan = list[tuple[Pair, SlotId]]


K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Shortfall(Generic[K]):
    """Items that each need a key of their own among too few: a set that cannot all be served."""

    items: tuple[int, ...]
    keys: tuple[K, ...]
    room: int
    """How many of the items the keys can take at most."""


def shortfall(options: Sequence[frozenset[K]], room: Mapping[K, int]) -> Shortfall[K] | None:
    """Whether every item gets a key of its own, each key taking at most ``room[key]`` items; None when
    they do, else the items that cannot all be served and the keys they share (Hall's condition).

    Augmenting paths (Kuhn's algorithm with capacities) serve as many items as can be; the items left over,
    and every item and key reachable from them by alternating paths, are the set named: its items exceed its
    keys' room by exactly the number left over.
    """
    owners: dict[K, list[int]] = {}

    def place(item: int, seen: set[K]) -> bool:
        for key in options[item]:
            if key in seen or room.get(key, 0) <= 0:
                continue
            seen.add(key)
            held = owners.setdefault(key, [])
            if len(held) < room[key]:
                held.append(item)
                return True
            for other in list(held):
                if place(other, seen):
                    held.remove(other)
                    held.append(item)
                    return True
        return False

    left = [
        item for item in sorted(range(len(options)), key=lambda i: len(options[i])) if not place(item, set())
    ]
    if not left:
        return None
    items, keys = set(left), set[K]()
    frontier = list(left)
    while frontier:
        item = frontier.pop()
        for key in options[item]:
            if key not in keys and room.get(key, 0) > 0:
                keys.add(key)
                for other in owners.get(key, []):
                    if other not in items:
                        items.add(other)
                        frontier.append(other)
    return Shortfall(tuple(sorted(items)), tuple(keys), sum(room[key] for key in keys))


NAMED = 10
"""Organisations named one by one in the conflicts; the others are counted."""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class _Words:
    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.start = {s.id: s.start for s in instance.slots}
        self.order = instance.order

    def slots(self, slots: Sequence[SlotId]) -> str:
        """Slots by their start times: a range when they follow one another, else a list."""
        ids = sorted((s for s in slots if s in self.start), key=lambda s: self.order[s])
        if not ids:
            return "no slot"
        times = [f"{self.start[s]:%H:%M}" for s in ids]
        positions = [self.order[s] for s in ids]
        if len(ids) > 2 and positions[-1] - positions[0] == len(ids) - 1:
            return f"the {len(ids)} slots from {times[0]} to {times[-1]}"
        if len(times) > 6:
            times = [*times[:5], "…"]
        return ("the slot at " if len(ids) == 1 else f"the {len(ids)} slots at ") + ", ".join(times)


def agreed_conflicts(instance: Instance) -> list[str]:
    """Agreed meetings that cannot all take place whatever else happens, found by counting, in words."""
    agreed = instance.agreed
    if not agreed:
        return []
    words = _Words(instance)
    problems = []
    for c in agreed:
        if not c.slots:
            problems.append(f"agreed meeting {instance.pair_name(c.pair)}: {_why_no_slot(instance, c)}")
    usable = [c for c in agreed if c.slots]
    mine: dict[OrgId, list[Candidate]] = {}
    for c in usable:
        for org in c.pair:
            mine.setdefault(org, []).append(c)
    crowded = []
    for org, meetings in sorted(mine.items()):
        party = instance.parties[org]
        if party.max_meetings is not None and len(meetings) > party.max_meetings:
            crowded.append(
                f"{party.name} has {len(meetings)} agreed meetings but may hold at most {party.max_meetings} "
                "(its maximum of meetings): raise the maximum or take agreed meetings out"
            )
            continue
        short = shortfall([frozenset(c.slots) for c in meetings], party.capacity)
        if short is not None:
            people = len(party.people)
            who = {0: party.name, 1: f"{party.name}'s one person is"}.get(
                people, f"{party.name}'s {people} people are"
            )
            who += " is" if people == 0 else ""
            crowded.append(
                f"{who} in {len(short.items)} agreed meetings that can only be held in "
                f"{words.slots(short.keys)}, room for {short.room}: take "
                f"{_count(len(short.items) - short.room, 'agreed meeting')} out, or let them stay longer"
            )
    if len(crowded) > NAMED:
        more = len(crowded) - NAMED
        crowded = [
            *crowded[:NAMED],
            f"and {more} more organisations with more agreed meetings than they can hold",
        ]
    problems += crowded
    tables = len(instance.tables)
    short = shortfall([frozenset(c.slots) for c in usable], dict.fromkeys(instance.slot_ids, tables))
    if short is not None:
        problems.append(
            f"{len(short.items)} agreed meetings can only be held in {words.slots(short.keys)}, where "
            f"{_count(tables, 'table')} {'holds' if tables == 1 else 'hold'} at most {short.room}: "
            f"add tables or take {_count(len(short.items) - short.room, 'agreed meeting')} out"
        )
    return problems


def _why_no_slot(instance: Instance, candidate: Candidate) -> str:
    a, b = (instance.parties[org] for org in candidate.pair)
    if not any(a.present(s) and b.present(s) for s in instance.slot_ids):
        return f"{a.name} and {b.name} are never at the event at the same time"
    if candidate.interpreters is not None:
        return "they share no language, and no interpreter who bridges it is there while both are"
    return "they are never at the event at the same time in the part of the day they asked for"


@dataclass(frozen=True)
class AgreedStart:
    """A timetable holding every agreed meeting, or why there is none."""

    plan: Plan | None
    conflicts: tuple[str, ...] = ()
    """With no plan: the demands that cannot hold together; empty when the time ran out first."""


def place_agreed(
    instance: Instance,
    seconds: float,
    attach: Callable[[cp_model.CpSolver | None], None] | None = None,
    *,
    shrink: bool = True,
) -> AgreedStart:
    """Any timetable holding every agreed, locked and minimum demand (CP-SAT, no objective), or the
    demands that cannot hold together, shrunk to a small set within ``seconds`` more (with ``shrink``)."""
    model = cp_model.CpModel()
    vars = ScheduleVars(instance, model)
    for rule in hard_rules():
        rule.build(instance, model, vars)
    demands = OrganiserRules()
    demands.build(instance, model, vars)
    if not shrink:
        # Without a conflict to name, the demands hold outright: assumptions hold back CP-SAT's presolve.
        model.clear_assumptions()
        for literal in demands.literals.values():
            model.add(literal == 1)
    solver = new_solver(max(0.05, seconds))
    if attach is not None:
        attach(solver)
    try:
        code = solver.solve(model)
    finally:
        if attach is not None:
            attach(None)
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return AgreedStart([(m.pair, slot) for m in vars.meetings if (slot := m.extract(solver)) is not None])
    if code == cp_model.INFEASIBLE:
        names = demands.conflict(solver, model, seconds if shrink else 0.0)
        return AgreedStart(None, names or ("the agreed meetings cannot all take place together",))
    return AgreedStart(None)


def repair_agreed(
    instance: Instance,
    plan: Plan,
    deadline: float,
    attach: Callable[[cp_model.CpSolver | None], None] | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> Plan:
    """The timetable with the agreed meetings it misses placed, where a search around them finds room.

    Every meeting of the organisations of a missing agreed meeting may move (wishes may go); every other
    meeting stays in its slot, so the model stays small on a large event. Where that is not enough, the
    meetings of their partners may move too, then theirs. The timetable comes back as it was when no
    room is found in time.
    """
    missing = {c.pair for c in instance.agreed} - {pair for pair, _ in plan}
    at = dict(plan)
    around = {org for pair in missing for org in pair}
    while missing and not stop():
        left = deadline - time.monotonic()
        if left <= 0.1:
            break
        free = {pair for pair in at if set(pair) & around} | missing
        part = dataclasses.replace(
            instance,
            candidates=tuple(
                c if c.pair in free else dataclasses.replace(c, slots=(at[c.pair],) if c.pair in at else ())
                for c in instance.candidates
            ),
            all_agreed=False,
        )
        # A narrow search first: most often it suffices, and a wider one costs far more.
        share = left if len(around) * 4 > len(instance.parties) else left / 3
        found = place_agreed(part, share, attach, shrink=False)
        if found.plan is not None:
            return found.plan
        wider = around | {org for pair in at if set(pair) & around for org in pair}
        if wider == around:
            break
        around = wider
    return plan


def holds_agreed(instance: Instance, plan: Plan) -> bool:
    """Whether the timetable holds every agreed meeting."""
    held = {pair for pair, _ in plan}
    return all(c.pair in held for c in instance.agreed)
