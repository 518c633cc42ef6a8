"""Re-plan the rest of a day with the fewest changes: what has started stays, absent sides are cancelled
(or a free colleague stands in), and the capacity freed goes to wishes not yet met, moving nothing else.

The model is small on purpose: every meeting that stays is fixed, and the only choices are new candidate
pairs in the slots after ``now`` (and, when the organiser allows moves, the later meetings' slots). A
greedy fill gives the first answer and CP-SAT improves it within a short time limit.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ortools.sat.python import cp_model

from app.domain import Event, Meeting, OrgId, Pair, ParticipantId, Priority, SlotId, TableId
from app.domain.changes import Cancelled, Changes, Moved
from app.scheduler.assign import _best_tables, _InterpreterMatching
from app.scheduler.greedy import greedy_plan
from app.scheduler.instance import Candidate, FixedMeeting, Instance, Party, build_instance
from app.scheduler.rules.interpreters import Interpreters, Needing
from app.scheduler.validate import validate

VALUE_WEIGHT = 100
"""A wish's value (mutual first, then priorities) outweighs the fairness bonus of any one meeting."""
FAIRNESS_BONUS = 10
"""The most one side adds to a new meeting for having few meetings."""
MOVABLE_PER_MOVE = 10
"""Later meetings the model may move, per move the organiser allows."""
MOVE_COST = 1
"""A move is only made when it meets more wishes."""


@dataclass(frozen=True, slots=True)
class Replan:
    """The re-planned timetable, what changed, and whether the solver proved that no better fill exists
    (with moves allowed: none better among the later meetings it was given to move, ``_movable``)."""

    meetings: tuple[Meeting, ...]
    changes: Changes
    proven_best: bool
    problems: tuple[str, ...] = ()
    """What the validator finds in the result (empty: every hard rule holds)."""


def started_slots(event: Event, now: datetime) -> frozenset[SlotId]:
    """The slots that have begun by ``now``: their meetings stay exactly as they are."""
    return frozenset(s.id for s in event.slots if s.start <= now)


def present_slots(
    event: Event, now: datetime, base: Instance | None = None
) -> dict[ParticipantId, frozenset[SlotId]]:
    """Per person, the slots they can sit in: as planned in slots that have started, and as the desk knows
    (absent, expected later) in the others. ``base`` is ``build_instance(event)`` when known."""
    started = started_slots(event, now)
    base = base or build_instance(event)
    slots = event.slot_by_id
    present = {}
    for party in base.parties.values():
        for person in party.people:
            attendance = event.attendance_by_participant.get(person.id)
            present[person.id] = (
                person.slots
                if attendance is None
                else frozenset(
                    s
                    for s in person.slots
                    if s in started or attendance.present(slots[s].start, slots[s].end)
                )
            )
    return present


def day_instance(event: Event, now: datetime, base: Instance | None = None) -> Instance:
    """The event's instance as the day stands at ``now``: nobody absent sits in a later slot, and the
    organiser's minimum meetings and agreed meetings no longer bind (planning promises, not rules of the
    day).
    The validator checks a re-planned timetable against it. ``base`` is ``build_instance(event)`` when
    known."""
    base = base or build_instance(event)
    present = present_slots(event, now, base)
    parties = {org: _with_presence(party, present) for org, party in base.parties.items()}
    # A locked meeting with a side that is not there any more is no longer the organiser's demand.
    fixed = tuple(f for f in base.fixed if all(parties[org].present(f.slot) for org in f.pair))
    day = _narrowed(base, parties, fixed=fixed)
    # An agreed meeting is a planning promise too: on the day, what was planned stays unless an absence
    # cancels it, and a wish made since (a walk-in's) is a wish, even when every request was agreed.
    return dataclasses.replace(
        day,
        candidates=tuple(dataclasses.replace(c, agreed=False) if c.agreed else c for c in day.candidates),
        all_agreed=False,
    )


def _with_presence(party: Party, present: Mapping[ParticipantId, frozenset[SlotId]]) -> Party:
    if not party.people:
        return dataclasses.replace(party, min_meetings=0)
    people = tuple(dataclasses.replace(p, slots=present[p.id]) for p in party.people)
    capacity = {slot: sum(1 for p in people if slot in p.slots) for slot in party.capacity}
    return dataclasses.replace(party, people=people, capacity=capacity, min_meetings=0)


