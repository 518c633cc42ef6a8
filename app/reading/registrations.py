"""Registrations from the organiser's spreadsheets: organisations, their people and who wants to meet whom.

Two layouts are understood:

* the MeetGrid template: sheets ``Organisations``, ``Participants`` and ``Requests``;
* a registration form's export: one sheet, one row a person, the organisation repeated on every row and
  the wish list typed into one cell, often below a few title rows.

Either may add a sheet of interpreters: a name and the languages they work between, without an
organisation column.

Each sheet's header row is found among its first rows and its columns are recognised by their usual
wordings, whatever their case, spacing or punctuation. Everything the import fixes or ignores is reported
as a finding with its sheet, row and column; values that cannot be used stop the import with the same
precision.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from app.domain import (
    DaySession,
    Interpreter,
    MeetingRequest,
    Organisation,
    Participant,
    Period,
    Precedence,
    Priority,
    Registrations,
    language_key,
    pair_of,
)
from app.errors import Finding, InputError, Location, Severity, column_letter
from app.reading.columns import (
    AFTER,
    AVAILABLE_FROM,
    AVAILABLE_UNTIL,
    AVOID,
    AWAY,
    COLUMN_LABELS,
    COUNTRY,
    EMAIL,
    FIRST_NAME,
    GROUP,
    HEADER_SCAN_ROWS,
    INTERESTS,
    LANGUAGES,
    LAST_NAME,
    LOCAL_NAME,
    MAX_MEETINGS,
    MIN_MEETINGS,
    NAME,
    ORGANISATION,
    OWN_TABLE,
    PRIORITY,
    REQUESTED,
    REQUESTER,
    SESSION,
    TITLE,
    WISHES,
    ColumnUse,
    FieldSpec,
    Header,
    clean,
    column_for,
    find_header,
    likely_header,
    mapping_from,
    mapping_key,
    normalise_header,
)
from app.reading.names import Directory, How, Match, name_key
from app.reading.workbook import CellValue, Sheet, read_sheets

__all__ = [
    "ROLES",
    "Examination",
    "ImportOptions",
    "ImportResult",
    "NameMatch",
    "RegistrationErrors",
    "SheetReading",
    "column_for",
    "examine_registrations",
    "name_key",
    "normalise_header",
    "parse_clock_time",
    "read_registrations",
]


def _within_file(where: Location) -> str:
    """A location without the file name, for messages that already name the file: "sheet 'X', row 4"."""
    return str(Location(sheet=where.sheet, row=where.row))


_clean = clean


def split_list(text: str) -> tuple[str, ...]:
    """Interests or languages typed in one cell: 'ports; offshore, energy' -> three entries, no repeats."""
    seen: dict[str, str] = {}
    for part in re.split(r"[;,\n\r/|]+", text):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


# -- results --------------------------------------------------------------------------------------------


ORGANISATIONS = "organisations"
PARTICIPANTS = "participants"
REQUESTS = "requests"
INTERPRETERS = "interpreters"
ROLES = (ORGANISATIONS, PARTICIPANTS, REQUESTS, INTERPRETERS)
"""What a sheet can be read as, in the order sheets are read."""
IGNORE_SHEET = "ignore"
"""``ImportOptions.sheets`` value for a sheet the organiser leaves unread."""

_ROLE_NEEDS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    ORGANISATIONS: ((ORGANISATION,),),
    PARTICIPANTS: ((ORGANISATION,), (NAME, FIRST_NAME, LAST_NAME)),
    REQUESTS: ((REQUESTER,), (REQUESTED,)),
    INTERPRETERS: ((NAME,), (LANGUAGES,)),
}
"""The columns a sheet needs to be read as each role: one field of every tuple."""


@dataclass(frozen=True, slots=True)
class SheetReading:
    """One sheet of a workbook: what it is read as, from which header row, and what else it could be."""

    name: str | None
    """The sheet's name; None for a CSV file."""
    role: str
    """One of ``ROLES``, or ``""`` when the sheet is not read."""
    recognised: str
    """What MeetGrid recognised the sheet as by itself (``""``: nothing)."""
    header_row: int | None
    """The header row read (1-based); for a sheet not read, the row most like a header, if any."""
    choices: tuple[str, ...]
    """The roles its header allows, for the organiser to choose from."""
    given: bool = False
    """The organiser chose the role (``ImportOptions.sheets``)."""
    note: str = ""
    """Why the sheet is not read."""
    rows: int = 0
    """Rows below the header (all rows when there is none)."""

    @property
    def key(self) -> str:
        """The sheet's name as ``ImportOptions.sheets`` takes it."""
        return self.name or ""


@dataclass(frozen=True, slots=True)
class NameMatch:
    """An organisation name typed in a list that matched no organisation exactly, only approximately."""

    typed: str
    """The name as typed (the first spelling met)."""
    where: Location
    """Where it was first typed."""
    candidates: tuple[tuple[str, float], ...]
    """Organisations it may mean, best first, with how alike (0-100)."""
    applied: str
    """The organisation it was read as; ``""`` when left out."""
    confirmed: bool = False
    """The organiser's answer (``ImportOptions.names``) decided it, rather than the import's guess."""
    times: int = 1
    """How often the name was typed."""


@dataclass(frozen=True)
class ImportOptions:
    """How to read a workbook beyond what is recognised by itself.

    ``columns``: header (as written, any case and punctuation) -> field, such as ``{"Firm name":
    "organisation"}``; a field ``ignore`` leaves a column unread, ``email 2`` is the second person's e-mail.
    ``strict``: warnings stop the import like errors. ``every_header_present``: a header of ``columns`` that
    no sheet has is an error (a mapping typed for this file); off for a mapping saved from an earlier file.
    ``sheets``: sheet name (``""`` for a CSV file) -> what to read it as (one of ``ROLES``), or ``ignore`` to
    leave it unread; other sheets are read as recognised. ``names``: a name typed in a wish or "do not meet"
    list that was matched only approximately -> the organisation it means (its name as registered), or
    ``""`` to leave it out; the organiser's answer to the import's guess.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    every_header_present: bool = True
    sheets: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    """What an import found: the registrations, every finding with its location, and the sheets read.

    ``columns`` tells, for each header cell of each sheet read, which field it became; ``column_map`` is
    the organiser's own mapping that was applied (header -> field), to be saved with the event and given
    again on the next import.
    """

    registrations: Registrations
    findings: tuple[Finding, ...] = ()
    sheets_used: tuple[str, ...] = ()
    columns: tuple[ColumnUse, ...] = ()
    column_map: tuple[tuple[str, str], ...] = ()
    sheets: tuple[SheetReading, ...] = ()
    """Every sheet of the file, read or not, and what it was read as."""
    matches: tuple[NameMatch, ...] = ()
    """Names typed in wish and "do not meet" lists that were matched only approximately, one per name."""
    name_map: tuple[tuple[str, str], ...] = ()
    """The organiser's answers (``ImportOptions.names``) that were applied: name as typed -> organisation."""

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)

    def mapping(self) -> dict[str, str]:
        """Header as written -> field it was read as, over all sheets (the first sheet's use wins)."""
        used: dict[str, str] = {}
        for use in self.columns:
            if use.field:
                used.setdefault(use.header, use.spec)
        return used


