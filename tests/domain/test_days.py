"""Someone's day in time order: meetings, free slots, absences and breaks."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import factories as f

from app.domain import Break, Event, EventDay, Interpreter, Meeting, Organisation, build_slots
from app.domain.days import agenda_of, interpreted_languages, interpreter_day, table_day
from app.scheduler import build_instance, explain_unmet, figures
from app.services import reports

COFFEE = Break(time(13, 45), time(14), "Coffee")


def day_with_coffee() -> Event:
    """The delegation day, two tables, coffee at 13:45: slots 13:00, 13:25, 14:00 and 14:25.

    Yantai (3) speaks Chinese and Ryfylke (6) Norwegian: Liu Mei interprets their meeting.
    """
    event = f.delegation_day()
    settings = f.settings(tables=2, breaks=(COFFEE,))
    orgs = tuple(
        dataclasses.replace(o, languages={3: ("Chinese",), 6: ("Norwegian",)}.get(o.id, ()))
        for o in event.organisations
    )
    return dataclasses.replace(
        event,
        settings=settings,
        organisations=orgs,
        slots=build_slots(settings),
        interpreters=(Interpreter(1, "Liu Mei", ("Chinese", "Norwegian", "English")),),
        meetings=(
            Meeting(1, 1, 1, (1, 4), (1, 5)),
            Meeting(2, 1, 2, (2, 5), (3, 6)),
            Meeting(3, 2, 1, (3, 6), (4, 7), interpreter_id=1),
            Meeting(4, 2, 2, (2, 7), (3, 8)),
            Meeting(5, 3, 1, (1, 5), (2, 6)),
        ),
    )


def test_an_agenda_lists_every_slot_and_the_break_in_time_order() -> None:
    event = day_with_coffee()
    lines = agenda_of(event, 2)
    assert [(f"{x.start:%H:%M}", x.meeting.id if x.meeting else None, x.label) for x in lines] == [
        ("13:00", 2, ""),
        ("13:25", 4, ""),
        ("13:45", None, "Coffee"),
        ("14:00", None, ""),
        ("14:25", None, ""),
    ]
    assert lines[2].is_break and not lines[3].is_break and lines[3].present


def test_two_meetings_at_once_give_two_lines_by_table() -> None:
    event = day_with_coffee()
    twice = (Meeting(6, 1, 2, (1, 7), (2, 8)), event.meetings[0], event.meetings[4])
    lines = agenda_of(dataclasses.replace(event, meetings=twice), 1)
    assert [(x.slot_id, x.meeting.id if x.meeting else None) for x in lines] == [
        (1, 1),
        (1, 6),
        (2, None),
        (None, None),
        (3, 5),
        (4, None),
    ]


def test_slots_an_organisation_is_away_are_not_free_time() -> None:
    event = day_with_coffee()
    late = tuple(
        dataclasses.replace(o, available_from=time(14)) if o.id == 7 else o for o in event.organisations
    )
    event = dataclasses.replace(event, organisations=late, meetings=())
    present = [x.present for x in agenda_of(event, 7) if not x.is_break]
    assert present == [False, False, True, True]


def test_a_table_day_and_an_interpreter_day() -> None:
    event = day_with_coffee()
    assert [x.meeting.id if x.meeting else x.label for x in table_day(event, 1)] == [1, 3, "Coffee", 5, ""]
    interpreted = interpreter_day(event, 1)
    assert [x.meeting.id if x.meeting else x.label for x in interpreted] == ["", 3, "Coffee", "", ""]
    assert interpreted_languages(event, event.meetings[2]) == ("Chinese", "Norwegian")
    assert interpreted_languages(event, event.meetings[0]) is None


def test_several_days_keep_each_days_breaks_in_place() -> None:
    days = tuple(EventDay(date(2026, 6, d), time(13), time(14), (COFFEE,)) for d in (10, 9))
    event = f.event(f.organisations(2))
    settings = dataclasses.replace(event.settings, days=days)
    event = dataclasses.replace(event, settings=settings, slots=build_slots(settings))
    lines = table_day(event, 1)
    assert [(f"{x.start:%d %H:%M}", x.label) for x in lines] == [
        ("09 13:00", ""),
        ("09 13:25", ""),
        ("09 13:45", "Coffee"),
        ("10 13:00", ""),
        ("10 13:25", ""),
        ("10 13:45", "Coffee"),
    ]


def test_checking_a_timetable_counts_like_the_scheduler() -> None:
    event = day_with_coffee()
    organisations = tuple(Organisation(o.id, o.name) for o in event.organisations)
    event = dataclasses.replace(event, organisations=organisations, interpreters=())
    event = dataclasses.replace(
        event, meetings=tuple(dataclasses.replace(m, interpreter_id=None) for m in event.meetings)
    )
    check = reports.check_timetable(event)
    instance = build_instance(event)
    assert check.figures == figures(instance, event.meetings)
    assert check.unmet == explain_unmet(instance, event.meetings) == reports.unmet_requests(event)
    assert {u.organisation_ids for u in check.unmet} == {(1, 7), (3, 4)}
