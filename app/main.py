"""The ``meetgrid`` launcher: the window without arguments or with one event file, else the command line."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from app import cli
from app.domain import Event
from app.services.event_files import EVENT_SUFFIX


def open_board(path: Path, event: Event) -> int:
    """The board window for ``meetgrid board``: Qt is loaded only now."""
    try:
        from app.ui.board import run_board
    except ImportError as exc:
        print(f"error: the MeetGrid board cannot start here ({exc})", file=sys.stderr)
        return cli.EXIT_FAILED
    return run_board(path, event)


def main(argv: Sequence[str] | None = None) -> int:
    # The frozen build starts solver child processes by running itself; this lets them do their work.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    opens_event = len(args) == 1 and args[0].endswith(EVENT_SUFFIX)
    if opens_event and not Path(args[0]).is_file():
        print(f"error: {args[0]}: does not exist; check the file name and folder", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    if not args or opens_event:
        try:
            from app.ui.app import run_window
        except ImportError as exc:
            print(
                f"error: the MeetGrid window cannot start here ({exc}); the command line still works, "
                "see 'meetgrid --help'",
                file=sys.stderr,
            )
            return cli.EXIT_FAILED
        return run_window(Path(args[0]) if opens_event else None)
    return cli.main(args, open_board=open_board)
