"""The event coder: dependency parse + actor mentions + patterns -> CAMEO/PLOVER events.

It owns choosing triggers, matching patterns against a trigger's frame, finding source and target in the parse
(subjects, objects, passive agents, prepositional partners, relative clauses, compound actors, nominal events)
and the modality of each event (negated, future/intent, hypothetical, alleged, denied). It does not find actors
(:mod:`dyadwatch.actors.mentions`), dates or places (:mod:`dyadwatch.when`, :mod:`dyadwatch.where`): the pipeline
adds those to the events this module returns.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..actors.knowledge import load_knowledge
from ..actors.mentions import ArticleActors, Mention
from ..language import ParsedParagraph
from ..model import Actor, Place
from .ontology import CameoCode, all_codes, cameo
from .patterns import Pattern, PatternSet, load_patterns

__all__ = ["CodedEvent", "code_paragraphs", "event_id", "frame_of"]

# Arcs that leave the trigger's own predicate-argument frame: another clause, a subject, punctuation.
FRAME_STOP = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "ccomp",
        "advcl",
        "relcl",
        "conj",
        "parataxis",
        "mark",
        "punct",
        "cc",
        "appos",
        "discourse",
    }
)
# Arcs that lead from an NP root into material that is not part of that NP's reference.
NP_STOP = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis", "punct"})
# Partner prepositions, best first: the party complained *about* outranks the one complained *to*.
PARTNER_PREPS = (
    "with",
    "against",
    "on",
    "over",
    "about",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "upon",
    "for",
    "from",
)
SOURCE_PREPS = frozenset({"by"})
# A pattern's preposition of place: the thing acted on, when it names its state, outranks where it was done to
PLACE_PATTERN_PREPS = frozenset({"in", "off", "near", "outside", "inside"})
INTENT_GOVERNORS = frozenset(
    {
        "plan",
        "intend",
        "pledge",
        "vow",
        "swear",
        "promise",
        "offer",
        "agree",
        "ready",
        "willing",
        "prepared",
        "prepare",
        "decide",
        "commit",
        "aim",
        "hope",
        "want",
        "seek",
        "expect",
        "propose",
        "consider",
        "threaten",
        "determined",
        "determine",
        "resolve",
        "resolved",
        "eager",
        "keen",
    }
)
# Others' expectation of an act ("are expected to sign", "is due to visit", "is set to meet"): the act lies in
# the future, but it is nobody's announced intent, so it keeps its own code
EXPECTATION_GOVERNORS = frozenset(
    {"expect", "due", "likely", "poised", "set", "schedule", "slate", "bind", "suppose"}
)
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
DENY_GOVERNORS = frozenset({"deny", "reject", "dismiss", "refute"})
ALLEGE_GOVERNORS = frozenset({"accuse", "allege", "claim", "charge", "blame"})
NEGATING_GOVERNORS = frozenset({"refuse", "fail", "decline", "cancel", "postpone", "avoid", "stop", "halt"})
MODAL_AUX = HYPOTHETICAL_AUX | FUTURE_AUX | frozenset({"must", "should"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Refusing or failing to cooperate is a rejection in CAMEO ("will not accept refugees" -> 12x).
REJECTION_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
# "X said Y must ..." is a demand on Y, coded by what is demanded.
DEMAND_OF_ROOT = {"03": "100", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}
SPEECH_VERBS = frozenset(
    {
        "say",
        "declare",
        "announce",
        "insist",
        "reiterate",
        "conclude",
        "state",
        "stress",
        "tell",
        "warn",
        "argue",
        "maintain",
        "assert",
        "write",
        "add",
        "emphasize",
        "emphasise",
        "demand",
        "urge",
        "believe",
        "think",
        "feel",
    }
)
OBLIGATION_AUX = frozenset({"must", "should"})
# Material actions done *in* a country are done to it when no other target is named ("lifted the curfew in
# Montenegro", "imposed martial law in Abidjan").
PLACE_AS_TARGET_ROOTS = frozenset({"07", "08", "11", "13", "15", "16", "17", "18", "19", "20"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
# Acts on a route between two states (blockades by protesters too) are acts on both: "blocked the bridge from
# France to Germany"
ROUTE_ROOTS = PLACE_AS_TARGET_ROOTS | {"14"}
# Yielding (curfews lifted, prisoners freed) and coercion (curfews imposed, arrests) that a state's own agents
# do at home: the place's country is the target even when it is the source's own.
DOMESTIC_CONTROL_ROOTS = frozenset({"08", "17"})
# Codes outside those roots that two parties do to each other: a truce, a ceasefire.
MUTUAL_CODES = frozenset({"0871", "087"})


@dataclass(slots=True)
class _Match:
    trigger: Token
    pattern: Pattern
    consumed: set[int]
    target_prep: Token | None


_DEMAND_PATTERN = Pattern(
    code="100",
    trigger="must",
    noun=False,
    required=(),
    target_preps=frozenset(),
    excluded=frozenset(),
    origin="coder rule",
    text="100 <speech verb> that <Y> must|should",
)


@dataclass(slots=True)
class CodedEvent:
    """An event before dates and places are added: the pipeline turns it into a model Event."""

    code: CameoCode
    source: Actor | None
    target: Actor | None
    paragraph: int
    sentence: Span
    trigger: Token
    pattern: Pattern
    modality: str
    negated: bool
    explanation: dict[str, object] = field(default_factory=dict)
    reported_by: CodedEvent | None = None  # the accusation that reports this alleged event


def frame_of(trigger: Token, depth: int = 4) -> list[Token]:
    """The trigger's own frame: tokens up to ``depth`` arcs down without entering another clause."""
    out: list[Token] = []
    frontier = [trigger]
    for _ in range(depth):
        nxt = []
        for token in frontier:
            for child in token.children:
                if child.dep_ not in FRAME_STOP:
                    out.append(child)
                    nxt.append(child)
        frontier = nxt
    return out


def _words(token: Token) -> set[str]:
    """What a pattern item can match on this token: lemma, word form, and lemma with its part of speech."""
    lemma = token.lemma_.lower()
    words = {lemma, token.lower_}
    if token.pos_ in {"NOUN", "PROPN"}:
        words.add(lemma + ":n")
    elif token.pos_ == "VERB":
        words.add(lemma + ":v")
    return words


# Particles and prepositions belong to their verb: as pattern items they match only the trigger's own children
# ("sit in" must not fire on "sat down for talks in Moscow").
FUNCTION_WORDS = frozenset(
    {
        "in",
        "on",
        "off",
        "out",
        "up",
        "down",
        "over",
        "back",
        "away",
        "with",
        "for",
        "to",
        "from",
        "into",
        "onto",
        "at",
        "by",
        "about",
        "against",
        "through",
        "around",
        "along",
        "across",
        "behind",
        "under",
        "upon",
        "aside",
        "apart",
        "forward",
        "ahead",
        "together",
    }
)


def _of_time(token: Token) -> bool:
    """Whether a preposition heads a time phrase ("on Sunday", "in March")."""
    if token.dep_ not in {"prep", "dative"}:
        return False
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in {"DATE", "TIME"}


# Verbs whose object does the act of their infinitive ("ordered troops to fire", "urged Israel to halt"); the
# verbs of a promise are not: "promised Kyiv to deliver jets" is the promiser's act.
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "swear", "threaten", "offer"})
# Governing verbs whose object does the act ("forced Iran to release"); "urged Ukraine to investigate" is only
# asked, and the act is not Ukraine's
ENTAILING_CONTROL = frozenset({"force", "compel", "help", "allow", "permit", "let", "enable", "order", "command"})
# Orders to one's own forces: the ordered act is the orderer's side's act, not a request to another actor
ORDER_VERBS = frozenset({"order", "command", "instruct", "direct"})
OWN_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF"})
# Sectors that fight (the police arrest and disperse: their storming of a building stays what it is)
FIGHTING_SECTORS = frozenset({"MIL", "SPY", "REB", "INS", "SEP", "UAF"})
# Violent protest codes whose wording ("stormed", "overran") also says what armed men do to a building
ARMED_STORMING_CODES = frozenset({"145"})
# Verbs whose intransitive subject is what undergoes the act, as a passive subject is ("the bomb exploded")
UNACCUSATIVE_VERBS = frozenset({"explode", "detonate", "blow"})


def _infinitive(clause: Token) -> bool:
    return clause.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _controller(verb: Token) -> Token | None:
    """Who does an infinitive governed by a verb with an object: "ordered its fighters | to stand down"."""
    if verb.dep_ != "xcomp" or not _infinitive(verb) or verb.head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _matching_frame(trigger: Token) -> list[Token]:
    """The frame a pattern's items are matched in: the trigger's own frame, plus the passive subject ("talks
    were held", "the ambassador was summoned"), which is the verb's object, plus the subject of an infinitive
    clause the parser hung on the verb ("allowed | inspectors to visit"), plus the forces ordered to do the
    act ("ordered its fighters to stand down")."""
    frame = frame_of(trigger)
    if trigger.pos_ != "VERB":
        return frame
    heads: list[Token] = []
    if any(c.dep_ == "auxpass" for c in trigger.children):
        heads += [c for c in trigger.children if c.dep_ == "nsubjpass"]
    heads += [
        s for clause in trigger.children if clause.dep_ == "ccomp" and _infinitive(clause)
        for s in clause.children if s.dep_ == "nsubj"
    ]
    if trigger.lemma_.lower() in UNACCUSATIVE_VERBS and not any(c.dep_ == "dobj" for c in trigger.children):
        heads += [c for c in trigger.children if c.dep_ == "nsubj"]  # "a car bomb exploded": what blew up
    controller = _controller(trigger)
    if controller is not None and trigger.head.lemma_.lower() in ORDER_VERBS:
        heads.append(controller)
    heads += _object_read_as_clause(trigger)
    heads += _vowed_clauses(trigger)
    antecedent = _relative_object(trigger)  # "the sanctions which Washington imposed": the object of "imposed"
    if antecedent is not None:
        heads.append(antecedent)
    seen = {t.i for t in frame}
    for head in heads:
        for token in (head, *frame_of(head, depth=3)):
            if token.i not in seen:
                seen.add(token.i)
                frame.append(token)
    return frame


OATH_VERBS = frozenset({"swear", "vow", "pledge", "promise"})


def _vowed_clauses(verb: Token) -> list[Token]:
    """The to-infinitive the parser hung as an adverbial clause under an oath ("have sworn | to fight until
    ..."): it is the vowed act, the oath's complement, as "vowed to fight" is."""
    if verb.lemma_.lower() not in OATH_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _infinitive(c)]


def _object_read_as_clause(verb: Token) -> list[Token]:
    """The object the parser split into a clause: "destroyed a Boko Haram camp" read as "a Boko Haram | camp"
    (subject and verb of a complement clause). An untensed head with no auxiliary or conjunction whose subject
    carries an article is no clause of its own: both halves are the verb's object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in {"NN", "NNS", "VB"} or clause.i < verb.i:
            continue
        if any(c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i == clause.i - 1), None)
        if subject is not None and subject.pos_ == "PROPN" and any(c.dep_ == "det" for c in subject.children):
            out += [clause, subject]
    return out


# Prepositions whose phrase, measured ("a decade after a war", "two years before the coup"), dates the act by
# another event: the other event's noun is no word of this act's pattern. Unmeasured ones are left alone: "after"
# and "following" also open what the act answers, where pattern words may sit
SETTING_TIME_PREPS = frozenset({"after", "before", "since", "following", "until"})
# Prepositions that place a noun ("cafes along the avenue"): a pattern word under them belongs to the noun's
# place, not to the act ("fill cafes along the avenue" fills no avenue)
# ("in" and "at" are left out: "an increase in tariffs", "anger at the move" name what the noun is about)
NOUN_PLACE_PREPS = frozenset({"near", "along", "outside", "inside", "across", "around", "throughout"})


def _in_setting_phrase(token: Token, trigger: Token) -> bool:
    """Whether a frame word sits in a phrase that dates the act by another event or places one of its nouns,
    rather than saying what the act is."""
    current = token
    while current.i != trigger.i and current.head.i != current.i:
        prep = current.head
        if current.dep_ == "pobj" and prep.dep_ == "prep":
            measured = any(c.dep_ == "npadvmod" for c in prep.children)
            if prep.lower_ in SETTING_TIME_PREPS and prep.head.i == trigger.i and measured:
                return True
            if prep.lower_ in NOUN_PLACE_PREPS and prep.head.i != trigger.i and prep.head.pos_ in {"NOUN", "PROPN"}:
                return True
        current = prep
    return False


def _match(trigger: Token, patterns: Sequence[Pattern]) -> _Match | None:
    # a preposition of time is never a pattern's preposition: "called Netanyahu on Sunday" is no "call on"
    whole_frame = [t for t in _matching_frame(trigger) if not _of_time(t)]
    # a guard still sees a setting phrase ("held prices until the last minute" holds nobody); items do not
    frame = [t for t in whole_frame if not _in_setting_phrase(t, trigger)]
    kinds = {"prt", "prep", "advmod", "dative", "agent"}
    children = [t for t in trigger.children if t.dep_ in kinds and not _of_time(t)]
    # "accepted the deal with Kosovo": the parser may hang a nominal event's partner on its light verb
    support = _support_verb(trigger) if trigger.pos_ in {"NOUN", "PROPN"} else None
    borrowed = [] if support is None else [
        c for c in support.children if c.dep_ in {"prep", "dative"} and c.i > trigger.i and not _of_time(c)
    ]
    best: _Match | None = None
    purpose_match: _Match | None = None
    # "called for Russia to withdraw": a clause's own "for" marks what the verb asks, so a guard word sees it
    guarded = whole_frame + [m for c in trigger.children if c.dep_ in {"advcl", "xcomp", "ccomp"}
                       for m in c.children if m.dep_ == "mark"] + _guard_only_words(trigger)
    # each token's words once, not once per pattern: a trigger lemma may have dozens of patterns to try
    purposes = _purpose_clauses(trigger)
    words = {t.i: _words(t) for t in (*guarded, *children, *purposes)}
    for pattern in patterns:
        if pattern.excluded and any(words[t.i] & pattern.excluded for t in guarded):
            continue
        consumed = _items_met(pattern, trigger, frame, children, words)
        prep = None
        if consumed is not None and pattern.target_preps:
            preps = [t for t in [*frame, *borrowed] if t.dep_ in {"prep", "agent", "dative"}]
            prep = next((t for t in preps if t.lower_ in pattern.target_preps), None)
        if consumed is None or (pattern.target_preps and prep is None):
            if "to" in pattern.target_preps and purpose_match is None:
                # "gathered in the square to demand ...": a "+to VERB" pattern may be met by the act's purpose
                # clause, its "to" and its verb together; the marker alone ("came to protest") is no "come to"
                # visit. It yields to any pattern met in the frame ("gathered outside the US embassy")
                consumed, prep = _met_by_purpose(pattern, trigger, frame, children, words, purposes)
                if consumed is not None:
                    purpose_match = _Match(trigger=trigger, pattern=pattern, consumed=consumed, target_prep=prep)
            continue
        if best is None or pattern.specificity > best.pattern.specificity:
            best = _Match(trigger=trigger, pattern=pattern, consumed=consumed, target_prep=prep)
    return best or purpose_match


def _items_met(
    pattern: Pattern, trigger: Token, frame: list[Token], children: list[Token], words: dict[int, set[str]]
) -> set[int] | None:
    """The tokens that meet a pattern's items, one each, or None when an item is not met."""
    consumed: set[int] = set()
    for alternatives in pattern.required:
        pool = children if alternatives <= FUNCTION_WORDS else frame
        hit = next(
            (t for t in pool if words[t.i] & alternatives and t.i not in consumed
             and (pool is children or not _inside_anothers_act(t, trigger))),
            None,
        )
        if hit is None:
            return None
        consumed.add(hit.i)
    return consumed


def _met_by_purpose(
    pattern: Pattern,
    trigger: Token,
    frame: list[Token],
    children: list[Token],
    words: dict[int, set[str]],
    purposes: list[Token],
) -> tuple[set[int] | None, Token | None]:
    """A "+to VERB" pattern met by a purpose clause: its items in the frame plus the clause's verb, which must
    be one of them, and the clause's "to" as the pattern's preposition (no target: its object is the purpose's
    business)."""
    if not _crowd_subject(trigger):
        return None, None  # "ministers gathered to condemn the coup": their condemnation is the act told
    for clause in purposes:
        if clause.lemma_.lower() in SELF_TOLD_PROTESTS:
            continue  # "gathered to protest the law": the protest verb codes itself, more specifically
        consumed = _items_met(pattern, trigger, [*frame, clause], children, words)
        marker = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if consumed is not None and clause.i in consumed and marker is not None:
            return consumed, marker
    return None, None


# Purpose verbs that are protests themselves: coded on their own, not as another verb's purpose
SELF_TOLD_PROTESTS = frozenset({"protest", "demonstrate", "rally", "march", "riot"})


def _crowd_subject(verb: Token) -> bool:
    """Whether a verb's subject is a crowd: people named by number or kind ("thousands of people", "opposition
    supporters") or a people ("Serbs", "Kenyans"); "ministers" or "the army" gathering are no crowd."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return _crowd(subject) or (subject.ent_type_ == "NORP" and subject.tag_ in {"NNPS", "NNS"})


# Nouns of a span of time a purpose clause may be misparsed under ("gathered for a third day | to demand ...")
SPAN_OF_TIME_NOUNS = frozenset({"day", "night", "week", "weekend", "month", "hour", "time", "year"})


def _purpose_clauses(trigger: Token) -> list[Token]:
    """The to-infinitives that tell what a verb's act is for ("gathered outside parliament to demand ..."):
    adverbial clauses after it, and a clause the parser hung on a span of time of the verb ("gathered for a
    fourth day to demand ...")."""
    if trigger.pos_ != "VERB":
        return []
    out = [c for c in trigger.children if c.dep_ == "advcl" and c.i > trigger.i and _infinitive(c)]
    spans = [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in SPAN_OF_TIME_NOUNS
    ]
    out += [c for span in spans for c in span.children if c.dep_ in {"relcl", "acl"} and _infinitive(c)]
    return out


_ASSEMBLY_PURPOSE_PATTERN = Pattern(
    code="141",
    trigger="<assembly verb>",
    noun=False,
    required=(),
    target_preps=frozenset(),
    excluded=frozenset(),
    origin="coder rule",
    text="141 <assembly verb> to demand|protest|denounce ...",
)
# Verbs of people coming together, which say nothing of dissent until their purpose does
ASSEMBLY_VERBS = frozenset({"gather", "assemble", "converge", "mass", "flock", "throng", "congregate", "turn"})
# Purposes that make an assembly a protest ("assembled in the square to demand ...", "turned out to denounce ...")
PROTEST_PURPOSE_VERBS = frozenset({"demand", "protest", "denounce", "condemn", "oppose", "press", "urge", "call"})


def _assembly_for_protest(token: Token) -> _Match | None:
    """A crowd's coming together told as a protest by its purpose clause ("thousands assembled outside the
    ministry to demand ...", "tens of thousands turned out to denounce the law"); "gathered to celebrate", "massed
    troops on the border" or "turned to the courts" are no protest."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ASSEMBLY_VERBS or any(c.dep_ == "dobj" for c in token.children):
        return None
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return None
    if not _crowd_subject(token):
        return None
    for clause in _purpose_clauses(token):
        if clause.lemma_.lower() in PROTEST_PURPOSE_VERBS - SELF_TOLD_PROTESTS:
            return _Match(trigger=token, pattern=_ASSEMBLY_PURPOSE_PATTERN, consumed={clause.i}, target_prep=None)
    return None


def _guard_only_words(trigger: Token) -> list[Token]:
    """Words a pattern's guard must see though no pattern item may use them: the object a verb shares with the
    next verb of its coordination ("killed and ate a rabbit"), and the noun a participle or a relative clause
    modifies ("a plea deal offered by prosecutors", "the call the White House released")."""
    if trigger.pos_ != "VERB":
        return []
    out = [obj for obj, label in _shared_arguments(trigger) if label.startswith("object")]
    if trigger.dep_ in {"acl", "relcl"} and trigger.head.pos_ in {"NOUN", "PROPN"}:
        noun = trigger.head
        out += [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return out


def _inside_anothers_act(word: Token, trigger: Token) -> bool:
    """Whether a pattern word belongs to an act a named owner does, down the trigger's frame: "voiced concern
    over | Pakistan's support", "welcomed | Iran's readiness to resume talks" are not India's support nor
    Germany's talks. An owned phrase on the trigger itself stays the trigger's ("accepted Russia's invitation",
    "agreed to Beijing's demands", "provided Vietnam's coast guard with a ship"), unless the word is in a clause
    of it (the readiness "to resume talks" is Iran's)."""
    current, through_clause = word, False
    for _ in range(6):
        if current.i == trigger.i or current.head.i == current.i:
            return False
        owned = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_) for c in current.children)
        on_trigger = current.head.i == trigger.i or (
            current.head.dep_ in {"prep", "agent", "dative"} and current.head.head.i == trigger.i
        )
        if owned and (not on_trigger or through_clause):
            return True
        through_clause = through_clause or current.dep_ in {"acl", "relcl", "xcomp", "ccomp", "advcl"}
        current = current.head
    return False


# Heads that name people by their work, when the knowledge tables give them no sector ("patrol agents")
AGENT_HEAD_NOUNS = frozenset(
    {"agent", "officer", "guard", "personnel", "unit", "squad", "crew", "leader", "organizer", "organiser", "member"}
)


HELD_PERSON_NOUNS = frozenset({"hostage", "captive"})
HOLDING_VERBS = frozenset({"take", "seize", "hold", "keep", "grab", "abduct", "kidnap", "capture"})


def _held_people(token: Token) -> bool:
    """Whether a noun of held people is the subject of a clause that does not hold them ("two hostages ... were
    freed", "the hostages returned home"): it names who, and the taking is no news of this sentence."""
    if token.lemma_.lower() not in HELD_PERSON_NOUNS or token.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
        return False
    return token.dep_ == "ROOT" or token.head.lemma_.lower() not in HOLDING_VERBS


def _describes_held_people(verb: Token) -> bool:
    """Whether a holding verb only describes held people whose release or fate the sentence tells: a passive
    participle or relative clause on a held-people noun that is itself no event ("hostages held by the rebels
    were freed")."""
    noun = verb.head
    return (
        verb.dep_ in {"acl", "relcl"}
        and verb.lemma_.lower() in HOLDING_VERBS
        and noun.lemma_.lower() in HELD_PERSON_NOUNS
        and _held_people(noun)
    )


def _modifier_of_agent(token: Token) -> bool:
    """Whether a noun only modifies, directly or through another modifier, a noun naming people by their work:
    "border patrol agents", "protest leaders" name who, not an event."""
    current = token
    for _ in range(3):
        if current.dep_ != "compound" or current.head.pos_ != "NOUN":
            return False
        current = current.head
        if current.lemma_.lower() in AGENT_HEAD_NOUNS:
            return True
    return False


def _is_trigger_candidate(token: Token, patterns: PatternSet) -> list[Pattern]:
    lemma = token.lemma_.lower()
    if token.tag_ == "VBG" and token.dep_ in {"acomp", "amod"}:
        return []  # "it's striking that", "threatening letters": an -ing word used as an adjective acts not
    if token.tag_ == "VBG" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "that" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children
    ):
        return []  # "It's striking that ...", parsed as a verb
    if token.pos_ == "VERB" and _describes_held_people(token):
        return []  # "two hostages who had been held by the rebels were freed": who they are, not the news
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        return patterns.for_trigger(lemma, False)
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ in {"compound", "amod"} and token.head.pos_ == "NOUN" and _agent_word(token.head):
            return []  # "riot police", "strike force": the noun names a kind of agent, not an event
        if _held_people(token):
            return []  # "two hostages ... were released": the people held, whose release is the news
        if _modifier_of_agent(token):
            return []  # "more border patrol agents": a kind of officer, no patrol
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in token.children):
            return []  # "Desert Shield, the allied operation against ...": a name described, no news of it
        return patterns.for_trigger(lemma, True)
    return []


# ------------------------------------------------------------------------------------------- actors of a phrase


def _np_tokens(root: Token) -> set[int]:
    """Token indices of the noun phrase under ``root``, without relative clauses and other attached clauses."""
    keep: set[int] = set()
    stack = [root]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        stack.extend(c for c in token.children if c.dep_ not in NP_STOP)
    return keep


def _whose_asides(root: Token) -> set[int]:
    """Tokens of a "whose" phrase the parser hung on a noun phrase as an apposition ("the candidate, Andy
    Beshear — whose father ... implemented the act — promised"): it is a relative clause about the antecedent
    (its verb read as the sentence's), not a second party of the phrase."""
    out: set[int] = set()
    for appos in (c for c in root.subtree if c.dep_ == "appos" and c.head.i != c.i):
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in appos.children):
            out |= {t.i for t in appos.subtree}
    return out


DASHES = frozenset({"—", "–", "--", "-"})


def _kin_aside_act(trigger: Token) -> bool:
    """Whether the act sits inside a dashed "whose" aside about a relative ("Okoth — whose father, as president,
    signed the constitution — promised ..."), which the parser may read as the sentence's own clause: it is the
    relative's past, background to the sentence, and not the antecedent's act."""
    sent = trigger.sent
    for token in reversed(sent[: trigger.i - sent.start]):
        if token.text in DASHES:
            return False
        if token.lower_ == "whose" and token.head.dep_ == "appos" and token.head.lemma_.lower() in KIN_NOUNS:
            return token.i > sent.start and token.doc[token.i - 1].text in DASHES
    return False


def _coordination_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _depths(root: Token, allowed: set[int]) -> dict[int, int]:
    depth = {root.i: 0}
    stack = [root]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.i in allowed and child.i not in depth:
                # coordination and apposition name the same level of the phrase ("X and his counterpart Y")
                same_level = child.dep_ in {"conj", "cc", "appos"} or _hyphen_pair(child, token)
                depth[child.i] = depth[token.i] + (0 if same_level else 1)
                stack.append(child)
    return depth


def _hyphen_pair(first: Token, second: Token) -> bool:
    """Two names joined by a hyphen as one modifier ("US-China trade talks", "the Iran-Iraq war"): the parser
    hangs the first on the second, but both name a side of what the phrase is about."""
    return (
        first.dep_ == "compound"
        and first.pos_ == "PROPN"
        and second.pos_ == "PROPN"
        and first.i + 2 == second.i
        and first.doc[first.i + 1].tag_ == "HYPH"
    )


