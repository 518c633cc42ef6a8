"""Interpreters: a meeting whose sides share no language, with interpreting ``required``, needs one of the
interpreters who bridge them, present then, each doing one meeting at a time (Hall's condition per slot);
with interpreting ``preferred`` the interpreting tier (``interpreted_meetings``) covers as many such
meetings as it can. Interpreters are named after the solve (``assign.py``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from app.domain import InterpreterId, Meeting, Pair, SlotId
from app.scheduler.instance import Candidate, Instance
from app.scheduler.rules.base import Explained, Reason, label, when
from app.scheduler.variables import ScheduleVars


class Interpreters:
    """A meeting whose sides share no language needs one of the interpreters who bridge them, present
    then; an interpreter does one meeting at a time. Which one is chosen after the solve (assign.py).

    Per slot this is a matching of meetings to interpreters. With few kinds of meetings (sets of
    interpreters who could help) it is stated without choosing anyone, by Hall's condition: for every set
    T of interpreters, the meetings only T can help number at most the members of T who are there. That
    leaves the solver no interchangeable choices to try. With many kinds, one Boolean per meeting, slot
    and interpreter says who helps.
    """

    HALL_LIMIT = 64
    """Most unions of helper sets per slot stated by Hall's condition; beyond, choice variables."""

    def build(self, instance: Instance, model: cp_model.CpModel, vars: ScheduleVars) -> None:
        for slot in instance.slot_ids:
            there = instance.interpreters_in(slot)
            needing = [
                Needing(frozenset(helpers) & there, var, meeting.pair)
                for meeting in vars.meetings
                if (helpers := meeting.candidate.interpreters) is not None
                and (var := meeting.at(slot)) is not None
            ]
            self.match(model, slot, there, needing)

    def check(self, instance: Instance, meetings: Sequence[Meeting]) -> list[str]:
        problems: list[str] = []
        candidates = instance.candidate_by_pair
        interpreting: Counter[tuple[int, SlotId]] = Counter()
        for m in meetings:
            candidate = candidates.get(m.organisation_ids)
            if candidate is None or m.slot_id not in instance.order:
                continue
            if candidate.interpreters is None and m.interpreter_id is None:
                continue  # needs no interpreter to take place, or would only like one
            if m.interpreter_id is None:
                problems.append(f"{label(instance, m)}: they share no language and no interpreter is named")
            elif m.interpreter_id not in (candidate.helpers or ()):
                problems.append(
                    f"{label(instance, m)}: interpreter {m.interpreter_id} does not speak both sides' "
                    "languages"
                )
            elif m.slot_id not in instance.interpreters[m.interpreter_id].slots:
                absent = instance.interpreters[m.interpreter_id].name
                problems.append(f"{label(instance, m)}: interpreter {absent} is not there")
            if m.interpreter_id is not None:
                interpreting[(m.interpreter_id, m.slot_id)] += 1
        for (interpreter, slot), count in interpreting.items():
            if count > 1:
                name = (
                    instance.interpreters[interpreter].name
                    if interpreter in instance.interpreters
                    else interpreter
                )
                problems.append(f"interpreter {name} is named on {count} meetings at {when(instance, slot)}")
        return problems

    def reason_before_solving(self, instance: Instance, candidate: Candidate) -> Explained:
        """``no interpreter``: nobody bridges the sides' languages, or nobody who does is there when both
        are."""
        a, b = candidate.pair
        name_a, name_b = instance.name(a), instance.name(b)
        if candidate.interpreters == ():
            return (
                Reason.NO_INTERPRETER,
                f"{name_a} and {name_b} share no language and no interpreter speaks both",
            )
        if not candidate.slots and candidate.interpreters is not None:
            return (
                Reason.NO_INTERPRETER,
                f"{name_a} and {name_b} share no language and no interpreter for them is there when both are",
            )
        return None

    def reason(
        self, candidate: Candidate, both_free: Sequence[SlotId], interpreters: InterpreterUse
    ) -> Explained:
        """``no interpreter``: whenever both sides are free, every interpreter who could help is busy."""
        if any(interpreters.fits(candidate.pair, s) for s in both_free):
            return None
        return Reason.NO_INTERPRETER, "every interpreter who could help them is busy whenever both are free"

    def match(
        self, model: cp_model.CpModel, slot: SlotId, there: frozenset[int], needing: Sequence[Needing]
    ) -> None:
        """State that every meeting in ``needing`` that is held gets its own interpreter in ``slot``."""
        by_helpers: dict[frozenset[int], list[cp_model.IntVar]] = {}
        for need in needing:
            by_helpers.setdefault(need.helpers, []).append(need.var)
        if not by_helpers:
            return
        unions = self._unions(list(by_helpers))
        if unions is None:
            self._choices(model, slot, there, needing)
            return
        for union in unions:
            held = [var for helpers, vs in by_helpers.items() if helpers <= union for var in vs]
            if len(held) > len(union):
                model.add(sum(held) <= len(union))

    def _unions(self, kinds: list[frozenset[int]]) -> set[frozenset[int]] | None:
        unions: set[frozenset[int]] = set()
        for kind in kinds:
            unions |= {kind} | {kind | u for u in unions}
            if len(unions) > self.HALL_LIMIT:
                return None
        return unions

    def _choices(
        self, model: cp_model.CpModel, slot: SlotId, there: frozenset[int], needing: Sequence[Needing]
    ) -> None:
        per_interpreter: dict[int, list[cp_model.IntVar]] = {}
        for need in needing:
            a, b = need.pair
            able = sorted(need.helpers)
            chosen = [model.new_bool_var(f"interpret_{a}_{b}_s{slot}_i{i}") for i in able]
            model.add(sum(chosen) == need.var)
            for i, choice in zip(able, chosen, strict=True):
                per_interpreter.setdefault(i, []).append(choice)
        for held in per_interpreter.values():
            if len(held) > 1:
                model.add_at_most_one(held)
        # Implied, for the LP relaxation: no more interpreted meetings at once than interpreters there.
        if len(needing) > len(there):
            model.add(sum(need.var for need in needing) <= len(there))


