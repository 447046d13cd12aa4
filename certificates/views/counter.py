"""The clerk's counter: "Check a certificate" (admin home, applications list) and the certificate's
own admin page with its Accept action and the partners' progress.

The code is posted, never put in a URL; the clerk's own office's certificate then opens at its id
(/admin/certificates/<id>/), which says nothing to anyone reading a log. Look-ups are limited per
clerk like the public verify look-ups, so an account cannot be used to sweep codes.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from home import ratelimit
from registry_offices.progress import partner_progress

from ..counter import look_up, status_message
from ..forms import CounterForm
from ..permissions import certificates_checker
from ..scoping import certificates_for_user
from .verify import WINDOW_SECONDS, lookup_limit

# An office's counter computers usually share one public address.
CLERKS_PER_ADDRESS = 10
UNKNOWN_MESSAGE = gettext_lazy(
    "No certificate has this code. Check it letter by letter against the certificate."
)


def _allowed(request: HttpRequest) -> bool:
    """Per clerk, whichever counter computer they use (the target bucket is the clerk), and per
    address with room for an office's clerks behind one address."""
    limit = lookup_limit()
    return ratelimit.allow(
        request,
        "certificate-counter",
        limit * CLERKS_PER_ADDRESS,
        WINDOW_SECONDS,
        target=f"clerk:{request.user.pk}",
        target_limit=limit,
    )


@never_cache
@certificates_checker.require("view")
def check(request: HttpRequest) -> HttpResponse:
    form = CounterForm(
        request.POST if request.method == "POST" else None, request_host=request.get_host()
    )
    context = {"page_title": _("Check a certificate"), "form": form}
    if request.method != "POST":
        return TemplateResponse(request, "certificates/admin/counter.html", context)
    if not _allowed(request):
        return ratelimit.too_many_requests(request, WINDOW_SECONDS)
    if not form.is_valid():
        return TemplateResponse(request, "certificates/admin/counter.html", context, status=400)
    result = look_up(request.user, form.cleaned_data["code"], translation.get_language())
    if not result.found:
        form.add_error("code", str(UNKNOWN_MESSAGE))
        return TemplateResponse(request, "certificates/admin/counter.html", context, status=404)
    if result.own_office:
        return redirect("certificates:detail", pk=result.certificate.pk)
    level, message = status_message(result.certificate)
    context.update(
        other_office=result.public,
        status_level=level,
        status_text=message,
        form=CounterForm(request_host=request.get_host()),
    )
    return TemplateResponse(request, "certificates/admin/counter.html", context)


@never_cache
@certificates_checker.require("view")
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The certificate as the clerk's office sees it: full names, state, Accept, progress."""
    certificate = get_object_or_404(
        certificates_for_user(request.user).select_related("replaced_by", "accepted_by"), pk=pk
    )
    level, message = status_message(certificate)
    assignment = certificate.assignment
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    progress = partner_progress(accesses)
    can_accept = certificate.status() == certificate.State.VALID and not certificate.accepted_at
    return TemplateResponse(
        request,
        "certificates/admin/certificate.html",
        {
            "page_title": _("Certificate %(code)s") % {"code": certificate.display_code},
            "certificate": certificate,
            "application": assignment.application,
            "status_level": level,
            "status_text": message,
            "can_accept": can_accept and request.user.has_perm("certificates.accept_certificate"),
            "partners": [(access.partner, progress.get(access.pk)) for access in accesses],
            "form": CounterForm(request_host=request.get_host()),
        },
    )
