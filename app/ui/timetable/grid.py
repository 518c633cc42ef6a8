"""How the grid of the Timetable page draws a new day: a line above its first row, in the cells and in the row
header."""

from __future__ import annotations

from PySide6.QtCore import (
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.models.rows import Index
from app.ui.models.timetable import (
    FIRST_OF_DAY_ROLE,
    INTERPRETING_COLOUR,
    INTERPRETING_ROLE,
    MARK_COLOUR,
)


def _day_line_width(widget: QWidget) -> int:
    return max(2, widget.fontMetrics().height() // 8)


class DayLineDelegate(QStyledItemDelegate):
    """Draws cells as usual, with a line above the first row of each new day and an amber frame round a
    meeting that needs interpreting."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        widget = self.parent()
        width = _day_line_width(widget) if isinstance(widget, QWidget) else 2
        rect: QRect = option.rect
        if index.data(INTERPRETING_ROLE):
            painter.save()
            painter.setPen(QPen(QColor(INTERPRETING_COLOUR), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = width // 2 + 1
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
            painter.restore()
        if index.data(FIRST_OF_DAY_ROLE):
            painter.save()
            painter.setPen(QPen(QColor(MARK_COLOUR), width))
            painter.drawLine(rect.left(), rect.top() + width // 2, rect.right(), rect.top() + width // 2)
            painter.restore()


class DayHeader(QHeaderView):
    """The slots' header, with the same line above the first slot of each new day."""

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logicalIndex)
        painter.restore()
        model = self.model()
        if model is not None and model.headerData(logicalIndex, self.orientation(), FIRST_OF_DAY_ROLE):
            width = _day_line_width(self)
            painter.save()
            painter.setPen(QPen(QColor(MARK_COLOUR), width))
            painter.drawLine(rect.left(), rect.top() + width // 2, rect.right(), rect.top() + width // 2)
            painter.restore()
