"""The organiser's jobs as plain functions (import, plan, export), shared by command line and window."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import heapq
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from app.domain import (
    DEFAULT_PRIORITY,
    DEFAULT_TIERS,
    Break,
    Event,
    EventDay,
    EventSettings,
    Interpreting,
    Meeting,
    MeetingRequest,
    Organisation,
    Pair,
    Participant,
    Registrations,
    SolveStatus,
    Tier,
    TimetableFigures,
    UnmetRequest,
    away_during,
    build_slots,
    build_tables,
    pair_of,
)
from app.domain.interests import InterestMatcher, SharedInterest
from app.domain.outcome import (
    InterpretingNeed,
    Outcome,
    UnmetCount,
    interpreting_languages,
    interpreting_needs,
    most_needing_at_once,
)
from app.errors import ExportError, InputError
from app.io.agenda_pdf import Progress, agenda_paths, write_agenda, write_all_agendas
from app.io.changes import Reimport, merge, registrations_from_json, registrations_to_json
from app.io.files import StagedFiles, copy_atomically, remove_unfinished
from app.io.names import folded, fuzzy_key
from app.io.registrations import (
    Examination,
    ImportOptions,
    ImportResult,
    examine_registrations,
    read_registrations,
    split_list,
)
from app.io.schedule_json import write_schedule_json
from app.io.schedule_xlsx import write_schedule_xlsx
from app.io.workbook import Sheet
from app.scheduler import (
    Cancellation,
    Instance,
    Reason,
    SolveOptions,
    SolveResult,
    build_instance,
    explain_unmet,
    figures,
    solve,
    validate,
)
from app.scheduler.instance import excluded_pairs, own_tables, parties_of
from app.scheduler.solve import ProgressCallback
from app.storage import EventFile, repository

DEFAULT_START = time(9, 0)
DEFAULT_END = time(17, 0)
DEFAULT_LUNCH = Break(time(12, 0), time(13, 0), "Lunch")


def make_settings(
    name: str,
    *,
    day: date | None = None,
    days: Sequence[date] = (),
    day_breaks: Mapping[date, Sequence[Break]] | None = None,
    start: time = DEFAULT_START,
    end: time = DEFAULT_END,
    breaks: Sequence[Break] | None = None,
    meeting_minutes: int = 20,
    pause_minutes: int = 5,
    tables: int = 10,
    seats: int = 6,
    max_meetings: int | None = None,
    venue: str = "",
    across_groups_only: bool = False,
    min_meetings: int | None = None,
    max_in_a_row: int | None = None,
    custom_tables: tuple[tuple[str, int], ...] = (),
    host_group: str = "",
    tiers: tuple[Tier, ...] = DEFAULT_TIERS,
    interpreting: Interpreting = Interpreting.PREFERRED,
) -> EventSettings:
    """Event settings with an organiser's defaults: one day 09:00-17:00 with lunch at noon, 20+5 minutes.

    ``days`` (or the single ``day``) share the hours and ``breaks``; ``day_breaks`` adds breaks (a plenary
    session, a site visit) to single days. Without explicit breaks, lunch is kept only when it falls inside
    the day.
    """
    if breaks is None:
        breaks = [DEFAULT_LUNCH] if start < DEFAULT_LUNCH.start and DEFAULT_LUNCH.end < end else []
    extra = day_breaks or {}
    dates = sorted(set(days)) or [day or date.today()]
    return EventSettings(
        name=name,
        venue=venue,
        days=tuple(
            EventDay(d, start, end, tuple(sorted((*breaks, *extra.get(d, ())), key=lambda b: b.start)))
            for d in dates
        ),
        meeting_minutes=meeting_minutes,
        pause_minutes=pause_minutes,
        table_count=tables,
        seats_per_table=seats,
        max_meetings=max_meetings,
        across_groups_only=across_groups_only,
        min_meetings=min_meetings,
        max_in_a_row=max_in_a_row,
        custom_tables=custom_tables,
        host_group=host_group,
        tiers=tiers,
        interpreting=interpreting,
    )


def event_name_from(path: Path) -> str:
    """A readable default event name from a workbook's file name."""
    words = path.stem.replace("_", " ").replace("-", " ").split()
    text = " ".join(words) or "B2B meetings"
    return text[:1].upper() + text[1:]


# -- import ---------------------------------------------------------------------------------------------


def import_workbook(workbook: Path, options: ImportOptions | None = None) -> ImportResult:
    """Read and check a registration workbook or CSV; raises InputError with its location when unusable.

    ``options``: the organiser's column mapping and whether warnings stop the import.
    """
    return read_registrations(workbook, options)


def examine_workbook(
    workbook: Path, options: ImportOptions | None = None, sheets: Sequence[Sheet] | None = None
) -> Examination:
    """Read a registration workbook or CSV for a look before importing: its sheets, which column became which
    field and every finding, with the registrations when nothing stops the import. Raises InputError only
    when the file cannot be read at all. ``sheets``: the rows an earlier examination read, to try other
    options without reading the file again. Pure: safe to run in a worker thread."""
    return examine_registrations(workbook, options, sheets)


def create_event(
    event_path: Path, settings: EventSettings, imported: ImportResult, *, replace: bool = False
) -> EventFile:
    """Store imported registrations as a new event file (or, with ``replace``, start one afresh)."""
    event_file = EventFile.create(event_path, settings, imported.registrations, replace=replace)
    try:
        with event_file.transaction() as session:
            repository.write_meta(session, IMPORTED, registrations_to_json(imported.registrations))
            repository.write_meta(session, MAPPING, json.dumps(imported.column_map, ensure_ascii=False))
            if imported.name_map:
                repository.write_meta(session, NAMES, json.dumps(imported.name_map, ensure_ascii=False))
    except BaseException:
        event_file.close()
        raise
    return event_file


