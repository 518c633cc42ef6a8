"""The master grid as it hangs on the wall: A3 landscape, nothing under 7 pt, every text inside its cell,
tables and slots spread over numbered pages that say what they show."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from datetime import date, time
from pathlib import Path

from documents.floor_events import LIU, chars_of, delegation_day, large_event, page_sizes, page_texts
from reportlab.lib.pagesizes import A3, landscape

from app.documents import grid
from app.documents.catalogue import KINDS, PrintOptions
from app.documents.grid import write_grid
from app.domain import Break, EventDay, build_slots


def flat(text: str) -> str:
    return "".join(text.split())


def test_a_large_event_spreads_over_pages_and_never_goes_below_7_pt(tmp_path: Path) -> None:
    event = large_event(organisations=200, tables=40)
    path = write_grid(event, tmp_path / "grid.pdf", PrintOptions())
    sizes = page_sizes(path)
    width, height = landscape(A3)
    assert all(math.isclose(w, width, abs_tol=1) and math.isclose(h, height, abs_tol=1) for w, h in sizes)
    texts = page_texts(path)
    total = len(texts)
    assert total >= 4  # 40 tables do not fit one page's width, nor a day's slots its height
    shape = grid.geometry(event, len(event.tables))
    shown: dict[str, set[int]] = {}
    for index, text in enumerate(texts):
        assert f"Page {index + 1} of {total}" in text
        ranges = re.search(r"Tables (\d+)–(\d+) of 40", text)
        assert ranges is not None, text[:200]
        first, last = int(ranges[1]), int(ranges[2])
        times = re.search(r"(\d\d:\d\d)–(\d\d:\d\d) · ", text)
        assert times is not None
        assert f"Table {first}" in text and f"Table {last}" in text and f"Table {last + 1}\r\n" not in text
        shown.setdefault(times[0], set()).update(range(first, last + 1))
        chars = chars_of(path, index)
        assert min(c.size for c in chars) >= 7 - 0.01
        columns = [grid.MARGIN + grid.TIME_COLUMN + i * shape.column for i in range(last - first + 2)]
        for c in chars:
            left, bottom, right, top = c.box
            assert grid.MARGIN - 1 < left <= right < width - grid.MARGIN + 1
            assert grid.MARGIN - 3 < bottom <= top < height - grid.MARGIN + 3
            if bottom > grid.GRID_BOTTOM and top < grid.GRID_TOP - shape.head and left > columns[0]:
                assert any(a - 0.5 <= left and right <= b + 0.5 for a, b in itertools.pairwise(columns)), c
    assert all(tables == set(range(1, 41)) for tables in shown.values())
    assert len(shown) >= 2  # the day is cut into several runs of rows
    everything = flat("".join(texts))
    for meeting in event.meetings:
        for org in meeting.organisation_ids:
            latin, local = event.organisation_by_id[org].names
            assert flat(latin) in everything and flat(local) in everything


def test_a_small_day_fits_one_page_with_its_breaks_and_interpreters(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    day = dataclasses.replace(
        event.settings.days[0], breaks=(Break(time(14), time(14, 15), "Plenary: welcome"),)
    )
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, days=(day,)))
    path = KINDS["grid"].write(event, tmp_path / "grid.pdf", PrintOptions())
    (text,) = page_texts(path)
    assert "Page 1 of 1" in text and "Tables 1–2 of 2" in text
    assert "14:00–14:15 Plenary: welcome" in " ".join(text.split())
    for name in ("Qingdao Harbour Engineering", "青岛港湾工程", "Sørvest Havn AS", "Energía Levante S.L."):
        if any(name in event.organisation_by_id[o].names for m in event.meetings for o in m.organisation_ids):
            assert flat(name) in flat(text)
    helped = sum(1 for m in event.meetings if m.interpreter_id == LIU.id)
    assert text.count("↔ Liu Mei") == helped > 0
    needed = [m for m in event.meetings if m.interpreter_id is None and event.needs_interpreting(m)]
    assert text.count("◆") == len(needed) + 1  # and once in the legend


def test_several_days_get_a_section_each(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    days = (event.settings.days[0], EventDay(date(2026, 6, 10), time(9), time(10)))
    settings = dataclasses.replace(event.settings, days=days)
    event = dataclasses.replace(event, settings=settings, slots=build_slots(settings))
    texts = page_texts(write_grid(event, tmp_path / "grid.pdf", PrintOptions()))
    assert len(texts) == 2
    assert "Tuesday 9 June 2026" in texts[0] and "13:00–15:00" in texts[0]
    assert "Wednesday 10 June 2026" in texts[1] and "09:00–" in texts[1] and "Page 2 of 2" in texts[1]


def test_a_host_who_keeps_a_table_is_named_in_its_column_heading(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    orgs = tuple(dataclasses.replace(o, table="Table 2") if o.id == 7 else o for o in event.organisations)
    event = dataclasses.replace(event, organisations=orgs)
    path = write_grid(event, tmp_path / "grid.pdf", PrintOptions())
    chars = chars_of(path, 0)
    shape = grid.geometry(event, len(event.tables), hosted=True)
    heading = "".join(
        c.char for c in chars if c.box[1] > grid.GRID_TOP - shape.head and c.box[3] < grid.GRID_TOP
    )
    assert heading == "TimeTable1Table2EnergíaLevanteS.L."
    assert min(c.size for c in chars) >= 7 - 0.01
