"""The *Who meets whom* tab of the Event setup page: pairs of organisations kept apart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file, stored

from app.ui.session import EventSession


def test_a_pair_is_kept_apart_and_let_meet_again(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    names = page.organisation_names.stringList()
    assert "Qingdao Harbour Engineering (青岛港湾工程)" in names and len(names) == 7
    completer = page.first_org.completer()
    completer.setCompletionPrefix("harbour")
    assert completer.currentCompletion() == "Qingdao Harbour Engineering (青岛港湾工程)"

    page.first_org.setText("Qingdao Harbour Engineering (青岛港湾工程)")
    page.second_org.setText("sørvest havn as")
    assert page.add_apart_pair()
    assert "They meet at 13:00 in the current timetable" in page.apart_note.text()
    assert page.apart_model.rows() == [(1, 4)]
    assert page.apart_model.index(0, 1).data() == "Sørvest Havn AS"
    assert page.first_org.text() == "" and page.second_org.text() == ""
    page.first_org.setText("Jinan Smart Works")
    page.second_org.setText("Nobody AS")
    assert not page.add_apart_pair()
    assert "No organisation is called “Nobody AS”" in page.apart_note.text()
    page.second_org.setText("Jinan Smart Works")
    assert not page.add_apart_pair()
    page.first_org.setText("Sørvest Havn AS")
    page.second_org.setText("Qingdao Harbour Engineering")
    assert not page.add_apart_pair(), "kept apart already"

    assert page.apply()
    assert stored(path).apart == ((1, 4),)
    assert len(stored(path).meetings) == 3, "the meeting stays until the next plan"
    page.apart_view.selectRow(0)
    page.remove_apart_pairs()
    assert page.apply()
    assert stored(path).apart == ()
