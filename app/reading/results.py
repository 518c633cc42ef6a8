"""What reading registrations gives back: the roles of sheets, the options, the result, the errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain import (
    Registrations,
)
from app.errors import Finding, InputError, Location, Severity
from app.reading.columns import (
    FIRST_NAME,
    LANGUAGES,
    LAST_NAME,
    NAME,
    ORGANISATION,
    REQUESTED,
    REQUESTER,
    ColumnUse,
)

# -- results --------------------------------------------------------------------------------------------


ORGANISATIONS = "organisations"
PARTICIPANTS = "participants"
REQUESTS = "requests"
INTERPRETERS = "interpreters"
ROLES = (ORGANISATIONS, PARTICIPANTS, REQUESTS, INTERPRETERS)
"""What a sheet can be read as, in the order sheets are read."""
IGNORE_SHEET = "ignore"
"""``ImportOptions.sheets`` value for a sheet the organiser leaves unread."""

_ROLE_NEEDS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    ORGANISATIONS: ((ORGANISATION,),),
    PARTICIPANTS: ((ORGANISATION,), (NAME, FIRST_NAME, LAST_NAME)),
    REQUESTS: ((REQUESTER,), (REQUESTED,)),
    INTERPRETERS: ((NAME,), (LANGUAGES,)),
}
"""The columns a sheet needs to be read as each role: one field of every tuple."""


@dataclass(frozen=True, slots=True)
class SheetReading:
    """One sheet of a workbook: what it is read as, from which header row, and what else it could be."""

    name: str | None
    """The sheet's name; None for a CSV file."""
    role: str
    """One of ``ROLES``, or ``""`` when the sheet is not read."""
    recognised: str
    """What MeetGrid recognised the sheet as by itself (``""``: nothing)."""
    header_row: int | None
    """The header row read (1-based); for a sheet not read, the row most like a header, if any."""
    choices: tuple[str, ...]
    """The roles its header allows, for the organiser to choose from."""
    given: bool = False
    """The organiser chose the role (``ImportOptions.sheets``)."""
    note: str = ""
    """Why the sheet is not read."""
    rows: int = 0
    """Rows below the header (all rows when there is none)."""

    @property
    def key(self) -> str:
        """The sheet's name as ``ImportOptions.sheets`` takes it."""
        return self.name or ""


@dataclass(frozen=True, slots=True)
class NameMatch:
    """An organisation name typed in a list that matched no organisation exactly, only approximately."""

    typed: str
    """The name as typed (the first spelling met)."""
    where: Location
    """Where it was first typed."""
    candidates: tuple[tuple[str, float], ...]
    """Organisations it may mean, best first, with how alike (0-100)."""
    applied: str
    """The organisation it was read as; ``""`` when left out."""
    confirmed: bool = False
    """The organiser's answer (``ImportOptions.names``) decided it, rather than the import's guess."""
    times: int = 1
    """How often the name was typed."""


@dataclass(frozen=True)
class ImportOptions:
    """How to read a workbook beyond what is recognised by itself.

    ``columns``: header (as written, any case and punctuation) -> field, such as ``{"Firm name":
    "organisation"}``; a field ``ignore`` leaves a column unread, ``email 2`` is the second person's e-mail.
    ``strict``: warnings stop the import like errors. ``every_header_present``: a header of ``columns`` that
    no sheet has is an error (a mapping typed for this file); off for a mapping saved from an earlier file.
    ``sheets``: sheet name (``""`` for a CSV file) -> what to read it as (one of ``ROLES``), or ``ignore`` to
    leave it unread; other sheets are read as recognised. ``names``: a name typed in a wish or "do not meet"
    list that was matched only approximately -> the organisation it means (its name as registered), or
    ``""`` to leave it out; the organiser's answer to the import's guess.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    every_header_present: bool = True
    sheets: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    """What an import found: the registrations, every finding with its location, and the sheets read.

    ``columns`` tells, for each header cell of each sheet read, which field it became; ``column_map`` is
    the organiser's own mapping that was applied (header -> field), to be saved with the event and given
    again on the next import.
    """

    registrations: Registrations
    findings: tuple[Finding, ...] = ()
    sheets_used: tuple[str, ...] = ()
    columns: tuple[ColumnUse, ...] = ()
    column_map: tuple[tuple[str, str], ...] = ()
    sheets: tuple[SheetReading, ...] = ()
    """Every sheet of the file, read or not, and what it was read as."""
    matches: tuple[NameMatch, ...] = ()
    """Names typed in wish and "do not meet" lists that were matched only approximately, one per name."""
    name_map: tuple[tuple[str, str], ...] = ()
    """The organiser's answers (``ImportOptions.names``) that were applied: name as typed -> organisation."""

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)

    def mapping(self) -> dict[str, str]:
        """Header as written -> field it was read as, over all sheets (the first sheet's use wins)."""
        used: dict[str, str] = {}
        for use in self.columns:
            if use.field:
                used.setdefault(use.header, use.spec)
        return used


class RegistrationErrors(InputError):
    """Values that must be corrected before the registrations can be used; all of them, with locations."""

    def __init__(self, problems: Sequence[Finding]) -> None:
        first = problems[0]
        message = first.message
        if len(problems) > 1:
            shown = "\n".join(f"  {p}" for p in problems[1:10])
            more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
            message += f"\n{len(problems) - 1} more problems to correct:\n{shown}{more}"
        super().__init__(message, first.location)
        self.problems = tuple(problems)
