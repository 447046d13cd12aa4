"""Wagtail's "forgotten password" page, with its requests limited per address and per e-mail."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from wagtail.admin.views import account

from home.ratelimit import allow, too_many_requests

from ..models import SecurityEvent
from ..tasks import send_password_reset_email

SCOPE = "password-reset"


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(account.PasswordResetView):
    """Each request sends an e-mail, so guessing addresses or flooding someone's inbox is
    limited: `PASSWORD_RESET_LIMIT` requests an hour from one address, and
    `PASSWORD_RESET_EMAIL_LIMIT` an hour for one e-mail address from everywhere together. The
    answer never says whether an account has that e-mail. The e-mail itself is a task
    (accounts/tasks.py), sent by the worker; the answer is the same either way."""

    def form_valid(self, form) -> HttpResponse:
        email = form.cleaned_data["email"]
        if not allow(
            self.request,
            SCOPE,
            settings.PASSWORD_RESET_LIMIT,
            settings.PASSWORD_RESET_WINDOW_SECONDS,
            target=email.casefold(),
            target_limit=settings.PASSWORD_RESET_EMAIL_LIMIT,
        ):
            SecurityEvent.objects.record(self.request, SecurityEvent.Kind.PASSWORD_RESET_LIMITED)
            return too_many_requests(self.request, settings.PASSWORD_RESET_WINDOW_SECONDS)
        users = list(form.get_users(email))
        SecurityEvent.objects.record(
            self.request,
            SecurityEvent.Kind.PASSWORD_RESET_REQUESTED,
            user=users[0] if len(users) == 1 else None,
            accounts=len(users),
        )
        for user in users:
            send_password_reset_email.enqueue(
                user.pk,
                self.request.get_host(),
                self.request.is_secure(),
                translation.get_language() or settings.LANGUAGE_CODE,
            )
        return HttpResponseRedirect(self.get_success_url())
