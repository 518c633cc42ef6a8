"""Paper after a change: what MeetGrid printed for whom, the agendas whose content changed since, and the
desk's change sheet of a re-plan.

Every agenda printed or exported leaves a fingerprint of its content in the event file
(``repository.record_printed``); an agenda whose content no longer matches its fingerprint, or that was never
printed, is one to reprint. The faces call ``record_agendas_printed`` wherever they print or export agendas
with the event file at hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from app.documents.agenda_pdf import agenda_digest
from app.documents.catalogue import PrintOptions, Progress
from app.documents.change_sheet import write_change_sheet
from app.domain import Event, OrgId
from app.domain.changes import Changes
from app.errors import ExportError
from app.services.exporting import why_not_written
from app.services.printing import print_document
from app.storage import EventFile, repository

AGENDAS = "agendas"
"""The document kind whose printing is recorded (``repository.read_printed``)."""


def agenda_digests(event: Event, org_ids: Iterable[OrgId] | None = None) -> dict[OrgId, str]:
    """The fingerprint of each organisation's agenda as it would print now (every organisation's by
    default)."""
    chosen = [org.id for org in event.organisations] if org_ids is None else list(org_ids)
    return {org_id: agenda_digest(event, org_id) for org_id in chosen}


def record_agendas_printed(
    event_file: EventFile, event: Event, org_ids: Iterable[OrgId] | None = None, at: datetime | None = None
) -> None:
    """Remember that the agendas of ``org_ids`` (all by default) were printed or exported from ``event``,
    as it was when they were written, so that only those that change afterwards are reprinted."""
    chosen = event.organisation_by_id if org_ids is None else org_ids
    digests = agenda_digests(event, [org_id for org_id in chosen if org_id in event.organisation_by_id])
    with event_file.transaction() as session:
        repository.record_printed(session, AGENDAS, digests, at or datetime.now())


def changed_agendas(event_file: EventFile, event: Event | None = None) -> list[OrgId]:
    """The organisations whose agenda shows something else than the one last printed or exported for them
    (never printed counts as changed), in registration order. ``event``: the event as stored, when the
    caller has it already."""
    if event is None:
        event = event_file.load()
    with event_file.transaction() as session:
        printed = repository.read_printed(session, AGENDAS)
    return [
        org_id
        for org_id, digest in agenda_digests(event).items()
        if org_id not in printed or printed[org_id][0] != digest
    ]


def print_changed_agendas(
    event_file: EventFile, path: Path, progress: Progress | None = None
) -> tuple[list[OrgId], Event]:
    """Write the agendas changed since they were last printed into ``path`` and record them as printed;
    none changed: no file is written and the list is empty."""
    event = event_file.load()
    changed = changed_agendas(event_file, event)
    if changed:
        print_document(event, AGENDAS, path, PrintOptions(only=frozenset(changed)), progress)
        record_agendas_printed(event_file, event, changed)
    return changed, event


def print_change_sheet(
    event: Event, changes: Changes, path: Path, options: PrintOptions | None = None
) -> Path:
    """Write the desk's change sheet of a re-plan to ``path``: per organisation whose day changed, what
    changed, old → new. The whole file, or ``path`` left as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_change_sheet(event, path, changes, options or PrintOptions())
    except OSError as exc:
        raise ExportError(why_not_written(exc, path.parent)) from exc
