"""A whole event day driven with a fake clock, through the same services the desk's window and commands use:
check-ins by code and by name, a no-show, a late arrival, a walk-in, re-plans at three times with the board
and the change sheet at each, and the validator after every re-plan."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import factories as f
from pypdf import PdfReader

from app.domain import Organisation, Participant
from app.scheduler import SolveOptions
from app.services import board, event_day, planning, replanning, reprinting


def at(hour: int, minute: int) -> datetime:
    return datetime.combine(f.DAY, time(hour, minute))


def test_a_whole_day_at_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        event, _ = planning.solve_event(event_file, SolveOptions(time_limit=10, workers=1))
        planned = {m.organisation_ids for m in event.meetings}
        assert len(planned) >= 6

        # 12:45-12:55: people arrive; a badge is scanned, a name typed in either script.
        first = event.participants[0]
        event = event_day.check_in(event_file, event_day.find_one(event, first.code.lower()).id, at(12, 45))
        found = event_day.find_one(event, event.participants[1].name)
        event = event_day.check_in(event_file, found.id, at(12, 50))
        assert event.attendance_of(first.id).arrived_at == at(12, 45)
        # A no-show: a whole organisation does not come; a late arrival is expected at 14:00.
        absent = next(o for o in event.organisations if o.group == "Host")
        event = event_day.mark_organisation_absent(
            event_file, absent.id, event_day.day_start(event, at(12, 55))
        )
        late = next(p for p in event.participants if p.organisation_id != absent.id and p.id != first.id)
        event = event_day.mark_late(event_file, late.id, at(14, 0))
        # A walk-in wishing to meet the first delegation company.
        delegation = event.organisation_by_id[first.organisation_id]
        event = event_day.register_walk_in(
            event_file,
            Organisation(0, "Bodø Hydrogen AS", group="Host", country="Norway"),
            [Participant(0, 0, "Siri Håland")],
            [delegation.name],
        )
        walk_in = next(o for o in event.organisations if o.walk_in)
        assert all(p.code for p in event.participants_by_organisation[walk_in.id])

        for now in (at(13, 10), at(13, 40), at(14, 20)):
            before = event.meetings
            result = replanning.compute(event, now)
            assert result.problems == (), f"the validator after the re-plan at {now:%H:%M}"
            started = {s.id for s in event.slots if s.start <= now}
            kept = {m for m in before if m.slot_id in started}
            assert kept <= set(result.meetings), "a started slot is never touched"
            moved = [
                c
                for c in result.changes.moved
                if (c.before.slot_id, c.before.table_id) != (c.after.slot_id, c.after.table_id)
            ]
            assert not moved, "no meeting moves without permission"
            for cancelled in result.changes.cancelled:
                assert cancelled.meeting.slot_id not in started and cancelled.reason
            if not result.changes.empty:
                event = replanning.apply_replan(event_file, result.meetings, result.changes)
                sheet = reprinting.print_change_sheet(event, result.changes, tmp_path / f"{now:%H%M}.pdf")
                text = "\n".join(page.extract_text() for page in PdfReader(sheet).pages)
                for org in result.changes.organisations():
                    assert event.organisation_by_id[org].name.split()[0] in text
            # The board at that moment shows the stored timetable.
            state = board.board_at(event, now)
            assert state.next is not None and state.next.start > now
            assert len(state.next.meetings) == sum(
                1 for m in event.meetings if m.slot_id == state.next.slot_id
            )

        # By the end of the day nobody absent sits in a meeting after the no-show, and the walk-in met.
        after_start = [m for m in event.meetings if event.slot_by_id[m.slot_id].start > at(13, 10)]
        assert not [m for m in after_start if absent.id in m.organisation_ids]
        assert any(walk_in.id in m.organisation_ids for m in event.meetings)
