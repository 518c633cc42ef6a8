"""Solves the JAIR business-to-business meeting instances in confirmed mode and prints a table.

    .venv/bin/python benchmarks/b2b_jair.py [--time-limit S] [--fairness D] [--shuffle SEED] [--busy]
        [--without-kissat] [--json] [FILES or FOLDERS...]

Without FILES, every instance in ../shared/benchmarks/b2b-jair/ is solved; a folder stands for every .dzn
in it (such as the variants written by ``jair_variants.py``). Each instance: every listed meeting must be
placed; the total number of breaks is minimised with fairness d (default 2). Each row is named by its file
(without ``.original.dzn`` or ``.dzn``); with ``--shuffle SEED``, participants and meetings are first
renumbered by a seeded permutation (same optimum) and the name gets ``~sSEED``. ``--busy`` keeps a second
process burning one core meanwhile; ``--without-kissat`` solves as if Kissat were not installed (CaDiCaL
answers the SAT questions). At the end, the counts by status and, for variants, a table by kind. With
--json, one JSON object per line with keys instance, file, kind, shuffle, status, objective, bound,
seconds, conflicts.

Every timetable is re-checked by ``validate_confirmed``; a wrong timetable, or an original instance with a
known optimum said to be impossible or optimal at another value, stops the run with an error. A file that
cannot be read: one ``error:`` line and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jair_dzn import DznError, JairData, read_jair, shuffled
from jair_variants import DATA, base_name

from app.scheduler import confirmed_sat
from app.scheduler.confirmed import (
    PORTFOLIO,
    ConfirmedInstance,
    ConfirmedResult,
    count_breaks,
    solve_confirmed,
    validate_confirmed,
)

# Optimal total breaks with d = 2, from the paper.
KNOWN_OPTIMUM = {
    "forum-13": 0, "tic-12": 0, "tic-12crafc": 0, "tic-13": 0, "tic-13crafb": 0, "tic-14crafa": 0,
    "tic-14crafc": 0, "tic-14crafd": 0, "ticf-13crafa": 0, "ticf-14crafa": 0, "forum-13crafc": 1,
    "ticf-13crafc": 1, "forum-14": 2, "ticf-13crafb": 3, "forumt-14crafd": 4, "tic-13crafc": 4,
    "forumt-14": 5, "forumt-14crafc": 5, "forumt-14crafe": 5, "forum-13crafb": 6,
}  # fmt: skip

VARIANT = re.compile(r"^(?P<base>[^.]+)\.(?P<kind>[a-z]+-\d+)\.s\d+$")
"""A variant's name from ``jair_variants.py``: instance, kind and share, seed."""

STATUSES = ("OPTIMAL", "INFEASIBLE", "FEASIBLE", "UNKNOWN")


def read_dzn(path: Path, fairness: int | None = 2) -> ConfirmedInstance:
    """A JAIR instance (MiniZinc data, 1-based) as a confirmed-mode instance (0-based)."""
    return read_jair(path).instance(fairness)


@dataclass(frozen=True)
class Row:
    name: str
    kind: str | None
    """The variant's kind and share (``fixed-10``), None for an instance not from the generator."""
    known: int | None
    result: ConfirmedResult


