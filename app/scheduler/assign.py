"""After the solve: who of each organisation sits in which meeting, and at which table.

Both steps always succeed for a schedule that respects the hard rules, so they run outside the model.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ortools.graph.python import linear_sum_assignment

from app.domain import InterpreterId, Meeting, OrgId, Pair, ParticipantId, SlotId, Table, TableId
from app.scheduler.instance import Instance


def assign_people(
    instance: Instance, planned: Sequence[tuple[Pair, SlotId]]
) -> dict[tuple[Pair, SlotId], tuple[ParticipantId, ...]]:
    """Share each organisation's people present in a slot among its meetings in that slot.

    With one meeting, everyone present attends; with several, people are dealt out in turn so each
    meeting gets at least one of them and nobody is in two places at once.
    """
    by_party_slot: dict[tuple[OrgId, SlotId], list[Pair]] = defaultdict(list)
    for pair, slot in planned:
        for org in pair:
            by_party_slot[(org, slot)].append(pair)
    locked_people = {(f.pair, f.slot): set(f.participant_ids) for f in instance.fixed}

    attending: dict[tuple[Pair, SlotId], list[ParticipantId]] = {key: [] for key in planned}
    for (org, slot), pairs in sorted(by_party_slot.items()):
        pairs.sort()
        present = [p.id for p in instance.parties[org].people if slot in p.slots]
        # People the organiser placed in a locked meeting stay there.
        claimed: set[ParticipantId] = set()
        for pair in pairs:
            mine = [pid for pid in present if pid in locked_people.get((pair, slot), set())]
            attending[(pair, slot)].extend(mine)
            claimed.update(mine)
        free = [pid for pid in present if pid not in claimed]
        open_pairs = [pair for pair in pairs if not any(pid in claimed for pid in attending[(pair, slot)])]
        # A meeting the organisation's own languages do not carry gets one of its people who speaks the
        # other side's language first (a delegation's own interpreter, a bilingual manager).
        if len(pairs) > 1:
            for pair in open_pairs:
                bridge = _bridging(instance, org, pair, free)
                if bridge is not None:
                    attending[(pair, slot)].append(bridge)
                    free.remove(bridge)
            open_pairs = [pair for pair in open_pairs if not attending[(pair, slot)]]
        targets = open_pairs or pairs
        for index, pid in enumerate(free):
            attending[(targets[index % len(targets)], slot)].append(pid)
        # Locks may hold more of the organisation's people than its other meetings leave room for:
        # move someone from the best-staffed meeting so every meeting has one of them.
        for pair in pairs:
            mine = attending[(pair, slot)]
            if any(pid in present for pid in mine) or not present:
                continue
            donor = max(pairs, key=lambda p: sum(pid in present for pid in attending[(p, slot)]))
            donor_people = [pid for pid in attending[(donor, slot)] if pid in present]
            if len(donor_people) > 1:
                attending[(donor, slot)].remove(donor_people[-1])
                mine.append(donor_people[-1])
    return {key: tuple(sorted(people)) for key, people in attending.items()}


def _bridging(
    instance: Instance, org: OrgId, pair: Pair, free: Sequence[ParticipantId]
) -> ParticipantId | None:
    """One of ``org``'s free people who speaks a language of the other side, when the organisation's own
    languages share none with it; None when no one is needed or no one can."""
    party = instance.parties[org]
    other = instance.parties[pair[0] if pair[1] == org else pair[1]].speaks()
    if not other or party.languages & other:
        return None
    people = {p.id: p for p in party.people}
    return next((pid for pid in free if people[pid].languages & other), None)


def assign_tables(
    instance: Instance,
    planned: Sequence[tuple[Pair, SlotId]],
    people: Mapping[tuple[Pair, SlotId], tuple[ParticipantId, ...]],
) -> dict[tuple[Pair, SlotId], TableId]:
    """Give every meeting a table, slot by slot, so that people walk as little as possible.

    Locked meetings keep their table and organisations with an own table meet there. The other meetings
    of a slot get the free tables by an optimal assignment (OR-Tools linear sum assignment) whose cost is,
    first, people without a seat, then the number of people who sit at a different table than at their
    previous meeting, then seats left empty (so large tables stay for large meetings).
    """
    locked = {(f.pair, f.slot): f.table for f in instance.fixed}
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in planned:
        by_slot[slot].append(pair)
    kept = set(instance.host_table.values())
    last_table: dict[ParticipantId, TableId] = {}
    result: dict[tuple[Pair, SlotId], TableId] = {}
    for slot in sorted(instance.slot_ids, key=instance.order.__getitem__):
        waiting = []
        taken: set[TableId] = set()
        for pair in sorted(by_slot.get(slot, [])):
            table = locked.get((pair, slot), instance.table_of(pair))
            if table is not None:
                result[(pair, slot)] = table
                taken.add(table)
            else:
                waiting.append(pair)
        free = [t for t in instance.tables if t.id not in taken and t.id not in kept]
        if len(free) < len(waiting):  # only when locks break the rules; validate() says so
            free += [t for t in instance.tables if t.id in kept and t.id not in taken]
        for pair, table in _best_tables(waiting, free, slot, people, last_table).items():
            result[(pair, slot)] = table
        for pair in by_slot.get(slot, []):
            for pid in people.get((pair, slot), ()):
                last_table[pid] = result[(pair, slot)]
    return result


def _best_tables(
    pairs: Sequence[Pair],
    tables: Sequence[Table],
    slot: SlotId,
    people: Mapping[tuple[Pair, SlotId], tuple[ParticipantId, ...]],
    last_table: Mapping[ParticipantId, TableId],
) -> dict[Pair, TableId]:
    if not pairs:
        return {}
    if len(tables) < len(pairs):
        raise ValueError("more meetings than tables in one slot")
    assignment = linear_sum_assignment.SimpleLinearSumAssignment()
    # Square: the rows beyond the meetings are empty tables, costing nothing wherever they go.
    for row, pair in enumerate(pairs):
        attendees = people.get((pair, slot), ())
        came_from = Counter(last_table[pid] for pid in attendees if pid in last_table)
        moving = sum(came_from.values())
        for column, table in enumerate(tables):
            unseated = max(0, len(attendees) - table.seats)
            moved = moving - came_from[table.id]
            cost = 1_000_000 * unseated + 1_000 * moved + max(0, table.seats - len(attendees))
            assignment.add_arc_with_cost(row, column, cost)
    for row in range(len(pairs), len(tables)):
        for column in range(len(tables)):
            assignment.add_arc_with_cost(row, column, 0)
    if assignment.solve() != assignment.OPTIMAL:
        raise ValueError("no table assignment found")
    return {pair: tables[assignment.right_mate(row)].id for row, pair in enumerate(pairs)}


def seat_everyone(
    instance: Instance,
    people: dict[tuple[Pair, SlotId], tuple[ParticipantId, ...]],
    tables: Mapping[tuple[Pair, SlotId], TableId],
) -> dict[tuple[Pair, SlotId], tuple[ParticipantId, ...]]:
    """A meeting with more people than its table has seats sends fewer: one at a time from the side with
    the most people there (never its last), the latest registered first."""
    seats = {t.id: t.seats for t in instance.tables}
    owner = {person.id: org for org, party in instance.parties.items() for person in party.people}
    locked = {(f.pair, f.slot): set(f.participant_ids) for f in instance.fixed}
    seated = dict(people)
    for key, attendees in people.items():
        chosen = list(attendees)
        while len(chosen) > seats[tables[key]]:
            sides = {org: [pid for pid in chosen if owner.get(pid) == org] for org in key[0]}
            largest = max(sides.values(), key=len)
            movable = [pid for pid in largest if pid not in locked.get(key, set())]
            if len(largest) <= 1 or not movable:
                break
            chosen.remove(movable[-1])
        seated[key] = tuple(chosen)
    return seated


def assign_interpreters(
    instance: Instance, planned: Sequence[tuple[Pair, SlotId]]
) -> dict[tuple[Pair, SlotId], InterpreterId]:
    """Name an interpreter on every meeting that must have one, and on as many as can be of those that
    would like one: per slot a maximum matching of meetings to the interpreters present who bridge them
    (augmenting paths), locked meetings keeping theirs. Hall's condition in the model guarantees that the
    meetings that must have one all get one."""
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in planned:
        if instance.candidate_by_pair[pair].helpers:
            by_slot[slot].append(pair)
    locked = {(f.pair, f.slot): f.interpreter_id for f in instance.fixed if f.interpreter_id is not None}
    chosen: dict[tuple[Pair, SlotId], InterpreterId] = {}
    for slot, pairs in by_slot.items():
        for interpreter, pair in _InterpreterMatching(instance, slot, locked).run(pairs).items():
            chosen[(pair, slot)] = interpreter
    return chosen


class _InterpreterMatching:
    def __init__(
        self, instance: Instance, slot: SlotId, locked: Mapping[tuple[Pair, SlotId], InterpreterId | None]
    ) -> None:
        self.instance = instance
        self.slot = slot
        self.locked = locked
        self.holder: dict[InterpreterId, Pair] = {}

    def options(self, pair: Pair) -> list[InterpreterId]:
        helpers = self.instance.candidate_by_pair[pair].helpers or ()
        return [i for i in helpers if self.slot in self.instance.interpreters[i].slots]

    def augment(self, pair: Pair, seen: set[InterpreterId]) -> bool:
        for i in self.options(pair):
            if i in seen:
                continue
            seen.add(i)
            other = self.holder.get(i)
            if other is None or ((other, self.slot) not in self.locked and self.augment(other, seen)):
                self.holder[i] = pair
                return True
        return False

    def run(self, pairs: Sequence[Pair]) -> dict[InterpreterId, Pair]:
        for pair in pairs:
            interpreter = self.locked.get((pair, self.slot))
            if interpreter is not None:
                self.holder[interpreter] = pair

        # Meetings that must have an interpreter first: Kuhn's augmenting paths never unmatch a meeting,
        # so they keep theirs while the others take what is left.
        def order(pair: Pair) -> tuple[bool, int, Pair]:
            required = self.instance.candidate_by_pair[pair].interpreters is not None
            return (not required, len(self.options(pair)), pair)

        for pair in sorted(pairs, key=order):
            if (pair, self.slot) not in self.locked:
                self.augment(pair, set())
        return self.holder


def interpreted(instance: Instance, planned: Sequence[tuple[Pair, SlotId]]) -> int:
    """How many meetings that would like an interpreter can have one: the value of the interpreting tier."""
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in planned:
        if instance.candidate_by_pair[pair].prefers_interpreter:
            by_slot[slot].append(pair)
    return sum(len(_InterpreterMatching(instance, slot, {}).run(pairs)) for slot, pairs in by_slot.items())


def build_meetings(instance: Instance, planned: Sequence[tuple[Pair, SlotId]]) -> tuple[Meeting, ...]:
    """Turn the solver's (pair, slot) choices into numbered meetings with people and tables."""
    people = assign_people(instance, planned)
    tables = assign_tables(instance, planned, people)
    people = seat_everyone(instance, people, tables)
    interpreters = assign_interpreters(instance, planned)
    fixed = {(f.pair, f.slot) for f in instance.fixed}
    slot_start = {s.id: s.start for s in instance.slots}
    ordered = sorted(planned, key=lambda ps: (slot_start[ps[1]], tables[ps], ps[0]))
    return tuple(
        Meeting(
            id=index,
            slot_id=slot,
            table_id=tables[(pair, slot)],
            organisation_ids=pair,
            participant_ids=people[(pair, slot)],
            locked=(pair, slot) in fixed,
            interpreter_id=interpreters.get((pair, slot)),
        )
        for index, (pair, slot) in enumerate(ordered, start=1)
    )
