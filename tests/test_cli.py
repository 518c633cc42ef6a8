"""The command line end to end on real files: outputs, summaries, and bad input ending in exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

import factories as f
import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain import Interpreter, Interpreting, Meeting, Organisation
from app.paths import sample_workbook
from app.storage import EventFile, repository

SAMPLE_OPTIONS = ["--date", "2026-06-09", "--start", "13:00", "--end", "17:00", "--tables", "12"]


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_run_writes_every_output_for_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    code, stdout, stderr = run_cli(
        ["run", str(sample_workbook()), "--out", str(out), "--time-limit", "20", *SAMPLE_OPTIONS], capsys
    )
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    assert schedule["format"] == "meetgrid.schedule/1"
    assert schedule["solver"]["status"] in ("OPTIMAL", "FEASIBLE")
    names = {o["name"] for o in schedule["organisations"]}
    agendas = sorted((out / "agendas").glob("*.pdf"))
    assert len(agendas) == len(names) == len(schedule["organisations"])
    assert schedule["meetings"], "the sample event should have meetings"
    workbook = load_workbook(out / "schedule.xlsx", read_only=True)
    assert {"By time", "By organisation", "By table"} <= set(workbook.sheetnames)
    workbook.close()
    with EventFile.open(out / "event.meetgrid") as event_file:
        assert len(event_file.load().meetings) == len(schedule["meetings"])
    for label in ("organisations:", "meetings:", "requests met:", "mutual requests met:", "solver:"):
        assert label in stdout


def test_import_solve_export_step_by_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = tmp_path / "day.meetgrid"
    code, stdout, stderr = run_cli(["import", str(sample_workbook()), str(event), *SAMPLE_OPTIONS], capsys)
    assert code == 0, stderr
    assert "Imported" in stdout
    code, stdout, stderr = run_cli(["solve", str(event), "--time-limit", "20"], capsys)
    assert code == 0, stderr
    code, stdout, stderr = run_cli(["export", str(event), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, stderr
    schedule = json.loads((tmp_path / "out" / "schedule.json").read_text(encoding="utf-8"))
    with EventFile.open(event) as event_file:
        saved = event_file.load()
    assert [m["id"] for m in schedule["meetings"]] == [m.id for m in saved.meetings]


def test_solve_keeps_locked_meetings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, [Meeting(1, 4, 2, (1, 4), (1, 2, 5), locked=True)], None)
    code, _, stderr = run_cli(["solve", str(path), "--time-limit", "10"], capsys)
    assert code == 0, stderr
    with EventFile.open(path) as event_file:
        kept = [m for m in event_file.load().meetings if m.organisation_ids == (1, 4)]
    assert [(m.slot_id, m.table_id, m.locked) for m in kept] == [(4, 2, True)]


def test_contradicting_locks_end_with_status_2_and_name_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "day.meetgrid"
    locks = [Meeting(1, 2, 1, (1, 4), (1,), True), Meeting(2, 2, 2, (3, 4), (4,), True)]
    with f.event_file(path, f.delegation_day()) as event_file, event_file.transaction() as session:
        repository.save_schedule(session, locks, None)
    code, _, stderr = run_cli(["solve", str(path)], capsys)
    assert code == 2
    assert stderr.startswith("error: ")
    assert "Qingdao Harbour Engineering – Sørvest Havn AS" in stderr or "Sørvest Havn AS" in stderr
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == 2, "the saved meetings must survive a failed solve"


def test_template_writes_a_workbook_that_imports_once_filled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "registrations.xlsx"
    code, _, stderr = run_cli(["template", str(template)], capsys)
    assert code == 0, stderr
    workbook = load_workbook(template)
    assert {"Organisations", "Participants", "Requests"} <= set(workbook.sheetnames)
    code, _, stderr = run_cli(["template", str(template)], capsys)
    assert code == 2 and "already exists" in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "{missing}", "{event}"], "missing.xlsx"),
        (["import", "{notes}", "{event}"], "notes.xlsx"),
        (["solve", "{notes}"], "notes.xlsx: is not a MeetGrid event file"),
        (["export", "{missing_event}", "--out", "{tmp}"], "missing.meetgrid: does not exist"),
        (
            ["run", "{sample}", "--out", "{tmp}", "--start", "16:55", "--end", "17:00"],
            "no 20-minute meeting fits",
        ),
        (["run", "{sample}", "--out", "{tmp}", "--start", "25:00"], "is not a time like 13:30"),
        (["run", "{sample}", "--out", "{tmp}", "--tables", "0"], "must be at least 1"),
        (["run", "{sample}", "--out", "{tmp}", "--break", "14:00"], "is not a break like 12:00-13:00"),
    ],
)
def test_bad_input_ends_with_status_2_and_a_located_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    values = {
        "missing": str(tmp_path / "missing.xlsx"),
        "missing_event": str(tmp_path / "missing.meetgrid"),
        "notes": str(notes),
        "event": str(tmp_path / "e.meetgrid"),
        "tmp": str(tmp_path / "out"),
        "sample": str(sample_workbook()),
    }
    code, _, err = run_cli([a.format(**values) for a in args], capsys)
    assert code == 2
    assert err.startswith("error: ")
    assert message in err
    assert "Traceback" not in err


def test_the_installed_command_never_shows_a_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_bytes(b"PK\x03\x04 broken zip")
    completed = subprocess.run(
        [sys.executable, "-m", "app", "import", str(notes), str(tmp_path / "e.meetgrid")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stderr.startswith("error: ")
    assert "notes.xlsx" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "e.meetgrid").exists()


def test_self_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _ = run_cli(["--self-test"], capsys)
    assert code == 0
    assert "self-test passed" in stdout
    assert "FAIL" not in stdout


def test_an_internal_fault_is_one_line_with_the_details_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise RuntimeError("something MeetGrid did not expect")

    monkeypatch.setattr("app.services.importing.import_workbook", broken)
    code, _, err = run_cli(["import", str(sample_workbook()), str(tmp_path / "e.meetgrid")], capsys)
    assert code == 1
    assert err.startswith("error: MeetGrid ran into an internal problem (RuntimeError")
    assert "Traceback" not in err
    log = Path(err.rsplit("Details for a bug report: ", 1)[1].strip())
    assert "RuntimeError: something MeetGrid did not expect" in log.read_text(encoding="utf-8")
    assert str(log).startswith(str(Path.home()))


def test_a_bad_value_is_reported_with_sheet_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "registrations.xlsx"
    code, _, _ = run_cli(["template", str(workbook)], capsys)
    assert code == 0
    book = load_workbook(workbook)
    book["Organisations"].append(["Sørvest Havn AS", None, None, None, None, None, None, None, "many"])
    book.save(workbook)
    code, _, err = run_cli(["import", str(workbook), str(tmp_path / "e.meetgrid")], capsys)
    assert code == 2
    where = "registrations.xlsx, sheet 'Organisations', row 2, column I (Max meetings)"
    assert err.startswith(f"error: {where}: 'many' is not a whole number")
    assert not (tmp_path / "e.meetgrid").exists()


def test_a_missing_event_file_given_alone_is_an_error_not_a_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.main import main as launcher

    code = launcher([str(tmp_path / "gone.meetgrid")])
    assert code == 2
    assert (
        capsys.readouterr().err
        == f"error: {tmp_path / 'gone.meetgrid'}: does not exist; check the file name and folder\n"
    )


def test_across_groups_keeps_hosts_from_meeting_hosts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day"
    args = ["run", str(sample_workbook()), "--out", str(out), "--across-groups", "--time-limit", "20"]
    code, _, stderr = run_cli([*args, *SAMPLE_OPTIONS], capsys)
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    group = {o["id"]: o["group"] for o in schedule["organisations"]}
    assert schedule["event"]["across_groups_only"] is True
    assert all(group[a] != group[b] for a, b in (m["organisations"] for m in schedule["meetings"]))
    not_allowed = [u for u in schedule["unmet"] if u["reason"] == "not allowed"]
    assert not_allowed and all(group[u["organisations"][0]] == "Host" for u in not_allowed)


def test_minimum_and_pause_settings_shape_the_timetable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day"
    rules = ["--min-meetings", "2", "--max-in-a-row", "2", "--time-limit", "20"]
    code, _, stderr = run_cli(
        ["run", str(sample_workbook()), "--out", str(out), *rules, *SAMPLE_OPTIONS], capsys
    )
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    assert (schedule["event"]["min_meetings"], schedule["event"]["max_in_a_row"]) == (2, 2)
    impossible = {
        tuple(u["organisations"])
        for u in schedule["unmet"]
        if u["reason"] in ("no interpreter", "no common time")
    }
    wished: dict[int, set[int]] = {}
    for r in schedule["requests"]:
        if tuple(sorted((r["from"], r["to"]))) in impossible:
            continue
        for org, other in ((r["from"], r["to"]), (r["to"], r["from"])):
            wished.setdefault(org, set()).add(other)
    slots_of: dict[int, list[int]] = {}
    for m in schedule["meetings"]:
        for org in m["organisations"]:
            slots_of.setdefault(org, []).append(m["slot"])
    for org, partners in wished.items():
        assert len(slots_of.get(org, [])) >= min(2, len(partners)), org
    # Slots follow each other when the next starts 25 minutes later (20-minute meetings, 5-minute pauses).
    start = {s["id"]: datetime.fromisoformat(s["start"]) for s in schedule["slots"]}
    step = timedelta(minutes=25)
    one_person = {o["id"] for o in schedule["organisations"] if len(o["participants"]) <= 1}
    for org in one_person & set(slots_of):
        busy = {start[s] for s in slots_of[org]}
        assert not any({t, t + step, t + 2 * step} <= busy for t in busy), (
            f"organisation {org}: three in a row"
        )


def test_a_bad_rule_setting_is_refused_with_exit_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run_cli(["import", str(sample_workbook()), "x.meetgrid", "--max-in-a-row", "0"], capsys)
    assert code == 2
    assert "--max-in-a-row" in stderr


def test_named_tables_with_their_seats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "day"
    tables = ["--table", "Harbour room=10", "--table", "Table B=4", "--table", "Table C=4"]
    args = ["run", str(sample_workbook()), "--out", str(out), *tables, "--time-limit", "20"]
    code, _, stderr = run_cli([*args, *SAMPLE_OPTIONS], capsys)
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    assert schedule["tables"] == [
        {"id": 1, "name": "Harbour room", "seats": 10},
        {"id": 2, "name": "Table B", "seats": 4},
        {"id": 3, "name": "Table C", "seats": 4},
    ]
    seats = {t["id"]: t["seats"] for t in schedule["tables"]}
    assert all(len(m["participants"]) <= seats[m["table"]] for m in schedule["meetings"])
    assert any(len(m["participants"]) > 4 for m in schedule["meetings"]), (
        "the large room hosts large meetings"
    )


def test_a_table_without_seats_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run_cli(["import", str(sample_workbook()), "x.meetgrid", "--table", "Big room"], capsys)
    assert code == 2
    assert "'Big room' is not a table like 'Table A=8'" in stderr


def test_several_days_with_a_plenary_on_one_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "two-days"
    days = ["--date", "2026-06-09", "--date", "2026-06-10", "--break", "2026-06-10 13:00-14:00=Plenary"]
    hours = ["--start", "13:00", "--end", "16:00", "--tables", "12", "--time-limit", "20"]
    code, stdout, stderr = run_cli(["run", str(sample_workbook()), "--out", str(out), *days, *hours], capsys)
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    first, second = schedule["event"]["days"]
    assert (first["date"], first["breaks"]) == ("2026-06-09", [])
    assert second["breaks"] == [{"start": "13:00", "end": "14:00", "label": "Plenary"}]
    starts = {s["id"]: datetime.fromisoformat(s["start"]) for s in schedule["slots"]}
    assert {t.date().isoformat() for t in starts.values()} == {"2026-06-09", "2026-06-10"}
    assert not any(t.date().day == 10 and t.hour == 13 for t in starts.values()), "no slot in the plenary"
    assert {starts[m["slot"]].date().day for m in schedule["meetings"]} == {9, 10}
    assert "idle gaps:" in stdout and "table changes:" in stdout


def test_a_break_on_a_day_outside_the_event_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["import", str(sample_workbook()), "x.meetgrid", "--date", "2026-06-09"]
    code, _, stderr = run_cli([*args, "--break", "2026-06-11 10:00-11:00=Plenary"], capsys)
    assert code == 2
    assert "a break is given for 2026-06-11, which is not a day of the event" in stderr


def test_host_tables_and_tiers_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hosts"
    rules = ["--host-tables", "Host", "--tiers", "requests,fairness", "--tables", "20", "--time-limit", "20"]
    hours = ["--date", "2026-06-09", "--start", "13:00", "--end", "17:00"]
    code, _, stderr = run_cli(["run", str(sample_workbook()), "--out", str(out), *rules, *hours], capsys)
    assert code == 0, stderr
    schedule = json.loads((out / "schedule.json").read_text(encoding="utf-8"))
    assert (schedule["event"]["host_group"], schedule["event"]["tiers"]) == ("Host", ["requests", "fairness"])
    hosts = {o["id"] for o in schedule["organisations"] if o["group"] == "Host"}
    tables_of: dict[int, set[int]] = {}
    for m in schedule["meetings"]:
        sides = set(m["organisations"]) & hosts
        if len(sides) == 1:  # a host meets a guest at its table; two hosts meet at one of theirs
            tables_of.setdefault(sides.pop(), set()).add(m["table"])
    assert tables_of and all(len(tables) == 1 for tables in tables_of.values())
    assert len({next(iter(t)) for t in tables_of.values()}) == len(tables_of), "each host its own table"
    assert schedule["figures"]["idle_gaps"] >= 0


def test_warnings_go_to_stderr_and_the_exit_status_stays_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crowded.meetgrid"
    one_slot = f.settings(start=time(13), end=time(13, 20), tables=1)
    wishes = f.requests([(1, 2), (3, 4), (5, 6)])
    f.event_file(path, f.event(f.organisations(6), wishes=wishes, event_settings=one_slot)).close()
    code, stdout, stderr = run_cli(["solve", str(path), "--time-limit", "10"], capsys)
    assert code == 0, stderr
    assert "solver:              the best possible under the rules you set (OPTIMAL)" in stdout
    assert "  tables full: 2 requests; add tables or a slot" in stdout
    assert "warning:" not in stdout
    warnings = [line for line in stderr.splitlines() if line.startswith("warning: ")]
    assert warnings[0] == "warning: tables full leaves 2 of 3 requests unmet (67 %): add tables or a slot"
    assert warnings[1].startswith("warning: 2 organisations that asked for meetings have none: Org ")


def test_solve_can_rank_the_tiers_anew(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    code, _, stderr = run_cli(["solve", str(path), "--tiers", "gaps,requests", "--time-limit", "10"], capsys)
    assert code == 0, stderr
    with EventFile.open(path) as event_file:
        assert [str(t) for t in event_file.load().settings.tiers] == ["gaps", "requests"]
    code, _, stderr = run_cli(["solve", str(path), "--tiers", "requests,speed"], capsys)
    assert code == 2
    assert "unknown objective tier 'speed'" in stderr


def test_solve_takes_the_interpreting_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "day.meetgrid"
    orgs = (
        Organisation(1, "Qingdao Port", languages=("中文",)),
        Organisation(2, "Stavanger Havn", languages=("Norsk",)),
    )
    busy = Interpreter(1, "Liu Mei", ("Chinese", "Spanish"))  # bridges nobody here
    f.event_file(
        path, f.interpreted(f.event(orgs, wishes=f.requests([(1, 2)])), busy, required=False)
    ).close()
    code, _, stderr = run_cli(["solve", str(path), "--time-limit", "5"], capsys)
    assert code == 0, stderr
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == 1, "preferred: planned without an interpreter"
    code, _stdout, stderr = run_cli(
        ["solve", str(path), "--interpreting", "required", "--time-limit", "5"], capsys
    )
    assert code == 0, stderr
    with EventFile.open(path) as event_file:
        event = event_file.load()
    assert event.settings.interpreting is Interpreting.REQUIRED
    assert event.meetings == ()
    code, _, stderr = run_cli(["solve", str(path), "--interpreting", "sometimes"], capsys)
    assert code == 2
    assert "unknown interpreting rule 'sometimes'; use 'required' or 'preferred'" in stderr


def test_free_running_plans_the_same_requests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    values = []
    for name, extra in (("same", []), ("free", ["--free-running"])):
        path = tmp_path / f"{name}.meetgrid"
        f.event_file(path, f.delegation_day()).close()
        code, stdout, stderr = run_cli(["solve", str(path), "--time-limit", "10", *extra], capsys)
        assert code == 0, stderr
        assert "the best possible under the rules you set (OPTIMAL)" in stdout
        with EventFile.open(path) as event_file:
            values.append(sorted(m.organisation_ids for m in event_file.load().meetings))
    assert values[0] == values[1]


def updated_sample(path: Path) -> tuple[str, str]:
    """The sample workbook a week later: one organisation's country corrected, the last one withdrawn and
    a late registration added. Returns the corrected and the withdrawn organisation's names."""
    workbook = load_workbook(sample_workbook())
    organisations = workbook["Organisations"]
    corrected = organisations.cell(2, 1).value
    organisations.cell(2, 4).value = "People's Republic of China"
    withdrawn = organisations.cell(organisations.max_row, 1).value
    organisations.delete_rows(organisations.max_row)
    organisations.append(["Stavanger Late Robotics AS", "", "Host", "Norway"])
    for sheet in ("Participants", "Requests"):
        rows = workbook[sheet]
        for row in range(rows.max_row, 1, -1):
            if withdrawn in (rows.cell(row, 1).value, rows.cell(row, 2).value):
                rows.delete_rows(row)
    workbook["Requests"].append(["Stavanger Late Robotics AS", corrected, 1])
    workbook.save(path)
    return str(corrected), str(withdrawn)