IMPORTED = "imported_registrations"
"""Meta entry: the registrations as last imported, the base against which a re-import sees what changed."""
MAPPING = "import_mapping"
"""Meta entry: the organiser's column mapping (header -> field) of the last import, for the next one."""
NAMES = "import_names"
"""Meta entry: the organiser's reading of names matched only approximately (name as typed -> organisation, ''
to leave it out), for the next import."""


def saved_mapping(event_file: EventFile) -> dict[str, str]:
    """The column mapping the organiser gave at the last import of this event, for reading an update."""
    with event_file.transaction() as session:
        text = repository.read_meta(session, MAPPING)
    return {str(header): str(field) for header, field in json.loads(text)} if text else {}


def saved_names(event_file: EventFile) -> dict[str, str]:
    """The organiser's reading of approximately matched names at the imports of this event."""
    with event_file.transaction() as session:
        text = repository.read_meta(session, NAMES)
    return {str(typed): str(chosen) for typed, chosen in json.loads(text)} if text else {}


def saved_options(event_file: EventFile) -> ImportOptions:
    """How to read an update of this event's workbook: as the organiser had the last one read."""
    return ImportOptions(saved_mapping(event_file), every_header_present=False, names=saved_names(event_file))


def reimport(
    event_file: EventFile, imported: ImportResult, *, apply: bool = True
) -> tuple[Reimport, Path | None]:
    """Merge an updated workbook into an event: what the workbook changed is taken, the organiser's own
    edits and every meeting of those who stay are kept (see ``app.io.changes``). With ``apply``, a backup
    copy is made first (its path is returned) and the merge is stored in one transaction."""
    event = event_file.load()
    with event_file.transaction() as session:
        stored_base = repository.read_meta(session, IMPORTED)
    base = registrations_from_json(stored_base) if stored_base else None
    merged = merge(event, imported.registrations, base)
    if not apply or not merged.changes:
        return merged, None
    backup = event_file.backup("import")
    mapping = saved_mapping(event_file) | dict(imported.column_map)
    names = saved_names(event_file) | dict(imported.name_map)
    with event_file.transaction() as session:
        repository.update_registrations(session, merged.registrations)
        repository.write_meta(session, IMPORTED, registrations_to_json(imported.registrations))
        repository.write_meta(session, MAPPING, json.dumps(sorted(mapping.items()), ensure_ascii=False))
        if names:
            repository.write_meta(session, NAMES, json.dumps(sorted(names.items()), ensure_ascii=False))
    return merged, backup


def update_from_workbook(event_file: EventFile, imported: ImportResult) -> Event:
    """Apply a re-import (see ``reimport``) and return the event as now saved: the window's undoable edit.

    Undo puts the event back (``restore``) with the record of the import before it (base, mapping, names).
    """
    reimport(event_file, imported)
    return event_file.load()


def dropped_meetings(event: Event, settings: EventSettings) -> tuple[Meeting, ...]:
    """The meetings that storing ``settings`` would remove: those on a slot that would no longer start at the
    same time, or at a table that would no longer exist (slots and tables keep their numbers, as
    ``repository.write_settings`` stores them)."""
    starts = {slot.id: slot.start for slot in build_slots(settings)}
    tables = {table.id for table in build_tables(settings)}
    return tuple(
        m
        for m in event.meetings
        if m.table_id not in tables
        or m.slot_id not in event.slot_by_id
        or starts.get(m.slot_id) != event.slot_by_id[m.slot_id].start
    )


def table_problems(event: Event, settings: EventSettings) -> tuple[str, ...]:
    """What keeps the tables of ``settings`` from serving the event's organisations (an organisation's own
    table that is not there, more host organisations than tables), as planning would report it."""
    return own_tables(dataclasses.replace(event, settings=settings, tables=build_tables(settings)))[1]


def change_settings(
    event_file: EventFile, settings: EventSettings, registrations: Registrations | None = None
) -> Event:
    """Store new event settings; meetings on slots or tables that no longer exist go with them, and when any
    do, a backup copy of the file is kept first. ``registrations`` edited alongside the settings (pairs kept
    apart, interpreters) are stored in the same transaction, so both are stored or neither."""
    if dropped_meetings(event_file.load(), settings):
        event_file.backup("settings")
    with event_file.transaction() as session:
        repository.write_settings(session, settings)
        if registrations is not None:
            repository.update_registrations(session, registrations)
    return event_file.load()


# -- the organiser's edits ----------------------------------------------------------------------------------


def registrations_of(event: Event) -> Registrations:
    """The event's registrations as one value, to edit and store with ``change_registrations``."""
    return Registrations(
        organisations=event.organisations,
        participants=event.participants,
        requests=event.requests,
        apart=event.apart,
        precedences=event.precedences,
        interpreters=event.interpreters,
    )


def change_registrations(event_file: EventFile, registrations: Registrations) -> Event:
    """Store edited registrations row by row, by id: the meetings of those who stay keep their place; those of
    an organisation that is removed go with it."""
    with event_file.transaction() as session:
        repository.update_registrations(session, registrations)
    return event_file.load()


def change_organisation(event_file: EventFile, org_id: int, field: str, text: str) -> Event:
    """Store one field of an organisation as the organiser typed it (``name``, ``local_name``, ``group``,
    ``country``, or ``interests`` separated by commas or semicolons)."""
    event = event_file.load()
    text = " ".join(text.split())
    org = event.organisation_by_id.get(org_id)
    if org is None:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    if field == "name":
        if not text:
            raise InputError("an organisation needs a name; type one, or press Esc to keep the old one")
        changed = dataclasses.replace(org, name=text)
    elif field == "local_name":
        changed = dataclasses.replace(org, local_name=text)
    elif field == "group":
        changed = dataclasses.replace(org, group=text)
    elif field == "country":
        changed = dataclasses.replace(org, country=text)
    elif field == "interests":
        changed = dataclasses.replace(org, interests=split_list(text))
    else:
        raise ValueError(f"organisations have no editable field {field!r}")
    registrations = registrations_of(event)
    organisations = tuple(changed if o.id == org_id else o for o in registrations.organisations)
    return change_registrations(event_file, dataclasses.replace(registrations, organisations=organisations))


