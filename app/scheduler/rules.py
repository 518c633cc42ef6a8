"""The rules of a B2B day, one small class each.

Hard rules constrain the model; objective terms return named, weighted expressions so a schedule can be
explained term by term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ortools.sat.python import cp_model

from app.domain import Pair, SlotId
from app.scheduler.instance import Instance
from app.scheduler.variables import ScheduleVars


class HardRule(Protocol):
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None: ...


@dataclass(frozen=True, slots=True)
class ObjectiveTerm:
    name: str
    expression: cp_model.LinearExprT
    weight: int


class EachPairMeetsAtMostOnce:
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for meeting in vars.meetings:
            if meeting.all():
                model.add_at_most_one(meeting.all())


class PeopleInOneMeetingAtATime:
    """An organisation holds at most as many meetings at once as it has people present."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for org, party in instance.parties.items():
            for slot in instance.slot_ids:
                held = vars.of_party_in_slot(org, slot)
                if not held:
                    continue
                capacity = party.capacity.get(slot, 0)
                if capacity == 1:
                    model.add_at_most_one(held)
                elif len(held) > capacity:
                    model.add(sum(held) <= capacity)


class TablesPerSlot:
    """Every meeting needs a table with enough seats.

    An organisation's own table holds one of its meetings at a time. The other meetings share the free
    tables: no more at once than there are free tables, and for every seat count c, no more meetings of
    more than c people than there are free tables with more than c seats (a meeting larger than every
    table sends fewer people).
    """

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        free = instance.free_tables
        roomiest = max((t.seats for t in free), default=0)
        seat_counts = sorted({t.seats for t in free})
        for slot in instance.slot_ids:
            shared: list[tuple[cp_model.IntVar, int]] = []
            at_own: dict[int, list[cp_model.IntVar]] = {}
            for meeting in vars.meetings:
                var = meeting.at(slot)
                if var is None:
                    continue
                table = instance.table_of(meeting.pair)
                if table is None:
                    shared.append((var, min(instance.size(meeting.pair, slot), roomiest)))
                else:
                    at_own.setdefault(table, []).append(var)
            for held in at_own.values():
                if len(held) > 1:
                    model.add_at_most_one(held)
            if len(shared) > len(free):
                model.add(sum(var for var, _ in shared) <= len(free))
            for seats in seat_counts[:-1]:
                larger = [var for var, size in shared if size > seats]
                room = sum(1 for t in free if t.seats > seats)
                if len(larger) > room:
                    model.add(sum(larger) <= room)


class MaxMeetingsPerOrganisation:
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for org, party in instance.parties.items():
            mine = [var for m in vars.of_party(org) for var in m.all()]
            if party.max_meetings is not None and len(mine) > party.max_meetings:
                model.add(sum(mine) <= party.max_meetings)


class OrganiserRules:
    """The organiser's own demands: locked meetings and minimum meetings per organisation.

    Each demand is an assumption, so when they cannot all hold, CP-SAT names a small set that conflicts
    and the organiser reads it in their own words.
    """

    def __init__(self) -> None:
        self.assumptions: dict[int, str] = {}
        """Assumption literal index -> the demand in the organiser's words."""

    def _demand(self, model: cp_model.CpModel, name: str, words: str) -> cp_model.IntVar:
        literal = model.new_bool_var(name)
        model.add_assumption(literal)
        self.assumptions[literal.index] = words
        return literal

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        when = {s.id: s.start for s in instance.slots}
        for fixed in instance.fixed:
            var = vars.by_pair[fixed.pair].at(fixed.slot)
            if var is None:
                continue  # reported by conflicts_before_solving: a side is away in that slot
            words = f"locked meeting {instance.pair_name(fixed.pair)} at {when[fixed.slot]:%H:%M}"
            literal = self._demand(model, f"locked_{fixed.pair[0]}_{fixed.pair[1]}", words)
            model.add(var == 1).only_enforce_if(literal)
        for org, party in instance.parties.items():
            if party.min_meetings <= 0:
                continue
            count = "1 meeting" if party.min_meetings == 1 else f"{party.min_meetings} meetings"
            words = f"at least {count} for {party.name}"
            literal = self._demand(model, f"minimum_{org}", words)
            model.add(
                sum(v for m in vars.of_party(org) for v in m.all()) >= party.min_meetings
            ).only_enforce_if(literal)

    def conflict(self, solver: cp_model.CpSolver) -> tuple[str, ...]:
        """After INFEASIBLE: the organiser's demands that cannot hold together."""
        return tuple(self.assumptions[i] for i in solver.sufficient_assumptions_for_infeasibility())


class Precedences:
    """Meeting A before meeting B, when both take place: B in a slot forbids A in that slot or later."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        order = instance.order
        for first, then in instance.precedences:
            early, late = vars.by_pair[first], vars.by_pair[then]
            for slot, late_var in late.items():
                clashing = [var for s, var in early.items() if order[s] >= order[slot]]
                for var in clashing:
                    model.add_bool_or([late_var.Not(), var.Not()])


class PauseAfterMeetingsInARow:
    """After ``max_in_a_row`` meetings in consecutive slots, a pause: in every window of that many slots
    plus one, each person present is free at least once (counted per organisation)."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        limit = instance.max_in_a_row
        if limit is None:
            return
        for window in instance.in_a_row_windows():
            for org, party in instance.parties.items():
                held = [var for slot in window for var in vars.of_party_in_slot(org, slot)]
                people = max(party.capacity.get(slot, 0) for slot in window)
                if len(held) > limit * people:
                    model.add(sum(held) <= limit * people)


