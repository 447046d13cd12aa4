"""The rows one batch of couples makes (a list per table), their tables' columns, and the small
pieces of made-up data both the couples and their records draw from."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field

from ..codes import CODE_ALPHABET
from ..iin import make_iin

UTC = datetime.UTC
FIRST_NAMES_M = [
    "Нұрлан",
    "Ерлан",
    "Асхат",
    "Дәурен",
    "Бауыржан",
    "Ержан",
    "Айбек",
    "Мұхтар",
    "Талғат",
    "Әділет",
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Руслан",
    "Тимур",
]
FIRST_NAMES_F = [
    "Айгерім",
    "Динара",
    "Мәдина",
    "Аружан",
    "Гүлнұр",
    "Әсел",
    "Жанар",
    "Сәуле",
    "Назерке",
    "Ақмаржан",
    "Анна",
    "Екатерина",
    "Ольга",
    "Мария",
    "Алина",
    "Камила",
]
SURNAMES = [
    "Сейітқали",
    "Жақсыбеков",
    "Мұратов",
    "Тоқтаров",
    "Әлиев",
    "Қасымов",
    "Оспанов",
    "Исабеков",
    "Сәрсенбаев",
    "Иванов",
    "Ким",
    "Петров",
    "Ли",
    "Ахметов",
    "Нұрмағамбетов",
    "Жұмабаев",
    "Төлеуов",
    "Бекова",
    "Ермеков",
    "Омаров",
    "Әбдірахманов",
    "Серіков",
    "Смирнов",
    "Пак",
    "Волков",
    "Соколов",
    "Юсупов",
    "Байжанов",
    "Қуанышев",
    "Абенов",
]
# Grace left to the purge: the last 30 days of couples the retention rule would anonymise.
PURGE_BACKLOG_DAYS = 30


@dataclass
class Rows:
    applications: list[tuple] = field(default_factory=list)
    partners: list[tuple] = field(default_factory=list)
    assignments: list[tuple] = field(default_factory=list)
    accesses: list[tuple] = field(default_factory=list)
    certificates: list[tuple] = field(default_factory=list)
    enrollments: list[tuple] = field(default_factory=list)
    completions: list[tuple] = field(default_factory=list)
    attempts: list[tuple] = field(default_factory=list)
    messages: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


COLUMNS = {
    "applications": (
        "id",
        "office_id",
        "number",
        "application_date",
        "planned_registration_date",
        "shortened_term",
        "status",
        "created_by_id",
        "created_at",
        "anonymised_at",
        # The registry API's sync key (0011): the last change, here the filing or the purge.
        "updated_at",
    ),
    "partners": (
        "id",
        "sort_order",
        "application_id",
        "full_name",
        "date_of_birth",
        "name_search",
        "iin_hash",
        "iin_last4",
        "phone",
        "email",
        "preferred_language",
        "notify_by_email",
        "notify_by_sms",
        "notices_consent_at",
        # The application's office, copied for the name search by office (0057).
        "office_id",
    ),
    "assignments": (
        "id",
        "application_id",
        "office_id",
        "course_id",
        "due_date",
        "state",
        "created_by_id",
        "created_at",
        "started_at",
        "completed_at",
        "cancelled_at",
    ),
    "accesses": ("id", "assignment_id", "partner_id", "code_hash", "code_issued_at", "learner_key"),
    "certificates": (
        "id",
        "code",
        "assignment_id",
        "course_id",
        "office_id",
        "issued_on",
        "expires_on",
        "holder_1",
        "holder_2",
        "study_hours",
        "delivery_mode",
        "language",
        "state",
        "created_at",
        "accepted_at",
        "accepted_by_id",
        "revoked_at",
        "revoked_by_id",
        "revoke_reason",
        "replaced_by_id",
    ),
    "enrollments": (
        "id",
        "course_id",
        "learner_key",
        "started_at",
        "last_seen_at",
        "study_seconds",
        "last_lesson_id",
        "completed_at",
    ),
    "completions": ("enrollment_id", "lesson_id", "completed_at"),
    "attempts": (
        "enrollment_id",
        "lesson_id",
        "quiz_id",
        "score_percent",
        "passed",
        "answers",
        "created_at",
    ),
    "messages": (
        "kind",
        "channel",
        "status",
        "attempts",
        "queued_at",
        "last_attempt_at",
        "sent_at",
        "error",
        "office_id",
        "application_id",
        "partner_id",
        "access_id",
        "certificate_id",
    ),
    "events": ("created_at", "kind", "username", "user_id", "address_hash", "detail"),
}


def scale_iin(partner_id: int, date_of_birth: datetime.date, position: int) -> str:
    """The made-up IIN of a generated partner (the bench searches by it)."""
    return make_iin(date_of_birth, female=position == 2, serial=partner_id % 10_000)


def _at(day: datetime.date, rng: random.Random, start_hour: int = 9) -> datetime.datetime:
    return datetime.datetime(
        day.year,
        day.month,
        day.day,
        min(23, start_hour + rng.randrange(5)),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=UTC,
    )


def _code(rng: random.Random) -> str:
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(12))
