"""A canonical event written as other tools and people write registrations.

One function a layout, each returning the file's bytes: the MeetGrid template (the canonical workbook), form
responses (Google Forms, Microsoft Forms), a ticketing export, a matchmaking platform's export (one row an
organisation), a hand-kept sheet, and the form responses as CSV in UTF-8, UTF-16 and Windows-1252. Headers
are written in English, Norwegian, Spanish or Chinese, in the wordings such files use (questions, bracket
hints, slash pairs), and the wish list is typed the way people type names. Everything is seeded by the
event, the layout and the language, so the corpus is the same on every run.
"""

from __future__ import annotations

import csv
import io
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .events import EVENTS, Person, WorldEvent, ascii_fold

HEADER_LANGUAGES = ("en", "no", "es", "zh")

# -- words ----------------------------------------------------------------------------------------------

LANGUAGE_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {"zh": "Chinese", "en": "English", "no": "Norwegian", "es": "Spanish", "ca": "Valencià"},
    "no": {"zh": "Kinesisk", "en": "Engelsk", "no": "Norsk", "es": "Spansk", "ca": "Valencià"},
    "es": {"zh": "Chino", "en": "Inglés", "no": "Noruego", "es": "Español", "ca": "Valencià"},
    "zh": {"zh": "中文", "en": "英语", "no": "挪威语", "es": "西班牙语", "ca": "Valencià"},
}
"""A language as a form in each header language offers it; the import knows them all as one language."""

PRIORITY_WORDS: Mapping[str, Mapping[int, str]] = {
    "en": {1: "high", 2: "medium", 3: "low"},
    "no": {1: "høy", 2: "middels", 3: "lav"},
    "es": {1: "alta", 2: "media", 3: "baja"},
    "zh": {1: "高", 2: "中", 3: "低"},
}

# The template: the wordings of MeetGrid's own workbook, translated.
TEMPLATE: Mapping[str, Mapping[str, str]] = {
    "en": {
        "organisations": "Organisations",
        "participants": "Participants",
        "requests": "Requests",
        "org": "Organisation",
        "local": "Local name",
        "group": "Group",
        "country": "Country",
        "interests": "Interests",
        "languages": "Languages",
        "name": "Name",
        "title": "Title",
        "email": "Email",
        "requester": "Requester",
        "requested": "Requested",
        "priority": "Priority",
    },
    "no": {
        "organisations": "Bedrifter",
        "participants": "Deltakere",
        "requests": "Møteønsker",
        "org": "Bedrift",
        "local": "Lokalt navn",
        "group": "Gruppe",
        "country": "Land",
        "interests": "Interesser",
        "languages": "Språk",
        "name": "Navn",
        "title": "Stilling",
        "email": "E-post",
        "requester": "Fra",
        "requested": "Til",
        "priority": "Prioritet",
    },
    "es": {
        "organisations": "Empresas",
        "participants": "Participantes",
        "requests": "Solicitudes",
        "org": "Empresa",
        "local": "Nombre local",
        "group": "Grupo",
        "country": "País",
        "interests": "Intereses",
        "languages": "Idiomas",
        "name": "Nombre completo",
        "title": "Cargo",
        "email": "Correo electrónico",
        "requester": "Solicitante",
        "requested": "Solicitado",
        "priority": "Prioridad",
    },
    "zh": {
        "organisations": "企业",
        "participants": "参会人员",
        "requests": "会见申请",
        "org": "公司名称",
        "local": "中文名称",
        "group": "组别",
        "country": "国家",
        "interests": "行业",
        "languages": "语言",
        "name": "姓名",
        "title": "职务",
        "email": "邮箱",
        "requester": "申请方",
        "requested": "会见对象",
        "priority": "优先级",
    },
}