class Interpreters:
    """A meeting whose sides share no language needs one of the interpreters who bridge them, present
    then; an interpreter does one meeting at a time. Which one is chosen after the solve (assign.py).

    Per slot this is a matching of meetings to interpreters. With few kinds of meetings (sets of
    interpreters who could help) it is stated without choosing anyone, by Hall's condition: for every set
    T of interpreters, the meetings only T can help number at most the members of T who are there. That
    leaves the solver no interchangeable choices to try. With many kinds, one Boolean per meeting, slot
    and interpreter says who helps.
    """

    HALL_LIMIT = 64
    """Most unions of helper sets per slot stated by Hall's condition; beyond, choice variables."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for slot in instance.slot_ids:
            there = instance.interpreters_in(slot)
            needing = [
                Needing(frozenset(helpers) & there, var, meeting.pair)
                for meeting in vars.meetings
                if (helpers := meeting.candidate.interpreters) is not None
                and (var := meeting.at(slot)) is not None
            ]
            self.match(model, slot, there, needing)

    def match(
        self, model: cp_model.CpModel, slot: SlotId, there: frozenset[int], needing: Sequence[Needing]
    ) -> None:
        """State that every meeting in ``needing`` that is held gets its own interpreter in ``slot``."""
        by_helpers: dict[frozenset[int], list[cp_model.IntVar]] = {}
        for need in needing:
            by_helpers.setdefault(need.helpers, []).append(need.var)
        if not by_helpers:
            return
        unions = self._unions(list(by_helpers))
        if unions is None:
            self._choices(model, slot, there, needing)
            return
        for union in unions:
            held = [var for helpers, vs in by_helpers.items() if helpers <= union for var in vs]
            if len(held) > len(union):
                model.add(sum(held) <= len(union))

    def _unions(self, kinds: list[frozenset[int]]) -> set[frozenset[int]] | None:
        unions: set[frozenset[int]] = set()
        for kind in kinds:
            unions |= {kind} | {kind | u for u in unions}
            if len(unions) > self.HALL_LIMIT:
                return None
        return unions

    def _choices(
        self, model: cp_model.CpModel, slot: SlotId, there: frozenset[int], needing: Sequence[Needing]
    ) -> None:
        per_interpreter: dict[int, list[cp_model.IntVar]] = {}
        for need in needing:
            a, b = need.pair
            able = sorted(need.helpers)
            chosen = [model.new_bool_var(f"interpret_{a}_{b}_s{slot}_i{i}") for i in able]
            model.add(sum(chosen) == need.var)
            for i, choice in zip(able, chosen, strict=True):
                per_interpreter.setdefault(i, []).append(choice)
        for held in per_interpreter.values():
            if len(held) > 1:
                model.add_at_most_one(held)
        # Implied, for the LP relaxation: no more interpreted meetings at once than interpreters there.
        if len(needing) > len(there):
            model.add(sum(need.var for need in needing) <= len(there))


@dataclass(frozen=True, slots=True)
class Needing:
    """A meeting in one slot that an interpreter must cover when ``var`` is true."""

    helpers: frozenset[int]
    """Who of those there could."""
    var: cp_model.IntVar
    pair: Pair


def interpreted_meetings(
    instance: Instance, model: cp_model.CpModel, vars: ScheduleVars
) -> dict[tuple[Pair, SlotId], cp_model.IntVar]:
    """The interpreting tier: one Boolean per meeting and slot that would like an interpreter (the sides share
    no language, but it may take place without), true only when the meeting is held there and covered, the
    covered ones matched to interpreters by the same rule as the meetings that must have one."""
    covered: dict[tuple[Pair, SlotId], cp_model.IntVar] = {}
    rule = Interpreters()
    for slot in instance.slot_ids:
        there = instance.interpreters_in(slot)
        needing = []
        for meeting in vars.meetings:
            var = meeting.at(slot)
            if var is None or not meeting.candidate.prefers_interpreter:
                continue
            helpers = frozenset(meeting.candidate.helpers or ()) & there
            if not helpers:
                continue
            a, b = meeting.pair
            with_one = model.new_bool_var(f"interpreted_{a}_{b}_s{slot}")
            model.add_implication(with_one, var)
            needing.append(Needing(helpers, with_one, meeting.pair))
        rule.match(model, slot, there, needing)
        covered.update({(need.pair, slot): need.var for need in needing})
    # Implied by "a pair meets at most once", stated for the LP relaxation.
    by_pair: dict[Pair, list[cp_model.IntVar]] = {}
    for (pair, _), var in covered.items():
        by_pair.setdefault(pair, []).append(var)
    for held in by_pair.values():
        if len(held) > 1:
            model.add_at_most_one(held)
    return covered


def hard_rules() -> list[HardRule]:
    return [
        EachPairMeetsAtMostOnce(),
        PeopleInOneMeetingAtATime(),
        TablesPerSlot(),
        MaxMeetingsPerOrganisation(),
        Precedences(),
        PauseAfterMeetingsInARow(),
        Interpreters(),
    ]


def request_value(instance: Instance, vars: ScheduleVars) -> ObjectiveTerm:
    """Meetings by mutual interest first, then one-way requests, weighted by priority."""
    terms = [(var, m.candidate.value) for m in vars.meetings for var in m.all() if m.candidate.value]
    expression = cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [w for _, w in terms])
    return ObjectiveTerm("requests met, mutual first, by priority", expression, 1)
