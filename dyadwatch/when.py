"""When: publication-date normalisation and event-date resolution, with a precision.

This module owns turning a sentence's time expressions ("on Tuesday", "last week", "on Oct. 18", "in
2019") into a calendar date relative to the article's publication date, and normalising the publication
date itself. It does not decide which sentence or event a date belongs to (the event coder passes the
sentence), and it reads nothing but its packaged table of named wars (``data/wars.tsv``, loaded once).

Expressions are found by a small, deliberately strict regex set first and only then handed, one by one,
to ``dateparser.parse``: running ``dateparser.search_dates`` over whole sentences reads "sat down" as
Saturday and "may visit" as May. Weekdays and the fixed relative words are resolved by arithmetic,
because dateparser maps a weekday equal to the publication weekday to the week before.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import dateparser

__all__ = [
    "PRECISIONS",
    "TENSES",
    "DateExpression",
    "NamedWar",
    "find_date_expressions",
    "named_war",
    "normalize_published",
    "resolve_event_date",
]

PRECISIONS = ("day", "week", "month", "year", "unknown")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)[0-9]{2}"
# Months that are also common English words or names must have calendar company to count as a date.
_AMBIGUOUS_MONTHS = {"may", "march"}
_MONTH_LEAD_WORDS = (
    "in", "since", "until", "till", "by", "last", "early", "late", "mid", "this", "next", "of", "during",
    "throughout", "before", "after", "from", "through", "between", "and", "to", "end",
)
# Named things that start or end with a weekday but are no dates ("Sunday Times", "Good Friday Agreement").
_WEEKDAY_NOT_DATE_AFTER = {
    "times", "telegraph", "express", "mirror", "mail", "herald", "post", "independent", "tribune", "star",
    "observer", "people", "sport", "world", "business", "review", "edition", "agreement", "accord", "school",
    "club", "league", "bulletin", "show", "magazine", "supplement", "examiner", "standard",
}
_WEEKDAY_NOT_DATE_BEFORE = {
    "good", "black", "bloody", "super", "holy", "easter", "palm", "ash", "cyber", "maundy",
}
_REPORTING_VERBS = (
    "said", "says", "told", "announced", "added", "reported", "stated", "confirmed", "declared", "wrote",
    "tweeted", "noted", "warned", "claimed", "insisted", "explained", "disclosed", "revealed",
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"\b(?P<iso>{_YEAR}-[01][0-9]-[0-3][0-9])\b")),
    (
        "year_range",  # "between 1992 and 1995", "from 2011 to 2015": dated to the first year
        re.compile(rf"\b(?:between|from)\s+(?P<year>{_YEAR})\s+(?:and|to|until|till|through)\s+(?P<year2>{_YEAR})\b",
                   re.IGNORECASE),
    ),
    (
        "month_day_range",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})\s*(?:-|\u2013|to|through|and)\s*(?P<day2>{_DAY})\b"
                   rf"(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ),
    (
        "day_month_range",
        re.compile(rf"\b(?P<day>{_DAY})\s*(?:-|\u2013|to|and)\s*(?P<day2>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})"
                   rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\w])"),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\w])"
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH_FULL})\s+(?:of\s+)?(?P<year>{_YEAR})\b")),
    (
        # "in July last year", "March of this year", "in June next year": a month of a year named relatively.
        "month_relative_year",
        re.compile(rf"\b(?P<month>{_MONTH_FULL})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ),
    (
        # "fired on students on the 15th": a day of the month named alone, the month being the story's own.
        # Only where the ordinal ends the phrase: "on the 15th anniversary of" / "the 15th round" are no dates.
        "ordinal_day",
        re.compile(r"\bon\s+the\s+(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
                   r"(?=\s*(?:[,.;:)]|$|(?:and|as|when|after|before|while|amid|at|in|of\s+(?:this|last)\s+month)\b))",
                   re.IGNORECASE),
    ),
    (
        "holiday",  # fixed-date days news names instead of a date: "on New Year's Eve", "on Christmas Day"
        re.compile(r"\b(?P<holiday>New Year's (?:Eve|Day)|New Year\u2019s (?:Eve|Day)|Christmas (?:Eve|Day)"
                   r"|Boxing Day|Valentine's Day|Halloween)\b"),
    ),
    (
        "following_day",  # "clashed on Monday and arrested 30 the following day": a day after the date before it
        re.compile(r"\b(?:the (?:following|next) (?:day|morning|night)|a day later)\b", re.IGNORECASE),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?P<rel>today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)"
            r"|earlier today|overnight"
            # "ambushed a convoy the previous day, killing ...": only where nothing follows that it is before
            r"|the (?:previous|preceding) (?:day|night)|the (?:day|night) before|a day earlier)\b(?=\s*(?:[,.;:]|$))",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>[0-9]{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<last>last|this past|past)\s+|(?P<next>next|this coming|coming)\s+)?{_WEEKDAY}"
            r"(?:\s+(?:night|morning|afternoon|evening))?\b"
        ),
    ),
    (
        "relative_week",
        re.compile(r"\b(?P<rel>last week|earlier this week|this week|past week|next week|last weekend"
                   r"|this weekend|next weekend"
                   r"|(?:over|on|at) the weekend)\b",
                   re.IGNORECASE),
    ),
    (
        "relative_month",
        re.compile(r"\b(?P<rel>last month|earlier this month|this month|past month|next month)\b",
                   re.IGNORECASE),
    ),
    (
        "relative_year",
        re.compile(r"\b(?P<rel>last year|earlier this year|this year|past year|next year)\b", re.IGNORECASE),
    ),
    (
        # "last summer", "in the summertime", "during the winter of 2019": a season, dated to the year it starts
        # in (precision year: the model has no season precision, and a month would claim more than the text).
        # Only with a lead word: "spring" and "fall" are verbs too, "summer camp" is no date.
        "season",
        re.compile(rf"\b(?P<rel>last|this|next|this past|(?:in|during|over|through|throughout)\s+the)\s+"
                   rf"(?:(?:early|late)\s+)?(?P<season>summer|winter|spring|autumn|fall)(?:time)?\b"
                   rf"(?:\s+of\s+(?P<year>{_YEAR})\b)?(?!\s+(?:camp|school|session|break|recess|olympics|games)\b)",
                   re.IGNORECASE),
    ),
    ("month", re.compile(rf"\b(?P<month>{_MONTH_FULL})\b(?!\s+[0-9])")),
    (
        "year",
        re.compile(
            rf"\b(?P<lead>in|during|throughout|early|late|mid-|mid|end of)\s*(?P<year>{_YEAR})\b(?![-/0-9])",
            re.IGNORECASE,
        ),
    ),
)

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A time expression found in a sentence; ``kind`` names the regex rule that found it."""

    text: str
    start: int
    end: int
    kind: str


