"""The summary says loudly what the organiser must act on: meetings that need interpreting, the unmet
requests by reason with what to do, and warnings when a reason or an empty timetable leaves many out."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time

import factories as f

from app.domain import Event, Interpreter, Meeting, Organisation, Participant, SolverRun, UnmetRequest
from app.domain.outcome import InterpretingNeed, UnmetCount, interpreting_languages, language_name
from app.scheduler import Reason
from app.services import reports


def planned(event: Event, meetings: tuple[Meeting, ...], status: str = "OPTIMAL") -> Event:
    """The event with these meetings, as a plan would have saved them."""
    run = SolverRun(status, 1.0, 1.0, 0.5, datetime(2026, 6, 9, 12))
    return dataclasses.replace(event, meetings=meetings, last_run=run)


def language_day() -> Event:
    """Two Chinese, two Norwegian and one Spanish-speaking organisation, no interpreters: every meeting
    between them needs interpreting."""
    orgs = (
        Organisation(1, "Qingdao Harbour", languages=("Mandarin",)),
        Organisation(2, "Jinan Smart Works", languages=("中文",)),
        Organisation(3, "Sørvest Havn", languages=("Norsk",)),
        Organisation(4, "Nordsjø Automasjon", languages=("Norwegian",)),
        Organisation(5, "Energía Levante", languages=("Español", "Valencià")),
        Organisation(6, "Berliner Hafen", languages=("Davvisámegiella",)),
    )
    wishes = f.requests([(1, 3), (1, 4), (2, 3), (2, 4), (5, 1), (6, 3)])
    return f.event(orgs, wishes=wishes)


def test_language_names_are_the_canonical_ones_or_the_organisations_own() -> None:
    assert [language_name(x) for x in ("Mandarin", "中文", "norsk", "Valencià", "Davvisámegiella")] == [
        "Chinese",
        "Chinese",
        "Norwegian",
        "Catalan",
        "Davvisámegiella",
    ]


def test_meetings_without_a_shared_language_are_counted_by_pair_of_languages_with_the_peak() -> None:
    meetings = (
        Meeting(1, 1, 1, (1, 3), (1, 3)),  # 13:00, Chinese–Norwegian
        Meeting(2, 1, 2, (2, 4), (2, 4)),  # 13:00, Chinese–Norwegian
        Meeting(3, 2, 1, (1, 4), (1, 4)),  # 13:25, Chinese–Norwegian
        Meeting(4, 3, 1, (1, 5), (1, 5)),  # 13:50, Chinese–Spanish (the Spanish side's first language)
        Meeting(5, 3, 2, (3, 6), (3, 6)),  # 13:50, Davvisámegiella–Norwegian (a language kept as typed)
    )
    event = planned(language_day(), meetings)
    assert interpreting_languages(event, meetings[0]) == ("Chinese", "Norwegian")
    assert interpreting_languages(event, meetings[4]) == ("Davvisámegiella", "Norwegian"), (
        "sorted, whichever side"
    )

    summary = reports.summarise(event)
    assert summary.needs_interpreting == 5
    assert summary.most_interpreting_at_once == 2
    assert summary.interpreting == (
        InterpretingNeed(("Chinese", "Norwegian"), 3, 2),
        InterpretingNeed(("Chinese", "Spanish"), 1, 1),
        InterpretingNeed(("Davvisámegiella", "Norwegian"), 1, 1),
    )
    lines = summary.lines()
    assert "  3 meetings need Chinese–Norwegian interpreting, at most 2 at the same time" in lines
    assert "  1 meeting needs Chinese–Spanish interpreting, at most 1 at the same time" in lines
    assert any(line.startswith("need interpreting:   5 meetings (at most 2") for line in lines)


def test_a_shared_language_or_a_named_interpreter_means_no_interpreting_is_needed() -> None:
    event = language_day()
    people = (
        Participant(1, 1, "王伟", languages=("English",)),
        Participant(2, 3, "Bjørn Økland", languages=("engelsk",)),
        Participant(3, 2, "张强"),
        Participant(4, 4, "Åse Nærland"),
    )
    interpreter = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"))
    event = dataclasses.replace(event, participants=people, interpreters=(interpreter,))
    meetings = (
        Meeting(1, 1, 1, (1, 3), (1, 2)),  # both people speak English
        Meeting(2, 1, 2, (2, 4), (3, 4), interpreter_id=1),
    )
    summary = reports.summarise(planned(event, meetings))
    assert summary.needs_interpreting == 0 and summary.interpreting == ()
    assert not any("interpreting" in line for line in summary.lines())
    assert reports.interpreting_needed(planned(event, meetings)) == {}


def crowded() -> Event:
    """One slot, one table, three pairs asked to meet: one meets, the tables are full for the others."""
    orgs = f.organisations(6)
    wishes = (*f.requests([(1, 2), (3, 4), (5, 6)]), *f.requests([(2, 1)]))
    event = f.event(
        orgs, wishes=wishes, event_settings=f.settings(start=time(13), end=time(13, 20), tables=1)
    )
    return planned(event, (Meeting(1, 1, 1, (1, 2), (1, 2)),))


def test_unmet_requests_are_counted_by_reason_with_advice_and_a_large_share_is_a_warning() -> None:
    summary = reports.summarise(crowded())
    assert summary.unmet_by_reason == (UnmetCount(Reason.TABLES_FULL, 2, "add tables or a slot"),)
    assert "  tables full: 2 requests; add tables or a slot" in summary.lines()
    assert "unmet requests:      2, by reason:" in summary.lines()
    assert summary.warnings[0] == "tables full leaves 2 of 4 requests unmet (50 %): add tables or a slot"
    assert summary.warnings[1] == "2 organisations that asked for meetings have none: Org 3, Org 5"
    assert summary.outcome().warnings == summary.warnings


def test_a_mutual_pair_left_unmet_counts_as_two_requests_and_every_reason_has_advice() -> None:
    event = crowded()
    unmet = (
        UnmetRequest((1, 2), Reason.CAP_REACHED),  # mutual
        UnmetRequest((3, 4), Reason.NOT_PLACED),
        UnmetRequest((5, 6), Reason.NOT_PLACED),
    )
    counts = reports.unmet_by_reason(event, unmet)
    assert [(c.reason, c.requests) for c in counts] == [(Reason.CAP_REACHED, 2), (Reason.NOT_PLACED, 2)]
    assert counts[0].advice == "raise the maximum meetings"
    assert counts[1].advice == "give the planner more time"
    codes = [value for name, value in vars(Reason).items() if name.isupper()]
    assert sorted(reports.ADVICE) == sorted(codes), "every reason says what to do"
    assert "interpreting: preferred" in reports.ADVICE[Reason.NO_INTERPRETER]


def _texts(warnings: tuple[reports.SummaryWarning, ...]) -> tuple[str, ...]:
    """The warnings as the command line and the exports write them."""
    return tuple(warning.text() for warning in warnings)


def test_a_reason_leaving_a_fifth_or_less_is_no_warning() -> None:
    event = f.event(f.organisations(10), wishes=f.requests([(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]))
    counts = (UnmetCount(Reason.TABLES_FULL, 1, "add tables or a slot"),)
    meetings = tuple(Meeting(n, n, 1, (2 * n - 1, 2 * n)) for n in range(1, 5))
    assert _texts(reports.summary_warnings(planned(event, meetings), counts, requests=5, thin=False)) == (
        "1 organisation that asked for meetings has none: Org 9",
    )


def test_meetings_between_groups_without_groups_to_tell_apart_is_a_warning() -> None:
    # A ticketing export whose ticket type was not read as the group: the rule kept nobody apart.
    event = f.event(f.organisations(2), wishes=f.requests([(1, 2)]))
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, across_groups_only=True))
    meetings = (Meeting(1, 1, 1, (1, 2)),)
    (warning,) = _texts(reports.summary_warnings(planned(event, meetings), (), requests=1, thin=False))
    assert warning.startswith("only meetings between groups were asked for, but the organisations are not in")
    grouped = dataclasses.replace(
        event,
        organisations=(
            dataclasses.replace(event.organisations[0], group="Delegation"),
            dataclasses.replace(event.organisations[1], group="Host"),
        ),
    )
    assert reports.summary_warnings(planned(grouped, meetings), (), requests=1, thin=False) == ()


def test_a_warning_names_ten_organisations_at_most() -> None:
    event = f.event(f.organisations(30), wishes=f.requests([(n, n + 15) for n in range(1, 16)]))
    warnings = reports.summary_warnings(planned(event, ()), (), requests=15, thin=False)
    assert warnings[0].names == tuple(f"Org {n}" for n in range(1, 11)) and warnings[0].more == 5
    assert _texts(warnings) == (
        "15 organisations that asked for meetings have none: "
        + ", ".join(f"Org {n}" for n in range(1, 11))
        + " and 5 more",
    )


def test_optimal_is_said_in_words_and_never_alone_beside_an_empty_timetable() -> None:
    full = reports.summarise(planned(crowded(), crowded().meetings))
    assert full.status_text() == "the best possible under the rules you set (OPTIMAL)"
    assert "solver:              the best possible under the rules you set (OPTIMAL), 0.50 s" in full.lines()

    empty = reports.summarise(planned(crowded(), ()))
    assert empty.thin
    assert empty.status_text().startswith("no meetings planned — see the warnings")
    assert empty.warnings[0] == "no meetings were planned for the 3 requested pairs"
    assert not any(line.endswith("(OPTIMAL), 0.50 s") and "no meetings" not in line for line in empty.lines())

    proven_not = reports.summarise(planned(crowded(), crowded().meetings, status="FEASIBLE"))
    assert proven_not.status_text() == "good, not proven best (time limit) (FEASIBLE)"


def test_nearly_empty_is_said_with_the_count() -> None:
    pairs = [(n, n + 20) for n in range(1, 21)]
    event = f.event(f.organisations(40), wishes=f.requests(pairs))
    summary = reports.summarise(planned(event, (Meeting(1, 1, 1, (1, 21)),)))
    assert summary.thin
    assert summary.status_text().startswith(
        "only 1 meeting planned for 20 requested pairs — see the warnings"
    )
    assert summary.warnings[0] == "only 1 meeting was planned for the 20 requested pairs"


def test_before_the_first_plan_there_is_nothing_to_warn_about() -> None:
    summary = reports.summarise(f.delegation_day())
    assert not summary.planned and not summary.thin
    assert summary.warnings == () and summary.unmet_by_reason == ()
    assert summary.status_text() == "not planned yet"


def test_a_plan_that_found_no_timetable_warns_without_blaming_the_requests() -> None:
    summary = reports.summarise(planned(f.delegation_day(), (), status="INFEASIBLE"))
    assert summary.unmet_by_reason == ()
    assert summary.warnings[0] == (
        "the last planning found no timetable: no timetable keeps every locked meeting and minimum together"
    )


def test_a_plan_without_requests_is_said_to_be_empty_and_why() -> None:
    # A form export whose wishes column was not read: organisations, people, and no requests at all.
    event = f.event(f.organisations(8), wishes=())
    summary = reports.summarise(planned(event, ()))
    assert summary.thin
    assert summary.status_text().startswith("no meetings planned — see the warnings")
    assert summary.warnings == (
        "the event has no meeting requests, so no meetings were planned: give each organisation the "
        "organisations it wishes to meet (a wishes column in the workbook, with --map 'HEADER=wishes' where "
        "its header was not recognised, or the Requests page)",
    )
