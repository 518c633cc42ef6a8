"""Close idle gaps by moving meetings to other slots: the same meetings, so no earlier tier changes.

A local search for events where a CP-SAT model of the whole day is too slow (neighbourhood.py) and a quick
first step everywhere: each meeting of an organisation with a gap is tried in every other slot both sides
can use, and moved to the one that leaves the fewest gaps for its two organisations, when that is fewer
than now. Every move keeps every hard rule (people, tables and seats, interpreters, meeting orders,
pauses); locked meetings stay. Passes repeat until none moves a meeting or time runs out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.domain import OrgId, Pair, SlotId
from app.scheduler.gaps import gaps_in, sequences
from app.scheduler.instance import Instance
from app.scheduler.placing import SlotRules
from app.scheduler.rules.interpreters import InterpreterUse
from app.scheduler.rules.tables import TableUse

Plan = list[tuple[Pair, SlotId]]

TRIES_PER_WORK = 100_000
"""Moves tried per unit of work: a laptop core tries about 130,000 a second."""


def retime(
    instance: Instance,
    plan: Plan,
    deadline: float = float("inf"),
    stop: Callable[[], bool] = lambda: False,
    work: float | None = None,
) -> tuple[Plan, float]:
    """The timetable with meetings moved to close idle gaps (never more gaps than ``plan``), and the work
    that took.

    ``work`` caps the search in the units of CP-SAT's deterministic time (``TRIES_PER_WORK`` tried moves
    each), so it ends at the same point on every run; ``deadline`` and ``stop`` end it in any case.
    """
    tries = 0
    limit = float("inf") if work is None else work * TRIES_PER_WORK
    days = {org: sequences(instance, org) for org in instance.parties}
    locked = {f.pair for f in instance.fixed}
    at = dict(plan)
    seats = TableUse(instance)
    helpers = InterpreterUse(instance)
    spanning = SlotRules(instance)
    named = {(f.pair, f.slot): f.interpreter_id for f in instance.fixed}
    for pair, slot in plan:
        seats.take(pair, slot)
        helpers.take(pair, slot, named.get((pair, slot)))
        spanning.take(pair, slot)
    busy = spanning.busy

    def gaps(org: OrgId) -> int:
        return sum(gaps_in(busy[(org, s)] > 0 for s in seq) for seq in days[org])

    def fits(pair: Pair, slot: SlotId) -> bool:
        nonlocal tries
        tries += 1
        return (
            all(busy[(org, slot)] < instance.parties[org].capacity.get(slot, 0) for org in pair)
            and seats.fits(pair, slot)
            and helpers.fits(pair, slot)
            and spanning.in_order(pair, slot)
            and spanning.rested(pair, slot)
        )

    def lift(pair: Pair, slot: SlotId) -> None:
        for use in (seats, helpers, spanning):
            use.release(pair, slot)

    def put(pair: Pair, slot: SlotId) -> None:
        for use in (seats, helpers, spanning):
            use.take(pair, slot)
        at[pair] = slot

    def swap_to_close(org: OrgId) -> bool:
        """Exchange the slots of two of the organisation's meetings when that leaves fewer gaps."""
        mine = sorted(pair for pair in at if org in pair and pair not in locked)
        for index, first in enumerate(mine):
            for second in mine[index + 1 :]:
                if gaps(org) == 0:
                    return False
                one, two = at[first], at[second]
                if two not in instance.candidate_by_pair[first].slots:
                    continue
                if one not in instance.candidate_by_pair[second].slots:
                    continue
                involved = set(first) | set(second)
                before = sum(gaps(o) for o in involved)
                lift(first, one)
                lift(second, two)
                if fits(first, two):
                    put(first, two)
                    if fits(second, one):
                        put(second, one)
                        if sum(gaps(o) for o in involved) < before:
                            return True
                        lift(second, one)
                    lift(first, two)
                put(first, one)
                put(second, two)
        return False

    moved = True
    while moved:
        moved = False
        gappy = sorted(org for org in instance.parties if days[org] and gaps(org) > 0)
        for org in gappy:
            for pair in sorted(pair for pair in at if org in pair and pair not in locked):
                if time.monotonic() > deadline or stop() or tries > limit:
                    return sorted(at.items()), tries / TRIES_PER_WORK
                source = at[pair]
                best, fewest = source, sum(gaps(o) for o in pair)
                if fewest == 0:
                    continue  # already fixed by an earlier move
                lift(pair, source)
                for target in instance.candidate_by_pair[pair].slots:
                    if target == source or not fits(pair, target):
                        continue
                    put(pair, target)
                    after = sum(gaps(o) for o in pair)
                    lift(pair, target)
                    if after < fewest:
                        best, fewest = target, after
                put(pair, best)
                moved |= best != source
            moved |= swap_to_close(org)
    return sorted(at.items()), tries / TRIES_PER_WORK
