"""Upgrading event files from older MeetGrids: the first released format opens after a backup copy, a failed
upgrade changes nothing, and a file from a newer MeetGrid is refused."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime, time
from pathlib import Path

import factories as f
import pytest
from sqlalchemy import create_engine

from app.domain import Interpreter, Interpreting, Meeting, Period, Precedence, SolverRun, Tier
from app.errors import EventFileError
from app.storage import SCHEMA_VERSION, EventFile, migrations
from app.storage.event_file import backups_folder, backups_of
from tests.factories import uncoded

FIRST_RELEASE = Path(__file__).parents[1] / "data" / "event-format-1.meetgrid"
"""Made by MeetGrid 0.1 before migrations existed; tests/data/README.md says how."""


def old_file(tmp_path: Path, name: str = "day.meetgrid") -> Path:
    path = tmp_path / name
    shutil.copyfile(FIRST_RELEASE, path)
    return path


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def schema_of(path: Path) -> dict[str, object]:
    """Each table's columns, keys, indexes and checks, whatever order its CREATE TABLE lists them in."""
    shape: dict[str, object] = {}
    for name, sql in query(path, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        indexes = set()
        for _seq, index, unique, origin, _partial in query(path, f"PRAGMA index_list('{name}')"):
            columns = tuple(row[2] for row in query(path, f"PRAGMA index_info('{index}')"))
            indexes.add((None if origin != "c" else index, unique, origin, columns))
        shape[str(name)] = (
            query(path, f"PRAGMA table_info('{name}')"),
            sorted(row[2:] for row in query(path, f"PRAGMA foreign_key_list('{name}')")),
            indexes,
            sorted(re.findall(r"CONSTRAINT (\w+) CHECK \((.*)\)", str(sql))),
        )
    return shape


def dump_of(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_the_fixture_is_a_file_of_the_first_release() -> None:
    assert query(FIRST_RELEASE, "PRAGMA user_version") == [(1,)]
    assert query(FIRST_RELEASE, "SELECT name FROM sqlite_master WHERE name = 'alembic_version'") == []


def test_a_file_of_the_first_release_opens_with_all_its_data(tmp_path: Path) -> None:
    path = old_file(tmp_path)
    with EventFile.open(path) as event_file:
        loaded = event_file.load()
        meta = event_file.meta()
    day = f.delegation_day()
    assert loaded.settings == day.settings
    # Format 3: meetings without a shared language go ahead, and interpreters on them are a goal.
    assert loaded.settings.interpreting is Interpreting.PREFERRED
    assert loaded.settings.tiers == (Tier.FAIRNESS, Tier.REQUESTS, Tier.INTERPRETING, Tier.IDLE_GAPS)
    assert loaded.organisations == day.organisations
    assert uncoded(loaded.participants) == day.participants
    assert loaded.requests == day.requests
    assert loaded.apart == ((3, 7),)
    assert loaded.precedences == (Precedence((1, 5), (1, 4)),)
    assert uncoded(loaded.interpreters) == (
        Interpreter(
            1, "刘梅 Liu Mei", ("Chinese", "Norwegian"), time(13), time(16), (Period(time(14), time(14, 15)),)
        ),
    )
    assert loaded.meetings == (
        Meeting(1, 2, 1, (1, 4), (1, 2, 5), locked=True),
        Meeting(2, 3, 2, (2, 5), (3, 6), interpreter_id=1),
        Meeting(3, 4, 1, (3, 6), (4, 7)),
    )
    assert loaded.last_run == SolverRun("OPTIMAL", 42.0, 42.0, 0.25, datetime(2026, 6, 9, 12, 0))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["created_by"] == "MeetGrid 0.1.0"
    assert query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert query(path, "SELECT version_num FROM alembic_version") == [
        (migrations.revision_of(SCHEMA_VERSION),)
    ]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


def test_the_backup_before_an_upgrade_is_the_untouched_old_file(tmp_path: Path) -> None:
    path = old_file(tmp_path)
    with EventFile.open(path) as event_file:
        backup = event_file.upgrade_backup
    assert backup is not None
    assert backup.parent == tmp_path / "day backups"
    assert backup.name.startswith("day ") and backup.name.endswith(" before upgrade.meetgrid")
    assert backups_of(path) == [backup]
    assert dump_of(backup) == dump_of(FIRST_RELEASE)
    assert query(backup, "PRAGMA user_version") == [(1,)]
    with EventFile.open(path) as event_file:
        assert event_file.upgrade_backup is None
    assert backups_of(path) == [backup]


def test_an_upgraded_file_has_the_tables_of_a_new_one(tmp_path: Path) -> None:
    upgraded = old_file(tmp_path)
    EventFile.open(upgraded).close()
    new = tmp_path / "new.meetgrid"
    f.event_file(new, f.delegation_day()).close()
    assert schema_of(upgraded) == schema_of(new)
    assert query(new, "SELECT version_num FROM alembic_version") == [
        (migrations.revision_of(SCHEMA_VERSION),)
    ]


def test_the_migrations_from_an_empty_file_build_the_tables_of_a_new_one(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch.meetgrid"
    engine = create_engine(f"sqlite:///{scratch}")
    with engine.begin() as connection:
        migrations.upgrade(connection, stamped=True, after_step=lambda _revision: None)
    engine.dispose()
    new = tmp_path / "new.meetgrid"
    f.event_file(new, f.delegation_day()).close()
    assert schema_of(scratch) == schema_of(new)


def test_the_revisions_are_the_format_numbers_in_one_line() -> None:
    script = migrations.scripts()
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert chain == [migrations.revision_of(v) for v in range(SCHEMA_VERSION, 0, -1)]
    assert script.get_heads() == [migrations.revision_of(SCHEMA_VERSION)]


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = old_file(tmp_path)
    # An index of the name the last step creates makes that step fail after the earlier ones ran.
    connection = sqlite3.connect(path)
    connection.execute("CREATE INDEX ix_precedence_then_b_id ON precedence (then_b_id, then_a_id)")
    connection.close()
    before = dump_of(path)
    with pytest.raises(EventFileError) as caught:
        EventFile.open(path)
    message = str(caught.value)
    assert message.startswith("day.meetgrid: could not be upgraded from file format 1 to")
    assert "ix_precedence_then_b_id already exists" in message
    assert "the file is unchanged" in message
    assert dump_of(path) == before
    assert query(path, "PRAGMA user_version") == [(1,)]
    assert (
        query(path, "SELECT name FROM sqlite_master WHERE name IN ('ix_break_day_id', 'alembic_version')")
        == []
    )
    (backup,) = backups_of(path)
    assert str(backup) in message
    assert dump_of(backup) == before

    connection = sqlite3.connect(path)
    connection.execute("DROP INDEX ix_precedence_then_b_id")
    connection.close()
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == 3


def test_no_upgrade_without_a_backup_copy(tmp_path: Path) -> None:
    path = old_file(tmp_path)
    backups_folder(path).write_text("a file where the backups folder would go")
    with pytest.raises(
        EventFileError, match=r"day\.meetgrid: cannot keep a backup copy in .*nothing was changed"
    ):
        EventFile.open(path)
    assert query(path, "PRAGMA user_version") == [(1,)]


@pytest.mark.parametrize("revision", [migrations.revision_of(SCHEMA_VERSION + 1), "3fa2c0e1b7d9"])
def test_a_file_from_a_newer_meetgrid_is_refused_by_its_revision(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "new.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    with pytest.raises(EventFileError) as caught:
        EventFile.open(path)
    assert str(caught.value) == (
        f"new.meetgrid: was saved by a newer MeetGrid (file format {SCHEMA_VERSION + 1}, this MeetGrid reads "
        f"up to {SCHEMA_VERSION}); update MeetGrid to open it"
    )
    assert not backups_folder(path).exists()


def test_a_file_without_a_format_is_refused(tmp_path: Path) -> None:
    path = old_file(tmp_path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")
    connection.close()
    with pytest.raises(EventFileError, match="was never completely written"):
        EventFile.open(path)
