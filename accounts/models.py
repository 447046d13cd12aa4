"""The security audit log: who signed in, failed, was locked out, changed a factor, exported.

Separate from Wagtail's history on purpose: that log is about content and applications and is
shown to editors and clerks; this one is about accounts and is shown to administrators only, kept
for `SECURITY_EVENT_RETENTION_DAYS`, and never holds a raw address, a password, a code or a secret.
"""

import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.ratelimit import client_id, client_ip


class SecurityEventQuerySet(models.QuerySet):
    def older_than(self, days: int) -> "SecurityEventQuerySet":
        return self.filter(created_at__lt=timezone.now() - datetime.timedelta(days=days))


class SecurityEventManager(models.Manager.from_queryset(SecurityEventQuerySet)):
    def record(
        self,
        request: HttpRequest | None,
        kind: str,
        *,
        user=None,
        username: str | None = None,
        **detail,
    ) -> "SecurityEvent":
        """Write one event. `user` defaults to the signed-in user; `username` to theirs (for a
        failed login it is what was typed). Callers put ids and labels in `detail`, never secrets."""
        if user is None and request is not None:
            request_user = getattr(request, "user", None)
            if request_user is not None and request_user.is_authenticated:
                user = request_user
        if username is None:
            username = user.get_username() if user is not None else ""
        address = client_ip(request) if request is not None else ""
        return self.create(
            kind=kind,
            user=user,
            username=(username or "")[:150],
            address_hash=client_id(request) if address else "",
            detail=detail,
        )


class SecurityEvent(models.Model):
    class Kind(models.TextChoices):
        LOGIN_SUCCEEDED = "login_succeeded", _("Signed in with password")
        LOGIN_FAILED = "login_failed", _("Wrong username or password")
        LOCKED_OUT = "locked_out", _("Locked out after failed attempts")
        UNLOCKED = "unlocked", _("Unlocked by an administrator")
        LOGGED_OUT = "logged_out", _("Signed out")
        SESSION_EXPIRED = "session_expired", _("Session ended by timeout")
        MFA_ENROLLED = "mfa_enrolled", _("Two-step verification set up")
        MFA_VERIFIED = "mfa_verified", _("Second step passed")
        MFA_FAILED = "mfa_failed", _("Wrong verification code")
        MFA_RECOVERY_CODE_USED = "mfa_recovery_code_used", _("Recovery code used")
        MFA_RECOVERY_CODES_REGENERATED = (
            "mfa_recovery_codes_regenerated",
            _("New recovery codes made"),
        )
        MFA_RESET = "mfa_reset", _("Two-step verification reset")
        REAUTHENTICATED = "reauthenticated", _("Identity confirmed again")
        PASSWORD_CHANGED = "password_changed", _("Password set or changed")
        PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Password reset requested")
        PASSWORD_RESET_LIMITED = "password_reset_limited", _("Password reset refused (too many)")
        EXPORT = "export", _("Data exported")
        CERTIFICATE_ACCEPTED = "certificate_accepted", _("Certificate accepted")
        CERTIFICATE_REVOKED = "certificate_revoked", _("Certificate revoked")
        CERTIFICATE_REISSUED = "certificate_reissued", _("Certificate reissued")
        # A registry system's call to the registry API: client, office, action, status.
        API_CALL = "api_call", _("Registry API call")
        API_CLIENT_CHANGED = "api_client_changed", _("Registry API client created or changed")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    kind = models.CharField(_("event"), max_length=40, choices=Kind.choices, db_index=True)
    # Staff usernames, not citizens' data; kept as typed so that guessing at names shows.
    username = models.CharField(_("username"), max_length=150, blank=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A keyed hash (home.ratelimit.client_id): the same address gives the same value, so an
    # attack from one address shows, but the address itself is never stored.
    address_hash = models.CharField(_("client address (hash)"), max_length=64, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = SecurityEventManager()

    # A log row links to a user but is no content: Wagtail's reference index ("usage") skips it.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("security event")
        verbose_name_plural = _("security log")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.username or '—'}"


class FailedSignIn(AccessAttempt):
    """django-axes's count of failed sign-ins of one account from one address, under our own
    names: the administrators' lockout screen (viewsets.py) lists these."""

    class Meta:
        proxy = True
        verbose_name = _("failed sign-in record")
        verbose_name_plural = _("failed sign-in records")
