"""Extraction: a :class:`RawDocument` (HTML or scraped text) -> an :class:`Article` with clean paragraphs.

This module owns deciding what is article body and what is page furniture: HTML goes through trafilatura
(with a plain lxml paragraph pull when trafilatura finds nothing), plus our own checks for what it gets wrong
on news pages (a lede set in a summary box outside the body container, other stories' headlines inside it:
link cards fused into a sentence, lists of headline links); scraped plain text through our own line-based
boilerplate filter (headline, bylines, share/subscribe lines, cookie notices, author bios, related links,
"MORE:" / "Also on <site>" teasers, comment forms). It also recognises the dateline ("TEHRAN (Reuters) -")
at the start of the body and normalises the publication date. It does not read files (:mod:`dyadwatch.read`),
split sentences (:mod:`dyadwatch.language`) or resolve event dates (:mod:`dyadwatch.when`).

``Article.text`` is the body paragraphs joined by blank lines; every later offset points into it, so nothing
after this stage may change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dyadwatch.model import Article, DocumentError, RawDocument, article_id_for

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "clean_plain_text",
    "extract",
    "extract_html",
    "normalize_paragraph",
    "split_dateline",
]

PARAGRAPH_SEPARATOR = "\n\n"

# Characters that render as nothing but split words for the tokenizer (zero-width space/joiners, word joiner,
# BOM, soft hyphen). Deleted, not replaced by a space.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))

# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")


def normalize_paragraph(text: str) -> str:
    """Remove invisible characters and collapse every run of whitespace (incl. no-break spaces) to one space.

    Curly quotes, dashes and other punctuation are kept exactly as written.
    """
    return " ".join(text.translate(_INVISIBLE).split())


# ----------------------------------------------------------------------------------------------------------
# Datelines
# ----------------------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_UPPER_CITY = r"[A-Z][A-Z.'\u2019\-]*(?:\s+[A-Z][A-Z.'\u2019\-]*){0,3}"
_TITLE_CITY = r"[A-Z][a-z.'\u2019\-]+(?:\s+[A-Z][a-z.'\u2019\-]+){0,2}"
_CITIES = r"{city}(?:\s*/\s*{city})*"
_QUALIFIER = r"(?:,\s*[A-Z][A-Za-z.\-]*(?:\s+[A-Z][A-Za-z.\-]*){0,2})?"  # "KYIV, Ukraine", "WASHINGTON, D.C."
_AGENCY = r"\((?P<agency>[A-Za-z][\w .&/'\u2019\-]{0,30})\)"
# A dash after a dateline; a single hyphen needs a space beside it, else "NATO-member Norway" would match.
_DASH = r"(?:\s*(?:--|[\u2013\u2014\u2015])|\s+-|\s*-(?=\s))"
_COLON = r"(?:\s*:(?:\s*(?:--|[\u2013\u2014\u2015]))?(?=\s))"  # "LYON: ..." and "CEBU CITY: -- ..."

# ALL-CAPS cities take any dateline shape, with a dash or (South Asian style) a colon.
_LEAD_AGENCY = r"(?:\((?P<lead>[A-Za-z][\w .&/'\u2019\-]{0,30})\)\s*)?"  # "(AP) NAIROBI, Kenya -"
_DATELINE_UPPER = re.compile(
    rf"^{_LEAD_AGENCY}(?P<city>{_CITIES.format(city=_UPPER_CITY)}){_QUALIFIER}(?:,\s*(?P<date>{_DATELINE_DATE}))?"
    rf"\s*(?:{_AGENCY})?(?:{_DASH}|{_COLON})\s*(?=\S)"
)
# A title-case city is only a dateline with a date, an agency or its country or state ("Kabul, Afghanistan --"),
# else "Iran - a country of ..." would match.
_DATELINE_TITLE = re.compile(
    rf"^(?P<city>{_CITIES.format(city=_TITLE_CITY)})(?P<qualifier>{_QUALIFIER})(?:,\s*(?P<date>{_DATELINE_DATE}))?"
    rf"\s*(?:{_AGENCY})?{_DASH}\s*(?=\S)"
)
# A page that glued the agency tag to the first word ("Hong Kong (CNN Business)A muddled view ..."): the tag
# right before a capital letter, with no space, is the dateline's end.
_DATELINE_GLUED = re.compile(
    rf"^(?P<city>{_CITIES.format(city=_TITLE_CITY)}|{_CITIES.format(city=_UPPER_CITY)}){_QUALIFIER}\s*{_AGENCY}"
    r"(?=[A-Z\"\u201c])"
)
# A bare agency tag, "(Reuters) - Iran said ...": no city, but still not body text.
_DATELINE_AGENCY_ONLY = re.compile(rf"^{_AGENCY}{_DASH}\s*(?=\S)")

# All-caps words that open a paragraph with a colon or dash but are labels, not places.
_NOT_PLACES = frozenset(
    {
        "ADVERTISEMENT", "ANALYSIS", "BREAKING", "COMMENT", "CORRECTION", "EDITORIAL", "EDITOR'S NOTE",
        "EXCLUSIVE", "FACTBOX", "FILE", "INTERVIEW", "LIVE", "NB", "NEWS", "NOTE", "OPINION", "PHOTOS", "PS",
        "Q", "A", "QUOTE", "READ", "READ MORE", "RELATED", "REVIEW", "UPDATE", "UPDATED", "URGENT", "VIDEO",
        "WATCH", "FLASH", "SPONSORED",
    }
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a leading dateline off a paragraph -> (city in title case or None, rest of the paragraph).

    "MOSCOW, Oct 19 (AP) -- Russia said" -> ("Moscow", "Russia said"); other paragraphs come back as they are.
    """
    for pattern in (_DATELINE_UPPER, _DATELINE_TITLE, _DATELINE_GLUED):
        match = pattern.match(paragraph)
        if match is None:
            continue
        if pattern is _DATELINE_TITLE and not (match.group("date") or match.group("agency")
                                               or _names_a_country(match.group("qualifier"))):
            continue
        if pattern is _DATELINE_GLUED and not (match.group("agency")[:1].isupper() and _is_place(match.group("city"))):
            continue  # "Apple (AAPL)Shares rose": only a known place with an agency's name glued to the text
        city = match.group("city").strip()
        if city.upper() in _NOT_PLACES or not any(ch.isalpha() for ch in city):
            continue
        if len(city.replace(" ", "")) < 3 and not (match.group("agency") or match.groupdict().get("lead")):
            continue  # "US - ..." or "A: ..." is not a dateline without an agency tag
        return _title_case_place(city), paragraph[match.end():]
    agency_only = _DATELINE_AGENCY_ONLY.match(paragraph)
    if agency_only is not None:
        return None, paragraph[agency_only.end():]
    return None, paragraph


