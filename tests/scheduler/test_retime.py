"""Moving meetings between slots to close idle gaps: the same meetings, every rule kept."""

from __future__ import annotations

from datetime import time

import factories as f

from app.domain import Meeting, Organisation
from app.scheduler import build_instance, validate
from app.scheduler.assign import build_meetings
from app.scheduler.gaps import count_gaps
from app.scheduler.retime import retime


def four_slots(**settings: object) -> dict[str, object]:
    return {"start": time(13), "end": time(14, 40), **settings}  # 13:00, 13:25, 13:50, 14:15


def test_a_meeting_moves_next_to_the_others() -> None:
    event = f.event(
        f.organisations(3), wishes=f.requests([(2, 1), (3, 1)]), event_settings=f.settings(**four_slots())
    )  # type: ignore[arg-type]
    instance = build_instance(event)
    gappy = [((1, 2), 1), ((1, 3), 4)]
    moved, work = retime(instance, gappy)
    assert sorted(pair for pair, _ in moved) == [(1, 2), (1, 3)], "the same meetings"
    assert count_gaps(instance, moved)[1] == 0
    assert validate(instance, build_meetings(instance, moved)) == []
    assert work > 0


def test_gaps_close_around_the_partners_other_meetings() -> None:
    # Host 1 meets 2 at 13:00 and 3 at 14:15; the guests have other meetings at 13:25 and 13:50.
    orgs = f.organisations(5)
    wishes = f.requests([(2, 1), (3, 1), (2, 4), (3, 5)])
    event = f.event(orgs, wishes=wishes, event_settings=f.settings(**four_slots(tables=2)))  # type: ignore[arg-type]
    instance = build_instance(event)
    start = [((1, 2), 1), ((1, 3), 4), ((2, 4), 2), ((3, 5), 3)]
    before = sum(count_gaps(instance, start).values())
    moved, _ = retime(instance, start)
    assert sorted(pair for pair, _ in moved) == sorted(pair for pair, _ in start)
    assert sum(count_gaps(instance, moved).values()) < before
    assert validate(instance, build_meetings(instance, moved)) == []


def test_a_locked_meeting_never_moves() -> None:
    settings = f.settings(**four_slots())  # type: ignore[arg-type]
    lock = Meeting(1, 4, 1, (1, 3), (1, 3), locked=True)
    event = f.event(
        f.organisations(3), wishes=f.requests([(2, 1), (3, 1)]), event_settings=settings, meetings=(lock,)
    )
    instance = build_instance(event)
    moved, _ = retime(instance, [((1, 2), 1), ((1, 3), 4)])
    assert dict(moved) == {(1, 2): 3, (1, 3): 4}, "the free meeting comes to the locked one"


def test_no_move_breaks_the_pause_after_meetings_in_a_row() -> None:
    # At most one meeting in any two slots in a row: the gap between them is the pause, and stays.
    settings = f.settings(**four_slots(max_in_a_row=1))  # type: ignore[arg-type]
    event = f.event(f.organisations(3), wishes=f.requests([(2, 1), (3, 1)]), event_settings=settings)
    instance = build_instance(event)
    start = [((1, 2), 1), ((1, 3), 3)]
    moved, _ = retime(instance, start)
    assert count_gaps(instance, moved)[1] == 1
    assert validate(instance, build_meetings(instance, moved)) == []


def test_a_meeting_only_moves_where_both_sides_can_be() -> None:
    late = Organisation(3, "Late guest", available_from=time(14, 15))
    event = f.event(
        (*f.organisations(2), late),
        wishes=f.requests([(2, 1), (3, 1)]),
        event_settings=f.settings(**four_slots()),
    )  # type: ignore[arg-type]
    instance = build_instance(event)
    moved, _ = retime(instance, [((1, 2), 1), ((1, 3), 4)])
    assert dict(moved) == {(1, 2): 3, (1, 3): 4}
