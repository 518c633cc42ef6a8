"""Table signs as a person sees them: a tent card per table that reads from both sides, then each table's run
sheet."""

from __future__ import annotations

import dataclasses
import math
from datetime import time
from pathlib import Path

import factories as f
import pytest
from documents.floor_events import (
    LIU,
    assert_in_columns,
    chars_of,
    delegation_day,
    large_event,
    page_sizes,
    page_texts,
    render,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageChops, ImageOps
from reportlab.lib.pagesizes import A4

from app.documents import signs
from app.documents.catalogue import KINDS, PrintOptions
from app.documents.pdf import MARGIN, fit_text
from app.documents.signs import write_signs
from app.documents.timetable_text import fit_cached, host_of_table
from app.domain import Break, Meeting, Organisation
from app.domain.outcome import interpreting_languages

SVG_LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    b'<rect width="120" height="40" fill="#C0392B"/></svg>'
)


def flat(text: str) -> str:
    return "".join(text.split())


def test_every_table_gets_a_card_that_reads_the_same_from_both_sides(tmp_path: Path) -> None:
    event = delegation_day(LIU)
    path = write_signs(event, tmp_path / "signs.pdf", PrintOptions(logo=SVG_LOGO))
    sizes = page_sizes(path)
    assert all(math.isclose(w, A4[0], abs_tol=1) and math.isclose(h, A4[1], abs_tol=1) for w, h in sizes)
    texts = page_texts(path)
    assert len(texts) == 2 * len(event.tables)  # a card each, then a one-page run sheet each
    for index, table in enumerate(event.tables):
        card = flat(texts[index])
        assert card.count(flat(table.name)) == 2 and card.count(flat(event.settings.name)) == 2
        chars = chars_of(path, index)
        middle = A4[1] / 2
        below = [c for c in chars if c.box[3] < middle]
        above = [c for c in chars if c.box[1] > middle]
        assert below and above and len(below) == len(above)
        assert all(abs(c.angle) < 0.01 or abs(c.angle - 2 * math.pi) < 0.01 for c in below)
        assert all(abs(c.angle - math.pi) < 0.01 for c in above)
        for c in chars:  # within the page, and each face's text on its own side of the fold
            left, bottom, right, top = c.box
            assert 0 < left <= right < A4[0] and 0 < bottom <= top < A4[1]
        # The upper half, turned half round, is the lower half: compare the rendered halves.
        image = render(path, index, scale=0.5)
        half = image.height // 2
        lower = image.crop((0, image.height - half + 3, image.width, image.height))
        upper = ImageOps.flip(ImageOps.mirror(image.crop((0, 0, image.width, half - 3))))
        difference = ImageChops.difference(lower, upper)
        assert sum(difference.histogram()[40:]) < 0.002 * lower.width * lower.height
        inked = sum(ImageOps.invert(lower).histogram()[40:])
        assert inked > 0.02 * lower.width * lower.height  # the name is large: it inks the face


def test_a_long_table_name_shrinks_to_fit_the_card(tmp_path: Path) -> None:
    event = delegation_day()
    long_name = "Salón de Actos Principal — Mesa de la Delegación de Qingdao 青岛代表团"
    tables = (dataclasses.replace(event.tables[0], name=long_name), event.tables[1])
    event = dataclasses.replace(event, tables=tables)
    path = write_signs(event, tmp_path / "signs.pdf", PrintOptions())
    assert flat(long_name) in flat(page_texts(path)[0])
    chars = chars_of(path, 0)
    below = sorted(c.char for c in chars if c.box[3] < A4[1] / 2)
    assert below == sorted(c.char for c in chars if c.box[1] > A4[1] / 2)
    assert sorted(flat(long_name + event.settings.name)) == below
    for c in chars:
        left, bottom, right, top = c.box
        assert 10 < left <= right < A4[0] - 10 and 10 < bottom <= top < A4[1] - 10


def test_the_host_who_sits_there_all_day_is_on_the_card(tmp_path: Path) -> None:
    event = f.delegation_day()
    orgs = tuple(dataclasses.replace(o, table="Table 2") if o.id == 7 else o for o in event.organisations)
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 5)),
        Meeting(2, 2, 1, (2, 4), (3, 5)),
        Meeting(3, 3, 1, (3, 4), (4, 5)),
        Meeting(4, 1, 2, (2, 5), (3, 6)),
    )
    event = dataclasses.replace(event, organisations=orgs, meetings=meetings)
    # Sørvest Havn is in every meeting at table 1 so far, but the table is not its own: no host there.
    assert host_of_table(event, 1) is None
    assert host_of_table(event, 2) == 7  # table 2 is its own, though it meets elsewhere
    texts = page_texts(write_signs(event, tmp_path / "signs.pdf", PrintOptions()))
    assert flat("Sørvest Havn AS") not in flat(texts[0])
    assert flat(texts[1]).count(flat("Energía Levante S.L.")) == 2
    assert "Host all day" not in texts[2]
    assert "Host all day: Energía Levante S.L." in texts[3]


def test_a_local_script_host_name_is_printed_under_the_latin_one(tmp_path: Path) -> None:
    event = f.delegation_day()
    orgs = tuple(dataclasses.replace(o, table="2") if o.id == 1 else o for o in event.organisations)
    meetings = (Meeting(1, 1, 2, (1, 4), (1, 5)), Meeting(2, 2, 2, (1, 5), (2, 6)))
    event = dataclasses.replace(event, organisations=orgs, meetings=meetings)
    card = flat(page_texts(write_signs(event, tmp_path / "signs.pdf", PrintOptions()))[1])
    assert card.count("QingdaoHarbourEngineering") == 2 and card.count("青岛港湾工程") == 2