def _names_a_country(qualifier: str) -> bool:
    """Whether a dateline's ", Afghanistan" / ", Texas" names a country or US state the gazetteer knows."""
    name = qualifier.strip(" ,")
    if not name:
        return False
    from .where import get_gazetteer  # loaded once per process by its module; needed only for this rare shape

    best = get_gazetteer().candidates(name)[:1]
    if not best:
        return False
    return best[0].precision == "country" or (best[0].country == "USA" and best[0].precision == "region")


def _is_place(name: str) -> bool:
    """Whether the gazetteer knows a dateline's city (each part of "BEIRUT/ANKARA")."""
    from .where import get_gazetteer

    return all(get_gazetteer().candidates(_title_case_place(part.strip())) for part in name.split("/"))


def _title_case_place(city: str) -> str:
    """TEHRAN -> Tehran, NEW YORK -> New York, BEIRUT/ANKARA -> Beirut/Ankara, N'DJAMENA -> N'Djamena."""
    parts = re.split(r"(\s+|/|-)", city)
    titled = "".join(part if not part.strip(" /-") else part[:1].upper() + part[1:].lower() for part in parts)
    return re.sub(r"\b([A-Z])'([a-z])", lambda m: f"{m.group(1)}'{m.group(2).upper()}", titled)  # N'Djamena


# ----------------------------------------------------------------------------------------------------------
# Plain-text boilerplate filter
# ----------------------------------------------------------------------------------------------------------

# What a line is, for the filter. DROP lines vanish where they stand; ZONE lines open a trailing boilerplate
# zone (everything after them is dropped) once the body has started; SOFT_ZONE lines do the same unless real
# body paragraphs follow them (a newsletter box in the middle of a scraped article).
# DATE lines are dropped like DROP ones but remembered: the first one is a publication date to fall back on.
_TEXT, _DROP, _ZONE, _SOFT_ZONE, _DATE = "text", "drop", "zone", "soft-zone", "date"

