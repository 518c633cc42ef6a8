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

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
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
from app.errors import Finding, InputError, Location, Severity
from app.io.workbook import CellValue, Sheet, read_sheets

HEADER_SCAN_ROWS = 30
"""How many rows at the top of a sheet may hold titles and notes before the header."""

# -- columns --------------------------------------------------------------------------------------------

ORGANISATION = "organisation"
LOCAL_NAME = "local_name"
GROUP = "group"
COUNTRY = "country"
INTERESTS = "interests"
LANGUAGES = "languages"
AVAILABLE_FROM = "available_from"
AVAILABLE_UNTIL = "available_until"
MAX_MEETINGS = "max_meetings"
MIN_MEETINGS = "min_meetings"
AWAY = "away"
AVOID = "avoid"
OWN_TABLE = "own_table"
WISHES = "wishes"
NAME = "name"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
TITLE = "title"
EMAIL = "email"
REQUESTER = "requester"
REQUESTED = "requested"
PRIORITY = "priority"
SESSION = "session"
AFTER = "after"

COLUMN_LABELS = {
    ORGANISATION: "Organisation",
    LOCAL_NAME: "Local name",
    GROUP: "Group",
    COUNTRY: "Country",
    INTERESTS: "Interests",
    LANGUAGES: "Languages",
    AVAILABLE_FROM: "Available from",
    AVAILABLE_UNTIL: "Available until",
    MAX_MEETINGS: "Max meetings",
    MIN_MEETINGS: "Min meetings",
    AWAY: "Not available",
    AVOID: "Do not meet",
    OWN_TABLE: "Own table",
    WISHES: "Wishes to meet",
    NAME: "Name",
    FIRST_NAME: "First name",
    LAST_NAME: "Last name",
    TITLE: "Title",
    EMAIL: "Email",
    REQUESTER: "Requester",
    REQUESTED: "Requested",
    PRIORITY: "Priority",
    SESSION: "Session",
    AFTER: "After meeting",
}

_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    ORGANISATION: (
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "company",
        "company name",
        "companies",
        "firm",
        "firm name",
        "business",
        "business name",
        "employer",
        "institution",
        "enterprise",
    ),
    LOCAL_NAME: (
        "local name",
        "native name",
        "local script name",
        "name in local script",
        "name in local language",
        "chinese name",
        "name in chinese",
        "company name in chinese",
        "organisation name in chinese",
        "organization name in chinese",
        "local company name",
    ),
    GROUP: ("group", "side", "delegation or host", "participant group", "category", "delegation host"),
    COUNTRY: ("country", "country region", "nation", "country of origin", "home country"),
    INTERESTS: (
        "interests",
        "interest",
        "sectors",
        "sector",
        "sectors of interest",
        "areas of interest",
        "topics",
        "industry",
        "industries",
        "fields",
        "business areas",
    ),
    LANGUAGES: ("languages", "language", "languages spoken", "spoken languages", "working languages"),
    AVAILABLE_FROM: ("available from", "available", "from time", "arrival", "arrives", "arrival time"),
    AVAILABLE_UNTIL: ("available until", "available to", "until", "departure", "leaves", "departure time"),
    MAX_MEETINGS: ("max meetings", "maximum meetings", "max number of meetings", "meeting limit", "max"),
    MIN_MEETINGS: ("min meetings", "minimum meetings", "min number of meetings", "at least", "min"),
    AWAY: ("not available", "unavailable", "away", "not available at", "busy", "absent", "away at"),
    OWN_TABLE: (
        "own table",
        "table",
        "host table",
        "fixed table",
        "stand",
        "booth",
        "table name",
        "table number",
    ),
    AVOID: ("do not meet", "don t meet", "not to meet", "avoid", "exclude", "no meeting with", "keep apart"),
    WISHES: (
        "wishes",
        "wish list",
        "wishlist",
        "meeting wishes",
        "meeting requests",
        "requested meetings",
        "companies to meet",
        "organisations to meet",
        "organizations to meet",
        "preferred partners",
        "wants to meet",
        "would like to meet",
    ),
    NAME: (
        "name",
        "full name",
        "participant",
        "participant name",
        "person",
        "attendee",
        "attendee name",
        "delegate",
        "delegate name",
        "contact",
        "contact name",
        "contact person",
    ),
    FIRST_NAME: ("first name", "given name", "firstname", "forename"),
    LAST_NAME: ("last name", "surname", "family name", "lastname"),
    TITLE: ("title", "job title", "position", "role", "job"),
    EMAIL: ("email", "e mail", "email address", "e mail address", "mail"),
    REQUESTER: ("requester", "requested by", "requesting organisation", "requesting organization", "from"),
    REQUESTED: ("requested", "requested organisation", "requested organization", "to", "meet", "meet with"),
    PRIORITY: ("priority", "prio", "importance"),
    SESSION: ("session", "morning or afternoon", "part of day", "time of day", "am pm"),
    AFTER: ("after", "after meeting", "meet after", "after meeting with", "following"),
}

