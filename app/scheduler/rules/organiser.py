"""The organiser's own demands: locked meetings and minimum meetings per organisation, stated as CP-SAT
assumptions so that when they cannot all hold, the solver names a small set that conflicts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting
from app.scheduler.instance import Instance
from app.scheduler.rules.base import known
from app.scheduler.variables import ScheduleVars


class OrganiserRules:
    """The organiser's own demands: locked meetings and minimum meetings per organisation.

    Each demand is an assumption, so when they cannot all hold, CP-SAT names a small set that conflicts
    and the organiser reads it in their own words.
    """

    def __init__(self) -> None:
        self.assumptions: dict[int, str] = {}
        """Assumption literal index -> the demand in the organiser's words."""

    def _demand(self, model: cp_model.CpModel, name: str, words: str) -> cp_model.IntVar:
        literal = model.new_bool_var(name)
        model.add_assumption(literal)
        self.assumptions[literal.index] = words
        return literal

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        when = {s.id: s.start for s in instance.slots}
        for fixed in instance.fixed:
            var = vars.by_pair[fixed.pair].at(fixed.slot)
            if var is None:
                continue  # reported by conflicts_before_solving: a side is away in that slot
            words = f"locked meeting {instance.pair_name(fixed.pair)} at {when[fixed.slot]:%H:%M}"
            literal = self._demand(model, f"locked_{fixed.pair[0]}_{fixed.pair[1]}", words)
            model.add(var == 1).only_enforce_if(literal)
        for org, party in instance.parties.items():
            if party.min_meetings <= 0:
                continue
            count = "1 meeting" if party.min_meetings == 1 else f"{party.min_meetings} meetings"
            words = f"at least {count} for {party.name}"
            literal = self._demand(model, f"minimum_{org}", words)
            model.add(
                sum(v for m in vars.of_party(org) for v in m.all()) >= party.min_meetings
            ).only_enforce_if(literal)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        problems = []
        per_party = Counter(org for m in known(instance, meetings) for org in m.organisation_ids)
        for org, party in instance.parties.items():
            if per_party[org] < party.min_meetings:
                problems.append(
                    f"{party.name} has {per_party[org]} meetings, fewer than its minimum of "
                    f"{party.min_meetings}"
                )
        placed = {(m.organisation_ids, m.slot_id, m.table_id) for m in meetings}
        for fixed in instance.fixed:
            if (fixed.pair, fixed.slot, fixed.table) not in placed:
                problems.append(f"locked meeting {instance.pair_name(fixed.pair)} was moved or dropped")
        return problems

    def conflict(self, solver: cp_model.CpSolver) -> tuple[str, ...]:
        """After INFEASIBLE: the organiser's demands that cannot hold together."""
        return tuple(self.assumptions[i] for i in solver.sufficient_assumptions_for_infeasibility())
