"""``meetgrid outcomes`` (the blank feedback workbook, reading a filled one) and ``meetgrid report``."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from app.cli import main
from app.domain import MeetingResult, Outcome
from app.storage import EventFile


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    event_file.close()
    return path


def stored_outcomes(path: Path) -> tuple[Outcome, ...]:
    with EventFile.open(path) as event_file:
        return event_file.load().outcomes


def test_blank_filled_and_read_back(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feedback = tmp_path / "feedback.xlsx"
    code, out, _ = run_cli(["outcomes", str(planned), "--blank", str(feedback)], capsys)
    assert code == 0
    assert "3 meetings to fill in" in out
    code, _, err = run_cli(["outcomes", str(planned), "--blank", str(feedback)], capsys)
    assert code == 2 and "already exists" in err

    workbook = load_workbook(feedback)
    sheet = workbook["Feedback"]
    answers = {
        "M1-4": ("sí", None, "sí", 5),
        "M2-5": ("ja", None, "nei", "quite"),
        "M3-6": ("no", "both", None, None),
    }
    for row in range(2, 5):
        held, missing, follow_up, rating = answers[str(sheet.cell(row, 1).value)]
        for column, value in ((7, held), (8, missing), (9, follow_up), (10, rating)):
            sheet.cell(row, column, value)
    workbook.save(feedback)

    code, out, _ = run_cli(["outcomes", str(planned), str(feedback), "--dry-run"], capsys)
    assert code == 0 and "Would change 3 outcomes" in out
    assert stored_outcomes(planned) == ()

    code, out, _ = run_cli(["outcomes", str(planned), str(feedback)], capsys)
    assert code == 0
    assert "rows with answers 3, left empty 0, rows or cells skipped 1" in out
    assert "row 3, column J (Rating (1-5)): 'quite' is not a rating from 1 to 5; cell not read" in out
    assert "Changed 3 outcomes" in out and "2 held, 1 not held; follow-up wanted: 1" in out
    assert set(stored_outcomes(planned)) == {
        Outcome((1, 4), MeetingResult.HELD, follow_up=True, rating=5),
        Outcome((2, 5), MeetingResult.HELD),
        Outcome((3, 6), MeetingResult.NOT_HELD, missing="both"),
    }


def test_a_wrong_file_is_refused_with_exit_2_and_nothing_stored(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Company", "Held"])
    sheet.append(["Sørvest Havn AS", "yes"])
    wrong = tmp_path / "registrations.xlsx"
    workbook.save(wrong)
    code, _, err = run_cli(["outcomes", str(planned), str(wrong)], capsys)
    assert code == 2
    assert "registrations.xlsx: is not a MeetGrid feedback workbook" in err
    assert stored_outcomes(planned) == ()

    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    code, _, err = run_cli(["outcomes", str(planned), str(text)], capsys)
    assert code == 2 and err.startswith("error: notes.xlsx")
    code, _, err = run_cli(["outcomes", str(planned)], capsys)
    assert code == 2 and "--blank" in err


def test_report(planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "report"
    code, out, _ = run_cli(["report", str(planned), "--out", str(out_dir)], capsys)
    assert code == 0
    assert "0 of 7 organisations came; 0 of 3 meetings held, 0 not held, 3 unknown" in out
    text = " ".join(page.extract_text() for page in PdfReader(out_dir / "report.pdf").pages)
    assert "Report on the day" in text and "No meeting has been rated yet." in text
    assert load_workbook(out_dir / "report.xlsx")["Summary"]["B9"].value == 3
