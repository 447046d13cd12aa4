"""The partner's pages at /<lang>/learn/: enter the access code, take the lessons, get the certificate.

Who the partner is comes from `access.py`; what their actions do (quizzes, finishing, the
certificate) from `journey.py`; these views only orchestrate and render.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates.models import Certificate
from certificates.pdf import certificate_pdf, pdf_filename
from courses.blocks import public_question
from courses.models import LessonPage
from courses.quiz import policy as quiz_policy
from home import ratelimit
from registry_offices.codes import ACCESS_CODE_GROUPS, normalise_access_code
from registry_offices.models import PartnerAccess

from . import journey
from .access import current_access, learner_page, needs_access, sign_in
from .forms import AccessCodeForm, quiz_answers
from .models import HEARTBEAT_SECONDS, Enrollment, QuizAttempt
from .progress import progress_for_many

CODE_LIMIT = 20  # code attempts per client per window
CODE_WINDOW_SECONDS = 60
# Attempts at codes sharing their first group (4 characters, read as typed: any case, dashes and
# spaces ignored), from all clients together.
CODE_TARGET_LIMIT = 60
CODE_TARGET_PREFIX = ACCESS_CODE_GROUPS[0]
# That a code from a link did not work, kept until the form says so at the clean address. Only the
# fact: a session row never holds a code (one that almost works is nearly a secret).
REFUSED_FROM_LINK_KEY = "learning.refused_from_link"


@learner_page
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
    if not ratelimit.allow(
        request,
        "learn-code",
        CODE_LIMIT,
        CODE_WINDOW_SECONDS,
        target=normalise_access_code(raw)[:CODE_TARGET_PREFIX],
        target_limit=CODE_TARGET_LIMIT,
    ):
        return ratelimit.too_many_requests(request, CODE_WINDOW_SECONDS)
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
@learner_page
def leave(request: HttpRequest) -> HttpResponse:
    request.session.flush()
    return redirect("learning:start")


def _course_context(access: PartnerAccess) -> dict:
    """Everything the course and lesson pages share, in a fixed number of queries."""
    language = translation.get_language()
    assignment = access.assignment
    course = assignment.course
    lessons = course.lessons()
    shown = course.lessons_in(language)
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    other = next((a for a in accesses if a.pk != access.pk), None)
    keys = [access.learner_key] + ([other.learner_key] if other else [])
    progress = progress_for_many(course, keys, [lesson.pk for lesson in lessons])
    mine = progress[access.learner_key]
    items = [
        {
            "lesson": lesson,
            "shown": shown[lesson.pk],
            "number": index,
            "done": lesson.pk in mine.done_lesson_ids,
            "url": reverse("learning:lesson", args=[lesson.pk]),
        }
        for index, lesson in enumerate(lessons, start=1)
    ]
    return {
        "access": access,
        "assignment": assignment,
        "course": course.in_language(language),
        "items": items,
        "mine": mine,
        "partner_progress": progress.get(other.learner_key) if other else None,
        "next_item": next((item for item in items if not item["done"]), None),
        "heartbeat_seconds": HEARTBEAT_SECONDS,
        "course_url": reverse("learning:course"),
        "heartbeat_url": reverse("learning:heartbeat"),
    }


def _touch(access: PartnerAccess, opened: LessonPage | None = None) -> Enrollment:
    """Every page the learner opens: enrolled, study time credited (and the lesson being read
    remembered), the assignment started."""
    enrollment = Enrollment.objects.for_learner(access.assignment.course, access.learner_key)
    enrollment.record_study_time(opened=opened)
    access.assignment.start()
    return enrollment


@learner_page
@needs_access
def course(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    enrollment = _touch(access)
    context = _course_context(access)
    mine = context["mine"]
    # Finishing is checked (two queries) only when the progress just read says it may be due.
    if not mine.completed and mine.all_lessons_done and mine.minutes_left == 0:
        if journey.check_finished(enrollment):
            context = _course_context(access)
    context["certificate"] = Certificate.objects.current_for(access.assignment)
    context["page_title"] = context["course"].title
    return render(request, "learning/course.html", context)


def _lesson_or_404(access: PartnerAccess, lesson_id: int, with_body: bool = False) -> LessonPage:
    lessons = (
        LessonPage.objects.child_of(access.assignment.course)
        .live()
        .filter(pk=lesson_id)
        .select_related("locale")
    )
    lesson = (lessons if with_body else lessons.defer("body")).first()
    if lesson is None:
        raise Http404
    return lesson


def _shown_lesson(lesson: LessonPage) -> LessonPage:
    """The lesson in the active language, with its body (the one the learner reads and answers);
    `lesson` is read with its body."""
    return lesson.in_language(translation.get_language())


@dataclass(frozen=True)
class QuizRefusal:
    """A quiz attempt refused (its attempts for this hour are used up): the lesson is shown again
    with the answers the learner ticked and the reason beside the quiz's button."""

    quiz_id: str
    answers: dict[str, list[str]]
    message: str


