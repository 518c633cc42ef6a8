"""The request value: mutual meetings first, then by priority. The rule: trivially feasible, a forced
violation, and a near miss that is allowed."""

from __future__ import annotations

from datetime import time

import factories as f
import pytest

from app.domain import (
    MeetingRequest,
    Priority,
)

solved = f.solved


pairs = f.pairs


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
