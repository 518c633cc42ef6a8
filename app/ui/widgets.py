"""Pieces every page builds the same way: a bold heading, the panel shown when there is nothing yet, and the
yellow band of warnings."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

ROWS_MEASURED = 100
"""Rows a table measures, around those in sight, to fit its columns to their contents: a large event's
thousands of rows are not all measured (``QHeaderView.setResizeContentsPrecision``)."""

EMPTY_WIDTH_LINES = 26
"""The width of an empty page's message, in lines of text: it reads as a short paragraph at any DPI."""


def heading(text: str, parent: QWidget, *, scale: float = 1.0) -> QLabel:
    """A bold label in the parent's font, ``scale`` times its size."""
    label = QLabel(text)
    font = QFont(parent.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def empty_state(parent: QWidget, *below: QWidget) -> tuple[QLabel, QWidget]:
    """A page's panel for when there is nothing to show yet: a centred message (rich text, set by the page)
    with the widgets ``below`` it (a button that leads on). Returns the message label and the panel."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedWidth(parent.fontMetrics().height() * EMPTY_WIDTH_LINES)
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addStretch(1)
    # Centred by stretches, not by alignment: a label aligned in its layout loses its wrapped height.
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(label)
    centred.addStretch(1)
    layout.addLayout(centred)
    for widget in below:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    return label, panel


WARNING_BACKGROUND = "#FFE066"
WARNING_TEXT = "#1A1A1A"
WARNING_EDGE = "#C9A227"


def warning_band() -> QLabel:
    """A yellow band with dark text, for what the organiser must not miss (``show_warnings``); hidden while
    there is nothing to say. Its colours are fixed, so it reads the same in a dark theme."""
    band = QLabel()
    band.setObjectName("warning-band")
    band.setTextFormat(Qt.TextFormat.RichText)
    band.setWordWrap(True)
    band.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    em = band.fontMetrics().height()
    band.setStyleSheet(
        f"QLabel#warning-band {{ background-color: {WARNING_BACKGROUND}; color: {WARNING_TEXT}; "
        f"border: 1px solid {WARNING_EDGE}; border-radius: {em // 4}px; padding: {em // 3}px {em // 2}px; }}"
    )
    band.hide()
    return band


def show_warnings(band: QLabel, title: str, warnings: Sequence[str]) -> None:
    """Show ``warnings`` under a bold ``title`` in the band, one a line; hide the band when there are none."""
    band.setVisible(bool(warnings))
    if not warnings:
        band.clear()
        return
    items = "<br>".join(f"• {html.escape(w[:1].upper() + w[1:])}" for w in warnings)
    band.setText(f"<b>{html.escape(title)}</b><br>{items}")


def tab_leaves_tables(root: QWidget) -> None:
    """Tab moves on from every table in ``root`` (Qt's tables keep Tab for going from cell to cell, a trap
    for an organiser working from the keyboard); the arrow keys move between the cells."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