def quiz_forms(
    shown: LessonPage, outcome: journey.QuizOutcome | None, refusal: QuizRefusal | None = None
) -> list[dict]:
    """Each quiz as the form shows it: questions and choices, never the correct flags.

    After an attempt, the attempted quiz also says which questions were answered right and keeps
    the learner's choices checked; the right answers and explanations are added only when the
    quiz's policy allows (after a pass, or after any attempt if the editor chose so). After a
    refused attempt, the refused quiz keeps the choices just ticked and says why.
    """
    results = {q.question_id: q for q in outcome.result.questions} if outcome else {}
    quizzes = []
    for block in shown.quizzes():
        attempted = outcome is not None and outcome.attempt.quiz_id == block.id
        refused = refusal is not None and refusal.quiz_id == block.id
        if refused:
            ticked = refusal.answers
        elif attempted:
            ticked = outcome.attempt.answers
        else:
            ticked = {}
        questions = []
        for child in block.value["questions"].bound_blocks:
            question = {"id": child.id, **public_question(child.value)}
            chosen = set(ticked.get(child.id, []))
            for choice in question["choices"]:
                choice["checked"] = choice["id"] in chosen
            if attempted and child.id in results:
                question["answered_right"] = results[child.id].correct
                if outcome.reveals_answers:
                    question["explanation"] = results[child.id].explanation
                    for choice in question["choices"]:
                        choice["right"] = choice["id"] in results[child.id].correct_choices
            questions.append(question)
        quizzes.append(
            {
                "id": block.id,
                "value": block.value,
                "questions": questions,
                "attempts_per_hour": quiz_policy(block.value).attempts_per_hour,
                "refusal": refusal.message if refused else "",
            }
        )
    return quizzes


def add_lesson(
    context: dict,
    lesson_page: LessonPage,
    shown: LessonPage,
    outcome: journey.QuizOutcome | None,
    done_url: str,
    refusal: QuizRefusal | None = None,
) -> None:
    """What learning/lesson.html shows of one lesson, for a partner's or a self-paced learner's
    course context (whose `items` list the course's lessons in order)."""
    items = context["items"]
    index = next(i for i, item in enumerate(items) if item["lesson"].pk == lesson_page.pk)
    context.update(
        lesson=lesson_page,
        shown=shown,
        item=items[index],
        previous_item=items[index - 1] if index > 0 else None,
        following_item=items[index + 1] if index + 1 < len(items) else None,
        quizzes=quiz_forms(shown, outcome, refusal),
        outcome=outcome,
        has_quiz=bool(shown.quizzes()),
        page_title=shown.title,
        done_url=done_url,
    )


def attempt_shown(request: HttpRequest, enrollment: Enrollment, lesson: LessonPage, shown):
    """The attempt named by ?attempt= after "Check my answers", if it is this learner's."""
    attempt_id = request.GET.get("attempt", "")
    if not attempt_id.isdigit():
        return None
    attempt = (
        QuizAttempt.objects.select_related("enrollment__course")
        .filter(pk=int(attempt_id), enrollment=enrollment, lesson=lesson)
        .first()
    )
    return journey.outcome_of(attempt, shown) if attempt else None


