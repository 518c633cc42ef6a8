"""An event on a server in an older format: upgraded by the same migrations as a file, after a backup copy
(pg_dump's archive where pg_dump is installed, else an event file in the old format), all or nothing."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import factories as f
import psycopg
import pytest
from sqlalchemy import create_engine, text

from app.domain import Meeting
from app.errors import EventFileError
from app.services import event_day
from app.storage import SCHEMA_VERSION, EventFile, migrations, server
from app.storage.server import EventURL, fetch, open_event, parse_event_url, server_backups_folder
from tests.factories import uncoded
from tests.storage.test_migrations import FIRST_RELEASE, query

OLD = (
    Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True),
    Meeting(2, 3, 2, (2, 5), (3, 6), interpreter_id=1),
    Meeting(3, 4, 1, (3, 6), (4, 7)),
)
"""The meetings of the first release's event (tests/data/event-format-1.meetgrid)."""


def old_event_on(server_url: str, name: str = "day") -> EventURL:
    """The first release's event on the server as the MeetGrid of format 1 would have shared it."""
    url = parse_event_url(f"{server_url}?event={name}")
    engine = create_engine(url.database)
    reader = create_engine(f"sqlite:///{FIRST_RELEASE}")
    with engine.begin() as connection, reader.connect() as source:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
        connection.execute(text(f'SET LOCAL search_path TO "{name}"'))
        migrations.upgrade(connection, stamped=True, after_step=lambda _r: None, to=migrations.revision_of(1))
        server._copy_as_it_is(source, connection)
        server._count_changes(connection, name)
    engine.dispose()
    reader.dispose()
    return url


def version_on(server_url: str, name: str = "day") -> list[tuple[object, ...]]:
    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return connection.execute(f'SELECT version_num FROM "{name}".alembic_version').fetchall()


def test_an_event_of_the_first_release_on_a_server_is_upgraded_with_all_its_data(
    tmp_path: Path, server_url: str
) -> None:
    url = old_event_on(server_url)
    assert version_on(server_url) == [("0001",)]
    with open_event(url) as one, open_event(url) as two:
        loaded = one.load()
        two.load()
        # The tables the upgrade made count their changes too: a check-in at one desk shows at the other.
        event_day.check_in(one, 5, datetime(2026, 6, 9, 12, 40), loaded)
        assert two.changes() != two.known_changes
        meta = one.meta()
    day = f.delegation_day()
    assert loaded.settings == day.settings
    assert loaded.organisations == day.organisations
    assert uncoded(loaded.participants) == day.participants
    assert loaded.requests == day.requests
    assert loaded.meetings == OLD
    assert version_on(server_url) == [(migrations.revision_of(SCHEMA_VERSION),)]
    assert meta["schema_version"] == str(SCHEMA_VERSION) and meta["upgraded_by"].startswith("MeetGrid ")
    # The copy before the upgrade: pg_dump's archive of the event's schema, with the old rows.
    (archive,) = server_backups_folder(url).glob("day * format 1 before upgrade.dump")
    listing = subprocess.run(
        ["pg_restore", "--list", str(archive)], capture_output=True, text=True, check=True
    )
    assert "SCHEMA - day" in listing.stdout and "TABLE DATA day meeting" in listing.stdout
    # Opened again, it is upgraded already: no second copy.
    open_event(url).close()
    assert len(list(server_backups_folder(url).glob("day *"))) == 1


def test_without_pg_dump_the_copy_before_the_upgrade_is_an_event_file_in_the_old_format(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "PG_DUMP", "pg_dump-not-installed")
    url = old_event_on(server_url)
    with open_event(url) as desk:
        upgraded = desk.load()
    (copy,) = server_backups_folder(url).glob("day * before upgrade.meetgrid")
    assert query(copy, "PRAGMA user_version") == [(1,)]
    assert query(copy, "SELECT version_num FROM alembic_version") == [("0001",)]
    kept = tmp_path / "kept.meetgrid"
    kept.write_bytes(copy.read_bytes())
    with EventFile.open(kept) as event_file:  # any MeetGrid opens it, upgrading it as a file
        reopened = event_file.load()
    # The same event (the upgrade gives people and interpreters new badge codes, at random).
    assert (reopened.settings, reopened.organisations, reopened.requests, reopened.meetings) == (
        upgraded.settings,
        upgraded.organisations,
        upgraded.requests,
        upgraded.meetings,
    )
    assert uncoded(reopened.participants) == uncoded(upgraded.participants)
    assert upgraded.meetings == OLD


def test_a_failed_upgrade_leaves_the_event_on_the_server_as_it_was(tmp_path: Path, server_url: str) -> None:
    url = old_event_on(server_url)
    # An index of the name a later step creates makes that step fail after the earlier ones ran.
    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute("CREATE INDEX ix_precedence_then_b_id ON day.precedence (then_b_id, then_a_id)")
    with pytest.raises(EventFileError) as caught:
        open_event(url)
    message = str(caught.value)
    assert "could not be upgraded from format 1 to" in message
    assert "the event on the server is unchanged" in message and "before upgrade.dump" in message
    assert version_on(server_url) == [("0001",)]
    # Fetched, it is the first release's event in its own format: a file that opens (upgraded), to work on
    # offline until the server's event is repaired.
    path = fetch(url, tmp_path / "fetched.meetgrid")
    assert query(path, "PRAGMA user_version") == [(1,)]
    with EventFile.open(path) as event_file:
        assert event_file.load().meetings == OLD
