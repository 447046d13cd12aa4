"""The self-paced learner's pages at /<lang>/learn/self/<course id>/: no account, no code.

Who the learner is comes from the browser's signed cookie (`learning.selfpaced`); quizzes,
finishing and study time go through the same lesson views and `journey.py` as a partner's do.
"""

from __future__ import annotations

from functools import partial, wraps

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CoursePage
from home import ratelimit
from home.private import private_page
from home.routing import public_pages

from .. import selfpaced
from ..forms import CompletionNameForm, ResumeCodeForm
from ..models import Enrollment, SelfPacedLearner
from .lessons import finish_lesson, lesson_or_404, show_lesson
from .shared import code_guess_refused, course_context, finished_now, heartbeat_answer

# Starting makes a row: a client may start this many courses an hour (a person needs a few).
START_LIMIT = 30
START_WINDOW_SECONDS = 3600
# Resume codes are guessed like access codes: per client, and per first group from everyone.
RESUME_TARGET_LIMIT = 60


def _course_or_404(course_id: int) -> CoursePage:
    course = (
        public_pages(CoursePage.objects.live())
        .filter(pk=course_id, self_paced=True)
        .select_related("locale")
        .first()
    )
    if course is None:
        raise Http404
    return course


def _lesson_url(course: CoursePage, lesson_id: int) -> str:
    return reverse("learning:self_lesson", args=[course.pk, lesson_id])


def needs_learner(view):
    """The view gets the course, the learner and their enrolment; a browser without them goes to
    the course's start page."""

    @wraps(view)
    def wrapped(request: HttpRequest, course_id: int, *args, **kwargs) -> HttpResponse:
        course = _course_or_404(course_id)
        learner = selfpaced.current_learner(request)
        enrollment = (
            Enrollment.objects.filter(course=course, learner_key=learner.learner_key).first()
            if learner
            else None
        )
        if enrollment is None:
            if request.path.endswith("/heartbeat/"):
                return JsonResponse({"error": "not started"}, status=403)
            return redirect("learning:self_course", course_id=course.pk)
        enrollment.course = course
        return view(request, course, learner, enrollment, *args, **kwargs)

    return wrapped


def _context(course: CoursePage, learner: SelfPacedLearner) -> dict:
    """What the course and lesson pages share, in a fixed number of queries."""
    context, _progress = course_context(
        course,
        [learner.learner_key],
        partial(_lesson_url, course),
    )
    context.update(
        course_id=course.pk,
        # The knowledge check's offer reads the course of the enrolment and the learner's key.
        source_course=course,
        learner_key=learner.learner_key,
        course_url=reverse("learning:self_course", args=[course.pk]),
        heartbeat_url=reverse("learning:self_heartbeat", args=[course.pk]),
        self_paced=True,
    )
    return context


@private_page
def course(request: HttpRequest, course_id: int) -> HttpResponse:
    """Start (POST) or continue the course; a browser that has not started it sees the start page."""
    course_page = _course_or_404(course_id)
    learner = selfpaced.current_learner(request)
    if request.method == "POST":
        if learner is None and not ratelimit.allow(
            request, "learn-self-start", START_LIMIT, START_WINDOW_SECONDS
        ):
            return ratelimit.too_many_requests(request, START_WINDOW_SECONDS)
        learner, _new = selfpaced.start(course_page, learner)
        response = redirect("learning:self_course", course_id=course_page.pk)
        return selfpaced.remember(response, learner)
    enrollment = (
        Enrollment.objects.filter(course=course_page, learner_key=learner.learner_key).first()
        if learner
        else None
    )
    if enrollment is None:
        context = {
            "course": course_page.in_language(translation.get_language()),
            "course_id": course_page.pk,
            "form": ResumeCodeForm(),
            "page_title": _("Start this course"),
        }
        return render(request, "learning/selfpaced_start.html", context)
    enrollment.course = course_page
    enrollment.record_study_time()
    context = _context(course_page, learner)
    if finished_now(enrollment, context["mine"]):
        context = _context(course_page, learner)
    context["page_title"] = context["course"].title
    return render(request, "learning/selfpaced_course.html", context)


@private_page
@needs_learner
def lesson(
    request: HttpRequest,
    course_page: CoursePage,
    learner: SelfPacedLearner,
    enrollment: Enrollment,
    lesson_id: int,
) -> HttpResponse:
    lesson_page = lesson_or_404(course_page, lesson_id)
    enrollment.record_study_time(opened=lesson_page if request.method != "POST" else None)
    return show_lesson(
        request,
        enrollment,
        lesson_page,
        _lesson_url(course_page, lesson_page.pk),
        reverse("learning:self_lesson_done", args=[course_page.pk, lesson_page.pk]),
        lambda: _context(course_page, learner),
    )


