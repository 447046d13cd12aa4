"""Assigning a course, printing the slips, replacing a lost code, cancelling.

Fresh access codes wait, encrypted, in `PendingCode` until the slip page shows them (once) or the
e-mail task sends them; never in the clerk's session.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ..forms import AssignCourseForm, SendEmailForm
from ..models import AssignmentRefused, CourseAssignment, PartnerAccess, PendingCode
from ..models.assignments import COMPLETED_MESSAGE
from ..permissions import assignments_checker
from ..scoping import applications_for_user, assignments_for_user
from ..slips import build_slip, site_base_url
from ..tasks import send_slip_email


def _email_codes(accesses: list[PartnerAccess], codes: dict[int, str], user) -> int:
    sent = 0
    for access in accesses:
        code = codes.get(access.partner_id)
        if code and access.partner.email:
            pending = PendingCode.objects.keep(access, code, PendingCode.Purpose.EMAIL, user)
            send_slip_email.enqueue(pending.pk, site_base_url())
            sent += 1
    return sent


def _edit_url(application_id: int) -> str:
    return reverse("applications:edit", args=[application_id])


@never_cache
@assignments_checker.require("add")
def assign_course(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        applications_for_user(request.user).select_related("office"), pk=pk
    )
    form = AssignCourseForm(
        request.POST if request.method == "POST" else None, application=application
    )
    if request.method == "POST" and form.is_valid():
        try:
            issued = CourseAssignment.objects.assign(
                application,
                form.cleaned_data["course"],
                form.cleaned_data["due_date"],
                request.user,
            )
        except AssignmentRefused as refusal:
            # A double submit (or a certificate issued meanwhile): say so on the application.
            messages.error(request, str(refusal))
            return redirect(_edit_url(application.pk))
        accesses = list(issued.assignment.accesses.select_related("partner"))
        PendingCode.objects.keep_for_slips(accesses, issued.codes, request.user)
        if form.cleaned_data["send_email"]:
            sent = _email_codes(accesses, issued.codes, request.user)
            messages.success(request, _("Slips e-mailed: %(count)s.") % {"count": sent})
        messages.success(
            request, _("Course assigned. Print the slips now: the codes are shown once.")
        )
        return redirect("applications:slips", pk=issued.assignment.pk)
    return TemplateResponse(
        request,
        "registry_offices/admin/assign_course.html",
        {
            "application": application,
            "form": form,
            "page_title": _("Assign a course"),
            "edit_url": _edit_url(application.pk),
        },
    )


def _scoped_assignment(request: HttpRequest, pk: int) -> CourseAssignment:
    return get_object_or_404(
        assignments_for_user(request.user).select_related("course", "application__office"),
        pk=pk,
    )


@never_cache
@assignments_checker.require("view")
def slips(request: HttpRequest, pk: int) -> HttpResponse:
    """Both partners' slips, each in its partner's language; codes appear on the first view only."""
    assignment = _scoped_assignment(request, pk)
    codes = PendingCode.objects.take_for_slips(assignment.pk, request.user)
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    slip_list = [
        build_slip(assignment, access.partner, codes.get(access.partner_id)) for access in accesses
    ]
    response = TemplateResponse(
        request,
        "registry_offices/admin/slips.html",
        {
            "assignment": assignment,
            "application": assignment.application,
            "slips": slip_list,
            "accesses": accesses,
            "has_codes": any(slip.code for slip in slip_list),
            "edit_url": _edit_url(assignment.application_id),
            "page_title": _("Slips"),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@assignments_checker.require("change")
def regenerate_code(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_object_or_404(
        PartnerAccess.objects.filter(
            assignment__in=assignments_for_user(request.user)
        ).select_related("assignment__application", "assignment__course", "partner"),
        pk=pk,
    )
    if access.assignment.is_cancelled:
        raise Http404
    form = SendEmailForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        code = access.regenerate_code(request.user)
        PendingCode.objects.keep_for_slips([access], {access.partner_id: code}, request.user)
        if form.cleaned_data["send_email"]:
            _email_codes([access], {access.partner_id: code}, request.user)
        messages.success(request, _("A new code was made; the old one no longer works."))
        return redirect("applications:slips", pk=access.assignment_id)
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Replace a lost access code"),
            "message": _(
                "Partner %(position)s gets a new access code for this course; the old code stops "
                "working at once. Their progress is kept."
            )
            % {"position": access.partner.position},
            "form": form,
            "submit_label": _("Make a new code"),
            "edit_url": _edit_url(access.assignment.application_id),
        },
    )


@never_cache
@assignments_checker.require("change")
def cancel_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _scoped_assignment(request, pk)
    if assignment.is_cancelled:
        raise Http404
    if not assignment.can_cancel:
        messages.error(request, str(COMPLETED_MESSAGE))
        return redirect(_edit_url(assignment.application_id))
    if request.method == "POST":
        try:
            assignment.cancel(request.user)
        except AssignmentRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(_edit_url(assignment.application_id))
        messages.success(request, _("The assignment was cancelled; its codes no longer work."))
        return redirect(_edit_url(assignment.application_id))
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Cancel the course assignment"),
            "message": _(
                "Cancel the course “%(course)s” for this couple? Both access codes stop working."
            )
            % {"course": assignment.course.title},
            "form": None,
            "submit_label": _("Cancel the assignment"),
            "destructive": True,
            "edit_url": _edit_url(assignment.application_id),
        },
    )
