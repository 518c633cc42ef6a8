"""Printing one document of the catalogue (agendas, badges, signs, run sheets, the master grid, the badge
alignment sheet) for the window and the command line, with what the organiser chooses for it: whose documents,
which badge layout, a logo, the printer's offset.

The faces reach ``app.documents`` only through here; every failure comes back as the organiser's sentence
(``InputError`` for a choice to correct, ``ExportError`` for a file that could not be written).
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from app.documents.catalogue import KINDS, PrintOptions
from app.documents.catalogue import Progress as Progress
from app.documents.pdf import LogoError, check_logo
from app.domain import Event, OrgId
from app.errors import ExportError, InputError, Location
from app.reading.names import folded
from app.services.event_setup import change_settings
from app.services.exporting import why_not_written
from app.storage import EventFile

__all__ = [
    "OFFSET_LIMIT",
    "BadgeLayoutInfo",
    "DocumentInfo",
    "PrintOptions",
    "Progress",
    "badge_layouts",
    "document_kind",
    "document_kinds",
    "find_badge_layout",
    "needs_layout",
    "needs_timetable",
    "organisation_ids",
    "print_document",
    "read_logo",
    "store_offset",
    "user_layouts_file",
]

OFFSET_LIMIT = 50.0
"""The largest printer offset, mm either way, that an event stores (``EventSettings`` checks the same)."""

WITHOUT_TIMETABLE = frozenset({"badges", "alignment"})
"""Documents that need no timetable: a badge names a person, not their meetings."""

WITH_LAYOUT = frozenset({"badges", "alignment"})
"""Documents printed on a badge layout (label sheet or badge card)."""

PER_ORGANISATION = frozenset({"agendas", "badges", "signs"})
"""Documents that can be printed for some organisations only (``PrintOptions.only``)."""

CLOSEST_NAMES = 3


@dataclass(frozen=True)
class DocumentInfo:
    """One document as the faces list it."""

    name: str
    """As typed on the command line: ``meetgrid print badges ...``."""
    title: str
    description: str
    filename: str
    """The file ``meetgrid run`` and ``export`` write it to."""
    exported: bool
    """Whether ``meetgrid run`` and ``export`` write it (the alignment sheet is printed on demand only)."""

    @property
    def needs_timetable(self) -> bool:
        return self.name not in WITHOUT_TIMETABLE

    @property
    def needs_layout(self) -> bool:
        return self.name in WITH_LAYOUT

    @property
    def per_organisation(self) -> bool:
        return self.name in PER_ORGANISATION


@dataclass(frozen=True)
class BadgeLayoutInfo:
    name: str
    title: str
    description: str


def document_kinds() -> tuple[DocumentInfo, ...]:
    """Every document, in the order the window lists them."""
    return tuple(
        DocumentInfo(kind.name, kind.title, kind.description, kind.filename, kind.exported)
        for kind in KINDS.values()
    )


def document_kind(name: str) -> DocumentInfo:
    """The document called ``name``; an ``InputError`` naming the documents there are otherwise."""
    for kind in document_kinds():
        if kind.name == name.strip().lower():
            return kind
    known = ", ".join(KINDS)
    raise InputError(f"there is no document '{name}'; choose one of {known}")


def needs_timetable(name: str) -> bool:
    return document_kind(name).needs_timetable


def needs_layout(name: str) -> bool:
    return document_kind(name).needs_layout


def print_document(
    event: Event, kind: str, path: Path, options: PrintOptions | None = None, progress: Progress | None = None
) -> Path:
    """Write the document ``kind`` to ``path``: the whole file, or ``path`` left as it was."""
    info = document_kind(kind)
    options = options or PrintOptions()
    if info.needs_timetable and not event.meetings:
        raise InputError(
            f"the event '{event.settings.name}' has no timetable yet to print the {info.title.lower()} from; "
            "plan it first (Plan in the window, or 'meetgrid solve EVENT.meetgrid')"
        )
    gone = sorted(set(options.only) - set(event.organisation_by_id))
    if gone:
        raise InputError("an organisation chosen is no longer in the event; choose again")
    if info.needs_layout:
        find_badge_layout(options.layout)
    if options.offset is not None:
        check_offset(options.offset)
    with _writing_into(path.parent):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return KINDS[info.name].write(event, path, options, progress)
        except LogoError as exc:
            raise InputError(f"the event's logo cannot be printed: {exc}") from exc


@contextlib.contextmanager
def _writing_into(folder: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise ExportError(why_not_written(exc, folder)) from exc


# -- badge layouts --------------------------------------------------------------------------------------


def badge_layouts() -> tuple[BadgeLayoutInfo, ...]:
    """MeetGrid's badge layouts and the organiser's own (``user_layouts_file``), in the order offered."""
    from app.documents import badges

    try:
        layouts = badges.badge_layouts()
    except badges.BadgeLayoutError as exc:  # the organiser's own file has a mistake; the message names it
        raise InputError(str(exc)) from exc
    return tuple(BadgeLayoutInfo(layout.name, layout.title, layout.description) for layout in layouts)


def find_badge_layout(name: str) -> BadgeLayoutInfo:
    """The layout called ``name`` ('' is the first); otherwise an ``InputError`` naming the layouts."""
    from app.documents import badges

    try:
        layout = badges.find_layout(name)
    except badges.BadgeLayoutError as exc:
        raise InputError(str(exc)) from exc
    return BadgeLayoutInfo(layout.name, layout.title, layout.description)


def user_layouts_file() -> Path:
    """Where the organiser's own badge layouts are read from."""
    from app.documents import badges

    return badges.user_layouts_file()