class RegistrationErrors(InputError):
    """Values that must be corrected before the registrations can be used; all of them, with locations."""

    def __init__(self, problems: Sequence[Finding]) -> None:
        first = problems[0]
        message = first.message
        if len(problems) > 1:
            shown = "\n".join(f"  {p}" for p in problems[1:10])
            more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
            message += f"\n{len(problems) - 1} more problems to correct:\n{shown}{more}"
        super().__init__(message, first.location)
        self.problems = tuple(problems)


# -- reading --------------------------------------------------------------------------------------------


@dataclass
class _OrgDraft:
    name: str
    where: Location
    local_name: str = ""
    group: str = ""
    country: str = ""
    interests: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    available_from: time | None = None
    available_until: time | None = None
    max_meetings: int | None = None
    min_meetings: int | None = None
    own_table: str = ""
    away: list[Period] = field(default_factory=list)
    avoid: list[tuple[str, Location]] = field(default_factory=list)
    wishes: list[tuple[str, Location]] = field(default_factory=list)
    spellings: dict[str, int] = field(default_factory=dict)

    def spelt(self, name: str) -> None:
        self.spellings[name] = self.spellings.get(name, 0) + 1

    @property
    def usual_name(self) -> str:
        """The spelling used most often (the first of equals), e.g. 'AS' over a one-off 'A/S'."""
        return max(self.spellings, key=self.spellings.__getitem__) if self.spellings else self.name


@dataclass
class _PersonDraft:
    organisation: str  # name key
    name: str
    title: str
    email: str
    languages: tuple[str, ...]
    where: Location
    away: tuple[Period, ...] = ()


@dataclass
class _InterpreterDraft:
    name: str
    languages: tuple[str, ...]
    available_from: time | None
    available_until: time | None
    away: tuple[Period, ...]
    where: Location


