"""Times the import of every layout of the test corpus of the world's registrations. Prints a table.

    .venv/bin/python -m benchmarks.world_layouts [--repeat N] [--plan]

The corpus (``tests/world``) writes two invented days, a Shandong delegation meeting Rogaland firms (26
organisations, 58 people, 90 wishes) and a Chengdu delegation meeting Valencian firms (20 organisations, 34
people, 54 wishes), as form responses, a ticketing export, a platform's export, a hand-kept sheet and CSV in
four encodings, with headers in English, Norwegian, Spanish and Chinese. Each file is imported ``--repeat``
times through ``importing.import_workbook``, as ``meetgrid run`` does; the table gives, a layout and event,
the filled rows of a file and the fastest and the median import over its header languages and repeats (on
a shared machine the fastest is the one its neighbours disturbed least). The figures go into
docs/performance.md ("Registrations written elsewhere").

With ``--plan``, each layout's file in its first header language is also planned (5 s, as the corpus test
does) and the value of the wishes met is compared with an upper bound computed without the planner
(``tests/world/bound.py``).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from app.reading.results import ImportOptions, ImportResult
from app.reading.workbook import read_sheets
from app.services import importing
from tests.world.bound import pair_weights, upper_bound
from tests.world.events import EVENTS, WorldEvent
from tests.world.layouts import LAYOUTS
from tests.world.plans import plan_day


def plan_against_bound(folder: Path, world: WorldEvent, imported: ImportResult) -> str:
    """Plan an imported day as the corpus test does; its meetings, value / bound and the meetings that
    need interpreting, as table cells."""
    event, result = plan_day(folder / f"{world.key}-{time.perf_counter_ns()}.meetgrid", world, imported)
    weights = pair_weights(event)
    met = {m.organisation_ids for m in event.meetings}
    value = sum(w for pair, w in weights.items() if pair in met)
    bound = upper_bound(event, weights)
    needing = sum(1 for m in event.meetings if event.needs_interpreting(m))
    return f" {len(event.meetings)} | {value / bound:.3f} | {needing} | {result.status} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="imports of each file (default 5)")
    parser.add_argument("--plan", action="store_true", help="plan each layout and compare with a bound")
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    load = os.getloadavg()[0]
    print(f"{machine}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f}")
    print()
    planning = " meetings | plan / bound | need interpreting | status |" if args.plan else ""
    print("| layout | file | event | filled rows | import: fastest | median |" + planning)
    print("|---|---|---|---:|---:|---:|" + ("---:|---:|---:|---|" if args.plan else ""))
    with tempfile.TemporaryDirectory() as folder:
        for layout in LAYOUTS:
            for event in EVENTS:
                times: list[float] = []
                rows = 0
                first: ImportResult | None = None
                for language in layout.languages:
                    path = Path(folder) / f"{event.key}-{layout.name}-{language}{layout.suffix}"
                    path.write_bytes(layout.write(event, language))
                    rows = sum(1 for sheet in read_sheets(path) for row in sheet.rows if any(row))
                    mapping = layout.mapping(language)
                    options = ImportOptions(mapping) if mapping else None
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        imported = importing.import_workbook(path, options)
                        times.append(time.perf_counter() - started)
                        first = first or imported
                kind = "CSV" if layout.suffix == ".csv" else "xlsx"
                print(
                    f"| {layout.name} | {kind} | {event.key} | {rows} | "
                    f"{1000 * min(times):.0f} ms | {1000 * statistics.median(times):.0f} ms |"
                    + (plan_against_bound(Path(folder), event, first) if args.plan and first else "")
                )


if __name__ == "__main__":
    main()