def expand(paths: list[Path]) -> list[Path]:
    """Files as given, and every .dzn of each folder given."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.dzn")) if path.is_dir() else [path])
    return files


def _burn(parent: int) -> None:
    # Ctrl+C reaches the whole process group; the parent stops this process itself, without a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # And should the parent die without stopping it (a signal that skips its clean-up), it stops on its own.
    while os.getppid() == parent:
        for _ in range(1_000_000):
            pass


# paper.busy does the same, but importing paper brings in the documents and storage for nothing.
@contextmanager
def busy(on: bool) -> Iterator[int | None]:
    """With ``on``, a second process burns one core for as long as the block runs; yields its pid."""
    if not on:
        yield None
        return
    burner = multiprocessing.get_context("spawn").Process(target=_burn, args=(os.getpid(),), daemon=True)
    burner.start()
    try:
        yield burner.pid
    finally:
        burner.terminate()
        burner.join()


def sat_solver() -> str:
    """Which SAT solver answers the "at most k breaks?" questions, as the engine chooses it here."""
    tiny = ConfirmedInstance(1, 1, 2, (), fairness=0)
    questions = confirmed_sat.BoundQuestions(tiny, [0, 0], tables_by_meetings=False)
    return f"{questions.solver_name} ({questions.program})" if questions.program else questions.solver_name


def print_summary(rows: list[Row]) -> None:
    statuses = Counter(row.result.status for row in rows)
    print(", ".join(f"{status} {statuses[status]}" for status in STATUSES) + f" of {len(rows)}")
    kinds = sorted(
        {row.kind for row in rows if row.kind is not None},
        key=lambda kind: (kind.rpartition("-")[0], int(kind.rpartition("-")[2])),
    )
    if not kinds:
        return
    print(
        f"{'kind':16} {'variants':>8} {'decided':>7} {'optimal':>7} {'impossible':>10} {'open':>5} "
        f"{'slowest decided s':>17}"
    )
    for kind in kinds:
        mine = [row.result for row in rows if row.kind == kind]
        decided = [r for r in mine if r.status in ("OPTIMAL", "INFEASIBLE")]
        slowest = f"{max(r.seconds for r in decided):.2f}" if decided else "-"
        optimal = sum(r.status == "OPTIMAL" for r in mine)
        impossible = sum(r.status == "INFEASIBLE" for r in mine)
        print(
            f"{kind:16} {len(mine):>8} {len(decided):>7} {optimal:>7} {impossible:>10} "
            f"{len(mine) - len(decided):>5} {slowest:>17}"
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
    parser.add_argument(
        "--shuffle", type=int, metavar="SEED", help="renumber participants and meetings first"
    )
    parser.add_argument("--busy", action="store_true", help="burn one core in a second process meanwhile")
    parser.add_argument("--without-kissat", action="store_true", help="solve as if Kissat were not installed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = expand(args.files) if args.files else sorted(DATA.glob("*.dzn"))
    loaded: list[tuple[Path, JairData]] = []
    for path in files:
        try:
            loaded.append((path, read_jair(path)))
        except DznError as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            sys.exit(2)
    if args.without_kissat:
        # The engine asks kissat_path() in this process (BoundQuestions) and hands the choice to the solver
        # processes it starts; sat_solver() below reads that choice back.
        confirmed_sat.kissat_path = lambda: None
    solver = sat_solver()
    if args.without_kissat and "Kissat" in solver:
        sys.exit(f"--without-kissat did not reach the engine: {solver} answers")
    with busy(args.busy) as burner:
        if not args.json:
            print(
                f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
            )
            print(f"time limit {args.time_limit:g} s per instance, fairness d = {args.fairness}")
            print(f"CP-SAT workers: {args.portfolio}; SAT solver: {solver}")
            if burner is not None:
                print(f"busy: a second process (pid {burner}) burns one core throughout")
            if args.shuffle is not None:
                print(f"shuffled: participants and meetings renumbered with seed {args.shuffle}")
        rows: list[Row] = []
        try:
            solve_all(loaded, args, rows)
        except KeyboardInterrupt:
            # The engine has stopped its solver processes on the way out; the burner stops with the block.
            print(f"interrupted after {len(rows)} of {len(loaded)} instances", file=sys.stderr)
            if not args.json:
                print_summary(rows)
            sys.exit(130)
    if not args.json:
        print_summary(rows)


def solve_all(loaded: list[tuple[Path, JairData]], args: argparse.Namespace, rows: list[Row]) -> None:
    """Solves each instance in turn, adding its row to ``rows`` as soon as it is known."""
    width = max([16, *(len(base_name(path)) + 6 for path, _ in loaded)])
    if not args.json:
        print(
            f"{'instance':{width}} {'parts':>5} {'meets':>5} {'slots':>5} {'status':>10} {'breaks':>6} "
            f"{'bound':>5} {'known':>5} {'seconds':>7}"
        )
    for path, data in loaded:
        name = base_name(path)
        variant = VARIANT.match(name)
        known = KNOWN_OPTIMUM.get(name) if args.fairness == 2 else None
        if args.shuffle is not None:
            data = shuffled(data, args.shuffle)
            name = f"{name}~s{args.shuffle}"
        instance = data.instance(args.fairness)
        result = solve_confirmed(instance, time_limit=args.time_limit, portfolio=args.portfolio.split(","))
        rows.append(Row(name, variant["kind"] if variant else None, known, result))
        if args.json:
            record = {
                "instance": name,
                "file": str(path),
                "kind": variant["kind"] if variant else None,
                "shuffle": args.shuffle,
                "status": result.status,
                "objective": result.breaks,
                "bound": result.bound,
                "seconds": round(result.seconds, 3),
                "conflicts": len(result.conflicts),
            }
            print(json.dumps(record), flush=True)
        else:
            breaks = "-" if result.breaks is None else result.breaks
            size = f"{instance.participant_count:>5} {len(instance.meetings):>5} {instance.slot_count:>5}"
            print(
                f"{name:{width}} {size} {result.status:>10} {breaks:>6} {result.bound:>5} "
                f"{'-' if known is None else known:>5} {result.seconds:>7.2f}",
                flush=True,
            )
        check(name, instance, result, known)


def check(name: str, instance: ConfirmedInstance, result: ConfirmedResult, known: int | None) -> None:
    """Stops the run on a wrong timetable, or a proof that contradicts a published optimum."""
    if result.slots:
        problems = validate_confirmed(instance, result.slots)
        if problems or sum(count_breaks(instance, result.slots)) != result.breaks:
            sys.exit(f"{name}: invalid timetable: {problems[:3]}")
    if known is not None and result.status == "INFEASIBLE":
        sys.exit(f"{name}: said to be impossible, but its optimum is known to be {known} breaks")
    if known is not None and result.bound > known:
        sys.exit(f"{name}: proven to need at least {result.bound} breaks, but the known optimum is {known}")
    if known is not None and result.status == "OPTIMAL" and result.breaks != known:
        sys.exit(f"{name}: said to be optimal at {result.breaks} breaks, but the known optimum is {known}")


if __name__ == "__main__":
    main()
