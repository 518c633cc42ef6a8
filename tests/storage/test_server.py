"""Events on a real PostgreSQL server: shared from a file and fetched back whole, named, refused clearly."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import factories as f
import psycopg
import pytest

from app.cli import main
from app.domain import Event, Meeting
from app.errors import ConflictError, EventFileError
from app.services import edits, event_day, event_setup
from app.storage import EventFile
from app.storage.server import (
    EventURL,
    events_on,
    fetch,
    is_event_url,
    open_event,
    parse_event_url,
    resolve,
    server_backups_folder,
    share,
    share_name,
)


def planned(path: Path) -> EventFile:
    """The planned delegation day with one person checked in: every kind of row a desk writes."""
    file, event = f.planned_day(path)
    event_day.check_in(file, event.participants[0].id, datetime(2026, 6, 9, 12, 50), event)
    return file


def test_an_event_shared_and_fetched_back_is_the_same_event(tmp_path: Path, server_url: str) -> None:
    with planned(tmp_path / "Stavanger 2026.meetgrid") as file:
        given = file.load()
    where = share(tmp_path / "Stavanger 2026.meetgrid", parse_event_url(server_url))
    assert where.event == "test-day", "named after the event's own name (the factories' 'Test day')"
    assert events_on(parse_event_url(server_url)) == ["test-day"]
    back = fetch(parse_event_url(server_url), tmp_path / "back.meetgrid")
    with EventFile.open(back) as file:
        fetched = file.load()
        assert fetched == given
        assert fetched.meetings and fetched.attendance_of(given.participants[0].id).arrived_at
        # The fetched file is an ordinary event file: a desk works on in it.
        later = event_day.check_in(file, given.participants[1].id, datetime(2026, 6, 9, 12, 55))
    assert later.attendance_of(given.participants[1].id).arrived_at is not None


def test_the_server_keeps_each_event_in_a_schema_of_its_name_with_its_format(
    tmp_path: Path, server_url: str
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    share(tmp_path / "day.meetgrid", parse_event_url(server_url + "?event=valencia-chengdu"))
    share(tmp_path / "day.meetgrid", parse_event_url(server_url + "?event=stavanger"))
    url = parse_event_url(server_url)
    assert events_on(url) == ["stavanger", "valencia-chengdu"]
    dsn = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        version = connection.execute("SELECT version_num FROM stavanger.alembic_version").fetchone()
        meetings = connection.execute('SELECT count(*) FROM "valencia-chengdu".meeting').fetchone()
        # Keys copied as they were; a row added on the server later gets the next one.
        highest = connection.execute("SELECT max(id) FROM stavanger.meeting").fetchone()
        following = connection.execute(
            "SELECT nextval(pg_get_serial_sequence('stavanger.meeting', 'id'))"
        ).fetchone()
    with EventFile.open(tmp_path / "day.meetgrid") as file, file.connection() as source:
        revision = source.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    assert version == (revision,)
    assert meetings == (3,)
    assert highest is not None and following == (highest[0] + 1,)


def test_sharing_over_an_event_of_the_same_name_is_refused_unless_replace(
    tmp_path: Path, server_url: str
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    url = parse_event_url(server_url + "?event=day")
    share(tmp_path / "day.meetgrid", url)
    with EventFile.open(tmp_path / "day.meetgrid") as file:
        edits.change_organisation(file, 1, "name", "Renamed AS")
    with pytest.raises(EventFileError, match="already holds the event 'day'; add --replace"):
        share(tmp_path / "day.meetgrid", url)
    assert _fetched(url, tmp_path / "a.meetgrid").organisations[0].name != "Renamed AS", "not overwritten"
    share(tmp_path / "day.meetgrid", url, replace=True)
    assert _fetched(url, tmp_path / "b.meetgrid").organisations[0].name == "Renamed AS"
    assert events_on(url) == ["day"]


def _fetched(url: EventURL, path: Path) -> Event:
    with EventFile.open(fetch(url, path)) as file:
        return file.load()


def test_a_url_may_leave_the_event_out_only_when_the_database_holds_one(
    tmp_path: Path, server_url: str
) -> None:
    url = parse_event_url(server_url)
    with pytest.raises(EventFileError, match="holds no event yet; put one there with meetgrid share"):
        resolve(url)
    planned(tmp_path / "first.meetgrid").close()
    share(tmp_path / "first.meetgrid", url.named("first"))
    assert resolve(url).event == "first"
    share(tmp_path / "first.meetgrid", url.named("second"))
    with pytest.raises(EventFileError, match=r"holds 2 events \(first, second\); name one with \?event=NAME"):
        resolve(url)
    with pytest.raises(EventFileError, match=r"holds no event 'third' \(events there: first, second\)"):
        resolve(url.named("third"))


@pytest.mark.parametrize(
    ("title", "file", "name"),
    [
        (
            "Innovation Norway – Shandong delegation 2026",
            "day.meetgrid",
            "innovation-norway-shandong-delegation-2026",
        ),
        ("Sørvest B2B-dag på Ræge", "day.meetgrid", "sorvest-b2b-dag-pa-raege"),
        ("IVACE · Chengdu energía", "day.meetgrid", "ivace-chengdu-energia"),
        ("山东代表团洽谈会", "Stavanger 2026.meetgrid", "stavanger-2026"),
        ("山东代表团洽谈会", "洽谈会.meetgrid", "event"),
    ],
)
def test_an_event_is_shared_under_its_own_name_made_plain(title: str, file: str, name: str) -> None:
    assert share_name(title, Path(file)) == name


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("mysql://desk@venue/b2b", "is not a PostgreSQL URL"),
        ("postgresql+psycopg://desk@venue", "names no database"),
        ("postgresql://desk@venue/b2b?event=Stavanger Day", "an event's name on a server is lower-case"),
        ("postgresql://desk@venue/b2b?event=a&event=b", "names more than one event"),
    ],
)
def test_a_url_that_cannot_name_an_event_says_what_is_wrong(text: str, problem: str) -> None:
    assert is_event_url(text) == text.startswith("postgresql")
    with pytest.raises(EventFileError, match=problem):
        parse_event_url(text)


def test_the_password_never_shows_in_a_message() -> None:
    with pytest.raises(EventFileError) as raised:
        parse_event_url("postgresql://desk:s3cret@venue/b2b?event=Bad Name")
    assert "s3cret" not in str(raised.value) and "***" in str(raised.value)


def test_share_and_fetch_on_the_command_line(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    assert main(["share", str(tmp_path / "day.meetgrid"), server_url]) == 0
    assert "as the event 'test-day'" in capsys.readouterr().out
    assert main(["share", str(tmp_path / "day.meetgrid"), server_url]) == 2
    assert "already holds the event 'test-day'" in capsys.readouterr().err
    assert main(["fetch", server_url, str(tmp_path / "copy.meetgrid")]) == 0
    assert "Fetched the event 'test-day' into" in capsys.readouterr().out
    with EventFile.open(tmp_path / "copy.meetgrid") as copy, EventFile.open(tmp_path / "day.meetgrid") as day:
        assert copy.load() == day.load()
    assert main(["fetch", server_url, str(tmp_path / "copy.meetgrid")]) == 2
    assert "already exists; choose another name, or add --replace" in capsys.readouterr().err


def test_an_unreachable_server_is_one_line_and_exit_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    closed = "postgresql+psycopg://desk@127.0.0.1:9/b2b"
    assert main(["share", str(tmp_path / "day.meetgrid"), closed]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: postgresql+psycopg://desk@127.0.0.1:9/b2b")
    assert "cannot be reached" in err and "Traceback" not in err and err.count("\n") == 1


def test_a_fetch_that_fails_leaves_the_file_there_as_it_was(tmp_path: Path, server_url: str) -> None:
    notes = tmp_path / "notes.meetgrid"
    notes.write_text("not an event", encoding="utf-8")
    planned(tmp_path / "day.meetgrid").close()
    share(tmp_path / "day.meetgrid", parse_event_url(server_url))
    with pytest.raises(EventFileError, match="is not a MeetGrid event file"):
        fetch(parse_event_url(server_url), notes, replace=True)
    assert notes.read_text(encoding="utf-8") == "not an event"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "no temporary file left"


def test_the_commands_of_the_day_work_on_an_event_on_the_server(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    url = server_url + "?event=day"
    share(tmp_path / "day.meetgrid", parse_event_url(url))
    with EventFile.open(tmp_path / "day.meetgrid") as file:
        code = file.load().participant_by_id[2].code
    assert main(["checkin", url, code, "--at", "2026-06-09 12:58"]) == 0
    assert "Checked in" in capsys.readouterr().out
    assert main(["solve", url, "--time-limit", "5"]) == 0
    assert "Saved the timetable in postgresql+psycopg://" in capsys.readouterr().out
    assert main(["export", url, "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "schedule.json").is_file()
    on_server = _fetched(parse_event_url(url), tmp_path / "back.meetgrid")
    assert on_server.attendance_of(2).arrived_at == datetime(2026, 6, 9, 12, 58)
    assert len(on_server.meetings) > 3, "the new plan is on the server"
    with EventFile.open(tmp_path / "day.meetgrid") as file:
        assert file.load().attendance_of(2).arrived_at is None, "the file shared is left as it was"
    # Planning kept a copy of the event as it was, as a file in the organiser's own folder.
    copies = list(server_backups_folder(parse_event_url(url)).glob("day * before planning.meetgrid"))
    assert len(copies) == 1
    with EventFile.open(copies[0]) as copy:
        assert len(copy.load().meetings) == 3


def test_a_server_event_in_another_format_is_refused(tmp_path: Path, server_url: str) -> None:
    planned(tmp_path / "day.meetgrid").close()
    share(tmp_path / "day.meetgrid", parse_event_url(server_url + "?event=day"))
    dsn = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        connection.execute("UPDATE day.alembic_version SET version_num = '0099'")
    with pytest.raises(EventFileError, match="holds the event in format 0099, this MeetGrid works on format"):
        open_event(parse_event_url(server_url))


def two_desks(
    tmp_path: Path, server_url: str, meetings: tuple[Meeting, ...] = ()
) -> tuple[EventFile, EventFile]:
    """The planned delegation day on the server (or with these meetings), opened by two desks."""
    file, _ = f.planned_day(tmp_path / "day.meetgrid")
    with file:
        if meetings:
            edits.change_meetings(file, meetings)
    url = parse_event_url(server_url + "?event=day")
    share(tmp_path / "day.meetgrid", url)
    return open_event(url), open_event(url)


def test_a_meeting_changed_at_another_desk_refuses_the_change_and_keeps_theirs(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        after_one = edits.change_meetings(
            one, edits.moved(seen_one, 3, slot_id=3, table_id=2), before=seen_one
        )
        with pytest.raises(
            ConflictError, match=r"The meeting of .+ was changed at another desk a moment ago: "
        ):
            edits.change_meetings(two, edits.moved(seen_two, 3, slot_id=4, table_id=1), before=seen_two)
        # Another meeting, from the same old snapshot: stored, and the first desk's move stays.
        edits.change_meetings(two, edits.moved(seen_two, 2, slot_id=4, table_id=2), before=seen_two)
        stored = {m.id: (m.slot_id, m.table_id) for m in one.load().meetings}
    assert stored == {1: (1, 1), 2: (4, 2), 3: (3, 2)}
    assert {m.id: (m.slot_id, m.table_id) for m in after_one.meetings}[3] == (3, 2)


def test_a_place_filled_or_a_person_booked_at_another_desk_meanwhile_is_refused(
    tmp_path: Path, server_url: str
) -> None:
    # Person 1 (of organisation 1) in two meetings, at 13:00 and 13:25.
    meetings = (
        Meeting(1, 1, 1, (1, 4), (1, 5)),
        Meeting(2, 2, 1, (1, 5), (1, 6)),
        Meeting(3, 2, 2, (3, 6), (4, 7)),
    )
    one, two = two_desks(tmp_path, server_url, meetings)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        edits.change_meetings(one, edits.moved(seen_one, 1, slot_id=3, table_id=1), before=seen_one)
        with pytest.raises(ConflictError, match="put in one of these places at another desk"):
            edits.change_meetings(two, edits.moved(seen_two, 3, slot_id=3, table_id=1), before=seen_two)
        with pytest.raises(
            ConflictError, match=r"At another desk a moment ago, .+ were given a meeting at the"
        ):
            edits.change_meetings(two, edits.moved(seen_two, 2, slot_id=3, table_id=2), before=seen_two)
        assert {m.id: m.slot_id for m in two.load().meetings} == {1: 3, 2: 2, 3: 2}, "nothing of them stored"


def test_a_desk_killed_in_the_middle_of_a_write_loses_nothing_the_others_committed(
    tmp_path: Path, server_url: str
) -> None:
    planned(tmp_path / "day.meetgrid").close()
    url = server_url + "?event=day"
    share(tmp_path / "day.meetgrid", parse_event_url(url))
    with open_event(parse_event_url(url)) as desk:
        event_day.check_in(desk, 3, datetime(2026, 6, 9, 12, 30))
        with subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("desk_child.py")), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "in the middle of a write"
            child.kill()  # SIGKILL: no rollback of its own, no goodbye to the server
            child.wait()
        # The server rolls the killed desk's transaction back and lets the others write at once.
        event_day.check_in(desk, 4, datetime(2026, 6, 9, 12, 45))
        event = desk.load()
    arrived = {a.participant_id: a.arrived_at for a in event.attendance if a.arrived_at}
    assert arrived == {
        1: datetime(2026, 6, 9, 12, 50),  # when the day was made (``planned``)
        3: datetime(2026, 6, 9, 12, 30),
        4: datetime(2026, 6, 9, 12, 45),
        5: datetime(2026, 6, 9, 12, 40),  # committed by the desk before it was killed
    }, "person 2, in the write killed half way, is not there"


def test_an_organisation_or_person_changed_at_another_desk_refuses_the_change_with_the_new_value(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, seen_two = one.load(), two.load()
        org, person = seen_one.organisation_by_id[1], seen_one.participant_by_id[3]
        edits.change_organisation(one, 1, "name", "Weihai Port Group", seen=org)
        edits.change_participant(one, 3, "title", "Harbour master", seen=person)
        with pytest.raises(
            ConflictError, match="was changed at another desk a moment ago: its name is now “Weihai"
        ):
            edits.change_organisation(two, 1, "country", "China", seen=seen_two.organisation_by_id[1])
        with pytest.raises(ConflictError, match="its title is now “Harbour master”"):
            edits.change_participant(two, 3, "email", "li@example.cn", seen=seen_two.participant_by_id[3])
        # Another organisation, from the same old snapshot: stored, and the first desk's changes stay.
        after = edits.change_organisation(two, 2, "country", "China", seen=seen_two.organisation_by_id[2])
    assert after.organisation_by_id[1].name == "Weihai Port Group"
    assert after.organisation_by_id[1].country == org.country
    assert after.organisation_by_id[2].country == "China"
    assert (
        after.participant_by_id[3].title == "Harbour master"
        and after.participant_by_id[3].email == person.email
    )


def test_a_desk_can_tell_that_another_desk_changed_the_event_and_its_own_changes_do_not_count(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen = one.load()
        two.load()
        assert one.changes() == one.known_changes == two.known_changes
        event_day.check_in(one, 3, datetime(2026, 6, 9, 12, 30), seen)
        edits.change_meetings(one, edits.moved(seen, 3, slot_id=3, table_id=2), before=seen)
        assert one.changes() == one.known_changes, "its own changes are known to it"
        assert two.changes() != two.known_changes, "the other desk sees that something changed"
        assert two.load().attendance_of(3).arrived_at == datetime(2026, 6, 9, 12, 30)
        assert two.changes() == two.known_changes, "and, read again, is up to date"


def test_a_desk_reads_only_the_parts_of_the_event_another_desk_changed(
    tmp_path: Path, server_url: str
) -> None:
    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen_one, shown = one.load(), two.load()
        assert two.refresh(shown) is None, "nothing changed yet"
        event_day.check_in(one, 3, datetime(2026, 6, 9, 12, 30), seen_one)
        found = two.refresh(shown)
        assert found is not None
        event, count = found
        assert count == one.changes()
        assert event.attendance_of(3).arrived_at == datetime(2026, 6, 9, 12, 30)
        # Only the day's record was read: everything else is the very snapshot the desk showed.
        assert event.organisations is shown.organisations and event.meetings is shown.meetings
        two.known_changes, shown = count, event
        edits.change_meetings(one, edits.moved(seen_one, 3, slot_id=3, table_id=2), before=seen_one)
        found = two.refresh(shown)
        assert found is not None
        event, count = found
        assert {m.id: (m.slot_id, m.table_id) for m in event.meetings}[3] == (3, 2)
        assert event.participants is shown.participants and event.attendance is shown.attendance
        two.known_changes, shown = count, event
        assert two.refresh(shown) is None, "up to date"
        # The setup changes what everything else means: the event is read whole.
        seen_one = one.load()
        event_setup.change_settings(one, replace(seen_one.settings, venue="Hall B"), before=seen_one)
        found = two.refresh(shown)
        assert found is not None
        assert found[0].settings.venue == "Hall B" and found[0] == one.load()


def test_an_event_shared_before_desks_noted_the_tables_they_change_gets_the_note_when_opened(
    tmp_path: Path, server_url: str
) -> None:
    one, _ = two_desks(tmp_path, server_url)
    one.close()
    dsn = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:  # as an event shared by the MeetGrid before
        connection.execute("DROP TABLE day.desk_table_changes")
        connection.execute(
            "CREATE OR REPLACE FUNCTION day.count_change() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN UPDATE day.desk_changes SET n = n + 1; RETURN NULL; END $$"
        )
    url = parse_event_url(server_url + "?event=day")
    with open_event(url) as one, open_event(url) as two:
        assert one.logged and two.logged
        shown = two.load()
        event_day.check_in(one, 4, datetime(2026, 6, 9, 12, 45), one.load())
        found = two.refresh(shown)
    assert found is not None and found[0].attendance_of(4).arrived_at == datetime(2026, 6, 9, 12, 45)
    assert found[0].organisations is shown.organisations


def test_a_desk_that_loses_the_server_writes_nothing_says_so_and_works_again_when_it_is_back(
    tmp_path: Path, server_url: str
) -> None:
    from postgres import stopped

    one, two = two_desks(tmp_path, server_url)
    with one, two:
        seen = one.load()
        two.load()
        with stopped(server_url):
            with pytest.raises(EventFileError, match=r"cannot be reached .+ work on a file"):
                edits.change_meetings(one, edits.moved(seen, 3, slot_id=4, table_id=2), before=seen)
            with pytest.raises(EventFileError, match="cannot be reached"):
                event_day.check_in(one, 3, datetime(2026, 6, 9, 12, 30), seen)
            with pytest.raises(EventFileError, match="cannot be reached"):
                two.changes()
        # Back: nothing of the refused changes was written, and the desks carry on where they were.
        assert two.changes() == two.known_changes
        after = edits.change_meetings(one, edits.moved(seen, 3, slot_id=4, table_id=2), before=seen)
        event_day.check_in(one, 3, datetime(2026, 6, 9, 12, 31), after)
        stored = two.load()
    assert {m.id: (m.slot_id, m.table_id) for m in stored.meetings}[3] == (4, 2)
    assert stored.attendance_of(3).arrived_at == datetime(2026, 6, 9, 12, 31)
