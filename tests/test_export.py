"""Exports: agendas for one organisation or all in one document, and the whole export as one step."""

from __future__ import annotations

import dataclasses
import errno
from pathlib import Path
from typing import Any

import factories as f
import pytest
from pypdf import PdfReader

from app.documents import agenda_pdf, calendar_ics, grid
from app.documents.agenda_pdf import write_agenda
from app.documents.badges import user_layouts_file
from app.domain import Event
from app.errors import ExportError, InputError
from app.services import exporting


def planned() -> Event:
    event = f.delegation_day()
    return dataclasses.replace(event, meetings=f.solved(event).meetings)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_one_organisation_or_all_agendas_in_one_document(tmp_path: Path) -> None:
    event = planned()
    one = exporting.write_agenda_pdf(event, tmp_path / "one.pdf", org_id=4)
    assert "Sørvest Havn AS" in page_texts(one)[0]
    progress: list[tuple[int, int]] = []
    every = exporting.write_agenda_pdf(
        event, tmp_path / "all.pdf", progress=lambda done, total: progress.append((done, total))
    )
    texts = page_texts(every)
    singles = [
        len(PdfReader(write_agenda(event, o.id, tmp_path / f"{o.id}.pdf")).pages) for o in event.organisations
    ]
    assert len(texts) == sum(singles) == 7, "each agenda starts on a new page"
    for org, text in zip(event.organisations, texts, strict=True):
        assert org.name in text
        assert "Page 1 of 1" in text, "each agenda numbers its own pages"
    assert progress[0] == (0, 7) and progress[-1] == (7, 7)
    assert PdfReader(every).metadata.title == "Agendas: Test day"


def test_a_long_agenda_keeps_its_own_page_numbers_among_the_others(tmp_path: Path) -> None:
    event = planned()
    # Many participants make the first organisation's agenda run over two pages.
    many = tuple(
        dataclasses.replace(p, id=100 + n, name=f"Delegate number {n}")
        for n, p in enumerate([event.participants[0]] * 70)
    )
    event = dataclasses.replace(event, participants=(*event.participants, *many))
    alone = len(PdfReader(write_agenda(event, 1, tmp_path / "qingdao.pdf")).pages)
    assert alone >= 2
    texts = page_texts(exporting.write_agenda_pdf(event, tmp_path / "all.pdf"))
    assert len(texts) == alone + 6
    for number in range(1, alone + 1):
        assert f"Page {number} of {alone}" in texts[number - 1]
    assert "Jinan Smart Works" in texts[alone] and "Page 1 of 1" in texts[alone]


def test_an_organisation_no_longer_there_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no longer in the event"):
        exporting.write_agenda_pdf(planned(), tmp_path / "x.pdf", org_id=99)
    assert not (tmp_path / "x.pdf").exists()


def test_a_saved_copy_is_the_previewed_document(tmp_path: Path) -> None:
    preview = exporting.write_agenda_pdf(planned(), tmp_path / "preview.pdf", org_id=1)
    saved = exporting.save_copy(preview, tmp_path / "Qingdao.pdf")
    assert saved.read_bytes() == preview.read_bytes()


def test_export_writes_everything_and_drops_agendas_of_renamed_organisations(tmp_path: Path) -> None:
    event = planned()
    out = tmp_path / "out"
    progress: list[tuple[int, int]] = []
    result = exporting.export_event(event, out, lambda done, total: progress.append((done, total)))
    assert result.schedule_json == out / "schedule.json" and result.schedule_json.is_file()
    assert result.schedule_xlsx.is_file()
    assert [p.name for p in result.agendas][:2] == [
        "Qingdao Harbour Engineering.pdf",
        "Jinan Smart Works.pdf",
    ]
    # Each agenda, each document beside them (badges, signs, run sheets, grid), then the calendars, in
    # agendas' worth of work: a small event's documents weigh one each, its 14 calendars two.
    total = len(event.organisations) + 4 + 2
    assert progress == [(n, total) for n in (*range(total - 1), total)]
    own = out / "agendas" / "Notes for the welcome desk.pdf"
    own.write_bytes(b"%PDF-1.4 the organiser's own file")
    renamed = dataclasses.replace(event.organisations[0], name="Qingdao Port Engineering")
    event = dataclasses.replace(event, organisations=(renamed, *event.organisations[1:]))
    result = exporting.export_event(event, out)
    names = sorted(p.name for p in (out / "agendas").glob("*.pdf"))
    assert names == sorted([own.name, *(p.name for p in result.agendas)]), "the organiser's own PDF stays"
    assert "Qingdao Port Engineering.pdf" in names and "Qingdao Harbour Engineering.pdf" not in names


