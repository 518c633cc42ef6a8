"""The organiser's edits as the window makes them: registrations, moved and swapped meetings, undo."""

from __future__ import annotations

import dataclasses
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import factories as f

from app.domain import Event, Precedence, build_tables
from app.scheduler import SolveOptions, build_instance, solve, validate
from app.services import edits, planning
from app.storage import EventFile


def planned(tmp_path: Path) -> tuple[EventFile, Event]:
    return f.planned_day(tmp_path / "day.meetgrid")


def test_a_meeting_moves_to_a_free_place_and_swaps_with_one_that_is_taken(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        to_free = edits.moved(event, 3, slot_id=2, table_id=2)
        assert [(m.id, m.slot_id, m.table_id) for m in to_free][2] == (3, 2, 2)
        swapped = edits.moved(event, 3, slot_id=1, table_id=1)
        assert {m.id: (m.slot_id, m.table_id) for m in swapped} == {1: (2, 1), 2: (1, 2), 3: (1, 1)}
        assert edits.new_problems(event, swapped) == []


def test_the_live_check_names_what_a_move_would_break(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        # 3–6 put at 13:00 at table 2 without swapping: 2–5 is already there.
        clash = [dataclasses.replace(m, slot_id=1, table_id=2) if m.id == 3 else m for m in event.meetings]
        problems = edits.new_problems(event, clash)
        assert any("table 2 holds 2 meetings" in p for p in problems)
        assert edits.new_problems(event, event.meetings) == []


def test_edits_are_stored_and_undone(tmp_path: Path, store: Callable[[Path, Event], EventFile]) -> None:
    file, event = planned(tmp_path)
    file.close()
    with store(tmp_path / "again.meetgrid", event) as event_file:
        assert event_file.load() == event
        registrations = edits.registrations_of(event)
        renamed = dataclasses.replace(
            registrations,
            organisations=tuple(
                dataclasses.replace(o, name="Sørvest Havn og Logistikk AS") if o.id == 4 else o
                for o in registrations.organisations
            ),
        )
        edited = edits.change_registrations(event_file, renamed)
        assert edited.organisation_by_id[4].name == "Sørvest Havn og Logistikk AS"
        assert edited.meetings == event.meetings, "the timetable stays"
        locked = edits.change_meetings(
            event_file, [dataclasses.replace(m, locked=True) for m in edited.meetings]
        )
        assert all(m.locked for m in locked.meetings)
        back = edits.restore(event_file, event)
        assert back.organisations == event.organisations
        assert back.meetings == event.meetings


def test_undoing_a_plan_puts_the_run_before_it_back(tmp_path: Path) -> None:
    event_file = f.event_file(tmp_path / "day.meetgrid", f.delegation_day())
    with event_file:
        unplanned = event_file.load()
        first = planning.save_plan(event_file, planning.plan(unplanned))
        assert first.last_run is not None
        assert edits.restore(event_file, unplanned).last_run is None, "no plan before: no verdict"
        redone = edits.restore(event_file, first)
        assert redone.last_run == first.last_run
        second = planning.save_plan(event_file, planning.plan(redone))
        assert second.last_run != first.last_run
        assert edits.restore(event_file, first).last_run == first.last_run


def test_a_timetable_moved_by_hand_is_no_longer_the_planned_one(tmp_path: Path) -> None:
    event_file = f.event_file(tmp_path / "day.meetgrid", f.delegation_day())
    with event_file:
        planned = planning.save_plan(event_file, planning.plan(event_file.load()))
        assert planned.planned_digest and not planned.changed_since_planned
        locked = tuple(dataclasses.replace(m, locked=True) for m in planned.meetings)
        assert not edits.change_meetings(event_file, locked).changed_since_planned, "locking is no change"
        first = planned.meetings[0]
        free = next(
            (s.id, t.id)
            for s in planned.slots
            for t in planned.tables
            if not any(m.slot_id == s.id and m.table_id == t.id for m in planned.meetings)
        )
        moved = edits.change_meetings(event_file, edits.moved(planned, first.id, *free))
        assert moved.changed_since_planned
        assert not edits.restore(event_file, planned).changed_since_planned, "undo puts the plan back"


def test_the_live_check_of_a_move_finds_what_a_check_of_the_whole_timetable_finds() -> None:
    # A busy day with every kind of rule a move can break: tables, people, pauses, orders, minimums.
    sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generated_events import brokerage

    day = brokerage(seed=3, organisations=60, requests=360)
    settings = dataclasses.replace(day.settings, table_count=12, max_in_a_row=3, min_meetings=2)
    day = dataclasses.replace(day, settings=settings, tables=build_tables(settings))
    planned = solve(build_instance(day), SolveOptions(time_limit=5, workers=1)).meetings
    # Orders between meetings of the timetable, as they are held (so that the timetable keeps them).
    held = sorted(planned, key=lambda m: m.slot_id)
    orders = tuple(
        Precedence(held[i].organisation_ids, held[-1 - i].organisation_ids)
        for i in range(30)
        if held[i].slot_id < held[-1 - i].slot_id
    )
    day = dataclasses.replace(day, precedences=orders)
    event = dataclasses.replace(day, meetings=planned)
    instance = build_instance(event)
    whole_before = set(validate(instance, event.meetings))
    rng = random.Random(5)
    found = 0
    for _ in range(200):
        meeting = rng.choice(event.meetings)
        slot, table = rng.choice(event.slots), rng.choice(event.tables)
        kind = rng.random()
        if kind < 0.4:  # moved as the timetable page moves it, swapping with a meeting in that place
            after = edits.moved(event, meeting.id, slot.id, table.id)
        elif kind < 0.8:  # put there as it is, whatever is there
            put = dataclasses.replace(meeting, slot_id=slot.id, table_id=table.id)
            after = tuple(put if m.id == meeting.id else m for m in event.meetings)
        else:  # taken out
            after = tuple(m for m in event.meetings if m.id != meeting.id)
        whole = [p for p in validate(instance, after) if p not in whole_before]
        assert Counter(edits.new_problems(event, after)) == Counter(whole)
        found += bool(whole)
    assert found > 80, "most changes break a rule, so the comparison means something"


def test_every_edit_returns_the_event_as_stored_without_reading_it_again(
    tmp_path: Path, store: Callable[[Path, Event], EventFile]
) -> None:
    """Edits write only the rows they change and build the event they return from the one shown; a random
    run of edits and undos checks that it is always the event the file now holds, order included."""
    from app.domain import MeetingRequest, Participant, Priority
    from app.domain.wishes import with_pair_agreed, with_priority, with_requests, without_request

    file, first = planned(tmp_path)
    file.close()
    rng = random.Random(7)
    with store(tmp_path / "again.meetgrid", first) as event_file:
        event = event_file.load()
        history: list[tuple[Event, Event]] = []
        for _step in range(40):
            kind = rng.choice(
                ["org", "person", "add", "remove", "priority", "agreed", "newcomer", "move", "undo"]
            )
            orgs = [o.id for o in event.organisations]
            requester, requested = rng.sample(orgs, 2)
            registrations = edits.registrations_of(event)
            before = event
            if kind == "org":
                seen = event.organisation_by_id[requester]
                field = rng.choice(["country", "interests", "name"])
                text = rng.choice(["Noruega", "ports; logistics", "山东港口"])
                if field == "name":
                    text = f"Energía Levante S.L. {_step}"  # names are unique
                event = edits.change_organisation(event_file, requester, field, text, seen=seen, before=event)
            elif kind == "person":
                seen_person = rng.choice(event.participants)
                field = rng.choice(["title", "languages", "email"])
                event = edits.change_participant(
                    event_file, seen_person.id, field, "en, nb", seen=seen_person, before=event
                )
            elif kind == "add" and not any(
                r.requester_id == requester and r.requested_id == requested for r in event.requests
            ):
                wish = MeetingRequest(requester, requested, Priority.MUST_MEET)
                event = edits.change_registrations(event_file, with_requests(registrations, [wish]), event)
            elif kind == "remove" and event.requests:
                wish = rng.choice(event.requests)
                changed = without_request(registrations, wish.requester_id, wish.requested_id)
                event = edits.change_registrations(event_file, changed, event)
            elif kind in ("priority", "agreed") and event.requests:
                wish = rng.choice(event.requests)
                changed = (
                    with_priority(
                        registrations, wish.requester_id, wish.requested_id, Priority.IF_TIME_ALLOWS
                    )
                    if kind == "priority"
                    else with_pair_agreed(registrations, wish.requester_id, wish.requested_id, True)
                )
                event = edits.change_registrations(event_file, changed, event)
            elif kind == "newcomer":
                person = Participant(edits.next_id(event.participants), requester, "Nova Persona")
                changed = dataclasses.replace(
                    registrations, participants=(*registrations.participants, person)
                )
                event = edits.change_registrations(event_file, changed, event)
                assert event.participant_by_id[person.id].code, "a newcomer gets a check-in code"
            elif kind == "move" and event.meetings:
                meeting = rng.choice(event.meetings)
                slot, table = rng.choice(event.slots).id, rng.choice(event.tables).id
                moved = edits.moved(event, meeting.id, slot, table)
                event = edits.change_meetings(event_file, moved, before=event)
            elif kind == "undo" and history:
                was, after = history.pop()
                event = edits.restore(event_file, was, after, event)
                assert desks_equal(event, was)
                assert event == event_file.load(), f"after undoing step {_step}"
                continue
            if event is not before:
                history.append((before, event))
            assert event == event_file.load(), f"after step {_step} ({kind})"


def desks_equal(a: Event, b: Event) -> bool:
    from app.services import desks

    return desks.parts_changed(a, b) == []


def test_wishes_put_back_by_an_undo_take_their_places_and_the_others_keep_their_rows(tmp_path: Path) -> None:
    """Undoing the removal of wishes puts them back where they were, in rows between their neighbours',
    without writing the other wishes again; where the order itself changes, all are written in it."""
    import sqlite3

    from app.domain.wishes import without_request

    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        event = event_file.load()

        def rows() -> list[tuple[int, int, int]]:
            with sqlite3.connect(path) as db:
                return list(
                    db.execute("SELECT id, requester_id, requested_id FROM meeting_request ORDER BY id")
                )

        first = rows()
        with sqlite3.connect(path) as db:  # every wish row taken out, noted
            db.execute("CREATE TABLE taken_out (id INTEGER)")
            db.execute(
                "CREATE TRIGGER note_taken_out AFTER DELETE ON meeting_request "
                "BEGIN INSERT INTO taken_out VALUES (old.id); END"
            )
        registrations = edits.registrations_of(event)
        for wish in (event.requests[2], event.requests[3]):
            registrations = without_request(registrations, wish.requester_id, wish.requested_id)
        fewer = edits.change_registrations(event_file, registrations, event)
        assert len(fewer.requests) == len(event.requests) - 2
        back = edits.restore(event_file, event, fewer, fewer)
        assert back.requests == event.requests == event_file.load().requests
        assert rows() == first, "the same rows: the two back in their own"
        with sqlite3.connect(path) as db:
            taken_out = sorted(row_id for (row_id,) in db.execute("SELECT id FROM taken_out"))
        assert taken_out == [first[2][0], first[3][0]], "only the two removed: no other wish written again"

        turned = dataclasses.replace(edits.registrations_of(back), requests=back.requests[::-1])
        reordered = edits.change_registrations(event_file, turned, back)
        assert reordered.requests == back.requests[::-1] == event_file.load().requests
