"""The request value: the objective term of the requests tier."""

from __future__ import annotations

from ortools.sat.python import cp_model

from app.scheduler.instance import Instance
from app.scheduler.rules.base import ObjectiveTerm
from app.scheduler.variables import ScheduleVars


def request_value(instance: Instance, vars: ScheduleVars) -> ObjectiveTerm:
    """Meetings by mutual interest first, then one-way requests, weighted by priority."""
    terms = [(var, m.candidate.value) for m in vars.meetings for var in m.all() if m.candidate.value]
    expression = cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [w for _, w in terms])
    return ObjectiveTerm("requests met, mutual first, by priority", expression, 1)
