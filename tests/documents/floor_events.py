"""Events for the floor documents (signs, run sheets, the grid): small ones planned by the solver, a large one
whose timetable is dealt out greedily (no solver), and what the tests read back from the paper."""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date, time
from pathlib import Path

import factories as f
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.domain import (
    Break,
    Event,
    EventDay,
    EventSettings,
    Interpreter,
    Meeting,
    Organisation,
    Participant,
    build_slots,
    build_tables,
    share_a_language,
)

LANGUAGES = {
    1: ("Chinese",),
    2: ("Chinese", "English"),
    3: ("Chinese",),
    4: ("Norwegian",),
    5: ("Norwegian", "English"),
    6: ("Norwegian",),
    7: ("Spanish",),
}
LIU = Interpreter(1, "Liu Mei", ("Chinese", "Norwegian"))
ORTIZ = Interpreter(2, "Ana Ortiz", ("Chinese", "Spanish"), available_from=time(14))


def delegation_day(*interpreters: Interpreter) -> Event:
    """The factories' delegation day with languages (Chinese, Norwegian, Spanish) and these interpreters,
    planned by the solver."""
    event = f.delegation_day()
    orgs = tuple(dataclasses.replace(o, languages=LANGUAGES[o.id]) for o in event.organisations)
    event = f.interpreted(dataclasses.replace(event, organisations=orgs), *interpreters, required=False)
    return dataclasses.replace(event, meetings=f.solved(event).meetings)


_CHINESE = ("青岛", "济南", "烟台", "威海", "潍坊", "淄博", "临沂", "日照")
_TRADES = (("港湾工程", "Harbour Engineering"), ("智造", "Smart Works"), ("海工科技", "Offshore Tech"))
_NORWEGIAN = ("Sørvest", "Nordsjø", "Ryfylke", "Haugaland", "Jæren", "Dalane", "Sunnhordland")
_SPANISH = ("Energía", "Logística", "Cerámica", "Agroalimentaria", "Náutica")


def large_event(organisations: int = 200, tables: int = 40, seed: int = 3) -> Event:
    """A day of ``organisations`` (a third Chinese, the rest Norwegian and Spanish, some with long names)
    at ``tables`` tables, with a lunch break, three interpreters and a timetable dealt out greedily."""
    rng = random.Random(seed)
    orgs: list[Organisation] = []
    for i in range(1, organisations + 1):
        if i % 3 == 1:
            city, (local_trade, trade) = rng.choice(_CHINESE), rng.choice(_TRADES)
            orgs.append(
                Organisation(
                    i,
                    f"{trade} Group {i}",
                    f"{city}{local_trade}集团有限公司",
                    "Delegation",
                    "China",
                    (),
                    ("Chinese",),
                )
            )
        elif i % 3 == 2:
            name = f"{rng.choice(_NORWEGIAN)} Havn og Industriutvikling {i} AS"
            orgs.append(
                Organisation(i, name, "", "Host", "Norway", (), ("Norwegian", "English")[: 1 + i % 2])
            )
        else:
            name = f"{rng.choice(_SPANISH)} Levante {i} S.L."
            orgs.append(Organisation(i, name, "", "Host", "Spain", (), ("Spanish",)))
    people = tuple(
        Participant(len(orgs) + i, org.id, f"Person {org.id}") for i, org in enumerate(orgs, start=1)
    )
    settings = EventSettings(
        name="Shandong–Rogaland–Valencia matchmaking",
        venue="Stavanger Forum",
        days=(EventDay(date(2026, 6, 9), time(9), time(17), (Break(time(12), time(13), "Lunch"),)),),
        meeting_minutes=20,
        pause_minutes=5,
        table_count=tables,
    )
    interpreters = (
        LIU,
        Interpreter(2, "Ana Ortiz", ("Chinese", "Spanish")),
        Interpreter(3, "Wang Jun 王军", ("Chinese", "Norwegian")),
    )
    event = Event(
        settings=settings,
        organisations=tuple(orgs),
        participants=people,
        slots=build_slots(settings),
        tables=build_tables(settings),
        interpreters=interpreters,
    )
    return dataclasses.replace(event, meetings=greedy_meetings(event, rng))


