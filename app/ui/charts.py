"""Two small charts drawn with QPainter: a solve's progress over time, and labelled bars.

Sizes come from the widget's font metrics and colours from its palette, so the charts stay readable at any
scale factor and in a dark theme. Both only keep a few numbers and repaint on demand: feeding them never
blocks the window.

Over 400 lines because each chart's scaling, ticks and painting belong together.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain import Tier
from app.services.planning import SolveProgress

REPAINT_MS = 100
"""The progress chart repaints at most this often, however fast the planner reports."""

MAX_POINTS = 2000
"""Changes kept per curve; beyond it every other one is dropped, so a long solve costs bounded memory."""


def nice_step(span: float, count: int, *, whole: bool = False) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about ``count`` ticks over ``span``."""
    raw = span / max(count, 1)
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-9))
    return max(1.0, round(step)) if whole else step


def nice_ticks(low: float, high: float, count: int, *, whole: bool = False) -> list[float]:
    """Tick values on round numbers that cover [low, high]; the first and last enclose the range."""
    if high <= low:
        high = low + 1
    step = nice_step(high - low, count, whole=whole)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    steps = round((last - first) / step)
    return [first + i * step for i in range(steps + 1)]


def tick_label(value: float, ticks: Sequence[float]) -> str:
    """The value with as many decimals as the tick step needs, and no "-0"."""
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else 1.0
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
    text = f"{value:.{decimals}f}"
    return "0" if text.strip("-0.") == "" else text


def decimate(points: Sequence[QPointF]) -> list[QPointF]:
    """At most four points per pixel column (first, lowest, highest, last): the line looks the same and
    drawing it costs the widget's width, not the number of points."""
    if len(points) <= 4:
        return list(points)
    kept: list[QPointF] = []
    column: list[QPointF] = []
    column_x = math.floor(points[0].x())
    for point in points:
        x = math.floor(point.x())
        if x != column_x and column:
            kept += _column_extremes(column)
            column = []
            column_x = x
        column.append(point)
    kept += _column_extremes(column)
    return kept


def _column_extremes(column: list[QPointF]) -> list[QPointF]:
    if len(column) <= 4:
        return column
    low = min(column, key=QPointF.y)
    high = max(column, key=QPointF.y)
    middle = sorted((low, high), key=column.index)
    return [column[0], *middle, column[-1]]


def _contrasting(colour: QColor, background: QColor) -> QColor:
    """The colour itself when it stands out from the background, else the background's opposite."""
    if abs(colour.lightnessF() - background.lightnessF()) >= 0.3:
        return colour
    return QColor(Qt.GlobalColor.black if background.lightnessF() > 0.5 else Qt.GlobalColor.white)


