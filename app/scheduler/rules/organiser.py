"""The organiser's own demands: locked meetings, agreed meetings and minimum meetings per organisation,
stated as CP-SAT assumptions so that when they cannot all hold, the solver names a small set that
conflicts."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting
from app.scheduler.instance import Instance
from app.scheduler.rules.base import known
from app.scheduler.solver import new_solver
from app.scheduler.variables import ScheduleVars


class OrganiserRules:
    """The organiser's own demands: locked meetings and minimum meetings per organisation.

    Each demand is an assumption, so when they cannot all hold, CP-SAT names a small set that conflicts
    and the organiser reads it in their own words.
    """

    def __init__(self) -> None:
        self.assumptions: dict[int, str] = {}
        """Assumption literal index -> the demand in the organiser's words."""
        self.literals: dict[int, cp_model.IntVar] = {}

    def _demand(self, model: cp_model.CpModel, name: str, words: str) -> cp_model.IntVar:
        literal = model.new_bool_var(name)
        model.add_assumption(literal)
        self.assumptions[literal.index] = words
        self.literals[literal.index] = literal
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
        locked = {f.pair for f in instance.fixed}
        for candidate in instance.agreed:
            if candidate.pair in locked:
                continue  # its lock already holds it
            pair = candidate.pair
            words = f"agreed meeting {instance.pair_name(pair)}"
            literal = self._demand(model, f"agreed_{pair[0]}_{pair[1]}", words)
            model.add(vars.by_pair[pair].held() == 1).only_enforce_if(literal)
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
        held = {m.organisation_ids for m in meetings}
        for candidate in instance.agreed:
            if candidate.pair not in held:
                name = instance.pair_name(candidate.pair)
                problems.append(f"agreed meeting {name} is not in the timetable")
        placed = {(m.organisation_ids, m.slot_id, m.table_id) for m in meetings}
        for fixed in instance.fixed:
            if (fixed.pair, fixed.slot, fixed.table) not in placed:
                problems.append(f"locked meeting {instance.pair_name(fixed.pair)} was moved or dropped")
        return problems

    def conflict(
        self, solver: cp_model.CpSolver, model: cp_model.CpModel | None = None, seconds: float = 0.0
    ) -> tuple[str, ...]:
        """After INFEASIBLE: the organiser's demands that cannot hold together.

        With ``model`` and ``seconds``, the set CP-SAT named is shrunk: each demand in turn is left out,
        and where the rest still cannot hold, it is dropped for good (the model loses its objective).
        """
        core = list(solver.sufficient_assumptions_for_infeasibility())
        if model is not None and seconds > 0 and len(core) > 1:
            core = self._shrink(model, core, time.monotonic() + seconds)
        return tuple(self.assumptions[i] for i in core if i in self.assumptions)

    def _shrink(self, model: cp_model.CpModel, core: list[int], deadline: float) -> list[int]:
        model.clear_objective()  # type: ignore[no-untyped-call]
        kept = list(core)
        for index in core:
            left = deadline - time.monotonic()
            if len(kept) <= 1 or left <= 0.05:
                break
            if index not in kept:
                continue
            trial = [i for i in kept if i != index]
            model.clear_assumptions()
            model.add_assumptions([self.literals[i] for i in trial if i in self.literals])
            solver = new_solver(min(left, 5.0))
            if solver.solve(model) == cp_model.INFEASIBLE:
                smaller = set(solver.sufficient_assumptions_for_infeasibility())
                kept = [i for i in trial if i in smaller] or trial
        model.clear_assumptions()
        model.add_assumptions(list(self.literals.values()))
        return kept
