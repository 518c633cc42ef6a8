"""The ``meetgrid`` command line: a thin face over ``app.services``.

Bad input ends with exit status 2 and one ``error:`` line naming the file (and sheet, row, column);
never a traceback.

Over 400 lines because it is the whole command line: every command's options, their checks and what it prints,
in one parser.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time as clock
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import NoReturn, TextIO

from app import __version__
from app.domain import (
    DEFAULT_TIERS,
    Break,
    Event,
    EventSettings,
    Interpreting,
    Organisation,
    Participant,
    SolveStatus,
    Tier,
    build_slots,
)
from app.errors import Finding, InputError, Location, MeetGridError, Severity, write_crash_log
from app.services import (
    event_day,
    event_setup,
    exporting,
    importing,
    outcomes,
    planning,
    printing,
    replanning,
    reports,
    reprinting,
)
from app.services.event_files import (
    EVENT_SUFFIX,
    EventFile,
    fetch_event,
    is_event_url,
    open_event,
    share_event,
)
from app.services.importing import ImportOptions, ImportResult, parse_mapping_item, write_template
from app.services.planning import SolveOptions, SolveProgress, SolveResult

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


# -- option values --------------------------------------------------------------------------------------


def _clock_time(text: str) -> time:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 13:30") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-06-09") from None


def _break(text: str) -> tuple[date | None, Break]:
    """``[YYYY-MM-DD ]HH:MM-HH:MM[=LABEL]``: a break every day, or on one day, with an optional label."""
    span, sep, label = text.partition("=")
    when, _, span = span.strip().rpartition(" ")
    start, dash, end = span.partition("-")
    if not dash:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a break like 12:00-13:00, '12:00-13:00=Lunch' or "
            "'2026-06-10 09:00-10:30=Plenary'"
        )
    first, last = _clock_time(start), _clock_time(end)
    if first >= last:
        raise argparse.ArgumentTypeError(f"break '{text}' must end after it starts")
    return (_day(when) if when.strip() else None), Break(first, last, label.strip() if sep else "Break")


def _tiers(text: str) -> tuple[Tier, ...]:
    try:
        return Tier.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _interpreting(text: str) -> Interpreting:
    try:
        return Interpreting.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _table(text: str) -> tuple[str, int]:
    name, sep, seats = text.rpartition("=")
    if not sep or not name.strip() or not seats.strip().isdigit() or int(seats) < 2:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a table like 'Table A=8' (a name and 2 or more seats)"
        )
    return name.strip(), int(seats)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be at least 1")
    return value


def _not_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' cannot be negative")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 < value <= 24 * 3600:
        raise argparse.ArgumentTypeError(f"'{text}' must be between 0 and 86400 seconds")
    return value


def _mapping(text: str) -> tuple[str, str]:
    try:
        return parse_mapping_item(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _Parser(argparse.ArgumentParser):
    """Reports a bad option in one ``error:`` line with exit status 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"error: {self.prog}: {message} (see '{self.prog} --help')\n")


# -- the parser -----------------------------------------------------------------------------------------


def _settings_options() -> _Parser:
    options = _Parser(add_help=False)
    group = options.add_argument_group("event settings")
    group.add_argument("--name", help="event name (default: from the workbook's file name)")
    group.add_argument("--venue", default="", help="venue, printed on the agendas")
    group.add_argument(
        "--date",
        dest="dates",
        type=_day,
        action="append",
        metavar="YYYY-MM-DD",
        help="a day of meetings; repeat for an event of several days with the same hours (default: today)",
    )
    group.add_argument(
        "--start",
        type=_clock_time,
        default=event_setup.DEFAULT_START,
        help="first meeting starts, HH:MM (default: 09:00)",
    )
    group.add_argument(
        "--end",
        type=_clock_time,
        default=event_setup.DEFAULT_END,
        help="last meeting ends by, HH:MM (default: 17:00)",
    )
    group.add_argument(
        "--meeting-minutes", type=_positive, default=20, metavar="M", help="length of a meeting (default: 20)"
    )
    group.add_argument(
        "--pause-minutes",
        type=_not_negative,
        default=5,
        metavar="P",
        help="pause between meetings (default: 5)",
    )
    group.add_argument(
        "--break",
        dest="breaks",
        type=_break,
        action="append",
        metavar="[DATE ]HH:MM-HH:MM[=LABEL]",
        help="a break without meetings (lunch, a plenary session), every day or on the DATE given, with "
        "an optional label for the agendas, e.g. '2026-06-10 09:00-10:30=Plenary'; repeat for several "
        "(default: lunch 12:00-13:00 when the day spans it)",
    )
    group.add_argument("--no-breaks", action="store_true", help="no breaks at all")
    group.add_argument(
        "--tables", type=_positive, default=10, metavar="N", help="number of tables (default: 10)"
    )
    group.add_argument("--seats", type=_positive, default=6, help="seats per table (default: 6)")
    group.add_argument(
        "--table",
        dest="custom_tables",
        type=_table,
        action="append",
        metavar="NAME=SEATS",
        help="a table by name and seats, e.g. 'Table A=10'; repeat for each (replaces --tables, --seats)",
    )
    group.add_argument(
        "--max-meetings",
        type=_not_negative,
        metavar="K",
        help="most meetings per organisation (default: no limit)",
    )
    group.add_argument(
        "--min-meetings",
        type=_not_negative,
        metavar="K",
        help="fewest meetings per organisation, or as many as it asked for (default: none)",
    )
    group.add_argument(
        "--max-in-a-row",
        type=_positive,
        metavar="N",
        help="after N meetings in a row, a pause of at least one slot (default: no limit)",
    )
    group.add_argument(
        "--host-tables",
        metavar="GROUP",
        default="",
        help="every organisation of GROUP keeps a table of its own all day and the others come to it "
        "(default: tables are shared and people change tables as little as possible)",
    )
    group.add_argument(
        "--across-groups",
        action="store_true",
        help="plan only meetings between organisations of different groups (e.g. delegation and hosts)",
    )
    group.add_argument(
        "--time-zone",
        default="",
        metavar="ZONE",
        help="the venue's time zone for calendar files, e.g. Europe/Oslo (default: this computer's own)",
    )
    group.add_argument(
        "--badge-colour",
        dest="badge_colours",
        action="append",
        metavar="GROUP=#RRGGBB",
        help="the colour of the badges of a group, e.g. 'Delegation=#C0392B' ('Interpreter' for the "
        "interpreters); repeat for each group (default: MeetGrid's colours)",
    )
    return options