def _to_date(value: str | date | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    normalized = normalize_published(value)
    return date.fromisoformat(normalized) if normalized else None


def normalize_published(value: str | None) -> str | None:
    """Any common way of writing a publication date -> ``YYYY-MM-DD``; anything else -> None.

    Relative words ("now", "yesterday") are refused: a publication date must say which day it is.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or not any(ch.isdigit() for ch in text):
        return None
    compact = re.fullmatch(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])", text)
    if compact:
        text = "-".join(compact.groups())
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    parsed = _parse_absolute(text)
    return parsed.isoformat() if parsed else None


@lru_cache(maxsize=4096)
def _parse_absolute(text: str) -> date | None:
    """A full, absolute date (day, month and year all given), or None."""
    if re.search(r"\b(ago|now|today|yesterday|tomorrow|last|next)\b", text, re.IGNORECASE):
        return None
    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return parsed.date() if parsed else None


@lru_cache(maxsize=16384)
def _parse_relative(text: str, base: date | None) -> date | None:
    """dateparser on one short expression, relative to the publication day, preferring the past."""
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def _is_weekday_name_not_date(sentence: str, match: re.Match[str]) -> bool:
    before = sentence[: match.start()].split()
    after = sentence[match.end():].split()
    if before and before[-1].lower().strip("\"'(") in _WEEKDAY_NOT_DATE_BEFORE:
        return True
    return bool(after) and after[0].lower().strip(".,;:'\")") in _WEEKDAY_NOT_DATE_AFTER


def _is_bare_month_not_date(sentence: str, match: re.Match[str]) -> bool:
    """A month name with no day or year beside it: only a date after a calendar word ("in March")."""
    month = match.group("month").lower()
    before = sentence[: match.start()].rstrip()
    previous_word = re.search(r"([A-Za-z]+)-?$", before)
    led = previous_word is not None and previous_word.group(1).lower() in _MONTH_LEAD_WORDS
    if month in _AMBIGUOUS_MONTHS:
        if not led:
            return True
        # "May's government", "March organisers": a name or a noun, even after "in"; not "in May after he
        # was arrested", whose next word only looks like a noun of agent
        following = re.match(r"'s\b|\s+([a-z]+(?:ed|ing|ers?))\b", sentence[match.end():])
        return following is not None and (following.group(1) or "") not in _WORDS_ENDING_LIKE_NOUNS
    return False


# Prepositions and adverbs whose ending looks like "organisers" or "marchers" after an ambiguous month name.
_WORDS_ENDING_LIKE_NOUNS = frozenset({
    "after", "over", "under", "ever", "never", "however", "whether", "later", "earlier", "together", "rather",
    "either", "neither", "thereafter", "hereafter", "whenever", "wherever", "whatever", "whoever", "per",
})


def find_date_expressions(sentence: str) -> list[DateExpression]:
    """Every time expression in the sentence, left to right, without overlaps (longest rule first)."""
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if kind == "weekday" and _is_weekday_name_not_date(sentence, match):
                continue
            if kind in ("month", "month_relative_year") and _is_bare_month_not_date(sentence, match):
                continue
            if kind in ("month_day", "day_month", "month_year"):
                month = match.group("month").lower()
                if month == "may" and kind == "month_day" and sentence[match.end():].startswith("%"):
                    continue
            taken.append((start, end))
            found.append(DateExpression(text=match.group(0), start=start, end=end, kind=kind))
    found.sort(key=lambda expression: expression.start)
    return found


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBREVIATIONS[key]


def _most_recent_weekday(base: date, weekday: int, strictly_before: bool) -> date:
    delta = (base.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return base - timedelta(days=delta)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _previous_month_start(day: date) -> date:
    return (_month_start(day) - timedelta(days=1)).replace(day=1)


def _next_weekday(base: date, weekday: int, strictly_after: bool) -> date:
    delta = (weekday - base.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return base + timedelta(days=delta)


def _span_precision(start: date, end: date) -> str:
    """The precision of a range: the smallest period its length fits in ("from Monday to Wednesday": week)."""
    days = (end - start).days
    if days <= 0:
        return "day"
    return "week" if days <= 6 else "month" if days <= 30 else "year"


def _coming_month_day(base: date, month: int, day: int) -> date | None:
    """The next ``month``/``day`` on or after the publication day."""
    for year in (base.year, base.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= base:
            return candidate
    return None


def _same_or_next_year(end: date, start: date) -> date:
    """``end`` moved to the first year that puts it on or after ``start`` ("from September 2 to October 20")."""
    for year in (start.year, start.year + 1):
        try:
            moved = end.replace(year=year)
        except ValueError:  # February 29
            continue
        if moved >= start:
            return moved
    return end


# From this many years back, "N years ago" is a year: news rounds long spans ("18 years ago" of March 2001).
_AGO_YEARS_AS_YEAR = 3


def _ago_period(day: date, unit: str, count: int = 1) -> tuple[date, str]:
    """"N units ago" dated like the other coarse expressions, to the first day of the period it points at.

    "two days ago" is that day; "two weeks ago" that week's Monday (as "last week" is); "three months ago" that
    month's 1st. "A year ago" is the same month a year before, not the whole year: news says it of an act around
    this time last year, and January 1 could be eleven months off. Three or more years back news rounds ("18
    years ago"), so that is the year.
    """
    if unit == "year" and count >= _AGO_YEARS_AS_YEAR:
        return date(day.year, 1, 1), "year"
    if unit == "day":
        return day, "day"
    if unit == "week":
        return _week_start(day), "week"
    return _month_start(day), "month"


def _month_day_alone(base: date, day: int, future: bool) -> date:
    """"on the 15th": the latest such day on or before publication (the coming one for a future act); a day the
    month lacks ("the 31st" in a 30-day month) moves to the month before it (after it, for the future)."""
    year, month = base.year, base.month
    step = 1 if future else -1
    if (day < base.day) if future else (day > base.day):
        year, month = (year + (month + step - 1) // 12, (month + step - 1) % 12 + 1)
    while day > calendar.monthrange(year, month)[1]:
        year, month = (year + (month + step - 1) // 12, (month + step - 1) % 12 + 1)
    return date(year, month, day)


def _day_number(text: str) -> int:
    return int(re.match(r"[0-9]+", text).group(0))  # type: ignore[union-attr]


def _resolve_month_day(groups: dict[str, str | None], base: date | None, future: bool) -> tuple[date, str] | None:
    """"October 18" / "18 October" (and their ranges, "March 3-5", dated to the first day)."""
    month = _month_number(groups["month"] or "")
    day = _day_number(groups["day"] or "")
    last_day = _day_number(groups["day2"]) if groups.get("day2") else day
    if groups.get("year"):
        try:
            start = date(int(groups["year"] or 0), month, day)
            return start, _span_precision(start, start.replace(day=max(day, last_day)))
        except ValueError:
            return None
    if base is None:
        return None
    start = _coming_month_day(base, month, day) if future else _parse_relative(f"{_MONTHS[month - 1]} {day}",
                                                                                base)
    if start is None:
        return None
    try:
        return start, _span_precision(start, start.replace(day=max(day, last_day)))
    except ValueError:
        return start, "day"


def _resolve(
    expression: DateExpression, sentence: str, base: date | None, future: bool = False
) -> tuple[date, str] | None:
    """One expression -> (date, precision); None when it needs a publication date that is missing.

    ``future``: the clause speaks of what will happen, so an expression without a direction ("in June",
    "on Tuesday", "on March 3") is the coming one rather than the latest past one.
    """
    match = dict(_PATTERNS)[expression.kind].match(sentence, expression.start)
    if match is None:  # pragma: no cover - the expression came from this very pattern
        return None
    groups = match.groupdict()
    kind = expression.kind
    if kind == "iso":
        try:
            return date.fromisoformat(groups["iso"]), "day"
        except ValueError:
            return None
    if kind in ("month_day", "day_month", "month_day_range", "day_month_range"):
        return _resolve_month_day(groups, base, future)
    if kind == "month_year":
        return date(int(groups["year"]), _month_number(groups["month"]), 1), "month"
    if kind == "holiday":
        if base is None:
            return None
        month, day = _HOLIDAYS[groups["holiday"].replace("\u2019", "'").lower()]
        resolved = _coming_month_day(base, month, day) if future else None
        if resolved is None:
            resolved = date(base.year, month, day)
            if resolved > base:
                resolved = date(base.year - 1, month, day)
        return resolved, "day"
    if kind == "following_day":
        return None  # dated from the expression before it, in resolve_event_date
    if kind in ("year", "year_range"):
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "season" and groups.get("year"):
        return date(int(groups["year"]), 1, 1), "year"
    if base is None:
        return None
    if kind == "ordinal_day":
        return _month_day_alone(base, _day_number(groups["day"] or ""), future), "day"
    if kind == "relative_day":
        rel = groups["rel"].lower()
        if rel in ("yesterday", "last night") or rel in _DAY_BEFORE_WORDS:
            return base - timedelta(days=1), "day"
        if rel == "tomorrow":
            return base + timedelta(days=1), "day"
        return base, "day"
    if kind == "weekday":
        weekday = _WEEKDAYS.index(groups["weekday"].lower())
        if groups.get("next"):
            return _next_weekday(base, weekday, strictly_after=True), "day"
        if future:
            return _next_weekday(base, weekday, strictly_after=False), "day"
        return _most_recent_weekday(base, weekday, strictly_before=bool(groups.get("last"))), "day"
    if kind == "relative_week":
        rel = groups["rel"].lower()
        if rel in ("last week", "past week"):
            return _week_start(base - timedelta(days=7)), "week"
        if rel == "next week":
            return _week_start(base + timedelta(days=7)), "week"
        if rel == "next weekend" or (future and rel.endswith("weekend")):
            return _next_weekday(base, 5, strictly_after=rel == "next weekend"), "week"
        if rel.endswith("the weekend") or rel == "last weekend":
            return _most_recent_weekday(base, 5, strictly_before=True), "week"
        if rel == "this weekend":  # a past act "this weekend": the weekend just ended or under way, its Saturday
            return _most_recent_weekday(base, 5, strictly_before=False), "week"
        return _week_start(base), "week"
    if kind == "relative_month":
        rel = groups["rel"].lower()
        if rel in ("last month", "past month"):
            return _previous_month_start(base), "month"
        if rel == "next month":
            return (_month_start(base) + timedelta(days=32)).replace(day=1), "month"
        return _month_start(base), "month"
    if kind == "month_relative_year":
        year = base.year + {"last": -1, "this": 0, "next": 1}[groups["rel"]]
        return date(year, _month_number(groups["month"]), 1), "month"
    if kind == "relative_year":
        rel = groups["rel"].lower()
        year = {"last year": base.year - 1, "past year": base.year - 1, "next year": base.year + 1}.get(
            rel, base.year)
        return date(year, 1, 1), "year"
    if kind == "season":
        return _season_year(groups["season"].lower(), groups["rel"].lower(), base, future), "year"
    if kind == "month":
        month = _month_number(groups["month"])
        if future or re.search(r"\bnext\s+$", sentence[: expression.start]):
            # "will visit in June", written in October: the coming June; "next October" in October: a year on
            strictly = not future or re.search(r"\bnext\s+$", sentence[: expression.start]) is not None
            later = month > base.month or (month == base.month and not strictly)
            return date(base.year if later else base.year + 1, month, 1), "month"
        year = base.year if month <= base.month else base.year - 1
        if month == base.month and re.search(r"\blast\s+$", sentence[: expression.start]):
            year -= 1  # "last October", written in October, is a year ago
        return date(year, month, 1), "month"
    if kind == "ago":
        count_text = groups["count"].lower()
        count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
        unit = groups["unit"].lower().rstrip("s")
        parsed = _parse_relative(f"{count} {unit}s ago", base)
        if parsed is None:
            return None
        return _ago_period(parsed, unit, count)
    return None


_SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_year(season: str, rel: str, base: date, future: bool) -> date:
    """The year a season named without one starts in: "last summer" written in October is this year's, written
    in March last year's; "in the summer" of a past act is the latest one begun by the news, of a future act the
    next one not yet begun; "this summer" is the news's year."""
    start = _SEASON_START_MONTH[season]
    begun = base.month >= start
    if rel.startswith("this"):
        year = base.year if rel == "this" or begun else base.year - 1
    elif rel == "next" or (future and rel != "last"):
        year = base.year + 1 if begun else base.year
    elif rel == "last":
        year = base.year if base.month >= start + 3 else base.year - 1  # the season is over by the news
    else:
        year = base.year if begun else base.year - 1
    return date(year, 1, 1)


def _follows_reporting_verb(sentence: str, expression: DateExpression) -> bool:
    """'officials said Tuesday' dates the statement, not the event it reports."""
    before = sentence[: expression.start].rstrip().lower()
    return bool(re.search(rf"\b(?:{'|'.join(_REPORTING_VERBS)})(?:\s+(?:on|late|early))?$", before))


# Verbs of speech and accusation whose complement reports another act: "Rwanda on Tuesday accused Congolese troops
# of firing rockets ... last month".
_SPEECH_VERB_AFTER = re.compile(
    rf"^\s*,?\s*(?:{'|'.join(_REPORTING_VERBS)}|accused|accuses|alleged|blamed|denied|urged|demanded)\b",
    re.IGNORECASE)


def _precedes_speech_verb(sentence: str, expression: DateExpression, trigger_start: int | None) -> bool:
    """'Rwanda on Tuesday accused troops of firing ... last month': the day right before a verb of speech or
    accusation dates that verb, not an act in its complement (a trigger after the verb); the verb itself keeps
    it."""
    if trigger_start is None:
        return False
    match = _SPEECH_VERB_AFTER.search(sentence[expression.end:])
    return match is not None and trigger_start >= expression.end + match.end()


# "blamed X for the Nov. 13 bombing", "arrested over the 2015 attack": a date before a noun after these words names
# which earlier act the trigger's act is about; "in the May 2023 election" is the act's own time and is not one.
_ABOUT_THE_LEAD = re.compile(r"\b(?:for|over|into|about|behind|of)\s+the\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s+(?!(?:and|or|to|of|in|at|on|when|after|before|until|through|last|this|next)\b)[a-z]")


def _dates_a_named_act_after(sentence: str, expression: DateExpression, trigger_start: int | None) -> bool:
    """Whether the expression dates a noun after the trigger that the trigger's act is about ("Ankara blames the
    rebels for the Nov. 13 bombing"), not the trigger's act; the noun itself as trigger keeps it."""
    if trigger_start is None or trigger_start >= expression.start:
        return False
    return bool(_ABOUT_THE_LEAD.search(sentence[: expression.start]) and _NOUN_AFTER.match(sentence[expression.end:]))


# Words that date a plan's thing ("a scheduled Dec. 15 imposition", "talks planned for Monday"), not the event.
_PLAN_LEAD = re.compile(r"\b(?:scheduled|planned|slated|set|due)(?:\s+(?:for|on))?\s+(?:the\s+)?$", re.IGNORECASE)


_PLAN_REACH = 30  # characters from a trigger to its own plan date: "the talks, scheduled for Monday"


def _dates_a_plan(sentence: str, expression: DateExpression) -> bool:
    """'cancelling a scheduled Dec. 15 imposition': the date a plan names, not the date of this event."""
    return bool(_PLAN_LEAD.search(sentence[: expression.start].rstrip() + " "))


# "in the wake of the September 11, 2001 attacks", "following the Jan. 7 attack": a date modifying the noun an act
# came after dates that other thing; the act is only on or after it.
_ANCHOR_LEAD = re.compile(r"\b(?:in\s+the\s+wake\s+of|after|following)\s+the\s+$", re.IGNORECASE)
_ANCHOR_NOUN = re.compile(r"^\s+[A-Za-z]")
# Past-pointing words ("last week", "two days ago") date a past thing, never a future act's own day.
_PAST_POINTING = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past)\b", re.IGNORECASE)
# "accused the commission of blocking access from Aug. 10", "alleged that officials held no recounts from Jan. 16":
# an open "from DATE" in the complement of the trigger dates the state it reports, not the accusation.
_OPEN_FROM_LEAD = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\b(?:that|of)\b", re.IGNORECASE)


# "for the second time this week", "the sixth swap they had brokered this year", "three times this month": the
# current period is the frame a count runs in, not the day of the act counted.
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|[0-9]+(?:st|nd|rd|th))")
_COUNT_FRAME_LEAD = re.compile(
    rf"(?:\b{_ORDINAL}\s+(?:time|such\b[^,;]{{0,40}}?|(?:it|they|he|she|we|that|which)\b[^,;]{{0,40}}?)"
    r"|\b(?:two|three|four|five|six|several|many|[0-9]+)\s+times)\s+$",
    re.IGNORECASE)
