"""Counting table use outside the model: the same rules as ``rules.TablesPerSlot``, one meeting at a time."""

from __future__ import annotations

from collections import Counter

from app.domain import Pair, SlotId
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
