"""Typed organisation names resolved and the registrations built from the drafts of the rows read."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping

from app.domain import (
    DaySession,
    Interpreter,
    MeetingRequest,
    Organisation,
    Participant,
    Precedence,
    Priority,
    Registrations,
    pair_of,
)
from app.errors import Location, Severity
from app.reading.cells import NOTES_ONE_BY_ONE
from app.reading.columns import (
    AFTER,
    AVOID,
    COLUMN_LABELS,
)
from app.reading.names import Directory, How, Match, name_key
from app.reading.results import NameMatch, RegistrationErrors
from app.reading.rows import _OrgDraft, _PersonDraft, _Reader, _RequestDraft, _within_file

# -- resolving names and building the registrations -----------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")
_AND = re.compile(r"\s+(?:and|og|y|e)\s+|\s*[&＆、和及与]\s*", re.IGNORECASE)


def split_wishes(text: str, directory: Directory[_OrgDraft]) -> list[str]:
    """A wish list typed in one cell -> the organisation names in it.

    Splits on new lines, ';' and ',' (also '；', '，' and '、'), but keeps legal suffixes with their name
    ('Co., Ltd.'), and splits on 'and' ('og', 'y', '和', '&') only when every part is a known organisation.
    """
    pieces: list[str] = []
    for line in re.split(r"[;；\n\r]+", text):
        for part in re.split(r"[,，]", line):
            part = _BULLET.sub("", part).strip(" .\t")
            if not part:
                continue
            if pieces and name_key("x " + part) == "x" and directory.known(part) is None:
                pieces[-1] += ", " + part  # ", Ltd." belongs to the name before it
            else:
                pieces.append(part)
    names: list[str] = []
    for piece in pieces:
        if directory.find(piece).how is not How.SAME:
            parts = [p.strip() for p in _AND.split(piece) if p.strip()]
            if len(parts) > 1 and all(directory.known(p) for p in parts):
                names.extend(parts)
                continue
        names.append(piece)
    return names


class _Resolver:
    """Typed organisation names -> organisations; uncertain and fuzzy readings reported where typed.

    ``answers``: the organiser's reading of names matched only approximately (name as typed -> organisation
    name, or '' to leave it out), applied in place of the import's own guess.
    """

    def __init__(self, reader: _Reader, answers: Mapping[str, str] | None = None) -> None:
        self.reader = reader
        self.directory: Directory[_OrgDraft] = Directory(
            (draft.name, draft.local_name, draft) for draft in reader.orgs.values()
        )
        self.answers = {name_key(typed): (typed, chosen) for typed, chosen in (answers or {}).items()}
        self._matches: dict[str, NameMatch] = {}
        self._applied: dict[str, tuple[str, str]] = {}

    def matches(self) -> tuple[NameMatch, ...]:
        return tuple(self._matches.values())

    def answers_applied(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._applied.values())

    def resolve(self, typed: str, where: Location, what: str) -> _OrgDraft | None:
        """``what`` says what is dropped when the name cannot be resolved: 'this request', 'this wish'."""
        match: Match[_OrgDraft] = self.directory.find(typed)
        if match.how in (How.ALIKE, How.UNCERTAIN):
            return self._approximate(typed, where, what, match)
        if match.found is not None:
            if match.how in (How.SHORTENED, How.LOCAL):
                self.reader.note(Severity.INFO, f"'{typed}' read as '{match.found.name}'", where)
            return match.found
        self.reader.note(
            Severity.WARNING,
            f"'{typed}' matches no organisation; {what} is ignored. Correct the name or add the organisation",
            where,
        )
        return None

    def _approximate(
        self, typed: str, where: Location, what: str, match: Match[_OrgDraft]
    ) -> _OrgDraft | None:
        key = name_key(typed)
        answer = self.answers.get(key)
        found = match.found
        if answer is not None:
            chosen = self.directory.find(answer[1]) if answer[1] else None
            if chosen is None or chosen.how is How.SAME:
                found = chosen.found if chosen is not None else None
                self._applied[key] = answer
            else:
                answer = None  # names an organisation no longer in the file: the import's guess stands
        earlier = self._matches.get(key)
        if earlier is not None:
            self._matches[key] = dataclasses.replace(earlier, times=earlier.times + 1)
        else:
            self._matches[key] = NameMatch(
                typed,
                where,
                match.candidates,
                found.name if found is not None else "",
                confirmed=answer is not None,
            )
        if answer is not None and found is None:
            self.reader.note(Severity.INFO, f"'{typed}' left out, as chosen; {what} is ignored", where)
        elif answer is not None and found is not None:
            self.reader.note(Severity.INFO, f"'{typed}' read as '{found.name}', as chosen", where)
        elif found is not None:
            self.reader.note(
                Severity.INFO, f"'{typed}' read as '{found.name}' ({match.score:.0f} % alike)", where
            )
        else:
            self.reader.note(
                Severity.WARNING,
                f"'{typed}' is not an organisation's name; it may be {match.describe_candidates()}. "
                f"Confirm by writing the name as registered; until then {what} is left out",
                where,
            )
        return found


def _build(reader: _Reader, resolver: _Resolver) -> Registrations:
    directory = resolver.directory
    ids = {key: number for number, key in enumerate(reader.orgs, start=1)}

    def id_of(draft: _OrgDraft) -> int:
        return ids[name_key(draft.name)]

    participants: list[Participant] = []
    seen_people: dict[tuple[str, str], _PersonDraft] = {}
    for person in reader.people:
        identity = (person.organisation, person.email.casefold() or name_key(person.name))
        earlier = seen_people.get(identity)
        if earlier is not None:
            reader.note(
                Severity.INFO,
                f"'{person.name}' was registered twice (first at {_within_file(earlier.where)}); merged",
                person.where,
            )
            continue
        seen_people[identity] = person
        participants.append(
            Participant(
                len(participants) + 1,
                ids[person.organisation],
                person.name,
                person.title,
                person.email,
                person.languages,
                person.away,
                local_name=person.local_name,
            )
        )

    wishes: list[_RequestDraft] = list(reader.requests)
    for draft in reader.orgs.values():
        for text, where in draft.wishes:
            for name in split_wishes(text, directory):
                wishes.append(
                    _RequestDraft(draft.name, name, Priority.WOULD_LIKE, where, requester_where=where)
                )

    best: dict[tuple[int, int], Priority] = {}
    sessions: dict[tuple[int, int], DaySession] = {}
    agreed: dict[tuple[int, int], bool] = {}
    precedences: list[Precedence] = []
    for wish in wishes:
        requester = resolver.resolve(wish.requester, wish.requester_where or wish.where, "this request")
        requested = resolver.resolve(wish.requested, wish.where, "this request")
        if requester is None or requested is None:
            continue
        a, b = id_of(requester), id_of(requested)
        if a == b:
            reader.note(
                Severity.WARNING, f"'{requester.name}' asks to meet itself; request ignored", wish.where
            )
            continue
        best[(a, b)] = min(best.get((a, b), wish.priority), wish.priority)
        agreed[(a, b)] = agreed.get((a, b), False) or wish.agreed  # agreed on any of its rows
        if wish.session is not DaySession.ANY:
            sessions[(a, b)] = wish.session
        if wish.after:
            first = directory.known(wish.after)
            if first is None or id_of(first) in (a, b):
                reader.note(
                    Severity.WARNING,
                    f"'{wish.after}' in {COLUMN_LABELS[AFTER]} is no other organisation; order ignored",
                    wish.where,
                )
            else:
                precedences.append(Precedence((a, id_of(first)), (a, b)))

    apart: set[tuple[int, int]] = set()
    for draft in reader.orgs.values():
        for text, where in draft.avoid:
            for name in split_wishes(text, directory):
                other = resolver.resolve(name, where, f"this {COLUMN_LABELS[AVOID]} entry")
                if other is not None and other is not draft:
                    apart.add(pair_of(id_of(draft), id_of(other)))

    organisations = []
    members: dict[int, list[Participant]] = {}
    for participant in participants:
        members.setdefault(participant.organisation_id, []).append(participant)
    alone = [draft for key, draft in reader.orgs.items() if ids[key] not in members]
    if len(alone) > NOTES_ONE_BY_ONE:  # one note for them all, not a page of the same sentence
        names = ", ".join(f"'{draft.name}'" for draft in alone[:3])
        reader.note(
            Severity.INFO,
            f"{len(alone)} organisations have no participants listed ({names} and more); each is planned as "
            "one person",
            alone[0].where,
        )
    else:
        for draft in alone:
            reader.note(
                Severity.INFO,
                f"'{draft.name}' has no participants listed; it is planned as one person",
                draft.where,
            )
    for key, draft in reader.orgs.items():
        languages = list(draft.languages)
        for member in members.get(ids[key], ()):
            languages += [lang for lang in member.languages if lang.casefold() not in _folded(languages)]
        try:
            organisations.append(
                Organisation(
                    ids[key],
                    draft.usual_name,
                    draft.local_name,
                    draft.group,
                    draft.country,
                    tuple(draft.interests),
                    tuple(languages),
                    draft.available_from,
                    draft.available_until,
                    draft.max_meetings,
                    draft.min_meetings,
                    tuple(draft.away),
                    draft.own_table,
                )
            )
        except ValueError as exc:
            reader.note(Severity.ERROR, str(exc), draft.where)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    requests = tuple(
        MeetingRequest(a, b, priority, sessions.get((a, b), DaySession.ANY), agreed[(a, b)])
        for (a, b), priority in best.items()
    )
    interpreters = []
    for number, interpreter in enumerate(reader.interpreters, start=1):
        try:
            interpreters.append(
                Interpreter(
                    number,
                    interpreter.name,
                    interpreter.languages,
                    interpreter.available_from,
                    interpreter.available_until,
                    interpreter.away,
                )
            )
        except ValueError as exc:
            reader.note(Severity.ERROR, str(exc), interpreter.where)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    return Registrations(
        tuple(organisations),
        tuple(participants),
        requests,
        tuple(sorted(apart)),
        tuple(precedences),
        tuple(interpreters),
    )


def _folded(values: Iterable[str]) -> set[str]:
    return {v.casefold() for v in values}
