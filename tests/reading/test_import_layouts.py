"""Layouts and wordings beyond the template: other languages, people across a row, merged cells, mappings."""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import InputError, Severity
from app.reading import workbook as workbook_module
from app.reading.cells import parse_clock_time
from app.reading.columns import ColumnUse, column_for, numbered_column, parse_field
from app.reading.names import CONFIDENT_SCORE, POSSIBLE_SCORE
from app.reading.registrations import read_registrations
from app.reading.results import ImportOptions, RegistrationErrors


def write_book(
    path: Path, sheets: dict[str, list[list[object]]], merged: dict[str, list[str]] | None = None
) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for ref in (merged or {}).get(title, []):
            sheet.merge_cells(ref)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # Norwegian
        ("Bedrift", "organisation"),
        ("Firmanavn", "organisation"),
        ("E-post", "email"),
        ("Navn", "name"),
        ("Fornavn", "first_name"),
        ("Etternavn", "last_name"),
        ("Stilling", "title"),
        ("Land", "country"),
        ("Språk", "languages"),
        ("Bransje", "interests"),
        ("Tilgjengelig fra", "available_from"),
        ("Tilgjengelig til", "available_until"),
        ("Maks antall møter", "max_meetings"),
        ("Ikke tilgjengelig", "away"),
        ("Hvilke bedrifter ønsker du å møte?", "wishes"),
        ("Bedrifter du ikke vil møte", "avoid"),
        ("Prioritet", "priority"),
        # Spanish
        ("Empresa", "organisation"),
        ("Nombre de la empresa", "organisation"),
        ("Correo electrónico", "email"),
        ("Nombre completo", "name"),
        ("Apellidos", "last_name"),
        ("Cargo", "title"),
        ("País", "country"),
        ("Idiomas", "languages"),
        ("Sectores", "interests"),
        ("Disponible desde", "available_from"),
        ("Disponible hasta", "available_until"),
        ("Máximo de reuniones", "max_meetings"),
        ("No disponible", "away"),
        ("¿Con qué empresas desea reunirse?", "wishes"),
        ("Prioridad", "priority"),
        # Chinese
        ("公司名称", "organisation"),
        ("单位", "organisation"),
        ("邮箱", "email"),
        ("电子邮件地址", "email"),
        ("姓名", "name"),
        ("职务", "title"),
        ("国家/地区", "country"),
        ("语言", "languages"),
        ("行业", "interests"),
        ("中文名称", "local_name"),
        ("希望会见的企业", "wishes"),
        ("优先级", "priority"),
        ("时段", "session"),
    ],
)
def test_headers_in_norwegian_spanish_and_chinese(header: str, column: str) -> None:
    assert column_for(header) == column


@pytest.mark.parametrize(
    ("header", "field", "number"),
    [
        ("Contact 1 name", "name", 1),
        ("Contact 2 e-mail", "email", 2),
        ("Participant 3", "name", 3),
        ("2nd participant job title", "title", 2),
        ("Deltaker 2 e-post", "email", 2),
        ("Persona de contacto 2", "name", 2),
        ("Nombre participante 1", "name", 1),
        ("联系人2邮箱", "email", 2),
        ("参会人1姓名", "name", 1),
        ("Company to meet 3", "wishes", 3),
    ],
)
def test_numbered_headers_name_a_person_or_a_wish(header: str, field: str, number: int) -> None:
    spec = numbered_column(header)
    assert spec is not None and (spec.field, spec.number) == (field, number)


@pytest.mark.parametrize("header", ["Q1 Company name", "Country 2", "Address line 2", "Company"])
def test_other_numbers_in_headers_are_not_people(header: str) -> None:
    assert numbered_column(header) is None


def test_one_row_an_organisation_with_its_people_across_the_row(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "orgs.xlsx",
        {
            "Deltakere": [
                ["Påmelding B2B-dag Stavanger"],
                ["Fyll inn én rad per bedrift"],
                [
                    "Bedrift",
                    "Land",
                    "Kontaktperson 1",
                    "Kontaktperson 1 e-post",
                    "Kontaktperson 2",
                    "Kontaktperson 2 e-post",
                    "Kontaktperson 2 stilling",
                    "Ønsker å møte",
                ],
                [
                    "Sørvest Havn AS",
                    "Norge",
                    "Bjørn Økland",
                    "bo@havn.example",
                    "Kari Lie",
                    "kari@havn.example",
                    "CTO",
                    "Qingdao Port",
                ],
                [
                    "Qingdao Port Co., Ltd.",
                    "Kina",
                    "王伟",
                    "wang@port.example",
                    None,
                    None,
                    None,
                    "Sørvest Havn",
                ],
                ["Energía Levante S.L.", "Spania", None, None, None, "x@levante.example", None, None],
            ]
        },
    )
    result = read_registrations(path)
    reg = result.registrations
    assert [o.name for o in reg.organisations] == [
        "Sørvest Havn AS",
        "Qingdao Port Co., Ltd.",
        "Energía Levante S.L.",
    ]
    people = [(p.organisation_id, p.name, p.email, p.title) for p in reg.participants]
    assert people == [
        (1, "Bjørn Økland", "bo@havn.example", ""),
        (1, "Kari Lie", "kari@havn.example", "CTO"),
        (2, "王伟", "wang@port.example", ""),
    ]
    assert {(r.requester_id, r.requested_id) for r in reg.requests} == {(1, 2), (2, 1)}
    messages = [str(f) for f in result.findings]
    assert any(
        "sheet 'Deltakere', row 6, column E (Kontaktperson 2)" in m and "has details but no name" in m
        for m in messages
    )
    assert any("read as organisations, 2 people a row from row 4" in m for m in messages)
    uses = {(u.header, u.field, u.number) for u in result.columns}
    assert ("Kontaktperson 2 e-post", "email", 2) in uses and ("Bedrift", "organisation", None) in uses


