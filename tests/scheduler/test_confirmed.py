"""Confirmed mode: every agreed meeting placed, fewest breaks, fairly spread, proven optimal."""

from __future__ import annotations

import multiprocessing

import pytest

from app.scheduler import confirmed, confirmed_sat
from app.scheduler.cancellation import Cancellation
from app.scheduler.confirmed import (
    ConfirmedInstance,
    ConfirmedMeeting,
    ConfirmedProgress,
    count_breaks,
    participant_lower_bound,
    solve_confirmed,
    validate_confirmed,
)
from app.scheduler.confirmed_instance import relabel
from app.scheduler.confirmed_sat import (
    Answer,
    BoundCall,
    Questions,
    WaiterQuestions,
    search_waiters,
    solve_at_bound,
    solve_maxsat,
)


def instance(
    pairs: list[tuple[int, int]],
    slots: int,
    tables: int = 5,
    *,
    participants: int | None = None,
    precedences: tuple[tuple[int, int], ...] = (),
    fairness: int | None = 2,
    allowed: dict[int, set[int]] | None = None,
) -> ConfirmedInstance:
    allowed = allowed or {}
    people = participants or 1 + max(p for pair in pairs for p in pair)
    return ConfirmedInstance(
        slot_count=slots,
        table_count=tables,
        participant_count=people,
        meetings=tuple(
            ConfirmedMeeting(pair, frozenset(allowed.get(m, set(range(slots)))))
            for m, pair in enumerate(pairs)
        ),
        precedences=precedences,
        fairness=fairness,
    )


TRIANGLE = [(0, 1), (0, 2), (1, 2)]


def test_breaks_are_idle_runs_between_meetings() -> None:
    star = instance([(0, 1), (0, 2), (0, 3), (0, 4)], slots=8)
    assert count_breaks(star, [0, 2, 3, 6]) == [2, 0, 0, 0, 0]
    assert count_breaks(star, [4, 5, 6, 7]) == [0, 0, 0, 0, 0]


def test_a_triangle_needs_one_break_and_the_search_proves_it() -> None:
    triangle = instance(TRIANGLE, slots=4, tables=1)
    assert sum(participant_lower_bound(triangle, p) for p in range(3)) == 0
    result = solve_confirmed(triangle, time_limit=10)
    assert result.status == "OPTIMAL"
    assert result.breaks == result.bound == 1
    assert not validate_confirmed(triangle, result.slots)
    assert any("at most 0 breaks: impossible" in step for step in result.steps)


def test_with_enough_tables_nobody_waits_on_a_chain_but_a_ring_of_five_needs_a_break() -> None:
    chain = instance([(0, 1), (1, 2), (2, 3), (3, 4)], slots=6, tables=3)
    result = solve_confirmed(chain, time_limit=10)
    assert (result.status, result.breaks) == ("OPTIMAL", 0)
    assert not validate_confirmed(chain, result.slots)
    # Around an odd ring, back-to-back meetings would need slots alternating in parity: impossible.
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4)], slots=6, tables=3)
    assert solve_confirmed(ring, time_limit=10).breaks == 1


def test_sessions_and_forbidden_slots_are_kept() -> None:
    # Participant 0 can meet 1 only in slot 0 and 2 only in slot 3: one break is forced.
    split = instance([(0, 1), (0, 2)], slots=4, allowed={0: {0}, 1: {3}})
    assert participant_lower_bound(split, 0) == 1
    result = solve_confirmed(split, time_limit=10)
    assert result.slots == (0, 3)
    assert result.breaks == 1


def test_precedences_are_kept() -> None:
    ordered = instance([(0, 1), (0, 2), (0, 3)], slots=3, precedences=((2, 0), (0, 1)))
    result = solve_confirmed(ordered, time_limit=10)
    assert result.slots[2] < result.slots[0] < result.slots[1]
    assert not validate_confirmed(ordered, result.slots)


def test_fairness_keeps_breaks_within_d_of_each_other() -> None:
    # With d = 0 everyone must have as many breaks as the one who has none.
    spread = instance([(0, 1), (0, 2), (3, 4)], slots=3, tables=1, allowed={0: {0}, 1: {2}}, fairness=0)
    result = solve_confirmed(spread, time_limit=10)
    assert result.status == "INFEASIBLE"
    relaxed = solve_confirmed(
        instance([(0, 1), (0, 2), (3, 4)], slots=3, tables=1, allowed={0: {0}, 1: {2}}, fairness=1),
        time_limit=10,
    )
    assert (relaxed.status, relaxed.breaks) == ("OPTIMAL", 1)


def test_a_meeting_without_any_usable_slot_is_infeasible() -> None:
    result = solve_confirmed(instance([(0, 1)], slots=3, allowed={0: set()}), time_limit=5)
    assert result.status == "INFEASIBLE" and not result.slots


def test_cancelled_before_it_starts() -> None:
    cancellation = Cancellation()
    cancellation.cancel()
    result = solve_confirmed(instance(TRIANGLE, slots=4, tables=1), cancellation=cancellation)
    assert result.status == "CANCELLED"


