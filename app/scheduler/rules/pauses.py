"""A pause after ``max_in_a_row`` meetings in consecutive slots (a break or the night ends a run)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting, OrgId, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.placing import SlotRules
from app.scheduler.rules.base import Explained, Reason
from app.scheduler.variables import ScheduleVars


class PauseAfterMeetingsInARow:
    """After ``max_in_a_row`` meetings in consecutive slots, a pause: in every window of that many slots
    plus one, each person present is free at least once (counted per organisation)."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        limit = instance.max_in_a_row
        if limit is None:
            return
        for window in instance.in_a_row_windows():
            for org, party in instance.parties.items():
                held = [var for slot in window for var in vars.of_party_in_slot(org, slot)]
                people = max(party.capacity.get(slot, 0) for slot in window)
                if len(held) > limit * people:
                    model.add(sum(held) <= limit * people)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        return self.check_plan(
            instance, [(m.organisation_ids, m.slot_id) for m in meetings if m.slot_id in instance.order]
        )

    def check_plan(self, instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> list[str]:
        """The same check on a timetable of pairs and slots."""
        limit = instance.max_in_a_row
        if limit is None:
            return []
        problems = []
        start = {s.id: s.start for s in instance.slots}
        busy: Counter[tuple[OrgId, SlotId]] = Counter((org, slot) for pair, slot in plan for org in pair)
        for window in instance.in_a_row_windows():
            for org, party in instance.parties.items():
                held = sum(busy[(org, slot)] for slot in window)
                people = max(party.capacity.get(slot, 0) for slot in window)
                if held > limit * people:
                    problems.append(
                        f"{party.name} has {held} meetings in a row from {start[window[0]]:%Y-%m-%d %H:%M} "
                        f"without the pause due after {limit}"
                    )
        return problems

    def reason(self, candidate: Candidate, fitting: Sequence[SlotId], placed: SlotRules) -> Explained:
        """``pause due``: in every slot the pair could use (in order), a side is due a pause."""
        pair = candidate.pair
        if any(placed.rested(pair, s) for s in fitting if placed.in_order(pair, s)):
            return None
        return (
            Reason.PAUSE_DUE,
            "in every slot where both are free one of them is due a pause after meetings in a row",
        )
