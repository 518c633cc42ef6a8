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
    lines = [f"{label}: {partner.name}"]
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
    entry.add("location", ", ".join(part for part in (event.settings.venue, table.name) if part))
    entry.add("description", _description(event, meeting, org_id, words))
    entry.add("status", "CONFIRMED")
    entry.add("transp", "OPAQUE")
    return entry


def calendar_of(event: Event, target: CalendarFile, now: datetime | None = None) -> Calendar:
    """The calendar of one organisation or person: a VEVENT per meeting, in the event's time zone."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    zone_name = time_zone_name(event)
    zone = ZoneInfo(zone_name)
    org = event.organisation_by_id[target.organisation_id]
    words = words_for(event, org.id)
    calendar = Calendar()
    calendar.add("prodid", "-//MeetGrid//Meeting calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    owner = org.name
    if target.participant_id is not None:
        owner = f"{org.name} – {event.participant_by_id[target.participant_id].name}"
    calendar.add("x-wr-calname", f"{event.settings.name}: {owner}")
    calendar.add("x-wr-timezone", zone_name)
    # The time zone goes in even without meetings, so that a calendar whose meetings are gone is still a
    # calendar with a component, as RFC 5545 asks.
    days: Sequence[date] = [day.date for day in event.settings.days]
    calendar.add_component(
        Timezone.from_tzid(
            zone_name, first_date=min(days) - timedelta(days=366), last_date=max(days) + timedelta(days=366)
        )
    )
    uids = meeting_uids(event, org.id)
    for meeting in meetings_in(event, target):
        calendar.add_component(_entry(event, meeting, org.id, uids[meeting.id], zone, now, words))
    return calendar


def write_calendar(
    event: Event, target: CalendarFile, path: Path | None = None, now: datetime | None = None
) -> Path:
    """Write one calendar to ``path`` (its own place by default; a staged name in an export), whole or not
    at all."""
    path = path or target.path
    data = calendar_of(event, target, now).to_ical()
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(data)
    return path


def write_calendars(event: Event, folder: Path, options: PrintOptions) -> list[Path]:
    """Write the calendar of every organisation ``options`` names and of each of its people into
    ``folder`` (created if needed); returns the files in order."""
    time_zone_name(event)  # an unknown time zone stops the export before any file is written
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    return [write_calendar(event, target, now=now) for target in calendar_paths(event, folder, options)]
