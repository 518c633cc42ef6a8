"""The objective's tiers (fairness, requests, idle gaps) in the organiser's order, host tables by group,
events of several days, reproducible timetables and the reasons they give for unmet requests."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import factories as f
import pytest

from app.domain import (
    Break,
    Event,
    EventDay,
    EventSettings,
    Meeting,
    Organisation,
    Period,
    Precedence,
    Priority,
    SolveStatus,
    Tier,
)
from app.scheduler import Reason, SolveOptions, SolveResult, build_instance, figures, solve
from app.scheduler.gaps import count_gaps


def with_tiers(event: Event, *tiers: Tier) -> Event:
    return dataclasses.replace(event, settings=dataclasses.replace(event.settings, tiers=tiers))


solved = f.solved


def slot_of(result: SolveResult, pair: tuple[int, int]) -> int:
    return next(m.slot_id for m in result.meetings if m.organisation_ids == pair)


def host_and_two_guests(
    guest_2: Organisation, guest_3: Organisation, *, host: Organisation | None = None, **settings: object
) -> Event:
    """Host 1 (one person) is wished for by guests 2 and 3; three slots from 13:00 unless told otherwise."""
    options: dict[str, object] = {"start": time(13), "end": time(14, 10), **settings}
    wishes = f.requests([(2, 1)]) + f.requests([(3, 1)], Priority.MUST_MEET)
    return f.event(
        (host or Organisation(1, "Host"), guest_2, guest_3),
        wishes=wishes,
        event_settings=f.settings(**options),  # type: ignore[arg-type]
    )


# -- idle gaps: counted per day, between meetings, never over a break or an absence ------------------------


def test_idle_slots_between_two_meetings_are_one_gap() -> None:
    instance = build_instance(host_and_two_guests(Organisation(2, "A"), Organisation(3, "B")))
    assert count_gaps(instance, [((1, 2), 1), ((1, 3), 3)])[1] == 1
    assert count_gaps(instance, [((1, 2), 1), ((1, 3), 2)])[1] == 0
    assert count_gaps(instance, [((1, 2), 2)])[1] == 0


def test_a_break_and_the_night_are_not_gaps() -> None:
    lunch = Break(time(13, 45), time(14, 15), "Lunch")
    days = (
        EventDay(date(2026, 6, 9), time(13), time(15, 5), (lunch,)),
        EventDay(date(2026, 6, 10), time(13), time(15, 5), (lunch,)),
    )
    settings = EventSettings(name="Two days", days=days, table_count=2)
    event = f.event(f.organisations(3), wishes=f.requests([(2, 1), (3, 1)]), event_settings=settings)
    instance = build_instance(event)
    first_day = instance.days[0]
    second_day = instance.days[1]
    assert len(first_day) == len(second_day) == 4  # 13:00, 13:25, then lunch, then 14:15, 14:40
    before_lunch, after_lunch = first_day[1], first_day[2]
    assert count_gaps(instance, [((1, 2), before_lunch), ((1, 3), after_lunch)])[1] == 0
    assert count_gaps(instance, [((1, 2), first_day[-1]), ((1, 3), second_day[0])])[1] == 0
    assert count_gaps(instance, [((1, 2), first_day[0]), ((1, 3), first_day[2])])[1] == 1


def test_time_away_is_not_a_gap() -> None:
    host = Organisation(1, "Host", away=(Period(time(13, 25), time(13, 45)),))
    instance = build_instance(host_and_two_guests(Organisation(2, "A"), Organisation(3, "B"), host=host))
    assert count_gaps(instance, [((1, 2), 1), ((1, 3), 3)])[1] == 0


def test_the_gaps_tier_closes_a_gap_the_greedy_start_leaves() -> None:
    # Guest 3 can only come in the last slot; meeting guest 2 first would leave the host idle in between.
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    result = solved(host_and_two_guests(Organisation(2, "Guest"), late))
    assert {m.organisation_ids for m in result.meetings} == {(1, 2), (1, 3)}
    assert (slot_of(result, (1, 2)), slot_of(result, (1, 3))) == (2, 3)
    assert result.idle_gaps == 0


def test_a_gap_that_cannot_be_avoided_is_kept_and_counted() -> None:
    early = Organisation(2, "Early guest", available_until=time(13, 20))
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    result = solved(host_and_two_guests(early, late))
    assert len(result.meetings) == 2, "a later tier never costs a meeting"
    assert result.idle_gaps == 1


def test_without_the_gaps_tier_gaps_are_not_pursued() -> None:
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    event = with_tiers(host_and_two_guests(Organisation(2, "Guest"), late), Tier.FAIRNESS, Tier.REQUESTS)
    result = solved(event)
    assert slot_of(result, (1, 2)) == 1, "the greedy start's earliest slot stays"
    assert result.idle_gaps == 1


def test_gaps_ranked_above_requests_drop_the_meeting_that_makes_a_gap_and_say_so() -> None:
    early = Organisation(2, "Early guest", available_until=time(13, 20))
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    event = with_tiers(host_and_two_guests(early, late), Tier.IDLE_GAPS, Tier.REQUESTS)
    result = solved(event)
    assert {m.organisation_ids for m in result.meetings} == {(1, 3)}, "the must-meet stays"
    (unmet,) = result.unmet
    assert (unmet.organisation_ids, unmet.reason) == ((1, 2), Reason.OUTRANKED)
    assert "idle gap" in unmet.detail


def test_the_gaps_tier_never_lowers_the_value_of_the_requests() -> None:
    event = f.delegation_day()
    with_gaps = solved(event)
    without = solved(with_tiers(event, Tier.FAIRNESS, Tier.REQUESTS))
    assert with_gaps.objective == without.objective
    assert with_gaps.idle_gaps is not None and without.idle_gaps is not None
    assert with_gaps.idle_gaps <= without.idle_gaps


def test_fairness_ranked_after_requests_keeps_their_value_and_is_proven() -> None:
    event = f.delegation_day()
    requests_first = solved(with_tiers(event, Tier.REQUESTS, Tier.FAIRNESS))
    requests_only = solved(with_tiers(event, Tier.REQUESTS))
    assert requests_first.objective == requests_only.objective
    assert requests_first.worst_off is not None and requests_first.worst_off >= 1


def test_figures_recount_the_timetable() -> None:
    early = Organisation(2, "Early guest", available_until=time(13, 20))
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    event = host_and_two_guests(early, late)
    result = solved(event)
    counted = figures(build_instance(event), result.meetings)
    assert (counted.idle_gaps, counted.most_idle_gaps, counted.fairness_level) == (1, 1, 2)
    assert counted.table_changes == 0


def test_tiers_are_named_in_any_order_but_requests_are_needed() -> None:
    assert Tier.parse(" Gaps , requests") == (Tier.IDLE_GAPS, Tier.REQUESTS)
    with pytest.raises(ValueError, match="unknown objective tier 'speed'"):
        Tier.parse("requests,speed")
    with pytest.raises(ValueError, match="needs the 'requests' tier"):
        dataclasses.replace(f.settings(), tiers=(Tier.FAIRNESS,))
    with pytest.raises(ValueError, match="once"):
        dataclasses.replace(f.settings(), tiers=(Tier.REQUESTS, Tier.REQUESTS))


# -- fixed host tables for a group -----------------------------------------------------------------------


def hosts_and_guests(hosts: int, guests: int, tables: int, group: str = "Host") -> Event:
    orgs = tuple(Organisation(i, f"Host {i}", group="Host") for i in range(1, hosts + 1)) + tuple(
        Organisation(hosts + i, f"Guest {i}", group="Guest") for i in range(1, guests + 1)
    )
    wishes = f.requests((g, h) for g in range(hosts + 1, hosts + guests + 1) for h in range(1, hosts + 1))
    if guests > 1:
        wishes += f.requests([(hosts + 1, hosts + 2)])
    settings = dataclasses.replace(f.settings(tables=tables), host_group=group)
    return f.event(orgs, wishes=wishes, event_settings=settings)


def test_each_host_keeps_its_own_table_and_guests_come_to_it() -> None:
    result = solved(hosts_and_guests(hosts=2, guests=2, tables=3))
    tables_of = {h: {m.table_id for m in result.meetings if h in m.organisation_ids} for h in (1, 2)}
    assert all(len(tables) == 1 for tables in tables_of.values())
    assert tables_of[1] != tables_of[2]
    (guest_meeting,) = [m for m in result.meetings if m.organisation_ids == (3, 4)]
    assert guest_meeting.table_id not in tables_of[1] | tables_of[2]


def test_more_hosts_than_tables_is_named_before_solving() -> None:
    result = solve(build_instance(hosts_and_guests(hosts=3, guests=1, tables=2)), SolveOptions(time_limit=5))
    assert result.status == SolveStatus.INFEASIBLE
    assert result.conflicts == (
        "the 3 organisations of group 'Host' each keep a table, but only 2 tables are left for them; "
        "add tables or give some of them none",
    )


def test_a_host_group_nobody_is_in_is_named() -> None:
    result = solve(build_instance(hosts_and_guests(2, 2, 3, group="Hosts")), SolveOptions(time_limit=5))
    assert result.status == SolveStatus.INFEASIBLE
    assert "no organisation is in that group" in result.conflicts[0]


def test_as_many_hosts_as_tables_leaves_none_for_guests_meeting_each_other() -> None:
    result = solved(hosts_and_guests(hosts=2, guests=2, tables=2))
    assert (3, 4) not in {m.organisation_ids for m in result.meetings}
    assert {u.organisation_ids: u.reason for u in result.unmet}[(3, 4)] == Reason.TABLES_FULL
    assert len(result.meetings) == 4


def test_a_host_with_a_table_of_its_own_keeps_it_and_the_others_share_the_rest() -> None:
    event = hosts_and_guests(hosts=2, guests=2, tables=3)
    named = tuple(dataclasses.replace(o, table="Table 1") if o.id == 2 else o for o in event.organisations)
    instance = build_instance(dataclasses.replace(event, organisations=named))
    assert instance.host_table == {2: 1, 1: 2}


# -- unmet requests: the rule that keeps each one out -------------------------------------------------------


def test_a_pause_due_is_the_reason() -> None:
    # One meeting in any two slots in a row; both guests can only come in the first two slots.
    early = Organisation(2, "A", available_until=time(13, 45))
    also_early = Organisation(3, "B", available_until=time(13, 45))
    result = solved(host_and_two_guests(early, also_early, max_in_a_row=1))
    assert len(result.meetings) == 1
    (unmet,) = result.unmet
    assert unmet.reason == Reason.PAUSE_DUE


def test_a_required_order_is_the_reason() -> None:
    # Meeting guest 2 must come first, but guest 3 (a must-meet) can only come in the first slot.
    first_only = Organisation(3, "B", available_until=time(13, 20))
    event = host_and_two_guests(Organisation(2, "A"), first_only)
    event = dataclasses.replace(event, precedences=(Precedence((1, 2), (1, 3)),))
    result = solved(event)
    assert {m.organisation_ids for m in result.meetings} == {(1, 3)}
    assert {u.organisation_ids: u.reason for u in result.unmet} == {(1, 2): Reason.MEETING_ORDER}


# -- the same event and settings give the same timetable ----------------------------------------------------


def crowded() -> Event:
    orgs = f.organisations(24)
    wishes = f.requests((g, h) for g in range(13, 25) for h in range(1, 13) if (g + h) % 3)
    wishes += f.requests(((h, h + 12) for h in range(1, 13)), Priority.MUST_MEET)
    return f.event(orgs, wishes=wishes, event_settings=f.settings(start=time(9), end=time(12), tables=6))


def test_the_same_event_gives_the_same_timetable_when_time_runs_out() -> None:
    instance = build_instance(crowded())
    # The work budget ends each solve after about 2 s; the generous clock limit only guards, so a busy
    # machine gives the same timetable too.
    options = SolveOptions(time_limit=60, work_limit=1.5, workers=2)
    runs = [solve(instance, options) for _ in range(2)]
    assert runs[0].has_schedule
    tables = [sorted((m.organisation_ids, m.slot_id, m.table_id) for m in r.meetings) for r in runs]
    assert tables[0] == tables[1]


def test_a_locked_meeting_keeps_its_place_through_every_tier() -> None:
    late = Organisation(3, "Late guest", available_from=time(13, 50))
    event = host_and_two_guests(Organisation(2, "Guest"), late)
    lock = Meeting(1, 1, 1, (1, 2), (1, 2), locked=True)
    result = solved(dataclasses.replace(event, meetings=(lock,)))
    assert slot_of(result, (1, 2)) == 1, "the organiser's lock outranks compact days"
    assert result.idle_gaps == 1
