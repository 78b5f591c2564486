"""Hand-made facts of real Wikinews articles (CC BY 2.5, see tests/data/articles/README.md).

Every sentence is exactly as in the article; events, roles and claims are what the
article itself states. Some items are deliberately noisy, as extractors give them
(a pronoun role, a relative date, a pronoun speaker, a fragment), to check they are skipped.
"""

from __future__ import annotations

from quizgen.models import ArticleMeta, Claim, Event, Facts, Person, Role

LOCKERBIE = ArticleMeta(
    title="Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home",
    date="2012-05-23",
    source="Wikinews",
    url="https://en.wikinews.org/wiki/Lockerbie_convict_Abdelbaset_Ali_al-Megrahi_buried_after_dying_at_Libyan_home",
)

S_TRIAL = "Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah."
S_GREENOCK = "Having been initially placed in HM Prison Barlinnie, al-Megrahi was transferred to Greenock in 2005."
S_APPEAL = "In 2002, an appeal against his conviction was unsuccessful."
S_DIED = "He died at his residence Sunday, aged 60."
S_BOMBING = "He was the only individual convicted in association with the Lockerbie bombing of 1988."
S_INTERVIEW = ("In his final recorded interview in December 2011, he insisted he was \"an innocent man\" who was "
               "\"about to die and I ask now to be left in peace with my family.\"")
S_FATALITIES = ("The bombing of Pan Am Flight 103 from London to New York resulted in 270 fatalities, including all "
                "259 of the airplane's occupants and eleven individuals on the ground.")
S_CAMERON = ("Current UK Prime Minister David Cameron commented on his belief that al-Megrahi \"should never have "
             "been released from prison\" and said his death was an occasion \"to remember the 270 people who lost "
             "their lives in what was an appalling terrorist act\".")
S_SALMOND = "According to Alex Salmond, First Minister of Scotland, the investigation into the Lockerbie bombing is ongoing."
S_PROSECUTORS = "Prosecutors, he said, had always thought there were others besides al-Megrahi involved in the attack."
S_COHEN = ("US citizen Susan Cohen, the mother of one of those killed in the Lockerbie bombing, thought of al-Megrahi "
           "as \"a mass murderer\" who \"deserved to die\", adding to CNN: \"I feel no pity around him. He got to die "
           "with his family around him. My daughter [Theodora], at age 20, died a brutal, horrible death\".")
S_SWIRE = ("However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi was not "
           "guilty.")
S_SWIRE2 = ("He described al-Megrahi's death as \"a sad time\", telling the BBC he was \"satisfied for some years "
            "that this man was nothing to do with the murder of my daughter\".")
S_BROTHER = ("His brother Mohammed al-Megrahi claimed \"[t]here never was exact proof\" and said al-Megrahi's "
             "\"pain is over now – he is with God\".")

LOCKERBIE_FACTS = Facts(
    article=LOCKERBIE,
    people=(
        Person("Abdelbaset al-Megrahi", ("al-Megrahi", "Abdelbaset Ali al-Megrahi"), "male"),
        Person("Al Amin Khalifah Fhimah", ("Fhimah",), "male"),
        Person("David Cameron", ("Cameron",), "male"),
        Person("Alex Salmond", ("Salmond",), "male"),
        Person("Susan Cohen", ("Cohen",), "female"),
        Person("Jim Swire", ("Swire",), "male"),
        Person("Mohammed al-Megrahi", (), "male"),
    ),
    events=(
        Event("1988", "1988", "the Lockerbie bombing", S_BOMBING),
        Event("2012-05-20", "Sunday", "He died at his residence", S_DIED),
        Event("2000-05", "May 2000", "Abdelbaset al-Megrahi was placed on trial in the Netherlands", S_TRIAL),
        Event("2005", "2005", "al-Megrahi was transferred to Greenock", S_GREENOCK),
        Event("2002", "2002", "an appeal against his conviction was unsuccessful", S_APPEAL),
        Event("2011-12", "December 2011", "his final recorded interview", S_INTERVIEW),
    ),
    roles=(
        Role("David Cameron", "Current UK Prime Minister", S_CAMERON),
        Role("Alex Salmond", "First Minister of Scotland", S_SALMOND),
        Role("Susan Cohen", "the mother of one of those killed in the Lockerbie bombing", S_COHEN),
        Role("Jim Swire", "father of another victim of the bombing", S_SWIRE),
        Role("Mohammed al-Megrahi", "His brother", S_BROTHER),
    ),
    claims=(
        Claim("David Cameron", "should never have been released from prison", "direct", S_CAMERON),
        Claim("David Cameron", "to remember the 270 people who lost their lives in what was an appalling terrorist act",
              "direct", S_CAMERON),
        Claim("Alex Salmond", "the investigation into the Lockerbie bombing is ongoing", "indirect", S_SALMOND),
        Claim("he", "Prosecutors had always thought there were others besides al-Megrahi involved in the attack",
              "indirect", S_PROSECUTORS),
        Claim("Susan Cohen", "I feel no pity around him. He got to die with his family around him.", "direct", S_COHEN),
        Claim("Jim Swire", "al-Megrahi was not guilty", "indirect", S_SWIRE),
        Claim("Jim Swire", "a sad time", "direct", S_SWIRE2),
        Claim("Mohammed al-Megrahi", "[t]here never was exact proof", "direct", S_BROTHER),
    ),
)


