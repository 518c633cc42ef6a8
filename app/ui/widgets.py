"""Pieces every page builds the same way: a bold heading, and the panel shown when there is nothing yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
