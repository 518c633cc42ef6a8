"""Confirmed mode: every meeting is already agreed and must be placed; minimise idle gaps ("breaks").

A break is a maximal run of idle slots between two meetings of the same participant. The total number of
breaks is minimised subject to fairness: the most breaks any participant has exceeds the fewest by at most
``fairness``. This is the business-to-business meeting scheduling problem of Bofill et al. (JAIR).

The search asks "is there a timetable with at most k breaks?" for k rising from a lower bound summed from
each participant alone; the first k that has a timetable is the optimum, proven by the "no" answers below it.
CP-SAT propagates a participant's breaks far better through an automaton over its busy/idle slots than
through a sum of break literals, so both are posted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from ortools.sat.python import cp_model

from app.scheduler.solve import Cancellation

ParticipantId = int
SlotIndex = int


@dataclass(frozen=True, slots=True)
class ConfirmedMeeting:
    participants: tuple[ParticipantId, ParticipantId]
    slots: frozenset[SlotIndex]
    """Slots the meeting may use: its session, without either participant's forbidden slots."""


@dataclass(frozen=True)
class ConfirmedInstance:
    slot_count: int
    table_count: int
    participant_count: int
    meetings: tuple[ConfirmedMeeting, ...]
    precedences: tuple[tuple[int, int], ...] = ()
    """(earlier, later) meeting indexes: the first must end before the second starts."""
    fairness: int | None = 2
    """Most breaks of any participant minus fewest, at most this; None for no fairness rule."""

    @cached_property
    def meetings_of(self) -> tuple[tuple[int, ...], ...]:
        mine: list[list[int]] = [[] for _ in range(self.participant_count)]
        for index, meeting in enumerate(self.meetings):
            for p in meeting.participants:
                mine[p].append(index)
        return tuple(tuple(m) for m in mine)


@dataclass(frozen=True)
class ConfirmedProgress:
    elapsed: float
    bound: int
    """No timetable has fewer breaks than this (proven)."""
    step: str


@dataclass(frozen=True)
class ConfirmedResult:
    status: str  # OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, CANCELLED
    slots: tuple[SlotIndex, ...]
    """The slot of each meeting, in the instance's order; empty without a timetable."""
    breaks: int | None
    bound: int
    seconds: float
    steps: tuple[str, ...] = field(default=())


def count_breaks(instance: ConfirmedInstance, slots: Sequence[SlotIndex]) -> list[int]:
    """Breaks per participant in a timetable: idle runs between two of its meetings."""
    result = []
    for meetings in instance.meetings_of:
        used = sorted(slots[m] for m in meetings)
        result.append(sum(1 for a, b in pairwise(used) if b > a + 1))
    return result


def validate_confirmed(instance: ConfirmedInstance, slots: Sequence[SlotIndex]) -> list[str]:
    """Every hard rule re-checked without a solver; an empty list means the timetable is valid."""
    problems = []
    if len(slots) != len(instance.meetings):
        return [f"{len(slots)} slots for {len(instance.meetings)} meetings"]
    for index, (meeting, slot) in enumerate(zip(instance.meetings, slots, strict=True)):
        if slot not in meeting.slots:
            problems.append(f"meeting {index} at slot {slot}, which it may not use")
    for slot in range(instance.slot_count):
        held = [m for m, s in enumerate(slots) if s == slot]
        if len(held) > instance.table_count:
            problems.append(f"slot {slot} holds {len(held)} meetings for {instance.table_count} tables")
    for p, meetings in enumerate(instance.meetings_of):
        used = [slots[m] for m in meetings]
        if len(set(used)) != len(used):
            problems.append(f"participant {p} is in two meetings at once")
    for earlier, later in instance.precedences:
        if slots[earlier] >= slots[later]:
            problems.append(f"meeting {earlier} must come before meeting {later}")
    breaks = count_breaks(instance, slots)
    if instance.fairness is not None and breaks and max(breaks) - min(breaks) > instance.fairness:
        problems.append(
            f"breaks range from {min(breaks)} to {max(breaks)}, more than {instance.fairness} apart"
        )
    return problems


# -- lower bounds ---------------------------------------------------------------------------------------


def participant_lower_bound(instance: ConfirmedInstance, p: ParticipantId, time_limit: float = 2.0) -> int:
    """Fewest breaks participant ``p`` can have with only its own meetings and slots to think of."""
    meetings = instance.meetings_of[p]
    if len(meetings) <= 1:
        return 0
    model = cp_model.CpModel()
    x = {(m, s): model.new_bool_var("") for m in meetings for s in instance.meetings[m].slots}
    for m in meetings:
        model.add_exactly_one(x[m, s] for s in instance.meetings[m].slots)
    busy = [model.new_bool_var("") for _ in range(instance.slot_count)]
    for s in range(instance.slot_count):
        model.add(sum(x[m, s] for m in meetings if (m, s) in x) == busy[s])
    starts = _run_starts(model, busy)
    model.minimize(sum(starts))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return 0
    return max(0, round(solver.best_objective_bound) - 1)