_NAME_WORD = r"[A-Z][\w.'\u2019\-]*"
_NAME_JOINER = r"(?:and|&|of|the|de|del|da|van|von|der|al|el|bin|ibn|in|for|at)"
# Case matters for the names ("By Tuesday, the talks ..." is body), not for "by".
_BYLINE = re.compile(
    rf"^\(?(?i:by)(?::|\s*$|\s+{_NAME_WORD}(?:(?:\s+|\s*,\s*|\s*\|\s*){_NAME_JOINER}?\s*{_NAME_WORD}){{0,9}}"
    rf"[,|)]?\s*$)"
)
_LONE_PUNCTUATION = re.compile(r"^[\W_]{1,5}$")
# A byline names people or a desk in capitals ("IFP Editorial Staff", "Moscow Correspondent"); a sentence that
# happens to end in such a word ("Russia expelled the BBC correspondent.") has lower-case words before it.
_STAFF_LINE = re.compile(
    r"^(?:[A-Z\u00C0-\u00DE&][\w.&'\u2019\-]*\s+){0,5}(?i:editorial\s+staff|staff(?:\s+(?:writer|reporter|"
    r"correspondent))?|news\s+desk|web\s+desk|newsroom|correspondent|contributor|editor)\.?$"
)
_CREDIT = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written|translated|"
    r"research|graphics?|photos?|video)\s+by\b.{0,300}$",
    re.IGNORECASE,
)
_SOCIAL_WORDS = (
    r"share|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|print|"
    r"copy\s+link|messenger|viber|vk|flipboard|pocket|comment|comments|save"
)
_SOCIAL_ONLY = re.compile(rf"^(?:(?:{_SOCIAL_WORDS})\s*[|,\u00b7\u2022:/-]*\s*)+$", re.IGNORECASE)
_SHARE_LINE = re.compile(
    r"^(?:share(?:\s+(?:this|the)\s+(?:article|story|post|page))?(?:\s+(?:on|via|with)\b.*)?|"
    r"follow\s+us\b.*|sign\s+(?:up|in)\b.*|log\s+in\b.*|register\b.*|download\s+(?:our|the)\s+app\b.*|"
    r"(?:get\s+)?(?:our|the)\s+\w+\s+newsletter\b.*|"
    r"click\s+here\b.*|(?:also\s+)?read\s+(?:more|also|next)\b.*|also\s+read\b.*|see\s+also\b.*|"
    r"continue\s+reading\b.*|keep\s+reading\b.*|story\s+continues\s+below.*|"
    r"skip\s+(?:to\s+)?(?:content|ad|advertisement)\b.*|loading\.*|"
    r"advertisement|sponsored(?:\s+content)?|ad|ads|promoted|listen\s+to\s+(?:this\s+)?article\b.*|"
    r"\d+\s+min(?:ute)?s?\s+read|print\s+this\s+(?:article|page)|"
    r"(?:file\s+)?(?:photo|image|picture|video)(?:\s+(?:source|credit|caption))?\s*:.{0,150}|"
    r"(?:image|photo|video)\s+(?:source|credit|caption)\b.{0,150}|"
    r"\(?(?:[A-Z]+\s+)?photo\s*/.{0,80}|[^()]{0,60}/\s*getty\s+images\)?|getty\s+images|"
    r"(?:copyright\s*(?:\u00a9|\(c\)|(?:19|20)\d\d)|\u00a9).{0,150}|all\s+rights\s+reserved\.?|"
    r"(?:(?:last\s+)?(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s+ago)[.!:]?$",
    re.IGNORECASE,
)
# A breadcrumb or menu: three or more short items between separators ("Home » World » Middle East").
_MENU = re.compile(r"^[^.!?]{1,40}(?:\s[\u00bb\u203a>|/\u2022\u00b7]\s[^.!?]{1,40}){2,}$")
# A line that may be nothing but a publication date: it names a year and has few words.
_DATE_CANDIDATE = re.compile(r"\b(?:19|20)\d\d\b")
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|(?:last\s+)?updated|posted|modified|date)(?:\s+on)?\s*:?\s*", re.IGNORECASE
)
_DATE_SUFFIX = re.compile(
    r"(?:\s*(?:\||,|-|at)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?(?:\s+by\s+.{1,60})?$",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|preferences|browsing|experience|agree)\b"
    r"|\b(?:use|uses|using|accept|consent|policy|settings|agree)\b.*\bcookies?\b",
    re.IGNORECASE,
)
_URL_ONLY = re.compile(
    r"^(?:(?:https?://|www\.)\S+|(?:e-?mail:?\s*)?[\w.+\-]+@[\w\-]+\.[\w.\-]+)$", re.IGNORECASE
)
_TRAILING_ZONE = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|posts|news|content|coverage|topics|reading))?|"
    r"more\s+from\s+(?:the\s+)?author|more\s+(?:stories|news|articles)(?:\s+from\b.*)?|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?|"
    r"most\s+(?:read|popular|viewed)|trending(?:\s+now)?|latest\s+(?:news|stories)|"
    r"leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|\d*\s*comments?(?:\s*\(\d+\))?|"
    r"join\s+the\s+(?:conversation|discussion)|"
    r"please\s+enter\s+your\s+(?:comment|name|email)\b.*|"
    r"you\s+have\s+entered\s+an\s+incorrect\s+email\s+address.*|"
    r"save\s+my\s+name,?\s+email.*|tags?:.*)[!.:]?$",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(r"^subscribe\b.*$", re.IGNORECASE)
