"""One event, one SQLite file: opening, creating and backing up ``*.meetgrid`` files safely."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import __version__
from app.domain import Event, EventSettings, Registrations
from app.errors import EventFileError, Location
from app.storage import repository
from app.storage.schema import SCHEMA_VERSION, Base, MetaRow

EVENT_SUFFIX = ".meetgrid"
APPLICATION_ID = 0x4D475244
"""``PRAGMA application_id`` of every event file ("MGRD"), so other SQLite files are recognised as such."""

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL makes every committed transaction durable even on power loss; event files are small.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
    finally:
        cursor.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _connect_pragmas)
    return engine


def _remove_stale_sidecars(path: Path) -> None:
    """Drop -wal/-shm files left by a deleted event file, which would corrupt a new file of the same name."""
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists() and not path.exists():
            sidecar.unlink()


class EventFile:
    """An open event file: one engine and one session factory, closed with ``close()`` or ``with``."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening and creating -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> EventFile:
        """Open an existing event file after checking it really is one this MeetGrid can read."""
        path = Path(path)
        _check_is_event_file(path)
        engine = _make_engine(path)
        try:
            with engine.connect() as conn:
                app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
                version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise EventFileError(
                f"cannot be read as an event file ({exc.orig}); open a backup copy instead",
                _where(path),
            ) from None
        if app_id != APPLICATION_ID:
            engine.dispose()
            raise EventFileError("is a database but not a MeetGrid event file", _where(path))
        if version > SCHEMA_VERSION:
            engine.dispose()
            raise EventFileError(
                f"was saved by a newer MeetGrid (file format {version}, this MeetGrid reads up to "
                f"{SCHEMA_VERSION}); update MeetGrid to open it",
                _where(path),
            )
        return cls(path, engine)

    @classmethod
    def create(
        cls, path: Path, settings: EventSettings, registrations: Registrations, *, replace: bool = False
    ) -> EventFile:
        """Create a new event file, or with ``replace`` start an existing one afresh after a backup copy.

        A new file is built under a temporary name and renamed into place, so a crash never leaves a
        half-written event behind. Replacing happens in one transaction of the existing file.
        """
        path = Path(path)
        if path.exists():
            if not replace:
                raise EventFileError(
                    "already exists; choose another name, or replace it (its meetings are then discarded)",
                    _where(path),
                )
            existing = cls.open(path)
            try:
                existing.backup()
                with existing.transaction() as session:
                    repository.clear_event(session)
                    repository.write_settings(session, settings)
                    repository.write_registrations(session, registrations)
            except BaseException:
                existing.close()
                raise
            return existing

        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_sidecars(path)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        for leftover in (temporary, temporary.with_name(temporary.name + "-wal")):
            leftover.unlink(missing_ok=True)
        engine = _make_engine(temporary)
        try:
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            with Session(engine) as session, session.begin():
                session.add_all(
                    [
                        MetaRow(key="schema_version", value=str(SCHEMA_VERSION)),
                        MetaRow(key="created_by", value=f"MeetGrid {__version__}"),
                        MetaRow(key="created_at", value=datetime.now().isoformat(timespec="seconds")),
                    ]
                )
                repository.write_settings(session, settings)
                repository.write_registrations(session, registrations)
            with engine.connect() as conn:
                # Fold the WAL into the main file so the rename moves one complete file.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)
            raise
        engine.dispose()
        for sidecar in ("-wal", "-shm"):
            temporary.with_name(temporary.name + sidecar).unlink(missing_ok=True)
        temporary.replace(path)
        return cls.open(path)

    # -- working with it ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session for one user action: everything in it is committed together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def load(self) -> Event:
        """The whole event as a frozen snapshot."""
        with self.transaction() as session:
            return repository.load_event(session)

    def meta(self) -> dict[str, str]:
        with self.transaction() as session:
            return {row.key: row.value for row in session.scalars(select(MetaRow))}

    def backup(self, destination: Path | None = None) -> Path:
        """A consistent copy of the file (SQLite online backup), by default ``<name>.bak`` beside it."""
        destination = destination or self.path.with_name(self.path.name + ".bak")
        source = sqlite3.connect(self.path)
        try:
            target = sqlite3.connect(destination)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        return destination

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> EventFile:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _where(path: Path) -> Location:
    return Location(file=str(path))


def _check_is_event_file(path: Path) -> None:
    if not path.exists():
        raise EventFileError(
            "does not exist; check the path, or create the event by importing a workbook", _where(path)
        )
    if path.is_dir():
        raise EventFileError("is a folder, not an event file", _where(path))
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise EventFileError(f"cannot be read ({exc.strerror})", _where(path)) from None
    if magic != _SQLITE_MAGIC:
        raise EventFileError(
            f"is not a MeetGrid event file (they end in {EVENT_SUFFIX}); to start from a workbook, import it",
            _where(path),
        )
