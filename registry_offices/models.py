"""Registry offices, their clerks, marriage applications with their two partners, course assignments.

Personal data is kept to what a clerk needs: names and dates of birth as in the ID document, the IIN
only as a keyed hash plus its last four digits, and optional contact details. `__str__` of every model
here is free of personal data because Wagtail writes it into its history log and page titles.
"""

import datetime
import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable

from home.choices import Language
from resource_centers.models import City

from . import iin as iin_rules

# Marriage is registered 15 days after the application unless the office shortens the term.
STANDARD_WAITING_DAYS = 15
MINIMUM_AGE = 18


class RegistryOffice(ClusterableModel):
    """A civil registry office (АХАТ / ЗАГС).

    The name is three plain fields rather than a TranslatableMixin snippet: an office is one place
    with one code, address and staff, and applications and memberships point at it. Translatable
    rows would make one office three rows and every foreign key pick one of them; three fields keep
    one admin form and one row, and `name` picks the active language.
    """

    name_kk = models.CharField(_("name in Kazakh"), max_length=200)
    name_ru = models.CharField(_("name in Russian"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    code = models.SlugField(
        _("code"),
        max_length=30,
        unique=True,
        help_text=_("A short stable code, e.g. astana-1; it prefixes application numbers."),
    )
    city = models.CharField(_("city"), max_length=30, choices=City.choices)
    address = models.CharField(_("address"), max_length=255)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("As people should read it, e.g. Mon–Fri 9:00–18:00."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")],
            heading=_("Name"),
        ),
        FieldRowPanel([FieldPanel("code"), FieldPanel("city")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("opening_hours")]),
        InlinePanel(
            "resource_centres",
            label=_("Resource centre"),
            heading=_("Resource centres to refer couples to, nearest first"),
        ),
        InlinePanel("memberships", label=_("Staff"), heading=_("Clerks and office heads")),
    ]

    class Meta:
        verbose_name = _("registry office")
        verbose_name_plural = _("registry offices")
        ordering = ["city", "code"]
        permissions = [
            ("view_office_report", _("Can see the reports of their own office")),
            ("view_all_offices_report", _("Can see aggregate reports of every office")),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to Kazakh."""
        language = (translation.get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", "") or self.name_kk

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_kk


class OfficeResourceCentre(Orderable):
    """A resource centre an office refers couples to; the order is nearest first."""

    office = ParentalKey(RegistryOffice, on_delete=models.CASCADE, related_name="resource_centres")
    centre = models.ForeignKey(
        "resource_centers.ResourceCentrePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("resource centre"),
    )

    panels = [PageChooserPanel("centre", page_type="resource_centers.ResourceCentrePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("resource centre of the office")
        verbose_name_plural = _("resource centres of the office")
        constraints = [
            models.UniqueConstraint(fields=["office", "centre"], name="unique_office_centre")
        ]

    def __str__(self) -> str:
        return str(self.centre_id)


class OfficeMembership(models.Model):
    """A user working at an office; every clerk screen is scoped through these rows."""

    class Role(models.TextChoices):
        CLERK = "clerk", _("Clerk")
        HEAD = "head", _("Office head")

    office = ParentalKey(RegistryOffice, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="office_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.CLERK)

    panels = [FieldRowPanel([FieldPanel("user"), FieldPanel("role")])]

    class Meta:
        verbose_name = _("office membership")
        verbose_name_plural = _("office memberships")
        constraints = [
            models.UniqueConstraint(fields=["office", "user"], name="unique_office_membership")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} #{self.user_id}"


class MarriageApplication(ClusterableModel):
    """An application to register a marriage, made by two partners at one office."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        REGISTERED = "registered", _("Marriage registered")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    office = models.ForeignKey(
        RegistryOffice,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("registry office"),
    )
    number = models.CharField(
        _("application number"),
        max_length=30,
        help_text=_("As in the office's register; unique within the office."),
    )
    application_date = models.DateField(_("application date"), default=datetime.date.today)
    planned_registration_date = models.DateField(_("planned registration date"))
    shortened_term = models.BooleanField(
        _("shortened term"),
        default=False,
        editable=False,
        help_text=_("The registration is planned less than 15 days after the application."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("marriage application")
        verbose_name_plural = _("marriage applications")
        ordering = ["-application_date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "number"], name="unique_application_number_per_office"
            )
        ]
        indexes = [
            models.Index(fields=["office", "-application_date"], name="application_office_date")
        ]

    def __str__(self) -> str:
        # Only the number: this string goes to Wagtail's history log and the admin's page titles.
        return _("Application %(number)s") % {"number": self.number}

    def save(self, *args, **kwargs) -> None:
        self.shortened_term = is_shortened_term(
            self.application_date, self.planned_registration_date
        )
        super().save(*args, **kwargs)


def is_shortened_term(application_date: datetime.date, planned: datetime.date | None) -> bool:
    if planned is None or application_date is None:
        return False
    return planned < application_date + datetime.timedelta(days=STANDARD_WAITING_DAYS)


def age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Partner(Orderable):
    """One of the two people in an application. The IIN itself is never stored."""

    application = ParentalKey(
        MarriageApplication, on_delete=models.CASCADE, related_name="partners"
    )
    full_name = models.CharField(
        _("full name"), max_length=200, help_text=_("Exactly as in the ID document.")
    )
    date_of_birth = models.DateField(_("date of birth"))
    # Lower-cased copy of the name for search: SQLite's LIKE folds case for ASCII letters only.
    name_search = models.CharField(max_length=200, blank=True, editable=False)
    iin_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    iin_last4 = models.CharField(
        _("IIN, last four digits"), max_length=4, blank=True, editable=False
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=2,
        choices=Language.choices,
        default=Language.KAZAKH,
        help_text=_("The slip, the e-mail and the course open in this language."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self) -> str:
        return _("Partner %(position)s") % {
            "position": self.sort_order + 1 if self.sort_order is not None else ""
        }

    def save(self, *args, **kwargs) -> None:
        self.name_search = self.full_name.casefold()
        super().save(*args, **kwargs)

    def set_iin(self, iin: str) -> None:
        """Keep a keyed hash for look-up and the last four digits for display, nothing more."""
        number = iin_rules.normalise(iin)
        self.iin_hash = iin_rules.iin_hash(number)
        self.iin_last4 = number[-4:]

    def clear_iin(self) -> None:
        self.iin_hash = ""
        self.iin_last4 = ""

    @property
    def masked_iin(self) -> str:
        return f"•••• •••• {self.iin_last4}" if self.iin_last4 else ""

    @property
    def initials(self) -> str:
        """First letters of the name (for places that must not show the name in full)."""
        return " ".join(f"{part[0]}." for part in self.full_name.split() if part)


class AssignmentQuerySet(models.QuerySet):
    """Overdue is derived from the due date, so filters and reports never wait for a nightly job."""

    def open(self) -> "AssignmentQuerySet":
        return self.filter(state__in=CourseAssignment.OPEN_STATES)

    def overdue(self, today: datetime.date | None = None) -> "AssignmentQuerySet":
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def in_effective_state(
        self, state: str, today: datetime.date | None = None
    ) -> "AssignmentQuerySet":
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
        indexes = [models.Index(fields=["state", "due_date"], name="assignment_state_due")]

    def __str__(self) -> str:
        return _("Course assignment %(id)s") % {"id": self.pk}

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


EFFECTIVE_STATE_LABELS = {
    CourseAssignment.State.ASSIGNED: CourseAssignment.State.ASSIGNED.label,
    CourseAssignment.State.IN_PROGRESS: CourseAssignment.State.IN_PROGRESS.label,
    CourseAssignment.State.COMPLETED: CourseAssignment.State.COMPLETED.label,
    CourseAssignment.OVERDUE: _("Overdue"),
    CourseAssignment.State.CANCELLED: CourseAssignment.State.CANCELLED.label,
}


def hash_access_code(code: str) -> str:
    """SHA-256 is enough here: codes carry 192 random bits, so there is nothing to brute-force."""
    return hashlib.sha256(code.strip().encode()).hexdigest()


class PartnerAccess(models.Model):
    """One partner's place in an assignment: their access code (hashed) and a stable learner key.

    The learner key stays when a lost code is replaced, so progress recorded against it (by the
    learner journey) survives; the code hash changes, so the old code stops working at once.
    """

    assignment = models.ForeignKey(
        CourseAssignment, on_delete=models.CASCADE, related_name="accesses"
    )
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="accesses")
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    code_issued_at = models.DateTimeField(default=timezone.now, editable=False)
    learner_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

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
        code = secrets.token_urlsafe(24)
        self.code_hash = hash_access_code(code)
        self.code_issued_at = timezone.now()
        return code

    def is_usable(self, today: datetime.date | None = None) -> bool:
        """A code works until the assignment is cancelled or the planned registration date has passed."""
        today = today or timezone.localdate()
        assignment = self.assignment
        return (
            assignment.state != CourseAssignment.State.CANCELLED
            and today <= assignment.application.planned_registration_date
        )


from .certificates import Certificate  # noqa: E402, F401
