"""At most ``max_meetings`` meetings per organisation (its own value, else the event's)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting, OrgId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.rules.base import Explained, Reason, known
from app.scheduler.variables import ScheduleVars


class MaxMeetingsPerOrganisation:
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for org, party in instance.parties.items():
            mine = [var for m in vars.of_party(org) for var in m.all()]
            if party.max_meetings is not None and len(mine) > party.max_meetings:
                model.add(sum(mine) <= party.max_meetings)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        per_party = Counter(org for m in known(instance, meetings) for org in m.organisation_ids)
        problems = []
        for org, count in per_party.items():
            cap = instance.parties[org].max_meetings
            if cap is not None and count > cap:
                problems.append(f"{instance.name(org)} has {count} meetings, more than its maximum of {cap}")
        return problems

    def reason(self, instance: Instance, candidate: Candidate, per_party: Counter[OrgId]) -> Explained:
        """``cap reached``: one side already holds its maximum."""
        for org in candidate.pair:
            cap = instance.parties[org].max_meetings
            if cap is not None and per_party[org] >= cap:
                return Reason.CAP_REACHED, f"{instance.name(org)} already has its maximum of {cap} meetings"
        return None
