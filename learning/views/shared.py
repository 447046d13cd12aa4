"""What the partner's and the self-paced learner's pages share: the guessing limit on typed codes,
the course's lessons with the learner's progress, finishing the course, and the heartbeat."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation

from courses.models import CoursePage
from home import ratelimit
from registry_offices.codes import ACCESS_CODE_GROUPS, normalise_access_code

from .. import journey
from ..models import HEARTBEAT_SECONDS, Enrollment
from ..progress import Progress, progress_for_many

CODE_LIMIT = 20  # code attempts per client per window
CODE_WINDOW_SECONDS = 60
# Attempts at codes sharing their first group (4 characters, read as typed: any case, dashes and
# spaces ignored), from all clients together.
CODE_TARGET_LIMIT = 60
CODE_TARGET_PREFIX = ACCESS_CODE_GROUPS[0]


def code_guess_refused(
    request: HttpRequest, scope: str, raw: str, target_limit: int = CODE_TARGET_LIMIT
) -> HttpResponse | None:
    """The 429 page when this client, or everyone at codes like this one, has guessed too often
    (access codes and resume codes alike); None when the code may be checked."""
    if ratelimit.allow(
        request,
        scope,
        CODE_LIMIT,
        CODE_WINDOW_SECONDS,
        target=normalise_access_code(raw)[:CODE_TARGET_PREFIX],
        target_limit=target_limit,
    ):
        return None
    return ratelimit.too_many_requests(request, CODE_WINDOW_SECONDS)


def course_context(
    course: CoursePage, learner_keys: list[uuid.UUID], lesson_url: Callable[[int], str]
) -> tuple[dict, dict[uuid.UUID, Progress]]:
    """What the course and lesson pages share, in a fixed number of queries: the course in the
    active language, its lessons in order (done or not by the first learner of `learner_keys`),
    and the progress of every learner asked for (a couple's two partners)."""
    language = translation.get_language()
    lessons = course.lessons()
    shown = course.lessons_in(language)
    progress = progress_for_many(course, learner_keys, [lesson.pk for lesson in lessons])
    mine = progress[learner_keys[0]]
    items = [
        {
            "lesson": lesson,
            "shown": shown[lesson.pk],
            "number": index,
            "done": lesson.pk in mine.done_lesson_ids,
            "url": lesson_url(lesson.pk),
        }
        for index, lesson in enumerate(lessons, start=1)
    ]
    context = {
        "course": course.in_language(language),
        "items": items,
        "mine": mine,
        "next_item": next((item for item in items if not item["done"]), None),
        "heartbeat_seconds": HEARTBEAT_SECONDS,
    }
    return context, progress


def finished_now(enrollment: Enrollment, mine: Progress) -> bool:
    """Finish the course when the progress just read says it may be due (two queries only then);
    True when it finished now, so the page reads the progress again."""
    if mine.completed or not mine.all_lessons_done or mine.minutes_left:
        return False
    return journey.check_finished(enrollment)


def heartbeat_answer(enrollment: Enrollment, course: CoursePage) -> JsonResponse:
    """Sent by a visible lesson tab every 30 s; credits at most 45 s of study a time."""
    enrollment.record_study_time()
    journey.check_finished(enrollment)
    minimum = course.min_study_minutes
    return JsonResponse(
        {
            "minutes": enrollment.study_minutes,
            "minutes_left": max(0, minimum - enrollment.study_minutes),
        }
    )
