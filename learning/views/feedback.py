"""The survey after the course, for partners (/learn/feedback/) and self-paced learners
(/learn/self/<course id>/feedback/): refused with a clear message before finishing or twice."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from courses.models import CoursePage
from home.private import private_page
from registry_offices.models import PartnerAccess

from .. import feedback
from ..access import needs_access
from ..forms import FeedbackForm
from ..models import Enrollment, FeedbackReceipt
from .self_paced import needs_learner


def _survey(
    request: HttpRequest, course: CoursePage, enrollment: Enrollment, back: str
) -> HttpResponse:
    refusal = None
    if enrollment.completed_at is None:
        refusal = _("The survey opens once you have finished the course.")
    elif FeedbackReceipt.objects.filter(enrollment=enrollment).exists():
        refusal = _("You have already answered the survey. Thank you!")
    if refusal:
        messages.error(request, refusal)
        return redirect(back)
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            feedback.submit(enrollment, form.cleaned_data)
        except feedback.FeedbackRefused as refused:
            messages.error(request, str(refused))
            return redirect(back)
        messages.success(request, _("Thank you for your answers!"))
        return redirect(back)
    context = {
        "page_title": _("How was the course?"),
        "course": course.in_language(translation.get_language()),
        "form": form,
        "back": back,
    }
    return render(request, "learning/feedback.html", context, status=400 if form.errors else 200)


@private_page
@needs_access
def partner_feedback(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    course = access.assignment.course
    enrollment = Enrollment.objects.for_learner(course, access.learner_key)
    return _survey(request, course, enrollment, reverse("learning:course"))


@private_page
@needs_learner
def self_feedback(request: HttpRequest, course, learner, enrollment) -> HttpResponse:
    return _survey(request, course, enrollment, reverse("learning:self_course", args=[course.pk]))
