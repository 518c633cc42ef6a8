"""The idle-gaps tier: few runs of idle slots between two meetings of an organisation, fairly spread.

An idle gap is a maximal run of slots in which an organisation is present but holds no meeting, between two
of its meetings on the same day. Breaks and the organisation's own absences are not slots of its day, so
lunch or a site visit never counts as idle. The tier minimises the total number of gaps first and the most
gaps any one organisation has second (the spread that Bofill et al. bound by their fairness parameter d).

The count is linear in the model: an organisation's gaps on a day are the starts of its busy runs less one
when it is busy at all; a start is a busy slot after an idle (or no) slot.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from ortools.sat.python import cp_model

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Instance
from app.scheduler.variables import ScheduleVars


def sequences(instance: Instance, org: OrgId) -> list[tuple[SlotId, ...]]:
    """The slots of each day in which the organisation is present, in time order."""
    party = instance.parties[org]
    return [seq for day in instance.days if (seq := tuple(s for s in day if party.present(s)))]


def gaps_in(busy: Iterable[bool]) -> int:
    """Runs of idle slots between two busy ones."""
    runs, idle_since_busy, seen_busy = 0, False, False
    for held in busy:
        if held:
            runs += idle_since_busy
            seen_busy, idle_since_busy = True, False
        elif seen_busy:
            idle_since_busy = True
    return runs


def count_gaps(instance: Instance, plan: Iterable[tuple[Pair, SlotId]]) -> dict[OrgId, int]:
    """Idle gaps of every organisation with a candidate meeting, recomputed from the timetable alone."""
    busy = {(org, slot) for pair, slot in plan for org in pair}
    return {
        org: sum(gaps_in((org, s) in busy for s in seq) for seq in sequences(instance, org))
        for org in instance.parties
        if instance.candidates_of[org]
    }


def gap_score(counts: Mapping[OrgId, int], spread_weight: int) -> int:
    """Total gaps first, the worst-off organisation second, as one number (lower is better)."""
    return sum(counts.values()) * spread_weight + max(counts.values(), default=0)


def spread_weight(instance: Instance) -> int:
    """More than the most gaps any organisation could have, so the total always weighs more."""
    return 1 + max(
        (sum(len(seq) // 2 for seq in sequences(instance, org)) for org in instance.parties), default=0
    )


@dataclass(frozen=True, slots=True)
class GapTerm:
    total: cp_model.LinearExpr
    worst: cp_model.IntVar
    weight: int
    upper: int
    """No timetable's expression exceeds it."""

    @property
    def expression(self) -> cp_model.LinearExprT:
        """What the tier minimises: the total, then the worst-off organisation."""
        return self.total * self.weight + self.worst