@dataclass(slots=True)
class _Resolver:
    """Finds the actors a noun phrase refers to, with pronoun and 'the two sides' resolution."""

    actors: ArticleActors
    para: ParsedParagraph
    last_person: Actor | None = None
    last_subject_person: Actor | None = None  # the subject person of the sentence just coded, for the next "he"
    last_collective: Actor | None = None
    dateline: Place | None = None  # where the article was filed: the last resort for where violence happened
    last_force: tuple[Actor, ...] = ()  # who did the last act of force the story coded: "the strikes" are theirs
    # how often the story has coded each pair of parties acting on each other: "both sides" are its main pair
    pair_counts: dict[frozenset[str], int] = field(default_factory=dict)
    story_sides: tuple[Actor, ...] = ()

    def mentions_in(self, indices: set[int]) -> list[Mention]:
        """Actor mentions in these tokens; country adjectives only when no actor is named there."""
        inside = [m for m in self.actors.in_paragraph(self.para.index) if any(m.start <= i < m.end for i in indices)]
        named = [m for m in inside if m.role in {"actor", "pair"}]
        return named or [m for m in inside if m.role == "modifier"]

    def phrase_actors(
        self, root: Token, modifiers: bool = True, skip: frozenset[int] = frozenset(), max_depth: int = 99
    ) -> list[Actor]:
        """The actors a noun phrase stands for: the shallowest mentions, with their conjuncts.

        With ``modifiers`` false a bare country adjective does not count ("the dollar was supported by U.S.
        data" has no U.S. actor); it does for targets and nominal events ("Ukrainian villages", "Russian strikes").
        Tokens in ``skip`` name no actor of the phrase, nor do mentions more than ``max_depth`` arcs down.
        """
        if root.lower_ in {"he", "she", "him", "her", "his"}:
            person = self._pronoun(root)
            return [person] if person else []
        if root.lower_ in {"it", "its", "they", "them", "their"}:
            return self._collective_pronoun(root)
        root = _coordination_root(root)
        sides = self._sides_of_conflict(root) or self._two_sides(root)
        if sides:
            return sides
        owners = self._relative_owner(root)
        if owners:
            return owners
        indices = _np_tokens(root) - skip - _whose_asides(root)
        mentions = [m for m in self.mentions_in(indices) if modifiers or m.role != "modifier"]
        if modifiers:
            mentions = self._owner_before_place(root, indices) or mentions
        if all(not (m.actor.country or m.actor.org) for m in mentions):
            owned = self._accusers_own(root)  # "accused Moscow of killing its soldiers": the accuser's soldiers
            owned = owned or self._pronoun_owners(root)  # "Maduro said his government would ...": Venezuela's
            if owned or not mentions:
                return owned
        depth = _depths(root, indices)
        scored = []
        for mention in mentions:
            if mention.head in depth:
                scored.append((depth[mention.head], mention))
            else:
                tokens = [i for i in range(mention.start, mention.end) if i in depth]
                if tokens:
                    scored.append((min(depth[i] for i in tokens), mention))
        if not scored:
            return []
        best = min(d for d, _ in scored)
        if best > max_depth:
            return []
        out: list[Actor] = []
        for d, mention in scored:
            if d != best:
                continue
            members = mention.members if mention.role == "pair" else (mention.actor,)
            for actor in members:
                if all(actor.entity_id != a.entity_id or actor.code != a.code for a in out):
                    out.append(actor)
        # a possessive pronoun as the phrase's owner ("his talks") only when nothing else names an actor
        return out

    def _two_sides(self, root: Token) -> list[Actor]:
        """"Both sides", "the two sides", "the two parties", "all parties": the parties the story has set up
        (the pair it has most often coded acting on each other), not whichever two actors stand nearby."""
        if root.lemma_.lower() not in SIDE_WORDS or len(self.story_sides) != 2:
            return []
        counted = any(c.lower_ in {"both", "two", "all"} and c.dep_ in {"det", "predet", "nummod", "amod", "preconj"}
                      for c in root.children)
        return list(self.story_sides) if counted else []

    def note_pairs(self, coded: list[CodedEvent]) -> None:
        """Count the pairs of parties a sentence's events set against or with each other; the most often
        coded pair (the first to lead on a tie) is the story's "both sides"."""
        for event in coded:
            source, target = event.source, event.target
            if source is None or target is None or _same(source, target) or event.code.root in {"01", "02"}:
                continue  # a statement or an appeal ("urged both sides") sets up no side
            if source.sector == "UAF" or target.sector == "UAF" or source.code == target.code:
                continue
            if source.kind == "place" or target.kind == "place":
                continue
            key = frozenset({source.code, target.code})
            leading = max(self.pair_counts.values(), default=0)
            self.pair_counts[key] = self.pair_counts.get(key, 0) + 1
            if self.pair_counts[key] > leading:
                self.story_sides = (source, target)

    def _accusers_own(self, root: Token) -> list[Actor]:
        """The accuser a sovereign thing with "its"/"their" belongs to in an accusation's alleged act: "Congo
        accused Rwanda of invading its territory", "Tehran accuses Washington of meddling in its affairs" (the
        accused does not invade or meddle in its own)."""
        owner = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is None or root.lemma_.lower() not in SOVEREIGN_NOUNS:
            return []
        if any(c.lower_ == "own" for c in root.children):
            return []  # "accused Russia of shelling its own towns": the accused's
        step = root
        for _ in range(6):
            if step.head.i == step.i:
                return []
            step = step.head
            if step.pos_ == "VERB" and step.lemma_.lower() in ACCUSING_VERBS:
                break
        else:
            return []
        accuser = _subject_of(step)[0]
        if accuser is None or accuser.i > root.i:
            return []
        return [a for a in self.phrase_actors(accuser) if a.country or a.org]

    def _pronoun_owners(self, root: Token) -> list[Actor]:
        """The state body a possessive pronoun gives its owner's country ("Maduro said his government would
        expel the envoy": Venezuela's government; "Khan said his party would appeal": his party), when the
        subject phrase names no actor of its own. Only bodies a state or a politician has (OWNED_BODY_NOUNS)."""
        owner = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "its"}), None)
        if owner is None or root.lemma_.lower() not in OWNED_BODY_NOUNS:
            return []
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            return []  # "Syria offered its troops to Lebanon": an object is what is offered, not a party
        sector = load_knowledge().sector_of(root.lemma_.lower(), head_fallback=False)
        out = []
        for actor in self.phrase_actors(owner):
            if not actor.country or actor.org:
                continue
            if sector == "PTY" and actor.kind == "person" and actor.sector in {"OPP", "PTY"}:
                own = actor.sector  # an opposition leader's party is the opposition
            else:
                own = sector
            out.append(replace(actor, text=root.text, sector=own, code=f"{actor.country}{own or ''}", kind="state",
                               title=None, entity_id=None, via="owner of a possessive pronoun"))
        return out

    def _relative_owner(self, root: Token) -> list[Actor]:
        """The state of the antecedent a "whose" phrase belongs to, when the phrase names no actor itself:
        "Macron, whose government imposed sanctions" is France acting; "whose father" stays a private person."""
        whose = next((c for c in root.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is None or root.lemma_.lower() in KIN_NOUNS:
            return []
        clause = root.head
        if root.dep_ not in {"nsubj", "nsubjpass", "dobj"} or clause.dep_ != "relcl":
            return []
        own = [m for m in self.mentions_in(_np_tokens(root) - {whose.i}) if m.actor.country or m.actor.org]
        if own:
            return []
        # "Belarus, whose troops fired on ...": the state's armed forces or police act, not the state at large
        sector = load_knowledge().sector_of(root.lemma_.lower(), head_fallback=False)
        force = sector if sector in REPRESSING_SECTORS else None
        return [
            replace(
                a,
                sector=force,
                org=None,
                code=f"{a.country}{force or ''}",
                kind="state" if force is None else a.kind,
                via="owner of a whose-phrase",
            )
            for a in self.phrase_actors(clause.head, max_depth=1)
            if a.country and not a.org
        ]

    def _owner_before_place(self, root: Token, indices: set[int]) -> list[Mention]:
        """The country adjective on a thing whose phrase names only where it is ("US bases in Syria and Iraq",
        "Turkish posts near Idlib"): the owner is who the thing stands for, the place only locates it."""
        inside = [m for m in self.actors.in_paragraph(self.para.index) if any(m.start <= i < m.end for i in indices)]
        owners = [m for m in inside if m.role == "modifier" and self.para.doc[m.head].head.i == root.i
                  and self.para.doc[m.head].dep_ in {"compound", "amod", "nmod"}]
        named = [m for m in inside if m.role in {"actor", "pair"}]
        if not owners or not named or root.pos_ != "NOUN" or _agent_word(root):
            return []
        located = {
            t.i for prep in root.children if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS for t in prep.subtree
        }
        return owners if all(m.head in located for m in named) else []

    def _sides_of_conflict(self, root: Token) -> list[Actor]:
        """The warring sides a phrase names ("the parties to the conflict in Yemen", "all sides in the Syrian
        war"), not political parties: coded as the state, as CAMEO codes an unnamed side."""
        if root.lemma_.lower() not in SIDE_WORDS:
            return []
        # the parser often hangs "to the conflict" on the verb: the preposition right after the phrase counts
        after = root.right_edge.i + 1
        nearby = [*root.children, *([root.doc[after]] if after < len(root.doc) else [])]
        preps = [c for c in nearby if c.dep_ == "prep" and c.lower_ in {"to", "in", "of"}]
        conflict = next((o for o in map(_pobj, preps) if o is not None and o.lemma_.lower() in CONFLICT_NOUNS), None)
        if conflict is None:
            return []
        indices = _np_tokens(conflict)
        states: list[Actor] = []
        for mention in self.actors.in_paragraph(self.para.index):
            if mention.head not in indices or not mention.actor.country:
                continue
            if all(mention.actor.country != s.country for s in states):
                states.append(_state_of_place(mention, "the sides of the conflict"))
        return states

    def _collective_pronoun(self, token: Token) -> list[Actor]:
        """'it' / 'they' for a state, organisation or group: the nearest one named before it in the sentence,
        else the last one of the paragraph ("Iraq said it would allow ..."); 'they' for "Iran and Russia" is
        both."""
        if token.dep_ == "expl":
            return []  # "there is", "it seems that": no referent
        plural = token.lower_ in {"they", "them", "their"}
        antecedent = _governing_subject(token) if plural else _speaker_of_own_clause(token)
        if antecedent is not None:
            # "peacekeepers were injured when protesters attacked them", "the villagers said troops beat them":
            # the object of a subordinate or reported clause is the plural subject of the clause governing it
            found = [a for a in self.phrase_actors(antecedent) if a.country or a.org]
            if not plural:
                found = [a for a in found if a.kind != "person"]  # "Ruto said it ...": "it" is not Ruto
            if found:
                return found
        sent = token.sent
        previous_start = sent[0].nbor(-1).sent.start if sent.start > 0 else sent.start
        before = [
            m
            for m in self.actors.in_paragraph(self.para.index)
            if m.role in {"actor", "pair"} and m.actor.kind in {"state", "igo", "group"} and m.end <= token.i
        ]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "relcl":
            # "expelled the UN envoy, whom it accused of bias": the pronoun in a relative clause is not the
            # phrase the clause describes (that is its object), so "it" is Sudan, not the UN
            clause = token.head
            described = {t.i for t in clause.head.subtree} - {t.i for t in clause.subtree}
            before = [m for m in before if m.head not in described]
        if not plural:
            # "it" is one: not "the Russians" nor "Iranians" of the sentence before ("Russians" is a people)
            before = [m for m in before if m.role != "pair" and not self._people(m)]
        if plural:
            # news calls a state "it": "they" is people ("the rebels", "officials", "Iran and Russia"), and a
            # state named alone before it is most often not what "they" means ("tariffs ... they help")
            before = [m for m in before if m.role == "pair" or self._plural(m)]
        # only this sentence or the one before: "it" further away is as likely a thing as a state
        same_sentence = [m for m in before if m.start >= sent.start]
        previous = [m for m in before if previous_start <= m.start < sent.start]
        if plural and not same_sentence and len({self._group_of(m) for m in previous}) > 1:
            return []  # "Iran and Russia met, and Syria and Turkey met. They said ...": which pair is unknown
        if same_sentence or previous:
            pool = same_sentence or previous
            chosen = pool[-1]
            if chosen.role == "pair":
                return list(chosen.members)
            head = self.para.doc[chosen.head]
            if plural and (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)):
                return self.phrase_actors(_coordination_root(head))
            together = [m.actor for m in pool if plural and self._group_of(m) == self._group_of(chosen)]
            if len(together) > 1:  # "Chinese and Russian envoys met ... Their charges": both states
                return [a for i, a in enumerate(together) if all(not _same(a, b) for b in together[:i])]
            return [chosen.actor]
        if sent.start == 0 and self.last_collective is not None and token.dep_ in {"nsubj", "nsubjpass"}:
            if not plural:
                return [self.last_collective]  # a paragraph opening with "It said ..." after one about a state
        return []

    def _group_of(self, mention: Mention) -> int:
        """One key for the mentions a plural pronoun could take together: the head of their coordination."""
        if mention.role == "pair":
            return mention.head
        return _coordination_root(self.para.doc[mention.head]).i

    def _people(self, mention: Mention) -> bool:
        """A plural people word ("Russians", "Afghans"): many persons, never the "it" of a later clause."""
        head = self.para.doc[mention.head]
        plural = head.tag_ in {"NNS", "NNPS"} or (head.pos_ in {"NOUN", "PROPN"} and head.lower_.endswith("s"))
        return plural and mention.actor.via == "demonym"

    def _plural(self, mention: Mention) -> bool:
        """Whether a mention names several: a plural head ("the rebels") or coordinated names."""
        doc = self.para.doc
        head = doc[mention.head]
        return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)

    def _pronoun(self, token: Token) -> Actor | None:
        """The person "he"/"him"/"his" stands for: a subject "he" continues a subject, an object "him" is the
        last person named who is not its own clause's subject."""
        before = [
            m
            for m in self.actors.in_paragraph(self.para.index)
            if m.role == "actor" and m.actor.kind == "person" and m.end <= token.i
        ]
        sent_start = token.sent.start
        if token.dep_ in OBJECT_PRONOUN_DEPS and token.lower_ in {"him", "her"}:
            return self._object_pronoun(token, before)
        same_sentence = [m for m in before if m.start >= sent_start]
        if not same_sentence and token.dep_ in {"nsubj", "nsubjpass"}:
            # "Lavrov met Blinken in Geneva. He said ...": the subject "he" of a new sentence is the subject of
            # the sentence before, not the last person named (further back, the last person named is likelier)
            previous_start = token.sent[0].nbor(-1).sent.start if sent_start > 0 else sent_start
            subjects = [m for m in before if m.start >= previous_start and self._subject_mention(m)]
            if subjects:
                return subjects[-1].actor
            if sent_start == 0 and self.last_subject_person is not None:
                return self.last_subject_person
        if same_sentence and token.dep_ in {"nsubj", "nsubjpass"}:
            # a subject "he" continues the subject of the clause its own is joined to: "Lavrov said the talks
            # with Blinken were useful, and he met him" is Lavrov meeting Blinken
            verb = token.head
            for _ in range(4):
                if verb.dep_ not in {"conj", "advcl", "ccomp", "xcomp"} or verb.head.i == verb.i:
                    break
                verb = verb.head
                subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                mention = next((m for m in same_sentence if subject is not None and m.covers(subject.i)), None)
                if mention is not None:
                    return mention.actor
        if same_sentence:
            return same_sentence[-1].actor
        if before:
            return before[-1].actor
        return self.last_person

    def _subject_mention(self, mention: Mention) -> bool:
        """Whether a person mention is the subject of its clause ("President Ruto said": Ruto)."""
        head = self.para.doc[mention.head]
        return head.dep_ in {"nsubj", "nsubjpass"} or (head.dep_ == "conj" and head.head.dep_ == "nsubj")

    def _object_pronoun(self, token: Token, before: list[Mention]) -> Actor | None:
        """'him'/'her' as an object: the last person named who is not the subject of its own clause ("Macron
        called Scholz and thanked him": Scholz; "Ruto said Biden had invited him": Ruto)."""
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subject = _subject_of(verb)[0] if verb.pos_ in {"VERB", "AUX"} else None
        own: set[int] = set()
        if subject is not None:
            own = {t.i for t in subject.subtree}
            if subject.lower_ in {"he", "she"}:
                doer = self._pronoun(subject)
                before = [m for m in before if doer is None or m.actor.entity_id != doer.entity_id
                          or m.actor.name != doer.name]
        others = [m for m in before if m.head not in own]
        if others:
            return others[-1].actor
        if subject is None and self.last_person is not None:
            return self.last_person
        return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Bodies a state or a politician has, named by a possessive pronoun: "his government", "its forces"
OWNED_BODY_NOUNS = frozenset(
    {"government", "administration", "cabinet", "party", "force", "troop", "army", "military", "navy", "ministry",
     "police", "regime", "delegation"}
)  # fmt: skip
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
# what a state owns as a state: "invading its territory" in an accusation is the accuser's
SOVEREIGN_NOUNS = frozenset(
    {"territory", "airspace", "waters", "soil", "border", "frontier", "affair", "election", "sovereignty",
     "land", "coast", "sea", "island", "district", "region", "province", "village", "town", "city", "embassy",
     "citizen", "national", "soldier", "troop", "force", "position", "base", "diplomat"}
)  # fmt: skip
ACCUSING_VERBS = ALLEGE_GOVERNORS - {"claim"}  # not "claim": one also claims one's own deeds
# clauses whose object pronoun may stand for the subject of the clause they hang on
GOVERNED_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})


def _governing_subject(pronoun: Token) -> Token | None:
    """The plural subject a clause's object "them" refers back to: the pronoun's clause has a subject of its own
    and hangs as an adverbial or reported clause on a clause whose subject names several ("Dozens of
    peacekeepers were injured when protesters attacked them"). An object of the same clause ("the police
    detained the men and beat them") is left to the nearest-mention reading."""
    if pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if own is None or own.pos_ == "PRON" or verb.dep_ not in GOVERNED_CLAUSE_DEPS:
        return None
    governing = verb.head
    subject = next((c for c in governing.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return None
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural else None
def _speaker_of_own_clause(pronoun: Token) -> Token | None:
    """The body that "it" reports about itself: "The government said it would challenge the ruling" is the
    government, not the court of the sentence before; "Spain told Morocco that it would suspend licences" is Spain,
    and "Chile summoned the envoy and said it would ask Lima" is Chile (the subject a joined verb shares). The
    subject of the speech verb whose reported clause "it" is the subject of; a plural noun is no "it", nor is a
    person's name ("Ruto said it would take time" is something else)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    if _told_what_it_must_do(clause):
        return None  # "Spain told Morocco it must act": the one told
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    joined = speech
    for _ in range(2):  # "summoned the envoy and said it would": the subject of the first verb
        if subject is not None or joined.dep_ != "conj" or joined.head.pos_ not in {"VERB", "AUX"}:
            break
        joined = joined.head
        subject = next((c for c in joined.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.tag_ in {"NNS", "NNPS"}:
        return None
    if subject.i > pronoun.i or any(c.dep_ == "conj" for c in subject.children):
        return None
    if subject.ent_type_ == "PERSON" or (
        subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.ent_type_ not in BODY_ENTITY_TYPES
    ):
        return None  # "Ramaphosa said it would take time": a person's "it" is something else
    return subject


# Entity types of a named subject that can be the "it" of its own reported clause: a state, place or body
BODY_ENTITY_TYPES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _told_what_it_must_do(clause: Token) -> bool:
    """Whether a reported clause tells its addressee what to do ("told Morocco it must act", "warned Kyiv it
    should withdraw"): there "it" is the one addressed, not the speaker."""
    addressed = any(c.dep_ in {"dobj", "dative", "iobj"} for c in clause.head.children)
    obliged = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX | {"had", "has", "have"} for c in clause.children)
    return addressed and obliged


# Relatives: "whose father" is a private person, never the antecedent's state
KIN_NOUNS = frozenset(
    {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "family", "child", "parent",
     "relative", "cousin", "uncle", "aunt", "grandfather", "grandmother", "nephew", "niece", "widow"}
)  # fmt: skip


# "the parties to the conflict", "both sides in the war": the warring sides, named by where the conflict is
SIDE_WORDS = frozenset({"party", "side"})
CONFLICT_NOUNS = frozenset(
    {"conflict", "war", "fighting", "dispute", "crisis", "hostility", "violence", "talks", "negotiation", "ceasefire",
     "truce", "agreement", "accord"}
)  # fmt: skip


def _will_owner(verb: Token) -> Token | None:
    """The possessor of a noun of will whose to-infinitive this verb is ("Moscow's will to agree", "Iran's
    readiness to resume talks"): the one disposed to act."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or verb.dep_ not in {"xcomp", "acl", "advcl"}:
        return None
    noun = verb.doc[to.i - 1]
    if noun.lemma_.lower() not in WILL_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _subject_of(token: Token, passive_participles: bool = True) -> tuple[Token | None, bool, str]:
    """The subject phrase root for a predicate, climbing through xcomp/conj/relative clauses. With
    ``passive_participles`` false a participle on a noun has that noun as its doer ("troops deployed in ...").

    Returns (subject root, whether the clause is passive, the path taken for --explain).
    """
    path = []
    current = token
    owner = _will_owner(token)
    if owner is not None:  # "doubted Moscow's will to agree": Moscow would agree, whatever the parse hangs it on
        return owner, False, f"possessor of {owner.head.text}"
    if passive_participles and _passive_without_subject(token):
        # "after being deported by the US", "fishermen arrested by Indian police", "as shown by": whoever the
        # tree climbs to is the one acted on; only the "by" phrase names the doer
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        return (_pobj(agent) if agent is not None else None), True, f"{token.text}-passive participle"
    if _headline_passive(token) is not None:  # "Activists threatened with arrest by police": only "by" names the doer
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        return (_pobj(agent) if agent is not None else None), True, f"{token.text}-passive without auxiliary"
    if token.tag_ == "VBG" and token.dep_ == "pobj" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        # "an injunction against crop burning": a gerund used as a noun has no subject up the tree
        return None, False, "gerund as noun"
    for _ in range(6):
        subj = next((c for c in current.children if c.dep_ in {"nsubj", "csubj"}), None)
        passive = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                path.append("relcl->antecedent")
                return current.head, False, " ".join(path)
            path.append(f"{current.text}-nsubj")
            return subj, False, " ".join(path)
        climbed_active = current.i != token.i and not any(c.dep_ == "auxpass" for c in token.children)
        if passive is not None and climbed_active and token.dep_ in {"xcomp", "conj"}:
            # "jets were scrambled to intercept", "the minister was indicted and will resign": the passive
            # subject is who does the dependent action
            path.append(f"{current.text}-nsubjpass (shared subject)")
            return passive, False, " ".join(path)
        if passive is not None:
            agent = next((c for c in current.children if c.dep_ == "agent"), None)
            path.append(f"{current.text}-passive")
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                return pobj, True, " ".join(path)
            fighter = _fight_partner(current)
            if fighter is not None:  # "soldiers were killed in a clash with Chinese troops"
                path.append(f"partner in the {fighter.head.head.text}")
                return fighter, True, " ".join(path)
            return None, True, " ".join(path)
        if current.dep_ == "relcl":
            path.append("relcl->antecedent")
            return current.head, False, " ".join(path)
        if current.dep_ == "conj" and current.head.pos_ == "NOUN":
            misread = _clause_read_as_noun_phrase(current.head)
            if misread is not None:  # "Myanmar's military seized power and detained ...": the parse made one NP
                path.append(f"{misread.text} (subject of a verb read as a modifier)")
                return misread, False, " ".join(path)
        if current.dep_ in {"xcomp", "conj", "acomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "oprd"}:
            path.append(f"{current.text}^{current.dep_}")
            if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                named = _described_by_aside(current)
                if named is not None:
                    # "Japan, the region's largest economy, called on ...": the parse hangs the sentence's verb
                    # on an aside about its subject; the subject is what the aside describes
                    path.append(f"{named.text} (described by the aside)")
                    return named, False, " ".join(path)
                return current.head, False, " ".join(path)
            asked = _asked_party(current) if current.dep_ == "xcomp" else None
            if asked is not None:  # "called on allies to send air defences": the allies would send them
                path.append(f"asked of {asked.text}")
                return asked, False, " ".join(path)
            current = current.head
            continue
        break
    return None, False, " ".join(path)




def _clause_read_as_noun_phrase(noun: Token) -> Token | None:
    """The subject of a clause the parser read as one noun phrase: in "the country's army seized power and
    detained the president" it makes "power" the root, "seized" a modifier of it and "army" another. The words
    before the past-tense verb are the subject of both verbs: their possessor, whose force it is ("the country's"),
    else the word just before the verb."""
    if noun.dep_ != "ROOT":
        return None
    verb = next((c for c in noun.lefts if c.dep_ == "amod" and c.tag_ == "VBD" and c.i == noun.i - 1), None)
    if verb is None:
        return None
    before = [c for c in noun.lefts if c.i == verb.i - 1 and c.dep_ in {"amod", "compound", "nmod"}]
    if not before or before[0].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return owner if owner is not None else before[0]


def _asked_party(clause: Token) -> Token | None:
    """Who is asked to do an asking verb's to-clause act: its object, or the object of its "on"/"to"."""
    verb = clause.head
    if verb.lemma_.lower() not in ASKING_VERBS or not _infinitive(clause):
        return None
    direct = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if direct is not None:
        return direct
    for particle in (c for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "to"}):
        found = next((c for c in particle.children if c.dep_ == "pobj"), None)
        if found is not None and found.i < clause.i:
            return found
    return None


def _act_told_by_means(verb: Token, matches: dict[int, _Match]) -> bool:
    """Whether a verb of reacting with no object of its own tells its act in a "by" phrase the sentence codes:
    "Ankara retaliated by expelling the Dutch ambassador", "Moscow hit back by expelling 20 diplomats",
    "Maduro responded by breaking relations" (but "was hit by a missile" names a doer, not a means)."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "auxpass", "agent"} for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            means = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
            if any(m.i in matches for m in means):
                return True
    return False


# subordinators of a clause that tells how a harm came about ("were injured when protesters attacked them")
DOER_CLAUSE_MARKS = frozenset({"when", "as", "after"})


# The fights a harm told in the passive happened in ("were killed in a clash with Chinese troops", "wounded in
# an attack by militants", "died in fighting with the army"): who fought the harmed is who harmed them
FIGHT_NOUNS = frozenset(
    {"clash", "attack", "ambush", "fighting", "battle", "raid", "skirmish", "firefight", "assault", "gunfight",
     "shootout", "confrontation", "exchange", "offensive", "strike", "airstrike", "shelling", "bombing"}
)


def _fight_partner(verb: Token) -> Token | None:
    """The other side of the fight a passive harm happened in: "in a clash with X", "in an attack by X"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}):
        fight = _pobj(prep)
        if fight is None or fight.lemma_.lower() not in FIGHT_NOUNS:
            continue
        for partner in (c for c in fight.children if c.dep_ == "prep" and c.lower_ in {"with", "by"}):
            found = _pobj(partner)
            if found is not None and found.pos_ in {"NOUN", "PROPN"}:
                return found
    return None


def _doer_clause(verb: Token) -> Token | None:
    """The adverbial clause that names who did a harm told in the passive with no "by" phrase: "Dozens of
    peacekeepers were injured when Serb protesters attacked them" (the attack is the act, the injuries its
    result). Its verb, when it has a subject of its own that is no thing ("when the roof collapsed")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or clause.pos_ != "VERB":
            continue
        if not any(c.dep_ in {"advmod", "mark"} and c.lower_ in DOER_CLAUSE_MARKS for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not _natural_cause(subject):
            if subject.pos_ == "PROPN" or _agent_word(subject):
                return clause
    return None


def _stray_agent(verb: Token, consumed: set[int]) -> Token | None:
    """The doer of a passive whose "by" phrase the parser hung on the verb's prepositional object when that
    object is the pattern's own word: "was hit with fresh sanctions | by the United States" is hit by the
    United States (the sanctions are its act)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"):
        obj = _pobj(prep)
        if obj is None or obj.i not in consumed:
            continue
        by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        doer = _pobj(by) if by is not None else None
        if doer is not None:
            return doer
    return None


# Verbs whose object is threatened or charged "with" something: without an object of their own, the subject
# is the one acted on ("Journalists threatened with arrest as ...", "Opposition leader charged with treason")
WITH_PATIENT_VERBS = frozenset({"threaten", "charge", "slap", "hit", "pelt", "indict", "sentence"})


def _headline_passive(token: Token) -> Token | None:
    """The subject of a passive written without its auxiliary, headline style ("Journalists threatened with
    sedition arrests"): a with-verb with a subject and a "with" phrase but no object and no auxiliary."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in WITH_PATIENT_VERBS or token.tag_ not in {"VBD", "VBN"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"} for c in token.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head  # "Opposition leader charged with treason": the parser's root noun is the subject
    return next((c for c in token.children if c.dep_ == "nsubj"), None)


# Roots whose verbs, written as a headline without auxiliary ("Activists detained in Minsk", "US helicopter shot
# down over Iraq"), are said of the one they are done to
HEADLINE_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def _headline_of_force(token: Token) -> Token | None:
    """The one acted on in a headline passive of force: a participle on the noun the parser made the root
    ("Journalist arrested in Moscow"), or a past-tense root verb with a subject and no object, auxiliary or
    complement in a line that does not end as a sentence does ("US helicopter shot down over Iraq")."""
    if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "nsubjpass"} for c in token.children):
        return None
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    if not _quoted_headline(token) and (
        token.dep_ != "ROOT" or token.sent.text.rstrip(" \"'\u201d\u2019)").endswith((".", "!", ";", ":"))
    ):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.lower_ in OWN_DOER_PRONOUNS | {"i", "you", "we"} else subject


# Verbs of force that need an object when active: written with a subject and none, they are a passive
TRANSITIVE_FORCE_LEMMAS = frozenset(
    {"shoot", "destroy", "arrest", "detain", "capture", "injure", "wound", "abduct", "kidnap", "execute", "behead"}
)


def _quoted_headline(token: Token) -> bool:
    """Whether a quoted claim is written headline style, without its auxiliary ('"US helicopter shot down and
    destroyed," a Taliban spokesman said'): a verb that needs an object, with none, opening a quotation that a
    verb of saying reports. The subject is what was hit, not who hit it."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    if token.lemma_.lower() not in TRANSITIVE_FORCE_LEMMAS:
        return False
    first = token.left_edge
    return first.is_quote or (first.i > 0 and token.doc[first.i - 1].is_quote)


def _passive_without_subject(token: Token) -> bool:
    """A passive verb with no subject of its own: "being deported" (an auxiliary), "fishermen arrested by
    police" (a participle on the noun acted on), "as demonstrated by" (a participle with its doer). Not a
    coordinated participle ("was arrested and charged"), which shares its clause's subject."""
    if token.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in token.children):
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    # a finite form on a noun is a mistagged participle ("servicemen held there", tagged VBD)
    participle = token.tag_ == "VBN" or (token.tag_ == "VBD" and token.dep_ == "acl")
    if not participle or any(c.dep_ == "aux" for c in token.children):
        return False
    # a participle with a direct object, its own or its conjunct's, is a misread active verb ("charities
    # donated and delivered medicine"), as is one on a noun the parser left as the sentence's root
    if any(c.dep_ == "dobj" for v in (token, *token.conjuncts) for c in v.children) or token.head.dep_ == "ROOT":
        return False
    if _verb_read_as_apposition_modifier(token):
        return False
    return token.dep_ == "acl" or any(c.dep_ == "agent" for c in token.children)


def _verb_read_as_apposition_modifier(verb: Token) -> bool:
    """Whether the parse hung a sentence's own verb on an aside about its subject ("Japan, the region's
    largest economy, called on ...": "called" made a modifier of "economy", and "Japan" the root; "the Red
    Cross, which has access to some prisoners, called on ...": a modifier of "prisoners"): the verb follows the
    aside's closing comma, and its subject is the noun the aside describes."""
    return _described_by_aside(verb) is not None