def change_participant(event_file: EventFile, participant_id: int, field: str, text: str) -> Event:
    """Store one field of a participant as the organiser typed it (``name``, ``title``, ``email``, or
    ``languages`` separated by commas or semicolons)."""
    event = event_file.load()
    text = " ".join(text.split())
    person = event.participant_by_id.get(participant_id)
    if person is None:
        raise InputError("that person is no longer in the event; reopen it to see the changes")
    if field == "name":
        if not text:
            raise InputError("a person needs a name; type one, or press Esc to keep the old one")
        changed = dataclasses.replace(person, name=text)
    elif field == "title":
        changed = dataclasses.replace(person, title=text)
    elif field == "email":
        changed = dataclasses.replace(person, email=text)
    elif field == "languages":
        changed = dataclasses.replace(person, languages=split_list(text))
    else:
        raise ValueError(f"participants have no editable field {field!r}")
    registrations = registrations_of(event)
    participants = tuple(changed if p.id == participant_id else p for p in registrations.participants)
    return change_registrations(event_file, dataclasses.replace(registrations, participants=participants))


def add_registration(
    event_file: EventFile, organisation: Organisation, participants: Sequence[Participant]
) -> Event:
    """Register an organisation and its people after the import (a late registration). Their ids are
    given here, whatever ``organisation`` and ``participants`` carry; the new organisation has no requests
    and no meetings yet. Refused when an organisation of the same name is already registered."""
    event = event_file.load()
    name = " ".join(organisation.name.split())
    if not name:
        raise InputError("an organisation needs a name; type the name it registers under")
    taken = next((o for o in event.organisations if fuzzy_key(o.name) == fuzzy_key(name)), None)
    if taken is not None:
        raise InputError(f"{taken.name} is already registered; add the people to it instead")
    if any(not p.name.strip() for p in participants):
        raise InputError("every person needs a name; type one, or leave the person out")
    org_id = next_id(event.organisations)
    first_person = next_id(event.participants)
    new_org = dataclasses.replace(organisation, id=org_id, name=name)
    people = tuple(
        dataclasses.replace(p, id=first_person + n, organisation_id=org_id, name=" ".join(p.name.split()))
        for n, p in enumerate(participants)
    )
    registrations = registrations_of(event)
    return change_registrations(
        event_file,
        dataclasses.replace(
            registrations,
            organisations=(*registrations.organisations, new_org),
            participants=(*registrations.participants, *people),
        ),
    )


def add_participant(event_file: EventFile, org_id: int, participant: Participant) -> Event:
    """Add a person to an organisation; the id is given here. The timetable is left as it is."""
    event = event_file.load()
    if org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    name = " ".join(participant.name.split())
    if not name:
        raise InputError("a person needs a name; type the name they registered under")
    person_id = next_id(event.participants)
    person = dataclasses.replace(participant, id=person_id, organisation_id=org_id, name=name)
    registrations = registrations_of(event)
    return change_registrations(
        event_file, dataclasses.replace(registrations, participants=(*registrations.participants, person))
    )


def remove_participant(event_file: EventFile, participant_id: int) -> Event:
    """Take a person out of the event. Their meetings stay where they are, without them; where they were
    the only one of their organisation there, a colleague free at that time (not in another meeting then,
    not away) goes in their place, so that the organisation is still represented. Otherwise the meeting waits
    for the organiser (or the next plan) to settle who goes."""
    event = event_file.load()
    gone = event.participant_by_id.get(participant_id)
    if gone is None:
        raise InputError("that person is no longer in the event; reopen it to see the changes")
    registrations = registrations_of(event)
    people = tuple(p for p in registrations.participants if p.id != participant_id)
    meetings = _without_person(event, gone)
    with event_file.transaction() as session:
        repository.update_registrations(session, dataclasses.replace(registrations, participants=people))
        repository.save_schedule(session, meetings, None)
    return event_file.load()


def _without_person(event: Event, gone: Participant) -> tuple[Meeting, ...]:
    colleagues = [
        p for p in event.participants_by_organisation.get(gone.organisation_id, ()) if p.id != gone.id
    ]
    busy = {(pid, m.slot_id) for m in event.meetings for pid in m.participant_ids}
    meetings = []
    for meeting in event.meetings:
        if gone.id not in meeting.participant_ids:
            meetings.append(meeting)
            continue
        people = tuple(pid for pid in meeting.participant_ids if pid != gone.id)
        represented = any(
            event.participant_by_id[pid].organisation_id == gone.organisation_id for pid in people
        )
        slot = event.slot_by_id[meeting.slot_id]
        if not represented:
            stand_in = next(
                (
                    p
                    for p in colleagues
                    if (p.id, meeting.slot_id) not in busy and not away_during(p.away, slot.start, slot.end)
                ),
                None,
            )
            if stand_in is not None:
                people = (*people, stand_in.id)
                busy.add((stand_in.id, meeting.slot_id))
        meetings.append(dataclasses.replace(meeting, participant_ids=people))
    return tuple(meetings)


def remove_organisation(event_file: EventFile, org_id: int) -> Event:
    """Take an organisation out of the event with everything that is only about it: its people, the
    requests to and from it, the pairs and orders it is in, and its meetings."""
    event = event_file.load()
    if org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    r = registrations_of(event)
    kept = dataclasses.replace(
        r,
        organisations=tuple(o for o in r.organisations if o.id != org_id),
        participants=tuple(p for p in r.participants if p.organisation_id != org_id),
        requests=tuple(q for q in r.requests if org_id not in (q.requester_id, q.requested_id)),
        apart=tuple(pair for pair in r.apart if org_id not in pair),
        precedences=tuple(p for p in r.precedences if org_id not in (*p.first, *p.then)),
    )
    # Its people and meetings go with it in the file (their rows cascade from the organisation's).
    return change_registrations(event_file, kept)


