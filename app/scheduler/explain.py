"""Why a requested meeting did not happen, worked out from the schedule and the rules alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from app.domain import Meeting, OrgId, Pair, SlotId, Tier, UnmetRequest
from app.scheduler.instance import Candidate, Instance
from app.scheduler.tables import InterpreterUse, SlotRules, TableUse


class Reason:
    NO_COMMON_TIME = "no common time"
    CAP_REACHED = "cap reached"
    NO_COMMON_FREE_SLOT = "no common free slot"
    TABLES_FULL = "tables full"
    NOT_PLACED = "not placed"
    NOT_ALLOWED = "not allowed"
    NO_INTERPRETER = "no interpreter"
    PAUSE_DUE = "pause due"
    MEETING_ORDER = "meeting order"
    OUTRANKED = "outranked"


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

    unmet = []
    for candidate in instance.candidates:
        if candidate.pair in met or candidate.value <= 0:
            continue
        reason, detail = _reason(instance, candidate, per_party, tables, interpreters, free, plan)
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
    plan: Sequence[tuple[Pair, SlotId]],
) -> tuple[str, str]:
    a, b = candidate.pair
    name_a, name_b = instance.name(a), instance.name(b)
    if candidate.interpreters == ():
        return (
            Reason.NO_INTERPRETER,
            f"{name_a} and {name_b} share no language and no interpreter speaks both",
        )
    if not candidate.slots and candidate.interpreters is not None:
        return (
            Reason.NO_INTERPRETER,
            f"{name_a} and {name_b} share no language and no interpreter for them is there when both are",
        )
    if not candidate.slots:
        return Reason.NO_COMMON_TIME, f"{name_a} and {name_b} are never at the event at the same time"
    for org in candidate.pair:
        cap = instance.parties[org].max_meetings
        if cap is not None and per_party[org] >= cap:
            return Reason.CAP_REACHED, f"{instance.name(org)} already has its maximum of {cap} meetings"
    both_free = [s for s in candidate.slots if free(a, s) and free(b, s)]
    if not both_free:
        full = [org for org in candidate.pair if not any(free(org, s) for s in candidate.slots)]
        if len(full) == 1:
            detail = (
                f"{instance.name(full[0])} is in other meetings, which rank higher, in every slot both "
                "could use"
            )
        else:
            detail = (
                f"whenever both are present, {name_a} or {name_b} is already in a meeting that ranks higher"
            )
        return Reason.NO_COMMON_FREE_SLOT, detail
    if not any(interpreters.fits(candidate.pair, s) for s in both_free):
        return Reason.NO_INTERPRETER, "every interpreter who could help them is busy whenever both are free"
    if not any(tables.fits(candidate.pair, s) for s in both_free):
        own = instance.table_of(candidate.pair)
        if own is not None:
            return (
                Reason.TABLES_FULL,
                "the own table they would meet at is taken in every slot where both are free",
            )
        return Reason.TABLES_FULL, "every table with enough seats is taken in the slots where both are free"
    fitting = [
        s for s in both_free if interpreters.fits(candidate.pair, s) and tables.fits(candidate.pair, s)
    ]
    if not fitting:
        return (
            Reason.TABLES_FULL,
            "in every slot where both are free either every table or every interpreter for them is taken",
        )
    rules = SlotRules(instance, plan)
    if not any(rules.in_order(candidate.pair, s) for s in fitting):
        return (
            Reason.MEETING_ORDER,
            "in every slot where both are free it would break a required meeting order",
        )
    if not any(rules.rested(candidate.pair, s) for s in fitting if rules.in_order(candidate.pair, s)):
        return (
            Reason.PAUSE_DUE,
            "in every slot where both are free one of them is due a pause after meetings in a row",
        )
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
