"""``meetgrid --self-test``: solve a tiny built-in event end to end, to check an installation or a bundle."""

from __future__ import annotations

import tempfile
from datetime import date, time
from pathlib import Path
from typing import TextIO

from app.domain import MeetingRequest, Organisation, Participant, Priority, Registrations, SolveStatus
from app.services import event_setup, exporting, importing, planning, reports
from app.services.event_files import open_event, server_driver_version
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


def _agreed_meetings_work(root: Path) -> bool:
    """Three agreed meetings around a triangle and one more, one table for four slots: every meeting held,
    with one idle gap, proven (the engine of agreed meetings, with its SAT solvers, in a bundle too)."""
    organisations = tuple(Organisation(i, f"Company {i}") for i in range(1, 6))
    participants = tuple(Participant(i, i, f"Person {i}") for i in range(1, 6))
    requests = tuple(MeetingRequest(a, b) for a, b in ((1, 2), (1, 3), (2, 3), (4, 5)))
    settings = event_setup.make_settings(
        "Agreed meetings", day=date(2026, 6, 9), start=time(13), end=time(14, 40), tables=1, agreed=True
    )
    imported = ImportResult(Registrations(organisations, participants, requests), (), ())
    with importing.create_event(root / "agreed.meetgrid", settings, imported) as event_file:
        event, result = planning.solve_event(event_file, SolveOptions(time_limit=30))
    return (
        result.status == SolveStatus.OPTIMAL
        and len(event.meetings) == 4
        and result.idle_gaps == 1
        and not reports.timetable_problems(event)
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
        checks["agreed meetings all held with the fewest idle gaps"] = _agreed_meetings_work(root)
        checks["the PostgreSQL driver for shared events loads"] = server_driver_version() >= 100000
    for name, passed in checks.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}", file=out)
    passed = all(checks.values())
    print(
        f"self-test {'passed' if passed else 'FAILED'}: {len(event.meetings)} meetings, "
        f"{result.status}, {result.seconds:.2f} s",
        file=out,
    )
    return 0 if passed else 1
