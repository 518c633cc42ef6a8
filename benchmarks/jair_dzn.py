"""The JAIR business-to-business instances as files: reading and writing their MiniZinc data (.dzn).

Shared by ``b2b_jair.py`` (the runner) and ``jair_variants.py`` (the crafted variants). A file is read into
``JairData``, which keeps the raw rules (forbidden slots per participant, the fixed slot per meeting, the
precedences per meeting) so that a variant can be written back in the format the originals use and other
solvers read; ``JairData.instance`` builds the confirmed-mode instance from it. Inside, everything counts
from 0; the files count from 1, with the originals' dummies (see the README beside the instances).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from app.scheduler.confirmed import ConfirmedInstance, ConfirmedMeeting

MORNING, AFTERNOON, ANY = 1, 2, 3
"""A meeting's session, as the files number them."""


class DznError(ValueError):
    """A .dzn file that cannot be read as an instance; the message says what is wrong."""


@dataclass(frozen=True)
class JairData:
    """One instance as its file states it, 0-based."""

    participant_count: int
    table_count: int
    slot_count: int
    morning_slots: int
    requested: tuple[tuple[int, int, int], ...]
    """Per meeting: its two participants and its session (MORNING, AFTERNOON or ANY)."""
    forbidden: tuple[frozenset[int], ...]
    """Per participant: the slots it cannot use."""
    fixed: tuple[int | None, ...]
    """Per meeting: the slot it is fixed to, or None."""
    precedences: tuple[frozenset[int], ...]
    """Per meeting: the meetings that must come before it."""

    def session_slots(self, session: int) -> frozenset[int]:
        if session == MORNING:
            return frozenset(range(self.morning_slots))
        if session == AFTERNOON:
            return frozenset(range(self.morning_slots, self.slot_count))
        return frozenset(range(self.slot_count))

    def allowed(self, meeting: int) -> frozenset[int]:
        """The slots a meeting may use: its session, not forbidden to either participant, its fixed slot."""
        a, b, session = self.requested[meeting]
        slots = self.session_slots(session) - self.forbidden[a] - self.forbidden[b]
        fixed = self.fixed[meeting]
        return slots & {fixed} if fixed is not None else slots

    def meetings_of(self, participant: int) -> list[int]:
        return [m for m, (a, b, _) in enumerate(self.requested) if participant in (a, b)]

    def instance(self, fairness: int | None = 2) -> ConfirmedInstance:
        """The confirmed-mode instance: every meeting placed, fewest breaks, fairness ``fairness``."""
        return ConfirmedInstance(
            slot_count=self.slot_count,
            table_count=self.table_count,
            participant_count=self.participant_count,
            meetings=tuple(
                ConfirmedMeeting((a, b), self.allowed(m)) for m, (a, b, _) in enumerate(self.requested)
            ),
            precedences=tuple(
                (earlier, later)
                for later, before in enumerate(self.precedences)
                for earlier in sorted(before)
            ),
            fairness=fairness,
            fixed=self.fixed,
            forbidden=self.forbidden,
        )


def shuffled(data: JairData, seed: int) -> JairData:
    """The same instance with participants and meetings renumbered by a seeded random permutation.

    Every rule follows its participants and meetings, so the optimum is unchanged; the two participants of
    a meeting may also swap places.
    """
    rng = random.Random(seed)
    people = list(range(data.participant_count))
    rng.shuffle(people)  # people[old] = new
    order = list(range(len(data.requested)))
    rng.shuffle(order)  # order[new] = old
    new_index = {old: new for new, old in enumerate(order)}
    requested = []
    for old in order:
        a, b, session = data.requested[old]
        pair = (people[a], people[b])
        if rng.random() < 0.5:
            pair = (pair[1], pair[0])
        requested.append((*pair, session))
    forbidden = [frozenset[int]()] * data.participant_count
    for old, slots in enumerate(data.forbidden):
        forbidden[people[old]] = slots
    return JairData(
        participant_count=data.participant_count,
        table_count=data.table_count,
        slot_count=data.slot_count,
        morning_slots=data.morning_slots,
        requested=tuple(requested),
        forbidden=tuple(forbidden),
        fixed=tuple(data.fixed[old] for old in order),
        precedences=tuple(frozenset(new_index[e] for e in data.precedences[old]) for old in order),
    )


# -- reading ---------------------------------------------------------------------------------------------


def _int(text: str, name: str) -> int:
    match = re.search(rf"\b{name}\s*=\s*([^;]*);", text)
    if not match:
        raise DznError(f"{name} is missing")
    value = match.group(1).strip()
    if not value.isdigit():
        raise DznError(f"{name} is not a number: {value!r}")
    return int(value)


def _block(text: str, name: str) -> str:
    match = re.search(rf"\b{name}\s*=\s*\[(.*?)\]\s*;", text, re.S)
    if not match:
        raise DznError(f"{name} is missing")
    return match.group(1)


def _numbers(body: str, name: str) -> list[int]:
    values = [v.strip() for v in body.split(",") if v.strip()]
    for value in values:
        if not value.isdigit():
            raise DznError(f"{name}: not a number: {value!r}")
    return [int(v) for v in values]