# A teaser for another story set inside the body: a "More:" / "Related:" / "SEE MORE:" label with the other
# story's headline ("[Related: Salesforce keynote ...]"), "Also on rt.com <headline>" (the label names a site,
# so "Also on Tuesday, ..." is prose), "DON'T MISS" and "Enjoyed this article? Pass it on ...". The colon is what
# tells a label from prose: "More than 200 people ..." and "Related talks ..." have none.
_TEASER_LINE = re.compile(
    r"^\[?\s*(?:(?:see|read|watch)\s+more|more|related(?:\s+(?:posts?|stor(?:y|ies)|articles?|links?|reading|"
    r"coverage|content|videos?))?|also\s+read|read\s+also|see\s+also|don'?t\s+miss|must\s+read|"
    r"recommended(?:\s+reading)?)\s*:.*$"
    r"|^also\s+on\s+[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}\b.*$"
    r"|^don'?t\s+miss[.!]?$"
    r"|^(?:like|enjoy(?:ed)?|love)\s+this\s+(?:story|article|post)\?.*$",
    re.IGNORECASE,
)
_TEASER_APOSTROPHES = str.maketrans("\u2019\u2018", "''")
# A teaser headline tagged with its kind in capitals at the end ("China furious at Macron [INSIGHT]"); a
# bracketed editorial insertion in a quote ("[sic]", "[the minister]") is lower case or mid-sentence.
_TEASER_TAG = re.compile(r"^.{10,200}\s\[[A-Z][A-Z'\u2019 ]{2,15}\]\W{0,2}$")
# An author bio: a name-like subject ("The IFP Editorial Staff", "Jane Doe") directly followed by one of the
# ways bios describe a writer. Body sentences about "the report is composed of" fail the capitalised subject.
_BIO = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w.'\u2019\-]*\s+){0,5}[A-Z][\w.'\u2019\-]*,?\s+"
    r"(?:is\s+composed\s+of|is\s+an?\s+(?:[\w\-]+\s+){0,3}(?:journalist|reporter|correspondent|writer|"
    r"editor|columnist|contributor|freelancer|analyst|blogger|author)|has\s+(?:been\s+)?cover(?:ed|ing)|"
    r"covers\b|writes\s+(?:about|on|for)|can\s+be\s+(?:contacted|reached))\b"
)
_BIO_CONTACT = re.compile(r"\b(?:can\s+be\s+(?:contacted|reached)|follow\s+(?:him|her|them)\s+on)\b", re.I)

# A headline may end with "?" or "!", never with a period or a clause still open.
_ENDS_CLAUSE = re.compile(r"[.,;:\-\u2013\u2014\u2026][\"'\u201d\u2019\u00bb)\]]*$")
# A line without final punctuation shorter than this is not a hard-wrapped line of a longer paragraph.
_WRAP_MIN_CHARS = 35
# Text paragraphs this short with no final punctuation are labels (subheads, menu items), not body.
_LABEL_MAX_WORDS = 3
# Headlines are short; a line longer than this is a paragraph even without a final period.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30
# A paragraph long enough to be body text, used to tell a mid-article newsletter box from a trailing zone.
_BODY_LIKE_MIN_WORDS = 20
_BODY_AFTER_SOFT_ZONE = 2
# The body starts at the first paragraph of at least this many words that ends like a sentence.
_SENTENCE_MIN_WORDS = 8
# Before the body starts, an unpunctuated paragraph shorter than this is a kicker or a link, not body.
_KICKER_MAX_WORDS = 16


def _classify_line(line: str, menus: bool = True) -> str:
    """Sort one normalised, non-empty line into text / drop / zone / soft-zone / date.

    ``menus=False`` keeps "a | b | c" lines: in trafilatura's output they are table rows, not navigation.
    """
    short = len(line) <= 300
    if _URL_ONLY.match(line) or _LONE_PUNCTUATION.match(line):
        return _DROP
    if short and _TRAILING_ZONE.match(line):
        return _ZONE
    # Pages glue the two tabs "RELATED ARTICLES" and "MORE FROM AUTHOR" into one line.
    if short and re.match(r"^(?:related\s+articles|more\s+from\s+author)", line, re.IGNORECASE):
        return _ZONE
    if short and _SUBSCRIBE.match(line):
        return _SOFT_ZONE
    if short and (_TEASER_LINE.match(line.translate(_TEASER_APOSTROPHES)) or _TEASER_TAG.match(line)):
        return _DROP
    if short and (
        _BYLINE.match(line)
        or _STAFF_LINE.match(line)
        or _CREDIT.match(line)
        or _SOCIAL_ONLY.match(line)
        or _SHARE_LINE.match(line)
    ):
        return _DROP
    if len(line) <= 600 and _COOKIE.search(line):
        return _DROP
    if menus and short and _MENU.match(line):
        return _DROP
    if _date_only(line) is not None:
        return _DATE
    return _TEXT