def meetings_of(event: Event, *, organisation: int | None = None, participant: int | None = None) -> int:
    """How many meetings an organisation holds, or a person is in: what goes or changes when removed."""
    return sum(
        1
        for m in event.meetings
        if (organisation is not None and organisation in m.organisation_ids)
        or (participant is not None and participant in m.participant_ids)
    )


def search_texts(event: Event) -> dict[int, str]:
    """What the organisations page searches in, per organisation id: the name, local name, country,
    interests and the names of its people, without case or accents (see ``folded``)."""
    texts = {}
    people = event.participants_by_organisation
    for org in event.organisations:
        parts = [org.name, org.local_name, org.country, *org.interests]
        parts += [p.name for p in people.get(org.id, ())]
        texts[org.id] = folded("\n".join(parts))
    return texts


def change_meetings(event_file: EventFile, meetings: Sequence[Meeting]) -> Event:
    """Store the timetable as the organiser edited it (moved, swapped, locked meetings)."""
    with event_file.transaction() as session:
        repository.save_schedule(session, meetings, None)
    return event_file.load()


def restore(event_file: EventFile, snapshot: Event) -> Event:
    """Put the event back as ``snapshot`` was (settings, registrations, meetings) in one transaction: undo."""
    with event_file.transaction() as session:
        repository.write_settings(session, snapshot.settings)
        repository.update_registrations(session, registrations_of(snapshot))
        repository.save_schedule(session, snapshot.meetings, None)
        repository.restore_last_run(session, snapshot.last_run)
        repository.restore_notes(session, snapshot.notes)
    return event_file.load()


def next_id(items: Iterable[Organisation | Participant | Meeting]) -> int:
    return max((item.id for item in items), default=0) + 1


def moved(event: Event, meeting_id: int, slot_id: int, table_id: int) -> tuple[Meeting, ...]:
    """The timetable with one meeting moved to another slot and table; a meeting already there swaps into the
    moved one's place, so the organiser can exchange two meetings by dropping one on the other."""
    meeting = next(m for m in event.meetings if m.id == meeting_id)
    there = next(
        (m for m in event.meetings if m.slot_id == slot_id and m.table_id == table_id and m.id != meeting_id),
        None,
    )
    result = []
    for m in event.meetings:
        if m.id == meeting_id:
            result.append(dataclasses.replace(m, slot_id=slot_id, table_id=table_id))
        elif there is not None and m.id == there.id:
            result.append(dataclasses.replace(m, slot_id=meeting.slot_id, table_id=meeting.table_id))
        else:
            result.append(m)
    return tuple(result)


def new_problems(event: Event, meetings: Sequence[Meeting]) -> list[str]:
    """The rules an edited timetable breaks that the event's timetable did not: the live check of a move."""
    instance = instance_of(event)
    before = set(validate(instance, event.meetings))
    return [problem for problem in validate(instance, meetings) if problem not in before]


# -- planning -------------------------------------------------------------------------------------------


