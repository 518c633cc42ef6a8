"""What the organiser reads about a stored event: the summary with warnings, the statistics page's
figures, unmet requests with reasons and broken rules, each worked out once per event.

Over 400 lines by a few: the summary, the statistics and the unmet requests count the same stored event,
share its scheduling instance and are worked out together for the window (``derive``); ``Reason`` is
handed on for the faces, which name the reasons an unmet request can have.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain import Event, Pair, SolveStatus, TimetableFigures, UnmetRequest, pair_of
from app.domain.outcome import (
    InterpretingNeed,
    Outcome,
    UnmetCount,
    interpreting_languages,
    interpreting_needs,
    most_needing_at_once,
)
from app.pacing import checkpoint
from app.scheduler import Reason as Reason
from app.scheduler import explain_unmet, figures, validate
from app.services.cache import instance_of, per_event
from app.services.event_day import prepare_search

# -- summary --------------------------------------------------------------------------------------------


STATUS_WORDS: Mapping[str, str] = {
    SolveStatus.OPTIMAL: "the best possible under the rules you set",
    SolveStatus.FEASIBLE: "good, not proven best (time limit)",
    SolveStatus.INFEASIBLE: "no timetable keeps every locked meeting and minimum together",
    SolveStatus.UNKNOWN: "no timetable found in the time given",
    SolveStatus.CANCELLED: "stopped before a timetable was found",
    SolveStatus.MODEL_INVALID: "the planner could not read the event",
}
"""The planner's verdict in the organiser's words; the code (``OPTIMAL``) follows in brackets."""

ADVICE: Mapping[str, str] = {
    Reason.NO_INTERPRETER: "register interpreters for these languages, or let such meetings go ahead without "
    "(interpreting: preferred)",
    Reason.NO_COMMON_TIME: "check the organisations' hours and absences",
    Reason.CAP_REACHED: "raise the maximum meetings",
    Reason.NO_COMMON_FREE_SLOT: "add a slot or lengthen the day; these organisations are booked whenever "
    "both are there",
    Reason.TABLES_FULL: "add tables or a slot",
    Reason.MEETING_ORDER: "check the required meeting orders",
    Reason.PAUSE_DUE: "allow more meetings in a row, or add a slot",
    Reason.OUTRANKED: "rank requests above compact days",
    Reason.NOT_PLACED: "give the planner more time",
    Reason.NOT_ALLOWED: "the event's rules keep these apart (only meetings between groups, do-not-meet)",
}
"""What the organiser can do about each reason a request is left unmet."""

WARN_SHARE = 0.2
"""A reason that leaves more than this share of the requests unmet is a warning."""
THIN_SHARE = 0.1
"""A timetable with fewer meetings than this share of the requested pairs is nearly empty."""
NAMES_SHOWN = 10
"""Organisations named in a warning; the rest are counted."""


@dataclass(frozen=True)
class Summary:
    organisations: int
    participants: int
    meetings: int
    requests: int
    requests_met: int
    mutual_pairs: int
    mutual_pairs_met: int
    organisations_without_meetings: int
    interpreted: int
    figures: TimetableFigures
    status: str
    seconds: float | None
    requested_pairs: int = 0
    planned: bool = False
    """The event has a timetable, or has been through the planner."""
    needs_interpreting: int = 0
    """Meetings whose sides share no language and that have no interpreter named."""
    interpreting: tuple[InterpretingNeed, ...] = ()
    """Those meetings by pair of languages, the most first."""
    most_interpreting_at_once: int = 0
    unmet_by_reason: tuple[UnmetCount, ...] = ()
    """The unmet requests by reason, the most first, each with what to do about it."""
    warnings: tuple[str, ...] = ()
    """What the organiser must not miss: a reason that leaves many requests unmet, organisations left
    without any meeting, a timetable (nearly) empty (in English: ``cautions`` holds them as facts)."""
    cautions: tuple[SummaryWarning, ...] = ()
    agreed: int = 0
    """Pairs whose meeting was agreed and must take place."""
    agreed_met: int = 0

    @property
    def thin(self) -> bool:
        """Planned, yet no meeting or hardly any for the requests made: the verdict must not read as good."""
        return self.planned and (self.meetings == 0 or self.meetings < THIN_SHARE * self.requested_pairs)

    def status_text(self) -> str:
        """The planner's verdict in words, loud when the timetable is (nearly) empty."""
        if self.status == "not solved":
            return "not planned yet"
        words = STATUS_WORDS.get(self.status, self.status)
        verdict = f"{words} ({self.status})"
        if not self.thin:
            return verdict
        if not self.meetings:
            return f"no meetings planned — see the warnings; planner: {verdict}"
        return (
            f"only {_counted(self.meetings, 'meeting')} planned for {self.requested_pairs} requested pairs — "
            f"see the warnings; planner: {verdict}"
        )

    def lines(self) -> list[str]:
        def share(part: int, whole: int) -> str:
            return f"{part} of {whole}" + (f" ({100 * part / whole:.0f} %)" if whole else "")

        seconds = f"{self.seconds:.2f} s" if self.seconds is not None else "not solved yet"
        lines = [
            f"organisations:       {self.organisations} ({self.participants} participants)",
            f"meetings:            {self.meetings}",
            f"requests met:        {share(self.requests_met, self.requests)}",
            f"mutual requests met: {share(self.mutual_pairs_met, self.mutual_pairs)}",
            f"without a meeting:   {self.organisations_without_meetings} organisations",
            f"with an interpreter: {self.interpreted} meetings",
        ]
        if self.agreed:
            lines.insert(2, f"agreed meetings:     {share(self.agreed_met, self.agreed)}")
        if self.needs_interpreting:
            lines.append(
                f"need interpreting:   {self.needs_interpreting} meetings (at most "
                f"{self.most_interpreting_at_once} at the same time)"
            )
            lines += [f"  {need.line()}" for need in self.interpreting]
        lines += [
            f"idle gaps:           {self.figures.idle_gaps} (at most {self.figures.most_idle_gaps} for one "
            "organisation)",
            f"table changes:       {self.figures.table_changes}",
            f"solver:              {self.status_text()}, {seconds}",
        ]
        if self.unmet_by_reason:
            unmet = sum(count.requests for count in self.unmet_by_reason)
            lines.append(f"unmet requests:      {unmet}, by reason:")
            lines += [f"  {count.line()}" for count in self.unmet_by_reason]
        return lines

    def outcome(self) -> Outcome:
        """The summary as the exports write it."""
        return Outcome(tuple(self.lines()), self.unmet_by_reason, self.interpreting, self.warnings)


