"""Event files for the faces: the suffix, opening one, where its backup copies go.

The window and the command line hold an ``EventFile`` only to hand it to the other services, which read and
write it, each change in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import EVENT_SUFFIX as EVENT_SUFFIX
from app.storage import EventFile as EventFile
from app.storage.event_file import backups_folder as backups_folder


def open_event(path: Path) -> EventFile:
    """Open a stored event (upgrading an older file format, after a backup copy); raises EventFileError."""
    return EventFile.open(path)
