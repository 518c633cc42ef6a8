"""Large events: improve a valid timetable a few slots at a time (large neighbourhood search).

A model of 1,000 organisations over 32 slots has some 150,000 Booleans; CP-SAT needs longer to load it than
an organiser wants to wait. Here the day is cut into windows of a few consecutive slots. For one window,
every meeting outside it stays where it is; the meetings inside it are chosen again by CP-SAT on a small
instance of the same rules (``restrict``): the window's slots, the pairs that have not met elsewhere, each
organisation's caps and floors less what it holds elsewhere. The better timetable is kept. Windows are
visited in a fixed order, so the same input and time give the same timetable on the same machine.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ortools.sat.python import cp_model

from app.domain import OrgId, Pair, SlotId, Tier
from app.scheduler.assign import interpreted
from app.scheduler.fairness import level_of
from app.scheduler.gaps import count_gaps, idle_gaps, plan_gaps
from app.scheduler.instance import Instance
from app.scheduler.retime import retime
from app.scheduler.rules import OrganiserRules, hard_rules, request_value
from app.scheduler.solver import new_solver
from app.scheduler.validate import order_and_pauses
from app.scheduler.variables import ScheduleVars

Plan = list[tuple[Pair, SlotId]]

LARGE_MODEL = 60_000
"""Meeting variables (pairs x usable slots) above which one model is too slow to load; see
docs/performance.md."""


WINDOW_WORK = 3.0
"""Most deterministic time one window's search may take when the result must be reproducible."""
WINDOW_SETUP_WORK = 0.1
"""Work counted for building a window's model, which CP-SAT's deterministic time does not include."""


def model_size(instance: Instance) -> int:
    return sum(len(c.slots) for c in instance.candidates)


