"""The registry API's machine clients, their replayable POSTs and their webhook subscriptions.

A client is a system (the registry's information system of one region, say), never a person: an
OAuth2 application of django-oauth-toolkit (client credentials) bound here to the offices it may
see and the scopes it may ask for. Nothing here holds personal data; a webhook subscription's
secret is stored encrypted and never logged.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from .offices import RegistryOffice


class Scope(models.TextChoices):
    APPLICATIONS_WRITE = "applications:write", _("File applications and assign courses")
    APPLICATIONS_READ = "applications:read", _("Read applications and progress")
    CERTIFICATES_READ = "certificates:read", _("Read certificates")
    WEBHOOKS_MANAGE = "webhooks:manage", _("Manage webhooks")


class ApiClient(models.Model):
    """One OAuth2 client (a system) with its offices and scopes."""

    application = models.OneToOneField(
        "oauth2_provider.Application",
        on_delete=models.CASCADE,
        related_name="registry_client",
        verbose_name=_("OAuth2 application"),
    )
    name = models.CharField(_("name"), max_length=100)
    offices = models.ManyToManyField(
        RegistryOffice, related_name="api_clients", verbose_name=_("offices")
    )
    scopes = models.JSONField(_("scopes"), default=list)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def client_id(self) -> str:
        return self.application.client_id

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class IdempotencyRecord(models.Model):
    """The first answer to a POST with an `Idempotency-Key`, returned again on a retry.

    The body kept is the API's own answer (ids, states, no names or IINs); the request is kept
    only as a hash, so a retry with another body under the same key is told apart."""

    # Logs of machine traffic, never linked from content: kept out of Wagtail's reference
    # index (a row there per row here, and a statement per row when the purge deletes them).
    wagtail_reference_index_ignore = True

    client = models.ForeignKey(ApiClient, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField(null=True)
    response = models.JSONField(null=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("idempotency record")
        verbose_name_plural = _("idempotency records")
        constraints = [
            models.UniqueConstraint(fields=["client", "key"], name="one_answer_per_idempotency_key")
        ]

    def __str__(self) -> str:
        return f"{self.client_id}:{self.pk}"


def _fernet() -> Fernet:
    key = salted_hmac(
        "registry_offices.webhooks", "secret-key", secret=settings.SECRET_KEY, algorithm="sha256"
    )
    return Fernet(base64.urlsafe_b64encode(key.digest()))


class Event(models.TextChoices):
    CERTIFICATE_ISSUED = "certificate.issued", "certificate.issued"
    CERTIFICATE_ACCEPTED = "certificate.accepted", "certificate.accepted"
    CERTIFICATE_REVOKED = "certificate.revoked", "certificate.revoked"
    CERTIFICATE_REISSUED = "certificate.reissued", "certificate.reissued"
    ASSIGNMENT_OVERDUE = "assignment.overdue", "assignment.overdue"
    ASSIGNMENT_CANCELLED = "assignment.cancelled", "assignment.cancelled"


class WebhookSubscription(models.Model):
    """Where a client wants to hear about events of its offices, and the secret to sign them."""

    client = models.ForeignKey(
        ApiClient, on_delete=models.CASCADE, related_name="subscriptions", verbose_name=_("client")
    )
    url = models.URLField(_("address"), max_length=500)
    events = models.JSONField(_("events"), default=list)
    secret_encrypted = models.TextField(editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        ordering = ["pk"]

    def __str__(self) -> str:
        return _("Subscription %(id)s") % {"id": self.pk}

    def new_secret(self) -> str:
        """A fresh Standard Webhooks secret (`whsec_` + base64 of 32 bytes), returned once."""
        secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        self.secret_encrypted = _fernet().encrypt(secret.encode()).decode()
        return secret

    @property
    def secret(self) -> str | None:
        try:
            return _fernet().decrypt(self.secret_encrypted.encode()).decode()
        except InvalidToken:
            return None


class WebhookEvent(models.Model):
    """One thing that happened, once; each subscription gets its own delivery of it."""

    wagtail_reference_index_ignore = True  # a log, like IdempotencyRecord

    event_id = models.CharField(max_length=40, unique=True, editable=False)
    type = models.CharField(_("event"), max_length=40, choices=Event.choices)
    office = models.ForeignKey(RegistryOffice, on_delete=models.CASCADE, related_name="+")
    # Ids, codes, states and dates only (see registry_offices/webhooks.py): never a name.
    data = models.JSONField(default=dict)
    # What the event is about, to send it once only ("assignment:12:overdue").
    subject = models.CharField(max_length=80, unique=True, null=True, editable=False)
    created_at = models.DateTimeField(_("happened at"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")
        # The purge (`purge_api_records`) walks events oldest first.
        indexes = [models.Index(fields=["created_at", "id"], name="webhook_event_created")]

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"


class WebhookDelivery(models.Model):
    """One event to one subscription: its attempts and outcome, never the body."""

    wagtail_reference_index_ignore = True  # a log, like IdempotencyRecord

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    event = models.ForeignKey(
        WebhookEvent, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("event")
    )
    subscription = models.ForeignKey(
        WebhookSubscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("subscription"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    status_code = models.PositiveSmallIntegerField(_("last status code"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=80, blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return _("Delivery %(id)s") % {"id": self.pk}
