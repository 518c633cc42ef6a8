"""Solve an instance with CP-SAT: progress through a plain callback, cancellation from any thread."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ortools.sat.python import cp_model

from app.domain import Meeting, Pair, SlotId, SolverRun, SolveStatus, UnmetRequest
from app.scheduler.assign import build_meetings
from app.scheduler.explain import explain_unmet
from app.scheduler.fairness import Floor, add_floors, fair_start, floors, level_of, worst_off_level
from app.scheduler.greedy import greedy_plan
from app.scheduler.instance import Instance
from app.scheduler.neighbourhood import LARGE_MODEL, improve, model_size, plan_value
from app.scheduler.rules import OrganiserRules, hard_rules, request_value
from app.scheduler.validate import objective_value, validate
from app.scheduler.variables import ScheduleVars


@dataclass(frozen=True, slots=True)
class SolveOptions:
    time_limit: float = 30.0
    """Seconds; the best schedule found so far is kept when time runs out."""
    workers: int = 0
    """Search workers; 0 lets CP-SAT use every core."""
    seed: int = 20260609
    log: bool = False
    fair: bool = True
    """First make sure every organisation that asked gets meetings, the worst-off first (see fairness.py)."""
    fair_share: float = 0.25
    """Share of the time limit the fairness tier may use."""
    large_model: int = LARGE_MODEL
    """Above this many meeting variables the event is improved window by window (neighbourhood.py)."""


@dataclass(frozen=True, slots=True)
class SolveProgress:
    elapsed: float
    objective: float | None
    bound: float | None
    solutions: int

    @property
    def gap(self) -> float | None:
        """Relative distance between the best schedule and the proven bound (0 = proven best)."""
        if self.objective is None or self.bound is None:
            return None
        if self.bound == 0:
            return 0.0
        return max(0.0, (self.bound - self.objective) / abs(self.bound))


ProgressCallback = Callable[[SolveProgress], None]


class Cancellation:
    """Lets another thread stop a running solve; the best schedule found so far is kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._solver: cp_model.CpSolver | None = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._solver is not None:
                self._solver.stop_search()

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def _attach(self, solver: cp_model.CpSolver | None) -> None:
        with self._lock:
            self._solver = solver
            if solver is not None and self._cancelled:
                solver.stop_search()


@dataclass(frozen=True)
class SolveResult:
    """What a solve produced. ``meetings`` is empty only when no schedule was found; ``status`` says why."""

    status: str
    meetings: tuple[Meeting, ...]
    unmet: tuple[UnmetRequest, ...]
    objective: float | None
    bound: float | None
    seconds: float
    cancelled: bool = False
    worst_off: int | None = None
    """The fairness floor kept: every organisation with a wish holds at least this many (or all it can)."""
    conflicts: tuple[str, ...] = ()
    """When no schedule exists: the organiser's settings that contradict each other."""

    @property
    def has_schedule(self) -> bool:
        return self.status in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)

    def solver_run(self) -> SolverRun:
        return SolverRun(self.status, self.objective, self.bound, round(self.seconds, 3), datetime.now())


class _Reporter(cp_model.CpSolverSolutionCallback):
    """Passes progress on, and re-checks cancellation: CP-SAT forgets a stop requested before it started."""

    def __init__(
        self,
        progress: ProgressCallback | None,
        started: float,
        solver: cp_model.CpSolver,
        cancellation: Cancellation,
    ) -> None:
        super().__init__()
        self._progress = progress
        self._started = started
        self._solver = solver
        self._cancellation = cancellation
        self.solutions = 0
        self.bound: float | None = None
        self.objective: float | None = None

    ceiling: float | None = None
    """The value of every candidate meeting at once: no timetable exceeds it, and early in the search it is
    far tighter than CP-SAT's own bound, which counts each pair once per slot."""

    def on_solution_callback(self) -> None:
        self.solutions += 1
        self.objective = self.objective_value
        self.bound = self._tighter(self.best_objective_bound)
        self._emit()

    def on_bound(self, bound: float) -> None:
        self.bound = self._tighter(bound)
        self._emit()

    def _tighter(self, bound: float) -> float:
        return bound if self.ceiling is None else min(bound, self.ceiling)

    def start(self, objective: float) -> None:
        """Report the greedy timetable the search starts from: a valid timetable from the first moment."""
        self.objective = objective
        self.bound = self.ceiling
        self._emit()

    def _emit(self) -> None:
        if self._cancellation.cancelled:
            self._solver.stop_search()
        if self._progress is not None:
            elapsed = time.monotonic() - self._started
            self._progress(SolveProgress(elapsed, self.objective, self.bound, self.solutions))


