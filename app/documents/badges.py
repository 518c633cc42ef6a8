"""Badges: one for every participant and interpreter, on label sheets or badge-printer cards, and the
alignment test sheet that shows how far a printer puts a sheet off.

Layouts are data: ``badge_layouts.toml`` beside this file, and the organiser's own ``badge-layouts.toml``
in MeetGrid's settings folder. Each badge is laid out from its label's size (``badge_face``), so a CR80
card and a 105 x 74 mm insert both get the name as large as it fits, a QR code large enough to scan and the
group's colour band. Over 400 lines because layouts, faces and sheets share their geometry.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.catalogue import PrintOptions, Progress
from app.documents.pdf import (
    ACCENT,
    MUTED,
    FittedText,
    check_logo,
    draw_fitted,
    draw_logo,
    draw_qr,
    fit_text,
    register_fonts,
    text_width,
)
from app.domain import Event
from app.files import replaced_atomically
from app.paths import user_config_dir

# -- layouts --------------------------------------------------------------------------------------------


class BadgeLayoutError(ValueError):
    """A badge layout that is not known, or an organiser's layout file MeetGrid cannot use."""


@dataclass(frozen=True)
class BadgeLayout:
    """A sheet of labels (or one card a page): where each label lies, in millimetres."""

    name: str
    """As typed on the command line: ``a4-2x5-80x50``."""
    title: str
    """As the window lists it."""
    paper: str
    """As the layout names it: 'A4', 'Letter landscape', 'card', '210 × 297 mm'."""
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    """From the paper's left edge to the first column."""
    top: float = 0.0
    """From the paper's top edge to the first row."""
    pitch_across: float = 0.0
    """From one label's left edge to the next one's."""
    pitch_down: float = 0.0
    radius: float = 0.0
    cut_marks: bool = False
    """Plain paper or card cut by hand: marks outside the labels show where to cut."""
    unit: str = "mm"
    """The unit the layout was written in ('mm' or 'in'), for its description."""
    source: str = ""
    """The organiser's file the layout comes from; '' for one MeetGrid ships."""

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def description(self) -> str:
        """One line: paper, labels a sheet, label size."""
        size = f"{_length(self.label_width, self.unit)} × {_length(self.label_height, self.unit)} {self.unit}"
        if self.paper == "card":
            return f"One card a page, {size}"
        line = f"{self.paper}, {self.per_sheet} labels a sheet ({self.columns} × {self.rows}), {size}"
        return line + (", to cut" if self.cut_marks else "")

    def labels(self) -> tuple[tuple[float, float], ...]:
        """The lower left corner of every label in mm from the page's lower left, row by row."""
        return tuple(
            (
                self.left + column * self.pitch_across,
                self.page_height - self.top - row * self.pitch_down - self.label_height,
            )
            for row in range(self.rows)
            for column in range(self.columns)
        )


INCH = 25.4
_KEYS = ("name", "title", "paper", "unit", "label", "grid", "margin", "gap", "pitch", "radius", "cut_marks")
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
_SLACK = 0.01
"""Millimetres a label may overrun the paper by rounding."""


class _Problem(Exception):
    """What is wrong with one layout; the caller adds the file and the layout."""


def _length(value: float, unit: str) -> str:
    return f"{value / (INCH if unit == 'in' else 1):.2f}".rstrip("0").rstrip(".")


def _number(table: Mapping[str, Any], key: str) -> float:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Problem(f"'{key}' must be a number, not {value!r}")
    return float(value)


def _pair(table: Mapping[str, Any], key: str, factor: float, *, positive: bool) -> tuple[float, float] | None:
    """Two numbers ``[across, down]`` in mm, or None when the key is not given."""
    if key not in table:
        return None
    value = table[key]
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) for v in value)
    ):
        raise _Problem(f"'{key}' must be two numbers such as [80, 50], not {value!r}")
    if any(v < 0 or (positive and v == 0) for v in value):
        raise _Problem(f"'{key}' must be {'above' if positive else 'at least'} zero, not {value!r}")
    return value[0] * factor, value[1] * factor


