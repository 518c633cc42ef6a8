"""Registrations in: reading a workbook, creating an event from it, merging an updated workbook.

The window and the command line reach ``app.reading`` (reading registrations) only through this module, which
also hands on the values they show and the parsers of what the organiser types (``ImportOptions``,
``Reimport``, ``split_list``, ``parse_periods``, the column fields, the blank template).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from app.domain import Event, EventSettings
from app.reading.cells import parse_periods as parse_periods
from app.reading.cells import split_list as split_list
from app.reading.changes import ADDED as ADDED
from app.reading.changes import CHANGED as CHANGED
from app.reading.changes import KEPT as KEPT
from app.reading.changes import REMOVED as REMOVED
from app.reading.changes import Change as Change
from app.reading.changes import Reimport as Reimport
from app.reading.changes import merge, registrations_from_json, registrations_to_json
from app.reading.columns import COLUMN_LABELS as COLUMN_LABELS
from app.reading.columns import FIELDS as FIELDS
from app.reading.columns import ColumnUse as ColumnUse
from app.reading.columns import clean as clean
from app.reading.columns import parse_mapping_item as parse_mapping_item
from app.reading.names import folded as folded
from app.reading.registrations import Examination as Examination
from app.reading.registrations import examine_registrations, read_registrations
from app.reading.results import ROLES as ROLES
from app.reading.results import ImportOptions as ImportOptions
from app.reading.results import ImportResult as ImportResult
from app.reading.results import NameMatch as NameMatch
from app.reading.results import SheetReading as SheetReading
from app.reading.template import write_template as write_template
from app.reading.workbook import CellValue as CellValue
from app.reading.workbook import Sheet as Sheet
from app.storage import EventFile, repository


def event_name_from(path: Path) -> str:
    """A readable default event name from a workbook's file name."""
    words = path.stem.replace("_", " ").replace("-", " ").split()
    text = " ".join(words) or "B2B meetings"
    return text[:1].upper() + text[1:]


def import_workbook(workbook: Path, options: ImportOptions | None = None) -> ImportResult:
    """Read and check a registration workbook or CSV; raises InputError with its location when unusable.

    ``options``: the organiser's column mapping and whether warnings stop the import.
    """
    return read_registrations(workbook, options)


def examine_workbook(
    workbook: Path, options: ImportOptions | None = None, sheets: Sequence[Sheet] | None = None
) -> Examination:
    """Read a registration workbook or CSV for a look before importing: its sheets, which column became which
    field and every finding, with the registrations when nothing stops the import. Raises InputError only
    when the file cannot be read at all. ``sheets``: the rows an earlier examination read, to try other
    options without reading the file again. Pure: safe to run in a worker thread."""
    return examine_registrations(workbook, options, sheets)


def create_event(
    event_path: Path, settings: EventSettings, imported: ImportResult, *, replace: bool = False
) -> EventFile:
    """Store imported registrations as a new event file (or, with ``replace``, start one afresh)."""
    event_file = EventFile.create(event_path, settings, imported.registrations, replace=replace)
    try:
        with event_file.transaction() as session:
            repository.write_meta(session, IMPORTED, registrations_to_json(imported.registrations))
            repository.write_meta(session, MAPPING, json.dumps(imported.column_map, ensure_ascii=False))
            if imported.name_map:
                repository.write_meta(session, NAMES, json.dumps(imported.name_map, ensure_ascii=False))
    except BaseException:
        event_file.close()
        raise
    return event_file


IMPORTED = "imported_registrations"
"""Meta entry: the registrations as last imported, the base against which a re-import sees what changed."""
MAPPING = "import_mapping"
"""Meta entry: the organiser's column mapping (header -> field) of the last import, for the next one."""
NAMES = "import_names"
"""Meta entry: the organiser's reading of names matched only approximately (name as typed -> organisation, ''
to leave it out), for the next import."""


def saved_mapping(event_file: EventFile) -> dict[str, str]:
    """The column mapping the organiser gave at the last import of this event, for reading an update."""
    with event_file.transaction() as session:
        text = repository.read_meta(session, MAPPING)
    return {str(header): str(field) for header, field in json.loads(text)} if text else {}


def saved_names(event_file: EventFile) -> dict[str, str]:
    """The organiser's reading of approximately matched names at the imports of this event."""
    with event_file.transaction() as session:
        text = repository.read_meta(session, NAMES)
    return {str(typed): str(chosen) for typed, chosen in json.loads(text)} if text else {}


def saved_options(event_file: EventFile) -> ImportOptions:
    """How to read an update of this event's workbook: as the organiser had the last one read."""
    return ImportOptions(saved_mapping(event_file), every_header_present=False, names=saved_names(event_file))


def reimport(
    event_file: EventFile, imported: ImportResult, *, apply: bool = True
) -> tuple[Reimport, Path | None]:
    """Merge an updated workbook into an event: what the workbook changed is taken, the organiser's own
    edits and every meeting of those who stay are kept (see ``app.reading.changes``). With ``apply``, a backup
    copy is made first (its path is returned) and the merge is stored in one transaction."""
    event = event_file.load()
    with event_file.transaction() as session:
        stored_base = repository.read_meta(session, IMPORTED)
    base = registrations_from_json(stored_base) if stored_base else None
    merged = merge(event, imported.registrations, base)
    if not apply or not merged.changes:
        return merged, None
    backup = event_file.backup("import")
    mapping = saved_mapping(event_file) | dict(imported.column_map)
    names = saved_names(event_file) | dict(imported.name_map)
    with event_file.transaction() as session:
        repository.update_registrations(session, merged.registrations)
        repository.write_meta(session, IMPORTED, registrations_to_json(imported.registrations))
        repository.write_meta(session, MAPPING, json.dumps(sorted(mapping.items()), ensure_ascii=False))
        if names:
            repository.write_meta(session, NAMES, json.dumps(sorted(names.items()), ensure_ascii=False))
    return merged, backup


def update_from_workbook(event_file: EventFile, imported: ImportResult) -> Event:
    """Apply a re-import (see ``reimport``) and return the event as now saved: the window's undoable edit.

    Undo puts the event back (``restore``) with the record of the import before it (base, mapping, names).
    """
    reimport(event_file, imported)
    return event_file.load()
