"""Times the main job on the bundled sample event: import, solve, export. Prints a table.

    .venv/bin/python benchmarks/sample_event.py [--time-limit S] [--repeat N]

Uses the same settings as ``make demo``. The figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path

from app.domain import Break
from app.paths import resource
from app.scheduler import SolveOptions, build_instance, validate
from app.services import event_setup, exporting, importing, planning, reports

SAMPLES = ("stavanger-delegation-day.xlsx", "stavanger-form-export.xlsx")


def measure(workbook: Path, folder: Path, time_limit: float) -> dict[str, object]:
    settings = event_setup.make_settings(
        "Shandong–Rogaland B2B day",
        day=date(2026, 6, 9),
        start=clock_time(13),
        end=clock_time(17),
        breaks=[Break(clock_time(15), clock_time(15, 15), "Coffee")],
        tables=12,
        venue="Innovation Park, Stavanger",
    )
    started = time.perf_counter()
    imported = importing.import_workbook(workbook)
    read = time.perf_counter() - started
    with importing.create_event(folder / "event.meetgrid", settings, imported, replace=True) as event_file:
        started = time.perf_counter()
        event, result = planning.solve_event(event_file, SolveOptions(time_limit=time_limit))
        solved = time.perf_counter() - started
    problems = validate(build_instance(event), event.meetings)
    started = time.perf_counter()
    exported = exporting.export_event(event, folder / "out")
    written = time.perf_counter() - started
    summary = reports.summarise(event)
    return {
        "workbook": workbook.name,
        "orgs": summary.organisations,
        "people": summary.participants,
        "requests": summary.requests,
        "import s": f"{read:.2f}",
        "status": result.status,
        "meetings": summary.meetings,
        "met": f"{summary.requests_met}/{summary.requests}",
        "mutual met": f"{summary.mutual_pairs_met}/{summary.mutual_pairs}",
        "objective": f"{result.objective:g}" if result.objective is not None else "-",
        "bound": f"{result.bound:g}" if result.bound is not None else "-",
        "solve s": f"{solved:.2f}",
        "export s": f"{written:.2f}",
        "agendas": len(exported.agendas),
        "valid": "yes" if not problems else f"NO ({len(problems)})",
    }


def print_table(rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    print("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rows = []
    for name in SAMPLES:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as folder:
                rows.append(measure(resource("samples", name), Path(folder), args.time_limit))
    print_table(rows)


if __name__ == "__main__":
    main()
