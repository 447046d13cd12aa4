"""The release `make drill` upgrades to: today's code plus this app and its migration.

It lives under tests/ (outside the installed packages, pyproject's `packages.find`), so no real
deployment ever carries it; the drill selects the "new build" with
DJANGO_SETTINGS_MODULE=tests.load.upgrade_settings, the way a real release differs from the
running one by its code. Its migration is an expand step on a hot table (a nullable column on
the marriage applications, added under a lock timeout) plus a new table, so the old code, still
answering on the other instance, runs on the new schema while the upgrade rolls.
"""