def test_the_run_sheet_shows_every_slot_the_breaks_and_interpreting(tmp_path: Path) -> None:
    event = delegation_day()  # no interpreter: Chinese–Norwegian meetings need one
    settings = dataclasses.replace(
        event.settings,
        days=(
            dataclasses.replace(event.settings.days[0], breaks=(Break(time(14), time(14, 15), "Coffee"),)),
        ),
    )
    event = dataclasses.replace(event, settings=settings)
    path = write_signs(event, tmp_path / "signs.pdf", PrintOptions())
    sheets = page_texts(path)[len(event.tables) :]
    assert len(sheets) == len(event.tables)
    for table, text in zip(event.tables, sheets, strict=True):
        assert f"{table.name} — run sheet" in text and "Page 1 of 1" in text
        assert "14:00–14:15 Coffee" in " ".join(text.split())
        here = [m for m in event.meetings if m.table_id == table.id]
        for slot in event.slots:
            assert f"{slot.start:%H:%M}–{slot.end:%H:%M}" in text
        assert text.count("Free") == len(event.slots) - len(here)
        for meeting in here:
            for org in meeting.organisation_ids:
                latin, local = event.organisation_by_id[org].names
                assert flat(latin) in flat(text) and flat(local) in flat(text)
        needs = [interpreting_languages(event, m) for m in here]
        text = " ".join(text.split())
        assert text.count("Interpreting needed (") == sum(1 for n in needs if n is not None)
        for languages in filter(None, needs):
            assert f"Interpreting needed ({languages[0]}–{languages[1]})" in text
        for meeting in here:
            for pid in meeting.participant_ids:
                assert flat(event.participant_by_id[pid].name) in flat(text)
    assert any(interpreting_languages(event, m) is not None for m in event.meetings)


def test_only_prints_the_tables_where_those_organisations_meet(tmp_path: Path) -> None:
    event = f.delegation_day()
    meetings = (Meeting(1, 1, 1, (1, 4), (1, 5)), Meeting(2, 2, 2, (3, 6), (4, 7)))
    event = dataclasses.replace(event, meetings=meetings)
    texts = page_texts(write_signs(event, tmp_path / "signs.pdf", PrintOptions(only=frozenset({6}))))
    assert len(texts) == 2
    assert flat(texts[0]).count("Table2") == 2 and "Table 1" not in texts[1]
    assert "Ryfylke Vind AS" in texts[1]


def test_the_catalogue_writes_the_signs_and_a_failed_write_leaves_the_file(tmp_path: Path) -> None:
    event = delegation_day()
    path = KINDS["signs"].write(event, tmp_path / "signs.pdf", PrintOptions())
    before = path.read_bytes()
    broken = dataclasses.replace(event, organisations=(Organisation(1, "Only one"),))
    with pytest.raises(KeyError):
        write_signs(broken, path, PrintOptions())
    assert path.read_bytes() == before


def test_on_a_large_event_every_text_stays_in_its_cell(tmp_path: Path) -> None:
    event = large_event(organisations=120, tables=20)
    day = dataclasses.replace(event.settings.days[0], breaks=())
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, days=(day,)))
    path = write_signs(event, tmp_path / "signs.pdf", PrintOptions())
    texts = page_texts(path)
    assert len(texts) > 2 * len(event.tables)  # some tables' run sheets take two pages
    columns = [MARGIN]
    for _, width in signs._COLUMNS:
        columns.append(columns[-1] + width)
    for index in range(len(event.tables), len(texts)):
        assert_in_columns(path, index, columns, MARGIN)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Table", "7", "Salón", "青岛代表团", "Delegación", "AS", "Mesa"]),
        min_size=1,
        max_size=8,
    ),
    width=st.floats(40, 560),
    height=st.floats(8, 220),
    largest=st.sampled_from([190.0, 44.0, 9.0, 8.5]),
    smallest=st.sampled_from([6.0, 7.0, 12.0]),
    max_lines=st.integers(1, 3),
    bold=st.booleans(),
)
def test_the_remembered_fit_lays_text_out_as_fit_text_does(
    words: list[str], width: float, height: float, largest: float, smallest: float, max_lines: int, bold: bool
) -> None:
    text = " ".join(words)
    smallest = min(smallest, largest)
    assert fit_cached(text, width, height, largest, smallest, max_lines, bold) == fit_text(
        text, width, height, largest=largest, smallest=smallest, max_lines=max_lines, bold=bold
    )


def test_progress_counts_up_to_the_whole_and_nothing_chosen_says_so(tmp_path: Path) -> None:
    event = delegation_day()
    seen: list[tuple[int, int]] = []
    write_signs(event, tmp_path / "signs.pdf", PrintOptions(), lambda done, total: seen.append((done, total)))
    total = 2 * len(event.tables)
    assert seen[-1] == (total, total) and [done for done, _ in seen] == sorted(done for done, _ in seen)
    idle = Organisation(99, "Nobody Meets AS")
    event = dataclasses.replace(event, organisations=(*event.organisations, idle))
    texts = page_texts(write_signs(event, tmp_path / "none.pdf", PrintOptions(only=frozenset({99}))))
    assert len(texts) == 1 and "No table has a meeting of the organisations chosen." in texts[0]
