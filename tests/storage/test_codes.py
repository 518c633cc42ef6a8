"""Check-in codes: every participant and interpreter has one, unique in the event, made of characters nobody
misreads, kept through edits, re-imports and undo, and given to the people of files made before codes."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import factories as f

from app.domain import Interpreter, Participant
from app.domain.codes import CODE_ALPHABET, CODE_LENGTH, is_code, new_code, normalise_code
from app.services import edits
from app.storage import EventFile

FIRST_RELEASE = Path(__file__).parents[1] / "data" / "event-format-1.meetgrid"


def codes_of(path: Path) -> dict[str, str]:
    with EventFile.open(path) as event_file:
        event = event_file.load()
    return {p.name: p.code for p in event.participants} | {i.name: i.code for i in event.interpreters}


def test_the_alphabet_has_no_characters_read_as_others() -> None:
    assert not set("0O1ILUV") & set(CODE_ALPHABET)
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET) and CODE_LENGTH == 6


def test_a_new_code_is_never_one_taken() -> None:
    draws = iter("AAAAAAAAAAAABBBBBB")
    assert new_code({"AAAAAA"}, lambda _: next(draws)) == "BBBBBB"
    seeded = random.Random(7)
    taken: set[str] = set()
    for _ in range(2000):
        taken.add(new_code(taken, seeded.choice))
    assert len(taken) == 2000 and all(is_code(code) for code in taken)


def test_a_code_is_read_as_typed_or_scanned() -> None:
    assert normalise_code(" k7m-4qx ") == "K7M4QX"
    assert normalise_code("K7M4QX\n") == "K7M4QX"
    assert normalise_code("K7M4Q") == "", "too short"
    assert normalise_code("K7M4Q0") == "", "0 is never in a code"
    assert normalise_code("Wang Haitao") == ""


def test_everyone_gets_a_code_unique_in_the_event(tmp_path: Path) -> None:
    day = f.interpreted(f.delegation_day(), Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")))
    with f.event_file(tmp_path / "day.meetgrid", day) as event_file:
        event = event_file.load()
    codes = [p.code for p in event.participants] + [i.code for i in event.interpreters]
    assert len(codes) == len(day.participants) + 1
    assert all(is_code(code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_codes_stay_through_edits_and_undo(tmp_path: Path) -> None:
    with f.event_file(tmp_path / "day.meetgrid", f.delegation_day()) as event_file:
        before = event_file.load()
        person = before.participants[0]
        renamed = edits.change_participant(event_file, person.id, "local_name", "王伟")
        assert renamed.participant_by_id[person.id].code == person.code
        assert renamed.participant_by_id[person.id].local_name == "王伟"
        added = edits.add_participant(event_file, 1, Participant(0, 0, "Zhao Lei"))
        newcomer = added.participants[-1]
        assert is_code(newcomer.code) and newcomer.code not in {p.code for p in before.participants}
        back = edits.restore(event_file, before)
        assert [p.code for p in back.participants] == [p.code for p in before.participants]


def test_files_made_before_codes_get_them_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.meetgrid"
    shutil.copyfile(FIRST_RELEASE, path)
    codes = codes_of(path)
    assert codes and all(is_code(code) for code in codes.values())
    assert len(set(codes.values())) == len(codes)
    assert codes_of(path) == codes, "given once, then kept"
