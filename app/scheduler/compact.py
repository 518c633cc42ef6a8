"""The idle-gaps tier's search: compact timetables found by re-timing the meetings already chosen, then
improved and proven over the whole model.

Minimising gaps from the timetable of the requests tier walks down one gap at a time, and each step gets
harder as the timetable tightens; when interpreters or tables are fully booked, a compact timetable is a
jigsaw that this descent reaches only after minutes. Asking "is there a timetable with at most k gaps?"
instead lets CP-SAT dive straight at compact timetables, and keeping the meetings of the timetable in hand
(only their slots change) makes that question small. So:

1. Re-timing: with the meeting set kept, "at most k gaps in all?" for k rising from zero. Each "no" is
   proven for that meeting set only, so it tells nothing about the tier's bound; each "yes" is a timetable.
2. The whole model (any meetings that keep the earlier tiers' values) minimises the tier's expression from
   the best timetable so far, and proves its bound. A timetable without gaps needs no proof.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ortools.sat.python import cp_model

from app.domain import Pair, SlotId
from app.scheduler.gaps import GapTerm, count_gaps, idle_gaps, plan_gaps
from app.scheduler.instance import Instance
from app.scheduler.solver import narrow
from app.scheduler.variables import ScheduleVars

Plan = list[tuple[Pair, SlotId]]

RETIME_SHARE = 0.5
"""Most of the tier's time the re-timing may use; the rest is for the whole model's search and proof."""
RETIME_PORTFOLIO = ("default_lp",)
"""The re-timing questions are pure feasibility: CP-SAT's LP-guided search answers them, while its
neighbourhood workers, which need an objective to improve, would only share its cores."""


class Stoppable(Protocol):
    """How the caller cancels: a flag to poll, and the solver to stop while one runs."""

    @property
    def cancelled(self) -> bool: ...

    def _attach(self, solver: cp_model.CpSolver | None) -> None: ...


@dataclass(frozen=True, slots=True)
class Compacted:
    plan: Plan
    """The best timetable found; never worse than the one given."""
    value: int
    """Its value in the tier's terms (``plan_gaps``)."""
    proven: bool
    """No timetable keeping the earlier tiers does better."""


class _Progress(cp_model.CpSolverSolutionCallback):
    def __init__(self, on_solution: Callable[[float, float], None], stoppable: Stoppable) -> None:
        super().__init__()
        self._on_solution = on_solution
        self._stoppable = stoppable

    def on_solution_callback(self) -> None:
        if self._stoppable.cancelled:  # CP-SAT forgets a stop asked for before it started
            self.stop_search()
        self._on_solution(self.objective_value, self.best_objective_bound)


