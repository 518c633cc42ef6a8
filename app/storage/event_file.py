"""One event, one SQLite file: opening, creating and backing up ``*.meetgrid`` files safely.

Over 400 lines because opening, creating, upgrading and backing up an event file share their safety rules.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app import __version__
from app.domain import Event, EventSettings, Registrations
from app.errors import EventFileError, Location
from app.storage import migrations, repository
from app.storage.schema import SCHEMA_VERSION, Base, MetaRow

EVENT_SUFFIX = ".meetgrid"
APPLICATION_ID = 0x4D475244
"""``PRAGMA application_id`` of every event file ("MGRD"), so other SQLite files are recognised as such."""

BACKUPS_KEPT = 5
"""Backup copies kept per event before re-imports, planning and settings that remove meetings; copies made
before an upgrade are all kept."""

BackupReason = Literal["import", "planning", "settings", "upgrade"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_log = logging.getLogger(__name__)


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


def _upgrade_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite begins a transaction only before INSERT, UPDATE and DELETE; left to itself it would commit
    # an upgrade's CREATE and DROP statements one by one, and a crash could leave the file half upgraded.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # A migration that rebuilds a table drops the old one; with foreign keys on, that would delete the
        # rows that refer to it. They are checked as a whole before the upgrade commits.
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
    finally:
        cursor.close()


def _begin_immediately(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _make_upgrade_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _upgrade_pragmas)
    event.listen(engine, "begin", _begin_immediately)
    return engine


def _remove_stale_sidecars(path: Path) -> None:
    """Drop -wal/-shm files left by a deleted event file, which would corrupt a new file of the same name."""
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists() and not path.exists():
            sidecar.unlink()


def _remove_unfinished_creations(path: Path) -> None:
    """Drop the temporary files of earlier attempts to create ``path`` that were killed half way."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.\d+\.tmp(-wal|-shm|-journal)?")
    for entry in path.parent.iterdir():
        if pattern.fullmatch(entry.name):
            entry.unlink(missing_ok=True)


class EventFile:
    """An open event file: one engine and one session factory, closed with ``close()`` or ``with``.

    Every change is committed in its own transaction as it is made (``transaction()``): there is no unsaved
    state to lose, and no separate save.
    """

    def __init__(self, path: Path, engine: Engine, upgrade_backup: Path | None = None) -> None:
        self.path = path
        self.upgrade_backup = upgrade_backup
        """The copy kept before this MeetGrid upgraded the file while opening it; None when it did not."""
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening and creating -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> EventFile:
        """Open an existing event file after checking it really is one this MeetGrid can read.

        A file from an older MeetGrid is first copied into the backups folder, then upgraded in one
        transaction; a file from a newer MeetGrid is refused.
        """
        path = Path(path)
        _check_is_event_file(path)
        found = _read_format(path)
        upgrade_backup = None
        if found.version < SCHEMA_VERSION:
            upgrade_backup = _backup(path, "upgrade")
            _upgrade(path, found, upgrade_backup)
        return cls(path, _make_engine(path), upgrade_backup)

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
                existing.backup("import")
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
        _remove_unfinished_creations(path)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        engine = _make_engine(temporary)
        try:
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                migrations.stamp_newest(conn)
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

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection in one transaction, for copying the event's rows as they are (``server.share``)."""
        with self._engine.connect() as connection, connection.begin():
            yield connection

    def load(self) -> Event:
        """The whole event as a frozen snapshot; a file damaged inside raises ``EventFileError``."""
        try:
            with self.transaction() as session:
                return repository.load_event(session)
        except DBAPIError as exc:
            raise EventFileError(
                f"is damaged and cannot be read ({exc.orig}); open the newest copy in the folder "
                f"'{backups_folder(self.path).name}' beside it",
                _where(self.path),
            ) from None

    known_changes: int | None = None
    """For an event several desks share, the count of its changes this desk has seen; None for a file."""

    several_desks = False
    """Whether other desks may change the event while this one works on it (an event on a server)."""

    def changes(self) -> int | None:
        """The count of changes written to the event by any desk; None for a file, which one desk holds."""
        return None

    def refresh(self, event: Event) -> tuple[Event, int] | None:
        """For an event several desks share: ``event`` with the other desks' changes since this desk read
        it, and the count of changes that makes; None when nothing changed, as always for a file."""
        return None

    @property
    def title(self) -> str:
        """How the window names where the event is: the file's name."""
        return self.path.name

    def backups_location(self) -> Path:
        """The folder of the backup copies ``backup`` makes."""
        return backups_folder(self.path)

    def meta(self) -> dict[str, str]:
        with self.transaction() as session:
            return {row.key: row.value for row in session.scalars(select(MetaRow))}

    def backup(self, before: BackupReason) -> Path:
        """Keep a copy of the file as it is now in its backups folder, before a re-import, planning, or
        settings that remove meetings.

        Of these copies the newest ``BACKUPS_KEPT`` stay; raises ``EventFileError`` when no copy can be
        written, so the change that was to follow is not made either.
        """
        return _backup(self.path, before)

    def copy_to(self, destination: Path) -> Path:
        """A consistent copy of the file, complete or not there at all, even while it is being written."""
        _copy(self.path, destination)
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
            "is not a MeetGrid event file (it may be another file with the same ending, or a "
            "registrations workbook: to start from a workbook, import it)",
            _where(path),
        )


