"""The preview beside the tabs of the Event setup page:
the meeting slots of each day as the organiser types."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Break,
    EventSettings,
    build_slots,
    day_slots,
)
from app.ui.models.setup import (
    PROBLEM_COLOUR,
    hm,
)
from app.ui.setup.base import BREAK_BACKGROUND, BREAK_FOREGROUND, SetupBase
from app.ui.time_grid import (
    day_name,
)


class PreviewPanel(SetupBase):
    def _build_preview(self) -> QWidget:
        self.slot_count = self._heading("")
        self.slot_count.setWordWrap(True)
        self.capacity_label = QLabel()
        self.capacity_label.setWordWrap(True)
        self.grid_message = QLabel()
        self.grid_message.setWordWrap(True)
        self.grid_message.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.preview = QTreeWidget()
        self.preview.setColumnCount(2)
        self.preview.setHeaderLabels([self.tr("Time"), self.tr("What")])
        self.preview.setRootIsDecorated(True)
        self.preview.setUniformRowHeights(True)
        self.preview.setAccessibleName(self.tr("Meeting slots"))
        metrics = self.preview.fontMetrics()
        self.preview.header().setStretchLastSection(True)
        self.preview.header().resizeSection(
            0, self.preview.indentation() + metrics.horizontalAdvance("00:00–00:00") + metrics.height() * 2
        )
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Meeting slots")))
        layout.addWidget(self.slot_count)
        layout.addWidget(self.capacity_label)
        layout.addWidget(self.grid_message)
        layout.addWidget(self.preview, 1)
        box.setMinimumWidth(self.fontMetrics().height() * 20)
        return box

    def _show_preview(self, grid: EventSettings | None, problem: str) -> None:
        self.preview.clear()
        self.grid_message.setText(problem)
        self.grid_message.setVisible(bool(problem))
        tables = self.tables_model.rowCount() if self.named_tables.isChecked() else self.table_count.value()
        if grid is None:
            self.slot_count.setText(self.tr("No meeting slots"))
            self.capacity_label.clear()
            self.capacity_label.hide()
            return
        slots = build_slots(grid)
        days = len(grid.days)
        self.slot_count.setText(
            self.tr("%n meeting slots over {days}", "", len(slots)).replace(
                "{days}", self.tr("%n days", "", days)
            )
        )
        self.capacity_label.setText(
            self.tr("At {t} tables: room for up to {m} meetings in all.")
            .replace("{t}", str(tables))
            .replace("{m}", str(tables * len(slots)))
        )
        self.capacity_label.show()
        number = 0
        italic = QFont(self.preview.font())
        italic.setItalic(True)
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for day in sorted(grid.days, key=lambda d: d.date):
            spans = day_slots(day, grid.meeting_minutes, grid.pause_minutes)
            summary = self.tr("{day} · %n slots", "", len(spans))
            heading = QTreeWidgetItem([summary.replace("{day}", day_name(day.date))])
            heading.setFont(0, bold)
            entries: list[tuple[datetime, datetime, Break | None]] = [(s, e, None) for s, e in spans]
            entries += [
                (datetime.combine(day.date, b.start), datetime.combine(day.date, b.end), b)
                for b in day.breaks
            ]
            for start, end, brk in sorted(entries, key=lambda e: (e[0], e[2] is None)):
                if brk is None:
                    number += 1
                    what = self.tr("Meeting slot {n}").replace("{n}", str(number))
                    item = QTreeWidgetItem([f"{hm(start)}–{hm(end)}", what])
                else:
                    label = brk.label or self.tr("Break")
                    item = QTreeWidgetItem(
                        [
                            f"{hm(start)}–{hm(end)}",
                            self.tr("{label}: no meetings").replace("{label}", label),
                        ]
                    )
                    for column in (0, 1):
                        item.setBackground(column, QBrush(QColor(BREAK_BACKGROUND)))
                        item.setForeground(column, QBrush(QColor(BREAK_FOREGROUND)))
                        item.setFont(column, italic)
                    item.setData(0, Qt.ItemDataRole.UserRole, "break")
                heading.addChild(item)
            self.preview.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)

    def preview_rows(self) -> list[tuple[str, str, bool]]:
        """What the preview lists: (time, what, is a break) for every slot and break, day after day."""
        rows = []
        for d in range(self.preview.topLevelItemCount()):
            day = self.preview.topLevelItem(d)
            for c in range(day.childCount() if day is not None else 0):
                item = day.child(c) if day is not None else None
                if item is not None:
                    rows.append(
                        (item.text(0), item.text(1), item.data(0, Qt.ItemDataRole.UserRole) == "break")
                    )
        return rows
