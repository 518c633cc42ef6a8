"""Times the organisations page on a large event: showing it, typing in the search, the filters, sorting.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/organisations_page.py [--organisations N]

The event is the brokerage event of ``generated_events.py`` (1,000 organisations, 1 to 3 people each) with
groups, countries, interests and accented names added, and 4 meetings per organisation on average. Each
figure is GUI time, the widget repainted (offscreen) included, as the median and the worst of a few runs;
the page's budget is 100 ms for each.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
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


def steps(page: OrganisationsPage, event: Event) -> list[tuple[str, Callable[[], object]]]:
    edited = dataclasses.replace(event, organisations=(*event.organisations,))
    header = page.view.horizontalHeader()
    typed = [
        (f"search {text!r}", lambda text=text: page.search.setText(text))
        for text in ("t", "tr", "tro", "trom", "troms", "tromso", "tromso 1", "tromso 12", "")
    ]
    return [
        ("set_event (first: columns fitted)", lambda: page.set_event(event)),
        ("select an organisation", lambda: page.select_organisation(event.organisations[10].id)),
        ("set_event (after an edit)", lambda: page.set_event(edited)),
        *typed,
        ("group filter", lambda: page.group_filter.setCurrentIndex(1)),
        ("country filter", lambda: page.country_filter.setCurrentIndex(2)),
        ("interest filter", lambda: page.interest_filter.setCurrentIndex(3)),
        ("no meetings yet", lambda: page.without_meetings.setChecked(True)),
        ("clear filters", page.clear_filters),
        ("sort by name", lambda: page.view.sortByColumn(0, header.sortIndicatorOrder())),
        ("search 'ålesund' while sorted", lambda: page.search.setText("ålesund")),
        ("set_event while sorted and searched", lambda: page.set_event(event)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = application()
    event = large_event(args.organisations)
    times: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        page = OrganisationsPage(EventSession())
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        for what, action in steps(page, event):
            started = time.perf_counter()
            action()
            app.processEvents()
            page.repaint()
            times.setdefault(what, []).append(1000 * (time.perf_counter() - started))
        page.close()
        page.deleteLater()
    print(
        f"{len(event.organisations)} organisations, {len(event.participants)} people, "
        f"{len(event.meetings)} meetings; median and worst of {args.repeat} runs"
    )
    for what, measured in times.items():
        print(f"{what:40} {statistics.median(measured):7.1f} ms {max(measured):7.1f} ms")


if __name__ == "__main__":
    main()
