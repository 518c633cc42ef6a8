"""Suggested pairs and the request matrix on a large event.

    .venv/bin/python benchmarks/suggestions.py [--organisations N]

The 1,000-organisation brokerage of ``generated_events.py`` (6,000 requests), given groups, countries and
two to five interests each, written the way registrations write them ('Offshore wind', 'offshore-wind
energy', 'Offshore Wind'). Prints the time of each step the requests page runs, best of three.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time
from collections.abc import Callable

from generated_events import brokerage

from app.domain import Event
from app.domain.interests import InterestMatcher
from app.domain.wishes import request_matrix, wishes_by_organisation
from app.services.suggestions import suggest_pairs

TOPICS = (
    ("Offshore wind", "offshore-wind energy", "Offshore Wind"),
    ("Hydrogen", "green hydrogen", "Hydrogen production"),
    ("Energy storage", "energy-storage", "Batteries"),
    ("Ports", "port logistics", "Harbours"),
    ("Digitalisation", "digitalization", "Digital twins"),
    ("Smart manufacturing", "Smart Manufacturing", "Industry 4.0"),
    ("Automation", "robotics", "Robotics & automation"),
    ("Subsea", "subsea engineering", "ROV"),
    ("Carbon capture", "CCS", "carbon capture and storage"),
    ("Aquaculture", "fish farming", "Aquaculture technology"),
    ("Medical devices", "medical device", "Healthcare"),
    ("Tunnels", "bridges", "Transport infrastructure"),
    ("Materials", "advanced materials", "Composites"),
    ("Maritime", "shipping", "Maritime services"),
    ("Energy transition", "energy-transition", "Energiomstilling"),
    ("Smart city", "smart cities", "Urban mobility"),
    ("Oil and gas", "oil & gas", "Petroleum"),
    ("Solar", "solar power", "Photovoltaics"),
    ("Cybersecurity", "cyber security", "IT security"),
    ("Food", "seafood", "Food processing"),
)
GROUPS = ("Buyers", "Suppliers", "Research", "Public sector")
COUNTRIES = ("Norway", "China", "Spain", "Germany", "Denmark", "Netherlands", "")


def event_with_interests(organisations: int, seed: int = 1) -> Event:
    event = brokerage(seed, organisations=organisations, requests=6 * organisations)
    rng = random.Random(seed)
    orgs = tuple(
        dataclasses.replace(
            org,
            group=rng.choice(GROUPS),
            country=rng.choice(COUNTRIES),
            interests=tuple(rng.choice(topic) for topic in rng.sample(TOPICS, rng.randint(2, 5))),
        )
        for org in event.organisations
    )
    settings = dataclasses.replace(event.settings, across_groups_only=True)
    return dataclasses.replace(event, organisations=orgs, settings=settings)


def best_of(step: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--organisations", type=int, default=1000)
    args = parser.parse_args()
    event = event_with_interests(args.organisations)
    suggestions = suggest_pairs(event)
    print(f"{len(event.organisations)} organisations, {len(event.requests)} requests")
    print(f"{'step':<44} {'seconds':>8}")
    for name, step in (
        ("wishes by organisation", lambda: wishes_by_organisation(dataclasses.replace(event))),
        ("request matrix (group x group)", lambda: request_matrix(event)),
        ("interest matcher (vocabulary compared)", lambda: InterestMatcher(event.organisations)),
        ("pairs sharing an interest", lambda: InterestMatcher(event.organisations).pairs()),
        ("suggest_pairs (whole)", lambda: suggest_pairs(event)),
    ):
        print(f"{name:<44} {best_of(step):8.3f}")
    print(f"{len(suggestions)} suggestions; the first: {suggestions[0] if suggestions else None}")


if __name__ == "__main__":
    main()
