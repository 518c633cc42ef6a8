"""The change sheet of a re-plan, for the desk: per organisation whose day changed, in registration order,
each meeting cancelled, added or moved, old → new, with why; names in both scripts, so that the desk can
find the people and tell them before their agendas are reprinted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import (
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    RULE,
    build_document,
    document_styles,
    long_date,
    markup,
    paragraph_style,
)
from app.domain import Event, Meeting, OrgId
from app.domain.changes import Changes

CANCELLED = colors.HexColor("#C0392B")
ADDED = colors.HexColor("#2E8B57")
MOVED = colors.HexColor("#D68910")
_KICKER = paragraph_style("change_kicker", 9, color=MUTED, spaceAfter=1 * mm)
_LINE = paragraph_style("change_line", 10)
_ORGANISATION = paragraph_style("change_organisation", 12, bold=True, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
STRIP = 2.2 * mm


@dataclass(frozen=True)
class _Line:
    """One change as one organisation reads it."""

    at: datetime
    colour: colors.Color
    text: str
    """Markup for a Paragraph."""
    people: str = ""
    """The organisation's people in the meeting as it is now (added or moved)."""


class _Writing:
    """The words of one change sheet: times with the day when the event has several, names in both
    scripts."""

    def __init__(self, event: Event) -> None:
        self.event = event
        self.several_days = len(event.settings.days) > 1

    def when(self, moment: datetime) -> str:
        if self.several_days:
            return f"{moment:%a} {moment.day} {moment:%b} {moment:%H:%M}"
        return f"{moment:%H:%M}"

    def start(self, meeting: Meeting) -> datetime:
        return self.event.slot_by_id[meeting.slot_id].start

    def place(self, meeting: Meeting) -> str:
        """'14:15 Table 3'."""
        table = self.event.table_by_id.get(meeting.table_id)
        name = table.name if table is not None else f"Table {meeting.table_id}"
        return markup(f"{self.when(self.start(meeting))} {name}")

    def partner(self, meeting: Meeting, org_id: OrgId) -> str:
        """The other side in Latin letters and its own script: 'Jinan Smart Works (济南智造)'."""
        latin, local = self.event.partner_of(meeting, org_id).names
        if latin and local and local != latin:
            return markup(f"{latin} ({local})")
        return markup(latin or local)

    def people(self, meeting: Meeting, org_id: OrgId) -> str:
        names = []
        for pid in meeting.participant_ids:
            person = self.event.participant_by_id.get(pid)
            if person is not None and person.organisation_id == org_id:
                latin, local = person.names
                names.append(f"{latin} ({local})" if latin and local and local != latin else latin or local)
        return markup(", ".join(names))


def _lines(event: Event, changes: Changes) -> dict[OrgId, list[_Line]]:
    """Each organisation's changes, as it reads them."""
    writing = _Writing(event)
    lines: dict[OrgId, list[_Line]] = {}

    def add(org_id: OrgId, line: _Line) -> None:
        if org_id in event.organisation_by_id:
            lines.setdefault(org_id, []).append(line)

    for cancelled in changes.cancelled:
        meeting = cancelled.meeting
        why = f" ({markup(cancelled.reason)})" if cancelled.reason else ""
        for org_id in meeting.organisation_ids:
            text = f"{writing.place(meeting)} with {writing.partner(meeting, org_id)} → <b>cancelled</b>{why}"
            add(org_id, _Line(writing.start(meeting), CANCELLED, text))
    for meeting in changes.added:
        for org_id in meeting.organisation_ids:
            text = f"added: <b>{writing.place(meeting)}</b> with {writing.partner(meeting, org_id)}"
            add(org_id, _Line(writing.start(meeting), ADDED, text, writing.people(meeting, org_id)))
    for move in changes.moved:
        why = f" ({markup(move.reason)})" if move.reason else ""
        for org_id in move.after.organisation_ids:
            text = (
                f"moved: {writing.place(move.before)} → <b>{writing.place(move.after)}</b> "
                f"with {writing.partner(move.after, org_id)}{why}"
            )
            people = writing.people(move.after, org_id)
            add(org_id, _Line(writing.start(move.before), MOVED, text, people))
    for found in lines.values():
        found.sort(key=lambda line: line.at)
    return lines


def _organisation(event: Event, org_id: OrgId, lines: list[_Line]) -> KeepTogether:
    styles = document_styles()
    org = event.organisation_by_id[org_id]
    latin, local = org.names
    title = markup(latin or local)
    if latin and local and local != latin:
        title += f'&nbsp;&nbsp;<font color="{MUTED.hexval()}">{markup(local)}</font>'
    rows: list[list[Any]] = []
    for line in lines:
        cell = [Paragraph(line.text, _LINE)]
        if line.people:
            cell.append(Paragraph(line.people, styles["cell_small"]))
        rows.append(["", cell])
    table = Table(rows, colWidths=[STRIP, PAGE_WIDTH - 2 * MARGIN - STRIP], hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
    ]
    style += [("BACKGROUND", (0, row), (0, row), line.colour) for row, line in enumerate(lines)]
    table.setStyle(TableStyle(style))
    return KeepTogether([Paragraph(title, _ORGANISATION), table])


def _summary(changes: Changes, organisations: int) -> str:
    parts = [
        f"{len(changes.cancelled)} cancelled",
        f"{len(changes.added)} added",
        f"{len(changes.moved)} moved",
        f"{changes.unchanged} unchanged",
    ]
    whose = "1 organisation" if organisations == 1 else f"{organisations} organisations"
    return "Meetings: " + " · ".join(parts) + f" — the day of {whose} changed"


def write_change_sheet(
    event: Event, path: Path, changes: Changes, options: PrintOptions, progress: Progress | None = None
) -> Path:
    """Write the change sheet of ``changes`` (the organisations ``options`` names; all by default) as an A4
    PDF, whole or not at all."""
    styles = document_styles()
    lines = _lines(event, changes)
    chosen = [org.id for org in event.organisations if org.id in lines and options.includes(org.id)]
    now = changes.now
    story: list[Any] = [
        Paragraph("Changes to the timetable", _KICKER),
        Paragraph(f"Re-planned at {now:%H:%M}", styles["title"]),
        Paragraph(markup(f"{long_date(now.date())} · {_summary(changes, len(chosen))}"), styles["meta"]),
    ]
    if not chosen:
        story.append(Paragraph("Nothing changed: every meeting stays as it was planned.", styles["empty"]))
    for done, org_id in enumerate(chosen):
        if progress is not None:
            progress(done, len(chosen))
        story.append(_organisation(event, org_id, lines[org_id]))
    build_document(event, path, f"Changes at {now:%H:%M}: {event.settings.name}", story)
    if progress is not None:
        progress(len(chosen), len(chosen))
    return path
