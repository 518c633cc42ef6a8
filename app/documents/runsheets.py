"""Interpreters' run sheets: for each interpreter, where and when, with whom and between which languages,
with the breaks and the free time between; then, for the desk, the meetings that need interpreting and have
no interpreter."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import ACCENT, MUTED, PAUSE, ZEBRA
from app.documents.timetable_text import (
    USABLE,
    Line,
    RowSheet,
    day_title,
    interpreting,
    new_canvas,
    pauses_of,
    people_at,
    span,
)
from app.domain import Event, Interpreter, InterpreterId, Meeting, OrgId, language_key, language_name
from app.files import replaced_atomically

_COLUMNS = (
    ("Time", 26 * mm),
    ("Table", 20 * mm),
    ("Organisation", 43 * mm),
    ("Meets", 43 * mm),
    ("Languages", USABLE - 132 * mm),
)
NEEDED = colors.HexColor("#9C2A00")
FREE = colors.HexColor("#F4F6F8")


def bridged_languages(event: Event, meeting: Meeting, interpreter: Interpreter) -> str:
    """The languages of each side that the interpreter speaks: 'Chinese – Norwegian'."""
    mine = {language_key(name) for name in interpreter.languages}
    sides = []
    for side in event.meeting_languages(meeting):
        spoken = [language_name(name) for name in side if language_key(name) in mine]
        sides.append(" / ".join(dict.fromkeys(spoken)) or "?")
    return " – ".join(sides)


def _side(event: Event, meeting: Meeting, org_id: OrgId) -> list[Line]:
    latin, local = event.organisation_by_id[org_id].names
    return [
        Line(latin, 9, bold=True),
        Line(local, 9),
        Line(people_at(event, meeting, org_id), 8, colour=MUTED),
    ]


def _time(start: datetime, end: datetime) -> list[Line]:
    return [Line(span(start, end), 9, bold=True)]


def _interpreter_sheet(
    sheet: RowSheet, event: Event, interpreter: Interpreter, meetings: Sequence[Meeting]
) -> None:
    latin, local = interpreter.names
    title = [Line(latin or local, 16, bold=True, colour=ACCENT)]
    if latin and local:
        title.append(Line(local, 13))
    count = f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''}" if meetings else "No meetings"
    title.append(Line(f"Interpreter · {', '.join(interpreter.languages)} · {count}", 9.5, colour=MUTED))
    sheet.begin(title, f"Run sheet: {latin or local}")
    if not meetings:
        sheet.text(
            [Line(f"{latin or local} has no meetings to interpret in this timetable.", 10.5, colour=MUTED)]
        )
        return
    by_day: dict[date, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_day[event.slot_by_id[meeting.slot_id].start.date()].append(meeting)
    pause = timedelta(minutes=event.settings.pause_minutes)
    for day, todays in by_day.items():
        if len(by_day) > 1 or len(event.settings.days) > 1:
            sheet.band([Line(day_title(day), 10, bold=True, colour=ACCENT)], ZEBRA)
        first = event.slot_by_id[todays[0].slot_id].start
        last = event.slot_by_id[todays[-1].slot_id].end
        entries: list[tuple[datetime, datetime, Meeting | str]] = [
            (event.slot_by_id[m.slot_id].start, event.slot_by_id[m.slot_id].end, m) for m in todays
        ]
        entries += [
            (p.start, p.end, p.label) for p in pauses_of(event, day) if first < p.end and p.start < last
        ]
        # The interpreter's own time away is not free time to give away at the desk.
        for away in interpreter.away:
            start, end = datetime.combine(day, away.start), datetime.combine(day, away.end)
            if first < end and start < last:
                entries.append((start, end, "Not available"))
        entries.sort(key=lambda entry: (entry[0], isinstance(entry[2], Meeting)))
        free_from: datetime | None = None
        for start, end, what in entries:
            if free_from is not None and start - free_from > pause:
                minutes = int((start - free_from).total_seconds() // 60)
                sheet.band([Line(f"{span(free_from, start)}  Free ({minutes} min)", 9, colour=MUTED)], FREE)
            free_from = end if free_from is None else max(free_from, end)
            if isinstance(what, str):
                sheet.band([Line(f"{span(start, end)}  {what}", 9.5, bold=True)], PAUSE)
                continue
            a, b = what.organisation_ids
            sheet.row(
                [
                    _time(start, end),
                    [Line(event.table_by_id[what.table_id].name, 9.5, bold=True)],
                    _side(event, what, a),
                    _side(event, what, b),
                    [Line(bridged_languages(event, what, interpreter), 9)],
                ]
            )


def _desk_sheet(sheet: RowSheet, event: Event, needed: Sequence[tuple[Meeting, str]]) -> None:
    title = [
        Line("For the desk: meetings without an interpreter", 16, bold=True, colour=ACCENT),
        Line(
            f"{len(needed)} meeting{'s' if len(needed) != 1 else ''} whose sides share no language and "
            "have no interpreter named, by time: book an interpreter or check that the delegation brings "
            "its own.",
            9.5,
            colour=MUTED,
        ),
    ]
    sheet.begin(title, "For the desk: meetings without an interpreter")
    if not needed:
        sheet.text([Line("Every meeting that needs interpreting has an interpreter.", 10.5, colour=MUTED)])
        return
    for meeting, words in needed:
        slot = event.slot_by_id[meeting.slot_id]
        a, b = meeting.organisation_ids
        sheet.row(
            [
                _time(slot.start, slot.end),
                [Line(event.table_by_id[meeting.table_id].name, 9.5, bold=True)],
                _side(event, meeting, a),
                _side(event, meeting, b),
                [
                    Line(
                        words.removeprefix("Interpreting needed (").removesuffix(")"),
                        9,
                        bold=True,
                        colour=NEEDED,
                    )
                ],
            ]
        )


def write_runsheets(
    event: Event, path: Path, options: PrintOptions, progress: Progress | None = None
) -> Path:
    """A run sheet per interpreter, then the desk's list of meetings that need interpreting and have no
    interpreter. With ``options.only``, the meetings of those organisations only."""
    chosen = [m for m in event.meetings if any(options.includes(o) for o in m.organisation_ids)]
    chosen.sort(key=lambda m: (event.slot_by_id[m.slot_id].start, m.table_id))
    of: dict[InterpreterId, list[Meeting]] = defaultdict(list)
    needed: list[tuple[Meeting, str]] = []
    for meeting in chosen:
        if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
            of[meeting.interpreter_id].append(meeting)
            continue
        words, missing = interpreting(event, meeting)
        if missing:
            needed.append((meeting, words))
    interpreters = [i for i in event.interpreters if not options.only or of.get(i.id)]
    total = len(interpreters) + 1
    with replaced_atomically(path) as temporary:
        canvas = new_canvas(event, temporary, f"Interpreter run sheets: {event.settings.name}")
        sheet = RowSheet(canvas, _COLUMNS)
        for done, interpreter in enumerate(interpreters):
            if progress is not None:
                progress(done, total)
            _interpreter_sheet(sheet, event, interpreter, of.get(interpreter.id, ()))
        if progress is not None:
            progress(len(interpreters), total)
        _desk_sheet(sheet, event, needed)
        sheet.finish()
        canvas.save()
    if progress is not None:
        progress(total, total)
    return path