_MeetingSides = tuple[Pair, tuple[int, ...], int | None]
_interpreting_seen: list[tuple[tuple[object, object], dict[_MeetingSides, tuple[str, str] | None]]] = []
"""What ``interpreting_needed`` found per meeting, for the organisations and participants it was found with
(the same objects): an event after a move or a lock shares them, and most of its meetings' sides."""


@per_event
def interpreting_needed(event: Event) -> Mapping[int, tuple[str, str]]:
    """The meetings that need interpreting (no shared language, no interpreter named), by id, with the two
    languages to interpret between (``interpreting_languages``): what the timetable marks."""
    people = (event.organisations, event.participants)
    found = next(
        (seen for key, seen in _interpreting_seen if key[0] is people[0] and key[1] is people[1]), None
    )
    if found is None:
        found = {}
        _interpreting_seen[:] = [(people, found), *_interpreting_seen[:1]]
    needed = {}
    for meeting in event.meetings:
        sides = (meeting.organisation_ids, meeting.participant_ids, meeting.interpreter_id)
        if sides in found:
            languages = found[sides]
        else:
            languages = found[sides] = interpreting_languages(event, meeting)
        if languages is not None:
            needed[meeting.id] = languages
    return needed


def unmet_by_reason(event: Event, unmet: Iterable[UnmetRequest]) -> tuple[UnmetCount, ...]:
    """The unmet requests counted by reason, the most first, each with what to do (``ADVICE``). A mutual
    pair counts as two requests, as it does among the requests met."""
    counts: dict[str, int] = {}
    for request in unmet:
        asked = len(event.requested_pairs.get(request.organisation_ids, ())) or 1
        counts[request.reason] = counts.get(request.reason, 0) + asked
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(UnmetCount(reason, n, ADVICE.get(reason, "see the unmet requests")) for reason, n in ordered)


class Caution:
    """The kinds of ``SummaryWarning``."""

    NO_REQUESTS = "no requests"
    THIN = "thin"
    REASON = "reason"
    NO_GROUPS = "no groups"
    LEFT_OUT = "left out"
    NOT_FOUND = "not found"


