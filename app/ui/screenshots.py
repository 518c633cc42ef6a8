"""Pictures of every page of the window, filled with the sample event, for the README and for review.

Run with ``make screenshots`` (or ``python -m app.ui.screenshots FOLDER``); it works without a display
(``QT_QPA_PLATFORM=offscreen``). The sample event is imported and planned live in the window, so the
pictures show what an organiser sees, the planner's progress chart included.
"""

from __future__ import annotations

import collections
import functools
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import Break, Event
from app.paths import resource, sample_workbook
from app.services import event_setup, importing, printing
from app.services.printing import PrintOptions
from app.ui import languages
from app.ui.app import application
from app.ui.import_wizard.common import CHECK, COLUMNS, DETAILS, NAMES, SHEETS
from app.ui.import_wizard.wizard import ImportWizard
from app.ui.main_window import MainWindow

SIZE = QSize(1280, 800)
PLAN_SECONDS = 8


def sample_event(folder: Path) -> Path:
    """The sample delegation day as ``make demo`` sets it up, not yet planned."""
    imported = importing.import_workbook(sample_workbook())
    settings = event_setup.make_settings(
        "Shandong–Rogaland B2B day",
        venue="Innovation Park, Stavanger",
        day=date(2026, 6, 9),
        start=time(13),
        end=time(17),
        breaks=[Break(time(15), time(15, 15), "Coffee")],
        tables=12,
    )
    path = folder / "stavanger-delegation-day.meetgrid"
    importing.create_event(path, settings, imported, replace=True).close()
    return path


def settle(app: QApplication, ms: int = 150) -> None:
    """Let queued refreshes and repaints run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


def form_export_with_slips(folder: Path) -> Path:
    """The sample registration-form export with two wished-for names mistyped, as people do, so that the
    wizard asks about them."""
    book = load_workbook(resource("samples", "stavanger-form-export.xlsx"))
    sheet = book.active
    assert sheet is not None
    slips = {
        "Haugaland Logistikk AS": "Haugeland Logistik AS",
        "Forus Digital Energi AS": "Forus Digitale Energi",
    }
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                for name, slip in slips.items():
                    cell.value = cell.value.replace(name, slip) if "\n" in cell.value else cell.value
    target = folder / "stavanger-form-export.xlsx"
    book.save(target)
    return target


def import_steps(app: QApplication, window: MainWindow, folder: Path, scratch: Path) -> list[Path]:
    """The import wizard on the sample registration-form export, a picture of each of its steps."""
    wizards: list[ImportWizard] = []

    def show(wizard: ImportWizard) -> bool:
        wizards.append(wizard)
        wizard.resize(SIZE)
        wizard.show()
        return False

    window.run_import = show  # type: ignore[method-assign]
    window.show_page("import")
    settle(app)
    written = [folder / "import.png"]
    save(window, written[0])
    window.new_event_from_workbook(form_export_with_slips(scratch))
    wizard = wizards[0]
    while wizard.is_reading():
        loop = QEventLoop()
        wizard.examined.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
    names = {SHEETS: "sheets", COLUMNS: "columns", CHECK: "check", NAMES: "names", DETAILS: "details"}
    while True:
        settle(app)
        step = wizard.currentId()
        if step in names:
            target = folder / f"import-{names[step]}.png"
            save(wizard, target)
            written.append(target)
        if step == wizard.last_page:
            break
        wizard.next()
        if wizard.currentId() == step:
            break
    wizard.reject()
    settle(app)
    return written


PRINTED = ("badges", "signs", "runsheets", "grid", "alignment")
"""The documents of the Print page pictured beside the agendas (``print-badges.png``, ...)."""


def print_documents(app: QApplication, window: MainWindow, folder: Path) -> list[Path]:
    """The Print page with each document of the day previewed."""
    page = window.print_page
    written = []
    for kind in PRINTED:
        ready = QEventLoop()
        page.preview_ready.connect(ready.quit)
        page.preview_failed.connect(ready.quit)
        QTimer.singleShot(30_000, ready.quit)
        page.choose_kind(kind)
        ready.exec()
        page.preview_ready.disconnect(ready.quit)
        page.preview_failed.disconnect(ready.quit)
        page.fit_page()
        settle(app, 600)  # the view draws its pages in the background
        target = folder / f"print-{kind}.png"
        save(window, target)
        written.append(target)
    page.choose_kind("agendas")
    return written


PAPER_WIDTH = 1100
"""Pixels across a picture of a printed page (about 130 dpi on A4)."""


def paper_pictures(event: Event, folder: Path, scratch: Path) -> list[Path]:
    """One page of each printed document as a picture (``paper-badges.png``, ...): the documents as the
    command line writes them, drawn by Qt's PDF renderer."""
    hosts = [o for o in event.organisations if o.group.casefold() == "host"]
    pages: list[tuple[str, str, PrintOptions, int]] = [
        ("agenda-chinese", "agendas", PrintOptions(only=frozenset({event.organisations[0].id})), 0),
        (
            "agenda-norwegian",
            "agendas",
            PrintOptions(only=frozenset({hosts[0].id})) if hosts else PrintOptions(),
            0,
        ),
        ("badges", "badges", PrintOptions(), 0),
        ("badges-card", "badges", PrintOptions(layout="cr80-card"), 0),
        ("sign", "signs", PrintOptions(), 0),
        ("sign-runsheet", "signs", PrintOptions(), len(event.tables)),
        ("runsheet", "runsheets", PrintOptions(), 0),
        ("grid", "grid", PrintOptions(), 0),
        ("alignment", "alignment", PrintOptions(), 0),
    ]
    written = []
    for name, kind, options, page in pages:
        pdf = printing.print_document(event, kind, scratch / f"{name}.pdf", options)
        document = QPdfDocument()
        document.load(str(pdf))
        size = document.pagePointSize(min(page, document.pageCount() - 1))
        height = round(PAPER_WIDTH * size.height() / size.width())
        image = document.render(min(page, document.pageCount() - 1), QSize(PAPER_WIDTH, height))
        target = folder / f"paper-{name}.png"
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
        document.close()
    return written


