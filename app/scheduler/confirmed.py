"""Confirmed mode: every meeting is already agreed and must be placed; minimise idle gaps ("breaks").

A break is a maximal run of idle slots between two meetings of the same participant. The total number of
breaks is minimised subject to fairness: the most breaks any participant has exceeds the fewest by at most
``fairness``. This is the business-to-business meeting scheduling problem of Bofill et al. (JAIR).

Where fairness is a cap on each participant (someone has at most one meeting, as on every real event),
SAT answers "is there a timetable with at most k breaks?" for k rising from a lower bound summed from each
participant alone (``confirmed_sat``). Three solver processes ask the lowest open k: one formula in each of
two encodings of the tables, which are fast on different events, and a search that guesses who waits; a
"no" raises the bound, and the first "yes" is optimal.
Otherwise CP-SAT asks the same questions. CP-SAT propagates a participant's breaks far better through an
automaton over its busy/idle slots than through a sum of break literals, so both are posted.

Over 400 lines because the lower bounds, the CP-SAT search and the loop over the SAT answers are one search.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from app.scheduler.cancellation import Cancellation
from app.scheduler.confirmed_checks import (
    core_conflict,
    examine,
    impossible,
    participant_lower_bound,
    run_starts,
)
from app.scheduler.confirmed_instance import (
    ConfirmedConflict,
    ConfirmedInstance,
    ConfirmedMeeting,
    ConfirmedProgress,
    ConfirmedResult,
    SlotIndex,
    count_breaks,
    relabel,
    validate_confirmed,
)
from app.scheduler.confirmed_sat import (
    BoundCall,
    BoundQuestions,
    Questions,
    WaiterQuestions,
    fairness_by_cap,
)
from app.scheduler.solver import new_solver

__all__ = [
    "ConfirmedInstance",
    "ConfirmedMeeting",
    "ConfirmedProgress",
    "ConfirmedResult",
    "count_breaks",
    "impossible",
    "participant_lower_bound",
    "solve_confirmed",
    "validate_confirmed",
]


# -- the search -----------------------------------------------------------------------------------------


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
        count = sum(run_starts(model, busy)) - 1
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


QUESTIONS_AT_ONCE = 3
"""SAT questions running side by side: two encodings and the guesses of who waits (see ``climb``)."""
GUESSES = 2
"""The index of the process that guesses who waits; 0 and 1 are the two encodings."""
ENCODING_TRIAL = 2
"""Answers, from any process, after which only one of the two encodings keeps asking."""
CORE_SECONDS = 2.0
"""Time for finding and shrinking the rules in conflict once SAT has proven there is no timetable."""
FEASIBILITY = 3
"""The index of the question "any fair timetable at all, whatever its breaks?" (see ``climb``)."""
FEASIBILITY_AFTER = 0.5
"""The share of the time limit spent without a timetable after which that question is asked. Sooner, a
third process on two cores slows the climb on every hard event it would have finished in time."""
PORTFOLIO = ("quick_restart_no_lp", "default_lp")
"""CP-SAT workers: LP-free quick restarts find timetables fast, LP-based search proves "no" answers fast."""


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
    solver = new_solver(max(0.01, seconds), seed=seed, workers=len(portfolio), portfolio=portfolio)
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
    use_maxsat: bool = True,
) -> ConfirmedResult:
    """Place every meeting with the fewest breaks, fairly spread; says OPTIMAL only when proven.

    With ``use_maxsat`` (the default) SAT answers the "at most k breaks?" questions wherever fairness is a
    cap on each participant (see ``confirmed_sat``); otherwise CP-SAT does.
    """
    started = time.monotonic()
    examined = examine(instance)
    counted = time.monotonic() - started
    if examined.conflicts:
        steps = (f"no timetable, proven by counting ({counted:.2f} s)",)
        return ConfirmedResult("INFEASIBLE", (), None, 0, counted, steps, tuple(examined.conflicts))
    climbing = use_maxsat and fairness_by_cap(instance)
    # SAT answers in a canonical order of participants and meetings: its time is then the event's own.
    ordered = relabel(examined.instance, examined.lower) if climbing else None
    search = _Search(
        ordered.instance if ordered else examined.instance,
        started,
        time_limit,
        portfolio,
        progress,
        cancellation or Cancellation(),
        seed,
        ordered.lower if ordered else examined.lower,
    )
    search.steps.insert(0, f"counting: no conflict, {examined.removed} slots narrowed away ({counted:.2f} s)")
    search.original = instance
    if ordered is None:
        return search.ladder()
    result = search.climb(ordered.instance, seed)
    return dataclasses.replace(result, slots=ordered.slots_back(result.slots))


class _Search:
    def __init__(
        self,
        instance: ConfirmedInstance,
        started: float,
        time_limit: float,
        portfolio: Sequence[str],
        progress: Callable[[ConfirmedProgress], None] | None,
        cancellation: Cancellation,
        seed: int,
        lower: Sequence[int],
    ) -> None:
        self.instance = instance
        self.original = instance
        """The instance as given, for naming the rules of a conflict (``instance`` is narrowed)."""
        self.started = started
        self.deadline = self.started + time_limit
        self.portfolio = portfolio
        self.progress = progress
        self.cancellation = cancellation
        self.seed = seed
        self.lower = list(lower)
        self.conflicts: list[ConfirmedConflict] = []
        self.bound = sum(self.lower)
        self.steps: list[str] = [f"lower bound from each participant alone: {self.bound}"]
        self.most = sum(max(0, min(len(ms), instance.slot_count) - 1) for ms in instance.meetings_of)

    def report(self, step: str) -> None:
        self.steps.append(step)
        if self.progress is not None:
            self.progress(ConfirmedProgress(time.monotonic() - self.started, self.bound, step))

    def breaks(self, slots: Sequence[SlotIndex]) -> int:
        return sum(count_breaks(self.instance, slots))

    def result(self, status: str, slots: tuple[SlotIndex, ...] = ()) -> ConfirmedResult:
        breaks = self.breaks(slots) if slots else None
        bound = breaks if status == "OPTIMAL" and breaks is not None else self.bound
        return ConfirmedResult(
            status,
            slots,
            breaks,
            bound,
            time.monotonic() - self.started,
            tuple(self.steps),
            tuple(self.conflicts),
        )

    def infeasible(self, why: str) -> ConfirmedResult:
        """No fair timetable at all: said with why, and the rules of a shrunk core where SAT finds one."""
        self.report(f"{why} ({time.monotonic() - self.started:.2f} s)")
        started = time.monotonic()
        core = core_conflict(self.original, CORE_SECONDS)
        if core is not None:
            self.conflicts.append(core)
            self.report(f"the rules in conflict: {core.needed}, found in {time.monotonic() - started:.2f} s")
        return self.result("INFEASIBLE")

    def climb(self, instance: ConfirmedInstance, seed: int) -> ConfirmedResult:
        """SAT questions "at most k breaks?" for the lowest open k, three ways at once.

        The two encodings count the tables differently and are fast on different instances, so both ask
        the same k; the guesses of who waits (``search_waiters``) are fastest where only the tables force a
        few participants to wait, and that process climbs the bounds itself. A "no" from any settles k (and
        every lower k); the first "yes" at the bound is optimal. Three processes on two cores cost the
        encodings a third of their speed, which the easy instances do not notice.
        """
        running: dict[int, BoundCall] = {}
        variants: list[Questions] = []
        answered = [0] * QUESTIONS_AT_ONCE
        retired: set[int] = set()
        best: tuple[SlotIndex, ...] = ()
        upper = self.most + 1
        asked_any = False
        climbing = time.monotonic()
        feasibility_from = climbing + FEASIBILITY_AFTER * max(0.0, self.deadline - climbing)
        try:
            while not self.cancellation.cancelled:
                if best and upper <= self.bound:
                    return self.result("OPTIMAL", best)
                if self.bound >= upper or self.bound > self.most:
                    return self.infeasible(f"no fair timetable with up to {self.most} breaks")
                for index in range(QUESTIONS_AT_ONCE):
                    if index not in running and index not in retired and time.monotonic() < self.deadline:
                        if index == len(variants):
                            # Built here, so the first question already runs while the second encodes.
                            variants.append(
                                WaiterQuestions(instance, self.lower)
                                if index == GUESSES
                                else BoundQuestions(instance, self.lower, index == 1, seed + index)
                            )
                        running[index] = variants[index].ask(self.bound)
                if time.monotonic() >= self.deadline:
                    self.report("time is up")
                    return self.result("FEASIBLE" if best else "UNKNOWN", best)
                if not asked_any and not best and time.monotonic() > feasibility_from:
                    # One question without a bound: its "no" proves at once what the climb would prove
                    # bound by bound; its "yes" is a first timetable. In a retired encoding's place.
                    asked_any = True
                    source = variants[min(retired)] if retired else variants[0]
                    if isinstance(source, BoundQuestions):
                        running[FEASIBILITY] = source.ask_any(self.most)
                for index, call in list(running.items()):
                    if index in retired:
                        continue
                    answer = call.poll(0.02)
                    if answer is None:
                        continue
                    kind, payload = answer
                    if index == FEASIBILITY:
                        del running[index]
                        call.stop()
                        if kind == "unsat":
                            return self.infeasible("no fair timetable at all, whatever its breaks")
                        if kind == "sat" and isinstance(payload, tuple) and not best:
                            best, upper = payload, self.breaks(payload)
                            self.report(f"a first fair timetable, with {upper} breaks")
                        continue
                    asked = call.bound
                    if kind != "unsat" or not call.advance(asked + 1):
                        del running[index]
                        call.stop()
                    answered[index] += kind in ("sat", "unsat")
                    if sum(answered) >= ENCODING_TRIAL and not retired:
                        # The encoding with fewer of the first answers is the slower one on this event (the
                        # meetings-side one on a tie: it is the slower on most); its core serves the other
                        # and the guesses better.
                        slower = 1 if answered[1] <= answered[0] else 0
                        retired.add(slower)
                        if slower in running:
                            running.pop(slower).stop()
                    name = variants[index].solver_name
                    if kind == "unsat":
                        self.bound = max(self.bound, asked + 1)
                        self.report(f"{name}: no timetable with at most {asked} breaks")
                    elif kind == "sat" and isinstance(payload, tuple):
                        if not best or self.breaks(payload) < upper:
                            best, upper = payload, self.breaks(payload)
                        self.report(f"{name}: a timetable with {upper} breaks")
                    else:
                        self.report(f"{name} failed: {payload}")
                        if index != GUESSES:
                            return self.result("FEASIBLE" if best else "UNKNOWN", best)
                        retired.add(index)  # the formulas still answer every question without it
                for index, call in list(running.items()):
                    if call.bound >= upper or (call.bound < self.bound and not call.advance(self.bound)):
                        del running[index]
                        call.stop()
            return self.result("CANCELLED", best)
        finally:
            for call in running.values():
                call.stop()  # at once: the organiser's laptop has better things to do

    def ladder(self) -> ConfirmedResult:
        """CP-SAT alone: "at most k breaks?" for k rising from the lower bound; the first yes is optimal."""
        best: tuple[SlotIndex, ...] = ()
        while True:
            if best and self.breaks(best) <= self.bound:
                return self.result("OPTIMAL", best)
            if self.cancellation.cancelled:
                return self.result("CANCELLED", best)
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                self.report("time is up")
                return self.result("FEASIBLE" if best else "UNKNOWN", best)
            if self.bound > self.most:
                return self.infeasible(f"no fair timetable with up to {self.most} breaks")
            built = _build(self.instance, self.bound, self.lower)
            if built is None:
                self.report(f"at most {self.bound} breaks: impossible by the participants' own bounds")
                self.bound += 1
                continue
            step_started = time.monotonic()
            code, found = _run(built, remaining, self.portfolio, self.seed, self.cancellation, best)
            if found:
                best = found
                self.report(f"at most {self.bound} breaks: found a timetable with {self.breaks(found)}")
            elif code == int(cp_model.INFEASIBLE):
                self.report(
                    f"at most {self.bound} breaks: impossible ({time.monotonic() - step_started:.2f} s)"
                )
                self.bound += 1
            else:
                self.report(f"at most {self.bound} breaks: no answer in time")
                status = "CANCELLED" if self.cancellation.cancelled else ("FEASIBLE" if best else "UNKNOWN")
                return self.result(status, best)