def _paper(
    table: Mapping[str, Any], papers: Mapping[str, tuple[float, float]], factor: float
) -> tuple[str, tuple[float, float] | None]:
    """The paper's name and size in mm (None for a card, whose page is its label)."""
    paper = table.get("paper")
    if isinstance(paper, list):
        size = _pair(table, "paper", factor, positive=True)
        unit = "in" if factor == INCH else "mm"
        assert size is not None
        return f"{_length(size[0], unit)} × {_length(size[1], unit)} {unit}", size
    if not isinstance(paper, str) or not paper.strip():
        raise _Problem(f"'paper' must name the paper ({', '.join(papers)} or card) or give [width, height]")
    words = paper.split()
    if [w.casefold() for w in words] == ["card"]:
        return "card", None
    landscape = len(words) == 2 and words[1].casefold() == "landscape"
    known = {name.casefold(): (name, size) for name, size in papers.items()}
    if not words or len(words) > 2 or (len(words) == 2 and not landscape) or words[0].casefold() not in known:
        raise _Problem(
            f"unknown paper '{paper}'; use {', '.join(papers)} (or 'A4 landscape'), card, or [width, height]"
        )
    name, (width, height) = known[words[0].casefold()]
    return (f"{name} landscape", (height, width)) if landscape else (name, (width, height))


def _grid(table: Mapping[str, Any]) -> tuple[int, int]:
    value = table.get("grid", [1, 1])
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in value)
    ):
        raise _Problem(f"'grid' must be [columns, rows], two whole numbers from 1, not {value!r}")
    return value[0], value[1]


def _layout(table: Mapping[str, Any], papers: Mapping[str, tuple[float, float]], source: str) -> BadgeLayout:
    unknown = [key for key in table if key not in _KEYS]
    if unknown:
        raise _Problem(f"unknown setting '{unknown[0]}'; a layout has {', '.join(_KEYS)}")
    title = table.get("title", "")
    if not isinstance(title, str) or not title.strip():
        raise _Problem("it needs a 'title', as the window lists it")
    unit = table.get("unit", "mm")
    if unit not in ("mm", "in"):
        raise _Problem(f'\'unit\' must be "mm" or "in", not {unit!r}')
    factor = INCH if unit == "in" else 1.0
    label = _pair(table, "label", factor, positive=True)
    if label is None:
        raise _Problem("it needs 'label' = [width, height]")
    columns, rows = _grid(table)
    paper, page = _paper(table, papers, factor)
    radius = _number(table, "radius") * factor if "radius" in table else 0.0
    if not 0 <= radius <= min(label) / 2:
        raise _Problem(f"'radius' must be between 0 and half the label's height, not {radius:g}")
    cut_marks = table.get("cut_marks", False)
    if not isinstance(cut_marks, bool):
        raise _Problem(f"'cut_marks' must be true or false, not {cut_marks!r}")
    if "gap" in table and "pitch" in table:
        raise _Problem("give either 'gap' or 'pitch', not both")
    if page is None:
        extra = [key for key in ("margin", "gap", "pitch") if key in table]
        if (columns, rows) != (1, 1) or extra:
            raise _Problem("a card is the whole page: it takes no grid, margin, gap or pitch")
        page = label
    gap = _pair(table, "gap", factor, positive=False) or (0.0, 0.0)
    pitch = _pair(table, "pitch", factor, positive=True) or (label[0] + gap[0], label[1] + gap[1])
    for size, step, across in ((label[0], pitch[0], "across"), (label[1], pitch[1], "down")):
        if step < size - _SLACK:
            raise _Problem(
                f"the pitch {across} ({_length(step, unit)} {unit}) is less than the label "
                f"({_length(size, unit)} {unit}): the labels would overlap"
            )
    used = ((columns - 1) * pitch[0] + label[0], (rows - 1) * pitch[1] + label[1])
    given = _pair(table, "margin", factor, positive=False)
    margin = given or ((page[0] - used[0]) / 2, (page[1] - used[1]) / 2)
    for start, need, room, count, what in (
        (margin[0], used[0], page[0], columns, "wide"),
        (margin[1], used[1], page[1], rows, "high"),
    ):
        if start < -_SLACK or start + need > room + _SLACK:
            where = "across" if what == "wide" else "down"
            since = f" from {_length(start, unit)} {unit}" if given else ""
            raise _Problem(
                f"the labels do not fit the paper: {count} {where} take {_length(need, unit)} {unit}{since},"
                f" the paper is {_length(room, unit)} {unit} {what}"
            )
    return BadgeLayout(
        name=str(table["name"]),
        title=" ".join(title.split()),
        paper=paper,
        page_width=page[0],
        page_height=page[1],
        label_width=label[0],
        label_height=label[1],
        columns=columns,
        rows=rows,
        left=margin[0],
        top=margin[1],
        pitch_across=pitch[0],
        pitch_down=pitch[1],
        radius=radius,
        cut_marks=cut_marks,
        unit=unit,
        source=source,
    )


