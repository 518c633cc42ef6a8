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
they can be stopped at once at the time limit or on cancel. Beside them, ``search_waiters`` guesses which
few participants wait and keeps everyone else in one run, under assumptions in an incremental solver: where
the tables alone force the breaks, that finds the timetable at the optimum many times faster than one call
on the whole formula. RC2, a core-guided MaxSAT solver, is kept for small instances and as a cross-check.

Over 400 lines because the two SAT encodings and the processes that answer them share the clause building.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import multiprocessing
import os
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
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
    tables_on: int = 0
    """With ``switched_tables``, the literal that turns the tables on; 0 when they always hold."""

    def slots(self, instance: ConfirmedInstance, model: Sequence[int]) -> tuple[SlotIndex, ...]:
        true = {lit for lit in model if lit > 0}
        chosen = {m: s for (m, s), var in self.x.items() if var in true}
        return tuple(chosen[m] for m in range(len(instance.meetings)))


def encode(
    instance: ConfirmedInstance,
    tables_by_meetings: bool = False,
    switched_tables: bool = False,
    guards: dict[tuple[str, int] | tuple[str, int, int], int] | None = None,
) -> Encoding:
    """The rules as clauses, with fairness written as a cap of d breaks on everyone.

    The tables are counted either over the participants busy in a slot or over the meetings held in it:
    two ways of saying the same, and each is the fast one on some of the JAIR instances. With
    ``switched_tables`` the (participants-side) tables hold only while ``tables_on`` is assumed, so that
    one solver answers both the question and its relaxation without tables. With ``guards``, each slot's
    tables, each participant's fairness cap and each precedence hold only while its own literal is
    assumed, filled in as ``("tables", slot)``, ``("fairness", p)``, ``("order", earlier, later)``.
    """
    if not fairness_by_cap(instance):
        raise ValueError("SAT confirmed mode needs a participant with at most one meeting, or no fairness")
    pool = IDPool()
    formula = WCNF()
    tables_on = pool.id("tables") if switched_tables else 0

    def add_all(
        clauses: Sequence[Sequence[int]], rule: tuple[str, int] | tuple[str, int, int] = ("", 0)
    ) -> None:
        if guards is not None and rule[0]:
            guard = guards.setdefault(rule, pool.id(rule))
            for clause in clauses:
                formula.append([-guard, *clause])
            return
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
                add_all(tables.clauses, ("tables", s))
    # Precedences through "meeting m at or before slot s": one clause per slot of the later meeting.
    by: dict[int, list[int]] = {}
    for m in sorted({m for rule in instance.precedences for m in rule}):
        by[m] = [pool.id(("by", m, s)) for s in slots]
        for s in slots:
            if (m, s) in x:
                formula.append([-x[m, s], by[m][s]])
            if s + 1 < instance.slot_count:
                formula.append([-by[m][s], by[m][s + 1]])
            formula.append([-by[m][s], *([by[m][s - 1]] if s else []), *([x[m, s]] if (m, s) in x else [])])
    for earlier, later in instance.precedences:
        add_all(
            [
                [-x[later, s], *([by[earlier][s - 1]] if s else [])]
                for s in sorted(instance.meetings[later].slots)
            ],
            ("order", earlier, later),
        )

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
            add_all(
                CardEnc.atmost(ends, instance.fairness, vpool=pool, encoding=EncType.seqcounter).clauses,
                ("fairness", p),
            )
    for s in slots:
        # The tables, seen from the participants: each meeting makes two of them busy.
        if not tables_by_meetings and len(busy_in_slot[s]) > 2 * instance.table_count:
            tables = CardEnc.atmost(
                busy_in_slot[s], 2 * instance.table_count, vpool=pool, encoding=EncType.seqcounter
            )
            add_all(
                [[-tables_on, *clause] for clause in tables.clauses] if tables_on else tables.clauses,
                ("tables", s),
            )
    return Encoding(formula, x, all_ends, all_held, all_used, pool.top, tables_on)


