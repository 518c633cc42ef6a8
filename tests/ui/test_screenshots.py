"""`make screenshots` keeps working: every page is drawn, filled with the sample event, and one page of
each printed document is pictured at the paper's proportions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from app.ui.screenshots import MAIN_PAGES, PAPER_WIDTH, SIZE, take, take_in


def test_every_page_is_pictured_at_the_window_size(tmp_path: Path) -> None:
    written = take(tmp_path)
    names = {path.stem for path in written}
    pages = {"start", "setup", "organisations", "requests", "plan", "timetable", "statistics", "print"}
    assert pages <= names
    assert {"timetable-organisation", "timetable-table", "setup-days", "requests-matrix"} <= names
    assert {"import", "import-columns", "import-check", "import-names", "import-details"} <= names
    assert {"setup-badges", "print-badges", "print-grid", "plan-agreed"} <= names
    paper = {"paper-badges", "paper-agenda-chinese", "paper-sign", "paper-grid", "paper-runsheet"}
    assert paper <= names
    for path in written:
        image = QImage(str(path))
        if path.stem.startswith("paper-"):
            a4_portrait = round(PAPER_WIDTH * 297 / 210)
            a3_landscape = round(PAPER_WIDTH * 297 / 420)
            assert image.width() == PAPER_WIDTH, path.name
            assert image.height() in {a4_portrait, a3_landscape} or path.stem == "paper-badges-card", (
                path.name
            )
            assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
            continue
        assert (image.width(), image.height()) == (SIZE.width(), SIZE.height()), path.name
        assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()


def test_the_main_pages_are_pictured_in_another_language(tmp_path: Path) -> None:
    written = take_in("zh_CN", tmp_path / "zh_CN")
    assert {path.stem for path in written} == set(MAIN_PAGES)
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (SIZE.width(), SIZE.height()), path.name
    assert QCoreApplication.translate("MainWindow", "&File") == "&File", "the window speaks English again"