def _layouts_of(data: Mapping[str, Any], where: str, source: str) -> tuple[BadgeLayout, ...]:
    """The ``[[layout]]`` tables of one file, each checked; ``where`` names the file in errors."""
    papers = {**_bundled_papers(), **_papers_of(data, where)}
    tables = data.get("layout", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise BadgeLayoutError(f"{where}: each layout must be a [[layout]] table")
    layouts: list[BadgeLayout] = []
    for number, table in enumerate(tables, start=1):
        name = table.get("name")
        label = f"layout '{name}'" if isinstance(name, str) and name else f"layout {number}"
        try:
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                raise _Problem(
                    "it needs a 'name' of small letters, digits and dashes, such as \"a4-3x8-70x37\""
                    + (f", not {name!r}" if name is not None else "")
                )
            if any(layout.name == name for layout in layouts):
                raise _Problem("another layout in the file has the same name")
            layouts.append(_layout(table, papers, source))
        except _Problem as problem:
            raise BadgeLayoutError(f"{where}: {label}: {problem}") from None
    return tuple(layouts)


def _papers_of(data: Mapping[str, Any], where: str) -> dict[str, tuple[float, float]]:
    """The ``[paper]`` sizes of one file, in mm."""
    papers = data.get("paper", {})
    wrong = BadgeLayoutError(f"{where}: [paper] gives each paper as Name = [width, height] in mm")
    if not isinstance(papers, dict):
        raise wrong
    found: dict[str, tuple[float, float]] = {}
    for name, size in papers.items():
        try:
            pair = _pair({"size": size}, "size", 1.0, positive=True)
        except _Problem:
            raise wrong from None
        assert pair is not None
        found[name] = pair
    return found


@cache
def _bundled_data() -> dict[str, Any]:
    text = files("app.documents").joinpath("badge_layouts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _bundled_papers() -> dict[str, tuple[float, float]]:
    return {name: (float(w), float(h)) for name, (w, h) in _bundled_data()["paper"].items()}


@cache
def _bundled_layouts() -> tuple[BadgeLayout, ...]:
    return _layouts_of(_bundled_data(), "MeetGrid's badge_layouts.toml", "")


def user_layouts_file() -> Path:
    """The organiser's own badge layouts: ``badge-layouts.toml`` in MeetGrid's settings folder."""
    return user_config_dir() / "badge-layouts.toml"


def _user_layouts() -> tuple[BadgeLayout, ...]:
    path = user_layouts_file()
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadgeLayoutError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise BadgeLayoutError(f"{path}: is not a text file in UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise BadgeLayoutError(f"{path}: is not valid TOML: {exc}") from None
    unknown = [key for key in data if key not in ("layout", "paper")]
    if unknown:
        raise BadgeLayoutError(
            f"{path}: unknown entry '{unknown[0]}'; the file holds [[layout]] tables and [paper] sizes"
        )
    return _layouts_of(data, str(path), str(path))


def badge_layouts() -> tuple[BadgeLayout, ...]:
    """The layouts MeetGrid ships, then the organiser's own; one of theirs with a shipped name replaces it."""
    layouts = {layout.name: layout for layout in _bundled_layouts()}
    for layout in _user_layouts():
        layouts[layout.name] = layout
    return tuple(layouts.values())


def find_layout(name: str) -> BadgeLayout:
    """The layout called ``name``; '' is the first of the list."""
    layouts = badge_layouts()
    wanted = name.strip().casefold()
    if not wanted:
        return layouts[0]
    for layout in layouts:
        if layout.name == wanted:
            return layout
    known = ", ".join(layout.name for layout in layouts)
    raise BadgeLayoutError(f"unknown badge layout '{name}'; the layouts are: {known}")


# -- what a badge says ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """One person's badge, in words."""

    names: tuple[str, str]
    """The person's name in Latin letters and in the local script ('' where there is none)."""
    organisation: tuple[str, str]
    detail: str
    """The country; an interpreter's languages."""
    group: str
    colour: str
    """The band's colour, '#RRGGBB'."""
    code: str
    """The check-in code the QR code carries."""


@cache
def _style() -> tuple[tuple[tuple[str, str, frozenset[str]], ...], tuple[str, ...], str, str]:
    """From the data file: the default colours (group, colour, words), the palette, the colour of no
    group and the interpreters' group."""
    data = _bundled_data()
    defaults = tuple(
        (entry["group"], entry["colour"], frozenset(word.casefold() for word in entry["words"]))
        for entry in data["colour"]
    )
    badges = data["badges"]
    return defaults, tuple(badges["palette"]), badges["no_group"], badges["interpreter_group"]


def group_colours(event: Event, *, chosen: bool = True) -> dict[str, str]:
    """Each group's band colour by its folded name: the organiser's, else a default colour for a group
    named with its words (Delegation, Host, Organiser, Interpreter), else the palette in group order.
    Without ``chosen``, MeetGrid's own colours (what the window's Reset goes back to), the interpreters'
    included even before any interpreter is registered."""
    defaults, palette, _, interpreters = _style()
    own = {group.casefold(): colour for group, colour in event.settings.badge_colours} if chosen else {}
    groups = dict.fromkeys(org.group.strip() for org in event.organisations if org.group.strip())
    if event.interpreters or not chosen:
        groups[interpreters] = None
    spare = itertools.cycle(palette)
    colours: dict[str, str] = {}
    for group in groups:
        key = group.casefold()
        if key in colours:
            continue
        words = set(re.findall(r"\w+", key))
        default = next((colour for _, colour, known in defaults if words & known), "")
        colours[key] = own.get(key) or default or next(spare)
    return colours


def badges_for(event: Event, options: PrintOptions) -> tuple[Badge, ...]:
    """Organisations in registration order with their people, then the interpreters (unless printing for
    chosen organisations only)."""
    colours = group_colours(event)
    _, _, no_group, interpreters = _style()
    badges = []
    for org in event.organisations:
        if not options.includes(org.id):
            continue
        group = org.group.strip()
        colour = colours.get(group.casefold(), no_group) if group else no_group
        for person in event.participants_by_organisation.get(org.id, ()):
            badges.append(Badge(person.names, org.names, org.country, group, colour, person.code))
    if not options.only:
        colour = colours.get(interpreters.casefold(), no_group)
        for interpreter in event.interpreters:
            languages = " · ".join(interpreter.languages)
            badges.append(
                Badge(interpreter.names, ("", ""), languages, interpreters, colour, interpreter.code)
            )
    return tuple(badges)


# -- a badge's face -------------------------------------------------------------------------------------

INK = "#1B1F24"


@dataclass(frozen=True)
class Piece:
    """One thing on a badge, in points from the label's lower left corner."""

    kind: str
    """'band', 'group', 'event', 'logo', 'name', 'organisation', 'detail', 'qr' or 'code'."""
    x: float
    y: float
    width: float
    height: float
    text: FittedText | None = None
    bold: bool = False
    colour: str = INK


@dataclass(frozen=True)
class _Line:
    """A text of the badge's block before it is fitted: its sizes in points and the space above it."""

    text: str
    largest: float
    smallest: float
    max_lines: int
    bold: bool
    colour: str
    kind: str
    space: float = 0.0


def _whole(fitted: FittedText, text: str) -> bool:
    """The fitted lines hold all of ``text``, none cut short."""
    return "".join(fitted.lines).replace(" ", "") == "".join(text.split())


@lru_cache(maxsize=16384)
def _natural(text: str, bold: bool) -> float:
    """The width of ``text`` on one line at 1 pt; at any other size it is as many times wider."""
    return text_width(text, 1, bold=bold)


def _one_line(text: str, size: float, bold: bool) -> FittedText:
    """``text`` on one line at ``size``, where the caller has made sure it fits."""
    text = " ".join(text.split())
    return FittedText((text,), size, _natural(text, bold) * size, size)


def _fit_line(
    text: str, width: float, height: float, *, largest: float, smallest: float, bold: bool = False
) -> FittedText:
    """One line as large as fits, up to ``largest``; below ``smallest`` cut short as ``fit_text`` does."""
    natural = _natural(" ".join(text.split()), bold)
    size = min(largest, height, width / natural * 0.999 if natural else largest)
    if size >= smallest:
        return _one_line(text, size, bold)
    return fit_text(text, width, height, largest=largest, smallest=smallest, max_lines=1, bold=bold)


def _at_scale(lines: Sequence[_Line], scale: float, width: float, height: float) -> list[FittedText]:
    """The lines at ``scale`` of their largest sizes, each wrapped to its most lines, or [] where one does
    not fit whole or all together are higher than ``height``."""
    fitted = []
    for line in lines:
        size = line.largest * scale
        text = fit_text(
            line.text,
            width,
            height,
            largest=size,
            smallest=size,
            max_lines=line.max_lines,
            bold=line.bold,
        )
        if not _whole(text, line.text):
            return []
        fitted.append(text)
    return fitted if sum(t.height for t in fitted) + sum(line.space for line in lines[1:]) <= height else []


def _fit_block(
    lines: Sequence[_Line], width: float, height: float, *, one_line_to: float = 0.6
) -> list[FittedText]:
    """All lines at one scale of their sizes, the largest at which they fit the box together: first each
    on one line (down to ``one_line_to`` of their sizes), then wrapped to their most lines; where even
    their smallest sizes do not fit, each is cut to the room the ones below it leave."""
    # Widths and heights grow with the size, so the scale that puts each line on one line is worked out.
    lowest = max(line.smallest / line.largest for line in lines)
    spaces = sum(line.space for line in lines[1:])
    single = 0.999 * min(
        1.0,
        (height - spaces) / sum(line.largest for line in lines),
        *(
            width / (w * line.largest)
            for line in lines
            if (w := _natural(" ".join(line.text.split()), line.bold))
        ),
    )
    if single >= max(one_line_to, lowest):
        return [_one_line(line.text, line.largest * single, line.bold) for line in lines]
    if fitted := _at_scale(lines, 1.0, width, height):
        return fitted
    if fitted := _at_scale(lines, lowest, width, height):
        low, high = lowest, 1.0  # fits at low, not at high: halve the gap to within 1 %
        while high - low > 0.01:
            middle = (low + high) / 2
            if attempt := _at_scale(lines, middle, width, height):
                low, fitted = middle, attempt
            else:
                high = middle
        return fitted
    fitted = []
    left = height
    for index, line in enumerate(lines):
        reserve = sum(later.smallest + later.space for later in lines[index + 1 :])
        room = max(line.smallest, left - reserve - (line.space if index else 0))
        text = fit_text(
            line.text,
            width,
            room,
            largest=line.smallest,
            smallest=line.smallest,
            max_lines=line.max_lines,
            bold=line.bold,
        )
        fitted.append(text)
        left -= text.height + (line.space if index else 0)
    return fitted


def _band_ink(colour: str) -> str:
    """White on a dark band, ink on a light one."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#FFFFFF" if 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.6 else INK


def _text_lines(badge: Badge, high: float, gap: float) -> tuple[list[_Line], list[_Line]]:
    """The name (local script above Latin letters where the person has both) and the organisation."""
    latin, local = badge.names
    if latin and local:
        names = [
            _Line(local, 0.42 * high, 7, 1, True, INK, "name"),
            _Line(latin, 0.36 * high, 6, 2, True, INK, "name", 0.04 * high),
        ]
    else:
        names = [_Line(latin or local, 0.42 * high, 6, 2, True, INK, "name")]
    org_latin, org_local = badge.organisation
    rest = [
        _Line(text, size, 5.5, lines, bold, colour, kind, space)
        for text, size, lines, bold, colour, kind, space in (
            (org_latin, 0.2 * high, 2, True, ACCENT.hexval(), "organisation", 0.0),
            (org_local, 0.19 * high, 1, False, INK, "organisation", 0.03 * high),
            (badge.detail, 0.16 * high, 1, False, MUTED.hexval(), "detail", 0.03 * high),
        )
        if text
    ]
    if rest:  # whichever comes first (an interpreter has only languages) stands apart from the name
        rest[0] = dataclasses.replace(rest[0], space=gap)
    return names, rest


def badge_face(
    badge: Badge, event_name: str, width: float, height: float, *, logo: bool
) -> tuple[Piece, ...]:
    """Where everything on a badge of ``width`` x ``height`` points goes: the event and the logo at the
    top, the name large and the organisation beneath it, the QR code with its code beside them (on a
    landscape label) or beneath them (portrait), the group's band across the foot. Every box lies inside
    the label, every text inside its box."""
    short = min(width, height)
    high = short / mm  # sizes follow the label's shorter side, in points per mm of it
    pad = max(3 * mm, 0.065 * short)
    gap = 0.45 * pad
    band = 0.19 * short
    header = 0.12 * short
    code_height = max(2.4 * mm, 0.05 * short)
    top, bottom = height - pad, band + gap
    pieces = [Piece("band", 0, 0, width, band, colour=badge.colour)]
    if badge.group:
        group = _fit_line(
            badge.group.upper(), width - 2 * pad, band * 0.6, largest=0.24 * high, smallest=6, bold=True
        )
        ink = _band_ink(badge.colour)
        pieces.append(
            Piece("group", pad, (band - group.height) / 2, width - 2 * pad, group.height, group, True, ink)
        )
    if height > 1.15 * width:  # portrait: logo, event, name, organisation, then the QR code, all centred
        left, column = pad, width - 2 * pad
        if logo:
            pieces.append(Piece("logo", pad, top - header, column, header))
            top -= header + gap
        qr = max(16 * mm, 0.5 * width)
        qr = min(qr, (top - header - bottom - code_height) / 2, column)
        qr_left, qr_bottom = (width - qr) / 2, bottom + code_height
        floor = qr_bottom + qr + gap
    else:  # landscape: the QR code and the logo in a column on the right
        qr_room_top = top - header - gap if logo else top
        qr = max(16 * mm, min(0.42 * height, 0.3 * width))
        # On a label too small for it the code takes what there is and leaves the name half the width.
        qr = min(qr, qr_room_top - bottom - code_height, 0.5 * width - pad)
        qr_left = width - pad - qr
        qr_bottom = bottom + code_height + max(0.0, (qr_room_top - bottom - code_height - qr) / 2)
        left, column, floor = pad, qr_left - gap * 1.5 - pad, bottom
        if logo:
            pieces.append(Piece("logo", qr_left, top - header, qr, header))
    if badge.code:  # someone without a check-in code (an event not saved yet) gets no QR code
        code = _fit_line(badge.code, qr, code_height, largest=0.15 * high, smallest=5)
        pieces.append(Piece("qr", qr_left, qr_bottom, qr, qr))
        pieces.append(
            Piece("code", qr_left, qr_bottom - code.height, qr, code.height, code, False, MUTED.hexval())
        )

    event = _fit_line(event_name, column, header, largest=0.15 * high, smallest=5, bold=True)
    pieces.append(
        Piece("event", left, top - event.height, column, event.height, event, True, ACCENT.hexval())
    )

    room_top = top - header - gap
    room = room_top - floor
    names, about = _text_lines(badge, high, gap)
    # The organisation may take up to 45 % of the room, the name what is left: a long organisation name
    # does not make the person's name smaller.
    fitted = _fit_block(about, column, room * 0.45, one_line_to=0.85) if about else []
    below = sum(text.height for text in fitted) + sum(line.space for line in about)
    fitted = _fit_block(names, column, room - below) + fitted
    lines = names + about
    block = sum(text.height for text in fitted) + sum(line.space for line in lines[1:])
    y = room_top - max(0.0, (room - block) / 2)
    for index, (line, text) in enumerate(zip(lines, fitted, strict=True)):
        y -= line.space if index else 0
        pieces.append(
            Piece(line.kind, left, y - text.height, column, text.height, text, line.bold, line.colour)
        )
        y -= text.height
    return tuple(pieces)


_LOGO = "MeetGridLogo"
"""The form (drawn once, placed on every badge) holding the logo."""


def _draw_face(canvas: Canvas, pieces: Sequence[Piece], code: str) -> None:
    for piece in pieces:
        if piece.kind == "band":
            canvas.setFillColor(colors.HexColor(piece.colour))
            canvas.rect(piece.x, piece.y, piece.width, piece.height, stroke=0, fill=1)
        elif piece.kind == "qr":
            canvas.setFillColor(colors.black)
            draw_qr(canvas, code, piece.x, piece.y, piece.width)
        elif piece.kind == "logo":
            canvas.saveState()
            canvas.translate(piece.x, piece.y)
            canvas.doForm(_LOGO)
            canvas.restoreState()
        elif piece.text is not None:
            canvas.setFillColor(colors.HexColor(piece.colour))
            draw_fitted(
                canvas,
                piece.text,
                piece.x,
                piece.y + piece.height,
                piece.width,
                bold=piece.bold,
                align="centre",
            )


# -- sheets ---------------------------------------------------------------------------------------------


def _label_shape(canvas: Canvas, x: float, y: float, width: float, height: float, radius: float) -> Any:
    path = canvas.beginPath()
    if radius > 0:
        path.roundRect(x, y, width, height, radius)
    else:
        path.rect(x, y, width, height)
    return path


def cut_marks(layout: BadgeLayout) -> tuple[tuple[float, float, float, float], ...]:
    """Short marks (x1, y1, x2, y2 in mm) continuing each label's edges outside it, shortened or left out
    where they would reach another label or leave the page."""
    length, clear = 5.0, 1.5
    rects = [(x, y, x + layout.label_width, y + layout.label_height) for x, y in layout.labels()]
    marks = []
    for left, bottom, right, top in rects:
        for x, y, dx, dy in (
            (left, top, 0, 1),
            (right, top, 0, 1),
            (left, bottom, 0, -1),
            (right, bottom, 0, -1),
            (left, top, -1, 0),
            (left, bottom, -1, 0),
            (right, top, 1, 0),
            (right, bottom, 1, 0),
        ):
            start, end = clear, clear + length
            for other in rects:  # stop short of any label the mark runs into
                for distance in (start + step * 0.25 for step in range(int((end - start) / 0.25) + 1)):
                    px, py = x + dx * distance, y + dy * distance
                    if other[0] - 0.8 <= px <= other[2] + 0.8 and other[1] - 0.8 <= py <= other[3] + 0.8:
                        end = min(end, distance - 0.25)
                        break
            end = min(end, _to_page_edge(layout, x, y, dx, dy))
            if end - start >= 1.5:
                marks.append((x + dx * start, y + dy * start, x + dx * end, y + dy * end))
    return tuple(dict.fromkeys(marks))


def _to_page_edge(layout: BadgeLayout, x: float, y: float, dx: int, dy: int) -> float:
    """How far from (x, y) in direction (dx, dy) the page's printable part ends (3 mm from its edge)."""
    inset = 3.0
    if dx:
        return (layout.page_width - inset - x) if dx > 0 else (x - inset)
    return (layout.page_height - inset - y) if dy > 0 else (y - inset)


def _draw_cut_marks(canvas: Canvas, layout: BadgeLayout) -> None:
    canvas.setStrokeColor(colors.HexColor("#444444"))
    canvas.setLineWidth(0.4)
    for x1, y1, x2, y2 in cut_marks(layout):
        canvas.line(x1 * mm, y1 * mm, x2 * mm, y2 * mm)


def _new_canvas(path: Path, layout: BadgeLayout, event: Event, title: str) -> Canvas:
    canvas = Canvas(str(path), pagesize=(layout.page_width * mm, layout.page_height * mm))
    canvas.setTitle(f"{title} · {event.settings.name}")
    canvas.setAuthor("MeetGrid")
    canvas.setCreator("MeetGrid")
    canvas.setSubject(f"{title}, {layout.title}")
    return canvas


def write_badges(event: Event, path: Path, options: PrintOptions, progress: Progress | None = None) -> Path:
    """A badge for every participant (of the chosen organisations) and interpreter, on the chosen layout's
    sheets, shifted by the printer's offset for it. Writes the whole file or leaves ``path`` as it was."""
    layout = find_layout(options.layout)
    badges = badges_for(event, options)
    logo = options.logo_of(event)
    if logo:
        check_logo(logo)
    right, up = options.offset_of(event, layout.name)
    width, height = layout.label_width * mm, layout.label_height * mm
    spots = layout.labels()
    register_fonts()
    with replaced_atomically(path) as temporary:
        canvas = _new_canvas(temporary, layout, event, "Badges")
        if logo and badges:  # every badge's logo box is the same size; the logo is drawn into it once
            face = badge_face(badges[0], event.settings.name, width, height, logo=True)
            (box,) = [piece for piece in face if piece.kind == "logo"]
            canvas.beginForm(_LOGO, 0, 0, box.width, box.height)
            draw_logo(canvas, logo, 0, 0, box.width, box.height)
            canvas.endForm()
        canvas.translate(right * mm, up * mm)
        if layout.cut_marks:
            _draw_cut_marks(canvas, layout)
        for index, badge in enumerate(badges):
            if index and index % len(spots) == 0:
                canvas.showPage()
                canvas.translate(right * mm, up * mm)
                if layout.cut_marks:
                    _draw_cut_marks(canvas, layout)
            x, y = spots[index % len(spots)]
            canvas.saveState()
            canvas.translate(x * mm, y * mm)
            canvas.clipPath(_label_shape(canvas, 0, 0, width, height, layout.radius * mm), stroke=0, fill=0)
            _draw_face(
                canvas, badge_face(badge, event.settings.name, width, height, logo=bool(logo)), badge.code
            )
            canvas.restoreState()
            if progress is not None:
                progress(index + 1, len(badges))
        canvas.showPage()
        canvas.save()
    return path


ALIGNMENT_NOTE = (
    "Print on plain paper, hold it against a label sheet to the light; where the outlines are off, measure "
    "by how much and enter it as the layout's offset. The scales at each label's left and top edges read it "
    "in mm: the number where the label's own edge lies is what to add to the offset (right, up)."
)


def _draw_scales(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """A mm scale across the label's left edge at mid-height and across its top edge at mid-width, 0 on the
    edge, counting to the right and up."""
    canvas.setLineWidth(0.3)
    for step in range(-5, 6):
        tick = (3.2 if step == 0 else 2.2 if step % 5 == 0 else 1.3) * mm
        canvas.line(x + step * mm, y + height / 2 - tick / 2, x + step * mm, y + height / 2 + tick / 2)
        canvas.line(
            x + width / 2 - tick / 2, y + height + step * mm, x + width / 2 + tick / 2, y + height + step * mm
        )
    canvas.line(x - 5 * mm, y + height / 2, x + 5 * mm, y + height / 2)
    canvas.line(x + width / 2, y + height - 5 * mm, x + width / 2, y + height + 5 * mm)
    canvas.setFont("MeetGrid", 4.5)
    for step in (-5, 5):
        canvas.drawCentredString(x + step * mm, y + height / 2 - 3.6 * mm, f"{step:+d}")
        canvas.drawString(x + width / 2 + 2 * mm, y + height + step * mm - 1.5, f"{step:+d}")


def write_alignment_sheet(
    event: Event, path: Path, options: PrintOptions, progress: Progress | None = None
) -> Path:
    """One sheet of the chosen layout with every label's outline, a centre cross, mm scales at the edges,
    the layout and the offset in use, and how to measure a printer's offset with it."""
    layout = find_layout(options.layout)
    right, up = options.offset_of(event, layout.name)
    width, height = layout.label_width * mm, layout.label_height * mm
    register_fonts()
    with replaced_atomically(path) as temporary:
        canvas = _new_canvas(temporary, layout, event, "Badge alignment test sheet")
        canvas.translate(right * mm, up * mm)
        canvas.setStrokeColor(colors.black)
        canvas.setFillColor(colors.black)
        for number, (x, y) in enumerate(layout.labels(), start=1):
            canvas.setLineWidth(0.5)
            canvas.drawPath(
                _label_shape(canvas, x * mm, y * mm, width, height, layout.radius * mm), stroke=1, fill=0
            )
            cx, cy = x * mm + width / 2, y * mm + height / 2
            canvas.line(cx - 4 * mm, cy, cx + 4 * mm, cy)
            canvas.line(cx, cy - 4 * mm, cx, cy + 4 * mm)
            _draw_scales(canvas, x * mm, y * mm, width, height)
            canvas.setFont("MeetGrid", 6)
            canvas.drawString(cx + 1.2 * mm, cy + 1.2 * mm, str(number))
        _draw_alignment_note(canvas, layout, right, up)
        canvas.showPage()
        canvas.save()
    if progress is not None:
        progress(1, 1)
    return path


def _draw_alignment_note(canvas: Canvas, layout: BadgeLayout, right: float, up: float) -> None:
    """The layout, the offset and the instructions, in the paper's widest free strip above or below the
    labels, or else in the lower part of the first label."""
    above = layout.top
    below = layout.page_height - layout.top - (layout.rows - 1) * layout.pitch_down - layout.label_height
    lines = [
        _Line(f"Alignment test sheet · {layout.name}", 10, 4, 1, True, INK, "title"),
        _Line(
            f"{layout.title} · offset in use: {right:+.1f} mm right, {up:+.1f} mm up",
            8,
            4,
            2,
            False,
            INK,
            "offset",
            1.5 * mm,
        ),
        _Line(ALIGNMENT_NOTE, 7.5, 4, 4, False, INK, "note", 1.5 * mm),
    ]
    if max(above, below) >= 18:  # room for the text and for the scales reaching 5 mm out of the labels
        margin = 8.0
        x, box_width = margin * mm, (layout.page_width - 2 * margin) * mm
        room = max(above, below) - 10
        box_top = (layout.page_height - 3 if above >= below else below - 3) * mm
    else:  # in the first label, between its centre cross and the scale of the label below
        x0, y0 = layout.labels()[0]
        x, box_width = (x0 + 8) * mm, (layout.label_width - 16) * mm
        room = layout.label_height / 2 - 12
        box_top = (y0 + layout.label_height / 2 - 6) * mm
    top = box_top
    for line, fitted in zip(lines, _fit_block(lines, box_width, room * mm), strict=True):
        top -= line.space
        draw_fitted(canvas, fitted, x, top, box_width, bold=line.bold, align="centre")
        top -= fitted.height
