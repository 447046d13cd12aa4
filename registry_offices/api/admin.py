"""Administrators' screens for the registry API (Settings → API clients, Webhook deliveries):
create a client (its secret shown once), rotate its secret, revoke it; read the delivery log and
send a delivery again. Superusers only: a client reaches couples' data of whole offices."""

from __future__ import annotations

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from accounts.models import SecurityEvent
from accounts.viewsets import AdministratorsOnlyPolicy, ReadOnlyViewSet

from .. import webhooks
from ..models import ApiClient, RegistryOffice, Scope, WebhookDelivery
from .clients import create_client, revoke, rotate_secret

# Registered with Wagtail in wagtail_hooks.py.
api_client_policy = AdministratorsOnlyPolicy(ApiClient, {"view", "add", "change"})
webhook_delivery_policy = AdministratorsOnlyPolicy(WebhookDelivery, {"view"})


def _superuser(user) -> bool:
    return user.is_active and user.is_superuser


class ApiClientForm(WagtailAdminModelForm):
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("Scopes"), choices=Scope.choices, widget=forms.CheckboxSelectMultiple
    )
    offices = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Offices"),
        queryset=RegistryOffice.objects.order_by("code"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ApiClient
        fields = ["name", "offices", "scopes"]


def _secret_page(request, client: ApiClient, secret: str):
    response = TemplateResponse(
        request,
        "registry_offices/admin/api_client_secret.html",
        {"client": client, "secret": secret, "page_title": _("Client credentials")},
    )
    response["Cache-Control"] = "no-store"
    return response


class ApiClientCreateView(generic.CreateView):
    def form_valid(self, form):
        data = form.cleaned_data
        client, secret = create_client(data["name"], list(data["offices"]), data["scopes"])
        SecurityEvent.objects.record(
            self.request,
            SecurityEvent.Kind.API_CLIENT_CHANGED,
            client=client.client_id,
            act="created",
        )
        return _secret_page(self.request, client, secret)


class ApiClientIndexView(generic.IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.is_active:
            buttons += [
                ListingButton(
                    _("New secret"),
                    url=reverse("api-clients:rotate", args=[instance.pk]),
                    icon_name="key",
                ),
                ListingButton(
                    _("Revoke"),
                    url=reverse("api-clients:revoke", args=[instance.pk]),
                    icon_name="cross",
                ),
            ]
        return buttons


@require_http_methods(["GET", "POST"])
@user_passes_test(_superuser)
def rotate_client(request, pk: int):
    client = get_object_or_404(ApiClient, pk=pk, revoked_at__isnull=True)
    if request.method == "POST":
        secret = rotate_secret(client)
        SecurityEvent.objects.record(
            request, SecurityEvent.Kind.API_CLIENT_CHANGED, client=client.client_id, act="rotated"
        )
        return _secret_page(request, client, secret)
    return _confirm(
        request,
        _(
            "A new secret is made and shown once; the old one and every token made with it stop "
            "working at once."
        ),
        _("Make a new secret"),
    )


@require_http_methods(["GET", "POST"])
@user_passes_test(_superuser)
def revoke_client(request, pk: int):
    client = get_object_or_404(ApiClient, pk=pk, revoked_at__isnull=True)
    if request.method == "POST":
        revoke(client)
        SecurityEvent.objects.record(
            request, SecurityEvent.Kind.API_CLIENT_CHANGED, client=client.client_id, act="revoked"
        )
        messages.success(request, _("The client was revoked."))
        return redirect("api-clients:index")
    return _confirm(
        request,
        _("The client can no longer get tokens or call the API; its tokens stop working at once."),
        _("Revoke"),
    )


def _confirm(request, message: str, label: str):
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": label,
            "message": message,
            "submit_label": label,
            "edit_url": reverse("api-clients:index"),
            "back_label": _("Back to the list"),
            "destructive": True,
        },
    )


class ApiClientViewSet(ModelViewSet):
    model = ApiClient
    name = "api-clients"  # /admin/api-clients/
    icon = "key"
    menu_label = gettext_lazy("API clients")
    menu_order = 920
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    form_fields = ["name", "offices", "scopes"]
    index_view_class = ApiClientIndexView
    add_view_class = ApiClientCreateView
    list_display = [
        "name",
        Column("client_id", label=gettext_lazy("Client id"), accessor="client_id"),
        Column("scopes", label=gettext_lazy("Scopes"), accessor=lambda c: ", ".join(c.scopes)),
        Column("revoked_at", label=gettext_lazy("Revoked at")),
    ]

    def get_form_class(self, for_update=False):
        return ApiClientForm

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("add/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("rotate/<int:pk>/", rotate_client, name="rotate"),
            path("revoke/<int:pk>/", revoke_client, name="revoke"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


class DeliveryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "subscription__client")

    def get_list_buttons(self, instance):
        return [
            ListingButton(
                _("Send again"),
                url=reverse("webhook-deliveries:replay", args=[instance.pk]),
                icon_name="rotate",
            )
        ]


@require_http_methods(["GET", "POST"])
@user_passes_test(_superuser)
def replay_delivery(request, pk: int):
    delivery = get_object_or_404(WebhookDelivery, pk=pk)
    if request.method == "POST":
        webhooks.replay(delivery)
        messages.success(request, _("The event is queued to be sent again."))
        return redirect("webhook-deliveries:index")
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Send again"),
            "message": _("The same event (same webhook-id) is sent again to this subscription."),
            "submit_label": _("Send again"),
            "edit_url": reverse("webhook-deliveries:index"),
            "back_label": _("Back to the list"),
        },
    )


class WebhookDeliveryViewSet(ReadOnlyViewSet):
    model = WebhookDelivery
    name = "webhook-deliveries"  # /admin/webhook-deliveries/
    icon = "mail"
    menu_label = gettext_lazy("Webhook deliveries")
    menu_order = 930
    inspect_view_enabled = False
    index_view_class = DeliveryIndexView
    list_display = [
        Column("event", label=gettext_lazy("Event"), accessor=lambda d: d.event.type),
        Column(
            "client", label=gettext_lazy("Client"), accessor=lambda d: d.subscription.client.name
        ),
        "status",
        "attempts",
        "status_code",
        "error",
        "created_at",
        "delivered_at",
    ]
    list_filter = ["status"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("replay/<int:pk>/", replay_delivery, name="replay"),
        ]
