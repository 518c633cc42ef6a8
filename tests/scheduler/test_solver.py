"""The solver factory: the solve options become the same CP-SAT settings for every search."""

from __future__ import annotations

from app.scheduler import SolveOptions
from app.scheduler.solver import WORK_PER_SECOND, for_options, narrow, new_solver, one_worker, work_budget


def test_a_reproducible_step_stops_on_its_share_of_the_work_with_the_clock_as_guard() -> None:
    options = SolveOptions(time_limit=10, workers=4, seed=7)
    solver = for_options(options, seconds=2, wall=9, work_per_second=work_budget(options) / 10)
    p = solver.parameters
    assert (p.random_seed, p.num_workers, p.interleave_search) == (7, 4, True)
    assert p.max_time_in_seconds == 9
    assert p.max_deterministic_time == 2 * WORK_PER_SECOND


def test_a_free_running_step_stops_on_the_clock_without_interleaving() -> None:
    options = SolveOptions(time_limit=10, workers=4, seed=7, reproducible=False, log=True)
    p = for_options(options, seconds=2, wall=9, work_per_second=0.5).parameters
    assert (p.max_time_in_seconds, p.interleave_search, p.log_search_progress) == (2, False, True)
    assert p.max_deterministic_time == new_solver(1).parameters.max_deterministic_time  # no work budget


def test_one_worker_and_a_narrowed_portfolio() -> None:
    solver = new_solver(5, seed=1, workers=4, work=1.0)
    one_worker(solver)
    assert (solver.parameters.num_workers, solver.parameters.interleave_search) == (1, False)
    narrowed = new_solver(5, workers=4, work=1.0)
    narrow(narrowed, ["max_lp"])
    assert narrowed.parameters.num_workers == 1
    assert not narrowed.parameters.interleave_search
    assert list(narrowed.parameters.subsolvers) == ["max_lp"]