def _narrowed(
    base: Instance,
    parties: Mapping[OrgId, Party],
    fixed: tuple[FixedMeeting, ...],
    slots_of: Mapping[Pair, tuple[SlotId, ...]] | None = None,
) -> Instance:
    """``base`` with other parties, every candidate's slots cut to those both sides can still use (or
    given by ``slots_of``), and other fixed meetings."""
    # Only parties whose presence changed need their candidates' slots looked at again.
    changed = {
        org: frozenset(s for s, n in party.capacity.items() if n > 0)
        for org, party in parties.items()
        if party.capacity != base.parties[org].capacity
    }
    candidates = []
    for c in base.candidates:
        if slots_of is not None and c.pair in slots_of:
            slots = slots_of[c.pair]
        elif c.pair[0] in changed or c.pair[1] in changed:
            slots = tuple(s for s in c.slots if all(s in changed.get(org, (s,)) for org in c.pair))
        else:
            slots = c.slots
        candidates.append(c if slots == c.slots else dataclasses.replace(c, slots=slots))
    known = {c.pair for c in candidates}
    for f in fixed:
        if f.pair not in known:  # a meeting added by hand that nobody requested: it stays where it is
            candidates.append(Candidate(f.pair, 0, False, Priority.IF_TIME_ALLOWS, (f.slot,)))
            known.add(f.pair)
    candidates.sort(key=lambda c: c.pair)
    return dataclasses.replace(base, parties=dict(parties), candidates=tuple(candidates), fixed=fixed)


def absence_reason(event: Event, org: OrgId, slot: SlotId) -> str:
    """Why an organisation's side of a meeting in ``slot`` is empty, in the organiser's words."""
    organisation = event.organisation_by_id[org]
    start = event.slot_by_id[slot].start
    end = event.slot_by_id[slot].end
    people = event.participants_by_organisation.get(org, ())
    attendances = [event.attendance_of(p.id) for p in people]
    away = [a for a in attendances if not a.present(start, end)]
    if people and len(away) == len(people):
        gone = [a.absent_from for a in away if a.absent_from is not None and a.absent_from < end]
        if len(gone) == len(away):
            return f"{organisation.name} is absent from {max(gone):%H:%M}"
        late = [a.expected_from for a in away if a.expected_from is not None and a.arrived_at is None]
        if late:
            return f"{organisation.name} is expected only from {min(late):%H:%M}"
        return f"{organisation.name} is absent then"
    if away:
        names = ", ".join(event.participant_by_id[a.participant_id].name for a in away)
        return f"{names} of {organisation.name} cannot come at {start:%H:%M} and no colleague is free then"
    return f"nobody of {organisation.name} is free at {start:%H:%M}"


def replan(
    event: Event,
    now: datetime,
    allow_moves: int = 0,
    time_limit: float = 1.0,
    base: Instance | None = None,
) -> Replan:
    """The day re-planned at ``now`` with the fewest changes (see the module's docstring); ``base`` is
    ``build_instance(event)`` when known. ``time_limit`` bounds CP-SAT's improvement of the greedy fill."""
    clock = time.perf_counter()
    base = base or build_instance(event)
    started = started_slots(event, now)
    present = present_slots(event, now, base)
    kept, cancelled = _keep_or_cancel(event, started, present)
    day = day_instance(event, now, base)
    pinned = _fill_instance(event, day, kept, started, {})
    held = Counter(org for m in kept for org in m.organisation_ids)
    plan = greedy_plan(pinned, fair_rounds=max(held.values(), default=0))
    improved, proven = _improve(pinned, kept, {}, plan, 0, time_limit)
    meetings = _meetings(event, day, kept, {}, improved)
    # Moves are tried from the best fill without any, that fill staying, so a move is only made where it
    # meets a wish still unmet.
    movable = _movable(day, kept, started, improved, allow_moves) if allow_moves > 0 else {}
    if movable:
        filled = list(meetings)
        model_instance = _fill_instance(event, day, filled, started, movable)
        start = [(m.organisation_ids, m.slot_id) for m in filled]
        moved_plan, moved_proven = _improve(model_instance, filled, movable, start, allow_moves, time_limit)
        if moved_plan != start:
            meetings = _meetings(event, day, filled, movable, moved_plan)
            improved, proven = moved_plan, moved_proven
    # A locked meeting that an absence cancels is no longer the organiser's demand.
    staying = {(m.organisation_ids, m.slot_id) for m in kept}
    checked = dataclasses.replace(day, fixed=tuple(f for f in day.fixed if (f.pair, f.slot) in staying))
    problems = tuple(validate(checked, meetings))
    if problems and sorted(improved) != sorted(plan):  # the greedy fill keeps every rule: fall back to it
        meetings, proven = _meetings(event, day, kept, {}, plan), False
        problems = tuple(validate(checked, meetings))
    changes = _changes(event, kept, cancelled, meetings, now, time.perf_counter() - clock)
    return Replan(meetings, changes, proven, problems)


