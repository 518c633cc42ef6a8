"""The organiser's demands: locked meetings and minimum meetings. The rule: trivially feasible, a forced
violation, and a near miss that is allowed."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f

from app.domain import (
    Event,
    Meeting,
    Organisation,
    Priority,
    SolveStatus,
    Tier,
)
from app.scheduler import SolveOptions, build_instance, solve, validate

solved = f.solved


pairs = f.pairs


def without_fairness(event: Event) -> Event:
    return dataclasses.replace(
        event, settings=dataclasses.replace(event.settings, tiers=(Tier.REQUESTS, Tier.IDLE_GAPS))
    )


# -- locked meetings ----------------------------------------------------------------------------------------


def test_a_locked_meeting_stays_at_its_slot_and_table() -> None:
    locked = Meeting(1, 4, 3, (1, 2), (1, 2), locked=True)
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), meetings=[locked])
    result = solved(event)
    kept = next(m for m in result.meetings if m.organisation_ids == (1, 2))
    assert (kept.slot_id, kept.table_id, kept.locked) == (4, 3, True)


def test_contradicting_locks_are_named_not_silently_dropped() -> None:
    # Organisation 1 has one person, locked into two meetings at the same time.
    locks = [Meeting(1, 2, 1, (1, 2), (1, 2), True), Meeting(2, 2, 2, (1, 3), (1, 3), True)]
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), meetings=locks)
    result = solve(build_instance(event), SolveOptions(time_limit=10, workers=1))
    assert result.status == SolveStatus.INFEASIBLE
    assert result.meetings == ()
    assert len(result.conflicts) == 2
    assert all("Org 1" in c for c in result.conflicts)


def test_locks_at_the_same_time_are_fine_for_an_organisation_with_two_people() -> None:
    locks = [Meeting(1, 2, 1, (1, 2), (1,), True), Meeting(2, 2, 2, (1, 3), (2,), True)]
    people = f.people({1: 2, 2: 1, 3: 1})
    event = f.event(f.organisations(3), people, f.requests([(1, 2), (1, 3)]), meetings=locks)
    result = solved(event)
    by_pair = {m.organisation_ids: m for m in result.meetings}
    assert set(by_pair[(1, 2)].participant_ids) & {1, 2} == {1}
    assert set(by_pair[(1, 3)].participant_ids) & {1, 2} == {2}


def test_a_lock_when_one_side_is_away_is_reported_before_solving() -> None:
    orgs = (Organisation(1, "Late", available_from=time(14)), Organisation(2, "Early"))
    lock = Meeting(1, 1, 1, (1, 2), (), True)
    result = solve(build_instance(f.event(orgs, wishes=f.requests([(1, 2)]), meetings=[lock])))
    assert result.status == SolveStatus.INFEASIBLE
    assert "not at the event then" in result.conflicts[0]


# -- minimum meetings per organisation ----------------------------------------------------------------------


def test_a_minimum_is_kept_even_when_other_meetings_are_worth_more() -> None:
    # Org 1 has one slot and a must-meet with 2; its minimum of one meeting for org 3 wins that slot.
    one_slot = f.settings(start=time(13), end=time(13, 20))
    orgs = (*f.organisations(2), Organisation(3, "Org 3", min_meetings=1))
    wishes = f.requests([(1, 2), (2, 1)], Priority.MUST_MEET) + f.requests([(3, 1)], Priority.IF_TIME_ALLOWS)
    result = solve(
        build_instance(without_fairness(f.event(orgs, wishes=wishes, event_settings=one_slot))),
        SolveOptions(workers=1),
    )
    assert result.status == SolveStatus.OPTIMAL
    assert pairs(result) == {(1, 3)}


def test_an_impossible_minimum_is_named() -> None:
    orgs = (*f.organisations(2), Organisation(3, "Eager", min_meetings=3))
    event = f.event(orgs, wishes=f.requests([(3, 1), (3, 2)]))
    result = solve(build_instance(event), SolveOptions(time_limit=10, workers=1))
    assert result.status == SolveStatus.INFEASIBLE
    assert result.conflicts == ("at least 3 meetings for Eager",)


def test_an_event_wide_minimum_asks_no_more_than_an_organisation_wished() -> None:
    event = f.event(
        f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), event_settings=f.settings(min_meetings=2)
    )
    result = solved(event)
    assert pairs(result) == {(1, 2), (1, 3)}, "orgs 2 and 3 asked for one meeting each: a minimum of one"


def test_validator_refuses_fewer_meetings_than_the_minimum() -> None:
    orgs = (*f.organisations(2), Organisation(3, "Eager", min_meetings=1))
    event = f.event(orgs, wishes=f.requests([(3, 1), (1, 2)]))
    problems = validate(build_instance(event), [Meeting(1, 1, 1, (1, 2), (1, 2))])
    assert "Eager has 0 meetings, fewer than its minimum of 1" in problems
