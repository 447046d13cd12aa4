"""Waiting for a page's state from Python.

Playwright's ``page.wait_for_function`` polls its predicate with ``eval`` inside the page, and
our Content-Security-Policy (no 'unsafe-eval') refuses that: the wait then fails or passes by
timing. ``page.evaluate`` is sent over the DevTools protocol, which the policy does not govern.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(page, expression: str, *, timeout_ms: int = 15000, step_ms: int = 50) -> None:
    """Return once ``expression`` is truthy in the page; fail the test after ``timeout_ms``."""
    for _ in range(max(1, timeout_ms // step_ms)):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(step_ms)
    raise AssertionError(f"still false after {timeout_ms} ms: {expression}")


def wait_for_row(condition: Callable[[], bool], *, seconds: float = 15.0) -> None:
    """Return once ``condition()`` (a query of the test's database) is true.

    The live server writes from its own thread while the test polls. On SQLite the two share one
    in-memory database in shared-cache mode, where a read of a table another connection is
    writing fails at once with "database table is locked" (no busy timeout applies), so such a
    read is simply tried again on the next round.
    """
    from django.db import OperationalError

    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except OperationalError as error:
            if "locked" not in str(error):
                raise
        assert time.monotonic() < deadline, f"still not in the database after {seconds} s"
        time.sleep(0.2)
