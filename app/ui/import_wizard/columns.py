"""The import wizard's step that shows each sheet's first rows under the field each column is read as."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableView,
    QTabWidget,
)

from app.ui.import_wizard.common import (
    ChoiceDelegate,
    _open_editors,
    _Page,
    _table,
)
from app.ui.models.import_ import (
    PreviewModel,
    sheet_label,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


class ColumnsPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Columns"),
            owner.tr(
                "The first rows of each sheet under its header. The first line says what MeetGrid reads from "
                "each column: change it where it guessed wrong or missed a column."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.previews: dict[str | None, PreviewModel] = {}
        self.views: dict[str | None, QTableView] = {}
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(
            self.note(
                self.tr(
                    "A heading is read the same way in every sheet that has it. Greyed columns are not read."
                )
            )
        )

    def preview(self, sheet: str | None) -> PreviewModel | None:
        """The preview of a sheet by name (None: the CSV file)."""
        return self.previews.get(sheet)

    def refresh(self) -> None:
        examination = self.owner.examination
        if examination is None:
            return
        shown = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        readings = sorted(
            (r for r in examination.readings if r.header_row is not None),
            key=lambda r: not r.role,
        )
        names = [r.name for r in readings]
        if names != list(self.previews):
            self.tabs.clear()
            for view in self.views.values():
                view.deleteLater()
            for model in self.previews.values():
                model.deleteLater()
            self.previews, self.views = {}, {}
            for reading in readings:
                model = PreviewModel(self)
                model.field_chosen.connect(self.owner.choose_field)
                view = _table(model)
                view.verticalHeader().setVisible(True)
                view.setAlternatingRowColors(False)
                view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
                view.horizontalHeader().setStretchLastSection(False)
                view.setItemDelegateForRow(0, ChoiceDelegate(view))
                model.modelReset.connect(lambda v=view: self._reset(v))
                self.previews[reading.name] = model
                self.views[reading.name] = view
                self.tabs.addTab(view, "")
        for number, reading in enumerate(readings):
            sheet = examination.sheet(reading.name)
            if sheet is not None:
                self.previews[reading.name].set_sheet(sheet, reading, examination.columns)
            label = sheet_label(reading.name)
            self.tabs.setTabText(
                number, label if reading.role else self.tr("{sheet} (not read)").replace("{sheet}", label)
            )
        for number in range(self.tabs.count()):
            if self.tabs.tabText(number) == shown:
                self.tabs.setCurrentIndex(number)

    def _reset(self, view: QTableView) -> None:
        _open_editors(view, row=0)
        view.resizeColumnsToContents()
        most = self.fontMetrics().averageCharWidth() * 32
        least = self.fontMetrics().averageCharWidth() * 18
        for column in range(view.model().columnCount()):
            view.setColumnWidth(column, min(max(view.columnWidth(column), least), most))
        view.resizeRowToContents(0)
