"""Reading and writing domain values in an event file. Functions take a ``Session`` inside a transaction.

Over 400 lines because it is the one place where domain values become rows and rows domain values, for every
table.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, time
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.domain import (
    PLANNED_NOTE,
    Attendance,
    Break,
    DaySession,
    Event,
    EventDay,
    EventSettings,
    Interpreter,
    Interpreting,
    Meeting,
    MeetingRequest,
    MeetingResult,
    Organisation,
    Outcome,
    Pair,
    Participant,
    Period,
    Precedence,
    Priority,
    Registrations,
    Slot,
    SolverRun,
    Table,
    Tier,
    build_slots,
    build_tables,
    timetable_digest,
)
from app.domain.codes import new_code
from app.errors import ConflictError
from app.storage.schema import (
    ApartRow,
    AttendanceRow,
    BreakRow,
    DayRow,
    EventRow,
    InterpreterRow,
    MeetingRow,
    MetaRow,
    OrganisationRow,
    OutcomeRow,
    ParticipantRow,
    PrecedenceRow,
    PrintedRow,
    RequestRow,
    SlotRow,
    SolverRunRow,
    TableRow,
    meeting_participant,
)

_LIST_SEPARATOR = "; "


def _join(items: Iterable[str]) -> str:
    return _LIST_SEPARATOR.join(items)


def _split(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(";") if item.strip())


def _periods(text: str) -> tuple[Period, ...]:
    spans = []
    for item in _split(text):
        start, end = item.split("-")
        spans.append(Period(time.fromisoformat(start), time.fromisoformat(end)))
    return tuple(spans)


# -- settings -------------------------------------------------------------------------------------------


def write_settings(session: Session, settings: EventSettings) -> None:
    """Store the event settings and the slot and table grid they define.

    Meetings on slots or tables that no longer exist are removed with them.
    """
    session.execute(delete(BreakRow))
    session.execute(delete(DayRow))
    row = session.get(EventRow, 1) or EventRow(id=1)
    row.name = settings.name
    row.venue = settings.venue
    row.meeting_minutes = settings.meeting_minutes
    row.pause_minutes = settings.pause_minutes
    row.table_count = settings.table_count
    row.seats_per_table = settings.seats_per_table
    row.max_meetings = settings.max_meetings
    row.across_groups_only = settings.across_groups_only
    row.agreed = settings.agreed
    row.min_meetings = settings.min_meetings
    row.max_in_a_row = settings.max_in_a_row
    row.custom_tables = (
        json.dumps(settings.custom_tables, ensure_ascii=False) if settings.custom_tables else ""
    )
    row.host_group = settings.host_group
    row.tiers = ",".join(settings.tiers)
    row.interpreting = settings.interpreting.value
    row.time_zone = settings.time_zone
    row.badge_colours = (
        json.dumps(dict(settings.badge_colours), ensure_ascii=False) if settings.badge_colours else ""
    )
    row.badge_offsets = (
        json.dumps({name: [dx, dy] for name, dx, dy in settings.badge_offsets}, ensure_ascii=False)
        if settings.badge_offsets
        else ""
    )
    row.logo = settings.logo
    session.add(row)
    for day in settings.days:
        session.add(
            DayRow(
                date=day.date,
                start=day.start,
                end=day.end,
                breaks=[BreakRow(start=b.start, end=b.end, label=b.label) for b in day.breaks],
            )
        )
    _sync_slots(session, build_slots(settings))
    _sync_tables(session, build_tables(settings))
    session.flush()


def _sync_slots(session: Session, slots: Sequence[Slot]) -> None:
    existing = {row.id: row for row in session.scalars(select(SlotRow))}
    wanted = {slot.id: slot for slot in slots}
    stale = [sid for sid, row in existing.items() if sid not in wanted or row.start != wanted[sid].start]
    if stale:
        session.execute(delete(SlotRow).where(SlotRow.id.in_(stale)))
        session.flush()
    for slot in slots:
        row = existing.get(slot.id)
        if row is None or slot.id in stale:
            session.add(SlotRow(id=slot.id, start=slot.start, end=slot.end))
        else:
            row.end = slot.end


def _sync_tables(session: Session, tables: Sequence[Table]) -> None:
    existing = {row.id: row for row in session.scalars(select(TableRow))}
    wanted = {table.id for table in tables}
    gone = [tid for tid in existing if tid not in wanted]
    if gone:
        session.execute(delete(TableRow).where(TableRow.id.in_(gone)))
    for table in tables:
        row = existing.get(table.id)
        if row is None:
            session.add(TableRow(id=table.id, name=table.name, seats=table.seats))
        else:
            row.name, row.seats = table.name, table.seats


def read_settings(session: Session) -> EventSettings:
    row = session.get(EventRow, 1)
    if row is None:
        raise LookupError("the event file has no settings")
    days = tuple(
        EventDay(
            date=d.date,
            start=d.start,
            end=d.end,
            breaks=tuple(Break(b.start, b.end, b.label) for b in d.breaks),
        )
        for d in session.scalars(select(DayRow).order_by(DayRow.date).options(selectinload(DayRow.breaks)))
    )
    return EventSettings(
        name=row.name,
        venue=row.venue,
        days=days,
        meeting_minutes=row.meeting_minutes,
        pause_minutes=row.pause_minutes,
        table_count=row.table_count,
        seats_per_table=row.seats_per_table,
        max_meetings=row.max_meetings,
        across_groups_only=row.across_groups_only,
        agreed=row.agreed,
        min_meetings=row.min_meetings,
        max_in_a_row=row.max_in_a_row,
        custom_tables=tuple((name, seats) for name, seats in json.loads(row.custom_tables or "[]")),
        host_group=row.host_group,
        tiers=Tier.parse(row.tiers),
        interpreting=Interpreting.parse(row.interpreting),
        time_zone=row.time_zone,
        badge_colours=tuple(json.loads(row.badge_colours or "{}").items()),
        badge_offsets=tuple(
            (name, float(dx), float(dy)) for name, (dx, dy) in json.loads(row.badge_offsets or "{}").items()
        ),
        logo=row.logo or b"",
    )


# -- registrations --------------------------------------------------------------------------------------


def _organisation_fields(o: Organisation) -> dict[str, object]:
    return {
        "name": o.name,
        "local_name": o.local_name,
        "group": o.group,
        "country": o.country,
        "interests": _join(o.interests),
        "languages": _join(o.languages),
        "available_from": o.available_from,
        "available_until": o.available_until,
        "max_meetings": o.max_meetings,
        "min_meetings": o.min_meetings,
        "away": _join(str(p) for p in o.away),
        "own_table": o.table,
        "walk_in": o.walk_in,
    }


def _participant_fields(p: Participant) -> dict[str, object]:
    fields: dict[str, object] = {
        "organisation_id": p.organisation_id,
        "name": p.name,
        "title": p.title,
        "email": p.email,
        "languages": _join(p.languages),
        "away": _join(str(span) for span in p.away),
        "local_name": p.local_name,
        "walk_in": p.walk_in,
    }
    if p.code:  # a new person from an import has none yet; one kept keeps the one printed on the badge
        fields["code"] = p.code
    return fields


def _interpreter_fields(i: Interpreter) -> dict[str, object]:
    fields: dict[str, object] = {
        "name": i.name,
        "languages": _join(i.languages),
        "available_from": i.available_from,
        "available_until": i.available_until,
        "away": _join(str(p) for p in i.away),
    }
    if i.code:
        fields["code"] = i.code
    return fields


def organisation_as_stored(org: Organisation) -> Organisation:
    """The organisation as the file keeps it (lists joined and split again), as ``load_event`` reads it."""
    return _organisation_of(SimpleNamespace(id=org.id, **_organisation_fields(org)))


def participant_as_stored(person: Participant) -> Participant:
    """The person as the file keeps it, as ``load_event`` reads it (a person stored has a code)."""
    return _participant_of(SimpleNamespace(id=person.id, **{"code": "", **_participant_fields(person)}))


def _update_if_unchanged(
    session: Session, table: type[Any], row_id: int, seen: dict[str, object], wanted: dict[str, object]
) -> dict[str, object] | None:
    row = session.get(table, row_id)
    if row is None:
        return {}
    now = {name: getattr(row, name) for name in seen}
    if now != seen:
        return now
    for name, value in wanted.items():
        setattr(row, name, value)
    session.flush()
    return None


def update_organisation(
    session: Session, seen: Organisation, changed: Organisation
) -> dict[str, object] | None:
    """Store ``changed`` if the organisation is still stored as ``seen``, and return None; otherwise write
    nothing and return its stored fields as they are now (empty when it is gone)."""
    return _update_if_unchanged(
        session, OrganisationRow, seen.id, _organisation_fields(seen), _organisation_fields(changed)
    )


def update_participant(session: Session, seen: Participant, changed: Participant) -> dict[str, object] | None:
    """As ``update_organisation``, for a person."""
    return _update_if_unchanged(
        session, ParticipantRow, seen.id, _participant_fields(seen), _participant_fields(changed)
    )


def _write_requests(session: Session, requests: Iterable[MeetingRequest]) -> None:
    """Replace every request, in this order (one statement for them all: thousands in milliseconds)."""
    session.execute(delete(RequestRow))
    rows = [_request_fields(r) for r in requests]
    if rows:
        session.execute(insert(RequestRow), rows)


def write_registrations(session: Session, registrations: Registrations) -> None:
    """Replace organisations, participants and requests (and so every meeting) by ``registrations``."""
    session.execute(delete(OrganisationRow))
    session.add_all(OrganisationRow(id=o.id, **_organisation_fields(o)) for o in registrations.organisations)
    session.flush()
    session.add_all(ParticipantRow(id=p.id, **_participant_fields(p)) for p in registrations.participants)
    _write_requests(session, registrations.requests)
    write_rules(session, registrations.apart, registrations.precedences)
    write_interpreters(session, registrations.interpreters)


def update_registrations(session: Session, registrations: Registrations) -> None:
    """Bring the registrations in line with ``registrations`` row by row, by id, so that meetings of the
    organisations, people and interpreters that stay keep their place (a re-import)."""
    _upsert(session, OrganisationRow, {o.id: _organisation_fields(o) for o in registrations.organisations})
    _upsert(session, ParticipantRow, {p.id: _participant_fields(p) for p in registrations.participants})
    _write_requests(session, registrations.requests)
    write_rules(session, registrations.apart, registrations.precedences)
    _upsert(session, InterpreterRow, {i.id: _interpreter_fields(i) for i in registrations.interpreters})
    session.flush()
    assign_codes(session)


def write_registration_changes(
    session: Session, stored: Registrations, wanted: Registrations
) -> Registrations | None:
    """Bring the registrations from ``stored`` (as they are in the file) to ``wanted`` writing only the rows
    that differ, and return them as now stored: what ``load_event`` would read, in its order, with a check-in
    code for every new person. An edit of one wish or one field writes one row, not thousands.

    None when organisations, people or interpreters are taken out, which takes their meetings (or their
    place in them) along: then everything is written as ``update_registrations`` does, and the caller
    reads the event again."""
    old_orgs, new_orgs = _by_id(stored.organisations), _by_id(wanted.organisations)
    old_people, new_people = _by_id(stored.participants), _by_id(wanted.participants)
    old_interpreters, new_interpreters = _by_id(stored.interpreters), _by_id(wanted.interpreters)
    old_requests, new_requests = _by_key(stored.requests), _by_key(wanted.requests)
    if (
        old_orgs.keys() - new_orgs.keys()
        or old_people.keys() - new_people.keys()
        or old_interpreters.keys() - new_interpreters.keys()
        or old_requests is None
        or new_requests is None
    ):
        update_registrations(session, wanted)
        return None
    # A person or interpreter keeps the code printed on the badge; a new one gets one (``assign_codes``).
    taken = {p.code for p in stored.participants if p.code} | {i.code for i in stored.interpreters if i.code}

    def coded(item: Any, old: Any) -> Any:
        code = item.code or (old.code if old is not None else "")
        if not code:
            code = new_code(taken)
            taken.add(code)
        return item if code == item.code else dataclasses.replace(item, code=code)

    people = {pid: coded(p, old_people.get(pid)) for pid, p in new_people.items()}
    interpreters = {iid: coded(i, old_interpreters.get(iid)) for iid, i in new_interpreters.items()}
    organisations = _write_rows(
        session, OrganisationRow, old_orgs, new_orgs, _organisation_fields, _organisation_of
    )
    participants = _write_rows(
        session, ParticipantRow, old_people, people, _participant_fields, _participant_of
    )
    kept_interpreters = _write_rows(
        session, InterpreterRow, old_interpreters, interpreters, _interpreter_fields, _interpreter_of
    )
    requests = _write_request_changes(session, old_requests, new_requests)
    apart, precedences = stored.apart, stored.precedences
    if (
        set(wanted.apart) != set(stored.apart)
        or tuple(dict.fromkeys(wanted.precedences)) != stored.precedences
    ):
        write_rules(session, wanted.apart, wanted.precedences)
        apart, precedences = tuple(sorted(set(wanted.apart))), tuple(dict.fromkeys(wanted.precedences))
    session.flush()

    def kept(now: tuple[Any, ...], was: tuple[Any, ...]) -> tuple[Any, ...]:
        return was if now == was else now  # a part left as it was stays the same value, for who compares

    return Registrations(
        organisations=kept(organisations, stored.organisations),
        participants=kept(participants, stored.participants),
        requests=kept(requests, stored.requests),
        apart=kept(apart, stored.apart),
        precedences=kept(precedences, stored.precedences),
        interpreters=kept(kept_interpreters, stored.interpreters),
    )


def _by_id(items: Iterable[Any]) -> dict[int, Any]:
    return {item.id: item for item in items}


def _by_key(requests: Sequence[MeetingRequest]) -> dict[tuple[int, int, str], MeetingRequest] | None:
    """The requests by who wishes to meet whom in which session; None when one is there twice."""
    keyed = {(r.requester_id, r.requested_id, r.session.value): r for r in requests}
    return keyed if len(keyed) == len(requests) else None


def _write_rows(
    session: Session,
    table: type[Any],
    old: dict[int, Any],
    new: dict[int, Any],
    fields_of: Callable[[Any], dict[str, object]],
    read: Callable[[Any], Any],
) -> tuple[Any, ...]:
    """Insert the new rows and update the changed ones (none is removed); all of them as now stored, by id."""
    changed = [row_id for row_id, item in new.items() if old.get(row_id) != item]
    rows = (
        {row.id: row for row in session.scalars(select(table).where(table.id.in_(changed)))}
        if changed
        else {}
    )
    for row_id in changed:
        fields = fields_of(new[row_id])
        row = rows.get(row_id)
        if row is None:
            rows[row_id] = row = table(id=row_id, **fields)
            session.add(row)
        else:
            for name, value in fields.items():
                setattr(row, name, value)
    session.flush()
    stored = [read(rows[row_id]) if row_id in rows else item for row_id, item in new.items()]
    return tuple(sorted(stored, key=lambda item: item.id))


def _write_request_changes(
    session: Session,
    old: dict[tuple[int, int, str], MeetingRequest],
    new: dict[tuple[int, int, str], MeetingRequest],
) -> tuple[MeetingRequest, ...]:
    """Write the requests that differ; all of them in the order the file keeps (that of their rows). A
    request put back where it was (an undo) is not one more at the end: it takes a row number between its
    neighbours' (the one it had is free), and where there is none, all are written again."""
    placed: dict[tuple[int, int, str], int] = {}
    if [*new] != [*(key for key in old if key in new), *(key for key in new if key not in old)]:
        between = _row_ids_between(session, old, new)
        if between is None:
            _write_requests(session, new.values())
            return tuple(_request_of(SimpleNamespace(**_request_fields(r))) for r in new.values())
        placed = between

    def matching(key: tuple[int, int, str]) -> Any:
        requester, requested, day_session = key
        return (
            (RequestRow.requester_id == requester)
            & (RequestRow.requested_id == requested)
            & (RequestRow.session == day_session)
        )

    for key in old.keys() - new.keys():
        session.execute(delete(RequestRow).where(matching(key)))
    for key, request in new.items():
        before = old.get(key)
        if before is None or before == request:
            continue
        for row in session.scalars(select(RequestRow).where(matching(key))):
            row.priority, row.agreed = int(request.priority), request.agreed
    session.flush()
    added = {
        key: RequestRow(id=placed.get(key), **_request_fields(r)) for key, r in new.items() if key not in old
    }
    session.add_all(added.values())
    session.flush()
    return tuple(
        _request_of(added[key])
        if key in added
        else request
        if request == old[key]
        else _request_of(SimpleNamespace(**_request_fields(request)))
        for key, request in new.items()
    )