def test_a_disk_full_half_way_leaves_the_last_export_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = planned()
    out = tmp_path / "out"
    exporting.export_event(event, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    calls = []

    def full_on_the_third(event: Event, org_id: int, path: Path) -> Any:
        calls.append(org_id)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return write_agenda(event, org_id, path)

    monkeypatch.setattr(agenda_pdf, "write_agenda", full_on_the_third)
    smaller = dataclasses.replace(event, meetings=event.meetings[:1])
    with pytest.raises(ExportError) as raised:
        exporting.export_event(smaller, out)
    message = str(raised.value)
    assert message.startswith(f"the disk is full, so the files could not be written into '{out}'")
    assert message.endswith("Files already in the folder were left as they were.")
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before, "nothing changed, and no temporary file is left"


def test_export_writes_every_document_of_the_day(tmp_path: Path) -> None:
    event = planned()
    out = tmp_path / "out"
    result = exporting.export_event(event, out)
    documents = ["badges.pdf", "signs.pdf", "runsheets.pdf", "grid.pdf"]
    assert [path.name for path in result.documents] == documents
    for name in documents:
        assert len(PdfReader(out / name).pages) >= 1, name
    badges = "\n".join(page_texts(out / "badges.pdf"))
    assert all(person.name in badges for person in event.participants if person.name.isascii())
    # A calendar for every organisation and one for each of its people.
    calendars = sorted((out / "calendar").glob("*.ics"))
    assert calendars == sorted(result.calendars)
    assert len(calendars) == len(event.organisations) + len(event.participants)
    assert all(path.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR") for path in calendars)
    assert not list(out.rglob(".*.tmp")), "no temporary file is left"


def test_calendars_of_removed_organisations_go_and_the_organisers_own_stay(tmp_path: Path) -> None:
    event = planned()
    out = tmp_path / "out"
    exporting.export_event(event, out)
    own = out / "calendar" / "Welcome desk.ics"
    own.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n", encoding="utf-8")
    gone = event.organisations[-1]
    fewer = dataclasses.replace(
        event,
        organisations=event.organisations[:-1],
        participants=tuple(p for p in event.participants if p.organisation_id != gone.id),
        requests=tuple(r for r in event.requests if gone.id not in (r.requester_id, r.requested_id)),
        meetings=tuple(m for m in event.meetings if gone.id not in m.organisation_ids),
    )
    result = exporting.export_event(fewer, out)
    names = sorted(path.name for path in (out / "calendar").glob("*.ics"))
    assert names == sorted([own.name, *(path.name for path in result.calendars)])
    assert not any(name.startswith(gone.name) for name in names)


@pytest.mark.parametrize("failing", ["grid", "calendars"])
def test_a_document_that_fails_leaves_the_last_export_as_it_was(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = planned()
    out = tmp_path / "out"
    exporting.export_event(event, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def full(*args: Any) -> Any:
        target = args[1]
        if failing == "calendars":  # a calendar half written, as a full disk would leave it
            _, target = target[0]
            target.write_text("BEGIN:VCAL", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    if failing == "grid":
        monkeypatch.setattr(grid, "write_grid", full)
    else:
        monkeypatch.setattr(calendar_ics, "write_calendar_files", full)
    smaller = dataclasses.replace(event, meetings=event.meetings[:1])
    with pytest.raises(ExportError, match="the disk is full"):
        exporting.export_event(smaller, out)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before, "nothing changed, and no temporary file is left"
    assert not [p for p in out.rglob("*") if p.is_dir() and p.name.startswith(".")]


def test_an_unknown_time_zone_stops_the_export_before_any_file(tmp_path: Path) -> None:
    event = planned()
    event = dataclasses.replace(
        event, settings=dataclasses.replace(event.settings, time_zone="Europe/Atlantis")
    )
    with pytest.raises(InputError, match="Europe/Atlantis"):
        exporting.export_event(event, tmp_path / "out")
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]


def test_a_folder_that_cannot_be_written_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError) as raised:
        exporting.export_event(planned(), blocker / "out")
    assert str(raised.value).startswith(f"'{blocker}' is a file, not a folder. Choose a folder")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "MeetGrid may not write into '/x'"),
        (OSError(errno.EROFS, "Read-only file system"), "MeetGrid may not write into '/x'"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EIO, "Input/output error"), "could not be written into '/x' (Input/output error)"),
    ],
)
def test_why_files_could_not_be_written(error: OSError, expected: str) -> None:
    assert expected in exporting.why_not_written(error, Path("/x"))


def test_a_broken_badge_layout_of_the_organisers_own_stops_the_export_before_any_file(tmp_path: Path) -> None:
    path = user_layouts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[[layout]]\nname = 'mine'\n title = \n", encoding="utf-8")
    with pytest.raises(InputError, match="badge"):
        exporting.export_event(planned(), tmp_path / "out")
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
