"""Matching questions: never two names of one job. Sentences are from a Wikinews article
(CC BY 2.5): Environment Canada documents (2008)."""

from __future__ import annotations

from quizgen.models import ArticleMeta, Facts, Person, Role
from quizgen.questions.bank import make_questions
from quizgen.questions.common import Context
from quizgen.questions.matching import candidates as matching

SPOKES = "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it."


def test_matching_never_pairs_two_names_of_one_job():
    facts = Facts(
        article=ArticleMeta(title="Environment Canada documents found", date="2008-06-13", source="Wikinews"),
        people=tuple(Person(n) for n in ("Julie Hahn", "Sujata Raisinghani", "John Baird", "Paul Dewar")),
        roles=(Role("Julie Hahn", "Environment Canada spokesperson", "Environment Canada spokesperson Julie Hahn said so."),
               Role("Sujata Raisinghani", "Environment Canada spokeswoman", SPOKES),
               Role("John Baird", "Environment Minister", "Environment Minister John Baird said so."),
               Role("Paul Dewar", "Ottawa New Democrat MP", "Paul Dewar, an Ottawa New Democrat MP, said so.")),
        sentences=("Environment Canada spokesperson Julie Hahn said so.", SPOKES,
                   "Environment Minister John Baird said so.", "Paul Dewar, an Ottawa New Democrat MP, said so."),
    )
    (q,) = matching(Context(facts))
    roles = [r for _, r in q.answer]
    assert not ({"Environment Canada spokesperson", "Environment Canada spokeswoman"} <= set(roles))
    # nor does a true/false call the spokeswoman a "spokesperson" and mark it false
    for q in make_questions(facts, seed=3):
        assert not (q.type == "true_false" and "Raisinghani is an Environment Canada spokesperson" in q.prompt
                    and q.answer == "False")
