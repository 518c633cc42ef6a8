"""An upper bound on the value of the wishes a day can meet, computed without the planner's code: a small
model of its own (CP-SAT used directly) that chooses wished-for pairs so that no organisation holds more
meetings than its cap or its people's seats over the day, and no more meetings take place than tables x
slots."""

from __future__ import annotations

from collections.abc import Mapping

from ortools.sat.python import cp_model

from app.domain import Event, Priority, pair_of

WEIGHT = {Priority.MUST_MEET: 10, Priority.WOULD_LIKE: 3, Priority.IF_TIME_ALLOWS: 1}
"""What one side's wish is worth here: the scale the planner documents (mutual wishes first, then by
priority), written down again so that the bound does not lean on the planner's code."""


def pair_weights(event: Event) -> dict[tuple[int, int], int]:
    """Value of meeting each wished-for pair: the best priority of each side that asked, summed; a mutual
    pair is worth more than all one-way pairs together."""
    best: dict[tuple[int, int], dict[int, Priority]] = {}
    for r in event.requests:
        side = best.setdefault(pair_of(r.requester_id, r.requested_id), {})
        side[r.requester_id] = min(side.get(r.requester_id, r.priority), r.priority)
    plain = {pair: sum(WEIGHT[p] for p in sides.values()) for pair, sides in best.items()}
    one_way = sum(v for pair, v in plain.items() if len(best[pair]) == 1)
    return {pair: v + (one_way + 1 if len(best[pair]) == 2 else 0) for pair, v in plain.items()}


def upper_bound(event: Event, weights: Mapping[tuple[int, int], int]) -> float:
    """The most the wished-for meetings could be worth: choose pairs so that no organisation holds more
    meetings than its cap or its people's seats over the day (people x slots it is there), and no more
    meetings than tables x slots take place."""
    model = cp_model.CpModel()
    chosen = {pair: model.new_bool_var(f"{pair}") for pair in weights}
    people: dict[int, int] = {}
    for person in event.participants:
        people[person.organisation_id] = people.get(person.organisation_id, 0) + 1
    for org in event.organisations:
        present = sum(1 for slot in event.slots if org.available_during(slot.start, slot.end)) * max(
            1, people.get(org.id, 0)
        )
        cap = present if org.max_meetings is None else min(org.max_meetings, present)
        model.add(sum(x for pair, x in chosen.items() if org.id in pair) <= cap)
    model.add(sum(chosen.values()) <= len(event.tables) * len(event.slots))
    model.maximize(sum(weights[pair] * x for pair, x in chosen.items()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 20
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    return float(solver.best_objective_bound)
