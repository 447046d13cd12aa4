"""Administrators' screens under Settings: the security log (read only) and login lockouts
(with "Unlock"). Nobody else sees them: the permission policy asks for a superuser, not for a
group permission that could be handed out by mistake."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import BasePermissionPolicy

from home.pagination import CappedListingMixin

from . import lockout
from .models import FailedSignIn, SecurityEvent


class AdministratorsOnlyPolicy(BasePermissionPolicy):
    """Superusers may do `actions` (e.g. only "view"); everyone else may do nothing."""

    def __init__(self, model, actions: set[str]) -> None:
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user, action: str) -> bool:
        return bool(user.is_active and user.is_superuser and action in self.actions)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not set(actions) & self.actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


security_event_policy = AdministratorsOnlyPolicy(SecurityEvent, {"view"})
lockout_policy = AdministratorsOnlyPolicy(FailedSignIn, {"view", "delete"})


def _when(value) -> str:
    return date_format(localtime(value), "SHORT_DATETIME_FORMAT")


class ReadOnlyViewSet(ModelViewSet):
    """A list and (unless `inspect_view_enabled` is off) its detail view only: no add, edit,
    delete, history or usage URLs at all."""

    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_settings_menu = True
    search_backend_name = None

    def get_urlpatterns(self):
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
        if self.inspect_view_enabled:
            patterns.append(path("inspect/<int:pk>/", self.inspect_view, name="inspect"))
        return patterns

    def get_permissions_to_register(self):
        # Nothing new to hand out to groups: these screens are for superusers only, or use a
        # permission that exists already (learning.view_feedback).
        return super().get_permissions_to_register().none()


class SecurityEventIndexView(CappedListingMixin, generic.IndexView):
    """A decade of events is never counted whole (home.pagination.CappedPaginator)."""

    page_title = gettext_lazy("Security log")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class SecurityEventViewSet(ReadOnlyViewSet):
    model = SecurityEvent
    name = "security-log"  # /admin/security-log/
    icon = "history"
    menu_label = gettext_lazy("Security log")
    menu_order = 900
    index_view_class = SecurityEventIndexView
    list_display = [
        Column("created_at", label=gettext_lazy("When"), accessor=lambda e: _when(e.created_at)),
        Column("kind", label=gettext_lazy("Event"), accessor="get_kind_display"),
        "username",
        Column(
            "address_hash",
            label=gettext_lazy("Address (hash)"),
            accessor=lambda e: e.address_hash[:8],
        ),
    ]
    list_filter = ["kind", "created_at"]
    search_fields = ["username"]
    list_per_page = 50
    inspect_view_fields = ["created_at", "kind", "username", "user", "address_hash", "detail"]


class LockoutIndexView(generic.IndexView):
    """Recent failed sign-ins, newest first, each saying whether its account is locked now."""

    page_title = gettext_lazy("Login lockouts")
    default_ordering = "-attempt_time"

    def get_base_queryset(self):
        return lockout.with_lock_state(lockout.recent_attempts(FailedSignIn.objects.all()))

    def get_list_more_buttons(self, instance):
        # Unlocking is the only act here (no inspect or edit of axes's rows).
        return []

    def get_list_buttons(self, instance):
        return [
            ListingButton(
                _("Unlock"),
                url=reverse("login-lockouts:unlock", args=[instance.pk]),
                icon_name="lock-open",
                attrs={"aria-label": _("Unlock %(user)s") % {"user": instance.username}},
            )
        ]


class LockoutViewSet(ReadOnlyViewSet):
    model = FailedSignIn
    name = "login-lockouts"  # /admin/login-lockouts/
    icon = "lock"
    menu_label = gettext_lazy("Login lockouts")
    menu_order = 910
    inspect_view_enabled = False
    index_view_class = LockoutIndexView
    list_display = [
        Column("username", label=gettext_lazy("Username")),
        Column("ip_address", label=gettext_lazy("Address")),
        Column(
            "failures_since_start",
            label=gettext_lazy("Failures from this address"),
            accessor="pair_failures",
        ),
        Column(
            "account_failures",
            label=gettext_lazy("Failures on this account"),
            accessor="account_failures",
        ),
        Column(
            "attempt_time",
            label=gettext_lazy("Last attempt"),
            accessor=lambda a: _when(a.attempt_time),
        ),
        StatusTagColumn(
            "locked",
            label=gettext_lazy("State"),
            accessor=lambda a: _("Locked") if a.locked else _("Counting"),
            primary=lambda a: a.locked,
        ),
    ]
    search_fields = ["username"]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("unlock/<int:pk>/", unlock, name="unlock"),
        ]


@user_passes_test(lambda user: user.is_active and user.is_superuser)
@require_http_methods(["GET", "POST"])
def unlock(request, pk: int):
    """Forget the failed attempts of this row's account, from every address (confirm first)."""
    attempt = get_object_or_404(FailedSignIn, pk=pk)
    back = reverse("login-lockouts:index")
    if request.method == "POST":
        count = lockout.unlock(attempt.username)
        SecurityEvent.objects.record(
            request, SecurityEvent.Kind.UNLOCKED, target=attempt.username, attempts=count
        )
        messages.success(request, _("%(user)s can sign in again.") % {"user": attempt.username})
        return redirect(back)
    return TemplateResponse(
        request,
        "accounts/confirm.html",
        {
            "page_title": _("Unlock an account"),
            "header_icon": "lock-open",
            "message": _(
                "Forget the failed sign-ins of %(user)s from every address, so they can sign in "
                "again now?"
            )
            % {"user": attempt.username},
            "submit_label": _("Unlock"),
            "back_url": back,
        },
    )
