"""Course assignments: a course a couple must take before the registration, and each partner's access.

The verbs live here: `CourseAssignment.objects.assign(...)`, `assignment.start()`, `.complete()`,
`.cancel(user)`, `access.regenerate_code(user)`; each act a clerk does is logged in Wagtail's history.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import actions, signals
from .applications import MarriageApplication
from .offices import copied_office
from .tallies import add as add_tallies
from .tallies import assignment_keys


class AssignmentRefused(Exception):
    """A clerk's act on an assignment that its state does not allow; the message says why."""


@dataclass
class IssuedCodes:
    """Plain access codes, alive only for the response that prints the slip."""

    assignment: CourseAssignment
    codes: dict[int, str] = field(default_factory=dict)  # partner id -> code


class AssignmentQuerySet(models.QuerySet):
    """Overdue is derived from the due date, so filters and reports never wait for a nightly job."""

    @transaction.atomic
    def assign(
        self, application: MarriageApplication, course, due_date: datetime.date, user
    ) -> IssuedCodes:
        """Create the assignment and one access code per partner; return the codes once.

        Refused (AssignmentRefused) while the couple holds a valid certificate for the course, or
        when the course is already assigned: the partial unique index decides a double submit.
        """
        if self.filter(
            application=application, course=course, certificates__state="valid"
        ).exists():
            raise AssignmentRefused(str(CERTIFIED_MESSAGE))
        try:
            with transaction.atomic():
                assignment = self.create(
                    application=application, course=course, due_date=due_date, created_by=user
                )
        except IntegrityError:
            raise AssignmentRefused(str(ALREADY_ASSIGNED_MESSAGE)) from None
        from .accesses import PartnerAccess  # its module imports this one

        issued = IssuedCodes(assignment)
        accesses = []
        for partner in application.partners.all():
            access = PartnerAccess(assignment=assignment, partner=partner)
            issued.codes[partner.pk] = access.issue_code()
            accesses.append(access)
        PartnerAccess.objects.bulk_create(accesses)
        touch_application(application.pk)
        log(
            application,
            actions.ASSIGNED,
            user=user,
            data={
                "assignment": assignment.pk,
                "course": course.pk,
                "due_date": due_date.isoformat(),
            },
        )
        return issued

    def open(self) -> AssignmentQuerySet:
        return self.filter(state__in=CourseAssignment.OPEN_STATES)

    def overdue(self, today: datetime.date | None = None) -> AssignmentQuerySet:
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def in_effective_state(
        self, state: str, today: datetime.date | None = None
    ) -> AssignmentQuerySet:
        """Rows whose state as the clerk sees it (with overdue) is `state`."""
        today = today or timezone.localdate()
        if state == CourseAssignment.OVERDUE:
            return self.overdue(today)
        if state in CourseAssignment.OPEN_STATES:
            return self.filter(state=state, due_date__gte=today)
        return self.filter(state=state)


