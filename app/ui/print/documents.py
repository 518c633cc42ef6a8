"""The document chooser of the Print page: which document of the day to preview (agendas, badges, signs, run
sheets, the master grid, the badge alignment sheet) and, for badges, the layout and the printer's offset,
which is stored with the event as an undoable change (``printing.store_offset``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import MeetGridError
from app.services import printing
from app.ui.print.base import PrintBase, capitalised, signals_blocked

OFFSET_STEP_MM = 0.5


def kind_title(kind: printing.DocumentInfo) -> str:
    """A document's title in the window's language (the catalogue names it in English)."""
    return QCoreApplication.translate("DocumentKinds", kind.title)


def kind_description(kind: printing.DocumentInfo) -> str:
    return QCoreApplication.translate("DocumentKinds", kind.description)


class DocumentsPanel(PrintBase):
    def _build_documents(self) -> QWidget:
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Document"))
        for kind in printing.document_kinds():
            self.kind_combo.addItem(kind_title(kind), kind.name)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        self.kind_description = QLabel()
        self.kind_description.setWordWrap(True)

        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(self.tr("Badge layout"))
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(12)
        self.layout_combo.currentIndexChanged.connect(self._on_layout_chosen)
        self.layout_description = QLabel()
        self.layout_description.setWordWrap(True)
        self.offset_right = self._offset_box(self.tr("Printer offset to the right, mm"))
        self.offset_up = self._offset_box(self.tr("Printer offset up, mm"))
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("right")))
        offsets.addWidget(self.offset_right)
        offsets.addWidget(QLabel(self.tr("up")))
        offsets.addWidget(self.offset_up)
        offsets.addStretch(1)
        explain = QLabel(
            self.tr(
                "Print the alignment sheet on plain paper and hold it against a sheet of labels: where the "
                "outlines miss the labels, move them by as many millimetres. The offset is kept with the "
                "event for this layout."
            )
        )
        explain.setWordWrap(True)
        self.layout_box = QWidget()
        form = QFormLayout(self.layout_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.layout_description)
        form.addRow(self.tr("Offset"), offsets)
        form.addRow(explain)
        self.layout_box.setVisible(False)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Document")))
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.kind_description)
        layout.addWidget(self.layout_box)
        self._show_kind()
        return panel

    def _offset_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setRange(-printing.OFFSET_LIMIT, printing.OFFSET_LIMIT)
        box.setSingleStep(OFFSET_STEP_MM)
        box.setDecimals(1)
        box.setSuffix(" mm")
        box.setKeyboardTracking(False)
        box.valueChanged.connect(lambda _value: self._offset_timer.start())
        return box

    # -- the document -----------------------------------------------------------------------------------

    def kind(self) -> str:
        """The document chosen, by its catalogue name ('agendas', 'badges', ...)."""
        return self._kind.name

    def choose_kind(self, name: str) -> None:
        """Preview the document ``name`` ('agendas', 'badges', 'signs', 'runsheets', 'grid', 'alignment')."""
        index = self.kind_combo.findData(printing.document_kind(name).name)
        self.kind_combo.setCurrentIndex(index)

    @Slot(int)
    def _on_kind_chosen(self, index: int) -> None:
        self._store_pending_offset()
        self._kind = printing.document_kind(str(self.kind_combo.itemData(index)))
        self._show_kind()
        self._update_whose()
        self._request_preview()

    def _show_kind(self) -> None:
        self.kind_description.setText(kind_description(self._kind))
        self.layout_box.setVisible(self._kind.needs_layout)
        if self._kind.needs_layout and not self.layout_combo.count():
            self._fill_layouts()

    # -- badge layouts and the printer offset -----------------------------------------------------------

    def _fill_layouts(self) -> None:
        try:
            layouts = printing.badge_layouts()
        except MeetGridError as exc:
            self.layout_description.setText(capitalised(str(exc)))
            return
        with signals_blocked(self.layout_combo):
            for row, layout in enumerate(layouts):
                self.layout_combo.addItem(layout.title, layout.name)
                # A long title is cut in a narrow panel; its tip shows it whole, with the name to type.
                tip = f"{layout.title} ({layout.name})"
                self.layout_combo.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
            index = max(self.layout_combo.findData(self._layout), 0)
            self.layout_combo.setCurrentIndex(index)
        self._on_layout_chosen(self.layout_combo.currentIndex(), preview=False)

    def layout_name(self) -> str:
        """The badge layout chosen, by name ('' before the layouts are listed: the first)."""
        return self._layout

    def choose_layout(self, name: str) -> None:
        if not self.layout_combo.count():
            self._fill_layouts()
        index = self.layout_combo.findData(name)
        if index < 0:
            raise ValueError(f"there is no badge layout {name!r}")
        self.layout_combo.setCurrentIndex(index)

    @Slot(int)
    def _on_layout_chosen(self, index: int, *, preview: bool = True) -> None:
        if index < 0:
            return
        self._store_pending_offset()
        self._layout = str(self.layout_combo.itemData(index))
        try:
            chosen = printing.find_badge_layout(self._layout)
        except MeetGridError as exc:
            self.layout_description.setText(capitalised(str(exc)))
        else:
            self.layout_description.setText(chosen.description)
            self.layout_combo.setToolTip(f"{chosen.title} ({chosen.name})")
        self._show_stored_offset()
        if preview:
            self._request_preview()

    def offset(self) -> tuple[float, float]:
        """The printer offset in the spin boxes, mm to the right and up."""
        return self.offset_right.value(), self.offset_up.value()

    def set_offset(self, right: float, up: float) -> None:
        """Set the offset as the organiser would; stored (and previewed) shortly after, as clicks are."""
        self.offset_right.setValue(right)
        self.offset_up.setValue(up)

    def _show_stored_offset(self) -> None:
        """The spin boxes show the offset stored with the event for the layout (unless one is being set)."""
        if self._offset_timer.isActive():
            return
        right, up = self._event.settings.badge_offset(self._layout) if self._event else (0.0, 0.0)
        for box, value in ((self.offset_right, right), (self.offset_up, up)):
            with signals_blocked(box):
                box.setValue(value)

    def _store_pending_offset(self) -> None:
        if self._offset_timer.isActive():
            self._offset_timer.stop()
            self._on_offset_settled()

    @Slot()
    def _on_offset_settled(self) -> None:
        """Store the offset set with the event (one undoable change) and redraw the preview with it."""
        self._store_offset()
        self._request_preview()

    def _store_offset(self) -> None:
        event, session, layout, offset = self._event, self._session, self._layout, self.offset()
        if (
            event is not None
            and session is not None
            and self._kind.needs_layout
            and layout
            and event.settings.badge_offset(layout) != offset
        ):
            session.edit(
                self.tr("Change the printer offset"),
                lambda event_file: printing.store_offset(event_file, layout, offset),
            )
