"""What follows a couple's assignment: the certificate (accepted, revoked or reissued), the last
year's learning rows, the notices sent and the clerk's security events (a mixin of BatchBuilder)."""

from __future__ import annotations

import datetime

from .rows import _at, _code


class CoupleRecords:
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
