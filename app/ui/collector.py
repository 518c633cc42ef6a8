"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a generation is full: often
a worker thread reading or planning a large event. Should it then free the Python side of a closed window or
dialog caught in a reference cycle, shiboken deletes the Qt object from that worker thread while Qt may
delete it too (``deleteLater``) on the GUI thread: a crash (an abort in the C library, or a segmentation
fault) long after the cause. So the window turns automatic collection off and collects on a GUI-thread timer
instead, generation by generation as the thresholds say, just as often as automatic collection would on a
busy event: young objects every tick (a few milliseconds' work), a full collection rarely. As in CPython's
own collector, a full collection (60 ms and more with a large event in memory) waits until the objects that
survived into the oldest generation since the last one are a quarter of those it held then (or of the
fewest it has held since: an event closed frees most of them), and it waits while the organiser is acting
(``pacing``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

from app import pacing

TICK_MS = 10
"""How often the GUI thread looks whether a generation is due: short, so that what a worker thread
allocates between two ticks stays small enough to be collected in a few milliseconds."""


class GuiThreadCollector(QObject):
    """Collects cycles on the GUI thread's timer while ``running``; automatic collection is off meanwhile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.collect_due)
        self._long_lived = 0
        """Objects in the oldest generation after the last full collection, or the fewest seen since."""
        self._young_since_look = 0
        """Collections of the middle generation since the oldest was last found due but not worth it."""

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection (in whichever thread allocates)."""
        self._timer.stop()
        gc.enable()

    @Slot()
    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is passed, as automatic collection would; the
        number of objects found unreachable (-1 when none was due)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = -1
        for generation in range(3):
            if counts[generation] <= thresholds[generation]:
                break
            due = generation
        if due == 2 and not self._full_collection_worth_it(thresholds[2]):
            due = 1
        if due < 0:
            return -1
        found = gc.collect(due)
        if due == 2:
            self._long_lived = len(gc.get_objects(generation=2))
        return found

    def _full_collection_worth_it(self, threshold: int) -> bool:
        """The oldest generation grew by a quarter since the last full collection (CPython's own rule),
        looked at once every ``threshold`` collections of the middle generation, and the organiser is not
        acting."""
        if pacing.giving_way():
            return False
        self._young_since_look -= 1
        if self._young_since_look > 0:
            return False
        self._young_since_look = threshold
        held = len(gc.get_objects(generation=2))
        # An event closed frees most of what the last full collection kept: measure from what is left.
        self._long_lived = min(self._long_lived, held)
        return held - self._long_lived > self._long_lived // 4
