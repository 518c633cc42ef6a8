"""The PDF base every MeetGrid document shares: fonts, colours, paragraph styles and page furniture.

Text is set in DejaVu Sans (Latin, Norwegian, Spanish and much more); any character DejaVu lacks, such as
Chinese, switches to WenQuanYi Micro Hei for that run of characters. Both are TrueType fonts, which reportlab
embeds as subsets, so every name stays searchable and copyable in the PDF. Each page carries the event's name,
dates and venue at the top and "Page X of Y" at the foot, counted per document part (one agenda of many).
"""

from __future__ import annotations

import io
import itertools
import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import segno
from PIL import Image as PILImage
from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate
from svglib.svglib import svg2rlg

from app.domain import Event
from app.files import replaced_atomically
from app.paths import resource

FONT = "MeetGrid"
FONT_BOLD = "MeetGrid-Bold"
FONT_CJK = "MeetGrid-CJK"

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")
ZEBRA = colors.HexColor("#EEF3F8")
RULE = colors.HexColor("#B8C4D0")
PAUSE = colors.HexColor("#FFF4D6")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 16 * mm


@cache
def register_fonts() -> None:
    """Register MeetGrid's fonts with reportlab, once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_CJK, str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def _latin_glyphs() -> frozenset[int]:
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def script_runs(text: str) -> list[tuple[bool, str]]:
    """Split text into runs of (needs the CJK font, characters); spaces stay with the run they follow."""
    covered = _latin_glyphs()
    runs: list[tuple[bool, list[str]]] = []
    for char in text:
        needs = not char.isspace() and ord(char) not in covered
        if runs and (char.isspace() or runs[-1][0] == needs):
            runs[-1][1].append(char)
        else:
            runs.append((needs, [char]))
    return [(cjk, "".join(chars)) for cjk, chars in runs]


def markup(text: str) -> str:
    """Paragraph markup for any text: XML-escaped, with CJK runs in the CJK font."""
    return "".join(
        f'<font name="{FONT_CJK}">{escape(run)}</font>' if cjk else escape(run)
        for cjk, run in script_runs(text)
    )


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, right: bool = False
) -> None:
    """Draw one line on the canvas, switching fonts per script like ``markup``."""
    runs = [(FONT_CJK if cjk else (FONT_BOLD if bold else FONT), run) for cjk, run in script_runs(text)]
    if right:
        x -= sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


# -- styles ---------------------------------------------------------------------------------------------


def paragraph_style(
    name: str, size: float, *, bold: bool = False, color: Any = colors.black, **kw: Any
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.3,
        textColor=color,
        alignment=TA_LEFT,
        **kw,
    )


@cache
def document_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": paragraph_style("title", 18, bold=True, color=ACCENT, spaceAfter=1 * mm),
        "local": paragraph_style("local", 14, spaceAfter=1 * mm),
        "meta": paragraph_style("meta", 9.5, color=MUTED, spaceAfter=4 * mm),
        "heading": paragraph_style(
            "heading", 11.5, bold=True, color=ACCENT, spaceBefore=3 * mm, spaceAfter=2 * mm
        ),
        "body": paragraph_style("body", 9.5),
        "cell": paragraph_style("cell", 9),
        "cell_small": paragraph_style("cell_small", 7.8, color=MUTED),
        "head": paragraph_style("head", 9, bold=True, color=colors.white),
        "empty": paragraph_style("empty", 10.5, color=MUTED, spaceBefore=2 * mm),
    }


# -- pages ----------------------------------------------------------------------------------------------


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def event_dates(event: Event) -> str:
    return ", ".join(long_date(d.date) for d in event.settings.days)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds pages back until the end so that every footer can say 'Page X of Y'.

    In a document of several agendas each agenda counts its own pages: ``start_agenda`` marks the page on
    which the next one begins, and may say how its footer counts them (in two languages on a bilingual
    agenda).
    """

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._event = event
        self._pages: list[dict[str, Any]] = []
        self._starts: list[int] = []
        self._page_words: dict[int, Callable[[int, int], str]] = {}

    def start_agenda(self, page_words: Callable[[int, int], str] | None = None) -> None:
        """The page being drawn is the first of an agenda (of a part that counts its own pages);
        ``page_words(number, total)`` is its footer's 'Page 2 of 3' (English by default)."""
        self._starts.append(len(self._pages))
        if page_words is not None:
            self._page_words[len(self._pages)] = page_words

    def showPage(self) -> None:  # reportlab calls it by this name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        starts = [*sorted(set(self._starts) | {0}), total]
        pages = self._pages
        for first, end in itertools.pairwise(starts):
            page_words = self._page_words.get(first, _english_pages)
            for index in range(first, end):
                self.__dict__.update(pages[index])
                number, count = index - first + 1, end - first
                self._decorate(number, page_words(number, count))
                super().showPage()
        super().save()

    def _decorate(self, number: int, page_label: str) -> None:
        """Draw the header and the footer on page ``number`` of its part."""
        settings = self._event.settings
        usable = PAGE_WIDTH - 2 * MARGIN
        top = PAGE_HEIGHT - MARGIN + 4 * mm
        # The dates and venue take at most half the line; the event's name the rest. Each shrinks, then is
        # cut short, rather than running into the other.
        where = " · ".join(part for part in (event_dates(self._event), settings.venue) if part)
        placed = one_line(where, usable * 0.5, 9)
        self.setFillColor(MUTED)
        draw_text(self, PAGE_WIDTH - MARGIN, top, placed.lines[0], placed.size, right=True)
        name = one_line(settings.name, usable - placed.width - 6 * mm, 11, bold=True)
        self.setFillColor(ACCENT)
        draw_text(self, MARGIN, top, name.lines[0], name.size, bold=True)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 8 * mm
        self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        self.setFillColor(MUTED)
        page = one_line(page_label, usable * 0.5, 8)
        draw_text(self, PAGE_WIDTH - MARGIN, bottom, page.lines[0], page.size, right=True)
        maker = one_line(f"MeetGrid · {settings.name}", usable - page.width - 6 * mm, 8)
        draw_text(self, MARGIN, bottom, maker.lines[0], maker.size)


