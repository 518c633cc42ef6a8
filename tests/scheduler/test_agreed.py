"""Agreed meetings: each must take place; when they cannot all, the reason is named in a few words."""

from __future__ import annotations

import dataclasses
from datetime import time
from time import monotonic

import factories as f

from app.domain import (
    Event,
    Interpreter,
    Meeting,
    MeetingRequest,
    Organisation,
    Precedence,
    Priority,
    SolveStatus,
)
from app.scheduler import SolveOptions, build_instance, solve, validate
from app.scheduler.agreed import place_agreed, repair_agreed, shortfall
from app.scheduler.agreed_engine import engine_view
from app.scheduler.assign import build_meetings
from app.scheduler.gaps import count_gaps


def agreed_mode(event: Event) -> Event:
    return dataclasses.replace(event, settings=dataclasses.replace(event.settings, agreed=True))


def planned(event: Event, seconds: float = 10) -> tuple[SolveStatus, tuple[str, ...], set[tuple[int, int]]]:
    instance = build_instance(event)
    result = solve(instance, SolveOptions(time_limit=seconds, workers=1))
    if result.has_schedule:
        assert validate(instance, result.meetings) == []
    return result.status, result.conflicts, f.pairs(result)


def test_an_agreed_meeting_takes_place_before_a_more_valuable_wish() -> None:
    # Org 1 may hold one meeting: its must-meet wish with Org 2 yields to the meeting agreed with Org 3.
    orgs = (Organisation(1, "Org 1", max_meetings=1), *f.organisations(3)[1:])
    wishes = (
        MeetingRequest(1, 2, Priority.MUST_MEET),
        MeetingRequest(2, 1, Priority.MUST_MEET),
        MeetingRequest(1, 3, Priority.IF_TIME_ALLOWS, agreed=True),
    )
    status, _, met = planned(f.event(orgs, wishes=wishes))
    assert status == SolveStatus.OPTIMAL
    assert met == {(1, 3)}


