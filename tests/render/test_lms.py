"""LMS exports: golden files, schema and well-formedness checks, an independent GIFT parser
reading our GIFT back, the QTI manifest, CSV and Quizlet round trips, escaping."""

from __future__ import annotations

import csv
import html
import io
import os
import re
import zipfile
from pathlib import Path

import pytest

from quizgen.models import QuestionBank
from quizgen.render.lms import FORMATS, TIMELINE_NOTE, export, gift_escape

lxml = pytest.importorskip("lxml.etree")

DATA = Path(__file__).parent.parent / "data"
GOLDEN = Path(__file__).parent.parent / "golden" / "lms"
BANK = QuestionBank.from_dict(__import__("json").loads((DATA / "questions-fixture.json").read_text()))
HOSTILE = ("<script", "<img", "<b>", "</script")


def _golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{name} changed: rerun with QUIZGEN_UPDATE_GOLDEN=1 if intended"


@pytest.mark.parametrize("fmt, name", [("gift", "fixture.gift"), ("moodle-xml", "fixture.moodle.xml"),
                                       ("csv", "fixture.csv"), ("quizlet", "fixture.quizlet.txt")])
def test_golden(fmt, name):
    _golden(name, export(BANK, fmt))


def test_golden_qti():
    with zipfile.ZipFile(io.BytesIO(export(BANK, "qti"))) as z:
        for name in z.namelist():
            _golden("qti/" + name, z.read(name))


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic(fmt):
    assert export(BANK, fmt) == export(BANK, fmt)


def test_moodle_xml_is_valid():
    schema = lxml.XMLSchema(lxml.parse(str(DATA / "moodle-quiz.xsd")))
    doc = lxml.fromstring(export(BANK, "moodle-xml"))
    schema.assertValid(doc)
    questions = doc.findall("question")
    assert [q.get("type") for q in questions] == ["category", "shortanswer", "multichoice", "multichoice", "truefalse",
                                                   "truefalse", "multichoice", "matching", "ordering", "shortanswer",
                                                   "multichoice"]
    for q, source in zip(questions[1:], BANK):
        assert html.unescape(q.findtext("questiontext/text")) == source.prompt
        assert source.source.sentence in html.unescape(q.findtext("generalfeedback/text"))
        if source.type in ("mcq", "who_said"):
            right = [a.findtext("text") for a in q.findall("answer") if a.get("fraction") == "100"]
            assert [html.unescape(r) for r in right] == [source.answer]


def test_moodle_xml_escapes_article_text():
    doc = lxml.fromstring(export(BANK, "moodle-xml"))
    for text in doc.iter("text"):
        assert not any(h in (text.text or "") for h in HOSTILE)  # markup arrives as &lt;…&gt;


def test_qti_package():
    with zipfile.ZipFile(io.BytesIO(export(BANK, "qti"))) as z:
        names = set(z.namelist())
        manifest = lxml.fromstring(z.read("imsmanifest.xml"))
        ns = {"m": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
        listed = {f.get("href") for f in manifest.findall(".//m:resource/m:file", ns)}
        assert listed == names - {"imsmanifest.xml"}  # every item file listed, nothing missing
        for name in listed:
            doc = lxml.fromstring(z.read(name))
            items = doc.findall(".//{*}item")
            assert len(items) == len(BANK)
            for item in items:
                labels = {lbl.get("ident") for lbl in item.iter("{*}response_label")}
                responses = {r.get("ident") for r in item.iter("{*}response_lid")} | {
                    r.get("ident") for r in item.iter("{*}response_str")}
                for eq in item.iter("{*}varequal"):
                    assert eq.get("respident") in responses
                    if item.find(".//{*}response_str") is None:
                        assert eq.text in labels
                for mat in item.iter("{*}mattext"):
                    assert not any(h in mat.text for h in HOSTILE)


def test_gift_read_back_by_independent_parser():
    parser = pytest.importorskip("pygiftparser.parser")
    parsed = parser.parse(export(BANK, "gift").decode("utf-8")).questions
    assert len(parsed) == len(BANK)

    def clean(text: str) -> str:
        return html.unescape(re.sub(r"\\(.)", r"\1", text.replace("[html]", ""))).strip()

    for got, q in zip(parsed, BANK):
        assert got.name == f"{q.type} {q.id}"
        prompt = f"{q.prompt} {TIMELINE_NOTE}" if q.type == "timeline" else q.prompt
        assert clean(got.text) == prompt
        kind = type(got.answer).__name__
        options = [(clean(o.text), o.percentage) for o in getattr(got.answer, "options", [])]
        if q.type in ("mcq", "who_said"):
            assert kind == "MultipleChoiceRadio"
            assert options == [(c, 1.0 if c == q.answer else 0.0) for c in q.choices]
        elif q.type == "true_false":
            assert kind == "TrueFalse" and options[0][0] == q.answer
        elif q.type in ("short_answer", "cloze"):
            assert kind == "Short" and [o for o, _ in options] == list(dict.fromkeys([q.answer, *q.accept]))
        elif q.type == "matching":
            assert kind == "Matching" and [o for o, _ in options] == [f"{l} -> {r}" for l, r in q.answer]
        else:
            assert kind == "Matching" and [o.split(" -> ")[0] for o, _ in options] == list(q.answer)


@pytest.mark.parametrize("text, escaped", [
    ("a ~ b = c # d { e } f : g", r"a \~ b \= c \# d \{ e \} f \: g"),
    ("back\\slash", r"back\\slash"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("multi\nline", "multi line"),
])
def test_gift_escape(text, escaped):
    assert gift_escape(text) == escaped


def test_csv_round_trip():
    rows = list(csv.DictReader(io.StringIO(export(BANK, "csv").decode("utf-8-sig"))))
    assert [(r["id"], r["type"], r["prompt"], r["answer"], r["source"]) for r in rows] == [
        (q.id, q.type, q.prompt, q.answer_text, q.source.sentence) for q in BANK]
    mcq = next(r for r in rows if r["type"] == "mcq")
    assert mcq["options"].split(" | ") == list(BANK.questions[1].choices)


def test_quizlet_lines():
    lines = export(BANK, "quizlet").decode("utf-8").splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    matching = next(q for q in BANK if q.type == "matching")
    assert len(lines) == len(BANK) - 1 + len(matching.answer)


def test_empty_bank_is_an_error():
    from quizgen.errors import QuizgenError

    with pytest.raises(QuizgenError, match="no questions"):
        export(QuestionBank(()), "gift")