@dataclass(frozen=True, slots=True)
class Needing:
    """A meeting in one slot that an interpreter must cover when ``var`` is true."""

    helpers: frozenset[int]
    """Who of those there could."""
    var: cp_model.IntVar
    pair: Pair


def interpreted_meetings(
    instance: Instance, model: cp_model.CpModel, vars: ScheduleVars
) -> dict[tuple[Pair, SlotId], cp_model.IntVar]:
    """The interpreting tier: one Boolean per meeting and slot that would like an interpreter (the sides share
    no language, but it may take place without), true only when the meeting is held there and covered, the
    covered ones matched to interpreters by the same rule as the meetings that must have one."""
    covered: dict[tuple[Pair, SlotId], cp_model.IntVar] = {}
    rule = Interpreters()
    for slot in instance.slot_ids:
        there = instance.interpreters_in(slot)
        needing = []
        for meeting in vars.meetings:
            var = meeting.at(slot)
            if var is None or not meeting.candidate.prefers_interpreter:
                continue
            helpers = frozenset(meeting.candidate.helpers or ()) & there
            if not helpers:
                continue
            a, b = meeting.pair
            with_one = model.new_bool_var(f"interpreted_{a}_{b}_s{slot}")
            model.add_implication(with_one, var)
            needing.append(Needing(helpers, with_one, meeting.pair))
        rule.match(model, slot, there, needing)
        covered.update({(need.pair, slot): need.var for need in needing})
    # Implied by "a pair meets at most once", stated for the LP relaxation.
    by_pair: dict[Pair, list[cp_model.IntVar]] = {}
    for (pair, _), var in covered.items():
        by_pair.setdefault(pair, []).append(var)
    for held in by_pair.values():
        if len(held) > 1:
            model.add_at_most_one(held)
    return covered


class InterpreterUse:
    """Interpreters taken slot by slot as meetings are placed one by one; a meeting fits when one who
    bridges its sides is free."""

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
