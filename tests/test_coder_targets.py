"""Who the target is when the parse does not hand it over as a direct object: objects down a chain of verb
complements, arguments shared by coordinated verbs, objects shifted past a predicative "as", the one asked to
act in a participle on the object, the target named by an act's purpose, absolute "with" phrases that are no
partner, both ends of a route, the victims a "killing ..." participle names, subjectless passives ("fishermen
arrested by Indian police", "after being deported"), a subject "he" that continues the sentence's subject, a
singular "it" that is no plural people, the place of a thing in a partner phrase ("rioted at a jail in X's
capital"), a preposition left dangling before "and", attackers' victims on their verb, "the parties to the
conflict in X", and how deep in a nested object a target may sit. Each class has sentences where
the rule must fire and near misses where it must not. The patterns are a small set written here, so the tests
measure the coder, not the shipped patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import code_paragraphs
from dyadwatch.events.patterns import PatternSet
from dyadwatch.language import ParsedParagraph, parse_text

PATTERNS = """
150  prepare attack|shell|bomb|bombard
070  donate
0811 enhance|ease freedom|restriction
111  denounce
111  condemn
100  issue demand
144  block road|highway|transport|bridge|crossing|motorway
193  open fire
194  fire rocket|shell|mortar +at|on|into
194  shell
190  attack
190  ambush
036  agree
0354 agree lift|ease|resume embargo|sanction|loan
040  hold talk +with
040  meet
043  host
173  arrest|detain
173  hold +in
174  deport
145  riot
140  protest|demonstrate
054  establish tie|relation
057  sign pact|deal
062  sell drone|weapon
183  bomber:n
020  urge|beg
020  call +on
154  deploy
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def targets(text: str, patterns: PatternSet, code: str) -> set[str | None]:
    """The target countries of the events of ``code`` coded from ``text``."""
    events = code_text(text, patterns)
    found = [e for e in events if e.code.code == code]
    assert found, f"no {code} event in {text!r}: {[(e.code.code, e.trigger.text) for e in events]}"
    return {e.target.country if e.target else None for e in found}


