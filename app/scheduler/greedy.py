"""A fast greedy timetable: the solver's starting hint, and the fallback when time runs out before CP-SAT
finds its first schedule."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.placing import SlotRules
from app.scheduler.rules.interpreters import InterpreterUse
from app.scheduler.rules.tables import TableUse


def greedy_plan(
    instance: Instance, fair_rounds: int = 0, given: Sequence[tuple[Pair, SlotId]] = ()
) -> list[tuple[Pair, SlotId]]:
    """Place locked meetings and the ``given`` ones, then the agreed meetings (fewest slots first), then
    every other candidate by value, each in its earliest feasible slot.

    ``fair_rounds`` first deals meetings out in rounds: in round r every organisation with fewer than r
    meetings gets one more if it can, the organisations with the fewest chances first; organisations with
    a minimum get rounds up to it. The rest is then placed by value. Respects every hard rule the model
    states, so the result is always a valid (if not the best) schedule.
    """
    busy: Counter[tuple[OrgId, SlotId]] = Counter()
    held: Counter[OrgId] = Counter()
    plan: list[tuple[Pair, SlotId]] = []

    at: dict[Pair, SlotId] = {}

    def place(pair: Pair, slot: SlotId) -> None:
        plan.append((pair, slot))
        at[pair] = slot
        for org in pair:
            busy[(org, slot)] += 1
            held[org] += 1

    fixed_pairs = set()
    for fixed in instance.fixed:
        place(fixed.pair, fixed.slot)
        fixed_pairs.add(fixed.pair)
    for pair, slot in given:
        if pair not in fixed_pairs:
            place(pair, slot)
            fixed_pairs.add(pair)

    def room(org: OrgId) -> int:
        cap = instance.parties[org].max_meetings
        return 1_000_000 if cap is None else cap - held[org]

    seats = TableUse(instance)
    helpers = InterpreterUse(instance)
    spanning = SlotRules(instance)
    for fixed in instance.fixed:
        seats.take(fixed.pair, fixed.slot)
        helpers.take(fixed.pair, fixed.slot, fixed.interpreter_id)
        spanning.take(fixed.pair, fixed.slot)
    locked = {f.pair for f in instance.fixed}
    for pair, slot in given:
        if pair not in locked:
            seats.take(pair, slot)
            helpers.take(pair, slot)
            spanning.take(pair, slot)

    def try_place(candidate: Candidate) -> bool:
        a, b = candidate.pair
        if room(a) <= 0 or room(b) <= 0:
            return False
        for slot in candidate.slots:
            if not (seats.fits(candidate.pair, slot) and helpers.fits(candidate.pair, slot)):
                continue
            if busy[(a, slot)] >= instance.parties[a].capacity[slot]:
                continue
            if busy[(b, slot)] >= instance.parties[b].capacity[slot]:
                continue
            if not (spanning.in_order(candidate.pair, slot) and spanning.rested(candidate.pair, slot)):
                continue
            place(candidate.pair, slot)
            seats.take(candidate.pair, slot)
            helpers.take(candidate.pair, slot)
            spanning.take(candidate.pair, slot)
            placed.add(candidate.pair)
            return True
        return False

    # Scarce organisations first within a value class, so those with few chances are served early.
    placed = set(fixed_pairs)
    order = sorted(
        (c for c in instance.candidates if c.pair not in fixed_pairs and c.value > 0),
        key=lambda c: (-c.value, len(c.slots), c.pair),
    )

    for candidate in sorted(instance.agreed, key=lambda c: (len(c.slots), c.pair)):
        if candidate.pair not in placed:
            try_place(candidate)

    def give_one(org: OrgId) -> bool:
        # Prefer a partner that has fewer meetings: a meeting then serves two that are short.
        mine = sorted(chances[org], key=lambda c: (not c.mutual, held[c.pair[0] + c.pair[1] - org]))
        return any(try_place(c) for c in mine if c.pair not in placed)

    chances: defaultdict[OrgId, list[Candidate]] = defaultdict(list)
    for candidate in order:
        for org in candidate.pair:
            chances[org].append(candidate)
    scarce_first = sorted(chances, key=lambda o: (len(chances[o]), o))
    minimum = {org: instance.parties[org].min_meetings for org in scarce_first}
    for level in range(1, max(fair_rounds, *minimum.values(), 0) + 1):
        wanting = [
            org
            for org in scarce_first
            if held[org] < level and (level <= fair_rounds or level <= minimum[org])
        ]
        dealt = [give_one(org) for org in wanting]  # every one, no short cut
        if not any(dealt):
            break
    for candidate in order:
        if candidate.pair not in placed:
            try_place(candidate)
    return plan
