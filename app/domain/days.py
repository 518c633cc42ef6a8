"""One organisation's, table's or interpreter's day in time order: meetings, free slots and breaks.

These are the lines of an agenda as the window lists them; the PDF agendas list only the meetings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.languages import language_key
from app.domain.model import (
    Event,
    InterpreterId,
    Meeting,
    OrgId,
    Slot,
    SlotId,
    TableId,
)


@dataclass(frozen=True, slots=True)
class DayLine:
    """A meeting, a free slot or a break (``slot_id`` None) of someone's day."""

    start: datetime
    end: datetime
    slot_id: SlotId | None = None
    meeting: Meeting | None = None
    label: str = ""
    """The break's name, as the organiser gave it ("Lunch", "Plenary")."""
    present: bool = True
    """For a free slot: whoever's day it is, is at the event then (an absence is not free time)."""

    @property
    def is_break(self) -> bool:
        return self.slot_id is None


def day_lines(
    event: Event, meetings: Iterable[Meeting], present: Callable[[Slot], bool] | None = None
) -> tuple[DayLine, ...]:
    """Every slot of the event in time order with the given meetings in it, and the breaks of each day.

    A slot holding two of the meetings (an organisation with two people meets twice at once) gives two
    lines, by table; a slot holding none gives one free line.
    """
    in_slot: dict[SlotId, list[Meeting]] = {}
    for meeting in meetings:
        in_slot.setdefault(meeting.slot_id, []).append(meeting)
    lines: list[DayLine] = []
    for slot in event.slots:
        here = in_slot.get(slot.id)
        if here:
            for meeting in sorted(here, key=lambda m: m.table_id):
                lines.append(DayLine(slot.start, slot.end, slot.id, meeting))
        else:
            there = present(slot) if present is not None else True
            lines.append(DayLine(slot.start, slot.end, slot.id, present=there))
    for day in event.settings.days:
        opens, closes = datetime.combine(day.date, day.start), datetime.combine(day.date, day.end)
        for pause in day.breaks:
            start = max(datetime.combine(day.date, pause.start), opens)
            end = min(datetime.combine(day.date, pause.end), closes)
            if start < end:
                lines.append(DayLine(start, end, label=pause.label))
    # Stable: a slot's meetings keep their table order; a break comes before a slot starting with it.
    return tuple(sorted(lines, key=lambda line: (line.start, not line.is_break)))


def agenda_of(event: Event, org_id: OrgId) -> tuple[DayLine, ...]:
    """An organisation's day: its meetings, the slots it is free or away, and the breaks."""
    org = event.organisation_by_id[org_id]
    return day_lines(
        event,
        (m for m in event.meetings if org_id in m.organisation_ids),
        lambda slot: org.available_during(slot.start, slot.end),
    )


def table_day(event: Event, table_id: TableId) -> tuple[DayLine, ...]:
    """A table's day: who meets there in each slot, and the breaks."""
    return day_lines(event, (m for m in event.meetings if m.table_id == table_id))


def interpreter_day(event: Event, interpreter_id: InterpreterId) -> tuple[DayLine, ...]:
    """An interpreter's day: the meetings they interpret, the slots they are free or away, and the breaks."""
    interpreter = event.interpreter_by_id[interpreter_id]
    return day_lines(
        event,
        (m for m in event.meetings if m.interpreter_id == interpreter_id),
        lambda slot: interpreter.available_during(slot.start, slot.end),
    )


def interpreted_languages(event: Event, meeting: Meeting) -> tuple[str, str] | None:
    """The languages the meeting's interpreter works between, one for each side, as the interpreter named
    them (several are joined with '/'); None for a meeting without an interpreter."""
    if meeting.interpreter_id is None:
        return None
    interpreter = event.interpreter_by_id.get(meeting.interpreter_id)
    if interpreter is None:
        return None
    sides = []
    for org in meeting.organisation_ids:
        spoken = {language_key(x) for x in event.languages_of(org)}
        sides.append("/".join(x for x in interpreter.languages if language_key(x) in spoken))
    return sides[0], sides[1]
