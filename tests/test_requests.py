"""Requests by organisation and by group, edits to them, and pairs suggested from shared interests."""

from __future__ import annotations

import dataclasses
import random
from datetime import time

import factories as f
import pytest

from app.domain import Event, Meeting, MeetingRequest, Organisation, Priority, pair_of
from app.domain.interests import InterestMatcher, interest_key
from app.domain.wishes import (
    request_matrix,
    wishes_by_organisation,
    with_priority,
    with_requests,
    without_request,
)
from app.scheduler.instance import excluded_pairs
from app.services import edits
from app.services.suggestions import suggest_pairs


def org(number: int, *interests: str, group: str = "", **fields: object) -> Organisation:
    return Organisation(number, f"Org {number}", group=group, interests=interests, **fields)  # type: ignore[arg-type]


def suggested(event: Event, **options: int) -> list[tuple[int, int]]:
    return [s.pair for s in suggest_pairs(event, **options)]


# -- interests -----------------------------------------------------------------------------------------


def test_interests_are_compared_without_case_accents_hyphens_or_plural() -> None:
    assert interest_key("Offshore-Wind Énergies") == "offshore wind energie"
    assert interest_key("  Ports & Logistics ") == interest_key("ports and logistic")
    assert interest_key("Sjømat") == "sjomat"
    assert interest_key("—") == ""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("offshore wind", "Offshore-wind energy"),
        ("Digitalisation", "digitalization"),
        ("ports", "Port"),
        ("Medical devices", "medical device"),
        ("Hydrogen", "green hydrogen"),
    ],
)
def test_interests_that_say_the_same_match(first: str, second: str) -> None:
    matcher = InterestMatcher([org(1, first), org(2, second)])
    assert matcher.pairs().keys() == {(1, 2)}
    (shared,) = matcher.shared(1, 2)
    assert (shared.first, shared.second) == (first, second)
    assert shared.similarity > 0.9


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("energy storage", "energy transition"),
        ("ports", "sports"),
        ("smart manufacturing", "smart city"),
        ("ports and logistics", "oil and gas"),
        ("automation", "automotive"),
    ],
)
def test_interests_that_only_look_alike_do_not(first: str, second: str) -> None:
    assert InterestMatcher([org(1, first), org(2, second)]).pairs() == {}


def test_each_interest_is_shared_once_closest_first() -> None:
    matcher = InterestMatcher(
        [org(1, "offshore wind", "Ports"), org(2, "offshore wind energy", "ports", "wind")]
    )
    shared = matcher.shared(1, 2)
    assert [(s.first, s.second) for s in shared] == [
        ("offshore wind", "offshore wind energy"),
        ("Ports", "ports"),
    ]
    assert str(shared[1]) == "Ports"
    assert str(shared[0]) == "offshore wind ~ offshore wind energy"
    assert matcher.score(shared) == 2.0
    assert matcher.pairs()[(1, 2)] >= matcher.score(shared), "the bound is never below the score"


# -- suggested pairs -----------------------------------------------------------------------------------


def test_a_pair_sharing_an_interest_is_suggested_trivially() -> None:
    event = f.event([org(1, "ports"), org(2, "Ports"), org(3, "tunnels")])
    (suggestion,) = suggest_pairs(event)
    assert suggestion.pair == (1, 2)
    assert [str(s) for s in suggestion.shared] == ["ports"]
    assert suggestion.request() == MeetingRequest(1, 2, Priority.WOULD_LIKE)


def test_pairs_kept_apart_are_never_suggested() -> None:
    orgs = [org(1, "ports"), org(2, "ports"), org(3, "ports")]
    assert set(suggested(f.event(orgs))) == {(1, 2), (1, 3), (2, 3)}
    assert set(suggested(f.event(orgs, apart=[(1, 2)]))) == {(1, 3), (2, 3)}


def test_one_group_is_never_suggested_when_only_meetings_between_groups_are_planned() -> None:
    orgs = [
        org(1, "ports", group="Delegation"),
        org(2, "ports", group="delegation "),
        org(3, "ports", group="Host"),
        org(4, "ports"),  # no group: may meet anyone, as the planner has it
    ]
    event = f.event(orgs)
    across = dataclasses.replace(event, settings=dataclasses.replace(event.settings, across_groups_only=True))
    assert (1, 2) in suggested(event, per_organisation=5)
    pairs = suggested(across, per_organisation=5)
    assert (1, 2) not in pairs
    assert {(1, 3), (2, 3), (1, 4), (2, 4), (3, 4)} <= set(pairs), "a near miss: other groups may meet"


