"""``changes.json``: what a re-plan on the day changed, format ``meetgrid.changes/1``.

Meetings are written as in ``schedule.json`` (ids of slot, table, organisations, people and interpreter),
with their start and end beside the slot id so the file reads on its own; a cancelled meeting carries its
``reason``, a moved one its ``before``, ``after`` and ``reason``. ``changes_from_document`` reads it back
(the event file keeps the last re-plan's changes this way).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain import Event, Meeting
from app.domain.changes import Cancelled, Changes, Moved
from app.files import replaced_atomically

FORMAT = "meetgrid.changes/1"


def meeting_document(event: Event, meeting: Meeting) -> dict[str, Any]:
    """One meeting in the form of ``schedule.json``, with its start and end."""
    slot = event.slot_by_id.get(meeting.slot_id)
    return {
        "id": meeting.id,
        "slot": meeting.slot_id,
        "start": slot.start.isoformat(timespec="minutes") if slot else None,
        "end": slot.end.isoformat(timespec="minutes") if slot else None,
        "table": meeting.table_id,
        "organisations": list(meeting.organisation_ids),
        "participants": list(meeting.participant_ids),
        "mutual": event.is_mutual(meeting.organisation_ids),
        "agreed": meeting.organisation_ids in event.agreed_pairs,
        "locked": meeting.locked,
        "interpreter": meeting.interpreter_id,
        "needs_interpreting": event.needs_interpreting(meeting),
    }


def changes_document(event: Event, changes: Changes) -> dict[str, Any]:
    """The changes as plain JSON-ready data."""
    return {
        "format": FORMAT,
        "now": changes.now.isoformat(timespec="minutes"),
        "cancelled": [meeting_document(event, c.meeting) | {"reason": c.reason} for c in changes.cancelled],
        "added": [meeting_document(event, m) for m in changes.added],
        "moved": [
            {
                "before": meeting_document(event, move.before),
                "after": meeting_document(event, move.after),
                "reason": move.reason,
            }
            for move in changes.moved
        ],
        "unchanged": changes.unchanged,
        "seconds": changes.seconds,
    }


def write_changes(event: Event, changes: Changes, path: Path) -> Path:
    """Write ``changes.json`` whole, or leave ``path`` as it was."""
    text = json.dumps(changes_document(event, changes), ensure_ascii=False, indent=2)
    with replaced_atomically(path) as partial:
        partial.write_text(text + "\n", encoding="utf-8")
    return path


def _meeting(data: dict[str, Any]) -> Meeting:
    a, b = data["organisations"]
    return Meeting(
        id=int(data["id"]),
        slot_id=int(data["slot"]),
        table_id=int(data["table"]),
        organisation_ids=(int(a), int(b)),
        participant_ids=tuple(int(p) for p in data["participants"]),
        locked=bool(data["locked"]),
        interpreter_id=None if data["interpreter"] is None else int(data["interpreter"]),
    )


def changes_from_document(data: dict[str, Any]) -> Changes:
    """The changes a ``meetgrid.changes/1`` document holds; ValueError when it is not one."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document")
    try:
        return Changes(
            now=datetime.fromisoformat(data["now"]),
            cancelled=tuple(Cancelled(_meeting(c), str(c["reason"])) for c in data["cancelled"]),
            added=tuple(_meeting(m) for m in data["added"]),
            moved=tuple(
                Moved(_meeting(m["before"]), _meeting(m["after"]), str(m.get("reason", "")))
                for m in data["moved"]
            ),
            unchanged=int(data["unchanged"]),
            seconds=float(data["seconds"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"an incomplete {FORMAT} document: {exc}") from exc