def test_an_unnumbered_first_contact_beside_numbered_ones(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "contacts.xlsx",
        {
            "Companies": [
                ["Company", "Contact name", "Contact e-mail", "Contact 2 name", "Contact 2 e-mail"],
                ["Alpha AS", "Ann", "ann@alpha.example", "Bob", "bob@alpha.example"],
            ]
        },
    )
    reg = read_registrations(path).registrations
    assert [(p.name, p.email) for p in reg.participants] == [
        ("Ann", "ann@alpha.example"),
        ("Bob", "bob@alpha.example"),
    ]


def test_a_second_email_column_is_not_a_second_person(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "emails.xlsx",
        {
            "Form": [
                ["Name", "Company", "Email", "Email 2"],
                ["Ann", "Alpha AS", "ann@a.example", "ann@b.example"],
            ]
        },
    )
    result = read_registrations(path)
    assert [(p.name, p.email) for p in result.registrations.participants] == [("Ann", "ann@a.example")]
    assert any(u.header == "Email 2" and not u.field for u in result.columns)


def test_spanish_first_name_and_surnames_make_the_full_name(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "es.xlsx",
        {
            "Inscripciones": [
                ["Nombre", "Apellidos", "Empresa", "Correo"],
                ["Íñigo", "Muñoz Pérez", "Energía Levante S.L.", "inigo@levante.example"],
            ]
        },
    )
    (person,) = read_registrations(path).registrations.participants
    assert person.name == "Íñigo Muñoz Pérez"


def test_numbered_wish_columns_are_read_in_order(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "wishes.xlsx",
        {
            "Form": [
                ["Name", "Company", "Wish 1", "Wish 2", "Wish 3"],
                ["Ann", "Alpha AS", "Beta", None, "Gamma"],
                ["Bo", "Beta", None, None, None],
                ["Cy", "Gamma", "Alpha", None, None],
            ]
        },
    )
    result = read_registrations(path)
    pairs = {(r.requester_id, r.requested_id) for r in result.registrations.requests}
    assert pairs == {(1, 2), (1, 3), (3, 1)}


# -- merged cells ---------------------------------------------------------------------------------------


def test_merged_cells_are_unmerged_and_reported(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "merged.xlsx",
        {
            "Registrations": [
                ["Registrations for the B2B day"],
                ["Company", "Name", "Email"],
                ["Alpha AS", "Ann", "ann@alpha.example"],
                [None, "Bob", "bob@alpha.example"],
                [None, "Cy", "cy@alpha.example"],
                ["Beta AB", "Dag", "dag@beta.example"],
            ]
        },
        merged={"Registrations": ["A1:C1", "A3:A5"]},
    )
    result = read_registrations(path)
    reg = result.registrations
    assert [o.name for o in reg.organisations] == ["Alpha AS", "Beta AB"]
    assert [p.organisation_id for p in reg.participants] == [1, 1, 1, 2]
    merged = [f for f in result.findings if "merged cells" in f.message]
    assert len(merged) == 1, "the title above the header is not worth a word"
    assert str(merged[0]) == (
        "info: merged.xlsx, sheet 'Registrations', row 3, column A (Company): merged cells A3:A5 unmerged: "
        "'Alpha AS' is read in each of them"
    )


def test_a_huge_merged_range_is_left_as_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "MAX_MERGED_CELLS", 2)
    path = write_book(
        tmp_path / "wide.xlsx",
        {"Sheet": [["Company", "Name"], ["Alpha", "Ann"], [None, "Bob"], [None, "Cy"]]},
        merged={"Sheet": ["A2:A4"]},
    )
    result = read_registrations(path)
    assert any(
        f.severity == Severity.WARNING and "A2:A4 span too many cells" in f.message for f in result.findings
    )


