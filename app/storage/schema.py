"""Tables of an event file (SQLAlchemy 2 typed ORM). Only ``app.storage`` sees these classes.

A change here needs a migration in ``migrations/versions`` and a new ``SCHEMA_VERSION``; a test compares the
two. Every foreign key column is indexed or leads an index, because deletes cascade through them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 6
"""The event file format: bumped with every migration in ``migrations/versions`` (revision ``"0002"`` is 2).

Stored in the file as ``PRAGMA user_version`` (which MeetGrid 0.1, before migrations, already checks), in
``meta`` and as the Alembic revision.
"""


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """The single row of event-wide settings."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_event"),
        CheckConstraint("meeting_minutes > 0", name="meeting_positive"),
        CheckConstraint("pause_minutes >= 0", name="pause_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    meeting_minutes: Mapped[int] = mapped_column(Integer)
    pause_minutes: Mapped[int] = mapped_column(Integer)
    table_count: Mapped[int] = mapped_column(Integer)
    seats_per_table: Mapped[int] = mapped_column(Integer)
    max_meetings: Mapped[int | None] = mapped_column(Integer)
    across_groups_only: Mapped[bool] = mapped_column(Boolean, default=False)
    min_meetings: Mapped[int | None] = mapped_column(Integer)
    max_in_a_row: Mapped[int | None] = mapped_column(Integer)
    custom_tables: Mapped[str] = mapped_column(Text, default="")
    """JSON list of [name, seats] when the tables differ from each other; empty otherwise."""
    host_group: Mapped[str] = mapped_column(String(200), default="")
    tiers: Mapped[str] = mapped_column(String(200), default="fairness,requests,interpreting,gaps")
    """The objective's tiers, most important first, comma-separated."""
    interpreting: Mapped[str] = mapped_column(String(20), default="preferred", server_default="preferred")
    """'preferred' or 'required': whether a meeting without a shared language must have an interpreter."""
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    badge_colours: Mapped[str] = mapped_column(Text, default="", server_default="")
    """JSON object of badge band colours by group ({"Delegation": "#C0392B"})."""
    badge_offsets: Mapped[str] = mapped_column(Text, default="", server_default="")
    """JSON object of printer offsets in mm by badge layout ({"a4-2x5-80x50": [1.5, -0.5]})."""
    logo: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default="")
    """The event's logo file (PNG or SVG) as chosen, kept in the event so it travels with it."""
    agreed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Agreed meetings: every request must take place."""


class DayRow(Base):
    __tablename__ = "day"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, unique=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    breaks: Mapped[list[BreakRow]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="BreakRow.start"
    )


class BreakRow(Base):
    __tablename__ = "break"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"), index=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    label: Mapped[str] = mapped_column(String(100), default="Break")
    day: Mapped[DayRow] = relationship(back_populates="breaks")


class SlotRow(Base):
    """A meeting slot, materialised from the day settings so meetings can refer to it."""

    __tablename__ = "slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[datetime] = mapped_column(DateTime, unique=True)
    end: Mapped[datetime] = mapped_column(DateTime)


class TableRow(Base):
    __tablename__ = "venue_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    seats: Mapped[int] = mapped_column(Integer)


class OrganisationRow(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    local_name: Mapped[str] = mapped_column(String(300), default="")
    group: Mapped[str] = mapped_column("group_name", String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")
    available_from: Mapped[time | None] = mapped_column(Time)
    available_until: Mapped[time | None] = mapped_column(Time)
    max_meetings: Mapped[int | None] = mapped_column(Integer)
    min_meetings: Mapped[int | None] = mapped_column(Integer)
    away: Mapped[str] = mapped_column(Text, default="")
    """Periods written like '10:00-11:00; 14:00-14:30'."""
    own_table: Mapped[str] = mapped_column(String(100), default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    participants: Mapped[list[ParticipantRow]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="ParticipantRow.id"
    )


class ParticipantRow(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(Text, default="")
    away: Mapped[str] = mapped_column(Text, default="")
    local_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    """The check-in code; unique in the event, interpreters' included (the repository sees to that)."""
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    organisation: Mapped[OrganisationRow] = relationship(back_populates="participants")


class RequestRow(Base):
    __tablename__ = "meeting_request"
    __table_args__ = (
        UniqueConstraint("requester_id", "requested_id"),
        CheckConstraint("requester_id <> requested_id", name="not_self"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    requested_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    priority: Mapped[int] = mapped_column(Integer, default=2)
    session: Mapped[str] = mapped_column(String(16), default="")
    agreed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ApartRow(Base):
    """A pair the organiser never wants to meet."""

    __tablename__ = "keep_apart"
    __table_args__ = (CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_apart"),)

    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class InterpreterRow(Base):
    __tablename__ = "interpreter"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    languages: Mapped[str] = mapped_column(Text, default="")
    available_from: Mapped[time | None] = mapped_column(Time)
    available_until: Mapped[time | None] = mapped_column(Time)
    away: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[str | None] = mapped_column(String(12), unique=True)


class PrecedenceRow(Base):
    """Meeting (first_a, first_b) comes before meeting (then_a, then_b) when both take place."""

    __tablename__ = "precedence"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_a_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    first_b_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    then_a_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    then_b_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)


meeting_participant = Table(
    "meeting_participant",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class MeetingRow(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("organisation_a_id", "organisation_b_id"),
        UniqueConstraint("slot_id", "table_id"),
        CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"), index=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("venue_table.id", ondelete="CASCADE"), index=True)
    organisation_a_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_id: Mapped[int | None] = mapped_column(
        ForeignKey("interpreter.id", ondelete="SET NULL"), index=True
    )
    participants: Mapped[list[ParticipantRow]] = relationship(
        secondary=meeting_participant, order_by="ParticipantRow.id"
    )


class SolverRunRow(Base):
    __tablename__ = "solver_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    objective: Mapped[float | None] = mapped_column(Float)
    bound: Mapped[float | None] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float)
    finished_at: Mapped[datetime] = mapped_column(DateTime)


class AttendanceRow(Base):
    """What the desk recorded of one person on the day (kept apart from the registrations, which an import
    rewrites)."""

    __tablename__ = "attendance"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    expected_from: Mapped[datetime | None] = mapped_column(DateTime)
    absent_from: Mapped[datetime | None] = mapped_column(DateTime)


class OutcomeRow(Base):
    """What came of the meeting of two organisations (kept by pair: a re-plan gives meetings new ids)."""

    __tablename__ = "outcome"
    __table_args__ = (
        CheckConstraint("organisation_a_id < organisation_b_id", name="ordered_outcome"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )

    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    result: Mapped[str] = mapped_column(String(20), default="")
    missing: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    rating: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class PrintedRow(Base):
    """A document printed or exported for an organisation, with a fingerprint of its content then: the
    desk reprints only what changed since."""

    __tablename__ = "printed"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(DateTime)
