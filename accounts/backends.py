"""Django's permission backend with each user's permissions kept in the shared cache.

`ModelBackend` reads a staff member's own and group permissions with two queries on every admin
request. They change only when a user, a group or a permission changes, so the sets are kept in
the shared cache (every instance sees the same) and dropped exactly then:

- a user saved (made superuser or not, deactivated) or their groups or own permissions changed:
  that user's entries go;
- a group's permissions changed, a group or a permission saved or deleted: a new generation, so
  every user's entries go at once.
"""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "perms:generation"
SECONDS = 60 * 60
SOURCES = ("user", "group")


def _generation() -> str:
    return cache.get_or_set(GENERATION_KEY, lambda: secrets.token_hex(8), None)


def _key(user_id: int, generation: str | None = None) -> str:
    return f"perms:{generation or _generation()}:{user_id}"


class CachedModelBackend(ModelBackend):
    def _get_permissions(self, user_obj, obj, from_name: str) -> set[str]:
        if (
            obj is not None
            or not user_obj.is_active
            or user_obj.is_anonymous
            or hasattr(user_obj, f"_{from_name}_perm_cache")
        ):
            return super()._get_permissions(user_obj, obj, from_name)
        key = _key(user_obj.pk)
        both = cache.get(key)
        if both is None:  # both kinds at once: one round trip on the next request
            read = super()._get_permissions
            both = {source: read(user_obj, obj, source) for source in SOURCES}
            cache.set(key, both, SECONDS)
        for source, permissions in both.items():
            setattr(user_obj, f"_{source}_perm_cache", permissions)
        return both[from_name]


def forget_user(user_id: int) -> None:
    cache.delete(_key(user_id))


def forget_everyone(**kwargs) -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


def _user_saved(instance, **kwargs) -> None:
    forget_user(instance.pk)


def _user_relations_changed(instance, reverse: bool, pk_set, **kwargs) -> None:
    if isinstance(instance, get_user_model()):
        forget_user(instance.pk)
    else:  # from the group's or the permission's side: whichever users, all at once
        forget_everyone()


def connect() -> None:
    """Called from AccountsConfig.ready()."""
    user_model = get_user_model()
    post_save.connect(_user_saved, sender=user_model, weak=False)
    post_delete.connect(_user_saved, sender=user_model, weak=False)
    for through in (user_model.groups.through, user_model.user_permissions.through):
        m2m_changed.connect(_user_relations_changed, sender=through, weak=False)
    m2m_changed.connect(forget_everyone, sender=Group.permissions.through, weak=False)
    for model in (Group, Permission):
        post_save.connect(forget_everyone, sender=model, weak=False)
        post_delete.connect(forget_everyone, sender=model, weak=False)