def checkin_desk(window: MainWindow) -> None:
    """The Check-in page at 12:50 on the day: a few people checked in, the last one's next meeting shown, a
    search under way."""
    event, desk = window.session.current, window.checkin_page
    assert event is not None
    desk.now = lambda: datetime.combine(event.settings.days[0].date, time(12, 50))
    window.show_page("checkin")
    for person in (*event.participants[1:9], event.participants[0]):
        desk.check_in(person)
    desk.search.setText("zh")


def take(folder: Path) -> list[Path]:
    """Render every page to ``folder``; returns the pictures written."""
    app = application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        # Pictures the same on every machine: no remembered layout, no recent events of the one taking them.
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.NativeFormat, scope, scratch)
        QSettings().clear()
        window = MainWindow()
        window.resize(SIZE)
        window.show()

        def shot(name: str, prepare: Callable[[], object] | None = None) -> None:
            if prepare is not None:
                prepare()
            settle(app)
            target = folder / f"{name}.png"
            save(window, target)
            written.append(target)

        shot("start")
        written += import_steps(app, window, folder, Path(scratch))
        window.open_event(sample_event(Path(scratch)))
        window.plan_page.time_limit.setValue(PLAN_SECONDS)
        finished = QEventLoop()
        window.plan_finished.connect(finished.quit)
        window.plan()
        finished.exec()
        shot("plan", lambda: window.show_page("plan"))
        checkin_desk(window)
        for key in window.page_keys():
            if key not in ("start", "plan", "print", "import"):
                shot(key, functools.partial(window.show_page, key))
        event = window.session.current
        assert event is not None
        setup = window.setup_page
        window.show_page("setup")
        for index, name in enumerate(("event", "days", "tables", "who", "interpreters", "badges")):
            if index:
                shot(f"setup-{name}", functools.partial(setup.tabs.setCurrentIndex, index))
        setup.tabs.setCurrentIndex(0)
        requests = window.requests_page
        window.show_page("requests")
        for index, name in ((1, "matrix"), (2, "suggestions")):
            shot(f"requests-{name}", functools.partial(requests.tabs.setCurrentIndex, index))
            settle(app, 600)  # suggestions are worked out in the background on large events
        requests.tabs.setCurrentIndex(0)
        timetable = window.timetable_page
        window.show_page("timetable")
        held = collections.Counter(org for m in event.meetings for org in m.organisation_ids)
        busiest = max(event.organisations, key=lambda org: held[org.id])
        shot("timetable-organisation", lambda: timetable.show_organisation(busiest.id))
        shot("timetable-table", lambda: timetable.show_table(event.tables[0].id))
        if event.interpreters:
            shot("timetable-interpreter", lambda: timetable.show_interpreter(event.interpreters[0].id))
        timetable.show_view(timetable.GRID)
        window.show_page("print")
        ready = QEventLoop()
        window.print_page.preview_ready.connect(ready.quit)
        QTimer.singleShot(20_000, ready.quit)
        window.print_page.choose(busiest.id)
        ready.exec()
        shot("print")
        written += print_documents(app, window, folder)
        # Every request agreed: the sample's wishes are more than two organisations can hold, and the
        # Plan page says which (the dialog saying the same is left out of the picture).
        window.show_error = lambda title, message: None  # type: ignore[method-assign]
        window.show_page("plan")
        window.plan_page.agreed.setChecked(True)
        window.plan()
        finished.exec()
        shot("plan-agreed")
        window.close()
        written += paper_pictures(event, folder, Path(scratch))
    return written


MAIN_PAGES: tuple[str, ...] = ("start", "setup", "organisations", "requests", "plan", "timetable")
MAIN_PAGES += ("statistics", "checkin", "outcomes", "print")
"""The pages drawn in each language (``take_in``)."""


def take_in(language: str, folder: Path) -> list[Path]:
    """The main pages, planned and with people checked in, in ``language`` (``languages.LANGUAGES``)."""
    app = application()
    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.NativeFormat, scope, scratch)
        QSettings().clear()
        languages.install(language)
        try:
            window = MainWindow()
            window.resize(SIZE)
            window.show()
            window.open_event(sample_event(Path(scratch)))
            window.plan_page.time_limit.setValue(PLAN_SECONDS)
            finished = QEventLoop()
            window.plan_finished.connect(finished.quit)
            window.plan()
            finished.exec()
            checkin_desk(window)
            for key in MAIN_PAGES:
                window.show_page(key)
                settle(app, 600 if key == "print" else 150)
                target = folder / f"{key}.png"
                save(window, target)
                written.append(target)
            window.close()
        finally:
            languages.install("en")
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("docs/screenshots")
    take(folder)
    for language in languages.LANGUAGES:
        if language != "en":
            take_in(language, folder / language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
