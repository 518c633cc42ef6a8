"""Fairness first: every organisation that asked gets a meeting, the worst-off first."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f
from ortools.sat.python import cp_model

from app.domain import (
    Event,
    MeetingRequest,
    Organisation,
    SolveStatus,
    Tier,
)
from app.scheduler import Instance, Reason, SolveOptions, SolveResult, build_instance, solve, validate
from app.scheduler.assign import build_meetings
from app.scheduler.fairness import level_ceiling, level_of, worst_off_level
from app.scheduler.greedy import greedy_plan
from app.scheduler.rules import hard_rules
from app.scheduler.variables import ScheduleVars

pairs = f.pairs


reasons = f.reasons


# -- fairness first: every organisation that asked gets a meeting, the worst-off first -----------------------


def fairness_event() -> Event:
    """Host 1 has two slots. Guests 2 and 3 want it mutually (2 also mutually wants host 5), guest 4 only
    one-way: the most valuable timetable leaves guest 4 without any meeting."""
    orgs = f.organisations(5)
    wishes = f.requests([(1, 2), (2, 1), (1, 3), (3, 1), (4, 1), (2, 5), (5, 2)])
    return f.event(orgs, wishes=wishes, event_settings=f.settings(start=time(13), end=time(13, 45)))


def without_fairness(event: Event) -> Event:
    return dataclasses.replace(
        event, settings=dataclasses.replace(event.settings, tiers=(Tier.REQUESTS, Tier.IDLE_GAPS))
    )


def solved_with(event: Event, fair: bool) -> SolveResult:
    instance = build_instance(event if fair else without_fairness(event))
    result = solve(instance, SolveOptions(time_limit=10, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert validate(instance, result.meetings) == []
    return result


def test_fairness_gives_every_organisation_that_asked_a_meeting() -> None:
    result = solved_with(fairness_event(), fair=True)
    assert result.worst_off == 1
    assert pairs(result) == {(1, 3), (1, 4), (2, 5)}


def test_without_fairness_the_most_valuable_timetable_leaves_one_out() -> None:
    result = solved_with(fairness_event(), fair=False)
    assert pairs(result) == {(1, 2), (1, 3), (2, 5)}
    assert reasons(result)[(1, 4)] == Reason.NO_COMMON_FREE_SLOT


def test_fairness_does_not_demand_the_impossible() -> None:
    # Organisation 6 asks for a meeting but is never there: the floor for it is zero, the rest still fair.
    event = fairness_event()
    absent = Organisation(6, "Org 6", available_from=time(16))
    event = f.event(
        (*event.organisations, absent),
        wishes=(*event.requests, MeetingRequest(6, 1)),
        event_settings=event.settings,
    )
    result = solved_with(event, fair=True)
    assert result.worst_off == 1
    assert (1, 4) in pairs(result)
    assert reasons(result)[(1, 6)] == Reason.NO_COMMON_TIME


def probe_for(event: Event) -> tuple[Instance, cp_model.CpModel, ScheduleVars]:
    instance = build_instance(event)
    model = cp_model.CpModel()
    vars = ScheduleVars(instance, model)
    for rule in hard_rules():
        rule.build(instance, model, vars)
    return instance, model, vars


def test_the_level_can_never_exceed_what_the_seats_allow() -> None:
    # Four organisations who all want each other, one table, two slots: two meetings serve four seats.
    wishes = f.requests([(a, b) for a in range(1, 5) for b in range(1, 5) if a < b])
    event = f.event(f.organisations(4), wishes=wishes, event_settings=f.settings(tables=1, end=time(13, 45)))
    instance = build_instance(event)
    assert level_ceiling(instance) == 1
    two_tables = dataclasses.replace(event.settings, table_count=2)
    instance = build_instance(f.event(f.organisations(4), wishes=wishes, event_settings=two_tables))
    assert level_ceiling(instance) == 2


def test_the_search_lifts_the_level_above_a_poor_start() -> None:
    instance, model, vars = probe_for(fairness_event())
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    unfair_start = greedy_plan(instance)
    assert level_of(instance, unfair_start) == 0, "the value-first start leaves guest 4 out"
    floor = worst_off_level(instance, model, vars, solver, unfair_start)
    assert floor.level == 1
    assert validate(instance, build_meetings(instance, floor.plan)) == []
    assert {org for pair, _ in floor.plan for org in pair} == {1, 2, 3, 4, 5}


def test_the_fair_start_deals_meetings_out_in_rounds() -> None:
    instance = build_instance(fairness_event())
    start = greedy_plan(instance, fair_rounds=1)
    assert level_of(instance, start) == 1
    assert validate(instance, build_meetings(instance, start)) == []
