"""Interpreters: required, preferred, or none registered. The rule: trivially feasible, a forced violation,
and a near miss that is allowed."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f

from app.domain import (
    Interpreter,
    Interpreting,
    Meeting,
    Organisation,
    Participant,
    Priority,
    SolveStatus,
    Tier,
)
from app.scheduler import Reason, build_instance, validate

solved = f.solved


pairs = f.pairs


reasons = f.reasons


# -- interpreters -------------------------------------------------------------------------------------------


def speaking(*languages: tuple[str, ...]) -> tuple[Organisation, ...]:
    return tuple(Organisation(i, f"Org {i}", languages=spoken) for i, spoken in enumerate(languages, start=1))


ZH, NO = ("Chinese",), ("Norwegian",)


def test_a_meeting_without_a_common_language_gets_an_interpreter() -> None:
    helpers = (Interpreter(1, "Liu Mei", ("中文", "Norsk")),)
    event = f.event(speaking(ZH, NO, ("English", "Norwegian")), wishes=f.requests([(1, 2), (2, 3)]))
    event = f.interpreted(event, *helpers)
    result = solved(event)
    by_pair = {m.organisation_ids: m.interpreter_id for m in result.meetings}
    assert by_pair == {(1, 2): 1, (2, 3): None}, "Norwegian is shared by 2 and 3"


def test_nobody_bridging_the_languages_leaves_the_meeting_out() -> None:
    event = f.interpreted(
        f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), Interpreter(1, "Ana", ("Spanish", "English"))
    )
    result = solved(event)
    assert result.meetings == ()
    assert reasons(result) == {(1, 2): Reason.NO_INTERPRETER}


def test_an_interpreter_does_one_meeting_at_a_time() -> None:
    one_slot = f.settings(end=time(13, 20))
    orgs = speaking(ZH, NO, ZH, NO)
    event = f.event(
        orgs, wishes=f.requests([(1, 2)], Priority.MUST_MEET) + f.requests([(3, 4)]), event_settings=one_slot
    )
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")))
    result = solved(event)
    assert pairs(result) == {(1, 2)}
    assert reasons(result) == {(3, 4): Reason.NO_INTERPRETER}


def test_a_meeting_waits_for_its_interpreter_to_arrive() -> None:
    late = Interpreter(1, "Kari", ("Chinese", "Norwegian"), available_from=time(14))
    event = f.interpreted(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), late)
    (meeting,) = solved(event).meetings
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)
    assert meeting.interpreter_id == 1


def test_validator_refuses_a_missing_or_double_booked_interpreter() -> None:
    helpers = (Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")),)
    event = f.interpreted(f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)])), *helpers)
    instance = build_instance(event)
    missing = [Meeting(1, 1, 1, (1, 2), (1, 2))]
    assert any("no interpreter is named" in p for p in validate(instance, missing))
    twice = [
        Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=1),
        Meeting(2, 1, 2, (3, 4), (3, 4), interpreter_id=1),
    ]
    assert any("interpreter Liu Mei is named on 2 meetings" in p for p in validate(instance, twice))


def test_sides_sharing_any_language_need_no_interpreter() -> None:
    event = f.event(speaking(("Chinese", "English"), ("Norwegian", "english")), wishes=f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert meeting.interpreter_id is None


# -- interpreting preferred, or no interpreters at all ------------------------------------------------------


def test_without_interpreters_a_meeting_without_a_common_language_is_planned_and_marked() -> None:
    event = f.event(speaking(ZH, NO, ("Norwegian", "English")), wishes=f.requests([(1, 2), (2, 3)]))
    result = solved(event)
    assert pairs(result) == {(1, 2), (2, 3)}
    assert result.unmet == ()
    planned = dataclasses.replace(event, meetings=result.meetings)
    need = {m.organisation_ids for m in planned.meetings if planned.needs_interpreting(m)}
    assert need == {(1, 2)}


def test_required_interpreting_without_any_interpreter_registered_still_plans() -> None:
    # Nobody to require: the organiser books interpreters once the plan shows how many are needed.
    required = f.settings(interpreting=Interpreting.REQUIRED)
    result = solved(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)]), event_settings=required))
    assert pairs(result) == {(1, 2)}


def test_preferred_interpreting_plans_more_meetings_than_interpreters() -> None:
    one_slot = f.settings(end=time(13, 20))
    event = f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)]), event_settings=one_slot)
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")), required=False)
    result = solved(event)
    assert pairs(result) == {(1, 2), (3, 4)}, "required, (3, 4) would be left out (see above)"
    assert sorted(m.interpreter_id for m in result.meetings if m.interpreter_id is not None) == [1]
    assert validate(build_instance(event), result.meetings) == []


def test_the_interpreting_tier_moves_a_meeting_to_when_its_interpreter_is_there() -> None:
    late = Interpreter(1, "Kari", ("Chinese", "Norwegian"), available_from=time(14))
    event = f.interpreted(f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)])), late, required=False)
    result = solved(event)
    (meeting,) = result.meetings
    assert meeting.interpreter_id == 1
    assert event.slot_by_id[meeting.slot_id].start.time() >= time(14)
    assert result.status == SolveStatus.OPTIMAL


def test_interpreters_never_cost_a_wished_meeting_ranked_above_them() -> None:
    # One slot with the interpreter, one without; 1 must meet both 2 and 3, who share no language with it.
    two_slots = f.settings(end=time(13, 45))
    event = f.event(speaking(ZH, NO, NO), wishes=f.requests([(1, 2), (1, 3)]), event_settings=two_slots)
    early = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"), available_until=time(13, 20))
    result = solved(f.interpreted(event, early, required=False))
    assert pairs(result) == {(1, 2), (1, 3)}
    assert [m.interpreter_id for m in result.meetings].count(1) == 1


def test_left_out_of_the_tiers_interpreters_are_still_named_where_they_are_free() -> None:
    tiers = (Tier.FAIRNESS, Tier.REQUESTS, Tier.IDLE_GAPS)
    settings = dataclasses.replace(f.settings(end=time(13, 20)), tiers=tiers)
    event = f.event(speaking(ZH, NO), wishes=f.requests([(1, 2)]), event_settings=settings)
    event = f.interpreted(event, Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")), required=False)
    (meeting,) = solved(event).meetings
    assert meeting.interpreter_id == 1


def test_a_bilingual_participant_covers_the_meeting_they_attend() -> None:
    guests = Organisation(1, "Shandong Port Group", languages=("Chinese",))
    host = Organisation(2, "Stavanger Havn", languages=("Norwegian", "English"))
    people = (
        Participant(1, 1, "王伟 Wang Wei", languages=("Chinese",)),
        Participant(2, 1, "李娜 Li Na", languages=("Chinese", "English")),
        Participant(3, 2, "Kari Nordmann"),
    )
    event = f.event((guests, host), people, f.requests([(1, 2)]))
    (meeting,) = solved(event).meetings
    assert 2 in meeting.participant_ids
    planned = dataclasses.replace(event, meetings=(meeting,))
    assert not planned.needs_interpreting(meeting)
    without_li = dataclasses.replace(meeting, participant_ids=(1, 3))
    assert planned.needs_interpreting(without_li)


def test_validator_checks_an_interpreter_named_on_a_meeting_that_would_only_like_one() -> None:
    helpers = (
        Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")),
        Interpreter(2, "Ana", ("Spanish", "English")),
    )
    event = f.event(speaking(ZH, NO, ZH, NO), wishes=f.requests([(1, 2), (3, 4)]))
    instance = build_instance(f.interpreted(event, *helpers, required=False))
    assert validate(instance, [Meeting(1, 1, 1, (1, 2), (1, 2))]) == [], "may go ahead without"
    wrong = [Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=2)]
    assert any("interpreter 2 does not speak both sides' languages" in p for p in validate(instance, wrong))
    twice = [
        Meeting(1, 1, 1, (1, 2), (1, 2), interpreter_id=1),
        Meeting(2, 1, 2, (3, 4), (3, 4), interpreter_id=1),
    ]
    assert any("interpreter Liu Mei is named on 2 meetings" in p for p in validate(instance, twice))


def test_the_delegations_own_interpreter_goes_to_a_meeting_that_needs_them() -> None:
    # The delegation holds two meetings at once: one with a Chinese-speaking firm, one with a Norwegian one.
    one_slot = f.settings(end=time(13, 20))
    delegation = Organisation(1, "Shandong delegation", languages=("Chinese",))
    firms = (
        Organisation(2, "Qingdao Ports", languages=("Chinese",)),
        Organisation(3, "Stavanger Havn", languages=("Norwegian",)),
    )
    people = (
        Participant(1, 1, "王伟 Wang Wei"),
        Participant(2, 1, "李娜 Li Na", languages=("Chinese", "Norwegian")),
        Participant(3, 2, "赵磊 Zhao Lei"),
        Participant(4, 3, "Kari Nordmann"),
    )
    event = f.event((delegation, *firms), people, f.requests([(1, 2), (1, 3)]), event_settings=one_slot)
    result = solved(event)
    by_pair = {m.organisation_ids: m.participant_ids for m in result.meetings}
    assert by_pair == {(1, 2): (1, 3), (1, 3): (2, 4)}
    planned = dataclasses.replace(event, meetings=result.meetings)
    assert not any(planned.needs_interpreting(m) for m in planned.meetings)
