"""Format 3: whether a meeting without a shared language must have an interpreter (``event.interpreting``),
and interpreters on such meetings as a goal of the timetable (the tier ``interpreting``).

Files made before it planned such meetings only with an interpreter; they open as the new default,
``preferred`` (planned anyway, an interpreter named where one can be), with the new tier ranked right
after the requests, as a new event has it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("interpreting", sa.String(length=20), nullable=False, server_default="preferred")
        )
    connection = op.get_bind()
    for row_id, tiers in connection.execute(sa.text("SELECT id, tiers FROM event")).all():
        names = [t.strip() for t in tiers.split(",") if t.strip()]
        if "interpreting" in names or "requests" not in names:
            continue
        names.insert(names.index("requests") + 1, "interpreting")
        connection.execute(
            sa.text("UPDATE event SET tiers = :tiers WHERE id = :id"),
            {"tiers": ",".join(names), "id": row_id},
        )