_CURRENT_PERIOD = re.compile(r"^this\s+(?:week|month|year)$", re.IGNORECASE)
# "drills that run until May 3", "extended the truce till Friday": the day a state ends, not an act's day.
_UNTIL_LEAD = re.compile(r"\b(?:until|till|up\s+to)\s+$", re.IGNORECASE)


def _frames_a_count(sentence: str, expression: DateExpression) -> bool:
    """Whether "this week / month / year" is the period a count runs in ("Chile summoned the envoy for the second
    time this week on Thursday"): the counted act has a day of its own (another date, else the news day)."""
    return bool(_CURRENT_PERIOD.match(expression.text.strip())
                and _COUNT_FRAME_LEAD.search(sentence[: expression.start]))


def _ends_a_state(sentence: str, expression: DateExpression, ranges: Mapping[int, int], index: int) -> bool:
    """Whether a lone "until DATE" ends a state ("drills that run until May 3", "postponed the vote until
    March"): no act starts on it; a range's end ("from Monday until Wednesday") is scored with its start."""
    return index not in ranges and index - 1 not in ranges and bool(
        _UNTIL_LEAD.search(sentence[: expression.start]))


def _anchors_act(sentence: str, expression: DateExpression) -> bool:
    """Whether the date modifies the noun an act followed ("after the Jan. 7, 2015 attack")."""
    return bool(_ANCHOR_LEAD.search(sentence[: expression.start])
                and _ANCHOR_NOUN.match(sentence[expression.end:]))


