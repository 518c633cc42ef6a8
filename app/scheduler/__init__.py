"""The timetable engine: frozen instance in, validated meetings out (OR-Tools CP-SAT)."""

from app.scheduler.cancellation import Cancellation
from app.scheduler.explain import Reason, explain_unmet
from app.scheduler.instance import Candidate, FixedMeeting, Instance, Party, Person, build_instance
from app.scheduler.solve import SolveOptions, SolveProgress, SolveResult, solve
from app.scheduler.validate import figures, objective_value, validate

__all__ = [
    "Cancellation",
    "Candidate",
    "FixedMeeting",
    "Instance",
    "Party",
    "Person",
    "Reason",
    "SolveOptions",
    "SolveProgress",
    "SolveResult",
    "build_instance",
    "explain_unmet",
    "figures",
    "objective_value",
    "solve",
    "validate",
]
