"""Registrations from the organiser's spreadsheets: organisations, their people and who wants to meet whom.

Two layouts are understood:

* the MeetGrid template: sheets ``Organisations``, ``Participants`` and ``Requests``;
* a registration form's export: one sheet, one row a person, the organisation repeated on every row and
  the wish list typed into one cell, often below a few title rows.

Either may add a sheet of interpreters: a name and the languages they work between, without an
organisation column.

Each sheet's header row is found among its first rows and its columns are recognised by their usual
wordings, whatever their case, spacing or punctuation. Everything the import fixes or ignores is reported
as a finding with its sheet, row and column; values that cannot be used stop the import with the same
precision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import Finding, InputError, Location, Severity, column_letter
from app.reading.build import _build, _Resolver
from app.reading.columns import (
    COLUMN_LABELS,
    FIRST_NAME,
    HEADER_SCAN_ROWS,
    LANGUAGES,
    LAST_NAME,
    NAME,
    ORGANISATION,
    REQUESTED,
    REQUESTER,
    ColumnUse,
    FieldSpec,
    Header,
    find_header,
    likely_header,
    local_name_of_person,
    mapping_from,
    mapping_key,
    normalise_header,
)
from app.reading.results import (
    _ROLE_NEEDS,
    IGNORE_SHEET,
    INTERPRETERS,
    ORGANISATIONS,
    PARTICIPANTS,
    REQUESTS,
    ROLES,
    ImportOptions,
    ImportResult,
    RegistrationErrors,
    SheetReading,
)
from app.reading.rows import _Reader
from app.reading.workbook import Sheet, read_sheets

__all__ = [
    "Examination",
    "examine_registrations",
    "read_registrations",
]


def _classify(header: Header) -> str | None:
    columns = header.columns
    if REQUESTER in columns and REQUESTED in columns:
        return REQUESTS
    if ORGANISATION in columns and header.people:
        return ORGANISATIONS  # one row an organisation, its people across the row
    if ORGANISATION in columns and (NAME in columns or FIRST_NAME in columns or LAST_NAME in columns):
        return PARTICIPANTS
    if ORGANISATION in columns:
        return ORGANISATIONS
    if NAME in columns and LANGUAGES in columns:
        return INTERPRETERS
    return None


def _fits(header: Header, role: str) -> bool:
    """The header has the columns a sheet read as ``role`` needs."""
    return all(any(f in header.columns for f in needed) for needed in _ROLE_NEEDS[role])


def _needs(role: str) -> str:
    """The columns a role needs, in the organiser's words: 'Requester and Requested'."""
    return " and ".join(" or ".join(COLUMN_LABELS[f] for f in needed) for needed in _ROLE_NEEDS[role])


_NOTES_SHEETS = frozenset({"instructions", "read me", "readme", "help", "notes", "how to fill in"})


def _given_mapping(path: Path, options: ImportOptions) -> dict[str, FieldSpec]:
    try:
        return mapping_from(options.columns)
    except ValueError as exc:
        raise InputError(f"column mapping: {exc}", Location(str(path))) from None


def _given_roles(path: Path, options: ImportOptions) -> dict[str, str]:
    for name, role in options.sheets.items():
        if role not in (*ROLES, IGNORE_SHEET):
            raise InputError(
                f"sheet '{name}' cannot be read as '{role}'; choose one of {', '.join(ROLES)} or "
                f"'{IGNORE_SHEET}'",
                Location(str(path)),
            )
    return dict(options.sheets)


@dataclass
class _Seen:
    """What an import has worked out so far, kept when it stops: for showing the file as it was read."""

    readings: list[SheetReading] = field(default_factory=list)
    columns: list[ColumnUse] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def read_registrations(path: Path, options: ImportOptions | None = None) -> ImportResult:
    """Read a registration workbook or CSV file in any layout; raises InputError with locations."""
    options = options or ImportOptions()
    mapping = _given_mapping(path, options)
    return _read(path, tuple(read_sheets(path)), options, mapping, _Seen())


