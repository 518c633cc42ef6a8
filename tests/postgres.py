"""A real PostgreSQL server for the tests: started in a temporary folder on the loopback address, stopped
at the end of the session.

The server programs come from Debian's ``postgresql`` package (``make test`` installs it where it is
missing). PostgreSQL refuses to run as root, so under root the server runs as the package's ``postgres``
user. Each test gets a database of its own on the one server.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from app.storage import EventFile
from app.storage.server import open_event, parse_event_url, share

USER = "meetgrid"
_numbers = itertools.count(1)


def server_programs() -> Path:
    """The folder of initdb and pg_ctl; AssertionError saying how to install them when missing."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    assert on_path, (
        "PostgreSQL's server programs (initdb, pg_ctl) are missing: `make test` installs them (Debian's "
        "postgresql package), or install it by hand"
    )
    return Path(on_path).resolve().parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server() -> Iterator[str]:
    """A server for the length of the ``with``; yields the URL of its ``postgres`` database."""
    programs = server_programs()
    folder = Path(tempfile.mkdtemp(prefix="meetgrid-postgres-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    port = _free_port()
    try:
        subprocess.run(
            [
                *as_user,
                str(programs / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            check=True,
            capture_output=True,
        )
        options = f"-k {folder} -h 127.0.0.1 -p {port} -F -c fsync=off"
        start = [
            *as_user,
            str(programs / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
        ]
        subprocess.run([*start, "-w", "start"], check=True, capture_output=True)
        _controls[port] = (start, [*as_user, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate"])
        try:
            yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}/postgres"
        finally:
            _controls.pop(port, None)
            subprocess.run(
                [*as_user, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_controls: dict[int, tuple[list[str], list[str]]] = {}
"""Per port of a running server, how to start it and how to stop it at once."""


@contextmanager
def stopped(url: str) -> Iterator[None]:
    """The server of ``url`` gone for the length of the ``with`` (stopped at once, as a pulled cable or a
    crashed server leaves it), then started again."""
    port = int(url.split("@", 1)[1].split("/", 1)[0].split(":")[1])
    start, stop = _controls[port]
    subprocess.run([*stop, "stop"], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run([*start, "-w", "start"], check=True, capture_output=True)


def fresh_database(server: str) -> str:
    """A new, empty database on the server; its URL."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    host_port = server.split("@", 1)[1].split("/", 1)[0]
    host, port = host_port.split(":")
    with psycopg.connect(host=host, port=port, user=USER, dbname="postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.rsplit("/", 1)[0] + f"/{name}"


def on_server(path: Path, database: str) -> EventFile:
    """The event of the event file ``path`` shared to a new database, opened there as the desks open it."""
    url = parse_event_url(database + "?event=day")
    share(path, url)
    return open_event(url)
