"""A pair meets at most once; pairs kept apart (do not meet, only meetings between groups) never meet. The
rule: trivially feasible, a forced violation, and a near miss that is allowed."""

from __future__ import annotations

import dataclasses

import factories as f

from app.domain import (
    Event,
    Meeting,
    Organisation,
)
from app.scheduler import Reason, build_instance, validate

solved = f.solved


pairs = f.pairs


reasons = f.reasons


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
