"""Errors that reach the organiser as a plain message, never as a traceback."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from app import __version__


def column_letter(index: int) -> str:
    """Spreadsheet column name for a 1-based column index (1 -> A, 27 -> AA)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Location:
    """Where in the organiser's files a problem is: file, and where it applies sheet, row and column."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    column_name: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(Path(self.file).name)
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            label = f"column {column_letter(self.column)}"
            if self.column_name:
                label += f" ({self.column_name})"
            parts.append(label)
        elif self.column_name:
            parts.append(f"column '{self.column_name}'")
        return ", ".join(parts)


class MeetGridError(Exception):
    """A problem the organiser can fix; its message says where and what to do."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        where = str(self.location) if self.location else ""
        return f"{where}: {self.message}" if where else self.message


class InputError(MeetGridError):
    """A registration file or command-line value that cannot be used as it is."""


class EventFileError(MeetGridError):
    """An event file that cannot be opened or written."""


class ConflictError(MeetGridError):
    """A change refused because another desk changed the same thing first; nothing of it was stored."""


class ExportError(MeetGridError):
    """Agendas or timetable files that cannot be written where asked (no room, no permission)."""


class Severity:
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing an import found or fixed, for the report shown on the command line and in the window."""

    severity: str
    message: str
    location: Location | None = None

    def __str__(self) -> str:
        where = str(self.location) if self.location else ""
        return f"{self.severity}: {where}: {self.message}" if where else f"{self.severity}: {self.message}"


def log_dir() -> Path:
    """Where MeetGrid keeps its log file (the user's state folder, e.g. ~/.local/state/MeetGrid/log)."""
    return Path(platformdirs.user_log_dir("MeetGrid", appauthor=False))


def write_crash_log(exc: BaseException) -> Path:
    """Append the full traceback of a fault in MeetGrid itself to the log file; returns the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "meetgrid.log"
    with log.open("a", encoding="utf-8") as stream:
        stream.write(f"--- {datetime.now().isoformat(timespec='seconds')} MeetGrid {__version__}\n")
        stream.write("".join(traceback.format_exception(exc)))
    return log