def _described_by_aside(verb: Token) -> Token | None:
    """The noun whose apposition or relative clause the parse hung this verb on (see above), if any."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.i < verb.head.i:
        return None
    step, aside = verb.head, False
    for _ in range(6):
        if step.dep_ in {"appos", "relcl"}:
            aside = True
            step = step.head
            if step.dep_ == "ROOT" or (verb.tag_ in FINITE_TAGS and verb.head.dep_ == "appos"):
                break
            continue
        if step.dep_ == "ROOT" or step.head.i == step.i:
            break
        step = step.head
    if not aside or step.pos_ not in {"PROPN", "NOUN"} or step.i > verb.i:
        return None
    if step.dep_ != "ROOT" and not (verb.tag_ in FINITE_TAGS and verb.head.dep_ == "appos"):
        return None
    return step


def _patient_up_the_tree(token: Token) -> Token | None:
    """Who a subjectless passive is done to: the noun its participle describes ("fishermen arrested by ..."),
    else the subject of the clause it hangs on ("Indians returned home after being deported")."""
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return token.head
    current = token
    for _ in range(5):
        if current.dep_ not in {"xcomp", "conj", "advcl", "pcomp", "prep", "pobj"} or current.head.i == current.i:
            return None
        current = current.head
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
    return None


def _passive_subject(token: Token) -> Token | None:
    """The one a passive verb is done to; a relative pronoun stands for its antecedent ("Rwanda, which has
    been accused by Congo of backing the rebels": Rwanda)."""
    current = token
    for _ in range(3):
        found = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if found is not None:
            if found.lower_ in RELATIVE_PRONOUNS - {"whose"} and current.dep_ == "relcl":
                return current.head
            return found
        if current.dep_ not in {"xcomp", "conj"}:
            break
        current = current.head
    return None


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition; when the parser hung it elsewhere as the subject of a clause right after
    the preposition ("granted asylum to five officers holed up in ...": "officers" is the subject of "holed"),
    that subject."""
    found = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if found is not None or prep.dep_ not in {"prep", "dative"} or prep.i + 1 >= len(prep.doc):
        return found
    for clause in prep.head.children:
        if clause.dep_ in {"advcl", "ccomp", "relcl"} and clause.i > prep.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.left_edge.i == prep.i + 1:
                return subject
    return None


def _target_roots(match: _Match) -> list[tuple[Token, str]]:
    """Candidate target phrase roots, best first, with a label for --explain."""
    trigger = match.trigger
    out: list[tuple[Token, str]] = []
    if _passive_without_subject(trigger) and match.pattern.code[:2] not in OWN_FORCE_ROOTS:
        # "migrant families held in CBP custody": the one acted on comes before any partner phrase
        patient = _patient_up_the_tree(trigger)
        if patient is not None:
            out.append((patient, "acted on by the passive participle"))
    # the pattern's preposition first; the usual places when it names nobody. A place preposition ("seized a
    # tanker off Yemen") comes after the thing acted on: "a Greek tanker was seized in the Gulf of Oman" is done
    # to Greece, and the place counts only when the patient names no state
    if match.target_prep is not None and match.target_prep.lower_ in PLACE_PATTERN_PREPS and trigger.pos_ == "VERB":
        out.extend(
            (c, f"{c.dep_} (a thing acted on, before the place)")
            for c in trigger.children
            if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN" and not _agent_word(c)
        )
    if match.target_prep is not None:
        if match.target_prep.lower_ in {"of", "for"} and trigger.pos_ == "VERB":
            # "accused Russia of shelling Ukrainian ports", "blamed Iran for the attack": the one accused or blamed
            # is the object; the "of"/"for" phrase is the charge, whoever it names
            out.extend((c, "dobj (before the charge)") for c in trigger.children if c.dep_ == "dobj")
        obj = _pobj(match.target_prep)
        if obj is not None:
            out.append((obj, f"+{match.target_prep.lower_}"))
    frame = frame_of(trigger, depth=2)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        # "criticism that he is caving to Beijing": a clause with its own subject says what the criticism is,
        # its partners are not the criticism's
        content = {
            t.i
            for clause in trigger.children
            if clause.dep_ == "acl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            for t in clause.subtree
        }
        frame = [t for t in frame if t.i not in content]
    if trigger.pos_ == "VERB":
        antecedent = _relative_object(trigger)
        if antecedent is not None:  # "the facility which protesters tried to block": the facility is blocked
            out.append((antecedent, "antecedent of the relative pronoun"))
        for child in trigger.children:
            if child.dep_ in {"dobj", "dative", "attr", "oprd"}:
                out.append((child, child.dep_))
        out.extend((obj, "object shifted past 'as'") for obj in _shifted_objects(trigger))
        passive = _passive_subject(trigger) if any(c.dep_ == "auxpass" for c in trigger.children) else None
        if passive is not None and _held_event_noun(trigger, match) is None:
            out.append((passive, "nsubjpass"))
        headline = _headline_passive(trigger)
        if headline is not None:
            out.insert(0, (headline, "subject of a passive without auxiliary"))
    for prep_word in PARTNER_PREPS:
        for token in frame:
            if token.dep_ in {"prep", "dative"} and token.lower_ == prep_word:
                if match.pattern.code[:2] in TOPIC_NOT_PARTNER_ROOTS and _under_topic_word(token, trigger):
                    continue  # "meetings relating to Ukraine policy": what they were about, not with whom
                obj = _pobj(token)
                if obj is not None and not _absolute_with(token, obj):
                    out.append((obj, f"prep:{prep_word}"))
    if match.pattern.code[:3] in MEDIATION_CODES:
        # "agreed to mediate between the Colombian government and the rebels": the mediated are the parties
        for token in frame:
            if token.dep_ == "prep" and token.lower_ in {"between", "among"}:
                obj = _pobj(token)
                if obj is not None:
                    out.append((obj, f"prep:{token.lower_} (the parties mediated)"))
    out.extend((obj, DANGLING_LABEL) for obj in _dangling_objects(trigger))
    if match.pattern.code[:2] in VICTIM_ROOTS and trigger.dep_ == "nsubj" and _agent_word(trigger):
        # "two suicide bombers killed 23 soldiers": the attackers' victims are the object of what they did (an
        # attack noun, "a roadside bombing killed ...", leaves the event to its verb)
        verb = trigger.head
        if verb.lemma_.lower() in HARM_VERBS:
            out.extend((c, "victims of the attackers' verb") for c in verb.children if c.dep_ == "dobj")
    if trigger.pos_ == "VERB":  # objects of objects: "urged Iran to ...", "imposed sanctions on Iran"
        for token in frame:
            if token.dep_ == "dobj" and token.head.i != trigger.i:
                out.append((token, "dobj (nested)"))
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            # "rejected an invitation to attend a meeting of the Arab League": what the infinitive on the object
            # is done to
            for clause in (c for c in obj.children if c.dep_ == "acl" and _infinitive(c)):
                out.extend((c, "dobj (nested)") for c in clause.children if c.dep_ == "dobj")
        out.extend((obj, "object down the complement chain") for obj in _complement_chain_objects(trigger))
        # "demanded that the US cancel ...": the one asked to act; also in a participle on the object ("issued
        # a statement demanding that Turkey release ...")
        speakers = [trigger, *(c for o in trigger.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl")]
        for holder in speakers:
            for clause in holder.children:
                if clause.dep_ in {"ccomp", "xcomp"}:
                    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subject is not None:
                        where = "" if holder is trigger else " of the object"
                        out.append((subject, f"{clause.dep_} subject{where}"))
        out.extend(_shared_arguments(trigger))
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            # "prevented the demonstration staged by students": those whose act was stopped
            for clause in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                doer = _pobj(agent) if agent is not None else None
                if doer is not None:
                    out.append((doer, "agent of the object's clause"))
        if match.pattern.code[:2] in PURPOSEFUL_ROOTS:
            # "opened fire to disperse the demonstrators", "blocked roads in a bid to topple the government":
            # force is aimed at whom its purpose names
            out.extend((obj, "object of the purpose clause") for obj in _purpose_objects(trigger))
        if match.pattern.code[:2] in VICTIM_ROOTS:
            # "shelled the town, killing five Afghan soldiers": an attack on a thing is aimed at its victims
            for clause in trigger.children:
                if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in HARM_VERBS:
                    out.extend((c, "victims in the participle") for c in clause.children if c.dep_ == "dobj")
    return out


DANGLING_LABEL = "object of a preposition left dangling"
# Acts that answer another's act (praising, criticising, rejecting it): done to the owner of the act answered,
# also when it is the subject of a passive ("Vietnam's protest was rejected by Beijing")
ANSWERING_ROOTS = frozenset({"05", "11", "12"})
OWNED_ACT_NOUNS = frozenset(
    {"protest", "proposal", "offer", "request", "demand", "call", "claim", "plan", "bid", "appeal", "accusation",
     "criticism", "invitation", "initiative", "complaint", "plea", "ultimatum", "overture"}
)
# Mediating and the intent to mediate: done to the parties a "between" phrase names
MEDIATION_CODES = frozenset({"039", "045"})


DANGLING_LABEL = "object of a preposition left dangling"


def _done_to_each_other(trigger: Token) -> bool:
    """Whether the act's object or partner is "each other" / "one another" (or owned by them)."""
    for token in frame_of(trigger, depth=3):
        if token.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in token.children):
            return True
        if token.lower_ == "another" and token.i > 0 and token.nbor(-1).lower_ == "one":
            return True
    return False


# How deep in the phrase of an object of an object its target may sit: "release the Chinese detainees" (1),
# "halt the attacks on Israel" (2)
NESTED_REACH = 2
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})


def _where_it_stands(root: Token, resolver: _Resolver) -> frozenset[int]:
    """The locative phrases of a thing ("a jail in Venezuela's capital"): tokens that say where the thing is,
    not whose it is. Empty for an actor or agent word ("officials in Kabul" are Afghan officials)."""
    root = _coordination_root(root)
    if root.pos_ != "NOUN" or _agent_word(root):
        return frozenset()
    mention = resolver.actors.at(resolver.para.index, root.i)
    if mention is not None and mention.role in {"actor", "pair"}:
        return frozenset()
    return frozenset(
        t.i for prep in root.children if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS for t in prep.subtree
    )


# Words that hang a topic on a phrase ("meetings relating to X", "talks concerning X"): what follows is what
# the act is about, not a party to it
TOPIC_WORDS = frozenset({"relate", "related", "relating", "pertain", "concern", "regard", "regarding", "concerning"})
# Nouns that make a place modifier into a topic ("Ukraine policy", "the Cyprus question", "the Gaza situation")
TOPIC_NOUNS = frozenset(
    {"policy", "policies", "question", "issue", "situation", "matter", "dossier", "file", "problem", "agenda"}
)
# Roots whose partner is a party spoken to or dealt with, so a topic is no target of them (force, sanctions and
# complaints aimed at a place's policy do hit the place)
TOPIC_NOT_PARTNER_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def _under_topic_word(prep: Token, trigger: Token) -> bool:
    """Whether ``prep`` hangs on a topic word between it and the trigger ("meetings relating to X")."""
    current = prep.head
    for _ in range(3):
        if current.i == trigger.i:
            return False
        if current.lemma_.lower() in TOPIC_WORDS or current.lower_ in TOPIC_WORDS:
            return True
        current = current.head
    return False


def _places_named_as_topic(root: Token, resolver: _Resolver) -> frozenset[int]:
    """Tokens of places that only modify a topic noun of the phrase ("talks on the Cyprus question", "a
    meeting about Ukraine policy"): the topic is what the act is about, not whom it reaches."""
    out: set[int] = set()
    for token in _np_tokens(_coordination_root(root)):
        noun = root.doc[token]
        if noun.lemma_.lower() not in TOPIC_NOUNS and noun.lower_ not in TOPIC_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ not in {"compound", "amod", "nmod"}:
                continue
            mention = resolver.actors.at(resolver.para.index, child.i)
            # a bare place or state name ("Ukraine policy"), not an actor's ("the Kremlin's Ukraine policy")
            if mention is not None and (
                mention.role in {"place", "modifier"} or (mention.actor.kind == "state" and not mention.actor.sector)
            ):
                out.update(t.i for t in child.subtree)
    return frozenset(out)


def _dangling_objects(trigger: Token) -> list[Token]:
    """The object a preposition with none of its own shares with the next coordinated verb: "established ties
    with and opened an embassy in Israel" (right-node raising: Israel ends both). The last objects of that
    verb come first; a date ("in 1980") names nobody and is passed over when the actors are resolved."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    dangling = [
        prep
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS and _pobj(prep) is None
    ]
    if not dangling:
        return []
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > dangling[0].i), None)
    if conj is None:
        return []
    objects = [t for t in conj.subtree if t.dep_ == "pobj" and not any(s.dep_ == "nsubj" for s in t.children)]
    return [obj for obj in reversed(objects) if not _of_time(obj.head)]


def _shifted_objects(verb: Token) -> list[Token]:
    """The object a heavy phrase pushed past a predicative "as": "denounced as an ugly crime Serbia's crackdown"
    (the parser hangs the object as an apposition to the "as" phrase). Only for a verb with no object of its own."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            obj = _pobj(prep)
            if obj is not None:
                out.extend(c for c in obj.children if c.dep_ == "appos" and c.i > obj.i)
    return out


def _absolute_with(prep: Token, obj: Token) -> bool:
    """A "with" phrase that is an absolute (manner) clause, not a partner: "with strings attached, Cuba",
    "with Washington's conditions attached": a thing, not an agent, with its own participle (the parser makes
    either the thing or the participle the preposition's object)."""
    if prep.lower_ != "with":
        return False
    if obj.pos_ == "VERB" and obj.tag_ in {"VBN", "VBG", "VBD"}:  # a finite verb here is a mistagged participle
        thing = next((c for c in obj.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    else:
        thing = obj if any(c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} for c in obj.children) else None
    return thing is not None and thing.pos_ == "NOUN" and not _agent_word(thing)


def _list_tail_past_absolute(trigger: Token, resolver: _Resolver) -> list[Actor]:
    """The last item of a list cut off by an absolute phrase: "aid to Egypt, Jordan and, with strings attached,
    Cuba" (the parser hangs Cuba as an apposition or a bare modifier of the "with" phrase)."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    out: list[Actor] = []
    for prep in verb.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "with" else None
        if obj is None or not _absolute_with(prep, obj):
            continue
        holders = [obj, *(c for c in obj.children if c.dep_ == "acl")]
        items = [c for h in holders for c in h.children if c.dep_ in {"appos", "npadvmod"} and c.pos_ == "PROPN"]
        for item in (c for c in items if c.i > obj.i):
            out += [a for a in resolver.phrase_actors(item) if a.country or a.org]
    return out


def _complement_chain_objects(verb: Token) -> list[Token]:
    """Objects of verbs two or more complements down: "prepared to resume shelling rebel-held villages"
    (prepared -> resume -> shelling -> villages). One level down is already in the frame."""
    out: list[Token] = []
    level = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for _ in range(3):
        level = [c for v in level for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        out.extend(c for v in level for c in v.children if c.dep_ == "dobj")
    return out


def _shared_arguments(verb: Token) -> list[tuple[Token, str]]:
    """Arguments a verb shares with the next verb of its coordination when it has none of its own: "donated and
    delivered medicine to Gaza hospitals" (right-node raising). A conjunct with its own subject is another
    clause and shares nothing."""
    if any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in PARTNER_PREPS) for c in verb.children):
        return []
    out: list[tuple[Token, str]] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            continue
        objects = [c for c in conj.children if c.dep_ in {"dobj", "dative"}]
        out.extend((c, "object shared with the coordinated verb") for c in objects)
        for prep_word in PARTNER_PREPS:
            for token in frame_of(conj, depth=2):
                if token.dep_ in {"prep", "dative"} and token.lower_ == prep_word:
                    obj = _pobj(token)
                    if obj is not None and not _absolute_with(token, obj):
                        out.append((obj, f"prep:{prep_word} shared with the coordinated verb"))
        break
    return out


# Subjects of a clause beside an act that refer back to the act's own doer ("as they pressed ...")
OWN_DOER_PRONOUNS = frozenset({"they", "it", "he", "she", "we"})
# Nouns of purpose whose infinitive names what an act is for: "in a bid to topple", "their effort to overthrow"
PURPOSE_NOUNS = frozenset({"bid", "attempt", "effort", "drive", "campaign", "push", "quest", "struggle"})


def _purpose_objects(verb: Token) -> list[Token]:
    """Objects of what an act is for: an infinitive clause ("opened fire to disperse demonstrators"), or the
    infinitive of a purpose noun on the verb or on a clause beside it ("in a bid to oust the governor", "as they
    pressed their campaign to topple the government")."""
    out: list[Token] = []
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    for clause in clauses:
        if any(c.lower_ == "to" for c in clause.children):
            out.extend(c for c in clause.children if c.dep_ == "dobj")
    # a clause beside the act counts only when its doer is the act's own ("as they pressed their campaign to ...",
    # not "as rebels pressed their campaign to ...")
    own = [c for c in clauses if all(s.lower_ in OWN_DOER_PRONOUNS for s in c.children if s.dep_ == "nsubj")]
    holders = [*frame_of(verb, depth=2), *(c for clause in own for c in clause.children if c.dep_ == "dobj")]
    aims = [
        aim
        for noun in holders
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in PURPOSE_NOUNS
        # the infinitive hangs on the noun ("their effort to topple") or on the clause's verb beside it
        for aim in (*noun.children, *(noun.head.children if noun.dep_ == "dobj" and noun.head in own else ()))
        if aim.dep_ in {"acl", "xcomp", "advcl"} and aim.pos_ == "VERB" and any(c.lower_ == "to" for c in aim.children)
    ]
    out.extend(c for aim in aims for c in aim.children if c.dep_ == "dobj")
    return out


FORCEFUL_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# Force posture: "troops deployed in Syria" are the deploying side's own, not the ones acted on
OWN_FORCE_ROOTS = frozenset({"15"})
# Violence whose victims a participle adjunct names ("..., killing five soldiers")
VICTIM_ROOTS = frozenset({"18", "19", "20"})
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "slay", "massacre"})
# Roots whose target may be named only by the act's purpose: force, and protest that blocks or occupies
PURPOSEFUL_ROOTS = FORCEFUL_ROOTS | {"14"}


SUPPORT_VERBS = frozenset(
    {
        "hold",
        "have",
        "sit",
        "conduct",
        "begin",
        "start",
        "launch",
        "open",
        "resume",
        "continue",
        "attend",
        "join",
        "stage",
        "stag",  # the English model's lemma of "staged"
        "carry",
        "mount",
        "make",
        "pay",
        "give",
        "undertake",
        "wage",
        "unleash",
        "intensify",
        "step",
        "escalate",
        "complete",
        "conclude",
        "host",
        "lead",
        "take",
        "issue",
        "deliver",
        "impose",
        "announce",
        "organize",
        "organise",
        "go",
        "come",
        "return",
        "arrive",
        "travel",
        # the crowd's own movement to a gathering: "thousands converged on the capital for a rally"
        "converge",
        "gather",
        "assemble",
        "flock",
        "seek",
        "propose",
        "offer",
        "pledge",
        "promise",
        "call",
        "demand",
        "order",
        "authorize",
        "approve",
        "accept",
        "reach",
        "sign",
        "seal",
        "clinch",
        "finalize",
        "finalise",
        "negotiate",
    }
)


def _held_event_noun(trigger: Token, match: _Match) -> Token | None:
    """The passive subject of a light verb when it is the pattern's own event noun ("protests were held"):
    the event itself, never the one it was done to."""
    if trigger.lemma_.lower() not in SUPPORT_VERBS or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    held = _passive_subject(trigger)
    return held if held is not None and held.i in match.consumed else None


def _support_verb(noun: Token) -> Token | None:
    """The light verb a nominal event hangs on ("held talks", "sat down for talks", "launched strikes on")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    token = noun
    for _ in range(3):
        if token.dep_ not in {"dobj", "pobj", "prep", "attr", "nsubjpass", "compound"}:
            return None
        if token.dep_ == "prep" and token.lower_ in TOPIC_PREPS | {"on"} and token.head.lemma_.lower() in RULING_NOUNS:
            # "take decisions on two cases": the light verb is the other noun's, whose topic the event is ("a
            # round of talks", "took part in protests", "launched a campaign against" still carry theirs)
            return None
        via_prep = token.dep_ == "prep" and token.lower_ in TOPIC_PREPS | {"on"}
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            if via_prep and any(c.dep_ == "dobj" and c.i != noun.i and c.lemma_.lower() in RULING_NOUNS
                                for c in token.children):
                return None  # "took decisions on the cases", with "on" hung on the verb: the decisions' verb
            return token if token.lemma_.lower() in SUPPORT_VERBS else None
    return None


# Nouns of judging or speaking about something: an event named as their topic ("decisions on two cases against
# Israel") is not done by whoever takes the decision
RULING_NOUNS = frozenset(
    {"decision", "ruling", "verdict", "judgment", "judgement", "vote", "opinion", "hearing", "statement", "comment",
     "remark", "report", "view", "position", "stance", "debate", "discussion", "question", "finding"}
)  # fmt: skip


def _noun_source_roots(trigger: Token) -> list[tuple[Token, str]]:
    """For a nominal event ("Russia's strikes on Kyiv", "Russian strikes", "talks between X and Y")."""
    out: list[tuple[Token, str]] = []
    for child in trigger.children:
        if child.dep_ == "poss":
            out.append((child, "poss"))
    # "a mediation effort between the Emirates and Saudi Arabia": the phrases of the noun the act modifies
    modified = [trigger.head] if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else []
    # (only its parties: "detention facilities by the inspector" names no doer of the detention)
    preps = [*trigger.children, *(c for h in modified for c in h.children if c.lower_ in {"between", "among"})]
    for child in preps:
        if child.dep_ == "prep" and child.lower_ in {"by", "from", "between", "among"}:
            obj = _pobj(child)
            if obj is not None:
                out.append((obj, f"prep:{child.lower_}"))
    for clause in trigger.children:
        # "tariffs imposed by China on US goods": a participle on the act names its doer in a by-phrase
        if clause.dep_ == "acl" and clause.tag_ in {"VBN", "VBD"}:
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            doer = _pobj(agent) if agent is not None else None
            if doer is not None:
                out.append((doer, f"agent of {clause.text}"))
    for clause in trigger.children:
        # "a tariff that the administration planned to impose": the relative clause's subject does the act
        doer = _relative_clause_doer(clause)
        if doer is not None:
            out.append((doer, "subject of the relative clause on the act"))
    for prep in trigger.children:
        # "duties on imports by the Chinese government": a by-phrase on the thing the act is on is its doer
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
            thing = _pobj(prep)
            if thing is not None and thing.pos_ == "NOUN" and not _agent_word(thing):
                for by in thing.children:
                    doer = _pobj(by) if by.dep_ == "prep" and by.lower_ == "by" else None
                    if doer is not None:
                        out.append((doer, "by-phrase on the thing acted on"))
    sufferer = _suffering_verb(trigger)
    if sufferer is not None:  # "drew condemnation from Turkey": the parser hangs the doer on the verb
        for prep in sufferer.children:
            doer = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in {"from", "by"} else None
            if doer is not None:
                out.append((doer, f"prep:{prep.lower_} of the verb that suffers it"))
    for child in trigger.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            out.append((child, child.dep_))
    claimer = _claimed_by(trigger)
    if claimer is not None:
        out.append((claimer, "claimed responsibility"))
    return out


CLAIMED_NOUNS = frozenset({"responsibility", "credit"})

# Verbs whose subject undergoes the act its object names ("Israel faced Palestinian criticism", "drew
# condemnation from Turkey"), and preposition + verb pairs that do the same ("came under fire from")
SUFFERING_VERBS = frozenset({"face", "draw", "receive", "attract", "suffer", "endure", "incur", "weather"})
SUFFERING_PREPS = {"under": frozenset({"come", "be", "fall"}), "with": frozenset({"meet"})}


def _suffers(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` names an act that the subject of ``verb`` suffers ("came under fire")."""
    found = _suffering_verb(noun)
    return found is not None and found.i == verb.i


def _suffering_verb(noun: Token) -> Token | None:
    """The verb whose subject suffers a nominal act: "faced criticism", "came under fire", "met with protests"."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFERING_VERBS:
        return noun.head
    prep = noun.head
    verbs = SUFFERING_PREPS.get(prep.lower_, frozenset())
    if noun.dep_ == "pobj" and prep.head.lemma_.lower() in verbs:
        return prep.head
    return None


def _relative_object(verb: Token) -> Token | None:
    """The antecedent a relative clause's verb has as its object: "the facility which protesters tried to block"
    (block's object is "which", that is, the facility). The verb may sit down an infinitive chain of the clause."""
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return None
    current = verb
    for _ in range(4):
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _relative_clause_doer(clause: Token) -> Token | None:
    """The subject of a relative clause whose verb carries out the act the noun it hangs on names ("a tariff that
    the administration planned to impose"), not one whose subject is the noun ("a tariff that hurts farmers")."""
    if clause.dep_ != "relcl":
        return None
    chain = [clause, *(t for t in clause.subtree if t.dep_ == "xcomp" and t.pos_ == "VERB")]
    # the verb must carry the act out ("impose", "hold", "sign"), not report or back it ("the commitments that he
    # showcased", "negotiations which the US stands ready to support")
    doing = [v for v in chain if _relative_object(v) is not None and v.lemma_.lower() in SUPPORT_VERBS]
    if not doing:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.lower_ in RELATIVE_PRONOUNS else subject


def _claimed_by(noun: Token) -> Token | None:
    """Who claimed responsibility for an act ("IS claimed responsibility for the attacks"): its doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CLAIMED_NOUNS:
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.lower() not in {"claim", "accept", "take"}:
        return None
    return _subject_of(verb)[0]


# ------------------------------------------------------------------------------------------------- modality


def _modality(trigger: Token) -> tuple[str, bool, Token | None]:
    """(modality, negated, intent governor) from the trigger's auxiliaries and governing verbs."""
    negated = any(c.dep_ == "neg" for c in trigger.children) or _negated_by_its_phrases(trigger)
    aux = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}}
    governor: Token | None = None
    modality = "asserted"
    expected = False
    current = trigger
    # "I was not on the phone call between X and Y": the negation denies the speaker's part, not the call
    in_phrase = trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj"
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.pos_ == "VERB":
        # "will not accept the deal", "talks were not held": a nominal event takes its verb's modality
        current = trigger.head
        negated = negated or any(c.dep_ == "neg" for c in current.children)
        aux |= {c.lower_ for c in current.children if c.dep_ in {"aux", "auxpass"}}
        expected = _expected(trigger)
    # "At the summit, Modi pledged ...": a nominal event named as the setting takes no modality from the verb
    setting = in_phrase and trigger.head.lower_ in SETTING_OF_ACT_PREPS
    topic = False  # "consider what we know about Trump's visit": a visit named as a topic of thought
    factive = False
    for _ in range(0 if setting else 4):
        climbing = {"xcomp", "acomp", "ccomp", "pcomp", "pobj", "prep", "conj"}
        vowed = current in _vowed_clauses(current.head)  # "sworn | to fight until ...": the oath governs it
        if (current.dep_ not in climbing and not vowed) or current.head.i == current.i:
            break
        conjunct = current.dep_ == "conj"
        # "should be impeached and removed": an untensed conjunct with no subject or auxiliary of its own shares
        # the modal ("should condemn Israel and the EU sanctioned it" is a tensed clause of its own)
        shares_modal = conjunct and current.tag_ in {"VB", "VBN"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in current.children
        )
        topic = topic or current.dep_ == "ccomp" or (current.dep_ == "prep" and current.lower_ in TOPIC_PREPS)
        # "was not aware that Russia had expelled them", "did not know that ...": a that-clause under a word of
        # knowing is taken as fact, so no negation above it reaches the act
        factive = factive or (current.dep_ == "ccomp" and current.head.lemma_.lower() in FACTIVE_WORDS)
        current = current.head
        if conjunct:  # "threatened to assault and murder": the second verb shares the first one's governor
            if shares_modal:
                aux |= {c.lower_ for c in current.children if c.dep_ == "aux"} & MODAL_AUX
            continue
        lemma = current.lemma_.lower()
        negated = negated or (not in_phrase and not factive and any(c.dep_ == "neg" for c in current.children))
        if lemma in NEGATING_GOVERNORS:
            negated = True
        elif lemma in DENY_GOVERNORS and trigger.dep_ in {"ccomp", "pcomp", "xcomp"}:
            modality = "denied"
        elif lemma in ALLEGE_GOVERNORS:
            modality = "alleged"
        elif _expectation(current):
            expected = True
        elif lemma in INTENT_GOVERNORS and governor is None and not _named_as_topic(trigger, current, topic):
            governor = current
        aux |= {c.lower_ for c in current.children if c.dep_ in {"aux", "auxpass"}}
    if _conditional(trigger):
        modality = "hypothetical"
    elif modality == "asserted" and _suspected(trigger):
        modality = "alleged"
    elif modality == "asserted" and _sought_of_others(trigger):
        modality = "future"
    elif modality == "asserted":
        if aux & (HYPOTHETICAL_AUX | OBLIGATION_AUX):  # "should be impeached" has not happened either
            modality = "hypothetical"
        elif aux & FUTURE_AUX or governor is not None or expected:
            modality = "future"
        elif not negated and _hearsay(trigger):  # "reportedly shelled": a past act told at second hand
            modality = "alleged"
    content_mode = _content_noun_mode(trigger)
    if content_mode == "hypothetical" and modality in {"asserted", "future"}:
        modality = "hypothetical"  # "fears that Russia will attack": feared, nobody's intent
    elif content_mode is not None and modality == "asserted":
        modality = content_mode
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in CONTESTING_VERBS:
        modality = "hypothetical"  # "is battling extradition": the extradition is fought off, not done
    if negated and modality in {"asserted", "future"}:  # "will never be able to harm": no act, now or later
        modality = "negated"
    return modality, negated, governor


FENDING_VERBS = frozenset(
    {"avoid", "escape", "evade", "dodge", "resist", "fight", "battle", "oppose", "challenge", "contest", "halt",
     "stop", "suspend", "end", "prevent", "avert", "thwart"}
)
CLOSURE_NOUNS = frozenset({"end", "halt", "stop", "suspension", "moratorium"})
CANCELLING_VERBS = frozenset({"cancel", "postpone", "scrap", "shelve", "scuttle", "abandon", "delay", "call"})


def _fended_off(trigger: Token, code: CameoCode) -> bool:
    """Whether a nominal event is named only as what somebody avoids, resists or ends ("has avoided extradition",
    "is battling deportation", "declared an end to the raids"): the act is not asserted, and avoiding it is no
    rejection either. A fight or battle waged ("fought a war") is itself the force, so forceful roots stay."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = trigger.head
    if trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in FENDING_VERBS:
        return code.root not in FORCEFUL_ROOTS or head.lemma_.lower() not in {"fight", "battle"}
    return (
        trigger.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in CLOSURE_NOUNS
    )


def _called_off(trigger: Token) -> bool:
    """Whether a nominal event's own relative or participle clause says it was cancelled ("a summit between X
    and Y that was canceled", "the talks, postponed last week,"): a called-off event did not take place. Only the
    noun's own phrase is read: the clause may hang on the last name of the phrase ("... in Chile that was ...")."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    for token in trigger.subtree:
        if token.dep_ not in {"relcl", "acl"} or token.lemma_.lower() not in CANCELLING_VERBS:
            continue
        if token.lemma_.lower() == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or token.tag_ == "VBN"
        if passive:
            return True
    return False


def _content_of_silent(matches: dict[int, _Match], silent: set[int]) -> set[int]:
    """Tokens inside the content clause of a noun a silent statement took ("denied charges that its army is
    committing genocide"): the denied act is the statement's content, not an event of its own. A noun's
    prepositional phrase ("concern over the strikes") names an event that did happen and is not taken."""
    out: set[int] = set()
    for index in silent:
        for item in matches[index].trigger.doc:
            if item.i not in matches[index].consumed or item.pos_ not in {"NOUN", "PROPN"}:
                continue
            for clause in item.children:
                if clause.dep_ in {"acl", "ccomp"} and clause.i > item.i:
                    out |= {t.i for t in clause.subtree}
    return out


# Prepositions that place the news after an earlier event ("at peace since the August accord", "after the 2015
# nuclear deal", "before the 1994 genocide"): that event is background, not the news
BACKGROUND_TIME_PREPS = frozenset({"since", "after", "before", "following", "until"})


