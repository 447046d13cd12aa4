"""Each partner's progress as the clerk sees it: lessons done of all, study minutes, last activity.

Never answers. The figures live in the learning app, above this one (apps import downward only),
so learning registers one function under `PARTNER_PROGRESS_HOOK` (learning/wagtail_hooks.py), as
home's admin scoping does with its hook; without it every partner shows "not started".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from wagtail import hooks

PARTNER_PROGRESS_HOOK = "registry_offices_partner_progress"


@dataclass(frozen=True)
class PartnerProgress:
    lessons_done: int
    lessons_total: int
    study_minutes: int
    last_activity: datetime.datetime | None

    @property
    def started(self) -> bool:
        return self.last_activity is not None


def partner_progress(accesses: list) -> dict[int, PartnerProgress]:
    """Progress by access id for these partners' accesses (of one or more assignments)."""
    found: dict[int, PartnerProgress] = {}
    for function in hooks.get_hooks(PARTNER_PROGRESS_HOOK):
        found.update(function(accesses))
    return found