def greedy_meetings(event: Event, rng: random.Random) -> tuple[Meeting, ...]:
    """Delegation meets hosts, slot by slot, as many as there are tables; each interpreter takes the first
    meeting of the slot they can bridge."""
    delegation = [o for o in event.organisations if o.group == "Delegation"]
    hosts = [o for o in event.organisations if o.group != "Delegation"]
    met: set[tuple[int, int]] = set()
    meetings: list[Meeting] = []
    for slot in event.slots:
        rng.shuffle(delegation)
        rng.shuffle(hosts)
        free_hosts = list(hosts)
        free_interpreters = list(event.interpreters)
        for table in event.tables:
            guest = delegation[table.id - 1] if table.id <= len(delegation) else None
            host = next((h for h in free_hosts if guest and (guest.id, h.id) not in met), None)
            if guest is None or host is None:
                break
            free_hosts.remove(host)
            met.add((guest.id, host.id))
            helper = None
            if not share_a_language(guest.languages, host.languages):
                helper = next(
                    (i for i in free_interpreters if i.bridges(guest.languages, host.languages)), None
                )
                if helper is not None:
                    free_interpreters.remove(helper)
            people = tuple(p.id for p in event.participants if p.organisation_id in (guest.id, host.id))
            meetings.append(
                Meeting(
                    len(meetings) + 1,
                    slot.id,
                    table.id,
                    (guest.id, host.id),
                    people,
                    interpreter_id=helper.id if helper else None,
                )
            )
    return tuple(meetings)


# -- reading the paper ------------------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].get_size() for i in range(len(pdf))]
    finally:
        pdf.close()


@dataclasses.dataclass(frozen=True)
class Char:
    char: str
    box: tuple[float, float, float, float]
    """left, bottom, right, top in points from the page's lower left corner."""
    size: float
    angle: float


def chars_of(path: Path, index: int) -> list[Char]:
    """Every printed character of a page with its box, font size and angle (radians)."""
    pdf = pdfium.PdfDocument(path)
    try:
        text = pdf[index].get_textpage()
        found = []
        for i in range(text.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(text.raw, i))
            if char.isspace() or not char.isprintable():
                continue
            found.append(
                Char(
                    char,
                    text.get_charbox(i),
                    pdfium_c.FPDFText_GetFontSize(text.raw, i),
                    pdfium_c.FPDFText_GetCharAngle(text.raw, i),
                )
            )
        return found
    finally:
        pdf.close()


def render(path: Path, index: int, scale: float = 1.0):  # type: ignore[no-untyped-def]
    """The page as a greyscale PIL image."""
    pdf = pdfium.PdfDocument(path)
    try:
        return pdf[index].render(scale=scale).to_pil().convert("L")
    finally:
        pdf.close()


def assert_in_columns(path: Path, index: int, columns: list[float], floor: float) -> None:
    """Every character of the page lies within the margins, and every one below the column header (the
    'Time' heading) and above ``floor`` (the footer) lies within one column: nothing spills into the next
    cell."""
    chars = chars_of(path, index)
    _width, height = page_sizes(path)[index]
    for c in chars:
        left, bottom, right, top = c.box
        assert columns[0] - 1 < left <= right < columns[-1] + 1 and 0 < bottom <= top < height, c
    heading = next((a for a, b in itertools.pairwise(chars) if a.char + b.char == "Ti" and a.size < 10), None)
    assert heading is not None
    for c in chars:
        left, bottom, right, top = c.box
        if floor < bottom and top < heading.box[1] - 2:
            assert any(a - 0.5 <= left and right <= b + 0.5 for a, b in itertools.pairwise(columns)), c
