"""Interpreters' run sheets as a person reads them: each lists exactly that interpreter's meetings, the
languages bridged, the breaks and free time; the desk gets the meetings left without an interpreter."""

from __future__ import annotations

import dataclasses
import math
from datetime import time
from pathlib import Path

from documents.floor_events import (
    LIU,
    ORTIZ,
    assert_in_columns,
    delegation_day,
    large_event,
    page_sizes,
    page_texts,
)
from reportlab.lib.pagesizes import A4

from app.documents import runsheets
from app.documents.catalogue import KINDS, PrintOptions
from app.documents.pdf import MARGIN
from app.documents.runsheets import write_runsheets
from app.domain import Break, Event, Interpreter, Meeting, Period
from app.domain.outcome import interpreting_languages

IDLE = Interpreter(9, "Kari Nordmann", ("Norwegian", "Spanish"))


def flat(text: str) -> str:
    return " ".join(text.split())


def parts(event: Event, path: Path) -> dict[str, str]:
    """Each part's text by its first line (the interpreter's name, or the desk's title)."""
    found: dict[str, str] = {}
    current = ""
    for text in page_texts(path):
        first = text.split("\r\n", 1)[0]
        if not first.endswith("(continued)"):
            current = first
        found[current] = found.get(current, "") + "\n" + text
    return found


def org_names(event: Event, meetings: list[Meeting]) -> set[str]:
    return {event.organisation_by_id[o].name for m in meetings for o in m.organisation_ids}


def test_each_interpreter_sheet_lists_exactly_their_meetings(tmp_path: Path) -> None:
    event = delegation_day(LIU, ORTIZ, IDLE)
    path = write_runsheets(event, tmp_path / "runsheets.pdf", PrintOptions())
    assert all(
        math.isclose(w, A4[0], abs_tol=1) and math.isclose(h, A4[1], abs_tol=1) for w, h in page_sizes(path)
    )
    sheets = parts(event, path)
    assert list(sheets) == [
        "Liu Mei",
        "Ana Ortiz",
        "Kari Nordmann",
        "For the desk: meetings without an interpreter",
    ]
    for interpreter in (LIU, ORTIZ):
        text = flat(sheets[interpreter.name])
        mine = [m for m in event.meetings if m.interpreter_id == interpreter.id]
        assert mine, interpreter
        assert f"{len(mine)} meeting" in text
        for meeting in mine:
            slot = event.slot_by_id[meeting.slot_id]
            assert f"{slot.start:%H:%M}–{slot.end:%H:%M} {event.table_by_id[meeting.table_id].name}" in text
            for pid in meeting.participant_ids:
                assert event.participant_by_id[pid].name in text
        listed = {o.name for o in event.organisations if o.name in text}
        assert listed == org_names(event, mine)
    assert "Chinese – Norwegian" in flat(sheets["Liu Mei"])
    if any(m.interpreter_id == ORTIZ.id for m in event.meetings):
        assert "Chinese – Spanish" in flat(sheets["Ana Ortiz"])
    assert "Kari Nordmann has no meetings to interpret" in flat(sheets["Kari Nordmann"])


def test_the_desk_gets_every_meeting_left_without_an_interpreter_by_time(tmp_path: Path) -> None:
    event = delegation_day()  # no interpreters at all
    missing = [m for m in event.meetings if interpreting_languages(event, m) is not None]
    assert missing
    text = flat(
        parts(event, write_runsheets(event, tmp_path / "r.pdf", PrintOptions()))[
            "For the desk: meetings without an interpreter"
        ]
    )
    assert f"{len(missing)} meeting" in text
    positions = []
    for meeting in sorted(missing, key=lambda m: (m.slot_id, m.table_id)):
        slot = event.slot_by_id[meeting.slot_id]
        label = f"{slot.start:%H:%M}–{slot.end:%H:%M} {event.table_by_id[meeting.table_id].name}"
        assert label in text
        positions.append(text.index(label))
        first, second = interpreting_languages(event, meeting) or ("", "")
        assert f"{first}–{second}" in text
    assert positions == sorted(positions)
    assert "青岛港湾工程" in text or "济南智造" in text or "烟台海工科技" in text


