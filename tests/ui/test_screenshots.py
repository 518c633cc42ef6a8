"""`make screenshots` keeps working: every page is drawn, filled with the sample event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.ui.screenshots import SIZE, take


def test_every_page_is_pictured_at_the_window_size(tmp_path: Path) -> None:
    written = take(tmp_path)
    names = {path.stem for path in written}
    pages = {"start", "setup", "organisations", "requests", "plan", "timetable", "statistics", "print"}
    assert pages <= names
    assert {"timetable-organisation", "timetable-table", "setup-days", "requests-matrix"} <= names
    assert {"import", "import-columns", "import-check", "import-names", "import-details"} <= names
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (SIZE.width(), SIZE.height()), path.name
        assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
