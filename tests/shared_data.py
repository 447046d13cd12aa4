"""Shared test data: expensive rows built once and shared by many tests, isolated by savepoints.

A *layer* is a named builder (e.g. the site tree of `site_pages`) that many tests only read.
Instead of building it inside every test's transaction, the layer is built once inside an outer
transaction that stays open; each test then runs, as Django's TestCase always does, in its own
`atomic` block, which becomes a savepoint inside the layer and is rolled back at the end of the
test. So every test sees the layer's rows exactly as built, and nothing a test writes survives it.

Isolation rules (enforced by `Stack.align`, called before each test's database set-up):
- A test that does not ask for a layer never sees it: before such a test the layer's outer
  transaction is rolled back (tests are sorted so that this happens rarely; see `sort_key`).
- Transactional tests (`transaction=True`, `live_server`) commit and flush, so no layer may be
  open under them: every layer is rolled back first, and their fixtures build the rows in-test.
- Layers nest (a layer may need another): a stack of savepoints, rolled back from the top.
- A layer's value must be plain data (primary keys), never model instances: instances are
  mutable and would carry one test's changes to the next; fixtures fetch fresh instances.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

# Layers by name, in the order they nest (a later layer may use an earlier one).
LAYERS: dict[str, Callable[[], object]] = {}


def layer(name: str):
    """Register `builder` as the shared layer of the fixture called `name`."""

    def register(builder: Callable[[], object]) -> Callable[[], object]:
        LAYERS[name] = builder
        return builder

    return register


def is_transactional(item: pytest.Item) -> bool:
    """The same rule as pytest-django's for running a test in a TransactionTestCase."""
    from pytest_django.fixtures import validate_django_db

    fixtures = getattr(item, "fixturenames", ())
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    transaction, reset_sequences, *_ = validate_django_db(marker)
    return bool(transaction or reset_sequences)


def uses_db(item: pytest.Item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    return (
        item.get_closest_marker("django_db") is not None
        or "db" in fixtures
        or is_transactional(item)
    )


def wanted_layers(item: pytest.Item) -> tuple[str, ...]:
    """The layers a test reads (none for transactional tests), outermost first."""
    if is_transactional(item) or not uses_db(item):
        return ()
    fixtures = set(getattr(item, "fixturenames", ()))
    return tuple(name for name in LAYERS if name in fixtures)


def sort_key(item: pytest.Item) -> tuple:
    """Keep pytest-django's order (database tests, then transactional, then the rest) and, among
    database tests, put those sharing the same layers next to each other."""
    if not uses_db(item):
        return (2, ())
    if is_transactional(item):
        return (1, ())
    return (0, wanted_layers(item))


@dataclass
class _Open:
    name: str
    atomic: object
    value: object


@dataclass
class Stack:
    """The open layers on the default database connection, outermost first."""

    alias: str = "default"
    open: list[_Open] = field(default_factory=list)
    connection: object = None

    def value(self, name: str):
        for entry in self.open:
            if entry.name == name:
                return entry.value
        return None

    def align(self, wanted: tuple[str, ...]) -> None:
        """Roll back the layers not wanted (from the top), then build the missing ones."""
        from django.db import connections, transaction

        current = connections[self.alias]
        if self.open and current is not self.connection:
            # Playwright's sync API runs later tests in a greenlet whose context-local storage
            # holds another connection object; the layers live on the one that opened them.
            connections[self.alias] = self.connection
            try:
                self._close_from(0)
            finally:
                connections[self.alias] = current
        keep = 0
        while keep < len(self.open) and keep < len(wanted) and self.open[keep].name == wanted[keep]:
            keep += 1
        self._close_from(keep)
        for name in wanted[keep:]:
            atomic = transaction.atomic(using=self.alias)
            atomic.__enter__()
            self.connection = connections[self.alias]
            try:
                value = LAYERS[name]()
            except BaseException:
                transaction.set_rollback(True, using=self.alias)
                atomic.__exit__(None, None, None)
                raise
            self.open.append(_Open(name, atomic, value))

    def _close_from(self, keep: int) -> None:
        from django.db import transaction

        while len(self.open) > keep:
            entry = self.open.pop()
            transaction.set_rollback(True, using=self.alias)
            entry.atomic.__exit__(None, None, None)
