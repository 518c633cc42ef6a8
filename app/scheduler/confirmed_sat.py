"""Confirmed mode as SAT: "is there a fair timetable with at most k breaks?", asked for rising k.

Every hard rule is a clause set over "meeting m in slot s" variables. A participant's breaks are counted by
literals that mark where an idle run ends before a meeting. Two facts make the questions easy to answer:

- a slot holds at most as many meetings as there are tables exactly when at most twice as many participants
  are busy in it, since every meeting makes two people busy; the participants' side is the far smaller
  formula, so the tables are written only that way;
- when at most k breaks are allowed and each participant alone needs at least its own bound, participant p
  may have at most k minus the others' bounds. At the lowest k that cap is 0 for most people, whose meetings
  then form one unbroken run: its first slot fixes every busy slot, which the solver propagates at once.

A "no" at k proves that every timetable has more than k breaks, so the first "yes" is optimal. The calls run
as separate processes (Kissat when installed, otherwise CaDiCaL from python-sat in a child process), so that
they can be stopped at once at the time limit or on cancel. RC2, a core-guided MaxSAT solver, is kept for
small instances and as a cross-check.
"""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool
from pysat.solvers import Solver

from app.scheduler.confirmed_instance import ConfirmedInstance, SlotIndex

RC2_SOLVER = "g3"
"""Glucose 3 inside RC2: the fastest of those measured on the JAIR instances (see docs/performance.md)."""
FALLBACK_SOLVER = "cd19"
"""CaDiCaL 1.9 from python-sat, for the bound calls when no Kissat is installed."""


def fairness_by_cap(instance: ConfirmedInstance) -> bool:
    """Fairness is "at most d breaks each" when someone is bound to have none (one meeting or less)."""
    return instance.fairness is None or any(len(meetings) <= 1 for meetings in instance.meetings_of)


@dataclass
class Encoding:
    formula: WCNF
    """Hard rules, and one soft clause of weight 1 against each possible break."""
    x: dict[tuple[int, int], int]
    """The variable of each (meeting, slot) pair."""
    ends: list[list[int]]
    """Per participant, the literals that mark a break ending after each slot."""
    held: list[list[int]]
    """Per participant, "a meeting at or before slot s"."""
    used: list[list[int]]
    """Per participant, "busy in slot s"."""
    top: int
    """The highest variable in use."""

    def slots(self, instance: ConfirmedInstance, model: Sequence[int]) -> tuple[SlotIndex, ...]:
        true = {lit for lit in model if lit > 0}
        chosen = {m: s for (m, s), var in self.x.items() if var in true}
        return tuple(chosen[m] for m in range(len(instance.meetings)))


def encode(instance: ConfirmedInstance, tables_by_meetings: bool = False) -> Encoding:
    """The rules as clauses, with fairness written as a cap of d breaks on everyone.

    The tables are counted either over the participants busy in a slot or over the meetings held in it:
    two ways of saying the same, and each is the fast one on some of the JAIR instances.
    """
    if not fairness_by_cap(instance):
        raise ValueError("SAT confirmed mode needs a participant with at most one meeting, or no fairness")
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
    if tables_by_meetings:
        for s in slots:
            held_in = [x[m, s] for m in range(len(instance.meetings)) if (m, s) in x]
            if len(held_in) > instance.table_count:
                tables = CardEnc.atmost(
                    held_in, instance.table_count, vpool=pool, encoding=EncType.seqcounter
                )
                add_all(tables.clauses)
    for earlier, later in instance.precedences:
        for s_late in instance.meetings[later].slots:
            for s_early in instance.meetings[earlier].slots:
                if s_early >= s_late:
                    formula.append([-x[earlier, s_early], -x[later, s_late]])

    busy_in_slot: list[list[int]] = [[] for _ in slots]
    all_ends: list[list[int]] = []
    all_held: list[list[int]] = []
    all_used: list[list[int]] = []
    for p, meetings in enumerate(instance.meetings_of):
        used = [pool.id(("used", p, s)) for s in slots]
        held = [pool.id(("held", p, s)) for s in slots]
        ends: list[int] = []
        all_used.append(used)
        all_held.append(held)
        all_ends.append(ends)
        if not meetings:
            continue
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
        formula.append([-held[0], used[0]])
        formula.append([-used[0], held[0]])
        for s in range(1, instance.slot_count):
            formula.extend([[-held[s], held[s - 1], used[s]], [-held[s - 1], held[s]], [-used[s], held[s]]])
        # ends[s]: a break ends after slot s (idle now, a meeting before, a meeting next).
        for s in range(instance.slot_count - 1):
            end = pool.id(("end", p, s))
            formula.extend([[-end, -used[s]], [-end, held[s]], [-end, used[s + 1]]])
            formula.append([used[s], -held[s], -used[s + 1], end])
            formula.append([-end], weight=1)
            ends.append(end)
        if instance.fairness is not None and instance.fairness < len(ends):
            add_all(CardEnc.atmost(ends, instance.fairness, vpool=pool, encoding=EncType.seqcounter).clauses)
    for s in slots:
        # The tables, seen from the participants: each meeting makes two of them busy.
        if not tables_by_meetings and len(busy_in_slot[s]) > 2 * instance.table_count:
            add_all(
                CardEnc.atmost(
                    busy_in_slot[s], 2 * instance.table_count, vpool=pool, encoding=EncType.seqcounter
                ).clauses
            )
    return Encoding(formula, x, all_ends, all_held, all_used, pool.top)


