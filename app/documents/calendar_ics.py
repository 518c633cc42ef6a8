"""Calendar files (.ics) of the meetings: one per organisation and one per participant, to import into any
calendar program.

Each meeting keeps its UID from one export to the next, even when it moves to another time or table: the
UID names the event, the pair of organisations and whose calendar it is (the organisation; its people's
files share their organisation's UIDs, so importing both gives one entry). A calendar that imports the new
file then updates the entry instead of adding a second one. Clients that update only on a higher SEQUENCE
(Outlook, Google) must see it grow whenever a meeting moves; with no record of earlier exports, MeetGrid
cannot tell which meetings moved, so SEQUENCE is the export's time in seconds since 2025: it grows with
every export, and an entry that did not change is simply rewritten as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from icalendar import Calendar, Timezone
from icalendar import Event as CalendarEntry

from app.documents.agenda_pdf import interpreting_note, safe_filename, safe_stem
from app.documents.catalogue import PrintOptions
from app.documents.words import Words, both, words_for
from app.domain import Event, Meeting, OrgId, ParticipantId
from app.files import replaced_atomically

_SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


class TimeZoneError(ValueError):
    """The event's time zone is not one the calendar files can be written in."""


@dataclass(frozen=True)
class CalendarFile:
    """One calendar an export writes: an organisation's, or (with ``participant_id``) one of its people's."""

    organisation_id: OrgId
    participant_id: ParticipantId | None
    path: Path


def calendar_paths(event: Event, folder: Path, options: PrintOptions | None = None) -> list[CalendarFile]:
    """The calendar files of the organisations ``options`` names (all by default) and of their people, in
    registration order, each organisation followed by its people: 'Name.ics', 'Name - Person.ics', with
    names safe on every system and unique in ``folder``."""
    options = options or PrintOptions()
    taken: set[str] = set()
    files: list[CalendarFile] = []
    for org in event.organisations:
        if not options.includes(org.id):
            continue
        stem = safe_stem(org.name) or f"organisation {org.id}"
        files.append(CalendarFile(org.id, None, folder / safe_filename(stem, ".ics", taken, tag="calendar")))
        short = safe_stem(org.name, 50) or f"organisation {org.id}"
        for person in event.participants_by_organisation.get(org.id, ()):
            name = safe_stem(person.name, 28) or f"person {person.id}"
            path = folder / safe_filename(f"{short} - {name}", ".ics", taken, tag="calendar")
            files.append(CalendarFile(org.id, person.id, path))
    return files


def time_zone_name(event: Event) -> str:
    """The IANA name of the event's time zone: the organiser's, else the computer's own."""
    name = event.settings.time_zone
    if not name:
        try:
            name = tzlocal.get_localzone_name() or "UTC"
        except Exception:  # a computer whose zone has no IANA name: tzlocal raises one of several errors
            name = "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeZoneError(
            f"the time zone '{name}' is not known; write it the way calendars do, like Europe/Oslo"
        ) from exc
    return name


def meetings_in(event: Event, target: CalendarFile) -> tuple[Meeting, ...]:
    """The meetings of the calendar: all of the organisation's, or those the person sits in (the meeting
    names them, or names nobody of their organisation)."""
    meetings = event.meetings_of(target.organisation_id)
    if target.participant_id is None:
        return meetings
    ours = {p.id for p in event.participants_by_organisation.get(target.organisation_id, ())}
    return tuple(
        m
        for m in meetings
        if target.participant_id in m.participant_ids or not ours.intersection(m.participant_ids)
    )


def _event_key(event: Event) -> str:
    """The event in a UID: its name (an event file has no other lasting identity), so renaming the event
    starts new UIDs, and two events of one name imported into one calendar could meet the same UIDs."""
    return hashlib.sha256(" ".join(event.settings.name.casefold().split()).encode()).hexdigest()[:12]


def meeting_uids(event: Event, org_id: OrgId) -> dict[int, str]:
    """Each of the organisation's meetings (by id) -> its UID in that organisation's calendars: the same
    for the same pair of organisations in the same event, wherever and whenever they meet (a pair that meets
    twice numbers its meetings in time order)."""
    uids: dict[int, str] = {}
    seen: dict[tuple[int, int], int] = {}
    for meeting in event.meetings_of(org_id):
        a, b = meeting.organisation_ids
        seen[(a, b)] = seen.get((a, b), 0) + 1
        again = f"-{seen[(a, b)]}" if seen[(a, b)] > 1 else ""
        uids[meeting.id] = f"meetgrid-{_event_key(event)}-{a}-{b}{again}-for-{org_id}@meetgrid"
    return uids


def _people(event: Event, meeting: Meeting, org_id: OrgId) -> str:
    named = [
        event.participant_by_id[pid].name
        for pid in meeting.participant_ids
        if pid in event.participant_by_id and event.participant_by_id[pid].organisation_id == org_id
    ]
    return ", ".join(named)


def _description(event: Event, meeting: Meeting, org_id: OrgId, words: Words) -> str:
    partner = event.partner_of(meeting, org_id)
    label = both(words.text("Partner"), " / ")
    table = both(words.text("Table"), " / ")
    lines = [f"{table}: {event.table_by_id[meeting.table_id].name}", f"{label}: {partner.name}"]
    if partner.local_name:
        lines.append(partner.local_name)
    for side in (org_id, partner.id):
        if people := _people(event, meeting, side):
            lines.append(f"{event.organisation_by_id[side].name}: {people}")
    lines += [text for text in interpreting_note(event, meeting, words) if text]
    return "\n".join(lines)


