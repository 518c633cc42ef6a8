"""Re-import: what an updated workbook changes in an event, merged without losing the organiser's own edits.

Three versions meet: the registrations as last imported (the *base*, kept in the event file), the event as
it is now (the organiser may have edited it since), and the updated workbook. A value the workbook changed
since the base is taken from the workbook; a value it did not change keeps the event's, so the organiser's
edits survive. Organisations, people and interpreters are matched by name (the comparison of
``name_key``: case, spacing, punctuation and legal suffixes do not matter), people within their
organisation by e-mail, else by name. An organisation that left the workbook but already has meetings is
kept and flagged, never deleted; so is a person in a locked meeting. Anything the organiser added by hand
(in the event but not in the base) stays.

Over 400 lines because every kind of record (organisations, people, wishes, interpreters, pairs kept apart) is
compared by the same three-way merge.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any, Generic, TypeVar

from app.domain import (
    DaySession,
    Event,
    Interpreter,
    MeetingRequest,
    Organisation,
    Pair,
    Participant,
    Period,
    Precedence,
    Priority,
    Registrations,
    pair_of,
)
from app.reading.names import name_key

ADDED = "added"
CHANGED = "changed"
REMOVED = "removed"
KEPT = "kept"
"""Left the workbook but kept: an organisation with meetings, a person in a locked meeting."""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference the re-import makes, in the organiser's words."""

    action: str
    """``added``, ``changed``, ``removed`` or ``kept`` (left the workbook but kept, see ``detail``)."""
    kind: str
    """``organisation``, ``participant``, ``request``, ``interpreter`` or ``rule``."""
    name: str
    detail: str = ""
    fields: tuple[str, ...] = dataclasses.field(default=(), compare=False)
    """For a change: each field's old → new on its own (``detail`` joins them with commas)."""

    def __str__(self) -> str:
        return f"{self.action} {self.kind} {self.name}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Reimport:
    """The registrations to store (the event's own ids kept) and every change they make."""

    registrations: Registrations
    changes: tuple[Change, ...]

    def count(self, action: str, kind: str) -> int:
        return sum(1 for c in self.changes if c.action == action and c.kind == kind)

    @property
    def flagged(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.action == KEPT)


T = TypeVar("T")


def _merged(base: T | None, mine: T, theirs: T, skip: Iterable[str] = ()) -> tuple[T, list[str]]:
    """Field by field: the workbook's value where it changed since the base, else the event's."""
    values = {}
    changed = []
    for field in dataclasses.fields(mine):  # type: ignore[arg-type]
        if field.name in ("id", *skip):
            continue
        was = getattr(base, field.name) if base is not None else getattr(mine, field.name)
        new = getattr(theirs, field.name)
        value = new if new != was else getattr(mine, field.name)
        if value != getattr(mine, field.name):
            changed.append(
                f"{field.name.replace('_', ' ')} {_shown(getattr(mine, field.name))} → {_shown(value)}"
            )
        values[field.name] = value
    return dataclasses.replace(mine, **values), changed  # type: ignore[type-var]


def _shown(value: object) -> str:
    """A field's value as the organiser wrote it: 'China', '13:00', 'Chinese; English', 'none'."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == () or value == "":
        return "none"
    if isinstance(value, tuple):
        return "; ".join(_shown(v) for v in value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, Priority):
        return str(int(value))
    if isinstance(value, DaySession):
        return value.value or "any"
    return str(value)


def _by_key(items: Iterable[T], key: Callable[[T], str]) -> dict[str, T]:
    found: dict[str, T] = {}
    for item in items:
        found.setdefault(key(item), item)
    return found


def _org_key(org: Organisation) -> str:
    return name_key(org.name)


E = TypeVar("E", Organisation, Participant, Interpreter)


@dataclass
class _Matching(Generic[E]):
    """One kind of named thing (organisations, people, interpreters) matched between the three versions."""

    kind: str
    label: Callable[[E], str]
    adopt: Callable[[E, int], E]
    """A new one from the workbook, given its id in the event."""
    must_keep: Callable[[E], str | None]
    """Why one that left the workbook stays (it has meetings), or None."""
    skip: tuple[str, ...] = ()
    """Fields that are not the organiser's to compare (ids of other things)."""


