"""Agenda PDFs: one per organisation, printed and handed out on the day, in English and in the reader's
language (``app.documents.words``), with a QR code per person for the check-in desk. Fonts, styles and page
furniture come from the PDF base every document shares (``app.documents.pdf``)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
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
    FONT,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    PAUSE,
    RULE,
    ZEBRA,
    build_document,
    document_styles,
    draw_qr,
    draw_text,
    event_dates,
    markup,
    paragraph_style,
    register_fonts,
    text_width,
)
from app.documents.words import Pair, Words, both, words_for
from app.domain import Event, Meeting, Organisation, OrgId, Participant
from app.domain.outcome import interpreting_languages

DAY_BAND = colors.HexColor("#DCE6F1")
HEAD_SECOND = colors.HexColor("#D5E1EE")
"""The reader's words under the English in the table's header."""
QR_SIZE = 19 * mm
_KICKER = paragraph_style("kicker", 9, color=MUTED, spaceAfter=1 * mm)

# -- content --------------------------------------------------------------------------------------------


def _sentence(pair: Pair, style: str) -> list[Paragraph]:
    """A sentence in English, and beneath it in the reader's language."""
    styles = document_styles()
    return [Paragraph(markup(text), styles[style]) for text in pair if text]


def _heading(words: Words, message: str, count: Pair | None = None) -> Paragraph:
    """'Meetings · Møter', with a count after it in small grey type."""
    text = markup(both(words.text(message)))
    if count is not None:
        small = markup(both(count))
        text += f'&nbsp;&nbsp;&nbsp;<font name="{FONT}" size="9" color="{MUTED.hexval()}">{small}</font>'
    return Paragraph(text, document_styles()["heading"])


def _label(words: Words, message: str, value: str) -> str:
    """'Interpreter / Tolk: Name'."""
    return f"{both(words.text(message), ' / ')}: {value}"


def _people_line(event: Event, meeting: Meeting, org_id: OrgId) -> str:
    return ", ".join(
        event.participant_by_id[pid].name
        for pid in meeting.participant_ids
        if event.participant_by_id[pid].organisation_id == org_id
    )


def _partner_cell(event: Event, meeting: Meeting, org: Organisation, words: Words) -> list[Paragraph]:
    styles = document_styles()
    partner = event.partner_of(meeting, org.id)
    cell = [Paragraph(f"<b>{markup(partner.name)}</b>", styles["cell"])]
    if partner.local_name:
        cell.append(Paragraph(markup(partner.local_name), styles["cell"]))
    details = [partner.country] if partner.country else []
    if partner.interests:
        details.append(", ".join(partner.interests))
    if event.is_mutual(meeting.organisation_ids):
        details.append(both(words.text("mutual wish"), " / "))
    if details:
        cell.append(Paragraph(markup(" · ".join(details)), styles["cell_small"]))
    return cell


def interpreting_note(event: Event, meeting: Meeting, words: Words) -> Pair:
    """Who interprets the meeting, or that it needs interpreting and between which languages, in English
    and the reader's language; ('', '') for a meeting whose sides share a language."""
    if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
        return _label(words, "Interpreter", event.interpreter_by_id[meeting.interpreter_id].name), ""
    languages = interpreting_languages(event, meeting)
    if languages is None:
        return "", ""
    first, second = (words.language(name) for name in languages)
    return words.text("Interpreting needed ({first}–{second})", first=first, second=second)


def _attendees_cell(event: Event, meeting: Meeting, org: Organisation, words: Words) -> list[Paragraph]:
    styles = document_styles()
    partner = event.partner_of(meeting, org.id)
    ours, theirs = _people_line(event, meeting, org.id), _people_line(event, meeting, partner.id)
    cell = []
    if ours:
        cell.append(Paragraph(markup(ours), styles["cell"]))
    if theirs:
        cell.append(Paragraph(markup(theirs), styles["cell_small"]))
    cell += _sentence(interpreting_note(event, meeting, words), "cell_small")
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


def _head_cell(words: Words, message: str) -> Paragraph:
    english, theirs = words.text(message)
    text = f"<b>{markup(english)}</b>"
    if theirs:
        text += f'<br/><font size="7.5" color="{HEAD_SECOND.hexval()}">{markup(theirs)}</font>'
    return Paragraph(text, document_styles()["head"])


