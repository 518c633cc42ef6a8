"""What came of the meetings: outcomes entered at the desk or read from a feedback workbook, the blank
feedback workbook, and the post-event report for the funder (``report.pdf`` and ``report.xlsx``).

Outcomes are kept per pair of organisations, so they stay with a meeting that a re-plan moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.documents.feedback_xlsx import meeting_key as meeting_key
from app.documents.feedback_xlsx import write_feedback_xlsx
from app.documents.report_figures import ReportFigures as ReportFigures
from app.documents.report_figures import meetings_tally as meetings_tally
from app.documents.report_figures import report_figures as report_figures
from app.documents.report_pdf import write_report_pdf
from app.documents.report_xlsx import write_report_xlsx
from app.domain import Event, MeetingResult, Outcome, Pair, pair_of
from app.errors import ExportError, InputError
from app.files import remove_unfinished
from app.reading.feedback import FeedbackReading, read_feedback
from app.storage import EventFile, repository

__all__ = [
    "FeedbackImport",
    "MeetingResult",
    "ReportFiles",
    "import_feedback",
    "meeting_key",
    "meetings_tally",
    "record_outcome",
    "report_figures",
    "write_blank_feedback",
    "write_report",
]


def record_outcome(
    event_file: EventFile,
    pair: Pair,
    *,
    result: MeetingResult = MeetingResult.UNKNOWN,
    missing: str = "",
    follow_up: bool = False,
    rating: int | None = None,
    note: str = "",
) -> Event:
    """Store what came of the meeting of ``pair`` (replacing what was recorded before) and return the event
    as now saved; refused for a pair with no meeting in the timetable or a rating outside 1-5."""
    event = event_file.load()
    pair = pair_of(*pair)
    if pair not in {m.organisation_ids for m in event.meetings}:
        raise InputError(
            "those two organisations have no meeting in the timetable; reopen the event to see it"
        )
    if rating is not None and not 1 <= rating <= 5:
        raise InputError(f"a rating is from 1 (poor) to 5 (excellent), not {rating}")
    outcome = Outcome(pair, result, " ".join(missing.split()), follow_up, rating, note.strip())
    with event_file.transaction() as session:
        repository.write_outcomes(session, [outcome])
    return event_file.load()


@dataclass(frozen=True)
class FeedbackImport:
    """A feedback workbook read into the event: what it said, which outcomes changed, the event as saved."""

    reading: FeedbackReading
    changed: tuple[Outcome, ...]
    event: Event


def import_feedback(event_file: EventFile, path: Path, *, apply: bool = True) -> FeedbackImport:
    """Read a filled feedback workbook and store what its rows say over the outcomes recorded so far (an
    empty cell keeps what was there). Raises InputError, storing nothing, for a file that is not one."""
    event = event_file.load()
    reading = read_feedback(path, event)
    known = event.outcome_by_pair
    changed: list[Outcome] = []
    for row in reading.rows:
        before = known.get(row.pair, Outcome(row.pair))
        after = row.applied_to(before)
        if after != before:
            changed.append(after)
    if apply and changed:
        with event_file.transaction() as session:
            repository.write_outcomes(session, changed)
        event = event_file.load()
    return FeedbackImport(reading, tuple(changed), event)


def write_blank_feedback(event: Event, path: Path) -> Path:
    """Write the blank feedback workbook: one row per meeting of the timetable."""
    if not event.meetings:
        raise InputError(
            "the event has no meetings yet; plan the timetable first, then write the feedback sheet"
        )
    if path.suffix.lower() != ".xlsx":
        raise InputError("the feedback workbook is written as .xlsx; give a name ending in .xlsx")
    return write_feedback_xlsx(event, path)


@dataclass(frozen=True)
class ReportFiles:
    pdf: Path
    xlsx: Path
    figures: ReportFigures


def write_report(event: Event, folder: Path) -> ReportFiles:
    """Write ``report.pdf`` and ``report.xlsx`` into ``folder`` (made if missing)."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; give a folder for the report")
    folder.mkdir(parents=True, exist_ok=True)
    remove_unfinished(folder)
    figures = report_figures(event)
    pdf = write_report_pdf(event, folder / "report.pdf", figures)
    xlsx = write_report_xlsx(event, folder / "report.xlsx", figures)
    return ReportFiles(pdf, xlsx, figures)
