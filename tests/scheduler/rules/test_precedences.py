"""One meeting before another. The rule: trivially feasible, a forced violation, and a near miss that is
allowed."""

from __future__ import annotations

from datetime import time

import factories as f

from app.domain import (
    Meeting,
    Organisation,
    Precedence,
    Priority,
)
from app.scheduler import build_instance, validate

solved = f.solved


pairs = f.pairs


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