def dyads(text: str, patterns: PatternSet, code: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of the events of ``code`` coded from ``text``."""
    events = code_text(text, patterns)
    found = [e for e in events if e.code.code == code]
    assert found, f"no {code} event in {text!r}: {[(e.code.code, e.trigger.text) for e in events]}"
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in found}


# ------------------------------------------------------------------------------ objects down a complement chain


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Macedonian army prepared to resume shelling Albanian villages near the border.", "ALB"),
        ("Ethiopian forces were preparing to start attacking Eritrean border posts on Sunday.", "ERI"),
        ("The Russian navy prepared to resume bombarding Ukrainian ports after a two-day lull.", "UKR"),
    ],
)
def test_object_down_a_complement_chain(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "150") == {want}


def test_a_clause_beside_the_chain_names_no_target(patterns: PatternSet) -> None:
    text = "The army prepared to resume shelling as Albanian rebels regrouped in the hills."
    assert targets(text, patterns, "150") == {None}


# ------------------------------------------------------------------ arguments shared by coordinated verbs


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doctors from two American charities donated and delivered medicine to Iraqi hospitals.", "IRQ"),
        ("Germany donated and shipped 40,000 vaccine doses to Ghana last week.", "GHA"),
        ("Kuwait donated and personally handed over blankets to the Lebanese army.", "LBN"),
    ],
)
def test_coordinated_verbs_share_their_object(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "070") == {want}


def test_a_coordinated_clause_with_its_own_subject_shares_nothing(patterns: PatternSet) -> None:
    text = "Germany donated generously, and Britain shipped tents to Ghana."
    assert targets(text, patterns, "070") == {None}


def test_a_verb_with_its_own_partner_keeps_it(patterns: PatternSet) -> None:
    text = "Germany donated vaccines to Ghana and shipped tents to Togo."
    assert targets(text, patterns, "070") == {"GHA"}


def test_a_place_in_the_coordinated_object_is_the_domestic_target(patterns: PatternSet) -> None:
    text = "The Sudanese government moved to ease press restrictions and promote tolerance in Sudan."
    assert targets(text, patterns, "0811") == {"SDN"}


# --------------------------------------------------------------------------- objects shifted past "as"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Albania on Friday denounced as an ugly crime Serbia's crackdown on ethnic Albanians.", "SRB"),
        ("Jordan condemned as a flagrant violation Israel's raid on the mosque compound.", "ISR"),
        ("Cyprus denounced as a provocation Turkey's decision to send a drill ship.", "TUR"),
    ],
)
def test_object_shifted_past_as(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "111") == {want}


def test_a_predicative_as_after_a_real_object_is_no_target(patterns: PatternSet) -> None:
    text = "Albania denounced the vote as a victory for Serbia's nationalists."
    assert targets(text, patterns, "111") == {None}


# ------------------------------------------------------- the one asked to act, in a participle on the object


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The rebel group issued a statement demanding that the Turkish government release its leader.", "TUR"),
        ("Opposition leaders issued a declaration demanding that Kenya's president step down.", "KEN"),
        ("The union issued a communique demanding that the Nigerian government reopen the universities.", "NGA"),
    ],
)
def test_the_one_asked_in_a_participle_on_the_object(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "100") == {want}


def test_a_speaker_in_a_side_clause_is_not_asked(patterns: PatternSet) -> None:
    text = "The rebels issued new demands after Turkish officials said that the army would stay."
    assert targets(text, patterns, "100") == {None}


# ------------------------------------------------------------------------ the target named by the purpose


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        (
            "Protesters blocked roads across the capital in an attempt to force Serbia's president to resign.",
            "144",
            "SRB",
        ),
        (
            "Rebels blocked transport into the capital as they continued their drive to topple the government of Chad.",
            "144",
            "TCD",
        ),
        ("Militants fired rockets at the town in an effort to drive Israeli troops out.", "194", "ISR"),
        ("Riot police opened fire to disperse Kenyan opposition supporters in Nairobi.", "193", "KEN"),
    ],
)
def test_target_named_by_the_purpose(text: str, code: str, want: str, patterns: PatternSet) -> None:
    assert want in targets(text, patterns, code)


def test_someone_elses_purpose_names_no_target(patterns: PatternSet) -> None:
    text = "Troops fired rockets at the town as rebels pressed their campaign to overthrow the Chadian president."
    assert targets(text, patterns, "194") == {None}


def test_a_purpose_names_no_target_of_a_verbal_act(patterns: PatternSet) -> None:
    text = "Egypt hosted the talks in an effort to persuade Sudanese generals to accept a truce."
    assert targets(text, patterns, "043") == {None}


# ---------------------------------------------------------------------- absolute "with" is not a partner


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan agreed to resume loans to Indonesia, with Washington's conditions attached.", "IDN"),
        ("The European Union agreed to ease sanctions on Belarus, with Germany's objections noted.", "BLR"),
        ("Washington agreed to lift the embargo on Vietnam, with China's concerns set aside.", "VNM"),
    ],
)
def test_absolute_with_is_no_partner(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "0354") == {want}


def test_with_an_agent_is_still_a_partner(patterns: PatternSet) -> None:
    text = "Egypt's foreign minister met with Libyan commanders backed by Turkey."
    assert targets(text, patterns, "040") == {"LBY"}


# ------------------------------------------------------------------------------------ both ends of a route


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Angry Polish farmers blocked the main crossing from Poland to Ukraine on Tuesday.", {"POL", "UKR"}),
        ("Spanish truck drivers blocked the motorway from Spain to France for six hours.", {"ESP", "FRA"}),
        ("Kurdish protesters blocked the bridge between Turkey and Iraq for a second day.", {"TUR", "IRQ"}),
    ],
)
def test_both_ends_of_a_route(text: str, want: set[str], patterns: PatternSet) -> None:
    assert targets(text, patterns, "144") == want


def test_a_route_with_one_end_named_is_no_pair(patterns: PatternSet) -> None:
    text = "Polish farmers blocked the highway to the border for six hours."
    assert targets(text, patterns, "144") == {"POL"}  # not the border state: their own, as no target is named


# ---------------------------------------------------------------------- victims in a "killing ..." adjunct


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Rebels shelled the town on Sunday, killing five Afghan soldiers.", "194", "AFG"),
        ("Militants attacked a checkpoint near Kirkuk, killing three Iraqi policemen.", "190", "IRQ"),
        ("Gunmen ambushed a convoy outside Jalalabad, wounding two Afghan officials.", "190", "AFG"),
    ],
)
def test_victims_in_a_harm_participle(text: str, code: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, code) == {want}


def test_the_attacked_object_outranks_the_victims(patterns: PatternSet) -> None:
    text = "Taliban fighters attacked a Pakistani convoy, killing two Afghan drivers."
    assert targets(text, patterns, "190") == {"PAK"}


def test_a_participle_that_harms_nobody_names_no_victim(patterns: PatternSet) -> None:
    text = "Rebels shelled the town, forcing Afghan families to flee."
    assert targets(text, patterns, "194") == {None}


# ------------------------------------------------------------- passive participles with no subject of their own


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Dozens of Pakistani fishermen arrested by Indian police were freed on Monday.", "173", ("IND", "PAK")),
        ("Nearly 150 Indians returned home on Wednesday after being deported by the United States.", "174",
         ("USA", "IND")),
        ("Three Afghan journalists detained by Pakistani security forces were released late on Friday.", "173",
         ("PAK", "AFG")),
        ("Several Ethiopian migrants detained in Saudi Arabia last year were flown home on Tuesday.", "173",
         (None, "ETH")),
    ],
)
def test_a_subjectless_passive_acts_on_its_noun(
    text: str, code: str, want: tuple[str | None, str | None], patterns: PatternSet
) -> None:
    assert dyads(text, patterns, code) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Somali pirates held in French custody were handed to Kenya on Monday.", "SOM"),
        ("American servicemen held in Vietnamese camps were freed in 1973.", "USA"),
        ("Dozens of Mexican migrants held in US detention centres began a hunger strike on Friday.", "MEX"),
    ],
)
def test_the_one_acted_on_comes_before_the_partner_phrase(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "173") == {want}


def test_an_active_verb_keeps_its_subject_as_doer(patterns: PatternSet) -> None:
    text = "Kenyan police arrested dozens of Somali traders in Nairobi on Monday."
    assert dyads(text, patterns, "173") == {("KEN", "SOM")}


def test_troops_deployed_are_the_deployers_own(patterns: PatternSet) -> None:
    text = "Russian troops deployed in Syria were seen near the border on Monday."
    assert ("RUS", "SYR") in dyads(text, patterns, "154")


# -------------------------------------------------------------------- a subject "he" continues the subject


def all_dyads(text: str, patterns: PatternSet) -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of every event coded from ``text``."""
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text(text))]
    events = code_paragraphs(parsed, find_mentions(parsed, "2023-05-10"), patterns)
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lavrov said the talks with Blinken were useful, and he met him again in May.", ("RUS", "USA")),
        ("Erdogan told reporters that Putin was a friend, and he met him in Sochi last week.", ("TUR", "RUS")),
        ("Modi said Xi had been helpful, and he met him at the summit.", ("IND", "CHN")),
    ],
)
def test_a_subject_pronoun_continues_the_sentence_subject(
    text: str, want: tuple[str, str], patterns: PatternSet
) -> None:
    assert want in all_dyads(text, patterns)


