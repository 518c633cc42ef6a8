"""One place that turns the solve options into a configured CP-SAT solver, for every search MeetGrid runs.

Every caller (the tiers of ``solve.py``, the windows of ``neighbourhood.py``, the idle-gaps questions of
``compact.py``, the confirmed mode's searches, the conflict of a large event's demands) asks here, so the
seed, the number of workers, the clock and the work budget of a reproducible solve are set the same way
everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

if TYPE_CHECKING:
    from app.scheduler.solve import SolveOptions

WORK_PER_SECOND = 0.5
"""CP-SAT deterministic time a search may spend per second of the time limit, when reproducible. CP-SAT on a
2-core laptop does 0.7 to 1.7 units a second, and building models takes time it does not count, so the work
budget ends a solve well before the clock does (a 3 s limit ends after about 2.1 s); only where the clock
ends it first can the timetable differ from run to run."""


def new_solver(
    seconds: float,
    *,
    seed: int | None = None,
    workers: int | None = None,
    work: float | None = None,
    log: bool = False,
    portfolio: Sequence[str] = (),
) -> cp_model.CpSolver:
    """A CP-SAT solver that stops after ``seconds`` on the clock, and, given ``work``, after that much
    deterministic work with its workers interleaved (see ``repeatable``). ``portfolio`` names the
    workers' strategies; without ``workers`` CP-SAT picks how many."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    if seed is not None:
        solver.parameters.random_seed = seed
    if workers is not None:
        solver.parameters.num_workers = workers
    if log:
        solver.parameters.log_search_progress = True
    if work is not None:
        repeatable(solver, work)
    solver.parameters.subsolvers.extend(portfolio)
    return solver


def for_options(
    options: SolveOptions, seconds: float, wall: float, work_per_second: float
) -> cp_model.CpSolver:
    """The solver of one step of a solve that may spend ``seconds`` of its time limit, ``wall`` seconds
    being left on the clock: reproducible, it stops after that share of the work budget (the clock only
    guards); free-running, after those seconds."""
    if options.reproducible:
        return new_solver(
            wall,
            seed=options.seed,
            workers=worker_count(options),
            log=options.log,
            work=max(0.01, seconds) * work_per_second,
        )
    return new_solver(
        max(0.01, min(seconds, wall)), seed=options.seed, workers=worker_count(options), log=options.log
    )


def worker_count(options: SolveOptions) -> int:
    """CP-SAT workers per search: as the options say, else one per core up to 8."""
    return options.workers or min(8, os.cpu_count() or 1)


def repeatable(solver: cp_model.CpSolver, work: float) -> None:
    """Make a search's result depend on the model alone, not on how its threads happen to interleave:
    interleaved workers, stopped after ``work`` units of CP-SAT's deterministic time."""
    solver.parameters.interleave_search = True
    solver.parameters.max_deterministic_time = max(0.001, work)


def one_worker(solver: cp_model.CpSolver) -> None:
    """One worker, not interleaved: deterministic as it is, and the LP-guided worker alone proves some
    tiers at once that interleaved workers take seconds over (the interpreting tier)."""
    solver.parameters.num_workers = 1
    solver.parameters.interleave_search = False


def narrow(solver: cp_model.CpSolver, portfolio: Sequence[str]) -> None:
    """Run only the workers named in ``portfolio``, no more than the solver had."""
    solver.parameters.num_workers = min(solver.parameters.num_workers, len(portfolio))
    solver.parameters.subsolvers.extend(portfolio)
    # One worker is reproducible as it is; interleaving would only slow it down.
    solver.parameters.interleave_search &= solver.parameters.num_workers > 1


def work_budget(options: SolveOptions) -> float:
    """The CP-SAT work a reproducible solve may spend."""
    return options.work_limit if options.work_limit is not None else options.time_limit * WORK_PER_SECOND