def caps_at(instance: ConfirmedInstance, lower: Sequence[int], bound: int) -> list[int]:
    """Most breaks each participant can have in a timetable with at most ``bound`` breaks in all."""
    slack = bound - sum(lower)
    fairness = instance.fairness if instance.fairness is not None else instance.slot_count
    return [min(fairness, own + slack) for own in lower]


def one_run_clauses(
    instance: ConfirmedInstance, encoding: Encoding, p: int, unless: int | None = None
) -> list[list[int]]:
    """Participant ``p`` without a break; with ``unless``, only while that literal is false."""
    # One unbroken run of n meetings: busy in s exactly when it started at or before s and not at or
    # before s - n; said outright, so that the first slot fixes every busy one.
    count, held, used = len(instance.meetings_of[p]), encoding.held[p], encoding.used[p]
    clauses = [[-end] for end in encoding.ends[p]]
    for s in range(instance.slot_count):
        if s >= count:
            clauses.append([-used[s], -held[s - count]])
            clauses.append([-held[s], held[s - count], used[s]])
        else:
            clauses.append([-held[s], used[s]])
    return clauses if unless is None else [[unless, *clause] for clause in clauses]


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
            clauses.extend(one_run_clauses(instance, encoding, p))
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


WAITER_SOLVER = "g4"
"""Glucose 4 for the guesses of who waits: thousands of small calls under assumptions, where it measured
faster than CaDiCaL 1.9 and 3.0 on the JAIR instances."""
FIRST_CONFLICTS = 10000
"""Conflicts one guess gets in the first pass; each later pass allows four times as many."""
WIDEST_LEVEL = 2000
"""Guesses of one size the relaxation may try before it is skipped as a guide."""


class Superseded(Exception):
    """The question was settled elsewhere while the guesses were still running."""


def search_waiters(
    instance: ConfirmedInstance, lower: Sequence[int], bound: int
) -> tuple[SlotIndex, ...] | None:
    """A timetable with at most ``bound`` breaks found by guessing who waits, or None when there is none."""
    return WaiterSearch(instance, lower).at(bound)