def _row_ids_between(
    session: Session,
    old: dict[tuple[int, int, str], MeetingRequest],
    new: dict[tuple[int, int, str], MeetingRequest],
) -> dict[tuple[int, int, str], int] | None:
    """Row numbers for the new requests that ``new`` places among the kept ones, each between the rows of
    its neighbours; None when the kept ones change order or there is no free number between two rows."""
    if [key for key in new if key in old] != [key for key in old if key in new]:
        return None
    rows = session.execute(
        select(RequestRow.id, RequestRow.requester_id, RequestRow.requested_id, RequestRow.session)
    )
    row_of = {(a, b, day): row_id for row_id, a, b, day in rows}
    placed: dict[tuple[int, int, str], int] = {}
    waiting: list[tuple[int, int, str]] = []  # new requests since the last kept one
    before = 0
    for key in new:  # those after the last kept request are left waiting: new rows at the end, as usual
        if key not in old:
            waiting.append(key)
            continue
        after = row_of.get(key)
        if after is None:
            return None
        if waiting:
            if after - before - 1 < len(waiting):
                return None
            placed.update((waiting_key, before + 1 + n) for n, waiting_key in enumerate(waiting))
            waiting = []
        before = after
    return placed


def _upsert(session: Session, table: type[Any], wanted: dict[int, dict[str, object]]) -> None:
    existing = {row.id: row for row in session.scalars(select(table))}
    gone = [row_id for row_id in existing if row_id not in wanted]
    if gone:
        session.execute(delete(table).where(table.id.in_(gone)))
        session.flush()
    for row_id, fields in wanted.items():
        row = existing.get(row_id)
        if row is None:
            session.add(table(id=row_id, **fields))
        else:
            for name, value in fields.items():
                setattr(row, name, value)
    session.flush()