# -- the organiser's choices ----------------------------------------------------------------------------


def read_logo(path: Path) -> bytes:
    """The logo in ``path`` (PNG or SVG) for ``--logo``; an ``InputError`` naming the file otherwise."""
    where = Location(file=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("there is no such file; give the path of a PNG or SVG logo", where) from None
    except IsADirectoryError:
        raise InputError("this is a folder; give the path of a PNG or SVG logo", where) from None
    except OSError as exc:
        raise InputError(
            f"the logo could not be read ({exc.strerror or exc}); check that the file is there and "
            "readable, or choose another",
            where,
        ) from None
    try:
        check_logo(data)
    except LogoError as exc:
        raise InputError(f"{exc} (an image saved as .png or a drawing saved as .svg)", where) from None
    return data


def organisation_ids(event: Event, names: Iterable[str]) -> frozenset[OrgId]:
    """The organisations named (without case or accents, by name or local name); an ``InputError`` with the
    closest names for a name that matches none."""
    by_name: dict[str, OrgId] = {}
    for org in event.organisations:
        for name in (org.name, org.local_name):
            if name:
                by_name.setdefault(folded(" ".join(name.split())), org.id)
    found = set()
    for name in names:
        key = folded(" ".join(name.split()))
        if key in by_name:
            found.add(by_name[key])
            continue
        raise InputError(f"no organisation is called '{name}'{_closest(event, key)}")
    return frozenset(found)


def _closest(event: Event, key: str) -> str:
    names = [org.name for org in event.organisations]
    hits = process.extract(
        key, [folded(name) for name in names], scorer=fuzz.WRatio, processor=None, limit=CLOSEST_NAMES
    )
    alike = [names[index] for _, score, index in hits if score >= 50]
    if not alike:
        return "; check the name as the event lists it"
    return "; did you mean " + " or ".join(f"'{name}'" for name in alike) + "?"


def check_offset(offset: Sequence[float]) -> tuple[float, float]:
    """The printer offset (mm, right and up) if both are within ``OFFSET_LIMIT``; else an ``InputError``."""
    right, up = offset
    if not (math.isfinite(right) and math.isfinite(up)):
        raise InputError("an offset is two numbers of millimetres, right and up, such as 1.5,-0.5")
    if abs(right) > OFFSET_LIMIT or abs(up) > OFFSET_LIMIT:
        raise InputError(
            f"an offset of {right:g} mm right and {up:g} mm up is more than a printer is ever off; "
            f"each must be between -{OFFSET_LIMIT:g} and {OFFSET_LIMIT:g} mm"
        )
    return float(right), float(up)


def store_offset(event_file: EventFile, layout: str, offset: tuple[float, float]) -> Event:
    """Store the printer offset of a badge layout with the event, as an undoable change of its settings."""
    name = find_badge_layout(layout).name
    right, up = check_offset(offset)
    event = event_file.load()
    settings = event.settings
    kept = tuple(entry for entry in settings.badge_offsets if entry[0] != name)
    offsets = kept if (right, up) == (0.0, 0.0) else (*kept, (name, right, up))
    return change_settings(event_file, dataclasses.replace(settings, badge_offsets=offsets), before=event)