# Headers in free words ("Which companies would you like to meet?") recognised by what they contain.
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (AVOID, ("do not meet", "not want to meet", "not to meet", "not meet", "rather not meet")),
    (WISHES, ("would like to meet", "want to meet", "wish to meet", "like to meet", "to meet")),
    (LOCAL_NAME, ("in chinese", "local name", "native name", "local script", "local language")),
    (EMAIL, ("e mail", "email")),
    (INTERESTS, ("interest", "sector")),
    (LANGUAGES, ("language",)),
    (GROUP, ("delegation or host", "host or delegation")),
    (AVAILABLE_FROM, ("available from", "arriv")),
    (AVAILABLE_UNTIL, ("available until", "depart", "leav")),
    (MAX_MEETINGS, ("max meetings", "maximum number of meetings", "most meetings")),
    (MIN_MEETINGS, ("min meetings", "minimum number of meetings", "at least")),
    (AWAY, ("not available", "unavailable")),
)


def normalise_header(text: str) -> str:
    """Lower case, without bracketed notes, punctuation or extra spaces: 'E-mail:' -> 'e mail'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_EXACT = {normalise_header(word): column for column, words in _SYNONYMS.items() for word in words}


def column_for(header: str) -> str | None:
    """The field a header names, or None."""
    key = normalise_header(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for column, fragments in _CONTAINS:
        if any(fragment in key for fragment in fragments):
            return column
    return None


# -- organisation names ---------------------------------------------------------------------------------

_LEGAL_SUFFIXES = frozenset(
    {"as", "asa", "ltd", "limited", "co", "inc", "incorporated", "gmbh", "sl", "slu", "sa", "ab", "oy"}
    | {"llc", "corp", "corporation", "plc", "bv", "nv", "srl", "spa", "ag", "kg", "sarl", "pte"}
)


def name_key(name: str) -> str:
    """Compares organisation names ignoring case, spacing, punctuation and legal suffixes (AS, Ltd., S.L.)."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    words = re.sub(r"[^\w]+", " ", text).split()
    while len(words) > 1:
        if words[-1] in _LEGAL_SUFFIXES:
            words.pop()
        elif len(words) > 2 and len(words[-1]) == 1 and words[-2] + words[-1] in _LEGAL_SUFFIXES:
            del words[-2:]  # "A/S" -> "a s", "S.L." -> "s l"
        else:
            break
    return " ".join(words)


def _within_file(where: Location) -> str:
    """A location without the file name, for messages that already name the file: "sheet 'X', row 4"."""
    return str(Location(sheet=where.sheet, row=where.row))


def _clean(value: CellValue) -> str:
    """A cell as tidy text: trimmed, inner runs of spaces collapsed, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | time):
        return value.isoformat()
    return " ".join(str(value).split())


def split_list(text: str) -> tuple[str, ...]:
    """Interests or languages typed in one cell: 'ports; offshore, energy' -> three entries, no repeats."""
    seen: dict[str, str] = {}
    for part in re.split(r"[;,\n\r/|]+", text):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


# -- results --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What an import found: the registrations, every finding with its location, and the sheets read."""

    registrations: Registrations
    findings: tuple[Finding, ...] = ()
    sheets_used: tuple[str, ...] = ()

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)


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
class _Header:
    row: int  # 1-based
    columns: dict[str, int]  # field -> 0-based column index
    labels: dict[str, str]  # field -> header text as written
    score: int = 0

    def value(self, row: Sequence[CellValue], column: str) -> CellValue:
        index = self.columns.get(column)
        return row[index] if index is not None and index < len(row) else None

    def text(self, row: Sequence[CellValue], column: str) -> str:
        return _clean(self.value(row, column))