@dataclass(frozen=True, slots=True)
class SummaryWarning:
    """One thing the organiser must not miss, as facts (the window says it in its own language) and in
    English (``text``: the command line and the exports)."""

    kind: str
    """One of ``Caution``."""
    pairs: int = 0
    """The requested pairs (``THIN``)."""
    held: int = 0
    """The meetings planned (``THIN``)."""
    count: UnmetCount | None = None
    """The reason and how many requests it leaves unmet (``REASON``)."""
    requests: int = 0
    """All the requests (``REASON``)."""
    names: tuple[str, ...] = ()
    """The organisations left without a meeting, the first ``NAMES_SHOWN`` (``LEFT_OUT``)."""
    more: int = 0
    """How many more there are (``LEFT_OUT``)."""
    status: str = ""
    """The planner's verdict (``NOT_FOUND``)."""

    def text(self) -> str:
        if self.kind == Caution.NO_REQUESTS:
            return (
                "the event has no meeting requests, so no meetings were planned: give each organisation "
                "the organisations it wishes to meet (a wishes column in the workbook, with "
                "--map 'HEADER=wishes' where its header was not recognised, or the Requests page)"
            )
        if self.kind == Caution.THIN:
            if not self.held:
                return f"no meetings were planned for the {self.pairs} requested pairs"
            verb = "was" if self.held == 1 else "were"
            return (
                f"only {_counted(self.held, 'meeting')} {verb} planned for the {self.pairs} requested pairs"
            )
        if self.kind == Caution.REASON and self.count is not None:
            count = self.count
            return (
                f"{count.reason} leaves {count.requests} of {self.requests} requests unmet "
                f"({100 * count.requests / self.requests:.0f} %): {count.advice}"
            )
        if self.kind == Caution.NO_GROUPS:
            return (
                "only meetings between groups were asked for, but the organisations are not in two or more "
                "groups, so the rule kept nobody apart: give each organisation its group "
                "(a Group column, or --map)"
            )
        if self.kind == Caution.LEFT_OUT:
            names = ", ".join(self.names) + (f" and {self.more} more" if self.more else "")
            left_out = len(self.names) + self.more
            who = (
                "1 organisation that asked for meetings has none"
                if left_out == 1
                else f"{left_out} organisations that asked for meetings have none"
            )
            return f"{who}: {names}"
        return f"the last planning found no timetable: {STATUS_WORDS.get(self.status, self.status)}"


def summary_warnings(
    event: Event, counts: Sequence[UnmetCount], *, requests: int, thin: bool
) -> tuple[SummaryWarning, ...]:
    """What the organiser must not miss about a planned timetable: no requests to plan, a timetable (nearly)
    empty, a reason that leaves more than a fifth of the requests unmet, 'only meetings between groups'
    without groups to tell apart, organisations that asked for meetings and have none."""
    warnings = []
    pairs = len(event.requested_pairs)
    if not pairs and not event.meetings:
        warnings.append(SummaryWarning(Caution.NO_REQUESTS))
    if thin and pairs:
        warnings.append(SummaryWarning(Caution.THIN, pairs=pairs, held=len(event.meetings)))
    warnings += [
        SummaryWarning(Caution.REASON, count=count, requests=requests)
        for count in counts
        if requests and count.requests > WARN_SHARE * requests
    ]
    groups = {o.group.strip().casefold() for o in event.organisations}
    if event.settings.across_groups_only and len(groups) < 2:
        warnings.append(SummaryWarning(Caution.NO_GROUPS))
    with_meetings = {org for m in event.meetings for org in m.organisation_ids}
    asked = {r.requester_id for r in event.requests}
    left_out = [o.name for o in event.organisations if o.id in asked and o.id not in with_meetings]
    if left_out:
        warnings.append(
            SummaryWarning(
                Caution.LEFT_OUT,
                names=tuple(left_out[:NAMES_SHOWN]),
                more=max(0, len(left_out) - NAMES_SHOWN),
            )
        )
    return tuple(warnings)


def requests_met(event: Event) -> int:
    """The requests whose two organisations meet (a few milliseconds, where the summary takes longer)."""
    met = {m.organisation_ids for m in event.meetings}
    return sum(1 for r in event.requests if pair_of(r.requester_id, r.requested_id) in met)


