"""Demo registry offices: one in each of the eight cities, their staff, and a few dozen couples each.

Applications are spread over the last six months and over every assignment state so that the
dashboard and the reports show something real. Rows are made with bulk_create (load_demo runs in
`make run` and in tests), and an office that already has applications is left as it is.
"""

import datetime
import random
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from courses.models import Audience, CoursePage
from home.choices import Language
from home.demo import DemoLogin, ensure_user
from resource_centers.demo import ensure_referred_requests
from resource_centers.models import ResourceCentrePage

from . import iin as iin_rules
from . import tallies
from .models import (
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    OfficeResourceCentre,
    Partner,
    PartnerAccess,
    RegistryOffice,
    hash_access_code,
)
from .phones import can_take_sms, normalise_phone
from .roles import ensure_roles

APPLICATIONS_PER_OFFICE = 30

OFFICES = [
    # code, city, kk, ru, en, address, phone
    (
        "astana-1",
        "astana",
        "Астана қаласының №1 АХАТ бөлімі",
        "Отдел ЗАГС №1 города Астаны",
        "Astana Civil Registry Office No. 1",
        "Астана, Мәңгілік Ел даңғылы, 8",
        "+7 7172 55 01 01",
    ),
    (
        "almaty-1",
        "almaty",
        "Алматы қаласының №1 АХАТ бөлімі",
        "Отдел ЗАГС №1 города Алматы",
        "Almaty Civil Registry Office No. 1",
        "Алматы, Абай даңғылы, 52",
        "+7 727 255 01 01",
    ),
    (
        "karaganda-1",
        "karaganda",
        "Қарағанды қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Караганды",
        "Karaganda Civil Registry Office",
        "Қарағанды, Бұқар жырау даңғылы, 35",
        "+7 7212 41 01 01",
    ),
    (
        "atyrau-1",
        "atyrau",
        "Атырау қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Атырау",
        "Atyrau Civil Registry Office",
        "Атырау, Сәтпаев даңғылы, 12",
        "+7 7122 27 01 01",
    ),
    (
        "oskemen-1",
        "oskemen",
        "Өскемен қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Усть-Каменогорска",
        "Oskemen Civil Registry Office",
        "Өскемен, Қазақстан көшесі, 61",
        "+7 7232 57 01 01",
    ),
    (
        "taraz-1",
        "taraz",
        "Тараз қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Тараза",
        "Taraz Civil Registry Office",
        "Тараз, Төле би даңғылы, 40",
        "+7 7262 43 01 01",
    ),
    (
        "kokshetau-1",
        "kokshetau",
        "Көкшетау қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Кокшетау",
        "Kokshetau Civil Registry Office",
        "Көкшетау, Абай көшесі, 89",
        "+7 7162 25 01 01",
    ),
    (
        "kostanay-1",
        "kostanay",
        "Қостанай қаласының АХАТ бөлімі",
        "Отдел ЗАГС города Костаная",
        "Kostanay Civil Registry Office",
        "Қостанай, Әл-Фараби даңғылы, 65",
        "+7 7142 53 01 01",
    ),
]
HOURS = "Дс–Жм 9:00–18:00, Сб 10:00–14:00 / Пн–Пт 9:00–18:00, Сб 10:00–14:00"

MEN = {
    "kk": [
        "Нұрлан Сейітқали",
        "Ерлан Жақсыбеков",
        "Асхат Мұратұлы",
        "Дәурен Тоқтаров",
        "Бауыржан Әлиев",
        "Ержан Қасымов",
        "Айбек Нұрмағамбетов",
        "Мұхтар Оспанов",
        "Талғат Исабеков",
        "Әділет Сәрсенбаев",
    ],
    "ru": [
        "Алексей Иванов",
        "Дмитрий Ким",
        "Сергей Петров",
        "Андрей Ли",
        "Максим Кузнецов",
        "Руслан Ахметов",
    ],
}
WOMEN = {
    "kk": [
        "Айгерім Нұрланқызы",
        "Динара Сәкенова",
        "Мәдина Жұмабаева",
        "Аружан Төлеуова",
        "Гүлнұр Қайратқызы",
        "Әсел Бекова",
        "Жанар Ермекова",
        "Сәуле Омарова",
        "Назерке Әбдірахманова",
        "Ақмаржан Серікқызы",
    ],
    "ru": [
        "Анна Смирнова",
        "Екатерина Пак",
        "Ольга Волкова",
        "Мария Ким",
        "Татьяна Соколова",
        "Алина Юсупова",
    ],
}


