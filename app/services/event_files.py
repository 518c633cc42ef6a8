"""Event files for the faces: the suffix, opening one, and events shared on a server.

The window and the command line hold an ``EventFile`` only to hand it to the other services, which read and
write it, each change in one transaction. An event can also be copied to a PostgreSQL server, where several
desks share it, and back into a file (``share_event``, ``fetch_event``).
"""

from __future__ import annotations

from pathlib import Path

from app.storage import EVENT_SUFFIX as EVENT_SUFFIX
from app.storage import EventFile as EventFile
from app.storage import server
from app.storage.server import EventURL as EventURL
from app.storage.server import is_event_url as is_event_url
from app.storage.server import parse_event_url as parse_event_url


def open_event(where: Path | str) -> EventFile:
    """Open a stored event (upgrading an older file format, after a backup copy); raises EventFileError.

    ``where`` is an event file, or the URL of an event on a PostgreSQL server (``docs/several-desks.md``).
    """
    if isinstance(where, str) and is_event_url(where):
        return server.open_event(parse_event_url(where))
    return EventFile.open(Path(where))


def server_driver_version() -> int:
    """The libpq version of the PostgreSQL driver (``server.driver_version``): loads the driver."""
    return server.driver_version()


def share_event(path: Path, url: str, *, replace: bool = False) -> EventURL:
    """Copy an event file's event to a PostgreSQL server (``server.share``); returns where it now is."""
    return server.share(path, parse_event_url(url), replace=replace)


def fetch_event(url: str, path: Path, *, replace: bool = False) -> tuple[EventURL, Path]:
    """Copy an event on a PostgreSQL server into an event file (``server.fetch``), for work offline."""
    where = server.resolve(parse_event_url(url))
    return where, server.fetch(where, path, replace=replace)