# -- names typed in wish lists --------------------------------------------------------------------------


def fuzzy_form(tmp_path: Path, wishes: str) -> Path:
    return write_book(
        tmp_path / "fuzzy.xlsx",
        {
            "Form": [
                ["Name", "Company", "Companies to meet"],
                ["Ann", "Sørvest Havn AS", wishes],
                ["Bo", "Equinor Energy AS", None],
                ["Cy", "Nordic Ports Group", None],
                ["Di", "Nordic Ports Logistics AS", None],
                ["Ed", "Alpha Ltd", None],
                ["Fi", "Alfa Ltd", None],
            ]
        },
    )


def test_a_confident_fuzzy_match_is_applied_and_listed(tmp_path: Path) -> None:
    result = read_registrations(fuzzy_form(tmp_path, "Equinr"))
    (request,) = result.registrations.requests
    assert (request.requester_id, request.requested_id) == (1, 2)
    (note,) = [f for f in result.findings if "alike" in f.message]
    assert note.severity == Severity.INFO
    assert str(note) == (
        "info: fuzzy.xlsx, sheet 'Form', row 2, column C (Companies to meet): 'Equinr' read as "
        "'Equinor Energy AS' (92 % alike)"
    )


@pytest.mark.parametrize(
    ("typed", "candidates"),
    [
        ("Nordik Ports", "'Nordic Ports Group' (92 % alike) or 'Nordic Ports Logistics AS' (92 % alike)"),
        ("Alpa", "'Alpha Ltd' (89 % alike) or 'Alfa Ltd' (75 % alike)"),
    ],
)
def test_an_uncertain_match_is_a_warning_naming_the_candidates(
    tmp_path: Path, typed: str, candidates: str
) -> None:
    result = read_registrations(fuzzy_form(tmp_path, typed))
    assert not result.registrations.requests
    (warning,) = result.warnings
    assert f"'{typed}' is not an organisation's name; it may be {candidates}" in warning.message
    assert warning.location is not None and (warning.location.row, warning.location.column) == (2, 3)


def test_thresholds_leave_room_for_uncertain_matches() -> None:
    assert 0 < POSSIBLE_SCORE < CONFIDENT_SCORE <= 100


def test_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    path = fuzzy_form(tmp_path, "Alpa; Nobody Inc")
    assert len(read_registrations(path).warnings) == 2
    with pytest.raises(RegistrationErrors) as caught:
        read_registrations(path, ImportOptions(strict=True))
    problems = caught.value.problems
    assert len(problems) == 2 and all(p.severity == Severity.ERROR for p in problems)
    assert "(--strict: warnings stop the import)" in str(caught.value)
    assert str(problems[0]).startswith("error: fuzzy.xlsx, sheet 'Form', row 2, column C (Companies to meet)")


# -- the organiser's mapping ----------------------------------------------------------------------------


def test_a_mapping_names_columns_the_usual_wordings_miss(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "odd.xlsx",
        {"Sheet": [["Who", "Outfit", "Reach at", "Email"], ["Ann", "Alpha AS", "ann@alpha.example", "old"]]},
    )
    with pytest.raises(InputError, match="no organisation column found"):
        read_registrations(path)
    options = ImportOptions(
        {"Outfit": "organisation", "who": "Name", "Reach at": "e-mail", "EMAIL": "ignore"}
    )
    result = read_registrations(path, options)
    (person,) = result.registrations.participants
    assert (person.name, person.email) == ("Ann", "ann@alpha.example")
    assert result.mapping() == {"Who": "name", "Outfit": "organisation", "Reach at": "email"}
    assert result.column_map == (
        ("Outfit", "organisation"),
        ("who", "name"),
        ("Reach at", "email"),
        ("EMAIL", "ignore"),
    )
    assert ColumnUse("Sheet", 1, 4, "Email", "", None, True) in result.columns


def test_a_mapping_for_a_header_no_sheet_has_is_refused(tmp_path: Path) -> None:
    path = write_book(tmp_path / "plain.xlsx", {"Sheet": [["Company", "Name"], ["Alpha", "Ann"]]})
    with pytest.raises(
        InputError, match=re.escape("no sheet read has a column headed 'Firm name'")
    ) as caught:
        read_registrations(path, ImportOptions({"Firm name": "organisation"}))
    assert "the headers found are: Company, Name" in str(caught.value)
    saved = ImportOptions({"Firm name": "organisation"}, every_header_present=False)
    assert read_registrations(path, saved).column_map == ()


