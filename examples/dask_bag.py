"""Run quizgen over a large archive with Dask: ``python examples/dask_bag.py NEWS_DIR OUT.jsonl``.

Needs the ``dask`` extra (``pip install 'quizgen[dask]'``). ``quizgen.extract_facts`` and
``quizgen.make_questions`` are pure functions with picklable results, so a ``dask.bag``
maps them over the files on any cluster; the output is one JSON line per article, in the
order of the sorted input paths, exactly as ``quizgen extract DIR --format jsonl`` writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def facts_json(path: str) -> str:
    """One article file to its facts as a JSON line."""
    from quizgen import read_article
    from quizgen.pipeline import facts_from_article

    return json.dumps(facts_from_article(read_article(path)).to_dict(), ensure_ascii=False)


def questions_json(line: str, seed: int = 0) -> str:
    """A facts JSON line to its question bank as a JSON line."""
    from quizgen import make_questions
    from quizgen.models import Facts

    return json.dumps(make_questions(Facts.from_dict(json.loads(line)), seed=seed).to_dict(), ensure_ascii=False)


def run(paths: list[str], *, scheduler=None, partitions: int | None = None) -> list[str]:
    """Facts JSON lines for ``paths``, computed by a dask bag (in input order)."""
    import dask.bag as db

    bag = db.from_sequence(paths, npartitions=partitions or max(1, min(len(paths), 64)))
    return bag.map(facts_json).compute(scheduler=scheduler)


def main(argv: list[str]) -> int:
    from dask.distributed import Client, LocalCluster

    from quizgen.reader import expand_paths

    source, target = argv
    paths = list(expand_paths([source]))
    with LocalCluster(processes=True) as cluster, Client(cluster) as client:
        lines = run(paths, scheduler=client.get)
    Path(target).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} articles -> {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
