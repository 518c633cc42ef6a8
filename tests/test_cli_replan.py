"""``meetgrid replan``: what was cancelled, added and moved, in words; stored unless --dry-run; the JSON;
bad input ends with exit status 2 and changes nothing."""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path

import factories as f
import pytest
from pypdf import PdfReader

from app.cli import main
from app.domain import Attendance
from app.services import replanning
from app.storage import EventFile, repository


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def day(tmp_path: Path) -> Path:
    """The planned delegation day, Ryfylke Vind AS not coming."""
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    with event_file, event_file.transaction() as session:
        repository.write_attendance(session, [Attendance(7, absent_from=datetime.combine(f.DAY, time(13)))])
    return path


def meetings_of(path: Path) -> tuple[object, ...]:
    with EventFile.open(path) as event_file:
        return event_file.load().meetings


def test_replan_prints_the_changes_stores_them_and_writes_the_json(
    day: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "changes.json"
    code, out, err = run_cli(["replan", str(day), "--now", "2026-06-09 13:10", "--json", str(target)], capsys)
    assert (code, err) == (0, "")
    assert "Cancelled (1):" in out
    assert (
        "13:25 Table 1  Yantai Offshore Tech – Ryfylke Vind AS: Ryfylke Vind AS is absent from 13:00" in out
    )
    assert "Added (" in out
    assert "Unchanged: 2 meetings" in out
    assert f"Saved the re-planned day in {day}" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "meetgrid.changes/1"
    with EventFile.open(day) as event_file:
        event = event_file.load()
        assert 3 not in {m.id for m in event.meetings}
        stored = replanning.last_changes(event_file)
    assert stored is not None and [c.meeting.id for c in stored.cancelled] == [3]
    # Again at the same time: the day is as the re-plan left it, nothing more to change.
    code, out, _ = run_cli(["replan", str(day), "--now", "2026-06-09 13:10"], capsys)
    assert code == 0 and "Nothing to change" in out


def test_dry_run_changes_nothing(day: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = meetings_of(day)
    code, out, _ = run_cli(["replan", str(day), "--now", "2026-06-09 13:10", "--dry-run"], capsys)
    assert code == 0
    assert "Nothing was stored (--dry-run)" in out
    assert meetings_of(day) == before


def test_moves_allowed_are_reported(day: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["replan", str(day), "--now", "2026-06-09 12:00", "--allow-moves", "2"], capsys)
    assert code == 0
    assert "Re-planned at 2026-06-09 12:00" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--now", "9 June 13:10"], "is not a time written like 2026-06-09 13:30"),
        (["--now", "2026-06-09 13:10", "--allow-moves", "-1"], "cannot be negative"),
        (["--now", "2026-06-09 13:10", "--allow-moves", "two"], "is not a whole number"),
        ([], "--now"),
    ],
)
def test_bad_input_is_exit_status_2_and_changes_nothing(
    day: Path, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = meetings_of(day)
    code, _, err = run_cli(["replan", str(day), *extra], capsys)
    assert code == 2
    assert message in err
    assert meetings_of(day) == before


def test_a_missing_event_file_is_exit_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["replan", str(tmp_path / "none.meetgrid"), "--now", "2026-06-09 13:10"], capsys)
    assert code == 2
    assert err.startswith("error:")


def test_replan_writes_the_desks_change_sheet(
    day: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "changes.pdf"
    code, out, _ = run_cli(["replan", str(day), "--now", "2026-06-09 13:10", "--sheet", str(sheet)], capsys)
    assert code == 0 and f"Wrote the change sheet {sheet}" in out
    text = "\n".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Ryfylke Vind AS" in text and "cancelled" in text