def read_meta(session: Session, key: str) -> str | None:
    """A value the event file keeps beside the event (e.g. the registrations as last imported)."""
    row = session.get(MetaRow, key)
    return row.value if row is not None else None


def write_meta(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value
    session.flush()


def write_interpreters(session: Session, interpreters: Iterable[Interpreter]) -> None:
    """Replace the event's interpreters; meetings they were named on keep their place without them."""
    session.execute(delete(InterpreterRow))
    session.flush()
    session.add_all(InterpreterRow(id=i.id, **_interpreter_fields(i)) for i in interpreters)
    session.flush()
    assign_codes(session)


def assign_codes(session: Session) -> None:
    """Give every participant and interpreter without a check-in code one, unique among both."""
    rows = [*session.scalars(select(ParticipantRow)), *session.scalars(select(InterpreterRow))]
    taken = {row.code for row in rows if row.code}
    for row in rows:
        if not row.code:
            row.code = new_code(taken)
            taken.add(row.code)
    session.flush()


def write_rules(session: Session, apart: Iterable[Pair], precedences: Iterable[Precedence]) -> None:
    """Replace the pairs kept apart and the meeting orders the organiser asked for."""
    session.execute(delete(ApartRow))
    session.execute(delete(PrecedenceRow))
    session.flush()
    session.add_all(ApartRow(organisation_a_id=a, organisation_b_id=b) for a, b in sorted(set(apart)))
    session.add_all(
        PrecedenceRow(first_a_id=p.first[0], first_b_id=p.first[1], then_a_id=p.then[0], then_b_id=p.then[1])
        for p in dict.fromkeys(precedences)
    )
    session.flush()


def clear_event(session: Session) -> None:
    """Remove every registration, meeting and solver run, keeping the file itself."""
    session.execute(delete(OrganisationRow))
    session.execute(delete(InterpreterRow))
    session.execute(delete(SolverRunRow))
    session.flush()


# -- meetings ---------------------------------------------------------------------------------------------


def save_schedule(session: Session, meetings: Sequence[Meeting], run: SolverRun | None) -> None:
    """Replace every meeting by ``meetings`` and record the solver run that produced them."""
    session.execute(delete(MeetingRow))
    session.flush()
    _add_meetings(session, meetings, {row.id: row for row in session.scalars(select(ParticipantRow))})
    if run is not None:
        record_run(session, run)
        write_meta(session, PLANNED, timetable_digest(meetings))
    session.flush()


PLANNED = PLANNED_NOTE


def _add_meetings(session: Session, meetings: Iterable[Meeting], people: dict[int, ParticipantRow]) -> None:
    for meeting in meetings:
        a, b = meeting.organisation_ids
        session.add(
            MeetingRow(
                id=meeting.id,
                slot_id=meeting.slot_id,
                table_id=meeting.table_id,
                organisation_a_id=a,
                organisation_b_id=b,
                locked=meeting.locked,
                interpreter_id=meeting.interpreter_id,
                participants=[people[pid] for pid in meeting.participant_ids],
            )
        )


def _meeting_of(row: MeetingRow) -> Meeting:
    return Meeting(
        id=row.id,
        slot_id=row.slot_id,
        table_id=row.table_id,
        organisation_ids=(row.organisation_a_id, row.organisation_b_id),
        participant_ids=tuple(p.id for p in row.participants),
        locked=row.locked,
        interpreter_id=row.interpreter_id,
    )


def _meetings_where(session: Session, condition: Any) -> list[Meeting]:
    rows = session.scalars(select(MeetingRow).where(condition).options(selectinload(MeetingRow.participants)))
    return [_meeting_of(row) for row in rows]


def read_meetings(session: Session, ids: Iterable[int]) -> dict[int, Meeting]:
    """The stored meetings of these ids, as they are now (those not there are left out)."""
    return {m.id: m for m in _meetings_where(session, MeetingRow.id.in_(list(ids)))}


def read_meetings_in_slots(session: Session, slot_ids: Iterable[int]) -> tuple[Meeting, ...]:
    """The stored meetings of these slots, as they are now."""
    return tuple(_meetings_where(session, MeetingRow.slot_id.in_(list(slot_ids))))


def write_meetings(session: Session, changed: Sequence[Meeting], removed: Iterable[int]) -> None:
    """Store these meetings (new or changed) and remove those of ``removed``; every other meeting stays as
    it is. Changed ones are written afresh, so that two meetings may swap places in one step."""
    gone = {*removed, *(m.id for m in changed)}
    if gone:
        session.execute(delete(MeetingRow).where(MeetingRow.id.in_(gone)))
        session.flush()
    needed = {pid for meeting in changed for pid in meeting.participant_ids}
    people = {
        row.id: row for row in session.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(needed)))
    }
    _add_meetings(session, changed, people)
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(
            "A meeting was put in one of these places at another desk a moment ago. Nothing was changed "
            "here; look at the timetable again and redo the change."
        ) from None