def _background_time(trigger: Token) -> str | None:
    """'historical' when a nominal event is named as a time reference with its own date ("after the 2015
    nuclear deal"), 'background' when it is one after "since" with none ("since the peace accord"), else None.
    An event noun with its own verb ("signed a peace accord on Monday") is no time reference."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    word = prep.lower_
    if word == "to" and prep.head.lower_ == "prior":
        word = "before"
    if word not in BACKGROUND_TIME_PREPS or prep.head.i == prep.i or not any(
        c.dep_ in {"det", "poss"} for c in trigger.children
    ):
        return None
    dated = any(
        t.i < trigger.i and (t.ent_type_ == "DATE" or (t.like_num and len(t.text) == 4))
        for t in trigger.subtree
    )
    if dated:
        return "historical"
    return "background" if word == "since" else None


# Nouns whose content clause only holds what is known, feared or possible, not what happened: "reports that
# drones struck" and "an estimate that troops were losing ..." pass on others' knowledge (alleged); "fears that
# Russia will attack" and "the chances of resuming talks" name what may happen (hypothetical); "Moscow's will
# to agree" and "willingness to negotiate" name a disposition to act later (future)
KNOWLEDGE_NOUNS = frozenset(
    {"report", "estimate", "reminder", "evidence", "indication", "sign", "news", "word", "assessment", "finding",
     "belief", "impression", "suggestion", "assertion", "notion", "perception"}
)
POSSIBILITY_NOUNS = frozenset(
    {"fear", "hope", "expectation", "concern", "worry", "anxiety", "risk", "danger", "possibility", "likelihood",
     "chance", "odds", "prospect"}
)
WILL_NOUNS = frozenset({"will", "willingness", "readiness", "eagerness", "determination", "resolve"})
CONTENT_PREPS = frozenset({"of", "for", "to"})


def _mode_of_noun(noun: Token) -> str | None:
    lemma = noun.lemma_.lower() if noun.pos_ in {"NOUN", "PROPN"} else ""
    if lemma in KNOWLEDGE_NOUNS:
        return "alleged"
    if lemma in POSSIBILITY_NOUNS:
        return "hypothetical"
    return "future" if lemma in WILL_NOUNS else None


def _content_noun_mode(trigger: Token) -> str | None:
    """The modality a noun of knowledge, possibility or will gives the act in its content: the act in its
    that-clause ("fears that Russia will attack"), its to-infinitive ("Moscow's will to agree", which the parser
    may hang on the verb before) or its of/for phrase ("the chances of resuming talks", "prospects for a
    ceasefire"); see :data:`KNOWLEDGE_NOUNS`."""
    current = trigger
    for _ in range(5):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return None
        to = next((c for c in current.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and to.i > 0 and dep in {"xcomp", "acl", "advcl"}:
            mode = _mode_of_noun(current.doc[to.i - 1])
            if mode is not None:
                return mode
        if dep in {"acl", "ccomp"} and head.i < current.i:
            return _mode_of_noun(head)
        if dep in {"pobj", "pcomp"} and head.lower_ in CONTENT_PREPS and head.dep_ == "prep":
            mode = _mode_of_noun(head.head)
            if mode is None and head.lower_ == "of" and head.head.pos_ == "NOUN":
                current = head.head  # "hope for the success of talks": the hope holds the talks' success too
                continue
            return mode
        if dep not in {"xcomp", "conj", "dobj", "nsubjpass"}:
            return None
        current = head
    return None


SETTING_OF_ACT_PREPS = frozenset({"at", "during", "amid", "after", "before", "ahead"})
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
THOUGHT_VERBS = frozenset({"consider", "recall", "remember", "discuss", "know", "think", "debate", "review"})


def _named_as_topic(trigger: Token, governor: Token, through_topic: bool) -> bool:
    """Whether a nominal event is only thought or spoken about under a verb of thought ("consider Trump's visit",
    "consider what we know about the visit"): the visit as named, not an intent to visit."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or governor.lemma_.lower() not in THOUGHT_VERBS:
        return False
    return through_topic or any(c.dep_ == "poss" for c in trigger.children)


def _expectation(governor: Token) -> bool:
    """Whether a governing word says others expect the act: a passive "expected|scheduled|set to", or an
    adjective "due|likely|poised|set to"."""
    if governor.lemma_.lower() not in EXPECTATION_GOVERNORS and governor.lower_ not in EXPECTATION_GOVERNORS:
        return False
    return governor.pos_ == "ADJ" or governor.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in governor.children)


def _expected(trigger: Token) -> bool:
    """Whether the trigger's act is only expected by others (see :func:`_expectation`), up its complements."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "nsubjpass" and _expectation(trigger.head):
        return True  # "a deal between X and Y was supposed to ...", "talks are expected to resume"
    current = trigger
    for _ in range(3):
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
        if _expectation(current):
            return True
    return False


def _negated_by_its_phrases(trigger: Token) -> bool:
    """'Neither X nor Y had contact', 'had no contact with': the negation sits in the subject or the object."""
    for child in trigger.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ == "neither" for c in child.children):
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
            return True
        if _negating_adverbial(child):
            return True
    return False


NO_OCCASION_NOUNS = frozenset({"time", "point", "stage", "way", "circumstance", "case"})


def _negating_adverbial(child: Token) -> bool:
    """'At no time did X agree', 'in no way threatened', 'no longer supports': the negation is an adverbial of
    the verb, not a 'not' beside it (spaCy hangs 'no' on 'time' or on 'longer')."""
    if child.dep_ == "prep" and child.lower_ in {"at", "in", "under"}:
        return any(
            obj.dep_ == "pobj"
            and obj.lemma_.lower() in NO_OCCASION_NOUNS
            and any(c.dep_ in {"det", "neg"} and c.lower_ == "no" for c in obj.children)
            for obj in child.children
        )
    # "held no longer than 72 hours" is a comparison, not a negation
    comparison = any(c.lower_ == "than" for c in child.children) or (
        child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "than"
    )
    return (
        child.dep_ == "advmod"
        and child.lower_ == "longer"
        and not comparison
        and any(c.dep_ in {"neg", "det", "advmod"} and c.lower_ == "no" for c in child.children)
    )


def _past_non_meeting(trigger: Token) -> bool:
    """Whether a negated meeting is told as past fact ("did not meet", "had no contact"), with no refusing
    governor: it did not happen, which is not the same as refusing it."""
    if any(c.lower_ in {"will", "would", "wo", "shall"} for c in trigger.children if c.dep_ == "aux"):
        return False
    governed = trigger.dep_ in {"xcomp", "ccomp"} and trigger.head.lemma_.lower() in NEGATING_GOVERNORS
    return not governed and (trigger.tag_ in {"VBD", "VBN"} or any(c.lower_ == "did" for c in trigger.children))


UNCERTAIN_AUX = frozenset({"might", "may", "could"})


def _clause_has_aux(trigger: Token, words: frozenset[str], through: frozenset[str]) -> bool:
    """Whether the trigger's clause, or one it depends on through ``through`` arcs, has one of these
    auxiliaries."""
    clause = _clause_chain(trigger, through, steps=3)
    return any(c.dep_ == "aux" and c.lower_ in words for verb in clause for c in verb.children)


def _uncertain(trigger: Token) -> bool:
    """Whether the trigger's clause, or one it depends on, only says what might happen."""
    return _clause_has_aux(trigger, UNCERTAIN_AUX, frozenset({"xcomp", "conj"}))


def _obliged(trigger: Token) -> bool:
    """Whether the trigger's clause, or one it depends on, says what should or must happen."""
    return _clause_has_aux(trigger, OBLIGATION_AUX, frozenset({"xcomp", "conj", "advcl"}))


# Verbs of one's own will: "never intended to harm her", "did not mean to hit the drone" deny a past intent,
# which is no refusal of anything (a refusal is "refused to", "will not")
OWN_WILL_VERBS = frozenset({"intend", "mean", "plan", "want", "wish", "aim", "try", "attempt", "seek"})
PAST_AUX = frozenset({"did", "had", "has", "have", "'d"})


def _denied_own_intent(trigger: Token) -> bool:
    """Whether the trigger is, or sits under, a negated verb of one's own will told in the past ("never
    intended to harm", "did not mean to hit"): a denial of past intent, not a rejection."""
    current = trigger
    for _ in range(3):
        if current.lemma_.lower() in OWN_WILL_VERBS and current.pos_ in {"VERB", "AUX"}:
            negated = any(c.dep_ == "neg" for c in current.children)
            past = current.tag_ in {"VBD", "VBN"} or any(
                c.dep_ == "aux" and c.lower_ in PAST_AUX for c in current.children
            )
            return negated and past
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


# Nouns that name an act only spoken of or schemed ("threats to harm lawmakers", "a plot to kill the
# president"): the infinitive under them is no act done; the verbs that say it was done after all
THREAT_NOUNS = frozenset({"threat", "warning", "ultimatum"})
PLOT_NOUNS = frozenset({"plot", "conspiracy", "scheme", "plan", "intention", "intent", "ambition", "desire"})
FULFILLING_VERBS = frozenset({"carry", "execute", "fulfil", "fulfill", "implement", "realize", "realise"})
FULFILLING_PHRASES = {"make": "good", "follow": "through", "act": "on"}


def _fulfilled(noun: Token) -> bool:
    """Whether a threat or plot is said to have been done: "carried out threats", "made good on its threat"."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in FULFILLING_VERBS:
        return True
    word = FULFILLING_PHRASES.get(lemma)
    return word is not None and any(t.lower_ == word for t in verb.subtree if t.i < noun.i)


# Words of knowing: negated ("had no knowledge of efforts to ...", "was not aware of", "no evidence that"), what
# they govern is neither told as done nor as planned by anyone. "Was not aware that Russia had expelled them"
# still takes the expulsion as fact: only a noun phrase ("of ...") is left open after a word of awareness.
KNOWLEDGE_WORDS = frozenset({"knowledge", "aware", "awareness", "recollection", "evidence", "indication"})
FACTIVE_KNOWLEDGE_WORDS = frozenset({"knowledge", "aware", "awareness", "recollection"})
FACTIVE_WORDS = FACTIVE_KNOWLEDGE_WORDS | {"know", "realize", "realise", "unaware"}
# Subjects that are a share of those polled ("51 percent say", "a majority want"): their answers are opinions
POLL_SUBJECTS = frozenset({"percent", "%", "majority", "plurality", "minority", "respondent"})
POLL_ANSWER_VERBS = frozenset({"say", "want", "think", "believe", "support", "favor", "favour", "oppose", "agree"})


def _negated_word(word: Token) -> bool:
    """Whether a word of knowing is denied: 'no knowledge', 'not aware', 'at no time was I aware'."""
    if any(c.dep_ in {"neg", "det"} and c.lower_ in {"no", "not", "n't", "never"} for c in word.children):
        return True
    verb = word.head if word.dep_ in {"dobj", "acomp", "attr"} else None
    return verb is not None and (
        any(c.dep_ == "neg" for c in verb.children) or _negating_adverbial_of(verb)
    )


def _negating_adverbial_of(verb: Token) -> bool:
    """Whether a verb is negated by an adverbial such as 'at no time'."""
    return any(_negating_adverbial(c) for c in verb.children)


def _poll_answer(verb: Token) -> bool:
    """Whether a verb of opinion has a share of the polled as its subject ("44 percent say", "most Americans
    want"): what follows is their answer, not an act anybody took or announced."""
    if verb.lemma_.lower() not in POLL_ANSWER_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lemma_.lower() in POLL_SUBJECTS or (
        subject.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "amod" and c.lower_ == "most" for c in subject.children)
    )


def _unknown_or_polled(trigger: Token) -> bool:
    """Whether the act is only the content of denied knowledge or of a poll answer: no event at all."""
    token = trigger
    clausal = True  # only clauses the answer itself states: "70 percent say Trump's attempt to coerce Ukraine
    # was wrong" judges an act the article tells as fact
    for _ in range(8):
        if token.head.i == token.i:
            return False
        below, token = token, token.head
        clausal = clausal and below.pos_ in {"VERB", "AUX"} and below.dep_ in ANSWER_CLAUSE_DEPS
        lemma = token.lemma_.lower()
        if lemma in KNOWLEDGE_WORDS and _negated_word(token):
            if lemma not in FACTIVE_KNOWLEDGE_WORDS or below.dep_ == "prep":
                return True
        if clausal and token.pos_ in {"VERB", "AUX"} and _poll_answer(token):
            return True
    return False


ANSWER_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})  # "... if he committed offenses"


def _scheme_of_it(trigger: Token) -> str | None:
    """The kind of noun ("threat" or "plot") whose infinitive the trigger is ("threats to harm lawmakers", "a
    plot to kill the president"), when the noun is not said to have been carried out; else None."""
    noun = _scheme_noun(trigger)
    if noun is None or _fulfilled(noun):
        return None
    return "threat" if noun.lemma_.lower() in THREAT_NOUNS else "plot"


def _scheme_noun(trigger: Token) -> Token | None:
    """The threat or plot noun whose infinitive the trigger is, which the parser may hang on the verb before
    ("arrested two men over a plot to kill ...")."""
    if trigger.pos_ != "VERB":
        return None
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "threats to assault and kill": both verbs
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    noun: Token | None = None
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        noun = verb.head
    elif to.i > 0 and verb.doc[to.i - 1].pos_ == "NOUN":
        noun = verb.doc[to.i - 1]
    if noun is None or noun.lemma_.lower() not in THREAT_NOUNS | PLOT_NOUNS:
        return None
    return noun


# Subjects that name nobody in particular ("individuals", "no country", "anyone"): with a modal of obligation
# the clause states a principle ("no country should invade its neighbour"), not an act of anyone's
GENERIC_SUBJECTS = frozenset(
    {"individual", "people", "person", "anyone", "anybody", "everyone", "everybody", "nobody", "one",
     "someone", "somebody", "country", "nation", "state", "citizen"}
)  # fmt: skip
GENERIC_DETERMINERS = frozenset({"no", "any", "every", "all", "each"})
PRINCIPLE_AUX = frozenset({"should", "must", "ought", "shall"})


def _generic(subject: Token) -> bool:
    """A subject naming nobody in particular: a bare plural, or "no|any|every" with a generic noun."""
    if subject.lemma_.lower() not in GENERIC_SUBJECTS and subject.lower_ not in GENERIC_SUBJECTS:
        return False
    for child in subject.children:
        if child.dep_ == "det" and child.lower_ not in GENERIC_DETERMINERS:
            return False
        if child.dep_ in {"poss", "compound", "amod", "nummod", "nmod"}:
            return False
    singular = subject.tag_ in {"NN", "NNP"}
    bare = not any(c.dep_ == "det" for c in subject.children)
    return not (singular and bare and subject.lemma_.lower() in {"country", "nation", "state", "person"})


def _principle(trigger: Token) -> bool:
    """Whether the trigger's clause states a rule for a generic subject: "individuals should not make threats",
    "no country should invade its neighbour", "the duty that people not make threats" (a subjunctive)."""
    verb = trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if trigger.dep_ != "dobj":
            return False
        verb = trigger.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            break
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    if subject is None or not _generic(subject):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    subjunctive = not aux and verb.tag_ == "VB" and any(c.dep_ == "mark" for c in verb.children)
    return bool(aux & PRINCIPLE_AUX) or subjunctive


# "Aderholt asked again", "'What is the contingency?', he asked": a question put, not an appeal for anything
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "xcomp", "oprd", "nsubjpass", "agent"})  # "was asked by"
APPEAL_PREPS = frozenset({"for", "to", "of"})


def _question_put(trigger: Token) -> bool:
    """Whether "ask" has no one asked and nothing asked for: no object, no "to"-clause, no "for|of"-phrase, and
    no clause but a quoted question."""
    if trigger.lemma_.lower() != "ask" or trigger.pos_ != "VERB":
        return False
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in APPEAL_PREPS):
            return False
        if child.dep_ == "ccomp" and not _quoted(child):
            return False
    return True


def _gerund_topic(trigger: Token) -> bool:
    """Whether the trigger is a subjectless gerund after a topic preposition under a noun ("outbursts about
    blowing up the White House", "jokes over invading Canada"): what people talk of, not an act anyone did, and
    climbing past the noun would hand it the subject of another clause. 'outrage over Russia bombing the
    hospital' names its doer and stays."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in {"pcomp", "pobj"}:
        return False
    prep = trigger.head
    if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "poss"} for c in trigger.children)


WH_WORDS = frozenset({"how", "why", "what", "whether", "who", "when", "where", "which"})
STUDY_VERBS = frozenset({"investigate", "study", "examine", "explore", "research", "assess", "analyze", "analyse"})
SUPPOSING_AUX = frozenset({"would", "could", "might", "may", "will", "can"})


def _wh_clause(verb: Token) -> Token | None:
    """The verb's clausal complement when it opens with a question word ("demanded how ...") and the verb has
    no object of its own (a person or thing demanded or investigated)."""
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            first = min(child.subtree, key=lambda t: t.i)
            if first.lower_ in WH_WORDS and first.tag_ in {"WRB", "WP", "WDT", "IN"}:
                return child
    return None


def _wh_question_or_study(trigger: Token, code: CameoCode) -> bool:
    """Whether a demand is a question asked ("demanded how X could be so sure": our rule, questions asked are
    no event) or an investigation is research into how something would work ("investigated how hibernation
    would affect design"); "investigated how the attack happened" looks into an event and stays."""
    if trigger.pos_ != "VERB" or code.root not in {"09", "10"}:
        return False
    clause = _wh_clause(trigger)
    if clause is None:
        return False
    if code.root == "10":
        return trigger.lemma_.lower() in {"demand", "ask", "question"}
    supposing = any(c.dep_ == "aux" and c.lower_ in SUPPOSING_AUX for c in clause.children)
    return trigger.lemma_.lower() in STUDY_VERBS and supposing


def _quoted(clause: Token) -> bool:
    """Whether a clause is a quotation (between quotation marks) or a question."""
    tokens = list(clause.subtree)
    doc = clause.doc
    before = doc[tokens[0].i - 1].text if tokens[0].i > 0 else ""
    quotes = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}
    return before in quotes or tokens[0].text in quotes or any(t.text == "?" for t in tokens)


# Money between one state's own bodies ("Congress gave the Pentagon $5 billion") is a budget, not economic aid:
# that needs parties of two countries or an international or non-governmental party. Relief a government hands
# its own people ("food to flood victims") stays humanitarian aid.
ECONOMIC_AID_CODES = frozenset({"071"})
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _home_money(sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether money stays inside one state, between its own bodies; with no recipient named, a legislature's
    money ("the House has not provided all the money NASA requested")."""
    parties = [*sources, *targets]
    if not sources or any(a.kind == "igo" or a.sector in INTERNATIONAL_SECTORS or not a.country for a in parties):
        return False
    if not targets:
        return all(a.sector == "LEG" for a in sources)
    return len({a.country for a in parties}) == 1 and all(a.sector in STATE_BODY_SECTORS for a in targets)


def _home_destination(trigger: Token, resolver: _Resolver, sources: list[Actor]) -> bool:
    """Whether a visit's destinations (its object, its "to"-phrase) are all places in the visitor's own country:
    "visiting Nevada and Iowa", "traveling to Florida" are trips at home, not visits to a state."""
    homes = {a.country for a in sources if a.country}
    if len(homes) != 1:
        return False
    ends: list[Token] = [c for c in trigger.children if c.dep_ == "dobj"]
    ends += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for o in [_pobj(c)] if o]
    indices: set[int] = set()
    for end in ends:
        indices |= _np_tokens(_coordination_root(end))
        for conj in end.conjuncts:
            indices |= _np_tokens(conj)
    mentions = [m for m in resolver.actors.in_paragraph(resolver.para.index) if m.head in indices]
    return bool(mentions) and all(m.role == "place" and m.actor.country in homes for m in mentions)


CONTESTING_VERBS = frozenset({"battle", "fight", "oppose", "resist", "challenge", "contest"})
CONDITION_MARKS = frozenset({"if", "unless", "lest"})
INVERTED_CONDITION_AUX = frozenset({"should", "had", "were"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})


def _clause_chain(trigger: Token, through: frozenset[str], steps: int = 4) -> list[Token]:
    """The trigger and the verbs above it reached through ``through`` arcs (at most ``steps`` steps)."""
    chain = [trigger]
    current = trigger
    for _ in range(steps):
        if current.dep_ not in through or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def _conditional(trigger: Token) -> bool:
    """Whether the act is only supposed, not reported: a condition ("if they had attacked", "unless Iran
    complies"), an inverted condition ("should China not accede", "had Israel struck"), or a counterfactual
    ("might not otherwise have agreed to", "would have retaliated"). Nobody announced it, so it is neither an
    intent nor a refusal."""
    if trigger.dep_ == "csubj" and trigger.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in trigger.children):
        return True  # "making concessions to Washington is necessary": the act in general, done by nobody
    for verb in _clause_chain(trigger, frozenset({"xcomp", "conj", "acomp"})):
        children = list(verb.children)
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
            return True
        if _habitual_when(verb):
            return True
        if any(c.dep_ == "advmod" and c.lower_ == "otherwise" for c in children):
            return True
        auxes = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
        first = min(t.i for t in verb.subtree)
        # "threats should China not accede": an inverted condition may follow its clause, which the parser
        # hangs as an adverbial or a complement clause (but "asked should we leave" is a question)
        placed = verb.i < verb.head.i or verb.head.lemma_.lower() not in QUESTION_VERBS
        if verb.dep_ in {"advcl", "ccomp"} and placed and subjects and any(
            a.lower_ in INVERTED_CONDITION_AUX and a.i == first < subjects[0].i for a in auxes
        ):
            return True
        modal = any(a.lower_ in HYPOTHETICAL_AUX for a in auxes)
        if modal and any(a.lower_ == "have" for a in auxes) and verb.tag_ == "VBN":
            return True  # "would have retaliated": it did not happen
    return False


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _habitual_when(verb: Token) -> bool:
    """'When a state raises import duties, its own shoppers pay': a present-tense 'when'
    clause under a present-tense statement is a general rule, not an act that happened ('When China imposed
    tariffs, Canada retaliated' and 'when Biden meets Xi, he will ...' are dated acts and stay)."""
    if verb.dep_ != "advcl" or verb.tag_ not in PRESENT_TAGS or verb.head.i == verb.i:
        return False
    if not any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "whenever"} and c.i < verb.i
               for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    main = verb.head
    main_aux = [c for c in main.children if c.dep_ in {"aux", "auxpass"}]
    if main_aux:
        return all(a.tag_ in PRESENT_TAGS and a.lemma_.lower() in {"do", "be"} for a in main_aux)
    return main.tag_ in PRESENT_TAGS


NOT_YET_WORDS = frozenset({"yet", "so far", "thus far", "as yet"})
PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve"})


def _not_yet(trigger: Token) -> bool:
    """'hasn't committed to any specifics so far', 'has not yet agreed': an act that has not happened yet, told
    as a fact, is no refusal."""
    for verb in _clause_chain(trigger, frozenset({"xcomp", "conj"})):
        for child in verb.children:
            phrase = " ".join(t.lower_ for t in child.subtree)
            if child.dep_ in {"advmod", "prep", "npadvmod"} and phrase in NOT_YET_WORDS:
                return True
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    return bool(aux & PERFECT_AUX) and not aux & (FUTURE_AUX | {"would"}) and trigger.tag_ == "VBN"


SUSPICION_VERBS = frozenset(
    {"suggest", "speculate", "allege", "claim", "suspect", "theorize", "theorise", "insinuate", "rumor", "rumour"}
)
SUSPICION_NOUNS = frozenset(
    {"theory", "theorist", "rumor", "rumour", "speculation", "suspicion", "allegation", "claim", "hoax", "myth",
     "criticism", "accusation", "charge", "report"}
)


def _suspected(trigger: Token) -> bool:
    """Whether the act sits in a clause that only voices a suspicion: "conspiracy theories suggesting he had
    been murdered", "rumours that the general was poisoned", "speculated that Iran had attacked". A proposal
    ("suggested holding talks", an -ing complement) is not a suspicion."""
    current = trigger
    for _ in range(5):
        dep, head = current.dep_, current.head
        if head.i == current.i:
            return False
        lemma = head.lemma_.lower()
        if dep == "ccomp" and head.pos_ in {"VERB", "AUX"} and lemma in SUSPICION_VERBS:
            return True
        if dep in {"acl", "ccomp", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and lemma in SUSPICION_NOUNS:
            return True
        if dep not in {"ccomp", "xcomp", "conj", "acl", "advcl", "pcomp", "prep", "pobj"}:
            return False
        current = head
    return False


# Adverbs that pass an act on as others' report, not the writer's own knowledge
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "purportedly", "supposedly"})
# "is believed to have attacked", "was said to have met": a passive verb of report raising the act's doer
HEARSAY_RAISERS = frozenset({"believe", "think", "say", "report", "suspect", "allege", "rumor", "rumour", "claim"})


def _hearsay(trigger: Token) -> bool:
    """Whether the act is told as hearsay: "reportedly shelled", "allegedly paid", "is believed to have
    attacked", "were said to have met". PLOVER's alleged mode; an adverb on another clause does not count."""
    current = trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"}:
        current = trigger.head  # "reportedly signed a deal": the nominal event takes its verb's adverbs
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.i != current.i:
            raiser = current.head
            if raiser.lemma_.lower() in HEARSAY_RAISERS and any(c.dep_ == "auxpass" for c in raiser.children):
                return True
            current = raiser  # "is reportedly planning to visit"
            continue
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "reportedly met and signed": the adverb covers both verbs
            continue
        break
    return False


PRESSURE_VERBS = frozenset(
    {"pressure", "push", "press", "urge", "encourage", "lobby", "persuade", "coax", "nudge", "prod",
     "cajole", "goad", "entreat"}
)
FORCING_VERBS = frozenset({"force", "compel", "coerce", "oblige", "pressure", "make"})
# Verbs that let or bring about another's act ("allow the agency to inspect", "got Kyiv to open a probe"): the act
# happens only when the causing does
CAUSATIVE_VERBS = frozenset({"allow", "let", "permit", "enable", "get", "help"})
# Verbs whose infinitive did happen ("managed to get them to talk")
ACHIEVING_VERBS = frozenset({"manage", "succeed", "begin", "start", "continue", "go", "come", "use"})
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "want", "aim", "hope", "plan", "strive", "intend", "wish"})


def _sought_of_others(trigger: Token) -> bool:
    """Whether the act is one somebody presses another to do ("pushing Kyiv to negotiate", "pressured Israel to
    withdraw") or tries to force on them ("try to force the Palestinians to capitulate"): the presser's demand
    or intent, not the act happening. An accomplished forcing ("forced the rebels to retreat") entails it."""
    if trigger.head.i == trigger.i:
        return False
    governor = trigger.head
    lemma = governor.lemma_.lower()
    if trigger.dep_ == "xcomp":
        if not any(c.dep_ == "dobj" and c.i < trigger.i for c in governor.children):
            return False  # subject control ("pushed to negotiate") is the subject's own act
    elif not (trigger.dep_ == "ccomp" and _infinitive(trigger) and any(c.dep_ == "nsubj" for c in trigger.children)):
        return False  # "allow | inspectors to visit" may come parsed as an infinitive clause with its own subject
    if lemma in PRESSURE_VERBS:
        return True
    if lemma not in FORCING_VERBS | CAUSATIVE_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in governor.children):
        return True
    if governor.dep_ == "xcomp" and governor.head.lemma_.lower() in ATTEMPT_VERBS:
        return True
    return _unreal_infinitive(governor)


PLEDGE_VERBS = frozenset({"commit", "pledge", "promise", "vow", "guarantee"})


def _commitment_withheld(trigger: Token) -> bool:
    """Whether a negated pledge verb is a bare past non-commitment ("did not commit to any cuts", "hasn't
    committed so far"): withholding a pledge refuses nothing, so it stays a negated 03x. "Will not commit",
    "refused to pledge" look forward or refuse outright and remain rejections."""
    if trigger.lemma_.lower() not in PLEDGE_VERBS:
        return False
    aux = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}}
    return any(c.dep_ == "neg" for c in trigger.children) and bool(aux) and aux <= PAST_AUX | {"do", "does"}


def _forcing_attempted(trigger: Token) -> bool:
    """Whether the trigger is what another is only trying to force somebody to do ("sought to force Kyiv to
    cede land"): the forced party has neither done it nor announced it; the attempt is the forcer's."""
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i:  # "... to capitulate and give up its claims"
        trigger = trigger.head
    head = trigger.head
    if trigger.dep_ not in {"xcomp", "ccomp"} or head.lemma_.lower() not in FORCING_VERBS | PRESSURE_VERBS:
        return False
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in ATTEMPT_VERBS


def _unreal_infinitive(verb: Token) -> bool:
    """Whether a causing verb is itself only an aim: the infinitive of a noun ("efforts to get Serbia to ..."),
    of a "for X to" clause ("pressure for Moscow to allow ..."), or of a purpose ("in order to make them ...").
    Nobody has caused anything yet, so the caused act is not reported as done."""
    if not _infinitive(verb):
        return False
    if verb.dep_ in {"acl", "advcl", "relcl"}:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in ENTAILING_CONTROL | ACHIEVING_VERBS


# ------------------------------------------------------------------------------------------------- the coder


