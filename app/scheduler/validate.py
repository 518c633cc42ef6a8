"""Re-check a schedule against every hard rule without any solver, and recompute its objective.

Every solver test ends here; the command line runs it after every solve too, so a schedule that breaks a
rule is never written out silently.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain import Meeting, Pair, ParticipantId, SlotId, TableId, TimetableFigures
from app.pacing import checkpoint
from app.scheduler.fairness import level_of
from app.scheduler.gaps import count_gaps
from app.scheduler.instance import Instance
from app.scheduler.rules import OrganiserRules, PauseAfterMeetingsInARow, Precedences, hard_rules
from app.scheduler.rules.base import label


def validate(instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
    """Every hard rule the meetings break, in plain words; empty when the schedule is valid.

    What the event does not offer (unknown organisations, slots, tables or people, meetings nobody asked
    for or that cannot take place then), then every rule's own check (``rules.hard_rules`` and the
    organiser's demands)."""
    problems = unknown(instance, meetings)
    for rule in [*hard_rules(), OrganiserRules()]:
        checkpoint()
        problems += rule.check(instance, meetings)
    return problems


def unknown(instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
    """Meetings that refer to what the event does not have, or that were never possible."""
    problems: list[str] = []
    tables = {t.id for t in instance.tables}
    candidates = instance.candidate_by_pair
    owner = {person.id: org for org, party in instance.parties.items() for person in party.people}
    for m in meetings:
        a, b = m.organisation_ids
        if a not in instance.parties or b not in instance.parties:
            problems.append(f"meeting {m.id} involves an unknown organisation")
            continue
        if m.slot_id not in instance.order:
            problems.append(f"{label(instance, m)}: no such slot")
            continue
        if m.table_id not in tables:
            problems.append(f"{label(instance, m)}: no such table {m.table_id}")
        candidate = candidates.get(m.organisation_ids)
        if candidate is None and m.organisation_ids in instance.excluded:
            problems.append(f"{label(instance, m)}: {instance.excluded[m.organisation_ids]}")
        elif candidate is None:
            problems.append(f"{label(instance, m)}: neither side requested this meeting")
        elif m.slot_id not in candidate.slots:
            problems.append(f"{label(instance, m)}: one side is not available then")
        for pid in m.participant_ids:
            if owner.get(pid) not in m.organisation_ids:
                problems.append(f"{label(instance, m)}: participant {pid} belongs to neither organisation")
    return problems


def order_and_pauses(instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> list[str]:
    """The rules that span several slots: meeting orders and pauses after meetings in a row."""
    return Precedences().check_plan(instance, plan) + PauseAfterMeetingsInARow().check_plan(instance, plan)


def objective_value(instance: Instance, meetings: Sequence[Meeting]) -> int:
    """The objective of a schedule, recomputed from the meetings alone."""
    candidates = instance.candidate_by_pair
    return sum(candidates[m.organisation_ids].value for m in meetings if m.organisation_ids in candidates)


def figures(instance: Instance, meetings: Sequence[Meeting]) -> TimetableFigures:
    """The timetable's idle gaps, table changes and fairness level, from its meetings alone."""
    plan = [(m.organisation_ids, m.slot_id) for m in meetings if m.slot_id in instance.order]
    gaps = count_gaps(instance, plan)
    checkpoint()
    changes = table_changes(instance, meetings)
    checkpoint()
    return TimetableFigures(
        idle_gaps=sum(gaps.values()),
        most_idle_gaps=max(gaps.values(), default=0),
        table_changes=changes,
        fairness_level=level_of(instance, plan),
    )


def table_changes(instance: Instance, meetings: Sequence[Meeting]) -> int:
    """Times a person sits at another table than at their previous meeting on the same day."""
    start = {s.id: s.start for s in instance.slots}
    seen: dict[ParticipantId, tuple[object, TableId]] = {}
    changes = 0
    for m in sorted((m for m in meetings if m.slot_id in start), key=lambda m: start[m.slot_id]):
        day = start[m.slot_id].date()
        for person in m.participant_ids:
            before = seen.get(person)
            if before is not None and before[0] == day and before[1] != m.table_id:
                changes += 1
            seen[person] = (day, m.table_id)
    return changes