# -- formats and upgrades ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Format:
    version: int
    stamped: bool
    """Whether the file records its Alembic revision; files from before migrations existed do not."""


def _read_format(path: Path) -> _Format:
    engine = _make_engine(path)
    try:
        with engine.connect() as conn:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            user_version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
            stamped = (
                conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).first()
                is not None
            )
            revisions = (
                list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
                if stamped
                else []
            )
    except (DatabaseError, OperationalError) as exc:
        raise EventFileError(
            f"cannot be read as an event file ({exc.orig}); open a backup copy instead", _where(path)
        ) from None
    finally:
        engine.dispose()
    if app_id != APPLICATION_ID:
        raise EventFileError("is a database but not a MeetGrid event file", _where(path))
    # A revision that is not a format number comes from a MeetGrid this one cannot know of.
    known = [migrations.version_of(r) for r in revisions]
    newest = max([user_version, *(SCHEMA_VERSION + 1 if v is None else v for v in known)])
    if newest > SCHEMA_VERSION:
        raise EventFileError(
            f"was saved by a newer MeetGrid (file format {newest}, this MeetGrid reads up to "
            f"{SCHEMA_VERSION}); update MeetGrid to open it",
            _where(path),
        )
    version = min((v for v in known if v is not None), default=user_version)
    if version < 1 or (stamped and not revisions):
        raise EventFileError(
            "was never completely written (it has no file format); open a backup copy instead", _where(path)
        )
    return _Format(version, stamped)


def _upgrade(path: Path, found: _Format, backup: Path) -> None:
    """Bring a file of an older format up to this MeetGrid's, all in one transaction."""
    engine = _make_upgrade_engine(path)
    try:
        with engine.begin() as conn:
            migrations.upgrade(
                conn,
                stamped=found.stamped,
                after_step=lambda revision: _log.info("%s: upgraded to file format %s", path, int(revision)),
            )
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?), ('upgraded_by', ?)",
                (str(SCHEMA_VERSION), f"MeetGrid {__version__}"),
            )
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise EventFileError(f"row {broken[1]} of table '{broken[0]}' lost the row it refers to")
    except Exception as exc:
        raise EventFileError(
            f"could not be upgraded from file format {found.version} to {SCHEMA_VERSION} "
            f"({_reason(exc)}); the file is unchanged. Keep using the MeetGrid that saved it, and report "
            f"this with the copy '{backup}'",
            _where(path),
        ) from exc
    finally:
        engine.dispose()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError):
        return str(exc.orig)
    if isinstance(exc, EventFileError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


# -- backup copies --------------------------------------------------------------------------------------


def backups_folder(path: Path) -> Path:
    """Where the backup copies of the event file ``path`` go: ``<name> backups`` beside it."""
    return path.with_name(f"{path.stem} backups")


def _backup_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"{re.escape(path.stem)} (?P<when>\d{{4}}-\d\d-\d\d \d\d\.\d\d\.\d\d)(?:-(?P<n>\d+))? "
        rf"before (?P<reason>import|planning|settings|upgrade){re.escape(EVENT_SUFFIX)}"
    )


def backups_of(path: Path) -> list[Path]:
    """The backup copies of the event file ``path``, oldest first."""
    return [entry for _, _, entry in _backups(path)]


def _backups(path: Path) -> list[tuple[str, int, Path]]:
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    pattern = _backup_pattern(path)
    found: list[tuple[str, int, Path]] = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match:
            found.append((match["when"], int(match["n"] or 1), entry))
    return sorted(found)


def _backup(path: Path, before: BackupReason) -> Path:
    folder = backups_folder(path)
    try:
        folder.mkdir(exist_ok=True)
        pattern = _backup_pattern(path)
        for entry in folder.iterdir():
            # A copy killed half way left only its hidden temporary file (and journal), never a listed name.
            unfinished = _UNFINISHED_COPY.fullmatch(entry.name)
            if unfinished and pattern.fullmatch(unfinished[1]):
                entry.unlink()
        when = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        # Copies made within one second are numbered on from the newest, so names sort in the order made.
        number = max((n for stamp, n, _ in _backups(path) if stamp == when), default=0) + 1
        count = f"-{number}" if number > 1 else ""
        destination = folder / f"{path.stem} {when}{count} before {before}{EVENT_SUFFIX}"
        _copy(path, destination)
    except (OSError, sqlite3.Error) as exc:
        raise EventFileError(
            f"cannot keep a backup copy in '{folder}' ({exc}), so nothing was changed; make room on the disk "
            "or move the event file to a folder you can write to",
            _where(path),
        ) from None
    rolling = [b for b in backups_of(path) if not b.name.endswith(f"before upgrade{EVENT_SUFFIX}")]
    for old in rolling[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return destination


_UNFINISHED_COPY = re.compile(r"\.(.+)\.tmp(?:-journal)?")


def _copy(source: Path, destination: Path) -> None:
    """SQLite's online backup into a temporary file, renamed into place once complete."""
    temporary = destination.with_name(f".{destination.name}.tmp")
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    temporary.replace(destination)