def minimise_gaps(
    instance: Instance,
    model: cp_model.CpModel,
    vars: ScheduleVars,
    plan: Plan,
    seconds: float,
    new_solver: Callable[[float], cp_model.CpSolver],
    stoppable: Stoppable,
    report: Callable[[float, float | None], None],
    clock: Callable[[], float] = time.monotonic,
) -> Compacted:
    """Optimise the idle-gaps tier from ``plan`` (valid under every earlier tier, which ``model`` keeps).

    ``new_solver(seconds)`` gives a solver with the caller's settings; ``report(value, bound)`` passes on
    progress in the tier's terms; ``clock()`` tells the seconds used, as the caller counts them (CP-SAT's
    work when the timetable must be reproducible). Leaves the tier's value as a constraint in ``model``.
    """
    deadline = clock() + seconds
    term = idle_gaps(instance, model, vars)
    search = _Search(instance, model, vars, term, new_solver, stoppable, report, plan, clock)
    report(float(search.value), 0.0)
    if search.value > 0:
        search.retime(min(deadline, clock() + RETIME_SHARE * seconds))
    if search.value > 0:
        search.improve(deadline)
    else:
        search.proven = True
    report(float(search.value), float(search.value) if search.proven else search.bound)
    model.add(term.expression <= search.value)
    model.add(term.total <= search.value // term.weight)
    model.clear_objective()  # type: ignore[no-untyped-call]
    return Compacted(search.best, search.value, search.proven)


class _Search:
    def __init__(
        self,
        instance: Instance,
        model: cp_model.CpModel,
        vars: ScheduleVars,
        term: GapTerm,
        new_solver: Callable[[float], cp_model.CpSolver],
        stoppable: Stoppable,
        report: Callable[[float, float | None], None],
        plan: Plan,
        clock: Callable[[], float],
    ) -> None:
        self.clock = clock
        self.instance = instance
        self.model = model
        self.vars = vars
        self.term = term
        self.new_solver = new_solver
        self.stoppable = stoppable
        self.report = report
        self.best = plan
        self.value = plan_gaps(instance, plan)
        self.bound = 0.0
        self.proven = False

    def total(self) -> int:
        return sum(count_gaps(self.instance, self.best).values())

    def offer(self, plan: Plan) -> None:
        value = plan_gaps(self.instance, plan)
        if value < self.value:
            self.best, self.value = plan, value
            self.report(float(value), self.bound)

    def _hint(self, model: cp_model.CpModel) -> None:
        model.clear_hints()  # type: ignore[no-untyped-call]
        hinted = set(self.best)
        for meeting in self.vars.meetings:
            for slot, var in meeting.items():
                model.add_hint(var, (meeting.pair, slot) in hinted)

    def _plan(self, solver: cp_model.CpSolver) -> Plan:
        return [(m.pair, chosen) for m in self.vars.meetings if (chosen := m.extract(solver)) is not None]

    def _solve(
        self,
        model: cp_model.CpModel,
        seconds: float,
        portfolio: Sequence[str] = (),
        callback: cp_model.CpSolverSolutionCallback | None = None,
        on_bound: Callable[[float], None] | None = None,
    ) -> tuple[int, cp_model.CpSolver]:
        solver = self.new_solver(seconds)
        if on_bound is not None:
            solver.best_bound_callback = on_bound
        if portfolio:
            narrow(solver, portfolio)
        self.stoppable._attach(solver)
        try:
            code = solver.solve(model, callback)
        finally:
            self.stoppable._attach(None)
        return int(code), solver

    def retime(self, until: float) -> None:
        """The meetings of the timetable in hand, re-timed: "at most k gaps in all?" from k = 0.

        Every "no" raises the smallest k worth asking, in growing steps (0, 1, 3, 7, ...), so that a day
        on which pauses force many gaps takes a few questions rather than one per gap; every "yes" asks
        that smallest k again.
        """
        held = {pair for pair, _ in self.best}
        kept = self.model.clone()
        for meeting in self.vars.meetings:
            if meeting.all():
                kept.add(meeting.held() == int(meeting.pair in held))
        lowest, step = 0, 1
        while lowest < self.total() and not self.stoppable.cancelled:
            left = until - self.clock()
            if left <= 0:
                return
            limit = min(lowest + step - 1, self.total() - 1)
            trial = kept.clone()
            trial.add(self.term.total <= limit)
            self._hint(trial)
            code, solver = self._solve(trial, left, RETIME_PORTFOLIO)
            if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                self.offer(self._plan(solver))
                step = 1
            elif code == cp_model.INFEASIBLE:
                lowest, step = limit + 1, 2 * step
            else:
                return

    def improve(self, deadline: float) -> None:
        """The whole model, from the best timetable: the tier's optimum and its proof."""
        left = deadline - self.clock()
        if left <= 0 or self.stoppable.cancelled:
            return
        self.model.minimize(self.term.expression)
        self._hint(self.model)

        shown = float(self.value)

        def on_solution(objective: float, bound: float) -> None:
            nonlocal shown
            shown = min(shown, objective)
            self.bound = min(max(self.bound, bound), shown)
            self.report(shown, self.bound)

        def on_bound(bound: float) -> None:
            if bound > self.bound:
                self.bound = min(bound, shown)
                self.report(shown, self.bound)

        code, solver = self._solve(self.model, left, (), _Progress(on_solution, self.stoppable), on_bound)
        if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self.offer(self._plan(solver))
            self.bound = min(max(self.bound, solver.best_objective_bound), float(self.value))
        self.proven = code == cp_model.OPTIMAL and self.value <= solver.objective_value
        if self.proven:
            self.bound = float(self.value)
