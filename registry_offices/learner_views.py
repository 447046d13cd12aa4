"""The partner's pages at /<lang>/learn/: enter the access code, take the lessons, get the certificate.

No account: the code from the clerk's slip is checked once (by its hash, in constant time, rate
limited), then the partner's access id and the code's hash are kept in the session and the browser
is sent to a clean URL, so the code does not stay in the address bar, history or referrers. When the
clerk replaces or cancels the code, the hash no longer matches and the session ends.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses import learning
from courses.blocks import public_question
from courses.models import LessonPage
from home import ratelimit

from . import certificate_services, services
from .models import PartnerAccess
from .pdf import certificate_pdf, pdf_filename

SESSION_KEY = "registry_offices.learner"
CODE_LIMIT = 20  # code attempts per client per window
CODE_WINDOW_SECONDS = 60


class AccessCodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Access code"),
        max_length=200,
        strip=True,
        help_text=gettext_lazy("It is printed on the slip the registry office gave you."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )


def learner_page(view):
    """Referrers carry the origin only (the first URL may have carried the code) and personal pages
    are not cached. Not "no-referrer": browsers then send `Origin: null` with the quiz forms and
    Django's CSRF check rightly refuses them."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "strict-origin"
        response["Cache-Control"] = "private, no-store"
        return response

    return never_cache(wrapped)


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
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        access = current_access(request)
        if access is None:
            if request.method == "POST" and request.path.endswith("/heartbeat/"):
                return JsonResponse({"error": "session"}, status=403)
            messages.info(request, _("Enter your access code to continue your course."))
            return redirect("learn_start")
        request.learner_access = access
        return view(request, access, *args, **kwargs)

    return wrapped


def _sign_in(request: HttpRequest, access: PartnerAccess) -> None:
    request.session.cycle_key()  # a new session id: nothing from before the code carries over
    request.session[SESSION_KEY] = {"id": access.pk, "hash": access.code_hash}


def _too_many(request: HttpRequest) -> HttpResponse:
    response = ratelimit.too_many_requests(request)
    response["Retry-After"] = str(CODE_WINDOW_SECONDS)
    return response


@learner_page
def start(request: HttpRequest) -> HttpResponse:
    """The code form; ?code=… from the slip's link or QR is checked and then dropped from the URL."""
    raw = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
    form = AccessCodeForm(request.POST if request.method == "POST" else None)
    if raw is not None:
        if not ratelimit.allow(request, "learn-code", CODE_LIMIT, CODE_WINDOW_SECONDS):
            return _too_many(request)
        access = services.find_access(raw.strip())
        if access is not None:
            _sign_in(request, access)
            return redirect("learn_course")
        form = AccessCodeForm(data={"code": ""})
        form.is_valid()
        form.errors.clear()
        form.add_error(
            None,
            _(
                "This code does not work. Check it against your slip; if it still does not "
                "work, ask your registry office for a new one."
            ),
        )
    elif current_access(request) is not None:
        return redirect("learn_course")
    return render(
        request,
        "registry_offices/learn/start.html",
        {"form": form, "page_title": _("Start your course")},
        status=400 if raw is not None else 200,
    )


@require_POST
@learner_page
def leave(request: HttpRequest) -> HttpResponse:
    request.session.flush()
    return redirect("learn_start")


def _course_context(request: HttpRequest, access: PartnerAccess) -> dict:
    """Everything the course and lesson pages share, in a fixed number of queries."""
    language = translation.get_language()
    assignment = access.assignment
    course = assignment.course
    lessons = course.lessons()
    shown = learning.translated_lessons(lessons, language, defer_body=True)
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    other = next((a for a in accesses if a.pk != access.pk), None)
    keys = [access.learner_key] + ([other.learner_key] if other else [])
    lesson_ids = [lesson.pk for lesson in lessons]
    progress = learning.progress_for_many(course, keys, lesson_ids)
    mine = progress[access.learner_key]
    items = [
        {
            "lesson": lesson,
            "shown": shown[lesson.pk],
            "number": index,
            "done": lesson.pk in mine.done_lesson_ids,
            "url": reverse("learn_lesson", args=[lesson.pk]),
        }
        for index, lesson in enumerate(lessons, start=1)
    ]
    next_item = next((item for item in items if not item["done"]), None)
    return {
        "access": access,
        "assignment": assignment,
        "course": learning.translated_course(course, language),
        "items": items,
        "mine": mine,
        "partner_progress": progress.get(other.learner_key) if other else None,
        "next_item": next_item,
        "heartbeat_seconds": learning.HEARTBEAT_SECONDS,
    }


def _touch(access: PartnerAccess) -> learning.Enrollment:
    enrollment = learning.enrollment_for(access.assignment.course, access.learner_key)
    learning.record_study_time(enrollment)
    certificate_services.mark_started(access)
    return enrollment