@dataclass
class _RequestDraft:
    requester: str
    requested: str
    priority: Priority
    where: Location
    session: DaySession = DaySession.ANY
    after: str = ""
    requester_where: Location | None = None


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.errors: list[Finding] = []
        self.orgs: dict[str, _OrgDraft] = {}
        self.people: list[_PersonDraft] = []
        self.requests: list[_RequestDraft] = []
        self.interpreters: list[_InterpreterDraft] = []
        self.has_org_sheet = False
        self.spellings: set[tuple[str, str]] = set()

    def note(self, severity: str, message: str, where: Location | None) -> None:
        finding = Finding(severity, message, where)
        (self.errors if severity == Severity.ERROR else self.findings).append(finding)

    def where(self, sheet: Sheet, header: Header, row: int, column: str | None = None) -> Location:
        if column is None or column not in header.columns:
            return sheet.location(self.path, row)
        return self.at(sheet, header, row, header.columns[column])

    def at(self, sheet: Sheet, header: Header, row: int, index: int | None) -> Location:
        if index is None:
            return sheet.location(self.path, row)
        return sheet.location(self.path, row, index + 1, column_name=header.texts.get(index))

    # -- organisations ------------------------------------------------------------------------------

    def organisation(self, name: str, where: Location, *, listed: bool) -> _OrgDraft:
        """The organisation of that name (ignoring case, punctuation, legal suffix), created when new.

        ``listed``: the name comes from a row of the organisations sheet, where a repeat is a mistake.
        """
        key = name_key(name)
        draft = self.orgs.get(key)
        if draft is None:
            draft = self.orgs[key] = _OrgDraft(name, where)
        elif listed:
            again = "is listed twice" if draft.name == name else f"is the same organisation as '{draft.name}'"
            self.note(
                Severity.WARNING, f"'{name}' {again} (first at {_within_file(draft.where)}); merged", where
            )
        if listed:
            draft.spelt(name)
        return draft

    def read_org_fields(self, draft: _OrgDraft, sheet: Sheet, header: Header, number: int) -> None:
        row = sheet.rows[number - 1]
        for column, attribute in (
            (LOCAL_NAME, "local_name"),
            (GROUP, "group"),
            (COUNTRY, "country"),
            (OWN_TABLE, "own_table"),
        ):
            text = header.text(row, column)
            current = getattr(draft, attribute)
            if text and not current:
                setattr(draft, attribute, text)
            elif text and text.casefold() != current.casefold():
                self.note(
                    Severity.WARNING,
                    f"{COLUMN_LABELS[column]} of '{draft.name}' given as '{text}' here and '{current}' "
                    "before; kept the first",
                    self.where(sheet, header, number, column),
                )
        for column, values in ((INTERESTS, draft.interests), (LANGUAGES, draft.languages)):
            for item in split_list(header.text(row, column)):
                if item.casefold() not in {v.casefold() for v in values}:
                    values.append(item)
        for column in (AVAILABLE_FROM, AVAILABLE_UNTIL):
            value = header.value(row, column)
            if _clean(value):
                parsed = self.parse_time(value, self.where(sheet, header, number, column))
                if column == AVAILABLE_FROM and parsed is not None:
                    draft.available_from = parsed
                elif parsed is not None:
                    draft.available_until = parsed
        value = header.value(row, MAX_MEETINGS)
        if _clean(value):
            draft.max_meetings = self.parse_count(value, self.where(sheet, header, number, MAX_MEETINGS))
        value = header.value(row, MIN_MEETINGS)
        if _clean(value):
            draft.min_meetings = self.parse_count(value, self.where(sheet, header, number, MIN_MEETINGS))
        for column, target in ((WISHES, draft.wishes), (AVOID, draft.avoid)):
            indexes: list[int | None] = [*header.lists.get(column, [])] or [header.columns.get(column)]
            for index in indexes:
                raw = header.at(row, index)
                if raw is not None and str(raw).strip():
                    target.append((_text(raw), self.at(sheet, header, number, index)))

    def read_away(
        self, sheet: Sheet, header: Header, number: int, index: int | None = None
    ) -> tuple[Period, ...]:
        """Spans typed in one cell, '10:00-11:00; 14:30-15:00', each checked and reported with its place."""
        index = header.columns.get(AWAY) if index is None else index
        spans, wrong = parse_periods(_clean(header.at(sheet.rows[number - 1], index)))
        for part in wrong:
            self.note(
                Severity.ERROR,
                f"'{part}' is not a span of time; write it like 10:00-11:30, several separated by ';'",
                self.at(sheet, header, number, index),
            )
        return spans

    def parse_time(self, value: CellValue, where: Location) -> time | None:
        parsed = parse_clock_time(value)
        if parsed is None:
            self.note(
                Severity.ERROR,
                f"'{_clean(value)}' is not a time of day; write it like 13:30 or leave it empty",
                where,
            )
        elif (day := _date_part(value)) is not None:
            self.note(
                Severity.INFO,
                f"'{_clean(value)}' read as {parsed:%H:%M}; the date {day} is set aside, as times apply to "
                "every day of the event",
                where,
            )
        return parsed

    def parse_count(self, value: CellValue, where: Location) -> int | None:
        text = _clean(value)
        if re.fullmatch(r"\d{1,4}", text):
            return int(text)
        self.note(
            Severity.ERROR,
            f"'{text}' is not a whole number of meetings; write a number such as 6, or leave it empty for "
            "no limit",
            where,
        )
        return None

    def read_organisations(self, sheet: Sheet, header: Header) -> None:
        self.has_org_sheet = True
        for number in range(header.row + 1, len(sheet.rows) + 1):
            row = sheet.rows[number - 1]
            name = header.text(row, ORGANISATION)
            if not name:
                if any(_clean(v) for v in row):
                    self.note(
                        Severity.WARNING,
                        "row has no organisation name; skipped",
                        self.where(sheet, header, number, ORGANISATION),
                    )
                continue
            draft = self.organisation(name, self.where(sheet, header, number, ORGANISATION), listed=True)
            self.read_org_fields(draft, sheet, header, number)
            draft.away.extend(p for p in self.read_away(sheet, header, number) if p not in draft.away)
            for group in header.people.values():
                self.read_person_in_row(draft, sheet, header, number, group)

    def read_person_in_row(
        self, draft: _OrgDraft, sheet: Sheet, header: Header, number: int, group: Mapping[str, int]
    ) -> None:
        """One of the people listed across an organisation's row ('Contact 2 name', 'Contact 2 e-mail')."""
        row = sheet.rows[number - 1]

        def text(column: str) -> str:
            return _clean(header.at(row, group.get(column)))

        name = text(NAME) or " ".join(part for part in (text(FIRST_NAME), text(LAST_NAME)) if part)
        name_index = group.get(NAME, group.get(FIRST_NAME, group.get(LAST_NAME)))
        if not name:
            if any(text(column) for column in group):
                self.note(
                    Severity.WARNING,
                    f"a person of '{draft.name}' has details but no name; left out. Fill in the name to "
                    "include them",
                    self.at(sheet, header, number, name_index),
                )
            return
        away_index = group.get(AWAY)
        self.people.append(
            _PersonDraft(
                name_key(draft.name),
                name,
                text(TITLE),
                text(EMAIL),
                split_list(text(LANGUAGES)),
                self.at(sheet, header, number, name_index),
                self.read_away(sheet, header, number, away_index) if away_index is not None else (),
            )
        )

    # -- participants -------------------------------------------------------------------------------

    def read_participants(self, sheet: Sheet, header: Header, *, form: bool) -> None:
        for number in range(header.row + 1, len(sheet.rows) + 1):
            row = sheet.rows[number - 1]
            if not any(_clean(v) for v in row):
                continue
            org_name = header.text(row, ORGANISATION)
            name = header.text(row, NAME) or " ".join(
                part for part in (header.text(row, FIRST_NAME), header.text(row, LAST_NAME)) if part
            )
            if not org_name:
                self.note(
                    Severity.WARNING,
                    f"{'participant ' + repr(name) if name else 'row'} has no organisation; skipped. "
                    "Fill in the organisation to include it",
                    self.where(sheet, header, number, ORGANISATION),
                )
                continue
            key = name_key(org_name)
            if key not in self.orgs:
                if self.has_org_sheet and not form:
                    self.note(
                        Severity.WARNING,
                        f"organisation '{org_name}' is not on the organisations sheet; added",
                        self.where(sheet, header, number, ORGANISATION),
                    )
                self.organisation(org_name, self.where(sheet, header, number, ORGANISATION), listed=False)
            draft = self.orgs[key]
            if not self.has_org_sheet:
                draft.spelt(org_name)
            if org_name != draft.name and (key, org_name) not in self.spellings:
                self.spellings.add((key, org_name))
                self.note(
                    Severity.INFO,
                    f"'{org_name}' is the same organisation as '{draft.name}' "
                    f"({_within_file(draft.where)}); merged",
                    self.where(sheet, header, number, ORGANISATION),
                )
            if form or not self.has_org_sheet:
                self.read_org_fields(draft, sheet, header, number)
            name_column = NAME if NAME in header.columns else FIRST_NAME
            if not name:
                self.note(
                    Severity.WARNING,
                    f"row of '{org_name}' has no participant name; the organisation is kept without it",
                    self.where(sheet, header, number, name_column),
                )
                continue
            languages = split_list(header.text(row, LANGUAGES))
            self.people.append(
                _PersonDraft(
                    key,
                    name,
                    header.text(row, TITLE),
                    header.text(row, EMAIL),
                    languages,
                    self.where(sheet, header, number, name_column),
                    self.read_away(sheet, header, number),
                )
            )

    # -- requests -----------------------------------------------------------------------------------

    def read_requests(self, sheet: Sheet, header: Header) -> None:
        for number in range(header.row + 1, len(sheet.rows) + 1):
            row = sheet.rows[number - 1]
            requester, requested = header.text(row, REQUESTER), header.text(row, REQUESTED)
            if not requester and not requested:
                continue
            if not requester or not requested:
                missing = REQUESTER if not requester else REQUESTED
                self.note(
                    Severity.WARNING,
                    f"request without a {COLUMN_LABELS[missing].lower()}; skipped",
                    self.where(sheet, header, number, missing),
                )
                continue
            priority = self.parse_priority(
                header.value(row, PRIORITY), self.where(sheet, header, number, PRIORITY)
            )
            session = self.parse_session(
                header.text(row, SESSION), self.where(sheet, header, number, SESSION)
            )
            self.requests.append(
                _RequestDraft(
                    requester,
                    requested,
                    priority,
                    self.where(sheet, header, number, REQUESTED),
                    session,
                    header.text(row, AFTER),
                    self.where(sheet, header, number, REQUESTER),
                )
            )

    def read_interpreters(self, sheet: Sheet, header: Header) -> None:
        for number in range(header.row + 1, len(sheet.rows) + 1):
            row = sheet.rows[number - 1]
            name = header.text(row, NAME)
            if not name:
                if any(_clean(v) for v in row):
                    self.note(
                        Severity.WARNING,
                        "interpreter without a name; skipped",
                        self.where(sheet, header, number, NAME),
                    )
                continue
            languages = split_list(header.text(row, LANGUAGES))
            if len({language_key(x) for x in languages}) < 2:
                self.note(
                    Severity.ERROR,
                    f"interpreter '{name}' needs the two or more languages they work between, separated by ;",
                    self.where(sheet, header, number, LANGUAGES),
                )
                continue
            times = []
            for column in (AVAILABLE_FROM, AVAILABLE_UNTIL):
                value = header.value(row, column)
                times.append(
                    self.parse_time(value, self.where(sheet, header, number, column))
                    if _clean(value)
                    else None
                )
            self.interpreters.append(
                _InterpreterDraft(
                    name,
                    languages,
                    times[0],
                    times[1],
                    self.read_away(sheet, header, number),
                    self.where(sheet, header, number, NAME),
                )
            )

    def parse_session(self, text: str, where: Location) -> DaySession:
        key = normalise_header(text)
        if key in _SESSIONS:
            return _SESSIONS[key]
        self.note(
            Severity.ERROR,
            f"'{text}' is not a session; write morning or afternoon, or leave it empty for any time",
            where,
        )
        return DaySession.ANY

    def parse_priority(self, value: CellValue, where: Location) -> Priority:
        text = normalise_header(_clean(value))
        if not text:
            return Priority.WOULD_LIKE
        if text in _PRIORITIES:
            return _PRIORITIES[text]
        self.note(
            Severity.ERROR,
            f"'{_clean(value)}' is not a priority; write 1 (must meet), 2 (would like) or 3 (if time "
            "allows), or leave it empty for 2",
            where,
        )
        return Priority.WOULD_LIKE

    # -- merged cells -------------------------------------------------------------------------------

    def report_merged(self, sheet: Sheet, header: Header) -> None:
        """Merged ranges in the header or below it: their value now stands in each cell, which is said."""
        for merged in sheet.merged:
            if merged.last_row < header.row:
                continue  # titles above the header
            index = merged.first_column - 1
            where = self.at(sheet, header, merged.first_row, index)
            if not merged.copied:
                self.note(
                    Severity.WARNING,
                    f"merged cells {merged.ref} span too many cells to unmerge; only the first cell is read",
                    where,
                )
                continue
            value = _clean(sheet.rows[merged.first_row - 1][index])
            self.note(
                Severity.INFO,
                f"merged cells {merged.ref} unmerged: '{value}' is read in each of them",
                where,
            )