def _movable(
    instance: Instance,
    kept: Sequence[Meeting],
    started: frozenset[SlotId],
    plan: Sequence[tuple[Pair, SlotId]],
    allow_moves: int,
) -> dict[Pair, Meeting]:
    """The later meetings a move could help: not locked, of an organisation with a wish the fill left
    unmet, or at a time such a wish could use (its table would do); the most valuable wishes first,
    ``MOVABLE_PER_MOVE`` per move allowed, so that the model stays small."""
    placed = {pair for pair, _ in plan}
    kept_pairs = {m.organisation_ids for m in kept}
    wanting: dict[OrgId, int] = {}
    wanted: dict[SlotId, int] = {}
    for c in instance.candidates:
        later = [s for s in c.slots if s not in started]
        if later and c.value > 0 and c.pair not in placed and c.pair not in kept_pairs:
            for org in c.pair:
                wanting[org] = max(wanting.get(org, 0), c.value)
            for slot in later:
                wanted[slot] = max(wanted.get(slot, 0), c.value)

    def gain(m: Meeting) -> int:
        return max(wanted.get(m.slot_id, 0), *(wanting.get(org, 0) for org in m.organisation_ids))

    helpful = [m for m in kept if m.slot_id not in started and not m.locked and gain(m) > 0]
    helpful.sort(key=lambda m: (-gain(m), m.id))
    return {m.organisation_ids: m for m in helpful[: MOVABLE_PER_MOVE * allow_moves]}


def _keep_or_cancel(
    event: Event, started: frozenset[SlotId], present: Mapping[ParticipantId, frozenset[SlotId]]
) -> tuple[list[Meeting], list[Cancelled]]:
    """Meetings that stay (without their absent people, a free colleague standing in for a side left
    empty) and those cancelled with their reason. Started meetings stay untouched."""
    owner = {p.id: p.organisation_id for p in event.participants}
    busy = {(pid, m.slot_id) for m in event.meetings for pid in m.participant_ids}
    kept: list[Meeting] = []
    cancelled: list[Cancelled] = []
    order = {s.id: s.start for s in event.slots}
    for meeting in sorted(event.meetings, key=lambda m: (order[m.slot_id], m.table_id, m.id)):
        slot = meeting.slot_id
        if slot in started:
            kept.append(meeting)
            continue
        people = [pid for pid in meeting.participant_ids if slot in present.get(pid, frozenset())]
        reason = ""
        for org in meeting.organisation_ids:
            colleagues = event.participants_by_organisation.get(org, ())
            if not colleagues or any(owner.get(pid) == org for pid in people):
                continue
            stand_in = next(
                (p.id for p in colleagues if slot in present[p.id] and (p.id, slot) not in busy), None
            )
            if stand_in is None:
                reason = reason or absence_reason(event, org, slot)
            else:
                people.append(stand_in)
                busy.add((stand_in, slot))
        if reason:
            cancelled.append(Cancelled(meeting, reason))
            for pid in people:
                busy.discard((pid, slot))
        else:
            kept.append(dataclasses.replace(meeting, participant_ids=tuple(sorted(people))))
    return kept, cancelled


