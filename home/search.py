"""Search that finds word forms: light stemming of the visitor's words, then prefix matching.

Kazakh adds suffixes one after another (отбасы → отбасылық → отбасыларымыздың) and Russian
changes endings (развод → разводе), so a search for the exact form the visitor typed misses most
pages. Rather than a full morphological analyser per language (none exists for Kazakh in
PostgreSQL or SQLite), each word loses its known endings here and the stem is matched as a
prefix of indexed words (`"stem"*` in SQLite FTS5, `'stem':*` in PostgreSQL, see
home/search_backends/). Over-matching a little («ана» also finds «анализ») is the price; the
ranking of the search backend puts the closer pages first.
"""

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import QuerySet
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString
from wagtail.models import Page
from wagtail.search.models import IndexEntry
from wagtail.search.query import PlainText

from .pagecache import current_generation

MAX_WORDS = 10
EXCERPT_BEFORE = 80
EXCERPT_AFTER = 220

# Endings, longest first within each language. Kazakh: plural, case, possessive and a few
# derivational suffixes, stripped repeatedly (they stack); Russian and English: one ending.
# The possessive -сы/-сі is left out: it would cut «отбасы» to «отба» (тәрбиесі → тәрбиес,
# which still finds тәрбиесін and тәрбиесінде, and «тәрбие» finds them all).
KAZAKH_SUFFIXES = sorted(
    {
        *("лар", "лер", "дар", "дер", "тар", "тер"),
        *("ның", "нің", "дың", "дің", "тың", "тің"),
        *("ға", "ге", "қа", "ке", "на", "не"),
        *("ны", "ні", "ды", "ді", "ты", "ті"),
        *("да", "де", "та", "те", "нда", "нде"),
        *("дан", "ден", "тан", "тен", "нан", "нен"),
        *("мен", "бен", "пен"),
        *("мыз", "міз", "ңыз", "ңіз", "ым", "ім", "ың", "ің", "ы", "і"),
        *("лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "сыз", "сіз"),
    },
    key=len,
    reverse=True,
)
RUSSIAN_SUFFIXES = sorted(
    {
        *("иями", "ями", "ами", "ией", "иям", "иях", "ием"),
        *("ого", "его", "ому", "ему", "ыми", "ими"),
        *("ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ую", "юю"),
        *("ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ию", "ия", "ье", "ья", "ью", "ии"),
        *("а", "я", "о", "е", "ы", "и", "у", "ю", "ь"),
    },
    key=len,
    reverse=True,
)
ENGLISH_SUFFIXES = ["ies", "ing", "ed", "es", "s", "e", "y"]

# language: (suffixes, the shortest stem left, how many suffixes may be stripped one after another)
STEMMING = {
    "kk": (KAZAKH_SUFFIXES, 3, 4),
    "ru": (RUSSIAN_SUFFIXES, 4, 1),
    "en": (ENGLISH_SUFFIXES, 4, 1),
}

WORD = re.compile(r"\w+")


def stem(word: str, language: str) -> str:
    """The word without the endings of `language` it carries (lower case), never shorter than a root."""
    word = word.lower()
    suffixes, shortest, rounds = STEMMING.get(language, STEMMING["en"])
    for _round in range(rounds):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def clean_query(query: str) -> str:
    """The visitor's text without control characters (a NUL breaks databases), trimmed."""
    return "".join(ch for ch in query if unicodedata.category(ch)[0] != "C" or ch == " ").strip()


def query_stems(query: str, language: str) -> list[str]:
    """The distinct stems of the query's words, in order, at most MAX_WORDS of them."""
    stems: list[str] = []
    for word in WORD.findall(query):
        word_stem = stem(word, language)
        if word_stem not in stems:
            stems.append(word_stem)
    return stems[:MAX_WORDS]


class Prefixes(PlainText):
    """Every word of the query matches indexed words that start with it (all words must match).

    Understood by the backends in home/search_backends/; any other backend treats it as plain
    text, so search still works (exact forms only) if the backend is swapped.
    """

    def __init__(self, stems: list[str]):
        super().__init__(" ".join(stems), operator="and")


def _matcher(stems: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text: str, stems: list[str]) -> SafeString:
    """`text`, escaped, with the words that start with a stem in <mark>."""
    if not stems:
        return escape(text)
    parts, position = [], 0
    for match in _matcher(stems).finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(format_html("<mark>{}</mark>", match.group()))
        position = match.end()
    parts.append(escape(text[position:]))
    return format_html_join("", "{}", ((part,) for part in parts))


def page_text(page: Page) -> str:
    """The page's searchable text other than its title, as plain text (what the index holds)."""
    parts = [page.search_description]
    for field in page.get_searchable_search_fields():
        if field.field_name == "title":
            continue
        value = field.get_value(page)
        parts.extend(value if isinstance(value, list) else [value])
    text = " ".join(str(part) for part in parts if part)
    return " ".join(html.unescape(strip_tags(text)).split())


def excerpt(text: str, stems: list[str]) -> SafeString:
    """A short passage around the first matched word, highlighted; the opening if none matches."""
    match = _matcher(stems).search(text) if stems else None
    start = max(0, match.start() - EXCERPT_BEFORE) if match else 0
    end = min(len(text), start + EXCERPT_BEFORE + EXCERPT_AFTER)
    if start:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return format_html(
        "{}{}{}",
        "… " if start else "",
        highlight(text[start:end], stems),
        " …" if end < len(text) else "",
    )


@dataclass
class SearchHit:
    """One result as the results page shows it."""

    page: Page
    title: SafeString
    excerpt: SafeString


def indexed_texts(pages: list[Page]) -> dict[int, str]:
    """Each page's text as the search index holds it (all its search fields but the title), in
    one query: the results need neither the specific pages nor their StreamFields walked again.

    The index keeps it as `body` (SQLite) or `body_text` (PostgreSQL, where `body` is a vector);
    a page without an entry (the plain fallback backend indexes nothing) is left out.
    """
    if not pages:
        return {}
    column = "body_text" if connection.vendor == "postgresql" else "body"
    wanted = {(page.content_type_id, str(page.pk)) for page in pages}
    rows = IndexEntry.objects.filter(
        content_type_id__in={content_type for content_type, _pk in wanted},
        object_id__in=[pk for _content_type, pk in wanted],
    ).values_list("content_type_id", "object_id", column)
    texts = {}
    for content_type, object_id, text in rows:
        if (content_type, object_id) in wanted:
            texts[int(object_id)] = " ".join(html.unescape(strip_tags(text or "")).split())
    return texts


def hits(pages: list[Page], stems: list[str]) -> list[SearchHit]:
    """The results of one page of search results, with the matched words highlighted."""
    texts = indexed_texts(pages)
    return [
        SearchHit(
            page,
            highlight(page.title, stems),
            excerpt(texts[page.pk] if page.pk in texts else page_text(page.specific), stems),
        )
        for page in pages
    ]


# The first this many matches are kept (twenty pages of results: more than anyone reads).
KEPT_MATCHES = 200


@dataclass
class Matches:
    """Which pages a search found, best first (`page_ids`, at most KEPT_MATCHES) and how many."""

    page_ids: list[int]
    total: int

    def pages(self, ids: list[int]) -> list[Page]:
        """These of the matched pages, in the order given, in one query."""
        found = Page.objects.live().in_bulk(ids)  # one unpublished within the second: gone
        return [found[pk] for pk in ids if pk in found]


def matching(pages: QuerySet, stems: list[str], language: str) -> Matches:
    """The pages of `pages` that match `stems`, kept in the shared cache under the page-cache
    generation (a publish moves it on). The full-text match runs twice for a search, once for the
    results ranked and once to count them (the ranking itself matches again for every result):
    when a news story sends everyone to search the same words, it runs once per publish.

    Kept in the shared cache only (not a copy in each process, home/localcopy.py): visitors'
    words are endless, and they must not push out what every page reads.
    """
    digest = hashlib.sha256("\x1f".join(stems).encode()).hexdigest()[:32]
    key = f"search:{current_generation()}:{language}:{digest}"
    found = cache.get(key)
    if found is None:
        results = pages.search(Prefixes(stems))
        ids = [page.pk for page in results[:KEPT_MATCHES]]
        total = len(ids) if len(ids) < KEPT_MATCHES else results.count()
        found = Matches(ids, total)
        cache.set(key, found, settings.PAGE_CACHE_SECONDS)
    return found