def has_meetings(session: Session) -> bool:
    return session.scalars(select(MeetingRow.id).limit(1)).first() is not None


def record_run(session: Session, run: SolverRun) -> None:
    """Remember a solver run, whether or not it produced meetings."""
    session.add(
        SolverRunRow(
            status=run.status,
            objective=run.objective,
            bound=run.bound,
            seconds=run.seconds,
            finished_at=run.finished_at,
        )
    )
    session.flush()


def restore_last_run(session: Session, run: SolverRun | None) -> None:
    """Make ``run`` the last solver run again (undo of a plan): kept runs stay as a log, a copy of ``run``
    goes on top; ``None`` (no plan before) clears the log."""
    last = session.scalars(select(SolverRunRow).order_by(SolverRunRow.id.desc()).limit(1)).first()
    if run is None:
        session.execute(delete(SolverRunRow))
    elif last is None or _run_of(last) != run:
        record_run(session, run)
    session.flush()


UNDONE_WITH_THE_EVENT = ("imported_registrations", "import_mapping", "import_names", PLANNED)
"""Meta entries that belong to the event as it stands, so that undo puts them back with it."""


def read_notes(session: Session) -> tuple[tuple[str, str], ...]:
    rows = session.scalars(select(MetaRow).where(MetaRow.key.in_(UNDONE_WITH_THE_EVENT)))
    return tuple(sorted((row.key, row.value) for row in rows))


