"""Reading registrations as organisers send them: the template, form exports, CSV files and broken files."""

from __future__ import annotations

import re
import zipfile
from datetime import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.domain import DaySession, Precedence, Priority
from app.errors import InputError, Severity
from app.paths import resource
from app.reading import workbook as workbook_module
from app.reading.cells import parse_clock_time
from app.reading.columns import column_for
from app.reading.names import name_key
from app.reading.registrations import read_registrations
from app.reading.results import RegistrationErrors
from app.reading.template import write_template

SAMPLES = resource("samples")


def fill_template(path: Path) -> Path:
    write_template(path)
    book = load_workbook(path)
    qingdao = ("Qingdao Harbour Engineering Co., Ltd.", "青岛港湾工程", "Delegation", "China")
    book["Organisations"].append([*qingdao, "ports; offshore, logistics", "Chinese", "13:30", None, 4])
    book["Organisations"].append(["Sørvest Havn AS", "", "Host", "Norway", "ports", "Norwegian; English"])
    book["Organisations"].append(["Energía Levante S.L.", "", "Host", "Spain", "energy", "", None, "16:00"])
    book["Participants"].append(
        ["王伟", None, "Qingdao Harbour Engineering Co., Ltd.", "CEO", "wang@example.cn"]
    )
    book["Participants"].append(
        ["李娜", None, "qingdao harbour engineering co ltd", "Engineer", "", "English"]
    )
    book["Participants"].append(["Bjørn Økland", None, "Sørvest Havn A/S", "Havnedirektør"])
    book["Participants"].append(["Íñigo Muñoz", None, "Energía Levante SL"])
    book["Requests"].append(["Qingdao Harbour Engineering Co., Ltd.", "Sørvest Havn AS", 1])
    book["Requests"].append(["Sørvest Havn", "Qingdao Harbour Engineering", None])
    book["Requests"].append(["Energía Levante S.L.", "Qingdao Harbour Engineering", 3])
    book["Interpreters"].append(["刘梅 Liu Mei", "Chinese; Norwegian", None, "16:00", "14:00-14:15"])
    book.save(path)
    return path


def test_a_filled_template_reads_back_as_written(tmp_path: Path) -> None:
    result = read_registrations(fill_template(tmp_path / "registrations.xlsx"))
    reg = result.registrations
    assert result.sheets_used == ("Organisations", "Participants", "Requests", "Interpreters")
    qingdao, havn, levante = reg.organisations
    assert (qingdao.name, qingdao.local_name, qingdao.group, qingdao.country) == (
        "Qingdao Harbour Engineering Co., Ltd.",
        "青岛港湾工程",
        "Delegation",
        "China",
    )
    assert qingdao.interests == ("ports", "offshore", "logistics")
    assert qingdao.available_from == time(13, 30) and qingdao.max_meetings == 4
    assert levante.available_until == time(16, 0) and levante.max_meetings is None
    assert havn.languages == ("Norwegian", "English")
    assert "English" in qingdao.languages, "participants' languages count for their organisation"
    by_org = {
        o.id: [p.name for p in reg.participants if p.organisation_id == o.id] for o in reg.organisations
    }
    assert by_org == {1: ["王伟", "李娜"], 2: ["Bjørn Økland"], 3: ["Íñigo Muñoz"]}
    wishes = {(r.requester_id, r.requested_id): r.priority for r in reg.requests}
    assert wishes == {
        (1, 2): Priority.MUST_MEET,
        (2, 1): Priority.WOULD_LIKE,
        (3, 1): Priority.IF_TIME_ALLOWS,
    }
    (interpreter,) = reg.interpreters
    assert (interpreter.name, interpreter.languages) == ("刘梅 Liu Mei", ("Chinese", "Norwegian"))
    assert interpreter.available_until == time(16) and [str(p) for p in interpreter.away] == ["14:00-14:15"]
    assert not result.warnings


def test_an_interpreter_with_one_language_is_refused_with_its_place(tmp_path: Path) -> None:
    path = fill_template(tmp_path / "one-language.xlsx")
    book = load_workbook(path)
    book["Interpreters"]["B2"] = "Chinese"
    book.save(path)
    with pytest.raises(RegistrationErrors) as caught:
        read_registrations(path)
    assert (
        "sheet 'Interpreters', row 2, column B (Languages): interpreter '刘梅 Liu Mei' needs the two"
        in str(caught.value.problems[0])
    )


