"""Short-answer questions: a typed "Who is quoted …?" for a saying with no other speaker
to offer (once per speaker, never holding its answer) and "Who …?" that says which event.
Sentences are from Wikinews articles (CC BY 2.5, see tests/data/articles/README.md)."""

from __future__ import annotations

from facts import WIKINEWS_META as META

from quizgen.models import ArticleMeta, Claim, Facts, Person
from quizgen.questions.bank import make_questions

RETSINAS = ('"The delinquencies and defaults have started to soar," said Nicolas Retsinas, director of Housing '
            'Studies at Harvard University.')


def test_saying_with_no_other_speaker_is_asked_as_a_typed_answer():
    claim = Claim("Nicolas Retsinas", "The delinquencies and defaults have started to soar", "direct", RETSINAS)
    facts = Facts(article=META, people=(Person("Nicolas Retsinas", (), "male"),), claims=(claim,), sentences=(RETSINAS,))
    (q,) = [q for q in make_questions(facts) if "claim" in q.tags]
    assert q.type == "short_answer" and q.answer == "Nicolas Retsinas"
    assert q.prompt == "Who is quoted in the article as saying “The delinquencies and defaults have started to soar”?"
    assert "Retsinas" in q.accept


def test_typed_saying_never_holds_its_answer():
    s = "The WHO said that iodine deficiency is the world's most prevalent cause of brain damage."
    claim = Claim("WHO", "iodine deficiency is the world's most prevalent cause of brain damage", "indirect", s)
    facts = Facts(article=META, claims=(claim,), sentences=(s,))
    assert not [q for q in make_questions(facts) if q.type == "short_answer" and "claim" in q.tags]


def test_one_typed_who_said_per_speaker():
    s1 = "Valeska Paris said that the Church of Scientology imprisoned her for twelve years aboard a cruise ship."
    s2 = "Paris also said that her passport was taken away from her and she was forced to work in the engine room."
    paris = Person("Valeska Paris", ("Paris",), "female")
    claims = (Claim("Valeska Paris", "the Church of Scientology imprisoned her for twelve years aboard a cruise ship",
                    "indirect", s1),
              Claim("Valeska Paris", "her passport was taken away from her and she was forced to work in the engine "
                    "room", "indirect", s2))
    bank = make_questions(Facts(article=META, people=(paris,), claims=claims, sentences=(s1, s2)))
    assert len([q for q in bank if q.type == "short_answer" and "claim" in q.tags]) == 1


def test_who_question_names_which_event():
    facts = Facts(
        article=ArticleMeta(title="Euro 2016", date="2016-06-14", source="Wikinews"),
        people=(Person("Sergio Ramos", ("Ramos",), "male"), Person("David de Gea", ("de Gea",), "male")),
        sentences=("Spain beat the Czech Republic 1–0 in Toulouse on Monday.",
                   "Sergio Ramos led the defending champions as David de Gea guarded the net."),
    )
    bank = make_questions(facts)
    assert not [q for q in bank if "defending champions" in q.prompt and q.answer in {"Sergio Ramos", "David de Gea"}]
