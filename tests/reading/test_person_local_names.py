"""Each person's name in their own script (王海涛 for Wang Haitao), read from a people sheet into
``Participant.local_name``, while an organisation's local-name column stays the organisation's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from workbooks import write_book

from app.domain import Registrations
from app.reading.registrations import read_registrations
from app.reading.template import INSTRUCTIONS, PARTICIPANT_COLUMNS, write_template

QINGDAO = "Qingdao Harbour Engineering"
HAVN = "Sørvest Havn AS"


def read(path: Path) -> Registrations:
    return read_registrations(path).registrations


def local_names(registrations: Registrations) -> dict[str, str]:
    return {p.name: p.local_name for p in registrations.participants}


def two_sheets(path: Path, header: str) -> Path:
    """An organisations sheet with its own local names and a people sheet with ``header`` beside the name."""
    return write_book(
        path,
        {
            "Organisations": [
                ["Organisation", "Local name", "Group"],
                [QINGDAO, "青岛港湾工程", "Delegation"],
                [HAVN, None, "Host"],
            ],
            "Participants": [
                ["Name", "Organisation", header, "Email"],
                ["Wang Haitao", QINGDAO, "王海涛", "wang@example.cn"],
                ["Bjørn Økland", HAVN, None, None],
            ],
        },
    )


def test_the_template_asks_for_the_name_in_own_script_and_says_what_for(tmp_path: Path) -> None:
    (header, _, note) = PARTICIPANT_COLUMNS[1]
    assert header == "Name in own script" and "王海涛" in note and "badges" in note
    assert any("Name in own script" in line for line in INSTRUCTIONS)
    path = tmp_path / "registrations.xlsx"
    write_template(path)
    book = load_workbook(path)
    assert book["Participants"]["B1"].value == "Name in own script"
    book["Organisations"].append([QINGDAO, "青岛港湾工程", "Delegation", "China"])
    book["Organisations"].append([HAVN, None, "Host", "Norway"])
    book["Participants"].append(["Wang Haitao", "王海涛", QINGDAO, "CEO"])
    book["Participants"].append(["Bjørn Økland", None, HAVN])
    book.save(path)
    registrations = read(path)
    assert local_names(registrations) == {"Wang Haitao": "王海涛", "Bjørn Økland": ""}
    assert [o.local_name for o in registrations.organisations] == ["青岛港湾工程", ""]


@pytest.mark.parametrize(
    "header",
    [
        "Name in own script",
        "Name in Chinese",
        "Chinese name",
        "中文姓名",
        "Navn på kinesisk",
        "Nombre en chino",
    ],
)
def test_a_people_sheet_gives_each_person_their_local_name(tmp_path: Path, header: str) -> None:
    registrations = read(two_sheets(tmp_path / "people.xlsx", header))
    assert local_names(registrations) == {"Wang Haitao": "王海涛", "Bjørn Økland": ""}
    assert [o.local_name for o in registrations.organisations] == ["青岛港湾工程", ""], "not touched"


@pytest.mark.parametrize("header", ["Name in Chinese", "Navn på kinesisk", "Nombre en chino", "Local name"])
def test_the_organisations_sheet_keeps_its_local_name_column(tmp_path: Path, header: str) -> None:
    path = write_book(
        tmp_path / "orgs.xlsx",
        {
            "Organisations": [["Organisation", header, "Group"], [QINGDAO, "青岛港湾工程", "Delegation"]],
            "Participants": [["Name", "Organisation"], ["Wang Haitao", QINGDAO]],
        },
    )
    registrations = read(path)
    assert registrations.organisations[0].local_name == "青岛港湾工程"
    assert local_names(registrations) == {"Wang Haitao": ""}


def test_a_people_sheet_column_naming_the_company_is_not_the_persons(tmp_path: Path) -> None:
    registrations = read(two_sheets(tmp_path / "people.xlsx", "Company name in Chinese"))
    assert local_names(registrations) == {"Wang Haitao": "", "Bjørn Økland": ""}
    assert registrations.organisations[0].local_name == "青岛港湾工程"


def form(path: Path, header: list[str], row: list[str]) -> Registrations:
    """A one-sheet form: a row a person, with their organisation's details."""
    return read(write_book(path, {"Form": [header, row]}))


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (["Company", "Chinese name", "Name", "Email"], [QINGDAO, "青岛港湾工程", "Wang Haitao", "w@x.cn"]),
        (["Name", "Company", "Navn på kinesisk"], ["Wang Haitao", QINGDAO, "青岛港湾工程"]),
        (["Name", "Company name in Chinese", "Company"], ["Wang Haitao", "青岛港湾工程", QINGDAO]),
    ],
)
def test_on_a_form_a_bare_local_name_beside_the_company_stays_the_companys(
    tmp_path: Path, header: list[str], row: list[str]
) -> None:
    registrations = form(tmp_path / "form.xlsx", header, row)
    assert registrations.organisations[0].local_name == "青岛港湾工程"
    assert local_names(registrations) == {"Wang Haitao": ""}


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (["Company", "Name", "Name in Chinese"], [QINGDAO, "Wang Haitao", "王海涛"]),
        (["Company", "中文姓名", "Name"], [QINGDAO, "王海涛", "Wang Haitao"]),
        (["Company", "Contact name in Chinese", "Name"], [QINGDAO, "王海涛", "Wang Haitao"]),
        (["First name", "Last name", "Nombre en chino", "Empresa"], ["Haitao", "Wang", "王海涛", QINGDAO]),
    ],
)
def test_on_a_form_a_local_name_that_says_it_is_the_persons_is_theirs(
    tmp_path: Path, header: list[str], row: list[str]
) -> None:
    registrations = form(tmp_path / "form.xlsx", header, row)
    (person,) = registrations.participants
    assert person.local_name == "王海涛" and person.name in ("Wang Haitao", "Haitao Wang")
    assert registrations.organisations[0].local_name == ""
