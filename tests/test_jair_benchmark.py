"""The JAIR benchmark tooling: .dzn files read and written, crafted variants, the runner's names, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The benchmarks are scripts in a plain folder; appended, so that none of them shadows a module of the tests.
sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))
from jair_dzn import ANY, MORNING, DznError, JairData, dzn_text, read_jair, shuffled, write_jair
from jair_variants import base_name, variant

from app.scheduler.confirmed import count_breaks, solve_confirmed, validate_confirmed

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "jair"
"""Two of the published instances, copied here so that the tests need nothing outside the repository."""
TIC_12 = DATA / "tic-12.original.dzn"
FORUM_13 = DATA / "forum-13.original.dzn"


def tiny() -> JairData:
    """Four participants, five meetings, five slots, a fixed meeting and two precedences; optimum 1 break."""
    return JairData(
        participant_count=4,
        table_count=2,
        slot_count=5,
        morning_slots=3,
        requested=((0, 1, ANY), (0, 2, ANY), (0, 3, ANY), (1, 2, MORNING), (2, 3, ANY)),
        forbidden=(frozenset({1}), frozenset(), frozenset(), frozenset({0})),
        fixed=(None, None, 3, None, None),
        precedences=(frozenset(), frozenset({0}), frozenset(), frozenset(), frozenset({3})),
    )


def test_an_original_reads_and_writes_back_to_the_same_text_and_instance(tmp_path: Path) -> None:
    data = read_jair(TIC_12)
    assert dzn_text(data) == TIC_12.read_text(encoding="utf-8")
    forum = read_jair(FORUM_13)
    write_jair(forum, tmp_path / "forum-13.dzn")
    again = read_jair(tmp_path / "forum-13.dzn")
    assert again == forum
    assert again.instance() == forum.instance()
    assert forum.instance().participant_count == 70
    assert len(forum.instance().meetings) == 154


@pytest.mark.parametrize(("kind", "share"), [("fixed", 10), ("forbidden", 20), ("precedences", 30)])
def test_a_variant_reads_back_as_written(tmp_path: Path, kind: str, share: int) -> None:
    crafted = variant(read_jair(FORUM_13), kind, share, 1, "forum-13")
    write_jair(crafted, tmp_path / f"forum-13.{kind}-{share}.s1.dzn")
    again = read_jair(tmp_path / f"forum-13.{kind}-{share}.s1.dzn")
    assert again == crafted
    assert again.instance() == crafted.instance()


def test_variants_are_the_same_for_a_seed_and_differ_between_seeds() -> None:
    data = read_jair(TIC_12)
    for kind in ("fixed", "forbidden", "precedences"):
        assert variant(data, kind, 20, 1, "tic-12") == variant(data, kind, 20, 1, "tic-12")
        assert variant(data, kind, 20, 1, "tic-12") != variant(data, kind, 20, 2, "tic-12")


def test_fixed_meetings_keep_a_slot_they_may_use_and_their_participants_lose_one_more(tmp_path: Path) -> None:
    data = read_jair(FORUM_13)
    write_jair(variant(data, "fixed", 10, 1, "forum-13"), tmp_path / "v.dzn")
    crafted = read_jair(tmp_path / "v.dzn")
    fixed = [m for m, slot in enumerate(crafted.fixed) if slot is not None]
    assert len(fixed) == round(len(data.requested) * 0.10)
    instance = crafted.instance()
    for m in fixed:
        a, b, session = crafted.requested[m]
        slot = crafted.fixed[m]
        assert slot in data.session_slots(session)
        assert slot not in crafted.forbidden[a] | crafted.forbidden[b]
        assert instance.meetings[m].slots == {slot}
    for p in {p for m in fixed for p in crafted.requested[m][:2]}:
        assert crafted.forbidden[p] > data.forbidden[p]


def test_forbidden_slots_are_the_share_of_each_participant_on_top_of_the_originals(tmp_path: Path) -> None:
    data = read_jair(TIC_12)  # no slot forbidden to anyone in the original
    write_jair(variant(data, "forbidden", 30, 1, "tic-12"), tmp_path / "v.dzn")
    crafted = read_jair(tmp_path / "v.dzn")
    assert all(len(slots) == round(data.slot_count * 0.3) for slots in crafted.forbidden)
    assert len(set(crafted.forbidden)) > 1  # drawn per participant
    forum = read_jair(FORUM_13)
    more = variant(forum, "forbidden", 10, 1, "forum-13")
    assert all(new >= old for new, old in zip(more.forbidden, forum.forbidden, strict=True))


def test_precedences_chain_two_to_four_meetings_of_one_participant(tmp_path: Path) -> None:
    data = read_jair(TIC_12)
    write_jair(variant(data, "precedences", 30, 1, "tic-12"), tmp_path / "v.dzn")
    crafted = read_jair(tmp_path / "v.dzn")
    rules = crafted.instance().precedences
    assert rules
    for earlier, later in rules:
        assert set(crafted.requested[earlier][:2]) & set(crafted.requested[later][:2])
    assert all(len(before) <= 4 for before in crafted.precedences)


def test_a_shuffled_instance_has_the_same_rules_and_optimum() -> None:
    data = tiny()
    moved = shuffled(data, 3)
    assert moved != data
    assert shuffled(data, 3) == moved
    original, renumbered = data.instance(2), moved.instance(2)
    assert sorted(len(m.slots) for m in original.meetings) == sorted(
        len(m.slots) for m in renumbered.meetings
    )
    assert len(renumbered.precedences) == len(original.precedences)
    assert sum(slot is not None for slot in moved.fixed) == 1
    first = solve_confirmed(original, time_limit=5)
    second = solve_confirmed(renumbered, time_limit=5)
    assert first.status == second.status == "OPTIMAL"
    assert first.breaks == second.breaks == 1
    for instance, result in ((original, first), (renumbered, second)):
        assert validate_confirmed(instance, result.slots) == []
        assert sum(count_breaks(instance, result.slots)) == result.breaks


def test_a_variant_is_named_by_its_file() -> None:
    assert base_name(Path("tic-12.original.dzn")) == "tic-12"
    assert base_name(Path("tic-12.fixed-10.s1.dzn")) == "tic-12.fixed-10.s1"


def test_a_file_that_says_the_wrong_thing_is_refused_with_what_is_wrong(tmp_path: Path) -> None:
    text = dzn_text(tiny())
    cases = {
        "nTables = 2;": ("nTables = two;", "nTables is not a number"),
        "[|1, 2,3, ": ("[|1, 9,3, ", "out of 1..4"),
        "fixed = [0,0,4,0,0];": ("fixed = [0,0,4,0];", "fixed has 4 entries for 5 meetings"),
        "fixed = [0,0,4,0,0];\n": ("", "fixed is missing"),
    }
    for old, (new, message) in cases.items():
        assert old in text
        (tmp_path / "broken.dzn").write_text(text.replace(old, new), encoding="utf-8")
        with pytest.raises(DznError, match=message):
            read_jair(tmp_path / "broken.dzn")


def _runner(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "b2b_jair.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=60,
    )


def test_the_runner_stops_on_a_broken_file_with_one_error_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.dzn"
    broken.write_text(dzn_text(tiny()).replace("nTotalSlots = 5;", ""), encoding="utf-8")
    finished = _runner(str(broken))
    assert finished.returncode == 2
    assert finished.stderr.splitlines() == [f"error: {broken}: nTotalSlots is missing"]


def test_the_runner_solves_a_folder_and_names_each_file_kind_and_shuffle(tmp_path: Path) -> None:
    write_jair(tiny(), tmp_path / "tiny.original.dzn")
    write_jair(variant(tiny(), "forbidden", 40, 1, "tiny"), tmp_path / "tiny.forbidden-40.s1.dzn")
    finished = _runner("--json", "--shuffle", "2", "--without-kissat", "--time-limit", "5", str(tmp_path))
    assert finished.returncode == 0, finished.stderr
    records = [json.loads(line) for line in finished.stdout.splitlines()]
    assert [(r["instance"], r["kind"], r["shuffle"]) for r in records] == [
        ("tiny.forbidden-40.s1~s2", "forbidden-40", 2),
        ("tiny~s2", None, 2),
    ]
    assert records[1]["status"] == "OPTIMAL"
    assert records[1]["objective"] == 1
