"""Wagtail's database search backend, taught prefix queries (`home.search.Prefixes`).

Wagtail (modelsearch) matches a prefix only for the last word of an autocomplete query, and only
in AutocompleteFields (titles); site search needs every word matched as a prefix in the whole
indexed text, so that stems find their word forms. Everything else is Wagtail's backend
unchanged, chosen by database vendor as `wagtail.search.backends.database` does.

PostgreSQL uses the "simple" text search configuration (settings): no English stemming of
Kazakh or Russian words in the index, our stems do that work in every language alike.
"""

from functools import cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme as PostgresLexeme
from modelsearch.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from modelsearch.backends.database.sqlite.query import SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

from .search import Prefixes


def _terms(query: Prefixes) -> list[str]:
    return query.query_string.split()


class PrefixSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, Prefixes) and _terms(query):
            lexemes = [SQLiteLexeme(term, prefix=True) for term in _terms(query)]
            combine = and_ if query.operator == "and" else or_
            return SearchQueryExpression(reduce(combine, lexemes), config=config)
        return super().build_search_query_content(query, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteQueryCompiler


class PrefixPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Prefixes) and _terms(query):
            lexemes = [PostgresLexeme(term, invert=invert, prefix=True) for term in _terms(query)]
            combine = and_ if (query.operator == "and") != invert else or_
            return SearchQuery(reduce(combine, lexemes), search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PrefixPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PrefixPostgresQueryCompiler


@cache
def _sqlite_fts() -> bool:
    """Whether SQLite has FTS5 and Wagtail's FTS table (asked once a process, as Wagtail does)."""
    return fts5_available() and fts_table_exists()


def SearchBackend(params: dict):  # noqa: N802 (the name Wagtail looks for in a backend module)
    """The backend for the default database: prefix-aware on PostgreSQL and SQLite FTS5."""
    if connection.vendor == "postgresql":
        return PrefixPostgresSearchBackend(params)
    if connection.vendor == "sqlite" and _sqlite_fts():
        return PrefixSQLiteSearchBackend(params)
    return database_backend(params)
