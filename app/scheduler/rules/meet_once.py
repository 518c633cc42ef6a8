"""A pair meets at most once. Pairs kept apart are no candidates at all (``instance.excluded``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting
from app.scheduler.instance import Instance
from app.scheduler.variables import ScheduleVars


class EachPairMeetsAtMostOnce:
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for meeting in vars.meetings:
            if meeting.all():
                model.add_at_most_one(meeting.all())

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        pair_count = Counter(m.organisation_ids for m in meetings)
        return [
            f"{instance.pair_name(pair)} meet {count} times"
            for pair, count in pair_count.items()
            if count > 1
        ]
