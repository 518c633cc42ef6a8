"""Large events: window-by-window improvement keeps every rule and never makes a timetable worse."""

from __future__ import annotations

import dataclasses
import random
import time
from datetime import time as clock

import factories as f

from app.domain import Event, Meeting, SolveStatus
from app.scheduler import SolveOptions, build_instance, solve, validate
from app.scheduler.assign import build_meetings
from app.scheduler.fairness import level_of
from app.scheduler.greedy import greedy_plan
from app.scheduler.neighbourhood import improve, plan_value, restrict, windows


def crowded_event(meetings: tuple[Meeting, ...] = ()) -> Event:
    rng = random.Random(3)
    orgs = f.organisations(30)
    wishes = f.requests({(a, b) for a in range(1, 31) for b in rng.sample(range(1, 31), 5) if a != b})
    return f.event(
        orgs,
        wishes=wishes,
        event_settings=f.settings(start=clock(9), end=clock(12), tables=6),
        meetings=meetings,
    )


def test_windows_cover_every_slot_and_overlap() -> None:
    instance = build_instance(crowded_event())
    ids = instance.slot_ids
    spans = windows(instance, 4)
    assert set().union(*spans) == set(ids)
    assert all(len(w) == 4 for w in spans)
    assert all(spans[i] & spans[i + 1] for i in range(len(spans) - 1))


def test_a_window_counts_what_is_held_outside_it() -> None:
    event = crowded_event()
    instance = build_instance(dataclasses_replace_cap(event, 3))
    plan = [((1, 2), instance.slot_ids[0]), ((1, 3), instance.slot_ids[5])]
    window = frozenset(instance.slot_ids[4:7])
    part = restrict(instance, plan, window, {1: 2})
    assert part.slot_ids == instance.slot_ids[4:7]
    assert part.parties[1].max_meetings == 2, "one of its three meetings is outside the window"
    assert part.parties[1].min_meetings == 1, "the floor of two less the one outside"
    assert (1, 2) not in part.candidate_by_pair, "a pair that met outside the window cannot meet again"
    assert (1, 3) in part.candidate_by_pair, "a meeting inside the window may move or go"


def dataclasses_replace_cap(event: Event, cap: int) -> Event:
    return dataclasses.replace(event, settings=dataclasses.replace(event.settings, max_meetings=cap))


def test_improvement_only_ever_gains_and_keeps_every_rule() -> None:
    instance = build_instance(crowded_event())
    poor = greedy_plan(instance)[:5]
    assert validate(instance, build_meetings(instance, poor)) == []
    better = improve(instance, poor, {}, time.monotonic() + 20, seed=1, workers=1)
    assert plan_value(instance, better) > plan_value(instance, poor)
    assert validate(instance, build_meetings(instance, better)) == []


def test_large_path_keeps_locks_minimums_and_the_fair_level() -> None:
    plain = build_instance(crowded_event())
    pair = plain.candidates[0].pair
    lock = Meeting(1, plain.slot_ids[3], 2, pair, (), locked=True)
    instance = build_instance(crowded_event((lock,)))
    result = solve(instance, SolveOptions(time_limit=10, workers=1, large_model=0))
    assert result.status == SolveStatus.FEASIBLE
    assert validate(instance, result.meetings) == []
    assert any(m.organisation_ids == pair and m.slot_id == lock.slot_id for m in result.meetings)
    assert result.worst_off is not None and result.worst_off >= 1
    planned = [(m.organisation_ids, m.slot_id) for m in result.meetings]
    assert level_of(instance, planned) >= result.worst_off


def test_large_path_names_a_minimum_that_cannot_be_met() -> None:
    event = crowded_event()
    loner = next(o for o in event.organisations if o.id == 30)
    wanted = sum(1 for r in event.requests if 30 in (r.requester_id, r.requested_id))
    event = dataclasses.replace(
        event,
        organisations=tuple(
            dataclasses.replace(o, min_meetings=wanted + 1) if o is loner else o for o in event.organisations
        ),
    )
    result = solve(build_instance(event), SolveOptions(time_limit=10, workers=1, large_model=0))
    assert result.status == SolveStatus.INFEASIBLE
    assert result.conflicts == (f"at least {wanted + 1} meetings for Org 30",)