def plan(
    event: Event,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> SolveResult:
    """Compute the timetable of a loaded event. Pure: safe to run in a worker thread."""
    return solve(build_instance(event), options, progress, cancellation)


def save_plan(event_file: EventFile, result: SolveResult) -> Event:
    """Store a solve's meetings (when it found any) and its run; returns the event as now saved.

    Meetings about to be replaced are first kept in a backup copy. A solve without a schedule leaves the
    existing meetings untouched and records only the run.
    """
    if result.has_schedule:
        with event_file.transaction() as session:
            replacing = repository.has_meetings(session)
        if replacing:
            event_file.backup("planning")
    with event_file.transaction() as session:
        if result.has_schedule:
            repository.save_schedule(session, result.meetings, result.solver_run())
        else:
            repository.record_run(session, result.solver_run())
    return event_file.load()


def solve_event(
    event_file: EventFile,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    cancellation: Cancellation | None = None,
) -> tuple[Event, SolveResult]:
    """Load, plan and save in one go, as the command line does."""
    result = plan(event_file.load(), options, progress, cancellation)
    return save_plan(event_file, result), result


# -- export ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    schedule_json: Path
    schedule_xlsx: Path
    agendas: tuple[Path, ...]


R = TypeVar("R")

REMEMBERED = 4
"""Events whose derived figures are kept (the one shown, the one before it for undo, and two more)."""


def per_event(compute: Callable[[Event], R]) -> Callable[[Event], R]:
    """Work out ``compute(event)`` once for the same event object. Events are frozen, so the answer cannot
    change; the window computes the figures of a stored event in a worker thread and its pages then ask
    for them on the GUI thread without waiting (a large event takes up to a second)."""
    remembered: list[tuple[Event, R]] = []

    @functools.wraps(compute)
    def once(event: Event) -> R:
        for known, value in tuple(remembered):
            if known is event:
                return value
        value = compute(event)
        remembered[:] = [(event, value), *remembered[: REMEMBERED - 1]]
        return value

    return once


@per_event
def instance_of(event: Event) -> Instance:
    """The scheduling instance of an event (the unmet requests, the summary and the statistics share it)."""
    return build_instance(event)


def derive(event: Event) -> None:
    """Work out everything the window shows about a stored event, so that showing it costs nothing."""
    interpreting_needed(event)
    summarise(event)
    statistics(event)
    if event.meetings:
        unmet_requests(event)
        timetable_problems(event)


@per_event
def unmet_requests(event: Event) -> tuple[UnmetRequest, ...]:
    """Requested pairs without a meeting in the event as saved, with reasons."""
    return explain_unmet(instance_of(event), event.meetings)


@dataclass(frozen=True)
class TimetableCheck:
    """What the timetable page counts of a saved timetable besides its meetings."""

    figures: TimetableFigures
    """Idle gaps and table changes."""
    unmet: tuple[UnmetRequest, ...]
    """Requested pairs without a meeting, with reasons."""
    problems: tuple[str, ...] = ()
    """The rules the stored meetings break now (after an edit or an update: a lower limit, someone away)."""
    warnings: tuple[str, ...] = ()
    """The summary's warnings (``Summary.warnings``)."""
    thin: bool = False
    """The timetable holds hardly any meetings for the requests made (``Summary.thin``)."""


@per_event
def timetable_problems(event: Event) -> tuple[str, ...]:
    """The rules the stored timetable breaks, as the event now stands; empty for a planned, untouched one."""
    return tuple(validate(instance_of(event), event.meetings)) if event.meetings else ()


def check_timetable(event: Event) -> TimetableCheck:
    """Idle gaps, table changes, unmet requests and broken rules (a large event takes half a second the first
    time: the window works them out off the GUI thread, see ``derive``)."""
    summary = summarise(event)
    return TimetableCheck(
        summary.figures, unmet_requests(event), timetable_problems(event), summary.warnings, summary.thin
    )


def export_event(event: Event, out_dir: Path, progress: Progress | None = None) -> ExportResult:
    """Write schedule.json, schedule.xlsx and one agenda PDF per organisation into ``out_dir``.

    All or nothing: every file is written under a hidden temporary name and the whole set is put in place
    only once all are written, so a failed export (disk full, folder not writable) leaves the folder as it
    was and never a half PDF. Agendas of organisations renamed or removed since an earlier export then go.
    ``progress(done, total)`` counts the agendas written.
    """
    with _writing_into(out_dir, " Files already in the folder were left as they were."):
        out_dir.mkdir(parents=True, exist_ok=True)
        instance = instance_of(event)
        unmet = unmet_requests(event)
        outcome = summarise(event).outcome()
        json_path = out_dir / "schedule.json"
        xlsx_path = out_dir / "schedule.xlsx"
        agenda_dir = out_dir / "agendas"
        agenda_dir.mkdir(exist_ok=True)
        remove_unfinished(out_dir)
        remove_unfinished(agenda_dir)
        targets = agenda_paths(event, agenda_dir)
        with StagedFiles() as staged:
            write_schedule_json(
                event, unmet, staged.path_for(json_path), figures(instance, event.meetings), outcome
            )
            write_schedule_xlsx(event, unmet, staged.path_for(xlsx_path), outcome)
            for done, (org_id, path) in enumerate(targets):
                if progress is not None:
                    progress(done, len(targets))
                write_agenda(event, org_id, staged.path_for(path))
            staged.commit()
        # Agendas of organisations renamed or removed since the last export would mislead; only files an
        # export of MeetGrid wrote (listed in the folder's record) are removed, never the organiser's own.
        record = agenda_dir / AGENDA_RECORD
        current = {path.name.casefold() for _, path in targets}
        # The new files are in place by now: tidying up is best effort, and a failure is not the export's.
        with contextlib.suppress(OSError):
            for name in _recorded_agendas(record):
                old = agenda_dir / name
                if name.casefold() not in current and old.is_file():
                    old.unlink()
            record.write_text("\n".join(path.name for _, path in targets) + "\n", encoding="utf-8")
    if progress is not None:
        progress(len(targets), len(targets))
    return ExportResult(json_path, xlsx_path, tuple(path for _, path in targets))


AGENDA_RECORD = ".meetgrid-agendas"
"""In an export's agendas folder: the agenda files that export wrote, one name a line."""


def _recorded_agendas(record: Path) -> list[str]:
    try:
        text = record.read_text(encoding="utf-8")
    except OSError:
        return []
    return [line for line in text.splitlines() if line and "/" not in line and line.endswith(".pdf")]


def write_agenda_pdf(
    event: Event, path: Path, org_id: int | None = None, progress: Progress | None = None
) -> Path:
    """Write one organisation's agenda, or with ``org_id`` None every agenda in one document (to print in
    one go), to ``path``: the file is complete or left as it was."""
    if org_id is not None and org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; choose another one")
    with _writing_into(path.parent):
        path.parent.mkdir(parents=True, exist_ok=True)
        if org_id is None:
            return write_all_agendas(event, path, progress)
        return write_agenda(event, org_id, path)


def save_copy(source: Path, target: Path) -> Path:
    """Copy a document written before (an agenda previewed) to where the organiser wants it, whole."""
    with _writing_into(target.parent):
        return copy_atomically(source, target)


@contextlib.contextmanager
def _writing_into(folder: Path, after: str = "") -> Iterator[None]:
    """Turn a failure to write into ``folder`` into the organiser's sentence (with ``after`` appended)."""
    try:
        yield
    except OSError as exc:
        raise ExportError(why_not_written(exc, folder) + after) from exc


def why_not_written(exc: OSError, folder: Path) -> str:
    """What stopped files from being written into ``folder``, and what to do about it."""
    if exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}:
        return (
            f"the disk is full, so the files could not be written into '{folder}'. Make room on the disk "
            "or choose a folder on another drive, then try again."
        )
    if isinstance(exc, PermissionError) or exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return (
            f"MeetGrid may not write into '{folder}'. Choose a folder you can write to (in your Documents, "
            "for example), then try again."
        )
    if isinstance(exc, FileExistsError | NotADirectoryError):
        blocker = next((path for path in (folder, *folder.parents) if path.is_file()), folder)
        return f"'{blocker}' is a file, not a folder. Choose a folder, then try again."
    reason = exc.strerror or str(exc)
    return (
        f"the files could not be written into '{folder}' ({reason}). Choose another folder, then try again."
    )


# -- summary --------------------------------------------------------------------------------------------


STATUS_WORDS: Mapping[str, str] = {
    SolveStatus.OPTIMAL: "the best possible under the rules you set",
    SolveStatus.FEASIBLE: "good, not proven best (time limit)",
    SolveStatus.INFEASIBLE: "no timetable keeps every locked meeting and minimum together",
    SolveStatus.UNKNOWN: "no timetable found in the time given",
    SolveStatus.CANCELLED: "stopped before a timetable was found",
    SolveStatus.MODEL_INVALID: "the planner could not read the event",
}
"""The planner's verdict in the organiser's words; the code (``OPTIMAL``) follows in brackets."""

