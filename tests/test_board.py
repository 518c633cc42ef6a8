"""The board's content at many times of an event of two days: before, during a round, in a changeover, in a
break, between the days and after the end."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from pathlib import Path

import factories as f
import pytest

from app import cli
from app.domain import Break, Event, EventDay, Interpreter, Meeting, Organisation, Participant, build_slots
from app.services.board import Phase, Rounds, VenueClock, board_at, countdown_text

DAY = f.DAY
SECOND_DAY = date(2026, 6, 10)


def at(hour: int, minute: int, second: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute, second))


def two_days() -> Event:
    """The delegation day on 9 June, 13:00-17:00 with coffee at 15:00, and 10 June, 09:00-11:00 after a
    plenary; two meetings in the first round, one in the second, one on the second morning."""
    base = f.delegation_day()
    settings = dataclasses.replace(
        base.settings,
        days=(
            EventDay(DAY, time(13), time(17), (Break(time(15), time(15, 15), "Coffee"),)),
            EventDay(SECOND_DAY, time(9), time(11), (Break(time(8, 30), time(9), "Plenary"),)),
        ),
        host_group="Host",
    )
    slots = build_slots(settings)
    first_of_second_day = next(s.id for s in slots if s.start.date() == SECOND_DAY)
    return dataclasses.replace(
        base,
        settings=settings,
        slots=slots,
        meetings=(
            Meeting(1, 1, 2, (2, 5)),
            Meeting(2, 1, 1, (1, 4)),
            Meeting(3, 2, 1, (3, 6)),
            Meeting(4, first_of_second_day, 1, (1, 7)),
        ),
    )


def test_the_slots_of_the_sample_grid() -> None:
    """The grid the other tests rely on: 20-minute rounds every 25 minutes, restarting after coffee."""
    starts = [f"{s.start:%d %H:%M}" for s in two_days().slots]
    assert starts == [
        *("09 13:00", "09 13:25", "09 13:50", "09 14:15", "09 14:40", "09 15:15", "09 15:40", "09 16:05"),
        *("09 16:30", "10 09:00", "10 09:25", "10 09:50", "10 10:15", "10 10:40"),
    ]


def test_before_the_first_round_the_first_round_is_next() -> None:
    state = board_at(two_days(), at(12, 30))
    assert state.phase is Phase.BEFORE
    assert state.running is None
    assert state.next is not None and state.next.start == at(13, 0)
    assert state.until == at(13, 0) and state.left == timedelta(minutes=30)
    assert not state.next_is_another_day
    assert state.break_ is not None and state.break_.label == "Coffee"


def test_during_a_round_the_time_left_and_the_next_round_by_table() -> None:
    state = board_at(two_days(), at(13, 7, 30))
    assert state.phase is Phase.MEETING
    assert state.running is not None
    assert (state.running.number, state.running.of) == (1, 9)
    assert state.left == timedelta(minutes=12, seconds=30)
    assert countdown_text(state.left) == "12:30"
    # The first round's meetings in the order of the tables, whatever order they were stored in.
    assert [m.table for m in state.running.meetings] == ["Table 1", "Table 2"]
    first = state.running.meetings[0]
    assert first.first == ("Sørvest Havn AS", "")  # the host first: the guest comes to its table
    assert first.second == ("Qingdao Harbour Engineering", "青岛港湾工程")
    assert state.next is not None and state.next.start == at(13, 25)
    assert [(m.table, m.second[1]) for m in state.next.meetings] == [("Table 1", "烟台海工科技")]


def test_at_the_exact_start_and_end_of_a_round() -> None:
    event = two_days()
    assert board_at(event, at(13, 0)).phase is Phase.MEETING
    ended = board_at(event, at(13, 20))
    assert ended.phase is Phase.CHANGEOVER
    assert ended.next is not None and ended.next.start == at(13, 25)
    assert ended.left == timedelta(minutes=5)


def test_a_round_without_meetings_is_still_a_round() -> None:
    state = board_at(two_days(), at(14, 0))
    assert state.phase is Phase.MEETING
    assert state.running is not None and state.running.meetings == ()
    assert state.running.number == 3


def test_in_the_break_the_meetings_after_it_are_next() -> None:
    state = board_at(two_days(), at(15, 5))
    assert state.phase is Phase.BREAK and state.in_break
    assert state.break_ is not None
    assert (state.break_.label, state.break_.start, state.break_.end) == ("Coffee", at(15, 0), at(15, 15))
    assert state.next is not None and state.next.start == at(15, 15)
    assert countdown_text(state.left or timedelta()) == "10:00"


def test_after_the_break_no_break_is_left_to_show() -> None:
    state = board_at(two_days(), at(15, 20))
    assert state.phase is Phase.MEETING
    assert state.break_ is None


def test_in_the_last_round_nothing_follows_today() -> None:
    state = board_at(two_days(), at(16, 40))
    assert state.phase is Phase.MEETING
    assert state.running is not None and state.running.number == state.running.of
    assert state.next is not None and state.next_is_another_day


def test_between_the_days_the_day_is_over_and_the_next_morning_follows() -> None:
    state = board_at(two_days(), at(20, 0))
    assert state.phase is Phase.OVER
    assert state.until is None and state.left is None
    assert state.next is not None and state.next.start == at(9, 0, day=SECOND_DAY)
    assert state.next_is_another_day
    assert state.break_ is None


def test_the_next_morning_starts_with_its_plenary() -> None:
    event = two_days()
    early = board_at(event, at(8, 0, day=SECOND_DAY))
    assert early.phase is Phase.BEFORE
    assert early.break_ is not None and early.break_.label == "Plenary"
    assert early.next is not None and (early.next.number, early.next.of) == (1, 5)
    assert [m.table for m in early.next.meetings] == ["Table 1"]
    plenary = board_at(event, at(8, 45, day=SECOND_DAY))
    assert plenary.phase is Phase.BREAK
    assert plenary.left == timedelta(minutes=15)


def test_after_the_last_day_the_event_is_over() -> None:
    state = board_at(two_days(), at(12, 0, day=SECOND_DAY))
    assert state.phase is Phase.OVER
    assert state.next is None and state.running is None


def test_a_day_before_the_event_counts_down_to_its_first_round() -> None:
    state = board_at(two_days(), at(18, 0, day=DAY - timedelta(days=1)))
    assert state.phase is Phase.BEFORE
    assert state.next is not None and state.next.start == at(13, 0)
    assert state.next_is_another_day
    assert countdown_text(state.left or timedelta()) == "19:00:00"


def test_a_cancelled_meeting_is_gone_from_the_board() -> None:
    event = two_days()
    replanned = dataclasses.replace(event, meetings=tuple(m for m in event.meetings if m.id != 2))
    state = board_at(replanned, at(12, 55))
    assert state.next is not None
    assert [m.table for m in state.next.meetings] == ["Table 2"]


def test_the_interpreter_or_the_languages_needed() -> None:
    event = two_days()
    interpreter = Interpreter(1, "Li Mei", ("Chinese", "English"))
    people = (
        Participant(1, 1, "王伟", languages=("Chinese",)),
        Participant(2, 4, "Bjørn", languages=("Norwegian",)),
    )
    event = dataclasses.replace(
        event,
        interpreters=(interpreter,),
        participants=people,
        meetings=(Meeting(1, 1, 1, (1, 4), (1, 2), interpreter_id=1), Meeting(2, 2, 1, (1, 4), (1, 2))),
    )
    named = board_at(event, at(12, 0)).next
    assert named is not None and named.meetings[0].interpreter == "Li Mei"
    needed = board_at(event, at(13, 10)).next
    assert needed is not None
    assert needed.meetings[0].interpreter == ""
    assert needed.meetings[0].needs_interpreting == "Chinese–Norwegian"


def test_an_event_without_slots_has_no_timetable() -> None:
    event = dataclasses.replace(f.delegation_day(), slots=())
    assert board_at(event, at(13, 0)).phase is Phase.NO_TIMETABLE


def test_without_a_host_group_the_sides_keep_their_order() -> None:
    orgs = (Organisation(1, "Alpha"), Organisation(2, "Beta"))
    event = f.event(orgs, meetings=(Meeting(1, 1, 1, (2, 1)),))
    state = board_at(event, at(13, 5))
    assert state.running is not None
    assert (state.running.meetings[0].first[0], state.running.meetings[0].second[0]) == ("Alpha", "Beta")


@pytest.mark.parametrize(
    ("left", "text"),
    [
        (timedelta(), "00:00"),
        (timedelta(milliseconds=200), "00:01"),
        (timedelta(minutes=19, seconds=59), "19:59"),
        (timedelta(minutes=59, seconds=59, milliseconds=500), "1:00:00"),
        (timedelta(hours=2, minutes=3, seconds=4), "2:03:04"),
    ],
)
def test_countdown_text(left: timedelta, text: str) -> None:
    assert countdown_text(left) == text


def test_the_venue_clock_reads_the_venue_zone() -> None:
    oslo, shanghai = VenueClock("Europe/Oslo").now(), VenueClock("Asia/Shanghai").now()
    # Shanghai is six or seven hours ahead of Oslo, with or without summer time.
    assert round((shanghai - oslo).total_seconds() / 3600) in (6, 7)
    assert VenueClock("Not/A_Zone").now().tzinfo is None
    assert VenueClock().now().tzinfo is None


def test_the_board_command_opens_the_board_on_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event_file, planned = f.planned_day(tmp_path / "day.meetgrid")
    event_file.close()
    shown: list[tuple[Path, Event]] = []

    def opener(path: Path, event: Event) -> int:
        shown.append((path, event))
        return 0

    assert cli.main(["board", str(tmp_path / "day.meetgrid")], open_board=opener) == cli.EXIT_OK
    assert [(path.name, len(event.meetings)) for path, event in shown] == [("day.meetgrid", 3)]
    assert shown[0][1].meetings == planned.meetings


def test_the_board_command_refuses_what_it_cannot_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli.main(["board", str(tmp_path / "missing.meetgrid")], open_board=lambda p, e: 0)
        == cli.EXIT_BAD_INPUT
    )
    assert "error:" in capsys.readouterr().err
    event_file, _ = f.planned_day(tmp_path / "day.meetgrid")
    event_file.close()
    assert cli.main(["board", str(tmp_path / "day.meetgrid")]) == cli.EXIT_FAILED  # no window to show it in
    assert "window" in capsys.readouterr().err


def test_the_rounds_of_another_event_are_not_used() -> None:
    event = two_days()
    rounds = Rounds(event)
    assert board_at(event, at(13, 5), rounds).running is rounds.of(event.slots[0])  # worked out once
    replanned = dataclasses.replace(event, meetings=event.meetings[2:])
    state = board_at(replanned, at(13, 5), rounds)
    assert state.running is not None and state.running.meetings == ()