def conflicts_before_solving(instance: Instance) -> list[str]:
    """Locked meetings that cannot hold whatever else happens: a side away, or a table used twice."""
    problems = list(instance.setup_problems)
    start = {s.id: s.start for s in instance.slots}
    tables = {t.id for t in instance.tables}
    seen: dict[tuple[SlotId, int], Pair] = {}
    for fixed in instance.fixed:
        label = f"locked meeting {instance.pair_name(fixed.pair)}"
        if fixed.slot not in start or fixed.table not in tables:
            problems.append(f"{label} refers to a slot or table that no longer exists")
            continue
        when = f"{start[fixed.slot]:%H:%M}"
        if fixed.slot not in instance.candidate_by_pair[fixed.pair].slots:
            problems.append(f"{label} at {when}: one side is not at the event then")
        other = seen.setdefault((fixed.slot, fixed.table), fixed.pair)
        if other != fixed.pair:
            problems.append(f"{label} at {when} shares its table with {instance.pair_name(other)}")
    return problems


def solve(
    instance: Instance,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> SolveResult:
    """Choose and time the meetings; always returns an explicit result, never an empty silent one."""
    options = options or SolveOptions()
    cancellation = cancellation or Cancellation()
    started = time.monotonic()
    if cancellation.cancelled:
        return SolveResult(SolveStatus.CANCELLED, (), (), None, None, 0.0, cancelled=True)

    conflicts = conflicts_before_solving(instance)
    if conflicts:
        return SolveResult(SolveStatus.INFEASIBLE, (), (), None, None, 0.0, conflicts=tuple(conflicts))

    start_plan = fair_start(instance) if options.fair else greedy_plan(instance)
    ceiling = float(sum(c.value for c in instance.candidates))
    if model_size(instance) > options.large_model:
        return _solve_large(instance, options, progress, cancellation, started, start_plan, ceiling)

    model = cp_model.CpModel()
    vars = ScheduleVars(instance, model)
    for rule in hard_rules():
        rule.build(instance, model, vars)
    demands = OrganiserRules()
    demands.build(instance, model, vars)
    solver = cp_model.CpSolver()
    solver.parameters.random_seed = options.seed
    solver.parameters.num_workers = options.workers or min(8, os.cpu_count() or 1)
    solver.parameters.log_search_progress = options.log
    reporter = _Reporter(progress, started, solver, cancellation)
    reporter.ceiling = ceiling
    solver.best_bound_callback = reporter.on_bound
    reporter.start(float(plan_value(instance, start_plan)))

    worst_off = None
    if options.fair:
        floor = _fairness_tier(instance, model, vars, options, start_plan, cancellation)
        worst_off = floor.level
        add_floors(instance, model, vars, floor.level)
        start_plan = floor.plan
    term = request_value(instance, vars)
    model.maximize(term.expression * term.weight)
    hinted = set(start_plan)
    for meeting in vars.meetings:
        for slot, var in meeting.items():
            model.add_hint(var, (meeting.pair, slot) in hinted)
    solver.parameters.max_time_in_seconds = max(0.01, options.time_limit - (time.monotonic() - started))

    cancellation._attach(solver)
    try:
        code = solver.solve(model, reporter)
    finally:
        cancellation._attach(None)
    seconds = time.monotonic() - started
    cancelled = cancellation.cancelled

    # CP-SAT's own bound means something only once it has a status; before that, the last bound it
    # reported, or failing that the value of every candidate meeting at once, which no schedule exceeds.
    bound_or_none = reporter.bound if reporter.bound is not None else ceiling
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE) and math.isfinite(solver.best_objective_bound):
        bound_or_none = min(float(solver.best_objective_bound), ceiling)

    def result_from(meetings: tuple[Meeting, ...], status: str) -> SolveResult:
        return SolveResult(
            status=status,
            meetings=meetings,
            unmet=explain_unmet(instance, meetings),
            objective=float(objective_value(instance, meetings)),
            bound=bound_or_none,
            seconds=seconds,
            cancelled=cancelled,
            worst_off=worst_off,
        )

    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        planned = [(m.pair, chosen) for m in vars.meetings if (chosen := m.extract(solver)) is not None]
        if code == cp_model.FEASIBLE and plan_value(instance, start_plan) > plan_value(instance, planned):
            planned = start_plan  # CP-SAT's own first timetables can be worse than the start it was given
        meetings = build_meetings(instance, planned)
        problems = validate(instance, meetings)
        if problems:  # a defect, not an organiser's mistake: never hand out a schedule that breaks a rule
            raise ScheduleError("the computed timetable breaks rules: " + "; ".join(problems))
        return result_from(
            meetings, SolveStatus.OPTIMAL if code == cp_model.OPTIMAL else SolveStatus.FEASIBLE
        )
    if code == cp_model.INFEASIBLE:
        names = demands.conflict(solver)
        return SolveResult(
            SolveStatus.INFEASIBLE,
            (),
            (),
            None,
            None,
            seconds,
            conflicts=names or ("the locked meetings and minimums cannot all be kept together",),
        )
    if code == cp_model.MODEL_INVALID:
        raise ScheduleError("the scheduling model is invalid: " + model.validate())
    # Stopped before CP-SAT's first schedule: the greedy start is the best one known. It breaks a rule
    # only when locks contradict each other, which CP-SAT had no time to prove.
    fallback = build_meetings(instance, start_plan)
    if not validate(instance, fallback):
        return result_from(fallback, SolveStatus.FEASIBLE)
    status = SolveStatus.CANCELLED if cancelled else SolveStatus.UNKNOWN
    return SolveResult(status, (), (), None, bound_or_none, seconds, cancelled=cancelled)


