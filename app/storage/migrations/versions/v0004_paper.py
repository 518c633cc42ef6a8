"""Format 4: what the paper of the day needs.

- every participant and interpreter gets a check-in code (printed on the badge, scanned at the desk),
  unique in the event; files made before it get theirs here;
- a participant's name in their own script (``participant.local_name``);
- the venue's time zone for calendar files, the badge band colours by group, the printer offsets by badge
  layout and the event's logo (``event.time_zone``, ``badge_colours``, ``badge_offsets``, ``logo``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.codes import new_code

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("badge_colours", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("badge_offsets", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("logo", sa.LargeBinary(), nullable=False, server_default=""))
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("local_name", sa.String(length=300), nullable=False, server_default=""))
        batch.add_column(sa.Column("code", sa.String(length=12), nullable=True))
        batch.create_unique_constraint("uq_participant_code", ["code"])
    with op.batch_alter_table("interpreter") as batch:
        batch.add_column(sa.Column("code", sa.String(length=12), nullable=True))
        batch.create_unique_constraint("uq_interpreter_code", ["code"])
    connection = op.get_bind()
    taken: set[str] = set()
    for table in ("participant", "interpreter"):
        for (row_id,) in connection.execute(sa.text(f"SELECT id FROM {table} ORDER BY id")).all():
            code = new_code(taken)
            taken.add(code)
            connection.execute(
                sa.text(f"UPDATE {table} SET code = :code WHERE id = :id"), {"code": code, "id": row_id}
            )
