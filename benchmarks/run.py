"""Print the speed and memory table: ``python benchmarks/run.py``.

Every ``benchmarks/bench_*.py`` defines ``run() -> list[tuple[str, str, str]]`` returning
rows of (what was measured, the figure, the target). Targets are checked by eye here, not
in timed tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    only = set(argv)
    rows: list[tuple[str, str, str]] = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem[len("bench_"):]
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(module.run())
    width = max((len(r[0]) for r in rows), default=10)
    fig = max((len(r[1]) for r in rows), default=6)
    print(f"{'benchmark':{width}}  {'result':>{fig}}  target")
    print(f"{'-' * width}  {'-' * fig}  ------")
    for what, figure, target in rows:
        print(f"{what:{width}}  {figure:>{fig}}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
