"""What the board in the hall shows at a given moment: the clock, the running round and the time left, the
next round's meetings by table, the breaks, the start and the end of the day.

Pure functions of (event, now), so that the board window only draws and tests can ask about any time. The
timetable is what is stored: a cancelled meeting is simply not there, a re-plan shows as soon as the event is
loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain import Event, Meeting, OrgId, Slot
from app.domain.outcome import interpreting_languages


class Phase(StrEnum):
    """Where the day stands."""

    NO_TIMETABLE = "no timetable"
    """The event has no slots (no day set up)."""
    BEFORE = "before"
    """Before the first round of the day (or of the next event day)."""
    MEETING = "meeting"
    """A round is running."""
    CHANGEOVER = "changeover"
    """Between two rounds: people change tables."""
    BREAK = "break"
    """A break or plenary of the day is running."""
    OVER = "over"
    """The day's last round has ended."""


@dataclass(frozen=True, slots=True)
class BoardMeeting:
    """One meeting as the hall reads it: where, who with whom (each name in both scripts), who interprets."""

    table: str
    first: tuple[str, str]
    second: tuple[str, str]
    interpreter: str = ""
    """The interpreter's name; '' when there is none."""
    needs_interpreting: str = ""
    """'Chinese–Norwegian' when the sides share no language and no interpreter is named."""


@dataclass(frozen=True, slots=True)
class BoardSlot:
    """A round of the day with its meetings in the order of the tables."""

    slot_id: int
    start: datetime
    end: datetime
    number: int
    """The round's place in its day, from 1."""
    of: int
    """Rounds that day."""
    meetings: tuple[BoardMeeting, ...]


@dataclass(frozen=True, slots=True)
class BoardBreak:
    start: datetime
    end: datetime
    label: str


@dataclass(frozen=True, slots=True)
class BoardState:
    """Everything the board shows at ``now``."""

    now: datetime
    phase: Phase
    running: BoardSlot | None = None
    """The round under way."""
    next: BoardSlot | None = None
    """The round after ``now``'s: later today, or the first of the next event day."""
    break_: BoardBreak | None = None
    """The break running now, else the next one of the day."""
    until: datetime | None = None
    """What the countdown counts to: the end of the running round, else the start of the next round."""

    @property
    def left(self) -> timedelta | None:
        """The countdown: time from ``now`` to ``until``."""
        return None if self.until is None else max(self.until - self.now, timedelta())

    @property
    def in_break(self) -> bool:
        return self.phase is Phase.BREAK

    @property
    def next_is_another_day(self) -> bool:
        return self.next is not None and self.next.start.date() != self.now.date()


