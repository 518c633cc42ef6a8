"""What an organiser writes is what MeetGrid imports, whatever the layout, language and tidiness of the sheet.

Hypothesis invents small registrations (organisations, their people, who wishes to meet whom), writes them
in one of the layouts organisers send (the template, a form export with one row a person, one row an
organisation with its people across the row, as a workbook or a CSV file), with headers in English,
Norwegian, Spanish or Chinese, title rows above the header, blank rows, stray spaces, an unrelated column
and sheet, and the columns in any order; the import must give back exactly what was written.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.reading.names import name_key
from app.reading.registrations import read_registrations

PROPERTIES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = (
    "Nordic",
    "Sørvest",
    "Havn",
    "Qingdao",
    "Bluewater",
    "Energía",
    "Levante",
    "Offshore",
    "Harbour",
    "Solar",
    "Fjord",
    "Kraft",
    "Yantai",
    "Deepsea",
    "Medtech",
    "青岛",
    "港湾",
    "Ålesund",
    "Íñigo",
    "Vind",
)
SUFFIXES = ("", " AS", " Ltd.", " S.L.", " Co., Ltd.", " GmbH", " A/S")
GIVEN_NAMES = ("Ann", "Bjørn", "Kari", "Íñigo", "Wei", "王", "Lucía", "Ola")
FAMILY_NAMES = ("Berg", "Økland", "Muñoz", "Li", "伟", "García", "Nordmann")

# Header wordings an organiser might use, by language: field -> wordings.
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "organisation": ("Organisation", "Company name", "Firm", "COMPANY"),
        "name": ("Full name", "Name", "Participant"),
        "email": ("E-mail", "Email address", "E-mail address:"),
        "country": ("Country", "Country/Region"),
        "wishes": ("Which companies would you like to meet?", "Wish list", "Companies to meet"),
        "requester": ("Requester", "Requested by"),
        "requested": ("Requested", "Meet with"),
        "person": ("Contact {n} name|Contact {n} e-mail", "Participant {n}|Participant {n} email"),
    },
    "no": {
        "organisation": ("Bedrift", "Firmanavn", "Organisasjon"),
        "name": ("Navn", "Deltaker", "Fullt navn"),
        "email": ("E-post", "E-postadresse"),
        "country": ("Land",),
        "wishes": ("Hvilke bedrifter ønsker du å møte?", "Ønskeliste"),
        "requester": ("Fra",),
        "requested": ("Til", "Møte med"),
        "person": ("Kontaktperson {n}|Kontaktperson {n} e-post", "Deltaker {n}|Deltaker {n} e-post"),
    },
    "es": {
        "organisation": ("Empresa", "Nombre de la empresa", "Organización"),
        "name": ("Nombre completo", "Participante"),
        "email": ("Correo electrónico", "Correo"),
        "country": ("País",),
        "wishes": ("¿Con qué empresas desea reunirse?", "Lista de deseos"),
        "requester": ("Solicitante",),
        "requested": ("Solicitado", "Reunirse con"),
        "person": ("Participante {n}|Participante {n} correo", "Persona de contacto {n}|Contacto {n} correo"),
    },
    "zh": {
        "organisation": ("公司名称", "单位名称", "企业"),
        "name": ("姓名", "参会人"),
        "email": ("邮箱", "电子邮件"),
        "country": ("国家", "国家/地区"),
        "wishes": ("希望会见的企业", "意向企业"),
        "requester": ("申请方",),
        "requested": ("会见对象",),
        "person": ("联系人{n}姓名|联系人{n}邮箱", "参会人{n}|参会人{n}邮箱"),
    },
}
TITLES = ("B2B matchmaking day 2026", "Please fill in one line each", "Stavanger, 9 June", "注册表")
UNRELATED_HEADERS = ("Timestamp", "Notes", "Merknad", "Observaciones", "备注")


@dataclass(frozen=True)
class Person:
    name: str
    email: str


@dataclass(frozen=True)
class Org:
    name: str
    country: str
    people: tuple[Person, ...]
    wishes: tuple[int, ...]  # indexes of the other organisations


def _distinct_names(names: list[str]) -> bool:
    keys = [name_key(n) for n in names]
    if len(set(keys)) != len(keys):
        return False
    # No name may be a shortened form of another, which would read as that other name.
    return not any(a != b and b.startswith(a + " ") for a in keys for b in keys)


@st.composite
def registrations(draw: st.DrawFn, *, people_needed: bool) -> tuple[Org, ...]:
    names = draw(
        st.lists(
            st.tuples(
                st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True),
                st.sampled_from(SUFFIXES),
            ),
            min_size=1,
            max_size=6,
        )
        .map(lambda items: [" ".join(words) + suffix for words, suffix in items])
        .filter(_distinct_names)
    )
    orgs = []
    for number, name in enumerate(names):
        count = draw(st.integers(min_value=1 if people_needed else 0, max_value=3))
        people = draw(
            st.lists(
                st.tuples(st.sampled_from(GIVEN_NAMES), st.sampled_from(FAMILY_NAMES)),
                min_size=count,
                max_size=count,
                unique=True,
            )
        )
        others = [i for i in range(len(names)) if i != number]
        wishes = draw(st.lists(st.sampled_from(others), unique=True, max_size=3)) if others else []
        orgs.append(
            Org(
                name,
                draw(st.sampled_from(("Norway", "China", "Spain", ""))),
                tuple(
                    Person(f"{given} {family}", f"p{number}.{i}@example.com")
                    for i, (given, family) in enumerate(people)
                ),
                tuple(wishes),
            )
        )
    return tuple(orgs)


@dataclass
class Style:
    """How untidy the sheet is and which words its headers use."""

    language: str
    choice: int
    titles: int
    blank_rows: frozenset[int]
    padding: str
    order_seed: int
    unrelated: bool
    extra_sheet: bool

    def words(self, field: str) -> str:
        options = WORDINGS[self.language][field]
        return options[self.choice % len(options)]

    def pad(self, text: str) -> str:
        return f"{self.padding}{text}{self.padding[::-1]}" if text else text


styles = st.builds(
    Style,
    language=st.sampled_from(sorted(WORDINGS)),
    choice=st.integers(0, 3),
    titles=st.integers(0, 3),
    blank_rows=st.frozensets(st.integers(0, 12), max_size=3),
    padding=st.sampled_from(("", " ", "  ", "\t ")),
    order_seed=st.integers(0, 10_000),
    unrelated=st.booleans(),
    extra_sheet=st.booleans(),
)


def table(style: Style, header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """Titles, header and rows with the columns shuffled, blank rows and an unrelated column added."""
    if style.unrelated:
        header = [*header, UNRELATED_HEADERS[style.order_seed % len(UNRELATED_HEADERS)]]
        rows = [[*row, f"note {i}"] for i, row in enumerate(rows)]
    order = sorted(range(len(header)), key=lambda i: (i * 7919 + style.order_seed) % 104729)
    out: list[list[str]] = [[TITLES[i % len(TITLES)]] for i in range(style.titles)]
    out.append([header[i] for i in order])
    for number, row in enumerate(rows):
        if number in style.blank_rows:
            out.append([])
        out.append([style.pad(row[i]) for i in order])
    return out


def wish_text(org: Org, orgs: tuple[Org, ...], separator: str) -> str:
    return separator.join(orgs[i].name for i in org.wishes)


def form_layout(orgs: tuple[Org, ...], style: Style) -> dict[str, list[list[str]]]:
    """A form's export: one row a person, the wish list on the organisation's first row."""
    header = [style.words(f) for f in ("name", "organisation", "email", "country", "wishes")]
    rows = []
    for org in orgs:
        for i, person in enumerate(org.people):
            wishes = wish_text(org, orgs, "; " if style.choice % 2 else "\n") if i == 0 else ""
            rows.append([person.name, org.name, person.email, org.country, wishes])
    return {"Form responses": table(style, header, rows)}


def org_row_layout(orgs: tuple[Org, ...], style: Style) -> dict[str, list[list[str]]]:
    """One row an organisation, its people in numbered columns."""
    most = max(len(org.people) for org in orgs) or 1
    name_pattern, email_pattern = style.words("person").split("|")
    header = [style.words("organisation"), style.words("country"), style.words("wishes")]
    for n in range(1, most + 1):
        header += [name_pattern.format(n=n), email_pattern.format(n=n)]
    rows = []
    for org in orgs:
        row = [org.name, org.country, wish_text(org, orgs, "; ")]
        for n in range(most):
            person = org.people[n] if n < len(org.people) else None
            row += [person.name, person.email] if person else ["", ""]
        rows.append(row)
    return {"Organisations": table(style, header, rows)}


def template_layout(orgs: tuple[Org, ...], style: Style) -> dict[str, list[list[str]]]:
    """Organisations, participants and requests on sheets of their own."""
    organisations = table(
        style, [style.words("organisation"), style.words("country")], [[o.name, o.country] for o in orgs]
    )
    people = table(
        style,
        [style.words("name"), style.words("organisation"), style.words("email")],
        [[p.name, o.name, p.email] for o in orgs for p in o.people],
    )
    requests = table(
        style,
        [style.words("requester"), style.words("requested")],
        [[o.name, orgs[i].name] for o in orgs for i in o.wishes],
    )
    return {"Organisations": organisations, "Participants": people, "Requests": requests}


def write_workbook(path: Path, sheets: dict[str, list[list[str]]], style: Style) -> list[str]:
    book = Workbook()
    book.remove(book.active)
    if style.extra_sheet:
        lists = book.create_sheet("Dropdown lists")
        for value in ("Countries", "Norway", "China", "Spain"):
            lists.append([value])
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([value or None for value in row])
    book.save(path)
    return list(sheets)


def write_csv(path: Path, rows: list[list[str]], style: Style) -> None:
    stream = io.StringIO()
    csv.writer(stream, delimiter=";" if style.choice % 2 else ",").writerows(rows)
    path.write_bytes(stream.getvalue().encode("utf-8-sig" if style.order_seed % 2 else "utf-8"))


def expected(text: str) -> str:
    return " ".join(text.split())


LAYOUTS = ("form", "org_row", "template", "form_csv", "org_row_csv")


@PROPERTIES
@given(data=st.data(), layout=st.sampled_from(LAYOUTS), style=styles)
def test_what_is_written_is_what_is_imported(data: st.DataObject, layout: str, style: Style) -> None:
    orgs = data.draw(registrations(people_needed=layout.startswith("form")))
    sheets = {
        "form": form_layout,
        "org_row": org_row_layout,
        "template": template_layout,
    }[layout.removesuffix("_csv")](orgs, style)
    with tempfile.TemporaryDirectory() as folder:
        if layout.endswith("_csv"):
            path = Path(folder) / "registrations.csv"
            (rows,) = sheets.values()
            write_csv(path, rows, style)
            sheets_written: list[str] = []
        else:
            path = Path(folder) / "registrations.xlsx"
            sheets_written = write_workbook(path, sheets, style)
        result = read_registrations(path)

    reg = result.registrations
    assert not result.warnings, [str(w) for w in result.warnings]
    assert [o.name for o in reg.organisations] == [expected(o.name) for o in orgs]
    assert [o.country for o in reg.organisations] == [o.country for o in orgs]
    names = {o.id: o.name for o in reg.organisations}
    assert sorted((names[p.organisation_id], p.name, p.email) for p in reg.participants) == sorted(
        (expected(o.name), p.name, p.email) for o in orgs for p in o.people
    )
    assert {(names[r.requester_id], names[r.requested_id]) for r in reg.requests} == {
        (expected(o.name), expected(orgs[i].name)) for o in orgs for i in o.wishes
    }
    assert list(result.sheets_used) == sheets_written
    assert {u.field for u in result.columns} >= {"organisation"}
