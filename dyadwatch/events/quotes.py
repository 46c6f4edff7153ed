"""Quotations: who said what, as GDELT's GKG quotations, with the speaker resolved to a coded actor.

This module owns finding direct quotes (words in “...” or "..." attributed by a speech verb: '"...," Shoigu
stated.', 'Shoigu said: "..."', a quote that runs on into the next paragraph) and reported speech ("X said that
...", "X told reporters the talks ..."), the speaker (through the article's actor mentions, with he/she and
it/they resolved to the last person or state named before), the speech verb's lemma and the character span of the
quoted words in ``Article.text``. It does not code events; :func:`link_quotes` attaches the ids of events coded
from inside a quote once the pipeline has made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.mentions import ArticleActors
from ..language import ParsedParagraph
from ..model import Actor, Event, Quote

__all__ = ["QUOTE_VERBS", "find_quotes", "link_quotes"]

QUOTE_VERBS = frozenset(
    """say state tell add declare announce stress insist warn note explain reiterate emphasize emphasise affirm
    assert argue claim write confirm acknowledge admit remark comment reply respond ask continue conclude
    underline underscore point deny report allege""".split()
)
# Reported speech needs a that-clause; "ask" and "continue" take other complements and are left to direct quotes.
REPORT_VERBS = QUOTE_VERBS - {"ask", "continue", "reply", "respond", "comment"}
OPENING = {"“": "”", '"': '"', "«": "»"}
PERSON_PRONOUNS = frozenset({"he", "she"})
COLLECTIVE_PRONOUNS = frozenset({"it", "they"})
# Between a quote and its speech verb only the speaker may stand: no other predicate.
MAX_GAP_TOKENS = 8


@dataclass(slots=True)
class _Marked:
    """Quoted words in one paragraph: character offsets of the content (marks excluded) in the paragraph."""

    start: int
    end: int
    closed: bool
    continues: bool  # opens a paragraph right after an unclosed quote: the same speaker goes on


def _marked_spans(text: str, after_unclosed: bool) -> list[_Marked]:
    """Pairs of quotation marks in a paragraph; an unclosed one runs to the paragraph's end."""
    out: list[_Marked] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in OPENING:
            closing = OPENING[char]
            end = text.find(closing, i + 1)
            continues = after_unclosed and not text[:i].strip()
            if end < 0:
                out.append(_Marked(i + 1, len(text), closed=False, continues=continues))
                break
            out.append(_Marked(i + 1, end, closed=True, continues=continues))
            i = end + 1
            continue
        i += 1
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding space and the comma that hands over to the attribution."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _tokens_between(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    return [t for t in doc if start_char <= t.idx and t.idx + len(t.text) <= end_char]


def _is_speech(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in QUOTE_VERBS


def _clean_gap(tokens: Sequence[Token]) -> bool:
    """Whether only the speaker (no other predicate) stands between a quote and its verb."""
    return len(tokens) <= MAX_GAP_TOKENS and not any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} for t in tokens
    )


def _attribution(doc: Doc, mark: _Marked, inside: set[int]) -> Token | None:
    """The speech verb of a direct quote: just after the closing mark, else just before the opening one."""
    after_sent = next((t.sent for t in doc if t.idx > mark.end and t.i not in inside), None) if mark.closed else None
    if after_sent is not None:
        following = [t for t in after_sent if t.idx > mark.end and t.i not in inside]
        for index, token in enumerate(following):
            if _is_speech(token) or _according(token) is not None:
                if _clean_gap(following[:index]):
                    return token
                break
    before = [t for t in doc if t.idx + len(t.text) < mark.start and t.i not in inside]
    if before:
        sent = before[-1].sent
        preceding = [t for t in before if t.i >= sent.start]
        for index in range(len(preceding) - 1, -1, -1):
            token = preceding[index]
            if _is_speech(token) or _according(token) is not None:
                if _clean_gap(preceding[index + 1 :]):
                    return token
                break
    return None


