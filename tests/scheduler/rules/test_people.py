"""An organisation holds at most as many meetings at once as it has people present. The rule: trivially
feasible, a forced violation, and a near miss that is allowed."""

from __future__ import annotations

from datetime import time

import factories as f

from app.domain import (
    Meeting,
    Organisation,
    Participant,
    Period,
)
from app.scheduler import Reason, build_instance, validate

solved = f.solved


pairs = f.pairs


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