def caps_at(instance: ConfirmedInstance, lower: Sequence[int], bound: int) -> list[int]:
    """Most breaks each participant can have in a timetable with at most ``bound`` breaks in all."""
    slack = bound - sum(lower)
    fairness = instance.fairness if instance.fairness is not None else instance.slot_count
    return [min(fairness, own + slack) for own in lower]


def bound_clauses(
    instance: ConfirmedInstance, encoding: Encoding, lower: Sequence[int], bound: int
) -> list[list[int]]:
    """Clauses that add "at most ``bound`` breaks" to the encoding; fresh variables start above its top."""
    clauses: list[list[int]] = []
    pool = IDPool(start_from=encoding.top + 1)
    counted: list[int] = []
    for p, cap in enumerate(caps_at(instance, lower, bound)):
        ends = encoding.ends[p]
        if not ends:
            continue
        if cap <= 0:
            clauses.extend([-end] for end in ends)
            # One unbroken run of n meetings: busy in s exactly when it started at or before s and
            # not at or before s - n.
            count, held, used = len(instance.meetings_of[p]), encoding.held[p], encoding.used[p]
            for s in range(instance.slot_count):
                if s >= count:
                    clauses.append([-used[s], -held[s - count]])
                    clauses.append([-held[s], held[s - count], used[s]])
                else:
                    clauses.append([-held[s], used[s]])
            continue
        if cap < len(ends) and (instance.fairness is None or cap < instance.fairness):
            clauses.extend(CardEnc.atmost(ends, cap, vpool=pool, encoding=EncType.seqcounter).clauses)
        counted.extend(ends)
    if counted and bound < len(counted):
        if bound <= 0:
            clauses.extend([-end] for end in counted)
        else:
            clauses.extend(CardEnc.atmost(counted, bound, vpool=pool, encoding=EncType.seqcounter).clauses)
    return clauses


def solve_maxsat(
    instance: ConfirmedInstance, tables_by_meetings: bool = False
) -> tuple[SlotIndex, ...] | None:
    """An optimal timetable by core-guided MaxSAT, or None when none keeps every rule; runs until done."""
    encoding = encode(instance, tables_by_meetings)
    with RC2(encoding.formula, solver=RC2_SOLVER, adapt=True, exhaust=True, minz=True) as rc2:
        model = rc2.compute()
    return None if model is None else encoding.slots(instance, model)


def solve_at_bound(
    instance: ConfirmedInstance, bound: int, lower: Sequence[int] | None = None
) -> tuple[SlotIndex, ...] | None:
    """A timetable with at most ``bound`` breaks, or None: one SAT call in this process.

    ``lower`` holds a proven lower bound on each participant's own breaks; zeros when not given.
    """
    encoding = encode(instance)
    lower = lower if lower is not None else [0] * instance.participant_count
    with Solver(name=FALLBACK_SOLVER, bootstrap_with=encoding.formula.hard) as solver:
        solver.append_formula(bound_clauses(instance, encoding, lower, bound))
        model = solver.get_model() if solver.solve() else None
    return None if model is None else encoding.slots(instance, model)


def kissat_path() -> str | None:
    """The Kissat solver shipped by the passagemath-kissat package, or one on the PATH."""
    try:
        for file in importlib.metadata.files("passagemath-kissat") or ():
            if file.name == "kissat" and file.parent.name == "bin":
                path = Path(str(file.locate()))
                if path.is_file() and os.access(path, os.X_OK):
                    return str(path)
    except importlib.metadata.PackageNotFoundError:
        pass
    return shutil.which("kissat")


