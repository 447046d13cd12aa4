"""The lesson and its quizzes, for partners and self-paced learners alike: the page, grading a
posted quiz (post/redirect/get; a refused attempt shown again beside its button), and "I have
finished this lesson". Each stack passes its own enrolment, course and addresses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from courses.blocks import public_question
from courses.models import CoursePage, LessonPage
from courses.quiz import policy as quiz_policy

from .. import journey
from ..forms import quiz_answers
from ..models import Enrollment, QuizAttempt


def lesson_or_404(course: CoursePage, lesson_id: int) -> LessonPage:
    """A live lesson of the course, with its body (its quizzes live there)."""
    lesson = (
        LessonPage.objects.child_of(course)
        .live()
        .filter(pk=lesson_id)
        .select_related("locale")
        .first()
    )
    if lesson is None:
        raise Http404
    return lesson


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


def show_lesson(
    request: HttpRequest,
    enrollment: Enrollment,
    lesson_page: LessonPage,
    lesson_url: str,
    done_url: str,
    course_context: Callable[[], dict],
) -> HttpResponse:
    """The lesson page, or the grading of its posted quiz. `course_context` builds the course's
    part of the page (only when a page is shown)."""
    shown = lesson_page.in_language(translation.get_language())
    refusal = None
    if request.method == "POST":
        answered = answer_quiz(request, enrollment, lesson_page, shown, lesson_url)
        if isinstance(answered, HttpResponse):
            return answered
        refusal = answered
    outcome = None if refusal else attempt_shown(request, enrollment, lesson_page, shown)
    context = course_context()
    add_lesson(context, lesson_page, shown, outcome, done_url, refusal)
    return render(request, "learning/lesson.html", context, status=429 if refusal else 200)


def finish_lesson(
    request: HttpRequest,
    enrollment: Enrollment,
    course: CoursePage,
    lesson_page: LessonPage,
    lesson_url: Callable[[int], str],
    course_url: str,
) -> HttpResponse:
    """ "I have finished this lesson" (lessons without a quiz): on to the next lesson, or back to
    the course after the last one."""
    if not journey.mark_lesson_done(enrollment, lesson_page):
        messages.error(request, _("This lesson is finished by passing its quiz."))
        return redirect(lesson_url(lesson_page.pk))
    messages.success(request, _("Lesson marked as done."))
    following = (
        LessonPage.objects.child_of(course)
        .live()
        .filter(path__gt=lesson_page.path)
        .order_by("path")
        .values_list("pk", flat=True)
        .first()
    )
    return redirect(lesson_url(following) if following else course_url)