def _fill_instance(
    event: Event,
    day: Instance,
    kept: Sequence[Meeting],
    started: frozenset[SlotId],
    movable: Mapping[Pair, Meeting],
) -> Instance:
    """The model's instance: kept meetings fixed (the movable ones free to go to another later slot),
    each organisation's capacity in a later slot cut to its people not in a kept meeting then, and new
    pairs only in later slots where both sides have someone free and a table is free."""
    in_kept: dict[tuple[OrgId, SlotId], int] = Counter()
    seated: set[tuple[ParticipantId, SlotId]] = set()
    for m in kept:
        for org in m.organisation_ids:
            in_kept[(org, m.slot_id)] += 1
        seated.update((pid, m.slot_id) for pid in m.participant_ids)
    parties = {}
    for org, party in day.parties.items():
        if not party.people:
            parties[org] = party
            continue
        capacity = dict(party.capacity)
        for slot, count in party.capacity.items():
            if slot in started:
                continue
            free = sum(1 for p in party.people if slot in p.slots and (p.id, slot) not in seated)
            capacity[slot] = min(count, free + in_kept[(org, slot)])
        parties[org] = dataclasses.replace(party, capacity=capacity)
    tables_used = Counter(m.slot_id for m in kept if m.organisation_ids not in movable)
    later = [s.id for s in day.slots if s.id not in started]
    # With moves, a wish the fill left unmet can only use what a move frees: the slots the movable leave.
    freed = {m.slot_id for m in movable.values()}
    open_slots = [s for s in later if tables_used[s] < len(day.tables) and (not movable or s in freed)]
    slots_of: dict[Pair, tuple[SlotId, ...]] = {}
    kept_pairs = {m.organisation_ids: m for m in kept}
    for c in day.candidates:
        meeting = kept_pairs.get(c.pair)
        if meeting is not None and c.pair in movable:
            both = [s for s in later if s in c.slots and all(parties[o].present(s) for o in c.pair)]
            slots_of[c.pair] = tuple(sorted({meeting.slot_id, *both}, key=day.order.__getitem__))
        elif meeting is not None:
            slots_of[c.pair] = (meeting.slot_id,)
        elif c.value <= 0:
            slots_of[c.pair] = ()
        else:
            slots_of[c.pair] = tuple(
                s
                for s in open_slots
                if s in c.slots and all(parties[o].capacity.get(s, 0) > 0 for o in c.pair)
            )
    fixed = tuple(
        FixedMeeting(m.organisation_ids, m.slot_id, m.table_id, m.participant_ids, m.interpreter_id)
        for m in kept
        if m.organisation_ids not in movable
    )
    for m in kept:  # a kept meeting nobody requested: a candidate at its own slot only
        slots_of.setdefault(m.organisation_ids, (m.slot_id,))
    narrowed = _narrowed(day, parties, fixed, slots_of)
    precedences = tuple(
        (first, then)
        for first, then in narrowed.precedences
        if first in narrowed.candidate_by_pair and then in narrowed.candidate_by_pair
    )
    return dataclasses.replace(narrowed, precedences=precedences)


def _improve(
    instance: Instance,
    kept: Sequence[Meeting],
    movable: Mapping[Pair, Meeting],
    start: Sequence[tuple[Pair, SlotId]],
    allow_moves: int,
    time_limit: float,
) -> tuple[list[tuple[Pair, SlotId]], bool]:
    """CP-SAT from the greedy fill: more wishes met, fairly, with at most ``allow_moves`` moves. Only the
    new pairs and the movable meetings have variables; what stays is counted out of each limit first."""
    kept_pairs = {m.organisation_ids for m in kept}
    choices = [c for c in instance.candidates if c.slots and (c.pair not in kept_pairs or c.pair in movable)]
    if not any(c.pair not in kept_pairs for c in choices):
        return list(start), True
    fill = FillModel(instance, [m for m in kept if m.organisation_ids not in movable], choices)
    moves = []
    for pair, meeting in movable.items():
        model_vars = fill.at[pair]
        fill.model.add_exactly_one(model_vars.values())
        moves += [var for slot, var in model_vars.items() if slot != meeting.slot_id]
    if moves:
        fill.model.add(cp_model.LinearExpr.sum(moves) <= allow_moves)
    held = Counter(org for m in kept for org in m.organisation_ids)
    most = max(held.values(), default=0)

    def bonus(org: OrgId) -> int:
        return min(FAIRNESS_BONUS, max(0, most - held[org]))

    hinted = set(start)
    variables: list[cp_model.IntVar] = []
    weights: list[int] = []
    hint_value = 0
    for c in choices:
        if c.pair not in kept_pairs:
            weight = VALUE_WEIGHT * c.value + bonus(c.pair[0]) + bonus(c.pair[1])
            for slot, var in fill.at[c.pair].items():
                variables.append(var)
                weights.append(weight)
                hint_value += weight * ((c.pair, slot) in hinted)
    variables += moves
    weights += [-MOVE_COST] * len(moves)
    fill.model.maximize(cp_model.LinearExpr.weighted_sum(variables, weights))
    for pair, model_vars in fill.at.items():
        for slot, var in model_vars.items():
            fill.model.add_hint(var, (pair, slot) in hinted)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    code = solver.solve(fill.model)
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.objective_value < hint_value:
        return list(start), False
    pinned = [(m.organisation_ids, m.slot_id) for m in kept if m.organisation_ids not in movable]
    chosen = [
        (pair, slot) for pair, vs in fill.at.items() for slot, var in vs.items() if solver.boolean_value(var)
    ]
    return pinned + chosen, code == cp_model.OPTIMAL


