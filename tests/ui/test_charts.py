"""The progress and bar charts: what they record from the planner, what they draw, and at what cost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPaintEvent, QPalette
from pytestqt.qtbot import QtBot

from app.domain import Tier
from app.scheduler import SolveProgress
from app.ui.charts import MAX_POINTS, REPAINT_MS, BarChart, ProgressChart, decimate, nice_ticks, tick_label


def shown(qtbot: QtBot, widget: ProgressChart | BarChart, width: int = 480, height: int = 300) -> QImage:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def has_colour(image: QImage, colour: QColor, tolerance: int = 24) -> bool:
    """Some pixel of the image is close to the colour (antialiased edges blend, the middle of a line not)."""
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                return True
    return False


def accent(widget: ProgressChart | BarChart) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def report(
    elapsed: float, objective: float | None, bound: float | None, tier: Tier = Tier.REQUESTS
) -> SolveProgress:
    return SolveProgress(elapsed, objective, bound, 1, tier)


# -- ticks and decimation -------------------------------------------------------------------------------


def test_ticks_fall_on_round_numbers_around_the_range() -> None:
    assert nice_ticks(3, 97, 5) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(0.11, 0.16, 5) == pytest.approx([0.11, 0.12, 0.13, 0.14, 0.15, 0.16])
    assert nice_ticks(5, 5, 4) == [5, 5.5, 6]
    assert nice_ticks(0, 3, 10, whole=True) == [0, 1, 2, 3]
    assert [tick_label(v, [0.0, 0.5]) for v in (0.0, 0.5, -0.0)] == ["0", "0.5", "0"]


def test_decimation_keeps_the_extremes_of_each_pixel_column() -> None:
    points = [QPointF(i / 100, (i * 37) % 101) for i in range(10_000)]
    kept = decimate(points)
    assert len(kept) <= 4 * 100
    assert kept[0] == points[0] and kept[-1] == points[-1]
    assert min(p.y() for p in kept) == 0 and max(p.y() for p in kept) == 100


# -- progress -------------------------------------------------------------------------------------------


def test_an_empty_progress_chart_says_what_to_do(qtbot: QtBot) -> None:
    chart = ProgressChart()
    image = shown(qtbot, chart)
    assert chart.tier() is None and chart.x_range() is None and chart.y_range() is None
    assert chart.report_count() == 0
    assert chart.gap_text() == "Gap: not known yet"
    assert not image.isNull()
    assert not has_colour(image, accent(chart)), "no curve before the first report"


def test_one_report_without_values_yet(qtbot: QtBot) -> None:
    chart = ProgressChart()
    chart.add(report(0.5, None, None))
    shown(qtbot, chart)
    assert chart.tier() is Tier.REQUESTS and chart.report_count() == 1
    assert chart.x_range() == (0.5, 0.5)
    assert chart.y_range() is None
    assert chart.objective_points() == chart.bound_points() == ()
    assert chart.gap_text() == "Gap: not known yet"


def test_objective_and_bound_are_drawn_with_the_gap(qtbot: QtBot) -> None:
    chart = ProgressChart()
    chart.add(report(1.0, None, 120))
    chart.add(report(2.0, 80, 110))
    chart.add(report(3.0, 90, 100))
    image = shown(qtbot, chart)
    assert chart.objective_points() == ((2.0, 80), (3.0, 90))
    assert chart.bound_points() == ((1.0, 120), (2.0, 110), (3.0, 100))
    assert chart.x_range() == (1.0, 3.0)
    assert chart.y_range() == (80, 120)
    assert chart.gap_text() == "Gap: 10.0 %"
    assert has_colour(image, accent(chart))
    chart.add(report(4.0, 100, 100))
    assert chart.gap_text() == "Gap: 0 % (proven best)"


def test_a_new_tier_starts_its_own_curve(qtbot: QtBot) -> None:
    chart = ProgressChart()
    chart.add(report(0.1, 4, 9, Tier.FAIRNESS))
    chart.add(report(0.2, 4, 4, Tier.FAIRNESS))
    chart.add(report(0.3, 2209, 2214, Tier.REQUESTS))
    chart.add(report(0.5, 56, 0, Tier.IDLE_GAPS))
    chart.add(report(0.9, 3, 0, Tier.IDLE_GAPS))
    shown(qtbot, chart)
    assert chart.tier() is Tier.IDLE_GAPS
    assert chart.finished_tiers() == ((Tier.FAIRNESS, 4), (Tier.REQUESTS, 2209))
    assert chart.finished_text() == "Done: fairness 4 · requests 2209"
    assert chart.objective_points() == ((0.5, 56), (0.9, 3))
    assert chart.x_range() == (0.5, 0.9)
    assert chart.y_range() == (0, 56)
    assert chart.gap_text() == "Gap: 100.0 %"


def test_thousands_of_reports_keep_only_the_changes(qtbot: QtBot) -> None:
    chart = ProgressChart()
    for i in range(20_000):
        # The best value improves on every third report, the bound every fifth.
        chart.add(report(i / 100, 1000 + i // 3, 50_000 - i // 5))
    image = shown(qtbot, chart, 1100, 700)
    assert chart.report_count() == 20_000
    assert len(chart.objective_points()) <= MAX_POINTS + 1
    assert len(chart.bound_points()) <= MAX_POINTS + 1
    assert chart.objective_points()[0] == (0.0, 1000)
    assert chart.objective_points()[-1] == (199.98, 1000 + 19_998 // 3)
    assert chart.x_range() == (0.0, 199.99)
    assert chart.y_range() == (1000, 50_000)
    assert has_colour(image, accent(chart))


def test_clear_forgets_the_solve(qtbot: QtBot) -> None:
    chart = ProgressChart()
    chart.add(report(1.0, 5, 10))
    chart.clear()
    image = shown(qtbot, chart)
    assert chart.tier() is None and chart.objective_points() == ()
    assert not has_colour(image, accent(chart))


# -- bars -----------------------------------------------------------------------------------------------


def test_bars_have_their_labels_and_heights(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.set_bars(["0", "1", "2", "3"], [1, 4, 2, 0], "Organisations by number of meetings")
    image = shown(qtbot, chart)
    assert chart.labels() == ("0", "1", "2", "3")
    assert chart.values() == (1, 4, 2, 0)
    assert chart.title() == "Organisations by number of meetings"
    bars = chart.bar_rects()
    assert len(bars) == 4
    heights = [bar.height() for bar in bars]
    assert heights[1] > heights[2] > heights[0] > heights[3] == 0
    assert heights[1] == pytest.approx(2 * heights[2])
    assert [bar.left() for bar in bars] == sorted(bar.left() for bar in bars)
    assert all(chart.rect().contains(bar.toRect()) for bar in bars)
    assert has_colour(image, accent(chart), tolerance=0)


def test_no_bars(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.set_bars([], [], "Nothing yet")
    image = shown(qtbot, chart)
    assert chart.bar_rects() == []
    assert not has_colour(image, accent(chart), tolerance=0)


def test_many_bars_fit_the_widget(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.set_bars([f"Country {i}" for i in range(200)], [i % 9 for i in range(200)])
    shown(qtbot, chart, 400, 250)
    bars = chart.bar_rects()
    assert len(bars) == 200
    assert all(chart.rect().contains(bar.toRect()) for bar in bars)


def test_labels_and_values_must_pair_up(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="2 labels for 1 values"):
        chart.set_bars(["a", "b"], [1])


class CountingChart(ProgressChart):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_a_flood_of_reports_repaints_once(qtbot: QtBot) -> None:
    chart = CountingChart()
    shown(qtbot, chart)
    before = chart.paints
    for i in range(1000):
        chart.add(report(i / 1000, i, 2000 - i))
    assert chart.paints == before, "reports only schedule a repaint"
    qtbot.waitUntil(lambda: chart.paints > before)
    qtbot.wait(3 * REPAINT_MS)
    assert chart.paints - before <= 2
