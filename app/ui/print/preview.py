"""The preview of the Print page: the chosen document rendered off the GUI thread and shown with QtPdf, paged
and zoomed, and saved as a PDF.

Over 400 lines because rendering, paging, zoom and saving act on the one previewed document.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain import Organisation
from app.errors import MeetGridError
from app.services import exporting, printing
from app.services.exporting import agenda_filename, agenda_paths
from app.ui.print.base import (
    PDF_FILTER,
    ZOOM_RANGE,
    ZOOM_STEP,
    PrintBase,
    Wish,
    capitalised,
    remove_file,
)
from app.ui.print.documents import kind_title


class PreviewPanel(PrintBase):
    def _build_preview(self) -> QWidget:
        self.title_label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print the document shown, or some of its pages"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setToolTip(self.tr("Save the document shown as a PDF file"))
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)

        self.previous_action = self._action("▲", self.tr("Previous page"), self.previous_page)
        self.next_action = self._action("▼", self.tr("Next page"), self.next_page)
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setToolTip(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel()
        self.fit_width_action = self._action(
            self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width
        )
        self.fit_page_action = self._action(
            self.tr("Fit page"), self.tr("Show a whole page at once"), self.fit_page
        )
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.zoom_out_action = self._action(
            "−", self.tr("Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_action = self._action(
            "+", self.tr("Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_label = QLabel()
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(" 800 % "))

        # A tool bar, so that in a narrow window what does not fit goes into its overflow menu.
        tools = QToolBar(self.tr("Preview"))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.previous_action)
        tools.addAction(self.next_action)
        tools.addWidget(self.page_spin)
        tools.addWidget(self.page_count_label)
        tools.addSeparator()
        tools.addAction(self.fit_width_action)
        tools.addAction(self.fit_page_action)
        tools.addSeparator()
        tools.addAction(self.zoom_out_action)
        tools.addWidget(self.zoom_label)
        tools.addAction(self.zoom_in_action)
        self.tools = tools

        self.print_status = QLabel()
        self.print_progress = QProgressBar()
        self.print_progress.setTextVisible(False)
        self.print_progress.setMaximumWidth(self.fontMetrics().height() * 10)
        self.cancel_print_button = QPushButton(self.tr("&Cancel printing"))
        self.cancel_print_button.clicked.connect(self.cancel_printing)
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(tools, 1)
        bar.addWidget(self.print_status)
        bar.addWidget(self.print_progress)
        bar.addWidget(self.cancel_print_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview"))
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._on_page_changed)
        self.view.zoomModeChanged.connect(lambda _mode: self._update_zoom())
        self.view.zoomFactorChanged.connect(lambda _factor: self._update_zoom())

        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setTextFormat(Qt.TextFormat.RichText)
        self.busy_progress = QProgressBar()
        self.busy_progress.setTextVisible(False)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.clicked.connect(self._retry)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.busy_label)
        waiting_layout.addWidget(self.busy_progress)
        waiting_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignCenter)
        waiting_layout.addStretch(2)
        waiting.setMaximumWidth(self.fontMetrics().height() * 30)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.addWidget(waiting)
        self.waiting_page = holder

        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.view)
        self.preview_stack.addWidget(self.waiting_page)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.preview_stack, 1)
        return panel

    def _wish(self) -> Wish:
        kind = self._kind
        changed = kind.name == "agendas" and self.changed_button.isChecked()
        return Wish(
            self._generation,
            kind.name,
            self._choice if kind.per_organisation and not changed else None,
            self._layout if kind.needs_layout else "",
            self.offset() if kind.needs_layout else (0.0, 0.0),
            self._changed if changed else None,
        )

    def _request_preview(self) -> None:
        """Prepare the chosen document unless it is shown already; one render at a time, the newest wins."""
        event = self._event
        if event is None:
            return
        if self._kind.needs_timetable and not event.meetings:
            self._wanted = None
            self._show_unplanned()
            return
        self._wanted = wish = self._wish()
        if wish.changed == ():
            self._show_nothing_changed()
            return
        if wish == self._shown and self.preview_stack.currentWidget() is self.view:
            return
        if self._renderer.is_running():
            return  # when it is done, the newest wish is rendered
        folder = self._temporary_folder()
        path = folder / f"preview-{next(self._names)}.pdf"
        self._render_job = job = next(self._jobs)
        runner = self._renderer

        def reporter(done: int, total: int) -> None:
            runner.report((job, done, total))

        self._rendering = wish
        self._rendering_source = (event, self._session.path if self._session is not None else None)
        self._busy_timer.start()

        def render() -> Path:
            if wish.changed is not None:
                only = printing.PrintOptions(only=frozenset(wish.changed))
                return printing.print_document(event, wish.kind, path, only, reporter)
            if wish.kind == "agendas":
                return exporting.write_agenda_pdf(event, path, wish.choice, reporter)
            options = printing.PrintOptions(
                only=frozenset() if wish.choice is None else frozenset({wish.choice}),
                layout=wish.layout,
                offset=wish.offset if printing.needs_layout(wish.kind) else None,
            )
            return printing.print_document(event, wish.kind, path, options, reporter)

        self._renderer.start(
            self.tr("Preparing the preview"),
            render,
            self._on_rendered,
            self._on_render_failed,
        )

    def _show_unplanned(self) -> None:
        """A document made of the timetable, for an event without one: say what to do instead."""
        self._forget_preview()
        self.busy_label.setText(
            "<h3>{}</h3><p>{}</p>".format(
                html.escape(self.tr("No timetable yet")),
                html.escape(
                    self.tr(
                        "Plan the timetable of {event} first: the {document} are made of it. The badges and "
                        "the badge alignment sheet can be printed already."
                    )
                    .replace("{event}", self._event.settings.name if self._event else "")
                    .replace("{document}", kind_title(self._kind).lower())
                ),
            )
        )
        self.busy_progress.setVisible(False)
        self.retry_button.setVisible(False)
        self.preview_stack.setCurrentWidget(self.waiting_page)
        self._update_title()

    def _show_nothing_changed(self) -> None:
        self._forget_preview()
        self.busy_label.setText(
            "<h3>{}</h3><p>{}</p>".format(
                html.escape(self.tr("Nothing changed since the last printing")),
                html.escape(
                    self.tr(
                        "Every agenda shows what was last printed, saved or exported for its organisation. "
                        "After a change of the timetable, the agendas it changes are listed here."
                    )
                ),
            )
        )
        self.busy_progress.setVisible(False)
        self.retry_button.setVisible(False)
        self.preview_stack.setCurrentWidget(self.waiting_page)
        self._update_title()

    def _temporary_folder(self) -> Path:
        if self._temporary is None:
            self._temporary = tempfile.TemporaryDirectory(
                prefix="meetgrid-preview-", ignore_cleanup_errors=True
            )
        return Path(self._temporary.name)

    @Slot(object)
    def _on_preview_progress(self, report: object) -> None:
        job, done, total = cast(tuple[int, int, int], report)
        if job == self._render_job and total > 1:
            self.busy_progress.setRange(0, total)
            self.busy_progress.setValue(done)
            text = (
                self.tr("Preparing the agendas… {done} of {total}")
                if self._kind.name == "agendas"
                else self.tr("Preparing the document… {done} of {total}")
            )
            self.busy_label.setText(text.replace("{done}", str(done)).replace("{total}", str(total)))

    @Slot()
    def _show_busy(self) -> None:
        if not self._renderer.is_running():
            return
        self.busy_label.setText(self.tr("Preparing the preview…"))
        self.busy_progress.setRange(0, 0)
        self.busy_progress.setVisible(True)
        self.retry_button.setVisible(False)
        self.preview_stack.setCurrentWidget(self.waiting_page)

    def _on_rendered(self, written: object) -> None:
        rendered, self._rendering = self._rendering, None
        self._busy_timer.stop()
        assert isinstance(written, Path)
        if rendered != self._wanted:
            remove_file(written)
            self._request_preview()
            return
        self._shown_source = self._rendering_source
        self._load(written, rendered)

    def _on_render_failed(self, message: str) -> None:
        rendered, self._rendering = self._rendering, None
        self._busy_timer.stop()
        if rendered != self._wanted:
            self._request_preview()
            return
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self._shown = None
        self.busy_label.setText(
            "<p>{}</p><p>{}</p>".format(
                html.escape(self.tr("The preview could not be prepared:")), html.escape(capitalised(message))
            )
        )
        self.busy_progress.setVisible(False)
        self.retry_button.setVisible(True)
        self.preview_stack.setCurrentWidget(self.waiting_page)
        self._update_controls()
        self.preview_failed.emit(message)

    @Slot()
    def _retry(self) -> None:
        self._shown = None
        self._request_preview()

    def _load(self, path: Path, rendered: Wish | None) -> None:
        previous = self._preview_path
        # After an edit the same document stays at the page the organiser was reading.
        same = (
            self._shown is not None
            and rendered is not None
            and (self._shown.kind, self._shown.choice) == (rendered.kind, rendered.choice)
        )
        page = self.current_page() if same else 0
        self._shown = rendered
        self.document.close()
        self.document.load(str(path))
        self._preview_path = path
        if previous is not None and previous != path:
            remove_file(previous)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_problem(self.tr("the PDF could not be read"))
            return
        self.preview_stack.setCurrentWidget(self.view)
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of {n}").replace("{n}", str(count)))
        self.go_to_page(min(page, count - 1))
        self._update_title()
        self._update_controls()
        self.preview_ready.emit()

    def _forget_preview(self) -> None:
        self.document.close()
        if self._preview_path is not None:
            remove_file(self._preview_path)
        self._preview_path = None
        self._shown = None
        self._update_controls()

    def _update_title(self) -> None:
        event = self._event
        count = self.document.pageCount()
        pages = self.tr("%n pages", "", count)
        if event is None or self._shown is None:
            self.title_label.clear()
        elif self._shown.kind != "agendas":
            title = kind_title(printing.document_kind(self._shown.kind))
            if self._shown.choice is not None and self._shown.choice in event.organisation_by_id:
                title = (
                    self.tr("{document} of {name}")
                    .replace("{document}", title)
                    .replace("{name}", event.organisation_by_id[self._shown.choice].name)
                )
            self.title_label.setText(f"{title} · {pages}")
        elif self._shown.changed is not None:
            self.title_label.setText(
                self.tr(
                    "The %n agendas changed since last printed · {pages}", "", len(self._shown.changed)
                ).replace("{pages}", pages)
            )
        elif self._choice is None:
            self.title_label.setText(
                self.tr("All %n agendas · {pages}", "", len(event.organisations)).replace("{pages}", pages)
            )
        else:
            org = event.organisation_by_id[self._choice]
            self.title_label.setText(
                self.tr("Agenda of {name} · {pages}").replace("{name}", org.name).replace("{pages}", pages)
            )

    def preview_path(self) -> Path | None:
        """The PDF shown in the preview (a temporary file)."""
        return self._preview_path if self._shown is not None else None

    def has_preview(self) -> bool:
        return self.preview_path() is not None and self.document.status() == QPdfDocument.Status.Ready

    def is_preparing(self) -> bool:
        """Whether a preview is being prepared (``preview_ready`` or ``preview_failed`` follows)."""
        return self._renderer.is_running()

    def current_page(self) -> int:
        """The page shown, from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if not count:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._on_page_changed(page)

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    @Slot(int)
    def _on_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom_to(self.effective_zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom_to(self.effective_zoom() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(high, factor)))

    def effective_zoom(self) -> float:
        """The zoom the view shows at (1.0: a page at its printed size), also when it fits the page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.document.pageCount():
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(self.current_page(), 0))
        scale = self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (size.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(width, 0.01)
        height = (viewport.height() - margins.top() - margins.bottom()) / (size.height() * scale)
        return max(min(width, height), 0.01)

    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{100 * self.effective_zoom():.0f} %")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_zoom()

    def _update_controls(self) -> None:
        ready = self.has_preview()
        printing = self._print_run is not None
        count = self.document.pageCount() if ready else 0
        page = self.current_page() if ready else 0
        self.page_spin.setEnabled(ready)
        for action in (
            self.fit_width_action,
            self.fit_page_action,
            self.zoom_in_action,
            self.zoom_out_action,
        ):
            action.setEnabled(ready)
        self.previous_action.setEnabled(ready and page > 0)
        self.next_action.setEnabled(ready and page < count - 1)
        self.print_button.setEnabled(ready and not printing)
        self.save_button.setEnabled(ready)
        self.export_button.setEnabled(self._event is not None and not self._exporter.is_running())
        self._update_zoom()

    def suggested_name(self) -> str:
        """A file name for the document shown: the organisation's agenda name, or the event's."""
        event = self._event
        kind = self._kind
        if event is None:
            return kind.filename
        if kind.name != "agendas":
            if not kind.per_organisation or self._choice is None:
                return kind.filename
            name = f"{event.organisation_by_id[self._choice].name} {kind_title(kind).lower()}"
            return agenda_filename(Organisation(0, name), set())
        if self._choice is None:
            name = self.tr("{event} agendas").replace("{event}", event.settings.name)
            return agenda_filename(Organisation(0, name), set())
        # The same name the export gives this organisation's agenda (names made unique in event order).
        return {org: path.name for org, path in agenda_paths(event, Path())}[self._choice]

    @Slot()
    def save_dialog(self) -> bool:
        """Save the previewed document where the organiser chooses."""
        source = self.preview_path()
        if source is None:
            return False
        target = self.ask_save_path(self._last_folder() / self.suggested_name())
        if target is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            exporting.save_copy(source, target)
        except MeetGridError as exc:
            self.show_error(self.tr("Cannot save the PDF"), capitalised(str(exc)))
            return False
        QSettings().setValue("print/folder", str(target.parent))
        self._record_printed()
        self.saved.emit(target)
        return True

    def _last_folder(self) -> Path:
        remembered = QSettings().value("print/folder")
        if isinstance(remembered, str) and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def ask_save_path(self, suggestion: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document as"), str(suggestion), self.tr(PDF_FILTER)
        )
        return Path(path) if path else None