def find_header(sheet: Sheet) -> _Header | None:
    """The header row among the first rows: the one naming the most known columns."""
    best: _Header | None = None
    for number, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS], start=1):
        columns: dict[str, int] = {}
        labels: dict[str, str] = {}
        for index, value in enumerate(row):
            if not isinstance(value, str):
                continue
            column = column_for(value)
            if column is not None and column not in columns:
                columns[column] = index
                labels[column] = " ".join(value.split())
        score = len(columns) + (ORGANISATION in columns or REQUESTER in columns)
        if score >= 2 and (best is None or score > best.score):
            best = _Header(number, columns, labels, score)
    return best


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

    def where(self, sheet: Sheet, header: _Header, row: int, column: str | None = None) -> Location:
        if column is None or column not in header.columns:
            return sheet.location(self.path, row)
        return sheet.location(self.path, row, header.columns[column] + 1, column_name=header.labels[column])

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

    def read_org_fields(self, draft: _OrgDraft, sheet: Sheet, header: _Header, number: int) -> None:
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
        raw_wishes = header.value(row, WISHES)
        if raw_wishes is not None and str(raw_wishes).strip():
            draft.wishes.append((str(raw_wishes), self.where(sheet, header, number, WISHES)))
        raw_avoid = header.value(row, AVOID)
        if raw_avoid is not None and str(raw_avoid).strip():
            draft.avoid.append((str(raw_avoid), self.where(sheet, header, number, AVOID)))

    def read_away(self, sheet: Sheet, header: _Header, number: int) -> tuple[Period, ...]:
        """Spans typed in one cell, '10:00-11:00; 14:30-15:00', each checked and reported with its place."""
        text = header.text(sheet.rows[number - 1], AWAY)
        spans = []
        for part in re.split(r"[;,\n]+", text):
            part = part.strip()
            if not part:
                continue
            ends = re.split(r"\s*(?:-|–|—|to|til|until)\s*", part, maxsplit=1)
            start, end = (parse_clock_time(e) for e in ends) if len(ends) == 2 else (None, None)
            if start is None or end is None or start >= end:
                self.note(
                    Severity.ERROR,
                    f"'{part}' is not a span of time; write it like 10:00-11:30, several separated by ';'",
                    self.where(sheet, header, number, AWAY),
                )
                continue
            spans.append(Period(start, end))
        return tuple(spans)

    def parse_time(self, value: CellValue, where: Location) -> time | None:
        parsed = parse_clock_time(value)
        if parsed is None:
            self.note(
                Severity.ERROR,
                f"'{_clean(value)}' is not a time of day; write it like 13:30 or leave it empty",
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

    def read_organisations(self, sheet: Sheet, header: _Header) -> None:
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

    # -- participants -------------------------------------------------------------------------------

    def read_participants(self, sheet: Sheet, header: _Header, *, form: bool) -> None:
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
            if not name:
                self.note(
                    Severity.WARNING,
                    f"row of '{org_name}' has no participant name; the organisation is kept without it",
                    self.where(sheet, header, number, NAME if NAME in header.columns else FIRST_NAME),
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
                    self.where(sheet, header, number, NAME if NAME in header.columns else FIRST_NAME),
                    self.read_away(sheet, header, number),
                )
            )

    # -- requests -----------------------------------------------------------------------------------

    def read_requests(self, sheet: Sheet, header: _Header) -> None:
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
                )
            )

    def read_interpreters(self, sheet: Sheet, header: _Header) -> None:
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
        words = {
            "": DaySession.ANY,
            "any": DaySession.ANY,
            "either": DaySession.ANY,
            "morning": DaySession.MORNING,
            "am": DaySession.MORNING,
            "a m": DaySession.MORNING,
            "formiddag": DaySession.MORNING,
            "mañana": DaySession.MORNING,
            "上午": DaySession.MORNING,
            "afternoon": DaySession.AFTERNOON,
            "pm": DaySession.AFTERNOON,
            "p m": DaySession.AFTERNOON,
            "ettermiddag": DaySession.AFTERNOON,
            "tarde": DaySession.AFTERNOON,
            "下午": DaySession.AFTERNOON,
        }
        if key in words:
            return words[key]
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
        words = {
            "1": Priority.MUST_MEET,
            "must": Priority.MUST_MEET,
            "must meet": Priority.MUST_MEET,
            "high": Priority.MUST_MEET,
            "2": Priority.WOULD_LIKE,
            "would like": Priority.WOULD_LIKE,
            "medium": Priority.WOULD_LIKE,
            "normal": Priority.WOULD_LIKE,
            "3": Priority.IF_TIME_ALLOWS,
            "if time allows": Priority.IF_TIME_ALLOWS,
            "low": Priority.IF_TIME_ALLOWS,
            "optional": Priority.IF_TIME_ALLOWS,
        }
        if text in words:
            return words[text]
        self.note(
            Severity.ERROR,
            f"'{_clean(value)}' is not a priority; write 1 (must meet), 2 (would like) or 3 (if time "
            "allows), or leave it empty for 2",
            where,
        )
        return Priority.WOULD_LIKE