def test_with_no_person_subject_he_is_the_latest_person(patterns: PatternSet) -> None:
    text = "The talks with Blinken were useful, and he met Wang Yi in Beijing in May."
    assert ("USA", "CHN") in all_dyads(text, patterns)


# ------------------------------------------------------------------------- a singular "it" is not a people


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Saudi government, which hosts thousands of Yemenis, said it hosted Omani mediators.", "SAU"),
        ("Turkey, home to millions of Syrians, said it hosted Iraqi officials last week.", "TUR"),
        ("Jordan, which shelters many Palestinians, said it hosted Egyptian envoys on Sunday.", "JOR"),
    ],
)
def test_it_is_not_a_plural_people(text: str, want: str, patterns: PatternSet) -> None:
    assert {source for source, _ in dyads(text, patterns, "043")} == {want}


def test_they_can_be_a_people(patterns: PatternSet) -> None:
    text = "Thousands of Syrians said they protested against Turkey on Friday."
    assert ("SYR", "TUR") in all_dyads(text, patterns)


# ----------------------------------------------------------- where the thing of a partner phrase stands


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Inmates rioted at a jail in Venezuela's capital on Sunday.", "VEN"),
        ("Prisoners rioted at a detention centre in Peru's south on Friday.", "PER"),
        ("Hundreds of students protested at a university in Iran's north on Monday.", "IRN"),
    ],
)
def test_the_place_of_a_protest_is_no_partner(text: str, home: str, patterns: PatternSet) -> None:
    # the jail or university is where, not whom: with no target named the protest is aimed at the home state
    code = "145" if "rioted" in text else "140"
    assert targets(text, patterns, code) <= {None, home}


