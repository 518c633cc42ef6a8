"""What the new-event dialog and the setup page share about the time grid: Qt times and dates to the
domain's and back, editors for them in tables, and the check that every day holds a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from app.domain import EventSettings, day_slots

Index = QModelIndex | QPersistentModelIndex

TIME_FORMAT = "HH:mm"
DATE_FORMAT = "ddd d MMM yyyy"


def qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


_DAY_FORMS = {
    QLocale.Language.Chinese: "yyyy年M月d日 dddd",
    QLocale.Language.NorwegianBokmal: "dddd d. MMMM yyyy",
    QLocale.Language.Spanish: "dddd d 'de' MMMM 'de' yyyy",
}
"""A day written in full as each language writes it (English: 'Tuesday 9 June 2026')."""


def day_name(value: date, form: str | None = None) -> str:
    """A day as the organiser reads it, in their language: 'Tuesday 9 June 2026', 'tirsdag 9. juni 2026',
    'martes 9 de junio de 2026', '2026年6月9日 星期二'."""
    locale = QLocale()
    chosen = form if form is not None else _DAY_FORMS.get(locale.language(), "dddd d MMMM yyyy")
    return locale.toString(qdate(value), chosen)


def moment(value: datetime) -> str:
    """A day and a time, short, in the organiser's language: '9 Jun 14:05', '9. juni 14:05',
    '6月9日 14:05'."""
    locale = QLocale()
    form = {
        QLocale.Language.Chinese: "M月d日 HH:mm",
        QLocale.Language.NorwegianBokmal: "d. MMM HH:mm",
    }.get(locale.language(), "d MMM HH:mm")
    return locale.toString(QDateTime(qdate(value.date()), QTime(value.hour, value.minute)), form)


def grid_problem(settings: EventSettings) -> str:
    """Why the settings cannot work ('' when they can): a break outside its day, a day on which no meeting
    fits, more meetings asked as a minimum than allowed as a maximum."""
    low, high = settings.min_meetings, settings.max_meetings
    if low is not None and high is not None and low > high:
        return (
            QCoreApplication.translate(
                "TimeGrid",
                "At least {low} meetings per organisation cannot be more than at most {high}; "
                "lower one of them.",
            )
            .replace("{low}", str(low))
            .replace("{high}", str(high))
        )
    for day in sorted(settings.days, key=lambda d: d.date):
        for pause in day.breaks:
            if pause.end <= day.start or pause.start >= day.end:
                return (
                    QCoreApplication.translate(
                        "TimeGrid",
                        "The break '{label}' {start}–{end} on {day} lies outside the day ({first}–{last}); "
                        "move it into the day or remove it.",
                    )
                    .replace("{label}", pause.label)
                    .replace("{start}", f"{pause.start:%H:%M}")
                    .replace("{end}", f"{pause.end:%H:%M}")
                    .replace("{day}", day_name(day.date))
                    .replace("{first}", f"{day.start:%H:%M}")
                    .replace("{last}", f"{day.end:%H:%M}")
                )
        if not day_slots(day, settings.meeting_minutes, settings.pause_minutes):
            return QCoreApplication.translate(
                "TimeGrid",
                "No meeting fits on {day} between the first meeting and the end of the last outside the "
                "breaks; widen the day or shorten the meetings.",
            ).replace("{day}", day_name(day.date))
    return ""


def checked_settings(build: Callable[[], EventSettings]) -> tuple[EventSettings | None, str]:
    """The settings ``build`` makes, or None and what is wrong in words for the organiser: a rule of the
    settings broken (a day that ends before it starts, a break the wrong way round) or a day without a
    meeting."""
    try:
        settings = build()
    except ValueError as exc:
        text = str(exc)
        return None, text[:1].upper() + text[1:] + "."
    problem = grid_problem(settings)
    return (None, problem) if problem else (settings, "")


class GridDelegate(QStyledItemDelegate):
    """Edits the times, dates and seat counts of a table in place, as the model's edit role gives them: a
    QTime in an HH:mm box, a QDate with a calendar, a number of seats in a spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QTime):
            editor = QTimeEdit(parent)
            editor.setDisplayFormat(TIME_FORMAT)
            return editor
        if isinstance(value, QDate):
            day = QDateEdit(parent)
            day.setDisplayFormat(DATE_FORMAT)
            day.setCalendarPopup(True)
            return day
        if isinstance(value, int):
            seats = QSpinBox(parent)
            seats.setRange(2, 999)
            return seats
        return super().createEditor(parent, option, index)