def restore_notes(session: Session, notes: tuple[tuple[str, str], ...]) -> None:
    """Put the meta entries of ``UNDONE_WITH_THE_EVENT`` back as they were (undo); those absent then go."""
    kept = dict(notes)
    for key in UNDONE_WITH_THE_EVENT:
        if key in kept:
            write_meta(session, key, kept[key])
        else:
            session.execute(delete(MetaRow).where(MetaRow.key == key))
    session.flush()


def _run_of(row: SolverRunRow) -> SolverRun:
    return SolverRun(
        status=row.status,
        objective=row.objective,
        bound=row.bound,
        seconds=row.seconds,
        finished_at=row.finished_at,
    )


# -- the whole event ------------------------------------------------------------------------------------


def load_event(session: Session) -> Event:
    """Everything in the file as one frozen snapshot."""
    return Event(
        settings=read_settings(session),
        slots=tuple(
            Slot(id=row.id, start=row.start, end=row.end)
            for row in session.scalars(select(SlotRow).order_by(SlotRow.start))
        ),
        tables=tuple(
            Table(id=row.id, name=row.name, seats=row.seats)
            for row in session.scalars(select(TableRow).order_by(TableRow.id))
        ),
        **_read_registrations(session),
        **_read_timetable(session),
        notes=read_notes(session),
        **_read_day(session),
    )


