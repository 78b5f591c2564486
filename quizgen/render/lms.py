"""Exports for learning platforms: GIFT and Moodle XML (Moodle), QTI 1.2 (Canvas), CSV, Quizlet.

Each format gets article text escaped its own way. Types a format lacks fall back to the
nearest one with a note in the question text, never silently dropped: a timeline becomes
matching (event → position) in GIFT and QTI, ordering in Moodle XML; cloze becomes short
answer everywhere.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections import OrderedDict
from typing import Callable
from xml.etree import ElementTree as ET

from ..errors import QuizgenError
from ..models import Question, QuestionBank, stable_id

FORMATS = ("gift", "moodle-xml", "qti", "csv", "quizlet")
ORDINALS = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")
TIMELINE_NOTE = "Give each event its place in time (1st = earliest)."
ZIP_DATE = (2020, 1, 1, 0, 0, 0)  # fixed zip entry times: the same bank gives the same bytes


def export(bank: QuestionBank, fmt: str) -> bytes:
    """The bank in ``fmt`` (one of FORMATS) as the bytes of the file to write."""
    writers: dict[str, Callable[[QuestionBank], bytes]] = {
        "gift": lambda b: gift(b).encode("utf-8"),
        "moodle-xml": moodle_xml,
        "qti": qti_zip,
        "csv": lambda b: to_csv(b).encode("utf-8-sig"),  # the BOM makes Excel read UTF-8
        "quizlet": lambda b: quizlet(b).encode("utf-8"),
    }
    if fmt not in writers:
        raise QuizgenError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not len(bank):
        raise QuizgenError("no questions to export")
    return writers[fmt](bank)


def _by_article(bank: QuestionBank) -> "OrderedDict[str, list[Question]]":
    groups: OrderedDict[str, list[Question]] = OrderedDict()
    for q in bank:
        name = q.source.article or "quizgen"
        if q.source.date:
            name = f"{q.source.date} {name}"
        groups.setdefault(name, []).append(q)
    return groups


def _feedback(q: Question) -> str:
    parts = [q.explanation, f"Source: {q.source.sentence}" if q.source.sentence else ""]
    return " ".join(p for p in parts if p)


def _timeline_pairs(q: Question) -> list[tuple[str, str]]:
    return [(item, ORDINALS[i] if i < len(ORDINALS) else str(i + 1)) for i, item in enumerate(q.answer)]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------- GIFT

_GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def gift_escape(text: str) -> str:
    """Article text for GIFT: HTML-escaped (Moodle renders GIFT text as HTML), then GIFT's
    special characters ``~ = # { } :`` and the backslash escaped, on one line."""
    return _GIFT_SPECIAL.sub(r"\\\1", html.escape(_one_line(text), quote=False))


def gift(bank: QuestionBank) -> str:
    """The bank in Moodle's GIFT text format, one ``$CATEGORY`` per article."""
    out: list[str] = []
    for category, questions in _by_article(bank).items():
        out.append(f"$CATEGORY: quizgen/{gift_escape(category).replace('/', '-')}\n")
        for q in questions:
            out.append(_gift_question(q) + "\n")
    return "\n".join(out)


def _gift_question(q: Question) -> str:
    e = gift_escape
    name = f"::{e(q.type + ' ' + q.id)}::"
    text = q.prompt
    fb = f" ####{e(_feedback(q))}" if _feedback(q) else ""
    if q.type in ("mcq", "who_said"):
        options = " ".join(("=" if c == q.answer else "~") + e(c) for c in q.choices)
        body = f"{{{options}{fb}}}"
    elif q.type == "true_false":
        body = f"{{{'T' if str(q.answer).lower() == 'true' else 'F'}{fb}}}"
    elif q.type in ("short_answer", "cloze"):
        answers = list(OrderedDict.fromkeys([str(q.answer), *q.accept]))
        body = "{" + " ".join("=" + e(a) for a in answers) + fb + "}"
    elif q.type == "matching":
        body = "{" + " ".join(f"={e(l)} -> {e(r)}" for l, r in q.answer) + fb + "}"
    else:  # timeline: GIFT has no ordering type
        text = f"{q.prompt} {TIMELINE_NOTE}"
        body = "{" + " ".join(f"={e(l)} -> {e(r)}" for l, r in _timeline_pairs(q)) + fb + "}"
    return f"{name}[html]{e(text)} {body}"


# --------------------------------------------------------------------------- Moodle XML


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    """``<tag format="html"><text>…</text></tag>``; article text is HTML-escaped first."""
    el = _sub(parent, tag, format="html")
    _sub(el, "text", html.escape(value))
    return el


