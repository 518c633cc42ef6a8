"""The Plan page: settings the organiser chooses, the planner's progress live, and the summary after."""

from __future__ import annotations

import dataclasses
import html
from datetime import datetime
from pathlib import Path

import factories as f
from dialog_answers import Answers
from pytestqt.qtbot import QtBot

from app.domain import DEFAULT_TIERS, Meeting, SolverRun, Tier
from app.scheduler import SolveResult
from app.services import reports
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.plan_page import PlanPage
from app.ui.reasons import ReasonWords


def delegation_event(tmp_path: Path) -> Path:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    return path


def test_the_page_offers_the_usual_order_and_moves_a_tier(qtbot: QtBot) -> None:
    page = PlanPage()
    qtbot.addWidget(page)
    assert page.tiers() == DEFAULT_TIERS
    page.tiers_list.setCurrentRow(3)
    page.up_button.click()
    assert page.tiers() == (Tier.FAIRNESS, Tier.REQUESTS, Tier.IDLE_GAPS, Tier.INTERPRETING)
    page.default_button.click()
    assert page.tiers() == DEFAULT_TIERS


def test_options_follow_the_settings_chosen(qtbot: QtBot) -> None:
    page = PlanPage()
    qtbot.addWidget(page)
    page.time_limit.setValue(12)
    assert page.options().time_limit == 12 and page.options().reproducible
    page.free_running.setChecked(True)
    assert not page.options().reproducible


def test_a_new_order_is_stored_with_the_event_and_can_be_undone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = delegation_event(tmp_path)
    window.open_event(path)
    window.show_page("plan")
    page = window.plan_page
    page.set_tiers((Tier.REQUESTS, Tier.FAIRNESS, Tier.IDLE_GAPS, Tier.INTERPRETING))
    window.plan_page.time_limit.setValue(10)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        assert window.plan()
        assert not page.plan_button.isEnabled() and page.cancel_button.isEnabled()
        assert not page.tiers_list.isEnabled(), "the order cannot change while planning"
    with EventFile.open(path) as event_file:
        assert event_file.load().settings.tiers == (
            Tier.REQUESTS,
            Tier.FAIRNESS,
            Tier.IDLE_GAPS,
            Tier.INTERPRETING,
        )
    window.undo_action.trigger()  # the plan
    window.undo_action.trigger()  # the order
    with EventFile.open(path) as event_file:
        assert event_file.load().settings.tiers == DEFAULT_TIERS
    qtbot.waitUntil(lambda: page.tiers() == DEFAULT_TIERS)
    assert not answers.errors


def test_progress_is_charted_and_the_result_summarised(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.open_event(delegation_event(tmp_path))
    window.show_page("plan")
    page = window.plan_page
    assert "Not planned yet" in page.status_label.text()
    assert not page.timetable_button.isEnabled()
    with qtbot.waitSignal(window.plan_finished, timeout=60_000) as finished:
        window.plan()
        assert window.current_page() == "plan"
    result: SolveResult = finished.args[0]
    assert page.chart.report_count() > 0 or page.chart.finished_tiers(), "the planner's reports were charted"
    assert result.status == "OPTIMAL"
    assert "the best possible timetable under the rules you set" in page.status_label.text().lower()
    assert f"{len(result.meetings)} meetings" in page.detail_label.text()
    assert page.plan_button.isEnabled() and not page.cancel_button.isEnabled()
    page.timetable_button.click()
    assert window.current_page() == "timetable"


def test_a_failed_run_says_so_and_the_page_is_ready_again(window: MainWindow, tmp_path: Path) -> None:
    window.open_event(delegation_event(tmp_path))
    window.show_page("plan")
    window.plan_page.planning_started()
    window._on_plan_failed("The planner could not start.")
    assert "failed" in window.plan_page.status_label.text()
    assert window.plan_page.plan_button.isEnabled()


def test_the_organisers_order_survives_other_edits_until_undone(window: MainWindow, tmp_path: Path) -> None:
    window.open_event(delegation_event(tmp_path))
    window.show_page("plan")
    page = window.plan_page
    page.tiers_list.setCurrentRow(2)
    page.up_button.click()
    chosen = page.tiers()
    assert window.edit_organisation(4, "country", "Sweden")
    page.set_event(window.session.current)
    assert page.tiers() == chosen, "an unrelated edit keeps the order being chosen"


def test_a_timetable_changed_by_hand_is_not_called_proven(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.open_event(delegation_event(tmp_path))
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        window.plan()
    event = window.session.current
    assert event is not None
    taken = {(m.slot_id, m.table_id) for m in event.meetings}
    slot, table = next((s.id, t.id) for s in event.slots for t in event.tables if (s.id, t.id) not in taken)
    assert window.move_meeting(event.meetings[0].id, slot, table)
    qtbot.waitUntil(lambda: "Changed by hand" in window.plan_page.status_label.text())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Changed" not in window.plan_page.status_label.text())
    assert "under the rules you set" in window.plan_page.status_label.text()


def test_warnings_show_in_a_yellow_band_and_an_empty_timetable_is_not_called_good(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = PlanPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    event = f.delegation_day()
    run = SolverRun("OPTIMAL", 0.0, 0.0, 0.2, datetime(2026, 6, 9, 12))
    page.set_event(dataclasses.replace(event, last_run=run))
    assert page.warning_band.isVisible()
    band = page.warning_band.text()
    assert "No meetings were planned for the 7 requested pairs" in band
    assert "7 organisations that asked for meetings have none" in band
    assert page.status_label.text() == "No meetings planned — see the warnings above"
    assert "under the rules you set" not in page.status_label.text()
    qtbot.wait(50)  # the layout makes room for the band's lines
    assert page.warning_band.height() > 3 * page.warning_band.fontMetrics().height()
    page.grab().save(str(tmp_path / "plan-warnings.png"))

    met = dataclasses.replace(event, meetings=(Meeting(1, 1, 1, (1, 4), (1, 5)),), last_run=run)
    page.set_event(met)
    detail = page.detail_label.text()
    assert "8 requests could not be met" in detail
    for count in reports.summarise(met).unmet_by_reason:
        words = ReasonWords()
        reason, advice = words.reason(count.reason), words.advice(count.reason, count.advice)
        assert f"{reason}: {count.requests} — {html.escape(advice)}" in detail


def test_no_band_before_the_first_plan(qtbot: QtBot) -> None:
    page = PlanPage()
    qtbot.addWidget(page)
    page.show()
    page.set_event(f.delegation_day())
    assert not page.warning_band.isVisible()
    assert "Not planned yet" in page.status_label.text()
