"""Agreed meetings on the engine of the business-to-business meeting problem (``confirmed.py``).

When every request is agreed and the day is the problem of Bofill et al. (JAIR) — one day of at most
``ENGINE_MEETINGS`` agreed meetings, every organisation in one meeting at a time and there from its first
slot to its last, no locks, own tables, pauses after meetings in a row or interpreters to name — the
confirmed-mode engine plans it: every agreed meeting in a slot, the fewest idle gaps in total proven, then
the fewest for the worst-off organisation, each organisation's meetings then given tables with few
changes (``build_meetings``). An idle gap here is the engine's break: a run of idle slots between two
meetings of an organisation, which is what the timetable's own count says on such a day. Without a
timetable within its share of the time, the full planner goes on with the rest (``solve``).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain import OrgId, Pair, SlotId
from app.scheduler.cancellation import Cancellation
from app.scheduler.confirmed import ConfirmedInstance, ConfirmedMeeting, ConfirmedResult, solve_confirmed
from app.scheduler.confirmed_instance import ConfirmedProgress, count_breaks, describe_conflict
from app.scheduler.instance import Instance

Plan = list[tuple[Pair, SlotId]]

ENGINE_MEETINGS = 400
"""Agreed meetings up to which the engine plans a day (the published instances have up to 302); on
larger days it found no timetable within a minute where the full planner holds every meeting in seconds."""
ENGINE_SHARE = 0.6
"""The share of the time limit the engine may take; without a timetable by then the full planner goes on."""


@dataclass(frozen=True)
class EngineView:
    """The day as the engine sees it, and the way back to organisations and slots."""

    instance: ConfirmedInstance
    parties: tuple[OrgId, ...]
    pairs: tuple[Pair, ...]
    slots: tuple[SlotId, ...]


def engine_view(instance: Instance) -> EngineView | None:
    """The day as one problem for the engine, or None where the day has rules the engine does not know."""
    if not instance.all_agreed or len(instance.days) != 1 or not instance.agreed:
        return None
    if instance.fixed or instance.host_table or instance.max_in_a_row is not None:
        return None
    if len(instance.agreed) > ENGINE_MEETINGS:
        return None  # far beyond the published instances: the large-event planner is the faster there
    if any(not c.agreed or c.interpreters is not None or c.helpers for c in instance.candidates):
        return None  # interpreters to name, which the full planner optimises and the engine does not
    slots = instance.days[0]
    position = {slot: index for index, slot in enumerate(slots)}
    parties = tuple(sorted({org for c in instance.agreed for org in c.pair}))
    for org in parties:
        party = instance.parties[org]
        present = [position[s] for s in slots if party.present(s)]
        if any(count > 1 for count in party.capacity.values()):
            return None  # several people who can meet apart: not one participant of the engine
        if present and present[-1] - present[0] + 1 != len(present):
            return None  # away in the middle of the day, which the engine would count as a break
        if party.min_meetings > sum(1 for c in instance.agreed if org in c.pair):
            return None  # a minimum beyond its agreed meetings: the full planner names it
    index = {org: number for number, org in enumerate(parties)}
    meetings = tuple(
        ConfirmedMeeting((index[c.pair[0]], index[c.pair[1]]), frozenset(position[s] for s in c.slots))
        for c in instance.agreed
    )
    number = {c.pair: m for m, c in enumerate(instance.agreed)}
    return EngineView(
        ConfirmedInstance(
            slot_count=len(slots),
            table_count=len(instance.tables),
            participant_count=len(parties),
            meetings=meetings,
            precedences=tuple(
                (number[first], number[then])
                for first, then in instance.precedences
                if first in number and then in number
            ),
            fairness=None,
        ),
        parties,
        tuple(c.pair for c in instance.agreed),
        slots,
    )


@dataclass(frozen=True)
class EnginePlan:
    status: str
    """OPTIMAL (the fewest gaps in total and for the worst-off, proven), FEASIBLE, INFEASIBLE, UNKNOWN,
    CANCELLED."""
    plan: Plan
    conflicts: tuple[str, ...] = ()
    """With INFEASIBLE: why, in the organiser's words."""
    bound: int = 0
    """No timetable has fewer idle gaps in total than this (proven)."""


def plan_with_engine(
    instance: Instance,
    view: EngineView,
    time_limit: float,
    progress: Callable[[ConfirmedProgress], None] | None = None,
    cancellation: Cancellation | None = None,
) -> EnginePlan:
    """Every agreed meeting in a slot with the fewest idle gaps in total, then for the worst-off."""
    cancellation = cancellation or Cancellation()
    deadline = time.monotonic() + time_limit
    first = solve_confirmed(view.instance, time_limit, progress=progress, cancellation=cancellation)
    if first.status == "INFEASIBLE":
        return EnginePlan("INFEASIBLE", [], _words(instance, view, first), first.bound)
    if not first.slots:
        return EnginePlan(first.status, [], (), first.bound)
    best, proven = first, first.status == "OPTIMAL"
    if proven:
        # The worst-off next: the most gaps anyone has, lowered while the total stays the least.
        capped = _with_cap(view.instance)
        while (most := max(count_breaks(view.instance, best.slots))) > 0 and not cancellation.cancelled:
            left = deadline - time.monotonic()
            if left <= 0.1:
                proven = False
                break
            lower = solve_confirmed(
                dataclasses.replace(capped, fairness=most - 1), left, cancellation=cancellation
            )
            if lower.slots and lower.breaks == first.breaks:
                best = lower
                if lower.status != "OPTIMAL":
                    proven = False
                    break
                continue
            proven = lower.status in ("OPTIMAL", "INFEASIBLE")
            break
    status = "OPTIMAL" if proven and not cancellation.cancelled else "FEASIBLE"
    plan = [(view.pairs[m], view.slots[s]) for m, s in enumerate(best.slots)]
    return EnginePlan(status, plan, (), first.bound)


def _with_cap(instance: ConfirmedInstance) -> ConfirmedInstance:
    """The instance with a participant without meetings, so that fairness d caps everyone at d breaks."""
    return dataclasses.replace(instance, participant_count=instance.participant_count + 1)


def _words(instance: Instance, view: EngineView, result: ConfirmedResult) -> tuple[str, ...]:
    start = {s.id: s.start for s in instance.slots}
    return tuple(
        describe_conflict(
            conflict,
            view.instance,
            participant=lambda p: instance.parties[view.parties[p]].name,
            slot=lambda s: f"{start[view.slots[s]]:%H:%M}",
        )
        for conflict in result.conflicts
    ) or ("the agreed meetings cannot all take place together",)
