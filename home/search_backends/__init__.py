"""Wagtail's database search backends, taught prefix queries (`home.search.Prefixes`).

Wagtail (modelsearch) matches a prefix only for the last word of an autocomplete query, and only
in AutocompleteFields (titles); site search needs every word matched as a prefix in the whole
indexed text, so that stems find their word forms. Everything else is Wagtail's backend
unchanged. One module per database, chosen in settings by the database engine: each imports
modelsearch's module for its own database only (the SQLite one needs SQLite's FTS models).
"""
