"""People: names, short forms, gender, and what is not a person; resolve()."""

from __future__ import annotations

import pytest

from quizgen.extract.people import extract_people, resolve
from quizgen.models import Article, Paragraph
from quizgen.reader import read_article
from quizgen.text.sentences import sentences


def people_of(*paragraphs: str):
    article = Article(title="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return extract_people(article, sentences(article))


def names(*paragraphs: str) -> list[str]:
    return [p.name for p in people_of(*paragraphs)]


@pytest.mark.parametrize("text, expected", [
    ("Defense Minister Avi Dror arrived in Oslo.", ["Avi Dror"]),           # title
    ("\"We agreed,\" said Dana Weiss, speaking to reporters.", ["Dana Weiss"]),  # said X
    ("Lars Holm Ben Ali, a Danish opposition leader, vanished.", ["Lars Holm Ben Ali"]),  # appositive
    ("Kalle Virtanen told the court he was innocent.", ["Kalle Virtanen"]),          # speech verb
    ("John F. Kennedy visited Berlin.", ["John F. Kennedy"]),                         # initials
    ("William Clay Ford Jr. said the plant would close.", ["William Clay Ford Jr."]),
    ("Lockerbie convict Abdelbaset Ali al-Megrahi died.", ["Abdelbaset Ali al-Megrahi"]),
    ("Secretary of State John Kerry flew to Kuala Lumpur.", ["John Kerry"]),        # Wikinews
    ("According to Amnesty International Iason Athanasiadis-Fowden, reporter for The Washington Times, was arrested.",
     ["Iason Athanasiadis-Fowden"]),                                                  # Wikinews
    # traps around a real name
    ("Scientologist Tom Cruise appears in the video. Cruise declined to comment.", ["Tom Cruise"]),  # adherent
    ("Presidents Leonid Kuchma and Boris Yeltsin met in Moscow.", ["Leonid Kuchma", "Boris Yeltsin"]),  # plural title
    ("Certainly Saddam Hussein will not comply. Hussein has refused before.", ["Saddam Hussein"]),  # adverb
    ("Chanting Helmut Kohl slogans, the crowd marched. Kohl spoke later.", ["Helmut Kohl"]),  # participle
    ("In 1993 President Bill Clinton signed into effect the Brady Bill, tightening gun law legislation.",
     ["Bill Clinton"]),                                                                # Wikinews: "the" + law
    ("Peter Boockvar, an equity strategist for Miller Tabak, commented: \"The market is now realizing it.\"",
     ["Peter Boockvar"]),                                                              # Wikinews: employer
    ("Cres Eastman, Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial.",
     ["Cres Eastman"]),                                                                # Wikinews: "of"-name
    # a first name and a surname that is also an organisation or place word
    ("The seat went to student activist Nathan Law on Sunday.", ["Nathan Law"]),
    ("The film starred Grace Park and was shot in Vancouver.", ["Grace Park"]),
    # "Dean" before one surname is a first name; before a full name, a title
    ("The scooter was shown by inventor Dean Kamen. Kamen said it would sell.", ["Dean Kamen"]),
    ("Dean Ann Reed opened the new library.", ["Ann Reed"]),
    # US political news (written): a title or honorific makes a place, organisation or title
    # word a surname, and a name the first-name list lacks a person
    ("Rep. Jim Jordan, R-Ohio, said the committee would subpoena the documents.", ["Jim Jordan"]),
    ("Rep. Steve Israel, D-N.Y., said he would retire.", ["Steve Israel"]),
    ("Gov. Jim Justice signed the bill on Monday.", ["Jim Justice"]),
    ("Rep. Steve King, R-Iowa, was stripped of his committee seats.", ["Steve King"]),
    ("Mr. Jordan said he would run again.", ["Jordan"]),
    ("Vice President Kamala Harris visited Atlanta on Friday.", ["Kamala Harris"]),
    ("Sen. Tom Cotton and Gov. Ron DeSantis criticized the decision.", ["Tom Cotton", "Ron DeSantis"]),
    ("Senator Raphael Warnock won the runoff, Secretary Pete Buttigieg said.", ["Raphael Warnock", "Pete Buttigieg"]),
    ("Sen. Lindsey Graham, R-S.C., said he would vote no.", ["Lindsey Graham"]),
    ("Rep. Alexandria Ocasio-Cortez, D-N.Y., replied on Sunday.", ["Alexandria Ocasio-Cortez"]),
    ("Beto O'Rourke announced his campaign in El Paso.", ["Beto O'Rourke"]),
    ("Sen. Chris Van Hollen flew to El Salvador.", ["Chris Van Hollen"]),
    ("President Biden spoke at the White House. Biden said the economy was strong.", ["Biden"]),
    # a month or title word ending a name after a first name is the surname
    ("Prime Minister Theresa May said the deal was done.", ["Theresa May"]),
    ("Prime Minister John Howard May 5 said the deal was done.", ["John Howard"]),
    ("Dr. Martin Luther King Jr. spoke in Washington in 1963.", ["Martin Luther King Jr."]),
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "The Defense Ministry said the deal was signed in Western Sahara.",   # organisation, place
    "Hurricane Katrina struck New Orleans.",                               # event, place
    "Israeli and Moroccan officials met on Wednesday.",                    # nationalities
    "The Ford Explorer had a 29% decline in sales.",                        # product
    "General Motors said it would cut jobs.",                               # company after a title word
    "The Space Shuttle Columbia landed. Columbia was the first shuttle.",   # ship, even when repeated
    # Wikinews (CC BY 2.5) and written: products, events, organisations, places
    "Mozilla Firefox, its main rival, has been actively increasing its market share. "
    "Internet Explorer is the #2 browser after Firefox.",                   # "its": a thing
    "The money will secure the future of the \"iconic\" Ford Falcon, which has been built in Australia "
    "since 1960. The current Falcon will serve until 2007.",                # "which"; "the … Falcon"
    "The program includes Climb Up Kilimanjaro. Climbers will reach the top of Kilimanjaro in ten days.",  # "Up"
    "The deal needs a new Canadian Auto Workers CAW contract. CAW leaders met on Monday.",  # acronym
    "Pro-Beijing DAB won two seats. DAB leaders were pleased.",             # acronym
    "In 2013, he joined Marussia F1. He had joined F1 team Force India in 2012.",  # "F1"
    "The successful UNC Greensboro exhibit included Polaroids. Visitors came to Greensboro from far away.",
    "Atwood was there to launch her graphic novel Angel Catbird, with an illustrator.",  # label noun
    "The religious schools Santo Spirito and Immacolata in Livorno must pay the tax.",  # label noun
    "The New York Stock Exchange has said it will delist New Century.",     # organisation word
    "Little Havana residents gathered outside. Many came from Havana in the 1960s.",  # place
    "Units of Boston Capital Limited Partnership were sold. Partnership units fell.",
    "Ethnic Albanians make up 90% of Kosovo, Albanians said.",             # plural nationality
    "Atlanta-based BellSouth said profit rose.",                            # "-based"
    "The train left from Victoria Station. The law was passed.",           # place, not "Law" the surname
    "Merrill Lynch & Co. cut jobs. Merrill Lynch said more cuts would follow.",  # firm suffix elsewhere
    "Polly Peck International Inc. said profit rose. Polly Peck will expand, its chairman said.",
    # written: a place or company word after a title word, ships named after people
    "The Jordan River flooded. Jordan signed a treaty with Israel.",
    "Prince Edward Island and Queen Mary Hospital were named in the report.",
    "The USS Gerald Ford sailed to the Mediterranean.",
    "The aircraft carrier Gerald R. Ford left port. HMS Queen Elizabeth stayed in Portsmouth.",
    "General Electric and General Dynamics reported higher profits.",
])
def test_not_people(text):
    assert names(text) == []


def test_surname_alone_elsewhere_marks_a_person():
    """Wikinews (CC BY 2.5), Lockerbie convict buried: no first-name or title cue."""
    assert names("Abdelbaset al-Megrahi has been buried in the town of Janzur.",
                 "al-Megrahi was released in 2009.") == ["Abdelbaset al-Megrahi"]


@pytest.mark.parametrize("text, aliases", [
    # a surname that is also a country is the person's short form where it stands alone
    ("Rep. Jim Jordan, R-Ohio, opened the hearing. \"This is a disgrace,\" Jordan said.", ("Jordan",)),
    ("Rep. Jim Jordan visited the Jordan River. In Jordan, he met officials.", ()),
])
def test_place_word_surname_alias(text, aliases):
    assert [(p.name, p.aliases) for p in people_of(text)] == [("Jim Jordan", aliases)]


@pytest.mark.parametrize("text, expected", [
    # month and title surnames: the honorific form is an alias, the bare word is not
    ("Prime Minister Theresa May spoke. Mrs. May left for Brussels in May.", [("Theresa May", ("Mrs. May",))]),
    ("Martin Luther King Jr. led the march. Dr. King spoke last. King Hussein sent a message.",
     [("Martin Luther King Jr.", ("Dr. King",)), ("Hussein", ())]),
])
def test_word_surname_honorific_alias(text, expected):
    assert [(p.name, p.aliases) for p in people_of(text)] == expected


def test_short_forms_become_aliases_of_the_full_name():
    people = people_of("Prime Minister John Howard spoke on Monday.",
                       "Mr Howard said the plan would work.", "Howard left early.")
    assert [(p.name, p.aliases) for p in people] == [("John Howard", ("Howard", "Mr Howard"))]


@pytest.mark.parametrize("paragraphs, gender", [
    (("Mr. Dror arrived.",), "male"),                                          # honorific
    (("Ms Anat Dror arrived.",), "female"),                                    # honorific
    (("Mary Smith arrived.",), "female"),                                      # first-name list
    (("Dana Weiss said the deal was signed.", "\"It works,\" she said."), "female"),                  # pronoun after
    (("Spokeswoman Noa Tal spoke.",), "female"),                               # gendered title
    (("Kalle Virtanen said no.",), None),
    (("Kim Jong-un said the test worked.", "He said more tests would follow."), "male"),  # family name first                                       # nothing shows it
])
def test_gender(paragraphs, gender):
    assert people_of(*paragraphs)[0].gender == gender


def test_resolve_short_forms():
    people = people_of("Defense Minister Avi Dror met Foreign Minister Kari Lund.",
                       "Dror said the talks went well.")
    assert resolve("Dror", people).name == "Avi Dror"
    assert resolve("Avi Dror", people).name == "Avi Dror"
    assert resolve("Ms. Lund", people).name == "Kari Lund"
    assert resolve("Weiss", people) is None
    assert resolve("", people) is None


def test_same_surname_is_ambiguous_for_resolve():
    people = people_of("Michael Kempf and Anna Kempf were injured.")
    assert {p.name for p in people} == {"Michael Kempf", "Anna Kempf"}
    assert resolve("Kempf", people) is None


def test_wikinews_article_people():
    """Wikinews (CC BY 2.5): Lockerbie convict buried, 2012-05-23."""
    from quizgen.reader import sample_path

    article = read_article(sample_path())
    people = {p.name: p for p in extract_people(article, sentences(article))}
    assert "Abdelbaset al-Megrahi" in people
    assert "al-Megrahi" in people["Abdelbaset al-Megrahi"].aliases
    assert "David Cameron" in people and "Alex Salmond" in people
    assert not any("Lockerbie" in name or "Libya" in name for name in people)


@pytest.mark.parametrize("paragraphs, expected", [
    # honorifics of two genders name two people, each with its own short forms
    (("Mr. Bush spoke on Monday.", "Mrs. Bush visited a school."),
     [("Bush", "male"), ("Mrs. Bush", "female")]),
    (("First lady Laura Bush and President George W. Bush spoke.", "Mrs. Bush smiled.", "Mr. Bush waved."),
     [("Laura Bush", "female"), ("George W. Bush", "male")]),
    # a first name the Census lists mostly for women does not split "Mr." from the full name
    (("Bertie Ahern visited the White House.", "Mr. Ahern spoke."), [("Bertie Ahern", "male")]),
])
def test_honorific_gender_splits_namesakes(paragraphs, expected):
    people = people_of(*paragraphs)
    assert [(p.name, p.gender) for p in people] == expected
    for p in people:  # "Mr. Bush" is an alias of the man only
        assert ("Mrs. Bush" in p.aliases or p.name == "Mrs. Bush") == (p.gender == "female")


@pytest.mark.parametrize("paragraphs, expected", [
    # the honorific's gender picks the namesake: the woman first, the man first
    (("Laura Bush and George Bush arrived in Texas.", "Mrs. Bush thanked the crowd.", "Mr. Bush spoke later."),
     {"Laura Bush": ["Mrs. Bush"], "George Bush": ["Mr. Bush"]}),
    (("President George W. Bush and his wife Laura Bush visited a school.", "Mr. Bush said the program worked.",
      "Mrs. Bush said she was proud of the teachers."),
     {"George W. Bush": ["Mr. Bush"], "Laura Bush": ["Mrs. Bush"]}),
    (("Hillary Clinton and Bill Clinton attended the gala.", "Mrs. Clinton spoke first; Mr. Clinton followed."),
     {"Hillary Clinton": ["Mrs. Clinton"], "Bill Clinton": ["Mr. Clinton"]}),
    (("Barack Obama and Michelle Obama arrived.", "Mr. Obama waved and Ms. Obama smiled."),
     {"Barack Obama": ["Mr. Obama"], "Michelle Obama": ["Ms. Obama"]}),
    # two namesakes the honorific fits: kept apart rather than merged with the wrong one
    (("George Bush met his brother Jeb Bush in Miami.", "Mr. Bush said the talks went well."),
     {"George Bush": [], "Jeb Bush": []}),
    (("Hillary Clinton and her daughter Chelsea Clinton attended.", "Mrs. Clinton spoke first."),
     {"Hillary Clinton": [], "Chelsea Clinton": []}),
    # one namesake: the short forms are hers, bare or with the honorific
    (("Laura Bush opened the library.", "Mrs. Bush said reading matters."), {"Laura Bush": ["Bush", "Mrs. Bush"]}),
])
def test_honorific_picks_the_namesake_of_its_gender(paragraphs, expected):
    assert {p.name: list(p.aliases) for p in people_of(*paragraphs)} == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # one namesake whose gender the pronouns after her name state: "Mr." is someone else
    (("Laura Bush visited the school, where she read to the pupils.", "Mr. Bush was not present."),
     [("Laura Bush", (), "female"), ("Mr. Bush", (), "male")]),
    (("Hillary Clinton said she would run.", "Mr. Clinton campaigned for her."),
     [("Hillary Clinton", (), "female"), ("Mr. Clinton", (), "male")]),
])
def test_honorific_contradicting_stated_gender_names_another(paragraphs, expected):
    assert [(p.name, p.aliases, p.gender) for p in people_of(*paragraphs)] == expected


@pytest.mark.parametrize("paragraphs", [
    # no pronoun states the namesake's gender: the first-name list alone does not split
    ("Bertie Ahern met the press.", "Mr. Ahern said he was confident."),
    # a pronoun in the next sentence may be another's: not enough to split
    ("Laura Bush visited the school. She read to the pupils.", "Mr. Bush was not present."),
    # Wikinews (CC BY 2.5), homeopathy trial: a pronoun inside a quote is another's
    ("In the words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria spent her life crying.\"",
     "Mr. Tedeschi also told the court that she was ill."),
])
def test_honorific_without_stated_contradiction_stays_an_alias(paragraphs):
    people = people_of(*paragraphs)
    assert len(people) == 1 and people[0].gender == "male"


def test_resolve_honorific_by_gender():
    people = people_of("First lady Laura Bush and President George W. Bush spoke.")
    assert resolve("Mrs. Bush", people).name == "Laura Bush"
    assert resolve("Mr. Bush", people).name == "George W. Bush"
    assert resolve("Bush", people) is None  # either of them
    brothers = people_of("George Bush met his brother Jeb Bush in Miami.")
    assert resolve("Mr. Bush", brothers) is None