def _solver_options() -> _Parser:
    options = _Parser(add_help=False)
    group = options.add_argument_group("solver")
    group.add_argument(
        "--time-limit",
        type=_seconds,
        default=30.0,
        metavar="S",
        help="seconds the solver may search; the best timetable so far is kept (default: 30)",
    )
    group.add_argument(
        "--tiers",
        type=_tiers,
        default=None,
        metavar="LIST",
        help="the timetable's goals, most important first, comma-separated: fairness (every organisation "
        "that asked gets meetings, the worst-off first), requests (mutual first, then by priority), gaps "
        "(few idle gaps between meetings), interpreting (interpreters on as many meetings without a "
        "shared language as can have one); leave one out to ignore it (default: "
        "fairness,requests,interpreting,gaps; 'solve' keeps the event's own)",
    )
    group.add_argument(
        "--interpreting",
        type=_interpreting,
        default=None,
        metavar="RULE",
        help="a meeting whose sides share no language: 'preferred' plans it anyway, with one of the "
        "registered interpreters where one is free, and marks the rest as needing interpreting; "
        "'required' plans it only with an interpreter (default: preferred; 'solve' keeps the event's "
        "own). Without interpreters registered, such meetings are always planned and marked",
    )
    group.add_argument(
        "--agreed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="every request is a meeting both sides agreed to (on a matchmaking platform): each must take "
        "place, with the fewest idle gaps for anyone, or MeetGrid names the few that cannot be held "
        "together; without it, only requests marked agreed in the workbook must (default: off; 'solve' "
        "keeps the event's own)",
    )
    group.add_argument(
        "--free-running",
        action="store_true",
        help="let the solver's workers run freely: often a better timetable within the time limit, but "
        "two runs on the same input may give different ones (default: the same input gives the same "
        "timetable)",
    )
    group.add_argument(
        "--workers",
        type=_not_negative,
        default=0,
        help="parallel search workers (default: 0 = one per core, at most 8)",
    )
    return options


def _import_options() -> _Parser:
    options = _Parser(add_help=False)
    group = options.add_argument_group("reading the registrations")
    group.add_argument(
        "--map",
        dest="mapping",
        type=_mapping,
        action="append",
        metavar="HEADER=FIELD",
        help="read the column headed HEADER as FIELD, e.g. 'Firm name=organisation', 'Second delegate=name "
        "2' or 'Notes=ignore'; repeat for several. The import lists which header became which field",
    )
    group.add_argument(
        "--strict",
        action="store_true",
        help="stop on warnings too (names that match no organisation or only uncertainly, skipped rows), "
        "with exit status 2",
    )
    return options


