"""The knowledge check's pages, for partners (/learn/check/<phase>/) and self-paced learners
(/learn/self/<course id>/check/<phase>/): the questions, then the score on the course page."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from courses.models import CoursePage
from home.private import private_page
from registry_offices.models import PartnerAccess

from .. import checks
from ..access import needs_access
from ..models import Enrollment
from .self_paced import needs_learner


def _take(
    request: HttpRequest, course: CoursePage, enrollment: Enrollment, phase: str, back: str
) -> HttpResponse:
    shown = course.in_language(translation.get_language())
    if not shown.knowledge_check:  # a translation saved before the check was written
        shown = course
    try:
        checks.check_allowed(course, enrollment, phase)
    except checks.CheckRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(back)
    if request.method == "POST":
        try:
            taken = checks.submit(
                enrollment, shown, phase, checks.posted_answers(request.POST, shown)
            )
        except checks.CheckRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(back)
        messages.success(
            request,
            _("Thank you. Your score: %(score)s%% (%(right)s of %(total)s).")
            % {
                "score": taken.score_percent,
                "right": taken.correct_count,
                "total": taken.question_count,
            },
        )
        return redirect(back)
    context = {
        "page_title": _("Knowledge check before the course")
        if phase == checks.Phase.BEFORE
        else _("Knowledge check after the course"),
        "course": shown,
        "phase": phase,
        "questions": checks.questions(shown),
        "back": back,
    }
    return render(request, "learning/knowledge_check.html", context)


@private_page
@needs_access
def partner_check(request: HttpRequest, access: PartnerAccess, phase: str) -> HttpResponse:
    if phase not in checks.Phase.values:
        raise Http404
    course = access.assignment.course
    enrollment = Enrollment.objects.for_learner(course, access.learner_key)
    enrollment.course = course
    return _take(request, course, enrollment, phase, reverse("learning:course"))


@private_page
@needs_learner
def self_check(request: HttpRequest, course, learner, enrollment, phase: str) -> HttpResponse:
    if phase not in checks.Phase.values:
        raise Http404
    return _take(
        request, course, enrollment, phase, reverse("learning:self_course", args=[course.pk])
    )
