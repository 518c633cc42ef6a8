"""A look at a registration file before importing it: sheets and their roles, columns, findings, and the
organiser's answers to the import's guesses (which sheet is which, which name is which organisation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import fuzzy_form, write_book

from app.errors import InputError
from app.paths import sample_workbook
from app.reading import registrations as registrations_module
from app.reading.registrations import examine_registrations, read_registrations
from app.reading.results import ImportOptions, NameMatch
from app.services import edits, event_setup, importing
from app.storage import EventFile


def test_the_sample_is_seen_sheet_by_sheet_with_its_registrations() -> None:
    seen = examine_registrations(sample_workbook())
    assert seen.result is not None and not seen.errors
    roles = {r.name: (r.role, r.recognised, r.header_row, r.rows) for r in seen.readings}
    assert roles == {
        "Organisations": ("organisations", "organisations", 1, 26),
        "Participants": ("participants", "participants", 1, 60),
        "Requests": ("requests", "requests", 1, 74),
        "Interpreters": ("interpreters", "interpreters", 1, 3),
    }
    participants = seen.reading("Participants")
    assert participants is not None
    assert participants.choices == ("organisations", "participants", "interpreters"), "it has Languages"
    assert seen.result.sheets == seen.readings
    assert seen.columns == seen.result.columns
    assert len(seen.result.registrations.organisations) == 26
    requests = seen.sheet("Requests")
    assert requests is not None and requests.rows[0][:2] == ("Requester", "Requested")


def test_errors_are_findings_beside_what_was_read(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "bad.xlsx",
        {
            "Organisations": [["Organisation", "Available from"], ["Alpha AS", "soon"], ["Beta AS", "13:00"]],
            "Instructions": [["Fill in one row an organisation"]],
        },
    )
    with pytest.raises(InputError):
        read_registrations(path)
    seen = examine_registrations(path)
    assert seen.result is None
    (error,) = seen.errors
    assert seen.findings[0] is error, "what stops the import comes first"
    where = error.location
    assert where is not None and (where.sheet, where.row, where.column) == ("Organisations", 2, 2)
    assert "'soon' is not a time of day" in error.message
    assert any("read as organisations" in f.message for f in seen.findings[1:])
    assert [(r.name, r.role, r.note) for r in seen.readings] == [
        ("Organisations", "organisations", ""),
        ("Instructions", "", "notes for the reader"),
    ]
    assert [(c.header, c.field) for c in seen.columns] == [
        ("Organisation", "organisation"),
        ("Available from", "available_from"),
    ]


def test_a_sheet_without_known_headers_shows_its_likely_header_to_be_named(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "odd.xlsx",
        {"Sheet": [["Sign-ups"], ["Who", "Outfit", "Reach at"], ["Ann", "Alpha AS", "ann@alpha.example"]]},
    )
    seen = examine_registrations(path)
    assert seen.result is None
    assert "no organisation column found" in seen.errors[0].message
    (reading,) = seen.readings
    assert (reading.role, reading.header_row, reading.rows) == ("", 2, 1)
    assert [(c.header, c.field) for c in seen.columns] == [("Who", ""), ("Outfit", ""), ("Reach at", "")]
    named = examine_registrations(
        path, ImportOptions({"Outfit": "organisation", "Who": "name", "Reach at": "email"}), seen.sheets
    )
    assert named.result is not None
    (person,) = named.result.registrations.participants
    assert (person.name, person.email) == ("Ann", "ann@alpha.example")


def test_sheets_read_once_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = examine_registrations(sample_workbook())

    def no_reading(path: Path) -> None:
        raise AssertionError("the file was read again")

    monkeypatch.setattr(registrations_module, "read_sheets", no_reading)
    again = examine_registrations(sample_workbook(), ImportOptions({"Max meetings": "ignore"}), first.sheets)
    assert again.result is not None
    assert all(o.max_meetings is None for o in again.result.registrations.organisations)


def test_an_unreadable_file_still_raises(tmp_path: Path) -> None:
    broken = tmp_path / "notes.xlsx"
    broken.write_text("not a workbook")
    with pytest.raises(InputError, match="is not an Excel workbook"):
        examine_registrations(broken)


# -- which sheet is which -------------------------------------------------------------------------------


def test_a_sheet_can_be_left_unread(tmp_path: Path) -> None:
    seen = examine_registrations(sample_workbook(), ImportOptions(sheets={"Interpreters": "ignore"}))
    assert seen.result is not None and not seen.result.registrations.interpreters
    reading = seen.reading("Interpreters")
    assert reading is not None
    assert (reading.role, reading.given, reading.note) == ("", True, "not read, as chosen")
    assert "Interpreters" not in seen.result.sheets_used


def test_a_sheet_can_be_read_as_another_role_it_allows(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "two.xlsx",
        {
            "Companies": [["Company", "Name"], ["Alpha AS", "Ann"], ["Beta AS", "Bo"]],
            "Extra": [["Company", "Name"], ["Gamma AS", "Cy"]],
        },
    )
    plain = examine_registrations(path)
    assert plain.result is not None and len(plain.result.registrations.participants) == 3
    chosen = examine_registrations(path, ImportOptions(sheets={"Extra": "organisations"}))
    assert chosen.result is not None
    assert [o.name for o in chosen.result.registrations.organisations] == ["Gamma AS", "Alpha AS", "Beta AS"]
    assert [p.name for p in chosen.result.registrations.participants] == ["Ann", "Bo"]
    extra = chosen.reading("Extra")
    assert extra is not None and (extra.role, extra.recognised, extra.given) == (
        "organisations",
        "participants",
        True,
    )


def test_a_role_a_sheet_has_no_columns_for_is_an_error_at_the_sheet(tmp_path: Path) -> None:
    seen = examine_registrations(sample_workbook(), ImportOptions(sheets={"Interpreters": "requests"}))
    assert seen.result is None
    (error,) = seen.errors
    assert error.location is not None and error.location.sheet == "Interpreters"
    assert "cannot be read as requests: that needs columns for Requester and Requested" in error.message
    with pytest.raises(InputError, match="cannot be read as 'everything'"):
        read_registrations(sample_workbook(), ImportOptions(sheets={"Requests": "everything"}))


# -- names matched approximately ------------------------------------------------------------------------


def test_approximate_matches_are_listed_once_a_name_with_their_candidates(tmp_path: Path) -> None:
    result = read_registrations(fuzzy_form(tmp_path, "Equinr; Alpa\nEquinr"))
    equinor, alpa = result.matches
    assert (equinor.typed, equinor.applied, equinor.times, equinor.confirmed) == (
        "Equinr",
        "Equinor Energy AS",
        2,
        False,
    )
    assert equinor.candidates[0] == ("Equinor Energy AS", pytest.approx(92.3, abs=0.1))
    assert (alpa.typed, alpa.applied) == ("Alpa", "")
    assert [name for name, _ in alpa.candidates] == ["Alpha Ltd", "Alfa Ltd"]
    assert alpa.where.row == 2 and alpa.where.column == 3
    exact = read_registrations(fuzzy_form(tmp_path, "Equinor Energy AS"))
    assert exact.matches == ()


def test_the_organisers_answers_replace_the_guesses(tmp_path: Path) -> None:
    path = fuzzy_form(tmp_path, "Equinr; Alpa")
    guessed = read_registrations(path)
    names = {o.id: o.name for o in guessed.registrations.organisations}
    assert {names[r.requested_id] for r in guessed.registrations.requests} == {"Equinor Energy AS"}

    answers = ImportOptions(names={"equinr": "", "Alpa": "Alfa Ltd"})
    answered = read_registrations(path, answers)
    assert {names[r.requested_id] for r in answered.registrations.requests} == {"Alfa Ltd"}
    assert [(m.typed, m.applied, m.confirmed) for m in answered.matches] == [
        ("Equinr", "", True),
        ("Alpa", "Alfa Ltd", True),
    ]
    assert answered.name_map == (("equinr", ""), ("Alpa", "Alfa Ltd"))
    messages = [f.message for f in answered.findings]
    assert "'Equinr' left out, as chosen; this request is ignored" in messages
    assert "'Alpa' read as 'Alfa Ltd', as chosen" in messages
    assert not answered.warnings


def test_an_answer_naming_no_organisation_leaves_the_guess(tmp_path: Path) -> None:
    result = read_registrations(fuzzy_form(tmp_path, "Equinr"), ImportOptions(names={"Equinr": "Gone AS"}))
    (match,) = result.matches
    assert match == NameMatch("Equinr", match.where, match.candidates, "Equinor Energy AS", times=1)
    assert result.name_map == ()


def test_answers_are_kept_with_the_event_for_the_next_import(tmp_path: Path) -> None:
    imported = importing.import_workbook(fuzzy_form(tmp_path, "Equinr"), ImportOptions(names={"Equinr": ""}))
    path = tmp_path / "event.meetgrid"
    importing.create_event(path, event_setup.make_settings("Day"), imported).close()
    with EventFile.open(path) as event_file:
        assert not event_file.load().requests
        options = importing.saved_options(event_file)
        assert options.names == {"Equinr": ""} and not options.every_header_present
        again = importing.import_workbook(
            fuzzy_form(tmp_path, "Equinr; Alpa"), ImportOptions(names={"Alpa": "Alfa Ltd"})
        )
        importing.reimport(event_file, again)
        assert importing.saved_names(event_file) == {"Equinr": "", "Alpa": "Alfa Ltd"}


def test_a_form_export_is_examined_as_one_sheet_of_participants() -> None:
    seen = examine_registrations(sample_workbook().with_name("stavanger-form-export.xlsx"))
    (reading,) = seen.readings
    assert (reading.name, reading.role, reading.header_row) == ("Form responses", "participants", 4)
    assert ("Which companies would you like to meet?", "wishes") in [
        (c.header, c.field) for c in seen.columns
    ]
    assert seen.result is not None


def test_a_csv_file_is_one_sheet_without_a_name(tmp_path: Path) -> None:
    path = tmp_path / "reg.csv"
    path.write_text("Company,Name\nAlpha AS,Ann\n", encoding="utf-8")
    seen = examine_registrations(path, ImportOptions(sheets={"": "organisations"}))
    (reading,) = seen.readings
    assert (reading.name, reading.key, reading.role, reading.given) == (None, "", "organisations", True)
    assert seen.result is not None and not seen.result.registrations.participants


def test_an_update_is_applied_as_one_edit_that_restore_takes_back(tmp_path: Path) -> None:
    def book(name: str, country: str) -> Path:
        rows: list[list[object]] = [["Company", "Country"], ["Alpha AS", country], ["Beta AS", "Norway"]]
        return write_book(tmp_path / name, {"Organisations": rows})

    path = tmp_path / "event.meetgrid"
    first = importing.import_workbook(book("first.xlsx", "Norway"))
    with importing.create_event(path, event_setup.make_settings("Day"), first) as event_file:
        before = event_file.load()
        update = importing.import_workbook(book("second.xlsx", "Sweden"))
        after = importing.update_from_workbook(event_file, update)
        assert after.organisations[0].country == "Sweden"
        assert edits.restore(event_file, before).organisations[0].country == "Norway"
        merged, _ = importing.reimport(event_file, update, apply=False)
        assert [c.detail for c in merged.changes] == ["country Norway → Sweden"], (
            "undo takes back the record of the last import too: the same update changes the same again"
        )
