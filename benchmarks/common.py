"""What the benchmark scripts share: corpora on disk, the machine's description, medians, results files.

Corpora are written by `make_corpus.generate` (seed 0) under a work folder, one folder per size, and
reused while their files are the generator's; results go to JSON files that `plot.py` and the README's
table are made from. Nothing here touches the network.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as `python benchmarks/x.py`: make `briefing` importable
    sys.path.insert(0, str(REPO))

import make_corpus  # noqa: E402  (benchmarks/ is on sys.path when a script here runs)

SEEDS = REPO / "seeds"
DEFAULT_WORK = Path(os.environ.get("BRIEFING_BENCH_DIR", "/tmp/briefing-bench"))
SIZES = (1, 100, 1000, 10_000)


def corpus(n: int, work: Path = DEFAULT_WORK) -> Path:
    """Folder holding synthetic articles 0..n-1 (seed 0), generated unless already there."""
    folder = work / f"corpus-{n}"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    expected = [f"{i:05d}.txt" for i in range(n)]
    if [p.name for p in files] == expected and (
        n == 0 or files[-1].read_bytes() == make_corpus.make_article(n - 1).encode("utf-8")
    ):
        return folder
    progress(f"generating {n:,} articles in {folder}")
    for stale in files:
        stale.unlink()
    make_corpus.generate(n, folder)
    return folder


def machine() -> dict[str, str]:
    """`nproc`, `free -h`'s memory line, Python and the CPU model: the README's machine line."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        free = subprocess.run(["free", "-h"], capture_output=True, text=True, timeout=10).stdout.splitlines()
        memory = next((" ".join(line.split()) for line in free if line.startswith("Mem:")), "")
    except (OSError, subprocess.SubprocessError):
        memory = ""
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = ""
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "load_average_at_start": load,
    }


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A Markdown table on stdout, ready for the README."""
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


def write_results(path: Path, name: str, results: object) -> Path:
    """Merge this script's results into the JSON file (one key per script), with the machine described."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        everything = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        everything = {}
    everything[name] = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M"), "results": results}
    path.write_text(json.dumps(everything, indent=2) + "\n", encoding="utf-8")
    progress(f"results in {path}")
    return path


def results_argument(parser) -> None:
    parser.add_argument(
        "--results",
        type=Path,
        default=DEFAULT_WORK / "results.json",
        help="JSON file the figures are merged into (default: %(default)s)",
    )
    parser.add_argument(
        "--work", type=Path, default=DEFAULT_WORK, help="folder for generated corpora (default: %(default)s)"
    )


def stop(process: subprocess.Popen | None) -> None:
    """End a server this script started: politely, then by force after 20 s."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
