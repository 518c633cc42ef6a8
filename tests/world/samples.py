"""Writes two files of the corpus into ``resources/samples/``, as an organiser would receive them.

* ``valencia-chengdu-form-responses.xlsx``: the Valencia–Chengdu day as Google Forms responses with Spanish
  questions (one row a person, the wish list typed into one cell, the form's title above the answers);
* ``shandong-ticketing-export.csv``: the Shandong–Rogaland day as a Norwegian ticketing export (UTF-8 with a
  byte-order mark; first and last name in two columns; the ticket type, read with
  ``--map "Billettype=group"``, says delegation or host).

Both list languages and register no interpreter. Run from the repository: ``python -m tests.world.samples``.
The samples live beside ``make_sample.py`` but are written from here, as the corpus they come from belongs to
the tests (and resources never import tests); ``test_world_layouts.py`` checks that they still read as the
corpus does.
"""

from __future__ import annotations

from pathlib import Path

from .events import SHANDONG_ROGALAND, VALENCIA_CHENGDU, WorldEvent
from .layouts import LAYOUT_BY_NAME

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

WORLD_SAMPLES: tuple[tuple[str, WorldEvent, str, str], ...] = (
    ("valencia-chengdu-form-responses.xlsx", VALENCIA_CHENGDU, "google_form", "es"),
    ("shandong-ticketing-export.csv", SHANDONG_ROGALAND, "ticketing", "no"),
)
"""(file name, event, layout, header language) of each sample."""


def main() -> None:
    for name, event, layout, language in WORLD_SAMPLES:
        (SAMPLES / name).write_bytes(LAYOUT_BY_NAME[layout].write(event, language))
        print(f"Wrote {SAMPLES / name}: {event.title}, {layout} layout, headers in '{language}'")


if __name__ == "__main__":
    main()