def moodle_xml(bank: QuestionBank) -> bytes:
    """The bank as Moodle XML (UTF-8), a category question before each article's questions."""
    quiz = ET.Element("quiz")
    for category, questions in _by_article(bank).items():
        cat = _sub(quiz, "question", type="category")
        _sub(_sub(cat, "category"), "text", f"$course$/quizgen/{category.replace('/', '-')}")
        for q in questions:
            quiz.append(_moodle_question(q))
    ET.indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8") + b"\n"


_MOODLE_TYPE = {"mcq": "multichoice", "who_said": "multichoice", "true_false": "truefalse",
                "short_answer": "shortanswer", "cloze": "shortanswer", "matching": "matching",
                "timeline": "ordering"}


def _moodle_question(q: Question) -> ET.Element:
    el = ET.Element("question", type=_MOODLE_TYPE[q.type])
    _sub(_sub(el, "name"), "text", html.escape(_one_line(q.prompt)[:80]))
    _text(el, "questiontext", q.prompt)
    _text(el, "generalfeedback", _feedback(q))
    _sub(el, "defaultgrade", "1")
    _sub(el, "penalty", "0.3333333")
    _sub(el, "hidden", "0")
    _sub(el, "idnumber", q.id)
    if q.type in ("mcq", "who_said"):
        _sub(el, "single", "true")
        _sub(el, "shuffleanswers", "true")
        _sub(el, "answernumbering", "abc")
        for c in q.choices:
            ans = _sub(el, "answer", fraction="100" if c == q.answer else "0", format="html")
            _sub(ans, "text", html.escape(c))
    elif q.type == "true_false":
        right = str(q.answer).lower() == "true"
        for value in ("true", "false"):
            ans = _sub(el, "answer", fraction="100" if (value == "true") == right else "0", format="moodle_auto_format")
            _sub(ans, "text", value)
    elif q.type in ("short_answer", "cloze"):
        _sub(el, "usecase", "0")
        for a in OrderedDict.fromkeys([str(q.answer), *q.accept]):
            ans = _sub(el, "answer", fraction="100", format="moodle_auto_format")
            _sub(ans, "text", a.replace("*", r"\*"))  # "*" is Moodle's wildcard
    elif q.type == "matching":
        _sub(el, "shuffleanswers", "true")
        for left, right in q.answer:
            sub = _sub(el, "subquestion", format="html")
            _sub(sub, "text", html.escape(left))
            _sub(_sub(sub, "answer"), "text", right)
    else:  # timeline -> ordering (qtype_ordering: answers in the right order)
        _sub(el, "layouttype", "VERTICAL")
        _sub(el, "selecttype", "ALL")
        _sub(el, "selectcount", "0")
        _sub(el, "gradingtype", "ABSOLUTE_POSITION")
        _sub(el, "showgrading", "SHOW")
        for item in q.answer:
            ans = _sub(el, "answer", fraction="1", format="html")
            _sub(ans, "text", html.escape(item))
    return el


# --------------------------------------------------------------------------- QTI 1.2

_QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
_QTI_TYPE = {"mcq": "multiple_choice_question", "who_said": "multiple_choice_question",
             "true_false": "true_false_question", "short_answer": "short_answer_question",
             "cloze": "short_answer_question", "matching": "matching_question", "timeline": "matching_question"}


