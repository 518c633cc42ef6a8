"""Two desks on one event on a real PostgreSQL server: edits that write a whole part of the event (wishes,
the setup, people added or removed, an undo, a plan) are refused when another desk changed that part
meanwhile, with what changed in words, and nothing either desk stored is lost."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time
from pathlib import Path

import pytest

from app.domain import MeetingRequest, Participant, Priority
from app.domain.wishes import with_requests, without_request
from app.errors import ConflictError
from app.services import edits, event_day, event_setup, planning
from app.services.planning import SolveOptions
from tests.storage.test_server import two_desks


def test_a_wish_added_at_one_desk_is_not_lost_to_an_edit_of_the_wishes_at_another(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        added = with_requests(edits.registrations_of(seen_one), [MeetingRequest(7, 3, Priority.MUST_MEET)])
        edits.change_registrations(one, added, seen_one)
        removed = without_request(edits.registrations_of(seen_two), 3, 4)
        with pytest.raises(
            ConflictError,
            match=re.escape(
                "The wishes of Energía Levante S.L. were changed at another desk a moment ago. Nothing was "
                "changed here"
            ),
        ):
            edits.change_registrations(two, removed, seen_two)
        stored = two.load()
        assert MeetingRequest(7, 3, Priority.MUST_MEET) in stored.requests, "the first desk's wish stays"
        assert any((r.requester_id, r.requested_id) == (3, 4) for r in stored.requests), "nothing removed"
        # Made again on the event as it now is, the second desk's edit is stored and keeps the first's.
        edits.change_registrations(two, without_request(edits.registrations_of(stored), 3, 4), stored)
        final = one.load()
    assert MeetingRequest(7, 3, Priority.MUST_MEET) in final.requests
    assert not any((r.requester_id, r.requested_id) == (3, 4) for r in final.requests)


def test_people_added_or_removed_from_an_old_snapshot_are_refused_when_that_person_changed(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        edits.change_participant(one, 4, "title", "Chief engineer", seen=seen_one.participant_by_id[4])
        with pytest.raises(ConflictError, match="刘洋 was changed at another desk a moment ago"):
            edits.remove_participant(two, 4, seen_two)
        with pytest.raises(ConflictError, match="刘洋 was changed at another desk"):
            edits.add_participant(two, 3, Participant(0, 3, "Zhao Min"), seen_two)
        with pytest.raises(ConflictError, match="刘洋 was changed at another desk"):
            edits.remove_organisation(two, 3, seen_two)
        stored = two.load()
    assert stored.participant_by_id[4].title == "Chief engineer"
    assert [p.name for p in stored.participants_by_organisation[3]] == ["刘洋"]
    assert 3 in stored.organisation_by_id


def test_a_change_of_the_setup_from_an_old_snapshot_is_refused(tmp_path: Path, server_url: str) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        event_setup.change_settings(
            one, dataclasses.replace(seen_one.settings, venue="Stavanger Innovation Park"), before=seen_one
        )
        with pytest.raises(ConflictError, match=r"The event's setup \(times, tables, goals\) was changed"):
            event_setup.change_settings(
                two, dataclasses.replace(seen_two.settings, agreed=True), before=seen_two
            )
        # An edit of the wishes is not about the setup: the setup's change does not stop it.
        added = with_requests(edits.registrations_of(seen_two), [MeetingRequest(7, 3)])
        edits.change_registrations(two, added, seen_two)
        stored = one.load()
    assert stored.settings.venue == "Stavanger Innovation Park" and not stored.settings.agreed
    assert MeetingRequest(7, 3) in stored.requests


def test_an_undo_takes_back_only_this_desks_edit_and_never_another_desks(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        before_two = two.load()
        after_two = edits.change_meetings(two, edits.moved(before_two, 3, slot_id=4, table_id=2), before_two)
        # Meanwhile the first desk checks someone in: the day's record is not what the move changed.
        event_day.check_in(one, 5, datetime(2026, 6, 9, 12, 40), one.load())
        undone = edits.restore(two, before_two, after_two)
        assert {m.id: (m.slot_id, m.table_id) for m in undone.meetings}[3] == (2, 1), "the move is undone"
        assert undone.attendance_of(5).arrived_at == datetime(2026, 6, 9, 12, 40), "the check-in stays"
        # Now the first desk renames an organisation, and the second desk's redo of a change to the
        # registrations (its own rename) would write over it: refused.
        seen = one.load()
        renamed = edits.change_organisation(
            two, 2, "name", "Jinan Smart Works Ltd", seen=seen.organisation_by_id[2]
        )
        edits.change_organisation(one, 1, "name", "Qingdao Port Engineering", seen=seen.organisation_by_id[1])
        with pytest.raises(ConflictError, match="Qingdao Port Engineering was changed at another desk"):
            edits.restore(two, seen, renamed)
        stored = one.load()
    assert stored.organisation_by_id[1].name == "Qingdao Port Engineering"
    assert stored.organisation_by_id[2].name == "Jinan Smart Works Ltd"


def test_a_plan_computed_while_another_desk_changed_the_event_is_refused(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        planned_on = two.load()
        result = planning.plan(planned_on, SolveOptions(time_limit=5, workers=1))
        assert result.has_schedule
        seen = one.load()
        edits.change_registrations(
            one, with_requests(edits.registrations_of(seen), [MeetingRequest(7, 3)]), seen
        )
        with pytest.raises(
            ConflictError,
            match=re.escape(
                "The wishes of Energía Levante S.L. were changed at another desk while this plan was "
                "computed. The plan was not saved and the timetable is as it was; plan again"
            ),
        ):
            planning.save_plan(two, result, planned_on)
        assert two.load().meetings == seen.meetings
        # Locking a meeting elsewhere also makes the plan out of date.
        planned_on = two.load()
        result = planning.plan(planned_on, SolveOptions(time_limit=5, workers=1))
        locked = edits.change_meetings(
            one, [dataclasses.replace(m, locked=m.id == 1) for m in planned_on.meetings], planned_on
        )
        with pytest.raises(ConflictError, match="Meetings were locked or unlocked at another desk"):
            planning.save_plan(two, result, planned_on)
        # Planned again on the event as it is, the plan is saved (the check-in of a person meanwhile is
        # no reason to plan again).
        event_day.check_in(one, 6, datetime(2026, 6, 9, 12, 50), locked)
        planned_on = two.load()
        result = planning.plan(planned_on, SolveOptions(time_limit=5, workers=1))
        event_day.check_in(one, 7, datetime(2026, 6, 9, 12, 55), planned_on)
        saved = planning.save_plan(two, result, planned_on)
    assert saved.meetings and any(m.locked for m in saved.meetings)
    assert saved.last_run is not None
    assert time(12, 55) == saved.attendance_of(7).arrived_at.time()  # type: ignore[union-attr]
