"""The teacher's screens under /admin/class-sessions/: school lessons to start, their own
sessions, the presenter screen with its counts, revealing the answers and closing.

Every view reads sessions through `ClassSession.objects.of_teacher(user)`: another teacher's
session answers 404, as if it did not exist.
"""

from __future__ import annotations

from functools import wraps

import segno
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from courses.models import Audience, CoursePage, LessonPage
from home.routing import public_pages

from .models import ClassSession
from .roles import runs_sessions


def teacher_view(view):
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not runs_sessions(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def _own_session(request: HttpRequest, pk: int) -> ClassSession:
    session = get_object_or_404(
        ClassSession.objects.of_teacher(request.user).select_related("lesson__locale"), pk=pk
    )
    if session.closed_at is None and not session.is_open:
        session.close()  # a day has passed: its nicknames and answers go now
    return session


def school_lessons(language: str) -> list[dict]:
    """The live school courses in the admin's language (else in every language) with their
    public lessons that have a quiz to play in class."""
    courses = CoursePage.objects.live().filter(audience=Audience.SCHOOL)
    in_language = courses.filter(locale__language_code=language)
    chosen = in_language if in_language.exists() else courses
    listing = []
    for course in chosen.select_related("locale").order_by("locale_id", "path"):
        lessons = [
            lesson
            for lesson in public_pages(LessonPage.objects.child_of(course).live()).order_by("path")
            if lesson.quizzes()
        ]
        if lessons:
            listing.append({"course": course, "lessons": lessons})
    return listing


@teacher_view
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    sessions = list(ClassSession.objects.of_teacher(request.user).select_related("lesson")[:50])
    context = {
        "open_sessions": [s for s in sessions if s.is_open],
        "past_sessions": [s for s in sessions if not s.is_open],
        "courses": school_lessons(translation.get_language()),
        "page_title": _("Class sessions"),
    }
    return render(request, "classroom/admin/index.html", context)


@teacher_view
@require_POST
def start(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """A new session on a live school lesson with a quiz (any other page answers 404)."""
    lesson = get_object_or_404(LessonPage.objects.live().select_related("locale"), pk=lesson_id)
    course = lesson.course
    if course is None or not course.live or not course.is_school or not lesson.quizzes():
        raise Http404
    if not public_pages(LessonPage.objects.filter(pk=lesson.pk)).exists():
        raise Http404  # behind a view restriction: not for pupils without an account
    session = ClassSession.objects.start(request.user, lesson)
    return redirect("class-sessions:present", pk=session.pk)


def join_link(request: HttpRequest, session: ClassSession) -> str:
    """The pupils' address in the lesson's language; the code rides after `#`, which browsers
    never send, so it stays out of server logs (the join page's script fills the form)."""
    with translation.override(session.lesson.locale.language_code):
        path = reverse("classroom:join")
    return request.build_absolute_uri(path) + f"#code={session.code}"


def qr_svg(url: str, label: str) -> SafeString:
    """An inline SVG QR code of `url` (segno, no image files), named for screen readers."""
    svg = segno.make(url, error="m").svg_inline(scale=6, border=2, svgclass="class-qr")
    named = svg.replace("<svg ", format_html('<svg role="img" aria-label="{}" ', label), 1)
    return format_html(
        '<figure class="class-qr-figure">{}</figure>',
        mark_safe(named),  # noqa: S308 - segno's own SVG of a URL we built, the label escaped
    )


def _questions(session: ClassSession) -> list[dict]:
    """The lesson's quizzes as the presenter shows them; correct choices marked after reveal."""
    quizzes = []
    for block in session.lesson.quizzes():
        questions = []
        for child in block.value["questions"].bound_blocks:
            choices = [
                {
                    "id": c.id,
                    "text": c.value["text"],
                    "correct": session.answers_shown and c.value["correct"],
                }
                for c in child.value["choices"].bound_blocks
            ]
            questions.append({"id": child.id, "text": child.value["question"], "choices": choices})
        quizzes.append({"id": block.id, "title": block.value["title"], "questions": questions})
    return quizzes


@teacher_view
@require_GET
def present(request: HttpRequest, pk: int) -> HttpResponse:
    session = _own_session(request, pk)
    link = join_link(request, session)
    context = {
        "session": session,
        "lesson": session.lesson,
        "join_link": link,
        "join_path": link.split("#")[0],
        "qr": qr_svg(link, _("QR code of the address to join the class")),
        "quizzes": _questions(session),
        "counts": counts_of(session),
        "page_title": session.lesson.title,
    }
    return render(request, "classroom/admin/present.html", context)


def counts_of(session: ClassSession) -> dict:
    """The live figures the presenter polls: no nickname is tied to an answer."""
    tallies = session.tallies()
    open_now = session.is_open
    names = list(session.pupils.values_list("nickname", flat=True)) if open_now else []
    quizzes = {}
    for quiz in _questions(session):
        questions = {}
        for question in quiz["questions"]:
            tally = tallies.get(quiz["id"], {}).get(question["id"], {})
            chosen = tally.get("choices", {})
            questions[question["id"]] = {
                "answered": tally.get("answered", 0),
                "correct": tally.get("correct", 0) if session.answers_shown else None,
                "choices": {c["id"]: chosen.get(c["id"], 0) for c in question["choices"]},
                "right_choices": [c["id"] for c in question["choices"] if c["correct"]],
            }
        quizzes[quiz["id"]] = questions
    return {
        "open": open_now,
        "revealed": session.revealed,
        "pupils": len(names) if open_now else session.pupil_count,
        "names": names,
        "quizzes": quizzes,
    }


@teacher_view
@require_GET
def counts(request: HttpRequest, pk: int) -> JsonResponse:
    response = JsonResponse(counts_of(_own_session(request, pk)))
    response["Cache-Control"] = "private, no-store"
    return response


@teacher_view
@require_POST
def reveal(request: HttpRequest, pk: int) -> HttpResponse:
    _own_session(request, pk).reveal()
    return redirect("class-sessions:present", pk=pk)


@teacher_view
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    _own_session(request, pk).close()
    return redirect("class-sessions:present", pk=pk)
