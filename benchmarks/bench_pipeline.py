"""End to end: files -> facts for ~1,000 articles with ``--jobs 1``, start-up included;
``quizgen --help`` time; peak memory at 1,000 and 10,000 articles (streaming JSON Lines)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import paths, texts

QUIZGEN = [sys.executable, "-m", "quizgen"]


def _tree(n: int, root: Path) -> Path:
    """A folder of ``n`` articles: the test articles copied round-robin."""
    src = paths()
    folder = root / f"news-{n}"
    folder.mkdir()
    for i in range(n):
        shutil.copyfile(src[i % len(src)], folder / f"{i:05d}.txt")
    return folder


def _timed(cmd: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a child process."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    return wall, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def _rss(cmd: list[str]) -> int:
    """Peak RSS (KiB) of one command, via /usr/bin/time when present."""
    if shutil.which("time") or os.path.exists("/usr/bin/time"):
        out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        try:
            return int(out.stderr.strip().splitlines()[-1])
        except (ValueError, IndexError):
            pass
    return _timed(cmd)[1]


def _dateparser_rate(n: int = 100) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    sample = texts(n)
    start = time.perf_counter()
    for text, _ in sample:
        search_dates(text, languages=["en"])
    return n / (time.perf_counter() - start)


def run() -> list[tuple[str, str, str]]:
    # An installed wheel has its byte-code compiled at install time; an editable checkout
    # run with PYTHONDONTWRITEBYTECODE would recompile every module on each start (~0.25 s).
    import compileall

    import quizgen

    compileall.compile_dir(Path(quizgen.__file__).parent, quiet=1)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        news = _tree(1000, root)
        extract = [*QUIZGEN, "extract", str(news), "--format", "jsonl", "--jobs", "1"]
        # the first run of a new install compiles the large patterns and caches them
        # (quizgen.text.regex); every later run starts from the cache
        first, _ = _timed(extract, env={**os.environ, "QUIZGEN_CACHE_DIR": str(root / "cache")})
        wall = min(_timed(extract, env={**os.environ, "QUIZGEN_CACHE_DIR": str(root / "cache")})[0] for _ in range(3))
        rate = 1000 / wall
        rows.append(("end to end, 1,000 articles, --jobs 1 (articles/s)", f"{rate:,.0f}", ">= 500"))
        rows.append(("  the same, first run with an empty pattern cache", f"{1000 / first:,.0f}", "-"))
        dp = _dateparser_rate()
        if dp:
            rows.append(("dateparser.search_dates alone (articles/s)", f"{dp:,.1f}", "-"))
            rows.append(("end to end vs dateparser alone", f"{rate / dp:,.0f}x", ">= 10x"))
        walls = []
        for _ in range(5):
            walls.append(_timed([*QUIZGEN, "--help"])[0])
        rows.append(("quizgen --help (s, best of 5)", f"{min(walls):.3f}", "< 0.3"))
        rows.append(("peak RSS, 1,000 articles jsonl (MiB)",
                     f"{_rss([*QUIZGEN, 'extract', str(news), '--format', 'jsonl', '--jobs', '1']) / 1024:.0f}", "flat"))
        big = _tree(10_000, root)
        rows.append(("peak RSS, 10,000 articles jsonl (MiB)",
                     f"{_rss([*QUIZGEN, 'extract', str(big), '--format', 'jsonl', '--jobs', '1']) / 1024:.0f}", "flat"))
    return rows