def countdown_text(left: timedelta) -> str:
    """'04:05' (minutes and seconds), or '1:04:05' from an hour up; partial seconds count as a whole one so
    that the board reads 00:00 only when the time is up."""
    seconds = int(-(-left.total_seconds() // 1))
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def _sides(event: Event, meeting: Meeting) -> tuple[OrgId, OrgId]:
    """The host first when the event has a host group (the host keeps the table, the guest comes to it)."""
    a, b = meeting.organisation_ids
    host = event.settings.host_group.strip().casefold()
    if host and event.organisation_by_id[b].group.strip().casefold() == host:
        return b, a
    return a, b


def board_meeting(event: Event, meeting: Meeting) -> BoardMeeting:
    first, second = _sides(event, meeting)
    interpreter = event.interpreter_by_id.get(meeting.interpreter_id) if meeting.interpreter_id else None
    languages = interpreting_languages(event, meeting) if interpreter is None else None
    table = event.table_by_id.get(meeting.table_id)
    return BoardMeeting(
        table=table.name if table is not None else str(meeting.table_id),
        first=event.organisation_by_id[first].names,
        second=event.organisation_by_id[second].names,
        interpreter=interpreter.name if interpreter is not None else "",
        needs_interpreting="–".join(languages) if languages else "",
    )


class Rounds:
    """The event's rounds as the board shows them, each worked out once: the board asks every second, and
    on an event of a thousand organisations a round of 150 meetings takes milliseconds to put together."""

    def __init__(self, event: Event) -> None:
        self.event = event
        self.slots = tuple(sorted(event.slots, key=lambda s: s.start))
        self._days: dict[date, list[Slot]] = {}
        for slot in self.slots:
            self._days.setdefault(slot.start.date(), []).append(slot)
        self._meetings: dict[int, list[Meeting]] = {}
        for meeting in event.meetings:
            self._meetings.setdefault(meeting.slot_id, []).append(meeting)
        self._rounds: dict[int, BoardSlot] = {}

    def on(self, day: date) -> list[Slot]:
        return self._days.get(day, [])

    def of(self, slot: Slot) -> BoardSlot:
        """A round with its meetings in the order of the event's tables."""
        if slot.id not in self._rounds:
            event = self.event
            day = self._days[slot.start.date()]
            order = {table.id: index for index, table in enumerate(event.tables)}
            meetings = sorted(
                self._meetings.get(slot.id, ()), key=lambda m: (order.get(m.table_id, len(order)), m.table_id)
            )
            self._rounds[slot.id] = BoardSlot(
                slot_id=slot.id,
                start=slot.start,
                end=slot.end,
                number=day.index(slot) + 1,
                of=len(day),
                meetings=tuple(board_meeting(event, m) for m in meetings),
            )
        return self._rounds[slot.id]


def _breaks_of(event: Event, day: date) -> list[BoardBreak]:
    for event_day in event.settings.days:
        if event_day.date == day:
            return sorted(
                (
                    BoardBreak(datetime.combine(day, b.start), datetime.combine(day, b.end), b.label)
                    for b in event_day.breaks
                ),
                key=lambda b: b.start,
            )
    return []


def board_at(event: Event, now: datetime, rounds: Rounds | None = None) -> BoardState:
    """What the board shows at ``now`` (the venue's wall-clock time, as the event's slots are); ``rounds``
    of the same event spare working its rounds out again."""
    if rounds is None or rounds.event is not event:
        rounds = Rounds(event)
    slots = rounds.slots
    if not slots:
        return BoardState(now, Phase.NO_TIMETABLE)
    running = next((s for s in slots if s.start <= now < s.end), None)
    upcoming = next((s for s in slots if s.start > now), None)
    today = rounds.on(now.date())
    breaks = _breaks_of(event, now.date())
    current_break = next((b for b in breaks if b.start <= now < b.end), None)
    next_break = next((b for b in breaks if b.start > now), None)
    shown_break = current_break or next_break
    following = rounds.of(upcoming) if upcoming is not None else None
    if running is not None:
        return BoardState(now, Phase.MEETING, rounds.of(running), following, shown_break, running.end)
    if not today or now < today[0].start:
        if upcoming is None:
            return BoardState(now, Phase.OVER)
        phase = Phase.BREAK if current_break is not None else Phase.BEFORE
        return BoardState(now, phase, None, following, shown_break, upcoming.start)
    if now >= today[-1].end:
        return BoardState(now, Phase.OVER, None, following, None, None)
    phase = Phase.BREAK if current_break is not None else Phase.CHANGEOVER
    assert upcoming is not None  # a round of today is still to come
    return BoardState(now, phase, None, following, shown_break, upcoming.start)


class VenueClock:
    """The time at the venue as the event's slots are written (naive, local to the venue), whatever zone the
    computer showing the board is set to; the computer's own time when the event names no zone."""

    def __init__(self, time_zone: str = "") -> None:
        self._zone: ZoneInfo | None = None
        if time_zone.strip():
            try:
                self._zone = ZoneInfo(time_zone.strip())
            except (ZoneInfoNotFoundError, ValueError):
                self._zone = None

    def now(self) -> datetime:
        if self._zone is None:
            return datetime.now()
        return datetime.now(self._zone).replace(tzinfo=None)
