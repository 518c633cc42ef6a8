"""Re-planning on the day: the rest of the day with the fewest changes (safe in a worker thread), storing
it with its changes as the event's last changes, and reading those back for the change sheet and reprint."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from app.documents.changes_json import changes_document, changes_from_document, write_changes
from app.domain import Event, Meeting, timetable_digest
from app.domain.changes import Changes
from app.scheduler.replan import Replan as Replan
from app.scheduler.replan import replan as replan_day
from app.services.cache import instance_of
from app.storage import EventFile, repository

LAST_CHANGES = "last_changes"
"""The meta entry with the last re-plan's changes (``meetgrid.changes/1``) and the timetable they led to."""

DEFAULT_TIME_LIMIT = 1.0
"""Seconds CP-SAT may spend bettering the greedy fill; the whole re-plan stays within a few seconds."""


def compute(
    event: Event, now: datetime, allow_moves: int = 0, time_limit: float = DEFAULT_TIME_LIMIT
) -> Replan:
    """The re-plan at ``now`` with what changed, whether it is proven best and what the validator says.
    Pure: safe to run in a worker thread."""
    if allow_moves < 0:
        raise ValueError("the moves allowed cannot be negative")
    return replan_day(event, now, allow_moves, time_limit, base=instance_of(event))


def replan(event: Event, now: datetime, allow_moves: int = 0) -> tuple[tuple[Meeting, ...], Changes]:
    """The day's timetable re-planned at ``now`` and its changes (see ``app.scheduler.replan``)."""
    result = compute(event, now, allow_moves)
    return result.meetings, result.changes


def apply_replan(event_file: EventFile, meetings: tuple[Meeting, ...], changes: Changes) -> Event:
    """Store the re-planned timetable and keep its changes as the event's last changes, in one transaction."""
    event = event_file.load()
    note = {"timetable": timetable_digest(meetings), "changes": changes_document(event, changes)}
    with event_file.transaction() as session:
        repository.save_schedule(session, meetings, None)
        repository.write_meta(session, LAST_CHANGES, json.dumps(note, ensure_ascii=False))
    return event_file.load()


def last_changes(event_file: EventFile) -> Changes | None:
    """The changes of the last re-plan, while the timetable is still the one it stored (None after an
    undo, a new plan or an edit of the timetable, or before any re-plan)."""
    with event_file.transaction() as session:
        text = repository.read_meta(session, LAST_CHANGES)
    if not text:
        return None
    try:
        note = json.loads(text)
        changes = changes_from_document(note["changes"])
    except (ValueError, KeyError, TypeError):
        return None
    if note.get("timetable") != timetable_digest(event_file.load().meetings):
        return None
    return changes


def write_json(event: Event, changes: Changes, path: Path) -> Path:
    """Write the changes as ``meetgrid.changes/1`` JSON."""
    return write_changes(event, changes, path)


def meeting_words(event: Event, meeting: Meeting) -> str:
    """A meeting as the desk reads it: '13:50 Table 2  Org A – Org B'."""
    names = " – ".join(
        event.organisation_by_id[org].name if org in event.organisation_by_id else f"organisation {org}"
        for org in meeting.organisation_ids
    )
    return f"{place_words(event, meeting)}  {names}"


def place_words(event: Event, meeting: Meeting) -> str:
    """When and where a meeting is: '13:50 Table 2'."""
    slot = event.slot_by_id.get(meeting.slot_id)
    table = event.table_by_id.get(meeting.table_id)
    when = f"{slot.start:%H:%M}" if slot else f"slot {meeting.slot_id}"
    return f"{when} {table.name if table else f'table {meeting.table_id}'}"


def change_lines(event: Event, changes: Changes) -> list[tuple[str, list[str]]]:
    """The changes in words, by heading: cancelled (with the reason), added, moved (old → new, why) and
    kept with other people (who in place of whom). ``event`` is the event before the re-plan."""
    moves = [
        m
        for m in changes.moved
        if (m.before.slot_id, m.before.table_id) != (m.after.slot_id, m.after.table_id)
    ]
    others = [m for m in changes.moved if m not in moves]
    return [
        ("Cancelled", [f"{meeting_words(event, c.meeting)}: {c.reason}" for c in changes.cancelled]),
        ("Added", [meeting_words(event, m) for m in changes.added]),
        (
            "Moved",
            [f"{meeting_words(event, m.before)} → {place_words(event, m.after)}: {m.reason}" for m in moves],
        ),
        ("Kept with other people", [f"{meeting_words(event, m.after)}: {m.reason}" for m in others]),
    ]