def ensure_offices() -> list[RegistryOffice]:
    offices = []
    for code, city, kk, ru, en, address, phone in OFFICES:
        office, _ = RegistryOffice.objects.get_or_create(
            code=code,
            defaults={
                "city": city,
                "name_kk": kk,
                "name_ru": ru,
                "name_en": en,
                "address": address,
                "phone": phone,
                "opening_hours": HOURS,
            },
        )
        offices.append(office)
    return offices


def link_resource_centres(offices: list[RegistryOffice]) -> None:
    """Each office refers couples to the resource centres of its city (if that demo ran)."""
    if OfficeResourceCentre.objects.exists():
        return
    centres = ResourceCentrePage.objects.live().filter(locale__language_code="kk")
    by_city: dict[str, list[ResourceCentrePage]] = {}
    for centre in centres.order_by("pk"):
        by_city.setdefault(centre.city, []).append(centre)
    rows = [
        OfficeResourceCentre(office=office, centre=centre, sort_order=index)
        for office in offices
        for index, centre in enumerate(by_city.get(office.city, []))
    ]
    OfficeResourceCentre.objects.bulk_create(rows)


def ensure_staff(offices: list[RegistryOffice]) -> list[DemoLogin]:
    logins = []
    for office in offices:
        city = office.city
        for username, role, group, member_role in (
            (f"clerk-{city}", f"registry clerk, {office.name_en}", "Clerks", "clerk"),
            (f"head-{city}", f"office head, {office.name_en}", "Office heads", "head"),
        ):
            user, login = ensure_user(username, role, [group])
            OfficeMembership.objects.get_or_create(
                office=office, user=user, defaults={"role": member_role}
            )
            if login:
                logins.append(login)
    _, login = ensure_user(
        "analyst", "ministry analyst (every office, figures only)", ["Ministry analysts"]
    )
    if login:
        logins.append(login)
    return logins


def premarital_course() -> CoursePage | None:
    return (
        CoursePage.objects.live()
        .filter(locale__language_code="kk", audience=Audience.PREMARITAL)
        .order_by("pk")
        .first()
    )


def _birth_date(rng: random.Random, today: datetime.date) -> datetime.date:
    return today - datetime.timedelta(days=rng.randint(20 * 365, 36 * 365))


def _state_for(rng: random.Random, due: datetime.date, today: datetime.date) -> str:
    state = CourseAssignment.State
    if due < today:  # past due: most finished, some overdue, a few cancelled
        return rng.choices(
            [state.COMPLETED, state.IN_PROGRESS, state.ASSIGNED, state.CANCELLED], [65, 15, 10, 10]
        )[0]
    return rng.choices([state.ASSIGNED, state.IN_PROGRESS, state.COMPLETED], [40, 40, 20])[0]