def _event_key(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


# "Iran and the EU trio (France, Germany and Britain) agreed": beyond three parties a cooperative act is
# multilateral, and every ordered pair (twelve events for four parties) would drown the dyads that matter;
# each party is then coded once, with no single counterpart.
MAX_RECIPROCAL = 3


def _pairs(
    sources: list[Actor], targets: list[Actor], code: CameoCode, mutual: bool = False, reciprocal: bool = True
) -> list[tuple[Actor | None, Actor | None]]:
    """Source-target pairs; several sources with no target do a cooperative act, or one said to be ``mutual``
    (a clash between them, attacks on each other), to each other. ``reciprocal`` False: the act's object is a
    thing named elsewhere, so the sources did it side by side, not to each other."""
    if sources and targets:
        return [(s, t) for s in sources for t in targets if not _same(s, t)]
    if 1 < len(sources) <= MAX_RECIPROCAL and (
        mutual or (reciprocal and (code.root in COOPERATIVE_ROOTS or code.code in MUTUAL_CODES))
    ):
        return [(s, t) for s in sources for t in sources if not _same(s, t) and not _one_state_twice(s, t)]
    if sources:
        return [(s, None) for s in sources]
    return [(None, t) for t in targets]


STATE_ITSELF_SECTORS = frozenset({None, "GOV"})


def _one_state_twice(a: Actor, b: Actor) -> bool:
    """Whether two members of a compound are one state named twice ("Kyiv" and "Ukraine", "the government and
    Ukraine"): the same country, each the state itself or its government. The government and the opposition,
    or the army and a rebel force, are two sides."""
    return bool(a.country) and a.country == b.country and a.org is None and b.org is None and (
        a.sector in STATE_ITSELF_SECTORS and b.sector in STATE_ITSELF_SECTORS
    )


def _antecedent_is_object(trigger: Token) -> bool:
    """Whether a relative clause's verb has its antecedent as object ("concessions they had agreed to",
    "the deal which both sides signed"): what was agreed is that thing, not each other."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "terms they resisted and later agreed to"
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    subject = next((c for c in (*trigger.children, *clause.children) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS


FILING_VERBS = frozenset(
    {"file", "bring", "lodge", "launch", "submit", "initiate", "open", "pursue", "press", "win", "lose", "settle"}
)


def _legal_action_filed(noun: Token) -> bool:
    """Whether a legal-action noun is asserted by a verb of filing it ("filed two suits", "cases were brought")
    or by a modifier that names its filer; a bare "cases against Israel" under a topic is no act."""
    if noun.dep_ in {"dobj", "nsubjpass", "conj"}:
        head = noun.head
        while head.dep_ == "conj" and head.head.i != head.i and head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        return head.pos_ == "VERB" and head.lemma_.lower() in FILING_VERBS
    return False


def _same(a: Actor, b: Actor) -> bool:
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    # the same code on both sides ("Egyptian officials said the country would ...") is one actor twice, unless
    # a named organisation tells them apart ("Kurdish fighters fought Islamic State": both SYRREB)
    if (a.org or b.org) and a.org != b.org:
        return False
    return bool(a.code and a.code == b.code)


def code_paragraphs(
    parsed: Sequence[ParsedParagraph],
    actors: ArticleActors,
    patterns: PatternSet | None = None,
    statements: bool = False,
    dateline: Place | None = None,
) -> list[CodedEvent]:
    """Code every sentence of the parsed article into events (before dates and places).

    Statements (CAMEO root 01) are only coded when ``statements`` is true: PLOVER has no type for them, and a
    "said" frame around a real event must not hide it. ``dateline`` is the place the article was filed from.
    """
    patterns = patterns or load_patterns()
    events: list[CodedEvent] = []
    resolver = _Resolver(actors=actors, para=parsed[0], dateline=dateline) if parsed else None
    recent: list[tuple[ParsedParagraph, Span, list[CodedEvent]]] = []  # the last sentences, for replies
    for para in parsed:
        assert resolver is not None
        resolver.para = para
        if para is not parsed[0] and _link_fragment(para):
            continue  # "READ MORE: Talks collapse in Doha": another story's headline inside the body
        for sent in para.doc.sents:
            coded = _answered(_code_sentence(sent, para, resolver, patterns, statements), recent, resolver)
            coded = [
                _claimed_by_its_victim(_with_protested_state(_with_governed_population(event, resolver)), resolver)
                for event in coded
            ]
            coded = [each for event in coded for each in _with_mediated_sides(event, resolver)]
            coded = _one_event_per_act([event for event in coded if _has_a_doer(event)])
            events.extend(coded)
            recent = [*recent[-(REPLY_REACH - 1):], (para, sent, coded)]
            resolver.note_pairs(coded)
            forces = _authors_of_force(coded)
            if forces:
                resolver.last_force = forces
            here = [
                m.actor
                for m in actors.in_paragraph(para.index)
                if m.role == "actor" and sent.start <= m.start < sent.end
            ]
            persons = [a for a in here if a.kind == "person"]
            collectives = [a for a in here if a.kind in {"state", "igo", "group"}]
            if persons:
                resolver.last_person = persons[0]
            subjects = [
                m.actor
                for m in actors.in_paragraph(para.index)
                if m.role == "actor" and m.actor.kind == "person" and sent.start <= m.start < sent.end
                and resolver._subject_mention(m)
            ]
            resolver.last_subject_person = subjects[-1] if subjects else None
            if collectives:
                resolver.last_collective = collectives[0]
    return events


# Replies to another's act named by its noun ("rejected the warning", "dismissed the ruling as hearsay", "called
# the expulsion a provocation"): the noun, the verbs that report the act, and the CAMEO roots of events that are it
ANSWERED_ACTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "warning": (frozenset({"warn", "threaten"}), frozenset({"13"})),
    "threat": (frozenset({"threaten", "warn"}), frozenset({"13"})),
    "ultimatum": (frozenset({"warn", "threaten"}), frozenset({"13"})),
    "expulsion": (frozenset({"expel"}), frozenset({"16", "17"})),
    "ruling": (frozenset({"rule"}), frozenset()),
    "verdict": (frozenset({"rule", "convict"}), frozenset()),
    "judgment": (frozenset({"rule"}), frozenset()),
    "judgement": (frozenset({"rule"}), frozenset()),
    "accusation": (frozenset({"accuse", "allege"}), frozenset({"11"})),
    "allegation": (frozenset({"allege", "accuse"}), frozenset({"11"})),
    "criticism": (frozenset({"criticise", "criticize", "condemn"}), frozenset({"11"})),
    "sanction": (frozenset({"sanction"}), frozenset({"16"})),
    "demand": (frozenset({"demand"}), frozenset({"10"})),
    # the acts a story leads with and the world then condemns ("condemned the launch", "denounced the
    # detentions", "criticised the strikes"): the condemnation is aimed at who did them
    "detention": (frozenset({"detain", "arrest"}), frozenset({"17"})),
    "arrest": (frozenset({"arrest", "detain"}), frozenset({"17"})),
    "launch": (frozenset({"launch", "fire"}), frozenset({"15", "19"})),
    "test": (frozenset({"test", "launch", "fire", "conduct"}), frozenset({"15"})),
    "attack": (frozenset({"attack", "strike", "bomb"}), frozenset({"18", "19"})),
    "strike": (frozenset({"strike", "bomb", "hit"}), frozenset({"19"})),
    "airstrike": (frozenset({"strike", "bomb", "hit"}), frozenset({"19"})),
    "bombing": (frozenset({"bomb"}), frozenset({"18", "19"})),
    "shelling": (frozenset({"shell"}), frozenset({"19"})),
    "killing": (frozenset({"kill", "shoot"}), frozenset({"18", "19", "20"})),
    "invasion": (frozenset({"invade"}), frozenset({"19"})),
    "incursion": (frozenset({"cross", "enter", "invade"}), frozenset({"19"})),
    "crackdown": (frozenset({"crack", "disperse", "detain"}), frozenset({"17"})),
    "execution": (frozenset({"execute", "hang"}), frozenset({"18"})),
    "takeover": (frozenset({"seize", "detain", "topple", "oust"}), frozenset({"17"})),
    "coup": (frozenset({"seize", "detain", "topple", "oust"}), frozenset({"17"})),
    "annexation": (frozenset({"annex"}), frozenset({"19"})),
    "blockade": (frozenset({"blockade", "block"}), frozenset({"17", "19"})),
    "raid": (frozenset({"raid"}), frozenset({"17", "19"})),
    "kidnapping": (frozenset({"kidnap", "abduct"}), frozenset({"18"})),
    "abduction": (frozenset({"abduct", "kidnap"}), frozenset({"18"})),
    "release": (frozenset({"detain", "arrest", "jail", "abduct", "kidnap"}), frozenset({"17", "181"})),
    # appeals and protests answered ("rejected calls to withdraw the mayors", "rejected such protests")
    "call": (frozenset({"call", "urge", "appeal"}), frozenset({"02", "10"})),
    "appeal": (frozenset({"appeal", "urge", "call"}), frozenset({"02"})),
    "request": (frozenset({"request", "ask"}), frozenset({"02"})),
    "protest": (frozenset({"protest", "lodge", "summon"}), frozenset({"11", "14"})),
    "complaint": (frozenset({"complain", "protest", "lodge", "summon"}), frozenset({"11", "14"})),
    # a veto blocks a text at a council ("criticised the veto", "regretted the veto")
    "veto": (frozenset({"veto", "block"}), frozenset({"12"})),
    # a generic name for whatever was just done ("criticised the move", "the Kremlin criticised the decision"):
    # the last act told by another, of any root but talk and replies
    **{
        noun: (frozenset(), frozenset({f"{root:02d}" for root in range(3, 21)} - {"11", "12"}))
        for noun in ("move", "decision", "step")
    },
}
REPLY_ROOTS = frozenset({"05", "11", "12"})
REPLY_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "det"})
REPLY_REACH = 6  # sentences back: a reply answers an act the article has just told (the lede, or the paragraph)


# Appeals and demands to undo an act ("called for the release of the detained leaders", "demanded their
# immediate release", "urged an end to the shelling"): the undoing noun, and the act nouns it undoes when
# named after it; "release" undoes a detention or abduction even when its holder is not named
APPEAL_ROOTS = frozenset({"02", "10"})
UNDOING_NOUNS = frozenset({"release", "end", "halt", "cessation", "stop"})
RELEASE_NOUNS = frozenset({"release"})


def _appealed_noun(event: CodedEvent) -> Token | None:
    """The act an appeal with no target asks to undo, as a noun ANSWERED_ACTS knows ("the release" stands for
    a detention; "an end to the shelling" for the shelling), if any."""
    trigger = event.trigger
    candidates = [c for c in trigger.children if c.dep_ == "dobj"]
    candidates += [_pobj(c) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"]
    for xcomp in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        candidates += [g for g in xcomp.children if g.dep_ == "pobj"]
    for noun in (c for c in candidates if c is not None and c.pos_ == "NOUN"):
        lemma = noun.lemma_.lower()
        if lemma in RELEASE_NOUNS:
            return noun
        if lemma in UNDOING_NOUNS:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "of"}):
                act = _pobj(prep)
                if act is not None and act.lemma_.lower() in ANSWERED_ACTS:
                    return act
    return None


def _answered_noun(event: CodedEvent) -> Token | None:
    """The act noun a reply takes as its object with no owner named ("rejected the warning"), if any."""
    if event.target is not None or event.trigger.pos_ != "VERB":
        return None
    if event.code.root in APPEAL_ROOTS:
        return _appealed_noun(event)
    if event.code.root not in REPLY_ROOTS:
        return None
    noun = next((c for c in event.trigger.children if c.dep_ in REPLY_OBJECT_DEPS), None)
    if noun is None or noun.lemma_.lower() not in ANSWERED_ACTS:
        return None
    # the owner sits before the noun or after "by"/"from" ("Ankara's warning", "the U.S. warning", "strikes by
    # Russia"); a place or victim after "on"/"against" ("the strike on Lviv") says whom, not whose
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in {"by", "from"})]
    if any(
        c.dep_ == "poss" or (c.pos_ == "PROPN" and c.ent_type_ not in TIME_ENTITIES)
        or (c.ent_type_ and c.ent_type_ not in TIME_ENTITIES)
        for owner in owners for c in owner.subtree
    ):
        return None  # "rejected Ankara's warning", "the U.S. warning": the owner is in the phrase (a day is not)
    return noun


def _doers_of_act(
    noun: Token, recent: list[tuple[ParsedParagraph, Span, list[CodedEvent]]], resolver: _Resolver,
    replier: Actor | None = None,
) -> list[Actor]:
    """Who did the act a reply's noun names, latest first in the sentences just told: a coded event that is that
    act (not the replier's own), or else the named subject of a verb that reports it ("the court ruled ... ")."""
    verbs, roots = ANSWERED_ACTS[noun.lemma_.lower()]
    here = resolver.para
    try:
        for para, sent, coded in reversed(recent):
            for event in reversed(coded):
                lemma = event.trigger.lemma_.lower()
                if replier is not None and event.source is not None and (
                    _same(event.source, replier) or _one_state_twice(event.source, replier)
                ):
                    continue  # "Turkey rejected the complaint" answers another's complaint, not Ankara's own
                if event.source is not None and (
                    event.code.root in roots or event.code.code[:3] in roots or lemma in verbs or lemma == noun.lemma_
                ):
                    return [event.source]
            resolver.para = para
            for token in reversed(list(sent)):
                if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
                    continue
                subject = _reporting_subject(token)
                if subject is None or subject.pos_ == "PRON":
                    continue
                found = [a for a in resolver.phrase_actors(subject) if a.country or a.org]
                if replier is not None:
                    found = [a for a in found if not (_same(a, replier) or _one_state_twice(a, replier))]
                if found:
                    return found
    finally:
        resolver.para = here
    return []


def _reporting_subject(verb: Token) -> Token | None:
    """Who did what a verb reports, as the coder finds any act's doer: its subject, the "by" agent of its
    passive ("was detained by police"), or the subject a participle clause shares ("the court blocked the plan,
    ruling that ...")."""
    return _subject_of(verb)[0]


def _answered(
    coded: list[CodedEvent], recent: list[tuple[ParsedParagraph, Span, list[CodedEvent]]], resolver: _Resolver
) -> list[CodedEvent]:
    """Replies whose object is another's act with no owner named take as target who did that act, when the
    article has just told it: "EU ministers warned Turkey ... Turkey's foreign ministry rejected the warning"."""
    out = []
    for event in coded:
        noun = _answered_noun(event)
        doers = _doers_of_act(noun, recent, resolver, event.source) if noun is not None else []
        doers = [d for d in doers if event.source is None or not (_same(d, event.source)
                                                                  or _one_state_twice(d, event.source))]
        if not doers:
            out.append(event)
            continue
        explanation = {**event.explanation, "target_path": f"doer of the {noun.text} told before"}
        out.append(replace(event, target=doers[0], explanation=explanation))
    return out


# Acts of control a state's agents aim at people the story does not name ("police fired tear gas to disperse the
# crowd", "detained at least 14 people", "imposed a curfew", "threatened martial law"): curfews, bans, states of
# emergency, repression and arrests, and threats of the first. CAMEO coders give them the governed population.
# A ban of a party or politician (1722: "the impeachment", "barred the opposition leader") aims at one figure,
# not the public, so it is left as found.
POPULATION_CONTROL_PREFIXES = ("172", "173", "175", "1323", "1324")
NOT_POPULATION_CODES = frozenset({"1722"})
STATE_AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def _with_governed_population(event: CodedEvent, resolver: _Resolver) -> CodedEvent:
    """An act of control by a state's agents with no target named takes the people of the place it happens in,
    else the agents' own country: police act at home, and "the crowd" or "14 people" has no nationality."""
    source = event.source
    if (
        event.target is not None
        or source is None
        or not source.country
        or not event.code.code.startswith(POPULATION_CONTROL_PREFIXES)
        or event.code.code in NOT_POPULATION_CODES
        or (source.kind != "state" and source.sector not in STATE_AGENT_SECTORS)
    ):
        return event
    place = _action_place(event.trigger, resolver) if event.trigger.pos_ == "VERB" else None
    country = place.country if place is not None and place.country else source.country
    population = _implied_actor(
        _unresolved_object_text(event.trigger), f"population ({country})", country, "CVL", 0.5,
        "governed population: an act of control with no target named",
    )
    where = "the place of the act" if country != source.country or place is not None else "the agents' own country"
    explanation = {**event.explanation, "target_path": f"governed population ({where})"}
    return replace(event, target=population, explanation=explanation)


def _unresolved_object_text(trigger: Token) -> str:
    """The words naming whom an act of control fell on when no actor resolved there ("Christopher D. Battin",
    "14 people"), up to the noun itself (no age, apposition or relative clause); the trigger when none."""
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "NUM"}:
                return trigger.doc[child.left_edge.i : child.i + 1].text
    return trigger.text


def _with_mediated_sides(event: CodedEvent, resolver: _Resolver) -> list[CodedEvent]:
    """An offer to mediate, or a mediation, with nobody named between ("The African Union has offered to
    mediate") is aimed at the two sides the story has set up; one of them mediating is no mediator."""
    sides = resolver.story_sides
    if (
        event.target is not None
        or event.source is None
        or event.code.code[:3] not in MEDIATION_CODES
        or len(sides) != 2
        or any(_same(event.source, side) or event.source.country == side.country for side in sides)
    ):
        return [event]
    explanation = {**event.explanation, "target_path": "the sides the story has set up"}
    return [replace(event, target=side, explanation=explanation) for side in sides]


# Protesters of a country with no target named ("thousands gathered outside the legislative palace", "crowds
# filled the avenue chanting for Maduro to step down", "a million people marched across France"): a protest
# at home is aimed at the state that rules there, as CAMEO coders code it
PROTEST_ROOT = "14"
STATELESS_PROTESTERS = frozenset({"igo"})


def _with_protested_state(event: CodedEvent) -> CodedEvent:
    """A protest by a country's people with no target takes that country's authorities as its target."""
    source = event.source
    if (
        event.target is not None
        or source is None
        or not source.country
        or event.code.root != PROTEST_ROOT
        or source.kind in STATELESS_PROTESTERS
        or source.sector in STATE_AGENT_SECTORS
        or (source.kind == "state" and not source.sector)  # "Jordan blocked the crossing": the state acts itself
    ):
        return event
    state = _implied_actor(
        event.trigger.text, f"authorities ({source.country})", source.country, "GOV", 0.4,
        "protested state: a protest at home with no target named",
    )
    explanation = {**event.explanation, "target_path": "the protesters' own state (no target named)"}
    return replace(event, target=state, explanation=explanation)


CLAIMED_ROOTS = frozenset({"18", "19", "20"})
CLAIM_VERBS = frozenset({"say", "claim", "report", "tell", "allege", "state", "announce"})


def _claimed_by_its_victim(event: CodedEvent, resolver: _Resolver) -> CodedEvent:
    """Violence one side reports the other did to it ("Russia's defence ministry said Ukrainian drones had
    attacked an oil depot in Belgorod") is that side's claim, unconfirmed: alleged, as an accusation's act is.
    A side reporting its own act, or a third party reporting, leaves the event asserted."""
    if event.modality != "asserted" or event.code.root not in CLAIMED_ROOTS or event.trigger.pos_ != "VERB":
        return event
    doer, victim = event.source, event.target
    if doer is None or victim is None or not doer.country or doer.country == victim.country:
        return event
    clause = event.trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in CLAIM_VERBS:
        return event
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return event
    speakers = resolver.phrase_actors(subject)
    if not speakers or any(s.country != victim.country for s in speakers):
        return event
    explanation = {**event.explanation, "modality_from": f"claimed by its victim ({speech.text})"}
    return replace(event, modality="alleged", explanation=explanation)


def _implied_actor(text: str, name: str, country: str, sector: str, confidence: float, via: str) -> Actor:
    """An actor the text implies but does not name (the state that arrests, unidentified attackers, the people a
    curfew governs): a country's sector, coded as such, with the rule that implied it."""
    return Actor(
        text=text, name=name, country=country, sector=sector, code=f"{country}{sector}", kind="sector",
        confidence=confidence, via=via,
    )


# A link label that opens a line ("SEE MORE:", "RELATED:"), and what ends a sentence of prose
_LINK_LABEL = re.compile(r"^[A-Z][A-Z ]{2,24}:\s")
SENTENCE_ENDS = frozenset(".?!\"”’')")
MAX_FRAGMENT_WORDS = 14


def _link_fragment(para: ParsedParagraph) -> bool:
    """Whether a body paragraph after the first is a headline or a related-story link, not prose: a line with
    no final punctuation that a capitalised label and a colon open, or one short sentence ("Serbia drops border
    protest laws after lawsuit"). Its events belong to another article."""
    text = para.doc.text.strip()
    if not text or text[-1] in SENTENCE_ENDS:
        return False  # ("UPDATE: Police arrested two more suspects." is news)
    if _LINK_LABEL.match(text):
        return True
    words = [t for t in para.doc if not t.is_punct and not t.is_space]
    return len(list(para.doc.sents)) == 1 and len(words) <= MAX_FRAGMENT_WORDS


COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj"})


def _governs(upper: Token, lower: Token) -> bool:
    """Whether ``lower`` sits inside ``upper``'s own clause material (not merely coordinated with it)."""
    token = lower
    while token.head.i != token.i:
        if token.dep_ == "conj" and token.head.i != upper.i and token.pos_ == "ADP" and token.head.pos_ == "ADP":
            pass  # "accused Rwanda of invading ... and of backing the rebels": coordinated phrases of one complement
        elif token.dep_ == "conj" and (
            token.head.i == upper.i or not (token.head.pos_ == "VERB" and token.head.dep_ in COMPLEMENT_DEPS)
        ):
            # coordinated with it ("attacked Kyiv and threatened Poland") or with its actors, not inside it;
            # but "threatened to assault and murder" coordinates inside the complement (and "fled into Kenya and
            # surrendered their rifles, an official said" is two acts, though both are reported)
            return False
        if token.dep_ == "relcl" and _non_restrictive(token):
            return False  # "expelled the envoy, whom it accused of bias": the writer asserts the clause apart
        token = token.head
        if token.i == upper.i:
            return True
    return False


def _told_of_an_actor(upper: Token, lower: Token, resolver: _Resolver) -> bool:
    """Whether ``lower`` is the past act of a relative clause on an actor inside ``upper``'s clause ("detained
    a Belarusian soldier who fired on Polish border guards"): the writer tells the firing as fact, it is not
    part of the detention ("demanded a soldier who would fire" is not told as done)."""
    token = lower
    while token.head.i != token.i and token.i != upper.i:
        if (
            token.dep_ == "relcl"
            and token.tag_ == "VBD"
            and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in token.children)
            and resolver.actors.at(resolver.para.index, token.head.i) is not None
        ):
            return True
        token = token.head
    return False


def _non_restrictive(clause: Token) -> bool:
    """An active relative clause set off by a comma and opened by a relative pronoun (", whom it accused of
    bias"): it adds a fact of its own about its noun rather than picking the noun out. (A passive one, ", who
    was detained for a day", tells what befell the noun before: background to the sentence's event.)"""
    first = clause.left_edge
    if first.lower_ not in RELATIVE_PRONOUNS - {"that"} or first.i == 0 or clause.doc[first.i - 1].lower_ != ",":
        return False
    return any(c.dep_ == "nsubj" for c in clause.children)


# Sport is reported with the verbs of war and diplomacy ("Spain defeated Croatia", "rallied to win the set"):
# a sentence with two of these signs (words or set scores) is about a game, not about states.
SPORTS_WORDS = frozenset(
    {
        "champion", "championship", "tournament", "semifinal", "semi-final", "quarterfinal", "quarter-final",
        "striker", "midfielder", "goalkeeper", "wicket", "innings", "touchdown", "playoff", "play-off",
        "scoreline", "olympics", "batsman", "rugby", "soccer", "tennis", "cricket", "basketball", "baseball",
        "football", "league", "cup", "coach", "season", "match", "final", "title", "medal", "squad", "set",
    }
)  # fmt: skip
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _has_state_agent(sent: Span, para: ParsedParagraph, resolver: _Resolver) -> bool:
    """Whether a government, police, military or court agent is named in the sentence (teams are not)."""
    agents = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB"}
    return any(
        m.role == "actor" and m.actor.sector in agents and sent.start <= m.start < sent.end
        for m in resolver.actors.in_paragraph(para.index)
    )


def _is_sports(sent: Span) -> bool:
    signs = {t.lower_ for t in sent if t.lower_ in SPORTS_WORDS or t.lemma_.lower() in SPORTS_WORDS}
    scores = len(_SCORE.findall(sent.text))
    return len(signs) + scores >= 2


# Head words of an office's or body's proper name ("the Swedish Prosecution Authority", "the Negotiations Affairs
# Department"): a capitalised word before them is part of the name
NAME_HEAD_WORDS = frozenset(
    {"authority", "department", "ministry", "office", "agency", "commission", "council", "committee", "bureau",
     "service", "directorate", "unit", "centre", "center", "board", "tribunal", "court", "institute"}
)  # fmt: skip


def _inside_a_name(token: Token, resolver: _Resolver) -> bool:
    """Whether a capitalised noun is a word inside an office's proper name rather than an act: before the name's
    head word ("the Swedish Prosecution Authority") or in a person's title ("Director of Public Prosecution Anna
    Berg"). A named actor's other words are left alone: "Arab League Summit" may still name an act."""
    if token.pos_ not in {"NOUN", "PROPN"} or not token.text[:1].isupper() or token.dep_ != "compound":
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.text[:1].isupper() and head.lemma_.lower() in NAME_HEAD_WORDS:
        return True
    mention = resolver.actors.at(resolver.para.index, head.i)
    return head.pos_ == "PROPN" and mention is not None and mention.actor.kind == "person"


# Verbs of saying whose subject is who speaks; "the peacekeeping mission said": a speaker named for its work
# Narrower than SPEECH_VERBS on purpose: a speaker who warns or demands is acting, so an act noun in their name
# ("the mission warned") may still be read; only a speaker who merely reports lends their name no event.
REPORTING_VERBS = frozenset(
    {"say", "tell", "state", "announce", "report", "confirm", "deny", "add", "note", "insist", "stress", "claim"}
)
SPOKESPERSON_PREPS = frozenset({"for", "of"})


def _names_the_speaker(token: Token) -> bool:
    """Whether an act noun is (the head of, or a word before) the name of whoever speaks: "the U.N. peacekeeping
    mission MONUSCO said ...", "a spokesman for the monitoring mission said ..." name an organisation by its work,
    and report no peacekeeping or monitoring of their own."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in SPOKESPERSON_PREPS and head.head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head.head  # "a spokesman for the mission"
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in REPORTING_VERBS


COUNTED_RECORD_AUX = frozenset({"has", "have", "'ve"})
# Acts that last: a war fought is a span of years, not a day's act ("have fought two wars")
LASTING_ACT_NOUNS = frozenset({"war", "conflict", "insurgency", "campaign", "uprising", "rebellion"})


def _counted_record(trigger: Token) -> bool:
    """Whether a lasting act is told as a record counted over the years, with no date: "have fought two of
    their three wars over the region" sums up a history; it reports no act of today, nor one dated in the
    past. Counted acts of a day ("has carried out three strikes") are left alone: they may be this week's."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in COUNTED_RECORD_AUX for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.like_num:  # "two of their three wars"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted, obj = obj.lower_ not in {"one", "1"}, _pobj(of) if of is not None else None
    else:
        counted = any(n.dep_ == "nummod" and n.lower_ not in {"one", "1"} for n in obj.children)
    if not counted or obj is None or obj.lemma_.lower() not in LASTING_ACT_NOUNS:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree if t.i != verb.i)


def _purpose_of_description(trigger: Token) -> bool:
    """Whether an act is the purpose in a clause that describes a noun: "French troops, who are stationed there to
    fight militants" tells why the troops are there, not a fight today."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "advcl" or not _infinitive(trigger):
        return False
    return trigger.head.dep_ in {"relcl", "acl"} and trigger.head.head.pos_ in {"NOUN", "PROPN"}


# a word tagged as a verb but attached as a noun's modifier ("3. Japan flood aid") is no predicate
NOUN_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "nummod", "poss"})


def _verbless_fragment(trigger: Token) -> bool:
    """Whether a noun trigger sits in a fragment with no verb at all, a headline or caption naming a topic
    ("3. Japanese flood aid and growing doubts"): nobody is said to do anything. A headline with a predicate
    ("Israel strikes Gaza power station") has a verb and is read as usual."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(token.pos_ in {"VERB", "AUX"} and token.dep_ not in NOUN_MODIFIER_DEPS for token in trigger.sent)


STANCE_VERBS = frozenset({"support", "back", "endorse", "welcome", "favor", "favour", "oppose", "champion"})


def _held_in_a_stance(trigger: Token) -> bool:
    """Whether a noun trigger is only what a relative clause takes a stance on ("peace negotiations, which Norway
    stands ready to support", "a ceasefire that Paris has long backed"): the clause tells where
    somebody stands on the process, it does not report the process happening. A relative clause in which the
    noun acts ("negotiations, which began on Monday") is not a stance."""
    if trigger.pos_ != "NOUN":
        return False
    for clause in trigger.children:
        if clause.dep_ != "relcl" or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in clause.children
        ):
            continue
        chain = [clause, *(c for c in clause.subtree if c.dep_ in {"xcomp", "acomp"} and c.pos_ == "VERB")]
        if any(verb.lemma_.lower() in STANCE_VERBS for verb in chain):
            return True
    return False


