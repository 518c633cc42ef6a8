"""The first objective tier: every organisation that asked for meetings gets some, the worst-off first.

A short first search maximises the level t such that every organisation with a wish (either way) holds at
least min(t, what it could possibly hold) meetings. The main search then keeps that floor and maximises
the value of the meetings; the floor is reachable, since the first search found a timetable meeting it.

Two cheap bounds keep the first search short: the level can never exceed what the day's seats allow
(``level_ceiling``), and the greedy start, dealt out in that many rounds, already reaches some level
(``level_of``). When the greedy start reaches the ceiling, as it usually does, no search is needed at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from app.domain import OrgId, Pair, SlotId
from app.scheduler.greedy import greedy_plan
from app.scheduler.instance import Instance
from app.scheduler.variables import ScheduleVars


def reach(instance: Instance, org: OrgId) -> int:
    """The most meetings an organisation could hold: its wishes, its cap, the slots it is present in."""
    party = instance.parties[org]
    present = sum(1 for capacity in party.capacity.values() if capacity > 0)
    most = min(len(instance.candidates_of[org]), sum(party.capacity.values()), present)
    return most if party.max_meetings is None else min(most, party.max_meetings)


def level_ceiling(instance: Instance) -> int:
    """The highest level the day's seats allow: each meeting serves two organisations, and a slot holds no
    more meetings than there are tables or than half the organisations present can fill."""
    parties = [org for org in instance.parties if instance.candidates_of[org]]
    seats = 0
    for slot in instance.slot_ids:
        present = sum(p.capacity.get(slot, 0) for p in instance.parties.values())
        seats += 2 * min(len(instance.tables), present // 2)
    reaches = [reach(instance, org) for org in parties]
    level = 0
    while level < max(reaches, default=0) and sum(min(level + 1, r) for r in reaches) <= seats:
        level += 1
    return level


def level_of(instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> int:
    """The level a timetable reaches: the largest t with every organisation at min(t, its reach) or more."""
    held: Counter[OrgId] = Counter(org for pair, _ in plan for org in pair)
    parties = [org for org in instance.parties if instance.candidates_of[org]]
    levels = [held[org] if held[org] < reach(instance, org) else None for org in parties]
    short = [level for level in levels if level is not None]
    if short:
        return min(short)
    return max((reach(instance, org) for org in parties), default=0)


@dataclass(frozen=True, slots=True)
class Floor:
    level: int
    """Every organisation with a wish holds at least min(level, its reach) meetings."""
    plan: list[tuple[Pair, SlotId]]
    """A valid timetable that keeps the floor: the main search starts from it."""
    proven: bool = False
    """No higher level is possible."""


def fair_start(instance: Instance, given: Sequence[tuple[Pair, SlotId]] = ()) -> list[tuple[Pair, SlotId]]:
    """The greedy start dealt out in as many rounds as lift the level, and no more: every further round
    only trades valuable meetings for a level it cannot reach. ``given`` meetings are placed first."""
    best = greedy_plan(instance, fair_rounds=1, given=given)
    for rounds in range(2, level_ceiling(instance) + 1):
        plan = greedy_plan(instance, fair_rounds=rounds, given=given)
        if level_of(instance, plan) < rounds:
            break
        best = plan
    return best


def worst_off_level(
    instance: Instance,
    model: cp_model.CpModel,
    vars: ScheduleVars,
    solver: cp_model.CpSolver,
    start: list[tuple[Pair, SlotId]],
    callback: cp_model.CpSolverSolutionCallback | None = None,
) -> Floor:
    """The best floor found by ``solver`` (whose limits the caller sets).

    ``start`` is a valid timetable (the greedy start): its level is kept if the search finds nothing better.
    """
    parties = [org for org in instance.parties if instance.candidates_of[org]]
    known = level_of(instance, start)
    if not parties:
        return Floor(known, start, proven=True)
    ceiling = level_ceiling(instance)
    if known >= ceiling:
        return Floor(known, start, proven=True)
    probe = model.clone()
    level = probe.new_int_var(known, ceiling, "worst_off")
    for org in parties:
        need = probe.new_int_var(0, ceiling, f"need_{org}")
        probe.add_min_equality(need, [level, reach(instance, org)])
        held = [probe.get_bool_var_from_proto_index(v.index) for m in vars.of_party(org) for v in m.all()]
        probe.add(sum(held) >= need)
    probe.clear_hints()  # type: ignore[no-untyped-call]
    hinted = set(start)
    for meeting in vars.meetings:
        for slot, var in meeting.items():
            probe.add_hint(probe.get_bool_var_from_proto_index(var.index), (meeting.pair, slot) in hinted)
    probe.maximize(level)
    code = solver.solve(probe, callback)
    if code == cp_model.MODEL_INVALID:  # a defect in MeetGrid, never the organiser's doing
        raise RuntimeError("the fairness model is invalid: " + probe.validate())
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.value(level) <= known:
        return Floor(known, start, proven=code == cp_model.OPTIMAL)
    plan = [(m.pair, slot) for m in vars.meetings for slot, var in m.items() if solver.boolean_value(var)]
    return Floor(int(solver.value(level)), plan, proven=code == cp_model.OPTIMAL)


def floors(instance: Instance, level: int) -> dict[OrgId, int]:
    """Every organisation with a wish holds at least min(level, its reach) meetings."""
    return {org: min(level, reach(instance, org)) for org in instance.parties if instance.candidates_of[org]}


def add_floors(instance: Instance, model: cp_model.CpModel, vars: ScheduleVars, level: int) -> None:
    for org, floor in floors(instance, level).items():
        if floor > 0:
            model.add(sum(v for m in vars.of_party(org) for v in m.all()) >= floor)
