"""``meetgrid --self-test``: solve a tiny built-in event end to end, to check an installation or a bundle."""

from __future__ import annotations

import tempfile
from datetime import date, time
from pathlib import Path
from typing import TextIO

from app.domain import MeetingRequest, Organisation, Participant, Priority, Registrations, SolveStatus
from app.scheduler.confirmed import ConfirmedInstance, ConfirmedMeeting, solve_confirmed, validate_confirmed
from app.services import event_setup, exporting, importing, planning, reports
from app.services.event_files import open_event
from app.services.importing import ImportResult
from app.services.planning import SolveOptions


def tiny_registrations() -> Registrations:
    """Two delegation companies and three hosts, with Chinese, Norwegian and Spanish names."""
    organisations = (
        Organisation(1, "Qingdao Harbour Engineering", "青岛港湾工程", "Delegation", "China", ("ports",)),
        Organisation(2, "Jinan Smart Works", "济南智造", "Delegation", "China", ("manufacturing",)),
        Organisation(3, "Sørvest Havn AS", "", "Host", "Norway", ("ports",)),
        Organisation(4, "Nordsjø Automasjon AS", "", "Host", "Norway", ("manufacturing",)),
        Organisation(5, "Energía Levante S.L.", "", "Host", "Spain", ("energy",)),
    )
    participants = (
        Participant(1, 1, "王伟 (Wang Wei)"),
        Participant(2, 1, "李娜 (Li Na)"),
        Participant(3, 2, "张强 (Zhang Qiang)"),
        Participant(4, 3, "Bjørn Økland"),
        Participant(5, 4, "Åse Nærland"),
        Participant(6, 5, "Íñigo Muñoz"),
    )
    requests = (
        MeetingRequest(1, 3, Priority.MUST_MEET),
        MeetingRequest(3, 1),
        MeetingRequest(1, 4),
        MeetingRequest(2, 4, Priority.MUST_MEET),
        MeetingRequest(4, 2),
        MeetingRequest(5, 1, Priority.IF_TIME_ALLOWS),
        MeetingRequest(2, 5),
    )
    return Registrations(organisations, participants, requests)


def _confirmed_mode_works() -> bool:
    """Three agreed meetings around a triangle need one break; MaxSAT and CP-SAT must prove it."""
    pairs = ((0, 1), (0, 2), (1, 2), (3, 4))
    instance = ConfirmedInstance(
        slot_count=4,
        table_count=1,
        participant_count=5,
        meetings=tuple(ConfirmedMeeting(pair, frozenset(range(4))) for pair in pairs),
    )
    result = solve_confirmed(instance, time_limit=30)
    return (
        result.status == "OPTIMAL" and result.breaks == 1 and not validate_confirmed(instance, result.slots)
    )


def self_test(out: TextIO) -> int:
    """Import, solve, validate and export the tiny event in a temporary folder; 0 when all went well."""
    with tempfile.TemporaryDirectory(prefix="meetgrid-selftest-") as folder:
        root = Path(folder)
        settings = event_setup.make_settings(
            "MeetGrid self-test", day=date(2026, 6, 9), start=time(13), end=time(15), tables=2
        )
        imported = ImportResult(tiny_registrations(), (), ())
        with importing.create_event(root / "selftest.meetgrid", settings, imported) as event_file:
            event, result = planning.solve_event(event_file, SolveOptions(time_limit=10))
        problems = reports.timetable_problems(event)
        exported = exporting.export_event(event, root / "out")
        checks = {
            "solved to optimality": result.status == SolveStatus.OPTIMAL,
            "every meeting request met": len(event.meetings) == 5 and not result.unmet,
            "schedule passes every rule": not problems,
            "one agenda per organisation": len(exported.agendas) == len(event.organisations),
            "agendas are PDF files": all(p.read_bytes().startswith(b"%PDF") for p in exported.agendas),
            "schedule.xlsx written": exported.schedule_xlsx.stat().st_size > 0,
        }
        with open_event(root / "selftest.meetgrid") as reopened:
            checks["event file reopens"] = len(reopened.load().meetings) == len(event.meetings)
    checks["confirmed meetings placed with fewest breaks"] = _confirmed_mode_works()
    for name, passed in checks.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}", file=out)
    passed = all(checks.values())
    print(
        f"self-test {'passed' if passed else 'FAILED'}: {len(event.meetings)} meetings, "
        f"{result.status}, {result.seconds:.2f} s",
        file=out,
    )
    return 0 if passed else 1
