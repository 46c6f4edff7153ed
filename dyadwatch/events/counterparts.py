"""Implied targets: the party a story sets up, for an act whose sentence names nobody it is aimed at.

News tells a story about a pair of states or about one state, and most of its sentences leave the other party
implied: "India deployed more troops" in an India-China border story is aimed at China; "Belarus held talks" in
a Belarus-Russia story at Russia; "the president rejected the demand" in a story about one country's political
crisis at that country; "Germany criticised the move" in a story about Turkey's crackdown at Turkey; "the junta
warned of an immediate response" in a standoff between Niger and ECOWAS at ECOWAS (an organisation can be a
side; it is never a one-state story's state). This module owns that last step: a post-pass over an article's
coded events (after the coder, before dates and places) that gives a targetless event the story's counterpart,
only where the story has a clear pair of sides or is about one state only, the event's code is one that is aimed
at someone (a table below), and the sentence names no third party in the act's own object. The target it adds
is marked implied (confidence <= 0.5, ``via`` saying "story counterpart" or "domestic story") and the reason goes
in ``explanation["target_path"]``, so users can filter it.

It does not find actors, resolve pronouns or choose targets the sentence names: the coder does that. It only
reads the coded events, the parse of the trigger's own object and the actor mentions found there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..actors.mentions import ArticleActors
from ..model import Actor
from .coder import CodedEvent

__all__ = [
    "COUNTERPART_CODES",
    "DOMESTIC_CODES",
    "REACTION_CODES",
    "StorySides",
    "story_sides",
    "with_story_targets",
]

# CAMEO codes (prefixes) an act of one side of a two-state story is aimed at the other side with, when its
# sentence names nobody: cooperation and its refusal, talks, yielding on the ground (ceasefire, retreat, release),
# demands, criticism, threats, force posture (put on alert, mobilise), reduced relations and violence. Left out:
# appeals (02: they go to third parties, "urged Western partners"), investigation (09), protest (14: the coder
# aims it at the protesters' own state), coercion (17: arrests and bans fall on the side's own people), and the
# codes whose object is not the other side even in a standoff (below).
COUNTERPART_CODES: tuple[str, ...] = (
    "03", "04", "05", "06", "07", "081", "084", "085", "087", "10", "11", "12", "13", "150", "152", "153",
    "154", "16", "18", "19", "20",
)
# Mediation (039, 045) and its refusal (126) are a third party's; reform demands and their refusal (104, 123), a
# verdict (116), defying the law (128) and a veto (129, aimed at a body's resolution) are about a state's own
# order.
COUNTERPART_EXCLUDED: tuple[str, ...] = ("039", "045", "104", "116", "123", "126", "128", "129")

# Codes an act by the state a one-state story is about is aimed at that same state with (its government, its
# opposition, its courts and people: a political crisis, a crackdown, a trial), when nobody is named. Protest
# (14) is left to the coder, which aims it at the protesters' own authorities with its own sector.
DOMESTIC_CODES: tuple[str, ...] = (
    "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "15", "16", "17", "18", "19", "20",
)
DOMESTIC_EXCLUDED: tuple[str, ...] = ("039", "045")

# Codes a foreign actor reacts to a one-state story with ("Germany criticised the detention", "the United States
# pledged $22 million", "Australia called for the release", "Belarus's president held talks"): aimed at the
# state the story is about.
REACTION_CODES: tuple[str, ...] = ("02", "03", "04", "05", "07", "10", "11", "13", "16")
REACTION_EXCLUDED: tuple[str, ...] = ("039", "045", "116")

# Roots of conflict (verbal and material): a side's targetless act of conflict is aimed at the other side only
# when the story has coded conflict between them ("criticised" in a story of two friendly states is aimed at
# someone else).
CONFLICT_ROOTS = frozenset({"10", "11", "12", "13", "15", "16", "17", "18", "19", "20"})

# Mediation: its target is the sides, not a side against the mediator.
NO_SIDE_CODES = frozenset({"039", "045"})

# Criticism, demands and refusals: aimed at home as often as abroad by a side whose own politics the story tells.
VERBAL_CONFLICT_ROOTS = frozenset({"10", "11", "12"})

# The words after which an act's object names whom it is aimed at ("talks with", "strikes on", "the expulsion of",
# "called for"); "in", "after" or "during" only set the scene.
OBJECT_PREPOSITIONS = frozenset(
    {"with", "to", "on", "against", "at", "into", "toward", "towards", "for", "of", "over", "upon", "between",
     "among", "from", "about"}
)
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "pobj"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis", "conj", "appos"})
# Entity labels that name a party (a person, an organisation, a state, a nationality or a place): one in the
# act's object the actor tables could not resolve is a party we do not know, not the story's counterpart.
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Nouns for parties outside the story's pair ("urged Western partners", "appealed to the international
# community", "criticised the alliance", "asked the council"): an object so named is a third party.
THIRD_PARTY_NOUNS = frozenset(
    {"partner", "ally", "alliance", "community", "donor", "west", "world", "mediator", "neighbour", "neighbor",
     "bloc", "coalition", "council", "assembly", "union", "organisation", "organization", "agency", "nation",
     "side", "party", "power", "everyone", "everybody"}
)

# Modifiers that set an object apart from the parties told so far ("other leaders", "third countries").
OTHERNESS_WORDS = frozenset({"other", "third"})

# Words for an act of violence in the object of a reaction ("called it a barbaric terrorist act", "opposed all
# forms of terrorism", "condemned the bombing"): in a story about one state, the reaction is aimed at whoever did
# it, whom the coder could not name, not at the state it happened in.
VIOLENCE_WORDS = frozenset(
    {"attack", "terrorism", "terrorist", "bombing", "massacre", "shooting", "blast", "explosion", "violence",
     "killing", "assault", "atrocity", "ambush", "kidnapping", "abduction"}
)

# Roots of acts of violence themselves: violence words in their object tell the act ("shelled the town during
# the assault"), not a condemned act whose doer is unknown.
MATERIAL_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})

# How clear a story must be. A pair of sides: the pair most often coded acting on each other, at least
# MIN_PAIR_EVENTS times, at least PAIR_LEAD times as often as any other pair, and holding at least
# PAIR_SHARE of the story's party mentions in events. One state: at least HOME_SHARE of the state mentions, with
# at least MIN_HOME_EVENTS event of that state acting on itself (police arresting traders, a court trying a
# general: one is enough when the state holds the story) and no pair of states coded as often.
MIN_PAIR_EVENTS = 2
PAIR_LEAD = 1.5
PAIR_SHARE = 0.5
HOME_SHARE = 0.6
# A pair of sides by weight, where too few events name both to lead by count ("Venezuela threatened", "Guyana
# put its army on alert", one clash coded between them and one statement each by the UN and the Security
# Council): the two parties most often named in events, coded acting on each other at least once, holding
# WEIGHT_PAIR_SHARE of the story, the lesser at least half the greater (two sides, not a state and a visitor),
# and each at least WEIGHT_PAIR_LEAD times any third party, each named in at least MIN_SIDE_WEIGHT events (a
# short story of a few events, one of them a deal with a third state, sets up no pair).
WEIGHT_PAIR_SHARE = 0.6
WEIGHT_PAIR_LEAD = 2
MIN_SIDE_WEIGHT = 3
# A pair is no story's pair when one of its states acts on itself HOME_OVER_PAIR times as often as the two act
# on each other (a political crisis at home with a stray foreign name); a side is inward when it acts on itself
# at least 1 / INWARD_RATIO as often as the pair acts on each other, and at least MIN_INWARD_ACTS times.
HOME_OVER_PAIR = 3
INWARD_RATIO = 2
MIN_INWARD_ACTS = 3
MIN_HOME_EVENTS = 1
IMPLIED_CONFIDENCE = 0.4


@dataclass(frozen=True, slots=True)
class StorySides:
    """Who a story is about: a pair of sides (two countries), one state (``home``), or neither."""

    pair: tuple[str, str] | None = None
    pair_events: int = 0
    pair_in_conflict: bool = False  # whether some act of conflict was coded between the two
    # sides whose own politics the story tells too (acts of the side on itself at least half as often as acts
    # between the pair): their criticism, demands and refusals may be aimed at home ("called the impeachment
    # process a sham" in a story of a scandal over a foreign country)
    inward_sides: frozenset[str] = frozenset()
    home: str | None = None
    home_share: float = 0.0
    # the organisations among the pair's sides ("EU", "ECOWAS"), each with the actor the story named it by, so an
    # act aimed at it is coded as that organisation (no country)
    organisations: tuple[tuple[str, Actor], ...] = ()


def _starts(code: str, prefixes: Iterable[str]) -> bool:
    """Whether a CAMEO code falls under one of the code prefixes of a table above."""
    return any(code.startswith(prefix) for prefix in prefixes)


def _unidentified(actor: Actor) -> bool:
    """An actor the coder implied from where something happened (unidentified attackers, a place): its country
    is the scene's, not a side's."""
    return actor.sector == "UAF" or actor.kind == "place"


def _party(actor: Actor | None) -> str | None:
    """The side an actor stands on: its country, else its organisation (the EU, ECOWAS, NATO: a body that faces
    a state in a standoff over sanctions, a coup or accession); None for a party of neither."""
    if actor is None:
        return None
    return actor.country or actor.org


def _leading_pair(weight: Counter[str], pairs: Counter[frozenset[str]]) -> frozenset[str] | None:
    """The story's pair of sides: the pair most often coded acting on each other, clearly ahead of any other
    and holding a good part of the story. Two countries that merely hold most of it are not enough: one act
    between them in a story of tariffs at home is no standoff."""
    total = sum(weight.values())
    ranked = pairs.most_common()
    if not ranked or not total:
        return None
    key, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if (count >= MIN_PAIR_EVENTS and count >= PAIR_LEAD * runner_up
            and sum(weight[c] for c in key) >= PAIR_SHARE * total):
        return key
    return None


def _weighted_pair(weight: Counter[str], pairs: Counter[frozenset[str]]) -> frozenset[str] | None:
    """The story's pair of sides when no pair leads by count: the two parties that hold most of the story by
    far, evenly, and are coded acting on each other."""
    ranked = weight.most_common(3)
    if len(ranked) < 2:
        return None
    (first, first_weight), (second, second_weight) = ranked[:2]
    third_weight = ranked[2][1] if len(ranked) > 2 else 0
    key = frozenset({first, second})
    if (pairs[key] and second_weight >= MIN_SIDE_WEIGHT and 2 * second_weight >= first_weight
            and second_weight >= WEIGHT_PAIR_LEAD * third_weight
            and first_weight + second_weight >= WEIGHT_PAIR_SHARE * sum(weight.values())):
        return key
    return None


def story_sides(events: Sequence[CodedEvent]) -> StorySides:
    """The story's sides from the events the coder found with both parties named: the pair of countries it most
    often codes acting on each other, else the one country that holds most of it and acts on itself."""
    weight: Counter[str] = Counter()
    pairs: Counter[frozenset[str]] = Counter()
    conflict: set[frozenset[str]] = set()
    self_acts: Counter[str] = Counter()
    organisations: dict[str, Actor] = {}
    for event in events:
        if event.code.root == "01":
            continue
        weight.update({party for actor in (event.source, event.target) if (party := _party(actor)) is not None})
        source, target = event.source, event.target
        for actor in (source, target):
            if actor is not None and not actor.country and actor.org:
                organisations.setdefault(actor.org, actor)
        source_party, target_party = _party(source), _party(target)
        if source is None or target is None or source_party is None or target_party is None:
            continue
        if _unidentified(source) or _unidentified(target):
            continue
        if source_party == target_party:
            self_acts[source_party] += 1
            continue
        if event.code.root == "02" or event.code.code[:3] in NO_SIDE_CODES:
            continue  # an appeal or a mediation sets up no side ("urged both sides", "offered to mediate")
        key = frozenset({source_party, target_party})
        pairs[key] += 1
        if event.code.root in CONFLICT_ROOTS:
            conflict.add(key)
    total = sum(weight.values())
    if not total:
        return StorySides()
    key = _leading_pair(weight, pairs) or _weighted_pair(weight, pairs)
    if key is not None and not any(self_acts[c] >= HOME_OVER_PAIR * pairs[key] for c in key):
        count = pairs[key]
        inward = frozenset(c for c in key if self_acts[c] * INWARD_RATIO >= count and self_acts[c] >= MIN_INWARD_ACTS)
        first, second = sorted(key, key=lambda c: (-weight[c], c))
        return StorySides(pair=(first, second), pair_events=count, pair_in_conflict=key in conflict,
                          inward_sides=inward,
                          organisations=tuple((c, organisations[c]) for c in (first, second) if c in organisations))
    # one state only: organisations are no home ("the UN said"), and their mentions weigh as they did not
    countries = Counter({party: n for party, n in weight.items() if party not in organisations})
    total = sum(countries.values())
    if not total:
        return StorySides()
    home, home_weight = countries.most_common(1)[0]
    share = home_weight / total
    rival = max((n for k, n in pairs.items() if home in k), default=0)
    if share >= HOME_SHARE and self_acts[home] >= MIN_HOME_EVENTS and self_acts[home] >= rival:
        return StorySides(home=home, home_share=share)
    return StorySides()


def _object_tokens(trigger: Token) -> tuple[list[Token], list[Token]]:
    """The words of the act's own object (direct and indirect objects, partner prepositions, what it asks or
    agrees to do), and the heads of its noun phrases; not its subject, not the clauses that set the scene."""
    words: list[Token] = []
    heads: list[Token] = []
    frontier = [child for child in trigger.children if child.dep_ not in {"nsubj", "nsubjpass", "csubj"}]
    while frontier:
        token = frontier.pop()
        dep = token.dep_
        if dep in CLAUSE_DEPS or dep in {"punct", "cc", "mark", "aux", "auxpass", "neg", "advmod", "npadvmod"}:
            continue
        if dep == "prep" and token.lower_ not in OBJECT_PREPOSITIONS:
            continue
        if token.head.i == trigger.i and dep not in OBJECT_DEPS | {"prep", "xcomp"}:
            continue  # a noun trigger's owner or modifier ("Russia's strikes") is its doer, not its object
        words.append(token)
        if dep in OBJECT_DEPS:
            heads.append(token)
        frontier.extend(token.children)
    return words, heads


def _direct_object(trigger: Token) -> list[Token]:
    """The noun phrases the act itself is done to or said of ("called it a terrorist act", "opposed all forms
    of terrorism"), not what it asks another to do ("urged leaders to prevent violence")."""
    words: list[Token] = []
    frontier = [child for child in trigger.children if child.dep_ in {"dobj", "attr", "oprd", "dative", "prep"}]
    while frontier:
        token = frontier.pop()
        if token.dep_ in CLAUSE_DEPS or token.dep_ in {"xcomp", "pcomp", "punct", "cc"}:
            continue
        if token.dep_ == "prep" and token.lower_ not in OBJECT_PREPOSITIONS:
            continue  # "raped them before killing them": what came before or after is no object
        words.append(token)
        frontier.extend(token.children)
    return words


def _names_another_party(event: CodedEvent, implied: str, domestic: bool, actors: ArticleActors) -> bool:
    """Whether the act's object names a party other than the implied target: a resolved actor or place of
    another country (or an organisation of none), a name the tables did not resolve, a third-party noun, or
    the doer's "own" people; in a story about one state, also an act of violence whose doer the coder could not
    name."""
    words, heads = _object_tokens(event.trigger)
    if any(head.lemma_.lower() in THIRD_PARTY_NOUNS for head in heads):
        return True
    if any(child.dep_ == "amod" and child.lower_ in OTHERNESS_WORDS for head in heads for child in head.children):
        return True  # "phone calls with other foreign leaders": someone besides the story's pair
    if (domestic and event.code.root not in MATERIAL_VIOLENCE_ROOTS
            and any(token.lemma_.lower() in VIOLENCE_WORDS for token in _direct_object(event.trigger))):
        return True
    if any(token.lower_ == "own" for token in words):
        return True  # "starve its own people", "free more of their own": the doer's own side
    mentions = actors.in_paragraph(event.paragraph)
    for token in words:
        mention = next((m for m in mentions if m.start <= token.i < m.end), None)
        if mention is not None:
            members = mention.members if mention.role == "pair" else (mention.actor,)
            if any(_party(member) != implied and (member.country or member.org or member.kind != "sector")
                   for member in members):
                return True  # a sector of no country ("an ancient temple": REL) names no party; a person does
            continue
        if token.ent_type_ in PARTY_LABELS or (token.pos_ == "PROPN" and not token.ent_type_):
            return True
    return False


def _implied_target(event: CodedEvent, country: str, via: str, sides: StorySides) -> Actor:
    """The implied state or organisation, marked so users can filter it: no sector for a state (the story says
    which state, not which of its parts), the object's words or the trigger as its text."""
    _, heads = _object_tokens(event.trigger)
    text = min(heads, key=lambda head: head.i).text if heads else event.trigger.text
    organisation = dict(sides.organisations).get(country)
    if organisation is not None:
        return Actor(text=text, name=f"{organisation.name or organisation.org} ({via})", org=organisation.org,
                     sector=organisation.sector, code=organisation.code, kind=organisation.kind,
                     confidence=IMPLIED_CONFIDENCE, via=via)
    return Actor(text=text, name=f"{country} ({via})", country=country, code=country, kind="state",
                 confidence=IMPLIED_CONFIDENCE, via=via)


def _implied_country(event: CodedEvent, sides: StorySides) -> tuple[str, str, str] | None:
    """(country, via, reason) of the target a targetless event takes from the story, or None."""
    source, code = event.source, event.code.code
    if source is None or not (source.country or source.org):
        return None  # a doer of no country nor organisation ("protesters") is on no side we can tell
    if sides.pair is not None:
        if _party(source) not in sides.pair or _unidentified(source):
            return None
        if not _starts(code, COUNTERPART_CODES) or _starts(code, COUNTERPART_EXCLUDED):
            return None
        if event.code.root in CONFLICT_ROOTS and not sides.pair_in_conflict:
            return None
        if event.code.root in VERBAL_CONFLICT_ROOTS and _party(source) in sides.inward_sides:
            return None
        other = sides.pair[1] if _party(source) == sides.pair[0] else sides.pair[0]
        reason = (f"story counterpart: the other side of the story's pair {sides.pair[0]}-{sides.pair[1]} "
                  f"({sides.pair_events} events coded between them)")
        return other, "story counterpart", reason
    if sides.home is None:
        return None
    if source.country == sides.home:
        if not _starts(code, DOMESTIC_CODES) or _starts(code, DOMESTIC_EXCLUDED):
            return None
        reason = f"domestic story: about {sides.home} only ({sides.home_share:.0%} of its parties)"
        return sides.home, "domestic story", reason
    if _unidentified(source) or not _starts(code, REACTION_CODES) or _starts(code, REACTION_EXCLUDED):
        return None
    reason = f"domestic story: a reaction to the state the story is about ({sides.home})"
    return sides.home, "domestic story", reason


def with_story_targets(events: Sequence[CodedEvent], actors: ArticleActors) -> list[CodedEvent]:
    """The article's events, each targetless one given the target its story implies where the story has a clear
    pair of sides or one state, its code is aimed at someone and its object names no other party."""
    sides = story_sides(events)
    if sides.pair is None and sides.home is None:
        return list(events)
    aimed = {(event.paragraph, event.trigger.i) for event in events if event.target is not None}
    out: list[CodedEvent] = []
    for event in events:
        implied = None if event.target is not None or (event.paragraph, event.trigger.i) in aimed else (
            _implied_country(event, sides))
        if implied is None or _names_another_party(event, implied[0], sides.pair is None, actors):
            out.append(event)
            continue
        country, via, reason = implied
        explanation = {**event.explanation, "target_path": reason, "target_via": via}
        out.append(replace(event, target=_implied_target(event, country, via, sides), explanation=explanation))
    return out