class FillModel:
    """The small model of a re-plan: one Boolean per new pair (or movable meeting) and later slot, and
    the hard rules stated on what the meetings that stay leave free: people, tables and seats, each
    organisation's maximum, interpreters, meeting orders and pauses after meetings in a row."""

    def __init__(self, instance: Instance, pinned: Sequence[Meeting], choices: Sequence[Candidate]) -> None:
        self.instance = instance
        self.model = cp_model.CpModel()
        self.at: dict[Pair, dict[SlotId, cp_model.IntVar]] = {
            c.pair: {s: self.model.new_bool_var(f"fill_{c.pair[0]}_{c.pair[1]}_s{s}") for s in c.slots}
            for c in choices
        }
        self.pinned = pinned
        self.by_party_slot: dict[tuple[OrgId, SlotId], list[cp_model.IntVar]] = defaultdict(list)
        self.by_slot: dict[SlotId, list[tuple[Pair, cp_model.IntVar]]] = defaultdict(list)
        for pair, model_vars in self.at.items():
            if len(model_vars) > 1:
                self.model.add_at_most_one(model_vars.values())
            for slot, var in model_vars.items():
                self.by_slot[slot].append((pair, var))
                for org in pair:
                    self.by_party_slot[(org, slot)].append(var)
        self.busy = Counter((org, m.slot_id) for m in pinned for org in m.organisation_ids)
        self._people()
        self._tables()
        self._maximum()
        self._interpreters()
        self._order()
        self._pauses()

    def _people(self) -> None:
        for (org, slot), held in self.by_party_slot.items():
            room = self.instance.parties[org].capacity.get(slot, 0) - self.busy[(org, slot)]
            if len(held) > room:
                self.model.add(cp_model.LinearExpr.sum(held) <= max(0, room))

    def _tables(self) -> None:
        instance = self.instance
        taken: dict[SlotId, set[TableId]] = defaultdict(set)
        for m in self.pinned:
            taken[m.slot_id].add(m.table_id)
        hosts = set(instance.host_table.values())
        for slot, held in self.by_slot.items():
            shared = []
            at_own: dict[TableId, list[cp_model.IntVar]] = defaultdict(list)
            for pair, var in held:
                own = instance.table_of(pair)
                if own is None:
                    shared.append((pair, var))
                else:
                    at_own[own].append(var)
            for own, vs in at_own.items():
                self.model.add(cp_model.LinearExpr.sum(vs) <= (0 if own in taken[slot] else 1))
            free = [t for t in instance.tables if t.id not in taken[slot] and t.id not in hosts]
            if len(shared) > len(free):
                self.model.add(cp_model.LinearExpr.sum([var for _, var in shared]) <= len(free))
            roomiest = max((t.seats for t in free), default=0)
            for seats in sorted({t.seats for t in free})[:-1]:
                larger = [var for pair, var in shared if min(instance.size(pair, slot), roomiest) > seats]
                room = sum(1 for t in free if t.seats > seats)
                if len(larger) > room:
                    self.model.add(cp_model.LinearExpr.sum(larger) <= room)

    def _maximum(self) -> None:
        held = Counter(org for m in self.pinned for org in m.organisation_ids)
        mine: dict[OrgId, list[cp_model.IntVar]] = defaultdict(list)
        for pair, model_vars in self.at.items():
            for org in pair:
                mine[org] += model_vars.values()
        for org, vs in mine.items():
            cap = self.instance.parties[org].max_meetings
            if cap is not None and len(vs) > cap - held[org]:
                self.model.add(cp_model.LinearExpr.sum(vs) <= max(0, cap - held[org]))

    def _interpreters(self) -> None:
        busy = {(m.interpreter_id, m.slot_id) for m in self.pinned if m.interpreter_id is not None}
        rule = Interpreters()
        for slot, held in self.by_slot.items():
            there = frozenset(i for i in self.instance.interpreters_in(slot) if (i, slot) not in busy)
            needing = [
                Needing(frozenset(helpers) & there, var, pair)
                for pair, var in held
                if (helpers := self.instance.candidate_by_pair[pair].interpreters) is not None
            ]
            rule.match(self.model, slot, there, needing)

    def _order(self) -> None:
        position = self.instance.order
        fixed_at = {m.organisation_ids: m.slot_id for m in self.pinned}
        for first, then in self.instance.precedences:
            firsts = self._slots_of(first, fixed_at)
            thens = self._slots_of(then, fixed_at)
            for s1, v1 in firsts:
                for s2, v2 in thens:
                    if position[s1] < position[s2]:
                        continue
                    # Not both here: a meeting that stays is always held, so only the other can give way.
                    free = [v.Not() for v in (v1, v2) if not isinstance(v, bool)]
                    if free:
                        self.model.add_bool_or(free)

    def _slots_of(
        self, pair: Pair, fixed_at: Mapping[Pair, SlotId]
    ) -> list[tuple[SlotId, cp_model.IntVar | bool]]:
        if pair in fixed_at:
            return [(fixed_at[pair], True)]
        return list(self.at.get(pair, {}).items())

    def _pauses(self) -> None:
        limit = self.instance.max_in_a_row
        if limit is None:
            return
        for window in self.instance.in_a_row_windows():
            orgs = {org for slot in window for pair, _ in self.by_slot.get(slot, []) for org in pair}
            for org in orgs:
                held = [var for slot in window for var in self.by_party_slot.get((org, slot), [])]
                people = max(self.instance.parties[org].capacity.get(slot, 0) for slot in window)
                room = limit * people - sum(self.busy[(org, slot)] for slot in window)
                if len(held) > room:
                    self.model.add(cp_model.LinearExpr.sum(held) <= max(0, room))


