"""Format 6: agreed meetings.

- ``event.agreed``: every request is a meeting both sides agreed to, and must take place;
- ``meeting_request.agreed``: this request is such a meeting (a day that mixes agreed meetings with wishes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("agreed", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("meeting_request") as batch:
        batch.add_column(sa.Column("agreed", sa.Boolean(), nullable=False, server_default="0"))