ADVICE: Mapping[str, str] = {
    Reason.NO_INTERPRETER: "register interpreters for these languages, or let such meetings go ahead without "
    "(interpreting: preferred)",
    Reason.NO_COMMON_TIME: "check the organisations' hours and absences",
    Reason.CAP_REACHED: "raise the maximum meetings",
    Reason.NO_COMMON_FREE_SLOT: "add a slot or lengthen the day; these organisations are booked whenever "
    "both are there",
    Reason.TABLES_FULL: "add tables or a slot",
    Reason.MEETING_ORDER: "check the required meeting orders",
    Reason.PAUSE_DUE: "allow more meetings in a row, or add a slot",
    Reason.OUTRANKED: "rank requests above compact days",
    Reason.NOT_PLACED: "give the planner more time",
    Reason.NOT_ALLOWED: "the event's rules keep these apart (only meetings between groups, do-not-meet)",
}
"""What the organiser can do about each reason a request is left unmet."""

WARN_SHARE = 0.2
"""A reason that leaves more than this share of the requests unmet is a warning."""
THIN_SHARE = 0.1
"""A timetable with fewer meetings than this share of the requested pairs is nearly empty."""
NAMES_SHOWN = 10
"""Organisations named in a warning; the rest are counted."""


@dataclass(frozen=True)
class Summary:
    organisations: int
    participants: int
    meetings: int
    requests: int
    requests_met: int
    mutual_pairs: int
    mutual_pairs_met: int
    organisations_without_meetings: int
    interpreted: int
    figures: TimetableFigures
    status: str
    seconds: float | None
    requested_pairs: int = 0
    planned: bool = False
    """The event has a timetable, or has been through the planner."""
    needs_interpreting: int = 0
    """Meetings whose sides share no language and that have no interpreter named."""
    interpreting: tuple[InterpretingNeed, ...] = ()
    """Those meetings by pair of languages, the most first."""
    most_interpreting_at_once: int = 0
    unmet_by_reason: tuple[UnmetCount, ...] = ()
    """The unmet requests by reason, the most first, each with what to do about it."""
    warnings: tuple[str, ...] = ()
    """What the organiser must not miss: a reason that leaves many requests unmet, organisations left
    without any meeting, a timetable (nearly) empty."""

    @property
    def thin(self) -> bool:
        """Planned, yet no meeting or hardly any for the requests made: the verdict must not read as good."""
        return self.planned and self.requested_pairs > 0 and self.meetings < THIN_SHARE * self.requested_pairs

    def status_text(self) -> str:
        """The planner's verdict in words, loud when the timetable is (nearly) empty."""
        if self.status == "not solved":
            return "not planned yet"
        words = STATUS_WORDS.get(self.status, self.status)
        verdict = f"{words} ({self.status})"
        if not self.thin:
            return verdict
        if not self.meetings:
            return f"no meetings planned — see the warnings; planner: {verdict}"
        return (
            f"only {_counted(self.meetings, 'meeting')} planned for {self.requested_pairs} requested pairs — "
            f"see the warnings; planner: {verdict}"
        )

    def lines(self) -> list[str]:
        def share(part: int, whole: int) -> str:
            return f"{part} of {whole}" + (f" ({100 * part / whole:.0f} %)" if whole else "")

        seconds = f"{self.seconds:.2f} s" if self.seconds is not None else "not solved yet"
        lines = [
            f"organisations:       {self.organisations} ({self.participants} participants)",
            f"meetings:            {self.meetings}",
            f"requests met:        {share(self.requests_met, self.requests)}",
            f"mutual requests met: {share(self.mutual_pairs_met, self.mutual_pairs)}",
            f"without a meeting:   {self.organisations_without_meetings} organisations",
            f"with an interpreter: {self.interpreted} meetings",
        ]
        if self.needs_interpreting:
            lines.append(
                f"need interpreting:   {self.needs_interpreting} meetings (at most "
                f"{self.most_interpreting_at_once} at the same time)"
            )
            lines += [f"  {need.line()}" for need in self.interpreting]
        lines += [
            f"idle gaps:           {self.figures.idle_gaps} (at most {self.figures.most_idle_gaps} for one "
            "organisation)",
            f"table changes:       {self.figures.table_changes}",
            f"solver:              {self.status_text()}, {seconds}",
        ]
        if self.unmet_by_reason:
            unmet = sum(count.requests for count in self.unmet_by_reason)
            lines.append(f"unmet requests:      {unmet}, by reason:")
            lines += [f"  {count.line()}" for count in self.unmet_by_reason]
        return lines

    def outcome(self) -> Outcome:
        """The summary as the exports write it."""
        return Outcome(tuple(self.lines()), self.unmet_by_reason, self.interpreting, self.warnings)


@per_event
def interpreting_needed(event: Event) -> Mapping[int, tuple[str, str]]:
    """The meetings that need interpreting (no shared language, no interpreter named), by id, with the two
    languages to interpret between (``interpreting_languages``): what the timetable marks."""
    needed = {}
    for meeting in event.meetings:
        languages = interpreting_languages(event, meeting)
        if languages is not None:
            needed[meeting.id] = languages
    return needed


def unmet_by_reason(event: Event, unmet: Iterable[UnmetRequest]) -> tuple[UnmetCount, ...]:
    """The unmet requests counted by reason, the most first, each with what to do (``ADVICE``). A mutual
    pair counts as two requests, as it does among the requests met."""
    counts: dict[str, int] = {}
    for request in unmet:
        asked = len(event.requested_pairs.get(request.organisation_ids, ())) or 1
        counts[request.reason] = counts.get(request.reason, 0) + asked
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(UnmetCount(reason, n, ADVICE.get(reason, "see the unmet requests")) for reason, n in ordered)


