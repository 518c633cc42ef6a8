"""Decision variables of the meeting model, kept in small containers so rules never index raw dicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ortools.sat.python import cp_model

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Candidate, Instance


class MeetingVars:
    """One Boolean per candidate pair and usable slot: the pair meets in that slot."""

    def __init__(self, candidate: Candidate, model: cp_model.CpModel) -> None:
        self.candidate = candidate
        a, b = candidate.pair
        self._at = {s: model.new_bool_var(f"meet_{a}_{b}_s{s}") for s in candidate.slots}

    @property
    def pair(self) -> Pair:
        return self.candidate.pair

    def at(self, slot: SlotId) -> cp_model.IntVar | None:
        return self._at.get(slot)

    def items(self) -> Iterator[tuple[SlotId, cp_model.IntVar]]:
        return iter(self._at.items())

    def all(self) -> list[cp_model.IntVar]:
        return list(self._at.values())

    def held(self) -> cp_model.LinearExpr:
        """1 when the pair meets at all."""
        return sum(self._at.values(), cp_model.LinearExpr.constant(0))

    def extract(self, solver: cp_model.CpSolver) -> SlotId | None:
        """The slot the solver chose, or None."""
        return next((s for s, var in self._at.items() if solver.boolean_value(var)), None)


class ScheduleVars:
    """All meeting variables of a model, with the lookups the rules need."""

    def __init__(self, instance: Instance, model: cp_model.CpModel) -> None:
        self.meetings = [MeetingVars(c, model) for c in instance.candidates]
        self.by_pair = {m.pair: m for m in self.meetings}
        self._by_party: dict[OrgId, list[MeetingVars]] = defaultdict(list)
        self._by_slot: dict[SlotId, list[cp_model.IntVar]] = defaultdict(list)
        for m in self.meetings:
            for org in m.pair:
                self._by_party[org].append(m)
            for slot, var in m.items():
                self._by_slot[slot].append(var)

    def of_party(self, org: OrgId) -> list[MeetingVars]:
        return self._by_party.get(org, [])

    def in_slot(self, slot: SlotId) -> list[cp_model.IntVar]:
        return self._by_slot.get(slot, [])

    def of_party_in_slot(self, org: OrgId, slot: SlotId) -> list[cp_model.IntVar]:
        return [var for m in self.of_party(org) if (var := m.at(slot)) is not None]
