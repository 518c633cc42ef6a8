"""Documents written in worker processes: every job runs once, progress reaches the end, and a failing job
stops the export with its own error."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest

from app.services import parallel
from app.services.parallel import Job, run_jobs


@pytest.mark.parametrize("processes", [False, True])
def test_every_job_runs_once_and_progress_reaches_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: bool
) -> None:
    monkeypatch.setattr(parallel, "PROCESSES_FROM", 0 if processes else 10**9)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    event = f.delegation_day()
    jobs = [Job("paper_jobs:write_name", (o.id, tmp_path / f"{o.id}.txt")) for o in event.organisations]
    seen: list[tuple[int, int]] = []
    run_jobs(event, jobs, lambda done, total: seen.append((done, total)))
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert written == {f"{o.id}.txt": o.name for o in event.organisations}
    assert seen[0] == (0, len(jobs)) and seen[-1] == (len(jobs), len(jobs))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_failing_job_raises_its_own_error_from_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PROCESSES_FROM", 0)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    event = f.delegation_day()
    jobs = [Job("paper_jobs:write_name", (1, tmp_path / "1.txt")), Job("paper_jobs:refuse", (2, tmp_path))]
    with pytest.raises(OSError, match="No space left"):
        run_jobs(event, jobs)


def test_small_work_stays_in_this_process_and_large_work_uses_every_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert parallel.workers_for(parallel.PROCESSES_FROM - 1) == 0
    assert parallel.workers_for(1000) == 2
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 16)
    assert parallel.workers_for(1000) == 4
