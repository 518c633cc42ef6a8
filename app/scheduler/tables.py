"""Checking rules outside the model, one meeting at a time: tables and interpreters (the rules of
``rules.TablesPerSlot`` and ``rules.Interpreters``), meeting orders and pauses, for the greedy start and
the explanations."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from app.domain import InterpreterId, OrgId, Pair, SlotId
from app.scheduler.instance import Instance


class TableUse:
    """The table rules of ``rules.TablesPerSlot``, counted as meetings are placed one by one."""

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


class InterpreterUse:
    """Interpreters taken slot by slot; a meeting fits when one who bridges its sides is free."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.busy: set[tuple[InterpreterId, SlotId]] = set()
        self.named: dict[tuple[Pair, SlotId], InterpreterId] = {}

    def free_for(self, pair: Pair, slot: SlotId) -> InterpreterId | None:
        helpers = self.instance.candidate_by_pair[pair].interpreters
        return next(
            (
                i
                for i in helpers or ()
                if slot in self.instance.interpreters[i].slots and (i, slot) not in self.busy
            ),
            None,
        )

    def fits(self, pair: Pair, slot: SlotId) -> bool:
        return (
            self.instance.candidate_by_pair[pair].interpreters is None
            or self.free_for(pair, slot) is not None
        )

    def take(self, pair: Pair, slot: SlotId, interpreter: InterpreterId | None = None) -> None:
        if self.instance.candidate_by_pair[pair].interpreters is None:
            return
        chosen = interpreter if interpreter is not None else self.free_for(pair, slot)
        if chosen is not None:
            self.busy.add((chosen, slot))
            self.named[(pair, slot)] = chosen

    def release(self, pair: Pair, slot: SlotId) -> None:
        chosen = self.named.pop((pair, slot), None)
        if chosen is not None:
            self.busy.discard((chosen, slot))


class SlotRules:
    """The rules that span slots (``rules.Precedences``, ``rules.PauseAfterMeetingsInARow``), for meetings
    placed one by one."""

    def __init__(self, instance: Instance, placed: Iterable[tuple[Pair, SlotId]] = ()) -> None:
        self.instance = instance
        self.at: dict[Pair, SlotId] = {}
        self.busy: Counter[tuple[OrgId, SlotId]] = Counter()
        self.before: dict[Pair, list[Pair]] = defaultdict(list)  # pair -> meetings that must come after it
        self.after: dict[Pair, list[Pair]] = defaultdict(list)  # pair -> meetings that must come before it
        for first, then in instance.precedences:
            self.before[first].append(then)
            self.after[then].append(first)
        self.windows_of: dict[SlotId, list[tuple[SlotId, ...]]] = defaultdict(list)
        for window in instance.in_a_row_windows():
            for slot in window:
                self.windows_of[slot].append(window)
        for pair, slot in placed:
            self.take(pair, slot)

    def take(self, pair: Pair, slot: SlotId) -> None:
        self.at[pair] = slot
        for org in pair:
            self.busy[(org, slot)] += 1

    def release(self, pair: Pair, slot: SlotId) -> None:
        del self.at[pair]
        for org in pair:
            self.busy[(org, slot)] -= 1

    def in_order(self, pair: Pair, slot: SlotId) -> bool:
        """Placing ``pair`` in ``slot`` keeps every required meeting order with the meetings placed."""
        position = self.instance.order
        return all(position[self.at[p]] > position[slot] for p in self.before[pair] if p in self.at) and all(
            position[self.at[p]] < position[slot] for p in self.after[pair] if p in self.at
        )

    def rested(self, pair: Pair, slot: SlotId) -> bool:
        """Neither side would hold more meetings in a row than the pause rule allows."""
        limit = self.instance.max_in_a_row or 0
        for org in pair:
            capacity = self.instance.parties[org].capacity
            for window in self.windows_of[slot]:
                held = sum(self.busy[(org, s)] for s in window)
                if held >= limit * max(capacity.get(s, 0) for s in window):
                    return False
        return True