def _date_only(line: str) -> str | None:
    """The ISO date when the whole line is a date ("Published: 20 Oct 2021, 10:34 GMT"), else None."""
    if len(line) > 80 or len(line.split()) > 12 or not _DATE_CANDIDATE.search(line):
        return None
    bare = _DATE_SUFFIX.sub("", _DATE_PREFIX.sub("", line)).strip(" |,-")
    if not bare or len(bare.split()) > 6:
        return None
    return _published(bare)


def _ends_sentence(line: str) -> bool:
    return _ENDS_SENTENCE.search(line) is not None


def _looks_like_bio(paragraph: str) -> bool:
    return _BIO.match(paragraph) is not None or (
        _BIO_CONTACT.search(paragraph) is not None and len(paragraph.split()) < 80
    )


def _body_like(paragraph: str) -> bool:
    return len(paragraph.split()) >= _BODY_LIKE_MIN_WORDS and _ends_sentence(paragraph)


@dataclass(slots=True)
class _Block:
    """One unit of the filtered text: a paragraph, or a marker that may open a trailing zone."""

    kind: str  # _TEXT, _ZONE, _SOFT_ZONE or _DATE
    text: str
    lines: list[str] = field(default_factory=list)


def _blocks(text: str) -> list[_Block]:
    """Lines -> paragraphs and zone markers, with DROP lines removed.

    A blank line always ends a paragraph; so does a line ending with sentence punctuation (scraped text often
    puts one paragraph per line). Other long lines are hard wraps and join the next line; a short line without
    punctuation is a label (menu item, subhead) or the last line of a wrapped paragraph, so it ends one too.
    A dateline alone on its line ("TEHRAN (Reuters) -") joins the paragraph it opens.
    """
    blocks: list[_Block] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(_Block(_TEXT, " ".join(current), list(current)))
            current.clear()

    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalize_paragraph(raw_line)
        if not line:
            close()
            continue
        kind = _classify_line(line)
        if kind == _TEXT:
            current.append(line)
            if _ends_sentence(line) or (len(line) < _WRAP_MIN_CHARS and not _is_bare_dateline(line)):
                close()
            continue
        close()
        if kind != _DROP:
            blocks.append(_Block(kind, line, [line]))
    close()
    return blocks


def _is_bare_dateline(line: str) -> bool:
    return split_dateline(f"{line} x")[1] == "x"


def _is_label(paragraph: str) -> bool:
    """A few words without final punctuation: a menu item, subhead or caption, never a news sentence."""
    return len(paragraph.split()) <= _LABEL_MAX_WORDS and not _ends_sentence(paragraph)


def _take_headline(blocks: list[_Block]) -> str | None:
    """Pop the first text line as the headline if it looks like one: short, no final period, body after it."""
    first_index = next((i for i, block in enumerate(blocks) if block.kind == _TEXT), None)
    if first_index is None:
        return None
    block = blocks[first_index]
    line = block.lines[0]
    if (
        len(line) > _HEADLINE_MAX_CHARS
        or len(line.split()) > _HEADLINE_MAX_WORDS
        or _ENDS_CLAUSE.search(line)
        or split_dateline(line)[1] != line
    ):
        return None
    rest = block.lines[1:]
    if rest and rest[0][:1].islower():
        return None  # a hard-wrapped first sentence, not a headline
    has_body_after = bool(rest) or any(b.kind == _TEXT for b in blocks[first_index + 1:])
    if not has_body_after:
        return None  # a lone line is the text to code (a one-sentence input), not a headline
    if rest:
        blocks[first_index] = _Block(_TEXT, " ".join(rest), rest)
    else:
        del blocks[first_index]
    return line


def _body_paragraphs(blocks: list[_Block]) -> list[str]:
    """Keep body paragraphs; cut at the trailing boilerplate zone (related links, comments, author bio).

    The body starts at the first sentence-like paragraph: before it, zone markers are navigation ("Comments",
    "Trending" in a menu) and short unpunctuated lines are menu items or kickers, so neither counts.
    """
    paragraphs: list[str] = []
    labels: list[str] = []
    started = False
    for index, block in enumerate(blocks):
        if block.kind == _TEXT and _is_label(block.text):
            labels.append(block.text)
        elif block.kind == _TEXT:
            if started and _looks_like_bio(block.text):
                # A bio closes the article unless real body text still follows (then it was a false alarm
                # on one paragraph, which we drop rather than lose the rest of the story).
                if not _body_follows(blocks[index + 1:], 1):
                    break
                continue
            if not started and _sentence_like(block.text):
                started = True
                # Short unpunctuated lines before the body are kickers, menu items and other stories' titles.
                paragraphs = [kept for kept in paragraphs if _ends_sentence(kept) or not _is_kicker(kept)]
            paragraphs.append(block.text)
        elif not started or block.kind == _DATE:
            continue  # navigation before the body ("Subscribe | Sign in", "Comments"), date lines
        elif block.kind == _ZONE:
            break
        elif not _body_follows(blocks[index + 1:], _BODY_AFTER_SOFT_ZONE):
            break
    # Labels are dropped around a body; a text made only of short lines ("Russia shells Kharkiv") is the body.
    return paragraphs or labels


