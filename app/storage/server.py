"""Events on a PostgreSQL server: one schema per event, the same tables and migrations as an event file.

A URL names the server's database and, with ``?event=NAME``, one event on it (it may be left out when the
database holds one event only): ``postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026``. The
password comes from libpq's usual places (``PGPASSWORD``, ``~/.pgpass``), never from the event or the
settings. Each event lives in a schema of its name, holding the tables ``EventFile`` creates (and Alembic's
``alembic_version``), so a file's event and a server's are the same rows: ``share`` copies a file's event
to the server and ``fetch`` copies it back into a file for offline work, each in one transaction.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, MetaData, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from app import __version__
from app.domain import Event
from app.errors import EventFileError, Location
from app.storage import migrations, repository
from app.storage.event_file import (
    APPLICATION_ID,
    BACKUPS_KEPT,
    EVENT_SUFFIX,
    BackupReason,
    EventFile,
    _check_is_event_file,
    _remove_unfinished_creations,
)
from app.storage.schema import SCHEMA_VERSION, Base, MetaRow

SCHEMES = ("postgresql", "postgresql+psycopg")
"""URL schemes of an event on a server (``postgresql`` is read as ``postgresql+psycopg``)."""
EVENT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")
"""An event's name on a server: its schema's name, lower-case letters, digits, ``-`` and ``_``."""
VERSION_TABLE = "alembic_version"
CONNECT_SECONDS = 5
"""How long to wait for the server before saying it cannot be reached."""
_log = logging.getLogger(__name__)


def _failure(message: str, where: str) -> EventFileError:
    """The server's problem said with the URL it is about (the password hidden), as one line."""
    return EventFileError(f"{where}: {message}")


def _shown(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text


@dataclass(frozen=True)
class EventURL:
    """Where an event is on a server: the database's URL and the event's name (None: the only one)."""

    database: URL
    event: str | None

    def __str__(self) -> str:
        shown = self.database.render_as_string(hide_password=True)
        return f"{shown}?event={self.event}" if self.event else shown

    def named(self, name: str) -> EventURL:
        return EventURL(self.database, name)


def driver_version() -> int:
    """The version of libpq the PostgreSQL driver brings (as 150004), loading the driver as a first
    connection would: the self-test's check that a stand-alone build can reach a server."""
    import psycopg  # loaded here, as SQLAlchemy loads it when it first connects

    create_engine("postgresql+psycopg://check@localhost/check").dispose()  # the dialect, without connecting
    return int(psycopg.pq.version())


def is_event_url(text: str) -> bool:
    """Whether ``text`` names an event on a server rather than an event file."""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def parse_event_url(text: str) -> EventURL:
    """The URL of an event on a server; EventFileError saying what is wrong with it."""
    where = _shown(text)
    try:
        url = make_url(text)
    except ArgumentError:
        raise _failure(
            "is not a server URL; write it as postgresql+psycopg://user@host/database?event=NAME", where
        ) from None
    if url.drivername not in SCHEMES:
        raise _failure("is not a PostgreSQL URL; it must start with postgresql+psycopg://", where)
    if not url.database:
        raise _failure("names no database; add it after the host: …@host/database", where)
    query = dict(url.query)
    name = query.pop("event", None)
    if isinstance(name, tuple):
        raise _failure("names more than one event; keep one ?event=NAME", where)
    if name is not None:
        _check_name(name, where)
    database = url.set(drivername="postgresql+psycopg", query=query)
    return EventURL(database, name)


def _check_name(name: str, where: str) -> None:
    if not EVENT_NAME.fullmatch(name):
        raise _failure(
            f"names the event '{name}'; an event's name on a server is lower-case letters, digits, - and _ "
            "(at most 63), for example stavanger-2026",
            where,
        )


def _engine(database: URL, schema: str | None = None) -> Engine:
    engine = create_engine(
        database, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_SECONDS}, future=True
    )
    if schema is not None:

        @event.listens_for(engine, "connect")
        def _into_schema(dbapi_connection: Any, _record: Any) -> None:
            # Every table of the event is found in its schema, Alembic's version table too.
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f'SET search_path TO "{schema}"')
            dbapi_connection.commit()

    return engine


@contextmanager
def _connected(url: EventURL, schema: str | None = None) -> Iterator[Connection]:
    """A connection in one transaction; the server's refusals said in an organiser's words."""
    engine = _engine(url.database, schema)
    try:
        with engine.begin() as connection:
            yield connection
    except OperationalError as exc:
        raise _failure(_unreachable(exc), str(url)) from None
    finally:
        engine.dispose()