def _match(
    how: _Matching[E],
    mine: Mapping[str, E],
    theirs: Mapping[str, E],
    based: Mapping[str, E] | None,
    changes: list[Change],
    on_match: Callable[[E, E], None] = lambda new, old: None,
    first_id: int = 1,
) -> list[E]:
    """Merge one kind: matched ones field by field, new ones added after the event's ids, and those that
    left the workbook removed unless the organiser added them or ``must_keep`` says why they stay."""
    # Never an id the event used, even for something gone with its organisation: no row is mistaken for it.
    next_id = max([first_id, *(item.id + 1 for item in mine.values())])
    result: list[E] = []
    for key, new in theirs.items():
        old = mine.get(key)
        if old is None:
            adopted = how.adopt(new, next_id)
            next_id += 1
            on_match(new, adopted)
            result.append(adopted)
            changes.append(Change(ADDED, how.kind, how.label(adopted)))
            continue
        on_match(new, old)
        kept, fields = _merged(based.get(key) if based is not None else None, old, new, how.skip)
        result.append(kept)
        if fields:
            changes.append(Change(CHANGED, how.kind, how.label(old), ", ".join(fields), tuple(fields)))
    for key, old in mine.items():
        if key in theirs:
            continue
        reason = how.must_keep(old)
        if based is not None and key not in based:
            result.append(old)  # the organiser added it in MeetGrid
        elif reason is not None:
            result.append(old)
            changes.append(Change(KEPT, how.kind, how.label(old), f"no longer in the workbook but {reason}"))
        else:
            changes.append(Change(REMOVED, how.kind, how.label(old)))
    return sorted(result, key=lambda item: item.id)


def merge(current: Event, incoming: Registrations, base: Registrations | None) -> Reimport:
    """The updated registrations merged into the event; see the module's description."""
    changes: list[Change] = []
    met = {org for m in current.meetings for org in m.organisation_ids}
    in_locked = {pid for m in current.meetings if m.locked for pid in m.participant_ids}

    org_id: dict[int, int] = {}  # incoming id -> stored id

    def remember(new: Organisation, stored: Organisation) -> None:
        org_id[new.id] = stored.id

    organisations = _match(
        _Matching(
            "organisation",
            lambda o: o.name,
            lambda o, new_id: dataclasses.replace(o, id=new_id),
            lambda o: "has meetings; kept" if o.id in met else None,
        ),
        _by_key(current.organisations, _org_key),
        _by_key(incoming.organisations, _org_key),
        _by_key(base.organisations, _org_key) if base is not None else None,
        changes,
        remember,
    )
    stored = {o.id for o in organisations}
    names = {o.id: o.name for o in organisations}

    people = _people(current, incoming, base, org_id, stored, in_locked, names, changes)
    requests = _requests(current, incoming, base, org_id, stored, names, changes)
    apart, precedences = _rules(current, incoming, base, org_id, stored, names, changes)
    interpreters = _interpreters(current, incoming, base, changes)
    merged = Registrations(
        organisations=tuple(sorted(organisations, key=lambda o: o.id)),
        participants=people,
        requests=requests,
        apart=apart,
        precedences=precedences,
        interpreters=interpreters,
    )
    return Reimport(merged, tuple(changes))


def _person_key(names: Mapping[int, str]) -> Callable[[Participant], str]:
    def key(person: Participant) -> str:
        who = person.email.casefold().strip() or " ".join(person.name.casefold().split())
        return f"{name_key(names.get(person.organisation_id, ''))}\n{who}"

    return key


def _people(
    current: Event,
    incoming: Registrations,
    base: Registrations | None,
    org_id: Mapping[int, int],
    stored: set[int],
    in_locked: set[int],
    names: Mapping[int, str],
    changes: list[Change],
) -> tuple[Participant, ...]:
    incoming_names = {o.id: o.name for o in incoming.organisations}
    return tuple(
        _match(
            _Matching(
                "participant",
                lambda p: f"{p.name} ({names[p.organisation_id]})",
                lambda p, new_id: dataclasses.replace(
                    p, id=new_id, organisation_id=org_id[p.organisation_id]
                ),
                lambda p: "in a locked meeting" if p.id in in_locked else None,
                skip=("organisation_id",),
            ),
            _by_key((p for p in current.participants if p.organisation_id in stored), _person_key(names)),
            _by_key(incoming.participants, _person_key(incoming_names)),
            _by_key(base.participants, _person_key({o.id: o.name for o in base.organisations}))
            if base is not None
            else None,
            changes,
            first_id=max((p.id for p in current.participants), default=0) + 1,
        )
    )


