"""Each partner's access to an assignment: a hashed access code and a stable learner key.

Split from `assignments` (module size); `CourseAssignment.objects.assign(...)` makes these rows.
"""

from __future__ import annotations

import datetime
import hmac
import uuid

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import actions
from ..codes import candidate_hashes, hash_access_code, new_access_code
from .applications import Partner
from .assignments import CourseAssignment


class PartnerAccessQuerySet(models.QuerySet):
    def find_usable(self, code: str, today: datetime.date | None = None) -> PartnerAccess | None:
        """The usable access for a code, or None whatever the reason (wrong, cancelled, expired).

        One indexed query on the code's hash (a unique index; a new code typed in any case, with
        or without dashes, and an old code as printed), then compared in constant time.
        """
        if not code or len(code) > 200:
            return None
        digests = candidate_hashes(code)
        access = (
            self.select_related("assignment__application__office", "assignment__course", "partner")
            .filter(code_hash__in=digests)
            .first()
        )
        if access is None or not any(hmac.compare_digest(access.code_hash, d) for d in digests):
            return None
        return access if access.is_usable(today) else None


class PartnerAccess(models.Model):
    """One partner's place in an assignment: their access code (hashed) and a stable learner key.

    The learner key stays when a lost code is replaced, so progress recorded against it (by the
    learner journey) survives; the code hash changes, so the old code stops working at once.
    """

    assignment = models.ForeignKey(
        CourseAssignment, on_delete=models.CASCADE, related_name="accesses"
    )
    # RESTRICT, not CASCADE: removing a partner from an application with a course would delete
    # their access (and so any chance of a certificate). Unlike PROTECT it still lets a whole
    # application go, when its assignments (and so these rows) are deleted with it.
    partner = models.ForeignKey(Partner, on_delete=models.RESTRICT, related_name="accesses")
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    code_issued_at = models.DateTimeField(default=timezone.now, editable=False)
    learner_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = PartnerAccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner's access")
        verbose_name_plural = _("partners' access")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "partner"], name="one_access_per_partner_and_assignment"
            )
        ]

    def __str__(self) -> str:
        return _("Access %(id)s") % {"id": self.pk}

    def issue_code(self) -> str:
        """Give this partner a new code and return it; only its hash is kept."""
        code = new_access_code()
        self.code_hash = hash_access_code(code)
        self.code_issued_at = timezone.now()
        return code

    @transaction.atomic
    def regenerate_code(self, user) -> str:
        """Replace a lost code: the old one stops working at once, progress stays (learner key)."""
        code = self.issue_code()
        self.save(update_fields=["code_hash", "code_issued_at"])
        log(
            self.assignment.application,
            actions.CODE_REGENERATED,
            user=user,
            data={"assignment": self.assignment_id, "partner": self.partner.position},
        )
        return code

    def is_usable(self, today: datetime.date | None = None) -> bool:
        """A code works until the assignment is cancelled or the planned registration date has passed."""
        today = today or timezone.localdate()
        assignment = self.assignment
        return (
            assignment.state != CourseAssignment.State.CANCELLED
            and today <= assignment.application.planned_registration_date
        )
