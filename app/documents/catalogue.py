"""Every document MeetGrid prints, by the name the command line and the window use for it.

Each document is one module with one writer, ``write(event, path, options, progress) -> path``, that writes
the whole file or leaves ``path`` as it was. Writers are imported when first used, so that starting the window
does not load every document's code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.domain import Event, OrgId

Progress = Callable[[int, int], None]
"""Called with (parts done, parts in all) as a document is written: agendas, badges, pages."""


@dataclass(frozen=True)
class PrintOptions:
    """What the organiser chose for one printing."""

    only: frozenset[OrgId] = frozenset()
    """The organisations to print for (their people, their agendas, the tables they sit at); empty: all."""
    layout: str = ""
    """The badge layout by name (``badge_layouts``); '' is the first of the list."""
    logo: bytes | None = None
    """A logo for this printing only (``--logo FILE``); None: the event's own."""
    offset: tuple[float, float] | None = None
    """Printer offset in mm (right, up) for this printing only; None: the one stored for the layout."""

    def includes(self, org_id: OrgId) -> bool:
        return not self.only or org_id in self.only

    def logo_of(self, event: Event) -> bytes:
        return event.settings.logo if self.logo is None else self.logo

    def offset_of(self, event: Event, layout: str) -> tuple[float, float]:
        return event.settings.badge_offset(layout) if self.offset is None else self.offset


class Writer(Protocol):
    def __call__(
        self, event: Event, path: Path, options: PrintOptions, progress: Progress | None = None
    ) -> Path: ...


@dataclass(frozen=True)
class DocumentKind:
    name: str
    """As typed on the command line: ``meetgrid print badges ...``."""
    title: str
    """As the window lists it."""
    filename: str
    """The file ``meetgrid run`` and ``export`` write it to."""
    description: str
    writer: str = field(repr=False)
    """``module:function`` of the writer."""
    exported: bool = True
    """Written by ``meetgrid run`` and ``export`` (the alignment test sheet is printed on demand only)."""

    def write(
        self, event: Event, path: Path, options: PrintOptions, progress: Progress | None = None
    ) -> Path:
        module, function = self.writer.split(":")
        write: Writer = getattr(importlib.import_module(module), function)
        return write(event, path, options, progress)


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind(
            "agendas",
            "Agendas",
            "agendas.pdf",
            "Each organisation's timetable in English and the reader's language, a QR code per person.",
            "app.documents.agenda_pdf:write_agendas_document",
        ),
        DocumentKind(
            "badges",
            "Badges",
            "badges.pdf",
            "A badge for every participant and interpreter, on label sheets or badge-printer cards.",
            "app.documents.badges:write_badges",
        ),
        DocumentKind(
            "signs",
            "Table signs",
            "signs.pdf",
            "A folding sign for every table, then each table's run sheet: who meets there, when.",
            "app.documents.signs:write_signs",
        ),
        DocumentKind(
            "runsheets",
            "Interpreter run sheets",
            "runsheets.pdf",
            "Where and when each interpreter is needed, with whom, between which languages.",
            "app.documents.runsheets:write_runsheets",
        ),
        DocumentKind(
            "grid",
            "Master grid",
            "grid.pdf",
            "The whole timetable on A3 landscape, slots by tables, for the wall and the desk.",
            "app.documents.grid:write_grid",
        ),
        DocumentKind(
            "alignment",
            "Badge alignment test sheet",
            "alignment.pdf",
            "The outlines of a badge layout's labels, to hold against a label sheet before printing badges.",
            "app.documents.badges:write_alignment_sheet",
            exported=False,
        ),
    )
}
"""The documents in the order the window lists them and ``meetgrid run`` writes them."""
