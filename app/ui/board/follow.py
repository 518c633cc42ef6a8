"""The board started from the command line follows its event file: a re-plan or a check-in stored by the
desk's MeetGrid (or ``meetgrid replan``) shows on the board within seconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from app.domain import Event
from app.errors import MeetGridError
from app.services.event_files import open_event
from app.ui.board.window import BoardWindow
from app.ui.jobs import wait_for

CHECK_MS = 3000
"""How often the file is looked at: a change shows on the board within this time and the reading."""

Stamp = tuple[tuple[int, int], ...]


def _stamp(path: Path) -> Stamp:
    """When the file and its write-ahead log were last written, and their sizes (SQLite writes the log
    first)."""
    stamps = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            status = part.stat()
        except OSError:
            stamps.append((0, 0))
        else:
            stamps.append((status.st_mtime_ns, status.st_size))
    return tuple(stamps)


def _load(path: Path) -> Event:
    with open_event(path) as event_file:
        return event_file.load()


class FileFollower(QObject):
    """Reloads the board's event when its file has changed."""

    def __init__(self, board: BoardWindow, path: Path) -> None:
        super().__init__(board)
        self._board = board
        self._path = path
        self._stamp = _stamp(path)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    @Slot()
    def check(self) -> bool:
        """Reload when the file changed since last looked at; True when the board got a new event."""
        stamp = _stamp(self._path)
        if stamp == self._stamp:
            return False
        try:
            event = wait_for(lambda: _load(self._path), "MeetGrid: read the event for the board")
        except (MeetGridError, OSError):  # being written, or moved away: the board keeps what it shows
            return False
        self._stamp = stamp
        self._board.set_event(event)
        return True
