"""The venue's time zone (Event tab) and the *Badges* tab of the Event setup page: badge colours per group and
the event's logo, kept in the draft until Apply and taken back by Undo."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file, stored

from app.services import event_setup
from app.ui.session import EventSession
from app.ui.setup.page import SetupPage

SVG_LOGO = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    b'<rect width="120" height="40" rx="8" fill="#1F4E79"/>'
    b'<circle cx="20" cy="20" r="12" fill="#F5B041"/></svg>'
)


def png_logo() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (60, 30), "#C0392B").save(buffer, format="PNG")
    return buffer.getvalue()


def recorded_problems(page: SetupPage, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    monkeypatch.setattr(page, "show_problem", lambda title, message: problems.append((title, message)))
    return problems


def test_the_time_zone_offers_every_iana_zone_and_shows_the_computers_own_by_default(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    box = page.time_zone
    assert box.isEditable() and box.currentText() == "", "the event names none"
    assert box.findText("Europe/Oslo") > 0 and box.count() == len(event_setup.time_zone_names()) + 1
    assert event_setup.local_time_zone() in box.lineEdit().placeholderText()
    assert not page.has_changes()

    box.setEditText("")
    qtbot.keyClicks(box.lineEdit(), "europe/oslo")
    assert page.has_changes() and page.apply_button.isEnabled()
    assert page.apply()
    assert stored(path).settings.time_zone == "Europe/Oslo"
    assert box.currentText() == "Europe/Oslo" and not page.has_changes()

    session.undo_stack.undo()
    page.set_event(session.current)
    assert stored(path).settings.time_zone == "" and box.currentText() == ""


def test_an_unknown_time_zone_is_named_and_cannot_be_applied(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.time_zone.setEditText("Europe/Olso")
    text = page.state_label.text()
    assert "Cannot apply yet" in text and "'Europe/Olso' is not a time zone" in text and "Europe/Oslo" in text
    assert not page.apply_button.isEnabled() and not page.apply()
    page.revert()
    assert page.time_zone.currentText() == "" and not page.has_changes()


def test_each_group_and_the_interpreters_get_a_colour_chosen_reset_and_undone(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert list(page.colour_buttons) == ["Delegation", "Host", "Interpreter"]
    assert all(b.text() == "MeetGrid's colour" for b in page.colour_buttons.values())
    assert not any(b.icon().isNull() for b in page.colour_buttons.values()), "MeetGrid's colour is shown"
    delegation = page.colour_buttons["Delegation"].icon().pixmap(16, 16).toImage()
    assert delegation.pixelColor(8, 8).name() == "#b03a2e"
    assert not any(b.isEnabled() for b in page.reset_buttons.values())

    asked: list[tuple[str, str]] = []
    answers = iter(["#c0392b", None, "#117a65"])
    monkeypatch.setattr(
        page, "ask_colour", lambda group, current: asked.append((group, current)) or next(answers)
    )
    page.colour_buttons["Delegation"].click()
    assert page.colour_buttons["Delegation"].text() == "#C0392B"
    assert page.reset_buttons["Delegation"].isEnabled() and page.has_changes()
    page.colour_buttons["Delegation"].click()  # cancelled: the colour stays
    page.colour_buttons["Interpreter"].click()
    assert asked == [("Delegation", ""), ("Delegation", "#C0392B"), ("Interpreter", "")]
    assert page.colour_buttons["Delegation"].text() == "#C0392B"
    assert page.apply()
    assert dict(stored(path).settings.badge_colours) == {"Delegation": "#C0392B", "Interpreter": "#117A65"}
    assert not page.has_changes()

    page.reset_buttons["Delegation"].click()
    assert page.colour_buttons["Delegation"].text() == "MeetGrid's colour"
    assert not page.reset_buttons["Delegation"].isEnabled()
    assert page.apply()
    assert stored(path).settings.badge_colours == (("Interpreter", "#117A65"),)

    session.undo_stack.undo()
    page.set_event(session.current)
    assert page.colour_buttons["Delegation"].text() == "#C0392B"
    session.undo_stack.undo()
    page.set_event(session.current)
    assert stored(path).settings.badge_colours == ()
    assert all(b.text() == "MeetGrid's colour" for b in page.colour_buttons.values())


def test_a_logo_is_chosen_previewed_removed_and_undone(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.logo_preview.pixmap().isNull() and not page.remove_logo_button.isEnabled()
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG_LOGO)
    monkeypatch.setattr(page, "ask_logo_path", lambda: logo)
    page.choose_logo_button.click()
    preview = page.logo_preview.pixmap()
    assert not preview.isNull() and preview.width() == 200 and preview.height() in range(65, 68)
    assert preview.toImage().pixelColor(100, 4).name().upper() == "#1F4E79", "the logo itself is drawn"
    assert "SVG image" in page.logo_note.text()
    assert stored(path).settings.logo == b"", "nothing stored before Apply"
    assert page.apply()
    assert stored(path).settings.logo == SVG_LOGO

    png = tmp_path / "logo.png"
    png.write_bytes(png_logo())
    monkeypatch.setattr(page, "ask_logo_path", lambda: png)
    page.choose_logo_button.click()
    assert "PNG image" in page.logo_note.text() and not page.logo_preview.pixmap().isNull()
    page.remove_logo_button.click()
    assert page.logo_preview.pixmap().isNull() and "No logo" in page.logo_note.text()
    assert page.apply()
    assert stored(path).settings.logo == b""
    session.undo_stack.undo()
    page.set_event(session.current)
    assert stored(path).settings.logo == SVG_LOGO and not page.logo_preview.pixmap().isNull()


def test_a_file_that_is_not_a_png_or_svg_is_refused_in_plain_words(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    problems = recorded_problems(page, monkeypatch)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    monkeypatch.setattr(page, "ask_logo_path", lambda: photo)
    assert not page.choose_logo()
    ((title, message),) = problems
    assert title == "This file cannot be the logo"
    assert "photo.jpg" in message and "PNG" in message and "SVG" in message
    assert not page.has_changes() and page.draft_logo() == b""
    monkeypatch.setattr(page, "ask_logo_path", lambda: None)
    assert not page.choose_logo() and len(problems) == 1, "cancelled: nothing said"
