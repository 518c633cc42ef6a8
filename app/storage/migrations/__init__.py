"""Alembic migrations of the event file format, run from code: no ``alembic.ini`` and no ``env.py``.

Revision ids are the format numbers written with four digits (``"0002"`` is ``SCHEMA_VERSION`` 2), so a
MeetGrid can tell a file from a newer MeetGrid without knowing its migrations. The scripts in ``versions/``
ship inside the package (and as data files in the stand-alone build, see ``build.spec``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext, MigrationInfo
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

FOLDER = Path(__file__).resolve().parent
BASELINE = "0001"
"""The first released format, which files made before migrations existed are in."""


def revision_of(version: int) -> str:
    """The Alembic revision id of format ``version``."""
    return f"{version:04d}"


def version_of(revision: str) -> int | None:
    """The format number of a revision id, or None when it is not one MeetGrid writes."""
    return int(revision) if revision.isdigit() else None


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(FOLDER))
    return config


def scripts() -> ScriptDirectory:
    """The migration scripts in ``versions/``."""
    return ScriptDirectory.from_config(_config())


def stamp_newest(connection: Connection) -> None:
    """Record in a file just built from the current tables that it is in the newest format."""
    MigrationContext.configure(connection).stamp(scripts(), "head")


def upgrade(
    connection: Connection, *, stamped: bool, after_step: Callable[[str], None], to: str = "head"
) -> None:
    """Run every migration the file has not had yet, in the transaction already open on ``connection``.

    ``stamped`` is False for a file from before migrations existed, which is in the baseline format.
    ``after_step`` gets each revision id once its migration has run (still uncommitted). ``to`` stops at an
    older format (to build an empty file in the format of an event to copy as it is).
    """
    config = _config()
    script = ScriptDirectory.from_config(config)
    with EnvironmentContext(
        config, script, fn=lambda heads, _context: _steps(script, heads, to), destination_rev=to
    ) as environment:
        environment.configure(
            connection=connection,
            on_version_apply=lambda **applied: _report(applied, after_step),
        )
        if not stamped:
            environment.get_context().stamp(script, BASELINE)
        # With the caller's transaction open Alembic begins and commits nothing itself, so one failed step
        # rolls every step back.
        if not connection.in_transaction():
            raise RuntimeError("an event file is upgraded only inside a transaction")
        with environment.begin_transaction():
            environment.run_migrations()


def _steps(script: ScriptDirectory, heads: Any, to: str) -> Any:
    # What ``alembic upgrade head`` runs (``heads`` is a tuple there too); Alembic has no public name for it.
    return script._upgrade_revs(to, heads)


def _report(applied: dict[str, Any], after_step: Callable[[str], None]) -> None:
    step: MigrationInfo = applied["step"]
    if step.up_revision_id is not None:
        after_step(step.up_revision_id)
