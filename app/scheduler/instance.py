"""The frozen scheduling instance: everything the solver needs, preprocessed, and nothing it does not.

``build_instance`` works out beforehand who may meet whom, which slots each party can use and what each
meeting is worth, so the model code only states rules.

Over 400 lines because all preprocessing sits together, so that the model code only states rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

from app.domain import (
    DEFAULT_TIERS,
    DaySession,
    Event,
    InterpreterId,
    Interpreting,
    OrgId,
    Pair,
    ParticipantId,
    Priority,
    Slot,
    SlotId,
    Table,
    TableId,
    Tier,
    away_during,
    language_keys,
    share_a_language,
)
from app.pacing import checkpoint

PRIORITY_VALUE: Mapping[Priority, int] = {
    Priority.MUST_MEET: 10,
    Priority.WOULD_LIKE: 3,
    Priority.IF_TIME_ALLOWS: 1,
}
"""What one side's request adds to the value of a meeting, by priority."""


@dataclass(frozen=True, slots=True)
class Person:
    id: ParticipantId
    slots: frozenset[SlotId]
    """Slots in which this person is present."""
    languages: frozenset[str] = frozenset()
    """The languages they speak besides their organisation's, by ``language_keys``."""


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation as the scheduler sees it."""

    id: OrgId
    name: str
    people: tuple[Person, ...]
    capacity: Mapping[SlotId, int]
    """How many meetings the party can hold at once in each slot (people present; 0 when away)."""
    max_meetings: int | None
    min_meetings: int = 0
    """Meetings the organisation must hold at least (the organiser's minimum)."""
    languages: frozenset[str] = frozenset()
    """The organisation's own languages, by ``language_keys``; its people may speak more."""

    def speaks(self) -> frozenset[str]:
        """Every language the organisation can meet in: its own and its people's."""
        return self.languages.union(*(p.languages for p in self.people))

    def present(self, slot: SlotId) -> bool:
        return self.capacity.get(slot, 0) > 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair that may meet: requested by one side (or both), with the slots both can use."""

    pair: Pair
    value: int
    mutual: bool
    priority: Priority
    """The most important priority either side gave."""
    slots: tuple[SlotId, ...]
    interpreters: tuple[InterpreterId, ...] | None = None
    """Who may interpret when the meeting must have an interpreter (interpreting required, the sides share
    no language; maybe nobody); None when it needs none to take place."""
    helpers: tuple[InterpreterId, ...] | None = None
    """Who can interpret between the two sides when they share no language (maybe nobody), whether or not
    the meeting must have one; None when they share a language."""
    agreed: bool = False
    """Both sides agreed to the meeting before the day: it must take place."""

    @property
    def prefers_interpreter(self) -> bool:
        """The sides share no language, an interpreter could help, and the meeting may take place without."""
        return self.interpreters is None and bool(self.helpers)


@dataclass(frozen=True, slots=True)
class FixedMeeting:
    """A meeting the organiser locked: it stays at its slot and table."""

    pair: Pair
    slot: SlotId
    table: TableId
    participant_ids: tuple[ParticipantId, ...]
    interpreter_id: InterpreterId | None = None


@dataclass(frozen=True, slots=True)
class InterpreterSlots:
    id: InterpreterId
    name: str
    slots: frozenset[SlotId]


@dataclass(frozen=True)
class Instance:
    slots: tuple[Slot, ...]
    tables: tuple[Table, ...]
    parties: Mapping[OrgId, Party]
    candidates: tuple[Candidate, ...]
    fixed: tuple[FixedMeeting, ...] = ()
    excluded: Mapping[Pair, str] = field(default_factory=dict)
    """Requested pairs the event's rules keep apart, with the rule in the organiser's words."""
    precedences: tuple[tuple[Pair, Pair], ...] = ()
    """(first, then): when both candidates meet, ``first`` is in an earlier slot."""
    max_in_a_row: int | None = None
    """At most this many meetings in consecutive slots of one run before a pause."""
    runs: tuple[tuple[SlotId, ...], ...] = ()
    """Slots in unbroken sequences: within a run each slot follows the previous one after only the pause."""
    interpreters: Mapping[InterpreterId, InterpreterSlots] = field(default_factory=dict)
    """Interpreters and the slots they are there."""
    host_table: Mapping[OrgId, TableId] = field(default_factory=dict)
    """Organisations that keep their own table all day; their meetings are held there."""
    setup_problems: tuple[str, ...] = ()
    """Settings that cannot work whatever the timetable (an own table that does not exist, or is shared)."""
    tiers: tuple[Tier, ...] = DEFAULT_TIERS
    """The objective's tiers, most important first."""
    all_agreed: bool = False
    """Every request is a meeting both sides agreed to (the event's agreed mode)."""

    def __post_init__(self) -> None:
        slot_ids = {s.id for s in self.slots}
        for c in self.candidates:
            if c.pair[0] >= c.pair[1]:
                raise ValueError(f"candidate pair {c.pair} is not in canonical order")
            if not set(c.slots) <= slot_ids:
                raise ValueError(f"candidate {c.pair} refers to unknown slots")
            if c.pair[0] not in self.parties or c.pair[1] not in self.parties:
                raise ValueError(f"candidate {c.pair} refers to an unknown organisation")
        pairs = [c.pair for c in self.candidates]
        if len(set(pairs)) != len(pairs):
            raise ValueError("a pair appears twice among the candidates")
        candidate_pairs = set(pairs)
        for f in self.fixed:
            if f.pair not in candidate_pairs:
                raise ValueError(f"locked meeting {f.pair} has no candidate")
        for first, then in self.precedences:
            if first not in candidate_pairs or then not in candidate_pairs:
                raise ValueError(f"precedence {first} before {then} refers to a pair that is no candidate")

    @cached_property
    def agreed(self) -> tuple[Candidate, ...]:
        """The agreed meetings: each must take place."""
        return tuple(c for c in self.candidates if c.agreed)

    @cached_property
    def candidate_by_pair(self) -> Mapping[Pair, Candidate]:
        return {c.pair: c for c in self.candidates}

    @cached_property
    def candidates_of(self) -> Mapping[OrgId, tuple[Candidate, ...]]:
        """Each organisation's candidate pairs that it could hold in some slot."""
        mine: dict[OrgId, list[Candidate]] = {org: [] for org in self.parties}
        for c in self.candidates:
            if c.slots:
                for org in c.pair:
                    mine[org].append(c)
        return {org: tuple(cs) for org, cs in mine.items()}

    @cached_property
    def order(self) -> Mapping[SlotId, int]:
        """Position of each slot in time."""
        return {s.id: i for i, s in enumerate(sorted(self.slots, key=lambda s: s.start))}

    @cached_property
    def days(self) -> tuple[tuple[SlotId, ...], ...]:
        """The slots of each day, in time order: idle gaps are counted within a day."""
        by_day: dict[object, list[Slot]] = {}
        for slot in sorted(self.slots, key=lambda s: s.start):
            by_day.setdefault(slot.start.date(), []).append(slot)
        return tuple(tuple(s.id for s in day) for day in by_day.values())

    def in_a_row_windows(self) -> list[tuple[SlotId, ...]]:
        """Every max_in_a_row + 1 consecutive slots of a run: nobody may be busy in all of them."""
        if self.max_in_a_row is None:
            return []
        width = self.max_in_a_row + 1
        return [run[i : i + width] for run in self.runs for i in range(len(run) - width + 1)]

    def interpreters_in(self, slot: SlotId) -> frozenset[InterpreterId]:
        """The interpreters there in a slot."""
        return frozenset(i for i, it in self.interpreters.items() if slot in it.slots)

    def table_of(self, pair: Pair) -> TableId | None:
        """The table a pair must meet at: the own table of a side that has one (the first side's if both)."""
        for org in pair:
            if org in self.host_table:
                return self.host_table[org]
        return None

    @cached_property
    def free_tables(self) -> tuple[Table, ...]:
        """Tables for meetings without an own table: every table that no organisation keeps."""
        kept = set(self.host_table.values())
        return tuple(t for t in self.tables if t.id not in kept)

    def size(self, pair: Pair, slot: SlotId) -> int:
        """People at a meeting when each side sends everyone present (the most it can be)."""
        return sum(max(1, self.parties[org].capacity.get(slot, 0)) for org in pair)

    @property
    def slot_ids(self) -> tuple[SlotId, ...]:
        return tuple(s.id for s in self.slots)

    def name(self, org: OrgId) -> str:
        return self.parties[org].name

    def pair_name(self, pair: Pair) -> str:
        return f"{self.name(pair[0])} – {self.name(pair[1])}"


AGREED_TIERS = (Tier.REQUESTS, Tier.IDLE_GAPS, Tier.INTERPRETING)
"""The goals when every request is agreed: every meeting (all must take place), then the fewest idle gaps
in total and for the worst-off organisation, then interpreters; fairness of meeting counts means nothing."""


def meeting_values(event: Event) -> dict[Pair, tuple[int, bool, Priority]]:
    """Value, mutuality and best priority of every requested pair.

    Mutual requests come first: every mutual meeting is worth more than all one-way meetings together,
    so the solver never gives up a mutual meeting for any number of one-way ones. Within each kind,
    priorities weigh as ``PRIORITY_VALUE``.
    """
    one_way_total = 0
    raw: dict[Pair, tuple[int, bool, Priority]] = {}
    for pair, requests in event.requested_pairs.items():
        best: dict[OrgId, Priority] = {}
        for r in requests:
            best[r.requester_id] = min(best.get(r.requester_id, r.priority), r.priority)
        value = sum(PRIORITY_VALUE[p] for p in best.values())
        mutual = len(best) == 2
        raw[pair] = (value, mutual, min(best.values()))
        if not mutual:
            one_way_total += value
    mutual_bonus = one_way_total + 1
    return {
        pair: (value + (mutual_bonus if mutual else 0), mutual, priority)
        for pair, (value, mutual, priority) in raw.items()
    }


def parties_of(event: Event) -> dict[OrgId, Party]:
    """Every organisation as the scheduler sees it: who is there in which slot, and its cap."""
    parties: dict[OrgId, Party] = {}
    for org in event.organisations:
        if len(parties) % 128 == 0:
            checkpoint()
        slots_present = frozenset(s.id for s in event.slots if org.available_during(s.start, s.end))
        members = event.participants_by_organisation[org.id]
        people = tuple(
            Person(
                p.id,
                frozenset(
                    s.id
                    for s in event.slots
                    if s.id in slots_present and not (p.away and away_during(p.away, s.start, s.end))
                ),
                language_keys(p.languages),
            )
            for p in members
        )
        capacity = {
            s.id: (sum(1 for p in people if s.id in p.slots) if people else int(s.id in slots_present))
            for s in event.slots
        }
        cap = org.max_meetings if org.max_meetings is not None else event.settings.max_meetings
        own = language_keys(org.languages)
        parties[org.id] = Party(org.id, org.name, people, capacity, cap, languages=own)
    return parties


def build_instance(event: Event) -> Instance:
    """Preprocess an event into the frozen instance the solver works on."""
    parties = parties_of(event)
    checkpoint()
    values = meeting_values(event)
    excluded = excluded_pairs(event, values)
    for pair in excluded:
        del values[pair]
    fixed = tuple(
        FixedMeeting(m.organisation_ids, m.slot_id, m.table_id, m.participant_ids, m.interpreter_id)
        for m in event.meetings
        if m.locked
    )
    # A locked meeting the organiser added by hand is a candidate even without a request.
    for f in fixed:
        values.setdefault(f.pair, (0, False, Priority.IF_TIME_ALLOWS))

    sessions = {
        pair: {r.session for r in requests if r.session is not DaySession.ANY}
        for pair, requests in event.requested_pairs.items()
    }
    interpreters = {
        i.id: InterpreterSlots(
            i.id, i.name, frozenset(s.id for s in event.slots if i.available_during(s.start, s.end))
        )
        for i in event.interpreters
    }
    checkpoint()
    languages = {org.id: event.languages_of(org.id) for org in event.organisations}
    # Each party's slots, in the event's order, once: a thousand organisations make thousands of pairs.
    present = {org: tuple(s.id for s in event.slots if party.present(s.id)) for org, party in parties.items()}
    present_in = {org: frozenset(slots) for org, slots in present.items()}
    starts = {s.id: s.start for s in event.slots}
    candidates: list[Candidate] = []
    for pair in sorted(values):
        if len(candidates) % 256 == 0:
            checkpoint()
        value, mutual, priority = values[pair]
        wished = sessions.get(pair, set())
        both = present_in[pair[1]]
        common = (
            tuple(s for s in present[pair[0]] if s in both and all(w.allows(starts[s]) for w in wished))
            if wished
            else tuple(s for s in present[pair[0]] if s in both)
        )
        helpers = required = None
        if not share_a_language(languages[pair[0]], languages[pair[1]]):
            helpers = tuple(
                i.id for i in event.interpreters if i.bridges(languages[pair[0]], languages[pair[1]])
            )
            # Without any interpreter registered, the organiser books them once the plan shows the need.
            if event.interpreters and event.settings.interpreting is Interpreting.REQUIRED:
                required = helpers
                common = tuple(s for s in common if any(s in interpreters[i].slots for i in helpers))
        agreed = pair in event.agreed_pairs
        candidates.append(Candidate(pair, value, mutual, priority, common, required, helpers, agreed))

    reachable: dict[OrgId, int] = dict.fromkeys(parties, 0)
    for c in candidates:
        if c.slots and c.value > 0:
            for member in c.pair:
                reachable[member] += 1
    for organisation in event.organisations:
        if organisation.min_meetings is not None:
            least = organisation.min_meetings  # the organiser's own figure for it: kept as given
        elif event.settings.min_meetings is not None:
            least = min(event.settings.min_meetings, reachable[organisation.id])
        else:
            continue
        parties[organisation.id] = dataclasses.replace(parties[organisation.id], min_meetings=least)

    host_table, setup_problems = own_tables(event)
    by_id = event.organisation_by_id
    setup_problems += tuple(
        f"agreed meeting {by_id[pair[0]].name} – {by_id[pair[1]].name}: {excluded[pair]}"
        for pair in sorted(event.agreed_pairs)
        if pair in excluded
    )
    candidate_pairs = set(values)
    precedences = tuple(
        (p.first, p.then)
        for p in event.precedences
        if p.first in candidate_pairs and p.then in candidate_pairs
    )
    return Instance(
        slots=event.slots,
        tables=event.tables,
        parties=parties,
        candidates=tuple(candidates),
        fixed=fixed,
        excluded=excluded,
        precedences=precedences,
        max_in_a_row=event.settings.max_in_a_row,
        runs=slot_runs(event),
        interpreters=interpreters,
        host_table=host_table,
        setup_problems=setup_problems,
        tiers=AGREED_TIERS if event.settings.agreed else event.settings.tiers,
        all_agreed=event.settings.agreed,
    )


def own_tables(event: Event) -> tuple[dict[OrgId, TableId], tuple[str, ...]]:
    """Organisations' own tables resolved by name (or number), and the names that do not work."""
    by_name = {t.name.strip().casefold(): t.id for t in event.tables}
    by_name.update({str(t.id): t.id for t in event.tables})
    owners: dict[TableId, str] = {}
    tables: dict[OrgId, TableId] = {}
    problems = []
    for org in event.organisations:
        wanted = org.table.strip()
        if not wanted:
            continue
        table = by_name.get(wanted.casefold()) or by_name.get(wanted.casefold().removeprefix("table").strip())
        if table is None:
            problems.append(
                f"{org.name}'s own table '{wanted}' is not one of the event's tables; name an existing table"
            )
        elif table in owners:
            problems.append(f"{org.name} and {owners[table]} both keep table '{wanted}'; give each its own")
        else:
            owners[table] = org.name
            tables[org.id] = table
    group = event.settings.host_group.strip().casefold()
    if group:
        hosts = [o for o in event.organisations if o.group.strip().casefold() == group and o.id not in tables]
        spare = [t for t in event.tables if t.id not in owners]
        named = event.settings.host_group.strip()
        if not hosts and not any(o.group.strip().casefold() == group for o in event.organisations):
            problems.append(
                f"host tables are kept by group '{named}', but no organisation is in that group; "
                "check the group's spelling"
            )
        elif len(hosts) > len(spare):
            problems.append(
                f"the {len(hosts)} organisations of group '{named}' each keep a table, but only "
                f"{len(spare)} tables are left for them; add tables or give some of them none"
            )
        else:
            for org, kept in zip(hosts, spare, strict=False):
                owners[kept.id] = org.name
                tables[org.id] = kept.id
    return tables, tuple(problems)


def slot_runs(event: Event) -> tuple[tuple[SlotId, ...], ...]:
    """The slots in unbroken sequences: a break, a plenary block or the night ends a run."""
    pause = timedelta(minutes=event.settings.pause_minutes)
    runs: list[list[SlotId]] = []
    previous: Slot | None = None
    for slot in sorted(event.slots, key=lambda s: s.start):
        if (
            previous is not None
            and slot.start.date() == previous.start.date()
            and slot.start - previous.end <= pause
        ):
            runs[-1].append(slot.id)
        else:
            runs.append([slot.id])
        previous = slot
    return tuple(tuple(run) for run in runs)


def excluded_pairs(event: Event, values: Mapping[Pair, object]) -> dict[Pair, str]:
    """Requested pairs that the event's rules keep apart. A meeting the organiser locked is never excluded."""
    locked = {m.organisation_ids for m in event.meetings if m.locked}
    excluded = {}
    apart = set(event.apart)
    for pair in values:
        if pair in apart and pair not in locked:
            first, second = (event.organisation_by_id[org].name for org in pair)
            excluded[pair] = f"the organiser asked that {first} and {second} do not meet"
            continue
        if not event.settings.across_groups_only:
            continue
        a, b = (event.organisation_by_id[org] for org in pair)
        if (
            pair not in locked
            and a.group.strip()
            and a.group.strip().casefold() == b.group.strip().casefold()
        ):
            excluded[pair] = f"only meetings between groups are planned, and both are in '{a.group.strip()}'"
    return excluded