def test_in_agreed_mode_every_request_is_met_with_the_fewest_idle_gaps() -> None:
    # A triangle of three one-person organisations in four slots: each pair meets, nobody waits.
    event = agreed_mode(f.event(f.organisations(3), wishes=f.requests([(1, 2), (2, 3), (1, 3)])))
    instance = build_instance(event)
    result = solve(instance, SolveOptions(time_limit=10, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert f.pairs(result) == {(1, 2), (2, 3), (1, 3)}
    plan = [(m.organisation_ids, m.slot_id) for m in result.meetings]
    assert sum(count_gaps(instance, plan).values()) == result.idle_gaps == 1


def test_an_organisation_with_more_agreed_meetings_than_slots_is_named() -> None:
    # 13:00-15:00 in 25-minute steps: 5 slots, and Org 1's one person agreed to 6 meetings.
    event = agreed_mode(f.event(f.organisations(7), wishes=f.requests([(1, k) for k in range(2, 8)])))
    status, conflicts, met = planned(event)
    assert status == SolveStatus.INFEASIBLE and not met
    assert conflicts == (
        "Org 1's one person is in 6 agreed meetings that can only be held in the 5 slots from 13:00 to "
        "14:40, room for 5: take 1 agreed meeting out, or let them stay longer",
    )


def test_more_agreed_meetings_than_tables_in_the_slots_they_can_use_are_named() -> None:
    # Twelve one-person organisations, six disjoint agreed pairs, but one table for five slots.
    wishes = f.requests([(k, k + 1) for k in range(1, 12, 2)])
    event = f.event(f.organisations(12), wishes=wishes, event_settings=f.settings(tables=1))
    status, conflicts, _ = planned(agreed_mode(event))
    assert status == SolveStatus.INFEASIBLE
    assert conflicts == (
        "6 agreed meetings can only be held in the 5 slots from 13:00 to 14:40, where 1 table holds at "
        "most 5: add tables or take 1 agreed meeting out",
    )


def test_sides_never_there_together_and_rules_that_keep_them_apart_are_named() -> None:
    orgs = (
        Organisation(1, "Early", available_until=time(13, 30)),
        Organisation(2, "Late", available_from=time(14)),
        Organisation(3, "Third"),
    )
    event = agreed_mode(f.event(orgs, wishes=f.requests([(1, 2), (1, 3)]), apart=[(1, 3)]))
    status, conflicts, _ = planned(event)
    assert status == SolveStatus.INFEASIBLE
    assert conflicts == (
        "agreed meeting Early – Third: the organiser asked that Early and Third do not meet",
        "agreed meeting Early – Late: Early and Late are never at the event at the same time",
    )


def test_agreed_meetings_that_clash_with_a_lock_and_an_order_are_named_as_a_small_set() -> None:
    # Org 3 is there only at 13:00, where Org 1's lock holds it; the order rule then has no slot either.
    orgs = (
        *f.organisations(2),
        Organisation(3, "Org 3", available_until=time(13, 20)),
        *f.organisations(5)[3:],
    )
    locked = Meeting(1, 1, 1, (1, 2), (1, 2), locked=True)
    wishes = (
        MeetingRequest(1, 2),
        MeetingRequest(1, 3, agreed=True),
        MeetingRequest(4, 5, agreed=True),
        MeetingRequest(2, 4, agreed=True),
    )
    event = f.event(orgs, wishes=wishes, meetings=[locked], precedences=[Precedence((4, 5), (2, 4))])
    status, conflicts, _ = planned(event)
    assert status == SolveStatus.INFEASIBLE
    assert sorted(conflicts) == ["agreed meeting Org 1 – Org 3", "locked meeting Org 1 – Org 2 at 13:00"]


def test_a_start_holding_every_agreed_meeting_is_found_when_there_is_one() -> None:
    event = agreed_mode(f.event(f.organisations(4), wishes=f.requests([(1, 2), (3, 4), (1, 3), (2, 4)])))
    instance = build_instance(event)
    found = place_agreed(instance, 5)
    assert found.plan is not None
    assert {pair for pair, _ in found.plan} == {(1, 2), (3, 4), (1, 3), (2, 4)}


def test_the_validator_misses_no_agreed_meeting() -> None:
    event = agreed_mode(f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)])))
    instance = build_instance(event)
    only_one = (Meeting(1, 1, 1, (1, 2), (1, 2)),)
    assert validate(instance, only_one) == ["agreed meeting Org 1 – Org 3 is not in the timetable"]


def test_shortfall_names_the_items_that_cannot_all_be_served() -> None:
    options = [frozenset({1}), frozenset({1, 2}), frozenset({2}), frozenset({3})]
    short = shortfall(options, {1: 1, 2: 1, 3: 1})
    assert short is not None
    assert short.items == (0, 1, 2) and sorted(short.keys) == [1, 2] and short.room == 2
    assert shortfall(options, {1: 2, 2: 1, 3: 1}) is None


