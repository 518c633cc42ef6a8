"""The check-in desk's services: finding people, check-in and its undo, absences, late arrivals, walk-ins,
the counts and the next meeting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from desk_day import OPENING, desk_day
from postgres import on_server

from app.domain import Attendance, Event, Organisation, Participant
from app.errors import InputError
from app.services import event_day
from app.services.event_day import Counts, State
from app.storage import EventFile


@pytest.fixture(params=["file", "server"])
def day(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[EventFile, Event]]:
    """The desk's day in an event file, and the same event on a PostgreSQL server."""
    file, event = desk_day(tmp_path / "day.meetgrid")
    if request.param == "server":
        file.close()
        file = on_server(tmp_path / "day.meetgrid", request.getfixturevalue("server_url"))
        assert file.load() == event
    with file:
        yield file, event


def ids(people: list[Participant]) -> list[int]:
    return [p.id for p in people]


def test_names_in_either_script_find_a_chinese_name_registered_with_both(
    day: tuple[EventFile, Event],
) -> None:
    _, event = day
    for text in ("wang hai", "王海", "Haitao", "HAITAO WANG", "海涛", "  wang   haitao "):
        assert ids(event_day.find_people(event, text)) == [1], text
    assert ids(event_day.find_people(event, "wang")) == [1, 3]  # by name, in name order


def test_names_without_case_or_accents_and_organisations(day: tuple[EventFile, Event]) -> None:
    _, event = day
    assert ids(event_day.find_people(event, "bjorn okl")) == [5]
    assert ids(event_day.find_people(event, "inigo")) == [8]
    # The organisation's name finds its people after those whose own name fits.
    assert ids(event_day.find_people(event, "qingdao")) == [2, 1]  # Li Na, Wang Haitao
    assert ids(event_day.find_people(event, "青岛")) == [2, 1]
    assert event_day.find_people(event, "zzz") == []
    assert event_day.find_people(event, "   ") == []


def test_codes_typed_with_dashes_and_lower_case_come_first(day: tuple[EventFile, Event]) -> None:
    _, event = day
    person = event.participant_by_id[6]
    code = person.code
    for text in (code, code.lower(), f"{code[:3]}-{code[3:]}", f" {code.lower()}\n"):
        assert ids(event_day.find_people(event, text))[:1] == [6], text
    assert event_day.find_one(event, code.lower()).id == 6


def test_find_one_refuses_an_unknown_code_or_an_ambiguous_name(day: tuple[EventFile, Event]) -> None:
    _, event = day
    with pytest.raises(InputError, match=r"fits 2 people: Wang Haitao 王海涛.*Wang Jing 王静"):
        event_day.find_one(event, "wang")
    with pytest.raises(InputError, match="nobody has the check-in code or name 'QQQQQQ'"):
        event_day.find_one(event, "QQQQQQ")
    assert event_day.find_one(event, "Wang Jing").id == 3


def test_check_in_stores_one_row_and_returns_the_event_as_stored(day: tuple[EventFile, Event]) -> None:
    file, event = day
    at = OPENING - timedelta(minutes=12)
    after = event_day.check_in(file, 1, at, event)
    assert after.attendance_of(1).arrived_at == at
    assert after.participants is event.participants  # nothing read back
    assert file.load() == after
    assert event_day.state_of(after, 1, at) == State.ARRIVED
    undone = event_day.undo_check_in(file, 1, event.attendance_of(1), after)
    assert undone.attendance == () and file.load().attendance == ()
    # Without a snapshot the file is read.
    assert event_day.check_in(file, 2, at).attendance_of(2).arrived_at == at


def test_a_person_absent_who_comes_after_all_is_arrived(day: tuple[EventFile, Event]) -> None:
    file, event = day
    event = event_day.mark_absent(file, [4], OPENING, event)
    assert event_day.state_of(event, 4, OPENING + timedelta(hours=1)) == State.ABSENT
    event = event_day.check_in(file, 4, OPENING + timedelta(minutes=30), event)
    assert event.attendance_of(4) == Attendance(4, arrived_at=OPENING + timedelta(minutes=30))
    assert file.load() == event


