"""Times each objective tier on the events where the idle-gaps tier is hardest. Prints one block per event.

    .venv/bin/python benchmarks/gaps_tier.py [--time-limit S] [--workers N] [--repeat N] [--kind ...]

Events: the generated delegation day (benchmarks/generated_events.py), the bundled sample with the settings
of ``make demo``, and the same sample without the break but with at least two meetings each and at most
two in a row. For every tier: when it ended, its value and its proven bound.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from generated_events import delegation

from app.domain import Break, Event
from app.paths import sample_workbook
from app.scheduler import SolveOptions, SolveProgress, build_instance, solve, validate
from app.services import event_setup, importing


def sample(with_break: bool) -> Event:
    settings = event_setup.make_settings(
        "Shandong–Rogaland B2B day",
        day=date(2026, 6, 9),
        start=clock(13),
        end=clock(17),
        breaks=[Break(clock(15), clock(15, 15), "Coffee")] if with_break else [],
        tables=12,
        min_meetings=None if with_break else 2,
        max_in_a_row=None if with_break else 2,
    )
    imported = importing.import_workbook(sample_workbook())
    with (
        tempfile.TemporaryDirectory() as folder,
        importing.create_event(Path(folder) / "event.meetgrid", settings, imported) as event_file,
    ):
        return event_file.load()


EVENTS = {
    "delegation": delegation,
    "sample": lambda: sample(True),
    "sample-rules": lambda: sample(False),
}


def run(name: str, event: Event, options: SolveOptions) -> str:
    instance = build_instance(event)
    trace: list[SolveProgress] = []
    started = time.perf_counter()
    result = solve(instance, options, trace.append)
    total = time.perf_counter() - started
    parts = []
    for tier in instance.tiers:
        seen = [p for p in trace if p.tier is tier]
        if not seen:
            parts.append(f"{tier.value}: -")
            continue
        last = seen[-1]
        closed = next((p.elapsed for p in seen if p.objective is not None and p.objective == p.bound), None)
        parts.append(
            f"{tier.value} {last.objective:g}/{last.bound if last.bound is None else f'{last.bound:g}'}"
            f" end {last.elapsed:.2f}s" + (f" proven {closed:.2f}s" if closed is not None else "")
        )
    valid = "valid" if not validate(instance, result.meetings) else "INVALID"
    return (
        f"{name:12} {result.status:9} {total:6.2f}s gaps {result.idle_gaps} objective {result.objective} "
        f"{valid} | " + " | ".join(parts)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=20260609)
    parser.add_argument("--kind", choices=(*EVENTS, "all"), default="all")
    args = parser.parse_args()
    kinds = list(EVENTS) if args.kind == "all" else [args.kind]
    for kind in kinds:
        event = EVENTS[kind]()
        for attempt in range(args.repeat):
            options = SolveOptions(time_limit=args.time_limit, workers=args.workers, seed=args.seed + attempt)
            print(run(kind, event, options), flush=True)


if __name__ == "__main__":
    main()