def test_update_shows_and_applies_what_an_updated_workbook_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "day.meetgrid"
    code, _, stderr = run_cli(["import", str(sample_workbook()), str(event), *SAMPLE_OPTIONS], capsys)
    assert code == 0, stderr
    code, _, stderr = run_cli(["solve", str(event), "--time-limit", "20"], capsys)
    assert code == 0, stderr
    with EventFile.open(event) as event_file:
        before = event_file.load()
    corrected, withdrawn = updated_sample(tmp_path / "week-later.xlsx")

    args = ["import", str(tmp_path / "week-later.xlsx"), str(event), "--update"]
    code, stdout, stderr = run_cli([*args, "--dry-run"], capsys)
    assert code == 0, stderr
    assert f"changed organisation {corrected}: country China → People's Republic of China" in stdout
    assert "added organisation Stavanger Late Robotics AS" in stdout
    assert "Nothing was changed (--dry-run)" in stdout
    with EventFile.open(event) as event_file:
        assert event_file.load() == before

    code, stdout, stderr = run_cli(args, capsys)
    assert code == 0, stderr
    with EventFile.open(event) as event_file:
        after = event_file.load()
    names = {o.name for o in after.organisations}
    assert "Stavanger Late Robotics AS" in names
    kept = withdrawn in names
    had_meetings = any(
        withdrawn in (before.partner_of(m, a).name for a in m.organisation_ids) for m in before.meetings
    )
    assert kept == had_meetings, "an organisation with meetings is kept and flagged, one without is removed"
    assert (f"kept organisation {withdrawn}" in stdout) == had_meetings
    assert {m.id for m in after.meetings} == {m.id for m in before.meetings}, "the timetable stays"
    assert "A copy from before is in" in stdout

    code, stdout, _ = run_cli(args, capsys)
    assert code == 0
    assert "already up to date" in stdout


