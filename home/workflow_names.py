"""Workflow and task names in the admin user's language, wherever Wagtail shows them.

The moderation workflow and its task (installed by courses/migrations/0002) are stored under
their English names, which are msgids of our catalogues. Wagtail prints `workflow.name` and
`task.name` in some twenty places (the submit and resubmit buttons, the status side panel, the
moderators' dashboard, workflow histories and reports, the Workflows and Tasks settings, e-mail
notifications), so instead of copying those templates the `name` attribute itself reads in the
active language: one place, and it keeps working when Wagtail adds a screen.

Why not a stored name per language: Wagtail's Workflow and Task models have no room for one,
and every screen would still have to be taught to pick it. Names an administrator types are
shown as typed; only the known names are translated. The database keeps the English name: a
translated name written back (an administrator saving the form in Kazakh) is stored as its
msgid, and saving writes the stored value, never the displayed one.
"""

from __future__ import annotations

import copy
import functools

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

# The names our migrations install (courses/migrations/0002_moderation_workflow.py).
KNOWN_NAMES = (gettext_noop("Moderators approve"),)


@functools.cache
def _msgids_by_translation() -> dict[str, str]:
    """Every language's translation of a known name, leading back to its msgid."""
    found = {}
    for msgid in KNOWN_NAMES:
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                found[gettext(msgid)] = msgid
        found[msgid] = msgid
    return found


def stored_name(name: str) -> str:
    """The name to store: a known name in any language becomes its English msgid."""
    return _msgids_by_translation().get(name, name) if isinstance(name, str) else name


def display_name(name: str) -> str:
    """A workflow's or task's name in the active language (names typed by people as they are)."""
    msgid = stored_name(name)
    return gettext(msgid) if msgid in KNOWN_NAMES else name


class NameInActiveLanguage(DeferredAttribute):
    """`workflow.name` / `task.name` read in the active language and stored as the msgid."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        return value if instance is None else display_name(value)

    def __set__(self, instance, value) -> None:
        instance.__dict__[self.field.attname] = stored_name(value)


def _stored_value(field):
    def pre_save(model_instance, add):
        return model_instance.__dict__.get(field.attname)

    return pre_save


def install() -> None:
    """Give Wagtail's Workflow and Task (and so every task type) names in the active language."""
    from wagtail.models import Task, Workflow

    for model in (Workflow, Task):
        field = model._meta.get_field("name")
        setattr(model, field.attname, NameInActiveLanguage(field))
        field.pre_save = _stored_value(field)


class _TitlesInActiveLanguage:
    """A workflow log formatter reading the names its entries recorded in the active language
    (an entry keeps the name as it read when the action was taken, in that user's language)."""

    def __init__(self, formatter) -> None:
        self._formatter = formatter

    def __getattr__(self, name):
        return getattr(self._formatter, name)

    def format_message(self, log_entry):
        entry = copy.copy(log_entry)
        entry.data = copy.deepcopy(log_entry.data)
        workflow = (entry.data or {}).get("workflow") or {}
        for part in (workflow, workflow.get("task"), workflow.get("next")):
            if isinstance(part, dict) and isinstance(part.get("title"), str):
                part["title"] = display_name(part["title"])
        return self._formatter.format_message(entry)


def translate_log_titles(registry) -> None:
    """register_log_actions (after Wagtail's): wrap its workflow actions' formatters."""
    for action, formatter in list(registry.formatters.items()):
        if action.startswith("wagtail.workflow.") and not isinstance(
            formatter, _TitlesInActiveLanguage
        ):
            registry.formatters[action] = _TitlesInActiveLanguage(formatter)
