"""Who may meet when: availability windows and morning or afternoon wishes, worked out before the model is
built."""

from __future__ import annotations

from datetime import time

import factories as f

from app.domain import (
    DaySession,
    EventSettings,
    MeetingRequest,
    Organisation,
)
from app.scheduler import Reason

solved = f.solved


pairs = f.pairs


reasons = f.reasons


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