def _after_anchor(anchor: date, base: date | None) -> tuple[str, str]:
    """An act dated only as on or after another thing's day: the publication day when the article is within a
    year of that day (news reports what just followed), else that day's year, the earliest the act can be."""
    if base is not None and anchor <= base < anchor + timedelta(days=366):
        return base.isoformat(), "day"
    return f"{anchor.year:04d}-01-01", "year"


def _dates_a_complement_state(sentence: str, expression: DateExpression, trigger_start: int | None,
                              ranges: dict[int, int], index: int) -> bool:
    """"accused X of blocking access from Aug. 10": an open start date after the trigger's complement."""
    if trigger_start is None or index in ranges or expression.start <= trigger_start:
        return False
    return bool(_OPEN_FROM_LEAD.search(sentence[: expression.start])
                and _COMPLEMENT.search(sentence[trigger_start: expression.start]))


# A non-restrictive relative clause ("The army, which lost Khartoum last year, shelled ..."): its dates are the
# background's, not the main clause's event's.
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*(?:,|$)", re.IGNORECASE)
# A restrictive one on the subject, ending where its verb begins ("Rebels who seized Timbuktu earlier this year
# whipped a couple on Sunday"): the text from "who"/"which" to the trigger, with no comma between.
_SUBJECT_CLAUSE = re.compile(r"(?<![,\s])\s+(?:who|which)\b[^,;]*$", re.IGNORECASE)


