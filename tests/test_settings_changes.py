"""Changing the event settings of a planned event: which meetings go, the backup copy kept first."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import factories as f
import pytest

from app.domain import Break, Event, Interpreter, Meeting
from app.errors import InputError
from app.services import edits, event_setup
from app.storage import EventFile
from app.storage.event_file import backups_of
from tests.factories import uncoded


def planned(tmp_path: Path) -> tuple[EventFile, Event]:
    return f.planned_day(tmp_path / "day.meetgrid")


def ids(meetings: tuple[Meeting, ...]) -> set[int]:
    return {m.id for m in meetings}


def test_settings_that_keep_every_slot_and_table_drop_nothing(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        wider = dataclasses.replace(s, days=(dataclasses.replace(s.days[0], end=time(17)),), table_count=5)
        assert event_setup.dropped_meetings(event, wider) == ()
        renamed = dataclasses.replace(s, name="Another name", venue="Elsewhere", max_meetings=3)
        assert event_setup.dropped_meetings(event, renamed) == ()
        # Longer meetings keep 13:00 but move the second slot: only the meeting at 13:25 goes.
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, meeting_minutes=30))) == {3}


def test_fewer_tables_or_a_break_drop_the_meetings_there(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, table_count=1))) == {2}
        lunch = dataclasses.replace(s.days[0], breaks=(Break(time(13, 20), time(13, 40), "Coffee"),))
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, days=(lunch,)))) == {3}
        later = dataclasses.replace(s.days[0], start=time(14))
        assert ids(event_setup.dropped_meetings(event, dataclasses.replace(s, days=(later,)))) == {1, 2, 3}


def test_the_meetings_said_to_go_are_those_the_file_loses(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        s = event.settings
        changed = dataclasses.replace(s, meeting_minutes=30, table_count=1)
        going = event_setup.dropped_meetings(event, changed)
        stored = event_setup.change_settings(event_file, changed)
        assert ids(stored.meetings) == ids(event.meetings) - ids(going) == {1}
        assert stored.settings.meeting_minutes == 30


def test_a_backup_is_kept_before_settings_remove_meetings(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        event_setup.change_settings(event_file, dataclasses.replace(event.settings, name="Renamed"))
        assert backups_of(event_file.path) == [], "nothing removed, no copy"
        event_setup.change_settings(event_file, dataclasses.replace(event.settings, table_count=1))
        (copy,) = backups_of(event_file.path)
        assert copy.name.endswith(" before settings.meetgrid")
    with EventFile.open(copy) as kept:
        assert ids(kept.load().meetings) == {1, 2, 3}, "the copy holds the event as it was"


def test_registrations_edited_with_the_settings_are_stored_together(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        interpreter = Interpreter(1, "Mei Lin", ("Chinese", "Norwegian"), time(13), time(15))
        registrations = dataclasses.replace(
            edits.registrations_of(event), apart=((2, 6),), interpreters=(interpreter,)
        )
        stored = event_setup.change_settings(
            event_file, dataclasses.replace(event.settings, across_groups_only=True), registrations
        )
        assert stored.settings.across_groups_only
        assert stored.apart == ((2, 6),)
        assert uncoded(stored.interpreters) == (interpreter,)
        assert stored.meetings == event.meetings
        back = edits.restore(event_file, event)
        assert not back.settings.across_groups_only and back.apart == () and back.interpreters == ()


def test_tables_too_few_for_the_host_group_are_named() -> None:
    event = f.delegation_day()  # four hosts, two tables
    hosts = dataclasses.replace(event.settings, host_group="Host")
    (problem,) = event_setup.table_problems(event, hosts)
    assert "the 4 organisations of group 'Host' each keep a table, but only 2 tables" in problem
    assert event_setup.table_problems(event, dataclasses.replace(hosts, table_count=4)) == ()
    assert event_setup.table_problems(event, event.settings) == ()


# -- time zone, badge colours and logo ----------------------------------------------------------------

SVG_LOGO = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    b'<rect width="40" height="20" fill="#1F4E79"/></svg>'
)


def png_logo() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (30, 12), "#C0392B").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_time_zone_is_checked_and_written_as_iana_spells_it() -> None:
    assert event_setup.check_time_zone(" asia/shanghai ") == "Asia/Shanghai"
    assert event_setup.check_time_zone("") == "", "none chosen: the computer's own"
    assert "Europe/Oslo" in event_setup.time_zone_names()
    assert event_setup.local_time_zone() in event_setup.time_zone_names()
    with pytest.raises(InputError, match=r"'Europe/Olso' is not a time zone .* like Europe/Oslo"):
        event_setup.check_time_zone("Europe/Olso")
    with pytest.raises(InputError, match="Oslo/Norway"):
        event_setup.make_settings("Day", time_zone="Oslo/Norway")
    assert event_setup.make_settings("Day", time_zone="europe/OSLO").time_zone == "Europe/Oslo"


def test_the_computers_own_zone_falls_back_to_utc_when_it_cannot_be_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unknown() -> str:
        raise LookupError("no zone configured")

    monkeypatch.setattr(event_setup.tzlocal, "get_localzone_name", unknown)
    assert event_setup.local_time_zone() == "UTC"


def test_badge_colours_are_checked_and_kept_per_group() -> None:
    settings = event_setup.make_settings(
        "Day", badge_colours={"Host": "1f4e79", "Delegation": "#c0392b", "Interpreter": "#00aa00"}
    )
    assert settings.badge_colours == (
        ("Host", "#1F4E79"),
        ("Delegation", "#C0392B"),
        ("Interpreter", "#00AA00"),
    )
    assert event_setup.badge_colour_item(" Host = #abcdef") == ("Host", "#ABCDEF")
    for bad in ("red", "#12345", "#1234567", "#GGGGGG"):
        with pytest.raises(InputError, match="like #1F4E79"):
            event_setup.make_settings("Day", badge_colours=[("Host", bad)])
    with pytest.raises(InputError, match="needs the group"):
        event_setup.check_badge_colours([("  ", "#FFFFFF")])


def test_badge_groups_are_the_organisations_groups_and_the_interpreters() -> None:
    day = f.delegation_day()
    assert event_setup.badge_groups(day) == ("Delegation", "Host", "Interpreter")
    gone = dataclasses.replace(day.settings, badge_colours=(("Press", "#000000"),))
    assert event_setup.badge_groups(dataclasses.replace(day, settings=gone)) == (
        "Delegation",
        "Host",
        "Press",
        "Interpreter",
    )


def test_a_logo_is_a_png_or_an_svg(tmp_path: Path) -> None:
    png = png_logo()
    assert event_setup.check_logo(png) == png and event_setup.logo_kind(png) == "png"
    assert event_setup.check_logo(SVG_LOGO) == SVG_LOGO and event_setup.logo_kind(SVG_LOGO) == "svg"
    assert event_setup.make_settings("Day", logo=png).logo == png
    photo = tmp_path / "logo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    with pytest.raises(InputError, match=r"logo.jpg: .*PNG or .*SVG"):
        event_setup.read_logo(photo)
    with pytest.raises(InputError, match="could not be read"):
        event_setup.read_logo(tmp_path / "missing.png")
    (tmp_path / "logo.svg").write_bytes(SVG_LOGO)
    assert event_setup.read_logo(tmp_path / "logo.svg") == SVG_LOGO
    with pytest.raises(InputError, match="PNG or an SVG"):
        event_setup.check_logo(b"<html><body>not a logo</body></html>")
    with pytest.raises(InputError, match="at most 5 MB"):
        event_setup.check_logo(png + b"\x00" * event_setup.MAX_LOGO_BYTES)


def test_time_zone_colours_and_logo_are_stored_and_dropped_nothing(tmp_path: Path) -> None:
    event_file, event = planned(tmp_path)
    with event_file:
        paper = dataclasses.replace(
            event.settings, time_zone="Europe/Oslo", badge_colours=(("Host", "#1F4E79"),), logo=SVG_LOGO
        )
        assert event_setup.dropped_meetings(event, paper) == ()
        stored = event_setup.change_settings(event_file, paper).settings
        assert (stored.time_zone, stored.badge_colours, stored.logo) == (
            "Europe/Oslo",
            (("Host", "#1F4E79"),),
            SVG_LOGO,
        )
        assert not backups_of(event_file.path), "no meeting went, so no backup copy"


def test_meetgrids_own_badge_colours_are_what_reset_goes_back_to() -> None:
    event = f.delegation_day()  # groups Delegation and Host, no interpreter yet
    assert event_setup.default_badge_colours(event) == {
        "Delegation": "#B03A2E",
        "Host": "#1F4E79",
        "Interpreter": "#6C3483",
    }
    chosen = dataclasses.replace(event.settings, badge_colours=(("Delegation", "#000000"),))
    event = dataclasses.replace(event, settings=chosen)
    assert event_setup.default_badge_colours(event)["Delegation"] == "#B03A2E", "not the organiser's own"