def _meetings_table(event: Event, org: Organisation, meetings: Sequence[Meeting], words: Words) -> Table:
    styles = document_styles()
    rows: list[list[Any]] = [
        [
            _head_cell(words, "Time"),
            _head_cell(words, "Table"),
            _head_cell(words, "Partner"),
            _head_cell(words, "Attendees"),
        ]
    ]
    entries: list[tuple[datetime, Meeting | str, datetime]] = [
        (event.slot_by_id[m.slot_id].start, m, event.slot_by_id[m.slot_id].end) for m in meetings
    ]
    entries += [(start, label, end) for start, end, label in _breaks_between(event, meetings)]
    entries.sort(key=lambda entry: (entry[0], isinstance(entry[1], Meeting)))
    # A band with the date opens each day: in the reader's way of writing dates, and wherever the agenda
    # covers several days (an English agenda of one day has the date in its page header).
    day_bands = words.bilingual or len({start.date() for start, _, _ in entries}) > 1
    pauses: list[int] = []
    days: list[int] = []
    day: date | None = None
    for start, what, end in entries:
        if day_bands and start.date() != day:
            day = start.date()
            days.append(len(rows))
            rows.append([Paragraph(f"<b>{markup(both(words.date(day)))}</b>", styles["cell"]), "", "", ""])
        span = words.time_span(start.time(), end.time())
        time_cell = [Paragraph(markup(text), styles["cell"]) for text in span if text]
        if isinstance(what, str):
            pauses.append(len(rows))
            label = markup(both(words.label("break", what)))
            rows.append([time_cell, "", Paragraph(f"<i>{label}</i>", styles["cell"]), ""])
            continue
        rows.append(
            [
                time_cell,
                Paragraph(markup(event.table_by_id[what.table_id].name), styles["cell"]),
                _partner_cell(event, what, org, words),
                _attendees_cell(event, what, org, words),
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
    for row in days:  # the date: one band across the table
        style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), DAY_BAND)]
    table.setStyle(TableStyle(style))
    return table


