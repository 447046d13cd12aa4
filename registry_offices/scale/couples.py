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

from ..iin import iin_hash
from ..models import add_months
from .plan import BATCH_COUPLES, Plan
from .records import CoupleRecords
from .rows import (
    COLUMNS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    PURGE_BACKLOG_DAYS,
    SURNAMES,
    Rows,
    _at,
    scale_iin,
)

__all__ = ["COLUMNS", "BATCH_COUPLES", "BatchBuilder", "Rows", "scale_iin"]


class Weighted:
    """A weighted draw with the cumulative weights summed once: `rng.choices(values, weights)`
    sums them on every call, a fifth of a batch's time at 40,000 draws. It draws exactly what
    `choices` draws (one `random()`, the same bisection), so a seed makes the same database."""

    def __init__(self, values: list, weights: list[int]) -> None:
        self.values = values
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1] + 0.0

    def pick(self, rng: random.Random):
        point = rng.random() * self.total
        return self.values[bisect.bisect(self.cumulative, point, 0, len(self.values) - 1)]


PAST_STATES = Weighted(["completed", "cancelled", "assigned", "in_progress"], [86, 5, 3, 6])
OPEN_STATES = Weighted(["assigned", "in_progress", "completed"], [35, 45, 20])
FATES = Weighted(["valid", "revoked", "reissued"], [990, 5, 5])
LANGUAGES = Weighted(["kk", "ru", "en"], [60, 38, 2])


class BatchBuilder(CoupleRecords):
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
                state = PAST_STATES.pick(rng)
            else:
                state = OPEN_STATES.pick(rng)
        finished = (
            min(due, applied + datetime.timedelta(days=rng.randint(1, max(1, wait - 3))))
            if state == "completed"
            else None
        )
        certificate = None
        if state == "completed":
            expires = add_months(finished, plan.validity_months)
            accepted = planned <= today and rng.random() < 0.93
            fate = FATES.pick(rng)
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
                self.now if anonymised else created,
            )
        )
        partners = []
        for position in (1, 2):
            partners.append(
                self._partner(index, position, app_id, office, applied, anonymised, rng, rows)
            )
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
                office,
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

    def _partner(self, index, position, app_id, office, applied, anonymised, rng, rows) -> tuple:
        partner_id = self.plan.bases["partner"] + 2 * index + position - 1
        born = applied - datetime.timedelta(days=rng.randint(20 * 365, 38 * 365))
        firsts = FIRST_NAMES_M if position == 1 else FIRST_NAMES_F
        surname = rng.choice(SURNAMES)
        if position == 2 and not surname.endswith(("а", "Ким", "Ли", "Пак")):
            surname += "а"
        name = f"{rng.choice(firsts)} {surname}"
        language = LANGUAGES.pick(rng)
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
                    office,
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
                office,
            )
        )
        return partner_id, name, language, consent_email or consent_sms