_SESSIONS = {
    "": DaySession.ANY,
    "any": DaySession.ANY,
    "either": DaySession.ANY,
    "begge": DaySession.ANY,
    "cualquiera": DaySession.ANY,
    "不限": DaySession.ANY,
    "morning": DaySession.MORNING,
    "am": DaySession.MORNING,
    "a m": DaySession.MORNING,
    "formiddag": DaySession.MORNING,
    "morgen": DaySession.MORNING,
    "mañana": DaySession.MORNING,
    "manana": DaySession.MORNING,
    "上午": DaySession.MORNING,
    "afternoon": DaySession.AFTERNOON,
    "pm": DaySession.AFTERNOON,
    "p m": DaySession.AFTERNOON,
    "ettermiddag": DaySession.AFTERNOON,
    "tarde": DaySession.AFTERNOON,
    "下午": DaySession.AFTERNOON,
}

_PRIORITIES = {
    "1": Priority.MUST_MEET,
    "must": Priority.MUST_MEET,
    "must meet": Priority.MUST_MEET,
    "high": Priority.MUST_MEET,
    "må": Priority.MUST_MEET,
    "må møte": Priority.MUST_MEET,
    "høy": Priority.MUST_MEET,
    "alta": Priority.MUST_MEET,
    "imprescindible": Priority.MUST_MEET,
    "obligatorio": Priority.MUST_MEET,
    "高": Priority.MUST_MEET,
    "必须": Priority.MUST_MEET,
    "2": Priority.WOULD_LIKE,
    "would like": Priority.WOULD_LIKE,
    "medium": Priority.WOULD_LIKE,
    "normal": Priority.WOULD_LIKE,
    "middels": Priority.WOULD_LIKE,
    "ønsker": Priority.WOULD_LIKE,
    "media": Priority.WOULD_LIKE,
    "中": Priority.WOULD_LIKE,
    "3": Priority.IF_TIME_ALLOWS,
    "if time allows": Priority.IF_TIME_ALLOWS,
    "low": Priority.IF_TIME_ALLOWS,
    "optional": Priority.IF_TIME_ALLOWS,
    "lav": Priority.IF_TIME_ALLOWS,
    "hvis tid": Priority.IF_TIME_ALLOWS,
    "baja": Priority.IF_TIME_ALLOWS,
    "si hay tiempo": Priority.IF_TIME_ALLOWS,
    "opcional": Priority.IF_TIME_ALLOWS,
    "低": Priority.IF_TIME_ALLOWS,
}


