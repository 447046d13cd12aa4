"""Clerk acts on a certificate in the admin: accept, revoke, reissue, download the PDF.

Certificates are fetched through the clerk's office scope, so another office's certificate is 404;
the acts are the action classes (`AcceptCertificateAction` and the others), which check the user's
permission on this certificate again, act, log and signal.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts.models import SecurityEvent
from accounts.reauth import reauthentication_required

from ..actions import (
    AcceptCertificateAction,
    CertificatePermissionError,
    CertificateRefused,
    ReissueCertificateAction,
    RevokeCertificateAction,
)
from ..forms import RevokeForm
from ..models import Certificate
from ..pdf import certificate_pdf, pdf_filename
from ..permissions import certificates_checker
from ..scoping import certificates_for_user


def _scoped(request: HttpRequest, pk: int) -> Certificate:
    return get_object_or_404(certificates_for_user(request.user), pk=pk)


def _back(certificate: Certificate) -> str:
    return reverse("applications:edit", args=[certificate.assignment.application_id])


@never_cache
@certificates_checker.require("accept")
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page (the edit form cannot hold a second form), then the one-time accept."""
    certificate = _scoped(request, pk)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "registry_offices/admin/confirm.html",
            {
                "page_title": _("Accept the certificate"),
                "message": _(
                    "Accept certificate %(code)s of %(names)s at the registration? A certificate "
                    "is accepted once only."
                )
                % {
                    "code": certificate.display_code,
                    "names": f"{certificate.holder_1} & {certificate.holder_2}",
                },
                "form": None,
                "submit_label": _("Accept"),
                "edit_url": _back(certificate),
            },
        )
    try:
        AcceptCertificateAction(certificate, request.user).execute()
    except (CertificateRefused, CertificatePermissionError) as refusal:
        messages.error(request, str(refusal))
    else:
        SecurityEvent.objects.record(
            request, SecurityEvent.Kind.CERTIFICATE_ACCEPTED, certificate=certificate.pk
        )
        messages.success(
            request,
            _("Certificate %(code)s accepted.") % {"code": certificate.display_code},
        )
    return redirect(_back(certificate))


@never_cache
@certificates_checker.require("change")
@reauthentication_required
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _scoped(request, pk)
    form = RevokeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            RevokeCertificateAction(
                certificate, request.user, reason=form.cleaned_data["reason"]
            ).execute()
        except (CertificateRefused, CertificatePermissionError) as refusal:
            messages.error(request, str(refusal))
        else:
            SecurityEvent.objects.record(
                request, SecurityEvent.Kind.CERTIFICATE_REVOKED, certificate=certificate.pk
            )
            messages.success(request, _("The certificate was revoked."))
        return redirect(_back(certificate))
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Revoke the certificate"),
            "message": _(
                "Revoke certificate %(code)s? The verify page will say it is revoked, and it "
                "cannot be accepted."
            )
            % {"code": certificate.display_code},
            "form": form,
            "submit_label": _("Revoke"),
            "destructive": True,
            "edit_url": _back(certificate),
        },
    )


@never_cache
@certificates_checker.require("change")
@reauthentication_required
def reissue(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _scoped(request, pk)
    if request.method == "POST":
        try:
            new = ReissueCertificateAction(certificate, request.user).execute()
        except (CertificateRefused, CertificatePermissionError) as refusal:
            messages.error(request, str(refusal))
        else:
            SecurityEvent.objects.record(
                request,
                SecurityEvent.Kind.CERTIFICATE_REISSUED,
                certificate=certificate.pk,
                replacement=new.pk,
            )
            messages.success(
                request,
                _("A new certificate %(new)s replaces %(old)s.")
                % {"new": new.display_code, "old": certificate.display_code},
            )
        return redirect(_back(certificate))
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Reissue the certificate"),
            "message": _(
                "Reissue certificate %(code)s with the partners' names as they are now in the "
                "application (after a correction)? The old code will answer “replaced”."
            )
            % {"code": certificate.display_code},
            "form": None,
            "submit_label": _("Reissue"),
            "edit_url": _back(certificate),
        },
    )


@never_cache
@certificates_checker.require("view")
def download(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _scoped(request, pk)
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(certificate)}"'
    return response
