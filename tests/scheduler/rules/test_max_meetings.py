"""At most max_meetings meetings per organisation. The rule: trivially feasible, a forced violation, and a
near miss that is allowed."""

from __future__ import annotations

import factories as f

from app.domain import (
    Meeting,
    Organisation,
    Priority,
)
from app.scheduler import Reason, build_instance, validate

solved = f.solved


pairs = f.pairs


reasons = f.reasons


# -- maximum meetings per organisation --------------------------------------------------------------------


def test_without_a_maximum_an_organisation_holds_every_meeting_it_asked_for() -> None:
    result = solved(f.event(f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4)])))
    assert pairs(result) == {(1, 2), (1, 3), (1, 4)}


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