JOBS = ArticleMeta(
    title="Apple Inc. co-founder Steve Jobs dies aged 56",
    date="2011-10-06",
    source="Wikinews",
    url="https://en.wikinews.org/wiki/Apple_Inc._co-founder_Steve_Jobs_dies_aged_56",
)

J_DIED = ("The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the age of "
          "56, according to the company website.")
J_RESIGNED = "On August 24, Jobs resigned from his post as CEO."
J_CANCER = "He has been fighting pancreatic cancer since 2004."
J_BORN = ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the "
          "world, with a market value of $348.8 billion.")
J_STARTED = "He started Apple in 1976, and in 1984 the first Macintosh personal computer was released to the public."
J_PIXAR = "In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005."
J_RETURNED = ("In 1996, following Apple Computer's purchase of NeXT, Jobs returned to Apple and soon after reassumed the "
              "role of CEO.")
J_IMAC = ("In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year "
          "the Mac OS X operating system was released.")
J_IPHONE = "2007 was the year of the iPhone smartphone, then the iPad tablet computer in 2010."
J_OBAMA = ("United States President Barack Obama said \"Steve was among the greatest of American innovators - brave "
           "enough to think differently, bold enough to believe he could change the world, and talented enough to do "
           "it\".")
J_GATES = ("Former Microsoft CEO Bill Gates responded to Jobs' death with a statement on his blog: \"The world rarely "
           "sees someone who has had the profound impact Steve has had, the effects of which will be felt for many "
           "generations to come.... I will miss Steve immensely.\"")
J_BALLMER = ("The current Microsoft CEO Steve Ballmer also expressed condolences for Jobs and described him as \"one of "
             "the founders of our industry and a true visionary\".")

JOBS_FACTS = Facts(
    article=JOBS,
    people=(
        Person("Steve Jobs", ("Jobs", "Steve"), "male"),
        Person("Barack Obama", ("Obama",), "male"),
        Person("Bill Gates", ("Gates",), "male"),
        Person("Steve Ballmer", ("Ballmer",), "male"),
    ),
    events=(
        Event("2011-10-05", "yesterday", "Steve Jobs has died", J_DIED),
        Event("2011-08-24", "August 24", "Jobs resigned from his post as CEO", J_RESIGNED),
        Event("1955-02-24", "February 24, 1955", "Jobs, born in San Francisco", J_BORN),
        Event("1976", "1976", "He started Apple", J_STARTED),
        Event("1984", "1984", "the first Macintosh personal computer was released to the public", J_STARTED),
        Event("1986", "1986", "he bought Pixar", J_PIXAR),
        Event("2005", "2005", "Pixar was acquired by The Walt Disney Company", J_PIXAR),
        Event("1996", "1996", "Jobs returned to Apple", J_RETURNED),
        Event("1998", "1998", "Apple introduced the iMac personal computer", J_IMAC),
        Event("2001", "2001", "the iPod music player", J_IMAC),
        Event("2007", "2007", "was the year of the iPhone smartphone", J_IPHONE),
        Event("2010", "2010", "the iPad tablet computer", J_IPHONE),
    ),
    roles=(
        Role("Steve Jobs", "co-founder and former chief executive officer of Apple Inc.", J_DIED),
        Role("Barack Obama", "United States President", J_OBAMA),
        Role("Bill Gates", "Former Microsoft CEO", J_GATES),
        Role("Steve Ballmer", "current Microsoft CEO", J_BALLMER),
    ),
    claims=(
        Claim("Barack Obama", "Steve was among the greatest of American innovators - brave enough to think differently, "
              "bold enough to believe he could change the world, and talented enough to do it", "direct", J_OBAMA),
        Claim("Bill Gates", "The world rarely sees someone who has had the profound impact Steve has had, the effects "
              "of which will be felt for many generations to come.... I will miss Steve immensely.", "direct", J_GATES),
        Claim("Steve Ballmer", "one of the founders of our industry and a true visionary", "direct", J_BALLMER),
    ),
)


# Articles of the question-rule tests, whose facts each test builds from a few sentences.
WIKINEWS_META = ArticleMeta(title="Wikinews test article", date="2015-07-18", source="Wikinews")
CASTRO_META = ArticleMeta(title="Castro recovering following surgery: Cuban officials", date="2006-08-06",
                          source="Wikinews")

# Two people share each surname: "Castro" is Fidel's alias, "Bianchi" could be Jules or Lucien.
CUBA = Facts(
    article=ArticleMeta(title="Castro in stable condition", date="2006-08-05", source="Wikinews"),
    people=(Person("Fidel Castro", ("Castro",), "male"), Person("Raul Castro", (), "male"),
            Person("Jules Bianchi", (), "male"), Person("Lucien Bianchi", (), "male")),
    sentences=("Acting Cuban leader Raul Castro has also not been seen in public in the past week.",
               "On October 5, 2014, at the Japanese Grand Prix, Bianchi collided with a tractor crane."),
)