def _according(token: Token) -> Token | None:
    """'..., according to X': the object of *to*, as the speaker phrase."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _subject(verb: Token) -> Token | None:
    """The speaker phrase of a speech verb, climbing through 'adding that', 'saying', coordinated verbs."""
    according = _according(verb)
    if according is not None:
        return according
    current = verb
    participle = verb.tag_ == "VBG"  # "..., adding that": often hung on a noun by the parser, said by the subject
    for _ in range(6):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        climbs = participle or current.dep_ in {"advcl", "conj", "xcomp", "ccomp"}
        if not climbs or current.head.i == current.i:
            return None
        current = current.head
    return None


@dataclass(slots=True)
class _Speakers:
    """Resolves a speaker phrase to an actor through the article's mentions."""

    actors: ArticleActors
    last_speaker: Actor | None = None  # "He added ...": a pronoun in a new sentence goes on with the last speaker

    def _before(self, para: int, token_index: int, kinds: set[str]) -> Actor | None:
        """The last actor of these kinds mentioned before this point of the article."""
        for index in range(para, -1, -1):
            mentions = [
                m
                for m in self.actors.in_paragraph(index)
                if m.role == "actor" and m.actor.kind in kinds and (index < para or m.end <= token_index)
            ]
            if mentions:
                return mentions[-1].actor
        return None

    def resolve(self, para: int, subject: Token | None) -> Actor | None:
        if subject is None:
            return None
        if subject.lower_ in PERSON_PRONOUNS:
            same_sentence = [
                m
                for m in self.actors.in_paragraph(para)
                if m.role == "actor" and m.actor.kind == "person" and subject.sent.start <= m.start < subject.i
            ]
            if same_sentence:
                return same_sentence[-1].actor
            if self.last_speaker is not None and self.last_speaker.kind == "person":
                return self.last_speaker
            return self._before(para, subject.i, {"person"})
        if subject.lower_ in COLLECTIVE_PRONOUNS:
            return self._before(para, subject.i, {"state", "igo", "group"})
        head = self.actors.at(para, subject.i)
        if head is not None and head.role in {"actor", "pair"}:
            return head.actor
        phrase = {t.i for t in subject.subtree}
        inside = [
            m for m in self.actors.in_paragraph(para) if m.start in phrase and m.role in {"actor", "pair", "modifier"}
        ]
        named = [m for m in inside if m.role != "modifier"] or inside
        return named[0].actor if named else None


def _sentence_index(starts: list[tuple[int, int]], position: int) -> int:
    """The index in ``Article.sentences`` of the sentence holding this article offset."""
    index = -1
    for number, (start, _end) in enumerate(starts):
        if start <= position:
            index = number
        else:
            break
    return index


def find_quotes(parsed: Sequence[ParsedParagraph], actors: ArticleActors) -> list[Quote]:
    """Direct quotes and reported speech of a parsed article, in text order."""
    speakers = _Speakers(actors=actors)
    bounds = [
        (para.offset + sent.start_char, para.offset + sent.end_char)
        for para in parsed
        for sent in para.doc.sents
        if sent.text.strip()
    ]
    quotes: list[Quote] = []
    last_unclosed: Quote | None = None
    for para in parsed:
        doc = para.doc
        text = doc.text
        marks = _marked_spans(text, after_unclosed=last_unclosed is not None)
        inside = {t.i for m in marks for t in _tokens_between(doc, m.start, m.end)}
        found: list[Quote] = []
        carried: Quote | None = None
        for mark in marks:
            start, end = _trimmed(text, mark.start, mark.end)
            if end - start < 2:
                continue
            verb = _attribution(doc, mark, inside)
            speaker = speakers.resolve(para.index, _subject(verb)) if verb is not None else None
            if verb is None:
                if not (mark.continues and last_unclosed is not None):
                    continue  # scare quotes or a title: no one is said to have said them
                speaker, lemma = last_unclosed.speaker, last_unclosed.verb
            else:
                lemma = "according to" if _according(verb) is not None else verb.lemma_.lower()
            quote = Quote(
                speaker=speaker,
                text=text[start:end],
                verb=lemma,
                sentence_index=_sentence_index(bounds, para.offset + start),
                span=(para.offset + start, para.offset + end),
                direct=True,
            )
            found.append(quote)
            carried = quote if not mark.closed else None
        found += _reported(para, doc, inside, speakers, bounds)
        last_unclosed = carried
        found.sort(key=lambda q: q.span)
        speakers.last_speaker = next((q.speaker for q in reversed(found) if q.speaker), speakers.last_speaker)
        quotes += found
    return quotes


def _clause_span(clause: Token) -> tuple[int, int] | None:
    """Character offsets of a that-clause without 'that' and trailing punctuation."""
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i and t.i < clause.i)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _reported(
    para: ParsedParagraph, doc: Doc, inside: set[int], speakers: _Speakers, bounds: list[tuple[int, int]]
) -> list[Quote]:
    """'X said (that) ...': the that-clause is the quote, unless it lies in quotation marks already."""
    out = []
    for verb in doc:
        if not _is_speech(verb) or verb.lemma_.lower() not in REPORT_VERBS or verb.i in inside:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or any(t.i in inside for t in clause.subtree):
            continue
        span = _clause_span(clause)
        if span is None:
            continue
        start, end = span
        out.append(
            Quote(
                speaker=speakers.resolve(para.index, _subject(verb)),
                text=doc.text[start:end],
                verb=verb.lemma_.lower(),
                sentence_index=_sentence_index(bounds, para.offset + start),
                span=(para.offset + start, para.offset + end),
                direct=False,
            )
        )
    return out


def link_quotes(quotes: Sequence[Quote], events: Sequence[Event]) -> None:
    """Give each quote the ids of events whose trigger lies inside its quoted words (in place)."""
    for quote in quotes:
        start, end = quote.span
        quote.event_ids = [e.event_id for e in events if start <= e.span[0] and e.span[1] <= end]

