"""Badges as a person sees them: every QR code scans to its wearer's check-in code, on every layout; no text
leaves its label; names in both scripts are there to find; the organiser's own layouts, printer offsets,
cut marks and the alignment sheet do what the organiser expects."""

from __future__ import annotations

import dataclasses
import io
import itertools
import random
import re
from collections.abc import Iterator
from pathlib import Path

import factories as f
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.documents.badges import (
    Badge,
    BadgeLayout,
    BadgeLayoutError,
    badge_face,
    badge_layouts,
    badges_for,
    cut_marks,
    find_layout,
    group_colours,
    user_layouts_file,
    write_alignment_sheet,
    write_badges,
)
from app.documents.catalogue import KINDS, PrintOptions
from app.domain import Event, Interpreter, Organisation, Participant
from app.domain.codes import new_code

QR_CODES = getattr(zxingcpp.BarcodeFormat, "QRCodeModel2", zxingcpp.BarcodeFormat.QRCode)
"""The QR codes MeetGrid prints (model 2). From zxing-cpp 3 on, "QRCode" also finds Micro QR codes, and a
reader told to find those may see one in a line of text, as a check-in scanner set to QR codes would not."""

BUNDLED = ("a4-2x5-80x50", "a4-2x5-85x54", "a4-2x2-105x74", "letter-2x3-4x3in", "cr80-card")
LONG_NAME = "María Fernanda de los Ángeles Castellanos-Villanueva y Rodríguez"


def coded_day(folder: Path) -> Event:
    """The delegation day with a name in both scripts, a very long name and an interpreter, stored in an
    event file and read back, so that everyone has the check-in code the file gives them."""
    day = f.delegation_day()
    people = list(day.participants)
    people[0] = dataclasses.replace(people[0], name="王海涛 Wang Haitao")
    people.append(Participant(9, 7, LONG_NAME))
    day = dataclasses.replace(day, participants=tuple(people))
    day = f.interpreted(day, Interpreter(1, "Li Mei 李梅", ("Chinese", "Norwegian")), required=False)
    with f.event_file(folder / "day.meetgrid", day) as event_file:
        return event_file.load()


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Event:
    return coded_day(tmp_path_factory.mktemp("day"))


def pages(path: Path, scale: float) -> Iterator[Image.Image]:
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            yield page.render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()


def label_boxes(layout: BadgeLayout, offset: tuple[float, float] = (0, 0)) -> list[tuple[float, ...]]:
    """Each label as (left, bottom, right, top) in points from the page's lower left."""
    return [
        (
            (x + offset[0]) * mm,
            (y + offset[1]) * mm,
            (x + offset[0] + layout.label_width) * mm,
            (y + offset[1] + layout.label_height) * mm,
        )
        for x, y in layout.labels()
    ]


def expected_codes(event: Event, options: PrintOptions) -> list[str]:
    return [badge.code for badge in badges_for(event, options)]


# -- what a badge carries ---------------------------------------------------------------------------------


def test_badges_come_in_registration_order_with_the_interpreters_last(day: Event) -> None:
    badges = badges_for(day, PrintOptions())
    people = [p for org in day.organisations for p in day.participants_by_organisation[org.id]]
    assert [b.code for b in badges] == [p.code for p in people] + [i.code for i in day.interpreters]
    assert all(re.fullmatch(r"[0-9A-Z]{6}", b.code) for b in badges)
    assert badges[0].names == ("Wang Haitao", "王海涛")
    assert badges[0].organisation == ("Qingdao Harbour Engineering", "青岛港湾工程")
    assert (badges[0].group, badges[0].detail) == ("Delegation", "China")
    assert badges[-1].group == "Interpreter" and badges[-1].detail == "Chinese · Norwegian"


def test_only_the_chosen_organisations_people_and_no_interpreters(day: Event, tmp_path: Path) -> None:
    options = PrintOptions(only=frozenset({1, 4}), layout="a4-2x5-80x50")
    chosen = [p.code for p in day.participants if p.organisation_id in {1, 4}]
    assert expected_codes(day, options) == chosen
    scanned = [
        r.text
        for image in pages(write_badges(day, tmp_path / "b.pdf", options), 3)
        for r in zxingcpp.read_barcodes(image, formats=QR_CODES)
    ]
    assert sorted(scanned) == sorted(chosen)