def test_both_sample_layouts_hold_the_same_event() -> None:
    template = read_registrations(SAMPLES / "stavanger-delegation-day.xlsx").registrations
    form = read_registrations(SAMPLES / "stavanger-form-export.xlsx").registrations
    assert len(template.organisations) == len(form.organisations) == 26
    assert len(template.participants) == len(form.participants) == 60
    assert sum(1 for o in template.organisations if o.group == "Delegation") == 8
    assert sum(1 for p in template.participants if p.organisation_id <= 8) == 35

    def pairs(reg: object) -> set[tuple[str, str]]:
        names = {o.id: name_key(o.name) for o in reg.organisations}  # type: ignore[attr-defined]
        return {(names[r.requester_id], names[r.requested_id]) for r in reg.requests}  # type: ignore[attr-defined]

    assert pairs(template) == pairs(form)
    mutual = {(a, b) for a, b in pairs(template) if (b, a) in pairs(template)}
    assert mutual and len(mutual) < len(pairs(template)), "the sample mixes mutual and one-way wishes"


def test_a_form_export_is_read_below_its_title_rows_with_the_fixes_reported() -> None:
    result = read_registrations(SAMPLES / "stavanger-form-export.xlsx")
    names = [o.name for o in result.registrations.organisations]
    assert "Qingdao Bluewater Port Logistics Co., Ltd." in names, "'Co., Ltd.' stays one name"
    assert "Rogaland Helseteknologi AS" in names and "Rogaland Helseteknologi A/S" not in names
    messages = [str(f) for f in result.findings]
    assert any("row 5" in m and "read as participants" in m for m in messages)
    assert any(
        "'Rogaland Helseteknologi A/S' is the same organisation as 'Rogaland Helseteknologi AS'" in m
        for m in messages
    )
    wang = result.registrations.participants[0]
    assert wang.name == "王海涛 Wang Haitao" and wang.email.endswith("bluewater-port.example.cn")


def write_rows(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_wish_lists_are_split_and_resolved_with_warnings_for_unknown_names(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "form.xlsx",
        [
            ["B2B day registrations"],
            [],
            ["Full name", "Firm", "E-mail address", "Which companies would you like to meet?"],
            [
                "Ann Berg",
                "Berg & Co AS",
                "ann@berg.example",
                "Alpha Ltd, Beta S.L.; Gamma and Delta\nNobody Inc",
            ],
            ["Ann Berg", "BERG & CO", "ann@berg.example", ""],
            ["Ali Alpha", "Alpha Ltd.", "", "Berg and Co"],
            ["Bea Beta", "Beta SL", "", "Beta"],
            ["Gus Gamma", "Gamma", "", ""],
            ["Dag Delta", "Delta", "", ""],
        ],
    )
    result = read_registrations(path)
    reg = result.registrations
    names = {o.id: o.name for o in reg.organisations}
    assert list(names.values()) == ["Berg & Co AS", "Alpha Ltd.", "Beta SL", "Gamma", "Delta"]
    wishes = {(names[r.requester_id], names[r.requested_id]) for r in reg.requests}
    assert wishes == {
        ("Berg & Co AS", "Alpha Ltd."),
        ("Berg & Co AS", "Beta SL"),
        ("Berg & Co AS", "Gamma"),
        ("Berg & Co AS", "Delta"),
        ("Alpha Ltd.", "Berg & Co AS"),
    }
    assert [p.name for p in reg.participants].count("Ann Berg") == 1, "a double submission is merged"
    warnings = [str(f) for f in result.warnings]
    assert any("'Nobody Inc' matches no organisation" in w and "row 4, column D" in w for w in warnings)
    assert any("asks to meet itself" in w for w in warnings)


def test_csv_files_in_utf8_with_bom_and_in_windows_encoding(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(
        "Navn;Company;Country\r\nBjørn Økland;Sørvest Havn AS;Norway\r\n王伟;青岛港湾;China\r\n".encode(
            "utf-8-sig"
        ).replace(b"Navn", b"Name")
    )
    cp1252 = tmp_path / "excel.csv"
    cp1252.write_bytes("Name,Organisation\r\nÍñigo Muñoz,Energía Levante S.L.\r\n".encode("cp1252"))
    assert [p.name for p in read_registrations(utf8).registrations.participants] == ["Bjørn Økland", "王伟"]
    assert read_registrations(cp1252).registrations.organisations[0].name == "Energía Levante S.L."


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("E-mail address:", "email"),
        ("Firm", "organisation"),
        ("COMPANY NAME", "organisation"),
        ("Company name in Chinese (if any)", "local_name"),
        ("Which companies would you like to meet?", "wishes"),
        ("Max. meetings", "max_meetings"),
        ("Sectors of interest", "interests"),
        ("Timestamp", None),
    ],
)
def test_headers_are_recognised_in_the_usual_wordings(header: str, column: str | None) -> None:
    assert column_for(header) == column


