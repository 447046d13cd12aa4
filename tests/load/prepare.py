"""What the load test needs before it starts, made in the cluster's database (production settings).

Run by tests/load/run.py with the cluster's environment. Writes $CLUSTER_DIR/load.json:
- the clerks and the administrator the run signs in as: a fresh password each and a confirmed TOTP
  device whose key the locust users compute codes from (production keeps the second factor on);
- couples with assigned courses and their access codes, as the slips would show them;
- the premarital course's lessons and the correct answers of their quizzes (a diligent learner);
- public URLs for anonymous visitors and valid certificate codes for verifiers.

The course's minimum study time is lowered to LOAD_MIN_STUDY_MINUTES (1): a couple of the run
studies for about a minute, not for an hour, and the heartbeat still has to count that minute.
"""

import datetime
import json
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLERK_CITIES = ["astana", "almaty", "karaganda", "atyrau"]
PROBE_CLERK_CITY = "kostanay"
POOL_COUPLES_PER_OFFICE = int(os.environ.get("LOAD_POOL_COUPLES", "40"))
MIN_STUDY_MINUTES = int(os.environ.get("LOAD_MIN_STUDY_MINUTES", "1"))
LANGUAGES = ["kk", "ru", "en"]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def staff_login(username: str) -> dict:
    """A known password and a confirmed authenticator for `username` (their old ones are gone)."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.get(username=username)
    password = secrets.token_urlsafe(18)
    user.set_password(password)
    user.save(update_fields=["password"])
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return {"username": username, "password": password, "totp_key": device.key}


def course_plan(course) -> list[dict]:
    """Each lesson in order: its id and, per quiz block, the correct choices of each question."""
    from courses.models import LessonPage

    plan = []
    for lesson in course.lessons():
        full = LessonPage.objects.get(pk=lesson.pk)
        quizzes = {}
        for block in full.quizzes():
            quizzes[block.id] = {
                child.id: [c.id for c in child.value["choices"].bound_blocks if c.value["correct"]]
                for child in block.value["questions"].bound_blocks
            }
        plan.append({"id": lesson.pk, "quizzes": quizzes})
    return plan


def pool_couples(office, course, clerk, count: int) -> list[dict]:
    """Applications with the course assigned, and both partners' codes (what the slips show)."""
    from django.utils import timezone

    from registry_offices.models import CourseAssignment, MarriageApplication, Partner

    today = timezone.localdate()
    couples = []
    for index in range(count):
        application = MarriageApplication.objects.create(
            office=office,
            number=f"LOAD-{office.code}-{index:04d}",
            application_date=today,
            planned_registration_date=today + datetime.timedelta(days=25),
        )
        for position, (name, language) in enumerate(
            ((f"Серік Жүктемеұлы {index}", "kk"), (f"Анна Нагрузкина {index}", "ru"))
        ):
            Partner.objects.create(
                application=application,
                sort_order=position,
                full_name=name,
                date_of_birth=today - datetime.timedelta(days=(26 + position) * 365),
                preferred_language=language,
            )
        issued = CourseAssignment.objects.assign(
            application, course, today + datetime.timedelta(days=20), clerk
        )
        partners = list(application.partners.order_by("sort_order"))
        couples.append(
            {
                "assignment": issued.assignment.pk,
                "application": application.pk,
                "office": office.code,
                "codes": [issued.codes[p.pk] for p in partners],
                "languages": [p.preferred_language for p in partners],
            }
        )
    return couples


def public_urls() -> dict:
    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from home.models import HomePage
    from resource_centers.models import ResourceCentrePage

    urls: dict[str, list[str]] = {"home": [], "catalogue": [], "course": [], "lesson": []}
    for language in LANGUAGES:
        urls["home"].append(HomePage.objects.get(locale__language_code=language).url)
        urls["catalogue"].append(CourseIndexPage.objects.get(locale__language_code=language).url)
    for course in CoursePage.objects.live().public():
        urls["course"].append(course.url)
        urls["lesson"].extend(
            lesson.url for lesson in LessonPage.objects.child_of(course).live().public()[:3]
        )
    urls["centre"] = [c.url for c in ResourceCentrePage.objects.live().public()[:12]]
    return urls


def main() -> int:
    setup_django()
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from certificates.models import Certificate
    from courses.models import CoursePage
    from registry_offices.demo import premarital_course
    from registry_offices.models import RegistryOffice

    course = premarital_course()
    if course is None:
        print("prepare: no premarital course (did load_demo run?)", file=sys.stderr)
        return 1
    with transaction.atomic():
        CoursePage.objects.filter(pk=course.pk).update(min_study_minutes=MIN_STUDY_MINUTES)
        course.refresh_from_db()
        clerks, per_office = [], []
        for city in CLERK_CITIES:
            office = RegistryOffice.objects.get(city=city)
            login = staff_login(f"clerk-{city}")
            login.update(office=office.code, office_id=office.pk)
            clerks.append(login)
            user = get_user_model().objects.get(username=login["username"])
            per_office.append(pool_couples(office, course, user, POOL_COUPLES_PER_OFFICE))
        editor = staff_login("admin")
        # The probes' own clerk (the chaos timeline), apart from the load's clerks.
        probe_clerk = staff_login(f"clerk-{PROBE_CLERK_CITY}")
    # Interleaved, so that every clerk gets finished couples to accept early on.
    couples = [couple for row in zip(*per_office, strict=True) for couple in row]
    data = {
        "course": course.pk,
        "min_study_minutes": MIN_STUDY_MINUTES,
        "lessons": course_plan(course),
        "clerks": clerks,
        "editor": editor,
        "probe_clerk": probe_clerk,
        "couples": couples,
        "public": public_urls(),
        "certificates": list(
            Certificate.objects.filter(state="valid").values_list("code", flat=True)[:300]
        ),
    }
    out = Path(os.environ["CLUSTER_DIR"]) / "load.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1))
    print(
        f"prepare: {len(clerks)} clerks, {len(couples)} couples with codes, "
        f"{len(data['lessons'])} lessons, {len(data['certificates'])} certificates to verify"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