@require_POST
@private_page
@needs_learner
def lesson_done(
    request: HttpRequest, course_page, learner, enrollment, lesson_id: int
) -> HttpResponse:
    lesson_page = lesson_or_404(course_page, lesson_id)
    enrollment.record_study_time()
    return finish_lesson(
        request,
        enrollment,
        course_page,
        lesson_page,
        partial(_lesson_url, course_page),
        reverse("learning:self_course", args=[course_page.pk]),
    )


@require_POST
@private_page
@needs_learner
def heartbeat(
    request: HttpRequest, course_page: CoursePage, learner: SelfPacedLearner, enrollment: Enrollment
) -> HttpResponse:
    return heartbeat_answer(enrollment, course_page)


@require_POST
@private_page
@needs_learner
def resume_code(
    request: HttpRequest, course_page: CoursePage, learner: SelfPacedLearner, enrollment: Enrollment
) -> HttpResponse:
    """A new resume code, shown once on this response (only its keyed hash is kept)."""
    code = selfpaced.issue_resume_code(learner)
    context = {
        "course": course_page.in_language(translation.get_language()),
        "course_url": reverse("learning:self_course", args=[course_page.pk]),
        "code": code,
        "page_title": _("Your resume code"),
    }
    return render(request, "learning/selfpaced_resume_code.html", context)


@require_POST
@private_page
def leave(request: HttpRequest, course_id: int) -> HttpResponse:
    """Forget this browser (on a shared device): the progress stays, reachable by resume code."""
    response = redirect("learning:self_course", course_id=course_id)
    return selfpaced.forget(response)


@private_page
def resume(request: HttpRequest) -> HttpResponse:
    """Continue on this device with a resume code: the browser is tied to the same learner."""
    if request.method != "POST":
        context = {"form": ResumeCodeForm(), "page_title": _("Continue with a resume code")}
        return render(request, "learning/selfpaced_resume.html", context)
    form = ResumeCodeForm(request.POST)
    raw = request.POST.get("code", "")
    refused = code_guess_refused(request, "learn-resume", raw, RESUME_TARGET_LIMIT)
    if refused is not None:
        return refused
    learner = selfpaced.find_by_resume_code(raw) if form.is_valid() else None
    if learner is None:
        form = ResumeCodeForm(data={"code": raw.strip()[:200]})
        form.full_clean()
        form.errors.pop("code", None)
        form.add_error(
            None,
            _(
                "This resume code does not work. Check it against what you wrote down: it has "
                "13 letters and digits, like K7QM-4XPA-9RTDW. A code stops working when you ask "
                "for a new one."
            ),
        )
        context = {"form": form, "page_title": _("Continue with a resume code")}
        return render(request, "learning/selfpaced_resume.html", context, status=400)
    latest = (
        Enrollment.objects.filter(
            learner_key=learner.learner_key, course__self_paced=True, course__live=True
        )
        .order_by("-last_seen_at")
        .values_list("course_id", flat=True)
        .first()
    )
    messages.success(request, _("Welcome back: your progress is on this device now."))
    if latest is None:
        response = redirect("learning:start")
    else:
        response = redirect("learning:self_course", course_id=latest)
    return selfpaced.remember(response, learner)


@private_page
@needs_learner
def finished(
    request: HttpRequest, course_page: CoursePage, learner: SelfPacedLearner, enrollment: Enrollment
) -> HttpResponse:
    """The completion page, with the certificate of completion to download."""
    if not enrollment.completed_at:
        return redirect("learning:self_course", course_id=course_page.pk)
    context = {
        "course": course_page.in_language(translation.get_language()),
        "course_id": course_page.pk,
        "course_url": reverse("learning:self_course", args=[course_page.pk]),
        "enrollment": enrollment,
        "form": CompletionNameForm(),
        "centres": course_page.centres(),
        "page_title": _("You have finished the course"),
    }
    return render(request, "learning/selfpaced_finished.html", context)


@require_POST
@private_page
@needs_learner
def certificate(request: HttpRequest, course_page, learner, enrollment) -> HttpResponse:
    """The PDF, posted so an optional name never appears in a URL, a log line or a row."""
    if not enrollment.completed_at:
        raise Http404
    form = CompletionNameForm(request.POST)
    name = form.cleaned_data["name"] if form.is_valid() else ""
    pdf = selfpaced.completion_pdf(enrollment, name, translation.get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="certificate-of-completion.pdf"'
    return response