def test_names_compare_without_case_punctuation_or_legal_suffix() -> None:
    assert name_key("Sørvest Havn A/S") == name_key("sørvest havn as") == name_key("Sørvest  Havn")
    assert name_key("Qingdao Port Co., Ltd.") == name_key("Qingdao Port")
    assert name_key("Energía Levante S.L.") == name_key("Energía Levante")
    assert name_key("AS") == "as", "a name that is only a suffix is kept"
    assert name_key("Sørvest Havn") != name_key("Sorvest Havn")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13:30", time(13, 30)),
        ("9.15", time(9, 15)),
        ("1:30 pm", time(13, 30)),
        ("12am", time(0, 0)),
        (0.5625, time(13, 30)),
        (time(14, 0), time(14, 0)),
        ("25:00", None),
        ("soon", None),
        ("14", None),
    ],
)
def test_times_of_day_in_excel_and_text_forms(value: object, expected: time | None) -> None:
    assert parse_clock_time(value) == expected  # type: ignore[arg-type]


def test_organiser_rules_are_read_from_their_columns(tmp_path: Path) -> None:
    path = fill_template(tmp_path / "rules.xlsx")
    book = load_workbook(path)
    organisations, people, requests = book["Organisations"], book["Participants"], book["Requests"]
    organisations["J2"] = 2  # Min meetings of Qingdao
    organisations["K3"] = "14:00-14:30; 15:30 to 16:00"  # Sørvest Havn is away twice
    organisations["L4"] = "Sørvest Havn"  # Energía Levante must not meet Sørvest Havn
    organisations["M3"] = "Table 3"  # Sørvest Havn keeps its own table
    people["G2"] = "13:00-13:30"  # 王伟 is away at first
    requests["D2"] = "afternoon"
    requests.append(["Energía Levante", "Sørvest Havn AS", None, "morning", "Qingdao Harbour Engineering"])
    book.save(path)
    reg = read_registrations(path).registrations
    qingdao, havn, _ = reg.organisations
    assert qingdao.min_meetings == 2
    assert [str(p) for p in havn.away] == ["14:00-14:30", "15:30-16:00"]
    assert havn.table == "Table 3" and qingdao.table == ""
    assert [str(p) for p in reg.participants[0].away] == ["13:00-13:30"]
    sessions = {(r.requester_id, r.requested_id): r.session for r in reg.requests}
    assert sessions[(1, 2)] == DaySession.AFTERNOON and sessions[(3, 2)] == DaySession.MORNING
    assert sessions[(2, 1)] == DaySession.ANY
    assert reg.apart == ((2, 3),)
    assert reg.precedences == (Precedence((3, 1), (3, 2)),)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Min. meetings", "min_meetings"),
        ("Do not want to meet", "avoid"),
        ("Companies you would rather not meet", "avoid"),
        ("Not available (times)", "away"),
        ("Morning or afternoon", "session"),
    ],
)
def test_rule_headers_are_recognised(header: str, column: str) -> None:
    assert column_for(header) == column


# -- bad input ------------------------------------------------------------------------------------------


def test_bad_rule_values_are_reported_with_their_place(tmp_path: Path) -> None:
    path = fill_template(tmp_path / "bad-rules.xlsx")
    book = load_workbook(path)
    book["Organisations"]["K2"] = "after lunch"
    book["Requests"]["D3"] = "evening"
    book.save(path)
    with pytest.raises(RegistrationErrors) as caught:
        read_registrations(path)
    problems = [str(p) for p in caught.value.problems]
    assert "row 2, column K (Not available): 'after lunch' is not a span of time" in problems[0]
    assert "sheet 'Requests', row 3, column D (Session): 'evening' is not a session" in problems[1]


def test_bad_values_are_all_reported_with_sheet_row_and_column(tmp_path: Path) -> None:
    path = fill_template(tmp_path / "bad.xlsx")
    book = load_workbook(path)
    book["Organisations"]["I3"] = "four"
    book["Organisations"]["G4"] = "after lunch"
    book["Requests"]["C3"] = 7
    book.save(path)
    with pytest.raises(RegistrationErrors) as caught:
        read_registrations(path)
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 3
    assert problems[0].startswith(
        "error: bad.xlsx, sheet 'Organisations', row 3, column I (Max meetings): 'four'"
    )
    assert "row 4, column G (Available from): 'after lunch' is not a time" in problems[1]
    assert "sheet 'Requests', row 3, column C (Priority): '7' is not a priority" in problems[2]
    assert "2 more problems" in str(caught.value)