def test_update_and_replace_together_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run_cli(
        ["import", str(sample_workbook()), str(tmp_path / "e.meetgrid"), "--update", "--replace"], capsys
    )
    assert code == 2
    assert "either --update" in stderr


# -- reading the registrations: --map and --strict -----------------------------------------------------


def odd_workbook(path: Path, wish: str = "") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Signups"
    sheet.append(["Who", "Outfit", "Reach at", "Companies to meet"])
    sheet.append(["Ann Berg", "Alpha Ltd", "ann@alpha.example", wish])
    sheet.append(["Bo Alm", "Alfa AS", "bo@alfa.example", ""])
    book.save(path)
    return path


def test_map_names_columns_and_the_mapping_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = odd_workbook(tmp_path / "signups.xlsx")
    event = tmp_path / "e.meetgrid"
    code, _, err = run_cli(["import", str(workbook), str(event)], capsys)
    assert code == 2 and "no organisation column found" in err
    code, out, err = run_cli(
        ["import", str(workbook), str(event), "--map", "Outfit=organisation", "--map", "who=name"], capsys
    )
    assert code == 0, err
    assert "sheet 'Signups', header in row 1:" in out
    assert "    A 'Who' -> name (given)" in out
    assert "    B 'Outfit' -> organisation (given)" in out
    assert "    C 'Reach at' -> not read" in out
    with EventFile.open(event) as event_file:
        assert [o.name for o in event_file.load().organisations] == ["Alpha Ltd", "Alfa AS"]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ("Outfit=company_nam", "error: meetgrid import: argument --map: 'company_nam' is not a field"),
        ("Outfit", "error: meetgrid import: argument --map: 'Outfit' is not a mapping like"),
        (
            "Outfitt=organisation",
            "error: signups.xlsx: column mapping: no sheet read has a column headed 'Outfitt'",
        ),
    ],
)
def test_a_bad_mapping_ends_with_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mapping: str, message: str
) -> None:
    workbook = odd_workbook(tmp_path / "signups.xlsx")
    code, _, err = run_cli(["import", str(workbook), str(tmp_path / "e.meetgrid"), "--map", mapping], capsys)
    assert code == 2
    assert err.startswith(message)
    assert not (tmp_path / "e.meetgrid").exists()