def _is_kicker(paragraph: str) -> bool:
    return len(paragraph.split()) < _KICKER_MAX_WORDS


def _sentence_like(paragraph: str) -> bool:
    return len(paragraph.split()) >= _SENTENCE_MIN_WORDS and _ends_sentence(paragraph)


def _body_follows(blocks: Iterable[_Block], needed: int) -> bool:
    """Whether at least ``needed`` body-like paragraphs follow before a hard zone marker."""
    found = 0
    for block in blocks:
        if block.kind == _ZONE:
            return False
        if block.kind == _TEXT and _body_like(block.text) and not _looks_like_bio(block.text):
            found += 1
            if found >= needed:
                return True
    return False


@dataclass(slots=True)
class _PlainText:
    title: str | None
    paragraphs: list[str]
    dateline: str | None
    date: str | None  # ISO date from a date-only line before the body ("Published: 20 Oct 2021")


def _filter_plain_text(text: str) -> _PlainText:
    blocks = _blocks(text)
    title = _take_headline(blocks)
    paragraphs = _body_paragraphs(blocks)
    dateline: str | None = None
    if paragraphs:
        dateline, first = split_dateline(paragraphs[0])
        if first.strip():
            paragraphs[0] = first.strip()
        else:
            paragraphs.pop(0)
    date = None
    for block in blocks:
        if block.kind == _DATE:
            date = _date_only(block.text)
            break
        if block.kind == _TEXT:
            break  # a date line after the body has started belongs to something else (a related story)
    return _PlainText(title, paragraphs, dateline, date)


def clean_plain_text(text: str) -> tuple[str | None, list[str], str | None]:
    """Scraped page text -> (headline, body paragraphs, dateline city).

    The headline is the first line when it looks like one; bylines, share/subscribe lines, cookie notices,
    ads, menus, date lines and bare URLs are dropped; a trailing zone (subscribe box, related articles,
    comment form, author bio) and everything after it is dropped; the dateline is taken off the first body
    paragraph.
    """
    filtered = _filter_plain_text(text)
    return filtered.title, filtered.paragraphs, filtered.dateline


# ----------------------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------------------

# An HTML page whose every extracted line is shorter than this holds menu labels, not sentences.
_MIN_SENTENCE_WORDS = 4
# Below this many words, trafilatura's result is checked against the plain <p> pass.
_SHORT_EXTRACTION_WORDS = 60
_METADATA_FIELDS = ("title", "author", "date", "url", "sitename", "description", "hostname", "language")


def extract_html(html: str, url: str | None = None) -> tuple[dict[str, str | None], list[str]]:
    """An HTML page -> (metadata: title, author, date, url, sitename, ...; body paragraphs).

    trafilatura finds the main text; when it returns nothing (very short pages, unusual markup) a plain lxml
    pass over ``<p>`` elements outside navigation and footers keeps a short article from being lost.
    """
    metadata: dict[str, str | None] = dict.fromkeys(_METADATA_FIELDS)
    tree = _parse_html(html)
    if tree is not None and _drop_inline_teasers(tree):
        from lxml import html as lxml_html

        html = lxml_html.tostring(tree, encoding="unicode")
    document = _trafilatura(html, url)
    paragraphs: list[str] = []
    if document is not None:
        for name in _METADATA_FIELDS:
            value = getattr(document, name, None)
            metadata[name] = (normalize_paragraph(str(value)) or None) if value else None
        paragraphs = _clean_html_paragraphs((document.text or "").split("\n"))
    if _word_count(paragraphs) < _SHORT_EXTRACTION_WORDS:
        # trafilatura found nothing or only a notice ("This copy is for your personal use"): a plain pass over
        # <p> elements keeps a short article, or one in unusual markup, from being lost.
        fallback_metadata, fallback_paragraphs = _lxml_fallback(html)
        if _word_count(fallback_paragraphs) > _word_count(paragraphs):
            paragraphs = fallback_paragraphs
        for name, value in fallback_metadata.items():
            metadata[name] = metadata.get(name) or value
    if url and not metadata.get("url"):
        metadata["url"] = url
    if paragraphs and metadata.get("title") and normalize_paragraph(paragraphs[0]) == metadata["title"]:
        paragraphs = paragraphs[1:]  # some pages repeat the <h1> inside the article body
    if tree is not None and paragraphs:
        teaser_items = _headline_link_items(tree)
        paragraphs = [kept for kept in paragraphs if kept.lstrip("-\u2022* ") not in teaser_items]
    lede = _lede_outside_body(tree, metadata.get("description"), paragraphs) if tree is not None else None
    if lede is not None:
        paragraphs = [lede, *paragraphs]
    return metadata, paragraphs


