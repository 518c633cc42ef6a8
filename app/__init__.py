"""MeetGrid: plan and run B2B matchmaking days."""

__version__ = "0.1.0"
