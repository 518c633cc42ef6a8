"""Documents out: schedule.json, schedule.xlsx and agenda PDFs, written whole or not at all.

The faces reach ``app.documents`` only through this module (``agenda_paths`` and ``agenda_filename``
say where an export puts each agenda).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.documents.agenda_pdf import agenda_filename as agenda_filename
from app.documents.agenda_pdf import agenda_paths as agenda_paths
from app.documents.agenda_pdf import write_agenda, write_all_agendas
from app.documents.catalogue import Progress as Progress
from app.documents.schedule_json import write_schedule_json
from app.documents.schedule_xlsx import write_schedule_xlsx
from app.domain import Event
from app.errors import ExportError, InputError
from app.files import StagedFiles, copy_atomically, remove_unfinished
from app.scheduler import figures
from app.services.cache import instance_of
from app.services.reports import summarise, unmet_requests


@dataclass(frozen=True)
class ExportResult:
    schedule_json: Path
    schedule_xlsx: Path
    agendas: tuple[Path, ...]


def export_event(event: Event, out_dir: Path, progress: Progress | None = None) -> ExportResult:
    """Write schedule.json, schedule.xlsx and one agenda PDF per organisation into ``out_dir``.

    All or nothing: every file is written under a hidden temporary name and the whole set is put in place
    only once all are written, so a failed export (disk full, folder not writable) leaves the folder as it
    was and never a half PDF. Agendas of organisations renamed or removed since an earlier export then go.
    ``progress(done, total)`` counts the agendas written.
    """
    with _writing_into(out_dir, " Files already in the folder were left as they were."):
        out_dir.mkdir(parents=True, exist_ok=True)
        instance = instance_of(event)
        unmet = unmet_requests(event)
        outcome = summarise(event).outcome()
        json_path = out_dir / "schedule.json"
        xlsx_path = out_dir / "schedule.xlsx"
        agenda_dir = out_dir / "agendas"
        agenda_dir.mkdir(exist_ok=True)
        remove_unfinished(out_dir)
        remove_unfinished(agenda_dir)
        targets = agenda_paths(event, agenda_dir)
        with StagedFiles() as staged:
            write_schedule_json(
                event, unmet, staged.path_for(json_path), figures(instance, event.meetings), outcome
            )
            write_schedule_xlsx(event, unmet, staged.path_for(xlsx_path), outcome)
            for done, (org_id, path) in enumerate(targets):
                if progress is not None:
                    progress(done, len(targets))
                write_agenda(event, org_id, staged.path_for(path))
            staged.commit()
        # Agendas of organisations renamed or removed since the last export would mislead; only files an
        # export of MeetGrid wrote (listed in the folder's record) are removed, never the organiser's own.
        record = agenda_dir / AGENDA_RECORD
        current = {path.name.casefold() for _, path in targets}
        # The new files are in place by now: tidying up is best effort, and a failure is not the export's.
        with contextlib.suppress(OSError):
            for name in _recorded_agendas(record):
                old = agenda_dir / name
                if name.casefold() not in current and old.is_file():
                    old.unlink()
            record.write_text("\n".join(path.name for _, path in targets) + "\n", encoding="utf-8")
    if progress is not None:
        progress(len(targets), len(targets))
    return ExportResult(json_path, xlsx_path, tuple(path for _, path in targets))


AGENDA_RECORD = ".meetgrid-agendas"
"""In an export's agendas folder: the agenda files that export wrote, one name a line."""


def _recorded_agendas(record: Path) -> list[str]:
    try:
        text = record.read_text(encoding="utf-8")
    except OSError:
        return []
    return [line for line in text.splitlines() if line and "/" not in line and line.endswith(".pdf")]


def write_agenda_pdf(
    event: Event, path: Path, org_id: int | None = None, progress: Progress | None = None
) -> Path:
    """Write one organisation's agenda, or with ``org_id`` None every agenda in one document (to print in
    one go), to ``path``: the file is complete or left as it was."""
    if org_id is not None and org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; choose another one")
    with _writing_into(path.parent):
        path.parent.mkdir(parents=True, exist_ok=True)
        if org_id is None:
            return write_all_agendas(event, path, progress)
        return write_agenda(event, org_id, path)


def save_copy(source: Path, target: Path) -> Path:
    """Copy a document written before (an agenda previewed) to where the organiser wants it, whole."""
    with _writing_into(target.parent):
        return copy_atomically(source, target)


@contextlib.contextmanager
def _writing_into(folder: Path, after: str = "") -> Iterator[None]:
    """Turn a failure to write into ``folder`` into the organiser's sentence (with ``after`` appended)."""
    try:
        yield
    except OSError as exc:
        raise ExportError(why_not_written(exc, folder) + after) from exc


def why_not_written(exc: OSError, folder: Path) -> str:
    """What stopped files from being written into ``folder``, and what to do about it."""
    if exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}:
        return (
            f"the disk is full, so the files could not be written into '{folder}'. Make room on the disk "
            "or choose a folder on another drive, then try again."
        )
    if isinstance(exc, PermissionError) or exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return (
            f"MeetGrid may not write into '{folder}'. Choose a folder you can write to (in your Documents, "
            "for example), then try again."
        )
    if isinstance(exc, FileExistsError | NotADirectoryError):
        blocker = next((path for path in (folder, *folder.parents) if path.is_file()), folder)
        return f"'{blocker}' is a file, not a folder. Choose a folder, then try again."
    reason = exc.strerror or str(exc)
    return (
        f"the files could not be written into '{folder}' ({reason}). Choose another folder, then try again."
    )
