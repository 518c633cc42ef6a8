"""Writers for tests/test_parallel.py, importable by the worker processes it starts."""

from __future__ import annotations

from pathlib import Path

from app.domain import Event


def write_name(event: Event, org_id: int, path: Path) -> Path:
    path.write_text(event.organisation_by_id[org_id].name, encoding="utf-8")
    return path


def refuse(event: Event, org_id: int, path: Path) -> Path:
    raise OSError(28, "No space left on device", str(path))