def _parse_html(html: str) -> Any:
    """The page as an lxml tree for our own checks, or None when lxml cannot read it."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


# An inline card of links to other stories is dropped only if its links read like headlines (this many words).
_TEASER_LINK_MIN_WORDS = 4


def _drop_inline_teasers(tree: Any) -> bool:
    """Remove link cards the page sets inside body sentences; whether anything was removed.

    The shape is a pop-up card nested inside a sentence (thehill's "Kristi NoemKristi Lynn Noem<3 headlines>
    MORE (R) is defending ...", which trafilatura fuses into the paragraph): an element inside a <p> whose
    text is only links, two or more of them headline-long, and which is not the whole paragraph (a paragraph
    of links is left to the line filter).
    """
    removed = False
    cards = [
        element
        for paragraph in tree.iter("p")
        for element in paragraph.iterdescendants()
        if isinstance(element.tag, str) and element.tag != "a" and _is_link_card(element, paragraph)
    ]
    for card in cards:
        if any(other is not card and card in other.iterancestors() for other in cards):
            continue  # the innermost card goes, so the name link beside it ("Kristi Noem") stays
        card.drop_tree()  # keeps the text after the card (" (R) is defending ...")
        removed = True
    return removed


def _headline_link_items(tree: Any) -> set[str]:
    """The texts of list items that are one headline link each, in lists made only of such items.

    They are other stories' headlines ("<li><a>Mars Race: New Rover Tests Begin</a></li>"); the body's
    lines equal to one of them are dropped after trafilatura, rather than the items before it, because
    removing menu lists from the page changes which container trafilatura picks as the article.
    """
    items: set[str] = set()
    for listing in {item.getparent() for item in tree.iter("li")}:
        children = [child for child in listing if isinstance(child.tag, str)]
        if all(_is_headline_link_item(child) for child in children):
            items.update(normalize_paragraph(child.text_content()) for child in children)
    return items


def _is_link_card(element: Any, paragraph: Any) -> bool:
    links = element.findall(".//a")
    if len(links) < 2:
        return False
    headlines = [link for link in links if len(link.text_content().split()) >= _TEASER_LINK_MIN_WORDS]
    if len(headlines) < 2:
        return False
    link_text = "".join(link.text_content() for link in links)
    own_text = normalize_paragraph(element.text_content())
    if re.sub(r"[\W_]", "", own_text) != re.sub(r"[\W_]", "", link_text):
        return False  # prose between the links: a sentence that cites stories, not a card
    return own_text != normalize_paragraph(paragraph.text_content())


def _is_headline_link_item(item: Any) -> bool:
    """A list item that is one link and nothing else, with a headline's length of words."""
    if item.tag != "li":
        return False
    links = item.findall(".//a")
    if len(links) != 1:
        return False
    text = normalize_paragraph(item.text_content())
    return text == normalize_paragraph(links[0].text_content()) and len(text.split()) >= _TEASER_LINK_MIN_WORDS


# A lede taken from outside trafilatura's main text must be a full sentence of at least this many words.
_LEDE_MIN_WORDS = 12
# How many ancestors up from the lede's element we look for the body container right after it.
_LEDE_MAX_LEVELS = 3


def _lede_outside_body(tree: Any, description: str | None, paragraphs: list[str]) -> str | None:
    """The page's lede when it sits just outside the main text, else None.

    Some pages put the first paragraph in a summary box before the body container (rt.com's
    "article__summary"), so trafilatura keeps only the body and the lede survives only as the meta
    description. The description is taken back as the first paragraph only when the page shows it, word for
    word, in an element directly followed by the element that holds the first extracted paragraph: a dek in
    the page header (followed by a byline or share bar) stays out, as does a truncated description
    ("... in 2020,..."), a question ("What was he thinking ...?") and a body that opens with a dateline.
    """
    if not description or not paragraphs:
        return None
    lede = normalize_paragraph(description)
    if (
        len(lede.split()) < _LEDE_MIN_WORDS
        or not re.search(r"[^.]\.[\"'\u201d\u2019)]*$", lede)
        or not _sentence_like(paragraphs[0])
        or split_dateline(paragraphs[0])[1] != paragraphs[0]
    ):
        return None
    if _word_key(lede) in _word_key(" ".join(paragraphs)):
        return None
    first = normalize_paragraph(paragraphs[0])[:60]
    snippet = lede[:30]
    for text_node in tree.xpath("//body//text()[contains(., $snippet)]", snippet=snippet):
        element = text_node.getparent()
        if text_node.is_tail:
            element = element.getparent()  # text after a child element belongs to the child's parent
        while element is not None and normalize_paragraph(element.text_content()) != lede:
            if len(normalize_paragraph(element.text_content())) > len(lede):
                element = None
                break
            element = element.getparent()
        if element is None or element.tag in ("script", "style", "title", "noscript"):
            continue
        for _level in range(_LEDE_MAX_LEVELS):
            following = _next_with_text(element)
            if following is not None:
                if first in normalize_paragraph(following.text_content())[: len(first) + 300]:
                    return lede
                break
            element = element.getparent()
            if element is None or element.tag == "body":
                break
    return None


def _next_with_text(element: Any) -> Any:
    sibling = element.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str) or not sibling.text_content().strip()):
        sibling = sibling.getnext()
    return sibling


