"""``meetgrid print``: every document written as a PDF a reader opens, the organiser's choices (whose, which
layout, a logo, the printer's offset), and every bad input ending in exit status 2 with a message."""

from __future__ import annotations

import base64
import dataclasses
import math
from pathlib import Path

import factories as f
import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents import badges
from app.paths import sample_workbook
from app.services import event_setup, printing
from app.storage import EventFile

TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
TINY_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    b'<rect width="40" height="20" fill="#1F4E79"/></svg>'
)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    """The delegation day with its three meetings, in an event file."""
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    event_file.close()
    return path


@pytest.fixture
def unplanned(tmp_path: Path) -> Path:
    path = tmp_path / "unplanned.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    return path


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def bad_input(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    """Run a command that must fail on its input: exit status 2, one error line naming the problem."""
    code, _, stderr = run_cli(args, capsys)
    assert code == 2, stderr
    assert stderr.startswith("error: "), stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word.casefold() in stderr.casefold(), stderr
    return stderr


# -- every document -------------------------------------------------------------------------------------


def test_agendas_of_every_organisation_in_one_pdf(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agendas.pdf"
    code, stdout, stderr = run_cli(["print", "agendas", str(planned), "--out", str(out)], capsys)
    assert code == 0, stderr
    assert str(out) in stdout
    written = text(out)
    # Seven organisations, each agenda on its own page: a small day fits one page each.
    assert pages(out) == 7
    for name in ("Qingdao Harbour Engineering", "Sørvest Havn AS", "Energía Levante S.L."):
        assert name in written


def test_only_prints_for_the_organisations_named_without_case_or_accents(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "two.pdf"
    code, stdout, stderr = run_cli(
        [
            "print",
            "agendas",
            str(planned),
            "--out",
            str(out),
            "--only",
            "sorvest havn as",
            "ENERGIA LEVANTE S.L.",
        ],
        capsys,
    )
    assert code == 0, stderr
    assert "for 2 of 7 organisations" in stdout
    assert pages(out) == 2
    written = text(out)
    assert "Sørvest Havn AS" in written and "Energía Levante S.L." in written
    assert "Jinan Smart Works" not in written.split("Energía Levante")[0].split("Sørvest Havn AS")[0]


def test_only_finds_an_organisation_by_its_local_name(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "one.pdf"
    code, _, stderr = run_cli(
        ["print", "agendas", str(planned), "--out", str(out), "--only", "济南智造"], capsys
    )
    assert code == 0, stderr
    assert pages(out) == 1
    assert "Jinan Smart Works" in text(out)


def test_signs_a_sign_and_a_run_sheet_for_each_table(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signs.pdf"
    code, _, stderr = run_cli(["print", "signs", str(planned), "--out", str(out)], capsys)
    assert code == 0, stderr
    with EventFile.open(planned) as event_file:
        tables = len(event_file.load().tables)
    assert pages(out) == 2 * tables
    # Sørvest Havn AS meets only at table 1 (planned_day): its sign and that table's run sheet.
    one = tmp_path / "sorvest.pdf"
    code, _, stderr = run_cli(
        ["print", "signs", str(planned), "--out", str(one), "--only", "Sorvest Havn AS"], capsys
    )
    assert code == 0, stderr
    assert pages(one) == 2


def test_run_sheets_and_the_grid_cover_the_whole_event(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, words in (("runsheets", ["For the desk"]), ("grid", ["Table 1", "Table 2", "13:00"])):
        out = tmp_path / f"{kind}.pdf"
        code, _, stderr = run_cli(["print", kind, str(planned), "--out", str(out)], capsys)
        assert code == 0, stderr
        # No interpreter is registered: the run sheets are the desk's list alone; the grid fits one A3 page.
        assert pages(out) == 1
        written = text(out)
        for word in words:
            assert word in written, (kind, word)


def test_a_failed_print_leaves_the_file_as_it_was(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agendas.pdf"
    out.write_bytes(b"the organiser's own file")
    bad_input(["print", "agendas", str(planned), "--out", str(out), "--only", "Nobody Ltd"], capsys)
    assert out.read_bytes() == b"the organiser's own file"


# -- bad input ------------------------------------------------------------------------------------------


def test_an_unknown_document_is_named(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_input(
        ["print", "posters", str(planned), "--out", str(tmp_path / "x.pdf")], capsys, "posters", "badges"
    )


def test_an_unknown_organisation_is_named_with_the_closest_names(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = bad_input(
        ["print", "agendas", str(planned), "--out", str(tmp_path / "x.pdf"), "--only", "Sorvest Havnn"],
        capsys,
        "Sorvest Havnn",
    )
    assert "Sørvest Havn AS" in message


def test_an_event_without_a_timetable_says_what_to_run(
    unplanned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in ("agendas", "signs", "runsheets", "grid"):
        bad_input(
            ["print", kind, str(unplanned), "--out", str(tmp_path / f"{kind}.pdf")],
            capsys,
            "no timetable",
            "meetgrid solve",
        )
        assert not (tmp_path / f"{kind}.pdf").exists()


def test_missing_pieces_are_named(planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_input(["print"], capsys, "name a document")
    bad_input(["print", "agendas", str(planned)], capsys, "--out")
    bad_input(["print", "agendas", str(planned), "--out", str(tmp_path / "x.txt")], capsys, ".pdf")
    bad_input(
        ["print", "agendas", str(tmp_path / "missing.meetgrid"), "--out", str(tmp_path / "x.pdf")],
        capsys,
        "missing.meetgrid",
    )


def test_options_that_do_not_apply_are_refused(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    bad_input(["print", "grid", str(planned), "--out", out, "--only", "Sørvest Havn AS"], capsys, "--only")
    bad_input(["print", "agendas", str(planned), "--out", out, "--layout", "a4-8"], capsys, "--layout")
    bad_input(["print", "agendas", str(planned), "--out", out, "--offset", "1,2"], capsys, "--offset")
    bad_input(["print", "badges", str(planned), "--out", out, "--save-offset"], capsys, "--offset")


@pytest.mark.parametrize("offset", ["1", "a,b", "1;2"])
def test_an_offset_that_is_not_two_numbers_is_refused(
    offset: str, planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_input(
        ["print", "badges", str(planned), "--out", str(tmp_path / "x.pdf"), f"--offset={offset}"],
        capsys,
        offset,
        "1.5,-2",
    )


def test_a_negative_offset_needs_no_equals_sign(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.pdf"
    code, stdout, stderr = run_cli(
        ["print", "alignment", str(planned), "--out", str(out), "--offset", "-1.5,-2", "--save-offset"],
        capsys,
    )
    assert code == 0, stderr
    assert "-1.5 mm right, -2 mm up" in stdout


def test_an_offset_out_of_range_is_refused(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_input(
        ["print", "badges", str(planned), "--out", str(tmp_path / "x.pdf"), "--offset=60,0"],
        capsys,
        "between -50 and 50 mm",
    )


def test_a_logo_that_is_not_a_picture_is_named(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    text_file = tmp_path / "logo.png"
    text_file.write_text("not a picture", encoding="utf-8")
    bad_input(
        ["print", "badges", str(planned), "--out", out, "--logo", str(text_file)],
        capsys,
        "logo.png",
        "PNG or SVG",
    )
    bad_input(
        ["print", "badges", str(planned), "--out", out, "--logo", str(tmp_path / "gone.svg")],
        capsys,
        "gone.svg",
        "no such file",
    )
    bad_input(["print", "badges", str(planned), "--out", out, "--logo", str(tmp_path)], capsys, "folder")
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_that_cannot_be_written_is_said(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    bad_input(["print", "agendas", str(planned), "--out", str(blocker / "agendas.pdf")], capsys, "is a file")


def test_logo_is_read_for_export(planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "logo.svg"
    broken.write_bytes(b"<svg")
    bad_input(
        ["export", str(planned), "--out", str(tmp_path / "out"), "--logo", str(broken)], capsys, "logo.svg"
    )
    assert not (tmp_path / "out" / "schedule.json").exists()


def test_save_offset_is_stored_with_the_event(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with EventFile.open(planned) as event_file:
        assert event_file.load().settings.badge_offsets == ()
    code, stdout, stderr = run_cli(
        [
            "print",
            "alignment",
            str(planned),
            "--out",
            str(tmp_path / "a.pdf"),
            "--offset=1.5,-2",
            "--save-offset",
        ],
        capsys,
    )
    assert code == 0, stderr
    assert "Stored the offset 1.5 mm right, -2 mm up" in stdout
    with EventFile.open(planned) as event_file:
        offsets = event_file.load().settings.badge_offsets
    assert [(dx, dy) for _, dx, dy in offsets] == [(1.5, -2.0)]


def test_svg_and_png_logos_are_accepted(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, data in (("logo.png", TINY_PNG), ("logo.svg", TINY_SVG)):
        logo = tmp_path / name
        logo.write_bytes(data)
        out = tmp_path / f"badges-{name}.pdf"
        code, _, stderr = run_cli(
            ["print", "badges", str(planned), "--out", str(out), "--logo", str(logo)], capsys
        )
        assert code == 0, stderr
        assert pages(out) >= 1


# -- badges and their layouts ---------------------------------------------------------------------------


def test_list_layouts_names_each_layout_and_the_organisers_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run_cli(["print", "--list-layouts"], capsys)
    assert code == 0, stderr
    layouts = printing.badge_layouts()
    assert len(layouts) >= 2
    lines = stdout.splitlines()
    for layout, line in zip(layouts, lines, strict=False):
        assert line.split()[0] == layout.name
        assert layout.title in line and layout.description in line
    assert str(printing.user_layouts_file()) in lines[-1]


def test_badges_fill_the_sheets_of_the_layout_chosen(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with EventFile.open(planned) as event_file:
        event = event_file.load()
    people = len(event.participants) + len(event.interpreters)
    for layout in printing.badge_layouts()[:3]:
        out = tmp_path / f"{layout.name}.pdf"
        code, _, stderr = run_cli(
            ["print", "badges", str(planned), "--out", str(out), "--layout", layout.name], capsys
        )
        assert code == 0, stderr
        per_sheet = badges.find_layout(layout.name).per_sheet
        assert pages(out) == math.ceil(people / per_sheet), layout.name
        written = text(out)
        assert "Bjørn Økland" in written and "Íñigo Muñoz" in written
    # Only Sørvest Havn AS: its one person, on one sheet.
    out = tmp_path / "sorvest.pdf"
    code, _, stderr = run_cli(
        ["print", "badges", str(planned), "--out", str(out), "--only", "SØRVEST HAVN AS"], capsys
    )
    assert code == 0, stderr
    assert pages(out) == 1
    written = text(out)
    assert "Bjørn Økland" in written and "Íñigo Muñoz" not in written


def test_badges_and_the_alignment_sheet_need_no_timetable(
    unplanned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in ("badges", "alignment"):
        out = tmp_path / f"{kind}.pdf"
        code, _, stderr = run_cli(["print", kind, str(unplanned), "--out", str(out)], capsys)
        assert code == 0, stderr
        assert pages(out) >= 1
    assert pages(tmp_path / "alignment.pdf") == 1


def test_an_unknown_layout_is_named_with_the_layouts_there_are(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = bad_input(
        ["print", "badges", str(planned), "--out", str(tmp_path / "x.pdf"), "--layout", "a4-99"],
        capsys,
        "a4-99",
    )
    assert printing.badge_layouts()[0].name in message
    bad_input(["export", str(planned), "--out", str(tmp_path / "out"), "--layout", "a4-99"], capsys, "a4-99")
    assert not (tmp_path / "out" / "badges.pdf").exists()


def test_an_offset_given_moves_the_labels_for_this_printing_only(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    assert run_cli(["print", "alignment", str(planned), "--out", str(plain)], capsys)[0] == 0
    assert run_cli(["print", "alignment", str(planned), "--out", str(moved), "--offset=2,-3"], capsys)[0] == 0
    assert plain.read_bytes() != moved.read_bytes()
    with EventFile.open(planned) as event_file:
        assert event_file.load().settings.badge_offsets == ()


# -- run and export -------------------------------------------------------------------------------------


def test_run_writes_every_document_beside_the_timetable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day"
    logo = tmp_path / "logo.svg"
    logo.write_bytes(TINY_SVG)
    code, stdout, stderr = run_cli(
        [
            "run", str(sample_workbook()), "--out", str(out), "--time-limit", "5", "--date", "2026-06-09",
            "--start", "13:00", "--end", "17:00", "--tables", "12", "--logo", str(logo),
            "--layout", printing.badge_layouts()[1].name,
        ],
        capsys,
    )  # fmt: skip
    assert code == 0, stderr
    for name in ("schedule.json", "schedule.xlsx", "badges.pdf", "signs.pdf", "runsheets.pdf", "grid.pdf"):
        assert (out / name).is_file(), name
        assert name in stdout
    assert list((out / "agendas").glob("*.pdf")) and list((out / "calendar").glob("*.ics"))
    assert not list(out.rglob(".*.tmp"))


def test_run_checks_the_layout_and_logo_before_planning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day"
    bad_input(
        ["run", str(sample_workbook()), "--out", str(out), "--layout", "nowhere-1x1"], capsys, "nowhere-1x1"
    )
    bad_input(
        ["run", str(sample_workbook()), "--out", str(out), "--logo", str(tmp_path / "none.png")],
        capsys,
        "none.png",
    )
    assert not (out / "event.meetgrid").exists(), "nothing is planned with options that cannot be used"


@pytest.mark.parametrize("offset", ["nan,0", "0,inf"])
def test_an_offset_that_is_no_distance_is_refused_and_never_stored(
    offset: str, planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["print", "badges", str(planned), "--out", str(tmp_path / "x.pdf"), f"--offset={offset}"]
    bad_input([*command, "--save-offset"], capsys, "two numbers of millimetres")
    with EventFile.open(planned) as event_file:
        assert event_file.load().settings.badge_offsets == ()
    assert not (tmp_path / "x.pdf").exists()


def test_an_export_without_the_venues_time_zone_says_whose_times_the_calendars_give(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run_cli(["export", str(planned), "--out", str(tmp_path / "out")], capsys)
    assert code == 0
    assert "warning: the calendar files give the times in this computer's time zone" in stderr
    with EventFile.open(planned) as event_file:
        event = event_file.load()
        settings = dataclasses.replace(event.settings, time_zone="Europe/Oslo")
        event_setup.change_settings(event_file, settings)
    code, _, stderr = run_cli(["export", str(planned), "--out", str(tmp_path / "out")], capsys)
    assert code == 0 and "time zone" not in stderr