def _read(
    path: Path,
    sheets: Sequence[Sheet],
    options: ImportOptions,
    mapping: dict[str, FieldSpec],
    seen: _Seen,
) -> ImportResult:
    given_roles = _given_roles(path, options)
    if not any(any(v is not None for v in row) for sheet in sheets for row in sheet.rows):
        raise InputError(
            "has no filled cells: the workbook is empty; fill in the registrations (the blank registration "
            "workbook, 'meetgrid template', shows how)",
            Location(str(path)),
        )
    reader = _Reader(path)
    seen.findings = reader.findings
    roles: list[tuple[Sheet, Header, str]] = []
    for sheet in sheets:
        filled = any(any(v is not None for v in row) for row in sheet.rows)
        chosen = given_roles.get(sheet.name or "")
        if chosen == IGNORE_SHEET:
            _unread(seen, sheet, mapping, "not read, as chosen", given=True)
            continue
        if chosen is None and sheet.name is not None and normalise_header(sheet.name) in _NOTES_SHEETS:
            seen.readings.append(SheetReading(sheet.name, "", "", None, (), note="notes for the reader"))
            continue
        header = find_header(sheet, mapping)
        recognised = (_classify(header) if header else None) or ""
        choices = tuple(r for r in ROLES if header is not None and _fits(header, r))
        if chosen is not None and chosen not in choices:
            reader.note(
                Severity.ERROR,
                f"cannot be read as {chosen}: that needs columns for {_needs(chosen)}, and no header in its "
                f"first {HEADER_SCAN_ROWS} rows has them; name them in the column mapping, or read the "
                "sheet as something else",
                Location(str(path), sheet.name),
            )
            _unread(seen, sheet, mapping, f"has no columns for {_needs(chosen)}", given=True)
            continue
        role = chosen or recognised
        if header is None or not role:
            if filled and sheet.name is not None:
                reader.note(
                    Severity.INFO,
                    "sheet ignored: no header with an organisation column in its first "
                    f"{HEADER_SCAN_ROWS} rows",
                    Location(str(path), sheet.name),
                )
            _unread(seen, sheet, mapping, "no header with an organisation column" if filled else "empty")
            continue
        roles.append((sheet, header, role))
        seen.readings.append(
            SheetReading(
                sheet.name,
                role,
                recognised,
                header.row,
                choices,
                given=chosen is not None,
                rows=len(sheet.rows) - header.row,
            )
        )
        seen.columns.extend(header.uses)
    applied = {key for _, header, _ in roles for key in header.given}
    missing = [h for h in options.columns if mapping_key(h) not in applied]
    if missing and options.every_header_present:
        headers = sorted({t for _, header, _ in roles for t in header.texts.values()})
        raise InputError(
            f"column mapping: no sheet read has a column headed '{missing[0]}'"
            + (f" (nor {', '.join(repr(m) for m in missing[1:])})" if len(missing) > 1 else "")
            + (f"; the headers found are: {', '.join(headers)}" if headers else ""),
            Location(str(path)),
        )
    if not any(role in (ORGANISATIONS, PARTICIPANTS) for _, _, role in roles):
        first = next((s for s in sheets if any(any(v is not None for v in r) for r in s.rows)), sheets[0])
        raise InputError(
            "no organisation column found; MeetGrid needs a header cell such as 'Organisation' or 'Company' "
            f"in the first {HEADER_SCAN_ROWS} rows (see the blank registration workbook for the expected "
            "layout), or name the column: in the window, choose its field on the Columns step; on the "
            "command line, with a mapping such as --map 'Firm=organisation'",
            Location(str(path), first.name),
        )
    form = not any(role == ORGANISATIONS for _, _, role in roles)
    for sheet, header, role in sorted(roles, key=lambda item: ROLES.index(item[2])):
        people = f", {len(header.people)} people a row" if header.people and role == ORGANISATIONS else ""
        renamed = ", ".join(
            f"'{use.header}' as {COLUMN_LABELS[use.field]}"
            + (f" {use.number}" if use.number is not None else "")
            for use in header.uses
            if use.field and normalise_header(use.header) != normalise_header(COLUMN_LABELS[use.field])
        )
        reader.note(
            Severity.INFO,
            f"read as {role}{people} from row {header.row + 1}, {sum(bool(u.field) for u in header.uses)} "
            "columns recognised" + (f" (read {renamed})" if renamed else ""),
            Location(str(path), sheet.name),
        )
        for use in header.uses:
            if " is column " in use.note:  # a second column of the same heading: left unread, say so
                reader.note(
                    Severity.WARNING,
                    f"column '{use.header}' is not read: {use.note} already; rename one of them, or choose "
                    "this column's field (in the window: the Columns step; on the command line: --map)",
                    Location(str(path), sheet.name, header.row, use.column, use.header),
                )
            chosen_field = next((u.field for u in header.uses if u.column == use.rival), "")
            if use.rival is not None and chosen_field:  # two columns look like one field: say which is read
                reader.note(
                    Severity.WARNING,
                    f"column {column_letter(use.column)} '{use.header}' also looks like the "
                    f"{COLUMN_LABELS[chosen_field].lower()}; read column {column_letter(use.rival)} "
                    f"('{header.texts[use.rival - 1]}'); to read this one instead, choose its field (in the "
                    f'window: the Columns step; on the command line: --map "{use.header}={chosen_field}")',
                    Location(str(path), sheet.name, header.row, use.column, use.header),
                )
        reader.report_merged(sheet, header)
        if role == ORGANISATIONS:
            reader.read_organisations(sheet, header)
        elif role == PARTICIPANTS:
            header.person_local = local_name_of_person(header, form=form)
            reader.read_participants(sheet, header, form=form)
        elif role == INTERPRETERS:
            reader.read_interpreters(sheet, header)
        else:
            reader.read_requests(sheet, header)
    if reader.errors:
        raise RegistrationErrors(reader.errors)
    resolver = _Resolver(reader, options.names)
    registrations = _build(reader, resolver)
    if not registrations.organisations:
        raise InputError(
            "has a header but no organisations below it; fill in at least one row",
            Location(str(path), roles[0][0].name),
        )
    if options.strict and reader.findings and any(f.severity == Severity.WARNING for f in reader.findings):
        raise RegistrationErrors(
            [
                Finding(Severity.ERROR, f"{f.message} (--strict: warnings stop the import)", f.location)
                for f in reader.findings
                if f.severity == Severity.WARNING
            ]
        )
    used = tuple(sheet.name for sheet, _, _ in roles if sheet.name is not None)
    columns = tuple(use for _, header, _ in roles for use in header.uses)
    given = tuple(
        (header, str(mapping[mapping_key(header)]))
        for header in options.columns
        if mapping_key(header) in applied
    )
    return ImportResult(
        registrations,
        tuple(reader.findings),
        used,
        columns,
        given,
        sheets=tuple(seen.readings),
        matches=resolver.matches(),
        name_map=resolver.answers_applied(),
    )