def answer_quiz(
    request: HttpRequest,
    enrollment: Enrollment,
    lesson_page: LessonPage,
    shown: LessonPage,
    lesson_url: str,
) -> HttpResponse | QuizRefusal:
    """Grade a posted quiz. Post/redirect/get: a reload shows the result again instead of storing
    another attempt, and the browser lands on the result rather than at the top of the lesson.
    A refused attempt is not redirected: the caller shows the lesson again with the refusal
    (the form's action carries the refusal's anchor, so the browser lands beside the button)."""
    quiz_id = request.POST.get("quiz", "")[:64]
    block = next((block for block in shown.quizzes() if block.id == quiz_id), None)
    if block is None:
        raise Http404
    answers = quiz_answers(request.POST, block)
    try:
        attempt = journey.submit_quiz(enrollment, lesson_page, shown, quiz_id, answers)
    except journey.TooManyAttempts as refusal:
        request.ratelimit_scope = "quiz-attempts"  # the 429's limiter, for the metrics
        # One format in every language (08:30): TIME_FORMAT is "H:i" for kk and ru (home/formats).
        when = formats.time_format(timezone.localtime(refusal.retry_at), "TIME_FORMAT")
        message = _(
            "You have used all %(limit)s attempts at this quiz for this hour. You can try "
            "again at %(time)s; meanwhile, reread the lesson."
        ) % {"limit": refusal.limit, "time": when}
        return QuizRefusal(quiz_id, answers, message)
    return redirect(f"{lesson_url}?attempt={attempt.pk}#quiz-{quiz_id}-result")


@learner_page
@needs_access
def lesson(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    lesson_page = _lesson_or_404(access, lesson_id, with_body=True)
    enrollment = _touch(access, opened=lesson_page if request.method != "POST" else None)
    shown = _shown_lesson(lesson_page)
    refusal = None
    if request.method == "POST":
        lesson_url = reverse("learning:lesson", args=[lesson_page.pk])
        answered = answer_quiz(request, enrollment, lesson_page, shown, lesson_url)
        if isinstance(answered, HttpResponse):
            return answered
        refusal = answered
    outcome = None if refusal else attempt_shown(request, enrollment, lesson_page, shown)
    context = _course_context(access)
    done_url = reverse("learning:lesson_done", args=[lesson_page.pk])
    add_lesson(context, lesson_page, shown, outcome, done_url, refusal)
    return render(request, "learning/lesson.html", context, status=429 if refusal else 200)


@require_POST
@learner_page
@needs_access
def lesson_done(request: HttpRequest, access: PartnerAccess, lesson_id: int) -> HttpResponse:
    lesson_page = _lesson_or_404(access, lesson_id, with_body=True)  # does it have a quiz?
    enrollment = _touch(access)
    if not journey.mark_lesson_done(enrollment, lesson_page):
        messages.error(request, _("This lesson is finished by passing its quiz."))
        return redirect("learning:lesson", lesson_id=lesson_id)
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
        return redirect("learning:lesson", lesson_id=following)
    return redirect("learning:course")


@require_POST
@learner_page
@needs_access
def heartbeat(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    """Sent by a visible lesson tab every 30 s; credits at most 45 s of study a time."""
    enrollment = Enrollment.objects.for_learner(access.assignment.course, access.learner_key)
    enrollment.record_study_time()
    journey.check_finished(enrollment)
    minimum = access.assignment.course.min_study_minutes
    return JsonResponse(
        {
            "minutes": enrollment.study_minutes,
            "minutes_left": max(0, minimum - enrollment.study_minutes),
        }
    )


@learner_page
@needs_access
def certificate_download(request: HttpRequest, access: PartnerAccess) -> HttpResponse:
    certificate = Certificate.objects.current_for(access.assignment)
    if certificate is None:
        raise Http404
    pdf = certificate_pdf(certificate, translation.get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(certificate)}"'
    return response