def _text(value: CellValue) -> str:
    """A cell's text as typed, line breaks kept (wish lists are split on them)."""
    return value if isinstance(value, str) else _clean(value)


# -- dates and times ------------------------------------------------------------------------------------

_EXCEL_EPOCH_DATES = (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1))
_TEXT_DATE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)(?:t|\s+|$)"
)
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2}(?:\.\d+)?)?(am|pm|h)?")


def _date_part(value: CellValue) -> str | None:
    """The date a time-of-day cell also carries, if any ('2026-06-09 13:30')."""
    if isinstance(value, datetime):
        return None if value.date() in _EXCEL_EPOCH_DATES else value.date().isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 1:
        return "given with it"
    if isinstance(value, str):
        found = _TEXT_DATE.match(value.casefold())
        return found.group(1) if found else None
    return None


NOTES_ONE_BY_ONE = 20
"""Up to this many organisations without participants are noted one by one; more get one note together."""


def parse_periods(text: str) -> tuple[tuple[Period, ...], list[str]]:
    """Spans of time typed in one cell or field, '10:00-11:00; 14:30-15:00', and the parts that are not."""
    spans: list[Period] = []
    wrong: list[str] = []
    for part in re.split(r"[;,\n]+", text):
        part = part.strip()
        if not part:
            continue
        ends = re.split(r"\s*(?:-|–|—|~|至|到)\s*|\s+(?:to|til|until|hasta|a)\s+", part, maxsplit=1)
        start, end = (parse_clock_time(e) for e in ends) if len(ends) == 2 else (None, None)
        if start is None or end is None or start >= end:
            wrong.append(part)
        else:
            spans.append(Period(start, end))
    return tuple(spans), wrong


