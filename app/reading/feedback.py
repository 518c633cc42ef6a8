"""Reading a filled feedback workbook (``feedback.xlsx``, written by ``app.documents.feedback_xlsx``) into
what came of each meeting, with every row or cell not read named by row and column and why.

Rows are matched to meetings by the meeting key (``M4-17``: the pair of organisations, which a re-plan does
not change) or, where the key is gone, by the two organisations' names. Answers may be in English, Norwegian
or Spanish (``feedback.toml``); an empty cell means "not known" and changes nothing already recorded.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from app.domain import Event, MeetingResult, Outcome, Pair, pair_of
from app.errors import Finding, InputError, Location, Severity
from app.reading.names import folded, fuzzy_key
from app.reading.workbook import CellValue, Sheet, read_sheets

HEADER_ROWS = 5
"""The header row is looked for among the first rows of each sheet (a title may stand above it)."""

_KEY = re.compile(r"m?\s*(\d+)\s*[-–/]\s*(\d+)")
_RATING = re.compile(r"([1-5])(?:[.,]0+)?\s*(?:(?:/|of|av|de)\s*5)?")


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One filled row: the meeting (its pair) and what the row says; None where a cell was left empty or could
    not be read."""

    row: int
    pair: Pair
    result: MeetingResult | None = None
    missing: str | None = None
    follow_up: bool | None = None
    rating: int | None = None
    note: str | None = None

    def applied_to(self, outcome: Outcome) -> Outcome:
        """``outcome`` with what this row says written over it; what the row leaves empty stays."""
        return Outcome(
            outcome.organisation_ids,
            result=outcome.result if self.result is None else self.result,
            missing=outcome.missing if self.missing is None else self.missing,
            follow_up=outcome.follow_up if self.follow_up is None else self.follow_up,
            rating=outcome.rating if self.rating is None else self.rating,
            note=outcome.note if self.note is None else self.note,
        )


@dataclass(frozen=True, slots=True)
class FeedbackReading:
    """What a feedback workbook says: the rows read, how many were left empty, and what was skipped."""

    sheet: str
    rows: tuple[FeedbackRow, ...]
    empty: int
    skipped: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class _Words:
    yes: frozenset[str]
    no: frozenset[str]
    both: frozenset[str]
    columns: Mapping[str, frozenset[str]]


@cache
def _words() -> _Words:
    data = tomllib.loads(files("app.reading").joinpath("feedback.toml").read_text(encoding="utf-8"))

    def fold(words: Sequence[str]) -> frozenset[str]:
        return frozenset(_fold(word) for word in words)

    answers = data["answers"]
    columns = {name: fold(titles) for name, titles in data["columns"].items()}
    return _Words(fold(answers["yes"]), fold(answers["no"]), fold(answers["both"]), columns)


def _fold(text: str) -> str:
    return " ".join(folded(text).split())


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return " ".join(str(value).split())


def _find_header(sheet: Sheet) -> tuple[int, dict[str, int]] | None:
    """The header row (1-based) and the column (0-based) of each known title, if this is a feedback sheet."""
    words = _words()
    for index, row in enumerate(sheet.rows[:HEADER_ROWS]):
        found: dict[str, int] = {}
        for column, value in enumerate(row):
            title = _fold(_text(value))
            for name, titles in words.columns.items():
                if title in titles and name not in found:
                    found[name] = column
        names_the_meeting = "key" in found or ("first" in found and "second" in found)
        if names_the_meeting and found.keys() & {"held", "follow_up", "rating"}:
            return index + 1, found
    return None


class _Organisations:
    """Organisations by their names as a sheet may show them: Latin, local script, or 'Latin (local)'."""

    def __init__(self, event: Event) -> None:
        self._by_name: dict[str, int | None] = {}
        for org in event.organisations:
            labels = {org.name, org.local_name, f"{org.name} ({org.local_name})" if org.local_name else ""}
            for label in filter(None, labels):
                key = fuzzy_key(label)
                # Two organisations of the same name cannot be told apart by it.
                self._by_name[key] = org.id if self._by_name.get(key, org.id) == org.id else None

    def find(self, text: str) -> int | None:
        return self._by_name.get(fuzzy_key(text)) if text else None


def read_feedback(path: Path, event: Event) -> FeedbackReading:
    """Read a filled feedback workbook for ``event``; raises InputError for a file that is not one."""
    sheets = read_sheets(path)
    for sheet in sheets:
        header = _find_header(sheet)
        if header is not None:
            return _read_sheet(path, event, sheet, *header)
    raise InputError(
        "is not a MeetGrid feedback workbook: no sheet has a 'Meeting key' column (or 'Organisation A' and "
        "'Organisation B') with 'Held', 'Follow-up wanted' or 'Rating' beside it; write a blank one with "
        "'meetgrid outcomes EVENT --blank feedback.xlsx'",
        Location(file=str(path)),
    )


