"""A picture of the board for the sample delegation day in the middle of the afternoon, at 1920×1080.

``python -m app.ui.board.screenshot docs/screenshots/board.png``; works without a display
(``QT_QPA_PLATFORM=offscreen``). The sample event is imported and planned as ``make demo`` does.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, time
from pathlib import Path

from app.services.event_files import open_event
from app.services.planning import SolveOptions, solve_event
from app.ui.app import application
from app.ui.board.window import BoardWindow
from app.ui.screenshots import sample_event, settle

WIDTH, HEIGHT = 1920, 1080
AT = time(14, 27, 48)
"""In the fourth round of the afternoon, with coffee still to come."""


class _Fixed:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def take(target: Path, seconds: float = 8) -> Path:
    app = application()
    with tempfile.TemporaryDirectory() as scratch, open_event(sample_event(Path(scratch))) as event_file:
        event, _ = solve_event(event_file, SolveOptions(time_limit=seconds))
    day = event.settings.days[0].date
    board = BoardWindow(event, clock=_Fixed(datetime.combine(day, AT)))
    board.resize(WIDTH, HEIGHT)
    board.show()
    settle(app)
    board.tick()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not board.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    board.close()
    return target


if __name__ == "__main__":
    print(take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/board.png")))
