"""Shared fixtures: every test runs away from the organiser's real settings and files."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain import Event
from app.storage import EventFile


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        target = home / sub if sub else home
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(target))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server for the session (see ``tests/postgres.py``); the URL of its own database."""
    from postgres import running_server

    with running_server() as url:
        yield url


@pytest.fixture
def server_url(postgres_server: str) -> str:
    """The URL of a new, empty database on the test server."""
    from postgres import fresh_database

    return fresh_database(postgres_server)


@pytest.fixture(params=["file", "server"])
def store(request: pytest.FixtureRequest) -> Callable[[Path, Event], EventFile]:
    """Stores an event (registrations and meetings) in an event file, and (the second time) on a PostgreSQL
    server, opened there."""
    import factories
    from postgres import on_server

    from app.services import edits

    def stored(path: Path, event: Event) -> EventFile:
        file = factories.event_file(path, event)
        if event.meetings:
            edits.change_meetings(file, event.meetings)
        if request.param == "file":
            return file
        file.close()
        return on_server(path, request.getfixturevalue("server_url"))

    return stored


@pytest.fixture(autouse=True)
def _automatic_collection_outside_the_window(request: pytest.FixtureRequest) -> None:
    """The window's tests collect on the GUI thread only, as the window does (``app.ui.collector``); the
    others with Python's automatic collection, as the command line does."""
    if "ui" not in request.path.relative_to(Path(__file__).parent).parts and not gc.isenabled():
        gc.enable()
