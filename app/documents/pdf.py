"""The PDF base every MeetGrid document shares: fonts, colours, paragraph styles and page furniture.

Text is set in DejaVu Sans (Latin, Norwegian, Spanish and much more); any character DejaVu lacks, such as
Chinese, switches to WenQuanYi Micro Hei for that run of characters. Both are TrueType fonts, which reportlab
embeds as subsets, so every name stays searchable and copyable in the PDF. Each page carries the event's name,
dates and venue at the top and "Page X of Y" at the foot, counted per document part (one agenda of many).
"""

from __future__ import annotations

import itertools
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

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
    which the next one begins.
    """

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._event = event
        self._pages: list[dict[str, Any]] = []
        self._starts: list[int] = []

    def start_agenda(self) -> None:
        """The page being drawn is the first of an agenda (of a part that counts its own pages)."""
        self._starts.append(len(self._pages))

    def showPage(self) -> None:  # reportlab calls it by this name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        starts = [*sorted(set(self._starts) | {0}), total]
        pages = self._pages
        for first, end in itertools.pairwise(starts):
            for index in range(first, end):
                self.__dict__.update(pages[index])
                self._decorate(index - first + 1, end - first)
                super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        settings = self._event.settings
        top = PAGE_HEIGHT - MARGIN + 4 * mm
        self.setFillColor(ACCENT)
        draw_text(self, MARGIN, top, settings.name, 11, bold=True)
        self.setFillColor(MUTED)
        where = " · ".join(part for part in (event_dates(self._event), settings.venue) if part)
        draw_text(self, PAGE_WIDTH - MARGIN, top, where, 9, right=True)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 8 * mm
        self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        draw_text(self, MARGIN, bottom, f"MeetGrid · {settings.name}", 8)
        draw_text(self, PAGE_WIDTH - MARGIN, bottom, f"Page {number} of {total}", 8, right=True)


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
