"""The reader: headers, encodings, HTML, Markdown, captions, article dates, bad input."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from quizgen.errors import ReadError
from quizgen.models import Paragraph
from quizgen.reader import (decode, expand_paths, infer_date, is_caption, parse_article, parse_header,
                            read_article)

ARTICLES = Path(__file__).parent / "data" / "articles"

HEADER = """Title: Mary Barra appointed as General Motors chief
Date: 2013-12-10
Source: Wikinews
URL: https://en.wikinews.org/wiki/Mary_Barra
License: CC BY 2.5

General Motors named Mary Barra its chief executive on Tuesday.
"""


def test_header_block():
    header, rest = parse_header(HEADER)
    assert header == {"title": "Mary Barra appointed as General Motors chief", "date": "2013-12-10",
                      "source": "Wikinews", "url": "https://en.wikinews.org/wiki/Mary_Barra", "license": "CC BY 2.5"}
    assert rest.strip() == "General Motors named Mary Barra its chief executive on Tuesday."


def test_header_article_fields():
    a = parse_article(HEADER)
    assert (a.title, a.date, a.date_origin, a.source) == (
        "Mary Barra appointed as General Motors chief", "2013-12-10", "header", "Wikinews")
    assert [p.text for p in a.paragraphs] == ["General Motors named Mary Barra its chief executive on Tuesday."]


def test_without_header_title_is_first_line():
    a = parse_article("Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n")
    assert a.title == "Storm hits coast"
    assert a.paragraphs[0].text.startswith("A storm hit")


@pytest.mark.parametrize("data, expected", [
    ("Café au lait".encode("utf-8"), "Café au lait"),
    (codecs.BOM_UTF8 + "Café au lait".encode("utf-8"), "Café au lait"),
    (codecs.BOM_UTF16_LE + "Café au lait".encode("utf-16-le"), "Café au lait"),
    (codecs.BOM_UTF16_BE + "Café au lait".encode("utf-16-be"), "Café au lait"),
    ("Café au lait".encode("cp1252"), "Café au lait"),
    ("“Curly” quotes – dash".encode("cp1252"), "“Curly” quotes – dash"),
    (b"Caf\x00e au lait", "Cafe au lait"),
    ("Good text – with one bad byte \xff here".encode("utf-8").replace(b"\xc3\xbf", b"\xff"), "Good text – with one bad byte  here"),
])
def test_encodings(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"PK\x03\x04" + bytes(range(256)) * 4,
    b"%PDF-1.4\n" + bytes(range(256)),
    bytes((i * 7919) % 256 for i in range(20000)),
])
def test_binary_refused(data):
    with pytest.raises(ReadError, match="binary"):
        decode(data, "x")


def test_zip_named_txt(tmp_path):
    path = tmp_path / "archive.txt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello " * 100)
    with pytest.raises(ReadError, match="binary"):
        read_article(path)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n  ", "empty"),
])
def test_empty_files(tmp_path, content, message):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        read_article(path)


def test_missing_and_directory(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="no article files"):
        list(expand_paths([tmp_path]))


def test_folder_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.md", "c.html", "b/1.txt", "skip.png"):
        (tmp_path / name).write_text("x")
    assert [p[len(str(tmp_path)) + 1:] for p in expand_paths([tmp_path])] == ["a.md", "b/1.txt", "b/2.txt", "c.html"]


def test_html_body_only():
    html = """<!doctype html><html><head><title>Page title | Site</title>
    <meta property="article:published_time" content="2021-11-24T10:00:00Z">
    <style>p{color:red}</style><script>alert('x')</script></head>
    <body><nav>Home | World | Sport</nav><h1>Storm hits coast</h1>
    <p>A storm hit the coast on <b>Monday</b>, officials said.</p>
    <figure><img src="a.jpg"><figcaption>Waves on the pier. (AP/Jane Doe)</figcaption></figure>
    <p>Clean-up began on Tuesday.<script>document.write('no')</script></p>
    <footer>© Site 2021</footer></body></html>"""
    a = parse_article(html, kind="html")
    assert a.title == "Storm hits coast"
    assert a.date == "2021-11-24" and a.date_origin == "meta"
    texts = [p.text for p in a.paragraphs]
    assert "A storm hit the coast on Monday, officials said." in texts
    assert "Clean-up began on Tuesday." in texts
    assert not any("alert" in t or "Home |" in t or "©" in t or "color" in t for t in texts)
    assert [p.text for p in a.captions] == ["Waves on the pier. (AP/Jane Doe)"]


def test_markdown_drops_inline_html():
    md = "# Title here\n\nThe **mayor** said [the plan](http://x) works.<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>Done."
    a = parse_article(md, kind="markdown")
    assert a.title == "Title here"
    assert [p.text for p in a.paragraphs] == ["The mayor said the plan works.", "Done."]


@pytest.mark.parametrize("text, caption", [
    ("Ana Ruiz, center, is greeted by Lars Holm, in Oslo, Wednesday, Nov. 24, 2021. (AP/Jane Doe)", True),
    ("A fire truck drives past burnt cars on November 24, 2020. (Juan LOPEZ / AFP)", True),
    ("Trade Minister Ana Ruiz meets her counterpart in Oslo on November 24, 2021. (Trade Ministry)", True),
    ("Photo: Reuters", True),
    ("Senator John McCain (R-AZ) entered them into the record.", False),
    ("The company sold 3 million units (up from 2 million).", False),
    ("“We will win,” he said (to applause).", False),
])
def test_captions(text, caption):
    assert is_caption(text) is caption


def test_repeated_caption_kept_once():
    cap = "Ruiz meets Holm in Oslo on November 24, 2021. (Trade Ministry)"
    a = parse_article(f"Title\n\n{cap}\n{cap}\n\nBody text here on Wednesday.")
    assert [p.caption for p in a.paragraphs] == [True, False]


@pytest.mark.parametrize("paragraphs, expected", [
    # captions carry the full date; the body's weekday agrees with it
    ([("Minister meets counterpart in Oslo on November 24, 2021. (Trade Ministry)", True),
      ("A vehicle in the desert on November 24, 2020. (AFP)", True),
      ("The two signed a memorandum on Wednesday.", False),
      ("Officials met, Wednesday, Nov. 24, 2021. (AP/Photographer)", True)], "2021-11-24"),
    # a "Published" line wins
    ([("Published March 3, 2019", False), ("Talks began on January 5, 2019.", False)], "2019-03-03"),
    # weekday agreement breaks a tie between two dates printed once each
    ([("Voters went to the polls on Sunday, a week after the debate of May 2, 2016.", False),
      ("Results were due by May 9, 2016.", False)], "2016-05-09"),
    ([("No dates at all here.", False)], None),
    # a lead that prints the date of a past event is not the article's date
    ([("Steve Jobs, born on February 24, 1955, has died.", False), ("He founded Apple.", False)], None),
])
def test_infer_date(paragraphs, expected):
    date, _ = infer_date([Paragraph(t, c) for t, c in paragraphs])
    assert date == expected


def test_date_option_overrides():
    a = parse_article(HEADER, date="2020-01-02")
    assert (a.date, a.date_origin) == ("2020-01-02", "option")
    with pytest.raises(ReadError, match="not a date"):
        parse_article(HEADER, date="yesterday")


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_every_test_article_reads(path):
    a = read_article(path)
    assert a.title and a.date and a.url and a.license and a.body