def build_parser() -> _Parser:
    parser = _Parser(
        prog="meetgrid",
        description="Plan B2B matchmaking days: import registrations, compute the timetable, print agendas, "
        "badges, table signs, run sheets and the master grid. "
        "Without a command, opens the MeetGrid window.",
    )
    parser.add_argument("--version", action="version", version=f"MeetGrid {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="solve a tiny built-in event and write its outputs, to check an installation",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    settings, solver, reading = _settings_options(), _solver_options(), _import_options()

    run = commands.add_parser(
        "run",
        parents=[settings, solver, reading],
        help="import, solve and export in one go",
        description="Import a registration workbook, compute the timetable and write "
        "event.meetgrid, schedule.json, schedule.xlsx, one agenda PDF per organisation, badges.pdf, "
        "signs.pdf, runsheets.pdf, grid.pdf and calendar/*.ics.",
    )
    run.add_argument(
        "workbook", type=Path, metavar="REGISTRATIONS", help="registration workbook (.xlsx) or CSV"
    )
    run.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the results")
    run.add_argument("--quiet", "-q", action="store_true", help="report only warnings and errors")

    imp = commands.add_parser(
        "import",
        parents=[settings, reading],
        help="create an event file from a workbook",
        description="Read a registration workbook or CSV into a new event file.",
    )
    imp.add_argument("workbook", type=Path, metavar="REGISTRATIONS")
    imp.add_argument("event", type=Path, metavar=f"EVENT{EVENT_SUFFIX}")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="start an existing event file afresh (a backup copy is kept; its meetings are discarded)",
    )
    imp.add_argument(
        "--update",
        action="store_true",
        help="bring an existing event up to date with an updated workbook: shows what changes, keeps the "
        "event's settings, your own edits and the meetings of everyone who stays (a .bak copy is kept)",
    )
    imp.add_argument("--dry-run", action="store_true", help="with --update: only show what would change")
    imp.add_argument("--quiet", "-q", action="store_true", help="report only warnings and errors")

    sol = commands.add_parser(
        "solve",
        parents=[solver],
        help="compute the timetable of an event file",
        description="Compute the timetable of an event file, keeping locked meetings.",
    )
    sol.add_argument("event", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")

    exp = commands.add_parser(
        "export",
        help="write schedule.json, schedule.xlsx, agendas and every document of the day",
        description="Write schedule.json, schedule.xlsx, agendas/<organisation>.pdf, badges.pdf, signs.pdf, "
        "runsheets.pdf, grid.pdf and calendar/*.ics.",
    )
    exp.add_argument("event", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")
    exp.add_argument("--out", type=Path, required=True, metavar="DIR")

    tpl = commands.add_parser(
        "template",
        help="write a blank registration workbook",
        description="Write a blank registration workbook with instructions.",
    )
    tpl.add_argument("path", type=Path, metavar="FILE.xlsx")
    tpl.add_argument("--force", action="store_true", help="overwrite an existing file")

    _add_printing_options(run)
    _add_printing_options(exp)
    _add_print_command(commands)
    _add_outcome_commands(commands)
    _add_board_command(commands)
    _add_desk_commands(commands)
    _add_server_commands(commands)
    _add_replan_command(commands)
    return parser


# -- printing -------------------------------------------------------------------------------------------


def _offset(text: str) -> tuple[float, float]:
    """``RIGHT,UP`` in mm, e.g. '1.5,-2'."""
    right, comma, up = text.partition(",")
    try:
        if not comma:
            raise ValueError(text)
        return float(right), float(up)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an offset like '1.5,-2' (mm to the right, then mm up)"
        ) from None


_NEGATIVE_OFFSET = re.compile(r"-\d*\.?\d+,\s*-?\d*\.?\d+")


def _offsets_joined(argv: Sequence[str]) -> list[str]:
    """``--offset -1.5,2`` as ``--offset=-1.5,2``: argparse takes a value starting with a minus for an
    option, and a printer off to the left or down is as common as one off to the right or up."""
    joined: list[str] = []
    for arg in argv:
        if joined and joined[-1] == "--offset" and _NEGATIVE_OFFSET.fullmatch(arg):
            joined[-1] = f"--offset={arg}"
        else:
            joined.append(arg)
    return joined


def _add_printing_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("printed documents")
    group.add_argument(
        "--layout",
        default="",
        metavar="NAME",
        help="the badge layout (see 'meetgrid print --list-layouts'; default: the first)",
    )
    group.add_argument(
        "--logo",
        type=Path,
        metavar="FILE",
        help="a logo (PNG or SVG) for the badges and signs, instead of the event's own",
    )


def _add_print_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    kinds = ", ".join(kind.name for kind in printing.document_kinds())
    prt = commands.add_parser(
        "print",
        help="write one document to print: agendas, badges, signs, runsheets, grid or alignment",
        description=f"Write one document of the event as a PDF: {kinds}. See docs/printing.md.",
    )
    prt.add_argument("kind", nargs="?", metavar="KIND", help=f"the document: {kinds}")
    prt.add_argument("event", nargs="?", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")
    prt.add_argument("--out", type=Path, metavar="FILE.pdf", help="the PDF to write")
    _add_printing_options(prt)
    prt.add_argument(
        "--only",
        nargs="+",
        action="extend",
        metavar="ORGANISATION",
        help="print for these organisations only (agendas, badges, signs), by name; case and accents "
        "do not matter",
    )
    prt.add_argument(
        "--changed",
        action="store_true",
        help="agendas: only those whose content changed since they were last printed or exported",
    )
    prt.add_argument(
        "--offset",
        type=_offset,
        metavar="RIGHT,UP",
        help="move the badges by this many mm to the right and up, to meet the labels of a printer that "
        "is off (badges, alignment; default: the offset stored with the event for the layout)",
    )
    prt.add_argument(
        "--save-offset", action="store_true", help="store --offset with the event for the layout"
    )
    prt.add_argument(
        "--list-layouts",
        action="store_true",
        help="list the badge layouts and where your own layouts are read from",
    )


def _list_layouts(out: TextIO) -> int:
    layouts = printing.badge_layouts()
    width = max((len(layout.name) for layout in layouts), default=0)
    for layout in layouts:
        print(f"{layout.name:<{width}}  {layout.title}: {layout.description}", file=out)
    print(f"Your own layouts are read from {printing.user_layouts_file()}", file=out)
    return EXIT_OK


def _print_options(args: argparse.Namespace, event: Event | None) -> printing.PrintOptions:
    """What ``run``, ``export`` and ``print`` were asked for, checked (the organisations named against the
    event; ``run`` checks before its event exists, so that a mistyped layout does not wait for the plan)."""
    layout = args.layout.strip()
    if layout:
        layout = printing.find_badge_layout(layout).name
    logo = printing.read_logo(args.logo) if args.logo is not None else None
    only = getattr(args, "only", None) or []
    offset = getattr(args, "offset", None)
    return printing.PrintOptions(
        only=printing.organisation_ids(event, only) if event is not None else frozenset(),
        layout=layout,
        logo=logo,
        offset=printing.check_offset(offset) if offset is not None else None,
    )


def cmd_print(args: argparse.Namespace, out: TextIO) -> int:
    if args.list_layouts:
        if args.kind is not None or args.event is not None:
            raise InputError("--list-layouts takes nothing more; leave out the document and the event")
        return _list_layouts(out)
    if args.kind is None or args.event is None:
        raise InputError(
            "name a document and an event file, e.g. 'meetgrid print badges event.meetgrid --out "
            "badges.pdf'; 'meetgrid print --list-layouts' lists the badge layouts"
        )
    kind = printing.document_kind(args.kind)
    if args.out is None:
        raise InputError(f"say where to write the {kind.title.lower()} with --out FILE.pdf")
    if args.out.suffix.lower() != ".pdf":
        raise InputError("a document is written as a PDF; give --out a name ending in .pdf", _file(args.out))
    _check_print_choices(args, kind)
    if args.changed:
        return _print_changed(args, out)
    with _open(args.event, out) as event_file:
        event = event_file.load()
        options = _print_options(args, event)
        if args.save_offset:
            layout = printing.find_badge_layout(options.layout).name
            assert options.offset is not None
            event = printing.store_offset(event_file, layout, options.offset)
            print(
                f"Stored the offset {options.offset[0]:g} mm right, {options.offset[1]:g} mm up for the "
                f"layout {layout} in {args.event}",
                file=out,
            )
        path = printing.print_document(event, kind.name, args.out, options)
        if kind.name == reprinting.AGENDAS:
            reprinting.record_agendas_printed(event_file, event, options.only or None)
    whose = f" for {len(options.only)} of {len(event.organisations)} organisations" if options.only else ""
    print(f"Wrote the {kind.title.lower()}{whose} to {path}", file=out)
    return EXIT_OK


def _check_print_choices(args: argparse.Namespace, kind: printing.DocumentInfo) -> None:
    """Options that mean nothing for ``kind`` are said to be so, rather than silently passed over."""
    if args.only and not kind.per_organisation:
        raise InputError(f"--only does not apply to the {kind.title.lower()}, which cover the whole event")
    if not kind.needs_layout:
        used = [name for name, value in (("--layout", args.layout), ("--offset", args.offset)) if value]
        if used:
            raise InputError(
                f"{' and '.join(used)} {'apply' if len(used) > 1 else 'applies'} only to badges and the "
                "alignment sheet, not the "
                f"{kind.title.lower()}"
            )
    if args.changed and kind.name != reprinting.AGENDAS:
        raise InputError(f"--changed applies to the agendas only, not the {kind.title.lower()}")
    if args.changed and args.only:
        raise InputError("choose either --changed (the agendas changed since last printed) or --only")
    if args.save_offset and args.offset is None:
        raise InputError("--save-offset stores the --offset given; add --offset RIGHT,UP")


def _print_changed(args: argparse.Namespace, out: TextIO) -> int:
    """``print agendas --changed``: the agendas whose content changed since last printed, recorded as
    printed now."""
    with _open(args.event, out) as event_file:
        changed, event = reprinting.print_changed_agendas(event_file, args.out)
    if not changed:
        print(f"Nothing changed since the last printing: no agenda of {args.event} to reprint", file=out)
        return EXIT_OK
    print(
        f"Wrote the {len(changed)} agendas changed since last printed (of {len(event.organisations)}) "
        f"to {args.out}",
        file=out,
    )
    return EXIT_OK


# -- the board ------------------------------------------------------------------------------------------

BoardOpener = Callable[[Path, Event], int]
"""Shows the board of an event until it is closed; the launcher passes the window's (``app.main``), so that
the command line itself never loads Qt."""


def _add_board_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    board = commands.add_parser(
        "board",
        help="show the board for the hall: the clock, the running round, the next round's tables",
        description="Show the event's board full screen (for a projector or a second screen): the clock, the "
        "running round with its countdown, the next round's meetings by table and the breaks. Esc leaves "
        "full screen, Esc again closes it; C turns the chime at the change of round on and off.",
    )
    board.add_argument("event", type=Path, metavar=f"EVENT{EVENT_SUFFIX}")


def cmd_board(args: argparse.Namespace, out: TextIO, open_board: BoardOpener | None) -> int:
    with _open(args.event, out) as event_file:
        event = event_file.load()
    if open_board is None:
        print("error: the board is a window; start it with the 'meetgrid' command", file=sys.stderr)
        return EXIT_FAILED
    if not event.meetings:
        print("The event has no meetings yet; the board shows its rounds without tables.", file=out)
    return open_board(args.event, event)


# -- commands -------------------------------------------------------------------------------------------


def _settings_from(args: argparse.Namespace) -> EventSettings:
    every_day: list[Break] | None = None
    one_day: dict[date, list[Break]] = {}
    if args.no_breaks:
        every_day = []
    elif args.breaks:
        # Breaks for one day only leave the default lunch in place; breaks for every day replace it.
        every_day = [b for when, b in args.breaks if when is None] or None
        for when, b in args.breaks:
            if when is not None:
                one_day.setdefault(when, []).append(b)
    dates = sorted(set(args.dates or [])) or [date.today()]
    strays = sorted(set(one_day) - set(dates))
    if strays:
        raise InputError(
            f"event settings: a break is given for {strays[0]}, which is not a day of the event; "
            "add it with --date or correct the break's date"
        )
    try:
        time_zone = event_setup.check_time_zone(args.time_zone)
    except InputError as exc:
        raise InputError(f"--time-zone: {exc.message}") from None
    try:
        colours = [event_setup.badge_colour_item(text) for text in args.badge_colours or ()]
    except InputError as exc:
        raise InputError(f"--badge-colour: {exc.message}") from None
    try:
        settings = event_setup.make_settings(
            args.name or importing.event_name_from(args.workbook),
            days=dates,
            day_breaks=one_day,
            start=args.start,
            end=args.end,
            breaks=every_day,
            meeting_minutes=args.meeting_minutes,
            pause_minutes=args.pause_minutes,
            tables=args.tables,
            seats=args.seats,
            max_meetings=args.max_meetings,
            min_meetings=args.min_meetings,
            max_in_a_row=args.max_in_a_row,
            custom_tables=tuple(args.custom_tables or ()),
            across_groups_only=args.across_groups,
            venue=args.venue,
            host_group=args.host_tables.strip(),
            tiers=getattr(args, "tiers", None) or DEFAULT_TIERS,
            interpreting=getattr(args, "interpreting", None) or Interpreting.PREFERRED,
            time_zone=time_zone,
            badge_colours=colours,
            agreed=bool(getattr(args, "agreed", False)),
        )
    except ValueError as exc:
        raise InputError(f"event settings: {exc}") from None
    if not build_slots(settings):
        raise InputError(
            f"event settings: no {settings.meeting_minutes}-minute meeting fits between "
            f"{args.start:%H:%M} and {args.end:%H:%M} outside the breaks; widen the day or shorten meetings"
        )
    return settings


def _report_import(result: ImportResult, source: Path, out: TextIO, quiet: bool) -> None:
    reg = result.registrations
    print(
        f"Imported {len(reg.organisations)} organisations, {len(reg.participants)} participants and "
        f"{len(reg.requests)} meeting requests"
        + (f", {len(reg.interpreters)} interpreters" if reg.interpreters else "")
        + f" from {source.name}"
        + (f" (sheets: {', '.join(result.sheets_used)})" if result.sheets_used else ""),
        file=out,
    )
    if not quiet:
        _report_columns(result, out)
    shown: Sequence[Finding] = [f for f in result.findings if not (quiet and f.severity == Severity.INFO)]
    for finding in shown:
        print(f"  {finding}", file=out)


def _report_columns(result: ImportResult, out: TextIO) -> None:
    """Which header became which field, in the words --map takes, so a wrong guess is easy to correct."""
    if not result.columns:
        return
    print("Columns read (correct with --map 'HEADER=FIELD'):", file=out)
    shown: tuple[str | None, int] | None = None
    for use in result.columns:
        if (use.sheet, use.row) != shown:
            shown = (use.sheet, use.row)
            name = f"sheet '{use.sheet}'" if use.sheet is not None else "the file"
            print(f"  {name}, header in row {use.row}:", file=out)
        print(f"    {use}", file=out)


ADVICE_WORDS = (": take ", ": add ", ": raise ")
"""Words of a conflict that already says what to do (the counting of agreed meetings does)."""


def _check_solved(result: SolveResult, time_limit: float) -> None:
    if result.status == SolveStatus.INFEASIBLE:
        advised = all(any(word in c for word in ADVICE_WORDS) for c in result.conflicts)
        raise InputError(
            "no timetable can keep all of these together: "
            + "; ".join(result.conflicts)
            + (
                ""
                if advised
                else ". Change one of them (unlock or move a meeting, take an agreed meeting out, lower a "
                "minimum) and plan again"
            )
        )
    if not result.has_schedule:
        raise _NoSchedule(
            f"no timetable found within {time_limit:g} seconds (status {result.status}); "
            "give the solver more time with --time-limit"
        )


class _NoSchedule(MeetGridError):
    pass


def _print_summary(event: Event, out: TextIO) -> None:
    """The summary on ``out``; its warnings as ``warning:`` lines on stderr, where they are not missed
    among the figures (the exit status stays 0: a timetable was planned)."""
    summary = reports.summarise(event)
    for line in summary.lines():
        print(line, file=out)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _solve(event_file: EventFile, args: argparse.Namespace, out: TextIO) -> Event:
    if args.tiers and event_file.load().settings.agreed:
        print(
            "warning: --tiers does not apply to agreed meetings: every one is held, with the fewest idle "
            "gaps, then interpreters",
            file=sys.stderr,
        )
    options = SolveOptions(
        time_limit=args.time_limit, workers=args.workers, reproducible=not args.free_running
    )
    progress = _ProgressLine(sys.stderr)
    event, result = planning.solve_event(event_file, options, progress)
    progress.done()
    _check_solved(result, args.time_limit)
    return event


class _ProgressLine:
    """A one-line live progress display on a terminal; silent when output is redirected."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._last = 0.0

    def __call__(self, progress: SolveProgress) -> None:
        if not self._live or clock.monotonic() - self._last < 0.2:
            return
        self._last = clock.monotonic()
        objective = "-" if progress.objective is None else f"{progress.objective:g}"
        bound = "-" if progress.bound is None else f"{progress.bound:g}"
        self._stream.write(f"\rsolving: {progress.elapsed:5.1f} s, best {objective}, bound {bound}   ")
        self._stream.flush()

    def done(self) -> None:
        if self._live and self._last:
            self._stream.write("\r" + " " * 70 + "\r")
            self._stream.flush()


def _import(args: argparse.Namespace) -> ImportResult:
    if not args.mapping and not args.strict:
        return importing.import_workbook(args.workbook)  # the same call as the window's
    return importing.import_workbook(
        args.workbook, ImportOptions(dict(args.mapping or ()), strict=args.strict)
    )


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings_from(args)
    options = _print_options(args, None)
    started = clock.monotonic()
    imported = _import(args)
    _report_import(imported, args.workbook, out, args.quiet)
    args.out.mkdir(parents=True, exist_ok=True)
    event_path = args.out / f"event{EVENT_SUFFIX}"
    with importing.create_event(event_path, settings, imported, replace=True) as event_file:
        event = _solve(event_file, args, out)
        exported = exporting.export_event(event, args.out, options=options)
        reprinting.record_agendas_printed(event_file, event)
    print(f"Wrote {event_path}", file=out)
    _report_export(exported, args.out, out, event)
    _print_summary(event, out)
    print(f"total time:          {clock.monotonic() - started:.2f} s", file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    if args.update or args.dry_run:
        return _update(args, out)
    settings = _settings_from(args)
    imported = _import(args)
    _report_import(imported, args.workbook, out, args.quiet)
    with importing.create_event(args.event, settings, imported, replace=args.replace) as event_file:
        event = event_file.load()
    print(
        f"Created {args.event}: {len(event.slots)} slots of {settings.meeting_minutes} minutes, "
        f"{len(event.tables)} tables",
        file=out,
    )
    return EXIT_OK


def _event_location(text: str) -> Path | str:
    """An event file, or the URL of an event on a PostgreSQL server (kept as written: a path would
    fold its //)."""
    return text if is_event_url(text) else Path(text)


def _open(path: Path | str, out: TextIO) -> EventFile:
    """Open an event file, saying so when this MeetGrid upgraded it from an older one's format."""
    event_file = open_event(path)
    if event_file.upgrade_backup is not None:
        print(
            f"Upgraded {path} to this MeetGrid's file format; the file as it was is kept in "
            f"{event_file.upgrade_backup} for the older MeetGrid",
            file=out,
        )
    return event_file


def _update(args: argparse.Namespace, out: TextIO) -> int:
    if args.replace:
        raise InputError("choose either --update (keep the event's work) or --replace (start afresh)")
    with _open(args.event, out) as event_file:
        saved = importing.saved_mapping(event_file)
        given = dict(args.mapping or ())
        # The mapping saved with the event reads the update the way the first workbook was read; a header
        # it names may be gone from the new file, so only a mapping typed now must find its header.
        options = ImportOptions(
            saved | given,
            strict=args.strict,
            every_header_present=not saved,
            names=importing.saved_names(event_file),
        )
        imported = importing.import_workbook(args.workbook, options)
        _report_import(imported, args.workbook, out, args.quiet)
        result, backup = importing.reimport(event_file, imported, apply=not args.dry_run)
    if not result.changes:
        print(f"{args.event} is already up to date with {args.workbook.name}", file=out)
        return EXIT_OK
    counts = Counter((c.action, c.kind) for c in result.changes)
    summary = ", ".join(f"{n} {kind}{'s' if n > 1 else ''} {action}" for (action, kind), n in counts.items())
    verb = "Would change" if args.dry_run else "Changed"
    print(f"{verb} {args.event}: {summary}", file=out)
    for change in result.changes:
        print(f"  {change}", file=out)
    if backup is None:
        print("Nothing was changed (--dry-run); run again without it to apply", file=out)
    else:
        print(f"A copy from before is in {backup}; plan again to use the changes", file=out)
    return EXIT_OK


def cmd_solve(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args.event, out) as event_file:
        if args.tiers or args.interpreting or args.agreed is not None:
            before = event_file.load()
            settings = before.settings
            changed = dataclasses.replace(
                settings,
                tiers=args.tiers or settings.tiers,
                interpreting=args.interpreting or settings.interpreting,
                agreed=settings.agreed if args.agreed is None else args.agreed,
            )
            event_setup.change_settings(event_file, changed, before=before)
        event = _solve(event_file, args, out)
    print(f"Saved the timetable in {args.event}", file=out)
    _print_summary(event, out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args.event, out) as event_file:
        event = event_file.load()
        exported = exporting.export_event(event, args.out, options=_print_options(args, event))
        reprinting.record_agendas_printed(event_file, event)
    _report_export(exported, args.out, out, event)
    if not event.meetings:
        print("The event has no meetings yet; run 'meetgrid solve' first for a timetable.", file=out)
    return EXIT_OK


def _report_export(exported: exporting.ExportResult, folder: Path, out: TextIO, event: Event) -> None:
    documents = ", ".join(
        path.name for path in (exported.schedule_json, exported.schedule_xlsx, *exported.documents)
    )
    print(
        f"Wrote {documents}, {len(exported.agendas)} agendas in {folder / 'agendas'} and "
        f"{len(exported.calendars)} calendars in {folder / 'calendar'}",
        file=out,
    )
    if not event.settings.time_zone and exported.calendars:
        # Calendar programs show the meetings at the wrong hour wherever this computer's zone is not the
        # venue's: say so rather than let it pass.
        print(
            f"warning: the calendar files give the times in this computer's time zone "
            f"({event_setup.local_time_zone()}); give the venue's with --time-zone (on run or import) or "
            "on the Event setup page",
            file=sys.stderr,
        )


def _add_server_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    url_help = (
        "postgresql+psycopg://user@host/database?event=NAME (the password from PGPASSWORD or ~/.pgpass, "
        "never in the URL)"
    )
    shr = commands.add_parser(
        "share",
        help="copy an event file to a PostgreSQL server, where several desks can work on it",
        description="Copy an event file to a PostgreSQL server as one named event (the file's name unless "
        "?event=NAME says otherwise). An event of that name already there is kept unless --replace.",
    )
    shr.add_argument("event", type=Path, metavar=f"EVENT{EVENT_SUFFIX}")
    shr.add_argument("url", metavar="URL", help=url_help)
    shr.add_argument("--replace", action="store_true", help="overwrite the server's event of that name")
    fch = commands.add_parser(
        "fetch",
        help="copy an event from a PostgreSQL server into an event file, for work offline",
        description="Copy an event from a PostgreSQL server into an event file. ?event=NAME may be left "
        "out when the database holds one event only.",
    )
    fch.add_argument("url", metavar="URL", help=url_help)
    fch.add_argument("event", type=Path, metavar=f"EVENT{EVENT_SUFFIX}")
    fch.add_argument("--replace", action="store_true", help="overwrite an existing event file")


def cmd_share(args: argparse.Namespace, out: TextIO) -> int:
    where = share_event(args.event, args.url, replace=args.replace)
    print(
        f"Shared {args.event} as the event '{where.event}' on {where.database.host or 'the server'}: {where}",
        file=out,
    )
    return EXIT_OK


def cmd_fetch(args: argparse.Namespace, out: TextIO) -> int:
    if args.event.suffix.lower() != EVENT_SUFFIX:
        raise InputError(f"an event file's name ends in {EVENT_SUFFIX}", _file(args.event))
    where, path = fetch_event(args.url, args.event, replace=args.replace)
    print(f"Fetched the event '{where.event}' into {path}", file=out)
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    if args.path.exists() and not args.force:
        raise InputError(
            "already exists; choose another name or add --force to overwrite it", _file(args.path)
        )
    if args.path.suffix.lower() != ".xlsx":
        raise InputError("a template must be saved as .xlsx", _file(args.path))
    write_template(args.path)
    print(f"Wrote the registration template {args.path}", file=out)
    return EXIT_OK


def _now(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time written like 2026-06-09 13:30") from None


def _add_replan_command(commands: argparse._SubParsersAction[_Parser]) -> None:
    rep = commands.add_parser(
        "replan",
        help="re-plan the rest of the day with the fewest changes",
        description="Re-plan the rest of the day at a given time: meetings that have started stay, meetings "
        "with a side absent are cancelled (a free colleague takes the place where one can), and the tables "
        "freed go to wishes not yet met, walk-ins included. No other meeting moves unless --allow-moves says "
        "so. Prints what changed and why, and stores it (unless --dry-run).",
    )
    rep.add_argument("event", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")
    rep.add_argument("--now", type=_now, required=True, metavar='"YYYY-MM-DD HH:MM"', help="the time now")
    rep.add_argument(
        "--allow-moves", type=_not_negative, default=0, metavar="N", help="let at most N later meetings move"
    )
    rep.add_argument("--json", type=Path, metavar="FILE", help="write the changes as meetgrid.changes/1 JSON")
    rep.add_argument(
        "--sheet", type=Path, metavar="FILE.pdf", help="write the desk's change sheet (old → new) as a PDF"
    )
    rep.add_argument("--dry-run", action="store_true", help="only show what would change")


def cmd_replan(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args.event, out) as event_file:
        event = event_file.load()
        result = replanning.compute(event, args.now, args.allow_moves)
        if result.problems:
            raise _NoSchedule(
                "the re-plan breaks a rule, so nothing was stored: " + "; ".join(result.problems)
            )
        changes = result.changes
        quality = "no better fill exists" if result.proven_best else "the best found in the time"
        print(f"Re-planned at {args.now:%Y-%m-%d %H:%M} in {changes.seconds:.2f} s ({quality})", file=out)
        for heading, lines in replanning.change_lines(event, changes):
            if lines:
                print(f"{heading} ({len(lines)}):", file=out)
                for line in lines:
                    print(f"  {line}", file=out)
        print(f"Unchanged: {changes.unchanged} meetings", file=out)
        if args.json is not None:
            replanning.write_json(event, changes, args.json)
            print(f"Wrote {args.json}", file=out)
        if args.sheet is not None:
            reprinting.print_change_sheet(event, changes, args.sheet)
            print(f"Wrote the change sheet {args.sheet}", file=out)
        if args.dry_run:
            print("Nothing was stored (--dry-run); run again without it to apply", file=out)
        elif changes.empty:
            print("Nothing to change", file=out)
        else:
            replanning.apply_replan(event_file, result.meetings, changes)
            print(f"Saved the re-planned day in {args.event}", file=out)
    return EXIT_OK


def _file(path: Path) -> Location:
    return Location(file=str(path))


# -- outcomes and the report -------------------------------------------------------------------------------


def _add_outcome_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    out = commands.add_parser(
        "outcomes",
        help="read a filled feedback workbook (held, follow-up, rating) into the event, or write a blank one",
        description="Read what came of the meetings from a filled feedback workbook into the event file "
        "(an empty cell keeps what was recorded), or write the blank workbook with --blank.",
    )
    out.add_argument("event", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")
    out.add_argument("feedback", type=Path, nargs="?", metavar="FEEDBACK.xlsx", help="the filled workbook")
    out.add_argument("--blank", type=Path, metavar="FILE.xlsx", help="write the blank feedback workbook here")
    out.add_argument("--force", action="store_true", help="with --blank: overwrite an existing file")
    out.add_argument("--dry-run", action="store_true", help="only show what the workbook says; store nothing")
    rep = commands.add_parser(
        "report",
        help="write the post-event report (report.pdf, report.xlsx) for the funder",
        description="Write report.pdf and report.xlsx: attendance, meetings held against planned by group, "
        "country and interest, follow-ups and ratings, with charts.",
    )
    rep.add_argument("event", type=_event_location, metavar=f"EVENT{EVENT_SUFFIX}")
    rep.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the report")


def cmd_outcomes(args: argparse.Namespace, out: TextIO) -> int:
    if (args.feedback is None) == (args.blank is None):
        raise InputError(
            "give either a filled feedback workbook to read, or --blank FILE.xlsx to write a blank one"
        )
    if args.blank is not None:
        if args.blank.exists() and not args.force:
            raise InputError("already exists; choose another name or add --force", _file(args.blank))
        with _open(args.event, out) as event_file:
            event = event_file.load()
        outcomes.write_blank_feedback(event, args.blank)
        print(
            f"Wrote the feedback workbook {args.blank}: {len(event.meetings)} meetings to fill in", file=out
        )
        return EXIT_OK
    with _open(args.event, out) as event_file:
        done = outcomes.import_feedback(event_file, args.feedback, apply=not args.dry_run)
    reading = done.reading
    print(
        f"Read {args.feedback.name}, sheet '{reading.sheet}': rows with answers {len(reading.rows)}, "
        f"left empty {reading.empty}, rows or cells skipped {len(reading.skipped)}",
        file=out,
    )
    for finding in reading.skipped:
        print(f"  {finding}", file=out)
    results = Counter(o.result.value or "unknown" for o in done.changed)
    summary = ", ".join(f"{n} {word}" for word, n in sorted(results.items()))
    follow_ups = sum(o.follow_up for o in done.changed)
    verb = "Would change" if args.dry_run else "Changed"
    if done.changed:
        print(
            f"{verb} {len(done.changed)} outcomes in {args.event} ({summary}; follow-up wanted: "
            f"{follow_ups})",
            file=out,
        )
    else:
        print(f"Nothing to change: {args.event} already records what the workbook says", file=out)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args.event, out) as event_file:
        event = event_file.load()
    files = outcomes.write_report(event, args.out)
    meetings, attendance = files.figures.meetings, files.figures.attendance
    print(f"Wrote {files.pdf} and {files.xlsx}", file=out)
    print(
        f"  {attendance.organisations_arrived} of {attendance.organisations} organisations came; "
        f"{meetings.held} of {meetings.planned} meetings held, {meetings.not_held} not held, "
        f"{meetings.unknown} unknown; follow-up wanted: {meetings.follow_ups}",
        file=out,
    )
    return EXIT_OK


# -- the desk on the day ----------------------------------------------------------------------------------


def _moment(text: str) -> datetime:
    try:
        return datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date and time like '2026-06-09 13:30'") from None


def _add_desk_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    event = f"EVENT{EVENT_SUFFIX}"
    chk = commands.add_parser(
        "checkin",
        help="check a person in at the desk and say where their next meeting is",
        description="Mark a person arrived, found by the check-in code on their badge or by their name, "
        "and print their next meeting. A code or name that fits nobody or several people changes nothing "
        "(exit status 2, the candidates named).",
    )
    chk.add_argument("event", type=_event_location, metavar=event)
    chk.add_argument("person", metavar="CODE|NAME")
    chk.add_argument(
        "--at", type=_moment, metavar='"YYYY-MM-DD HH:MM"', help="the time of arrival (default: now)"
    )
    ab = commands.add_parser(
        "absent",
        help="mark a person or a whole organisation absent for the day or from a time",
        description="Mark a person, or all the people of an organisation, absent: for the whole day, or "
        "from --from on (someone who must leave early).",
    )
    ab.add_argument("event", type=_event_location, metavar=event)
    who = ab.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", metavar="CODE|NAME")
    who.add_argument("--organisation", metavar="NAME")
    ab.add_argument("--from", dest="from_time", type=_clock_time, metavar="HH:MM", help="absent from then on")
    walk = commands.add_parser(
        "walkin",
        help="register an organisation or people who walk in on the day, with their wishes",
        description="Register at the desk an organisation that was not registered (or more people of one "
        "that was), and the organisations it wishes to meet; plan again, or re-plan, to give it meetings.",
    )
    walk.add_argument("event", type=_event_location, metavar=event)
    walk.add_argument("--organisation", required=True, metavar="NAME")
    walk.add_argument("--person", action="append", required=True, metavar="NAME", help="a person (repeat)")
    walk.add_argument("--wish", nargs="+", action="extend", default=[], metavar="ORGANISATION")
    walk.add_argument("--country", default="", metavar="C")
    walk.add_argument("--group", default="", metavar="G")


def _describe_next(event: Event, person_id: int, at: datetime) -> str:
    coming = event_day.next_meeting(event, person_id, at)
    if coming is None:
        return "No more meetings for them today"
    when = f"{coming.start:%H:%M}–{coming.end:%H:%M}"
    partner = " ".join(n for n in coming.partner.names if n)
    people = ", ".join(" ".join(n for n in p.names if n) for p in coming.partner_people)
    text = f"{'Meeting now' if coming.running else 'Next meeting'} {when} at {coming.table} with {partner}"
    text += f" ({people})" if people else ""
    return text + (f", interpreter {coming.interpreter.name}" if coming.interpreter is not None else "")


def cmd_checkin(args: argparse.Namespace, out: TextIO) -> int:
    at = args.at or datetime.now().replace(second=0, microsecond=0)
    with _open(args.event, out) as event_file:
        event = event_file.load()
        person = event_day.find_one(event, args.person)
        arrived = event.attendance_of(person.id).arrived_at
        if arrived is not None and event_day.state_of(event, person.id, at) == event_day.State.ARRIVED:
            print(f"{event_day.describe(event, person)} checked in already at {arrived:%H:%M}", file=out)
        else:
            event = event_day.check_in(event_file, person.id, at, event)
            print(f"Checked in {event_day.describe(event, person)} at {at:%H:%M}", file=out)
    print(_describe_next(event, person.id, at), file=out)
    return EXIT_OK


def cmd_absent(args: argparse.Namespace, out: TextIO) -> int:
    now = datetime.now()
    with _open(args.event, out) as event_file:
        event = event_file.load()
        start = (
            event_day.at_time(event, args.from_time, now)
            if args.from_time is not None
            else event_day.day_start(event, now)
        )
        if args.person is not None:
            person = event_day.find_one(event, args.person)
            ids, who = [person.id], event_day.describe(event, person)
        else:
            org = event_day.find_organisation(event, args.organisation)
            ids = [p.id for p in event.participants_by_organisation.get(org.id, ())]
            who = f"{org.name} ({len(ids)} people)"
        event_day.mark_absent(event_file, ids, start, event)
    since = f"from {start:%H:%M}" if args.from_time is not None else "for the day"
    print(f"Marked {who} absent {since} on {start:%Y-%m-%d}", file=out)
    return EXIT_OK


def cmd_walkin(args: argparse.Namespace, out: TextIO) -> int:
    if not args.organisation.strip():
        raise InputError("a walk-in needs the name of its organisation")
    organisation = Organisation(0, args.organisation, country=args.country, group=args.group)
    people = [Participant(0, 0, name) for name in args.person]
    with _open(args.event, out) as event_file:
        event = event_day.register_walk_in(event_file, organisation, people, args.wish)
    org = event_day.find_organisation(event, args.organisation)
    for person in event.participants_by_organisation.get(org.id, ())[-len(people) :]:
        print(f"Registered {event_day.describe(event, person)}", file=out)
    if args.wish:
        print(f"{org.name} wishes to meet: {', '.join(args.wish)}; re-plan to give it meetings", file=out)
    return EXIT_OK


COMMANDS = {
    "run": cmd_run,
    "import": cmd_import,
    "solve": cmd_solve,
    "export": cmd_export,
    "template": cmd_template,
    "print": cmd_print,
    "outcomes": cmd_outcomes,
    "report": cmd_report,
    "checkin": cmd_checkin,
    "absent": cmd_absent,
    "walkin": cmd_walkin,
    "replan": cmd_replan,
    "share": cmd_share,
    "fetch": cmd_fetch,
}


def main(argv: Sequence[str] | None = None, *, open_board: BoardOpener | None = None) -> int:
    """Run one command; returns the exit status. ``open_board`` shows the board (``meetgrid board``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(_offsets_joined(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a bad option already reported
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    out = sys.stdout
    if args.self_test:
        from app.selftest import self_test

        return self_test(out)
    if args.command is None:
        parser.print_help(out)
        return EXIT_OK
    try:
        if args.command == "board":
            return cmd_board(args, out, open_board)
        return COMMANDS[args.command](args, out)
    except _NoSchedule as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except MeetGridError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted; files saved before the interruption are intact", file=sys.stderr)
        return 130
    except Exception as exc:  # a fault in MeetGrid itself: one line for the organiser, details in the log
        log = write_crash_log(exc)
        print(
            f"error: MeetGrid ran into an internal problem ({type(exc).__name__}: {exc}); files saved before "
            f"it are intact. Details for a bug report: {log}",
            file=sys.stderr,
        )
        return EXIT_FAILED
