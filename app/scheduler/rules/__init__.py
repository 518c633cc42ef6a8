"""The rules of a B2B day, one module each: ``build`` states the rule in the model, ``check`` re-checks a
timetable without any solver (the validator is the union of the checks), and ``reason`` explains an unmet
request where the rule can cause one. Adding a rule: docs/architecture.md, "Adding a rule".

Hard rules constrain the model; objective terms return named, weighted expressions so a schedule can be
explained term by term.
"""

from __future__ import annotations

from app.scheduler.rules.base import HardRule, ObjectiveTerm, Reason
from app.scheduler.rules.interpreters import Interpreters, Needing, interpreted_meetings
from app.scheduler.rules.max_meetings import MaxMeetingsPerOrganisation
from app.scheduler.rules.meet_once import EachPairMeetsAtMostOnce
from app.scheduler.rules.organiser import OrganiserRules
from app.scheduler.rules.pauses import PauseAfterMeetingsInARow
from app.scheduler.rules.people import PeopleInOneMeetingAtATime
from app.scheduler.rules.precedences import Precedences
from app.scheduler.rules.requests import request_value
from app.scheduler.rules.tables import TablesPerSlot

__all__ = [
    "EachPairMeetsAtMostOnce",
    "HardRule",
    "Interpreters",
    "MaxMeetingsPerOrganisation",
    "Needing",
    "ObjectiveTerm",
    "OrganiserRules",
    "PauseAfterMeetingsInARow",
    "PeopleInOneMeetingAtATime",
    "Precedences",
    "Reason",
    "TablesPerSlot",
    "hard_rules",
    "interpreted_meetings",
    "request_value",
]


def hard_rules() -> list[HardRule]:
    """The rules every timetable keeps, stated in every model and re-checked by ``validate``. The
    organiser's demands (``OrganiserRules``) are built apart, as assumptions, and checked too."""
    return [
        EachPairMeetsAtMostOnce(),
        PeopleInOneMeetingAtATime(),
        TablesPerSlot(),
        MaxMeetingsPerOrganisation(),
        Precedences(),
        PauseAfterMeetingsInARow(),
        Interpreters(),
    ]