def _requests(
    current: Event,
    incoming: Registrations,
    base: Registrations | None,
    org_id: Mapping[int, int],
    stored: set[int],
    names: Mapping[int, str],
    changes: list[Change],
) -> tuple[MeetingRequest, ...]:
    def label(r: MeetingRequest) -> str:
        return f"{names[r.requester_id]} → {names[r.requested_id]}"

    mine = {(r.requester_id, r.requested_id): r for r in current.requests}
    theirs = {
        (org_id[r.requester_id], org_id[r.requested_id]): dataclasses.replace(
            r, requester_id=org_id[r.requester_id], requested_id=org_id[r.requested_id]
        )
        for r in incoming.requests
    }
    based = _base_requests(base, current)
    result: dict[tuple[int, int], MeetingRequest] = {}
    for key, new in theirs.items():
        old = mine.get(key)
        if old is None:
            result[key] = new
            changes.append(Change(ADDED, "request", label(new)))
            continue
        kept, fields = _merged(
            based.get(key) if based is not None else None,
            old,
            new,
            skip=("requester_id", "requested_id"),
        )
        result[key] = kept
        if fields:
            changes.append(Change(CHANGED, "request", label(old), ", ".join(fields), tuple(fields)))
    for key, old in mine.items():
        if key in theirs or not set(key) <= stored:
            continue
        if based is not None and key not in based:
            result[key] = old  # the organiser's own
        else:
            changes.append(Change(REMOVED, "request", label(old)))
    return tuple(result[key] for key in sorted(result))


def _base_requests(base: Registrations | None, current: Event) -> dict[Pair, MeetingRequest] | None:
    """The base's requests under the event's organisation ids (matched by name)."""
    if base is None:
        return None
    ids = {name_key(o.name): o.id for o in current.organisations}
    base_names = {o.id: name_key(o.name) for o in base.organisations}
    result: dict[Pair, MeetingRequest] = {}
    for r in base.requests:
        a, b = ids.get(base_names.get(r.requester_id, "")), ids.get(base_names.get(r.requested_id, ""))
        if a is not None and b is not None:
            result[(a, b)] = dataclasses.replace(r, requester_id=a, requested_id=b)
    return result


def _rules(
    current: Event,
    incoming: Registrations,
    base: Registrations | None,
    org_id: Mapping[int, int],
    stored: set[int],
    names: Mapping[int, str],
    changes: list[Change],
) -> tuple[tuple[Pair, ...], tuple[Precedence, ...]]:
    """Pairs kept apart and meeting orders: the workbook's, plus those the organiser added by hand."""
    ids = {name_key(o.name): o.id for o in current.organisations}
    base_ids = {o.id: ids.get(name_key(o.name)) for o in base.organisations} if base is not None else {}

    def from_base(pair: Pair) -> Pair | None:
        a, b = base_ids.get(pair[0]), base_ids.get(pair[1])
        return pair_of(a, b) if a is not None and b is not None else None

    theirs_apart = {pair_of(org_id[a], org_id[b]) for a, b in incoming.apart}
    base_apart = {p for p in (from_base(x) for x in (base.apart if base else ())) if p is not None}
    mine_apart = set(current.apart)
    apart = theirs_apart | {p for p in mine_apart if base is not None and p not in base_apart}
    apart = {p for p in apart if set(p) <= stored}
    for pair in sorted(apart - mine_apart):
        changes.append(Change(ADDED, "rule", f"{names[pair[0]]} and {names[pair[1]]} do not meet"))
    for pair in sorted(mine_apart - apart):
        if set(pair) <= stored:
            changes.append(Change(REMOVED, "rule", f"{names[pair[0]]} and {names[pair[1]]} do not meet"))

    def mapped(p: Precedence, ids: Callable[[int], int | None]) -> Precedence | None:
        a, b, c, d = (ids(x) for x in (*p.first, *p.then))
        if a is None or b is None or c is None or d is None:
            return None
        return Precedence((a, b), (c, d))

    theirs_order = {q for q in (mapped(p, org_id.get) for p in incoming.precedences) if q is not None}
    base_order = {q for q in (mapped(p, base_ids.get) for p in (base.precedences if base else ())) if q}
    mine_order = set(current.precedences)
    order = theirs_order | {p for p in mine_order if base is not None and p not in base_order}
    order = {p for p in order if set(p.first) | set(p.then) <= stored}
    for p in sorted(order - mine_order, key=str):
        changes.append(Change(ADDED, "rule", _order_words(p, names)))
    for p in sorted(mine_order - order, key=str):
        if set(p.first) | set(p.then) <= stored:
            changes.append(Change(REMOVED, "rule", _order_words(p, names)))
    return tuple(sorted(apart)), tuple(sorted(order, key=lambda p: (p.first, p.then)))


