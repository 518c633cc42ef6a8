"""Proofs that agreed meetings cannot all be placed: counting first, then an unsatisfiable core."""

from __future__ import annotations

from dataclasses import replace

from app.scheduler.confirmed import solve_confirmed, validate_confirmed
from app.scheduler.confirmed_checks import core_conflict, examine, impossible
from app.scheduler.confirmed_instance import (
    ConfirmedConflict,
    ConfirmedInstance,
    ConfirmedMeeting,
    ConflictKind,
    describe_conflict,
)


def instance(
    pairs: list[tuple[int, int]],
    slots: int,
    tables: int = 5,
    *,
    precedences: tuple[tuple[int, int], ...] = (),
    fairness: int | None = 2,
    allowed: dict[int, set[int]] | None = None,
) -> ConfirmedInstance:
    allowed = allowed or {}
    return ConfirmedInstance(
        slot_count=slots,
        table_count=tables,
        participant_count=1 + max(p for pair in pairs for p in pair),
        meetings=tuple(
            ConfirmedMeeting(pair, frozenset(allowed.get(m, set(range(slots)))))
            for m, pair in enumerate(pairs)
        ),
        precedences=precedences,
        fairness=fairness,
    )


def test_a_feasible_instance_has_no_conflict() -> None:
    assert impossible(instance([(0, 1), (0, 2), (1, 2), (3, 4)], slots=4, tables=1)) == []


def test_more_meetings_than_slots_for_one_participant() -> None:
    crowded = instance([(0, 1), (0, 2), (0, 3), (4, 5)], slots=6, allowed={0: {1, 2}, 1: {1, 2}, 2: {2}})
    [conflict] = impossible(crowded)
    assert conflict == ConfirmedConflict(
        ConflictKind.SLOTS, participants=(0,), meetings=(0, 1, 2), slots=(1, 2), needed=3, available=2
    )
    assert describe_conflict(conflict, crowded) == (
        "participant 1 has 3 agreed meetings but can meet in only 2 slots (slot 2, slot 3)"
    )
    names = describe_conflict(conflict, crowded, participant=lambda p: "ACME", slot=lambda s: f"{9 + s}:00")
    assert names == "ACME has 3 agreed meetings but can meet in only 2 slots (10:00, 11:00)"


def test_a_meeting_without_a_slot() -> None:
    lonely = instance([(0, 1), (2, 3)], slots=3, allowed={1: set()})
    [conflict] = impossible(lonely)
    assert (conflict.kind, conflict.meetings) == (ConflictKind.SLOTS, (1,))
    assert (
        describe_conflict(conflict, lonely)
        == "the meeting of participant 3 and participant 4 has no slot it may use"
    )


def test_a_chain_longer_than_its_slots_and_a_cycle() -> None:
    chain = instance(
        [(0, 1), (2, 3), (4, 5)], slots=4, precedences=((0, 1), (1, 2)), allowed={0: {0, 1}, 2: {0, 1}}
    )
    [conflict] = impossible(chain)
    assert (conflict.kind, conflict.meetings, conflict.precedences) == (
        ConflictKind.ORDER,
        (0, 1, 2),
        ((0, 1), (1, 2)),
    )
    assert describe_conflict(conflict, chain).startswith(
        "3 meetings must come one after another (the meeting of"
    )
    assert describe_conflict(conflict, chain).endswith("but fit only in slot 1, slot 2")
    circle = instance([(0, 1), (2, 3), (4, 5)], slots=4, precedences=((0, 1), (1, 2), (2, 0)))
    [conflict] = impossible(circle)
    assert conflict.kind == ConflictKind.ORDER
    assert set(conflict.precedences) == {(0, 1), (1, 2), (2, 0)}
    assert "circle" in describe_conflict(conflict, circle)


