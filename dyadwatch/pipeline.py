"""The pipeline: read -> extract -> language -> actors -> events -> when/where, one Article at a time.

It owns the order of the stages and the conversion of the coder's events into model :class:`Event` records with
dates and places. Each stage lives in its own module; this one holds no linguistic rules of its own. Heavy
resources (spaCy model, knowledge tables, patterns, gazetteer) are loaded once per process by their modules.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .actors.mentions import ArticleActors, find_mentions
from .actors.registry import remember
from .events.attributes import extract_attributes
from .events.coder import CodedEvent, code_paragraphs, event_id
from .events.counterparts import with_story_targets
from .events.patterns import load_patterns
from .events.quotes import find_quotes, link_quotes
from .extract import extract
from .language import ParsedParagraph, parse_article
from .model import Actor, Article, DocumentError, Event, Place, RawDocument
from .read import looks_like_html
from .when import find_date_expressions, named_war, normalize_published, resolve_event_date
from .where import choose_event_location, dateline_place, summoning_capital

__all__ = ["Options", "code_article", "code_articles", "code_raw"]


@dataclass(frozen=True, slots=True)
class Options:
    """What to code. Statements (CAMEO root 01) have no PLOVER type and are left out unless asked for."""

    statements: bool = False
    include_modal: bool = True  # negated, future and hypothetical events are kept, flagged


def _location_context(article: Article, actors: ArticleActors) -> list[str]:
    """Countries the article is about, most mentioned first: context for place disambiguation."""
    counts: dict[str, int] = {}
    for mentions in actors.by_paragraph.values():
        for mention in mentions:  # the actors, not the places themselves ("Tripoli" must not vote for Libya)
            if mention.role == "actor" and mention.actor.country:
                counts[mention.actor.country] = counts.get(mention.actor.country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


# Nouns a date modifies to make a time, not a thing: "on Wednesday afternoon", "Tuesday night", "after Friday
# prayers" date the event.
_TIMES_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "dawn", "dusk", "prayers", "prayer"}
)


def _without_other_things_dates(sent: Span, trigger: Token) -> str:
    """The sentence with the dates of other things blanked out (same length, so offsets hold): "wants the UK to
    extradite Assange over the release of classified material in 2010" dates the release, not the extradition.
    A date phrase belongs to another thing when it hangs, through prepositions, on a noun that is not the
    trigger before it reaches a verb."""
    text = list(sent.text)
    trigger_clause = _clause_verb(trigger)
    for token in sent:
        if (token.dep_ == "prep" and token.lower_ in _WAR_PREPOSITIONS
                and any(t.lower_ in {"war", "conflict"} for t in token.subtree)
                and not _dates_clause(_clause_verb(token), trigger_clause)):
            _blank_tokens(text, token.left_edge, token.right_edge, sent)  # "servicemen held there during the war"
    own_dated = any(entity.label_ == "DATE" and _governor(entity.root).i in {trigger.i, trigger_clause.i}
                    and _CALENDAR_DATE.search(entity.text) and not _YEAR_COUNT.search(entity.text)
                    and entity.root.head.lower_ not in {"for", "over"} for entity in sent.ents)
    for entity in sent.ents:
        if own_dated and entity.label_ == "DATE" and _dates_a_clause_above(entity, trigger_clause):
            _blank(text, entity, sent)  # "admitted Friday to sending threats to the judge in June"
            continue
        if entity.label_ in {"DATE", "TIME"} and _dates_a_question(entity, trigger):
            _blank(text, entity, sent)  # "demanded how he could be sure what he was doing on March 10"
            continue
        if entity.label_ == "DATE" and _dates_an_earlier_act(entity, trigger):
            _blank(text, entity, sent)  # "avoided extradition for years after seeking refuge in 2012"
            continue
        if entity.label_ in {"DATE", "TIME"} and _dates_an_allegation(entity, trigger):
            _blank(text, entity, sent)  # "prosecutors alleged that no checks were made Aug. 9": the checks' date
            continue
        if entity.label_ in {"DATE", "TIME"} and _sets_a_deadline(entity, trigger):
            _blank(text, entity, sent)  # "told him the staff must leave by the end of Monday": the leaving's
            continue
        if entity.label_ == "DATE" and _names_a_designated_day(entity, sent):
            _blank(text, entity, sent)  # "declared Sunday a day of mourning": the day named, not the act's
            continue
        if entity.label_ != "DATE":
            continue
        owner = entity.root.head
        if _follows_anchor(entity, sent):
            continue  # "after the January 7, 2015 attack": when.py dates the act as on or after it
        if (entity.root.dep_ in {"compound", "nmod", "amod", "poss", "nummod"} and owner.pos_ in {"NOUN", "PROPN"}
                and owner.i != trigger.i and not any(t.i == owner.i for t in entity)
                and owner.lower_ not in _TIMES_OF_DAY and not _counts_from(owner)
                and not _announces(owner, trigger) and not _dates_the_saying(owner, trigger)
                and not _dates_the_gathering(owner, trigger) and not _names_the_acting_event(owner, trigger)):
            _blank(text, entity, sent)  # "released the July 25 transcript": the call's date
            continue
        if _names_a_time_of_day(entity):
            continue  # "on the night of Oct. 20, 2020": a scene-setting time, the act's own
        if _dates_a_described_thing(entity, trigger):
            _blank(text, entity, sent)  # "defending the budget approved in April": the approval's date
            continue
        if not _YEAR.search(entity.text):
            continue  # only years ("in 2010"): a weekday or "last week" dates the news itself, however parsed
        head = entity.root
        while head.dep_ in {"pobj", "prep"} and head.head.i != head.i:
            head = head.head
            if head.i == trigger.i or head.pos_ in {"VERB", "AUX"}:
                break
            if head.pos_ in {"NOUN", "PROPN"}:  # "the release ... in 2010": the date of the release
                _blank(text, entity, sent)
                break
    return "".join(text)


def _names_a_time_of_day(entity: Span) -> bool:
    """Whether the date completes a time of day ("on the night of Oct. 20, 2020", "on the morning of March 3"):
    such a phrase sets the scene of the act the sentence tells, not of a noun or participle it passes."""
    prep = entity.root.head
    return (entity.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _TIMES_OF_DAY
            and prep.head.i != entity.root.i)


# Nouns for an act whose date, given as a possessive or modifier, is the date of what it did: "Sunday's air
# operation had destroyed 89 targets", "Monday's attack killed nine soldiers".
_ACTING_EVENT_NOUNS = frozenset({"operation", "attack", "assault", "raid", "strike", "airstrike", "offensive",
                                 "bombing", "blast", "explosion", "ambush", "shelling", "clash", "crackdown",
                                 "protest", "rally", "storm", "quake", "earthquake", "fire"})


def _names_the_acting_event(owner: Token, trigger: Token) -> bool:
    """Whether the dated noun is an act that is the subject of the trigger ("Sunday's air operation destroyed
    89 targets"): the trigger tells what that act did, on its day. Any other dated noun keeps its own date
    ("Monday's attack prompted France to send troops": the sending is not dated by it)."""
    return (owner.lemma_.lower() in _ACTING_EVENT_NOUNS and owner.dep_ in {"nsubj", "nsubjpass"}
            and owner.head.i == trigger.i)


# "for 18 years", "three years": a length of time, not a point the act happened at.
_YEAR_COUNT = re.compile(r"\b(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)


def _governor(token: Token) -> Token:
    """The word a date phrase hangs on, past its preposition ("kill her in March": kill)."""
    head = token.head
    return head.head if head.dep_ == "prep" else head


_EARLIER_ACT_WORDS = frozenset({"after", "since", "before", "upon"})


def _dates_an_earlier_act(entity: Span, trigger: Token) -> bool:
    """Whether a calendar date belongs to a clause of its own that the act is told after or before ("has stayed
    abroad for a decade after escaping from prison in 2014", "since fleeing the country in
    2015"): that clause's act has its own date, the trigger's is not given by it. A trigger inside that clause
    keeps the date."""
    if not _CALENDAR_DATE.search(entity.text):
        return False
    verb = _clause_verb(entity.root)
    if verb.i == trigger.i or verb.pos_ != "VERB" or any(token.i == trigger.i for token in verb.subtree):
        return False
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in _EARLIER_ACT_WORDS and verb.tag_ == "VBG"
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
        child.dep_ in {"mark", "prep"} and child.lower_ in _EARLIER_ACT_WORDS for child in verb.children)


def _sets_a_deadline(entity: Span, trigger: Token) -> bool:
    """Whether the date is a deadline ("by Monday", "by the end of Monday") for a verb other than the
    trigger's clause: "told him the staff must leave by the end of Monday" dates the leaving still to come,
    and a past act resolved against it would land on the week before. A deadline on the trigger's own
    clause ("had taken the town by Sunday") still bounds the act and stays."""
    prep = entity.root.head
    if prep.dep_ == "pobj" and prep.head.dep_ == "prep" and prep.lower_ in {"end", "close"}:
        prep = prep.head.head  # "by the end of Monday": the "by" above "end"
    if entity.root.dep_ != "pobj" and prep.i == entity.root.head.i:
        return False
    if prep.lower_ != "by" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.i != trigger.i and verb.i != _clause_verb(trigger).i


# Verbs that make a day into something by naming it: "declared Sunday a national day of mourning", "set Friday
# as the deadline", "named Monday a public holiday".
_DESIGNATING_LEMMAS = frozenset({"declare", "set", "name", "make", "designate", "proclaim"})


def _names_a_designated_day(entity: Span, sent: Span) -> bool:
    """Whether the date is the object a designating verb names ("declared Sunday a national day of mourning"):
    the day so named is still to come or is a status, not when the act was done."""
    if entity.start <= sent.start or entity.end >= sent.end:
        return False
    before, after = sent.doc[entity.start - 1], sent.doc[entity.end]
    return before.lemma_.lower() in _DESIGNATING_LEMMAS and after.lower_ in {"a", "an", "as", "the"}


# Verbs that put a claim about another time: the dates in what they claim are the claimed thing's.
_CLAIM_VERBS = frozenset({"allege", "claim", "contend", "assert", "argue", "insist", "deny", "testify"})


def _dates_an_allegation(entity: Span, trigger: Token) -> bool:
    """Whether the date sits in the that-clause or the "when" clause of a claiming trigger ("prosecutors alleged
    that no checks were made from 10:30 p.m. Aug. 9"): the alleging is done now, in the charge or filing the
    news reports."""
    if trigger.lemma_.lower() not in _CLAIM_VERBS or trigger.pos_ != "VERB":
        return False
    return any((child.dep_ == "ccomp" or _is_when_clause(child)) and child.left_edge.i <= entity.root.i
               <= child.right_edge.i for child in trigger.children)


def _is_when_clause(clause: Token) -> bool:
    """Whether an adverbial clause is a "when" clause ("When the guards found the body Aug. 10, prosecutors
    alleged ..."): on a claiming verb it sets the scene of the claimed thing, not the day of the claim."""
    return clause.dep_ == "advcl" and any(child.lower_ == "when" and child.dep_ in {"advmod", "mark"}
                                          for child in clause.children)


def _dates_a_clause_above(entity: Span, trigger_clause: Token) -> bool:
    """Whether the date hangs on a clause the trigger's clause is nested in ("pleaded guilty Monday to
    sending threats to the judge in June"): when the trigger's own clause has a date, that one is the act's."""
    verb = _clause_verb(entity.root)
    return verb.i != trigger_clause.i and any(token.i == trigger_clause.i for token in verb.subtree)


_QUESTION_WORDS = frozenset({"what", "how", "where", "why", "who", "whom", "which", "whether", "if", "when"})


def _dates_a_question(entity: Span, trigger: Token) -> bool:
    """Whether the date belongs to a question the act asks about ("asked what he was doing on the night of
    March 10", "demanded to know where she was on May 3"): the clause under a question word is the thing asked
    about, and its date is that thing's, not the asking's. The trigger inside that clause keeps it."""
    verb = _clause_verb(entity.root)
    for _ in range(4):
        if verb.dep_ not in {"ccomp", "advcl", "xcomp"} or verb.head.i == verb.i:
            return False
        if any(token.i == trigger.i for token in verb.subtree):
            return False
        asks = any(child.lower_ in _QUESTION_WORDS and child.i < verb.i
                   and child.dep_ in {"dobj", "advmod", "nsubj", "attr", "mark", "pobj"} for child in verb.children)
        if asks and verb.dep_ == "ccomp":
            return True
        verb = _clause_verb(verb.head)
    return False


# A date that names a month or a year ("Sept. 1", "in April", "in 2017"), unlike a weekday or "last week".
_CALENDAR_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)"
)


def _dates_a_described_thing(entity: Span, trigger: Token) -> bool:
    """Whether the date belongs to a past participle that describes a noun ("the budget approved by Republicans
    in April", "goods imposed on Sept. 1") rather than to the trigger's act: the first verb above a calendar
    date (a month or a year) is such a participle and the trigger is not inside it. A weekday stays the act's
    ("fired at farmers blocking a motorway on Monday": the parser often hangs the sentence's last phrase on
    the nearest clause), and a noun trigger keeps the dates of its own phrase ("tariffs on goods imposed on
    Sept. 1")."""
    if not _CALENDAR_DATE.search(entity.text):
        return False
    verb = entity.root
    while verb.dep_ in {"pobj", "prep", "npadvmod", "nmod", "compound"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i == trigger.i:
        return False
    if any(token.i == trigger.i for token in verb.subtree):
        return False
    described = verb.head
    if _dates_the_saying(described, trigger):
        return False  # "In a joint statement published Oct. 25, the ministries accused": the statement's day
    return not (trigger.pos_ in {"NOUN", "PROPN"} and any(token.i == described.i for token in trigger.subtree))


# "in the wake of the September 11, 2001 attacks", "following the Jan. 7 attack": the act came after that date.
_ANCHOR_LEAD = re.compile(r"\b(?:in\s+the\s+wake\s+of|after|following)\s+the\s*$", re.IGNORECASE)


def _follows_anchor(entity: Span, sent: Span) -> bool:
    """Whether a date modifies the noun an act came after, so that its date bounds the act's own."""
    return bool(_ANCHOR_LEAD.search(sent.doc.text[sent.start_char: entity.start_char]))


# Nouns that report an act in a clause of their own: "an Oct. 11 announcement that they had reached a deal".
_REPORT_NOUNS = frozenset({"announcement", "statement", "report", "confirmation", "declaration", "disclosure",
                           "admission", "claim"})


def _announces(owner: Token, trigger: Token) -> bool:
    """Whether the dated noun announces the trigger's act in its own clause: the act is on or before the
    announcement, whose day is the nearest date the sentence gives it."""
    if owner.lemma_.lower() not in _REPORT_NOUNS:
        return False
    clause = _clause_verb(trigger)
    while clause.dep_ in {"conj", "xcomp", "ccomp"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in {"acl", "relcl"} and clause.head.i == owner.i


# Nouns for the medium a statement, a demand or a promise is made in: "In a Nov. 5 letter, the doctors urged".
_MEDIUM_NOUNS = frozenset({"letter", "statement", "speech", "interview", "tweet", "post", "address", "briefing",
                           "memo", "message", "editorial", "op-ed", "remarks", "announcement", "video", "filing"})


def _dates_the_saying(owner: Token, trigger: Token) -> bool:
    """Whether the dated noun is the medium the trigger's act was made in ("In a Nov. 5 letter, the doctors
    pleaded with the administration to reconsider", "In a Nov. 5 letter ... they said they would provide"):
    a request or an offer is dated by the letter or speech that makes it."""
    if owner.lemma_.lower() not in _MEDIUM_NOUNS or owner.dep_ != "pobj" or owner.head.lower_ not in {"in", "during"}:
        return False
    return _in_clause_of(trigger, owner.head.head)


# Gatherings an act is done at: "signed the accord at the July 10 meeting", "at Tuesday's cabinet session".
_GATHERING_NOUNS = frozenset({"meeting", "summit", "session", "conference", "gathering", "talks", "rally",
                              "ceremony", "hearing", "debate", "forum", "assembly", "congress", "convention",
                              "visit", "trip", "negotiations", "round", "sitting", "vote"})


# Nouns for being at a gathering: "his visit", "her appearance" at the dated gathering the sentence names.
_ATTENDING_NOUNS = frozenset({"visit", "appearance", "attendance", "arrival", "presence", "stop"})


def _dates_the_gathering(owner: Token, trigger: Token) -> bool:
    """Whether the dated noun is a gathering the trigger's act was done at ("agreed to the truce at the July 10
    meeting", "announced the sanctions at Tuesday's cabinet meeting"): the act is on the gathering's day. A
    visit or appearance is the going to or being at a dated gathering the sentence names, in whatever clause
    ("did not know he was coming to Tuesday's fundraiser but saw his visit as an honour")."""
    if owner.lemma_.lower() not in _GATHERING_NOUNS or owner.dep_ != "pobj":
        return False
    if (trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _ATTENDING_NOUNS
            and owner.head.lower_ in {"to", "at"} and owner.i != trigger.i):
        return True  # "Friday's reception ... her visit there": the visit is that day
    if owner.head.lower_ not in {"at", "during", "on"}:
        return False
    verb = owner.head.head
    if verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "announced the sanctions at the meeting": the parser may hang "at" on the object
    return _in_clause_of(trigger, verb)


def _in_clause_of(trigger: Token, verb: Token) -> bool:
    """Whether the trigger is the verb or sits in its clause through complements, infinitives and conjuncts."""
    node = trigger
    for _ in range(4):
        if node.i == verb.i:
            return True
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (node.dep_ not in {"xcomp", "ccomp", "conj"} and not infinitive) or node.head.i == node.i:
            return False  # "pleaded with the administration to reconsider" (often parsed as an adverbial clause)
        node = node.head
    return node.i == verb.i


# Nouns that date an act by another thing's date: "on the eve of Sunday's election" is the Saturday.
_DAY_RELATIVE = frozenset({"eve", "day", "morning", "night", "anniversary"})


def _counts_from(owner: Token) -> bool:
    """Whether the dated noun is what the act's own date is counted from ("the eve of Sunday's vote", "the day
    after Monday's raid"), so its date must stay for the dating step to count from."""
    prep = owner.head
    return (owner.dep_ == "pobj" and prep.lower_ in {"of", "before", "after"}
            and prep.head.lemma_.lower() in _DAY_RELATIVE)


_WAR_PREPOSITIONS = frozenset({"during", "in", "throughout", "amid"})


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself for a verb; the root when none is above)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _dates_clause(verb: Token, trigger_clause: Token) -> bool:
    """Whether a phrase in ``verb``'s clause dates the trigger's: the same clause, or an adverbial clause of it
    ("when he flew helicopters during the Falklands War, he came under fire")."""
    return verb.i == trigger_clause.i or (verb.dep_ == "advcl" and verb.head.i == trigger_clause.i)


def _blank(text: list[str], entity: Span, sent: Span) -> None:
    """Replace a date phrase by spaces in the sentence's characters (in place, keeping every offset)."""
    _blank_tokens(text, entity[0], entity[-1], sent)


def _blank_tokens(text: list[str], first: Token, last: Token, sent: Span) -> None:
    start, end = first.idx - sent.start_char, last.idx + len(last.text) - sent.start_char
    text[start:end] = " " * (end - start)


def _files_from_a_bureau(filed: Place | None, root: str, context: Sequence[str]) -> bool:
    """Whether the dateline is a wire bureau's city for this act: "DUBAI (AP) -- ..." over a story of bombings
    in Iran, where no actor of the article or the act is of the dateline's country. An incident on the ground
    (an assault, a protest, an arrest) by and against others happened in their countries, not in the bureau's
    city; a meeting or a signing may well be held there ("JEDDAH - Sudan's warring sides signed"), so only
    incidents lose it."""
    return (filed is not None and filed.country is not None and bool(context) and filed.country not in context
            and root in _INCIDENT_ROOTS)


def _shows_force_elsewhere(filed: Place | None, root: str, parties: Sequence[str]) -> bool:
    """Whether a show of force is told from a bureau in a country no party of it belongs to: "TOKYO - North
    Korea fired a ballistic missile, Japan's defence ministry said" was fired from North Korea, not in Tokyo,
    though the story's other actors (the ministry that reported it) are of the dateline's country. A missile
    test, a drill or a troop build-up happens on its own party's ground or at sea."""
    return (filed is not None and filed.country is not None and root == _FORCE_POSTURE_ROOT and bool(parties)
            and filed.country not in parties)


_FORCE_POSTURE_ROOT = "15"
# Verbal acts: public statements, appeals, intents, praise, demands, disapproval, rejections, threats. They happen
# where they are said, which a dateline shows only for a speaker of its own country.
_VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
_MAIN_COUNTRIES = 2  # the story's own sides, most mentioned first


def _said_elsewhere(filed: Place | None, speaker: str | None, context: Sequence[str]) -> bool:
    """Whether a verbal act told under a dateline was said outside the dateline's country: its speaker is a
    state other than the dateline's that only reacts from afar ("CARACAS - Russia warned Washington against
    any intervention" was said in Moscow). A speaker among the story's two main countries keeps the dateline:
    a visiting leader ("BUDAPEST - Xi urged ...") or a side at talks the dateline's city hosts ("PRETORIA -
    Ethiopia's government agreed ...") speaks there. A speaker of no known country keeps it too."""
    return (filed is not None and filed.country is not None and speaker is not None
            and len(speaker) == 3 and speaker not in {"IGO", "NGO"} and speaker != filed.country
            and speaker not in context[:_MAIN_COUNTRIES])


# The dateline a story's first sentence starts with: "BAGHDAD (Reuters) - ", "Kyiv — ".
_DATELINE_LEAD = re.compile(r"^[A-Z][^\n]{0,60}?\s(?:-|--|\u2014|\u2013)\s")


def _to_event(
    article: Article, coded: CodedEvent, para: ParsedParagraph, context: Sequence[str], sentence_index: int,
    filed: Place | None,
) -> tuple[Event, bool]:
    """The model event for a coded one, and whether its own sentence dated it (not the publication day)."""
    sent = coded.sentence
    start = para.offset + coded.trigger.idx
    tense = "future" if coded.modality == "future" else None  # "will visit in June": the coming June
    text = _without_other_things_dates(sent, coded.trigger)
    date, precision = resolve_event_date(text, article.published, coded.trigger.idx - sent.start_char, tense=tense)
    dated_by_text = bool(find_date_expressions(text)) or named_war(text, article.published) is not None
    if not dated_by_text and article.published:
        when_date = _date_of_the_when(sent, coded.trigger)
        if when_date is not None:  # "Since 1989, when it crushed the protests": 1989; "a July 10 meeting when"
            date, precision = resolve_event_date(when_date, article.published)
            dated_by_text = True
        elif _told_as_earlier(coded.trigger):
            date, precision = None, "unknown"  # "had been holding talks": before the news, on no day we know
    modality = coded.modality
    if modality == "asserted" and article.published and (
        (date and _is_background_date(date, precision, text, article.published))
        or named_war(text, article.published)
    ):
        modality = "historical"  # "in 1982", "in July last year", "during the Vietnam War": before the news
    code = coded.code
    parties = [actor.country for actor in (coded.source, coded.target) if actor is not None and actor.country]
    said = code.root in _VERBAL_ROOTS
    location = choose_event_location(sent, coded.trigger, context,
                                     None if _files_from_a_bureau(filed, code.root, [*context, *parties])
                                     or _shows_force_elsewhere(filed, code.root, parties) else filed, said=said)
    summoner = coded.source.country if coded.source is not None else None
    from_dateline = (location is not None and filed is not None and location.name == filed.name
                     and filed.name.lower() not in _DATELINE_LEAD.sub("", sent.text).lower())
    if said and from_dateline and _said_elsewhere(filed, summoner, context):
        location = None  # "KYIV - China's foreign ministry urged talks": said in Beijing, not in Kyiv
    if location is None or (from_dateline and summoner is not None and location.country != summoner):
        # "Lithuania summoned Belarus's envoy" (filed from Minsk or from nowhere): at the summoner's ministry
        location = summoning_capital(coded.trigger, summoner) or location
    return Event(
        event_id=event_id(article.article_id, coded),
        article_id=article.article_id,
        cameo=code.code,
        cameo_root=code.root,
        cameo_name=code.name,
        plover=code.plover,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=coded.source,
        target=coded.target,
        sentence=sent.text,
        sentence_index=sentence_index,
        span=(start, start + len(coded.trigger.text)),
        trigger=coded.trigger.text,
        date=date,
        date_precision=precision,
        location=location,
        negated=coded.negated,
        modality=modality,
        plover_mode=code.plover_mode,
        plover_context=code.plover_context,
        pattern=f"{coded.pattern.text}  ({coded.pattern.origin})",
        explanation=coded.explanation,
        reported_by=event_id(article.article_id, coded.reported_by) if coded.reported_by is not None else None,
    ), dated_by_text


def _when_of(trigger: Token) -> Token | None:
    """The "when" word of the clause the trigger is told in, through infinitives, complements and conjuncts
    ("when Sondland told visiting officials": the visiting's clause is the telling's)."""
    node = trigger if trigger.pos_ in {"VERB", "AUX"} else _clause_verb(trigger)
    for _ in range(3):
        for child in node.children:
            if child.lower_ == "when" and child.dep_ in {"advmod", "mark"} and child.i < node.i:
                return child
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _date_of_the_when(sent: Span, trigger: Token) -> str | None:
    """The date a "when" clause is attached to, when the clause tells the act and names no date of its own:
    "Since 1989, when it crushed the protests" (1989), "a March 4 meeting at the palace when the envoy told
    visiting officials" (July 10). The "when" follows the date, or the noun phrase the date modifies, right
    away (a comma between at most)."""
    when = _when_of(trigger)
    if when is None or when.i <= sent.start:
        return None
    clause = when.head
    if any(entity.label_ == "DATE" and clause.left_edge.i <= entity.start < clause.right_edge.i + 1
           for entity in sent.ents):
        return None  # the when-clause names its own date
    before = sent.doc[when.i - 1]
    if before.is_punct and before.text == "," and when.i - 2 >= sent.start:
        before = sent.doc[when.i - 2]
    for entity in sent.ents:
        if entity.label_ != "DATE" or not _CALENDAR_DATE.search(entity.text) or _YEAR_COUNT.search(entity.text):
            continue
        owner = entity.root.head
        if entity.end - 1 == before.i or (
                entity.root.dep_ in {"compound", "nmod", "amod", "poss", "nummod"} and owner.pos_ in {"NOUN", "PROPN"}
                and owner.right_edge.i == before.i and owner.i < when.i):
            # "Since 1989, when"; "a March 4 meeting at the palace when"; a bare year read as "in 1989"
            phrase = f"in {entity.text}" if _BARE_YEAR.fullmatch(entity.text.strip()) else entity.text
            return phrase if find_date_expressions(phrase) else None
    return None


_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")


# Adjectives and adverbs that put an act before the news without a day: "at the recent summit", "her recent trip",
# "had recently met".
_EARLIER_WORDS = frozenset({"recent", "recently", "previous", "previously"})

# Outcomes of a trial: the person "who kidnapped the child" before being sentenced did so well before the news.
_TRIAL_OUTCOME_LEMMAS = frozenset({"sentence", "convict", "jail", "imprison", "indict", "acquit", "execute"})


def _told_as_earlier(trigger: Token) -> bool:
    """Whether the sentence tells the act as earlier than the news while giving no date: the past perfect of the
    main clause ("the two governments had been holding talks", unlike "officials said troops had shelled
    the town", whose past perfect is only the report's shift of tense); "recent",
    "previous" on the act's noun or the gathering it was done at ("At the recent summit, Modi pledged"); the
    act that defines a person sentenced or convicted for it ("the man who kidnapped the child was sentenced"), or
    that a plea or a sentence is for ("pleaded guilty to threatening a senator")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _clause_verb(trigger)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    nouns = [trigger] if trigger.pos_ in {"NOUN", "PROPN"} else []
    nouns += [grand for child in verb.children if child.dep_ == "prep" and child.lower_ in {"at", "during"}
              for grand in child.children if grand.dep_ == "pobj"]
    if any(child.lower_ in _EARLIER_WORDS and child.dep_ in {"amod", "advmod"}
           for token in [*nouns, verb] for child in token.children):
        return True
    if verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.head.dep_ in {"nsubjpass", "nsubj"}:
        outcome = verb.head.head
        if outcome.lemma_.lower() in _TRIAL_OUTCOME_LEMMAS and outcome.tag_ in {"VBN", "VBD"}:
            return True
    return _judged_for(verb) or _past_perfect_unreported(verb)


def _judged_for(verb: Token) -> bool:
    """Whether the act is the crime a plea, a conviction or a sentence is for ("pleaded guilty to threatening a
    senator", "convicted the mayor of bribing officers", "sentenced him for attacking a journalist"): the
    crime came before the trial that the news reports."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in {"to", "of", "for"}:
        return False
    head = verb.head.head
    if head.dep_ in {"dobj", "obj"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        head = head.head  # "convicted the mayor of bribing": the parser may hang "of" on the object
    return head.lower_ == "guilty" or (head.lemma_.lower() in _TRIAL_OUTCOME_LEMMAS and head.pos_ == "VERB")


def _past_perfect_unreported(verb: Token) -> bool:
    """Whether a verb is in the past perfect ("had met", "had been holding") in the sentence's main clause: a
    complement clause ("said the troops had shelled the town") only shifts tense, as "according to" hearsay
    does, and an adverbial or relative clause ("after the troops had withdrawn") puts the act before the main
    act, not before the news."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if not any(aux.lower_ in {"had", "'d"} and aux.tag_ == "VBD" for aux in auxiliaries):
        return False
    if verb.tag_ not in {"VBN", "VBG"} or any(aux.tag_ == "MD" for aux in auxiliaries):
        return False
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT" or any(child.dep_ == "parataxis" for child in node.children):
        return False  # "after the troops had withdrawn, rebels shelled", "arrested the men who had attacked the
        # convoy": before the main act, which may be the same day
    return "according to" not in verb.sent.text.lower()


def _years_before(iso_date: str, years: int) -> str:
    return f"{int(iso_date[:4]) - years:04d}{iso_date[4:10]}"


# How long before the news an explicitly dated act must end to be background rather than the news: a story
# reports what happened in the last days or weeks; an act dated to a month at least two months back ("in July
# last year", "in a separate case in 2020", "since 2014, when Moscow annexed Crimea") is told as its history.
_BACKGROUND_DAYS = 60


def _is_background_date(event_date: str, precision: str | None, text: str, published: str) -> bool:
    """Whether an act's date puts it before the news it is told in: every day it may mean lies over a year
    back, or the text names its month or year and every day of that is over ``_BACKGROUND_DAYS`` back and
    before the publication month. A season is dated to the year it starts in, which is not where it ends
    ("over the winter" written in March is the winter just past): it is never explicit enough."""
    try:
        day = _dt.date.fromisoformat(event_date[:10])
        news = _dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    if precision == "year":
        latest = _dt.date(day.year, 12, 31)
        explicit = not any(expression.kind == "season" for expression in find_date_expressions(text))
    elif precision == "month":
        latest = _dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        explicit = True
    elif precision == "day":
        latest, explicit = day, True
    else:  # a week or an unknown span: never explicit enough
        return event_date < _years_before(published, 1) and precision is not None
    if latest.isoformat() < _years_before(published, 1):
        return True
    return explicit and (news - latest).days >= _BACKGROUND_DAYS and latest < news.replace(day=1)


@dataclass(frozen=True, slots=True)
class _Told:
    """An event as the story tells it: whether its sentence dates it, and whether it is told as past."""

    event: Event
    dated_by_text: bool
    past: bool
    placed_by_text: bool = False  # its own sentence named the place (not the dateline's fallback, not none)


# How far back the lede's day may lie for the story's follow-on sentences to share it: the news of the last
# days, not a background act ("on Oct. 2" in a story of Nov. 29 is history, not the incident reported).
_STORY_DAY_MAX_AGE = 7
_STORY_MODALITIES = frozenset({"asserted", "alleged"})


def _sentence_day(text: str, published: str, news: _dt.date) -> str | None:
    """The recent past day a sentence tells of when its own dated acts are background: "The blasts struck on
    Wednesday afternoon near the tomb of a general killed four years ago": the incident's day is Wednesday, though
    the only act coded in the sentence is the general's killing. None when its first date is no such day."""
    day, precision = resolve_event_date(text, published)
    if not day or precision != "day" or not 1 <= _days_back(news, day) <= _STORY_DAY_MAX_AGE:
        return None
    return day


def _date_follow_on_events(article: Article, told: Sequence[_Told]) -> None:
    """Date the undated past acts of a story by the day the story's narrative is on (in place).

    News tells an incident in a dated lede and goes on without repeating the day ("Rebels attacked two camps
    on Monday ..." then "French jets bombed the fighters"; "Within minutes of the announcement, X recognised
    him"): such acts happened on that day, not on the publication day. The day is that of the last sentence
    whose events it explicitly dates to a recent past day; it holds for the rest of that paragraph and the
    next one, and any other sentence with a time expression ends it (a background "in 2008", a new "on
    Tuesday", a statement dated today). Only acts told in the past tense take it: "says", "has opened",
    "will send" are the news itself or still to come.
    """
    if not article.published:
        return
    try:
        news = _dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return
    by_sentence: dict[int, list[_Told]] = {}
    for item in told:
        by_sentence.setdefault(item.event.sentence_index, []).append(item)
    story_day: tuple[str, int] | None = None
    for sentence in sorted(article.sentences, key=lambda s: s.index):
        items = by_sentence.get(sentence.index, [])
        if any(item.dated_by_text for item in items):
            days = [item.event.date for item in items if item.dated_by_text and item.event.date
                    and item.event.date_precision == "day" and item.event.modality in _STORY_MODALITIES
                    and 1 <= _days_back(news, item.event.date) <= _STORY_DAY_MAX_AGE]
            day = days[0] if days else _sentence_day(sentence.text, article.published, news)
            story_day = (day, sentence.paragraph) if day else None
            continue
        if story_day is None or sentence.paragraph - story_day[1] > 1:
            story_day = None
            continue
        if find_date_expressions(sentence.text):
            day, precision = resolve_event_date(sentence.text, article.published)
            if not day or precision not in {"day", "week"} or not 0 <= _days_back(news, day) <= _STORY_DAY_MAX_AGE:
                story_day = None  # "has shrunk since 2013", "last year": background ends the incident's telling
            continue  # "Sixty soldiers were still missing on Tuesday night": the incident's own days
        for item in items:
            if item.past and item.event.modality in _STORY_MODALITIES and item.event.date == article.published[:10]:
                item.event.date = story_day[0]
                story_day = (story_day[0], sentence.paragraph)  # the telling goes on


# Acts of one incident on the ground: protest, force posture, coercion, assault, fighting, mass violence.
_INCIDENT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
_SCENE_PRECISIONS = frozenset({"city", "region"})


# A sentence told by people at one spot ("Witnesses in the Kibera slum said ..."): where.py places what they
# report where they are, which is no scene for the story's next sentences.
_WITNESSES_AT = re.compile(r"\b(?:witnesses|eyewitnesses|residents|villagers|locals|inhabitants)\s+(?:in|of|from)\b",
                           re.IGNORECASE)


# Acts of a meeting: what parties agree (03), consult (04), cooperate on (05) and do together (06) where they met.
_MEETING_ROOTS = frozenset({"03", "04", "05", "06"})
# The gatherings that place a meeting: a visit, an arrival, a summit or talks attended; not a telephone call.
_GATHERING_ROOT = "04"
_NOT_GATHERING_CODES = frozenset({"041"})


def _gathering_scene(placed: Sequence[_Told]) -> tuple[Place, str | None, frozenset[str]] | None:
    """The place, day and parties (countries) of a gathering a sentence places by its own words: "Japarov and
    Rahmon were attending a summit in Samarkand", "Modi arrived in Tashkent on Monday". None when it tells none."""
    gatherings = [item for item in placed if item.event.cameo_root == _GATHERING_ROOT and item.past
                  and item.event.cameo not in _NOT_GATHERING_CODES and item.event.location is not None
                  and item.event.location.precision in _SCENE_PRECISIONS
                  and item.event.modality in _STORY_MODALITIES]
    place = gatherings[0].event.location if gatherings else None
    if place is None:
        return None
    same_place = [item.event for item in gatherings if item.event.location == place]
    parties = frozenset(actor.country for event in same_place for actor in (event.source, event.target)
                        if actor is not None and actor.country)
    return place, gatherings[0].event.date, parties


def _is_meeting_act(item: _Told, scene: tuple[Place, str | None, frozenset[str]]) -> bool:
    """Whether an act told after a gathering's sentence is one of that meeting: an act of meeting or agreement,
    told in the past on the gathering's day, between parties of the gathering (the subject has not changed)."""
    event = item.event
    if event.cameo_root not in _MEETING_ROOTS or not item.past or event.modality not in _STORY_MODALITIES:
        return False
    if event.date != scene[1] or event.source is None or not event.source.country:
        return False
    countries = {event.source.country} | ({event.target.country} if event.target and event.target.country else set())
    return countries <= scene[2]


def _place_follow_on_events(article: Article, told: Sequence[_Told]) -> None:
    """Place the follow-on acts of an incident at the scene the story just named (in place).

    "Thousands marched in Kano on Monday." then "Police fired tear gas and detained 14 people.": the second
    sentence names no place, so the dateline (or nothing) would place it, yet it is the same incident at the
    same scene. An act of an incident type told in the past, on the same day as an incident act its previous
    sentence placed by its own words at a town or region, takes that place, when its own sentence placed it
    nowhere by its words. Only the sentence right after the scene's (or after another follow-on act) counts.

    Meetings alike: "Japarov and Rahmon were attending a summit in Samarkand." then "The two leaders met and
    agreed to withdraw their forces.": an act of agreement, consultation or cooperation told in the past on the
    gathering's day, between the gathering's parties, in a sentence that places nothing, was done where they met.
    """
    by_sentence: dict[int, list[_Told]] = {}
    for item in told:
        by_sentence.setdefault(item.event.sentence_index, []).append(item)
    scene: tuple[Place, str | None, int] | None = None  # the place, the incident's day, the last sentence
    gathering: tuple[Place, str | None, frozenset[str]] | None = None  # a meeting's place, day and parties
    gathering_at = -1  # the last sentence told at the gathering
    for sentence in sorted(article.sentences, key=lambda s: s.index):
        items = by_sentence.get(sentence.index, [])
        if not items:
            continue
        placed = [item for item in items if item.placed_by_text]
        if placed and _WITNESSES_AT.search(sentence.text):
            scene = gathering = None  # "witnesses in Kibera said police fired tear gas": their corner
            continue
        if placed:
            acts = [item for item in placed if item.event.cameo_root in _INCIDENT_ROOTS and item.past
                    and item.event.location is not None and item.event.location.precision in _SCENE_PRECISIONS
                    and item.event.modality in _STORY_MODALITIES]
            scene = (acts[0].event.location, acts[0].event.date, sentence.index) if acts else None
            gathering, gathering_at = _gathering_scene(placed), sentence.index
            continue
        if gathering is not None and sentence.index - gathering_at == 1:
            met = [item for item in items if _is_meeting_act(item, gathering)]
            for item in met:
                item.event.location = replace(gathering[0])
            gathering_at = sentence.index if met else -1
        else:
            gathering = None
        if scene is None or sentence.index - scene[2] > 1:
            scene = None
            continue
        followed = False
        for item in items:
            event = item.event
            if (event.cameo_root in _INCIDENT_ROOTS and item.past and event.modality in _STORY_MODALITIES
                    and event.date == scene[1]):
                event.location = replace(scene[0])
                followed = True
        scene = (scene[0], scene[1], sentence.index) if followed else None


def _days_back(news: _dt.date, iso_date: str) -> int:
    """How many days before the news day a date lies (negative: after it)."""
    return (news - _dt.date.fromisoformat(iso_date[:10])).days


# Auxiliaries that put an act in the present or the future: "has opened", "will send", "is to meet".
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})


def _told_in_past(trigger: Token) -> bool:
    """Whether the trigger's act is told in the simple past or past perfect ("bombed", "had bombed", "was
    detained"), directly or through the verb a noun or gerund hangs on ("responded by breaking relations")."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VBD", "VBN"}:
            auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
            if any(aux.tag_ in _PRESENT_TAGS or aux.lower_ == "to" for aux in auxiliaries):
                return False
            return verb.tag_ == "VBD" or bool(auxiliaries)
        if verb.head.i == verb.i or verb.tag_ in _PRESENT_TAGS or verb.tag_ in {"VB", "VBZ", "VBP"}:
            return False
        verb = verb.head
    return False


def code_parsed(article: Article, options: Options = Options(), learned: Mapping[str, Actor] | None = None) -> Article:
    """Run language, actors, events, when and where on an extracted article (in place) and return it."""
    parsed = parse_article(article)
    filed = dateline_place(article.dateline)  # before the actors are known: no context to break ties yet
    actors = find_mentions(parsed, article.published, learned, filed_in=filed.country if filed else None)
    article.actors = actors.distinct_actors()
    context = _location_context(article, actors)
    if filed is not None and context:  # the actors' countries break a tie ("TRIPOLI"); no place stays none
        filed = dateline_place(article.dateline, context)
    coded = code_paragraphs(parsed, actors, load_patterns(), statements=options.statements, dateline=filed)
    coded = with_story_targets(coded, actors)  # the story's counterpart for acts that name no target
    by_para = {p.index: p for p in parsed}
    sentence_index = {(s.paragraph, s.start): s.index for s in article.sentences}
    events = []
    told: list[_Told] = []
    for item in coded:
        if not options.include_modal and item.modality != "asserted":
            continue
        para = by_para[item.paragraph]
        index = sentence_index.get((item.paragraph, para.offset + item.sentence.start_char), -1)
        event, dated_by_text = _to_event(article, item, para, context, index, filed)
        event.attributes = extract_attributes(item, actors)
        events.append(event)
        from_dateline = (filed is not None and event.location == filed
                         and filed.name.lower() not in event.sentence.lower())
        told.append(_Told(event, dated_by_text, _told_in_past(item.trigger),
                          placed_by_text=event.location is not None and not from_dateline))
    _date_follow_on_events(article, told)
    _place_follow_on_events(article, told)
    article.events = events
    article.quotes = find_quotes(parsed, actors)
    link_quotes(article.quotes, events)
    return article


def code_raw(
    raw: RawDocument, options: Options = Options(), learned: Mapping[str, Actor] | None = None
) -> Article | DocumentError:
    """Extract and code one raw document; a document that cannot be coded becomes a DocumentError."""
    extracted = extract(raw)
    if isinstance(extracted, DocumentError):
        return extracted
    try:
        return code_parsed(extracted, options, learned)
    except (ValueError, UnicodeError) as exc:  # a bad document must never stop a batch
        return DocumentError(raw.source, f"could not be coded: {exc}")


def code_article(
    text_or_html: str,
    published: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    options: Options = Options(),
) -> Article:
    """Code one article given as HTML or plain text; ``published`` is an ISO date (or anything dateparser reads).

    Raises ``ValueError`` when no article text can be found.
    """
    raw = RawDocument(
        source=url or "<text>",
        content=text_or_html,
        is_html=looks_like_html(text_or_html),
        doc_id=article_id,
        url=url,
        published=normalize_published(published) if published else None,
    )
    result = code_raw(raw, options)
    if isinstance(result, DocumentError):
        raise ValueError(str(result))
    return result


def code_articles(
    docs: Iterable[RawDocument | DocumentError],
    options: Options = Options(),
    learned: dict[str, Actor] | None = None,
) -> Iterator[Article | DocumentError]:
    """Code a stream of documents, passing read errors through, one result per document in order.

    With ``learned`` (a store's registry, :func:`dyadwatch.actors.registry.learned_people`), bare names resolve
    through the people earlier articles introduced, and each article's own introductions are added for the
    next ones, as ``ingest`` does.
    """
    for doc in docs:
        if isinstance(doc, DocumentError):
            yield doc
            continue
        result = code_raw(doc, options, learned)
        if learned is not None and isinstance(result, Article):
            remember(learned, result)
        yield result
