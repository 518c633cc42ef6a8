"""What every rule is made of: ``build`` (what the model needs), ``check`` (what the validator checks),
and the words shared by the rules' checks and reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ortools.sat.python import cp_model

from app.domain import Meeting, SlotId
from app.scheduler.instance import Instance
from app.scheduler.variables import ScheduleVars


class HardRule(Protocol):
    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        """State the rule in the model."""
        ...

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        """Every way the meetings break the rule, in the organiser's words, without any solver."""
        ...


@dataclass(frozen=True, slots=True)
class ObjectiveTerm:
    name: str
    expression: cp_model.LinearExprT
    weight: int


class Reason:
    """Why a requested meeting did not happen (``UnmetRequest.reason``)."""

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


Explained = tuple[str, str] | None
"""A reason code and its detail, or None when the rule does not stand in the way."""


def when(instance: Instance, slot: SlotId) -> str:
    """A slot as the validator names it."""
    for s in instance.slots:
        if s.id == slot:
            return f"{s.start:%Y-%m-%d %H:%M}"
    return f"slot {slot}"


def label(instance: Instance, meeting: Meeting) -> str:
    """A meeting as the validator names it: who meets when."""
    return f"{instance.pair_name(meeting.organisation_ids)} at {when(instance, meeting.slot_id)}"


def known(instance: Instance, meetings: Sequence[Meeting]) -> list[Meeting]:
    """The meetings between organisations of the event in one of its slots; the others are reported as
    such by the validator and checked against no rule that needs them."""
    return [
        m
        for m in meetings
        if all(org in instance.parties for org in m.organisation_ids) and m.slot_id in instance.order
    ]
