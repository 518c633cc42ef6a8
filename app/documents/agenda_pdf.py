"""Agenda PDFs: one per organisation, printed and handed out on the day. Fonts, styles and page furniture
come from the PDF base every document shares (``app.documents.pdf``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import (
    ACCENT,
    MARGIN,
    PAGE_WIDTH,
    PAUSE,
    RULE,
    ZEBRA,
    build_document,
    document_styles,
    markup,
    register_fonts,
)
from app.domain import Event, Meeting, Organisation, OrgId
from app.domain.outcome import interpreting_languages

# -- content --------------------------------------------------------------------------------------------


def _people_line(event: Event, meeting: Meeting, org_id: OrgId) -> str:
    return ", ".join(
        event.participant_by_id[pid].name
        for pid in meeting.participant_ids
        if event.participant_by_id[pid].organisation_id == org_id
    )


def _partner_cell(event: Event, meeting: Meeting, org: Organisation) -> list[Paragraph]:
    styles = document_styles()
    partner = event.partner_of(meeting, org.id)
    cell = [Paragraph(f"<b>{markup(partner.name)}</b>", styles["cell"])]
    if partner.local_name:
        cell.append(Paragraph(markup(partner.local_name), styles["cell"]))
    details = [partner.country] if partner.country else []
    if partner.interests:
        details.append(", ".join(partner.interests))
    if event.is_mutual(meeting.organisation_ids):
        details.append("mutual wish")
    if details:
        cell.append(Paragraph(markup(" · ".join(details)), styles["cell_small"]))
    return cell


def _attendees_cell(event: Event, meeting: Meeting, org: Organisation) -> list[Paragraph]:
    styles = document_styles()
    partner = event.partner_of(meeting, org.id)
    ours, theirs = _people_line(event, meeting, org.id), _people_line(event, meeting, partner.id)
    cell = []
    if ours:
        cell.append(Paragraph(markup(ours), styles["cell"]))
    if theirs:
        cell.append(Paragraph(markup(theirs), styles["cell_small"]))
    if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
        interpreter = event.interpreter_by_id[meeting.interpreter_id].name
        cell.append(Paragraph(markup(f"Interpreter: {interpreter}"), styles["cell_small"]))
    elif (languages := interpreting_languages(event, meeting)) is not None:
        needed = f"Interpreting needed ({languages[0]}–{languages[1]})"
        cell.append(Paragraph(markup(needed), styles["cell_small"]))
    return cell


def _breaks_between(event: Event, meetings: Sequence[Meeting]) -> list[tuple[datetime, datetime, str]]:
    """The breaks and plenary sessions of each day the organisation meets on, from its first meeting of the
    day to its last: what its people need to know between two meetings."""
    spans: dict[date, tuple[datetime, datetime]] = {}
    for meeting in meetings:
        slot = event.slot_by_id[meeting.slot_id]
        first, last = spans.get(slot.start.date(), (slot.start, slot.end))
        spans[slot.start.date()] = (min(first, slot.start), max(last, slot.end))
    found = []
    for day in event.settings.days:
        if day.date not in spans:
            continue
        first, last = spans[day.date]
        for pause in day.breaks:
            start, end = datetime.combine(day.date, pause.start), datetime.combine(day.date, pause.end)
            if first < end and start < last:
                found.append((start, end, pause.label))
    return found


def _time_label(event: Event, start: datetime, end: datetime) -> str:
    label = f"{start:%H:%M}–{end:%H:%M}"
    if len(event.settings.days) > 1:
        label = f"{start:%a} {start.day} {start:%b}\n{label}"
    return label


def _meetings_table(event: Event, org: Organisation, meetings: Sequence[Meeting]) -> Table:
    styles = document_styles()
    rows: list[list[Any]] = [
        [Paragraph(title, styles["head"]) for title in ("Time", "Table", "Partner", "Attendees")]
    ]
    entries: list[tuple[datetime, Meeting | str, datetime]] = [
        (event.slot_by_id[m.slot_id].start, m, event.slot_by_id[m.slot_id].end) for m in meetings
    ]
    entries += [(start, label, end) for start, end, label in _breaks_between(event, meetings)]
    entries.sort(key=lambda entry: (entry[0], isinstance(entry[1], Meeting)))
    pauses: list[int] = []
    for start, what, end in entries:
        time_cell = Paragraph(markup(_time_label(event, start, end)).replace("\n", "<br/>"), styles["cell"])
        if isinstance(what, str):
            pauses.append(len(rows))
            rows.append([time_cell, "", Paragraph(f"<i>{markup(what)}</i>", styles["cell"]), ""])
            continue
        rows.append(
            [
                time_cell,
                Paragraph(markup(event.table_by_id[what.table_id].name), styles["cell"]),
                _partner_cell(event, what, org),
                _attendees_cell(event, what, org),
            ]
        )
    usable = PAGE_WIDTH - 2 * MARGIN
    widths = [27 * mm, 18 * mm, usable - 27 * mm - 18 * mm - 52 * mm, 52 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    style += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(rows), 2)]
    for row in pauses:  # a break or plenary: one band across the partner and attendee columns
        style += [("SPAN", (2, row), (3, row)), ("BACKGROUND", (0, row), (-1, row), PAUSE)]
    table.setStyle(TableStyle(style))
    return table


def _story(event: Event, org: Organisation) -> list[Any]:
    styles = document_styles()
    story: list[Any] = [Paragraph(markup(org.name), styles["title"])]
    if org.local_name:
        story.append(Paragraph(markup(org.local_name), styles["local"]))
    meta = [part for part in (org.group, org.country) if part]
    if org.interests:
        meta.append("Interests: " + ", ".join(org.interests))
    story.append(Paragraph(markup(" · ".join(meta)) or "&nbsp;", styles["meta"]))

    people = event.participants_by_organisation.get(org.id, ())
    if people:
        lines = [f"<b>{markup(p.name)}</b>" + (f" — {markup(p.title)}" if p.title else "") for p in people]
        story.append(
            KeepTogether(
                [Paragraph("Participants", styles["heading"])]
                + [Paragraph(line, styles["body"]) for line in lines]
            )
        )

    meetings = event.meetings_of(org.id)
    story.append(Paragraph(f"Meetings ({len(meetings)})", styles["heading"]))
    if meetings:
        story.append(_meetings_table(event, org, meetings))
        minutes = event.settings.meeting_minutes
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                markup(
                    f"Each meeting lasts {minutes} minutes. Please be at your table on time; the tables are "
                    "numbered on signs in the meeting hall."
                ),
                styles["cell_small"],
            )
        )
    else:
        story.append(Paragraph(markup(f"No meetings are scheduled for {org.name} yet."), styles["empty"]))
    return story


class _AgendaStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Takes no room; tells the canvas that an agenda begins on this page, and reports progress."""

    def __init__(self, done: int, total: int, progress: Progress | None) -> None:
        super().__init__()
        self._done, self._total, self._progress = done, total, progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_agenda()
        if self._progress is not None:
            self._progress(self._done, self._total)