def _fairness_tier(
    instance: Instance,
    model: cp_model.CpModel,
    vars: ScheduleVars,
    options: SolveOptions,
    start_plan: list[tuple[Pair, SlotId]],
    cancellation: Cancellation,
) -> Floor:
    """The worst-off level to keep, searched within a share of the time limit (see fairness.py)."""
    probe = cp_model.CpSolver()
    probe.parameters.max_time_in_seconds = max(0.01, options.time_limit * options.fair_share)
    probe.parameters.random_seed = options.seed
    probe.parameters.num_workers = options.workers or min(8, os.cpu_count() or 1)
    cancellation._attach(probe)
    try:
        return worst_off_level(instance, model, vars, probe, start_plan)
    finally:
        cancellation._attach(None)


def _solve_large(
    instance: Instance,
    options: SolveOptions,
    progress: ProgressCallback | None,
    cancellation: Cancellation,
    started: float,
    start_plan: list[tuple[Pair, SlotId]],
    ceiling: float,
) -> SolveResult:
    """Events too large for one model: the fair greedy start, improved window by window (neighbourhood.py).

    The fairness level is the one the start reaches; the bound is the value of every candidate at once.
    """
    worst_off = level_of(instance, start_plan) if options.fair else None

    def report(plan: list[tuple[Pair, SlotId]]) -> None:
        if progress is not None:
            value = float(plan_value(instance, plan))
            progress(SolveProgress(time.monotonic() - started, value, ceiling, 0))

    report(start_plan)
    if validate(instance, build_meetings(instance, start_plan)):
        return _infeasible(instance, time.monotonic() - started)
    plan = improve(
        instance,
        start_plan,
        floors(instance, worst_off) if worst_off else {},
        started + options.time_limit,
        seed=options.seed,
        workers=options.workers or min(8, os.cpu_count() or 1),
        stop=lambda: cancellation.cancelled,
        on_better=report,
    )
    meetings = build_meetings(instance, plan)
    problems = validate(instance, meetings)
    if problems:
        raise ScheduleError("the computed timetable breaks rules: " + "; ".join(problems))
    return SolveResult(
        status=SolveStatus.FEASIBLE,
        meetings=meetings,
        unmet=explain_unmet(instance, meetings),
        objective=float(objective_value(instance, meetings)),
        bound=ceiling,
        seconds=time.monotonic() - started,
        cancelled=cancellation.cancelled,
        worst_off=worst_off,
    )


def _infeasible(instance: Instance, seconds: float) -> SolveResult:
    """A large event whose start breaks the organiser's demands: name them by solving their conflict."""
    model = cp_model.CpModel()
    vars = ScheduleVars(instance, model)
    for rule in hard_rules():
        rule.build(instance, model, vars)
    demands = OrganiserRules()
    demands.build(instance, model, vars)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 60.0
    code = solver.solve(model)
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise ScheduleError("the start timetable breaks a rule that a full model can keep")
    names = demands.conflict(solver) if code == cp_model.INFEASIBLE else ()
    return SolveResult(
        SolveStatus.INFEASIBLE,
        (),
        (),
        None,
        None,
        seconds,
        conflicts=names or ("the locked meetings and minimums cannot all be kept together",),
    )


class ScheduleError(RuntimeError):
    """A computed timetable broke a rule: a defect in MeetGrid, never the organiser's doing."""