def load_changed(session: Session, event: Event, tables: Iterable[str]) -> Event:
    """``event`` with the parts these tables hold read again: what another desk changed, without reading
    the event whole (a check-in at another desk reads the day's record only)."""
    readers = {TABLE_PARTS.get(table) for table in tables}
    if None in readers:
        return load_event(session)
    changes: dict[str, Any] = {}
    for reader in readers:
        assert reader is not None
        changes.update(reader(session))
    return dataclasses.replace(event, **changes)


def _organisation_of(row: Any) -> Organisation:
    return Organisation(
        id=row.id,
        name=row.name,
        local_name=row.local_name,
        group=row.group,
        country=row.country,
        interests=_split(row.interests),
        languages=_split(row.languages),
        available_from=row.available_from,
        available_until=row.available_until,
        max_meetings=row.max_meetings,
        min_meetings=row.min_meetings,
        away=_periods(row.away),
        table=row.own_table,
        walk_in=row.walk_in,
    )


def _participant_of(row: Any) -> Participant:
    return Participant(
        id=row.id,
        organisation_id=row.organisation_id,
        name=row.name,
        title=row.title,
        email=row.email,
        languages=_split(row.languages),
        away=_periods(row.away),
        local_name=row.local_name,
        code=row.code or "",
        walk_in=row.walk_in,
    )


