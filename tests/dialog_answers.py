"""What the window's dialogs answer in tests, and what they were shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.domain import EventSettings
from app.reading.results import ImportResult


@dataclass
class Answers:
    """What the window's dialogs return, and what they were shown."""

    open_path: Path | None = None
    server_url: str | None = None
    workbook_path: Path | None = None
    settings: EventSettings | None = None
    save_path: Path | None = None
    export_folder: Path | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    reports: list[ImportResult] = field(default_factory=list)
