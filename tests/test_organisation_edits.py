"""The organisations page's edits as plain functions: people changed, added and removed, late registrations,
organisations removed, and what the search looks in."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import factories as f
import pytest

from app.domain import Event, Meeting, MeetingRequest, Organisation, Participant, Period, Precedence
from app.errors import InputError
from app.reading.names import folded
from app.services import edits
from app.storage import EventFile
from tests.factories import uncoded


def planned(tmp_path: Path) -> tuple[EventFile, Event]:
    return f.planned_day(tmp_path / "day.meetgrid")


def test_a_participant_field_is_stored_as_typed(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        edited = edits.change_participant(event_file, 5, "title", "  Port   director ")
        edited = edits.change_participant(event_file, 5, "languages", "Norwegian; English, norwegian")
        edited = edits.change_participant(event_file, 5, "email", "bjorn@sorvest.no")
        person = edited.participant_by_id[5]
        assert (person.title, person.email) == ("Port director", "bjorn@sorvest.no")
        assert person.languages == ("Norwegian", "English")
        assert edited.meetings == event.meetings, "the timetable stays"
        assert event_file.load() == edited
        assert edits.restore(event_file, event).participant_by_id[5] == event.participant_by_id[5]


def test_a_participant_keeps_a_name_and_must_still_be_there(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        with pytest.raises(InputError, match="needs a name"):
            edits.change_participant(event_file, 5, "name", "   ")
        with pytest.raises(InputError, match="no longer in the event"):
            edits.change_participant(event_file, 99, "name", "Nobody")
        with pytest.raises(ValueError, match="no editable field"):
            edits.change_participant(event_file, 5, "organisation_id", "2")
        assert event_file.load() == event


def test_a_late_registration_gets_new_ids_and_no_meetings(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        org = Organisation(0, "  Tromsø   Fisk AS ", "", "Host", "Norway", ("seafood",), ("Norwegian",))
        person = Participant(0, 0, "Ole Hansen", "CEO", "ole@tromsofisk.no", ("English",))
        added = edits.add_registration(event_file, org, [person])
        new = added.organisations[-1]
        assert (new.id, new.name, new.interests) == (8, "Tromsø Fisk AS", ("seafood",))
        ole = Participant(9, 8, "Ole Hansen", "CEO", "ole@tromsofisk.no", ("English",))
        assert uncoded(added.participants_by_organisation[8]) == (ole,)
        assert added.meetings == event.meetings and added.requests == event.requests
        assert edits.restore(event_file, event) == event


def test_a_late_registration_of_an_organisation_already_there_is_refused(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        with pytest.raises(InputError, match="Sørvest Havn AS is already registered"):
            edits.add_registration(event_file, Organisation(0, "Sorvest Havn A/S"), [])
        with pytest.raises(InputError, match="every person needs a name"):
            edits.add_registration(event_file, Organisation(0, "New AS"), [Participant(0, 0, " ")])
        assert event_file.load() == event


def test_a_person_added_to_an_organisation(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        added = edits.add_participant(event_file, 4, Participant(0, 0, " Kari  Nordmann ", "Engineer"))
        kari = Participant(9, 4, "Kari Nordmann", "Engineer")
        assert uncoded(added.participants_by_organisation[4][-1:]) == (kari,)
        assert added.meetings == event.meetings
        with pytest.raises(InputError, match="needs a name"):
            edits.add_participant(event_file, 4, Participant(0, 0, ""))


def test_a_person_removed_leaves_their_meetings_without_them(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        assert edits.meetings_of(event, participant=2) == 1
        removed = edits.remove_participant(event_file, 2)  # 李娜 of Qingdao, in meeting 1–4
        assert 2 not in removed.participant_by_id
        assert [m.participant_ids for m in removed.meetings] == [(1, 5), (3, 6), (4, 7)]
        assert [m.id for m in removed.meetings] == [1, 2, 3], "every meeting stays"
        # The only person of Jinan on 2–5: the meeting stays, with nobody from Jinan for now.
        alone = edits.remove_participant(event_file, 3)
        assert [m.participant_ids for m in alone.meetings] == [(1, 5), (6,), (4, 7)]
        back = edits.restore(event_file, event)
        assert back.participants == event.participants and back.meetings == event.meetings


def test_an_organisation_removed_takes_its_people_requests_rules_and_meetings(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    day = f.delegation_day()
    with f.event_file(path, day) as event_file:
        registrations = edits.registrations_of(event_file.load())
        edits.change_registrations(
            event_file,
            type(registrations)(
                registrations.organisations,
                registrations.participants,
                (*registrations.requests, MeetingRequest(4, 2)),
                apart=((2, 6), (4, 7)),
                precedences=(Precedence((1, 4), (2, 5)), Precedence((3, 6), (2, 7))),
            ),
        )
        event = edits.change_meetings(
            event_file, (Meeting(1, 1, 1, (1, 4), (1, 5)), Meeting(2, 1, 2, (2, 5), (3, 6)))
        )
        assert edits.meetings_of(event, organisation=4) == 1
        removed = edits.remove_organisation(event_file, 4)
        assert 4 not in removed.organisation_by_id
        assert all(p.organisation_id != 4 for p in removed.participants)
        assert all(4 not in (r.requester_id, r.requested_id) for r in removed.requests)
        assert len(removed.requests) == len(event.requests) - 4
        assert removed.apart == ((2, 6),)
        assert removed.precedences == (Precedence((3, 6), (2, 7)),)
        assert [m.id for m in removed.meetings] == [2]
        assert edits.restore(event_file, event) == event


def test_the_search_text_holds_names_interests_country_and_people_without_accents() -> None:
    event = f.delegation_day()
    texts = edits.search_texts(event)
    assert "sorvest havn as" in texts[4] and "norway" in texts[4] and "bjorn økland" not in texts[4]
    assert "bjorn okland" in texts[4] and "ports" in texts[4]
    assert "青岛港湾工程" in texts[1] and "王伟" in texts[1]
    assert "inigo munoz" in texts[7] and "energia levante" in texts[7]
    assert folded("TROMSØ") == folded("tromso") == "tromso"
    assert folded("Åse Nærland") == "ase naerland"


def test_a_colleague_free_at_the_time_stands_in_for_the_only_one_there(tmp_path: Path) -> None:
    event_file = f.event_file(tmp_path / "day.meetgrid", f.delegation_day())
    with event_file:
        # Qingdao's 王伟 (1) alone at 1–4 (13:00) and 1–5 (13:25); 李娜 (2) is away 13:25–13:45.
        registrations = edits.registrations_of(event_file.load())
        people = tuple(
            dataclasses.replace(p, away=(Period(time(13, 25), time(13, 45)),)) if p.id == 2 else p
            for p in registrations.participants
        )
        edits.change_registrations(event_file, dataclasses.replace(registrations, participants=people))
        event = edits.change_meetings(
            event_file, (Meeting(1, 1, 1, (1, 4), (1, 5)), Meeting(2, 2, 1, (1, 5), (1, 6)))
        )
        removed = edits.remove_participant(event_file, 1)
        by_id = {m.id: set(m.participant_ids) for m in removed.meetings}
        assert by_id[1] == {2, 5}, "李娜 is free at 13:00 and goes in 王伟's place"
        assert by_id[2] == {6}, "at 13:25 李娜 is away: nobody from Qingdao for now"
        assert edits.restore(event_file, event).meetings == event.meetings