# Online forms: the questions as the organiser typed them, with hints in brackets.
FORM: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Registration (responses)",
        "timestamp": "Timestamp",
        "email": "Email address",
        "first": "First name",
        "last": "Last name",
        "name": "Full name",
        "org": "What is the name of your organisation?",
        "local": "Company name in Chinese (if any)",
        "title_": "Job title",
        "country": "Country",
        "group": "Delegation or host?",
        "interests": "Sectors of interest (tick all that apply)",
        "languages": "Which languages do you speak?",
        "wishes": "Which companies would you like to meet?",
    },
    "no": {
        "title": "Påmelding (svar)",
        "timestamp": "Tidsmerke",
        "email": "E-postadresse",
        "first": "Fornavn",
        "last": "Etternavn",
        "name": "Fullt navn",
        "org": "Hva heter bedriften din?",
        "local": "Navn på kinesisk (hvis aktuelt)",
        "title_": "Stilling",
        "country": "Land",
        "group": "Delegasjon eller vert?",
        "interests": "Bransje (kryss av alle som passer)",
        "languages": "Hvilke språk snakker du?",
        "wishes": "Hvilke bedrifter ønsker du å møte?",
    },
    "es": {
        "title": "Inscripción (respuestas)",
        "timestamp": "Marca temporal",
        "email": "Dirección de correo electrónico",
        "first": "Nombre",
        "last": "Apellidos",
        "name": "Nombre completo",
        "org": "¿Cuál es el nombre de su empresa?",
        "local": "Nombre en chino (si lo tiene)",
        "title_": "Cargo",
        "country": "País",
        "group": "¿Delegación o anfitrión?",
        "interests": "Sectores de interés",
        "languages": "¿Qué idiomas habla?",
        "wishes": "¿Con qué empresas desea reunirse?",
    },
    "zh": {
        "title": "报名表（回复）",
        "timestamp": "时间戳",
        "email": "电子邮箱",
        "first": "名",
        "last": "姓",
        "name": "姓名",
        "org": "您的公司名称是什么？（请填写全称）",
        "local": "公司中文名称",
        "title_": "职务",
        "country": "国家/地区",
        "group": "组别（代表团或东道主）",
        "interests": "关注领域",
        "languages": "您会说哪些语言？",
        "wishes": "您希望会见哪些企业？",
    },
}

TICKETING: Mapping[str, Mapping[str, str]] = {
    "en": {
        "order": "Order #",
        "date": "Order Date",
        "first": "First Name",
        "last": "Last Name",
        "email": "Email",
        "ticket": "Ticket Type",
        "org": "Company",
        "title_": "Job Title",
        "country": "Country",
        "languages": "Languages spoken",
        "wishes": "Which companies would you like to meet?",
    },
    "no": {
        "order": "Ordrenummer",
        "date": "Kjøpt",
        "first": "Fornavn",
        "last": "Etternavn",
        "email": "E-post",
        "ticket": "Billettype",
        "org": "Firma",
        "title_": "Stilling",
        "country": "Land",
        "languages": "Språk",
        "wishes": "Bedrifter du ønsker å møte",
    },
    "es": {
        "order": "N.º de pedido",
        "date": "Fecha del pedido",
        "first": "Nombre",
        "last": "Apellidos",
        "email": "Correo electrónico",
        "ticket": "Tipo de entrada",
        "org": "Empresa",
        "title_": "Cargo",
        "country": "País",
        "languages": "Idiomas",
        "wishes": "Empresas con las que desea reunirse",
    },
    # A Chinese ticketing system for international guests: every header in both languages.
    "zh": {
        "order": "订单号 / Order no.",
        "date": "下单时间 / Order time",
        "first": "名 / First name",
        "last": "姓 / Last name",
        "email": "邮箱 / Email",
        "ticket": "票种 / Ticket type",
        "org": "公司 / Company",
        "title_": "职位 / Job title",
        "country": "国家 / Country",
        "languages": "语言 / Languages",
        "wishes": "希望会见的企业 / Companies to meet",
    },
}

# A matchmaking platform: one row an organisation, numbered contacts and numbered wishes.
PLATFORM: Mapping[str, Mapping[str, str]] = {
    "en": {
        "org": "Organisation",
        "local": "Name in local script",
        "group": "Category",
        "country": "Country",
        "interests": "Areas of interest",
        "contact": "Contact {n} name",
        "email": "Contact {n} e-mail",
        "title_": "Contact {n} job title",
        "languages": "Contact {n} languages",
        "wish": "Company to meet {n}",
    },
    "no": {
        "org": "Organisasjon",
        "local": "Navn på kinesisk",
        "group": "Kategori",
        "country": "Land",
        "interests": "Fagområder",
        "contact": "Kontaktperson {n}",
        "email": "Kontaktperson {n} e-post",
        "title_": "Kontaktperson {n} stilling",
        "languages": "Kontaktperson {n} språk",
        "wish": "Ønske {n}",
    },
    "es": {
        "org": "Organización",
        "local": "Nombre en chino",
        "group": "Categoría",
        "country": "País",
        "interests": "Áreas de interés",
        "contact": "Persona de contacto {n}",
        "email": "Persona de contacto {n} correo",
        "title_": "Persona de contacto {n} cargo",
        "languages": "Persona de contacto {n} idiomas",
        "wish": "Empresa a reunirse {n}",
    },
    "zh": {
        "org": "机构 / Organisation",
        "local": "中文名称 / Chinese name",
        "group": "类别 / Category",
        "country": "国家 / Country",
        "interests": "业务领域 / Sectors",
        "contact": "联系人{n}姓名",
        "email": "联系人{n}邮箱",
        "title_": "联系人{n}职务",
        "languages": "联系人{n}语言",
        "wish": "意向企业{n}",
    },
}