def summary_warnings(
    event: Event, counts: Sequence[UnmetCount], *, requests: int, thin: bool
) -> tuple[str, ...]:
    """What the organiser must not miss about a planned timetable: a timetable (nearly) empty, a reason that
    leaves more than a fifth of the requests unmet, organisations that asked for meetings and have none."""
    warnings = []
    pairs = len(event.requested_pairs)
    if thin:
        held = len(event.meetings)
        warnings.append(
            f"no meetings were planned for the {pairs} requested pairs"
            if not held
            else f"only {_counted(held, 'meeting')} {'was' if held == 1 else 'were'} planned for the {pairs} "
            "requested pairs"
        )
    for count in counts:
        if requests and count.requests > WARN_SHARE * requests:
            warnings.append(
                f"{count.reason} leaves {count.requests} of {requests} requests unmet "
                f"({100 * count.requests / requests:.0f} %): {count.advice}"
            )
    with_meetings = {org for m in event.meetings for org in m.organisation_ids}
    asked = {r.requester_id for r in event.requests}
    left_out = [o.name for o in event.organisations if o.id in asked and o.id not in with_meetings]
    if left_out:
        names = ", ".join(left_out[:NAMES_SHOWN])
        if len(left_out) > NAMES_SHOWN:
            names += f" and {len(left_out) - NAMES_SHOWN} more"
        who = (
            "1 organisation that asked for meetings has none"
            if len(left_out) == 1
            else f"{len(left_out)} organisations that asked for meetings have none"
        )
        warnings.append(f"{who}: {names}")
    return tuple(warnings)


@per_event
def summarise(event: Event) -> Summary:
    """The figures of the summary (command line, Plan page, the exports), with the unmet requests by reason
    and the warnings once the event is planned."""
    met = {m.organisation_ids for m in event.meetings}
    mutual = [pair for pair in event.requested_pairs if event.is_mutual(pair)]
    with_meetings = {org for m in event.meetings for org in m.organisation_ids}
    run = event.last_run
    requests_met = sum(1 for r in event.requests if pair_of(r.requester_id, r.requested_id) in met)
    planned = bool(event.meetings) or run is not None
    needed = interpreting_needed(event)
    thin = planned and len(event.meetings) < THIN_SHARE * len(event.requested_pairs)
    counts: tuple[UnmetCount, ...] = ()
    warnings: tuple[str, ...] = ()
    if planned:
        found = bool(event.meetings) or (run is not None and run.status in _FOUND)
        if found:
            counts = unmet_by_reason(event, unmet_requests(event))
        warnings = summary_warnings(event, counts, requests=len(event.requests), thin=thin)
        if not found and run is not None:
            words = STATUS_WORDS.get(run.status, run.status)
            warnings = (f"the last planning found no timetable: {words}", *warnings)
    return Summary(
        organisations=len(event.organisations),
        participants=len(event.participants),
        meetings=len(event.meetings),
        requests=len(event.requests),
        requests_met=requests_met,
        mutual_pairs=len(mutual),
        mutual_pairs_met=sum(1 for pair in mutual if pair in met),
        organisations_without_meetings=sum(1 for o in event.organisations if o.id not in with_meetings),
        interpreted=sum(1 for m in event.meetings if m.interpreter_id is not None),
        figures=figures(instance_of(event), event.meetings),
        status=run.status if run else "not solved",
        seconds=run.seconds if run else None,
        requested_pairs=len(event.requested_pairs),
        planned=planned,
        needs_interpreting=len(needed),
        interpreting=interpreting_needs(event, needed),
        most_interpreting_at_once=most_needing_at_once(event, needed),
        unmet_by_reason=counts,
        warnings=warnings,
    )


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_FOUND = {SolveStatus.OPTIMAL, SolveStatus.FEASIBLE}
"""Statuses of a run that saved a timetable (an empty one too)."""


# -- statistics -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """How the organisations of one group (or one country) fare in the timetable."""

    name: str
    """The group or country as registered; empty for organisations that gave none."""
    organisations: int
    meetings: int
    """Meetings with at least one of these organisations (a meeting between two of them counts once)."""
    meetings_per_organisation: float
    """The average number of meetings these organisations hold."""
    requests: int
    """Requests these organisations asked for."""
    requests_met: int
    mutual_pairs: int
    """Pairs that both asked for, with at least one of these organisations in them."""
    mutual_pairs_met: int
    without_meetings: int
    """How many of these organisations hold no meeting at all."""


@dataclass(frozen=True)
class EventStatistics:
    """How well the saved timetable serves the organisations, overall and by group and country."""

    planned: bool
    """The event has a timetable, or has been through the planner at least once."""
    organisations: int
    meetings: int
    meetings_of: Mapping[int, int]
    """Meetings held by each organisation, by id; every organisation is there, with 0 when it has none."""
    histogram: tuple[int, ...]
    """``histogram[k]``: how many organisations hold exactly k meetings, from 0 to the most anyone holds."""
    requests: int
    requests_met: int
    mutual_pairs: int
    mutual_pairs_met: int
    without_meetings: tuple[str, ...]
    """Names of the organisations without any meeting, in registration order."""
    by_group: tuple[Breakdown, ...]
    by_country: tuple[Breakdown, ...]
    """Both ordered by name, with organisations that gave no group or country last."""
    figures: TimetableFigures
    """Idle gaps and table changes, recounted from the meetings."""


