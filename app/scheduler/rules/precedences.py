"""Meeting A before meeting B, when both take place."""

from __future__ import annotations

from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.placing import SlotRules
from app.scheduler.rules.base import Explained, Reason
from app.scheduler.variables import ScheduleVars


class Precedences:
    """Meeting A before meeting B, when both take place: B in a slot forbids A in that slot or later."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        order = instance.order
        for first, then in instance.precedences:
            early, late = vars.by_pair[first], vars.by_pair[then]
            for slot, late_var in late.items():
                clashing = [var for s, var in early.items() if order[s] >= order[slot]]
                for var in clashing:
                    model.add_bool_or([late_var.Not(), var.Not()])

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        return self.check_plan(
            instance, [(m.organisation_ids, m.slot_id) for m in meetings if m.slot_id in instance.order]
        )

    def check_plan(self, instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> list[str]:
        """The same check on a timetable of pairs and slots."""
        problems = []
        at = dict(plan)
        start = {s.id: s.start for s in instance.slots}
        for first, then in instance.precedences:
            if first in at and then in at and instance.order[at[first]] >= instance.order[at[then]]:
                problems.append(
                    f"{instance.pair_name(first)} should come before {instance.pair_name(then)} "
                    f"but is at {start[at[first]]:%Y-%m-%d %H:%M}"
                )
        return problems

    def reason(self, candidate: Candidate, fitting: Sequence[SlotId], placed: SlotRules) -> Explained:
        """``meeting order``: every slot where the pair could meet would break a required order."""
        if any(placed.in_order(candidate.pair, s) for s in fitting):
            return None
        return (
            Reason.MEETING_ORDER,
            "in every slot where both are free it would break a required meeting order",
        )
