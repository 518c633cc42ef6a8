"""Where the keyboard is, seen and followed: Tab reaches every control of every page, in order, and always
on screen; the control it is on wears a ring in the highlight colour (``app.ui.focus``)."""

from __future__ import annotations

from pathlib import Path

import factories as f
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.focus import RING
from app.ui.main_window import MainWindow


def _ringed_share(image: QImage, rect: QRect, colour: QColor) -> float:
    """The share of the pixels along ``rect``'s edge (the ring's band) that are close to ``colour``."""
    band = [
        QPoint(x, y)
        for x in range(rect.left() + 3, rect.right() - 3)
        for y in range(rect.top() + RING // 2, rect.top() + RING // 2 + 1)
    ] + [
        QPoint(x, y)
        for y in range(rect.top() + 3, rect.bottom() - 3)
        for x in range(rect.left() + RING // 2, rect.left() + RING // 2 + 1)
    ]

    def close(point: QPoint) -> bool:
        pixel = image.pixelColor(point)
        return (
            abs(pixel.red() - colour.red())
            + abs(pixel.green() - colour.green())
            + abs(pixel.blue() - colour.blue())
            < 60
        )

    return sum(1 for p in band if close(p)) / len(band)


def _form(qtbot: QtBot) -> tuple[QWidget, list[QWidget]]:
    form = QWidget()
    layout = QVBoxLayout(form)
    controls: list[QWidget] = [
        QLineEdit("Qingdao"),
        QPushButton("&Plan"),
        QCheckBox("&Agreed meetings"),
        QComboBox(),
        QSpinBox(),
    ]
    for control in controls:
        layout.addWidget(control)
    qtbot.addWidget(form)
    form.resize(300, 260)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form, controls


def test_the_control_reached_with_tab_wears_a_ring_a_mouse_click_does_not(qtbot: QtBot) -> None:
    form, controls = _form(qtbot)
    highlight = form.palette().color(QPalette.ColorRole.Highlight)
    qtbot.mouseClick(controls[1], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is controls[1]
    clicked = _ringed_share(form.grab().toImage(), controls[1].geometry(), highlight)
    assert clicked < 0.3, "a click keeps the usual look"
    controls[-1].setFocus()
    shares = {}
    for control in controls:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the last control round to the first
        focused = QApplication.focusWidget()
        assert focused is control or focused.parent() is control, "Tab goes down the form in order"
        shares[type(control).__name__] = _ringed_share(form.grab().toImage(), control.geometry(), highlight)
    assert all(share > 0.7 for share in shares.values()), shares


def test_the_current_cell_of_a_table_reached_with_the_keyboard_is_ringed(qtbot: QtBot) -> None:
    table = QTableWidget(3, 3)
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    index = table.currentIndex()
    assert (index.row(), index.column()) in {(1, 1), (1, 2)}
    cell = table.visualRect(index).translated(table.viewport().mapTo(table, QPoint(0, 0)))
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    assert _ringed_share(table.grab().toImage(), cell, highlight) > 0.5


def _reachable(page: QWidget) -> list[QWidget]:
    """The controls of ``page`` that Tab must reach: shown, enabled, taking focus from Tab, not a part of
    another control (a spin box's or a combo box's text field)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)) or isinstance(widget, QTabWidget):
            continue
        group = widget.group() if isinstance(widget, QRadioButton) else None
        if group is not None and group.exclusive() and widget is not group.buttons()[0]:
            continue  # Tab goes to one button of a group (the chosen one), the arrows to the others
        found.append(widget)
    return found


def test_tab_reaches_every_control_of_every_page_each_on_screen_and_never_a_bare_scroll_area(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    f.planned_day(tmp_path / "day.meetgrid")[0].close()
    assert window.open_event(tmp_path / "day.meetgrid")
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    missed: dict[str, list[str]] = {}
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        tab_widgets = page.findChildren(QTabWidget) or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                QApplication.processEvents()
                wanted = _reachable(page)
                if not wanted:
                    continue
                wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
                reached = []
                for _ in range(3 * len(wanted) + 10):
                    focused = QApplication.focusWidget()
                    assert focused is not None
                    assert not isinstance(focused, QScrollArea), f"{key}: Tab stops on a bare scroll area"
                    if page.isAncestorOf(focused):
                        assert not focused.visibleRegion().isEmpty(), f"{key}: {focused} has focus off screen"
                        reached.append(focused.focusProxy() or focused)
                        if isinstance(focused, QRadioButton) and focused.group() is not None:
                            reached += focused.group().buttons()
                    qtbot.keyClick(focused, Qt.Key.Key_Tab)
                where = key if tabs is None else f"{key} / {tabs.tabText(index)}"
                left_out = [
                    f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()!r}"
                    for w in wanted
                    if w not in reached
                ]
                if left_out:
                    missed[where] = left_out
    assert missed == {}
