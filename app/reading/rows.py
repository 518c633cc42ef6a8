"""Registration sheets read row by row into drafts; one piece: every row reader shares the drafts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from app.domain import (
    DaySession,
    Period,
    Priority,
    language_key,
)
from app.errors import Finding, Location, Severity
from app.reading.cells import (
    _AGREED,
    _PRIORITIES,
    _SESSIONS,
    _clean,
    _date_part,
    _text,
    parse_clock_time,
    parse_periods,
    split_list,
)
from app.reading.columns import (
    AFTER,
    AGREED,
    AVAILABLE_FROM,
    AVAILABLE_UNTIL,
    AVOID,
    AWAY,
    COLUMN_LABELS,
    COUNTRY,
    EMAIL,
    FIRST_NAME,
    GROUP,
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
    Header,
    normalise_header,
)
from app.reading.names import name_key
from app.reading.workbook import CellValue, Sheet


def _within_file(where: Location) -> str:
    """A location without the file name, for messages that already name the file: "sheet 'X', row 4"."""
    return str(Location(sheet=where.sheet, row=where.row))


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
    local_name: str = ""


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
    agreed: bool = False


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
            *(() if header.person_local else ((LOCAL_NAME, "local_name"),)),
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
                    header.text(row, LOCAL_NAME) if header.person_local else "",
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
            agreed = self.parse_agreed(header.text(row, AGREED), self.where(sheet, header, number, AGREED))
            if agreed is None:
                self.note(
                    Severity.INFO,
                    f"'{requester}' → '{requested}' was declined or cancelled "
                    f"('{header.text(row, AGREED)}'); not a request",
                    self.where(sheet, header, number, AGREED),
                )
                continue
            self.requests.append(
                _RequestDraft(
                    requester,
                    requested,
                    priority,
                    self.where(sheet, header, number, REQUESTED),
                    session,
                    header.text(row, AFTER),
                    self.where(sheet, header, number, REQUESTER),
                    agreed,
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

    def parse_agreed(self, text: str, where: Location) -> bool | None:
        """Agreed, only a wish, or None for a meeting declined or cancelled."""
        for key in (text.strip().casefold(), normalise_header(text)):  # as typed first: ✓ is no word
            if key in _AGREED:
                return _AGREED[key]
        self.note(
            Severity.ERROR,
            f"'{text}' is neither yes nor no; write yes where both sides agreed to the meeting, no or "
            "nothing for a wish, declined for a row to leave out",
            where,
        )
        return False

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
