"""Bilingual agendas as a reader sees them: every heading in English and in the reader's language, dates
in the reader's convention, page furniture in both, and a QR code per person that scans to their check-in
code."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import factories as f
import pypdfium2
import pytest
import zxingcpp

from app.documents.agenda_pdf import write_agenda, write_all_agendas
from app.documents.words import Words, both, reader_locale
from app.domain import Break, Event, Interpreter, Meeting, build_slots
from app.domain.codes import new_code

QR_CODES = getattr(zxingcpp.BarcodeFormat, "QRCodeModel2", zxingcpp.BarcodeFormat.QRCode)
"""The QR codes MeetGrid prints (model 2). From zxing-cpp 3 on, "QRCode" also finds Micro QR codes, and a
reader told to find those may see one in a line of text, as a check-in scanner set to QR codes would not."""

HEADINGS = ("Meeting agenda", "Participants", "Meetings", "Time", "Table", "Partner", "Attendees")


def bilingual_day() -> Event:
    """The delegation day with each organisation's languages (Chinese delegation, Norwegian and Valencian
    hosts, one English-speaking host), a check-in code per person, a coffee break and five meetings."""
    day = f.delegation_day()
    spoken = {"Delegation": ("Mandarin",), "Norway": ("Norsk", "English"), "Spain": ("Valencià",)}
    orgs = tuple(
        dataclasses.replace(o, languages=spoken.get(o.group) or spoken[o.country]) for o in day.organisations
    )
    orgs = tuple(
        dataclasses.replace(o, country="Germany", languages=("English",)) if o.id == 6 else o for o in orgs
    )
    taken: set[str] = set()
    people = []
    for person in day.participants:
        people.append(dataclasses.replace(person, code=new_code(taken)))
        taken.add(people[-1].code)
    coffee = Break(time(13, 45), time(14), "Coffee break")
    settings = dataclasses.replace(
        day.settings, days=(dataclasses.replace(day.settings.days[0], breaks=(coffee,)),)
    )
    slots = build_slots(settings)
    after = next(s for s in slots if s.start.time() >= time(14))
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
        Meeting(2, 1, 2, (2, 5), (3, 6)),
        Meeting(3, 2, 1, (3, 6), (4, 7)),
        Meeting(4, after.id, 1, (1, 7), (1, 8)),
        Meeting(5, after.id, 2, (3, 4), (4, 5)),
    )
    return dataclasses.replace(
        day, organisations=orgs, participants=tuple(people), settings=settings, slots=slots, meetings=meetings
    )


def page_texts(path: Path) -> list[str]:
    """Each page's text as pdfium extracts it, with white space taken out (Chinese has none to lose)."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        return ["".join(page.get_textpage().get_text_range().split()) for page in pdf]
    finally:
        pdf.close()


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    ("org_id", "locale", "heading", "date"),
    [
        (1, "zh_Hans", "Meetings · 会议", "2026年6月9日星期二"),
        (4, "nb", "Meetings · Møter", "tirsdag 9. juni 2026"),
        (7, "es", "Meetings · Reuniones", "martes, 9 de junio de 2026"),
    ],
)
def test_every_heading_is_printed_in_english_and_in_the_readers_language(
    tmp_path: Path, org_id: int, locale: str, heading: str, date: str
) -> None:
    event = bilingual_day()
    assert reader_locale(event, org_id) == locale
    words = Words(locale)
    (text,) = page_texts(write_agenda(event, org_id, tmp_path / "agenda.pdf"))
    assert squeezed(heading) in text
    assert squeezed(f"Tuesday 9 June 2026 · {date}") in text, "the date in English and the reader's way"
    for message in HEADINGS:
        english, theirs = words.text(message)
        assert squeezed(english) in text and theirs and squeezed(theirs) in text, message
    meetings = len(event.meetings_of(org_id))
    for count in words.plural("{count} meeting", "{count} meetings", meetings):
        assert squeezed(count) in text
    closing = words.plural(
        "Each meeting lasts {count} minute. Please be at your table on time; the tables are numbered on "
        "signs in the meeting hall.",
        "Each meeting lasts {count} minutes. Please be at your table on time; the tables are numbered on "
        "signs in the meeting hall.",
        event.settings.meeting_minutes,
    )
    assert all(part and squeezed(part) in text for part in closing)
    assert squeezed(both(words.text("Page {number} of {total}", number=1, total=1))) in text


