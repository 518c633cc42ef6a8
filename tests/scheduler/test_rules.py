"""Each scheduling rule: trivially feasible, a forced violation, and a near miss that is allowed."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f
import pytest
from ortools.sat.python import cp_model

from app.domain import (
    Break,
    DaySession,
    Event,
    EventSettings,
    Interpreter,
    Interpreting,
    Meeting,
    MeetingRequest,
    Organisation,
    Participant,
    Period,
    Precedence,
    Priority,
    SolveStatus,
    Tier,
)
from app.scheduler import Instance, Reason, SolveOptions, SolveResult, build_instance, solve, validate
from app.scheduler.assign import build_meetings
from app.scheduler.fairness import level_ceiling, level_of, worst_off_level
from app.scheduler.greedy import greedy_plan
from app.scheduler.rules import hard_rules
from app.scheduler.variables import ScheduleVars

solved = f.solved


def pairs(result: SolveResult) -> set[tuple[int, int]]:
    return {m.organisation_ids for m in result.meetings}


def reasons(result: SolveResult) -> dict[tuple[int, int], str]:
    return {u.organisation_ids: u.reason for u in result.unmet}


# -- a pair meets at most once ----------------------------------------------------------------------------


def test_requested_pair_meets_once() -> None:
    result = solved(f.event(f.organisations(2), wishes=f.requests([(1, 2), (2, 1)])))
    assert [m.organisation_ids for m in result.meetings] == [(1, 2)]


def test_validator_refuses_a_pair_meeting_twice() -> None:
    event = f.event(f.organisations(2), wishes=f.requests([(1, 2)]))
    twice = [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 2, 1, (1, 2), (1, 2))]
    assert any("meet 2 times" in p for p in validate(build_instance(event), twice))


def test_an_organisation_meets_several_partners_in_different_slots() -> None:
    result = solved(f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)])))
    assert pairs(result) == {(1, 2), (1, 3)}
    assert len({m.slot_id for m in result.meetings}) == 2


def test_unrequested_pairs_never_meet() -> None:
    result = solved(f.event(f.organisations(4), wishes=f.requests([(1, 2)])))
    assert pairs(result) == {(1, 2)}


# -- a person is in at most one meeting per slot ------------------------------------------------------------


def test_one_person_holds_meetings_one_after_another() -> None:
    result = solved(f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)])))
    slots_of_1 = [m.slot_id for m in result.meetings if 1 in m.organisation_ids]
    assert len(slots_of_1) == len(set(slots_of_1)) == 2


def test_one_person_cannot_hold_more_meetings_than_slots() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20))
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), event_settings=one_slot)
    result = solved(event)
    assert len(result.meetings) == 1
    (unmet,) = result.unmet
    assert unmet.reason == Reason.NO_COMMON_FREE_SLOT


def test_two_people_hold_two_meetings_at_once_each_with_one_of_them() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20))
    people = f.people({1: 2, 2: 1, 3: 1})
    event = f.event(f.organisations(3), people, f.requests([(1, 2), (1, 3)]), event_settings=one_slot)
    result = solved(event)
    assert pairs(result) == {(1, 2), (1, 3)}
    attending_for_1 = [set(m.participant_ids) & {1, 2} for m in result.meetings]
    assert sorted(map(len, attending_for_1)) == [1, 1]
    assert attending_for_1[0].isdisjoint(attending_for_1[1])


def test_validator_refuses_a_person_in_two_meetings_at_once() -> None:
    people = f.people({1: 2, 2: 1, 3: 1})
    event = f.event(f.organisations(3), people, f.requests([(1, 2), (1, 3)]))
    clash = [Meeting(1, 1, 1, (1, 2), (1, 3)), Meeting(2, 1, 2, (1, 3), (1, 4))]
    assert any("participant 1 is in 2 meetings" in p for p in validate(build_instance(event), clash))


def test_everyone_present_attends_their_organisations_only_meeting() -> None:
    people = f.people({1: 3, 2: 2})
    result = solved(f.event(f.organisations(2), people, f.requests([(1, 2)])))
    (meeting,) = result.meetings
    assert meeting.participant_ids == (1, 2, 3, 4, 5)


# -- tables -----------------------------------------------------------------------------------------------


def test_meetings_fill_the_tables() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20), tables=2)
    event = f.event(f.organisations(4), wishes=f.requests([(1, 2), (3, 4)]), event_settings=one_slot)
    result = solved(event)
    assert pairs(result) == {(1, 2), (3, 4)}
    assert {m.table_id for m in result.meetings} == {1, 2}


def test_no_more_meetings_at_once_than_tables() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20), tables=1)
    wishes = f.requests([(1, 2)]) + f.requests([(3, 4)], Priority.IF_TIME_ALLOWS)
    result = solved(f.event(f.organisations(4), wishes=wishes, event_settings=one_slot))
    assert pairs(result) == {(1, 2)}
    assert reasons(result) == {(3, 4): Reason.TABLES_FULL}


def test_validator_refuses_two_meetings_at_one_table() -> None:
    event = f.event(f.organisations(4), wishes=f.requests([(1, 2), (3, 4)]))
    shared = [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 1, 1, (3, 4), (3, 4))]
    assert any("table 1 holds 2 meetings" in p for p in validate(build_instance(event), shared))


def test_an_organisation_keeps_its_table_between_consecutive_meetings() -> None:
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]))
    result = solved(event)
    assert len({m.table_id for m in result.meetings}) == 1


# -- availability windows ---------------------------------------------------------------------------------


def test_late_arrival_meets_only_after_arriving() -> None:
    orgs = (Organisation(1, "Late", available_from=time(14)), Organisation(2, "Early"))
    event = f.event(orgs, wishes=f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)


def test_organisations_never_present_together_do_not_meet() -> None:
    orgs = (
        Organisation(1, "Morning", available_until=time(13, 45)),
        Organisation(2, "Afternoon", available_from=time(14)),
    )
    result = solved(f.event(orgs, wishes=f.requests([(1, 2)])))
    assert result.meetings == ()
    assert reasons(result) == {(1, 2): Reason.NO_COMMON_TIME}


def test_a_window_ending_exactly_when_a_meeting_ends_allows_it() -> None:
    # The first slot is 13:00-13:20: leaving at 13:20 is just in time.
    orgs = (Organisation(1, "Leaves early", available_until=time(13, 20)), Organisation(2, "Stays"))
    event = f.event(orgs, wishes=f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert meeting.slot_id == 1


# -- maximum meetings per organisation --------------------------------------------------------------------


def test_max_meetings_caps_an_organisation() -> None:
    orgs = (Organisation(1, "Busy", max_meetings=1), *f.organisations(3)[1:])
    wishes = f.requests([(1, 2)], Priority.MUST_MEET) + f.requests([(1, 3)])
    result = solved(f.event(orgs, wishes=wishes))
    assert pairs(result) == {(1, 2)}
    assert reasons(result) == {(1, 3): Reason.CAP_REACHED}


def test_event_wide_max_meetings_applies_to_everyone() -> None:
    capped = f.settings(max_meetings=1)
    result = solved(f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), event_settings=capped))
    assert len(result.meetings) == 1


def test_max_meetings_reached_exactly_is_allowed() -> None:
    orgs = (Organisation(1, "Busy", max_meetings=2), *f.organisations(3)[1:])
    result = solved(f.event(orgs, wishes=f.requests([(1, 2), (1, 3)])))
    assert pairs(result) == {(1, 2), (1, 3)}


def test_validator_refuses_more_meetings_than_the_maximum() -> None:
    orgs = (Organisation(1, "Busy", max_meetings=1), *f.organisations(3)[1:])
    event = f.event(orgs, wishes=f.requests([(1, 2), (1, 3)]))
    over = [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 2, 1, (1, 3), (1, 3))]
    assert any("more than its maximum of 1" in p for p in validate(build_instance(event), over))


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


# -- objective: mutual first, then priority ----------------------------------------------------------------


def test_a_mutual_meeting_beats_any_one_way_request() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20))
    wishes = (
        MeetingRequest(1, 2, Priority.IF_TIME_ALLOWS),
        MeetingRequest(2, 1, Priority.IF_TIME_ALLOWS),
        MeetingRequest(1, 3, Priority.MUST_MEET),
    )
    result = solved(f.event(f.organisations(3), wishes=wishes, event_settings=one_slot))
    assert pairs(result) == {(1, 2)}


def test_must_meet_beats_would_like() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20))
    wishes = (MeetingRequest(1, 2, Priority.WOULD_LIKE), MeetingRequest(1, 3, Priority.MUST_MEET))
    result = solved(f.event(f.organisations(3), wishes=wishes, event_settings=one_slot))
    assert pairs(result) == {(1, 3)}


@pytest.mark.parametrize("slots_end", [time(13, 45), time(14, 10)])
def test_objective_and_bound_agree_at_the_optimum(slots_end: time) -> None:
    event = f.event(
        f.organisations(4),
        wishes=f.requests([(1, 2), (1, 3), (1, 4)]),
        event_settings=f.settings(end=slots_end),
    )
    result = solved(event)
    assert result.objective == result.bound


# -- only meetings between groups ---------------------------------------------------------------------------


def grouped(across_groups_only: bool, meetings: tuple[Meeting, ...] = ()) -> Event:
    orgs = (
        Organisation(1, "Qingdao Port", group="Delegation"),
        Organisation(2, "Jinan Works", group="delegation "),
        Organisation(3, "Sørvest Havn AS", group="Host"),
        Organisation(4, "Independent Consultant"),
    )
    wishes = f.requests([(1, 2), (1, 3), (2, 3), (4, 1)])
    settings = dataclasses.replace(f.settings(), across_groups_only=across_groups_only)
    return f.event(orgs, wishes=wishes, event_settings=settings, meetings=meetings)


def test_across_groups_delegation_meets_hosts() -> None:
    result = solved(grouped(True))
    assert {(1, 3), (2, 3)} <= pairs(result)


def test_across_groups_keeps_one_group_apart_and_says_why() -> None:
    result = solved(grouped(True))
    assert (1, 2) not in pairs(result)
    assert reasons(result)[(1, 2)] == Reason.NOT_ALLOWED
    detail = next(u.detail for u in result.unmet if u.organisation_ids == (1, 2))
    assert "both are in 'Delegation'" in detail
    assert any(
        "only meetings between groups" in p
        for p in validate(build_instance(grouped(True)), [Meeting(1, 1, 1, (1, 2), (1, 2))])
    )


def test_across_groups_near_misses_are_allowed() -> None:
    # Without the rule the delegation may meet itself; an organisation without a group meets anyone;
    # a meeting the organiser locked stays even inside one group.
    assert (1, 2) in pairs(solved(grouped(False)))
    assert (1, 4) in pairs(solved(grouped(True)))
    locked = solved(grouped(True, (Meeting(1, 2, 1, (1, 2), (1, 2), locked=True),)))
    assert (1, 2) in pairs(locked)


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


# -- do-not-meet pairs --------------------------------------------------------------------------------------


def test_a_pair_kept_apart_never_meets_even_when_both_ask() -> None:
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (2, 1), (1, 3)]), apart=[(1, 2)])
    result = solved(event)
    assert pairs(result) == {(1, 3)}
    (unmet,) = result.unmet
    assert unmet.reason == Reason.NOT_ALLOWED
    assert "asked that Org 1 and Org 2 do not meet" in unmet.detail


def test_validator_refuses_a_meeting_of_a_pair_kept_apart() -> None:
    event = f.event(f.organisations(2), wishes=f.requests([(1, 2)]), apart=[(1, 2)])
    problems = validate(build_instance(event), [Meeting(1, 1, 1, (1, 2), (1, 2))])
    assert any("do not meet" in p for p in problems)


def test_keeping_one_pair_apart_leaves_their_other_meetings_alone() -> None:
    event = f.event(f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (2, 4)]), apart=[(1, 2)])
    assert pairs(solved(event)) == {(1, 3), (2, 4)}


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


# -- people away for part of the day ------------------------------------------------------------------------


def test_a_person_away_leaves_the_organisation_without_a_meeting_then() -> None:
    people = (Participant(1, 1, "Away first", away=(Period(time(13), time(14)),)), Participant(2, 2, "Here"))
    event = f.event(f.organisations(2), people, f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)


def test_with_one_of_two_people_away_the_organisation_holds_one_meeting_at_a_time() -> None:
    one_slot = f.settings(start=time(13), end=time(13, 20))
    people = (
        Participant(1, 1, "Away", away=(Period(time(12, 30), time(13, 10)),)),
        Participant(2, 1, "Here"),
        Participant(3, 2, "B"),
        Participant(4, 3, "C"),
    )
    event = f.event(f.organisations(3), people, f.requests([(1, 2), (1, 3)]), event_settings=one_slot)
    result = solved(event)
    assert len(result.meetings) == 1
    assert result.meetings[0].participant_ids[0] == 2


def test_being_away_until_a_meeting_starts_allows_it() -> None:
    orgs = (Organisation(1, "Back at one", away=(Period(time(12), time(13)),)), Organisation(2, "Org 2"))
    one_slot = f.settings(start=time(13), end=time(13, 20))
    assert pairs(solved(f.event(orgs, wishes=f.requests([(1, 2)]), event_settings=one_slot))) == {(1, 2)}


# -- morning and afternoon wishes ----------------------------------------------------------------------------


def day_across_noon() -> EventSettings:
    return f.settings(start=time(11), end=time(13, 30))


def test_a_morning_wish_is_met_in_the_morning() -> None:
    wishes = (
        MeetingRequest(1, 2, session=DaySession.AFTERNOON),
        MeetingRequest(3, 4, session=DaySession.MORNING),
    )
    event = f.event(f.organisations(4), wishes=wishes, event_settings=day_across_noon())
    result = solved(event)
    start = {m.organisation_ids: event.slot_by_id[m.slot_id].start.time() for m in result.meetings}
    assert start[(1, 2)] >= time(12) > start[(3, 4)]


def test_contradicting_session_wishes_leave_no_common_time() -> None:
    wishes = (
        MeetingRequest(1, 2, session=DaySession.MORNING),
        MeetingRequest(2, 1, session=DaySession.AFTERNOON),
    )
    result = solved(f.event(f.organisations(2), wishes=wishes, event_settings=day_across_noon()))
    assert reasons(result) == {(1, 2): Reason.NO_COMMON_TIME}


def test_a_meeting_starting_at_noon_is_in_the_afternoon() -> None:
    noon = f.settings(start=time(12), end=time(12, 20))
    wishes = (MeetingRequest(1, 2, session=DaySession.AFTERNOON),)
    assert pairs(solved(f.event(f.organisations(2), wishes=wishes, event_settings=noon))) == {(1, 2)}


# -- one meeting before another -----------------------------------------------------------------------------


def test_a_meeting_comes_before_the_one_it_must_precede() -> None:
    # Host 1 must see 3 before 2; left alone, value order would put the must-meet with 2 first.
    wishes = f.requests([(1, 2)], Priority.MUST_MEET) + f.requests([(1, 3)])
    event = f.event(f.organisations(3), wishes=wishes, precedences=[Precedence((1, 3), (1, 2))])
    result = solved(event)
    slot = {m.organisation_ids: m.slot_id for m in result.meetings}
    assert event.slot_by_id[slot[(1, 3)]].start < event.slot_by_id[slot[(1, 2)]].start


def test_validator_refuses_meetings_out_of_order() -> None:
    event = f.event(
        f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), precedences=[Precedence((1, 3), (1, 2))]
    )
    wrong = [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 2, 1, (1, 3), (1, 3))]
    assert any("should come before" in p for p in validate(build_instance(event), wrong))


def test_when_the_first_meeting_cannot_happen_the_second_still_does() -> None:
    orgs = (*f.organisations(2), Organisation(3, "Never there", available_from=time(20)))
    event = f.event(orgs, wishes=f.requests([(1, 2), (1, 3)]), precedences=[Precedence((1, 3), (1, 2))])
    assert pairs(solved(event)) == {(1, 2)}


def test_with_one_slot_only_the_pair_in_order_cannot_both_happen() -> None:
    # Two slots: 1-3 must come before 1-2, and 1-2 can only be in the first slot.
    two_slots = f.settings(start=time(13), end=time(13, 45))
    orgs = (
        Organisation(1, "Org 1"),
        Organisation(2, "Org 2", available_until=time(13, 20)),
        Organisation(3, "Org 3"),
    )
    event = f.event(
        orgs,
        wishes=f.requests([(1, 2), (1, 3)]),
        event_settings=two_slots,
        precedences=[Precedence((1, 3), (1, 2))],
    )
    assert len(solved(event).meetings) == 1


# -- a pause after meetings in a row -------------------------------------------------------------------------


def test_a_pause_follows_the_meetings_in_a_row() -> None:
    three_slots = f.settings(start=time(13), end=time(14, 10), max_in_a_row=2)
    event = f.event(
        f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4)]), event_settings=three_slots
    )
    result = solved(event)
    assert len(result.meetings) == 2


def test_a_break_gives_the_pause() -> None:
    with_break = f.settings(
        start=time(13), end=time(14, 30), max_in_a_row=2, breaks=[Break(time(13, 45), time(14, 0))]
    )
    event = f.event(
        f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4)]), event_settings=with_break
    )
    assert len(event.slots) == 3
    assert len(solved(event).meetings) == 3


def test_validator_refuses_too_many_meetings_in_a_row() -> None:
    three_slots = f.settings(start=time(13), end=time(14, 10), max_in_a_row=2)
    event = f.event(
        f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4)]), event_settings=three_slots
    )
    row = [
        Meeting(1, 1, 1, (1, 2), (1, 2)),
        Meeting(2, 2, 1, (1, 3), (1, 3)),
        Meeting(3, 3, 1, (1, 4), (1, 4)),
    ]
    assert any("without the pause due after 2" in p for p in validate(build_instance(event), row))


# -- tables with seats, and own tables ----------------------------------------------------------------------


def tables_of(*seats: int, **rules: object) -> EventSettings:
    named = tuple((f"T{i}", n) for i, n in enumerate(seats, start=1))
    return dataclasses.replace(f.settings(), custom_tables=named, **rules)  # type: ignore[arg-type]


def test_a_large_meeting_gets_a_table_with_enough_seats() -> None:
    people = f.people({1: 3, 2: 2, 3: 1, 4: 1})
    one_slot = dataclasses.replace(tables_of(2, 6), days=f.settings(end=time(13, 20)).days)
    event = f.event(f.organisations(4), people, f.requests([(1, 2), (3, 4)]), event_settings=one_slot)
    result = solved(event)
    table = {m.organisation_ids: m.table_id for m in result.meetings}
    assert table == {(1, 2): 2, (3, 4): 1}, "five people need the table of six; both fit at once"


def test_two_large_meetings_cannot_share_a_slot_with_one_large_table() -> None:
    people = f.people({1: 3, 2: 2, 3: 3, 4: 2})
    one_slot = dataclasses.replace(tables_of(2, 6), days=f.settings(end=time(13, 20)).days)
    event = f.event(
        f.organisations(4),
        people,
        f.requests([(1, 2)], Priority.MUST_MEET) + f.requests([(3, 4)]),
        event_settings=one_slot,
    )
    result = solved(event)
    assert pairs(result) == {(1, 2)}
    assert reasons(result) == {(3, 4): Reason.TABLES_FULL}


def test_a_meeting_larger_than_every_table_sends_fewer_people() -> None:
    people = f.people({1: 4, 2: 3})
    event = f.event(f.organisations(2), people, f.requests([(1, 2)]), event_settings=tables_of(4))
    (meeting,) = solved(event).meetings
    assert len(meeting.participant_ids) == 4
    sides = {p.organisation_id for p in event.participants if p.id in meeting.participant_ids}
    assert sides == {1, 2}


def test_validator_refuses_more_people_than_seats() -> None:
    people = f.people({1: 3, 2: 2})
    event = f.event(f.organisations(2), people, f.requests([(1, 2)]), event_settings=tables_of(4))
    crowded = [Meeting(1, 1, 1, (1, 2), (1, 2, 3, 4, 5))]
    assert any("5 people at a table of 4 seats" in p for p in validate(build_instance(event), crowded))


def own_table_event(**extra: object) -> Event:
    orgs = (Organisation(1, "Host", table="T2", **extra), *f.organisations(4)[1:])  # type: ignore[arg-type]
    wishes = f.requests([(2, 1), (3, 1), (4, 1), (2, 3)])
    return f.event(orgs, wishes=wishes, event_settings=tables_of(6, 6, 6))


def test_a_host_keeps_its_own_table_and_others_never_use_it() -> None:
    event = own_table_event()
    result = solved(event)
    assert len(result.meetings) == 4
    for m in result.meetings:
        assert (m.table_id == 2) == (1 in m.organisation_ids)


def test_an_own_table_that_does_not_exist_is_named() -> None:
    orgs = (Organisation(1, "Host", table="Table 9"), *f.organisations(2)[1:])
    event = f.event(orgs, wishes=f.requests([(2, 1)]), event_settings=tables_of(6, 6))
    result = solve(build_instance(event), SolveOptions(time_limit=5, workers=1))
    assert result.status == SolveStatus.INFEASIBLE
    assert result.conflicts == (
        "Host's own table 'Table 9' is not one of the event's tables; name an existing table",
    )


def test_two_organisations_cannot_keep_the_same_table() -> None:
    orgs = (
        Organisation(1, "Host A", table="T1"),
        Organisation(2, "Host B", table="t1"),
        Organisation(3, "Guest"),
    )
    event = f.event(orgs, wishes=f.requests([(3, 1), (3, 2)]), event_settings=tables_of(6, 6))
    result = solve(build_instance(event), SolveOptions(time_limit=5, workers=1))
    assert result.status == SolveStatus.INFEASIBLE
    assert "Host B and Host A both keep table 't1'" in result.conflicts[0]


def test_validator_refuses_a_meeting_away_from_its_own_table() -> None:
    instance = build_instance(own_table_event())
    moved = [Meeting(1, 1, 1, (1, 2), (1, 2))]
    assert any("not at the own table T2" in p for p in validate(instance, moved))
    intruder = [Meeting(1, 1, 2, (2, 3), (2, 3))]
    assert any("the own table of Host" in p for p in validate(instance, intruder))


def test_people_stay_at_their_table_between_meetings() -> None:
    # Org 1 meets 2, 3 and 4 one after another; org 5 meets 6 meanwhile: nobody needs to move.
    wishes = f.requests([(1, 2), (1, 3), (1, 4), (5, 6)])
    three_slots = f.settings(start=time(13), end=time(14, 10), tables=3)
    result = solved(f.event(f.organisations(6), wishes=wishes, event_settings=three_slots))
    table_of_1 = {m.table_id for m in result.meetings if 1 in m.organisation_ids}
    assert len(table_of_1) == 1


# -- interpreters -------------------------------------------------------------------------------------------


def speaking(*languages: tuple[str, ...]) -> tuple[Organisation, ...]:
    return tuple(Organisation(i, f"Org {i}", languages=spoken) for i, spoken in enumerate(languages, start=1))


ZH, NO = ("Chinese",), ("Norwegian",)


def test_a_meeting_without_a_common_language_gets_an_interpreter() -> None:
    helpers = (Interpreter(1, "Liu Mei", ("中文", "Norsk")),)
    event = f.event(speaking(ZH, NO, ("English", "Norwegian")), wishes=f.requests([(1, 2), (2, 3)]))
    event = f.interpreted(event, *helpers)
    result = solved(event)
    by_pair = {m.organisation_ids: m.interpreter_id for m in result.meetings}
    assert by_pair == {(1, 2): 1, (2, 3): None}, "Norwegian is shared by 2 and 3"


def test_nobody_bridging_the_languages_leaves_the_meeting_out() -> None:
    event = f.interpreted(
        f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), Interpreter(1, "Ana", ("Spanish", "English"))
    )
    result = solved(event)
    assert result.meetings == ()
    assert reasons(result) == {(1, 2): Reason.NO_INTERPRETER}


def test_an_interpreter_does_one_meeting_at_a_time() -> None:
    one_slot = f.settings(end=time(13, 20))
    orgs = speaking(ZH, NO, ZH, NO)
    event = f.event(
        orgs, wishes=f.requests([(1, 2)], Priority.MUST_MEET) + f.requests([(3, 4)]), event_settings=one_slot
    )
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")))
    result = solved(event)
    assert pairs(result) == {(1, 2)}
    assert reasons(result) == {(3, 4): Reason.NO_INTERPRETER}


def test_a_meeting_waits_for_its_interpreter_to_arrive() -> None:
    late = Interpreter(1, "Kari", ("Chinese", "Norwegian"), available_from=time(14))
    event = f.interpreted(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), late)
    (meeting,) = solved(event).meetings
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)
    assert meeting.interpreter_id == 1


def test_validator_refuses_a_missing_or_double_booked_interpreter() -> None:
    helpers = (Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")),)
    event = f.interpreted(f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)])), *helpers)
    instance = build_instance(event)
    missing = [Meeting(1, 1, 1, (1, 2), (1, 2))]
    assert any("no interpreter is named" in p for p in validate(instance, missing))
    twice = [
        Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=1),
        Meeting(2, 1, 2, (3, 4), (3, 4), interpreter_id=1),
    ]
    assert any("interpreter Liu Mei is named on 2 meetings" in p for p in validate(instance, twice))


def test_sides_sharing_any_language_need_no_interpreter() -> None:
    event = f.event(speaking(("Chinese", "English"), ("Norwegian", "english")), wishes=f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert meeting.interpreter_id is None


# -- interpreting preferred, or no interpreters at all ------------------------------------------------------


def test_without_interpreters_a_meeting_without_a_common_language_is_planned_and_marked() -> None:
    event = f.event(speaking(ZH, NO, ("Norwegian", "English")), wishes=f.requests([(1, 2), (2, 3)]))
    result = solved(event)
    assert pairs(result) == {(1, 2), (2, 3)}
    assert result.unmet == ()
    planned = dataclasses.replace(event, meetings=result.meetings)
    need = {m.organisation_ids for m in planned.meetings if planned.needs_interpreting(m)}
    assert need == {(1, 2)}


def test_required_interpreting_without_any_interpreter_registered_still_plans() -> None:
    # Nobody to require: the organiser books interpreters once the plan shows how many are needed.
    required = f.settings(interpreting=Interpreting.REQUIRED)
    result = solved(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)]), event_settings=required))
    assert pairs(result) == {(1, 2)}


def test_preferred_interpreting_plans_more_meetings_than_interpreters() -> None:
    one_slot = f.settings(end=time(13, 20))
    event = f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)]), event_settings=one_slot)
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")), required=False)
    result = solved(event)
    assert pairs(result) == {(1, 2), (3, 4)}, "required, (3, 4) would be left out (see above)"
    assert sorted(m.interpreter_id for m in result.meetings if m.interpreter_id is not None) == [1]
    assert validate(build_instance(event), result.meetings) == []


def test_the_interpreting_tier_moves_a_meeting_to_when_its_interpreter_is_there() -> None:
    late = Interpreter(1, "Kari", ("Chinese", "Norwegian"), available_from=time(14))
    event = f.interpreted(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), late, required=False)
    result = solved(event)
    (meeting,) = result.meetings
    assert meeting.interpreter_id == 1
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)
    assert result.status == SolveStatus.OPTIMAL


def test_interpreters_never_cost_a_wished_meeting_ranked_above_them() -> None:
    # One slot with the interpreter, one without; 1 must meet both 2 and 3, who share no language with it.
    two_slots = f.settings(end=time(13, 45))
    event = f.event(speaking(ZH, NO, NO), wishes=f.requests([(1, 2), (1, 3)]), event_settings=two_slots)
    early = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"), available_until=time(13, 20))
    result = solved(f.interpreted(event, early, required=False))
    assert pairs(result) == {(1, 2), (1, 3)}
    assert [m.interpreter_id for m in result.meetings].count(1) == 1


def test_left_out_of_the_tiers_interpreters_are_still_named_where_they_are_free() -> None:
    tiers = (Tier.FAIRNESS, Tier.REQUESTS, Tier.IDLE_GAPS)
    settings = dataclasses.replace(f.settings(end=time(13, 20)), tiers=tiers)
    event = f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)]), event_settings=settings)
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")), required=False)
    (meeting,) = solved(event).meetings
    assert meeting.interpreter_id == 1


def test_a_bilingual_participant_covers_the_meeting_they_attend() -> None:
    guests = Organisation(1, "Shandong Port Group", languages=("Chinese",))
    host = Organisation(2, "Stavanger Havn", languages=("Norwegian", "English"))
    people = (
        Participant(1, 1, "王伟 Wang Wei", languages=("Chinese",)),
        Participant(2, 1, "李娜 Li Na", languages=("Chinese", "English")),
        Participant(3, 2, "Kari Nordmann"),
    )
    event = f.event((guests, host), people, f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert 2 in meeting.participant_ids
    planned = dataclasses.replace(event, meetings=(meeting,))
    assert not planned.needs_interpreting(meeting)
    without_li = dataclasses.replace(meeting, participant_ids=(1, 3))
    assert planned.needs_interpreting(without_li)


def test_validator_checks_an_interpreter_named_on_a_meeting_that_would_only_like_one() -> None:
    helpers = (
        Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")),
        Interpreter(2, "Ana", ("Spanish", "English")),
    )
    event = f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)]))
    instance = build_instance(f.interpreted(event, *helpers, required=False))
    assert validate(instance, [Meeting(1, 1, 1, (1, 2), (1, 2))]) == [], "may go ahead without"
    wrong = [Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=2)]
    assert any("interpreter 2 does not speak both sides' languages" in p for p in validate(instance, wrong))
    twice = [
        Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=1),
        Meeting(2, 1, 2, (3, 4), (3, 4), interpreter_id=1),
    ]
    assert any("interpreter Liu Mei is named on 2 meetings" in p for p in validate(instance, twice))


def test_the_delegations_own_interpreter_goes_to_a_meeting_that_needs_them() -> None:
    # The delegation holds two meetings at once: one with a Chinese-speaking firm, one with a Norwegian one.
    one_slot = f.settings(end=time(13, 20))
    delegation = Organisation(1, "Shandong delegation", languages=("Chinese",))
    firms = (
        Organisation(2, "Qingdao Ports", languages=("Chinese",)),
        Organisation(3, "Stavanger Havn", languages=("Norwegian",)),
    )
    people = (
        Participant(1, 1, "王伟 Wang Wei"),
        Participant(2, 1, "李娜 Li Na", languages=("Chinese", "Norwegian")),
        Participant(3, 2, "赵磊 Zhao Lei"),
        Participant(4, 3, "Kari Nordmann"),
    )
    event = f.event((delegation, *firms), people, f.requests([(1, 2), (1, 3)]), event_settings=one_slot)
    result = solved(event)
    by_pair = {m.organisation_ids: m.participant_ids for m in result.meetings}
    assert by_pair == {(1, 2): (1, 3), (1, 3): (2, 4)}
    planned = dataclasses.replace(event, meetings=result.meetings)
    assert not any(planned.needs_interpreting(m) for m in planned.meetings)
