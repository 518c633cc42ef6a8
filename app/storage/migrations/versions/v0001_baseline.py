"""The first released event file format (MeetGrid 0.1): every table as ``EventFile.create`` made it.

Files from before migrations existed carry no ``alembic_version`` table; ``PRAGMA user_version = 1`` marks
them as this revision. Frozen: later changes get a revision of their own, never an edit here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("date"),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("meeting_minutes", sa.Integer(), nullable=False),
        sa.Column("pause_minutes", sa.Integer(), nullable=False),
        sa.Column("table_count", sa.Integer(), nullable=False),
        sa.Column("seats_per_table", sa.Integer(), nullable=False),
        sa.Column("max_meetings", sa.Integer(), nullable=True),
        sa.Column("across_groups_only", sa.Boolean(), nullable=False),
        sa.Column("min_meetings", sa.Integer(), nullable=True),
        sa.Column("max_in_a_row", sa.Integer(), nullable=True),
        sa.Column("custom_tables", sa.Text(), nullable=False),
        sa.Column("host_group", sa.String(length=200), nullable=False),
        sa.Column("tiers", sa.String(length=200), nullable=False),
        sa.CheckConstraint("id = 1", name="single_event"),
        sa.CheckConstraint("meeting_minutes > 0", name="meeting_positive"),
        sa.CheckConstraint("pause_minutes >= 0", name="pause_not_negative"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "interpreter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("available_from", sa.Time(), nullable=True),
        sa.Column("available_until", sa.Time(), nullable=True),
        sa.Column("away", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("local_name", sa.String(length=300), nullable=False),
        sa.Column("group_name", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("available_from", sa.Time(), nullable=True),
        sa.Column("available_until", sa.Time(), nullable=True),
        sa.Column("max_meetings", sa.Integer(), nullable=True),
        sa.Column("min_meetings", sa.Integer(), nullable=True),
        sa.Column("away", sa.Text(), nullable=False),
        sa.Column("own_table", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("start"),
    )
    op.create_table(
        "solver_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("objective", sa.Float(), nullable=True),
        sa.Column("bound", sa.Float(), nullable=True),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "venue_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "keep_apart",
        sa.Column("organisation_a_id", sa.Integer(), nullable=False),
        sa.Column("organisation_b_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_apart"),
        sa.ForeignKeyConstraint(["organisation_a_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organisation_b_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("organisation_a_id", "organisation_b_id"),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("organisation_a_id", sa.Integer(), nullable=False),
        sa.Column("organisation_b_id", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("interpreter_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_pair"),
        sa.ForeignKeyConstraint(["interpreter_id"], ["interpreter.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organisation_a_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organisation_b_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["slot_id"], ["slot.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["table_id"], ["venue_table.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organisation_a_id", "organisation_b_id"),
        sa.UniqueConstraint("slot_id", "table_id"),
    )
    op.create_index(op.f("ix_meeting_slot_id"), "meeting", ["slot_id"], unique=False)
    op.create_table(
        "meeting_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("requested_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("session", sa.String(length=16), nullable=False),
        sa.CheckConstraint("priority BETWEEN 1 AND 3", name="priority_range"),
        sa.CheckConstraint("requester_id <> requested_id", name="not_self"),
        sa.ForeignKeyConstraint(["requested_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["requester_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("requester_id", "requested_id"),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("away", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_participant_organisation_id"), "participant", ["organisation_id"], unique=False)
    op.create_table(
        "precedence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_a_id", sa.Integer(), nullable=False),
        sa.Column("first_b_id", sa.Integer(), nullable=False),
        sa.Column("then_a_id", sa.Integer(), nullable=False),
        sa.Column("then_b_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["first_a_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["first_b_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["then_a_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["then_b_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "participant_id"),
    )