def parse_clock_time(value: CellValue) -> time | None:
    """A time of day from an Excel time, a fraction of a day or text such as '13:30', '1.30 pm', '9h'."""
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60) if minutes < 24 * 60 else None
    text = _clean(value).casefold().replace(" ", "")
    match = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?(am|pm|a\.m\.|p\.m\.|h)?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if match.group(2) is None and not suffix:
        return None  # a bare number is more likely a mistake than an hour
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# -- resolving names and building the registrations -----------------------------------------------------


class _Directory:
    """Finds an organisation by a name as someone else typed it."""

    def __init__(self, orgs: Mapping[str, _OrgDraft]) -> None:
        self._by_key = dict(orgs)
        for draft in orgs.values():
            if draft.local_name:
                self._by_key.setdefault(name_key(draft.local_name), draft)
        self._keys = list(orgs)

    def find(self, text: str) -> tuple[_OrgDraft | None, bool]:
        """The organisation and whether the match was exact (ignoring case, punctuation and suffixes)."""
        key = name_key(text)
        if not key:
            return None, True
        if key in self._by_key:
            return self._by_key[key], True
        # A shortened name ("Equinor" for "Equinor Energy AS") matches when only one name starts with it.
        starts = [k for k in self._keys if k.startswith(key + " ")]
        if len(starts) == 1:
            return self._by_key[starts[0]], False
        return None, False


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def split_wishes(text: str, directory: _Directory) -> list[str]:
    """A wish list typed in one cell -> the organisation names in it.

    Splits on new lines, ';' and ',', but keeps legal suffixes with their name ('Co., Ltd.'), and splits
    on 'and' / '&' only when every part is a known organisation.
    """
    pieces: list[str] = []
    for line in re.split(r"[;\n\r]+", text):
        for part in line.split(","):
            part = _BULLET.sub("", part).strip(" .\t")
            if not part:
                continue
            if pieces and name_key("x " + part) == "x" and not directory.find(part)[0]:
                pieces[-1] += ", " + part  # ", Ltd." belongs to the name before it
            else:
                pieces.append(part)
    names: list[str] = []
    for piece in pieces:
        if directory.find(piece)[0] is None:
            parts = [p.strip() for p in re.split(r"\s+and\s+|\s*&\s*", piece) if p.strip()]
            if len(parts) > 1 and all(directory.find(p)[0] for p in parts):
                names.extend(parts)
                continue
        names.append(piece)
    return names


def _classify(header: _Header) -> str | None:
    columns = header.columns
    if REQUESTER in columns and REQUESTED in columns:
        return "requests"
    if ORGANISATION in columns and (NAME in columns or FIRST_NAME in columns or LAST_NAME in columns):
        return "participants"
    if ORGANISATION in columns:
        return "organisations"
    if NAME in columns and LANGUAGES in columns:
        return "interpreters"
    return None


_NOTES_SHEETS = frozenset({"instructions", "read me", "readme", "help", "notes", "how to fill in"})


