"""What MeetGrid printed for whom, and reprinting only the agendas whose content changed since:
the agenda's fingerprint, the records an export or a printing leaves, and ``meetgrid print agendas
--changed``."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import factories as f
import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.agenda_pdf import agenda_digest
from app.services import edits, reprinting
from app.storage import EventFile, repository

NINE = datetime(2026, 6, 9, 9, 0)


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    """The delegation day with its three meetings (1–4 and 2–5 at 13:00, 3–6 at 13:25), in an event file."""
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    event_file.close()
    return path


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def printed(path: Path) -> dict[int, str]:
    with EventFile.open(path) as event_file, event_file.transaction() as session:
        return {org: digest for org, (digest, _) in repository.read_printed(session, "agendas").items()}


def agenda_titles(path: Path) -> list[str]:
    """The organisation each page's agenda is for (the line after 'Meeting agenda')."""
    titles = []
    for page in PdfReader(path).pages:
        lines = page.extract_text().splitlines()
        kicker = next(number for number, line in enumerate(lines) if line.startswith("Meeting agenda"))
        titles.append(lines[kicker + 1])
    return titles


# -- the fingerprint ------------------------------------------------------------------------------------


def test_the_fingerprint_follows_what_the_agenda_shows(planned: Path) -> None:
    with EventFile.open(planned) as event_file:
        event = event_file.load()
        before = reprinting.agenda_digests(event)
        assert reprinting.agenda_digests(event_file.load()) == before, "nothing changed: the same"
        assert len(set(before.values())) == len(before), "each organisation's agenda is its own"

        moved = edits.change_meetings(event_file, edits.moved(event, 3, 3, 2))  # 3–6 to 13:50, table 2
        after_move = reprinting.agenda_digests(moved)
        assert {org for org in before if after_move[org] != before[org]} == {3, 6}

        renamed = edits.change_participant(event_file, 5, "name", "Bjørn Økland Jr")  # of 4, meets 1
        after_rename = reprinting.agenda_digests(renamed)
        assert {org for org in after_move if after_rename[org] != after_move[org]} == {1, 4}

        cancelled = edits.change_meetings(event_file, [m for m in renamed.meetings if m.id != 2])  # 2–5
        after_cancel = reprinting.agenda_digests(cancelled)
        assert {org for org in after_rename if after_cancel[org] != after_rename[org]} == {2, 5}

        put_back = edits.restore(event_file, event)
        assert reprinting.agenda_digests(put_back) == before, "the same content, the same fingerprint"


def test_the_fingerprint_sees_the_event_and_the_people_codes(planned: Path) -> None:
    with EventFile.open(planned) as event_file:
        event = event_file.load()
    digest = agenda_digest(event, 7)
    renamed = dataclasses.replace(event, settings=dataclasses.replace(event.settings, name="Another day"))
    assert agenda_digest(renamed, 7) != digest
    recoded = dataclasses.replace(
        event,
        participants=tuple(
            dataclasses.replace(p, code="ZZZZZZ") if p.id == 8 else p for p in event.participants
        ),
    )
    assert agenda_digest(recoded, 7) != digest
    assert agenda_digest(recoded, 6) == agenda_digest(event, 6)


# -- the records ----------------------------------------------------------------------------------------


def test_never_printed_counts_as_changed_and_a_record_clears_it(planned: Path) -> None:
    with EventFile.open(planned) as event_file:
        event = event_file.load()
        assert reprinting.changed_agendas(event_file) == [1, 2, 3, 4, 5, 6, 7]
        reprinting.record_agendas_printed(event_file, event, [2, 5], at=NINE)
        assert reprinting.changed_agendas(event_file) == [1, 3, 4, 6, 7]
        reprinting.record_agendas_printed(event_file, event, at=NINE)
        assert reprinting.changed_agendas(event_file, event) == []
        with event_file.transaction() as session:
            assert repository.read_printed(session, "agendas")[4] == (agenda_digest(event, 4), NINE)


def test_export_records_every_agenda(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run_cli(["export", str(planned), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, stderr
    with EventFile.open(planned) as event_file:
        event = event_file.load()
        assert reprinting.changed_agendas(event_file) == []
    assert printed(planned) == {org.id: agenda_digest(event, org.id) for org in event.organisations}


def test_printing_agendas_records_those_printed_only(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "two.pdf"
    args = [
        "print",
        "agendas",
        str(planned),
        "--out",
        str(out),
        "--only",
        "Sørvest Havn AS",
        "jinan smart works",
    ]
    code, _, stderr = run_cli(args, capsys)
    assert code == 0, stderr
    assert set(printed(planned)) == {2, 4}
    code, _, stderr = run_cli(["print", "grid", str(planned), "--out", str(tmp_path / "grid.pdf")], capsys)
    assert code == 0, stderr
    assert set(printed(planned)) == {2, 4}, "another document leaves the agendas' record as it was"


# -- reprinting the changed ones ------------------------------------------------------------------------


def test_changed_prints_exactly_the_agendas_of_a_meeting_moved(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run_cli(["export", str(planned), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, stderr
    with EventFile.open(planned) as event_file:
        event = event_file.load()
        edits.change_meetings(event_file, edits.moved(event, 1, 4, 2))  # 1–4 from 13:00 to 14:15

    out = tmp_path / "changed.pdf"
    args = ["print", "agendas", str(planned), "--changed", "--out", str(out)]
    code, stdout, stderr = run_cli(args, capsys)
    assert code == 0, stderr
    assert "2 agendas changed since last printed (of 7)" in stdout
    assert agenda_titles(out) == ["Qingdao Harbour Engineering", "Sørvest Havn AS"]
    assert "14:15" in PdfReader(out).pages[0].extract_text()

    out.unlink()
    code, stdout, stderr = run_cli(args, capsys)
    assert code == 0, stderr
    assert "Nothing changed since the last printing" in stdout
    assert not out.exists(), "nothing to reprint: no file"


def test_changed_after_a_printing_of_some_agendas(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["print", "agendas", str(planned), "--out", str(tmp_path / "one.pdf"), "--only", "Ryfylke Vind AS"]
    assert run_cli(args, capsys)[0] == 0
    out = tmp_path / "changed.pdf"
    code, _, stderr = run_cli(["print", "agendas", str(planned), "--changed", "--out", str(out)], capsys)
    assert code == 0, stderr
    assert len(agenda_titles(out)) == 6 and "Ryfylke Vind AS" not in agenda_titles(out)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--only", "Ryfylke Vind AS"], ("either --changed", "--only")),
    ],
)
def test_changed_refuses_what_it_cannot_mean(
    planned: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: tuple[str, ...],
) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = run_cli(
        ["print", "agendas", str(planned), "--changed", "--out", str(out), *extra], capsys
    )
    assert code == 2 and all(word in stderr for word in words), stderr
    code, _, stderr = run_cli(["print", "badges", str(planned), "--changed", "--out", str(out)], capsys)
    assert code == 2 and "--changed applies to the agendas only" in stderr, stderr
    assert not out.exists()
    assert printed(planned) == {}, "a refused command records nothing"
