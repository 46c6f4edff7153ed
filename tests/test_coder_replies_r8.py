"""Replies aimed at the act they name, round 8: a veto and a complaint are acts whose doer a reply targets; the
doer of a reported act is also found as a passive's "by" agent and as the subject a participle clause shares
("struck down the law, ruling that ..."); praise for a decision is aimed at who took it; and "it" in a body's
own reported clause is that body ("The government said it would challenge ..."). Each has a near miss."""

from __future__ import annotations

from functools import cache

from dyadwatch.model import Article
from dyadwatch.pipeline import code_article


@cache
def _coded(text: str) -> Article:
    return code_article(text, published="2023-05-10")


def _dyads(text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one CAMEO root, in output order."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _coded(text).events if e.cameo.startswith(root)]


def test_condemning_a_veto_targets_who_cast_it() -> None:
    text = ("Russia vetoed a Security Council resolution on Ukraine's nuclear plants on Tuesday. "
            "Britain, Japan and Norway condemned the veto.")
    assert _dyads(text, "11") == [("GBR", "RUS"), ("JPN", "RUS"), ("NOR", "RUS")]


def test_rejecting_a_complaint_targets_who_lodged_it() -> None:
    text = ("Chad lodged a formal complaint with Khartoum over the shelling of border villages. "
            "Sudan rejected the complaint on Friday.")
    assert _dyads(text, "12") == [("SDN", "TCD")]


def test_a_complaint_no_actor_lodged_gives_no_target() -> None:
    # near miss: the complaint came from people who are no actor, so nobody is its doer
    text = "The court heard a complaint from local farmers on Monday. The Kenyan ministry rejected the complaint."
    assert all(target is None for _, target in _dyads(text, "12"))


def test_condemning_arrests_made_by_an_agent_in_the_passive_targets_the_agent() -> None:
    text = "Two Danish activists were arrested by Iranian police in Tabriz on Sunday. Denmark condemned the arrests."
    assert _dyads(text, "111") == [("DNK", "IRNCOP")]


def test_challenging_a_ruling_told_as_a_participle_targets_the_court() -> None:
    text = ("Malawi's Supreme Court on Monday struck down the election law, ruling that the vote count had been "
            "rigged. The Malawian government said it would challenge the ruling.")
    assert _dyads(text, "115") == [("MWIGOV", "MWIJUD")]


def test_a_participle_with_its_own_subject_does_not_share_the_main_one() -> None:
    # near miss: "with judges ruling ..." has its own subject, so the court of the main clause is not the doer
    from dyadwatch.events.coder import _reporting_subject
    from dyadwatch.language import parse_text

    doc = parse_text("The minister resigned on Monday after judges ruling on the case found against him.")
    ruling = next(t for t in doc if t.lower_ == "ruling")
    subject = _reporting_subject(ruling)
    assert subject is None or subject.lower_ != "minister"


def test_welcoming_a_decision_is_aimed_at_who_took_it() -> None:
    text = "Ethiopia decided on Monday to reopen its border crossing with Eritrea. Eritrea welcomed the decision."
    assert _dyads(text, "05") == [("ERI", "ETH")]


def test_it_in_a_bodys_own_reported_clause_is_that_body() -> None:
    text = ("Malawi's Supreme Court on Monday struck down the election law. "
            "The government said it would challenge the ruling.")
    assert [source for source, _ in _dyads(text, "115")] == ["MWIGOV"]


def test_it_after_a_persons_statement_is_left_to_the_nearest_body() -> None:
    # near miss: a named person's "it" is not the person (the rule takes only a noun subject)
    from dyadwatch.events.coder import _speaker_of_own_clause
    from dyadwatch.language import parse_text

    doc = parse_text("Ramaphosa said it would take time to rebuild the port.")
    assert _speaker_of_own_clause(next(t for t in doc if t.lower_ == "it")) is None
