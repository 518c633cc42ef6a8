"""A pause after meetings in a row. The rule: trivially feasible, a forced violation, and a near miss that
is allowed."""

from __future__ import annotations

from datetime import time

import factories as f

from app.domain import (
    Break,
    Meeting,
)
from app.scheduler import Reason, build_instance, validate

solved = f.solved


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


def test_as_many_meetings_in_a_row_as_allowed_need_no_pause() -> None:
    two_slots = f.settings(start=time(13), end=time(13, 45), max_in_a_row=2)
    event = f.event(f.organisations(3), wishes=f.requests([(1, 2), (1, 3)]), event_settings=two_slots)
    assert len(event.slots) == 2
    assert len(solved(event).meetings) == 2


def test_the_meeting_a_pause_keeps_out_is_explained() -> None:
    three_slots = f.settings(start=time(13), end=time(14, 10), max_in_a_row=2)
    event = f.event(
        f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4)]), event_settings=three_slots
    )
    assert [u.reason for u in solved(event).unmet] == [Reason.PAUSE_DUE]
