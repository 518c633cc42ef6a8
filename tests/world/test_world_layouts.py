"""Registrations as the world writes them read to the same event, and the plan of that event is good.

Every layout of ``layouts.py`` (form responses, a ticketing export, a platform's export, a hand-kept sheet,
CSV in several encodings), with headers in English, Norwegian, Spanish and Chinese, is imported through the
same core function the command line uses and compared with the canonical workbook (the MeetGrid template) of
the same event: organisations (names, local names, groups, countries, languages), people (names,
organisation, e-mail, title, languages) and wishes (requester, requested, priority). A layout that cannot
carry a field compares all but that field (``Layout.lacks``): form responses, the ticketing export and the
platform's export have no priorities; the ticketing export has no local names; a Windows-1252 file cannot
hold Chinese script, so its names are compared without it.

The plan is compared with an upper bound on the value of the wishes that can be met, computed here by a small
model of its own (CP-SAT used directly): never with the planner's own figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain import Registrations
from app.domain.model import language_key
from app.reading.results import ImportOptions, ImportResult
from app.services import importing
from world.bound import pair_weights, upper_bound
from world.events import EVENTS, WorldEvent
from world.layouts import LANGUAGE_WORDS, LAYOUT_BY_NAME, Layout, corpus, latin_only
from world.plans import plan_day
from world.samples import SAMPLES, WORLD_SAMPLES

EVENT_BY_KEY = {e.key: e for e in EVENTS}


@dataclass(frozen=True)
class Reading:
    """What an import says about an event, keyed by names so that ids do not matter."""

    organisations: Mapping[str, tuple[str, str, str, frozenset[str]]]
    """name -> (local name, group, country, languages of the organisation and its people)"""
    people: Mapping[tuple[str, str], tuple[str, str, frozenset[str]]]
    """(organisation, name) -> (e-mail, title, languages)"""
    wishes: Mapping[tuple[str, str], int]
    """(requester, requested) -> priority"""

    def without(self, lacks: frozenset[str]) -> Reading:
        """The reading as a layout that cannot carry ``lacks`` can show it."""
        orgs = {
            name: ("" if "local_name" in lacks else local, group, country, spoken)
            for name, (local, group, country, spoken) in self.organisations.items()
        }
        people = {
            (org, latin_only(name) if "chinese_script" in lacks else name): details
            for (org, name), details in self.people.items()
        }
        wishes = {pair: 0 if "priority" in lacks else p for pair, p in self.wishes.items()}
        return Reading(orgs, people, wishes)


def keys(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(language_key(x) for x in languages)


def reading_of(registrations: Registrations) -> Reading:
    org_name = {o.id: o.name for o in registrations.organisations}
    spoken: dict[int, set[str]] = {o.id: set(keys(o.languages)) for o in registrations.organisations}
    for person in registrations.participants:
        spoken[person.organisation_id] |= keys(person.languages)
    return Reading(
        {
            o.name: (o.local_name, o.group, o.country, frozenset(spoken[o.id]))
            for o in registrations.organisations
        },
        {
            (org_name[p.organisation_id], p.name): (p.email, p.title, keys(p.languages))
            for p in registrations.participants
        },
        {
            (org_name[r.requester_id], org_name[r.requested_id]): int(r.priority)
            for r in registrations.requests
        },
    )


def expected_reading(event: WorldEvent) -> Reading:
    """The event as built in code, with languages compared as the import compares them."""
    words = LANGUAGE_WORDS["en"]
    return Reading(
        {
            o.name: (
                o.local_name,
                o.group,
                o.country,
                keys(tuple(words[c] for c in event.languages_of(o.name))),
            )
            for o in event.organisations
        },
        {
            (p.org, p.name): (p.email, p.title, keys(tuple(words[c] for c in p.languages)))
            for p in event.people
        },
        {(w.requester, w.requested): w.priority for w in event.wishes},
    )


def import_layout(folder: Path, event: WorldEvent, layout: Layout, language: str) -> ImportResult:
    """Write one file of the corpus and import it as ``meetgrid run`` does (with the layout's mapping)."""
    path = folder / f"{event.key}-{layout.name}-{language}{layout.suffix}"
    path.write_bytes(layout.write(event, language))
    mapping = layout.mapping(language)
    return importing.import_workbook(path, ImportOptions(mapping) if mapping else None)


@pytest.fixture(scope="module")
def canonical(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reading]:
    """Each event's canonical workbook (the template, English headers), as imported."""
    folder = tmp_path_factory.mktemp("canonical")
    return {
        event.key: reading_of(import_layout(folder, event, LAYOUT_BY_NAME["template"], "en").registrations)
        for event in EVENTS
    }


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.key)
def test_the_canonical_workbook_reads_as_the_event_built_in_code(
    event: WorldEvent, canonical: dict[str, Reading]
) -> None:
    found, expected = canonical[event.key], expected_reading(event)
    assert found.organisations == expected.organisations
    assert found.people == expected.people
    assert found.wishes == expected.wishes
    assert len(found.organisations) >= 20 and len(found.wishes) >= 50


