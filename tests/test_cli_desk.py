"""``meetgrid checkin``, ``absent`` and ``walkin``: each command, and each refusal (exit status 2, the
candidates named, nothing changed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from desk_day import OPENING, desk_day

from app.cli import main
from app.domain import Event
from app.storage import EventFile


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file, _ = desk_day(tmp_path / "day.meetgrid")
    file.close()
    return tmp_path / "day.meetgrid"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def load(path: Path) -> Event:
    with EventFile.open(path) as file:
        return file.load()


def test_checkin_by_code_or_name_prints_the_next_meeting(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = load(path).participant_by_id[1].code
    status, out, _ = run(["checkin", str(path), code.lower(), "--at", "2026-06-09 12:50"], capsys)
    assert status == 0
    assert f"Checked in Wang Haitao 王海涛 (Qingdao Harbour Engineering, code {code}) at 12:50" in out
    assert (
        "Next meeting 13:00–13:20 at Table 1 with Sørvest Havn AS (Bjørn Økland), interpreter 刘梅 Liu Mei"
        in out
    )
    assert load(path).attendance_of(1).arrived_at == datetime(2026, 6, 9, 12, 50)
    status, out, _ = run(["checkin", str(path), code, "--at", "2026-06-09 12:55"], capsys)
    assert status == 0 and "checked in already at 12:50" in out and "Next meeting 13:00–13:20" in out
    assert load(path).attendance_of(1).arrived_at == datetime(2026, 6, 9, 12, 50)
    status, out, _ = run(["checkin", str(path), "李娜", "--at", "2026-06-09 13:30"], capsys)
    assert status == 0 and "No more meetings for them today" in out
    status, out, _ = run(["checkin", str(path), "yantai", "--at", "2026-06-09 13:30"], capsys)
    assert status == 0 and "Meeting now 13:25–13:45 at Table 1 with Ryfylke Vind AS (Kåre Sæther)" in out


def test_checkin_refuses_an_ambiguous_name_or_unknown_code(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load(path)
    status, _, err = run(["checkin", str(path), "wang"], capsys)
    assert status == 2
    assert "'wang' fits 2 people: Wang Haitao 王海涛 (Qingdao Harbour Engineering, code" in err
    assert "Wang Jing 王静 (Jinan Smart Works, code" in err
    status, _, err = run(["checkin", str(path), "ZZZ-ZZZ"], capsys)
    assert status == 2 and "nobody has the check-in code or name 'ZZZ-ZZZ'" in err
    status, _, err = run(["checkin", str(path), "Bjorn", "--at", "half past ten"], capsys)
    assert status == 2 and "is not a date and time like" in err
    assert load(path) == before


def test_absent_for_the_day_or_from_a_time(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["absent", str(path), "--organisation", "energia levante s.l."], capsys)
    assert status == 0 and "Marked Energía Levante S.L. (1 people) absent for the day on 2026-06-09" in out
    assert load(path).attendance_of(8).absent_from == OPENING
    status, out, _ = run(["absent", str(path), "--person", "Kare Saether", "--from", "14:30"], capsys)
    assert status == 0 and "absent from 14:30" in out
    assert load(path).attendance_of(7).absent_from == datetime(2026, 6, 9, 14, 30)


def test_absent_refusals_change_nothing(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = load(path)
    status, _, err = run(["absent", str(path), "--organisation", "Energia Levant"], capsys)
    assert (
        status == 2
        and "no organisation is called 'Energia Levant'; did you mean 'Energía Levante S.L.'" in err
    )
    status, _, err = run(["absent", str(path), "--person", "wang"], capsys)
    assert status == 2 and "fits 2 people" in err
    status, _, err = run(["absent", str(path)], capsys)
    assert status == 2 and "one of the arguments --person --organisation is required" in err
    status, _, err = run(["absent", str(path), "--person", "Bjorn", "--from", "25:00"], capsys)
    assert status == 2
    assert load(path) == before


def test_walkin_registers_organisation_people_and_wishes(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["walkin", str(path), "--organisation", "Stavanger Subsea AS", "--person", "Ola Nordmann"]
    args += ["--person", "Kari Nordmann", "--wish", "Jinan Smart Works", "yantai offshore tech"]
    status, out, _ = run([*args, "--country", "Norway", "--group", "Host"], capsys)
    assert status == 0
    assert "Registered Ola Nordmann (Stavanger Subsea AS, code" in out and "Registered Kari Nordmann" in out
    event = load(path)
    org = event.organisations[-1]
    assert (org.name, org.country, org.group, org.walk_in) == ("Stavanger Subsea AS", "Norway", "Host", True)
    assert {(r.requester_id, r.requested_id) for r in event.requests if r.requester_id == org.id} == {
        (org.id, 2),
        (org.id, 3),
    }
    status, out, _ = run(["checkin", str(path), "ola", "--at", "2026-06-09 13:05"], capsys)
    assert status == 0 and "No more meetings for them today" in out


def test_walkin_refusals_change_nothing(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = load(path)
    base = ["walkin", str(path), "--organisation", "Stavanger Subsea AS", "--person", "Ola Nordmann"]
    status, _, err = run([*base, "--wish", "Nordsjo Automation"], capsys)
    assert status == 2 and "no organisation is called 'Nordsjo Automation'; did you mean" in err
    status, _, err = run(["walkin", str(path), "--organisation", "Stavanger Subsea AS"], capsys)
    assert status == 2 and "--person" in err
    status, _, err = run(["walkin", str(path), "--organisation", " ", "--person", "Ola"], capsys)
    assert status == 2 and "needs the name of its organisation" in err
    assert load(path) == before
