"""Registration headers are recognised by their words: questions, hints in brackets, two names joined by a
slash, a second language, and the one-to-one choice of which column is which field."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from workbooks import write_book

from app.cli import main
from app.errors import Severity
from app.reading.columns import (
    FIELDS,
    assign_columns,
    column_for,
    field_scores,
    find_header,
    likely_header,
    numbered_column,
)
from app.reading.registrations import read_registrations
from app.reading.results import ImportOptions, RegistrationErrors
from app.reading.workbook import read_sheets

# -- one header on its own ------------------------------------------------------------------------------

HEADERS = [
    # Two names for the same field, joined by a slash
    ("Organisation / Company", "organisation"),
    ("Empresa / Company", "organisation"),
    ("Firma / Company name", "organisation"),
    ("Country/Region", "country"),
    ("E-mail / Correo electrónico", "email"),
    # Questions
    ("What is the name of your organisation?", "organisation"),
    ("Which companies would you like to meet?", "wishes"),
    ("What languages do you speak?", "languages"),
    ("Who would you like to meet?", "wishes"),
    ("Which companies would you rather not meet?", "avoid"),
    ("What is your job title?", "title"),
    ("What is your e-mail address?", "email"),
    ("Which country are you from?", "country"),
    ("When do you arrive?", "available_from"),
    ("Which sectors are you interested in?", "interests"),
    ("Hvilke bedrifter ønsker du å møte?", "wishes"),
    # Norwegian puts the article at the end of a word, and forms address the reader.
    ("Hva heter bedriften din?", "organisation"),
    ("Navnet ditt", "name"),
    ("E-postadressen din", "email"),
    ("Hvilket land kommer du fra?", "country"),
    ("Tittelen din", "title"),
    ("Interessene dine", "interests"),
    ("Språkene du snakker", "languages"),
    ("Bedrifter du vil møte", "wishes"),
    ("¿Con qué empresas quieres reunirte?", "wishes"),
    ("¿Con qué empresas desea reunirse?", "wishes"),
    ("¿Con qué entidades le gustaría reunirse? (separe con comas)", "wishes"),  # a Google Forms export
    ("¿Con qué organizaciones desea reunirse?", "wishes"),
    ("Empresa / Institución", "organisation"),
    ("¿Cuál es el nombre de su empresa?", "organisation"),
    ("您希望会见哪些企业？", "wishes"),
    # Hints in brackets, and a second question after the first
    ("Company (as it should appear on your badge)", "organisation"),
    ("Name (first and last)", "name"),
    ("E-mail (we send the agenda here)", "email"),
    ("Languages (separate with ;)", "languages"),
    ("Company name? It is printed on your badge.", "organisation"),
    ("Company *", "organisation"),
    # Two languages mixed
    ("公司名称 Company name", "organisation"),
    ("Bedrift (Company)", "organisation"),
    ("Navn / Name", "name"),
    ("邮箱 Email", "email"),
    ("语言 / Languages", "languages"),
    ("Empresa (公司)", "organisation"),
    # Whose value it is: a person's or an organisation's field
    ("Contact person name", "name"),
    ("Company e-mail", "email"),
    ("Contact e-mail", "email"),
    ("Contact person title", "title"),
    ("Participant job title", "title"),
    ("Company country", "country"),
    ("Company sector", "interests"),
    ("Chinese company name", "local_name"),
    ("公司中文名称", "local_name"),
    ("公司邮箱", "email"),
    ("联系人姓名", "name"),
    ("联系人邮箱", "email"),
    # A qualifier that does not change the field
    ("Work e-mail", "email"),
    ("Country of residence", "country"),
    ("Preferred language", "languages"),
    ("Arrival time", "available_from"),
    ("Departure time", "available_until"),
    ("Unavailable times", "away"),
    ("How many meetings at most?", "max_meetings"),
    ("Booth number", "own_table"),
    ("Table no.", "own_table"),
    ("Session time", "session"),
    # Norwegian
    ("Bedriftens navn", "organisation"),
    ("Navn på bedrift", "organisation"),
    ("Navn på deltaker", "name"),
    ("E-postadresse", "email"),
    ("Stillingstittel", "title"),
    ("Ønsker å møte", "wishes"),
    ("Ikke tilgjengelig", "away"),
    # Spanish
    ("Nombre de la empresa", "organisation"),
    ("Nombre de la entidad", "organisation"),  # a Google Forms export
    ("Nom de l'entitat", "organisation"),
    ("Nombre y apellidos", "name"),
    ("Correo electrónico de contacto", "email"),
    ("Sectores de interés", "interests"),
    ("Mesa propia", "own_table"),
    # Catalan / Valencian
    ("Empresa", "organisation"),
    ("Nom de l'empresa", "organisation"),
    ("Nom", "name"),
    ("Nom i cognoms", "name"),
    ("Cognoms", "last_name"),
    ("Correu electrònic", "email"),
    ("Càrrec", "title"),
    ("Idiomes", "languages"),
    ("País", "country"),
    ("Interessos", "interests"),
    ("Sector", "interests"),
    ("Vull reunir-me amb", "wishes"),
    ("Amb quines empreses voleu reunir-vos?", "wishes"),
    ("Organització", "organisation"),
    ("Taula", "own_table"),
    # Chinese
    ("公司名称", "organisation"),
    ("单位名称", "organisation"),
    ("电子邮件地址", "email"),
    ("国家/地区", "country"),
    ("工作语言", "languages"),
    ("职务", "title"),
    ("职务/职称", "title"),
    ("所属行业", "interests"),
    ("希望会见的企业", "wishes"),
    ("不希望会见的企业", "avoid"),
    ("不可参会时间", "away"),
    # The request sheet's own words
    ("Requested by", "requester"),
    ("Reunirse con", "requested"),
    ("Meet after", "after"),
    # Not a column MeetGrid reads
    ("Timestamp", None),
    ("Phone", None),
    ("Dietary requirements", None),
    ("Registration for the Shandong–Rogaland B2B day", None),
    ("Please describe your company's main products and services", None),
    ("Phone (with country code)", None),
    # A known word beside a word that changes what the column is
    ("Attendee status", None),
    ("Company website", None),
    ("Company size", None),
    ("Contact phone", None),
    ("Event name", None),
    ("Number of participants", None),
    ("Session feedback", None),
]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_a_header_is_recognised_by_its_words(header: str, field: str | None) -> None:
    assert column_for(header) == field


def test_an_exact_wording_scores_above_one_that_is_only_contained() -> None:
    assert field_scores("Company")["organisation"] > field_scores("Company / Empresa")["organisation"] >= 1
    assert field_scores("Company website")["organisation"] < 0.6


# -- which column is which, one column a field ----------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Contact person name", "Company", "Company e-mail"],
            ["name", "organisation", "email"],
        ),
        (
            ["Company e-mail", "Company name", "Contact person"],
            ["email", "organisation", "name"],
        ),
        # The more specific wording wins its field; the other column is what is left for it.
        (
            ["Company", "Company name in Chinese", "Company country"],
            ["organisation", "local_name", "country"],
        ),
        (
            ["Meet with", "Requested by", "Priority"],
            ["requested", "requester", "priority"],
        ),
        (
            ["Nombre", "Apellidos", "Empresa", "Correo electrónico de la empresa"],
            ["name", "last_name", "organisation", "email"],
        ),
        # Two columns for one field: the first of equals is read.
        (
            ["Company name", "Company name (legal)", "Email"],
            ["organisation", None, "email"],
        ),
    ],
)
def test_columns_are_assigned_one_to_one(headers: list[str], expected: list[str | None]) -> None:
    assigned = assign_columns(dict(enumerate(headers)))
    assert [assigned.get(i) for i in range(len(headers))] == expected


def test_a_taken_field_is_left_to_its_column() -> None:
    assert assign_columns({0: "Company", 1: "Email"}, taken={"organisation"}) == {1: "email"}


# -- the header row -------------------------------------------------------------------------------------


def test_title_and_note_rows_above_a_header_of_questions_are_skipped(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "form.xlsx",
        {
            "Form": [
                ["Registration for the Shandong–Rogaland B2B day"],
                ["Company registration"],
                ["Please answer every question; one row per person"],
                ["What is your name?", "What is the name of your organisation?", "Your e-mail"],
                ["Ann Berg", "Sørvest Havn AS", "ann@havn.example"],
            ]
        },
    )
    (sheet,) = read_sheets(path)
    header = find_header(sheet)
    assert header is not None and header.row == 4
    assert header.columns == {"name": 0, "organisation": 1, "email": 2}


# -- competing columns, and --strict --------------------------------------------------------------------


def competing(path: Path) -> Path:
    return write_book(
        path,
        {
            "Responses": [
                ["Contact person name", "Company name", "Company name (legal)", "Company e-mail"],
                ["Ann Berg", "Sørvest Havn", "Sørvest Havn AS", "ann@havn.example"],
                ["Wei Wang", "Qingdao Harbour", "Qingdao Harbour Engineering Co., Ltd.", "wei@qh.example"],
            ]
        },
    )


def test_a_column_competing_for_a_field_is_a_warning_naming_both(tmp_path: Path) -> None:
    result = read_registrations(competing(tmp_path / "form.xlsx"))
    assert [o.name for o in result.registrations.organisations] == ["Sørvest Havn", "Qingdao Harbour"]
    (warning,) = result.warnings
    assert warning.message.startswith(
        "column C 'Company name (legal)' also looks like the organisation; read column B ('Company name')"
    )
    assert warning.location is not None
    assert (warning.location.sheet, warning.location.row, warning.location.column) == ("Responses", 1, 3)
    uses = {use.header: str(use) for use in result.columns}
    assert (
        uses["Company name (legal)"]
        == "C 'Company name (legal)' -> not read (organisation is read from column B)"
    )


def test_with_strict_competing_columns_stop_the_import(tmp_path: Path) -> None:
    path = competing(tmp_path / "form.xlsx")
    with pytest.raises(RegistrationErrors) as caught:
        read_registrations(path, ImportOptions(strict=True))
    (problem,) = caught.value.problems
    assert problem.severity == Severity.ERROR
    assert str(problem).startswith(
        "error: form.xlsx, sheet 'Responses', row 1, column C (Company name (legal)): column C 'Company name "
        "(legal)' also looks like the organisation"
    )
    assert "--strict" in str(problem)


def test_the_mapping_chooses_between_competing_columns(tmp_path: Path) -> None:
    path = competing(tmp_path / "form.xlsx")
    result = read_registrations(path, ImportOptions({"Company name (legal)": "organisation"}, strict=True))
    assert [o.name for o in result.registrations.organisations] == [
        "Sørvest Havn AS",
        "Qingdao Harbour Engineering Co., Ltd.",
    ]
    assert not result.warnings
    assert result.column_map == (("Company name (legal)", "organisation"),)


def test_the_same_heading_twice_is_still_reported_as_a_repeated_column(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "twice.xlsx",
        {"Sheet": [["Company", "Email", "Email"], ["Alpha AS", "a@alpha.example", "b@alpha.example"]]},
    )
    (warning,) = read_registrations(path).warnings
    assert "column 'Email' is not read: email is column B already" in warning.message


# -- a whole workbook written by another tool -----------------------------------------------------------


def test_a_workbook_of_questions_in_two_languages_reads_to_the_event(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "valencia.xlsx",
        {
            "Respostes": [
                ["Jornada B2B València–Chengdu / 瓦伦西亚–成都企业对接会"],
                [
                    "Marca de temps",
                    "Nom i cognoms / 姓名",
                    "Empresa / Company",
                    "公司中文名称 Company name in Chinese",
                    "Correu electrònic / Email",
                    "Càrrec (Job title)",
                    "Idiomes / 语言",
                    "Amb quines empreses voleu reunir-vos? (separades per ;)",
                ],
                [
                    "2026-05-02 10:14",
                    "Vicent Ferrer",
                    "Cítrics del Túria S.L.",
                    None,
                    "vicent@citrics.example",
                    "Gerent",
                    "Valencià; Español",
                    "Chengdu Panda Foods Co., Ltd.",
                ],
                [
                    "2026-05-03 08:01",
                    "李娜",
                    "Chengdu Panda Foods Co., Ltd.",
                    "成都熊猫食品有限公司",
                    "li.na@panda.example",
                    "采购经理",
                    "中文; English",
                    "Cítrics del Túria",
                ],
            ]
        },
    )
    result = read_registrations(path, ImportOptions(strict=True))
    reg = result.registrations
    assert [(o.name, o.local_name) for o in reg.organisations] == [
        ("Cítrics del Túria S.L.", ""),
        ("Chengdu Panda Foods Co., Ltd.", "成都熊猫食品有限公司"),
    ]
    assert [(p.name, p.email, p.title) for p in reg.participants] == [
        ("Vicent Ferrer", "vicent@citrics.example", "Gerent"),
        ("李娜", "li.na@panda.example", "采购经理"),
    ]
    assert {(r.requester_id, r.requested_id) for r in reg.requests} == {(1, 2), (2, 1)}
    fields = {use.header: use.spec for use in result.columns if use.field}
    assert fields == {
        "Nom i cognoms / 姓名": "name",
        "Empresa / Company": "organisation",
        "公司中文名称 Company name in Chinese": "local_name",
        "Correu electrònic / Email": "email",
        "Càrrec (Job title)": "title",
        "Idiomes / 语言": "languages",
        "Amb quines empreses voleu reunir-vos? (separades per ;)": "wishes",
    }


def test_the_command_line_lists_the_columns_and_strict_ends_with_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = competing(tmp_path / "form.xlsx")
    event = tmp_path / "day.meetgrid"
    assert main(["import", str(path), str(event)]) == 0
    out = capsys.readouterr().out
    assert "    A 'Contact person name' -> name" in out
    assert "    C 'Company name (legal)' -> not read (organisation is read from column B)" in out
    assert "warning: form.xlsx, sheet 'Responses', row 1, column C (Company name (legal)): column C" in out
    assert main(["import", str(path), str(tmp_path / "strict.meetgrid"), "--strict"]) == 2
    err = capsys.readouterr().err
    (line,) = err.splitlines()
    assert line.startswith("error: form.xlsx, sheet 'Responses', row 1, column C (Company name (legal)): ")
    assert "also looks like the organisation" in line and "--strict" in line
    assert not (tmp_path / "strict.meetgrid").exists()


def test_a_sheet_of_unknown_headers_still_offers_its_likely_header_row(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "odd.xlsx",
        {
            "Signups": [
                ["Registration for the Shandong–Rogaland B2B day"],
                ["Who", "Outfit", "Company website", "Reach at"],
                ["Ann Berg", "Alpha Ltd", "alpha.example", "ann@alpha.example"],
            ]
        },
    )
    (sheet,) = read_sheets(path)
    assert find_header(sheet) is None
    header = likely_header(sheet)
    assert header is not None and header.row == 2 and not header.columns


def test_every_wording_of_the_data_file_names_its_field_on_its_own() -> None:
    wordings = tomllib.loads(files("app.reading").joinpath("headers.toml").read_text(encoding="utf-8"))
    misread = [
        (text, field, column_for(text))
        for field in FIELDS
        for text in wordings[field]["wordings"]
        if not text.endswith("*") and column_for(text) != field
    ]
    assert not misread


def test_the_assignment_is_the_best_in_total_not_the_greedy_one() -> None:
    from app.reading.columns import _assign  # the Hungarian algorithm behind assign_columns

    # Greedy would give row 0 its best column (0.9) and leave row 1 with nothing.
    assert _assign([[0.9, 0.8], [0.85, 0.0]]) == [1, 0]
    assert _assign([[0.0, 0.0], [0.7, 0.6], [0.7, 0.0]]) == [None, 1, 0]
    assert _assign([]) == []


def test_a_mapping_without_the_words_in_brackets_still_names_the_column(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "work.xlsx",
        {"Sheet": [["Outfit", "Reach at (work)"], ["Alpha AS", "ann@alpha.example"]]},
    )
    result = read_registrations(path, ImportOptions({"Outfit": "organisation", "Reach at": "email"}))
    assert [str(use) for use in result.columns] == [
        "A 'Outfit' -> organisation (given)",
        "B 'Reach at (work)' -> email (given)",
    ]


def test_catalan_first_name_and_surnames_make_the_name(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "inscripcions.xlsx",
        {
            "Inscripcions": [
                ["Nom", "Cognoms", "Nom de l'empresa", "Correu electrònic", "Càrrec", "Vull reunir-me amb"],
                [
                    "Vicent",
                    "Ferrer i Pla",
                    "Cítrics del Túria",
                    "v@citrics.example",
                    "Gerent",
                    "Taronja Nova",
                ],
                ["Empar", "Soler", "Taronja Nova", "e@taronja.example", "Directora", "Cítrics del Túria"],
            ]
        },
    )
    result = read_registrations(path, ImportOptions(strict=True))
    assert [(p.name, p.title) for p in result.registrations.participants] == [
        ("Vicent Ferrer i Pla", "Gerent"),
        ("Empar Soler", "Directora"),
    ]
    assert len(result.registrations.requests) == 2
    assert [use.spec for use in result.columns] == [
        "first_name",
        "last_name",
        "organisation",
        "email",
        "title",
        "wishes",
    ]


@pytest.mark.parametrize(
    ("header", "spec"),
    [
        ("Wish no. 1", "wishes 1"),
        ("Company to meet no. 2", "wishes 2"),
        ("Contact nr. 2 e-mail", "email 2"),
        ("Ønske nr. 4", "wishes 4"),
        ("Contact person 2 job title", "title 2"),
        ("联系人2邮箱", "email 2"),
    ],
)
def test_numbered_columns_read_past_the_word_for_number(header: str, spec: str) -> None:
    assert str(numbered_column(header)) == spec