def _meetings(
    event: Event,
    day: Instance,
    kept: Sequence[Meeting],
    movable: Mapping[Pair, Meeting],
    plan: Sequence[tuple[Pair, SlotId]],
) -> tuple[Meeting, ...]:
    """Kept meetings as they are (a moved one at its new slot), the new ones with people, a table and an
    interpreter where one is needed and free."""
    at = dict(plan)
    stay = [m for m in kept if at.get(m.organisation_ids, m.slot_id) == m.slot_id]
    moving = [m for m in kept if at.get(m.organisation_ids, m.slot_id) != m.slot_id]
    kept_pairs = {m.organisation_ids for m in kept}
    new_pairs = [(pair, slot) for pair, slot in plan if pair not in kept_pairs]
    placing = [(m.organisation_ids, at[m.organisation_ids]) for m in moving] + new_pairs
    seated = {(pid, m.slot_id) for m in stay for pid in m.participant_ids}
    people = _people(day, placing, seated)
    tables = _tables(day, stay, placing, people)
    interpreters = _interpreters(day, stay, placing)
    result = list(stay)
    next_id = max((m.id for m in event.meetings), default=0) + 1
    for m in moving:
        key = (m.organisation_ids, at[m.organisation_ids])
        result.append(
            dataclasses.replace(
                m,
                slot_id=key[1],
                table_id=tables[key],
                participant_ids=people[key],
                interpreter_id=interpreters.get(key),
            )
        )
    for key in sorted(new_pairs, key=lambda k: (day.order[k[1]], k[0])):
        result.append(
            Meeting(next_id, key[1], tables[key], key[0], people[key], False, interpreters.get(key))
        )
        next_id += 1
    order = {s.id: s.start for s in event.slots}
    return tuple(sorted(result, key=lambda m: (order[m.slot_id], m.table_id)))


def _people(
    day: Instance, placing: Sequence[tuple[Pair, SlotId]], seated: set[tuple[ParticipantId, SlotId]]
) -> dict[tuple[Pair, SlotId], tuple[ParticipantId, ...]]:
    """Each organisation's free people in a slot dealt out among its placed meetings there."""
    by_party: dict[tuple[OrgId, SlotId], list[Pair]] = defaultdict(list)
    for pair, slot in placing:
        for org in pair:
            by_party[(org, slot)].append(pair)
    attending: dict[tuple[Pair, SlotId], list[ParticipantId]] = {key: [] for key in placing}
    for (org, slot), pairs in sorted(by_party.items()):
        free = [p.id for p in day.parties[org].people if slot in p.slots and (p.id, slot) not in seated]
        for index, pid in enumerate(free):
            attending[(sorted(pairs)[index % len(pairs)], slot)].append(pid)
    return {key: tuple(sorted(people)) for key, people in attending.items()}