def qti_zip(bank: QuestionBank) -> bytes:
    """A QTI 1.2 content package (as Canvas imports): one assessment per article, and an
    ``imsmanifest.xml`` that lists every assessment file."""
    files: list[tuple[str, bytes]] = []
    for category, questions in _by_article(bank).items():
        ident = "g" + stable_id("qti", category, length=16)
        files.append((f"{ident}/{ident}.xml", _qti_assessment(ident, category, questions)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("imsmanifest.xml", _qti_manifest(files)), *files]:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def _qti_manifest(files: list[tuple[str, bytes]]) -> bytes:
    ns = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
    manifest = ET.Element("manifest", {"identifier": "quizgen-" + stable_id(*[f for f, _ in files]), "xmlns": ns})
    meta = _sub(manifest, "metadata")
    _sub(meta, "schema", "IMS Content")
    _sub(meta, "schemaversion", "1.1.3")
    _sub(manifest, "organizations")
    resources = _sub(manifest, "resources")
    for path, _ in files:
        ident = path.split("/")[0]
        res = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2", href=path)
        _sub(res, "file", href=path)
    ET.indent(manifest)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(manifest, encoding="utf-8") + b"\n"


def _qti_assessment(ident: str, title: str, questions: list[Question]) -> bytes:
    root = ET.Element("questestinterop", {"xmlns": _QTI_NS})
    assessment = _sub(root, "assessment", ident=ident, title=title)
    meta = _sub(_sub(assessment, "qtimetadata"), "qtimetadatafield")
    _sub(meta, "fieldlabel", "cc_maxattempts")
    _sub(meta, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    for q in questions:
        section.append(_qti_item(q))
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _mattext(parent: ET.Element, text: str) -> None:
    _sub(_sub(parent, "material"), "mattext", html.escape(text), texttype="text/html")


def _qti_item(q: Question) -> ET.Element:
    item = ET.Element("item", ident="i" + q.id, title=_one_line(q.prompt)[:80])
    fields = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", _QTI_TYPE[q.type]), ("points_possible", "1"), ("original_answer_ids", "")):
        field = _sub(fields, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)
    presentation = _sub(item, "presentation")
    prompt = f"{q.prompt} {TIMELINE_NOTE}" if q.type == "timeline" else q.prompt
    _mattext(presentation, prompt)
    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")

    def scored(respident: str, value: str, score: str = "100", action: str = "Set") -> None:
        cond = _sub(processing, "respcondition", **{"continue": "No" if action == "Set" else "Yes"})
        _sub(_sub(cond, "conditionvar"), "varequal", value, respident=respident)
        _sub(cond, "setvar", score, action=action, varname="SCORE")

    if q.type in ("mcq", "who_said", "true_false"):
        choices = q.choices if q.type != "true_false" else ("True", "False")
        lid = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
        render = _sub(lid, "render_choice")
        right = None
        for i, c in enumerate(choices):
            label = _sub(render, "response_label", ident=f"c{i}")
            _mattext(label, c)
            if c == q.answer or (q.type == "true_false" and c.lower() == str(q.answer).lower()):
                right = f"c{i}"
        if right:
            scored("response1", right)
    elif q.type in ("short_answer", "cloze"):
        _sub(_sub(presentation, "response_str", ident="response1", rcardinality="Single"), "render_fib",
             fibtype="String", prompt="Box")
        for a in OrderedDict.fromkeys([str(q.answer), *q.accept]):
            scored("response1", a)
    else:  # matching, and timeline as matching (event -> position)
        pairs = list(q.answer) if q.type == "matching" else _timeline_pairs(q)
        rights = sorted(OrderedDict.fromkeys(r for _, r in pairs))
        right_id = {r: f"r{i}" for i, r in enumerate(rights)}
        share = f"{100 / len(pairs):.2f}"
        for i, (left, right) in enumerate(pairs):
            lid = _sub(presentation, "response_lid", ident=f"response_{i}")
            _mattext(lid, left)
            render = _sub(lid, "render_choice")
            for r in rights:
                _mattext(_sub(render, "response_label", ident=right_id[r]), r)
        for i, (_, right) in enumerate(pairs):
            scored(f"response_{i}", right_id[right], share, action="Add")
    if _feedback(q):
        _mattext(_sub(_sub(item, "itemfeedback", ident="general_fb"), "flow_mat"), _feedback(q))
    return item


# --------------------------------------------------------------------------- CSV, Quizlet

CSV_COLUMNS = ("id", "type", "prompt", "answer", "options", "accept", "source", "article", "date", "tags")


def to_csv(bank: QuestionBank) -> str:
    """One row per question for spreadsheets; lists joined with `` | ``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for q in bank:
        options = q.choices
        if q.type == "timeline":
            options = tuple(sorted(q.answer))
        elif q.type == "matching":
            options = tuple(r for _, r in q.answer)
        writer.writerow([q.id, q.type, q.prompt, q.answer_text, " | ".join(options), " | ".join(q.accept),
                         q.source.sentence, q.source.article, q.source.date or "", " ".join(q.tags)])
    return buf.getvalue()


def quizlet(bank: QuestionBank) -> str:
    """``term<TAB>definition`` lines: prompt → answer; matching gives a card per pair."""
    lines = []
    for q in bank:
        if q.type == "matching":
            lines += [f"{_one_line(l)}\t{_one_line(r)}" for l, r in q.answer]
        else:
            prompt = q.prompt
            if q.type in ("mcq", "who_said"):
                prompt += " (" + " / ".join(q.choices) + ")"
            lines.append(f"{_one_line(prompt)}\t{_one_line(q.answer_text)}")
    return "\n".join(lines) + "\n"