def test_breaks_and_free_time_between_meetings_are_shown(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    mine = sorted(
        (m for m in event.meetings if m.interpreter_id == LIU.id),
        key=lambda m: event.slot_by_id[m.slot_id].start,
    )
    first, last = event.slot_by_id[mine[0].slot_id], event.slot_by_id[mine[-1].slot_id]
    # A coffee break from the end of the first meeting to the start of the last.
    coffee = Break(first.end.time(), last.start.time(), "Coffee") if first.end < last.start else None
    if coffee is not None:
        day = dataclasses.replace(event.settings.days[0], breaks=(coffee,))
        event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, days=(day,)))
    text = flat(page_texts(write_runsheets(event, tmp_path / "r.pdf", PrintOptions()))[0])
    if coffee is not None:
        assert f"{coffee.start:%H:%M}–{coffee.end:%H:%M} Coffee" in text
    # Free time: any wait longer than the pause between slots is named with its minutes.
    starts = [event.slot_by_id[m.slot_id].start for m in mine]
    ends = [event.slot_by_id[m.slot_id].end for m in mine]
    for end, start in zip(ends, starts[1:], strict=False):
        if coffee is None and (start - end).total_seconds() > 60 * event.settings.pause_minutes:
            assert f"{end:%H:%M}–{start:%H:%M} Free ({int((start - end).total_seconds() // 60)} min)" in text


def test_only_keeps_the_meetings_of_those_organisations(tmp_path: Path) -> None:
    event = delegation_day(LIU, IDLE)
    mine = [m for m in event.meetings if m.interpreter_id == LIU.id]
    chosen = mine[0].organisation_ids[0]
    kept = [m for m in mine if chosen in m.organisation_ids]
    sheets = parts(event, write_runsheets(event, tmp_path / "r.pdf", PrintOptions(only=frozenset({chosen}))))
    assert "Kari Nordmann" not in sheets  # nothing of theirs for this organisation
    text = flat(sheets["Liu Mei"])
    assert f"{len(kept)} meeting" in text
    assert {o.name for o in event.organisations if o.name in text} == org_names(event, kept)


def test_a_large_event_paginates_every_sheet_within_the_page(tmp_path: Path) -> None:
    event = large_event()
    path = KINDS["runsheets"].write(event, tmp_path / "r.pdf", PrintOptions())
    texts = page_texts(path)
    assert len(texts) > len(event.interpreters) + 1
    assert any("(continued)" in text for text in texts)
    for number, text in enumerate(texts):
        assert "Page " in text, number
    helped = sum(1 for m in event.meetings if m.interpreter_id is not None)
    assert sum(flat(t).count("Chinese – ") + flat(t).count("– Chinese") for t in texts) == helped
    assert time(12) not in {event.slot_by_id[m.slot_id].start.time() for m in event.meetings}


def test_the_desk_list_keeps_every_text_in_its_cell(tmp_path: Path) -> None:
    event = large_event(organisations=120, tables=20)
    path = write_runsheets(event, tmp_path / "r.pdf", PrintOptions())
    columns = [MARGIN]
    for _, width in runsheets._COLUMNS:
        columns.append(columns[-1] + width)
    desk = [i for i, text in enumerate(page_texts(path)) if "For the desk" in text]
    assert len(desk) >= 2
    for index in desk:
        assert_in_columns(path, index, columns, MARGIN)


def test_the_interpreters_time_away_is_shown_as_such_not_as_free(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    mine = sorted(
        (m for m in event.meetings if m.interpreter_id == LIU.id),
        key=lambda m: event.slot_by_id[m.slot_id].start,
    )
    first, last = event.slot_by_id[mine[0].slot_id], event.slot_by_id[mine[-1].slot_id]
    assert first.end < last.start, "the sample needs a gap to be away in"
    away = Period(first.end.time(), last.start.time())
    helper = dataclasses.replace(LIU, away=(away,))
    event = dataclasses.replace(event, interpreters=(helper, *event.interpreters[1:]))
    text = flat(page_texts(write_runsheets(event, tmp_path / "r.pdf", PrintOptions()))[0])
    assert f"{away.start:%H:%M}–{away.end:%H:%M} Not available" in text
    assert f"{away.start:%H:%M}–{away.end:%H:%M} Free" not in text
