"""Re-check a schedule against every hard rule without any solver, and recompute its objective.

Every solver test ends here; the command line runs it after every solve too, so a schedule that breaks a
rule is never written out silently.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from app.domain import Meeting, OrgId, Pair, ParticipantId, SlotId, TableId, TimetableFigures
from app.scheduler.fairness import level_of
from app.scheduler.gaps import count_gaps
from app.scheduler.instance import Instance


def validate(instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
    """Every hard rule the meetings break, in plain words; empty when the schedule is valid."""
    problems: list[str] = []
    slots = {s.id: s for s in instance.slots}
    tables = {t.id for t in instance.tables}
    seats = {t.id: t.seats for t in instance.tables}
    names = {t.id: t.name for t in instance.tables}
    keeper = {table: instance.name(org) for org, table in instance.host_table.items()}
    candidates = instance.candidate_by_pair
    owner = {person.id: org for org, party in instance.parties.items() for person in party.people}
    present = {person.id: person.slots for party in instance.parties.values() for person in party.people}

    def when(slot: SlotId) -> str:
        return f"{slots[slot].start:%Y-%m-%d %H:%M}" if slot in slots else f"slot {slot}"

    pair_count = Counter(m.organisation_ids for m in meetings)
    for pair, count in pair_count.items():
        if count > 1:
            problems.append(f"{instance.pair_name(pair)} meet {count} times")

    seat_use: Counter[tuple[SlotId, int]] = Counter()
    per_party_slot: Counter[tuple[OrgId, SlotId]] = Counter()
    per_person_slot: dict[tuple[ParticipantId, SlotId], int] = defaultdict(int)
    per_party: Counter[OrgId] = Counter()
    for m in meetings:
        a, b = m.organisation_ids
        if a not in instance.parties or b not in instance.parties:
            problems.append(f"meeting {m.id} involves an unknown organisation")
            continue
        label = f"{instance.pair_name(m.organisation_ids)} at {when(m.slot_id)}"
        if m.slot_id not in slots:
            problems.append(f"{label}: no such slot")
            continue
        if m.table_id not in tables:
            problems.append(f"{label}: no such table {m.table_id}")
        elif len(m.participant_ids) > seats[m.table_id]:
            problems.append(
                f"{label}: {len(m.participant_ids)} people at a table of {seats[m.table_id]} seats"
            )
        own = instance.table_of(m.organisation_ids)
        if m.table_id in tables and not m.locked:
            if own is not None and m.table_id != own:
                problems.append(f"{label}: not at the own table {names[own]}")
            elif own is None and m.table_id in keeper:
                problems.append(f"{label}: at {names[m.table_id]}, the own table of {keeper[m.table_id]}")
        seat_use[(m.slot_id, m.table_id)] += 1
        candidate = candidates.get(m.organisation_ids)
        if candidate is None and m.organisation_ids in instance.excluded:
            problems.append(f"{label}: {instance.excluded[m.organisation_ids]}")
        elif candidate is None:
            problems.append(f"{label}: neither side requested this meeting")
        elif m.slot_id not in candidate.slots:
            problems.append(f"{label}: one side is not available then")
        for org in m.organisation_ids:
            per_party_slot[(org, m.slot_id)] += 1
            per_party[org] += 1
            party = instance.parties[org]
            attended = any(owner.get(pid) == org for pid in m.participant_ids)
            if party.people and party.present(m.slot_id) and not attended:
                problems.append(f"{label}: nobody from {party.name} attends")
        for pid in m.participant_ids:
            if owner.get(pid) not in m.organisation_ids:
                problems.append(f"{label}: participant {pid} belongs to neither organisation")
            elif m.slot_id not in present[pid]:
                problems.append(f"{label}: participant {pid} is not present then")
            per_person_slot[(pid, m.slot_id)] += 1

    for (slot, table), count in seat_use.items():
        if count > 1:
            problems.append(f"table {table} holds {count} meetings at {when(slot)}")
    for slot in {m.slot_id for m in meetings if m.slot_id in slots}:
        held = sum(1 for m in meetings if m.slot_id == slot)
        if held > len(instance.tables):
            problems.append(f"{held} meetings at {when(slot)} but only {len(instance.tables)} tables")
    for (org, slot), count in per_party_slot.items():
        capacity = instance.parties[org].capacity.get(slot, 0)
        if count > capacity:
            problems.append(
                f"{instance.name(org)} has {count} meetings at {when(slot)} but {capacity} people present"
            )
    for (pid, slot), count in per_person_slot.items():
        if count > 1:
            problems.append(f"participant {pid} is in {count} meetings at {when(slot)}")
    for org, count in per_party.items():
        cap = instance.parties[org].max_meetings
        if cap is not None and count > cap:
            problems.append(f"{instance.name(org)} has {count} meetings, more than its maximum of {cap}")
    for org, party in instance.parties.items():
        if per_party[org] < party.min_meetings:
            problems.append(
                f"{party.name} has {per_party[org]} meetings, fewer than its minimum of {party.min_meetings}"
            )
    interpreting: Counter[tuple[int, SlotId]] = Counter()
    for m in meetings:
        candidate = candidates.get(m.organisation_ids)
        if candidate is None or m.slot_id not in slots:
            continue
        label = f"{instance.pair_name(m.organisation_ids)} at {when(m.slot_id)}"
        if candidate.interpreters is None and m.interpreter_id is None:
            continue  # needs no interpreter to take place, or would only like one
        if m.interpreter_id is None:
            problems.append(f"{label}: they share no language and no interpreter is named")
        elif m.interpreter_id not in (candidate.helpers or ()):
            problems.append(f"{label}: interpreter {m.interpreter_id} does not speak both sides' languages")
        elif m.slot_id not in instance.interpreters[m.interpreter_id].slots:
            problems.append(
                f"{label}: interpreter {instance.interpreters[m.interpreter_id].name} is not there"
            )
        if m.interpreter_id is not None:
            interpreting[(m.interpreter_id, m.slot_id)] += 1
    for (interpreter, slot), count in interpreting.items():
        if count > 1:
            name = (
                instance.interpreters[interpreter].name
                if interpreter in instance.interpreters
                else interpreter
            )
            problems.append(f"interpreter {name} is named on {count} meetings at {when(slot)}")
    problems += order_and_pauses(
        instance, [(m.organisation_ids, m.slot_id) for m in meetings if m.slot_id in slots]
    )
    placed = {(m.organisation_ids, m.slot_id, m.table_id) for m in meetings}
    for fixed in instance.fixed:
        if (fixed.pair, fixed.slot, fixed.table) not in placed:
            problems.append(f"locked meeting {instance.pair_name(fixed.pair)} was moved or dropped")
    return problems


def order_and_pauses(instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> list[str]:
    """The rules that span several slots: meeting orders and pauses after meetings in a row."""
    problems = []
    at = dict(plan)
    start = {s.id: s.start for s in instance.slots}
    for first, then in instance.precedences:
        if first in at and then in at and instance.order[at[first]] >= instance.order[at[then]]:
            problems.append(
                f"{instance.pair_name(first)} should come before {instance.pair_name(then)} "
                f"but is at {start[at[first]]:%Y-%m-%d %H:%M}"
            )
    limit = instance.max_in_a_row
    if limit is None:
        return problems
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


def objective_value(instance: Instance, meetings: Sequence[Meeting]) -> int:
    """The objective of a schedule, recomputed from the meetings alone."""
    candidates = instance.candidate_by_pair
    return sum(candidates[m.organisation_ids].value for m in meetings if m.organisation_ids in candidates)


def figures(instance: Instance, meetings: Sequence[Meeting]) -> TimetableFigures:
    """The timetable's idle gaps, table changes and fairness level, from its meetings alone."""
    plan = [(m.organisation_ids, m.slot_id) for m in meetings if m.slot_id in instance.order]
    gaps = count_gaps(instance, plan)
    return TimetableFigures(
        idle_gaps=sum(gaps.values()),
        most_idle_gaps=max(gaps.values(), default=0),
        table_changes=table_changes(instance, meetings),
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
