"""The *Badges* tab of the Event setup page: the colour of each group's badges and the event's logo, both
kept in the draft until Apply like every other setting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.services import event_setup
from app.ui.setup.base import SetupBase

LOGO_PREVIEW = QSize(200, 100)


class BadgesTab(SetupBase):
    def _build_badges_tab(self) -> QWidget:
        self._badge_colours: dict[str, str] = {}
        self._logo = b""
        self.colour_buttons: dict[str, QPushButton] = {}
        self.reset_buttons: dict[str, QPushButton] = {}
        colours = QGroupBox(self.tr("Badge colour of each group"))
        self.colours_grid = QGridLayout(colours)
        self.colours_grid.setColumnStretch(3, 1)

        logo = QGroupBox(self.tr("The event's logo"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.choose_logo_button = QPushButton(self.tr("&Choose logo…"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or SVG file, printed on badges and table signs"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_layout = QGridLayout(logo)
        logo_layout.addWidget(self.logo_preview, 0, 0, 3, 1)
        logo_layout.addWidget(self.logo_note, 0, 1)
        logo_layout.addLayout(self._buttons(self.choose_logo_button, self.remove_logo_button), 1, 1)
        logo_layout.setColumnStretch(1, 1)
        logo_layout.setRowStretch(2, 1)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(colours)
        layout.addWidget(logo)
        layout.addWidget(
            self._hint(
                self.tr(
                    "The badges show each person's group in its colour, so that hosts and guests find each "
                    "other at a glance. Badges and table signs are printed on the Print page."
                )
            )
        )
        layout.addStretch(1)
        return tab

    # -- showing the draft ------------------------------------------------------------------------------

    def _load_badges(self, colours: tuple[tuple[str, str], ...], logo: bytes) -> None:
        self._badge_colours = dict(colours)
        self._logo = logo
        self._show_badges()

    def _show_badges(self) -> None:
        """One row per group of the event (and per group that has a colour chosen), and the logo."""
        event = self._event
        groups = list(event_setup.badge_groups(event)) if event is not None else []
        extra = sorted(set(self._badge_colours) - set(groups), key=str.casefold)
        groups[-1:-1] = extra  # the interpreters stay last
        if groups != list(self.colour_buttons):
            self._fill_colour_rows(groups)
        defaults = event_setup.default_badge_colours(event) if event is not None else {}
        for group, button in self.colour_buttons.items():
            chosen = self._badge_colours.get(group, "")
            button.setText(chosen or self.tr("MeetGrid's colour"))
            shown = chosen or defaults.get(group, "")
            button.setIcon(_swatch(shown) if shown else QIcon())
            self.reset_buttons[group].setEnabled(bool(chosen))
        self._show_logo()

    def _fill_colour_rows(self, groups: list[str]) -> None:
        while self.colours_grid.count():
            item = self.colours_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.colour_buttons, self.reset_buttons = {}, {}
        for row, group in enumerate(groups):
            label = QLabel(self.tr("Interpreters") if group == event_setup.INTERPRETER_GROUP else group)
            button = QPushButton()
            button.setObjectName("badge-colour")  # one per group, showing its colour: reached by Tab
            button.setAccessibleName(self.tr("Badge colour of {group}").replace("{group}", group))
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("MeetGrid's colour") * 3 // 2)
            button.clicked.connect(lambda _=False, g=group: self.choose_colour(g))
            reset = QPushButton(self.tr("Re&set"))
            reset.setToolTip(self.tr("Back to MeetGrid's colour for this group"))
            reset.clicked.connect(lambda _=False, g=group: self.reset_colour(g))
            self.colours_grid.addWidget(label, row, 0)
            self.colours_grid.addWidget(button, row, 1)
            self.colours_grid.addWidget(reset, row, 2)
            self.colour_buttons[group], self.reset_buttons[group] = button, reset
        if not groups:
            self.colours_grid.addWidget(QLabel(self.tr("The event has no groups yet.")), 0, 0)

    def _show_logo(self) -> None:
        data = self._logo
        kind = event_setup.logo_kind(data)
        self.remove_logo_button.setEnabled(bool(data))
        if not data:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_note.setText(self.tr("No logo: badges and table signs are printed without one."))
            return
        self.logo_preview.setPixmap(_thumbnail(data, kind, LOGO_PREVIEW))
        self.logo_note.setText(
            self.tr("{kind} image, {size} KB, printed on badges and table signs.")
            .replace("{kind}", kind.upper())
            .replace("{size}", f"{max(len(data) / 1024, 0.1):.1f}")
        )

    def draft_badge_colours(self) -> tuple[tuple[str, str], ...]:
        return event_setup.check_badge_colours(self._badge_colours)

    def draft_logo(self) -> bytes:
        return self._logo

    # -- editing ----------------------------------------------------------------------------------------

    @Slot()
    def choose_colour(self, group: str) -> bool:
        """Ask for the colour of ``group``'s badges; False when the organiser cancelled."""
        colour = self.ask_colour(group, self._badge_colours.get(group, ""))
        if not colour:
            return False
        try:
            self._badge_colours[group] = event_setup.check_colour(group, colour)
        except InputError as exc:
            self.show_problem(self.tr("Badge colour"), exc.message)
            return False
        self._show_badges()
        self._draft_changed()
        return True

    @Slot()
    def reset_colour(self, group: str) -> None:
        """Give ``group``'s badges MeetGrid's own colour again."""
        if self._badge_colours.pop(group, None) is not None:
            self._show_badges()
            self._draft_changed()

    @Slot()
    def choose_logo(self) -> bool:
        """Ask for a logo file and take it into the draft when it is a PNG or SVG MeetGrid can print."""
        path = self.ask_logo_path()
        if path is None:
            return False
        try:
            self._logo = event_setup.read_logo(path)
        except InputError as exc:
            self.show_problem(self.tr("This file cannot be the logo"), exc.message)
            return False
        self._show_logo()
        self._draft_changed()
        return True

    @Slot()
    def remove_logo(self) -> None:
        if self._logo:
            self._logo = b""
            self._show_logo()
            self._draft_changed()

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_colour(self, group: str, current: str) -> str | None:
        """The colour chosen for ``group`` as '#RRGGBB', or None when the organiser cancelled."""
        colour = QColorDialog.getColor(
            QColor(current or "#1F4E79"),
            self,
            self.tr("Badge colour of {group}").replace("{group}", group),
        )
        return colour.name(QColor.NameFormat.HexRgb).upper() if colour.isValid() else None

    def ask_logo_path(self) -> Path | None:
        """The logo file chosen, or None when the organiser cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the event's logo"), "", self.tr("Logos (*.png *.svg);;All files (*)")
        )
        return Path(name) if name else None

    def show_problem(self, title: str, message: str) -> None:
        """Say plainly why something chosen cannot be used."""
        text = message[:1].upper() + message[1:]
        QMessageBox.warning(self, title, text if text.endswith(".") else text + ".")


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _thumbnail(data: bytes, kind: str, box: QSize) -> QPixmap:
    """The logo scaled to fit ``box`` with its shape kept, as the badges will show it."""
    if kind == "svg":
        renderer = QSvgRenderer(QByteArray(data))
        own = renderer.defaultSize()
        size = own.scaled(box, Qt.AspectRatioMode.KeepAspectRatio) if not own.isEmpty() else box
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return QPixmap.fromImage(image)
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