def write_agenda(event: Event, org_id: OrgId, path: Path) -> Path:
    """Write one organisation's agenda as an A4 PDF (whole, or not at all)."""
    org = event.organisation_by_id[org_id]
    return build_document(event, path, f"Agenda: {org.name}", _story(event, org))


def write_agendas_document(
    event: Event, path: Path, options: PrintOptions, progress: Progress | None = None
) -> Path:
    """The agendas of the organisations ``options`` names (all by default) in one PDF."""
    chosen = [o for o in event.organisations if options.includes(o.id)]
    return write_all_agendas(event, path, progress, chosen)


def write_all_agendas(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    organisations: Sequence[Organisation] | None = None,
) -> Path:
    """Write every organisation's agenda (or those of ``organisations``) into one PDF, to print in one go:
    each agenda starts on a new page and numbers its own pages, in registration order."""
    register_fonts()
    chosen = event.organisations if organisations is None else organisations
    total = len(chosen)
    story: list[Any] = []
    for done, org in enumerate(chosen):
        if story:
            story.append(PageBreak())
        story.append(_AgendaStart(done, total, progress))
        story.extend(_story(event, org))
    if not story:
        story.append(Paragraph("This event has no organisations yet.", document_styles()["empty"]))
    build_document(event, path, f"Agendas: {event.settings.name}", story)
    if progress is not None:
        progress(total, total)
    return path


# -- file names -----------------------------------------------------------------------------------------

_RESERVED = (
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {f"lpt{i}" for i in range(1, 10)}
)
_MAX_STEM = 80


def agenda_filename(org: Organisation, taken: set[str]) -> str:
    """A readable file name for the organisation's agenda, safe on every system and unique within ``taken``.

    Letters of any script are kept; path separators, characters Windows forbids and control characters are
    replaced. The name chosen is added to ``taken`` (compared without case).
    """
    stem = unicodedata.normalize("NFC", org.name)
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", stem)
    stem = " ".join(stem.split()).strip(" .")[:_MAX_STEM].strip(" .") or f"organisation {org.id}"
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"{stem} (agenda)"
    name, number = f"{stem}.pdf", 1
    while name.casefold() in taken:
        number += 1
        name = f"{stem} ({number}).pdf"
    taken.add(name.casefold())
    return name


def agenda_paths(event: Event, out_dir: Path) -> list[tuple[OrgId, Path]]:
    """Each organisation's agenda file in ``out_dir``, in registration order, with names unique in it."""
    taken: set[str] = set()
    return [(org.id, out_dir / agenda_filename(org, taken)) for org in event.organisations]


def write_agendas(event: Event, out_dir: Path, progress: Progress | None = None) -> list[Path]:
    """Write one agenda per organisation into ``out_dir`` (created if needed); returns the files in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    targets = agenda_paths(event, out_dir)
    for done, (org_id, path) in enumerate(targets):
        if progress is not None:
            progress(done, len(targets))
        written.append(write_agenda(event, org_id, path))
    if progress is not None:
        progress(len(targets), len(targets))
    return written
