"""Documents out: schedule.json, schedule.xlsx, agenda PDFs, every printed document of the day (badges,
signs, run sheets, the master grid) and calendar files, written whole or not at all.

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
from app.documents.badges import BadgeLayoutError, find_layout
from app.documents.calendar_ics import TimeZoneError, calendar_paths, time_zone_name
from app.documents.catalogue import KINDS, PrintOptions
from app.documents.catalogue import Progress as Progress
from app.documents.pdf import LogoError
from app.documents.schedule_json import write_schedule_json
from app.documents.schedule_xlsx import write_schedule_xlsx
from app.domain import Event
from app.errors import ExportError, InputError
from app.files import StagedFiles, copy_atomically, remove_unfinished
from app.scheduler import figures
from app.services.cache import instance_of
from app.services.parallel import Job, run_jobs
from app.services.reports import summarise, unmet_requests


@dataclass(frozen=True)
class ExportResult:
    schedule_json: Path
    schedule_xlsx: Path
    agendas: tuple[Path, ...]
    documents: tuple[Path, ...] = ()
    """badges.pdf, signs.pdf, runsheets.pdf, grid.pdf: the documents printed for the day."""
    calendars: tuple[Path, ...] = ()
    """calendar/*.ics: each organisation's meetings for its calendar."""


AGENDA_RECORD = ".meetgrid-agendas"
"""In an export's agendas folder: the agenda files that export wrote, one name a line."""

CALENDAR_RECORD = ".meetgrid-calendars"
"""In an export's calendar folder: the calendar files that export wrote, one name a line."""


def exported_documents() -> tuple[str, ...]:
    """The documents an export writes beside the agendas folder, by kind: badges, signs, run sheets, grid."""
    return tuple(name for name, kind in KINDS.items() if kind.exported and name != "agendas")


def export_event(
    event: Event, out_dir: Path, progress: Progress | None = None, options: PrintOptions | None = None
) -> ExportResult:
    """Write schedule.json, schedule.xlsx, one agenda PDF per organisation, badges.pdf, signs.pdf,
    runsheets.pdf, grid.pdf and calendar/*.ics into ``out_dir``.

    All or nothing: every file is written under a hidden temporary name and the whole set is put in place
    only once all are written, so a failed export (disk full, folder not writable) leaves the folder as it
    was and never a half PDF. Agendas and calendars of organisations renamed or removed since an earlier
    export then go. ``options`` (a badge layout, a logo) apply to the printed documents.
    ``progress(done, total)`` counts the work done, in agendas (a document of badges weighs more).

    A large export is shared out between worker processes, one per core (``app.services.parallel``).
    """
    options = options or PrintOptions()
    kinds = exported_documents()
    with _writing_into(out_dir, " Files already in the folder were left as they were."):
        out_dir.mkdir(parents=True, exist_ok=True)
        instance = instance_of(event)
        unmet = unmet_requests(event)
        outcome = summarise(event).outcome()
        json_path = out_dir / "schedule.json"
        xlsx_path = out_dir / "schedule.xlsx"
        agenda_dir = out_dir / "agendas"
        calendar_dir = out_dir / "calendar"
        agenda_dir.mkdir(exist_ok=True)
        calendar_dir.mkdir(exist_ok=True)
        for folder in (out_dir, agenda_dir, calendar_dir):
            remove_unfinished(folder)
        targets = agenda_paths(event, agenda_dir)
        with StagedFiles() as staged, _refused_choices():
            time_zone_name(event)  # an unknown time zone stops the export before any file is written
            find_layout(options.layout)  # ... and so does a broken badge layout
            write_schedule_json(
                event, unmet, staged.path_for(json_path), figures(instance, event.meetings), outcome
            )
            write_schedule_xlsx(event, unmet, staged.path_for(xlsx_path), outcome)
            jobs = [
                Job("app.documents.agenda_pdf:write_agenda", (org_id, staged.path_for(path)))
                for org_id, path in targets
            ]
            documents = [out_dir / KINDS[name].filename for name in kinds]
            jobs += [
                Job(KINDS[name].writer, (staged.path_for(path), options), _weight(event, name))
                for name, path in zip(kinds, documents, strict=True)
            ]
            calendars = calendar_paths(event, calendar_dir, options)
            for first in range(0, len(calendars), CALENDARS_A_JOB):
                chunk = calendars[first : first + CALENDARS_A_JOB]
                staged_chunk = [(target, staged.path_for(target.path)) for target in chunk]
                jobs.append(
                    Job(
                        "app.documents.calendar_ics:write_calendar_files",
                        (staged_chunk,),
                        len(chunk) // 10 + 1,
                    )
                )
            run_jobs(event, jobs, progress)
            staged.commit()
        # Files of organisations renamed or removed since the last export would mislead; only files an
        # export of MeetGrid wrote (listed in the folder's record) are removed, never the organiser's own.
        _tidy(agenda_dir, AGENDA_RECORD, [path for _, path in targets], ".pdf")
        _tidy(calendar_dir, CALENDAR_RECORD, [target.path for target in calendars], ".ics")
    return ExportResult(
        json_path,
        xlsx_path,
        tuple(path for _, path in targets),
        tuple(documents),
        tuple(target.path for target in calendars),
    )


CALENDARS_A_JOB = 40
"""Calendar files written together in one job: an organisation's share the entries of its meetings."""


def _weight(event: Event, kind: str) -> int:
    """How long a document takes to write, in agendas, to share the work out evenly between processes."""
    if kind == "badges":
        return len(event.participants) // 40 + 1
    if kind == "signs":
        return len(event.tables) // 8 + 1
    return len(event.meetings) // 800 + 1


@contextlib.contextmanager
def _refused_choices() -> Iterator[None]:
    """A logo that cannot be drawn, a time zone calendars do not know or a broken badge layout of the
    organiser's own, as the organiser's sentence."""
    try:
        yield
    except LogoError as exc:
        raise InputError(f"the logo cannot be printed: {exc}") from exc
    except TimeZoneError as exc:
        raise InputError(f"the calendar files cannot be written: {exc}") from exc
    except BadgeLayoutError as exc:
        raise InputError(f"the badges cannot be printed: {exc}") from exc


def _tidy(folder: Path, record_name: str, current: list[Path], suffix: str) -> None:
    """Remove the files an earlier export wrote into ``folder`` that this one did not, and record this one's.

    The new files are in place by now: tidying up is best effort, and a failure is not the export's."""
    record = folder / record_name
    names = {path.name.casefold() for path in current}
    with contextlib.suppress(OSError):
        for name in _recorded(record, suffix):
            old = folder / name
            if name.casefold() not in names and old.is_file():
                old.unlink()
        record.write_text("".join(path.name + "\n" for path in current), encoding="utf-8")


def _recorded(record: Path, suffix: str) -> list[str]:
    try:
        text = record.read_text(encoding="utf-8")
    except OSError:
        return []
    return [line for line in text.splitlines() if line and "/" not in line and line.endswith(suffix)]


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
