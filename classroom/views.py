"""The pupil's pages at /<lang>/class/: join with the code and a nickname, answer the lesson's
quizzes, see the right answers when the teacher reveals them, and that the class has ended."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.quiz import find_quiz, grade
from home import ratelimit
from home.private import private_page

from .codes import JOIN_CODE_LENGTH
from .forms import JoinForm, posted_answers
from .models import ClassSession, Pupil, PupilAnswer
from .pupils import current_seat, forget, quizzes_for, seat

# A whole class joins from one school address at once, typos included: the per-client limit is a
# class's worth; guessing a six-character code at that pace still takes years.
JOIN_LIMIT = 60
JOIN_WINDOW_SECONDS = 60
JOIN_TARGET_LIMIT = 120  # attempts at one code, from all clients together
MAX_PUPILS = 100


@private_page
def join(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        found = current_seat(request)
        if found is not None and found.session.is_open:
            return redirect("classroom:lesson")
        if found is not None:
            forget(request)  # that class has ended: a new code may be typed
        return _join_page(request, JoinForm(), 200)
    form = JoinForm(request.POST)
    code_typed = (request.POST.get("code") or "").upper()
    if not ratelimit.allow(
        request,
        "class-join",
        JOIN_LIMIT,
        JOIN_WINDOW_SECONDS,
        target="".join(ch for ch in code_typed if ch.isalnum())[:JOIN_CODE_LENGTH],
        target_limit=JOIN_TARGET_LIMIT,
    ):
        return ratelimit.too_many_requests(request, JOIN_WINDOW_SECONDS)
    if not form.is_valid():
        return _join_page(request, form, 400)
    session = ClassSession.objects.filter(code=form.cleaned_data["code"]).first()
    if session is None:
        form.add_error("code", _("No class has this code. Check it on your teacher's screen."))
        return _join_page(request, form, 400)
    if session.closed_at is None and not session.is_open:
        session.close()
    if not session.is_open:
        form.add_error("code", _("This class session has ended."))
        return _join_page(request, form, 400)
    if session.pupils.count() >= MAX_PUPILS:
        form.add_error("code", _("This class is full. Ask your teacher."))
        return _join_page(request, form, 400)
    pupil = Pupil.objects.create(session=session, nickname=form.cleaned_data["nickname"])
    seat(request, pupil)
    return redirect("classroom:lesson")


def _join_page(request: HttpRequest, form: JoinForm, status: int) -> HttpResponse:
    context = {"form": form, "page_title": _("Join your class")}
    return render(request, "classroom/join.html", context, status=status)


@private_page
@require_GET
def lesson(request: HttpRequest) -> HttpResponse:
    found = current_seat(request)
    if found is None:
        return redirect("classroom:join")
    session, pupil = found.session, found.pupil
    shown = session.lesson.in_language(translation.get_language())
    if not session.is_open:
        context = {"page_title": _("This class session has ended"), "lesson": shown}
        return render(request, "classroom/ended.html", context)
    context = {
        "page_title": shown.title,
        "lesson": shown,
        "session": session,
        "pupil": pupil,
        "quizzes": quizzes_for(shown, pupil, session.revealed),
    }
    return render(request, "classroom/lesson.html", context)


@private_page
@require_POST
def answer(request: HttpRequest, quiz_id: str) -> HttpResponse:
    """Grade one quiz on the server and keep the pupil's answer (the first one counts), then back
    to the page, so a reload never posts again."""
    found = current_seat(request)
    if found is None or found.pupil is None or not found.session.is_open:
        return redirect("classroom:lesson" if found else "classroom:join")
    if found.session.revealed:  # the class has seen the right answers: too late to count
        return redirect("classroom:lesson")
    shown = found.session.lesson.in_language(translation.get_language())
    quiz = find_quiz(shown, quiz_id)
    if quiz is None:
        raise Http404
    answers = posted_answers(request.POST, quiz)
    result = grade(quiz, answers)
    try:
        with transaction.atomic():
            PupilAnswer.objects.create(
                pupil=found.pupil,
                quiz_id=quiz_id,
                answers={key: sorted(value) for key, value in answers.items()},
                correct_questions=[q.question_id for q in result.questions if q.correct],
            )
    except IntegrityError:
        pass  # answered already (a second tab or a double tap): the first answer stands
    return redirect(f"{reverse('classroom:lesson')}#quiz-{quiz_id}")


@private_page
@require_GET
def state(request: HttpRequest) -> JsonResponse:
    """What the pupil's page polls: whether the answers were revealed or the class closed."""
    found = current_seat(request)
    if found is None:
        return JsonResponse({"open": False, "revealed": False, "joined": False})
    session = found.session
    return JsonResponse({"open": session.is_open, "revealed": session.revealed, "joined": True})


@private_page
@require_POST
def leave(request: HttpRequest) -> HttpResponse:
    forget(request)
    return redirect("classroom:join")