def read_registrations(path: Path) -> ImportResult:
    """Read a registration workbook or CSV file in either layout; raises InputError with locations."""
    sheets = read_sheets(path)
    if not any(any(v is not None for v in row) for sheet in sheets for row in sheet.rows):
        raise InputError(
            "has no filled cells; fill in the registrations (see 'meetgrid template')", Location(str(path))
        )
    reader = _Reader(path)
    roles: list[tuple[Sheet, _Header, str]] = []
    for sheet in sheets:
        if sheet.name is not None and normalise_header(sheet.name) in _NOTES_SHEETS:
            continue
        header = find_header(sheet)
        role = _classify(header) if header else None
        if header is None or role is None:
            if any(any(v is not None for v in row) for row in sheet.rows) and sheet.name is not None:
                reader.note(
                    Severity.INFO,
                    "sheet ignored: no header with an organisation column in its first "
                    f"{HEADER_SCAN_ROWS} rows",
                    Location(str(path), sheet.name),
                )
            continue
        roles.append((sheet, header, role))
    if not any(role in ("organisations", "participants") for _, _, role in roles):
        first = next((s for s in sheets if any(any(v is not None for v in r) for r in s.rows)), sheets[0])
        raise InputError(
            "no organisation column found; MeetGrid needs a header cell such as 'Organisation' or 'Company' "
            f"in the first {HEADER_SCAN_ROWS} rows (see 'meetgrid template' for the expected layout)",
            Location(str(path), first.name),
        )
    form = not any(role == "organisations" for _, _, role in roles)
    order = {"organisations": 0, "participants": 1, "requests": 2, "interpreters": 3}
    for sheet, header, role in sorted(roles, key=lambda item: order[item[2]]):
        if role == "organisations":
            reader.read_organisations(sheet, header)
        elif role == "participants":
            reader.read_participants(sheet, header, form=form)
        elif role == "interpreters":
            reader.read_interpreters(sheet, header)
        else:
            reader.read_requests(sheet, header)
        renamed = ", ".join(
            f"'{header.labels[c]}' as {COLUMN_LABELS[c]}"
            for c in header.columns
            if normalise_header(header.labels[c]) != normalise_header(COLUMN_LABELS[c])
        )
        reader.note(
            Severity.INFO,
            f"read as {role} from row {header.row + 1}, {len(header.columns)} columns recognised"
            + (f" (read {renamed})" if renamed else ""),
            Location(str(path), sheet.name),
        )
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    registrations = _build(reader)
    if not registrations.organisations:
        raise InputError(
            "has a header but no organisations below it; fill in at least one row",
            Location(str(path), roles[0][0].name),
        )
    used = tuple(sheet.name for sheet, _, _ in roles if sheet.name is not None)
    return ImportResult(registrations, tuple(reader.findings), used)


def _build(reader: _Reader) -> Registrations:
    directory = _Directory(reader.orgs)
    ids = {key: number for number, key in enumerate(reader.orgs, start=1)}

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
                wishes.append(_RequestDraft(draft.name, name, Priority.WOULD_LIKE, where))

    best: dict[tuple[int, int], Priority] = {}
    sessions: dict[tuple[int, int], DaySession] = {}
    precedences: list[Precedence] = []
    for wish in wishes:
        requester, _ = directory.find(wish.requester)
        requested, exact = directory.find(wish.requested)
        for typed, found in ((wish.requester, requester), (wish.requested, requested)):
            if found is None:
                reader.note(
                    Severity.WARNING,
                    f"'{typed}' matches no organisation; this request is ignored. Correct the name or "
                    "add the organisation",
                    wish.where,
                )
        if requester is None or requested is None:
            continue
        if not exact:
            reader.note(Severity.INFO, f"'{wish.requested}' read as '{requested.name}'", wish.where)
        a, b = ids[name_key(requester.name)], ids[name_key(requested.name)]
        if a == b:
            reader.note(
                Severity.WARNING, f"'{requester.name}' asks to meet itself; request ignored", wish.where
            )
            continue
        best[(a, b)] = min(best.get((a, b), wish.priority), wish.priority)
        if wish.session is not DaySession.ANY:
            sessions[(a, b)] = wish.session
        if wish.after:
            first, _ = directory.find(wish.after)
            if first is None or ids[name_key(first.name)] in (a, b):
                reader.note(
                    Severity.WARNING,
                    f"'{wish.after}' in {COLUMN_LABELS[AFTER]} is no other organisation; order ignored",
                    wish.where,
                )
            else:
                precedences.append(Precedence((a, ids[name_key(first.name)]), (a, b)))

    apart: set[tuple[int, int]] = set()
    for draft in reader.orgs.values():
        for text, where in draft.avoid:
            for name in split_wishes(text, directory):
                other, _ = directory.find(name)
                if other is None:
                    reader.note(
                        Severity.WARNING,
                        f"'{name}' in {COLUMN_LABELS[AVOID]} matches no organisation; ignored",
                        where,
                    )
                elif other is not draft:
                    apart.add(pair_of(ids[name_key(draft.name)], ids[name_key(other.name)]))

    organisations = []
    with_people = {p.organisation_id for p in participants}
    for key, draft in reader.orgs.items():
        languages = list(draft.languages)
        for member in participants:
            if member.organisation_id == ids[key]:
                languages += [lang for lang in member.languages if lang.casefold() not in _folded(languages)]
        if ids[key] not in with_people:
            reader.note(
                Severity.INFO,
                f"'{draft.name}' has no participants listed; it is planned as one person",
                draft.where,
            )
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
