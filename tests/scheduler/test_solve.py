"""Solver behaviour around the rules: progress, cancellation, time limits and explicit statuses."""

from __future__ import annotations

import threading
from datetime import time

import factories as f

from app.domain import Event, Meeting, Organisation, Priority, SolveStatus, Tier
from app.scheduler import Cancellation, SolveOptions, SolveProgress, build_instance, solve, validate
from app.scheduler.assign import build_meetings
from app.scheduler.fairness import fair_start, level_of
from app.scheduler.greedy import greedy_plan


def busy_event(hosts: int = 30, guests: int = 30) -> Event:
    """Every guest asks for every host: far more wishes than a short afternoon can hold."""
    orgs = f.organisations(hosts + guests)
    wishes = f.requests((g, h) for g in range(hosts + 1, hosts + guests + 1) for h in range(1, hosts + 1))
    wishes += f.requests(((h, h + hosts) for h in range(1, hosts + 1)), Priority.MUST_MEET)
    return f.event(orgs, wishes=wishes, event_settings=f.settings(start=time(9), end=time(17), tables=20))


def test_progress_reports_objective_and_bound() -> None:
    seen: list[SolveProgress] = []
    instance = build_instance(f.delegation_day())
    result = solve(instance, SolveOptions(time_limit=10, workers=1), progress=seen.append)
    assert result.status == SolveStatus.OPTIMAL
    requests = [p for p in seen if p.objective is not None and p.tier is Tier.REQUESTS]
    assert requests, "no progress reported for any solution"
    assert requests[-1].objective == result.objective == requests[-1].bound
    assert all(p.bound is None or p.bound >= p.objective for p in requests if p.objective is not None)
    assert requests[-1].solutions >= 1
    gaps = [p for p in seen if p.tier is Tier.IDLE_GAPS]
    assert gaps, "the idle-gaps tier reports its progress too"
    assert gaps[-1].objective == gaps[-1].bound
    assert all(p.bound is None or 0 <= p.bound <= p.objective for p in gaps if p.objective is not None)


def test_cancel_from_another_thread_keeps_the_best_schedule_so_far() -> None:
    instance = build_instance(busy_event())
    cancellation = Cancellation()
    first_solution = threading.Event()

    def progress(p: SolveProgress) -> None:
        if p.objective is not None:
            first_solution.set()

    canceller = threading.Thread(target=lambda: first_solution.wait(60) and cancellation.cancel())
    canceller.start()
    result = solve(instance, SolveOptions(time_limit=300, workers=2), progress, cancellation)
    canceller.join()
    assert result.cancelled
    assert result.status in (SolveStatus.FEASIBLE, SolveStatus.OPTIMAL)
    assert result.meetings
    assert validate(instance, result.meetings) == []


def test_cancelled_before_starting_returns_an_explicit_status() -> None:
    cancellation = Cancellation()
    cancellation.cancel()
    result = solve(build_instance(busy_event()), SolveOptions(time_limit=60), None, cancellation)
    assert result.cancelled
    assert result.status in (SolveStatus.CANCELLED, SolveStatus.FEASIBLE)
    if result.status == SolveStatus.CANCELLED:
        assert result.meetings == () and not result.has_schedule


def test_a_short_time_limit_still_gives_a_valid_schedule_with_its_bound() -> None:
    instance = build_instance(busy_event(40, 40))
    result = solve(instance, SolveOptions(time_limit=0.5, workers=2))
    assert result.has_schedule
    assert result.bound is not None and result.objective is not None
    assert result.bound >= result.objective
    assert validate(instance, result.meetings) == []


def test_an_event_without_requests_solves_to_an_empty_optimal_schedule() -> None:
    result = solve(build_instance(f.event(f.organisations(3))), SolveOptions(time_limit=5))
    assert result.status == SolveStatus.OPTIMAL
    assert result.meetings == () and result.unmet == ()


def test_unmet_pairs_are_all_explained() -> None:
    event = busy_event(10, 10)
    instance = build_instance(event)
    result = solve(instance, SolveOptions(time_limit=10, workers=2))
    met = {m.organisation_ids for m in result.meetings}
    unmet = {u.organisation_ids for u in result.unmet}
    assert met | unmet == set(event.requested_pairs)
    assert not met & unmet
    assert all(u.detail for u in result.unmet)


def test_validator_names_each_broken_rule() -> None:
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2)]))
    instance = build_instance(event)
    bad = [
        Meeting(1, 1, 1, (1, 3), (1, 3)),  # nobody asked for it
        Meeting(2, 1, 9, (1, 2), (2,)),  # no such table, and nobody from organisation 2... attends for 1
        Meeting(3, 99, 1, (1, 2), (1, 2)),  # no such slot
    ]
    problems = validate(instance, bad)
    assert any("neither side requested" in p for p in problems)
    assert any("no such table 9" in p for p in problems)
    assert any("nobody from Org 1 attends" in p for p in problems)
    assert any("no such slot" in p for p in problems)


def test_the_greedy_start_respects_every_rule() -> None:
    capped = busy_event(12, 15)
    orgs = tuple(
        Organisation(
            o.id, o.name, available_from=time(10) if o.id % 3 == 0 else None, max_meetings=o.id % 4 + 1
        )
        for o in capped.organisations
    )
    event = f.event(
        orgs, wishes=capped.requests, event_settings=f.settings(start=time(9), end=time(12), tables=5)
    )
    instance = build_instance(event)
    plan = greedy_plan(instance)
    assert plan
    assert validate(instance, build_meetings(instance, plan)) == []


def test_the_first_progress_is_the_greedy_timetable_and_bounds_never_exceed_the_ceiling() -> None:
    seen: list[SolveProgress] = []
    instance = build_instance(busy_event())
    solve(instance, SolveOptions(time_limit=3, workers=1), progress=seen.append)
    ceiling = sum(c.value for c in instance.candidates)
    start = fair_start(instance)
    assert seen[0].tier is Tier.FAIRNESS and seen[0].solutions == 0
    assert seen[0].objective == level_of(instance, start) > 0
    first = next(p for p in seen if p.tier is Tier.REQUESTS)
    assert first.solutions == 0 and first.objective is not None
    assert first.objective >= sum(instance.candidate_by_pair[pair].value for pair, _ in start) > 0
    assert all(p.bound is not None and p.bound <= ceiling for p in seen if p.tier is Tier.REQUESTS)
    assert all(p.bound is not None and p.bound >= 0 for p in seen if p.tier is Tier.IDLE_GAPS)


def test_an_unmet_pair_names_the_side_that_is_fully_booked() -> None:
    orgs = (Organisation(1, "Solo Host AS"), *f.organisations(4)[1:])
    wishes = f.requests([(2, 1), (3, 1), (4, 1)])
    event = f.event(
        orgs, wishes=wishes, event_settings=f.settings(start=time(13), end=time(13, 45), tables=4)
    )
    result = solve(build_instance(event), SolveOptions(time_limit=10))
    assert len(result.meetings) == 2
    (unmet,) = result.unmet
    assert unmet.reason == "no common free slot"
    assert unmet.detail.startswith("Solo Host AS is in other meetings, which rank higher, in every slot")