def _described_only(trigger: Token) -> bool:
    """Whether a noun trigger is named only to be described: an appositive or copula characterisation ("the
    Yemeni war, a long and bloody conflict, ...", "the war is a costly conflict") is background about a
    standing state of affairs, not an act reported today."""
    if trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "dobj" for c in trigger.head.children):
        return False  # "the raid, a brazen attack, killed five": the act does something today
    descriptions = [c for c in trigger.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        descriptions += [c for c in trigger.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return any(
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        and any(c.dep_ == "amod" for c in noun.children)
        for noun in descriptions
    )


NAME_RUN = 3


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _word_of_a_title(token: Token) -> bool:
    """Whether a capitalised verb form sits inside a run of capitalised words in mid-sentence, a proper name
    ("the new Volatiles Investigating Polar Exploration Rover"), not an act. Only the run itself and the words
    at its ends are read; a run that starts the sentence may be a headline and is left alone."""
    if token.pos_ not in {"VERB", "AUX"} or not _capitalised(token) or token.i == token.sent.start:
        return False
    doc, start, end = token.doc, token.i, token.i
    while start > token.sent.start and _capitalised(doc[start - 1]):
        start -= 1
    while end + 1 < token.sent.end and _capitalised(doc[end + 1]):
        end += 1
    if end - start + 1 < NAME_RUN or start == token.sent.start:
        return False
    return not _capitalised(doc[start - 1]) and (end + 1 >= token.sent.end or not _capitalised(doc[end + 1]))


# Months spelled like acts ("March", "May"): capitalised inside a date they name the month
MONTHS_LIKE_ACTS = frozenset({"March", "May"})


def _month_name(token: Token) -> bool:
    """Whether a capitalised "March" or "May" is the month: tagged as a date, or next to a number ("March 2018",
    "3 March"); "the March on Washington" is a named event, "May" the verb is lower case mid-sentence."""
    if token.text not in MONTHS_LIKE_ACTS:
        return False
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    neighbours = [token.nbor(step) for step in (-1, 1) if 0 <= token.i + step < len(token.doc)]
    return any(n.like_num for n in neighbours)


def _code_sentence(
    sent: Span, para: ParsedParagraph, resolver: _Resolver, patterns: PatternSet, statements: bool
) -> list[CodedEvent]:
    matches: dict[int, _Match] = {}
    if _is_sports(sent) and not _has_state_agent(sent, para, resolver):
        return []  # a game; but "authorities jailed fans at a football tournament" is still coded
    if _asks_or_lists(sent):
        return []
    silent: set[int] = set()  # statements matched with statements off: they absorb their items, output nothing
    for token in sent:
        if _inside_a_name(token, resolver) or _word_of_a_title(token) or _names_the_speaker(token):
            continue  # "the Swedish Prosecution Authority said": an office's name, no prosecution
        if _month_name(token):
            continue  # "took office in March 2018": a month, no march
        candidates = _is_trigger_candidate(token, patterns)
        if candidates:
            found = _match(token, candidates)
            if found is not None and not statements and found.pattern.code.startswith("01"):
                # "denied charges that X is committing genocide": the denial takes "charges" (no 112) and the
                # act inside them. A weaker pattern on the same word codes only when it matched words of its own
                # ("issued a declaration demanding ..." is a demand); one the statement's words contain is the
                # statement read less well ("ruled out any involvement" rejects nothing)
                spoken = _match(token, [p for p in candidates if not p.code.startswith("01")])
                if spoken is None or spoken.consumed <= found.consumed:
                    silent.add(token.i)
                else:
                    found = spoken
            if found is not None:
                matches[token.i] = found
        if token.i not in matches and token.i not in silent:
            assembly = _assembly_for_protest(token)
            if assembly is not None:
                matches[token.i] = assembly
    for index in list(matches):
        noun = _scheme_noun(matches[index].trigger) if index in matches else None
        if noun is not None and noun.i in matches and _fulfilled(noun):
            del matches[noun.i]  # "carried out their threat to bomb the embassy": the bombing happened
    consumed = set().union(*(m.consumed for m in matches.values())) if matches else set()
    hushed = _content_of_silent(matches, silent)
    # "the general ordered troops to open fire": the firing is what happened, by the general's side
    for order, act in _orders_to_own_forces(matches, resolver):
        del matches[order]
        consumed.discard(act)
    plans = {}
    attacks: dict[int, int] = {}  # generic violent verb -> the attack noun that is its subject
    for index, match in list(matches.items()):
        if _idiom_of_it(match.trigger):
            del matches[index]
            continue
        if _act_told_by_means(match.trigger, matches):
            del matches[index]  # "retaliated by expelling the ambassador": the expulsion is the act told
            continue
        clause = _doer_clause(match.trigger) if match.pattern.code[:2] in VIOLENT_ROOTS else None
        if (
            clause is not None
            and clause.i in matches
            and matches[clause.i].pattern.code[:2] in HARM_ACT_ROOTS
            and any(c.dep_ == "dobj" and c.lower_ in {"them", "him", "her"} for c in clause.children)
        ):  # "were injured when protesters attacked them": the attack on the same people is the event told
            del matches[index]
            continue
            continue
        if _counted_record(match.trigger) or _purpose_of_description(match.trigger):
            del matches[index]  # "have fought two wars over it", "troops stationed there to fight militants"
            continue
        if _verbless_fragment(match.trigger) or _held_in_a_stance(match.trigger) or _described_only(match.trigger):
            del matches[index]  # "3. Japanese flood aid and growing doubts", "talks, which X stands ready to back"
            continue
        scheme = _scheme_of_it(match.trigger)
        if _unknown_or_polled(match.trigger) or _kin_aside_act(match.trigger):
            del matches[index]  # "had no knowledge of efforts to urge X", "51 percent say he should be impeached"
            continue
        if scheme == "threat" or _principle(match.trigger):
            # "threats to harm lawmakers" harm nobody; "no country should invade its neighbour" is a principle
            del matches[index]
            continue
        modality, negated, governor = _modality(match.trigger)
        if governor is not None and modality == "future" and _decision_taken(governor, match):
            modality, governor = "asserted", None  # "decided on Monday to suspend all agreements": done
        background = _background_time(match.trigger)
        if background == "background":  # "at peace since the peace accord": an earlier event, no news
            del matches[index]
            continue
        if background == "historical":  # "after the 2015 nuclear deal": dated, long before the article
            modality = "historical"
        if scheme == "plot":  # "a plot to kill the president": what somebody is said to have schemed
            modality, governor = "alleged", None
        code, absorbed = _chosen_code(match, matches, governor)
        if _gerund_topic(match.trigger):  # "outbursts about blowing up the White House": talked of, not done
            del matches[index]
            continue
        if _wh_question_or_study(match.trigger, code):  # "demanded how X could be sure": a question asked
            del matches[index]
            continue
        if code.root == "02" and _question_put(match.trigger):  # "'Why?', he asked": a question, no appeal
            if not statements:
                del matches[index]
                continue
            code = cameo("010")
        deterrent = code.root == "13" and _deterrent_warning(match.trigger) is not None
        if deterrent:  # "warned that any attack would face a decisive response": a threat of force (1384)
            code = cameo(DETERRENT_THREAT_CODE)
        said = None if deterrent else _only_said(match, code, matches)
        if said is not None:  # "recognize that ...", "warned that wages are falling": words, not the act
            if not statements:
                del matches[index]
                continue
            code = said
        code, instrument = _instrument_code(match, code, matches)
        code = _code_of_instrument_subject(match.trigger, code)
        if instrument is not None:
            consumed.add(instrument)
        code, asked_act = _appeal_code(match, code, matches)
        if asked_act is not None:
            consumed.add(asked_act)
        subject_attack = _violent_subject(match, code, matches)
        if subject_attack is not None:
            attacks[index] = subject_attack
        plans[index] = (modality, negated, code, absorbed)
        if absorbed is not None and absorbed.i in matches:
            consumed.add(absorbed.i)  # "agreed to meet": the dependent codes the whole construction (036)
    spoken_matches = {i: m for i, m in matches.items() if i not in silent}
    out: list[CodedEvent] = _demand_events(sent, para, resolver, spoken_matches)
    out += _denied_accusations(sent, para, resolver)
    demanded = {e.trigger.i for e in out}
    for index, match in sorted(matches.items()):
        if index in consumed or index in demanded or index in silent:
            continue
        out.extend(_events_for(match, plans[index], para, resolver))
    # "accused Russia of shelling the plant": the accusation's pattern took the shelling as its object; it is
    # coded too, and kept below as the accusation's alleged event
    accusations = [e for e in out if e.code.code.startswith(ACCUSATION_PREFIX)]
    for index, match in sorted(matches.items()):
        if index not in consumed or index in demanded:
            continue
        accusation = next((e for e in accusations if _governs(e.trigger, match.trigger)), None)
        if accusation is None:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in match.trigger.children)
        doers = [accusation.target] if accusation.target is not None and not own_subject else None
        out.extend(_events_for(match, plans[index], para, resolver, doers))
    # "Russia's strikes on Kyiv killed five": the strikes are the event when they name who and whom; when they
    # name nobody ("a roadside bombing killed a soldier") the verb keeps the event with the attack's code
    coded_nouns = {e.trigger.i for e in out}
    for verb, noun in attacks.items():
        if noun in coded_nouns:
            out = [e for e in out if e.trigger.i != verb]
        else:
            specific = cameo(matches[noun].pattern.code)
            out = [
                replace(e, code=specific) if e.trigger.i == verb and specific.code not in GENERIC_VIOLENCE else e
                for e in out
            ]
    # an event inside another coded event's clause is part of it ("agreed to hold exercises", "accused X of
    # attacking"): the governing event is what the sentence reports
    kept = []
    sharpened: dict[int, CodedEvent] = {}  # a bare warning -> the threat its clause spells out
    chained = _gerund_chain(out)  # "upping sanctions on Iran, killing its general": acts of their own
    for event in out:
        governors = [
            o
            for o in out
            if o.trigger.i != event.trigger.i
            and o.code.root != "01"
            and _governs(o.trigger, event.trigger)
            and not _told_of_an_actor(o.trigger, event.trigger, resolver)
            and not (event.trigger.dep_ == "advcl" and _told_act_clause(event.trigger, resolver))
        ]  # a statement ("..., the army said") reports its content: both are kept
        if not governors or event.trigger.i in chained:
            kept.append(event)
            continue
        warning = next((g for g in governors if g.code.code == BARE_THREAT_CODE), None)
        if warning is not None and event.code.root == "13":
            sharpened.setdefault(warning.trigger.i, event)
        accusation = next((g for g in governors if g.code.code.startswith(ACCUSATION_PREFIX)), None)
        if accusation is not None and event.code.root not in VERBAL_ROOTS:
            kept.extend(_alleged(event, accusation))
    out = [_sharpened_warning(e, sharpened[e.trigger.i]) if e.trigger.i in sharpened else e for e in kept]
    # background clauses ("a resolution that aims to impose sanctions", "..., killing one") give way to the
    # sentence's own event when it has one
    out = [e for e in out if e.trigger.i not in hushed]
    chained = _gerund_chain(out)
    if any(not _embedded(e.trigger, resolver) for e in out):
        out = [e for e in out if not _embedded(e.trigger, resolver) or e.trigger.i in chained]
    return _dedupe([e for event in out for e in _peacekeepers_arriving(event, resolver)])


BARE_THREAT_CODE = "130"


def _sharpened_warning(warning: CodedEvent, threat: CodedEvent) -> CodedEvent:
    """A bare warning whose clause spells out the threat ("warned Uganda that they were ready to impose
    sanctions" threatens sanctions, 1312): the warning takes the threat's code, and its target when it names
    none itself."""
    explanation = {**warning.explanation, "recoded_from": warning.code.code, "threat_in_clause": threat.trigger.text}
    return replace(warning, code=threat.code, target=warning.target or threat.target, explanation=explanation)


# Codes whose bare pattern needs an object: with only a that-clause after it the verb reports a view, coded as
# this statement ("must recognize that concessions are needed" recognizes no state; "have long warned that wages
# are falling" threatens nobody)
STATEMENT_OF_BARE_CLAUSE = {"054": "010", "130": "012"}


def _only_said(match: _Match, code: CameoCode, matches: dict[int, _Match]) -> CameoCode | None:
    """The statement code a bare verb pattern falls back to when its only complement is a that-clause with no
    threat in it (no "will|would|could" act, no forceful act coded inside), else None."""
    statement = STATEMENT_OF_BARE_CLAUSE.get(code.code)
    trigger = match.trigger
    if statement is None or match.pattern.required or trigger.pos_ != "VERB":
        return None
    children = list(trigger.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"dobj", "dative", "iobj"} for c in children):
        return None
    if any(c.dep_ == "prep" and any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in children):
        return None  # "warned Moscow against ...", "warned of retaliation": a target or a threat named
    for clause in clauses:
        for token in clause.subtree:
            if token.dep_ == "aux" and token.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX:
                return None
            inner = matches.get(token.i)
            if inner is not None and inner.pattern.code[:2] in FORCEFUL_ROOTS:
                return None
    return cameo(statement)


def _idiom_of_it(trigger: Token) -> bool:
    """'When it comes to the President': the expletive "it" comes nowhere; the phrase only means "as for"."""
    return trigger.lemma_.lower() == "come" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in trigger.children
    )


def _orders_to_own_forces(matches: dict[int, _Match], resolver: _Resolver) -> list[tuple[int, int]]:
    """(order trigger, ordered act) for orders whose addressee is the orderer's own forces ("ordered troops to
    open fire", "ordered its fighters to stand down"): not a request between two actors but the act itself."""
    out = []
    knowledge = load_knowledge()
    for index, match in matches.items():
        order = match.trigger
        if order.lemma_.lower() not in ORDER_VERBS or match.pattern.code[:2] != "10" or order.pos_ != "VERB":
            continue
        for act in order.children:
            if act.i not in matches or act.dep_ not in {"xcomp", "ccomp"} or not _infinitive(act):
                continue
            forces = _controller(act) if act.dep_ == "xcomp" else None
            forces = forces or next((c for c in act.children if c.dep_ == "nsubj"), None)
            if forces is None or knowledge.sector_of(forces.lemma_.lower()) not in OWN_FORCE_SECTORS:
                continue
            orderer, _, _ = _subject_of(order)
            own = [a.country for a in resolver.phrase_actors(orderer)] if orderer is not None else []
            theirs = [a.country for a in resolver.phrase_actors(forces)]
            if all(country in own for country in theirs):
                out.append((index, act.i))
                break
    return out


# A visit's place is whom it visits ("Iranian officials arrived in Moscow"); talks in Geneva are not so.
VISIT_CODES = frozenset({"042"})
# CAMEO codes the arrival of peacekeepers twice, with the actors reversed: the sender provides peacekeeping
# (074) and the host receives the deployment (0861); inspectors and monitors likewise (0862).
PEACEKEEPING_WORDS = ("peacekeep", "blue helmet")
INSPECTION_WORDS = ("inspector", "monitor", "observer")


def _peacekeepers_arriving(event: CodedEvent, resolver: _Resolver) -> list[CodedEvent]:
    """A visit (042) by peacekeepers or inspectors to a place is a deployment: 074 and 0861/0862."""
    source = event.source
    if event.code.code != "042" or source is None:
        return [event]
    text = (source.text or "").lower()
    if any(word in text for word in PEACEKEEPING_WORDS):
        sent_code, host_code = "074", "0861"
    elif any(word in text for word in INSPECTION_WORDS):
        sent_code, host_code = "042", "0862"  # inspectors visit; the host lets them in
    else:
        return [event]
    host = event.target or _action_place(event.trigger, resolver)
    if host is None or host.country == source.country:
        return [event]
    if host.kind == "state" and host.via == "place of the action":
        host = replace(host, via="host of the deployment")
    explanation = {**event.explanation, "recoded_from": "042", "target_path": "host of the deployment"}
    sent = replace(event, code=cameo(sent_code), target=host, explanation=explanation)
    received = replace(event, code=cameo(host_code), source=host, target=source, explanation=explanation)
    return [sent, received]


# "accused Russia of shelling the plant": the accusation is what the sentence asserts; the shelling is kept as
# its own event, flagged alleged and linked to the accusation, so a user can count claims apart from facts.
ACCUSATION_PREFIX = "112"
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"})


def _alleged(event: CodedEvent, accusation: CodedEvent) -> list[CodedEvent]:
    """The embedded event of an accusation: done by the accused (unless its clause names its own doer)."""
    if event.modality not in {"asserted", "alleged"}:
        return []  # "accused X of planning to attack": a plan alleged is too far from an event
    if event.trigger.pos_ != "VERB" and event.target is None:
        return []  # "accused Russia of aggression" names a charge, not an event with a target
    source = event.source
    climbed = source is None or (accusation.source is not None and _same(source, accusation.source))
    if accusation.target is not None and climbed:
        source = accusation.target  # the gerund's subject is the accused, not the accuser
    target = event.target
    if target is not None and source is not None and _same(target, source):
        target = None
    if source is None or (target is None and event.code.root not in VIOLENT_ROOTS):
        return []  # "accused China of sending warplanes": without whom, a non-violent charge is only the charge
    explanation = {**event.explanation, "alleged_by": accusation.trigger.text}
    return [
        replace(event, source=source, target=target, modality="alleged", reported_by=accusation,
                explanation=explanation)
    ]


def _asks_or_lists(sent: Span) -> bool:
    """A question asserts nothing ("What's America talking about?"), and a run of headlines joined by bars
    ("Senators call for ... | Facebook gets questions ...") is a page's link list, not the article."""
    text = sent.text.rstrip(" \"'\u201d\u2019)")
    return text.endswith("?") or sent.text.count(" | ") >= 2


SETTING_PREPS = frozenset({"at", "during", "ahead", "before", "after", "amid", "of"})


# Roots of a main act whose trailing -ing clauses are further acts of the same doer ("upping sanctions on Iran,
# killing its general"); after words (accusing, rejecting: "urging ..." says what was said), coercion
# ("declared a state of siege, suspending the constitution") and violence ("killing five") they elaborate it
CHAIN_HEAD_ROOTS = frozenset({"03", "04", "05", "06", "07", "08", "09", "14", "15", "16"})
# ... but an arrest, detention or expulsion after coercion is an act on people of its own ("banned rallies,
# arresting 200 people"), not the coercion told again
COERCION_ROOT = "17"
ACTS_ON_PEOPLE_PREFIXES = ("173", "174")


