"""Why a requested meeting did not happen, worked out from the schedule and the rules alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from app.domain import Meeting, OrgId, SlotId, Tier, UnmetRequest
from app.pacing import checkpoint
from app.scheduler.instance import Candidate, Instance
from app.scheduler.placing import SlotRules
from app.scheduler.rules import (
    Interpreters,
    MaxMeetingsPerOrganisation,
    PauseAfterMeetingsInARow,
    PeopleInOneMeetingAtATime,
    Precedences,
    Reason,
    TablesPerSlot,
)
from app.scheduler.rules.interpreters import InterpreterUse
from app.scheduler.rules.tables import TableUse

__all__ = ["Reason", "explain_unmet"]


def explain_unmet(instance: Instance, meetings: Sequence[Meeting]) -> tuple[UnmetRequest, ...]:
    """For every candidate pair without a meeting, the first reason that applies.

    Reasons are checked from the most to the least fundamental: never present together, an
    organisation's maximum reached, both never free at once, no interpreter or table free, a required
    meeting order or a pause due, a higher-ranked tier (idle gaps ranked above requests), and finally
    (only possible when the solver stopped early) nothing stands in the way.
    """
    met = {m.organisation_ids for m in meetings}
    plan = [(m.organisation_ids, m.slot_id) for m in meetings]
    tables = TableUse(instance)
    interpreters = InterpreterUse(instance)
    for m in meetings:
        tables.take(m.organisation_ids, m.slot_id)
        if m.organisation_ids in instance.candidate_by_pair:
            interpreters.take(m.organisation_ids, m.slot_id, m.interpreter_id)
    busy: Counter[tuple[OrgId, SlotId]] = Counter()
    per_party: Counter[OrgId] = Counter()
    for m in meetings:
        for org in m.organisation_ids:
            busy[(org, m.slot_id)] += 1
            per_party[org] += 1

    def free(org: OrgId, slot: SlotId) -> bool:
        return busy[(org, slot)] < instance.parties[org].capacity.get(slot, 0)

    placed: list[SlotRules] = []  # the rules that span slots, over the whole plan: built once, when needed

    def slot_rules() -> SlotRules:
        if not placed:
            placed.append(SlotRules(instance, plan))
        return placed[0]

    unmet = []
    for candidate in instance.candidates:
        if candidate.pair in met or candidate.value <= 0:
            continue
        checkpoint()
        reason, detail = _reason(instance, candidate, per_party, tables, interpreters, free, slot_rules)
        unmet.append(UnmetRequest(candidate.pair, reason, detail))
    for pair, rule in instance.excluded.items():
        unmet.append(UnmetRequest(pair, Reason.NOT_ALLOWED, rule))
    return tuple(sorted(unmet, key=lambda u: u.organisation_ids))


def _reason(
    instance: Instance,
    candidate: Candidate,
    per_party: Counter[OrgId],
    tables: TableUse,
    interpreters: InterpreterUse,
    free: Callable[[OrgId, SlotId], bool],
    slot_rules: Callable[[], SlotRules],
) -> tuple[str, str]:
    # The order is the organiser's: from what no timetable could change to what a longer search might.
    a, b = candidate.pair
    explained = Interpreters().reason_before_solving(instance, candidate)
    if explained is not None:
        return explained
    if not candidate.slots:
        return (
            Reason.NO_COMMON_TIME,
            f"{instance.name(a)} and {instance.name(b)} are never at the event at the same time",
        )
    explained = MaxMeetingsPerOrganisation().reason(
        instance, candidate, per_party
    ) or PeopleInOneMeetingAtATime().reason(instance, candidate, free)
    if explained is not None:
        return explained
    both_free = [s for s in candidate.slots if free(a, s) and free(b, s)]
    explained = Interpreters().reason(candidate, both_free, interpreters) or TablesPerSlot().reason(
        instance, candidate, both_free, tables
    )
    if explained is not None:
        return explained
    fitting = [
        s for s in both_free if interpreters.fits(candidate.pair, s) and tables.fits(candidate.pair, s)
    ]
    if not fitting:
        return (
            Reason.TABLES_FULL,
            "in every slot where both are free either every table or every interpreter for them is taken",
        )
    placed = slot_rules()
    explained = Precedences().reason(candidate, fitting, placed) or PauseAfterMeetingsInARow().reason(
        candidate, fitting, placed
    )
    if explained is not None:
        return explained
    if _ranked_above(instance, Tier.IDLE_GAPS, Tier.REQUESTS):
        return (
            Reason.OUTRANKED,
            "it would leave one of them an idle gap, and few idle gaps rank above more meetings",
        )
    return (
        Reason.NOT_PLACED,
        "the solver stopped before placing it; a longer time limit may fit it in",
    )


def _ranked_above(instance: Instance, first: Tier, second: Tier) -> bool:
    tiers = instance.tiers
    return first in tiers and tiers.index(first) < tiers.index(second)