def test_a_day_like_the_published_problem_is_planned_by_the_engine_with_the_fewest_gaps() -> None:
    # Five one-person organisations, every pair but one agreed, five slots: the engine's day.
    wishes = f.requests([(a, b) for a in range(1, 6) for b in range(a + 1, 6) if (a, b) != (1, 2)])
    event = agreed_mode(f.event(f.organisations(5), wishes=wishes))
    instance = build_instance(event)
    assert engine_view(instance) is not None
    result = solve(instance, SolveOptions(time_limit=20, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert validate(instance, result.meetings) == []
    assert len(result.meetings) == 9
    plan = [(m.organisation_ids, m.slot_id) for m in result.meetings]
    assert result.idle_gaps == sum(count_gaps(instance, plan).values())
    # The full planner, asked the same, proves the same fewest idle gaps.
    full = solve(dataclasses.replace(instance, all_agreed=False), SolveOptions(time_limit=20, workers=1))
    assert full.status == SolveStatus.OPTIMAL and len(full.meetings) == 9
    assert result.idle_gaps == full.idle_gaps


def test_the_engine_names_an_order_that_does_not_fit_with_the_organisations_names() -> None:
    # Org 3 and Org 4 leave after two slots, yet their meeting must follow two others in a chain.
    orgs = (
        *f.organisations(2),
        Organisation(3, "Org 3", available_until=time(13, 50)),
        Organisation(4, "Org 4", available_until=time(13, 50)),
    )
    chain = [Precedence((1, 2), (2, 3)), Precedence((2, 3), (3, 4))]
    event = agreed_mode(f.event(orgs, wishes=f.requests([(1, 2), (2, 3), (3, 4)]), precedences=chain))
    assert engine_view(build_instance(event)) is not None
    status, conflicts, _ = planned(event)
    assert status == SolveStatus.INFEASIBLE
    assert conflicts == (
        "3 meetings must come one after another (the meeting of Org 1 and Org 2, then the meeting of "
        "Org 2 and Org 3, then the meeting of Org 3 and Org 4) but fit only in 13:00, 13:25",
    )


def test_a_day_the_engine_does_not_know_is_planned_by_the_full_planner() -> None:
    # Org 1 has two people, who can meet apart: not one participant of the engine.
    event = agreed_mode(
        f.event(f.organisations(3), f.people({1: 2, 2: 1, 3: 1}), f.requests([(1, 2), (1, 3)]))
    )
    instance = build_instance(event)
    assert engine_view(instance) is None
    status, _, met = planned(event)
    assert status == SolveStatus.OPTIMAL and met == {(1, 2), (1, 3)}
    # Nor a day with interpreters to name, which the full planner optimises.
    speaking = (
        Organisation(1, "Qingdao", languages=("Chinese",)),
        Organisation(2, "Stavanger", languages=("Norwegian",)),
        Organisation(3, "Sandnes", languages=("Norwegian",)),
    )
    liu = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"))
    with_interpreter = f.interpreted(
        f.event(speaking, wishes=f.requests([(1, 2), (2, 3)])), liu, required=False
    )
    assert engine_view(build_instance(agreed_mode(with_interpreter))) is None


def test_people_who_can_meet_apart_are_counted_and_a_long_list_is_cut_short() -> None:
    # Org 1's two people agreed to eleven meetings in five slots; then twelve one-person organisations
    # with six agreed meetings each (a crowded platform export).
    two = f.event(
        f.organisations(12),
        f.people({1: 2, **dict.fromkeys(range(2, 13), 1)}),
        f.requests([(1, k) for k in range(2, 13)]),
    )
    status, conflicts, _ = planned(agreed_mode(two))
    assert status == SolveStatus.INFEASIBLE
    assert conflicts[0].startswith(
        "Org 1's 2 people are in 11 agreed meetings that can only be held in the 5 "
    )
    assert conflicts[0].endswith("room for 10: take 1 agreed meeting out, or let them stay longer")
    hubs = [(hub, 100 + 10 * hub + k) for hub in range(1, 13) for k in range(6)]
    many = f.event(f.organisations(300), wishes=f.requests(hubs))
    status, conflicts, _ = planned(agreed_mode(many))
    assert status == SolveStatus.INFEASIBLE
    assert len(conflicts) == 12
    assert conflicts[10] == "and 2 more organisations with more agreed meetings than they can hold"
    assert conflicts[11].endswith("where 4 tables hold at most 20: add tables or take 52 agreed meetings out")


def test_a_missing_agreed_meeting_is_given_room_and_a_wish_yields_to_it() -> None:
    # One table, three slots, full with two agreed meetings and a wish; the third agreed meeting is missing.
    wishes = (
        MeetingRequest(1, 2, agreed=True),
        MeetingRequest(3, 4, agreed=True),
        MeetingRequest(5, 6, agreed=True),
        MeetingRequest(7, 8, Priority.MUST_MEET),
    )
    settings = f.settings(start=time(13), end=time(14, 15), tables=1)
    instance = build_instance(f.event(f.organisations(8), wishes=wishes, event_settings=settings))
    first, second, third = instance.slot_ids
    start = [((1, 2), first), ((3, 4), second), ((7, 8), third)]
    repaired = repair_agreed(instance, start, deadline=monotonic() + 10)
    assert {pair for pair, _ in repaired} == {(1, 2), (3, 4), (5, 6)}
    assert validate(instance, build_meetings(instance, repaired)) == []
