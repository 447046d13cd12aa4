"""SQLite FTS5 with prefix queries: `"stem"*` for every word (see home/search_backends/)."""

from functools import cache, reduce
from operator import and_, or_

from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

from ..search import Prefixes


class PrefixSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        terms = query.query_string.split() if isinstance(query, Prefixes) else []
        if terms:
            lexemes = [Lexeme(term, prefix=True) for term in terms]
            combine = and_ if query.operator == "and" else or_
            return SearchQueryExpression(reduce(combine, lexemes), config=config)
        return super().build_search_query_content(query, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteQueryCompiler


@cache
def _fts() -> bool:
    """Whether SQLite has FTS5 and Wagtail's FTS table (asked once a process, as Wagtail does)."""
    return fts5_available() and fts_table_exists()


def SearchBackend(params: dict):  # noqa: N802 (the name Wagtail looks for in a backend module)
    """Prefix-aware FTS5, or Wagtail's plain fallback where this SQLite has no FTS5."""
    return PrefixSQLiteSearchBackend(params) if _fts() else DatabaseSearchBackend(params)
