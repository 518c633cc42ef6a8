"""Times a re-plan on the day of the 1,000-organisation event. Prints one table.

    .venv/bin/python benchmarks/replan.py [--plan-seconds S] [--absent 0.05] [--walk-ins 10] [--repeat N]

The brokerage event (benchmarks/generated_events.py) is planned first (the planner's time limit is
``--plan-seconds``); then 5 % of the people are marked absent from the day's start, 10 walk-in organisations
with wishes are registered, and the day is re-planned at 12:00 on the first day: with no moves allowed and
with 20, quiet and with a second process burning one core. Each row: the seconds to build the event's
scheduling instance (the window keeps it per stored event; the command line builds it), the seconds of the
re-plan itself, meetings cancelled, added, changed (moved, or kept with other people), unchanged, whether the
fill is proven best, and what the validator found.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import random
import time
from datetime import datetime

from generated_events import brokerage

from app.domain import Attendance, Event, MeetingRequest, Organisation, Participant, Priority
from app.scheduler import SolveOptions, build_instance, solve
from app.scheduler.replan import replan


def planned(seconds: float) -> Event:
    event = brokerage()
    result = solve(build_instance(event), SolveOptions(time_limit=seconds))
    return dataclasses.replace(event, meetings=result.meetings)


def on_the_day(event: Event, absent: float, walk_ins: int, seed: int = 7) -> Event:
    """Some people absent all day, some walk-in organisations with a person each and three wishes."""
    rng = random.Random(seed)
    start = min(s.start for s in event.slots)
    gone = rng.sample(list(event.participants), round(absent * len(event.participants)))
    attendance = tuple(Attendance(p.id, absent_from=start) for p in gone)
    org_id = max(o.id for o in event.organisations)
    person_id = max(p.id for p in event.participants)
    orgs, people, wishes = [], [], []
    for n in range(1, walk_ins + 1):
        orgs.append(Organisation(org_id + n, f"Walk-in {n}", walk_in=True))
        people.append(Participant(person_id + n, org_id + n, f"Walk-in person {n}", walk_in=True))
        for partner in rng.sample(list(event.organisations), 3):
            wishes.append(MeetingRequest(org_id + n, partner.id, Priority.MUST_MEET))
    return dataclasses.replace(
        event,
        organisations=event.organisations + tuple(orgs),
        participants=event.participants + tuple(people),
        requests=event.requests + tuple(wishes),
        attendance=attendance,
    )


def burn(stop: multiprocessing.synchronize.Event) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan-seconds", type=float, default=30.0)
    parser.add_argument("--absent", type=float, default=0.05)
    parser.add_argument("--walk-ins", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    clock = time.perf_counter()
    event = on_the_day(planned(args.plan_seconds), args.absent, args.walk_ins)
    first_day = min(s.start for s in event.slots).date()
    now = datetime.combine(first_day, datetime.min.time()).replace(hour=12)
    print(
        f"Event: {len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.meetings)} meetings planned in {time.perf_counter() - clock:.0f} s; "
        f"{len(event.attendance)} people absent, {args.walk_ins} walk-ins; re-plan at {now:%Y-%m-%d %H:%M}; "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'load':<10}{'moves':>6}{'instance':>9}{'seconds':>9}{'cancelled':>11}{'added':>7}{'changed':>8}"
        f"{'unchanged':>10}"
        f"{'proven':>8}{'problems':>10}"
    )
    for busy in (False, True):
        stop = multiprocessing.Event()
        burner = multiprocessing.Process(target=burn, args=(stop,)) if busy else None
        if burner is not None:
            burner.start()
        try:
            for allow in (0, 20):
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    base = build_instance(event)
                    built = time.perf_counter() - started
                    started = time.perf_counter()
                    result = replan(event, now, allow_moves=allow, base=base)
                    seconds = time.perf_counter() - started
                    c = result.changes
                    print(
                        f"{'one busy' if busy else 'quiet':<10}{allow:>6}{built:>9.2f}{seconds:>9.2f}"
                        f"{len(c.cancelled):>11}"
                        f"{len(c.added):>7}{len(c.moved):>8}{c.unchanged:>10}{result.proven_best!s:>8}"
                        f"{len(result.problems):>10}"
                    )
        finally:
            stop.set()
            if burner is not None:
                burner.join()


if __name__ == "__main__":
    main()
