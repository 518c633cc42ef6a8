"""A desk on a server event for test_server.py to kill: ``python desk_child.py URL``.

It checks person 5 in (committed), then starts a transaction that records person 2, prints a marker line in
the middle of it and waits on its standard input for the SIGKILL; should the input end instead, it leaves
at once without committing, as a crash would.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

from app.domain import Attendance
from app.services import event_day
from app.storage import repository
from app.storage.server import open_event, parse_event_url

if __name__ == "__main__":
    with open_event(parse_event_url(sys.argv[1])) as desk:
        event_day.check_in(desk, 5, datetime(2026, 6, 9, 12, 40))
        with desk.transaction() as session:
            repository.write_attendance(session, [Attendance(2, arrived_at=datetime(2026, 6, 9, 12, 41))])
            session.flush()
            print("in the middle of a write", flush=True)
            sys.stdin.readline()
            os._exit(3)