def _unread(
    seen: _Seen, sheet: Sheet, mapping: Mapping[str, FieldSpec], note: str, *, given: bool = False
) -> None:
    """A sheet not read, with the row most like a header so that the organiser can name its columns."""
    header = likely_header(sheet, mapping)
    if header is not None:
        seen.columns.extend(header.uses)
    seen.readings.append(
        SheetReading(
            sheet.name,
            "",
            "",
            header.row if header else None,
            tuple(r for r in ROLES if header is not None and _fits(header, r)),
            given=given,
            note=note,
            rows=len(sheet.rows) - (header.row if header else 0),
        )
    )


# -- looking at a workbook before importing it ----------------------------------------------------------


@dataclass(frozen=True)
class Examination:
    """A registration file as MeetGrid reads it, whether or not the registrations can be used yet: the sheets
    and what each is read as, which column became which field, every finding, and the registrations when
    nothing stops the import. The window shows it step by step before anything is stored."""

    path: Path
    options: ImportOptions
    sheets: tuple[Sheet, ...]
    """The rows as read, for a preview; reused when the same file is read again with other options."""
    readings: tuple[SheetReading, ...]
    columns: tuple[ColumnUse, ...]
    """Header cells of the sheets read, and of the row most like a header of those not read."""
    findings: tuple[Finding, ...]
    """Errors first (what stops the import), then warnings and notes in the order found."""
    result: ImportResult | None
    """The registrations, when no error stops the import."""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.ERROR)

    def sheet(self, name: str | None) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)

    def reading(self, name: str | None) -> SheetReading | None:
        return next((r for r in self.readings if r.name == name), None)


def examine_registrations(
    path: Path, options: ImportOptions | None = None, sheets: Sequence[Sheet] | None = None
) -> Examination:
    """Read a registration file as ``read_registrations`` does, but keep what stops the import as findings
    beside everything seen up to then. ``sheets``: the file's rows as an earlier examination read them, so
    that trying another mapping does not read the file again.

    Raises InputError only when the file itself cannot be read (missing, damaged, of another kind).
    """
    options = options or ImportOptions()
    rows = tuple(sheets) if sheets is not None else tuple(read_sheets(path))
    seen = _Seen()
    result: ImportResult | None = None
    stops: list[Finding] = []
    mapping: dict[str, FieldSpec] = {}
    try:
        mapping = _given_mapping(path, options)
        result = _read(path, rows, options, mapping, seen)
    except RegistrationErrors as exc:
        stops = list(exc.problems)
    except InputError as exc:
        stops = [Finding(Severity.ERROR, exc.message, exc.location)]
    looked = {r.name for r in seen.readings}
    for sheet in rows:
        if sheet.name not in looked:  # stopped before this sheet was looked at
            _unread(seen, sheet, mapping, "not looked at")
    findings = result.findings if result is not None else (*stops, *seen.findings)
    return Examination(
        path, options, rows, tuple(seen.readings), tuple(seen.columns), tuple(findings), result
    )
