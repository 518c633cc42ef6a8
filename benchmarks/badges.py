"""Times writing every badge of a large event on each badge layout. Prints a table.

    .venv/bin/python benchmarks/badges.py [--organisations N] [--people N] [--layout NAME] [--repeat N]

The event: 1,000 organisations (delegations, hosts, investors, press, organisers) and 1,500 people, ten of
them interpreters; names in Chinese with their Latin spelling, Norwegian and Spanish, every one with a
check-in code. Each layout is timed cold (QR codes and fitted text computed afresh, as in a fresh
MeetGrid) and warm (all of it remembered from the run before, as when the same badges are printed again).
The first layout's cold run also loads the fonts. Target: at most 10 s a layout, cold. The same seed gives
the same event.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from app.documents.badges import badge_layouts, find_layout, write_badges
from app.documents.catalogue import PrintOptions
from app.documents.pdf import _qr_path, fit_text, qr_modules
from app.domain import Event, EventDay, EventSettings, Interpreter, Organisation, Participant
from app.domain.codes import new_code

CHINESE = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"),
]  # fmt: skip
GIVEN = [
    ("伟", "Wei"), ("娜", "Na"), ("海涛", "Haitao"), ("晓明", "Xiaoming"), ("静", "Jing"), ("强", "Qiang"),
    ("丽华", "Lihua"), ("建国", "Jianguo"),
]  # fmt: skip
NORWEGIAN = ["Bjørn Økland", "Åse Nærland", "Kåre Sæther", "Solveig Håland", "Øystein Ødegård", "Ingrid Bø"]
SPANISH = ["Íñigo Muñoz", "María José Castellanos-Villanueva", "José Ángel Peña", "Nuria Ibáñez Sáez"]
COMPANIES = [
    ("Qingdao Harbour Engineering", "青岛港湾工程", "China"),
    ("Jinan Smart Works", "济南智造", "China"),
    ("Sørvest Havn AS", "", "Norway"),
    ("Nordsjø Automasjon AS", "", "Norway"),
    ("Energía Levante S.L.", "", "Spain"),
    ("Construcciones y Montajes Industriales del Mediterráneo S.A.", "", "Spain"),
]
GROUPS = ["Delegation", "Host", "Host", "Investor", "Press", "Organiser"]


def large_event(organisations: int = 1000, people: int = 1500, seed: int = 1) -> Event:
    """A large event with names in two scripts and check-in codes, the same for the same seed."""
    rng = random.Random(seed)
    settings = EventSettings(
        name="Shandong–Rogaland B2B day",
        days=(EventDay(date(2026, 6, 9), clock(9), clock(17)),),
        venue="Innovation Park, Stavanger",
    )
    orgs = []
    for number in range(1, organisations + 1):
        name, local, country = rng.choice(COMPANIES)
        orgs.append(Organisation(number, f"{name} {number}", local, rng.choice(GROUPS), country))
    interpreters = 10
    owners = [org.id for org in orgs] + [
        rng.randrange(1, organisations + 1) for _ in range(people - interpreters - organisations)
    ]
    owners.sort()
    taken: set[str] = set()
    participants = []
    for number, owner in enumerate(owners, start=1):
        country = orgs[owner - 1].country
        if country == "China":
            (family, latin_family), (given, latin_given) = rng.choice(CHINESE), rng.choice(GIVEN)
            name = f"{family}{given} {latin_family} {latin_given}"
        else:
            name = rng.choice(NORWEGIAN if country == "Norway" else SPANISH)
        fresh = new_code(taken, rng.choice)
        taken.add(fresh)
        participants.append(Participant(number, owner, name, code=fresh))
    staff = []
    for number in range(1, interpreters + 1):
        fresh = new_code(taken, rng.choice)
        taken.add(fresh)
        staff.append(Interpreter(number, f"Interpreter {number} 翻译", ("Chinese", "Norwegian"), code=fresh))
    return Event(settings, tuple(orgs), tuple(participants), interpreters=tuple(staff))


def measure(event: Event, layout: str, folder: Path, *, cold: bool) -> tuple[float, float]:
    """Seconds to write the badges, and the file's size in MB."""
    if cold:  # as in a fresh MeetGrid: no QR code and no fitted text remembered
        qr_modules.cache_clear()
        _qr_path.cache_clear()
        fit_text.cache_clear()
    path = folder / f"{layout}.pdf"
    started = time.perf_counter()
    write_badges(event, path, PrintOptions(layout=layout))
    return time.perf_counter() - started, path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--people", type=int, default=1500)
    parser.add_argument("--layout", default="", help="one layout only (default: every layout)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    event = large_event(args.organisations, args.people)
    badges = len(event.participants) + len(event.interpreters)
    layouts = [find_layout(args.layout)] if args.layout else list(badge_layouts())
    print(f"MeetGrid badges: {len(event.organisations)} organisations, {badges} badges")
    print(
        f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start"
    )
    print()
    print(f"{'layout':<18} {'pages':>6} {'cold s':>8} {'warm s':>8} {'badges/s':>9} {'MB':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for layout in layouts:
            for _ in range(args.repeat):
                cold, size = measure(event, layout.name, Path(folder), cold=True)
                warm, _ = measure(event, layout.name, Path(folder), cold=False)
                pages = -(-badges // layout.per_sheet)
                figures = f"{pages:>6} {cold:>8.2f} {warm:>8.2f} {badges / cold:>9.0f} {size:>6.1f}"
                print(f"{layout.name:<18} {figures}")
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end; target: at most 10 s a layout, cold")


if __name__ == "__main__":
    main()