def _asides(sentence: str, trigger_start: int | None) -> list[tuple[int, int]]:
    """Character spans of the sentence's relative-clause asides that do not hold the event's trigger."""
    spans = [match.span() for match in _ASIDE.finditer(sentence)]
    if trigger_start is None:
        return spans
    clause = _SUBJECT_CLAUSE.search(sentence[:trigger_start])
    if clause is not None:
        spans.append(clause.span())
    return [(start, end) for start, end in spans if not start <= trigger_start < end]


# A past participle that opens a reduced relative clause on the object after the event's verb: "condemned the
# move announced on Monday", "defending the budget approved by Republicans in April". Its date is the object's.
# Only a determiner-led noun phrase counts ("Russia attacked on Monday" after "said" is a clause of its own),
# and only after a trigger that is itself a past verb, so "Clashes between the police and protesters erupted
# on Monday" keeps its date.
_REDUCED_RELATIVE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[^\s,;]+\s+){0,5}?(?P<before>[^\s,;]+)\s+"
    r"(?P<participle>[a-z]+ed)\s+(?:by\s+(?:[^\s,;]+\s+){1,5}?)?(?:on|in|at|during|since|until|early|late)?\s*$"
)
# Words before a participle that make it the predicate of its own clause ("the move was announced on Monday").
_PREDICATE_LEADS = frozenset({
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or", "but", "then", "not",
    "never", "also", "it", "they", "he", "she", "we", "who", "which", "that", "get", "got",
})
_IRREGULAR_PAST = frozenset({
    "met", "held", "made", "took", "gave", "sent", "struck", "shot", "fought", "led", "left", "won", "lost",
    "hit", "put", "cut", "beat", "began", "broke", "brought", "caught", "drew", "fell", "flew", "fled", "found",
    "kept", "ran", "saw", "sold", "spoke", "stood", "threw", "wrote", "sought", "told", "said", "slammed",
})