def build_applications(
    office: RegistryOffice,
    count: int,
    course: CoursePage | None,
    seed: str,
    *,
    spread_days: int = 180,
    first_number: int = 1,
) -> None:
    """`count` applications with partners (and assignments when a course exists), in bulk."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    today = timezone.localdate()
    applications = []
    for number in range(first_number, first_number + count):
        applied = today - datetime.timedelta(days=rng.randint(0, spread_days))
        shortened = rng.random() < 0.12
        planned = applied + datetime.timedelta(
            days=rng.randint(5, 14) if shortened else rng.randint(15, 45)
        )
        applications.append(
            MarriageApplication(
                office=office,
                number=f"{office.code.upper()}-{applied:%y}-{number:05d}",
                application_date=applied,
                planned_registration_date=planned,
                shortened_term=planned < applied + datetime.timedelta(days=15),
                status=MarriageApplication.Status.SUBMITTED,
            )
        )
    MarriageApplication.objects.bulk_create(applications, batch_size=1000)
    if not applications[0].pk:  # a backend that does not return ids from bulk_create
        by_number = dict(
            MarriageApplication.objects.filter(office=office).values_list("number", "pk")
        )
        for application in applications:
            application.pk = by_number[application.number]

    partners = []
    for index, application in enumerate(applications):
        language = rng.choice(["kk", "kk", "ru"])
        for position, (names, female) in enumerate(((MEN, False), (WOMEN, True))):
            name = rng.choice(names[language])
            born = _birth_date(rng, today)
            partner = Partner(
                application=application,
                office_id=application.office_id,
                sort_order=position,
                full_name=name,
                name_search=name.casefold(),
                date_of_birth=born,
                preferred_language=Language.RUSSIAN if language == "ru" else Language.KAZAKH,
                phone=f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            )
            if rng.random() < 0.7:
                partner.set_iin(iin_rules.make_iin(born, female, (index * 2 + position) % 10000))
            _choose_notices(partner, application, index)
            partners.append(partner)
    Partner.objects.bulk_create(partners, batch_size=1000)
    if course is None:
        return
    if not partners[0].pk:
        lookup = {
            (p.application_id, p.sort_order): p.pk
            for p in Partner.objects.filter(application__office=office)
        }
        for partner in partners:
            partner.pk = lookup[(partner.application.pk, partner.sort_order)]

    assignments = []
    registered = []
    for application in applications:
        due = application.planned_registration_date - datetime.timedelta(days=rng.randint(1, 3))
        created = timezone.make_aware(
            datetime.datetime.combine(
                application.application_date, datetime.time(10, rng.randint(0, 59))
            )
        )
        state = _state_for(rng, due, today)
        assignment = CourseAssignment(
            application=application,
            office=office,
            course=course,
            due_date=due,
            state=state,
            created_at=created,
            started_at=created + datetime.timedelta(days=1)
            if state != CourseAssignment.State.ASSIGNED
            else None,
            completed_at=created + datetime.timedelta(days=rng.randint(2, 9))
            if state == CourseAssignment.State.COMPLETED
            else None,
            cancelled_at=created + datetime.timedelta(days=2)
            if state == CourseAssignment.State.CANCELLED
            else None,
        )
        assignments.append(assignment)
        if (
            state == CourseAssignment.State.COMPLETED
            and application.planned_registration_date < today
        ):
            registered.append(application.pk)
    CourseAssignment.objects.bulk_create(assignments, batch_size=1000)
    if not assignments[0].pk:
        lookup = dict(
            CourseAssignment.objects.filter(application__office=office).values_list(
                "application_id", "pk"
            )
        )
        for assignment in assignments:
            assignment.pk = lookup[assignment.application.pk]
    MarriageApplication.objects.filter(pk__in=registered).update(
        status=MarriageApplication.Status.REGISTERED
    )

    partners_by_application: dict[int, list[Partner]] = {}
    for partner in partners:
        partners_by_application.setdefault(partner.application.pk, []).append(partner)
    accesses = [
        # Demo codes are thrown away at once: only their hashes are kept, as for real ones.
        PartnerAccess(
            assignment=assignment,
            partner=partner,
            code_hash=hash_access_code(secrets.token_urlsafe(24)),
        )
        for assignment in assignments
        for partner in partners_by_application[assignment.application.pk]
    ]
    PartnerAccess.objects.bulk_create(accesses, batch_size=1000)
    # Bulk rows bypass the verbs that keep the report tallies: recount them.
    tallies.rebuild()


def _choose_notices(partner: Partner, application: MarriageApplication, index: int) -> None:
    """Two couples in three agreed to SMS notices at the counter (where the number can take
    one), on the day they applied; no random draw, so the rest of the demo stays as it was."""
    try:
        phone = normalise_phone(partner.phone)
    except ValidationError:
        return
    if index % 3 != 2 and can_take_sms(phone):
        partner.phone = phone
        partner.notify_by_sms = True
        partner.notices_consent_at = timezone.make_aware(
            datetime.datetime.combine(application.application_date, datetime.time(10, 0))
        )


@transaction.atomic
def load() -> list[DemoLogin]:
    ensure_roles()
    offices = ensure_offices()
    link_resource_centres(offices)
    ensure_referred_requests(offices)
    logins = ensure_staff(offices)
    course = premarital_course()
    for office in offices:
        if not MarriageApplication.objects.filter(office=office).exists():
            build_applications(office, APPLICATIONS_PER_OFFICE, course, seed=office.code)
    return logins
