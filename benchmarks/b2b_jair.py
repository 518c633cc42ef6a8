"""Solves the JAIR business-to-business meeting instances in confirmed mode and prints a table.

    .venv/bin/python benchmarks/b2b_jair.py [--time-limit S] [--json] [--fairness D] FILES...

Without FILES, every instance in ../shared/benchmarks/b2b-jair/ is solved. Each instance: every listed
meeting must be placed; the total number of breaks is minimised with fairness d (default 2). With --json,
one JSON object per line with keys instance, status, objective, bound, seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
from pathlib import Path

from app.scheduler.confirmed import (
    PORTFOLIO,
    ConfirmedInstance,
    ConfirmedMeeting,
    count_breaks,
    solve_confirmed,
    validate_confirmed,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "b2b-jair"

# Optimal total breaks with d = 2, from the paper.
KNOWN_OPTIMUM = {
    "forum-13": 0, "tic-12": 0, "tic-12crafc": 0, "tic-13": 0, "tic-13crafb": 0, "tic-14crafa": 0,
    "tic-14crafc": 0, "tic-14crafd": 0, "ticf-13crafa": 0, "ticf-14crafa": 0, "forum-13crafc": 1,
    "ticf-13crafc": 1, "forum-14": 2, "ticf-13crafb": 3, "forumt-14crafd": 4, "tic-13crafc": 4,
    "forumt-14": 5, "forumt-14crafc": 5, "forumt-14crafe": 5, "forum-13crafb": 6,
}  # fmt: skip


def _int(text: str, name: str) -> int:
    match = re.search(rf"\b{name}\s*=\s*(\d+)\s*;", text)
    if not match:
        raise ValueError(f"{name} is missing")
    return int(match.group(1))


def _block(text: str, name: str) -> str:
    match = re.search(rf"\b{name}\s*=\s*\[(.*?)\]\s*;", text, re.S)
    if not match:
        raise ValueError(f"{name} is missing")
    return match.group(1)


def _sets(block: str) -> list[set[int]]:
    return [{int(v) for v in body.split(",") if v.strip()} for body in re.findall(r"\{(.*?)\}", block, re.S)]


def read_dzn(path: Path, fairness: int | None = 2) -> ConfirmedInstance:
    """A JAIR instance (MiniZinc data, 1-based) as a confirmed-mode instance (0-based)."""
    text = path.read_text(encoding="utf-8")
    participants = _int(text, "nBusiness")
    slot_count = _int(text, "nTotalSlots")
    morning = _int(text, "nMorningSlots")
    rows = [
        tuple(int(v) for v in row.split(",") if v.strip()) for row in _block(text, "requested").split("|")
    ]
    requested = [row for row in rows if len(row) == 3]
    forbidden = [
        {s - 1 for s in slots if s > 0} for s in [None] for slots in _sets(_block(text, "forbidden"))
    ]
    fixed = [int(v) for v in _block(text, "fixed").replace("\n", "").split(",") if v.strip()]
    precedence_sets = _sets(_block(text, "precedences"))
    sessions = {1: set(range(morning)), 2: set(range(morning, slot_count)), 3: set(range(slot_count))}
    meetings = []
    for index, (a, b, session) in enumerate(requested):
        allowed = sessions[session] - forbidden[a - 1] - forbidden[b - 1]
        if index < len(fixed) and fixed[index] > 0:
            allowed &= {fixed[index] - 1}
        meetings.append(ConfirmedMeeting((a - 1, b - 1), frozenset(allowed)))
    precedences = tuple(
        (earlier - 1, later)
        for later, before in enumerate(precedence_sets)
        for earlier in before
        if earlier > 0
    )
    return ConfirmedInstance(
        slot_count=slot_count,
        table_count=_int(text, "nTables"),
        participant_count=participants,
        meetings=tuple(meetings),
        precedences=precedences,
        fairness=fairness,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--fairness", type=int, default=2)
    parser.add_argument(
        "--portfolio",
        default=",".join(PORTFOLIO),
        help="CP-SAT subsolvers, one worker each (default: %(default)s)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = args.files or sorted(DATA.glob("*.dzn"))
    if not args.json:
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"time limit {args.time_limit:g} s per instance, fairness d = {args.fairness}")
        print(f"CP-SAT workers: {args.portfolio}")
        print(
            f"{'instance':16} {'parts':>5} {'meets':>5} {'slots':>5} {'status':>8} {'breaks':>6} "
            f"{'bound':>5} {'known':>5} {'seconds':>7}"
        )
    proven = 0
    for path in files:
        name = path.name.split(".")[0]
        instance = read_dzn(path, args.fairness)
        result = solve_confirmed(instance, time_limit=args.time_limit, portfolio=args.portfolio.split(","))
        if result.slots:
            problems = validate_confirmed(instance, result.slots)
            if problems or sum(count_breaks(instance, result.slots)) != result.breaks:
                sys.exit(f"{name}: invalid timetable: {problems[:3]}")
        proven += result.status == "OPTIMAL"
        if args.json:
            record = {
                "instance": name,
                "status": result.status,
                "objective": result.breaks,
                "bound": result.bound,
                "seconds": round(result.seconds, 3),
            }
            print(json.dumps(record), flush=True)
        else:
            known = KNOWN_OPTIMUM.get(name, "-")
            breaks = "-" if result.breaks is None else result.breaks
            size = f"{instance.participant_count:>5} {len(instance.meetings):>5} {instance.slot_count:>5}"
            print(
                f"{name:16} {size} {result.status:>8} {breaks:>6} {result.bound:>5} {known:>5} "
                f"{result.seconds:>7.2f}",
                flush=True,
            )
    if not args.json:
        print(f"proven optimal: {proven} of {len(files)}")


if __name__ == "__main__":
    main()
