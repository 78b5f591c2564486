"""Batch runs: input order with a process pool, streaming JSON Lines, the Dask recipe."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from quizgen.batch import extract_command, extract_many

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))[:6]


def _lines(jobs: int) -> list[str]:
    out = io.StringIO()
    assert extract_command([str(p) for p in ARTICLES], fmt="jsonl", jobs=jobs, out=out) == 0
    return out.getvalue().splitlines()


def test_pool_keeps_input_order_and_matches_one_process():
    single, pooled = _lines(1), _lines(2)
    assert single == pooled
    assert [json.loads(x)["article"]["url"] for x in single] == [
        next(line[5:].strip() for line in p.read_text().splitlines() if line.startswith("URL:")) for p in ARTICLES]


def test_extract_many_reports_errors_in_place(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    outcomes = list(extract_many([str(ARTICLES[0]), str(bad), str(ARTICLES[1])], jobs=2))
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert "binary" in outcomes[1].error


def test_json_for_several_articles_is_wrapped():
    out = io.StringIO()
    extract_command([str(p) for p in ARTICLES[:2]], fmt="json", jobs=1, out=out)
    assert len(json.loads(out.getvalue())["articles"]) == 2


def test_dask_recipe_matches_single_process():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    spec = importlib.util.spec_from_file_location("dask_bag", ROOT / "examples" / "dask_bag.py")
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    paths = [str(p) for p in ARTICLES[:4]]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        lines = recipe.run(paths, scheduler=client.get, partitions=2)
    out = io.StringIO()
    extract_command(paths, fmt="jsonl", jobs=1, out=out)
    assert lines == out.getvalue().splitlines()