def plan_value(instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> int:
    return sum(instance.candidate_by_pair[pair].value for pair, _ in plan)


def restrict(
    instance: Instance,
    plan: Sequence[tuple[Pair, SlotId]],
    window: frozenset[SlotId],
    floors: Mapping[OrgId, int],
) -> Instance:
    """The instance of one window: everything outside it is fixed and counts against caps and floors."""
    outside = [(pair, slot) for pair, slot in plan if slot not in window]
    met_outside = {pair for pair, _ in outside}
    held: Counter[OrgId] = Counter(org for pair, _ in outside for org in pair)
    parties = {}
    for org, party in instance.parties.items():
        cap = None if party.max_meetings is None else max(0, party.max_meetings - held[org])
        need = max(0, max(party.min_meetings, floors.get(org, 0)) - held[org])
        capacity = {s: c for s, c in party.capacity.items() if s in window}
        parties[org] = dataclasses.replace(party, capacity=capacity, max_meetings=cap, min_meetings=need)
    # A meeting outside the window that must come before (after) one inside it bounds that one's slots.
    order = instance.order
    at = dict(outside)
    after: dict[Pair, int] = {}
    before: dict[Pair, int] = {}
    for first, then in instance.precedences:
        if first in at:
            after[then] = max(after.get(then, -1), order[at[first]])
        if then in at:
            before[first] = min(before.get(first, len(order)), order[at[then]])

    def usable(pair: Pair, slot: SlotId) -> bool:
        return slot in window and after.get(pair, -1) < order[slot] < before.get(pair, len(order))

    candidates = tuple(
        dataclasses.replace(c, slots=tuple(s for s in c.slots if usable(c.pair, s)))
        for c in instance.candidates
        if c.pair not in met_outside and any(usable(c.pair, s) for s in c.slots)
    )
    inside = {c.pair for c in candidates}
    window_runs = tuple(run for run in (tuple(s for s in r if s in window) for r in instance.runs) if run)
    return Instance(
        slots=tuple(s for s in instance.slots if s.id in window),
        tables=instance.tables,
        parties=parties,
        candidates=candidates,
        fixed=tuple(f for f in instance.fixed if f.slot in window),
        precedences=tuple((a, b) for a, b in instance.precedences if a in inside and b in inside),
        max_in_a_row=instance.max_in_a_row,
        runs=window_runs,
        host_table=instance.host_table,
        tiers=instance.tiers,
    )


def windows(instance: Instance, width: int) -> list[frozenset[SlotId]]:
    """Overlapping windows of ``width`` consecutive slots, half a window apart, over the whole event."""
    ids = list(instance.slot_ids)
    if len(ids) <= width:
        return [frozenset(ids)]
    step = max(1, width // 2)
    starts = list(range(0, len(ids) - width + 1, step))
    if starts[-1] != len(ids) - width:
        starts.append(len(ids) - width)
    return [frozenset(ids[i : i + width]) for i in starts]


def plan_key(instance: Instance, plan: Sequence[tuple[Pair, SlotId]]) -> tuple[int, ...]:
    """A timetable's tiers in the organiser's order, each as a number where lower is better."""
    key = []
    for tier in instance.tiers:
        if tier is Tier.REQUESTS:
            key.append(-plan_value(instance, plan))
        elif tier is Tier.IDLE_GAPS:
            key.append(plan_gaps(instance, plan))
        elif tier is Tier.INTERPRETING:
            key.append(-interpreted(instance, plan))
        else:
            key.append(-level_of(instance, plan))
    return tuple(key)


def improve(
    instance: Instance,
    plan: Plan,
    floors: Mapping[OrgId, int],
    deadline: float,
    *,
    seed: int,
    workers: int,
    width: int = 4,
    work: float | None = None,
    stop: Callable[[], bool] = lambda: False,
    on_better: Callable[[Plan], None] = lambda plan: None,
) -> Plan:
    """Improve the timetable tier by tier in the organiser's order, window after window.

    Each tier gets a share of the time (requests more than idle gaps); it ends early after a full round of
    windows without gain, leaving its time to the next. A window's timetable is kept when the whole
    timetable is better in the order of tiers. With ``work`` (CP-SAT deterministic time), searches stop
    after a fixed amount of work rather than at a clock time, so the same input gives the same timetable.
    """
    best = list(plan)
    # The floors keep fairness; interpreters are named on the final timetable, and plan_key keeps a later
    # tier from costing them.
    tiers = [t for t in instance.tiers if t not in (Tier.FAIRNESS, Tier.INTERPRETING)]
    weight = {Tier.REQUESTS: 3.0, Tier.IDLE_GAPS: 2.0}
    spent = 0.0
    for index, tier in enumerate(tiers):
        share = weight[tier] / sum(weight[t] for t in tiers[index:])
        phase_end = time.monotonic() + share * (deadline - time.monotonic())
        phase_work = None if work is None else spent + share * (work - spent)
        if tier is Tier.IDLE_GAPS:
            # Moving meetings closes most gaps in seconds; the windows then search what moves cannot.
            retimed, used = retime(
                instance, best, phase_end, stop, None if phase_work is None else phase_work - spent
            )
            spent += used
            if plan_key(instance, retimed) < plan_key(instance, best):
                best = retimed
                on_better(best)
        best, spent = _improve_tier(
            instance, best, floors, tiers[: index + 1], phase_end, phase_work, spent,
            seed=seed, workers=workers, width=width, stop=stop, on_better=on_better,
        )  # fmt: skip
        if stop():
            break
    return best


def _improve_tier(
    instance: Instance,
    plan: Plan,
    floors: Mapping[OrgId, int],
    tiers: Sequence[Tier],
    deadline: float,
    work: float | None,
    spent: float,
    *,
    seed: int,
    workers: int,
    width: int,
    stop: Callable[[], bool],
    on_better: Callable[[Plan], None],
) -> tuple[Plan, float]:
    """Windows improving the last of ``tiers`` while the earlier ones keep their value in each window."""
    best = list(plan)
    key = plan_key(instance, best)
    while True:
        gained = False
        for window in windows(instance, width):
            left = deadline - time.monotonic()
            if left <= 0.05 or stop() or (work is not None and spent >= work):
                return best, spent
            window_work = None if work is None else min(WINDOW_WORK, work - spent)
            replanned, used = _solve_window(
                instance, best, window, floors, tiers, min(left, 5.0), seed, workers, window_work
            )
            spent += WINDOW_SETUP_WORK + used
            if replanned is None:
                continue
            candidate = [(pair, slot) for pair, slot in best if slot not in window] + replanned
            new_key = plan_key(instance, candidate)
            # Runs of meetings that cross the window's edge are checked on the whole timetable.
            if new_key < key and not order_and_pauses(instance, candidate):
                best, key, gained = candidate, new_key, True
                on_better(best)
        if not gained:
            return best, spent


def _solve_window(
    instance: Instance,
    plan: Plan,
    window: frozenset[SlotId],
    floors: Mapping[OrgId, int],
    tiers: Sequence[Tier],
    seconds: float,
    seed: int,
    workers: int,
    work: float | None = None,
) -> tuple[Plan | None, float]:
    """The window's timetable best for the last of ``tiers``, none of the others worse than now (None
    when nothing was found), and the work its search took."""
    part = restrict(instance, plan, window, floors)
    model = cp_model.CpModel()
    vars = ScheduleVars(part, model)
    for rule in hard_rules():
        rule.build(part, model, vars)
    OrganiserRules().build(part, model, vars)
    current = [(pair, slot) for pair, slot in plan if slot in window]
    hinted = set(current)
    for index, tier in enumerate(tiers):
        expression: cp_model.LinearExprT
        if tier is Tier.REQUESTS:
            expression = -request_value(part, vars).expression
            now = -plan_value(part, current)
        else:
            outside = {(org, slot) for pair, slot in plan if slot not in window for org in pair}
            gaps = idle_gaps(instance, model, vars, window, outside)
            expression, now = gaps.expression, _window_gaps(instance, plan, gaps.weight, vars)
        if index < len(tiers) - 1:
            model.add(expression <= now)
        else:
            model.minimize(expression)
    for meeting in vars.meetings:
        for slot, var in meeting.items():
            model.add_hint(var, (meeting.pair, slot) in hinted)
    solver = new_solver(seconds, seed=seed, workers=workers, work=work)
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, solver.deterministic_time
    planned = [(m.pair, chosen) for m in vars.meetings if (chosen := m.extract(solver)) is not None]
    return planned, solver.deterministic_time


def _window_gaps(instance: Instance, plan: Plan, weight: int, vars: ScheduleVars) -> int:
    """The idle-gaps expression of ``idle_gaps`` evaluated on the current timetable: the organisations with
    a meeting to place in the window, their total gaps times ``weight`` plus the most any of them has."""
    counts = count_gaps(instance, plan)
    mine = [counts.get(org, 0) for org in instance.parties if vars.of_party(org)]
    return sum(mine) * weight + max(mine, default=0)
