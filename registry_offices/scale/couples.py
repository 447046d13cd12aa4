"""One batch of couples: applications, partners, assignments, accesses, certificates, and for the
last year their learning rows, notices and the clerks' security events.

States follow what offices see: most couples finish and have their certificate accepted at the
registration; some are overdue, cancelled or withdrawn; a few certificates are revoked or reissued.
Personal data stays only where the retention rule (`purge_couple_data`) has not yet removed it;
the last month that rule would remove is left for the bench's purge to do.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import random
import uuid
from dataclasses import dataclass, field

from ..codes import CODE_ALPHABET
from ..iin import iin_hash, make_iin
from ..models import add_months
from .plan import BATCH_COUPLES, Plan

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
    ),
    "assignments": (
        "id",
        "application_id",
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


class BatchBuilder:
    """Builds the rows of one batch from the plan; deterministic for (seed, batch)."""

    def __init__(self, plan: Plan, usernames: dict[int, str], now: datetime.datetime) -> None:
        self.plan = plan
        self.usernames = usernames
        self.now = now
        self.today = plan.day
        self.first_day = plan.first_day()
        self.span = (self.today - self.first_day).days
        self.cumulative = list(itertools.accumulate(plan.office_weights))
        self.retention_cutoff = add_months(self.today, -12) - datetime.timedelta(
            days=PURGE_BACKLOG_DAYS
        )
        self.learning_since = self.today - datetime.timedelta(days=365)
        self.events_since = self.today - datetime.timedelta(days=730)

    def office_of(self, rng: random.Random) -> int:
        point = rng.random() * self.cumulative[-1]
        return self.plan.office_ids[bisect.bisect_left(self.cumulative, point)]

    def build(self, batch: int) -> Rows:
        rng = random.Random(f"{self.plan.seed}:{batch}")
        rows = Rows()
        first = batch * BATCH_COUPLES
        for index in range(first, min(first + BATCH_COUPLES, self.plan.couples)):
            self._couple(index, rng, rows)
        return rows

    def _couple(self, index: int, rng: random.Random, rows: Rows) -> None:
        plan, bases, today = self.plan, self.plan.bases, self.today
        # Couples spread evenly over the years (ids grow with the date, as real ones do), the
        # last weeks' registrations still ahead.
        applied = self.first_day + datetime.timedelta(days=index * self.span // plan.couples + 1)
        wait = rng.randint(5, 14) if rng.random() < 0.06 else rng.randint(15, 45)
        planned = applied + datetime.timedelta(days=wait)
        office = self.office_of(rng)
        clerks = plan.clerks.get(str(office)) or [None]
        clerk = rng.choice(clerks)
        app_id = bases["application"] + index
        created = _at(applied, rng)
        due = planned - datetime.timedelta(days=3)
        past = due < today
        has_assignment = rng.random() < 0.96
        state = None
        if has_assignment:
            if past:
                state = rng.choices(
                    ["completed", "cancelled", "assigned", "in_progress"], [86, 5, 3, 6]
                )[0]
            else:
                state = rng.choices(["assigned", "in_progress", "completed"], [35, 45, 20])[0]
        finished = (
            min(due, applied + datetime.timedelta(days=rng.randint(1, max(1, wait - 3))))
            if state == "completed"
            else None
        )
        certificate = None
        if state == "completed":
            expires = add_months(finished, plan.validity_months)
            accepted = planned <= today and rng.random() < 0.93
            fate = rng.choices(["valid", "revoked", "reissued"], [990, 5, 5])[0]
            certificate = (finished, expires, accepted, fate)
        kept_until = max(planned, certificate[1]) if certificate else planned
        anonymised = kept_until < self.retention_cutoff
        status = "submitted"
        if certificate and certificate[2] and certificate[3] != "revoked":
            status = "accepted"
        elif planned < today:
            status = rng.choice(["registered", "withdrawn"])
        rows.applications.append(
            (
                app_id,
                office,
                f"S{index:08d}",
                applied,
                planned,
                wait < 15,
                status,
                clerk,
                created,
                self.now if anonymised else None,
            )
        )
        partners = []
        for position in (1, 2):
            partners.append(self._partner(index, position, app_id, applied, anonymised, rng, rows))
        if not has_assignment:
            return
        assignment_id = bases["assignment"] + index
        started = (
            _at(applied + datetime.timedelta(days=rng.randint(0, 1)), rng, 18)
            if state in ("in_progress", "completed")
            or (state == "cancelled" and rng.random() < 0.5)
            else None
        )
        rows.assignments.append(
            (
                assignment_id,
                app_id,
                plan.course_id,
                due,
                state,
                clerk,
                created,
                started,
                _at(finished, rng, 19) if finished else None,
                _at(due, rng) if state == "cancelled" else None,
            )
        )
        keys = []
        for position, (partner_id, _name, _lang, consent) in enumerate(partners, start=1):
            key = uuid.UUID(int=rng.getrandbits(128), version=4)
            access_id = bases["access"] + 2 * index + position - 1
            rows.accesses.append(
                (
                    access_id,
                    assignment_id,
                    partner_id,
                    f"{rng.getrandbits(256):064x}",
                    created,
                    key,
                )
            )
            keys.append((key, access_id, partner_id, consent))
        recent = applied >= self.learning_since
        cert_id = None
        if certificate:
            cert_id = self._certificate(
                index, assignment_id, office, clerk, partners, certificate, anonymised, rng, rows
            )
        if recent and started is not None and not anonymised:
            self._learning(index, state, started, finished, keys, rng, rows)
        if recent and not anonymised:
            self._messages(office, app_id, due, keys, cert_id, certificate, rng, rows)
        if certificate and certificate[2] and planned >= self.events_since and clerk:
            self._events(clerk, cert_id, planned, rng, rows)

    def _partner(self, index, position, app_id, applied, anonymised, rng, rows) -> tuple:
        partner_id = self.plan.bases["partner"] + 2 * index + position - 1
        born = applied - datetime.timedelta(days=rng.randint(20 * 365, 38 * 365))
        firsts = FIRST_NAMES_M if position == 1 else FIRST_NAMES_F
        surname = rng.choice(SURNAMES)
        if position == 2 and not surname.endswith(("а", "Ким", "Ли", "Пак")):
            surname += "а"
        name = f"{rng.choice(firsts)} {surname}"
        language = rng.choices(["kk", "ru", "en"], [60, 38, 2])[0]
        consent_email = rng.random() < 0.4
        consent_sms = rng.random() < 0.5
        if anonymised:
            rows.partners.append(
                (
                    partner_id,
                    position - 1,
                    app_id,
                    "",
                    born.replace(month=1, day=1),
                    "",
                    "",
                    "",
                    "",
                    "",
                    language,
                    consent_email,
                    consent_sms,
                    None,
                )
            )
            return partner_id, "", language, False
        iin = scale_iin(partner_id, born, position)
        phone = f"+7701{rng.randrange(10**7):07d}"
        email = f"p{partner_id}@example.kz"
        rows.partners.append(
            (
                partner_id,
                position - 1,
                app_id,
                name,
                born,
                name.casefold(),
                iin_hash(iin),
                iin[-4:],
                phone,
                email,
                language,
                consent_email,
                consent_sms,
                _at(applied, rng) if consent_email or consent_sms else None,
            )
        )
        return partner_id, name, language, consent_email or consent_sms

    def _certificate(
        self, index, assignment_id, office, clerk, partners, certificate, anonymised, rng, rows
    ) -> int:
        finished, expires, accepted, fate = certificate
        plan = self.plan
        cert_id = plan.bases["certificate"] + 2 * index
        names = ("", "") if anonymised else (partners[0][1], partners[1][1])
        issued_at = _at(finished, rng, 19)
        accepted_at = None
        if accepted:
            planned = finished + datetime.timedelta(days=rng.randint(3, 20))
            accepted_at = _at(min(planned, self.today), rng)
        base = [
            cert_id,
            _code(rng),
            assignment_id,
            plan.course_id,
            office,
            finished,
            expires,
            names[0],
            names[1],
            "2.5",
            rng.choice(["online", "online", "in_person"]),
            partners[0][2],
            "valid",
            issued_at,
            accepted_at,
            clerk if accepted else None,
            None,
            None,
            "",
            None,
        ]
        if fate == "revoked":
            base[12], base[16], base[17] = "revoked", issued_at + datetime.timedelta(days=2), clerk
            base[18] = "Issued by mistake"
            base[14] = base[15] = None
        elif fate == "reissued":
            new_id = cert_id + 1
            replacement = list(base)
            replacement[0], replacement[1] = new_id, _code(rng)
            replacement[13] = issued_at + datetime.timedelta(days=1)
            rows.certificates.append(tuple(replacement))
            base[12], base[19], base[14], base[15] = "replaced", new_id, None, None
            cert_id = new_id
        rows.certificates.append(tuple(base))
        return cert_id

    def _learning(self, index, state, started, finished, keys, rng, rows) -> None:
        plan = self.plan
        lessons = plan.lessons
        for position, (key, _access, _partner, _consent) in enumerate(keys, start=1):
            enrollment_id = plan.bases["enrollment"] + 2 * index + position - 1
            done = (
                len(lessons) if state == "completed" else rng.randint(1, max(1, len(lessons) - 1))
            )
            moment = started
            for lesson_id, quiz in lessons[:done]:
                moment += datetime.timedelta(minutes=rng.randint(8, 40))
                if quiz:
                    if rng.random() < 0.4:
                        rows.attempts.append(
                            (enrollment_id, lesson_id, quiz, 40, False, "{}", moment)
                        )
                        moment += datetime.timedelta(minutes=3)
                    rows.attempts.append(
                        (enrollment_id, lesson_id, quiz, rng.choice([80, 100]), True, "{}", moment)
                    )
                rows.completions.append((enrollment_id, lesson_id, moment))
            completed_at = moment if state == "completed" and finished else None
            rows.enrollments.append(
                (
                    enrollment_id,
                    plan.course_id,
                    key,
                    started,
                    moment,
                    int((moment - started).total_seconds() * 0.6),
                    lessons[done - 1][0],
                    completed_at,
                )
            )

    def _messages(self, office, app_id, due, keys, cert_id, certificate, rng, rows) -> None:
        reminder_at = _at(due - datetime.timedelta(days=3), rng, 8)
        for _key, access_id, partner_id, consent in keys:
            if not consent:
                continue
            channel = rng.choice(["email", "sms"])
            if reminder_at.date() <= self.today and rng.random() < 0.4:
                rows.messages.append(
                    (
                        "reminder",
                        channel,
                        "delivered",
                        1,
                        reminder_at,
                        reminder_at,
                        reminder_at,
                        "",
                        office,
                        app_id,
                        partner_id,
                        access_id,
                        None,
                    )
                )
            if cert_id is not None:
                ready = _at(certificate[0], rng, 20)
                status = "delivered" if rng.random() < 0.97 else "failed"
                rows.messages.append(
                    (
                        "certificate_ready",
                        channel,
                        status,
                        1,
                        ready,
                        ready,
                        ready if status == "delivered" else None,
                        "" if status == "delivered" else "SMTPException",
                        office,
                        app_id,
                        partner_id,
                        None,
                        cert_id,
                    )
                )

    def _events(self, clerk, cert_id, planned, rng, rows) -> None:
        username = self.usernames.get(clerk, "")
        moment = _at(min(planned, self.today), rng)
        address = f"{rng.getrandbits(256):064x}"
        for offset, kind, detail in (
            (-600, "login_succeeded", "{}"),
            (-590, "mfa_verified", "{}"),
            (0, "certificate_accepted", f'{{"certificate": {cert_id}}}'),
        ):
            rows.events.append(
                (
                    moment + datetime.timedelta(seconds=offset),
                    kind,
                    username,
                    clerk,
                    address,
                    detail,
                )
            )
