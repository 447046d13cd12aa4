"""PostgreSQL full-text search with prefix queries: `'stem':*` for every word.

Settings give it the "simple" text search configuration: no English stemming of Kazakh or
Russian words in the index; the stems of home/search.py do that work in every language alike.
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme

from ..search import Prefixes


class PrefixPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        terms = query.query_string.split() if isinstance(query, Prefixes) else []
        if terms:
            lexemes = [Lexeme(term, invert=invert, prefix=True) for term in terms]
            combine = and_ if (query.operator == "and") != invert else or_
            return SearchQuery(reduce(combine, lexemes), search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class PrefixPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PrefixPostgresQueryCompiler


SearchBackend = PrefixPostgresSearchBackend
