"""Login lockout (django-axes): per account and address, and per account from any address.

`AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]` makes axes count failures
both ways; axes has one limit for both, so this handler gives the account-wide count its own,
higher limit (`AXES_ACCOUNT_FAILURE_LIMIT`):

- 5 failures for one account from one address lock that pair for 30 minutes, so an office
  behind one NAT address is not locked out because one person mistyped, and nobody can lock an
  address out of every account;
- 10 failures for one account from all addresses together lock the account for 30 minutes, so
  many addresses cannot take turns guessing one password.

Administrators see the attempts under Settings and can unlock an account (viewsets.py).
"""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


class StaffLockoutHandler(AxesDatabaseHandler):
    """axes' database handler with a separate limit for the account-wide count."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        per_pair, per_account = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_account >= settings.AXES_ACCOUNT_FAILURE_LIMIT:
            return max(per_pair, get_failure_limit(request, credentials))
        return per_pair


def cool_off() -> timedelta:
    return get_cool_off() or timedelta(0)


def recent_attempts(attempts: QuerySet | None = None) -> QuerySet:
    """Attempts still inside the cool-off window (older ones no longer count)."""
    attempts = AccessAttempt.objects.all() if attempts is None else attempts
    return attempts.filter(attempt_time__gte=timezone.now() - cool_off())


def _total(*fields: str) -> Coalesce:
    """Failures inside the cool-off window of the rows that share `fields` with this one."""
    matching = (
        AccessAttempt.objects.filter(
            attempt_time__gte=timezone.now() - cool_off(),
            **{field: OuterRef(field) for field in fields},
        )
        .values(*fields)
        .annotate(total=Sum("failures_since_start"))
        .values("total")
    )
    return Coalesce(Subquery(matching), 0)


def with_lock_state(attempts: QuerySet) -> QuerySet:
    """Each attempt row with `locked`: whether its account is locked now, from this row's address
    or from everywhere, by the same rule as StaffLockoutHandler."""
    return attempts.annotate(
        pair_failures=_total("username", "ip_address"),
        account_failures=_total("username"),
    ).annotate(
        locked=Q(pair_failures__gte=settings.AXES_FAILURE_LIMIT)
        | Q(account_failures__gte=settings.AXES_ACCOUNT_FAILURE_LIMIT)
    )


def unlock(username: str) -> int:
    """Forget every failed attempt on this account, from every address."""
    return AccessAttempt.objects.filter(username=username).delete()[0]


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """What a locked-out sign-in sees (AXES_LOCKOUT_CALLABLE): the login page's look, translated,
    saying for how long; the same words for an account and an address, so it tells an attacker
    nothing about which limit was reached."""
    minutes = int(cool_off().total_seconds() // 60)
    # Rendered here: AxesMiddleware swaps this in after the view's response was rendered.
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
