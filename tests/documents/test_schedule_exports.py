"""schedule.json and schedule.xlsx describe exactly the saved timetable."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import factories as f
from openpyxl import load_workbook

from app.documents.schedule_json import FORMAT, write_schedule_json
from app.documents.schedule_xlsx import write_schedule_xlsx
from app.domain import Event, Interpreter, Meeting, Organisation, SolverRun, UnmetRequest
from app.scheduler import SolveOptions, build_instance, solve
from app.services import exporting


def solved_day() -> tuple[Event, tuple[UnmetRequest, ...]]:
    event = f.delegation_day()
    result = solve(build_instance(event), SolveOptions(time_limit=10, workers=1))
    run = SolverRun(result.status, result.objective, result.bound, 0.5, datetime(2026, 6, 9, 12))
    return replace(event, meetings=result.meetings, last_run=run), result.unmet


def test_schedule_json_holds_the_whole_timetable(tmp_path: Path) -> None:
    event, unmet = solved_day()
    path = tmp_path / "schedule.json"
    write_schedule_json(event, unmet, path)
    doc = json.loads(path.read_text(encoding="utf-8"))

    assert doc["format"] == FORMAT
    assert doc["event"]["name"] == "Test day"
    assert doc["event"]["days"] == [{"date": "2026-06-09", "start": "13:00", "end": "15:00", "breaks": []}]
    assert doc["slots"][0] == {"id": 1, "start": "2026-06-09T13:00", "end": "2026-06-09T13:20"}
    assert [t["id"] for t in doc["tables"]] == [1, 2]
    qingdao = next(o for o in doc["organisations"] if o["id"] == 1)
    assert qingdao["local_name"] == "青岛港湾工程"
    assert [p["name"] for p in qingdao["participants"]] == ["王伟", "李娜"]
    assert {"from": 1, "to": 4, "priority": 1, "session": None, "agreed": False} in doc["requests"]
    assert doc["apart"] == [] and doc["order"] == []
    assert doc["event"]["min_meetings"] is None and doc["event"]["max_in_a_row"] is None
    assert len(doc["meetings"]) == len(event.meetings)
    for written, meeting in zip(doc["meetings"], event.meetings, strict=True):
        assert written["slot"] == meeting.slot_id and written["table"] == meeting.table_id
        assert written["organisations"] == list(meeting.organisation_ids)
        assert written["participants"] == list(meeting.participant_ids)
        assert written["mutual"] == event.is_mutual(meeting.organisation_ids)
        assert written["agreed"] is False
        assert written["locked"] is False
        assert written["needs_interpreting"] is False, "the delegation day names no languages"
    by_pair = {tuple(m["organisations"]): m for m in doc["meetings"]}
    assert by_pair[(1, 4)]["mutual"] is True
    assert [tuple(u["organisations"]) for u in doc["unmet"]] == [u.organisation_ids for u in unmet]
    assert doc["solver"]["status"] == "OPTIMAL"
    assert doc["solver"]["objective"] == doc["solver"]["bound"]


def test_schedule_json_of_an_unsolved_event_says_so(tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    write_schedule_json(f.delegation_day(), (), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["meetings"] == [] and doc["unmet"] == []
    assert doc["warnings"] == [] and doc["unmet_by_reason"] == [] and doc["interpreting_needed"] == []
    assert doc["solver"] == {"status": None, "objective": None, "bound": None, "seconds": None}


def test_schedule_xlsx_has_the_three_views_and_the_unmet_requests(tmp_path: Path) -> None:
    event, unmet = solved_day()
    path = tmp_path / "schedule.xlsx"
    write_schedule_xlsx(event, unmet, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Summary", "By time", "By organisation", "By table", "Unmet requests"]

    by_time = list(workbook["By time"].iter_rows(min_row=2, values_only=True))
    assert len(by_time) == len(event.meetings)
    first = event.meetings[0]
    slot = event.slot_by_id[first.slot_id]
    assert by_time[0][:4] == (
        "2026-06-09",
        f"{slot.start:%H:%M}",
        f"{slot.end:%H:%M}",
        f"Table {first.table_id}",
    )

    by_org = list(workbook["By organisation"].iter_rows(min_row=2, values_only=True))
    assert len(by_org) == 2 * len(event.meetings) + sum(
        1 for o in event.organisations if not event.meetings_of(o.id)
    )
    assert any(row[0] == "Qingdao Harbour Engineering (青岛港湾工程)" for row in by_org)

    by_table = list(workbook["By table"].iter_rows(min_row=2, values_only=True))
    assert len(by_table) == len(event.slots)
    filled = sum(1 for row in by_table for cell in row[3:] if cell)
    assert filled == len(event.meetings)

    unmet_rows = list(workbook["Unmet requests"].iter_rows(min_row=2, values_only=True))
    assert len(unmet_rows) == len(unmet)


def crowded_chinese_norwegian_day() -> Event:
    """One slot and one table; Chinese and Norwegian organisations without interpreters: the one meeting
    held needs interpreting, and the tables are full for the two other pairs."""
    orgs = (
        Organisation(1, "Qingdao Harbour", languages=("Chinese",)),
        Organisation(2, "Sørvest Havn", languages=("Norsk",)),
        *(Organisation(n, f"Org {n}", languages=("English",)) for n in range(3, 7)),
    )
    event = f.event(
        orgs,
        wishes=f.requests([(1, 2), (3, 4), (5, 6)]),
        event_settings=f.settings(start=time(13), end=time(13, 20)),
    )
    event = replace(event, tables=event.tables[:1])
    run = SolverRun("OPTIMAL", 1.0, 1.0, 0.5, datetime(2026, 6, 9, 12))
    return replace(event, meetings=(Meeting(1, 1, 1, (1, 2), (1, 2)),), last_run=run)


def test_schedule_json_marks_meetings_needing_interpreting_and_carries_the_warnings(tmp_path: Path) -> None:
    event = crowded_chinese_norwegian_day()
    exporting.export_event(event, tmp_path)
    doc = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    assert doc["meetings"][0]["interpreter"] is None
    assert doc["meetings"][0]["needs_interpreting"] is True
    assert doc["interpreting_needed"] == [
        {"languages": ["Chinese", "Norwegian"], "meetings": 1, "most_at_once": 1}
    ]
    assert doc["unmet_by_reason"] == [
        {"reason": "tables full", "requests": 2, "advice": "add tables or a slot"}
    ]
    assert doc["warnings"] == [
        "tables full leaves 2 of 3 requests unmet (67 %): add tables or a slot",
        "2 organisations that asked for meetings have none: Org 3, Org 5",
    ]


def test_schedule_xlsx_opens_on_the_summary_with_its_warnings(tmp_path: Path) -> None:
    event = crowded_chinese_norwegian_day()
    exporting.export_event(event, tmp_path)
    workbook = load_workbook(tmp_path / "schedule.xlsx")
    assert workbook.sheetnames[0] == "Summary"
    rows = [row for row in workbook["Summary"].iter_rows(values_only=True) if any(row)]
    assert rows[0][0] == "Test day"
    texts = [row[0] for row in rows]
    assert texts[1] == "Warnings"
    assert texts[2] == "tables full leaves 2 of 3 requests unmet (67 %): add tables or a slot"
    warning = workbook["Summary"]["A4"]
    assert warning.fill.fgColor.rgb.endswith("FFE066"), "warnings stand out in yellow"
    assert ("solver", "the best possible under the rules you set (OPTIMAL), 0.50 s", None) in rows
    assert ("tables full", 2, "add tables or a slot") in rows
    assert ("Chinese–Norwegian", 1, 1) in rows
    by_time = list(workbook["By time"].iter_rows(values_only=True))
    assert by_time[0][-1] == "Needs interpreting" and by_time[1][-1] == "Chinese–Norwegian"
    assert by_time[0][-4:-1] == ("Mutual", "Agreed", "Locked") and by_time[1][-3] == "no"
    by_org = list(workbook["By organisation"].iter_rows(values_only=True))
    assert by_org[0][-1] == "Needs interpreting"
    assert {row[-1] for row in by_org[1:]} == {"Chinese–Norwegian", None}


def test_schedule_json_gives_each_participant_and_interpreter_their_check_in_code(tmp_path: Path) -> None:
    event, unmet = solved_day()
    people = tuple(replace(p, code=f"K7M4Q{n}") for n, p in enumerate(event.participants, start=2))
    helper = Interpreter(1, "刘梅 Liu Mei", ("Chinese", "Norwegian"), code="HWJ4R6")
    event = replace(event, participants=people, interpreters=(helper,))
    path = tmp_path / "schedule.json"
    write_schedule_json(event, unmet, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    written = {p["id"]: p for o in doc["organisations"] for p in o["participants"]}
    assert {pid: p["code"] for pid, p in written.items()} == {p.id: p.code for p in people}
    assert doc["interpreters"][0]["code"] == "HWJ4R6"
    assert written[1]["name"] == "王伟" and written[1]["local_name"] == "王伟"