@per_event
def summarise(event: Event) -> Summary:
    """The figures of the summary (command line, Plan page, the exports), with the unmet requests by reason
    and the warnings once the event is planned."""
    met = {m.organisation_ids for m in event.meetings}
    mutual = [pair for pair in event.requested_pairs if event.is_mutual(pair)]
    with_meetings = {org for m in event.meetings for org in m.organisation_ids}
    run = event.last_run
    planned = bool(event.meetings) or run is not None
    needed = interpreting_needed(event)
    # Nearly empty, or empty: a timetable without a single meeting is never what the organiser wanted.
    thin = planned and (len(event.meetings) < THIN_SHARE * len(event.requested_pairs) or not event.meetings)
    counts: tuple[UnmetCount, ...] = ()
    cautions: tuple[SummaryWarning, ...] = ()
    if planned:
        found = bool(event.meetings) or (run is not None and run.status in _FOUND)
        if found:
            counts = unmet_by_reason(event, unmet_requests(event))
        cautions = summary_warnings(event, counts, requests=len(event.requests), thin=thin)
        if not found and run is not None:
            cautions = (SummaryWarning(Caution.NOT_FOUND, status=run.status), *cautions)
    return Summary(
        organisations=len(event.organisations),
        participants=len(event.participants),
        meetings=len(event.meetings),
        requests=len(event.requests),
        requests_met=requests_met(event),
        mutual_pairs=len(mutual),
        mutual_pairs_met=sum(1 for pair in mutual if pair in met),
        organisations_without_meetings=sum(1 for o in event.organisations if o.id not in with_meetings),
        interpreted=sum(1 for m in event.meetings if m.interpreter_id is not None),
        figures=figures(instance_of(event), event.meetings),
        status=run.status if run else "not solved",
        seconds=run.seconds if run else None,
        requested_pairs=len(event.requested_pairs),
        planned=planned,
        needs_interpreting=len(needed),
        interpreting=interpreting_needs(event, needed),
        most_interpreting_at_once=most_needing_at_once(event, needed),
        unmet_by_reason=counts,
        warnings=tuple(caution.text() for caution in cautions),
        cautions=cautions,
        agreed=len(event.agreed_pairs),
        agreed_met=len(event.agreed_pairs & met),
    )


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_FOUND = {SolveStatus.OPTIMAL, SolveStatus.FEASIBLE}
"""Statuses of a run that saved a timetable (an empty one too)."""


# -- statistics -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """How the organisations of one group (or one country) fare in the timetable."""

    name: str
    """The group or country as registered; empty for organisations that gave none."""
    organisations: int
    meetings: int
    """Meetings with at least one of these organisations (a meeting between two of them counts once)."""
    meetings_per_organisation: float
    """The average number of meetings these organisations hold."""
    requests: int
    """Requests these organisations asked for."""
    requests_met: int
    mutual_pairs: int
    """Pairs that both asked for, with at least one of these organisations in them."""
    mutual_pairs_met: int
    without_meetings: int
    """How many of these organisations hold no meeting at all."""


@dataclass(frozen=True)
class EventStatistics:
    """How well the saved timetable serves the organisations, overall and by group and country."""

    planned: bool
    """The event has a timetable, or has been through the planner at least once."""
    organisations: int
    meetings: int
    meetings_of: Mapping[int, int]
    """Meetings held by each organisation, by id; every organisation is there, with 0 when it has none."""
    histogram: tuple[int, ...]
    """``histogram[k]``: how many organisations hold exactly k meetings, from 0 to the most anyone holds."""
    requests: int
    requests_met: int
    mutual_pairs: int
    mutual_pairs_met: int
    without_meetings: tuple[str, ...]
    """Names of the organisations without any meeting, in registration order."""
    by_group: tuple[Breakdown, ...]
    by_country: tuple[Breakdown, ...]
    """Both ordered by name, with organisations that gave no group or country last."""
    figures: TimetableFigures
    """Idle gaps and table changes, recounted from the meetings."""


