"""The rules of a B2B day, one small class each.

Hard rules constrain the model; objective terms return named, weighted expressions so a schedule can be
explained term by term.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ortools.sat.python import cp_model

from app.scheduler.instance import FixedMeeting, Instance
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
    """No more meetings at once than there are tables."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        tables = len(instance.tables)
        for slot in instance.slot_ids:
            held = vars.in_slot(slot)
            if len(held) > tables:
                model.add(sum(held) <= tables)


class MaxMeetingsPerOrganisation:
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for org, party in instance.parties.items():
            mine = [var for m in vars.of_party(org) for var in m.all()]
            if party.max_meetings is not None and len(mine) > party.max_meetings:
                model.add(sum(mine) <= party.max_meetings)


class LockedMeetings:
    """Locked meetings stay where the organiser put them.

    Each lock is an assumption, so an infeasible set of locks can be named back to the organiser.
    """

    def __init__(self) -> None:
        self.assumptions: dict[int, FixedMeeting] = {}

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for fixed in instance.fixed:
            var = vars.by_pair[fixed.pair].at(fixed.slot)
            if var is None:
                continue  # reported by conflicts_before_solving: a side is away in that slot
            literal = model.new_bool_var(f"locked_{fixed.pair[0]}_{fixed.pair[1]}")
            model.add(var == 1).only_enforce_if(literal)
            model.add_assumption(literal)
            self.assumptions[literal.index] = fixed


def hard_rules() -> list[HardRule]:
    return [
        EachPairMeetsAtMostOnce(),
        PeopleInOneMeetingAtATime(),
        TablesPerSlot(),
        MaxMeetingsPerOrganisation(),
    ]


def request_value(instance: Instance, vars: ScheduleVars) -> ObjectiveTerm:
    """Meetings by mutual interest first, then one-way requests, weighted by priority."""
    terms = [(var, m.candidate.value) for m in vars.meetings for var in m.all() if m.candidate.value]
    expression = cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [w for _, w in terms])
    return ObjectiveTerm("requests met, mutual first, by priority", expression, 1)