def _sets(block: str, name: str) -> list[list[int]]:
    return [_numbers(body, name) for body in re.findall(r"\{(.*?)\}", block, re.S)]


def _check_count(name: str, found: int, expected: int, what: str) -> None:
    if found != expected:
        raise DznError(f"{name} has {found} entries for {expected} {what}")


def _read_requested(text: str, participants: int) -> list[tuple[int, int, int]]:
    requested = []
    for row in _block(text, "requested").split("|"):
        values = _numbers(row, "requested")
        if not values:
            continue
        if len(values) != 3:
            raise DznError(f"requested: a row of {len(values)} numbers instead of 3: {row.strip()!r}")
        a, b, session = values
        if not (1 <= a <= participants and 1 <= b <= participants) or a == b:
            raise DznError(f"requested: participants {a} and {b} out of 1..{participants} or the same")
        if session not in (MORNING, AFTERNOON, ANY):
            raise DznError(f"requested: session {session} is not 1, 2 or 3")
        requested.append((a - 1, b - 1, session))
    return requested


def read_jair(path: Path) -> JairData:
    """A JAIR instance file; DznError (with what is wrong) if it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DznError("no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DznError(str(exc)) from None
    participants = _int(text, "nBusiness")
    meeting_count = _int(text, "nMeetings")
    slot_count = _int(text, "nTotalSlots")
    morning = _int(text, "nMorningSlots")
    if morning > slot_count:
        raise DznError(f"nMorningSlots = {morning} is more than nTotalSlots = {slot_count}")
    requested = _read_requested(text, participants)
    _check_count("requested", len(requested), meeting_count, "meetings (nMeetings)")
    forbidden_sets = _sets(_block(text, "forbidden"), "forbidden")
    _check_count("forbidden", len(forbidden_sets), participants, "participants (nBusiness)")
    fixed_values = _numbers(_block(text, "fixed"), "fixed")
    _check_count("fixed", len(fixed_values), meeting_count, "meetings (nMeetings)")
    precedence_sets = _sets(_block(text, "precedences"), "precedences")
    _check_count("precedences", len(precedence_sets), meeting_count, "meetings (nMeetings)")
    for name, values, top in (
        ("forbidden", [s for slots in forbidden_sets for s in slots], slot_count),
        ("fixed", fixed_values, slot_count),
        ("precedences", [m for before in precedence_sets for m in before], meeting_count),
    ):
        if any(v > top for v in values):
            raise DznError(f"{name}: {max(values)} is more than {top}")
    # 0 is the dummy of forbidden and of fixed (no slot); precedences have none.
    return JairData(
        participant_count=participants,
        table_count=_int(text, "nTables"),
        slot_count=slot_count,
        morning_slots=morning,
        requested=tuple(requested),
        forbidden=tuple(frozenset(s - 1 for s in slots if s > 0) for slots in forbidden_sets),
        fixed=tuple(v - 1 if v > 0 else None for v in fixed_values),
        precedences=tuple(frozenset(m - 1 for m in before if m > 0) for before in precedence_sets),
    )


# -- writing ---------------------------------------------------------------------------------------------


def _set(values: list[int]) -> str:
    return "{" + ",".join(map(str, values)) + "}"


def dzn_text(data: JairData) -> str:
    """The instance in the originals' layout: 1-based, with their dummies."""
    rows = "".join(f"{a + 1}, {b + 1},{session}, \n|" for a, b, session in data.requested)
    # meetingsxBusiness: per participant a dummy 1 and its meeting numbers plus one.
    by_participant = [_set([1, *(m + 2 for m in data.meetings_of(p))]) for p in range(data.participant_count)]
    counts = [len(data.meetings_of(p)) for p in range(data.participant_count)]
    # forbidden: a dummy 0 in every set, as most of the originals write it (some leave it out).
    forbidden = [_set([0, *sorted(s + 1 for s in slots)]) for slots in data.forbidden]
    fixed = [0 if slot is None else slot + 1 for slot in data.fixed]
    precedences = [_set(sorted(m + 1 for m in before)) for before in data.precedences]
    separator = ",\n"
    return (
        f"nBusiness = {data.participant_count};\n"
        f"nMeetings = {len(data.requested)};\n"
        f"nTables = {data.table_count};\n"
        f"nTotalSlots = {data.slot_count};\n"
        f"nMorningSlots = {data.morning_slots};\n\n"
        f"requested = [|{rows}];\n\n"
        f"meetingsxBusiness = [{separator.join(by_participant)}];\n\n"
        f"nMeetingsBusiness = [{','.join(map(str, counts))}];\n\n"
        f"forbidden = [{separator.join(forbidden)}];\n\n"
        f"fixed = [{','.join(map(str, fixed))}];\n\n"
        f"precedences = [{separator.join(precedences)}];\n\n"
    )


def write_jair(data: JairData, path: Path) -> None:
    path.write_text(dzn_text(data), encoding="utf-8")