def test_an_actor_in_the_partner_phrase_stays_the_partner(patterns: PatternSet) -> None:
    text = "Hundreds of students protested at the French embassy in Tehran on Monday."
    assert targets(text, patterns, "140") == {"FRA"}


def test_the_demand_of_a_participle_beside_the_riot(patterns: PatternSet) -> None:
    text = "Inmates rioted at a jail in Dili, joining crowds in demanding independence from Indonesia."
    assert targets(text, patterns, "145") == {"IDN"}


# ------------------------------------------------------------------ a preposition left dangling before "and"


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Egypt established diplomatic ties with and opened an embassy in Israel in 1980.", "054", "ISR"),
        ("Chile signed a trade pact with and sent a trade mission to Vietnam last year.", "057", "VNM"),
        ("Iran held talks with and later sold drones to Russia.", "040", "RUS"),
    ],
)
def test_a_dangling_preposition_shares_the_next_object(text: str, code: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, code) == {want}


def test_a_preposition_with_its_own_object_keeps_it(patterns: PatternSet) -> None:
    text = "Egypt established diplomatic ties with Israel and opened an embassy in Jordan."
    assert targets(text, patterns, "054") == {"ISR"}


# ---------------------------------------------------------------------- victims of what the attackers did


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two suicide bombers killed 23 Afghan soldiers when they blew themselves up at a checkpoint.", "AFG"),
        ("Suicide bombers killed 14 Iraqi policemen outside a recruiting centre on Sunday.", "IRQ"),
        ("A suicide bomber wounded six Pakistani soldiers at a market on Friday.", "PAK"),
    ],
)
def test_the_victims_of_the_attackers_verb(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "183") == {want}


def test_attackers_in_a_clause_of_their_own_name_no_victim(patterns: PatternSet) -> None:
    text = "The suicide bombers who killed 23 Afghan soldiers were buried on Sunday."
    assert targets(text, patterns, "183") == {None}


# ------------------------------------------------------------------------- the parties to the conflict


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("The UN envoy urged the parties to the conflict in Yemen to respect the truce.", "020", ("IGO", "YEM")),
        ("The European Union called on all sides in the Syrian war to protect civilians.", "020", ("IGO", "SYR")),
        ("The parties to the conflict in Sudan agreed to a ceasefire on Saturday.", "036", ("SDN", None)),
    ],
)
def test_the_parties_to_a_conflict_are_its_sides(
    text: str, code: str, want: tuple[str | None, str | None], patterns: PatternSet
) -> None:
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text(text))]
    events = code_paragraphs(parsed, find_mentions(parsed, "2023-05-10"), patterns)
    got = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events}
    assert want in got


def test_political_parties_stay_parties(patterns: PatternSet) -> None:
    text = "The Kenyan opposition parties urged voters to boycott the election."
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text(text))]
    events = code_paragraphs(parsed, find_mentions(parsed, "2023-05-10"), patterns)
    assert {e.source.code for e in events if e.source} == {"KENOPP"}


# ------------------------------------------------------------- an object of an object names its target near its head


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Washington urged the government to release the detained Chinese fishermen.", "CHN"),
        ("The EU urged the parliament to approve the Ukrainian request on Friday.", "UKR"),
        ("Tokyo urged the coast guard to free the Korean sailors held since May.", "KOR"),
    ],
)
def test_a_nested_object_near_its_head_is_the_target(text: str, want: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "020") == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Pompeo begged lawmakers not to lose sight of the long conflict or the occupation by Russia of Crimea.",
        "Merkel urged voters to keep the memory of the victims of the siege by Serbian forces alive.",
    ],
)
def test_an_actor_deep_in_a_nested_object_is_no_target(text: str, patterns: PatternSet) -> None:
    assert targets(text, patterns, "020") == {None}
