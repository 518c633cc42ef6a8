"""Every table model passes Qt's model checks with a real, planned event."""

from __future__ import annotations

import dataclasses

import factories as f
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.domain import Event
from app.scheduler import SolveOptions, build_instance, explain_unmet, solve
from app.ui.models.organisations import OrganisationsModel
from app.ui.models.timetable import TimetableModel, UnmetModel


def planned() -> Event:
    event = f.delegation_day()
    result = solve(build_instance(event), SolveOptions(time_limit=10))
    return dataclasses.replace(event, meetings=result.meetings)


def test_organisations_model(qtmodeltester: ModelTester) -> None:
    model = OrganisationsModel()
    model.set_event(planned())
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Organisation"
    assert [model.index(0, c).data() for c in (0, 1, 4)] == ["Qingdao Harbour Engineering", "青岛港湾工程", 2]


def test_timetable_model_places_each_meeting_at_its_slot_and_table(qtmodeltester: ModelTester) -> None:
    event = planned()
    model = TimetableModel()
    model.set_event(event)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (len(event.slots), len(event.tables))
    for meeting in event.meetings:
        row = [s.id for s in event.slots].index(meeting.slot_id)
        column = [t.id for t in event.tables].index(meeting.table_id)
        a, b = (event.organisation_by_id[o].name for o in meeting.organisation_ids)
        assert model.index(row, column).data() == f"{a}\n{b}"
    model.set_event(None)
    assert model.rowCount() == 0


def test_unmet_model(qtmodeltester: ModelTester) -> None:
    event = planned()
    model = UnmetModel()
    unmet = explain_unmet(build_instance(event), event.meetings)
    model.set_unmet(event, unmet)
    qtmodeltester.check(model)
    assert model.rowCount() == len(unmet)