def _number(value: float, form: str = "g", precision: int = 6) -> str:
    """A number as the window's language writes it (0,45 in Norwegian and Spanish), without thousands
    separators, as a chart's scale shows it."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), form, precision)


class _Chart(QWidget):
    """What both charts share: font-based spacing, palette colours, a title line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        return QSize(round(metrics.averageCharWidth() * 70), round(metrics.height() * 18))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        return QSize(round(metrics.averageCharWidth() * 30), round(metrics.height() * 9))

    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def _ink(self) -> QColor:
        return _contrasting(self._colour(QPalette.ColorRole.Text), self._colour(QPalette.ColorRole.Base))

    def _accent(self) -> QColor:
        return _contrasting(self._colour(QPalette.ColorRole.Highlight), self._colour(QPalette.ColorRole.Base))

    def _muted(self) -> QColor:
        """Grid lines: the text colour, faded towards the background."""
        colour = QColor(self._ink())
        colour.setAlphaF(0.18)
        return colour

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _draw_message(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(self._ink())
        painter.setFont(self.font())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _draw_value_axis(self, painter: QPainter, plot: QRectF, ticks: Sequence[float], to_y: _Scale) -> None:
        metrics = QFontMetricsF(self.font())
        for value in ticks:
            y = to_y(value)
            painter.setPen(QPen(self._muted(), 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(self._ink())
            text = tick_label(value, ticks)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - self._em() * 0.4, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


@dataclass
class _Scale:
    """Maps data values onto a pixel span."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.start + (value - self.low) / span * (self.end - self.start)


# -- progress -------------------------------------------------------------------------------------------


@dataclass
class _Curve:
    """A step curve: the value changes at each point and holds until the next."""

    points: list[tuple[float, float]] = field(default_factory=list)

    def add(self, elapsed: float, value: float | None) -> None:
        if value is None or not math.isfinite(value):
            return
        if self.points and self.points[-1][1] == value:
            return
        self.points.append((elapsed, value))
        if len(self.points) > MAX_POINTS:
            self.points = [*self.points[:-1:2], self.points[-1]]


@dataclass
class _Segment:
    """The reports of one tier, from its first to its latest."""

    tier: Tier
    start: float
    end: float
    reports: int = 0
    last: SolveProgress | None = None
    objective: _Curve = field(default_factory=_Curve)
    bound: _Curve = field(default_factory=_Curve)


class ProgressChart(_Chart):
    """The best timetable's value and the proven bound over time, for the tier being optimised.

    Feed it every ``SolveProgress`` of a solve with ``add`` and start afresh with ``clear``. A new tier
    starts the curve again; the tiers already done are listed above it with their last value.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[_Segment] = []
        self.setAccessibleName(self.tr("Planning progress"))
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_MS)
        self._repaint.timeout.connect(self.update)

    # -- feeding ----------------------------------------------------------------------------------------

    def add(self, progress: SolveProgress) -> None:
        """Record one report of the planner; the chart repaints shortly after, once for many reports."""
        elapsed = progress.elapsed if math.isfinite(progress.elapsed) else 0.0
        current = self._segments[-1] if self._segments else None
        if current is None or current.tier != progress.tier:
            current = _Segment(progress.tier, elapsed, elapsed)
            self._segments.append(current)
        current.end = max(current.end, elapsed)
        current.start = min(current.start, elapsed)
        current.reports += 1
        current.last = progress
        current.objective.add(elapsed, progress.objective)
        current.bound.add(elapsed, progress.bound)
        if not self._repaint.isActive():
            self._repaint.start()

    def clear(self) -> None:
        self._segments = []
        self.update()

    # -- what it shows ----------------------------------------------------------------------------------

    def tier(self) -> Tier | None:
        """The tier whose curve is shown."""
        return self._segments[-1].tier if self._segments else None

    def report_count(self) -> int:
        """Reports received for the tier shown."""
        return self._segments[-1].reports if self._segments else 0

    def objective_points(self) -> tuple[tuple[float, float], ...]:
        """(elapsed seconds, value) at each change of the best timetable's value, for the tier shown."""
        return tuple(self._segments[-1].objective.points) if self._segments else ()

    def bound_points(self) -> tuple[tuple[float, float], ...]:
        return tuple(self._segments[-1].bound.points) if self._segments else ()

    def x_range(self) -> tuple[float, float] | None:
        """Elapsed seconds of the tier's first and latest report."""
        return (self._segments[-1].start, self._segments[-1].end) if self._segments else None

    def y_range(self) -> tuple[float, float] | None:
        """Lowest and highest value of the tier's curves; None before any value is known."""
        values = [v for _, v in (*self.objective_points(), *self.bound_points())]
        return (min(values), max(values)) if values else None

    def finished_tiers(self) -> tuple[tuple[Tier, float | None], ...]:
        """The tiers done before the one shown, with their last value."""
        return tuple(
            (segment.tier, segment.last.objective if segment.last else None)
            for segment in self._segments[:-1]
        )

    def tier_name(self, tier: Tier) -> str:
        return {
            Tier.FAIRNESS: self.tr("Fairness: meetings for the worst-off (higher is better)"),
            Tier.REQUESTS: self.tr("Requests: value of the meetings held (higher is better)"),
            Tier.IDLE_GAPS: self.tr("Idle gaps between meetings (lower is better)"),
            Tier.INTERPRETING: self.tr("Meetings with an interpreter (higher is better)"),
        }[tier]

    def short_tier_name(self, tier: Tier) -> str:
        return {
            Tier.FAIRNESS: self.tr("fairness"),
            Tier.REQUESTS: self.tr("requests"),
            Tier.IDLE_GAPS: self.tr("idle gaps"),
            Tier.INTERPRETING: self.tr("interpreters"),
        }[tier]

    def gap_text(self) -> str:
        """How far the best timetable may still be from the best possible, as the chart writes it."""
        last = self._segments[-1].last if self._segments else None
        gap = last.gap if last is not None else None
        if gap is None:
            return self.tr("Gap: not known yet")
        if gap == 0:
            return self.tr("Gap: 0 % (proven best)")
        return self.tr("Gap: {gap} %").replace("{gap}", _number(100 * gap, "f", 1))

    def finished_text(self) -> str:
        parts = []
        for tier, value in self.finished_tiers():
            parts.append(f"{self.short_tier_name(tier)} {'–' if value is None else _number(value)}")
        return self.tr("Done: ") + " · ".join(parts) if parts else ""

    # -- drawing ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        em = self._em()
        metrics = QFontMetricsF(self.font())
        bold = QFontMetricsF(self._bold())
        area = QRectF(self.rect()).adjusted(em * 0.6, em * 0.4, -em * 0.6, -em * 0.4)
        segment = self._segments[-1] if self._segments else None
        if segment is None:
            self._draw_message(
                painter, area, self.tr("Plan the timetable to follow the planner's progress here.")
            )
            return

        # Header: the tier and the gap, then the legend and the tiers already done.
        painter.setFont(self._bold())
        painter.setPen(self._ink())
        gap = self.gap_text()
        gap_width = bold.horizontalAdvance(gap)
        title_box = QRectF(area.left(), area.top(), area.width() - gap_width - em, bold.height())
        title = bold.elidedText(self.tier_name(segment.tier), Qt.TextElideMode.ElideRight, title_box.width())
        painter.drawText(title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.drawText(
            QRectF(area.right() - gap_width, area.top(), gap_width, bold.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            gap,
        )
        painter.setFont(self.font())
        legend_top = area.top() + bold.height() + em * 0.3
        legend_end = self._draw_legend(painter, QPointF(area.left(), legend_top))
        done = self.finished_text()
        if done:
            room = area.right() - legend_end - em
            painter.drawText(
                QRectF(legend_end + em, legend_top, room, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(done, Qt.TextElideMode.ElideLeft, room),
            )

        top = legend_top + metrics.height() + em * 0.6
        bottom = area.bottom() - metrics.height() * 2 - em * 0.3
        if bottom - top < em * 2:
            return
        x_low = segment.start
        x_high = segment.end if segment.end > segment.start else segment.start + 1.0
        y_values = [v for _, v in (*segment.objective.points, *segment.bound.points)]
        if y_values:
            y_low, y_high = min(y_values), max(y_values)
            if y_high - y_low < 1e-9:
                pad = max(1.0, abs(y_high) * 0.05)
                y_low, y_high = y_low - pad, y_high + pad
                if min(y_values) >= 0:
                    y_low = max(0.0, y_low)
        else:
            y_low, y_high = 0.0, 1.0
        y_ticks = nice_ticks(y_low, y_high, max(2, int((bottom - top) / (em * 2.2))))
        widest = max(metrics.horizontalAdvance(tick_label(v, y_ticks)) for v in y_ticks)
        plot = QRectF(area.left() + widest + em * 0.5, top, 0, bottom - top)
        plot.setRight(area.right() - em * 0.5)
        x_ticks = nice_ticks(x_low, x_high, max(2, int(plot.width() / (em * 4))))
        to_x = _Scale(x_ticks[0], x_ticks[-1], plot.left(), plot.right())
        to_y = _Scale(y_ticks[0], y_ticks[-1], plot.bottom(), plot.top())

        self._draw_value_axis(painter, plot, y_ticks, to_y)
        painter.setPen(self._ink())
        for value in x_ticks:
            x = to_x(value)
            painter.setPen(QPen(self._muted(), 1))
            painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
            painter.setPen(self._ink())
            text = tick_label(value, x_ticks)
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x - width / 2 - em, plot.bottom() + em * 0.2, width + 2 * em, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + metrics.height() + em * 0.2, plot.width(), metrics.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.tr("seconds since planning started"),
        )
        painter.setPen(QPen(self._ink(), 1))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.topLeft()))

        objective = self._step_line(segment.objective, segment.end, to_x, to_y)
        bound = self._step_line(segment.bound, segment.end, to_x, to_y)
        painter.save()
        painter.setClipRect(plot.adjusted(-2, -2, 2, 2))
        if objective and bound:
            # The shaded band between the two curves is the gap still open.
            band = QPainterPath()
            band.addPolygon(QPolygonF([*objective, *reversed(bound)]))
            band.closeSubpath()
            fill = QColor(self._accent())
            fill.setAlphaF(0.15)
            painter.fillPath(band, fill)
        if bound:
            painter.setPen(self._bound_pen())
            painter.drawPolyline(QPolygonF(bound))
        if objective:
            painter.setPen(self._objective_pen())
            painter.drawPolyline(QPolygonF(objective))
        painter.restore()
        if not objective:
            self._draw_message(painter, plot, self.tr("No timetable found yet"))

    def _objective_pen(self) -> QPen:
        pen = QPen(self._accent(), 2.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _bound_pen(self) -> QPen:
        return QPen(self._ink(), 1.5, Qt.PenStyle.DashLine)

    def _draw_legend(self, painter: QPainter, at: QPointF) -> float:
        """Draws the legend from ``at`` and returns where it ends on the right."""
        metrics = QFontMetricsF(self.font())
        em = self._em()
        x = at.x()
        middle = at.y() + metrics.height() / 2
        for pen, text in (
            (self._objective_pen(), self.tr("Best timetable")),
            (self._bound_pen(), self.tr("Best possible (proven bound)")),
        ):
            painter.setPen(pen)
            painter.drawLine(QLineF(x, middle, x + em * 1.6, middle))
            x += em * 2
            painter.setPen(self._ink())
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x, at.y(), width + 1, metrics.height()), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += width + em
        return x

    @staticmethod
    def _step_line(curve: _Curve, end: float, to_x: _Scale, to_y: _Scale) -> list[QPointF]:
        points: list[QPointF] = []
        for elapsed, value in curve.points:
            x, y = to_x(elapsed), to_y(value)
            if points:
                points.append(QPointF(x, points[-1].y()))
            points.append(QPointF(x, y))
        if points:
            points.append(QPointF(to_x(end), points[-1].y()))
        return decimate(points)


# -- bars -----------------------------------------------------------------------------------------------


class BarChart(_Chart):
    """Labelled bars with their values written on top, such as organisations by number of meetings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ()
        self._values: tuple[float, ...] = ()
        self._title = ""
        self._x_title = ""
        self._y_title = ""

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        title: str = "",
        *,
        x_title: str = "",
        y_title: str = "",
    ) -> None:
        """One bar per label; ``x_title`` says what the labels are, ``y_title`` what the values count."""
        if len(labels) != len(values):
            raise ValueError(f"{len(labels)} labels for {len(values)} values")
        self._labels = tuple(labels)
        self._values = tuple(max(0.0, float(v)) if math.isfinite(v) else 0.0 for v in values)
        self._title, self._x_title, self._y_title = title, x_title, y_title
        self.setAccessibleName(title)
        self.update()

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def values(self) -> tuple[float, ...]:
        return self._values

    def title(self) -> str:
        return self._title

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn at the widget's present size."""
        return self._layout()[1]

    def _layout(self) -> tuple[QRectF, list[QRectF], list[float]]:
        """The plot area, the bars in it and the value ticks."""
        em = self._em()
        metrics = QFontMetricsF(self.font())
        bold = QFontMetricsF(self._bold())
        area = QRectF(self.rect()).adjusted(em * 0.6, em * 0.4, -em * 0.6, -em * 0.4)
        top = area.top() + (bold.height() + em * 0.3 if self._title else 0)
        top += metrics.height() + em * 0.2 if self._y_title else 0
        top += metrics.height()  # room for the value above the highest bar
        bottom = area.bottom() - metrics.height() - em * 0.3
        bottom -= metrics.height() if self._x_title else 0
        whole = all(v == int(v) for v in self._values)
        high = max(self._values, default=0.0) or 1.0
        ticks = nice_ticks(0.0, high, max(2, int((bottom - top) / (em * 2.2))), whole=whole)
        widest = max(metrics.horizontalAdvance(tick_label(v, ticks)) for v in ticks)
        plot = QRectF(area.left() + widest + em * 0.5, top, 0, max(0.0, bottom - top))
        plot.setRight(area.right())
        if not self._values or plot.height() <= 0:
            return plot, [], ticks
        to_y = _Scale(ticks[0], ticks[-1], plot.bottom(), plot.top())
        slot = plot.width() / len(self._values)
        width = min(slot * 0.7, em * 6)
        bars = [
            QRectF(
                plot.left() + slot * i + (slot - width) / 2, to_y(value), width, plot.bottom() - to_y(value)
            )
            for i, value in enumerate(self._values)
        ]
        return plot, bars, ticks

    def _paint(self, painter: QPainter) -> None:
        em = self._em()
        metrics = QFontMetricsF(self.font())
        bold = QFontMetricsF(self._bold())
        area = QRectF(self.rect()).adjusted(em * 0.6, em * 0.4, -em * 0.6, -em * 0.4)
        y = area.top()
        if self._title:
            painter.setFont(self._bold())
            painter.setPen(self._ink())
            painter.drawText(
                QRectF(area.left(), y, area.width(), bold.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bold.elidedText(self._title, Qt.TextElideMode.ElideRight, area.width()),
            )
            y += bold.height() + em * 0.3
        painter.setFont(self.font())
        if not self._values:
            self._draw_message(
                painter, area.adjusted(0, y - area.top(), 0, 0), self.tr("Nothing to show yet")
            )
            return
        if self._y_title:
            painter.setPen(self._ink())
            painter.drawText(
                QRectF(area.left(), y, area.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(self._y_title, Qt.TextElideMode.ElideRight, area.width()),
            )
        plot, bars, ticks = self._layout()
        if not bars:
            return
        to_y = _Scale(ticks[0], ticks[-1], plot.bottom(), plot.top())
        self._draw_value_axis(painter, plot, ticks, to_y)

        slot = plot.width() / len(bars)
        # Labels that would overlap are thinned to every n-th bar; values likewise.
        label_width = max(metrics.horizontalAdvance(label) for label in self._labels) + em * 0.5
        every = max(1, math.ceil(label_width / slot)) if slot > 0 else len(bars)
        value_width = max(metrics.horizontalAdvance(self._value_text(v)) for v in self._values)
        show_values = value_width + em * 0.2 <= slot
        accent = self._accent()
        for i, (bar, label, value) in enumerate(zip(bars, self._labels, self._values, strict=True)):
            painter.fillRect(bar, accent)
            centre = bar.center().x()
            painter.setPen(self._ink())
            if show_values:
                painter.drawText(
                    QRectF(centre - slot / 2, bar.top() - metrics.height(), slot, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self._value_text(value),
                )
            if i % every == 0:
                text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, min(slot * every, area.width()))
                width = metrics.horizontalAdvance(text) + 1
                # Centred under its bar, but never past the chart's edges.
                left = min(max(centre - width / 2, area.left()), area.right() - width)
                painter.drawText(
                    QRectF(left, plot.bottom() + em * 0.2, width, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
        painter.setPen(QPen(self._ink(), 1))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
        if self._x_title:
            painter.drawText(
                QRectF(
                    plot.left(), plot.bottom() + metrics.height() + em * 0.3, plot.width(), metrics.height()
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(self._x_title, Qt.TextElideMode.ElideRight, plot.width()),
            )

    @staticmethod
    def _value_text(value: float) -> str:
        return _number(value)