def _dates_a_reduced_relative(sentence: str, expression: DateExpression, trigger_start: int | None) -> bool:
    """'the Arab League condemned the move announced on Monday': Monday dates the announcement, not this event."""
    if trigger_start is None or trigger_start >= expression.start:
        return False
    trigger_word = re.match(r"[A-Za-z]+", sentence[trigger_start:])
    if trigger_word is None:
        return False
    word = trigger_word.group().lower()
    if not (word.endswith("ed") or word in _IRREGULAR_PAST):
        return False
    between = sentence[trigger_start + len(word): expression.start]
    match = _REDUCED_RELATIVE.search(between)
    if match is not None and between[: match.start()].rstrip().endswith(","):
        return False  # "jailed a blogger for 18 years, a court in Gomel ruled on Tuesday": a trailing clause
    return (match is not None and match.group("before").lower() not in _PREDICATE_LEADS
            and not match.group("before").lower().endswith("ly"))


# Words dated from the day a statement is made: "attacked Kyiv overnight, officials said on Sunday" is the
# night before Sunday, whatever the publication day.
_DAY_BEFORE_WORDS = {"the previous day", "the preceding day", "the previous night", "the preceding night",
                     "the day before", "the night before", "a day earlier"}
_STATEMENT_DAY_WORDS = {"overnight", "today", "tonight", "earlier today", "this morning", "this afternoon",
                        "this evening", "yesterday", "last night", *_DAY_BEFORE_WORDS}


_HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
}
# "on the eve of Sunday's election", "the day before Tuesday's vote": the day before the date that follows.
_EVE_LEAD = re.compile(r"\b(?:eve\s+of|(?:the\s+)?day\s+before)\s+(?:the\s+)?$", re.IGNORECASE)


def _following_days(expressions: list[DateExpression], results: list[tuple[date, str] | None]
                    ) -> tuple[list[tuple[date, str] | None], dict[int, int]]:
    """"the following day" / "the next day" / "a day later" resolved as the day after the nearest day-precise
    date before it in the sentence (without one, unresolved); also each such expression's index -> the end
    offset of the date it counts from."""
    resolved = list(results)
    counted_from: dict[int, int] = {}
    for index, expression in enumerate(expressions):
        if expression.kind != "following_day":
            continue
        for position in range(index - 1, -1, -1):
            earlier = resolved[position]
            if earlier is not None and earlier[1] == "day":
                resolved[index] = (earlier[0] + timedelta(days=1), "day")
                counted_from[index] = expressions[position].end
                break
    return resolved, counted_from


_SINCE_LEAD = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013)\s+(?:the\s+)?$", re.IGNORECASE)
TENSES = ("past", "present", "future")


def _ranges(sentence: str, expressions: list[DateExpression]) -> dict[int, int]:
    """Index of each range's first expression -> index of its last: "from Monday to Wednesday",
    "between March 3 and March 5"."""
    pairs: dict[int, int] = {}
    for index in range(len(expressions) - 1):
        first, last = expressions[index], expressions[index + 1]
        if (_RANGE_LEAD.search(sentence[: first.start]) and _RANGE_JOIN.match(sentence[first.end: last.start])
                and index - 1 not in pairs):
            pairs[index] = index + 1
    return pairs


def _statement_day(
    sentence: str, expressions: list[DateExpression], results: list[tuple[date, str] | None]
) -> date | None:
    """The day a reporting verb dates the statement to ("officials said on Sunday"), when it is one day."""
    for expression, result in zip(expressions, results, strict=True):
        if result is not None and result[1] == "day" and _follows_reporting_verb(sentence, expression):
            return result[0]
    return None


