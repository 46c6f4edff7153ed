"""Who the target is when the parse does not hand it over as a direct object: objects down a chain of verb
complements, arguments shared by coordinated verbs, objects shifted past a predicative "as", the one asked to
act in a participle on the object, the target named by an act's purpose, absolute "with" phrases that are no
partner, both ends of a route, and the victims a "killing ..." participle names. Each class has sentences where
the rule must fire and near misses where it must not. The patterns are a small set written here, so the tests
measure the coder, not the shipped patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import CodedEvent, code_paragraphs
from dyadwatch.events.patterns import PatternSet, load_patterns
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
"""


@pytest.fixture(scope="module")
def patterns(tmp_path_factory: pytest.TempPathFactory) -> PatternSet:
    folder: Path = tmp_path_factory.mktemp("target-patterns")
    (folder / "targets.txt").write_text(PATTERNS, encoding="utf-8")
    return load_patterns(folder)


def targets(text: str, patterns: PatternSet, code: str) -> set[str | None]:
    """The target countries of the events of ``code`` coded from ``text``."""
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text(text))]
    events: list[CodedEvent] = code_paragraphs(parsed, find_mentions(parsed, "2023-05-10"), patterns)
    found = [e for e in events if e.code.code == code]
    assert found, f"no {code} event in {text!r}: {[(e.code.code, e.trigger.text) for e in events]}"
    return {e.target.country if e.target else None for e in found}


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
    assert targets(text, patterns, "144") == {None}


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
