"""Tests that only mean something on PostgreSQL (query plans, COPY): collected only when
DATABASE_URL points at PostgreSQL, so on SQLite they are absent, not passed."""

import os

if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    collect_ignore_glob = ["test_*.py"]
