"""The post-event report: its figures from a small day whose attendance and outcomes are known, read back as
the funder reads them: the PDF's text and the workbook's cells (and its charts)."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import datetime
from pathlib import Path

import factories as f
import pypdfium2
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.documents.report_pdf import write_report_pdf
from app.domain import Attendance, Meeting, MeetingResult, Outcome
from app.services import edits, outcomes
from app.services.outcomes import ReportFiles
from app.storage import repository

AT = datetime(2026, 6, 9, 12, 45)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportFiles:
    """The delegation day with Energía Levante as a walk-in; four meetings: 1–4 and 2–5 held (5 with a
    follow-up, and 3), 3–6 not held (Yantai did not come), 1–5 with nothing recorded. Six of eight people
    came, Yantai's only person is absent, Ryfylke's is not recorded."""
    folder = tmp_path_factory.mktemp("report")
    day = f.delegation_day()
    day = dataclasses.replace(
        day,
        organisations=tuple(dataclasses.replace(o, walk_in=o.id == 7) for o in day.organisations),
        participants=tuple(dataclasses.replace(p, walk_in=p.id == 8) for p in day.participants),
    )
    with f.event_file(folder / "day.meetgrid", day) as event_file:
        edits.change_meetings(
            event_file,
            (
                Meeting(1, 1, 1, (1, 4), (1, 5)),
                Meeting(2, 1, 2, (2, 5), (3, 6)),
                Meeting(3, 2, 1, (3, 6), (4, 7)),
                Meeting(4, 2, 2, (1, 5), (2, 6)),
            ),
        )
        with event_file.transaction() as session:
            repository.write_attendance(
                session,
                [Attendance(p, arrived_at=AT) for p in (1, 2, 3, 5, 6, 8)] + [Attendance(4, absent_from=AT)],
            )
            repository.write_outcomes(
                session,
                [
                    Outcome(
                        (1, 4), MeetingResult.HELD, follow_up=True, rating=5, note="Harbour visit in May"
                    ),
                    Outcome((2, 5), MeetingResult.HELD, rating=3),
                    Outcome((3, 6), MeetingResult.NOT_HELD, missing="Yantai Offshore Tech"),
                ],
            )
        event = event_file.load()
    return outcomes.write_report(event, folder / "out")


def test_the_figures(report: ReportFiles) -> None:
    figures = report.figures
    a = figures.attendance
    assert (a.organisations, a.organisations_arrived, a.organisations_absent, a.organisations_unrecorded) == (
        7,
        5,
        1,
        1,
    )
    assert (a.people, a.people_arrived, a.people_absent, a.people_unrecorded) == (8, 6, 1, 1)
    assert (a.walk_in_organisations, a.walk_in_people) == (1, 1)
    m = figures.meetings
    assert (m.planned, m.held, m.not_held, m.unknown, m.follow_ups) == (4, 2, 1, 1, 1)
    assert figures.ratings == (0, 0, 1, 0, 1)
    assert figures.average_rating == 4.0
    groups = {t.label: (t.planned, t.held, t.not_held, t.unknown) for t in figures.by_group}
    assert groups == {"Delegation": (4, 2, 1, 1), "Host": (4, 2, 1, 1)}
    interests = {t.label: (t.planned, t.held, t.not_held, t.unknown) for t in figures.by_interest}
    assert interests == {
        "ports": (2, 1, 0, 1),
        "manufacturing": (2, 1, 0, 1),
        "offshore": (1, 0, 1, 0),
        "offshore wind": (1, 0, 1, 0),
    }
    assert [(line.first, line.second) for line in figures.follow_ups] == [
        ("Qingdao Harbour Engineering", "Sørvest Havn AS")
    ]
    assert figures.walk_ins == ("Energía Levante S.L.",)


def test_the_pdf_says_the_figures(report: ReportFiles) -> None:
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(report.pdf).pages)
    assert "5 of 7 organisations came" in text
    assert "6 of 8 people came" in text
    assert "2 of 4 meetings held (50 %)" in text
    assert "4.0 average rating, 1–5 (2 rated)" in text
    assert "Organisations 7 5 1 1 1" in text
    assert "People 8 6 1 1 1" in text
    assert "4 2 (50 %) 1 (25 %) 1 (25 %) 1" in text
    assert "Delegation 4 2 1 1 67 % 1" in text
    assert "Walk-in organisations: Energía Levante S.L." in text
    assert "2 meetings were rated, on average 4.0 of 5" in text
    assert "Follow-ups wanted (1)" in text and "Harbour visit in May" in text
    assert "Meetings not held (1)" in text and "Yantai Offshore Tech" in text
    assert "Meetings by rating" in text


def test_the_pdf_pages_render(report: ReportFiles) -> None:
    pdf = pypdfium2.PdfDocument(report.pdf)
    try:
        assert len(pdf) >= 2
        image = pdf[0].render(scale=0.5).to_pil()
        assert image.getbbox() is not None
    finally:
        pdf.close()


def test_the_workbook_holds_the_figures_and_charts(report: ReportFiles) -> None:
    workbook = load_workbook(report.xlsx)
    assert workbook.sheetnames == [
        "Summary",
        "By group",
        "By country",
        "By interest",
        "Ratings",
        "Follow-ups",
        "Meetings",
    ]
    summary = workbook["Summary"]
    assert [c.value for c in summary[5]] == ["Organisations", 7, 5, 1, 1, 1]
    assert [c.value for c in summary[6]] == ["People", 8, 6, 1, 1, 1]
    assert [c.value for c in summary[9]] == ["All meetings", 4, 2, 1, 1, 1]
    assert [c.value for c in summary[12]][:3] == ["All meetings", 2, 4.0]
    by_interest = [[c.value for c in row] for row in workbook["By interest"].iter_rows(min_row=2)]
    assert sorted(by_interest) == sorted(
        [
            ["ports", 2, 1, 0, 1, 1],
            ["manufacturing", 2, 1, 0, 1, 0],
            ["offshore", 1, 0, 1, 0, 0],
            ["offshore wind", 1, 0, 1, 0, 0],
        ]
    )
    assert [workbook["Ratings"].cell(row, 2).value for row in range(2, 7)] == [0, 0, 1, 0, 1]
    results = [row[5].value for row in workbook["Meetings"].iter_rows(min_row=2)]
    assert sorted(results) == ["held", "held", "not held", "unknown"]
    with zipfile.ZipFile(report.xlsx) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
    assert len(charts) == 4  # group, country, interest, ratings


def test_a_chinese_label_is_drawn_in_a_font_that_has_it(tmp_path: Path) -> None:
    day = f.delegation_day()
    day = dataclasses.replace(
        day,
        organisations=tuple(
            dataclasses.replace(o, interests=("港口",)) if o.id == 1 else o for o in day.organisations
        ),
        meetings=(Meeting(1, 1, 1, (1, 4)), Meeting(2, 1, 2, (2, 5))),
    )
    path = write_report_pdf(day, tmp_path / "report.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert text.count("港口") == 2  # the chart's label and the table's row