def idle_gaps(
    full: Instance,
    model: cp_model.CpModel,
    vars: ScheduleVars,
    window: Collection[SlotId] | None = None,
    busy_outside: Collection[tuple[OrgId, SlotId]] = (),
) -> GapTerm:
    """The tier's expression over the model's meetings.

    ``full`` is the whole event. When the model covers only some slots (``window``, for large events),
    ``busy_outside`` says which organisations hold a meeting in each slot outside it; organisations with no
    meeting to place in the window keep their gaps and are left out of the expression.
    """
    inside = set(full.slot_ids) if window is None else set(window)
    outside = set(busy_outside)
    per_org: list[cp_model.LinearExprT] = []
    most = 0
    for org in full.parties:
        if not vars.of_party(org):
            continue
        party = full.parties[org]
        days: list[cp_model.LinearExprT] = []
        for seq in sequences(full, org):
            busy: list[cp_model.IntVar | int] = []
            for slot in seq:
                if slot not in inside:
                    busy.append(int((org, slot) in outside))
                    continue
                held = vars.of_party_in_slot(org, slot)
                if not held:
                    busy.append(0)
                elif len(held) == 1:
                    busy.append(held[0])
                elif party.capacity.get(slot, 0) <= 1:
                    flag = model.new_bool_var(f"busy_{org}_s{slot}")
                    model.add(flag == sum(held))
                    busy.append(flag)
                else:
                    flag = model.new_bool_var(f"busy_{org}_s{slot}")
                    for var in held:
                        model.add_implication(var, flag)
                    model.add(flag <= sum(held))
                    busy.append(flag)
            if all(isinstance(b, int) for b in busy):
                gaps = gaps_in(bool(b) for b in busy)
                if gaps:
                    days.append(gaps)
                    most += gaps
                continue
            starts: list[cp_model.LinearExprT] = []
            previous: cp_model.IntVar | int = 0
            for b in busy:
                if isinstance(b, int) and isinstance(previous, int):
                    starts.append(max(0, b - previous))
                elif _is(previous, 1) or _is(b, 0):
                    pass  # busy before, or idle now: no run starts here
                elif isinstance(previous, int):  # idle before: a run starts when busy now
                    starts.append(b)
                else:
                    start = model.new_bool_var(f"start_{org}_{len(per_org)}_{len(starts)}")
                    model.add(start >= b - previous)
                    starts.append(start)
                previous = b
            any_busy = model.new_bool_var(f"busy_day_{org}_{len(days)}")
            model.add_max_equality(any_busy, busy)
            # Named and never negative, so CP-SAT's bound starts at zero rather than below it.
            day_gaps = model.new_int_var(0, len(seq) // 2, f"gaps_{org}_{len(days)}")
            model.add(day_gaps == cp_model.LinearExpr.sum(starts) - any_busy)
            _gaps_forced_by_pauses(full, model, vars, org, seq, inside, outside, day_gaps)
            days.append(day_gaps)
            most += len(seq) // 2
        if days:
            per_org.append(cp_model.LinearExpr.sum(days))
    worst = model.new_int_var(0, most, "most_gaps")
    for org_gaps in per_org:
        model.add(worst >= org_gaps)
    weight = spread_weight(full)
    return GapTerm(cp_model.LinearExpr.sum(per_org), worst, weight, most * weight + most)


def _gaps_forced_by_pauses(
    full: Instance,
    model: cp_model.CpModel,
    vars: ScheduleVars,
    org: OrgId,
    seq: tuple[SlotId, ...],
    inside: Collection[SlotId],
    outside: Collection[tuple[OrgId, SlotId]],
    day_gaps: cp_model.IntVar,
) -> None:
    """Implied by the pause rule: a one-person stretch with n meetings holds at least n / max_in_a_row runs.

    Without it CP-SAT proves next to nothing about gaps on days with pauses: each gap it must concede comes
    from counting an organisation's meetings against its pauses, which its relaxation cannot do. Within a
    stretch of consecutive slots of one run where the organisation has one person, no busy run is longer
    than ``max_in_a_row``. A busy run of the day crosses at most every border between two stretches, so the
    day has at least (sum of the stretches' runs) - (stretches - 1) runs, hence that minus the number of
    stretches in gaps.
    """
    limit = full.max_in_a_row
    if limit is None:
        return
    party = full.parties[org]
    place = {slot: (r, i) for r, run in enumerate(full.runs) for i, slot in enumerate(run)}
    stretches: list[list[SlotId]] = []
    previous: tuple[int, int] | None = None
    for slot in seq:
        here = place.get(slot)
        if party.capacity.get(slot, 0) != 1 or here is None:
            previous = None
            continue
        if previous is not None and here == (previous[0], previous[1] + 1):
            stretches[-1].append(slot)
        else:
            stretches.append([slot])
        previous = here
    runs: list[cp_model.IntVar] = []
    for stretch in stretches:
        held: list[cp_model.IntVar] = []
        fixed = 0
        for slot in stretch:
            if slot in inside:
                held += vars.of_party_in_slot(org, slot)
            else:
                fixed += (org, slot) in outside
        if len(stretch) <= limit or len(held) + fixed <= limit:
            continue  # fits in one run
        least = model.new_int_var(0, len(stretch), f"pause_runs_{org}_{stretch[0]}")
        model.add(limit * least >= cp_model.LinearExpr.sum(held) + fixed)
        runs.append(least)
    if runs:
        model.add(day_gaps >= cp_model.LinearExpr.sum(runs) - len(stretches))


def _is(busy: cp_model.IntVar | int, value: int) -> bool:
    return isinstance(busy, int) and busy == value


def plan_gaps(instance: Instance, plan: Iterable[tuple[Pair, SlotId]]) -> int:
    """The tier's value of a timetable (lower is better)."""
    return gap_score(count_gaps(instance, plan), spread_weight(instance))