def parse_clock_time(value: CellValue) -> time | None:
    """A time of day from an Excel time or date-time, a fraction of a day, or text in common forms.

    Text: '13:30', '13.30', '13h30', '1:30 pm', '1:30 p. m.', '9h', 'kl. 9', '13:30:00', '下午1点30分',
    '9点半', and any of these after a date ('2026-06-09 13:30', '09.06.2026 13:30').
    """
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 0 <= value < 2_958_466:  # Excel's last day, 9999-12-31
            return None
        fraction = value % 1
        if value >= 1 and fraction == 0:
            return None  # a whole number is a day or a mistake, not a time
        minutes = round(fraction * 24 * 60)
        return time(minutes // 60, minutes % 60) if minutes < 24 * 60 else None
    if not isinstance(value, str):
        return None
    text = _clean(value).casefold()
    text = _TEXT_DATE.sub("", text, count=1)
    explicit = False
    if text.startswith(("kl.", "kl ", "klokka", "klokken", "a las", "a la", "at ")):
        text = re.sub(r"^(?:klokka|klokken|kl\.?|a las|a la|at)\s*", "", text)
        explicit = True
    half_day = ""
    for word, marker in (("上午", "am"), ("早上", "am"), ("中午", "pm"), ("下午", "pm"), ("晚上", "pm")):
        if text.startswith(word):
            text, half_day = text.removeprefix(word), marker
    if "点" in text or "时" in text:
        text = text.replace("点半", ":30").replace("时半", ":30").replace("点", ":").replace("时", ":")
        text = text.replace("分", "").rstrip(":")
        explicit = True
    text = re.sub(r"\b([ap])\.?\s*m\.?", r"\1m", text)
    text = re.sub(r"\s*(?:hrs|horas|hours|uhr|timer|h)\.?$", "h", text)
    text = text.replace(" ", "") + half_day
    match = _CLOCK.fullmatch(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(3) or ""
    if match.group(2) is None and not suffix and not explicit:
        return None  # a bare number is more likely a mistake than an hour
    if suffix in ("am", "pm"):
        if half_day and hour > 12:
            suffix = ""  # "下午13:30" says the same twice
        elif not 1 <= hour <= 12:
            return None
        else:
            hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# -- resolving names and building the registrations -----------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")
_AND = re.compile(r"\s+(?:and|og|y|e)\s+|\s*[&＆、和及与]\s*", re.IGNORECASE)


def split_wishes(text: str, directory: Directory[_OrgDraft]) -> list[str]:
    """A wish list typed in one cell -> the organisation names in it.

    Splits on new lines, ';' and ',' (also '；', '，' and '、'), but keeps legal suffixes with their name
    ('Co., Ltd.'), and splits on 'and' ('og', 'y', '和', '&') only when every part is a known organisation.
    """
    pieces: list[str] = []
    for line in re.split(r"[;；\n\r]+", text):
        for part in re.split(r"[,，]", line):
            part = _BULLET.sub("", part).strip(" .\t")
            if not part:
                continue
            if pieces and name_key("x " + part) == "x" and directory.known(part) is None:
                pieces[-1] += ", " + part  # ", Ltd." belongs to the name before it
            else:
                pieces.append(part)
    names: list[str] = []
    for piece in pieces:
        if directory.find(piece).how is not How.SAME:
            parts = [p.strip() for p in _AND.split(piece) if p.strip()]
            if len(parts) > 1 and all(directory.known(p) for p in parts):
                names.extend(parts)
                continue
        names.append(piece)
    return names


def _classify(header: Header) -> str | None:
    columns = header.columns
    if REQUESTER in columns and REQUESTED in columns:
        return REQUESTS
    if ORGANISATION in columns and header.people:
        return ORGANISATIONS  # one row an organisation, its people across the row
    if ORGANISATION in columns and (NAME in columns or FIRST_NAME in columns or LAST_NAME in columns):
        return PARTICIPANTS
    if ORGANISATION in columns:
        return ORGANISATIONS
    if NAME in columns and LANGUAGES in columns:
        return INTERPRETERS
    return None


def _fits(header: Header, role: str) -> bool:
    """The header has the columns a sheet read as ``role`` needs."""
    return all(any(f in header.columns for f in needed) for needed in _ROLE_NEEDS[role])


def _needs(role: str) -> str:
    """The columns a role needs, in the organiser's words: 'Requester and Requested'."""
    return " and ".join(" or ".join(COLUMN_LABELS[f] for f in needed) for needed in _ROLE_NEEDS[role])


_NOTES_SHEETS = frozenset({"instructions", "read me", "readme", "help", "notes", "how to fill in"})


def _given_mapping(path: Path, options: ImportOptions) -> dict[str, FieldSpec]:
    try:
        return mapping_from(options.columns)
    except ValueError as exc:
        raise InputError(f"column mapping: {exc}", Location(str(path))) from None


def _given_roles(path: Path, options: ImportOptions) -> dict[str, str]:
    for name, role in options.sheets.items():
        if role not in (*ROLES, IGNORE_SHEET):
            raise InputError(
                f"sheet '{name}' cannot be read as '{role}'; choose one of {', '.join(ROLES)} or "
                f"'{IGNORE_SHEET}'",
                Location(str(path)),
            )
    return dict(options.sheets)


@dataclass
class _Seen:
    """What an import has worked out so far, kept when it stops: for showing the file as it was read."""

    readings: list[SheetReading] = field(default_factory=list)
    columns: list[ColumnUse] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def read_registrations(path: Path, options: ImportOptions | None = None) -> ImportResult:
    """Read a registration workbook or CSV file in any layout; raises InputError with locations."""
    options = options or ImportOptions()
    mapping = _given_mapping(path, options)
    return _read(path, tuple(read_sheets(path)), options, mapping, _Seen())


def _read(
    path: Path,
    sheets: Sequence[Sheet],
    options: ImportOptions,
    mapping: dict[str, FieldSpec],
    seen: _Seen,
) -> ImportResult:
    given_roles = _given_roles(path, options)
    if not any(any(v is not None for v in row) for sheet in sheets for row in sheet.rows):
        raise InputError(
            "has no filled cells: the workbook is empty; fill in the registrations (the blank registration "
            "workbook, 'meetgrid template', shows how)",
            Location(str(path)),
        )
    reader = _Reader(path)
    seen.findings = reader.findings
    roles: list[tuple[Sheet, Header, str]] = []
    for sheet in sheets:
        filled = any(any(v is not None for v in row) for row in sheet.rows)
        chosen = given_roles.get(sheet.name or "")
        if chosen == IGNORE_SHEET:
            _unread(seen, sheet, mapping, "not read, as chosen", given=True)
            continue
        if chosen is None and sheet.name is not None and normalise_header(sheet.name) in _NOTES_SHEETS:
            seen.readings.append(SheetReading(sheet.name, "", "", None, (), note="notes for the reader"))
            continue
        header = find_header(sheet, mapping)
        recognised = (_classify(header) if header else None) or ""
        choices = tuple(r for r in ROLES if header is not None and _fits(header, r))
        if chosen is not None and chosen not in choices:
            reader.note(
                Severity.ERROR,
                f"cannot be read as {chosen}: that needs columns for {_needs(chosen)}, and no header in its "
                f"first {HEADER_SCAN_ROWS} rows has them; name them in the column mapping, or read the "
                "sheet as something else",
                Location(str(path), sheet.name),
            )
            _unread(seen, sheet, mapping, f"has no columns for {_needs(chosen)}", given=True)
            continue
        role = chosen or recognised
        if header is None or not role:
            if filled and sheet.name is not None:
                reader.note(
                    Severity.INFO,
                    "sheet ignored: no header with an organisation column in its first "
                    f"{HEADER_SCAN_ROWS} rows",
                    Location(str(path), sheet.name),
                )
            _unread(seen, sheet, mapping, "no header with an organisation column" if filled else "empty")
            continue
        roles.append((sheet, header, role))
        seen.readings.append(
            SheetReading(
                sheet.name,
                role,
                recognised,
                header.row,
                choices,
                given=chosen is not None,
                rows=len(sheet.rows) - header.row,
            )
        )
        seen.columns.extend(header.uses)
    applied = {key for _, header, _ in roles for key in header.given}
    missing = [h for h in options.columns if mapping_key(h) not in applied]
    if missing and options.every_header_present:
        headers = sorted({t for _, header, _ in roles for t in header.texts.values()})
        raise InputError(
            f"column mapping: no sheet read has a column headed '{missing[0]}'"
            + (f" (nor {', '.join(repr(m) for m in missing[1:])})" if len(missing) > 1 else "")
            + (f"; the headers found are: {', '.join(headers)}" if headers else ""),
            Location(str(path)),
        )
    if not any(role in (ORGANISATIONS, PARTICIPANTS) for _, _, role in roles):
        first = next((s for s in sheets if any(any(v is not None for v in r) for r in s.rows)), sheets[0])
        raise InputError(
            "no organisation column found; MeetGrid needs a header cell such as 'Organisation' or 'Company' "
            f"in the first {HEADER_SCAN_ROWS} rows (see the blank registration workbook for the expected "
            "layout), or name the column: in the window, choose its field on the Columns step; on the "
            "command line, with a mapping such as --map 'Firm=organisation'",
            Location(str(path), first.name),
        )
    form = not any(role == ORGANISATIONS for _, _, role in roles)
    for sheet, header, role in sorted(roles, key=lambda item: ROLES.index(item[2])):
        people = f", {len(header.people)} people a row" if header.people and role == ORGANISATIONS else ""
        renamed = ", ".join(
            f"'{use.header}' as {COLUMN_LABELS[use.field]}"
            + (f" {use.number}" if use.number is not None else "")
            for use in header.uses
            if use.field and normalise_header(use.header) != normalise_header(COLUMN_LABELS[use.field])
        )
        reader.note(
            Severity.INFO,
            f"read as {role}{people} from row {header.row + 1}, {sum(bool(u.field) for u in header.uses)} "
            "columns recognised" + (f" (read {renamed})" if renamed else ""),
            Location(str(path), sheet.name),
        )
        for use in header.uses:
            if " is column " in use.note:  # a second column of the same heading: left unread, say so
                reader.note(
                    Severity.WARNING,
                    f"column '{use.header}' is not read: {use.note} already; rename one of them, or choose "
                    "this column's field (in the window: the Columns step; on the command line: --map)",
                    Location(str(path), sheet.name, header.row, use.column, use.header),
                )
            chosen_field = next((u.field for u in header.uses if u.column == use.rival), "")
            if use.rival is not None and chosen_field:  # two columns look like one field: say which is read
                reader.note(
                    Severity.WARNING,
                    f"column {column_letter(use.column)} '{use.header}' also looks like the "
                    f"{COLUMN_LABELS[chosen_field].lower()}; read column {column_letter(use.rival)} "
                    f"('{header.texts[use.rival - 1]}'); to read this one instead, choose its field (in the "
                    f'window: the Columns step; on the command line: --map "{use.header}={chosen_field}")',
                    Location(str(path), sheet.name, header.row, use.column, use.header),
                )
        reader.report_merged(sheet, header)
        if role == ORGANISATIONS:
            reader.read_organisations(sheet, header)
        elif role == PARTICIPANTS:
            reader.read_participants(sheet, header, form=form)
        elif role == INTERPRETERS:
            reader.read_interpreters(sheet, header)
        else:
            reader.read_requests(sheet, header)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    resolver = _Resolver(reader, options.names)
    registrations = _build(reader, resolver)
    if not registrations.organisations:
        raise InputError(
            "has a header but no organisations below it; fill in at least one row",
            Location(str(path), roles[0][0].name),
        )
    if options.strict and reader.findings and any(f.severity == Severity.WARNING for f in reader.findings):
        raise RegistrationErrors(
            [
                Finding(Severity.ERROR, f"{f.message} (--strict: warnings stop the import)", f.location)
                for f in reader.findings
                if f.severity == Severity.WARNING
            ]
        )
    used = tuple(sheet.name for sheet, _, _ in roles if sheet.name is not None)
    columns = tuple(use for _, header, _ in roles for use in header.uses)
    given = tuple(
        (header, str(mapping[mapping_key(header)]))
        for header in options.columns
        if mapping_key(header) in applied
    )
    return ImportResult(
        registrations,
        tuple(reader.findings),
        used,
        columns,
        given,
        sheets=tuple(seen.readings),
        matches=resolver.matches(),
        name_map=resolver.answers_applied(),
    )


def _unread(
    seen: _Seen, sheet: Sheet, mapping: Mapping[str, FieldSpec], note: str, *, given: bool = False
) -> None:
    """A sheet not read, with the row most like a header so that the organiser can name its columns."""
    header = likely_header(sheet, mapping)
    if header is not None:
        seen.columns.extend(header.uses)
    seen.readings.append(
        SheetReading(
            sheet.name,
            "",
            "",
            header.row if header else None,
            tuple(r for r in ROLES if header is not None and _fits(header, r)),
            given=given,
            note=note,
            rows=len(sheet.rows) - (header.row if header else 0),
        )
    )


# -- looking at a workbook before importing it ----------------------------------------------------------


@dataclass(frozen=True)
class Examination:
    """A registration file as MeetGrid reads it, whether or not the registrations can be used yet: the sheets
    and what each is read as, which column became which field, every finding, and the registrations when
    nothing stops the import. The window shows it step by step before anything is stored."""

    path: Path
    options: ImportOptions
    sheets: tuple[Sheet, ...]
    """The rows as read, for a preview; reused when the same file is read again with other options."""
    readings: tuple[SheetReading, ...]
    columns: tuple[ColumnUse, ...]
    """Header cells of the sheets read, and of the row most like a header of those not read."""
    findings: tuple[Finding, ...]
    """Errors first (what stops the import), then warnings and notes in the order found."""
    result: ImportResult | None
    """The registrations, when no error stops the import."""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.ERROR)

    def sheet(self, name: str | None) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)

    def reading(self, name: str | None) -> SheetReading | None:
        return next((r for r in self.readings if r.name == name), None)