@learner_page
@needs_access
def course(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    enrollment = _touch(access)
    learning.check_finished(enrollment)
    context = _course_context(request, access)
    context["certificate"] = certificate_services.current_certificate(access.assignment)
    context["page_title"] = context["course"].title
    return render(request, "registry_offices/learn/course.html", context)


def _lesson_or_404(access: PartnerAccess, lesson_id: int) -> LessonPage:
    lesson = (
        LessonPage.objects.child_of(access.assignment.course)
        .live()
        .filter(pk=lesson_id)
        .defer("body")
        .first()
    )
    if lesson is None:
        raise Http404
    return lesson


def _shown_lesson(lesson: LessonPage, course_language: str) -> LessonPage:
    """The lesson in the active language, with its body (the one the learner reads and answers)."""
    language = translation.get_language()
    if course_language != language:
        translated = (
            LessonPage.objects.live()
            .filter(translation_key=lesson.translation_key, locale__language_code=language)
            .first()
        )
        if translated is not None:
            return translated
    return LessonPage.objects.get(pk=lesson.pk)


def _quiz_forms(shown: LessonPage, outcome=None, posted: dict | None = None) -> list[dict]:
    """Each quiz as the form shows it: questions and choices, never the correct flags.

    After a submission, each question also says whether it was answered right and its explanation.
    """
    result_by_question = (
        {q.question_id: q for q in outcome.result.questions} if outcome is not None else {}
    )
    quizzes = []
    for block in shown.body:
        if block.block_type != "quiz":
            continue
        questions = []
        for child in block.value["questions"].bound_blocks:
            question = {"id": child.id, **public_question(child.value)}
            chosen = set((posted or {}).get(child.id, []))
            for choice in question["choices"]:
                choice["checked"] = choice["id"] in chosen
            result = result_by_question.get(child.id)
            if result is not None and outcome.attempt.quiz_id == block.id:
                question["answered_right"] = result.correct
                question["explanation"] = result.explanation
            questions.append(question)
        quizzes.append({"id": block.id, "value": block.value, "questions": questions})
    return quizzes


def _answers_from(request: HttpRequest, shown: LessonPage, quiz_id: str) -> dict[str, list[str]]:
    answers = {}
    for block in shown.body:
        if block.block_type == "quiz" and block.id == quiz_id:
            for child in block.value["questions"].bound_blocks:
                picked = [value for value in request.POST.getlist(f"q-{child.id}") if value]
                if picked:
                    answers[child.id] = picked[:20]
    return answers


@learner_page
@needs_access
def lesson(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    lesson_page = _lesson_or_404(access, lesson_id)
    enrollment = _touch(access)
    shown = _shown_lesson(lesson_page, access.assignment.course.locale.language_code)
    outcome = None
    posted: dict[str, list[str]] = {}
    if request.method == "POST":
        quiz_id = request.POST.get("quiz", "")[:64]
        posted = _answers_from(request, shown, quiz_id)
        outcome = learning.submit_quiz(enrollment, lesson_page, shown, quiz_id, posted)
        if outcome is None:
            raise Http404
    learning.Enrollment.objects.filter(pk=enrollment.pk).update(last_lesson=lesson_page)
    context = _course_context(request, access)
    items = context["items"]
    index = next(i for i, item in enumerate(items) if item["lesson"].pk == lesson_page.pk)
    context.update(
        lesson=lesson_page,
        shown=shown,
        item=items[index],
        previous_item=items[index - 1] if index > 0 else None,
        following_item=items[index + 1] if index + 1 < len(items) else None,
        quizzes=_quiz_forms(shown, outcome, posted),
        outcome=outcome,
        has_quiz=any(block.block_type == "quiz" for block in shown.body),
        page_title=shown.title,
    )
    return render(request, "registry_offices/learn/lesson.html", context)


@require_POST
@learner_page
@needs_access
def lesson_done(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    lesson_page = LessonPage.objects.child_of(access.assignment.course).live().filter(pk=lesson_id)
    lesson_page = lesson_page.first()
    if lesson_page is None:
        raise Http404
    enrollment = _touch(access)
    if not learning.mark_lesson_done(enrollment, lesson_page):
        messages.error(request, _("This lesson is finished by passing its quiz."))
        return redirect("learn_lesson", lesson_id=lesson_id)
    messages.success(request, _("Lesson marked as done."))
    following = (
        LessonPage.objects.child_of(access.assignment.course)
        .live()
        .filter(path__gt=lesson_page.path)
        .order_by("path")
        .values_list("pk", flat=True)
        .first()
    )
    if following:
        return redirect("learn_lesson", lesson_id=following)
    return redirect("learn_course")


@require_POST
@learner_page
@needs_access
def heartbeat(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    """Sent by a visible lesson tab every 30 s; credits at most 45 s of study a time."""
    enrollment = learning.enrollment_for(access.assignment.course, access.learner_key)
    learning.record_study_time(enrollment)
    learning.check_finished(enrollment)
    course = access.assignment.course
    return JsonResponse(
        {
            "minutes": enrollment.study_seconds // 60,
            "minutes_left": max(0, course.min_study_minutes - enrollment.study_seconds // 60),
        }
    )


@learner_page
@needs_access
def certificate_download(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    certificate = certificate_services.current_certificate(access.assignment)
    if certificate is None:
        raise Http404
    pdf = certificate_pdf(certificate, translation.get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(certificate)}"'
    return response
