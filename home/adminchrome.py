"""The admin's chrome (its sidebar and its keyboard-shortcuts dialog), built once and kept
rather than on every staff screen.

Wagtail builds the sidebar on every admin request: each menu item asks whether this user may see
it (permission checks, the page tree's explorable root), and the lot is packed to JSON. On the
clerk's applications list that was a fifth of the request (issue 12), for a result that changes
only when the staff member, their groups or permissions, a group's permissions, page, collection
or site permissions, the page tree or a site changes. So the sidebar is kept in the shared cache
per user and language under a version (home/versions.py) that every one of those changes moves
on: the next screen, on any instance, draws the new menu.

The keyboard-shortcuts dialog depends only on the language, the kind of keyboard (Mac or not)
and whether the user turned shortcuts off, so it is rendered once per combination per process.

Both replace Wagtail's own tags of the same names (`install`, from HomeConfig.ready()): every
Wagtail screen uses them through wagtailadmin/base.html, which stays Wagtail's. A menu item whose
visibility depends on something else must `connect` that model.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.template.loader import get_template
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from .pagecache import versioned_fragment
from .versions import SharedVersion

VERSION_KEY = "adminchrome:version"
version = SharedVersion(VERSION_KEY)

_MAC = re.compile(r"Mac|iPod|iPhone|iPad")  # as Wagtail tells the keyboard apart
_dialogs: dict[tuple, SafeString] = {}


def sidebar_props(context) -> SafeString:
    """Wagtail's `{% sidebar_props %}`, from the cache while this user's menus stay the same."""
    from wagtail.admin.templatetags import wagtailadmin_tags

    request = context["request"]
    user = request.user
    if not user.is_authenticated:  # the sign-in screens: nothing of anyone's to keep
        return wagtailadmin_tags.sidebar_props(context)
    props = versioned_fragment(
        f"adminchrome:sidebar:{version.current()}:{user.pk}:{translation.get_language()}",
        lambda: str(wagtailadmin_tags.sidebar_props(context)),
    )
    return mark_safe(props)  # noqa: S308 - Wagtail's own json_script output, kept as it was


def keyboard_shortcuts_dialog(context) -> SafeString:
    """Wagtail's `{% keyboard_shortcuts_dialog %}`, rendered once per language and keyboard."""
    from wagtail.admin.templatetags import wagtailadmin_tags

    request = context.get("request")
    values = wagtailadmin_tags.keyboard_shortcuts_dialog(context)
    user_agent = request.headers.get("User-Agent", "") if request else ""
    key = (
        translation.get_language(),
        bool(_MAC.search(user_agent)),
        values["keyboard_shortcuts_enabled"],
    )
    html = _dialogs.get(key)
    if html is None:
        template = get_template("wagtailadmin/shared/keyboard_shortcuts_dialog.html")
        html = _dialogs[key] = mark_safe(template.render(values))  # noqa: S308 - rendered here
    return html


def install() -> None:
    """Put these in place of Wagtail's tags, before any admin template is compiled."""
    from wagtail.admin.templatetags.wagtailadmin_tags import register

    register.simple_tag(sidebar_props, takes_context=True, name="sidebar_props")
    register.simple_tag(
        keyboard_shortcuts_dialog, takes_context=True, name="keyboard_shortcuts_dialog"
    )


def forget(**kwargs) -> None:
    """Every staff member's sidebar is drawn afresh on their next screen, on every instance."""
    version.move_on()


def _user_saved(update_fields=None, **kwargs) -> None:
    # Signing in saves the time of it and nothing the sidebar shows.
    if update_fields is None or set(update_fields) != {"last_login"}:
        forget()


def connect(*models: type) -> None:
    """Draw the sidebars afresh whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(forget, sender=model, weak=False)
        post_delete.connect(forget, sender=model, weak=False)


def connect_permissions() -> None:
    """What Wagtail's own menus are decided by. Called from HomeConfig.ready()."""
    from wagtail.models import (
        GroupCollectionPermission,
        GroupPagePermission,
        GroupSitePermission,
        Site,
    )
    from wagtail.signals import post_page_move
    from wagtail.users.models import UserProfile

    user_model = get_user_model()
    post_save.connect(_user_saved, sender=user_model, weak=False)
    post_delete.connect(forget, sender=user_model, weak=False)
    for through in (
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(forget, sender=through, weak=False)
    connect(
        Group,
        Permission,
        UserProfile,  # the avatar, the language, the menu items the user dismissed
        GroupPagePermission,
        GroupCollectionPermission,
        GroupSitePermission,
        Site,
    )
    post_page_move.connect(forget, weak=False)  # the explorer starts at the user's pages' root