@pytest.mark.parametrize(
    ("slots", "problem"),
    [
        ([0, 0, 1], "participant 0 is in two meetings at once"),
        ([0, 1, 5], "meeting 2 at slot 5, which it may not use"),
        ([0, 1, 1], "participant 2 is in two meetings at once"),
    ],
)
def test_the_validator_names_each_broken_rule(slots: list[int], problem: str) -> None:
    assert problem in validate_confirmed(instance(TRIANGLE, slots=4, tables=2), slots)


def test_the_validator_checks_tables_precedences_and_fairness() -> None:
    busy = instance([(0, 1), (2, 3)], slots=2, tables=1, precedences=((1, 0),), fairness=0)
    problems = validate_confirmed(busy, [0, 0])
    assert "slot 0 holds 2 meetings for 1 tables" in problems
    assert "meeting 1 must come before meeting 0" in problems
    star = instance([(0, 1), (0, 2)], slots=3, fairness=0)
    assert validate_confirmed(star, [0, 2]) == ["breaks range from 0 to 1, more than 0 apart"]


def lone_and_triangle() -> ConfirmedInstance:
    """A triangle that needs one break, plus a pair meeting once: fairness is then a cap on each."""
    return instance([*TRIANGLE, (3, 4)], slots=4, tables=1)


def test_maxsat_and_cp_sat_agree_on_the_optimum() -> None:
    both = solve_confirmed(lone_and_triangle(), time_limit=30)
    assert (both.status, both.breaks, both.bound) == ("OPTIMAL", 1, 1)
    assert any(step.startswith(("Kissat", "CaDiCaL", "CP-SAT")) for step in both.steps)
    assert not validate_confirmed(lone_and_triangle(), both.slots)
    alone = solve_confirmed(lone_and_triangle(), time_limit=30, use_maxsat=False)
    assert (alone.status, alone.breaks) == ("OPTIMAL", 1)


def test_maxsat_proves_an_optimum_above_the_participants_own_bounds() -> None:
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (5, 6)], slots=6, tables=3)
    for tables_by_meetings in (True, False):
        slots = solve_maxsat(ring, tables_by_meetings)
        assert slots is not None
        assert sum(count_breaks(ring, slots)) == 1
        assert not validate_confirmed(ring, slots)


def test_maxsat_says_when_no_fair_timetable_exists() -> None:
    # Participant 0 must wait twice; with d = 1 and someone at zero breaks that is not fair.
    spread = instance([(0, 1), (0, 2), (0, 3), (4, 5)], slots=5, allowed={0: {0}, 1: {2}, 2: {4}}, fairness=1)
    assert solve_maxsat(spread) is None
    assert solve_confirmed(spread, time_limit=30).status == "INFEASIBLE"


def test_one_sat_call_at_a_bound_finds_a_timetable_within_it_or_none() -> None:
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (5, 6)], slots=6, tables=3)
    assert solve_at_bound(ring, 0) is None
    slots = solve_at_bound(ring, 1)
    assert slots is not None and sum(count_breaks(ring, slots)) <= 1
    assert not validate_confirmed(ring, slots)


def test_a_bound_at_the_participants_own_bounds_keeps_everyone_else_in_one_run() -> None:
    # Participant 0 needs a break on its own (slots 0 and 2 only); at one break in all, nobody else may wait.
    spread = instance([(0, 1), (0, 2), (1, 3), (4, 5)], slots=4, allowed={0: {0}, 1: {2}})
    lower = [participant_lower_bound(spread, p) for p in range(spread.participant_count)]
    assert lower == [1, 0, 0, 0, 0, 0]
    slots = solve_at_bound(spread, 1, lower)
    assert slots is not None
    assert count_breaks(spread, slots) == [1, 0, 0, 0, 0, 0]
    assert not validate_confirmed(spread, slots)
    assert solve_at_bound(spread, 0, lower) is None


def test_kissat_and_the_fallback_give_the_same_optimum(monkeypatch: pytest.MonkeyPatch) -> None:
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (5, 6)], slots=6, tables=3)
    with_kissat = solve_confirmed(ring, time_limit=30)
    monkeypatch.setattr(confirmed_sat, "kissat_path", lambda: None)
    without = solve_confirmed(ring, time_limit=30)
    assert (with_kissat.status, with_kissat.breaks) == (without.status, without.breaks) == ("OPTIMAL", 1)
    assert not any(step.startswith("Kissat") for step in without.steps)
    assert not validate_confirmed(ring, without.slots)


def test_cancelled_between_two_sat_questions_keeps_the_bound_proven_so_far() -> None:
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (5, 6)], slots=6, tables=3)
    cancellation = Cancellation()

    def cancel_on_first_answer(progress: ConfirmedProgress) -> None:
        if "no timetable with at most 0 breaks" in progress.step:
            cancellation.cancel()

    result = solve_confirmed(ring, time_limit=30, progress=cancel_on_first_answer, cancellation=cancellation)
    assert (result.status, result.bound, result.slots) == ("CANCELLED", 1, ())


def four_in_a_cycle() -> ConfirmedInstance:
    """Four meetings in a cycle on one table: someone waits, though nobody would with a second table."""
    return instance([(0, 1), (2, 3), (0, 2), (1, 3), (4, 5)], slots=5, tables=1)


