"""Roles: one table row per news pattern and per "not a role" trap.

Sentences are written for these tests or come from the Wikinews articles in
tests/data/articles (CC BY 2.5, attribution in each file's header).
"""

from __future__ import annotations

import pytest

from quizgen.extract.people import extract_people
from quizgen.extract.roles import extract_roles
from quizgen.models import Article, Paragraph
from quizgen.text.sentences import sentences


def roles_of(*paragraphs: str, captions: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    paras = [Paragraph(p) for p in paragraphs] + [Paragraph(c, caption=True) for c in captions]
    article = Article(title="t", paragraphs=tuple(paras))
    sents = sentences(article)
    return {(r.person, r.role) for r in extract_roles(article, sents, extract_people(article, sents))}


@pytest.mark.parametrize("text, expected", [
    # title before the name
    ("Defense Minister Avi Dror met the delegation on Monday.", {("Avi Dror", "Defense Minister")}),
    ("Norway's Foreign Minister Kari Lund arrived late.", {("Kari Lund", "Norway's Foreign Minister")}),
    ("U.S. Sen. Al Gore spoke first.", {("Al Gore", "U.S. Sen.")}),
    ("The tariff came from then-US president Donald Trump's trade policy.", {("Donald Trump", "then-US president")}),
    ("The report was written by army historian Uri Sela.", {("Uri Sela", "army historian")}),
    ("He shook hands with his Danish counterpart Lars Holm.", {("Lars Holm", "Danish counterpart")}),
    ("Secretary of the Air Force James Roche: \"No, Sir, save it.\"",  # Wikinews
     {("James Roche", "Secretary of the Air Force")}),
    ("Former Microsoft CEO Bill Gates responded with a statement.", {("Bill Gates", "Former Microsoft CEO")}),
    ("The two killed were 54-year-old engineer Michael Kempf of Savannah.",  # Wikinews
     {("Michael Kempf", "engineer")}),
    # appositive after the name
    ("\"We agreed,\" said Dana Weiss, the head of the ministry's planning bureau, on Tuesday.",
     {("Dana Weiss", "head of the ministry's planning bureau")}),
    ("Robert Sumwalt, chairman of the National Transportation Safety Board, spoke.",  # Wikinews
     {("Robert Sumwalt", "chairman of the National Transportation Safety Board")}),
    ("Tom Reed, 45, a Boston lawyer, filed the suit.", {("Tom Reed", "Boston lawyer")}),
    ("As Ben Rozitis, a planetary scientist and a co-author of the study, told reporters: \"Yes.\"",  # Wikinews
     {("Ben Rozitis", "planetary scientist"), ("Ben Rozitis", "co-author of the study")}),
    # appositive before the name
    ("Agents abducted a Danish opposition leader, Lars Holm, in 1965.",
     {("Lars Holm", "Danish opposition leader")}),
    ("The prime minister of Turkey, Recep Tayyip Erdogan, said the vote would go ahead.",  # Wikinews
     {("Recep Tayyip Erdogan", "prime minister of Turkey")}),
    ("Amtrak's CEO, Richard Anderson, held CSX responsible.", {("Richard Anderson", "Amtrak's CEO")}),  # Wikinews
    ("Deputy director for Amnesty International, Hassiba Hadj Sahraoui, said so.",
     {("Hassiba Hadj Sahraoui", "Deputy director for Amnesty International")}),
    # "one of" a group with a title head, before or after the name (and before a title)
    ("One of the study's authors, Professor Elio Riboli of Imperial College London, commented.",  # Wikinews
     {("Elio Riboli", "Professor"), ("Elio Riboli", "One of the study's authors")}),
    ("Tom Reed, one of the founders of the party, resigned.", {("Tom Reed", "one of the founders of the party")}),
    # copula
    ("Sara Klein is the company's chief executive.", {("Sara Klein", "company's chief executive")}),
    ("Judah Gross is The Daily Post's religion correspondent.",
     {("Judah Gross", "Daily Post's religion correspondent")}),
    # relative clauses
    ("Ruth Adler, who heads the city's planning office, declined to comment.",
     {("Ruth Adler", "head of the city's planning office")}),
    ("Maria Costa, who is the mayor of Porto, opened the bridge.", {("Maria Costa", "mayor of Porto")}),
    # a second appositive role joined by "and"
    ("Professor Jane Roe, Director of the Centre for Law, and Chairman of the Science Council, said so.",
     {("Jane Roe", "Professor"), ("Jane Roe", "Director of the Centre for Law"),
      ("Jane Roe", "Chairman of the Science Council")}),
    ("Tom Reed, a Boston lawyer, and the mayor, Ann Cole, met.",  # "the …" after "and": another person's
     {("Tom Reed", "Boston lawyer"), ("Ann Cole", "mayor")}),
    # roles a verb gives (a former role is kept as written)
    ("Maxime Bernier resigned as Foreign Affairs minister on Monday.",
     {("Maxime Bernier", "Foreign Affairs minister")}),
    ("Anna Kowalski stepped down as party leader after the vote.", {("Anna Kowalski", "party leader")}),
    ("David Lee took over as manager of the club in 2004.", {("David Lee", "manager of the club")}),
    ("John Smith served as ambassador to Japan.", {("John Smith", "ambassador to Japan")}),
    ("Mary Smith was appointed as chief executive in 2005.", {("Mary Smith", "chief executive")}),
    ("Mary Smith has been named coach of the national team.", {("Mary Smith", "coach of the national team")}),
    ("John Smith, who was elected mayor of Leeds in 2004, spoke.", {("John Smith", "mayor of Leeds")}),
    ("John Smith was elected to parliament in 2004.", set()),         # no role word
    ("Sara Klein named John Smith ambassador to Japan.", set()),    # active: not Sara Klein's role
    # US political news (written): the party-state tag is neither name nor role, and the
    # appositive or relative clause after it is the person's
    ("Sen. Chuck Schumer, D-N.Y., the majority leader, spoke first.",
     {("Chuck Schumer", "Sen."), ("Chuck Schumer", "majority leader")}),
    ("Rep. Adam Schiff, D-Calif., who chairs the House Intelligence Committee, said no.",
     {("Adam Schiff", "Rep."), ("Adam Schiff", "chair of the House Intelligence Committee")}),
    ("Sen. Ted Cruz, R-Texas, a member of the Judiciary Committee, asked.",
     {("Ted Cruz", "Sen."), ("Ted Cruz", "member of the Judiciary Committee")}),
    ("Rep. Jim Jordan, R-Ohio, said the committee would act.", {("Jim Jordan", "Rep.")}),
    ("Vice President Kamala Harris visited Atlanta.", {("Kamala Harris", "Vice President")}),
    # a relation after a possessive pronoun (minor in the gold, but stated)
    ("The minister's relationship with his then-girlfriend Julie Couillard was questioned.",
     {("Julie Couillard", "then-girlfriend")}),
    ("He thanked his father Tom Reed.", {("Tom Reed", "father")}),
])
def test_role_patterns(text, expected):
    assert roles_of(text) == expected


def test_role_of_a_short_form_goes_to_the_full_name():
    got = roles_of("Prime Minister Avi Dror visited Rabat.",
                   "Dror, who also serves as party chairman, left on Friday.")
    assert got == {("Avi Dror", "Prime Minister"), ("Avi Dror", "party chairman")}


@pytest.mark.parametrize("paragraphs, expected", [
    # the honorific's gender picks the namesake a role after "Mr."/"Mrs." belongs to
    (("President George W. Bush and his wife Laura Bush visited a school in Dallas.",
      "Mrs. Bush, the honorary chair of the foundation, read to the children."),
     {("George W. Bush", "President"), ("Laura Bush", "wife"), ("Laura Bush", "honorary chair of the foundation")}),
    (("Laura Bush and George Bush arrived in Texas.", "Mr. Bush, the former governor, thanked the crowd."),
     {("George Bush", "former governor")}),
    # two brothers: "Mr. Bush" could be either, so his role goes to neither
    (("George Bush met his brother Jeb Bush in Miami.", "Mr. Bush, the governor of Florida, said the talks went well."),
     {("Jeb Bush", "brother")}),
])
def test_role_after_an_honorific_goes_to_the_namesake_of_its_gender(paragraphs, expected):
    assert roles_of(*paragraphs) == expected


def test_roles_in_captions_count_but_photo_credits_do_not():
    got = roles_of("The talks ended on Wednesday.",
                   captions=("Interior Minister Dan Meir, left, meets the press in Oslo. (AP/Jane Roe)",))
    assert got == {("Dan Meir", "Interior Minister")}


@pytest.mark.parametrize("text", [
    "Dan Meir, an Israeli, was arrested in Paris.",          # bare nationality
    "Dan Meir, a Republican, voted against the bill.",       # bare party
    "Avi Dror, right, shakes hands with the envoy.",        # caption direction
    "The ministers met Dan Meir in Rabat on Monday.",        # group
    "Dan Meir, who was shot in the head, survived.",         # "head" that is no role
    "It was a major Andy Warhol exhibit.",                   # adjective "major"
    "He met the father of Tom Reed.",                         # relation of someone else
    "Officials said the Defense Ministry will decide.",      # no person
    "Pelosi, D-Calif., said the vote would be Thursday.",    # party-state tag
    "Tom Reed, one of his friends, said so.",                 # "one of" a group with no title
])
def test_not_roles(text):
    assert roles_of(text) == set()


def test_no_people_no_roles():
    assert roles_of("") == set()
