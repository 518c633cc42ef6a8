"""Event files: one SQLite file per event, through SQLAlchemy 2."""

from app.storage.event_file import EVENT_SUFFIX, EventFile
from app.storage.schema import SCHEMA_VERSION

__all__ = ["EVENT_SUFFIX", "SCHEMA_VERSION", "EventFile"]
