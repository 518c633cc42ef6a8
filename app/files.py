"""Files written whole or not at all: a reader (or the organiser) never finds half a PDF or workbook.

Each file is written under a hidden temporary name in its own folder and renamed into place when complete;
a rename within one folder replaces the old file in one step on every system MeetGrid runs on.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path


def temporary_name(path: Path) -> Path:
    """The hidden name beside ``path`` that a file is written under before it takes its place."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


_UNFINISHED = re.compile(r"\..+\.(?:pdf|json|xlsx|ics)(?:\.\d+\.tmp)+")


def remove_unfinished(folder: Path) -> None:
    """Remove the hidden temporary documents a write killed half way (power cut, kill) left in ``folder``."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if _UNFINISHED.fullmatch(path.name):
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, on failure it is removed."""
    temporary = temporary_name(path)
    try:
        yield temporary
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy a file to ``target``, which is either the complete copy or left as it was."""
    with replaced_atomically(target) as temporary:
        shutil.copyfile(source, temporary)
    return target


class StagedFiles:
    """Several files written under temporary names and put in place together by ``commit``.

    Used as a context manager, files not yet committed are removed when the block fails, so a failed
    export leaves the folder as it was.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def path_for(self, target: Path) -> Path:
        """The temporary path to write ``target``'s content to."""
        temporary = temporary_name(target)
        self._pending.append((temporary, target))
        return temporary

    def commit(self) -> list[Path]:
        """Rename every written file into place; returns the targets in the order they were staged."""
        targets = []
        while self._pending:
            temporary, target = self._pending.pop(0)
            temporary.replace(target)
            targets.append(target)
        return targets

    def discard(self) -> None:
        """Remove the temporary files not committed."""
        for temporary, _ in self._pending:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        self._pending.clear()