def test_the_translations_read_as_written(tmp_path: Path) -> None:
    event = bilingual_day()
    (chinese,) = page_texts(write_agenda(event, 1, tmp_path / "qingdao.pdf"))
    for words in ("时间", "洽谈对象", "2场会议", "第1页，共1页", "需要口译（中文–挪威语）", "茶歇"):
        assert words in chinese
    (norwegian,) = page_texts(write_agenda(event, 4, tmp_path / "sorvest.pdf"))
    for words in ("Time/Tid", "Side1av1", "2meetings·2møter", "Trengertolk(kinesisk–norsk)", "Kaffepause"):
        assert words.replace("/", "") in norwegian.replace("/", "")
    (spanish,) = page_texts(write_agenda(event, 7, tmp_path / "levante.pdf"))
    for words in (
        "Reuniones",
        "Página1de1",
        "Cadareunióndura20minutos",
        "Senecesitaintérprete(catalán–chino)",
    ):
        assert words in spanish


def test_an_english_reader_gets_english_only(tmp_path: Path) -> None:
    event = bilingual_day()
    assert reader_locale(event, 6) == ""
    (text,) = page_texts(write_agenda(event, 6, tmp_path / "vind.pdf"))
    assert "Meetings·" not in text and "Møter" not in text and "会议" not in text
    assert "1meeting" in text and "Page1of1" in text and "Tuesday9June2026" in text


def decoded(path: Path) -> list[list[str]]:
    """The QR codes on each page, read from the page rendered at 144 dpi."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [
            sorted(
                found.text
                for found in zxingcpp.read_barcodes(page.render(scale=2).to_pil(), formats=QR_CODES)
            )
            for page in pdf
        ]
    finally:
        pdf.close()


@pytest.mark.parametrize("org_id", [1, 4, 7])
def test_each_persons_qr_code_scans_to_their_check_in_code(tmp_path: Path, org_id: int) -> None:
    event = bilingual_day()
    path = write_agenda(event, org_id, tmp_path / "agenda.pdf")
    codes = sorted(p.code for p in event.participants_by_organisation[org_id])
    assert decoded(path) == [codes]
    (text,) = page_texts(path)
    assert all(code in text for code in codes), "the code is printed beside its QR code, to type"


def test_one_document_of_all_agendas_counts_each_agendas_pages_in_its_readers_language(
    tmp_path: Path,
) -> None:
    event = bilingual_day()
    pages = page_texts(write_all_agendas(event, tmp_path / "all.pdf"))
    assert len(pages) == len(event.organisations)
    assert "第1页，共1页" in pages[0] and "Side1av1" in pages[3] and "Página1de1" in pages[6]
    assert "Page1of1·" not in pages[5], "the English-only agenda counts in English only"
    everyone = sorted(p.code for p in event.participants)
    assert sorted(code for page in decoded(tmp_path / "all.pdf") for code in page) == everyone


def test_people_without_check_in_codes_are_listed_without_qr_codes(tmp_path: Path) -> None:
    event = f.delegation_day()  # made in memory: nobody has a code yet
    path = write_agenda(event, 1, tmp_path / "agenda.pdf")
    assert decoded(path) == [[]]
    (text,) = page_texts(path)
    assert "王伟" in text and "李娜" in text


def test_a_named_interpreter_is_labelled_in_both_languages(tmp_path: Path) -> None:
    event = f.interpreted(bilingual_day(), Interpreter(1, "Ingrid Tolk", ("Chinese", "Norwegian")))
    meetings = tuple(dataclasses.replace(m, interpreter_id=1) if m.id == 1 else m for m in event.meetings)
    event = dataclasses.replace(event, meetings=meetings)
    (text,) = page_texts(write_agenda(event, 4, tmp_path / "sorvest.pdf"))
    assert "Interpreter/Tolk:IngridTolk" in text
    assert text.count("Trengertolk") == 1, "the other meeting still needs interpreting"