def _tables(
    day: Instance,
    stay: Sequence[Meeting],
    placing: Sequence[tuple[Pair, SlotId]],
    people: Mapping[tuple[Pair, SlotId], tuple[ParticipantId, ...]],
) -> dict[tuple[Pair, SlotId], TableId]:
    """Free tables for the placed meetings, slot by slot, so that people walk as little as possible."""
    taken: dict[SlotId, set[TableId]] = defaultdict(set)
    last_table: dict[ParticipantId, TableId] = {}
    for m in sorted(stay, key=lambda m: day.order[m.slot_id]):
        taken[m.slot_id].add(m.table_id)
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in placing:
        by_slot[slot].append(pair)
    kept_by_host = set(day.host_table.values())
    stay_by_slot: dict[SlotId, list[Meeting]] = defaultdict(list)
    for m in stay:
        stay_by_slot[m.slot_id].append(m)
    result: dict[tuple[Pair, SlotId], TableId] = {}
    for slot in sorted(day.slot_ids, key=day.order.__getitem__):
        waiting = []
        for pair in sorted(by_slot.get(slot, [])):
            own = day.table_of(pair)
            if own is not None:
                result[(pair, slot)] = own
                taken[slot].add(own)
            else:
                waiting.append(pair)
        free = [t for t in day.tables if t.id not in taken[slot] and t.id not in kept_by_host]
        result.update(
            {(pair, slot): t for pair, t in _best_tables(waiting, free, slot, people, last_table).items()}
        )
        for m in stay_by_slot.get(slot, []):
            last_table.update(dict.fromkeys(m.participant_ids, m.table_id))
        for pair in by_slot.get(slot, []):
            last_table.update(dict.fromkeys(people[(pair, slot)], result[(pair, slot)]))
    return result


def _interpreters(
    day: Instance, stay: Sequence[Meeting], placing: Sequence[tuple[Pair, SlotId]]
) -> dict[tuple[Pair, SlotId], int]:
    """Interpreters for the placed meetings from those not named on a kept meeting then."""
    locked = {(m.organisation_ids, m.slot_id): m.interpreter_id for m in stay if m.interpreter_id is not None}
    by_slot: dict[SlotId, list[Pair]] = defaultdict(list)
    for pair, slot in locked:
        by_slot[slot].append(pair)
    for pair, slot in placing:
        if day.candidate_by_pair[pair].helpers:
            by_slot[slot].append(pair)
    chosen = {}
    placed = set(placing)
    for slot, pairs in by_slot.items():
        for interpreter, pair in _InterpreterMatching(day, slot, locked).run(pairs).items():
            if (pair, slot) in placed:
                chosen[(pair, slot)] = interpreter
    return chosen


def _changes(
    event: Event,
    kept: Sequence[Meeting],
    cancelled: Sequence[Cancelled],
    meetings: Sequence[Meeting],
    now: datetime,
    seconds: float,
) -> Changes:
    """What differs between the event's timetable and the re-planned one, each change with its reason."""
    before = {m.id: m for m in event.meetings}
    after = {m.id: m for m in meetings}
    names = event.participant_by_id
    slots = event.slot_by_id
    tables = event.table_by_id
    added = tuple(m for m in meetings if m.id not in before)
    moved = []
    unchanged = 0
    for m in kept:
        new = after[m.id]
        old = before[m.id]
        if new == old:
            unchanged += 1
            continue
        if (new.slot_id, new.table_id) != (old.slot_id, old.table_id):
            reason = (
                f"moved to {slots[new.slot_id].start:%H:%M} at {tables[new.table_id].name} to make room for "
                "more wishes"
            )
        else:
            gone = [names[p].name for p in old.participant_ids if p not in new.participant_ids]
            came = [names[p].name for p in new.participant_ids if p not in old.participant_ids]
            reason = (
                f"{', '.join(came)} in place of {', '.join(gone)}" if came else f"without {', '.join(gone)}"
            )
            if new.interpreter_id != old.interpreter_id:
                reason = "another interpreter"
        moved.append(Moved(old, new, reason))
    return Changes(
        now=now,
        cancelled=tuple(cancelled),
        added=added,
        moved=tuple(moved),
        unchanged=unchanged,
        seconds=round(seconds, 3),
    )
