"""Who did what to whom across the sentences of a whole article (round 7): harm passives whose doer a clause
names, acts of force a later sentence calls "the strikes", "its territory" in an accusation, "them" for the
subject of the governing clause, "both sides" of the story, and acts told by a "by" phrase after a reply.
Every sentence here is written for these tests in news style; each class has a near miss."""

from __future__ import annotations

from tests.coder_helpers import sentence_events


def _codes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return sentence_events(text)


def _violent(events: list[tuple[str, str | None, str | None, str]]) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in events if e[0][:2] in {"18", "19", "20"}]


# 1. harm verbs: nature is no doer, a clause may name the doer, "the strikes" are the story's


def test_capitalised_natural_cause_opening_a_sentence_is_no_event() -> None:
    text = "Landslides and flash floods triggered by heavy rain have killed at least 40 people in western Nepal."
    assert _violent(_codes(text)) == []


def test_armed_subject_of_the_same_frame_still_kills() -> None:
    events = _violent(_codes("Maoist rebels have killed at least 40 people in western Nepal since Sunday."))
    assert any(source == "NPLREB" for _, source, _, _ in events)


def test_harm_passive_takes_the_doer_its_when_clause_names() -> None:
    text = "Dozens of NATO peacekeepers were injured on Monday when Serb protesters attacked them outside a town hall."
    events = _violent(_codes(text))
    assert events, "the attack is coded"
    assert all(source is not None and source.startswith("SRB") for _, source, _, _ in events)
    assert all(target is not None and target.startswith("IGO") for _, _, target, _ in events)


def test_when_clause_act_on_others_lends_its_doer_to_the_passive() -> None:
    text = "Three Turkish soldiers were killed when PKK militants ambushed a patrol near the Iraqi border."
    events = _violent(_codes(text))
    assert any(target == "TURMIL" and source is not None and "UAF" not in source for _, source, target, _ in events)


def test_harm_passive_with_no_clause_keeps_unidentified_attackers() -> None:
    events = _violent(_codes("Dozens of NATO peacekeepers were injured in clashes in northern Kosovo on Monday."))
    assert [source for _, source, _, _ in events] == ["XKXUAF"]


def test_the_strikes_are_the_author_of_force_told_before() -> None:
    text = (
        "Turkish warplanes pounded Kurdish militant positions in northern Syria on Monday. "
        "A Kurdish militia said the strikes had killed 11 civilians near the Syrian town of Derik."
    )
    killed = [e for e in _violent(_codes(text)) if e[2] == "SYRCVL"]
    assert killed and all(source == "TURMIL" for _, source, _, _ in killed)


def test_the_strikes_with_no_author_told_get_no_invented_attackers() -> None:
    events = _codes("The strikes killed 11 civilians near the Syrian town of Derik, a monitor said.")
    assert all(source is None or "UAF" not in source for _, source, _, _ in events)


def test_a_roadside_bomb_still_has_unidentified_attackers() -> None:
    events = _violent(_codes("A roadside bomb killed two Iraqi soldiers near Samarra on Tuesday."))
    assert any(source == "IRQUAF" for _, source, _, _ in events)


# 2. pronouns: "its territory" in an accusation, "them" of a governing clause


def test_its_territory_in_an_accusation_is_the_accusers() -> None:
    events = _codes("Congo's government accused neighbouring Rwanda of invading its territory and of arming rebels.")
    assert ("190", "RWA", "CODGOV", "alleged") in events


def test_its_own_towns_in_an_accusation_stay_the_accuseds() -> None:
    events = _codes("Kyiv accused Moscow of shelling its own towns in the Belgorod region.")
    alleged = [e for e in events if e[3] == "alleged"]
    assert alleged and all(target is None or not target.startswith("UKR") for _, _, target, _ in alleged)


def test_its_soldiers_in_an_accusation_are_the_accusers() -> None:
    events = _codes("Kyiv accused Moscow of killing its soldiers after they had surrendered.")
    assert any(e[3] == "alleged" and e[1] == "RUSGOV" and (e[2] or "").startswith("UKR") for e in events)


def test_second_of_phrase_of_an_accusation_is_alleged_of_the_accused() -> None:
    events = _codes("The minister accused Ethiopia of massing troops on the border and of arming rebel groups.")
    arming = [e for e in events if e[0].startswith("07")]
    assert arming and all(e[1] == "ETH" and e[3] == "alleged" for e in arming)


def test_them_in_a_when_clause_is_the_passive_subject() -> None:
    text = "Two Kenyan police officers were wounded when Somali gunmen attacked them near the border town of Mandera."
    assert any(target is not None and target.startswith("KEN") for _, _, target, _ in _violent(_codes(text)))


def test_them_of_the_same_clause_is_left_to_the_nearest_mention() -> None:
    from dyadwatch.events.coder import _governing_subject
    from dyadwatch.language import parse_text

    doc = parse_text("Police detained the protesters and beat them outside the parliament.")
    pronoun = next(t for t in doc if t.lower_ == "them")
    assert _governing_subject(pronoun) is None


# 3. "both sides" are the story's two parties


def test_both_sides_are_the_parties_the_story_set_up() -> None:
    text = (
        "Sudan's army clashed with the Rapid Support Forces in Khartoum on Monday. "
        "The United Nations urged both sides to respect the ceasefire."
    )
    urged = {(source, target) for code, source, target, _ in _codes(text) if code.startswith("02")}
    assert urged == {("IGO", "SDNMIL"), ("IGO", "SDNREB")}


def test_both_sides_with_no_parties_told_name_nobody() -> None:
    urged = [e for e in _codes("The United Nations urged both sides to respect the ceasefire.") if e[0][:2] == "02"]
    assert all(target is None for _, _, target, _ in urged)


def test_an_appeal_to_both_sides_sets_up_no_new_sides() -> None:
    text = (
        "Sudan's army clashed with the Rapid Support Forces in Khartoum on Monday. "
        "The United Nations urged both sides to respect the ceasefire. "
        "Mediators said the two sides would meet in Jeddah next week."
    )
    meetings = {(source, target) for code, source, target, _ in _codes(text) if code.startswith("03")}
    assert meetings <= {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} and meetings


# 4. a reply told by its means: each act of the "by" phrase is an event


def test_reply_by_two_acts_codes_both_and_not_the_reply() -> None:
    text = "Ankara retaliated by expelling the Dutch ambassador and banning Dutch ministers from entering the country."
    events = _codes(text)
    assert {code[:2] for code, source, target, _ in events if source == "TURGOV" and target == "NLDGOV"} == {
        "16",
        "17",
    }
    assert not _violent(events)


def test_reply_with_force_is_still_force() -> None:
    events = _violent(_codes("Israel retaliated with air strikes on Gaza on Sunday."))
    assert any(source == "ISR" for _, source, _, _ in events)
