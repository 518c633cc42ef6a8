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


def test_an_edit_updates_the_cells_that_changed_without_a_reset(qtmodeltester: ModelTester) -> None:
    from PySide6.QtTest import QSignalSpy

    from app.services import edits

    event = planned()
    model = TimetableModel()
    model.set_event(event)
    qtmodeltester.check(model)
    resets, changes = QSignalSpy(model.modelReset), QSignalSpy(model.dataChanged)
    meeting = event.meetings[0]
    taken = {(m.slot_id, m.table_id) for m in event.meetings}
    slot, table = next((s.id, t.id) for s in event.slots for t in event.tables if (s.id, t.id) not in taken)
    moved = dataclasses.replace(event, meetings=edits.moved(event, meeting.id, slot, table))
    model.set_event(moved)
    assert resets.count() == 0 and changes.count() == 2, "the cell left and the cell taken"
    row, column = [s.id for s in event.slots].index(slot), [t.id for t in event.tables].index(table)
    assert model.meeting_at(row, column) == dataclasses.replace(meeting, slot_id=slot, table_id=table)
    assert model.index_of(meeting.id) == model.index(row, column)
    # A renamed organisation changes the words of its cells: the grid is shown afresh.
    renamed = dataclasses.replace(
        moved,
        organisations=tuple(dataclasses.replace(o, name=o.name + " AS") for o in moved.organisations),
    )
    model.set_event(renamed)
    assert resets.count() == 1 and model.index(row, column).data().split("\n")[0].endswith(" AS")


def test_an_organisation_edited_updates_its_row_without_a_reset(qtmodeltester: ModelTester) -> None:
    from PySide6.QtTest import QSignalSpy

    event = planned()
    model = OrganisationsModel()
    model.set_event(event)
    resets, changes = QSignalSpy(model.modelReset), QSignalSpy(model.dataChanged)
    org = event.organisations[2]
    edited = dataclasses.replace(
        event,
        organisations=tuple(
            dataclasses.replace(o, country="Noruega") if o is org else o for o in event.organisations
        ),
    )
    model.set_event(edited)
    qtmodeltester.check(model)
    assert resets.count() == 0 and changes.count() == 1
    assert model.index(2, 3).data() == "Noruega"
    fewer = dataclasses.replace(edited, organisations=edited.organisations[1:])
    model.set_event(fewer)
    assert resets.count() == 1 and model.rowCount() == len(event.organisations) - 1


def test_a_wish_added_updates_the_two_organisations_counts_without_a_reset() -> None:
    from PySide6.QtTest import QSignalSpy

    from app.domain import MeetingRequest
    from app.domain.wishes import wishes_by_organisation
    from app.ui.models.requests import OrganisationListModel

    event = planned()
    model = OrganisationListModel()
    model.set_event(event, wishes_by_organisation(event))
    resets, changes = QSignalSpy(model.modelReset), QSignalSpy(model.dataChanged)
    wished = dataclasses.replace(event, requests=(*event.requests, MeetingRequest(3, 7)))
    model.set_event(wished, wishes_by_organisation(wished))
    assert resets.count() == 0 and changes.count() == 2, "the one who wishes and the one wished for"
    rows = {org.id: row for row, org in enumerate(event.organisations)}
    before = wishes_by_organisation(event)
    assert model.index(rows[3], 2).data() == len(before[3].made) + 1
    assert model.index(rows[7], 3).data() == len(before[7].received) + 1