HAND_KEPT: Mapping[str, Mapping[str, str]] = {
    "en": {
        "sheet": "Participants",
        "title": "B2B DAY – PARTICIPANTS (keep updated!)",
        "note": "Last changed by the front desk",
        "org": "Company",
        "local": "Chinese name",
        "group": "Side",
        "country": "Country",
        "name": "Name",
        "title_": "Position",
        "email": "E-mail",
        "languages": "Languages",
        "notes": "Notes",
        "total": "Total",
        "footnote": "NB: badges are printed the day before",
        "requests": "Wishes",
        "requester": "From",
        "requested": "To",
        "priority": "Prio",
    },
    "no": {
        "sheet": "Deltakere",
        "title": "B2B-DAG – DELTAKERLISTE (hold oppdatert!)",
        "note": "Sist endret av resepsjonen",
        "org": "Firmanavn",
        "local": "Navn på kinesisk",
        "group": "Gruppe",
        "country": "Land",
        "name": "Navn",
        "title_": "Rolle",
        "email": "E-post",
        "languages": "Språk",
        "notes": "Merknad",
        "total": "Totalt",
        "footnote": "NB: navneskilt skrives ut dagen før",
        "requests": "Ønsker",
        "requester": "Ønsket av",
        "requested": "Møte med",
        "priority": "Prioritet",
    },
    "es": {
        "sheet": "Participantes",
        "title": "JORNADA B2B – LISTA DE PARTICIPANTES (¡mantener al día!)",
        "note": "Última modificación: recepción",
        "org": "Razón social",
        "local": "Nombre en chino",
        "group": "Grupo",
        "country": "País",
        "name": "Participante",
        "title_": "Puesto",
        "email": "Correo",
        "languages": "Lenguas",
        "notes": "Observaciones",
        "total": "Total",
        "footnote": "Nota: las acreditaciones se imprimen el día antes",
        "requests": "Reuniones",
        "requester": "De",
        "requested": "Para",
        "priority": "Prioridad",
    },
    "zh": {
        "sheet": "名单",
        "title": "B2B 洽谈日 参会名单（请及时更新）",
        "note": "最后修改：前台",
        "org": "单位名称",
        "local": "中文名",
        "group": "分组",
        "country": "国别",
        "name": "参会人",
        "title_": "职位",
        "email": "电子邮件",
        "languages": "工作语言",
        "notes": "备注",
        "total": "合计",
        "footnote": "注：胸牌提前一天打印",
        "requests": "对接",
        "requester": "发起方",
        "requested": "对接企业",
        "priority": "重要性",
    },
}

# -- how people type -------------------------------------------------------------------------------------

_SUFFIX = re.compile(r",? (AS|S\.L\.|S\.A\.|Co\., Ltd\.)$")


def typed(name: str, event: WorldEvent, rng: random.Random, *, local: bool = True) -> str:
    """A wished-for name as someone types it: as registered, without its legal suffix, in lower case,
    without accents, shortened to the words only it starts with, or by its local name: the slips the
    importer documents that it reads confidently. ``local``: the file carries local names, so a local name
    typed for the organisation can be read."""
    org = event.org_by_name[name]
    bare = _SUFFIX.sub("", name)
    ways = [name, name, bare, bare.casefold(), ascii_fold(bare)]
    words = bare.split()
    for count in range(1, len(words)):
        start = " ".join(words[:count])
        if len(start) >= 6 and sum(o.name.startswith(start + " ") for o in event.organisations) == 1:
            ways.append(start)
            break
    if org.local_name and local:
        ways.append(org.local_name)
    return rng.choice(ways)


