"""Demo learning progress and certificates (runs after registry_offices' demo made the couples).

In every office some finished couples get certificates that are valid, accepted, expired, revoked
and replaced (with the valid one that replaces it), and some couples are half-way with one partner
ahead of the other. Rows are made in bulk; an office that already has certificates is left alone,
so a second run changes nothing. Open (self-paced) courses get six months of anonymous counts, so
the editors' "Self-paced learning" report has something to show.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CoursePage
from home.demo import DemoLogin
from registry_offices import tallies
from registry_offices.models import CourseAssignment, PartnerAccess, RegistryOffice, add_months

from .models import Enrollment, LessonCompletion, QuizAttempt, SelfPacedCount
from .progress import lessons_of

# The story of each finished couple's certificate, in order; the sixth and later stay valid.
CERTIFICATE_STORIES = ["valid", "accepted", "expired", "revoked", "replaced", "accepted"]
HALF_WAY_COUPLES = 3


def _enrol(rng, access, course, lessons, done: int, finished_at) -> tuple[Enrollment, list]:
    started = finished_at - datetime.timedelta(days=rng.randint(2, 6))
    study = (course.min_study_minutes or 60) * 60 + rng.randint(0, 5400)
    enrollment = Enrollment(
        course=course,
        learner_key=access.learner_key,
        started_at=started,
        last_seen_at=finished_at,
        study_seconds=study if done == len(lessons) else rng.randint(600, 3600),
        completed_at=finished_at if done == len(lessons) else None,
    )
    return enrollment, lessons[:done]


def _progress_rows(pairs, now) -> None:
    """Save enrolments, their finished lessons and one passed quiz attempt per quiz lesson."""
    Enrollment.objects.bulk_create([enrollment for enrollment, _ in pairs])
    if pairs and not pairs[0][0].pk:
        keys = {e.learner_key: e for e, _ in pairs}
        for row in Enrollment.objects.filter(learner_key__in=list(keys)):
            keys[row.learner_key].pk = row.pk
    completions, attempts = [], []
    for enrollment, done in pairs:
        for lesson, quiz_ids in done:
            completions.append(
                LessonCompletion(enrollment=enrollment, lesson=lesson, completed_at=now)
            )
            attempts.extend(
                QuizAttempt(
                    enrollment=enrollment,
                    lesson=lesson,
                    quiz_id=quiz_id,
                    score_percent=100,
                    passed=True,
                    created_at=now,
                )
                for quiz_id in quiz_ids
            )
    LessonCompletion.objects.bulk_create(completions, ignore_conflicts=True)
    QuizAttempt.objects.bulk_create(attempts)


def build_for_office(office: RegistryOffice, rng: random.Random) -> None:
    today = timezone.localdate()
    now = timezone.now()
    assignments = list(
        CourseAssignment.objects.filter(application__office=office)
        .select_related("course", "application")
        .order_by("created_at", "pk")
    )
    finished = [a for a in assignments if a.state == CourseAssignment.State.COMPLETED]
    half_way = [a for a in assignments if a.state == CourseAssignment.State.IN_PROGRESS]
    chosen = finished[: len(CERTIFICATE_STORIES)] + half_way[:HALF_WAY_COUPLES]
    if not chosen:
        return
    accesses: dict[int, list[PartnerAccess]] = {}
    for access in (
        PartnerAccess.objects.filter(assignment__in=chosen)
        .select_related("partner")
        .order_by("partner__sort_order")
    ):
        accesses.setdefault(access.assignment_id, []).append(access)
    lesson_cache: dict[int, list] = {}

    def lessons_for(course):
        if course.pk not in lesson_cache:
            lesson_cache[course.pk] = [
                (lesson, [block.id for block in lesson.quizzes()]) for lesson in lessons_of(course)
            ]
        return lesson_cache[course.pk]

    pairs = []
    certificates = []
    replaced = []
    for index, assignment in enumerate(chosen):
        couple = accesses.get(assignment.pk, [])
        lessons = lessons_for(assignment.course)
        if len(couple) != 2 or not lessons:
            continue
        finished_at = assignment.completed_at or now
        if assignment in finished:
            for access in couple:
                pairs.append(
                    _enrol(rng, access, assignment.course, lessons, len(lessons), finished_at)
                )
            story = CERTIFICATE_STORIES[index]
            issued_on = timezone.localtime(finished_at).date()
            if story == "expired":
                issued_on = add_months(today, -assignment.course.certificate_validity_months - 1)
            hours = Decimal(rng.randint(20, 45)) / 10
            certificate = Certificate.for_assignment(assignment, hours, issued_on)
            if story == "accepted":
                certificate.accepted_at = finished_at + datetime.timedelta(days=3)
            elif story == "revoked":
                certificate.state = Certificate.State.REVOKED
                certificate.revoked_at = finished_at + datetime.timedelta(days=1)
                certificate.revoke_reason = "Демо: қате тіркелген / Демо: ошибочная запись"
            elif story == "replaced":
                certificate.state = Certificate.State.REPLACED
                newer = Certificate.for_assignment(assignment, hours, issued_on)
                newer.expires_on = certificate.expires_on
                replaced.append((certificate, newer))
            certificates.append(certificate)
        else:
            # Half-way: the first partner is ahead of the second.
            ahead = max(1, len(lessons) - 2)
            behind = rng.randint(0, max(0, ahead - 2))
            for access, done in zip(couple, (ahead, behind), strict=True):
                pairs.append(_enrol(rng, access, assignment.course, lessons, done, now))
    _progress_rows(pairs, now)
    Certificate.objects.bulk_create(certificates + [newer for _old, newer in replaced])
    for old, newer in replaced:
        if not newer.pk:
            newer = Certificate.objects.get(code=newer.code)
        Certificate.objects.filter(code=old.code).update(replaced_by=newer)
    # Bulk rows bypass the verbs that keep the report tallies: recount them.
    tallies.rebuild()


SELF_PACED_MONTHS = 6


def build_self_paced_counts(rng: random.Random, today: datetime.date | None = None) -> None:
    """Started/finished per open course and month (counts only: no learner rows are made)."""
    if SelfPacedCount.objects.exists():
        return
    month = (today or timezone.localdate()).replace(day=1)
    rows = []
    for course in CoursePage.objects.filter(self_paced=True).order_by("pk"):
        for back in range(SELF_PACED_MONTHS):
            started = rng.randint(5, 60)
            rows.append(
                SelfPacedCount(
                    course=course,
                    month=add_months(month, -back),
                    started=started,
                    finished=rng.randint(0, started // 2),
                )
            )
    SelfPacedCount.objects.bulk_create(rows)


@transaction.atomic
def load() -> list[DemoLogin]:
    for office in RegistryOffice.objects.order_by("code"):
        if Certificate.objects.filter(office=office).exists():
            continue
        build_for_office(office, random.Random(f"certificates:{office.code}"))  # noqa: S311
    build_self_paced_counts(random.Random("self-paced"))  # noqa: S311
    return []