class WaiterSearch:
    """Guesses who waits, for one rising bound after another.

    At a tight bound only a few participants can have a break, and once they are known, with everyone else
    in one unbroken run, the question is easy. A guess W says "everyone outside W in one run", given to
    the solver as assumptions, so a wrong guess costs little, and its failed assumptions (a core) name
    participants of whom at least one more must wait: only they are worth adding. The guesses start from
    the smallest sets that suffice without the tables (a relaxation, quick to answer): every set that
    works with tables contains such a set. Each guess gets a conflict budget per pass, four times more
    each pass; guessing from nobody upwards makes the search complete, so it also proves "no".
    """

    def __init__(
        self,
        instance: ConfirmedInstance,
        lower: Sequence[int],
        settled_elsewhere: Callable[[], bool] = lambda: False,
    ) -> None:
        self.instance = instance
        self.lower = list(lower)
        self.settled_elsewhere = settled_elsewhere
        """Asked between guesses; ``at`` raises ``Superseded`` once it says yes."""
        self.encoding = encode(instance, switched_tables=True)

    def at(self, bound: int) -> tuple[SlotIndex, ...] | None:
        """A timetable with at most ``bound`` breaks, or None when there is none; runs until it knows."""
        instance, lower, encoding = self.instance, self.lower, self.encoding
        spare = bound - sum(lower)
        if spare < 0:
            return None
        caps = caps_at(instance, lower, bound)
        extra = bound_clauses(instance, encoding, lower, bound)
        top = max([encoding.top, *(abs(lit) for clause in extra for lit in clause)])
        chooser: dict[int, int] = {}
        guarded: list[list[int]] = []
        for p, meetings in enumerate(instance.meetings_of):
            if len(meetings) > 1 and lower[p] == 0 and caps[p] > 0:
                top += 1
                chooser[top] = p
                guarded.extend(one_run_clauses(instance, encoding, p, unless=top))
        # "p waits" is the literal that lifts p's run; assuming its negation keeps p in one run.
        lifts = {p: lit for lit, p in chooser.items()}
        with Solver(name=WAITER_SOLVER, bootstrap_with=encoding.formula.hard) as solver:
            solver.append_formula(extra)
            solver.append_formula(guarded)

            def ask(
                waiting: frozenset[int], tables: bool, conflicts: int
            ) -> tuple[bool | None, frozenset[int]]:
                if self.settled_elsewhere():
                    raise Superseded
                assumptions = [-lit for p, lit in lifts.items() if p not in waiting]
                assumptions.append(encoding.tables_on if tables else -encoding.tables_on)
                solver.conf_budget(conflicts)
                answer = solver.solve_limited(assumptions=assumptions)
                if answer is not False:
                    return answer, frozenset()
                # No core when the clauses alone are contradictory: then no guess can help.
                core = solver.get_core() or []
                return False, frozenset(chooser[-lit] for lit in core if -lit in chooser)

            # The smallest sets of waiters that suffice without tables, by size, each grown only by core.
            # Asked afresh at each bound: the looser caps admit more of them, which orders the guesses
            # better (reusing the last bound's sets measured slower).
            starts: list[frozenset[int]] = []
            level = {frozenset[int]()}
            for size in range(spare + 1):
                grown: set[frozenset[int]] = set()
                for waiting in level:
                    answer, core = ask(waiting, False, -1)
                    if answer:
                        starts.append(waiting)
                    elif size < spare:
                        grown.update(waiting | {p} for p in core - waiting)
                if starts or len(grown) > WIDEST_LEVEL:
                    break
                if not grown:
                    return None  # not even without tables
                level = grown
            # Who waits in many of those sets is the likelier to wait with tables too.
            often = Counter(p for waiting in starts for p in waiting)
            guesses = sorted(starts, key=lambda waiting: (-sum(often[p] for p in waiting), sorted(waiting)))
            guesses.append(frozenset())

            settled: dict[frozenset[int], frozenset[int]] = {}
            conflicts = FIRST_CONFLICTS
            while True:
                unsettled = False
                visited: set[frozenset[int]] = set()
                stack = list(reversed(guesses))
                while stack:
                    waiting = stack.pop()
                    if waiting in visited:
                        continue
                    visited.add(waiting)
                    if waiting not in settled:
                        answer, core = ask(waiting, True, conflicts)
                        if answer:
                            return encoding.slots(instance, solver.get_model() or [])
                        if answer is None:
                            unsettled = True
                            continue
                        settled[waiting] = core
                    if len(waiting) < spare:
                        # Tried first (popped last): who waits most often without tables, then who has
                        # the most meetings (the slowest of eight relabelled copies of the two hard JAIR
                        # events went from 12.7 s to 6.0 s against the participant number alone).
                        choices = sorted(
                            settled[waiting] - waiting,
                            key=lambda p: (often[p], len(instance.meetings_of[p]), -p),
                        )
                        stack.extend(waiting | {p} for p in choices)
                if not unsettled:
                    return None
                conflicts *= 4


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

    def advance(self, bound: int) -> bool:
        """Move on to a higher ``bound`` without a new process, where the call can; False otherwise."""
        return False

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
        nice: int = 0,
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
            preexec_fn=_lowered(nice),
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


def _lowered(nice: int) -> Callable[[], None] | None:
    """For a child process: lower its priority by ``nice`` where the system can, so that it takes only
    what the other questions leave of the cores."""
    if nice <= 0 or not hasattr(os, "nice"):
        return None
    return lambda: _be_nice(nice)


def _be_nice(nice: int) -> None:
    if nice > 0 and hasattr(os, "nice"):
        # where the system refuses, the question runs at the usual priority
        with contextlib.suppress(OSError):
            os.nice(nice)


