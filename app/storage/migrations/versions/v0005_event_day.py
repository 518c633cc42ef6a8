"""Format 5: what the desk records on the day.

- ``attendance``: per person, when they arrived, from when they are expected (a late arrival) and from when
  they are absent;
- ``organisation.walk_in`` and ``participant.walk_in``: registered at the desk on the day;
- ``outcome``: per pair of organisations, whether their meeting was held (who was missing), follow-up wanted,
  a rating of 1 to 5;
- ``printed``: per organisation and document, a fingerprint of what was last printed or exported for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("walk_in", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("walk_in", sa.Boolean(), nullable=False, server_default="0"))
    op.create_table(
        "attendance",
        sa.Column(
            "participant_id",
            sa.Integer(),
            sa.ForeignKey("participant.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        sa.Column("expected_from", sa.DateTime(), nullable=True),
        sa.Column("absent_from", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "outcome",
        sa.Column(
            "organisation_a_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "organisation_b_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_outcome"),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )
    op.create_index("ix_outcome_organisation_b_id", "outcome", ["organisation_b_id"])
    op.create_table(
        "printed",
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(length=20), primary_key=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
    )
