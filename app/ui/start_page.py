"""The Start page: the three steps in a sentence each, the recent events, and the ways to begin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

RECENT_KEY = "recent/events"
RECENT_LIMIT = 10


def _stored_paths() -> list[str]:
    stored = QSettings().value(RECENT_KEY, [])
    if isinstance(stored, str):  # QSettings gives a one-item list back as a plain string
        return [stored]
    return [str(p) for p in stored] if isinstance(stored, list) else []


def recent_events() -> list[Path]:
    """Event files opened lately, newest first, those since moved or deleted left out."""
    return [Path(p) for p in _stored_paths() if Path(p).is_file()]


def remember_recent(path: Path) -> None:
    """Put an event file at the top of the recent list."""
    resolved = str(path.resolve())
    paths = [resolved, *(p for p in _stored_paths() if p != resolved)][:RECENT_LIMIT]
    QSettings().setValue(RECENT_KEY, paths)


class StartPage(QWidget):
    """What the window shows before an event is open, and the Start page afterwards."""

    open_requested = Signal(object)  # Path of a recent event
    import_requested = Signal()
    open_dialog_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = QLabel(
            self.tr(
                "<h1>MeetGrid</h1>"
                "<p>Plan a B2B matchmaking day in three steps:</p>"
                "<ol><li><b>Import</b> the registrations (an Excel or CSV file) into a new event.</li>"
                "<li><b>Plan</b> the timetable: who meets whom, when and at which table.</li>"
                "<li><b>Print</b> an agenda for every organisation.</li></ol>"
            )
        )
        guide.setTextFormat(Qt.TextFormat.RichText)
        guide.setWordWrap(True)

        buttons = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, signal in (
            (self.tr("&New event from registrations…"), self.import_requested),
            (self.tr("&Open an event…"), self.open_dialog_requested),
            (self.tr("&Try the sample delegation day"), self.sample_requested),
        ):
            button = QPushButton(text)
            button.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)

        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent events"))
        self.recent_list.itemActivated.connect(
            lambda item: self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(self.tr("<b>Recent events</b> (double-click to open)"))
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent_list, 1)

        columns = QHBoxLayout()
        columns.addLayout(buttons)
        columns.addSpacing(self.fontMetrics().height() * 2)
        columns.addLayout(recent, 1)

        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(guide)
        layout.addLayout(columns, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the recent events as they are now on disk."""
        self.recent_list.clear()
        events = recent_events()
        for path in events:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if not events:
            item = QListWidgetItem(self.tr("No events yet: start with your registrations or the sample."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)