def _child(clauses: list[list[int]], connection: Connection, nice: int = 0) -> None:
    _be_nice(nice)
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
        self,
        instance: ConfirmedInstance,
        encoding: Encoding,
        extra: Sequence[Sequence[int]],
        bound: int,
        nice: int = 0,
    ) -> None:
        self.bound = bound
        self._instance = instance
        self._encoding = encoding
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        clauses = [*encoding.formula.hard, *map(list, extra)]
        self._process = context.Process(target=_child, args=(clauses, sender, nice), daemon=True)
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


def _waiter_child(instance: ConfirmedInstance, lower: list[int], bound: int, connection: Connection) -> None:
    """Climbs the bounds on its own, and skips ahead to any bound the parent sends."""
    latest = bound

    def moved_on() -> bool:
        nonlocal latest
        while connection.poll():
            latest = max(latest, connection.recv())
        return latest > bound

    try:
        search = WaiterSearch(instance, lower, moved_on)
        while True:
            try:
                slots = search.at(bound)
            except Superseded:
                bound = latest
                continue
            if slots is not None:
                connection.send(("sat", bound, slots))
                return
            connection.send(("unsat", bound, None))
            moved_on()
            bound = max(bound + 1, latest)
    except Exception as exc:  # reported to the parent, which decides
        connection.send(("failed", bound, f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


class WaiterCall(BoundCall):
    """``search_waiters`` in a child process that climbs the bounds itself: one process per solve.

    ``bound`` is the bound its last answer was about, or the one it is working on.
    """

    def __init__(self, instance: ConfirmedInstance, lower: Sequence[int], bound: int) -> None:
        self.bound = bound
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe(duplex=True)
        self._process = context.Process(
            target=_waiter_child, args=(instance, list(lower), bound, child_end), daemon=True
        )
        self._process.start()
        child_end.close()

    def poll(self, seconds: float) -> Answer | None:
        try:
            if not self._connection.poll(seconds):
                return None
            kind, bound, payload = self._connection.recv()
        except (EOFError, OSError):
            return ("failed", "the SAT process ended without an answer")
        self.bound = bound
        answer: Answer = (kind, payload)
        return answer

    def advance(self, bound: int) -> bool:
        if bound > self.bound:
            self.bound = bound
            try:
                self._connection.send(bound)
            except OSError:
                # The child climbed on by itself and ended with its answer, still to be read: a call with
                # an answer waiting has not failed.
                return self._connection.poll()
        return True

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._connection.close()


ANY_NICE = 10
"""How much lower the question "any fair timetable at all?" runs than the climb's (Unix ``nice``)."""


class Questions:
    """Asks "at most k breaks?" for any k; each question runs in its own process."""

    solver_name = "SAT"

    def ask(self, bound: int) -> BoundCall:
        raise NotImplementedError


class WaiterQuestions(Questions):
    """The questions answered by guessing who waits (``search_waiters``)."""

    solver_name = "guessing who waits"

    def __init__(self, instance: ConfirmedInstance, lower: Sequence[int]) -> None:
        self.instance = instance
        self.lower = list(lower)

    def ask(self, bound: int) -> BoundCall:
        return WaiterCall(self.instance, self.lower, bound)


class BoundQuestions(Questions):
    """The questions as one formula each, reusing one encoding."""

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
        self.solver_name = "Kissat" if self.program else "CaDiCaL"

    def ask_any(self, bound: int) -> BoundCall:
        """ "Any fair timetable at all?": the rules without a bound on the breaks (``bound`` is its label).

        At a lower priority (``ANY_NICE``): it takes what the questions of the climb leave of the cores.
        """
        if self.program:
            self.seed += 1
            return KissatCall(
                self.program, self.instance, self.encoding, self._base, [], bound, self.seed, ANY_NICE
            )
        return ChildCall(self.instance, self.encoding, [], bound, ANY_NICE)

    def ask(self, bound: int) -> BoundCall:
        extra = bound_clauses(self.instance, self.encoding, self.lower, bound)
        if self.program:
            self.seed += 1
            return KissatCall(self.program, self.instance, self.encoding, self._base, extra, bound, self.seed)
        return ChildCall(self.instance, self.encoding, extra, bound)
