"""Consultation requests: a visitor asks a centre to contact them (personal data, kept briefly),
and the anonymous tally of where requests came from (kept, so counts outlive the purge)."""

from __future__ import annotations

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Language

from ..invalidation import forget_statistics
from .choices import FamilyStage, TookCourse
from .pages import ResourceCentrePage


class ConsultationTopic(models.TextChoices):
    COMMUNICATION = "communication", _("Arguments and communication")
    DIVORCE = "divorce", _("Divorce and children's residence")
    LEGAL = "legal", _("Legal questions")
    CHILDREN = "children", _("A child's worries or behaviour")
    SAFETY = "safety", _("Violence or feeling unsafe")
    OTHER = "other", _("Something else")


class ReferralSource(models.TextChoices):
    """Where the visitor pressed "Ask for a consultation"; a word in the form's URL, never personal."""

    OFFICE = "office", _("Registry office slip")
    COURSE = "course", _("Learner's course page")
    CERTIFICATE = "certificate", _("Certificate")
    DIRECTORY = "directory", _("Centre directory")
    GUIDE = "guide", _("Help guide")

    @classmethod
    def parse(cls, value: object) -> str:
        """A known source word, else `directory` (the form's own address, reached from a centre page)."""
        return value if isinstance(value, str) and value in cls.values else cls.DIRECTORY.value


# Registry offices live in an app above this one: named by string, never imported (see __init__).
REGISTRY_OFFICE = "registry_offices.RegistryOffice"


class ConsultationRequest(models.Model):
    """A request to be contacted by a centre; personal data, so kept briefly and shown to its staff only."""

    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="consultation_requests",
        verbose_name=_("centre"),
    )
    name = models.CharField(_("first name or alias"), max_length=60)
    contact = models.CharField(_("phone or e-mail"), max_length=120)
    topic = models.CharField(_("topic"), max_length=20, choices=ConsultationTopic.choices)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    source = models.CharField(
        _("came from"),
        max_length=12,
        choices=ReferralSource.choices,
        default=ReferralSource.DIRECTORY,
    )
    office = models.ForeignKey(
        REGISTRY_OFFICE,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referring registry office"),
    )
    # Asked in the form (optional), kept in the anonymous tally: at which stage families come,
    # and whether they took a course (what they say, never looked up).
    stage = models.CharField(
        _("family's stage"), max_length=16, choices=FamilyStage.choices, null=True, blank=True
    )
    took_course = models.CharField(
        _("took a family-life course"),
        max_length=8,
        choices=TookCourse.choices,
        null=True,
        blank=True,
    )

    # Personal data, no content: Wagtail's reference index ("usage" of the centre page) skips it.
    # Indexed, each purged request cost two DELETEs of its index rows one by one inside the
    # purge's transaction (4.7 s of locks for 2,000 requests at the full size).
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # No personal data in titles (admin breadcrumbs, logs).
        return _("Request of %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")
        }


class RequestTallyQuerySet(models.QuerySet):
    def count_request(self, request: ConsultationRequest) -> None:
        """Add one to the month's count of the request's centre, source and office.

        An UPDATE with F() first, so two requests at once both count; a missing row is created
        (a rare duplicate row from a race only splits a count that every reader sums)."""
        month = timezone.localdate(request.created_at).replace(day=1)
        key = {
            "month": month,
            "centre_id": request.centre_id,
            "source": request.source,
            "office_id": request.office_id,
            "stage": request.stage or None,
            "took_course": request.took_course or None,
        }
        if not self.filter(**key).update(count=F("count") + 1):
            self.create(**key, count=1)
        # The statistics page shows these counts: a new statistics version drops its cached
        # figures and its cached copies (they depend on the version: home.pagecache.depends_on),
        # so the new count shows at once while every other cached page stays.
        forget_statistics()


class RequestTally(models.Model):
    """How many consultation requests a centre received in a month, by source and referring office.

    Anonymous counts only (no name, contact or topic), kept when the requests themselves are
    purged after their retention period, so the statistics do not shrink as old requests go.
    """

    month = models.DateField(_("month"))
    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="request_tallies",
        verbose_name=_("centre"),
    )
    source = models.CharField(_("came from"), max_length=12, choices=ReferralSource.choices)
    office = models.ForeignKey(
        REGISTRY_OFFICE,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referring registry office"),
    )
    stage = models.CharField(
        _("family's stage"), max_length=16, choices=FamilyStage.choices, null=True, blank=True
    )
    took_course = models.CharField(
        _("took a family-life course"),
        max_length=8,
        choices=TookCourse.choices,
        null=True,
        blank=True,
    )
    count = models.PositiveIntegerField(_("requests"), default=0)

    objects = RequestTallyQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation request count")
        verbose_name_plural = _("consultation request counts")
        indexes = [models.Index(fields=["month", "source"])]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.source}"
