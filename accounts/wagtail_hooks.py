"""Admin wiring: the account pages, the administrators' screens, and links to them."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from . import mfa, urls
from .models import FailedSignIn, SecurityEvent
from .viewsets import LockoutViewSet, SecurityEventViewSet, lockout_policy, security_event_policy

register_permission_policy(SecurityEvent, security_event_policy)
register_permission_policy(FailedSignIn, lockout_policy)


@hooks.register("register_admin_urls")
def register_account_urls():
    return [path("security/", include(urls))]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [SecurityEventViewSet(), LockoutViewSet()]


@hooks.register("register_account_menu_item")
def two_step_menu_item(request):
    """On the Account page: where staff see their recovery codes, renew them or reset the app."""
    return {
        "url": reverse("accounts:mfa"),
        "label": _("Two-step verification"),
        "help_text": mfa.status_line(request.user),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_step_button(user, request_user):
    """Administrators reset someone's second factor from the Users list (a lost phone)."""
    if request_user.is_superuser:
        yield Button(
            _("Reset two-step verification"),
            url=reverse("accounts:mfa_reset_user", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
