"""Meetings placed one by one (the greedy start, retiming, the explanations), against the rules that span
slots: meeting orders (``rules.precedences``) and pauses after meetings in a row (``rules.pauses``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from app.domain import OrgId, Pair, SlotId
from app.scheduler.instance import Instance


class SlotRules:
    """The rules that span slots (``Precedences``, ``PauseAfterMeetingsInARow``), for meetings placed one
    by one."""

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