def _tensed_conjunct_of_participle(verb: Token) -> bool:
    """Whether a past-tense verb with no subject of its own hangs on a trailing -ing clause only because the
    parser put it there ("surrounded the square, trapping hundreds there and threatened to open fire"):
    a tense the participle cannot share makes it a second act of the main clause's subject."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.tag_ == "VBG"
        and head.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _gerund_chain(events: list[CodedEvent]) -> set[int]:
    """Triggers of a chain of subjectless -ing clauses after a material or cooperative act ("Washington is upping
    sanctions on Iran, killing its general and pulling out of the deal"): more acts of the main clause's
    subject, not background. After violence the -ing clause is its toll ("shelled the town, killing five")."""
    by_trigger = {e.trigger.i: e for e in events}
    out: set[int] = set()
    for event in events:
        token = event.trigger
        while token.dep_ == "conj" and token.head.tag_ == "VBG":
            token = token.head
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children):
            continue
        head = by_trigger.get(token.head.i)
        if head is None:
            continue
        if head.code.root in CHAIN_HEAD_ROOTS or (
            head.code.root == COERCION_ROOT and event.code.code.startswith(ACTS_ON_PEOPLE_PREFIXES)
        ):
            out.add(event.trigger.i)
    return out


def _embedded(trigger: Token, resolver: _Resolver) -> bool:
    """Whether the trigger sits in a background clause: a relative or adjectival clause on a non-actor noun, or
    an adverbial clause that is not reported speech. "Shoigu, who sat down for talks, ..." is not background:
    a clause about an actor reports what the actor did. A nominal event named as the setting of another ("at
    the summit, Modi pledged ...", "on the sidelines of the talks") is background too."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and trigger.head.lower_ in SETTING_PREPS:
        return True
    token = trigger
    while token.head.i != token.i:
        dep, head = token.dep_, token.head
        if dep in {"relcl", "acl"} and resolver.actors.at(resolver.para.index, head.i) is None:
            return True
        if dep == "acl" and token.tag_ == "VBN" and head.dep_ != "ROOT":
            return True  # "released peacekeepers held captive since Friday": done to them, before (a noun as the
            # sentence's root means the participle is its misparsed main verb: "A newspaper called on Arabs ...")
        if _tensed_conjunct_of_participle(token):
            token = head.head  # the participle's main verb: a conjunct of it, not part of the -ing clause
            continue
        if dep == "advcl" and token.lemma_.lower() not in SPEECH_VERBS and not _told_act_clause(token, resolver):
            return True
        token = head
    return False


# "..., a day after Prague expelled 18 Russian diplomats", "when Serb protesters attacked them": a time clause
# with its own named doer tells another act as fact, not as the main act's background
TOLD_ACT_MARKS = DOER_CLAUSE_MARKS | {"before"}


def _told_act_clause(clause: Token, resolver: _Resolver) -> bool:
    """Whether an adverbial clause is a past act of its own: a time conjunction, a past verb, a named actor
    as its subject."""
    if clause.tag_ not in {"VBD", "VBN"} or not any(
        c.dep_ == "mark" and c.lower_ in TOLD_ACT_MARKS for c in clause.children
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    return resolver.actors.at(resolver.para.index, subject.i) is not None


VIOLENT_ROOTS = frozenset({"18", "19", "20"})

GENERIC_VIOLENCE = frozenset({"18", "180", "19", "190", "20", "200"})
# acts whose clause may tell how a harm in the passive came about: violence, and a protest turned violent
HARM_ACT_ROOTS = frozenset({"14", "18", "19", "20"})


def _instrument_code(match: _Match, code: CameoCode, matches: dict[int, _Match]) -> tuple[CameoCode, int | None]:
    """'killed ... in a suicide car bombing', 'wounded two soldiers in a bomb attack': a generic violent verb
    takes the more specific code of the violent noun that says how (the noun is then not coded again)."""
    if code.root not in VIOLENT_ROOTS or code.code not in GENERIC_VIOLENCE or match.trigger.pos_ != "VERB":
        return code, None
    for token in frame_of(match.trigger):
        other = matches.get(token.i)
        if other is None or token.pos_ not in {"NOUN", "PROPN"} or token.head.dep_ != "prep":
            continue
        noun_code = cameo(other.pattern.code)
        if noun_code.root in VIOLENT_ROOTS and noun_code.code not in GENERIC_VIOLENCE:
            return noun_code, token.i
    return code, None


AERIAL_WEAPONS = frozenset(
    {"warplane", "jet", "drone", "helicopter", "gunship", "bomber", "aircraft", "plane", "airstrike", "missile"}
)
HEAVY_WEAPONS = frozenset({"rocket", "artillery", "shell", "mortar", "tank", "howitzer", "gun", "cannon"})
# Codes an instrument named as the subject may refine: one specific way of fighting for another (generic 190 stays:
# "warplanes struck in a raid" is told by the raid)
INSTRUMENT_REFINABLE = frozenset({"193", "194", "195"})
# "Shells" and "guns" that do the acting are artillery; "shell" as a verb or a person's gun is another matter
INSTRUMENT_CODE = {**{w: "195" for w in AERIAL_WEAPONS}, **{w: "194" for w in HEAVY_WEAPONS}}


def _code_of_instrument_subject(trigger: Token, code: CameoCode) -> CameoCode:
    """"Warplanes and drones pounded X", "rockets fired from Syria hit the town": the weapon named as the doer
    says how the fighting was done (aerial 195, artillery and rockets 194), whatever the verb alone suggests."""
    if code.code not in INSTRUMENT_REFINABLE or trigger.pos_ != "VERB" or trigger.tag_ == "VBN":
        return code  # "helicopter shot down while trying to raid": a headline's passive, the weapon was hit
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children):
        return code  # "drones shot down a plane" attack an aircraft; the verb's own code says how
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return code
    heads = [subject, *(c for c in subject.conjuncts)]
    codes = {INSTRUMENT_CODE.get(h.lemma_.lower()) for h in heads} - {None}
    if len(codes) != 1:  # "tanks and warplanes": no one way of fighting
        return code
    (wanted,) = codes
    return cameo(wanted) if wanted != code.code else code


GENERIC_APPEAL = "020"
APPEALABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _appeal_code(match: _Match, code: CameoCode, matches: dict[int, _Match]) -> tuple[CameoCode, int | None]:
    """'urged Belgrade to withdraw its troops', 'called on donors to increase aid': a bare appeal takes the code
    of what it asks for, as CAMEO's appeal codes mirror its intent codes (033 intend to give aid, 023 appeal
    for it); the asked act is then not coded again. Only the infinitive's own verb counts: in "urged X to lower
    its alert" the alert noun says nothing of what is asked."""
    if code.code != GENERIC_APPEAL or match.trigger.pos_ != "VERB":
        return code, None
    for clause in match.trigger.children:
        inner = matches.get(clause.i)
        if clause.dep_ not in {"xcomp", "advcl", "ccomp"} or not _infinitive(clause) or inner is None:
            continue
        wanted = inner.pattern.code
        if wanted[:2] not in APPEALABLE_ROOTS or wanted not in all_codes():
            continue
        intent = wanted if wanted.startswith("03") else all_codes()[wanted].intent
        appeal = f"02{intent[2:]}" if intent else None
        if appeal in all_codes():
            return cameo(appeal), clause.i
    return code, None


def _violent_subject(match: _Match, code: CameoCode, matches: dict[int, _Match]) -> int | None:
    """The attack noun that is the subject of a generic violent verb ("strikes ... killed"), if any."""
    if code.code not in GENERIC_VIOLENCE or match.trigger.pos_ != "VERB":
        return None
    for child in match.trigger.children:
        other = matches.get(child.i)
        if child.dep_ == "nsubj" and other is not None and cameo(other.pattern.code).root in VIOLENT_ROOTS:
            return child.i
    return None


DECISION_VERBS = frozenset({"decide", "resolve", "vote"})
# Acts a body does by deciding them: cutting ties, suspending agreements, rejecting, banning, expelling, and
# opening an inquiry (prosecutors who "decided to reopen the investigation" have reopened it)
DECIDED_ACT_ROOTS = frozenset({"09", "12", "16"})
DECIDED_ACT_PREFIXES = ("172", "174")


def _decision_taken(governor: Token, match: _Match) -> bool:
    """Whether "decided to suspend X" reports the suspension itself: a past decision, unhedged, to an act that
    deciding performs (a cabinet that decided to cut ties has cut them; one that decided to attack has not yet
    attacked, and "will decide whether to" has decided nothing)."""
    if governor.lemma_.lower() not in DECISION_VERBS:
        return False
    code = match.pattern.code
    if code[:2] not in DECIDED_ACT_ROOTS and not code.startswith(DECIDED_ACT_PREFIXES):
        return False
    aux = {c.lower_ for c in governor.children if c.dep_ in {"aux", "auxpass"}}
    if aux & MODAL_AUX or any(c.dep_ == "neg" for c in governor.children):
        return False
    past = governor.tag_ == "VBD" or (governor.tag_ == "VBN" and bool(aux & PAST_AUX))
    if not past or _conditional(governor) or _conditional(match.trigger):
        return False
    clauses = [c for t in (governor, match.trigger) for c in t.children if c.dep_ == "advcl"] + [match.trigger]
    return not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS | {"whether"} for c in clauses for m in c.children)


def _chosen_code(match: _Match, matches: dict[int, _Match], governor: Token | None) -> tuple[CameoCode, Token | None]:
    """The code to emit: a dependent's intent form when an intent verb governs it ("agreed to meet" -> 036)."""
    code = cameo(match.pattern.code)
    if governor is None:
        return code, None
    intent = code.intent
    if governor.i in matches:
        gov_match = matches[governor.i]
        if intent and gov_match.pattern.specificity[0] == 0 and cameo(intent).root == gov_match.pattern.code[:2]:
            return cameo(intent), governor
        return code, None
    if intent:
        return cameo(intent), governor
    return code, None


def _events_for(
    match: _Match,
    plan: tuple[str, bool, CameoCode, Token | None],
    para: ParsedParagraph,
    resolver: _Resolver,
    doers: list[Actor] | None = None,
) -> list[CodedEvent]:
    """The events of one matched trigger; ``doers`` are its sources when the sentence names them elsewhere
    (the accused of an accusation)."""
    trigger = match.trigger
    sent = trigger.sent
    modality, negated, code, absorbed = plan
    recoded_from = None
    if _fended_off(trigger, code):
        return []  # "is battling extradition": the noun names what the subject wards off, no act of anybody's
    fended = _called_off(trigger)
    if fended:  # "a meeting that was cancelled": not held, and nobody refused it (no 12x, no intent 03x)
        modality, negated = "negated", True
    if negated and _denied_own_intent(trigger):
        return []  # "never intended to harm her": a denial of a past intent, which refuses nothing and does nothing
    if absorbed is not None:
        modality = "asserted" if modality == "future" else modality
    if (
        negated
        and not fended
        and code.root in REJECTION_OF_ROOT
        and modality in {"negated", "future", "asserted", "hypothetical"}
        and not _uncertain(trigger)
        and not (code.root == "04" and _past_non_meeting(trigger))
        and not _conditional(trigger)
        and not _not_yet(trigger)
        and not _commitment_withheld(trigger)
        and not _sought_of_others(trigger)
    ):  # "will not accept refugees", "refused to meet": the rejection is what happened ("might not agree" is
        # a guess about the future, and "had no contact with" a fact about the past, not a refusal)
        recoded_from, code = code.code, cameo(REJECTION_OF_ROOT[code.root])
        modality, negated = "asserted", False
    elif (
        modality in {"future", "hypothetical"}
        and absorbed is None
        and code.intent
        and not negated
        and not _obliged(trigger)
        and not _expected(trigger)
        and not _conditional(trigger)
        and not _sought_of_others(trigger)
        # "fears that Russia will attack": feared, not announced; but "Iran's readiness to resume talks" is
        # Iran's own will, its stated intent
        and _content_noun_mode(trigger) in {None, "future"}
    ):  # ("X should be punished" is somebody's opinion, not X's announced intent)
        # CAMEO codes an announced action as the intent to act: "will provide aid" is 033, "would boycott" 1312
        recoded_from, code = code.code, cameo(code.intent)
    sources: list[Actor] = []
    source_path = ""
    subject: Token | None = None
    if doers:
        sources, source_path = list(doers), "the accused"
    elif trigger.pos_ in {"NOUN", "PROPN"}:
        for root, label in _noun_source_roots(trigger):
            found = resolver.phrase_actors(root)
            if found:
                sources, source_path = found, label
                break
    if _forcing_attempted(trigger):
        return []  # "tried to force the Palestinians to capitulate": neither their act nor their intent
    controller = None if doers else _controller(trigger)
    if controller is not None and (trigger.head.lemma_.lower() in ENTAILING_CONTROL or _sought_of_others(trigger)):
        # "urged Israel to halt the offensive": Israel would halt; "ordered its fighters to stand down" names no
        # actor in the object, and the order's own subject's side acts
        found = [a for a in resolver.phrase_actors(controller) if a.country or a.org]
        if found:
            sources, source_path, subject = found, "object of the governing verb", controller
    sufferer = _suffering_verb(trigger)
    suffered = [trigger.doc[i] for i in sorted(match.consumed) if _suffers(trigger.doc[i], trigger)]
    if sufferer is None and trigger.pos_ == "VERB" and suffered:
        # a pattern on the verb itself ("come under fire"): its subject suffers the act, its from-phrase does it
        sufferer = trigger
        for root, label in _noun_source_roots(suffered[0]):
            found = resolver.phrase_actors(root)
            if found and not sources:
                sources, source_path = found, label
    headline = _headline_of_force(trigger) if code.root in HEADLINE_FORCE_ROOTS and not doers else None
    if headline is not None:  # "US helicopter shot down over Iraq": only a by-phrase names the doer
        agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
        doer = _pobj(agent) if agent is not None else None
        if doer is not None and not sources:
            sources, source_path = resolver.phrase_actors(doer), "by-phrase of a headline passive"
    if not sources and headline is None and sufferer is None and (
        trigger.pos_ == "VERB" or _support_verb(trigger) is not None
    ):
        subject, passive, source_path = _subject_of(
            absorbed or _support_verb(trigger) or trigger, passive_participles=code.root not in OWN_FORCE_ROOTS
        )
        if subject is None and passive and trigger.pos_ == "VERB":
            subject = _stray_agent(trigger, match.consumed)
            source_path += " by-phrase hung on the object" if subject is not None else ""
        if subject is not None:  # "supported by U.S. data" is no U.S. act; "Israeli bulldozers demolished" is,
            # as is "aid was delivered by Jordanian planes": a material act or aid done by a state's things
            sources = resolver.phrase_actors(subject, modifiers=not passive or code.root in MATERIAL_ROOTS | {"07"})
            if code.root not in MATERIAL_ROOTS and _owned_thing(subject, resolver):
                sources = []  # "Obama's endorsement offers a reminder": a thing of Obama's acts, not Obama
        held = _held_event_noun(trigger, match)
        if held is not None and resolver.actors.at(resolver.para.index, held.i) is not None:
            held = None  # "Dutch diplomats were ordered to leave": people acted on, not an event held
        if not sources and passive and held is not None:
            # "teacher protests were held in Bogota": what was held is the event, and its modifier did it
            sources = [a for mod in held.children if mod.dep_ in {"compound", "amod", "nmod", "poss"}
                       for a in resolver.phrase_actors(mod)]
            source_path = "modifier of the held event noun" if sources else source_path
    targets: list[Actor] = []
    target_path = ""
    candidates = _target_roots(match)
    if sufferer is not None:  # "Israel faced Palestinian criticism": Israel is criticised
        undergoer = _subject_of(sufferer)[0]
        if undergoer is not None:
            candidates.insert(0, (undergoer, f"subject of {sufferer.text}, which suffers the act"))
    if headline is not None:
        candidates.insert(0, (headline, "subject of a headline passive"))
    # aid given goes to its recipient; aid praised ("appreciated Russia's support for Iran's bid") to its giver
    recipients = [] if code.code.startswith("051") else [
        (r, label) for root, label in candidates for r in _aid_recipients(root)
    ]
    candidates = [(r, "recipient of the aid") for r, _ in recipients] + candidates
    if code.root == "11":
        # "complained to the UN over Israeli air raids": who is complained about, not whom one complains to
        candidates.sort(key=lambda item: item[1] in {"+to", "prep:to"})
    if (recoded_from or code.code)[:2] in ROUTE_ROOTS and trigger.pos_ == "VERB":
        # "blocked the bridge from France to Germany": both ends, before the object's first-named end
        targets = _route_ends(trigger, resolver)
        if code.root != "14":  # force or sanctions on a route hit the far end; a blockade hits both, home too
            targets = [t for t in targets if all(t.country != s.country for s in sources)]
        target_path = "ends of the route" if targets else ""
        candidates = [] if targets else candidates
    for root, label in candidates:
        if (
            label.startswith("nsubjpass")
            and code.root not in MATERIAL_ROOTS
            and _owned_thing(root, resolver)
            and not (code.root in ANSWERING_ROOTS and root.lemma_.lower() in OWNED_ACT_NOUNS)
        ):  # (but "Vietnam's protest was rejected by Beijing" answers Vietnam, whose act the protest is)
            continue  # "the Indian market's valuations are supported by demand": India is not supported
        # "rioted at a jail in Venezuela's capital": where the thing of a partner phrase stands is no partner,
        # except for acts whose place is their target ("blocked roads in Brussels" keeps its object's place)
        partner_phrase = label.startswith(("prep:", "+")) and code.root not in PLACE_AS_TARGET_ROOTS
        elsewhere = _where_it_stands(root, resolver) if partner_phrase else frozenset()
        if code.root in TOPIC_NOT_PARTNER_ROOTS:  # "talks on the Cyprus question": the place is the topic
            elsewhere |= _places_named_as_topic(root, resolver)
        if code.root == "14" and root.i in match.consumed:
            # "protested against the border deal with Azerbaijan": the deal's other party is not protested,
            # the government that made it is (its owner, "against Israel's war", still is)
            elsewhere |= {t.i for prep in root.children if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
                          for t in prep.subtree}
        # "begged lawmakers not to lose sight of the occupation by Russia": an object of an object names its
        # target near its head, not deep in its phrase
        reach = NESTED_REACH if label == "dobj (nested)" else 99
        found = [
            a
            for a in resolver.phrase_actors(root, skip=elsewhere, max_depth=reach)
            if (a.country or a.org) and all(not _same(a, s) for s in sources)
        ]
        if label.startswith("ccomp subject"):
            # "Kishida warned that Japan would impose tariffs": the speaker's own state in what it says is
            # its own side, not the one the act is done to
            found = [a for a in found if all(not _one_state_twice(a, s) for s in sources)]
        if not found and label == DANGLING_LABEL:  # "ties with and an embassy in Israel": the state itself
            place = next((m for m in resolver.actors.in_paragraph(resolver.para.index) if m.covers(root.i)), None)
            if place is not None and place.role == "place" and place.actor.country:
                found = [_state_of_place(place, "object of a preposition left dangling")]
        if found:
            targets, target_path = found, label
            if len(found) > 1:  # a list of several may have lost its last item past an absolute phrase
                tail = [a for a in _list_tail_past_absolute(trigger, resolver) if all(not _same(a, t) for t in found)]
                targets += [a for a in tail if all(not _same(a, s) for s in sources)]
            break
    if not sources and (code.root in COOPERATIVE_ROOTS or code.code in MUTUAL_CODES or code.root == "08"):
        # "talks were held between Iran and Saudi Arabia", "ties between Egypt and Qatar were restored": the
        # parties of a passive act with no doer named are those it was between, each to the other
        parties = _between_parties(trigger, resolver)
        if len(parties) > 1:
            sources, targets, source_path, target_path = parties, [], "prep:between (passive)", ""
    if _recipient_before_aid(trigger, source_path, sources, targets):
        # "Ukraine military aid and mixed messaging": a headline phrase naming the aid by who gets it
        sources, targets, source_path, target_path = [], sources, "", f"{source_path} (recipient of aid)"
    if trigger.lemma_.lower() in AID_NOUNS and source_path in {"compound", "amod", "nmod"}:
        sources = [_giving_state(a) for a in sources]  # "US military aid": the United States gives it
    if target_path == "dobj" and any(r.lemma_.lower() in AID_NOUNS for r, lb in candidates if lb == "dobj"):
        # "withheld US military aid" with no recipient named: the giver's own country is not its target
        givers = [(a, _giving_state(a)) for a in targets]
        targets = [g for a, g in givers if g is a or all(g.country != s.country for s in sources)]
    # an agent word with no country or organisation ("the country", "officials") says nothing about the dyad
    sources = [a for a in sources if a.country or a.org]
    targets = [a for a in targets if a.country or a.org]
    if not sources and _charges_judged(trigger, code):
        return []  # "the allegations against Biden are self-serving": an opinion of charges nobody here made
    if code.code in ARMED_STORMING_CODES and sources and all(s.sector in FIGHTING_SECTORS for s in sources):
        # "Taliban gunmen stormed a hotel", "commandos stormed the parliament": armed men storming a building
        # is an assault, not a riot; the riot code is for crowds
        recoded_from, code = code.code, cameo("190")
    if code.code == "190" and _lone_attack(trigger, sources, targets):
        # "a gunman wounded three shoppers": a lone attacker's assault on people is unconventional violence
        # (18x), not the use of conventional military force
        recoded_from, code = code.code, cameo("180")
    if code.code == "190" and _verbal_attack(trigger, sources, targets):
        # "Trump attacked Biden", "months of attacking the president": a person attacked by no armed party and
        # with no weapon or wound in the sentence is criticised (111), not assaulted
        recoded_from, code = code.code, cameo("111")
    if code.code in MILITARY_THREAT_CODES and sources and all(s.sector in PRIVATE_SECTORS for s in sources):
        # "a man pleaded guilty to threatening to kill a congresswoman": a private person's threat to kill is a
        # threat of violence (1383), not a state's threat of a conventional military attack
        recoded_from, code = code.code, cameo("1383")
    attack = _deterrent_warning(trigger) if code.code == DETERRENT_THREAT_CODE else None
    if attack is not None and target_path == "ccomp subject":
        # "any attack on Iran would face a response": Iran is the one defended, not the one threatened
        targets, target_path = [], ""
    if not targets and code.root == "13":
        targets, target_path = _condition_doers(trigger, resolver, sources)
    if not targets and code.root == "14" and sources:
        targets, target_path = _protest_addressee(trigger, resolver, sources)
    if not targets and (
        (recoded_from or code.code)[:2] in PLACE_AS_TARGET_ROOTS
        or code.code in VISIT_CODES
        or code.root in VIOLENT_ROOTS
    ):
        # violence reaches its place through the noun that says how; a detention "at a prison in London" is
        # no act on Britain
        place = _action_place(trigger, resolver, nested=code.root in VIOLENT_ROOTS)
        if place is not None and (
            all(place.country != s.country for s in sources)
            # "Sudan's government lifted the emergency in West Darfur": a state's agents easing or imposing
            # controls at home act on their own country
            or (code.root in DOMESTIC_CONTROL_ROOTS and sources and all(s.sector for s in sources))
            # "Pakistani commandos stormed the Red Mosque in Islamabad": armed men fighting at home act on
            # their own country, as CAMEO codes a domestic operation
            # (but the home town itself is no target: "Russian forces shelled Belgorod")
            or (
                code.root in VIOLENT_ROOTS
                and sources
                and all(s.sector in FIGHTING_SECTORS for s in sources)
                and _acts_on_a_thing_in_a_place(trigger, resolver)
            )
        ):
            targets, target_path = [place], "place of the action"
    if (recoded_from or code.code) in ECONOMIC_AID_CODES and _home_money(sources, targets):
        return []  # "Congress gave the Pentagon $5 billion": a state's budget, not aid
    if (
        match.pattern.code in VISIT_CODES
        and not targets
        and sources
        and _home_destination(trigger, resolver, sources)
    ):
        return []  # "visiting Nevada and Iowa", "traveling to Florida": a trip at home visits no state
    if (
        not sources
        and targets
        and (subject is None or subject.lemma_.lower() in STATE_AGENT_WORDS)
        and _passive_state_act(trigger, code)
    ):
        # "Odinga was arrested at his home on Friday", "the movement was dissolved by decree": nobody named, and in
        # news the one who arrests, charges or bans is the state where it happens
        implied = _implied_state(trigger, code, targets, resolver)
        if implied is not None:
            sources, source_path = [implied], f"implied state ({implied.sector}, where it happened)"
    if not sources and code.root == "14" and subject is not None and _crowd(subject):
        crowd = _protesting_crowd(trigger, resolver)
        if crowd is not None:
            sources, source_path = [crowd], "a crowd with no side named: the people where it protests"
    if not sources and not targets and trigger.lemma_.lower() in UNACCUSATIVE_VERBS and code.root == "18":
        # "bombs exploded in a Baghdad market": a bombing by nobody named is by unidentified attackers
        unknown = _unidentified_attackers(trigger, resolver)
        if unknown is not None:
            sources, source_path = [unknown], "unidentified attackers, where it happened"
    if not sources and not targets:
        return []
    if sufferer is not None and not sources and (code.root not in VIOLENT_ROOTS or trigger.pos_ != "VERB"):
        # "Israel has faced criticism that ...", "was under attack": an act by nobody named tells the subject's
        # plight (but a pattern on the verb, "came under enemy fire", is an attack by someone unnamed)
        return []
    doer_clause = _doer_clause(trigger) if not sources and code.root in VIOLENT_ROOTS else None
    if doer_clause is not None:
        # "were injured when Serb protesters attacked them": the clause names the doer; when it names nobody
        # known ("as troops fired tear gas"), no unidentified attacker is invented for a doer the story names
        doer = next(c for c in doer_clause.children if c.dep_ == "nsubj")
        sources = [a for a in resolver.phrase_actors(doer) if a.country or a.org]
        if not sources:
            return []
        source_path = "subject of the clause telling how it came about"
    if not sources and code.root in VIOLENT_ROOTS and subject is not None and _act_told_before(subject):
        # "the strikes had killed 11 civilians": the strikes the story has told are their author's; with none
        # told, nobody is invented for them
        sources = [a for a in resolver.last_force if all(not _same(a, t) for t in targets)]
        source_path = "author of the act of force told before"
        if not sources:
            return []
    if (
        not sources
        and targets
        and code.root in VIOLENT_ROOTS
        and trigger.pos_ == "VERB"  # "the annexation of the West Bank" names an act, not unknown attackers
        # a weapon as subject ("a roadside bomb killed two youths") or a political victim; not a man stabbed
        # on a train by nobody named (crime), nor "guerrillas" unresolved (an unknown actor, not no actor)
        and ((subject is not None and _thing_as_doer(subject)) or (subject is None and any(map(_political, targets))))
    ):
        unknown = _unidentified_attackers(trigger, resolver)
        if unknown is not None:  # "a roadside bomb near Samarra killed a U.S. soldier": IRQUAF
            sources, source_path = [unknown], "unidentified attackers, where it happened"
    if subject is not None and _natural_cause(subject):
        return []  # "the hurricane pounded Cuba", "floods killed 40 in Assam": nature, not an actor
    if not sources and subject is not None and code.root not in VIOLENT_ROOTS and _thing_as_doer(subject):
        # "a prolonged trade war offers Mr. Trump ...", "that would help Trump": a thing acts, no actor (but "a
        # roadside bomb killed two soldiers" is violence whose doer is unknown)
        return []
    if not sources and code.root in SOURCE_NEEDED_ROOTS and subject is not None and _non_political_doer(subject):
        return []
    if not sources and code.root in AUTHORED_ROOTS and trigger.pos_ == "VERB" and len(targets) < 2:
        # "flew 1,000 km before landing in waters near Japan", "is due to travel to Santiago" with the traveller
        # unknown: a visit or meeting with nobody making it is no event a dyad can hold (talks "between Israel and
        # Hamas" name both sides as its pair)
        return []
    if (
        code.root == "19"
        and sources
        and all(s.sector in UNARMED_SECTORS for s in sources)
        and not _band_killing_many(trigger, subject, sources, resolver)
    ):
        return []  # "Ukrainian refugees crossed into Poland": military force needs someone armed to use it
    victims = _band_killing_many(trigger, subject, sources, resolver) if code.root in VIOLENT_ROOTS else []
    if victims and not targets:  # "herdsmen killed farmers": a people of the same country as its attackers
        targets, target_path = victims, "victims of a band"
    if code.root not in CIVIL_ROOTS and not victims and not any(_political(a) for a in (*sources, *targets)):
        return []  # "small investors welcomed the deal", "a girl was ambushed": no political actor, no event
    if source_path == "prep:between" and code.code.startswith("045"):
        targets, sources = sources, []  # "X launched mediation between A and B": A and B are mediated
        support = _support_verb(trigger)
        subject = _subject_of(support)[0] if support is not None else None
        if subject is not None:
            sources = resolver.phrase_actors(subject)
    elif len(sources) > 1 and trigger.pos_ in {"NOUN", "PROPN"} and source_path == "prep:between":
        targets = []
    official = bool(sources) and all(map(_official, sources))
    if code.code[:3] in STREET_PROTEST_CODES and trigger.tag_ in {"VBD", "VBN"} and official:
        # "China protested Japan's claims": a state or its officials protest by official complaint (114); the
        # street protest root is for citizens and the opposition
        recoded_from, code = code.code, cameo("114")
    if code.code[:3] in STATE_FORCE_NOT_PROTEST and sources and all(a.sector in REPRESSING_SECTORS for a in sources):
        # "troops took to the streets to clear barricades": a state force out in the street does not rally (but
        # army officers who join a rebellion, 140, still dissent; their riots are 175)
        return []
    if code.code[:3] == "115" and trigger.pos_ == "NOUN" and not sources and not _legal_action_filed(trigger):
        return []  # "a series of suits against Israel": a legal-action noun with no filer and no filing verb
    if code.code[:3] == "145" and sources and all(a.sector in REPRESSING_SECTORS for a in sources):
        # "riot police smashed windows and beat protesters": violence by the state's forces in the street is
        # repression (175), not a riot
        recoded_from, code = code.code, cameo("175")
    if code.root == "15" and len({a.country for a in sources if a.country}) >= 2 and _is_exercise(trigger):
        # "French and Egyptian warships launched war games": two states drilling together cooperate (062)
        recoded_from, code = code.code, cameo("062")
    if modality == "asserted" and negated:
        modality = "negated"
    explanation = {
        "pattern": match.pattern.text,
        "pattern_file": match.pattern.origin,
        "trigger": trigger.text,
        "frame": [t.text for t in frame_of(trigger)],
        "source_path": source_path,
        "target_path": target_path,
        "intent_governor": absorbed.text if absorbed is not None else None,
        "recoded_from": recoded_from,
    }
    return _coded_events(
        code,
        _pairs(
            sources,
            targets,
            code,
            mutual=_mutual_act(trigger, source_path, code) or _done_to_each_other(trigger),
            reciprocal=not _antecedent_is_object(trigger),
        ),
        para.index,
        sent,
        trigger,
        match.pattern,
        modality,
        negated,
        explanation,
    )


# The words news uses for one person who attacks with a knife or a gun, not a force
LONE_ATTACKER_WORDS = frozenset(
    {"assailant", "gunman", "attacker", "stabber", "knifeman", "shooter", "stabbing", "stab", "knife"}
)


OPINION_VERBS = frozenset({"be", "seem", "appear", "remain", "look", "sound", "become"})


def _charges_judged(trigger: Token, code: CameoCode) -> bool:
    """Whether an accusation noun with no accuser is only the subject of a copula or opinion verb ("the
    allegations against the minister are baseless"): somebody's view of the charges, no act of accusing."""
    if code.root != "11" or trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    head = trigger.head
    if head.lemma_.lower() not in OPINION_VERBS:
        return False
    return any(c.dep_ in {"acomp", "attr", "oprd", "xcomp"} for c in head.children)


VERBAL_ATTACK_VERBS = frozenset({"attack", "assail"})
# Words that make an attack on a person physical: a weapon, a wound, a violent attacker
PHYSICAL_ATTACK_WORDS = frozenset(
    {
        "kill", "wound", "injure", "injury", "hurt", "stab", "shoot", "shot", "gun", "knife", "bomb", "hospital",
        "beat", "punch", "dead", "die", "gunman", "gunmen", "assailant", "attacker", "machete", "hammer", "mob",
        "acid", "bodyguard", "ambush", "hospitalize", "murder", "assassination", "assassinate", "break", "rib",
        "bone", "fracture", "bruise", "blood", "bleed", "weapon", "arrest",
    }
)


def _verbal_attack(trigger: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether "attack" done to persons is words: every target is a person, no source is a state, an armed
    force, police or a private man (who attacks with fists), and nothing in the sentence is a weapon, a wound
    or a violent attacker."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in VERBAL_ATTACK_VERBS or not targets:
        return False
    if not all(a.kind == "person" for a in targets):
        return False
    physical = (STATE_BODY_SECTORS - {"GOV", "LEG", "JUD"}) | FIGHTING_SECTORS | {"CVL", "CRM"}
    if any(a.sector in physical or (a.sector is None and a.kind in {"state", "igo"}) for a in sources):
        return False
    return not any(t.lemma_.lower() in PHYSICAL_ATTACK_WORDS or t.lower_ in PHYSICAL_ATTACK_WORDS for t in trigger.sent)


# Threats whose military reading needs a state or armed force behind them, and the sectors of private people
MILITARY_THREAT_CODES = frozenset({"1384"})
PRIVATE_SECTORS = frozenset(
    {"CVL", "BUS", "MNC", "MED", "EDU", "REL", "LAB", "REF", "CRM", "HLH", "ENV", "AGR", "DEV"}
)


def _lone_attack(trigger: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether a generic act of force is a lone attacker's: the sentence names an assailant or a knife, no armed
    force or state body does it, and no state body suffers it."""
    if not any(t.lemma_.lower() in LONE_ATTACKER_WORDS for t in trigger.sent):
        return False
    armed = STATE_BODY_SECTORS | FIGHTING_SECTORS
    for actor in sources:  # "a gunman" may resolve to a rebel sector: the word, not the code, says one man
        lone = any(w.lower() in LONE_ATTACKER_WORDS for w in actor.text.split())
        if (actor.sector is None and actor.kind in {"state", "igo"}) or (actor.sector in armed and not lone):
            return False
    return not any(
        a.sector in STATE_BODY_SECTORS or (a.sector is None and a.kind in {"state", "igo"}) for a in targets
    )


# Verbs and nouns of fighting that two parties do to each other when both are its subject ("Indian and Chinese
# troops clashed", "a clash between protesters and police")
RECIPROCAL_FIGHTS = frozenset({"clash", "skirmish", "fight", "battle", "scuffle", "brawl", "exchange"})


def _mutual_act(trigger: Token, source_path: str, code: CameoCode) -> bool:
    """Whether the parties named as the act's sources fought each other: a clash "between" them, or a fight
    verb with both as its subject. Other hostile acts are not mirrored here: only "each other" / "one another"
    (``_done_to_each_other``) says that both did it."""
    if code.root in COOPERATIVE_ROOTS:
        return False  # already reciprocal by root
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.lemma_.lower() in RECIPROCAL_FIGHTS | {"war"}:
        # "the Iran-Iraq war", "India-Pakistan clashes": the hyphenated pair fought each other
        pair = [t for t in trigger.subtree if t.i + 2 < len(t.doc) and _hyphen_pair(t, t.doc[t.i + 2])]
        if pair and source_path in {"compound", "amod", "nmod"}:
            return True
    if trigger.lemma_.lower() not in RECIPROCAL_FIGHTS:
        return False
    return source_path.startswith("prep:between") or trigger.pos_ == "VERB"


STREET_PROTEST_CODES = frozenset({"140", "141"})
STATE_FORCE_NOT_PROTEST = frozenset({"141"})  # blocking (144) by police stays: held-out dates rely on it
# The state's forces of order: their violence against a crowd is repression (175), never a riot (145).
REPRESSING_SECTORS = frozenset({"COP", "MIL", "SPY"})
OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})


def _acts_on_a_thing_in_a_place(trigger: Token, resolver: _Resolver) -> bool:
    """Whether a verb's object is a thing (a building, camp, oilfield), not a place named as the object itself:
    "stormed a seminary in Lahore", not "shelled Belgorod"."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + _object_read_as_clause(trigger)[:1]
    if trigger.pos_ != "VERB" or not objects:
        return False
    mentions = resolver.actors.in_paragraph(resolver.para.index)
    for obj in objects:
        mention = resolver.actors.at(resolver.para.index, obj.i)
        if mention is not None and mention.role == "place":
            return False
        if _misread_place(obj, mentions, resolver.para) is not None:  # "shelled Belgorod", tagged a name
            return False
    return True


def _band_killing_many(trigger: Token, subject: Token | None, sources: list[Actor], resolver: _Resolver) -> list[Actor]:
    """The victims of communal violence: "herdsmen killed 40 farmers in Benue state". A band of attackers who
    are no armed force killing or wounding many people of a known country is political violence, not crime (one
    man stabbed on a train is): coded, as CAMEO does, from the attackers' group to the victims. Empty if not."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in HARM_VERBS or subject is None or not sources:
        return []
    attackers = _coordination_root(subject)
    if attackers.tag_ not in {"NNS", "NNPS"} or not _agent_word(attackers) or not all(a.country for a in sources):
        return []
    victims: list[Actor] = []
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if obj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in obj.children):
            victims += [a for a in resolver.phrase_actors(obj) if a.country and a.sector]
    # farmers killed by herdsmen (both coded farmers): the victims are their country's civilians
    return [
        replace(v, sector="CVL", code=f"{v.country}CVL", via="victims of a band (civilians)")
        if any(_same(v, s) for s in sources) else v
        for v in victims
    ]


def _official(actor: Actor) -> bool:
    """A state, an intergovernmental body, or a government and its officials: they complain, not demonstrate."""
    if actor.via in PEOPLE_VIAS or actor.via == "demonym":
        return False  # "thousands of Georgians": a people, who do take to the streets
    if actor.sector is None:
        return actor.kind in {"state", "igo"}
    return actor.sector in OFFICIAL_SECTORS or (actor.code or "").startswith("IGO")


def _between_parties(trigger: Token, resolver: _Resolver) -> list[Actor]:
    """The actors of a "between" phrase on a passive verb or on its passive subject, for a passive with no "by"
    phrase; none otherwise."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in trigger.children):
        return []
    if any(c.dep_ == "agent" for c in trigger.children):
        return []
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "nsubjpass")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                obj = _pobj(prep)
                if obj is not None:
                    return [a for a in resolver.phrase_actors(obj) if a.country or a.org]
    return []


# Agent sectors that make an event political on their own; others (business, media, civilians, ...) need a
# political counterpart, except in protests and mass violence, where civilians are the actors that matter.
POLITICAL_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "SPY",
        "OPP",
        "REB",
        "INS",
        "SEP",
        "UAF",
        "PTY",
        "ELI",
        "IGO",
        "NGO",
        "IMG",
        "MOD",
        "RAD",
        "HRI",
        "REL",
        "LAB",
    }
)
CIVIL_ROOTS = frozenset({"14", "17", "18", "19", "20"})
NON_POLITICAL_ORG_SECTORS = frozenset({"BUS", "MED", "EDU"})
# Subjects that kill and destroy without anyone acting: weather, disasters, disease, accidents.
NATURAL_CAUSES = frozenset(
    {
        "hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami", "flood",
        "flooding", "landslide", "mudslide", "avalanche", "wildfire", "blaze", "drought", "heatwave", "virus",
        "disease", "epidemic", "pandemic", "outbreak", "crash", "accident", "collision", "derailment", "eruption",
        "volcano", "lightning", "rain", "snow", "blizzard", "monsoon", "wave", "heat", "cold", "famine",
    }
)  # fmt: skip
# Sectors that do not wield military force (root 19): civilians, refugees, business, media, students...
UNARMED_SECTORS = frozenset({"CVL", "REF", "BUS", "MED", "EDU", "HLH", "AGR", "LAB", "REL", "NGO", "JRN", "ELI"})


# Roots of material acts, where a thing may stand for its owner ("Iran's drones struck", "Russia's missiles").
MATERIAL_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# Verbal and cooperative roots: an appeal, offer, visit, agreement or praise is only news with its author.
# Without one the trigger is almost always business or background ("sell jets to Emirates", "was praised").
SOURCE_NEEDED_ROOTS = frozenset({"02", "04", "05", "06"})
AUTHORED_ROOTS = frozenset({"04"})


def _natural_cause(subject: Token) -> bool:
    """Whether a subject is weather, disaster or disease: its head word by lemma, or by its plain lower-case
    form, since the tagger reads a capitalised plural that opens a sentence ("Landslides and floods have
    killed") as a name whose lemma is the word itself."""
    head = _coordination_root(subject)
    word = head.lower_
    forms = {head.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}
    return bool(forms & NATURAL_CAUSES)


# nouns of an act of force that a definite subject ("the strikes", "the shelling") refers back to
FORCE_ACT_NOUNS = frozenset(
    {"strike", "airstrike", "raid", "shelling", "bombardment", "bombing", "attack", "assault", "offensive",
     "barrage", "fire", "gunfire", "onslaught", "operation", "incursion", "shell"}
)  # fmt: skip
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})


def _act_told_before(subject: Token) -> bool:
    """Whether a subject is an act of force the story has already told: a definite noun of such an act with no
    owner of its own ("the strikes had killed", but not "Russian strikes" nor "a bombing killed")."""
    head = _coordination_root(subject)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in FORCE_ACT_NOUNS:
        return False
    if any(c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and c.text[:1].isupper())
           for c in head.children):
        return False  # "Russian strikes", "Israel's bombardment", "their attack": the phrase names its owner
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in head.children)


def _authors_of_force(coded: list[CodedEvent]) -> tuple[Actor, ...]:
    """The named doers of a sentence's acts of force, for "the strikes" of a later sentence; unidentified or
    implied doers are no author."""
    out: list[Actor] = []
    for event in coded:
        source = event.source
        if event.code.root not in VIOLENT_ROOTS or source is None or event.modality != "asserted":
            continue
        if source.sector == "UAF" or source.name.startswith("implied state"):
            continue
        if all(not _same(source, a) for a in out):
            out.append(source)
    return tuple(out)


def _non_political_doer(subject: Token) -> bool:
    """A subject that names no actor and is no unknown name: "the museum", "it" (a company), "Boeing". An
    unknown proper name ("Blinken met Wang Yi", tagged as anything) may be an official the dictionaries lack."""
    if subject.pos_ == "PROPN":
        return subject.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
    return True


def _owned_thing(root: Token, resolver: _Resolver) -> bool:
    """Whether a phrase is a thing that gets its actor only from a possessive owner ("Obama's endorsement",
    "the Indian market's valuations"): a common noun that is no actor mention and no agent word ("Germany's
    foreign minister", "Iraq's troops" are agents), with no actor named outside the owner ("bin Laden's
    al-Qaeda network" names al-Qaeda)."""
    root = _coordination_root(root)
    if root.pos_ != "NOUN" or _agent_word(root):
        return False
    mention = resolver.actors.at(resolver.para.index, root.i)
    if mention is not None and mention.role in {"actor", "pair"}:
        return False
    owners = [c for c in root.children if c.dep_ == "poss"]
    if not owners:
        return False
    owned = {t.i for owner in owners for t in owner.subtree}
    named = resolver.mentions_in(_np_tokens(root))
    return all(all(m.start <= i < m.end and i in owned for i in (m.head,)) for m in named)


def _agent_word(noun: Token) -> bool:
    """A noun that names people or a body acting ("troops", "minister", "critics"): it has an actor sector."""
    knowledge = load_knowledge()
    return knowledge.sector_of(noun.lower_) is not None or knowledge.sector_of(noun.lemma_.lower()) is not None


# Mentions that name a people of a state ("Iraqi Kurds", "ethnic Albanians"): coded CVL as CAMEO codes peoples,
# yet a people fleeing, protesting or appealing is a political actor, unlike a bare "residents".
PEOPLE_VIAS = frozenset({"people of a state", "demonym of a people abroad", "ethnic group"})


def _demand_code(wanted: str) -> str:
    """The CAMEO demand for an act wanted of another: CAMEO's demand codes mirror its intent codes (0313 intend
    judicial cooperation, 1013 demand it), so the act's intent form gives the demand ("wants the UK to extradite":
    063 -> 0313 -> 1013); a code with no such form falls back to its root's demand."""
    intent = wanted if wanted.startswith("03") else all_codes()[wanted].intent if wanted in all_codes() else None
    demand = f"10{intent[2:]}" if intent else None
    return demand if demand in all_codes() else DEMAND_OF_ROOT.get(wanted[:2], "100")


def _political(actor: Actor) -> bool:
    if actor.via in PEOPLE_VIAS:
        return True
    if actor.org:  # an international or armed organisation; a company, outlet or university is not political
        return actor.sector not in NON_POLITICAL_ORG_SECTORS or (actor.code or "").startswith("IGO")
    if actor.sector is None:
        return actor.kind in {"state", "igo", "group"} and actor.country is not None
    return actor.sector in POLITICAL_SECTORS


def _coded_events(
    code: CameoCode,
    pairs: Sequence[tuple[Actor | None, Actor | None]],
    paragraph: int,
    sent: Span,
    trigger: Token,
    pattern: Pattern,
    modality: str,
    negated: bool,
    explanation: dict[str, object],
) -> list[CodedEvent]:
    """One event per (source, target) pair, each explaining how its own actors were resolved."""
    return [
        CodedEvent(
            code=code,
            source=source,
            target=target,
            paragraph=paragraph,
            sentence=sent,
            trigger=trigger,
            pattern=pattern,
            modality=modality,
            negated=negated,
            explanation={
                **explanation,
                "source_via": source.via if source else None,
                "target_via": target.via if target else None,
            },
        )
        for source, target in pairs
    ]


EXERCISE_WORDS = frozenset({"exercise", "drill", "game", "wargame", "manoeuvre", "maneuver", "manoeuver"})


def _is_exercise(trigger: Token) -> bool:
    """Whether a force-posture trigger is a military exercise ("held drills", "launched war games")."""
    return any(t.lemma_.lower() in EXERCISE_WORDS for t in (trigger, *frame_of(trigger, depth=3)))


def _thing_as_doer(subject: Token) -> bool:
    """A subject that is a thing, not an unknown actor: a common noun that names no agent ("the trade war",
    "tariffs", "the poll") or a demonstrative ("that would help"). An unknown name or an agent word whose
    country is unknown ("officials", "the Rukban residents") may still be an actor left unresolved."""
    subject = _coordination_root(subject)
    if subject.lower_ in {"that", "this", "these", "those", "which", "what", "it"}:
        return True
    return subject.pos_ == "NOUN" and not _agent_word(subject)


# "warned that any attack would meet a response": the attack warned of, the answer promised, the verb joining them
DETERRENT_THREAT_CODE = "1384"
WARNED_ATTACK_NOUNS = frozenset({"attack", "aggression", "strike", "assault", "invasion", "incursion", "escalation"})
ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "riposte", "reply", "counterattack", "force"})
MEETING_ANSWER_VERBS = frozenset({"meet", "face", "draw", "trigger", "provoke", "prompt", "invite", "bring"})


def _deterrent_warning(trigger: Token) -> Token | None:
    """The attack noun of a deterrent threat in a warning's clause: "warned that any attack on Iran would face
    a decisive response", "would be met with a crushing response" (not "warned that prices would meet
    resistance": no attack, no answer)."""
    if trigger.pos_ != "VERB":
        return None
    for clause in trigger.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in MEETING_ANSWER_VERBS:
            continue
        attack = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if attack is None or attack.lemma_.lower() not in WARNED_ATTACK_NOUNS:
            continue
        answers = [c for c in clause.children if c.dep_ == "dobj"]
        answers += [g for p in clause.children if p.dep_ in {"prep", "agent"} for g in p.children if g.dep_ == "pobj"]
        if any(a.lemma_.lower() in ANSWER_NOUNS for a in answers):
            return attack
    return None


def _condition_doers(trigger: Token, resolver: _Resolver, sources: list[Actor]) -> tuple[list[Actor], str]:
    """A threat is aimed at whoever its condition names: "threatened to walk out of the talks if Washington
    deploys the missiles" threatens Washington."""
    for token in trigger.subtree:
        if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        found = [a for a in resolver.phrase_actors(subject) if (a.country or a.org) and not _in(a, sources)]
        if found:
            return found, "subject of the threat's condition"
    return [], ""


