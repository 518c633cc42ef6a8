"""Proofs that agreed meetings cannot all be placed, by counting first and by SAT where counting is silent.

Counting: each meeting's slots are narrowed to a fixpoint (precedences move the earliest and latest slot
of a meeting; a participant's meetings need distinct slots, filtered as an all-different rule), then
matchings check a participant's meetings against its slots (Hall) and the meetings against the tables of
the slots they may use; a participant whose own fewest breaks exceed the fairness cap breaks fairness.
Each failure is a ``ConfirmedConflict`` naming the few meetings and slots involved. The narrowed slots also
make the SAT formulas smaller and the participants' own lower bounds higher.

When counting finds nothing and SAT says no fair timetable exists, ``core_conflict`` names a small set of
rules (fixed slots, forbidden slots, precedences, fairness caps, tables) that cannot all hold: an
unsatisfiable core under one assumption per rule, shrunk by deletion within a time budget.

Over 400 lines because the narrowing, the matchings that explain a failure and the core share one model
of the rules.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ortools.sat.python import cp_model
from pysat.solvers import Solver

from app.scheduler.confirmed_instance import (
    ConfirmedConflict,
    ConfirmedInstance,
    ConflictKind,
    ParticipantId,
    SlotIndex,
)
from app.scheduler.confirmed_sat import encode, fairness_by_cap
from app.scheduler.solver import new_solver

# -- a participant alone ----------------------------------------------------------------------------------


def _matches_all(options: Sequence[frozenset[SlotIndex]], window: range) -> bool:
    """Whether every meeting gets its own slot in the window (augmenting paths, Kuhn's algorithm)."""
    owner: dict[SlotIndex, int] = {}

    def place(m: int, seen: set[SlotIndex]) -> bool:
        for s in window:
            if s in options[m] and s not in seen:
                seen.add(s)
                if s not in owner or place(owner[s], seen):
                    owner[s] = m
                    return True
        return False

    return all(place(m, set()) for m in range(len(options)))


def _fits_back_to_back(instance: ConfirmedInstance, p: ParticipantId) -> bool:
    """Whether some run of consecutive slots can hold all of p's meetings, one each."""
    options = [instance.meetings[m].slots for m in instance.meetings_of[p]]
    count = len(options)
    return any(
        _matches_all(options, range(first, first + count)) for first in range(instance.slot_count - count + 1)
    )


def run_starts(model: cp_model.CpModel, busy: Sequence[cp_model.IntVar]) -> list[cp_model.IntVar]:
    """Literals true where a run of busy slots starts: busy here and idle (or the day's start) before."""
    starts = [busy[0]]
    for s in range(1, len(busy)):
        start = model.new_bool_var("")
        model.add_implication(start, busy[s])
        model.add_implication(start, busy[s - 1].negated())
        model.add_bool_or([start, busy[s].negated(), busy[s - 1]])
        starts.append(start)
    return starts


def participant_lower_bound(instance: ConfirmedInstance, p: ParticipantId, time_limit: float = 2.0) -> int:
    """Fewest breaks participant ``p`` can have with only its own meetings and slots to think of."""
    meetings = instance.meetings_of[p]
    if len(meetings) <= 1 or _fits_back_to_back(instance, p):
        return 0
    model = cp_model.CpModel()
    x = {(m, s): model.new_bool_var("") for m in meetings for s in instance.meetings[m].slots}
    for m in meetings:
        model.add_exactly_one(x[m, s] for s in instance.meetings[m].slots)
    busy = [model.new_bool_var("") for _ in range(instance.slot_count)]
    for s in range(instance.slot_count):
        model.add(sum(x[m, s] for m in meetings if (m, s) in x) == busy[s])
    mine = set(meetings)
    starts_of = {m: sum(s * x[m, s] for s in instance.meetings[m].slots) for m in meetings}
    for earlier, later in instance.precedences:
        if earlier in mine and later in mine:
            model.add(starts_of[earlier] < starts_of[later])
    model.minimize(sum(run_starts(model, busy)))
    solver = new_solver(time_limit, workers=1)
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return 0
    return max(0, round(solver.best_objective_bound) - 1)


# -- matchings --------------------------------------------------------------------------------------------


def _match(
    domains: Sequence[set[SlotIndex]], meetings: Sequence[int], capacity: int
) -> tuple[dict[int, SlotIndex], tuple[list[int], list[SlotIndex]] | None]:
    """Meetings to slots, at most ``capacity`` in a slot; on failure, a Hall violator (meetings, slots).

    The violator: the meetings an augmenting search from an unplaced meeting reached, all of whose slots
    are full and among the slots it reached, so they outnumber ``capacity`` times those slots.
    """
    placed: dict[int, SlotIndex] = {}
    held: dict[SlotIndex, list[int]] = {}
    for m in meetings:  # greedy first: most meetings find a free slot at once
        for s in sorted(domains[m]):
            if len(held.setdefault(s, [])) < capacity:
                held[s].append(m)
                placed[m] = s
                break

    def augment(m: int, seen_slots: set[SlotIndex], seen_meetings: set[int]) -> bool:
        seen_meetings.add(m)
        for s in sorted(domains[m]):
            if s in seen_slots:
                continue
            seen_slots.add(s)
            occupants = held.setdefault(s, [])
            if len(occupants) < capacity:
                occupants.append(m)
                placed[m] = s
                return True
            for other in list(occupants):
                if other not in seen_meetings and augment(other, seen_slots, seen_meetings):
                    occupants.remove(other)
                    occupants.append(m)
                    placed[m] = s
                    return True
        return False

    for m in meetings:
        if m in placed:
            continue
        seen_slots: set[SlotIndex] = set()
        seen_meetings: set[int] = set()
        if not augment(m, seen_slots, seen_meetings):
            return placed, (sorted(seen_meetings), sorted(seen_slots))
    return placed, None


def _all_different(domains: list[set[SlotIndex]], meetings: Sequence[int]) -> list[int] | None:
    """Removes the slots no matching of the meetings to distinct slots uses (Régin); changed meetings.

    Returns None when there is no such matching at all.
    """
    placed, violator = _match(domains, meetings, 1)
    if violator is not None:
        return None
    owner = {s: m for m, s in placed.items()}
    # Directed graph: meeting -> its slot in the matching; slot -> each other meeting that may use it.
    # A slot of a meeting stays when the two lie on one cycle or an alternating path from a free slot.
    slots = sorted(set().union(*(domains[m] for m in meetings)))
    free = [s for s in slots if s not in owner]
    reach: set[SlotIndex] = set()
    stack = list(free)
    while stack:
        s = stack.pop()
        if s in reach:
            continue
        reach.add(s)
        for m in meetings:
            if s in domains[m] and placed[m] != s:
                stack.append(placed[m])
    component = _components(domains, meetings, owner)
    changed = []
    for m in meetings:
        keep = {
            s
            for s in domains[m]
            if s == placed[m] or s in reach or (s in owner and component[owner[s]] == component[m])
        }
        if keep != domains[m]:
            domains[m] = keep
            changed.append(m)
    return changed


def _components(
    domains: Sequence[set[SlotIndex]],
    meetings: Sequence[int],
    owner: dict[SlotIndex, int],
) -> dict[int, int]:
    """Strongly connected components over meetings (a slot folded into the meeting that holds it)."""
    # Edge m -> n when m may use the slot n holds: contracting each matched pair leaves a graph on meetings.
    edges = {m: [owner[s] for s in domains[m] if s in owner and owner[s] != m] for m in meetings}
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    component: dict[int, int] = {}
    counter = 0
    for root in meetings:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component[top] = node
                    if top == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


# -- narrowing to a fixpoint ------------------------------------------------------------------------------


def _order(instance: ConfirmedInstance) -> tuple[list[int], list[int]]:
    """The meetings in an order that keeps every precedence, and a cycle of precedences (empty if none)."""
    count = len(instance.meetings)
    before: list[list[int]] = [[] for _ in range(count)]
    after: list[list[int]] = [[] for _ in range(count)]
    for earlier, later in instance.precedences:
        before[later].append(earlier)
        after[earlier].append(later)
    waiting = [len(b) for b in before]
    ready = [m for m in range(count) if not waiting[m]]
    order: list[int] = []
    while ready:
        m = ready.pop()
        order.append(m)
        for later in after[m]:
            waiting[later] -= 1
            if not waiting[later]:
                ready.append(later)
    if len(order) == count:
        return order, []
    # Every meeting left waits for another one left: walking back along them must come round.
    left = {m for m in range(count) if waiting[m]}
    m = next(iter(left))
    seen: list[int] = []
    while m not in seen:
        seen.append(m)
        m = next(e for e in before[m] if e in left)
    cycle = seen[seen.index(m) :]
    return order, cycle[::-1]


@dataclass
class _Narrowing:
    """Each meeting's slots, narrowed, with what narrowed them (for naming a conflict)."""

    instance: ConfirmedInstance
    domains: list[set[SlotIndex]]
    order: list[int]
    by_order: list[set[tuple[int, int]]]
    """Per meeting, the precedences that removed some of its slots."""
    by_people: list[set[ParticipantId]]
    """Per meeting, the participants whose other meetings removed some of its slots."""
    first_reason: dict[int, int]
    last_reason: dict[int, int]

    @classmethod
    def of(cls, instance: ConfirmedInstance, order: list[int]) -> _Narrowing:
        count = len(instance.meetings)
        return cls(
            instance,
            [set(meeting.slots) for meeting in instance.meetings],
            order,
            [set() for _ in range(count)],
            [set() for _ in range(count)],
            {},
            {},
        )

    def precedences(self) -> tuple[set[int], ConfirmedConflict | None]:
        """Earliest slots forwards, latest backwards; the changed meetings, or a chain that cannot fit."""
        instance, domains = self.instance, self.domains
        before: dict[int, list[int]] = {}
        after: dict[int, list[int]] = {}
        for earlier, later in instance.precedences:
            before.setdefault(later, []).append(earlier)
            after.setdefault(earlier, []).append(later)
        changed: set[int] = set()
        for forwards in (True, False):
            for m in self.order if forwards else reversed(self.order):
                for other in (before if forwards else after).get(m, ()):
                    if not domains[other]:
                        continue
                    if forwards:
                        cut = min(domains[other])
                        keep = {s for s in domains[m] if s > cut}
                    else:
                        cut = max(domains[other])
                        keep = {s for s in domains[m] if s < cut}
                    if keep != domains[m]:
                        domains[m] = keep
                        changed.add(m)
                        rule = (other, m) if forwards else (m, other)
                        self.by_order[m].add(rule)
                        (self.first_reason if forwards else self.last_reason)[m] = other
                    if not keep:
                        return changed, self.chain_conflict(m)
        return changed, None

    def chain_conflict(self, m: int) -> ConfirmedConflict:
        chain = [m]
        while chain[0] in self.first_reason and len(chain) <= len(self.domains):
            chain.insert(0, self.first_reason[chain[0]])
        while chain[-1] in self.last_reason and len(chain) <= 2 * len(self.domains):
            chain.append(self.last_reason[chain[-1]])
        chain = list(dict.fromkeys(chain))
        instance = self.instance
        slots: set[SlotIndex] = set().union(*(instance.meetings[c].slots for c in chain))
        low = min(instance.meetings[chain[0]].slots, default=0)
        high = max(instance.meetings[chain[-1]].slots, default=instance.slot_count - 1)
        window = sorted(s for s in slots if low <= s <= high)
        people = sorted(set().union(*(self.by_people[c] for c in chain)))
        return ConfirmedConflict(
            ConflictKind.ORDER,
            participants=tuple(people),
            meetings=tuple(chain),
            slots=tuple(window),
            precedences=tuple(pairwise(chain)),
            needed=len(chain),
            available=len(window),
        )

    def participant(self, p: ParticipantId) -> tuple[set[int], ConfirmedConflict | None]:
        """All-different over p's meetings; the changed meetings, or the meetings that lack slots."""
        meetings = self.instance.meetings_of[p]
        if len(meetings) <= 1:
            return set(), None
        changed = _all_different(self.domains, meetings)
        if changed is None:
            return set(), self.slots_conflict(p)
        for m in changed:
            self.by_people[m].add(p)
        return set(changed), None

    def slots_conflict(self, p: ParticipantId) -> ConfirmedConflict:
        _, violator = _match(self.domains, self.instance.meetings_of[p], 1)
        assert violator is not None
        meetings, slots = violator
        rules = sorted(set().union(*(self.by_order[m] for m in meetings)))
        people = sorted(set().union(*(self.by_people[m] for m in meetings)) - {p})
        return ConfirmedConflict(
            ConflictKind.SLOTS,
            participants=(p, *people),
            meetings=tuple(meetings),
            slots=tuple(slots),
            precedences=tuple(rules),
            needed=len(meetings),
            available=len(slots),
        )

    def tables(self) -> tuple[set[int], ConfirmedConflict | None]:
        """A slot that meetings fixed to it fill: no other meeting may use it."""
        fixed: dict[SlotIndex, list[int]] = {}
        for m, domain in enumerate(self.domains):
            if len(domain) == 1:
                fixed.setdefault(next(iter(domain)), []).append(m)
        changed: set[int] = set()
        for s, meetings in fixed.items():
            if len(meetings) > self.instance.table_count:
                return changed, self.tables_conflict(meetings, [s])
            if len(meetings) == self.instance.table_count:
                for m, domain in enumerate(self.domains):
                    if s in domain and len(domain) > 1:
                        domain.discard(s)
                        changed.add(m)
        return changed, None

    def tables_conflict(self, meetings: Sequence[int], slots: Sequence[SlotIndex]) -> ConfirmedConflict:
        rules = sorted(set().union(*(self.by_order[m] for m in meetings)))
        people = sorted(set().union(*(self.by_people[m] for m in meetings)))
        return ConfirmedConflict(
            ConflictKind.TABLES,
            participants=tuple(people),
            meetings=tuple(meetings),
            slots=tuple(slots),
            precedences=tuple(rules),
            needed=len(meetings),
            available=self.instance.table_count * len(slots),
        )

    def fixpoint(self) -> ConfirmedConflict | None:
        people = set(range(self.instance.participant_count))
        while True:
            changed, conflict = self.precedences()
            if conflict is not None:
                return conflict
            for m in changed:
                people.update(self.instance.meetings[m].participants)
            more: set[int] = set()
            for p in sorted(people):
                changed, conflict = self.participant(p)
                if conflict is not None:
                    return conflict
                more |= changed
            changed, conflict = self.tables()
            if conflict is not None:
                return conflict
            more |= changed
            if not more:
                return None
            people = {p for m in more for p in self.instance.meetings[m].participants}


@dataclass
class Examined:
    instance: ConfirmedInstance
    """The instance with every meeting's slots narrowed (the same when a conflict was found)."""
    conflicts: list[ConfirmedConflict]
    lower: list[int]
    """Each participant's own fewest breaks on the narrowed instance; empty with a conflict."""
    removed: int
    """Slots taken from meetings by the narrowing."""


def _counted(instance: ConfirmedInstance) -> list[ConfirmedConflict]:
    """The conflicts each rule shows alone, before any narrowing: the plainest to tell an organiser."""
    conflicts = [
        ConfirmedConflict(
            ConflictKind.SLOTS, participants=meeting.participants, meetings=(m,), needed=1, available=0
        )
        for m, meeting in enumerate(instance.meetings)
        if not meeting.slots
    ]
    if conflicts:
        return conflicts
    order, cycle = _order(instance)
    if cycle:
        rules = tuple(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        return [
            ConfirmedConflict(ConflictKind.ORDER, meetings=tuple(cycle), precedences=rules, needed=len(cycle))
        ]
    plain = _Narrowing.of(instance, order)
    for p in range(instance.participant_count):
        if _match(plain.domains, instance.meetings_of[p], 1)[1] is not None:
            conflicts.append(plain.slots_conflict(p))
    _, violator = _match(plain.domains, range(len(instance.meetings)), instance.table_count)
    if violator is not None:
        conflicts.append(plain.tables_conflict(*violator))
    _, chain = plain.precedences()
    if chain is not None:
        conflicts.append(chain)
    return conflicts


def examine(instance: ConfirmedInstance, bounds: bool = True) -> Examined:
    """Counting arguments, and the narrowed instance to search when they find no conflict."""
    conflicts = _counted(instance)
    if conflicts:
        return Examined(instance, conflicts, [], 0)
    order, _ = _order(instance)
    narrowing = _Narrowing.of(instance, order)
    conflict = narrowing.fixpoint()
    if conflict is None:
        _, violator = _match(narrowing.domains, range(len(instance.meetings)), instance.table_count)
        if violator is not None:
            conflict = narrowing.tables_conflict(*violator)
    if conflict is not None:
        return Examined(instance, [conflict], [], 0)
    removed = sum(len(m.slots) - len(d) for m, d in zip(instance.meetings, narrowing.domains, strict=True))
    narrowed = replace(
        instance,
        meetings=tuple(
            replace(meeting, slots=frozenset(domain))
            for meeting, domain in zip(instance.meetings, narrowing.domains, strict=True)
        ),
    )
    if not bounds:
        return Examined(narrowed, [], [], removed)
    lower = [participant_lower_bound(narrowed, p) for p in range(instance.participant_count)]
    if instance.fairness is not None and fairness_by_cap(instance):
        conflicts = [
            ConfirmedConflict(
                ConflictKind.FAIRNESS,
                participants=(p,),
                meetings=narrowed.meetings_of[p],
                needed=own,
                available=instance.fairness,
            )
            for p, own in enumerate(lower)
            if own > instance.fairness
        ]
    return Examined(narrowed, conflicts, lower, removed)


def impossible(instance: ConfirmedInstance) -> list[ConfirmedConflict]:
    """Why no timetable can exist, found by counting; empty when counting finds nothing."""
    return examine(instance).conflicts


# -- an unsatisfiable core --------------------------------------------------------------------------------

Rule = tuple[str, int] | tuple[str, int, int]
"""("fixed", meeting), ("slots", meeting), ("forbidden", participant), ("fairness", participant),
("tables", slot) or ("order", earlier, later)."""

CORE_SOLVER = "g4"
"""Glucose 4: it can be interrupted at the time limit and given a conflict budget (CaDiCaL cannot)."""
CORE_CONFLICTS = 20000
"""Conflicts each deletion test of the shrinking may use."""


def _removed_by(instance: ConfirmedInstance, m: int, s: SlotIndex) -> list[Rule]:
    """The rules that keep meeting ``m`` out of slot ``s``."""
    rules: list[Rule] = []
    fixed = instance.fixed[m] if m < len(instance.fixed) else None
    if fixed is not None and s != fixed:
        rules.append(("fixed", m))
    for p in instance.meetings[m].participants:
        if p < len(instance.forbidden) and s in instance.forbidden[p]:
            rules.append(("forbidden", p))
    return rules or [("slots", m)]


def core_conflict(instance: ConfirmedInstance, seconds: float = 2.0) -> ConfirmedConflict | None:
    """A small set of rules with no fair timetable, by SAT under one assumption per rule; None if it finds
    a timetable or runs out of time before the first "no"."""
    started = time.monotonic()
    every = frozenset(range(instance.slot_count))
    relaxed = replace(instance, meetings=tuple(replace(m, slots=every) for m in instance.meetings))
    guards: dict[Rule, int] = {}
    encoding = encode(relaxed, guards=guards)
    top = encoding.top
    clauses: list[list[int]] = []
    for m, meeting in enumerate(instance.meetings):
        for s in every - meeting.slots:
            for rule in _removed_by(instance, m, s):
                if rule not in guards:
                    top += 1
                    guards[rule] = top
                clauses.append([-guards[rule], -encoding.x[m, s]])
    rule_of = {lit: rule for rule, lit in guards.items()}
    with Solver(name=CORE_SOLVER, bootstrap_with=encoding.formula.hard) as solver:
        solver.append_formula(clauses)
        timer = threading.Timer(seconds, solver.interrupt)
        timer.start()
        try:
            answer = solver.solve_limited(assumptions=list(rule_of), expect_interrupt=True)
        finally:
            timer.cancel()
        solver.clear_interrupt()
        if answer is not False:
            return None
        core = [lit for lit in solver.get_core() or [] if lit in rule_of]
        for lit in list(core):
            if time.monotonic() - started > seconds:
                break
            trial = [other for other in core if other != lit]
            solver.conf_budget(CORE_CONFLICTS)
            if solver.solve_limited(assumptions=trial) is False:
                smaller = set(solver.get_core() or [])
                core = [other for other in trial if other in smaller]
    return _core_as_conflict(instance, [rule_of[lit] for lit in core])


def _core_as_conflict(instance: ConfirmedInstance, rules: Sequence[Rule]) -> ConfirmedConflict:
    meetings = sorted({r[1] for r in rules if r[0] in ("fixed", "slots")})
    order = sorted((r[1], r[2]) for r in rules if len(r) == 3)
    return ConfirmedConflict(
        ConflictKind.CORE,
        participants=tuple(sorted({r[1] for r in rules if r[0] == "forbidden"})),
        meetings=tuple(meetings),
        slots=tuple(sorted({r[1] for r in rules if r[0] == "tables"})),
        precedences=tuple(order),
        needed=len(rules),
        capped=tuple(sorted({r[1] for r in rules if r[0] == "fairness"})),
    )
