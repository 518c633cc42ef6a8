"""Whatever bytes arrive as registrations, the import ends in a result or a clear, located InputError.

Random bytes, truncated and corrupted workbooks and malformed CSV files must never surface as another
exception (a traceback for the organiser) or hang. The examples are bounded and derandomised so that the
suite stays fast and repeatable.
"""

from __future__ import annotations

import io
import signal
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.errors import InputError
from app.reading.registrations import read_registrations
from app.reading.results import ImportResult

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SECONDS_PER_FILE = 20
"""Far beyond what any of these small files needs; reaching it means the import hangs."""


class _Hang(Exception):
    pass


@contextmanager
def no_hang() -> Iterator[None]:
    def alarm(signum: int, frame: FrameType | None) -> None:
        raise _Hang(f"the import did not end within {SECONDS_PER_FILE} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(SECONDS_PER_FILE)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def import_bytes(content: bytes, name: str) -> ImportResult | InputError:
    """The import of ``content`` saved as ``name``: its result, or the InputError it raised."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        with no_hang():
            try:
                return read_registrations(path)
            except InputError as exc:
                assert exc.location is not None and exc.location.file == str(path), str(exc)
                assert str(exc).startswith(name), str(exc)
                return exc


def small_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Registrations"
    sheet.append(["B2B day registrations"])
    sheet.append(["Full name", "Company", "E-mail", "Companies to meet", "Available from"])
    sheet.append(["Ann Berg", "Alpha AS", "ann@alpha.example", "Beta SL", "13:30"])
    sheet.append(["Bo Alm", "Beta SL", "bo@beta.example", "Alpha", None])
    sheet.merge_cells("A1:E1")
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


WORKBOOK = small_workbook()


def test_the_fuzzed_workbook_imports_when_intact() -> None:
    result = import_bytes(WORKBOOK, "intact.xlsx")
    assert isinstance(result, ImportResult) and len(result.registrations.organisations) == 2


@FUZZ
@given(content=st.binary(max_size=4096), name=st.sampled_from(["r.xlsx", "r.xlsm", "r.csv", "r.txt"]))
def test_random_bytes(content: bytes, name: str) -> None:
    import_bytes(content, name)


@FUZZ
@given(content=st.binary(min_size=1, max_size=512))
def test_random_bytes_behind_a_zip_signature(content: bytes) -> None:
    import_bytes(b"PK\x03\x04" + content, "zip.xlsx")


@FUZZ
@given(length=st.integers(min_value=1, max_value=len(WORKBOOK) - 1))
def test_truncated_workbooks(length: int) -> None:
    result = import_bytes(WORKBOOK[:length], "truncated.xlsx")
    assert isinstance(result, InputError)


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(WORKBOOK) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_corrupted_workbooks(changes: list[tuple[int, int]]) -> None:
    damaged = bytearray(WORKBOOK)
    for position, value in changes:
        damaged[position] = value
    import_bytes(bytes(damaged), "corrupted.xlsx")


def rewritten(part: str, content: bytes) -> bytes:
    stream = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(WORKBOOK)) as old,
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for info in old.infolist():
            new.writestr(info.filename, content if info.filename == part else old.read(info.filename))
    return stream.getvalue()


PARTS = ("xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml")


@FUZZ
@given(part=st.sampled_from(PARTS), cut=st.floats(min_value=0, max_value=1), junk=st.binary(max_size=64))
def test_workbooks_with_a_damaged_part(part: str, cut: float, junk: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as archive:
        original = archive.read(part)
    import_bytes(rewritten(part, original[: int(len(original) * cut)] + junk), "damaged-part.xlsx")


@FUZZ
@given(
    text=st.lists(
        st.sampled_from([*"abcXYZ ,;\t\"'\n\r=+-@0123456789:.æøå王", "\x00", "Company", "Name", "E-mail"]),
        max_size=120,
    ).map("".join),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    trim=st.integers(min_value=0, max_value=3),
)
def test_malformed_csv_files(text: str, encoding: str, trim: int) -> None:
    content = text.encode(encoding, errors="replace")
    import_bytes(content[: len(content) - trim] if trim < len(content) else content, "export.csv")
