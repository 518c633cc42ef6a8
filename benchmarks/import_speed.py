"""Times the import of large generated registration files in each layout. Prints a table.

    .venv/bin/python benchmarks/import_speed.py [--rows N] [--repeat N]

Each layout holds the same invented registrations: N people of N/5 organisations, three wishes per
organisation (one in ten typed with a slip, so the fuzzy matching works too), several title rows above the
header. Layouts: a form export with one row a person (.xlsx and .csv), the MeetGrid template (Organisations,
Participants and Requests sheets, N participant rows) and one row an organisation with five people across
the row. The figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from app.reading.registrations import read_registrations

PEOPLE_PER_ORG = 5
WISHES_PER_ORG = 3
TITLES = (["Shandong–Rogaland B2B day, registrations"], ["Exported from the registration form"], [])

Row = list[object]


def invent(rows: int, seed: int = 2026) -> tuple[list[str], list[list[str]]]:
    """Organisation names and, for each organisation, its wish list as typed."""
    rng = random.Random(seed)
    words = ["Nordic", "Havn", "Energi", "Offshore", "Qingdao", "Port", "Marine", "Solar", "Fjord", "Tech"]
    orgs = [
        f"{rng.choice(words)} {rng.choice(words)} {number} AS" for number in range(rows // PEOPLE_PER_ORG)
    ]
    wishes = []
    for name in orgs:
        chosen = rng.sample([o for o in orgs if o != name], WISHES_PER_ORG)
        # One wish in ten has a typing slip: a dropped letter in the first word.
        typed = [w.replace("o", "", 1) if rng.random() < 0.1 and "o" in w.split()[0] else w for w in chosen]
        wishes.append(typed)
    return orgs, wishes


def people(orgs: list[str]) -> list[tuple[int, str, str]]:
    return [
        (o, f"Person {o}-{p}", f"person.{o}.{p}@example.com")
        for o in range(len(orgs))
        for p in range(PEOPLE_PER_ORG)
    ]


def form_rows(orgs: list[str], wishes: list[list[str]]) -> list[Row]:
    header: Row = [
        "Timestamp",
        "Full name",
        "Company",
        "E-mail",
        "Country",
        "Which companies would you like to meet?",
    ]
    rows: list[Row] = [*TITLES, header]
    for o, name, email in people(orgs):
        first = name.endswith("-0")
        rows.append(
            ["2026-05-01 10:00", name, orgs[o], email, "Norway", "; ".join(wishes[o]) if first else None]
        )
    return rows


def write_book(path: Path, sheets: dict[str, list[Row]]) -> None:
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def form_xlsx(path: Path, orgs: list[str], wishes: list[list[str]]) -> Path:
    target = path / "form.xlsx"
    write_book(target, {"Form responses": form_rows(orgs, wishes)})
    return target


def form_csv(path: Path, orgs: list[str], wishes: list[list[str]]) -> Path:
    target = path / "form.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(form_rows(orgs, wishes))
    return target


def template(path: Path, orgs: list[str], wishes: list[list[str]]) -> Path:
    target = path / "template.xlsx"
    write_book(
        target,
        {
            "Organisations": [
                ["Organisation", "Country", "Languages"],
                *([o, "Norway", "English"] for o in orgs),
            ],
            "Participants": [
                ["Name", "Organisation", "Email"],
                *([n, orgs[o], e] for o, n, e in people(orgs)),
            ],
            "Requests": [
                ["Requester", "Requested", "Priority"],
                *([orgs[o], w, 1 + i % 3] for o in range(len(orgs)) for i, w in enumerate(wishes[o])),
            ],
        },
    )
    return target


def org_rows(path: Path, orgs: list[str], wishes: list[list[str]]) -> Path:
    target = path / "organisations.xlsx"
    header: Row = ["Company", "Country", "Companies to meet"]
    for n in range(1, PEOPLE_PER_ORG + 1):
        header += [f"Contact {n} name", f"Contact {n} e-mail"]
    rows: list[Row] = [*TITLES, header]
    by_org: dict[int, list[str]] = {}
    for o, name, email in people(orgs):
        by_org.setdefault(o, []).extend([name, email])
    for o, name in enumerate(orgs):
        rows.append([name, "Norway", "; ".join(wishes[o]), *by_org[o]])
    write_book(target, {"Registrations": rows})
    return target


LAYOUTS: dict[str, tuple[str, Callable[[Path, list[str], list[list[str]]], Path]]] = {
    "form export (.xlsx)": ("rows a person", form_xlsx),
    "form export (.csv)": ("rows a person", form_csv),
    "MeetGrid template": ("participant rows", template),
    "one row an organisation": ("organisation rows", org_rows),
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
    parser.add_argument("--rows", type=int, default=5000, help="people in each file (default: 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="imports of each file; min and max are shown")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    orgs, wishes = invent(args.rows)
    table = []
    with tempfile.TemporaryDirectory() as folder:
        for layout, (unit, write) in LAYOUTS.items():
            path = write(Path(folder), orgs, wishes)
            seconds = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = read_registrations(path)
                seconds.append(time.perf_counter() - started)
            reg = result.registrations
            rows = len(orgs) if unit == "organisation rows" else args.rows
            table.append(
                {
                    "layout": layout,
                    "rows": f"{rows:,} {unit}",
                    "file": f"{path.stat().st_size / 1024:.0f} KB",
                    "orgs": len(reg.organisations),
                    "people": len(reg.participants),
                    "requests": len(reg.requests),
                    "fuzzy": sum("alike" in f.message for f in result.findings),
                    "warnings": len(result.warnings),
                    "seconds": f"{min(seconds):.2f}–{max(seconds):.2f}",
                    "median": f"{statistics.median(seconds):.2f}",
                }
            )
    print_table(table)
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
