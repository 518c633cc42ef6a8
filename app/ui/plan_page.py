"""The Plan page: how long the planner may search and what matters most, its progress live, then a summary.

The page owns the planning run: its ``controller`` (``SolveController``) plans off the GUI thread and the page
shows its progress; the window decides when to plan (``MainWindow.plan``: what matters most is stored
first), shows the status line the page ``ticked`` and stores the result.

Over 400 lines because the settings, the run's progress and the summary are one page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import DEFAULT_TIERS, Event, SolveStatus, Tier
from app.services import reports
from app.services.planning import SolveOptions, SolveProgress, SolveResult
from app.ui.charts import ProgressChart
from app.ui.reasons import reason_words
from app.ui.solve_controller import SolveController
from app.ui.widgets import show_warnings, warning_band

DEFAULT_TIME_LIMIT = 30


class PlanPage(QWidget):
    """Planner settings, live progress (chart, value, bound, gap), Cancel, and the last run's summary."""

    plan_requested = Signal()
    cancel_requested = Signal()
    timetable_requested = Signal()
    ticked = Signal(str, int)  # planning's status line and how much of the time limit has gone, in ‰

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setAccessibleName(self.tr("Time limit"))
        self.time_limit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.time_limit.setToolTip(
            self.tr("How long the planner may search; the best timetable found by then is kept")
        )

        self.tiers_list = QListWidget()
        self.tiers_list.setAccessibleName(self.tr("What matters most, in order"))
        self.tiers_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.tiers_list.setFixedHeight(self.fontMetrics().height() * 5)
        self.up_button = QPushButton(self.tr("&Move up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.up_button.clicked.connect(lambda: self._move_tier(-1))
        self.down_button.clicked.connect(lambda: self._move_tier(1))
        self.default_button = QPushButton(self.tr("&Usual order"))
        self.default_button.clicked.connect(lambda: self.set_tiers(DEFAULT_TIERS))
        tier_buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.default_button):
            tier_buttons.addWidget(button)
        tier_buttons.addStretch(1)
        tiers_row = QHBoxLayout()
        tiers_row.addWidget(self.tiers_list, 1)
        tiers_row.addLayout(tier_buttons)

        self.free_running = QCheckBox(self.tr("Full &speed (the same event may give another timetable)"))
        self.free_running.setToolTip(
            self.tr(
                "By default planning the same event twice gives the same timetable. At full speed the "
                "planner uses the whole time limit as fast as it can, and results may differ between runs."
            )
        )

        self.agreed = QCheckBox(self.tr("&Agreed meetings: every request must take place"))
        self.agreed.setToolTip(
            self.tr(
                "For a day whose meetings were requested and accepted on a matchmaking platform: every "
                "request is a meeting both sides agreed to. Each one gets a time and a table, with as few "
                "idle gaps as possible for anyone; when they cannot all take place, MeetGrid names the few "
                "that cannot be held together. Without it, only requests marked agreed must take place."
            )
        )
        self.agreed.toggled.connect(self._agreed_toggled)

        form = QFormLayout()
        form.addRow(self.tr("Time limit"), self.time_limit)
        form.addRow("", self.agreed)
        form.addRow(self.tr("What matters most, first"), tiers_row)
        form.addRow("", self.free_running)

        self.plan_button = QPushButton(self.tr("Plan &the timetable"))
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.plan_requested.emit)
        self.cancel_button = QPushButton(self.tr("&Cancel and keep the best so far"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.timetable_button = QPushButton(self.tr("See the t&imetable"))
        self.timetable_button.clicked.connect(self.timetable_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.cancel_button, self.timetable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        settings_box = QGroupBox(self.tr("Planner settings"))
        settings_layout = QVBoxLayout(settings_box)
        settings_layout.addLayout(form)
        settings_layout.addLayout(buttons)

        self.status_label = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.status_label.setFont(big)
        self.status_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ProgressChart()

        progress_box = QGroupBox(self.tr("Progress"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(self.status_label)
        progress_layout.addWidget(self.detail_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        progress_layout.addWidget(line)
        progress_layout.addWidget(self.chart, 1)

        # What the organiser must not miss about the last plan, above everything else.
        self.warning_band = warning_band()

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_band)
        layout.addWidget(settings_box)
        layout.addWidget(progress_box, 1)

        self._event: Event | None = None
        self._stored_tiers: tuple[Tier, ...] = DEFAULT_TIERS
        self._stored_agreed = False
        self._planning = False
        self.set_tiers(DEFAULT_TIERS)
        self.set_planning(False)
        self.set_event(None)

        # -- settings ---------------------------------------------------------------------------------------
        self.controller = SolveController(self)
        self.controller.progress.connect(self._on_progress)
        self.controller.finished.connect(self._stop_clock)
        self.controller.failed.connect(self._stop_clock)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)
        self._last_progress: SolveProgress | None = None

    def tier_label(self, tier: Tier) -> str:
        return {
            Tier.FAIRNESS: self.tr("Fairness: every organisation gets meetings, the worst-off first"),
            Tier.REQUESTS: self.tr("Requests: as many wished-for meetings as possible, mutual ones first"),
            Tier.IDLE_GAPS: self.tr("Compact days: few idle gaps between an organisation's meetings"),
            Tier.INTERPRETING: self.tr(
                "Interpreters: as many meetings without a shared language as possible get one"
            ),
        }[tier]

    def set_tiers(self, tiers: tuple[Tier, ...]) -> None:
        """Show the tiers in this order (tiers left out follow in the usual order)."""
        ordered = [*tiers, *(t for t in DEFAULT_TIERS if t not in tiers)]
        self.tiers_list.clear()
        for tier in ordered:
            item = QListWidgetItem(self.tier_label(tier))
            item.setData(Qt.ItemDataRole.UserRole, tier.value)
            self.tiers_list.addItem(item)
        self.tiers_list.setCurrentRow(0)

    def tiers(self) -> tuple[Tier, ...]:
        """The tiers as the organiser ordered them."""
        return tuple(
            Tier(self.tiers_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.tiers_list.count())
        )

    @Slot(bool)
    def _agreed_toggled(self, _agreed: bool) -> None:
        self.set_planning(self._planning)

    def _move_tier(self, step: int) -> None:
        row = self.tiers_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.tiers_list.count():
            return
        item = self.tiers_list.takeItem(row)
        self.tiers_list.insertItem(target, item)
        self.tiers_list.setCurrentRow(target)

    def options(self) -> SolveOptions:
        """The planner options the organiser chose."""
        return SolveOptions(
            time_limit=float(self.time_limit.value()), reproducible=not self.free_running.isChecked()
        )

    # -- showing ----------------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the event's stored order of tiers and its last planning run."""
        self._event = event
        if event is None:
            self.plan_button.setEnabled(False)
            self.timetable_button.setEnabled(False)
            self.status_label.setText(self.tr("Open or import an event first."))
            self.detail_label.clear()
            return
        if not self._planning:
            # The organiser's order stays until it is planned with, or the stored one changes (undo).
            if event.settings.tiers != self._stored_tiers:
                self._stored_tiers = event.settings.tiers
                self.set_tiers(event.settings.tiers)
            if event.settings.agreed != self._stored_agreed:
                self._stored_agreed = event.settings.agreed
                self.agreed.setChecked(event.settings.agreed)
            self.show_summary(event)
        self.set_planning(self._planning)

    def show_summary(self, event: Event) -> None:
        """The last run and what the stored timetable achieves."""
        run = event.last_run
        summary = reports.summarise(event)
        show_warnings(
            self.warning_band,
            self.tr("Look at this before printing the agendas:"),
            reason_words().warnings(summary.cautions),
        )
        if run is None:
            self.status_label.setText(self.tr("Not planned yet"))
            self.detail_label.setText(
                self.tr(
                    "{orgs} organisations have asked for %n meetings. Choose how long the planner may "
                    "search and what matters most, then plan.",
                    "",
                    summary.requests,
                ).replace("{orgs}", str(summary.organisations))
            )
            return
        self.status_label.setText(self.verdict(summary, run.status))
        changed = event.changed_since_planned
        if changed:
            self.status_label.setText(self.tr("Changed by hand since it was planned"))
        lines = [
            self.tr("{meetings}; {requests}")
            .replace("{meetings}", self.tr("%n meetings", "", summary.meetings))
            .replace(
                "{requests}",
                self.tr("{met} of %n requests met", "", summary.requests).replace(
                    "{met}", str(summary.requests_met)
                ),
            ),
            self.tr("Planned {when} in {s} s")
            .replace("{when}", run.finished_at.strftime("%Y-%m-%d %H:%M"))
            .replace("{s}", f"{run.seconds:.1f}"),
        ]
        if changed:
            lines.append(
                self.tr("When planned: {verdict}").replace("{verdict}", self.status_text(run.status))
            )
        words = reason_words()
        unmet = sum(count.requests for count in summary.unmet_by_reason)
        if unmet:
            lines.append(
                self.tr("%n requests could not be met (see the Timetable page for each one):", "", unmet)
            )
            lines += [
                "&nbsp;&nbsp;• "
                + html.escape(
                    self.tr("{reason}: {n} — {advice}")
                    .replace("{reason}", words.reason(count.reason))
                    .replace("{n}", str(count.requests))
                    .replace("{advice}", words.advice(count.reason, count.advice))
                )
                for count in summary.unmet_by_reason
            ]
        if summary.needs_interpreting:
            lines.append(self.tr("%n meetings need interpreting:", "", summary.needs_interpreting))
            lines += [
                "&nbsp;&nbsp;• " + html.escape(words.interpreting(need)) for need in summary.interpreting
            ]
        self.detail_label.setText("<br>".join(lines))

    def status_text(self, status: str) -> str:
        """The planner's verdict in words: OPTIMAL is never said alone, but as what it means."""
        return {
            SolveStatus.OPTIMAL: self.tr("The best possible timetable under the rules you set"),
            SolveStatus.FEASIBLE: self.tr(
                "A good timetable, not proven the best (the planner ran out of time)"
            ),
            SolveStatus.INFEASIBLE: self.tr("No timetable can keep every agreed or locked meeting and rule"),
        }.get(status, self.tr("No timetable found in the time given"))

    def verdict(self, summary: reports.Summary, status: str) -> str:
        """The status line: the planner's verdict, unless the timetable is empty or nearly so, which must
        not read as good news."""
        if not summary.thin:
            return self.status_text(status)
        if not summary.meetings:
            return self.tr("No meetings planned — see the warnings above")
        return self.tr(
            "Only {n} meetings planned for %n requested pairs — see the warnings above",
            "",
            summary.requested_pairs,
        ).replace("{n}", str(summary.meetings))

    # -- the planning run -------------------------------------------------------------------------------

    def start(self, event: Event) -> None:
        """Plan ``event`` off the GUI thread with the page's options; ``controller`` reports the result."""
        # What is planned with is what is stored now: an undo later shows the stored choices again.
        self._stored_tiers, self._stored_agreed = event.settings.tiers, event.settings.agreed
        self._last_progress = None
        self.controller.start(event, self.options())
        self.planning_started()
        self._clock.start()
        self._ticker.start()

    def is_planning(self) -> bool:
        return self.controller.is_running()

    def cancel(self) -> bool:
        """Ask the planner to stop with the best timetable so far; False when nothing is planning."""
        if not self.controller.is_running():
            return False
        self.controller.cancel()
        return True

    def shutdown(self) -> None:
        """Cancel planning and wait for it (the window closes)."""
        self._ticker.stop()
        self.controller.shutdown()

    @Slot(object)
    def _on_progress(self, progress: SolveProgress) -> None:
        self._last_progress = progress
        self.show_progress(progress, self._clock.elapsed() / 1000)

    @Slot()
    def _stop_clock(self) -> None:
        self._ticker.stop()

    @Slot()
    def tick(self) -> None:
        """Tell the window how far planning has come (``ticked``): every 200 ms while it runs."""
        seconds = self._clock.elapsed() / 1000
        limit = max(self.time_limit.value(), 1)
        text = self.tr("Planning… {s} s").replace("{s}", f"{seconds:.0f}")
        progress = self._last_progress
        if progress is not None and progress.objective is not None:
            stage = {
                Tier.FAIRNESS: self.tr("fairness level"),
                Tier.REQUESTS: self.tr("requests"),
                Tier.IDLE_GAPS: self.tr("idle gaps"),
                Tier.INTERPRETING: self.tr("meetings with an interpreter"),
            }[progress.tier]
            best = self.tr(", {stage}: best {value}").replace("{stage}", stage)
            text += best.replace("{value}", f"{progress.objective:g}")
            gap = progress.gap
            if gap is not None:
                text += self.tr(", within {gap} % of the best possible").replace("{gap}", f"{100 * gap:.1f}")
        self.ticked.emit(text, min(1000, int(1000 * seconds / limit)))

    def set_planning(self, planning: bool) -> None:
        """Switch between choosing settings and watching a run."""
        self._planning = planning
        settings: tuple[QWidget, ...] = (self.time_limit, self.agreed, self.free_running)
        for widget in settings:
            widget.setEnabled(not planning)
        # The order of goals does not apply to agreed meetings, which have goals of their own.
        order: tuple[QWidget, ...] = (self.tiers_list, self.up_button, self.down_button, self.default_button)
        for widget in order:
            widget.setEnabled(not planning and not self.agreed.isChecked())
        self.plan_button.setEnabled(not planning and self._event is not None)
        self.cancel_button.setEnabled(planning)
        self.timetable_button.setEnabled(
            not planning and self._event is not None and bool(self._event.meetings)
        )

    def planning_started(self) -> None:
        self.chart.clear()
        self.set_planning(True)
        self.status_label.setText(self.tr("Planning…"))
        self.detail_label.setText(self.tr("Looking for a first timetable."))

    def show_progress(self, progress: SolveProgress, seconds: float) -> None:
        """One report of the planner, with the seconds since planning started."""
        self.chart.add(progress)
        tier = self.chart.short_tier_name(progress.tier)
        self.status_label.setText(
            self.tr("Planning… {s} s, now improving {tier}")
            .replace("{s}", f"{seconds:.0f}")
            .replace("{tier}", tier)
        )
        parts = []
        if progress.objective is not None:
            parts.append(self.tr("best so far {value}").replace("{value}", f"{progress.objective:g}"))
        if progress.bound is not None:
            parts.append(self.tr("best possible {value}").replace("{value}", f"{progress.bound:g}"))
        parts.append(self.chart.gap_text())
        finished = self.chart.finished_text()
        self.detail_label.setText(" · ".join(parts) + (f"<br>{finished}" if finished else ""))

    def planning_finished(self, result: SolveResult) -> None:
        self.set_planning(False)
        if self._event is not None:
            self.show_summary(self._event)  # the saved plan's verdict, loud when it is (nearly) empty
        if self._event is None or not result.has_schedule:
            self.status_label.setText(self.status_text(result.status))
        if result.conflicts:
            self.detail_label.setText(
                html.escape(self.tr("No timetable can keep all of these together:"))
                + "<ul>"
                + "".join(f"<li>{html.escape(conflict)}</li>" for conflict in result.conflicts)
                + "</ul>"
            )
        if result.cancelled and result.has_schedule:
            self.status_label.setText(self.tr("Stopped: the best timetable found so far is kept"))
        elif result.cancelled:
            self.status_label.setText(self.tr("Stopped before a timetable was found; nothing changed"))

    def planning_failed(self) -> None:
        self.set_planning(False)
        self.status_label.setText(self.tr("Planning failed; the timetable is as it was"))