WARS_FILE = Path(__file__).resolve().parent / "data" / "wars.tsv"
# expressions that name a calendar date or year: they date an act better than the war it happened in
_CALENDAR_KINDS = frozenset(
    {"iso", "month_day", "day_month", "month_day_range", "day_month_range", "month_year", "year", "year_range"}
)


@dataclass(frozen=True, slots=True)
class NamedWar:
    """A war news cites as the time of an act; ``end`` is None while it goes on."""

    name: str
    start: int
    end: int | None


@lru_cache(maxsize=1)
def _war_phrases() -> tuple[re.Pattern[str], dict[str, NamedWar]]:
    """One regex over every war name and alias, after the words that place an act inside a war ("during the
    Vietnam War", "in the 1982 Falklands War"), and the war of each lower-cased alias."""
    wars: dict[str, NamedWar] = {}
    for number, line in enumerate(WARS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or not cells[2].isdigit() or (cells[3] and not cells[3].isdigit()):
            raise ValueError(f"{WARS_FILE.name} line {number}: want name, aliases, start year, end year")
        war = NamedWar(cells[0], int(cells[2]), int(cells[3]) if cells[3] else None)
        for alias in (cells[0], *filter(None, cells[1].split("|"))):
            wars[alias.lower()] = war
    names = "|".join(re.escape(alias) for alias in sorted(wars, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:during|in|throughout|amid|at\s+the\s+(?:height|start|end)\s+of)\s+(?:the\s+)?"
        rf"(?:(?:19|20)\d\d\s+)?(?P<war>{names})\b",
        re.IGNORECASE,
    )
    return pattern, wars


@lru_cache(maxsize=256)
def named_war(sentence: str, published: str | date | None = None) -> NamedWar | None:
    """The past war a sentence places its act in ("killed civilians during the Vietnam War"), or None.

    Only a war that ended before the publication year counts (a war still going, or going when the article
    was written, dates nothing: its acts are today's news); with no publication date none counts. Cached:
    the pipeline asks twice per event (for the date, then for the historical flag) with the same text."""
    base = _to_date(published)
    if base is None:
        return None
    pattern, wars = _war_phrases()
    for match in pattern.finditer(sentence):
        war = wars[match.group("war").lower()]
        if war.end is not None and war.start <= base.year and war.end < base.year:
            return war
    return None


def resolve_event_date(
    sentence: str, published: str | None, trigger_start: int | None = None, tense: str | None = None
) -> tuple[str | None, str]:
    """The date an event in ``sentence`` happened, as ``(YYYY-MM-DD or None, precision)``.

    With no time expression the event is dated to the publication day (news reports what just happened).
    Several expressions: those dating a reporting verb ("said Tuesday") come last; then the one nearest the
    trigger's character offset when given, else the most precise, then the first. A range ("from Monday to
    Wednesday", "March 3-5") is dated to its first day, with the precision of its length (a week or less:
    ``week``).

    ``tense`` is the event clause's tense when the caller knows it (``"past"``, ``"present"`` or
    ``"future"``; None: not known, read as past). For ``"future"`` ("will visit in June", "is to meet on
    Tuesday"), expressions without a direction are the coming ones: "in June" written in October is next
    June. Words that carry their own direction ("next week", "last Tuesday", "tomorrow") need no hint.
    """
    if tense is not None and tense not in TENSES:
        raise ValueError(f"tense {tense!r}: expected one of {', '.join(TENSES)} or None")
    future = tense == "future"
    base = _to_date(published)
    expressions = find_date_expressions(sentence)
    war = named_war(sentence, base)
    if war is not None and not any(expression.kind in _CALENDAR_KINDS for expression in expressions):
        # "troops killed civilians during the Vietnam War, the report said Tuesday": the war's time, not the
        # report's; a one-year war gives its year, a longer one no date we could defend
        return (f"{war.start:04d}-01-01", "year") if war.start == war.end else (None, "unknown")
    if not expressions:
        return _counted_back(sentence, expressions, trigger_start, base) or (
            (base.isoformat(), "day") if base else (None, "unknown"))
    results = [_resolve(expression, sentence, base, future) for expression in expressions]
    if not future and base is not None and trigger_start is not None and _PLAN_INFINITIVE.search(
            sentence[:trigger_start]):
        results = [_nearer_of_two(expression, result, sentence, base) for expression, result in
                   zip(expressions, results, strict=True)]
    results = [(result[0] - timedelta(days=1), result[1])
               if result is not None and result[1] == "day" and _EVE_LEAD.search(sentence[: expression.start])
               else result for expression, result in zip(expressions, results, strict=True)]
    results, counted_from = _following_days(expressions, results)
    statement_day = _statement_day(sentence, expressions, results)
    if statement_day is not None and statement_day != base:
        results = [_resolve(expression, sentence, statement_day, future)
                   if expression.text.lower() in _STATEMENT_DAY_WORDS and not _follows_reporting_verb(
                       sentence, expression) else result
                   for expression, result in zip(expressions, results, strict=True)]
    asides = _asides(sentence, trigger_start)
    ranges = _ranges(sentence, expressions)
    resolved: list[tuple[tuple[int, int, int, int], date, str]] = []
    anchors: list[date] = []
    for index, (expression, result) in enumerate(zip(expressions, results, strict=True)):
        if result is None or index - 1 in ranges:
            continue  # a range's last expression is scored with its first
        day, precision = result
        last = results[ranges[index]] if index in ranges else None
        if last is not None:
            end = last[0]
            if end < day:  # each end was resolved on its own: the range's end is the first one after its start
                if expressions[ranges[index]].kind == "weekday":
                    end += timedelta(days=7)  # "from Friday to Monday": the Monday after
                else:
                    end = _same_or_next_year(end, day)
            precision = max(precision, _span_precision(day, end), key=_PRECISION_RANK.__getitem__)
        elif base is not None and _SINCE_LEAD.search(sentence[: expression.start]):
            # "have fired tear gas ... since Sunday": a span from that day to the news, dated to its start
            precision = max(precision, _span_precision(day, base), key=_PRECISION_RANK.__getitem__)
        if (_dates_a_plan(sentence, expression)
                and not (trigger_start is not None and 0 <= expression.start - trigger_start <= _PLAN_REACH)):
            continue  # "canceled an increase planned for Oct. 15": the plan's date, unless the event is the plan's
        aside = int(any(start <= expression.start < end for start, end in asides))
        if trigger_start is not None and (aside or _dates_a_reduced_relative(sentence, expression, trigger_start)):
            continue  # "Bevin, who lost his bid this month, lashed out": the aside's date, not this event's
        if _anchors_act(sentence, expression):
            anchors.append(day)  # "after the January 7, 2015 attack": on or after that day, see below
            continue
        if _dates_a_named_act_after(sentence, expression, trigger_start):
            continue  # "blames the rebels for the Nov. 13 bombing": the bombing's day, not the blaming's
        if future and _PAST_POINTING.search(expression.text):
            continue  # "are expected to sign ..., although talks hit a snag last week"
        if _frames_a_count(sentence, expression) or _ends_a_state(sentence, expression, ranges, index):
            continue  # "for the second time this week on Thursday": Thursday; "runs until May 3": no act's day
        if _dates_a_complement_state(sentence, expression, trigger_start, ranges, index):
            continue  # "accused the commission of blocking access from Aug. 10": the accusation is today's
        distance = abs(expression.start - trigger_start) if trigger_start is not None else 0
        if trigger_start is not None and index in counted_from and counted_from[index] <= trigger_start:
            distance = 0  # "clashed on Monday and arrested 30 of them the following day": the arrest's day
        reporting = int(_follows_reporting_verb(sentence, expression)
                        or _precedes_speech_verb(sentence, expression, trigger_start))
        rank = (aside, reporting, distance, _PRECISION_RANK[precision], expression.start)
        resolved.append((rank, day, precision))
    if not resolved and anchors:
        return _after_anchor(max(anchors), base)
    if not resolved:
        return _counted_back(sentence, expressions, trigger_start, base) or (
            (base.isoformat(), "day") if base else (None, "unknown"))
    _, day, precision = min(resolved, key=lambda item: item[0])
    if precision == "day":
        return _counted_back(sentence, expressions, trigger_start, day) or (day.isoformat(), precision)
    return day.isoformat(), precision


# "a tariff the administration had planned to impose Dec. 15": the act a plan aims at, which may lie either side of
# the news
_PLAN_INFINITIVE = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|scheduled|set|due|intends?|intended|expected|prepared)\s+to\s+$", re.IGNORECASE
)