def test_guessing_who_waits_proves_a_break_that_only_the_tables_force() -> None:
    cycle = four_in_a_cycle()
    lower = [participant_lower_bound(cycle, p) for p in range(cycle.participant_count)]
    assert lower == [0] * 6
    assert search_waiters(cycle, lower, 0) is None
    slots = search_waiters(cycle, lower, 1)
    assert slots is not None
    assert sorted(count_breaks(cycle, slots)) == [0, 0, 0, 0, 0, 1]
    assert not validate_confirmed(cycle, slots)
    assert solve_confirmed(cycle, time_limit=30).breaks == 1


def test_guessing_who_waits_keeps_a_participant_who_must_wait_free() -> None:
    spread = instance([(0, 1), (0, 2), (1, 3), (4, 5)], slots=4, allowed={0: {0}, 1: {2}})
    lower = [participant_lower_bound(spread, p) for p in range(spread.participant_count)]
    slots = search_waiters(spread, lower, 1)
    assert slots is not None
    assert count_breaks(spread, slots) == [1, 0, 0, 0, 0, 0]
    assert search_waiters(spread, lower, 0) is None


def test_the_guessing_process_climbs_the_bounds_itself() -> None:
    cycle = four_in_a_cycle()
    call = WaiterQuestions(cycle, [0] * 6).ask(0)
    try:
        answers = []
        while len(answers) < 2:
            answer = call.poll(1.0)
            if answer is not None:
                answers.append((answer[0], call.bound))
                if answer[0] == "unsat":
                    assert call.advance(call.bound + 1)
        assert answers == [("unsat", 0), ("sat", 1)]
    finally:
        call.stop()


def test_guessing_who_waits_says_no_when_the_rules_alone_leave_no_timetable() -> None:
    # Participant 0 must wait twice; with d = 1 and someone at zero breaks no bound helps.
    spread = instance([(0, 1), (0, 2), (0, 3), (4, 5)], slots=5, allowed={0: {0}, 1: {2}, 2: {4}}, fairness=1)
    lower = [participant_lower_bound(spread, p) for p in range(spread.participant_count)]
    assert lower[0] == 2
    assert all(search_waiters(spread, lower, bound) is None for bound in (1, 2, 3))


class _Broken(BoundCall):
    def __init__(self, bound: int) -> None:
        self.bound = bound

    def poll(self, seconds: float) -> Answer | None:
        return ("failed", "broken on purpose")

    def stop(self) -> None:
        pass


class _BrokenGuesses(Questions):
    solver_name = "guessing who waits"

    def __init__(self, instance: ConfirmedInstance, lower: list[int]) -> None:
        pass

    def ask(self, bound: int) -> BoundCall:
        return _Broken(bound)


def test_the_formulas_carry_on_when_the_guesses_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confirmed, "WaiterQuestions", _BrokenGuesses)
    ring = instance([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (5, 6)], slots=6, tables=3)
    result = solve_confirmed(ring, time_limit=30)
    assert (result.status, result.breaks) == ("OPTIMAL", 1)
    assert "guessing who waits failed: broken on purpose" in result.steps


def test_a_guessing_process_that_ended_with_an_answer_to_read_has_not_failed() -> None:
    # The process climbed on by itself, answered and ended before the parent asked it to move on.
    parent, child = multiprocessing.Pipe(duplex=True)
    call = confirmed_sat.WaiterCall.__new__(confirmed_sat.WaiterCall)
    call.bound, call._connection = 0, parent
    child.send(("sat", 1, [0, 1]))
    child.close()
    assert call.advance(1), "its answer is still to be read"
    assert call.poll(1.0) == ("sat", [0, 1])
    call.advance(2)
    failed = call.poll(1.0)
    assert failed is not None and failed[0] == "failed", "nothing left to read: the process is gone"


def test_the_engine_works_in_a_canonical_order_and_answers_in_the_order_given() -> None:
    # Participant 4 is the busiest, then 3 (its meeting 3 has one slot): renumbered, 4 is participant 0,
    # 3 is 1, and the meetings follow their participants; a timetable maps back to the meetings as given.
    pairs = [(2, 3), (4, 1), (0, 4), (4, 3), (4, 2)]
    given = instance(pairs, slots=6, tables=2, allowed={3: {5}}, precedences=((1, 2),))
    ordered = relabel(given, [0, 0, 0, 0, 7])
    assert ordered.lower == (7, 0, 0, 0, 0)
    assert [m.participants for m in ordered.instance.meetings] == [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2)]
    assert [given.meetings[old].participants for old in ordered.meeting_order] == [
        (4, 3),
        (4, 2),
        (0, 4),
        (4, 1),
        (2, 3),
    ]
    assert ordered.instance.meetings[0].slots == {5}
    result = solve_confirmed(ordered.instance, time_limit=10)
    back = ordered.slots_back(result.slots)
    assert not validate_confirmed(given, back)
    assert back[3] == 5 and back[1] < back[2]
    assert solve_confirmed(given, time_limit=10).breaks == result.breaks
