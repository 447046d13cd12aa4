"""Monthly reports: a centre's anonymous outcome figures for one month, entered by its staff."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import ResourceCentrePage

MIN_AGE, MAX_AGE = 16, 110
# The centres' figures start with the "Happy Family" project (June 2019): a year such as 1 or
# 1900 is a typing slip that would make a chart start centuries ago.
EARLIEST_MONTH = datetime.date(2019, 1, 1)
# The report's count per family stage (FamilyStage's keys after "stage_").
STAGE_FIELDS = (
    "stage_preparing",
    "stage_first_years",
    "stage_later_years",
    "stage_crisis",
    "stage_divorce",
    "stage_after_divorce",
)


class MonthlyReport(models.Model):
    """A centre's anonymous figures for one month, entered by its staff."""

    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="monthly_reports",
        verbose_name=_("centre"),
    )
    month = models.DateField(_("month"), help_text=_("Any day of the month; the first is stored."))
    applied = models.PositiveIntegerField(_("people who applied"))
    about_divorce = models.PositiveIntegerField(_("of them, about divorce"))
    reconciled = models.PositiveIntegerField(_("of those, agreed to reconcile"))
    with_children = models.PositiveIntegerField(_("people with children"))
    raised_residence = models.PositiveIntegerField(_("of them, raised the children's residence"))
    youngest_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    oldest_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    # The family's stage at intake, counted per stage (empty on reports made before it was asked),
    # and how many said they had taken a family-life course of the platform.
    stage_preparing = models.PositiveIntegerField(_("preparing to marry"), null=True, blank=True)
    stage_first_years = models.PositiveIntegerField(
        _("first three years of marriage"), null=True, blank=True
    )
    stage_later_years = models.PositiveIntegerField(
        _("later years of marriage"), null=True, blank=True
    )
    stage_crisis = models.PositiveIntegerField(_("a crisis in the family"), null=True, blank=True)
    stage_divorce = models.PositiveIntegerField(_("divorce under way"), null=True, blank=True)
    stage_after_divorce = models.PositiveIntegerField(_("after a divorce"), null=True, blank=True)
    took_course = models.PositiveIntegerField(
        _("said they took a family-life course"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        ordering = ["-month", "centre__title"]
        constraints = [
            models.UniqueConstraint(fields=["centre", "month"], name="one_report_per_centre_month")
        ]

    def __str__(self) -> str:
        return f"{self.centre} — {self.month:%Y-%m}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.month:
            self.month = self.month.replace(day=1)
        errors: dict[str, list] = {}

        def add(field: str, message) -> None:
            errors.setdefault(field, []).append(message)

        def known(*values) -> bool:
            return all(v is not None for v in values)

        if known(self.about_divorce, self.applied) and self.about_divorce > self.applied:
            add(
                "about_divorce",
                _("People about divorce cannot be more than the people who applied."),
            )
        if known(self.reconciled, self.about_divorce) and self.reconciled > self.about_divorce:
            add(
                "reconciled",
                _("People who agreed to reconcile cannot be more than the people about divorce."),
            )
        if known(self.with_children, self.applied) and self.with_children > self.applied:
            add(
                "with_children",
                _("People with children cannot be more than the people who applied."),
            )
        if (
            known(self.raised_residence, self.with_children)
            and self.raised_residence > self.with_children
        ):
            add(
                "raised_residence",
                _(
                    "People who raised the children's residence cannot be more than the people "
                    "with children."
                ),
            )
        for field in ("youngest_age", "oldest_age"):
            value = getattr(self, field)
            if value is not None and not MIN_AGE <= value <= MAX_AGE:
                add(
                    field,
                    _("An age must be between %(min)d and %(max)d.")
                    % {"min": MIN_AGE, "max": MAX_AGE},
                )
        if (
            known(self.youngest_age, self.oldest_age)
            and "youngest_age" not in errors
            and "oldest_age" not in errors
            and self.youngest_age > self.oldest_age
        ):
            add("oldest_age", _("The oldest age cannot be lower than the youngest age."))
        if self.applied and (self.youngest_age is None or self.oldest_age is None):
            add("youngest_age", _("Give the youngest and oldest ages when people applied."))
        stages = [getattr(self, name) or 0 for name in STAGE_FIELDS]
        if self.applied is not None and sum(stages) > self.applied:
            add(
                "stage_preparing",
                _("The people counted by stage cannot be more than the people who applied."),
            )
        if known(self.took_course, self.applied) and self.took_course > self.applied:
            add(
                "took_course",
                _("People who took a course cannot be more than the people who applied."),
            )
        if self.month and self.centre_id:
            duplicate = MonthlyReport.objects.filter(
                centre_id=self.centre_id, month=self.month
            ).exclude(pk=self.pk)
            if duplicate.exists():
                add("month", _("This centre already has a report for this month."))
        if self.month and self.month > timezone.localdate().replace(day=1):
            add("month", _("A report cannot be entered for a future month."))
        if self.month and self.month < EARLIEST_MONTH:
            add(
                "month",
                _("A report can be entered for %(year)d or a later year.")
                % {"year": EARLIEST_MONTH.year},
            )
        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None) -> None:
        # The duplicate month is reported by clean() with a clearer message.
        exclude = set(exclude or ()) | {"month"}
        super().validate_constraints(exclude=exclude)