def _unreachable(exc: DBAPIError) -> str:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if "password" in reason:
        return (
            f"refused the connection ({reason}); give the password in PGPASSWORD or ~/.pgpass, never in "
            "the URL"
        )
    return (
        f"cannot be reached ({reason}); check the host, the port and that the server is running, or work "
        "on a file (meetgrid fetch) until it is back"
    )


def events_on(url: EventURL) -> list[str]:
    """The names of the events in the database ``url`` names, sorted."""
    with _connected(url) as connection:
        return _events(connection)


def _events(connection: Connection) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = :meta "
            "AND table_schema IN (SELECT table_schema FROM information_schema.tables "
            "WHERE table_name = :event) ORDER BY table_schema"
        ),
        {"meta": MetaRow.__tablename__, "event": "event"},
    )
    return [row[0] for row in rows if EVENT_NAME.fullmatch(row[0])]


def resolve(url: EventURL) -> EventURL:
    """The URL with its event's name: the one given, or the only event in the database."""
    names = events_on(url)
    where = str(url)
    if url.event is not None:
        if url.event not in names:
            known = ", ".join(names) if names else "none"
            raise _failure(
                f"holds no event '{url.event}' (events there: {known}); share one with meetgrid share", where
            )
        return url
    if len(names) == 1:
        return url.named(names[0])
    if not names:
        raise _failure("holds no event yet; put one there with meetgrid share FILE URL", where)
    raise _failure(
        f"holds {len(names)} events ({', '.join(names)}); name one with ?event=NAME at the end of the URL",
        where,
    )


def _copy_rows(source: Connection, destination: Connection) -> None:
    """Copy every row of every table; the destination's tables exist and are empty."""
    for table in Base.metadata.sorted_tables:
        rows = [dict(row._mapping) for row in source.execute(select(table))]
        if rows:
            destination.execute(table.insert(), rows)


def _check_format(connection: Connection, where: EventURL) -> int:
    """The format of the event on the server; refused when it is a newer MeetGrid's (or none MeetGrid
    writes). An older format is this MeetGrid's to upgrade (``open_event``) or to copy as it is (``fetch``).
    """
    found = str(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one())
    version = migrations.version_of(found)
    if version is None or version > SCHEMA_VERSION:
        raise _failure(
            f"holds the event in format {found}, this MeetGrid works on format {SCHEMA_VERSION} and older; "
            "update MeetGrid on this desk to the one that shared it",
            str(where),
        )
    return version


def _copy_as_it_is(source: Connection, destination: Connection) -> None:
    """Copy every row of an event in an older format, table by table as the destination has them (built by
    the migrations up to that format)."""
    there, here = MetaData(), MetaData()
    there.reflect(source)
    here.reflect(destination)
    for table in here.sorted_tables:
        if table.name != VERSION_TABLE and table.name in there.tables:
            rows = [dict(row._mapping) for row in source.execute(select(there.tables[table.name]))]
            if rows:
                destination.execute(table.insert(), rows)


