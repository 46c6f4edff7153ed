"""Gazetteer load time (cold, each in a fresh process) and lookups per second; medians of 5 runs.

Run: .venv/bin/python bench/bench_gazetteer.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 5

# Imports dyadwatch.where first so the timing covers only building the Gazetteer from the compiled index.
_COLD_LOAD = """
import time
from dyadwatch import where
started = time.perf_counter()
where.get_gazetteer().lookup("Moscow")
print(time.perf_counter() - started)
"""

NAMES = [
    "Moscow", "Tripoli", "Hyderabad", "Georgia", "Strait of Hormuz", "Paris, Texas", "Kyiv", "the Gaza Strip",
    "Washington", "TEHRAN", "Damascus", "Idlib", "Donbass", "Beijing", "the United States", "Kandahar",
    "Zzyzxville", "Aleppo", "New Delhi", "Crimea",
]
CONTEXTS: list[tuple[str, ...]] = [(), ("LBN",), ("PAK", "IND"), ("USA",)]


def cold_load_seconds() -> float:
    output = subprocess.run(
        [sys.executable, "-c", _COLD_LOAD], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout
    return float(output.strip().splitlines()[-1])


def lookups_per_second(rounds: int = 500) -> float:
    sys.path.insert(0, str(REPO))
    from dyadwatch.where import get_gazetteer

    gazetteer = get_gazetteer()
    started = time.perf_counter()
    count = 0
    for _ in range(rounds):
        for context in CONTEXTS:
            for name in NAMES:
                gazetteer.lookup(name, context)
                count += 1
    return count / (time.perf_counter() - started)


def main() -> None:
    loads = [cold_load_seconds() for _ in range(RUNS)]
    rates = [lookups_per_second() for _ in range(RUNS)]
    print(f"gazetteer cold load: median {statistics.median(loads) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{s * 1000:.0f}' for s in loads)} ms)")
    print(f"lookups: median {statistics.median(rates):,.0f} per second "
          f"({len(NAMES)} names x {len(CONTEXTS)} contexts, {RUNS} runs)")


if __name__ == "__main__":
    main()
