"""A year of evaluation data for the demo: more couples over twelve months, knowledge checks and
feedback for those who finished, and the centres' monthly intake by stage.

Runs after every other app's demo (this app is last in INSTALLED_APPS); an office that already
has knowledge checks is left alone, so a second run changes nothing.
"""

from __future__ import annotations

import datetime
import random

from django.db import transaction
from django.utils import timezone

from home.demo import DemoLogin
from learning.models import Enrollment, Feedback, FeedbackMissing, FeedbackReceipt, KnowledgeCheck
from registry_offices import demo as registry_demo
from registry_offices.models import CourseAssignment, MarriageApplication, PartnerAccess
from resource_centers.models import MonthlyReport, ResourceCentrePage
from resource_centers.models.reports import STAGE_FIELDS

from .figures import add_months

EXTRA_COUPLES_PER_OFFICE = 60
FIRST_EXTRA_NUMBER = 50000
CHECK_QUESTIONS = [
    ("Жанжал кезінде не көмектеседі?", "Бір-бірін тыңдау", "Дауысты көтеру"),
    ("Отбасы бюджетін кім жоспарлайды?", "Екеуі бірге", "Ешкім"),
    ("«Мен» деп сөйлеу нені білдіреді?", "Өз сезіміңді айту", "Кінәлау"),
    ("Көмек керек болса қайда баруға болады?", "Отбасылық ресурстық орталыққа", "Ешқайда"),
    ("Некеге дейін не талқылау керек?", "Балалар мен тұрмыс туралы күтулерді", "Ештеңе"),
]


def ensure_check(course) -> None:
    """The demo premarital course gets a five-question knowledge check (once)."""
    if course is None or course.knowledge_check:
        return
    course.knowledge_check = [
        (
            "question",
            {
                "question": question,
                "kind": "single",
                "explanation": "",
                "choices": [{"text": right, "correct": True}, {"text": wrong, "correct": False}],
            },
        )
        for question, right, wrong in CHECK_QUESTIONS
    ]
    course.save_revision().publish()


def _at(day: datetime.date, rng: random.Random) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randint(9, 20))))


def build_outcomes(rng: random.Random) -> None:
    """Enrolments, checks and feedback for the finished couples that have none yet."""
    finished = list(
        CourseAssignment.objects.filter(state=CourseAssignment.State.COMPLETED)
        .select_related("application")
        .order_by("pk")
    )
    keys = {
        a.learner_key: a
        for a in PartnerAccess.objects.filter(assignment__in=finished).select_related(
            "assignment__application"
        )
    }
    existing = set(
        Enrollment.objects.filter(learner_key__in=list(keys)).values_list("learner_key", flat=True)
    )
    enrollments = []
    for key, access in keys.items():
        if key in existing:
            continue
        assignment = access.assignment
        enrollments.append(
            Enrollment(
                course_id=assignment.course_id,
                learner_key=key,
                started_at=assignment.started_at or assignment.created_at,
                last_seen_at=assignment.completed_at,
                study_seconds=rng.randint(3600, 9000),
                completed_at=assignment.completed_at,
            )
        )
    Enrollment.objects.bulk_create(enrollments, batch_size=1000)
    made = Enrollment.objects.filter(learner_key__in=[e.learner_key for e in enrollments])
    checks, answers, receipts = [], [], []
    for enrollment in made:
        access = keys[enrollment.learner_key]
        if rng.random() < 0.8:
            before = max(0, min(100, int(rng.gauss(55, 18)) // 20 * 20))
            after = max(0, min(100, before + rng.choice([0, 20, 20, 20, 40, 40, -20])))
            checks += [
                KnowledgeCheck(
                    enrollment=enrollment,
                    phase="before",
                    score_percent=before,
                    correct_count=before // 20,
                    question_count=5,
                    created_at=enrollment.started_at,
                ),
                KnowledgeCheck(
                    enrollment=enrollment,
                    phase="after",
                    score_percent=after,
                    correct_count=after // 20,
                    question_count=5,
                    created_at=enrollment.completed_at,
                ),
            ]
        if rng.random() < 0.6:
            receipts.append(FeedbackReceipt(enrollment=enrollment))
            answers.append(
                Feedback(
                    course_id=enrollment.course_id,
                    office_id=access.assignment.application.office_id,
                    month=timezone.localtime(enrollment.completed_at).date().replace(day=1),
                    language=rng.choice(["kk", "kk", "ru"]),
                    usefulness=rng.choices([2, 3, 4, 5], [1, 3, 8, 8])[0],
                    clarity=rng.choices([2, 3, 4, 5], [1, 2, 9, 8])[0],
                    would_recommend=rng.random() < 0.85,
                    missing=sorted(rng.sample(FeedbackMissing.values, rng.randint(0, 2))),
                )
            )
    KnowledgeCheck.objects.bulk_create(checks, batch_size=1000)
    FeedbackReceipt.objects.bulk_create(receipts, batch_size=1000)
    Feedback.objects.bulk_create(answers, batch_size=1000)


def build_intake(rng: random.Random, today: datetime.date) -> None:
    """Twelve months of centre reports with the stage asked at intake, shifting slowly earlier."""
    last = add_months(today.replace(day=1), -1)
    existing = set(MonthlyReport.objects.values_list("centre_id", "month"))
    reports = []
    for centre in ResourceCentrePage.objects.filter(locale__language_code="kk"):
        for back in range(12):
            month = add_months(last, -back)
            if (centre.pk, month) in existing:
                continue
            applied = rng.randint(25, 70)
            early = 0.15 + 0.01 * (11 - back)  # preparing and first years grow over the year
            weights = [early, early, 0.2, 0.2, 0.45 - 2 * early + 0.3, 0.1]
            total = sum(weights)
            stages = [int(applied * w / total) for w in weights]
            divorce = stages[4]
            reports.append(
                MonthlyReport(
                    centre=centre,
                    month=month,
                    applied=applied,
                    about_divorce=divorce,
                    reconciled=divorce // 3,
                    with_children=applied // 2,
                    raised_residence=applied // 5,
                    youngest_age=rng.randint(19, 24),
                    oldest_age=rng.randint(55, 75),
                    took_course=int(applied * early),
                    **dict(zip(STAGE_FIELDS, stages, strict=True)),
                )
            )
    MonthlyReport.objects.bulk_create(reports, batch_size=500)


@transaction.atomic
def load() -> list[DemoLogin]:
    rng = random.Random("evaluation")  # noqa: S311 - demo data, not secrets
    course = registry_demo.premarital_course()
    ensure_check(course)
    if KnowledgeCheck.objects.exists():
        return []
    for office in registry_demo.ensure_offices():
        if not MarriageApplication.objects.filter(
            office=office, number__contains=f"-{FIRST_EXTRA_NUMBER:05d}"
        ).exists():
            registry_demo.build_applications(
                office,
                EXTRA_COUPLES_PER_OFFICE,
                course,
                seed=f"{office.code}-year",
                spread_days=365,
                first_number=FIRST_EXTRA_NUMBER,
            )
    build_outcomes(rng)
    build_intake(rng, timezone.localdate())
    return []
