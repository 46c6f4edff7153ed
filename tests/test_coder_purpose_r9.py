"""Acts told by their purpose clause: a crowd that gathers, assembles or turns out "to demand" or "to denounce"
something is protesting (141), though the gathering verb alone says nothing of dissent; a purpose clause the
parser hung on a span of time ("gathered for a third night to demand ...") still counts. Each rule has a near
miss: a crowd gathering to celebrate, officials gathering to condemn (their condemnation is the act), a crowd
gathering at a named seat (the seat names the addressee), and "came to protest" (the protest codes itself and is
no visit)."""

from __future__ import annotations

from coder_helpers import sentence_events


def _codes(sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    return sentence_events(sentence)


# ------------------------------------------------------------------ a gathering with a demand is a protest


def test_crowd_gathered_to_demand_is_a_protest_aimed_at_the_demand() -> None:
    sentence = (
        "In Dakar, thousands of people gathered near a French air base on Saturday to demand the withdrawal of French "
        "soldiers."
    )
    assert ("141", "SENCVL", "FRAMIL", "asserted") in _codes(sentence)


def test_crowd_gathered_to_celebrate_is_no_protest() -> None:
    # near miss: the same gathering, but its purpose is a celebration
    sentence = "In Dakar, thousands of people gathered near a French air base on Saturday to celebrate the holiday."
    assert not [code for code, *_ in _codes(sentence) if code.startswith("14")]


def test_purpose_hung_on_a_span_of_time_still_makes_a_protest() -> None:
    sentence = "Armenians had gathered for a third night to demand the departure of Russian peacekeepers."
    assert [(code, source, target) for code, source, target, _ in _codes(sentence)] == [("141", "ARM", "RUSMIL")]


def test_gathering_for_a_night_to_watch_is_no_protest() -> None:
    # near miss: a span of time and a purpose, but no demand
    assert _codes("Armenians had gathered for a third night to watch the fireworks over Yerevan.") == []


def test_officials_gathered_to_condemn_keep_their_condemnation() -> None:
    # near miss: a purpose verb of protest, but the ones gathering are no crowd
    sentence = "Arab League foreign ministers gathered in Cairo on Sunday to condemn the Israeli strikes."
    assert [code for code, *_ in _codes(sentence)] == ["111"]


def test_gathering_outside_an_embassy_keeps_the_embassy_as_addressee() -> None:
    # near miss: a seat pattern met in the frame wins over the purpose clause, and names the target
    sentence = (
        "Thousands of Pakistanis gathered outside the French embassy in Islamabad on Friday to condemn the cartoons."
    )
    assert ("141", "PAKCVL", "FRAGOV", "asserted") in _codes(sentence)


def test_came_to_protest_is_a_protest_and_no_visit() -> None:
    # near miss: the "to" of a purpose clause is no "come to" destination
    codes = [code for code, *_ in _codes("Hundreds of farmers came to protest the new fuel tax in Nairobi on Monday.")]
    assert codes == ["1412"]


# ------------------------------------------------------------------ other verbs of assembly


def test_crowd_turned_out_to_denounce_is_a_protest() -> None:
    sentence = "Tens of thousands of Slovaks turned out in Bratislava on Friday to denounce the government's plan."
    assert [(code, source) for code, source, *_ in _codes(sentence)] == [("141", "SVK")]


def test_crowd_turned_out_to_greet_is_no_protest() -> None:
    # near miss: the same verb of assembly with a friendly purpose
    assert _codes("Tens of thousands of Argentines turned out in Buenos Aires on Tuesday to greet the team.") == []