def _read_sheet(
    path: Path, event: Event, sheet: Sheet, header: int, columns: dict[str, int]
) -> FeedbackReading:
    words = _words()
    organisations = _Organisations(event)
    filled_columns = [name for name in ("held", "missing", "follow_up", "rating", "note") if name in columns]
    rows: list[FeedbackRow] = []
    skipped: list[Finding] = []
    seen: dict[Pair, int] = {}
    empty = 0

    def cell(row: tuple[CellValue, ...], name: str) -> CellValue:
        column = columns.get(name)
        return row[column] if column is not None and column < len(row) else None

    def skip(number: int, message: str, name: str | None = None) -> None:
        column = columns.get(name) if name is not None else None
        location = sheet.location(
            path,
            row=number,
            column=column + 1 if column is not None else None,
            column_name=_text(sheet.rows[header - 1][column]) if column is not None else None,
        )
        skipped.append(Finding(Severity.WARNING, message, location))

    for index, row in enumerate(sheet.rows[header:], start=header + 1):
        if not any(_text(cell(row, name)) for name in filled_columns):
            if any(_text(value) for value in row):
                empty += 1
            continue
        pair, why = _pair_of(
            _text(cell(row, "key")),
            _text(cell(row, "first")),
            _text(cell(row, "second")),
            organisations,
            event,
        )
        if pair is None:
            skip(index, why)
            continue
        if pair in seen:
            skip(index, f"the same meeting as row {seen[pair]}; row not read")
            continue
        seen[pair] = index
        values: dict[str, Any] = {}
        for name in ("held", "follow_up"):
            text = _text(cell(row, name))
            if not text:
                continue
            answer = _yes_no(text, words)
            if answer is None:
                skip(index, f"'{text}' is neither yes nor no; cell not read", name)
            elif name == "held":
                values["result"] = MeetingResult.HELD if answer else MeetingResult.NOT_HELD
            else:
                values["follow_up"] = answer
        rating_text = _text(cell(row, "rating"))
        if rating_text:
            match = _RATING.fullmatch(folded(rating_text))
            if match is None:
                skip(index, f"'{rating_text}' is not a rating from 1 to 5; cell not read", "rating")
            else:
                values["rating"] = int(match.group(1))
        missing = _text(cell(row, "missing"))
        if missing:
            values["missing"] = _missing(missing, pair, event, organisations, words)
        note = _text(cell(row, "note"))
        if note:
            values["note"] = note
        if values:
            rows.append(FeedbackRow(index, pair, **values))
    return FeedbackReading(sheet.name or "", tuple(rows), empty, tuple(skipped))


def _pair_of(
    key: str, first_text: str, second_text: str, organisations: _Organisations, event: Event
) -> tuple[Pair | None, str]:
    """The row's meeting by its key, else by the two names; or why it cannot be told."""
    planned = {m.organisation_ids for m in event.meetings}
    match = _KEY.fullmatch(key.lower()) if key else None
    by_key = pair_of(int(match.group(1)), int(match.group(2))) if match and match[1] != match[2] else None
    if by_key in planned:
        return by_key, ""
    first, second = organisations.find(first_text), organisations.find(second_text)
    by_names = (
        pair_of(first, second) if first is not None and second is not None and first != second else None
    )
    if by_names in planned:
        return by_names, ""
    if by_names is not None:
        names = " and ".join(event.organisation_by_id[o].name for o in by_names)
        return None, f"{names} have no meeting in the timetable; row not read"
    if key and not (first_text or second_text):
        if match is None:
            return None, f"the meeting key '{key}' is not one MeetGrid wrote (like M4-17); row not read"
        return None, f"the meeting key '{key}' is no meeting of this event's timetable; row not read"
    if not first_text and not second_text:
        return None, "neither a meeting key nor the two organisations are given; row not read"
    unknown = [text for text, found in ((first_text, first), (second_text, second)) if found is None and text]
    if not unknown:
        return None, "both organisations are needed to tell the meeting; row not read"
    names = " and ".join(f"'{text}'" for text in unknown)
    return None, f"no organisation of the event is called {names}; row not read"


def _yes_no(text: str, words: _Words) -> bool | None:
    word = _fold(text)
    if word in words.yes:
        return True
    if word in words.no:
        return False
    return None


def _missing(text: str, pair: Pair, event: Event, organisations: _Organisations, words: _Words) -> str:
    """Who was missing, by the organisation's own name where the cell names one of the two, or 'both'."""
    if _fold(text) in words.both:
        return "both"
    found = organisations.find(text)
    if found in pair:
        return event.organisation_by_id[found].name
    return text
