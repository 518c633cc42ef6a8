"""Tiny events for tests: build what a test needs in a line or two."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from app.domain import (
    Break,
    Event,
    EventDay,
    EventSettings,
    Interpreter,
    Interpreting,
    Meeting,
    MeetingRequest,
    Organisation,
    Participant,
    Precedence,
    Priority,
    Registrations,
    SolveStatus,
    build_slots,
    build_tables,
)
from app.scheduler import SolveOptions, SolveResult, build_instance, solve, validate
from app.services import edits
from app.storage import EventFile

DAY = date(2026, 6, 9)


def settings(
    *,
    start: time = time(13),
    end: time = time(15),
    tables: int = 4,
    seats: int = 6,
    meeting_minutes: int = 20,
    pause_minutes: int = 5,
    breaks: Sequence[Break] = (),
    max_meetings: int | None = None,
    min_meetings: int | None = None,
    max_in_a_row: int | None = None,
    interpreting: Interpreting = Interpreting.PREFERRED,
) -> EventSettings:
    return EventSettings(
        name="Test day",
        venue="Test venue",
        days=(EventDay(DAY, start, end, tuple(breaks)),),
        meeting_minutes=meeting_minutes,
        pause_minutes=pause_minutes,
        table_count=tables,
        seats_per_table=seats,
        max_meetings=max_meetings,
        min_meetings=min_meetings,
        max_in_a_row=max_in_a_row,
        interpreting=interpreting,
    )


def interpreted(ev: Event, *interpreters: Interpreter, required: bool = True) -> Event:
    """The event with these interpreters; by default a meeting without a shared language must have one."""
    mode = Interpreting.REQUIRED if required else Interpreting.PREFERRED
    return dataclasses.replace(
        ev,
        interpreters=interpreters,
        settings=dataclasses.replace(ev.settings, interpreting=mode),
    )


def organisations(count: int, **fields: object) -> tuple[Organisation, ...]:
    return tuple(Organisation(i, f"Org {i}", **fields) for i in range(1, count + 1))  # type: ignore[arg-type]


def people(per_org: dict[int, int]) -> tuple[Participant, ...]:
    """``{org_id: how many}`` -> participants numbered from 1."""
    result = []
    for org, count in per_org.items():
        for _ in range(count):
            pid = len(result) + 1
            result.append(Participant(pid, org, f"Person {pid}"))
    return tuple(result)


def requests(
    pairs: Iterable[tuple[int, int]], priority: Priority = Priority.WOULD_LIKE
) -> tuple[MeetingRequest, ...]:
    return tuple(MeetingRequest(a, b, priority) for a, b in pairs)


def event(
    orgs: Sequence[Organisation],
    participants: Sequence[Participant] = (),
    wishes: Sequence[MeetingRequest] = (),
    *,
    event_settings: EventSettings | None = None,
    meetings: Sequence[Meeting] = (),
    apart: Sequence[tuple[int, int]] = (),
    precedences: Sequence[Precedence] = (),
) -> Event:
    s = event_settings or settings()
    if not participants:
        participants = people({o.id: 1 for o in orgs})
    return Event(
        settings=s,
        organisations=tuple(orgs),
        participants=tuple(participants),
        requests=tuple(wishes),
        slots=build_slots(s),
        tables=build_tables(s),
        meetings=tuple(meetings),
        apart=tuple(apart),
        precedences=tuple(precedences),
    )


def event_file(path: Path, ev: Event) -> EventFile:
    """Write an in-memory event to a new event file."""
    return EventFile.create(
        path,
        ev.settings,
        Registrations(ev.organisations, ev.participants, ev.requests, interpreters=ev.interpreters),
    )


def delegation_day() -> Event:
    """Three delegation companies and four hosts with Chinese, Norwegian and Spanish names."""
    orgs = (
        Organisation(1, "Qingdao Harbour Engineering", "青岛港湾工程", "Delegation", "China", ("ports",)),
        Organisation(2, "Jinan Smart Works", "济南智造", "Delegation", "China", ("manufacturing",)),
        Organisation(3, "Yantai Offshore Tech", "烟台海工科技", "Delegation", "China", ("offshore",)),
        Organisation(4, "Sørvest Havn AS", "", "Host", "Norway", ("ports",)),
        Organisation(5, "Nordsjø Automasjon AS", "", "Host", "Norway", ("manufacturing",)),
        Organisation(6, "Ryfylke Vind AS", "", "Host", "Norway", ("offshore wind",)),
        Organisation(7, "Energía Levante S.L.", "", "Host", "Spain", ("energy",)),
    )
    participants = (
        Participant(1, 1, "王伟"),
        Participant(2, 1, "李娜"),
        Participant(3, 2, "张强"),
        Participant(4, 3, "刘洋"),
        Participant(5, 4, "Bjørn Økland"),
        Participant(6, 5, "Åse Nærland"),
        Participant(7, 6, "Kåre Sæther"),
        Participant(8, 7, "Íñigo Muñoz"),
    )
    wishes = (
        MeetingRequest(1, 4, Priority.MUST_MEET),
        MeetingRequest(4, 1),
        MeetingRequest(1, 5),
        MeetingRequest(2, 5, Priority.MUST_MEET),
        MeetingRequest(5, 2),
        MeetingRequest(3, 6),
        MeetingRequest(6, 3),
        MeetingRequest(7, 1, Priority.IF_TIME_ALLOWS),
        MeetingRequest(2, 7),
        MeetingRequest(3, 4),
    )
    return event(orgs, participants, wishes, event_settings=settings(tables=2))


def planned_day(path: Path) -> tuple[EventFile, Event]:
    """The delegation day (13:00-15:00, two tables) stored at ``path`` with three meetings: 1–4 and 2–5 at
    13:00, 3–6 at 13:25 at table 1. The file is open: close it, or use it in a ``with``."""
    file = event_file(path, delegation_day())
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
        Meeting(2, 1, 2, (2, 5), (3, 6)),
        Meeting(3, 2, 1, (3, 6), (4, 7)),
    )
    return file, edits.change_meetings(file, meetings)


def solved(event: Event) -> SolveResult:
    """Solve to a proven optimum and re-check every hard rule without the solver, as every scheduler test
    must."""
    instance = build_instance(event)
    result = solve(instance, SolveOptions(time_limit=10, workers=1))
    assert result.status == SolveStatus.OPTIMAL, result
    assert validate(instance, result.meetings) == []
    return result


def pairs(result: SolveResult) -> set[tuple[int, int]]:
    """The pairs that meet in a solve's timetable."""
    return {m.organisation_ids for m in result.meetings}


def reasons(result: SolveResult) -> dict[tuple[int, int], str]:
    """Each unmet requested pair's reason."""
    return {u.organisation_ids: u.reason for u in result.unmet}


def uncoded(values: Iterable[T]) -> tuple[T, ...]:
    """Participants or interpreters as loaded, with the check-in code the file gave each one taken off, to
    compare with values made in a test (which have none); the codes themselves are checked where they
    matter (tests/storage/test_codes.py)."""
    return tuple(dataclasses.replace(value, code="") for value in values)


T = TypeVar("T", Participant, Interpreter)