class CourseAssignment(models.Model):
    """A course a couple must take before their registration, with a due date and access codes."""

    class State(models.TextChoices):
        ASSIGNED = "assigned", _("Assigned")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    # Not stored: an assigned or in-progress assignment past its due date is shown as overdue.
    OVERDUE = "overdue"
    OPEN_STATES = (State.ASSIGNED, State.IN_PROGRESS)

    application = models.ForeignKey(
        MarriageApplication,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("marriage application"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="registry_assignments",
        verbose_name=_("course"),
    )
    # Copied so the list's overdue and open-state filters read one office's assignments by
    # index rather than every such assignment of the country (0056). Kept by save() and by the
    # application's move.
    office = copied_office()
    due_date = models.DateField(_("due date"))
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.ASSIGNED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    created_at = models.DateTimeField(_("assigned at"), default=timezone.now, db_index=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("course assignment")
        verbose_name_plural = _("course assignments")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "course"],
                condition=~Q(state="cancelled"),
                name="one_live_assignment_per_course",
            )
        ]
        indexes = [
            models.Index(fields=["state", "due_date"], name="assignment_state_due"),
            # The applications list's state filters, from the index alone (migration 0050).
            models.Index(
                fields=["application", "state", "due_date"], name="assignment_app_state_due"
            ),
            # One office's overdue, open or cancelled assignments, with their applications, so
            # the list's filters read them from the index alone (migration 0056).
            models.Index(
                fields=["office", "state", "due_date", "application"],
                name="assignment_office_state_due",
            ),
        ]

    def __str__(self) -> str:
        return _("Course assignment %(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs) -> None:
        """A new assignment is counted in the report tallies in the same transaction."""
        adding = self._state.adding
        if self.office_id is None:
            self.office_id = self.application.office_id
        with transaction.atomic():
            super().save(*args, **kwargs)
            if adding:
                add_tallies(
                    assignment_keys(
                        self.office_id,
                        self.course_id,
                        self.created_at,
                        self.state,
                        self.due_date,
                        self.completed_at,
                    )
                )

    def effective_state(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if self.state in self.OPEN_STATES and self.due_date < today:
            return self.OVERDUE
        return self.state

    def get_effective_state_display(self) -> str:
        return EFFECTIVE_STATE_LABELS[self.effective_state()]

    @property
    def is_cancelled(self) -> bool:
        return self.state == self.State.CANCELLED

    @property
    def can_cancel(self) -> bool:
        """Open assignments can be cancelled; a completed one only once its certificate is no
        longer valid (revoked): the clerk revokes a certificate, never cancels it away."""
        if self.state in self.OPEN_STATES:
            return True
        if self.state != self.State.COMPLETED:
            return False
        return not any(c.state == "valid" for c in self.certificates.all())

    def start(self) -> bool:
        """The first lesson opened: assigned becomes in progress (once; safe on every visit)."""
        if self.state != self.State.ASSIGNED:
            return False
        return self._move(self.State.IN_PROGRESS, "started_at", from_states=[self.State.ASSIGNED])

    def complete(self) -> bool:
        """Both partners finished: completed exactly once, even when two requests race."""
        return self._move(self.State.COMPLETED, "completed_at", from_states=self.OPEN_STATES)

    @transaction.atomic
    def cancel(self, user) -> bool:
        """Cancel: the codes stop working; the row stays for the reports and the history.

        A completed assignment whose certificate is valid is refused (AssignmentRefused): else
        the certificate would stay valid and the course could be assigned and certified again.
        """
        cancelled = self._move(
            self.State.CANCELLED,
            "cancelled_at",
            from_states=[*self.OPEN_STATES, self.State.COMPLETED],
            among=CourseAssignment.objects.exclude(certificates__state="valid"),
        )
        if not cancelled and self.state != self.State.CANCELLED:
            self.refresh_from_db(fields=["state"])
            if self.state == self.State.COMPLETED:
                raise AssignmentRefused(str(COMPLETED_MESSAGE))
        if cancelled:
            log(
                self.application,
                actions.CANCELLED,
                user=user,
                data={"assignment": self.pk, "course": self.course_id},
            )
            transaction.on_commit(
                lambda: signals.assignment_cancelled.send(CourseAssignment, assignment=self)
            )
        return cancelled

    def _move(self, state: str, stamp: str, from_states, among=None) -> bool:
        """One conditional UPDATE: of two requests making the same move, exactly one does."""
        now = timezone.now()
        rows = CourseAssignment.objects.all() if among is None else among
        with transaction.atomic():
            # The row locked first, so the state it leaves is the one its tally loses.
            before = (
                CourseAssignment.objects.select_for_update(of=("self",))
                .filter(pk=self.pk)
                .values("course_id", "created_at", "state", "due_date", "completed_at")
                .annotate(office_id=F("application__office_id"))
                .first()
            )
            moved = rows.filter(pk=self.pk, state__in=list(from_states)).update(
                state=state, **{stamp: now}
            )
            if moved:
                common = (before["office_id"], before["course_id"], before["created_at"])
                due, completed_at = before["due_date"], before["completed_at"]
                if stamp == "completed_at":
                    completed_at = now
                deltas = Counter()
                deltas.subtract(
                    assignment_keys(*common, before["state"], due, before["completed_at"])
                )
                deltas.update(assignment_keys(*common, state, due, completed_at))
                add_tallies(deltas)
        if moved:
            self.state = state
            setattr(self, stamp, now)
            touch_application(self.application_id, now)
        return bool(moved)


def touch_application(application_id: int, when: datetime.datetime | None = None) -> None:
    """A course's change is the application's change for systems that sync by `updated_at`."""
    MarriageApplication.objects.filter(pk=application_id).update(updated_at=when or timezone.now())


ALREADY_ASSIGNED_MESSAGE = _("This course is already assigned to this couple.")
CERTIFIED_MESSAGE = _(
    "This couple holds a valid certificate for this course; it cannot be assigned again "
    "unless that certificate is revoked."
)
COMPLETED_MESSAGE = _(
    "A completed course cannot be cancelled while its certificate is valid; revoke the "
    "certificate instead."
)

EFFECTIVE_STATE_LABELS = {
    CourseAssignment.State.ASSIGNED: CourseAssignment.State.ASSIGNED.label,
    CourseAssignment.State.IN_PROGRESS: CourseAssignment.State.IN_PROGRESS.label,
    CourseAssignment.State.COMPLETED: CourseAssignment.State.COMPLETED.label,
    CourseAssignment.OVERDUE: _("Overdue"),
    CourseAssignment.State.CANCELLED: CourseAssignment.State.CANCELLED.label,
}
