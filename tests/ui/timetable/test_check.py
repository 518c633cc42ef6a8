"""What the Timetable page counts off the GUI thread: the summary, the unmet requests and their reasons, the
rules an edit breaks, and the band of warnings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui.timetable.timetables import (
    MEETINGS,
    Opened,
    day,
    open_page,
    stored,
    stored_event,
)

from app.domain import Event
from app.scheduler.explain import Reason
from app.services import edits, reports
from app.storage import EventFile


def test_the_summary_and_unmet_requests_follow_from_the_background(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    assert page.is_checking()
    assert "counting" in page.summary_label.text()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    check = reports.check_timetable(stored(opened.path))
    summary = page.summary_label.text()
    assert f"{check.figures.idle_gaps} idle gaps" in summary
    assert f"{check.figures.table_changes} table changes" in summary
    assert f"{len(check.unmet)} requests unmet" in summary
    assert page.unmet_model.rowCount() == len(check.unmet) > 0
    assert not page.is_checking()


def test_unmet_requests_say_why_and_filter_by_reason(capped: Opened, qtbot: QtBot) -> None:
    page = capped.page
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    shown = page.unmet_filter
    reasons = {shown.index(row, 1).data(): shown.index(row, 2).data() for row in range(shown.rowCount())}
    assert (
        reasons["Maximum of meetings reached"]
        == "Qingdao Harbour Engineering already has its maximum of 1 meetings"
    )
    assert "Kept apart" in reasons
    total = shown.rowCount()
    assert page.reason_box.itemText(0) == f"All reasons ({total})"

    assert page.set_reason_filter(Reason.CAP_REACHED)
    assert page.reason_box.currentText() == "Maximum of meetings reached (2)"
    assert shown.rowCount() == 2
    assert {shown.index(row, 0).data() for row in range(2)} == {
        "Qingdao Harbour Engineering – Nordsjø Automasjon AS",
        "Qingdao Harbour Engineering – Energía Levante S.L.",
    }
    page.reason_box.setCurrentIndex(page.reason_box.findData(Reason.NOT_ALLOWED))
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == [
        "Yantai Offshore Tech – Sørvest Havn AS"
    ]
    assert not page.set_reason_filter(Reason.NO_INTERPRETER), "no request has that reason"
    page.set_reason_filter(None)
    assert shown.rowCount() == total


def test_rules_the_timetable_breaks_after_an_edit_are_named(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    assert not page.problems_label.isVisible(), "a timetable that keeps every rule shows no warning"
    assert sum(1 for m in MEETINGS if 2 in m.organisation_ids) == 2

    def limit_jinan(event_file: EventFile) -> Event:
        registrations = edits.registrations_of(event_file.load())
        organisations = tuple(
            dataclasses.replace(o, max_meetings=1) if o.id == 2 else o for o in registrations.organisations
        )
        return edits.change_registrations(
            event_file, dataclasses.replace(registrations, organisations=organisations)
        )

    with qtbot.waitSignal(page.checked, timeout=10_000):
        assert opened.session.edit("Limit Jinan", limit_jinan)
    assert page.problems_label.isVisible()
    assert "The timetable breaks" in page.problems_label.text()
    assert "Jinan Smart Works" in page.problems_label.text()


def test_warnings_show_in_a_yellow_band_once_counted(qtbot: QtBot, tmp_path: Path) -> None:
    path = stored_event(tmp_path / "one.meetgrid", day(), meetings=MEETINGS[:1])
    for opened in open_page(qtbot, path):
        page = opened.page
        with qtbot.waitSignal(page.checked, timeout=10_000):
            pass
        assert page.warnings_shown()
        text = page.warning_band.text()
        assert "organisations that asked for meetings have none: Jinan Smart Works" in text
        qtbot.wait(50)  # the layout makes room for the band's lines
        assert page.warning_band.height() > 2 * page.warning_band.fontMetrics().height()
        page.grab().save(str(tmp_path / "timetable-warnings.png"))


def test_no_band_when_there_is_nothing_to_warn_about(qtbot: QtBot, tmp_path: Path) -> None:
    event = day()
    held = {m.organisation_ids for m in MEETINGS}
    met_only = tuple(r for r in event.requests if tuple(sorted((r.requester_id, r.requested_id))) in held)
    path = stored_event(tmp_path / "all-met.meetgrid", dataclasses.replace(event, requests=met_only))
    for opened in open_page(qtbot, path):
        with qtbot.waitSignal(opened.page.checked, timeout=10_000):
            pass
        assert not opened.page.warnings_shown()