def examine_registrations(
    path: Path, options: ImportOptions | None = None, sheets: Sequence[Sheet] | None = None
) -> Examination:
    """Read a registration file as ``read_registrations`` does, but keep what stops the import as findings
    beside everything seen up to then. ``sheets``: the file's rows as an earlier examination read them, so
    that trying another mapping does not read the file again.

    Raises InputError only when the file itself cannot be read (missing, damaged, of another kind).
    """
    options = options or ImportOptions()
    rows = tuple(sheets) if sheets is not None else tuple(read_sheets(path))
    seen = _Seen()
    result: ImportResult | None = None
    stops: list[Finding] = []
    mapping: dict[str, FieldSpec] = {}
    try:
        mapping = _given_mapping(path, options)
        result = _read(path, rows, options, mapping, seen)
    except RegistrationErrors as exc:
        stops = list(exc.problems)
    except InputError as exc:
        stops = [Finding(Severity.ERROR, exc.message, exc.location)]
    looked = {r.name for r in seen.readings}
    for sheet in rows:
        if sheet.name not in looked:  # stopped before this sheet was looked at
            _unread(seen, sheet, mapping, "not looked at")
    findings = result.findings if result is not None else (*stops, *seen.findings)
    return Examination(
        path, options, rows, tuple(seen.readings), tuple(seen.columns), tuple(findings), result
    )


class _Resolver:
    """Typed organisation names -> organisations; uncertain and fuzzy readings reported where typed.

    ``answers``: the organiser's reading of names matched only approximately (name as typed -> organisation
    name, or '' to leave it out), applied in place of the import's own guess.
    """

    def __init__(self, reader: _Reader, answers: Mapping[str, str] | None = None) -> None:
        self.reader = reader
        self.directory: Directory[_OrgDraft] = Directory(
            (draft.name, draft.local_name, draft) for draft in reader.orgs.values()
        )
        self.answers = {name_key(typed): (typed, chosen) for typed, chosen in (answers or {}).items()}
        self._matches: dict[str, NameMatch] = {}
        self._applied: dict[str, tuple[str, str]] = {}

    def matches(self) -> tuple[NameMatch, ...]:
        return tuple(self._matches.values())

    def answers_applied(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._applied.values())

    def resolve(self, typed: str, where: Location, what: str) -> _OrgDraft | None:
        """``what`` says what is dropped when the name cannot be resolved: 'this request', 'this wish'."""
        match: Match[_OrgDraft] = self.directory.find(typed)
        if match.how in (How.ALIKE, How.UNCERTAIN):
            return self._approximate(typed, where, what, match)
        if match.found is not None:
            if match.how in (How.SHORTENED, How.LOCAL):
                self.reader.note(Severity.INFO, f"'{typed}' read as '{match.found.name}'", where)
            return match.found
        self.reader.note(
            Severity.WARNING,
            f"'{typed}' matches no organisation; {what} is ignored. Correct the name or add the organisation",
            where,
        )
        return None

    def _approximate(
        self, typed: str, where: Location, what: str, match: Match[_OrgDraft]
    ) -> _OrgDraft | None:
        key = name_key(typed)
        answer = self.answers.get(key)
        found = match.found
        if answer is not None:
            chosen = self.directory.find(answer[1]) if answer[1] else None
            if chosen is None or chosen.how is How.SAME:
                found = chosen.found if chosen is not None else None
                self._applied[key] = answer
            else:
                answer = None  # names an organisation no longer in the file: the import's guess stands
        earlier = self._matches.get(key)
        if earlier is not None:
            self._matches[key] = dataclasses.replace(earlier, times=earlier.times + 1)
        else:
            self._matches[key] = NameMatch(
                typed,
                where,
                match.candidates,
                found.name if found is not None else "",
                confirmed=answer is not None,
            )
        if answer is not None and found is None:
            self.reader.note(Severity.INFO, f"'{typed}' left out, as chosen; {what} is ignored", where)
        elif answer is not None and found is not None:
            self.reader.note(Severity.INFO, f"'{typed}' read as '{found.name}', as chosen", where)
        elif found is not None:
            self.reader.note(
                Severity.INFO, f"'{typed}' read as '{found.name}' ({match.score:.0f} % alike)", where
            )
        else:
            self.reader.note(
                Severity.WARNING,
                f"'{typed}' is not an organisation's name; it may be {match.describe_candidates()}. "
                f"Confirm by writing the name as registered; until then {what} is left out",
                where,
            )
        return found


