"""Every meeting needs a table with enough seats.

Tables are not chosen in the model: the model only says, per slot, how many meetings of each kind may be
held at once, and after the solve ``assign.py`` gives each meeting its table, slot by slot, by an optimal
assignment (first seating everyone, then moving as few people as possible, then keeping large tables for
large meetings). So a rule about tables must be stated in the model as a counting condition per slot that
guarantees that assignment exists (here: the meetings at an own table at most one at a time; the others no
more than the free tables, and for every seat count c no more meetings of more than c people than free
tables with more than c seats, which by Hall's condition is exactly when every meeting can be seated);
and its ``check`` looks at the tables actually given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ortools.sat.python import cp_model

from app.domain import Meeting, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.rules.base import Explained, Reason, known, label, when
from app.scheduler.variables import ScheduleVars


class TablesPerSlot:
    """Every meeting needs a table with enough seats.

    An organisation's own table holds one of its meetings at a time. The other meetings share the free
    tables: no more at once than there are free tables, and for every seat count c, no more meetings of
    more than c people than there are free tables with more than c seats (a meeting larger than every
    table sends fewer people).
    """

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        free = instance.free_tables
        roomiest = max((t.seats for t in free), default=0)
        seat_counts = sorted({t.seats for t in free})
        for slot in instance.slot_ids:
            shared: list[tuple[cp_model.IntVar, int]] = []
            at_own: dict[int, list[cp_model.IntVar]] = {}
            for meeting in vars.meetings:
                var = meeting.at(slot)
                if var is None:
                    continue
                table = instance.table_of(meeting.pair)
                if table is None:
                    shared.append((var, min(instance.size(meeting.pair, slot), roomiest)))
                else:
                    at_own.setdefault(table, []).append(var)
            for held in at_own.values():
                if len(held) > 1:
                    model.add_at_most_one(held)
            if len(shared) > len(free):
                model.add(sum(var for var, _ in shared) <= len(free))
            for seats in seat_counts[:-1]:
                larger = [var for var, size in shared if size > seats]
                room = sum(1 for t in free if t.seats > seats)
                if len(larger) > room:
                    model.add(sum(larger) <= room)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        problems: list[str] = []
        seats = {t.id: t.seats for t in instance.tables}
        names = {t.id: t.name for t in instance.tables}
        keeper = {table: instance.name(org) for org, table in instance.host_table.items()}
        seat_use: Counter[tuple[SlotId, int]] = Counter()
        for m in known(instance, meetings):
            seat_use[(m.slot_id, m.table_id)] += 1
            if m.table_id not in seats:
                continue  # reported by the validator: no such table
            if len(m.participant_ids) > seats[m.table_id]:
                problems.append(
                    f"{label(instance, m)}: {len(m.participant_ids)} people at a table of "
                    f"{seats[m.table_id]} seats"
                )
            own = instance.table_of(m.organisation_ids)
            if m.locked:
                continue
            if own is not None and m.table_id != own:
                problems.append(f"{label(instance, m)}: not at the own table {names[own]}")
            elif own is None and m.table_id in keeper:
                problems.append(
                    f"{label(instance, m)}: at {names[m.table_id]}, the own table of {keeper[m.table_id]}"
                )
        for (slot, table), count in seat_use.items():
            if count > 1:
                problems.append(f"table {table} holds {count} meetings at {when(instance, slot)}")
        held = Counter(m.slot_id for m in meetings if m.slot_id in instance.order)
        for slot, count in held.items():
            if count > len(instance.tables):
                problems.append(
                    f"{count} meetings at {when(instance, slot)} but only {len(instance.tables)} tables"
                )
        return problems

    def reason(
        self, instance: Instance, candidate: Candidate, both_free: Sequence[SlotId], tables: TableUse
    ) -> Explained:
        """``tables full``: in every slot where both sides are free, no table fits them."""
        if any(tables.fits(candidate.pair, s) for s in both_free):
            return None
        if instance.table_of(candidate.pair) is not None:
            return (
                Reason.TABLES_FULL,
                "the own table they would meet at is taken in every slot where both are free",
            )
        return Reason.TABLES_FULL, "every table with enough seats is taken in the slots where both are free"


class TableUse:
    """The counting conditions of ``TablesPerSlot``, kept as meetings are placed one by one (the greedy
    start, retiming, the explanations)."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        free = instance.free_tables
        self.roomiest = max((t.seats for t in free), default=0)
        larger = {c: sum(1 for t in free if t.seats > c) for c in sorted({t.seats for t in free})[:-1]}
        self.limits: dict[tuple[str, int], int] = {("free", 0): len(free)}
        self.limits.update({("larger", c): n for c, n in larger.items()})
        self.limits.update({("own", t): 1 for t in instance.host_table.values()})
        self.used: Counter[tuple[tuple[str, int], SlotId]] = Counter()
        self._any_table = [("free", 0)]

    def _needs(self, pair: Pair, slot: SlotId) -> list[tuple[str, int]]:
        if len(self.limits) == 1:
            return self._any_table  # every table alike and none kept: only the count matters
        own = self.instance.table_of(pair)
        if own is not None:
            return [("own", own)]
        size = min(self.instance.size(pair, slot), self.roomiest)
        return [("free", 0), *(key for key in self.limits if key[0] == "larger" and size > key[1])]

    def fits(self, pair: Pair, slot: SlotId) -> bool:
        return all(self.used[(need, slot)] < self.limits[need] for need in self._needs(pair, slot))

    def take(self, pair: Pair, slot: SlotId) -> None:
        for need in self._needs(pair, slot):
            self.used[(need, slot)] += 1

    def release(self, pair: Pair, slot: SlotId) -> None:
        for need in self._needs(pair, slot):
            self.used[(need, slot)] -= 1
