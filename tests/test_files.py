"""Documents are written whole or not at all: a failure leaves the old file, never half a new one."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import factories as f
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.documents.agenda_pdf import write_agenda
from app.documents.schedule_json import write_schedule_json
from app.files import StagedFiles, copy_atomically, remove_unfinished, replaced_atomically


def test_a_file_replaces_the_old_one_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), replaced_atomically(target) as temporary:
        temporary.write_text("half of the new")
        raise RuntimeError("stopped")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    with replaced_atomically(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".notes.txt.")
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def disk_full_while_saving(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab writes the file in Canvas.save: let it write a few bytes, then run out of room."""

    def save(canvas: Any) -> None:
        Path(canvas._filename).write_bytes(b"%PDF-1.4\n% half")
        raise OSError(errno.ENOSPC, "No space left on device", canvas._filename)

    monkeypatch.setattr(Canvas, "save", save)


def test_an_agenda_that_fails_half_way_leaves_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = f.delegation_day()
    path = write_agenda(event, 1, tmp_path / "qingdao.pdf")
    before = path.read_bytes()
    disk_full_while_saving(monkeypatch)
    with pytest.raises(OSError, match="No space left"):
        write_agenda(event, 2, path)
    assert path.read_bytes() == before
    assert len(PdfReader(path).pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["qingdao.pdf"], "no half file is left behind"


def test_a_new_agenda_that_fails_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_full_while_saving(monkeypatch)
    with pytest.raises(OSError):
        write_agenda(f.delegation_day(), 1, tmp_path / "qingdao.pdf")
    assert list(tmp_path.iterdir()) == []


def test_schedule_json_that_fails_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Path, *args: Any, **kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(OSError):
        write_schedule_json(f.delegation_day(), (), tmp_path / "schedule.json")
    assert list(tmp_path.iterdir()) == []


def test_staged_files_appear_together_or_not_at_all(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a")
    with pytest.raises(RuntimeError), StagedFiles() as staged:
        staged.path_for(tmp_path / "a.txt").write_text("new a")
        staged.path_for(tmp_path / "b.txt").write_text("new b")
        raise RuntimeError("the third file failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old a"
    with StagedFiles() as staged:
        staged.path_for(tmp_path / "a.txt").write_text("new a")
        staged.path_for(tmp_path / "b.txt").write_text("new b")
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            *sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")),
            "a.txt",
        ]
        assert staged.commit() == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert (tmp_path / "a.txt").read_text() == "new a"


def test_a_copy_is_whole(tmp_path: Path) -> None:
    source = tmp_path / "preview.pdf"
    source.write_bytes(b"%PDF-1.4 whole")
    target = tmp_path / "out" / "agenda.pdf"
    target.parent.mkdir()
    assert copy_atomically(source, target) == target
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert [p.name for p in target.parent.iterdir()] == ["agenda.pdf"]


def test_what_a_killed_write_left_is_removed_and_nothing_else(tmp_path: Path) -> None:
    names = [
        ".schedule.json.4242.tmp",
        "..schedule.json.4242.tmp.4242.tmp",
        ".Sørvest Havn AS.pdf.17.tmp",
        ".schedule.xlsx.9.tmp",
        ".Sørvest Havn AS - Kari.ics.31.tmp",
        "schedule.json",
        ".hidden notes.txt.12.tmp",
        "notes.pdf",
    ]
    for name in names:
        (tmp_path / name).write_text("x")
    remove_unfinished(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".hidden notes.txt.12.tmp",
        "notes.pdf",
        "schedule.json",
    ]
    remove_unfinished(tmp_path / "missing")
