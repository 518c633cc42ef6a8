"""The window without a mouse: every control named for screen readers, and the whole workflow (import,
plan, look at the timetable, export the agendas, print) done with key presses only."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from dialog_answers import Answers
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.paths import sample_workbook
from app.ui.import_wizard import ImportWizard
from app.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _unnamed(page: QWidget) -> list[str]:
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(page):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # not reached by the keyboard, or part of a control named as a whole
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()[:40]!r}")
    return found


def test_every_control_of_every_page_and_tab_has_a_name_for_screen_readers(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    f.planned_day(tmp_path / "day.meetgrid")[0].close()
    assert window.open_event(tmp_path / "day.meetgrid")
    window.show()
    unnamed: dict[str, list[str]] = {}
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        found = _unnamed(page)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found += [name for name in _unnamed(page) if name not in found]
        if found:
            unnamed[key] = found
    assert unnamed == {}


def test_every_button_and_menu_item_has_a_keyboard_accelerator(window: MainWindow, tmp_path: Path) -> None:
    f.planned_day(tmp_path / "day.meetgrid")[0].close()
    assert window.open_event(tmp_path / "day.meetgrid")
    window.show()
    without: set[str] = set()
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        buttons = [b for kind in (QPushButton, QCheckBox, QRadioButton) for b in page.findChildren(kind)]
        for button in buttons:
            # The badge colour buttons, one per group, show the colour chosen: reached with Tab.
            if button.text() and "&" not in button.text() and button.objectName() != "badge-colour":
                without.add(f"{key}: {button.text()}")
    for menu in window.menuBar().actions():
        assert "&" in menu.text()
        for action in menu.menu().actions():
            if action.text() and not action.isSeparator() and "&" not in action.text():
                without.add(f"{menu.text()}: {action.text()}")
    assert without == set()


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "something has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def test_import_plan_look_export_and_print_with_key_presses_only(
    window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ImportWizard] = []
    # The wizard as the organiser gets it (not the tests' driver): shown, and used from the keyboard.
    monkeypatch.setattr(window, "run_import", lambda wizard: opened.append(wizard) or wizard.open() or False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File ▸ New event from workbook
    (wizard,) = opened
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.file_page.path)
    _type(qtbot, str(sample_workbook()))
    with qtbot.waitSignal(wizard.examined, timeout=30_000):
        _key(qtbot, Qt.Key.Key_Return)
    while wizard.currentId() != wizard.last_page:
        here = wizard.currentId()
        _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Next
        qtbot.waitUntil(lambda here=here: wizard.currentId() != here, timeout=30_000)
    target = tmp_path / "keyboard.meetgrid"
    wizard.details_page.target.setFocus()
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, str(target))
    _key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Create the event
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=30_000)
    assert target.exists()
    window.activateWindow()  # the desktop gives the window the keyboard back when the wizard closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    window.plan_page.time_limit.setValue(5)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Plan ▸ Plan timetable
    event = window.session.current
    assert event is not None and event.meetings

    _key(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # View ▸ Timetable
    assert window.current_page() == "timetable"
    answers.export_folder = tmp_path / "out"
    reports: list[object] = []
    monkeypatch.setattr(window.print_page, "show_export_report", reports.append)  # its dialog, answered
    with qtbot.waitSignal(window.exported, timeout=60_000):
        _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File ▸ Export everything
    assert len(list((tmp_path / "out" / "agendas").glob("*.pdf"))) == len(event.organisations)
    assert len(reports) == 1 and answers.errors == []

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the system's print dialog, answered: to a file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked: list[int] = []
    monkeypatch.setattr(
        window.print_page, "ask_printer", lambda count, current: asked.append(count) or printer
    )
    with qtbot.waitSignal(window.print_page.printed, timeout=60_000) as printed:
        _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # File ▸ Print
    assert window.current_page() == "print"
    assert printed.args == [asked[0]] and asked[0] >= 1, "every page of the agendas printed"
    assert (tmp_path / "printed.pdf").stat().st_size > 0