def _upgrade(url: EventURL, found: int) -> None:
    """Bring an event on the server up to this MeetGrid's format, after a backup copy, in one transaction:
    the same migrations as an event file's. Another desk opening it at the same time waits, then finds it
    upgraded."""
    backup = backup_before_upgrade(url, found)
    try:
        with _connected(url, url.event) as connection:
            _lock_event(connection, url)
            if _check_format(connection, url) == SCHEMA_VERSION:
                return
            migrations.upgrade(
                connection,
                stamped=True,
                after_step=lambda revision: _log.info("%s: upgraded to format %s", url, int(revision)),
            )
            connection.execute(
                text(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', :version), ('upgraded_by', :by) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"version": str(SCHEMA_VERSION), "by": f"MeetGrid {__version__}"},
            )
            if inspect(connection).has_table(CHANGES):
                assert url.event is not None
                _count_changes_of_every_table(connection, url.event)
    except EventFileError:
        raise
    except Exception as exc:
        reason = str(exc.orig) if isinstance(exc, DBAPIError) else f"{type(exc).__name__}: {exc}"
        raise _failure(
            f"could not be upgraded from format {found} to {SCHEMA_VERSION} ({reason.strip()}); the event on "
            f"the server is unchanged. Keep using the MeetGrid that shared it, and report this with the copy "
            f"'{backup}'",
            str(url),
        ) from exc


def backup_before_upgrade(url: EventURL, found: int) -> Path:
    """A copy of the event as it is before an upgrade, all kept: ``pg_dump``'s archive of its schema where
    pg_dump is installed (restored with ``pg_restore``), else an event file in its old format (which any
    MeetGrid opens)."""
    folder = server_backups_folder(url)
    when = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dumped = _pg_dump(url, folder / f"{url.event} {when} format {found} before upgrade.dump")
        if dumped is not None:
            return dumped
        return fetch(url, folder / f"{url.event} {when} before upgrade{EVENT_SUFFIX}", replace=True)
    except OSError as exc:
        raise _failure(
            f"cannot keep a backup copy in '{folder}' ({exc}), so the event was not upgraded; make room on "
            "the disk",
            str(url),
        ) from None


PG_DUMP = "pg_dump"
"""The program that archives a schema, where PostgreSQL's client programs are installed."""


def _pg_dump(url: EventURL, destination: Path) -> Path | None:
    """``pg_dump``'s archive of the event's schema at ``destination``; None where pg_dump is missing or
    fails (an older pg_dump than the server, say), so that the caller copies the event into a file."""
    program = shutil.which(PG_DUMP)
    if program is None:
        return None
    database = url.database
    environment = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_SECONDS)}
    if database.password:
        environment["PGPASSWORD"] = str(database.password)
    address = database.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    temporary = destination.with_name(f".{destination.name}.tmp")
    done = subprocess.run(
        [program, "--format=custom", f"--schema={url.event}", f"--file={temporary}", f"--dbname={address}"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        temporary.unlink(missing_ok=True)
        _log.warning(
            "%s: pg_dump failed (%s); copying the event into a file instead", url, done.stderr.strip()
        )
        return None
    temporary.replace(destination)
    return destination


def share(path: Path, url: EventURL, *, replace: bool = False) -> EventURL:
    """Copy the event file ``path`` to the server as the event ``url`` names (if none, named after the
    event's own name, else its file's: ``share_name``).

    An event of that name already there is refused unless ``replace``; then it is replaced in the same
    transaction, so the server holds the old event or the new one, never half of either.
    """
    # Opening the file brings it to this MeetGrid's format (after a backup copy), the format stamped here.
    with EventFile.open(path) as event_file, event_file.connection() as source:
        name = url.event or share_name(event_file.load().settings.name, path)
        _check_name(name, str(url))
        target = url.named(name)
        with _connected(target) as connection:
            _share_into(source, connection, name, path, target, replace)
    return target


def _share_into(
    source: Connection, connection: Connection, name: str, path: Path, target: EventURL, replace: bool
) -> None:
    """The rows of ``source`` as the event ``name`` on the server, in the transaction of ``connection``."""
    if name in _events(connection):
        if not replace:
            raise _failure(
                f"already holds the event '{name}'; add --replace to overwrite it with {path.name}, "
                "or share under another name with ?event=NAME",
                str(target),
            )
        connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    connection.execute(text(f'CREATE SCHEMA "{name}"'))
    connection.execute(text(f'SET LOCAL search_path TO "{name}"'))
    Base.metadata.create_all(connection)
    migrations.stamp_newest(connection)
    _copy_rows(source, connection)
    _reset_sequences(connection)
    _count_changes(connection, name)


CHANGES = "desk_changes"
"""A server event's count of the changes written to it, which the desks watch (``ServerEvent.changes``)."""
TABLE_CHANGES = "desk_table_changes"
"""Per table of the event, the count as of its last change: which tables changed since a desk's reading."""


def _count_changes(connection: Connection, name: str) -> None:
    """A counter of the statements that change the event, raised by a trigger on every table of it."""
    connection.execute(
        text(f"CREATE TABLE {CHANGES} (one BOOLEAN PRIMARY KEY CHECK (one), n BIGINT NOT NULL)")
    )
    connection.execute(text(f"INSERT INTO {CHANGES} VALUES (true, 0)"))
    _log_tables_changed(connection, name)
    _count_changes_of_every_table(connection, name)


def _log_tables_changed(connection: Connection, name: str) -> None:
    """The count raised by each change also notes the table it changed (``TABLE_CHANGES``), so that a desk
    reads again only the parts of the event that changed (``ServerEvent.refresh``)."""
    connection.execute(
        text(f"CREATE TABLE IF NOT EXISTS {TABLE_CHANGES} (name TEXT PRIMARY KEY, n BIGINT NOT NULL)")
    )
    connection.execute(
        text(
            f'CREATE OR REPLACE FUNCTION "{name}".count_change() RETURNS trigger LANGUAGE plpgsql AS $$ '
            "DECLARE counted BIGINT; "
            f'BEGIN UPDATE "{name}".{CHANGES} SET n = n + 1 RETURNING n INTO counted; '
            f'INSERT INTO "{name}".{TABLE_CHANGES} VALUES (TG_TABLE_NAME, counted) '
            "ON CONFLICT (name) DO UPDATE SET n = excluded.n; RETURN NULL; END $$"
        )
    )


def _count_changes_of_every_table(connection: Connection, name: str) -> None:
    """The counting trigger on every table of the event's schema that lacks it (after a migration too)."""
    counted = set(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :name "
                "AND t.tgname = 'count_change'"
            ),
            {"name": name},
        ).scalars()
    )
    for table in inspect(connection).get_table_names(schema=name):
        if table not in counted and table not in (CHANGES, TABLE_CHANGES, VERSION_TABLE):
            connection.execute(
                text(
                    f'CREATE TRIGGER count_change AFTER INSERT OR UPDATE OR DELETE ON "{name}"."{table}" '
                    f'FOR EACH STATEMENT EXECUTE FUNCTION "{name}".count_change()'
                )
            )