def _nearer_of_two(expression: DateExpression, result: tuple[date, str] | None, sentence: str, base: date
                   ) -> tuple[date, str] | None:
    """A yearless month and day for a planned act: the one nearer the news of the last and the coming such day
    ("had planned to impose Dec. 15" written in November is this December's, not last year's)."""
    if result is None or expression.kind != "month_day" or re.search(_YEAR, expression.text):
        return result
    coming = _resolve(expression, sentence, base, True)
    if coming is None or abs((coming[0] - base).days) >= abs((result[0] - base).days):
        return result
    return coming


# "The ambush came two days after the rebels freed a hostage": the act in the after-clause is that many days
# before the sentence's own act.
_DAYS_BEFORE_LEAD = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|[1-7])\s+(?P<unit>days?|weeks?)\s+after\s+(?=[^,;]*$)",
    re.IGNORECASE,
)


# An "and" that may join another clause ("after troops withdrew and rebels attacked"), not one that joins two
# names in the clause's subject ("two days after Mali and Niger signed").
_CLAUSE_AND = re.compile(r"\band\b(?!\s+(?:the\s+)?[A-Z])")


def _counted_back(sentence: str, expressions: Sequence[DateExpression], trigger_start: int | None,
                  day: date | None) -> tuple[str, str] | None:
    """The day of an act in a "two days after X did" clause, counted back from the day the rest of the sentence
    gives (``day``): only when the trigger follows "N days after" in the same stretch of the sentence (no comma
    or "and" between) and that clause names no date of its own. "A week after" counts back to the week."""
    if trigger_start is None or day is None:
        return None
    match = _DAYS_BEFORE_LEAD.search(sentence[:trigger_start])
    if match is None or _CLAUSE_AND.search(sentence[match.end():trigger_start]):
        return None
    if any(expression.start >= match.start() and not _UNTIL_LEAD.search(sentence[: expression.start])
           for expression in expressions):
        return None  # "a day after troops withdrew on Monday": the clause's own day ("until May 3" is no day of it)
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    if match.group("unit").lower().startswith("week"):  # "a week after X seized": a week back, to the week
        return (day - timedelta(days=7 * number)).isoformat(), "week"
    return (day - timedelta(days=number)).isoformat(), "day"
