"""Table signs: a folding tent card for every table, then each table's run sheet for the floor staff.

The card is an A4 sheet folded across the middle into a standing sign. Its lower half carries the face
upright and its upper half the same face turned half round, so that, folded, the sign reads the same from
both sides of the table.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import (
    ACCENT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PAUSE,
    RULE,
    ZEBRA,
    draw_fitted,
    draw_logo,
)
from app.documents.timetable_text import (
    USABLE,
    Line,
    RowSheet,
    SheetCanvas,
    Timetable,
    day_title,
    fit_cached,
    host_of_table,
    interpreting,
    new_canvas,
    own_tables,
    pauses_of,
    people_at,
    slots_by_day,
    span,
)
from app.domain import Event, Meeting, OrgId, Table
from app.files import replaced_atomically

FACE_HEIGHT = PAGE_HEIGHT / 2
FACE_MARGIN = 14 * mm


def _draw_face(canvas: SheetCanvas, event: Event, table: Table, host: OrgId | None, logo: bytes) -> None:
    """One face of the card, upright in the lower half of the page; its top is the fold."""
    width = PAGE_WIDTH - 2 * FACE_MARGIN
    # The event's name and the logo, small, just below the fold.
    strip_top = FACE_HEIGHT - 12 * mm
    strip_height = 11 * mm
    text_left = FACE_MARGIN
    if logo:
        draw_logo(canvas, logo, FACE_MARGIN, strip_top - strip_height, 32 * mm, strip_height)
        text_left += 36 * mm
    event_name = fit_cached(
        event.settings.name, PAGE_WIDTH - FACE_MARGIN - text_left, strip_height, largest=13
    )
    canvas.setFillColor(MUTED)
    draw_fitted(
        canvas,
        event_name,
        text_left,
        strip_top - (strip_height - event_name.height) / 2,
        PAGE_WIDTH - FACE_MARGIN - text_left,
        align="left" if logo else "centre",
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.line(
        FACE_MARGIN,
        strip_top - strip_height - 3 * mm,
        PAGE_WIDTH - FACE_MARGIN,
        strip_top - strip_height - 3 * mm,
    )

    area_top = strip_top - strip_height - 8 * mm
    area_bottom = 14 * mm
    name_height = (area_top - area_bottom) * (0.58 if host is not None else 0.9)
    name = fit_cached(table.name, width, name_height, largest=190, smallest=20, max_lines=2, bold=True)
    blocks = [(name, True, ACCENT)]
    if host is not None:
        org = event.organisation_by_id[host]
        rest = area_top - area_bottom - name.height - 8 * mm
        latin, local = org.names
        if latin:
            fitted = fit_cached(
                latin, width, rest * (0.55 if local else 1), largest=44, smallest=12, max_lines=2, bold=True
            )
            blocks.append((fitted, True, colors.black))
        if local:
            fitted = fit_cached(
                local, width, rest * (0.45 if latin else 1), largest=38, smallest=12, max_lines=2
            )
            blocks.append((fitted, False, colors.black))
    gap = 5 * mm
    total = sum(b[0].height for b in blocks) + gap * (len(blocks) - 1) + (4 * mm if len(blocks) > 1 else 0)
    top = area_bottom + (area_top - area_bottom + total) / 2
    for index, (fitted, bold, colour) in enumerate(blocks):
        canvas.setFillColor(colour)
        draw_fitted(canvas, fitted, FACE_MARGIN, top, width, bold=bold, align="centre")
        top -= fitted.height + gap + (4 * mm if index == 0 else 0)


def draw_tent_card(canvas: SheetCanvas, event: Event, table: Table, host: OrgId | None, logo: bytes) -> None:
    """The whole card: the face below the fold, the same face turned half round above it, the fold."""
    canvas.bare = True
    _draw_face(canvas, event, table, host, logo)
    canvas.saveState()
    canvas.translate(PAGE_WIDTH, PAGE_HEIGHT)
    canvas.rotate(180)
    _draw_face(canvas, event, table, host, logo)
    canvas.restoreState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.line(6 * mm, FACE_HEIGHT, PAGE_WIDTH - 6 * mm, FACE_HEIGHT)
    canvas.setDash()
    canvas.showPage()


# -- the table's run sheet --------------------------------------------------------------------------------

_COLUMNS = (
    ("Time", 26 * mm),
    ("Organisation", 51 * mm),
    ("Meets", 51 * mm),
    ("Interpreting", USABLE - 128 * mm),
)


def _side(event: Event, meeting: Meeting, org_id: OrgId) -> list[Line]:
    latin, local = event.organisation_by_id[org_id].names
    return [
        Line(latin, 9.5, bold=True),
        Line(local, 9.5),
        Line(people_at(event, meeting, org_id), 8, colour=MUTED),
    ]


def _table_run_sheet(
    sheet: RowSheet, event: Event, table: Table, meetings: tuple[Meeting, ...], host: OrgId | None
) -> None:
    title = [Line(f"{table.name} — run sheet", 16, bold=True, colour=ACCENT)]
    if host is not None:
        latin, local = event.organisation_by_id[host].names
        title.append(Line(f"Host all day: {' · '.join(n for n in (latin, local) if n)}", 10.5))
    busy = len(meetings)
    title.append(Line(f"{busy} meeting{'s' if busy != 1 else ''} at this table", 9, colour=MUTED))
    sheet.begin(title, f"{table.name} — run sheet")
    at = {m.slot_id: m for m in meetings}
    days = slots_by_day(event)
    for day, slots in days.items():
        if len(days) > 1:
            sheet.band([Line(day_title(day), 10, bold=True, colour=ACCENT)], ZEBRA)
        pauses = pauses_of(event, day)
        for slot in slots:
            while pauses and pauses[0].start < slot.start:
                sheet.band([Line(pauses.pop(0).text, 9.5, bold=True)], PAUSE)
            meeting = at.get(slot.id)
            time = [Line(span(slot.start, slot.end), 9, bold=True)]
            if meeting is None:
                sheet.row([time, [Line("Free", 9, colour=MUTED)], [], []])
                continue
            first, second = meeting.organisation_ids
            if second == host:
                first, second = second, first
            words, needed = interpreting(event, meeting)
            sheet.row(
                [
                    time,
                    _side(event, meeting, first),
                    _side(event, meeting, second),
                    [
                        Line(
                            words,
                            8.5,
                            bold=needed,
                            colour=colors.HexColor("#9C2A00") if needed else colors.black,
                        )
                    ],
                ]
            )
        for pause in pauses:
            sheet.band([Line(pause.text, 9.5, bold=True)], PAUSE)


def tables_to_print(event: Event, options: PrintOptions, timetable: Timetable) -> list[Table]:
    """Every table, or with ``options.only`` the tables where those organisations meet or sit."""
    if not options.only:
        return list(event.tables)
    hosts = {table for org, table in own_tables(event).items() if org in options.only}
    return [
        t
        for t in event.tables
        if t.id in hosts
        or any(options.includes(o) for m in timetable.by_table.get(t.id, ()) for o in m.organisation_ids)
    ]


def write_signs(event: Event, path: Path, options: PrintOptions, progress: Progress | None = None) -> Path:
    """A tent card for every table (or those ``options`` names), then each table's run sheet."""
    timetable = Timetable.of(event)
    tables = tables_to_print(event, options, timetable)
    logo = options.logo_of(event)
    hosts = {t.id: host_of_table(event, t.id) for t in tables}
    total = 2 * len(tables)
    with replaced_atomically(path) as temporary:
        canvas = new_canvas(event, temporary, f"Table signs: {event.settings.name}")
        for done, table in enumerate(tables):
            if progress is not None:
                progress(done, total)
            draw_tent_card(canvas, event, table, hosts[table.id], logo)
        sheet = RowSheet(canvas, _COLUMNS)
        for done, table in enumerate(tables, start=len(tables)):
            if progress is not None:
                progress(done, total)
            _table_run_sheet(sheet, event, table, timetable.by_table.get(table.id, ()), hosts[table.id])
        if not tables:
            sheet.note([Line("No table has a meeting of the organisations chosen.", 12, colour=MUTED)])
        sheet.finish()
        canvas.save()
    if progress is not None:
        progress(total, total)
    return path
