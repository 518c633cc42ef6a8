"""Fixtures of the Event setup page's tests: a session closed at the end of each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.ui.session import EventSession


@pytest.fixture
def session(qtbot: QtBot) -> Iterator[EventSession]:
    opened = EventSession()
    yield opened
    opened.close(emit=False)
