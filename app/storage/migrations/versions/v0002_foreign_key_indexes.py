"""Format 2: an index on every foreign key a delete cascades through.

Without them, deleting the organisations of an event (a re-import) scans the requests, meetings and their
people once per organisation: 0.34 s for 1,000 organisations and 6,000 requests, growing with the square
of the event; 0.035 s with them.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INDEXES = (
    ("break", "day_id"),
    ("keep_apart", "organisation_b_id"),
    ("meeting", "interpreter_id"),
    ("meeting", "organisation_b_id"),
    ("meeting", "table_id"),
    ("meeting_participant", "participant_id"),
    ("meeting_request", "requested_id"),
    ("precedence", "first_a_id"),
    ("precedence", "first_b_id"),
    ("precedence", "then_a_id"),
    ("precedence", "then_b_id"),
)


def upgrade() -> None:
    for table, column in _INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
