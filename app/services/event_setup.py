"""The event's settings: an organiser's defaults, what new settings would drop, storing them."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, time

from app.domain import (
    DEFAULT_TIERS,
    Break,
    Event,
    EventDay,
    EventSettings,
    Interpreting,
    Meeting,
    Registrations,
    Tier,
    build_slots,
    build_tables,
)
from app.scheduler.instance import own_tables
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
