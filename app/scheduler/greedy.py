"""A fast greedy timetable: the solver's starting hint, and the fallback when time runs out before CP-SAT
finds its first schedule."""

from __future__ import annotations

from collections import Counter

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Instance


def greedy_plan(instance: Instance) -> list[tuple[Pair, SlotId]]:
    """Place locked meetings, then every other candidate by value, each in its earliest feasible slot.

    Respects every hard rule the model states, so the result is always a valid (if not the best)
    schedule.
    """
    busy: Counter[tuple[OrgId, SlotId]] = Counter()
    held: Counter[OrgId] = Counter()
    per_slot: Counter[SlotId] = Counter()
    tables = len(instance.tables)
    plan: list[tuple[Pair, SlotId]] = []

    def place(pair: Pair, slot: SlotId) -> None:
        plan.append((pair, slot))
        per_slot[slot] += 1
        for org in pair:
            busy[(org, slot)] += 1
            held[org] += 1

    fixed_pairs = set()
    for fixed in instance.fixed:
        place(fixed.pair, fixed.slot)
        fixed_pairs.add(fixed.pair)

    def room(org: OrgId) -> int:
        cap = instance.parties[org].max_meetings
        return 1_000_000 if cap is None else cap - held[org]

    # Scarce organisations first within a value class, so those with few chances are served early.
    order = sorted(
        (c for c in instance.candidates if c.pair not in fixed_pairs and c.value > 0),
        key=lambda c: (-c.value, len(c.slots), c.pair),
    )
    for candidate in order:
        a, b = candidate.pair
        if room(a) <= 0 or room(b) <= 0:
            continue
        for slot in candidate.slots:
            if per_slot[slot] >= tables:
                continue
            if busy[(a, slot)] >= instance.parties[a].capacity[slot]:
                continue
            if busy[(b, slot)] >= instance.parties[b].capacity[slot]:
                continue
            place(candidate.pair, slot)
            break
    return plan