@pytest.mark.parametrize("layout_name", BUNDLED)
def test_every_qr_code_scans_to_its_wearers_code_on_its_own_label(
    day: Event, tmp_path: Path, layout_name: str
) -> None:
    layout = find_layout(layout_name)
    options = PrintOptions(layout=layout_name)
    codes = expected_codes(day, options)
    progress: list[tuple[int, int]] = []
    path = write_badges(day, tmp_path / "badges.pdf", options, progress=lambda *p: progress.append(p))
    assert progress[-1] == (len(codes), len(codes)) and len(progress) == len(codes)
    scale = 3.0
    boxes = label_boxes(layout)
    page_height = layout.page_height * mm
    rendered = list(pages(path, scale))
    assert len(rendered) == -(-len(codes) // layout.per_sheet)
    for number, image in enumerate(rendered):
        on_page = codes[number * layout.per_sheet : (number + 1) * layout.per_sheet]
        found = {}
        for result in zxingcpp.read_barcodes(image, formats=QR_CODES):
            assert result.format == zxingcpp.BarcodeFormat.QRCode
            corners = (result.position.top_left, result.position.bottom_right)
            x = sum(c.x for c in corners) / 2 / scale
            y = page_height - sum(c.y for c in corners) / 2 / scale
            spot = next(i for i, (lx, by, rx, ty) in enumerate(boxes) if lx < x < rx and by < y < ty)
            found[spot] = result.text
            side = abs(result.position.top_right.x - result.position.top_left.x) / scale / mm
            assert side >= 13, (
                f"the modules of a QR code span only {side:.1f} mm"
            )  # about 15 mm with its border
        assert found == dict(enumerate(on_page))


@pytest.mark.parametrize("layout_name", BUNDLED)
def test_no_character_leaves_its_label(day: Event, tmp_path: Path, layout_name: str) -> None:
    layout = find_layout(layout_name)
    path = write_badges(day, tmp_path / "badges.pdf", PrintOptions(layout=layout_name))
    boxes = label_boxes(layout)
    pdf = pdfium.PdfDocument(path)
    checked = 0
    for page in pdf:
        text = page.get_textpage()
        for index in range(text.count_chars()):
            if text.get_text_range(index, 1).isspace():
                continue
            left, bottom, right, top = text.get_charbox(index)
            assert any(b[0] <= left and right <= b[2] and b[1] <= bottom and top <= b[3] for b in boxes), (
                text.get_text_range(index, 1),
                (left, bottom, right, top),
            )
            checked += 1
    pdf.close()
    assert checked > 200


@pytest.mark.parametrize("size", [*BUNDLED, (45, 28), (54, 86), (150, 100)])
def test_every_box_of_every_badge_lies_in_its_label_and_its_text_in_the_box(
    day: Event, size: str | tuple[float, float]
) -> None:
    if isinstance(size, str):
        layout = find_layout(size)
        width, height = layout.label_width * mm, layout.label_height * mm
    else:  # an organiser's own labels: smaller, portrait or larger
        width, height = size[0] * mm, size[1] * mm
    for badge in badges_for(day, PrintOptions()):
        pieces = badge_face(badge, "Shandong–Rogaland B2B day · Innovation Park", width, height, logo=True)
        kinds = [p.kind for p in pieces]
        assert {"band", "group", "event", "logo", "name", "qr", "code"} <= set(kinds)
        for piece in pieces:
            assert piece.x >= 0 and piece.x + piece.width <= width + 0.01, piece
            assert piece.y >= 0 and piece.y + piece.height <= height + 0.01, piece
            if piece.text is not None:
                assert piece.text.width <= piece.width + 0.01 and piece.text.height <= piece.height + 0.01
        qr = next(p for p in pieces if p.kind == "qr")
        assert qr.width >= 16 * mm or height < 40 * mm
        placed = [p for p in pieces if p.kind not in ("band", "group")]
        for first, second in itertools.combinations(placed, 2):
            beside = first.x + first.width <= second.x + 0.01 or second.x + second.width <= first.x + 0.01
            above = first.y + 0.01 >= second.y + second.height or second.y + 0.01 >= first.y + first.height
            assert beside or above, (first.kind, second.kind)
        names = [p for p in pieces if p.kind == "name"]
        if height > width:  # portrait: the QR code beneath the name, centred
            assert qr.y + qr.height <= min(p.y for p in names) and qr.x * 2 + qr.width == pytest.approx(width)
        else:
            assert qr.x >= max(p.x + p.width for p in names)
        (band,) = [p for p in pieces if p.kind == "band"]
        assert all(p.y >= band.y + band.height for p in placed)


def test_names_in_both_scripts_and_every_accent_can_be_found(day: Event, tmp_path: Path) -> None:
    path = write_badges(day, tmp_path / "badges.pdf", PrintOptions())
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for name in (
        "王海涛", "Wang Haitao", "青岛港湾工程", "Qingdao Harbour Engineering", "Bjørn Økland", "Åse Nærland",
        "Sørvest Havn AS", "Íñigo Muñoz", "Energía Levante S.L.", "李梅", "Li Mei", "DELEGATION", "HOST",
        "INTERPRETER", "Test day",
    ):  # fmt: skip
        assert name in text, name
    for badge in badges_for(day, PrintOptions()):
        assert badge.code in text


def test_a_very_long_name_shrinks_and_takes_at_most_two_lines(day: Event) -> None:
    layout = find_layout("a4-2x5-80x50")
    size = (layout.label_width * mm, layout.label_height * mm)
    badges = {b.names[0]: b for b in badges_for(day, PrintOptions())}
    long_face = badge_face(badges[LONG_NAME], "Test day", *size, logo=False)
    short_face = badge_face(badges["Bjørn Økland"], "Test day", *size, logo=False)
    (long_name,) = [p.text for p in long_face if p.kind == "name" and p.text]
    (short_name,) = [p.text for p in short_face if p.kind == "name" and p.text]
    assert len(long_name.lines) == 2 and len(short_name.lines) == 1
    assert long_name.size < short_name.size
    assert " ".join(long_name.lines) == LONG_NAME  # smaller, not cut short
    far_too_long = dataclasses.replace(badges[LONG_NAME], names=(" ".join([LONG_NAME] * 4), ""))
    (cut,) = [p for p in badge_face(far_too_long, "Test day", *size, logo=False) if p.kind == "name"]
    assert cut.text is not None and len(cut.text.lines) <= 2 and cut.text.lines[-1].endswith("…")


def test_two_scripts_are_two_lines_the_local_script_above(day: Event) -> None:
    (badge,) = [b for b in badges_for(day, PrintOptions()) if b.names == ("Wang Haitao", "王海涛")]
    names = [p for p in badge_face(badge, "Test day", 80 * mm, 50 * mm, logo=False) if p.kind == "name"]
    assert [p.text.lines for p in names if p.text] == [("王海涛",), ("Wang Haitao",)]
    assert names[0].y > names[1].y


def test_a_person_without_a_code_gets_no_qr_code() -> None:
    badge = Badge(("Bo Ek", ""), ("Ek AS", ""), "Norway", "Host", "#1F4E79", "")
    kinds = {p.kind for p in badge_face(badge, "Test day", 80 * mm, 50 * mm, logo=False)}
    assert "qr" not in kinds and "code" not in kinds and "name" in kinds


# -- colours ----------------------------------------------------------------------------------------------


def test_band_colours_the_organisers_then_by_word_then_the_palette(tmp_path: Path) -> None:
    orgs = (
        Organisation(1, "A", group="Chinese delegation"),
        Organisation(2, "B", group="Hosts"),
        Organisation(3, "C", group="Investors"),
        Organisation(4, "D", group="Press"),
        Organisation(5, "E", group="Staff"),
    )
    people = tuple(Participant(i, i, f"P{i}", code=f"CODE{i}X") for i in range(1, 6))
    event = f.event(orgs, people)
    event = dataclasses.replace(
        event, settings=dataclasses.replace(event.settings, badge_colours=(("Press", "#FFD700"),))
    )
    colours = group_colours(event)
    defaults = group_colours(
        f.event((Organisation(1, "A", group="Delegation"), Organisation(2, "B", group="Host")))
    )
    assert colours["chinese delegation"] == defaults["delegation"]
    assert colours["hosts"] == defaults["host"]
    assert colours["press"] == "#FFD700"
    assert colours["investors"] not in (defaults["delegation"], defaults["host"])
    assert len(set(colours.values())) == 5
    # The band shows the colour, and its words stay readable on a light one.
    path = write_badges(event, tmp_path / "b.pdf", PrintOptions(layout="a4-2x2-105x74"))
    layout = find_layout("a4-2x2-105x74")
    image = next(pages(path, 2))
    for (x, y), org in zip(layout.labels(), orgs, strict=False):
        pixel = image.getpixel((round((x + 3) * mm * 2), round((layout.page_height - y - 2) * mm * 2)))
        assert pixel == tuple(int(colours[org.group.casefold()][i : i + 2], 16) for i in (1, 3, 5))
    (press,) = [b for b in badges_for(event, PrintOptions()) if b.group == "Press"]
    (group,) = [p for p in badge_face(press, "x", 80 * mm, 50 * mm, logo=False) if p.kind == "group"]
    assert group.colour != "#FFFFFF"


# -- layouts ----------------------------------------------------------------------------------------------


def test_the_bundled_layouts() -> None:
    layouts = {layout.name: layout for layout in badge_layouts()}
    assert tuple(layouts) == BUNDLED
    assert find_layout("") == layouts["a4-2x5-80x50"]
    assert layouts["a4-2x5-80x50"].description == "A4, 10 labels a sheet (2 × 5), 80 × 50 mm"
    assert layouts["letter-2x3-4x3in"].description == "Letter, 6 labels a sheet (2 × 3), 4 × 3 in"
    assert layouts["cr80-card"].description == "One card a page, 85.6 × 54 mm"
    card = layouts["cr80-card"]
    assert (card.page_width, card.page_height, card.per_sheet) == (85.6, 54, 1)
    for layout in layouts.values():
        for left, bottom, right, top in label_boxes(layout):
            assert left >= 0 and right <= layout.page_width * mm + 0.1
            assert bottom >= 0 and top <= layout.page_height * mm + 0.1
    with pytest.raises(BadgeLayoutError, match="unknown badge layout 'a4'; the layouts are: a4-2x5-80x50, "):
        find_layout("a4")


def test_an_organisers_file_adds_a_layout_and_replaces_one_by_name(day: Event, tmp_path: Path) -> None:
    path = user_layouts_file()
    assert path.parent.name == "MeetGrid" and str(path).startswith(str(Path.home()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        """
[[layout]]
name = "a4-3x7-70x42"
title = "Our A4 labels, 21 a sheet"
paper = "A4"
label = [70, 42.3]
grid = [3, 7]
margin = [0, 0]

[[layout]]
name = "cr80-card"
title = "Our card printer, portrait"
paper = "card"
label = [54, 85.6]
""",
        encoding="utf-8",
    )
    layouts = badge_layouts()
    assert [layout.name for layout in layouts] == [*BUNDLED, "a4-3x7-70x42"]
    assert layouts[4].title == "Our card printer, portrait" and layouts[4].source == str(path)
    ours = find_layout("a4-3x7-70x42")
    assert ours.per_sheet == 21 and ours.description == "A4, 21 labels a sheet (3 × 7), 70 × 42.3 mm"
    options = PrintOptions(layout="a4-3x7-70x42")
    (image,) = pages(write_badges(day, tmp_path / "ours.pdf", options), 3)
    assert sorted(r.text for r in zxingcpp.read_barcodes(image, formats=QR_CODES)) == sorted(
        expected_codes(day, options)
    )
    portrait = PrintOptions(layout="cr80-card")
    written = write_badges(day, tmp_path / "portrait.pdf", portrait)
    first = next(pages(written, 3))
    assert first.width < first.height
    assert [r.text for r in zxingcpp.read_barcodes(first, formats=QR_CODES)] == expected_codes(day, portrait)[
        :1
    ]


BROKEN = {
    "labels that do not fit": (
        'name = "too-wide"\ntitle = "T"\npaper = "A4"\nlabel = [110, 50]\ngrid = [2, 5]',
        "layout 'too-wide': the labels do not fit the paper: 2 across take 220 mm, the paper is 210 mm wide",
    ),
    "a misspelt setting": (
        'name = "typo"\ntitle = "T"\npaper = "A4"\nlabel = [80, 50]\ncolums = 2',
        "layout 'typo': unknown setting 'colums'",
    ),
    "an unknown paper": (
        'name = "b5"\ntitle = "T"\npaper = "B5"\nlabel = [80, 50]',
        "layout 'b5': unknown paper 'B5'",
    ),
    "overlapping labels": (
        'name = "overlap"\ntitle = "T"\npaper = "A4"\nlabel = [80, 50]\ngrid = [2, 1]\npitch = [70, 50]',
        "layout 'overlap': the pitch across (70 mm) is less than the label (80 mm)",
    ),
    "a name with spaces": (
        'name = "my labels"\ntitle = "T"\npaper = "A4"\nlabel = [80, 50]',
        "layout 'my labels': it needs a 'name'",
    ),
    "no label size": ('name = "nolabel"\ntitle = "T"\npaper = "A4"', "layout 'nolabel': it needs 'label'"),
    "words for numbers": (
        'name = "words"\ntitle = "T"\npaper = "A4"\nlabel = ["80", 50]',
        "layout 'words': 'label' must be two numbers",
    ),
    "not TOML": ('name = "broken\ntitle = "T"', "is not valid TOML"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_organisers_file_says_which_file_which_layout_and_what(case: str) -> None:
    body, message = BROKEN[case]
    path = user_layouts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[[layout]]\n{body}\n", encoding="utf-8")
    with pytest.raises(BadgeLayoutError) as raised:
        badge_layouts()
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
    with pytest.raises(BadgeLayoutError):
        find_layout("")


def test_two_layouts_of_one_name_in_the_organisers_file() -> None:
    path = user_layouts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    one = '[[layout]]\nname = "same"\ntitle = "T"\npaper = "A4"\nlabel = [80, 50]\n'
    path.write_text(one + one, encoding="utf-8")
    with pytest.raises(BadgeLayoutError, match="layout 'same': another layout in the file has the same name"):
        badge_layouts()


# -- the sheet: offsets, cut marks, the alignment sheet -----------------------------------------------


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = ImageChops.invert(image.convert("L")).getbbox()
    assert box is not None
    return box


def test_the_offset_moves_everything_by_the_given_millimetres(day: Event, tmp_path: Path) -> None:
    scale = 2.0
    options = PrintOptions(layout="a4-2x5-80x50")
    plain = ink_box(next(pages(write_badges(day, tmp_path / "plain.pdf", options), scale)))
    moved_options = dataclasses.replace(options, offset=(4.0, -3.0))
    moved = ink_box(next(pages(write_badges(day, tmp_path / "moved.pdf", moved_options), scale)))
    per_mm = mm * scale
    assert moved[0] - plain[0] == pytest.approx(4 * per_mm, abs=1.5)
    assert moved[1] - plain[1] == pytest.approx(3 * per_mm, abs=1.5)  # down the image: -3 mm up
    stored = dataclasses.replace(
        day, settings=dataclasses.replace(day.settings, badge_offsets=(("a4-2x5-80x50", -2.0, 1.5),))
    )
    kept = ink_box(next(pages(write_badges(stored, tmp_path / "stored.pdf", options), scale)))
    assert kept[0] - plain[0] == pytest.approx(-2 * per_mm, abs=1.5)
    assert kept[1] - plain[1] == pytest.approx(-1.5 * per_mm, abs=1.5)


@pytest.mark.parametrize("layout_name", BUNDLED)
def test_cut_marks_only_on_plain_paper_and_never_on_a_label(
    day: Event, tmp_path: Path, layout_name: str
) -> None:
    layout = find_layout(layout_name)
    scale = 2.0
    image = next(pages(write_badges(day, tmp_path / "b.pdf", PrintOptions(layout=layout_name)), scale))
    outside = image.copy()
    draw = ImageDraw.Draw(outside)
    page_height = layout.page_height * mm
    for left, bottom, right, top in label_boxes(layout):
        draw.rectangle(
            (
                left * scale - 1,
                (page_height - top) * scale - 1,
                right * scale + 1,
                (page_height - bottom) * scale + 1,
            ),
            fill="white",
        )
    ink = ImageChops.invert(outside.convert("L")).point(lambda v: 255 if v > 60 else 0).getbbox()
    marks = cut_marks(layout)
    if layout.cut_marks:
        assert ink is not None and len(marks) >= 4 * layout.per_sheet
        for x1, y1, x2, y2 in marks:
            for left, bottom, right, top in label_boxes(layout):
                assert (
                    max(x1, x2) * mm <= left
                    or min(x1, x2) * mm >= right
                    or max(y1, y2) * mm <= bottom
                    or min(y1, y2) * mm >= top
                )
    else:
        assert ink is None and not layout.cut_marks


def test_the_alignment_sheet_shows_the_layout_the_offset_and_how_to_use_it(
    day: Event, tmp_path: Path
) -> None:
    assert KINDS["alignment"].writer == "app.documents.badges:write_alignment_sheet"
    assert KINDS["badges"].writer == "app.documents.badges:write_badges"
    for layout in badge_layouts():
        options = PrintOptions(layout=layout.name)
        path = KINDS["alignment"].write(day, tmp_path / f"{layout.name}.pdf", options)
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
        assert layout.name in text and "+0.0 mm right, +0.0 mm up" in text
        assert "hold it against a label sheet to the light" in text and "offset" in text
        assert len(PdfReader(path).pages) == 1
    options = PrintOptions(layout="a4-2x5-85x54")
    plain = ink_box(next(pages(write_alignment_sheet(day, tmp_path / "a.pdf", options), 2)))
    shifted = PrintOptions(layout="a4-2x5-85x54", offset=(1.5, 2.0))
    path = write_alignment_sheet(day, tmp_path / "b.pdf", shifted)
    assert "+1.5 mm right, +2.0 mm up" in " ".join(PdfReader(path).pages[0].extract_text().split())
    moved = ink_box(next(pages(path, 2)))
    assert moved[0] - plain[0] == pytest.approx(1.5 * mm * 2, abs=1.5)
    assert moved[3] - plain[3] == pytest.approx(-2.0 * mm * 2, abs=1.5)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_a_logo_is_drawn_where_the_face_puts_it(day: Event, tmp_path: Path, kind: str) -> None:
    if kind == "png":
        data = io.BytesIO()
        Image.new("RGB", (120, 60), (230, 120, 20)).save(data, format="PNG")
        logo = data.getvalue()
    else:
        logo = (
            b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
            b'<rect width="120" height="60" fill="#E67814"/></svg>'
        )
    options = PrintOptions(layout="a4-2x2-105x74", logo=logo)
    image = next(pages(write_badges(day, tmp_path / "logo.pdf", options), 2))
    layout = find_layout("a4-2x2-105x74")
    (badge, *_) = badges_for(day, options)
    (spot,) = [
        p for p in badge_face(badge, day.settings.name, 105 * mm, 74 * mm, logo=True) if p.kind == "logo"
    ]
    x, y = layout.labels()[0]
    centre = (
        (x * mm + spot.x + spot.width / 2) * 2,
        (layout.page_height * mm - y * mm - spot.y - spot.height / 2) * 2,
    )
    assert image.getpixel((round(centre[0]), round(centre[1]))) == (230, 120, 20)
    assert not any(p.kind == "logo" for p in badge_face(badge, "x", 105 * mm, 74 * mm, logo=False))


def test_nothing_is_written_when_the_layout_is_unknown(day: Event, tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"before")
    with pytest.raises(BadgeLayoutError):
        write_badges(day, target, PrintOptions(layout="nonesuch"))
    assert target.read_bytes() == b"before"


# -- QR codes by the thousand -----------------------------------------------------------------------------


def test_sixty_random_check_in_codes_all_scan_from_one_sheet(tmp_path: Path) -> None:
    rng = random.Random(13)
    codes: list[str] = []
    for _ in range(60):
        codes.append(new_code(set(codes), rng.choice))
    orgs = tuple(Organisation(i, f"Org {i}") for i in range(1, 61))
    people = tuple(Participant(i, i, f"Person {i}", code=code) for i, code in enumerate(codes, start=1))
    path = write_badges(f.event(orgs, people), tmp_path / "many.pdf", PrintOptions(layout="a4-2x5-80x50"))
    scanned = [r.text for image in pages(path, 3) for r in zxingcpp.read_barcodes(image, formats=QR_CODES)]
    assert sorted(scanned) == sorted(codes)