def _reset_sequences(connection: Connection) -> None:
    """Integer keys copied as they were: each table's sequence goes on after the highest one."""
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and len(table.primary_key.columns) == 1
            ):
                if column.type.python_type is not int:
                    continue
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"COALESCE(MAX({column.name}), 0) + 1, false) FROM {table.name}"
                    )
                )


def fetch(url: EventURL, path: Path, *, replace: bool = False) -> Path:
    """Copy the event ``url`` names into the event file ``path``, complete or not at all."""
    target = resolve(url)
    path = Path(path)
    if path.exists() and not replace:
        raise EventFileError(
            "already exists; choose another name, or add --replace to overwrite it", Location(file=str(path))
        )
    if path.exists():
        _check_is_event_file(path)  # a file that is not an event file is refused, not overwritten
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_unfinished_creations(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    writer = create_engine(f"sqlite:///{temporary}", poolclass=NullPool)
    try:
        with _connected(target, target.event) as source:
            version = _check_format(source, target)
            with writer.begin() as destination:
                destination.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                destination.exec_driver_sql(f"PRAGMA user_version = {version}")
                if version == SCHEMA_VERSION:
                    Base.metadata.create_all(destination)
                    migrations.stamp_newest(destination)
                    _copy_rows(source, destination)
                else:  # an event not upgraded yet: a file in its format, which MeetGrid upgrades on opening
                    migrations.upgrade(
                        destination,
                        stamped=True,
                        after_step=lambda _r: None,
                        to=migrations.revision_of(version),
                    )
                    _copy_as_it_is(source, destination)
    except BaseException:
        writer.dispose()
        temporary.unlink(missing_ok=True)
        raise
    writer.dispose()
    temporary.replace(path)
    return path


_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


def share_name(title: str, path: Path) -> str:
    """An event's name on a server from its own name (``Stavanger B2B Day 2026`` → stavanger-b2b-day-2026),
    else from its file's name when its own has no Latin letters or digits (a name in Chinese)."""
    for given in (title, path.stem):
        plain = unicodedata.normalize("NFKD", given.lower().translate(_LETTERS))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        name = re.sub(r"[^a-z0-9_-]+", "-", plain).strip("-_")[:63].strip("-_")
        if name:
            return name
    return "event"


def schema_names(url: EventURL) -> list[str]:
    """Every schema of the database (for tests and the set-up guide)."""
    with _connected(url) as connection:
        return sorted(inspect(connection).get_schema_names())


class ServerEvent(EventFile):
    """An event on a server, worked on as an event file is: each change in one transaction, a backup copy
    (an event file in the organiser's own folder) before the changes that replace meetings."""

    def __init__(self, url: EventURL, engine: Engine, counted: bool = False, logged: bool = False) -> None:
        super().__init__(Path(f"{url.event}{EVENT_SUFFIX}"), engine)
        self.url = url
        self.counted = counted
        """Whether the server counts the event's changes (events shared by this MeetGrid do)."""
        self.logged = logged
        """Whether it also notes which tables changed (``refresh``)."""
        self.known_changes: int | None = None
        """The count of changes this desk has seen: as of its last full read, plus its own writes since."""

    @property
    def title(self) -> str:
        return f"{self.url.event} on {self.url.database.host or 'the server'}"

    def backups_location(self) -> Path:
        return server_backups_folder(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with super().transaction() as session:
                # One transaction on the event at a time, from whichever desk: a plan or a move rewrites
                # the meetings, and two rewrites at once would collide on their keys. Released at the end.
                _lock_event(session, self.url)
                before = self._count(session)
                yield session
                session.flush()
                if before is not None and before == self.known_changes:
                    self.known_changes = self._count(session)  # only its own changes since
        except OperationalError as exc:
            # Nothing of the change is written: the server rolls back what it did not commit.
            raise _failure(_unreachable(exc), str(self.url)) from None

    def load(self) -> Event:
        with self.transaction() as session:
            event = repository.load_event(session)
            self.known_changes = self._count(session)
        return event

    def _count(self, session: Session) -> int | None:
        if not self.counted:
            return None
        return int(session.execute(text(f"SELECT n FROM {CHANGES}")).scalar_one())

    several_desks = True

    def refresh(self, event: Event) -> tuple[Event, int] | None:
        """``event`` with what other desks changed since this desk read it, and the count of changes it
        is up to; None when nothing changed. Only the parts of the event whose tables changed are read
        (a check-in elsewhere: the day's record), where the server notes them; else the event whole."""
        if not self.counted:
            return None
        with self.transaction() as session:
            count = self._count(session)
            assert count is not None
            if count == self.known_changes:
                return None
            if self.known_changes is None or not self.logged:
                return repository.load_event(session), count
            tables = session.execute(
                text(f"SELECT name FROM {TABLE_CHANGES} WHERE n > :known"), {"known": self.known_changes}
            ).scalars()
            return repository.load_changed(session, event, list(tables)), count

    def changes(self) -> int | None:
        """The count of changes written to the event by any desk (None where the server does not count
        them); compare with ``known_changes``. Raises EventFileError when the server cannot be reached."""
        if not self.counted:
            return None
        with _connected(self.url, self.url.event) as connection:
            return int(connection.execute(text(f"SELECT n FROM {CHANGES}")).scalar_one())

    def backup(self, before: BackupReason) -> Path:
        folder = server_backups_folder(self.url)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            when = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            destination = folder / f"{self.url.event} {when} before {before}{EVENT_SUFFIX}"
            number = 1
            while destination.exists():
                number += 1
                destination = folder / f"{self.url.event} {when}-{number} before {before}{EVENT_SUFFIX}"
            fetch(self.url, destination)
        except OSError as exc:
            raise _failure(
                f"cannot keep a backup copy in '{folder}' ({exc}), so nothing was changed; make room on "
                "the disk",
                str(self.url),
            ) from None
        copies = sorted(
            (p for p in folder.glob(f"{self.url.event} *{EVENT_SUFFIX}") if " before upgrade" not in p.name),
            key=lambda p: p.stat().st_mtime,
        )
        for old in copies[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        return destination

    def copy_to(self, destination: Path) -> Path:
        return fetch(self.url, destination, replace=True)


def server_backups_folder(url: EventURL) -> Path:
    """Where the backup copies of a server's event go: the organiser's own MeetGrid folder, as files."""
    host = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{url.database.host or 'local'} {url.database.database}")
    return platformdirs.user_data_path("MeetGrid", appauthor=False) / "server backups" / host


def _lock_event(connection: Connection | Session, url: EventURL) -> None:
    """One transaction at a time on the event, from whichever desk: an advisory lock on a key from the
    event's name, released when the transaction ends."""
    digest = hashlib.sha256(f"meetgrid event {url.event}".encode()).digest()
    key = int.from_bytes(digest[:8], "big", signed=True)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def open_event(url: EventURL) -> ServerEvent:
    """The event ``url`` names on its server, to work on as on a file. An event in an older format is first
    upgraded (after a backup copy, ``backup_before_upgrade``); one of a newer MeetGrid is refused."""
    target = resolve(url)
    with _connected(target, target.event) as connection:
        found = _check_format(connection, target)
    if found < SCHEMA_VERSION:
        _upgrade(target, found)
    with _connected(target, target.event) as connection:
        tables = inspect(connection)
        counted, logged = tables.has_table(CHANGES), tables.has_table(TABLE_CHANGES)
        if counted and not logged:  # shared by a MeetGrid that counted changes without their tables
            _lock_event(connection, target)
            assert target.event is not None
            _log_tables_changed(connection, target.event)
            logged = True
    return ServerEvent(target, _engine(target.database, target.event), counted, logged)
