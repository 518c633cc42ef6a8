"""Calendar files as a calendar program reads them: one per organisation and per person, the right meetings
at the right local time, UIDs that stay when meetings move, valid even without meetings."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import factories as f
import icalendar
import pytest

from app.documents import calendar_ics
from app.documents.calendar_ics import (
    CalendarFile,
    TimeZoneError,
    calendar_of,
    calendar_paths,
    write_calendar,
    write_calendars,
)
from app.documents.catalogue import PrintOptions
from app.domain import Event, Meeting, Organisation, Participant, build_slots

OSLO = ZoneInfo("Europe/Oslo")


def oslo_day() -> Event:
    """The delegation day in Oslo's time zone, Qingdao (two people) meeting three times: once with only
    王伟, once with both, once naming nobody of theirs; Ryfylke Vind AS has no meeting."""
    day = f.delegation_day()
    settings = dataclasses.replace(day.settings, time_zone="Europe/Oslo", venue="Clarion Hotel Energy")
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 5)),
        Meeting(2, 2, 2, (1, 5), (1, 2, 6)),
        Meeting(3, 3, 1, (1, 7), (8,)),
        Meeting(4, 1, 2, (2, 5), (3, 6)),
    )
    return dataclasses.replace(day, settings=settings, meetings=meetings)


def read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def entries(path: Path) -> list[icalendar.Event]:
    return list(read(path).walk("VEVENT"))


def by_name(paths: list[Path]) -> dict[str, Path]:
    return {path.name: path for path in paths}


def test_one_calendar_per_organisation_and_per_person_with_their_meetings(tmp_path: Path) -> None:
    event = oslo_day()
    paths = by_name(write_calendars(event, tmp_path / "calendars", PrintOptions()))
    assert len(paths) == len(event.organisations) + len(event.participants)
    assert list(paths)[:3] == [
        "Qingdao Harbour Engineering.ics",
        "Qingdao Harbour Engineering - 王伟.ics",
        "Qingdao Harbour Engineering - 李娜.ics",
    ]
    for org in event.organisations:
        name = f"{org.name.rstrip('.')}.ics"
        assert len(entries(paths[name])) == len(event.meetings_of(org.id)), org.name
    wang = {str(e["summary"]) for e in entries(paths["Qingdao Harbour Engineering - 王伟.ics"])}
    li = {str(e["summary"]) for e in entries(paths["Qingdao Harbour Engineering - 李娜.ics"])}
    assert wang == {
        "B2B meeting: Sørvest Havn AS",
        "B2B meeting: Nordsjø Automasjon AS",
        "B2B meeting: Energía Levante S.L.",
    }
    assert li == {"B2B meeting: Nordsjø Automasjon AS", "B2B meeting: Energía Levante S.L."}, (
        "the meeting naming only 王伟 is not in 李娜's calendar; one naming nobody of theirs is"
    )
    assert not list(tmp_path.joinpath("calendars").glob(".*")), "no temporary file is left behind"


def test_times_are_local_to_the_event_with_the_time_zone_included(tmp_path: Path) -> None:
    event = oslo_day()
    target = calendar_paths(event, tmp_path)[0]
    calendar = read(write_calendar(event, target))
    first = next(iter(calendar.walk("VEVENT")))
    start, end = first.decoded("dtstart"), first.decoded("dtend")
    assert start == datetime(2026, 6, 9, 13, 0, tzinfo=OSLO)
    assert start.astimezone(UTC) == datetime(2026, 6, 9, 11, 0, tzinfo=UTC), "13:00 in Oslo is 11:00 UTC"
    assert end - start == timedelta(minutes=event.settings.meeting_minutes)
    assert first["dtstart"].params["TZID"] == "Europe/Oslo"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert str(first["location"]) == "Clarion Hotel Energy", "the venue alone, for the calendar's map"
    description = str(first["description"])
    assert description.startswith("Table / 桌号: Table 1\n")
    assert "Sørvest Havn AS" in description and "王伟" in description and "Bjørn Økland" in description
    assert first.decoded("dtstamp").tzinfo is not None


def test_the_computers_own_time_zone_when_the_event_names_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = oslo_day()
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, time_zone=""))
    monkeypatch.setattr(calendar_ics.tzlocal, "get_localzone_name", lambda: "Asia/Shanghai")
    first = next(iter(read(write_calendar(event, calendar_paths(event, tmp_path)[0])).walk("VEVENT")))
    assert first.decoded("dtstart") == datetime(2026, 6, 9, 13, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_an_unknown_time_zone_is_said_and_nothing_is_written(tmp_path: Path) -> None:
    event = oslo_day()
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, time_zone="Europe/Olso"))
    with pytest.raises(TimeZoneError, match="Europe/Olso"):
        write_calendars(event, tmp_path / "calendars", PrintOptions())
    assert not (tmp_path / "calendars").exists()


def uids(path: Path) -> dict[str, str]:
    """Partner (from the summary) -> UID."""
    return {str(e["summary"]): str(e["uid"]) for e in entries(path)}


def test_uids_stay_across_exports_and_when_a_meeting_moves(tmp_path: Path) -> None:
    event = oslo_day()
    first = by_name(write_calendars(event, tmp_path / "one", PrintOptions()))
    again = by_name(write_calendars(event, tmp_path / "two", PrintOptions()))
    moved_meetings = tuple(
        dataclasses.replace(m, slot_id=4, table_id=2) if m.id == 1 else m for m in event.meetings
    )
    moved = by_name(
        write_calendars(
            dataclasses.replace(event, meetings=moved_meetings), tmp_path / "three", PrintOptions()
        )
    )
    for name in (
        "Qingdao Harbour Engineering.ics",
        "Qingdao Harbour Engineering - 王伟.ics",
        "Sørvest Havn AS.ics",
    ):
        assert uids(first[name]) == uids(again[name]) == uids(moved[name]), name
    sorvest = "B2B meeting: Qingdao Harbour Engineering (青岛港湾工程)"
    (before,) = (e for e in entries(first["Sørvest Havn AS.ics"]) if str(e["summary"]) == sorvest)
    (after,) = (e for e in entries(moved["Sørvest Havn AS.ics"]) if str(e["summary"]) == sorvest)
    assert after.decoded("dtstart") == datetime(2026, 6, 9, 14, 15, tzinfo=OSLO) != before.decoded("dtstart")
    assert "Table 2" in str(after["description"]).splitlines()[0]
    assert uids(first["Qingdao Harbour Engineering.ics"]) == uids(
        first["Qingdao Harbour Engineering - 王伟.ics"]
    )
    all_uids = [uid for path in first.values() for uid in uids(path).values()]
    org_uids = [uid for name, path in first.items() if " - " not in name for uid in uids(path).values()]
    assert len(set(org_uids)) == len(org_uids) == 2 * len(event.meetings), "each side of a meeting its own"
    assert set(all_uids) == set(org_uids), "a person's entries are their organisation's"


def test_sequence_grows_with_each_export_so_a_moved_meeting_replaces_the_old_one(tmp_path: Path) -> None:
    event = oslo_day()
    target = calendar_paths(event, tmp_path)[0]
    monday, tuesday = datetime(2026, 6, 1, 9, tzinfo=UTC), datetime(2026, 6, 2, 9, tzinfo=UTC)
    early = next(iter(calendar_of(event, target, monday).walk("VEVENT")))
    later = next(iter(calendar_of(event, target, tuesday).walk("VEVENT")))
    assert early["uid"] == later["uid"]
    assert int(later["sequence"]) > int(early["sequence"]) >= 0
    assert int(later["sequence"]) < 2**31, "an iCalendar INTEGER"


def test_an_organisation_without_meetings_still_gets_a_valid_calendar(tmp_path: Path) -> None:
    event = oslo_day()
    paths = by_name(write_calendars(event, tmp_path, PrintOptions()))
    calendar = read(paths["Ryfylke Vind AS.ics"])
    assert calendar.walk("VEVENT") == []
    assert str(calendar["version"]) == "2.0" and calendar.walk("VTIMEZONE"), "a component, as RFC 5545 asks"
    emptied = dataclasses.replace(event, meetings=())
    assert all(entries(path) == [] for path in write_calendars(emptied, tmp_path, PrintOptions()))


def test_interpreting_is_in_the_description_in_both_languages(tmp_path: Path) -> None:
    event = oslo_day()
    orgs = tuple(
        dataclasses.replace(o, languages=("Chinese",) if o.group == "Delegation" else ("Norsk",))
        for o in event.organisations
    )
    event = dataclasses.replace(event, organisations=orgs)
    paths = by_name(write_calendars(event, tmp_path, PrintOptions()))
    (meeting,) = (e for e in entries(paths["Sørvest Havn AS.ics"]))
    description = str(meeting["description"])
    assert "Partner / Møtepartner: Qingdao Harbour Engineering" in description
    assert "Interpreting needed (Chinese–Norwegian)" in description
    assert "Trenger tolk (kinesisk–norsk)" in description


def test_only_the_chosen_organisations_and_names_safe_and_unique(tmp_path: Path) -> None:
    orgs = (Organisation(1, "CON"), Organisation(2, "Nord A/S"), Organisation(3, "Nord A S"))
    people = (
        Participant(1, 1, "Ola Nordmann"),
        Participant(2, 1, "Ola Nordmann"),
        Participant(3, 2, "Kari: Nordmann?"),
        Participant(4, 3, "Per"),
    )
    event = f.event(orgs, people, meetings=[Meeting(1, 1, 1, (1, 2), (1, 3))])
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, time_zone="UTC"))
    names = [p.name for p in write_calendars(event, tmp_path, PrintOptions(only=frozenset({1, 2, 3})))]
    assert names == [
        "CON (calendar).ics",
        "CON - Ola Nordmann.ics",
        "CON - Ola Nordmann (2).ics",
        "Nord A S.ics",
        "Nord A S - Kari Nordmann.ics",
        "Nord A S (2).ics",
        "Nord A S - Per.ics",
    ]
    chosen = calendar_paths(event, tmp_path, PrintOptions(only=frozenset({2})))
    assert chosen == [
        CalendarFile(2, None, tmp_path / "Nord A S.ics"),
        CalendarFile(2, 3, tmp_path / "Nord A S - Kari Nordmann.ics"),
    ]


def test_a_file_written_again_replaces_the_old_one_whole(tmp_path: Path) -> None:
    event = oslo_day()
    target = calendar_paths(event, tmp_path)[0]
    target.path.write_text("an old calendar")
    write_calendar(event, target)
    assert target.path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    staged = tmp_path / ".staged.ics"
    assert write_calendar(event, target, staged) == staged and len(entries(staged)) == 3


def test_a_multi_day_event_puts_each_meeting_on_its_day(tmp_path: Path) -> None:
    event = oslo_day()
    second = dataclasses.replace(event.settings.days[0], date=event.settings.days[0].date + timedelta(days=1))
    settings = dataclasses.replace(event.settings, days=(event.settings.days[0], second))
    slots = build_slots(settings)
    late = next(s for s in slots if s.start.date() == second.date and s.start.time() == time(13))
    meetings = (Meeting(1, 1, 1, (1, 4), (1, 5)), Meeting(2, late.id, 1, (1, 5), (1, 6)))
    event = dataclasses.replace(event, settings=settings, slots=slots, meetings=meetings)
    starts = sorted(
        e.decoded("dtstart") for e in entries(write_calendar(event, calendar_paths(event, tmp_path)[0]))
    )
    assert starts == [datetime(2026, 6, 9, 13, tzinfo=OSLO), datetime(2026, 6, 10, 13, tzinfo=OSLO)]
