"""Who the learner is: a couple's partner signed in with the access code from their slip.

No account: the code is checked once (by its hash, in constant time, rate limited), then the
partner's access id and the code's hash are kept in the session and the browser is sent to a clean
URL, so the code does not stay in the address bar, history or referrers. When the clerk replaces or
cancels the code, the hash no longer matches and the session ends.
"""

from functools import wraps

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from registry_offices.models import PartnerAccess

SESSION_KEY = "registry_offices.learner"


def current_access(request: HttpRequest) -> PartnerAccess | None:
    """The partner of this session, while their code still works."""
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return None
    access = (
        PartnerAccess.objects.select_related(
            "assignment__application__office", "assignment__course__locale", "partner"
        )
        .filter(pk=stored.get("id"), code_hash=stored.get("hash", ""))
        .first()
    )
    if access is None or not access.is_usable():
        request.session.pop(SESSION_KEY, None)
        return None
    return access


def needs_access(view):
    """The view gets the partner's access, or the browser goes to the code form."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        access = current_access(request)
        if access is None:
            if request.method == "POST" and request.path.endswith("/heartbeat/"):
                return JsonResponse({"error": "session"}, status=403)
            messages.info(request, _("Enter your access code to continue your course."))
            return redirect("learning:start")
        return view(request, access, *args, **kwargs)

    return wrapped


def sign_in(request: HttpRequest, access: PartnerAccess) -> None:
    request.session.cycle_key()  # a new session id: nothing from before the code carries over
    request.session[SESSION_KEY] = {"id": access.pk, "hash": access.code_hash}
