"""Times the organisations page on a large event: showing it, typing in the search, the filters, sorting.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/organisations_page.py [--organisations N]

The event is the brokerage event of ``generated_events.py`` (1,000 organisations, 1 to 3 people each) with
groups, countries, interests and accented names added, and 4 meetings per organisation on average. Each
figure is GUI time, the widget repainted (offscreen) included; the page's budget is 100 ms for each.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated_events import brokerage

from app.domain import Event, Meeting
from app.ui.app import application
from app.ui.organisations_page import OrganisationsPage
from app.ui.session import EventSession

COUNTRIES = ("Norway", "China", "Spain", "Sweden", "Germany", "Denmark", "Finland", "Iceland", "Poland")
INTERESTS = (
    "ports",
    "offshore wind",
    "hydrogen",
    "subsea",
    "logistics",
    "aquaculture",
    "healthcare",
    "robots",
)
PLACES = ("Tromsø", "Ålesund", "Bodø", "Málaga", "Göteborg", "Qingdao", "Kraków", "Reykjavík", "Århus")


def large_event(organisations: int, seed: int = 1) -> Event:
    rng = random.Random(seed)
    base = brokerage(seed, organisations, requests=organisations * 6)
    orgs = tuple(
        dataclasses.replace(
            o,
            name=f"{rng.choice(PLACES)} {o.name} AS",
            group=rng.choice(("Host", "Visitor", "Investor")),
            country=rng.choice(COUNTRIES),
            interests=tuple(rng.sample(INTERESTS, rng.randint(1, 3))),
        )
        for o in base.organisations
    )
    people = {o.id: [p.id for p in base.participants_by_organisation[o.id]] for o in orgs}
    meetings = []
    for number in range(organisations * 2):
        a, b = rng.sample(range(1, organisations + 1), 2)
        slot = base.slots[number % len(base.slots)].id
        table = base.tables[number % len(base.tables)].id
        meetings.append(Meeting(number + 1, slot, table, (a, b), (people[a][0], people[b][0])))
    return dataclasses.replace(base, organisations=orgs, meetings=tuple(meetings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    args = parser.parse_args()
    app = application()
    event = large_event(args.organisations)
    page = OrganisationsPage(EventSession())
    page.resize(1280, 800)
    page.show()
    app.processEvents()

    def timed(what: str, action: Callable[[], object]) -> None:
        started = time.perf_counter()
        action()
        app.processEvents()
        page.repaint()
        print(f"{what:44} {1000 * (time.perf_counter() - started):7.1f} ms")

    print(
        f"{len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.meetings)} meetings"
    )
    timed("set_event (first: columns fitted)", lambda: page.set_event(event))
    page.select_organisation(event.organisations[10].id)
    edited = dataclasses.replace(event, organisations=(*event.organisations,))
    timed("set_event (after an edit)", lambda: page.set_event(edited))
    for text in ("t", "tr", "tro", "trom", "troms", "tromso", "tromso 1", "tromso 12", ""):
        timed(f"search {text!r}", lambda text=text: page.search.setText(text))
    timed("group filter", lambda: page.group_filter.setCurrentIndex(1))
    timed("country filter", lambda: page.country_filter.setCurrentIndex(2))
    timed("interest filter", lambda: page.interest_filter.setCurrentIndex(3))
    timed("no meetings yet", lambda: page.without_meetings.setChecked(True))
    timed("clear filters", page.clear_filters)
    timed(
        "sort by name", lambda: page.view.sortByColumn(0, page.view.horizontalHeader().sortIndicatorOrder())
    )
    timed("search 'ålesund' while sorted", lambda: page.search.setText("ålesund"))
    timed("set_event while sorted and searched", lambda: page.set_event(event))


if __name__ == "__main__":
    main()
