"""Material details of a coded event, read from its sentence's parse: casualties, crowd size, money, equipment.

This module owns the ``Event.attributes`` dictionary: PLOVER's casualty fields (``dead``, ``injured``,
``arrested``), ``crowd_size`` for protests, ``money`` amounts, and for arms transfers and military cooperation
the ``equipment`` named (from ``dyadwatch/data/equipment.tsv``) with an ``arms_deal`` record when the sentence
reports a purchase, sale, contract or delivery. It does not choose event codes or actors: it reads the
:class:`~dyadwatch.events.coder.CodedEvent` the coder made and only looks at that event's sentence.

Numbers are read from spaCy's ``like_num`` tokens and number words, attached to their nouns through the
dependency tree ("killing at least 12 people": 12 is the count of the object of *kill*). Vague counts
("dozens", "thousands of") give a lower bound (twice the unit: "thousands" -> 2000) and are listed under
``approximate``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from ..actors.mentions import ArticleActors
from ..language import get_nlp
from ..model import Actor
from .coder import CodedEvent

__all__ = ["EQUIPMENT_CATEGORIES", "EquipmentTerm", "extract_attributes", "load_equipment", "parse_money"]

EQUIPMENT_PATH = Path(__file__).resolve().parents[1] / "data" / "equipment.tsv"
EQUIPMENT_CATEGORIES = frozenset(
    {"aircraft", "helicopter", "missile system", "armour", "artillery", "drone", "naval", "small arms", "ammunition"}
)

# ------------------------------------------------------------------------------------------------- vocabulary

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a": 1, "an": 1,
}  # fmt: skip
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
               "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}  # fmt: skip
# Plural units are vague: "thousands" is at least two thousand.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "several": 3,
         "tens": 20}  # fmt: skip

KILL_VERBS = frozenset({"kill", "slay", "murder", "massacre", "execute", "behead", "assassinate", "slaughter"})
DIE_VERBS = frozenset({"die", "perish"})
INJURE_VERBS = frozenset({"injure", "wound", "hurt", "maim"})
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "round", "nab", "capture"})
# Verbs that take people into custody only when their object is a person ("captured 3 soldiers", not "3 towns").
PERSON_ONLY_VERBS = frozenset({"capture", "round", "nab"})
STATE_WORDS = {"dead": "dead", "killed": "dead", "injured": "injured", "wounded": "injured", "hurt": "injured",
               "arrested": "arrested", "detained": "arrested"}  # fmt: skip
COUNT_NOUNS = {"death": "dead", "fatality": "dead", "body": "dead", "injury": "injured", "arrest": "arrested",
               "detention": "arrested", "detainee": "arrested"}  # fmt: skip
PERSON_NOUNS = frozenset(
    """people person civilian soldier troop militant fighter insurgent rebel policeman policemen officer police
    protester protestor demonstrator student worker child man men woman women resident villager passenger
    journalist member suspect activist migrant refugee personnel serviceman servicemen guard other citizen
    worshipper pilgrim farmer prisoner hostage official commander gunman gunmen opponent supporter youth
    marcher participant crew sailor fisherman fishermen tourist national""".split()
)
CROWD_NOUNS = frozenset(
    """protester protestor demonstrator marcher people supporter student worker opponent activist rally
    rallygoer participant citizen resident crowd""".split()
)
CASUALTY_FIELDS = ("dead", "injured", "arrested")

# Codes of arms transfers and military cooperation; other cooperative codes count when equipment is named.
ARMS_CODES = frozenset({"0312", "062", "072", "0332"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07"})
BUY_WORDS = frozenset({"buy", "purchase", "acquire", "acquisition", "procure", "procurement", "order", "import",
                       "receive", "obtain", "buyer", "purchaser"})  # fmt: skip
SELL_WORDS = frozenset({"sell", "sale", "supply", "deliver", "delivery", "export", "transfer", "provide", "ship",
                        "shipment", "send", "give", "seller", "supplier"})  # fmt: skip
NEUTRAL_DEAL_WORDS = frozenset({"contract", "deal", "agreement", "accord"})

CURRENCY_SYMBOLS = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rub": "RUB", "inr": "INR"}  # fmt: skip
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "rupee": "INR", "riyal": "SAR",
                  "dirham": "AED", "lira": "TRY", "rial": "IRR", "franc": "CHF", "won": "KRW", "shekel": "ILS",
                  "hryvnia": "UAH", "rand": "ZAR"}  # fmt: skip
_NUM = r"\d[\d,]*(?:\.\d+)?"
_MULT = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b"
_SYMBOL_MONEY = re.compile(
    rf"(?P<cur>US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|CNY|RUB|INR)\b)\s?(?P<num>{_NUM})\s*(?P<mult>{_MULT})?", re.I
)
_WORD_MONEY = re.compile(
    rf"(?P<num>{_NUM}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\b)\s*(?P<mult>{_MULT})?\s*"
    r"(?:US |U\.S\. |Swiss |Saudi |Iranian |Turkish )?"
    r"(?P<cur>dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|roubles?|rubles?|rupees?|riyals?|"
    r"dirhams?|liras?|rials?|francs?|won|shekels?|hryvnias?|rand)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class EquipmentTerm:
    """One row of ``equipment.tsv``."""

    term: str
    category: str
    note: str

    @property
    def is_name(self) -> bool:
        """Model names ("S-400", "Patriot") only match capitalised text: "patriot" is no missile."""
        return any(c.isupper() for c in self.term)


def _plural(word: str) -> str:
    if word[-1:].isdigit() or word.endswith(("craft", "personnel", "arms", "ammunition", "artillery")):
        return word
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


@functools.lru_cache(maxsize=1)
def load_equipment(path: Path = EQUIPMENT_PATH) -> dict[str, EquipmentTerm]:
    """The equipment vocabulary by lower-cased term, read once per process; a bad row is a clear error."""
    terms: dict[str, EquipmentTerm] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in EQUIPMENT_CATEGORIES:
            raise ValueError(f"{path}:{number}: expected 'term<TAB>category<TAB>note' with a known category")
        term = EquipmentTerm(fields[0].strip(), fields[1].strip(), fields[2].strip())
        terms[term.term.lower()] = term
    return terms


@functools.lru_cache(maxsize=1)
def _equipment_matcher() -> tuple[PhraseMatcher, dict[str, EquipmentTerm]]:
    """One phrase matcher over every term and the plural of its last word, built once per process."""
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    keys: dict[str, EquipmentTerm] = {}
    for key, term in load_equipment().items():
        words = key.split(" ")
        variants = {key, " ".join([*words[:-1], _plural(words[-1])])}
        matcher.add(key, [nlp.make_doc(v) for v in variants])
        keys[key] = term
    return matcher, keys


# ---------------------------------------------------------------------------------------------------- numbers


def _number_value(token: Token) -> int | float | None:
    """The value of one number token: "12", "12,000", "1.5", "five", "twenty-one"; None otherwise."""
    text = token.lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        parts = text.split("-")
        if all(p in UNITS for p in parts) and parts[0] not in {"a", "an"}:
            return sum(UNITS[p] for p in parts)
        return MULTIPLIERS.get(text) if text in {"hundred", "thousand", "million", "billion"} else None
    return int(value) if value.is_integer() else value


def _is_quantity_word(token: Token) -> bool:
    return (
        token.like_num or token.lower_ in VAGUE or token.lower_ in {"dozen"} or token.lower_ in MULTIPLIERS
    ) and token.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}


@dataclass(slots=True)
class _Quantity:
    value: int
    approximate: bool
    top: Token  # the highest number token ("million" in "1.5 million")


def _quantity(top: Token) -> _Quantity | None:
    """The count a number phrase states, from its top token and the number tokens below it."""
    lower = top.lower_
    parts = [c for c in top.children if c.dep_ in {"compound", "nummod", "quantmod"} and c.i < top.i]
    if lower in VAGUE:
        base = VAGUE[lower]
        inner = next((c for c in parts if c.lower_ in VAGUE), None)  # "tens of thousands"
        if inner is not None:
            base = VAGUE[inner.lower_] * VAGUE[lower] // 2
        return _Quantity(int(base), True, top)
    value = _number_value(top)
    if value is None:
        return None
    tens = [c for c in parts if c.lower_ in UNITS and UNITS[c.lower_] >= 20 and UNITS[c.lower_] % 10 == 0]
    if tens and isinstance(value, int) and value < 10:
        value += UNITS[tens[0].lower_]  # "Twenty-one" is split into "Twenty", "-", "one"
    if lower in MULTIPLIERS and lower != "dozen":
        numbers = [_number_value(c) for c in parts if _number_value(c) is not None and c.lower_ not in MULTIPLIERS]
        factor = numbers[-1] if numbers else 1
        value = MULTIPLIERS[lower] * factor
    elif lower == "dozen":
        value = 12
    return _Quantity(int(value), False, top)


def _quantities(sent: Span, skip: set[int]) -> list[_Quantity]:
    """Every count in the sentence, one per number phrase (its top token), outside the ``skip`` tokens."""
    out = []
    for token in sent:
        if token.i in skip or not _is_quantity_word(token):
            continue
        if token.dep_ in {"compound", "nummod", "quantmod"} and _is_quantity_word(token.head):
            continue  # part of a larger number ("1.5" in "1.5 million", "tens" in "tens of thousands")
        found = _quantity(token)
        if found is not None:
            out.append(found)
    return out


def _counted(quantity: _Quantity) -> tuple[Token, Token | None]:
    """(the phrase whose role in the clause tells what is counted, the counted noun or None).

    "12 people" -> (people, people); "thousands of protesters" -> (thousands, protesters); "killing 12" -> (12, None).
    """
    top = quantity.top
    if top.dep_ == "nummod" and top.head.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"}:
        return top.head, top.head
    of = next((c for c in top.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        noun = next((c for c in of.children if c.dep_ == "pobj"), None)
        return top, noun
    return top, None


def _is_person(noun: Token | None) -> bool:
    if noun is None:
        return True  # a bare number under a casualty verb counts people ("killing 12")
    return noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or noun.ent_type_ == "NORP"


def _casualty_field(phrase: Token, noun: Token | None) -> tuple[str, Token] | None:
    """Which casualty field a counted phrase fills, and the word that says so (for grouping)."""
    while phrase.dep_ == "conj" and phrase.head.i != phrase.i and phrase.head.pos_ == phrase.pos_:
        phrase = phrase.head  # "12 soldiers and 3 civilians": the first conjunct holds the role
    word = phrase.lower_
    if noun is not None and noun.lemma_.lower() in COUNT_NOUNS:
        return COUNT_NOUNS[noun.lemma_.lower()], noun
    if word in STATE_WORDS and phrase.pos_ in {"ADJ", "VERB"}:
        return STATE_WORDS[word], phrase  # "left 12 dead"
    for child in phrase.children:  # "12 people dead", "30 wounded"
        if child.dep_ in {"amod", "acl"} and child.lower_ in STATE_WORDS and child.i > phrase.i:
            return STATE_WORDS[child.lower_], child
    head = phrase.head
    lemma = head.lemma_.lower()
    passive_like = phrase.dep_ == "nsubjpass" or (
        phrase.dep_ == "nsubj" and head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in head.children)
    )
    if phrase.dep_ in {"dobj", "nsubjpass", "nsubj"} and (phrase.dep_ != "nsubj" or passive_like):
        for verbs, name in ((KILL_VERBS, "dead"), (INJURE_VERBS, "injured"), (ARREST_VERBS, "arrested")):
            if lemma in verbs and (lemma not in PERSON_ONLY_VERBS or (noun is not None and _is_person(noun))):
                return (name, head) if _is_person(noun) else None
    if phrase.dep_ == "nsubjpass" and any(c.dep_ in {"oprd", "acomp"} and c.lower_ == "dead" for c in head.children):
        return "dead", head  # "were shot dead"
    if phrase.dep_ == "nsubj" and lemma in DIE_VERBS:
        return "dead", head
    if phrase.dep_ in {"nsubj", "attr"} and head.lemma_ == "be":
        state = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in STATE_WORDS), None)
        if state is not None:
            return STATE_WORDS[state.lower_], state
    return _toll(phrase)


def _toll(phrase: Token) -> tuple[str, Token] | None:
    """'the death toll rose to 31', 'a death toll of 31', 'the toll stands at 31'."""
    token = phrase
    for _ in range(3):
        if token.dep_ not in {"pobj", "prep", "attr", "dobj", "npadvmod"}:
            break
        token = token.head
        if token.lemma_.lower() == "toll":
            return "dead", token
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() == "toll":
            return "dead", subject
    return None


def _casualties(quantities: list[_Quantity]) -> tuple[dict[str, int], set[str]]:
    """Counts per field: conjuncts under one verb add up ("12 soldiers and 3 civilians"), separate mentions of the
    same field keep the largest."""
    groups: dict[tuple[str, int], int] = {}
    vague: dict[tuple[str, int], bool] = {}
    for quantity in quantities:
        phrase, noun = _counted(quantity)
        found = _casualty_field(phrase, noun)
        if found is None:
            continue
        key = (found[0], found[1].i)
        groups[key] = groups.get(key, 0) + quantity.value
        vague[key] = vague.get(key, False) or quantity.approximate
    counts: dict[str, int] = {}
    approximate: set[str] = set()
    for (name, _), value in groups.items():
        if value > counts.get(name, -1):
            counts[name] = value
            if vague[(name, _)]:
                approximate.add(name)
            else:
                approximate.discard(name)
    return counts, approximate


def _crowd(quantities: list[_Quantity]) -> dict[str, Any] | None:
    """The largest count of protesters, marchers, a crowd ("thousands of protesters", "a crowd of 5,000")."""
    best: _Quantity | None = None
    for quantity in quantities:
        phrase, noun = _counted(quantity)
        if noun is None and phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
            noun = phrase.head.head  # "a crowd of 5,000"
        if noun is None or noun.lemma_.lower() not in CROWD_NOUNS:
            continue
        if _casualty_field(phrase, noun) is not None:
            continue  # "police detained 40 protesters" counts arrests, not the crowd
        if best is None or quantity.value > best.value:
            best = quantity
    if best is None:
        return None
    return {"count": best.value, "approximate": best.approximate}


# ---------------------------------------------------------------------------------------------------- money


def _amount(number: str, multiplier: str | None) -> int | float:
    word = number.lower()
    value: float = UNITS[word] if word in UNITS else float(number.replace(",", ""))
    if multiplier:
        value *= MULTIPLIERS[multiplier.lower()]
    return int(value) if float(value).is_integer() else value


def parse_money(text: str) -> list[dict[str, Any]]:
    """Money amounts in a text, in order: ``[{amount, currency, text, start, end}]`` ("$50 million" ->
    50000000 USD, "2 billion euros" -> 2000000000 EUR)."""
    found: list[dict[str, Any]] = []
    for pattern, kind in ((_SYMBOL_MONEY, "symbol"), (_WORD_MONEY, "word")):
        for match in pattern.finditer(text):
            if any(match.start() < f["end"] and f["start"] < match.end() for f in found):
                continue
            cur = match.group("cur").lower()
            if kind == "symbol":
                currency = CURRENCY_SYMBOLS.get(cur)
            else:
                word = cur.split()[0]
                word = word[:-1] if word.endswith("s") and word[:-1] in CURRENCY_WORDS else word
                currency = CURRENCY_WORDS.get(word)
            if currency is None:
                continue
            if kind == "word" and match.group("num").lower() == "a" and not match.group("mult"):
                continue  # "a dollar" is not a reported amount
            found.append(
                {
                    "amount": _amount(match.group("num"), match.group("mult")),
                    "currency": currency,
                    "text": match.group(0).strip(),
                    "start": match.start(),
                    "end": match.end(),
                }
            )
    return sorted(found, key=lambda f: f["start"])


# ------------------------------------------------------------------------------------------------- equipment


@dataclass(slots=True)
class _Item:
    span: Span
    term: EquipmentTerm
    quantity: int | None

    def record(self) -> dict[str, Any]:
        return {"item": self.span.text, "category": self.term.category, "quantity": self.quantity}


def _item_span(span: Span) -> Span:
    """The named item with its noun head and compound modifiers: "S-400" -> "S-400 systems", "jets" ->
    "training jets"; numbers, determiners and country adjectives stay out."""
    doc = span.doc
    start, end = span.start, span.end
    root = span.root
    while (
        root.head.pos_ in {"NOUN", "PROPN"}
        and end <= root.head.i < min(end + 3, span.sent.end)
        and all(start <= doc[i].head.i <= root.head.i for i in range(end, root.head.i))
    ):
        end = root.head.i + 1  # "S-400 [missile] systems", "Su-35 fighter jets"
        root = root.head
    while start > span.sent.start:
        left = doc[start - 1]
        if left.dep_ in {"compound", "amod"} and left.head.i >= start and left.pos_ in {"NOUN", "PROPN"}:
            if left.ent_type_ in {"GPE", "NORP"} or _is_quantity_word(left):
                break
            start -= 1
        else:
            break
    return doc[start:end]


def _equipment(sent: Span) -> list[_Item]:
    matcher, terms = _equipment_matcher()
    nlp = get_nlp()
    spans: list[Span] = []
    labels: dict[tuple[int, int], EquipmentTerm] = {}
    for match_id, start, end in matcher(sent.doc):
        if start < sent.start or end > sent.end:
            continue
        term = terms[nlp.vocab.strings[match_id]]
        span = sent.doc[start:end]
        if term.is_name and not any(c.isupper() for c in span.text):
            continue
        if span.root.pos_ not in {"NOUN", "PROPN", "ADJ"} and not term.is_name:
            continue  # "tank" is a noun here, not "to tank"
        spans.append(span)
        labels[(start, end)] = term
    items: list[_Item] = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        full = _item_span(span)
        if any(full.start < i.span.end and i.span.start < full.end for i in items):
            continue
        quantity = None
        for child in full.root.children:
            if child.dep_ == "nummod" and child.i < full.start:
                found = _quantity(child)
                quantity = found.value if found else None
        items.append(_Item(full, labels[(span.start, span.end)], quantity))
    return items


def _deal_words(sent: Span) -> list[Token]:
    return [
        t
        for t in sent
        if t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in BUY_WORDS | SELL_WORDS | NEUTRAL_DEAL_WORDS
    ]


def _direction(deal: list[Token], items: list[_Item]) -> tuple[str | None, Token | None]:
    """Whether the deal's agent buys or sells ("buy"/"sell"; None when the words do not say), and the deal word
    closest above the items that says so ("a contract for the purchase of" -> "purchase")."""
    item_tokens = {i.span.root.i for i in items}
    best: tuple[int, Token] | None = None
    for word in deal:
        lemma = word.lemma_.lower()
        if lemma in NEUTRAL_DEAL_WORDS:
            continue
        distance = min((_path_length(word, t) for t in item_tokens), default=99)
        if best is None or distance < best[0]:
            best = (distance, word)
    if best is None:
        return None, deal[0] if deal else None
    word = best[1]
    return ("buy" if word.lemma_.lower() in BUY_WORDS else "sell"), word


def _path_length(upper: Token, index: int) -> int:
    token = upper.doc[index]
    steps = 0
    while token.i != upper.i and token.head.i != token.i and steps < 12:
        token = token.head
        steps += 1
    return steps if token.i == upper.i else 50 + abs(upper.i - index)


def _party_in(word: Token, preps: set[str], actors: ArticleActors | None, para: int) -> Actor | None:
    """An actor named in a prepositional phrase on the deal word ("from Russia", "to Iran", "with France")."""
    if actors is None:
        return None
    holders = [word, *[c for c in word.children if c.dep_ in {"dobj", "pobj"}]]
    for holder in [*holders, word.head]:
        for prep in holder.children:
            if prep.dep_ not in {"prep", "dative"} or prep.lower_ not in preps:
                continue
            for token in prep.subtree:
                mention = actors.at(para, token.i)
                if mention is not None and mention.actor.country:
                    return mention.actor
    return None


def _other_party(coded: CodedEvent, agent: Actor | None, actors: ArticleActors | None) -> Actor | None:
    """A state of another country named in the sentence (including "in Moscow"): the deal's other side when
    the event has no target."""
    if actors is None or agent is None:
        return None
    sent = coded.sentence
    for mention in actors.in_paragraph(coded.paragraph):
        if sent.start <= mention.start < sent.end and mention.actor.country and mention.actor.country != agent.country:
            if mention.role in {"actor", "place"}:
                country = mention.actor.country
                return Actor(text=mention.actor.text, name=mention.actor.name, country=country, code=country,
                             via="other country of the sentence")  # fmt: skip
    return None


def _code_of(actor: Actor | None) -> str | None:
    return (actor.code or actor.country) if actor else None


def _arms_deal(
    coded: CodedEvent, items: list[_Item], money: dict[str, Any] | None, actors: ArticleActors | None
) -> dict[str, Any] | None:
    deal = _deal_words(coded.sentence)
    if not deal:
        return None
    direction, word = _direction(deal, items)
    agent, other = coded.source, coded.target
    if word is not None:
        counter = _party_in(word, {"from"} if direction == "buy" else {"to"} if direction == "sell" else set(),
                            actors, coded.paragraph)  # fmt: skip
        if counter is not None and agent is not None and counter.country == agent.country:
            agent, other = other, agent  # the event's source sits in the from/to phrase: it is the other side
        elif counter is not None:
            other = counter  # "from France", "to Iran" names the other side more surely than the event target
    if other is None:
        other = _other_party(coded, agent, actors)
    if direction == "sell":
        buyer, seller = other, agent
    elif direction == "buy":
        buyer, seller = agent, other
    else:
        buyer = seller = None
    return {
        "buyer": _code_of(buyer),
        "seller": _code_of(seller),
        "parties": [c for c in (_code_of(agent), _code_of(other)) if c],
        "items": [i.span.text for i in items],
        "value": {"amount": money["amount"], "currency": money["currency"]} if money else None,
        "deal_word": word.text if word is not None else None,
    }


# ------------------------------------------------------------------------------------------------- public


def extract_attributes(coded: CodedEvent, actors: ArticleActors | None = None) -> dict[str, Any]:
    """The material details of one coded event, from its sentence; an empty dict when the sentence has none.

    ``actors`` (the article's mentions) lets an arms deal name a seller or buyer the event itself lacks
    ("... from Russia", "talks in Moscow").
    """
    sent = coded.sentence
    money_found = parse_money(sent.text)
    money_tokens = {
        t.i for t in sent for m in money_found if m["start"] <= t.idx - sent.start_char < m["end"]
    }
    quantities = _quantities(sent, money_tokens)
    attributes: dict[str, Any] = {}
    counts, approximate = _casualties(quantities)
    attributes.update({name: counts[name] for name in CASUALTY_FIELDS if name in counts})
    if coded.code.root == "14" or coded.code.plover == "PROTEST":
        crowd = _crowd(quantities)
        if crowd is not None:
            attributes["crowd_size"] = crowd
    money = None
    if money_found:
        first = money_found[0]
        money = {"amount": first["amount"], "currency": first["currency"], "text": first["text"]}
        attributes["money"] = money
    if coded.code.code in ARMS_CODES or coded.code.root in COOPERATIVE_ROOTS:
        items = _equipment(sent)
        if items:
            attributes["equipment"] = [i.record() for i in items]
            deal = _arms_deal(coded, items, money, actors)
            if deal is not None:
                attributes["arms_deal"] = deal
    if approximate:
        attributes["approximate"] = sorted(approximate)
    return attributes
