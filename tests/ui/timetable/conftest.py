"""Fixtures of the Timetable page's tests: the page opened on the planned day, on a day capped for Qingdao,
and on a day not planned yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui.timetable.timetables import (
    Opened,
    day,
    open_page,
    stored_event,
)


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "day.meetgrid", day()))


@pytest.fixture
def capped(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "capped.meetgrid", day(cap_qingdao=True)))


@pytest.fixture
def unplanned(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "new.meetgrid", day(), meetings=()))
