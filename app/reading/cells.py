"""One cell of a registration sheet read: text, lists, sessions, priorities, times of day, spans."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from app.domain import (
    DaySession,
    Period,
    Priority,
)
from app.reading.columns import (
    clean,
)
from app.reading.workbook import CellValue

_clean = clean


def split_list(text: str) -> tuple[str, ...]:
    """Interests or languages typed in one cell: 'ports; offshore, energy' -> three entries, no repeats."""
    seen: dict[str, str] = {}
    for part in re.split(r"[;,\n\r/|]+", text):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


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


_AGREED = {
    **dict.fromkeys(
        (
            "yes", "y", "x", "true", "1", "agreed", "confirmed", "accepted", "ok", "scheduled", "booked",
            "rescheduled",
            "ja", "j", "avtalt", "bekreftet", "akseptert",
            "si", "sí", "acordada", "acordado", "confirmada", "confirmado", "aceptada", "aceptado",
            "acordat", "confirmat",
            "是", "已确认", "确认", "已同意", "同意", "✓", "✔",
        ),
        True,
    ),
    **dict.fromkeys(
        (
            "", "no", "n", "false", "0", "pending", "requested", "open",
            "nei", "venter", "sendt",
            "pendiente", "solicitada", "pendent",
            "否", "待定", "待确认",
        ),
        False,
    ),
    **dict.fromkeys(
        (
            "declined", "rejected", "cancelled", "canceled", "withdrawn", "expired",
            "avslått", "avvist", "avlyst", "trukket",
            "rechazada", "rechazado", "cancelada", "cancelado", "rebutjada", "cancel·lada",
            "拒绝", "已拒绝", "取消", "已取消",
        ),
        None,
    ),
}  # fmt: skip
"""Answers in an Agreed column (a matchmaking platform's meeting status): agreed (True), still only a wish
(False), or declined (None: not a request at all)."""


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