def _interpreter_of(row: Any) -> Interpreter:
    return Interpreter(
        id=row.id,
        name=row.name,
        languages=_split(row.languages),
        available_from=row.available_from,
        available_until=row.available_until,
        away=_periods(row.away),
        code=row.code or "",
    )


def _request_fields(r: MeetingRequest) -> dict[str, object]:
    return {
        "requester_id": r.requester_id,
        "requested_id": r.requested_id,
        "priority": int(r.priority),
        "session": r.session.value,
        "agreed": r.agreed,
    }


def _request_of(row: Any) -> MeetingRequest:
    return MeetingRequest(
        row.requester_id, row.requested_id, Priority(row.priority), DaySession(row.session), row.agreed
    )


def _read_registrations(session: Session) -> dict[str, Any]:
    return {
        "organisations": tuple(
            map(_organisation_of, session.scalars(select(OrganisationRow).order_by(OrganisationRow.id)))
        ),
        "participants": tuple(
            map(_participant_of, session.scalars(select(ParticipantRow).order_by(ParticipantRow.id)))
        ),
        "requests": tuple(map(_request_of, session.scalars(select(RequestRow).order_by(RequestRow.id)))),
        "apart": tuple(
            (row.organisation_a_id, row.organisation_b_id)
            for row in session.scalars(
                select(ApartRow).order_by(ApartRow.organisation_a_id, ApartRow.organisation_b_id)
            )
        ),
        "precedences": tuple(
            Precedence((row.first_a_id, row.first_b_id), (row.then_a_id, row.then_b_id))
            for row in session.scalars(select(PrecedenceRow).order_by(PrecedenceRow.id))
        ),
        "interpreters": tuple(
            map(_interpreter_of, session.scalars(select(InterpreterRow).order_by(InterpreterRow.id)))
        ),
    }


def _read_timetable(session: Session) -> dict[str, Any]:
    meetings = tuple(
        _meeting_of(row)
        for row in session.scalars(
            select(MeetingRow)
            .order_by(MeetingRow.slot_id, MeetingRow.table_id)
            .options(selectinload(MeetingRow.participants))
        )
    )
    last = session.scalars(select(SolverRunRow).order_by(SolverRunRow.id.desc()).limit(1)).first()
    return {"meetings": meetings, "last_run": _run_of(last) if last else None}