def test_strict_stops_on_an_uncertain_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = odd_workbook(tmp_path / "signups.xlsx", wish="Alpa")
    options = ["--map", "Outfit=organisation", "--map", "Who=name"]
    code, out, err = run_cli(["import", str(workbook), str(tmp_path / "a.meetgrid"), *options], capsys)
    assert code == 0, err
    assert (
        "warning: signups.xlsx, sheet 'Signups', row 2, column D (Companies to meet): 'Alpa' is not an "
        "organisation's name; it may be 'Alpha Ltd' (89 % alike) or 'Alfa AS' (75 % alike)"
    ) in out
    code, out, err = run_cli(
        ["run", str(workbook), "--out", str(tmp_path / "out"), *options, "--strict"], capsys
    )
    assert code == 2
    assert err.startswith("error: signups.xlsx, sheet 'Signups', row 2, column D (Companies to meet): 'Alpa'")
    assert "--strict" in err
    assert not (tmp_path / "out" / "event.meetgrid").exists()


def test_the_column_mapping_is_kept_for_the_next_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.csv"
    first.write_text(
        "Outfit,Name,Email,Wishes\nFjord Kraft AS,Kari Nordmann,kari@fjord.example,Weihai Marine\n"
        "Weihai Marine,Sun Li,sun@weihai.example,Fjord Kraft AS\n",
        encoding="utf-8",
    )
    event = tmp_path / "e.meetgrid"
    code, _, stderr = run_cli(
        ["import", str(first), str(event), "--map", "Outfit=organisation", "-q"], capsys
    )
    assert code == 0, stderr
    later = tmp_path / "later.csv"
    later.write_text(
        first.read_text(encoding="utf-8")
        + "Bergen Hydrogen AS,Ola Hansen,ola@bergen.example,Weihai Marine\n",
        encoding="utf-8",
    )
    code, stdout, stderr = run_cli(["import", str(later), str(event), "--update", "-q"], capsys)
    assert code == 0, stderr
    assert "added organisation Bergen Hydrogen AS" in stdout
    with EventFile.open(event) as event_file:
        assert {o.name for o in event_file.load().organisations} == {
            "Fjord Kraft AS",
            "Weihai Marine",
            "Bergen Hydrogen AS",
        }


