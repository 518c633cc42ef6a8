"""Focus that shows: a clear ring around the control the keyboard is on.

Qt's Fusion style marks a focused button or check box with a one-pixel line in the highlight colour, hard to
find on a busy page. ``FocusStyle`` wraps whatever style the system gives and draws a two-pixel ring in the
highlight colour around the focused control, once the organiser moves with the keyboard (a mouse click
keeps the usual look, as Qt's own ``State_KeyboardFocusChange`` says)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

RING = 2
"""The ring's width in pixels."""

_CONTROLS = {
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
    QStyle.ControlElement.CE_TabBarTab,
    QStyle.ControlElement.CE_ToolButtonLabel,
}
_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
    QStyle.ComplexControl.CC_Slider,
}


def _keyboard_focus(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus) and bool(
        state & QStyle.StateFlag.State_KeyboardFocusChange
    )


def _ring(option: QStyleOption, painter: QPainter, rect: QRect | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), RING)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING // 2
    painter.drawRoundedRect((rect or option.rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class FocusStyle(QProxyStyle):
    """The system's style, with the focused control ringed (see the module)."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS and _keyboard_focus(option):
            _ring(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and _keyboard_focus(option):
            _ring(option, painter)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        # The current cell of a table or list: a ring, not a hairline.
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and (
            option.state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            _ring(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and _keyboard_focus(option):
            _ring(option, painter)