@per_event
def statistics(event: Event) -> EventStatistics:
    """The figures of the statistics page: who holds how many meetings, which requests were met, where."""
    met = {m.organisation_ids for m in event.meetings}
    held = {o.id: 0 for o in event.organisations}
    for meeting in event.meetings:
        for org in meeting.organisation_ids:
            held[org] = held.get(org, 0) + 1
    histogram = [0] * (max(held.values(), default=-1) + 1)
    for count in held.values():
        histogram[count] += 1
    mutual = [pair for pair in event.requested_pairs if event.is_mutual(pair)]

    def breakdown(name_of: Mapping[int, str]) -> tuple[Breakdown, ...]:
        members: dict[str, set[int]] = {}
        for org, name in name_of.items():
            members.setdefault(name.strip(), set()).add(org)
        rows = []
        for name in sorted(members, key=lambda n: (not n, n.casefold(), n)):
            checkpoint()
            ids = members[name]
            asked = [r for r in event.requests if r.requester_id in ids]
            theirs = [pair for pair in mutual if pair[0] in ids or pair[1] in ids]
            rows.append(
                Breakdown(
                    name=name,
                    organisations=len(ids),
                    meetings=sum(1 for m in event.meetings if ids & set(m.organisation_ids)),
                    meetings_per_organisation=sum(held.get(org, 0) for org in ids) / len(ids),
                    requests=len(asked),
                    requests_met=sum(1 for r in asked if pair_of(r.requester_id, r.requested_id) in met),
                    mutual_pairs=len(theirs),
                    mutual_pairs_met=sum(1 for pair in theirs if pair in met),
                    without_meetings=sum(1 for org in ids if not held.get(org)),
                )
            )
        return tuple(rows)

    return EventStatistics(
        planned=bool(event.meetings) or event.last_run is not None,
        organisations=len(event.organisations),
        meetings=len(event.meetings),
        meetings_of=held,
        histogram=tuple(histogram),
        requests=len(event.requests),
        requests_met=sum(1 for r in event.requests if pair_of(r.requester_id, r.requested_id) in met),
        mutual_pairs=len(mutual),
        mutual_pairs_met=sum(1 for pair in mutual if pair in met),
        without_meetings=tuple(o.name for o in event.organisations if not held[o.id]),
        by_group=breakdown({o.id: o.group for o in event.organisations}),
        by_country=breakdown({o.id: o.country for o in event.organisations}),
        figures=figures(instance_of(event), event.meetings),
    )


# -- unmet requests and broken rules --------------------------------------------------------------------


@per_event
def unmet_requests(event: Event) -> tuple[UnmetRequest, ...]:
    """Requested pairs without a meeting in the event as saved, with reasons."""
    return explain_unmet(instance_of(event), event.meetings)


@dataclass(frozen=True)
class TimetableCheck:
    """What the timetable page counts of a saved timetable besides its meetings."""

    figures: TimetableFigures
    """Idle gaps and table changes."""
    unmet: tuple[UnmetRequest, ...]
    """Requested pairs without a meeting, with reasons."""
    problems: tuple[str, ...] = ()
    """The rules the stored meetings break now (after an edit or an update: a lower limit, someone away)."""
    warnings: tuple[str, ...] = ()
    """The summary's warnings (``Summary.warnings``)."""
    thin: bool = False
    """The timetable holds hardly any meetings for the requests made (``Summary.thin``)."""
    cautions: tuple[SummaryWarning, ...] = ()
    """The warnings as facts (``Summary.cautions``)."""


@per_event
def timetable_problems(event: Event) -> tuple[str, ...]:
    """The rules the stored timetable breaks, as the event now stands; empty for a planned, untouched one."""
    return tuple(validate(instance_of(event), event.meetings)) if event.meetings else ()


def check_timetable(event: Event) -> TimetableCheck:
    """Idle gaps, table changes, unmet requests and broken rules (a large event takes half a second the first
    time: the window works them out off the GUI thread, see ``derive``)."""
    summary = summarise(event)
    return TimetableCheck(
        summary.figures,
        unmet_requests(event),
        timetable_problems(event),
        summary.warnings,
        summary.thin,
        summary.cautions,
    )


def derive(event: Event) -> None:
    """Work out everything the window shows about a stored event, so that showing it costs nothing (in
    the window's background, each part gives way to the organiser: ``pacing.checkpoint``)."""
    for part in (interpreting_needed, summarise, statistics, prepare_search):
        checkpoint()
        part(event)
    if event.meetings:
        checkpoint()
        unmet_requests(event)
        checkpoint()
        timetable_problems(event)
