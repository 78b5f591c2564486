"""The Anki renderer: GUID and model-id stability, byte-reproducible packages, escaping,
tags, decks; and, when Anki's own ``anki`` package is installed, a real import."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.models import Question, QuestionBank, Source
from quizgen.render.anki import MODEL_IDS, deck_bytes, default_timestamp, escape, note_count, note_guid, tags, topic_words

DATA = Path(__file__).resolve().parent.parent / "data"
GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "anki"
TS = 1_337_731_200  # 2012-05-23 00:00 UTC


def fixture_bank() -> QuestionBank:
    return QuestionBank.from_dict(json.loads((DATA / "questions-fixture.json").read_text(encoding="utf-8")))


def articles_bank(n: int = 5) -> QuestionBank:
    """The fixture's questions as if asked about ``n`` different articles (own title, URL, date)."""
    qs = []
    for i in range(n):
        for q in fixture_bank():
            src = replace(q.source, article=f"{q.source.article} ({i + 1})", url=f"{q.source.url}_{i + 1}",
                          date=f"2012-05-{20 + i:02d}")
            qs.append(replace(q, source=src))
    return QuestionBank(tuple(qs))


def collection(data: bytes) -> sqlite3.Connection:
    """The package's collection.anki2 as an in-memory SQLite database."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        db = z.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(db)
    return conn


def notes(data: bytes) -> list[tuple[str, int, list[str], str]]:
    """(guid, model id, fields, tags) of every note in the package."""
    conn = collection(data)
    rows = conn.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id").fetchall()
    return [(g, m, f.split("\x1f"), t.strip()) for g, m, f, t in rows]


# --------------------------------------------------------------------------- identity


def test_model_ids_are_fixed_constants():
    # Changing these turns every user's notes into new notes: the values are a contract.
    assert MODEL_IDS == {"question": 1_716_202_401, "cloze": 1_716_202_402, "pair": 1_716_202_403}
    models = json.loads(collection(deck_bytes(fixture_bank(), timestamp=TS)).execute("SELECT models FROM col").fetchone()[0])
    assert {int(k): v["name"] for k, v in models.items()} == {
        1_716_202_401: "quizgen question", 1_716_202_402: "quizgen cloze", 1_716_202_403: "quizgen pair"}


def test_guids_are_stable_across_builds_and_timestamps():
    a = [n[0] for n in notes(deck_bytes(fixture_bank(), timestamp=TS))]
    b = [n[0] for n in notes(deck_bytes(fixture_bank(), timestamp=TS + 86_400 * 30))]
    assert a == b
    assert len(set(a)) == len(a) == 13  # 9 questions + 4 pairs of the matching one


def test_guid_ignores_wording_but_follows_the_fact():
    q = fixture_bank().questions[1]
    reworded = replace(q, prompt="In which month did al-Megrahi's trial open?", explanation="fixed typo",
                       choices=tuple(reversed(q.choices)))
    assert note_guid(reworded) == note_guid(q)
    assert note_guid(replace(q, key="event|2000-06")) != note_guid(q)
    assert note_guid(replace(q, type="short_answer")) != note_guid(q)
    other_article = replace(q, source=replace(q.source, url="https://example.org/other"))
    assert note_guid(other_article) != note_guid(q)
    # Without a URL the article is its title and date.
    no_url = replace(q, source=replace(q.source, url=None))
    assert note_guid(no_url) == note_guid(replace(no_url, source=replace(no_url.source, sentence="changed")))
    assert note_guid(no_url) != note_guid(replace(no_url, source=replace(no_url.source, date="2012-05-24")))


def test_same_fact_twice_in_one_article_gets_two_guids():
    q = fixture_bank().questions[1]
    bank = QuestionBank((q, replace(q, prompt="Again: when was the trial?")))
    guids = [n[0] for n in notes(deck_bytes(bank, timestamp=TS))]
    assert len(set(guids)) == 2 and guids[0] == note_guid(q)


def test_golden_notes():
    """Every field, tag and GUID of the fixture deck; QUIZGEN_UPDATE_GOLDEN=1 rewrites it."""
    got = [{"guid": g, "model": m, "fields": f, "tags": t.split()} for g, m, f, t in
           notes(deck_bytes(fixture_bank(), timestamp=TS))]
    path = GOLDEN / "fixture-notes.json"
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- reproducible bytes

_BUILD = (
    "import json, sys; from quizgen.models import QuestionBank; from quizgen.render.anki import deck_bytes; "
    "bank = QuestionBank.from_dict(json.load(open(sys.argv[1], encoding='utf-8'))); "
    "sys.stdout.buffer.write(deck_bytes(bank))"
)


def test_byte_identical_across_processes_and_hash_seeds(tmp_path):
    src = tmp_path / "questions.json"
    src.write_text(json.dumps(articles_bank(3).to_dict()), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    day = default_timestamp()
    outs = [subprocess.run([sys.executable, "-c", _BUILD, str(src)], capture_output=True, check=True,
                           env={**env, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    if default_timestamp() != day:
        pytest.skip("the UTC day changed during the test")
    assert outs[0] == outs[1] and outs[0][:2] == b"PK"


def test_zip_entries_have_fixed_times_and_no_media():
    with zipfile.ZipFile(io.BytesIO(deck_bytes(fixture_bank(), timestamp=TS))) as z:
        assert [(i.filename, i.date_time) for i in z.infolist()] == [
            ("collection.anki2", (1980, 1, 1, 0, 0, 0)), ("media", (1980, 1, 1, 0, 0, 0))]
        assert z.read("media") == b"{}"


def test_timestamp_sets_note_times(monkeypatch):
    conn = collection(deck_bytes(fixture_bank(), timestamp=TS))
    assert {m for (m,) in conn.execute("SELECT mod FROM notes")} == {TS}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(TS + 5))
    conn = collection(deck_bytes(fixture_bank()))
    assert {m for (m,) in conn.execute("SELECT mod FROM notes")} == {TS + 5}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(QuizgenError, match="SOURCE_DATE_EPOCH"):
        deck_bytes(fixture_bank())


# --------------------------------------------------------------------------- content


def test_empty_bank_is_an_error():
    with pytest.raises(QuizgenError, match="no questions"):
        deck_bytes(QuestionBank(()))
    with pytest.raises(QuizgenError, match="empty"):
        deck_bytes(fixture_bank(), deck_name="News:: ")


@pytest.mark.parametrize("text, expected", [
    ("<script>alert('x')</script>", "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"),
    ('a & b < c "d"', "a &amp; b &lt; c &quot;d&quot;"),
    ("{{c1::braces}}", "{\u2060{c1::braces}\u2060}"),
    ("{{Front}}", "{\u2060{Front}\u2060}"),
    ("[sound:x.mp3]", "[\u2060sound:x.mp3]"),
    ("Israel–Morocco { deal }", "Israel–Morocco { deal }"),
])
def test_escape(text, expected):
    assert escape(text) == expected


def test_no_article_markup_reaches_a_field():
    for guid, _, fields, _ in notes(deck_bytes(fixture_bank(), timestamp=TS)):
        for f in fields:
            assert "<script" not in f and "<img" not in f and "<i>" not in f and "{{c1::braces" not in f


def _field(data: bytes, guid: str, index: int) -> str:
    return next(f[index] for g, _, f, _ in notes(data) if g == guid)


@pytest.mark.parametrize("prompt, answer, text", [
    ("He was tried in _____ in the Netherlands.", "May 2000",
     "He was tried in {{c1::May 2000}} in the Netherlands."),
    # "::" in the answer would start a cloze hint, "}}" would close the deletion early.
    ("The ratio was _____ overall.", "3::1 }}", "The ratio was {{c1::3&#58;&#58;1 }\u2060}}} overall."),
    ("<b>Bold</b> _____ & more", "x<y", "&lt;b&gt;Bold&lt;/b&gt; {{c1::x&lt;y}} &amp; more"),
    ("No blank here?", "Yes", "No blank here?<br>{{c1::Yes}}"),
])
def test_cloze_text(prompt, answer, text):
    q = Question("c1", "cloze", prompt, answer, Source("s", "T", "2020-01-02"), key="k")
    assert _field(deck_bytes(QuestionBank((q,)), timestamp=TS), note_guid(q), 1) == text


def test_choices_mark_the_answer_and_timeline_is_scrambled():
    bank = fixture_bank()
    data = deck_bytes(bank, timestamp=TS)
    mcq = bank.questions[2]
    assert _field(data, note_guid(mcq), 2) == (
        "<ol><li>UK Prime Minister</li><li class=\"qg-correct\">First Minister of Scotland</li>"
        "<li>Father of another victim of the bombing</li><li>Libyan justice minister</li></ol>")
    assert _field(data, note_guid(mcq), 3) == "B. First Minister of Scotland"
    timeline = bank.questions[7]
    shown = re.findall(r"<li>(.*?)</li>", _field(data, note_guid(timeline), 2))
    assert sorted(shown) == sorted(timeline.answer) and shown != list(timeline.answer)
    assert re.findall(r"<li>(.*?)</li>", _field(data, note_guid(timeline), 3)) == list(timeline.answer)


def test_matching_gives_two_way_pair_notes_with_their_sentence():
    bank = fixture_bank()
    matching = bank.questions[6]
    pairs = [(f, m) for _, m, f, _ in notes(deck_bytes(bank, timestamp=TS)) if m == MODEL_IDS["pair"]]
    assert [(f[2], f[3]) for f, _ in pairs] == list(matching.answer)
    swire = next(f for f, _ in pairs if f[2] == "Jim Swire")
    assert swire[4].startswith("However, UK citizen Jim Swire, father")
    conn = collection(deck_bytes(bank, timestamp=TS))
    assert conn.execute("SELECT count(*) FROM cards c JOIN notes n ON c.nid = n.id WHERE n.mid = ?",
                        (MODEL_IDS["pair"],)).fetchone()[0] == 8  # both directions


def test_tags_are_valid_and_carry_type_date_source_topics():
    q = fixture_bank().questions[1]
    assert tags(q) == ["quizgen", "quizgen::type::mcq", "quizgen::date::2012-05-23",
                       "quizgen::source::en.wikinews.org", "quizgen::topic::lockerbie",
                       "quizgen::topic::abdelbaset", "quizgen::topic::ali", "quizgen::topic::al-megrahi",
                       "quizgen::fact::date", "quizgen::fact::event"]
    for _, _, _, t in notes(deck_bytes(articles_bank(2), timestamp=TS)):
        assert t and all(tag and not re.search(r"[\s\"]", tag) for tag in t.split(" "))


@pytest.mark.parametrize("title, words", [
    ("Israel–Morocco defense deal signed", ("israel-morocco", "defense", "deal", "signed")),
    ("Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home",
     ("lockerbie", "abdelbaset", "ali", "al-megrahi")),
    ("U.S. Senate passes bill", ("u.s", "senate", "passes", "bill")),
    ("", ()),
])
def test_topic_words(title, words):
    assert topic_words(title) == words


def _deck_names(data: bytes) -> list[str]:
    decks = json.loads(collection(data).execute("SELECT decks FROM col").fetchone()[0])
    return sorted(d["name"] for d in decks.values() if d["name"] != "Default")


def _cards_per_deck(data: bytes) -> dict[str, int]:
    conn = collection(data)
    decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    return {decks[str(did)]["name"]: n for did, n in conn.execute("SELECT did, count(*) FROM cards GROUP BY did")}


def test_subdeck_per_article_ordered_by_date_and_flat():
    bank = articles_bank(3)
    data = deck_bytes(bank, timestamp=TS)
    title = "Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home"
    assert _deck_names(data) == ["Current affairs"] + [f"Current affairs::2012-05-{20 + i} {title} ({i + 1})"
                                                         for i in range(3)]
    assert set(_cards_per_deck(data).values()) == {17}
    flat = deck_bytes(bank, deck_name="News", flat=True, timestamp=TS)
    assert _deck_names(flat) == ["News"] and _cards_per_deck(flat) == {"News": 51}


def test_titles_cannot_nest_decks():
    q = replace(fixture_bank().questions[0], source=Source("s", "Crisis::Day  2", None, None))
    assert _deck_names(deck_bytes(QuestionBank((q,)), timestamp=TS)) == ["Current affairs", "Current affairs::Crisis:Day 2"]


def test_builds_quietly_with_genanki_warnings_as_errors():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        deck_bytes(articles_bank(2), timestamp=TS)


@pytest.mark.parametrize("qtype, answer", [
    ("matching", ("David Cameron", "Alex Salmond")),
    ("matching", (("David Cameron", "Prime Minister", "extra"),)),
    ("timeline", "2000, then 2002"),
])
def test_malformed_answers_are_format_errors(qtype, answer):
    q = Question("bad1", qtype, "Order these", answer, Source("s", "T"), key="k")
    with pytest.raises(QuizgenError, match="bad1"):
        deck_bytes(QuestionBank((q,)), timestamp=TS)


def test_note_count():
    assert note_count(fixture_bank()) == len(notes(deck_bytes(fixture_bank(), timestamp=TS))) == 13


def test_links_only_for_web_urls():
    q = replace(fixture_bank().questions[0], source=replace(fixture_bank().questions[0].source,
                                                            url="javascript:alert(1)"))
    fields = notes(deck_bytes(QuestionBank((q,)), timestamp=TS))[0][2]
    assert fields[5] == ""  # Link


# --------------------------------------------------------------------------- real Anki (optional)


def _import(col, path: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path),
                                                            options=ImportAnkiPackageOptions())).log


def test_real_anki_import_renders_and_updates_in_place(tmp_path):
    """Five articles import into Anki with every card rendering; a rebuild adds no notes,
    and a later rebuild with corrected wording updates the notes instead of adding copies."""
    pytest.importorskip("anki")
    from anki.collection import Collection

    bank = articles_bank(5)
    first, again = tmp_path / "deck.apkg", tmp_path / "again.apkg"
    first.write_bytes(deck_bytes(bank, timestamp=TS))
    again.write_bytes(deck_bytes(bank, timestamp=TS))
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        log = _import(col, first)
        assert len(log.new) == col.note_count() == 65 and not log.duplicate
        assert col.card_count() == 85
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            for side in (card.question(), card.answer()):
                body = re.sub(r"(?s)<style>.*?</style>", "", side)
                assert "{{" not in body and "problem" not in body.lower() and re.sub(r"<[^>]+>", "", body).strip()
        assert col.decks.by_name("Current affairs::2012-05-22 Lockerbie convict Abdelbaset Ali al-Megrahi "
                                 "buried after dying at Libyan home (3)")
        log = _import(col, again)
        assert not log.new and col.note_count() == 65
        fixed = QuestionBank(tuple(replace(q, explanation=q.explanation + " (corrected)") for q in bank))
        later = tmp_path / "later.apkg"
        later.write_bytes(deck_bytes(fixed, timestamp=TS + 86_400))
        log = _import(col, later)
        assert not log.new and len(log.updated) == 65 and col.note_count() == 65
        assert len(col.find_notes('"Explanation:*(corrected)"')) == 65
    finally:
        col.close()
