"""Claims: parametrised tables of real news sentences (Wikinews, CC BY 2.5) and traps."""

from __future__ import annotations

import time

import pytest

from quizgen.extract.claims import extract_claims, quote_spans
from quizgen.models import Article, Paragraph, Person
from quizgen.text.sentences import sentences


def claims(*paras: str, people: tuple[Person, ...] = ()):
    article = Article("t", tuple(Paragraph(p) for p in paras))
    return [(c.speaker, c.text, c.kind) for c in extract_claims(article, sentences(article), people)]


# (paragraphs, expected (speaker, text, kind) claims, all of them, in order)
CASES = [
    # "X said" after the quotation, a surname mapped to the fullest name
    (("Robert Sumwalt leads the inquiry.",
      '"Key to this investigation is learning why the switch was lined that way," Sumwalt said.'),
     [("Robert Sumwalt", "Key to this investigation is learning why the switch was lined that way", "direct")]),
    # "said X, the head of Y"
    (('"We urge the governments of the region to work together quickly," said Jeff Rathke, a State Department spokesperson.',),
     [("Jeff Rathke", "We urge the governments of the region to work together quickly", "direct")]),
    # colon introduction
    (('As Ben Rozitis said: "You\'d want to avoid interacting with the asteroid directly."',),
     [("Ben Rozitis", "You'd want to avoid interacting with the asteroid directly.", "direct")]),
    # name and colon, no verb
    (('Director of Air Force Communications Bill Bodie: "We don\'t have to turn the other cheek, you know."',),
     [("Bill Bodie", "We don't have to turn the other cheek, you know.", "direct")]),
    # "X said that …": indirect, the verb and "that" dropped
    (("Indonesian transport minister Jusman Syafii Djamal said that local airlines should not purchase aircraft from Europe.",),
     [("Jusman Syafii Djamal", "local airlines should not purchase aircraft from Europe", "indirect")]),
    # "according to X, appositive, CONTENT"
    (("According to Daniel Scheeres, an aerospace engineer at the University of Colorado, Boulder, "
      "understanding such cohesive forces may also be important for future asteroid mining.",),
     [("Daniel Scheeres", "understanding such cohesive forces may also be important for future asteroid mining", "indirect")]),
    # "CONTENT, according to X": a title before the name is dropped
    (("Israel helped abduct an opposition leader, according to Mossad historian Ronen Bergman.",),
     [("Ronen Bergman", "Israel helped abduct an opposition leader", "indirect")]),
    # "X told a press conference …" and an appositive between name and verb
    (('Robert Sumwalt, chairman of the National Transportation Safety Board, told a press conference the passenger '
      'train had been diverted into a siding.',),
     [("Robert Sumwalt", "the passenger train had been diverted into a siding", "indirect")]),
    # a partial quotation inside reported speech: mostly quoted → direct, else indirect
    (('Current UK Prime Minister David Cameron commented on his belief that al-Megrahi "should never have been '
      'released from prison".',),
     [("David Cameron", "should never have been released from prison", "direct")]),
    (('In a press conference, the state governor, Henry McMaster, said the Amtrak locomotive was "barely recognizable".',),
     [("Henry McMaster", 'the Amtrak locomotive was "barely recognizable"', "indirect")]),
    # parenthetical attribution and a pronoun resolved to the nearest person
    (("Alex Salmond spoke on Friday. Prosecutors, he said, had always thought there were others involved.",),
     [("Alex Salmond", "Prosecutors had always thought there were others involved", "indirect")]),
    # a description speaker, and "the official" resolved to it
    (("Though deals are expected, a senior defense official said that arms sales will not form the basis of the relationship.",
      '"The ties are not based on weapons sales," the official said, speaking on condition of anonymity.'),
     [("a senior defense official", "arms sales will not form the basis of the relationship", "indirect"),
      ("a senior defense official", "The ties are not based on weapons sales", "direct")]),
    # an organisation
    (('"The agreement includes formalizing intelligence-sharing," the Defense Ministry said.',),
     [("Defense Ministry", "The agreement includes formalizing intelligence-sharing", "direct")]),
    # joined across an interruption
    (('"We are in contact with all relevant parties," said Najib Razak, "with whom we share the desire to find a solution."',),
     [("Najib Razak", "We are in contact with all relevant parties, with whom we share the desire to find a solution.", "direct")]),
    # a quote continued in the next paragraph with only an opening mark
    (('"I was expecting to find a high-density metallic asteroid," said Ben Rozitis. "Instead we found the opposite!',
      '"We knew from previous work that this asteroid was rotating faster than it should be."'),
     [("Ben Rozitis", "I was expecting to find a high-density metallic asteroid", "direct"),
      ("Ben Rozitis", "Instead we found the opposite! We knew from previous work that this asteroid was rotating faster than it should be.", "direct")]),
    # a following attribution-less quote paragraph keeps the speaker
    (('"Mining missions intend to visit small asteroids," Ben Rozitis said.',
      '"A small rubble-pile asteroid would be harder to interact with and collect."'),
     [("Ben Rozitis", "Mining missions intend to visit small asteroids", "direct"),
      ("Ben Rozitis", "A small rubble-pile asteroid would be harder to interact with and collect.", "direct")]),
    # pronoun with gender from the people list
    (("Susan Cohen met David Cameron on Monday.", '"I feel no pity around him," she said.'),
     [("Susan Cohen", "I feel no pity around him", "direct")]),
    # traps: scare quotes, a title, no source, passives, nouns
    (("Foreign airlines are to abide by a federal law called the \"family assistance plan\".",), []),
    (("Trump's so-called ‘deal of the century’ was announced in January.",), []),
    (('The word "hope" appeared on every poster in the city.',), []),
    (("He is said to have left the country.",), []),
    (("The reports say that there were no major technical problems with the shuttle.",),
     [("the reports", "there were no major technical problems with the shuttle", "indirect")]),
    (("Airbus, in particular, charge an added cost for taking an aircraft to Indonesia.",), []),
]


@pytest.mark.parametrize("paras, expected", CASES)
def test_claims(paras, expected):
    assert claims(*paras) == expected


def test_people_list_gives_full_names_and_gender():
    people = (Person("Zohar Palti", ("Palti",), "male"), Person("Benny Gantz", ("Gantz",), "male"))
    got = claims('"Israel is indebted to Morocco," Palti said.', people=people)
    assert got == [("Zohar Palti", "Israel is indebted to Morocco", "direct")]


def test_claim_sentence_is_first_sentence_as_written():
    article = Article("t", (Paragraph('"We must give credit. It is deserved," Palti said.'),))
    (claim,) = extract_claims(article, sentences(article), [])
    assert claim.sentence == '"We must give credit.'


@pytest.mark.parametrize("text, spans", [
    ("“a” and ‘b’", [(1, 2, True), (9, 10, True)]),
    ("“don’t ‘stop’ now”", [(1, 17, True)]),
    ('"open and never closed', [(1, 22, False)]),
    ("the countries’ ties", []),
])
def test_quote_spans(text, spans):
    assert quote_spans(text) == spans


@pytest.mark.parametrize("text", [
    '"' * 10000,
    "“" * 10000 + "”" * 10000,
    "‘’'" * 5000,
    ('"a b c," said Palti. ' * 2000),
    "He said \"" + "x " * 100000,
    "a said b, " * 5000,
])
def test_hostile_input_is_fast_and_gives_a_result(text):
    article = Article("t", (Paragraph(text),))
    sents = sentences(article)
    start = time.perf_counter()
    assert isinstance(extract_claims(article, sents, []), list)
    assert time.perf_counter() - start < 3
