"""Agenda PDFs: every name printed and searchable, meetings in time order, pages numbered, safe names."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path
from typing import Any

import factories as f
import pytest
from pypdf import PdfReader

from app.documents.agenda_pdf import agenda_filename, write_agenda, write_agendas
from app.documents.pdf import script_runs
from app.domain import Break, Event, Meeting, Organisation, Participant, build_slots
from app.scheduler import SolveOptions, build_instance, solve


def solved(event: Event) -> Event:
    result = solve(build_instance(event), SolveOptions(time_limit=10))
    assert result.has_schedule
    return dataclasses.replace(event, meetings=result.meetings)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def embedded_fonts(path: Path) -> set[str]:
    """Base names of the fonts whose outlines are embedded as TrueType (FontFile2)."""
    found: set[str] = set()

    def visit(font: Any) -> None:
        font = font.get_object()
        for descendant in font.get("/DescendantFonts", []):
            visit(descendant)
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            found.add(str(font["/BaseFont"]))

    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            visit(font)
    return found


def test_chinese_norwegian_and_spanish_names_are_embedded_and_searchable(tmp_path: Path) -> None:
    event = solved(f.delegation_day())
    qingdao = write_agenda(event, 1, tmp_path / "qingdao.pdf")
    text = text_of(qingdao)
    for name in ("Qingdao Harbour Engineering", "青岛港湾工程", "王伟", "Sørvest Havn AS", "Bjørn Økland"):
        assert name in text
    assert "Test day" in text and "Tuesday 9 June 2026" in text and "Test venue" in text
    fonts = embedded_fonts(qingdao)
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert any("WenQuanYi" in font or "wqy" in font.casefold() for font in fonts), fonts
    levante = text_of(write_agenda(event, 7, tmp_path / "levante.pdf"))
    assert "Energía Levante S.L." in levante and "Íñigo Muñoz" in levante


def test_meetings_are_listed_in_time_order_with_table_and_partner(tmp_path: Path) -> None:
    event = solved(f.delegation_day())
    org = 1
    meetings = event.meetings_of(org)
    assert len(meetings) >= 2
    text = text_of(write_agenda(event, org, tmp_path / "agenda.pdf"))
    positions = []
    for meeting in meetings:
        slot = event.slot_by_id[meeting.slot_id]
        label = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
        assert label in text
        positions.append(text.index(label))
        assert event.partner_of(meeting, org).name in text
    assert positions == sorted(positions)
    assert f"{len(meetings)} meetings" in text
    assert "Page 1 of 1" in text


def test_a_long_agenda_numbers_its_pages(tmp_path: Path) -> None:
    settings = f.settings(start=time(9), end=time(18), tables=30, pause_minutes=0, meeting_minutes=15)
    orgs = (Organisation(1, "Busy Harbour AS"), *f.organisations(40)[1:])
    people = f.people({1: 3} | {o.id: 1 for o in orgs[1:]})
    wishes = f.requests((1, o.id) for o in orgs[1:])
    event = solved(f.event(orgs, people, wishes, event_settings=settings))
    assert len(event.meetings_of(1)) > 30
    reader = PdfReader(write_agenda(event, 1, tmp_path / "busy.pdf"))
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()
    assert "Time" in reader.pages[1].extract_text(), "the table header repeats on every page"


def test_an_organisation_without_meetings_is_told_so(tmp_path: Path) -> None:
    event = f.delegation_day()
    text = text_of(write_agenda(event, 6, tmp_path / "vind.pdf"))
    assert "No meetings are scheduled for Ryfylke Vind AS yet." in text


def test_one_agenda_per_organisation_with_unique_safe_names(tmp_path: Path) -> None:
    orgs = (
        Organisation(1, "Nord A/S"),
        Organisation(2, "Nord A S"),
        Organisation(3, "nord a s"),
        Organisation(4, "济南智造"),
        Organisation(5, "CON"),
    )
    people = tuple(Participant(o.id, o.id, f"Person {o.id}") for o in orgs)
    event = f.event(orgs, people, meetings=[Meeting(1, 1, 1, (1, 4), (1, 4))])
    paths = write_agendas(event, tmp_path / "agendas")
    assert [p.name for p in paths] == [
        "Nord A S.pdf",
        "Nord A S (2).pdf",
        "nord a s (3).pdf",
        "济南智造.pdf",
        "CON (agenda).pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)
    assert "济南智造" in text_of(paths[0]), "the partner's Chinese name is printed"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('What? A "quoted" name: yes', "What A quoted name yes.pdf"),
        ("Trailing dots...", "Trailing dots.pdf"),
        ("x" * 200, "x" * 80 + ".pdf"),
        ("lpt1.report", "lpt1.report (agenda).pdf"),
        ("Line\nbreak\tand tab", "Line break and tab.pdf"),
    ],
)
def test_agenda_file_names_are_safe_everywhere(name: str, expected: str) -> None:
    assert agenda_filename(Organisation(1, name), set()) == expected


def test_text_switches_to_the_cjk_font_only_where_needed() -> None:
    assert script_runs("王伟 (Wang Wei)") == [(True, "王伟 "), (False, "(Wang Wei)")]
    assert script_runs("Bjørn Økland, Íñigo Muñoz") == [(False, "Bjørn Økland, Íñigo Muñoz")]


def test_breaks_between_an_organisations_meetings_are_on_its_agenda(tmp_path: Path) -> None:
    coffee = Break(time(13, 45), time(14), "Coffee with the mayor")
    lunch = Break(time(11), time(12), "Lunch before anyone meets")
    day = f.delegation_day()
    settings = dataclasses.replace(
        f.settings(tables=2), days=(dataclasses.replace(f.settings().days[0], breaks=(lunch, coffee)),)
    )
    slots = build_slots(settings)
    before, after = slots[0], next(s for s in slots if s.start.time() >= time(14))
    meetings = (
        Meeting(1, before.id, 1, (1, 4), (1, 5)),  # Qingdao – Sørvest at 13:00
        Meeting(2, after.id, 1, (1, 5), (2, 6)),  # Qingdao – Nordsjø at 14:00
    )
    event = dataclasses.replace(day, settings=settings, slots=slots, meetings=meetings)
    text = text_of(write_agenda(event, 1, tmp_path / "agenda.pdf"))
    assert "13:45–14:00" in text and "Coffee with the mayor" in text
    order = [text.index(part) for part in (f"{before.start:%H:%M}–", "Coffee with the mayor", "14:00–")]
    assert order == sorted(order), "the break sits between the meetings, in time order"
    assert "Lunch before anyone meets" not in text, "only breaks within the organisation's meeting time"


def test_a_meeting_without_a_shared_language_or_interpreter_says_interpreting_is_needed(
    tmp_path: Path,
) -> None:
    event = f.delegation_day()
    orgs = tuple(
        dataclasses.replace(o, languages=("Chinese",) if o.group == "Delegation" else ("Norsk",))
        for o in event.organisations
    )
    event = dataclasses.replace(event, organisations=orgs, meetings=(Meeting(1, 1, 1, (1, 4), (1, 5)),))
    text = " ".join(text_of(write_agenda(event, 4, tmp_path / "sorvest.pdf")).split())
    assert "Interpreting needed (Chinese–Norwegian)" in text
