"""Where MeetGrid finds its bundled resources (from a source tree, an installed wheel or the frozen build) and
the organiser's own settings folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding fonts, samples and other files shipped with MeetGrid."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "MeetGrid's resources folder is missing; reinstall MeetGrid (looked in: "
        + ", ".join(str(c) for c in candidates)
        + ")"
    )


def resource(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def sample_workbook() -> Path:
    """The bundled sample delegation day."""
    return resource("samples", "stavanger-delegation-day.xlsx")


def user_config_dir() -> Path:
    """The organiser's own MeetGrid settings folder (e.g. ~/.config/MeetGrid), which may not exist yet."""
    return platformdirs.user_config_path("MeetGrid", appauthor=False)