@per_event
def statistics(event: Event) -> EventStatistics:
    """The figures of the statistics page: who holds how many meetings, which requests were met, where."""
    met = {m.organisation_ids for m in event.meetings}
    held = {o.id: 0 for o in event.organisations}
    for meeting in event.meetings:
        for org in meeting.organisation_ids:
            held[org] = held.get(org, 0) + 1
    histogram = [0] * (max(held.values(), default=-1) + 1)
    for count in held.values():
        histogram[count] += 1
    mutual = [pair for pair in event.requested_pairs if event.is_mutual(pair)]

    def breakdown(name_of: Mapping[int, str]) -> tuple[Breakdown, ...]:
        members: dict[str, set[int]] = {}
        for org, name in name_of.items():
            members.setdefault(name.strip(), set()).add(org)
        rows = []
        for name in sorted(members, key=lambda n: (not n, n.casefold(), n)):
            ids = members[name]
            asked = [r for r in event.requests if r.requester_id in ids]
            theirs = [pair for pair in mutual if pair[0] in ids or pair[1] in ids]
            rows.append(
                Breakdown(
                    name=name,
                    organisations=len(ids),
                    meetings=sum(1 for m in event.meetings if ids & set(m.organisation_ids)),
                    meetings_per_organisation=sum(held.get(org, 0) for org in ids) / len(ids),
                    requests=len(asked),
                    requests_met=sum(1 for r in asked if pair_of(r.requester_id, r.requested_id) in met),
                    mutual_pairs=len(theirs),
                    mutual_pairs_met=sum(1 for pair in theirs if pair in met),
                    without_meetings=sum(1 for org in ids if not held.get(org)),
                )
            )
        return tuple(rows)

    return EventStatistics(
        planned=bool(event.meetings) or event.last_run is not None,
        organisations=len(event.organisations),
        meetings=len(event.meetings),
        meetings_of=held,
        histogram=tuple(histogram),
        requests=len(event.requests),
        requests_met=sum(1 for r in event.requests if pair_of(r.requester_id, r.requested_id) in met),
        mutual_pairs=len(mutual),
        mutual_pairs_met=sum(1 for pair in mutual if pair in met),
        without_meetings=tuple(o.name for o in event.organisations if not held[o.id]),
        by_group=breakdown({o.id: o.group for o in event.organisations}),
        by_country=breakdown({o.id: o.country for o in event.organisations}),
        figures=figures(instance_of(event), event.meetings),
    )


# -- suggested pairs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """Two organisations that share interests but have not asked to meet: a request the organiser may add."""

    requester_id: int
    requested_id: int
    shared: tuple[SharedInterest, ...]
    """The interests they share, in the requester's words first, closest first."""
    score: float
    """The shared interests, each counted by how closely the wording matches (1 when the same words)."""

    @property
    def pair(self) -> Pair:
        return pair_of(self.requester_id, self.requested_id)

    def request(self) -> MeetingRequest:
        """The request accepting this suggestion adds: of normal priority, any time of day."""
        return MeetingRequest(self.requester_id, self.requested_id, DEFAULT_PRIORITY)


SUGGESTIONS_PER_ORGANISATION = 3
"""No organisation is proposed more new meetings than this at once, so none is flooded."""


def suggest_pairs(
    event: Event, limit: int | None = None, per_organisation: int = SUGGESTIONS_PER_ORGANISATION
) -> list[Suggestion]:
    """Pairs that share interests, have not asked to meet and may meet, the most shared first.

    Interests match loosely (``app.domain.interests``), in both directions at once. A pair may meet as the
    planner decides it: not kept apart and not of one group when only meetings between groups are planned
    (``excluded_pairs``), both present at some time and neither capped at no meetings (``parties_of``).
    Pairs with a request either way, or a meeting, are left out. Ranked by the shared interests, then by the
    share of both organisations' interests they make up; no organisation is in more than
    ``per_organisation`` suggestions.

    The request goes from the side that has asked for fewer meetings (on a tie, the first registered): the
    fairness tier gives meetings to organisations with a wish, so a wish of one that asked for little
    counts most.
    """
    matcher = InterestMatcher(event.organisations)
    if not matcher.has_interests() or per_organisation <= 0:
        return []
    met = {m.organisation_ids for m in event.meetings}
    bounds = {
        pair: bound
        for pair, bound in matcher.pairs().items()
        if pair not in event.requested_pairs and pair not in met
    }
    for pair in excluded_pairs(event, bounds):
        del bounds[pair]
    parties = parties_of(event)
    present = {org: {slot for slot, n in party.capacity.items() if n} for org, party in parties.items()}
    closed = {org for org, party in parties.items() if party.max_meetings == 0}
    count = {org.id: matcher.interest_count(org.id) for org in event.organisations}

    def rank(first: int, second: int, score: float, shared: int) -> tuple[float, float, int, int]:
        return -score, -2 * shared / (count[first] + count[second]), first, second

    # Pairs are sorted by a bound of their rank (every link between like interests counted) and matched
    # interest by interest only when they reach the top: a matched pair is taken once no bound left beats it.
    bounded = sorted(rank(a, b, bound, min(count[a], count[b])) for (a, b), bound in bounds.items())
    matched: list[tuple[tuple[float, float, int, int], tuple[SharedInterest, ...]]] = []
    next_bound = 0
    asked: dict[int, int] = {}
    for r in event.requests:
        asked[r.requester_id] = asked.get(r.requester_id, 0) + 1
    order = {org.id: index for index, org in enumerate(event.organisations)}
    proposed: dict[int, int] = {}
    suggestions: list[Suggestion] = []
    while (matched or next_bound < len(bounded)) and (limit is None or len(suggestions) < limit):
        if not matched or (next_bound < len(bounded) and bounded[next_bound] < matched[0][0]):
            _, _, first, second = bounded[next_bound]
            next_bound += 1
            if first in closed or second in closed or not present[first] & present[second]:
                continue
            if max(proposed.get(first, 0), proposed.get(second, 0)) < per_organisation:
                shared = matcher.shared(first, second)
                heapq.heappush(matched, (rank(first, second, matcher.score(shared), len(shared)), shared))
            continue
        (minus_score, _, first, second), shared = heapq.heappop(matched)
        if max(proposed.get(first, 0), proposed.get(second, 0)) >= per_organisation:
            continue
        proposed[first] = proposed.get(first, 0) + 1
        proposed[second] = proposed.get(second, 0) + 1
        if (asked.get(second, 0), order[second]) < (asked.get(first, 0), order[first]):
            first, second = second, first
            shared = tuple(SharedInterest(s.second, s.first, s.similarity) for s in shared)
        suggestions.append(Suggestion(first, second, shared, -minus_score))
    return suggestions
