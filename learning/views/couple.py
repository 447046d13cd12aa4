"""The partner's pages at /<lang>/learn/: enter the access code, take the lessons, get the
certificate. Who the partner is comes from `learning.access`."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates.models import Certificate
from certificates.pdf import certificate_pdf, pdf_filename
from courses.models import LessonPage
from home.private import private_page
from registry_offices.models import PartnerAccess

from ..access import current_access, needs_access, sign_in
from ..forms import AccessCodeForm
from ..models import Enrollment
from .lessons import finish_lesson, lesson_or_404, show_lesson
from .shared import code_guess_refused, course_context, finished_now, heartbeat_answer

# That a code from a link did not work, kept until the form says so at the clean address. Only the
# fact: a session row never holds a code (one that almost works is nearly a secret).
REFUSED_FROM_LINK_KEY = "learning.refused_from_link"


def _lesson_url(lesson_id: int) -> str:
    return reverse("learning:lesson", args=[lesson_id])


@private_page
def start(request: HttpRequest) -> HttpResponse:
    """The code form. The slip's link and QR carry the code after `#` (never sent to the server):
    static/js/code-link.js posts it from the form. ?code=… links of older slips are checked and
    then dropped from the URL."""
    raw = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
    if raw is None:
        if current_access(request) is not None:
            return redirect("learning:course")
        if request.session.pop(REFUSED_FROM_LINK_KEY, False):
            return _start_page(request, AccessCodeForm.refused(), status=400)
        return _start_page(request, AccessCodeForm(), status=200)
    refused = code_guess_refused(request, "learn-code", raw)
    if refused is not None:
        return refused
    access = PartnerAccess.objects.find_usable(raw.strip())
    if access is not None:
        sign_in(request, access)
        return redirect("learning:course")
    if request.method == "GET":  # from a link: show the refusal at the clean address
        request.session[REFUSED_FROM_LINK_KEY] = True
        return redirect("learning:start")
    return _start_page(request, AccessCodeForm.refused(raw.strip()[:200]), status=400)


def _start_page(request: HttpRequest, form: AccessCodeForm, status: int) -> HttpResponse:
    context = {"form": form, "page_title": _("Start your course")}
    return render(request, "learning/start.html", context, status=status)


@require_POST
@private_page
def leave(request: HttpRequest) -> HttpResponse:
    request.session.flush()
    return redirect("learning:start")


def _course_context(access: PartnerAccess) -> dict:
    """The course pages' context with the partner's progress beside the learner's own."""
    assignment = access.assignment
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    other = next((a for a in accesses if a.pk != access.pk), None)
    keys = [access.learner_key] + ([other.learner_key] if other else [])
    context, progress = course_context(assignment.course, keys, _lesson_url)
    context.update(
        access=access,
        assignment=assignment,
        partner_progress=progress.get(other.learner_key) if other else None,
        course_url=reverse("learning:course"),
        heartbeat_url=reverse("learning:heartbeat"),
    )
    return context


def _touch(access: PartnerAccess, opened: LessonPage | None = None) -> Enrollment:
    """Every page the learner opens: enrolled, study time credited (and the lesson being read
    remembered), the assignment started."""
    enrollment = Enrollment.objects.for_learner(access.assignment.course, access.learner_key)
    enrollment.record_study_time(opened=opened)
    access.assignment.start()
    return enrollment


@private_page
@needs_access
def course(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    enrollment = _touch(access)
    context = _course_context(access)
    if finished_now(enrollment, context["mine"]):
        context = _course_context(access)
    context["certificate"] = Certificate.objects.current_for(access.assignment)
    context["page_title"] = context["course"].title
    return render(request, "learning/course.html", context)


@private_page
@needs_access
def lesson(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    lesson_page = lesson_or_404(access.assignment.course, lesson_id)
    enrollment = _touch(access, opened=lesson_page if request.method != "POST" else None)
    return show_lesson(
        request,
        enrollment,
        lesson_page,
        _lesson_url(lesson_page.pk),
        reverse("learning:lesson_done", args=[lesson_page.pk]),
        lambda: _course_context(access),
    )


@require_POST
@private_page
@needs_access
def lesson_done(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    course_page = access.assignment.course
    lesson_page = lesson_or_404(course_page, lesson_id)  # does it have a quiz?
    enrollment = _touch(access)
    return finish_lesson(
        request, enrollment, course_page, lesson_page, _lesson_url, reverse("learning:course")
    )


@require_POST
@private_page
@needs_access
def heartbeat(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    course_page = access.assignment.course
    enrollment = Enrollment.objects.for_learner(course_page, access.learner_key)
    return heartbeat_answer(enrollment, course_page)


@private_page
@needs_access
def certificate_download(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    certificate = Certificate.objects.current_for(access.assignment)
    if certificate is None:
        raise Http404
    pdf = certificate_pdf(certificate, translation.get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(certificate)}"'
    return response