def _entry(
    event: Event, meeting: Meeting, org_id: OrgId, uid: str, zone: ZoneInfo, now: datetime, words: Words
) -> CalendarEntry:
    slot, table = event.slot_by_id[meeting.slot_id], event.table_by_id[meeting.table_id]
    partner = event.partner_of(meeting, org_id)
    entry = CalendarEntry()
    entry.add("uid", uid)
    entry.add("dtstamp", now)
    entry.add("sequence", max(0, int((now - _SEQUENCE_EPOCH).total_seconds())))
    entry.add("dtstart", slot.start.replace(tzinfo=zone))
    entry.add("dtend", slot.end.replace(tzinfo=zone))
    partner_name = f"{partner.name} ({partner.local_name})" if partner.local_name else partner.name
    entry.add("summary", f"B2B meeting: {partner_name}")
    # The venue alone, so that a calendar's map finds it; the table opens the description.
    entry.add("location", event.settings.venue or table.name)
    entry.add("description", _description(event, meeting, org_id, words))
    entry.add("status", "CONFIRMED")
    entry.add("transp", "OPAQUE")
    return entry


class CalendarWriter:
    """Writes the calendars of one event: each meeting's entry and the time zone are written out once,
    then each file is put together from them (an organisation and each of its people share entries)."""

    def __init__(self, event: Event, now: datetime | None = None) -> None:
        self._event = event
        self._now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self._zone_name = time_zone_name(event)
        self._zone = ZoneInfo(self._zone_name)
        days: Sequence[date] = [day.date for day in event.settings.days]
        # The time zone goes in even without meetings, so that a calendar whose meetings are gone is still
        # a calendar with a component, as RFC 5545 asks.
        self._zone_block = _zone_block(
            self._zone_name, min(days) - timedelta(days=366), max(days) + timedelta(days=366)
        )
        self._entries: dict[OrgId, dict[int, bytes]] = {}

    def _entries_of(self, org_id: OrgId) -> dict[int, bytes]:
        if org_id not in self._entries:
            event, words, uids = (
                self._event,
                words_for(self._event, org_id),
                meeting_uids(self._event, org_id),
            )
            self._entries[org_id] = {
                meeting.id: _entry(
                    event, meeting, org_id, uids[meeting.id], self._zone, self._now, words
                ).to_ical()
                for meeting in event.meetings_of(org_id)
            }
        return self._entries[org_id]

    def ical(self, target: CalendarFile) -> bytes:
        """The calendar of one organisation or person: a VEVENT per meeting, in the event's time zone."""
        event = self._event
        org = event.organisation_by_id[target.organisation_id]
        head = Calendar()
        head.add("prodid", "-//MeetGrid//Meeting calendar//EN")
        head.add("version", "2.0")
        head.add("calscale", "GREGORIAN")
        head.add("method", "PUBLISH")
        owner = org.name
        if target.participant_id is not None:
            owner = f"{org.name} – {event.participant_by_id[target.participant_id].name}"
        head.add("x-wr-calname", f"{event.settings.name}: {owner}")
        head.add("x-wr-timezone", self._zone_name)
        text = bytes(head.to_ical())
        end = b"END:VCALENDAR\r\n"
        entries = self._entries_of(org.id)
        body = self._zone_block + b"".join(entries[m.id] for m in meetings_in(event, target))
        return text[: -len(end)] + body + end

    def write(self, target: CalendarFile, path: Path | None = None) -> Path:
        """Write one calendar to ``path`` (its own place by default; a staged name in an export), whole or
        not at all."""
        path = path or target.path
        data = self.ical(target)
        with replaced_atomically(path) as temporary:
            temporary.write_bytes(data)
        return path


@cache
def _zone_block(zone_name: str, first: date, last: date) -> bytes:
    """The VTIMEZONE of the zone over the years around the event (icalendar takes a tenth of a second)."""
    return bytes(Timezone.from_tzid(zone_name, first_date=first, last_date=last).to_ical())


def calendar_of(event: Event, target: CalendarFile, now: datetime | None = None) -> Calendar:
    """The calendar of one organisation or person, as icalendar reads it."""
    return Calendar.from_ical(CalendarWriter(event, now).ical(target))


def write_calendar(
    event: Event, target: CalendarFile, path: Path | None = None, now: datetime | None = None
) -> Path:
    """Write one calendar to ``path`` (its own place by default), whole or not at all."""
    return CalendarWriter(event, now).write(target, path)


def write_calendar_files(
    event: Event, targets: Sequence[tuple[CalendarFile, Path]], now: datetime | None = None
) -> list[Path]:
    """Write each calendar to the path beside it (staged names in an export), sharing the entries."""
    writer = CalendarWriter(event, now)
    return [writer.write(target, path) for target, path in targets]


def write_calendars(event: Event, folder: Path, options: PrintOptions) -> list[Path]:
    """Write the calendar of every organisation ``options`` names and of each of its people into
    ``folder`` (created if needed); returns the files in order."""
    time_zone_name(event)  # an unknown time zone stops the export before any file is written
    folder.mkdir(parents=True, exist_ok=True)
    writer = CalendarWriter(event)
    return [writer.write(target) for target in calendar_paths(event, folder, options)]
