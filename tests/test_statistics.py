"""The statistics page's figures, on the delegation day with a timetable laid out by hand."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import factories as f
import pytest

from app.domain import Event, Meeting, Organisation, SolverRun
from app.services.reports import Breakdown, statistics

# Slots 1-5 run from 13:00 every 25 minutes, tables 1 and 2. Organisation 7 (Energía Levante, the one
# Spanish host) is left without a meeting; Qingdao (1) and Nordsjø (5) wait through slot 2, and Nordsjø's
# one person (participant 6) moves from table 2 to table 1.
TIMETABLE = (
    Meeting(1, slot_id=1, table_id=1, organisation_ids=(1, 4), participant_ids=(1, 5)),
    Meeting(2, slot_id=1, table_id=2, organisation_ids=(2, 5), participant_ids=(3, 6)),
    Meeting(3, slot_id=2, table_id=1, organisation_ids=(3, 6), participant_ids=(4, 7)),
    Meeting(4, slot_id=3, table_id=1, organisation_ids=(1, 5), participant_ids=(2, 6)),
)


def planned() -> Event:
    return dataclasses.replace(f.delegation_day(), meetings=TIMETABLE)


def test_meetings_per_organisation_and_their_histogram() -> None:
    stats = statistics(planned())
    assert stats.planned
    assert (stats.organisations, stats.meetings) == (7, 4)
    assert dict(stats.meetings_of) == {1: 2, 2: 1, 3: 1, 4: 1, 5: 2, 6: 1, 7: 0}
    assert stats.histogram == (1, 4, 2)
    assert stats.without_meetings == ("Energía Levante S.L.",)


def test_requests_and_mutual_pairs_met() -> None:
    stats = statistics(planned())
    # 1->4, 4->1, 1->5, 2->5, 5->2, 6->3 and 3->6 are met; 7->1, 2->7 and 3->4 are not.
    assert (stats.requests_met, stats.requests) == (7, 10)
    assert (stats.mutual_pairs_met, stats.mutual_pairs) == (3, 3)


def test_idle_gaps_and_table_changes() -> None:
    figures = statistics(planned()).figures
    assert (figures.idle_gaps, figures.most_idle_gaps, figures.table_changes) == (2, 1, 1)


def test_figures_by_group() -> None:
    delegation, host = statistics(planned()).by_group
    assert delegation == Breakdown(
        name="Delegation",
        organisations=3,
        meetings=4,
        meetings_per_organisation=pytest.approx(4 / 3),
        requests=6,
        requests_met=4,
        mutual_pairs=3,
        mutual_pairs_met=3,
        without_meetings=0,
    )
    assert host == Breakdown("Host", 4, 4, 1.0, 4, 3, 3, 3, 1)


def test_figures_by_country_with_an_organisation_that_gave_none() -> None:
    event = planned()
    unnamed = Organisation(8, "Stavanger Kommune", group="Host")
    event = dataclasses.replace(event, organisations=(*event.organisations, unnamed))
    china, norway, spain, nowhere = statistics(event).by_country
    assert [row.name for row in (china, norway, spain, nowhere)] == ["China", "Norway", "Spain", ""]
    assert (china.organisations, china.meetings, china.requests_met, china.requests) == (3, 4, 4, 6)
    assert norway == Breakdown("Norway", 3, 4, pytest.approx(4 / 3), 3, 3, 3, 3, 0)
    assert spain == Breakdown("Spain", 1, 0, 0.0, 1, 0, 0, 0, 1)
    assert nowhere == Breakdown("", 1, 0, 0.0, 0, 0, 0, 0, 1)


def test_an_event_not_planned_yet() -> None:
    stats = statistics(f.delegation_day())
    assert not stats.planned
    assert stats.meetings == 0
    assert stats.histogram == (7,)
    assert len(stats.without_meetings) == 7
    assert (stats.requests_met, stats.mutual_pairs_met) == (0, 0)
    assert all(row.meetings == 0 and row.without_meetings == row.organisations for row in stats.by_group)


def test_a_plan_that_found_no_timetable_still_counts_as_planned() -> None:
    run = SolverRun("INFEASIBLE", None, None, 0.1, datetime(2026, 6, 1, 9))
    stats = statistics(dataclasses.replace(f.delegation_day(), last_run=run))
    assert stats.planned and stats.meetings == 0


def test_an_event_without_organisations() -> None:
    stats = statistics(f.event(()))
    assert stats.histogram == ()
    assert stats.by_group == stats.by_country == ()
    assert stats.without_meetings == ()
