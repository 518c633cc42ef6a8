"""Solve an instance with CP-SAT: progress through a plain callback, cancellation from any thread.

Over 400 lines because the tiers share one model and one time budget (``_Tiers``); apart, they would pass that
state around.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from ortools.sat.python import cp_model

from app.domain import Meeting, Pair, SlotId, SolverRun, SolveStatus, Tier, UnmetRequest
from app.scheduler.agreed import agreed_conflicts, holds_agreed, place_agreed, repair_agreed
from app.scheduler.agreed_engine import ENGINE_SHARE, EngineView, engine_view, plan_with_engine
from app.scheduler.assign import assign_interpreters, build_meetings, interpreted
from app.scheduler.cancellation import Cancellation
from app.scheduler.compact import minimise_gaps
from app.scheduler.confirmed_instance import ConfirmedProgress
from app.scheduler.explain import explain_unmet
from app.scheduler.fairness import (
    add_floors,
    fair_start,
    floors,
    level_ceiling,
    level_of,
    worst_off_level,
)
from app.scheduler.gaps import count_gaps, plan_gaps
from app.scheduler.greedy import greedy_plan
from app.scheduler.instance import Instance
from app.scheduler.neighbourhood import LARGE_MODEL, Plan, improve, model_size, plan_value
from app.scheduler.retime import retime
from app.scheduler.rules import OrganiserRules, hard_rules, interpreted_meetings, request_value
from app.scheduler.solver import for_options, one_worker, work_budget, worker_count
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
    work_limit: float | None = None
    """When reproducible: the CP-SAT work (deterministic time) the solve may spend; by default
    ``WORK_PER_SECOND`` a second of the time limit. Give it to get the same timetable on machines of
    different speeds, with a time limit generous enough for the slowest."""
    reproducible: bool = True
    """The same event and options give the same timetable: the workers share their work in fixed batches
    and each search stops after a fixed amount of work (CP-SAT's deterministic time) rather than at a
    clock time. The time limit still applies; only a machine so slow that the clock stops a search first
    can give another timetable. See docs/architecture.md for what it costs."""
    large_model: int = LARGE_MODEL
    """Above this many meeting variables the event is improved window by window (neighbourhood.py)."""


@dataclass(frozen=True, slots=True)
class SolveProgress:
    elapsed: float
    objective: float | None
    bound: float | None
    solutions: int
    tier: Tier = Tier.REQUESTS
    """The tier being optimised; objective and bound are in its terms (idle gaps: lower is better)."""

    @property
    def gap(self) -> float | None:
        """Relative distance between the best schedule and the proven bound (0 = proven best)."""
        if self.objective is None or self.bound is None:
            return None
        largest = max(abs(self.objective), abs(self.bound))
        return 0.0 if largest == 0 else abs(self.bound - self.objective) / largest


ProgressCallback = Callable[[SolveProgress], None]


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
    idle_gaps: int | None = None
    """Runs of idle slots between two meetings, summed over the organisations (see gaps.py)."""

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
        tier: Tier = Tier.REQUESTS,
    ) -> None:
        super().__init__()
        self._tier = tier
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

    floor: float | None = None
    """For a tier minimised: no timetable goes below it (CP-SAT's early bounds can)."""

    def _tighter(self, bound: float) -> float:
        if self.floor is not None:
            bound = max(bound, self.floor)
        return bound if self.ceiling is None else min(bound, self.ceiling)

    def start(self, objective: float) -> None:
        """Report the greedy timetable the search starts from: a valid timetable from the first moment."""
        self.objective = objective
        self.bound = self.ceiling if self.ceiling is not None else self.floor
        self._emit()

    def finish(self, objective: float, bound: float | None) -> None:
        """Report where the tier ended: the timetable kept and the bound proven."""
        self.objective, self.bound = objective, bound
        self._emit()

    def _emit(self) -> None:
        if self._cancellation.cancelled:
            self._solver.stop_search()
        if self._progress is not None:
            elapsed = time.monotonic() - self._started
            self._progress(SolveProgress(elapsed, self.objective, self.bound, self.solutions, self._tier))


def conflicts_before_solving(instance: Instance) -> list[str]:
    """Locked meetings that cannot hold whatever else happens (a side away, a table used twice), and agreed
    meetings that cannot all take place by counting alone."""
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
    return problems + agreed_conflicts(instance)


def solve(
    instance: Instance,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> SolveResult:
    """Choose and time the meetings; always returns an explicit result, never an empty silent one.

    The objective's tiers are met one after another, in the organiser's order: each tier is optimised
    while every tier before it keeps the value it reached (lexicographic optimisation).
    """
    options = options or SolveOptions()
    cancellation = cancellation or Cancellation()
    started = time.monotonic()
    if cancellation.cancelled:
        return SolveResult(SolveStatus.CANCELLED, (), (), None, None, 0.0, cancelled=True)

    conflicts = conflicts_before_solving(instance)
    if conflicts:
        return SolveResult(SolveStatus.INFEASIBLE, (), (), None, None, 0.0, conflicts=tuple(conflicts))
    view = engine_view(instance)
    if view is not None:
        engine = _solve_with_engine(instance, view, options, progress, cancellation, started)
        if engine.has_schedule or engine.status == SolveStatus.INFEASIBLE or cancellation.cancelled:
            return engine
        # No timetable from the engine in its share of the time: the full planner goes on with the rest.
        left = options.time_limit - (time.monotonic() - started)
        options = dataclasses.replace(options, time_limit=max(1.0, left))
        started = time.monotonic()

    fair = Tier.FAIRNESS in instance.tiers
    start_plan = fair_start(instance) if fair else greedy_plan(instance)
    if not holds_agreed(instance, start_plan) and model_size(instance) > options.large_model:
        # The greedy start missed an agreed meeting: on a large event, windows make room for it.
        start_plan = repair_agreed(
            instance,
            start_plan,
            started + options.time_limit * AGREED_SHARE,
            cancellation._attach,
            lambda: cancellation.cancelled,
        )
    if not holds_agreed(instance, start_plan):
        # Still one missing: ask CP-SAT for any timetable that holds them all, or why there is none.
        left = max(1.0, options.time_limit * AGREED_SHARE - (time.monotonic() - started))
        found = place_agreed(instance, left, cancellation._attach)
        if found.plan is None:
            seconds = time.monotonic() - started
            if found.conflicts:
                return SolveResult(
                    SolveStatus.INFEASIBLE, (), (), None, None, seconds, conflicts=found.conflicts
                )
            status = SolveStatus.CANCELLED if cancellation.cancelled else SolveStatus.UNKNOWN
            return SolveResult(status, (), (), None, None, seconds, cancelled=cancellation.cancelled)
        agreed = {c.pair for c in instance.agreed}
        given = [(pair, slot) for pair, slot in found.plan if pair in agreed]
        start_plan = fair_start(instance, given) if fair else greedy_plan(instance, given=given)
    if model_size(instance) > options.large_model:
        return _solve_large(instance, options, progress, cancellation, started, start_plan)

    tiers = _Tiers(instance, options, progress, cancellation, started)
    plan, from_solver = start_plan, False
    for tier in instance.tiers:
        if tiers.stopped():
            break
        outcome = tiers.run(tier, plan)
        if outcome is None:  # the organiser's demands contradict each other
            return SolveResult(
                SolveStatus.INFEASIBLE,
                (),
                (),
                None,
                None,
                time.monotonic() - started,
                conflicts=tiers.demands.conflict(tiers.last_solver, tiers.model, SHRINK_SECONDS)
                or ("the locked meetings and minimums cannot all be kept together",),
            )
        if outcome is not plan:
            plan, from_solver = outcome, True
    seconds = time.monotonic() - started
    cancelled = cancellation.cancelled

    meetings = build_meetings(instance, plan)
    problems = validate(instance, meetings)
    if problems and from_solver:  # a defect, not an organiser's mistake: never hand out such a timetable
        raise ScheduleError("the computed timetable breaks rules: " + "; ".join(problems))
    if problems:
        # No solver timetable yet, and the greedy start breaks a rule: locks that contradict each other,
        # which the solver had no time to prove.
        status = SolveStatus.CANCELLED if cancelled else SolveStatus.UNKNOWN
        return SolveResult(status, (), (), None, tiers.request_bound, seconds, cancelled=cancelled)
    return SolveResult(
        status=SolveStatus.OPTIMAL if tiers.proven and not cancelled else SolveStatus.FEASIBLE,
        meetings=meetings,
        unmet=explain_unmet(instance, meetings),
        objective=float(objective_value(instance, meetings)),
        bound=tiers.request_bound,
        seconds=seconds,
        cancelled=cancelled,
        worst_off=level_of(instance, plan) if fair else None,
        idle_gaps=sum(count_gaps(instance, plan).values()),
    )


AGREED_SHARE = 0.5
"""The share of the time limit a search for any timetable holding every agreed meeting may take, when the
greedy start misses one."""
SHRINK_SECONDS = 10.0
"""How long the organiser's demands that cannot hold together may be shrunk to a smaller set."""


TIER_WEIGHT: Mapping[Tier, float] = {
    Tier.FAIRNESS: 1.0,
    Tier.REQUESTS: 3.0,
    Tier.INTERPRETING: 1.0,
    Tier.IDLE_GAPS: 2.0,
}
"""How the time limit is shared among the tiers still to run; time a tier leaves unused goes to the next."""


class _Tiers:
    """One CP-SAT model, optimised tier after tier; each tier's value is then kept as a constraint."""

    def __init__(
        self,
        instance: Instance,
        options: SolveOptions,
        progress: ProgressCallback | None,
        cancellation: Cancellation,
        started: float,
    ) -> None:
        self.instance = instance
        self.options = options
        self.progress = progress
        self.cancellation = cancellation
        self.started = started
        self.model = cp_model.CpModel()
        self.vars = ScheduleVars(instance, self.model)
        for rule in hard_rules():
            rule.build(instance, self.model, self.vars)
        self.demands = OrganiserRules()
        self.demands.build(instance, self.model, self.vars)
        self.remaining = list(instance.tiers)
        self.done: list[Tier] = []
        """Tiers started, in order; each one's value is kept once it is done."""
        self.proven = True
        """Every tier so far reached its proven optimum."""
        self.ceiling = float(sum(c.value for c in instance.candidates))
        self.request_bound: float | None = self.ceiling
        self.last_solver = cp_model.CpSolver()
        self.work_per_second = work_budget(options) / options.time_limit
        self.work = 0.0
        """Work done outside CP-SAT's searches, in its deterministic time units (the moves of retime)."""
        self._solvers: list[cp_model.CpSolver] = []

    def stopped(self) -> bool:
        """Cancelled: the tiers still to run are left as they are."""
        if self.cancellation.cancelled:
            self.proven = False
        return self.cancellation.cancelled

    def elapsed(self) -> float:
        """Seconds of the time limit used: CP-SAT's work when reproducible (so that no budget depends on
        timing), else the clock."""
        if self.options.reproducible:
            done = 0.0
            for solver in self._solvers:
                with contextlib.suppress(RuntimeError):  # made but not run
                    done += solver.deterministic_time
            return (self.work + done) / self.work_per_second
        return time.monotonic() - self.started

    def new_solver(self, seconds: float) -> cp_model.CpSolver:
        """A solver with the options' settings that may spend ``seconds`` of the time limit."""
        wall = max(0.01, self.options.time_limit - (time.monotonic() - self.started))
        solver = for_options(self.options, seconds, wall, self.work_per_second)
        self._solvers.append(solver)
        self.last_solver = solver
        return solver

    def _budget(self, tier: Tier) -> float:
        """The tier's share of the time left."""
        share = TIER_WEIGHT[tier] / sum(TIER_WEIGHT[t] for t in self.remaining)
        self.remaining.remove(tier)
        return max(0.01, (self.options.time_limit - self.elapsed()) * share)

    def _hint(self, plan: Plan) -> None:
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        hinted = set(plan)
        for meeting in self.vars.meetings:
            for slot, var in meeting.items():
                self.model.add_hint(var, (meeting.pair, slot) in hinted)

    def _plan(self, solver: cp_model.CpSolver) -> Plan:
        return [(m.pair, chosen) for m in self.vars.meetings if (chosen := m.extract(solver)) is not None]

    def run(self, tier: Tier, plan: Plan) -> Plan | None:
        """Optimise one tier from ``plan`` (valid under every earlier tier); None when infeasible."""
        seconds = self._budget(tier)
        self.done.append(tier)
        if tier is Tier.FAIRNESS:
            solver = self.new_solver(seconds)
            reporter = _Reporter(self.progress, self.started, solver, self.cancellation, tier)
            reporter.ceiling = float(level_ceiling(self.instance))
            reporter.start(float(level_of(self.instance, plan)))
            self.cancellation._attach(solver)
            try:
                floor = worst_off_level(self.instance, self.model, self.vars, solver, plan, reporter)
            finally:
                self.cancellation._attach(None)
            reporter.finish(float(floor.level), float(floor.level) if floor.proven else reporter.bound)
            self.proven &= floor.proven
            add_floors(self.instance, self.model, self.vars, floor.level)
            return floor.plan
        if tier is Tier.IDLE_GAPS:
            return self._idle_gaps(plan, seconds)
        if tier is Tier.INTERPRETING:
            return self._interpreting(plan, seconds)
        return self._requests(plan, seconds)

    def _idle_gaps(self, plan: Plan, seconds: float) -> Plan:
        until = self.elapsed() + seconds
        # Moving meetings between slots closes most gaps at once: a better start for the search.
        deadline = self.started + self.options.time_limit
        work = seconds * self.work_per_second / 4 if self.options.reproducible else None
        moved, used = retime(self.instance, plan, deadline, lambda: self.cancellation.cancelled, work)
        self.work += used
        if plan_gaps(self.instance, moved) < plan_gaps(self.instance, plan) and (
            Tier.INTERPRETING not in self.done
            or interpreted(self.instance, moved) >= interpreted(self.instance, plan)
        ):
            plan = moved
        reporter = _Reporter(self.progress, self.started, self.last_solver, self.cancellation, Tier.IDLE_GAPS)
        compacted = minimise_gaps(
            self.instance,
            self.model,
            self.vars,
            plan,
            max(0.01, until - self.elapsed()),
            self.new_solver,
            self.cancellation,
            reporter.finish,
            self.elapsed,
        )
        self.proven &= compacted.proven
        return compacted.plan

    def _search(self, solver: cp_model.CpSolver, reporter: _Reporter) -> int:
        """Solve the model as it stands, reporting progress and open to cancellation; CP-SAT's status."""
        solver.best_bound_callback = reporter.on_bound
        self.cancellation._attach(solver)
        try:
            code = solver.solve(self.model, reporter)
        finally:
            self.cancellation._attach(None)
        if code == cp_model.MODEL_INVALID:
            raise ScheduleError("the scheduling model is invalid: " + self.model.validate())
        return int(code)

    def _interpreting(self, plan: Plan, seconds: float) -> Plan:
        """As many meetings that would like an interpreter as possible get one, the meetings of the earlier
        tiers kept; its value is then kept as a constraint like the others'."""
        if not any(c.prefers_interpreter for c in self.instance.candidates):
            return plan
        covered = interpreted_meetings(self.instance, self.model, self.vars)
        reached = interpreted(self.instance, plan)
        solver = self.new_solver(seconds)
        if self.options.reproducible:
            # Interleaved workers take seconds to prove what the LP-guided worker alone proves at once (the
            # delegation day: 19 s against 0.4 s); one worker is deterministic as it is.
            one_worker(solver)
        reporter = _Reporter(self.progress, self.started, solver, self.cancellation, Tier.INTERPRETING)
        reporter.ceiling = float(len({c.pair for c in self.instance.candidates if c.prefers_interpreter}))
        reporter.start(float(reached))
        best, proven = plan, True
        if covered and reached < reporter.ceiling:
            self.model.maximize(sum(covered.values()))
            self._hint(plan)
            named = assign_interpreters(self.instance, plan)
            for key, var in covered.items():
                self.model.add_hint(var, key in named)
            code = self._search(solver, reporter)
            if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                found = self._plan(solver)
                if interpreted(self.instance, found) > reached:
                    best, reached = found, interpreted(self.instance, found)
            proven = code == cp_model.OPTIMAL or reached >= reporter.ceiling
            self.model.clear_objective()  # type: ignore[no-untyped-call]
        self.proven &= proven
        reporter.finish(float(reached), float(reached) if proven else reporter.bound)
        if covered:
            self.model.add(sum(covered.values()) >= reached)
        return best

    def _requests(self, plan: Plan, seconds: float) -> Plan | None:
        solver = self.new_solver(seconds)
        term = request_value(self.instance, self.vars)
        expression, value_of = term.expression, partial(plan_value, self.instance)
        self.model.maximize(expression)
        self._hint(plan)
        reporter = _Reporter(self.progress, self.started, solver, self.cancellation, Tier.REQUESTS)
        reporter.ceiling = self.ceiling
        reporter.start(float(value_of(plan)))
        code = self._search(solver, reporter)
        if code == cp_model.INFEASIBLE:
            return None
        best = plan
        if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = self._plan(solver)
            # CP-SAT's first timetables can be worse than the one it was given.
            if value_of(found) > value_of(plan):
                best = found
        self.proven &= code == cp_model.OPTIMAL
        reached = value_of(best)
        bound = reporter.bound
        if code in (cp_model.OPTIMAL, cp_model.FEASIBLE) and math.isfinite(solver.best_objective_bound):
            bound = reporter._tighter(float(solver.best_objective_bound))
        if code == cp_model.OPTIMAL:
            bound = float(reached)
        reporter.finish(float(reached), bound)
        self.request_bound = bound if bound is not None else self.ceiling
        self.model.add(expression >= reached)
        self.model.clear_objective()  # type: ignore[no-untyped-call]
        return best


def _solve_large(
    instance: Instance,
    options: SolveOptions,
    progress: ProgressCallback | None,
    cancellation: Cancellation,
    started: float,
    start_plan: list[tuple[Pair, SlotId]],
) -> SolveResult:
    """Events too large for one model: the fair greedy start, improved window by window (neighbourhood.py).

    The fairness level is the one the start reaches; the bound is the value of every candidate at once.
    """
    ceiling = float(sum(c.value for c in instance.candidates))
    worst_off = level_of(instance, start_plan) if Tier.FAIRNESS in instance.tiers else None

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
        workers=worker_count(options),
        work=work_budget(options) if options.reproducible else None,
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
        idle_gaps=sum(count_gaps(instance, plan).values()),
    )


def _solve_with_engine(
    instance: Instance,
    view: EngineView,
    options: SolveOptions,
    progress: ProgressCallback | None,
    cancellation: Cancellation,
    started: float,
) -> SolveResult:
    """Every request agreed, on a day the engine of agreed meetings knows: see ``agreed_engine``."""

    def report(step: ConfirmedProgress) -> None:
        if progress is not None:
            progress(SolveProgress(time.monotonic() - started, None, float(step.bound), 0, Tier.IDLE_GAPS))

    found = plan_with_engine(instance, view, options.time_limit * ENGINE_SHARE, report, cancellation)
    seconds = time.monotonic() - started
    if found.status == "INFEASIBLE":
        return SolveResult(SolveStatus.INFEASIBLE, (), (), None, None, seconds, conflicts=found.conflicts)
    if not found.plan:
        status = SolveStatus.CANCELLED if cancellation.cancelled else SolveStatus.UNKNOWN
        return SolveResult(status, (), (), None, None, seconds, cancelled=cancellation.cancelled)
    meetings = build_meetings(instance, found.plan)
    problems = validate(instance, meetings)
    if problems:
        raise ScheduleError("the computed timetable breaks rules: " + "; ".join(problems))
    value = float(objective_value(instance, meetings))
    return SolveResult(
        status=SolveStatus.OPTIMAL if found.status == "OPTIMAL" else SolveStatus.FEASIBLE,
        meetings=meetings,
        unmet=explain_unmet(instance, meetings),
        objective=value,
        bound=value,
        seconds=seconds,
        cancelled=cancellation.cancelled,
        idle_gaps=sum(count_gaps(instance, found.plan).values()),
    )


def _infeasible(instance: Instance, seconds: float) -> SolveResult:
    """A large event whose start breaks the organiser's demands: name them by solving their conflict."""
    found = place_agreed(instance, 60.0)
    if found.plan is not None:
        raise ScheduleError("the start timetable breaks a rule that a full model can keep")
    names = found.conflicts
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
