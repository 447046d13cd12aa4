"""Marriage applications with their two partners.

Personal data is kept to what a clerk needs: names and dates of birth as in the ID document, the
IIN only as a keyed hash plus its last four digits, and optional contact details.
"""

import calendar
import datetime
from collections import Counter

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from home.choices import Language

from .. import iin as iin_rules
from .offices import RegistryOffice, copied_office
from .tallies import add as add_tallies
from .tallies import add_applications, application_month, assignment_keys

# Marriage is registered 15 days after the application unless the office shortens the term.
STANDARD_WAITING_DAYS = 15
MINIMUM_AGE = 18


class MarriageApplication(ClusterableModel):
    """An application to register a marriage, made by two partners at one office."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        # Set by accepting the couple's certificate at the counter (Certificate.accept).
        CERTIFICATE_ACCEPTED = "accepted", _("Certificate accepted")
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
    # The registry information system's own number for the application (the registry API), unique
    # within the office when given.
    external_id = models.CharField(
        _("registry system's number"), max_length=64, null=True, blank=True, editable=False
    )
    # Moved on by every save and by its courses' changes (assignments.py): the registry API's
    # lists sync by it.
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Set by the retention rule (learning's `purge_couple_data`): names, IINs and contacts are gone,
    # the counts for reports stay.
    anonymised_at = models.DateTimeField(_("personal data removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("marriage application")
        verbose_name_plural = _("marriage applications")
        ordering = ["-application_date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "number"], name="unique_application_number_per_office"
            ),
            models.UniqueConstraint(
                fields=["office", "external_id"],
                condition=models.Q(external_id__isnull=False),
                name="unique_external_id_per_office",
            ),
        ]
        indexes = [
            models.Index(fields=["office", "-application_date"], name="application_office_date"),
            models.Index(fields=["office", "updated_at", "id"], name="application_office_updated"),
            # The live applications (personal data kept) of an office, newest first: "Find a
            # couple" by name searches these only (migration 0052).
            models.Index(
                fields=["office", "-application_date"],
                condition=models.Q(anonymised_at__isnull=True),
                name="application_office_live",
            ),
        ]

    def __str__(self) -> str:
        # Only the number: this string goes to Wagtail's history log and the admin's page titles.
        return _("Application %(number)s") % {"number": self.number}

    @property
    def has_certificates(self) -> bool:
        """A certificate (in any state) was issued: the application must be kept for it."""
        return self.assignments.filter(certificates__isnull=False).exists()

    @property
    def has_assignments(self) -> bool:
        """A course was assigned: the partners have access codes and must stay."""
        return self.pk is not None and self.assignments.exists()

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The office it was loaded with: a move to another office moves its report tallies.
        instance._loaded_office_id = instance.__dict__.get("office_id")
        instance._loaded_application_date = instance.__dict__.get("application_date")
        return instance

    def save(self, *args, **kwargs) -> None:
        self.shortened_term = is_shortened_term(
            self.application_date, self.planned_registration_date
        )
        old_office_id = getattr(self, "_loaded_office_id", None)
        old_date = getattr(self, "_loaded_application_date", None)
        adding = self._state.adding
        with transaction.atomic():
            super().save(*args, **kwargs)
            if old_office_id and old_office_id != self.office_id:
                self._move_tallies(old_office_id, self.office_id)
                # The copies the list's filters read by index (CourseAssignment.office,
                # Partner.office).
                self.assignments.update(office_id=self.office_id)
                Partner.objects.filter(application=self).update(office_id=self.office_id)
            counted: Counter = Counter()
            now = (self.office_id, self.application_date)
            if adding:
                counted[(self.office_id, application_month(self.application_date))] += 1
            elif old_office_id and old_date and (old_office_id, old_date) != now:
                counted[(old_office_id, application_month(old_date))] -= 1
                counted[(self.office_id, application_month(self.application_date))] += 1
            add_applications(counted)
        self._loaded_office_id = self.office_id
        self._loaded_application_date = self.application_date

    def _move_tallies(self, old_office_id: int, new_office_id: int) -> None:
        """Its assignments count at the new office now (certificates keep the issuing office)."""
        deltas: Counter = Counter()
        rows = self.assignments.values(
            "course_id", "created_at", "state", "due_date", "completed_at"
        )
        for row in rows:
            args = (
                row["course_id"],
                row["created_at"],
                row["state"],
                row["due_date"],
                row["completed_at"],
            )
            deltas.subtract(assignment_keys(old_office_id, *args))
            deltas.update(assignment_keys(new_office_id, *args))
        add_tallies(deltas)


def is_shortened_term(application_date: datetime.date, planned: datetime.date | None) -> bool:
    if planned is None or application_date is None:
        return False
    # A difference, not `application_date + 15 days`: that overflows near 9999-12-31.
    return (planned - application_date).days < STANDARD_WAITING_DAYS


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day where it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


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
    # Copied so a name token is looked up among one office's partners (a GIN index of office
    # and name, 0057) rather than every partner of the country with that name. Kept by save()
    # and by the application's move.
    office = copied_office()
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
    # The partner's own choice at the counter (notices app): reminders before the due date and
    # "your certificate is ready", by e-mail and/or SMS; when the choice was last made.
    notify_by_email = models.BooleanField(
        _("notices by e-mail"),
        default=False,
        help_text=_("The partner agrees to receive reminders and notices at this e-mail address."),
    )
    notify_by_sms = models.BooleanField(
        _("notices by SMS"),
        default=False,
        help_text=_("The partner agrees to receive reminders and notices by SMS to this phone."),
    )
    notices_consent_at = models.DateTimeField(
        _("notices chosen at"), null=True, blank=True, editable=False
    )

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        indexes = [
            # The partners still lacking the copied office: empty once `backfill_office_copies`
            # has run, so asking whether any is left costs nothing (0057).
            models.Index(
                fields=["id"], condition=Q(office__isnull=True), name="partner_without_office"
            ),
        ]

    def __str__(self) -> str:
        return _("Partner %(position)s") % {"position": self.position}

    def save(self, *args, **kwargs) -> None:
        self.name_search = self.full_name.casefold()
        self.office_id = self.application.office_id
        super().save(*args, **kwargs)

    def set_iin(self, iin: str) -> None:
        """Keep a keyed hash for look-up and the last four digits for display, nothing more."""
        number = iin_rules.normalise(iin)
        self.iin_hash = iin_rules.iin_hash(number)
        self.iin_last4 = number[-4:]

    @property
    def notice_channels(self) -> list[str]:
        """The channels this partner agreed to and can be reached on ("email", "sms")."""
        channels = []
        if self.notify_by_email and self.email:
            channels.append("email")
        if self.notify_by_sms and self.phone:
            channels.append("sms")
        return channels

    @property
    def position(self) -> int:
        """1 or 2, as the clerk and the slips number the partners."""
        return (self.sort_order or 0) + 1