def _read_day(session: Session) -> dict[str, Any]:
    return {
        "attendance": tuple(
            Attendance(row.participant_id, row.arrived_at, row.expected_from, row.absent_from)
            for row in session.scalars(select(AttendanceRow).order_by(AttendanceRow.participant_id))
        ),
        "outcomes": tuple(
            Outcome(
                (row.organisation_a_id, row.organisation_b_id),
                MeetingResult(row.result),
                row.missing,
                row.follow_up,
                row.rating,
                row.note,
            )
            for row in session.scalars(
                select(OutcomeRow).order_by(OutcomeRow.organisation_a_id, OutcomeRow.organisation_b_id)
            )
        ),
    }


TABLE_PARTS: dict[str, Callable[[Session], dict[str, Any]]] = {
    OrganisationRow.__tablename__: _read_registrations,
    ParticipantRow.__tablename__: _read_registrations,
    RequestRow.__tablename__: _read_registrations,
    ApartRow.__tablename__: _read_registrations,
    PrecedenceRow.__tablename__: _read_registrations,
    InterpreterRow.__tablename__: _read_registrations,
    MeetingRow.__tablename__: _read_timetable,
    meeting_participant.name: _read_timetable,
    SolverRunRow.__tablename__: _read_timetable,
    MetaRow.__tablename__: lambda session: {"notes": read_notes(session)},
    AttendanceRow.__tablename__: _read_day,
    OutcomeRow.__tablename__: _read_day,
}
"""Per table, the reader of the part of the event it holds (``load_changed``); tables of the setup have
none, and a change of them reads the event whole."""


# -- the day --------------------------------------------------------------------------------------------


def write_attendance(session: Session, entries: Iterable[Attendance]) -> None:
    """Store what the desk knows of these people (each entry replaces the person's earlier one; an entry
    with nothing in it removes it)."""
    for entry in entries:
        row = session.get(AttendanceRow, entry.participant_id)
        empty = entry.arrived_at is None and entry.expected_from is None and entry.absent_from is None
        if empty:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = AttendanceRow(participant_id=entry.participant_id)
            session.add(row)
        row.arrived_at, row.expected_from, row.absent_from = (
            entry.arrived_at,
            entry.expected_from,
            entry.absent_from,
        )
    session.flush()


def restore_attendance(session: Session, entries: Iterable[Attendance]) -> None:
    """Put the day's record back as ``entries`` had it (undo)."""
    session.execute(delete(AttendanceRow))
    session.flush()
    write_attendance(session, entries)


def write_outcomes(session: Session, outcomes: Iterable[Outcome]) -> None:
    """Store what came of these meetings (each replaces the pair's earlier outcome)."""
    for outcome in outcomes:
        a, b = outcome.organisation_ids
        row = session.get(OutcomeRow, (a, b))
        if row is None:
            row = OutcomeRow(organisation_a_id=a, organisation_b_id=b)
            session.add(row)
        row.result, row.missing, row.follow_up = outcome.result.value, outcome.missing, outcome.follow_up
        row.rating, row.note = outcome.rating, outcome.note
    session.flush()


def restore_outcomes(session: Session, outcomes: Iterable[Outcome]) -> None:
    session.execute(delete(OutcomeRow))
    session.flush()
    write_outcomes(session, outcomes)


def read_printed(session: Session, kind: str) -> dict[int, tuple[str, datetime]]:
    """Per organisation, the fingerprint of the ``kind`` document last printed for it, and when."""
    return {
        row.organisation_id: (row.digest, row.printed_at)
        for row in session.scalars(select(PrintedRow).where(PrintedRow.kind == kind))
    }


def record_printed(session: Session, kind: str, digests: dict[int, str], at: datetime) -> None:
    """Remember what was printed for each organisation (its content's fingerprint)."""
    for org_id, digest in digests.items():
        row = session.get(PrintedRow, (org_id, kind))
        if row is None:
            session.add(PrintedRow(organisation_id=org_id, kind=kind, digest=digest, printed_at=at))
        else:
            row.digest, row.printed_at = digest, at
    session.flush()
