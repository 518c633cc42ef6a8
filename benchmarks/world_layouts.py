"""Times the import of every layout of the test corpus of the world's registrations. Prints a table.

    .venv/bin/python -m benchmarks.world_layouts [--repeat N]

The corpus (``tests/world``) writes two invented days, a Shandong delegation meeting Rogaland firms (26
organisations, 58 people, 90 wishes) and a Chengdu delegation meeting Valencian firms (20 organisations, 34
people, 54 wishes), as form responses, a ticketing export, a platform's export, a hand-kept sheet and CSV in
four encodings, with headers in English, Norwegian, Spanish and Chinese. Each file is imported ``--repeat``
times through ``workflow.import_workbook``, as ``meetgrid run`` does; the table gives, a layout and event, the
filled rows of a file and the fastest and the median import over its header languages and repeats (on a shared
machine the fastest is the one its neighbours disturbed least). The figures go into docs/performance.md
("Registrations written elsewhere").
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from app import workflow
from app.io.registrations import ImportOptions
from app.io.workbook import read_sheets
from tests.world.events import EVENTS
from tests.world.layouts import LAYOUTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="imports of each file (default 5)")
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    load = os.getloadavg()[0]
    print(f"{machine}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f}")
    print()
    print("| layout | file | event | filled rows | import: fastest | median |")
    print("|---|---|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for layout in LAYOUTS:
            for event in EVENTS:
                times: list[float] = []
                rows = 0
                for language in layout.languages:
                    path = Path(folder) / f"{event.key}-{layout.name}-{language}{layout.suffix}"
                    path.write_bytes(layout.write(event, language))
                    rows = sum(1 for sheet in read_sheets(path) for row in sheet.rows if any(row))
                    mapping = layout.mapping(language)
                    options = ImportOptions(mapping) if mapping else None
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        workflow.import_workbook(path, options)
                        times.append(time.perf_counter() - started)
                kind = "CSV" if layout.suffix == ".csv" else "xlsx"
                print(
                    f"| {layout.name} | {kind} | {event.key} | {rows} | "
                    f"{1000 * min(times):.0f} ms | {1000 * statistics.median(times):.0f} ms |"
                )


if __name__ == "__main__":
    main()
