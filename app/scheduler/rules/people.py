"""An organisation holds at most as many meetings at once as it has people present, and none while it is
away; a person is never in two meetings at once, and someone from each side attends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting, OrgId, ParticipantId, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.rules.base import Explained, Reason, known, label, when
from app.scheduler.variables import ScheduleVars


class PeopleInOneMeetingAtATime:
    """An organisation holds at most as many meetings at once as it has people present."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for org, party in instance.parties.items():
            for slot in instance.slot_ids:
                held = vars.of_party_in_slot(org, slot)
                if not held:
                    continue
                capacity = party.capacity.get(slot, 0)
                if capacity == 1:
                    model.add_at_most_one(held)
                elif len(held) > capacity:
                    model.add(sum(held) <= capacity)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        problems: list[str] = []
        owner = {person.id: org for org, party in instance.parties.items() for person in party.people}
        present = {person.id: person.slots for party in instance.parties.values() for person in party.people}
        per_party_slot: Counter[tuple[OrgId, SlotId]] = Counter()
        per_person_slot: Counter[tuple[ParticipantId, SlotId]] = Counter()
        for m in known(instance, meetings):
            for org in m.organisation_ids:
                per_party_slot[(org, m.slot_id)] += 1
                party = instance.parties[org]
                attended = any(owner.get(pid) == org for pid in m.participant_ids)
                if party.people and party.present(m.slot_id) and not attended:
                    problems.append(f"{label(instance, m)}: nobody from {party.name} attends")
            for pid in m.participant_ids:
                if owner.get(pid) in m.organisation_ids and m.slot_id not in present[pid]:
                    problems.append(f"{label(instance, m)}: participant {pid} is not present then")
                per_person_slot[(pid, m.slot_id)] += 1
        for (org, slot), count in per_party_slot.items():
            capacity = instance.parties[org].capacity.get(slot, 0)
            if count > capacity:
                problems.append(
                    f"{instance.name(org)} has {count} meetings at {when(instance, slot)} "
                    f"but {capacity} people present"
                )
        for (pid, slot), count in per_person_slot.items():
            if count > 1:
                problems.append(f"participant {pid} is in {count} meetings at {when(instance, slot)}")
        return problems

    def reason(
        self, instance: Instance, candidate: Candidate, free: Callable[[OrgId, SlotId], bool]
    ) -> Explained:
        """``no common free slot``: whenever both could meet, one side has no one free."""
        a, b = candidate.pair
        if any(free(a, s) and free(b, s) for s in candidate.slots):
            return None
        full = [org for org in candidate.pair if not any(free(org, s) for s in candidate.slots)]
        if len(full) == 1:
            detail = (
                f"{instance.name(full[0])} is in other meetings, which rank higher, in every slot both "
                "could use"
            )
        else:
            detail = (
                f"whenever both are present, {instance.name(a)} or {instance.name(b)} is already in a "
                "meeting that ranks higher"
            )
        return Reason.NO_COMMON_FREE_SLOT, detail
