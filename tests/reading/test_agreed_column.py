"""Agreed meetings as a matchmaking platform exports them: a status per requested meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from workbooks import write_book

from app.errors import InputError
from app.reading.columns import column_for
from app.reading.registrations import read_registrations
from app.reading.template import write_template


@pytest.mark.parametrize(
    "header", ["Agreed", "Meeting status", "Confirmed?", "Bekreftet", "Avtalt", "Confirmada", "已确认"]
)
def test_an_agreed_column_is_recognised_in_the_usual_wordings(header: str) -> None:
    assert column_for(header) == "agreed"


def test_a_platform_export_marks_accepted_meetings_as_agreed_and_leaves_declined_ones_out(
    tmp_path: Path,
) -> None:
    book = write_book(
        tmp_path / "platform.xlsx",
        {
            "Companies": [["Company"], ["Weihai Port"], ["Sørvest Havn"], ["Energía Levante"]],
            "Meetings": [
                ["Meeting ID", "Sender", "Receiver", "Meeting status", "Requested at"],
                [101, "Weihai Port", "Sørvest Havn", "Accepted", "2026-05-02 10:14"],
                [102, "Energía Levante", "Weihai Port", "Pending", "2026-05-03 08:01"],
                [103, "Sørvest Havn", "Energía Levante", "✓", "2026-05-03 09:30"],
                [104, "Weihai Port", "Energía Levante", "Declined", "2026-05-04 16:45"],
            ],
        },
    )
    result = read_registrations(book)
    names = {o.id: o.name for o in result.registrations.organisations}
    agreed = {(names[r.requester_id], names[r.requested_id]): r.agreed for r in result.registrations.requests}
    assert agreed == {
        ("Weihai Port", "Sørvest Havn"): True,
        ("Energía Levante", "Weihai Port"): False,
        ("Sørvest Havn", "Energía Levante"): True,
    }
    (declined,) = [f for f in result.findings if "declined" in f.message]
    assert declined.message == (
        "'Weihai Port' → 'Energía Levante' was declined or cancelled ('Declined'); not a request"
    )


def test_the_template_asks_for_agreed_meetings(tmp_path: Path) -> None:
    path = tmp_path / "registrations.xlsx"
    write_template(path)
    book = load_workbook(path)
    assert book["Requests"]["F1"].value == "Agreed"
    book["Organisations"].append(["Weihai Port"])
    book["Organisations"].append(["Sørvest Havn"])
    book["Requests"].append(["Weihai Port", "Sørvest Havn", None, None, None, "yes"])
    book.save(path)
    (request,) = read_registrations(path).registrations.requests
    assert request.agreed


def test_an_answer_that_is_neither_yes_nor_no_is_refused_with_its_place(tmp_path: Path) -> None:
    book = write_book(
        tmp_path / "platform.xlsx",
        {
            "Companies": [["Company"], ["Weihai Port"], ["Sørvest Havn"]],
            "Meetings": [["Requester", "Requested", "Agreed"], ["Weihai Port", "Sørvest Havn", "maybe"]],
        },
    )
    with pytest.raises(InputError) as raised:
        read_registrations(book)
    assert "'maybe' is neither yes nor no; write yes where both sides agreed" in str(raised.value)
    assert "sheet 'Meetings', row 2, column C (Agreed)" in str(raised.value)
