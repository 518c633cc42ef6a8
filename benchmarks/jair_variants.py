"""Writes crafted variants of the JAIR instances, like those of Bofill et al. (JAIR), as .dzn files.

    .venv/bin/python benchmarks/jair_variants.py --out DIR [--seed N] [--shares KIND=P,P ...] [FILES...]

Without FILES, the 20 instances in ../shared/benchmarks/b2b-jair/. Each file gets one variant per kind,
share (in per cent) and seed, named like ``tic-12.fixed-10.s1.dzn``, in the originals' format so that
other solvers read them too. The kinds:

- ``fixed``: that share of the meetings fixed to a slot the meeting may use, and each participant of a fixed
  meeting one more forbidden slot (not the slot of one of its fixed meetings);
- ``forbidden``: that share of the slots forbidden to each participant, drawn per participant;
- ``precedences``: for that share of the participants with two meetings or more, a chain over 2 to 4 of
  their meetings, in random order.

The draws are seeded (the same command writes the same files) and blind: some variants have no timetable
at all, which is the point, since the engine must prove it fast. ``--shares fixed=5,10`` replaces the
default shares of a kind; naming any kind leaves out the kinds not named.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from jair_dzn import DznError, JairData, read_jair, write_jair

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "b2b-jair"

DEFAULT_SHARES = {"fixed": (5, 10, 20), "forbidden": (10, 20, 30), "precedences": (10, 30)}
"""Per kind, the shares in per cent: 8 variants of each instance, 160 over the 20."""


def with_fixed(data: JairData, share: int, rng: random.Random) -> JairData:
    """``share`` per cent of the meetings fixed; each of their participants gets one more forbidden slot."""
    fixed = list(data.fixed)
    forbidden = [set(slots) for slots in data.forbidden]
    # Per participant, the slots of its fixed meetings, which no later draw forbids.
    kept: list[set[int]] = [set() for _ in range(data.participant_count)]
    chosen = rng.sample(range(len(data.requested)), round(len(data.requested) * share / 100))
    for meeting in sorted(chosen):
        a, b, session = data.requested[meeting]
        # Drawn from what the meeting may still use, after the slots forbidden by earlier draws.
        options = sorted(data.session_slots(session) - forbidden[a] - forbidden[b])
        if not options:
            continue
        slot = rng.choice(options)
        fixed[meeting] = slot
        for p in (a, b):
            kept[p].add(slot)
            free = sorted(set(range(data.slot_count)) - forbidden[p] - kept[p])
            if free:
                forbidden[p].add(rng.choice(free))
    return replace(data, fixed=tuple(fixed), forbidden=tuple(frozenset(s) for s in forbidden))


def with_forbidden(data: JairData, share: int, rng: random.Random) -> JairData:
    """``share`` per cent of the slots forbidden to each participant, on top of those already forbidden."""
    count = round(data.slot_count * share / 100)
    forbidden = [slots | frozenset(rng.sample(range(data.slot_count), count)) for slots in data.forbidden]
    return replace(data, forbidden=tuple(forbidden))


def with_precedences(data: JairData, share: int, rng: random.Random) -> JairData:
    """For ``share`` per cent of the participants with two meetings or more, a chain over 2-4 of them."""
    before = [set(earlier) for earlier in data.precedences]
    candidates = [p for p in range(data.participant_count) if len(data.meetings_of(p)) >= 2]
    for p in sorted(rng.sample(candidates, round(len(candidates) * share / 100))):
        mine = data.meetings_of(p)
        chain = rng.sample(mine, rng.randint(2, min(4, len(mine))))
        for earlier, later in pairwise(chain):
            before[later].add(earlier)
    return replace(data, precedences=tuple(frozenset(b) for b in before))


KINDS = {"fixed": with_fixed, "forbidden": with_forbidden, "precedences": with_precedences}


def variant(data: JairData, kind: str, share: int, seed: int, base: str) -> JairData:
    """One variant; the draws depend on the instance's name, the kind, the share and the seed only."""
    return KINDS[kind](data, share, random.Random(f"{base}/{kind}/{share}/{seed}"))


def base_name(path: Path) -> str:
    """The instance's name: the file's name without ``.original.dzn`` or ``.dzn``."""
    name = path.name
    for suffix in (".original.dzn", ".dzn"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _shares(text: str) -> tuple[str, tuple[int, ...]]:
    kind, _, values = text.partition("=")
    if kind not in KINDS:
        raise argparse.ArgumentTypeError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    try:
        shares = tuple(int(v) for v in values.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"shares of {kind} are not whole per cents: {values!r}") from None
    if not shares or any(not 0 < s <= 100 for s in shares):
        raise argparse.ArgumentTypeError(f"shares of {kind} must be per cents in 1..100: {values!r}")
    return kind, shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, action="append", help="one variant per seed (repeat; default: 1)")
    parser.add_argument(
        "--shares", type=_shares, action="append", help="KIND=P,P,... per cent (repeat for more kinds)"
    )
    args = parser.parse_args()
    shares = dict(args.shares) if args.shares else DEFAULT_SHARES
    files = args.files or sorted(DATA.glob("*.dzn"))
    originals = []
    for path in files:
        try:
            originals.append((base_name(path), read_jair(path)))
        except DznError as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            sys.exit(2)
    args.out.mkdir(parents=True, exist_ok=True)
    written: Counter[str] = Counter()
    for base, data in originals:
        for kind, kind_shares in shares.items():
            for share in kind_shares:
                for seed in args.seed or [1]:
                    name = f"{base}.{kind}-{share}.s{seed}.dzn"
                    write_jair(variant(data, kind, share, seed, base), args.out / name)
                    written[f"{kind}-{share}"] += 1
    for kind, count in written.items():
        print(f"{kind:16} {count:>4} files")
    print(f"{'total':16} {sum(written.values()):>4} files in {args.out}")


if __name__ == "__main__":
    main()
