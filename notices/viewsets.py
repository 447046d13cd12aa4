"""The message log in the admin (/admin/notices/): a list only, no add, edit, delete or detail.

A row says what was sent about which application or centre, when, through which channel and
whether it arrived; there is no body or address to show, so there is no detail view either.
"""

from django.urls import path
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from home.pagination import CappedListingMixin

from .models import Message
from .scoping import message_policy, messages_for_user


def _when(value) -> str:
    return date_format(localtime(value), "SHORT_DATETIME_FORMAT") if value else "—"


def _about(message: Message) -> str:
    """The application number or the centre: what the notice was about, no person named."""
    if message.application_id is not None:
        return message.application.number
    if message.centre_id is not None:
        return message.centre.title
    return "—"


class MessageIndexView(CappedListingMixin, generic.IndexView):
    """Millions of notices are never counted whole (home.pagination.CappedPaginator)."""

    page_title = _("Notices sent")
    default_ordering = "-queued_at"

    def get_base_queryset(self):
        return messages_for_user(self.request.user).select_related(
            "application", "centre", "partner"
        )

    def get_list_more_buttons(self, instance):
        return []

    def get_edit_url(self, instance):
        return None


class MessageViewSet(ModelViewSet):
    model = Message
    name = "notices"  # /admin/notices/
    icon = "mail"
    menu_label = _("Notices sent")
    menu_order = 170
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    permission_policy = message_policy
    index_view_class = MessageIndexView
    list_per_page = 50
    list_filter = ["kind", "channel", "status"]
    list_display = [
        Column("queued_at", label=_("Queued"), accessor=lambda m: _when(m.queued_at)),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("about", label=_("About"), accessor=_about),
        Column(
            "recipient", label=pgettext_lazy("message recipient", "To"), accessor="recipient_label"
        ),
        Column("channel", label=_("Channel"), accessor="get_channel_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("attempts", label=_("Attempts"), accessor="attempts"),
        Column("sent_at", label=_("Sent"), accessor=lambda m: _when(m.sent_at)),
    ]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        # Nothing for groups: who sees the log follows from their office or centre (scoping.py).
        return super().get_permissions_to_register().none()