# The verbs of a protest's purpose clause ("rallied to demand reforms", "marched, calling for independence")
PURPOSE_VERBS = frozenset({"demand", "call", "press", "urge", "seek", "ask", "push", "oppose", "denounce", "protest"})
# Who protests at home: a protest by them with a demand and no addressee is addressed to their own government
DOMESTIC_PROTESTERS = frozenset({"CVL", "EDU", "LAB", "OPP", "BUS", "REL", "MED", "HLH", "AGR", "REF", "RAD"})


def _protest_addressee(trigger: Token, resolver: _Resolver, sources: list[Actor]) -> tuple[list[Actor], str]:
    """The target of a protest whose only addressee is in its purpose clause: an actor named there ("to demand
    independence from Iraq"), else, for citizens of a state demanding something, their own government."""
    holders = [trigger, *([trigger.head] if trigger.dep_ in {"dobj", "nsubj", "attr"} else [])]
    # "rioted ..., joining thousands in demanding a referendum": the demand of a participle beside the protest
    beside = [c for holder in holders for c in holder.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    holders += [p for clause in beside for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"]
    purposes = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in {"xcomp", "advcl", "acl", "conj", "pcomp"} and c.lemma_.lower() in PURPOSE_VERBS
    ]
    # "gathered for a fourth day to demand ...": the purpose the parser hung on the span of time
    purposes += [
        c for c in _purpose_clauses(trigger) if c.lemma_.lower() in PURPOSE_VERBS and all(c.i != p.i for p in purposes)
    ]
    for purpose in purposes:
        for token in purpose.subtree:
            if token.dep_ not in {"pobj", "dobj", "poss"}:
                continue
            found = [a for a in resolver.phrase_actors(token) if (a.country or a.org) and not _in(a, sources)]
            if found:
                return found, "named in the protest's demand"
    protester = sources[0]
    if purposes and protester.country and protester.sector in DOMESTIC_PROTESTERS:
        government = Actor(
            text=protester.country,
            name=protester.country,
            country=protester.country,
            sector="GOV",
            code=protester.country + "GOV",
            kind="state",
            confidence=0.5,
            via="the protesters' own government, addressee of their demand",
        )
        return [government], "addressee of the protest's demand"
    return [], ""


def _in(actor: Actor, group: list[Actor]) -> bool:
    return any(_same(actor, other) for other in group)


def _action_place(trigger: Token, resolver: _Resolver, nested: bool = False) -> Actor | None:
    """The state where a material action takes place: a locative phrase on the trigger or its object, or the
    object itself when it is a place ("shelled Kharkiv", "seized Crimea"); with ``nested``, also a place down a
    chain of locatives ("killed soldiers in an attack on a camp in X")."""
    # "threatened to resume attacks in Israel": the threatened act's place
    acts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    if trigger.pos_ in {"NOUN", "PROPN"}:  # "drone attacks that set ablaze two depots in Aden"
        acts += [c for c in trigger.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    objects = [c for act in acts for c in act.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "to enhance freedoms and promote tolerance in Sudan": a place in the object of a coordinated verb that
    # shares the subject holds for both verbs
    shared = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    shared = [c for c in shared if not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
    objects += [c for verb in shared for c in verb.children if c.dep_ == "dobj"]
    # the object's own phrase, through "of": "lifted a state of emergency in West Darfur"
    holders = [*acts, *[t for o in objects for t in _np_tokens_in_order(o) if t.pos_ in {"NOUN", "PROPN"}]]
    places = [c for c in trigger.children if c.dep_ == "dobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ACTION_PLACE_PREPS:
                obj = _pobj(prep)
                if obj is not None:
                    places.append(obj)
    in_paragraph = resolver.actors.in_paragraph(resolver.para.index)
    actors = [m for m in in_paragraph if m.role != "place"]
    # a place inside an actor's own phrase ("one U.S. soldier") is whose, not where
    mentions = [m for m in in_paragraph if m.role == "place" and not any(a.start <= m.start < a.end for a in actors)]
    for obj in places:
        words = [obj, *(c for c in obj.children if c.dep_ == "compound")]  # "in Montenegro province"
        mention = next((m for m in mentions for w in words if m.covers(w.i) and m.actor.country), None)
        if mention is None:
            mention = _misread_place(obj, in_paragraph, resolver.para)
        if mention is not None:
            return _state_of_place(mention, "place of the action")
    # "killed 71 soldiers in an attack on a camp in Inates, in the north of Niger": the place hangs below
    # the noun that says where or how, a few locative phrases down
    if not nested or trigger.pos_ != "VERB":
        return None  # a nominal event ("a roadside bombing near the town of X killed ...") leaves the place to
        # its verb, which keeps the event
    # a bare country name down such a chain is a place even when the mention finder read it as an actor
    countries = [m for m in actors if m.actor.kind == "state" and m.actor.code and m.actor.code == m.actor.country]
    for obj in places:
        mention = _nested_place(obj, [*mentions, *countries])
        if mention is not None:
            return _state_of_place(mention, "place of the action")
    return None


# Nouns naming a part of a place, whose "of" phrase is where ("the region of X", "the outskirts of Y")
PLACE_PART_NOUNS = frozenset(
    {"region", "province", "state", "district", "county", "town", "city", "village", "outskirts", "north",
     "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "area", "capital",
     "valley", "coast", "suburb", "island", "countryside", "heart", "centre", "center"}
)  # fmt: skip


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _nested_place(obj: Token, mentions: list[Mention]) -> Mention | None:
    """The first place with a country down a chain of locative phrases under ``obj`` (at most four), nearest
    first; "of" is followed only after a part of a place ("in the north of Niger"), not after another noun
    ("a raid on the embassy of Russia" is whose, not where)."""
    frontier = [obj]
    for _ in range(4):
        nxt = []
        for token in frontier:
            for prep in token.children:
                if prep.dep_ == "appos":
                    nxt.append(prep)
                    continue
                of_place = prep.lower_ == "of" and token.lemma_.lower() in PLACE_PART_NOUNS
                if prep.dep_ != "prep" or not (prep.lower_ in ACTION_PLACE_PREPS or of_place):
                    continue
                inner = _pobj(prep)
                if inner is None or inner.lemma_.lower() in BORDER_NOUNS:
                    continue  # "a stronghold on the Thai border" may lie on either side
                words = [inner, *(c for c in inner.children if c.dep_ in {"compound", "amod"})]
                found = next((m for m in mentions for w in words if m.covers(w.i) and m.actor.country), None)
                if found is not None:
                    return found
                nxt.append(inner)
        frontier = nxt
    return None


# Things a state gives or holds back: a sector word compounded on them ("US military aid") names the kind of
# thing, not the giver, and a to-phrase on them names who receives it
AID_NOUNS = frozenset(
    {"aid", "assistance", "equipment", "funding", "fund", "money", "weapon", "arm", "support", "package", "loan"}
)
AID_SECTORS = frozenset({"MIL", "GOV"})


def _recipient_before_aid(trigger: Token, source_path: str, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether a country's name before an aid noun is who gets the aid: in a verbless headline phrase ("Ukraine
    military aid and mixed messaging") with no to/for-phrase and no possessive. "US military aid to Ukraine"
    names its recipient, so the name before it gives; "Russia's aid" and "Russian aid" give too."""
    if trigger.lemma_.lower() not in AID_NOUNS or source_path not in {"compound", "nmod"} or targets or not sources:
        return False
    modifiers = {c.i for c in trigger.children if c.dep_ in {"nmod", "compound", "amod"}}  # "Ukraine" may tag VERB
    if trigger.dep_ != "ROOT" or any(t.pos_ in {"VERB", "AUX"} and t.i not in modifiers for t in trigger.sent):
        return False
    return all(a.via == "country name" and a.kind == "state" for a in sources)


def _aid_recipients(thing: Token) -> list[Token]:
    """The to/for-phrase of an aid noun ("withheld military aid to Ukraine"): the one who gets it."""
    if thing.lemma_.lower() not in AID_NOUNS:
        return []
    holders = [thing, thing.head] if thing.dep_ == "dobj" else [thing]  # the parser often hangs "to" on the verb
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}]
    return [o for o in map(_pobj, preps) if o is not None and o.pos_ in {"PROPN", "NOUN"}]


def _giving_state(actor: Actor) -> Actor:
    """A state's military or government words on its aid stand for the state: "US military aid" is the USA's."""
    if actor.sector not in AID_SECTORS or not actor.country or actor.kind == "person":
        return actor
    return replace(actor, sector=None, org=None, code=actor.country, kind="state")


def _state_of_place(mention: Mention, via: str) -> Actor:
    """The state a place mention lies in, as an actor: what is done to a place is done to its state."""
    return Actor(
        text=mention.actor.text,
        name=mention.actor.name,
        country=mention.actor.country,
        code=mention.actor.country,
        kind="state",
        confidence=0.6,
        start=mention.actor.start,
        end=mention.actor.end,
        via=via,
    )


# Things that join two places: blocking, closing or striking one acts on both ends
ROUTE_NOUNS = frozenset(
    {"bridge", "road", "highway", "motorway", "crossing", "railway", "rail", "pipeline", "route", "tunnel",
     "corridor", "link", "line", "border", "frontier", "causeway"}
)  # fmt: skip
ROUTE_PREPS = frozenset({"from", "to", "between", "into", "with"})


def _route_ends(trigger: Token, resolver: _Resolver) -> list[Actor]:
    """The states at both ends of a route the act is done to: "blocked the bridge from France to Germany",
    "closed the border crossing between Egypt and Gaza". Two different states or none: one end alone is a
    place, which :func:`_action_place` weighs."""
    routes = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ROUTE_NOUNS]
    if not routes:
        return []
    in_paragraph = resolver.actors.in_paragraph(resolver.para.index)
    ends: list[Actor] = []
    # the parser often hangs the second end on the verb: "blocked the crossing from Poland | to Ukraine"
    preps = [*(t for route in routes for t in route.subtree), *trigger.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ROUTE_PREPS:
            continue
        obj = _pobj(prep)
        if obj is None:
            continue
        for end in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            mention = next((m for m in in_paragraph if m.covers(end.i) and m.actor.country), None)
            if mention is not None and all(mention.actor.country != e.country for e in ends):
                ends.append(_state_of_place(mention, "end of the route acted on"))
    return ends if len(ends) >= 2 else []


ACTION_PLACE_PREPS = frozenset({"in", "into", "on", "at", "across", "throughout", "around", "near"})


def _np_tokens_in_order(root: Token) -> list[Token]:
    doc = root.doc
    return [doc[i] for i in sorted(_np_tokens(root))]


# Codes of the state's coercion at home whose doer a passive may leave unsaid: bans (172x), arrests,
# detentions and charges (173), repression (175)
IMPLIED_STATE_CODES = frozenset({"172", "1721", "1722", "1723", "1724", "173", "175", "161", "174"})
# Expulsions ("Dutch diplomats in Tehran were ordered to leave"): the expelled are foreigners, so the expelling
# state is where they are, never their own
EXPULSION_CODES = frozenset({"161", "174"})
# Words a by-phrase may name without naming anybody other than the state ("dissolved by decree", "by police")
STATE_AGENT_WORDS = frozenset(
    {"decree", "order", "ruling", "court", "judge", "police", "policeman", "policemen", "authority", "prosecutor",
     "officer", "agent", "government", "tribunal", "warrant"}
)  # fmt: skip
# The state's arm by the verb: the courts charge and sentence, the government bans, the police arrest
JUDICIAL_VERBS = frozenset(
    {"charge", "sentence", "indict", "convict", "try", "prosecute", "jail", "imprison", "remand", "fine"}
)
BANNING_VERBS = frozenset({"ban", "dissolve", "outlaw", "proscribe", "suspend", "prohibit", "bar", "close", "shut"})


def _passive_state_act(trigger: Token, code: CameoCode) -> bool:
    """Whether a verb is a passive clause of state coercion with no doer named: "was arrested on Friday", "has
    been held in detention since", "was dissolved by decree" (a by-phrase of the state's own instruments only;
    "was arrested by rebels" names its doer)."""
    if code.code not in IMPLIED_STATE_CODES or trigger.pos_ != "VERB":
        return False
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return False  # a participle on a noun ("migrants detained in Libya") is a description: left open
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    doer = _pobj(agent) if agent is not None else None
    return doer is None or doer.lemma_.lower() in STATE_AGENT_WORDS


def _implied_state(trigger: Token, code: CameoCode, targets: list[Actor], resolver: _Resolver) -> Actor | None:
    """The state a passive act of coercion is done by: the country of the place named for it ("detained in
    Manila"), else the country of the one acted on when all are of one country, else the dateline's."""
    if code.code in EXPULSION_CODES:
        return _expelling_state(trigger, targets, resolver)
    place = _action_place(trigger, resolver)
    country = place.country if place is not None else None
    if country is None and any(c.dep_ == "advmod" and c.lower_ in {"there", "here"} for c in trigger.children):
        return None  # "the pilot was held there": a place told before, perhaps abroad; no guess at whose state
    if country is None:
        homes = {t.country for t in targets if t.country and t.kind not in {"igo"}}
        country = next(iter(homes)) if len(homes) == 1 else None
    if country is None and resolver.dateline is not None:
        country = resolver.dateline.country
    if not country:
        return None
    lemma = trigger.lemma_.lower()
    banned = code.code.startswith("172") or (lemma in BANNING_VERBS and not code.code.startswith("173"))
    sector = "JUD" if lemma in JUDICIAL_VERBS else "GOV" if banned else "COP"
    return _implied_actor(
        trigger.text, f"implied state ({country})", country, sector, 0.5,
        "implied state: a passive act of coercion with no doer named",
    )


def _expelling_state(trigger: Token, targets: list[Actor], resolver: _Resolver) -> Actor | None:
    """Who expelled foreigners told in the passive: the state of the place named in the sentence (where they
    served, "diplomats in Tehran"), else the dateline's, so long as it is not the expelled's own."""
    homes = {t.country for t in targets if t.country}
    sent = trigger.sent
    places = [
        m.actor.country
        for m in resolver.actors.in_paragraph(resolver.para.index)
        if m.role == "place" and m.actor.country and sent.start <= m.start < sent.end
    ]
    if not places and resolver.dateline is not None and resolver.dateline.country:
        places = [resolver.dateline.country]
    country = next((c for c in places if c not in homes), None)
    if country is None:
        return None
    return _implied_actor(
        trigger.text, f"implied state ({country})", country, "GOV", 0.5,
        "implied state: foreigners expelled, in the passive, from where they were",
    )


def _where_it_happened(trigger: Token, resolver: _Resolver) -> Actor | None:
    """The state an act with no named doer happened in: the place of the act, else the place named nearest to it
    in its sentence, else the dateline's."""
    place = _action_place(trigger, resolver)
    if place is not None:
        return place
    sent = trigger.sent
    mentions = resolver.actors.in_paragraph(resolver.para.index)
    actors = [m for m in mentions if m.role != "place"]
    places = [  # not a country inside an actor's own phrase ("one U.S. soldier")
        m
        for m in mentions
        if m.role == "place" and m.actor.country and sent.start <= m.start < sent.end
        and not any(a.start <= m.start < a.end for a in actors)
    ]
    if places:
        return min(places, key=lambda m: abs(m.head - trigger.i)).actor
    if resolver.dateline is not None and resolver.dateline.country:
        # "KABUL - A truck bomb exploded outside a ministry": the sentence names no place, the dateline does
        filed = resolver.dateline
        return Actor(text=filed.text or filed.name, name=filed.name, country=filed.country, kind="place")
    return None


def _unidentified_attackers(trigger: Token, resolver: _Resolver) -> Actor | None:
    """Violence whose doer the sentence does not name is coded, as CAMEO coders do, to unidentified armed
    forces (UAF) of the country where it happened."""
    place = _where_it_happened(trigger, resolver)
    if place is None:
        return None
    return _implied_actor(
        place.text, f"unidentified armed forces ({place.country})", place.country, "UAF", 0.4,
        "unidentified attackers, where it happened",
    )


# A crowd named by number or kind, with no party or nationality ("Hundreds of his supporters gathered outside the
# court", "thousands of people marched", "students rallied"): the people of the place where they protest
CROWD_NOUNS = frozenset(
    {"supporter", "protester", "protestor", "demonstrator", "people", "resident", "woman", "man", "student",
     "worker", "crowd", "villager", "farmer", "activist", "opponent", "youth", "mourner", "marcher", "citizen",
     "family", "relative", "voter", "trader", "teacher", "doctor", "nurse", "employee", "pensioner", "driver"}
)
CROWD_NUMBERS = frozenset({"hundreds", "thousands", "dozens", "tens", "scores", "millions", "crowds"})


def _crowd(subject: Token) -> bool:
    """Whether a subject is a crowd of people named only by number or kind."""
    if subject.lemma_.lower() in CROWD_NOUNS or subject.lower_ in CROWD_NUMBERS:
        return True
    return subject.like_num and any(
        c.dep_ == "prep" and c.lower_ == "of" and (_pobj(c) is not None and _pobj(c).lemma_.lower() in CROWD_NOUNS)
        for c in subject.children
    )


def _protesting_crowd(trigger: Token, resolver: _Resolver) -> Actor | None:
    """The people of the place a crowd with no named side protests in."""
    place = _where_it_happened(trigger, resolver)
    if place is None or not place.country:
        return None
    return _implied_actor(
        place.text, f"protesters ({place.country})", place.country, "CVL", 0.4,
        "a crowd with no side named, where it protests",
    )


def _misread_place(obj: Token, mentions: list[Mention], para: ParsedParagraph) -> Mention | None:
    """A city the tagger read as a person ("shelled Kharkiv"): a bare name, no title, nobody the tables know,
    in the place slot of a material act, and a city of some size."""
    from ..where import get_gazetteer  # loaded once per process by its module

    if obj.pos_ != "PROPN":
        return None
    mention = next((m for m in mentions if m.covers(obj.i)), None)
    if mention is None:  # "attacking Belgorod", Belgorod tagged a nationality: the bare proper noun
        words = [t for t in obj.subtree if t.dep_ == "compound" or t.i == obj.i]
        if len(words) > 2 or any(t.pos_ != "PROPN" for t in words):
            return None
        span = obj.doc[words[0].i : words[-1].i + 1]
        start = para.offset + span.start_char
        bare = Actor(text=span.text, kind="person", start=start, end=start + len(span.text))
        mention = Mention(actor=bare, para=para.index, start=span.start, end=span.end, head=obj.i)
    if mention.actor.kind != "person" or mention.end - mention.start > 2:
        return None
    if mention.actor.country or mention.actor.sector or mention.actor.title:
        return None
    place = get_gazetteer().notable(mention.actor.text)
    if place is None or not place.country:
        return None
    actor = replace(mention.actor, name=place.name, country=place.country, kind="place", via="gazetteer (misread)")
    return replace(mention, actor=actor, role="place")


def _demand_events(
    sent: Span, para: ParsedParagraph, resolver: _Resolver, matches: dict[int, _Match]
) -> list[CodedEvent]:
    """'X said Y must ...' / 'X insisted that Y should ...': X demands of Y (CAMEO 10)."""
    out = []
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children
        ):
            continue
        clause = token
        while clause.dep_ == "conj":
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        speaker, _, path = _subject_of(clause.head)
        # "the public should not be forced to ...": a passive subject is not who is asked to act
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if speaker is None or subject is None or _thing_as_doer(subject):
            continue  # "the new law's passage should send a message": a thing is asked nothing
        sources = [a for a in resolver.phrase_actors(speaker) if a.country or a.org]
        targets = [
            a for a in resolver.phrase_actors(subject) if (a.country or a.org) and all(not _same(a, s) for s in sources)
        ]
        if not sources or not targets:
            continue
        inner = matches.get(token.i)
        code = cameo(_demand_code(inner.pattern.code) if inner else "100")
        pattern = inner.pattern if inner else _DEMAND_PATTERN
        explanation = {
            "pattern": "speech verb + that-clause with must/should",
            "pattern_file": "coder rule",
            "trigger": token.text,
            "frame": [],
            "source_path": path,
            "target_path": "clause subject",
            "intent_governor": None,
            "recoded_from": inner.pattern.code if inner else None,
        }
        pairs = [(source, target) for source in sources for target in targets]
        out += _coded_events(code, pairs, para.index, sent, token, pattern, "asserted", False, explanation)
    out += _wanted_of_others(sent, para, resolver, matches) + _pressed_for(sent, para, resolver, matches)
    # "51 percent say the Senate should investigate him": a poll's answer demands nothing of anybody
    return [e for e in out if not (_poll_answer(e.trigger) or _unknown_or_polled(e.trigger))]


_DENIED_ACCUSATION_PATTERN = Pattern(
    code="112",
    trigger="accusation",
    noun=True,
    required=(),
    target_preps=frozenset(),
    excluded=frozenset(),
    origin="coder rule",
    text="112 <X> deny|reject accusations by <Y>",
)
# What an accused denies: the accusation nouns whose owner is the accuser
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge"})


def _denied_accusations(sent: Span, para: ParsedParagraph, resolver: _Resolver) -> list[CodedEvent]:
    """"Nigeria rejected accusations by Ghana that its soldiers killed protesters": Ghana accused Nigeria. The
    one who denies is the accused, the owner of the accusation ("by Ghana", "Ghana's") the accuser; with no
    owner named nothing is coded (the accusation was coded where it was told)."""
    out: list[CodedEvent] = []
    for noun in sent:
        if noun.lemma_.lower() not in ACCUSATION_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in DENY_GOVERNORS or verb.pos_ != "VERB":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
            owner = _pobj(by) if by is not None else None
        accused, _, path = _subject_of(verb)
        if owner is None or accused is None:
            continue
        sources = [a for a in resolver.phrase_actors(owner) if a.country or a.org]
        targets = [a for a in resolver.phrase_actors(accused) if (a.country or a.org)
                   and all(not (_same(a, s) or _one_state_twice(a, s)) for s in sources)]
        if not sources or not targets:
            continue
        explanation = {
            "pattern": _DENIED_ACCUSATION_PATTERN.text,
            "pattern_file": "coder rule",
            "trigger": noun.text,
            "frame": [],
            "source_path": f"owner of the {noun.text}",
            "target_path": f"{path} (the one who denies)",
            "intent_governor": None,
            "recoded_from": None,
        }
        pairs = [(source, target) for source in sources for target in targets]
        out += _coded_events(cameo("112"), pairs, para.index, sent, noun, _DENIED_ACCUSATION_PATTERN, "asserted",
                             False, explanation)
    return out


# "Beijing wants Washington to lift the tariffs": wanting another actor to act is asking it to (CAMEO 10)
WANT_VERBS = frozenset({"want", "wish"})


def _wanted_of_others(
    sent: Span, para: ParsedParagraph, resolver: _Resolver, matches: dict[int, _Match]
) -> list[CodedEvent]:
    """'X wants Y to do Z': X demands Z of Y, coded by what is wanted; Z itself did not happen."""
    out = []
    for token in sent:
        if token.lemma_.lower() not in WANT_VERBS or token.pos_ != "VERB":
            continue
        for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is None and clause.dep_ == "xcomp":
                doer = next((c for c in token.children if c.dep_ == "dobj"), None)
            if doer is not None:
                out += _asked_of_another(
                    sent, para, resolver, matches, token, clause, doer,
                    ("want + another actor + to-clause", "subject of the wanted clause"),
                )
    return out


def _asked_of_another(
    sent: Span,
    para: ParsedParagraph,
    resolver: _Resolver,
    matches: dict[int, _Match],
    asker: Token,
    clause: Token,
    doer: Token,
    labels: tuple[str, str],
    keep: Callable[[_Match], bool] = lambda _: True,
) -> list[CodedEvent]:
    """The demands an asking verb makes: its subject demands of ``doer`` each act matched in ``clause`` (and the
    verbs coordinated with it) that ``keep`` accepts, coded by the act's demand code (:func:`_demand_code`).
    ``labels`` name the rule and the target's path for --explain."""
    speaker, _, path = _subject_of(asker)
    if speaker is None:
        return []
    sources = [a for a in resolver.phrase_actors(speaker) if a.country or a.org]
    targets = [a for a in resolver.phrase_actors(doer) if (a.country or a.org) and not _in(a, sources)]
    if not sources or not targets:
        return []
    out = []
    for action in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        inner = matches.get(action.i)
        if inner is None or not keep(inner):
            continue
        explanation = {
            "pattern": labels[0],
            "pattern_file": "coder rule",
            "trigger": action.text,
            "frame": [],
            "source_path": path,
            "target_path": labels[1],
            "intent_governor": asker.text,
            "recoded_from": inner.pattern.code,
        }
        pairs = [(source, target) for source in sources for target in targets]
        out += _coded_events(
            cameo(_demand_code(inner.pattern.code)), pairs, para.index, sent, action, inner.pattern, "asserted",
            False, explanation,
        )
    return out


# Verbs of pressing for an act of another: "pushing hard for the US to support Kyiv", "lobbying Washington to
# back the plan"; the act is asked for, not done
PRESSING_VERBS = PRESSURE_VERBS | {"call", "appeal", "campaign", "ask", "plead", "clamour", "clamor"}
# Verbs that ask another to act ("called on allies to send", "urged Western partners to speed up"): the act in
# their to-clause is the asked party's, never the asker's (see _asked_party)
ASKING_VERBS = PRESSING_VERBS | {"invite", "implore", "exhort", "beg", "request"}


def _pressed_clauses(verb: Token) -> list[tuple[Token, Token]]:
    """(act, doer) pairs an act of pressing asks for: a "for X to do" clause ("pushing for the US to support
    Ukraine"), or, after an addressee, a to-infinitive of support ("lobbying Washington to back the plan"),
    where support asked for is easily misread as support given."""
    out = []
    for clause in verb.children:
        if clause.i < verb.i or not _infinitive(clause):
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.dep_ in {"advcl", "ccomp", "acl"} and doer is not None and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            out.append((clause, doer))
        elif clause.dep_ == "xcomp" and verb.lemma_.lower() in PRESSURE_VERBS:
            addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
            if addressee is not None:
                out.append((clause, addressee))
    return out


def _pressed_for(
    sent: Span, para: ParsedParagraph, resolver: _Resolver, matches: dict[int, _Match]
) -> list[CodedEvent]:
    """'X pushes for Y to support Z': X demands the support of Y (the act's demand code, see
    :func:`_demand_code`); the support itself did not happen. An addressee's to-infinitive counts only for acts of
    support (root 05): other pressed acts keep their pressing verb's own code."""
    out = []
    for token in sent:
        if token.lemma_.lower() not in PRESSING_VERBS or token.pos_ != "VERB":
            continue
        for clause, doer in _pressed_clauses(token):
            support_only = clause.dep_ == "xcomp"
            out += _asked_of_another(
                sent, para, resolver, matches, token, clause, doer,
                ("pressing verb + act asked of another", "doer of the act pressed for"),
                keep=lambda inner, support_only=support_only: not support_only or inner.pattern.code.startswith("05"),
            )
    return out


def _dedupe(events: Iterable[CodedEvent]) -> list[CodedEvent]:
    """One event per (code, source, target) in a sentence; the first trigger wins."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for event in events:
        key = (event.code.code, _actor_key(event.source), _actor_key(event.target))
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    return out


def _side_key(actor: Actor | None) -> object:
    """What a dyad sees of an actor: its code ("VNMGOV" for both the prime minister and the president), or who it
    is when it has no code."""
    if actor is None:
        return None
    return actor.code or actor.entity_id or actor.text


# The cooperative roots (appeal, intent, consult, support, cooperation, aid, yielding: 02-08) are acts one party
# offers another. Told in the passive with no "by" ("the deal was signed in the capital", "tanks will be delivered
# from South Korea", "his fear of being extradited to the US") the sentence hides who acted, and a party the parse
# found in its prepositions or in the story so far is no side of it: no dyad is told. The passive's own subject is
# the one it was done to ("the prisoners were released in Doha") and stays; so do the one accused, threatened,
# sanctioned, attacked or arrested by nobody named, and an active act whose doer went unresolved.
DOER_NEEDED_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08"})


def _has_a_doer(event: CodedEvent) -> bool:
    """Whether an event names who did it, or may stand without: a cooperative act told in the passive with no
    agent stands only with its subject as target."""
    if event.source is not None or event.code.root not in DOER_NEEDED_ROOTS:
        return True
    return event.explanation.get("target_path") == "nsubjpass" or not _agentless_passive(event.trigger)


def _agentless_passive(verb: Token) -> bool:
    """Whether a verb is a passive ("was signed", "would be offered", "committed to") with no "by" phrase."""
    if verb.pos_ not in {"VERB", "ADJ"} or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _one_event_per_act(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per act: two events of one sentence of the same CAMEO base code (141 for 1411), with the same
    actor codes on both sides and the same modality, from one trigger or from a trigger and a clause that tells how
    it was done, are one act told twice ("is to meet the prime minister and the president" is one visit of China
    to Vietnam; crowds "filled the avenue, chanting for Maduro to step down" protest once); the most specific code
    stands for it. Conjoined verbs are acts of their own ("banned the rally and closed the metro stations"). An
    event missing its target that an event of the same act names ("welcomed the accord and praised Qatar") is
    that act told with less detail."""
    kept: list[CodedEvent] = []
    for event in events:
        key = _act_key(event, _side_key(event.source), _side_key(event.target))
        twin = next(
            (n for n, k in enumerate(kept)
             if _act_key(k, _side_key(k.source), _side_key(k.target)) == key and _one_act(k.trigger, event.trigger)),
            None,
        )
        if twin is None:
            kept.append(event)
        elif len(event.code.code) > len(kept[twin].code.code):
            kept[twin] = event
    told_in_full = {_act_key(e, _side_key(e.source), None) for e in kept if e.source and e.target}
    return [e for e in kept if not (e.target is None and _act_key(e, _side_key(e.source), None) in told_in_full)]


def _one_act(first: Token, second: Token) -> bool:
    """Whether two triggers tell one act: the same word, or one inside the other's clause by no "and" between
    finite verbs ("filled the avenue, chanting ... and waving flags"; not "banned the rally and closed the
    stations")."""
    if first.i == second.i:
        return True
    for lower, upper in ((first, second), (second, first)):
        token = lower
        while token.head.i != token.i and (token.dep_ != "conj" or token.tag_ == "VBG"):
            token = token.head
            if token.i == upper.i:
                return True
    return False


def _act_key(event: CodedEvent, source: object, target: object) -> tuple[object, ...]:
    """What makes two events of a sentence one act: base code, both sides, modality. Not the PLOVER type, which
    is too wide ("upping sanctions on Iran and pulling out of the deal" are two acts of one type)."""
    return (event.code.code[:3], source, target, event.modality, event.negated)


def _actor_key(actor: Actor | None) -> object:
    return None if actor is None else (actor.entity_id, actor.code)


def event_id(article_id: str, event: CodedEvent) -> str:
    """A stable id: the same article coded twice gives the same ids."""
    return _event_key(
        article_id,
        event.paragraph,
        event.trigger.i,
        event.code.code,
        _actor_key(event.source),
        _actor_key(event.target),
    )
