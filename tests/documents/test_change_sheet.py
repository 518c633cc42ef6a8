"""The desk's change sheet of a re-plan, read back as a person reads it: per organisation whose day changed,
each cancelled, added and moved meeting old → new, names in both scripts, nobody else."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time
from pathlib import Path

import factories as f
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.documents.catalogue import PrintOptions
from app.documents.change_sheet import write_change_sheet
from app.domain import Event, EventDay, Meeting
from app.domain.changes import Cancelled, Changes, Moved
from app.errors import ExportError
from app.services.reprinting import print_change_sheet

# The delegation day: slots at 13:00, 13:25, 13:50, 14:15 and 14:40, two tables.
HOLDS = Meeting(1, 1, 1, (1, 4), (1, 2, 5))
MOVING = Meeting(2, 1, 2, (2, 5), (3, 6))
CANCELLING = Meeting(3, 2, 1, (3, 6), (4, 7))
ADDED = Meeting(4, 4, 2, (1, 5), (1, 6))


def planned() -> Event:
    return dataclasses.replace(f.delegation_day(), meetings=(HOLDS, MOVING, CANCELLING))


def changes() -> Changes:
    return Changes(
        now=datetime(2026, 6, 9, 13, 20),
        cancelled=(Cancelled(CANCELLING, "Yantai Offshore Tech is absent from 13:20"),),
        added=(ADDED,),
        moved=(Moved(MOVING, dataclasses.replace(MOVING, slot_id=3, table_id=1), "a table freed up"),),
        unchanged=1,
        seconds=0.2,
    )


def text_of(path: Path) -> str:
    """The sheet's text with each run of spaces and line breaks as one space, as a reader takes it in."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def sections(path: Path, event: Event) -> dict[str, str]:
    """The text under each organisation's heading, by the organisation's name (a heading: the name, in its
    own script too, and then a change)."""
    text = text_of(path)
    found = {}
    starts = []
    for org in event.organisations:
        local = f"( {re.escape(org.local_name)})?" if org.local_name else ""
        heading = re.search(rf"{re.escape(org.name)}{local} (?=added:|moved:|\d\d:\d\d)", text)
        if heading is not None:
            starts.append((heading.start(), org.name))
    starts.sort()
    for (start, name), (end, _) in zip(starts, [*starts[1:], (len(text), "")], strict=True):
        found[name] = text[start:end]
    return found


def test_each_change_old_to_new_for_each_organisation_concerned(tmp_path: Path) -> None:
    event = planned()
    path = write_change_sheet(event, tmp_path / "changes.pdf", changes(), PrintOptions())
    text = text_of(path)
    assert "Re-planned at 13:20" in text
    assert "1 cancelled · 1 added · 1 moved · 1 unchanged" in text
    assert "Energía Levante S.L." not in text, "an organisation whose day did not change is not listed"
    assert "Sørvest Havn AS" not in text, "nor is one whose meeting holds"
    by_org = sections(path, event)
    assert list(by_org) == [  # registration order
        "Qingdao Harbour Engineering",
        "Jinan Smart Works",
        "Yantai Offshore Tech",
        "Nordsjø Automasjon AS",
        "Ryfylke Vind AS",
    ]
    # The cancelled meeting, from both sides, with why.
    assert (
        "13:25 Table 1 with Ryfylke Vind AS → cancelled (Yantai Offshore Tech is absent from 13:20)"
        in (by_org["Yantai Offshore Tech"])
    )
    assert (
        "13:25 Table 1 with Yantai Offshore Tech (烟台海工科技) → cancelled "
        "(Yantai Offshore Tech is absent from 13:20)"
    ) in by_org["Ryfylke Vind AS"]
    # The meeting added, from both sides, with the people who go.
    assert "added: 14:15 Table 2 with Nordsjø Automasjon AS 王伟" in by_org["Qingdao Harbour Engineering"]
    assert (
        "added: 14:15 Table 2 with Qingdao Harbour Engineering (青岛港湾工程) Åse Nærland"
        in (by_org["Nordsjø Automasjon AS"])
    )
    # The meeting moved, old → new.
    assert (
        "moved: 13:00 Table 2 → 13:50 Table 1 with Nordsjø Automasjon AS (a table freed up)"
        in (by_org["Jinan Smart Works"])
    )
    assert (
        "moved: 13:00 Table 2 → 13:50 Table 1 with Jinan Smart Works (济南智造)"
        in (by_org["Nordsjø Automasjon AS"])
    )
    # Both scripts in the headings.
    assert "Qingdao Harbour Engineering 青岛港湾工程" in text
    assert "Jinan Smart Works 济南智造" in text
    # An organisation's changes in the order of the day: the move (13:00) before the meeting added (14:15).
    nordsjo = by_org["Nordsjø Automasjon AS"]
    assert nordsjo.index("moved:") < nordsjo.index("added:")


def test_the_sheet_renders_as_one_page_with_its_colours(tmp_path: Path) -> None:
    path = write_change_sheet(planned(), tmp_path / "changes.pdf", changes(), PrintOptions())
    pdf = pdfium.PdfDocument(path)
    try:
        assert len(pdf) == 1
        image = pdf[0].render(scale=1).to_pil().convert("RGB")
    finally:
        pdf.close()
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 24)}
    for red, green, blue in ((0xC0, 0x39, 0x2B), (0x2E, 0x8B, 0x57), (0xD6, 0x89, 0x10)):
        assert (red, green, blue) in colours, "each kind of change has its colour strip"


def test_only_the_organisations_chosen(tmp_path: Path) -> None:
    event = planned()
    path = write_change_sheet(event, tmp_path / "changes.pdf", changes(), PrintOptions(only=frozenset({6})))
    assert list(sections(path, event)) == ["Ryfylke Vind AS"]


def test_no_change_says_so(tmp_path: Path) -> None:
    path = write_change_sheet(
        planned(), tmp_path / "changes.pdf", Changes(datetime(2026, 6, 9, 14, 5), unchanged=3), PrintOptions()
    )
    text = text_of(path)
    assert "Re-planned at 14:05" in text
    assert "Nothing changed: every meeting stays as it was planned." in text


def test_times_name_the_day_on_an_event_of_several_days(tmp_path: Path) -> None:
    event = planned()
    second = EventDay(date(2026, 6, 10), time(13), time(15))
    event = dataclasses.replace(
        event, settings=dataclasses.replace(event.settings, days=(*event.settings.days, second))
    )
    path = write_change_sheet(event, tmp_path / "changes.pdf", changes(), PrintOptions())
    assert re.search(r"moved: Tue 9 Jun 13:00 Table 2 → Tue 9 Jun 13:50 Table 1", text_of(path))


def test_the_service_writes_whole_or_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        print_change_sheet(planned(), changes(), blocker / "changes.pdf")
    path = print_change_sheet(planned(), changes(), tmp_path / "desk" / "changes.pdf")
    assert "Re-planned at 13:20" in text_of(path)