def test_meetings_that_outnumber_the_tables_of_their_slots() -> None:
    pairs = [(2 * i, 2 * i + 1) for i in range(6)]
    busy = instance(pairs, slots=4, tables=2, allowed={m: {0, 1} for m in range(5)})
    [conflict] = impossible(busy)
    assert (conflict.kind, conflict.slots, conflict.needed, conflict.available) == (
        ConflictKind.TABLES,
        (0, 1),
        5,
        4,
    )
    assert describe_conflict(conflict, busy) == (
        "slot 1, slot 2 hold at most 4 meetings at 2 tables, but 5 agreed meetings can only use them"
    )


def test_precedences_and_a_participants_slots_together() -> None:
    # Alone each rule fits; together meeting 3 must be first, meeting 2 second, and 0 and 1 share slot 3.
    pairs = [(0, 1), (0, 2), (3, 4), (0, 5)]
    tight = instance(pairs, slots=3, precedences=((3, 2), (2, 0), (2, 1)))
    examined = examine(tight)
    [conflict] = examined.conflicts
    assert conflict.kind == ConflictKind.SLOTS
    assert conflict.participants[0] == 0
    assert conflict.precedences
    assert "counting the meetings that must come before or after others" in describe_conflict(conflict, tight)


def test_narrowing_keeps_every_timetable_and_drops_impossible_slots() -> None:
    ordered = instance([(0, 1), (0, 2), (0, 3)], slots=4, precedences=((2, 0), (0, 1)))
    examined = examine(ordered)
    assert not examined.conflicts
    assert [sorted(m.slots) for m in examined.instance.meetings] == [[1, 2], [2, 3], [0, 1]]
    result = solve_confirmed(ordered, time_limit=10)
    assert result.status == "OPTIMAL" and not validate_confirmed(ordered, result.slots)


def test_a_participant_who_must_wait_more_than_fairness_allows() -> None:
    spread = instance([(0, 1), (0, 2), (0, 3), (4, 5)], slots=5, allowed={0: {0}, 1: {2}, 2: {4}}, fairness=1)
    [conflict] = impossible(spread)
    assert (conflict.kind, conflict.participants, conflict.needed, conflict.available) == (
        ConflictKind.FAIRNESS,
        (0,),
        2,
        1,
    )
    assert (
        describe_conflict(conflict, spread)
        == "participant 1 needs at least 2 breaks; fairness allows at most 1 each"
    )
    result = solve_confirmed(spread, time_limit=10)
    assert result.status == "INFEASIBLE" and result.conflicts == (conflict,)
    assert "counting" in result.steps[-1]


def four_in_a_cycle_without_breaks() -> ConfirmedInstance:
    """Four meetings in a cycle on one table force a break; with a lone pair, fairness 0 allows none."""
    return instance([(0, 1), (2, 3), (0, 2), (1, 3), (4, 5)], slots=5, tables=1, fairness=0)


def test_sat_proves_what_counting_cannot_and_names_the_rules() -> None:
    cycle = four_in_a_cycle_without_breaks()
    assert impossible(cycle) == []
    core = core_conflict(cycle)
    assert core is not None and core.kind == ConflictKind.CORE
    assert core.capped and core.slots
    assert describe_conflict(core, cycle).startswith("these rules cannot all hold together: ")
    result = solve_confirmed(cycle, time_limit=20)
    assert result.status == "INFEASIBLE"
    assert [c.kind for c in result.conflicts] == [ConflictKind.CORE]


def test_the_core_names_fixed_and_forbidden_slots_where_the_instance_knows_them() -> None:
    cycle = four_in_a_cycle_without_breaks()
    # Meeting 4 fixed to slot 0 and participant 0 kept out of slot 4: neither is needed for the conflict,
    # but the core may only name rules that exist.
    known = replace(
        cycle,
        meetings=(
            replace(cycle.meetings[0], slots=frozenset(range(4))),
            *cycle.meetings[1:4],
            replace(cycle.meetings[4], slots=frozenset({0})),
        ),
        fixed=(None, None, None, None, 0),
        forbidden=(frozenset({4}), *[frozenset()] * 5),
    )
    core = core_conflict(known)
    assert core is not None
    assert set(core.meetings) <= {4} and set(core.participants) <= {0}
    assert core_conflict(instance([(0, 1), (2, 3)], slots=2, tables=1)) is None