def _run_starts(model: cp_model.CpModel, busy: Sequence[cp_model.IntVar]) -> list[cp_model.IntVar]:
    """Literals true where a run of busy slots starts: busy here and idle (or the day's start) before."""
    starts = [busy[0]]
    for s in range(1, len(busy)):
        start = model.new_bool_var("")
        model.add_implication(start, busy[s])
        model.add_implication(start, busy[s - 1].negated())
        model.add_bool_or([start, busy[s].negated(), busy[s - 1]])
        starts.append(start)
    return starts


def _break_automaton(cap: int) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Transitions over busy (1) / idle (0) slots allowing at most ``cap`` breaks, and the final states.

    State 0: no meeting yet. State 1 + 2c: in a meeting run after c breaks; 2 + 2c: idle after one.
    """
    transitions = [(0, 0, 0), (0, 1, 1)]
    for c in range(cap + 1):
        run, idle = 1 + 2 * c, 2 + 2 * c
        transitions += [(run, 1, run), (run, 0, idle), (idle, 0, idle)]
        if c < cap:
            transitions.append((idle, 1, 1 + 2 * (c + 1)))
    finals = [state for c in range(cap + 1) for state in (1 + 2 * c, 2 + 2 * c)]
    return transitions, finals


# -- the search -----------------------------------------------------------------------------------------


@dataclass
class _Model:
    model: cp_model.CpModel
    x: dict[tuple[int, int], cp_model.IntVar]
    breaks: list[cp_model.LinearExpr | int]


def _build(instance: ConfirmedInstance, limit: int, lower: Sequence[int]) -> _Model | None:
    """The model of "a timetable with at most ``limit`` breaks"; None when the bounds rule it out."""
    model = cp_model.CpModel()
    slots = range(instance.slot_count)
    x = {
        (m, s): model.new_bool_var(f"x{m}_{s}")
        for m, meeting in enumerate(instance.meetings)
        for s in meeting.slots
    }
    for m, meeting in enumerate(instance.meetings):
        model.add_exactly_one(x[m, s] for s in meeting.slots)
    per_slot = []
    for s in slots:
        held = [x[m, s] for m in range(len(instance.meetings)) if (m, s) in x]
        model.add(sum(held) <= instance.table_count)
        per_slot.append(held)
    starts_of = []
    for m, meeting in enumerate(instance.meetings):
        start = model.new_int_var_from_domain(cp_model.Domain.from_values(sorted(meeting.slots)), f"s{m}")
        model.add(start == sum(s * x[m, s] for s in meeting.slots))
        starts_of.append(start)
    for earlier, later in instance.precedences:
        model.add(starts_of[earlier] < starts_of[later])

    total_lower = sum(lower)
    forced_zero = any(len(meetings) <= 1 for meetings in instance.meetings_of)
    fairness = instance.fairness
    breaks: list[cp_model.LinearExpr | int] = []
    busy_by_slot: list[list[cp_model.IntVar]] = [[] for _ in slots]
    low_var = None
    if fairness is not None and not forced_zero:
        low_var = model.new_int_var(0, instance.slot_count, "fewest_breaks")
    for p, meetings in enumerate(instance.meetings_of):
        if len(meetings) <= 1:
            breaks.append(0)
            for m in meetings:
                for s in instance.meetings[m].slots:
                    busy_by_slot[s].append(x[m, s])
            continue
        cap = limit - (total_lower - lower[p])
        if fairness is not None and forced_zero:
            cap = min(cap, fairness)
        if cap < lower[p]:
            return None
        busy = []
        for s in slots:
            mine = [x[m, s] for m in meetings if (m, s) in x]
            if not mine:
                busy.append(model.new_constant(0))
                continue
            flag = model.new_bool_var(f"busy{p}_{s}")
            model.add(sum(mine) == flag)
            busy.append(flag)
            busy_by_slot[s].append(flag)
        model.add(sum(busy) == len(meetings))
        # The same participant seen through its meetings' start slots: all different, and a span that
        # leaves room for exactly its idle slots, which are at least as many as its breaks.
        starts = [starts_of[m] for m in meetings]
        model.add_all_different(starts)
        first = model.new_int_var(0, instance.slot_count - 1, "")
        last = model.new_int_var(0, instance.slot_count - 1, "")
        model.add_min_equality(first, starts)
        model.add_max_equality(last, starts)
        idle = last - first + 1 - len(meetings)
        if cap == 0:
            model.add(idle == 0)
        transitions, finals = _break_automaton(cap)
        model.add_automaton(busy, 0, finals, transitions)
        count = sum(_run_starts(model, busy)) - 1
        model.add(count >= lower[p])
        model.add(idle >= count)
        breaks.append(count)
        if low_var is not None and fairness is not None:
            model.add(count >= low_var)
            model.add(count <= low_var + fairness)
    for s in slots:
        # Implied: every meeting in a slot makes two participants busy.
        model.add(sum(busy_by_slot[s]) == 2 * sum(per_slot[s]))
    model.add(sum(breaks) <= limit)
    return _Model(model, x, breaks)


PORTFOLIO = ("quick_restart_no_lp", "default_lp")
"""CP-SAT workers: LP-free quick restarts find timetables fast, LP-based search proves "no" answers fast."""
INCUMBENT_SHARE = 0.3
"""Share of the time limit spent first on any fair timetable, kept in case the proof runs out of time."""


def _run(
    built: _Model,
    seconds: float,
    portfolio: Sequence[str],
    seed: int,
    cancellation: Cancellation,
    hint: Sequence[SlotIndex] = (),
) -> tuple[int, tuple[SlotIndex, ...]]:
    """One CP-SAT run; returns its status and, when it found one, the slot of every meeting."""
    if hint:
        for (m, s), var in built.x.items():
            built.model.add_hint(var, hint[m] == s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, seconds)
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = len(portfolio)
    solver.parameters.subsolvers.extend(portfolio)
    cancellation._attach(solver)
    try:
        code = solver.solve(built.model)
    finally:
        cancellation._attach(None)
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return int(code), ()
    chosen = {m: s for (m, s), var in built.x.items() if solver.boolean_value(var)}
    return int(code), tuple(chosen[m] for m in range(len(chosen)))


def solve_confirmed(
    instance: ConfirmedInstance,
    time_limit: float = 10.0,
    portfolio: Sequence[str] = PORTFOLIO,
    progress: Callable[[ConfirmedProgress], None] | None = None,
    cancellation: Cancellation | None = None,
    seed: int = 20260609,
) -> ConfirmedResult:
    """Place every meeting with the fewest breaks, fairly spread; the optimum is proven when found.

    First a fair timetable of any quality is sought (kept if time runs out), then "at most k breaks?" is
    asked for k rising from the participants' own lower bounds; the first "yes" is the proven optimum.
    """
    started = time.monotonic()
    cancellation = cancellation or Cancellation()
    deadline = started + time_limit
    lower = [participant_lower_bound(instance, p) for p in range(instance.participant_count)]
    limit = sum(lower)
    steps: list[str] = [f"lower bound from each participant alone: {limit}"]

    def report(step: str) -> None:
        steps.append(step)
        if progress is not None:
            progress(ConfirmedProgress(time.monotonic() - started, limit, step))

    def result(status: str, slots: tuple[SlotIndex, ...] = ()) -> ConfirmedResult:
        breaks = sum(count_breaks(instance, slots)) if slots else None
        bound = breaks if status == "OPTIMAL" and breaks is not None else limit
        return ConfirmedResult(status, slots, breaks, bound, time.monotonic() - started, tuple(steps))

    most = sum(max(0, min(len(ms), instance.slot_count) - 1) for ms in instance.meetings_of)
    if any(not meeting.slots for meeting in instance.meetings):
        report("a meeting has no slot it may use")
        return result("INFEASIBLE")

    best: tuple[SlotIndex, ...] = ()
    incumbent = _build(instance, most, lower)
    if incumbent is not None:
        incumbent.model.minimize(sum(incumbent.breaks))
        code, best = _run(incumbent, time_limit * INCUMBENT_SHARE, portfolio, seed, cancellation)
        if code == int(cp_model.INFEASIBLE):
            report("no fair timetable exists")
            return result("INFEASIBLE")
        if best:
            report(f"a first timetable with {sum(count_breaks(instance, best))} breaks")
    while True:
        if best and sum(count_breaks(instance, best)) <= limit:
            return result("OPTIMAL", best)
        if cancellation.cancelled:
            return result("CANCELLED", best)
        remaining = deadline - time.monotonic()
        if remaining <= 0 or limit > most:
            report("time is up" if remaining <= 0 else f"no fair timetable with up to {most} breaks")
            return result("FEASIBLE" if best else ("UNKNOWN" if remaining <= 0 else "INFEASIBLE"), best)
        built = _build(instance, limit, lower)
        if built is None:
            report(f"at most {limit} breaks: impossible by the participants' own bounds")
            limit += 1
            continue
        step_started = time.monotonic()
        code, found = _run(built, remaining, portfolio, seed, cancellation, best)
        if found:
            best = found
            report(f"at most {limit} breaks: found a timetable with {sum(count_breaks(instance, found))}")
        elif code == int(cp_model.INFEASIBLE):
            report(f"at most {limit} breaks: impossible ({time.monotonic() - step_started:.2f} s)")
            limit += 1
        else:
            report(f"at most {limit} breaks: no answer in time")
            status = "CANCELLED" if cancellation.cancelled else ("FEASIBLE" if best else "UNKNOWN")
            return result(status, best)
