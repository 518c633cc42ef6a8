"""Turn the organiser's day settings into the grid of meeting slots."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.model import EventDay, EventSettings, Slot, Table


def day_slots(day: EventDay, meeting_minutes: int, pause_minutes: int) -> list[tuple[datetime, datetime]]:
    """Start and end of every meeting that fits in the day without touching a break.

    A meeting that would overlap a break starts when the break ends instead, so the grid
    restarts cleanly after lunch.
    """
    meeting = timedelta(minutes=meeting_minutes)
    step = meeting + timedelta(minutes=pause_minutes)
    start = datetime.combine(day.date, day.start)
    day_end = datetime.combine(day.date, day.end)
    breaks = sorted(
        (datetime.combine(day.date, b.start), datetime.combine(day.date, b.end)) for b in day.breaks
    )
    spans: list[tuple[datetime, datetime]] = []
    while start + meeting <= day_end:
        end = start + meeting
        clash = next((b for b in breaks if start < b[1] and b[0] < end), None)
        if clash is not None:
            start = clash[1]
            continue
        spans.append((start, end))
        start += step
    return spans


def build_slots(settings: EventSettings) -> tuple[Slot, ...]:
    """All slots of the event in time order, numbered from 1."""
    spans = [
        span
        for day in sorted(settings.days, key=lambda d: d.date)
        for span in day_slots(day, settings.meeting_minutes, settings.pause_minutes)
    ]
    return tuple(Slot(id=i, start=s, end=e) for i, (s, e) in enumerate(spans, start=1))


def build_tables(settings: EventSettings) -> tuple[Table, ...]:
    """The event's tables, numbered from 1."""
    if settings.custom_tables:
        return tuple(
            Table(id=i, name=name, seats=seats)
            for i, (name, seats) in enumerate(settings.custom_tables, start=1)
        )
    return tuple(
        Table(id=i, name=f"Table {i}", seats=settings.seats_per_table)
        for i in range(1, settings.table_count + 1)
    )
