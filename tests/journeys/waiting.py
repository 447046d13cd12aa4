"""Waiting for a page's state from Python.

Playwright's ``page.wait_for_function`` polls its predicate with ``eval`` inside the page, and
our Content-Security-Policy (no 'unsafe-eval') refuses that: the wait then fails or passes by
timing. ``page.evaluate`` is sent over the DevTools protocol, which the policy does not govern.
"""

from __future__ import annotations


def wait_until(page, expression: str, *, timeout_ms: int = 15000, step_ms: int = 50) -> None:
    """Return once ``expression`` is truthy in the page; fail the test after ``timeout_ms``."""
    for _ in range(max(1, timeout_ms // step_ms)):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(step_ms)
    raise AssertionError(f"still false after {timeout_ms} ms: {expression}")