def test_absent_late_and_counts(day: tuple[EventFile, Event]) -> None:
    file, event = day
    at = OPENING + timedelta(minutes=5)
    event = event_day.check_in(file, 1, OPENING - timedelta(minutes=20), event)
    event = event_day.mark_organisation_absent(file, 7, event_day.day_start(event, at), event)
    event = event_day.mark_late(file, 5, OPENING + timedelta(minutes=90), event)
    event = event_day.mark_absent(file, [6], OPENING + timedelta(hours=1), event)  # leaves at 14:00
    assert file.load() == event
    assert event.attendance_of(5).present(OPENING, OPENING + timedelta(minutes=20)) is False
    per_org, total = event_day.attendance_counts(event, at)
    assert per_org[1] == Counts(arrived=1, expected=1, absent=0)
    assert per_org[7] == Counts(absent=1)
    assert per_org[4] == Counts(expected=1)  # late, still expected
    assert per_org[5] == Counts(expected=1)
    assert total == Counts(arrived=1, expected=6, absent=1) and total.people == 8
    _, later = event_day.attendance_counts(event, OPENING + timedelta(hours=1))
    assert later == Counts(arrived=1, expected=5, absent=2)
    assert event_day.state_of(event, 5, at) == State.LATE


def test_walk_in_is_stored_with_its_wishes_and_refused_as_a_whole(day: tuple[EventFile, Event]) -> None:
    file, event = day
    with pytest.raises(InputError, match="no organisation is called 'Nordsjo Automation'; did you mean"):
        event_day.register_walk_in(
            file,
            Organisation(0, "Stavanger Subsea AS", country="Norway"),
            [Participant(0, 0, "Ola Nordmann")],
            ["Nordsjo Automation"],
        )
    assert file.load() == event
    after = event_day.register_walk_in(
        file,
        Organisation(0, "Stavanger Subsea AS", country="Norway", group="Host"),
        [Participant(0, 0, "Ola  Nordmann"), Participant(0, 0, "Kari Nordmann")],
        ["jinan smart works", "青岛港湾工程"],
    )
    org = after.organisations[-1]
    assert (org.name, org.country, org.group, org.walk_in) == ("Stavanger Subsea AS", "Norway", "Host", True)
    people = after.participants_by_organisation[org.id]
    assert [(p.name, p.walk_in) for p in people] == [("Ola Nordmann", True), ("Kari Nordmann", True)]
    assert all(len(p.code) == 6 for p in people)
    assert {(r.requester_id, r.requested_id) for r in after.requests} - {
        (r.requester_id, r.requested_id) for r in event.requests
    } == {(org.id, 2), (org.id, 1)}
    assert after.meetings == event.meetings
    # A walk-in person of an organisation registered already joins it.
    again = event_day.register_walk_in(
        file, Organisation(0, "sorvest havn as"), [Participant(0, 0, "Per Hansen")]
    )
    assert [p.name for p in again.participants_by_organisation[4]][-1] == "Per Hansen"
    assert len(again.organisations) == len(after.organisations)
    assert event_day.find_one(again, "per hansen").walk_in


def test_next_meeting_running_then_next_and_none(day: tuple[EventFile, Event]) -> None:
    _, event = day
    early = event_day.next_meeting(event, 1, OPENING - timedelta(minutes=10))
    assert early is not None and not early.running
    assert (early.start, early.table, early.partner.id) == (OPENING, "Table 1", 4)
    assert [p.id for p in early.partner_people] == [5]
    assert early.interpreter is not None and early.interpreter.name == "刘梅 Liu Mei"
    running = event_day.next_meeting(event, 4, OPENING + timedelta(minutes=30))
    assert running is not None and running.running and running.partner.id == 6
    assert event_day.next_meeting(event, 1, OPENING + timedelta(minutes=20)) is None
    assert event_day.next_meeting(event, 8, OPENING) is None  # Energía Levante has no meeting


def test_the_search_index_is_shared_by_snapshots_of_the_same_registrations(
    day: tuple[EventFile, Event],
) -> None:
    file, event = day
    event_day.find_people(event, "wang")
    index = event_day._index_of(event)
    after = event_day.check_in(file, 1, datetime(2026, 6, 9, 12, 50), event)
    assert event_day._index_of(after) is index