def _build(reader: _Reader, resolver: _Resolver) -> Registrations:
    directory = resolver.directory
    ids = {key: number for number, key in enumerate(reader.orgs, start=1)}

    def id_of(draft: _OrgDraft) -> int:
        return ids[name_key(draft.name)]

    participants: list[Participant] = []
    seen_people: dict[tuple[str, str], _PersonDraft] = {}
    for person in reader.people:
        identity = (person.organisation, person.email.casefold() or name_key(person.name))
        earlier = seen_people.get(identity)
        if earlier is not None:
            reader.note(
                Severity.INFO,
                f"'{person.name}' was registered twice (first at {_within_file(earlier.where)}); merged",
                person.where,
            )
            continue
        seen_people[identity] = person
        participants.append(
            Participant(
                len(participants) + 1,
                ids[person.organisation],
                person.name,
                person.title,
                person.email,
                person.languages,
                person.away,
            )
        )

    wishes: list[_RequestDraft] = list(reader.requests)
    for draft in reader.orgs.values():
        for text, where in draft.wishes:
            for name in split_wishes(text, directory):
                wishes.append(
                    _RequestDraft(draft.name, name, Priority.WOULD_LIKE, where, requester_where=where)
                )

    best: dict[tuple[int, int], Priority] = {}
    sessions: dict[tuple[int, int], DaySession] = {}
    precedences: list[Precedence] = []
    for wish in wishes:
        requester = resolver.resolve(wish.requester, wish.requester_where or wish.where, "this request")
        requested = resolver.resolve(wish.requested, wish.where, "this request")
        if requester is None or requested is None:
            continue
        a, b = id_of(requester), id_of(requested)
        if a == b:
            reader.note(
                Severity.WARNING, f"'{requester.name}' asks to meet itself; request ignored", wish.where
            )
            continue
        best[(a, b)] = min(best.get((a, b), wish.priority), wish.priority)
        if wish.session is not DaySession.ANY:
            sessions[(a, b)] = wish.session
        if wish.after:
            first = directory.known(wish.after)
            if first is None or id_of(first) in (a, b):
                reader.note(
                    Severity.WARNING,
                    f"'{wish.after}' in {COLUMN_LABELS[AFTER]} is no other organisation; order ignored",
                    wish.where,
                )
            else:
                precedences.append(Precedence((a, id_of(first)), (a, b)))

    apart: set[tuple[int, int]] = set()
    for draft in reader.orgs.values():
        for text, where in draft.avoid:
            for name in split_wishes(text, directory):
                other = resolver.resolve(name, where, f"this {COLUMN_LABELS[AVOID]} entry")
                if other is not None and other is not draft:
                    apart.add(pair_of(id_of(draft), id_of(other)))

    organisations = []
    members: dict[int, list[Participant]] = {}
    for participant in participants:
        members.setdefault(participant.organisation_id, []).append(participant)
    alone = [draft for key, draft in reader.orgs.items() if ids[key] not in members]
    if len(alone) > NOTES_ONE_BY_ONE:  # one note for them all, not a page of the same sentence
        names = ", ".join(f"'{draft.name}'" for draft in alone[:3])
        reader.note(
            Severity.INFO,
            f"{len(alone)} organisations have no participants listed ({names} and more); each is planned as "
            "one person",
            alone[0].where,
        )
    else:
        for draft in alone:
            reader.note(
                Severity.INFO,
                f"'{draft.name}' has no participants listed; it is planned as one person",
                draft.where,
            )
    for key, draft in reader.orgs.items():
        languages = list(draft.languages)
        for member in members.get(ids[key], ()):
            languages += [lang for lang in member.languages if lang.casefold() not in _folded(languages)]
        try:
            organisations.append(
                Organisation(
                    ids[key],
                    draft.usual_name,
                    draft.local_name,
                    draft.group,
                    draft.country,
                    tuple(draft.interests),
                    tuple(languages),
                    draft.available_from,
                    draft.available_until,
                    draft.max_meetings,
                    draft.min_meetings,
                    tuple(draft.away),
                    draft.own_table,
                )
            )
        except ValueError as exc:
            reader.note(Severity.ERROR, str(exc), draft.where)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    requests = tuple(
        MeetingRequest(a, b, priority, sessions.get((a, b), DaySession.ANY))
        for (a, b), priority in best.items()
    )
    interpreters = []
    for number, interpreter in enumerate(reader.interpreters, start=1):
        try:
            interpreters.append(
                Interpreter(
                    number,
                    interpreter.name,
                    interpreter.languages,
                    interpreter.available_from,
                    interpreter.available_until,
                    interpreter.away,
                )
            )
        except ValueError as exc:
            reader.note(Severity.ERROR, str(exc), interpreter.where)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    return Registrations(
        tuple(organisations),
        tuple(participants),
        requests,
        tuple(sorted(apart)),
        tuple(precedences),
        tuple(interpreters),
    )


def _folded(values: Iterable[str]) -> set[str]:
    return {v.casefold() for v in values}