def test_a_sheet_without_an_organisation_column_is_refused(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "people.xlsx", [["Name", "Email"], ["Ann", "ann@example.com"]], "People")
    with pytest.raises(InputError, match="sheet 'People': no organisation column found"):
        read_registrations(path)


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "empty.xlsx", [])
    with pytest.raises(InputError, match=r"empty\.xlsx: has no filled cells"):
        read_registrations(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.xlsx", b"just some text", "is not an Excel workbook although it is named .xlsx"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Excel 97-2003 format"),
        ("broken.xlsx", b"PK\x03\x04 broken", "is damaged"),
        ("zero.xlsx", b"", "is empty (0 bytes)"),
        ("binary.csv", b"\x00\x01\x02 not text", "is not a text (CSV) file"),
    ],
)
def test_files_that_are_not_registrations_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        read_registrations(path)
    assert str(caught.value).startswith(name)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"jpeg")
    with pytest.raises(InputError, match="a ZIP archive but not an Excel workbook"):
        read_registrations(path)


def rewrite_part(source: Path, target: Path, part: str, content: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, content if info.filename == part else old.read(info.filename))
    return target


def test_xml_entity_tricks_are_refused_before_parsing(tmp_path: Path) -> None:
    plain = write_rows(tmp_path / "plain.xlsx", [["Organisation"], ["Alpha"]])
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        b"<si><t>&lol2;</t></si></sst>"
    )
    bomb = rewrite_part(plain, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", laughs)
    with pytest.raises(InputError, match="declares a document type"):
        read_registrations(bomb)


def test_parts_that_inflate_to_gigabytes_are_refused_quickly(tmp_path: Path) -> None:
    plain = write_rows(tmp_path / "plain.xlsx", [["Organisation"], ["Alpha"]])
    target = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        with new.open("xl/media/padding.xml", "w", force_zip64=True) as part:
            chunk = b"\x00" * (1 << 20)
            for _ in range(400):  # 400 MB of zeros compress to well under 1 MB
                part.write(chunk)
    assert target.stat().st_size < 2_000_000
    with pytest.raises(InputError, match=r"would inflate to 4\d\d MB"):
        read_registrations(target)


def test_a_highly_compressed_part_is_refused(tmp_path: Path) -> None:
    plain = write_rows(tmp_path / "plain.xlsx", [["Organisation"], ["Alpha"]])
    target = rewrite_part(plain, tmp_path / "dense.xlsx", "xl/styles.xml", b" " * (20 << 20))
    with pytest.raises(InputError, match=r"inflates \d+ times"):
        read_registrations(target)


def test_sheets_with_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "MAX_ROWS", 50)
    path = write_rows(tmp_path / "huge.xlsx", [["Organisation"]] + [[f"Org {i}"] for i in range(60)])
    with pytest.raises(
        InputError, match=re.escape("huge.xlsx, sheet 'Sheet1': has more than 50 filled rows")
    ):
        read_registrations(path)


def test_findings_name_what_was_ignored(tmp_path: Path) -> None:
    path = tmp_path / "mixed.xlsx"
    book = Workbook()
    book.active.title = "Notes for the team"
    book.active.append(["Remember to book the tables"])
    companies = book.create_sheet("Companies")
    companies.append(["Company", "Country"])
    companies.append(["Alpha", "Norway"])
    companies.append([None, "Sweden"])
    book.save(path)
    result = read_registrations(path)
    assert result.sheets_used == ("Companies",)
    messages = [(f.severity, str(f)) for f in result.findings]
    skipped = (
        "mixed.xlsx, sheet 'Companies', row 3, column A (Company): row has no organisation name; skipped"
    )
    assert (Severity.WARNING, f"warning: {skipped}") in messages
    assert any("sheet 'Notes for the team': sheet ignored" in m for _, m in messages)


@pytest.mark.parametrize("count", [3, 40])
def test_organisations_without_people_are_noted_one_by_one_or_together(tmp_path: Path, count: int) -> None:
    rows: list[list[object]] = [
        ["Organisation", "Country"],
        *([f"Firm {n} AS", "Norway"] for n in range(count)),
    ]
    path = write_rows(tmp_path / "orgs.xlsx", rows, title="Organisations")
    notes = [f.message for f in read_registrations(path).findings if "no participants listed" in f.message]
    if count <= 20:
        assert len(notes) == count and notes[0].startswith("'Firm 0 AS' has no participants listed")
    else:
        assert notes == [
            "40 organisations have no participants listed ('Firm 0 AS', 'Firm 1 AS', 'Firm 2 AS' and more); "
            "each is planned as one person"
        ]


def test_a_second_column_of_the_same_heading_is_named_as_unread(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Organisation", "Country", "Country"],
        ["Firm AS", "Norway", "Denmark"],
    ]
    result = read_registrations(write_rows(tmp_path / "twice.xlsx", rows, title="Organisations"))
    warnings = [f for f in result.findings if f.severity == Severity.WARNING and "is not read" in f.message]
    assert len(warnings) == 1
    assert "column 'Country' is not read: country is column B already" in warnings[0].message
    assert warnings[0].location is not None and warnings[0].location.column == 3
    assert result.registrations.organisations[0].country == "Norway"