def test_pairs_already_requested_either_way_or_meeting_are_not_suggested() -> None:
    orgs = [org(i, "ports") for i in range(1, 5)]
    meeting = Meeting(1, slot_id=1, table_id=1, organisation_ids=(3, 4))
    event = f.event(orgs, wishes=[MeetingRequest(2, 1)], meetings=[meeting])
    assert set(suggested(event, per_organisation=5)) == {(1, 3), (1, 4), (2, 3), (2, 4)}


def test_pairs_that_are_never_there_together_or_may_hold_no_meeting_are_not_suggested() -> None:
    orgs = [
        org(1, "ports", available_until=time(14)),
        org(2, "ports", available_from=time(14)),
        org(3, "ports", max_meetings=0),
        org(4, "ports"),
    ]
    assert set(suggested(f.event(orgs), per_organisation=5)) == {(1, 4), (2, 4)}


def test_more_shared_interests_rank_first_then_the_larger_share() -> None:
    orgs = [
        org(1, "ports", "hydrogen", "subsea"),
        org(2, "ports", "hydrogen", "subsea"),  # three with 1
        org(3, "ports", "hydrogen", "tunnels", "bridges", "materials", "food"),  # two with 1 and 2, of many
        org(4, "ports", "hydrogen"),  # two with 1 and 2, of few
        org(5, "food"),
    ]
    pairs = suggested(f.event(orgs), per_organisation=10)
    assert pairs == [(1, 2), (1, 4), (2, 4), (3, 4), (1, 3), (2, 3), (3, 5)]


def test_no_organisation_gets_more_than_a_few_suggestions() -> None:
    hub = org(1, "ports")
    others = [org(i, "ports") for i in range(2, 12)]
    suggestions = suggest_pairs(f.event([hub, *others]), per_organisation=3)
    counts: dict[int, int] = {}
    for s in suggestions:
        assert s.requester_id != s.requested_id
        for side in s.pair:
            counts[side] = counts.get(side, 0) + 1
    assert max(counts.values()) == 3
    assert counts[1] == 3
    assert len(suggest_pairs(f.event([hub, *others]), limit=4)) == 4
    assert suggest_pairs(f.event([hub, *others]), per_organisation=0) == []


def test_the_request_goes_from_the_side_that_asked_for_less() -> None:
    orgs = [org(1, "ports", "subsea"), org(2, "Subsea", "ports"), org(3, "tunnels"), org(4, "tunnels")]
    (first, second) = suggest_pairs(f.event(orgs, wishes=[MeetingRequest(1, 3)]))
    assert (first.requester_id, first.requested_id) == (2, 1)
    assert [(s.first, s.second) for s in first.shared] == [("ports", "ports"), ("Subsea", "subsea")]
    assert (second.requester_id, second.requested_id) == (3, 4), "a tie: the first registered asks"


def test_without_interests_nothing_is_suggested() -> None:
    assert suggest_pairs(Event(f.settings())) == []
    assert suggest_pairs(f.event([org(1), org(2, "ports")])) == []


def reference(event: Event, per_organisation: int) -> list[tuple[int, int]]:
    """Every pair scored and sorted, then dealt out: what the lazy ranking must equal."""
    matcher = InterestMatcher(event.organisations)
    count = {o.id: matcher.interest_count(o.id) for o in event.organisations}
    excluded = excluded_pairs(event, dict.fromkeys(matcher.pairs()))
    ranked = []
    for a, b in matcher.pairs():
        if (a, b) in event.requested_pairs or (a, b) in excluded:
            continue
        shared = matcher.shared(a, b)
        ranked.append((-matcher.score(shared), -2 * len(shared) / (count[a] + count[b]), a, b))
    ranked.sort()
    taken: dict[int, int] = {}
    result = []
    for *_, a, b in ranked:
        if taken.get(a, 0) < per_organisation and taken.get(b, 0) < per_organisation:
            taken[a] = taken.get(a, 0) + 1
            taken[b] = taken.get(b, 0) + 1
            result.append((a, b))
    return result