def _english_pages(number: int, total: int) -> str:
    return f"Page {number} of {total}"


def build_document(event: Event, path: Path, title: str, story: list[Any]) -> Path:
    """Lay out ``story`` as an A4 document with MeetGrid's header and footer, written atomically."""
    register_fonts()
    with replaced_atomically(path) as temporary:
        document = SimpleDocTemplate(
            str(temporary),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT - 6 * mm,
            bottomMargin=MARGIN,
            title=title,
            author="MeetGrid",
            subject=event.settings.name,
            creator="MeetGrid",
        )
        document.build(
            story,
            canvasmaker=lambda *args, **kwargs: NumberedCanvas(*args, event=event, **kwargs),
        )
    return path


# -- boxes: text that fits, QR codes, the logo ------------------------------------------------------------


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` as ``draw_text`` sets it (each script in its own font)."""
    return float(
        sum(
            pdfmetrics.stringWidth(run, FONT_CJK if cjk else (FONT_BOLD if bold else FONT), size)
            for cjk, run in script_runs(text)
        )
    )


@dataclass(frozen=True)
class FittedText:
    """Text laid out to fit a box: its lines, the size they are set in, and the box they take."""

    lines: tuple[str, ...]
    size: float
    width: float
    """The widest line."""
    height: float
    """From the top of the first line to the foot of the last (line spacing ``LEADING`` times the size)."""


LEADING = 1.18


def _wrap(text: str, size: float, width: float, bold: bool) -> list[str]:
    """Greedy word wrap; a word wider than the line (or Chinese, written without spaces) breaks by
    character."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        if text_width(word, size, bold=bold) <= width:
            lines.append(word)
            continue
        piece = ""
        for char in word:
            if piece and text_width(piece + char, size, bold=bold) > width:
                lines.append(piece)
                piece = ""
            piece += char
        if piece:
            lines.append(piece)
    return lines


@lru_cache(maxsize=65536)
def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    largest: float,
    smallest: float = 6,
    max_lines: int = 2,
    bold: bool = False,
) -> FittedText:
    """The largest size (from ``largest`` down to ``smallest``, in half points) at which ``text`` fits the
    box in at most ``max_lines`` lines. Below ``smallest`` it is cut short with an ellipsis, so the text
    never leaves its box. Remembered: a large event prints the same names in hundreds of boxes."""
    text = " ".join(text.split())
    if largest <= height:  # fits one line at the largest size: nothing to wrap
        width_at_largest = text_width(text, largest, bold=bold)
        if width_at_largest <= width:
            return FittedText((text,), largest, width_at_largest, largest)
    # No size above this bound can fit (the letters alone would fill more lines), so start there, on the
    # same half-point steps: a table sign's name would otherwise try two hundred sizes. A character wider
    # than the box may stand on a line of its own; then the bound does not hold and every size is tried.
    letters = text_width(text.replace(" ", ""), 1, bold=bold)
    widest_letter = max((text_width(char, largest, bold=bold) for char in set(text)), default=0.0)
    if letters > 0 and widest_letter <= width:
        bound = min(largest, height, max_lines * width / letters)
        largest = max(smallest, largest - math.floor((largest - bound) * 2) / 2)
    size = largest
    while size >= smallest:
        lines = _wrap(text, size, width, bold)
        tall = size * (1 + LEADING * (len(lines) - 1))
        if len(lines) <= max_lines and tall <= height:
            widest = max((text_width(line, size, bold=bold) for line in lines), default=0.0)
            return FittedText(tuple(lines), size, widest, tall)
        size -= 0.5
    size = smallest
    lines = _wrap(text, size, width, bold)[: max(1, min(max_lines, int((height / size - 1) / LEADING) + 1))]
    if lines:
        last = lines[-1]
        while last and text_width(last + "…", size, bold=bold) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    widest = max((text_width(line, size, bold=bold) for line in lines), default=0.0)
    return FittedText(tuple(lines), size, widest, size * (1 + LEADING * (len(lines) - 1)))


def one_line(text: str, width: float, size: float, *, bold: bool = False) -> FittedText:
    """``text`` on one line of ``width``: at ``size``, else smaller (down to 70 % of it, at least 6 pt),
    else cut short with an ellipsis. Always one line, possibly '' for an empty text."""
    fitted = fit_text(
        text, max(width, 1.0), size * 2, largest=size, smallest=max(6.0, size * 0.7), max_lines=1, bold=bold
    )
    return fitted if fitted.lines else FittedText(("",), size, 0.0, size)


def draw_fitted(
    canvas: Canvas,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw fitted text with the top of its first line at ``top``, aligned in a box ``width`` wide from
    ``x`` ('left', 'centre' or 'right'); returns the baseline of the last line."""
    baseline = top - fitted.size * 0.8
    for line in fitted.lines:
        line_width = text_width(line, fitted.size, bold=bold)
        left = x + {"left": 0.0, "centre": (width - line_width) / 2, "right": width - line_width}[align]
        draw_text(canvas, left, baseline, line, fitted.size, bold=bold)
        baseline -= fitted.size * LEADING
    return baseline + fitted.size * LEADING


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code for ``value``, ``size`` square with its lower left corner at (x, y), in the current fill
    colour; the quiet zone the code needs to scan lies inside the square. Drawn as one filled path of
    module runs, computed once per value: a thousand badges take a second."""
    units, runs = _qr_path(value)
    module = size / units
    canvas.addLiteral(f"q {module:.6f} 0 0 {module:.6f} {x:.4f} {y:.4f} cm\n{runs}\nf Q")


class LogoError(ValueError):
    """The logo file is neither a PNG nor an SVG that can be drawn."""


def logo_kind(data: bytes) -> str:
    """'png', 'svg' or '' for data that is neither."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in data[:65536].lower():
        return "svg"
    return ""


@cache
def _logo_drawing(data: bytes) -> Any:
    """The logo as something reportlab draws: an image reader for a PNG, a drawing for an SVG."""
    kind = logo_kind(data)
    try:
        if kind == "png":
            return ImageReader(_printable(data))
        if kind == "svg":
            drawing = svg2rlg(io.BytesIO(data))
            if drawing is not None and drawing.width > 0 and drawing.height > 0:
                return drawing
    except LogoError:
        raise
    except Exception as exc:  # a broken file in any of the ways image libraries fail
        raise LogoError("the logo could not be read; choose a PNG or SVG file") from exc
    raise LogoError("the logo must be a PNG or SVG file")


LOGO_PIXELS = 1600
"""The longest side a logo is embedded at: 300 dpi over 13 cm, more than any badge or sign shows it."""
LOGO_MOST_PIXELS = 60_000_000
"""A picture larger than this (a poster scan) is refused rather than decoded."""


def _printable(data: bytes) -> PILImage.Image:
    """The PNG at the size it is printed: a large picture is scaled down once, so that a photo of a
    banner does not make every badge sheet a hundred megabytes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
        picture = PILImage.open(io.BytesIO(data))
    width, height = picture.size
    if width * height > LOGO_MOST_PIXELS:
        raise LogoError(
            f"the logo is {width} × {height} pixels, far more than is printed; save it at most "
            f"{LOGO_PIXELS} pixels wide and choose it again"
        )
    picture.load()
    if max(width, height) > LOGO_PIXELS:
        picture.thumbnail((LOGO_PIXELS, LOGO_PIXELS), PILImage.Resampling.LANCZOS)
    return picture


def check_logo(data: bytes) -> None:
    """Raise ``LogoError`` unless ``data`` is a logo MeetGrid can draw."""
    _logo_drawing(data)


def draw_logo(canvas: Canvas, data: bytes, x: float, y: float, width: float, height: float) -> None:
    """Draw the logo as large as fits the box (aspect kept), centred in it; nothing for no logo."""
    if not data:
        return
    logo = _logo_drawing(data)
    if isinstance(logo, ImageReader):
        own_width, own_height = logo.getSize()
    else:
        own_width, own_height = logo.width, logo.height
    scale = min(width / own_width, height / own_height)
    drawn_width, drawn_height = own_width * scale, own_height * scale
    left, bottom = x + (width - drawn_width) / 2, y + (height - drawn_height) / 2
    if isinstance(logo, ImageReader):
        canvas.drawImage(logo, left, bottom, drawn_width, drawn_height, mask="auto")
    else:
        canvas.saveState()
        canvas.translate(left, bottom)
        canvas.scale(scale, scale)
        renderPDF.draw(logo, canvas, 0, 0)
        canvas.restoreState()


# -- QR codes by the thousand (badges, agendas): computed once per value by segno, drawn as one path -----

_QR_BORDER = 4
"""Light modules around the symbol, inside the square: the quiet zone of four modules the QR standard asks
for, so that a desk scanner finds the code beside printed text."""


@lru_cache(maxsize=8192)
def qr_modules(value: str) -> tuple[str, ...]:
    """The QR code for ``value`` (error correction M, about 15 % of the symbol may be lost) as rows of '1'
    (dark) and '0', without its quiet zone."""
    symbol = segno.make_qr(value, error="m", boost_error=False)
    return tuple("".join("1" if dark else "0" for dark in row) for row in symbol.matrix)


_DARK_RUN = re.compile(r"1+")


@lru_cache(maxsize=8192)
def _qr_path(value: str) -> tuple[int, str]:
    """The QR code's modules and its dark runs as PDF rectangles, one module a unit, the quiet zone
    included, from the lower left corner."""
    rows = qr_modules(value)
    units = len(rows) + 2 * _QR_BORDER
    runs = [
        f"{run.start() + _QR_BORDER} {units - index - 1 - _QR_BORDER} {run.end() - run.start()} 1 re"
        for index, row in enumerate(rows)
        for run in _DARK_RUN.finditer(row)
    ]
    return units, "\n".join(runs)