def _order_words(p: Precedence, names: Mapping[int, str]) -> str:
    first = f"{names[p.first[0]]} – {names[p.first[1]]}"
    then = f"{names[p.then[0]]} – {names[p.then[1]]}"
    return f"meeting {first} before {then}"


def _interpreters(
    current: Event, incoming: Registrations, base: Registrations | None, changes: list[Change]
) -> tuple[Interpreter, ...]:
    def key(i: Interpreter) -> str:
        return " ".join(i.name.casefold().split())

    named = {m.interpreter_id for m in current.meetings if m.locked and m.interpreter_id is not None}
    return tuple(
        _match(
            _Matching(
                "interpreter",
                lambda i: i.name,
                lambda i, new_id: dataclasses.replace(i, id=new_id),
                lambda i: "named on a locked meeting" if i.id in named else None,
            ),
            _by_key(current.interpreters, key),
            _by_key(incoming.interpreters, key),
            _by_key(base.interpreters, key) if base is not None else None,
            changes,
        )
    )


# -- the base: the registrations as last imported, kept in the event file as JSON --------------------------


def registrations_to_json(registrations: Registrations) -> str:
    """Registrations as JSON text, for keeping the base of the next re-import."""
    return json.dumps(_plain(registrations), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, Priority):
        return int(value)
    if isinstance(value, DaySession):
        return value.value
    return value


def registrations_from_json(text: str) -> Registrations:
    """The registrations ``registrations_to_json`` wrote."""
    data = json.loads(text)

    def clock(value: str | None) -> time | None:
        return time.fromisoformat(value) if value else None

    def periods(values: Sequence[Mapping[str, str]]) -> tuple[Period, ...]:
        return tuple(Period(time.fromisoformat(p["start"]), time.fromisoformat(p["end"])) for p in values)

    return Registrations(
        organisations=tuple(
            Organisation(
                **{
                    **o,
                    "interests": tuple(o["interests"]),
                    "languages": tuple(o["languages"]),
                    "available_from": clock(o["available_from"]),
                    "available_until": clock(o["available_until"]),
                    "away": periods(o["away"]),
                }
            )
            for o in data["organisations"]
        ),
        participants=tuple(
            Participant(**{**p, "languages": tuple(p["languages"]), "away": periods(p["away"])})
            for p in data["participants"]
        ),
        requests=tuple(
            MeetingRequest(
                r["requester_id"],
                r["requested_id"],
                Priority(r["priority"]),
                DaySession(r["session"]),
                bool(r.get("agreed", False)),
            )
            for r in data["requests"]
        ),
        apart=tuple(pair_of(a, b) for a, b in data["apart"]),
        precedences=tuple(Precedence(tuple(p["first"]), tuple(p["then"])) for p in data["precedences"]),
        interpreters=tuple(
            Interpreter(
                **{
                    **i,
                    "languages": tuple(i["languages"]),
                    "available_from": clock(i["available_from"]),
                    "available_until": clock(i["available_until"]),
                    "away": periods(i["away"]),
                }
            )
            for i in data["interpreters"]
        ),
    )
