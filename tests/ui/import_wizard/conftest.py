"""Fixtures of the import wizard's tests: a wizard shown offscreen and shut down after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.ui.app import application
from app.ui.import_wizard.wizard import ImportWizard


@pytest.fixture
def wizard(qtbot: QtBot) -> Iterator[ImportWizard]:
    application()
    w = ImportWizard()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()
