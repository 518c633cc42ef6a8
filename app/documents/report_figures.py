"""The figures of the post-event report, worked out once from the stored event for both the PDF and the
workbook: attendance, meetings held against planned (overall, by group, country and interest), follow-ups and
ratings.

A meeting counts as held or not held only where an outcome says so; one with no outcome is "unknown", never
guessed. A meeting counts once for each group (country, interest) taking part in it, so the rows of a
breakdown may add up to more than the meetings planned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.domain import Event, Meeting, MeetingResult, Organisation, Outcome, Pair

NO_GROUP = "No group"
NO_COUNTRY = "Country not given"
NO_INTEREST = "No interest given"


@dataclass(frozen=True, slots=True)
class Tally:
    """Meetings planned, and what came of them, for one row of a breakdown (or the whole event)."""

    label: str
    planned: int = 0
    held: int = 0
    not_held: int = 0
    follow_ups: int = 0

    @property
    def unknown(self) -> int:
        return self.planned - self.held - self.not_held

    @property
    def held_share(self) -> float | None:
        """Held as a share of the meetings whose result is known (None when none is)."""
        known = self.held + self.not_held
        return self.held / known if known else None


@dataclass(frozen=True, slots=True)
class AttendanceFigures:
    """Who came: people and organisations registered, arrived, absent (did not come) and not recorded."""

    people: int
    people_arrived: int
    people_absent: int
    organisations: int
    organisations_arrived: int
    organisations_absent: int
    walk_in_people: int
    walk_in_organisations: int

    @property
    def people_unrecorded(self) -> int:
        return self.people - self.people_arrived - self.people_absent

    @property
    def organisations_unrecorded(self) -> int:
        return self.organisations - self.organisations_arrived - self.organisations_absent


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """One meeting as the report lists it (follow-ups, meetings not held)."""

    start: datetime
    table: str
    first: str
    second: str
    outcome: Outcome


@dataclass(frozen=True)
class ReportFigures:
    attendance: AttendanceFigures
    meetings: Tally
    by_group: tuple[Tally, ...]
    by_country: tuple[Tally, ...]
    by_interest: tuple[Tally, ...]
    ratings: tuple[int, int, int, int, int]
    """How many meetings were rated 1, 2, 3, 4 and 5."""
    follow_ups: tuple[MeetingLine, ...]
    not_held: tuple[MeetingLine, ...]
    walk_ins: tuple[str, ...]
    """The organisations registered at the desk on the day, by name."""

    @property
    def rated(self) -> int:
        return sum(self.ratings)

    @property
    def average_rating(self) -> float | None:
        return sum(n * (i + 1) for i, n in enumerate(self.ratings)) / self.rated if self.rated else None


def meetings_tally(event: Event) -> Tally:
    """The report's count of all meetings by outcome (``ReportFigures.meetings``), on its own: what the
    Outcomes page shows after every change, without the rest of the report."""
    return _tally("All meetings", event.meetings, event.outcome_by_pair)


def report_figures(event: Event) -> ReportFigures:
    """Work out the report's figures for ``event`` as stored."""
    outcomes = event.outcome_by_pair
    ratings = [0] * 5
    for meeting in event.meetings:
        outcome = outcomes.get(meeting.organisation_ids)
        if outcome is not None and outcome.rating is not None:
            ratings[outcome.rating - 1] += 1
    lines = sorted(
        (
            _line(event, m, outcomes.get(m.organisation_ids, Outcome(m.organisation_ids)))
            for m in event.meetings
        ),
        key=lambda line: (line.start, line.table, line.first),
    )
    return ReportFigures(
        attendance=_attendance(event),
        meetings=meetings_tally(event),
        by_group=_breakdown(event, lambda o: (o.group or NO_GROUP,)),
        by_country=_breakdown(event, lambda o: (o.country or NO_COUNTRY,)),
        by_interest=_breakdown(event, lambda o: o.interests or (NO_INTEREST,)),
        ratings=(ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]),
        follow_ups=tuple(line for line in lines if line.outcome.follow_up),
        not_held=tuple(line for line in lines if line.outcome.result is MeetingResult.NOT_HELD),
        walk_ins=tuple(o.name for o in event.organisations if o.walk_in),
    )


def _attendance(event: Event) -> AttendanceFigures:
    arrived_orgs: set[int] = set()
    absent_people: dict[int, int] = defaultdict(int)
    people_arrived = people_absent = 0
    for person in event.participants:
        record = event.attendance_of(person.id)
        if record.arrived_at is not None:
            people_arrived += 1
            arrived_orgs.add(person.organisation_id)
        elif record.absent_from is not None:
            people_absent += 1
            absent_people[person.organisation_id] += 1
    by_org = event.participants_by_organisation
    absent_orgs = sum(
        1
        for org in event.organisations
        if by_org.get(org.id) and absent_people[org.id] == len(by_org[org.id]) and org.id not in arrived_orgs
    )
    return AttendanceFigures(
        people=len(event.participants),
        people_arrived=people_arrived,
        people_absent=people_absent,
        organisations=len(event.organisations),
        organisations_arrived=len(arrived_orgs),
        organisations_absent=absent_orgs,
        walk_in_people=sum(1 for p in event.participants if p.walk_in),
        walk_in_organisations=sum(1 for o in event.organisations if o.walk_in),
    )


def _tally(label: str, meetings: Iterable[Meeting], outcomes: Mapping[Pair, Outcome]) -> Tally:
    planned = held = not_held = follow_ups = 0
    for meeting in meetings:
        planned += 1
        outcome = outcomes.get(meeting.organisation_ids)
        if outcome is None:
            continue
        held += outcome.result is MeetingResult.HELD
        not_held += outcome.result is MeetingResult.NOT_HELD
        follow_ups += outcome.follow_up
    return Tally(label, planned, held, not_held, follow_ups)


def _breakdown(event: Event, labels: Callable[[Organisation], tuple[str, ...]]) -> tuple[Tally, ...]:
    """A tally per label, largest first; a meeting counts once for each label either side carries."""
    orgs = event.organisation_by_id
    meetings: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in event.meetings:
        a, b = meeting.organisation_ids
        for label in dict.fromkeys((*labels(orgs[a]), *labels(orgs[b]))):
            meetings[label].append(meeting)
    tallies = [_tally(label, group, event.outcome_by_pair) for label, group in meetings.items()]
    return tuple(sorted(tallies, key=lambda t: (-t.planned, t.label.casefold())))


def _line(event: Event, meeting: Meeting, outcome: Outcome) -> MeetingLine:
    a, b = meeting.organisation_ids
    orgs = event.organisation_by_id
    return MeetingLine(
        start=event.slot_by_id[meeting.slot_id].start,
        table=event.table_by_id[meeting.table_id].name,
        first=orgs[a].name,
        second=orgs[b].name,
        outcome=outcome,
    )
