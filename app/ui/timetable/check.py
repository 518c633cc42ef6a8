"""What the Timetable page counts off the GUI thread (``reports.check_timetable``): idle gaps, table changes
and the reasons of unmet requests, shown above the grid and in the unmet list."""

from __future__ import annotations

from PySide6.QtCore import (
    Slot,
)

from app.domain import Event, SolveStatus
from app.services import reports
from app.services.reports import TimetableCheck
from app.ui.jobs import paced
from app.ui.reasons import reason_words
from app.ui.time_grid import moment
from app.ui.timetable.base import PROBLEMS_SHOWN, TimetableBase
from app.ui.widgets import show_warnings


class CheckPanel(TimetableBase):
    def _show_summary(self) -> None:
        event = self._event
        if event is None:
            return
        locked = sum(1 for m in event.meetings if m.locked)
        parts = [
            self.tr("%n meetings", "", len(event.meetings)),
            self.tr("%n locked", "", locked),
        ]
        check = self._check
        if check is None:
            parts.append(self.tr("counting idle gaps and table changes…"))
        else:
            parts += [
                self.tr("%n idle gaps", "", check.figures.idle_gaps),
                self.tr("%n table changes", "", check.figures.table_changes),
                self.tr("%n requests unmet", "", len(check.unmet)),
            ]
        run = event.last_run
        if run is not None:
            how = {
                SolveStatus.OPTIMAL: self.tr("the best possible under the rules you set"),
                SolveStatus.FEASIBLE: self.tr("good, not proven best (time limit)"),
            }.get(run.status, run.status)
            if check is not None and check.thin:
                how = self.tr("hardly any meetings — see the warnings")
            if event.changed_since_planned:
                how = self.tr("changed by hand since")
            parts.append(
                self.tr("last planned {when}: {how}")
                .replace("{when}", moment(run.finished_at))
                .replace("{how}", how)
            )
        self.summary_label.setText(" · ".join(parts))
        self._show_warnings(check.cautions if check is not None else ())
        problems = check.problems if check is not None else ()
        self.problems_label.setVisible(bool(problems))
        if problems:
            shown = "\n• ".join(problems[:PROBLEMS_SHOWN])
            more = len(problems) - PROBLEMS_SHOWN
            self.problems_label.setText(
                self.tr(
                    "The timetable breaks %n rules as the event now stands; move or unlock these meetings, "
                    "or plan again:",
                    "",
                    len(problems),
                )
                + "\n• "
                + shown
                + (self.tr("\n… and {n} more").replace("{n}", str(more)) if more > 0 else "")
            )

    def _show_warnings(self, cautions: tuple[reports.SummaryWarning, ...]) -> None:
        show_warnings(
            self.warning_band,
            self.tr("Look at this before printing the agendas:"),
            reason_words().warnings(cautions),
        )

    def warnings_shown(self) -> bool:
        """The yellow band of warnings is up (the page may be hidden itself)."""
        return not self.warning_band.isHidden()

    @Slot()
    def _check_now(self) -> None:
        """Count the event shown in the background, unless counted already or a count is under way (it
        starts the next one when it ends)."""
        event = self._event
        if event is None or not event.meetings or self._check is not None or self._checker.is_running():
            return
        self._checker.start(
            self.tr("Counting idle gaps and unmet requests"),
            paced(lambda: reports.check_timetable(event), lambda: event is not self._event),
            lambda check: self._on_checked(event, check),
            self._on_check_failed,
        )

    def _on_checked(self, event: Event, check: TimetableCheck | object) -> None:
        if event is not self._event or not isinstance(check, TimetableCheck):  # changed: count it afresh
            if not self._check_timer.isActive():
                self._check_now()
            return
        self._check = check
        self.unmet_model.set_unmet(event, check.unmet)
        self._show_reasons()
        metrics = self.unmet_view.fontMetrics()
        reasons = [self.unmet_model.reason_text(code) for code, _count in self.unmet_model.reasons()]
        widest = max((metrics.horizontalAdvance(text) for text in reasons), default=0)
        self.unmet_view.horizontalHeader().resizeSection(1, widest + metrics.height())
        if check.unmet:
            self.unmet_stack.setCurrentWidget(self.unmet_view)
        else:
            self._show_unmet_note(self.tr("Every request is met."))
        self._show_summary()
        self.checked.emit()

    def _on_check_failed(self, message: str) -> None:
        if self._check is None and not self._check_timer.isActive():
            self._show_unmet_note(self.tr("Could not work out the unmet requests: ") + message)
            self.status_message.emit(self.tr("Could not count idle gaps and unmet requests: ") + message, 0)

    def _show_unmet_note(self, text: str) -> None:
        self.unmet_note.setText(text)
        self.unmet_stack.setCurrentWidget(self.unmet_note)

    def _show_reasons(self) -> None:
        """Fill the reason filter, keeping the reason chosen while any request has it."""
        chosen = self.unmet_filter.reason()
        reasons = self.unmet_model.reasons()
        self.reason_box.blockSignals(True)
        self.reason_box.clear()
        total = self.unmet_model.rowCount()
        self.reason_box.addItem(self.tr("All reasons ({n})").replace("{n}", str(total)), None)
        for code, count in reasons:
            self.reason_box.addItem(f"{self.unmet_model.reason_text(code)} ({count})", code)
        row = self.reason_box.findData(chosen) if chosen is not None else 0
        self.reason_box.setCurrentIndex(max(row, 0))
        self.reason_box.blockSignals(False)
        self.unmet_filter.set_reason(self.reason_box.currentData())
        self.unmet_heading.setText(self.tr("Unmet requests"))
        self.reason_box.setEnabled(bool(reasons))

    def set_reason_filter(self, reason: str | None) -> bool:
        """Show only the unmet requests with this reason code (None: all); False when none has it."""
        row = self.reason_box.findData(reason) if reason is not None else 0
        if row < 0:
            return False
        self.reason_box.setCurrentIndex(row)
        return True