@pytest.mark.parametrize("seed", range(5))
def test_the_ranking_is_that_of_every_pair_scored(seed: int) -> None:
    rng = random.Random(seed)
    words = ["offshore wind", "Offshore-wind energy", "ports", "Port", "hydrogen", "green hydrogen", "subsea"]
    words += ["digitalisation", "digitalization", "tunnels", "bridges", "food", "seafood", "materials"]
    orgs = [org(i, *rng.sample(words, rng.randint(0, 4)), group=rng.choice(["A", "B"])) for i in range(1, 41)]
    wishes = {(rng.randint(1, 40), rng.randint(1, 40)) for _ in range(30)}
    event = f.event(orgs, wishes=[MeetingRequest(a, b) for a, b in wishes if a != b], apart=[(1, 2), (3, 4)])
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, across_groups_only=True))
    for cap in (1, 3):
        assert suggested(event, per_organisation=cap) == reference(event, cap)


# -- wishes by organisation, by group, and edits ------------------------------------------------------------


def test_each_organisation_s_wishes_both_ways() -> None:
    wishes = wishes_by_organisation(f.delegation_day())
    assert [(r.requested_id, r.priority) for r in wishes[1].made] == [
        (4, Priority.MUST_MEET),
        (5, Priority.WOULD_LIKE),
    ]
    assert [(r.requester_id, r.priority) for r in wishes[1].received] == [
        (4, Priority.WOULD_LIKE),
        (7, Priority.IF_TIME_ALLOWS),
    ]
    assert wishes[6].made == (MeetingRequest(6, 3),)
    assert set(wishes) == {o.id for o in f.delegation_day().organisations}


def test_the_matrix_counts_every_request_once_from_group_to_group() -> None:
    event = dataclasses.replace(
        f.delegation_day(),
        meetings=(Meeting(1, 1, 1, (1, 4)), Meeting(2, 1, 2, (2, 5)), Meeting(3, 2, 1, (2, 7))),
    )
    matrix = request_matrix(event)
    assert matrix.rows == matrix.columns == ("Delegation", "Host")
    table = [[matrix.count(r, c) for c in range(2)] for r in range(2)]
    assert table == [[0, 6], [4, 0]]
    assert sum(map(sum, table)) == len(event.requests)
    assert [[matrix.met_count(r, c) for c in range(2)] for r in range(2)] == [[0, 3], [2, 0]]
    assert matrix.most == 6
    assert {(r.requester_id, r.requested_id) for r in matrix.requests(1, 0)} == {
        (4, 1),
        (5, 2),
        (6, 3),
        (7, 1),
    }

    by_country = request_matrix(event, rows="country", columns="group")
    assert by_country.rows == ("China", "Norway", "Spain")
    assert [[by_country.count(r, c) for c in range(2)] for r in range(3)] == [[0, 6], [3, 0], [1, 0]]


def test_groups_are_one_whatever_their_case_and_those_without_come_last() -> None:
    orgs = [org(1, group="host"), org(2, group=" Host"), org(3), org(4, group="Buyers")]
    event = f.event(orgs, wishes=[MeetingRequest(1, 2), MeetingRequest(3, 1), MeetingRequest(4, 3)])
    matrix = request_matrix(event)
    assert matrix.rows == ("Buyers", "host", "")
    assert matrix.count(1, 1) == 1 and matrix.count(2, 1) == 1 and matrix.count(0, 2) == 1


def test_requests_are_added_replaced_removed_and_reprioritised_in_place() -> None:
    registrations = edits.registrations_of(f.delegation_day())
    added = with_requests(
        registrations, [MeetingRequest(1, 6), MeetingRequest(1, 4, Priority.IF_TIME_ALLOWS)]
    )
    assert added.requests[0] == MeetingRequest(1, 4, Priority.IF_TIME_ALLOWS), "replaced where it was"
    assert added.requests[-1] == MeetingRequest(1, 6)
    assert len(added.requests) == len(registrations.requests) + 1
    assert added.organisations == registrations.organisations

    removed = without_request(registrations, 1, 4)
    assert MeetingRequest(4, 1) in removed.requests, "the other way round stays"
    assert all((r.requester_id, r.requested_id) != (1, 4) for r in removed.requests)

    changed = with_priority(registrations, 2, 7, Priority.MUST_MEET)
    assert changed.requests[8] == MeetingRequest(2, 7, Priority.MUST_MEET)
    assert [pair_of(r.requester_id, r.requested_id) for r in changed.requests] == [
        pair_of(r.requester_id, r.requested_id) for r in registrations.requests
    ]
    with pytest.raises(KeyError):
        with_priority(registrations, 7, 2, Priority.MUST_MEET)
