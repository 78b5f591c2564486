"""Eval gate: extraction quality on the Wikinews dev gold must not fall below the floors
in ``tests/data/eval_floors.json``. Raise a floor when quality rises; never lower one
without saying why in the commit (trafilatura's eval_gate idea).

Matching follows the project's scorer: a role needs the same person (surname and no
conflicting tokens) and role words with token F1 >= 0.5 against the role or an
alternative; an event the same TIMEX3 value and a key phrase in its text or sentence; a
claim a matching speaker and content-word F1 >= 0.5.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from quizgen.pipeline import facts_from_article
from quizgen.reader import read_article

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "eval_floors.json").read_text())
STOP = set("""a an the of in on at to for and or by with from as is was his her its their our
's s de van von del da der le la al el bin ibn""".split())
SCORED = re.compile(r"^\d{2,4}(-\d{2}(-\d{2})?)?$")


def tokens(text: str, drop_stop: bool = True) -> list[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").lower()
    return [t for t in re.findall(r"[a-z0-9]+", text) if not (drop_stop and t in STOP)]


def f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    pool, common = list(tb), 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    return 0.0 if not common else 2 * common / (len(ta) + len(tb))


def same_name(pred: str, gold: str) -> bool:
    p, g = tokens(pred, False), tokens(gold, False)
    return bool(p and g) and (p == g or (p[-1] == g[-1] and all(t in g for t in p)))


MATCH = {
    "roles": lambda p, g: same_name(p["person"], g["person"])
    and any(f1(p["role"], r) >= 0.5 for r in [g["role"], *g.get("alt", [])]),
    "events": lambda p, g: p["date"] == g["value"]
    and any(k.lower() in (p["text"] + " " + p["sentence"]).lower() for k in g["any"]),
    "claims": lambda p, g: any(same_name(p["speaker"], s) or f1(p["speaker"], s) >= 0.5
                               for s in [g["speaker"], *g.get("alt_speakers", [])])
    and f1(p["text"], g["text"]) >= 0.5,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    counts = {k: [0, 0, 0, 0] for k in MATCH}  # tp, fp, hit, gold
    for gold_file in sorted((DATA / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text())
        facts = facts_from_article(read_article(DATA / "articles" / Path(gold["article"]).name)).to_dict()
        for kind, ok in MATCH.items():
            preds, golds = facts[kind], gold.get(kind, [])
            if kind == "events":
                preds = [p for p in preds if SCORED.match(p["date"])]
                golds = [g for g in golds if SCORED.match(g["value"])]
            matched: dict[int, int] = {}
            for gi in sorted(range(len(golds)), key=lambda i: bool(golds[i].get("minor"))):
                for pi, p in enumerate(preds):
                    if pi not in matched and ok(p, golds[gi]):
                        matched[pi] = gi
                        break
            fp = sum(1 for pi, p in enumerate(preds)
                     if pi not in matched and not any(ok(p, golds[gi]) for gi in matched.values()))
            major = [i for i, g in enumerate(golds) if not g.get("minor")]
            c = counts[kind]
            c[0] += len(matched)
            c[1] += fp
            c[2] += sum(1 for i in major if i in matched.values())
            c[3] += len(major)
    out = {}
    for kind, (tp, fp, hit, total) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = hit / total if total else 0.0
        out[kind] = 2 * p * r / (p + r) if p + r else 0.0
    return out


@pytest.mark.parametrize("kind", list(MATCH))
def test_f1_floor(scores, kind):
    print(f"{kind} F1 {scores[kind]:.3f}")
    assert scores[kind] >= FLOORS[kind], f"{kind} F1 {scores[kind]:.3f} fell below the floor {FLOORS[kind]}"