def _word_key(text: str) -> str:
    """Lower-case words only: compares a description with the body whatever the quotes and spacing."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(paragraph.split()) for paragraph in paragraphs)


def _trafilatura(html: str, url: str | None) -> Any:
    """trafilatura's Document for the page, or None when it finds no main text."""
    import trafilatura  # imported here: plain-text input should not pay for loading it

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    except (ValueError, TypeError, AttributeError):
        # trafilatura raises on some malformed trees instead of returning None; treat it as "found nothing".
        return None


def _clean_html_paragraphs(lines: Iterable[str]) -> list[str]:
    """trafilatura's text lines -> paragraphs, minus the share/ad/subscribe lines it sometimes keeps."""
    paragraphs: list[str] = []
    for raw_line in lines:
        line = normalize_paragraph(raw_line)
        if not line:
            continue
        kind = _classify_line(line, menus=False)
        if kind == _TEXT:
            paragraphs.append(line)
        elif kind == _ZONE and paragraphs:
            break
    return paragraphs


def _lxml_fallback(html: str) -> tuple[dict[str, str | None], list[str]]:
    """Metadata from <title>/<meta>, paragraphs from <p> outside nav/header/footer/aside/form."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return {}, []
    metadata: dict[str, str | None] = {
        "title": _first_text(
            tree, ["//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"]
        ),
        "author": _first_text(tree, ["//meta[@name='author']/@content"]),
        "date": _first_text(
            tree,
            [
                "//meta[@property='article:published_time']/@content",
                "//meta[@name='date']/@content",
                "//time/@datetime",
            ],
        ),
        "sitename": _first_text(tree, ["//meta[@property='og:site_name']/@content"]),
        "url": _first_text(tree, ["//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"]),
    }
    for element in tree.xpath(
        "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//iframe|//template"
    ):
        element.drop_tree()
    texts = [element.text_content() for element in tree.iter("p")]
    return metadata, _clean_html_paragraphs(texts)


def _first_text(tree: Any, xpaths: list[str]) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            text = normalize_paragraph(str(value))
            if text:
                return text
    return None


# ----------------------------------------------------------------------------------------------------------
# The stage
# ----------------------------------------------------------------------------------------------------------


def extract(raw: RawDocument) -> Article | DocumentError:
    """Extract the article from one raw document; a document with no body text left is a DocumentError."""
    metadata: dict[str, str | None] = {}
    if raw.is_html:
        metadata, paragraphs = extract_html(raw.content, raw.url)
        title = raw.title or metadata.get("title")
        dateline: str | None = None
        if paragraphs:
            dateline, first = split_dateline(paragraphs[0])
            paragraphs[0] = first.strip()
            paragraphs = [p for p in paragraphs if p]
    else:
        filtered = _filter_plain_text(raw.content)
        paragraphs, dateline = filtered.paragraphs, filtered.dateline
        title = raw.title or filtered.title
        metadata["date"] = filtered.date
    if raw.is_html and not any(len(paragraph.split()) >= _MIN_SENTENCE_WORDS for paragraph in paragraphs):
        paragraphs = []  # link labels from a navigation-only page ("Home"), not an article
    if raw.title and paragraphs and normalize_paragraph(paragraphs[0]) == normalize_paragraph(raw.title):
        paragraphs = paragraphs[1:]  # the input named the headline and the text repeats it
    if not paragraphs:
        return DocumentError(raw.source, "no article text found")
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    url = raw.url or metadata.get("url")
    return Article(
        article_id=raw.doc_id or article_id_for(text, url),
        text=text,
        title=normalize_paragraph(title) if title else None,
        url=url,
        published=_published(raw.published) or _published(metadata.get("date")),
        author=metadata.get("author"),
        sitename=metadata.get("sitename"),
        source=raw.source,
        dateline=dateline,
        paragraphs=paragraphs,
    )


def _published(value: str | None) -> str | None:
    """Any date or datetime string -> YYYY-MM-DD (dyadwatch.when owns the parsing rules)."""
    if not value:
        return None
    from dyadwatch.when import normalize_published  # imported here: it loads dateparser

    return normalize_published(value)