# Rows a layout writes that the import rightly skips with a warning: the hand-kept sheet's totals and note.
EXPECTED_WARNINGS = {"hand_kept": 2}


@pytest.mark.parametrize(("key", "layout_name", "language"), corpus())
def test_every_layout_reads_to_the_same_event(
    key: str, layout_name: str, language: str, canonical: dict[str, Reading], tmp_path: Path
) -> None:
    event, layout = EVENT_BY_KEY[key], LAYOUT_BY_NAME[layout_name]
    result = import_layout(tmp_path, event, layout, language)
    found = reading_of(result.registrations).without(layout.lacks)
    expected = canonical[key].without(layout.lacks)
    assert found.organisations == expected.organisations
    assert found.people == expected.people
    assert found.wishes == expected.wishes
    warnings = [str(w) for w in result.warnings]
    assert len(warnings) == EXPECTED_WARNINGS.get(layout_name, 0), warnings
    assert all(m.applied for m in result.matches), "every slip typed is one the import reads confidently"


# -- the plan against an independent bound ---------------------------------------------------------------

PLANNED = [
    ("shandong", "template", "en"),
    ("shandong", "ticketing", "no"),
    ("valencia", "template", "en"),
    ("valencia", "google_form", "es"),
]


@pytest.mark.parametrize(("key", "layout_name", "language"), PLANNED)
def test_the_plan_meets_nearly_all_the_wishes_that_can_be_met(
    key: str, layout_name: str, language: str, tmp_path: Path
) -> None:
    world = EVENT_BY_KEY[key]
    imported = import_layout(tmp_path, world, LAYOUT_BY_NAME[layout_name], language)
    event, result = plan_day(tmp_path / "day.meetgrid", world, imported)
    assert not event.interpreters, "the day lists languages but registers no interpreter"
    assert event.meetings, f"no meetings planned ({result.status})"

    weights = pair_weights(event)
    met = {m.organisation_ids for m in event.meetings}
    value = sum(w for pair, w in weights.items() if pair in met)
    bound = upper_bound(event, weights)
    asked = {(r.requester_id, r.requested_id) for r in event.requests}
    mutual = [pair for pair in weights if pair in asked and pair[::-1] in asked]
    print(
        f"\n{key} {layout_name} {language}: {len(event.meetings)} meetings, plan {value} of bound {bound:g} "
        f"({value / bound:.3f}); mutual {sum(p in met for p in mutual)} of {len(mutual)}"
    )

    # Sides whose people together share no language need interpreting whoever of them comes.
    apart = sum(
        1
        for m in event.meetings
        if not keys(event.languages_of(m.organisation_ids[0]))
        & keys(event.languages_of(m.organisation_ids[1]))
    )
    needing = sum(1 for m in event.meetings if event.needs_interpreting(m))
    assert needing >= apart
    print(f"  meetings needing interpreting: {needing} (sides with no language in common: {apart})")
    assert value >= 0.95 * bound


# -- the samples ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "event", "layout_name", "language"), WORLD_SAMPLES, ids=lambda v: str(v)[:40]
)
def test_the_bundled_samples_are_files_of_the_corpus(
    name: str, event: WorldEvent, layout_name: str, language: str, canonical: dict[str, Reading]
) -> None:
    layout = LAYOUT_BY_NAME[layout_name]
    mapping = layout.mapping(language)
    result = importing.import_workbook(SAMPLES / name, ImportOptions(mapping) if mapping else None)
    found = reading_of(result.registrations).without(layout.lacks)
    assert found == canonical[event.key].without(layout.lacks), "python -m tests.world.samples rewrites it"
