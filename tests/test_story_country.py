"""Home-side agents named without a country take the country the story has just been about."""

from __future__ import annotations

from dyadwatch.pipeline import code_article

PROTEST = "Thousands of Iranian women marched through Tehran on Friday to demand an end to the dress code."


def _sources(text: str) -> dict[str, str | None]:
    events = code_article(text, published="2024-03-05").events
    return {event.trigger: event.source.code if event.source else None for event in events}


def test_police_after_a_sentence_about_one_country_are_its_police() -> None:
    found = _sources(PROTEST + "\n\nSecurity forces fired tear gas at the demonstrators, witnesses said.")
    assert found.get("fired") == "IRNCOP"


def test_the_authorities_and_prosecutors_take_the_story_country() -> None:
    text = "Kenyan lawmakers debated the finance bill in Nairobi on Monday.\n\nProsecutors accused two MPs of fraud."
    assert _sources(text).get("accused") == "KENJUD"
    text = PROTEST + " The authorities accused foreign agents of stirring the unrest."
    assert _sources(text).get("accused") == "IRNGOV"


def test_two_countries_in_the_story_leave_the_agent_without_one() -> None:
    text = ("Iranian and Iraqi pilgrims crowded the border crossing on Friday.\n\n"
            "Police arrested dozens of smugglers, witnesses said.")
    assert "arrested" not in _sources(text)  # no country: no political source, no event


def test_a_sentence_naming_its_own_country_wins_over_the_story() -> None:
    text = PROTEST + "\n\nIn Baghdad, police arrested dozens of smugglers, witnesses said."
    assert _sources(text).get("arrested") == "IRQCOP"


def test_workers_and_residents_do_not_take_the_story_country() -> None:
    text = PROTEST + "\n\nResidents burned tyres and workers blocked a road, witnesses said."
    found = _sources(text)
    assert "burned" not in found and "blocked" not in found


def test_the_dateline_country_is_the_story_country_until_the_text_names_one() -> None:
    text = "NAIROBI, Kenya - Police fired tear gas at protesters outside parliament on Tuesday, witnesses said."
    assert _sources(text).get("fired") == "KENCOP"
    moved = "NAIROBI - Ugandan police fired tear gas at protesters in Kampala on Tuesday, a Kenyan paper said."
    assert _sources(moved).get("fired") == "UGACOP"  # the sentence's own country wins over the dateline
    assert "fired" not in _sources(text.split(" - ", 1)[1])  # no dateline, no country named: no event


def test_the_dateline_places_the_armed_forces_until_a_country_is_named() -> None:
    text = "BANGKOK - Troops fired on protesters near Government House on Tuesday, witnesses said."
    assert _sources(text).get("fired") == "THAMIL"
    later = ("BAGHDAD - American and Iraqi officials met on Monday.\n\n"
             "Troops raided a village north of the city, residents said.")
    assert _sources(later).get("raided") is None  # once countries are named, troops could be anyone's
