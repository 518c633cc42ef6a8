"""The board for the hall (View ▸ Board, ``meetgrid board``): clock, running round, next round by table."""

from app.ui.board.window import BoardWindow, run_board

__all__ = ["BoardWindow", "run_board"]
