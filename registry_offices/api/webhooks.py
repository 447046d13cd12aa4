"""A client's webhook subscriptions (scope `webhooks:manage`): events of its own offices only."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Header, Path, Router

from ..models import Scope, WebhookSubscription
from . import idempotency
from .auth import ClientAuth
from .problems import Problem, validation_problem
from .schemas import ProblemOut, SubscriptionCreated, SubscriptionIn, SubscriptionOut

router = Router(tags=["webhooks"])
MANAGE = ClientAuth(Scope.WEBHOOKS_MANAGE)
ERRORS = {code: ProblemOut for code in (400, 401, 403, 404, 409, 413, 422, 429)}


def _out(subscription: WebhookSubscription) -> dict:
    return {
        "id": subscription.pk,
        "url": subscription.url,
        "events": subscription.events,
        "active": subscription.active,
        "created_at": subscription.created_at,
    }


@router.get(
    "/webhooks",
    response={200: list[SubscriptionOut], **ERRORS},
    auth=[MANAGE],
    url_name="webhook_list",
)
def list_subscriptions(request: HttpRequest):
    return [_out(s) for s in request.registry_client.subscriptions.all()]


@router.post(
    "/webhooks",
    response={201: SubscriptionCreated, 200: SubscriptionCreated, **ERRORS},
    auth=[MANAGE],
    url_name="webhook_create",
)
def subscribe(
    request: HttpRequest,
    payload: SubscriptionIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", max_length=255),
):
    """Subscribe an https (or loopback http) address; the signing secret is returned once."""
    address = urlsplit(payload.url)
    local = address.hostname in ("127.0.0.1", "localhost", "::1")
    if (
        address.scheme not in ("https", "http")
        or not address.hostname
        or (address.scheme == "http" and not local)
    ):
        raise validation_problem(
            [{"field": "url", "code": "invalid", "message": _("Give an https:// address.")}]
        )

    made: dict[str, str] = {}

    def act() -> tuple[int, dict]:
        subscription = WebhookSubscription(
            client=request.registry_client, url=payload.url, events=sorted(set(payload.events))
        )
        made["secret"] = subscription.new_secret()
        subscription.save()
        # What the idempotency record keeps: no secret (it is shown once, never stored plain).
        return 201, SubscriptionOut(**_out(subscription)).model_dump(mode="json")

    status, body = idempotency.once(request, act)
    return status, {**body, "secret": made.get("secret", "")}


@router.delete(
    "/webhooks/{int:pk}", response={204: None, **ERRORS}, auth=[MANAGE], url_name="webhook_delete"
)
def unsubscribe(request: HttpRequest, pk: int = Path(..., ge=1)):
    deleted, _rows = request.registry_client.subscriptions.filter(pk=pk).delete()
    if not deleted:
        raise Problem(404, "not-found", _("No such subscription for this client."))
    return 204, None
