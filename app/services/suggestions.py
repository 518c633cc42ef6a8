"""Suggested pairs: organisations that share interests but have not asked to meet."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from app.domain import DEFAULT_PRIORITY, Event, MeetingRequest, Pair, pair_of
from app.domain.interests import InterestMatcher, SharedInterest
from app.scheduler.instance import excluded_pairs, parties_of


@dataclass(frozen=True)
class Suggestion:
    """Two organisations that share interests but have not asked to meet: a request the organiser may add."""

    requester_id: int
    requested_id: int
    shared: tuple[SharedInterest, ...]
    """The interests they share, in the requester's words first, closest first."""
    score: float
    """The shared interests, each counted by how closely the wording matches (1 when the same words)."""

    @property
    def pair(self) -> Pair:
        return pair_of(self.requester_id, self.requested_id)

    def request(self) -> MeetingRequest:
        """The request accepting this suggestion adds: of normal priority, any time of day."""
        return MeetingRequest(self.requester_id, self.requested_id, DEFAULT_PRIORITY)


SUGGESTIONS_PER_ORGANISATION = 3
"""No organisation is proposed more new meetings than this at once, so none is flooded."""


def suggest_pairs(
    event: Event, limit: int | None = None, per_organisation: int = SUGGESTIONS_PER_ORGANISATION
) -> list[Suggestion]:
    """Pairs that share interests, have not asked to meet and may meet, the most shared first.

    Interests match loosely (``app.domain.interests``), in both directions at once. A pair may meet as the
    planner decides it: not kept apart and not of one group when only meetings between groups are planned
    (``excluded_pairs``), both present at some time and neither capped at no meetings (``parties_of``).
    Pairs with a request either way, or a meeting, are left out. Ranked by the shared interests, then by the
    share of both organisations' interests they make up; no organisation is in more than
    ``per_organisation`` suggestions.

    The request goes from the side that has asked for fewer meetings (on a tie, the first registered): the
    fairness tier gives meetings to organisations with a wish, so a wish of one that asked for little
    counts most.
    """
    matcher = InterestMatcher(event.organisations)
    if not matcher.has_interests() or per_organisation <= 0:
        return []
    met = {m.organisation_ids for m in event.meetings}
    bounds = {
        pair: bound
        for pair, bound in matcher.pairs().items()
        if pair not in event.requested_pairs and pair not in met
    }
    for pair in excluded_pairs(event, bounds):
        del bounds[pair]
    parties = parties_of(event)
    present = {org: {slot for slot, n in party.capacity.items() if n} for org, party in parties.items()}
    closed = {org for org, party in parties.items() if party.max_meetings == 0}
    count = {org.id: matcher.interest_count(org.id) for org in event.organisations}

    def rank(first: int, second: int, score: float, shared: int) -> tuple[float, float, int, int]:
        return -score, -2 * shared / (count[first] + count[second]), first, second

    # Pairs are sorted by a bound of their rank (every link between like interests counted) and matched
    # interest by interest only when they reach the top: a matched pair is taken once no bound left beats it.
    bounded = sorted(rank(a, b, bound, min(count[a], count[b])) for (a, b), bound in bounds.items())
    matched: list[tuple[tuple[float, float, int, int], tuple[SharedInterest, ...]]] = []
    next_bound = 0
    asked: dict[int, int] = {}
    for r in event.requests:
        asked[r.requester_id] = asked.get(r.requester_id, 0) + 1
    order = {org.id: index for index, org in enumerate(event.organisations)}
    proposed: dict[int, int] = {}
    suggestions: list[Suggestion] = []
    while (matched or next_bound < len(bounded)) and (limit is None or len(suggestions) < limit):
        if not matched or (next_bound < len(bounded) and bounded[next_bound] < matched[0][0]):
            _, _, first, second = bounded[next_bound]
            next_bound += 1
            if first in closed or second in closed or not present[first] & present[second]:
                continue
            if max(proposed.get(first, 0), proposed.get(second, 0)) < per_organisation:
                shared = matcher.shared(first, second)
                heapq.heappush(matched, (rank(first, second, matcher.score(shared), len(shared)), shared))
            continue
        (minus_score, _, first, second), shared = heapq.heappop(matched)
        if max(proposed.get(first, 0), proposed.get(second, 0)) >= per_organisation:
            continue
        proposed[first] = proposed.get(first, 0) + 1
        proposed[second] = proposed.get(second, 0) + 1
        if (asked.get(second, 0), order[second]) < (asked.get(first, 0), order[first]):
            first, second = second, first
            shared = tuple(SharedInterest(s.second, s.first, s.similarity) for s in shared)
        suggestions.append(Suggestion(first, second, shared, -minus_score))
    return suggestions