def test_opening_a_file_of_an_older_meetgrid_says_it_was_upgraded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.meetgrid"
    old.write_bytes((Path(__file__).parent / "data" / "event-format-1.meetgrid").read_bytes())
    code, stdout, stderr = run_cli(["export", str(old), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, stderr
    assert f"Upgraded {old} to this MeetGrid's file format" in stdout
    code, stdout, _ = run_cli(["export", str(old), "--out", str(tmp_path / "out")], capsys)
    assert code == 0
    assert "Upgraded" not in stdout


def test_time_zone_and_badge_colours_are_stored_with_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "e.meetgrid"
    paper = [
        "--time-zone",
        "europe/oslo",
        "--badge-colour",
        "Delegation=#c0392b",
        "--badge-colour",
        "Host=1F4E79",
    ]
    code, _, stderr = run_cli(["import", str(sample_workbook()), str(event), *SAMPLE_OPTIONS, *paper], capsys)
    assert code == 0, stderr
    with EventFile.open(event) as event_file:
        settings = event_file.load().settings
    assert settings.time_zone == "Europe/Oslo"
    assert dict(settings.badge_colours) == {"Delegation": "#C0392B", "Host": "#1F4E79"}


def test_without_paper_options_the_event_keeps_meetgrids_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "e.meetgrid"
    code, _, stderr = run_cli(["import", str(sample_workbook()), str(event), *SAMPLE_OPTIONS], capsys)
    assert code == 0, stderr
    with EventFile.open(event) as event_file:
        settings = event_file.load().settings
    assert (settings.time_zone, settings.badge_colours) == ("", ())


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["--time-zone", "Europe/Olso"], "--time-zone: 'Europe/Olso' is not a time zone"),
        (["--time-zone", "Mars/Olympus"], "like Europe/Oslo"),
        (
            ["--badge-colour", "Delegation=red"],
            "--badge-colour: the badge colour of Delegation must be written",
        ),
        (["--badge-colour", "#C0392B"], "is not a badge colour like 'Delegation=#C0392B'"),
        (["--badge-colour", "Host=#12345"], "not '#12345'"),
    ],
)
def test_a_bad_time_zone_or_badge_colour_ends_with_status_2(
    option: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never"
    code, _, stderr = run_cli(["run", str(sample_workbook()), "--out", str(out), *option], capsys)
    assert code == 2
    assert stderr.startswith("error: ") and said in stderr and "Traceback" not in stderr
    assert not out.exists(), "refused before anything is read or written"


def test_solve_in_agreed_mode_holds_every_request_or_names_why_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "day.meetgrid"
    f.event_file(
        path, f.event(f.organisations(4), wishes=f.requests([(1, 2), (1, 3), (1, 4), (2, 3)]))
    ).close()
    code, stdout, stderr = run_cli(["solve", str(path), "--agreed", "--time-limit", "10"], capsys)
    assert code == 0, stderr
    assert "agreed meetings:     4 of 4 (100 %)" in stdout
    with EventFile.open(path) as event_file:
        event = event_file.load()
        assert event.settings.agreed and len(event.meetings) == 4
    # Six agreed meetings for Org 1's one person, in an afternoon of five slots: one too many.
    crowded = f.event(f.organisations(7), wishes=f.requests([(1, k) for k in range(2, 8)]))
    crowded_path = tmp_path / "crowded.meetgrid"
    f.event_file(crowded_path, crowded).close()
    code, _, stderr = run_cli(["solve", str(crowded_path), "--agreed", "--time-limit", "10"], capsys)
    assert code == 2
    (line,) = stderr.strip().splitlines()
    assert line.startswith("error: no timetable can keep all of these together: Org 1's one person is in 6")
    assert line.endswith("take 1 agreed meeting out, or let them stay longer"), "its own advice, no other"
    code, _, stderr = run_cli(["solve", str(crowded_path), "--no-agreed", "--time-limit", "10"], capsys)
    assert code == 0, stderr
