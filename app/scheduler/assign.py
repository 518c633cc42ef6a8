"""After the solve: who of each organisation sits in which meeting, and at which table.

Both steps always succeed for a schedule that respects the hard rules, so they run outside the model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from app.domain import Meeting, OrgId, Pair, ParticipantId, SlotId, TableId
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


def assign_tables(
    instance: Instance,
    planned: Sequence[tuple[Pair, SlotId]],
    sizes: dict[tuple[Pair, SlotId], int],
) -> dict[tuple[Pair, SlotId], TableId]:
    """Number the tables slot by slot.

    Locked meetings keep their table. Otherwise an organisation keeps the table it had in the previous
    slot where possible, so people walk less, and larger meetings get the larger free tables.
    """
    locked = {(f.pair, f.slot): f.table for f in instance.fixed}
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in planned:
        by_slot[slot].append(pair)
    seats = {t.id: t.seats for t in instance.tables}
    order = [t.id for t in sorted(instance.tables, key=lambda t: t.id)]
    last_table: dict[OrgId, TableId] = {}
    result: dict[tuple[Pair, SlotId], TableId] = {}
    for slot in instance.slot_ids:
        pairs = sorted(by_slot.get(slot, []), key=lambda p: (-sizes.get((p, slot), 0), p))
        taken: set[TableId] = set()
        waiting = []
        for pair in pairs:
            table = locked.get((pair, slot))
            if table is not None:
                result[(pair, slot)] = table
                taken.add(table)
            else:
                waiting.append(pair)
        still_waiting = []
        for pair in waiting:
            size = sizes.get((pair, slot), 0)
            previous = [last_table[o] for o in pair if o in last_table]
            keep = next((t for t in previous if t not in taken and seats[t] >= size), None)
            if keep is None:
                still_waiting.append(pair)
                continue
            result[(pair, slot)] = keep
            taken.add(keep)
        for pair in still_waiting:
            size = sizes.get((pair, slot), 0)
            free = [t for t in order if t not in taken]
            roomy = [t for t in free if seats[t] >= size]
            table = roomy[0] if roomy else max(free, key=lambda t: seats[t])
            result[(pair, slot)] = table
            taken.add(table)
        for pair in pairs:
            for org in pair:
                last_table[org] = result[(pair, slot)]
    return result


def build_meetings(instance: Instance, planned: Sequence[tuple[Pair, SlotId]]) -> tuple[Meeting, ...]:
    """Turn the solver's (pair, slot) choices into numbered meetings with people and tables."""
    people = assign_people(instance, planned)
    sizes = {key: len(ids) for key, ids in people.items()}
    tables = assign_tables(instance, planned, sizes)
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
        )
        for index, (pair, slot) in enumerate(ordered, start=1)
    )
