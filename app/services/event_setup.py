"""The event's settings: an organiser's defaults, the checks of what an organiser types or chooses (time
zone, badge colours, logo), what new settings would drop, storing them."""

from __future__ import annotations

import dataclasses
import re
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time
from functools import cache
from pathlib import Path

import tzlocal

from app.documents import pdf
from app.documents.badges import group_colours
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
from app.errors import InputError
from app.scheduler.instance import own_tables
from app.services import desks
from app.storage import EventFile, repository

INTERPRETER_GROUP = "Interpreter"
"""The badge group of the interpreters, beside the organisations' own groups."""
Colours = Mapping[str, str] | Iterable[tuple[str, str]]
"""Badge colours per group, as a mapping or as (group, colour) pairs."""
LOGO_SUFFIXES = (".png", ".svg")
MAX_LOGO_BYTES = 5 * 1024 * 1024
"""A logo travels inside the event file: a bigger one is surely a photograph, not a logo."""

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
    time_zone: str = "",
    badge_colours: Colours = (),
    logo: bytes = b"",
    agreed: bool = False,
) -> EventSettings:
    """Event settings with an organiser's defaults: one day 09:00-17:00 with lunch at noon, 20+5 minutes.

    ``days`` (or the single ``day``) share the hours and ``breaks``; ``day_breaks`` adds breaks (a plenary
    session, a site visit) to single days. Without explicit breaks, lunch is kept only when it falls inside
    the day. The time zone, badge colours and logo are checked here (``InputError`` says what is wrong), so
    that the window and the command line refuse the same things in the same words.
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
        time_zone=check_time_zone(time_zone),
        badge_colours=check_badge_colours(badge_colours),
        logo=check_logo(logo) if logo else b"",
        agreed=agreed,
    )


# -- time zone, badge colours, logo -----------------------------------------------------------------------


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA time zone this computer knows ('Europe/Oslo'), in alphabetical order."""
    return tuple(sorted(zoneinfo.available_timezones()))


def local_time_zone() -> str:
    """The computer's own time zone ('Europe/Oslo'): what calendar files use while the event names none."""
    try:
        name = tzlocal.get_localzone_name()
    except Exception:  # a computer whose zone cannot be told: calendar files then speak UTC
        return "UTC"
    return name or "UTC"


def check_time_zone(text: str) -> str:
    """The IANA name of the zone typed ('europe/oslo' gives 'Europe/Oslo'); '' stays '' (the computer's own).
    An unknown zone raises ``InputError`` naming it."""
    name = text.strip()
    if not name:
        return ""
    known = {zone.casefold(): zone for zone in time_zone_names()}
    if name.casefold() in known:
        return known[name.casefold()]
    raise InputError(
        f"'{name}' is not a time zone MeetGrid knows; write the venue's zone as a region and city, "
        "like Europe/Oslo or Asia/Shanghai"
    )


def check_colour(group: str, colour: str) -> str:
    """The colour as '#RRGGBB' in capitals ('#c0392b' gives '#C0392B'), or ``InputError``."""
    text = colour.strip()
    if not re.fullmatch(r"#?[0-9A-Fa-f]{6}", text):
        raise InputError(
            f"the badge colour of {group or 'a group'} must be written like #1F4E79 (six hex digits), "
            f"not '{colour}'"
        )
    return "#" + text.lstrip("#").upper()


def check_badge_colours(colours: Colours) -> tuple[tuple[str, str], ...]:
    """The colours per group, checked, in the order given (so that an event's colours read back compare
    equal); a group named twice keeps the colour given last."""
    pairs = colours.items() if isinstance(colours, Mapping) else colours
    chosen: dict[str, str] = {}
    for group, colour in pairs:
        name = " ".join(group.split())
        if not name:
            raise InputError(f"a badge colour ({colour}) needs the group it is for, like Delegation=#C0392B")
        chosen[name] = check_colour(name, colour)
    return tuple(chosen.items())


def badge_colour_item(text: str) -> tuple[str, str]:
    """One 'GROUP=#RRGGBB' as typed on the command line, checked."""
    group, sep, colour = text.rpartition("=")
    if not sep or not group.strip():
        raise InputError(f"'{text}' is not a badge colour like 'Delegation=#C0392B' (a group and a colour)")
    name = " ".join(group.split())
    return name, check_colour(name, colour)


def badge_groups(event: Event) -> tuple[str, ...]:
    """The groups that get a badge colour: the organisations' groups in alphabetical order, then the
    interpreters; a group that only has a chosen colour (its organisations gone) stays, so it can be reset."""
    groups = {o.group for o in event.organisations if o.group} | {g for g, _ in event.settings.badge_colours}
    groups.discard(INTERPRETER_GROUP)
    return (*sorted(groups, key=str.casefold), INTERPRETER_GROUP)


def default_badge_colours(event: Event) -> dict[str, str]:
    """MeetGrid's own band colour ('#1F4E79') for each group of ``badge_groups``, as the badges print it
    when the organiser chose none."""
    colours = group_colours(event, chosen=False)
    return {group: colours.get(group.strip().casefold(), "") for group in badge_groups(event)}


def check_logo(data: bytes) -> bytes:
    """The logo's bytes when MeetGrid can print them (a PNG or an SVG), else ``InputError`` saying so."""
    if len(data) > MAX_LOGO_BYTES:
        raise InputError(
            f"the logo file is {len(data) / 1024 / 1024:.1f} MB; a logo should be a small PNG or SVG "
            f"(at most {MAX_LOGO_BYTES // 1024 // 1024} MB)"
        )
    try:
        pdf.check_logo(data)
    except pdf.LogoError as exc:
        raise InputError(f"{exc}: MeetGrid prints a PNG or an SVG file as the event's logo") from None
    return data


def read_logo(path: Path) -> bytes:
    """The logo file at ``path``, read and checked (``InputError`` naming the file when it cannot serve)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name} could not be read: {exc.strerror or exc}") from None
    try:
        return check_logo(data)
    except InputError as exc:
        raise InputError(f"{path.name}: {exc.message}") from None


def logo_kind(data: bytes) -> str:
    """'png', 'svg', or '' for no logo, so that the window shows a preview of the right kind."""
    return pdf.logo_kind(data)


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
    event_file: EventFile,
    settings: EventSettings,
    registrations: Registrations | None = None,
    before: Event | None = None,
) -> Event:
    """Store new event settings; meetings on slots or tables that no longer exist go with them, and when any
    do, a backup copy of the file is kept first. ``registrations`` edited alongside the settings (pairs kept
    apart, interpreters) are stored in the same transaction, so both are stored or neither.

    With ``before`` (the event the change was made on), refused when another desk changed the settings (or
    those registrations) meanwhile (``ConflictError``, see ``desks``)."""
    if dropped_meetings(before if before is not None else event_file.load(), settings):
        event_file.backup("settings")
    with event_file.transaction() as session:
        if before is not None:
            parts: list[desks.Part] = ["settings"] if registrations is None else ["settings", "registrations"]
            desks.check_unchanged(event_file, session, before, parts)
        repository.write_settings(session, settings)
        if registrations is not None:
            repository.update_registrations(session, registrations)
    return event_file.load()
