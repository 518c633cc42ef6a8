"""Generated events for the select-mode scheduler: a large open brokerage event and a delegation day.

    .venv/bin/python benchmarks/generated_events.py [--time-limit S] [--kind brokerage|delegation|both]

Brokerage: 1,000 organisations (1 to 3 people each), 6,000 requests (a third of them returned, so mutual),
2 days x 16 slots, 150 tables. Delegation: 8 delegation companies and 18 hosts, 12 slots, 12 tables, three
interpreters for the meetings whose sides share no language.
Prints, per event: size, time to the first valid timetable, the final status, objective, bound and gap.
The same seed gives the same event.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import time
from datetime import date
from datetime import time as clock

from app.domain import (
    Event,
    EventDay,
    EventSettings,
    Interpreter,
    Interpreting,
    MeetingRequest,
    Organisation,
    Participant,
    Priority,
    Tier,
    build_slots,
    build_tables,
)
from app.scheduler import SolveOptions, SolveProgress, build_instance, figures, solve, validate
from app.scheduler.fairness import fair_start
from app.scheduler.gaps import count_gaps


def brokerage(seed: int = 1, organisations: int = 1000, requests: int = 6000) -> Event:
    rng = random.Random(seed)
    days = tuple(EventDay(date(2026, 10, 6 + d), clock(9), clock(17, 0)) for d in range(2))
    settings = EventSettings(
        name="Open brokerage event",
        days=days,
        meeting_minutes=25,
        pause_minutes=5,
        table_count=150,
        max_meetings=None,
    )
    orgs = tuple(Organisation(i, f"Company {i}", group="", country="") for i in range(1, organisations + 1))
    people: list[Participant] = []
    for org in orgs:
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            people.append(Participant(len(people) + 1, org.id, f"Person {len(people) + 1}"))
    # Popularity follows a long tail: some companies are wished for far more often than others.
    weights = [1 / (rank**0.6) for rank in range(1, organisations + 1)]
    rng.shuffle(weights)
    wishes: dict[tuple[int, int], Priority] = {}
    while len(wishes) < requests:
        a = rng.randrange(1, organisations + 1)
        b = rng.choices(range(1, organisations + 1), weights)[0]
        if a == b or (a, b) in wishes:
            continue
        priority = rng.choice(
            (Priority.MUST_MEET, Priority.WOULD_LIKE, Priority.WOULD_LIKE, Priority.IF_TIME_ALLOWS)
        )
        wishes[(a, b)] = priority
        if rng.random() < 1 / 3 and len(wishes) < requests and (b, a) not in wishes:
            wishes[(b, a)] = Priority.WOULD_LIKE
    return _event(settings, orgs, tuple(people), wishes)


def delegation(seed: int = 1) -> Event:
    rng = random.Random(seed)
    settings = EventSettings(
        name="Delegation day",
        days=(EventDay(date(2026, 6, 9), clock(13), clock(18, 0)),),
        meeting_minutes=20,
        pause_minutes=5,
        table_count=12,
    )
    # Half the delegation speaks English besides Chinese, most hosts English besides Norwegian: the other
    # meetings need one of the three interpreters.
    delegates = tuple(
        Organisation(i, f"Delegation {i}", group="Delegation", languages=("Chinese", "English")[: 1 + i % 2])
        for i in range(1, 9)
    )
    hosts = tuple(
        Organisation(i, f"Host {i}", group="Host", languages=("Norwegian", "English")[: 1 + (i % 4 != 0)])
        for i in range(9, 27)
    )
    people: list[Participant] = []
    for org in delegates + hosts:
        for _ in range(rng.randint(3, 6) if org.group == "Delegation" else rng.randint(1, 2)):
            people.append(Participant(len(people) + 1, org.id, f"Person {len(people) + 1}"))
    wishes: dict[tuple[int, int], Priority] = {}
    for d in delegates:
        for h in rng.sample(hosts, 7):
            wishes[(d.id, h.id)] = rng.choice((Priority.MUST_MEET, Priority.WOULD_LIKE))
            if rng.random() < 0.5:
                wishes[(h.id, d.id)] = Priority.WOULD_LIKE
    interpreters = (
        Interpreter(1, "Interpreter 1", ("Chinese", "Norwegian", "English")),
        Interpreter(2, "Interpreter 2", ("Chinese", "English"), available_from=clock(14)),
        Interpreter(3, "Interpreter 3", ("Chinese", "Norwegian"), available_until=clock(16)),
    )
    return _event(settings, delegates + hosts, tuple(people), wishes, interpreters)


def _event(
    settings: EventSettings,
    orgs: tuple[Organisation, ...],
    people: tuple[Participant, ...],
    wishes: dict[tuple[int, int], Priority],
    interpreters: tuple[Interpreter, ...] = (),
) -> Event:
    return Event(
        settings=settings,
        organisations=orgs,
        participants=people,
        requests=tuple(MeetingRequest(a, b, p) for (a, b), p in wishes.items()),
        slots=build_slots(settings),
        tables=build_tables(settings),
        interpreters=interpreters,
    )


def run(name: str, event: Event, time_limit: float) -> None:
    started = time.perf_counter()
    instance = build_instance(event)
    built = time.perf_counter() - started
    trace: list[SolveProgress] = []

    result = solve(instance, SolveOptions(time_limit=time_limit), trace.append)
    total = time.perf_counter() - started
    problems = validate(instance, result.meetings)
    gap = (
        f"{100 * (result.bound - result.objective) / result.bound:.4f} %"
        if result.bound and result.objective is not None
        else "-"
    )
    within = next(
        (
            p.elapsed
            for p in trace
            if p.tier is Tier.REQUESTS
            and p.objective is not None
            and p.bound
            and (p.bound - p.objective) <= 0.01 * p.bound
        ),
        None,
    )
    print(
        f"{name:11} orgs {len(event.organisations):5}  requests {len(event.requests):5}  "
        f"slots {len(event.slots):3}  tables {len(event.tables):3}  candidates {len(instance.candidates):5}"
    )
    print(f"{'':11} preprocessing {built:.2f} s, status {result.status} after {total:.2f} s in all")
    print(
        f"{'':11} meetings {len(result.meetings)}, objective {result.objective}, bound {result.bound}, "
        f"gap {gap}, valid {'yes' if not problems else 'NO'}"
    )
    counted = figures(instance, result.meetings)
    start_gaps = sum(count_gaps(instance, fair_start(instance)).values())
    print(
        f"{'':11} idle gaps {counted.idle_gaps} (greedy start {start_gaps}, at most {counted.most_idle_gaps} "
        f"for one organisation), table changes {counted.table_changes}"
    )
    tiers_done = {}
    for p in trace:
        tiers_done[p.tier] = p
    print(
        f"{'':11} last report per tier: "
        + "; ".join(
            f"{tier} {p.objective:g} (bound {p.bound:g}) at {p.elapsed:.2f} s"
            for tier, p in tiers_done.items()
            if p.objective is not None and p.bound is not None
        )
    )
    held = {org for m in result.meetings for org in m.organisation_ids}
    asked = {org for r in event.requests for org in (r.requester_id, r.requested_id)}
    print(
        f"{'':11} fairness level {result.worst_off}, organisations that asked but have no meeting "
        f"{len(asked - held)}, meetings with an interpreter "
        f"{sum(1 for m in result.meetings if m.interpreter_id is not None)}"
    )
    first_seen = next(
        (p for p in trace if p.tier is Tier.REQUESTS and p.objective is not None and p.bound), None
    )
    if first_seen is not None and first_seen.bound and first_seen.objective is not None:
        first_gap = 100 * (first_seen.bound - first_seen.objective) / first_seen.bound
        print(
            f"{'':11} requests: first timetable after {first_seen.elapsed:.2f} s of solving, "
            f"{first_gap:.3f} % off the bound"
            + (f"; within 1 % after {within:.2f} s" if within is not None else "")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--kind", choices=("brokerage", "delegation", "both"), default="both")
    parser.add_argument(
        "--interpreting",
        choices=[m.value for m in Interpreting],
        default=Interpreting.REQUIRED.value,
        help="the delegation day's rule for meetings without a shared language (default: required, which "
        "books every interpreter in every slot)",
    )
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.kind in ("delegation", "both"):
        day = delegation()
        rule = Interpreting(args.interpreting)
        day = dataclasses.replace(day, settings=dataclasses.replace(day.settings, interpreting=rule))
        run(f"delegation ({rule})", day, args.time_limit)
    if args.kind in ("brokerage", "both"):
        run("brokerage", brokerage(), args.time_limit)


if __name__ == "__main__":
    main()
