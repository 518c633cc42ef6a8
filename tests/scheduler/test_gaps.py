"""The idle-gaps tier: compact timetables, proven, and never at the expense of the earlier tiers."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import time, timedelta

import factories as f
from ortools.sat.python import cp_model

from app.domain import Event, Interpreter, Meeting, Organisation, SolveStatus, Tier
from app.scheduler import Cancellation, SolveOptions, build_instance, solve, validate
from app.scheduler.compact import minimise_gaps
from app.scheduler.gaps import count_gaps, idle_gaps, plan_gaps
from app.scheduler.instance import Instance
from app.scheduler.neighbourhood import plan_value
from app.scheduler.rules import hard_rules, request_value
from app.scheduler.variables import ScheduleVars


def slots_of(meetings: Sequence[Meeting], org: int) -> list[int]:
    return sorted(m.slot_id for m in meetings if org in m.organisation_ids)


def host_with_guests(guests: int, *, max_in_a_row: int | None = None, end: time = time(15)) -> Event:
    """One host (one person) that every guest wants to meet, mutually; from 13:00, 25 minutes a slot."""
    orgs = f.organisations(1 + guests)
    wishes = f.requests([(g, 1) for g in range(2, guests + 2)] + [(1, g) for g in range(2, guests + 2)])
    settings = f.settings(end=end, tables=4, max_in_a_row=max_in_a_row)
    return f.event(orgs, wishes=wishes, event_settings=settings)


def rules_model(instance: Instance) -> tuple[cp_model.CpModel, ScheduleVars]:
    model = cp_model.CpModel()
    vars = ScheduleVars(instance, model)
    for rule in hard_rules():
        rule.build(instance, model, vars)
    return model, vars


def test_pauses_force_gaps_and_the_tier_proves_how_few() -> None:
    # Four meetings in five slots, at most two in a row: the host's day is two runs with one gap between,
    # and the only way to fit them is two, a pause, two.
    instance = build_instance(host_with_guests(4, max_in_a_row=2))
    result = solve(instance, SolveOptions(time_limit=20, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert validate(instance, result.meetings) == []
    assert len(result.meetings) == 4
    assert result.idle_gaps == 1
    assert slots_of(result.meetings, 1) == [1, 2, 4, 5]


def test_the_gaps_pauses_force_are_known_before_any_search() -> None:
    # Five meetings for a one-person host, at most two in a row, in one unbroken run of seven slots: at
    # least three runs, so two gaps. The bound is in the model itself: CP-SAT proves it without branching.
    instance = build_instance(host_with_guests(5, max_in_a_row=2, end=time(16)))
    model, vars = rules_model(instance)
    for meeting in vars.meetings:
        model.add(meeting.held() == 1)
    model.add(idle_gaps(instance, model, vars).total <= 1)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 20
    assert solver.solve(model) == cp_model.INFEASIBLE
    assert solver.num_branches == 0


def interpreter_jigsaw() -> Event:
    """Two one-person hosts speaking Norwegian, guests 3 and 4 speaking Chinese, guest 5 Norwegian.

    Host 1 meets guests 3, 4 and 5; host 2 meets guests 3 and 5. The one interpreter is there from 13:25,
    slots 2-4 of four, so the three interpreted meetings fill slots 2-4, one each. Host 1's three meetings
    in a row in slots 1-3 would put guest 5 in slot 1, host 2's interpreted meeting in slot 4 and host 2's
    meeting with guest 5 next to it in slot 3: guest 5 idle in slot 2. So host 1 meets in slots 2-4.
    """
    hosts = tuple(Organisation(i, f"Host {i}", languages=("Norwegian",)) for i in (1, 2))
    guests = (
        Organisation(3, "Guest 3", languages=("Chinese",)),
        Organisation(4, "Guest 4", languages=("Chinese",)),
        Organisation(5, "Guest 5", languages=("Norwegian",)),
    )
    wishes = f.requests([(1, 3), (1, 4), (1, 5), (2, 3), (2, 5), (3, 1), (5, 2)])
    event = f.event((*hosts, *guests), wishes=wishes, event_settings=f.settings(end=time(14, 40), tables=4))
    interpreter = Interpreter(1, "Interpreter", ("Chinese", "Norwegian"), available_from=time(13, 25))
    return f.interpreted(event, interpreter)


def test_fully_booked_interpreter_still_gives_a_timetable_without_gaps() -> None:
    instance = build_instance(interpreter_jigsaw())
    assert len(instance.slots) == 4
    result = solve(instance, SolveOptions(time_limit=20, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert validate(instance, result.meetings) == []
    assert len(result.meetings) == 5
    assert result.idle_gaps == 0
    assert slots_of(result.meetings, 1) == [2, 3, 4]
    assert sorted(m.slot_id for m in result.meetings if m.interpreter_id is not None) == [2, 3, 4]


def test_the_gaps_tier_never_lowers_the_value_of_the_meetings() -> None:
    for event in (interpreter_jigsaw(), host_with_guests(4, max_in_a_row=2)):
        alone = dataclasses.replace(event.settings, tiers=(Tier.REQUESTS,))
        both = dataclasses.replace(event.settings, tiers=(Tier.REQUESTS, Tier.IDLE_GAPS))
        first = solve(build_instance(dataclasses.replace(event, settings=alone)), SolveOptions(10, 1))
        then = solve(build_instance(dataclasses.replace(event, settings=both)), SolveOptions(10, 1))
        assert first.status == then.status == SolveStatus.OPTIMAL
        assert then.objective == first.objective


def choice_of_guests() -> Instance:
    """Host 1 holds at most two meetings, each guest's worth the same. Guest 2 is there only in slot 1,
    guest 3 only in slot 3, guest 4 all afternoon: guests 2 and 3 together leave the host a gap."""
    orgs = (
        Organisation(1, "Host", max_meetings=2),
        Organisation(2, "Early guest", available_until=time(13, 20)),
        Organisation(3, "Late guest", available_from=time(13, 50)),
        Organisation(4, "Guest"),
    )
    wishes = f.requests([(2, 1), (3, 1), (4, 1)])
    return build_instance(f.event(orgs, wishes=wishes, event_settings=f.settings(end=time(14, 15))))


def test_other_meetings_of_equal_value_are_chosen_when_the_kept_ones_cannot_close_a_gap() -> None:
    instance = choice_of_guests()
    model, vars = rules_model(instance)
    gappy = [((1, 2), 1), ((1, 3), 3)]
    model.add(request_value(instance, vars).expression >= plan_value(instance, gappy))
    assert sum(count_gaps(instance, gappy).values()) == 1
    seen: list[tuple[float, float | None]] = []

    def new_solver(seconds: float) -> cp_model.CpSolver:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = 1
        return solver

    found = minimise_gaps(
        instance, model, vars, gappy, 20, new_solver, Cancellation(), lambda v, b: seen.append((v, b))
    )
    assert found.proven and found.value == 0 == plan_gaps(instance, found.plan)
    assert len(found.plan) == 2 and plan_value(instance, found.plan) == plan_value(instance, gappy)
    assert ((1, 4), 2) in found.plan
    assert seen[0][0] == plan_gaps(instance, gappy) and seen[-1] == (0.0, 0.0)
    # The tier's value is kept for whatever comes next.
    model.add(vars.by_pair[(1, 4)].held() == 0)
    assert cp_model.CpSolver().solve(model) == cp_model.INFEASIBLE


def test_a_cancelled_gaps_tier_keeps_the_timetable_it_was_given() -> None:
    instance = choice_of_guests()
    model, vars = rules_model(instance)
    gappy = [((1, 2), 1), ((1, 3), 3)]
    cancellation = Cancellation()
    cancellation.cancel()
    found = minimise_gaps(
        instance, model, vars, gappy, 20, lambda s: cp_model.CpSolver(), cancellation, lambda v, b: None
    )
    assert not found.proven
    assert found.plan == gappy


def test_several_days_locks_and_people_keep_the_same_path() -> None:
    # A one-person host meets six guests over two days of four slots; two meetings are locked, one of them
    # alone at the end of the first day. Overnight is no gap: the optimum has none.
    settings = f.settings(end=time(14, 40), tables=2)
    second = dataclasses.replace(settings.days[0], date=f.DAY + timedelta(days=1))
    settings = dataclasses.replace(settings, days=(settings.days[0], second))
    orgs = f.organisations(7)
    people = f.people({1: 1, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1, 7: 1})
    locks = (Meeting(1, 4, 1, (1, 2), (1, 2), locked=True), Meeting(2, 6, 1, (1, 3), (1, 4), locked=True))
    event = f.event(
        orgs, people, f.requests((g, 1) for g in range(2, 8)), event_settings=settings, meetings=locks
    )
    instance = build_instance(event)
    assert len(instance.days) == 2
    result = solve(instance, SolveOptions(time_limit=20, workers=1))
    assert result.status == SolveStatus.OPTIMAL
    assert validate(instance, result.meetings) == []
    assert len(result.meetings) == 6 and result.idle_gaps == 0
    placed = {m.organisation_ids: m.slot_id for m in result.meetings}
    assert placed[(1, 2)] == 4 and placed[(1, 3)] == 6