Answer = tuple[str, tuple[SlotIndex, ...] | str | None]
"""("sat", slots), ("unsat", None) or ("failed", why)."""


class BoundCall:
    """One running "at most k breaks?" question, in its own process; polled, and stopped at once."""

    bound: int

    def poll(self, seconds: float) -> Answer | None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class KissatCall(BoundCall):
    """Kissat on a formula file; its answer is read back from a file so that no pipe can fill up."""

    def __init__(
        self,
        program: str,
        instance: ConfirmedInstance,
        encoding: Encoding,
        base: str,
        extra: Sequence[Sequence[int]],
        bound: int,
        seed: int,
    ) -> None:
        self.bound = bound
        self._instance = instance
        self._encoding = encoding
        self._folder = tempfile.TemporaryDirectory(prefix="meetgrid-")
        folder = Path(self._folder.name)
        variables = max([encoding.top, *(abs(lit) for clause in extra for lit in clause)])
        with (folder / "question.cnf").open("w", encoding="ascii") as out:
            out.write(f"p cnf {variables} {len(encoding.formula.hard) + len(extra)}\n")
            out.write(base)
            out.writelines(" ".join(map(str, clause)) + " 0\n" for clause in extra)
        self._answer = (folder / "answer.txt").open("w+b")  # closed in stop()
        self._process = subprocess.Popen(
            [program, "-q", f"--seed={seed}", str(folder / "question.cnf")],
            stdin=subprocess.DEVNULL,
            stdout=self._answer,
            stderr=subprocess.DEVNULL,
        )

    def poll(self, seconds: float) -> Answer | None:
        try:
            code = self._process.wait(seconds)
        except subprocess.TimeoutExpired:
            return None
        # Kissat's exit codes: 10 satisfiable, 20 unsatisfiable.
        if code == 20:
            return ("unsat", None)
        if code != 10:
            return ("failed", f"Kissat stopped with code {code}")
        self._answer.seek(0)
        model = [
            int(value)
            for line in self._answer.read().decode("ascii").splitlines()
            if line.startswith("v")
            for value in line[1:].split()
        ]
        return ("sat", self._encoding.slots(self._instance, model))

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._answer.close()
        self._folder.cleanup()


def _child(clauses: list[list[int]], connection: Connection) -> None:
    try:
        with Solver(name=FALLBACK_SOLVER, bootstrap_with=clauses) as solver:
            model = solver.get_model() if solver.solve() else None
        connection.send(("sat", model) if model is not None else ("unsat", None))
    except Exception as exc:  # reported to the parent, which decides
        connection.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


class ChildCall(BoundCall):
    """CaDiCaL from python-sat in a child process, for when Kissat is not installed."""

    def __init__(
        self, instance: ConfirmedInstance, encoding: Encoding, extra: Sequence[Sequence[int]], bound: int
    ) -> None:
        self.bound = bound
        self._instance = instance
        self._encoding = encoding
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        clauses = [*encoding.formula.hard, *map(list, extra)]
        self._process = context.Process(target=_child, args=(clauses, sender), daemon=True)
        self._process.start()
        sender.close()

    def poll(self, seconds: float) -> Answer | None:
        try:
            if not self._receiver.poll(seconds):
                return None
            kind, payload = self._receiver.recv()
        except (EOFError, OSError):
            return ("failed", "the SAT process ended without an answer")
        if kind == "sat":
            return ("sat", self._encoding.slots(self._instance, payload))
        answer: Answer = (kind, payload)
        return answer

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._receiver.close()


class BoundQuestions:
    """Asks "at most k breaks?" for any k, reusing one encoding; each question runs in its own process."""

    def __init__(
        self, instance: ConfirmedInstance, lower: Sequence[int], tables_by_meetings: bool, seed: int = 1
    ) -> None:
        self.instance = instance
        self.lower = list(lower)
        self.encoding = encode(instance, tables_by_meetings)
        self.program = kissat_path()
        self.seed = seed
        self._base = (
            "".join(" ".join(map(str, clause)) + " 0\n" for clause in self.encoding.formula.hard)
            if self.program
            else ""
        )

    @property
    def solver_name(self) -> str:
        return "Kissat" if self.program else "CaDiCaL"

    def ask(self, bound: int) -> BoundCall:
        extra = bound_clauses(self.instance, self.encoding, self.lower, bound)
        if self.program:
            self.seed += 1
            return KissatCall(self.program, self.instance, self.encoding, self._base, extra, bound, self.seed)
        return ChildCall(self.instance, self.encoding, extra, bound)