class _CheckInCode(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A person's check-in code as a QR code, with the code printed small under it for typing."""

    CAPTION = 3.4 * mm

    def __init__(self, code: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.code, self.size = code, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size + self.CAPTION

    def draw(self) -> None:
        draw_qr(self.canv, self.code, 0, self.CAPTION, self.size)
        self.canv.setFillColor(MUTED)
        draw_text(self.canv, (self.size - text_width(self.code, 7)) / 2, 0.6 * mm, self.code, 7)


def _person_lines(person: Participant) -> list[Paragraph]:
    styles = document_styles()
    latin, local = person.names
    first, second = (latin, local) if latin else (local, "")
    lines = [Paragraph(f"<b>{markup(first)}</b>", styles["body"])]
    if second:
        lines.append(Paragraph(markup(second), styles["body"]))
    if person.title:
        lines.append(Paragraph(markup(person.title), styles["cell_small"]))
    return lines


def _participants(people: Sequence[Participant], words: Words) -> Flowable:
    """The organisation's people, two to a row, each with the QR code of their check-in code."""
    styles = document_styles()
    if not any(person.code for person in people):  # an event file from before check-in codes
        lines = [f"<b>{markup(p.name)}</b>" + (f" — {markup(p.title)}" if p.title else "") for p in people]
        return KeepTogether(
            [_heading(words, "Participants")] + [Paragraph(line, styles["body"]) for line in lines]
        )
    cards: list[Any] = []
    for person in people:
        cards += [_CheckInCode(person.code) if person.code else "", _person_lines(person)]
    rows = [cards[i : i + 4] + [""] * (4 - len(cards[i : i + 4])) for i in range(0, len(cards), 4)]
    half = (PAGE_WIDTH - 2 * MARGIN) / 2
    code_column = QR_SIZE + 3 * mm
    table = Table(rows, colWidths=[code_column, half - code_column] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether(
        [
            _heading(words, "Participants"),
            *_sentence(words.text("Show your code at the check-in desk."), "cell_small"),
            Spacer(1, 2 * mm),
            table,
        ]
    )


def _story(event: Event, org: Organisation, words: Words) -> list[Any]:
    styles = document_styles()
    story: list[Any] = [
        Paragraph(markup(both(words.text("Meeting agenda"))), _KICKER),
        Paragraph(markup(org.name), styles["title"]),
    ]
    if org.local_name:
        story.append(Paragraph(markup(org.local_name), styles["local"]))
    meta = [part for part in (org.group, org.country) if part]
    if org.interests:
        meta.append(_label(words, "Interests", ", ".join(org.interests)))
    story.append(Paragraph(markup(" · ".join(meta)) or "&nbsp;", styles["meta"]))

    people = event.participants_by_organisation.get(org.id, ())
    if people:
        story.append(_participants(people, words))

    meetings = event.meetings_of(org.id)
    count = words.plural("{count} meeting", "{count} meetings", len(meetings))
    story.append(_heading(words, "Meetings", count))
    if meetings:
        story.append(_meetings_table(event, org, meetings, words))
        minutes = event.settings.meeting_minutes
        story.append(Spacer(1, 3 * mm))
        closing = words.plural(
            "Each meeting lasts {count} minute. Please be at your table on time; the tables are numbered on "
            "signs in the meeting hall.",
            "Each meeting lasts {count} minutes. Please be at your table on time; the tables are numbered on "
            "signs in the meeting hall.",
            minutes,
        )
        story.extend(_sentence(closing, "cell_small"))
    else:
        story.extend(
            _sentence(words.text("No meetings are scheduled for {name} yet.", name=org.name), "empty")
        )
    return story


def _page_words(words: Words) -> Callable[[int, int], str]:
    return lambda number, total: both(words.text("Page {number} of {total}", number=number, total=total))


class _AgendaStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Takes no room; tells the canvas that an agenda begins on this page and how its pages are counted,
    and reports progress."""

    def __init__(self, words: Words, done: int = 0, total: int = 1, progress: Progress | None = None) -> None:
        super().__init__()
        self._words = words
        self._done, self._total, self._progress = done, total, progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_agenda(_page_words(self._words))
        if self._progress is not None:
            self._progress(self._done, self._total)


def write_agenda(event: Event, org_id: OrgId, path: Path) -> Path:
    """Write one organisation's agenda as an A4 PDF (whole, or not at all)."""
    org = event.organisation_by_id[org_id]
    words = words_for(event, org_id)
    story = [_AgendaStart(words), *_story(event, org, words)]
    return build_document(event, path, f"Agenda: {org.name}", story)


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
        words = words_for(event, org.id)
        story.append(_AgendaStart(words, done, total, progress))
        story.extend(_story(event, org, words))
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


def safe_stem(text: str, limit: int = _MAX_STEM) -> str:
    """``text`` as (part of) a file name: letters of any script kept; path separators, characters Windows
    forbids and control characters replaced; at most ``limit`` characters, no dots or spaces at the ends."""
    stem = unicodedata.normalize("NFC", text)
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", stem)
    return " ".join(stem.split()).strip(" .")[:limit].strip(" .")


def safe_filename(stem: str, suffix: str, taken: set[str], *, tag: str) -> str:
    """``stem`` + ``suffix`` as a file name safe on every system and unique within ``taken`` (compared
    without case; the name chosen is added to it): a name Windows reserves gets ``(tag)``, a taken one a
    number."""
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"{stem} ({tag})"
    name, number = f"{stem}{suffix}", 1
    while name.casefold() in taken:
        number += 1
        name = f"{stem} ({number}){suffix}"
    taken.add(name.casefold())
    return name


def agenda_filename(org: Organisation, taken: set[str]) -> str:
    """A readable file name for the organisation's agenda, safe on every system and unique within ``taken``.

    Letters of any script are kept; path separators, characters Windows forbids and control characters are
    replaced. The name chosen is added to ``taken`` (compared without case).
    """
    return safe_filename(safe_stem(org.name) or f"organisation {org.id}", ".pdf", taken, tag="agenda")


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


# -- what an agenda shows ----------------------------------------------------------------------------------

DIGEST_VERSION = "meetgrid.agenda/1"
"""Changes when the agenda shows something new, so that every agenda printed before counts as changed."""


def agenda_digest(event: Event, org_id: OrgId) -> str:
    """A fingerprint of everything the organisation's agenda shows (not when it was printed): equal
    fingerprints, the same paper; MeetGrid keeps it for each agenda printed, to reprint only those that
    changed."""
    org = event.organisation_by_id[org_id]
    words = words_for(event, org_id)
    settings = event.settings
    meetings = event.meetings_of(org_id)
    shown: list[Any] = [
        DIGEST_VERSION,
        [settings.name, event_dates(event), settings.venue, settings.meeting_minutes, words.locale],
        [org.name, org.local_name, org.group, org.country, list(org.interests)],
        [[*p.names, p.title, p.code] for p in event.participants_by_organisation.get(org_id, ())],
    ]
    for meeting in meetings:
        slot = event.slot_by_id[meeting.slot_id]
        partner = event.partner_of(meeting, org_id)
        shown.append(
            [
                slot.start.isoformat(),
                slot.end.isoformat(),
                event.table_by_id[meeting.table_id].name,
                [partner.name, partner.local_name, partner.country, list(partner.interests)],
                event.is_mutual(meeting.organisation_ids),
                _people_line(event, meeting, org_id),
                _people_line(event, meeting, partner.id),
                list(interpreting_note(event, meeting, words)),
            ]
        )
    breaks = _breaks_between(event, meetings)
    shown += [[start.isoformat(), end.isoformat(), label] for start, end, label in breaks]
    text = json.dumps(shown, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
