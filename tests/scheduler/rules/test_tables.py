"""Tables: no more meetings at once than tables, enough seats, own tables. The rule: trivially feasible, a
forced violation, and a near miss that is allowed."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f

from app.domain import (
    Event,
    EventSettings,
    Meeting,
    Organisation,
    Priority,
    SolveStatus,
)
from app.scheduler import Reason, SolveOptions, build_instance, solve, validate

solved = f.solved


pairs = f.pairs


reasons = f.reasons


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