def _rng(event: WorldEvent, layout: str, language: str) -> random.Random:
    return random.Random(f"{event.key}/{layout}/{language}")


def wish_names(event: WorldEvent, org: str, rng: random.Random, *, local: bool = True) -> list[str]:
    return [typed(w.requested, event, rng, local=local) for w in event.wishes_of(org)]


def languages_text(person: Person, language: str, separator: str = ", ") -> str:
    return separator.join(LANGUAGE_WORDS[language][code] for code in person.languages)


def latin_only(text: str) -> str:
    """A name without its Chinese script, as it survives a Windows-1252 file: '张晓明 Zhang Xiaoming' ->
    'Zhang Xiaoming'."""
    return " ".join(w for w in text.split() if not any("\u3000" <= c <= "\u9fff" for c in w))


def _first_rows(event: WorldEvent) -> set[int]:
    """Index in ``event.people`` of each organisation's first person: the row that carries the wish list."""
    seen: dict[str, int] = {}
    for index, person in enumerate(event.people):
        seen.setdefault(person.org, index)
    return set(seen.values())


def _timestamp(index: int) -> datetime:
    return datetime(2026, 5, 2, 8, 30) + timedelta(hours=7 * index + index % 5, minutes=(13 * index) % 60)


# -- writing ----------------------------------------------------------------------------------------------


