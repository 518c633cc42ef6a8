"""The event's logo is printed at the size it is shown: a huge picture is scaled down once, a poster-sized
one refused in words, and never a warning of the imaging library on the organiser's screen."""

from __future__ import annotations

import io
import os
import warnings

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from app.documents.pdf import LOGO_PIXELS, LogoError, check_logo, draw_logo, register_fonts


def png(width: int, height: int, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), 1 if mode == "1" else (31, 78, 121)).save(buffer, "PNG")
    return buffer.getvalue()


def noise(width: int, height: int) -> bytes:
    """A photo-like PNG that does not compress: its size in a PDF is its pixels."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_large_logo_is_embedded_at_print_size() -> None:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    picture = noise(4000, 2000)
    draw_logo(canvas, picture, 0, 0, 200, 100)
    canvas.showPage()
    canvas.save()
    printed = LOGO_PIXELS * LOGO_PIXELS // 2 * 3
    assert len(picture) > 20_000_000
    assert len(buffer.getvalue()) < printed * 1.2, "the 8-megapixel picture went in at 1.3 megapixels"


def test_a_poster_sized_picture_is_refused_in_words_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(LogoError, match="12000 × 12000 pixels"):
            check_logo(png(12000, 12000, "1"))
