"""Re-planning the rest of a day: what has started stays, absent sides are cancelled with their reason or a
free colleague stands in, freed tables go to unmet wishes (mutual first, walk-ins included), and nothing else
moves unless the organiser allows it. Every re-plan ends with the validator."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, time

import factories as f
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Attendance, Event, Meeting, MeetingRequest, Organisation, Participant, Priority
from app.scheduler import build_instance, validate
from app.scheduler.assign import build_meetings
from app.scheduler.greedy import greedy_plan
from app.scheduler.replan import Replan, day_instance, replan

# The factory day (13:00-15:00, 20 minutes and 5 of pause) has slots 1 13:00, 2 13:25, 3 13:50, 4 14:15
# and 5 14:40.


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(f.DAY, time(hour, minute))


def day(
    orgs: int,
    meetings: Sequence[Meeting],
    wishes: Sequence[tuple[int, int]] = (),
    *,
    tables: int = 4,
    people: dict[int, int] | None = None,
    attendance: Sequence[Attendance] = (),
) -> Event:
    participants = f.people(people or dict.fromkeys(range(1, orgs + 1), 1))
    pairs = {m.organisation_ids for m in meetings}
    requests = f.requests([*pairs, *wishes])
    event = f.event(
        f.organisations(orgs),
        participants,
        requests,
        event_settings=f.settings(tables=tables),
        meetings=meetings,
    )
    return dataclasses.replace(event, attendance=tuple(attendance))


def valid(event: Event, now: datetime, result: Replan) -> None:
    """The re-plan keeps every hard rule, on the day as it stands and on the event as planned."""
    assert result.problems == ()
    assert validate(day_instance(event, now), result.meetings) == []
    assert validate(build_instance(event), result.meetings) == []


def by_pair(result: Replan) -> dict[tuple[int, int], Meeting]:
    return {m.organisation_ids: m for m in result.meetings}


def test_nothing_absent_nothing_free_changes_nothing() -> None:
    event = day(4, [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 3, 1, (3, 4), (3, 4))])
    result = replan(event, at(13, 30))
    assert result.changes.empty
    assert result.changes.unchanged == 2
    assert sorted(result.meetings, key=lambda m: m.id) == list(event.meetings)
    valid(event, at(13, 30), result)


def test_a_started_slot_stays_exactly_as_it_was_even_with_a_no_show() -> None:
    no_show = Attendance(2, absent_from=at(13))
    event = day(4, [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 3, 2, (2, 3), (2, 3))], attendance=[no_show])
    result = replan(event, at(13, 5))
    assert by_pair(result)[(1, 2)] == event.meetings[0]
    assert [c.meeting for c in result.changes.cancelled] == [event.meetings[1]]
    valid(event, at(13, 5), result)


def test_a_slot_not_started_yet_is_re_planned() -> None:
    no_show = Attendance(2, absent_from=at(13))
    event = day(4, [Meeting(1, 1, 1, (1, 2), (1, 2))], attendance=[no_show])
    result = replan(event, at(12, 59))
    assert [c.meeting.id for c in result.changes.cancelled] == [1]


def test_an_absent_side_is_cancelled_with_its_reason_in_words() -> None:
    gone = Attendance(2, absent_from=at(13, 50))
    event = day(3, [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 3, 1, (2, 3), (2, 3))], attendance=[gone])
    result = replan(event, at(13, 30))
    (cancelled,) = result.changes.cancelled
    assert cancelled.meeting == event.meetings[1]
    assert cancelled.reason == "Org 2 is absent from 13:50"
    assert (2, 3) not in by_pair(result)
    valid(event, at(13, 30), result)


def test_a_late_arrival_is_named_with_the_time_expected() -> None:
    late = Attendance(3, expected_from=at(14, 30))
    event = day(3, [Meeting(1, 2, 1, (2, 3), (2, 3))], attendance=[late])
    result = replan(event, at(13))
    assert [c.reason for c in result.changes.cancelled] == ["Org 3 is expected only from 14:30"]


def test_a_late_arrival_who_has_arrived_keeps_the_meeting() -> None:
    came = Attendance(3, arrived_at=at(13, 10), expected_from=at(14, 30))
    event = day(3, [Meeting(1, 2, 1, (2, 3), (2, 3))], attendance=[came])
    assert replan(event, at(13)).changes.empty


def test_a_free_colleague_takes_the_place_of_one_absent() -> None:
    # Org 1 has people 1 and 2; person 1 is absent from 13:30, person 2 is free at 13:50.
    event = day(
        2,
        [Meeting(1, 3, 1, (1, 2), (1, 3))],
        people={1: 2, 2: 1},
        attendance=[Attendance(1, absent_from=at(13, 30))],
    )
    result = replan(event, at(13, 30))
    assert result.changes.cancelled == ()
    meeting = by_pair(result)[(1, 2)]
    assert (meeting.slot_id, meeting.table_id, meeting.participant_ids) == (3, 1, (2, 3))
    (change,) = result.changes.moved
    assert change.reason == "Person 2 in place of Person 1"
    valid(event, at(13, 30), result)


def test_a_colleague_busy_elsewhere_cannot_stand_in() -> None:
    event = day(
        3,
        [Meeting(1, 3, 1, (1, 2), (1, 3)), Meeting(2, 3, 2, (1, 3), (2, 4))],
        people={1: 2, 2: 1, 3: 1},
        attendance=[Attendance(1, absent_from=at(13, 30))],
    )
    result = replan(event, at(13, 30))
    assert [c.meeting.id for c in result.changes.cancelled] == [1]
    assert by_pair(result)[(1, 3)] == event.meetings[1]
    valid(event, at(13, 30), result)


def test_freed_table_goes_to_the_unmet_mutual_wish_first() -> None:
    # One table, every slot taken. Org 2 leaves; its place at 14:15 goes to 1-3 (mutual) rather than to the
    # must-meet one-way wish of 4 to meet 3.
    meetings = [
        Meeting(1, 1, 1, (4, 5), (4, 5)),
        Meeting(2, 2, 1, (5, 6), (5, 6)),
        Meeting(3, 3, 1, (4, 6), (4, 6)),
        Meeting(4, 4, 1, (1, 2), (1, 2)),
        Meeting(5, 5, 1, (5, 7), (5, 7)),
    ]
    event = day(7, meetings, tables=1, attendance=[Attendance(2, absent_from=at(14))])
    wishes = (
        MeetingRequest(1, 3),
        MeetingRequest(3, 1),
        MeetingRequest(4, 3, Priority.MUST_MEET),
    )
    event = dataclasses.replace(event, requests=event.requests + wishes)
    result = replan(event, at(14))
    assert [c.meeting.id for c in result.changes.cancelled] == [4]
    (added,) = result.changes.added
    assert (added.organisation_ids, added.slot_id, added.table_id) == ((1, 3), 4, 1)
    assert result.changes.unchanged == 4
    assert result.proven_best
    valid(event, at(14), result)


def test_a_walk_ins_wish_is_met_at_a_free_table() -> None:
    event = day(3, [Meeting(1, 2, 1, (1, 2), (1, 2))])
    walk_in = Organisation(4, "Harbour Walk-in AS", walk_in=True)
    event = dataclasses.replace(
        event,
        organisations=(*event.organisations, walk_in),
        participants=(*event.participants, Participant(4, 4, "Walk-in person", walk_in=True)),
        requests=(*event.requests, MeetingRequest(4, 1, Priority.MUST_MEET)),
    )
    result = replan(event, at(13, 30))
    (added,) = result.changes.added
    assert added.organisation_ids == (1, 4)
    assert event.slot_by_id[added.slot_id].start > at(13, 30)
    assert added.participant_ids == (1, 4)
    assert added.id not in {m.id for m in event.meetings}
    valid(event, at(13, 30), result)


def test_nothing_new_goes_into_a_started_slot() -> None:
    event = day(3, [], wishes=[(1, 2), (2, 3)])
    result = replan(event, at(14, 20))
    assert {event.slot_by_id[m.slot_id].start for m in result.meetings} == {at(14, 40)}
    assert len(result.changes.added) == 1


def moving_day() -> Event:
    """One table. Org 3 comes only at 14:40, where 4-5 sits; 1-3 is a mutual wish. Moving 4-5 to another
    slot would let 1 and 3 meet."""
    meetings = [Meeting(1, 5, 1, (4, 5), (4, 5)), Meeting(2, 1, 1, (1, 2), (1, 2))]
    event = day(
        5, meetings, wishes=[(1, 3), (3, 1)], tables=1, attendance=[Attendance(3, expected_from=at(14, 40))]
    )
    return event


def test_no_meeting_moves_without_permission() -> None:
    event = moving_day()
    result = replan(event, at(13, 10))
    assert result.changes.moved == ()
    assert result.changes.added == ()
    assert by_pair(result)[(4, 5)] == event.meetings[0]
    valid(event, at(13, 10), result)


def test_a_move_allowed_meets_the_wish_and_says_why() -> None:
    event = moving_day()
    result = replan(event, at(13, 10), allow_moves=1)
    (move,) = result.changes.moved
    assert move.before == event.meetings[0]
    assert move.after.slot_id in {2, 3, 4}
    assert "to make room" in move.reason
    (added,) = result.changes.added
    assert (added.organisation_ids, added.slot_id) == ((1, 3), 5)
    valid(event, at(13, 10), result)


def test_moves_stay_within_the_number_allowed() -> None:
    # Two tables' worth of wishes blocked behind meetings that could move; one move allowed.
    # People: org 3 has 3 and 4, so org n > 3 has person n + 1.
    meetings = [Meeting(1, 5, 1, (4, 5), (5, 6)), Meeting(2, 5, 2, (6, 7), (7, 8))]
    event = day(
        8,
        meetings,
        wishes=[(1, 3), (3, 1), (8, 3), (3, 8), (2, 8), (8, 2)],
        tables=2,
        people={1: 1, 2: 1, 3: 2, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1},
        attendance=[Attendance(5, expected_from=at(14, 40)), Attendance(6, expected_from=at(14, 40))],
    )
    for allowed in (0, 1, 2):
        result = replan(event, at(13, 10), allow_moves=allowed)
        moved = [m for m in result.changes.moved if m.before.slot_id != m.after.slot_id]
        assert len(moved) <= allowed
        valid(event, at(13, 10), result)


def test_a_locked_meeting_with_a_side_absent_is_cancelled_like_any_other() -> None:
    locked = Meeting(1, 3, 1, (1, 2), (1, 2), locked=True)
    event = day(3, [locked], wishes=[(1, 3)], attendance=[Attendance(2, absent_from=at(13))])
    result = replan(event, at(13, 10))
    assert [c.meeting for c in result.changes.cancelled] == [locked]
    assert result.problems == ()
    assert validate(day_instance(event, at(13, 10)), result.meetings) == []


def test_a_locked_meeting_never_moves() -> None:
    event = moving_day()
    event = dataclasses.replace(
        event, meetings=(dataclasses.replace(event.meetings[0], locked=True), event.meetings[1])
    )
    result = replan(event, at(13, 10), allow_moves=3)
    assert result.changes.moved == ()


# -- the property: a re-plan never touches a started slot and never moves a meeting without permission --


@st.composite
def days_on_the_day(draw: st.DrawFn) -> tuple[Event, datetime, int]:
    orgs = draw(st.integers(3, 7))
    people = {o: draw(st.integers(1, 2)) for o in range(1, orgs + 1)}
    pairs = [(a, b) for a in range(1, orgs + 1) for b in range(1, orgs + 1) if a != b]
    wishes = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=12, unique=True))
    tables = draw(st.integers(1, 3))
    event = f.event(
        f.organisations(orgs), f.people(people), f.requests(wishes), event_settings=f.settings(tables=tables)
    )
    planned = build_meetings(build_instance(event), greedy_plan(build_instance(event)))
    starts = [s.start for s in event.slots]
    attendance = []
    for person in event.participants:
        kind = draw(st.sampled_from(["here", "here", "gone", "late"]))
        when = draw(st.sampled_from(starts))
        if kind == "gone":
            attendance.append(Attendance(person.id, absent_from=when))
        elif kind == "late":
            attendance.append(Attendance(person.id, expected_from=when))
    later_wishes = draw(st.lists(st.sampled_from(pairs), max_size=4, unique=True))
    event = dataclasses.replace(
        event,
        meetings=planned,
        attendance=tuple(attendance),
        requests=event.requests + f.requests(later_wishes),
    )
    now = datetime.combine(f.DAY, time(12, 50)) + draw(st.sampled_from(range(0, 130, 5))) * (
        at(13, 1) - at(13)
    )
    return event, now, draw(st.integers(0, 2))


@settings(max_examples=25, deadline=None)
@given(days_on_the_day())
def test_a_re_plan_never_touches_a_started_slot_nor_moves_without_permission(
    case: tuple[Event, datetime, int],
) -> None:
    event, now, allowed = case
    started = {s.id for s in event.slots if s.start <= now}
    for moves in (0, allowed):
        result = replan(event, now, allow_moves=moves, time_limit=0.5)
        assert {m for m in result.meetings if m.slot_id in started} == {
            m for m in event.meetings if m.slot_id in started
        }
        after = {m.id: m for m in result.meetings}
        cancelled = {c.meeting.id for c in result.changes.cancelled}
        shifted = [
            m
            for m in event.meetings
            if m.id not in cancelled
            and (after[m.id].slot_id, after[m.id].table_id) != (m.slot_id, m.table_id)
        ]
        assert len(shifted) <= moves
        assert all(event.slot_by_id[m.slot_id].start > now for m in result.changes.added)
        counted = len(result.changes.cancelled) + len(result.changes.moved) + result.changes.unchanged
        assert counted == len(event.meetings)
        valid(event, now, result)


def test_an_agreed_meeting_an_absence_cancels_is_no_demand_on_the_day_nor_is_a_wish_made_since() -> None:
    gone = Attendance(2, absent_from=at(13, 50))
    event = day(
        5, [Meeting(1, 1, 1, (1, 2), (1, 2)), Meeting(2, 3, 1, (2, 3), (2, 3))], [(4, 5)], attendance=[gone]
    )
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, agreed=True))
    assert event.agreed_pairs == {(1, 2), (2, 3), (4, 5)}
    result = replan(event, at(13, 30))
    assert result.problems == ()
    assert [c.meeting for c in result.changes.cancelled] == [event.meetings[1]]
    assert (4, 5) in by_pair(result), "the wish made since is met where there is room"
    assert validate(day_instance(event, at(13, 30)), result.meetings) == []
