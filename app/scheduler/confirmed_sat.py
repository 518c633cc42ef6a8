"""Confirmed mode as weighted MaxSAT, solved by a core-guided solver (RC2 from python-sat).

Core-guided MaxSAT proves "no timetable has fewer than k breaks" by finding unsatisfiable cores, which is
exactly where constraint programming struggles on long days; its first timetable is an optimal one. Every
hard rule is a clause set; every possible end of a break is a soft clause of weight 1.

The solver runs in a child process so that it can be stopped at the time limit or on cancel at once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from multiprocessing.connection import Connection

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool
from pysat.solvers import Solver

from app.scheduler.confirmed_instance import ConfirmedInstance, SlotIndex

SAT_SOLVER = "g3"
"""Glucose 3 inside RC2: the fastest of those measured on the JAIR instances (see docs/performance.md)."""


def fairness_by_cap(instance: ConfirmedInstance) -> bool:
    """Fairness is "at most d breaks each" when someone is bound to have none (one meeting or less)."""
    return instance.fairness is None or any(len(meetings) <= 1 for meetings in instance.meetings_of)


VARIANTS = (True, False)
"""Run side by side: with and without the implied "at most twice as many busy as tables" constraints.
Core-guided search is chaotic; on the JAIR instances each variant is fast where the other is slow."""


def encode(instance: ConfirmedInstance, implied: bool = True) -> tuple[WCNF, dict[tuple[int, int], int]]:
    """The weighted formula and the variable of each (meeting, slot) pair."""
    if not fairness_by_cap(instance):
        raise ValueError("MaxSAT confirmed mode needs a participant with at most one meeting, or no fairness")
    pool = IDPool()
    formula = WCNF()

    def add_all(clauses: Sequence[Sequence[int]]) -> None:
        for clause in clauses:
            formula.append(list(clause))

    slots = range(instance.slot_count)
    x: dict[tuple[int, int], int] = {}
    for m, meeting in enumerate(instance.meetings):
        lits = [x.setdefault((m, s), pool.id(("x", m, s))) for s in sorted(meeting.slots)]
        add_all(CardEnc.equals(lits, 1, vpool=pool, encoding=EncType.ladder).clauses)
    for s in slots:
        held = [x[m, s] for m in range(len(instance.meetings)) if (m, s) in x]
        if len(held) > instance.table_count:
            tables = CardEnc.atmost(held, instance.table_count, vpool=pool, encoding=EncType.seqcounter)
            add_all(tables.clauses)
    for earlier, later in instance.precedences:
        for s_late in instance.meetings[later].slots:
            for s_early in instance.meetings[earlier].slots:
                if s_early >= s_late:
                    formula.append([-x[earlier, s_early], -x[later, s_late]])

    busy_in_slot: list[list[int]] = [[] for _ in slots]
    for p, meetings in enumerate(instance.meetings_of):
        if not meetings:
            continue
        used = [pool.id(("used", p, s)) for s in slots]
        for s in slots:
            mine = [x[m, s] for m in meetings if (m, s) in x]
            if not mine:
                formula.append([-used[s]])
                continue
            if len(mine) > 1:
                add_all(CardEnc.atmost(mine, 1, vpool=pool, encoding=EncType.pairwise).clauses)
            for lit in mine:
                formula.append([-lit, used[s]])
            formula.append([-used[s], *mine])
            busy_in_slot[s].append(used[s])
        if len(meetings) <= 1:
            continue
        # Implied: exactly as many busy slots as meetings.
        add_all(CardEnc.equals(used, len(meetings), vpool=pool, encoding=EncType.seqcounter).clauses)
        # held[s]: a meeting at or before slot s.
        held = [pool.id(("held", p, s)) for s in slots]
        formula.append([-held[0], used[0]])
        formula.append([-used[0], held[0]])
        for s in range(1, instance.slot_count):
            formula.extend([[-held[s], held[s - 1], used[s]], [-held[s - 1], held[s]], [-used[s], held[s]]])
        # ends[s]: a break ends after slot s (idle now, a meeting before, a meeting next).
        ends = []
        for s in range(instance.slot_count - 1):
            end = pool.id(("end", p, s))
            formula.extend([[-end, -used[s]], [-end, held[s]], [-end, used[s + 1]]])
            formula.append([used[s], -held[s], -used[s + 1], end])
            formula.append([-end], weight=1)
            ends.append(end)
        if instance.fairness is not None and instance.fairness < len(ends):
            add_all(CardEnc.atmost(ends, instance.fairness, vpool=pool, encoding=EncType.seqcounter).clauses)
    for s in slots:
        # Implied: a meeting makes two participants busy, so at most twice as many as tables.
        if implied and len(busy_in_slot[s]) > 2 * instance.table_count:
            add_all(
                CardEnc.atmost(
                    busy_in_slot[s], 2 * instance.table_count, vpool=pool, encoding=EncType.seqcounter
                ).clauses
            )
    return formula, x


def solve_maxsat(instance: ConfirmedInstance, implied: bool = True) -> tuple[SlotIndex, ...] | None:
    """An optimal timetable, or None when none keeps every rule. Runs until done: see ``MaxSatProcess``."""
    formula, x = encode(instance, implied)
    with RC2(formula, solver=SAT_SOLVER, adapt=True, exhaust=True, minz=True) as rc2:
        model = rc2.compute()
    if model is None:
        return None
    true = {lit for lit in model if lit > 0}
    chosen = {m: s for (m, s), var in x.items() if var in true}
    return tuple(chosen[m] for m in range(len(instance.meetings)))


def solve_at_bound(instance: ConfirmedInstance, bound: int) -> tuple[SlotIndex, ...] | None:
    """A timetable with at most ``bound`` breaks, or None: one plain SAT call.

    When ``bound`` is a proven lower bound, a timetable found here is optimal; on the JAIR instances whose
    optimum equals the participants' own bounds this is faster than the core-guided search.
    """
    formula, x = encode(instance, implied=True)
    ends = [-clause[0] for clause in formula.soft]
    with Solver(name=SAT_SOLVER, bootstrap_with=formula.hard) as solver:
        if bound == 0:
            found = solver.solve(assumptions=[-end for end in ends])
        else:
            limit = CardEnc.atmost(ends, bound, top_id=formula.nv, encoding=EncType.seqcounter)
            solver.append_formula(limit.clauses)
            found = solver.solve()
        model = solver.get_model() if found else None
    if model is None:
        return None
    true = {lit for lit in model if lit > 0}
    chosen = {m: s for (m, s), var in x.items() if var in true}
    return tuple(chosen[m] for m in range(len(instance.meetings)))


def _child(instance: ConfirmedInstance, implied: bool, connection: Connection, at_bound: int | None) -> None:
    try:
        if at_bound is not None:
            slots = solve_at_bound(instance, at_bound)
            connection.send(
                ("done", slots) if slots is not None else ("failed", f"more than {at_bound} breaks")
            )
            return
        connection.send(("done", solve_maxsat(instance, implied)))
    except Exception as exc:  # reported to the parent, which decides
        connection.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


class MaxSatProcess:
    """RC2 in a child process: started, polled, and stopped at the time limit or on cancel."""

    def __init__(
        self, instance: ConfirmedInstance, implied: bool = True, at_bound: int | None = None
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child, args=(instance, implied, sender, at_bound), daemon=True
        )
        self._process.start()
        sender.close()

    def poll(self, seconds: float) -> tuple[str, tuple[SlotIndex, ...] | str | None] | None:
        """The child's answer if it arrives within ``seconds``: ("done", slots or None) or ("failed", why)."""
        try:
            if self._receiver.poll(seconds):
                answer: tuple[str, tuple[SlotIndex, ...] | str | None] = self._receiver.recv()
                return answer
        except (EOFError, OSError):
            return ("failed", "the MaxSAT process ended without an answer")
        return None

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._receiver.close()
