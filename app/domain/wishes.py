"""Who wishes to meet whom: the requests of an event by organisation and by group, and edits to them.

The edits return new ``Registrations`` to store with ``edits.change_registrations``; they change only
the requests and keep their order, so the organiser's other registrations are untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from app.domain.model import (
    Event,
    MeetingRequest,
    Organisation,
    OrgId,
    Pair,
    Priority,
    Registrations,
    pair_of,
)

Grouping = Literal["group", "country"]
"""Which field of an organisation places it in a row or column of the request matrix."""


@dataclass(frozen=True)
class OrganisationWishes:
    """One organisation's requests, both ways, in registration order."""

    made: tuple[MeetingRequest, ...] = ()
    """Its own requests: whom it wishes to meet."""
    received: tuple[MeetingRequest, ...] = ()
    """Other organisations' requests to meet it."""


def wishes_by_organisation(event: Event) -> dict[OrgId, OrganisationWishes]:
    """Every organisation's requests made and received; organisations without any are there, empty."""
    made: dict[OrgId, list[MeetingRequest]] = {o.id: [] for o in event.organisations}
    received: dict[OrgId, list[MeetingRequest]] = {o.id: [] for o in event.organisations}
    for r in event.requests:
        made.setdefault(r.requester_id, []).append(r)
        received.setdefault(r.requested_id, []).append(r)
    return {org: OrganisationWishes(tuple(made[org]), tuple(received.get(org, ()))) for org in made}


def group_name(org: Organisation, by: Grouping) -> str:
    """The organisation's group or country as it wrote it, spaces trimmed."""
    return (org.group if by == "group" else org.country).strip()


@dataclass(frozen=True)
class RequestMatrix:
    """Requests counted from each row's group (or country) to each column's group (or country)."""

    rows: tuple[str, ...]
    """Row names as registered; '' for organisations that gave none, always last."""
    columns: tuple[str, ...]
    cells: Mapping[tuple[int, int], tuple[MeetingRequest, ...]]
    """(row, column) -> the requests from an organisation of the row to one of the column; empty cells left
    out."""
    met: frozenset[Pair]
    """Pairs with a meeting in the timetable."""

    def requests(self, row: int, column: int) -> tuple[MeetingRequest, ...]:
        return self.cells.get((row, column), ())

    def count(self, row: int, column: int) -> int:
        return len(self.requests(row, column))

    def met_count(self, row: int, column: int) -> int:
        """Requests of the cell whose pair has a meeting."""
        return sum(
            1 for r in self.requests(row, column) if pair_of(r.requester_id, r.requested_id) in self.met
        )

    @property
    def most(self) -> int:
        """The largest count of any cell (0 without requests)."""
        return max((len(rs) for rs in self.cells.values()), default=0)


def request_matrix(event: Event, rows: Grouping = "group", columns: Grouping = "group") -> RequestMatrix:
    """Requests from group to group (or country to country, or country to group).

    Names are compared without case ('host' and 'Host' are one group, as the across-groups rule has it);
    each shows as first registered.
    """
    row_names = _names(event.organisations, rows)
    column_names = _names(event.organisations, columns)
    row_of = {o.id: row_names[group_name(o, rows).casefold()] for o in event.organisations}
    column_of = {o.id: column_names[group_name(o, columns).casefold()] for o in event.organisations}
    cells: dict[tuple[int, int], list[MeetingRequest]] = {}
    for r in event.requests:
        if r.requester_id in row_of and r.requested_id in column_of:
            cells.setdefault((row_of[r.requester_id], column_of[r.requested_id]), []).append(r)
    return RequestMatrix(
        rows=_ordered(event.organisations, rows),
        columns=_ordered(event.organisations, columns),
        cells={cell: tuple(rs) for cell, rs in cells.items()},
        met=frozenset(m.organisation_ids for m in event.meetings),
    )


def _ordered(organisations: Iterable[Organisation], by: Grouping) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for org in organisations:
        name = group_name(org, by)
        seen.setdefault(name.casefold(), name)
    return tuple(sorted(seen.values(), key=lambda n: (not n, n.casefold(), n)))


def _names(organisations: Iterable[Organisation], by: Grouping) -> dict[str, int]:
    """Position of each group (by its case-folded name) in ``_ordered``."""
    return {name.casefold(): index for index, name in enumerate(_ordered(organisations, by))}


# -- edits ---------------------------------------------------------------------------------------------


def with_requests(registrations: Registrations, requests: Iterable[MeetingRequest]) -> Registrations:
    """The registrations with ``requests`` added at the end; a request the requester already made of the same
    organisation is replaced in its place."""
    new = {(r.requester_id, r.requested_id): r for r in requests}
    replaced = tuple(new.pop((r.requester_id, r.requested_id), r) for r in registrations.requests)
    return dataclasses.replace(registrations, requests=(*replaced, *new.values()))


def without_request(registrations: Registrations, requester: OrgId, requested: OrgId) -> Registrations:
    """The registrations without ``requester``'s wish to meet ``requested`` (the other way round stays)."""
    kept = tuple(
        r for r in registrations.requests if (r.requester_id, r.requested_id) != (requester, requested)
    )
    return dataclasses.replace(registrations, requests=kept)


def with_priority(
    registrations: Registrations, requester: OrgId, requested: OrgId, priority: Priority
) -> Registrations:
    """The registrations with one request's priority changed, in its place; raises KeyError when absent."""
    return _with_request(registrations, requester, requested, priority=priority)


def with_agreed(
    registrations: Registrations, requester: OrgId, requested: OrgId, agreed: bool
) -> Registrations:
    """The registrations with one request marked agreed (or not), in its place; KeyError when absent."""
    return _with_request(registrations, requester, requested, agreed=agreed)


def with_pair_agreed(
    registrations: Registrations, requester: OrgId, requested: OrgId, agreed: bool
) -> Registrations:
    """One request marked agreed; taken back, the pair's other request loses the mark too, since a pair's
    meeting is agreed when either request is. Raises KeyError when the request is absent."""
    changed = with_agreed(registrations, requester, requested, agreed)
    if not agreed and any(
        (r.requester_id, r.requested_id) == (requested, requester) for r in changed.requests
    ):
        changed = with_agreed(changed, requested, requester, False)
    return changed


def _with_request(
    registrations: Registrations, requester: OrgId, requested: OrgId, **changes: object
) -> Registrations:
    if not any((r.requester_id, r.requested_id) == (requester, requested) for r in registrations.requests):
        raise KeyError((requester, requested))
    return dataclasses.replace(
        registrations,
        requests=tuple(
            dataclasses.replace(r, **changes)  # type: ignore[arg-type]
            if (r.requester_id, r.requested_id) == (requester, requested)
            else r
            for r in registrations.requests
        ),
    )
