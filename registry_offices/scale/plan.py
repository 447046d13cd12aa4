"""The plan of a run: offices with skewed sizes and their clerks, the course and its lessons, the
id ranges each batch writes into. Made once (in its own transaction) and kept in the marker, so a
resumed run writes exactly where the interrupted one would have."""

from __future__ import annotations

import datetime
import random
from dataclasses import asdict, dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

from ..demo import OFFICES as DEMO_OFFICES
from ..demo import premarital_course
from ..models import OfficeMembership, OfficeResourceCentre, RegistryOffice
from .copying import GENERATED_OFFICE_PREFIX, next_id, read_marker, table, write_marker

BATCH_COUPLES = 10_000
# Zipf-like exponent of office sizes: the largest office takes about a tenth of the country.
SIZE_SKEW = 0.8
CLERKS_PER_OFFICE = 2
TABLES = {
    "application": "registry_offices.MarriageApplication",
    "partner": "registry_offices.Partner",
    "assignment": "registry_offices.CourseAssignment",
    "access": "registry_offices.PartnerAccess",
    "certificate": "certificates.Certificate",
    "enrollment": "learning.Enrollment",
}


@dataclass
class Plan:
    seed: int
    couples: int
    years: int
    today: str  # ISO date the run is anchored to (kept, so a resume the next day matches)
    office_ids: list[int]
    office_weights: list[float]
    clerks: dict[str, list[int]]  # office id -> clerk user ids
    course_id: int
    validity_months: int
    lessons: list[list]  # [lesson id, quiz block id or ""]
    bases: dict[str, int] = field(default_factory=dict)

    @property
    def day(self) -> datetime.date:
        return datetime.date.fromisoformat(self.today)

    @property
    def batches(self) -> int:
        return (self.couples + BATCH_COUPLES - 1) // BATCH_COUPLES

    def first_day(self) -> datetime.date:
        return self.day - datetime.timedelta(days=365 * self.years)


def load_plan() -> Plan | None:
    with connection.cursor() as cursor:
        detail = read_marker(cursor, "plan")
    return Plan(**detail) if detail else None


def _quiz_lessons(course) -> list[list]:
    lesson_model = apps.get_model("courses.LessonPage")
    lessons = []
    for lesson in lesson_model.objects.child_of(course).live().order_by("path"):
        quiz = next((block.id for block in lesson.body if block.block_type == "quiz"), "")
        lessons.append([lesson.pk, quiz or ""])
    return lessons


def _office_rows(count: int, rng: random.Random) -> list[RegistryOffice]:
    cities = [code for code, _label in RegistryOffice._meta.get_field("city").choices]
    rows = []
    for number in range(1, count + 1):
        city = cities[(number - 1) % len(cities)]
        rows.append(
            RegistryOffice(
                code=f"{GENERATED_OFFICE_PREFIX}{number:04d}",
                city=city,
                name_kk=f"АХАТ бөлімі № {number}",
                name_ru=f"Отдел ЗАГС № {number}",
                name_en=f"Registry office No. {number}",
                address=f"{rng.randint(1, 200)} Abai avenue",
                reminder_days=3,
            )
        )
    return rows


@transaction.atomic
def make_plan(seed: int, couples: int, years: int, office_count: int) -> Plan:
    """Create the offices and clerks and fix the id ranges; the marker row commits with them."""
    rng = random.Random(f"{seed}:plan")
    course = premarital_course()
    if course is None:
        raise LookupError("No live premarital course: run `manage.py load_demo` first.")
    RegistryOffice.objects.bulk_create(_office_rows(office_count, rng), ignore_conflicts=True)
    demo_codes = [row[0] for row in DEMO_OFFICES]
    offices = list(RegistryOffice.objects.filter(code__in=demo_codes).order_by("pk")) + list(
        RegistryOffice.objects.filter(code__startswith=GENERATED_OFFICE_PREFIX).order_by("code")
    )
    # The demo's offices (the big cities) are the largest; then a long tail of small ones.
    weights = [1 / (rank + 1) ** SIZE_SKEW for rank in range(len(offices))]
    clerks = _ensure_clerks(offices, rng)
    _link_centres(offices)
    plan = Plan(
        seed=seed,
        couples=couples,
        years=years,
        today=timezone.localdate().isoformat(),
        office_ids=[office.pk for office in offices],
        office_weights=weights,
        clerks={str(k): v for k, v in clerks.items()},
        course_id=course.pk,
        validity_months=int(getattr(course, "validity_months", 12) or 12),
        lessons=_quiz_lessons(course),
    )
    with connection.cursor() as cursor:
        for name, label in TABLES.items():
            plan.bases[name] = next_id(cursor, table(label))
        write_marker(cursor, "plan", asdict(plan))
    return plan


def _ensure_clerks(offices: list[RegistryOffice], rng: random.Random) -> dict[int, list[int]]:
    user_model = get_user_model()
    group = Group.objects.filter(name="Clerks").first()
    existing = {}
    for membership in OfficeMembership.objects.filter(office__in=offices):
        existing.setdefault(membership.office_id, []).append(membership.user_id)
    new_users = []
    for office in offices:
        if office.code.startswith(GENERATED_OFFICE_PREFIX) and office.pk not in existing:
            for n in range(CLERKS_PER_OFFICE):
                new_users.append(
                    user_model(
                        username=f"clerk-{office.code}-{n + 1}",
                        password="!" + "".join(rng.choice("abcdef0123456789") for _ in range(32)),
                        is_active=True,
                    )
                )
    user_model.objects.bulk_create(new_users, ignore_conflicts=True)
    by_name = {
        user.username: user
        for user in user_model.objects.filter(username__in=[u.username for u in new_users])
    }
    memberships = []
    for user in by_name.values():
        code = user.username.removeprefix("clerk-").rsplit("-", 1)[0]
        office = next(o for o in offices if o.code == code)
        memberships.append(OfficeMembership(office=office, user=user, role="clerk"))
        existing.setdefault(office.pk, []).append(user.pk)
    OfficeMembership.objects.bulk_create(memberships, ignore_conflicts=True)
    if group is not None and by_name:
        group.user_set.add(*by_name.values())
    return existing


def _link_centres(offices: list[RegistryOffice]) -> None:
    """Each generated office refers couples to its city's centres, as the demo's offices do."""
    centre_model = apps.get_model("resource_centers.ResourceCentrePage")
    by_city: dict[str, list] = {}
    for centre in centre_model.objects.live().filter(locale__language_code="kk").order_by("pk"):
        by_city.setdefault(centre.city, []).append(centre)
    linked = set(OfficeResourceCentre.objects.values_list("office_id", flat=True))
    OfficeResourceCentre.objects.bulk_create(
        [
            OfficeResourceCentre(office=office, centre=centre, sort_order=index)
            for office in offices
            if office.pk not in linked
            for index, centre in enumerate(by_city.get(office.city, []))
        ],
        ignore_conflicts=True,
    )