def test_a_mapping_to_an_unknown_field_is_refused(tmp_path: Path) -> None:
    path = write_book(tmp_path / "plain.xlsx", {"Sheet": [["Company", "Name"], ["Alpha", "Ann"]]})
    with pytest.raises(InputError, match="column mapping: 'company_nam' is not a field"):
        read_registrations(path, ImportOptions({"Company": "company_nam"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organisation", "organisation"),
        ("Local name", "local_name"),
        ("E-mail 2", "email 2"),
        ("bedrift", "organisation"),
        ("wishes 3", "wishes 3"),
        ("ignore", "ignore"),
        ("", "ignore"),
    ],
)
def test_fields_are_named_as_the_organiser_writes_them(text: str, expected: str) -> None:
    assert str(parse_field(text)) == expected


def test_a_number_only_goes_with_a_persons_field() -> None:
    with pytest.raises(ValueError, match="takes a number"):
        parse_field("country 2")


# -- times ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13h30", time(13, 30)),
        ("13:30:00", time(13, 30)),
        ("1:30 p. m.", time(13, 30)),
        ("9:00 a.m.", time(9, 0)),
        ("kl. 14", time(14, 0)),
        ("kl 9.15", time(9, 15)),
        ("13.30 hrs", time(13, 30)),
        ("下午1点30分", time(13, 30)),
        ("9点半", time(9, 30)),
        ("上午9:00", time(9, 0)),
        ("2026-06-09 13:30", time(13, 30)),
        ("09.06.2026 13:30", time(13, 30)),
        ("2026-06-09T09:15:00", time(9, 15)),
        (46182.5625, time(13, 30)),
        (datetime(2026, 6, 9, 13, 30), time(13, 30)),
        (46182, None),
        ("2026-06-09", None),
        ("kl. 25", None),
    ],
)
def test_times_in_more_text_forms(value: object, expected: time | None) -> None:
    assert parse_clock_time(value) == expected  # type: ignore[arg-type]


def test_a_date_with_a_time_is_read_and_the_date_set_aside_with_a_note(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "dated.xlsx",
        {
            "Sheet": [
                ["Company", "Available from"],
                ["Alpha", datetime(2026, 6, 9, 13, 30)],
                ["Beta", "10.06.2026 9:00"],
            ]
        },
    )
    result = read_registrations(path)
    alpha, beta = result.registrations.organisations
    assert alpha.available_from == time(13, 30) and beta.available_from == time(9, 0)
    notes = [str(f) for f in result.findings if "set aside" in f.message]
    assert notes[0].endswith(
        "row 2, column B (Available from): '2026-06-09T13:30:00' read as 13:30; the date "
        "2026-06-09 is set aside, as times apply to every day of the event"
    )
    assert "the date 10.06.2026 is set aside" in notes[1]


# -- limits before parsing ------------------------------------------------------------------------------


def test_rows_are_counted_before_the_sheet_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "MAX_ROWS", 20)
    path = write_book(tmp_path / "long.xlsx", {"Big": [["Company"]] + [[f"Org {i}"] for i in range(25)]})

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the workbook was parsed")

    monkeypatch.setattr(workbook_module.openpyxl, "load_workbook", never)
    with pytest.raises(
        InputError, match=re.escape("long.xlsx, sheet 'Big': has more than 20 filled rows (26)")
    ):
        read_registrations(path)


def test_csv_rows_are_counted_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "MAX_ROWS", 20)
    path = tmp_path / "long.csv"
    path.write_text("Company\n" + "".join(f"Org {i}\n" for i in range(25)) + ";;;\n\n", encoding="utf-8")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(workbook_module.csv, "reader", never)
    with pytest.raises(InputError, match=re.escape("long.csv: has more than 20 filled rows (26)")):
        read_registrations(path)


def test_spans_of_time_in_several_languages(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "away.xlsx",
        {
            "Sheet": [
                ["Empresa", "No disponible"],
                ["Alpha", "9am-10am; 14:00 a 14:30; 15:00至15:30; 16.00 til 16.15"],
            ]
        },
    )
    (alpha,) = read_registrations(path).registrations.organisations
    assert [str(p) for p in alpha.away] == ["09:00-10:00", "14:00-14:30", "15:00-15:30", "16:00-16:15"]


def test_a_macro_workbook_is_read_with_formulas_as_their_saved_values(tmp_path: Path) -> None:
    import zipfile

    plain = write_book(tmp_path / "plain.xlsx", {"Sheet": [["Company", "Country"], ["Alpha", "Norway"]]})
    target = tmp_path / "with-macros.xlsm"
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            content = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                # Excel keeps a formula's last result beside it; that result is what is read.
                content = content.replace(
                    b'<c r="A2" t="inlineStr"><is><t>Alpha</t></is></c>',
                    b'<c r="A2" t="str"><f>CONCATENATE("Al","pha AS")</f><v>Alpha AS</v></c>',
                )
                assert b"CONCATENATE" in content
            new.writestr(info.filename, content)
        new.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros that are never run")
    (alpha,) = read_registrations(target).registrations.organisations
    assert (alpha.name, alpha.country) == ("Alpha AS", "Norway")