def _xlsx(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv(rows: Sequence[Sequence[object]], encoding: str, delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding)


def template(event: WorldEvent, language: str) -> bytes:
    """The MeetGrid template layout: organisations, participants and requests on three sheets."""
    h = TEMPLATE[language]
    book = Workbook()
    orgs = book.active
    orgs.title = h["organisations"]
    orgs.append([h[k] for k in ("org", "local", "group", "country", "interests", "languages")])
    for org in event.organisations:
        spoken = "; ".join(LANGUAGE_WORDS[language][c] for c in event.languages_of(org.name))
        orgs.append([org.name, org.local_name, org.group, org.country, "; ".join(org.interests), spoken])
    people = book.create_sheet(h["participants"])
    people.append([h[k] for k in ("name", "org", "title", "email", "languages")])
    for person in event.people:
        people.append(
            [person.name, person.org, person.title, person.email, languages_text(person, language, "; ")]
        )
    requests = book.create_sheet(h["requests"])
    requests.append([h["requester"], h["requested"], h["priority"]])
    for wish in event.wishes:
        requests.append([wish.requester, wish.requested, wish.priority])
    return _xlsx(book)


def _form_rows(
    event: WorldEvent, language: str, layout: str, *, split_names: bool, joiner: str, latin: bool = False
) -> list[list[object]]:
    """Google-Forms responses: a timestamp, then one column a question; one row a person, the wish list
    typed once, on the first row of each organisation."""
    h = FORM[language]
    rng = _rng(event, layout, language)
    split_names = split_names and language != "zh"  # Chinese forms ask for 姓名, the whole name
    names = ["first", "last"] if split_names else ["name"]
    keys = ["timestamp", "email", *names, "org", "local", "title_", "country", "group", "interests"]
    keys += ["languages", "wishes"]
    if latin:
        keys.remove("local")
    rows: list[list[object]] = [[h[k] for k in keys]]
    first = _first_rows(event)
    for index, person in enumerate(event.people):
        org = event.org_by_name[person.org]
        values: dict[str, object] = {
            "timestamp": _timestamp(index),
            "email": person.email,
            "first": person.given,
            "last": person.family,
            "name": person.name,
            "org": person.org,
            "local": org.local_name,
            "title_": person.title,
            "country": org.country,
            "group": org.group,
            "interests": ", ".join(org.interests),
            "languages": languages_text(person, language),
            "wishes": joiner.join(wish_names(event, person.org, rng, local=not latin))
            if index in first
            else "",
        }
        row = [values[k] for k in keys]
        if latin:
            row = [latin_only(v) if isinstance(v, str) else v for v in row]
        rows.append(row)
    return rows


def google_form(event: WorldEvent, language: str) -> bytes:
    """Google Forms responses saved as a workbook, with the form's title above the answers."""
    rows = _form_rows(event, language, "google_form", split_names=True, joiner=", ")
    book = Workbook()
    sheet = book.active
    sheet.title = "Form responses 1"
    sheet.append([f"{event.title}: {FORM[language]['title']}"])
    sheet.append([f"{event.venue}, {event.day:%d.%m.%Y}"])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    return _xlsx(book)


def ms_form(event: WorldEvent, language: str) -> bytes:
    """Microsoft Forms responses: ID, start and completion time, then the questions; a choice of several
    answers ends in ';', a long answer keeps its line breaks."""
    h = FORM[language]
    rng = _rng(event, "ms_form", language)
    header = ["ID", "Start time", "Completion time", h["org"], h["name"], h["email"], h["title_"]]
    header += [h["local"], h["country"], h["group"], h["languages"], h["wishes"]]
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    first = _first_rows(event)
    for index, person in enumerate(event.people):
        org = event.org_by_name[person.org]
        started = _timestamp(index)
        wishes = "\n".join(wish_names(event, person.org, rng)) if index in first else None
        sheet.append(
            [
                index + 1,
                started,
                started + timedelta(minutes=4, seconds=17 * index % 60),
                person.org,
                person.name,
                person.email,
                person.title,
                org.local_name or None,
                org.country,
                org.group,
                languages_text(person, language, ";") + ";",
                wishes,
            ]
        )
        sheet.cell(row=sheet.max_row, column=12).alignment = Alignment(wrap_text=True)
    return _xlsx(book)


def ticketing(event: WorldEvent, language: str) -> bytes:
    """A ticketing export (CSV in UTF-8 with a byte-order mark, as Excel likes it): first and last name in
    two columns, the ticket type saying delegation or host, the organiser's extra questions at the end."""
    h = TICKETING[language]
    rng = _rng(event, "ticketing", language)
    rows: list[list[object]] = [
        [h[k] for k in ("order", "date", "first", "last", "email", "ticket", "org", "title_", "country")]
        + [h["languages"], h["wishes"]]
    ]
    first = _first_rows(event)
    for index, person in enumerate(event.people):
        org = event.org_by_name[person.org]
        rows.append(
            [
                f"{1043200 + 7 * index}",
                _timestamp(index).strftime("%Y-%m-%d %H:%M"),
                person.given,
                person.family,
                person.email,
                org.group,
                person.org,
                person.title,
                org.country,
                languages_text(person, language),
                "; ".join(wish_names(event, person.org, rng, local=False)) if index in first else "",
            ]
        )
    return _csv(rows, "utf-8-sig", ",")


def ticketing_columns(language: str) -> dict[str, str]:
    """The organiser names the ticket type as the group: no wording can know what a ticket type means."""
    return {TICKETING[language]["ticket"]: "group"}


def platform(event: WorldEvent, language: str) -> bytes:
    """A matchmaking platform's participant export: one row an organisation, its contacts across the row,
    then its meeting wishes one a column."""
    h = PLATFORM[language]
    rng = _rng(event, "platform", language)
    most_people = max(len(event.people_of(o.name)) for o in event.organisations)
    most_wishes = max(len(event.wishes_of(o.name)) for o in event.organisations)
    header = [h[k] for k in ("org", "local", "group", "country", "interests")]
    for n in range(1, most_people + 1):
        header += [h[k].format(n=n) for k in ("contact", "email", "title_", "languages")]
    header += [h["wish"].format(n=n) for n in range(1, most_wishes + 1)]
    book = Workbook()
    sheet = book.active
    sheet.title = "Participants"
    sheet.append(header)
    for org in event.organisations:
        row: list[object] = [
            org.name,
            org.local_name or None,
            org.group,
            org.country,
            ", ".join(org.interests),
        ]
        people = event.people_of(org.name)
        for n in range(most_people):
            if n < len(people):
                p = people[n]
                row += [p.name, p.email, p.title, languages_text(p, language)]
            else:
                row += [None] * 4
        wishes = wish_names(event, org.name, rng)
        row += wishes + [None] * (most_wishes - len(wishes))
        sheet.append(row)
    return _xlsx(book)


def hand_kept(event: WorldEvent, language: str) -> bytes:
    """A sheet kept by hand: a merged title, the company merged down over its people, blank rows between
    companies, notes typed beside and below, stray spaces, a totals row; the wishes on a second sheet with
    priorities in words."""
    h = HAND_KEPT[language]
    rng = _rng(event, "hand_kept", language)
    book = Workbook()
    sheet = book.active
    sheet.title = h["sheet"]
    keys = ["org", "local", "group", "country", "name", "title_", "email", "languages", "notes"]
    sheet.append([h["title"]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(keys))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([h["note"], None, None, None, "2026-05-28"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    sheet.append([])
    sheet.append([h[k] for k in keys])
    row = 4  # openpyxl's max_row does not count the blank rows appended
    for org in event.organisations:
        people = event.people_of(org.name)
        top = row + 1
        for n, person in enumerate(people):
            row += 1
            stray = " " if rng.random() < 0.3 else ""
            note = rng.choice(["", "", "", "", "vegetar", "kommer 14.15?", "ringt 20/5", "OK"])
            sheet.append(
                [
                    org.name + stray if n == 0 else None,
                    (org.local_name or None) if n == 0 else None,
                    org.group if n == 0 else None,
                    org.country if n == 0 else None,
                    person.name + stray,
                    person.title,
                    stray + person.email,
                    languages_text(person, language, "/"),
                    note or None,
                ]
            )
        if len(people) > 1:
            for column in range(1, 5):
                sheet.merge_cells(start_row=top, start_column=column, end_row=row, end_column=column)
        sheet.append([])
        row += 1
    sheet.append([None, None, None, None, h["total"], f"{len(event.people)}"])
    sheet.append([])
    sheet.append([None, None, None, None, h["footnote"]])
    wishes = book.create_sheet(h["requests"])
    wishes.append([h["requester"], h["requested"], h["priority"]])
    for wish in event.wishes:
        wishes.append(
            [wish.requester, typed(wish.requested, event, rng), PRIORITY_WORDS[language][wish.priority]]
        )
    return _xlsx(book)


def _form_csv(encoding: str, delimiter: str, *, latin: bool = False) -> Callable[[WorldEvent, str], bytes]:
    def write(event: WorldEvent, language: str) -> bytes:
        layout = f"csv_{encoding}"
        rows = _form_rows(event, language, layout, split_names=True, joiner=", ", latin=latin)
        rows = [
            [v.strftime("%d/%m/%Y %H:%M:%S") if isinstance(v, datetime) else v for v in row] for row in rows
        ]
        return _csv(rows, encoding, delimiter)

    write.__doc__ = f"The form responses as CSV in {encoding}, separated by {delimiter!r}."
    return write


# -- the corpus -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    name: str
    suffix: str
    write: Callable[[WorldEvent, str], bytes]
    lacks: frozenset[str] = frozenset()
    """What the layout cannot carry, compared no further: ``local_name``, ``priority``, ``chinese_script``
    (a Windows-1252 file writes names without their Chinese script)."""
    columns: Callable[[str], dict[str, str]] | None = None
    """The organiser's column mapping for this layout in a header language, as given with --map."""
    languages: tuple[str, ...] = HEADER_LANGUAGES

    def mapping(self, language: str) -> dict[str, str]:
        return self.columns(language) if self.columns else {}


NO_PRIORITY = frozenset({"priority"})

LAYOUTS = (
    Layout("template", ".xlsx", template),
    Layout("google_form", ".xlsx", google_form, NO_PRIORITY),
    Layout("ms_form", ".xlsx", ms_form, NO_PRIORITY),
    Layout("ticketing", ".csv", ticketing, NO_PRIORITY | {"local_name"}, ticketing_columns),
    Layout("platform", ".xlsx", platform, NO_PRIORITY),
    Layout("hand_kept", ".xlsx", hand_kept),
    Layout("csv_utf8", ".csv", _form_csv("utf-8", ","), NO_PRIORITY),
    Layout("csv_utf16", ".csv", _form_csv("utf-16", "\t"), NO_PRIORITY),
    Layout(
        "csv_cp1252",
        ".csv",
        _form_csv("cp1252", ";", latin=True),
        NO_PRIORITY | {"local_name", "chinese_script"},
        languages=("en", "no", "es"),
    ),
)
"""Every layout; ``template`` is the canonical workbook the others are compared with."""

LAYOUT_BY_NAME = {layout.name: layout for layout in LAYOUTS}


def corpus() -> list[tuple[str, str, str]]:
    """(event key, layout name, header language) of every file of the corpus."""
    return [(e.key, layout.name, lang) for e in EVENTS for layout in LAYOUTS for lang in layout.languages]
