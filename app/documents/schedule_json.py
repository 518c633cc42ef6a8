"""``schedule.json``: the machine-readable timetable, format ``meetgrid.schedule/1`` (see docs)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain import Event, TimetableFigures, UnmetRequest
from app.domain.outcome import Outcome, interpreting_languages, interpreting_needs
from app.files import replaced_atomically

FORMAT = "meetgrid.schedule/1"


def schedule_document(
    event: Event,
    unmet: Sequence[UnmetRequest],
    figures: TimetableFigures | None = None,
    outcome: Outcome | None = None,
) -> dict[str, Any]:
    """The schedule as plain JSON-ready data; ``outcome`` gives the warnings and the unmet requests by
    reason (the summary's, see ``reports.summarise``)."""
    settings = event.settings
    run = event.last_run
    needed = {m.id: languages for m in event.meetings if (languages := interpreting_languages(event, m))}
    outcome = outcome or Outcome()
    return {
        "format": FORMAT,
        "event": {
            "name": settings.name,
            "venue": settings.venue,
            "meeting_minutes": settings.meeting_minutes,
            "pause_minutes": settings.pause_minutes,
            "max_meetings": settings.max_meetings,
            "across_groups_only": settings.across_groups_only,
            "min_meetings": settings.min_meetings,
            "max_in_a_row": settings.max_in_a_row,
            "host_group": settings.host_group or None,
            "tiers": [str(t) for t in settings.tiers],
            "interpreting": str(settings.interpreting),
            "agreed": settings.agreed,
            "days": [
                {
                    "date": day.date.isoformat(),
                    "start": day.start.isoformat(timespec="minutes"),
                    "end": day.end.isoformat(timespec="minutes"),
                    "breaks": [
                        {
                            "start": b.start.isoformat(timespec="minutes"),
                            "end": b.end.isoformat(timespec="minutes"),
                            "label": b.label,
                        }
                        for b in day.breaks
                    ],
                }
                for day in settings.days
            ],
        },
        "slots": [
            {
                "id": s.id,
                "start": s.start.isoformat(timespec="minutes"),
                "end": s.end.isoformat(timespec="minutes"),
            }
            for s in event.slots
        ],
        "tables": [{"id": t.id, "name": t.name, "seats": t.seats} for t in event.tables],
        "organisations": [
            {
                "id": o.id,
                "name": o.name,
                "local_name": o.local_name,
                "group": o.group,
                "country": o.country,
                "interests": list(o.interests),
                "languages": list(o.languages),
                "available_from": o.available_from.isoformat(timespec="minutes")
                if o.available_from
                else None,
                "available_until": (
                    o.available_until.isoformat(timespec="minutes") if o.available_until else None
                ),
                "max_meetings": o.max_meetings,
                "min_meetings": o.min_meetings,
                "away": [str(span) for span in o.away],
                "table": o.table or None,
                "participants": [
                    {
                        "id": p.id,
                        "code": p.code,
                        "name": p.name,
                        "local_name": p.names[1],
                        "title": p.title,
                        "email": p.email,
                        "away": [str(span) for span in p.away],
                    }
                    for p in event.participants_by_organisation.get(o.id, ())
                ],
            }
            for o in event.organisations
        ],
        "requests": [
            {
                "from": r.requester_id,
                "to": r.requested_id,
                "priority": int(r.priority),
                "session": r.session.value or None,
                "agreed": r.agreed,
            }
            for r in event.requests
        ],
        "interpreters": [
            {
                "id": i.id,
                "code": i.code,
                "name": i.name,
                "languages": list(i.languages),
                "available_from": i.available_from.isoformat(timespec="minutes")
                if i.available_from
                else None,
                "available_until": i.available_until.isoformat(timespec="minutes")
                if i.available_until
                else None,
                "away": [str(span) for span in i.away],
            }
            for i in event.interpreters
        ],
        "apart": [list(pair) for pair in event.apart],
        "order": [{"first": list(p.first), "then": list(p.then)} for p in event.precedences],
        "meetings": [
            {
                "id": m.id,
                "slot": m.slot_id,
                "table": m.table_id,
                "organisations": list(m.organisation_ids),
                "participants": list(m.participant_ids),
                "mutual": event.is_mutual(m.organisation_ids),
                "agreed": m.organisation_ids in event.agreed_pairs,
                "locked": m.locked,
                "interpreter": m.interpreter_id,
                "needs_interpreting": m.id in needed,
            }
            for m in event.meetings
        ],
        "interpreting_needed": [
            {"languages": list(need.languages), "meetings": need.meetings, "most_at_once": need.most_at_once}
            for need in interpreting_needs(event, needed)
        ],
        "unmet": [
            {"organisations": list(u.organisation_ids), "reason": u.reason, "detail": u.detail} for u in unmet
        ],
        "unmet_by_reason": [
            {"reason": count.reason, "requests": count.requests, "advice": count.advice}
            for count in outcome.unmet_by_reason
        ],
        "warnings": list(outcome.warnings),
        "solver": {
            "status": run.status if run else None,
            "objective": run.objective if run else None,
            "bound": run.bound if run else None,
            "seconds": run.seconds if run else None,
        },
        "figures": {
            "idle_gaps": figures.idle_gaps,
            "most_idle_gaps": figures.most_idle_gaps,
            "table_changes": figures.table_changes,
            "fairness_level": figures.fairness_level,
        }
        if figures is not None
        else None,
    }


def write_schedule_json(
    event: Event,
    unmet: Sequence[UnmetRequest],
    path: Path,
    figures: TimetableFigures | None = None,
    outcome: Outcome | None = None,
) -> None:
    """Write ``schedule.json`` atomically (a reader never sees half a file)."""
    text = json.dumps(schedule_document(event, unmet, figures, outcome), ensure_ascii=False, indent=2)
    with replaced_atomically(path) as temporary:
        temporary.write_text(text + "\n", encoding="utf-8")
