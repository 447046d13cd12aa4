"""Deny by default in Wagtail's shared admin screens: what staff see of the site history and in
the page chooser (the hooks that apply this, and the other narrowed screens, are in
home/wagtail_hooks.py).

Wagtail decides these screens by model permissions alone: whoever holds a permission on a model
sees the history of *every* row of it, so a clerk saw every office's applications and a
centre's staff every centre's figures. The apps that scope rows by office or centre say which
rows a user may see through two hooks of this project, read here (home sits below those apps
and cannot import them):

- ``register_admin_log_scope``: a function returning ``{model: rows_for}``; the site history
  (and its CSV/XLSX export) shows an entry about a row of such a model only when the row is in
  ``rows_for(user)``. A user's own actions are always theirs to see.
- ``register_admin_chooser_pages``: a function ``pages_for(user)``; a user without page
  permissions may pick those pages in the page chooser, and no others (a centre's staff pick
  their centre in the monthly figures form).
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Model, Q, QuerySet
from django.db.models.functions import Cast
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.models.audit_log import ModelLogEntryManager
from wagtail.permission_policies import ModelPermissionPolicy

LOG_SCOPE_HOOK = "register_admin_log_scope"
CHOOSER_PAGES_HOOK = "register_admin_chooser_pages"

RowsFor = Callable[[object], QuerySet]


def log_scopes() -> dict[type[Model], RowsFor]:
    """Every model whose log entries are scoped, with the function giving a user's rows."""
    scopes: dict[type[Model], RowsFor] = {}
    for register in hooks.get_hooks(LOG_SCOPE_HOOK):
        scopes.update(register())
    return scopes


def works_with_scoped_rows(user) -> bool:
    """Whether the user holds a permission on a model whose history is scoped (an office's or a
    centre's rows): their site history then has something to show. Read from the permissions
    Django caches on the user, so the menu costs no query."""
    return any(
        ModelPermissionPolicy(model).user_has_any_permission(
            user, ["add", "change", "delete", "view"]
        )
        for model in log_scopes()
    )


def _log_keys(rows: QuerySet) -> QuerySet:
    """The rows' ids as log entries store them (`object_id` is text)."""
    return rows.order_by().annotate(log_key=Cast("pk", CharField())).values("log_key")


class ScopedLogEntryManager(ModelLogEntryManager):
    """Wagtail's log entries of plain models, narrowed to the rows each user may see."""

    def viewable_by_user(self, user) -> QuerySet:
        if not user.is_authenticated:
            return self.none()
        # Wagtail's rule first: entries about models the user holds a permission on.
        entries = super().viewable_by_user(user)
        if user.is_superuser:
            return entries
        scopes = log_scopes()
        content_types = ContentType.objects.get_for_models(*scopes, for_concrete_models=False)
        allowed = ~Q(content_type_id__in=[ct.pk for ct in content_types.values()])
        for model, rows_for in scopes.items():
            allowed |= Q(
                content_type_id=content_types[model].pk,
                object_id__in=_log_keys(rows_for(user)),
            )
        return entries.filter(allowed) | self.filter(user_id=user.pk)


def chooser_pages(pages: QuerySet, user) -> QuerySet:
    """Pages narrowed for the page chooser: all for those who work on pages, else only the pages
    the apps grant (`register_admin_chooser_pages`)."""
    if user.is_superuser or user_has_any_page_permission(user):
        return pages
    granted = Q(pk__in=[])
    for pages_for in hooks.get_hooks(CHOOSER_PAGES_HOOK):
        granted |= Q(pk__in=pages_for(user).values("pk"))
    return pages.filter(granted)
