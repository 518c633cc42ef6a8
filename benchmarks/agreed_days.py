"""Agreed meetings on whole events: every agreed meeting placed, how fast, with how many idle gaps.

    .venv/bin/python benchmarks/agreed_days.py [--time-limit S] [--busy] [--kind delegation|brokerage|all]

A platform's organisers agree meetings that can take place; here the agreed meetings of each event are the
pairs a first plan met (so every one can be held), planned again in agreed mode. Also the whole of the
requests as agreed, which cannot all be held: the time until MeetGrid says why. Per event: the agreed
meetings, the planner's route (the engine of agreed meetings, or the full planner), the time to the result,
its status, the idle gaps against those of the first plan, and the first reasons when none is possible.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sys
import time
from pathlib import Path

from app.domain import Event, MeetingRequest
from app.scheduler import SolveOptions, build_instance, solve, validate
from app.scheduler.agreed_engine import engine_view

sys.path.insert(0, str(Path(__file__).parent))
from generated_events import brokerage, delegation
from paper import busy


def agreed_day(event: Event, met: set[tuple[int, int]]) -> Event:
    """The event with the met pairs as its only requests, every one agreed."""
    requests = tuple(MeetingRequest(a, b, agreed=True) for a, b in sorted(met))
    settings = dataclasses.replace(event.settings, agreed=True)
    return dataclasses.replace(event, requests=requests, settings=settings, meetings=())


def measure(name: str, event: Event, time_limit: float) -> None:
    first = solve(build_instance(event), SolveOptions(time_limit=time_limit))
    met = {m.organisation_ids for m in first.meetings}
    for label, day in (
        ("met pairs agreed", agreed_day(event, met)),
        (
            "every request agreed",
            dataclasses.replace(event, settings=dataclasses.replace(event.settings, agreed=True)),
        ),
    ):
        instance = build_instance(day)
        route = "engine" if engine_view(instance) is not None else "planner"
        started = time.monotonic()
        result = solve(instance, SolveOptions(time_limit=time_limit))
        seconds = time.monotonic() - started
        if result.has_schedule:
            assert validate(instance, result.meetings) == [], "an invalid timetable"
        held = f"{len(result.meetings)}/{len(instance.agreed)}"
        gaps = "-" if result.idle_gaps is None else str(result.idle_gaps)
        print(
            f"{name:11} {label:21} {route:8} {held:>11} {seconds:8.2f} {result.status:>10} {gaps:>6} "
            f"{first.idle_gaps if first.idle_gaps is not None else '-':>6}",
            flush=True,
        )
        for conflict in result.conflicts[:3]:
            print(f"    {conflict[:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--busy", action="store_true", help="a second process burns one core meanwhile")
    parser.add_argument("--kind", choices=("delegation", "brokerage", "all"), default="all")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"time limit {args.time_limit:g} s per plan; {'one core busy' if args.busy else 'quiet'}")
    print(
        f"{'event':11} {'agreed':21} {'route':8} {'held':>11} {'seconds':>8} {'status':>10} "
        f"{'gaps':>6} {'first':>6}"
    )
    with busy(args.busy):
        if args.kind in ("delegation", "all"):
            measure("delegation", delegation(), args.time_limit)
        if args.kind in ("brokerage", "all"):
            measure("brokerage", brokerage(), args.time_limit)


if __name__ == "__main__":
    main()
